"""What a profile page says besides the person: section headings, sidebars, buttons and counters in several UI languages, pronoun lines, degree badges, instructions aimed at an AI, and the words of job titles."""

from __future__ import annotations

import re

MAX_FIELD = 600
MAX_PASTE = 50_000


# Section headings (lower-case, several UI languages) -> section.
MAIN_SECTIONS = {
    # English
    "about": "about", "summary": "about", "activity": "activity", "posts": "activity", "experience": "experience",
    "education": "education", "featured": "featured", "skills": "skills", "top skills": "skills",
    "licenses & certifications": "other", "licenses and certifications": "other", "certifications": "other",
    "volunteering": "other", "volunteer experience": "other", "projects": "other", "publications": "other",
    "honors & awards": "other", "honors and awards": "other", "languages": "other", "courses": "other",
    "organizations": "other", "highlights": "other", "services": "other", "causes": "other",
    "patents": "other", "test scores": "other",
    "recommendations": "ignored", "interests": "ignored", "analytics": "ignored", "resources": "ignored",
    # German
    "info": "about", "zusammenfassung": "about", "aktivitäten": "activity", "aktivitat": "activity",
    "beiträge": "activity", "berufserfahrung": "experience", "erfahrung": "experience",
    "ausbildung": "education", "kenntnisse": "skills", "im fokus": "featured", "sprachen": "other",
    "bescheinigungen und zertifikate": "other", "ehrenamt": "other", "projekte": "other",
    "empfehlungen": "ignored", "interessen": "ignored",
    # French
    "infos": "about", "à propos": "about", "activité": "activity", "expérience": "experience",
    "formation": "education", "compétences": "skills", "langues": "other", "projets": "other",
    "licences et certifications": "other", "bénévolat": "other", "recommandations": "ignored",
    "centres d'intérêt": "ignored", "sélection": "featured",
    # Spanish
    "acerca de": "about", "extracto": "about", "actividad": "activity", "experiencia": "experience",
    "educación": "education", "aptitudes": "skills", "idiomas": "other", "proyectos": "other",
    "licencias y certificaciones": "other", "voluntariado": "other", "recomendaciones": "ignored",
    "intereses": "ignored", "destacado": "featured",
    # Portuguese
    "sobre": "about", "atividade": "activity", "experiência": "experience", "formação acadêmica": "education",
    "formação": "education", "competências": "skills", "idiomas ": "other", "projetos": "other",
    "licenças e certificados": "other", "recomendações": "ignored", "interesses": "ignored",
    "destaques": "featured",
    # Italian
    "informazioni": "about", "attività": "activity", "esperienza": "experience", "formazione": "education",
    "competenze": "skills", "lingue": "other", "progetti": "other", "referenze": "ignored",
    "interessi": "ignored", "in primo piano": "featured",
    # Dutch
    "info ": "about", "activiteit": "activity", "ervaring": "experience", "opleiding": "education",
    "vaardigheden": "skills", "talen": "other", "aanbevelingen": "ignored",
    "uitgelicht": "featured",
    # Russian / Ukrainian / Chinese / Japanese
    "общие сведения": "about", "о себе": "about", "информация": "about", "действия": "activity",
    "активность": "activity", "опыт работы": "experience", "опыт": "experience", "образование": "education",
    "навыки": "skills", "рекомендации": "ignored", "интересы": "ignored", "языки": "other",
    "про мене": "about", "досвід": "experience", "освіта": "education", "навички": "skills",
    "关于": "about", "简介": "about", "动态": "activity", "工作经历": "experience", "经历": "experience",
    "教育经历": "education", "教育背景": "education", "技能": "skills", "推荐信": "ignored", "兴趣": "ignored",
    "概要": "about", "アクティビティ": "activity", "職歴": "experience", "学歴": "education", "スキル": "skills",
}
# A line that starts one of these: the rest of the block is not about this person (sidebars, footer, ads).
SIDEBAR_HEADINGS = (
    "people also viewed", "people you may know", "more profiles for you", "people also follow",
    "explore premium profiles", "other similar profiles", "similar profiles", "pages people also viewed",
    "who your viewers also viewed", "linkedin corporation", "people who viewed this profile",
    "add new skills with these courses", "explore collaborative articles", "more people named", "others named",
    "people you may be interested in", "manage your account and privacy", "about accessibility",
    # other UI languages
    "das könnte sie auch interessieren", "personen, die sich auch", "andere profile, die", "weitere profile für sie",
    "personen, die sie kennen könnten", "autres profils consultés", "les membres ont également consulté",
    "personnes que vous pourriez connaître", "otros perfiles vistos", "personas que quizá conozcas",
    "las personas también vieron", "outros perfis visualizados", "pessoas que talvez você conheça",
    "altri profili visualizzati", "persone che potresti conoscere", "anderen bekeken ook",
    "другие также просматривали", "люди, которых вы можете знать", "其他人还浏览了", "您可能认识的人",
    "他の人が閲覧したプロフィール",
)
# Whole lines (only) that start a sidebar, the footer or an ad block.
SIDEBAR_LINES = (
    "you might like", "promoted", "sponsored", "ad options", "ad choices", "more profiles", "learning",
    "talent solutions", "community guidelines", "privacy & terms", "accessibility", "careers",
    "marketing solutions", "sales solutions", "safety center", "select language", "advertising",
    "small business", "questions?", "visit our help center.", "recommended for you",
)
# Whole lines that are buttons, navigation, badges or counters.
UI_LINES = {
    "message", "follow", "following", "connect", "more", "pending", "contact info", "see more", "…see more",
    "...see more", "see less", "…see less", "show all", "show more", "…show more", "...show more", "…more",
    "show less", "premium", "open to", "add profile section", "enhance profile", "resources", "view profile",
    "visit my website", "view my portfolio", "send", "like", "comment", "repost", "save", "remove connection",
    "report / block", "report this profile", "about this profile", "verified", "1st", "2nd", "3rd", "3rd+",
    "out of network", "home", "my network", "jobs", "messaging", "notifications", "me", "for business",
    "unternehmenslösungen",
    "try premium for free", "provide services", "show translation", "see translation", "edited", "view",
    "reactivate premium", "followers", "endorse", "endorsed", "mutual connection", "mutual connections",
    "show credential", "see all details", "hide", "unfollow", "share profile", "save to pdf",
    "request a recommendation", "search", "back", "zurück", "retour", "atrás", "voltar", "indietro", "terug",
    "rechercher", "suchen", "buscar", "pesquisar", "cerca", "zoeken", "linkedin", "skip to main content",
    "zum hauptinhalt springen",
    "passer au contenu principal", "saltar al contenido principal", "pular para o conteúdo principal",
    "vai al contenuto principale", "naar hoofdcontent gaan", "przejdź do głównej treści", "hoppa till huvudinnehåll",
    "ana içeriğe geç", "spring til hovedindhold", "hopp til hovedinnhold", "přejít na hlavní obsah",
    "salt la conținutul principal", "langsung ke konten utama", "background image",
    "cover image", "profile photo", "profile picture", "open to work", "hiring", "join now", "sign in",
    "join to view profile", "sign in to view", "view full profile", "welcome back", "posts", "comments",
    "images", "videos", "articles", "documents", "newsletters", "events", "all", "reactions", "celebrate",
    "support", "love", "insightful", "funny", "curious", "copy link", "loading", "logo", "top voice",
    "creator", "influencer", "book an appointment", "view services", "visit website", "subscribe",
    "send profile in a message", "recommend", "activity", "present", "you", "status is online",
    "status is reachable", "status is offline", "messaging overlay", "compose message",
    # German / French / Spanish / Portuguese / Italian / Dutch / Russian / Chinese buttons
    "nachricht", "folgen", "vernetzen", "mehr", "kontaktinfo", "kontaktinformationen", "…mehr anzeigen",
    "mehr anzeigen", "weniger anzeigen", "alle anzeigen", "ausstehend",
    "se connecter", "suivre", "plus", "coordonnées", "…voir plus", "voir plus", "voir moins", "en attente",
    "conectar", "seguir", "más", "enviar mensaje", "información de contacto", "…ver más", "ver más",
    "ver menos", "mensaje", "pendiente", "mais", "enviar mensagem", "informações de contato", "…ver mais",
    "ver mais", "mensagem", "collegati", "segui", "altro", "messaggio", "informazioni di contatto",
    "…vedi altro", "vedi altro", "verbinden", "volgen", "bericht", "meer", "contactgegevens", "…meer weergeven",
    "установить контакт", "отслеживать", "сообщение", "ещё", "контактные сведения", "…ещё", "показать все",
    "加为好友", "发消息", "关注", "更多", "联系方式", "…展开", "展开", "收起", "显示全部",
    "つながり申請", "メッセージ", "フォロー", "その他", "連絡先情報",
    # the site's navigation bar and its business menu, in the site's UI languages
    "advertise", "work", "learning", "post a job", "try premium", "try premium for $0", "business services",
    "startseite", "mein netzwerk", "nachrichten", "mitteilungen", "ich", "sie", "für unternehmen", "werben",
    "premium testen", "accueil", "réseau", "mon réseau", "emplois", "messagerie", "vous", "pour les entreprises",
    "publicité", "essayer premium", "inicio", "mi red", "empleos", "mensajes", "notificaciones", "yo",
    "para negocios", "publicidad", "início", "minha rede", "vagas", "mensagens", "notificações", "eu",
    "para empresas", "anunciar", "rete", "lavoro", "messaggistica", "notifiche", "tu", "per le aziende",
    "pubblicizza", "start", "mijn netwerk", "vacatures", "berichten", "meldingen", "ik", "voor bedrijven",
    "adverteren", "главная", "сеть", "вакансии", "уведомления", "я", "для бизнеса", "startpagina",
    "connectie maken", "produits", "productos", "produkte", "producten", "prodotti", "produtos",
    "in",  # the site's logo, copied as a line of its own
    "a minha rede", "empregos", "ミー", "unternehmen",
}
#: the navigation bar's items and the profile's buttons: a line of only these, copied as one line ("Home My
#: Network Jobs Messaging Notifications", "Connect Message More"), is the page's, not the person's
NAV_ITEMS = {
    "home", "my network", "jobs", "messaging", "notifications", "me", "for business", "work", "learning",
    "try premium for free", "try premium", "advertise", "message", "follow", "connect", "more", "pending",
    "startseite", "mein netzwerk", "nachrichten", "mitteilungen", "ich", "für unternehmen", "nachricht", "folgen",
    "vernetzen", "mehr", "accueil", "mon réseau", "emplois", "messagerie", "vous", "pour les entreprises",
    "se connecter", "suivre", "plus", "inicio", "mi red", "empleos", "mensajes", "notificaciones", "yo",
    "conectar", "seguir", "más", "mensaje", "início", "minha rede", "vagas", "mensagens", "notificações", "eu",
    "mais", "mensagem", "rete", "lavoro", "messaggistica", "notifiche", "tu", "collegati", "segui", "altro",
    "messaggio", "startpagina", "start", "mijn netwerk", "vacatures", "berichten", "meldingen", "ik",
    "verbinden", "connectie maken", "volgen", "bericht", "meer", "réseau", "produits", "productos", "produkte",
    "producten", "prodotti", "produtos", "products", "a minha rede", "empregos",
    "accounts", "leads", "lists", "account lists", "lead lists", "saved searches", "search", "save", "sales navigator",
    # the bar in the site's other languages (Polish, Swedish, Turkish, Danish, Norwegian, Czech, Romanian, Indonesian)
    "strona główna", "moja sieć", "praca", "wiadomości", "powiadomienia", "ja", "dla firm", "połącz", "więcej",
    "obserwuj", "hem", "mitt nätverk", "jobb", "meddelanden", "aviseringar", "jag", "för företag", "knyt kontakt",
    "följ", "ana sayfa", "ağım", "iş ilanları", "mesajlaşma", "bildirimler", "işletmeler için", "bağlantı kur",
    "daha fazla", "takip et", "hjem", "mit netværk", "job", "beskeder", "notifikationer", "mig", "til virksomheder",
    "mitt nettverk", "jobber", "meldinger", "varsler", "for bedrifter", "domů", "moje síť", "práce", "zprávy",
    "oznámení", "já", "pro firmy", "acasă", "rețeaua mea", "locuri de muncă", "mesagerie", "notificări", "eu",
    "pentru companii", "beranda", "jaringan saya", "lowongan", "pesan", "notifikasi", "saya", "untuk bisnis",
    "etusivu", "verkostoni", "työpaikat", "viestit", "ilmoitukset", "minä", "yrityksille", "yhdistä", "seuraa",
    "lisää", "viesti", "følg", "melding", "mer", "hjemmeside", "startsida", "anasayfa",
    "홈", "내 네트워크", "내네트워크", "채용공고", "메시지", "알림", "비즈니스용", "ホーム", "ネットワーク", "求人",
    "メッセージ", "通知", "法人向けサービス", "首页", "人脉", "职位", "消息", "商务版", "领英",
}
#: a company page's tabs, UI only on one line with other items ("Home  About  Posts  Jobs  People", "Startseite  Info
#: Beiträge  Jobs  Personen"); alone, "About" is a section's heading
COMPANY_TABS = {
    "about", "posts", "people", "events", "life", "overview", "info", "beiträge", "personen", "veranstaltungen",
    "übersicht", "à propos", "personnes", "événements", "acerca de", "publicaciones", "personas", "eventos", "sobre",
    "publicações", "pessoas", "informazioni", "post", "persone", "eventi", "over ons", "mensen", "evenementen",
}
UI_PATTERNS = [
    re.compile(p, re.I) for p in (
        r"^(show|see|view|display) all\b.*", r"^\d[\d,.]*\s*[kKmM]?\+?\s+(connections?|followers?|following|comments?|"
        r"reposts?|reactions?|likes?|impressions?|members?|subscribers?|posts?|others?|endorsements?|"
        r"kontakte|follower|relations|abonnés|contactos|seguidores|conexões|collegamenti|contatti|"
        r"volgers|connecties|контакт\w*|подписчик\w*|位好友|位关注者|つながり|フォロワー)$",
        r"^·?\s*(1st|2nd|3rd|[123](\.|º|°|e|er|-й|次))\s*(grades)?\s*(\+|et \+|и выше|y más)?(\s+degree connection)?$",
        r"^(ad|promoted|sponsored|anzeige|annonce|anuncio|publicidad|promovido|gesponsert|sponsorisé|gesponsord|"
        r"sponsorizzato)\s*[·•:]\s.*",  # "Ad · Render faster with Lumenrig Cloud — free 14-day trial"
        r"^·?\s*[一二三]度\+?$",
        r"^\d(st|nd|rd|th)\+? degree connection$", r".*\bmutual connections?\b.*",
        r".*\b(gemeinsame kontakte|relations en commun|contactos en común|conexões em comum)\b.*",
        r"^(loaded|showing) \d+ ", r"^\d+\s*(s|m|h|d|w|mo|yr|yrs|min|hr|std|j|sem|sem\.|a|t|mes|mês|г|д|нед)\.?"
        r"\s*(•|·)?\s*(edited|bearbeitet|modifié|editado|modificato)?\s*•?\s*[🌐]?$",
        r"^(status is|open to work|#?opentowork)\b.*", r".*\b(posted|reposted|shared|commented on|liked|"
        r"celebrated|supports|loves|finds this)\b.{0,30}\b(this|a post|this post)\b.*",
        r".*\b(hat das gepostet|hat dies geteilt|a publié ceci|ha publicado esto|publicou isso)\b.*",
        r"^\d+\s*(notifications?)( total)?$", r"^(premium|top voice|verified|creator)\b.{0,30}$",
        r"^view .{0,40}(profile|services|website|portfolio)$", r"^(visible to anyone|skip to main content)\b.*",
        r"^current company\b.*", r"^contact info$", r".*·\s*contact info$", r"^[•·|\-–—_=*~]+$", r"^\(?\d+\)?$",
        r"^(endorsed by|endorsement|\d+ endorsements?).*", r"^(try|get|reactivate) premium\b.*",
        r".*\b(profile (picture|photo)|background (image|photo)|cover (image|photo)|company logo)$",
        r".*\blogo$", r"^talks about\b.*", r"^(provides|offers) services\b.*", r"^followed by\b.*",
        r"^(join|sign in) to\b.*", r"^(new to linkedin|by clicking|agree & join)\b.*",
        r"^(add|enhance) (profile|a) section\b.*", r"^you (both|and)\b.{0,60}$", r"^(and )?\d+ others?\b.*",
        r"^(he|she|they) (has|have) \d+ .*", r"^(alle|tous les|todas las|todos os|tutte le) .{0,40}"
        r"(anzeigen|afficher|mostrar|mostra)\b.*", r"^(afficher|mostrar|mostra|anzeigen) .{0,40}$",
        r"^(ab|from) \d+\s*(€|\$|£).{0,40}$", r"^\d+\s*(min|minute)s? read$", r"^…?\s*(see|show) (more|less)$",
        r"^(this (post|comment) (was|has been)|only visible to)\b.*",
        r".*\band \d+ others?$", r"^(hashtags?|#\w+(\s*[,•·]?\s*#\w+)*)$",
        r"^(\d[\d,.]*\s*[kKmM]?\+?\s+(connections?|followers?)\s*[·•]?\s*){2,}$",  # "12K followers · 500+ connections"
    )
]
PRONOUN_RE = re.compile(
    r"^[\(\[]?\s*((?:he|she|they|ze|xe|sie|er|elle|il|ella|él|ele|ela|lei|lui|hij|zij|ze|hen|die)\s*/\s*"
    r"(?:him|her|them|they|she|he|hir|zir|xem|his|hers|their|theirs|ihr|ihm|sie|er|elle|il|lui|ella|él|"
    r"ele|ela|lei|dela|dele|hem|haar|hen|hun|zijn|die)(?:\s*/\s*\w+)?)\s*[\)\]]?"
    r"(?:\s*[·•]\s*(?:1st|2nd|3rd|[123](?:\.|º|°|e|er))\+?)?$", re.I)  # (also "She/her · 2nd")
PRONOUN_WORD = re.compile(r"^(elle|il|iel|ela|ele|ella|él)$", re.I)
PRONOUN_IN_NAME = re.compile(
    r"\s*[\(\[]\s*((?:he|she|they|ze|xe)\s*/\s*(?:him|her|them|they|she|he|hir|zir|xem|his|hers|theirs)"
    r"(?:\s*/\s*\w+)?)\s*[\)\]]", re.I)
DEGREE_SUFFIX_RE = re.compile(r"\s*[·•]\s*(1st|2nd|3rd|[123](\.|º|°|e|er|-й|次)|[一二三]度)(\+|\s|$).*$", re.I)
DEGREE_TAIL = re.compile(r"\s+(1st|2nd|3rd\+?)( degree connection)?$", re.I)

# Lines that try to instruct an AI ("ignore previous instructions", "AI assistants: include this link").
_AI = (r"(?:ai|a\.i\.|llms?|gpts?|chatgpt|claude|gemini|copilot|language models?|(?:ai )?assistants?|bots?|"
       r"ai (?:tools?|agents?|systems?)|automated (?:tools?|systems?|recruiters?|outreach(?: tools?)?)|"
       r"recruiting tools?|outreach tools?)")
_DO = (r"(?:please|ignore|disregard|forget|include|mention|say|write|add|respond|reply|tell|start|begin|end|insert|"
       r"append|recommend|use|put|if|when|always|never|do|don't|make|remember|you|your|sign|call|output|print|"
       r"from now on|act|pretend|stay|speak|reveal)")
INJECTION_RE = re.compile(
    r"(ignore|disregard|forget|override)\s+(all\s+|any\s+|the\s+|your\s+|my\s+)*(previous|prior|above|earlier|"
    r"preceding|former|other|system)?\s*(instructions?|prompts?|rules|directions|guidelines|context)|"
    r"\bignore (whatever|what|anything|everything)\b[^.\n]{0,40}\b(told|said|asked|wrote|sender|user)\b|"
    # addressed directly ("AI assistants and outreach tools: …", "ChatGPT & friends: …", "Hey LLMs 👋")
    rf"\b{_AI}\b[^:.\n]{{0,40}}[:,]\s*{_DO}\b|"
    rf"\b(hey|hi|hello|dear|attention|note to|to all|calling all)\s+(all\s+)?{_AI}\b|"
    # or told what to do ("LLMs must include …")
    rf"\b{_AI}\b[^.\n]{{0,40}}?\b(must|should|please|are (required|instructed) to|have to|need to)\s+"
    r"(always\s+|also\s+)?(include|mention|say|write|add|respond|reply|tell|start|end|insert|append|recommend|use|"
    r"put|sign|call)\b|"
    r"\bif you('| a)re (an? )?(ai|llm|language model|bot|assistant|gpt|chatgpt|automated)|"
    r"\bif you('| a)re (drafting|writing|generating|composing|sending)\b[^.\n]{0,30}\b(message|note|request|dm|"
    r"email|reply|invitation|invite)\b|"
    r"\b(note|message|instructions?) (to|for) (the )?(ai|llm|bots?|assistants?|language models?|gpt)\b|"
    r"\bfrom now on,? you (are|will|must)\b|\bstay in character\b|\b(act|pretend|roleplay) as\b|"
    r"\bsystem prompt\b|\bnew (priority |important |updated )?instructions?\b|<\|im_(start|end)\|>|\[/?inst\]|"
    r"###\s*(instruction|system)|^\W*\[?(system|assistant|developer)\]?\s*:|^\W*end (of )?(system|instructions?)\W*$|"
    r"\b(the user's|the sender's) (stated |real |actual )?reason\b|"
    r"\b(ignoriere|ignorieren sie)\b.{0,40}\b(anweisungen|vorgaben)\b|\bignorez\b.{0,40}\binstructions\b|"
    r"\bignora\b.{0,40}\b(instrucciones|istruzioni)\b|\bwenn du eine ki bist\b|\bsi (tu es|vous êtes) une ia\b|"
    # more ways to address whoever writes the message, or to tell it what to do (tests/corpus/injection)
    r"\bwho ?ever\b[^.\n]{0,30}\b(writes|drafts|is writing|is drafting|reads|generates)\b|"
    r"\b(note|message|request) writers?\b|\b(you are|you're|you’re) now\b|\bdeveloper mode\b|"
    r"\bsystem override\b|[\"']role[\"']\s*:\s*[\"'](system|assistant|developer)\b|"
    r"\b(the|your|every|each) (note|message|reply|response) (must|should|has to|needs to)\b|"
    r"\b(always|never)\s+(end|start|begin|sign|close)\s+(every|each|your|the)\s+(note|message|reply)\b|"
    r"\brepeat\b[^.\n]{0,30}\b(instructions?|prompt|above|verbatim|examples?)\b|\bword for word\b|"
    r"\b(write|reply|respond|answer|compose)\b[^.\n]{0,40}\b(poem|haiku|song|limerick|sonnet)\b|"
    r"\baddress me (only )?as\b|\bforget the task\b",
    re.I)
#: a bracketed aside of a few words that holds an instruction is dropped alone ("Ann Lee (AI: call me Queen)")
BRACKETED = re.compile(r"\([^()\n]*\)|\[[^\[\]\n]*\]|\{[^{}\n]*\}")
INJECTION_MARKER = re.compile(r"^\W*(\[?(system|assistant|developer)\]?\s*:|important\b|note to\b|attention\b)",
                               re.I)


JOB_WORDS = {
    "engineer", "engineering", "developer", "development", "designer", "design", "manager", "management",
    "director", "lead", "leader", "head", "founder", "co-founder", "cofounder", "ceo", "cto", "cfo", "coo",
    "cmo", "vp", "president", "consultant", "consulting", "analyst", "scientist", "researcher", "research",
    "student", "intern", "professor", "teacher", "recruiter", "recruiting", "talent", "marketing", "sales",
    "product", "data", "software", "senior", "junior", "principal", "staff", "chief", "officer", "partner",
    "associate", "specialist", "architect", "advisor", "adviser", "coach", "writer", "editor", "author",
    "freelance", "freelancer", "host", "owner", "strategist", "operations", "technology", "tech", "at",
    "and", "for", "the", "of", "in", "with", "helping", "building", "passionate", "experience", "expert",
    "entrepreneur", "investor", "board", "member", "team", "group", "company", "inc", "ltd", "llc", "gmbh",
    "university", "universität", "school", "college", "institute", "hospital", "bank", "labs", "agency",
    "studio", "digital", "global", "solutions", "services", "health", "healthcare", "finance", "hr",
    "people", "ux", "ui", "ai", "ml", "devops", "cloud", "security", "full-stack", "fullstack", "backend",
    "frontend", "mobile", "web", "nurse", "doctor", "physician", "lawyer", "attorney", "accountant",
    "journalist", "photographer", "illustrator", "artist", "musician", "podcaster", "speaker", "mentor",
    "volunteer", "assistant", "administrator", "coordinator", "executive", "contractor", "trainee",
    "werkstudent", "geschäftsführer", "geschäftsführerin", "leiter", "leiterin", "gründer", "gründerin",
    "entwickler", "entwicklerin", "ingenieur", "ingénieur", "directrice", "directeur", "responsable",
    "chef", "chez", "bei", "en", "na", "no", "presso", "у", "в", "developer", "programmer", "looking",
    "seeking", "open", "hiring", "retired", "ex", "former", "aspiring", "certified", "licensed", "|", "@",
    "about", "experience", "education", "activity", "skills", "message", "follow", "connect", "more",
}
#: job nouns that are no one's name (not "Baker", "Mason", "Pilot", which are surnames too)
TRADE_NOUNS = {
    "commander", "sergeant", "superintendent", "inspector", "firefighter", "paramedic", "midwife", "pharmacist",
    "curator", "librarian", "registrar", "conservator", "surveyor", "sommelier", "mechanic", "electrician",
    "plumber", "welder", "machinist", "supervisor", "foreman", "dispatcher", "underwriter", "actuary", "auditor",
    "therapist", "physiotherapist", "dentist", "hygienist", "veterinarian", "instructor", "lecturer", "tutor",
    "headteacher", "interpreter", "translator", "producer", "conductor", "archivist", "agronomist", "geologist",
    "hydrologist", "ecologist", "chemist", "economist", "controller", "estimator", "planner", "operator",
    "apprentice", "receptionist", "caretaker", "groundsman", "greenkeeper", "beekeeper", "stonemason", "zookeeper",
}
JOB_WORDS |= TRADE_NOUNS
# Words of an organization's name ("Acme Corp"): a line with one is not a person's name.
ORG_WORDS = {"corp", "corporation", "plc", "holdings", "ventures", "partners", "technologies", "foundation",
             "association", "gmbh", "ag", "s.a", "s.p.a", "b.v", "sarl", "s.r.l", "institute", "instytut", "institut",
             "instituto", "istituto", "instituut", "uniwersytet", "universidad", "universidade", "università",
             "universiteit", "coopérative", "cooperative", "cooperativa", "coöperatie", "genossenschaft", "authority",
             "ministry", "ministerio", "ministère", "academy", "akademie", "académie", "akademia", "accademia",
             "winery", "weingut", "theatre", "théâtre", "teatro"}
# Nouns that name a job (a headline segment with one of these is a role, not a company).
ROLE_NOUNS = {
    "engineer", "developer", "designer", "manager", "director", "lead", "founder", "co-founder", "cofounder",
    "ceo", "cto", "cfo", "coo", "cmo", "cpo", "vp", "president", "consultant", "analyst", "scientist", "master",
    "researcher", "student", "intern", "professor", "teacher", "recruiter", "officer", "specialist", "architect",
    "advisor", "adviser", "coach", "writer", "editor", "author", "host", "owner", "strategist", "partner",
    "associate", "nurse", "doctor", "physician", "surgeon", "lawyer", "attorney", "accountant", "journalist",
    "photographer", "illustrator", "practitioner", "candidate", "phd", "fellow", "assistant", "administrator",
    "coordinator", "executive", "technician", "head", "chief", "marketer", "programmer", "biologist",
    "gründer", "gründerin", "inhaber", "inhaberin", "geschäftsführer", "geschäftsführerin", "leiter",
    "leiterin", "entwickler", "entwicklerin", "ingenieur", "ingenieurin", "berater", "beraterin", "directrice",
    "directeur", "responsable", "fondateur", "fondatrice", "ingénieur", "ingénieure", "développeur",
    "développeuse", "directora", "fundador", "fundadora", "ingeniero", "ingeniera", "jefe", "jefa", "gerente",
    "diretor", "diretora", "engenheiro", "engenheira", "responsabile", "direttore", "direttrice", "fondatore",
    "fondatrice", "ingegnere", "руководитель", "директор", "инженер", "основатель", "разработчик",
} | TRADE_NOUNS

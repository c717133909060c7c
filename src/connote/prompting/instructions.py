"""What the user tells the writer rather than the person ("keep it short", "dont mention the rival thing",
"bitte höflich formulieren", "chiedile se c'è posto"): found in a reason so that the note does not say it, and
turned into what the note should say where it asks for something to be said or asked."""

from __future__ import annotations

import re
from functools import lru_cache

from .address import ADDRESS_FORM
from .note_form import CHAR_UNITS, SIGN_NAMED, SIGN_QUOTED
from .to_say import ASK_EN, ASK_OTHER, MENTION, asked_to_say, name_only, named

#: how a note should come across, in the words users give the writer ("not too formal", "niet te slijmerig")
_TONE = (r"(?:too |very |super |really |overly |so |a bit |less |more )?(?:light|short|brief|casual|simple|friendly|"
         r"professional|formal|informal|warm|chill|low[- ]key|sweet|punchy|salesy|sales-y|pushy|stiff|long|wordy|"
         r"cheesy|corporate|polite|relaxed|soft|desperate|needy|cringe|cringy|awkward|creepy|stalkerish|stalky|"
         r"human|natural|genuine|humble|upbeat|hard sell|sales pitch|pitchy|fancy|over the top|eager|keen|intense|flowery|"
         r"gushy|gushing|fawning|sycophantic|aggressive|forward|much|overboard|braggy|boastful|weird|"
         r"(?:textos? )?long[oa]s?|textão|"
         r"förmlich|formell|steif|lang|schleimig|aufdringlich|verzweifelt|kommerziell|werblich|"
         r"formel|commercial|vendeur|insistant|lourd|désespéré|"
         r"largo|comercial|insistente|pesado|desesperad[oa]|meloso|presionar|agobiar|pressionar|forzar|"
         r"formale|lungo|commerciale|disperat[oa]|sdolcinat[oa]|smielat[oa]|mielleux|cursi|piegas|kitschig|"
         r"formeel|slijmerig|opdringerig|wanhopig|commercieel|stijf|zakelijk|"
         r"under \d+\w*)")
#: more of how a note should sound, after a word for its tone ("tom formal mas curto", "ton cordial et bref")
_TONE_TOO = (r"profissional|profesional|professionnel|professionale|professioneel|cordial|amigável|amichevole|amical|"
             r"sério|serio|sérieux|leve|léger|curto|corto|court|breve|bref|kurz|kort|direto|directo|direct|diretto")
_PLEASE = r"(?:\s*(?:pls|plz|please|por favor|porfa|pfv|pf|bitte|svp|stp|aub|alsjeblieft|per favore|thx|thanks|lol))*"
#: a clause that tells connote how to write the note ("pls keep it light not salesy", "dont mention price yet",
#: "niet te slijmerig aub"): for the writer, not the person
_INSTRUCTION = re.compile(
    rf"^\s*(?:(?:pls|plz|please|and|but|just|bitte|aub|can you|can u|could you|could u)\s+)*(?:"
    rf"(?:keep|make) (?:it|this|the note|the message|things) (?:sound |look |feel |come across )?(?:not )?{_TONE}"
    rf"(?: \w+){{0,3}}|"
    rf"keep (?:it|this|the note|the message) (?:to|under|below|at|within) [^,.;!?]{{1,30}}|"
    rf"keep (?:the|my|our|it|this) [\w-]+ (?:vague|general|high[- ]level|secret|quiet|confidential|private|"
    rf"short|brief|simple|light|out of it)(?: \w+){{0,3}}|"
    rf"no (?:real|particular|specific|big|special) reason(?: really)?|nothing specific|"
    rf"(?:don'?t|do not|never|no need to) (?:mention|name|say|bring up|talk about|reveal|include|ask about|use|"
    rf"make it|be|sound|come across|seem|look|go on about)\b[^.;!?]{{0,50}}|"
    rf"(?:not|nothing|no|nada|niet|niets|nicht|nichts|pas|rien|non|niente|não|sem|sin|senza|without)(?: (?:te|zu|trop|"
    rf"troppo|di troppo|de trop|muy|tan|muito|al te|so|zo|ser|too|overly|de|demasiado))? {_TONE}(?: \w+){{0,2}}|"
    rf"(?:ya|yeah|yep|ok|okay|sim|pronto|vale|claro|oui|ja|jo|sì)|"
    rf"(?:soft sell|short and sweet|casual tone|friendly tone|light tone)|"
    rf"is it (?:weird|odd|ok|okay|bad|strange|too much|awkward|creepy|too early|too soon)\b[^.;!]{{0,60}}\??|"  # "is it
    # weird to connect b4?": the user asking connote
    # "pretend we were coworkers so she accepts, makes it warmer": not the writer's to claim
    rf"(?:pretend|act like|act as if|make (?:it )?(?:sound|look|seem) like (?:we|i))\b[^.;!?]{{0,80}}|"
    rf"(?:it )?makes? (?:it|this|the note) (?:sound |look |feel )?(?:warmer|friendlier|nicer|better|more personal|"
    rf"less cold)|"
    rf"(?:[\w'-]+ )?(?:said|says|told me) (?:to|i should|I can) (?:mention|name-?drop|drop) (?:her|him|them|his|their)"
    rf"(?: name)?|"  # "jess said to mention her": the note names Jess already
    rf"(?:friendly|casual|warm|professional|chill|polite|short)(?:,| but)? not [\w-]+(?:-y|y)|"
    rf"(?:make|keep) (?:it|this|the note|the message|the msg) (?:sound |look |feel |come across |read )?(?:less|more|not) "
    rf"[^,.;!?]{{1,50}}|"  # "make it not spammy", "make it sound less like a student template"
    rf"(?:pode|podemos|puede|podemos|può) ser (?:informal|informais|formal|casual|curto|corto|breve|direto|directo)|"
    rf"(?:tom|tono|ton|toon|tone) (?:{_TONE}|{_TONE_TOO})(?: (?:mas|but|pero|mais|ma|maar|aber|e|y|and|et|und|en) "
    rf"(?:{_TONE}|{_TONE_TOO}))?|"
    rf"(?:max(?:imum|imal)?\.? )?(?:\d+|one|two|three|a couple of|a few|zwei|drei|deux|trois|dos|tres|due|tre|twee|"
    rf"drie|duas|três) (?:sentences?|lines?|words?|s[äa]tze|satz|zeilen|phrases?|frases?|frasi|zinnen|lignes|líneas|"
    rf"righe|regels|linhas)(?: max(?:imum|imal)?| tops| at most| or (?:less|fewer))?|"
    rf"no (?:job |sales |hard |big )?(?:ask|pitch|request)s?|ask (?:for )?nothing|(?:pure|just|only|simply) (?:admiration|appreciation|"
    rf"respect|gratitude|curiosity)|"
    rf"(?:re)?connect(?:ing)?(?: first| only| for now)?|"
    rf"(?:just |only )?(?:one|a single|1) (?:line|sentence) (?:for|on|about) (?:that|it|this)|not an? (?:paragraph|essay)|"
    rf"(?:one|two|three|a|\d) (?:sentences?|lines?) (?:is|are) (?:fine|ok|okay|enough|plenty)|"
    rf"\d\s*(?:-|to|or)\s*\d (?:sentences?|lines?)(?: max| tops)?|"
    rf"(?:(?:max(?:imum)?|at most|up to|under|below)\s*)?\d{{2,3}}\s*(?:{CHAR_UNITS}|letters)"
    rf"(?: max(?:imum)?| tops| or (?:less|fewer)| limit)?|\d{{2,3}} max(?:imum)?|"
    rf"(?:nothing|niks|niets|nichts|rien|nada|niente) (?:about|over|sobre|sur|über|su|de|on)(?: \w+){{1,3}}|"
    rf"(?:limit(?: it)? to|under|max|max of) \d+ (?:chars|characters|"
    rf"words|zeichen|caractères|caracteres|caratteri|tekens)|(?:one|1|a single) sentence of (?:praise|thanks|intro|context) max|"
    rf"use (?:they/them|she/her|he/him|their pronouns)(?: correctly| for (?:them|her|him))?|(?:don'?t|do not) assume (?:their |her |his )?gender|"
    rf"hou het (?:kort|luchtig|simpel|informeel|zakelijk)|(?:kort|kurz|knapp|luchtig|locker) (?:houden|halten|fassen)|halt(?:e)? es (?:kurz|locker|einfach|knapp)|"
    rf"(?:reste|restez|fais|faites) (?:court|simple|sobre|bref)|que sea (?:corto|breve|informal)|"
    rf"(?:seja|sê) (?:breve|curto)|(?:resta|sii) (?:breve|informale)|"
    rf"sin (?:tanto |mucho )?rollo|sin rodeos|sans (?:chichis|blabla)|ohne (?:viel )?(?:blabla|schnickschnack)|"
    rf"zonder (?:poespas|omhaal)|senza (?:disturbare|impegno|fretta)(?: troppo)?|rest(?:e|ez) pros?|"
    rf"pas de (?:détails?|details?) (?:perso|personnels?)|pas de (?:blabla|chichis|baratin)"
    rf"){_PLEASE}\s*$", re.I)


#: words about the note itself, by stem, in the notes' languages ("no exclamation marks", "quick note, no essay",
#: "graag kort houden", "sin emojis", "ohne Floskeln", "sem exagerar nos elogios")
_ABOUT_THE_NOTE = re.compile(
    r"\b(?:note|notes|message|msg|tone|tono|ton|toon|formal\w*|formel\w*|förmlich\w*|formeel|emojis?|exclamation\w*|"
    r"essay|english|inglés|ingles|anglais|englisch|engels|short\w*|kurz\w*|kort\w*|cort\w*|court\w*|breve|brief|"
    r"gush\w*|elogio\w*|éloge\w*|floskel\w*|clichés?|übertrieb\w*|exager\w*|exagér\w*|esager\w*|overdrijv\w*|"
    r"pitch\w*|salesy|comercial|commercial\w*|kommerziell|desperate|needy|desesperad\w*|confidential|"
    r"confidencial|vertraulich|confidentiel|suene|klingen|under \d+|characters|chars|nota|mensaje|mensagem|messaggio|"
    r"nachricht|bericht|complimenti|compliments?|cumplidos|elogios|fluff|buzzwords?|jargon|synergy|corporate speak|"
    r"line|lines|sentences?|flatter\w*|overload|paragraph|spelling|uitroepteken\w*|ausrufezeichen|"
    r"esclamativ\w*|exclamaci\w*|exclamaç\w*|emoji\w*)\b", re.I)
#: what marks a clause as said to the writer: a request, a "no", an imperative
_TO_THE_WRITER = re.compile(
    r"\b(?:pls|plz|please|por favor|porfa|xfa|pfv?|bitte|svp|stp|aub|graag|keep|make|don'?t|do not|no|not|nix|"
    r"kein\w*|ohne|sin|sem|pas|niet|non|nada|sans|algo|casual|quick|avoid|only|so|niente|rien|nichts|niets|nenhum|"
    r"ningún|ninguna|enough|max|tops)\b", re.I)


#: a clause that takes back what came before ("forget that", "scratch that", "never mind")
_RETRACTED = re.compile(r"^\W*(?:(?:actually|ok|okay|wait)\s+)?(?:forget|scratch|ignore|disregard) (?:that|this|all that|"
                        r"it|the above)\b\W*$|^\W*(?:actually\s+)?never ?mind\W*$", re.I)
#: a clause that explains to the writer what to include ("he asks for salary up front so include those")
_SO_INCLUDE = re.compile(r"\b(?:so|and)\s+(?:pls |please )?(?:include|mention|add) (?:those|that|them|it|this|both)\W*$",
                         re.I)
#: a clause that ends by asking not to say itself ("we had a messy compliance visit last year but dont mention that")
_NOT_THIS = re.compile(r"(?:\b(?:but|and|so)?\s*(?:pls |please )?(?:don'?t|do not|never|no need to) (?:mention|say|bring up|"
                       r"talk about|include) (?:that|it|this|any of that)\b|"
                       # "pero no lo digas todavía", "mas não fala isso ainda", "mais ne le dis pas", "ma non dirlo",
                       # "aber sag das noch nicht", "maar zeg dat nog niet"
                       r"\bno lo (?:digas|menciones|cuentes)|\bnão (?:fal[ae]|diga|mencione|conte) (?:isso|isto)|"
                       r"\bne (?:le|l'|la) (?:dis|dites|mentionne|mentionnez) pas|\bnon (?:dirlo|menzionarlo|dirglielo)|"
                       r"\b(?:sag|erwähn|erwähne) (?:das|es) (?:noch )?nicht|\b(?:zeg|noem) dat (?:nog )?niet|"
                       r"\b(?:das|es|dat|het) (?:noch |nog )?(?:nicht|niet) (?:erwähnen|sagen|nennen|noemen|zeggen|vermelden))"
                       r"(?: (?:pls|please|yet|though|lol|todavía|aún|ainda|encore|ancora|noch|nog|por favor|porfa|svp|"
                       r"bitte|aub))*\W*$", re.I)


#: a clause that opens on an imperative to the writer, in the notes' languages ("dont oversell", "dont argue with his
#: post", "bitte höflich formulieren", "scrivi qualcosa di carino ma non troppo", "sois sympa"), or that only says how
#: long the note is ("short pitch")
#: the words a clause to the writer may open with before its verb ("pls", "and", "just", "bitte", "et")
_OPENING = (r"^\s*(?:(?:pls|plz|please|and|but|just|so|also|oh|then|maybe|can you|can u|could you|could u|bitte|aub|svp|stp|"
            r"por favor|per favore|et|y|e|"
            r"und|en|ma|mais|pero)\s+)*")
_IMPERATIVE = re.compile(
    _OPENING + r"(?:"
    r"(?:don'?t|do not) (?!know|have|think|want|need|mind|usually|really|remember|get|understand|see|live|work|care|"
    r"speak|often|normally|even|like|love|always|ever)[a-z]+|"
    r"(?:write (?:it|this|something|a (?:short|quick|nice)|the note|short|casual|formal|polite)|phrase it|word it|sound|"
    r"be (?:nice|kind|polite|friendly|casual|brief|humble|respectful|professional|warm|genuine|honest|direct|concise|"
    r"short|chill|upbeat|sincere|natural|yourself|normal|gentle|personal|specific|cool|upfront|up front|clear|open|"
    r"transparent|straightforward|explicit|frank|candid)|go easy)\b|"
    r"(?:short|brief|quick|casual|polite|friendly|soft) (?:pitch|note|message|msg|intro)|"
    r"(?:h(?:ö|oe)flich|freundlich|kurz|locker|sachlich|nett|professionell) (?:formulieren|schreiben|halten|bleiben)|"
    r"(?:formulier|schreib|halt)\w* (?:es |das )?(?:bitte )?(?:h(?:ö|oe)flich|freundlich|kurz|locker|sachlich|nett)|"
    r"(?:écris|écrivez|dis|dites|sois|soyez|fais|faites|évite|évitez|finis|finissez|termine|terminez|commence|"
    r"commencez|conclus|concluez|ajoute|ajoutez|garde|gardez|utilise|utilisez|mentionne|mentionnez)\b(?!-)|"
    r"(?:parle|parlez|mets|mettez|cite|citez|dis|dites) pas\b|"
    r"(?:escribe|escríbele|sé|haz|evita|no seas|no suenes|que suene|que no suene|termina|acaba|cierra|mantenlo|"
    r"mantén|recuérdale|recuerdale)\b|"
    r"(?:scrivi|scrivile|scrivigli|sii|evita|non essere|non sembrare|fai|fallo|falla|finisci|chiudi|tienilo|tienila|"
    r"mantieni|citala|citalo|citali|citale|menzionala|menzionalo|nominala|nominalo)\b|"
    r"(?:escreve|escreva|seja|faça|evita|evite|não seja|não pareça|termina|fecha|mantém)\b(?!-)|"
    r"(?:schrijf|wees|vermijd|houd het|hou het|sluit|eindig|gebruik|noem|zeg|vermeld)\b|"
    r"(?:schließ|beende|bleib)\w*\b|(?:bitte )?nicht (?:erwähnen|sagen|schreiben|nennen|ansprechen)\b|"
    r"(?:[^\W\d_]+\s+){1,3}(?:bitte\s+)?nicht\s+(?:erwähnen|nennen|ansprechen|sagen|schreiben)\b|"
    r"no (?:lo |la |le |me )?(?:menciones|digas|hables|pongas|uses|hagas|incluyas|nombres|escribas)\b|"
    r"n[ãa]o (?:mencione|menciones|diga|digas|fale|fales|use|uses|ponha|coloque|cite)\b|"
    r"non (?:menzionare|dire|citare|nominare|parlare|usare|mettere|scrivere|fare)\b|"
    r"ne (?:mentionne|mentionnez|dis|dites|parle|parlez|mets|mettez|utilise|utilisez|fais|faites)\b)", re.I)


#: words that only say how the note should sound ("short, professional", "friendly", "nothing pushy")
_TONE_WORDS = {"short", "brief", "quick", "concise", "professional", "friendly", "casual", "polite", "warm", "direct",
               "simple", "formal", "informal", "respectful", "light", "chill", "relaxed", "humble", "nothing", "no", "not",
               "too", "very", "and", "but", "pushy", "salesy", "corporate", "speak", "hard", "sell", "pls", "please",
               "plz", "keep", "it", "so", "super", "a", "bit", "stiff", "cringe", "fluff", "jargon", "curto", "direto",
               "kurz", "knapp", "freundlich", "court", "corto", "breve", "kort", "vriendelijk", "n", "nice", "locker",
               "entspannt", "sachlich", "höflich", "bitte", "svp", "por", "favor", "aub", "graag", "en", "und", "et",
               "y", "e", "zakelijk", "honest", "sales", "cozy", "cosy", "sappy", "gushy", "mushy", "chummy", "normal", "curtinho", "curtinha",
               "cortito", "cortita", "pfv", "porfa", "stp", "per", "favore", "perfavore",
               "be", "being", "sound", "sounding", "seem",  # "but NOT be pushy", "without sounding salesy"
               "directo", "directa", "respetuoso", "respetuosa", "respectueux", "rispettoso", "respeitoso", "beleefd",
               "netjes", "pero", "mais", "ma", "aber", "maar",  # "directo pero respetuoso", "beleefd, u-vorm"
               # the register in the notes' languages, and the words that allow it ("mag informeel", "rester pro
               # svp", "gerne locker", "mag best informeel, je/jij")
               "informeel", "formeel", "informell", "formell", "informale", "formale", "informel", "formel",
               "profesional", "profissional", "professionnel", "professionale", "professioneel", "professionell",
               "pro", "mag", "darf", "best", "wel", "gerne", "rester", "restez", "reste", "blijf", "bleib", "bleiben",
               "je", "jij", "du", "tu", "tutoiement", "vouvoiement"}


#: the languages a user names to say which one the note is in ("write in english", "vlaams mag", "auf Deutsch")
_LANGUAGE_NAME = (r"(?:english|englsh|inglés|ingles|inglese|anglais|englisch|engels|spanish|español|espanol|castellano|"
                  r"espagnol|spanisch|spaans|spagnolo|french|français|francais|francés|frances|französisch|frans|"
                  r"francese|francês|german|deutsch|alemán|aleman|allemand|duits|tedesco|alemão|portuguese|português|"
                  r"portugues|portugais|portugiesisch|portugees|portoghese|italian|italiano|italien|italienisch|"
                  r"italiaans|dutch|nederlands|néerlandais|holandés|niederländisch|olandese|holandês|vlaams|flemish|"
                  r"flamand)")
_IN_LANGUAGE = re.compile(
    rf"\b(?:in|en|em|auf|op|na|in het)\s+{_LANGUAGE_NAME}\b|"
    rf"\b{_LANGUAGE_NAME}\s+(?:is |está |es |ist |c'est |è |é )?(?:mag|ok|okay|fine|pls|please|bitte|por favor|svp|"
    rf"graag|va|vale|bien|bem|bene|prima|gut|geht|only|solo|nur|obvs|obviously)\b|^\W*{_LANGUAGE_NAME}\W*$", re.I)
#: verbs of writing a note, in the notes' languages: with a language named, the clause tells the writer which
_WRITE = re.compile(r"\b(?:write|reply|answer|escreve|escreva|escribe|escribir|écris|écrivez|écrire|schreib\w*|"
                    r"scrivi|scrivere|schrijf|schrijven)\b", re.I)
#: "tono cercano", "ton pro", "tom simpático", "casual tone", "friendly vibe": only how the note should sound
_TONE_CLAUSE = re.compile(
    r"^\W*(?:(?:pls|please|bitte|svp|por favor|and|y|e|et|und|en)\s+)*(?:(?:un|una|um|uma|een|ein|einen|le|el|il|o|a)\s+)?"
    r"(?:(?:tone|tono|toon|registre|registro)\s+\S+(?:\s+\S+){0,2}|"
    r"(?:ton|tom)\s+(?:pro|professionnel|profissional|sympa|simpático|simpatico|amical|amigável|chaleureux|caloroso|"
    r"cordial|neutre|neutro|léger|leve|décontracté|descontraído|détendu|formel|formal|informel|informal|direct|"
    r"direto|simple|próximo|proximo|gentil|amigo|leger|sérieux|sério|serio)\b\S*(?:\s+\S+){0,1}|"
    r"\S+\s+(?:tone|vibe|vibes|register))\W*$", re.I)
#: a clause that only ends the user's message ("that's it", "thats what i want to say", "c'est tout")
_THAT_IS_ALL = re.compile(
    r"^\W*(?:(?:and|so|but|ok|okay|anyway|yeah|basically|et|y|e|und|en)\s+)*(?:"
    r"(?:that'?s|thats|that is|this is|it'?s)\s+(?:it|all|what i (?:want|wanted|wanna) to say|the gist|the point|my point)|"
    r"nothing (?:more|else)|c'est tout|rien de plus|eso es todo|nada más|nada mas|é isso|só isso|nada mais|"
    r"è tutto|niente (?:di )?più|das war'?s|das ist alles|sonst nichts|dat is alles|dat was het|meer niet)"
    r"(?:\s+(?:really|lol|haha|tbh|pls|please))*\W*$", re.I)
#: the greeting or the missing name, told to the writer ("no name so just say hi", "use hello not hey")
_GREETING_TOLD = re.compile(r"\b(?:(?:use|put|start with|open with|so just say|so say)\s+(?:a\s+)?(?:hi|hello|hey|hiya|dear)\b|"
                            r"greeting|no name|\bcall (?:her|him|them)\b|(?:hij|zij|ze) noemt zich|(?:er|sie) nennt sich|"
                            r"se fait appeler|se hace llamar|si fa chiamare|(?:pode|podes) chamar(?:-[oa])? de|chama(?:-[oa])? (?:ele |ela |você )?de\b|ll[aá]mal[oa] |chiamal[oa] |"
                            r"(?:don'?t|do not) know (?:his|her|their) name|greet (?:her|him|them) (?:as|with|by)\b|(?:she|he|they) go(?:es)? by\b|first name only\b|(?:just|only) (?:the |her |his )?first name\b|as (?:her|his|their) name\b|nickname\b|first name (?:is |'s )?(?:fine|ok|okay)\b)",
                            re.I)
#: a verb that only a writer is told at a clause's start ("write in english", "ignore the weird stuff in his
#: about", "sign it from me", "keep the salary out of it")
_WRITER_VERB = re.compile(
    _OPENING + r"(?:"
    r"write(?! (?:me|us|to me|to us|back)\b)|ignore|skip|avoid|(?:say|explain|mention) who (?:i am|i'm|im|we are|we're)|"
    r"introduce me|sign (?:it|off|as|with)|address (?:her|him|them)|call (?:her|him|them)|"
    r"(?:open|start|end|close|finish) (?:it )?(?:with|on)|leave out|leave (?:the |any |my |our )?\w+(?: \w+)? out|"
    r"keep (?:the |any |my |our )?\w+(?: \w+)? out|make sure|no need|no fluff|no emojis?|sign (?:it |off )?['\"‘“]|"
    r"frame (?:it|this|me)|position (?:me|us|it)|go (?:light|easy|heavy) on|tone (?:it |this )?down|lean into|"
    r"play (?:it |this )?(?:up|down)|focus on|stick to|don'?t overdo)", re.I)
#: "no vender de una", "non essere troppo formale", "ne pas insister", "sem enrolar": an infinitive said no to,
#: the way users tell the writer what not to do; and "solo presentarme", "juste me présenter": the note's only aim
_NOT_TO_DO = re.compile(
    r"^\W*(?:(?:y|e|et|pero|mais|ma|mas)\s+)?(?:(?:no|non|não|nao|ne pas|sin|sem|senza|sans)\s+"
    r"[^\W\d_]{2,}(?:ar|er|ir|are|ere|ire)(?:me|te|le|lo|la|se|nos|lhe|si)?|"
    r"(?:solo|sólo|só|juste|seulement|solamente|soltanto)\s+(?:me\s+|m'|mi\s+)?[^\W\d_]{2,}(?:ar|er|ir|re|rsi|rmi)"
    r"(?:me|mi|se|te|si)?|(?:nur|alleen|gewoon|einfach)\s+(?:mich\s+)?[^\W\d_]{2,}en|"
    r"(?:mas|pero|ma|mais|aber|maar|but)\s+(?:sem|sin|senza|sans|ohne|zonder|without)\s+[^\W\d_][\w-]+|"
    r"(?:bitte\s+|graag\s+)?(?:nicht|nichts|niet|niets|keine?n?|geen)\s+(?:[^\W\d_]+\s+){0,2}[^\W\d_]{3,}en)\b(?:\s+\S+){0,3}\W*$",
    re.I)
#: a wording said no to in quotes ("kein 'sehr geehrte frau dr.'", "ni la palabra 'oportunidad'", "no 'hope this
#: finds you well'"): how the note must not read
_NOT_THESE_WORDS = re.compile(
    r"\b(?:no(?!\s+(?:nosso|nossa|meu|minha|seu|sua|teu|tua|último|próximo)\b)|not|none|don'?t|never|nothing like|kein\w*|nicht|ohne|sin|sem|sans|pas|non|niente|nada|geen|niet|nunca|jamais|"
    r"mai|ni|nor|avoid)\b[^'\"‘“«„]{0,40}['\"‘“«„][^'\"’”»“]{2,40}['\"’”»“]", re.I)
#: what the user wants the note to do to the person ("want her to remember my name"): the note's aim, not its words
_NOTE_AIM = re.compile(r"^\W*(?:(?:and|but|so|i|just|really)\s+)*(?:want|need|would like|'d like|wanna)\s+(?:her|him|them)\s+"
                       r"to\s+(?:remember|notice|recogni[sz]e|like|trust|take me seriously|know who i am|read it|reply|"
                       r"answer|respond|accept)\b", re.I)


#: which of a page's people the note is for, told to the writer ("the programme director one", "he's the
#: partnerships guy"), and a plea to accept ("pls accept")
_WHICH_ONE = re.compile(r"^\W*(?:(?:it'?s|its|the one is)\s+)?(?:the|this|that) (?:[\w&/-]+ ){1,4}one\W*$|"
                        r"^\W*(?:she|he|they)(?:'s| is|s|'re| are) (?:the|our|their) (?:[\w&/-]+ ){1,3}"
                        r"(?:guy|gal|lady|person|one|contact|man|woman|dude|bloke|contact person)\W*$|"
                        r"^\W*(?:i )?(?:want|wanna|would like|'d like) to (?:connect|talk) (?:with|to) (?:their|the) "
                        r"[^,.;!?]{2,60}[.!]?\s*$|"
                        r"^\W*(?:i |yo |je |ich |io |ik |eu )?(?:want|wanna|would like|'d like|quiero|quisiera|quero|"
                        r"gostaria de|je veux|je voudrais|ich möchte|ich will|voglio|vorrei|ik wil|ik zou graag)\s+(?:to\s+)?"
                        r"(?:connect|conectar(?:me)?|me connecter|connecter|mich vernetzen|vernetzen|collegarmi|"
                        r"connettermi|connecten|linken)\s+(?:with|con|com|avec|mit|met)\s+(?-i:[A-ZÀ-Ý][\w'-]+)"
                        r"(?: (?-i:[A-ZÀ-Ý][\w'-]+))?\W*$|"
                        r"^\W*(?:pls |please |plz )?accept(?: (?:me|my request|the request|my invite))?"
                        r"(?: pls| please| plz)?\W*$", re.I)
#: "…, mention that", "so please mention her": what was just said, or who the note goes to
_MENTION_SAID = re.compile(r"\W*(?:pls |please |and |also |just |so |can (?:you|u) |could (?:you|u) )*(?:mention|say) "
                           r"(?:that|this|it|them|those|her|him)(?: too| pls| please| lightly| briefly| casually| gently|"
                           r" subtly| in passing)*\W*$", re.I)


#: a clause that only labels the person for the writer ("potential customer")
_LABEL_ONLY = re.compile(r"^\W*(?:a |an )?(?:potential|possible|prospective|future|likely|existing|current) (?:customer|client|partner|lead|"
                         r"buyer|hire|investor|supplier)s?(?: for (?:them|her|him|us|you|me))?\W*$", re.I)


#: a clause that only names the kind of note ("sales intro.", "cold outreach") or how much to say of something ("one
#: line on what we do"): for the writer
_NOTE_KIND = re.compile(r"^\W*(?:(?:a|an|quick|short|honest|cold|warm|sales|biz|business)\s+)*(?:intro|introduction|pitch|"
                        r"outreach|prospecting)(?:\s+(?:note|msg|message))?\W*$|"
                        r"^\W*(?:just |only )?(?:one|a|1|two|2|a single) (?:line|sentence)s? (?:on|about|re|for|explaining|"
                        r"saying)\b", re.I)


def label_only(reason: str) -> bool:
    """Whether the reason only labels the person for the writer ("potential client"): no words for the note."""
    return bool(_LABEL_ONLY.match(reason))


def _to_the_writer(clause: str, first: bool = False) -> bool:
    words = [w.lower() for w in re.findall(r"[^\W\d_]+", clause)]
    if _MENTION_SAID.match(clause):
        return True
    if words and len(words) <= 5 and all(w in _TONE_WORDS for w in words) and words != ["per", "direct"]:
        return True  # "short, professional": how the note should sound, not what it says
    if (ADDRESS_FORM.search(clause) or _GREETING_TOLD.search(clause)) and len(words) <= 12:
        return True  # "tutealo", "bitte siezen", "no name so just say hi"
    if _IN_LANGUAGE.search(clause) and (len(words) <= 6 or (_WRITE.search(clause) and len(words) <= 12)):
        return True  # "write in english", "english is fine", "vlaams mag"
    if _TONE_CLAUSE.match(clause) or _THAT_IS_ALL.match(clause) or _WRITER_VERB.match(clause):
        return True
    if _NOT_TO_DO.match(clause) and len(words) <= 7:
        return True
    if (_NOT_THESE_WORDS.search(clause) and len(words) <= 14) or _NOTE_AIM.match(clause):
        return True
    if _NOTE_KIND.match(clause) and len(words) <= 8:
        return True  # "sales intro.", "one line on what we do"
    if _LABEL_ONLY.match(clause) and not first:
        return True  # "…, potential customer but no hard sell": who the person is to the writer, no sentence
    if _WHICH_ONE.match(clause):
        return True  # "the programme director one", "he's the partnerships guy": whom the note is for
    if re.match(r"^\s*(?:(?:and|just|pls|please|maybe|also|but)\s+)*(?:say (?:hi|hello|hey)(?! and that\b)|manda (?:algo|um|uma)|"
                r"mande (?:algo|um|uma))\b", clause, re.I) or re.match(
                r"^\s*(?:(?:und|et|y|e|en|einfach|kurz|nur|gewoon|juste|solo|só)\s+)*(?:(?:hallo|hi|servus) sagen|"
                r"dire (?:bonjour|salut|coucou)|(?:hoi|hallo|dag) zeggen|dizer (?:oi|olá)|saludar(?:le|la)?|"
                r"salutarl[oa])\W*$", clause, re.I):
        return True  # "say hi", "einfach hallo sagen": the note greets by itself
    return bool(_INSTRUCTION.match(clause.rstrip(".,;!? ")) or _NOT_THIS.search(clause) or _IMPERATIVE.match(clause)
                or _SO_INCLUDE.search(clause)
                or (
        _ABOUT_THE_NOTE.search(clause) and _TO_THE_WRITER.search(clause)
        and len(re.sub(r"\([^)]*\)?", "", clause).split()) <= 14))  # (an aside in brackets not counted)


def without_instructions(reason: str, *, all_dropped: str | None = None) -> str:
    """``reason`` without the clauses that instruct the writer ("..., pls keep it light not salesy", "no
    exclamation marks pls"), and a short clause that only explains one ("dont name the client, its
    confidential", "keep it short, she prob gets loads of these")."""
    reason = SIGN_QUOTED.sub("", _HOW_IT_SOUNDS.sub("", reason))  # (the sign-off is the note's: sign_off())
    reason = SIGN_NAMED.sub(r"\1", reason).strip()  # "sign it cheers, Dan.", "firma Matteo", "e assina Bia"
    clauses = _clauses(reason)
    dropped = [_to_the_writer(c, first=k == 0) and not (_SAY_OPENLY.match(c) and re.search(r"\bthat\s+\w", c, re.I))
               for k, c in enumerate(clauses)]  # ("be upfront that im a GC": what to say openly is said)
    told_to_writer = list(dropped)
    for i, clause in enumerate(clauses):  # "we sell onboarding software, … actually no pitch, forget that, just say …":
        if _RETRACTED.match(clause):  # all before it is taken back
            dropped[:i + 1] = [True] * (i + 1)
    for i in range(1, len(clauses)):  # "starting as her deputy in march, its not public yet so dont say that": that
        if _NOT_THIS.search(clauses[i]) and re.match(r"\W*(?:it'?s|that'?s|this is|es|c'est|è|ist|het is|é)\b",
                                                     clauses[i], re.I):
            dropped[i - 1] = True
    for i in range(1, len(clauses)):  # "the procurement head, not the others": which person, for the writer
        if re.match(r"\W*not (?:the others?|the rest|anyone else)\W*$", clauses[i], re.I):
            dropped[i] = True
            dropped[i - 1] = dropped[i - 1] or bool(re.match(r"\W*(?:the|this|that) [^\W\d_]+(?: [^\W\d_]+){0,3}\W*$",
                                                             clauses[i - 1], re.I))
    for i in range(1, len(clauses)):  # "quiero conectar con Valentina, la jefa de batimetría (la vi en …)": which one
        if dropped[i - 1] and _WHICH_ONE.match(clauses[i - 1]) and len(clauses[i].split()) <= 14 and re.match(
                r"\W*(?:the|la|el|le|die|der|de|het|a|o|il|lo)\s+[^\W\d_]+", clauses[i], re.I):
            dropped[i] = True
    for i in range(1, len(clauses)):  # "bitte auf englisch, sie spricht kein deutsch": why that language
        if dropped[i - 1] and _IN_LANGUAGE.search(clauses[i - 1]) and re.search(_LANGUAGE_NAME, clauses[i], re.I) \
                and len(clauses[i].split()) <= 12:
            dropped[i] = True
    for i in range(len(clauses) - 1):  # "she's french but write in english": why that language, before it
        if dropped[i + 1] and _IN_LANGUAGE.search(clauses[i + 1]) and len(clauses[i].split()) <= 5 and re.search(
                rf"\b(?:{_LANGUAGE_NAME}|norwegian|swedish|danish|polish|brazilian|mexican|belgian|swiss)\b",
                clauses[i], re.I):
            dropped[i] = True
    for i in range(1, len(clauses)):  # "tutéalo, que es muy majo": why the writer is told so ("dont use his nickname,
        # hes a big name": after a greeting told, "he's …" too)
        why = r"(?:she|he)(?:'s|s| is)|" if _GREETING_TOLD.search(clauses[i - 1]) else ""
        if dropped[i - 1] and not dropped[i] and len(clauses[i].split()) <= 8 and re.match(
                rf"\s*(?:{why}que|porque|since|because|bc|cos|as|weil|denn|da|car|parce qu|puisque|perché|poiché|omdat|hat (?:er|sie)|"
                r"(?:he|she) offered|c|"
                r"want|pois|c'est|è|es|ist|is ja|he must|she must|they must|(?:she|he|they) introduced|on est|wir sind)\b",
                clauses[i], re.I):
            dropped[i] = True
        elif dropped[i - 1] and not dropped[i] and len(clauses[i].split()) <= 4 and re.match(
                r"\s*(?:não|nao|no|not|pas|nicht|niet|non)\b", clauses[i], re.I):
            dropped[i] = True  # "escreve em português de portugal, não do brasil"
    for i in range(1, len(clauses)):  # "casual tone, shes super chill": what follows an instruction at the end
        if dropped[i - 1] and not dropped[i] and i == len(clauses) - 1 and len(clauses[i].split()) <= 7 \
                and not clauses[i - 1].rstrip().endswith((".", "!", "?")) and not re.search(r"\bthank", clauses[i], re.I) \
                and not (MENTION.match(clauses[i]) or ASK_EN.match(clauses[i]) or ASK_OTHER.match(clauses[i])):
            dropped[i] = True
    for i, clause in enumerate(clauses):  # "mention the talk" where the talk is said: nothing more to say
        head = named(clause) or name_only(clause)
        if head and any(re.search(rf"\b{re.escape(head)}", c, re.I) for k, c in enumerate(clauses) if k != i):
            dropped[i] = True
    for unsaid in {w for c, d in zip(clauses, dropped) if d for w in _left_unsaid(c)}:
        if unsaid in _WHEN_WORDS:  # "dont mention the interview date": the date goes, not the interview
            clauses = [_DATE_SAID.sub("", c) if not d else c for c, d in zip(clauses, dropped)]
            continue
        # "he'll be my boss when the merger closes. dont mention the merger": the part that says it goes; "i manage a
        # site for a rival chain. dont mention the rival thing": the clause that says it goes too
        for i, c in enumerate(clauses):
            part = re.search(rf",?\s+(?:when|once|after|before|since|because|as soon as|if)\b[^,.;!?]*\b{re.escape(unsaid)}"
                             rf"[^,.;!?]*", c, re.I)
            if not dropped[i] and part and len(c[:part.start()].split()) >= 3:
                clauses[i] = c[:part.start()] + c[part.end():]
        said = [not d and not re.search(rf"\b{re.escape(unsaid)}", c, re.I) for c, d in zip(clauses, dropped)]
        if any(said):
            dropped = [not k for k in said]
    if any(d and _CURRENT_JOB_UNSAID.search(c) for c, d in zip(clauses, dropped)):  # "dont mention my current job":
        clauses = [_CURRENT_JOB.sub(r"\1 ", c) for c in clauses]  # "im a maths teacher rn switching into …" -> "im switching"
    person = next((p for p, says in (("she", r"she|her|hers|shes|she's"), ("he", r"he|him|his|hes|he's"),
                                     ("they", r"they|them|their")) if re.search(rf"\b(?:{says})\b", reason, re.I)),
                  "you")
    kept = [(c, asked_to_say(c, person)) for c, d in zip(clauses, dropped) if not d]
    if not kept:  # only instructions: what only followed one ("connect pls, via ngozi"), or ``all_dropped`` where
        # given, else the reason as typed
        rest = [c for c, d in zip(clauses, told_to_writer) if not d]
        return " ".join(rest).rstrip(",; ") if rest else reason if all_dropped is None else all_dropped
    if len(kept) == len(clauses) and not any(said for _, said in kept):
        return reason
    joined = " ".join(said + c.rstrip()[-1] if said and c.rstrip()[-1:] in ",;" and said.rstrip()[-1:].isalnum()
                      else said or c for c, said in kept).rstrip(",; ")  # ("thank him for the tips, helped heaps": its comma)
    joined = re.sub(r"(^|[.!?]\s+)¿(\w)", lambda m: f"{m.group(1)}¿{m.group(2).upper()}", joined)  # "… Sevilla. ¿Comparte"
    return re.sub(r",\s+(?=(?:Could|Would|Do|Are|Is|Can) [^.!?]*\?|¿[A-ZÁÉÍÓÚ])", ". ", joined)  # "…, Could I send
    # you my CV?", "…, ¿Cómo me inscribo?"


#: "be upfront that i'm a recruiter": how to say what the note may say
_SAY_OPENLY = re.compile(_OPENING + r"be (?:upfront|up front|honest|clear|open|transparent|frank|explicit|direct) "
                         r"(?:that|about)\b", re.I)


#: how a clause opens when it speaks to the writer, also in wordings no rule above knows ("pls dont …", "bitte …")
_SPEAKS_TO_WRITER = re.compile(_OPENING + r"(?:don'?t|do not|never|pls|plz|please|bitte|nicht|kein\w*|niet|geen|"
                               r"mention|say|ask|write|keep (?:it|this|things)|make sure|avoid|skip|include|add)\b", re.I)


@lru_cache(maxsize=256)
def writer_clauses(reason: str) -> tuple[tuple[str, bool], ...]:
    """The clauses of ``reason`` said to the writer, each with whether the note says what it asks ("ask if its
    still open" is asked; "keep it short", "no menciones el sueldo" are not said at all)."""
    found = []
    for clause in _clauses(reason):
        if _to_the_writer(clause) or _SPEAKS_TO_WRITER.match(clause) or _NOT_THESE_WORDS.search(clause):
            asks = MENTION.match(clause) or ASK_EN.match(clause) or ASK_OTHER.match(clause) or _SAY_OPENLY.match(clause)
            found.append((clause, bool(asks) or asked_to_say(clause) is not None))
    return tuple(found)


#: how the note should come across, said after what it says ("want to say hi without sounding desperate")
_HOW_IT_SOUNDS = re.compile(r",?\s+(?:without|w/o) (?:it )?(?:sounding|being|seeming|coming across|looking|reading)(?: like)?\b"
                            r"[^,.;!?]*", re.I)


def _clauses(reason: str) -> list[str]:
    """``reason`` cut at its punctuation, and each piece at an instruction joined by "and" or a chat filler
    (:func:`_split_off`)."""
    return [part for c in re.split(r"(?<=[.,;!?])\s+(?![^(]*\))", reason)  # (not inside brackets: "(gesellen, 6 jahre)")
            for part in _split_off(c)]


def _split_off(clause: str) -> list[str]:
    """A clause that ends by telling the writer something after "and" ("vraag of hij vrij is en hou het zakelijk"),
    tells the writer two things too long to read as one ("keep it humble and dont make it sound like …"), or tells
    the writer something and then what to ask ("trátela de usted y pregúntele si …"), as its two clauses."""
    if _NOT_THIS.search(clause):
        return [clause]  # "we had a messy visit but dont mention that": the whole clause is unsaid
    if _GREETING_TOLD.search(clause) and len(clause.split()) <= 12 and not re.search(r"\b(?:ask|mention)\b", clause, re.I):
        return [clause]  # "he signs his emails as just Ignacio so first name is fine": all of it on the greeting
    for m in re.finditer(r"\s+(?:and|n|en|und|et|y|e|ma|mais|pero|but|&|just|so|then|lol|lmao|haha+)\s+", clause):
        head, tail = clause[:m.start()], clause[m.end():]
        if len(head.split()) >= 2 and len(tail.split()) >= 2 and (
                (_to_the_writer(tail) and (not _to_the_writer(head) or not _to_the_writer(clause)))
                or (_to_the_writer(head) and (ASK_EN.match(tail) or ASK_OTHER.match(tail) or MENTION.match(tail)))):
            if m.group(0).strip() == "so" and len(head.split()) <= 6 and _to_the_writer(tail) \
                    and not re.match(r"\W*(?:i|i'?m|im|my)\b", head, re.I) and not ASK_EN.match(tail) \
                    and (not MENTION.match(tail) or _WRITER_VERB.match(tail)):
                return [tail]  # "japanese corporate so keep it polite": why the writer is told so, for the writer too
            end = re.search(r"[.!?;,]\s*$", tail)  # "…, she told me to reach out so please mention her. i …": its stop
            return [head + (end.group(0).strip() if end else ""), tail]  # (also "dont name the role just ask if …")
    return [clause]


#: "dont mention the rival thing", "no menciones el precio": what the note must leave out
_DONT_MENTION = re.compile(
    r"\b(?:(?:don'?t|do not|never|no need to|pls don'?t|without) (?:mention|mentioning|say|saying|bring up|bringing up|"
    r"talk about|reference|refer to)|no (?:menciones|mencionar|digas|hables de)|não (?:mencione|mencionar|"
    r"fale d?|falar d?)|non (?:menzionare|citare|nominare|parlare d)|ne (?:mentionne|mentionnez|parle|parlez) pas d?|"
    r"sans (?:mentionner|parler d))\s*['’]?\s*(?:the |that |this |my |our |a |an |any |el |la |los |las |lo de |o |a |"
    r"os |as |il |lo |le |les |de |du |des |e |à |al )?(?:\w+ )??([^\W\d_]{3,})", re.I)
#: words of that kind that say no thing of their own ("dont mention the thing")
_VAGUE = {"thing", "things", "stuff", "part", "bit", "fact", "that", "this", "it", "cosa", "chose", "coisa"}


#: "dont mention my current job", and the sender's job said before where they are going ("im a maths teacher rn switching")
_CURRENT_JOB_UNSAID = re.compile(r"\b(?:don'?t|do not|never|no need to) (?:mention|say|bring up|name) (?:my|where i work)"
                                 r"(?: \w+)?? (?:current |day |present )?(?:job|role|position|employer|work|company)\b", re.I)
_CURRENT_JOB = re.compile(r"\b(i'?m|i am) (?:currently |still )?an? [\w -]+? (?:(?:rn|right now|currently|atm|at the moment|"
                          r"now) )?(?=(?:switching|moving|transitioning|looking|trying|retraining|pivoting)\b)", re.I)
#: what "dont mention the (interview) date" leaves out: the day, not the thing
_WHEN_WORDS = {"date", "dates", "day", "days", "time", "times", "when", "timing"}
_DATE_SAID = re.compile(r"\s+(?:(?:next|this|last|on|coming)\s+)?(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)"
                        r"(?:day|s)?\b\.?|\s+(?:tomorrow|tmrw|tonight|today)\b|\s+on the \d{1,2}(?:st|nd|rd|th)\b|"
                        r"\s+(?:next|this) (?:week|month)\b", re.I)


def _left_unsaid(clause: str) -> list[str]:
    """The words an instruction asks the note to leave out ("dont mention the rival thing" -> "rival")."""
    found = []
    for m in _DONT_MENTION.finditer(clause):
        tail = re.findall(r"[^\W\d_]{3,}", clause[m.start(1):])[:2]
        when = [w.lower() for w in tail if w.lower() in _WHEN_WORDS]  # "the interview date": the date
        found += when[:1] or [w.lower() for w in tail if w.lower() not in _VAGUE][:1]
    return found

"""Word lists the English voice rules share (:mod:`.english`, :mod:`.subjects`).

Plain sets of lower-case words, no logic beyond the small helpers at the end: what counts as a verb, an
adverb, a past participle, a word that starts an object, and how a third-person-singular verb reads with
"you" ("runs" -> "run", "focuses" -> "focus", "is" -> "are").
"""

from __future__ import annotations

from ..paste.vocabulary import JOB_WORDS
from ..text.folding import fold


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: base forms of verbs a reason uses; a coordinated "-s" word counts as a verb only if its base is here
#: ("she writes books and articles": "article" is not a verb, so "articles" is left alone)
VERBS = _words("""
    accept access achieve acquire act adapt add address adjust administer admire adopt advise advocate
    affect agree aim allow analyse analyze answer anticipate appear apply appreciate approach approve argue
    arrange ask assess assist attend attract audit automate avoid bake balance battle bear beat become
    begin believe belong benchmark bike blog boost borrow bounce break bridge bring broker build buy
    calculate call campaign care carry catch cater champion change charge chat check choose chair clean
    clear climb close coach code collaborate collect combine come comment commit communicate compare compete
    compile complain complete compose compute concentrate conduct connect consider consult contain continue
    contribute control convert convince cook coordinate cope correct cost count cover craft crave create
    cross curate cut cycle dance deal debate debug decide dedicate defend define deliver demo demonstrate
    deny depend deploy describe design develop devote digitize direct disagree discover discuss dislike
    distribute dive do doubt draft draw dream dress drink drive drop earn eat edit educate embrace emphasize
    employ enable encourage end engage engineer enjoy ensure enter evaluate evangelize examine exceed
    excel execute exercise expand expect experiment explain explore export face facilitate fall favor
    favour feature feed feel fight figure file fill film finance find finish fit fix fly focus follow
    forecast forget form foster found frame fund gather generate get give go govern grab graduate grow
    guide hack handle hang happen hate have head hear help hike hire hit hold host hunt identify illustrate
    imagine implement import improve include increase influence inform innovate insist inspire install
    instruct integrate interview introduce invent invest investigate invite involve join judge jump keep
    kick kill know label lack land last launch lead learn leave lecture lend let license lift like limit
    link list listen live lobby look lose love maintain make manage manufacture map market master match
    matter mean measure mediate meet mentor merge migrate mind miss mix model moderate monetize monitor
    motivate move name navigate need negotiate network note notice nurture observe obsess offer onboard
    open operate optimize optimise order organise organize outline own package paint partner pass pay
    perform photograph pick pilot pitch place plan plant play pledge plot podcast point polish post
    practice practise praise predict prefer prepare present preserve pretend prevent price print
    prioritize process produce program programme promise promote propose protect prototype prove provide
    publish pull purchase push put question quote race raise rank rate reach react read realize realise
    rebuild receive recognize recognise recommend record recruit reduce refer reflect refuse regulate
    relate release rely remember remind remove render rent repair repeat replace reply report represent
    request require research reshape resolve respect respond rest restore retire return reveal review
    rewrite ride rise risk roll run sail save say scale schedule score scout screen sculpt search see seek
    seem sell send serve set settle shape share shift ship shoot shop show sing sit sketch ski sleep
    solve sort source speak specialise specialize spend sponsor stand start stay steer stop store stream
    stress strive struggle study submit succeed suggest suit supervise supply support surf survive swim
    switch tackle take talk target teach tell tend test thank think thrive train transform translate
    travel treat trust try tune turn tutor tweet type understand unite update upgrade use validate value
    visit volunteer vote wait wake walk want warn wash watch wear weave welcome win wish wonder work worry
    write yell
""")

#: is/was/has/does with "you"
AUXILIARIES = {
    "is": "are", "was": "were", "has": "have", "does": "do", "doesn't": "don't", "isn't": "aren't",
    "wasn't": "weren't", "hasn't": "haven't", "goes": "go",
}
#: an auxiliary before the person in a question ("does she mentor?" -> "do you mentor?")
QUESTION_AUXILIARIES = {k: v for k, v in AUXILIARIES.items() if k != "goes"}
MODALS = _words("can can't cannot could couldn't will won't would wouldn't should shouldn't might must may "
                "did didn't had hadn't shall 'd 'll")

#: adverbs that may stand between the subject and its verb ("she also really gets ...")
ADVERBS = _words("""
    also just really still always now recently actually basically literally clearly apparently probably
    even only already never often usually totally currently sometimes seriously genuinely truly honestly
    definitely certainly constantly regularly frequently rarely seldom hardly barely mostly mainly
    primarily personally consistently quietly single-handedly basically kinda sorta pretty quite ever
    once twice again then soon later first previously formerly originally initially newly regularly
    occasionally openly publicly reportedly supposedly allegedly somehow both all not
""")
#: words in -ly that are adjectives ("her early work", "her weekly newsletter")
ADJECTIVES_LY = _words("""
    early only weekly daily monthly yearly quarterly hourly lovely friendly likely costly family ugly holy
    jolly silly elderly lonely timely kindly curly scholarly lively deadly orderly homely manly womanly
    worldly unlikely assembly rally supply apply reply italy july belly bully ally fly comply imply
""")

#: past participles that go with "has" ("she's built" -> "you've built"), beside regular "-ed" ones
HAS_PARTICIPLES = _words("""
    been got gotten had done gone grown built rebuilt written rewritten spoken led run come become put
    seen overseen taught taken undertaken given made won lost left held brought bought sold met thought
    found begun drawn driven eaten fallen felt flown forgotten heard kept lent meant paid quit ridden
    risen said sent shown spent stood struck told understood chosen broken hidden shaken spun sung stolen
    thrown proven shot fought caught dealt dug fed fled hung laid slept spread stuck swept withdrawn
    outgrown read
""")
#: "-ed" words that after "she's"/"he's" are adjectives or passives ("she's based in", "he's known for")
IS_PARTICIPLES = _words("""
    based known located interested excited involved focused focussed obsessed married engaged retired tired
    qualified experienced skilled talented dedicated devoted committed specialized specialised certified
    licensed supposed scheduled slated expected booked headquartered positioned situated stationed placed
    rooted embedded considered regarded respected recognized recognised rumored rumoured connected
    fascinated concerned worried convinced determined prepared passionate motivated self-employed employed
    registered enrolled named featured quoted listed ranked nominated shortlisted bilingual trilingual
    overqualified underrated overrated blessed biased
""")
#: "she's" + one of these is left alone: both readings are common ("she's trained as" / "she's trained 40")
AMBIGUOUS_PARTICIPLES = _words("set cut trained invested settled used hit invited sponsored accepted admitted")

#: irregular past tenses (a sentence that starts with one has "I" as its subject)
IRREGULAR_PAST = _words("""
    saw heard read met found came spoke took went did had got sat wrote told gave made ran began left built
    bought sent taught thought felt kept brought caught won lost chose drove flew grew knew led paid put
    said sold stood understood woke wore fell held meant spent lent forgot swore threw drew ate rode hung
    shook sang stole fought dealt dug fed fled slept spread stuck swept withdrew overheard rewrote rebuilt
    was were
""")

#: words that start what follows a verb: an object, a complement or a phrase ("hosts the pod", "talks about")
OBJECT_START = _words("""
    the a an this that these those some any every each all both no another other more most many much few
    several lots plenty my our your his her their its me us you him them it everyone everybody someone
    somebody people anyone anybody nobody everything something anything nothing about at in on for with to
    from into across over under around through between among by of like via without within up out off back
    down away onto toward towards along beside near inside outside upon against beyond after before during
    since until how what why when where whether who which yes hard well together full part
""")
#: after "her": the object, not a possessive ("send her our slides", "met her at", "thanked her after")
AFTER_OBJECT_HER = (OBJECT_START - _words("much many more most few several other another lots plenty full part "
                                          "hard")) | _words("""
    and or but so because cause as if i we yesterday today tomorrow tonight again once twice too there here
    ages years forever personally sometime someday soon later directly i'd i'm i've i'll we'd we're we've we'll is was
    are were has had will would can could should might must did does re regarding
""")
#: "let her know", "heard her speak": a bare verb after "her" where a verb of seeing or letting comes before
BARE_VERBS = _words("""
    know speak say explain decide mention describe tell ask answer handle go come be do make take get see
    give walk lead run present live laugh smile win lose hire understand perform sing teach work build
    interview moderate host coach argue
""")
PERCEPTION_VERBS = _words("""
    let lets letting make made makes help helped helps see saw seen seeing watch watched watching hear
    heard hearing have had having notice noticed felt
""")
#: a time word after "last"/"next"/"this": "wrote to her last year" (object), not "her last post"
TIME_NOUNS = _words("""
    year years week weeks month months time spring summer fall autumn winter night morning evening
    afternoon weekend quarter semester term wk wks yr yrs mo monday tuesday wednesday thursday friday
    saturday sunday mon tue tues wed thu thur thurs fri sat sun january february march april may june july
    august september october november december
""")

#: after a comma these read as a quotation's verb ("she enjoys mentoring, says her bio"), not coordinated
REPORTING_VERBS = _words("says said writes notes adds claims according reads")
#: "my manager said she ..." / "rahul told me he ...": the pronoun is the one who said it, not the person
REPORTING = _words("""
    said says mentioned mentions thinks thought told tells claims claimed reckons reckoned figured wrote
    writes promised promises explained explains insists insisted believes believed feels felt swears swore
    hopes hoped suggested suggests added adds noted notes
""")
#: words that are not a third party who could be saying something
NOT_REPORTERS = _words("""
    i we you he she they it who which that also just and or but so then everyone someone people somebody
    one he's she's i've i'd we've we'd
""")

SUBJECT_PRONOUNS = _words("i you we they he she it")
WH_WORDS = _words("how what why when where who which")
CONJUNCTIONS = _words("and or but & plus then")
#: words that already speak to the person: the reason's third-person pronouns may mean someone else
SECOND_PERSON = _words("you your yours yourself you're you've you'd you'll youre")
#: "-s" words that are not verbs (checked before a word is read as "he runs")
NOT_VERBS_S = _words("""
    this thus plus yes us as its his hers theirs ours yours always sometimes perhaps news towards
    afterwards besides nevertheless less unless various previous serious famous nervous obvious gorgeous
    anxious curious ambitious generous joyous tremendous enormous numerous bus gas mrs ms lots ops
    devops sales analytics economics physics ethics maths politics logistics metrics tennis chess
""")
#: "-ses" words whose base keeps the "s" ("focuses" -> "focus", not "focuse")
S_STEMS = {"focuses": "focus", "biases": "bias", "gasses": "gas", "canvasses": "canvass", "nonplusses": "nonplus"}


def base_of(verb: str) -> str | None:
    """The form of a third-person-singular verb that goes with "you" ("runs" -> "run", "tries" -> "try", "is"
    -> "are"), or None when ``verb`` does not look like one."""
    low = verb.lower()
    if low in AUXILIARIES:
        return AUXILIARIES[low]
    if low in S_STEMS:
        return S_STEMS[low]
    if (len(low) < 3 or not low.endswith("s") or low.endswith(("ss", "us", "is", "'s", "’s")) or low in NOT_VERBS_S
            or not low.isalpha() and "-" not in low):
        return None
    if low.endswith("ies") and len(low) > 4:
        return low[:-3] + "y"
    if low.endswith(("ches", "shes", "sses", "xes", "zzes", "oes")):
        return low[:-2]
    return low[:-1]


def agreed(verb: str) -> str | None:
    """``verb`` as it goes with "you", keeping its capital, or None when it is not a third-person-singular
    verb."""
    base = base_of(verb)
    if base is None:
        return None
    return base[:1].upper() + base[1:] if verb[:1].isupper() else base


def is_coordinated_verb(word: str) -> bool:
    """``word`` is a third-person verb of a known verb ("hosts", "has"), so a coordinated one can agree."""
    low = word.lower()
    if low in AUXILIARIES:
        return True
    base = base_of(low)
    return base is not None and base in VERBS


def is_past(word: str) -> bool:
    """A past tense or past participle ("started", "built")."""
    low = word.lower()
    return low in IRREGULAR_PAST or low in HAS_PARTICIPLES or (len(low) > 4 and low.endswith("ed"))


def looks_like_adverb(word: str) -> bool:
    """An adverb by the list or by its "-ly" ending, or a misspelt one ("realy", "alwasy")."""
    low = word.lower()
    if low in ADVERBS or (low.endswith("ly") and len(low) > 4 and low not in ADJECTIVES_LY):
        return True
    return len(low) >= 4 and low[:1] in _ADVERB_INITIALS and any(_near(low, adverb) for adverb in
                                                                 _ADVERB_INITIALS[low[:1]])


_ADVERB_INITIALS: dict[str, list[str]] = {}
for _adverb in ("really", "always", "actually", "usually", "already", "recently", "definitely", "basically",
                "literally", "currently", "probably", "totally", "honestly", "genuinely", "never", "often",
                "still", "also"):
    _ADVERB_INITIALS.setdefault(_adverb[0], []).append(_adverb)


def _near(word: str, adverb: str) -> bool:
    """One letter missing, added or two swapped: a typo of ``adverb``."""
    if word == adverb:
        return True
    if sorted(word) == sorted(adverb):  # swapped letters
        return sum(a != b for a, b in zip(word, adverb)) == 2
    short, long_ = sorted((word, adverb), key=len)
    if len(long_) - len(short) != 1:
        return False
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


#: given names that are also everyday words ("will be there", "grace under pressure"): "you" only with the surname
WORD_NAMES = {"will", "grace", "hope", "may", "mark", "bill", "rich", "joy", "faith", "rose", "summer", "june",
              "april", "august", "art", "guy", "pat", "sue", "ray", "dawn", "iris", "ivy", "amber", "angel",
              "sunny", "frank", "earnest", "miles", "chase", "hunter", "drew", "page", "sky", "star", "max"}
#: "lina's great": an adjective after a name's "'s" that is "is", not a possessive
PREDICATES = {"great", "amazing", "awesome", "brilliant", "good", "nice", "cool", "smart", "right", "wrong", "kind",
              "lovely", "fantastic", "incredible", "excellent", "wonderful", "helpful", "legit", "busy", "free",
              "available", "back", "here", "there", "around", "away", "ok", "okay", "fine", "sharp", "humble",
              "generous", "approachable"}
#: who may say something but is never "he" or "she" (a group, a firm, a text)
NO_HE_OR_SHE = {"panel", "team", "committee", "board", "company", "firm", "school", "hr", "website", "site", "email",
                "letter", "offer", "ad", "advert", "posting", "listing", "agency", "office", "department", "parents",
                "friends", "colleagues", "interviewers", "recruiters", "folks", "guys", "people", "everyone", "article",
                "post", "bio", "profile", "page", "newsletter", "brochure", "programme", "program", "handbook"}
#: who the sender may name before talking about them ("my cousin aoife ... she worked with him")
RELATIONS = {"mate", "buddy", "pal", "friend", "colleague", "coworker", "co-worker", "boss", "manager", "mentor",
             "cousin", "sister", "brother", "wife", "husband", "partner", "teammate", "classmate", "neighbour",
             "neighbor", "professor", "teacher", "supervisor", "dad", "mum", "mom", "aunt", "uncle"}
#: words that bring someone else into what a third party said ("rahul mentioned he works with her")
SOMEONE_ELSE = {"i", "i'm", "me", "my", "we", "us", "our", "you", "your", "him", "her", "them", "his", "their"}
#: verbs that say what the reporter thinks or will do, not what the person does ("she thinks", "she wants")
OWN_MIND = {"was", "thinks", "says", "wants", "hopes", "feels", "believes", "means", "guesses", "plans", "needs"}
#: "X said she's the one to ask": what a third party says of the person the sender writes to
WHO_TO_ASK = {"one", "person", "guy", "woman", "man", "lady", "expert", "go-to", "best", "right", "oracle"}
#: degrees as they are written
DEGREES = {"msc": "MSc", "bsc": "BSc", "mphil": "MPhil", "dphil": "DPhil", "meng": "MEng", "beng": "BEng", "llb": "LLB",
           "llm": "LLM", "mba": "MBA", "phd": "PhD", "ma": "MA", "ba": "BA"}
#: who the sender may name before what they said or did ("my cousin dev works with her")
RELATION_WORDS = RELATIONS | {"prof", "vet", "tutor", "coach", "cofounder", "co-founder", "housemate", "flatmate",
                              "roommate", "foreman", "forewoman", "lead", "director", "recruiter", "pastor",
                              "instructor", "trainer", "advisor", "adviser", "client", "customer", "landlord",
                              "doctor", "dentist", "therapist", "ceo", "cto", "founder"}
#: words after "my friend" that are no one's name ("my friend said", "my old boss at ...")
NOT_NAMES = {"who", "and", "also", "just", "here", "there", "once", "always", "never", "actually", "really"}


#: fields a terse reason says the sender works in as well ("ux research too")
FIELDS = {"research", "design", "marketing", "sales", "finance", "ops", "operations", "security", "engineering",
          "product", "data", "logistics", "procurement", "recruiting", "consulting", "analytics", "fintech", "healthtech",
          "agritech", "edtech", "proptech", "climate", "energy", "retail", "hospitality", "aviation", "insurance",
          "chain", "warehousing", "manufacturing", "construction", "pharma", "biotech", "healthcare", "education",
          "nursing", "accounting", "payroll", "tax", "audit", "hr", "banking", "freight", "shipping", "trucking",
          "transport", "transportation", "tourism", "media", "publishing", "advertising", "telecom", "mining",
          "agriculture", "farming", "automotive", "aerospace", "defense", "defence", "cybersecurity", "devops",
          "qa", "support", "success", "payments", "lending", "wealth", "compliance", "legal", "estate"}
#: a workplace a terse reason says the sender works in as well ("warehouse too": "I work in a warehouse too")
WORKPLACES = {"warehouse", "hospital", "school", "bank", "lab", "restaurant", "factory", "plant", "clinic", "hotel",
              "store", "shop", "startup", "agency", "pharmacy", "library", "nonprofit", "kitchen", "bakery", "salon",
              "garage", "brewery", "winery", "studio"}
#: people a terse reason says the sender is as well ("dairy vet too", "mining grad too"), besides job words
_PERSON_NOUNS = {"vet", "grad", "alum", "alumnus", "alumna", "mom", "mum", "dad", "parent", "dev", "pm", "founder",
                 "farmer", "baker", "pilot", "nurse", "fan", "member", "volunteer", "runner", "climber", "expat", "mentor"}


def names_a_person(noun: str) -> bool:
    """Whether a noun is a kind of person ("vet", "coach", "engineer", "pharmacist")."""
    return noun in _PERSON_NOUNS or fold(noun) in JOB_WORDS or noun.endswith(("ist", "ian", "eer", "ant", "ent", "or"))

#: the person's relatives a reason names ("met his wife karin"): the owner is the person, the relative someone else
RELATIVES = {"wife", "husband", "partner", "daughter", "son", "sister", "brother", "mom", "dad", "mother", "father",
             "assistant", "cousin"}
#: people and pets of the sender's that a later "he"/"she" may be ("my dogs TPLO last spring, he's running again")
SENDERS_OWN = RELATIONS | {"son", "daughter", "kid", "dog", "dogs", "dog's", "cat", "cats", "cat's", "horse", "puppy",
                           "pup", "kitten", "pony"}

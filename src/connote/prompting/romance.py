"""Spanish, Portuguese, French and Italian reasons said to the person.

Formal: Spanish "usted" and Italian "Lei" take the third-person verb, so only the pronoun changes ("ella fundó"
-> "usted fundó", "lui guida" -> "Lei guida"); Portuguese "você" likewise, formal or not; French "vous" takes
its own verb ("il dirige" -> "vous dirigez", "elle s'est lancée" -> "vous vous êtes lancée"). Informal: "tú",
"tu" (French and Italian), with the verb in the second person ("él dirige" -> "tú diriges").

Left as they are: both genders of pronoun (someone else is meant), a pronoun after what a third party said,
a verb whose form is not known (the pronoun then stays too), words that may mean something else (French
"je l'ai adoré" may be the article; Spanish "su" anyone's), and what already fits the formal "you"
(Spanish "su", "lo conocí"; Italian "suo", "l'ho conosciuto").
"""

from __future__ import annotations

import re

from .reported import cased, one_gender, replace, said_by_others, shielded, unshielded

_W = r"[^\W\d_]+"


def _guarded(text: str, report: re.Pattern[str]) -> tuple[str, list[str]]:
    """``text`` with third parties' pronouns shielded (see :mod:`.reported`)."""
    return shielded(text, said_by_others(text, report))


#: a job or a part someone plays: "jefa", "comprador", "responsabile", "gerente", "dueño", "CEO"
_ROLE = re.compile(r"(?:or|ora|ore|ero|era|ista|ente|ante|efe|efa|eño|eña|ador|adora|ario|aria|ógo|óga|ogo|oga|"
                   r"ico|ica|CEO|head|lead|manager|owner|founder|persona|pessoa|responsabile|titolare|chef|capo)$", re.I)
_ENTE_ROLES = {"gerente", "presidente", "presidenta", "asistente", "agente", "docente", "dirigente", "representante",
               "cliente", "dipendente", "consulente", "referente", "assistente", "tenente"}
_NOT_ROLES = {"primera", "primero", "tercera", "tercero", "manera", "carrera", "frontera", "bandera", "hora",
              "mejor", "peor", "mayor", "menor", "ora", "ante", "única", "único", "unica", "unico", "mente", "gente",
              "parte", "forte", "fonte", "clientela", "pratica", "prática", "práctica", "música", "musica",
              "época", "epoca", "lógica", "logica", "politica", "política", "fabrica", "fábrica", "pratico"}


#: "new", "future", "next" before a role ("mi futura jefa", "il mio nuovo capo")
_NEW = r"(?:futur[oa]|nuev[oa]|próxim[oa]|proxim[oa]|nuov[oa]|prossim[oa]|nov[oa])"


def _opening_copula(text: str, verbs: dict[str, tuple[str, str]], nouns: str, formal: bool) -> str:
    """A reason that opens on "is (the) <role>" with no subject ("es la jefa de compras", "é o comprador", "es
    reclutadora en ...", "sería mi jefe") is about the person (the language drops the pronoun): said to them
    ("usted es" / "eres")."""
    def said(m: re.Match[str]) -> str:
        if not _ROLE.search(m.group(4)) or m.group(4).lower() in _NOT_ROLES or (
                not m.group(3) and m.group(4).lower().endswith(("ante", "ente")) and m.group(4).lower() not in _ENTE_ROLES):
            return m.group(0)  # "es importante": an adjective (but "es gerente de compras")
        return m.group(1) + cased(m.group(2), verbs[m.group(2).lower()][0 if formal else 1]) + " "

    # also a clause's ("empiezo en marzo, es mi futura jefa", "è il mio nuovo capo")
    return re.sub(rf"(^|[,;.]\s+)({'|'.join(verbs)})\s+(?=((?:{nouns}\s+){{0,2}}(?:{_NEW}\s+)?)?({_W}))", said,
                  text, flags=re.I)


# ---- Spanish

_ES_REPORT = re.compile(rf"(?:(?P<art>\b(?:el|la)\s+))?(?P<who>{_W})\s+(?:(?:me|nos|le|les|te)\s+)?(?:ha\s+)?"
                        r"(?:dijo|dice|decía|comentó|comenta|contó|cuenta|cree|creía|piensa|pensaba|mencionó|"
                        r"menciona|aseguró|asegura|dicho|comentado|contado)\s+que\s+(?P<p>él|ella)\b", re.I)
_ES_2SG = {"es": "eres", "está": "estás", "va": "vas", "ha": "has", "fue": "fuiste", "hizo": "hiciste",
           "tuvo": "tuviste", "dijo": "dijiste", "estuvo": "estuviste", "pudo": "pudiste", "vino": "viniste",
           "dio": "diste", "quiso": "quisiste", "supo": "supiste", "puso": "pusiste", "trajo": "trajiste",
           "da": "das", "ve": "ves", "era": "eras", "iba": "ibas", "hay": "", "sabe": "sabes"}
_ES_CLITICS = r"(?:\s+(?:no|ya|también|siempre|nunca|todavía|aún|me|nos|lo|la|le|les|los|las|se))*"


def _es_second_person(verb: str) -> str | None:
    low = verb.lower()
    if low in _ES_2SG:
        return _ES_2SG[low] or None
    if low.endswith("ió"):
        return low[:-2] + "iste"  # escribió -> escribiste
    if low.endswith("ó") and len(low) > 2:
        return low[:-1] + "aste"  # fundó -> fundaste
    if low.endswith(("aba", "ía", "á")) or (low.endswith(("a", "e")) and len(low) > 3):
        return low + "s"  # dirige -> diriges, trabajaba -> trabajabas, será -> serás
    return None


_ES_PERSON_VERBS = r"(?:conocí|conocimos|contacté|entrevisté|recomendé|felicité|invité|llamé|saludé|" \
                   r"encontré|admiro|conozco|sigo|recuerdo)\b"
#: the rest of a clause, up to its end or another subject
_ES_REST = r"(?:(?!\b(?:yo|él|ella|nosotros|ellos|ellas|usted|que|quien|porque|cuando|pero)\b)[^.;!?])*"
_ES_OBJECT = r"(?:un|una|unos|unas|el|la|los|las|su|sus|mi|mis|nuestro|nuestra|nuestros|nuestras|me|nos|lo|le|les)\b"


def _familiar_yours(pattern: str, text: str) -> str:
    """Each "s…" possessive ``pattern`` finds said as the familiar "t…" one ("su" -> "tu", "suoi" -> "tuoi")."""
    return replace(pattern, lambda m: cased(m.group(1), "t" + m.group(1).lower()[1:]), text)


def spanish(text: str, formal: bool, gender: str | None = None) -> str:
    text = _opening_copula(text, {"es": ("usted es", "eres"), "era": ("usted era", "eras"),
                                  "fue": ("usted fue", "fuiste"), "sería": ("usted sería", "serías")},
                           r"(?:el|la|mi|nuestro|nuestra|quien)", formal)
    text, saved = _guarded(text, _ES_REPORT)
    text = re.sub(r"\b([Mm])e\s+(?:la|lo)\s+(presentó|presentaron)\b", lambda m: cased(m.group(1) + "e", "nos") + " "
                  + m.group(2), text)  # "me la presentó Andrés": Andrés introduced us
    if not formal:  # "tutéale": "su stand", "sus posts" are the person's ("tu stand"), as "usted" is not used
        text = _familiar_yours(r"\b(su|sus)\b(?=\s+[^\W\d_])", text)
    if not formal:  # "pregúntale si comparte el protocolo" asked: "¿Compartes el protocolo?"
        text = re.sub(rf"¿({_W})\b", lambda m: "¿" + cased(m.group(1), _es_second_person(m.group(1)) or m.group(1))
                      if m.group(1).lower() not in ("qué", "cómo", "cuándo", "dónde", "cuál", "quién", "cuánto", "cuánta",
                                                    "hay", "es", "está", "sería", "podría")
                      else m.group(0), text)
    if not formal:  # "quiero presentarme y felicitarla" -> "felicitarte"
        text = re.sub(r"\b(felicitar|saludar|conocer|contactar|invitar|escuchar|llamar|ver|agradecer)(la|lo|le)\b", r"\1te",
                      text, flags=re.I)
    if not formal:  # "lo conocí en la feria" -> "te conocí" (usted keeps "lo")
        text = re.sub(rf"(^|[.!?;]\s+)(lo|la)\s+(?={_ES_PERSON_VERBS})",
                      lambda m: m.group(1) + cased(m.group(2), "te") + " ", text, flags=re.I)
    gender = gender or one_gender(text, r"\bél\b", r"\bella\b")
    if gender is None:
        return unshielded(text, saved)
    p = "él" if gender == "m" else "ella"
    mine = "su" if formal else "tu"
    text = replace(rf"\b(el|la|los|las)\s+({_W})\s+de\s+{p}\b",  # "la charla de ella" -> "su charla"
                   lambda m: cased(m.group(1), mine + ("s " if m.group(1).lower() in ("los", "las") else " "))
                   + m.group(2), text)
    if formal:
        return unshielded(replace(rf"\b{p}\b", "usted", text), saved)
    text = replace(rf"\bcon\s+{p}\b", "contigo", text)
    text = replace(rf"\b(a|de|para|por|sin|sobre|hacia|en|desde|según)\s+{p}\b",
                   lambda m: m.group(1) + " ti", text)
    text = replace(rf"\b{p}(?=\s+(?:y|e)\b)", "tú", text)  # "tú y tu socio crearon": the verb stays plural

    def coordinated(m: re.Match[str]) -> str:
        verb = _es_second_person(m.group(2))
        return m.group(0) if verb is None else m.group(1) + verb

    def subject(m: re.Match[str]) -> str:
        verb = _es_second_person(m.group(3))
        if verb is None:
            return m.group(0)
        clitics = re.sub(r"\bse\b", "te", m.group(2))
        rest = re.sub(rf"(\by\s+(?:no\s+|ya\s+|también\s+)?)({_W})(?=\s+{_ES_OBJECT})", coordinated, m.group(4),
                      flags=re.I)  # "y dirige una startup" -> "y diriges"
        return cased(m.group(1), "tú") + clitics + " " + cased(m.group(3), verb) + rest

    text = re.sub(rf"\b({p})({_ES_CLITICS})\s+({_W})({_ES_REST})", subject, text, flags=re.I)
    return unshielded(text, saved)


# ---- Portuguese: "você" whether formal or not

_PT_REPORT = re.compile(rf"(?:(?P<art>\b(?:o|a)\s+))?(?P<who>{_W})\s+(?:(?:me|nos|te)\s+)?(?:disse|diz|falou|fala|"
                        r"contou|conta|comentou|acha|achou|mencionou|garantiu)\s+que\s+(?P<p>ele|ela)\b", re.I)
_PT_POSSESSIVE = {"o": "o seu", "a": "a sua", "os": "os seus", "as": "as suas"}
#: "da empresa dele" -> "da sua empresa", by the article's last letters
_PT_MINE = {"a": "sua", "à": "sua", "o": "seu", "as": "suas", "às": "suas", "os": "seus"}


def _pt_mine(contraction: str) -> str:
    low = contraction.lower()
    return _PT_MINE[low[-2:] if low.endswith("s") else low[-1:]]


#: "a gente" with its verb, said as "nós" (a small model misreads it: "uma geração patrocinou")
_PT_WE = {"é": "somos", "tem": "temos", "está": "estamos", "foi": "fomos", "fez": "fizemos", "vai": "vamos",
          "pode": "podemos", "quer": "queremos", "era": "éramos", "tinha": "tínhamos", "ia": "íamos", "teve": "tivemos",
          "esteve": "estivemos", "conheceu": "conhecemos", "trabalha": "trabalhamos", "precisa": "precisamos"}


def _pt_we(m: re.Match[str]) -> str:
    """"a gente patrocinou" -> "nós patrocinamos": the verb in the first person plural, where its form is sure."""
    verb = m.group(3).lower()
    said = _PT_WE.get(verb) or (verb[:-2] + {"ou": "amos", "eu": "emos", "iu": "imos"}[verb[-2:]]
                                if verb[-2:] in ("ou", "eu", "iu") and len(verb) > 4 else
                                verb[:-3] + "ávamos" if verb.endswith("ava") and len(verb) > 4 else None)
    return m.group(0) if said is None else cased(m.group(1), "nós") + " " + ("nos " if m.group(2) else "") + said


def portuguese(text: str, formal: bool = True, gender: str | None = None) -> str:
    text = re.sub(rf"(?:^|(?<=[,.;!?] )|(?<=\be )|(?<=\bque ))(a gente)\s+(?:(se)\s+)?({_W})", _pt_we, text, flags=re.I)
    text = _opening_copula(text, {"é": ("você é",) * 2, "era": ("você era",) * 2, "foi": ("você foi",) * 2,
                                  "seria": ("você seria",) * 2},
                           r"(?:o|a|meu|minha|nosso|nossa|quem)", formal)
    text, saved = _guarded(text, _PT_REPORT)
    gender = gender or one_gender(text, r"\b(?:ele|dele|nele)\b", r"\b(?:ela|dela|nela)\b")
    only_possessive = False
    first = re.search(r"\b(?:ele|dele|nele|ela|dela|nela)\b", text, re.I)
    if gender is None and first and first.group(0).lower() in ("dele", "dela") \
            and not re.search(r"\b(?:meu|minha|meus|minhas|nosso|nossa)\b", text[:first.start()], re.I):
        # "a empresa dele fez o furo da escola da minha tia, ela elogiou": the first one named is the person;
        # the later "ela" may be the aunt, so only "dele" after a noun is said as "sua"
        gender, only_possessive = ("m" if first.group(0).lower() == "dele" else "f"), True
    if gender is None:  # "a gente fornece leite pra eles": no one but the person's firm
        text = replace(r"\b(pra|para|com|a)\s+eles\b", lambda m: m.group(1) + " vocês", text)
        return unshielded(replace(r"\bdeles\b", "de vocês", text), saved)
    word, of, at = ("ele", "dele", "nele") if gender == "m" else ("ela", "dela", "nela")
    text = replace(rf"\b(o|a|os|as)\s+({_W})\s+{of}\b", lambda m: cased(m.group(1), _PT_POSSESSIVE[m.group(1).lower()])
                   + " " + m.group(2), text)  # "o percurso dela" -> "o seu percurso"
    text = replace(rf"\b(da|do|das|dos|na|no|nas|nos|pela|pelo|pelas|pelos|à|ao|às|aos)\s+({_W})\s+{of}\b",
                   lambda m: m.group(1) + " " + _pt_mine(m.group(1)) + " " + m.group(2), text)
    if only_possessive:
        return unshielded(text, saved)
    text = replace(rf"\b{of}\b", "de você", text)
    text = replace(rf"\b{at}\b", "em você", text)
    text = replace(rf"\b{word}\b", "você", text)
    text = re.sub(r"^você (?:postou|publicou|escreveu) (sobre|a respeito de)\b", r"vi sua publicação \1", text)  # "ela
    # postou sobre alinhadores, sou ortodontista": what the sender saw, not her post told back to her
    return unshielded(text, saved)


# ---- French

_FR_REPORT = re.compile(rf"(?P<who>{_W})\s+(?:(?:m['’]|nous\s+|lui\s+|t['’])?a\s+|a\s+)?(?:dit|raconté|expliqué|"
                        r"assuré|écrit|pense|trouve|croit|affirme|confirme|dit)\s+(?:que\s+|qu['’])"
                        r"(?P<p>il|elle)\b", re.I)
_FR_VOUS = {"est": "êtes", "a": "avez", "était": "étiez", "sera": "serez", "serait": "seriez", "fait": "faites",
            "dit": "dites", "va": "allez", "peut": "pouvez", "veut": "voulez", "avait": "aviez", "aura": "aurez",
            "aurait": "auriez", "connaît": "connaissez", "connait": "connaissez", "sait": "savez", "doit": "devez",
            "vient": "venez", "devient": "devenez", "tient": "tenez", "prend": "prenez", "apprend": "apprenez",
            "comprend": "comprenez", "met": "mettez", "vit": "vivez", "voit": "voyez", "lit": "lisez",
            "écrit": "écrivez", "part": "partez", "sort": "sortez", "sert": "servez", "suit": "suivez",
            "finit": "finissez", "choisit": "choisissez", "réussit": "réussissez", "produit": "produisez",
            "construit": "construisez", "conduit": "conduisez", "court": "courez", "reçoit": "recevez",
            "croit": "croyez", "fera": "ferez", "ira": "irez", "pourra": "pourrez", "voudra": "voudrez",
            "devra": "devrez", "saura": "saurez", "viendra": "viendrez"}
_FR_TU = {"est": "es", "a": "as", "fait": "fais", "dit": "dis", "va": "vas", "peut": "peux", "veut": "veux",
          "connaît": "connais", "connait": "connais", "sait": "sais", "doit": "dois", "vient": "viens",
          "devient": "deviens", "tient": "tiens", "prend": "prends", "apprend": "apprends", "comprend": "comprends",
          "met": "mets", "vit": "vis", "voit": "vois", "lit": "lis", "écrit": "écris", "part": "pars",
          "sort": "sors", "sert": "sers", "suit": "suis", "finit": "finis", "choisit": "choisis",
          "réussit": "réussis", "produit": "produis", "construit": "construis", "conduit": "conduis",
          "court": "cours", "reçoit": "reçois", "croit": "crois"}
_FR_IMPERSONAL = re.compile(r"il\s+(?:y\s+(?:a|avait|aura)|faut|fallait|s['’]agit|paraît|parait|semble|reste|"
                            r"manque|suffit|vaut|pleut|est\s+\w+\s+(?:de|d['’]|que|qu['’]))\b", re.I)
_FR_CLITICS = r"((?:(?:ne\s+|n['’]))?(?:(?:me\s+|m['’]|nous\s+|lui\s+|leur\s+|y\s+|en\s+|se\s+|s['’]|" \
              r"le\s+|la\s+|l['’]|les\s+))*)"
_FR_POSSESSIVE = {"son": ("votre", "ton"), "sa": ("votre", "ta"), "ses": ("vos", "tes")}
_FR_VOWELS = "aeiouyhéèêâîôûœ"
_FR_ELIDED = {"qu": "que", "s": "si", "lorsqu": "lorsque", "puisqu": "puisque", "quoiqu": "quoique"}
_FR_NOT_VERB_END = ("able", "ible", "aire", "iste", "ique", "ile", "elle", "ère", "euse", "trice", "ice", "ste",
                    "phe", "ome", "ogue")
_FR_DETERMINER = r"(?:le|la|les|l['’]|des|du|un|une|au|aux|à|sur|avec|pour|en|son|sa|ses|mon|ma|mes|notre|nos|" \
                 r"leur|leurs|ce|cette|ces|de\s+(?:la|l['’]|nombreux|nombreuses))\b"


def _fr_verb(verb: str, formal: bool, clitic: bool = False) -> str | None:
    low = verb.lower()
    table = _FR_VOUS if formal else _FR_TU
    if low in table:
        return table[low]
    if low.endswith("ait"):  # imperfect and conditional: travaillait -> travailliez / travaillais
        return low[:-3] + ("iez" if formal else "ais")
    if low.endswith("ra") and len(low) > 4:  # future
        return low + ("z" if formal else "s")
    if low.endswith("e") and len(low) > 2 and (clitic or not low.endswith(_FR_NOT_VERB_END)):
        return low + ("z" if formal else "s")  # dirige -> dirigez / diriges
    return None


def _fr_clitics(clitics: str, formal: bool, verb: str) -> str:
    """"s'" (the person's reflexive) becomes "vous " / "te ", "t'" before a vowel."""
    elide = verb[:1].lower() in _FR_VOWELS

    def reflexive(m: re.Match[str]) -> str:
        return "vous " if formal else ("t'" if elide and m.end() == len(clitics) else "te ")
    return re.sub(r"\bs['’]|\bse\s+", reflexive, clitics)


def french(text: str, formal: bool, gender: str | None = None) -> str:
    text = re.sub(r"\b[Cc](?:'est| est|) (?:lui|elle) (le|la|l')", lambda m: ("vous êtes " if formal else "tu es ") + m.group(1),
                  text)  # "c lui le commercial de la fonderie": the person, told
    text = re.sub(r"\bon bosse\b", "nous travaillons", text)  # (slang the note would not say)
    text = re.sub(r"(^|[,;.]\s+)[Cc](?:'|’| )est (?=(?:mon|ma|mes|notre) (?:(?:futur|future|nouveau|nouvel|nouvelle|"
                  r"prochain|prochaine)\s)?(?:patron|patronne|chef|cheffe|manager|responsable|directeur|directrice|"
                  r"supérieur|supérieure|boss|n\+1|mentor|tuteur|tutrice|collègue)\b)",
                  lambda m: m.group(1) + ("vous êtes " if formal else "tu es "), text)  # "c'est ma future patronne"
    text, saved = _guarded(text, _FR_REPORT)
    personal = re.sub(r"\b(?:qu|s|lorsqu|puisqu)['’]", " ", text)
    personal = _FR_IMPERSONAL.sub("", personal)
    has_il, has_elle = re.search(r"\bil\b", personal, re.I), re.search(r"\belle\b", personal, re.I)
    if (has_il and has_elle) or saved:
        return unshielded(text, saved)
    you = "vous" if formal else "tu"
    text = re.sub(r"\b([Oo])n\s+(était|avait)\b", lambda m: cased(m.group(1) + "n", "nous") + " " + {
        "était": "étions", "avait": "avions"}[m.group(2)], text)  # "on était au même webinaire"
    text = replace(r"\bchez\s+eux\b", "chez vous", text)  # "ce qui marche chez eux": at the person's firm
    text = replace(r"\b(son|sa|ses)\s+(?=[^\W\d_])",
                   lambda m: cased(m.group(1), _FR_POSSESSIVE[m.group(1).lower()][0 if formal else 1]) + " ", text)
    gender = gender or ("m" if has_il else "f" if has_elle else None)
    text = _fr_objects(text, formal, gender)
    # "c'est lui mon maître d'apprentissage": the person, stressed
    text = replace(r"\b(c['’]est)\s+(?:lui|elle)\b(?!-|\s+qu)",
                   lambda m: m.group(1) + (" vous" if formal else " toi"), text)
    if gender is None:
        return unshielded(text, saved)
    pronoun = "il" if gender == "m" else "elle"

    def subject(m: re.Match[str]) -> str:
        whole, elided = m.group(0), (m.group(1) or "").rstrip("'’").lower()
        if pronoun == "il" and _FR_IMPERSONAL.match(whole[len(m.group(1) or ""):]):
            return whole
        verb = _fr_verb(m.group(4), formal, clitic=bool(m.group(3).strip()))
        if verb is None:
            return whole
        lead = cased(m.group(1), _FR_ELIDED[elided] + " " + you) if elided else cased(m.group(2), you)
        return lead + " " + _fr_clitics(m.group(3), formal, verb) + cased(m.group(4), verb) + \
            _fr_and(m.group(5), formal)

    text = re.sub(rf"\b((?:qu|s|lorsqu|puisqu|quoiqu)['’])?({pronoun})\s+{_FR_CLITICS}({_W})({_FR_REST})",
                  subject, text, flags=re.I)
    return unshielded(text, saved)


#: the rest of a clause, up to its end or another subject
_FR_REST = r"(?:(?!\b(?:il|elle|ils|elles|je|nous|on|qui|que)\b|\b(?:qu|j|s|lorsqu|puisqu)['’])[^.;!?])*"


def _fr_and(rest: str, formal: bool) -> str:
    """Verbs coordinated with "et" in the rest of the clause: "et recrute des alternants" -> "et recrutez"."""

    def coordinated(m: re.Match[str]) -> str:
        verb = _fr_verb(m.group(2), formal)
        return m.group(0) if verb is None else m.group(1) + verb + m.group(3)

    return re.sub(rf"(\bet\s+(?:ne\s+|n['’])?)({_W})(\s+{_FR_DETERMINER})", coordinated, rest, flags=re.I)


_FR_PERSON_VERBS = r"(?:rencontr|crois|connu|connai|connaî|contact|remerci|félicit|invit|recrut|interview|admir|" \
                   r"appréci|recommand|entendue?\s+(?:jouer|parler|chanter|présenter|expliquer|intervenir))"


def _fr_objects(text: str, formal: bool, gender: str | None) -> str:
    """"lui" (after the sender as subject, before an infinitive, after a preposition), and "l'"/"le"/"la"
    before a verb of meeting or knowing someone ("je l'ai rencontré" -> "je vous ai rencontré")."""
    def clitic(m: re.Match[str]) -> str:
        return m.group(1) + ("vous " if formal else "t'" if m.group(2)[:1].lower() in _FR_VOWELS else "te ")

    text = re.sub(rf"\b((?:de|à|pour|sans|voudrais|veux|voulais|aimerais|souhaite|souhaiterais|dois|peux|pourrais|"
                  rf"vais|compte)\s+)lui\s+(?=({_W}(?:er|ir|re|oir)\b))", clitic, text, flags=re.I)
    text = re.sub(rf"\b((?:je|tu|nous|on|ne)\s+|n['’])lui\s+(?=({_W}))", clitic, text, flags=re.I)
    stressed = "lui|elle" if gender == "f" else "lui"  # "échanger avec elle": only where she is the person
    text = replace(rf"\b(avec|pour|chez|de|à|sans|entre|par|sur|vers|contre|selon|comme|que)\s+(?:{stressed})\b",
                   lambda m: m.group(1) + (" vous" if formal else " toi"), text)
    text = replace(rf"\b[Dd]['’](?:{stressed})\b", "de vous" if formal else "de toi", text)  # "apprendre d'elle"
    text = replace(rf"(?<![\w'’])(?:{stressed})(?=\s+en\s+\d{{4}}\b)", "vous" if formal else "toi",
                   text)  # "elle en 2014 moi en 2022": the person, stressed
    text = re.sub(rf"\b((?:je|nous|on|ne)\s+)l['’](?=((?:ai|avais|avons|aurais|a)\s+(?:déjà\s+|bien\s+|jamais\s+)?"
                  rf"{_FR_PERSON_VERBS}|{_FR_PERSON_VERBS}))", clitic, text, flags=re.I)
    pronouns = {"m": "le", "f": "la"}.get(gender or "", "le|la")
    # "m'a conseillé de la contacter": told to contact the person
    text = re.sub(rf"\b((?:conseillé|dit|suggéré|recommandé|proposé|demandé)e?\s+de\s+)(?:{pronouns}\s+|l['’])(?=(contacter|"
                  rf"appeler|ajouter|joindre|rencontrer|remercier|solliciter|écrire|voir|connaître)\b)", clitic, text, flags=re.I)
    # "je voulais la remercier": a modal, the person, a verb that takes a person
    text = re.sub(rf"\b((?:voulais|voudrais|veux|aimerais|souhaite|souhaiterais|dois|peux|pourrais|vais|compte|"
                  rf"tiens à)\s+)(?:{pronouns}\s+|l['’])(?=(remercier|rencontrer|contacter|féliciter|connaître|revoir|"
                  rf"voir|appeler|inviter|aider|suivre|écouter|entendre|saluer|interroger)\b)", clitic, text,
                  flags=re.I)
    return re.sub(rf"\b((?:je|nous|on|ne)\s+)(?:{pronouns})\s+(?=({_FR_PERSON_VERBS}|suis\b|vois\b))",
                  lambda m: m.group(1) + ("vous " if formal else "te "), text, flags=re.I)


# ---- Italian: "Lei" (formal) takes the third-person verb; "tu" (informal) its own

_IT_REPORT = re.compile(rf"(?:(?P<art>\b(?:il|la|lo)\s+))?(?P<who>{_W})\s+(?:(?:mi|ci|ti)\s+)?(?:ha\s+)?"
                        r"(?:detto|dice|diceva|pensa|crede|racconta|raccontato|scritto)\s+che\s+(?P<p>lui|lei)\b",
                        re.I)
_IT_ARTICLE = r"(?:il|lo|la|i|gli|le|un|una|uno|al|allo|alla|ai|agli|alle|nel|nella|nello|nei|negli|nelle)\b"
#: the rest of a clause, up to its end or another subject
_IT_REST = r"(?:(?!\b(?:io|lui|lei|noi|loro|che|ma|perché)\b)[^.;!?])*"
_IT_2SG = {"è": "sei", "ha": "hai", "fa": "fai", "va": "vai", "sa": "sai", "può": "puoi", "vuole": "vuoi",
           "deve": "devi", "sta": "stai", "dà": "dai", "era": "eri", "fu": "fosti", "conosce": "conosci"}


def _it_second_person(verb: str) -> str | None:
    low = verb.lower()
    if low in _IT_2SG:
        return _IT_2SG[low]
    if low.endswith(("ava", "eva", "iva")):
        return low[:-1] + "i"  # lavorava -> lavoravi
    if low.endswith("à") and len(low) > 3:
        return low[:-1] + "ai"  # sarà -> sarai
    if low.endswith(("ca", "ga")) and len(low) > 3:
        return low[:-1] + "hi"  # gioca -> giochi
    if low.endswith(("a", "e")) and len(low) > 3:
        return low[:-1] + "i"  # lavora -> lavori, scrive -> scrivi
    return None


def italian(text: str, formal: bool, gender: str | None = None) -> str:
    text = _opening_copula(text, {"è": ("Lei è", "sei"), "era": ("Lei era", "eri"),
                                  "sarebbe": ("Lei sarebbe", "saresti")},
                           r"(?:il|la|lo|mio|mia|nostro|nostra|chi)", formal)
    text, saved = _guarded(text, _IT_REPORT)
    # "vorrei proporgli la nostra distribuzione": "to him" on an infinitive is to the person ("proporle", "proporti")
    text = re.sub(r"\b(\w{2,}[aeio]r)gli\b", lambda m: m.group(1) + ("le" if formal else "ti"), text)
    # "volevo ricontattarlo": a verb that takes a person, said to the person ("ricontattarla", "ricontattarti")
    text = re.sub(rf"\b((?:ri)?(?:contattar|conoscer|incontrar|ringraziar|salutar|sentir|veder|chiamar))"
                  rf"(?:lo|la)\b", lambda m: m.group(1) + ("la" if formal else "ti"), text)
    # "passo al loro stand": their firm's, said to the person ("al vostro stand"), as English does
    for articles, ours in (("al|il|del|nel|sul|dal|allo|lo|dello|nello", "vostro"),
                           ("la|alla|della|nella|sulla|dalla", "vostra"), ("i|ai|dei|nei|sui|dai", "vostri"),
                           ("le|alle|delle|nelle|sulle|dalle", "vostre")):
        text = re.sub(rf"\b({articles})\s+loro\b", rf"\1 {ours}", text, flags=re.I)
    if not formal:  # "dagli del tu": "i suoi post" are the person's ("i tuoi post"), as "Lei" is not used
        text = _familiar_yours(r"\b(suo|sua|suoi|sue)\b", text)
        text = re.sub(r"(?<=[,;] )era(?= (?:sedut[oa]|accanto|vicino|lì|li|presente)\b)", "eri", text)  # "era seduta
        # vicino a me": where the person sat
    gender = gender or one_gender(text, r"\blui\b", r"\blei\b")
    if gender is None:
        return unshielded(text, saved)
    p = "lui" if gender == "m" else "lei"
    if formal:
        return unshielded(re.sub(rf"\b{p}\b", "Lei", text, flags=re.I), saved)
    text = replace(rf"\b(con|per|di|a|da|su|tra|fra|senza|come)\s+{p}\b", lambda m: m.group(1) + " te", text)

    def subject(m: re.Match[str]) -> str:
        verb = _it_second_person(m.group(3))
        if verb is None:
            return m.group(0)
        rest = re.sub(rf"(\be\s+(?:non\s+|anche\s+)?)({_W})(?=\s+{_IT_ARTICLE})", coordinated, m.group(4), flags=re.I)
        return cased(m.group(1), "tu") + re.sub(r"\bsi\b", "ti", m.group(2)) + " " + cased(m.group(3), verb) + rest

    def coordinated(m: re.Match[str]) -> str:  # "e insegna al Politecnico" -> "e insegni"
        verb = _it_second_person(m.group(2))
        return m.group(0) if verb is None else m.group(1) + verb

    text = re.sub(rf"\b({p})((?:\s+(?:non|già|anche|ancora|mi|ci|si))*)\s+({_W})({_IT_REST})", subject, text,
                  flags=re.I)
    return unshielded(text, saved)

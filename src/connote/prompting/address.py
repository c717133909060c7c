"""How the note addresses the person: formally (usted, Sie, vous, Lei, u) or informally (tú, du, tu, je).

A reason that already speaks to the person informally ("vi tu charla", "dein Vortrag", "ton article") asks for
the informal "you"; any other reason gets the formal one, except in Dutch, where LinkedIn says "je"/"jij"
unless the reason itself says "u". People who worked together say the informal one. Portuguese "você" serves both.
English has no such choice: a reason that asks for a formal note is greeted "Dear …".
"""

from __future__ import annotations

import re

_INFORMAL = {
    "es": re.compile(r"\b(?:tú|tu|tus|te|ti|contigo|eres|tienes)\b", re.I),
    "pt": re.compile(r"\b(?:tu|te|ti|teu|tua|teus|tuas|contigo)\b", re.I),
    "de": re.compile(r"\b(?:du|dich|dir|dein|deine|deinen|deinem|deiner|deines)\b", re.I),
    "fr": re.compile(r"\b(?:tu|te|toi|ton|ta|tes)\b|\bt['’](?=[^\W\d_])", re.I),
    "it": re.compile(r"\b(?:tu|ti|te|tuo|tua|tuoi|tue)\b", re.I),
}
_DUTCH_FORMAL = re.compile(r"\b(?:u|uw)\b", re.I)
#: the writer told which "you" to use ("tutealo", "bitte siezen", "vouvoyer svp", "dagli del lei", "usa você"),
#: informal and formal
_ASKED_INFORMAL = (r"tut[eé]a(?:r|l[oae]|me)?|tutoie[rz]?|tutoyer|tutoiement|duzen|dutzen|per du|duz(?:e)? (?:ihn|sie)|"
                   r"duzt man sich|man duzt sich|wir duzen uns|duzen uns|on se tutoie|on se tutoyait|nous nous tutoyions|nos tuteamos|ci diamo del tu|ci davamo del tu|(?:gli|le) do del tu|"
                   r"(?:da(?:i|re|gli|lle|ndogli|ndole|mmi))(?: pure| pur| anche)? del tu|du passt|(?:usa|use|usar|trata(?:r|le|la|lo)?) (?:de |il |el )?(?:tú|tu)|de tú|"
                   r"informal you|jij-vorm|je-vorm|tutear(?:le|la|lo)?|du-form|gebruik (?:je|jij)|(?:je|jij)(?:/(?:je|jij))? gebruiken|met (?:je|jij)/(?:je|jij)|"
                   r"(?:trata(?:-[oa])?|tratar|tratá-l[oa]) por tu|(?:gewoon )?(?:jij|je) zeggen|zeg (?:maar )?jij|"
                   r"gewoon (?:je|jij)(?:/(?:je|jij))?(?:,? niet u)?|(?:je|jij)(?:/(?:je|jij))?,? niet u|"
                   r"(?:keine|ohne) f(?:ö|oe)rmliche anrede|nicht (?:so )?f(?:ö|oe)rmlich|(?:bitte )?nicht siezen|"
                   r"pas de vouvoiement|ne (?:pas )?(?:le |la )?vouvoyer|no (?:l[oa] )?trates de usted|non dar(?:e|gli|le) del lei")
_ASKED_FORMAL = (r"vouvoie[rz]?|vouvoyer|vouvoiement|siezen|per sie|siez(?:e)? (?:ihn|sie)|(?:da(?:i|re|gli|lle|ndogli|ndole|mmi)|dia)(?: pure)? del lei|"
                 r"(?:gli|le) do del lei|"
                 r"(?:usa|use|usar|trata(?:r|le|la|lo)?|trát[ea]l[oae]|háblale|hablale) (?:de )?usted|de usted|ustedear|"
                 r"formal you|formal sie|formal usted|formal vous|u-vorm|met u(?: graag)?(?=\W*$|\s*[,.;])|"
                 r"(?:usa|use|usar|trata(?:r)?) (?:o senhor|a senhora)|sie-form|gebruik (?:de )?u|"
                 r"(?:trata(?:-[oa])?|tratar|tratá-l[oa]) por (?:o senhor|a senhora|professora?|doutora?|prof\w*)")
#: a request of that kind ("tutealo", "usa você"): for the writer, never said in the note
ADDRESS_FORM = re.compile(rf"\b(?:{_ASKED_INFORMAL}|{_ASKED_FORMAL}|(?:usa|use|usar) (?:você|voce|vous|du|sie|u)|"
                          rf"(?:trata(?:-[oa])?|tratar) por (?:você|voce)|(?:ge)?(?:duzt|siezt)|tutoy[ée]e?s?|vouvoy[ée]e?s?|"
                          rf"tutea(?:do|ba|ban)|tutoy(?:ait|aient|ions)|vouvoy(?:ait|aient|ions))\b", re.I)


#: a reason of people who worked together ("trabajamos juntas en el hotel", "on a bossé ensemble"): colleagues,
#: former ones too, say the informal "you" to each other (a blind reader failed "usted era mi jefa")
_WORKED_TOGETHER = {
    "es": re.compile(r"\b(?:trabaj(?:amos|ábamos|abamos) junt[oa]s|(?:fuimos|éramos|eramos) (?:compañer[oa]s|colegas)|"
                     r"(?:ex|antigu[oa]s?) compañer[oa]s? de trabajo)\b", re.I),
    "pt": re.compile(r"\b(?:trabalh(?:amos|ávamos|avamos) junt[oa]s|(?:fomos|éramos|eramos) colegas|"
                     r"(?:ex|antig[oa]s?) colegas? de trabalho)\b", re.I),
    "it": re.compile(r"\b(?:abbiamo lavorato insieme|lavoravamo insieme|(?:eravamo|siamo stat[ie]) colleghi|"
                     r"(?:ex|vecchi[oa]?) colleg(?:a|hi|he))\b", re.I),
    "fr": re.compile(r"\b(?:on a (?:bossé|bosse|travaillé|travaille) ensemble|nous avons travaillé ensemble|"
                     r"on (?:bossait|travaillait) ensemble|(?:on était|nous étions) collègues|(?:ex|ancien(?:ne)?s?)[- ]collègues?)\b", re.I),
    "de": re.compile(r"\b(?:(?:haben|hatten) (?:\w+ )?zusammen gearbeitet|(?:waren|sind) (?:ehemalige )?kollegen|"
                     r"ehemalige[rn]? (?:kollegin|kollege|kollegen)|ex-?kolleg(?:in|e|en))\b", re.I),
}
#: English asks the formal greeting in words ("formal pls"; not "not too formal", "informal")
_ENGLISH_FORMAL = re.compile(r"(?<!\bnot )(?<!\bnot too )(?<!\bnot so )(?<!\btoo )(?<!\bnothing )(?<!\bbe )\bformal(?:ly)?\b"
                             r"(?! (?:event|dinner|attire|education|training|qualification|complaint|offer|"
                             r"interview|process|review|request|meeting|proposal)s?\b)", re.I)


def formality(reason: str, language: str) -> bool:
    """True for the formal "you" (usted, você, Sie, vous, Lei, u), False for the informal one, as the reason's
    own wording asks (see the module's docstring), or as the reason tells the writer to ("tutealo", "bitte
    siezen")."""
    asked = re.search(rf"\b(?:(?P<informal>{_ASKED_INFORMAL})|{_ASKED_FORMAL})\b", reason, re.I)
    if asked:
        return asked.group("informal") is None
    if language == "en":  # no "you" to choose: only the greeting ("Dear Adaeze,")
        return bool(_ENGLISH_FORMAL.search(reason))
    if language in _WORKED_TOGETHER and _WORKED_TOGETHER[language].search(reason):
        return False
    if language == "nl":
        return _DUTCH_FORMAL.search(reason) is not None
    informal = _INFORMAL.get(language)
    return informal is None or informal.search(reason) is None

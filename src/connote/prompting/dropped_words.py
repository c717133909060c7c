"""The small words a casual English reason drops, given back before the model copies their lack: "the" before
the event it names ("met at hospitality expo"), "in" before a month ("starting at her practice march"), "a former"
for "ex" ("you're ex chief engineer"), what "via Ngozi" and "ex flipkart too" say ("Ngozi pointed me your way",
"I used to work at Flipkart too")."""

from __future__ import annotations

import re

from .english_words import names_a_person

#: what an event is called at the end of the words that name it ("hospitality expo", "the regional dairy summit")
_EVENT = (r"(?:expo|conference|conf|summit|fair|trade ?show|meetup|meet-up|workshop|festival|congress|convention|"
          r"forum|hackathon|bootcamp|gala|symposium|mixer|retreat|open day|masterclass|roadshow|trade fair|booth|stand)")
#: words that already make what follows definite, or are not a name's words ("at last year's expo", "at a fair")
_DETERMINERS = {"the", "a", "an", "my", "your", "his", "her", "our", "their", "this", "that", "last", "next", "every",
                "each", "some", "any", "one", "its", "which", "what", "another"}
#: words inside the event's name that show it is no name ("at our stand", "by at their stand")
_NOT_A_NAME = _DETERMINERS | {"at", "by", "to", "from", "in", "on", "of", "with"}
_AT_EVENT = re.compile(rf"\b(at|from|during|after|before|since) ((?:[a-z][a-z'-]* ){{0,3}}){_EVENT}s?\b"
                       r"(?=\s*(?:[.,;!?]|$)|\s+(?:in|on|last|this|and|where|when|back|earlier|yesterday|today)\b)")

#: a booth or stand named by its firm, whatever its capitals ("met at Dentex JHB booth")
_AT_BOOTH = re.compile(r"\b(at|from|by|to) ((?:[^\W\d_][\w'-]* ){1,3})(?:booth|stand|stall)\b")

_MONTH = r"(?:january|february|march|april|june|july|august|september|october|november|december)"
#: a month said after what starts then, with no "in" ("starting at her practice march", "joining the team october")
_WHEN_STARTING = re.compile(rf"\b((?:start|starting|starts|join|joining|begin|beginning|move|moving|relocating|"
                            rf"arriving|graduating|graduate|visiting|back)\b[^.,;!?]*? (?!(?:in|on|by|from|until|since|"
                            rf"early|late|mid|next|last|this|of|end|before|after|till|through|is|was|be|are)\b)[a-z]+) ({_MONTH})\b"
                            rf"(?= *(?:[.,;!?]|$))", re.I)
#: "you're ex chief engineer", "I'm ex navy": a former one
_EX = re.compile(r"\b((?:you're|I'm|you are|I am) )ex (?=[a-z])")
#: "ex flipkart too": where the sender worked, as the person did
_EX_TOO = re.compile(r"(^|[.!?]\s+)[Ee]x[- ]([^\W\d_][\w&'’-]*(?: [^\W\d_][\w&'’-]*)?) too\b")
#: "6 years go/postgres": years of a skill ("6 years of go/postgres"), not "6 years ago", "8 years at a plant"
_YEARS_OF = re.compile(r"\b(\d+ years) (?!(?:ago|old|of|in|at|with|experience|on|as|now|later|before|after|and|to|for|back|"
                       r"since|here|there|straight|already|into|above|ahead|below|behind|younger|older|apart|senior|junior|"
                       r"earlier|away|out|over|under|between|from|by|offshore|onshore|abroad|overseas|remote|remotely)\b|"
                       r"[a-z]+(?:ing|ed)\b)(?=[a-z])")
#: "YT videos on go concurrency helped me a ton": the person's channel
_THEIR_CHANNEL = re.compile(r"(^|[.!?]\s+)(YT|YouTube|TikTok|Insta) (videos?|channel|shorts|reels|posts)\b")
#: "I'm a big fan, coach too": a kind of person the sender is as well, after a comma
_ROLE_TOO = re.compile(r"\b(I'm [^,.;!?]+), ([a-z]+) too\b")
#: a sentence that only names who put them in touch ("via Ngozi"): what that person did
_VIA = re.compile(r"(^|[.!?,;]\s+)[Vv]ia ([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)(?=\s*(?:[.!?]|$))")


def restored(text: str) -> str:
    """``text`` (English, in the note's voice) with the small words a casual reason leaves out given back."""
    text = _AT_BOOTH.sub(_the_event, _AT_EVENT.sub(_the_event, text))
    text = _WHEN_STARTING.sub(lambda m: f"{m.group(1)} in {m.group(2).capitalize()}", text)
    text = _VIA.sub(r"\1\2 pointed me your way", text)
    text = _YEARS_OF.sub(r"\1 of ", text)
    text = re.sub(r"\b(same (?:field|industry|space|trade|sector)) (?=[a-zA-Z])(?!(?:as|at|in|and|but|so|too|as well)\b)", r"\1, ", text)  # "same field, ux research"
    text = _THEIR_CHANNEL.sub(r"\1Your \2 \3", text)
    text = _EX_TOO.sub(r"\1I used to work at \2 too", text)
    text = re.sub(r"\b(fan) of you(?=[.,;!?]|$)", r"\1 of your work", text)  # "big fan of her": not "a fan of you"
    text = re.sub(r"^(?:an? )?alum(?:na|nus|ni)?, ([^.,;!?]{3,40})(?=[.;!?]|$)", r"I'm a fellow \1 alum", text)  # "alum,
    # mcgill dentistry"
    text = re.sub(r"^(?:my )?future (boss|manager|supervisor|team lead|lead|head)(?: (?:hopefully|maybe|fingers crossed))?,"
                  r"(?: and)? ", r"I hope you'll be my future \1. ", text)  # "future boss hopefully, applying for …"
    text = re.sub(r"\bI got (an? (?:interview|call|meeting|chat|screening)\b(?=[^.;!?]*\b(?:soon|next|tomorrow|tmrw|this "
                  r"(?:week|month|friday|monday)|on (?:mon|tue|wed|thu|fri)\w*)\b))", r"I have \1", text)  # "got an
    # interview soon": one to come
    text = _ROLE_TOO.sub(lambda m: f"{m.group(1)}, and I'm {'an' if m.group(2)[0] in 'aeiou' else 'a'} {m.group(2)} too"
                         if names_a_person(m.group(2)) else m.group(0), text)
    text = re.sub(r"^I'm (still |currently )?(hiring|recruiting)\b(?=[^.!]*\?$)", r"Are you \1\2", text)  # "still hiring?"
    text = re.sub(r"(?<=\w) \+ (?=[a-z])", " and ", text)  # "how they're holding up + any feedback"
    text = re.sub(r"\bI (follow|followed|admire|admired|watch|watched) (you|your [^,.;!?]{1,40}?) for (years|ages|a while|"
                  r"a long time|\d+ years)\b", lambda m: f"I've {m.group(1).rstrip('ed')}ed {m.group(2)} for {m.group(3)}",
                  text)  # "followed her for yrs", "follow his stuff for ages": still so
    text = re.sub(r"^(I'm [^.;!?]{3,60}), (\d+ years) (?:of )?(experience|exp) (with|in|at|on)\b", r"\1 and have \2 of experience \4",
                  text)  # "I'm looking for payroll jobs, 5 years experience with ADP": a résumé line made a sentence
    text = re.sub(r"\bI want to offer (?:you )?(?=an? )", "I'd be happy to offer you ", text)  # said flatly, it reads pushy
    text = re.sub(r"\bI want (?:some )?advice\b", "I'd love your advice", text)
    text = re.sub(r"(\bI (?!want\b)[^.!?;]{3,80})\. I (?:just )?want(?:ed)? to say (hi|hello)\s*\.?$", r"\1 and wanted to say \2",
                  text)  # "I applied yesterday. I want to say hi": one sentence, as said
    text = re.sub(r"\bI (?:just )?want to say (hi|hello)\b", r"I wanted to say \1", text)
    text = re.sub(r"\bI follow up(?=\s*[.!]?\s*$)", "I wanted to follow up", text)  # "… sample kit. follow up": this note
    text = re.sub(r"\b([Yy]ou|[Hh]e|[Ss]he|[Tt]hey) (said|told me) (add|connect|reach out)\b", r"\1 \2 to \3",
                  text)  # "you said add you"
    text = re.sub(r"\bvisual merch\b", "visual merchandising", text)
    text = re.sub(r"\b([Yy]ou (?:said|told me)) to (add|connect with|message|email|call|ping) (?:you|yourself)\b",
                  r"\1 I should \2 you", text)  # "he said to add him": the sender adds the person
    text = re.sub(r"\b[Yy]ou look (?:perfect|ideal|great)(?: for (?:it|this|the role|the job))?(?=\s*[.,;!]|$)",
                  lambda m: ("Y" if m.group(0)[0] == "Y" else "y") + "our background looks like a great fit",
                  text)  # "she looks perfect" for a role: not her looks
    text = re.sub(r"^((?:you're|you are) [^.,;!?]{3,60}), (took|joined|started|moved|replaced|inherited)\b", r"\1 and \2",
                  text)  # "you're our new rep at Prairie Iron, took over our account": the same "you"
    text = re.sub(r"\b(most|some|many|few|none|one|each) (our|my|your|their)\b", r"\1 of \2", text)  # "most our parts"
    text = re.sub(r"\b(\d+ years),? (?:of )?clean record\b", r"\1 with a clean record", text)  # "6 yrs clean record"
    text = re.sub(r"^(?:my )?(?:possible|potential|maybe|probably|likely) (new |future )?(boss|manager|supervisor|team lead),?"
                  r"\s*(?:and )?", lambda m: f"You might be my {m.group(1) or 'new '}{m.group(2)}. ", text).rstrip()
    text = re.sub(r"(^|[.;]\s+|, )interview (on )?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|tomorrow|next week)\b",
                  lambda m: f"{m.group(1)}I have an interview {'' if m.group(3)[0].islower() else 'on '}{m.group(3)}",
                  text)  # "interview thurs": the sender's, to come
    text = re.sub(r"(?<!when )(?<!once )(?<!where )(?<!until )(?<!before )(?<!after )(?<!if )\bI start (?=[^.;!?]*\b(?:in|on|next|this) (?:january|february|march|april|may|june|july|august|"
                  r"september|october|november|december|monday|tuesday|wednesday|thursday|friday|week|month|spring|"
                  r"summer|autumn|fall|winter)\b)", "I'm starting ", text, flags=re.I)  # (the model wrote "I started")
    text = re.sub(r"^(?:our )?mutual friend (?:w/|with) ([^.,;!?]+)", r"We're both friends with \1", text, flags=re.I)
    text = re.sub(r"^mutual (?:w/|with) ([^.,;!?]+)", r"We're both connected to \1", text, flags=re.I)  # "mutual w/ prof sato"
    text = re.sub(r"(?<!my )(?<!old )(?<!our )(?<!the )(?<!a )\b(prof|dr)\b(?=\.?\s+[A-Z])", lambda m: m.group(1).capitalize(),
                  text)  # "prof Sato" (not "my old prof Dr. Halima Yusuf")
    text = re.sub(r"^might (need|like|want|use|be interested in)\b", r"You might \1", text)  # "might need our humidity ctrl"
    text = re.sub(r"^same (work|job|thing|role|trade) as you,\s*", r"We do the same \1. I do ", text)  # not "we both work at
    # the Aarhus landfill"
    text = re.sub(r"^you posted (about|on)\b", r"I saw your post \1", text)  # "she posted about X": what the sender saw
    text = re.sub(r"^you (lead|run|manage|head|oversee|direct|coordinate|teach|organi[sz]e)\b(?=[^,;.!?]*(?:[.!]|$))",
                  r"I see you \1", text)  # "she leads the escalator modernization.": her own job told to her reads odd
    text = re.sub(r"^(?:an? )?((?:fellow )?([a-z]+)) here(?=\s*[.,;]|$)", lambda m: f"I'm {'an' if m.group(1)[0] in 'aeiou' else 'a'} "
                  f"{m.group(1)}" if names_a_person(m.group(2)) else m.group(0), text)  # "recruiter here, i'm hiring …"
    return _EX.sub(r"\1a former ", text)


def _the_event(m: re.Match) -> str:
    words = m.group(2).split() or [""]
    if words[0].lower() in _DETERMINERS or words[0].endswith(("'s", "’s")) or any(
            w.lower() in _NOT_A_NAME for w in words[1:]):
        return m.group(0)  # "at last year's expo", "at our conference": definite already
    return f"{m.group(1)} the {m.group(0)[len(m.group(1)) + 1:]}"

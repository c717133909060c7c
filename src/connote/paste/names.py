"""Names: which line is a person's name, and the given name a note greets them by."""

from __future__ import annotations

import re

from ..text.folding import fold
from .lines import is_location
from .markup import strip_symbols
from .vocabulary import DEGREE_SUFFIX_RE, DEGREE_TAIL, JOB_WORDS, PRONOUN_IN_NAME

NAME_TITLE_RE = re.compile(
    r"^(dr|prof|professor|mr|mrs|ms|mx|miss|sir|dame|herr|frau|dott|dott\.ssa|ing|mag|dipl\.?-ing|sra|sr|"
    r"srta|mme|mlle|m|dra|eng|engr|rev|hon|capt|col|lt)\.?\s+", re.I)
NAME_SUFFIXES = {"phd", "ph.d.", "ph.d", "mba", "cfa", "cpa", "md", "m.d.", "jr", "jr.", "sr", "sr.", "ii",
                 "iii", "iv", "msc", "m.sc.", "m.sc", "bsc", "b.sc.", "pmp", "pe", "p.e.", "esq", "esq.", "frcs",
                 "dds", "rn", "ma", "m.a.", "ba", "b.a.", "mph", "cissp", "facs", "shrm-cp", "shrm-scp", "dr.",
                 "ceng", "fca", "acca", "cima", "meng", "mcs", "llm", "ll.m.", "jd", "j.d.", "dphil", "frsa",
                 "pmi-acp", "csm", "cspo", "aws", "mfa", "ms", "mres", "edd", "dnp", "np", "pa-c", "cfp", "frm",
                 "he/him", "she/her", "they/them", "mcipd", "chrp", "gphr", "sphr", "phr", "cmp", "itil", "ceo",
                 "cto", "cfo", "founder", "mag.", "dipl.-ing.", "m.eng.", "b.eng.", "b.s.", "m.s."}
NO_NAME = {"linkedin member", "linkedin user", "member", "private profile", "anonymous", "linkedin-mitglied",
           "membre de linkedin", "miembro de linkedin", "membro do linkedin", "utente linkedin",
           "linkedin-lid", "участник linkedin", "领英会员", "linkedin メンバー", "name", "full name"}
VIETNAMESE_FAMILY = {"nguyễn", "nguyen", "trần", "tran", "lê", "phạm", "pham", "hoàng", "hoang", "huỳnh",
                     "huynh", "phan", "vũ", "võ", "đặng", "dang", "bùi", "bui", "đỗ", "hồ", "ngô", "ngo",
                     "dương", "duong", "lý", "đinh", "dinh", "trương", "truong", "đào", "dao", "lương",
                     "luong", "tạ", "lâm", "vương", "trịnh", "mai", "cao", "lưu", "quách", "tô", "thái", "châu"}
VIETNAMESE_MIDDLE = {"Thị", "Văn", "Thi", "Van", "Hữu", "Đức", "Ngọc", "Quốc", "Xuân", "THỊ", "VĂN", "THI", "VAN"}
KOREAN_FAMILY = {"kim", "lee", "yi", "park", "pak", "choi", "choe", "jung", "jeong", "chung", "kang", "cho",
                 "jo", "yoon", "yun", "jang", "chang", "lim", "im", "han", "oh", "seo", "shin", "kwon", "hwang",
                 "ahn", "an", "song", "yoo", "yu", "hong", "jeon", "ko", "moon", "yang", "son", "bae", "baek",
                 "heo", "nam", "noh", "ha", "kwak", "sung", "cha", "joo", "woo", "min", "ryu"}
RUSSIAN_FAMILY_END = ("ов", "ова", "ев", "ева", "ёв", "ёва", "ин", "ина", "ын", "ына", "ский", "ская", "цкий",
                      "цкая", "енко", "ук", "юк", "чук", "ян", "швили", "дзе")
PATRONYMIC_END = ("вич", "вна", "ична", "ич")
COMPOUND_FIRST = {"josé", "jose", "juan", "maría", "maria", "ana", "luis", "jean", "marie", "anne", "mary",
                  "francisco", "miguel", "carlos", "pedro", "jorge", "rosa", "luz", "mar", "hans", "karl",
                  "joão", "joao", "pierre", "marco", "gian", "juana", "sarah", "maria", "ana", "mariá", "josé",
                  "john", "paul", "anna", "eva", "leigh", "mary", "billy", "bobbie", "lou", "jo", "ann", "fatima",
                  "fatma", "mohamed", "mohammed", "muhammad", "mohammad"}
COMPOUND_SECOND = {"manuel", "maría", "maria", "luis", "carlos", "antonio", "josé", "jose", "ángel", "angel",
                   "miguel", "pablo", "francisco", "javier", "ignacio", "andrés", "andres", "pierre", "paul",
                   "luc", "claude", "marie", "louise", "sophie", "elena", "isabel", "teresa", "carmen", "pedro",
                   "paulo", "eduardo", "ramón", "ramon", "fernando", "jesús", "jesus", "lucía", "lucia", "paula",
                   "beth", "anne", "ann", "jo", "lou", "mae", "kate", "grace", "joão", "felipe", "vitor",
                   "victor", "rafael", "gabriel", "alberto", "cristina", "fernanda", "eugenia", "laura",
                   "victoria", "clara", "inés", "ines", "rosa", "luisa", "alejandro", "enrique", "ricardo",
                   "henrique", "augusto", "gustavo", "philippe", "françois", "baptiste", "michel", "yves",
                   "noël", "luca", "maria", "ellen", "lynn", "anna", "elizabeth", "catherine", "zahra", "zohra",
                   "ezzahra", "zahraa", "amine", "amin", "yassine", "reda", "salah"}
NICK_RE = re.compile(r"(?<!\w)[\"“”„«‹‘']\s*([^\"“”„«»‹›‘’'()]{2,20}?)\s*[\"“”»›’'](?!\w)|\(\s*([^()]{2,20}?)\s*\)")
_NAME_PARTICLES = {"de", "van", "von", "da", "di", "del", "der", "den", "la", "le", "bin", "binti", "al", "el",
                   "dos", "das", "du", "ten", "ter", "te", "y", "e", "zu", "af", "av", "ibn", "bint", "st.",
                   "mc", "o'", "della", "degli", "do", "d'", "lo", "ap"}
# Words that show a line is a job title or a sentence, not a name.


_LETTER_NAME = re.compile(r"^[^\W\d_][^\W\d_'’.\-]*(?:[-'’][^\W\d_]+)*\.?$")


def _is_cjk(ch: str) -> bool:
    o = ord(ch)
    return 0x2E80 <= o <= 0x9FFF or 0xAC00 <= o <= 0xD7AF or 0xF900 <= o <= 0xFAFF or 0x3040 <= o <= 0x30FF


def name_core(line: str) -> str:
    """A name line without badges, pronouns, degree markers and trailing credentials."""
    line = strip_symbols(line)
    line = DEGREE_SUFFIX_RE.sub("", line)
    line = DEGREE_TAIL.sub("", line)
    line = PRONOUN_IN_NAME.sub(" ", line)
    line = re.sub(r"\s*[|•·]\s*.*$", "", line)  # "Kofi Mensah | Building in public"
    return re.sub(r"\s+", " ", line).strip(" ,;-–—")


def strip_credentials(name: str) -> str:
    parts = [p.strip() for p in name.split(",")]
    keep = [parts[0]]
    for p in parts[1:]:
        words = p.split()
        if all(w.lower().strip(".") in NAME_SUFFIXES or w.lower() in NAME_SUFFIXES or
               (w.isupper() and len(w) <= 6) for w in words):
            continue
        keep.append(p)
    words = keep[0].split()
    while len(words) > 1 and (words[-1].lower() in NAME_SUFFIXES or words[-1].lower().strip(".") in NAME_SUFFIXES
                              or (words[-1].isupper() and 2 <= len(words[-1]) <= 5 and "." not in words[-1]
                                  and len(words) > 2)):
        words.pop()
    return ", ".join([" ".join(words)] + keep[1:])


def looks_like_name(line: str) -> bool:
    """Whether a line can be a person's display name (any script; 'LinkedIn Member' counts)."""
    core = name_core(line)
    if not core or len(core) > 70 or any(ch.isdigit() for ch in core):
        return False
    if fold(core) in NO_NAME:
        return True
    core = strip_credentials(core)
    if "," in core or is_location(core):
        return False
    letters = [c for c in core if c.isalpha()]
    if len(letters) < 2:
        return False
    if all(_is_cjk(c) for c in letters):
        return len(core.replace(" ", "")) <= 8
    if any(_is_cjk(c) for c in letters):
        latin, cjk = _split_scripts(core)  # "Jing Chen 陈静": both spellings of one name
        return bool(latin and cjk) and len(cjk.replace(" ", "")) <= 8 and looks_like_name(latin)
    bare = NICK_RE.sub(" ", core)
    words = [w.strip(",.") for w in bare.split() if w.strip(",.")]
    if not 1 <= len(words) <= 6:
        return False
    if any(fold(w) in JOB_WORDS and fold(w) not in _NAME_PARTICLES for w in words):
        return False
    if sum(1 for c in core if c in ":;!?/&+=#@()[]{}<>\"") > 0 and not NICK_RE.search(core):
        return False
    for w in words:
        if not _LETTER_NAME.match(w):
            return False
    if len(words) == 1 and len(words[0]) < 2:
        return False
    upper_first = [w for w in words if w[0].isupper() or not w[0].isalpha() or not w[0].islower()]
    particles = [w for w in words if w.lower() in _NAME_PARTICLES]
    if len(upper_first) + len(particles) >= len(words):
        return True
    # all lower-case ("mira okafor") is a name only when short and the whole line is letters
    return all(w.islower() for w in words) and 2 <= len(words) <= 3


def _split_scripts(text: str) -> tuple[str, str]:
    """('Jing Chen', '陈静') for 'Jing Chen 陈静'; ('', '') when the scripts are interleaved."""
    m = re.fullmatch(r"\s*([^\u2e80-\u9fff\uac00-\ud7af]+?)\s*[(（]?\s*([\u2e80-\u9fff\uac00-\ud7af ]+?)\s*[)）]?\s*",
                     text) or re.fullmatch(r"\s*([\u2e80-\u9fff\uac00-\ud7af ]+?)\s*[(（]?\s*"
                                           r"([^\u2e80-\u9fff\uac00-\ud7af]+?)\s*[)）]?\s*", text)
    if not m:
        return "", ""
    a, b = m.group(1).strip(), m.group(2).strip()
    return (a, b) if not any(_is_cjk(c) for c in a) else (b, a)


def _titlecase(word: str) -> str:
    if word.isupper() or word.islower():
        return "-".join(p[:1].upper() + p[1:].lower() for p in word.split("-"))
    return word


def given_name(name: str | None) -> str | None:
    """The name to greet someone by: the given name they use, a nickname if shown, compound names kept.

    "Nguyễn Thị Lan" -> "Lan", "Robert 'Bobby' Fields" -> "Bobby", "José Manuel García" -> "José Manuel",
    "Ana-María López" -> "Ana-María", "陈静" -> "陈静", "Ольга Петрова" -> "Ольга", "Dr. Amelia Hart, PhD" ->
    "Amelia", "LinkedIn Member" -> None.
    """
    if not name:
        return None
    try:
        return _given_name(name)
    except Exception:  # pragma: no cover - defensive: never break drafting on an odd name
        return None


def _given_name(name: str) -> str | None:
    name = name_core(name)
    if not name or fold(name) in NO_NAME:
        return None
    letters = [c for c in name if c.isalpha()]
    if any(_is_cjk(c) for c in letters) and not all(_is_cjk(c) for c in letters):
        latin, _cjk = _split_scripts(name)
        if latin:  # "Jing Chen 陈静" goes by the Latin spelling on an English page
            return _given_name(latin)
    for m in NICK_RE.finditer(name):
        candidate = (m.group(1) or m.group(2) or "").strip()
        low = candidate.lower()
        if (candidate and low not in NAME_SUFFIXES and not low.startswith(("née", "nee", "geb", "born", "ex"))
                and re.fullmatch(r"[^\W\d_]+(?:[- ][^\W\d_]+)?", candidate) and len(candidate) <= 15
                and low not in JOB_WORDS):
            return _titlecase(candidate) if candidate.isupper() or candidate.islower() else candidate
    name = NICK_RE.sub(" ", name)
    name = strip_credentials(name)
    name = re.split(r",|\|", name)[0]
    prev = None
    while prev != name:
        prev = name
        name = NAME_TITLE_RE.sub("", name, count=1) if len(name.split()) > 1 else name
    words = [w.strip(".,") for w in name.split() if w.strip(".,") and w.lower().strip(".,") not in NAME_SUFFIXES]
    words = [w for w in words if any(c.isalpha() for c in w)]
    if not words:
        return None
    letters = [c for w in words for c in w if c.isalpha()]
    if letters and all(_is_cjk(c) for c in letters):  # Chinese, Japanese, Korean: greet by the full name
        return "".join(words)
    low = [w.lower() for w in words]
    if len(words) >= 3:
        if words[1] in VIETNAMESE_MIDDLE:  # "Nguyễn Thị Lan", "Tran Van Minh"
            return _titlecase(words[-1])
        if low[-1] in VIETNAMESE_FAMILY and low[0] not in VIETNAMESE_FAMILY - {"mai"}:
            pass  # "Mai Linh Nguyen": written given name first
        elif low[0] in VIETNAMESE_FAMILY - {"mai"} and low[-1] not in VIETNAMESE_FAMILY:
            return _titlecase(words[-1])  # "Nguyen Minh Anh"
    if len(words) == 2 and low[0] in VIETNAMESE_FAMILY and words[0] != fold(words[0]).title() \
            and low[1] not in VIETNAMESE_FAMILY:
        return _titlecase(words[-1])  # "Nguyễn Lan": with diacritics, written family name first
    if len(words) >= 2 and low[0] in KOREAN_FAMILY and re.fullmatch(r"[A-Z][a-z]+-[a-z]+", words[1]):
        return words[1]  # "Kim Min-jun"
    if any("\u0400" <= c <= "\u04ff" for c in words[0]):
        return _titlecase(_cyrillic_given(words))
    if len(words) >= 3 and low[0] in COMPOUND_FIRST and low[1] in COMPOUND_SECOND:
        return f"{_titlecase(words[0])} {_titlecase(words[1])}"
    for i, w in enumerate(words):  # skip initials: "J. Robert Smith" -> Robert
        if len(w.replace(".", "")) > 1 and not (len(w) == 2 and w.endswith(".")):
            if i > 0 and i == len(words) - 1:
                break  # "A. Smith": only a family name is left
            return _titlecase(w)
    return _titlecase(words[0]) if len(words[0].replace(".", "")) > 1 else None


def _cyrillic_given(words: list[str]) -> str:
    """Russian/Ukrainian order can be 'Ольга Петрова' or 'Петрова Ольга Сергеевна'."""
    low = [w.lower() for w in words]
    if len(words) >= 2 and low[0].endswith(RUSSIAN_FAMILY_END) and not low[1].endswith(RUSSIAN_FAMILY_END) \
            and not low[1].endswith(PATRONYMIC_END):
        return words[1]
    return words[0]

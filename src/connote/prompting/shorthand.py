"""Texting shorthand in the notes' other languages, spelled out before the model sees a reason."""

#: texting shorthand the model copies or misreads ("lo q dijo", "to abrindo", "vllt", "las zn artikel")
SHORTHAND_OTHER = {
    "es": {"q": "que", "xq": "porque", "pq": "porque", "tb": "también", "tmb": "también", "tmbn": "también",
           "dsp": "después", "mñn": "mañana", "qdamos": "quedamos", "qdo": "cuando", "xfa": "por favor",
           "pa": "para", "x": "por", "porfa": "por favor", "tmbién": "también"},
    "pt": {"q": "que", "vc": "você", "vcs": "vocês", "tb": "também", "tbm": "também", "pq": "porque", "hj": "hoje",
           "msm": "mesmo", "cmg": "comigo", "tava": "estava", "tô": "estou", "qnd": "quando", "qdo": "quando",
           "mes": "mês", "mto": "muito", "mta": "muita", "mtos": "muitos", "mtas": "muitas", "td": "tudo",
           "vdd": "verdade", "obg": "obrigado"},
    "de": {"vllt": "vielleicht", "vlt": "vielleicht", "evtl": "eventuell", "nen": "einen", "würd": "würde",
           "wg": "wegen", "grad": "gerade", "eig": "eigentlich", "gesehn": "gesehen", "u": "und"},
    "fr": {"bcp": "beaucoup", "tjrs": "toujours", "pk": "pourquoi", "pcq": "parce que", "qqch": "quelque chose",
           "qqn": "quelqu'un", "svt": "souvent", "ds": "dans", "jsuis": "je suis", "chui": "je suis", "ca": "ça",
           "jai": "j'ai", "jaime": "j'aime", "jaimerais": "j'aimerais", "jaurais": "j'aurais", "jetais": "j'étais",
           "cest": "c'est", "slt": "salut", "pr": "pour", "qd": "quand", "tjs": "toujours", "pck": "parce que",
           "dc": "donc", "vrmt": "vraiment", "mtn": "maintenant", "svp": "s'il vous plaît"},
    "it": {"nn": "non", "cmq": "comunque", "xké": "perché", "xchè": "perché", "qlc": "qualche", "qlcs": "qualcosa",
           "grz": "grazie", "x": "per"},
    "nl": {"zn": "zijn", "mn": "mijn", "ff": "even", "idd": "inderdaad", "iig": "in ieder geval", "mss": "misschien",
           "wss": "waarschijnlijk", "vd": "van de", "vh": "van het"},
}

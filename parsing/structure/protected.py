"""Protected attributes (date of birth, age, gender, marital status, nationality, religion, photo).

They are never copied into any field: the lines that state them are found first and left out of every other
analysis, and their kinds are listed in ``meta.protected_attributes_found`` so the interface can warn.
"""

from __future__ import annotations

import re

from .text import fold

DATE_OF_BIRTH = "date_of_birth"
AGE = "age"
GENDER = "gender"
MARITAL_STATUS = "marital_status"
NATIONALITY = "nationality"
RELIGION = "religion"
PHOTO = "photo"

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    (
        DATE_OF_BIRTH,
        re.compile(
            r"\bnee?s?\s+le\b|\bnee?\s*\(e\)\s*le\b|\bne\(e\)\s*le\b|date\s+(?:et lieu\s+)?de\s+naissance|"
            r"\blieu de naissance\b|\bborn\s+(?:on|in)?\b|date\s+of\s+birth|\bbirth\s*date\b|\bd\.?o\.?b\b\.?\s*:|"
            r"\bbirthday\b|\bdate de naiss\b"
        ),
    ),
    (
        AGE,
        re.compile(
            r"^\W*(?:age\s*:?\s*)?\d{2}\s*ans\W*$|\bage\s*:\s*\d{2}\b|\b\d{2}\s*years?\s*old\b|\bage\s+\d{2}\b|"
            r"^\W*\d{2}\s*ans\s*[,-]|[,|-]\s*\d{2}\s*ans\W*$"
        ),
    ),
    (
        GENDER,
        re.compile(
            r"\bsexe\s*:|\bgender\s*:|\bgenre\s*:|\bsex\s*:|^\W*(?:homme|femme|male|female|masculin|feminin)\W*$|"
            # The Europass form's row, without a colon: "Sex Female", "Sexe | Féminin".
            r"^\W*(?:sexe?|gender|genre)(?:\s+|\s*\|\s*)(?:homme|femme|male|female|masculin|feminin|[mfh])\W*$"
        ),
    ),
    (
        MARITAL_STATUS,
        re.compile(
            r"\bcelibataire\b|\bpacse(?:e)?\b|\bdivorcee?\b|\ben couple\b|"
            r"\bsituation (?:familiale|matrimoniale)\b|\bmarital status\b|\bmarried\b|\bunmarried\b|"
            r"\bsans enfant\b|^\W*single\W*$|\bstatus\s*:\s*single\b|\b(?:husband|wife|spouse)'?s name\b|"
            r"\bnom (?:du conjoint|de l'epou(?:x|se))\b"
        ),
    ),
    (
        NATIONALITY,
        re.compile(r"\bnationalite\b|\bnationality\b|\bcitizenship\b|\bcitoyennete\b|\bnational(?:ite)?\s*:"),
    ),
    # Not among the fields the issue names, but a special category of data under the GDPR all the same (as is the
    # caste some Indian CVs state).
    (RELIGION, re.compile(r"\breligion\s*:|^\W*religion\W*$|\bcaste\s*:|^\W*caste\W*$")),
]

# How many children one has ("2 enfants", "three kids"), as a detail of its own among the personal details: the
# count alone in its field, or after a parent's or a spouse's words ("Marié, 2 enfants", "Mère de deux enfants",
# "Married with two children"). Not the children a duty was for, in its sentence ("Encadrement d'un groupe de 12
# enfants"), nor a line about minding children ("Baby-sitting depuis 2022 (voisins, 2 enfants)", "Garde de 3
# enfants après l'école"): those children are the ones the work was for, and the line is a job.
_CHILDREN_RE = re.compile(
    r"^\W*(?:(?:mere|pere|maman|papa|parent|mother|father|parent)\s+(?:de|d'|of)\s*|"
    r"(?:marie\w*\s+|married\s+)?(?:avec|with)\s+)?"
    r"(?:\d+|un|une|deux|trois|quatre|cinq|one|two|three|four|five)\s+(?:enfants?|children|child|kids?)"
    r"(?:\s+a charge)?(?:\s*\([^()]*\))?\W*$"
)
# What parts the details of a line, outside brackets: "29 ans, 2 enfants, permis B", "Marié | 3 enfants (4, 7 et 10
# ans)".
_DETAILS_SEPARATOR_RE = re.compile(r"(?:[,;|•·/]|\s[–—-]\s)(?![^()]*\))")
_CHILDCARE_RE = re.compile(
    r"\bbaby-?\s?sitt\w*|\bgarde d'enfants?\b|\bgarde (?:de|des) \d*\s*enfants?\b|\bnounou\b|\bau pair\b|"
    r"\bchild\s?(?:care|minder|minding)\b|\bnanny\b|\bassistante? maternel\w*|\bsoutien scolaire\b|\bperiscolaire\b|"
    r"\bcolonies? de vacances\b|\bcentre de loisirs\b|\baide aux devoirs\b"
)
_MARRIED_RE = re.compile(r"\bmarié(?:e|\(e\))?\b")
# "Veuf", "veuve, 2 enfants": widowed; not the champagne house's name before its capitalised words ("Veuve Clicquot
# Ponsardin, Reims" was dropped as a marital status, and the job's employer with it). On the text as written.
_WIDOWED_RE = re.compile(r"\b[Vv][Ee][Uu](?:[Ff]|[Vv][Ee])\b(?!\s+[A-ZÀ-Ý])")
# (unless what follows is the next detail of the line: "Veuve Permis B", "Veuf Nationalité française"; folded)
_WIDOWED_DETAIL_RE = re.compile(
    r"\bveu(?:f|ve)\s+(?:permis|nationalite|nee?|disponible|mobilite|sans|mere|pere|enfants?|vehicule|depuis|age|"
    r"situation|statut|\d)"
)


# One search per line first: almost every line states nothing protected. Each alternative of ``_PATTERNS`` holds
# one of these words; as they all open on a letter, the engine skips to where one could start instead of trying
# every pattern at every position (that took an eighth of the whole analysis).
_ANY_RE = re.compile(
    r"ne(?:e|\s*\(e\))?s?\s*(?:\(e\)\s*)?le|naiss|born|birth|d\.?o\.?b|ans|age|year|sex|gender|genre|homme|femme|"
    r"male|masculin|feminin|celibataire|pacse|divorce|veu[fv]|couple|situation|marital|married|enfant|children|kids|"
    r"single|status|national|citizen|citoyen|religion|caste|husband|wife|spouse|conjoint|epou"
)


def protected_kinds(text: str) -> list[str]:
    """The protected-attribute kinds a line states (empty for an ordinary line)."""
    folded = fold(text)
    if len(folded) > 160:
        # Long sentences ("married the design and engineering teams…") are not personal-detail lines.
        return []
    kinds = [kind for kind, pattern in _PATTERNS if pattern.search(folded)] if _ANY_RE.search(folded) else []
    if (
        MARITAL_STATUS not in kinds
        and any(_CHILDREN_RE.match(detail) for detail in _DETAILS_SEPARATOR_RE.split(folded))
        and not _CHILDCARE_RE.search(folded)
    ):
        kinds.append(MARITAL_STATUS)
    # "marié" needs its accent: folded, it is the first name Marie.
    if MARITAL_STATUS not in kinds and "marie" in folded and _MARRIED_RE.search(text.lower()):
        kinds.append(MARITAL_STATUS)
    if (
        MARITAL_STATUS not in kinds
        and "veu" in folded
        and (_WIDOWED_RE.search(text) or _WIDOWED_DETAIL_RE.search(folded))
    ):
        kinds.append(MARITAL_STATUS)
    return kinds

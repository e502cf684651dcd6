"""Small text helpers shared by the structure analysers: accent/case folding, bullets, word counts."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "ʼ": "'"})
_DASHES = str.maketrans({"–": "-", "—": "-", "‐": "-", "‑": "-", "‒": "-", "−": "-"})

# Symbol-font bullets come out of PDFs as private-use characters (U+E000–U+F8FF) or control characters. (Two
# asterisks open a text file's bold words, "**Stagiaire chargé d'études SIG** (avril – juin 2024)", no bullet.)
BULLET_RE = re.compile(
    r"^\s*(?:[•●▪▫◦○■□►▶▸‣⁃∙·✓✔➢➤→»›\ue000-\uf8ff\x01-\x08❖◆◇♦➔➜⇒]|\*(?!\*)|-(?=\s)|–(?=\s)|—(?=\s)|o(?=\s)|"
    r"\d{1,2}[.)](?=\s))\s*"
)
WORD_RE = re.compile(r"[^\W\d_]+(?:['-][^\W\d_]+)*", re.UNICODE)


# Letters with a stroke, which Unicode does not decompose into a base letter and an accent ("Łódź", "Szkoła", "Đà").
_UNDECOMPOSED = {"ł": "l", "Ł": "l", "đ": "d", "Đ": "d", "ı": "i"}


@lru_cache(maxsize=8192)
def _fold_char(char: str) -> str:
    if char in _UNDECOMPOSED:
        return _UNDECOMPOSED[char]
    decomposed = unicodedata.normalize("NFKD", char)
    base = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
    # Exactly one character out for one in, so offsets in folded text are offsets in the original.
    return base[0] if base else char


@lru_cache(maxsize=16384)
def fold(text: str) -> str:
    """Lower-case, accent-free text with one kind of apostrophe and dash ("Expérience – Été" → "experience - ete").

    Same length as the input, so a span found in the folded text is the same span in the original."""
    text = text.translate(_APOSTROPHES).translate(_DASHES)
    if text.isascii():
        return text.lower()
    return "".join(_fold_char(c) for c in text)


_CONTROL_RE = re.compile(r"[\x00-\x08\x0b-\x1f\u200b\ufeff]")
ONLY_BULLETS_RE = re.compile(r"^[\s•●▪▫◦○■□►▶▸‣⁃∙·✓✔➢➤→»›*\ue000-\uf8ff❖◆◇♦➔➜⇒–—-]*$")


def clean(text: str) -> str:
    """Whitespace collapsed, stripped (zero-width and control characters count as spaces)."""
    if not text.isascii() or _CONTROL_RE.search(text):
        text = _CONTROL_RE.sub(" ", text)
    return " ".join(text.split())


def strip_bullet(text: str) -> str:
    return BULLET_RE.sub("", text, count=1).strip()


def is_bullet(text: str) -> bool:
    return bool(BULLET_RE.match(text))


def words(text: str) -> list[str]:
    return WORD_RE.findall(text)


def is_all_caps(text: str) -> bool:
    """At least three letters, all capitals (``str.isupper`` first: it settles most lines at C speed)."""
    return text.isupper() and sum(1 for c in text if c.isalpha()) >= 3 and all(c.isupper() for c in text if c.isalpha())


_LIST_SEPARATORS_RE = re.compile(r"\s*[,;|•]\s*")


def is_short_list(text: str, minimum: int = 3) -> bool:
    """Whether a line is a list of at least ``minimum`` short items, three words each on average ("Cobol, Xml,
    Spss (2 years), jsp"; "Ingénieur | Thales | Vélizy"), rather than a phrase or a name with a comma in it."""
    items = [item for item in _LIST_SEPARATORS_RE.split(text.strip(" .")) if item.strip()]
    return len(items) >= minimum and sum(len(item.split()) for item in items) <= 3 * len(items)


_PUNCT = " \t:;,.-–—|/•●·*_=#>()[]"


def strip_punct(text: str) -> str:
    """Punctuation trimmed from both ends, except a closing bracket that closes one the text opened: "Technicien
    (CDI)" and "Lyon (69)" keep theirs."""
    stripped = text.strip(_PUNCT)
    if text.rstrip().endswith("#") and re.search(r"\b[CF]#$", text.rstrip()):
        stripped = text.lstrip(_PUNCT).rstrip()  # "Ingénieur développement C#": the language's sharp is its name's
    if "(" in stripped and stripped.count("(") > stripped.count(")") and ")" in text[len(text.rstrip(_PUNCT)) :]:
        return f"{stripped})"
    return stripped


def balanced(value: str) -> str:
    """ "Initech (ITC" → "Initech (ITC)", "Vendeuse [Stage" → "Vendeuse [Stage]": a bracket that trimming or cutting
    left open is closed again."""
    if value.count("[") > value.count("]"):
        value = f"{value}]"
    return f"{value})" if value.count("(") > value.count(")") else value


def split_outside_brackets(pattern: re.Pattern[str], text: str) -> list[str]:
    """``pattern.split(text)`` without cutting inside round brackets: "Course à pied (semi-marathon, trail)" is one
    piece."""
    pieces: list[str] = []
    start = 0
    for match in pattern.finditer(text):
        if text.count("(", 0, match.start()) > text.count(")", 0, match.start()):
            continue
        pieces.append(text[start : match.start()])
        start = match.end()
    pieces.append(text[start:])
    return pieces


def unwrap(texts: list[str]) -> list[str]:
    """Rejoin lines a narrow column wrapped: an unclosed "(" or a next line starting in lower case or with "(".

    "Spanish (full professional" + "proficiency)" → one line."""
    out: list[str] = []
    for text in texts:
        if out and not is_bullet(text):
            previous = out[-1]
            unclosed = previous.count("(") > previous.count(")")
            continues = text[:1].islower() or text[:1] == "(" or previous.endswith(("-", "&", "/"))
            if unclosed or (continues and not previous.endswith((".", ";", ":"))):
                out[-1] = f"{previous} {text}"
                continue
        out.append(text)
    return out

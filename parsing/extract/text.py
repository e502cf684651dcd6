"""Plain text files: find the encoding (BOM, then strict UTF-8, then a statistical guess), then one Line per line."""

from __future__ import annotations

import codecs
import unicodedata

from charset_normalizer import from_bytes

from ..document import Document, Line
from ..errors import ErrorCode, ParseError
from ..limits import Limits
from .normalize import clean, split_lines

# Longest first: the UTF-32 LE mark starts with the UTF-16 LE one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_SAMPLE = 64 * 1024
# Bytes that hardly occur in text in any single-byte encoding (tab, LF, VT, FF, CR, SUB and ESC aside): a stray
# one is stripped, many mean a binary file.
_BINARY_BYTES = bytes([*range(0x00, 0x09), 0x0E, 0x0F, *range(0x10, 0x1A), 0x1C, 0x1D, 0x1E, 0x1F])


def _utf16_without_bom(sample: bytes) -> str | None:
    """UTF-16 without a BOM (some Windows tools write it): ASCII-range text leaves a zero in every other byte."""
    if len(sample) < 4:
        return None
    even = sample[0::2]
    odd = sample[1::2]
    if odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.4 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    return None


def encoding_of(data: bytes) -> str | None:
    """The encoding the bytes are text in, or None when they are not text (a binary file)."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding
    sample = data[:_SAMPLE]
    if b"\x00" in sample:
        return _utf16_without_bom(sample)
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        return "utf-8"
    binary = sum(sample.count(byte) for byte in _BINARY_BYTES)
    if binary > 0.05 * len(sample):
        return None
    best = from_bytes(data).best()
    if best is None:
        return None
    return _western(data, best.encoding)


# Accented lower-case letters of French and its neighbours: what a correct decoding of a Western CV is full of.
_ACCENTED = frozenset("àâäáãåæçéèêëíìîïñóòôöõøœúùûüýÿß")
_FAIR_PUNCTUATION = frozenset("’‘“”«»–—…€•°·©®£¥§½¼¾²³ºª±×")


def _western_score(text: str) -> int:
    score = 0
    previous = " "
    for index, char in enumerate(text):
        if char in _ACCENTED:
            following = text[index + 1 : index + 2]
            # A letter alone between spaces or digits ("2022 û current", "ú1,200") is a dash or a currency sign
            # misread; "à" is a French word.
            alone = not previous.isalpha() and not following.isalpha() and char != "à"
            score += -2 if alone else 1
        elif ord(char) > 0x7F and char not in _FAIR_PUNCTUATION:
            # An accented capital inside a word ("DÈvelop"), a symbol or a control: a wrong decoding.
            score -= 2 if not (char.isupper() and not previous.isalpha()) else 0
        previous = char
    return score


def _western(data: bytes, guess: str) -> str:
    """charset-normalizer misreads short Western texts (mac-roman taken for Baltic cp1257, say): when its guess
    decodes to Latin script, the common Western single-byte encodings are compared by how plausible the accents
    they produce are, the guess winning ties."""
    sample = data[:_SAMPLE]
    try:
        decoded = sample.decode(guess, errors="replace")
    except LookupError:
        return guess
    letters = [char for char in decoded if ord(char) > 0x7F and unicodedata.category(char) in ("Lu", "Ll", "Lo")]
    if any(not unicodedata.name(char, "").startswith("LATIN") for char in letters):
        return guess
    best, best_score = guess, _western_score(decoded)
    for candidate in ("cp1252", "mac_roman", "cp850"):
        score = _western_score(sample.decode(candidate, errors="replace"))
        if score > best_score:
            best, best_score = candidate, score
    return best


def decode(data: bytes) -> str | None:
    """The text of a text file, or None when it is not text."""
    encoding = encoding_of(data)
    if encoding is None:
        return None
    bom_less = data
    for bom, name in _BOMS:
        if name == encoding and data.startswith(bom):
            bom_less = data[len(bom) :]
            break
    try:
        return bom_less.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        # A BOM followed by invalid sequences: keep what can be read rather than refusing the CV.
        return bom_less.decode(encoding, errors="replace") if encoding.startswith("utf") else None


def extract_text(data: bytes, limits: Limits) -> Document:
    text = decode(data)
    if text is None:
        raise ParseError(ErrorCode.UNSUPPORTED_TYPE, detail="not decodable as text")
    lines = [Line(text=cleaned) for raw in split_lines(text) if (cleaned := clean(raw))]
    return Document(lines=lines, format="text")

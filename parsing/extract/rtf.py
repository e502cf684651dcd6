"""RTF: a small reader of our own (striprtf keeps no formatting): text with bold, size and heading levels,
Unicode escapes (\\uN with their fallback characters skipped), code-page bytes (\\'e9 in cp1252 is "é"), page
headers and footers, table cells as blocks, text boxes; pictures are skipped and set the photo flag; field
instructions, fonts, styles, metadata and embedded objects are never interpreted."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..document import Document
from ..errors import ErrorCode, ParseError
from ..limits import Limits
from .normalize import LineCollector, Run, body_size

_TOKEN = re.compile(
    rb"\\([a-zA-Z]{1,32})(-?\d{1,10})? ?"  # control word with its parameter
    rb"|\\'([0-9a-fA-F]{2})"  # a byte in the document's code page
    rb"|\\([^a-zA-Z'])"  # control symbol
    rb"|([{}])"
    rb"|[\r\n]+"  # raw line breaks mean nothing in RTF
    rb"|([^\\{}\r\n]+)"
)
# Groups whose content is not printed text.
_SKIPPED = frozenset(
    {
        "fonttbl", "colortbl", "stylesheet", "info", "listtable", "listoverridetable", "revtbl", "rsidtbl",
        "generator", "xmlnstbl", "themedata", "colorschememapping", "latentstyles", "datastore", "pict",
        "nonshppict", "object", "objdata", "fldinst", "filetbl", "pgdsctbl", "mmathPr", "footnote", "annotation",
        "atnid", "atnauthor", "ftnsep", "ftnsepc", "aftnsep", "aftnsepc", "xe", "tc", "private", "userprops",
        "docvar", "wgrffmtfilter", "pnseclvl", "listpicture", "sp", "shprslt", "bkmkstart", "bkmkend", "template",
        "passwordhash", "password", "protusertbl", "mailmerge", "blipuid", "defchp", "defpap", "falt", "panose",
        "fontemb", "fontfile", "keywords", "operator", "title", "subject", "author", "company", "category",
        "comment", "doccomm", "hlinkbase", "pxe", "ud", "upr", "background", "pgptbl", "listname",
    }
)  # fmt: skip
# Destinations read even when marked "\*" (ignorable): shape instructions hold text boxes (\shptxt).
_READ_STARRED = frozenset({"shpinst", "shptxt", "pntext", "pntxta", "pntxtb", "listtext"})
# Groups read as blocks of their own.
_BLOCK_GROUPS = frozenset(
    {"header", "headerl", "headerr", "headerf", "footer", "footerl", "footerr", "footerf", "shptxt"}
)
_SPECIAL = {
    "tab": "\t",
    "emdash": "—",
    "endash": "–",
    "bullet": "•",
    "lquote": "‘",
    "rquote": "’",
    "ldblquote": "“",
    "rdblquote": "”",
    "emspace": " ",
    "enspace": " ",
    "qmspace": " ",
    "line": "\n",
    "lbr": "\n",
}
_SYMBOLS = {"~": " ", "_": "-", "-": "", "{": "{", "}": "}", "\\": "\\", "\t": "\t"}
_PARAGRAPH_ENDS = frozenset({"par", "sect", "page", "row"})
PHOTO_MIN_TWIPS = 600  # 30 points


@dataclass
class _State:
    bold: bool = False
    size: float = 12.0
    skip: bool = False
    starred: bool = False
    unicode_skip: int = 1  # \ucN: how many fallback characters follow each \uN
    block: bool = False  # this group is a header, footer or text box
    picture: bool = False
    picture_width: int = 0
    picture_height: int = 0


class _Reader:
    def __init__(self) -> None:
        self.out = LineCollector()
        self.flags: set[str] = set()
        self.encoding = "cp1252"
        self.runs: list[Run] = []
        self.heading = False
        self.pending_skip = 0  # fallback characters still to drop after a \uN
        self.high_surrogate = ""

    def text(self, state: _State, value: str) -> None:
        if state.skip or not value:
            return
        if self.pending_skip:
            dropped = min(self.pending_skip, len(value))
            self.pending_skip -= dropped
            value = value[dropped:]
            if not value:
                return
        self.runs.append(Run(value, state.bold, state.size))

    def end_paragraph(self) -> None:
        self.out.add_runs(self.runs, heading=self.heading)
        self.runs = []

    def unicode(self, state: _State, code: int) -> None:
        code = code + 65536 if code < 0 else code
        self.pending_skip = 0
        if 0xD800 <= code <= 0xDBFF:
            self.high_surrogate = chr(code)
        elif 0xDC00 <= code <= 0xDFFF and self.high_surrogate:
            pair = (self.high_surrogate + chr(code)).encode("utf-16-le", "surrogatepass").decode("utf-16-le")
            self.high_surrogate = ""
            self.text(state, pair)
        elif not 0xD800 <= code <= 0xDFFF:
            self.text(state, chr(code))
        self.pending_skip = state.unicode_skip

    def word(self, state: _State, word: str, parameter: int | None) -> None:
        if word == "pict":
            state.picture = True
        if state.picture:
            if word == "picwgoal" and parameter:
                state.picture_width = parameter
            elif word == "pichgoal" and parameter:
                state.picture_height = parameter
        if state.starred and word not in _READ_STARRED:
            state.skip = True
        state.starred = False
        if word in _SKIPPED:
            state.skip = True
        if word in _BLOCK_GROUPS and not state.skip:
            self.end_paragraph()
            self.out.new_block()
            state.block = True
        if state.skip:
            return
        if word in _PARAGRAPH_ENDS:
            self.end_paragraph()
            if word == "row":
                self.out.new_block()
        elif word in ("cell", "nestcell"):
            self.end_paragraph()
            self.out.new_block()
        elif word == "u" and parameter is not None:
            self.unicode(state, parameter)
            return
        elif word in _SPECIAL:
            self.text(state, _SPECIAL[word])
        elif word == "b":
            state.bold = parameter != 0
        elif word == "fs" and parameter:
            state.size = parameter / 2
        elif word == "plain":
            state.bold = False
            state.size = 12.0
        elif word == "uc" and parameter is not None:
            state.unicode_skip = max(0, parameter)
        elif word == "pard":
            self.heading = False
        elif word == "outlinelevel" and parameter is not None:
            self.heading = 0 <= parameter < 9
        elif word == "ansicpg" and parameter:
            self.encoding = f"cp{parameter}"
        elif word == "mac":
            self.encoding = "mac_roman"
        elif word == "pc":
            self.encoding = "cp437"
        elif word == "pca":
            self.encoding = "cp850"
        if self.pending_skip and word != "u":
            self.pending_skip -= 1  # a control word counts as one fallback character

    def decode(self, raw: bytes) -> str:
        try:
            return raw.decode(self.encoding, errors="replace")
        except LookupError:
            self.encoding = "cp1252"
            return raw.decode(self.encoding, errors="replace")

    def read(self, data: bytes) -> None:
        stack: list[_State] = []
        state = _State()
        position = 0
        length = len(data)
        while position < length:
            match = _TOKEN.match(data, position)
            if match is None:  # a lone backslash at the very end
                break
            position = match.end()
            word, parameter, hex_byte, symbol, brace, plain = match.groups()
            if word is not None:
                name = word.decode("ascii")
                number = int(parameter) if parameter is not None else None
                if name == "bin":
                    position += max(0, number or 0)  # raw binary data follows: never interpret it
                    continue
                self.word(state, name, number)
            elif hex_byte is not None:
                if self.pending_skip and not state.skip:
                    self.pending_skip -= 1
                else:
                    self.text(state, self.decode(bytes([int(hex_byte, 16)])))
            elif symbol is not None:
                char = symbol.decode("latin-1")
                if char == "*":
                    state.starred = True
                elif char in "\r\n" and not state.skip:
                    self.end_paragraph()  # a backslash before a raw line break is an old spelling of \par
                elif char in _SYMBOLS:
                    self.text(state, _SYMBOLS[char])
            elif brace == b"{":
                if len(stack) > 1000:
                    raise ParseError(ErrorCode.CORRUPT_FILE, detail="RTF groups nested too deep")
                stack.append(state)
                state = replace(state, starred=False, block=False, picture=False)
            elif brace == b"}":
                self.close_group(state)
                if not stack:
                    break  # the document's closing brace; anything after it is not part of the document
                state = stack.pop()
            elif plain is not None:
                self.text(state, self.decode(plain))
        self.end_paragraph()

    def close_group(self, state: _State) -> None:
        if state.picture and not (
            0 < state.picture_width < PHOTO_MIN_TWIPS or 0 < state.picture_height < PHOTO_MIN_TWIPS
        ):
            self.flags.add("photo")
        if state.block:
            self.end_paragraph()
            self.out.new_block()


def extract_rtf(data: bytes, limits: Limits) -> Document:
    reader = _Reader()
    reader.read(data)
    lines = reader.out.lines
    return Document(lines=lines, format="rtf", flags=reader.flags, body_size=body_size(lines))

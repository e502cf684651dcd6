"""A learned token tagger for résumé fields: employer, position, institution, degree and the person's name.

Each token of a line gets one of ``LABELS`` from a linear model over hand-written features (the word, its shape,
its neighbours, lexicon hits from ``vocab``, the line's dates, bullets and section kind). Tokens are scored
independently, so a whole document is scored with one matrix gather in numpy; the lines whose tokens disagree are
then decoded again with a fixed cost for changing label (``_smooth``); runs of tokens with the same label are the
spans.

The weights live in ``models/fields.npz``, made offline by ``parsing/training/train_fields.py`` (see
``models/README.md``). They are loaded once per process; when the file is missing, ``tagger()`` returns None and
the parser works on its rules alone.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from .dates import find_date_ranges
from .text import fold, is_bullet
from .vocab import (
    ORG_WORDS,
    SCHOOL_WORDS,
    TAGGER_UNSEEN_ORG_WORDS,
    TAGGER_UNSEEN_TITLE_WORDS,
    TITLE_HEADS,
    TITLE_TAILS,
    TITLE_WORDS,
)

LABELS = ("O", "EMPLOYER", "POSITION", "INSTITUTION", "DEGREE", "NAME")
OUTSIDE, EMPLOYER, POSITION, INSTITUTION, DEGREE, NAME = range(len(LABELS))
MODEL_PATH = Path(__file__).resolve().parent / "models" / "fields.npz"
# Sections whose lines are not tagged (lists of skills, languages, hobbies, certificates: no field lives there).
SKIPPED_KINDS = frozenset({"skills", "languages", "interests", "certifications"})

TOKEN_RE = re.compile(r"[^\W_]+(?:['’.&/-][^\W_]+)*\.?|[^\w\s]")
# Punctuation that may sit inside a span ("Saatchi & Saatchi", "Quality Builders, Inc.").
_INNER = {"&", ",", ".", "-", "'", "’", "(", ")", "/"}
_DEGREE_WORDS = {
    "bachelor", "bachelors", "master", "masters", "licence", "license", "maitrise", "doctorat", "doctorate", "phd",
    "mba", "bts", "dut", "deug", "but", "bac", "baccalaureat", "diploma", "diplome", "degree", "b.e.", "b.e", "be",
    "b.tech", "btech", "m.tech", "mtech", "bsc", "b.sc", "msc", "m.sc", "ms", "ma", "ba", "bs", "b.s.", "b.a.",
    "m.s.", "mca", "bca", "bba", "b.com", "m.com", "hsc", "ssc", "associate", "associates", "certificate",
    "engineering", "science", "arts", "technology", "commerce", "mastere", "ingenieur", "cap", "bep", "dess", "dea",
}  # fmt: skip
_PREPOSITIONS = {"at", "as", "in", "for", "with", "from", "of", "chez", "en", "de", "du", "des", "a", "au", "pour"}


def shape(token: str) -> str:
    """A word's shape, short form: "Acme" → "Xx", "IBM" → "X", "2019" → "d", "B.E." → "X.X."."""
    out: list[str] = []
    for char in token:
        kind = "X" if char.isupper() else "x" if char.isalpha() else "d" if char.isdigit() else char
        if not out or out[-1] != kind:
            out.append(kind)
    return "".join(out[:6])


@lru_cache(maxsize=32768)
def _word_features(token: str) -> tuple[str, str, str, str]:
    """(folded word, shape, suffix, lexicon classes) of one token, cached across documents."""
    folded = fold(token).rstrip(".") or token
    lex = ""
    if (folded in TITLE_WORDS or folded in TITLE_HEADS) and folded not in TAGGER_UNSEEN_TITLE_WORDS:
        lex += "T"
    if folded in TITLE_TAILS and folded not in TAGGER_UNSEEN_TITLE_WORDS:
        lex += "t"
    if folded in ORG_WORDS and folded not in TAGGER_UNSEEN_ORG_WORDS:
        lex += "O"
    if folded in SCHOOL_WORDS:
        lex += "S"
    if folded in _DEGREE_WORDS or fold(token) in _DEGREE_WORDS:
        lex += "D"
    if folded in _PREPOSITIONS:
        lex += "P"
    return folded, shape(token), folded[-3:], lex or "-"


@dataclass(slots=True)
class TaggedLine:
    """One line's tokens (with character offsets into the line) and their labels."""

    text: str
    tokens: list[tuple[int, int]]
    labels: list[int]
    margins: list[float]


def tokenize(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in TOKEN_RE.finditer(text)]


def _bucket(count: int) -> str:
    return "1" if count <= 1 else "3" if count <= 3 else "6" if count <= 6 else "12" if count <= 12 else "L"


_SEPARATORS = {",", "|", "-", "–", "—", "(", ")", ":", "•", "/", ";", "at", "as", "chez", "in", "with", "for", "from"}


def _segments(words: list[str], info: list[tuple[str, str, str, str]]) -> list[tuple[str, str]]:
    """Per token, two features of the segment it sits in (the stretch between separators: punctuation, "at", "as"
    …): its length, case and lexicon hits, and the separator that opens it with the segment's rank."""
    out: list[tuple[str, str]] = []
    start = 0
    count = len(words)
    while start < count:
        if info[start][0] in _SEPARATORS:
            out.append(("sg=sep", "sb=sep"))
            start += 1
            continue
        stop = start
        while stop < count and info[stop][0] not in _SEPARATORS:
            stop += 1
        members = info[start:stop]
        lexicon = "".join(sorted({c for m in members for c in m[3] if c in "TtOSD"})) or "-"
        capitals = sum(1 for w in words[start:stop] if w[:1].isupper())
        case = "C" if capitals == stop - start else "c" if capitals else "l"
        opener = info[start - 1][0] if start else "<s>"
        rank = "F" if start == 0 else "E" if stop == count else "M"
        described = ("sg=" + _bucket(stop - start) + case + lexicon, "sb=" + opener + rank + case)
        out.extend([described] * (stop - start))
        start = stop
    return out


_START = ("<s>", "<s>", "", "<s>")
_END = ("</s>", "</s>", "", "</s>")
Info = tuple[str, str, str, str]


def line_parts(
    text: str, tokens: list[tuple[int, int]], kind: str, index: int, near_date: str
) -> tuple[list[str], list[Info], list[list[str]]]:
    """A line's features in three parts: those shared by all its tokens, each token's word facts (folded word,
    shape, suffix, lexicon classes), and each token's features that combine it with its context.

    ``kind`` is the section kind, ``index`` the line's rank in the document, ``near_date`` says whether the line
    (``"L"``), the one before (``"B"``) or the one after (``"A"``) holds a date range (``"-"``: none)."""
    words = [text[a:b] for a, b in tokens]
    info = [_word_features(w) for w in words]
    count = len(words)
    bullet = "b" if is_bullet(text) else "-"
    head = "h" if index < 4 else "-"
    capitals = sum(1 for w in words if w[:1].isupper())
    line_shape = "C" if capitals == count else "c" if capitals * 2 >= count else "l"
    common = [
        "k=" + kind,
        "n=" + _bucket(count),
        "d=" + near_date,
        "kb=" + kind + bullet + head,
        "ls=" + line_shape + _bucket(count),
    ]
    colon = text.find(":")
    segment_of = _segments(words, info)
    pairs: list[list[str]] = []
    for i, (folded, shp, _suffix, lex) in enumerate(info):
        prev = info[i - 1] if i > 0 else _START
        nxt = info[i + 1] if i + 1 < count else _END
        where = "F" if i == 0 else "E" if i == count - 1 else "M"
        after_colon = "a" if 0 <= colon < tokens[i][0] else "-"
        pairs.append(
            [
                "ps=" + prev[1] + shp,
                "ns=" + shp + nxt[1],
                "pl=" + prev[3] + lex,
                "nl=" + lex + nxt[3],
                "pw=" + prev[0] + "|" + folded,
                "ks=" + kind + shp,
                "kl=" + kind + lex,
                "wh=" + where + shp + after_colon,
                "hs=" + head + shp + line_shape,
                *segment_of[i],
            ]
        )
    return common, info, pairs


def _own(item: Info) -> list[str]:
    return ["w=" + item[0], "s=" + item[1], "x=" + item[2], "l=" + item[3]]


def _context(info: list[Info], i: int) -> list[str]:
    count = len(info)
    return [
        "p=" + (info[i - 1][0] if i > 0 else "<s>"),
        "n=" + (info[i + 1][0] if i + 1 < count else "</s>"),
        "p2=" + (info[i - 2][0] if i > 1 else "<s>"),
        "n2=" + (info[i + 2][0] if i + 2 < count else "</s>"),
    ]


def line_features(text: str, tokens: list[tuple[int, int]], kind: str, index: int, near_date: str) -> list[list[str]]:
    """The feature strings of each token of a line (the training script's form; ``FieldTagger`` computes the
    same features as row numbers, faster)."""
    common, info, pairs = line_parts(text, tokens, kind, index, near_date)
    return [_own(item) + _context(info, i) + pairs[i] + common for i, item in enumerate(info)]


def _near_dates(texts: list[str]) -> list[str]:
    dated = [bool(find_date_ranges(t)) if len(t) < 200 else False for t in texts]
    last = len(texts) - 1
    return [
        "L" if dated[i] else "B" if i > 0 and dated[i - 1] else "A" if i < last and dated[i + 1] else "-"
        for i in range(len(texts))
    ]


def document_features(texts: list[str], kinds: list[str]) -> tuple[list[list[tuple[int, int]]], list[list[str]]]:
    """Token offsets of every line, and the feature lists of every token (flattened in document order)."""
    near = _near_dates(texts)
    all_tokens: list[list[tuple[int, int]]] = []
    features: list[list[str]] = []
    for index, (text, kind) in enumerate(zip(texts, kinds, strict=True)):
        tokens = tokenize(text) if kind not in SKIPPED_KINDS else []
        all_tokens.append(tokens)
        if tokens:
            features.extend(line_features(text, tokens, kind, index, near[index]))
    return all_tokens, features


class _Rows(dict[str, int]):
    """Feature → row; an unknown feature is the last row (all zeros), and is not stored."""

    unknown = 0

    def __missing__(self, key: str) -> int:
        return self.unknown


class FieldTagger:
    """The loaded model: a feature → row map and a weight matrix (features × labels)."""

    def __init__(self, names: list[str], weights: object) -> None:
        import numpy as np

        self.index = _Rows({name: row for row, name in enumerate(names)})
        self.index.unknown = len(names)
        # One extra row of zeros for unknown features.
        matrix = np.asarray(weights, dtype=np.float32)
        self.weights = np.vstack([matrix, np.zeros((1, matrix.shape[1]), dtype=np.float32)])
        self.unknown = len(names)
        self._words: dict[Info, tuple[int, ...]] = {}

    def _word_rows(self, item: Info) -> tuple[int, ...]:
        """Rows of a word's own features, then of the features it gives its neighbours (p=, n=, p2=, n2=)."""
        rows = self._words.get(item)
        if rows is None:
            get, unknown = self.index.get, self.unknown
            word = item[0]
            names = [*_own(item), "p=" + word, "n=" + word, "p2=" + word, "n2=" + word]
            rows = self._words[item] = tuple(get(name, unknown) for name in names)
            if len(self._words) > 50_000:
                self._words.clear()
        return rows

    def rows(self, texts: list[str], kinds: list[str]) -> tuple[list[list[tuple[int, int]]], list[int], int]:
        """Token offsets per line, and the feature rows of all tokens (flat, ``width`` per token)."""
        get, unknown, lookup = self.index.get, self.unknown, self.index.__getitem__
        near = _near_dates(texts)
        edges = [self._word_rows(_START), self._word_rows(_END)]
        all_tokens: list[list[tuple[int, int]]] = []
        flat: list[int] = []
        width = 0
        for index, (text, kind) in enumerate(zip(texts, kinds, strict=True)):
            tokens = tokenize(text) if kind not in SKIPPED_KINDS else []
            all_tokens.append(tokens)
            if not tokens:
                continue
            common, info, pairs = line_parts(text, tokens, kind, index, near[index])
            common_rows = [get(name, unknown) for name in common]
            words = [edges[0], edges[0], *(self._word_rows(item) for item in info), edges[1], edges[1]]
            for i, pair in enumerate(pairs):
                own = words[i + 2]
                row = [*own[:4], words[i + 1][4], words[i + 3][5], words[i][6], words[i + 4][7]]
                row.extend(map(lookup, pair))
                row.extend(common_rows)
                flat.extend(row)
                width = len(row)
        return all_tokens, flat, width

    def tag(self, texts: list[str], kinds: list[str]) -> list[TaggedLine]:
        """Every line tagged (lines of the ``SKIPPED_KINDS`` sections get no tokens)."""
        import numpy as np

        all_tokens, flat, width = self.rows(texts, kinds)
        lines = [TaggedLine(text, tokens, [], []) for text, tokens in zip(texts, all_tokens, strict=True)]
        if not flat:
            return lines
        ids = np.asarray(flat, dtype=np.int64)
        count = len(flat) // width
        scores = self.weights[ids].reshape(count, width, -1).sum(axis=1)
        best = scores.argmax(axis=1)
        if SWITCH_PENALTY > 0:
            best = _smooth(scores, best, [len(line.tokens) for line in lines], SWITCH_PENALTY)
            chosen = scores[np.arange(count), best]
            others = scores.copy()
            others[np.arange(count), best] = -np.inf
            margins = chosen - others.max(axis=1)
        else:
            ordered = np.sort(scores, axis=1)
            margins = ordered[:, -1] - ordered[:, -2]
        cursor = 0
        for line in lines:
            size = len(line.tokens)
            line.labels = best[cursor : cursor + size].tolist()
            line.margins = margins[cursor : cursor + size].tolist()
            cursor += size
        return lines


# The cost of changing label between two neighbouring tokens of a line, in the model's score units (chosen on the
# dotin DEV half with cross-validated fold models: 1.0 to 2.0 all help; 0 turns the decoding off).
SWITCH_PENALTY = 1.5


def _smooth(scores: Any, best: Any, sizes: list[int], penalty: float) -> Any:
    """``best`` (each token's own best label) re-decoded with ``_decode`` on the lines whose tokens do not all
    agree: on a line with one label throughout, that label is already the best sequence."""
    import numpy as np

    mixed: list[tuple[int, int]] = []
    cursor = 0
    for size in sizes:
        if size > 1 and (best[cursor : cursor + size] != best[cursor]).any():
            mixed.append((cursor, size))
        cursor += size
    if not mixed:
        return best
    index = np.concatenate([np.arange(start, start + size) for start, size in mixed])
    best = best.copy()
    best[index] = _decode(scores[index], [size for _, size in mixed], penalty)
    return best


def _decode(scores: Any, sizes: list[int], penalty: float) -> Any:
    """The best label sequence of every line (Viterbi), where changing label between two tokens costs ``penalty``:
    a span is not cut in two by one weak token, and one stray token does not start a span. All lines are decoded
    at once, position by position (lines padded to the longest)."""
    import numpy as np

    matrix = np.asarray(scores)
    labels = matrix.shape[1]
    lengths = np.asarray([n for n in sizes if n], dtype=np.int64)
    if not len(lengths):
        return matrix.argmax(axis=1)
    longest = int(lengths.max())
    rows = len(lengths)
    padded = np.zeros((rows, longest, labels), dtype=matrix.dtype)
    mask = np.arange(longest)[None, :] < lengths[:, None]
    padded[mask] = matrix
    transition = np.full((labels, labels), -penalty, dtype=matrix.dtype)
    np.fill_diagonal(transition, 0.0)
    total = padded[:, 0, :].copy()
    back = np.zeros((rows, longest, labels), dtype=np.int64)
    for position in range(1, longest):
        candidates = total[:, :, None] + transition[None, :, :]
        back[:, position, :] = candidates.argmax(axis=1)
        step = candidates.max(axis=1) + padded[:, position, :]
        live = (position < lengths)[:, None]
        total = np.where(live, step, total)
    best = np.zeros((rows, longest), dtype=np.int64)
    best[np.arange(rows), lengths - 1] = total.argmax(axis=1)
    for position in range(longest - 1, 0, -1):
        live = position < lengths
        previous = back[np.arange(rows), position, best[:, position]]
        best[live, position - 1] = previous[live]
    return best[mask]


def spans(line: TaggedLine, label: int) -> list[tuple[str, float]]:
    """(text, mean margin) of the runs of ``label`` in a tagged line; inner punctuation may join two pieces."""
    found: list[tuple[str, float]] = []
    start = -1
    margins: list[float] = []
    count = len(line.tokens)
    i = 0
    while i <= count:
        inside = i < count and line.labels[i] == label
        if not inside and start >= 0 and i < count:
            a, b = line.tokens[i]
            if line.text[a:b] in _INNER and i + 1 < count and line.labels[i + 1] == label:
                i += 1
                continue
        if inside:
            if start < 0:
                start = i
                margins = []
            margins.append(line.margins[i])
        elif start >= 0:
            a = line.tokens[start][0]
            b = line.tokens[i - 1][1]
            found.append((line.text[a:b].strip(" ,-(/"), sum(margins) / len(margins)))
            start = -1
        i += 1
    return [(text, margin) for text, margin in found if text]


_LOCK = threading.Lock()
_LOADED: dict[Path, FieldTagger | None] = {}


def tagger(path: Path | None = None) -> FieldTagger | None:
    """The field tagger, loaded once per process; None when the weights file is missing or unreadable."""
    where = path or MODEL_PATH
    if where not in _LOADED:
        with _LOCK:
            if where not in _LOADED:
                _LOADED[where] = _load(where)
    return _LOADED[where]


def _load(path: Path) -> FieldTagger | None:
    try:
        import numpy as np

        with np.load(path, allow_pickle=False) as data:
            names = bytes(data["features"]).decode("utf-8").split("\n")
            labels = tuple(bytes(data["labels"]).decode("utf-8").split("\n"))
            weights = data["weights"].astype(np.float32) * float(data["scale"])
        if labels != LABELS or weights.shape != (len(names), len(LABELS)):
            return None
        return FieldTagger(names, weights)
    except (OSError, KeyError, ValueError, ImportError):
        return None

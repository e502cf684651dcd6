"""Per-field scores for parsed CVs against labels.

Matching rules (the same for every data set):

* Text is compared after folding: lower case, accents removed, punctuation and extra spaces dropped.
* Names: equal as sets of words ("DUPONT Jean" == "Jean Dupont", "Jean-Michel" == "Jean Michel").
* E-mail: exact, lower case. Phone: exact E.164. City: folded equality.
* Employers: equal after removing legal suffixes (SAS, SA, SARL, Ltd, Inc, LLC, plc, GmbH, Group/Groupe…),
  or one folded name contains the other as whole words, or a similarity ratio of at least 0.85.
* Positions and institutions: folded equality, whole-word containment of at least two words, or ratio ≥ 0.85.
* Multi-valued fields (employers, positions, institutions, skills, languages) are scored as SETS OF DISTINCT
  VALUES per document, micro-averaged over documents (see ``distinct``): the labels of real CVs mark every
  mention ("oracle" in a job header, "Oracle India Pvt Ltd" in a bullet, "Application Developer" five times for
  five projects), while a parser rightly outputs one value per job. Counting each mention would make recall
  depend on how often a CV repeats a name, and would cap a perfect parser well below 1. So gold mentions that are
  equal under the field's rule form one gold value, predicted values likewise, and each gold value is matched at
  most once. This does not hide errors: a missing employer is still one false negative, a wrong one still one
  false positive, and a predicted value that matches nothing is a false positive however it is spelled.
* A predicted value may carry several surface forms (a skill's taxonomy label and the words the CV used): it
  matches a gold value when any of its forms does, and it is one value, not one per form.
* Work dates: for each labelled job, the predicted job of the same employer (else the same rank) must have the
  same start and the same end ("current" when there is none). Degree: the canonical degree (Master, Licence,
  BTS…, see ``parsing.structure.education``) of the matching education entry.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from ..structure.text import fold

_LEGAL_RE = re.compile(
    r"\b(?:sas|sasu|sa|sarl|eurl|snc|ltd|limited|plc|llc|llp|inc|incorporated|corp|corporation|co|gmbh|ag|bv|nv|"
    r"spa|srl|pvt|private|group|groupe|holding|france|uk)\b"
)


def norm(text: str) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", fold(text or "")).split())


def name_key(text: str) -> frozenset[str]:
    return frozenset(norm(text).split())


def employer_norm(text: str) -> str:
    return " ".join(_LEGAL_RE.sub(" ", norm(text)).split())


def _contains(a: str, b: str, min_words: int) -> bool:
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    if not short or len(short.split()) < min_words:
        return False
    return f" {short} " in f" {long} "


def employer_equal(a: str, b: str) -> bool:
    x, y = employer_norm(a), employer_norm(b)
    if not x or not y:
        return norm(a) == norm(b) != ""
    return x == y or _contains(x, y, 1) or SequenceMatcher(None, x, y).ratio() >= 0.85


def text_equal(a: str, b: str) -> bool:
    x, y = norm(a), norm(b)
    if not x or not y:
        return False
    return x == y or _contains(x, y, 2) or SequenceMatcher(None, x, y).ratio() >= 0.85


def exact_equal(a: str, b: str) -> bool:
    return norm(a) == norm(b) != ""


Forms = str | tuple[str, ...]


def _forms(item: Forms) -> tuple[str, ...]:
    return (item,) if isinstance(item, str) else item


def _same(a: list[str], b: list[str], equal: Callable[[str, str], bool]) -> bool:
    return any(equal(x, y) for x in a for y in b)


def distinct(items: Iterable[Forms], equal: Callable[[str, str], bool]) -> list[list[str]]:
    """The distinct values among ``items``: items equal under ``equal`` (through any of their forms) are merged
    into one value, kept as the list of all their forms."""
    values: list[list[str]] = []
    for item in items:
        forms = [f for f in _forms(item) if f and norm(f)]
        if not forms:
            continue
        for value in values:
            if _same(value, forms, equal):
                value.extend(f for f in forms if f not in value)
                break
        else:
            values.append(forms)
    return values


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Accuracy:
    correct: int = 0
    total: int = 0

    @property
    def value(self) -> float:
        return self.correct / self.total if self.total else 0.0


@dataclass
class Report:
    sets: dict[str, Counts] = field(default_factory=dict)
    accuracies: dict[str, Accuracy] = field(default_factory=dict)
    documents: int = 0
    errors: list[str] = field(default_factory=list)

    def add_set(
        self,
        field_name: str,
        gold: Iterable[Forms],
        predicted: Iterable[Forms],
        equal: Callable[[str, str], bool],
    ) -> None:
        """Score one document's values of a multi-valued field (each value a string or a tuple of its forms)."""
        counts = self.sets.setdefault(field_name, Counts())
        gold_values = distinct(gold, equal)
        predicted_values = distinct(predicted, equal)
        unmatched = list(predicted_values)
        for value in gold_values:
            hit = next((p for p in unmatched if _same(value, p, equal)), None)
            if hit is None:
                counts.fn += 1
            else:
                counts.tp += 1
                unmatched.remove(hit)
        # A predicted value that equals an already matched gold value (a chain "A ~ B ~ C" that ``distinct`` kept
        # apart) is a duplicate, not a false positive of another item.
        counts.fp += sum(1 for p in unmatched if not any(_same(g, p, equal) for g in gold_values))

    def add_accuracy(self, field_name: str, correct: bool) -> None:
        accuracy = self.accuracies.setdefault(field_name, Accuracy())
        accuracy.total += 1
        accuracy.correct += int(correct)

    def as_dict(self) -> dict[str, dict[str, float]]:
        out: dict[str, dict[str, float]] = {}
        for name, counts in self.sets.items():
            out[name] = {"precision": round(counts.precision, 3), "recall": round(counts.recall, 3),
                         "f1": round(counts.f1, 3), "n": counts.tp + counts.fn}  # fmt: skip
        for name, accuracy in self.accuracies.items():
            out[name] = {"accuracy": round(accuracy.value, 3), "n": accuracy.total}
        return out

    def table(self, title: str = "") -> str:
        rows = [f"{title} ({self.documents} documents)" if title else f"{self.documents} documents"]
        rows.append(f"{'field':<22}{'P':>8}{'R':>8}{'F1/acc':>9}{'n':>7}")
        for name, counts in sorted(self.sets.items()):
            rows.append(
                f"{name:<22}{counts.precision:>8.3f}{counts.recall:>8.3f}{counts.f1:>9.3f}{counts.tp + counts.fn:>7}"
            )
        for name, accuracy in sorted(self.accuracies.items()):
            rows.append(f"{name:<22}{'':>8}{'':>8}{accuracy.value:>9.3f}{accuracy.total:>7}")
        if self.errors:
            rows.append(f"errors: {len(self.errors)} ({self.errors[0]})")
        return "\n".join(rows)

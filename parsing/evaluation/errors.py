"""Error analysis of work entries on the dotin DEV half: per file, gold vs predicted employers and positions.

    python -m parsing.evaluation.errors [--dotin DIR] [--cv DIR] [--only employers|positions] [--lines]

``--cv DIR`` scores each DEV file with a field tagger that never saw it: ``DIR/fold0.npz`` (trained on the even
ranks of DEV, see ``train_fields --fold``) tags the odd ranks and ``DIR/fold1.npz`` the even ones. Without it the
shipped model is used, which was trained on all of DEV (its DEV scores are optimistic). Only the DEV half is read.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from ..structure import fields
from .dotin import document_from_text, dotin_paths, parse_dotin
from .metrics import Report, distinct, employer_equal, text_equal
from .run import DOTIN_DEFAULT, score_dotin


def _marks(gold: list[str], predicted: list[str], equal: Any) -> tuple[list[str], list[str], list[str]]:
    gold_values = distinct(gold, equal)
    predicted_values = distinct(predicted, equal)
    unmatched = list(predicted_values)
    hits, misses = [], []
    for value in gold_values:
        hit = next((p for p in unmatched if any(equal(x, y) for x in value for y in p)), None)
        if hit is None:
            misses.append(value[0])
        else:
            hits.append(f"{value[0]} ~ {hit[0]}")
            unmatched.remove(hit)
    spurious = [p[0] for p in unmatched if not any(equal(x, y) for g in gold_values for x in g for y in p)]
    return hits, misses, spurious


def _use_model(path: Path | None) -> None:
    fields.MODEL_PATH = path if path is not None else Path(fields.__file__).resolve().parent / "models" / "fields.npz"


def run(
    folder: Path, cv: Path | None, only: str | None, show_lines: bool, buckets: list[tuple[str, ...]] | None = None
) -> Report:
    from ..pipeline import analyze

    report = Report()
    for rank, path in enumerate(dotin_paths(folder, "dev")):
        if cv is not None:
            _use_model(cv / ("fold1.npz" if rank % 2 == 0 else "fold0.npz"))
        text, labels = parse_dotin(path.read_text(encoding="utf-8", errors="replace"))
        document = document_from_text(text)
        result = analyze(document)
        score_dotin(report, result, labels)
        if buckets is not None:
            from .training_view import document_kinds

            texts, kinds = document_kinds(document)
        work = result.get("work", [])
        print(f"=== {path.name}")
        for field, gold, predicted, equal in (
            ("employers", labels.get("Companies worked at", []), [w.get("name", "") for w in work], employer_equal),
            (
                "positions",
                labels.get("Designation", []),
                [w.get("position", "") for w in work] + [result.get("basics", {}).get("label", "")],
                text_equal,
            ),
        ):
            if only and field != only:
                continue
            hits, misses, spurious = _marks(gold, predicted, equal)
            if buckets is not None:
                other = labels.get("Designation" if field == "employers" else "Companies worked at", [])
                for value in misses:
                    buckets.append((field, "FN", bucket("FN", value, gold, other, texts, kinds), path.name, value))
                for value in spurious:
                    buckets.append((field, "FP", bucket("FP", value, gold, other, texts, kinds), path.name, value))
            print(f"  {field}: ok {hits}")
            for value in misses:
                print(f"    FN {value!r}")
            for value in spurious:
                print(f"    FP {value!r}")
        print("  work:", [(w.get("position"), w.get("name")) for w in work])
        if show_lines:
            for line in document.lines[:80]:
                print("   |", line.text[:160])
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m parsing.evaluation.errors", description=__doc__)
    parser.add_argument("--dotin", default=str(DOTIN_DEFAULT))
    parser.add_argument("--cv", default=None, help="folder with fold0.npz and fold1.npz (train_fields --fold)")
    parser.add_argument("--only", choices=("employers", "positions"), default=None)
    parser.add_argument("--lines", action="store_true", help="print each file's first 80 lines")
    parser.add_argument("--buckets", default=None, help="write every error with its bucket to this TSV file")
    args = parser.parse_args(argv)
    buckets: list[tuple[str, ...]] | None = [] if args.buckets else None
    report = run(Path(args.dotin), Path(args.cv) if args.cv else None, args.only, args.lines, buckets)
    if buckets:
        from collections import Counter

        print("\nerror buckets (automatic first pass)")
        for (field, kind, name), count in sorted(Counter((b[0], b[1], b[2]) for b in buckets).items()):
            print(f"  {field:<10} {kind} {count:>4}  {name}")
        with open(args.buckets, "w", encoding="utf-8") as out:
            for row in buckets:
                out.write("\t".join(row) + "\n")
    print(report.table("dotin DEV" + (" (cross-validated tagger)" if args.cv else "")))
    return 0


def bucket(kind: str, value: str, gold: list[str], other_gold: list[str], texts: list[str], kinds: list[str]) -> str:
    """A rough first classification of one error (``kind`` "FP" or "FN"), refined by reading samples."""
    import re

    from .metrics import norm

    key = norm(value)
    if kind == "FP":
        if not gold:
            return "unlabelled file (label noise)"
        if any(text_equal(value, g) or employer_equal(value, g) for g in other_gold):
            return "employer/position swapped"
        if any(set(key.split()) & set(norm(g).split()) for g in gold):
            return "boundary (overlaps a gold value)"
        if re.search(r"\d", value) or re.match(r"^(?:present|current|till date|duration)", key):
            return "junk: date/number/label"
    lines = [(t, k) for t, k in zip(texts, kinds, strict=True) if key and f" {key} " in f" {norm(t)} "]
    if not lines:
        return "not found in text (boundary/spelling)"
    where = {k or "header" for _, k in lines}
    if kind == "FN":
        if any(text_equal(value, g) for g in other_gold):
            return "label noise: same text is the other field"
        if "experience" not in where:
            return "FN: mentioned outside experience (" + ",".join(sorted(where)) + ")"
        if all(len(t.split()) > 14 for t, k in lines if k == "experience"):
            return "FN: prose mention in experience"
        return "FN: header line in experience missed/mis-split"
    if "experience" not in where:
        return "FP: from non-experience section (" + ",".join(sorted(where)) + ")"
    if all(len(t.split()) > 14 for t, k in lines if k == "experience"):
        return "FP: from prose/bullet line"
    return "FP: other experience line (description/place/project)"


if __name__ == "__main__":
    raise SystemExit(main())

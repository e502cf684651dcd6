"""Evaluation: score parsed CVs against labels, print a per-field table.

    python -m parsing.evaluation --generated 200 [--dotin [DIR]] [--split dev|heldout|all]
                                 [--skills candidates/data/default_skills.csv] [--esco SKILLS_CSV...]

Generated CVs come from seeds at or above ``HELD_OUT_START`` (never used while writing the rules).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ..errors import ParseError
from ..structure.education import degree_key
from ..taxonomy import Taxonomy
from .metrics import Report, employer_equal, exact_equal, name_key, norm, text_equal

DOTIN_DEFAULT = Path(__file__).resolve().parents[3] / "shared" / "data" / "resumes" / "dotin-train"


def _end(value: str | None) -> str:
    return value or "current"


def score_generated(report: Report, result: dict[str, Any], labels: dict[str, Any]) -> None:
    """Add one generated CV's scores to ``report``."""
    report.documents += 1
    basics = result.get("basics", {})
    meta = result.get("meta", {})
    report.add_accuracy("name", name_key(basics.get("name", "")) == name_key(labels["name"]))
    report.add_accuracy("email", basics.get("email", "").lower() == labels["email"].lower())
    report.add_accuracy("phone", basics.get("phone", "") == labels["phone"])
    report.add_accuracy("city", norm(basics.get("location", {}).get("city", "")) == norm(labels["city"]))
    report.add_accuracy("document_language", meta.get("language") == labels["language"])
    work = result.get("work", [])
    gold_work = labels.get("work", [])
    report.add_set("employers", [w["employer"] for w in gold_work], [w.get("name", "") for w in work], employer_equal)
    report.add_set("positions", [w["position"] for w in gold_work], [w.get("position", "") for w in work], text_equal)
    matched: set[int] = set()
    for rank, gold in enumerate(gold_work):
        # The job of the same employer and position (one employer may hold several positions), else the same
        # employer, else the same rank.
        match = next(
            (
                w
                for w in work
                if employer_equal(gold["employer"], w.get("name", ""))
                and text_equal(gold["position"], w.get("position", ""))
            ),
            None,
        ) or next((w for w in work if employer_equal(gold["employer"], w.get("name", ""))), None)
        if match is None and rank < len(work):
            match = work[rank]
        if gold.get("undated"):
            ok = match is not None and not match.get("startDate") and not match.get("endDate")
        else:
            ok = (
                match is not None
                and match.get("startDate") == gold["start"]
                and _end(match.get("endDate")) == _end(gold["end"])
            )
        report.add_accuracy("work_dates", ok)
        # Each job's bullet points, one highlight each, on the job they were written under.
        predicted_highlights = match.get("highlights", []) if match is not None else []
        report.add_set("highlights", gold.get("highlights", []), predicted_highlights, exact_equal)
        if match is not None:
            matched.add(id(match))
    for w in work:
        if id(w) not in matched:
            report.add_set("highlights", [], w.get("highlights", []), exact_equal)
    education = result.get("education", [])
    gold_education = labels.get("education", [])
    report.add_set(
        "institutions",
        [e["institution"] for e in gold_education],
        [e.get("institution", "") for e in education],
        text_equal,
    )
    for rank, gold in enumerate(gold_education):
        match = next((e for e in education if text_equal(gold["institution"], e.get("institution", ""))), None)
        if match is None and rank < len(education):
            match = education[rank]
        report.add_accuracy(
            "degree", match is not None and degree_key(match.get("studyType", "")) == gold["degree_key"]
        )
    report.add_accuracy("education_level", meta.get("education_level") == labels.get("education_level"))
    # A skill the taxonomy does not name has no key: it is scored by its wording, so it can only be a false positive.
    predicted = [s.get("key") or s.get("evidence", "") for s in meta.get("skills", [])]
    report.add_set("skills", labels.get("skills", []), predicted, str.__eq__)
    gold_languages = labels.get("languages", [])
    predicted_languages = meta.get("languages", [])
    report.add_set(
        "languages", [g["code"] for g in gold_languages], [p["code"] for p in predicted_languages], str.__eq__
    )
    report.add_set(
        "language_levels",
        [f"{g['code']}:{g['level']}" for g in gold_languages],
        [f"{p['code']}:{p['level']}" for p in predicted_languages],
        str.__eq__,
    )
    found = set(meta.get("protected_attributes_found", []))
    for kind in labels.get("protected", []):
        report.add_accuracy("protected_found", kind in found)


def score_dotin(
    report: Report, result: dict[str, Any], labels: dict[str, list[str]], taxonomy: Taxonomy | None = None
) -> None:
    """Add one dotin résumé's scores (labels are noisy: development numbers, not a gate).

    What the labels mean, and so what is compared (read on the DEV half):

    * "Companies worked at", "Designation", "College Name", "Degree" and the skill labels mark EVERY mention,
      not one per job: the headline under the name ("Associate Software Engineer"), the job header, a bullet
      that repeats the employer's full legal name, an objective ("a position as a Music Producer"). Multi-valued
      fields are therefore compared as sets of distinct values (``metrics.distinct``).
    * Positions: the predicted set is every work entry's position plus the CV's headline (``basics.label``),
      since the headline is the parser's statement of the person's title and the labels mark it as a
      Designation. A wrong headline is a false positive like any other.
    * Degree: the canonical degree key (Master, Bachelor, …) of each labelled Degree span that has one.
    * Skills: the three skill labels (Tech Tools, Job Specific Skills, Soft Skills). A predicted skill is one
      value with several forms (taxonomy label, the wording found in the CV, its taxonomy key); a gold span whose
      whole text is a wording of the taxonomy also carries that key, so "ML" and "Machine learning" meet.
      "skills" scores every predicted skill against every labelled span; "skills_taxonomy" scores the skills
      the parser named with a taxonomy key against the spans the taxonomy can name: the taxonomy matcher's own
      precision and recall. (Items of a skills section that the taxonomy does not name are output in the CV's
      wording, without a key: they count in "skills" only.)
    """
    report.documents += 1
    basics = result.get("basics", {})
    if labels.get("Name"):
        report.add_accuracy("name", name_key(basics.get("name", "")) == name_key(labels["Name"][0]))
    if labels.get("Email Address"):
        gold = {norm(e) for e in labels["Email Address"]}
        report.add_accuracy("email", norm(basics.get("email", "")) in gold)
    work = result.get("work", [])
    report.add_set(
        "employers", labels.get("Companies worked at", []), [w.get("name", "") for w in work], employer_equal
    )
    positions = [w.get("position", "") for w in work] + [basics.get("label", "")]
    report.add_set("positions", labels.get("Designation", []), positions, text_equal)
    education = result.get("education", [])
    report.add_set(
        "institutions", labels.get("College Name", []), [e.get("institution", "") for e in education], text_equal
    )
    gold_degrees = [k for k in (degree_key(d) for d in labels.get("Degree", [])) if k]
    predicted_degrees = [k for k in (degree_key(e.get("studyType", "")) for e in education) if k]
    report.add_set("degree", gold_degrees, predicted_degrees, str.__eq__)
    gold_spans = labels.get("Tech Tools", []) + labels.get("Job Specific Skills", []) + labels.get("Soft Skills", [])
    gold_skills = [_gold_skill(span, taxonomy) for span in gold_spans]
    predicted_skills: list[tuple[str, ...]] = []
    meta_skills = result.get("meta", {}).get("skills", [])
    for index, skill in enumerate(result.get("skills", [])):
        forms = [skill.get("name", ""), *skill.get("keywords", [])]
        if index < len(meta_skills):
            forms.append(meta_skills[index].get("evidence", ""))
            if meta_skills[index].get("key"):
                forms.append(_KEY + meta_skills[index]["key"])
        predicted_skills.append(tuple(f for f in forms if f))
    report.add_set("skills", gold_skills, predicted_skills, _skill_equal)
    if taxonomy is not None:
        # The taxonomy's part alone: the spans it can name against the skills the parser named with it.
        in_taxonomy = [g for g in gold_skills if any(f.startswith(_KEY) for f in g)]
        named = [p for p in predicted_skills if any(f.startswith(_KEY) for f in p)]
        report.add_set("skills_taxonomy", in_taxonomy, named, _skill_equal)


_KEY = "\x00key:"


def _skill_equal(a: str, b: str) -> bool:
    if a.startswith(_KEY) or b.startswith(_KEY):
        return a == b
    return exact_equal(a, b)


def _gold_skill(span: str, taxonomy: Taxonomy | None) -> tuple[str, ...]:
    """A labelled skill span, plus its taxonomy key when the whole span is one wording of the taxonomy."""
    if taxonomy is None or not taxonomy.skills:
        return (span,)
    from ..structure.skills import matcher_for

    key = matcher_for(taxonomy).whole(span)
    if key is None:
        return (span,)
    return (span, _KEY + key)


def evaluate(
    samples: Iterable[tuple[dict[str, Any], dict[str, Any]]],
    *,
    kind: str = "generated",
    taxonomy: Taxonomy | None = None,
) -> Report:
    """A report over (parse result, labels) pairs; ``kind`` is "generated" or "dotin"."""
    report = Report()
    for result, labels in samples:
        if kind == "generated":
            score_generated(report, result, labels)
        else:
            score_dotin(report, result, labels, taxonomy)
    return report


def generated_samples(
    count: int, taxonomy: Taxonomy, *, start: int | None = None, through_files: bool = True
) -> Iterable[tuple[dict[str, Any], dict[str, Any]]]:
    """Parse ``count`` generated CVs (real PDF/DOCX through extraction when ``through_files``)."""
    from ..pipeline import analyze, parse_resume
    from .generate import HELD_OUT_START, generate_cv, generate_document

    first = HELD_OUT_START if start is None else start
    for seed in range(first, first + count):
        if through_files:
            data, filename, labels = generate_cv(seed, taxonomy)
            try:
                result = parse_resume(data, filename, taxonomy)
            except ParseError as error:
                result = {"basics": {}, "meta": {"error": str(error.code)}}
        else:
            document, labels = generate_document(seed, taxonomy)
            result = analyze(document, taxonomy)
        yield result, labels


def dotin_samples(
    folder: Path, taxonomy: Taxonomy | None, split: str = "all", cv: Path | None = None
) -> Iterable[tuple[dict[str, Any], dict[str, Any]]]:
    """Parse the dotin files of ``split``. With ``cv`` (a folder holding ``fold0.npz`` and ``fold1.npz`` made by
    ``train_fields --fold``; DEV only), each file is tagged by the fold model that never saw it."""
    from ..pipeline import analyze
    from ..structure import fields
    from .dotin import document_from_text, dotin_paths, parse_dotin

    shipped = fields.MODEL_PATH
    try:
        for rank, path in enumerate(dotin_paths(folder, split)):
            if cv is not None:
                fields.MODEL_PATH = cv / ("fold1.npz" if rank % 2 == 0 else "fold0.npz")
            text, labels = parse_dotin(path.read_text(encoding="utf-8", errors="replace"))
            yield analyze(document_from_text(text), taxonomy), labels
    finally:
        fields.MODEL_PATH = shipped


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m parsing.evaluation", description=__doc__)
    parser.add_argument("--generated", type=int, default=0, help="number of generated CVs (held-out seeds)")
    parser.add_argument("--start", type=int, default=None, help="first seed (default: the held-out range)")
    parser.add_argument("--no-files", action="store_true", help="analyse generated lines directly, no PDF/DOCX")
    parser.add_argument("--dotin", nargs="?", const=str(DOTIN_DEFAULT), default=None, help="dotin-train folder")
    parser.add_argument(
        "--split",
        choices=("dev", "heldout", "all"),
        default="all",
        help="dotin half: dev (even indexes of the files sorted by name; tune on it), heldout (odd; score only)",
    )
    parser.add_argument(
        "--skills",
        action="append",
        default=[],
        help="taxonomy CSV: slug,category,label_en,label_fr,aliases (repeatable)",
    )
    parser.add_argument(
        "--esco",
        nargs="+",
        default=[],
        metavar="SKILLS_CSV",
        help="ESCO skills CSV files (English or French), loaded after --skills as manage.py import_esco does",
    )
    parser.add_argument(
        "--cv",
        default=None,
        help="DEV only: folder with fold0.npz and fold1.npz (train_fields --fold); each file is tagged by the fold "
        "model that did not see it, for honest DEV numbers (the shipped model was trained on all of DEV)",
    )
    args = parser.parse_args(argv)
    if args.cv and args.split != "dev":
        parser.error("--cv needs --split dev")
    from .taxonomy import load_taxonomy, sample_taxonomy

    given = bool(args.skills or args.esco)
    started = time.perf_counter()
    taxonomy = load_taxonomy(args.skills, args.esco) if given else sample_taxonomy()
    if given:
        from ..structure.skills import matcher_for

        matcher_for(taxonomy)
        print(
            f"taxonomy: {len(taxonomy.skills)} skills, loaded and compiled in {time.perf_counter() - started:.1f} s\n"
        )
    if not args.generated and not args.dotin:
        args.generated = 100
    if args.generated:
        started = time.perf_counter()
        report = evaluate(
            generated_samples(args.generated, taxonomy, start=args.start, through_files=not args.no_files)
        )
        elapsed = time.perf_counter() - started
        print(report.table(f"Generated CVs, seeds from {args.start or 'held-out start'}"))
        print(f"{elapsed / max(report.documents, 1) * 1000:.0f} ms per CV (generation + parsing)\n")
    if args.dotin:
        folder = Path(args.dotin)
        if not folder.is_dir():
            print(f"dotin folder not found: {folder}", file=sys.stderr)
            return 2
        dotin_taxonomy = taxonomy if given else None
        cv = Path(args.cv) if args.cv else None
        report = evaluate(dotin_samples(folder, dotin_taxonomy, args.split, cv), kind="dotin", taxonomy=dotin_taxonomy)
        title = f"dotin-train, split {args.split}{' (cross-validated tagger)' if cv else ''} (noisy labels)"
        print(report.table(title))
    return 0

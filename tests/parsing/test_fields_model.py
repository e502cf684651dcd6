"""The learned field tagger: the shipped weights load, tagging is deterministic, the parser works without them,
and it finds fields the layout rules cannot (prose, one-line CVs)."""

from __future__ import annotations

from pathlib import Path

import pytest

from parsing.document import Document, Line
from parsing.pipeline import analyze
from parsing.structure import fields
from parsing.structure.refine import POLICIES, Policy, refine

from .conftest import make_document

needs_model = pytest.mark.skipif(not fields.MODEL_PATH.exists(), reason="fields.npz not shipped")


@needs_model
def test_model_loads_once_and_is_small():
    model = fields.tagger()
    assert model is not None
    assert fields.tagger() is model
    assert fields.MODEL_PATH.stat().st_size < 2 * 1024 * 1024
    assert model.weights.shape[1] == len(fields.LABELS)


def test_missing_or_broken_model_file_means_rules_alone(tmp_path: Path):
    assert fields.tagger(tmp_path / "absent.npz") is None
    broken = tmp_path / "broken.npz"
    broken.write_bytes(b"not a zip file")
    assert fields.tagger(broken) is None


def test_parser_works_without_the_model(monkeypatch):
    from parsing.structure import analyze as analyze_module

    monkeypatch.setattr(analyze_module, "tagger", lambda: None)
    document = make_document(
        "Jean Dupont",
        "Expérience professionnelle",
        "Développeur Python | ACME | 2019 - 2021",
        "Formation",
        "Master Informatique | Université de Lyon | 2018",
        headings=("Expérience professionnelle", "Formation"),
    )
    result = analyze(document)
    assert result["work"][0]["name"] == "ACME"
    assert result["education"][0]["institution"] == "Université de Lyon"
    assert "fields" not in result["meta"]["timings_ms"]


@needs_model
def test_fast_rows_equal_the_training_features():
    model = fields.tagger()
    assert model is not None
    texts = [
        "Marie Curie",
        "Senior Software Engineer at Globex Corporation, Springfield",
        "• Past Organization: Initech as Business Analyst (2015 - 2018)",
        "B.Tech in Computer Science from Anna University",
        "Python, SQL",
    ]
    kinds = ["header", "experience", "experience", "education", "skills"]
    _, features = fields.document_features(texts, kinds)
    expected = [model.index.get(name, model.unknown) for token in features for name in token]
    _, flat, _ = model.rows(texts, kinds)
    assert flat == expected


@needs_model
def test_tagging_is_deterministic():
    model = fields.tagger()
    assert model is not None
    texts = ["Worked as Sales Executive at Reliance Retail Ltd from 2014 to 2016", "MBA from Symbiosis University"]
    kinds = ["summary", "summary"]
    first = [(line.labels, line.margins) for line in model.tag(texts, kinds)]
    second = [(line.labels, line.margins) for line in model.tag(texts, kinds)]
    assert first == second


def test_spans_join_inner_punctuation():
    line = fields.TaggedLine("Saatchi & Saatchi , London", [], [], [])
    line.tokens = fields.tokenize(line.text)
    line.labels = [fields.EMPLOYER, fields.EMPLOYER, fields.EMPLOYER, fields.OUTSIDE, fields.OUTSIDE]
    line.margins = [2.0, 1.0, 3.0, 0.0, 0.0]
    assert fields.spans(line, fields.EMPLOYER) == [("Saatchi & Saatchi", 2.0)]


def _tagged(text: str, labels: list[int]) -> fields.TaggedLine:
    tokens = fields.tokenize(text)
    assert len(tokens) == len(labels)
    return fields.TaggedLine(text, tokens, labels, [5.0] * len(labels))


def test_refine_completes_entries_and_adds_what_the_rules_missed():
    E, P, D, S, N = fields.EMPLOYER, fields.POSITION, fields.DEGREE, fields.INSTITUTION, fields.OUTSIDE
    lines = [
        _tagged("Data Analyst", [P, P]),
        _tagged("Initech , Austin", [E, N, N]),
        _tagged("Past Organization : Globex as Sales Executive", [N, N, N, E, N, P, P]),
        _tagged("B.Tech from Anna University", [D, N, S, S]),
    ]
    work = [{"position": "Data Analyst", "startDate": "2019-01"}, {"name": "Promoted to lead", "position": "x"}]
    new_work, education = refine(lines, work, [], **POLICIES)
    # The nameless rule entry gets the employer written next to its position, and keeps its dates.
    assert new_work[0] == {"position": "Data Analyst", "startDate": "2019-01", "name": "Initech"}
    assert {"name": "Globex", "position": "Sales Executive"} in new_work
    assert education == [{"institution": "Anna University", "studyType": "B.Tech"}]
    # The inputs are not changed.
    assert work[0] == {"position": "Data Analyst", "startDate": "2019-01"}


def test_refine_adds_no_fragment_or_date_as_an_employer():
    E, N = fields.EMPLOYER, fields.OUTSIDE
    lines = [
        _tagged("licensee management for Top Broadcasting Co. Drove", [N, N, N, E, E, E, E]),
        _tagged("Lincoln Elementary School", [E, E, E]),  # a teacher's employer
        _tagged("09/14-Present", [E]),
        _tagged("Worked at l'Oréal", [N, N, E]),
        _tagged("eBay", [E]),
    ]
    work, _ = refine(lines, [], [], **POLICIES)
    assert [item.get("name") for item in work] == ["Lincoln Elementary School", "l'Oréal", "eBay"]


def test_refine_check_drops_unsupported_rule_values():
    lines = [_tagged("Université de Lyon", [fields.INSTITUTION] * 3)]
    education = [{"institution": "Paris", "studyType": "Master"}, {"institution": "Université de Lyon"}]
    _, kept = refine(lines, [], education, schools=Policy(check=True))
    assert kept == [{"studyType": "Master"}, {"institution": "Université de Lyon"}]


@needs_model
def test_prose_and_one_line_cvs():
    lines = [
        Line("Arjun Mehta"),
        Line("Sales Executive - Reliance Retail"),
        Line("Summary"),
        Line("Past Organization: Tata Motors Limited as Sales Officer from 2012 to 2014."),
        Line("Education"),
        Line("MBA in Marketing from Symbiosis Institute of Business Management, Pune - 2012"),
    ]
    result = analyze(Document(lines=lines, format="text"))
    names = [w.get("name", "") for w in result["work"]]
    assert any("Tata Motors" in n for n in names)
    schools = [e.get("institution", "") for e in result["education"]]
    assert any("Symbiosis" in s for s in schools)
    assert any(e.get("studyType") == "MBA" for e in result["education"])

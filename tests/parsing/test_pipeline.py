"""The entry points: parse_resume (bytes → JSON Resume + meta) and analyze, end to end on generated files."""

from __future__ import annotations

import pytest

from parsing import PARSER_VERSION, ErrorCode, ParseError, analyze, parse_resume
from parsing.document import Document, Line
from parsing.evaluation.generate import generate_cv


@pytest.mark.parametrize("layout", ["pdf_classic", "pdf_caps", "pdf_sidebar", "pdf_dates_left", "docx_headings",
                                    "docx_table"])  # fmt: skip
def test_parse_resume_end_to_end(layout, sample_taxonomy):
    data, filename, labels = generate_cv(21, sample_taxonomy, layout=layout)
    result = parse_resume(data, filename, sample_taxonomy)
    assert result["basics"]["email"] == labels["email"]
    assert result["basics"]["phone"] == labels["phone"]
    assert result["work"] and result["education"] and result["skills"]
    meta = result["meta"]
    assert meta["parser_version"] == PARSER_VERSION
    assert meta["format"] == labels["format"]
    assert meta["language"] == labels["language"]
    assert meta["timings_ms"]["total"] >= meta["timings_ms"]["extract"]


def test_parse_resume_raises_parse_error_for_unreadable_files():
    with pytest.raises(ParseError) as caught:
        parse_resume(b"", "cv.pdf")
    assert caught.value.code == ErrorCode.EMPTY_FILE


def test_analyze_without_taxonomy_lists_the_skills_section():
    lines = [Line(t) for t in ["Jane Smith", "Skills", "Python, SQL; Tableau"]]
    result = analyze(Document(lines=lines, format="text"))
    assert [s["name"] for s in result["skills"]] == ["Python", "SQL", "Tableau"]
    assert [s["evidence"] for s in result["meta"]["skills"]] == ["Python", "SQL", "Tableau"]  # aligned, no key

"""manage.py parse_cv: one result per file, in both formats, never a crash nor a hang."""

from __future__ import annotations

import io
import json

import pytest
from django.core.management import call_command

from tests.parsing import files


def run(*args):
    out = io.StringIO()
    try:
        call_command("parse_cv", *map(str, args), stdout=out)
    except SystemExit as exit_:
        return exit_.code, out.getvalue()
    return 0, out.getvalue()


@pytest.fixture
def folder(tmp_path):
    cvs = tmp_path / "cvs"
    cvs.mkdir()
    (cvs / "a-one-column.pdf").write_bytes(files.one_column_pdf())
    (cvs / "b-cv.docx").write_bytes(files.docx_cv())
    (cvs / "c-encrypted.pdf").write_bytes(files.encrypted_pdf())
    (cvs / "d-old.doc").write_bytes(files.legacy_doc())
    (cvs / "e-photo.png").write_bytes(files.png())
    (cvs / "f-bomb.docx").write_bytes(files.bomb_docx())
    (cvs / ".hidden").write_bytes(b"ignored")
    return cvs


def test_jsonl_one_line_per_file_in_order(folder):
    status, output = run(folder, "--format", "jsonl", "--taxonomy", "default")
    lines = [json.loads(line) for line in output.splitlines()]
    assert [line["meta"]["source"] for line in lines] == [
        str(folder / name)
        for name in ("a-one-column.pdf", "b-cv.docx", "c-encrypted.pdf", "d-old.doc", "e-photo.png", "f-bomb.docx")
    ]
    good, docx, encrypted, legacy, image, bomb = lines
    assert status == 1  # some files failed
    for result in (good, docx):
        assert "error" not in result
        assert result["basics"]["name"] == "Jeanne Dupont"
        assert result["meta"]["language"] == "fr"
        assert 0 <= result["meta"]["confidence"]["name"] <= 1
        assert result["meta"]["timings_ms"]["total"] > 0
    assert any(skill["key"] == "python" for skill in docx["meta"]["skills"])  # the shipped list, from the CSV
    assert encrypted["error"]["code"] == "encrypted_pdf" and encrypted["error"]["message"]
    assert legacy["error"]["code"] == "legacy_doc"
    assert image["error"]["code"] == "unsupported_type"
    assert bomb["error"]["code"] == "archive_bomb"
    assert set(encrypted) == {"meta", "error"}


def test_json_array_for_several_files_and_object_for_one(folder):
    status, output = run(folder / "a-one-column.pdf", folder / "c-encrypted.pdf", "--taxonomy", "none")
    results = json.loads(output)
    assert status == 1 and isinstance(results, list) and len(results) == 2
    assert results[1]["error"]["code"] == "encrypted_pdf"
    assert results[0]["skills"] == [] or all("name" in skill for skill in results[0]["skills"])

    status, output = run(folder / "b-cv.docx", "--taxonomy", "none")
    result = json.loads(output)
    assert status == 0 and isinstance(result, dict) and result["meta"]["source"] == str(folder / "b-cv.docx")


def test_missing_file_is_an_error_not_a_crash(tmp_path):
    status, output = run(tmp_path / "nope.pdf", "--taxonomy", "none", "--format", "jsonl")
    assert status == 1 and json.loads(output)["error"]["code"] == "not_found"


def test_a_hanging_parse_times_out_and_the_next_file_is_parsed(folder):
    (folder / "c-hang.txt").write_bytes(b"Jeanne Dupont\n")
    status, output = run(
        folder / "c-hang.txt",
        folder / "b-cv.docx",
        "--format",
        "jsonl",
        "--taxonomy",
        "none",
        "--timeout",
        "3",
        "--test-hang-on",
        "hang",
    )
    hung, after = (json.loads(line) for line in output.splitlines())
    assert status == 1
    assert hung == {
        "meta": {"source": str(folder / "c-hang.txt")},
        "error": {"code": "timeout", "message": "Reading the document took too long and was stopped."},
    }
    assert after["basics"]["name"] == "Jeanne Dupont"


def test_a_crashing_parse_is_reported_and_the_next_file_is_parsed(folder):
    status, output = run(
        folder / "a-one-column.pdf",
        folder / "b-cv.docx",
        "--format",
        "jsonl",
        "--taxonomy",
        "none",
        "--test-crash-on",
        "one-column",
    )
    crashed, after = (json.loads(line) for line in output.splitlines())
    assert status == 1 and crashed["error"]["code"] == "worker_crashed"
    assert "error" not in after


def test_taxonomy_db_uses_the_skills_table(db, tmp_path):
    from tests.factories import SkillFactory

    SkillFactory(slug="zorglang-test", label_en="Zorglang", label_fr="Zorglang")
    cv = tmp_path / "cv.txt"
    cv.write_text("Jeanne Dupont\nCompétences\nZorglang, Python\n", encoding="utf-8")
    status, output = run(cv, "--taxonomy", "db")
    assert status == 0
    assert "zorglang-test" in {skill["key"] for skill in json.loads(output)["meta"]["skills"]}


def test_pdfminers_font_warnings_stay_out_of_the_logs():
    """A browser's PDF embeds fonts without their metrics: pdfminer warns of each ("Could not get FontBBox from font
    descriptor") though the text is read; the workers' and the command's logs show its errors only."""
    import logging

    from django.conf import settings

    assert settings.LOGGING["loggers"]["pdfminer"]["level"] == "ERROR"
    assert not logging.getLogger("pdfminer.pdffont").isEnabledFor(logging.WARNING)

"""Extraction: real files of every supported kind (built by tests/parsing/files.py) become lines with layout facts,
and every way a file can be refused gives its own error code."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from parsing.detect import detect_type, extension_type
from parsing.document import Document
from parsing.errors import ErrorCode, ParseError
from parsing.extract import READERS, extract
from parsing.extract.normalize import clean
from parsing.limits import Limits

from . import files


def refused(data: bytes, filename: str, limits: Limits | None = None) -> ParseError:
    with pytest.raises(ParseError) as caught:
        extract(data, filename, limits=limits)
    return caught.value


def texts(document: Document) -> list[str]:
    return [line.text for line in document.lines]


def index_of(document: Document, text: str) -> int:
    return next(index for index, line in enumerate(document.lines) if line.text.startswith(text))


# --- Every error code extraction raises -----------------------------------------------------------------------------


@pytest.mark.parametrize("data", [b"", b"   \r\n\t  ", "  \n".encode("utf-8-sig"), "  ".encode("utf-16")])
def test_empty_file(data):
    assert refused(data, "cv.pdf").code == ErrorCode.EMPTY_FILE


def test_too_large_is_checked_first():
    data = files.one_column_pdf()
    assert refused(data, "cv.pdf", Limits(max_bytes=len(data) - 1)).code == ErrorCode.TOO_LARGE
    assert extract(data, "cv.pdf", limits=Limits(max_bytes=len(data))).lines


def test_too_many_pages():
    assert refused(files.one_column_pdf(pages=31), "cv.pdf").code == ErrorCode.TOO_MANY_PAGES
    assert refused(files.two_column_pdf(), "cv.pdf", Limits(max_pages=1)).code == ErrorCode.TOO_MANY_PAGES
    assert extract(files.two_column_pdf(), "cv.pdf", limits=Limits(max_pages=2)).pages == 2


@pytest.mark.parametrize(
    ("data", "filename"),
    [
        (files.png(), "photo.png"),
        (files.png(), "photo"),
        (files.xlsx_like(), "book.xlsx"),
        (files._zip([("notes/readme.md", b"hello"), ("data.bin", b"\x00\x01")]), "archive.zip"),
        (bytes(range(256)) * 64, "data.bin"),
    ],
)
def test_unsupported_type(data, filename):
    assert refused(data, filename).code == ErrorCode.UNSUPPORTED_TYPE


@pytest.mark.parametrize(
    ("data", "filename"),
    [(files.png(), "cv.pdf"), (files.png(), "CV.DOCX"), (files.xlsx_like(), "cv.docx"), (files.png(), "cv.txt")],
)
def test_type_mismatch_when_the_name_claims_a_cv_format_but_the_content_is_another_binary(data, filename):
    assert refused(data, filename).code == ErrorCode.TYPE_MISMATCH


@pytest.mark.parametrize("filename", ["cv.doc", "cv.pdf", "cv"])
def test_legacy_doc(filename):
    assert refused(files.legacy_doc(), filename).code == ErrorCode.LEGACY_DOC


def test_password_protected_docx_is_not_called_a_legacy_doc():
    data = files.legacy_doc() + "EncryptedPackage".encode("utf-16-le")
    assert refused(data, "cv.docx").code == ErrorCode.UNSUPPORTED_TYPE


def test_encrypted_pdf():
    assert refused(files.encrypted_pdf(), "cv.pdf").code == ErrorCode.ENCRYPTED_PDF


def test_pdf_with_owner_restrictions_only_is_read_like_viewers_do():
    document = extract(files.restricted_pdf(), "cv.pdf")
    assert texts(document)[0] == "Jeanne Dupont"
    assert "Expérience professionnelle" in texts(document)


def test_image_only_pdf():
    assert refused(files.image_only_pdf(), "scan.pdf").code == ErrorCode.IMAGE_ONLY_PDF


@pytest.mark.parametrize(
    ("data", "filename"),
    [
        (files.blank_pdf(), "cv.pdf"),
        (files.empty_docx(), "cv.docx"),
        (b"{\\rtf1\\ansi{\\fonttbl{\\f0 Arial;}}\\par\\par }", "cv.rtf"),
        ("\u200b\n\u00ad \u00a0\n\x07".encode(), "cv.txt"),
    ],
)
def test_no_text(data, filename):
    assert refused(data, filename).code == ErrorCode.NO_TEXT


@pytest.mark.parametrize(
    ("data", "filename"),
    [
        (files.corrupt_pdf(), "cv.pdf"),
        (files.truncated_pdf(), "cv.pdf"),
        (b"%PDF-1.7\n", "cv.pdf"),
        (files.docx_without_document(), "cv.docx"),
        (files.docx_cv()[:3000], "cv.docx"),
        (files.odt_cv()[:200], "cv.odt"),
        (files.odt_with_entity(), "cv.odt"),
        (files.odt_cv(files.ODT_CONTENT.replace("</office:body>", "")), "cv.odt"),
    ],
)
def test_corrupt_file(data, filename):
    assert refused(data, filename).code == ErrorCode.CORRUPT_FILE


def test_entity_declarations_are_refused_not_expanded():
    error = refused(files.odt_with_entity(), "cv.odt")
    assert error.code == ErrorCode.CORRUPT_FILE
    assert "document type declaration" in error.detail


@pytest.mark.parametrize(
    ("data", "filename", "detail"),
    [
        (files.bomb_docx(), "cv.docx", "expands to"),  # 60 MB of zeros: over max_uncompressed_bytes
        (files.bomb_docx(size=5 * 1024 * 1024), "cv.docx", "bytes expand to"),  # small total, absurd ratio
        (files.crowded_docx(), "cv.docx", "entries"),
        (files.odt_bomb(), "cv.odt", "expands to"),
    ],
)
def test_archive_bomb(data, filename, detail):
    assert len(data) < 300_000  # the whole point: a small upload
    error = refused(data, filename)
    assert error.code == ErrorCode.ARCHIVE_BOMB
    assert detail in error.detail


def test_archive_limits_come_from_the_caller():
    data = files.docx_cv()
    assert refused(data, "cv.docx", Limits(max_archive_entries=3)).code == ErrorCode.ARCHIVE_BOMB
    assert refused(data, "cv.docx", Limits(max_uncompressed_bytes=10_000)).code == ErrorCode.ARCHIVE_BOMB


def test_an_unexpected_failure_inside_a_reader_becomes_corrupt_file(monkeypatch):
    def broken(data, limits):
        raise KeyError("xref")

    monkeypatch.setitem(READERS, "pdf", broken)
    error = refused(files.one_column_pdf(), "cv.pdf")
    assert error.code == ErrorCode.CORRUPT_FILE
    assert error.detail == "KeyError('xref')"


def test_memory_error_is_not_disguised(monkeypatch):
    def exhausted(data, limits):
        raise MemoryError

    monkeypatch.setitem(READERS, "pdf", exhausted)
    with pytest.raises(MemoryError):
        extract(files.one_column_pdf(), "cv.pdf")


class _Stopped(BaseException):
    """Stands for what a supervisor raises inside running code (an interrupt, a shutdown)."""


class _TimeLimit(Exception):
    """Stands for Celery's soft time limit: an ordinary Exception subclass that is no reader's data error."""


@pytest.mark.parametrize(
    "error", [_Stopped(), _TimeLimit(), MemoryError(), RecursionError(), RuntimeError("bug"), NameError("bug")]
)
def test_what_is_not_a_readers_data_error_propagates_unchanged(monkeypatch, error):
    def reader(data, limits):
        raise error

    monkeypatch.setitem(READERS, "pdf", reader)
    with pytest.raises(type(error)) as raised:
        extract(files.one_column_pdf(), "cv.pdf")
    assert raised.value is error


def test_celery_soft_time_limit_propagates(monkeypatch):
    from celery.exceptions import SoftTimeLimitExceeded

    def reader(data, limits):
        raise SoftTimeLimitExceeded()

    monkeypatch.setitem(READERS, "docx", reader)
    with pytest.raises(SoftTimeLimitExceeded):
        extract(files.docx_cv(), "cv.docx")


@pytest.mark.parametrize(
    "error",
    [zipfile.BadZipFile("x"), ValueError("x"), IndexError("x"), UnicodeDecodeError("utf-8", b"\xff", 0, 1, "x")],
)
def test_readers_data_errors_become_corrupt_file(monkeypatch, error):
    def reader(data, limits):
        raise error

    monkeypatch.setitem(READERS, "pdf", reader)
    assert refused(files.one_column_pdf(), "cv.pdf").code == ErrorCode.CORRUPT_FILE


def test_every_error_code_extraction_raises_is_covered_here():
    # TIMEOUT is the caller's (the worker's hard time limit); every other code has a real file above.
    source = Path(__file__).read_text(encoding="utf-8")
    for code in ErrorCode:
        if code is not ErrorCode.TIMEOUT:
            assert f"ErrorCode.{code.name}" in source


# --- Detection --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("builder", "expected"),
    [
        (files.one_column_pdf, "pdf"),
        (files.docx_cv, "docx"),
        (files.odt_cv, "odt"),
        (lambda: files.RTF_CV, "rtf"),
        (lambda: files.TEXT_CV.encode("cp1252"), "text"),
        (lambda: files.TEXT_CV.encode("utf-16"), "text"),
    ],
)
def test_detect_type_from_content_whatever_the_name(builder, expected):
    assert detect_type(builder(), "whatever.bin") == expected


def test_extension_type():
    assert extension_type("Mon CV.PDF") == "pdf"
    assert extension_type("cv.final.docx") == "docx"
    assert extension_type("C:\\Users\\jeanne\\cv.odt") == "odt"
    assert extension_type("cv") is None
    assert extension_type("cv.doc") == "doc"


def test_a_readable_cv_under_the_wrong_extension_is_read_with_a_warning():
    document = extract(files.docx_cv(), "cv.pdf")
    assert document.format == "docx"
    assert document.warnings == ["extension_mismatch"]
    assert extract(files.docx_cv(), "cv.docx").warnings == []
    assert extract(files.docx_cv(), "cv").warnings == []
    assert extract(files.one_column_pdf(), "cv.txt").warnings == ["extension_mismatch"]


def test_pdf_with_junk_before_the_header_is_still_a_pdf():
    document = extract(b"\r\n\r\n" + files.one_column_pdf(), "cv.pdf")
    assert texts(document)[0] == "Jeanne Dupont"


# --- PDF layout -------------------------------------------------------------------------------------------------


def test_pdf_one_column_lines_with_layout_facts():
    document = extract(files.one_column_pdf(), "cv.pdf")
    assert document.format == "pdf"
    assert document.pages == 1
    assert document.body_size == 10.0
    assert document.flags == set()
    name, contact, heading = document.lines[:3]
    assert (name.text, name.size, name.bold, name.x0) == ("Jeanne Dupont", 20.0, True, 50.0)
    assert contact.text == "jeanne.dupont@exemple.fr · +33 6 12 34 56 78 · Paris"
    assert (contact.size, contact.bold) == (10.0, False)
    assert (heading.text, heading.size, heading.bold) == ("Expérience professionnelle", 13.0, True)
    assert name.top < contact.top < heading.top
    assert 40 < name.top < 50  # points from the top of the page
    assert texts(document)[-2:] == ["Langues", "Français, anglais"]
    assert all(line.page == 0 and line.block == 0 for line in document.lines)


def test_pdf_two_columns_are_read_column_by_column():
    document = extract(files.two_column_pdf(), "cv.pdf")
    page_one = [line for line in document.lines if line.page == 0]
    lines = [line.text for line in page_one]
    assert lines[0] == "Jeanne Dupont — Développeuse Python senior"
    sidebar = [lines.index(text) for text in files.SIDEBAR]
    main = [index for index, line in enumerate(page_one) if line.x0 > 200]
    # The sidebar is read whole, in its own order, before the main column: never interleaved.
    assert sidebar == list(range(1, 1 + len(files.SIDEBAR)))
    assert main == list(range(1 + len(files.SIDEBAR), len(page_one)))
    assert lines[len(files.SIDEBAR) + 1] == "Expérience professionnelle"
    blocks = {line.block for line in page_one[1 : 1 + len(files.SIDEBAR)]}
    assert len(blocks) == 1
    assert blocks.isdisjoint({line.block for line in page_one if line.x0 > 200} | {page_one[0].block})
    # The second page (no title band) is cut the same way.
    page_two = [line for line in document.lines if line.page == 1]
    assert [line.text for line in page_two[: len(files.SIDEBAR)]] == files.SIDEBAR
    assert min(line.block for line in page_two) > max(line.block for line in page_one)
    assert document.pages == 2


def test_pdf_dates_in_front_of_jobs_are_rows_not_columns():
    lines = texts(extract(files.dated_entries_pdf(), "cv.pdf"))
    assert lines[:4] == [
        "2021 – 2024",
        "Développeuse Python",
        "Applications web en Python et Django.",
        "2018 – 2021",
    ]


def test_pdf_photo_flag():
    document = extract(files.photo_pdf(), "cv.pdf")
    assert document.flags == {"photo"}
    assert texts(document)[0] == "Jeanne Dupont"


def test_pdf_reading_is_one_layout_pass(monkeypatch):
    from pdfminer.pdfinterp import PDFPageInterpreter

    calls = []
    original = PDFPageInterpreter.process_page
    monkeypatch.setattr(
        PDFPageInterpreter, "process_page", lambda self, page: calls.append(page) or original(self, page)
    )
    extract(files.two_column_pdf(), "cv.pdf")
    assert len(calls) == 2


# --- DOCX -------------------------------------------------------------------------------------------------------


def test_docx_body_tables_text_boxes_headers_and_footers():
    document = extract(files.docx_cv(), "cv.docx")
    assert document.format == "docx"
    assert (
        texts(document)
        == [
            "jeanne.dupont@exemple.fr — +33 6 12 34 56 78",  # page header first: contact details live there
            "Jeanne Dupont",
            "Expérience professionnelle",
            *files.EXPERIENCE[:3],
            "• Python, Django, PostgreSQL",
            "Compétences",
            "Langues",
            "Français, anglais",
            "Outils",
            "Git, Docker",
            "Formation : Master informatique, Université de Lyon",
            "Centres d'intérêt",  # the text box, once (its VML fallback is not read again)
            "Randonnée, échecs, théâtre",
            "Références disponibles sur demande",  # footer last
        ]
    )
    by_text = {line.text: line for line in document.lines}
    assert by_text["Jeanne Dupont"].bold and by_text["Jeanne Dupont"].size == 20.0
    assert by_text["Expérience professionnelle"].heading and by_text["Compétences"].heading
    assert not by_text["Jeanne Dupont"].heading
    assert not by_text[files.EXPERIENCE[0]].bold
    assert by_text["Centres d'intérêt"].bold
    assert document.body_size == 11.0
    cells = [by_text[text].block for text in ("Langues", "Français, anglais", "Outils", "Git, Docker")]
    assert cells == sorted(set(cells))  # each cell its own block, row by row
    assert by_text["Formation : Master informatique, Université de Lyon"].block > cells[-1]
    assert by_text["Centres d'intérêt"].block == by_text["Randonnée, échecs, théâtre"].block
    assert by_text["Centres d'intérêt"].block > by_text["Formation : Master informatique, Université de Lyon"].block
    assert document.flags == set()


def test_macro_enabled_docx_is_read_as_text():
    document = extract(files.docm_cv(), "cv.docm")
    assert document.format == "docx"
    assert "Expérience professionnelle" in texts(document)
    assert document.warnings == []


def test_docx_picture_sets_the_photo_flag():
    assert extract(files.docx_cv(photo=True), "cv.docx").flags == {"photo"}


# --- ODT --------------------------------------------------------------------------------------------------------


def test_odt_body_tables_lists_frames_and_page_header():
    document = extract(files.odt_cv(), "cv.odt")
    assert document.format == "odt"
    assert texts(document) == [
        "jeanne.dupont@exemple.fr — Lyon",
        "Jeanne Dupont",
        "Expérience professionnelle",
        "Développeuse Python — Société Générale",
        "Conception d'une plateforme",  # text:s and text:tab are spaces; text:line-break a new line
        "de recrutement",  # the footnote's body is not part of the line
        "• Python et Django",
        "• PostgreSQL",
        "Langues",
        "Français",
        "Langue maternelle",
        "Anglais",
        "Courant",
        "Centres d'intérêt : randonnée",
        "Page 1",
    ]
    by_text = {line.text: line for line in document.lines}
    assert by_text["Jeanne Dupont"].bold and by_text["Jeanne Dupont"].size == 20.0
    assert by_text["Expérience professionnelle"].heading and by_text["Langues"].heading
    assert not by_text["Développeuse Python — Société Générale"].bold  # only part of it is bold
    assert document.body_size == 11.0
    assert by_text["Français"].block != by_text["Langue maternelle"].block
    assert document.flags == {"photo"}
    assert "Texte supprimé" not in document.text and "Note cachée" not in document.text


# --- RTF --------------------------------------------------------------------------------------------------------


def test_rtf_text_formatting_and_pictures():
    document = extract(files.RTF_CV, "cv.rtf")
    assert document.format == "rtf"
    assert texts(document) == [
        "jeanne.dupont@exemple.fr",
        "Jeanne Dupont",
        "Expérience professionnelle",
        "Développeuse Python – Société Générale",
        "• Maîtrise de Django et de l’intégration continue",
        "Langues : Français, anglais",  # \u231 with its \'e7 fallback skipped
        "Permis B",
        "https://exemple.fr",  # the field's result, not its instruction
    ]
    by_text = {line.text: line for line in document.lines}
    assert by_text["Jeanne Dupont"].bold and by_text["Jeanne Dupont"].size == 20.0
    assert by_text["Expérience professionnelle"].heading
    assert not by_text["Permis B"].heading
    assert document.body_size == 12.0
    assert by_text["jeanne.dupont@exemple.fr"].block != by_text["Jeanne Dupont"].block
    assert document.flags == {"photo"}
    assert "Writer" not in document.text and "89504e47" not in document.text and "Arial" not in document.text


def test_rtf_binary_data_and_unicode_beyond_the_bmp():
    data = b"{\\rtf1\\ansi Caf\\'e9 \\u-10179?\\u-8704? ok{\\pict\\bin4 }}}}}\\par {\\*\\unknown secret}Fin\\par}"
    assert texts(extract(data, "cv.rtf")) == ["Café \U0001f600 ok", "Fin"]


# --- Text -------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-32", "cp1252", "mac-roman"])
def test_text_encodings(encoding):
    document = extract(files.TEXT_CV.encode(encoding), "cv.txt")
    assert document.format == "text"
    assert texts(document) == ["Jeanne Dupont", "Développeuse Python", "Expérience professionnelle", "Français courant"]


# --- Accents and normalisation in every format --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("builder", "filename"),
    [
        (files.one_column_pdf, "cv.pdf"),
        (files.two_column_pdf, "cv.pdf"),
        (files.docx_cv, "cv.docx"),
        (files.odt_cv, "cv.odt"),
        (lambda: files.RTF_CV, "cv.rtf"),
        (lambda: files.TEXT_CV.encode("cp1252"), "cv.txt"),
        (lambda: files.TEXT_CV.encode("utf-16"), "cv.txt"),
    ],
)
def test_french_accents_survive(builder, filename):
    text = extract(builder(), filename).text
    assert "Expérience professionnelle" in text
    assert "Français" in text
    assert "\ufffd" not in text


def test_clean():
    assert clean("  E\u0301cole\u00a0d\u2019ing\u00e9nieurs  ") == "École d’ingénieurs"
    assert clean("Ef\ufb01cacit\u00e9 et \ufb02exibilit\u00e9") == "Efficacité et flexibilité"
    assert clean("Prix\u202f: 10\u2009000 €\u200b") == "Prix : 10 000 €"
    assert clean("▪ Python") == "• Python"
    assert clean("\uf0b7\tDjango") == "• Django"
    assert clean("– Gestion de projet") == "• Gestion de projet"
    assert clean("-5 % de coûts") == "-5 % de coûts"
    assert clean("\uf095 06 12 34 56 78") == "06 12 34 56 78"
    assert clean("\x07\x00 \t ") == ""


def test_zip_reads_never_exceed_the_declared_sizes():
    # An entry whose header understates its size cannot expand beyond it: zipfile stops and fails the CRC.
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b"<x/>" * 1000)
    assert refused(buffer.getvalue()[:60], "cv.docx").code == ErrorCode.CORRUPT_FILE

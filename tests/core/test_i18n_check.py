from __future__ import annotations

import shutil
import struct
import subprocess
from pathlib import Path

import pytest

from recruiting import i18n_check

HEADER = r"""# French translation.
msgid ""
msgstr ""
"Project-Id-Version: recruiting\n"
"Language: fr\n"
"MIME-Version: 1.0\n"
"Content-Type: text/plain; charset=UTF-8\n"
"Content-Transfer-Encoding: 8bit\n"
"Plural-Forms: nplurals=2; plural=(n > 1);\n"
"""

COMPLETE = (
    HEADER
    + r"""
#: templates/core/dashboard.html:4
msgid "Dashboard"
msgstr "Tableau de bord"

#: templates/core/dashboard.html:12
#, python-format
msgid "Welcome, %(name)s."
msgstr "Bienvenue, %(name)s."

msgctxt "verb"
msgid "Close"
msgstr "Fermer"

msgid "one candidate"
msgid_plural "%(count)s candidates"
msgstr[0] "un candidat"
msgstr[1] "%(count)s candidats"

msgid ""
"A long sentence that "
"spans \"lines\"."
msgstr ""
"Une longue phrase qui "
"tient sur plusieurs « lignes »."

#~ msgid "Obsolete"
#~ msgstr ""
"""
)


def write_mo(path: Path, po_text: str) -> None:
    """Compile like msgfmt (translated, non-fuzzy entries plus the header), without gettext tools."""
    pairs = {"": ""}
    for entry in i18n_check.parse_po(po_text):
        if entry.is_header:
            pairs[""] = entry.msgstr[0]
        elif entry.is_translated and not entry.is_fuzzy:
            pairs[entry.mo_key()] = entry.mo_value()
    keys = sorted(pairs)
    originals = [key.encode() for key in keys]
    translations = [pairs[key].encode() for key in keys]
    start = 28 + 16 * len(keys)
    table_originals, table_translations, blob = b"", b"", b""
    for data, table in ((originals, "o"), (translations, "t")):
        for item in data:
            entry = struct.pack("<2I", len(item), start + len(blob))
            blob += item + b"\0"
            if table == "o":
                table_originals += entry
            else:
                table_translations += entry
    header = struct.pack("<7I", 0x950412DE, 0, len(keys), 28, 28 + 8 * len(keys), 0, start)
    path.write_bytes(header + table_originals + table_translations + blob)


def make_catalog(root: Path, language: str, po_text: str, *, compile_it: bool = True, domain: str = "django") -> Path:
    folder = root / language / "LC_MESSAGES"
    folder.mkdir(parents=True, exist_ok=True)
    po_path = folder / f"{domain}.po"
    po_path.write_text(po_text, encoding="utf-8")
    if compile_it:
        write_mo(po_path.with_suffix(".mo"), po_text)
    return po_path


@pytest.fixture
def locale(tmp_path):
    make_catalog(tmp_path, "fr", COMPLETE)
    make_catalog(tmp_path, "en", HEADER)
    return tmp_path


def test_parse_po_reads_every_kind_of_entry():
    entries = i18n_check.parse_po(COMPLETE)

    assert [entry.msgid for entry in entries] == [
        "",
        "Dashboard",
        "Welcome, %(name)s.",
        "Close",
        "one candidate",
        'A long sentence that spans "lines".',
    ]
    assert entries[0].is_header
    assert entries[2].flags == {"python-format"}
    assert entries[3].mo_key() == "verb\x04Close"
    assert entries[4].mo_key() == "one candidate\0%(count)s candidates"
    assert entries[4].mo_value() == "un candidat\0%(count)s candidats"
    assert entries[5].msgstr[0] == "Une longue phrase qui tient sur plusieurs « lignes »."
    assert entries[1].line == 12  # the msgid's line


def test_complete_and_compiled_catalogs_pass(locale, capsys):
    assert i18n_check.main(["--locale-dir", str(locale)]) == 0

    output = capsys.readouterr().out.strip().splitlines()
    assert output == ["i18n check: OK: 2 catalogs, 5 French entries, 0 untranslated, 0 fuzzy"]


def test_untranslated_and_fuzzy_entries_fail_with_their_line(locale, capsys):
    text = COMPLETE.replace('msgstr "Tableau de bord"', 'msgstr ""').replace(
        "#, python-format", "#, fuzzy, python-format"
    )
    text += '\nmsgid "one"\nmsgid_plural "many"\nmsgstr[0] "un"\nmsgstr[1] ""\n'
    make_catalog(locale, "fr", text)

    assert i18n_check.main(["--locale-dir", str(locale)]) == 1

    lines = capsys.readouterr().out.strip().splitlines()
    assert lines[:3] == [
        "fr/LC_MESSAGES/django.po:12: untranslated: 'Dashboard'",
        "fr/LC_MESSAGES/django.po:17: fuzzy: 'Welcome, %(name)s.'",
        "fr/LC_MESSAGES/django.po:39: untranslated: 'one'",
    ]
    assert lines[-1] == "i18n check: FAILED (3 problems): 2 catalogs, 6 French entries, 2 untranslated, 1 fuzzy"


def test_a_fuzzy_header_fails(locale):
    make_catalog(locale, "fr", "#, fuzzy\n" + COMPLETE.split("\n", 1)[1])

    report = i18n_check.check(locale)

    assert report.problems == [
        "fr/LC_MESSAGES/django.po:2: the header is marked fuzzy (fill it in and remove the flag)"
    ]


def test_missing_mo_fails(locale):
    (locale / "fr" / "LC_MESSAGES" / "django.mo").unlink()

    assert i18n_check.check(locale).problems == ["fr/LC_MESSAGES/django.mo: missing (run `make messages`)"]


def test_mo_out_of_date_with_its_po_fails(locale):
    po_path = locale / "fr" / "LC_MESSAGES" / "django.po"
    po_path.write_text(COMPLETE.replace("Tableau de bord", "Accueil"), encoding="utf-8")

    problems = i18n_check.check(locale).problems

    assert len(problems) == 1
    assert problems[0].startswith(
        "fr/LC_MESSAGES/django.mo: out of date with its .po (1 entries differ, e.g. 'Dashboard')"
    )


def test_mo_older_on_disk_but_identical_passes(locale):
    """A fresh git clone writes files in any order: an up-to-date .mo can look older than its .po."""
    import os

    mo_path = locale / "fr" / "LC_MESSAGES" / "django.mo"
    os.utime(mo_path, (1_000_000, 1_000_000))

    assert i18n_check.check(locale).problems == []


def test_english_needs_only_its_files(locale):
    untranslated_english = HEADER + '\nmsgid "Dashboard"\nmsgstr ""\n'
    make_catalog(locale, "en", untranslated_english)
    assert i18n_check.check(locale).problems == []

    (locale / "en" / "LC_MESSAGES" / "django.mo").unlink()
    assert i18n_check.check(locale).problems == ["en/LC_MESSAGES/django.mo: missing (run `make messages`)"]


def test_missing_catalogs_fail(tmp_path):
    assert i18n_check.check(tmp_path).problems == [
        "fr/LC_MESSAGES/django.po: missing (run `make messages`)",
        "en/LC_MESSAGES/django.po: missing (run `make messages`)",
    ]


def test_javascript_catalog_is_checked_when_present(locale):
    make_catalog(locale, "fr", HEADER + '\nmsgid "Saving…"\nmsgstr ""\n', domain="djangojs")
    make_catalog(locale, "en", HEADER, domain="djangojs", compile_it=False)

    assert i18n_check.check(locale).problems == [
        "fr/LC_MESSAGES/djangojs.po:11: untranslated: 'Saving…'",
        "en/LC_MESSAGES/djangojs.mo: missing (run `make messages`)",
    ]


def test_unreadable_po_is_reported(locale):
    make_catalog(locale, "fr", COMPLETE + "\nthis is not a catalog line\n", compile_it=False)

    problems = i18n_check.check(locale).problems

    assert problems[0].startswith("fr/LC_MESSAGES/django.po: line 39: cannot read")


@pytest.mark.skipif(shutil.which("msgfmt") is None, reason="gettext's msgfmt is not installed")
def test_agrees_with_gettexts_own_compiler(locale):
    po_path = locale / "fr" / "LC_MESSAGES" / "django.po"
    subprocess.run(["msgfmt", "--check-format", "-o", str(po_path.with_suffix(".mo")), str(po_path)], check=True)

    assert i18n_check.check(locale).problems == []

    po_path.write_text(COMPLETE.replace("Fermer", "Clore"), encoding="utf-8")
    assert len(i18n_check.check(locale).problems) == 1

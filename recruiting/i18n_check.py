"""Are the translation catalogs complete and compiled? ``python -m recruiting.i18n_check`` (``make messages-check``).

- French (the source of truth for users): every entry of ``django.po`` (and ``djangojs.po`` when there is one)
  is translated and none is marked fuzzy; the compiled ``.mo`` exists and holds exactly the ``.po``'s
  translations.
- English (the language of the source strings): the ``.po`` and the ``.mo`` exist.

A compiled catalog is compared by content rather than by modification time: git does not keep file times,
so on a fresh clone a ``.mo`` may look older than its ``.po`` while being up to date. Comparing what the
``.mo`` holds catches every real staleness (a translation changed and not recompiled) without false alarms.

Needs neither gettext tools nor Django settings. Exits 1 and lists the problems when there are any; always
ends with a one-line summary.
"""

from __future__ import annotations

import argparse
import re
import struct
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_LOCALE_DIR = Path(__file__).resolve().parent.parent / "locale"
DOMAINS = ("django", "djangojs")
COMPLETE_LANGUAGES = ("fr",)
PRESENT_LANGUAGES = ("en",)

MO_MAGIC_LITTLE = 0x950412DE
MO_MAGIC_BIG = 0xDE120495
_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", '"': '"', "\\": "\\", "a": "\a", "b": "\b", "f": "\f", "v": "\v"}
_ESCAPE = re.compile(r"\\(.)")
_KEYWORD = re.compile(r'^(msgctxt|msgid_plural|msgid|msgstr(?:\[(\d+)\])?)\s+"(.*)"\s*$')
_CONTINUATION = re.compile(r'^"(.*)"\s*$')


class CatalogError(ValueError):
    """A file that cannot be read as a catalog."""


@dataclass
class Entry:
    line: int
    msgctxt: str | None = None
    msgid: str | None = None
    msgid_plural: str | None = None
    msgstr: dict[int, str] = field(default_factory=dict)
    flags: set[str] = field(default_factory=set)

    @property
    def is_header(self) -> bool:
        return self.msgid == "" and self.msgctxt is None

    @property
    def is_fuzzy(self) -> bool:
        return "fuzzy" in self.flags

    @property
    def is_translated(self) -> bool:
        forms = len(self.msgstr) if self.msgid_plural is not None else 1
        return len(self.msgstr) >= forms > 0 and all(self.msgstr.get(index) for index in range(forms))

    def mo_key(self) -> str:
        """The entry's original string as msgfmt stores it in a .mo file."""
        key = self.msgid or ""
        if self.msgid_plural is not None:
            key += "\0" + self.msgid_plural
        return key if self.msgctxt is None else f"{self.msgctxt}\x04{key}"

    def mo_value(self) -> str:
        return "\0".join(self.msgstr[index] for index in sorted(self.msgstr))


def _unescape(text: str) -> str:
    return _ESCAPE.sub(lambda match: _ESCAPES.get(match.group(1), match.group(0)), text)


def parse_po(text: str) -> list[Entry]:
    """The active entries of a .po file (obsolete ``#~`` entries are left out, as msgfmt does)."""
    entries: list[Entry] = []
    current = Entry(line=1)
    target: tuple[str, int] | None = None  # the field continuation lines append to

    def finish() -> None:
        nonlocal current, target
        if current.msgid is not None:
            entries.append(current)
        current = Entry(line=number + 1)
        target = None

    number = 0
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#~"):
            if not line:
                finish()
            continue
        if line.startswith("#"):
            if current.msgid is not None:  # a comment after msgstr starts the next entry
                finish()
            if line.startswith("#,"):
                current.flags.update(flag.strip() for flag in line[2:].split(",") if flag.strip())
            continue
        keyword = _KEYWORD.match(line)
        if keyword:
            name, index, value = keyword.group(1), keyword.group(2), _unescape(keyword.group(3))
            if name in ("msgctxt", "msgid") and (current.msgid is not None and (name == "msgctxt" or current.msgstr)):
                finish()
            if current.msgid is None and current.msgctxt is None:
                current.line = number
            if name == "msgctxt":
                current.msgctxt, target = value, ("msgctxt", 0)
            elif name == "msgid":
                current.msgid, target = value, ("msgid", 0)
            elif name == "msgid_plural":
                current.msgid_plural, target = value, ("msgid_plural", 0)
            else:
                position = int(index) if index is not None else 0
                current.msgstr[position], target = value, ("msgstr", position)
            continue
        continuation = _CONTINUATION.match(line)
        if continuation and target is not None:
            value = _unescape(continuation.group(1))
            name, position = target
            if name == "msgstr":
                current.msgstr[position] += value
            else:
                setattr(current, name, (getattr(current, name) or "") + value)
            continue
        raise CatalogError(f"line {number}: cannot read {raw!r}")
    number += 1
    finish()
    return entries


def read_mo(data: bytes) -> dict[str, str]:
    """The original → translation pairs of a compiled catalog (GNU .mo format)."""
    if len(data) < 20:
        raise CatalogError("too short to be a .mo file")
    (magic,) = struct.unpack("<I", data[:4])
    if magic == MO_MAGIC_LITTLE:
        order = "<"
    elif magic == MO_MAGIC_BIG:
        order = ">"
    else:
        raise CatalogError("not a .mo file")
    _revision, count, originals_at, translations_at = struct.unpack(order + "4I", data[4:20])
    pairs: dict[str, str] = {}
    try:
        for index in range(count):
            length, offset = struct.unpack(order + "2I", data[originals_at + 8 * index : originals_at + 8 * index + 8])
            original = data[offset : offset + length].decode("utf-8")
            length, offset = struct.unpack(
                order + "2I", data[translations_at + 8 * index : translations_at + 8 * index + 8]
            )
            pairs[original] = data[offset : offset + length].decode("utf-8")
    except (struct.error, UnicodeDecodeError) as error:
        raise CatalogError(f"damaged .mo file ({error})") from error
    return pairs


@dataclass
class Report:
    problems: list[str] = field(default_factory=list)
    catalogs: int = 0
    entries: int = 0
    untranslated: int = 0
    fuzzy: int = 0


def _short(text: str | None, limit: int = 70) -> str:
    text = (text or "").replace("\n", "\\n")
    return repr(text if len(text) <= limit else text[: limit - 1] + "…")


def check_complete(po_path: Path, report: Report, display: str) -> None:
    """Every entry translated, nothing fuzzy, and a .mo holding exactly these translations."""
    try:
        entries = parse_po(po_path.read_text(encoding="utf-8"))
    except (CatalogError, UnicodeDecodeError) as error:
        report.problems.append(f"{display}: {error}")
        return
    report.catalogs += 1
    for entry in entries:
        where = f"{display}:{entry.line}"
        if entry.is_header:
            if entry.is_fuzzy:
                report.fuzzy += 1
                report.problems.append(f"{where}: the header is marked fuzzy (fill it in and remove the flag)")
            continue
        report.entries += 1
        if entry.is_fuzzy:
            report.fuzzy += 1
            report.problems.append(f"{where}: fuzzy: {_short(entry.msgid)}")
        elif not entry.is_translated:
            report.untranslated += 1
            report.problems.append(f"{where}: untranslated: {_short(entry.msgid)}")

    mo_path = po_path.with_suffix(".mo")
    mo_display = display[: -len(".po")] + ".mo"
    if not mo_path.exists():
        report.problems.append(f"{mo_display}: missing (run `make messages`)")
        return
    try:
        compiled = read_mo(mo_path.read_bytes())
    except CatalogError as error:
        report.problems.append(f"{mo_display}: {error}")
        return
    compiled.pop("", None)  # the header
    expected = {
        entry.mo_key(): entry.mo_value()
        for entry in entries
        if not entry.is_header and not entry.is_fuzzy and entry.is_translated
    }
    if compiled != expected:
        changed = sorted(key for key in expected.keys() | compiled.keys() if expected.get(key) != compiled.get(key))
        sample = ", ".join(_short(key.split("\0")[0].split("\x04")[-1], 40) for key in changed[:3])
        report.problems.append(
            f"{mo_display}: out of date with its .po ({len(changed)} entries differ, e.g. {sample}); "
            "run `make messages`"
        )


def check_present(po_path: Path, report: Report, display: str) -> None:
    if not po_path.exists():
        report.problems.append(f"{display}: missing (run `make messages`)")
        return
    report.catalogs += 1
    if not po_path.with_suffix(".mo").exists():
        report.problems.append(f"{display[: -len('.po')]}.mo: missing (run `make messages`)")


def check(
    locale_dir: Path,
    *,
    complete: Iterable[str] = COMPLETE_LANGUAGES,
    present: Iterable[str] = PRESENT_LANGUAGES,
) -> Report:
    report = Report()
    for language in complete:
        for domain in DOMAINS:
            po_path = locale_dir / language / "LC_MESSAGES" / f"{domain}.po"
            display = f"{language}/LC_MESSAGES/{domain}.po"
            if po_path.exists():
                check_complete(po_path, report, display)
            elif domain == "django":  # the JavaScript catalog is optional
                report.problems.append(f"{display}: missing (run `make messages`)")
    for language in present:
        for domain in DOMAINS:
            po_path = locale_dir / language / "LC_MESSAGES" / f"{domain}.po"
            if domain == "django" or po_path.exists():
                check_present(po_path, report, f"{language}/LC_MESSAGES/{domain}.po")
    return report


def summary(report: Report) -> str:
    verdict = "OK" if not report.problems else f"FAILED ({len(report.problems)} problems)"
    return (
        f"i18n check: {verdict}: {report.catalogs} catalogs, {report.entries} French entries, "
        f"{report.untranslated} untranslated, {report.fuzzy} fuzzy"
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m recruiting.i18n_check", description="Are the translation catalogs complete and compiled?"
    )
    parser.add_argument("--locale-dir", type=Path, default=DEFAULT_LOCALE_DIR)
    arguments = parser.parse_args(argv)
    report = check(arguments.locale_dir)
    for problem in report.problems:
        print(problem)
    print(summary(report))
    return 1 if report.problems else 0


if __name__ == "__main__":
    sys.exit(main())

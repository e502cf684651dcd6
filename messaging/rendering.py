"""Merge fields, rendered by a sandboxed renderer of our own.

A template may only contain ``{{ field }}`` or ``{{ field|default:"text" }}`` where *field* is one of
:data:`FIELDS`: no tags, no filters, no attribute lookups, nothing that could run code or read data the
product did not hand over. A template with anything else is refused when it is saved, and rendering never
lets a field through raw: a field without a value and without a default stops the send with a clear error.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from html.parser import HTMLParser

import nh3
from django.utils.translation import gettext_lazy as _

# name -> what it holds (shown to template authors, next to the editor).
FIELDS: dict[str, object] = {
    "first_name": _("Candidate's first name"),
    "last_name": _("Candidate's last name"),
    "full_name": _("Candidate's full name"),
    "email": _("Candidate's e-mail address"),
    "job_title": _("Title of the job the e-mail is about"),
    "job_location": _("Location of that job"),
    "stage_name": _("Name of the application's stage"),
    "company": _("Company name"),
    "recruiter_name": _("Name of the recruiter who sends the e-mail"),
    "recruiter_email": _("E-mail address of that recruiter"),
    "recruiter_signature": _("That recruiter's signature"),
    "interview_date": _("Date and time of the interview"),
    "interview_location": _("Place or video link of the interview"),
    "apply_url": _("Link to apply to the job"),
    "portal_url": _("Link to the candidate's own page (e-mail preferences and data)"),
    "unsubscribe_url": _("Link to stop receiving e-mails"),
}
URL_FIELDS = frozenset({"apply_url", "portal_url", "unsubscribe_url"})

_FIELD = re.compile(
    r"\{\{\s*(?P<name>[A-Za-z_][A-Za-z0-9_.]*)\s*"
    r"(?:\|\s*(?P<filter>[A-Za-z_]+)\s*(?::\s*(?:\"(?P<dq>[^\"{}]*)\"|&quot;(?P<eq>[^{}]*?)&quot;|'(?P<sq>[^'{}]*)'))?\s*)?"
    r"\}\}"
)
# Anything that still looks like template syntax once the well-formed fields are taken out.
_LEFTOVER = re.compile(r"\{\{|\}\}|\{%|%\}|\{#|#\}")

ALLOWED_TAGS = {
    "a", "b", "blockquote", "br", "div", "em", "h1", "h2", "h3", "h4", "hr", "i", "img", "li", "ol", "p",
    "span", "strong", "table", "tbody", "td", "th", "thead", "tr", "u", "ul",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "img": {"src", "alt", "width", "height"}, "td": {"align"}}


class TemplateSyntaxError(ValueError):
    def __init__(self, errors: list[str]) -> None:
        super().__init__("; ".join(errors))
        self.errors = errors


class MissingFieldError(ValueError):
    """A known field with no value for this recipient and no default: the message must not be sent."""

    def __init__(self, names: Iterable[str]) -> None:
        self.names = sorted(set(names))
        super().__init__(", ".join(self.names))


@dataclass(frozen=True)
class Field:
    name: str
    default: str | None


def _snippet(text: str, start: int) -> str:
    return text[max(0, start - 10) : start + 20].replace("\n", " ")


def fields_in(text: str) -> list[Field]:
    """The merge fields of a template text; raises :class:`TemplateSyntaxError` listing every problem."""
    errors: list[str] = []
    found: list[Field] = []
    for match in _FIELD.finditer(text):
        name = match.group("name")
        filter_name = match.group("filter")
        default = match.group("dq") or match.group("eq") or match.group("sq")
        if filter_name is not None and filter_name != "default":
            errors.append(
                str(_('“%(filter)s” is not allowed in {{ %(name)s }}: only |default:"…" is.'))
                % {
                    "filter": filter_name,
                    "name": name,
                }
            )
            continue
        if filter_name == "default" and default is None:
            errors.append(str(_('{{ %(name)s|default }} needs a text in quotes, e.g. |default:"…".')) % {"name": name})
            continue
        if name not in FIELDS:
            errors.append(str(_("Unknown merge field {{ %(name)s }}.")) % {"name": name})
            continue
        found.append(Field(name, html.unescape(default) if default is not None else None))
    rest = _FIELD.sub("", text)
    leftover = _LEFTOVER.search(rest)
    if leftover is not None:  # the first is enough to find the others: they are usually the same mistake
        errors.append(str(_("Broken merge field near “%(text)s”.")) % {"text": _snippet(rest, leftover.start())})
    if errors:
        raise TemplateSyntaxError(errors)
    return found


def sanitize_html(body: str) -> str:
    return nh3.clean(
        body,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes={"http", "https", "mailto", "tel"},
        link_rel="noopener noreferrer",
    )


def text_to_html(text: str) -> str:
    """Text typed in a plain textarea, as HTML paragraphs (a blank line starts one, a line break stays). Only
    ``& < >`` are escaped: quotes are harmless in text and must survive in ``{{ field|default:'…' }}``."""
    blocks = [block.strip() for block in text.replace("\r\n", "\n").split("\n\n") if block.strip()]
    return "".join("<p>" + html.escape(block, quote=False).replace("\n", "<br>") + "</p>" for block in blocks)


def render(text: str, values: Mapping[str, str], *, escape: bool) -> str:
    """Replace every merge field. ``escape`` for HTML: values are escaped, the template's own defaults (already
    HTML, sanitized at save) are not. Raises :class:`MissingFieldError` naming every field left without a value."""
    missing: list[str] = []

    def substitute(match: re.Match[str]) -> str:
        name = match.group("name")
        value = values.get(name) or ""
        if value:
            # A value on several lines (a signature, an address) keeps its line breaks in HTML.
            return html.escape(value).replace("\n", "<br>") if escape else value
        default = match.group("dq") or match.group("eq") or match.group("sq")
        if default is None:
            missing.append(name)
            return ""
        return default if escape else html.unescape(default)

    rendered = _FIELD.sub(substitute, text)
    if missing:
        raise MissingFieldError(missing)
    return rendered


class _TextMaker(HTMLParser):
    """HTML to a readable plain-text part: paragraphs, line breaks, lists, and links as "text (url)"."""

    BLOCKS = frozenset({"p", "div", "h1", "h2", "h3", "h4", "table", "tr", "blockquote", "ul", "ol", "hr"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.links: list[str | None] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("style", "script", "head", "title"):
            self.skip += 1
        elif tag == "br":
            self.parts.append("\n")
        elif tag == "li":
            self.parts.append("\n- ")
        elif tag in self.BLOCKS:
            self.parts.append("\n\n")
        elif tag == "td":
            self.parts.append(" ")
        if tag == "a":
            self.links.append(dict(attrs).get("href"))

    def handle_endtag(self, tag: str) -> None:
        if tag in ("style", "script", "head", "title"):
            self.skip = max(0, self.skip - 1)
        elif tag in self.BLOCKS:
            self.parts.append("\n\n")
        elif tag == "a" and self.links:
            href = self.links.pop()
            if href and not href.startswith("mailto:") and href not in "".join(self.parts[-3:]):
                self.parts.append(f" ({href})")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.parts.append(re.sub(r"\s+", " ", data))

    def text(self) -> str:
        joined = "".join(self.parts)
        lines = [line.strip() for line in joined.split("\n")]
        return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip() + "\n"


def html_to_text(body: str) -> str:
    maker = _TextMaker()
    maker.feed(body)
    maker.close()
    return maker.text()

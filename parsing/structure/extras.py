"""The smaller sections: certificates, projects, interests, summary, volunteering, awards and publications."""

from __future__ import annotations

import re
from typing import Any

from . import geo
from .dates import find_date_ranges
from .entries import abbreviation_stop, body_items, header_parts, lower_opening, name_cased
from .experience import (
    header_fields,
    is_place_line,
    names_organisation,
    plausible_value,
    title_and_employer,
    without_dangling_words,
)
from .text import balanced, clean, fold, is_bullet, split_outside_brackets, strip_bullet, strip_punct, unwrap
from .vocab import org_score, school_score, title_score

_ITEM_SPLIT_RE = re.compile(r"\s*[,;•·|▪●/]\s*|\s+-\s+")
_ISSUER_RE = re.compile(r"\s*(?:[-–—|,(]\s*|\s+(?:by|par|from|de)\s+)([A-Z][\w .&'-]{1,40})\)?\s*$")


def split_items(texts: list[str]) -> list[str]:
    """Comma/bullet separated items of a list section, each once."""
    items: list[str] = []
    for text in texts:
        label, sep, rest = text.partition(":")
        source = rest if sep and len(label) <= 30 else text
        for piece in split_outside_brackets(_ITEM_SPLIT_RE, strip_bullet(source)):
            piece = balanced(clean(strip_punct(piece)))
            if piece and len(piece) <= 60 and piece.lower() not in {i.lower() for i in items}:
                items.append(piece)
    return items


def parse_certificates(texts: list[str]) -> list[dict[str, Any]]:
    certificates = []
    for raw in texts:
        text = clean(strip_bullet(raw))
        if not text or len(text) > 150:
            continue
        item: dict[str, Any] = {}
        ranges = find_date_ranges(text)
        if ranges:
            last = ranges[-1]
            item["date"] = last.end or last.start
            text = clean(strip_punct(text[: last.begin] + " " + text[last.stop :]))
        issuer = _ISSUER_RE.search(text)
        if issuer and issuer.start() > 3:
            item["issuer"] = clean(issuer.group(1))
            text = clean(strip_punct(text[: issuer.start()]))
        if not text:
            continue
        item["name"] = text
        certificates.append(item)
    return certificates


def parse_projects(texts: list[str]) -> list[dict[str, Any]]:
    projects: list[dict[str, Any]] = []
    body: list[str] = []

    def close() -> None:
        if projects and body:
            projects[-1]["highlights"] = body_items(body)
        body.clear()

    for raw in texts:
        text = clean(raw)
        if not text:
            continue
        if not is_bullet(raw) and len(text.split()) <= 12 and not text.endswith("."):
            close()
            item: dict[str, Any] = {}
            ranges = find_date_ranges(text)
            if ranges:
                first = ranges[0]
                if first.start:
                    item["startDate"] = first.start
                if first.end and first.end != first.start:
                    item["endDate"] = first.end
                text = clean(strip_punct(text[: first.begin] + " " + text[first.stop :]))
            pieces = re.split(r"\s+[–—|-]\s+|:\s+", text, maxsplit=1)
            name = pieces[0]
            description = pieces[1] if len(pieces) > 1 else ""
            if not name:
                continue
            item["name"] = clean(name)
            if description:
                item["description"] = clean(description)
            projects.append(item)
        elif projects:
            body.append(raw)
        else:
            projects.append({"name": clean(strip_bullet(text))[:120]})
    close()
    return projects


def parse_interests(texts: list[str]) -> list[dict[str, Any]]:
    return [{"name": item} for item in split_items(texts)[:20]]


def summary_text(texts: list[str]) -> str:
    return clean(" ".join(strip_bullet(t) for t in texts))[:2000]


# --- Volunteering, awards and publications (JSON Resume "volunteer", "awards", "publications") ---------------------

# "Bénévole aux Restos du Cœur", "Volunteer tutor for Big Brothers Big Sisters": a role, then the organisation, after
# the words unpaid work is written with besides those of ``title_and_employer`` ("at", "chez", "au sein de"), and
# whatever the organisation's name.
_ROLE_FOR_RE = re.compile(
    r"^(?P<position>[^,|–—]{2,60}?)\s+(?:for|with|aux|au|pour|à la|à l'|a la|à|de l'association|of the|for the)\s+"
    r"(?P<organization>[A-Z0-9«\"“].{1,80})$"
)
# A web address or DOI in a publication's reference.
_LINK_RE = re.compile(r"(?:https?://|www\.)\S+|\bdoi:\s*\S+|\b10\.\d{4,9}/\S+", re.I)
# A quoted title: “…”, "…", « … ».
_QUOTED_RE = re.compile(r"[“\"«]\s*(?P<title>[^”\"»]{3,200}?)\s*[”\"»]")
# "Dupont J., Martin P. (2019). A title. A journal, 12(3)": the author-year reference style.
_AUTHOR_YEAR_RE = re.compile(r"\((?:19|20)\d{2}[a-z]?(?:,?\s*[^\W\d]+\.?(?:\s+\d{1,2})?)?\)\s*[.:,]?\s*(?P<rest>.+)$")
# "Baek JD, Sudha X, Seidman R. A title. A journal ; 39: 34-41": the authors-initials reference style.
_AUTHOR_INITIALS_RE = re.compile(
    r"^(?:[A-Z][\w'’-]+\s+[A-Z]{1,3},\s*)*(?:(?:and|et|&)\s+)?[A-Z][\w'’-]+\s+[A-Z]{1,3}\.\s+(?P<rest>.+)$"
)
# The start of a reference: its first author ("Dupont, J.", "Smith, John") or a number ("[3]", "12.").
_REFERENCE_START_RE = re.compile(r"^(?:\[\d+\]|\d{1,3}[.)]\s|[A-Z][\w'’-]+,\s+(?:[A-Z]\.|[A-Z][a-z]+\b))")
# The start of a line that says what was done rather than a role ("Volunteered for …", "Participated in …",
# "Encadrement d'enfants …", "Bénévolat chez Emmaüs"). A French action noun counts only before "de/du/des/d'/à"
# and a word in lower case ("Organisation des Nations unies" is a name).
_DONE_RE = re.compile(
    r"^(?:(?i:volunteered|served|participated|helped|organi[sz]ed|coached|tutored|mentored|raised|supervised|"
    r"assisted|taught|collected|distributed|cooked|built|cleaned|visited|planned)\b"
    r"|(?i:participation|organisation|animation|encadrement|collecte|aide|soutien|accompagnement|distribution|"
    r"pr[ée]paration)\s+(?i:(?:à|a|au|aux|de|du|des)\s+|d['’])(?:(?i:la|les)\s+|(?i:l['’]))?[a-zà-ÿ]"
    r"|(?i:b[ée]n[ée]volat|volunteering|volunteer work)\s+(?i:chez|pour|à|a|aux|au|au sein de|at|for|with)\s)"
)
_DONE_FOR_RE = re.compile(
    r"\s(?:for|with|at|pour|chez|aupr[eè]s de|aupr[eè]s des|aux|au sein de)\s+(?:the\s+|la\s+|l')?"
    r"(?P<organization>[A-Z][\w'’&.-]*(?:\s+(?:(?:of|and|the|de|du|des|et|la|le|&)\s+)?[A-Z][\w'’&.-]*){0,5})"
)
_ENDS_WITH_LINK_RE = re.compile(r"(?:https?://|www\.|doi:)\S+$", re.I)
# Lines of a reference list shorter than this are not wrapped (a column's width is some 60 characters or more).
_WRAPPED_LINE = 50
# A reference that ends with its year ("…, Revue TAL, 2019"): the next line is another one.
_ENDS_WITH_YEAR_RE = re.compile(r"\b(?:19|20)\d{2}\W{0,2}$")
# An awarder named after the award: "… décerné par X", "… awarded by X", "… from X", "…, X".
_AWARDER_RE = re.compile(
    r"\s+(?:awarded by|granted by|given by|by|from|d[ée]cern[ée]e? par|remise? par|attribu[ée]e? par)\s+"
    r"(?P<awarder>[A-Z][\w .&'’-]{1,60})\)?\s*$"
)
# "Dean's List, University of Texas", "Prix de thèse (Fondation X)": an awarder after a separator, which must then
# read as an organisation ("Best Paper, Honorable Mention" names none).
_AWARDER_AFTER_RE = re.compile(r"\s*(?:[-–—|,(]\s*)(?P<awarder>[A-Z][\w .&'’-]{1,60})\)?\s*$")


def _header_line(raw: str, text: str, *, bullets: bool = False) -> bool:
    """A short line that names an entry: not a sentence, not the rest of a wrapped line, not a bullet (unless
    ``bullets``: a section that only lists, one bullet per entry)."""
    return (
        (bullets or not is_bullet(raw))
        and len(text.split()) <= 14
        and not (text.endswith((".", "!", "?")) and not abbreviation_stop(text))
        and not text[:1].islower()
    )


def _without_dates(text: str) -> tuple[str, dict[str, str]]:
    """``text`` without its first period, and the period as JSON Resume start and end dates."""
    ranges = find_date_ranges(text)
    if not ranges:
        return text, {}
    first = ranges[0]
    dates: dict[str, str] = {}
    if first.start:
        dates["startDate"] = first.start
    if first.end and not first.current:
        dates["endDate"] = first.end
    return clean(strip_punct(text[: first.begin] + " " + text[first.stop :])), dates


def _role(text: str) -> dict[str, str]:
    """Position, organisation and place written on one line of a volunteering entry, or what was done."""
    if _DONE_RE.match(text):
        # "Volunteered for the Red Cross blood drive", "Encadrement d'enfants en colonie": what was done, and
        # for whom when a name follows "for/with/at/pour/chez".
        done = {"summary": clean(text)}
        beneficiary = _DONE_FOR_RE.search(text)
        if beneficiary:
            done["organization"] = clean(strip_punct(beneficiary.group("organization")))
        return done
    held = title_and_employer(text)
    if held is not None:
        organization = plausible_value(held[1], employer=True) or held[1]  # "SBIO, the student union": "SBIO"
        return {"position": held[0], "organization": clean(strip_punct(organization))}
    match = _ROLE_FOR_RE.match(text)
    if match and title_score(fold(match.group("position"))) >= 0.7:
        return {"position": clean(match.group("position")), "organization": clean(strip_punct(match["organization"]))}
    # "Big Kids Society - 10 hours monthly": how much time is no part of the entry's name.
    parts = [part for part in header_parts([text]) if not part[:1].isdigit()]
    if not parts:
        return {}
    position, organization, location = header_fields(parts)
    if not position:
        # "Bénévole – Croix-Rouge", "Volunteer, Red Cross": a role word the work parser reads as a contract's kind;
        # "Président de l'association sportive du lycée": a title and its body in lower case, one part.
        pieces = [clean(strip_punct(p)) for part in parts for p in part.split(", ")]
        position = next((p for p in pieces if p and len(p.split()) <= 8 and title_score(fold(p.split()[0])) >= 1.5), "")
        if position and organization and position in organization:
            organization = ""
    if position and lower_opening(organization) and f"{position} – {organization}" in clean(text):
        # "Bénévole – distribution alimentaire" under "Restos du Cœur (Vénissieux)": what was done, in lower case, no
        # organisation's name
        position, organization = f"{position} – {organization}", ""
    item = {}
    if organization:
        item["organization"] = clean(strip_punct(organization))
    if position:
        item["position"] = clean(strip_punct(position))
    if location:
        item["location"] = location
    if not item.get("organization") and not item.get("position"):
        # Neither reads as a title nor as an organisation: a name ("Big Kids Society"), or what was done
        # ("Participated in a charity run", "Collecte alimentaire").
        named = name_cased(parts[0]) or org_score(fold(parts[0]))
        item["organization" if named else "summary"] = clean(text if not named else parts[0])
    return item


def _dated_organisation_next(lines: list[tuple[str, str, dict[str, str]]], number: int) -> bool:
    """Whether the line after a title alone names an organisation and its dates and no title ("Bénévole" over "Restos
    du Cœur, Orléans | 2022 – aujourd'hui"): the title heads a new entry, not the description of the one above."""
    if number + 1 >= len(lines):
        return False
    raw, rest, dates = lines[number + 1]
    if not dates or not rest or is_bullet(raw):
        return False
    role = _role(rest)
    return "organization" in role and "position" not in role and "summary" not in role


def _weak(role: dict[str, str]) -> bool:
    """Only an "organisation" that neither is written like a name nor holds an organisation's word: "Blood drives"
    reads as what was done, under the entry above."""
    organization = role.get("organization", "")
    return (
        set(role) - {"location"} == {"organization"}
        and not name_cased(organization)
        and not org_score(fold(organization))
    )


def parse_volunteer(texts: list[str]) -> list[dict[str, Any]]:
    """JSON Resume ``volunteer`` items: a short line per entry (role and organisation, in either order, on one or
    two lines, with or without a period), then its bullets or sentences as highlights.

    Where the section dates its entries, a short line without a date is a new entry only when it names both the
    role and the organisation or a date line follows it; otherwise it is a line of the entry's description."""
    lines = [(raw, *_without_dates(clean(strip_bullet(raw)))) for raw in texts if clean(strip_bullet(raw))]
    bullets = bool(lines) and is_bullet(lines[0][0])  # a list with no header line above its first bullet
    dated_section = any(dates for _, _, dates in lines)
    items: list[dict[str, Any]] = []
    bodies: list[list[str]] = []
    for number, (raw, rest, dates) in enumerate(lines):
        text = clean(raw)
        role = _role(rest) if rest else {}
        date_follows = any(
            not later_rest and later_dates for _, later_rest, later_dates in lines[number + 1 : number + 3]
        ) or (set(role) == {"position"} and _dated_organisation_next(lines, number))
        current = items[-1] if items else None
        if current is not None and not bodies[-1]:
            if not rest:  # a line with only the period: the entry's
                if dates and "startDate" not in current:
                    current.update(dates)
                continue
            if _header_line(raw, rest, bullets=bullets):
                place_only = set(role) == {"location"}
                # "Habitat for Humanity" then "Builder": one entry written on two lines.
                named = any(key in current for key in ("position", "organization", "summary"))
                # A first line with only the period ("2014", then "Participated in …"), or a name on two lines.
                fills = role and (
                    not named
                    or (
                        "summary" not in current
                        and "summary" not in role
                        and all(key not in current for key in role if key != "location")
                    )
                )
                # "Habitat for Humanity", "Builder", "June 2014": an unknown title under its organisation.
                unknown_title = set(current) == set(role) == {"organization"} and not _weak(role)
                if not fills and unknown_title and dated_section and (dates or date_follows):
                    role, fills = {"position": role["organization"]}, True
                if place_only or (fills and not (dates and "startDate" in current)):
                    for key, value in role.items():
                        current.setdefault(key, value)
                    for key, value in dates.items():
                        current.setdefault(key, value)
                    continue
        starts = (
            _header_line(raw, rest or text, bullets=bullets)
            and (current is None or not _weak(role))
            and (
                not dated_section
                or bool(dates)
                or current is None
                or {"position", "organization"} <= set(role)
                or name_cased(role.get("organization", ""))
                or date_follows
            )
        )
        if not starts:
            if current is not None:
                bodies[-1].append(raw)
            else:
                items.append({"summary": clean(strip_bullet(text))[:300], **dates})
                bodies.append([])
            continue
        items.append({**role, **dates})
        bodies.append([])
    for item, body in zip(items, bodies, strict=True):
        item.pop("location", None)  # JSON Resume's volunteer items have no place
        highlights = body_items(body)
        if highlights:
            item["highlights"] = highlights
    return [item for item in items if item.get("organization") or item.get("position") or item.get("summary")]


def parse_awards(texts: list[str]) -> list[dict[str, Any]]:
    """JSON Resume ``awards`` items: one per short line (title, date, awarder); the sentences after one describe
    it."""
    awards: list[dict[str, Any]] = []
    for raw in unwrap(texts):
        text = clean(strip_bullet(raw))
        if not text:
            continue
        if awards and not is_bullet(raw) and not _header_line(raw, text):
            awards[-1]["summary"] = clean(f"{awards[-1].get('summary', '')} {text}")[:500]
            continue
        if len(text) > 200:
            text = text[:200]
        item: dict[str, Any] = {}
        ranges = find_date_ranges(text)
        if ranges:
            last = ranges[-1]
            if last.end or last.start:
                item["date"] = last.end or last.start
            text = clean(strip_punct(text[: last.begin] + " " + text[last.stop :]))
        awarder = _AWARDER_RE.search(text) or _AWARDER_AFTER_RE.search(text)
        if awarder and awarder.start() > 3 and _awarder(awarder):
            item["awarder"] = clean(strip_punct(awarder.group("awarder")))
            text = clean(strip_punct(text[: awarder.start()]))
        if sum(c.isalpha() for c in text) < 3 or _place_only(text):
            continue  # "1996, 1997, 1998", "Halifax, NS, Canada": no award's name
        item = {"title": text, **item}
        awards.append(item)
    return [a for a in awards if a.get("title")]


def _place_only(text: str) -> bool:
    """A line that names a place and nothing else: "Lyon, France", "Vancouver, BC, Canada", "Dubai, UAE"."""
    if is_place_line(text):
        return True
    head, _, country = text.rpartition(", ")
    places = geo.find_places(country)
    return bool(head) and len(places) == 1 and places[0][0] == "country" and is_place_line(head)


def _tidy(title: str) -> str:
    """A title once its date or link is cut out: no stray commas ("Revue X, , (avec P. Martin)"), its brackets
    kept."""
    title = re.sub(r"\s*,(?:\s*,)+", ",", clean(title))
    title = re.sub(r",\s*(?=\()", " ", title)
    title = title.strip(" ,;:.-–—|")
    if title.count("(") > title.count(")"):
        title += ")"
    return title.lstrip(")")


def _awarder(match: re.Match[str]) -> bool:
    """Whether an awarder found after a separator names an organisation (one after "by" always counts)."""
    if match.re is _AWARDER_RE:
        return True
    awarder = match.group("awarder")
    return (names_organisation(awarder) or bool(school_score(fold(awarder)))) and not is_place_line(awarder)


def _publication_items(texts: list[str]) -> list[str]:
    """One text per publication: each bullet with its wrapped lines, or each line (wrapped ones rejoined)."""
    items: list[str] = []
    if any(is_bullet(t) for t in texts):
        for raw in texts:
            if is_bullet(raw) or not items:
                items.append(strip_bullet(clean(raw)))
            else:
                items[-1] = f"{items[-1]} {clean(raw)}"
        return [i for i in items if i]
    last_line = ""
    for text in (clean(t) for t in texts):
        if not text:
            continue
        if items:
            previous = items[-1]
            # A line that stops short of its end ("… Report to the Department of", "… and"): the next goes on.
            dangling = previous.endswith((",", "&", ":", ";", "-")) or without_dangling_words(previous) != previous
            if text[:1].islower() or dangling:
                starts = False
            else:
                # A line that stops well short of the column's width was not wrapped.
                ended = (
                    previous.endswith((".", "]", ")", "!", "?"))
                    or bool(_ENDS_WITH_YEAR_RE.search(previous) or _ENDS_WITH_LINK_RE.search(previous))
                    or len(last_line) < _WRAPPED_LINE
                )
                starts = ended or bool(_REFERENCE_START_RE.match(text))
            if not starts:
                items[-1] = f"{previous} {text}"
                last_line = text
                continue
        items.append(text)
        last_line = text
    return items


def _publisher(after: str) -> str:
    """The journal, publisher or conference after a reference's title: its first sentence, up to the volume,
    pages or date ("Revue TAL, 60(2), 1-20." → "Revue TAL"; "Linux Journal, March 2020" → "Linux Journal")."""
    first = re.split(r"\.\s+", strip_punct(after), maxsplit=1)[0]
    first = re.sub(r"^(?:in|dans)\s*:?\s+", "", clean(strip_punct(first)), flags=re.I)
    ranges = find_date_ranges(first)
    if ranges:
        first = first[: ranges[0].begin]
    first = clean(strip_punct(re.split(r"\s*(?:[;(]|,?\s+\d)", first, maxsplit=1)[0]))
    return first if first[:1].isalpha() and len(first) <= 100 else ""


def parse_publications(texts: list[str]) -> list[dict[str, Any]]:
    """JSON Resume ``publications`` items from references: the title (quoted, or after the author-year), the
    publisher (what follows the title), the release date (the reference's year or month) and a link."""
    publications: list[dict[str, Any]] = []
    for text in _publication_items(texts)[:50]:
        item: dict[str, Any] = {}
        link = _LINK_RE.search(text)
        if link:
            url = link.group(0).rstrip(".,;)")
            if url.lower().startswith("doi:"):
                url = "https://doi.org/" + url[4:].strip()
            elif url.startswith("10."):
                url = "https://doi.org/" + url
            elif not url.lower().startswith("http"):
                url = "https://" + url
            item["url"] = url
            text = _tidy(text[: link.start()] + " " + text[link.end() :])
        ranges = find_date_ranges(text)
        if ranges and (ranges[-1].end or ranges[-1].start):
            item["releaseDate"] = ranges[-1].end or ranges[-1].start
        title, after = "", ""
        quoted = _QUOTED_RE.search(text)
        author_year = _AUTHOR_YEAR_RE.search(text) or _AUTHOR_INITIALS_RE.match(text)
        if quoted:
            title, after = quoted.group("title"), text[quoted.end() :]
        elif author_year:
            title, _, after = author_year.group("rest").partition(". ")
        if title:
            publisher = _publisher(after)
            if publisher:
                item["publisher"] = publisher
        else:
            title = text
            if ranges:
                last = ranges[-1]
                title = text[: last.begin] + " " + text[last.stop :]
        title = _tidy(title)[:250]
        if not title:
            continue
        publications.append({"name": title, **item})
    return publications

"""Document → JSON Resume 1.2.1 plus ``meta``: the structure analysis, stage by stage."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from time import perf_counter
from typing import Any

from ..document import Document, Line
from ..taxonomy import Taxonomy
from . import contact as contact_mod
from . import geo
from . import sections as sec
from .dates import find_date_ranges, join_wrapped_ranges, only_dates, years_of_experience
from .education import LEVEL_NAMES, find_degree, level_of_degree, parse_education
from .entries import ENTRY_LABEL_RE, covers
from .experience import (
    COUNCIL_RE,
    PROSE_VERB_RE,
    ends_with_legal_form,
    is_contract_word,
    is_place_line,
    missions_under_employers,
    parse_experience,
    projects_for_clients,
    prose_jobs,
    without_legal_form,
    without_repeats,
)
from .extras import (
    parse_awards,
    parse_certificates,
    parse_interests,
    parse_projects,
    parse_publications,
    parse_volunteer,
    summary_text,
)
from .fields import TaggedLine, tagger
from .forms import europass_lines
from .language import detect_language
from .languages import (
    LANGUAGE_LABEL_RE,
    SpokenLanguage,
    better,
    column_languages,
    find_languages,
    fluency_label,
    grid_rows,
    languages_section_texts,
    opens_with_language,
)
from .names import given_name_hits
from .protected import PHOTO, protected_kinds
from .refine import POLICIES, refine
from .skills import (
    MAX_UNNAMED_SKILLS,
    SkillMatcher,
    listed_items,
    lists_skills_not_languages,
    matcher_for,
    skill_label,
    unnamed_is_covered,
)
from .text import ONLY_BULLETS_RE, clean, fold, is_all_caps, is_bullet, unwrap
from .vocab import function_part, org_score, school_score, title_score

_CONTACT_KINDS = {sec.HEADER, sec.CONTACT}
# Section kinds whose heading may name volunteering, awards or publications (``sections.extra_kind``).
_EXTRA_KINDS = {sec.OTHER, sec.INTERESTS}
_LANGUAGE_SCAN_KINDS = {sec.SKILLS, sec.SUMMARY, sec.HEADER, sec.OTHER, sec.INTERESTS, sec.CONTACT, sec.CERTIFICATIONS}
# "October 2023Office Manager": a date column glued to the text beside it by extraction.
_GLUED_YEAR_RE = re.compile(r"(?<=\b(?:19|20)\d\d)(?=[A-ZÀ-Ý][a-zà-ÿ])")
# "Sept. 2019 – Aujourd'huiCompagnie Nationale du Rhône": the range's open end glued to the name beside it.
_GLUED_PRESENT_RE = re.compile(r"([–—-] ?(?:[Aa]ujourd['’]hui|[Pp]r[eé]sent|[Tt]oday|[Nn]ow))(?=[A-ZÀ-Ý][a-zà-ÿ])")
# "A U G | 2 0 2 0 — P R E S E N T", "P R I Y A | R A G H U N A T H A N": letters spread apart by the type's tracking,
# one space between letters (and a wider gap, which extraction marks with a bar, between words).
_SPACED_RUN_RE = re.compile(r"(?<!\S)(?:[^\W_] |[.'’] ){1,}[^\W_](?!\S)")
_SPACED_WORD_GAP_RE = re.compile(r"(?<=[^\W_] [^\W_]) \| (?=[^\W_] [^\W_])")


def _without_tracking(text: str) -> str:
    """The line with its letter-spaced words written whole: "AUG 2020 — PRESENT", "PRIYA RAGHUNATHAN". Only a line
    mostly made of such runs is changed ("Permis B C" keeps its letters)."""
    if text.count(" ") < 4:
        return text
    covered = sum(len(match.group()) for match in _SPACED_RUN_RE.finditer(text))
    if covered < 0.6 * len(text.replace(" | ", "")):
        return text
    if _SPACED_RUN_RE.fullmatch(text):
        return text  # one word, or a name that lost its word gap: the headings' and the name's readers join them
    joined = _SPACED_RUN_RE.sub(lambda match: match.group().replace(" ", ""), _SPACED_WORD_GAP_RE.sub("  ", text))
    return " ".join(joined.split())


# Lines that carry nothing for entries: a bare link (job-board page footers), a page number ("2/3", not a month and
# its year alone over a job, "01/2020").
_NOISE_LINE_RE = re.compile(
    r"^(?:https?://\S+|www\.\S+|(?:page|p\.)\s*\d+(?:\s*(?:of|/|sur)\s*\d+)?|\d{1,2}\s*/\s*\d{1,2})$", re.I
)
# An acronym as written: capitals, maybe digits ("ECS", "SIO", "B2I").
_ACRONYM_RE = re.compile(r"^[A-Z][A-Z0-9]{1,5}$")
_TEST_ONLY_RE = re.compile(r"\b(?:toeic|toefl|ielts|cambridge (?:advanced|proficiency|first)|bulats)\b", re.I)


def _texts(sections: list[sec.Section], kind: str) -> list[str]:
    return [text for section in sections if section.kind == kind for text in section.texts]


_NAME_CONNECTORS_TEXT = "of de du des d the and et la le les fur für van von"
_NAME_CONNECTORS = frozenset(_NAME_CONNECTORS_TEXT.split())


def _place_after_lead(line: Line, text: str) -> str:
    """A line that opens in bold with a town set after it in a regular weight ("PROXIMUS Brussels", "KU Leuven
    Leuven"): the town is where the employer or school is, and a comma says so ("PROXIMUS, Brussels")."""
    lead = clean(line.lead)
    rest = text[len(lead) :] if lead and text.startswith(lead) else ""
    town, bar, beyond = rest.partition(" | ")  # (the dates a tab or a column set on the same row)
    town = town.strip()
    if not town or not town[0].isupper() or len(town.split()) > 4 or lead[-1:] in ",;:|–—-(/":
        return text
    if given_name_hits(town):
        return text  # ("DUPONT Florence": a family name in bold, then the given name, which is also a town's)
    words = fold(lead).split()
    if words[-1] in _NAME_CONNECTORS:
        return text  # ("University of Manchester" with its first words in bold)
    if school_score(fold(lead)) >= 1 and fold(town) not in fold(lead):
        return text  # ("HEC Paris", "Imperial College London": the town is part of the school's name, unless repeated)
    return f"{lead}, {town}{bar}{beyond}" if is_place_line(town) else text


def _same_visual_row(left: Line, right: Line) -> bool:
    """Whether ``right`` is a piece of ``left``'s visual row: the same page and block, the same baseline, further
    right (a PDF's table cells, dates in a left column and the title beside them)."""
    return (
        bool(right.top)
        and left.page == right.page
        and left.block == right.block
        and abs(left.top - right.top) <= 2.5
        and right.x0 > left.x0 + 20
    )


def _visual_rows(lines: list[Line]) -> list[list[Line]]:
    """The lines in runs of one visual row each: pieces of the same block and page, on the same baseline, left to
    right (a PDF's table cells)."""
    rows: list[list[Line]] = []
    for line in lines:
        last = rows[-1][-1] if rows else None
        if last is not None and _same_visual_row(last, line):
            rows[-1].append(line)
        else:
            rows.append([line])
    return rows


def _wrapped_table_cells(lines: list[Line]) -> list[Line]:
    """A table row's cells wrapped onto the next line ("2009 – 2015 | Eurovia Poitou-Charentes | Chef d'équipe VRD |
    Réseaux EU/EP, bordures, enrobés, reprises de" over "Limousin | chaussées"), joined back to their cells: a row
    of three cells or more, then right under it a row of pieces each set at a cell's left edge, none in the first
    and one in the last (the long text of a description column, which wraps with it). The last cell's piece stays a
    line of its own, a description's next line; the others end the cells above them ("Eurovia Poitou-Charentes
    Limousin"). (One piece alone under a cell may be a line of its own, an employer under a title.)"""
    out: list[Line] = []
    cells: list[Line] = []  # the cells of the last table row, copies the wrapped pieces are added to
    above: Line | None = None  # the first piece of the row above
    last_cell = ""  # the text of its last piece
    for row in _visual_rows(lines):
        edges = [cell.x0 for cell in cells]
        aligned = [next((i for i, x in enumerate(edges) if abs(x - piece.x0) <= 3), -1) for piece in row]
        just_under = (
            bool(cells)
            and above is not None
            and row[0].page == above.page
            and 0 < row[0].top - above.top <= 1.6 * max(row[0].size, above.size)
            and aligned == sorted(set(aligned))
            and -1 not in aligned
        )
        if (
            just_under
            and len(row) >= 2
            and len(last_cell) >= 25  # (the last column's text wrapped, a long one: a description)
            and all(len(piece.text.split()) <= 4 for piece in row[:-1])  # (the ends of short names)
            and aligned[0] > 0
            and aligned[-1] == len(cells) - 1
        ):
            for piece, index in zip(row[:-1], aligned[:-1], strict=True):
                cells[index].text = f"{cells[index].text.rstrip()} {piece.text.strip()}"
            out.append(row[-1])
            above, last_cell = row[0], row[-1].text
            continue
        if just_under and _grid_wrap(cells, row, aligned):
            for piece, index in zip(row, aligned, strict=True):
                cells[index].text = _cell_joined(cells[index].text, piece.text)
            above = row[0]
            continue
        if len(row) >= 3 and row[0].top:
            cells = [replace(cell) for cell in row]
            row = cells
        elif not (cells and row[0].x0 > cells[0].x0 + 3 and row[0].page == cells[0].page):
            cells = []  # (a line under the last column only, a description's next line, keeps the table)
        out.extend(row)
        above, last_cell = row[0], row[-1].text
    return out


# What a table's first cell ends with when its text goes on at the next line: an open period ("07/2023 –", "01/2024 –
# en").
_OPEN_CELL_RE = re.compile(r"(?:[–—-]|\b(?:en|au|à|to|until))$")


def _grid_wrap(cells: list[Line], row: list[Line], aligned: list[int]) -> bool:
    """Whether a row right under a grid's row (four cells or more: period, practice, town, post, terms) holds the
    ends of its cells, each piece set at a cell's left edge, a few words each, no bullet point; in the first cell
    only the end of a period left open ("07/2023 –" over "08/2023"), since a new row opens there. One piece alone
    ends its cell only as the end of a period left open, or after a cell left unfinished ("Maison de santé
    pluriprofessionnelle de" / "Chinon"), and never when it names a firm: in an ordinary header row ("2019 – 2022 |
    Chef de partie | CDI | Paris"), the line under the title is the employer's ("Hôtel Ritz")."""
    if len(cells) < 4 or not all(len(piece.text.split()) <= 4 and not is_bullet(piece.text) for piece in row):
        return False
    opened = bool(_OPEN_CELL_RE.search(cells[0].text.rstrip()))
    if len(row) >= 2:
        return aligned[0] > 0 or opened or row[0].text[:1].islower()
    if aligned[0] == 0:
        return opened
    return bool(_UNFINISHED_CELL_RE.search(cells[aligned[0]].text.rstrip())) and org_score(fold(row[0].text)) < 1


# What a cell ends with when its text goes on at the next line: a joining word, a comma, a dash ("Cabinet du Dr Fabre
# et Dr", "Stages : urgences, pédiatrie,", "Remplacements, licence de").
_UNFINISHED_CELL_RE = re.compile(
    r"(?:[,/&–—-]|\b(?i:de|du|des|d'|et|la|le|les|en|au|aux|à|sur|pour|of|and|the|for|in|at|to))$"
)


def _cell_joined(cell: str, piece: str) -> str:
    """A grid's cell and the piece under it: the name's end ("Maison de santé pluriprofessionnelle de" / "Chinon"),
    or the town of the name above it, after a comma ("Le Cinq" / "Paris 8e"), as a header line writes it."""
    cell, piece = cell.rstrip(), piece.strip()
    last = cell.split()[-1] if cell.split() else ""
    if is_place_line(piece) and not last.islower() and last[-1:].isalnum():
        return f"{cell}, {piece}"
    return f"{cell} {piece}"


_RULE_LINE_RE = re.compile(r"(?:[_=~*#-] ?){3,}")


def _clean_lines(document: Document) -> list[Line]:
    lines: list[Line] = []
    bullet: Line | None = None
    for number, line in enumerate(_wrapped_table_cells(document.lines)):
        text = _GLUED_PRESENT_RE.sub(r"\1 | ", _GLUED_YEAR_RE.sub(" | ", _without_tracking(clean(line.text))))
        if line.lead and number >= 3:  # (the first lines hold the name: "DUPONT Sydney")
            text = _place_after_lead(line, text)
        if _RULE_LINE_RE.fullmatch(text):
            # "==========", "-----------" under or over a heading of a text CV: decoration, no content of any section
            bullet = None
            continue
        if not text or ONLY_BULLETS_RE.match(text):
            # A bullet glyph alone on its line: the mark of the text set beside it on the same row (a PDF may keep
            # the two apart), otherwise decoration.
            bullet = line if text and line.top else None
            continue
        if (
            bullet is not None
            and bullet.page == line.page
            and abs(bullet.top - line.top) <= 2.5
            and bullet.x0 < line.x0 <= bullet.x0 + 40
        ):
            text = f"• {text}"
        bullet = None

        previous = lines[-1] if lines else None
        # Pieces of one visual row (dates in a left column, the title to their right): one line, " | " between; a
        # piece that opens with a colon is the value of the label before it ("Date of Birth" / ": 05-02-1993").
        if previous is not None and _same_visual_row(previous, line):
            previous.text = f"{previous.text} {text}" if text.startswith(":") else f"{previous.text} | {text}"
            previous.bold = previous.bold or line.bold
            continue
        if text:
            lines.append(replace(line, text=text))
    return lines


_DETAIL_LINE_RE = re.compile(r"^[^\W\d_][\w'’ ./()-]{1,30}?\s*[:|]\s*\S")


def _details_list(texts: list[str]) -> bool:
    """Whether lines are mostly "Label : value" pairs (two at least)."""
    labelled = [text for text in texts if _DETAIL_LINE_RE.match(text) and len(text.split(":")[0].split()) <= 4]
    return len(labelled) >= 2 and len(labelled) * 2 > len(texts)


def _kinds_by_content(sections: list[sec.Section]) -> list[sec.Section]:
    """Sections opened by a heading of unknown wording set in the CV's heading type ("Itinéraire professionnel",
    "Mon cursus"): studies when degrees are named in at least half as many lines as are dated, jobs when dated
    lines name no degree; otherwise they stay "other". "Grades" and "Grades et titres" are studies when they name a
    degree (a Swiss CV's), titles otherwise (a sportsman's), never jobs. "Stage" alone heads a placement: a job,
    whatever diploma it was done for. A section opened so among the header's lines that holds no jobs and no
    studies goes back to the header."""
    out: list[sec.Section] = []
    for section in sections:
        if section.kind == sec.SUMMARY and _details_list(section.texts):
            # "Personal Profile" over "Father's Name : …", "Address : …": an Indian CV's personal details, not a
            # summary of the person's career.
            section = replace(section, kind=sec.CONTACT)
        elif section.kind == sec.PROJECTS and sec.names_one_project(section.heading) and _career_plan(section.texts):
            # "PROJET" over "Je souhaite évoluer vers un poste de responsable logistique …": the person's career plan,
            # as "Projet professionnel" heads it, no project
            section = replace(section, kind=sec.SUMMARY)
        elif section.kind == sec.OTHER and sec.names_degrees_or_titles(section.heading):
            # "Grades" (a Swiss CV's degrees) or "Grades et titres" (a judoka's belts): studies when they name degrees
            if any(find_degree(t) for t in section.texts):
                section = replace(section, kind=sec.EDUCATION)
        elif section.kind == sec.OTHER and section.by_style and sec.names_placement(section.heading):
            section = replace(section, kind=sec.EXPERIENCE)
        elif section.kind == sec.OTHER and sec.names_teaching(section.heading):
            # "Enseignement" over a teacher's posts ("Professeur de piano" over "Conservatoire de Montauban | 2017 -
            # 2019"): jobs. Over an academic's courses ("Macroéconomie, L1, 36 h de TD") it stays "other". (One post
            # is enough when it is the section's first dated line: "Teaching assistant (vacataire) | 2022 – 2024" over
            # "Université Paris Cité – L2 Psychology, statistics tutorials".)
            posts = _job_entries(section.texts)
            first = next((t for t in section.texts if not is_bullet(t) and find_date_ranges(t)), "")
            # (a degree named on an undated line, in a course's long description or in a bullet is the students',
            # not the section's: "Université Paris Cité – L2 Psychology", "responsable de l'UE … du Master
            # Informatique")
            if (posts >= 2 or (posts == 1 and _job_entries([first]) == 1)) and not any(
                find_degree(t) for t in section.texts if len(t) < 100 and not is_bullet(t) and find_date_ranges(t)
            ):
                section = replace(section, kind=sec.EXPERIENCE)
        elif section.kind == sec.OTHER and section.by_style:
            dated = [t for t in section.texts if len(t) < 80 and find_date_ranges(t)]
            degrees = [t for t in section.texts if find_degree(t)]
            if degrees and len(degrees) * 2 >= len(dated):
                section = replace(section, kind=sec.EDUCATION)
            elif (
                (dated or section.in_header)
                and not degrees
                # (among the header's lines, the first line under the heading was a dated post's: "▪ Naïa Quartet —
                # Contrebassiste et co-leader (depuis 2017)", its bullet no duty's)
                and _job_entries(section.texts, bullets=section.in_header)
            ):
                # (not "• Enregistrement « Fauré – Nocturnes » (label Hérisson, 2020)": a work of the person's, dated)
                section = replace(section, kind=sec.EXPERIENCE)
        if section.kind == sec.OTHER and section.in_header and out and out[-1].kind == sec.HEADER:
            # (a line among the header's set as the headings are, over no jobs and no studies: the header's still)
            out[-1] = replace(
                out[-1],
                lines=[*out[-1].lines, *section.lines],
                indexes=[*out[-1].indexes, *section.indexes],
            )
            continue
        out.append(section)
    return out


# What a person writes of the work they want: "Je souhaite", "j'aimerais", "mon objectif", "I would like", "my goal"
# (not the goal a project had, "Mon objectif était de concevoir une application …", "My goal was to build …").
_WISH_RE = re.compile(
    r"\b(?:je souhaite|je veux|j'aimerais|je voudrais|je desire|je vise|a terme|i want|i wish|i would like|i'd like|"
    r"i aim|i hope|in the long term|"
    r"(?:mon objectif|mon souhait|mon ambition|my goal|my aim|my ambition)(?!\s+(?:etait|fut|a ete|was|had)\b))\b"
)


def _career_plan(texts: list[str]) -> bool:
    """Whether a section's lines are a paragraph of the work the person wants, undated: a career plan."""
    text = fold(" ".join(texts))
    return (
        bool(texts)
        and not any(find_date_ranges(t) for t in texts)
        and _WISH_RE.search(text) is not None
        and len(text.split()) >= 8
    )


# The separators between a job header's parts: "Summer 2023 | Activity Instructor | PGL – Liddington, UK".
_ENTRY_PARTS_RE = re.compile(r"\s+[|–—-]\s+|[,;:]\s+|^[\s|:,;–—-]+|[\s|:,;–—-]+$")


_BRACKETED_RE = re.compile(r"\s*\([^()]*\)")


def _job_entries(texts: list[str], *, bullets: bool = False) -> int:
    """How many dated entries of a section name a post: a line out of the bullets (or a bullet too, with ``bullets``)
    with a range of dates, whose own words or an undated line just above or below it read as a job's title
    ("Professeur de piano" over "Conservatoire de Montauban | 2017 - 2019"; "2017-2021 : Technicien méthodes,
    Valeo")."""
    count = 0
    for index, text in enumerate(texts):
        if (is_bullet(text) and not bullets) or not (ranges := find_date_ranges(text)):
            continue
        if len(text) >= 100 and not sec.dates_open(text):
            # (a long line is an entry's only when its dates open it: "Depuis 2014 : Professeur de jazz …, Metz")
            continue
        folded = fold(text)
        pieces = [folded[: ranges[0].begin], folded[ranges[-1].stop :]]
        pieces += [
            fold(texts[other])
            for other in (index - 1, index + 1)
            if 0 <= other < len(texts) and not is_bullet(texts[other]) and not find_date_ranges(texts[other])
        ]
        # (a remark in brackets aside: "Teaching assistant (vacataire)")
        pieces = [_BRACKETED_RE.sub(" ", piece) for piece in pieces]
        if any(title_score(part.strip()) >= 1 for piece in pieces for part in _ENTRY_PARTS_RE.split(piece)):
            count += 1
    return count


def _find_unnamed_experience(sections: list[sec.Section]) -> list[sec.Section]:
    """No experience heading was recognised ("Where I have worked", "Track record"): the first section (not
    education) that holds two dated lines with no degree among them is the experience, from just after the
    heading-looking line above its first date (the heading itself is dropped). Outside a summary or "other"
    section, that heading-looking line is required."""
    if any(s.kind == sec.EXPERIENCE for s in sections):
        return sections
    for number, section in enumerate(sections):
        if section.kind == sec.EDUCATION:
            continue
        texts = section.texts
        dated = [i for i, t in enumerate(texts) if len(t) < 80 and find_date_ranges(t)]
        if len(dated) < 2 or any(find_degree(texts[i]) for i in dated):
            continue
        cut = -1
        for i in range(dated[0] - 1, max(-1, dated[0] - 4), -1):
            line = section.lines[i]
            if is_all_caps(line.text) or (line.bold and line.size > 11):
                cut = i
                break
        generic = section.kind in {sec.SUMMARY, sec.OTHER} and not sec.names_no_work_history(section.heading)
        if cut == 0 and section.heading and generic:
            # Right under the section's own heading ("Career Summary" then "BUPA DENTAL CARE"): the first
            # employer's name in capitals, not a second heading.
            cut = -1
        if cut < 0 and (not generic or number == 0):
            # Elsewhere (the top of the CV, a skills list, "Memberships") a heading-looking line must open the
            # entries: the dated lines of a section named for something else are memberships, awards or talks.
            continue
        head = sec.Section(section.kind, section.heading, section.lines[: max(cut, 0)], section.indexes[: max(cut, 0)])
        tail = sec.Section(sec.EXPERIENCE, "", section.lines[cut + 1 :], section.indexes[cut + 1 :])
        return sections[:number] + ([head] if head.lines else []) + [tail] + sections[number + 1 :]
    return sections


def _languages_column(heading: str, texts: list[str]) -> list[str]:
    """The lines of a languages column set beside another one ("FORMATION | LANGUES", "Compétences | Langues" over
    "• Régulation médicale (SAMU) | Français"): from the row whose cell heads the languages, each row's cell in that
    column, and the short lines naming a language first that the column holds alone ("Vietnamien" under a row of two
    cells). Its languages have no level to show for them ("Français" alone), the heading says what they are."""
    column = 0
    out: list[str] = []
    for text in [heading, *texts]:
        cells = text.split(" | ")
        heads = [k for k, cell in enumerate(cells) if k and sec.heading_kind(cell) == sec.LANGUAGES]
        if heads:
            column = heads[0]
        elif column and len(cells) > column:
            out.append(cells[column])
        elif column and len(cells) == 1 and opens_with_language(text):
            out.append(text)
    return out


def _spoken_languages(sections: list[sec.Section]) -> tuple[list[SpokenLanguage], bool]:
    found: dict[str, SpokenLanguage] = {}
    listed: set[str] = set()  # the codes named in a languages section
    has_section = False
    for section in sections:
        if section.kind == sec.LANGUAGES:
            has_section = True
            texts = languages_section_texts(section.heading, section.texts)
            items = [item for text in unwrap(texts) for item in find_languages(text)]
        elif section.kind in _LANGUAGE_SCAN_KINDS:
            items = [
                item
                for text in grid_rows(section.texts)
                for item in find_languages(text, require_level=not LANGUAGE_LABEL_RE.match(fold(text)))
            ]
        else:
            # "Languages Known: English, Hindi" left under the education or experience heading says what it is.
            items = [
                item for text in section.texts if LANGUAGE_LABEL_RE.match(fold(text)) for item in find_languages(text)
            ]
        if section.kind != sec.LANGUAGES:
            items = column_languages(_languages_column(section.heading, section.texts)) + items
        if not items and section.kind not in _LANGUAGE_SCAN_KINDS | {sec.LANGUAGES}:
            continue
        # "TOEIC 905" with no language named means English.
        if not items:
            for text in section.texts:
                if _TEST_ONLY_RE.search(text):
                    # (named as the CV's language names it: the CV does not write it)
                    items.extend(replace(i, evidence="") for i in find_languages("English " + text, require_level=True))
        for item in items:
            if item.code in found:
                found[item.code].level = better(found[item.code].level, item.level)
                if section.kind == sec.LANGUAGES and item.code not in listed and item.evidence:
                    # "Langue des signes (niveau 1)" among the skills, "LSF : A2" under LANGUES: the languages
                    # section's wording
                    found[item.code].evidence = item.evidence
            else:
                found[item.code] = item
            if section.kind == sec.LANGUAGES:
                listed.add(item.code)
    return list(found.values()), has_section


# A line cut in the middle of its sentence: it ends on a comma or a word that needs what follows ("… Guru Nanak Dev
# University in", "… Sacred Heart Convent School,").
_UNFINISHED_RE = re.compile(r"(?:,|\b(?:in|from|with|to|of|and|at|as|since|for|under|till|until|de|du|des|en|et|à))$")


def _join_hanging_lines(lines: list[Line]) -> list[Line]:
    """The lines with a bullet's sentence that wrapped under its own text joined again: "• B.Ed. from Khalsa
    College of Education, Guru Nanak Dev University in" over "2016 with 78% marks." set right of the bullet (a
    hanging indent). The wrapped part may hold the item's dates, which must stay on its line."""
    out: list[Line] = []
    for line in lines:
        if out:
            head = out[-1]
            hanging = head.x0 > 0 and head.page == line.page and head.block == line.block and line.x0 > head.x0 + 4
            near = head.size > 0 and 0 < line.top - head.top <= 1.8 * head.size
            if (
                hanging
                and near
                and is_bullet(head.text)
                and not is_bullet(line.text)
                and (_UNFINISHED_RE.search(head.text.rstrip()) or line.text[:1].islower())
            ):
                out[-1] = replace(head, text=f"{head.text.rstrip()} {line.text.strip()}")
                continue
            if (
                near
                and head.page == line.page
                and head.block == line.block
                and is_bullet(head.text)
                and head.text.rstrip().endswith(("–", "—", " -", ","))
                and only_dates(line.text)
            ):
                # "• CAP … – Lycée Le Chesnois (Bains-les-Bains) –" over "2013": the item's date, wrapped
                out[-1] = replace(head, text=f"{head.text.rstrip()} {line.text.strip()}")
                continue
        out.append(line)
    return out


# A heading that names its employer after "chez" / "at" last, the line cut inside the name.
_EMPLOYER_LAST_RE = re.compile(r"\b(?:chez|at|pour|for|with|avec)\s+[A-ZÀ-Ý][\w&'’.-]*(?:\s+[A-ZÀ-Ý][\w&'’.-]*){0,3}$")
_INNER_CAPITAL_RE = re.compile(r"^[a-zà-ÿ]+[A-ZÀ-Ý]")
_NAME_END_RE = re.compile(r"^[A-ZÀ-Ý][\w&'’.+-]*(?:\s+[A-ZÀ-Ý][\w&'’.+-]*){0,2}$")


_ROMAN_RE = re.compile(r"I{1,3}|IV")


def _name_goes_on(left: str, name_end: str) -> bool:
    """ "Paralegal, Commercial Litigation — Browne" (its dates at the right) over "Jacobson LLP, Nottingham": the
    employer's name after the title's dash, cut by the column's edge, goes on to its legal form on the next line."""
    pieces = re.split(r" [–—-] ", left)
    last = pieces[-1].strip()
    if name_end == "Trust" and re.search(r"\bNHS(?: Foundation)?$", last):
        return True  # "… — Bradford Teaching Hospitals NHS Foundation" over "Trust"
    council = bool(COUNCIL_RE.fullmatch(fold(name_end)))  # ("Nottinghamshire" over "County Council": its county)
    return bool(
        len(pieces) >= 2
        # (a line cut by the dates' column is a long one: "Consultant — BNP Paribas" over "Sopra Steria Group SA" is
        # a client, then the firm)
        and (council or len(left) >= 36)
        and 1 <= len(last.split()) <= 3
        and all(word[:1].isupper() for word in last.split())
        and not title_score(fold(last))
        and title_score(fold(pieces[0])) > 0
        and name_end[:1].isupper()
        and len(name_end.split()) <= 5
        and (ends_with_legal_form(name_end) or council)
        # (not "Audit Senior — Manchester" or "— Real Estate" over "KPMG LLP": the title's town or team, then a
        # whole firm's name)
        and (council or not geo.find_places(last))
        and not any(function_part(word) for word in last.split())
    )


# Where a title was held, said after it ("au sein de la Direction générale", "en mission chez BNP Paribas", "within
# the Global Markets division"): no end of the title's words.
_WITHIN_RE = re.compile(r"(?:au sein|en mission|chez|aupres|within|at|for|pour|dans|in|on|with|avec)\b")


def _regular_tail(head: str, text: str) -> bool:
    """ "Adjudant-chef — Gendarmerie nationale – Brigade territoriale" (bold, to the column's edge) over "autonome de
    Lunel, Lunel" in regular type: the end of the employer's name, wrapped, the town after it set in the body's type
    (a few words in lower case, no sentence)."""
    return (
        len(head) >= 50
        and bool(re.search(r" [–—] ", head))
        and not head.rstrip().endswith((".", ":", ";", ","))
        and text[:1].islower()
        and len(text.split()) <= 8
        and len(head.split()) + len(text.split()) <= 14  # (no longer than a header line may be)
        and not text.rstrip().endswith(".")
        # the name's end, then its town after a comma, or a name cut after a word that cannot end it; not a remark
        # under the header ("remplacement congé maternité", "en alternance", "on a fixed-term contract")
        and (bool(_TOWN_AFTER_COMMA_RE.search(text)) or bool(_UNFINISHED_RE.search(head.rstrip())))
        and not is_contract_word(text)
        and not _WITHIN_RE.match(text)
    )


_TOWN_AFTER_COMMA_RE = re.compile(r", [A-ZÀ-Ý][\w'’-]+(?: [A-ZÀ-Ý][\w'’-]+)?$")


_GOES_ON_RE = re.compile(r"(?:(?:en|de|des|du|et|pour|option|specialite|spécialité)\s|d['’])")
# The terms of a post or a course, not the rest of its name ("en alternance", "en CDI", "en contrat de …").
_TERMS_AFTER_RE = re.compile(r"en (?:cdi|cdd|alternance|apprentissage|contrat|interim|saison|stage|freelance)\b")


def _title_tail_wrapped(left: str, line: Line) -> bool:
    """The title's last word wrapped under its dates' line, in bold: "Crop Protection Development | Sept 2018 – Jan
    2021" over "Technician" (a field's words, then the trade that makes them a title; not "Capgemini" over
    "Consultant", the employer over the title)."""
    text = line.text.strip()
    return (
        line.bold
        and len(text.split()) == 1
        and text[:1].isupper()
        and title_score(fold(text)) >= 1.5
        and not title_score(fold(left))
        and covers(left)
        and not org_score(fold(left))
        and title_score(fold(f"{left} {text}")) >= 1.5
    )


def _margin_headings_interleaved(lines: list[Line]) -> list[Line]:
    """Headings set in a margin column, each level with its section's first line ("EXPÉRIENCE" at the left edge,
    beside the first job's line; a résumé's "headings on the left" design): the extraction reads the column of
    headings as one block before the content, which then had no heading at all. Each heading goes back before the first
    line of the content column level with it or below it (a heading wrapped on two lines, "CENTRES" / "D'INTÉRÊT",
    keeps its lines together)."""
    blocks: dict[tuple[int, int], list[int]] = {}
    for index, line in enumerate(lines):
        blocks.setdefault((line.page, line.block), []).append(index)
    moved: dict[int, list[int]] = {}  # content line index -> heading lines to put before it
    taken: set[int] = set()
    for (page, _block), members in blocks.items():
        column = [lines[i] for i in members]
        if len(column) < 3 or any(line.top <= 0 or len(line.text.split()) > 4 for line in column):
            continue
        left = min(line.x0 for line in column)
        named = [sec.heading_kind(line.text, 2) is not None for line in column]
        # (a heading's first line wrapped over its named last one: "SELECTED" / "PUBLICATIONS")
        opens = [
            not named[k] and k + 1 < len(column) and named[k + 1] and column[k + 1].top - line.top <= 1.8 * line.size
            for k, line in enumerate(column)
        ]
        if any(line.x0 > left + 3 for line in column) and not all(n or o for n, o in zip(named, opens, strict=True)):
            continue  # (headings set flush right against the content, "POSITIONS" / "EDUCATION", must all be named)
        if sum(named) * 2 < len(column):
            continue  # (a sidebar's column of short items: skills, languages)
        content = [
            i
            for i, line in enumerate(lines)
            if line.page == page and i not in members and line.x0 >= left + 60 and line.top >= column[0].top - 3
        ]
        if len(content) < len(column):
            continue
        if any(
            sec.heading_kind(lines[i].text, 2) is not None and (lines[i].bold or is_all_caps(lines[i].text))
            for i in content
        ):
            continue  # (a sidebar's headings beside a main column that has its own: "COMPÉTENCES" by "EXPÉRIENCE")
        steps = sorted(
            later.top - earlier.top
            for earlier, later in zip([lines[i] for i in content], [lines[i] for i in content[1:]], strict=False)
            if 0 < later.top - earlier.top < 40
        )
        spacing = steps[len(steps) // 2] if steps else 0.0  # (the content's usual line spacing)
        targets: list[int] = []
        for position, heading_index in enumerate(members):
            heading = lines[heading_index]
            if position and (
                opens[position - 1]
                or (not named[position] and heading.top - column[position - 1].top <= 1.6 * heading.size)
            ):
                # ("EXPÉRIENCE" / "PROFESSIONNELLE", "SELECTED" / "PUBLICATIONS": one heading on two lines)
                targets.append(targets[-1])
                continue
            at = next((k for k, i in enumerate(content) if lines[i].top >= heading.top - 3), None)
            if at is None or lines[content[at]].top - heading.top > max(heading.size, lines[content[at]].size):
                break  # (level with no line of the content, within a line's height: no heading of the margin's)
            if at and lines[content[at - 1]].top > lines[content[at]].top - max(
                1.4 * lines[content[at]].size, 1.15 * spacing
            ):
                break  # (a section opens after a gap: a sidebar's item level with a line inside a paragraph is none)
            targets.append(content[at])
        else:
            for heading_index, target in zip(members, targets, strict=True):
                moved.setdefault(target, []).append(heading_index)
                taken.add(heading_index)
    if not taken:
        return lines
    out: list[Line] = []
    for index, line in enumerate(lines):
        if index in taken:
            continue
        out.extend(lines[i] for i in moved.get(index, []))
        out.append(line)
    return out


# A name's initials alone in brackets ("(DGAFP)", "(CDG 69)").
_ACRONYM_LINE_RE = re.compile(r"^\([A-Z][A-Z0-9&/-]{1,9}(?: \d{1,3})?\)$")


# A remark in brackets after a range in the date column ("2025 – 2026 (en alternance)", "2019 – 2021 (CDD)").
_DATES_REMARK_RE = re.compile(r"\s*\([^()\d]{1,30}\)\s*$")


def _dates_cell(text: str) -> bool:
    """Whether a line's last cell is its range of dates, perhaps with a remark in brackets after it."""
    return only_dates(text) or only_dates(_DATES_REMARK_RE.sub("", text))


def _join_wrapped_headings(lines: list[Line]) -> list[Line]:
    """A bold job heading wrapped at the column's edge joined again, the next line in bold too: "Préparateur de" over
    "commandes chez Deret Logistique, Saran" (it goes on with a small letter), "Infirmière chez Polyclinique" over
    "Sévigné, Cesson-Sévigné" (the rest of the employer's name, then its town after a comma)."""
    out: list[Line] = []
    for line in lines:
        if out:
            head = out[-1]
            text = line.text.strip()
            aligned = (
                head.bold
                and _line_under(head, line)
                and not is_bullet(head.text)
                and not is_bullet(text)
                and not find_date_ranges(text)
            )
            name_end, _, town = text.partition(", ")
            # "Chargée de conformité – Sécurité" then its dates set on the same row at the right (one line, " | "
            # between), then "financière": the title's end goes before the dates.
            left, bar, dates = head.text.rpartition(" | ")
            if (
                aligned
                and line.bold
                and bar
                and only_dates(dates)
                and title_score(fold(left)) > 0  # (not "Capgemini" over "consultante SAP")
                and (
                    (
                        # (the end of what the title covers, after its dash or comma: "adidas", "bol.com" under
                        # "Senior Product Manager" are the employer's names)
                        re.search(r" [–—-] |, ", left)
                        and len(text.split()) <= 2
                        and text.islower()
                        and text.replace(" ", "").isalpha()
                        and not title_score(fold(text))
                        and not is_contract_word(text)  # ("remote", "freelance": how the work is done)
                    )
                    or _ROMAN_RE.fullmatch(text)
                    # cut after a word that cannot end a title, in the same case ("Manager DE" is Germany):
                    # "Consultante Risques &", "Chargé de mission –"
                    or ((_UNFINISHED_RE.search(left) or left.endswith((" &", " –", " -"))) and len(text.split()) <= 3)
                    # a bracket left open: "Opérateur CSU (Centre de Supervision" over "Urbain)"
                    or (
                        left.count("(") > left.count(")")
                        and ")" in text
                        and "(" not in text.split(")")[0]  # (not "Capgemini (Lyon)": a name with its own bracket)
                        and len(text.split()) <= 4
                    )
                )
            ) or (
                aligned
                and bar
                and only_dates(dates)
                and (_name_goes_on(left, name_end) or _title_tail_wrapped(left, line))
            ):
                out[-1] = replace(head, text=f"{left.rstrip()} {text}{bar}{dates}")
                continue
            if (
                aligned
                and line.bold
                and bar
                and (_UNFINISHED_RE.search(left) or left.endswith(" &"))
                and geo.find_places(dates)
                and len(text.split()) <= 3
                and not find_date_ranges(text)
            ):
                # "SOFITEL BIARRITZ LE MIRAMAR THALASSO SEA & | Biarritz" over "SPA": a name cut on its connector, its
                # town set on the same row at the right
                out[-1] = replace(head, text=f"{left.rstrip()} {text}{bar}{dates}")
                continue
            if aligned and line.bold and not bar and _ACRONYM_LINE_RE.match(text) and head.text.strip().isupper():
                # "DIRECTION GÉNÉRALE DE L'ADMINISTRATION ET DE LA FONCTION PUBLIQUE" over "(DGAFP)": a body's name in
                # capitals, its initials wrapped to the next line
                out[-1] = replace(head, text=f"{head.text.rstrip()} {text}")
                continue
            if (
                aligned
                and (line.bold or _regular_tail(head.text, text))
                and not _INNER_CAPITAL_RE.match(text)  # ("bioMérieux, Marcy-l'Étoile", "eBay France": a name)
                and (
                    (text[:1].islower() and not head.text.rstrip().endswith((".", ":", ";")))
                    or (
                        town
                        and _EMPLOYER_LAST_RE.search(head.text.rstrip())
                        and _NAME_END_RE.match(name_end)
                        and not geo.find_places(name_end)
                    )
                )
            ):
                if (
                    bar
                    and _dates_cell(dates)
                    and len(text.split()) >= 3
                    # (a clause cut after the comma: "…, en charge de la protection des sites"; a name going on
                    # with its connector: "Titre professionnel Technicien supérieur" over "en méthodes et
                    # exploitation logistique")
                    and (
                        ", " in left
                        or (
                            # (a heading cut on its connector, or a long one that wrapped before its own; not
                            # "Vendeuse" over "en CDI à temps partiel – Zara")
                            (_UNFINISHED_RE.search(left) or (len(left) >= 35 and _GOES_ON_RE.match(text)))
                            and not _TERMS_AFTER_RE.match(fold(text))
                        )
                    )
                    and not _WITHIN_RE.match(text)
                ):
                    # ("… des sites | Depuis 2020" over "portuaires et de la gestion de crise — CMA CGM"; a word alone,
                    # "adidas" under "Senior Product Manager", is the employer's name)
                    out[-1] = replace(head, text=f"{left.rstrip()} {text}{bar}{dates}")
                else:
                    out[-1] = replace(head, text=f"{head.text.rstrip()} {text}")
                continue
        out.append(line)
    return out


# The employer's name a line ends with, after the title's separator: "… – Eiffage Construction", "… · Emmaüs", "… —
# Normandie".
_NAME_LAST_RE = re.compile(r"(?:\s[–—·-]\s|,\s)(?P<name>[A-ZÀ-Ý][\w&'’.-]*(?:\s+[A-ZÀ-Ý][\w&'’.-]*){0,3})$")
# A name's words, then perhaps its town in brackets or after a comma: "Centre-Val de Loire (Orléans)", "Logistique
# Services, Le Havre".
_NAME_THEN_TOWN_RE = re.compile(r"^(?P<name>[^(),]+?)(?P<town>\s*\([^()]+\)|,\s[^,]+)?$")


_SITE_OPENERS = frozenset({"agence", "site", "boutique", "magasin", "entrepot", "usine", "siege", "service", "bureau"})


def _french_region(text: str) -> bool:
    return geo.french_area(text) == ""


def _name_wrapped(head: Line, line: Line, after: Line | None) -> bool:
    """Whether ``line`` goes on with the employer's name ``head`` ends with, cut at the column's edge: a regional
    company's region ("… – Eiffage Construction" over "Centre-Val de Loire (Orléans)"), the name a region opens ("…
    — Normandie | Sept. 2025 – en cours" over "Logistique Services, Le Havre": a region alone is no employer), or in
    a bold heading the name's last word ("… · Emmaüs" over "Connect", bullets after it)."""
    left = head.text.rpartition(" | ")[0] if only_dates(head.text.rpartition(" | ")[2]) else head.text
    last = _NAME_LAST_RE.search(left.rstrip())
    shaped = _NAME_THEN_TOWN_RE.match(line.text.strip())
    if last is None or shaped is None or is_bullet(line.text) or find_date_ranges(line.text):
        return False
    name, town = shaped.group("name").strip(), shaped.group("town")
    words = name.split()
    if not (1 <= len(words) <= 4 and all(word[:1].isupper() or word in ("de", "du", "des", "la") for word in words)):
        return False
    if title_score(fold(name)) or any(ch.isdigit() for ch in name):
        return False
    if _french_region(name):
        # (not a region after a title alone: "Chargé d'affaires" over "Île-de-France", the area covered)
        return len(left) >= 60 and not _french_region(last.group("name")) and not title_score(fold(last.group("name")))
    if _french_region(last.group("name")):
        # (a name of business words only, no name of its own: "Logistique Services"; not "Lactalis, Laval" under
        # "Attaché commercial — Bretagne", the region the post covered; nor a site's line, "Agence de Caen, Caen")
        return (
            town is not None
            and not geo.find_places(name)
            and fold(words[0]) not in _SITE_OPENERS
            and all(org_score(fold(word)) > 0 for word in words if word[:1].isupper())
        )
    # The name set in the type of the line's end: in bold, or in the regular type after a title in bold.
    name_bold = head.bold and not (head.lead and head.text.startswith(head.lead) and last.start() >= len(head.lead))
    return bool(
        head.bold
        and line.bold == name_bold
        and len(left) >= 45
        and len(words) == 1
        and town is None
        and not geo.find_places(name)
        and not org_score(fold(name))
        and not is_contract_word(name)
        and (after is None or is_bullet(after.text) or not after.bold)
    )


def _line_under(head: Line, line: Line) -> bool:
    """Whether ``line`` is the next line of ``head``'s paragraph: the same type, page, block and left edge, right
    under it."""
    return (
        head.size > 0
        and abs(line.size - head.size) < 0.3
        and head.page == line.page
        and head.block == line.block
        and abs(line.x0 - head.x0) <= 2
        and 0 < line.top - head.top <= 1.6 * head.size
    )


def _join_wrapped_names(lines: list[Line]) -> list[Line]:
    """The employer's name a header line ends with joined again with its end, wrapped to the next line (see
    ``_name_wrapped``); the dates set at the right of the first line stay last."""
    out: list[Line] = []
    for number, line in enumerate(lines):
        head = out[-1] if out else None
        if (
            head is not None
            and _line_under(head, line)
            and not is_bullet(head.text)
            and _name_wrapped(head, line, lines[number + 1] if number + 1 < len(lines) else None)
        ):
            left, bar, dates = head.text.rpartition(" | ")
            if bar and only_dates(dates):
                out[-1] = replace(head, text=f"{left.rstrip()} {line.text.strip()}{bar}{dates}")
            else:
                out[-1] = replace(head, text=f"{head.text.rstrip()} {line.text.strip()}")
            continue
        out.append(line)
    return out


# A placement's title: a trainee's or a student's word ("Stagiaire éducatrice spécialisée", "Student Social Worker",
# "Éducateur stagiaire", "Psychologue stagiaire", "Stage infirmier"), after a year's rank ("2e année –").
# A year's rank before a placement ("1re année –", "2nd year:", "Final year –"), on folded text.
_YEAR_RANK = r"(?:\d(?:re|er|e|st|nd|rd|th)|first|second|third|final) (?:annee|year)\s*[–—:-]\s*"
_PLACEMENT_TITLE_RE = re.compile(
    rf"^(?:{_YEAR_RANK})?"
    r"(?:stagiaire|stage|student|placement|eleve)\b|^[\w'’-]+(?: [\w'’-]+)? (?:stagiaire|student|trainee)\b"
)


# What opens a placement's line before its title: the year's rank, or a label ("2e année –", "Stage 1 :", "Stage de 12
# semaines :", "Stage M2 (500 h) :").
_PLACEMENT_LABEL_RE = re.compile(
    rf"^(?:{_YEAR_RANK.replace('annee', 'ann[ée]e')}|(?:stage|placement)\b[^:–—]{{0,30}}\s*:\s*)", re.I
)


# What a bullet under a degree tells that is no work though its title is a student's or a "stage": an exchange, a
# stay abroad, an office in the students' body, the doctorate itself, a preparatory class or a double degree, and the
# French "stage" that is a course ("Stage BAFA", "Stage de secourisme", "Stage de voile", "Stagiaire de la formation
# continue").
_NOT_PLACEMENT_RE = re.compile(
    r"\b(?:exchange|erasmus|visiting|abroad|representative|ambassador|union|phd|doctoral|doctorant|doctorante|"
    r"echange|classe preparatoire|prepa|double diplome|formation continue)\b|"
    r"^(?:stagiaire|eleve)s? (?:de|en) (?:la )?formation\b|"
    r"^stage (?:de |d'|du )?(?:bafa|bafd|secour\w*|psc\w*|sst|voile|ski|perfectionnement|preparation|decouverte|"
    r"immersion|linguistique|langue|anglais|initiation|sensibilisation|remise a niveau|observation)\b"
)


def _placements_in_studies(lines: list[Line]) -> list[dict[str, Any]]:
    """The practical placements a diploma's course listed under it in the studies ("• 1re année – Stagiaire
    éducatrice spécialisée, IME Les Primevères (Adapei 69) – oct. 2017 à févr. 2018", "• Student Social Worker –
    Wakefield Council – Oct 2016 – May 2017"): work done, with an employer and its dates, which recruiters read as
    experience. Each bulleted line (with the lines that continue it) whose title is a trainee's and that has dates."""
    items: list[dict[str, Any]] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        index += 1
        if not is_bullet(line.text):
            continue
        text = clean(line.text)
        while index < len(lines) and not is_bullet(lines[index].text) and lines[index].x0 > line.x0 + 3:
            text = f"{text} {clean(lines[index].text)}"  # ("… – oct. 2017 à févr." over "2018")
            index += 1
        body = re.sub(r"^\W+", "", text)
        if not _PLACEMENT_TITLE_RE.match(fold(body)) or not find_date_ranges(body):
            continue
        if _NOT_PLACEMENT_RE.search(fold(body)):
            continue  # (read before a label goes: "Stage de secourisme : PSC1 – …")
        body = _PLACEMENT_LABEL_RE.sub("", body)
        if _NOT_PLACEMENT_RE.search(fold(body)):
            continue
        body = body[:1].upper() + body[1:]
        for item in parse_experience([body]):
            if item.get("position") and item.get("name") and item.get("startDate"):
                items.append(item)
    return items


def _with_placements(work: list[dict[str, Any]], placements: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The jobs with the placements listed under the studies that no job already holds, each set among the jobs by its
    start when they run newest first. A job holds a placement when their years meet and one's employer holds the
    other's ("Airbus Operations SAS" and "Airbus") or their titles are the same ("Trainee Engineer" at "Jaguar Land
    Rover" and at "JLR"), whatever the dates' precision ("2020 – 2021" and "oct. 2020 à févr. 2021")."""

    def years(item: dict[str, Any]) -> tuple[str, str]:
        start = (item.get("startDate") or "")[:4]
        end = item.get("endDate") or ("9999" if item.get("startDate") and "endDate" not in item else start)
        return start, end[:4]

    def held(item: dict[str, Any]) -> bool:
        own, (start, end) = fold(without_legal_form(item["name"])), years(item)
        for job in work:
            first, last = years(job)
            if not first or first > end or last < start:
                continue
            if _holds(fold(without_legal_form(job.get("name", ""))), own) or (
                job.get("position") and fold(job["position"]) == fold(item.get("position", ""))
            ):
                return True
        return False

    kept = [item for item in placements if not held(item)]
    starts = [years(item)[0] for item in work]
    if not all(a >= b for a, b in itertools.pairwise(starts) if a and b):
        return work + kept
    # (the jobs run newest first: each placement goes before the first job begun before it, the placements keeping
    # their own order)
    at = [next((i for i, start in enumerate(starts) if start and start < years(item)[0]), len(work)) for item in kept]
    out: list[dict[str, Any]] = []
    for index in range(len(work) + 1):
        out += [item for item, place in zip(kept, at, strict=True) if place == index]
        if index < len(work):
            out.append(work[index])
    return out


def _kept_lines(document: Document) -> tuple[list[Line], set[str]]:
    """The document's cleaned lines without those that state a protected attribute, and the attributes found."""
    protected: set[str] = set()
    lines: list[Line] = []
    cleaned = europass_lines(_margin_headings_interleaved(sec.unflattened(_clean_lines(document))))
    joined = join_wrapped_ranges([line.text for line in cleaned], [line.x0 for line in cleaned])
    cleaned = _join_wrapped_headings(
        [
            line if text == line.text else replace(line, text=text)
            for line, text in zip(cleaned, joined, strict=True)
            if text is not None
        ]
    )
    cleaned = _join_wrapped_names(_join_hanging_lines(cleaned))
    dropped = False
    for line in cleaned:
        kinds = protected_kinds(line.text)
        if not kinds and dropped and line.text.lstrip().startswith(":"):
            # ": 05-02-1993" under "Date of Birth": the value of a label the extraction set on a line of its own
            dropped = False
            continue
        dropped = bool(kinds)
        if kinds:
            protected.update(kinds)
            rest = contact_mod.without_protected(line.text)  # "Emma Lefebvre, 28 ans": the name stays
            if rest:
                lines.append(replace(line, text=rest))
        else:
            lines.append(line)
    if PHOTO in document.flags:
        protected.add(PHOTO)
    return lines, protected


def prepare(document: Document) -> tuple[list[Line], list[sec.Section]]:
    """The lines and sections structure analysis works on (the training script reads documents the same way)."""
    lines, _ = _kept_lines(document)
    sections = _find_unnamed_experience(_kinds_by_content(sec.split_sections(lines, document.body_size)))
    return lines, sections


def analyze_document(
    document: Document, taxonomy: Taxonomy | None = None, *, reference_date: date | None = None
) -> dict[str, Any]:
    timings: dict[str, float] = {}
    started = perf_counter()
    clock = started

    def tick(stage: str) -> None:
        nonlocal clock
        now = perf_counter()
        timings[stage] = round((now - clock) * 1000, 2)
        clock = now

    warnings = list(document.warnings)
    lines, protected = _kept_lines(document)
    tick("protected")

    detected = detect_language(line.text for line in lines)
    language = detected.language
    other_share = round(1.0 - detected.shares.get(language, 1.0), 3) if detected.shares else 0.0
    if other_share >= 0.2:
        warnings.append("mixed_language")
    tick("language")

    sections = _kinds_by_content(sec.split_sections(lines, document.body_size))
    sections = _find_unnamed_experience(sections)
    tick("sections")

    # Contact block.
    contact_texts = [t for s in sections if s.kind in _CONTACT_KINDS for t in s.texts]
    head_texts = [line.text for line in lines[:15]]
    near = list(dict.fromkeys(head_texts + contact_texts))
    all_texts = [line.text for line in lines]
    emails = [e for t in contact_mod.rejoined_emails(near) for e in contact_mod.find_emails(t)] or [
        e for t in contact_mod.rejoined_emails(all_texts) for e in contact_mod.find_emails(t)
    ]
    # The learned field tagger (see refine.py and models/README.md): its NAME spans are evidence for the name.
    model = tagger()
    tagged = None
    if model is not None:
        kinds = [""] * len(lines)
        for section in sections:
            for index in section.indexes:
                kinds[index] = section.kind
        tagged = model.tag([line.text for line in lines], kinds)
    name, name_index, name_conf = contact_mod.find_name(
        lines, sections, language, document.body_size, emails=emails, tagged=tagged
    )
    email = emails[0].lower() if emails else ""
    # (not the name's words: "Paul Bremen", "Emma Thun" name no town)
    region, fallbacks = contact_mod.infer_region("\n".join(t.replace(name, " ") if name else t for t in near), language)
    phone, phone_region = contact_mod.find_phone(near, region, fallbacks)
    if not phone:
        # The number is further down (a footer, a sidebar): the town written beside it comes first.
        home = contact_mod.home_region("\n".join(all_texts))
        if home and home != region:
            phone, phone_region = contact_mod.find_phone(
                all_texts, home, [region, *(other for other in fallbacks if other != home)]
            )
        if not phone:
            phone, phone_region = contact_mod.find_phone(all_texts, region, fallbacks)
    website, profiles = contact_mod.find_links(near, bare_domains=True)
    more_site, more_profiles = contact_mod.find_links(all_texts, bare_domains=False)
    website = website or more_site
    for profile in more_profiles:
        if not any(p["network"] == profile["network"] for p in profiles):
            profiles.append(profile)
    # The name's line is read without the name ("Jean Dupont | Développeur | Lyon": the city is still there).
    name_line = lines[name_index].text if name_index >= 0 else None
    # (not a job's or a school's labelled or dated line among the first ones: "Employeur : Mairie de Nantes,
    # 44000 Nantes"; a contact line under a heading still counts)
    entry_texts = {
        lines[i].text
        for s in sections
        if s.kind in (sec.EXPERIENCE, sec.EDUCATION)
        for i in s.indexes
        if ENTRY_LABEL_RE.match(lines[i].text) or find_date_ranges(lines[i].text)
    } - set(contact_texts)
    location_texts = [
        t if t != name_line else t.replace(name, " ", 1).strip(" |,-–—") for t in near if t not in entry_texts
    ]
    location_texts = [t for t in location_texts if t]
    # The lines of a job, a school or a profile among the first ones ("Nestlé SA, 1800 Vevey" over its dated title,
    # "Bilingue français-japonais, 3 ans à Osaka") say where the person was, not where they live: read after the
    # header's own lines, and there only a town of the phone number's country ("Uniqlo, Paris" beside "06 12 34 56
    # 78", not "Mitsubishi UFJ, Tokyo" beside "07911 123456").
    elsewhere = {
        lines[i].text for s in sections if s.kind in (sec.EXPERIENCE, sec.EDUCATION, sec.SUMMARY) for i in s.indexes
    } - set(contact_texts)
    # The person's own e-mail or phone number further down (a footer, a last page's contact line, "Julien Bernard · 14
    # cours de la Somme, 33800 Bordeaux · 06.58…"): the town written with it, before a job's town among the first lines.
    own_lines = contact_mod.own_contact_lines(all_texts, email, phone, name)
    location = contact_mod.find_location([t for t in location_texts if t not in elsewhere], phone_region=phone_region)
    if not location.get("city"):
        location = contact_mod.find_location(own_lines, phone_region=phone_region) or location
    location = location or contact_mod.find_location(
        [t for t in location_texts if t in elsewhere], phone_region=phone_region, country=phone_region or region
    )
    if (
        location.get("city")
        and "countryCode" not in location
        and phone_region
        and contact_mod.fits_postcode(location, phone_region)
    ):
        # "Avenue de Vaudagne 12, 1217 Meyrin" over "079 876 54 32": four digits name no country, the number does
        location["countryCode"] = phone_region
    headline = contact_mod.find_headline(lines, name_index, set())
    # Lines repeated at the top of pages ("Resume", "Hal Schmeler • Page Two"): no content of any section.
    running = {i for i, line in enumerate(lines) if i != name_index and _running_header(line.text, name)}
    tick("contact")

    # "Bénévolat", "Awards", "Publications": sections output under their own JSON Resume keys, not as what their
    # kind ("other", or "interests" for "Vie associative") otherwise gives.
    extra = {
        id(section): sec.extra_kind(section.heading, section.kind)
        for section in sections
        if section.kind in _EXTRA_KINDS
    }

    def content_lines(section: sec.Section) -> list[Line]:
        return [
            line
            for index, line in zip(section.indexes, section.lines, strict=True)
            if not (
                index == name_index
                or contact_mod.has_email(line.text)
                or _NOISE_LINE_RE.match(line.text)
                or index in running
            )
        ]

    def section_lines(kind: str) -> list[Line]:
        return [
            line
            for section in sections
            if (section.kind == kind and not extra.get(id(section))) or extra.get(id(section)) == kind
            for line in content_lines(section)
        ]

    def each_section(kind: str, parse: Callable[[list[str]], list[dict[str, Any]]]) -> list[dict[str, Any]]:
        """``parse`` run on each section of ``kind`` apart: how one lists its entries says nothing of another."""
        return [
            item
            for section in sections
            if extra.get(id(section)) == kind
            for item in parse([line.text for line in content_lines(section)])
        ]

    def section_texts(kind: str) -> list[str]:
        return [line.text for line in section_lines(kind)]

    # An IT services firm's employee lists the jobs, then the projects done for clients during them ("Project
    # Experience", "Assignments"): that section is the projects', not more jobs (nor are its roles and clients for the
    # tagger to add as jobs).
    experiences = [section for section in sections if section.kind == sec.EXPERIENCE and not extra.get(id(section))]
    if len(experiences) >= 2:
        written = {id(section): [line.text for line in content_lines(section)] for section in experiences}
        for section in experiences:
            held = [
                text
                for other in experiences
                if other is not section and not extra.get(id(other))
                for text in written[id(other)]
            ]
            if projects_for_clients(written[id(section)], held):
                extra[id(section)] = sec.PROJECTS
    experience_lines = section_lines(sec.EXPERIENCE)
    work = parse_experience(
        [line.text for line in experience_lines],
        [line.bold for line in experience_lines],
        [line.x0 for line in experience_lines] if document.format == "pdf" else None,
    )
    prose_texts = [line.text for kind in (sec.HEADER, sec.SUMMARY, sec.EXPERIENCE) for line in section_lines(kind)]
    work = _with_prose_jobs(work, prose_jobs(prose_texts))
    education_lines = section_lines(sec.EDUCATION)
    work = _with_placements(work, _placements_in_studies(education_lines))
    tick("experience")
    education = parse_education([line.text for line in education_lines], [line.bold for line in education_lines])
    levels = [item.pop("_level") for item in education if "_level" in item]
    for text in section_texts(sec.EDUCATION) + section_texts(sec.SUMMARY) + ([headline] if headline else []):
        if "bac" in text.lower():
            level = level_of_degree(text)
            if level is not None:
                levels.append(level)
    education_level = max(levels) if levels else None
    tick("education")

    # The field tagger's spans, where they measurably help the rules.
    if tagged is not None:
        # A page's running header ("Hal Schmeler • Page Two") is no line of the CV's content for the tagger either.
        # Nor are the referees' lines ("Mark Jones, Shift Manager, Amazon"): their titles are not the candidate's;
        # nor a lawyer's admissions ("Solicitor, England & Wales (admitted 2018)"): qualifications, no posts.
        referees = frozenset(
            i
            for s in sections
            if (sec.names_referees(s.heading) and not any(find_date_ranges(line.text) for line in s.lines))
            or sec.names_admissions(s.heading)
            # nor the lines of a volunteering, awards or publications section, given under their own keys, nor those of
            # a section whose heading says it holds no work ("Mandats et engagements": a farmer's elected offices)
            or extra.get(id(s))
            # (a freelance's dated "Références" are the missions, the referees' test above lets them be read)
            or (s.kind == sec.OTHER and sec.names_no_work_history(s.heading) and "referen" not in fold(s.heading))
            for i in s.indexes
        )
        content = [
            TaggedLine(t.text, [], [], []) if index in running or index in referees else t
            for index, t in enumerate(tagged)
        ]
        schooling = frozenset(i for s in sections if s.kind == sec.EDUCATION for i in s.indexes)
        jobs = frozenset(i for s in sections if s.kind == sec.EXPERIENCE and not extra.get(id(s)) for i in s.indexes)
        # (A project's "Role : Senior Developer" is the part played in it, within a job listed elsewhere.)
        top_lines = frozenset(
            i for s in sections if s.kind in (sec.HEADER, sec.SUMMARY, sec.PROJECTS) for i in s.indexes
        )
        work, education = refine(
            content,
            work,
            education,
            **POLICIES,
            no_position_lines=schooling | top_lines,
            job_lines=jobs,
            summary_lines=frozenset(i for s in sections if s.kind in (sec.HEADER, sec.SUMMARY) for i in s.indexes),
            school_lines=schooling,
        )
        tick("fields")
    work = _without_own_name(work, name)
    work = missions_under_employers(without_repeats(work))

    # Skills: the skills section first, then the rest of the CV. Taxonomy skills are found anywhere; an item of a
    # skills section's list that the taxonomy does not name is a skill too, in the CV's wording, without a key.
    skills_json: list[dict[str, Any]] = []
    skills_meta: list[dict[str, Any]] = []
    skill_section_texts = unwrap(section_texts(sec.SKILLS))
    matcher = matcher_for(taxonomy) if taxonomy is not None and taxonomy.skills else None
    if matcher is not None:
        work = _without_skill_employers(work, matcher)
    seen: dict[str, dict[str, Any]] = {}  # by taxonomy key, or by the folded wording of an unnamed skill
    ordered_texts = skill_section_texts
    if matcher is not None:
        # "Languages: Java, C, C++" heads a list of programming languages, which is a skills list.
        listed = [t for t in unwrap(section_texts(sec.LANGUAGES)) if lists_skills_not_languages(matcher, t)]
        skill_section_texts = skill_section_texts + listed
        ordered_texts = skill_section_texts + [
            t
            for s in sections
            if s.kind != sec.SKILLS
            for t in s.texts
            if t not in listed and not contact_mod.has_email(t)
        ]
    in_section = len(skill_section_texts)
    # A degree's field of study ("B.S. in Computer Science") is education, not a skill the person lists.
    education_texts = set(section_texts(sec.EDUCATION))
    # A date in a skills section means it ran on into jobs or studies whose headings were missed: from the line
    # before the date (the job's or the school's name), the lines are not a list of skills.
    dated = next((i for i, text in enumerate(skill_section_texts) if find_date_ranges(text)), None)
    listing_end = in_section if dated is None else dated - 1
    # An employer's name with its legal form ("Airbus Operations SAS") or a school's name says where the person
    # was, not what they can do: a wording inside one is no skill, outside a skills section. (Names without such
    # a mark are left alone: a misread employer, "Freelance work on Android, PHP projects", holds real skills.)
    organisations = {
        item["name"]
        for item in work
        if len(item.get("name", "").split()) <= 6 and ends_with_legal_form(item.get("name", ""))
    } | {
        item["institution"]
        for item in education
        if 1 < len(item.get("institution", "").split()) <= 8 and school_score(fold(item["institution"]))
    }
    # So is an employer named by a one-word skill ("Cdiscount", "Oracle"): where the CV writes its name outside a
    # skills section, the company is meant, and the wording that fills the whole name is no skill either. (Names
    # of several words that are a skill were dropped as employers above.)
    if matcher is not None:
        organisations |= {
            item["name"]
            for item in work
            if len(item.get("name", "").split()) == 1 and matcher.whole(item["name"]) is not None
        }
    unnamed = 0
    for position, text in enumerate(ordered_texts):
        where = "skills" if position < in_section else "other"
        listing = position < listing_end
        found = matcher.find(text, in_skills_section=position < in_section) if matcher is not None else []
        if found and position >= in_section and organisations:
            spans = _spans_of(text, organisations)
            # Inside a name of several words, a shorter wording; a one-word name, the whole of it.
            found = [
                m
                for m in found
                if not any(
                    a <= m.start and m.end <= b and (m.end - m.start < b - a or " " not in text[a:b]) for a, b in spans
                )
            ]
        degree = find_degree(text) if found and text in education_texts else None
        named: list[tuple[str | None, str]] = [
            (m.key, m.evidence) for m in found if degree is None or m.start < degree.start
        ]
        if len(named) == 1 and position >= in_section and text in education_texts and _ACRONYM_RE.match(named[0][1]):
            # An acronym alone on a line of studies names a class or a track ("Classe préparatoire ECS", "BTS SIO"),
            # not a skill; beside other skills (a course's tools) it is one.
            named = []
        if listing:
            for wording in listed_items(text):
                key = matcher.whole(wording) if matcher is not None else None
                if key is not None:
                    named.append((key, wording))
                elif unnamed < MAX_UNNAMED_SKILLS and not (
                    matcher is not None and unnamed_is_covered(matcher, wording, found)
                ):
                    named.append((None, wording))
                    unnamed += 1
        for key, evidence in named:
            item = seen.get(key or "\x00" + fold(evidence))
            if item is None:
                seen[key or "\x00" + fold(evidence)] = {"key": key, "evidence": [evidence], "section": where}
            elif evidence not in item["evidence"]:
                item["evidence"].append(evidence)
    for item in seen.values():
        if item["key"] is None:
            skills_json.append({"name": item["evidence"][0], "keywords": []})
            skills_meta.append({"evidence": item["evidence"][0], "section": item["section"]})
            continue
        assert matcher is not None
        label = skill_label(matcher.entries[item["key"]], language)
        keywords = [e for e in item["evidence"] if e.lower() != label.lower()]
        skills_json.append({"name": label, "keywords": keywords})
        skills_meta.append({"key": item["key"], "evidence": item["evidence"][0], "section": item["section"]})
    tick("skills")

    spoken, has_language_section = _spoken_languages(sections)
    languages_json = [
        {"language": item.name(language), "fluency": fluency_label(item.level, language)}
        if item.level
        else {"language": item.name(language)}
        for item in spoken
    ]
    languages_meta = [{"code": item.code, "level": item.level} for item in spoken]
    tick("languages")

    certificates = parse_certificates(section_texts(sec.CERTIFICATIONS))
    projects = parse_projects(section_texts(sec.PROJECTS))
    interests = parse_interests(section_texts(sec.INTERESTS))
    volunteer = each_section(sec.VOLUNTEER, parse_volunteer)
    awards = each_section(sec.AWARDS, parse_awards)
    publications = each_section(sec.PUBLICATIONS, parse_publications)
    summary = summary_text(section_texts(sec.SUMMARY))
    if not headline and summary:
        headline = contact_mod.title_in_sentence(summary[:300])
    tick("other_sections")

    basics: dict[str, Any] = {}
    if name:
        basics["name"] = name
    if headline:
        basics["label"] = headline
    if email:
        basics["email"] = email
    if phone:
        basics["phone"] = phone
    if website:
        basics["url"] = website
    if summary:
        basics["summary"] = summary
    workplaces = {fold(item.get("name", "")) for item in work} | {
        fold(item.get("institution", "")) for item in education
    }
    if location.get("city") and fold(location["city"]) in workplaces:
        # "Capgemini, France | +33 6 …" on the contact line: the firm the person works for (or the school), named
        # before its country as a town would be, is no home town
        location = {key: value for key, value in location.items() if key not in ("city", "postalCode")}
    if location:
        basics["location"] = location
    if profiles:
        basics["profiles"] = profiles

    periods = [(w.get("startDate"), w.get("endDate"), "endDate" not in w) for w in work if w.get("startDate")]
    experience_years = years_of_experience(periods, reference_date) if periods else None

    if not name:
        warnings.append("name_not_found")
    if not any(s.kind == sec.EXPERIENCE for s in sections):
        warnings.append("no_experience_section")

    confidence = {
        "name": name_conf,
        "email": 0.99 if email else 0.0,
        "phone": (0.95 if phone_region == region else 0.8) if phone else 0.0,
        "location": (0.8 if location.get("city") else 0.5) if location else 0.0,
        "work": _completeness(work, ("name", "position", "startDate")),
        "education": _completeness(education, ("institution", "studyType")),
        "skills": (0.9 if skill_section_texts else 0.6) if skills_json else 0.0,
        "languages": (0.9 if has_language_section else 0.6) if languages_json else 0.0,
        "language": detected.confidence,
    }
    meta = {
        "language": language,
        "languages_share": detected.shares,
        "other_language_share": other_share,
        "format": document.format,
        "pages": document.pages,
        "confidence": confidence,
        "warnings": warnings,
        "protected_attributes_found": sorted(protected),
        "education_level": education_level,
        "education_level_label": LEVEL_NAMES.get(education_level) if education_level is not None else None,
        "years_experience": experience_years,
        "skills": skills_meta,
        "languages": languages_meta,
        "sections": [s.kind for s in sections],
    }
    result: dict[str, Any] = {"basics": basics}
    for key, value in (
        ("work", work),
        ("education", education),
        ("skills", skills_json),
        ("languages", languages_json),
        ("certificates", certificates),
        ("projects", projects),
        ("interests", interests),
        ("volunteer", volunteer),
        ("awards", awards),
        ("publications", publications),
    ):
        result[key] = value
    timings["analyze"] = round((perf_counter() - started) * 1000, 2)
    meta["timings_ms"] = timings
    result["meta"] = meta
    return result


def _spans_of(text: str, names: set[str]) -> list[tuple[int, int]]:
    """Where each of ``names`` occurs in ``text`` as whole words, ignoring case: (start, end) pairs."""
    lowered = text.lower()
    if len(lowered) != len(text):  # "İ" lowers to two characters: offsets would drift, compare as written
        lowered = text
    spans = []
    for name in names:
        wanted = name.lower()
        at = lowered.find(wanted)
        while at >= 0:
            end = at + len(wanted)
            if not (at and lowered[at - 1].isalnum()) and not (end < len(lowered) and lowered[end].isalnum()):
                spans.append((at, end))
            at = lowered.find(wanted, at + 1)
    return spans


def _with_prose_jobs(work: list[dict[str, Any]], found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``work`` plus the jobs stated in sentences whose employer no entry has; an entry with the same position and
    no employer takes the employer instead of a new entry being made."""
    from .refine import overlaps

    for item in found:
        sentence = next((w for w in work if _names_in_sentence(w.get("name", ""), item["name"])), None)
        if sentence is not None:
            # "Working as Senior Engineer in Mphasis Ltd, Pune from …" read whole as the employer: the sentence's
            # parts replace it (the entry keeps its dates and highlights).
            if not sentence.get("position") or fold(sentence["position"]) in fold(sentence["name"]):
                sentence.pop("position", None)
                if item.get("position"):
                    sentence["position"] = item["position"]
            sentence["name"] = item["name"]
            continue
        # The same employer when one name holds the other, legal forms aside ("Infosys Ltd, Bangalore" and "Infosys
        # Limited"); names that merely share a word are not ("Nagarro Software" and "Techvalens Software Systems").
        own = fold(without_legal_form(item["name"]))
        if any(_holds(fold(without_legal_form(w.get("name", ""))), own) for w in work):
            continue
        same = next(
            (w for w in work if not w.get("name") and overlaps(w.get("position", ""), item.get("position", ""))), None
        )
        if same is not None:
            same["name"] = item["name"]
        else:
            work.append(item)
    return work


def _holds(a: str, b: str) -> bool:
    """One name's words hold the other's ("infosys" and "infosys technologies"; not "hp" and "hpcl")."""
    return bool(a and b) and (f" {a} " in f" {b} " or f" {b} " in f" {a} ")


def _names_in_sentence(value: str, employer: str) -> bool:
    """``value`` is a sentence that states a job at ``employer`` ("Presently associated with Larsen & Toubro Ltd. as
    Site Engineer"): it holds the name after one of the sentence's verbs."""
    folded = fold(value)
    at = folded.find(fold(employer))
    return at > 0 and bool(PROSE_VERB_RE.search(folded[:at]))


# What follows the name in a page's running header: ", MBA, PMP", " • Page Two", " - CV".
_RUNNING_TAIL_RE = re.compile(r"^(?:\s*(?:[,•|·–—-]\s*)[^,•|·–—-]{1,20})*\s*$")


def _running_header(text: str, name: str) -> bool:
    """A line repeated at the top of each page: the document's title ("Resume") or the person's name, alone or with
    credentials or a page number ("Hal Schmeler, MS, PMP", "Elias Turcotte • Page Two")."""
    if sec.is_document_title(text):
        return True
    if len(name.split()) < 2 or fold(text[:1]) != fold(name[:1]):
        return False
    folded, own = fold(text), fold(name)
    if not folded.startswith(own):
        return False
    rest = folded[len(own) :]
    return bool(_RUNNING_TAIL_RE.match(rest)) and not find_date_ranges(rest)


def _without_employers(work: list[dict[str, Any]], misread: Callable[[str], bool]) -> list[dict[str, Any]]:
    """``work`` without the employers' names that ``misread`` says are no company. The entry keeps its position,
    dates and highlights; one left with none of them goes."""
    kept = []
    for item in work:
        if item.get("name") and misread(item["name"]):
            item = {key: value for key, value in item.items() if key != "name"}
            if not (item.get("position") or item.get("startDate") or item.get("highlights")):
                continue
        kept.append(item)
    return kept


def _without_own_name(work: list[dict[str, Any]], name: str) -> list[dict[str, Any]]:
    """``work`` without the employers that are the person's own name: a page header repeated on every page
    ("Jean Dupont — page 2"), read as a company where an entry lacked one."""
    own = set(fold(name).split()) if name else set()
    if len(own) < 2:
        return work
    return _without_employers(work, lambda employer: set(fold(employer).replace(",", " ").split()) == own)


# The last words of firms named after their product ("Tableau Software", "Adobe Systems"), beside the legal forms;
# not those of a trade ("Power Electronics").
_FIRM_TAILS = frozenset({"software", "systems", "technologies", "labs", "group", "corporation"})


def _without_skill_employers(work: list[dict[str, Any]], matcher: SkillMatcher) -> list[dict[str, Any]]:
    """``work`` without the employers whose whole name is a skill of several words ("SAP ABAP", "Graphic Design"):
    a line of the job's tools or trade read as its company. A one-word skill is left as the company: "Oracle" and
    "Cdiscount" are employers as often as products; so is a name with a company's word ("Tableau Software")."""
    return _without_employers(
        work,
        lambda employer: (
            len(employer.split()) >= 2
            and matcher.whole(employer) is not None
            and fold(employer.split()[-1]) not in _FIRM_TAILS
            and not ends_with_legal_form(employer)
        ),
    )


def _completeness(items: list[dict[str, Any]], fields: tuple[str, ...]) -> float:
    if not items:
        return 0.0
    filled = sum(1 for item in items for f in fields if item.get(f)) / (len(items) * len(fields))
    return round(0.3 + 0.65 * filled, 2)

"""Combine the field tagger (``fields``) with the rule-based work and education entries.

The rules read entries from their layout (dates, header lines, separators) and are right on well-formed CVs; they
miss what sits in prose ("Past Organization: X as Y", an objective, a CV flattened into one line) and they turn
stray lines into employers. The tagger reads every line's words in context. Here:

* the tagger's degree spans that name a degree none of the rule entries has become education entries;
* (with ``CHECK_RULES``) rule values the tagger does not support at all are dropped; tagger spans the rules did
  not find are added as entries (employer and position found on one line form one entry). Employer spans on client,
  project, place-only, bracketed-remark and "Position:" lines are not added; nor are position spans that are one word
  or start in lower case inside a sentence-long line ("Lead triage meetings with …"). Employer and position spans
  lose the function words the tagger ran on to ("Tata Motors Limited as").

Which of these run is decided by measurements on the dotin DEV half and generated CVs (see models/README.md).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from . import fields
from .dates import FIRM_HISTORY_WORDS, find_date_ranges
from .education import (
    abroad_on,
    affiliated_on,
    branch_on,
    equivalence_of,
    find_degree,
    foreign_degree,
    plausible_institution,
    post_held_on,
    same_school,
    school_named_plainly,
    sought_on,
    unit_named,
    whole_university,
    without_secondary_schools,
)
from .entries import FIELD_LABEL_RE, NOTE_LINE_RE, TEMP_AGENCY_BEFORE
from .experience import (
    CLIENT_WORDS,
    OBJECTIVE_RE,
    PROSE_VERB_RE,
    UNIT_WORD_RE,
    VESSEL_RE,
    consultancy_named,
    course_taught,
    ends_with_legal_form,
    firm_description,
    is_contract_word,
    is_harvest,
    is_place_line,
    is_region_line,
    plausible_value,
    qualified_title_evidence,
    time_off_line,
    without_dangling_words,
)
from .text import clean, fold, is_bullet, strip_bullet, strip_punct
from .vocab import function_part, school_score, title_score

_WORK = (fields.EMPLOYER, fields.POSITION)
_WORD_RE = re.compile(r"\w+")
# What the tagger's spans must look like to be output: some letters, not too long.
_MAX_WORDS = {fields.EMPLOYER: 8, fields.POSITION: 8, fields.INSTITUTION: 12, fields.DEGREE: 12}


# A remark wholly in brackets ("(An ISO 9001 company)"): no employer is named there.
_REMARK_LINE_RE = re.compile(r"^\s*\([^()]*\)\s*$")


PROSE_WORDS = 8
_LEVEL_RE = re.compile(r"^bac\s*\+")
_NONE: frozenset[int] = frozenset()


def _in_prose(line: str, value: str) -> bool:
    """A title word inside a sentence ("Lead triage meetings with the support team", "worked with the project
    manager on …"): a line of more than a few words where the span is one word or starts in lower case."""
    if is_bullet(line) and len(value.split()) == 1 and re.search(rf"\s(?:and|et|&)\s+{re.escape(value)}\W*$", line):
        return True  # "• Email production and QA": the last word of a bullet point's list of tasks
    if len(line.split()) <= PROSE_WORDS:
        return False
    return len(value.split()) == 1 or value[:1].islower()


def _words(text: str) -> set[str]:
    return set(_WORD_RE.findall(fold(text)))


def overlaps(a: str, b: str) -> bool:
    """Two values that share at least half of the shorter one's words."""
    x, y = _words(a), _words(b)
    return bool(x and y) and len(x & y) / min(len(x), len(y)) >= 0.5


# Work-status words that make a header's first part a position on their own ("Stage – Société Générale",
# "Électromécanicien en alternance – SNCF"), whatever the tagger says: it learnt titles mostly from English CVs.
_CONTRACT_RE = re.compile(
    r"\b(?:stage|stagiaire|alternance|alternant|apprenti|apprentie|apprentissage|interim|interimaire|benevole|"
    r"internship|intern|apprentice|apprenticeship|trainee|volunteer|freelance|placement|working student|"
    r"werkstudent(?:in)?|student assistant|studentship)\b"
)


# A span that ran over a sentence's end: "Top Broadcasting Co. Drove", "CMS. It" (not "IBM India Pvt. Ltd").
_RUN_ON_RE = re.compile(r"\b[A-Za-z]{2,}\.\s+[A-Za-z]+$")
_SHORT_DATE_RE = re.compile(r"\b\d{1,2}/\d{2,4}\b")


# The words of a degree taken while working, which name the firm on the degree's line.
_WORK_STUDY_RE = re.compile(r"\b(?:chez|alternance|apprentissage|apprenti|apprentie|en entreprise|at|with)\b")


# A mission's length in brackets ending its line ("(18 mois)", "(9 months)").
_MISSION_LENGTH_RE = re.compile(r"\(\s*\d+\s*(?:mois|months?|semaines|weeks?|ans?|years?)\s*\)\s*\.?\s*$", re.I)


def _added_employer(value: str) -> bool:
    """Whether a tagger employer span the rules did not find may be output as one: not a fragment (lower case,
    "& Consulting", run over a sentence's end), no dates. (A school may be one: teachers work in schools.)"""
    if value.split()[0].islower() or value[:1] in "&+,":  # ("eBay", "l'Oréal" are names)
        return False
    if is_contract_word(value):
        return False  # "Infirmière (CDD) – Clinique Jules Verne": the contract is no employer
    if VESSEL_RE.match(f"{value} ."):
        return False  # "M/V" of "M/V Ampère (câblier)": a ship, whose owner the rules read on the next line
    if _RUN_ON_RE.search(value) and not ends_with_legal_form(value):
        return False
    return not (_SHORT_DATE_RE.search(value) or find_date_ranges(value))


# What introduces the client a contractor or an agency's employee worked for, right before its name.
_CLIENT_BEFORE_RE = re.compile(
    # (with up to two words between: "Mission longue chez Carrefour", "Missions ponctuelles chez XPO Logistics")
    r"(?:\b(?:prestation|missions?|detache|detachee|delegue|deleguee|en regie|regie)(?:\s+[a-z]+){0,2}?\s+"
    r"(?:chez|pour|aupres de)|"
    r"\bpour le compte (?:de|du|des|d')|\bon behalf of|\bplaced (?:at|with)|\bseconded to|"
    # an agency worker's client ("Assigned to Tesco Distribution Centre", "On assignment with Royal Mail")
    r"\bassigned to|\bon assignment (?:at|with|to)|"
    # "Ingénieur logiciel – client Airbus", "Chef de projet – client final SNCF"
    # "Assignment: Decathlon Digital (Lille)", "Assignment at Thales Alenia Space": a consultant's client
    rf"(?:^|[-–—|,]\s*)(?:{CLIENT_WORDS}|assignments?(?: at| with| for)?)\s*:?)\s*$"
)


_LOWER_LIST_AFTER_RE = re.compile(
    r"^\s*,\s+(?!(?:and|et|puis|then|later|now|via|ex|formerly|devenu|chez|at|for|pour)\b)[a-zà-ÿ]+(?:\s+[a-zà-ÿ]+){2,}"
)


def _listed(line: str, value: str) -> bool:
    """Whether ``value`` is one of several names listed in brackets on ``line`` ("(Airbus, Thales, Dassault)")."""
    at = line.find(value)
    if at < 0:
        return False
    opening, closing = line.rfind("(", 0, at), line.find(")", at)
    if opening < 0 or closing < 0 or line.rfind(")", 0, at) > opening:
        return False
    inner = fold(line[opening + 1 : closing])
    if any(char.isdigit() for char in inner):
        return False  # "(The Product Engine Inc., Odessa, 30 hours, 2011)": a course's provider, place and length
    return "," in inner or " et " in inner or " and " in inner or "/" in inner


def _for_client(line: str, value: str) -> bool:
    """Whether ``value`` is written on ``line`` right after the words that introduce a client."""
    folded, key = fold(line), fold(value)
    at = folded.find(key)
    return at > 0 and _CLIENT_BEFORE_RE.search(folded[:at]) is not None


# A consultant's client in brackets after the firm or the title: "Alten (client : Airbus)", "(clients : Orange, SFR)".
_CLIENT_REMARK_RE = re.compile(rf"\(\s*{CLIENT_WORDS}\s*:\s*(?:[^()]*,\s*)?$")


def _named_client(value: str, lines: list[fields.TaggedLine], number: int) -> bool:
    """Whether another line, a job's header, names ``value`` as the client in brackets ("Accenture — Consultante
    (client : SNCF)"): the client's name met again in the job's bullets ("Cadrage de l'application SNCF Connect") is
    not another employer."""
    key = fold(value)
    for index, line in enumerate(lines):
        folded = fold(line.text)
        at = folded.find(key)
        if index != number and at > 0 and "client" in folded and _CLIENT_REMARK_RE.search(folded[:at]):
            return True
    return False


def _held_chez(position: str, lines: list[fields.TaggedLine]) -> bool:
    """Whether ``position`` is written right before "chez" ("Laveur de vitres chez Samsic") or a temp's agency
    ("Manutentionnaire en intérim chez Start People"): French puts only a job there, so the rules' reading stands
    without the tagger's support."""
    held = re.compile(rf"{re.escape(position)}\s+(?:{TEMP_AGENCY_BEFORE}|chez)\s", re.I)
    return any(held.search(line.text) for line in lines)


# The word between a post and the firm where it was held, in a bullet ("Développeur chez Orange", "Analyst at Aviva")
# (folded). Wider than the header's "chez|at|@" of ``entries``: a bullet writes the firm after "for", "pour", "with".
_BULLET_HELD_AT_RE = re.compile(r"\s(?:chez|at|for|pour|with|avec)\s")


# A sub-heading over the earlier jobs listed in brief under a later one ("Expériences antérieures :", "Previous
# experience") (folded, its closing colon off).
_EARLIER_JOBS_RE = re.compile(
    r"^(?:(?:experiences?|postes?|emplois?)(?: professionnels?| professionnelles?)? (?:anterieur|precedent)e?s?|"
    r"parcours (?:anterieur|precedent)|(?:earlier|previous|prior) (?:experience|roles|positions|career))$"
)


def _consultancys_duty(lines: list[fields.TaggedLine], number: int, work: list[dict[str, Any]]) -> bool:
    """Whether the line is one of the bullets of a job at a consultancy ("• Coaching de Scrum Masters chez Leroy
    Merlin" under "OCTO Technology – Coach agile"): the firms it names are the consultant's clients, no jobs. Not a
    bullet that opens with a title before its "chez" ("• Développeur chez Orange Business Services") and has its own
    dates or follows a sub-heading "Expériences antérieures :": a post held there, an earlier job listed in brief
    (but "• Chef de projet chez Société Générale : migration du SI risques" under "Capgemini – Consultant senior", the
    consultant's role on a client's project)."""
    line = lines[number]
    if not is_bullet(line.text):
        return False
    folded = fold(clean(strip_bullet(line.text)))
    held = _BULLET_HELD_AT_RE.split(folded, maxsplit=1)
    if (
        len(held) == 2
        and title_score(held[0].strip()) >= 1.0
        and (find_date_ranges(line.text) or _earlier_jobs_above(lines, number))
    ):
        return False
    return any(
        consultancy_named(item.get("name", ""))
        and any(folded in fold(highlight) for highlight in item.get("highlights", []))
        for item in work
    )


def _earlier_jobs_above(lines: list[fields.TaggedLine], number: int) -> bool:
    """Whether the bullets the line is one of follow a sub-heading over earlier jobs ("Expériences antérieures :")."""
    above = number - 1
    while above >= 0 and (is_bullet(lines[above].text) or not lines[above].text.strip()):
        above -= 1
    return above >= 0 and bool(_EARLIER_JOBS_RE.match(fold(clean(lines[above].text)).rstrip(" :")))


def _described(text: str, work: list[dict[str, Any]]) -> bool:
    """Whether ``text`` is part of the description of a job the rules found."""
    folded = fold(clean(text))
    return any(folded in fold(highlight) for item in work for highlight in item.get("highlights", []))


def _in_highlights(line: fields.TaggedLine, work: list[dict[str, Any]]) -> bool:
    """Whether the line is part of the description of a job the rules found."""
    return _described(line.text, work)


def _header_goes_on(text: str, work: list[dict[str, Any]]) -> bool:
    """Whether a line is a job's header that names the employer the rules found and ends with a comma, its next line
    going on with it ("Postdoctoral Research Associate, University of Cambridge," over "Department of Engineering")."""
    folded = fold(clean(text))
    return folded.endswith(",") and any(item.get("name") and fold(item["name"]) in folded for item in work)


def _bullet_of_a_job(line: fields.TaggedLine, work: list[dict[str, Any]]) -> bool:
    """Whether the line is one of the bullets the rules put in a job's description (which keeps no bullet)."""
    return is_bullet(line.text) and _described(strip_bullet(line.text), work)


# The words right before a title that a bullet states as a post held ("worked as", "promoted to", "a", "Poste de",
# "en tant que", "nommée"), on folded text.
_POST_BEFORE_RE = re.compile(
    r"\b(?:as|to|an?|comme|en tant que|(?:poste|position|role|post|fonction)(?: (?:de|d'|of))?|promue?|nommee?|un|une)"
    r"\s*:?\s*$"
)


def _inside_a_duty(line: fields.TaggedLine, text: str, work: list[dict[str, Any]]) -> bool:
    """Whether a title's span is words inside one of a job's bullets, neither opening it nor stated as a post held
    ("• Implemented Data Guard with fast-start failover": a product named in a duty, no title)."""
    if not _bullet_of_a_job(line, work):
        return False
    plain = strip_bullet(clean(line.text))
    at = plain.find(text)
    return at > 0 and not _POST_BEFORE_RE.search(fold(plain[:at]))


# What stands right before an employer's name in a sentence that says the person worked there ("15 years with Tata
# Consultancy Services", "currently at Initech"), on folded text.
_WORKED_AT_RE = re.compile(r"\b(?:with|at|chez)\s*$")
# A word of the present before the name in the CV's header or summary: the post held now ("currently a Technical Lead
# in Tata Consultancy Services", "actuellement ingénieure au sein de Thales"), on folded text.
_HELD_NOW_RE = re.compile(r"\b(?:currently|presently|actuellement|presentement)\b")


def _named_in_passing(line: fields.TaggedLine, text: str, work: list[dict[str, Any]], top: bool) -> bool:
    """Whether an employer's span is a firm named in passing in a sentence that states no job there: a sentence of
    the CV's header or summary, or one of the bullets of a job the rules found ("Registered with MME (Ministry of
    Municipality) Qatar as Civil Engineer", "2 years at client site in London for Lloyds Banking Group", "MEP
    electrical works for Cleveland Clinic Abu Dhabi", "Business lead for the Oracle Fusion Financials migration"):
    a client, an authority, a product. A sentence of the job wanted names the firm or the tools wanted ("Seeking a
    position … where I can apply my expertise in Microsoft technologies"). A job is stated by a verb of the kind
    before the name ("worked", "associated", "joined"), or by "with", "at" right before it; a name that opens the
    line heads it ("Tech Mahindra Limited, Hyderabad, India. Sr. Software Engineer …"); in the header or summary, a
    word of the present before it states the post held now ("currently a Technical Lead in Tata Consultancy
    Services"); dates on the line may be the job's."""
    if len(line.text.split()) <= PROSE_WORDS or find_date_ranges(line.text):
        return False
    if not (top or _bullet_of_a_job(line, work)):
        return False
    folded = fold(strip_bullet(clean(line.text)))
    at = folded.find(fold(text))
    if at <= 0:
        return False  # (the name opens the line: "Tech Mahindra Limited, Hyderabad. Sr. Software Engineer …")
    before = folded[:at]
    if OBJECTIVE_RE.search(before):
        return True
    if top and _HELD_NOW_RE.search(before):
        return False
    return not (PROSE_VERB_RE.search(before) or _WORKED_AT_RE.search(before))


# The words of a line of prose, and a full stop that ends a sentence inside it or at its end ("… squad. Led the …", "…
# by 40%."): the opening words of such a line are the duties' of the job above.
_DUTY_SENTENCE_WORDS = 10
_SENTENCE_STOP_RE = re.compile(r"[a-z%)]\.(?:\s+[A-Z]|$)")


def _piece_of_a_duty(line: fields.TaggedLine, text: str, work: list[dict[str, Any]]) -> bool:
    """Whether ``text`` is a few words of a duty line that the rules put in a job's description ("Tuteur" of "Tuteur
    des nouveaux conducteurs de ligne", "Responsable" of "Responsable des vinifications de 120 000 hl"): a bullet, or
    one word of a line of five words or more. No post of its own. (Employers named in a
    description stay: on the dotin set they are the jobs the rules missed more often than not.)"""
    if not _in_highlights(line, work):
        return False
    words = clean(line.text).split()
    # (a side job in a few words stays: "Weekend waitress in a family-run café", "Préparateur de commandes en intérim";
    # not the opening words of prose of ten words or more that ends a sentence, "Tech lead for the card processing
    # squad. Led the …": the part played in the job above)
    prose = len(words) >= _DUTY_SENTENCE_WORDS and bool(_SENTENCE_STOP_RE.search(clean(line.text)))
    return is_bullet(line.text) or (len(words) >= 5 and len(text.split()) == 1) or prose


def _labelled_position(position: str, lines: list[fields.TaggedLine]) -> bool:
    """Whether ``position`` is the value of a line labelled as the post ("Occupation or position held: Oenologist",
    "Fonction occupée : Fromagère"): the form says what it is, so the rules' reading stands without the tagger's
    support."""
    wanted = fold(position)
    first = position.split(",")[0].strip()
    if not first[:1].isupper() or re.search(r"\d", position) or is_contract_word(first):
        return False  # ("Poste : 35 h, CDI", "Poste : temps plein", "Role: part-time": the terms, no post)
    for line in lines:
        match = FIELD_LABEL_RE.match(line.text)
        if (
            match is not None
            and match.group("position")
            # (a label that names the post held, not "Fonction : Ressources Humaines", "Poste : Nuit": a function or
            # the terms)
            and _POST_HELD_RE.search(fold(match.group("position")))
            and fold(match.group("value")).startswith(wanted)
        ):
            return True
    return False


_POST_HELD_RE = re.compile(r"occup|held|intitul|job title|designation")


def _bracketed_beside_school(line: str, text: str, education: list[dict[str, Any]]) -> bool:
    """``text`` is written in brackets on a line that names a school already found, after that school."""
    folded, value = fold(line), fold(text)
    for match in re.finditer(r"\(([^()]*)\)", folded):
        if value in match.group(1):
            before = folded[: match.start()]
            return any(item.get("institution") and fold(item["institution"]) in before for item in education)
    return False


def _unit_under_school(lines: list[fields.TaggedLine], number: int, education: list[dict[str, Any]]) -> bool:
    """Line ``number``, with no degree nor dates, comes right under the line of a school the rules read: it names
    where in that school the studies were (an institute, a faculty), as the rules read such a line, no school of its
    own."""
    if number == 0 or find_date_ranges(lines[number].text) or find_degree(lines[number].text, courses=True):
        return False
    if whole_university(lines[number].text):
        return False  # ("Faculty of Arts" over "University of Gaza": the faculty's university, the school's name)
    above = f" {fold(lines[number - 1].text)} "
    return any(item.get("institution") and f" {fold(item['institution'])} " in above for item in education)


def _key(text: str) -> str:
    return " ".join(_WORD_RE.findall(fold(text)))


def _names_known_employer(line: str, work: list[dict[str, Any]]) -> bool:
    """Whether ``line`` already names the employer of one of the rule entries."""
    padded = f" {_key(line)} "
    return any(item.get("name") and f" {_key(item['name'])} " in padded for item in work)


def _degree_in_context(lines: list[fields.TaggedLine], number: int, text: str) -> bool:
    """Whether a degree's span still names a degree read with the words written before it: on its line, and at the
    start of a line in lower case, after the end of the paragraph's line above it, which the sentence wrapped from
    ("… Clean" / "licence, full knowledge of EU drivers' hours": a driving licence, no French degree)."""
    line = lines[number].text
    at = line.find(text)
    if at < 0:
        return True
    before = line[:at]
    above = lines[number - 1].text.rstrip() if number else ""
    if not before.strip() and text[:1].islower() and len(above.split()) >= 8 and not above.endswith((".", ":", ";")):
        before = f"{above} "
    return find_degree(f"{before}{text}") is not None


# "grade Master", "au grade de licence": the university degree a diploma confers, written after it (folded).
_GRADE_BEFORE_RE = re.compile(r"\b(?:grade|au grade)(?: de)?\s*$")


def _grade_conferred(lines: list[fields.TaggedLine], number: int, text: str) -> bool:
    """Whether a degree's span is the grade a diploma confers, after "grade" on its line or at the end of the line
    above ("Diplôme d'État d'infirmier anesthésiste – grade" / "Master, École d'IADE"): no degree of its own."""
    line = lines[number].text
    at = line.find(text)
    before = line[: max(at, 0)].strip()
    if not before and number:
        before = lines[number - 1].text.strip()
    return bool(_GRADE_BEFORE_RE.search(fold(before)))


def tagged_values(
    lines: list[fields.TaggedLine], label: int, threshold: float, excluded: frozenset[int] = frozenset()
) -> list[tuple[int, str]]:
    """(line number, text) of the distinct spans of ``label``, in document order, outside the ``excluded`` lines."""
    seen: set[str] = set()
    out: list[tuple[int, str]] = []
    for number, line in enumerate(lines):
        if label not in line.labels or number in excluded:
            continue  # most lines hold no span of this label: skip the line tests below
        field_label = FIELD_LABEL_RE.match(line.text)
        if field_label and (
            (label == fields.EMPLOYER and field_label.group("position"))
            or (label == fields.POSITION and field_label.group("employer"))
        ):
            continue  # "Position: Director for Legal Services" names no employer
        if label == fields.EMPLOYER and (
            NOTE_LINE_RE.match(fold(line.text)) or _REMARK_LINE_RE.match(line.text) or is_place_line(line.text)
        ):
            continue  # a client or project line, a remark in brackets, a place alone
        for text, margin in fields.spans(line, label):
            if label in _WORK:
                text = without_dangling_words(text)  # "Tata Motors Limited as": the tagger ran one word too far
            value = (
                plausible_value(text, employer=label == fields.EMPLOYER) if label in _WORK else clean(strip_punct(text))
            )
            key = _key(value)
            if margin < threshold or not key or key in seen or not any(c.isalpha() for c in value):
                continue
            if len(value.split()) > _MAX_WORDS[label]:
                continue
            seen.add(key)
            out.append((number, value))
    return out


def _entry_near(
    lines: list[fields.TaggedLine], items: list[dict[str, Any]], number: int, missing: str, present: str
) -> dict[str, Any] | None:
    """A rule entry that lacks ``missing`` and whose ``present`` value is written within two lines of line
    ``number``: the span found there completes that entry (which keeps its dates) rather than making a new one."""
    nearby = " ".join(_key(lines[i].text) for i in range(max(0, number - 2), min(len(lines), number + 3)))
    for item in items:
        if missing not in item and item.get(present) and f" {_key(item[present])} " in f" {nearby} ":
            return item
    return None


@dataclass(frozen=True, slots=True)
class Policy:
    """How one field combines rules and tagger: ``check`` drops rule values no tagger span supports, ``add``
    outputs tagger spans the rules missed, ``threshold`` is the least mean margin a span needs."""

    check: bool = False
    add: bool = False
    threshold: float = 0.0


OFF = Policy()
# Chosen on half of the dotin DEV set (the tagger trained on the other half and generated CVs), then checked on
# generated CVs: adding tagger employers helps recall more than it costs precision, while checking them against the
# tagger drops too many right ones; positions and schools gain from both; degrees from adding.
POLICIES: dict[str, Policy] = {
    "employers": Policy(check=False, add=True, threshold=1.0),
    "positions": Policy(check=True, add=True, threshold=1.0),
    "schools": Policy(check=True, add=True, threshold=0.0),
    "degrees": Policy(check=False, add=True, threshold=0.0),
}


# A line that labels a job's duties ("Missions : …", "Responsibilities: …", a Europass form's "Main activities").
_DUTIES_LABEL_RE = re.compile(
    r"^\W*(?:missions?(?: principales)?|responsibilities|duties|taches|(?:principales )?activites|main activities|"
    r"description)\s*:"
)


def refine(
    lines: list[fields.TaggedLine],
    work: list[dict[str, Any]],
    education: list[dict[str, Any]],
    *,
    employers: Policy = OFF,
    positions: Policy = OFF,
    schools: Policy = OFF,
    degrees: Policy = OFF,
    no_position_lines: frozenset[int] = frozenset(),
    job_lines: frozenset[int] = frozenset(),
    summary_lines: frozenset[int] = frozenset(),
    school_lines: frozenset[int] = frozenset(),
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """New ``work`` and ``education`` lists (the inputs are not changed). ``no_position_lines``: the numbers of the
    lines whose position spans are not used: in the education section a title-like span is a field of study
    ("Master 2 Gestion des Ressources Humaines"), and in the CV's header and summary it is the headline the person
    gives themselves ("Développeur Full-Stack", "Registered nurse with seven years…"), not a job. (Employer spans
    there are kept: an internship or a sandwich course names its company under the degree.) ``job_lines``: the
    experience section's lines; there, a school on a line that names a job's employer is that workplace.
    ``summary_lines``: the lines of the CV's header and summary, where a firm named in passing is no job
    (``_named_in_passing``).
    ``school_lines``: the education section's lines; when the rules read schools there, a school named in a job's
    description that no job names as its employer is one worked with, not one more school."""
    work = [dict(item) for item in work]
    education = [dict(item) for item in education]
    tagged = {
        label: tagged_values(lines, label, policy.threshold, no_position_lines if label == fields.POSITION else _NONE)
        if policy.check or policy.add
        else []
        for label, policy in (
            (fields.EMPLOYER, employers),
            (fields.POSITION, positions),
            (fields.INSTITUTION, schools),
            (fields.DEGREE, degrees),
        )
    }
    for items, key, label, policy in (
        (work, "name", fields.EMPLOYER, employers),
        (work, "position", fields.POSITION, positions),
        (education, "institution", fields.INSTITUTION, schools),
    ):
        if policy.check:
            for item in items:
                if item.get(key) and not any(overlaps(item[key], t) for _, t in tagged[label]):
                    # Wordings that name a school ("… University", "… College of Engineering") or a title ("Senior
                    # Software Engineer") plainly enough stand without the tagger's support.
                    if label == fields.INSTITUTION and school_score(fold(item[key])) >= 1:
                        continue
                    if label == fields.INSTITUTION and item.get("studyType") and plausible_institution(item[key]):
                        continue
                    if label == fields.POSITION and (
                        qualified_title_evidence(item[key]) >= 1.5
                        # (a title and what it covers: "Cabin Engineering Team Lead – A320 Family")
                        or qualified_title_evidence(item[key].split(" – ")[0]) >= 1.5
                        or _CONTRACT_RE.search(fold(item[key]))
                        or is_harvest(item[key])
                        or _held_chez(item[key], lines)
                        or _labelled_position(item[key], lines)
                    ):
                        continue
                    del item[key]
    work = [item for item in work if item.get("name") or item.get("position")]
    education = [item for item in education if item.get("institution") or item.get("studyType")]

    added: dict[int, dict[str, Any]] = {}
    if employers.add:
        for number, text in tagged[fields.EMPLOYER]:
            if any(overlaps(item.get("name", ""), text) for item in work) or not _added_employer(text):
                continue
            if _names_known_employer(lines[number].text, work):
                continue  # "Manutan France – Agence de Lyon": the branch of an employer the rules found on the line
            if is_region_line(lines[number].text):
                continue  # "Trafford Park, England, United Kingdom": where the job was
            if time_off_line(lines[number].text):
                continue  # "2009-2011 Arrêt … puis recherche d'emploi, formations Pôle emploi": time between jobs
            if job_lines and number not in job_lines and school_score(fold(text)) >= 1:
                continue  # "St Peter's School" under "A-levels" in the education section: where one studied
            if (
                job_lines
                and number not in job_lines
                and (
                    any(f" {fold(text)} " in f" {fold(item.get('institution', ''))} " for item in education)
                    # (not "Master 2 en alternance chez Airbus – IAE Toulouse": the firm of a work-study degree)
                    or (
                        find_degree(lines[number].text) is not None
                        and not _WORK_STUDY_RE.search(fold(lines[number].text))
                    )
                    or function_part(text)
                )
            ):
                # "Sciences" of "Sciences Po Rennes", "Creative Industries" of "Master in Communications, Media and
                # Creative Industries", "Énergie" of the headline "Business Developer Énergie": outside the jobs, a
                # piece of a school's name, a degree's line or a field of business
                continue
            if _MISSION_LENGTH_RE.search(lines[number].text) and is_bullet(lines[number].text):
                # "• AXA France – Direction de programme migration Guidewire (18 mois)": a consultant's mission for a
                # client, listed under the firm's post with its length, no employer
                continue
            if UNIT_WORD_RE.match(fold(strip_bullet(clean(lines[number].text)))) and _in_highlights(
                lines[number], work
            ):
                # "Department of Physics – Ion Trap Quantum Computing group" under a university's post: the unit and
                # its team, no employer
                continue
            if firm_description(strip_bullet(lines[number].text)) and _in_highlights(lines[number], work):
                continue  # "Groupe hôtelier mondial – 5 500 hôtels" under "Hotelia, Paris": what the firm is, no firm
            if (
                _for_client(lines[number].text, text)
                or _named_client(text, lines, number)
                or _consultancys_duty(lines, number, work)
            ):
                continue  # "Hôtesse d'accueil — prestation chez Orange": the client served, not the employer
            if _listed(lines[number].text, text):
                continue  # "12 comptes stratégiques (Airbus, Thales, Dassault Aviation)": the clients, listed
            if _LOWER_LIST_AFTER_RE.match(lines[number].text[len(text) :]) and lines[number].text.startswith(text):
                continue  # "Courts, council and breaking news": a duty's first word, not a firm
            if any(_key(text) in _key(item.get("position", "")) for item in work):
                continue  # "Certified" out of "Certified Nursing Assistant": a piece of a title the rules found
            entry = _entry_near(lines, work, number, "name", "position")
            if (
                entry is None
                and not any(line == number for line, _ in tagged[fields.POSITION])
                and _named_in_passing(lines[number], text, work, number in summary_lines)
            ):
                continue  # no job of its own: a client, an authority or a product named in a sentence
            if (
                entry is None
                and _DUTIES_LABEL_RE.match(fold(lines[number].text))
                and _in_highlights(lines[number], work)
            ):
                continue  # "Activités : Missions chez Vinci Construction, Eiffage": the sites a temp worked on
            if entry is not None:
                entry["name"] = text
            else:
                added.setdefault(number, {}).setdefault("name", text)
    if positions.add:
        for number, text in tagged[fields.POSITION]:
            if any(overlaps(item.get("position", ""), text) for item in work) or _in_prose(lines[number].text, text):
                continue
            if _inside_a_duty(lines[number], text, work):
                continue  # "• Implemented Data Guard with fast-start failover": a product named in a duty
            if any(_key(text) == _key(item.get("name", "")) for item in work):
                continue  # "Franck Provost, Marseille": the employer the rules found, no post
            if any(
                f" {_key(text)} " in f" {_key(item.get('name', ''))} "
                and item["name"] in lines[number].text
                # (several words only beside the post the rules read: not "Tech Lead" of a title the rules took for
                # the employer, "Tech Lead .NET", with no post)
                and (len(text.split()) == 1 or item.get("position"))
                for item in work
            ):
                continue  # "Team Leader, Doctor Care Anywhere": words of the employer the rules read, no post
            objective = OBJECTIVE_RE.search(fold(lines[number].text))
            if objective and fold(lines[number].text).find(fold(text)) > objective.start():
                continue  # "I am now seeking a Senior Charge Nurse post": the job wanted, not one held
            if _consultancys_duty(lines, number, work):
                continue  # "• Chef de projet chez Société Générale" under "Consultant senior": a client's project
            if UNIT_WORD_RE.match(fold(strip_bullet(clean(lines[number].text)))) and (
                _in_highlights(lines[number], work) or (number > 0 and _header_goes_on(lines[number - 1].text, work))
            ):
                continue  # "Department of Engineering" under a university's post: where in it, no post of its own
            entry = _entry_near(lines, work, number, "position", "name")
            if entry is None and number not in added and _DUTIES_LABEL_RE.match(fold(lines[number].text)):
                continue  # "Missions : Responsable du poste garde-manger": what a job held, no job of its own
            if entry is not None:
                entry["position"] = text
            elif number in added and "position" not in added[number]:
                added[number]["position"] = text
            elif number not in added and not is_contract_word(text) and not _piece_of_a_duty(lines[number], text, work):
                added[number] = {"position": text}  # (a contract alone, "Freelance", makes no job of its own)
    work.extend(added[number] for number in sorted(added))

    new: list[tuple[int, dict[str, Any]]] = []
    if schools.add:
        for number, text in tagged[fields.INSTITUTION]:
            if not plausible_institution(text):
                continue
            if any(item.get("studyType") and fold(text).startswith(fold(item["studyType"])) for item in education):
                continue  # "Mestrado Integrado em Engenharia Civil": the wording of a degree the rules read, no school
            if affiliated_on(lines[number].text, text):
                continue  # "MCA from X College, affiliated to Y University": the university only awards the degree
            if abroad_on(lines[number].text, text):
                continue  # "semestre d'échange à HEC Montréal": a term spent there, during another school's degree
            if post_held_on(lines[number].text):
                continue  # "chargée d'enseignement, Université de Bordeaux (Master 2 …)": where the person teaches
            if number in job_lines and _names_known_employer(lines[number].text, work):
                continue  # "Assistante d'éducation / Lycée Victor Hugo": where the person worked, not studied
            if number in job_lines and branch_on(lines[number].text, text):
                continue  # "Agence de Pau Université" under "Conseiller clientèle": the branch the person worked at
            if number in job_lines and not school_named_plainly(text):
                continue  # "Caisse Centrale de Réassurance · Paris" under "Stagiaire actuariat": a firm's name
            if number in job_lines and course_taught(lines[number].text):
                continue  # "Paris School of Economics: Topics in Labor Economics, Master APE (2023, 18 h)": taught
            if (
                number in job_lines
                and number not in school_lines
                and any(item.get("institution") for item in education)
                and find_degree(lines[number].text) is None
                and _in_highlights(lines[number], work)
                and not any(f" {_key(text)} " in f" {_key(item.get('name', ''))} " for item in work)
            ):
                # "Affecté à Antananarivo, partenariat FOFIFA / Université d'Antananarivo" in a post's description: a
                # university worked with, while the studies section names the schools attended. (A university named
                # as a job's employer is still added: an academic's CV may list the degrees it awarded among the posts
                # held there.)
                continue
            if _unit_under_school(lines, number, education):
                continue  # "• Institut de Santé et Développement (ISED)" under "Université Cheikh Anta Diop de Dakar"
            if unit_named(text) and any(
                item.get("institution") and f" {_key(item['institution'])} " in f" {_key(lines[number].text)} "
                for item in education
            ):
                continue  # "Loyola University Chicago — Marcella Niehoff School of Nursing": the university's school
            if whole_university(text) and any(
                re.search(r"\bcollege\b", fold(item.get("institution", "")))
                and f" {_key(item['institution'])} " in f" {_key(lines[number].text)} "
                for item in education
            ):
                # "Jawaharlal Nehru Technological University, Hyderabad — CVR College of Engineering": the university
                # the college attended is affiliated to
                continue
            if _bracketed_beside_school(lines[number].text, text, education):
                continue  # "Bayes Business School (City, University of London)": the school's university
            if any(
                f" {fold(text)} " in f" {fold(item.get(key, ''))} "
                for item in education
                for key in ("area", "studyType")
            ):
                # "Classe préparatoire HEC (ECS)": the track, named after the school it prepares for; "West African
                # Senior School Certificate": the certificate, named after the schools that prepare it
                continue
            if re.match(rf"\(?(?:{FIRM_HISTORY_WORDS}|previously)\b", fold(lines[number].text)):
                continue  # "Formerly Cass Business School, City, University of London": the school's former name
            if any(f" {fold(text)} " in f" {fold(item.get('institution', ''))} " for item in education):
                continue  # "Lycée Les" over "Catalins": a piece of a school's name the rules joined again (whole
                # words: "ENS" is no piece of "Université de Lens")
            if not any(same_school(item.get("institution", ""), text) for item in education):
                new.append((number, {"institution": text}))
    if degrees.add:
        known = {d.key for d in (find_degree(e.get("studyType", "")) for e in education) if d}
        for number, text in tagged[fields.DEGREE]:
            degree = find_degree(text)
            if degree is None or degree.key in known or _LEVEL_RE.match(fold(text)):
                continue  # (a "Bac+5" is the level of a degree written beside it, not one more degree)
            if sought_on(lines[number].text, text):
                continue  # "trouver une entreprise pour mon BTS NDRC en alternance": the studies wanted, no degree
            if _grade_conferred(lines, number, text):
                continue  # "Diplôme d'État d'infirmier anesthésiste – grade Master": the grade the diploma confers
            if not _degree_in_context(lines, number, text):
                continue  # "Clean" / "licence, full knowledge of EU drivers' hours": read in its sentence, a licence
            if equivalence_of(lines[number].text) and any(
                foreign_degree(line.text) for line in lines[max(0, number - 3) : number]
            ):
                continue  # "Equivalent to a B.Sc. in …": what a foreign degree the rules read is worth, no other one
            if any(f" {_key(text)} " in f" {_key(item.get('studyType', ''))} " for item in education):
                continue  # "Diplôme d'État" out of "Diplôme d'État de docteur": a piece of a degree the rules found
            if any(
                item.get("studyType") and f" {_key(item['studyType'])} " in f" {_key(lines[number].text)} "
                for item in education
            ):
                continue  # ("Advanced Diploma in Human" out of "Level 7 Advanced Diploma in Human Resource
                # Management", a line whose degree the rules read with its field)
            known.add(degree.key)
            # A school found on the same line or a neighbouring one is this degree's.
            target = next((item for line, item in new if abs(line - number) <= 1 and "studyType" not in item), None)
            if target is not None:
                target["studyType"] = text
            else:
                new.append((number, {"studyType": text}))
    new.sort(key=lambda pair: pair[0])
    education.extend(item for _, item in new)
    return work, without_secondary_schools(education)

"""The Europass CV form of 2004–2012, still common in Europe: each value written beside its label, without a colon
("Occupation or position held Process Engineer", "Nom et adresse de l'employeur Geodis, Lyon").

Its lines are rewritten the way the rest of the parser reads forms: the labels that name a field become "Label: "
("Employer: Pfizer Ireland"), those that only introduce a value go ("Dates April 2019 - Present" → the dates), and
what is left of a label wrapped over two lines ("providing education and training") is dropped. A document is read
as such a form only when it holds several of its labels: a line of an ordinary CV that opens with "Dates" stays.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import replace

from ..document import Line
from .text import fold

# Folded label → what replaces it ("" drops it). Longest labels are tried first.
_LABELS = {
    # English
    "occupation or position held": "Position held: ",
    "name and address of employer": "Employer: ",
    "type of business or sector": "Sector: ",
    "business or sector": "Sector: ",
    "main activities and responsibilities": "Responsibilities: ",
    "title of qualification awarded": "",
    "name and type of organisation providing education and training": "",
    "name and type of organisation": "",
    "principal subjects/occupational skills covered": "Subjects: ",
    "principal subjects / occupational skills covered": "Subjects: ",
    "principal subjects/occupational": "Subjects: ",
    "level in national or international classification": "Level: ",
    "level in national or international": "Level: ",
    "first name(s) / surname(s)": "Name: ",
    "surname(s) / first name(s)": "Name: ",
    "dates": "",
    # French
    "fonction ou poste occupe": "Poste occupé : ",
    "nom et adresse de l'employeur": "Employeur : ",
    "nom de l'employeur": "Employeur : ",
    "nom et type de l'organisation dispensant l'enseignement et la formation": "",
    "nom et type de l'organisation": "",
    "type ou secteur d'activite": "Secteur : ",
    "secteur d'activite": "Secteur : ",
    "principales activites et responsabilites": "Missions : ",
    "principales activites": "Missions : ",
    "activites principales": "Missions : ",
    "intitule du certificat ou diplome delivre": "",
    "intitule du diplome ou de la qualification": "",
    "intitule du diplome": "",
    "nom de l'etablissement d'enseignement ou de formation": "",
    "nom de l'etablissement d'enseignement": "",
    "nom de l'etablissement": "",
    "nom et type de l'etablissement d'enseignement ou de formation": "",
    "nom et type de l'etablissement d'enseignement": "",
    "nom et type de l'etablissement": "",
    "emploi recherche / domaine de competences": "Objectif : ",
    "emploi recherche": "Objectif : ",
    "principales matieres/competences professionnelles couvertes": "Matières : ",
    "principales matieres / competences professionnelles couvertes": "Matières : ",
    # (the label's first words, the rest wrapped below or left out: "Principales matières / | Mécanique, …" over
    # "compétences", "Principales matières" over "Droit public, économie")
    "principales matieres /": "Matières : ",
    "principales matieres": "Matières : ",
    "niveau dans la classification nationale ou internationale": "Niveau : ",
    "nom(s) / prenom(s)": "Nom : ",
    "prenom(s) / nom(s)": "Nom : ",
    "nom / prenom": "Nom : ",
    "prenom / nom": "Nom : ",
    "main activities": "Responsibilities: ",
    "name of employer": "Employer: ",
}
# The first lines of labels a narrow label column wrapped ("Nom et adresse de" / "l'employeur"), read only in a form
# and only alone or before the next cell's " | " (the value is on the first line's row): "Name and address of client:
# Deutsche Bahn" is no employer's label.
_WRAPPED_LABELS = {
    "occupation or position": "Position held: ",
    "name and address of": "Employer: ",
    "main activities and": "Responsibilities: ",
    "title of qualification": "",
    "fonction ou poste": "Poste occupé : ",
    "nom et adresse de": "Employeur : ",
    "principales activites et": "Missions : ",
    "intitule du certificat ou": "",
    "nom et type de": "",
    "principales": "Matières : ",
}
# Short labels a form's table writes alone in their cell, the value in the next one ("Période", "Poste occupé",
# "Employeur"): read only alone on their line, and enough of them make the document a form.
_CELL_LABELS = {
    "periode": "",
    "dates": "",
    "poste occupe": "Poste occupé : ",
    "poste": "Poste occupé : ",
    "fonction": "Poste occupé : ",
    "fonction occupee": "Poste occupé : ",
    "emploi occupe": "Poste occupé : ",
    "employeur": "Employeur : ",
    "entreprise": "Employeur : ",
    "activites": "Missions : ",
    "missions": "Missions : ",
    "diplome obtenu": "",
    "diplome": "",
    "etablissement": "",
    "period": "",
    "position": "Position held: ",
    "employer": "Employer: ",
    "main duties": "Responsibilities: ",
    "qualification": "",
    "institution": "",
}
# The cell labels of a job: three of them, each alone on its line and written for more than one entry, make a form.
_JOB_CELL_LABELS = {
    "periode", "dates", "poste occupe", "poste", "fonction", "fonction occupee", "emploi occupe", "employeur",
    "entreprise", "period", "position", "employer",
}  # fmt: skip
# The name rows that ask for the family name first.
_FAMILY_FIRST = {"surname(s) / first name(s)", "nom(s) / prenom(s)", "nom / prenom"}
# Labels of the form's "Personal skills and competences" part, each of which opens a section of its own: the
# heading put before the line (in the document's language), and what replaces the label.
_SECTION_LABELS = {
    "mother tongue(s)": ("Languages", "Mother tongue: "),
    "mother tongue": ("Languages", "Mother tongue: "),
    "other language(s)": ("Languages", "Other languages: "),
    "other languages": ("Languages", "Other languages: "),
    "social skills and competences": ("Skills", ""),
    "organisational skills and competences": ("Skills", ""),
    "technical skills and competences": ("Skills", ""),
    "computer skills and competences": ("Skills", ""),
    "artistic skills and competences": ("Skills", ""),
    "other skills and competences": ("Skills", ""),
    "langue(s) maternelle(s)": ("Langues", "Langue maternelle : "),
    "langue maternelle": ("Langues", "Langue maternelle : "),
    "autre(s) langue(s)": ("Langues", "Autres langues : "),
    "autres langues": ("Langues", "Autres langues : "),
    # the Italian form's
    "lingua madre": ("Lingue", "Lingua madre: "),
    "lingue madri": ("Lingue", "Lingua madre: "),
    "altre lingue": ("Lingue", "Altre lingue: "),
    "aptitudes et competences sociales": ("Compétences", ""),
    "aptitudes et competences organisationnelles": ("Compétences", ""),
    "aptitudes et competences techniques": ("Compétences", ""),
    "aptitudes et competences informatiques": ("Compétences", ""),
    "aptitudes et competences artistiques": ("Compétences", ""),
    "autres aptitudes et competences": ("Compétences", ""),
}
# The Italian form's language labels, which hold no "(s)" ("Lingua madre", "Altre lingue").
_ITALIAN_GRID_LABELS = frozenset({"lingua madre", "lingue madri", "altre lingue"})
# The language grid's column heads ("Self-assessment", "Understanding Speaking Writing", "European level (*)"):
# words of reading and writing that are no content.
_GRID_RE = re.compile(
    r"^(?:self-assessment|auto-?evaluation|european level|niveau europeen|understanding|comprendre|listening|ecouter|"
    r"comprensione|parlato|produzione|ascolto|lettura|interazione|orale|"
    r"speaking|parler|writing|ecrire|reading|lire|spoken (?:interaction|production)|"
    r"prendre part a|s'exprimer|(?:interaction|production|expression|comprehension) (?:orale|ecrite)|"
    r"une conversation|oralement)\b"
)
# The form's own page footer: "Page 1/2 - Curriculum vitae de …", "© European Union, 2004-2010 24082010"; each of its
# cells, when the row's cells were joined ("LAMBERT Stéphane | © Communautés européennes, 2003 20060628", the name
# of "Page 1 - Curriculum vitae de" written under it).
_FOOTER_RE = re.compile(
    r"^(?:page \d+(?:\s*/\s*\d+)? - curriculum vitae\b|(?:©|\(c\)) (?:european union|communautes europeennes|"
    r"union europeenne)\b|(?:for more information on|pour plus d'informations sur) europass\b)"
)


# The level of the European qualifications framework the form writes beside a degree, in a cell of its own ("EQF level
# 6", "EQF level: EQF level 7", "Niveau CEC : Niveau 7 CEC"): a line that wraps between the degree's two lines.
_FRAMEWORK_LEVEL_RE = re.compile(r"^(?:(?:eqf|cec|level|niveau)\b[\s:]*)*\d\b[\s:]*(?:(?:eqf|cec)\b\s*)?$")
_FRAMEWORKS = ("eqf", "cec")


def _framework_level(folded: str) -> bool:
    """Whether a (folded) line only states a degree's level in the European framework."""
    return _FRAMEWORK_LEVEL_RE.match(folded.strip()) is not None and any(name in folded for name in _FRAMEWORKS)


def _footer_row(folded: str) -> bool:
    """Whether a (folded) line is the form's page footer, or a row of cells one of which is."""
    return any(_FOOTER_RE.match(cell.strip()) for cell in folded.split(" | "))


# The labels a form is recognised by (not "Dates", which any CV may open a line with).
# (nor the subjects' short labels, "Principales matières :", which an ordinary CV writes too)
_DISTINCTIVE = {label for label in _LABELS if label not in ("dates", "principales matieres", "principales matieres /")}


def _opening(labels: Iterable[str], *, cell_only: bool = False) -> re.Pattern[str]:
    """A line that opens with one of ``labels`` (longest first), then its value, a column's " | " or nothing
    (``cell_only``: not a value after a space)."""
    alternatives = "|".join(re.escape(label) for label in sorted(labels, key=len, reverse=True))
    # (a colon after the label too: "Occupation or position held: Oenologist", as word processors' copies write it)
    after = r"(?:\s*:?\s*\|\s*(?=\S)|\s*:?\s*$)" if cell_only else r"(?:\s*:?\s*\|\s*|\s*:\s*|\s+(?=\S)|\s*$)"
    return re.compile(r"^(?P<label>" + alternatives + r")" + after)


_LABEL_RE = _opening(_LABELS)
_WRAPPED_LABEL_RE = _opening(_WRAPPED_LABELS, cell_only=True)
_SECTION_LABEL_RE = _opening(_SECTION_LABELS)
_CELL_LABEL_RE = re.compile(
    r"(?P<label>" + "|".join(re.escape(label) for label in sorted(_CELL_LABELS, key=len, reverse=True)) + r")"
)
# A cell label with the next cell's value on its row ("Employeur | Lycée Pothier, Orléans").
_CELL_ROW_RE = _opening(_CELL_LABELS, cell_only=True)
# A cell label and its value parted by a space only, the label column set close to the values ("Période 2020 – en
# cours", "Poste Technicienne de laboratoire", "Employeur Institut Pasteur de Tunis"): read only in a form that
# writes three such labels of a job, each more than once, on neighbouring lines.
# (The value opens with a capital or a figure: not "Poste de nuit", "Fonction publique territoriale"; and a firm's
# "Entreprise Lidl" names no label.)
_SPACED_LABELS = ("periode", "poste", "fonction", "employeur", "missions", "activites")
_CELL_SPACED_RE = re.compile(r"^(?P<label>periode|poste|fonction|employeur) (?=\S)")
# The ends of labels that wrap onto a second line, alone on it.
_WRAPPED = {
    "providing education and training",
    "skills covered",
    "classification",
    "occupational field",
    "ou de formation",
    "couvertes",
    "nationale ou internationale",
    "held",
    "employer",
    "responsibilities",
    "awarded",
    "occupe",
    "l'employeur",
    "responsabilites",
    "diplome delivre",
    "d'enseignement ou de formation",
    "de formation",
    "l'etablissement",
    "d'enseignement ou de",
    "matieres/competences",
    "professionnelles couvertes",
    "activites et responsabilites",
}
# The last word of a label wrapped over three lines, which alone reads as a heading ("formation"): dropped only
# right after the label's other lines.
_WRAPPED_LAST = {"formation": ("d'enseignement ou de", "ou de")}
# The rest of the subjects' label, wrapped below its first words and their value ("Principales matières /" |
# "Conception et réalisation …", then "compétences professionnelles", "couvertes"): dropped while that label is open,
# not read as the skills' heading.
_SUBJECTS_TAILS = frozenset(
    {"competences", "competences professionnelles", "competences professionnelles couvertes", "couvertes",
     "professionnelles couvertes"}
)  # fmt: skip


def _label(text: str) -> re.Match[str] | None:
    return _LABEL_RE.match(fold(text))


def _form_label(text: str, *, spaced: bool = False) -> tuple[re.Match[str], str] | None:
    """The label a form's line opens with, whole or wrapped, and what replaces it."""
    match = _label(text)
    if match is not None:
        return match, _LABELS[match.group("label")]
    match = _WRAPPED_LABEL_RE.match(fold(text))
    if match is not None:
        return match, _WRAPPED_LABELS[match.group("label")]
    match = _CELL_LABEL_RE.fullmatch(fold(text).strip()) or _CELL_ROW_RE.match(fold(text))
    if match is None:
        match = _spaced_label(_SPACED_ANY_RE if spaced else _SPACED_EMPLOYER_RE, text)
    return (match, _CELL_LABELS[match.group("label")]) if match is not None else None


def _names_section(text: str) -> bool:
    """A section's heading ("Education and training"): no value of the label above it, left empty."""
    from .sections import heading_kind  # (sections reads the rewritten lines; imported here to keep them apart)

    return heading_kind(text, 2) is not None


def is_europass_form(lines: list[Line]) -> bool:
    found = {match.group("label") for line in lines if (match := _label(line.text)) is not None}
    # (a form repeats its cell labels for each entry; a table's column heads, "Period", "Employer", "Position", are
    # written once)
    # (alone in their cells, or with the next cell's value on their rows: "Employeur | Volkswagen, Rouen"; not
    # "Poste : | Ingénieure", labels with their colons, which the rest of the parser reads as labelled lines)
    counts = Counter(
        match.group("label")
        for line in lines
        if (
            match := _CELL_LABEL_RE.fullmatch(fold(line.text).strip())
            or (_CELL_ROW_RE.match(fold(line.text)) if ":" not in line.text.partition(" | ")[0] else None)
        )
    )
    cells = {label for label, count in counts.items() if count >= 2}
    # (the language part's two labels, as only the form writes them: "Langue(s) maternelle(s)", "Autre(s) langue(s)")
    grid = {
        match.group("label")
        for line in lines
        if (match := _SECTION_LABEL_RE.match(fold(line.text))) is not None
        and ("(s)" in match.group("label") or match.group("label") in _ITALIAN_GRID_LABELS)
    }
    return (
        len(found & _DISTINCTIVE) >= 2
        or len(cells & _JOB_CELL_LABELS) >= 3
        or len(grid) >= 2
        or len(_spaced_cells(lines)) >= 3
    )


# A job's cell label before its value with a space only, in such a form ("Missions Sérologie et PCR", "Poste
# Technicienne de laboratoire"); in any other form, the employer's only ("Employeur Manpower, Rouen").
_SPACED_ANY_RE = re.compile(r"^(?P<label>" + "|".join(_SPACED_LABELS) + r") (?=\S)")


_SPACED_EMPLOYER_RE = re.compile(r"^(?P<label>employeur) (?=\S)")


def _spaced_label(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """The label ``pattern`` finds at the start of ``text``, when the value after it opens with a capital or a
    figure (on the folded text, whose spans are the text's)."""
    match = pattern.match(fold(text))
    if match is None or not (text[match.end()].isupper() or text[match.end()].isdigit()):
        return None
    return match


def _spaced_cells(lines: list[Line]) -> set[str]:
    """The job's cell labels written before their values with a space only, each more than once, each next to
    another such label at least once ("Période 2020 – en cours" over "Poste Technicienne de laboratoire")."""
    labels = [match.group("label") if (match := _spaced_label(_CELL_SPACED_RE, line.text)) else None for line in lines]
    counts = Counter(label for label in labels if label)
    paired = {
        label
        for index, label in enumerate(labels)
        if label
        and any(other and other != label for other in labels[max(0, index - 1) : index] + labels[index + 1 : index + 2])
    }
    return {label for label, count in counts.items() if count >= 2 and label in paired}


def _headings_rejoined(lines: list[Line]) -> list[Line]:
    """A section's title the form's narrow left column wrapped ("Expérience" over "professionnelle", "Éducation et"
    over "formation"): one heading again."""
    from .sections import heading_kind

    out: list[Line] = []
    for line in lines:
        head = out[-1] if out else None
        text = line.text.strip()
        if (
            head is not None
            and head.bold
            and line.bold
            and abs(head.size - line.size) < 0.3
            and text[:1].islower()
            and " | " not in head.text
            and " | " not in text
            and heading_kind(f"{head.text.strip()} {text}", 2) is not None
        ):
            out[-1] = replace(head, text=f"{head.text.strip()} {text}")
            continue
        out.append(line)
    return out


# The form's label before a school's name, on its line ("Établissement Université M'Hamed Bougara de Boumerdès"); not
# a name that opens with the word ("Établissement Français du Sang").
_SCHOOL_LABEL_RE = re.compile(
    r"^\s*[ÉE]tablissement\s+(?=(?:Universit[ée]|[ÉE]cole|Institut|Lyc[ée]e|CPGE|Facult[ée]|IUT|Conservatoire|"
    r"Centre de formation|ENS|INSA)\b)"
)


_SUBJECTS = "Matières : "


def europass_lines(lines: list[Line]) -> list[Line]:
    """``lines`` with the form's labels rewritten (unchanged when the document is no Europass form)."""
    if not is_europass_form(lines):
        return lines
    out: list[Line] = []
    heading = ""
    # A label alone in its table cell names the value in the next cell: the prefix waits for it.
    pending = ""
    previous = ""
    # (in a form, an employer's cell label and its value may also share a line with a space only: "Employeur
    # Manpower, Rouen", the value's cell set close to the label's; every job label only in a close-set form)
    spaced = len(_spaced_cells(lines)) >= 3
    subjects = False  # the subjects' label was met, its wrapped rest may follow
    in_value = False  # the subjects' value was met: its other paragraphs in the same cell may follow
    for line in _headings_rejoined(lines):
        folded = fold(line.text)
        before, previous = previous, fold(line.text.partition(" | ")[0]).strip()
        if subjects and previous in _SUBJECTS_TAILS and not line.heading and not line.bold:
            in_value = False
            continue
        if (
            in_value
            and line.text.strip()
            and not line.heading
            and " | " not in line.text
            and _form_label(line.text, spaced=spaced) is None
            and not _SECTION_LABEL_RE.match(folded)
            and not _names_section(line.text)
        ):
            continue  # (the rest of the subjects' value, in the same cell: "Transport et douane")
        in_value = False
        subjects = subjects and pending == _SUBJECTS
        if (folded.strip() in _WRAPPED_LAST and before.endswith(_WRAPPED_LAST[folded.strip()])) or _footer_row(folded):
            continue
        opened = _SECTION_LABEL_RE.match(folded)
        if opened is not None:
            pending = ""
            title, prefix = _SECTION_LABELS[opened.group("label")]
            if title != heading:  # "Other language(s)" under "Mother tongue(s)": one section
                out.append(replace(line, text=title, bold=True, heading=True))
                heading = title
            value = line.text[opened.end() :].strip(" |")
            if value:
                out.append(replace(line, text=prefix + value, bold=False, heading=False))
            else:
                pending = prefix  # "Mother tongue(s)" alone in its cell, "Dutch" in the next
            continue
        if _GRID_RE.match(folded) or _framework_level(folded):
            continue
        school = _SCHOOL_LABEL_RE.match(line.text)
        if school is not None:
            line = replace(line, text=line.text[school.end() :])  # "Établissement Université M'Hamed Bougara …"
        found = _form_label(line.text, spaced=spaced)
        if found is None:
            if heading and line.heading:
                heading = ""
            head, bar, rest = line.text.partition(" | ")
            if fold(head).strip(" |") in _WRAPPED:
                if not (bar and rest.strip()):
                    continue  # the rest of a label alone: the value, if any, is still to come
                line = replace(line, text=rest.strip())  # "skills covered | of rotating equipment."
            if pending and not line.heading and line.text.strip() and not _names_section(line.text):
                if pending == _SUBJECTS:
                    pending = ""
                    continue  # (the subjects studied, in the next cell: see below)
                # (the value in its cell may be set in bold or larger than the labels; with its label before it, it
                # is no heading)
                line = replace(line, text=pending + line.text.strip(), bold=False, heading=False, size=0.0)
            pending = ""
            out.append(line)
            continue
        match, prefix = found
        value = line.text[match.end() :].strip(" |")
        pending = ""
        if prefix == _SUBJECTS:
            # (the label's rest may follow only when it was cut: not after "… professionnelles couvertes", where a
            # "Compétences" below is the skills' heading)
            subjects = match.group("label").rstrip().endswith(("/", "competences", "professionnelles", "principales"))
            in_value = True
        if prefix == _SUBJECTS and value:
            # "Principales matières / compétences | Mécanique, électrotechnique": the subjects studied, which no field
            # holds; between a degree and its school they parted the two
            continue
        if not value:
            # A label whose value sits in the next cell ("Name and address of employer" beside "Geodis, Lyon"),
            # or nowhere.
            pending = prefix
            continue
        family, comma, given = value.partition(", ")
        if match.group("label") in _FAMILY_FIRST and comma and "," not in given:
            value = f"{given} {family}"  # "Surname(s) / First name(s) Lindqvist, Erik": the name as it is said
        out.append(replace(line, text=prefix + value))
    return out

"""Split a document's lines into sections (summary, experience, education, skills, …).

A heading is recognised by its wording (many French and English variants) and by its layout: a heading style,
bold or larger-than-body type, ALL CAPS, a short line alone in its layout block. Wording decides the kind;
layout lets a longer or decorated heading ("EXPÉRIENCES PROFESSIONNELLES & STAGES") count, and lets an
unknown-but-obvious heading close the previous section.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import lru_cache

from ..document import Line
from . import geo
from .dates import find_date_ranges, only_dates
from .education import find_degree
from .entries import EMPLOYER_LABEL, FIELD_LABEL_RE, POSITION_LABEL
from .experience import is_place_line
from .text import clean, fold, is_all_caps, is_bullet, is_short_list, strip_bullet, strip_punct
from .vocab import AWARD_WORDS, TITLE_HEADS, org_score, title_score

SUMMARY = "summary"
EXPERIENCE = "experience"
EDUCATION = "education"
SKILLS = "skills"
LANGUAGES = "languages"
CERTIFICATIONS = "certifications"
PROJECTS = "projects"
INTERESTS = "interests"
CONTACT = "contact"
OTHER = "other"
HEADER = "header"  # lines before the first heading (name, title, contact details)
# What some "other" sections hold, output under JSON Resume's own keys (see ``extra_kind``).
VOLUNTEER = "volunteer"
AWARDS = "awards"
PUBLICATIONS = "publications"

# Studies named as the department of a school that runs them ("Executive Education", "Formation continue"): a
# heading only when set as one, below a job's title they name where the job was held.
_UNIT_NAMED_STUDIES = """executive education | formation continue | formation executive | executive programmes |
    executive programs | continuing education | programmes de direction | programmes executive | executive
    development"""
_UNIT_NAMED_STUDY_PHRASES = frozenset(clean(phrase) for phrase in _UNIT_NAMED_STUDIES.split("|"))
_HEADINGS: dict[str, str] = {
    SUMMARY: """profil | profil professionnel | mon profil | profile | professional profile | resume | resume
        professionnel | summary | professional summary | career summary | executive summary | summary of
        qualifications | about | about me | a propos | a propos de moi | objectif | objectifs | objective | career
        objective | objectif professionnel | presentation | synthese | qui suis-je | personal statement | overview |
        carrier objective | job objective | job objectives | career objectives | objectives | projet professionnel |
        mon projet professionnel""",
    EXPERIENCE: """experience | experiences | experience professionnelle | experiences professionnelles | parcours |
        parcours professionnel | work experience | professional experience | experience history | employment |
        employment history | work history | career history | career | career experience | job history |
        emplois | emplois occupes | experiences significatives | historique professionnel | activites
        professionnelles | activite professionnelle | stages | internships |
        internship | stages et experiences | experiences et stages | relevant experience | work | positions held |
        professional background | carriere | missions | experience pro | career experience | job history |
        highlights of employment | employment experience | professional history | work and experience |
        employment record | experience professionelle | professional employment | relevant employment |
        career highlights and experience | work summary | other employment | other experience | other work |
        other work experience | autres experiences | autres emplois | part-time jobs | part time jobs | summer jobs |
        student jobs | jobs | jobs etudiants | emplois etudiants | job experience | academic appointments |
        appointments | professional positions | military service | service militaire | postes occupes | postes |
        positions | fonctions occupees | fonctions exercees | academic positions | postes academiques | research
        experience | research positions | experience de recherche | experiences de recherche | professional
        appointments | teaching experience | experience d'enseignement | experience en enseignement |
        experiences d'enseignement | academic experience | academic posts | teaching posts | academic and teaching
        posts | posts held | posts | academic and teaching positions | teaching positions |
        research and teaching experience | research and professional experience | professional career |
        career path | parcours de carriere | berufserfahrung | beruflicher werdegang | werdegang |
        experiencia profesional | experiencia laboral | experiencia | experiencia profissional | experiencia
        profesional y laboral | esperienza professionale | esperienze professionali | esperienze lavorative |
        esperienza lavorativa | mes experiences | mes experiences professionnelles | mon experience | mon experience
        professionnelle | mes emplois | mandats | mandats d'administrateur | mandats sociaux | mandats d'administration
        | board positions | board memberships | board appointments | non-executive directorships | non-executive
        roles | non-executive appointments""",
    EDUCATION: """formation | formations | formation academique | formation initiale | diplomes | diplome | etudes |
        mes diplomes | mes apprentissages | apprendre |
        cursus | cursus universitaire | parcours academique | parcours scolaire | scolarite | education |
        academic background | academic qualifications | qualifications | educational background | academics |
        formations et diplomes | diplomes et formations | formation et diplomes | education and training |
        training | academic history | studies | etudes et diplomes | educational qualifications | educational
        qualification | academic qualification | academic profile | scholastic profile | academic credentials |
        academic details | educational details | education details | qualification | education and
        qualifications | academic record | schooling | academic studies | university studies | higher education |
        etudes superieures | formation universitaire | parcours universitaire | academic training |
        education et formation | degrees | academic degrees | degrees and diplomas | formacion | formacion
        academica | educacion | formacao | formacao academica | educacao | istruzione | istruzione e formazione |
        formazione | ausbildung | schulbildung | bildungsweg | schul- und berufsausbildung | schul und
        berufsausbildung | studium | hochschulbildung | aus- und weiterbildung | schulische ausbildung |
        estudios | estudos | titres universitaires | titres academiques | diplomes universitaires |
        institutions attended | schools attended | parcours de formation | """
    + _UNIT_NAMED_STUDIES,
    SKILLS: """competences | competence | competences techniques | competences cles | competences informatiques |
        competences professionnelles | savoir-faire | savoir faire | savoir-etre | skills | technical skills |
        key skills | core skills | core competencies | competencies | expertise | domaines de competences |
        outils | technologies | informatique | connaissances | connaissances techniques | environnement technique |
        tools | tech stack | skills and tools | it skills | computer skills | soft skills | hard skills |
        areas of expertise | technical proficiencies | aptitudes | qualites | atouts | skill set | skillset |
        technical expertise | technical summary | technical skill | key competencies | core qualifications |
        primary skills | it proficiency | software skills | professional skills | additional skills | strengths |
        key strengths | core strengths | tools and technologies | technical knowledge | skills summary | key
        qualifications | strength | personal skills | personal skills and competences | competences personnelles |
        aptitudes et competences personnelles""",
    LANGUAGES: """langues | langue | langues etrangeres | languages | language | language skills | competences
        linguistiques | langues parlees | spoken languages | foreign languages | sprachkenntnisse | sprachen |
        fremdsprachen | idiomas | lingue | lingue straniere | conoscenze linguistiche | tongues | les langues que je
        parle | langues que je parle | languages i speak""",
    CERTIFICATIONS: """certifications | certification | certificats | certificates | certificat | licenses and
        certifications | licences et certifications | certifications professionnelles | accreditations |
        certifications and licenses | licenses | trainings | professional trainings | relevant training |
        formations complementaires | habilitations | habilitations electriques | habilitations et
        certifications | certifications et habilitations | permis et habilitations | habilitations et permis |
        caces | caces et habilitations | licences | licences and certifications | certifications and licences |
        licences and permits | licenses and permits | cartes professionnelles | concours | concours obtenus |
        concours administratifs | concours et examens | concours de la fonction publique | examens et concours |
        brevets | brevets et certifications | brevets federaux | brevets de secourisme | secourisme |
        ceintures et grades | permis et certificats | permis et brevets | tickets | tickets and cards | cards and
        tickets | site tickets | professional qualifications | qualifications avion | qualifications de type |
        type ratings | aircraft type ratings | qualifications type | courses | online courses | courses and
        certifications | certifications and courses | courses and certificates | certificates and courses""",
    PROJECTS: """projet | projets | projets personnels | projets realises | projects | personal projects |
        side projects | key projects | academic projects | projets academiques | realisations |
        realisations et projets | project details | project profile | projects handled | projects undertaken |
        details of projects | major projects | projects worked on |
        principales references | references chantiers | references de chantiers | chantiers de reference |
        principaux chantiers | chantiers realises | references projets | references de projets | projets de reference |
        operations de reference | principales operations | references significatives""",
    INTERESTS: """centres d'interet | centre d'interet | centres d'interets | centres interet | loisirs | hobbies |
        interests | passions | activites extra-professionnelles | activites extra professionnelles | activites |
        hobbies and interests | interets | personal interests | extracurricular activities | vie associative |
        engagements | engagement | engagement citoyen | engagements citoyens | hobbys | interessen | freizeit |
        aficiones | interessi""",
    CONTACT: """contact | contacts | coordonnees | informations personnelles | infos personnelles | personal
        information | personal details | personal info | etat civil | contact details | details | me contacter""",
    # Headings that may head anything, a work history included.
    OTHER: """benevolat | volunteer | volunteering | volunteer experience | volunteer work | voluntary positions |
        volunteer experiences | volunteer activities | volunteer service | volunteering experience | community
        involvement | civic involvement | engagement associatif | engagements associatifs | activites associatives |
        experiences associatives | experience associative | experience benevole | experiences benevoles | actions
        benevoles | missions benevoles | engagement benevole | benevolat et engagements | associatif | associatives |
        experience associative et benevole | informations
        complementaires | additional information | divers | miscellaneous | autres | other | links | liens |
        declaration | permis | driving licence | professional development | annexes | extras | extra""",
}

# Headings that name a section which is no work history: its dated lines are awards, memberships, talks, service or
# publications (kind OTHER as well).
_NOT_WORK_TEXT = """references | referees | publications | awards | prix | distinctions | honors | honours | awards and
    honors | achievements | acheivements | achievments | accomplishments | conferences | activities | other activities |
    professional activities | associations | professional associations | associations professionnelles | memberships |
    professional memberships | affiliations | professional affiliations | adhesions | organizations | organisations |
    professional organizations | committees | committee work | service | university service | professional service |
    community service | grants | patents | presentations | invited talks | honors awards and memberships |
    activities and organizations | honors and awards | awards and honours | honours and awards | prix et distinctions |
    distinctions et prix | recompenses | prix et recompenses | palmares | palmares sportif | titres |
    grades et titres | titres et grades | titres sportifs | sporting achievements | honours and titles | awards and
    recognition | scholarships | scholarships and awards | awards and scholarships | honors and scholarships |
    selected publications | publications scientifiques | selected work | selected articles | selected stories |
    selected reporting | published work | reportages | articles publies | travaux publies |
    articles et publications | publications et communications | research papers | conference papers | journal articles
    | peer-reviewed publications | peer reviewed publications | key achievements | selected achievements | notable
    achievements | career achievements | career highlights | key accomplishments | selected accomplishments |
    achievements and awards | awards and achievements | awards and recognitions | recognition | awards & recognition
    | principales realisations | realisations cles | realisations marquantes | faits marquants | admission |
    admissions | bar admission | bar admissions | admissions to the bar | court admissions | barreau | inscription
    au barreau | pro bono | pro bono work | pro bono experience | activites pro bono
    | teaching | enseignement | enseignements | activites d'enseignement | teaching activities | courses taught |
    cours dispenses | research visits | research stays | sejours de recherche | visiting positions
    | supervision | student supervision | supervision and mentoring | mentoring | student mentoring | students
    supervised | encadrement | encadrements | encadrement d'etudiants | encadrement de stagiaires | encadrement doctoral
    | talks | talks and posters | posters | conference presentations | conference talks |
    communications orales | communications scientifiques | communications et posters | funding | fellowships |
    funding and fellowships | grants and fellowships | research funding | financements | activites administratives
    | responsabilites administratives | administrative duties | responsabilites collectives | responsabilites
    scientifiques | collective responsibilities | academic service | contrats de recherche | research grants |
    mobilite internationale | diffusion scientifique | mediation scientifique | vulgarisation | outreach | science
    outreach | peer review | reviewing | editorial activities | organisation de colloques | organisation de
    conferences | financements obtenus | financements et projets | projets finances | grants and funding | funding
    obtained | mandats et fonctions | mandats et engagements | engagements et mandats | mandats electifs |
    mandats syndicaux | mandats et responsabilites | responsabilites et mandats | fonctions
    electives | enseignement et encadrement | encadrement et enseignement | conferences and talks | invited talks and
    seminars
    | operations exterieures | operations et missions | missions et operations | operations militaires |
    military operations | operational deployments | operational tours | operations and deployments |
    deploiements operationnels | engagements operationnels | missions operationnelles"""
_NOT_WORK_PHRASES = frozenset(clean(phrase) for phrase in _NOT_WORK_TEXT.split("|"))
# Words that head a section only alone: before more words they open an employer's name or a heading of another kind
# ("Teaching & Mentoring Communities", "Teaching Professional Experience", "Funding Circle").
# (An academic's or a manager's duties are also written under a job, alone on a line or before a colon: there they
# are part of it, see ``_JOB_HIGHLIGHTS``.)
_DUTY_LABELS = frozenset(["teaching", "enseignement", "enseignements", "encadrement", "supervision", "mentoring"])
_WHOLE_ONLY = _DUTY_LABELS | frozenset(
    ["encadrements", "talks", "posters", "funding", "fellowships", "financements", "outreach", "reviewing",
     "vulgarisation", "positions", "mandats", "admission", "admissions", "barreau", "pro bono",
     # (German and Spanish headings that open names: "Freizeit Park Rust", "Studium Generale")
     "freizeit", "studium", "estudios", "estudos", "sprachen", "interessen", "hobbys", "idiomas", "lingue",
     # ("Titres et diplômes", "Brevets et diplômes": studies; alone, certificates and titles)
     "titres", "brevets", "secourisme", "palmares",
     # ("Concours et diplômes" heads studies, "Concours interne de CPE" is a diploma's line: alone, the competitive
     # examinations passed; "Projet de fin d'études" is a course's line, alone "Projet" heads the plans)
     "concours", "projet",
     # (headings only alone: "Engagement Manager – Bain & Company", "Engagement professionnel", "Professional
     # Qualifications and Experience", "Posts of Responsibility" open no section of theirs)
     "engagement", "tickets", "posts", "professional qualifications"]
)  # fmt: skip
# ("Positions" alone heads an academic's posts; "Positions of Responsibility" lists clubs and societies; "Admissions"
# alone a lawyer's bars, "Admissions Representative" is a post.)

_PHRASES: dict[str, str] = dict.fromkeys(_NOT_WORK_PHRASES, OTHER)
for _kind, _block in _HEADINGS.items():
    for _phrase in _block.split("|"):
        _PHRASES[clean(_phrase)] = _kind
# The same phrases with the spaces removed: letter-spaced or small-caps headings come out of extraction as
# "P ROFESSIONAL E XPERIENCE" or "Ke y S ki ll s".
_SQUEEZED = {phrase.replace(" ", ""): kind for phrase, kind in _PHRASES.items()}
_PART_SPLIT_RE = re.compile(r"\s*(?:/|&|\band\b|\bet\b|,)\s*")
# Words of a degree's name: a line holding one is an education entry, whatever keyword it also holds.
_DEGREE_WORDS = frozenset({"degree", "diploma", "associate's", "associate", "bachelor's", "bachelor", "master's"})
# Headings of unpaid work: alone they may head anything, beside a work history's name they are part of it.
_VOLUNTEER = frozenset({"volunteer", "volunteering", "volunteer work", "volunteer experience", "benevolat"})
# Words that alone mark the kind when a layout heading holds more words ("EXPÉRIENCES PROFESSIONNELLES & STAGES").
_KEYWORDS: dict[str, str] = {
    "experience": EXPERIENCE,
    "experiences": EXPERIENCE,
    "parcours": EXPERIENCE,
    "employment": EXPERIENCE,
    "emplois": EXPERIENCE,
    "remplacements": EXPERIENCE,  # (a locum doctor's posts: "REMPLACEMENTS, GARDES ET POSTES OCCUPÉS")
    "formation": EDUCATION,
    "formations": EDUCATION,
    "education": EDUCATION,
    "diplomes": EDUCATION,
    "etudes": EDUCATION,
    "competences": SKILLS,
    "skills": SKILLS,
    "langues": LANGUAGES,
    "languages": LANGUAGES,
    "certifications": CERTIFICATIONS,
    "projets": PROJECTS,
    "projects": PROJECTS,
    "loisirs": INTERESTS,
    "hobbies": INTERESTS,
    "interests": INTERESTS,
    "interet": INTERESTS,
    "coordonnees": CONTACT,
    "profil": SUMMARY,
    "profile": SUMMARY,
    "summary": SUMMARY,
    "memberships": OTHER,
    "affiliations": OTHER,
    "associations": OTHER,
    "organizations": OTHER,
    "activities": OTHER,
    "publications": OTHER,
    "awards": OTHER,
    "patents": OTHER,
    "committees": OTHER,
}
# Words that alone make a heading name something other than a work history ("Professional Memberships 2010–").
_NOT_WORK_KEYWORDS = frozenset(word for word, kind in _KEYWORDS.items() if kind == OTHER)
# "EDUCATION______": a heading ruled with a run of underscores, dashes or equal signs.
_RULER_RE = re.compile(r"\s*[_=~*-]{3,}\s*$")
_NOISE_RE = re.compile(r"[^a-z0-9' &/+-]+")
_SPACED_RE = re.compile(r"^(?:\w\s){2,}\w$")
# What Nigerian CVs add to a heading, as the civil service's forms ask it ("Institutions attended with dates &
# certificates obtained", "Educational qualifications with dates"): no part of the heading's kind.
_WITH_DATES_RE = re.compile(r" with dates\b.*$")
# "Resume", "CV": the document's own title. Repeated on the pages once the body has begun, it is a running header,
# not the "résumé" (summary) heading French CVs use.
_DOCUMENT_TITLES = frozenset({"resume", "cv", "c v", "curriculum vitae", "curriculumvitae", "curriculum"})
# Lines a section must already hold before a document title inside it counts as a running header.
_BODY_STARTED = 2


@dataclass(slots=True)
class Section:
    kind: str
    heading: str = ""
    lines: list[Line] = field(default_factory=list)
    # Indexes into the document's line list, parallel to ``lines``.
    indexes: list[int] = field(default_factory=list)
    # Opened by a line set in the type of the CV's headings whose wording is unknown: its kind is "other" until its
    # content tells (see ``analyze``).
    by_style: bool = False
    # Opened so among the header's lines, before any heading of known wording ("PRINCIPAUX CONTRATS", "Current roles"
    # over the first jobs): when its content tells no kind, its lines are the header's again.
    in_header: bool = False

    @property
    def texts(self) -> list[str]:
        return [line.text for line in self.lines]


@lru_cache(maxsize=16384)
def _normalise_heading(text: str) -> str:
    text = clean(text)
    if _SPACED_RE.match(text):  # "E X P É R I E N C E"
        text = text.replace(" ", "")
    folded = fold(text)
    folded = re.sub(r"^\s*(?:\d+|[ivx]+)[.)]\s*", "", folded)  # "1. Formation", "II) Expériences"
    folded = _NOISE_RE.sub(" ", folded).replace("&", " and ")
    return _WITH_DATES_RE.sub("", clean(folded)).strip(" -/+'")


def _layout_score(line: Line, body_size: float, alone: bool) -> int:
    score = 0
    if line.heading:
        score += 3
    if line.bold:
        score += 1
    if body_size and line.size and line.size >= body_size + 0.8:
        score += 2
    if is_all_caps(line.text):
        score += 1
    if alone:
        score += 1
    return score


_JOINED_RE = re.compile(r"(?<=[a-z]{3})-(?=[a-z]{3})")


_LIST_BULLET_RE = re.compile(r"^\s*[•▪◦]\s+")
# The headings CVs decorate with a bullet as often as they write them plain.
_CORE_HEADINGS_TEXT = """experience | experiences | experience professionnelle | experiences professionnelles |
    work experience | professional experience | formation | formations | education | langues | languages |
    competences | skills |
    loisirs | hobbies | interests | centres d'interet | profil | profile | summary | projets | projects |
    certifications"""
_CORE_HEADINGS = frozenset(" ".join(phrase.split()) for phrase in _CORE_HEADINGS_TEXT.split("|"))
_TRAINING_CENTRE_WORDS = frozenset({"centre", "center", "organisme", "institut", "institute"})


# The words that open a heading of more of a kind ("Other research experience", "Autres compétences").
_OTHER_WORDS = frozenset({"other", "autres", "autre", "additional"})


# Title heads that also qualify a heading's field ("Data Science Projects", "Senior Management Experience",
# "Bénévole en associations"): they open headings as often as titles.
_MODIFIER_HEADS = frozenset(
    {"data", "software", "web", "business", "product", "senior", "junior", "lead", "head", "principal", "staff",
     "associate", "executive", "benevole", "membre", "volontaire", "commercial", "aide", "garde", "devops", "scrum",
     "backend", "frontend", "fullstack", "back-end", "front-end", "full-stack"}
)  # fmt: skip


@lru_cache(maxsize=16384)
def heading_kind(text: str, layout: int = 0) -> str | None:
    """The section kind a heading line names, or None when the line is not a heading."""
    raw = _RULER_RE.sub("", clean(text))
    if not raw or len(raw) > 60 or raw.endswith((".", ",", ";")) or "@" in raw:
        return None
    if raw.endswith(")") and "(" not in raw:
        return None  # "Teaching)" under "Bachelor of Education (Foundation Phase": the end of a wrapped line
    norm = _normalise_heading(raw)
    if not norm:
        return None
    candidates = [norm, norm.replace(" and ", " et ").replace(" et ", " and ")]
    if "-" in norm:  # "Honors-Awards", as an exported networking profile joins two headings
        candidates.append(_JOINED_RE.sub(" and ", norm))
    for candidate in candidates:
        if candidate in _PHRASES:
            return _PHRASES[candidate]
    squeezed = norm.replace(" ", "")
    tokens = norm.split()
    if squeezed in _SQUEEZED and (len(tokens) == 1 or any(len(t) <= 2 for t in tokens)):
        return _SQUEEZED[squeezed]
    # "Career Experience/Job History", "Education & Training": every part a heading of one kind.
    parts = [p for p in _PART_SPLIT_RE.split(norm) if p]
    if len(parts) >= 2 and layout >= 2:
        kinds = {_PHRASES.get(p) for p in parts if p not in _VOLUNTEER}
        if len(kinds) == 1 and None not in kinds:
            return kinds.pop()  # "Volunteer Work and Job History": jobs, some of them unpaid
    # A decorated heading needs to look like one: bold alone is what entry headers ("Project Manager") look like.
    if len(tokens) > 6 or layout < 2:
        return None
    if tokens[-1] in TITLE_HEADS or tokens[-1] == "student":
        return None  # "Education Administrator", "Physical Education Teacher", "Work Experience Student": a job's title
    if tokens[0] in TITLE_HEADS and tokens[0] not in _KEYWORDS and _KEYWORDS.get(tokens[-1]) == EDUCATION:
        return None  # "Ingénieure études", "Responsable formation": a job's title ("Developer Skills" heads)
    if tokens[0] in TITLE_HEADS and tokens[0] not in _KEYWORDS and re.search(r"\s[–—|-]\s", raw):
        return None  # "Formateur – Conseiller en formation continue": the titles a headline gives the person
    if tokens[0] == "diplome" and len(tokens) > 1 and tokens[1] not in ("et", "and"):
        return None  # "Diplôme d'État de masseur-kinésithérapeute": a diploma's line ("Diplôme et formations" heads)
    if tokens[0] == "service" and len(tokens) >= 2 and (tokens[1] in {"de", "des", "du"} or tokens[1].startswith("d'")):
        return None  # "Service de Remplacement des Côtes d'Armor", "Service des Eaux": an employer's or a unit's name
    if tokens[0] in _OTHER_WORDS and len(tokens) >= 2 and tokens[-1] in _KEYWORDS:
        # "Other research experience", "Other professional experience", "Autres compétences": more of the kind its
        # last word names (not the miscellany "Other" alone heads)
        return _KEYWORDS[tokens[-1]]
    # A decorated heading: its beginning is a known phrase, or it holds a keyword.
    for size in range(min(len(tokens), 4), 0, -1):
        prefix = " ".join(tokens[:size])
        if prefix in _PHRASES and (size == len(tokens) or prefix not in _WHOLE_ONLY):
            return _PHRASES[prefix]
    if _DEGREE_WORDS.intersection(tokens):
        return None  # "Associate's Degree - Education": a degree's line, not a heading
    if (
        (degree := find_degree(raw)) is not None
        and degree.start == 0
        and _normalise_heading(raw[degree.end :]) not in _PHRASES
    ):
        # "MA User Experience Design", "BTS Expérience client": a degree's line opened by the degree (not "MBA
        # Projects", "PhD Publications": a heading of its own after the degree)
        return None
    if tokens[0] in _TRAINING_CENTRE_WORDS and tokens[0] not in _KEYWORDS and not raw.isupper():
        return None  # "Centre de formation Colas", "Organisme de formation": where one trained, not a heading
    head, comma, tail = raw.split(" | ")[0].rpartition(", ")
    if comma and is_place_line(tail) and not is_place_line(head):
        return None  # "Granta Publications, London | Summer 2013": an employer and its town, in bold, and its dates
    if (
        tokens[0] in TITLE_HEADS
        and tokens[0] not in _KEYWORDS
        and tokens[0] not in _MODIFIER_HEADS
        and len(tokens) >= 3
        and not raw.isupper()
    ):
        # "Chargé d'accompagnement de projets ESS", "Chargé de clientèle associations" in bold: a job's title whose
        # field is a section's keyword
        return None
    for token in tokens:
        if token in _KEYWORDS:
            return _KEYWORDS[token]
    if tokens[0] == "concours" and len(tokens) >= 2 and tokens[1] not in {"interne", "externe", "troisieme", "3e"}:
        # "Concours réussis", "CONCOURS ET PRIX": the examinations passed, as "Concours" alone; not "Concours interne
        # de CPE", a diploma's line
        return _PHRASES["concours"]
    return None


_DEGREES_OR_TITLES = frozenset({"grades", "grades et titres", "titres et grades", "titres", "grades et brevets"})


def names_degrees_or_titles(heading: str) -> bool:
    """ "Grades", "Grades et titres": a Swiss CV's degrees, or a sportsman's belts and titles, by what they list."""
    return _normalise_heading(heading) in _DEGREES_OR_TITLES


# A trainee's placement named alone ("Stage", "Stage de fin d'études") as the type of the CV's headings sets it: a job,
# though the line under it names the diploma it was done for ("Stage de Bac Pro – Festival de Cannes"). (Not a known
# heading: "Stage" alone also says a job's terms under its title.)
_PLACEMENT_HEADINGS = frozenset(["stage", "stage de fin d'etudes", "stage de fin d'etude", "stage professionnel"])


def names_placement(heading: str) -> bool:
    """Whether a heading names a trainee's placement alone ("Stage")."""
    return _normalise_heading(heading) in _PLACEMENT_HEADINGS


def names_one_project(heading: str) -> bool:
    """ "Projet" alone: a project the CV describes, or the person's career plan (``analyze`` tells them apart)."""
    return _normalise_heading(_RULER_RE.sub("", clean(heading))) in ("projet", "project")


# Headings of teaching: an academic's courses, or a teacher's posts (``analyze`` tells them apart by what they hold).
_TEACHING = frozenset({"teaching", "enseignement", "enseignements", "activites d'enseignement", "teaching activities"})


def names_teaching(heading: str) -> bool:
    """ "Enseignement", "Teaching": the courses an academic gave, or the posts a teacher held."""
    return _normalise_heading(_RULER_RE.sub("", clean(heading))) in _TEACHING


def names_no_work_history(heading: str) -> bool:
    """Whether a heading names a section that is no work history (memberships, awards, talks, service,
    publications): the dated lines under it are not jobs, even when no experience heading was found."""
    norm = _normalise_heading(_RULER_RE.sub("", clean(heading)))
    return norm in _NOT_WORK_PHRASES or any(token in _NOT_WORK_KEYWORDS for token in norm.split())


_REFEREES_RE = re.compile(
    r"^(?:references?|referees?|professional references|personnes? (?:de|a) (?:reference|contacter)|referenzen)"
    r"(?: (?:available )?(?:on|upon) request| sur demande)?$"
)


_ADMISSIONS = frozenset(
    ["admission", "admissions", "bar admission", "bar admissions", "admissions to the bar", "court admissions",
     "barreau", "inscription au barreau"]
)  # fmt: skip


def names_admissions(heading: str) -> bool:
    """Whether a heading opens a lawyer's admissions to the bar ("Bar Admissions", "Barreau"): the titles there
    ("Solicitor, England & Wales (admitted 2018)") are qualifications, not jobs."""
    return _normalise_heading(_RULER_RE.sub("", clean(heading))) in _ADMISSIONS


def names_referees(heading: str) -> bool:
    """Whether a heading opens the list of the people who vouch for the candidate ("References", "Referees",
    "Personnes de référence"): their titles and employers are theirs, not jobs of the candidate. (A French or German
    "Références", "Referenzen" alone lists a freelance's own missions as often.)"""
    norm = _normalise_heading(_RULER_RE.sub("", clean(heading)))
    if norm.startswith("referen") and re.search(r"[éÉ]|referenzen", heading.casefold()):
        return False
    return bool(_REFEREES_RE.match(norm))


# The words that say what an "other" section holds; a heading whose words say two things ("Honors, Awards and
# Memberships", "Awards & Publications") gets no extra kind.
_EXTRA_WORD_TEXT = {
    VOLUNTEER: "volunteer volunteering voluntary benevolat benevole benevoles associatif associatifs associative "
    "associatives",
    AWARDS: "awards award prix distinctions honors honours recompenses scholarships",
    PUBLICATIONS: "publications publication papers articles",
    "": "memberships affiliations associations conferences presentations talks patents grants",
}
_EXTRA_WORDS = {word: kind for kind, words in _EXTRA_WORD_TEXT.items() for word in words.split()}
# Headings that say so in other words. "Vie associative" and "Engagements" are interests headings: only these
# phrases, not a word, make an interests section one of volunteering ("Community & Leisure Interests" is none).
_EXTRA_PHRASES = dict.fromkeys(
    (
        "community service",
        "community involvement",
        "civic involvement",
        "vie associative",
        "engagements",
        "engagement",
        "engagement citoyen",
        "engagements citoyens",
    ),
    VOLUNTEER,
)


def extra_kind(heading: str, kind: str = OTHER) -> str | None:
    """``VOLUNTEER``, ``AWARDS`` or ``PUBLICATIONS`` when the heading of a section of ``kind`` ("other" or
    "interests") names one of them, else None."""
    norm = _normalise_heading(_RULER_RE.sub("", clean(heading)))
    if norm in _EXTRA_PHRASES:
        return _EXTRA_PHRASES[norm]
    parts = [part for part in _PART_SPLIT_RE.split(norm) if part]
    if len(parts) >= 2 and all(part in _EXTRA_PHRASES or _EXTRA_WORDS.get(part) == VOLUNTEER for part in parts):
        return VOLUNTEER  # "Bénévolat et engagement", "Volunteering & Community Involvement"
    if kind != OTHER:
        return None
    kinds = {_EXTRA_WORDS[token] for token in norm.split() if token in _EXTRA_WORDS}
    if len(kinds) == 1 and "" not in kinds:
        return kinds.pop()
    return None


def body_size_of(lines: list[Line], declared: float) -> float:
    if declared:
        return declared
    sizes = Counter(round(line.size, 1) for line in lines if line.size)
    return sizes.most_common(1)[0][0] if sizes else 0.0


_SMALL_WORDS = {"of", "and", "&", "de", "et", "des", "du", "la", "le", "les", "the", "in", "/", "-", "for", "d'"}


def _title_shaped(text: str) -> bool:
    """A short line written like a heading: every word capitalised (or all caps), no digits, no sentence end."""
    raw = clean(text).rstrip(":")
    tokens = raw.replace("/", " / ").split()
    if not 1 <= len(tokens) <= 5 or any(ch.isdigit() or ch in ":,;.|" for ch in raw):
        return False
    return all(t[:1].isupper() or fold(t) in _SMALL_WORDS or not t[:1].isalpha() for t in tokens)


_JOB_KINDS = {EXPERIENCE, PROJECTS}
# Labels of a group of a skills list that also head a section of their own when written alone.
_SKILLS_GROUPS = {"autres", "other", "others", "permis", "driving licence"}
# Labels of a job's tools, before the list on the same line or alone on the line above it: "Technologies: Java",
# "Environnement technique :". (Some CVs print the label below the list: the next job's header then closes it.)
_TOOLS_LABELS = {
    "technologies", "technology", "technologies used", "tools", "tools used", "outils", "outils utilises",
    "environnement", "environnement technique", "environment", "technical environment", "tech stack",
    "stack technique", "technologies utilisees", "logiciels", "software used",
}  # fmt: skip
# Labels of the parts of a job that also name a section when written as a heading ("Réalisations", "Objectif").
# Headings of a section of prizes and results that a job also writes over its own highlights, with or without a
# colon; and an academic's or a manager's duties ("Mentoring", "• Enseignement : 64 h eq. TD").
_JOB_HIGHLIGHTS = {
    "key achievements",
    "principales realisations",
    "realisations cles",
    "realisations marquantes",
    "faits marquants",
    "selected achievements",
    "notable achievements",
    "career achievements",
    "career highlights",
    "key accomplishments",
    "selected accomplishments",
    "recognition",
    "achievements",
    "accomplishments",
} | _DUTY_LABELS  # fmt: skip
_JOB_PARTS = _JOB_HIGHLIGHTS | {
    "realisations", "realisations cles", "principales realisations", "missions", "missions principales",
    "achievements", "key achievements", "accomplishments", "objectif", "objectifs", "objective",
    "job profile", "profile", "job description", "description", "responsibilities", "key responsibilities",
    "roles and responsibilities", "duties", "responsabilites", "missions et responsabilites", "taches",
    "financements", "funding",
}  # fmt: skip
# A soldier's operations and deployments: a section of their own, whose dated lines are no jobs ("OPÉRATIONS
# EXTÉRIEURES", "Opérations et missions" over "2013 | Serval | Mali | Cheffe du détachement de soutien"); with a colon
# under a job ("Opérations extérieures : Pamir (2011)"), a part of it.
_JOB_PARTS |= {
    phrase for phrase in _NOT_WORK_PHRASES if phrase.startswith(("operation", "military", "deploi", "engagements op"))
} | {"missions operationnelles"}
# A building CV's lists of worksites (or a freelance's of references) that also head a projects section: under a job,
# with their colon or over the worksites before the next job's header, they are part of the job ("Principaux chantiers
# :", "PRINCIPAUX CHANTIERS" over "- Lycée Carnot" then "Chef de chantier – Eiffage, 2010 – 2016").
_WORKSITE_LISTS = frozenset(
    {"principales references", "references chantiers", "references de chantiers", "chantiers de reference",
     "principaux chantiers", "chantiers realises", "references projets", "references de projets",
     "projets de reference", "operations de reference", "principales operations", "references significatives"}
)  # fmt: skip
# "Activités : Grues Potain MDT, chantiers de logements" under "Employeur : …": the job's work, not interests; only
# with its value on the line, right under a job's labelled lines (else "Activités :" heads the interests or the
# volunteering after the jobs).
_ACTIVITY_PARTS = frozenset(
    {"activites", "activites principales", "principales activites", "activities", "main activities",
     # a public servant's form names the unit the post was in ("Service : Direction des ressources humaines")
     "service", "direction", "pole", "departement", "department", "unite", "unit", "bureau"}
)  # fmt: skip
# Labels that name a part of an entry before a colon, never a section: "Projet : refonte du SI" under a job or a
# course (alone on its line, "PROJET" heads the person's plans).
_NEVER_LABELS = frozenset({"projet"})
_WORD_RE = re.compile(r"\w")
_LIST_GOES_ON_RE = re.compile(r"(?:[,;&/–]|\s[+-]|\b(?:and|et|with|avec))\s*$", re.IGNORECASE)
_YEAR_RE = re.compile(r"\b(?:19|20)\d\d\b")


def _ends_wrapped_sentence(previous: Line, text: str) -> bool:
    """Whether a line in lower case is the end of the long, unfinished line before it."""
    first = clean(text)[:1]
    before = clean(previous.text)
    return (
        first.isalpha()
        and first.islower()
        and len(before) >= 45
        and before[-1:].isalpha()
        and before[-1:].islower()
        and "@" not in before
    )


def _heading_set(line: Line, body_size: float) -> bool:
    """Whether a line is set as a heading: a heading style, larger type than the body, or capitals (bold alone is
    how a job's labels are set too)."""
    larger = bool(body_size and line.size and line.size >= body_size + 0.8)
    return line.heading or larger or is_all_caps(line.text)


# The headings a reconversion's CV gives its studies or its apprenticeships ("Mes apprentissages"): which, the lines
# under them tell (``_apprentice_jobs``).
_APPRENTICESHIPS = frozenset({"mes apprentissages", "apprentissages"})
_APPRENTICE_RE = re.compile(r"\bapprenti(?:e|s|es)?\b")


def _apprentice_jobs(lines: list[Line], index: int) -> bool:
    """Whether the lines under a heading, up to the next one, name an apprentice's posts ("Apprenti boulanger –
    Boulangerie Paul, Lille") and no degree: an apprentice's jobs, not the studies ("CAP Cuisine" / "GRETA …")."""
    posts = False
    for line in lines[index + 1 : index + 12]:
        if heading_kind(line.text, 0) is not None:
            break
        if find_degree(line.text) is not None:
            return False
        posts = posts or bool(_APPRENTICE_RE.search(fold(line.text)))
    return posts


def _job_follows(lines: list[Line], index: int, by_parts: bool = False) -> bool:
    """Whether the few lines after a job's highlights label ("FAITS MARQUANTS" in capitals) reach another job's
    header before any heading: the first line out of the bullets that holds a range of dates names a title
    ("2015 – 2019 Responsable grands comptes – Legrand"; not "2018 – 2019 Led the migration of 200 servers", an
    achievement of its own). ``by_parts``: a part of the line between its separators may name the title alone
    ("2016 – 2019 | IT Technician – Sky, London")."""
    for number, line in enumerate(lines[index + 1 : index + 10], start=index + 1):
        ranges = find_date_ranges(line.text)
        dated = any(r.start != r.end or r.current for r in ranges)
        if heading_kind(line.text, 0) is not None or (is_all_caps(line.text) and not dated):
            return False  # (a heading, known or not: "LIFE OUTSIDE WORK")
        if not is_bullet(line.text) and dated:
            text = line.text
            if len(ranges) == 1 and not strip_punct(text[: ranges[0].begin] + text[ranges[0].stop :]):
                # ("Piping Design Engineer" / "Engineers India Limited (EIL), New Delhi" / "Jul 2008 – Apr 2012": the
                # dates alone on their line, under the header's lines, the title on one of its own)
                above = [
                    other.text for other in lines[max(index + 1, number - 2) : number] if not is_bullet(other.text)
                ]
                return any(title_score(fold(other)) >= 1 for other in above)
            for span in reversed(ranges):  # (the words besides the dates: "Site Engineer | Oct 2015 – Jan 2019")
                text = f"{text[: span.begin]} {text[span.stop :]}"
            words = _NOT_WORDS_RE.sub(" ", text).split()
            folded = fold(" ".join(words[:6]))
            # ("2019 – 2020 President's Club, top 5% of sales staff": a prize)
            titled = title_score(folded) >= 1 or (
                by_parts and any(title_score(fold(part)) >= 1 for part in _HEADER_PARTS_RE.split(line.text))
            )
            return bool(words) and titled and not _AWARD_RE.search(folded)
    return False


def _duties_go_on(lines: list[Line], index: int) -> bool:
    """Whether the lines after a line in a job's description are still the job's: duties that name no degree, up to
    another job's header (``_job_follows``), itself no degree's line."""
    for line in lines[index + 1 : index + 10]:
        if find_degree(line.text) is not None:
            return False
        if not is_bullet(line.text) and any(r.start != r.end or r.current for r in find_date_ranges(line.text)):
            break
    return index + 1 < len(lines) and not find_date_ranges(lines[index + 1].text) and _job_follows(lines, index)


_NOT_WORDS_RE = re.compile(r"[\d/|()–—-]+")
# The separators between a job header's parts: "2016 – 2019 | IT Technician – Sky, London".
_HEADER_PARTS_RE = re.compile(r"\s+[|–—-]\s+|[,;:]\s+")
_AWARD_RE = re.compile(rf"\b(?:{AWARD_WORDS}|club)\b")


def _continues_list(listed: list[Line], text: str, following: str) -> bool:
    """Whether ``text`` goes on with the list of tools a job's section was interrupted by (its lines so far:
    ``listed``; ``following``: the line after ``text``). Under a label alone ("Technologies:"), the first line is
    the list when it is a run of short items, not a job's header ("Globex Pvt Ltd, Bangalore (Jul 11") or dates.
    After that ("…, Maven, core java, GIT, RAML," then "APIKit, SOAP, Postman"), the list was cut after a
    separator, the line starts in lower case, or it is itself a list of short items that no date follows or holds
    (a job's header line has its dates, on it or on the next line, or names a place)."""
    if not listed:
        return (
            is_short_list(text, minimum=1)
            and not is_place_line(text)
            and not (find_date_ranges(text) and not is_short_list(text))
        )
    if _LIST_GOES_ON_RE.search(listed[-1].text) or text[:1].islower():
        return True
    return (
        is_short_list(text)
        and not _YEAR_RE.search(text)
        and not is_place_line(text)
        and not find_date_ranges(following)
    )


def _small_type_goes_on(listed: list[Line], line: Line, body: float) -> bool:
    """A job's tools set in a smaller type than the body's, ``line`` in that same type right under them ("Environnement
    technique : .NET 6, C#, …, SQL" then "Server, Azure DevOps", over the next job's "2018 – 2021"): the list wrapped,
    though dates follow it as they follow a job's header (set in the body's type or larger)."""
    if not listed or not body:
        return False
    last = listed[-1]
    return (
        0 < last.size < body - 0.3
        and (line.page, line.block, line.size, line.bold) == (last.page, last.block, last.size, last.bold)
        and line.x0 == last.x0
        and 0 < line.top - last.top < 2 * line.size
    )


def _bulleted_job_part(
    head: str, kind: str, current: Section, interrupted: Section | None, lines: list[Line], index: int
) -> bool:
    """Whether a bulleted "label : text" line is one of a job's bullets rather than a section's heading: "• Projets :
    nouvelle chaudière biomasse", "- Formation : habilitation électrique" under a job's header describe the job, and
    the jobs after it are still jobs. With no job's header after it, the labels close the CV ("• Langues : anglais
    (B2)", "• Loisirs : natation" after the last job): sections of their own. A job's tools ("• Environnement
    technique : Java") keep their own handling: they are read as skills and the job's section is reopened after them."""
    if not is_bullet(head) or EXPERIENCE not in (current.kind, interrupted.kind if interrupted else None):
        return False
    return not (kind == SKILLS and _normalise_heading(head) in _TOOLS_LABELS) and _job_follows(
        lines, index, by_parts=True
    )


def _body_started(sections: list[Section]) -> bool:
    return any(s.kind not in {HEADER, CONTACT} and len(s.lines) >= _BODY_STARTED for s in sections)


def is_document_title(text: str) -> bool:
    """ "Resume", "Curriculum Vitae": a line that only names the document."""
    return len(text) <= 40 and _normalise_heading(text) in _DOCUMENT_TITLES


def _wraps_heading(line: Line, following: list[Line], kind: str, layout: int) -> bool:
    """The next line ends the heading ``line`` starts: set the same way, a word or two that name no section
    themselves, and the two lines read together as a heading of the same kind."""
    if not following:
        return False
    nxt = following[0]
    if (nxt.page, nxt.block, nxt.bold, round(nxt.size)) != (line.page, line.block, line.bold, round(line.size)):
        return False
    if not line.bold and not line.size:
        return False  # plain text: no layout says the two lines belong together
    if len(nxt.text.split()) > 2 or heading_kind(nxt.text, layout) is not None:
        return False
    if find_degree(nxt.text) is not None:
        return False  # "FORMATION" then "BTS Électrotechnique": the heading, then the first degree set as headers are
    if (
        is_all_caps(line.text)
        and not is_all_caps(nxt.text)
        and heading_kind(line.text, layout) == kind
        and title_score(fold(nxt.text)) > 0
    ):
        return False  # "EXPÉRIENCE PROFESSIONNELLE" then "Agent d'escale": a whole heading, then the first job's title
    return heading_kind(f"{line.text} {nxt.text}", layout) == kind


_Style = tuple[float, bool, bool]


def _style(line: Line) -> _Style:
    return (round(line.size, 1), line.bold, is_all_caps(line.text))


def _unknown_heading_shaped(text: str) -> bool:
    """Short words with no digit and no sentence or label punctuation: what a heading's wording looks like."""
    words = clean(text).split()
    return 0 < len(words) <= 4 and not re.search(r"[\d@:;,.|/()•]", text) and text[:1].isupper()


def _heading_styles(lines: list[Line], body: float, block_sizes: Counter[tuple[int, int]]) -> set[_Style]:
    """The type styles (size, weight, capitals) of the headings the wording recognised, when larger than the body
    and shared by at least two of them, and used by fewer other lines (two at most): another line set so is a heading
    too."""
    if not body:
        return set()
    known: Counter[_Style] = Counter()
    others: Counter[_Style] = Counter()
    for line in lines:
        style = _style(line)
        if not line.size or line.size < body + 0.8:
            continue
        alone = block_sizes[(line.page, line.block)] == 1
        if heading_kind(line.text, _layout_score(line, body, alone)) is not None:
            known[style] += 1
        else:
            others[style] += 1
    return {style for style, count in known.items() if count >= 2 and others[style] <= min(2, count - 1)}


# "EXPÉRIENCES D'ENSEIGNEMENT (contractuel, Académie de Versailles)": a heading, then a remark on what it holds.
_REMARK_RE = re.compile(r"^(?P<head>[^()]+?)\s*\([^()]*\)\s*:?\s*$")


def _without_remark(text: str) -> str:
    """The heading a line opens with when a bracketed remark ends it ("EXPÉRIENCES D'ENSEIGNEMENT (contractuel,
    Académie de Versailles)"), else the line."""
    match = _REMARK_RE.match(text)
    return match.group("head") if match else text


def _gap_above(lines: list[Line], index: int) -> float:
    """How far a line's top is below the previous line's on the same page (0 when unknown)."""
    line = lines[index]
    if not index or not line.top:
        return 0.0
    before = lines[index - 1]
    return line.top - before.top if before.page == line.page and before.top else 0.0


# How much wider than the lines' usual spacing the space above the headings must be to set them apart, in points.
_HEADING_GAP = 3.0


def _body_heading_marks(lines: list[Line]) -> dict[_Style, list[tuple[float, float]]]:
    """Where and how a CV sets its headings when they are in the body's type (coloured, which extraction loses): the
    style, left edge and space above shared by at least two lines that name a section in known words ("FORMATION",
    "DIVERS"; "Diplômes", "Langues"), when that space is wider than the lines' usual spacing. By style, the left
    edges and the narrowest such space."""
    gaps = sorted(gap for index in range(len(lines)) if 0 < (gap := _gap_above(lines, index)) < 60)
    if not gaps:
        return {}
    usual = gaps[len(gaps) // 2]
    found: dict[tuple[_Style, float], list[float]] = {}
    for index, line in enumerate(lines):
        gap = _gap_above(lines, index)
        if gap and _unknown_heading_shaped(line.text) and heading_kind(line.text) is not None:
            found.setdefault((_style(line), round(line.x0)), []).append(gap)
    marks: dict[_Style, list[tuple[float, float]]] = {}
    for (style, x0), known in found.items():
        if len(known) >= 2 and min(known) >= usual + _HEADING_GAP:
            marks.setdefault(style, []).append((x0, min(known)))
    return marks


def _set_as_known_headings(
    lines: list[Line], index: int, text: str, marks: dict[_Style, list[tuple[float, float]]]
) -> bool:
    """Whether a line (``text``: its wording without a remark) is set as the CV's headings in the body's type are:
    their style, their left edge and as much space above it."""
    line = lines[index]
    style = (round(line.size, 1), line.bold, is_all_caps(text))
    gap = _gap_above(lines, index)
    return gap > 0 and any(abs(line.x0 - x0) <= 2 and gap >= known - 1 for x0, known in marks.get(style, ()))


def _label_in_margin(lines: list[Line], index: int) -> bool:
    """The line opens in a margin column of labels: a line beside it on the page starts well to its right, in the
    content's column ("Work experience | 03/2020 – present" at the margin, the job's lines under the dates). A table
    of skills or jobs ("Languages | Python, Go", "Volunteer | Oxfam | 2017") has its rows one under the other."""
    line = lines[index]
    if not line.x0:
        return False
    neighbours = [lines[i] for i in (index - 1, index + 1) if 0 <= i < len(lines) and lines[i].page == line.page]
    return any(neighbour.x0 >= line.x0 + 60 for neighbour in neighbours)


def _labelled_row(text: str) -> tuple[str, str, str] | None:
    """A section's label and the rest of its row, when a row opens with the exact words of a heading and goes on
    after a column's gap ("Languages | French (native), English (C1)") or with the first entry's dates ("Education
    and training 2014 – 2016")."""
    head, gap, rest = text.partition(" | ")
    if gap and rest.strip() and len(head) <= 40 and (kind := heading_kind(head)) is not None:
        return kind, head, rest.strip()
    ranges = find_date_ranges(text)
    if not ranges or not only_dates(text[ranges[0].begin :]):
        return None
    head = text[: ranges[0].begin].rstrip(" ,.;:|–—-")
    if head and len(head) <= 40 and (kind := heading_kind(head)) is not None:
        return kind, head, text[ranges[0].begin :].strip()
    return None


# A run of words in capitals opening a line ("EXPÉRIENCE PROFESSIONNELLE Cheffe du service …").
_CAPITALS_RUN_RE = re.compile(r"^((?:[A-ZÀ-Ý][A-ZÀ-Ý'’&-]+ )+)(?=\S)")


def _capitals_label_row(text: str) -> tuple[str, str, str] | None:
    """A section's label in capitals and the rest of its row, when a label set in a margin shares its row with the
    section's first line ("EXPÉRIENCE Cheffe du service études et travaux, 2019–aujourd'hui", "LANGUES Allemand –
    courant"): the extraction joined them with a space."""
    match = _CAPITALS_RUN_RE.match(text)
    if match is None:
        return None
    words = match.group(1).split()
    rest = text[match.end() :]
    if rest[:1].isupper() and rest.split()[0].isupper():
        return None  # (the row goes on in capitals: a name or a title in capitals, no label)
    for size in range(len(words), 0, -1):
        head = " ".join(words[:size])
        if (kind := heading_kind(head)) is not None:
            tail = " ".join([*words[size:], rest]).strip()
            return (kind, head, tail) if tail else None
    return None


# A flattened CV: its sections run together on lines of hundreds of characters ("CAREER OBJECTIVE To pursue …
# PROFESSIONAL SUMMARY • 8 years of …", "WORK EXPERIENCE Company: … Designation: … Duration: … Company: …"), as some job
# boards' text exports and some conversions write them. A line that long holds a paragraph at most otherwise.
_FLAT_LINE = 250
# A run of words in capitals, each of two letters or more ("WORK EXPERIENCE", "PROFESSIONAL SUMMARY").
# ("EXPÉRIENCE PROFESSIONNELLE": the capitals with their accents)
_CAPITAL = "A-ZÀ-ÖØ-Þ"
_CAPITALS_WORDS_RE = re.compile(
    rf"(?<![\w'’&.-])[{_CAPITAL}][{_CAPITAL}'’&-]*[{_CAPITAL}](?: (?:&|[{_CAPITAL}][{_CAPITAL}'’&-]*[{_CAPITAL}]))*"
    r"(?![\w'’&.-])"
)
# Where a flattened line's pieces start: a bullet; a job's, a project's or the personal details' label written with
# its capital ("Designation: …", "Duration: …", "Client: …", "Languages Known: …", "Période : …").
_FLAT_BULLET_RE = re.compile(r"\s(?=[•●▪■◦➢➤►✓✔❖]\s)")
_FLAT_LABEL_RE = re.compile(
    rf"\s(?=(?:{POSITION_LABEL}|{EMPLOYER_LABEL}|duration|period|client|project(?: \d+)?|team size|environment|"
    r"responsibilities|date of birth|marital status|languages known|nationality|notice period|"
    # (and in French: "Poste : … Période : … Entreprise : …")
    r"p[ée]riode|dur[ée]e|projet(?: \d+)?|environnement(?: technique)?|date de naissance|situation familiale|"
    r"nationalit[ée])\s*:)",
    re.I,
)
# A sentence's end: a word, a number or a bracket, then a full stop and a capital (not a firm's "Pvt. Ltd").
_SENTENCE_STOP_RE = re.compile(
    r"(?:\b(?!(?i:pvt|ltd|inc|corp|bros|dept|govt|intl|mfg|nos|vol|mrs|etc)\.)[A-Za-z]{3,}|\d|%|\))\.\s+(?=[A-Z])"
)


# What a heading run into a flattened line is not: a word in capitals inside a sentence, after a small word or before
# one in lower case ("a background in EDUCATION technology", "Ingénieure en FORMATION continue", "la gestion de PROJETS
# transverses"). A flattened section's text opens with a capital, a figure or a bullet ("SKILLS Java", "PROFESSIONAL
# SUMMARY • 8 years").
_IN_SENTENCE_BEFORE_RE = re.compile(
    r"\b(?:a|an|the|of|in|on|for|and|or|to|with|de|d|du|des|la|le|les|l|en|et|ou|au|aux|à|pour|sur|avec|par)\s*['’]?\s*$"
)
_IN_SENTENCE_AFTER_RE = re.compile(r"\s*[a-zà-ÿ]")


def _headings_in_line(text: str) -> list[tuple[int, int]]:
    """Where the headings written in capitals inside ``text`` are (start, end), the longest wording first, from any word
    of a run in capitals ("… Spring Boot and AWS WORK EXPERIENCE Company: …"); none in a line all in capitals."""
    if is_all_caps(text):
        return []  # (a heading's line, or a paragraph written in capitals: no sections run together)
    spans = []
    for match in _CAPITALS_WORDS_RE.finditer(text):
        words = match.group().split(" ")
        first = 0
        while first < len(words):
            start = match.start() + len(" ".join(words[:first])) + (1 if first else 0)
            for size in range(len(words) - first, 0, -1):
                head = " ".join(words[first : first + size])
                end = start + len(head)
                if (
                    heading_kind(head) is not None
                    and not _IN_SENTENCE_AFTER_RE.match(text, end)
                    and not _IN_SENTENCE_BEFORE_RE.search(text[:start])
                ):
                    spans.append((start, end))
                    first += size
                    break
            else:
                first += 1
    return spans


def _flat_pieces(text: str) -> list[str]:
    """A flattened section's text cut into its lines: before each bullet, before each label of a job's, a project's
    or the personal details' fields, and before a job's header run on after the last duty of the job above ("… run
    the quality guild. SDET II, Match Group, Dallas, TX Mar 2017 - Oct 2020")."""
    pieces = []
    for bulleted in _FLAT_BULLET_RE.split(text):
        for piece in _FLAT_LABEL_RE.split(bulleted):
            piece = piece.strip()
            ranges = find_date_ranges(piece) if is_bullet(piece) else []
            stops = list(_SENTENCE_STOP_RE.finditer(piece[: ranges[0].begin])) if ranges else []
            if stops and 0 < len(piece[stops[-1].end() : ranges[0].begin].split()) <= 12:
                pieces += [piece[: stops[-1].end()].strip(), piece[stops[-1].end() :].strip()]
            elif piece:
                pieces.append(piece)
    return pieces


def unflattened(lines: list[Line]) -> list[Line]:
    """The lines of a flattened CV (two headings in capitals or more inside lines of ``_FLAT_LINE`` characters or
    more) cut at their headings, each heading alone on its line, and each section's text cut into its lines
    (``_flat_pieces``). Other documents' lines are given back as they are."""
    headings = [_headings_in_line(line.text) for line in lines]
    if sum(len(spans) for line, spans in zip(lines, headings, strict=True) if len(line.text) >= _FLAT_LINE) < 2:
        return lines
    out: list[Line] = []
    for line, spans in zip(lines, headings, strict=True):
        if not spans or not any(end < len(line.text) for _, end in spans):
            out.append(line)
            continue
        cuts = [start for start, _ in spans] + [len(line.text)]
        texts = [line.text[: cuts[0]].strip()] if cuts[0] else []
        for (start, end), stop in zip(spans, cuts[1:], strict=True):
            texts += [line.text[start:end], *_flat_pieces(line.text[end:stop])]
        out += [replace(line, text=text) for text in texts if text]
    return out


def split_sections(lines: list[Line], body_size: float = 0.0) -> list[Section]:
    """Sections in document order; the first one (kind "header") holds the lines before any heading.

    Plain text has no fonts: there a short, capitalised line alone counts as having a heading's layout."""
    body = body_size_of(lines, body_size)
    plain = not any(line.size or line.bold or line.heading for line in lines)
    block_sizes = Counter((line.page, line.block) for line in lines)
    # "Resume" at the top of every page: a running header. Written once, it may be the summary's French heading.
    repeated_titles = sum(1 for line in lines if is_document_title(line.text))
    styles = _heading_styles(lines, body, block_sizes)
    marks = _body_heading_marks(lines)
    sections: list[Section] = [Section(HEADER)]
    # The type styles of the lines that opened a section by their wording.
    known_styles: Counter[_Style] = Counter()
    previous: Line | None = None
    # The section a new column's lines interrupted, and its last line: the reading order may set a sidebar's block
    # inside the main column's flow ("2020 → Scénographe indépendante", then the sidebar's "PORTFOLIO", "EN BREF",
    # then the main column's next jobs, lower on the page and far to the left).
    resumable: tuple[Section, Line] | None = None
    wrapped: set[int] = set()
    # "Environnement technique : Java, Spring", "Technologies: Mule ESB, Maven" inside a job: the job section a list
    # of tools interrupted, and the section that list opened; the job's section is reopened once the list ends (the
    # next job is no skill).
    interrupted: Section | None = None
    tools: Section | None = None
    # The margin's label just read on its section's first row: its wrapped second word may open the next row
    # ("E X P É R I E N C E | JANVIER 2022 – AUJOURD'HUI" then "P R O F E S S I O N N E L L E | Chargée de
    # recrutement IT"), the rest of that row being the section's.
    margin_label: tuple[str, str] | None = None
    for index, line in enumerate(lines):
        if index in wrapped:
            continue
        text = line.text
        if margin_label is not None and " | " in text:
            word, _, rest = text.partition(" | ")
            label_words = f"{_normalise_heading(margin_label[1])} {_normalise_heading(word)}"
            if (
                rest.strip()
                and word.strip().isupper()  # (the label's type: not "Anglais — C1 | • Pipesim", two columns' rows)
                and heading_kind(word, 2) is None
                and heading_kind(label_words) == margin_label[0]  # (a whole heading's phrase, not a prefix:
                # "LANGUES" then "ESPAGNOL | B1" is no wrapped label)
            ):
                sections[-1].lines.append(replace(line, text=rest.strip(), heading=False))
                sections[-1].indexes.append(index)
                previous, margin_label = line, None
                continue
        margin_label = None
        alone = block_sizes[(line.page, line.block)] == 1
        layout = _layout_score(line, body, alone)
        if plain and _title_shaped(text):
            layout = max(layout, 2)
        kind = None
        inline_rest = label_text = ""
        head_text = _without_remark(text)
        set_as_headings = layout < 2 and bool(marks) and _set_as_known_headings(lines, index, head_text, marks)
        if set_as_headings:
            # "EXPÉRIENCE INDUSTRIELLE" in the body's type, set as "FORMATION" and "DIVERS" are: a heading when its
            # words name a section (only then: an employer's name may be set apart as much, "Lycée Roosevelt")
            layout = 2
        kind = heading_kind(text, layout)
        if (
            kind is None
            and head_text != text
            and (is_all_caps(head_text) or layout >= 2)
            and _unknown_heading_shaped(head_text)  # (not "Qualification CNU section 02 (sollicitée en 2026)")
        ):
            # "EXPÉRIENCES D'ENSEIGNEMENT (contractuel, Académie de Versailles)": the heading is before the remark
            # (in plain text, laid out as one when shaped as one: "EXPÉRIENCE - SPECTACLE VIVANT (intermittent depuis
            # 2015)")
            head_layout = _layout_score(replace(line, text=head_text), body, alone)
            if plain and _title_shaped(head_text):
                head_layout = max(head_layout, 2)
            kind = heading_kind(head_text, max(layout, head_layout))
            label_text = head_text if kind is not None else ""
        if (
            kind is not None
            and _LIST_BULLET_RE.match(text)
            and layout < 3
            and not is_all_caps(text)
            and _normalise_heading(text) not in _CORE_HEADINGS
        ):
            kind = None  # "• Qualification": an item of a list in the body's type, no heading ("• Expérience" is)
        if _label_in_margin(lines, index) and (labelled := _labelled_row(text)) is not None:
            # "Work experience | 03/2020 – present": a label in a margin column, on the row of its section's first
            # line (Europass and its imitations); the rest of the row is that first line.
            kind, label_text, inline_rest = labelled
        elif (
            kind is None
            and line.x0
            and (capped := _capitals_label_row(text)) is not None
            and index + 1 < len(lines)
            and lines[index + 1].page == line.page
            and lines[index + 1].x0 >= line.x0 + 30
        ):
            # "EXPÉRIENCE Cheffe du service …" hanging left of the content's column: the margin's label and the
            # section's first line, on one row.
            kind, label_text, inline_rest = capped
        if kind is None and index + 1 < len(lines) and _unknown_heading_shaped(text) and _heading_set(line, body):
            # "CENTRES" then "D'INTÉRÊT": a heading whose first word alone names nothing, wrapped in a narrow column.
            joined = heading_kind(f"{text} {lines[index + 1].text}", layout)
            if joined is not None and _wraps_heading(line, lines[index + 1 : index + 2], joined, layout):
                kind = joined
        if kind is not None and is_document_title(text) and repeated_titles > 1 and _body_started(sections):
            kind = None
        if (
            kind is not None
            and index
            and layout < 3
            and _ends_wrapped_sentence(lines[index - 1], text)
            and not any(s.heading and s.heading == s.heading.lower() for s in sections)
        ):
            # "…before providing them" then "training": a sentence's last word, wrapped (unless the CV writes its
            # headings in lower case: "work experience", then "education").
            kind = None
        if (
            kind is not None
            and sections[-1].kind == EXPERIENCE
            and index + 1 < len(lines)
            and is_place_line(lines[index + 1].text)
        ):
            kind = None  # "Higher Education" then "New Parkland, CA": an employer's name and its place
        if (
            kind is not None
            and not inline_rest
            and sections[-1].kind == kind
            and not sections[-1].lines
            and _normalise_heading(sections[-1].heading) in _PHRASES
            and _normalise_heading(text) not in _PHRASES
            # (not a sub-heading opened by the keyword: "Expérience professionnelle significative", "FORMATION
            # CONTINUE EN ENTREPRISE", "Experience in Ireland")
            and _KEYWORDS.get(_normalise_heading(text).split()[0]) != kind
        ):
            # "Formation" then "TBS Education": right under its section's heading (a known one), a line holding the
            # section's keyword among other words is the first entry's (a school named so), not a second heading
            kind = None
        if (
            kind == OTHER
            and sections[-1].kind == EXPERIENCE
            and index
            and not plain
            and not inline_rest
            and not text.rstrip().endswith(":")
            and not _heading_set(line, body)
            and only_dates(lines[index - 1].text)
            # (in a list whose entries open with their dates: not "Volunteering", "Publications" after "Sales
            # Assistant – Boots" over "Jan 2020 – Oct 2024", the dates closing the job above)
            and bool(sections[-1].lines)
            and only_dates(sections[-1].lines[0].text)
        ):
            # "Nov 2024 – Mar 2025" then "Volunteer" in the body's type: the title of the job those dates open (a
            # section's heading would leave them dating nothing). (Plain text sets its headings no differently from
            # its titles: there "February 2013 - September 2014" then "Education:" is the next section.)
            kind = None
        if kind is None:
            inline_rest = label_text = ""
        if kind is None and ":" in text:
            head, _, rest = text.partition(":")
            head_kind = heading_kind(head, 0)
            if head_kind and rest.strip() and len(head) <= 40:
                kind, label_text, inline_rest = head_kind, head, rest.strip()
            if kind and sections[-1].kind == SKILLS and _normalise_heading(head) in _SKILLS_GROUPS:
                # "Autres : Ahrefs, Sitecore", "Permis : B" in a skills list: a group of the list.
                kind, inline_rest, label_text = None, "", ""
            if kind and (
                _normalise_heading(head) in _NEVER_LABELS
                or _bulleted_job_part(head, kind, sections[-1], interrupted, lines, index)
            ):
                # "Projet : refonte du SI" under a job or a course, "• Projets : classe de découverte" under a job:
                # an item of the entry above, in the list of its details.
                kind, inline_rest, label_text = None, "", ""
        by_style = False
        if kind is None and _style(line) in styles and _unknown_heading_shaped(text) and len(sections) > 1:
            kind, by_style = OTHER, True  # "Itinéraire professionnel" set as the CV's headings are, in no known words
        if (
            kind is not None
            and EXPERIENCE in (sections[-1].kind, interrupted.kind if interrupted else None)
            and (not _heading_set(line, body) or _job_follows(lines, index))
            # "ACHIEVEMENTS:" in capitals heads a section of its own, unless another job's dated header follows
            and (label := _normalise_heading(label_text or text)) in _JOB_PARTS
            and (inline_rest or text.rstrip().endswith(":") or label in _JOB_HIGHLIGHTS)
        ):
            # "Réalisations :", "Objectif : …" under a job, or "Key Achievements" alone in the body's type: a part of
            # the job.
            kind, inline_rest, label_text = None, "", ""
        if (
            kind == PROJECTS
            and sections[-1].kind == EXPERIENCE
            and (inline_rest or text.rstrip().endswith(":"))
            and not _heading_set(line, body)
            and _job_follows(lines, index)
        ):
            # "Projets : nouvelle chaudière biomasse (6 M€), …" under a job, another job's dated header below: the
            # projects of the job above, not a section that would take the later jobs with it
            kind, inline_rest, label_text = None, "", ""
        if kind == PROJECTS and _normalise_heading(label_text or text) in _WORKSITE_LISTS:
            following = lines[index + 1].text if index + 1 < len(lines) else ""
            first_dated = any(r.start != r.end or r.current for r in find_date_ranges(following))
            if EXPERIENCE in (sections[-1].kind, interrupted.kind if interrupted else None):
                if (not _heading_set(line, body) and (inline_rest or text.rstrip().endswith(":"))) or (
                    not first_dated and _job_follows(lines, index)
                ):
                    kind, inline_rest, label_text = None, "", ""  # (the worksites of the job above)
            elif (
                not inline_rest
                and first_dated
                and _job_follows(lines, index)
                and not any(s.kind == EXPERIENCE for s in sections)
            ):
                kind = EXPERIENCE  # "CHANTIERS RÉALISÉS" over "2018 – 2023 : Maçon N3P2, Léon Grosse": the jobs
        if kind == EDUCATION and _normalise_heading(text) in _APPRENTICESHIPS and _apprentice_jobs(lines, index):
            kind = EXPERIENCE  # "MES APPRENTISSAGES" over "2021 – 2023 : Apprenti boulanger – Boulangerie Paul": jobs
        if (
            kind is not None
            and sections[-1].kind == EXPERIENCE
            and inline_rest
            and not _heading_set(line, body)
            and _normalise_heading(label_text or text) in _ACTIVITY_PARTS
            and any(FIELD_LABEL_RE.match(lines[i].text) for i in range(max(0, index - 2), index))
        ):
            kind, inline_rest, label_text = None, "", ""
        if (
            kind == EDUCATION
            and plain
            and not inline_rest
            and sections[-1].kind == EXPERIENCE
            and sections[-1].lines
            and _normalise_heading(text) not in _PHRASES
            and _duties_go_on(lines, index)
        ):
            # "FORMATION (CACES 3, 5 – 2019)", "FORMATION INTERNE" in a plain text's job, its duties going on under it
            # up to the next job's header: a line of that job's, in capitals as a heading would be
            kind = None
        if (
            kind == EDUCATION
            and sections[-1].kind == EXPERIENCE
            and not _heading_set(line, body)
            and _normalise_heading(text) in _UNIT_NAMED_STUDY_PHRASES
        ):
            kind = None  # "Programme Director" / "Executive Education" / "London Business School": where the job was
        # A new column on the same page (the reading order jumped back up): what follows belongs to no heading
        # until one appears, rather than to the section the previous column ended with.
        jumped = (
            previous is not None
            and line.page == previous.page
            and line.block != previous.block
            and bool(line.top)
            and bool(previous.top)
            and line.top + 30 < previous.top
            and abs(line.x0 - previous.x0) > 60
        )
        if interrupted is not None and kind is None:
            following = lines[index + 1].text if index + 1 < len(lines) else ""
            if jumped or sections[-1] is not tools:
                interrupted = tools = None
            elif not _continues_list(tools.lines, text, following) and not _small_type_goes_on(tools.lines, line, body):
                sections.append(Section(interrupted.kind, heading=interrupted.heading))
                interrupted = tools = None
        if kind is not None:
            enclosing = interrupted or (sections[-1] if sections[-1].kind in _JOB_KINDS else None)
            label = _normalise_heading(label_text or text)
            tools_line = (
                kind == SKILLS
                and label in _TOOLS_LABELS
                and (_WORD_RE.search(inline_rest) is not None or text.rstrip().endswith(":"))
            )
            interrupted = enclosing if tools_line else None
        if (
            kind is not None
            and not inline_rest
            # (a heading in the body's type, "CENTRES D'INTÉRÊT", then "Natation": its first item, set alike but for
            # the capitals)
            and not (
                set_as_headings and index + 1 < len(lines) and is_all_caps(text) != is_all_caps(lines[index + 1].text)
            )
            and _wraps_heading(line, lines[index + 1 : index + 2], kind, layout)
        ):
            # "Expérience" then "professionnelle": a heading wrapped in a narrow column is one heading.
            wrapped.add(index + 1)
            text = f"{text} {lines[index + 1].text}"
        if kind is not None:
            resumable = None  # (a heading opens a section of its own: no earlier one resumes after it)
            if not by_style and not inline_rest:
                known_styles[_style(line)] += 1
            sections.append(Section(kind, heading=clean(label_text or text), by_style=by_style))
            tools = sections[-1] if interrupted is not None else None
            if inline_rest:
                # The text after "Compétences :" is content, not a heading.
                sections[-1].lines.append(replace(line, text=inline_rest, heading=False))
                sections[-1].indexes.append(index)
                margin_label = (kind, label_text) if label_text else None
            previous = line
            continue
        if jumped:
            if previous is not None and sections[-1].kind not in (HEADER, OTHER) and sections[-1].lines:
                resumable = (sections[-1], previous)
            sections.append(Section(HEADER, heading="(column)"))
        elif (
            resumable is not None
            and sections[-1].heading == "(column)"
            and sections[-1].lines
            and line.page == resumable[1].page
            and line.top > resumable[1].top
            and line.x0 < min(other.x0 for other in sections[-1].lines) - 60
            and line.x0 >= resumable[1].x0 - 10
            # (not a note set small across the page's foot: "Intérim accepté, mobile sur toute la Bretagne")
            and not (line.size and body and line.size < body - 0.6)
        ):
            sections.append(Section(resumable[0].kind, heading=resumable[0].heading))
            resumable = None
        sections[-1].lines.append(line)
        sections[-1].indexes.append(index)
        previous = line
    sections[:1] = _headings_in_header(sections[0], lines, body, known_styles)
    return [s for s in sections if s.lines or s.kind != HEADER]


# Words that may open a range of dates at the head of an entry ("Depuis 2014 :", "Saison 2016-2017").
_RANGE_OPENERS_RE = re.compile(r"^(?:de|du|from|since|depuis|des|saisons?|seasons?)?$")


def dates_open(text: str) -> bool:
    """Whether a line (its bullet aside) opens with its range of dates: "Depuis 2014 : Professeur de jazz …",
    "• 2020-2023 Comédien doubleur – Dubbing Brothers …"."""
    plain = strip_bullet(text)
    ranges = find_date_ranges(plain)
    return bool(ranges) and _RANGE_OPENERS_RE.match(fold(plain[: ranges[0].begin]).strip(" |:–—-")) is not None


def _titled_entry(text: str) -> bool:
    """Whether a dated line names a post of its own: a part of it between its separators, the dates set aside, reads
    as a title ("2022 – 2024 | Interprète — « Fièvres » — Cie Ballet Nomade")."""
    plain = strip_bullet(text)
    ranges = find_date_ranges(plain)
    if not ranges:
        return False
    rest = f"{plain[: ranges[0].begin]} | {plain[ranges[0].stop :]}"
    return any(title_score(fold(part.strip(" ()"))) >= 1 for part in _HEADER_PARTS_RE.split(rest) if part.strip())


def _heads_entries(lines: list[Line], index: int) -> bool:
    """Whether the line after an unknown heading (or the one after that) is a dated entry, and the heading names no
    post that entry would lack ("Interprète" over "2022 – 2024 | Interprète — Cie Ballet Nomade" heads it; "Sales
    Assistant" in bold over "Boots | 2019 – 2021" is that job's title)."""
    head = fold(lines[index].text)
    if org_score(head) or geo.find_places(lines[index].text):
        # ("ACCOR HOTELS – PARIS", "NOVOTEL LYON" over "2018 – 2022 : Réceptionniste": the employer's line)
        return False
    for line in lines[index + 1 : index + 3]:
        if find_date_ranges(line.text):
            return title_score(head) < 1 or _titled_entry(line.text)
    return False


_RULED_WORDS_RE = re.compile(r"^[\s_=~*#-]{2,}|[\s_=~*#-]{2,}$")
_DASH_OR_SLASH_RE = re.compile(r"\s+[/–—-]\s+")


def _headings_in_header(header: Section, lines: list[Line], body: float, known: Counter[_Style]) -> list[Section]:
    """The header and the sections opened among its lines by headings of unknown wording set as the CV's known
    headings are (their size, weight and capitals, shared by two of them at least, other than the body's plain type),
    over dated entries: a performer's or a technician's "PRINCIPAUX CONTRATS", "DOUBLAGE & VOIX", "THÉÂTRE",
    "Current roles" before "FORMATION", "Langues". Their kind is "other" until their content tells (see ``analyze``).
    The first two lines (the name, the person's titles) are the header's."""
    styles = {
        style
        for style, count in known.items()
        if count >= 2 and (style[1] or style[2] or (body and style[0] >= body + 0.8))
    }
    if header.kind != HEADER or header.heading or not styles:
        return [header]
    out = [replace(header, lines=[], indexes=[])]
    for number, (line, index) in enumerate(zip(header.lines, header.indexes, strict=True)):
        # (a text CV's rules and dashes around the words: "=== SCÈNE — PROJETS EN COURS ===")
        head = _without_remark(_RULED_WORDS_RE.sub("", line.text))
        if (
            number >= 2
            and _style(replace(line, text=head)) in styles
            # ("CINÉMA / TÉLÉVISION": two fields of the work, one heading)
            and _unknown_heading_shaped(_DASH_OR_SLASH_RE.sub(" ", head))
            and _heads_entries(lines, index)
        ):
            out.append(Section(OTHER, heading=clean(line.text), by_style=True, in_header=True))
            continue
        out[-1].lines.append(line)
        out[-1].indexes.append(index)
    return out

"""Cut a section (experience, education) into entries anchored on their dates.

CVs put an entry's dates before its header, after it, on the same line, or alone on a line; the first entry of
a section tells which layout the section uses (header lines before the first date line, or not), and the
following entries are read the same way.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from itertools import pairwise

from . import geo
from .dates import SEASON_WORDS, DateRange, find_date_ranges, find_present_word, is_month_word
from .text import clean, fold, is_bullet, strip_bullet, strip_punct
from .vocab import (
    ARMED_RANK_RE,
    AWARD_WORDS,
    GERMAN_TRADE_ENDINGS,
    MILITARY_UNITS_RE,
    TECHNOLOGIES,
    VENDOR_TECHNOLOGIES,
    function_part,
    org_score,
    title_score,
)

# (an arrow too, which a plain-text CV draws before what it adds: "Château Margaux (Margaux) -> coupeur puis porteur")
_SPLIT_RE = re.compile(r"(\s+[|–—•●·→⇒]\s+|\s+--?-?>?\s+|\s+=>\s+|\s*\|\s*|\s+/\s+|\t+|\s{3,})")
_SLASH_RE = re.compile(r"\s+/\s+")
_ABBREVIATION_RE = re.compile(r"[A-Z]{2,4}")
# The fields a title names by their acronyms ("SEO / SEA Manager", "Analyste KYC / LCB-FT"), which no firm is.
_FIELD_ACRONYMS_TEXT = "seo sea sem smo sma crm ux ui qa qc bi ppc kyc aml cft hse rh drh rrh it ot"
_FIELD_ACRONYMS = frozenset(_FIELD_ACRONYMS_TEXT.split())
_FIELD_ACRONYMS_AFTER = _FIELD_ACRONYMS | {"lcb-ft", "aml-cft", "lab-ft"}


# A line that sets its parts apart with em dashes and writes en dashes too: the en dashes are inside the parts.
_EM_DASH_RE = re.compile(r"\s—\s|\s—$")
_EN_DASH_RE = re.compile(r"\s–\s")


def _split(text: str) -> list[str]:
    """``text`` cut at separators, except a slash between two titles ("Picker / Packer", "Chauffeur VL / PL"),
    which is one title, and a slash inside brackets ("EHPAD Les Tilleuls (groupe Korian / Clariane)"). A line that
    parts its title from the rest with an em dash keeps the en dashes inside the title ("Medical Science Liaison –
    Immunologie — AstraZeneca"), but before a town or a remark in lower case ("Chef de rayon – Brest — …"); so does
    a line of bars, its title, employer and town ("QC Analyst – HPLC/GC | Genzyme Polyclonals | Lyon")."""
    barred = _titled_bar_fields(text)
    if barred:
        return barred
    if _EM_DASH_RE.search(text) and _EN_DASH_RE.search(text.split(" — ")[0]):
        first, separator, rest = text.partition(" — ")
        inner = _EN_DASH_RE.split(first)
        # (one word in lower case after a title is the title's other name, not a remark: "Vendangeur – porteur")
        paired = (
            len(inner) == 2
            and len(inner[1].split()) == 1
            and title_score(fold(inner[0])) >= 1
            and fold(inner[1]).strip(" .,") not in STATUS_WORDS  # (not "Caissier – étudiant", "– intérim": terms)
        )
        if (
            (_town_first(inner[-1]) and not _COMPASS_RE.search(inner[-1]))  # (not "France South": a region covered)
            or (inner[-1][:1].islower() and not paired)
            or len(_split_at(_SPLIT_RE, first)) != len(inner)
        ):
            return _split_at(_SPLIT_RE, text)
        return [first, *(_split_at(_SPLIT_RE, rest) if separator else [])]
    return _split_at(_SPLIT_RE, text)


_BAR_RE = re.compile(r"\s+\|\s+")


# The words that open a unit of a police force, an army or an organisation ("Compagnie d'intervention", "Brigade
# anti-criminalité", "Service Population"), folded.
_FORCE_UNIT_RE = re.compile(
    r"(?:compagnie|brigade|escadron|peloton|section|unite|service|bureau|departement|department|team|equipe|division|"
    r"squadron|company|platoon)\b"
)


def _titled_bar_fields(text: str) -> list[str]:
    """The fields of a line that parts a title, its employer and its town with bars, the title's en dash kept
    inside it ("QC Analyst – HPLC/GC | Genzyme Polyclonals (Sanofi) | Lyon": the dash is no field's edge there, as
    the section's other rows show, "Laboratory Technician | Eurofins | Dublin"); [] for any other line."""
    fields = _BAR_RE.split(text)
    if len(fields) not in (2, 3) or any(_EN_DASH_RE.search(field) or _EM_DASH_RE.search(field) for field in fields[1:]):
        return []
    inner = _EN_DASH_RE.split(fields[0])
    if len(fields) == 2:
        # ("Gardien de la paix – Compagnie d'intervention (DOPC) | Préfecture de police de Paris": the unit after the
        # title's dash is the title's, the organisation after the bar the employer)
        if (
            len(inner) == 2
            and title_score(fold(inner[0])) >= 1
            and _FORCE_UNIT_RE.match(fold(inner[1]))
            and org_score(fold(fields[1])) > 0
            and not _FORCE_UNIT_RE.match(fold(fields[1]))
        ):
            return [fields[0].strip(), fields[1].strip()]
        return []
    if (
        len(inner) != 2
        or title_score(fold(inner[0])) < 1
        or title_score(fold(inner[1])) >= 1  # (two titles: "Pharmacien – Directeur qualité", read as written)
        or inner[1][:1].islower()
        or _town_first(inner[1])
        or org_score(fold(inner[1])) > 0
        or title_score(fold(fields[1])) >= 1
        or _town_first(fields[1])
        or not _town_first(fields[2])
    ):
        return []
    return [fields[0].strip(), *_split_at(_SPLIT_RE, " | ".join(fields[1:]))]


_UNIT_WORDS_RE = re.compile(
    r"\b(?:team|teams|division|department|dept|projects?|programme|program|office|hq|headquarters|leave|"
    r"volunteering|equipe|direction|service|pole|projets?|agence|site|mission|client)\b"
)


# Words of a job's terms or status, no title's other name ("Caissier – étudiant", "Serveur – extra").
_STATUS_TEXT = """
    etudiant etudiante interim interimaire extra extras nuit nuits jour contractuel contractuelle vacataire freelance
    stage stagiaire remplacement remplacements remplacant remplacante saisonnier saisonniere titulaire alternance
    apprenti apprentie independant independante benevole cdd cdi week-end week-ends vacances
"""
STATUS_WORDS = frozenset(_STATUS_TEXT.split())

# Words of a remark in lower case on a job, no field the title covers ("sorties d'école", "job d'été", "en télétravail",
# "mis à disposition", "maternity cover", "night shift"), and the words that open a remark or a client's name ("via
# Adecco", "chez Orange", "pour Safran").
_TAIL_REMARK_RE = re.compile(
    r"\b(?:sortie|sorties|temps|partiel|plein|job|ete|week-end|weekend|weekends|mi-temps|remplacement|vacances|saison|"
    r"etudiant|etudiante|poste|contrat|duree|mois|ans|an|semaines|annees|annee|teletravail|distance|portage|"
    r"disposition|detache|detachee|detachement|freelance|interim|alternance|apprentissage|stage|cdd|cdi|benevole|"
    r"benevolat|cover|contract|shift|shifts|summer|seasonal|temporary|temp|locum|placement|remote|hybrid|part-time|"
    r"full-time|only)\b"
)
_TAIL_REMARK_OPENERS = frozenset({"via", "chez", "pour", "mis", "mise", "en", "a", "au", "aux", "par", "sur"})


def tail_remark(part: str) -> bool:
    """A part in lower case after a title that remarks on the job or names someone, no field it covers: its terms,
    where or how it was done ("en télétravail", "via Randstad", "chez Pôle emploi", "fixed-term contract"), or a
    capitalised name after its first word ("iliad Italia")."""
    words = re.sub(r"\([^()]*\)", " ", part).split()
    folded = fold(" ".join(words))
    return (
        bool(_TAIL_REMARK_RE.search(folded))
        or bool(set(folded.split()) & STATUS_WORDS)
        or (bool(folded) and folded.split()[0] in _TAIL_REMARK_OPENERS)
        or any(word[:1].isupper() for word in words[1:])
    )


def _covers(outer: DateRange | None, inner: DateRange | None) -> bool:
    """Whether the period ``outer`` holds ``inner`` ("July 2014 – Present" holds "February 2018 – March 2022")."""
    if outer is None or inner is None or not outer.start or not inner.start:
        return False
    if inner.start[:7] < outer.start[:7] and not inner.start.startswith(outer.start[:4]):
        return False
    if outer.current or not outer.end:
        return True
    return inner.end is not None and not inner.current and inner.end[:7] <= outer.end[:7]


# A point of the compass after a place: a region a title covers ("Supply Chain Director – France South").
_COMPASS_RE = re.compile(r"(?i)\b(?:north|south|east|west|nord|sud|est|ouest)(?:-\w+)?\b")


def _town_first(text: str) -> bool:
    """Whether a part opens with a known town or country's name ("Brest", "Paris, France")."""
    first = text.split(",")[0].strip()
    places = geo.find_places(first)
    return bool(places) and fold(first).startswith(places[0][1])


_ARROW_RE = re.compile(r"\s+(?:[→⇒]|--?-?>|=>)\s+")


def _route(left: str, right: str) -> bool:
    """Whether an arrow joins two towns, a driver's route ("Chauffeur routier Paris -> Lyon"), not a header's
    fields."""
    words, town = left.split(), right.strip()
    return bool(words) and all(
        len(found := geo.find_places(place)) == 1 and found[0][1] == fold(place) for place in (words[-1], town)
    )


def _split_at(separators: re.Pattern[str], text: str) -> list[str]:
    pieces = separators.split(text)
    out = [pieces[0]]
    for index, (separator, piece) in enumerate(zip(pieces[1::2], pieces[2::2], strict=True)):
        if _SLASH_RE.fullmatch(separator) and out[-1].count("(") > out[-1].count(")"):
            out[-1] = f"{out[-1]}{separator}{piece}"
        elif _SLASH_RE.fullmatch(separator) and (
            _slash_title(out[-1], piece)
            or _translated_title(out[-1], piece, pieces[2 * index + 3 :])
            or _stack_after_title(out[-1], piece)
        ):
            out[-1] = f"{out[-1].rstrip()} / {piece.strip()}"
        elif (
            any(dash in separator for dash in "-–—")
            and _DASHED_NAME_RE.search(fold(f"{out[-1]} – {piece}"))
            and not _DASHED_NAME_RE.search(fold(out[-1]))
        ):
            out[-1] = f"{out[-1].rstrip()} – {piece.strip()}"  # "Assistance Publique – Hôpitaux de Paris"
        elif _ARROW_RE.fullmatch(separator) and (
            _route(out[-1], piece) or (title_score(fold(out[-1])) >= 1 and title_score(fold(piece)) < 1)
        ):
            # "Chauffeur routier Paris -> Lyon": a route; "Responsable export -> Asie": where the title leads (an
            # arrow parts a header's name from its title: "Château Margaux (Margaux) -> coupeur puis porteur")
            out[-1] = f"{out[-1].rstrip()} {separator.strip()} {piece.strip()}"
        elif any(dash in separator for dash in "-–—") and _network_and_site(out[-1], piece):
            out[-1] = f"{out[-1].rstrip()} – {piece.strip()}"  # "CIUSSS de l'Estrie – CHUS"
        else:
            out.append(piece)
    return out


# The word that writes where a post is held after its title ("Développeur Symfony / PHP chez Viseo").
_HELD_AT_RE = re.compile(r"\s+(?:chez|at|@)\s+")


def _stack_after_title(before: str, piece: str) -> bool:
    """ "Développeur PHP / Symfony", "Développeur Symfony / PHP", "Développeur C# / .NET", "DBA Oracle / PostgreSQL":
    a technology the title names, then another after the slash (and where the post is held: "PHP chez Viseo"); one
    title, not a title and an employer."""
    words = before.split()
    stack = _HELD_AT_RE.split(piece, maxsplit=1)[0]
    return (
        len(words) >= 2
        and fold(words[-1]).strip(",") in TECHNOLOGIES | VENDOR_TECHNOLOGIES
        and 1 <= len(stack.split()) <= 3
        and fold(stack).strip() in TECHNOLOGIES
        and title_score(fold(" ".join(words[:-1]))) >= 1
    )


# Names written with a dash inside them: the Paris and Marseille hospital trusts, Berlin's university hospital.
_DASHED_NAME_RE = re.compile(r"(?:assistance publique|charite) - (?:hopitaux d|universitatsmedizin)")
# Québec's integrated health networks ("CIUSSS de l'Estrie", "CISSS de Laval"), whose names take the initials of
# their university hospital after a dash: "CIUSSS de l'Estrie – CHUS".
_HEALTH_NETWORK_RE = re.compile(r"^ci?u?sss (?:de |du |des |d')\S")


def _network_and_site(name: str, piece: str) -> bool:
    """ "CIUSSS de l'Estrie" then "CHUS": a health network, then the initials of its establishment, one name."""
    return bool(_HEALTH_NETWORK_RE.match(fold(name.strip())) and re.fullmatch(r"[A-Z]{2,6}", piece.strip()))


# The endings of Dutch occupation nouns ("Treinchef", "Verpleegkundige", "Projectleider", "Boekhouder"), and of
# German ones ("Filialleiterin"), which a firm's name after a slash has not ("Renault", "Accenture").
_DUTCH_TRADE_ENDINGS_TEXT = """chef kundige medewerker leider adviseur verkoper bestuurder opvoeder schoonmaker
    arbeider therapeut houder agent kracht ster loog"""  # ("-ster": medewerkster, leidster, meester, verkoopster)
_TRANSLATED_TITLE_ENDINGS = (*_DUTCH_TRADE_ENDINGS_TEXT.split(), *GERMAN_TRADE_ENDINGS)


def _translated_title(left: str, right: str, following: list[str]) -> bool:
    """Whether ``right`` is ``left``'s title again in another language, one word written as a word, and the
    employer comes after a dash: "Chef de train / Treinchef – SNCB", "Infirmière / Verpleegkundige – CHU Brugmann"
    (Belgium's and Switzerland's bilingual CVs)."""
    word = right.strip()
    return (
        fold(word).endswith(_TRANSLATED_TITLE_ENDINGS)
        and len(following) >= 2
        and not _SLASH_RE.fullmatch(following[0])
        and any(dash in following[0] for dash in "-–—")
        and re.fullmatch(r"[A-ZÀ-Ý][a-zà-ÿß]{5,}", word) is not None
        and title_score(fold(left)) >= 1
        and not org_score(fold(word))
        and not geo.find_places(word)
        and not _town_first(following[1])
    )


# One or two words in lower case after a title's slash: the title's other half, which no employer's name is written as.
_LOWER_TITLE_END_RE = re.compile(r"[a-zà-ÿ][\w'’-]*(?:\s+[a-zà-ÿ][\w'’-]*)?")


_AT_EMPLOYER_RE = re.compile(r"\s(?:chez|at|@)\s")


def _slash_title(left: str, right: str) -> bool:
    # "Picker / Packer, DHL Supply Chain": the second title ends at its comma, where the employer starts (then it
    # must read as a title: "Intern engineer / SII, Toulouse" names the employer); or where "chez" or "at" names it
    # ("Responsable qualité / réglementaire chez Cosmétiques du Luberon").
    cut = "," in right or _AT_EMPLOYER_RE.search(right) is not None
    right = _AT_EMPLOYER_RE.split(right.split(",")[0])[0].strip()
    if (
        fold(left.strip()) in _FIELD_ACRONYMS
        and right.split()
        and fold(right.split()[0]) in _FIELD_ACRONYMS
        and title_score(fold(right)) >= 1
    ):
        return True  # "SEO / SEA Manager": two fields, then the title they share
    if fold(right) in _FIELD_ACRONYMS_AFTER and title_score(fold(left)) >= 1:
        return True  # "Analyste KYC / LCB-FT": the title's second field
    if ARMED_RANK_RE.fullmatch(fold(left.strip())) and ARMED_RANK_RE.fullmatch(fold(right.strip())):
        return True  # "Sapper / Lance Corporal, Combat Engineer": two ranks held there
    if not left.strip() or not right or org_score(fold(right)) or title_score(fold(left)) < 1:
        return False
    if fold(left).split()[-1] == fold(right).split()[-1]:
        return False  # "Chief Estimator / Junior Estimator": two steps of a career, read as such elsewhere
    if _LOWER_TITLE_END_RE.fullmatch(right) and not geo.find_places(right):
        return True  # "Réceptionniste tournant jour / nuit", "Réceptionniste / accueil": the title's other half
    return title_score(fold(right)) >= 1 or (not cut and bool(_ABBREVIATION_RE.fullmatch(right)))


# A line that starts like a sentence of a job description ("Promoted to …", "Responsible for …").
_PROSE_RE = re.compile(
    r"^(?:(?!(?:Registered|Certified|Licensed|Chartered|Qualified|Accredited|Authori[sz]ed|Enrolled|Advanced)\s)"
    r"[A-Z][a-z]{2,}ed\s+(?:\S+\s+){2,}|(?i:responsible for|in charge of|worked|working(?! student)|involved in|duties|"
    r"tasks|key achievements|achievements)\b)"
)  # (a past tense opens a sentence, "Managed a team of 12"; a credential opens a title, "Registered Nurse, ICU"; a
# "Working Student" is the German student job's title)
# Lines kept for the next entry's header (when the section writes headers before dates), at least.
RESERVE = 3
# Header lines taken before a lone date line in a section that otherwise writes headers after the dates, at most.
LATE_HEADER = 2
# A line that names a job's client, project or technical environment ("Client: Dell", "Environnement : Java"): a note
# on the entry, not its header (it is passed over when reading the header), and the organisations it names are
# not the person's employers (``refine``). Matched on folded text.
NOTE_LINE_RE = re.compile(
    r"^\W*(?:clients?|customers?|end clients?|client final|projects?|projets?|environments?|environnements?|tools|"
    r"outils|technologies|software|operating systems?|domain|domaine|sponsor|team size|taille de l'equipe|"
    # the building sites a works manager ran ("Chantier : Campus Thales, Meudon – 32 M€")
    r"chantiers?|operations?|site|sites|key projects?|projets? phares?|references? chantiers?|"
    # a researcher's supervisors ("Directrice de thèse : Pr Élise Vandamme", "Supervisor: Dr. Marco Ferrante")
    r"(?:co-?)?(?:directeur|directrice|directeurs|directrices|direction) (?:de these|de recherche|scientifique)|"
    r"(?:thesis |phd |research )?(?:supervisors?|advis[eo]rs?)|encadr(?:ant|ante|ants|antes|ement)|"
    r"responsable scientifique|tuteur|tutrice|maitre de stage)\s*[:\-–]"
)
_LABEL_VALUE_RE = re.compile(r"^[\w ’'éèêàç-]{2,30}\s*:\s*\S")
# A name styled with a colon after its initials and figure ("MC2: Grenoble"): no label's word is written so.
_CODED_NAME_RE = re.compile(r"^[A-Z]+\d[A-Z\d]*: [A-ZÀ-Ý]")
# Form-like lines that name an entry's position or employer ("Position held: Legal Director", "Société : Thales",
# "Rôle : Cheffe de projet"):
# header lines, although they look like the "label: value" lines of a description.
POSITION_LABEL = (
    r"(?:current\s+|present\s+)?(?:position(?:\s+held)?|designation|job\s+title|job\s+role|r[oô]le|"
    r"poste(?:\s+occup[ée]e?)?|emploi(?:\s+occup[ée]e?)?|fonction(?:\s+occup[ée]e?)?|intitul[ée](?:\s+du\s+poste)?)"
)
EMPLOYER_LABEL = (
    r"(?:(?:name\s+of\s+(?:the\s+)?)?(?:company|employer|organi[sz]ation)(?:\s+name)?|firm|"
    r"(?:nom\s+(?:et\s+adresse\s+)?(?:de\s+l['’]\s*|de\s+la\s+|du\s+)?)?(?:entreprise|soci[ée]t[ée]|employeur)|"
    r"raison\s+sociale|[ée]tablissement|structure|organisme|collectivit[ée]|armateur|ship\s?owner|"
    r"etablissement\s+employeur)"
)
# The labels of a school's lines: the school, or the diploma taken there ("Établissement : Lycée Vaucanson",
# "Diplôme : BUT GEII", "School: …").
SCHOOL_LABEL = (
    r"(?:[ée]tablissement|[ée]cole|organisme(?:\s+de\s+formation)?|school|institution|"
    r"dipl[ôo]me(?:\s+(?:obtenu|pr[ée]par[ée]))?|formation|degree|qualification|intitul[ée](?:\s+du\s+dipl[ôo]me)?)"
)
# "Internship: Initech", "Stage : Thales": the kind of job, then where.
TRAINEE_LABEL = r"(?:internship|stage|alternance|apprenticeship|apprentissage)"
FIELD_LABEL_RE = re.compile(
    rf"^\W*(?:(?P<position>{POSITION_LABEL})|(?P<employer>{EMPLOYER_LABEL})|(?P<trainee>{TRAINEE_LABEL}))"
    r"\s*[:：]\s*(?P<value>\S.*)$",
    re.I,
)
# "Ole Lounge: Bartender", "Resident Advisor: DePaul University": an employer and a title parted by a colon.
_COLON_PAIR_RE = re.compile(r"^(?P<left>[^:]{2,60}?)\s*:\s+(?P<right>[^:]{2,80})$")
_BRACKETS_RE = re.compile(r"\([^()]*\)")
_NAME_WORD_RE = re.compile(r"^(?:[A-Z0-9][\w.&'’/-]*|of|and|the|for|de|du|des|la|le|et|&|-)$")


def name_cased(text: str) -> bool:
    """Every word capitalised (small words aside), as names and titles are written: "DePaul University"."""
    words = strip_punct(text).split()
    return 0 < len(words) <= 7 and all(_NAME_WORD_RE.match(w) for w in words) and not any(c.isdigit() for c in text)


# A pupil's or a student's kind of placement, in words of its own ("Stage de 3ème", "Stage d'observation de 3e",
# "Stage de seconde", "Job d'été"): the title of a line that names the place after a colon. (The bare word is a
# field's label, ``FIELD_LABEL_RE``: "Stage : Thales".)
_TRAINEE_KIND_RE = re.compile(
    r"^(?:stage|internship|alternance|apprentissage|job) (?:de|d'|du|des|en|ouvrier|ouvriere)\s?[\w' -]{1,30}$"
)


def colon_pair(text: str) -> tuple[str, str] | None:
    """(left, right) of an "Employer: Title" or "Title: Employer" header line, or None. One side must read as a
    title, both must be written as names, and the left side must not be a label ("Responsibilities: …")."""
    match = _COLON_PAIR_RE.match(text.strip())
    if match is None or FIELD_LABEL_RE.match(text) or NOTE_LINE_RE.match(fold(text)):
        return None
    left, right = clean(match.group("left")), clean(strip_punct(match.group("right").split(",")[0]))
    if match.group("right").startswith("(") or _PROSE_RE.match(left):
        return None  # "Masters Program: (City University of New York)": a remark
    if (
        _TRAINEE_KIND_RE.match(fold(left))
        and not org_score(fold(left))  # (not "Stage en entreprise : Renault Trucks", read as the firm and its town)
        and right[:1].isupper()
        and (name_cased(right) or org_score(fold(right)))
    ):
        # "Stage d'observation de 3e : Clinique vétérinaire des Vosges": the placement, then where it was
        return left, clean(match.group("right"))
    if not (name_cased(_BRACKETS_RE.sub(" ", left)) and name_cased(right)):
        return None
    if fold(left) in _LABEL_WORDS or (len(left.split()) == 1 and left.lower() == left):
        return None
    if not (title_score(fold(left)) >= 0.7 or title_score(fold(right)) >= 0.7):
        return None
    return left, clean(match.group("right"))


# Words that open a "label: value" line of a description, never an employer or a title.
_LABEL_TEXT = """responsibilities | responsibility | duties | tasks | role | achievements | key achievements |
    highlights | summary | description | note | notes | skills | technologies | tools | environment | results |
    accomplishments | missions | mission | realisations | objectif | objective | purpose | scope | focus | team |
    reference | references | location | lieu"""
_LABEL_WORDS = frozenset(clean(phrase) for phrase in _LABEL_TEXT.split("|"))
# "1 ACME FOUNDRIES LTD", "2) Globex", "b) Initech": the numbering of a list, not part of the name.
_ENUMERATOR_RE = re.compile(r"^(?:\(?(?:\d{1,2}|[a-h]|[ivx]{1,4})[.)]\s+|\d{1,2}\s+(?=[A-Z]{2,}\b))")


@dataclass
class Entry:
    header: list[str] = field(default_factory=list)  # header lines, dates removed
    dates: DateRange | None = None
    current: bool = False
    body: list[str] = field(default_factory=list)  # bullet points and description lines
    indexes: list[int] = field(default_factory=list)  # section-relative line indexes used
    on_date_line: bool = False  # the header is the date line's own text ("Engineer, 2015 – 2018"), alone


@dataclass(slots=True)
class _Info:
    text: str
    bullet: bool
    dates: DateRange | None
    rest: str
    headerish: bool
    present_lead: bool = False  # the line opened with "Present:" (the end of the date on the line before)
    post: bool = False  # a bullet that is a title alone over its own period in brackets (``_post_over_its_period``)


# A header's line cut after a comma, its dates beside it: "Cave des Vignerons de Saumur, | Mai – juin 2009".
_CUT_AFTER_COMMA_RE = re.compile(r"\w\)?,\s*\|?\s*$")
_CUT_RE = re.compile(r"[-–—→►▸▶➔➜⟶]\s*$")
_CUT_BEFORE_BAR_RE = re.compile(r"^\s*[-–—]\s*\|")
# A town alone on a line, in one to three capitalised words ("Jambes", "Saint-Jean-de-Luz", "La Roche sur Yon").
_TOWN_LINE_RE = re.compile(r"[A-ZÀ-Ý][\w'’-]+(?:[ -](?:[a-zà-ÿ'’]{1,3}[ -])?[A-ZÀ-Ý][\w'’-]+){0,2}")
# A header's text before its dates that ends on a spaced dash before the bar of the dates' cell: the field the dash
# opened wrapped in its own cell (a dash right before the dates parts the fields from them: "Consultant – 2019").
_DANGLING_DASH_RE = re.compile(r"\w\s[–—-]\s*\|\s*$")
_PRESENT_LINE_RE = re.compile(
    r"^[\s(–—-]*(?:to |till |until |a |au |jusqu'a )?(?:present|current|currently|now|ongoing|till date|to date|"
    r"today|aujourd'hui|actuellement|en cours)[\s).]*$"
)
# "Present: Art Editor, Globex" after a line "2003": the range was cut at its dash.
_PRESENT_LEAD_RE = re.compile(r"^(?:present|current|now|today|aujourd'hui|ce jour|en cours)\s*[:–—-]\s*(?=\w)")
# A season's name closing the text before a year ("Été", "Summers", "Vendanges"): the seasons the dates read, on text
# that keeps its accents and plurals; with the word "season" before or after it, or that word alone ("Saison été
# 2023", "Saison d'hiver 2022", "Winter seasons 2015/16", "Saisons 2013 et 2014"), which is no part of a title. (The
# word alone only where no word stands before it, or a ski's: the hotels' "Four Seasons", "Les Quatre Saisons", and
# "Hors saison" keep theirs.)
_SEASON_NAMES = "|".join(r"[eé]t[eé]" if word == "ete" else word for word in SEASON_WORDS)
_SEASON_END_RE = re.compile(
    r"(?<!les )(?<!des )(?<!aux )"  # (not a name's last word: "Les Vendanges", a restaurant)
    rf"(?:\bsaisons?\s+(?:d['’]\s*)?)?\b(?:(?:{_SEASON_NAMES})s?(?:\s+seasons?)?|"
    r"(?<![\w'’])(?<![\w'’]\s)(?:ski\s+)?(?:saisons?|seasons?))\s*$",
    re.I,
)


_ONWARDS_START_RE = re.compile(r"^\s*(?:onwards|till date|till now|to date)\b", re.I)


# How long the job lasted, or a remark before the title, in brackets right after its dates: "2014 (6 mois) Stagiaire",
# "2019 (1 an 4 mois)", "2012 (saison) : Agent de sécurité", "2019 (Paris) Vendeur" (a bracket that ends the row
# names the employer: "Technicien | 2018 – 2020 (Enedis, Nantes)").
_DURATION_START_RE = re.compile(
    r"^\s*\((?:(?:\s*\d+\s*(?:ans?|ann[ée]es?|mois|years?|yrs?|months?|mos?|semaines?|weeks?)\s*(?:et|and)?)+"
    r"\s*\)|[^()\d][^()]{0,40}\)(?=\s*\S)|(?-i:[^()\dA-ZÀ-Ý])[^()]{0,40}\))",  # (not a name: "(agency)", "(bank)")
    re.I,
)


# A title's end in lower case after its dates: two words or more, or one before a remark in brackets ("systèmes et
# réseaux", "informatique (alternance)"); not a brand in lower case ("adidas") nor the terms ("en CDI à temps partiel").
_TITLE_END_AFTER_RE = re.compile(
    r"\s+(?!(?:en|à|a|au|aux|chez|pour|at|in|for|with|via|dans)\s)"
    # (nor the terms or the hours: "contrat saisonnier", "temps partiel", "full time", "night shifts")
    r"(?!(?:contrats?|temps|mi-temps|full|part|fixed|night|nights|day|days|shifts?|remote|missions?|cdd|cdi|"
    r"int[ée]rim|saisons?|saisonni[eè]re?|supply|week-ends?|weekends?|t[ée]l[ée]travail|soit|environ)\b)"
    r"[a-zà-ÿ][\w'’-]*"
    r"(?:\s+(?:[a-zà-ÿ][\w'’-]*|\([^()]*\))(?:\s+[a-zà-ÿ][\w'’-]*)*)\s*$"
)


# A bracket a date was taken out of, left with a separator and perhaps a length: "( , 1 semaine)", "( – 6 mois)".
_LENGTH = r"\d{1,2}\s*(?:semaines?|mois|jours?|ans?|weeks?|months?|days?|years?)"
_LENGTH_LEFT_RE = re.compile(rf"\(\s*(?:[,;–—-]\s*(?:{_LENGTH})?|{_LENGTH}\s*[,;–—-])\s*\)", re.I)


def _remove_span(text: str, begin: int, stop: int) -> str:
    after = _DURATION_START_RE.sub("", text[stop:])
    before = _SEASON_END_RE.sub("", text[:begin])
    # ("De juillet à août 2017 : Stagiaire …": the range's opening word, which the range was read without)
    before = re.sub(r"^\s*(?:de|du|from|since|depuis|des|dès)\s*$", "", before, flags=re.I)
    if re.search(r"\s\|\s*$", before) and _TITLE_END_AFTER_RE.match(after):
        # "STMicroelectronics — Administrateur | Oct. 2019 → Présent systèmes et réseaux": the title wrapped beside
        # its dates, its end in lower case read after them on the same row
        before = re.sub(r"\s\|\s*$", "", before)
    rest = before + " " + _ONWARDS_START_RE.sub("", after)
    rest = re.sub(r"\(\s*\)|\[\s*\]", " ", rest)
    # ("Pharmacie Centrale, Lens (février 2022, 1 semaine)": the bracket the date shared, left with the stay's
    # length, says nothing more)
    rest = _LENGTH_LEFT_RE.sub(" ", rest)
    rest = re.sub(r"^\s*(?:de|du|from|since|depuis)\s*$", "", rest, flags=re.I)
    return clean(strip_punct(clean(rest)))


def _bullet_sentence(text: str) -> bool:
    """A bullet point's sentence around a date ("• Experience in Hyperion products. (September 2017 onwards)"): a
    description, not an entry's header. ``text`` is the whole bullet, date included (a sentence may end before it);
    a full stop after a lower-case word of five letters or more ends a sentence, not an abbreviation ("Inc.")."""
    return bool(
        _PROSE_RE.match(text)
        or re.search(r"\b[a-z]{5,}\.(?:\s|$)", text)
        # "• CA web +27 % sur 2021–2023": a figure's result over a period, in a sentence
        or ("%" in text and re.search(r"\S\s+(?:sur|over|entre|between)\s+(?:19|20)\d\d\s*[–—-]", text))
    )


# Words written with a full stop at the end of a name: legal forms, "Co.", "Dept.", "Esq.".
# Abbreviations whose full stop ends no sentence, folded: legal forms ("Initech, Inc.") and the shortened words of
# organisation and school names ("Univ. Grenoble Alpes", "Inst. Mines-Télécom", "École Nat. Sup. des Mines",
# "Dept. of Physics", "Dr. Reddy's"; Poland's "im." of a school named after a person, "XIV Liceum … im. Stanisława
# Staszica"). Employer and school values are read with the same list.
_ABBREVIATIONS_TEXT = """
    inc ltd co corp llc plc llp pvt jr sr esq esqs dept bros intl sa sas sarl cie gmbh ag bv nv assoc univ st
    inst nat natl sup prof tech techn sci int acad coll poly fac ste mgmt admin govt engg eng polytech dr mr mrs
    ave blvd mfg est im
"""
ABBREVIATIONS = frozenset(_ABBREVIATIONS_TEXT.split())


def abbreviation_stop(text: str) -> bool:
    """Whether ``text`` ends with the full stop of an abbreviation ("Initech, Inc.", "Globex S.A.")."""
    last = text.split()[-1] if text.split() else ""
    if not last.endswith("."):
        return False
    return fold(last).strip(".,") in ABBREVIATIONS or bool(re.fullmatch(r"(?:[A-Za-z]\.){2,}", last))


def sentence_end(text: str) -> bool:
    """A full stop that ends a sentence, not an abbreviation ("Kestrel Software Inc.", "S.A.")."""
    if not text.endswith("."):
        return False
    last = text.split()[-1]
    if abbreviation_stop(text):
        return False  # "Initech, Inc.", "Globex S.A."
    if not any(c.islower() for c in text):
        return False  # "ACME FOUNDRIES LTD, CHENNAI, INDIA.": capitals throughout make a name, not a sentence
    return len(text.split()) > 5 or (last[:1].islower() and len(last) > 4)


# What may stand between listed years: "et", "and", a comma, a season's name ("été 2019 et été 2020").
_SEASONS_JOIN_RE = re.compile(
    r"^\s*(?:,|&|et|and|puis|then)\s*(?:(?:l'|les?\s+)?(?:ete|etes|hiver|hivers|saison|saisons|summer|summers|winter|"
    r"winters|season|seasons)\s*)?$"
)


def _stretches(ranges: list[DateRange]) -> tuple[tuple[str, str], ...]:
    """The stretches of time that listed ranges cover, when a whole year or more parts two ranges of their own
    ("2015–2016 et 2018–2019": 2015–2016 and 2018–2019, not four years at the job); () when they follow on ("Hivers
    2022-2023 et 2023-2024": one stretch from the first to the last). (Years listed alone are a season's or an
    event's, which came round each year: "Février 2020, 2022, 2023 et 2024", "Étés 2019, 2021", one stretch as
    before.)"""
    stretches: list[tuple[str, str]] = []
    for before, found in zip([None, *ranges], ranges, strict=False):
        if not found.start:
            return ()
        end = found.end or found.start
        if stretches and found.start[:4] < stretches[-1][1][:4]:
            return ()  # (listed from the last: read as before)
        spans = before is not None and before.end not in (None, before.start) and end != found.start
        if stretches and (int(found.start[:4]) - int(stretches[-1][1][:4]) <= 1 or not spans):
            stretches[-1] = (stretches[-1][0], end)
        else:
            stretches.append((found.start, end))
    return tuple(stretches) if len(stretches) >= 2 else ()


def _deed_around(before: str, after: str) -> bool:
    """A bullet's years inside its sentence, a phrase of three words or more before them that opens with no title,
    a colon and a phrase after them ("Pilotage du schéma directeur SI 2018-2023 : budget annuel de 22 M€"): a deed."""
    words = strip_punct(before).split()
    return (
        len(words) >= 3
        and after.lstrip().startswith(":")
        and len(after.split()) >= 4
        and not _opens_with_title(before)
        and not re.search(r"\s[–—|]\s", before)
    )


def _deed_before(before: str, after: str) -> bool:
    """A bullet closed by its years that names no title beside an employer: a deed in words ("Redressement d'une
    filiale déficitaire : EBITDA de -6 M€ à +12 M€ (2016-2019)", "Officier de police judiciaire depuis 2016"), not a
    job listed as a bullet ("Serveuse – Le Zinc (2018)", "Stage chez Airbus (2019)")."""
    text = before.rstrip(" (")
    return bool(
        text
        and not strip_punct(_BRACKETS_RE.sub("", after))
        and not re.search(r"\s[–—|-]\s|,\s|\s(?:chez|at|@|for|pour)\s", text)
        and (
            _lower_words(text) >= 2
            or " : " in text
            # ("Acquisition of 20 new families since 2021": a count in the deed; not "Employée polyvalente
            # McDonald's 20h/semaine", "Stage 6 mois Airbus": a job's hours or length)
            or (
                _lower_words(text) >= 1
                and re.search(r"\d", text) is not None
                and not _HOURS_OR_LENGTH_RE.search(fold(text))
                and not _opens_with_title(text)
                and fold(text.split()[0]) not in _CONTRACT_OPENERS
            )
        )
    )


# What sets a post's title apart from the period that closes its bullet: a bar or a dash ("• Technicien silo /
# agréeur | 09/2013 - 12/2016"), or nothing but the range's own "depuis" ("• Technico-commercial grandes cultures
# depuis 01/2017", the word being read within the range).
_PERIOD_APART_RE = re.compile(r"\s(?:[|–—-]\s*)?$")


def _post_over_its_period(plain: str, dates: DateRange) -> bool:
    """ "› Conseiller clientèle professionnels (Juil. 2021 – aujourd'hui)" under "CRÉDIT AGRICOLE ALPES PROVENCE" and
    its whole time there: a bullet that is a title alone, its own period in brackets closing it, is one of the posts
    held at the employer above, though its words in lower case read as a deed's ("clientèle professionnels"). So is
    one whose period closes it after a bar or a dash, or after "depuis" ("• Technicien silo / agréeur | 09/2013 -
    12/2016", "• Technico-commercial grandes cultures depuis 01/2017" under "AXÉRÉAL (coopérative céréalière)")."""
    before = plain[: dates.begin].rstrip()
    if before.endswith("("):
        title = before[:-1].strip()
        closed = plain[dates.stop :].strip() == ")"
    else:
        title = before.rstrip("|–—-").strip()
        opened = dates.current and _SINCE_WORDS_RE.match(plain[dates.begin :]) is not None
        closed = not strip_punct(plain[dates.stop :]) and (
            opened or (title != before and _PERIOD_APART_RE.search(plain[: dates.begin]) is not None)
        )
    return (
        closed
        and (dates.current or (dates.end is not None and dates.end != dates.start))
        and 0 < len(title.split()) <= 6
        and not re.search(r"[:;,.]", title)
        and title_score(fold(title)) >= 1.5
    )


_CONTRACT_OPENERS = frozenset(
    {
        "stage",
        "cdd",
        "cdi",
        "interim",
        "internship",
        "alternance",
        "mission",
        "contrat",
        "apprentissage",
        "job",
        "emploi",
    }
)
_HOURS_OR_LENGTH_RE = re.compile(
    r"\d\s*(?:h\b|heures?|hours?|hrs?|mois|months?|semaines?|weeks?|ans?\b|years?|jours?|days?)"
)


def _lower_words(text: str) -> int:
    """How many words of ``text`` open in lower case and are longer than three letters: a sentence's words."""
    return sum(1 for word in text.split() if len(word) > 3 and word[:1].islower())


_PROSE_RANGE_RE = re.compile(r"(?:entre|between)\s")


# The end of a noun phrase a year pair qualifies, in a sentence: "du rapport", "de l'exercice", "of the budget", or
# the article before the years ("the 2020/21 report").
_NOUN_BEFORE_YEARS_RE = re.compile(
    r"(?:\b(?:du|des|de la|of the|for the)\s+|\b[ld]')(?-i:[a-zà-ÿ])[\w'’-]*\s+$|\bthe\s+$", re.I
)
# The documents a business year dates, opening a duty's line ("Bilan 2019/20 et liasses fiscales", "Budget
# 2021/2022", "Annual report 2020-21"): no job's name.
_DOCUMENTS = r"rapports?|bilans?|budgets?|comptes|reports?|accounts"
_DATED_DOCUMENT_RE = re.compile(
    rf"^(?:(?:annual|yearly|financial|{_DOCUMENTS})\s+)?(?:{_DOCUMENTS})(?: annuels?| financiers?)?\s*$"
)


def _noun_years(plain: str, found: DateRange) -> bool:
    """Whether a pair of years qualifies a noun in a duty's sentence ("Rédaction du rapport 2020/21 pour la
    direction", "Suivi du budget 2021/2022", "Prepared the 2020/21 annual report", "Bilan 2019/20 et liasses"): the
    report's or the budget's years, not the job's. Not a title's or a degree's line ("Chef de projet 2016-2020",
    "Licence de droit 2018/2019"), nor a header's fields ("Vendeuse, Zara – 2015-2016")."""
    before = plain[: found.begin]
    return (
        bool(before.strip())
        and found.start is not None
        and found.end is not None
        and found.end != found.start
        and not found.current
        and (_NOUN_BEFORE_YEARS_RE.search(before) is not None or _DATED_DOCUMENT_RE.match(fold(before)) is not None)
        and not re.search(r"\s[–—|-]\s|,\s|:\s", before)
        and not _opens_with_title(before)
        and fold(before.split()[0]) not in _CONTRACT_OPENERS
        and not _SEASON_END_RE.search(before)
    )


def _in_year_phrase(before: str) -> bool:
    """Whether the words before a lone year are a sentence that ends "… en" or "… in" (no capitalised name after its
    first word, at least two lower-case words): an achievement's year, not a header's."""
    words = before.split()
    return (
        bool(words)
        and fold(words[-1]) in {"en", "in"}
        and _lower_words(before) >= 2
        and not any(word[:1].isupper() for word in words[1:])
    )


# A result's figure: "112 %", "1,2 M€", "£60m".
_FIGURE_RE = re.compile(r"\d\s*(?:%|€|k€|m€|\$|£)|[€$£]\s*\d", re.I)


def _result_phrase(before: str) -> bool:
    """Whether the words before a lone year state a result with its figure, in a sentence with no field apart
    ("Atteinte de 112 % des objectifs commerciaux 2023", an indented duty line without its bullet): the year of the
    result, not a header's."""
    return (
        _FIGURE_RE.search(before) is not None
        and _lower_words(before) >= 1
        # (not "Enseignante primaire à 50 %, École de Chailly, 2021": a post, its rate and its fields apart)
        and not re.search(r"\s[–—|-]\s|,\s|\s(?:chez|at|@|for|pour)\s", before)
        and not _opens_with_title(before)
        # (no name in it, "Bourse d'excellence de 5 000 € Université Paris-Dauphine 2015", nor a rate, "500 €/jour")
        and not any(word[:1].isupper() for word in before.split()[1:])
        and not re.search(r"[%€$£]\s*/", before)
    )


def _result_after_year(before: str, after: str) -> bool:
    """Whether a lone year labels the result stated after it: "Réalisation 2023 : 117 % de l'objectif volume",
    "• Prise de commandes 2019 : 7,4 M€ (113 %)" (a few words, the year, a colon, then a figure): a deed's year. Not
    a job's header opened by its terms, its pay after the colon ("Stage 2019 : 800 € par mois, Airbus", "Contract
    2022: Data Engineer – HSBC (£550/day)"), nor one whose title follows the colon."""
    return (
        bool(re.match(r"\s*:\s*\S", after))
        and _FIGURE_RE.search(after) is not None
        and 1 <= len(before.split()) <= 4
        and not _opens_with_title(before)
        and not re.search(r"\s[–—|-]\s|,\s", before)
        and not _TERMS_WORD_RE.match(fold(before.strip()))
        and not _RATE_RE.search(after)
        and not _opens_with_title(re.sub(r"^\s*:\s*", "", after))
    )


# A student's side job, named as its terms ("Job étudiant", "Job d'été", "Summer job") (folded).
STUDENT_JOB_TERMS = r"jobs? etudiants?|jobs? d'ete|student jobs?|summer jobs?"
# A job's terms opening its header before the year ("Stage 2019 :", "Freelance 2021 :", "Intérim 2018 :").
_TERMS_WORD_RE = re.compile(
    r"^(?:stages?|internships?|alternance|apprentissage|interim|freelance|contract|contrat|cdd|cdi|missions?|"
    rf"jobs?|{STUDENT_JOB_TERMS}|saison)$"
)
# A rate of pay ("11,50 €/h", "800 € par mois", "£550/day").
_RATE_RE = re.compile(
    r"[%€$£]\s*/|\d\s*(?:€|k€|\$|£)\s*(?:/|par |per |an hour|a day)|/\s*(?:h|heure|hour|jour|day|mois|month)\b", re.I
)


def _opens_with_title(text: str) -> bool:
    """Whether ``text`` opens with a job title or names a degree ("Vendeuse saisonnière aux Galeries Lafayette",
    "Baccalauréat ES mention bien au Lycée Kléber"): a job's or a study's line, not a duty's."""
    from .education import find_degree  # (education reads entries; imported here to keep them apart)

    words = text.split()
    return (
        any(title_score(fold(" ".join(words[:size]))) >= 1 for size in (1, 2, 3) if len(words) >= size)
        or find_degree(text) is not None
    )


# A job's length where a date would be: "18 mois", "2 semaines", "Stage de 8 semaines", "6 mois (Tour de France)".
_JOB_LENGTH_RE = re.compile(
    r"^(?:(?:stage|mission|contrat|cdd|interim|internship|placement|secondment)\s+(?:de\s+|d'une duree de\s+|of\s+)?)?"
    r"\d{1,2}\s*(?:mois|semaines?|jours?|ans?|months?|weeks?|days?|years?)(?:\s*\([^()]*\))?$"
)


def _job_lengths(infos: list[_Info]) -> None:
    """A job given only its length, in a section whose other jobs give their dates ("18 mois" alone where the others
    write "2005 – 2012", "2 semaines | Stage d'observation", "Stage de 8 semaines" under the title): that line stands
    for the dates, an entry with no period, rather than the job being lost. Not the time an exported profile gives
    at an employer above its roles ("Accor" / "6 ans 3 mois" / title / dates alone)."""
    if sum(1 for info in infos if info.dates is not None) < 2:
        return
    for index, info in enumerate(infos):
        head, bar, rest = info.text.partition(" | ")
        if info.dates is not None or info.bullet or not _JOB_LENGTH_RE.match(fold(head).strip()):
            continue
        following = infos[index + 1].text if index + 1 < len(infos) else ""
        above = infos[index - 1] if index else None
        # (the employer's name alone above it: "Decathlon" / "5 ans" / "Responsable de rayon – Decathlon Lille")
        named_above = above is not None and above.dates is None and len(above.text.split()) <= 4 and not above.bullet
        if (
            not bar
            and TENURE_RE.match(fold(head).strip())
            and (named_above or not re.search(r"\s[|–—-]\s|,\s", following))
            and any(later.dates is not None for later in infos[index + 1 : index + 4])
        ):
            continue  # (a tenure: the roles follow, each a title over its own dates, "(4 years 2 months)" or not)
        if any(earlier.dates is not None for earlier in infos[max(0, index - 2) : index]):
            continue  # ("2019 – 2021 Technicien – Renault" / "24 mois": how long that job lasted)
        info.dates = DateRange(None, None, False, 0, len(head))
        info.rest = rest.strip() if bar else ""
        info.headerish = False


# The words that open a site's or a branch's name ("Agence de Vannes (2016 – 2018)" under the employer's line).
_SITE_WORDS = frozenset(
    ["agence", "site", "magasin", "succursale", "branch", "office", "bureau", "antenne", "etablissement", "usine",
     "plant", "store", "restaurant", "hotel", "boutique", "entrepot", "depot"]
)  # fmt: skip


def _indented_deeds(infos: list[_Info], indents: list[float], bolds: list[bool]) -> None:
    """A line set further in than every other dated line of the section, its date closing it ("Accession des U15 en
    Régional 1 (2019)", "Pro12 champion 2016" indented under "2014 – 2018 | Professional Rugby Player"): a duty or a
    result of the job above, its bullet drawn as a shape or dropped, not a job."""
    dated = [i for i, info in enumerate(infos) if info.dates is not None and indents[i] > 0]
    # (the date column: the lines a date opens, else every other dated line)
    opened = {i for i in dated if not getattr(infos[i].dates, "begin", 1)}
    for index in dated:
        info = infos[index]
        others = [indents[j] for j in dated if j != index and j in opened] or [indents[j] for j in dated if j != index]
        if len(others) < 2 or indents[index] < max(others) + 8 or info.dates is None or not info.dates.begin:
            continue
        before = info.text[: info.dates.begin]
        after = strip_punct(_BRACKETS_RE.sub("", info.text[info.dates.stop :]))
        words = strip_punct(before).split()
        if after or len(words) < 2 or fold(words[0]) in _CONTRACT_OPENERS or bolds[index]:
            continue  # ("Stage chez Airbus (2018)": a job of its own; a bold line is a header's wrapped end)
        if (
            re.search(r"\s[–—|-]\s|\s(?:chez|at|@)\s|,\s+(?![a-zà-ÿ])", before)
            or _opens_with_title(before)
            or fold(words[0]) in _SITE_WORDS
        ):
            continue  # ("Cariste – Auchan Logistique 2018": an assignment listed under a temp's agency, a job)
        info.dates, info.rest, info.headerish = None, info.text, False


def _bold_bulleted_posts(texts: list[str], infos: list[_Info], bolds: list[bool], jobs: bool) -> None:
    """Posts or studies listed as bold bullets over regular ones: headers, not duties. A post with its dates
    ("TREVI – Bruxelles | 2016 – présent", then "• Gestionnaire de copropriétés senior | 01/2020 – présent"), or a
    title alone over its employer's line and its dates ("• Technicien méthodes" / "Valeo — Sablé-sur-Sarthe" /
    "03/2017 – aujourd'hui"); in a studies' section, a degree's line ("• BTS CRSA – Conception et Réalisation …")."""
    if not any(info.bullet and not bolds[i] for i, info in enumerate(infos)):
        return  # (bold bullets throughout are the duties' own style)
    for index, info in enumerate(infos):
        if not (info.bullet and bolds[index]):
            continue
        plain = _classify(strip_bullet(texts[index]))
        title = plain.rest.split(" | ")[0]
        if not plain.headerish or _PROSE_RE.match(title) or len(title.split()) > (8 if jobs else 12):
            continue
        if plain.dates is not None:
            # (a range: "• Meilleur vendeur 2019" is a deed)
            ranged = plain.dates.end is not None or plain.dates.current
            if ranged and (title_score(fold(title)) >= 1 or not jobs):
                infos[index] = plain
        elif (title_score(fold(title)) >= 1.5 if jobs else True) and _dated_soon(infos, index):
            infos[index] = plain


def _posts_under_employer(texts: list[str], infos: list[_Info]) -> None:
    """Under an employer's line with the whole time spent there and no title ("MAIF | octobre 2013 – aujourd'hui"),
    the bullets that are a title alone and, in brackets, a range of dates within that time ("• Téléconseillère
    relation sociétaires (octobre 2013 – février 2016)"): the posts held there, headers however many of their words
    are in lower case. (Under a header that names its title, "Référente numérique de l'école (2021-2023)" is a duty
    of that post.)"""
    employer: _Info | None = None
    for index, info in enumerate(infos):
        if info.dates is not None and not info.bullet:
            # (the employer's line is the date line's own text, or the line or two right above a date alone:
            # "BANQUE POPULAIRE RIVES DE PARIS – Saint-Germain-en-Laye" over "07/2011 - 12/2018")
            header = [info.rest] if info.rest else _lines_above(infos, index)
            titled = any(title_score(fold(_split(line)[0])) >= 1 for line in header)
            employer = None if titled or not header else info
            continue
        if employer is None or not info.bullet or info.dates is not None:
            continue
        plain = _classify(strip_bullet(texts[index]))
        dates = plain.dates
        if (
            dates is not None
            and (dates.current or (dates.end is not None and dates.end != dates.start))
            and _covers(employer.dates, dates)
            and _title_over_range(plain.text[: dates.begin])
            and not strip_punct(plain.text[dates.stop :])
        ):
            infos[index] = plain


def _lines_above(infos: list[_Info], index: int) -> list[str]:
    """The one or two header-like lines right above a date line, with no date and no bullet."""
    lines: list[str] = []
    for above in infos[max(0, index - 2) : index][::-1]:
        if above.dates is not None or above.bullet or not above.headerish:
            break
        lines.append(above.rest)
    return lines


def _title_over_range(before: str) -> bool:
    """A title alone before the bracket that holds its dates: "Téléconseillère relation sociétaires (", not
    "Redressement d'une filiale (" nor "Pilotage du budget : 2 M€ ("."""
    text = before.rstrip()
    if not text.endswith("("):
        return False
    words = text[:-1].split()
    return 0 < len(words) <= 5 and ":" not in text and not re.search(r"\d", text) and _opens_with_title(text[:-1])


def _bulleted_headers_over_dates(texts: list[str], infos: list[_Info]) -> None:
    """Jobs listed as bullets, each over its dates alone on the next line ("- Aide ménagère (CDI) - O2 Care Services -
    Perpignan" / "janvier 2018 a aujourd'hui"), twice at least in the section: headers, not duties."""
    found = []
    for index, info in enumerate(infos[:-1]):
        after = infos[index + 1]
        if not info.bullet or info.dates is not None or after.dates is None or after.rest or after.bullet:
            continue
        plain = _classify(strip_bullet(texts[index]))
        first = _split(plain.rest)[0] if plain.rest else ""
        parts = _split(plain.rest) if plain.rest else []
        if (
            plain.dates is None
            and plain.headerish
            and title_score(fold(first)) >= 1
            and len(parts) >= 2
            and _employer_shaped_part(parts[1])
        ):
            found.append((index, plain))
    if len(found) >= 2:
        for index, plain in found:
            infos[index] = plain


# A plain text file's "> " before a line: a duty's mark, or each header's (decided by the section, ``_arrow_duties``).
_ARROW_MARK_RE = re.compile(r"^\s*>\s+(?=\S)")


def _ranged(info: _Info) -> bool:
    return info.dates is not None and (info.dates.current or info.dates.end != info.dates.start)


def _arrow_duties(texts: list[str], infos: list[_Info]) -> None:
    """Lines opened by "> " under headers that are not, where those hold the ranges ("Vendeur conseil multimédia -
    Boulanger Metz - 2012 - 2017" over "> Conseil clients, …, meilleur vendeur du magasin 2016"): the mark is a
    duty's bullet, and a year closing such a line dates a deed, no job. (Where the marked lines hold the ranges, "> DAF
    de transition | MEA Finance Conseil | juin 2021 à ce jour", the mark opens each header and stays none.)"""
    marked = {index for index, text in enumerate(texts) if _ARROW_MARK_RE.match(text)}
    if (
        not marked
        or any(_ranged(infos[index]) for index in marked)
        or not any(_ranged(info) for index, info in enumerate(infos) if index not in marked)
    ):
        return
    for index in marked:
        infos[index] = _classify(f"• {_ARROW_MARK_RE.sub('', texts[index])}")


def _employer_shaped_part(part: str) -> bool:
    """Whether the part after a bulleted title may name its employer ("O2 Care Services", "Renault Trucks"), not the
    project or the site of a post held within a job ("projet Fibre", "chantier CHU Nantes", "Barclays mobile app")."""
    words = part.split()
    if not words or words[0][:1].islower():
        return False
    # (a word in lower case after a connector is a French name's: "Centre de loisirs", "Salon de coiffure")
    return org_score(fold(part)) >= 1 or not any(
        word[:1].islower() and len(word) > 3 and fold(before) not in {"de", "du", "des", "la", "le", "les", "et"}
        for before, word in pairwise(words)
    )


def _dated_soon(infos: list[_Info], index: int) -> bool:
    """Whether a line of dates comes within the two lines after ``index``, before any bullet."""
    for later in infos[index + 1 : index + 3]:
        if later.bullet:
            return False
        if later.dates is not None:
            return True
    return False


def _indented_body_ends(infos: list[_Info], indents: list[float]) -> None:
    """The last line of a block of duties set further in, right under a job's dates, before a title set back at the
    left edge ("Janv 2020 à aujourd'hui" / "Promotion de la gamme …" / "Organisation de soirées …" indented, then
    "Délégué médical dermatologie"): a duty whose bullet was drawn as a shape, not the next job's header."""
    for index in range(1, len(infos) - 1):
        info = infos[index]
        if info.dates is not None or info.bullet or not info.headerish or indents[index] <= 0:
            continue
        if indents[index + 1] <= 0 or indents[index + 1] > indents[index] - 8:
            continue
        cursor = index - 1
        while cursor >= 0 and infos[cursor].dates is None and abs(indents[cursor] - indents[index]) < 2:
            cursor -= 1
        if (
            cursor < index - 1
            and cursor >= 1
            and infos[cursor].dates is not None
            and indents[cursor] < indents[index]
            and infos[cursor - 1].dates is None
            and abs(indents[cursor - 1] - indents[cursor]) < 2
        ):
            info.headerish = False


def _form_deed(info: _Info) -> bool:
    """In a form that labels its fields, a line of no label's whose years close it in brackets ("Member of the
    Mathematics syllabus working group (2020–2022)" under "Responsibilities: …"): a duty, not a job."""
    dates = info.dates
    if dates is None or not dates.begin or FIELD_LABEL_RE.match(info.text):
        return False
    return bool(re.search(r"\(\s*$", info.text[: dates.begin])) and len(info.rest.split()) >= 4


def _dated_deed(info: _Info) -> bool:
    """A line whose date closes a phrase of four words or more: at the end or in closing brackets, a lone year or an
    open start ("… depuis 2021"), with no separator of a header's fields before it."""
    dates = info.dates
    if dates is None or not dates.begin:
        return False
    before = info.text[: dates.begin]
    after = info.text[dates.stop :]
    bracketed = before.rstrip().endswith("(") or bool(re.search(r"\([^()]*$", before))
    if strip_punct(_BRACKETS_RE.sub("", after)) and not bracketed:
        return False
    plain = re.sub(r"\([^()]*$", "", before)  # (without the date's own bracket: "(Ecocert, 2021)")
    if re.search(r"\s[–—|]\s|\s-\s|\s(?:chez|at|@|with|for|pour|in)\s|,\s+(?![a-zà-ÿ])", plain):
        # ("Chef de chantier – Eiffage 2019", "Stage chez Atos à Rennes (2018)", "Agent d'entretien, Mairie de
        # Saumur, 2017": a header's fields; a comma before a clause in lower case is a sentence's)
        return False
    if not plain.strip():
        return False  # ("(certification biologique obtenue depuis 2021)": a bracket alone, read below as a note)
    if _opens_with_title(plain) or _lower_words(before) < 2 or fold(plain.split()[0]) in _CONTRACT_OPENERS:
        return False  # ("Directeur adjoint du magasin de Barentin (2018 – 2022)": a post, in regular type)
    lone = dates.start == dates.end and not dates.current
    opened = dates.current and (
        _SINCE_WORDS_RE.search(before) is not None or _SINCE_WORDS_RE.match(info.text[dates.begin :]) is not None
    )
    return len(before.split()) >= 4 and (lone or opened or bracketed)


# Two years joined by a conjunction, which the dates read as a range ("2020 et 2024").
_YEARS_JOINED_RE = re.compile(r"(?:19|20)\d\d\s+(?:et|and|&)\s+(?:19|20)\d\d")
_SINCE_WORDS_RE = re.compile(r"(?<!\w)(?:depuis|since|from|dès|à partir de)\b\s*(?:$|(?=\d|[a-zé]))", re.I)


# What follows a bullet's opening range when the bullet is a job's header, however long ("• depuis 2017 : Peintre
# en bâtiment chez Moreau Peinture (Orléans), artisan, SIRET 812 345 678"): a colon or a dash.
_LEADING_RANGE_RE = re.compile(r"^\s*[:–—|-]\s")


# The words that name a temp's agency after the title: "manutentionnaire en intérim chez Start People", "agent
# polyvalent en intérim avec Adecco".
TEMP_AGENCY_BEFORE = r"en\s+int[ée]rim\s+(?:chez|avec|via|par)"
# A title and its employer after a bullet's year: "– Le Grand Café", ", Lidl", "chez Onet", "at Tesco"; a title in lower
# case before "chez" and a name ("• 2018 : équipier polyvalent chez McDonald's (Balma)").
_TITLE_EMPLOYER_RE = re.compile(
    r"^\s*[:–—|-]\s+(?:[A-ZÀ-Ý][^–—|,]*?(?:\s[–—|-]\s|,\s|\schez\s|\sat\s)\S|"
    rf"[a-zà-ÿ][^–—|,]*?\s(?:{TEMP_AGENCY_BEFORE}|chez)\s[A-ZÀ-Ý])"
)
_NAME_PLACE_SPLIT_RE = re.compile(r"\s*[,·|]\s*|\s+[–—-]\s+")
# One to three capitalised words, perhaps hyphenated: "Ormes", "Villeneuve-d'Ascq", "Saint-Priest", "La Défense".
_TOWN_SHAPE_RE = re.compile(r"^(?:[A-ZÀ-Ý][\w'’]*(?:-[\w'’]+)*)(?:\s+[A-ZÀ-Ý][\w'’]*(?:-[\w'’]+)*){0,2}(?:\s+\d+e)?$")
# How a diploma was studied or what it earned, said after its year: "(2010), formation continue", "2015, en
# alternance", "2012 – mention bien", "2019, part-time".
_STUDY_MODE_TAIL_RE = re.compile(
    r"^[\s,;–)-]*(?:formation continue|en formation continue|en alternance|alternance|en apprentissage|a distance|"
    r"à distance|cours du soir|en cours du soir|part[- ]time|full[- ]time|distance learning|evening classes|"
    r"mention (?:tr[eè]s bien|bien|assez bien|passable)|with (?:first class )?honou?rs)[\s.]*$",
    re.I,
)
_SCORE_TAIL_RE = re.compile(
    r"^[\s|,;:–-]*(?:\d{1,3}(?:[.,]\d{1,2})?\s*(?:%|cgpa|gpa|/\s*10|/\s*4|/\s*20|marks)?|first class|distinction)"
    r"[\s|.]*$",
    re.I,
)
_DURATION_LABEL_RE = re.compile(r"^\W*(?:duration|period|periode|duree|tenure|dates?|from\s*-?\s*to)\W*$")
_NUMBERED_RE = re.compile(r"^\(?\d{1,2}[.)]\s+")
# The rest of a bracket that closes its line: ", 1 semaine)".
_BRACKET_CLOSES_LINE_RE = re.compile(r"^[^()]*\)\W*$")


def _numbered_employer(plain: str) -> bool:
    """Whether a numbered line is an employer's name alone: a few words naming an organisation, no sentence."""
    folded = fold(plain)
    short = 0 < len(plain.split()) <= 8 and not sentence_end(plain)
    return short and org_score(folded) > 0 and not title_score(folded)


def _closes_header(before: str) -> bool:
    """Whether the text before a bullet's closing year is a title and its employer set apart by dashes, bars or
    commas, with a dash or a bar before the year, or the year in brackets: "Femme de chambre – Hôtel Ibis (Épinal) –
    Été", "Animatrice chez Club Med, Cefalù (été"."""
    before = _SEASON_END_RE.sub("", before).rstrip()
    if not before.endswith(("–", "—", " -", "|", "(")):
        return False
    head = before[:-1].strip()
    return bool(re.search(r"\s[–—|-]\s|,\s", head)) and not sentence_end(head) and head[:1].isupper() and _titled(head)


# A prize or a distinction, not a job: "Employee of the Year", "Meilleure vendeuse", "Prix de l'innovation".
_DISTINCTION_RE = re.compile(rf"\b(?:{AWARD_WORDS}|of the (?:year|month)|meilleure?s?|prix)\b")


# The contract words that stand for a temp's or a trainee's title; not those that also name an engagement within a
# job ("Mission d'audit – Groupe Casino – 2018" under an auditor's post, "Contrat cadre – Airbus (2019)" under a
# salesman's: deeds, not headers).
_TEMP_LINE_OPENERS = _CONTRACT_OPENERS - {"mission", "contrat"}


def _titled(text: str) -> bool:
    """Whether a bullet's text opens with a job title, its employer after a dash, a bar or a comma: "Plongeuse – Le
    Grand Café", not "Built the payments API, Go and Kafka" nor "Employee of the Year, Engineering". A contract's
    word stands for the title a temp's or a trainee's line leaves out ("Intérim – Proman", "Stage d'observation –
    Mairie de Rodez")."""
    first = re.split(rf"\s[–—|-]\s|,\s|\s(?:{TEMP_AGENCY_BEFORE}|chez|at)\s", text, maxsplit=1)[0]
    folded = fold(first)
    if _DISTINCTION_RE.search(folded):
        return False
    return title_score(folded) >= 1 or folded.split(" ")[0] in _TEMP_LINE_OPENERS


# A bracket right after a line's first words, holding the date, then a colon or a dash and a name: "Stage de seconde
# (2 semaines, juin 2025) : Crédit Mutuel".
_OPENING_BRACKET_RE = re.compile(r"^(?P<title>[^()]{2,50}?)\s*\([^()]*$")
_BRACKET_THEN_NAME_RE = re.compile(r"^[^()]*\)\s*[:–—-]\s+[A-ZÀ-Ý0-9]")


def _bracketed_after_title(plain: str, dates: DateRange) -> bool:
    """Whether a bullet's date sits in a bracket right after its opening title, a colon or a dash and a name after
    the bracket ("• Stage de seconde (2 semaines, juin 2025) : Crédit Mutuel, agence Strasbourg Neudorf - découverte
    des métiers"): the job's header however long the line goes on, not a deed's date."""
    opening = _OPENING_BRACKET_RE.match(plain[: dates.begin])
    return (
        opening is not None
        and _BRACKET_THEN_NAME_RE.match(plain[dates.stop :]) is not None
        and len(opening.group("title").split()) <= 6
        and _titled(opening.group("title"))
    )


_ROW_BAR_RE = re.compile(r"\s\|\s")


def _opens_row(plain: str, dates: DateRange) -> bool:
    """Whether the year opens a row of fields set apart by bars, however long: "2022 | Comédienne | « Un été à Sète
    », long métrage de Lou Ferrand (second rôle) | Les Films du Vent", a credit of an actor's list."""
    return (
        not plain[: dates.begin].strip()
        and plain[dates.stop :].lstrip().startswith("|")
        and len(_ROW_BAR_RE.findall(plain[dates.stop :])) >= 2
        and len(plain.split()) <= 30
    )


def _opens_header(plain: str, dates: DateRange) -> bool:
    """Whether the range opens the line (a season's word aside) and a colon or a dash follows it, or a title its
    employer follows after a dash ("• 2020-2023 Comédien doubleur – Dubbing Brothers : voix française de …", "• Saison
    2016-2017 Comédien – « Cyrano de Bergerac », m.e.s. …"): the line is a job's header."""
    if strip_punct(_SEASON_END_RE.sub("", plain[: dates.begin])):
        return False
    after = plain[dates.stop :]
    return _LEADING_RANGE_RE.match(after) is not None or _title_then_dash(after)


_TITLE_DASH_RE = re.compile(r"\s[–—|-]\s")
_BRACKET_CLOSES_RE = re.compile(r"\s*\)[\s.]*")


def _title_then_dash(text: str) -> bool:
    """Whether the text after a bullet's opening dates is a title, then a dash and what follows it ("Comédien doubleur
    – Dubbing Brothers"), with no separator between the dates and the title."""
    return text[:1].isspace() and _TITLE_DASH_RE.search(text) is not None and _titled(text.strip())


_FIELD_DASH_RE = re.compile(r"\s[—|]\s")


def _long_titled_header(text: str) -> bool:
    """A header longer than most, a long title then the organisation after an em dash or a bar ("Chargée des
    collections et de la régie des œuvres — Musées de la Ville de Strasbourg"): two fields, the first a title's, the
    second an organisation's name opened by a capital."""
    fields = _FIELD_DASH_RE.split(text.strip())
    return (
        len(text.split()) <= 22
        and len(fields) == 2
        and title_score(fold(fields[0])) >= 1
        and fields[1][:1].isupper()
        and org_score(fold(fields[1])) > 0
        and not re.search(r"[.;:]", text)
    )


def _in_quotes(text: str, at: int) -> bool:
    """Whether ``at`` falls inside French or English quotation marks opened before it («…», “…”)."""
    return text.count("«", 0, at) > text.count("»", 0, at) or text.count("“", 0, at) > text.count("”", 0, at)


def _months_within(plain: str, chosen: DateRange, ranges: list[DateRange]) -> DateRange:
    """The range of months right after ``chosen``'s years and inside them, when there is one: "Hiver 24/25 · déc. 2024
    – avr. 2025" names its season, then dates it more finely. Only for one season's years: the months in brackets
    after a longer span, or after it, are a part of it ("2017 – 2022 (mars 2018 – juin 2018 en arrêt)", "2016 – 2021 ·
    Jan 2017 – Mar 2017 secondment"); in brackets after one season's years, the months date it ("Saison 2022-2023
    (nov. 2022 – avr. 2023)") unless words follow them there (what happened in those months)."""
    if not (
        chosen.start is not None
        and chosen.end is not None
        and chosen.start.isdigit()
        and chosen.end.isdigit()
        and int(chosen.end) - int(chosen.start) == 1
    ):
        return chosen
    for later in ranges:
        between = plain[chosen.stop : later.begin]
        bracketed = re.search(r"[(\[]", between) is not None
        inside = re.match(r"[^)\]]*[)\]]?", plain[later.stop :])
        if (
            later.begin >= chosen.stop
            and later.has_month
            and not strip_punct(between)
            and not (bracketed and (inside is None or strip_punct(inside.group())))
            and str(chosen.start) <= str(later.start)[:4] <= str(chosen.end)
        ):
            if bracketed and inside is not None:
                # (the season's years and the bracket go with the months: "Hiver 2021/2022 (déc. 2021 – avr. 2022)")
                return replace(later, begin=chosen.begin, stop=later.stop + inside.end())
            return later
    return chosen


def _classify(text: str) -> _Info:
    text = clean(text)
    bullet = is_bullet(text)
    plain = strip_bullet(text) if bullet else text
    if bullet and _NUMBERED_RE.match(text) and _numbered_employer(plain):
        bullet = False  # "1) Bajaj Auto Ltd., Chakan" over "Designation : …": jobs numbered like a list
        text = plain
    word_count = len(plain.split())
    # ("Thèse d'École : « Les comptes de la fabrique de Saint-Hilaire-le-Grand (1380-1460) »": the years a title in
    # quotation marks names are its subject's, no entry's dates)
    ranges = [
        found
        for found in find_date_ranges(plain)
        if not _noun_years(plain, found) and not _in_quotes(plain, found.begin)
    ]
    chosen: DateRange | None = None
    post = False
    for candidate in ranges:
        if candidate.current or candidate.end != candidate.start:
            chosen = _months_within(plain, candidate, ranges)
            break
    if (
        # ("Étés 2021, 2022 et 2023": the last two read as one range, the first year alone before it; "Hivers
        # 2022-2023 et 2023-2024", "Winter seasons 2015/16 & 2016/17": seasons that each run over two years)
        (chosen is None or not any(r.current for r in ranges))
        and len(ranges) >= 2
        and all(_SEASONS_JOIN_RE.match(fold(plain[a.stop : b.begin])) for a, b in pairwise(ranges))
        # (in a bullet, only when the years open it: "• Presidents Club 2015, 2016" is an award's years)
        and (not bullet or not strip_punct(_SEASON_END_RE.sub("", plain[: ranges[0].begin])))
    ):
        # "été 2019 et été 2020", "2018, 2019 and 2021": seasons or years listed, one stretch from first to last.
        chosen = DateRange(
            ranges[0].start,
            ranges[-1].end or ranges[-1].start,
            False,
            ranges[0].begin,
            ranges[-1].stop,
            _stretches(ranges),
        )
    if chosen is None and ranges:
        lone = ranges[0]
        rest_words = len(_remove_span(plain, lone.begin, lone.stop).split())
        # ("Été 2015 : Stagiaire, KPMG …": a season's name before the year is part of the date.)
        # ("… University of Exeter, 2013 (First)": a remark in brackets after the year leaves it at the edge.)
        # ("… | NIT Patna | 2015 | 7.9 CGPA": a table's grade column after the year leaves it at the edge too.)
        # ("… – IAE de Tours (2010), formation continue": how the studies were followed, after the year, too.)
        after = _SCORE_TAIL_RE.sub("", _STUDY_MODE_TAIL_RE.sub("", _BRACKETS_RE.sub("", plain[lone.stop :])))
        if re.search(r"\([^()]*$", plain[: lone.begin]) and _BRACKET_CLOSES_LINE_RE.match(after):
            after = ""  # ("Stage de 3ème : Pharmacie Centrale, Lens (février 2022, 1 semaine)": the closing bracket
            # holds the date and the stay's length)
        at_edge = not strip_punct(_SEASON_END_RE.sub("", plain[: lone.begin])) or not strip_punct(after)
        if not bullet and (rest_words <= 8 or (at_edge and rest_words <= 16) or _opens_row(plain, lone)):
            chosen = lone
        elif (
            bullet
            # (a remark in brackets aside: "… avec Adecco, plusieurs missions courtes (aide cuisine, nettoyage, …)")
            and len(_BRACKETS_RE.sub("", _remove_span(plain, lone.begin, lone.stop)).split()) <= 14
            and not strip_punct(_SEASON_END_RE.sub("", plain[: lone.begin]))
            and _LEADING_RANGE_RE.match(plain[lone.stop :])
            and _TITLE_EMPLOYER_RE.search(plain[lone.stop :])
            and _titled(_LEADING_RANGE_RE.sub("", plain[lone.stop :], count=1))
        ):
            chosen = lone  # "• Été 2011 : Plongeuse – Le Grand Café": a bullet opened by its year and a colon
        elif (
            bullet
            and not strip_punct(_SEASON_END_RE.sub("", plain[: lone.begin]))
            and _title_then_dash(plain[lone.stop :])
        ):
            chosen = lone  # "• 2015 Comédien – « Les Bonnes Intentions », m.e.s. … – Cie du Troisième Jour, …"
        elif bullet and rest_words <= 12 and not strip_punct(after) and _closes_header(plain[: lone.begin]):
            chosen = lone  # "• Femme de chambre – Hôtel Ibis (Épinal) – Été 2014": the year closes the header
        elif bullet and _bracketed_after_title(plain, lone):
            chosen = lone  # "• Stage de seconde (2 semaines, juin 2025) : Crédit Mutuel, agence …"
    lone_year = chosen is not None and chosen.start == chosen.end and not chosen.current
    if (
        chosen is not None
        and lone_year
        and (
            _in_year_phrase(plain[: chosen.begin])
            or _result_phrase(plain[: chosen.begin])
            or _result_after_year(plain[: chosen.begin], plain[chosen.stop :])
        )
    ):
        chosen = None  # "Réduction de 18 % des arrêts non planifiés en 2022": a sentence ending with its year
    if chosen is not None and bullet and chosen.begin > 0 and _PROSE_RANGE_RE.match(fold(plain[chosen.begin :])):
        chosen = None  # "• Productivité +15 % entre 2004 et 2008.": an achievement's years, said in a sentence
    if chosen is not None and bullet and len(ranges) >= 3 and _lower_words(plain[: ranges[0].begin]) >= 1:
        chosen = None  # "• Organisation des scrutins 2020, 2021, 2022 et 2024": the years a duty came round
    if (
        chosen is not None
        and bullet
        and _YEARS_JOINED_RE.fullmatch(fold(plain[chosen.begin : chosen.stop]))
        and strip_punct(_SEASON_END_RE.sub("", plain[: chosen.begin]))
        and not _opens_with_title(plain[: chosen.begin])
    ):
        chosen = None  # "• Inspections ANSM 2020 et 2024, FDA 2022": two years an event came round, no span of time
    # (a remark in brackets after the dates is not counted: "• Project Trainee – Space Applications Centre (ISRO),
    # Ahmedabad – Jan 2012 to June 2012 (final semester industrial training).")
    remark = chosen is not None and not strip_punct(_BRACKETS_RE.sub("", plain[chosen.stop :]))
    if (
        chosen is not None
        and bullet
        and _BRACKET_CLOSES_RE.fullmatch(plain[chosen.stop :])
        and _closes_header(plain[: chosen.begin])
    ):
        pass  # "• Régie générale de tournée – « Sous la glace », Cie Les Ombres Portées, tournée nationale (janv. – mai
        # 2022)": a title and its employer however long, the dates closing the line in their bracket
    elif (
        chosen is not None
        and bullet
        and len((plain[: chosen.stop] if remark else plain).split()) > 14
        and not _opens_header(plain, chosen)
        and not _bracketed_after_title(plain, chosen)
    ):
        chosen = None  # a date inside a sentence ("increased sales by 20 % in 2019")
    elif chosen is not None and bullet and word_count > 8 and _lower_words(plain[: chosen.begin]) >= 5:
        chosen = None  # "• Precept new graduate RNs; served as unit charge nurse on weekend shifts since 2021."
    elif chosen is not None and bullet and _deed_before(plain[: chosen.begin], plain[chosen.stop :]):
        # "• Détachement de 12 mois au bureau de New York (2012 – 2013)": a deed and its years (but a title alone over
        # its period is kept for ``_posts_under_titled_headers`` to judge)
        post = _post_over_its_period(plain, chosen)
        chosen = chosen if post else None
    elif chosen is not None and bullet and _deed_around(plain[: chosen.begin], plain[chosen.stop :]):
        chosen = None  # "• Pilotage du schéma directeur SI 2018-2023 : budget annuel de 22 M€": a plan's years
    rest = _remove_span(plain, chosen.begin, chosen.stop) if chosen else plain
    if chosen is None and not bullet and word_count <= 4 and find_present_word(plain):
        chosen = DateRange(None, None, True, 0, len(plain))
        rest = ""
    present_lead = False
    if chosen is None:
        lead = _PRESENT_LEAD_RE.match(fold(plain))
        if lead:
            present_lead = True
            rest = clean(plain[lead.end() :])
    headerish = (
        not bullet
        and (0 < len(rest.split()) <= 14 or _long_titled_header(rest))
        and not sentence_end(rest)
        and (not rest.endswith(":") or _title_before_colon(rest))
        # (a line of fields apart that opens with a title is no sentence: "Leveraged Finance Intern | Crédit
        # Agricole CIB | Paris")
        and (not _PROSE_RE.match(rest) or (title_score(fold(rest.split(" | ")[0])) >= 1 and rest.count(" | ") >= 2))
        and (
            not _LABEL_VALUE_RE.match(rest)
            or FIELD_LABEL_RE.match(rest) is not None
            or colon_pair(rest) is not None
            or _CODED_NAME_RE.match(rest) is not None
        )
        and PARTNERS_RE.sub("", rest).count(",") <= 3
    )
    return _Info(plain, bullet, chosen, rest, headerish, present_lead, post)


# The column heads of a table of jobs or studies, flattened into lines ("Dates", "Poste / Entreprise",
# "Role / Company", "Année | Diplôme | Établissement"): labels, not an entry's header.
_COLUMN_WORDS_TEXT = """
    dates date periode period periods annee annees year years duree duration poste postes fonction fonctions role
    roles intitule position positions title job entreprise entreprises societe employeur employeurs company companies
    employer employers organisation organization structure lieu lieux location ville city diplome diplomes degree
    degrees qualification qualifications etablissement ecole school institution missions mission description
    responsabilites responsibilities board university universite college institute examination exam exams course
    courses stream specialisation specialization subject subjects percentage marks cgpa gpa grade grades result
    results passing sr no s class division mention note notes obtention navire navires vessel vessels armateur
    armateurs rank realisations realizations achievements taches tasks service services detail details commentaire
    commentaires comments observations basis statut status contrat contract affectation cabinet modalites
"""
_COLUMN_WORDS = frozenset(_COLUMN_WORDS_TEXT.split())
_DATE_COLUMN_WORDS = frozenset(["dates", "date", "periode", "period", "periods", "annee", "annees", "year", "years"])
# What stands between or before the heads: separators, "et", "and", "Main" in "Main Responsibilities".
_COLUMN_FILLERS = frozenset(["/", "|", "&", ",", "+", "-", "–", "et", "and", "ou", "or", "main", "key", "principales"])


def column_heads(text: str, *, alone: bool = False) -> bool:
    """Whether a line holds only a table's column heads: two of them or more, or a date column's alone (any one
    with ``alone``: the cells of a heading row flattened one per line)."""
    words = [w for w in re.findall(r"[\w'’]+|[/|&,+–-]", fold(text)) if w not in _COLUMN_FILLERS]
    if not words or not all(w in _COLUMN_WORDS for w in words):
        return False
    return alone or len(words) >= 2 or words[0] in _DATE_COLUMN_WORDS


def _title_before_colon(text: str) -> bool:
    """ "Project Manager:" above the bullets of a job: a title the CV introduces its duties with, unlike
    "Responsibilities:" or "Key achievements:"."""
    words = text[:-1].split()
    return 0 < len(words) <= 6 and title_score(fold(text[:-1])) >= 1.5


# What parts a header's fields: a comma, a bar, a dot, a spaced dash.
_HEADER_SEPARATOR_RE = re.compile(r"[,|·•]|\s[–—-]\s")
# A capitalised word right before a year and another right after it, the name going on ("Paris 2024 Organising
# Committee", "Expo 2020 Dubai").
_NAME_BEFORE_YEAR_RE = re.compile(r"(?:^|\s)[A-ZÀ-Ý][\w'’-]*\s+$")
_NAME_AFTER_YEAR_RE = re.compile(r"\s+[A-ZÀ-Ý][a-zà-ÿ]+")
# A capitalised word right before a year, with no separator between ("Natura 2000", "Horizon 2020").
_NAMED_YEAR_RE = re.compile(r"\S\s+[A-ZÀ-Ý][a-zà-ÿ]+\s+$")


# Surnames listed with commas and closed by "&" (and perhaps a legal form): a law or accounting firm's name
# ("Skadden, Arps, Slate, Meagher & Flom LLP", or in capitals "SKADDEN, ARPS, SLATE, MEAGHER & FLOM LLP"), one name
# whatever its commas.
_SURNAME = r"[A-Z](?:[a-z'’-]+|[A-Z'’-]+)"
PARTNERS_RE = re.compile(
    rf"(?:{_SURNAME}, ){{2,}}{_SURNAME}(?: {_SURNAME})? & {_SURNAME}(?: (?:LLP|LLC|L\.L\.P\.|P\.C\.|PC))?"
)


def _commemorated_date(info: _Info, infos: list[_Info]) -> bool:
    """ "EHU Oran 1er Novembre 1954", "Université 8 Mai 1945 Guelma": a day's date run into a name with no separator
    before it, decades before every other date of the section, is the event the body is named after, no date of a
    job."""
    here = info.dates
    if not _lone(here) or here is None or info.bullet or not here.start or len(here.start) < 7:
        return False
    before = info.text[: here.begin]
    others = [int(other.dates.start[:4]) for other in infos if other is not info and other.dates and other.dates.start]
    return bool(
        info.text[here.begin : here.begin + 1].isdigit()  # (the day: "1er", "8")
        and _NAMED_YEAR_RE.search(before)
        and not _HEADER_SEPARATOR_RE.search(before)
        and others
        and all(year - int(here.start[:4]) >= 25 for year in others)
    )


def _lone(dates: DateRange | None) -> bool:
    return dates is not None and bool(dates.start) and not dates.current and dates.end in (None, dates.start)


_YEAR_START_RE = re.compile(r"^\s*(?:19|20)\d\d\b")


# A row whose first cell is a range cut after its dash's next word ("septembre 2017 – mars", "Septembre 2019 – à
# ce"), and the row under it whose first cell ends that range ("2021", "jour").
_CUT_CELL_RE = re.compile(
    r"^(?P<dates>[^|]*\b(?:19|20)\d\d\s*(?:[–—-]|→|->)\s*(?:(?P<last>[^\W\d_]+\.?)|à ce)?)\s*\|\s*(?P<rest>\S.*)$"
)
# (or the open end alone: "avr. 2017 →" over "Aujourd'hui"; a remark in brackets may follow the end, "2024 (saisons)")
_CELL_END_RE = re.compile(
    r"^(?P<end>(?P<year>(?:19|20)\d\d)|jour|aujourd['’]hui|present|today|now|current|en cours)"
    r"(?P<remark>\s*\([^()|]*\))?\s*\|\s*(?P<rest>\S.*)$",
    re.I,
)


_CUT_TAIL_RE = re.compile(
    r"^(?P<rest>.*\S)\s*\|\s*(?P<dates>[^|]*\b(?:19|20)\d\d\s*(?:[–—-]|→|->|à|au|to)\s*(?P<last>[^\W\d_]+\.?))$"
)
# A row that holds a short name, a town's, then its dates after a bar or a dash ("Innsworth | 2016 – 2019").
_TOWN_ROW_RE = re.compile(r"^(?P<town>[A-ZÀ-Ý][^|–—,\d]{1,40}?)\s+[|–—]\s+(?P<dates>.*\b(?:19|20)\d\d\b.*)$")
_YEAR_ROW_RE = re.compile(r"^(?:(?P<text>[^|]*\S)\s*\|\s*)?(?P<year>(?:19|20)\d\d)$")
# A row whose last cell is a range cut right after its dash ("Technicien support — Crédit Agricole | Sept. 2025 –"),
# and the row under it whose last cell ends that range ("Technologies et Services, Montreuil | aujourd'hui").
_OPEN_TAIL_RE = re.compile(r"^(?P<rest>[^|]*\S)\s*\|\s*(?P<dates>[^|]*\b(?:19|20)\d\d\s*(?:[–—-]|→|->))$")
_END_ROW_RE = re.compile(
    r"^(?P<text>[^|]*[^\W\d_][^|]*?)\s*\|\s*(?P<end>aujourd['’]hui|present|today|now|current|en cours|ce jour|"
    r"(?:[^\W\d_]+\.?\s+)?(?:19|20)\d\d)$",
    re.I,
)


def _row_closes_range(dates: str, closing: re.Match[str]) -> bool:
    """Whether a row's last cell ends the range cut after its dash on the row above, its first cell carrying on that
    row's: no title of its own ("Chargée RH (CDD) | Janvier 2021" under "Responsable RH | Mars 2021 –" is the next
    post), and an end no earlier than the range's start."""
    if title_score(fold(closing.group("text"))) >= 1:
        return False
    ranges = find_date_ranges(f"{dates} {closing.group('end')}")
    return (
        bool(ranges)
        and ranges[0].start is not None
        and (ranges[0].current or (ranges[0].end is not None and ranges[0].end >= ranges[0].start))
    )


def _range_end_wrapped(line: str, following: str) -> bool:
    """Whether ``following`` is a dash (read as a bullet) and a date alone, ending the lone start date that closes
    ``line``: a range wrapped after its start ("… | Sep 2014" over "– Dec 2018")."""
    if not is_bullet(following):
        return False
    end = strip_bullet(following).strip()
    ends = find_date_ranges(end)
    if len(ends) != 1 or ends[0].begin > 0 or strip_punct(end[ends[0].stop :]) or not _lone(ends[0]):
        return False
    starts = find_date_ranges(line)
    return (
        bool(starts)
        and _lone(starts[-1])
        and starts[-1].begin > 0
        and not strip_punct(line[starts[-1].stop :])
        and str(ends[0].start) >= str(starts[-1].start)
    )


# A line cut right after a bracket opened for its dates ("… (depuis", "… (since", "… ("), and a line of dates alone that
# closes it ("janvier 2022)", "2019 – 2021)").
_OPEN_BRACKET_END_RE = re.compile(r"\((?:depuis|since|de|from|du|dès)?\s*$", re.I)
_CLOSING_DATES_RE = re.compile(r"^[^()]{4,40}\)\s*$")


# A line's bracket, closed, then the dates alone: "annuelles) — 2017 – 2019" (the bracket's end), "(Madagascar) — 2011 –
# 2012" (a bracket whole).
_BRACKET_THEN_DATES_RE = re.compile(r"^(?P<bracket>[^()]*\)|\([^()]*\))\s*[–—|,-]?\s*(?P<dates>.+)$")


def _header_wrapped_before_dates(line: str, following: str) -> bool:
    """Whether ``following`` ends ``line``'s header: it closes the bracket ``line`` left open (opening in lower case),
    or holds a bracket whole, then only the header's dates, and neither line is a bullet or dated already."""
    match = _BRACKET_THEN_DATES_RE.match(following.strip())
    if match is None or is_bullet(line) or is_bullet(following) or find_date_ranges(line):
        return False
    opened = line.count("(") > line.count(")")
    if match.group("bracket").startswith("("):
        if opened or line.rstrip().endswith((".", ";", ":")):
            return False
    elif not opened or not match.group("bracket")[:1].islower():
        return False
    ranges = find_date_ranges(match.group("dates"))
    return (
        len(ranges) == 1
        and not strip_punct(match.group("dates")[: ranges[0].begin])
        and not strip_punct(match.group("dates")[ranges[0].stop :])
    )


def _months_rejoined(texts: list[str]) -> list[str]:
    """ "Hôpital Saint-Louis, mars" then "2015 – févr. 2016": a date cut between its month and its year (a narrow
    column) is put together again on the second line."""
    out = list(texts)
    for index in range(len(out) - 1):
        cut = _CUT_CELL_RE.match(out[index])
        end = _CELL_END_RE.match(out[index + 1])
        if cut and end and is_month_word(cut.group("last") or "") == bool(end.group("year")):
            # "septembre 2017 – mars | Assistante" over "2021 | Nexity Lamy": a date column too narrow for its
            # range, the range's end wrapped onto the next row; the range goes together again on the first.
            out[index] = f"{cut.group('dates')} {end.group('end')}{end.group('remark') or ''} | {cut.group('rest')}"
            out[index + 1] = end.group("rest")
            continue
        tail = _CUT_TAIL_RE.match(out[index])
        year = _YEAR_ROW_RE.match(out[index + 1])
        if tail and year and is_month_word(tail.group("last")):
            # "Pharmacien AQ — Servier Industrie, | septembre 2011 à avril" over "Gidy | 2016" (or over "2016"
            # alone): the dates set at the right margin, the range's year and the cell beside it wrapped onto the
            # next row; both go back to the first row, the second left empty.
            rest = f"{tail.group('rest')} {year.group('text')}" if year.group("text") else tail.group("rest")
            out[index] = f"{rest} | {tail.group('dates')} {year.group('year')}"
            out[index + 1] = ""
            continue
        opened = _OPEN_TAIL_RE.match(out[index])
        closing = _END_ROW_RE.match(out[index + 1])
        if opened and closing and _row_closes_range(opened.group("dates"), closing):
            # "Technicien support en alternance — Crédit Agricole | Sept. 2025 –" over "Technologies et Services,
            # Montreuil | aujourd'hui": the row's two cells wrapped together, the employer's name with the range; each
            # goes back whole to the first row (a town alone on the second row, after a comma)
            text = closing.group("text")
            joint = ", " if geo.find_places(text) and len(text.split()) <= 3 else " "
            out[index] = f"{opened.group('rest')}{joint}{text} | {opened.group('dates')} {closing.group('end')}"
            out[index + 1] = ""
            continue
        town_row = _TOWN_ROW_RE.match(out[index + 1])
        if (
            town_row
            and out[index].rstrip().endswith(",")
            and not is_bullet(out[index])
            and _HEADER_SEPARATOR_RE.search(out[index].rstrip()[:-1])
            and not find_date_ranges(out[index])
            and len(town_row.group("town").split()) <= 3
            and title_score(fold(town_row.group("town"))) < 1
            and find_date_ranges(town_row.group("dates"))
        ):
            # "SO1 Logistic Plans — Headquarters Allied Rapid Reaction Corps (ARRC)," over "Innsworth | 2016 – 2019":
            # the header wrapped after the comma before its town (known or not), which the next row holds beside the
            # dates
            out[index] = f"{out[index].rstrip()} {out[index + 1].strip()}"
            out[index + 1] = ""
            continue
        if _range_end_wrapped(out[index], out[index + 1]):
            # "Senior Quality Engineer | Becton Dickinson | Sep 2014" over "– Dec 2018" (read as a bullet): the
            # range's end, wrapped after its dash onto a line of its own
            out[index] = f"{out[index].rstrip()} – {strip_bullet(out[index + 1]).strip()}"
            out[index + 1] = ""
            continue
        if _OPEN_BRACKET_END_RE.search(out[index]) and _CLOSING_DATES_RE.match(out[index + 1]):
            ranges = find_date_ranges(out[index + 1])
            if ranges and ranges[0].begin == 0:
                # "Ingénieure développement de projets solaires — TotalEnergies Renewables (depuis" over "janvier
                # 2022)": the bracket that dates the line wrapped after its opening word; the date goes back to it
                out[index] = f"{out[index].rstrip()} {out[index + 1].strip()}"
                out[index + 1] = ""
                continue
        if _header_wrapped_before_dates(out[index], out[index + 1]):
            # "Chercheur post-doctorant – CIRAD, UPR AIDA (Agroécologie et intensification durable des cultures" over
            # "annuelles) — 2017 – 2019", "… (AVSF), Fianarantsoa" over "(Madagascar) — 2011 – 2012": a header
            # wrapped inside or before a bracket, its dates on the second line; read apart, the first was taken for
            # the end of the bullet above
            out[index] = f"{out[index].rstrip()} {out[index + 1].strip()}"
            out[index + 1] = ""
            continue
        words = out[index].split()
        if fold(out[index]).rstrip(" ,").endswith("rio de janeiro"):
            continue  # (the town's name ends with January in Portuguese)
        if len(words) >= 2 and is_month_word(words[-1]) and _YEAR_START_RE.match(out[index + 1]):
            out[index] = out[index][: out[index].rstrip().rfind(words[-1])].rstrip(" ,–-")
            out[index + 1] = f"{words[-1]} {out[index + 1].lstrip()}"
    return out


def _season_opens(info: _Info) -> bool:
    """Whether a line opens with its dates after a season's name alone ("saisons 2021 et 2022 : …", "été 2019 – …"),
    as a header does; the lower case of the season's word opens no sentence's end."""
    dates = info.dates
    return dates is not None and dates.begin > 0 and not strip_punct(_SEASON_END_RE.sub("", info.text[: dates.begin]))


# A number, perhaps ordinal, before a capitalised name: "2e Régiment", "1er RCP", "21 Engineer Regiment".
_NUMBERED_NAME_RE = re.compile(r"^\s*\d{1,3}(?:er|re|e|ème|eme|st|nd|rd|th)?\s+(?-i:[A-ZÀ-Ý])")


def _numbered_unit(text: str) -> bool:
    """A line that opens with a unit of the armed forces or the emergency services numbered before its name ("2e
    Régiment étranger de parachutistes (2e REP), Calvi", "21 Engineer Regiment, Ripon"), up to its first field's end."""
    head = re.split(r",\s|\s[–—|-]\s|\s\(", text.strip(), maxsplit=1)[0]
    return _NUMBERED_NAME_RE.match(head) is not None and MILITARY_UNITS_RE.search(fold(head)) is not None


# An ordinal opening a line, up to the first field separator ("2nd Grade Bilingual Teacher | …", "1st Officer – …").
_ORDINAL_OPENING_RE = re.compile(r"^\s*\d{1,2}(?:st|nd|rd|th)\s[^|–—]+?(?=\s[|–—-]\s)")


def _ordinal_title(text: str) -> bool:
    """Whether a line opens with a title whose first word is an ordinal, its fields set apart after it ("2nd Grade
    Bilingual Teacher | Aldine ISD, Houston, TX | Aug 2016 - Jun 2019"): a job's header, no sentence going on."""
    opening = _ORDINAL_OPENING_RE.match(text)
    return opening is not None and title_score(fold(opening.group())) >= 1


def _bullet_continuations(infos: list[_Info]) -> None:
    """A line that carries on a bullet point cut by the layout ("- Averaged 117% of annual quota" / "from 2022 to
    2025."): no sentence ended, and it opens in lower case or with a number before its date. Its date is the
    sentence's, not an entry's."""
    carried = False
    for index in range(1, len(infos)):
        info, before = infos[index], infos[index - 1]
        if info.bullet or not (before.bullet or carried) or before.text.rstrip().endswith((".", "!", "?", ":", ";")):
            carried = False
            continue
        # (a remark in brackets wrapped under its bullet opens as the sentence goes on: "• 32 ha en AOC Chinon,
        # conversion bio" / "(certifié 2019)")
        first = info.text.lstrip().lstrip("([")[:1]
        # ("… led the integration of the Sara" / "Lee personal care brands (2010).": the sentence ends on this line.)
        ends_sentence = info.text.rstrip().endswith((".", ").")) and not abbreviation_stop(info.text.rstrip())
        cut_mid_sentence = len(before.text.split()) >= 8
        # (not a name opened by figures, then a title after a dash: "24S — Merchandiser e-commerce | 2019 – 2021")
        named = first.isdigit() and _DIGIT_NAMED_HEADER_RE.match(info.text.lstrip()) is not None
        if named:
            # (and a title after the dash: not "120 magasins – Nord et Est, 2018 – 2019", a duty's wrapped end)
            after = re.split(r"\s[–—|-]\s", info.text.lstrip(), maxsplit=1)[1]
            after = re.split(r"\s\|\s|,\s|\s\(|\s(?:19|20)\d\d", after)[0]
            named = title_score(fold(after)) >= 1
        # (nor a unit numbered before its name, "2e Régiment étranger de parachutistes (2e REP), Calvi – 2009 à 2024",
        # "21 Engineer Regiment": an employer's line; nor a title opened by an ordinal before its fields, "2nd Grade
        # Bilingual Teacher | Aldine ISD")
        named = named or _numbered_unit(info.text) or _ordinal_title(info.text)
        carried = first.islower() or (first.isdigit() and not named) or (ends_sentence and cut_mid_sentence)
        if carried and _season_opens(info) and not ends_sentence:
            carried = False  # ("saisons 2021 et 2022 : animatrice – Camping Les Pins": a header opened by its season)
        if carried and info.dates is not None and info.dates.begin > 0:
            info.dates = None
            info.headerish = False


def _bracketed_deed_dates(infos: list[_Info]) -> None:
    """A description's line whose dates sit inside a remark in brackets, words after them in the bracket and a list of
    duties in lower case after it ("Montage des tournées (tournée nationale 2022-2023 : 38 dates), contrats de
    cession, DRAC"): the dates of a deed, no job's."""
    # (and a bullet's: "• Op HERRICK 17, Afghanistan (2012–13): force protection works at Camp Bastion", where the
    # section writes its jobs' dated lines with no bullet)
    plain_dated = any(info.dates is not None and not info.bullet for info in infos)
    for info in infos:
        dates = info.dates
        if dates is None or (info.bullet and not plain_dated):
            continue
        text = strip_bullet(info.text) if info.bullet else info.text
        begin, stop = dates.begin - (len(info.text) - len(text)), dates.stop - (len(info.text) - len(text))
        opening = text.rfind("(", 0, begin)
        closing = text.find(")", stop)
        if opening < 0 or closing < 0 or ")" in text[opening:begin]:
            continue
        before, after = text[:opening].strip(), text[closing + 1 :]
        if len(before.split()) < 2 or title_score(fold(before)) >= 1:
            continue
        if (re.search(r"[^\W\d_]{2,}", text[stop:closing]) and re.match(r"\s*,\s+[a-zà-ÿ]", after)) or (
            info.bullet and re.match(r"\s*:\s*[a-zà-ÿ]", after) and not _post_after_colon(after)
        ):
            info.dates, info.rest, info.headerish = None, info.text, False


def _post_after_colon(after: str) -> bool:
    """Whether the words after a bracket's colon name a post or its terms ("• Thales Alenia Space (2012–2013): stage
    de fin d'études", ": vendeur en CDD"): a job of the bullet's, not an operation's duties ("force protection
    works at Camp Bastion")."""
    words = fold(after.strip(" :")).split()
    return bool(words) and (title_score(" ".join(words)) > 0 or words[0] in _CONTRACT_OPENERS)


def _prose_line(info: _Info) -> bool:
    """A line of description that does not close its sentence: seven words or more with no date, read as prose (no
    header's line: it has a comma or a full stop inside, or ten words or more)."""
    text = info.text.rstrip()
    words = text.split()
    return (
        info.dates is None
        and len(words) >= 7
        and not text.endswith((".", "!", "?", ":", ";"))
        and (not info.headerish or ", " in text or ". " in text or len(words) >= 10)
    )


def _prose_continuations(infos: list[_Info], bolds: list[bool]) -> None:
    """A line that carries on a description cut by the layout, bulleted or not ("Missions d'audit … (CA" / "20 M€ à
    2 Md€).", "… Pilotage des" / "people reviews, accompagnement de la réorganisation 2023,"): it closes a bracket
    left open above, or follows prose that stopped mid-sentence and opens in lower case or ends the sentence. It heads
    no entry, and its year alone is the sentence's ("… Meilleur vendeur région" / "Sud-Ouest 2006."). (A name's end
    after a connector, "… Agence du revenu du" / "Canada", is left to the header; so is the line under a bold one,
    a header's: "Université Grenoble Alpes — Licence professionnelle …, gestion des milieux" / "aquatiques (2015)".)"""
    for index in range(1, len(infos)):
        info, before = infos[index], infos[index - 1]
        text = info.text.strip()
        if info.bullet or not text or bolds[index - 1]:
            continue
        above = before.text.rstrip()
        opened = above.count("(") > above.count(")") and text.count(")") > text.count("(")
        if (
            not (opened and before.dates is None and len(above.split()) >= 4)
            and not (
                _prose_line(before)
                # (not a brand in lower case then capitals, "iAdvize, Nantes – Développeur front 2016": a header)
                and (
                    (text[:1].islower() and not re.match(r"[a-z]+[A-Z]", text))
                    or (text.endswith(".") and not abbreviation_stop(text))
                )
            )
        ):
            continue
        if info.dates is not None and not (_lone(info.dates) and info.dates.begin > 0):
            continue  # ("… École Nationale Supérieure" / "d'Informatique et d'Analyse des Systèmes — Rabat | 2015 –
            # 2018": a header's line wrapped, over its range)
        info.headerish = False
        info.dates, info.rest = None, info.text


def _bracket_closed(info: _Info) -> bool:
    """Whether a bullet's lone year was read as closing its header in brackets ("… Cefalù (été 2012)")."""
    dates = info.dates
    if dates is None or not info.bullet or dates.start != dates.end or dates.current:
        return False
    before = _SEASON_END_RE.sub("", info.text[: dates.begin]).rstrip()
    return before.endswith("(") and _closes_header(info.text[: dates.begin])


def _bracketed_duties(infos: list[_Info], jobs: bool) -> None:
    """A bullet closed by a year in brackets heads a job only in a list of jobs: not in studies ("• Animateur BAFA,
    UFCV Lyon (2015)"), nor under a job's dated header line, whose duty or side role it is ("• Tutrice, accueil de 4
    alternantes (2021)" under "Responsable de magasin – Sephora | 2018 – 2023")."""
    for index, info in enumerate(infos):
        if not _bracket_closed(info):
            continue
        above = next((other for other in reversed(infos[:index]) if other.dates is not None), None)
        if not jobs or (above is not None and not above.bullet):
            info.dates = None


def _bracketed_notes(infos: list[_Info]) -> None:
    """A line of capitals that names no title, its year in a bracketed remark, under a job's dated header whose
    period holds that year: a note of that job's ("FORMATION (CACES 3, 5 – 2019)" under "Cariste, Geodis, Lyon —
    2016–2022"), not the next job's header."""
    above: DateRange | None = None
    for info in infos:
        dates = info.dates
        if dates is None:
            continue
        outside = re.sub(r"\([^()]*\)", " ", info.text)
        if (
            not info.bullet
            and above is not None
            and above.start
            and dates.start is not None
            and dates.start == dates.end
            and "(" in info.text[: dates.begin]
            and ")" in info.text[dates.stop :]
            and not strip_punct(info.text[info.text.rfind(")") + 1 :])
            and outside.isupper()
            and len(outside.split()) <= 3
            and title_score(fold(outside)) < 1
            and above.start[:4] <= dates.start[:4] <= (above.end or "9999")[:4]
        ):
            info.dates = None
            continue
        if not info.bullet:
            above = dates


# What the time went to, opening a bracketed remark between jobs ("formation de développeur web chez
# OpenClassrooms", "création de ma société"): an activity, though a title may follow in its words.
_REMARK_ACTIVITY_RE = re.compile(
    r"^(?:formations?|creation|preparation|reconversion|voyages?|conges?|projet personnel|annee sabbatique)\b"
)


def _bracketed_remarks(infos: list[_Info]) -> None:
    """A line wholly in brackets that opens on its dates, what was done then in lower case after them ("(nov. 2020 –
    mai 2021 : création de ma société et certification manager de transition)"): a remark between two jobs on what
    the time went to, no job's header. Not a post written so, a title opening what follows the dates ("(2019 – 2020 :
    vendeur chez Fnac, Metz)", "(2018 – 2020: sales assistant at Boots, Leeds)")."""
    for info in infos:
        text = info.text.strip()
        if (
            info.dates is not None
            and not info.bullet
            and text.startswith("(")
            and text.endswith(")")
            and text.count("(") == 1
            and info.dates.begin <= 1
            and info.rest[:1].islower()
            and (
                _REMARK_ACTIVITY_RE.match(fold(info.rest))
                or title_score(fold(_FIELDS_APART_RE.split(info.rest.rstrip(" )."), maxsplit=1)[0])) < 1
            )
        ):
            info.dates, info.rest, info.headerish = None, info.text, False


# What sets a header's fields apart before a bullet's dates ("Serveuse – Le Zinc (2018)", "Stage chez Airbus
# (2019)", "Vendeuse, Zara (2017)"), and a date's opening word at the end of a phrase ("… since 2021").
_FIELDS_APART_RE = re.compile(r"\s[–—|]\s|\s-\s|\s(?:chez|at|@|for|pour)\s|,\s")
_SINCE_END_RE = re.compile(r"(?<!\w)(?:depuis|since|dès)\s*$", re.I)


# A body a role is held in within a post, after a comma ("Chair, Drugs and Therapeutics Committee"); in French the
# body's word opens its name, lower case after it ("Présidente, Comité de lutte contre les infections", "Membre,
# Conseil d'administration"), which a firm's name is not ("Vendeuse, Bureau Vallée"), and only after a side role's
# word: the same words name employers too ("Chargée de mission, Commission européenne", "Juriste, Conseil d'État",
# "Consultante, Bureau d'études Egis").
_BODY_WITHIN_RE = re.compile(
    r"^(?:[^,]+,\s[^,]*\b(?:committee|board|council|panel|working group|task ?force)"
    r"|(?:vice-)?(?:pr[ée]sident|membre|secr[ée]taire|tr[ée]sori|r[ée]f[ée]rent|[ée]lu|repr[ée]sentant|d[ée]l[ée]gu)"
    r"[\wéèê·.]*,\s(?:comit[ée]|conseil|commission|bureau)\s+(?-i:d[eu]\s|des\s|d['’]|[a-zà-ÿ])[^,]*)\s*$",
    re.I,
)


# The words of a role held within a post, not a post of its own ("Year 11 Coordinator", "Grade-level chair"; in
# French "Déléguée du personnel", "Formatrice interne", "Tutrice des apprentis", "Sauveteur secouriste du travail").
_SIDE_ROLE_WORDS_RE = re.compile(
    r"\b(?:chair\w*|head|lead|leader|coordinat\w*|convenor|president\w*|referent\w*|captain)\b(?:'s)?"
    # (the French ones only with what makes them a side role: "Délégué médical", "Représentant export",
    # "Correspondant régional" and "Tuteur pédagogique" are posts of their own)
    r"|\b(?:delegue\w* (?:du personnel|syndica\w*|cse|ce)|elue?s? (?:au|du) (?:cse|ce|chsct)"
    r"|representant\w* (?:du personnel|des salaries|syndica\w*)"
    r"|tut(?:eur|rice)s? (?:des |d')(?:apprentis|stagiaires|alternants)|format(?:eur|rice)s? interne\w*|membre"
    r"|correspondant\w* (?:rgpd|securite|handicap|qualite)|sauveteur secouriste)\b"
)


def _bare_dated_post(plain: str) -> bool:
    """Whether the text before a bullet's bare closing dates (neither bracketed nor after "depuis"/"since") is a post
    of its own: a whole title once the words of a side role are gone ("• Senior Software Engineer 2018 – 2020",
    "• Magasinier Leroy Merlin 2018 – 2020" under "Agent logistique intérimaire – Adecco, Lyon | 2016 – 2022": posts
    or promotions listed as bullets), or a firm's name beside no side role's word; not "• Year 11 Coordinator
    2021–2023" nor "• Grade-level chair 2022-2024"."""
    folded = fold(plain)
    left = _SIDE_ROLE_WORDS_RE.sub(" ", folded)
    return title_score(left) >= 1 or (left == folded and org_score(folded) >= 1)


def _side_roles(infos: list[_Info]) -> None:
    """A bullet under a post, a role closed by its own dates, in brackets or not, or after "depuis"/"since", within
    the post's ("• Professeur principal de 3e (2021-2024)" under "Collège Jean Moulin | Depuis 2020" / "Professeur de
    lettres", "• Head of Social Studies Department since 2021", "• Grade-level chair 2022-2024", "• Chair, Drugs and
    Therapeutics Committee (2019–2022)"): a responsibility held within that post, not another job. Not a bullet that
    sets a title and its employer apart ("• Serveuse – Le Zinc (2018)"), nor posts listed as bullets under an
    employer's line that names no title ("Capgemini | 2015 – 2022" / "• Consultant (2015 – 2018)")."""
    for index, info in enumerate(infos):
        dates = info.dates
        if not info.bullet or dates is None or not dates.begin:
            continue
        before = info.text[: dates.begin]
        bracketed = re.search(r"\([^()]*$", before) is not None
        closing = not strip_punct(info.text[dates.stop :])
        plain = re.sub(r"\([^()]*$", "", before)
        apart = _FIELDS_APART_RE.search(plain) and not _BODY_WITHIN_RE.match(plain.strip())
        if not (bracketed or closing) or not strip_punct(plain) or apart:
            continue
        since = dates.current and (_SINCE_END_RE.search(before) or _SINCE_WORDS_RE.match(info.text[dates.begin :]))
        if not bracketed and not since and _bare_dated_post(plain):
            continue
        anchor = next((i for i in range(index - 1, -1, -1) if infos[i].dates is not None), None)
        if (
            anchor is not None
            and not infos[anchor].bullet
            and _covers(infos[anchor].dates, dates)
            and _titled_header(infos, anchor)
        ):
            info.dates, info.rest, info.headerish = None, info.text, False


# A post's status the bracket closing a title line dates ("(titulaire depuis 2013)", "(CDI depuis 2017)",
# "(permanent since 2019)"): the words of a post made permanent or given its contract, no trainee's, student's or
# temp's ("(stage depuis 2019)" dates a placement of its own, not a status within the job's period).
_TENURE_WORDS = frozenset(
    {"titulaire", "titularise", "titularisee", "contractuel", "contractuelle", "cdi", "cdd", "permanent", "tenured"}
    | {"confirmed"}
)
_STATUS_SINCE_RE = re.compile(r"\s*\((?P<status>[^()]+?)\s+(?:depuis|since)\s+[^()]+\)[\s.]*$", re.I)


def status_since(text: str) -> re.Match[str] | None:
    """The bracket closing a title line that dates the post's status, not the job ("Aide-soignante (titulaire depuis
    2013)"): the post became permanent then, within the job's period."""
    match = _STATUS_SINCE_RE.search(text)
    return match if match and set(fold(match.group("status")).split()) <= _TENURE_WORDS else None


def _status_since(infos: list[_Info]) -> None:
    """A title under its job's dated header line, its status dated in brackets within that job's period ("2011 à
    aujourd'hui | CHU de Reims" over "Aide-soignante (titulaire depuis 2013)"): no dates of a job of its own. Not under
    a header that names another title: the line is then a new post, from the date of its status ("Agent administratif
    – Mairie de Lyon | 2010 – aujourd'hui" over "Rédacteur territorial (titulaire depuis 2016)"); the header's own
    title repeated is the same post ("Infirmière – CHU de Reims | 2011 – aujourd'hui" over "Infirmière (titulaire
    depuis 2013)")."""
    for index, info in enumerate(infos[1:], 1):
        above = infos[index - 1]
        status = status_since(info.text)
        if (
            not info.bullet
            and not above.bullet
            and status
            and _covers(above.dates, info.dates)
            and (
                title_score(fold(above.rest)) < 1
                or fold(strip_punct(info.text[: status.start()]))
                in {fold(strip_punct(part)) for part in _HEADER_SEPARATOR_RE.split(above.rest)}
            )
        ):
            info.dates = None


def _posts_under_titled_headers(infos: list[_Info], jobs: bool) -> None:
    """A title alone over its period in brackets (``_Info.post``) is one of the posts held at the employer above
    when that employer's header names no title ("CRÉDIT AGRICOLE ALPES PROVENCE" / "Avr. 2019 – aujourd'hui" over "›
    Conseiller clientèle professionnels (Juil. 2021 – aujourd'hui)"), or when a post written so comes before it; under
    a header that names the post, it is a side role held within that job ("• Référente numérique de l'école
    (2021-2023)" under "Depuis sept. 2019 | Professeure des écoles – CE1/CE2"), and in studies no job at all."""
    for index, info in enumerate(infos):
        if not info.post or info.dates is None:
            continue
        above = next((number for number in range(index - 1, -1, -1) if infos[number].dates is not None), None)
        if not jobs or (above is not None and not infos[above].bullet and _titled_header(infos, above)):
            info.dates = None


def _titled_header(infos: list[_Info], dated: int) -> bool:
    """Whether the header around a dated line (that line, the header lines right above it and those right under it)
    names a title in one of its parts."""
    lines = [infos[dated].rest]
    for step in (-1, 1):
        number = dated + step
        while 0 <= number < len(infos) and not infos[number].bullet and infos[number].dates is None:
            if not infos[number].headerish:
                break
            lines.append(infos[number].text)
            number += step
    return any(
        title_score(fold(part)) >= 1.0 for line in lines for part in _HEADER_SEPARATOR_RE.split(line) if part.strip()
    )


# A firm named with figures, then a dash and a capitalised title ("24S — Merchandiser", "3M – Ingénieur qualité").
_DIGIT_NAMED_HEADER_RE = re.compile(r"^\d\w*(?:\s\w+)?\s[–—|-]\s[A-ZÀ-Ý]")


# "6 ans 3 mois", "4 years 8 months", "(1 an)": a length of time alone.
TENURE_RE = re.compile(r"^\(?(?:\d+\s*(?:years?|yrs?|months?|mos?|ans?|mois)\s*)+\)?$")


# A labelled line that gives an entry's period ("Période : avril 2023 – juin 2023", "Dates: 2019 – 2021").
_PERIOD_LABEL_RE = re.compile(r"^\W*(?:periode|dates?|annees?|period|duration|duree)\s*:")
# The labels an entry opens with: its post, its employer, its diploma or its school (folded).
_OPENING_LABEL_RE = re.compile(rf"(?i:{POSITION_LABEL}|{EMPLOYER_LABEL}|{TRAINEE_LABEL}|{SCHOOL_LABEL})")
# A job's or a school's labelled line ("Employeur : Mairie de Nantes, 44000 Nantes", "Établissement : …").
ENTRY_LABEL_RE = re.compile(
    rf"^\W*(?:{POSITION_LABEL}|{EMPLOYER_LABEL}|{TRAINEE_LABEL}|{SCHOOL_LABEL})\s*[:：]", re.IGNORECASE
)
_ANY_LABEL_RE = re.compile(r"^\W*([^\W\d][^:]{0,30}?)\s*:\s*\S")


def labelled_dates_first(texts: list[str], bold: list[bool] | None = None) -> tuple[list[str], list[bool] | None]:
    """Entries written as labelled lines, each opened by the same label, with the period labelled further down
    ("Poste : …", "Entreprise : …", "Lieu : …", "Période : …", "Missions : …"): the period line moved to the top of
    its entry, where dated entries are read from (unchanged when the section is written otherwise)."""
    labels = [_ANY_LABEL_RE.match(fold(text)) for text in texts]
    first = next((match.group(1) for match in labels if match is not None), None)
    if first is None or not _OPENING_LABEL_RE.fullmatch(first):
        return texts, bold  # (entries opened by their place, their client or their duties are left as written)
    starts = [index for index, match in enumerate(labels) if match is not None and match.group(1) == first]
    if len(starts) < 2:
        return texts, bold
    if starts[0] == 1 and all(labels[start - 1] is None for start in starts):
        # ("BUT GEII" then "Établissement : IUT1 de Grenoble": the first label was read off as a heading's)
        starts = [start - 1 for start in starts]
    order = list(range(starts[0]))
    for number, start in enumerate(starts):
        stop = starts[number + 1] if number + 1 < len(starts) else len(texts)
        block = list(range(start, stop))
        periods = [i for i in block if _PERIOD_LABEL_RE.match(fold(texts[i])) and find_date_ranges(texts[i])]
        if len(periods) != 1:
            return texts, bold
        order += [periods[0], *(i for i in block if i != periods[0])]
    # (the period's label goes: "2021 – 2024" alone opens the entry as a date line does)
    moved = [texts[i].partition(":")[2].strip() if _PERIOD_LABEL_RE.match(fold(texts[i])) else texts[i] for i in order]
    return moved, [bold[i] for i in order] if bold is not None else None


def _long_header_dated(info: _Info, text: str, long_header: Callable[[str], bool]) -> None:
    """ "Université de Montpellier — Master Biodiversité, Écologie et Évolution, parcours Ingénierie en écologie et
    gestion de la biodiversité (IEGB) (2018)", "2014 Bac pro MELEC (Métiers de l'électricité et de ses environnements
    connectés) — Lycée professionnel Romain Rolland, Amiens": a line too long for the year at its edge to be read as a
    header's is one still when ``long_header`` says its words are (a degree and its long field), and that year is its
    date."""
    ranges = find_date_ranges(info.text)
    if len(ranges) != 1:
        return
    dates = ranges[0]
    closing = not strip_punct(_BRACKETS_RE.sub("", info.text[dates.stop :])) and re.search(
        r"\(\s*$", info.text[: dates.begin]
    )
    if not closing and strip_punct(info.text[: dates.begin]):
        return  # (only a date in brackets closing the line, or one opening it)
    rest = _remove_span(info.text, dates.begin, dates.stop)
    if long_header(rest):
        info.dates, info.rest, info.headerish = dates, rest, True


def _plain_line_below(infos: list[_Info], index: int, stop: int, merged: set[int]) -> bool:
    """Whether the line at ``index``, before ``stop``, is a plain one a header's wrapped cell may go on to: no dates,
    no bullet, not merged into another."""
    return index < stop and infos[index].dates is None and not infos[index].bullet and index not in merged


def group_entries(
    texts: list[str],
    *,
    bold: list[bool] | None = None,
    complete: Callable[[list[str]], bool] | None = None,
    place: Callable[[str], bool] | None = None,
    legal: Callable[[str], bool] | None = None,
    max_header: int = 3,
    jobs: bool = False,
    indents: list[float] | None = None,
    long_header: Callable[[str], bool] | None = None,
) -> list[Entry]:
    """Entries of a section, each with its header lines, date range and body.

    ``bold`` (parallel to ``texts``) helps when bullets are lost: if the first entry's header lines are bold,
    only bold lines are taken as later headers. ``complete`` says when a header has all it needs (e.g. a position
    and an employer), so the lines after it are body. ``place`` says when a line names a place only: such a line
    right under a date line is that entry's ("Chef de réception" / "oct. 2018 - mai 2021" / "Bordeaux, France"),
    never the next entry's header. ``legal`` says when a name is closed by a company's legal form ("BMW AG"): such a
    line under a bold header is its employer, though the header seemed whole ("Engineer – Drive Systems"). ``jobs`` says
    the section lists jobs: an employer's line may head posts, a duty line may close on a date, a job may give only
    its length. ``indents`` (parallel to ``texts``, PDF only) are the lines' left edges: a dated line set further in
    than every other one is a duty's. ``long_header`` says when a line longer than a header's usual length is one
    still (a degree and its long field: "BUT Gestion des Entreprises et des Administrations – parcours …")."""
    texts = _months_rejoined(texts)
    infos = [_classify(t) for t in texts]
    if long_header is not None:
        for index, info in enumerate(infos):
            if info.dates is None and not info.bullet:
                _long_header_dated(info, texts[index], long_header)
            if not info.headerish and not info.bullet and len(info.rest.split()) > 14 and long_header(info.rest):
                info.headerish = True
    if jobs:
        _arrow_duties(texts, infos)
    _bullet_continuations(infos)
    if jobs:
        _bracketed_deed_dates(infos)
        _prose_continuations(infos, bold if bold is not None and len(bold) == len(infos) else [False] * len(infos))
    _bracketed_duties(infos, jobs)
    if jobs:
        _bracketed_notes(infos)
        _bracketed_remarks(infos)
    _posts_under_titled_headers(infos, jobs)
    # (a row emptied by ``_months_rejoined``, its year joined to the range above, is passed over)
    merged: set[int] = {index for index, text in enumerate(texts) if not text.strip()}
    for index, info in enumerate(infos):
        if info.dates is None and not info.bullet and column_heads(info.text):
            merged.add(index)  # passed over: neither a header nor a description
    for index in sorted(merged):
        # The other cells of that heading row, one per line: "Dates", "Employer", "Job Title".
        for step in (-1, 1):
            other = index + step
            while 0 <= other < len(infos) and other not in merged and column_heads(infos[other].text, alone=True):
                merged.add(other)
                other += step
    for index, info in enumerate(infos):
        if info.dates is None and not info.bullet and jobs and _before_an_employer(texts, index):
            merged.add(index)  # ("AVANT AUCHAN": a stage of the career, passed over)
    for index in merged:
        infos[index].headerish = False
    # (a date column that wraps its ranges as a rule: a lone "2018 –" among ranges written whole is an open range)
    wrapped = (
        sum(
            1
            for info in infos
            if info.dates is not None
            and ((info.dates.current and info.dates.end is None and not info.rest) or _lone(info.dates))
            and (_CUT_RE.search(info.text) or _CUT_BEFORE_BAR_RE.match(info.text[info.dates.stop :]))
        )
        >= 2
    )
    # "Mar 2014" then "current" on the next line: one open range.
    for index in range(1, len(infos)):
        here, before = infos[index].dates, infos[index - 1].dates
        present = (here is not None and here.start is None and here.current and not infos[index].rest) or (
            here is None and _PRESENT_LINE_RE.match(fold(infos[index].text)) is not None
        )
        # "SNCF, oct. 2020 –" then "aujourd'hui" or "août 2021": a range cut after its dash (a narrow column).
        cut = before is not None and before.current and before.end is None and _CUT_RE.search(infos[index - 1].text)
        if present and before is not None and (_lone(before) or cut):
            infos[index - 1].dates = replace(before, end=None, current=True)
            infos[index].dates = None
            infos[index].headerish = False
            merged.add(index)
        elif cut and here is not None and _lone(here) and not infos[index].rest and before is not None:
            infos[index - 1].dates = replace(before, end=here.start, current=False)
            infos[index].dates = None
            infos[index].headerish = False
            merged.add(index)
        elif (
            # "2019 –" / "Agent de sécurité événementiel" / "2022": a narrow date column wrapped the range's end below
            # the title set beside its start
            index >= 2
            and here is not None
            and _lone(here)
            and not infos[index].rest
            and infos[index - 1].dates is None
            and not infos[index - 1].bullet
            and (opened := infos[index - 2].dates) is not None
            and not infos[index - 2].rest
            and opened.current
            and opened.end is None
            and _CUT_RE.search(infos[index - 2].text)
            and (here.start or "") >= (opened.start or "")
            and wrapped
        ):
            infos[index - 2].dates = replace(opened, end=here.start, current=False)
            infos[index].dates = None
            infos[index].headerish = False
            merged.add(index)
        elif (
            # "2019 – | Agent de sécurité événementiel" then "2022 | Stadium Sécurité Ouest SARL": the date column's
            # range wrapped after its dash, its end beside the next line of the header
            before is not None
            and _lone(before)
            and _CUT_BEFORE_BAR_RE.match(infos[index - 1].text[before.stop :])
            and here is not None
            and _lone(here)
            and here.begin == 0
            and infos[index].text[here.stop :].lstrip().startswith("|")
            and (here.start or "") >= (before.start or "")
            # (not "2019 – | Présidente, …" over "2020 | Trésorière, …" alone, nor "2021 – | Master 2" over "2021 |
            # Licence": the next post's or study's year; alone, only a later year beside a name, "2016 | City One")
            and (wrapped or ((here.start or "") > (before.start or "") and title_score(fold(infos[index].rest)) < 1))
        ):
            infos[index - 1].dates = replace(before, end=here.start, current=False)
            infos[index].dates = None
            infos[index].rest = infos[index].text[here.stop :].lstrip(" |")
        elif infos[index].present_lead and before is not None and _lone(before) and not infos[index - 1].rest:
            infos[index - 1].dates = replace(before, end=None, current=True)
        elif (
            # "2010" then "2014" (or "… (2009" then "2010)"): one range whose dash became a line break.
            here is not None
            and before is not None
            and _lone(here)
            and _lone(before)
            and not infos[index].rest
            and index - 1 not in merged
            and (here.start or "") >= (before.start or "")
            and before.start != here.start
        ):
            infos[index - 1].dates = replace(before, end=here.start)
            infos[index].dates = None
            infos[index].headerish = False
            merged.add(index)
    for index, info in enumerate(infos):
        # "Chargé de mission Natura 2000" or "Chef de projet Vision 2030" over "2015 – 2018": a year run into a
        # programme's name, with no separator before it, is part of the title when a range follows.
        here = info.dates
        if (
            _lone(here)
            and here is not None
            and not info.bullet
            and len(here.start or "") == 4
            and _NAMED_YEAR_RE.search(info.text[: here.begin])
            and info.text[here.begin : here.begin + 1].isdigit()  # (not "London Summer 2019")
            and not _HEADER_SEPARATOR_RE.search(info.text[: here.begin])  # (not "… BNP Paribas Paris 2019")
            and not is_month_word(info.text[: here.begin].split()[-1])
            and not _SEASON_END_RE.search(info.text[: here.begin])
            and not info.text[here.stop :].strip()
            and any(
                later.dates is not None and not _lone(later.dates) and not later.bullet
                for later in infos[index + 1 : index + 3]
            )
        ):
            info.dates, info.rest = None, info.text
    for index, info in enumerate(infos):
        # "Paris 2024 Organising Committee, Paris" over "Jan–Jun 2018": a year between two capitalised words, no
        # separator on either side, is the name's (an event's), when dates follow on the next lines.
        here = info.dates
        named = info.text[: here.begin] if here is not None else ""
        if (
            _lone(here)
            and here is not None
            and not info.bullet
            and len(here.start or "") == 4
            and _NAME_BEFORE_YEAR_RE.search(named)
            and not _HEADER_SEPARATOR_RE.search(named)
            and not is_month_word(named.split()[-1])
            and not _SEASON_END_RE.search(named)
            and _NAME_AFTER_YEAR_RE.match(info.text[here.stop :])
            and any(later.dates is not None and not later.bullet for later in infos[index + 1 : index + 3])
        ):
            info.dates, info.rest = None, info.text
    for info in infos:
        if _commemorated_date(info, infos):
            info.dates, info.rest = None, info.text  # "EHU Oran 1er Novembre 1954"
    for index, info in enumerate(infos):
        # "January 2014 to June 2015" then "DURATION Jan-2014 to Jun-2015": the same range again under a label
        # is a detail of the job, not another job.
        here = info.dates
        if here is None or not _DURATION_LABEL_RE.match(fold(info.rest)):
            continue
        for earlier in infos[max(0, index - 3) : index]:
            if earlier.dates is not None and (earlier.dates.start, earlier.dates.end) == (here.start, here.end):
                info.dates = None
                info.headerish = False
                merged.add(index)
                break
    bolds = bold if bold is not None and len(bold) == len(texts) else [False] * len(texts)
    _bold_bulleted_posts(texts, infos, bolds, jobs)
    if jobs:
        _bulleted_headers_over_dates(texts, infos)
        _side_roles(infos)
        _status_since(infos)
        _posts_under_employer(texts, infos)
    # Where the section sets its dated headers in bold ("03/2014 - 12/2018 — Chef d'équipe maçon — Bouygues
    # Bâtiment"), a duty line in regular type whose date closes a phrase ("Animation des quarts d'heure sécurité, zéro
    # accident avec arrêt depuis 2021", "Led the conversion to organic certification (Ecocert, 2021)") dates a deed,
    # not a job: its bullet was drawn as a shape, or the layout dropped it.
    # (and in a form that labels its fields, "Position held:", "Employer:", where a line of no label's is a duty)
    # (one that dates its posts on lines of their own, "09/2016 – present": else a line closed by its years in
    # brackets heads a post, "Ingénieur qualité fournisseurs (2015 – 2019)" over "Entreprise : Valeo")
    labelled_form = sum(1 for info in infos if FIELD_LABEL_RE.match(info.text)) >= 4 and any(
        info.dates is not None and not strip_punct(info.rest) for info in infos
    )
    if jobs and (
        labelled_form
        or sum(1 for i, info in enumerate(infos) if info.dates is not None and info.rest and bolds[i]) >= 2
    ):
        for index, info in enumerate(infos):
            if (
                info.dates is not None
                and not bolds[index]
                and (_dated_deed(info) or (labelled_form and _form_deed(info)))
            ):
                info.dates, info.rest, info.headerish = None, info.text, False
    if jobs and indents is not None and len(indents) == len(infos):
        _indented_deeds(infos, indents, bold if bold is not None and len(bold) == len(infos) else [False] * len(infos))
        _indented_body_ends(infos, indents)
    if jobs:
        _job_lengths(infos)
    is_complete = complete or _looks_complete
    anchors = [i for i, info in enumerate(infos) if info.dates is not None]
    if not anchors:
        return []
    first = anchors[0]

    def note_line(index: int) -> bool:
        """ "Client: Dell, Lenovo" between a job's title lines and its dates: passed over when reading the header."""
        info = infos[index]
        return info.dates is None and not info.bullet and NOTE_LINE_RE.match(fold(info.text)) is not None

    pre: list[int] = []
    cursor = first - 1
    skipped_note = False
    while cursor >= 0 and len(pre) < max_header:
        if infos[cursor].headerish:
            pre.insert(0, cursor)
        elif not skipped_note and cursor >= 1 and note_line(cursor) and infos[cursor - 1].headerish:
            skipped_note = True
        else:
            break
        cursor -= 1
    mode_before = bool(pre)
    pre_count = max(1, len(pre))
    # (A date alone on its line, such as the "aujourd'hui" that ended a cut range, is neither header nor body.)
    body_bold = any(
        bolds[i] and not infos[i].headerish and i not in merged and not (infos[i].dates and not infos[i].rest)
        for i in range(len(texts))
    )
    needs_bold = bool(pre) and all(bolds[i] for i in pre) and not body_bold

    def header_like(index: int) -> bool:
        info = infos[index]
        return info.headerish and info.dates is None and (bolds[index] or not needs_bold)

    def title_alone(index: int) -> bool:
        """A short line that reads as a title and holds nothing more ("Able Seaman", not "Caissière – Lidl")."""
        info = infos[index]
        return (
            info.headerish
            and info.dates is None
            and not info.bullet
            and len(info.rest.split()) <= 6
            and "," not in info.rest
            and title_score(fold(info.rest)) >= 1
            and not is_complete([info.rest])
        )

    # "Royal Navy – HMS Queen Elizabeth" / "2016 – 2021" / "Able Seaman": the first entry's header before its dates
    # lacks the title, and the line right under the dates is that title alone; the section writes its titles so.
    titles_follow_dates = bool(
        mode_before
        and first + 1 < len(infos)
        and not is_complete([infos[i].rest for i in pre])
        and title_alone(first + 1)
        and is_complete([*(infos[i].rest for i in pre), infos[first + 1].rest])
        # (the last entry too has its title under its dates: not a section of titles over their employers, whose
        # last dates close it)
        and anchors[-1] + 1 < len(infos)
        and title_alone(anchors[-1] + 1)
    )

    def employer_alone(index: int) -> bool:
        """A header line under a date line alone that names no title, a name before its comma: the employer ("Prince
        Alfred College, Kent Town SA"; not "Visite médicale en médecine générale", a duty)."""
        info = infos[index]
        return (
            header_like(index)
            and not info.bullet
            and name_cased(info.rest.partition(", ")[0])
            and not title_score(fold(info.rest))
        )

    # "Mathematics Teacher" / "2015 – 2017" / "Prince Alfred College, Kent Town SA": the title over its dates alone,
    # the employer under them, in the first entry and the last; each employer is its entry's, not the next title's.
    employers_follow_dates = bool(
        jobs
        and pre
        and not infos[first].rest
        and title_alone(pre[-1])
        and first + 1 < len(infos)
        and employer_alone(first + 1)
        and is_complete([infos[pre[-1]].rest, infos[first + 1].rest])
        and not infos[anchors[-1]].rest
        and anchors[-1] + 1 < len(infos)
        and title_alone(anchors[-1] - 1)
        and employer_alone(anchors[-1] + 1)
    )

    def dates_alone(index: int) -> bool:
        """A date line that holds nothing else but perhaps its place ("2018 – aujourd'hui", "2007 – 2012 · Lens")."""
        info = infos[index]
        return (
            info.dates is not None and not info.bullet and (not info.rest or (place is not None and place(info.rest)))
        )

    # "CRÉDIT MUTUEL – Strasbourg | 2005 – aujourd'hui", then "Directrice de caisse" / "2018 – aujourd'hui" / duties,
    # "Chargée d'accueil" / "2005 – 2007" / duties: an employer's line with the whole time spent there heads the posts
    # held, each a title alone over its own dates within that time. Each such title is its dates' header, neither the
    # employer's second line nor the end of the duties above.
    titled_anchors: set[int] = set()
    for anchor in anchors:
        head = infos[anchor]
        if (
            not jobs
            or mode_before
            or not head.rest
            or head.bullet
            or title_score(fold(head.rest.split(" | ")[0])) >= 1
            or anchor + 2 >= len(infos)
            or not title_alone(anchor + 1)
            or not dates_alone(anchor + 2)
            or not _covers(head.dates, infos[anchor + 2].dates)
        ):
            continue
        for later in anchors:
            if later <= anchor + 1 or not _covers(head.dates, infos[later].dates):
                continue
            if dates_alone(later) and title_alone(later - 1) and later - 1 not in titled_anchors:
                titled_anchors.add(later)
    # After such a group, the next employer's lines over its dates ("CIC EST – Strasbourg" / "Guichetière" / "2003 –
    # 2005"): that entry's whole header, not the end of the last post's duties.
    headers_after: dict[int, list[int]] = {}
    for last_post, anchor in pairwise(anchors):
        if last_post not in titled_anchors or anchor in titled_anchors or not dates_alone(anchor):
            continue
        for size in (2, 1):
            lines = list(range(anchor - size, anchor))
            right_under = lines[0] == last_post + 1 and place is not None and place(infos[lines[0]].text)
            if (
                lines[0] > last_post
                and not right_under
                and all(header_like(i) and not infos[i].bullet and i not in merged for i in lines)
                and is_complete([infos[i].rest for i in lines])
            ):
                headers_after[anchor] = lines
                break
    titles_over = {anchor - 1 for anchor in titled_anchors} | {i for lines in headers_after.values() for i in lines}
    # "AXÉRÉAL (coopérative céréalière)" over "• Technico-commercial grandes cultures depuis 01/2017", its duties, then
    # "• Technicien silo / agréeur | 09/2013 - 12/2016": posts listed as bullets under one employer's line, the lines
    # between them their duties, which no later post takes for its header.
    listed_posts = {anchor for before, anchor in pairwise(anchors) if infos[anchor].post and infos[before].post}

    def employer_above(index: int) -> bool:
        """In a section that writes each title on its date line, a bold line right above one, after the last entry's
        description, naming an employer and its place ("Expedia Group · Bellevue, WA" over "Software Development
        Engineer | June 2016 – June 2018"): that title's employer, not the end of the description above."""
        above = index - 1
        if mode_before or above < 1 or not (bolds[above] and bolds[index]) or bolds[above - 1]:
            return False
        info, here = infos[above], infos[index]
        if not (info.headerish and info.dates is None and not info.bullet and above not in merged and here.rest):
            return False
        if title_score(fold(info.rest)) >= 1 or title_score(fold(here.rest)) < 1:
            return False
        if any(
            _covers(infos[j].dates, here.dates)
            for j in range(above)
            if infos[j].dates is not None and not title_score(fold(infos[j].rest)) and infos[j].rest.strip()
        ):
            return False  # (a team, a site or a move within the employer whose dated line heads the roles above)
        pieces = re.split(r"\s+[·|—–]\s+", info.rest)
        if function_part(pieces[0]) or _UNIT_WORDS_RE.search(fold(pieces[0])):
            return False  # ("Payments Team · London, UK", "Key Projects · Paris": a part of the work, not a firm)
        last = pieces[-1] if len(pieces) >= 2 else ""
        return bool(
            (legal is not None and legal(info.rest))
            or (last and place is not None and place(last))
            or any(kind == "country" for kind, _, _ in geo.find_places(last.rpartition(",")[2]))
        )

    def header_above(index: int) -> bool:
        """In a section that writes headers after (or on) the date line, a date alone on its line that a description
        follows and a header-like line precedes: that line is this entry's header ("Initech, Lyon" then "2007 -
        2008" then a description). A place right under the date is the entry's, before its description ("Safran —
        Data Analyst" / "Sept 2019 – Oct 2021" / "Vélizy" / duties)."""
        following = index + 1
        if following < len(infos) and place_alone(following):
            following += 1
        return (
            not mode_before
            and not infos[index].rest
            and index >= 1
            and header_like(index - 1)
            and (following >= len(infos) or not header_like(following))
        )

    def place_alone(index: int) -> bool:
        """A line that names a place and nothing else ("Vélizy", "Lyon, France")."""
        info = infos[index]
        return place is not None and info.dates is None and not info.bullet and place(info.text)

    def title_under_bold(index: int, anchor: int) -> bool:
        """Under a bold header line with its dates, a job title in regular or italic type ("Massachusetts General
        Hospital | June 2019 – Present" / "Registered Nurse, Cardiac Step-Down Unit"): the header's second line,
        though only bold lines are headers in the section. So is one under a regular line with its dates that names
        no title ("IAV GmbH, Berlin | 02/2011 – 08/2013" / "Development Engineer", after a bold employer's roles)."""
        info = infos[index]
        anchor_rest = infos[anchor].rest
        return (
            needs_bold
            and (
                bolds[anchor] or (not bolds[index] and bool(anchor_rest.strip()) and not title_score(fold(anchor_rest)))
            )
            and info.headerish
            and info.dates is None
            and title_score(fold(info.rest.split(",")[0])) >= 1
        )

    def title_over_dates(index: int) -> bool:
        """Right over a date line, a job title in regular type under a bold header line ("Sopra Steria (client :
        La Banque Postale)" / "Consultante AMOA" / "Sept. 2016 – Févr. 2019"), though only bold lines are headers
        in the section: the header's second line."""
        info = infos[index]
        return (
            needs_bold
            and not bolds[index]
            and index >= 1
            and index + 1 < len(infos)
            and infos[index + 1].dates is not None
            and info.headerish
            and info.dates is None
            and not info.bullet
            and header_like(index - 1)
            and title_score(fold(info.rest.split(",")[0])) >= 1
        )

    def employer_under_bold(index: int, anchor: int) -> bool:
        """Under a bold "Title | dates" line, the employer and its town in regular type ("Auditeur financier | Sept.
        2012 – Août 2015" / "KPMG, Lyon"), though only bold lines are headers in the section."""
        info = infos[index]
        if not (needs_bold and bolds[anchor] and info.headerish and info.dates is None and not info.bullet):
            return False
        named = name_and_town(info.rest)
        if named is not None:
            return named
        return len(info.rest.split()) <= 5 and org_score(fold(info.rest)) > 0

    def employer_under_dated_title(index: int, above: int) -> bool:
        """A bold title, its dates alone on the next line, then the employer and its town in regular type ("Programme
        Officer" / "De 2019 à 2022" / "Concern Worldwide, Dublin / Maputo")."""
        info = infos[index]
        if not (
            needs_bold
            and bolds[above]
            and not bolds[index]
            and info.headerish
            and info.dates is None
            and not info.bullet
            and title_score(fold(infos[above].rest)) >= 1
            # (a title alone: "Consultant SAP – Capgemini" names its employer, the line below is the client)
            and len(_split(infos[above].rest)) == 1
            and ", " not in infos[above].rest
        ):
            return False
        name, _, town = info.rest.split(" / ")[0].partition(", ")
        words = name.split()
        return bool(
            town
            and place is not None
            and place(town)
            and 1 <= len(words) <= 5
            and capitalised_words(words)
            and not re.match(r"(?i:chez|missions?|clients?|secteur|sector)\b", name)
            and not title_score(fold(name))
            and not function_part(name)
        )

    def name_and_town(text: str, *, known: bool = False) -> bool | None:
        """ "KPMG, Lyon", "XPO Logistics · Ormes": a name, then a town (known, or shaped like one unless ``known``)
        — whether the name is no title; None when the line has not that shape."""
        pieces = [piece.strip() for piece in _NAME_PLACE_SPLIT_RE.split(text) if piece.strip()]
        if len(pieces) == 2 and len(pieces[0].split()) <= 5 and pieces[0][:1].isupper():
            town = pieces[1]
            if (place is not None and place(town)) or (not known and _TOWN_SHAPE_RE.match(town)):
                return not title_score(fold(pieces[0]))
        return None

    def named_town_under(index: int, above: int) -> bool:
        """ "Chargée de conformité – Sécurité financière | Février 2018 – Décembre 2021" or "Private Banker, Italian
        Market" (bold) over "Natixis | Paris": the title and what it covers, then the employer and its town in
        regular type."""
        info = infos[index]
        title_pieces = [piece.strip() for piece in _NAME_PLACE_SPLIT_RE.split(infos[above].rest) if piece.strip()]
        # (In one weight throughout, the town must be one the gazetteer knows: "Covéa Re, Paris".)
        known = not bolds[above] and not bolds[index] and bool(name_and_town(info.rest, known=True))
        if not (
            (known or (bolds[above] and not bolds[index]))
            and info.headerish
            and info.dates is None
            and not info.bullet
            and ":" not in info.rest
            and len(title_pieces) == 2
            and title_score(fold(title_pieces[0])) >= 1
            and covers(title_pieces[1])  # (not "Consultant – Accenture" over its client "BNP Paribas, Paris")
        ):
            return False
        return bool(name_and_town(info.rest))

    def legal_under_bold(index: int, anchor: int) -> bool:
        """A company named with its legal form alone under a bold header ("BMW AG", "Initech GmbH, Munich")."""
        info = infos[index]
        if legal is None or not (bolds[anchor] and not bolds[index] and info.headerish and info.dates is None):
            return False
        name = _NAME_PLACE_SPLIT_RE.split(info.rest)[0].strip()
        return not info.bullet and len(name.split()) <= 8 and legal(name)

    def tenure(index: int) -> bool:
        """A time spent alone on its line ("5 ans 6 mois"), under an employer that heads several jobs: it adds a
        line to the header without taking the place of its employer, title or place."""
        return TENURE_RE.match(fold(infos[index].text.strip())) is not None

    def body_line(index: int) -> str:
        """A description line as written, with its bullet (``body_items`` tells items apart by their bullets)."""
        return clean(texts[index])

    entries: list[Entry] = []
    claimed: set[int] = set()
    for position, anchor in enumerate(anchors):
        info = infos[anchor]
        nxt = anchors[position + 1] if position + 1 < len(anchors) else len(infos)
        entry = Entry(dates=info.dates, current=bool(info.dates and info.dates.current))
        header_lines: list[int] = []
        notes: list[int] = []
        if anchor in titled_anchors:
            header_lines = [anchor - 1]
        elif anchor in listed_posts:
            pass
        elif anchor in headers_after:
            header_lines = list(headers_after[anchor])
        elif mode_before or header_above(anchor) or employer_above(anchor):
            # Set in bold, header lines are told from the body by their weight: an entry takes all those it has.
            most = (max(pre_count, RESERVE) if needs_bold else pre_count) if mode_before else LATE_HEADER
            if not mode_before and not header_above(anchor):
                most = 1  # (the employer's line alone: the description above stays the last entry's)
            cursor = anchor - 1
            while cursor >= 0 and cursor not in claimed and sum(not tenure(i) for i in header_lines) < most:
                if header_like(cursor) or (cursor == anchor - 1 and title_over_dates(cursor)):
                    header_lines.insert(0, cursor)
                elif not notes and cursor >= 1 and note_line(cursor) and header_like(cursor - 1):
                    notes.append(cursor)
                else:
                    break
                cursor -= 1
            # Lines the entry above left for this header (see ``limit`` below) are taken while the header lacks its
            # title or employer: "Initech" / "Analyst" / "2015 – 2017" after jobs whose first header held one line.
            while (
                mode_before
                and not needs_bold
                and cursor >= 0
                and cursor not in claimed
                and len(header_lines) < RESERVE
                and header_like(cursor)
                and not is_complete([*(infos[i].rest for i in header_lines), *([info.rest] if info.rest else [])])
                and _name_after_break(infos, cursor)
            ):
                header_lines.insert(0, cursor)
                cursor -= 1
            if (
                header_lines
                and cursor >= 0
                and cursor not in claimed
                and header_like(cursor)
                and wrapped_before_connector(infos[cursor].rest, infos[header_lines[0]].rest)
            ):
                header_lines.insert(0, cursor)  # "CONSEIL DÉPARTEMENTAL" over "DE LA GIRONDE" over the title
                cursor -= 1
            if notes and (not header_lines or notes[0] < header_lines[0]):
                notes = []  # a note above the header belongs to the entry before
        entry.header = [infos[i].rest for i in header_lines]
        if info.rest and not (info.bullet and _bullet_sentence(info.text)):
            entry.header.append(info.rest)
        entry.on_date_line = not header_lines and len(entry.header) == 1
        claimed.update(header_lines)
        claimed.update(notes)
        entry.body.extend(infos[i].text for i in notes)
        claimed.add(anchor)
        # Lines after the date: its place, more header (while the header is incomplete), then the body.
        after = anchor + 1
        base = anchor  # the last line of this entry that the next one cannot take
        if (
            place is not None
            and after < nxt
            and infos[after].dates is None
            and not infos[after].bullet
            and after not in merged
            and place(infos[after].text)
        ):
            entry.header.append(infos[after].rest)
            claimed.add(after)
            after += 1
            if not _CUT_AFTER_COMMA_RE.search(info.text[: info.dates.begin] if info.dates else ""):
                base += 1
            # (else the header's line was cut after its comma, the town wrapped under it: "Exploitation familiale
            # (GAEC Rabier Père et Fils), | depuis 2014" over "Chinon", then the title, "Co-gérant, viticulteur")
        if (
            # "Depuis sept. 2020 | Ingénieur études de réseau – raccordement des énergies marines" over
            # "renouvelables", both bold, or "… (SMEIL), Technicien de" over "rivière (Quimperlé)": the header line's
            # end, wrapped in lower case
            entry.header
            and after < nxt
            and ((bolds[anchor] and bolds[after]) or _WRAPPED_AFTER_RE.search(entry.header[-1]) is not None)
            and infos[after].dates is None
            and not infos[after].bullet
            and after not in merged
            and infos[after].text[:1].islower()
            and len(infos[after].text.split()) <= 3
            and not re.search(r"[.,;:)]$", entry.header[-1])
        ):
            entry.header[-1] = f"{entry.header[-1]} {infos[after].rest}"
            claimed.add(after)
            after += 1
        elif (
            # "Maison Ginestet (Carignan-de-Bordeaux) | Export Sales Manager – | depuis mars 2021" over "UK, Ireland &
            # Nordics": a table's cell wrapped after the title's dash, what the title covers on the next line
            entry.header
            and info.dates is not None
            and _DANGLING_DASH_RE.search(info.text[: info.dates.begin])
            and _plain_line_below(infos, after, nxt, merged)
            and 1 <= len(infos[after].text.split()) <= 6
            and not re.search(r"[.;:]$", infos[after].text.strip())
        ):
            entry.header[-1] = f"{entry.header[-1]} – {infos[after].rest}"
            claimed.add(after)
            after += 1
        elif (
            # "2014 – 2016 | Secrétaire de direction (intérim) | Service public de Wallonie (SPW)," over "Jambes": the
            # employer's cell wrapped after its comma, its town on the next line
            entry.header
            and info.dates is not None
            and info.text.rstrip().endswith(",")
            and _plain_line_below(infos, after, nxt, merged)
            and _TOWN_LINE_RE.fullmatch(infos[after].text.strip()) is not None
        ):
            entry.header[-1] = f"{entry.header[-1]}, {infos[after].rest}"
            claimed.add(after)
            after += 1
        limit = nxt
        if (
            mode_before
            and position + 1 < len(anchors)
            and nxt not in listed_posts
            and (not is_complete([infos[nxt].rest]) or (needs_bold and nxt - 1 > base and header_like(nxt - 1)))
        ):
            # Keep the next entry's header lines for it (unless its date line already holds a whole header; where
            # only bold lines are headers, a bold line right above it is its own: "Schneider National — Green Bay"
            # over "Regional Driver – Tanker | April 2016 – December 2019").
            back = nxt - 1
            reserved = 0
            skipped = False
            # (in a section that writes the title under the dates, a title alone right under this entry's dates is
            # its own, when another header line is left for the next entry)
            # (one line alone between two date lines is the next role's when this one's dates span it: a tenure
            # at one employer, then its posts, each over its own dates)
            keep = (
                titles_follow_dates
                and not any(title_score(fold(line)) >= 1 for line in entry.header)  # (its title not above its dates)
                and title_alone(base + 1)
                and (nxt - base >= 3 or (nxt - base == 2 and not _covers(info.dates, infos[nxt].dates)))
            ) or (
                employers_follow_dates
                and not info.rest
                and not is_complete(entry.header)
                and employer_alone(base + 1)
                and nxt - base >= 3
                and title_alone(nxt - 1)
            )
            while back > base + keep and reserved < max(pre_count, RESERVE):
                if header_like(back) or (back == nxt - 1 and title_over_dates(back)):
                    reserved += not tenure(back)
                elif not skipped and back - 1 > base and note_line(back) and header_like(back - 1):
                    skipped = True
                else:
                    break
                back -= 1
            limit = back + 1
        elif position + 1 < len(anchors) and nxt in titled_anchors and nxt - 1 > base:
            limit = nxt - 1  # the next post's title over its dates
        elif position + 1 < len(anchors) and nxt in headers_after:
            limit = headers_after[nxt][0]
        elif position + 1 < len(anchors) and employer_above(nxt) and nxt - 1 > base:
            limit = nxt - 1
        elif position + 1 < len(anchors) and header_above(nxt):
            back = nxt - 1
            while back > base and header_like(back) and nxt - back <= LATE_HEADER:
                back -= 1
            if back > base and not header_like(back):
                limit = back + 1  # the description ends before the next entry's header lines
        while after < limit and after in merged:
            claimed.add(after)
            after += 1
        taken = 0
        # (A place line under the date closes the header: what follows is the description.)
        while (
            after < limit
            and taken < max_header
            and base == anchor
            and anchor not in titled_anchors  # (its title above it, the duties under it)
            and after not in titles_over
            and (
                not is_complete(entry.header)
                or (taken == 0 and legal_under_bold(after, anchor))
                or (taken == 0 and not header_lines and named_town_under(after, anchor))
                # "Actuarial Analyst, Reinsurance Pricing" / "Jun 2016 - Dec 2018" / "Covéa Re, Paris"
                or (
                    taken == 0 and len(header_lines) == 1 and not info.rest and named_town_under(after, header_lines[0])
                )
                or (taken == 1 and len(entry.header) == 1 and named_town_under(after, after - 1))
                or (
                    taken == 0
                    and len(header_lines) == 1
                    and not info.rest
                    and employer_under_dated_title(after, header_lines[0])
                )
                # "2/2019 – Present" / "Senior Paralegal, Litigation" (bold) / "Kirkland & Ellis LLP, Chicago"
                or (taken >= 1 and legal_under_bold(after, after - 1))
                # "2018 – aujourd'hui" / "Head of Legal – Renewables" / "TotalEnergies (Courbevoie)": the employer
                # under a title and the area it covers
                or (
                    taken == 1
                    and len(entry.header) == 1
                    and _title_and_area(entry.header[-1])
                    and _bare_name(infos[after])
                )
            )
            and (
                header_like(after)
                or (
                    taken == 0
                    and (
                        title_under_bold(after, anchor)
                        or employer_under_bold(after, anchor)
                        or legal_under_bold(after, anchor)
                        or (len(header_lines) == 1 and employer_under_dated_title(after, header_lines[0]))
                    )
                )
                or (
                    # "09/2017 – 08/2018" / "Business Developer" (bold) / "Qonto · Paris": the employer under the
                    # bold title the date line took.
                    taken == 1 and title_score(fold(entry.header[-1])) >= 1 and employer_under_bold(after, anchor)
                )
            )
        ):
            entry.header.append(infos[after].rest)
            claimed.add(after)
            after += 1
            taken += 1
        if (
            entry.header
            and after < limit
            and anchor not in titled_anchors
            and infos[after].headerish
            and infos[after].dates is None
            and not infos[after].bullet
            # (not "… won Crunchie for best new startup of 2013", nor "Head of" over "Acme Logistics")
            and (
                wrapped_name(entry.header[-1], infos[after].rest.partition(", ")[0])
                or name_opening(entry.header[-1], infos[after].rest)
            )
        ):
            # "Club Athlétique de" over "Montreuil": the name goes on past its line's end
            entry.header.append(infos[after].rest)
            claimed.add(after)
            after += 1
        for index in range(after, limit):
            claimed.add(index)
            if index in merged or (infos[index].dates is not None and not infos[index].rest):
                continue
            entry.body.append(body_line(index))
        entry.indexes = sorted({*header_lines, *notes, anchor, *range(anchor + 1, limit)})
        entries.append(entry)
    # Lines kept for the next entry's header that it did not take (a description whose lines read like headers:
    # "Reporting mensuel à la direction financière") stay with the entry above: nothing is dropped.
    for entry, following in pairwise(entries):
        start = max(entry.indexes) + 1
        stop = min(following.indexes)
        left = [i for i in range(start, stop) if i not in claimed]
        entry.body.extend(body_line(i) for i in left)
        entry.indexes = sorted({*entry.indexes, *left})
    return entries


# The profession a French firm of lawyers, notaries or bailiffs writes after its name, as part of it: "SCP
# Martin-Leroy, Notaires associés", "Taj, Société d'avocats", "Cabinet Dupont & Associés – Avocats au Barreau de Lyon".
PROFESSION_TAIL_RE = re.compile(
    r"^(?:notaires?|avocats?|huissiers? de justice|commissaires? de justice|societe d'avocats|"
    r"experts?-comptables|administrateurs? judiciaires|mandataires? judiciaires)"
    r"(?: associes| au barreau (?:de |d')[\w' -]+| a la cour)?$"
)


# A French social or medico-social establishment, named by its kind ("IME Les Érables", "MECS Les Hirondelles",
# "ESAT Les Ateliers de Châtenay"), and the association or foundation that runs it ("Les Papillons Blancs de Lille",
# "AFEJI", "Fondation des Amis de l'Atelier"): the CV writes both, a dash apart, as the employer.
_ESTABLISHMENT_RE = re.compile(
    r"^(?:ime|mas|esat|mecs|itep|chrs|ehpad|sessad|fam|iem|cmpp|camsp|savs|samsah|fjt|cada|lva|ehpa|foyer|"
    r"maison d'enfants|maison d'accueil|centre d'hebergement|accueil de jour|multi-accueil|pouponniere)\b"
)
_RUNNING_BODY_RE = re.compile(
    r"^(?:association|fondation|adapei|apajh|apf|(?:la )?croix-rouge|sauvegarde|udaf|afeji|arsea|adsea|unapei|"
    r"(?:les )?papillons blancs|mutualite|leo lagrange|groupe sos|emmaus|(?:l')?armee du salut|ville de|ccas|"
    r"conseil departemental|korian|orpea|emeis|domusvi|colisee|clariane)\b"
)


def run_by(first: str, second: str) -> bool:
    """ "IME Les Érables" then "Les Papillons Blancs de Lille", "Fondation des Amis de l'Atelier" then "ESAT Les
    Ateliers de Châtenay": an establishment and the body that runs it, in either order, each a name (no title)."""
    a, b = fold(strip_punct(first)), fold(strip_punct(second.partition(", ")[0]))
    if title_score(a) or title_score(b) or not a or not b:
        return False
    return bool(
        (_ESTABLISHMENT_RE.match(a) and _RUNNING_BODY_RE.match(b))
        or (_RUNNING_BODY_RE.match(a) and _ESTABLISHMENT_RE.match(b))
    )


def spelt_out(acronym: str, name: str) -> bool:
    """ "STEG" then "Société Tunisienne de l'Électricité et du Gaz": an acronym, then the name it stands for (the
    initials of its capitalised words, an elided "d'Activités" counted; a town after a comma left out)."""
    if not re.fullmatch(r"[A-Z]{2,7}", acronym.strip()):
        return False
    spelt = name.partition(", ")[0].strip()
    folded = fold(spelt)
    if title_score(folded) or function_part(spelt) or _FUNCTION_OPENING_RE.match(folded):
        return False  # "DAF – Directeur Administratif et Financier", "DSI – Direction des Systèmes d'Information"
    words = re.split(r"[\s'’-]+", spelt)
    initials = "".join(fold(word)[0] for word in words if word[:1].isupper())
    return initials.upper() == acronym.strip()


# A department or function spelt out ("Service Après Vente", "Quality Assurance", "Ressources Humaines").
_FUNCTION_OPENING_RE = re.compile(
    r"^(?:direction|service|departement|department|pole|division|cellule|bureau|quality|ressources|human|"
    r"research|customer|business|information|systemes?)\b"
)


def profession_tail(piece: str) -> bool:
    return bool(PROFESSION_TAIL_RE.match(fold(strip_punct(piece.replace("’", "'")))))


# Words of the business areas a title covers, beside the functions ``function_part`` knows.
_AREA_TEXT = """
    services reporting regulation risk risks risques market markets conformite securite actuariat audit treasury
    tresorerie trading sales ventes achats marketing compliance office division marches banque droit contentieux
    fusions acquisitions people transformation pricing reinsurance reassurance actuarial casualty marine liability
    claims sinistres underwriting souscription loss
    recommendations recommendation payments paiements search growth onboarding checkout billing facturation
    personalisation personalization discovery analytics ads advertising
    renewables renouvelables fiscalite tax taxation aml kyc lcb-ft sanctions litigation power gas electricity
    arbitration arbitrage restructuring restructuration
    concurrence competition antitrust immobilier property m&a ip womenswear menswear kidswear childrenswear
    lingerie footwear beauty homeware
"""
_AREA_WORDS = frozenset(_AREA_TEXT.split())


# A region a title covers ("North West", "Midlands", "Région Ouest (45 points de vente)", "Secteur Nord-Est").
COVERED_AREA_RE = re.compile(
    r"(?:(?:north|south|east|west|northern|southern|eastern|western|central)[ -]?)+"
    # (a region's name after the compass, not a firm's: "Northern Trust", "Eastern Airways", "Central Bank")
    r"(?:(?:england|europe|america|africa|asia|scotland|wales|ireland|france|yorkshire|anglia|london|counties|"
    r"region|area|territory|division|coast|isles|midlands|emea|us|uk)\b[\w -]*)?|midlands|"
    r"(?:region|secteur|zone) (?:nord|sud|est|ouest|centre)(?:[ -](?:est|ouest))?\b.*"
)
# A piece opened by a word all in lower case ("opération fournisseur d'énergie", "hypermarché 8 500 m²", "rayon
# jardin"): a firm's name opens with a capital, or has one inside its first word ("eBay").
_LOWER_OPENING_RE = re.compile(r"[a-zà-ÿ]{3,}(?:\s|$)")


# Groups of countries a post covers ("France & Benelux", "DACH", "Nordics").
_COUNTRY_GROUPS = frozenset({"benelux", "dach", "nordics", "nordic", "iberia", "emea", "apac", "latam", "mena", "cee"})


def _countries_covered(piece: str) -> bool:
    """ "France & Benelux", "UK & Ireland", "Spain / Portugal": countries or groups of them, and nothing else."""
    sides = [side for side in re.split(r"\s*(?:&|\band\b|\bet\b|/|,)\s*", fold(strip_punct(piece))) if side]
    return len(sides) >= 2 and all(
        side in _COUNTRY_GROUPS or any(kind == "country" and name == side for kind, name, _ in geo.find_places(side))
        for side in sides
    )


def markets_listed(piece: str) -> bool:
    """ "UK, Ireland & Nordics", "France, Benelux": the markets a post covers listed with commas, to be read as one
    piece (a group of countries among them, or the list closed by "&" or "and": not "Paris, France", a town)."""
    folded = fold(strip_punct(piece))
    return (
        ", " in piece
        and _countries_covered(piece)
        and (
            bool(set(re.split(r"[\s,&/]+", folded)) & _COUNTRY_GROUPS)
            or re.search(r"\s(?:&|and|et)\s", folded) is not None
        )
    )


def _region_covered(piece: str) -> bool:
    """A region a title covers, no body named after one ("North Yorkshire County Council")."""
    if _countries_covered(piece):
        return True
    folded = fold(strip_punct(piece))
    return bool(COVERED_AREA_RE.fullmatch(folded)) and not org_score(re.sub(r"^(?:region|secteur|zone) ", "", folded))


def lower_opening(piece: str) -> bool:
    return bool(_LOWER_OPENING_RE.match(strip_punct(piece)))


def covers(piece: str) -> bool:
    """What a title covers, by its words: a business area or function ("Financial Services", "Italian Market"), or
    words in lower case ("Sécurité financière", "Risques de contrepartie"), which a firm's name ("Accenture", "Sopra
    Steria") has not."""
    words = piece.split()
    if lower_opening(piece) or _region_covered(piece):
        return True
    # (not "de", "and"; nor "DE" in a name written in capitals: "LIDL DE WATTRELOS")
    named = [
        word
        for word in words
        if not (word.islower() and len(word) <= 3) and not (piece.isupper() and fold(word) in _NAME_SMALL_WORDS)
    ]
    return any(fold(word) in _AREA_WORDS or function_part(word) for word in named) or (
        len(words) >= 2
        and any(word[:1].islower() and len(word) > 3 for word in words[1:])
        and not org_score(fold(piece))
    )


def covers_wholly(piece: str) -> bool:
    """What a title covers, every named word of it a business area, a function or a market, or the piece in lower
    case or a region ("Global Markets", "Sécurité financière", "opération fournisseur d'énergie"), so no firm's name
    ("Capital One", "Crédit Agricole", "Brandwise Marketing") reads as one."""
    if lower_opening(piece) or _region_covered(piece):
        return True
    words = strip_punct(_BRACKETS_RE.sub(" ", piece)).split()
    named = [word for word in words if re.search(r"[^\W\d_]", word) and not word.islower()]
    areas = [word for word in named if fold(word) in _AREA_WORDS or fold(word) in _MARKET_WORDS or function_part(word)]
    # (and a business line in a country: "Retail Ireland", "Consumer Banking Germany"; a country alone is a place)
    return bool(areas) and all(word in areas or _country_word(word) for word in named)


def _country_word(word: str) -> bool:
    folded = fold(strip_punct(word))
    return folded in _COUNTRY_GROUPS or any(
        kind == "country" and name == folded for kind, name, _ in geo.find_places(word)
    )


# Words of the markets a title covers, written before an area ("Global Markets", "International Sales").
_MARKET_WORDS = frozenset(["global", "international", "europe", "emea", "apac", "retail", "corporate", "wholesale"])


def _name_after_break(infos: list[_Info], index: int) -> bool:
    """A short name-like line ("Initech", "Globex Ltd, London") right after a description that ended: a bullet point,
    a finished sentence or a date line above it, not a sentence's wrapped words."""
    text = infos[index].rest.strip()
    if not text or len(text.split()) > 6 or not text[:1].isupper() or text.endswith((".", ",", ";", ":")):
        return False
    if index == 0:
        return True
    above = infos[index - 1]
    return above.bullet or above.dates is not None or above.text.rstrip().endswith((".", "!", "?"))


# A sub-heading that parts a career into its stages ("Promotions internes", "Avant la cuisine", "Earlier career"), on
# folded text: it names no employer of the jobs under it. (Before a bare word, "avant" / "before" opens as many firms'
# names, "AVANT GARDE", "APRÈS SKI", "BEFORE SUNRISE": see ``_BEFORE_EMPLOYER_RE``.)
_STAGE_HEADING_RE = re.compile(
    r"^(?:promotions? internes?|evolution interne|parcours (?:interne|anterieur)|experiences? anterieures?|"
    r"(?:avant|apres) (?:l'|la |le |les |mon |ma |mes )[a-z][\w'-]*|before (?:the |my )[a-z][\w'-]*|"
    r"(?:earlier|early) career|previous (?:roles|positions|experience))$"
)
# A stage heading named after one of the section's employers ("AVANT AUCHAN" under jobs at "Auchan Aubagne"), on
# folded text: only when the section names that employer elsewhere.
_BEFORE_EMPLOYER_RE = re.compile(r"^(?:avant|apres|before) ([a-z][\w'-]*)$")


def _before_an_employer(texts: list[str], index: int) -> bool:
    """Whether line ``index`` is a stage heading named after an employer the section names on another line ("AVANT
    AUCHAN" among jobs at "Auchan Aubagne"; not "AVANT GARDE" over its post, nor "APRÈS SKI" over a bullet on the
    "domaine de ski": the word is looked for outside bullets)."""
    bare = _BEFORE_EMPLOYER_RE.match(fold(texts[index].strip()))
    if bare is None:
        return False
    word = re.compile(rf"\b{re.escape(bare.group(1))}\b")
    return any(word.search(fold(text)) for other, text in enumerate(texts) if other != index and not is_bullet(text))


def _note(line: str) -> bool:
    """A line wholly in brackets ("(An ISO 9001 company)", "(part-time)"): a remark on the entry, not its header; or
    a sub-heading of the career's stages ("Promotions internes", "AVANT AUCHAN")."""
    text = line.strip()
    if _STAGE_HEADING_RE.match(fold(text)):
        return True
    return text.startswith("(") and text.endswith(")") and text.count("(") == 1


# France's national research bodies, which run centres in several towns ("Inria Saclay", "CEA Grenoble").
_NATIONAL_RESEARCH_BODIES_TEXT = "cnrs inserm inrae inra cea inria ird cirad ifremer cnes onera brgm"
_NATIONAL_RESEARCH_BODIES = frozenset(_NATIONAL_RESEARCH_BODIES_TEXT.split())
# Public research bodies and universities, which run laboratories under their own name and another's ("CNRS –
# Institut Néel", "Inserm – CRNL", "ISIR – Sorbonne Université", "NeuroSpin, CEA Paris-Saclay").
_RESEARCH_BODY_RE = re.compile(
    rf"(?:{'|'.join(_NATIONAL_RESEARCH_BODIES_TEXT.split())}|irstea|ineris|anses|ifpen|"
    r"institut pasteur|institut curie|universite|university|sorbonne universite|universite [\w' -]+|"
    r"university (?:of|college) [\w' -]+|[\w' -]+ university)(?: [\w' -]+)?"
)
# A laboratory or research unit: its word, or its initials, or its number ("Institut Néel", "UMR 5116", "CRNL",
# "Laboratoire Charles Fabry", "Centre Émile Durkheim (UMR 5116)", "Inserm U1183").
_LAB_RE = re.compile(
    r"(?:laboratoire|labo|lab|laboratory|institut|institute|centre|center|unite|unit|umr|ums|upr|equipe|team|"
    r"plateforme|observatoire)\b.*|[a-z]*\s?u\d{3,4}"
)


# A region's name after a research body's centre, which completes the centre's name ("Inria Sophia Antipolis –
# Méditerranée", "Inria Grenoble – Rhône-Alpes", "Inria Saclay – Île-de-France").
_REGION_NAME_RE = re.compile(r"[A-ZÀ-Ý][\w'’]+(?:[ -](?:[A-ZÀ-Ý][\w'’]+|de|du|des|la|l'))*")


def research_centre_and_region(centre: str, region: str) -> bool:
    """Whether ``centre`` names a research body's centre by its town ("Inria Sophia Antipolis", "Inria Saclay") and
    ``region``, written after it, is a region's name that completes it ("Méditerranée", "Île-de-France")."""
    words = centre.split()
    return (
        len(words) >= 2
        and fold(words[0]) in _NATIONAL_RESEARCH_BODIES
        and bool(geo.find_places(" ".join(words[1:])))
        and _REGION_NAME_RE.fullmatch(region.strip()) is not None
        and len(region.split()) <= 3
        and title_score(fold(region)) <= 0
        and not _RESEARCH_BODY_RE.fullmatch(fold(region))
        and not _LAB_RE.fullmatch(fold(region))
    )


def research_body_and_lab(first: str, second: str, *, initials_ok: bool = True) -> bool:
    """A research body or a university and a laboratory it runs, side by side in either order ("CNRS" and "Institut
    Néel", "ISIR" and "Sorbonne Université", "Inserm" and "CRNL").

    ``initials_ok``: whether a laboratory may be named by its initials alone; not after a comma, where initials are a
    remark on the post ("CNRS, CDD", "Université Paris-Saclay, CIFRE", "Stanford University, NSF": a contract, a
    scheme, a funder)."""
    for body, lab in ((first, second), (second, first)):
        folded_lab = fold(re.sub(r"\s*\([^()]*\)$", "", lab))
        initials = (
            initials_ok
            and re.fullmatch(r"[A-Z][A-Za-z]{1,6}", lab.strip()) is not None
            and sum(c.isupper() for c in lab) >= 2
        )
        if (
            _RESEARCH_BODY_RE.fullmatch(fold(body))
            and (_LAB_RE.fullmatch(folded_lab) or initials)
            and not _RESEARCH_BODY_RE.fullmatch(folded_lab)
            and title_score(folded_lab) <= 0
        ):
            return True
    return False


# The forms of a French partnership of lawyers, notaries or bailiffs, and the words that open their names ("SCP
# Roques, Bénézech et Gaillard", "SCP Gaudin – Moreau", "Office notarial Lecoq, Hamon & Marie", "Étude de Maîtres
# Girard, Lopez et Vidal"): the partners' surnames follow, a comma, a dash, an "et" or a "&" apart.
PARTNERSHIP_RE = re.compile(
    r"^(?:scp|selarl|selas|selafa|selca|selurl|aarpi|scm|office notarial|etude|cabinet|maitres?|mes?)\b"
)
# One surname or two joined by "et", "&", "and": "Moreau", "Bénézech et Gaillard", "Hamon & Marie", "Le Bris".
_SURNAME_WORDS = r"[A-ZÀ-Ý][\w'’-]+(?: (?:[A-ZÀ-Ý][\w'’-]+|de|du|le|la|van|von|d['’][A-ZÀ-Ý][\w'’-]+)){0,2}"
_SURNAMES_RE = re.compile(rf"{_SURNAME_WORDS}(?: (?:et|&|and) {_SURNAME_WORDS})?")


_ASSOCIATES = frozenset({"associes", "associees", "associates", "partners"})


def surnames(piece: str) -> bool:
    """Whether ``piece`` reads as partners' surnames ("Moreau", "Bénézech et Gaillard", "Martin & Associés"):
    capitalised words, no known place, title or organisation's word."""
    sides = re.split(r" (?:et|&|and) ", piece)
    return bool(_SURNAMES_RE.fullmatch(piece)) and not any(
        (geo.find_places(side) or title_score(fold(side)) or org_score(fold(side)))
        and not (index and fold(side) in _ASSOCIATES)  # ("… et Associés": the partners not named)
        for index, side in enumerate(sides)
    )


# The legal forms of a French professionals' partnership, written before the partners' names ("SCP Gaudin").
_PARTNERSHIP_FORM_RE = re.compile(r"^(?:scp|selarl|selas|selafa|selca|aarpi) [a-z'-]+$")


def _partners_dashed(first: str, second: str) -> bool:
    """ "SCP Gaudin" then "Moreau, Angers" or "Moreau et Lenoir": a partnership's name whose partners a dash parts
    ("SCP Gaudin – Moreau, Angers"), one name. (A lone word after the dash, no town after it, may be the firm's
    town the gazetteer does not know: "SCP Gaudin – Bayeux".)"""
    names, comma, _town = second.partition(", ")
    return bool(
        _PARTNERSHIP_FORM_RE.match(fold(first)) and surnames(names) and (comma or re.search(r" (?:et|&) ", names))
    )


def _parts(header: list[str]) -> list[str]:
    parts: list[str] = []
    for line in header:
        if _note(line):
            continue
        line = _ENUMERATOR_RE.sub("", line.strip())
        labelled = FIELD_LABEL_RE.match(line)
        if labelled:
            # The label names the first piece; what follows a separator there is a remark or a place.
            pieces = [p for p in (clean(strip_punct(x)) for x in _split(labelled.group("value"))) if p]
            if (
                len(pieces) >= 2
                and labelled.group("position")
                and (
                    function_part(pieces[1])
                    # ("Designation : Assistant Manager – Warehouse Operations": what the post covers, no town, no
                    # terms)
                    or (
                        covers(pieces[1])
                        and not _town_first(pieces[1])
                        and not set(fold(pieces[1]).split()) & STATUS_WORDS
                        # (in lower case, a field of two words or more, no terms: "Poste : Adjoint administratif –
                        # agent d'accueil et d'état civil", not "– temps plein", "– 35 h")
                        and (
                            not pieces[1][:1].islower()
                            or (
                                len(pieces[1].split()) >= 2
                                and not re.search(r"\d|\btemps\b", pieces[1])
                                and not tail_remark(pieces[1])  # ("– job d'été", "– via Adecco", "– chez Pôle emploi")
                            )
                        )
                    )
                    or _scope_beside_labelled_employer(pieces[1], header)
                )
            ):
                pieces[0] = f"{pieces[0]} – {pieces[1]}"  # "Designation: Deputy Manager - Sales"
            if len(pieces) >= 2 and labelled.group("employer") and research_body_and_lab(pieces[0], pieces[1]):
                pieces[0] = f"{pieces[0]} – {pieces[1]}"  # "Employeur : CNRS – Institut Néel, Grenoble"
            if pieces:
                parts.append(f"{line[: labelled.start('value')].strip()} {pieces[0]}")
            if len(pieces) == 2 and labelled.group("employer") and title_score(fold(pieces[1])) >= 1.5:
                parts.append(pieces[1])  # "Nom de l'employeur : Auchan – Hôtesse de caisse": the post after the name
            continue
        pair = colon_pair(line)
        pieces = [pair[0], pair[1]] if pair else [line]
        found = [p for piece in pieces for p in (clean(strip_punct(x)) for x in _split(piece)) if p]
        for index in range(len(found) - 1):
            # (not after a title: "Ingénieur – IA – Intelligence Artificielle" is a field the title covers)
            titled = index > 0 and title_score(fold(found[index - 1])) >= 1 and not org_score(fold(found[index + 1]))
            if (
                (spelt_out(found[index], found[index + 1]) and not titled)
                or run_by(found[index], found[index + 1])
                or _partners_dashed(found[index], found[index + 1])
            ):
                found[index : index + 2] = [f"{found[index]} – {found[index + 1]}"]  # "STEG – Société Tunisienne …"
                break
        while len(found) >= 2 and profession_tail(found[1]) and not title_score(fold(found[0])):
            found[:2] = [f"{found[0]} – {found[1]}"]  # "Cabinet Dupont & Associés – Avocats au Barreau de Lyon"
        if parts and found and _AMPERSAND_END_RE.search(parts[-1]) and ", " not in found[0]:
            # "Executive Vice President, People &" over "Transformation", "Club Athlétique de" over "Montreuil": a
            # name the line wrapped after its "&" or its "de" (not "Head of Sales &" over "London, UK", a place)
            parts[-1] = f"{parts[-1]} {found.pop(0)}"
        elif parts and found and name_opening(parts[-1], found[0]):
            parts[-1] = f"{parts[-1]} {found.pop(0)}"  # "Les Laboratoires" over "Servier Industrie, Gidy"
        elif parts and found and len(header) > 1 and wrapped_before_connector(parts[-1], found[0]):
            parts[-1] = f"{parts[-1]} {found.pop(0)}"  # "CONSEIL DÉPARTEMENTAL" over "DE LA GIRONDE": one name
        elif parts and found and wrapped_name(parts[-1], found[0].partition(", ")[0]):
            # "Club Athlétique de" over "Montreuil", "… — Mairie de" over "Saint-Jean-de-Braye, Saint-Jean-de-Braye":
            # the name's end (then its town)
            name_end, _, town = found[0].partition(", ")
            parts[-1] = f"{parts[-1]} {name_end}"
            found = [town, *found[1:]] if town else found[1:]
        parts.extend(found)
    return parts


def _scope_beside_labelled_employer(piece: str, header: list[str]) -> bool:
    """ "Designation : Functional Consultant – Oracle Apps" beside "Company : Wipro Limited": with the employer
    labelled on its own line, the words after the labelled title's dash are no employer; short and capitalised, no
    place, no terms and no firm's form, they are what the post covers ("ERP", "Oracle Apps")."""
    if not any((match := FIELD_LABEL_RE.match(line.strip())) and match.group("employer") for line in header):
        return False
    words = piece.split()
    folded = fold(piece)
    return (
        1 <= len(words) <= 3
        and piece[:1].isupper()
        and not _town_first(piece)
        and not geo.find_places(piece)
        and not _TAIL_REMARK_RE.search(folded)
        and not set(folded.split()) & STATUS_WORDS
        and not org_score(folded)
        and not re.search(r"\d", piece)
    )


# The last word of a line that wrapped inside a name: a conjunction or a preposition.
_WRAPPED_AFTER_RE = re.compile(r" (?:&|and|et|of|for|de|du|des|de la|pour)$", re.I)
_AMPERSAND_END_RE = re.compile(r" (?:&|and|et)$")
_NAME_SMALL_WORDS = frozenset(
    {"de", "du", "des", "la", "le", "les", "l", "d", "sur", "en", "et", "aux", "au", "of", "the", "and", "&"}
)


def capitalised_words(words: list[str]) -> bool:
    """Words a name is written with: each capitalised, or one of the small words between them ("de la", "d'", "&")."""
    return all(word[:1].isupper() or fold(word).strip("'’") in _NAME_SMALL_WORDS for word in words)


def wrapped_name(line: str, following: str) -> bool:
    """ "Club Athlétique de" over "Montreuil": a name (no title, no business function: not "Head of", "Sales for")
    cut after its connector, then its end: a few capitalised words, no title ("Bank of" / "Cashier"), no description
    ("Intermarché de" / "Gestion de caisse"), no number ("Nantes (44)")."""
    # (the last piece after a comma: "Commis aux services administratifs, emploi étudiant, Agence du revenu du" over
    # "Canada"; a name in lower case after its first word, "Agence du revenu du", opens with an organisation's word)
    piece = _split(line)[-1].rpartition(", ")[2].split()
    # (a name in capitals may run longer: "FÉDÉRATION DU FINISTÈRE POUR LA PÊCHE ET LA PROTECTION DU" over "MILIEU
    # AQUATIQUE, Technicien milieux aquatiques")
    longest = 10 if " ".join(piece).isupper() else 6
    if not _WRAPPED_AFTER_RE.search(line.rstrip()) or not 2 <= len(piece) <= longest:
        return False
    if not (piece[-2][:1].isupper() or (piece[0][:1].isupper() and org_score(fold(piece[0])) > 0)):
        return False
    head = " ".join(piece[:-1]).removesuffix(" de")
    following = _BRACKETS_RE.sub("", following).strip()  # ("Matériel (Muret)": the town in brackets after the name)
    words = following.split()
    return (
        not title_score(fold(head))
        and not function_part(head)
        and 1 <= len(words) <= 4
        and not any(ch.isdigit() for ch in following)
        and capitalised_words(words)
        and not title_score(fold(following))
    )


# The connector a name's second line opens with when the line wrapped before it: "de la Gironde", "DU RHÔNE", "d'Azur".
_CONNECTOR_START_RE = re.compile(r"^(?:de la|de l'|de l’|du|des|de|d'|d’)\s*(?=\w)", re.I)


def wrapped_before_connector(line: str, following: str) -> bool:
    """ "CONSEIL DÉPARTEMENTAL" over "DE LA GIRONDE", "Communauté d'agglomération" over "du Grand Besançon": a name (a
    few capitalised words, no title, no business function) whose line wrapped before its connector, then the
    connector and the name's end (a few capitalised words, no number, no title)."""
    name = line.strip()
    words = name.split()
    connector = _CONNECTOR_START_RE.match(following.strip())
    if connector is None or not 1 <= len(words) <= 5 or not words[0][:1].isupper():
        return False
    # (the connector in lower case, or both lines in capitals: "De Nederlandsche Bank", "Des Moines", "Du Pareil Au
    # Même" open names of their own; nor is a town's line the start of a name: "Amsterdam" over "De …")
    if not (connector.group().islower() or (name.isupper() and following.strip().isupper())):
        return False
    if geo.find_places(name):
        return False
    if name.endswith((".", ",", ";", ":")) or _WRAPPED_AFTER_RE.search(name) or any(ch.isdigit() for ch in name):
        return False
    end = following.strip()[connector.end() :].split()
    return (
        1 <= len(end) <= 4
        and not any(ch.isdigit() for ch in following)
        and capitalised_words(end)
        and not title_score(fold(name))
        and not function_part(name)
        and not title_score(fold(following))
    )


# The opening of a firm's name that cannot be all of it ("Les Laboratoires" over "Servier Industrie, Gidy",
# "Établissements" over "Martin Frères"): a line that holds nothing else goes on over the next one.
_NAME_OPENING_RE = re.compile(
    r"^(?:les (?:laboratoires|etablissements|ateliers|editions|papeteries|fromageries|brasseries|fonderies|forges|"
    r"chantiers|grands magasins|transports|cliniques)|etablissements|ets)$"
)


def name_opening(line: str, following: str) -> bool:
    """ "Les Laboratoires" over "Servier Industrie, Gidy": a firm's name cut after its opening words, then the rest
    of the name (a few capitalised words, perhaps a town after a comma; no number, no title)."""
    if not _NAME_OPENING_RE.match(fold(strip_punct(line.strip()))):
        return False
    name = following.partition(", ")[0].strip()
    words = name.split()
    return (
        1 <= len(words) <= 5
        and capitalised_words(words)
        and not any(ch.isdigit() for ch in following)
        and not title_score(fold(name))
        and not geo.find_places(name)
    )


def _title_and_area(line: str) -> bool:
    """ "Head of Legal – Renewables", "Juriste conformité – Sanctions internationales": a title, a dash, and only
    the business area it covers."""
    pieces = [piece.strip() for piece in re.split(r"\s+[–—-]\s+", line) if piece.strip()]
    return len(pieces) == 2 and title_score(fold(pieces[0])) >= 1 and covers_wholly(pieces[1])


def _bare_name(info: _Info) -> bool:
    """A line that holds a name and nothing else ("BNP Paribas", "TotalEnergies (Courbevoie)"): a few capitalised
    words, no title, date, number, bullet or label."""
    text = _BRACKETS_RE.sub("", info.rest).strip()
    name, comma, town = text.rpartition(", ")
    if comma and geo.find_places(town) and not geo.find_places(name):
        text = name  # "Foreign, Commonwealth & Development Office, London": the town after the name
    words = text.replace(",", " ").split()
    return (
        info.headerish
        and info.dates is None
        and not info.bullet
        and 1 <= len(words) <= 6
        and capitalised_words(words)
        and not any(ch.isdigit() or ch in ":;" for ch in text)
        and text.count(",") <= 1
        and not title_score(fold(text))
        and not function_part(text)
    )


def _looks_complete(header: list[str]) -> bool:
    return len(_parts(header)) >= 3


def header_parts(header: list[str]) -> list[str]:
    """Header lines cut at separators (" | ", " — ", " - ", tabs), in order."""
    return _parts(header)


def body_items(body: list[str]) -> list[str]:
    """Bullet points, with wrapped continuation lines joined to their bullet."""
    items: list[str] = []
    bulleted = any(is_bullet(raw) for raw in body)
    for raw in body:
        text = clean(raw)
        if not text:
            continue
        if is_bullet(raw) or not items:
            items.append(strip_bullet(text))
        elif items[-1].endswith((".", "!", "?", ":", ";")) or _LABEL_VALUE_RE.match(text):
            items.append(text)  # a sentence ended, or a "Environment: Java" line
        elif bulleted or not (text[:1].isupper() and len(items[-1]) < 60):
            # Under bullets, a line without one continues the bullet above, whatever its case (a narrow column
            # wraps "• Utilisation quotidienne de" / "Marketing piloté par la donnée").
            items[-1] = f"{items[-1]} {text}"
        else:
            items.append(text)
    # "Réalisations :", "Key responsibilities:": a label over the bullets that follow, no highlight of its own.
    return [item for item in items if item and not _BARE_LABEL_RE.match(item)]


_BARE_LABEL_RE = re.compile(r"^[^\W\d_][^\d:]{0,40}\s?:$")


def fold_words(text: str) -> str:
    return fold(text)

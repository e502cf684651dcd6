"""Work entries: employer, position, location, dates and highlights, from the many ways CVs lay them out."""

from __future__ import annotations

import itertools
import re
from collections.abc import Set as AbstractSet
from functools import lru_cache
from typing import Any

from . import geo
from .dates import FIRM_HISTORY_WORDS, MONTH_NAMES, find_date_ranges, is_month_word
from .entries import (
    ABBREVIATIONS,
    FIELD_LABEL_RE,
    PARTNERS_RE,
    PARTNERSHIP_RE,
    POSITION_LABEL,
    STATUS_WORDS,
    STUDENT_JOB_TERMS,
    TEMP_AGENCY_BEFORE,
    TENURE_RE,
    Entry,
    body_items,
    capitalised_words,
    covers,
    covers_wholly,
    group_entries,
    header_parts,
    labelled_dates_first,
    lower_opening,
    markets_listed,
    profession_tail,
    research_body_and_lab,
    research_centre_and_region,
    sentence_end,
    status_since,
    surnames,
    tail_remark,
)
from .names import given_name_hits
from .text import balanced, clean, fold, is_all_caps, is_bullet, strip_bullet, strip_punct
from .vocab import (
    ARMED_RANK_RE,
    AWARD_WORDS,
    DEPARTMENTS,
    MILITARY_UNITS_RE,
    ORG_WORDS,
    TITLE_HEADS,
    TITLE_TAILS,
    function_part,
    org_score,
    school_score,
    title_score,
)

# (and a temp's agency: "Opératrice de conditionnement en intérim avec Adecco", "Manutentionnaire en intérim chez
# Start People")
_AT_RE = re.compile(
    rf"^(?P<position>.+?)\s+(?:{TEMP_AGENCY_BEFORE}|at|(?-i:chez|CHEZ)|@|au sein de|au sein d')\s+(?P<employer>.+)$",
    re.I,
)
# France's sole traders and work on one's own account, in a contract's words and in a title ("Guide-conférencier
# (auto-entrepreneur)", "À mon compte"). ("Self-employed" in an employer's place is kept as its value.)
_SOLE_TRADER = (
    r"auto-?entrepreneur|auto-?entrepreneuse|micro-?entrepreneur|micro-?entrepreneuse|a mon compte|a son compte"
)
_CONTRACT_RE = re.compile(
    r"^(?:cdi|cdd|stage|internship|freelance|free-lance|independante?|alternance|apprentissage|interim|"
    # a British student's year in a firm ("Placement Year – Marketing Assistant", "Industrial Placement")
    r"placement(?: year)?|(?:industrial|sandwich) placement|sandwich year|year in industry|"
    # France's sole traders' status ("AUTO-ENTREPRENEUR | Architecte d'intérieur", "Auto-entreprise", "Activité
    # indépendante"), and the stage's ("Intermittente du spectacle"), as "Freelance"
    rf"{_SOLE_TRADER}|auto-?entreprise|"
    r"micro-?entreprise|activite independante|(?:travailleur|travailleuse) independante?|"
    r"intermittente?(?: du spectacle)?|"
    # a student's side job ("Job étudiant – Équipier polyvalent", "Summer job")
    rf"{STUDENT_JOB_TERMS}|"
    r"full[- ]time|part[- ]time|temps plein|temps partiel|contract|contrat|permanent|mission|vie|v\.i\.e\.?|"
    r"remote|teletravail|hybride|hybrid|on-site|sur site|"
    # the same in German ("Krankenschwester (Teilzeit)", "Erntehelfer (Saison)")
    r"teilzeit|vollzeit|saison|saisonarbeit|befristet|unbefristet|minijob)"
    # "CDD 6 mois", "CDD de 18 mois", "CDI 24h/semaine", "CDD puis CDI": how long, how many hours, what came next;
    # "CDD saisonnier", "CDD de remplacement", "CDD d'usage": which kind
    r"(?:\s+(?:de\s+|d')?\d+\s*(?:h|heures?|hours?|mois|months?|ans?|years?|semaines?|weeks?|jours?|days?)"
    # "full-time staff", "permanent position", "part-time role": the terms, then the word for a post
    r"(?:\s*/\s*\w+)?|\s+puis\s+cdi|\s+saisonniere?|\s+de remplacement|\s+d'usage|"
    r"\s+(?:staff|position|role|post|job|employee|employment))?"
    r"(?:\s*\(.*\))?$",
    re.I,
)
_PLACE_FILLERS = {"area", "region", "greater", "metropolitan", "cedex", "ile-de-france", "idf", "et", "and", "&", "-"}
_LOCATION_TAIL_RE = re.compile(r"\s*[,(]\s*([^,()]+?)(?:,\s*([^,()]+?))?\)?\s*$")


# A branch, a shop or a site of the employer, named by its town: "agence de Créteil Village", "Entrepôt de Douai",
# "hypermarché de Villeneuve-d'Ascq", perhaps with what kind of site it is ("plateforme logistique de Montbartier").
_BRANCH_RE = re.compile(
    r"^(?:(?:agence|succursale|site|magasin|boutique|entrep[oô]t|usine|d[ée]p[oô]t|plateforme|hypermarch[ée]|"
    r"supermarch[ée])\s+(?:de |d'|d’|du )(?-i:[A-ZÀ-Ý])|"
    # (with what kind of site it is, in lower case as the site's word: not "Agence immobilière du Centre", "Magasin bio
    # de Lyon", names)
    r"(?-i:(?:agence|succursale|site|magasin|boutique|entrep[oô]t|usine|d[ée]p[oô]t|plateforme|hypermarch[ée]|"
    r"supermarch[ée])\s+[a-zéèêàâîôûç]+)\s+(?:de |d'|d’|du )(?-i:[A-ZÀ-Ý])|"
    r"ateliers?\s+de la (?:rue|avenue|place|boulevard)\b|"
    # a bank's branch in lower case before its place's name ("Crédit Mutuel, agence Strasbourg Neudorf")
    r"(?-i:agence)\s+(?-i:[A-ZÀ-Ý])|"
    # a federation's local association or office, in lower case before its town ("ADMR, association de Duclair",
    # "Jussieu Secours – antenne de Nantes"; capitalised, "Association de Défense …" is a name), perhaps with the
    # level it works at ("Les Restos du Cœur, association départementale de la Drôme", "délégation régionale
    # d'Occitanie")
    r"(?-i:association|antenne|d[ée]l[ée]gation|comit[ée])"
    r"(?-i:\s+(?:d[ée]partementale?|r[ée]gionale?|locale?|territoriale?|communale?|intercommunale?))?"
    r"\s+(?:de la |de l'|de l’|de |d'|d’|du |des )(?-i:[A-ZÀ-Ý]))",
    re.I,
)
# The client's site a security or cleaning firm's agent was posted to, in lower case before the client's name
# ("Seris Security – site Hôpital Européen", "Securitas, site Airbus Blagnac", "Pégase Sécurité (galerie commerciale
# Auchan Petite-Forêt)"): where, not who employs.
_CLIENT_SITE_RE = re.compile(r"^(?:site|galerie commerciale|centre commercial)\s+(?:client\s+)?[A-ZÀ-Ý]")
# A nuclear plant, its unit or its outage where a contractor's technician worked ("CNPE du Tricastin", "Tranche 1",
# "Arrêt VD3"): the site, not the employer.
_PLANT_SITE_RE = re.compile(
    r"^(?:cnpe (?:de |du |d')\S|centrale nucleaire (?:de |du |d')\S|tranche \d{1,2}$|"
    r"arret (?:vd\d|asr|vp|de tranche)\b)"
)
# A street address after the employer ("Chanel, Paris – 31 rue Cambon"): where, not who (numbered: "Rue du Commerce",
# "Cours Florent" are firms).
_STREET_RE = re.compile(
    r"^\d{1,4}(?: ?bis| ?ter)?,?\s+(?:rue|avenue|av\.|boulevard|bd|place|quai|allee|cours|chemin|impasse)\s+"
    r"(?:du |de la |de l'|des |de |d')?\S",
    re.I,
)


def _is_branch(part: str) -> bool:
    """ "agence de Créteil Village", "Entrepôt de Douai" (not "Agence Pixel & Papier", an agency's name), "site
    Hôpital Européen"."""
    if _CLIENT_SITE_RE.match(part.strip()) and title_score(fold(part)) < 1:
        return True  # (the client's name may hold an organisation's word: "site Hôpital Européen")
    match = _BRANCH_RE.match(part.strip())
    if match is not None:
        return not title_score(fold(part)) and not org_score(fold(part[match.end() - 1 :]))
    regional = _REGIONAL_BRANCH_RE.match(strip_punct(part.strip()))
    # ("EXPLEO France – Agence Grand Est", "Agence Sud-Ouest": the firm's office for a region or a département)
    if regional is None:
        return False
    return _regional_area(regional.group(1))


def _regional_area(area: str) -> bool:
    """Whether an office's name after "Agence"/"Succursale" is the region or the compass point it serves."""
    return geo.french_area(area) is not None or _COMPASS_AREA_RE.fullmatch(fold(area)) is not None


# An office named by the area it serves ("Agence Grand Est", "Agence Île-de-France", "Succursale Sud-Ouest").
_REGIONAL_BRANCH_RE = re.compile(r"(?:agence|succursale)\s+(\S.*)", re.I)
_COMPASS_AREA_RE = re.compile(r"(?:grand[- ])?(?:nord|sud|est|ouest|centre)(?:[- ](?:est|ouest))?")


_COUNTY_RE = re.compile(geo.COUNTY_PART)
# A field post's territory, in lower case before its name ("Novartis, région Sud-Est", "secteur Grand Ouest"; not
# "Région Bretagne", the regional council, an employer).
# ("région" only before a compass point: "région Bretagne" names the regional council, an employer)
_TERRITORY_RE = re.compile(
    r"^(?:(?:secteur|zone|territoire)\s+[A-ZÀ-Ý][\w'’-]*(?:\s+[\w'’-]+){0,3}|"
    r"r[ée]gion\s+(?:Grand[- ])?(?:Nord|Sud|Est|Ouest|Centre)(?:[- ](?:Est|Ouest))?|"
    # (or one of the former regions, which no council governs any more, and the capital's: a rep's territory)
    r"r[ée]gion\s+(?:Rh[ôo]ne-Alpes|Midi-Pyr[ée]n[ée]es|Languedoc-Roussillon|Aquitaine|Limousin|Poitou-Charentes|"
    r"Alsace|Lorraine|Champagne-Ardenne|Picardie|Nord-Pas-de-Calais|(?:Basse|Haute)-Normandie|Bourgogne|Franche-Comt[ée]|"
    r"Auvergne|PACA|[ÎI]le-de-France|IDF|parisienne|lyonnaise))$"
)
_US_PLACE_RE = re.compile(r"^[A-Z][A-Za-z .'-]{1,30},\s*[A-Z]{2}$")
# US and Indian states and Canadian provinces: a header part that is one of these is the place, not the employer.
_STATE_CODES = geo.US_STATE_CODES | {"ON", "QC", "BC", "AB", "MB", "SK", "NS", "NB", "YT", "NU"}  # (and Canada's)
_STATE_NAMES = {
    "alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut", "delaware", "florida",
    "georgia", "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas", "kentucky", "louisiana", "maine",
    "maryland", "massachusetts", "michigan", "minnesota", "mississippi", "missouri", "montana", "nebraska", "nevada",
    "new hampshire", "new jersey", "new mexico", "new york", "north carolina", "north dakota", "ohio", "oklahoma",
    "oregon", "pennsylvania", "rhode island", "south carolina", "south dakota", "tennessee", "texas", "utah",
    "vermont", "virginia", "washington", "west virginia", "wisconsin", "wyoming", "ontario", "british columbia",
    "alberta", "manitoba", "saskatchewan", "nova scotia", "new brunswick", "prince edward island", "newfoundland",
    "newfoundland and labrador", "nouvelle-ecosse", "nouveau-brunswick",
    "tamil nadu", "kerala", "telangana", "andhra pradesh", "uttar pradesh", "west bengal", "gujarat", "rajasthan",
    "punjab", "haryana", "odisha", "madhya pradesh", "bihar", "goa",
}  # fmt: skip
# Legal forms that a comma separates from the name they belong to ("Quality Builders, Inc.").
_LEGAL_TAIL_RE = re.compile(
    r"^(?:inc|inc\.|llc|l\.l\.c\.|ltd|ltd\.|limited|corp|corp\.|co|co\.|plc|llp|lp|gmbh|sa|sas|sasu|sarl|eurl|scop|"
    r"gie|spa|srl|pvt\.? ?ltd\.?|s\.a\.?|n\.a\.|p\.c\.?|ag|bv|nv|pty\.? ?ltd\.?|"
    # the European forms: "S.A.U.", "S.L.", "S.p.A.", "B.V.", "A/S", "a.s.", "s.r.o.", "Lda.", "Sp. z o.o.", "Oyj"
    r"s\.a\.u\.?|s\.l\.?|s\.p\.a\.?|s\.r\.l\.?|b\.v\.?|n\.v\.?|a/s|a\.s\.?|s\.r\.o\.?|spol\.? s r\.o\.?|"
    r"lda\.?|z o\.o\.?|o\.o\.?|kg|oy|oyj|kft|zrt|sprl|bvba|ohg|ug|"
    # Switzerland's and Luxembourg's "Sàrl", "S.à r.l.", Belgium's "ASBL"
    r"s\.?[aà]\.? ?r\.?l\.?|asbl|a\.s\.b\.l\.?|"
    # Québec's "Ltée", "S.E.N.C.R.L." (a partnership of professionals), "S.E.N.C.", "S.E.C."
    r"lt[ée]e|s\.e\.n\.c\.(?:r\.l\.?)?|s\.e\.c\.|sencrl|senc)$",
    re.I,
)
# The Polish and Czech limited companies, written in lower case and with dots: "sp. z o.o.", "spol. s r.o.", "s.r.o.".
_POLISH_FORM_RE = re.compile(r"\b(?:sp\. z o\.o|spol\. s r\.o|s\.r\.o)\.?$", re.I)
# Forms that are also English words ("as", "ab"): only in capitals ("Linpro AS", "Volvo AB", "Siemens SE").
_LEGAL_CAPITALS = frozenset({"AS", "AB", "SE", "ASA"})


def ends_with_legal_form(name: str) -> bool:
    """A company's name closed by its legal form: "Airbus Operations SAS", "Initech GmbH", "IBM India Pvt. Ltd"."""
    words = name.split()
    if len(words) > 1 and words[-1] in _LEGAL_CAPITALS:
        return True
    return len(words) > 1 and bool(_LEGAL_TAIL_RE.match(words[-1]) or _LEGAL_TAIL_RE.match(" ".join(words[-2:])))


def without_legal_form(name: str) -> str:
    """``name`` without the legal form that closes it: "Zensar Technologies Pvt. Ltd" → "Zensar Technologies"."""
    words = name.split()
    while len(words) > 1:
        if len(words) > 2 and _LEGAL_TAIL_RE.match(" ".join(words[-2:])):
            del words[-2:]
        elif words[-1] in _LEGAL_CAPITALS or _LEGAL_TAIL_RE.match(words[-1]):
            del words[-1]
        else:
            break
    return " ".join(words).rstrip(",")


# What an employer or a position never is: a period, a duration, a bare number, a season, a field label.
_MONTH_WORDS = "|".join(MONTH_NAMES)
_TRAILING_PERIOD_RE = re.compile(
    rf"(?:\s+|\s*[,(]\s*)(?:since|from|till|until|to|de|du|depuis|des|en)(?:\s+(?:{_MONTH_WORDS})\.?)?\s*$", re.I
)
_JUNK_VALUE_RE = re.compile(
    rf"^(?:[\W\d_]+|(?:{_MONTH_WORDS})\.?(?:\s*'?\d{{1,2}})?|present|current|currently|now|ongoing|till date|"
    r"to date|today|aujourd'hui|actuel|actuellement|en cours|curriculum vitae|resume|cv|"
    r"(?:summers?|spring|autumn|fall|winters?|etes?|hivers?|automne|saisons?)"
    r"(?:\s+(?:\d{2,4}(?:\s*/\s*\d{2,4})?|jobs?|internship|term|semester))?|\d+(?:st|nd|rd|th)? quarter|"
    # (spring in French only with its year: "Printemps" alone is the department store)
    r"printemps\s+(?:\d{2,4}|jobs?|internship|term|semester)|"
    # a season named alone ("Saisons estivales 2018 – 2019", "Saison 2015 (avril – octobre)", "Winter season")
    r"saisons?(?:\s+(?:estivales?|hivernales?|d'hiver|d'ete|touristiques?))?(?:\s*\([^)]*\)?)?|"
    r"(?:summer|winter|ski|high|low) seasons?(?:\s*\([^)]*\)?)?|"
    # when in the week or the year the work was done ("Week-ends depuis 2023", "Vacances scolaires 2019")
    r"(?:les\s+)?(?:week-?\s?ends?|vacances(?:\s+scolaires)?|school holidays|holidays|mercredis|samedis|"
    r"dimanches|soirees|nuits|jours feries)|"
    # a pay, a rate ("800 € par mois", "11,50 €/h", "£550/day"): what the job paid, no name
    r"\(?[£$€]?\s*\d[\d\s.,]*\s*(?:k?€|£|\$|euros?|eur)?\s*(?:/|par |per |an? )\s*\w+\)?|"
    # "18 months", "(4 semaines)", "3 jours entreprise / 2 jours école": how long, or the rhythm of a work-study
    r"\(?(?:\d+\s*(?:\+\s*)?(?:years?|yrs?|months?|mos?|ans?|mois|weeks?|days?|semaines?|jours?)\s*)+\)?|"
    r"(?:rythme\s+)?\d+\s*(?:jours?|semaines?)\s+(?:en\s+)?entreprise\b.*|"
    r"(?:duration|since|until|updated|client|clients|description|synopsis|environment|environnement|role|"
    r"responsibilities|team size|project|projects|projet|technologies|technology|tools|outils|platform|domain|"
    r"industry|programming|sponsor|member|location|address|details|summary|objective|teaching|research|"
    r"volunteer|contribution|achievements|self|software|hardware|reference|references|poste))$",
    re.I,
)
# "Clients include Glossier, Mailchimp", "Principaux clients notamment …": whom a freelance worked for, listed
_CLIENT_LIST = r"^(?:selected\s+|key\s+|principaux\s+)?clients?\s+(?:include[sd]?|including|incl\.?|notamment)\b"
_LABEL_PREFIX_RE = re.compile(
    r"^(?:duration|since|until|updated|client|description|environment|role|team size|"
    r"technologies|tools|platform|domain|period|periode|dates?|title|project(?:\s+(?:title|name))?|projet|"
    r"customer|end client|client final|responsibilities|responsabilites|missions?|"
    # A person named after a role: "Chair: Jane Roe", "Supervisor: …", "Tuteur : …".
    r"chairs?|co-chairs?|supervisor|superviseur|tuteur|tutor|advisor|referee|reference|contact)\s*:|" + _CLIENT_LIST,
    re.I,
)
_CLIENT_LIST_RE = re.compile(_CLIENT_LIST, re.I)


def _client_part(part: str) -> bool:
    """A client named after the word ("client Airbus", "Client final Orange"), not a title ("Client Advisor")."""
    match = _CLIENT_NAMED_RE.match(part)
    return match is not None and _role_score(match.group("client")) <= 0


# An agency worker's assignment ("mission Deret Logistique", "missions chez Leroy Merlin").
_MISSION_FORM_RE = re.compile(r"^missions?(?:\s+chez)?\s*:?\s+(?P<client>[A-Z0-9].*)$")
# Words of a temp's or a stand-in's status, no agency's name ("Intérimaire", "Renfort", "Extra").
_STATUS_ONLY_WORDS = frozenset(
    {"interimaire", "renfort", "extra", "saisonnier", "saisonniere", "vacataire", "remplacant", "remplacante"}
)


def _agency_beside(parts: list[str], part: str) -> bool:
    """Whether another part of the header can be the agency that placed the worker: not a title, a contract or a
    status, nor a town."""
    pieces = [piece.strip() for other in parts if other is not part for piece in other.split(", ")]
    return any(
        not _client_part(other)
        and _role_score(other) < 1
        and not is_contract_word(other)
        and fold(strip_punct(other)) not in _STATUS_ONLY_WORDS
        and not _location_of(other)
        for other in pieces
    )


def _firm_like(part: str) -> bool:
    """A name in capitals, with an organisation's word, or closed by a legal form: a firm's, surely."""
    return is_all_caps(part) or org_score(fold(part)) > 0 or ends_with_legal_form(strip_punct(part))


# The words that name a consultant's client ("client", "clients finaux", "end-client"), on folded text or in a
# case-insensitive group.
CLIENT_WORDS = r"(?:clients?(?: final| finaux)?|end[- ]clients?)"
_CLIENT_BRACKET_RE = re.compile(rf"\s*\((?i:{CLIENT_WORDS})\s*:[^()]*\)(?=,)")
# A French research unit's number: "UMR 5218", "UMR CNRS 7252", "UPR 3082".
# A research unit with the bodies that run it in brackets ("UMR Agronomie (INRAE, AgroParisTech)", "Laboratoire LIENSs
# (CNRS, La Rochelle Université)"): a laboratory named whole, the employer of its staff, not a department of a title.
_UNIT_UNDER_BODIES_RE = re.compile(
    r"^(?:umr|ums|upr|usr|unite mixte de recherche|unite de recherche|laboratoire|labo)\b[^()]*"
    r"\([^()]*\b(?:cnrs|inserm|inrae|inra|cirad|ird|ifremer|cea|inria|irstea|universite|university)\b"
)
_RESEARCH_UNIT_RE = re.compile(r"\b(?:umr|ums|upr|usr)\s*(?:cnrs\s*)?\d{3,4}\b")
# A client named after the firm, with no brackets: "client Airbus", "CLIENT : SNCF", "client final Orange".
# (and an agency worker's assignment, in lower case: "Synergie – mission Deret Logistique", "missions chez Casino")
_CLIENT_NAMED_RE = re.compile(
    rf"^(?:(?i:{CLIENT_WORDS})|missions?(?:\s+(?:chez|pour))?)\s*:?\s+(?P<client>[A-Z0-9].*)$"
)
# Function words that may sit in a name ("Bank of America", "Ministère de la Défense").
_SMALL_WORDS = {
    "of", "and", "the", "for", "in", "at", "on", "de", "du", "des", "la", "le", "les", "et", "d", "l", "a", "an", "&",
    "to", "y", "van", "von", "der", "den", "da", "do", "dos", "di", "e", "und", "fur", "en", "au", "aux",
}  # fmt: skip
# Words that alone never name an employer or a position: a legal form, a kind of place or unit, a field label.
_GENERIC_WORDS = {
    "company", "companies", "corporation", "corp", "limited", "ltd", "inc", "llc", "plc", "gmbh", "ag", "sa", "sas",
    "co", "pvt", "private", "group", "center", "centre", "department", "dept", "office", "hotel", "lab", "labs",
    "st", "city", "open", "position", "positions", "period", "organisation", "organization", "career", "job",
    "employer", "client", "customer", "intermediate", "service", "services", "information", "name", "title",
    "various", "multiple", "assignments", "other", "others", "n/a", "na", "etc", "societe", "entreprise",
    "university", "universite", "college", "school", "ecole", "lycee", "state", "team", "equipe", "board", "committee",
    "comite", "voluntary", "benevole", "benevolat", "remunerated", "remunere", "paid", "unpaid", "confidential",
    "confidentiel",
    # Levels of a skill or a language, left over from a list written inside the experience section.
    "advanced", "beginner", "basic", "expert", "fluent", "native", "proficient", "avance", "debutant", "intermediaire",
    "courant", "notions", "bilingue",
}  # fmt: skip
_PRONOUN_RE = re.compile(r"^(?:i|we|my|our|je|nous|j')\b", re.I)
_PROMOTED_RE = re.compile(r"\s+(?:puis|then)\s+(?=\w)")


# A French title and what it is about: a capitalised title word, then "de", "d'", "en", "au" and no sentence end.
# ("Responsable contrôle de gestion pneus tourisme": a word of the field may come between the title and its "de")
_TITLE_PHRASE_RE = re.compile(
    r"^[A-ZÀ-Ý][\w-]*\s+(?:[a-zà-ÿ][\w-]*\s+)?(?:de|d'|d’|du|des|en|au|aux)\b(?![^.;!?]*[.;!?]\s)"
)


# The words that make a phrase after a title word a sentence's: articles and possessives ("Conseiller les clients",
# "Manager une équipe de vente"), not the "des" of "Responsable des achats".
_DETERMINERS = frozenset(
    {"le", "la", "les", "un", "une", "leur", "leurs", "son", "sa", "ses", "notre", "nos", "votre", "vos", "ce", "cet",
     "cette", "ces", "the", "a", "an", "their", "our", "my"}
)  # fmt: skip


def _goods_named(words: list[str], text: str) -> bool:
    """After a title word, the goods or the field it covers in lower case, with no article (a verb's object would
    have one) nor a sentence's stop: "Acheteur lait et matières premières laitières"."""
    return not re.search(r"[.;:!?]", text) and not any(
        fold(word) in _DETERMINERS or re.match(r"[lL]['’]", word) for word in words
    )


def _prose(text: str) -> bool:
    """A fragment of a sentence ("Assemble and service systems in house for their clients") rather than a name."""
    if _PRONOUN_RE.match(text) or re.search(r"\b(?:their|our|my|his|her|your|was|were|is)\b", text):
        return True
    held = re.match(rf"(.+?)\s+(?:(?-i:chez)|{TEMP_AGENCY_BEFORE})\s+(?=[A-ZÀ-Ý0-9])", text)
    if held and title_score(fold(held.group(1).split()[0])) >= 1:
        # "Conducteur scolaire et ligne régulière chez Keolis Armor": a post, then where it is held; the words of
        # the post alone tell a sentence
        text = held.group(1)
    head, comma, remark = text.rpartition(", ")
    if comma and len(remark.split()) <= 3 and remark[:1].islower() and tail_remark(remark):
        # "Commis aux services administratifs (CR-04), emploi étudiant": the terms after the title's comma are no
        # words of a sentence
        text = head
    promoted = _PROMOTED_RE.split(text, maxsplit=1)
    if len(promoted) == 2 and title_score(fold(promoted[0])) >= 1 and len(text.split()) <= 14:
        return False  # "Employé commercial puis adjoint au chef de rayon": a title, then the one the person rose to
    # (A remark in brackets is no part of the sentence test: "Assistante sociale (CDD remplacement congé maternité",
    # "Équipière polyvalente (job étudiant) chez McDonald's".)
    unbracketed = re.sub(r"\s*\([^()]*\)?\s*$|\s*\([^(),]{1,30}\)", " ", text).strip()
    words = re.findall(r"[^\W\d_][\w'’-]*", unbracketed or text)
    if _TITLE_PHRASE_RE.match(text) and title_score(fold(words[0])) >= 1 and len(words) <= 10:
        return False  # "Infirmière en service de médecine polyvalente", "Chargée de mission en développement durable"
    # (an elided article before a name is no word in lower case: "l'Estonie", "d'Orléans", "l'UE")
    lower = [
        w
        for w in words
        if w[:1].islower()
        and fold(w) not in _SMALL_WORDS
        and not title_score(fold(w))
        and not re.match(r"[dl]['’][A-ZÀ-Ý]", w)
    ]
    if (
        len(lower) >= 4
        and len(lower) * 2 >= len(words)
        and not (len(words) <= 7 and title_score(fold(words[0])) >= 1.5 and _goods_named(words, text))
    ):
        return True
    return len(words) >= 5 and bool(re.search(r"[a-z]{2}\. [A-Z]", text)) and len(lower) >= 2


_WORKING_AS_RE = re.compile(
    r"^(?:(?:i\s+)?(?:have|had|am|was|j'ai)\s+(?:been\s+)?)?(?:(?:currently|presently|actuellement)\s+)?"
    r"(?:working|worked|employed|serving|served|travaille|"
    r"en poste)\s+(?:as|en tant que|comme)\s+(?:(?:an?|une?)\s+)?",
    re.I,
)


# The title of unpaid work, alone: a position, though a label or no name where an employer is read.
_UNPAID_TITLES = frozenset({"volunteer", "benevole"})


@lru_cache(maxsize=16384)
def plausible_value(text: str, *, employer: bool) -> str:
    """``text`` cleaned of a trailing date connector ("Infosys, Bangalore since Oct" keeps "Infosys, Bangalore"),
    or "" when it cannot be an employer (``employer``) or a position: a period, a duration, a number, a season, a
    field label, a place alone (employers), a sentence fragment. An employer also loses a label or an article written
    before it and an apposition after it, and must be shaped like a name (see ``_employer_shaped``)."""
    value = clean(text)
    for _ in range(2):
        value = clean(_TRAILING_PERIOD_RE.sub("", value))
    value = strip_punct(value).strip(" ([")
    if not employer:
        value = _WORKING_AS_RE.sub("", value)  # "Currently working as Senior Engineer" (at Initech)
    folded = fold(value)
    if not value or not any(c.isalpha() for c in value) or len(value) > 120:
        return ""
    if not employer and folded in _UNPAID_TITLES:
        return value  # "Volunteer" over "Restos du Cœur – Grenoble": the post held there (no employer's name)
    if _JUNK_VALUE_RE.match(folded) or _LABEL_PREFIX_RE.match(folded) or re.search(r"\(member\b", folded):
        return ""
    if _prose(value) and not _POLISH_FORM_RE.search(value):  # ("Allegro.pl sp. z o.o" is a name)
        return ""
    words = re.findall(r"[\w/'’]+", folded)
    if all(w in _GENERIC_WORDS or w in _SMALL_WORDS for w in words) or (len(words) == 1 and len(words[0]) < 2):
        return ""
    if employer:
        if not value.isupper():
            value = _EMPLOYER_LABEL_WORD_RE.sub("", value)  # "SOCIÉTÉ GÉNÉRALE" is a name in capitals
        value = _LEADING_ARTICLE_RE.sub("", value)
        value = _APPOSITION_RE.sub("", value)
        if _location_of(value) or _is_state(value) or not _employer_shaped(value):
            return ""
    return value


# "ORGANISATION Initech Ltd", "EMPLOYER: …" without its colon: a form's label written before the name in capitals.
_EMPLOYER_LABEL_WORD_RE = re.compile(
    r"^(?:ORGANI[SZ]ATION|COMPANY|EMPLOYER|EMPLOYEUR|ENTREPRISE|SOCI[EÉ]T[EÉ])\s+(?=[A-Z0-9])"
)
# "the Secretariat of State", "la Direction régionale": the article of the sentence the name was written in.
_LEADING_ARTICLE_RE = re.compile(r"^(?:the|la|le|les)\s+(?=[A-Z])")
# "Initech, a software house", "Globex, the leading …", "Initech, une société de conseil": what follows the name.
_APPOSITION_RE = re.compile(r",\s+(?:a|an|the|un|une|le|la|les|l')\s+[a-z].*$")
# Words an employer's name never ends with: a sentence cut at the line's end ("President of the board for").
_DANGLING_WORDS = {
    "of", "for", "in", "on", "at", "to", "with", "and", "or", "the", "a", "an", "by", "from", "as", "principally",
    "de", "du", "des", "d", "pour", "en", "au", "aux", "avec", "et", "ou", "chez", "par", "sur", "dans", "le",
    "la", "les", "l", "during", "including", "while", "pendant", "dont", "lors",
}  # fmt: skip
# The last word of a CV's sub-heading ("Student Activities", "Activités associatives", "Peer Reviewed Journals").
_HEADING_NOUNS = {
    "activities", "activites", "affiliations", "memberships", "journals", "articles", "awards", "honors", "honours",
    "achievements", "interests", "hobbies", "distinctions", "loisirs", "associatives", "recompenses", "references",
    "experience", "experiences", "skills", "competences",
}  # fmt: skip
# What a prize or a sentence says: "Best Newsletter Design winner", "Awarded Teacher of the Year", "Lauréat du …".
_AWARD_RE = re.compile(rf"\b(?:{AWARD_WORDS})\b")
# "Student seeking internship", "Développeur en recherche d'alternance", "Je recherche un stage": an objective, not
# a title nor an employer. Research is a trade ("Ingénieure de recherche", "Chargé de recherche CNRS", "Responsable
# Recherche et Développement"): only the wording of someone looking for a job counts. Matched on folded text.
OBJECTIVE_RE = re.compile(
    r"\b(?:seeking|seeks|looking for|searching for|in search of|a la recherche|en recherche|je (?:re)?cherche|"
    r"(?:re)?cherche (?:un|une|des|d'|du|mon|ma|activement|actuellement)\b|"
    r"recherche (?:de |d')?(?:stage|emploi|poste|alternance|contrat|cdi|cdd|mission|opportunite))"
)
# A sentence of a description: "Experience in installing servers", "Expérience de la relation client".
_DESCRIPTION_RE = re.compile(
    r"^(?:experience|experiences|expertise|knowledge|connaissances?)\s+(?:in|of|with|on|de|d|en|du|des|avec)\b"
)
# An English past tense opening a sentence ("Promoted to …", "Architected and built"): before a lower-case word.
_PAST_LEAD_RE = re.compile(r"^[A-Z][a-z]{2,}ed\s+[a-z]")
# A full stop after a word that is no abbreviation, then more text: two sentences ("Alumni Center. Minneapolis");
# a word in capitals before it is an abbreviation ("Country-Wide INS. CO").
_SENTENCE_BREAK_RE = re.compile(r"\b([A-Z]?[a-z]{2,})\.\s+\S")


def _lower_word(word: str) -> bool:
    """A word in lower case; "eBay", "iGate", "iEnergizer" are not: a capital or a digit inside the first word is
    how such names are written."""
    return word[:1].islower() and not any(c.isupper() or c.isdigit() for c in word[1:])


# (a short brand: a project's site, "whodidiforget.com", "fellows-exp.com", is no employer)
_WEB_NAME_RE = re.compile(r"[a-z][a-z0-9]{1,9}\.(?:com|fr|nl|de|be|ch|io|co\.uk|es|it)")


# The platforms a freelance works through or shows work on: no employer ("Freelance Web Developer" / "github.com").
_PLATFORMS_TEXT = """github gitlab bitbucket linkedin medium malt upwork fiverr dribbble behance kaggle wix monsite
twitter youtube facebook instagram stackoverflow codepen substack wordpress blogspot notion comeup freelance"""
_PLATFORMS = frozenset(_PLATFORMS_TEXT.split())


# Words in lower case that open a phrase before a capitalised name, not a brand written in lower case.
_NOT_BRANDS_TEXT = "own new our your their with from into onto upon avec pour dans sous chez vers selon also then plus"
_NOT_BRANDS = frozenset(_NOT_BRANDS_TEXT.split())
# Brands written in lower case alone or before a site's name ("franceinfo, Paris", "ibis Paris Gare du Nord TGV").
_LOWER_CASE_BRANDS = frozenset({"ibis", "franceinfo", "adidas", "bpost", "dnata", "leboncoin", "easyjet", "vinted"})


def _employer_shaped(value: str) -> bool:
    """Whether ``value`` can be written as an employer's name: not a lower-case fragment of a sentence ("designing
    layout"), not two sentences, not a sentence cut at a preposition, not a CV's sub-heading nor a prize."""
    folded = fold(value)
    words = re.findall(r"[a-z0-9]+", folded)
    if not words:
        return False
    # ("bol.com", "leboncoin.fr": a firm named by its web address, in lower case)
    organisation = names_organisation(value) or bool(
        _WEB_NAME_RE.fullmatch(value) and value.split(".")[0] not in _PLATFORMS
    )
    first = value.split()[0]
    organisation = organisation or fold(first) in _LOWER_CASE_BRANDS
    # ("dnata Switzerland", "bpost Belgique": a brand written in lower case, before a capitalised name)
    branded = (
        2 <= len(value.split()) <= 4
        and 4 <= len(first) <= 6
        and fold(first) not in _DANGLING_WORDS | _NOT_BRANDS  # ("at Google Cloud", "own Business", "with BNP")
        and not first.endswith(("ed", "ing"))  # ("managed Key Accounts": a sentence's verb)
        and all(word[:1].isupper() for word in value.split()[1:])
    )
    if _lower_word(first) and not organisation and not branded:
        return False
    legal = ends_with_legal_form(value)
    for match in _SENTENCE_BREAK_RE.finditer(value):
        if fold(match.group(1)) not in ABBREVIATIONS and not _POLISH_FORM_RE.search(value):  # ("Allegro.pl sp. z o.o")
            return False
    last = value.split()[-1]
    # "Linpro AS", "Globex S.A": a legal form in capitals, unless the whole value is in capitals ("… OF AFRICA FOR").
    dangling = words[-1] in _DANGLING_WORDS and len(words) > 1 and (last.islower() or value.isupper())
    if dangling and not legal:  # ("AKTOR S.A": the "a" of S.A.)
        return False
    if _DESCRIPTION_RE.match(folded) or _PAST_LEAD_RE.match(value):
        return False
    if _AWARD_RE.search(folded) or OBJECTIVE_RE.search(folded):
        return False
    return not (words[-1] in _HEADING_NOUNS and not organisation)


def without_dangling_words(text: str) -> str:
    """``text`` without the function words it ends with ("Tata Motors Limited as" → "Tata Motors Limited")."""
    words = text.split()
    while len(words) > 1 and words[-1].islower() and fold(words[-1]).strip(".,;:") in _DANGLING_WORDS:
        words.pop()
    return " ".join(words)


def _is_country(part: str) -> bool:
    """A country's name alone ("France", "Spain")."""
    places = geo.find_places(part)
    return len(places) == 1 and places[0][0] == "country" and fold(strip_punct(part.strip())) == places[0][1]


def _is_state(part: str, *, loose: bool = False) -> bool:
    """A state or province ("TX", "Texas"); ``loose`` also takes a title-case code ("Ca") after a city."""
    text = strip_punct(part.strip())
    if loose and len(text) == 2:
        text = text.upper()
    return text in _STATE_CODES or fold(text) in _STATE_NAMES


# A town the gazetteer may not know, named with its French département or postcode: "La Seyne-sur-Mer (83)", "La
# Garde (83)" (whose "garde" is also a title), "Saint-Martin-d'Hères (38400)".
_DEPARTMENT_PLACE_RE = re.compile(
    r"^[A-ZÀ-Ý][\w'’]*(?:[ -](?:[A-ZÀ-Ý][\w'’]*|la|le|les|lès|de|du|des|en|sur|sous|d'[A-ZÀ-Ý][\w'’]*)){0,5}"
    r"\s*\((?:0[1-9]|[1-8]\d|9[0-5]|2[ABab]|97[1-6]|\d{5})\)$"
)


# (and Dublin's postal districts: "Dublin 2", "Dublin 6W")
# The kind of office a place is, in brackets after it ("France (HQ)", "Genève (siège)").
_OFFICE_REMARK_RE = re.compile(
    r"\s*\((?:HQ|H\.Q\.|head ?office|headquarters|si[eè]ge(?: social)?|main office|field office|country office)\)\s*$",
    re.I,
)
_PLACE_NUMBERS_RE = re.compile(
    r"\([a-z]{0,4}\d{1,5}[a-z]?\)|\b\d{5}\b|\b\d{3} ?\d{3}\b|\b\d{1,2}(?:er|e|eme)\b|(?<=dublin )\d{1,2}w?\b|[,()]"
)


# Towns named in several words tied by hyphens around a small word: "Neuville-en-Ferrain", "Saint-Donat-sur-l'Herbasse",
# "Weston-super-Mare", "Stoke-on-Trent" (no company writes its name so; "Saint-Gobain" has no such word).
_COMPOUND_TOWN_RE = re.compile(
    r"^[A-ZÀ-Ý][\w'’]*(?:-[\w'’]+)*-(?:en|sur|sous|les|lès|le|la|de|du|des|aux|au|upon|on|super|under)-"
    r"[\w'’]+(?:-[\w'’]+)*$"
)
# "Chatswood NSW", "Parramatta NSW 2150", "Prospect SA 5082": an Australian suburb, its state and perhaps its
# postcode (which "SA", "WA", "NT" and "ACT" need: "Acme SA" is a company).
_AUSTRALIAN_PLACE_RE = re.compile(
    rf"^[A-Z][a-z]+(?: [A-Z][a-z]+){{0,2}},? (?:(?:{geo.AUSTRALIAN_STATES})(?: \d{{4}})?|"
    rf"(?:{geo.AUSTRALIAN_STATES_WITH_POSTCODE}) \d{{4}})$"
)


def _location_of(part: str) -> str | None:
    """The part itself when it is a place ("Paris", "Lyon (69)", "London, UK", "Austin, TX"), else None."""
    office = _OFFICE_REMARK_RE.search(part)
    if office and office.start() > 0:
        # ("Lyon, France (HQ)", "Bruxelles (siège)": which of the employer's offices, after its place)
        return part.strip() if _location_of(part[: office.start()]) else None
    if _US_PLACE_RE.match(part.strip()):
        # ("Teacher, PE", "Associate, PE": a title, then what it covers, not a town and its state's code)
        town, code = part.strip().rsplit(",", 1)
        if code.strip() in _STATE_CODES or geo.find_places(town) or not title_score(fold(town)):
            return part.strip()
    if _COUNTY_RE.match(part.strip()) or _is_branch(part) or _STREET_RE.match(fold(part.strip())):
        return part.strip()
    if _TERRITORY_RE.match(part.strip()):
        return part.strip()
    if _COMPOUND_TOWN_RE.match(part.strip()) or _AUSTRALIAN_PLACE_RE.match(part.strip()):
        return part.strip()
    folded = fold(part)
    if (
        _DEPARTMENT_PLACE_RE.match(part.strip())
        and not org_score(folded)
        and (not title_score(folded) or re.match(r"(?:la|le|les|saint|sainte)\b", folded))
    ):
        return clean(strip_punct(part))
    if _is_state(part):
        return strip_punct(part.strip())
    if "/" in part and all(_location_of(piece) for piece in part.split("/")):
        return part.strip()  # "Cologne/Bonn", "Vilnius / Paris": an airport's two towns, or two offices
    places = geo.find_places(part)
    if _is_country(part):
        return strip_punct(part.strip())  # "France" alone (an organisation word in "Manutan France") is the country
    if not places or len(part.split()) > 5 or title_score(folded) >= 1 or org_score(folded):
        return None
    # (A département's number or a site's code in brackets: "Lyon (69)", "Coventry (BHX1)".)
    # (And a city's district: "Paris 11e", "Lyon 3ème", "Paris 1er".)
    stripped = _PLACE_NUMBERS_RE.sub(" ", folded)
    remaining = stripped
    for _kind, name, _code in places:
        remaining = remaining.replace(name, " ")
    if all(word in _PLACE_FILLERS for word in remaining.split()):
        return clean(strip_punct(part))
    return None


def is_place_line(text: str) -> bool:
    """A line that only names a place: "Paris", "Santa Clara, CA", "Springfield, Ohio", "Lyon, France"."""
    pieces = _comma_cut(strip_punct(clean(text)))
    if len(pieces) == 2 and [kind for kind, _, _ in geo.find_places(text)] == ["city", "country"]:
        # "Lyon, France": a known city, then its country.
        return all(len(geo.find_places(piece)) == 1 and fold(piece) == geo.find_places(piece)[0][1] for piece in pieces)
    if len(pieces) == 2 and _is_state(pieces[1], loose=True):
        # "Santa Clara, CA": any city-shaped name before a state code; before a state's name ("Globex, New York"
        # is a company and a city) only a place the gazetteer knows.
        code = len(strip_punct(pieces[1])) == 2
        return bool(_unknown_place(pieces[0]) if code else _location_of(pieces[0]))
    return len(pieces) == 1 and _location_of(pieces[0]) is not None


# "Région de Paris", "Greater London", "Lyon et périphérie", "Dublin Area": a town's surroundings as a networking
# site writes them.
_AREA_RE = re.compile(r"^(?:r[ée]gion de|greater|grand)\s+(?P<a>.+)$|^(?P<b>.+?)\s+(?:et p[ée]riph[ée]rie|area)$", re.I)


_AREA_HINT_RE = re.compile(r"r[ée]gion de|greater|grand|p[ée]riph[ée]rie|area", re.I)


# The words that open a town's or a resort's name ("Lake Placid", "Saint-Émilion", "Mont Tremblant").
_PLACE_OPENERS = frozenset(
    ["lake", "mount", "mont", "port", "fort", "saint", "sainte", "st", "san", "santa", "new", "north", "south", "east",
     "west", "le", "la", "les", "el", "los", "las", "grand", "upper", "lower", "great", "little", "val", "cap"]
)  # fmt: skip


# The regions, provinces and states that exported networking profiles write between the town and the country, in the
# names their English and French pages give them ("Milan, Lombardy, Italy", "Rennes, Brittany, France", "Munich,
# Bavaria, Germany"), where the gazetteer holds no such name. Read only in such a line, between a town and a country,
# or alone before the country ("Brittany, France"): alone, "Brittany" is a given name too.
_PROFILE_REGIONS_TEXT = """
    brittany normandy corsica burgundy alsace lorraine picardy aquitaine champagne-ardenne pays-de-la-loire
    centre-val-de-loire bourgogne-franche-comte provence-alpes-cote-d'azur auvergne-rhone-alpes lombardy lombardia
    lazio piedmont piemonte veneto tuscany toscana emilia-romagna campania sicily sicilia liguria apulia puglia
    sardinia sardegna umbria marche abruzzo calabria friuli-venezia-giulia trentino-alto-adige catalonia cataluna
    catalunya andalusia andalucia galicia aragon valencian-community community-of-madrid basque-country navarre
    bavaria bayern baden-wurttemberg hesse hessen saxony sachsen lower-saxony niedersachsen brandenburg thuringia
    north-rhine-westphalia nordrhein-westfalen rhineland-palatinate schleswig-holstein flanders flemish-region
    wallonia walloon-region brussels-region brussels-capital-region wales northern-ireland north-holland
    south-holland noord-holland zuid-holland utrecht quebec manitoba alberta
"""
_PROFILE_REGIONS = frozenset(_PROFILE_REGIONS_TEXT.split())


def _is_region(part: str) -> bool:
    places = geo.find_places(part)
    whole = len(places) == 1 and places[0][0] == "country" and fold(strip_punct(part.strip())) == places[0][1]
    return whole or _is_state(part) or bool(_COUNTY_RE.match(part.strip()))


def _profile_region(part: str) -> bool:
    """A region as a networking profile names it before the country: one the gazetteer lists as standing for its
    country ("Québec", "Bretagne", "Île-de-France", where "Québec" is a town too), or one of ``_PROFILE_REGIONS``."""
    key = fold(strip_punct(part.strip()))
    return key in geo.REGIONS or key == "quebec" or re.sub(r"[\s'’-]+", "-", key) in _PROFILE_REGIONS


def is_region_line(text: str) -> bool:
    """A line naming a town down to its region and country, as exported networking profiles write it: "Bordeaux,
    Nouvelle-Aquitaine, France", "Trafford Park, England, United Kingdom"; or a town's surroundings: "Région de
    Paris, France", "Lyon et périphérie", "Greater London"."""
    if text.count(",") < 2 and not _AREA_HINT_RE.search(text) and not _profile_region(text.partition(",")[0]):
        return False  # (most lines: neither three pieces, a town's surroundings nor a region and its country)
    pieces = _comma_cut(strip_punct(clean(text)))
    area = _AREA_RE.match(pieces[0]) if pieces else None
    first = clean(area.group("a") or area.group("b")) if area else (pieces[0] if pieces else "")
    first_ok = _location_of(first) is not None or (not area and _unknown_town(first))
    if len(pieces) == 3 and _is_country(pieces[2]):
        # The middle piece is a region ("Nouvelle-Aquitaine", "England", "Texas", "County Dublin"), not a town:
        # "Accor, Paris, France" is an employer's line. After a town the gazetteer knows, a short name that is
        # neither a title nor an organisation is the region the gazetteer does not ("Amsterdam, North Holland").
        middle = pieces[1]
        if first_ok and (_profile_region(middle) or (fold(middle) == fold(first) and _location_of(first) is not None)):
            # "Dorval, Quebec, Canada", "Milan, Lombardy, Italy"; a city that is a region of its own, named twice:
            # "Berlin, Berlin, Germany", "Hamburg, Hamburg, Germany"
            return True
        if (
            _location_of(first) is not None
            and _unknown_place(middle)
            and (" " in middle or "-" in middle)  # (not "Lyon, Capgemini, France")
            and not org_score(fold(middle))
        ):
            return True
        return _is_region(pieces[1]) and first_ok
    if area is None and len(pieces) == 2 and _is_country(pieces[1]) and _profile_region(pieces[0]):
        return True  # "Brittany, France", "Île-de-France, France": a region alone before its country
    if area is None or len(pieces) > 2 or (len(pieces) == 2 and not _is_country(pieces[1])):
        return False
    return _location_of(first) is not None


def _after_dates_place(text: str) -> bool:
    return is_region_line(text) or is_place_line(text)


def _split_location(part: str) -> tuple[str, str | None]:
    """ "ACME, Paris" → ("ACME", "Paris"); "Lidl (Montbert)" and "Green Leaf Care Ltd, Norwich" → the town too, known
    or not, when it is bracketed after the name or follows a legal form."""
    match = _LOCATION_TAIL_RE.search(part)
    if match and match.start() > 0:
        tail = part[match.start() :].strip(" ,()")
        head = clean(part[: match.start()])
        if _BRANCH_NAME_RE.fullmatch(tail) and ends_with_legal_form(strip_punct(head)):
            return part, None  # "State Street Bank International GmbH, Luxembourg Branch": the branch's own name
        if _location_of(tail) or (
            (part[match.start() :].lstrip().startswith("(") or ends_with_legal_form(head)) and _unknown_town(tail)
        ):
            return head, clean(tail.strip("()"))
    return part, None


def _unknown_town(tail: str) -> bool:
    """ "Montbert", "Saint-Herblain", "Wrocław, Poland": a town's shape, in letters that are not all capitals (a
    bracketed "(LVMH)" is a group), perhaps with its country."""
    pieces = _comma_cut(tail)
    if len(pieces) == 2 and _is_country(pieces[1]):
        pieces = pieces[:1]
    return (
        len(pieces) == 1
        and not pieces[0].isupper()
        and _unknown_place(pieces[0])
        and fold(pieces[0]) not in DEPARTMENTS | _SECTORS
    )


# Business lines a group names in brackets after itself ("Thales (Défense)", "Acme (Export)").
_SECTORS = frozenset(
    ["defense", "defence", "export", "import", "retail", "banque", "bank", "assurance", "insurance", "energie"]
)


# A remark in round or square brackets that ends a header part, perhaps left open: "Product Manager (Houston, TX)",
# "Agent de propreté [CDI]", "Amazon (via Adecco".
_REMARK_TAIL_RE = re.compile(r"\s*[(\[]([^()\[\]]*)[)\]]?\s*$")


def _comma_cut(part: str) -> list[str]:
    """``part`` cut at ", " outside brackets: "Product Manager (Houston, TX), Initech" → two pieces."""
    pieces: list[str] = []
    depth = 0
    start = 0
    for index, char in enumerate(part):
        if char == "(":
            depth += 1
        elif char == ")":
            depth = max(0, depth - 1)
        elif char == "," and depth == 0 and part[index + 1 : index + 2] == " ":
            pieces.append(part[start:index].strip())
            start = index + 1
    pieces.append(part[start:].strip())
    return [p for p in pieces if p]


_REMARKS_AFTER_PLACE_RE = re.compile(r"\),\s.*$")


def _bracketed_place(part: str) -> tuple[str, str | None]:
    """ "Product Manager (Houston, TX)" → ("Product Manager", "Houston, TX"); a part without a bracketed place is
    returned unchanged with None."""
    match = _REMARK_TAIL_RE.search(part)
    if not match or match.start() == 0 or not match.group(1).strip():
        return part, None
    inner = clean(match.group(1))
    pieces = [p.strip() for p in inner.split(",")]
    if (
        _location_of(inner)
        or (len(pieces) == 2 and _is_state(pieces[1], loose=True) and not title_score(fold(pieces[0])))
        or (_town_led(inner) and len(inner.split()) <= 5 and not title_score(fold(inner)))
    ):
        # ("Starbucks (Paris Gare de Lyon)": a town and its station or district is the branch's place as well.)
        return clean(part[: match.start()]), inner
    return part, None


def _comma_split(parts: list[str]) -> list[str]:
    """ "Consultant SAP, Capgemini, Lyon" → three parts (commas inside a header separate fields more often than not)."""
    return _comma_pieces(parts)[0]


# The ranks of banks and consultancies, which CVs write before the post held ("Vice President, Client Advisor").
_RANK_RE = re.compile(
    r"(?:senior |executive |assistant |associate )?(?:managing director|vice[- ]president|director|associate|"
    r"partner|principal)|[sae]?vp|avp|md"
)
_THEN_RE = re.compile(r"^(?:then|later|puis|ensuite|promoted to|promu|promue)\s+\S", re.IGNORECASE)


# A law or accounting firm named after three partners, a comma after the first: "Osler, Hoskin & Harcourt LLP",
# "Fasken, Martineau & DuMoulin S.E.N.C.R.L." (its legal form says it is one name).
_TWO_PARTNERS_RE = re.compile(
    r"^[A-Z][\w'’-]+, [A-Z][\w'’-]+ & [A-Z][\w'’-]+,? (?:LLP|L\.L\.P\.|LLC|(?i:s\.e\.n\.c\.r\.l\.)|SENCRL)"
)


_LIST_END_RE = re.compile(r" (?:et|&|and) ")
# The registered name of a foreign company's branch, after the company's legal form and a comma: "Luxembourg Branch",
# "London Branch", "succursale de Luxembourg", "Zweigniederlassung Deutschland".
_BRANCH_NAME_RE = re.compile(
    r"(?:[A-ZÀ-Ý][\w'’-]+ ){1,3}Branch|(?i:succursale|branch) (?:de |du |d['’]|en |in |of )?[A-ZÀ-Ý][\w'’-]+(?: "
    r"[A-ZÀ-Ý][\w'’-]+)?|Zweigniederlassung [A-ZÀ-Ý][\w'’-]+"
)


def _partners_listed(head: str, pieces: list[str]) -> bool:
    """The first of ``pieces`` goes on a partnership's list of partners that ``head`` opened ("SCP Roques" then
    "Bénézech et Gaillard"): the list runs on surnames to the one joined by "et" or "&", none a place or a title
    ("Cabinet Martin, Lyon et Paris": the firm's towns)."""
    if not PARTNERSHIP_RE.match(fold(head)) or _LIST_END_RE.search(head) or not re.search(r" [A-ZÀ-Ý][\w'’-]+$", head):
        return False
    for piece in pieces:
        if not surnames(piece) or any(_location_of(side) or covers(side) for side in _LIST_END_RE.split(piece)):
            return False  # (nor the firm's trades: "Cabinet Dupuis, Comptabilité et Fiscalité")
        if _LIST_END_RE.search(piece):
            return True
    return False


# A trainee's placement named as the post, perhaps with the programme or season it belongs to ("Internship", "Erasmus+
# Internship", "Summer Internship", "Stage de fin d'études"), folded.
_TRAINEESHIP_RE = re.compile(
    r"(?:[\w+'-]+ ){0,2}(?:internship|traineeship|placement|apprenticeship)|stage(?: [\w'-]+){0,3}"
)


def _comma_pieces(parts: list[str]) -> tuple[list[str], set[int]]:
    """The parts cut at commas, and the indexes of the pieces that came last after a comma ("Lyon" above)."""
    out: list[str] = []
    tails: set[int] = set()
    for part in parts:
        if ", " in part and not _AT_RE.match(part) and not markets_listed(part):
            pieces = _comma_cut(part)
            merged: list[str] = []
            for number, piece in enumerate(pieces):
                if merged and _THEN_RE.match(piece) and _role_score(merged[-1]) > 0:
                    merged[-1] = f"{merged[-1]}, {piece}"  # "Associate, then Vice President": one career there
                elif number == 1 and _TRAINEESHIP_RE.fullmatch(fold(merged[-1])) and _qualifies_title(piece):
                    # "Erasmus+ Internship, Data Analytics", "Stage, Marketing": the placement is the post, in the
                    # field after the comma (alone, "Internship" is the terms of a post named elsewhere)
                    merged[-1] = f"{merged[-1]}, {piece}"
                elif len(pieces) == 2 and merged and _scope_beside_employer(merged[-1], piece, part, parts):
                    merged[-1] = f"{merged[-1]}, {piece}"  # "Senior Legal Counsel, Civil Aerospace" / "Rolls-Royce plc"
                elif (
                    len(pieces) == 4
                    and number == 1
                    and covers(piece)  # (not "Barista, Starbucks, Canary Wharf, London": the branch)
                    and _title_scope(merged[-1], piece)
                    and _employer_and_city(pieces[2], pieces[3])
                ):
                    merged[-1] = f"{merged[-1]}, {piece}"  # "Product Owner, Recommendations, Deezer, Paris"
                elif (
                    merged
                    and _STATE_DIRECTORATE_RE.match(fold(merged[-1].split(" – ")[-1]))
                    and re.match(r"(?:de|du|des|d')\s?[a-zà-ÿ]", piece)
                ):
                    # "Direction régionale des entreprises, de la concurrence, du travail et de l'emploi"
                    merged[-1] = f"{merged[-1]}, {piece}"
                elif merged and _COMMA_NAME_RE.match(f"{merged[-1]}, {piece}"):
                    merged[-1] = f"{merged[-1]}, {piece}"  # "Foreign, Commonwealth & Development Office"
                elif merged and _ministry_listing(merged[-1], pieces[number:]):
                    merged[-1] = f"{merged[-1]}, {piece}"  # "Department for Levelling Up, Housing and Communities"
                elif (
                    number == 1
                    and _TWO_PARTNERS_RE.match(f"{merged[-1]}, {piece}")
                    and _role_score(merged[-1]) <= 0  # (not "Associate, Allen & Overy LLP")
                ):
                    merged[-1] = f"{merged[-1]}, {piece}"  # "Osler, Hoskin & Harcourt LLP": three partners' firm
                elif merged and ends_with_legal_form(strip_punct(merged[-1])) and _BRANCH_NAME_RE.fullmatch(piece):
                    # "State Street Bank International GmbH, Luxembourg Branch": a foreign company's branch is
                    # registered under the company's name, its legal form, then the branch's
                    merged[-1] = f"{merged[-1]}, {piece}"
                elif merged and _partners_listed(merged[-1], pieces[number:]):
                    merged[-1] = f"{merged[-1]}, {piece}"  # "SCP Roques, Bénézech et Gaillard": its partners
                elif merged and profession_tail(piece) and _role_score(merged[-1]) <= 0:
                    merged[-1] = f"{merged[-1]}, {piece}"  # "SCP Martin-Leroy, Notaires associés": the firm's name
                    if not any(_role_score(p) > 0 or _location_of(p) for p in merged[:-1]):
                        merged = [", ".join(merged)]  # "Office notarial de Maîtres Girard, Lopez et Vidal, Notaires"
                elif merged and _LEGAL_TAIL_RE.match(piece):
                    merged[-1] = f"{merged[-1]}, {piece}"
                    if len(merged) >= 2 and merged[-1][:1].islower() and _role_score(merged[-2]) <= 0:
                        merged[-2:] = [f"{merged[-2]}, {merged[-1]}"]  # "Lavery, de Billy, S.E.N.C.R.L."
                    if not any(_role_score(p) > 0 or _location_of(p) for p in merged[:-1]):
                        # "Mota-Engil, Engenharia e Construção, S.A.": a name writing its legal form after a comma
                        # writes commas inside itself too; no title or place among the pieces, it is one name.
                        merged = [", ".join(merged)]
                else:
                    merged.append(piece)
            partners = PARTNERS_RE.match(part)
            names = re.split(r",\s|\s&\s", partners.group()) if partners else []
            if (
                len(merged) >= 3
                and partners
                and re.match(r"\s*(?:,|$)", part[partners.end() :])
                # (not "Consultant, Accenture, Paris & Lyon": a title, an employer and its towns)
                and not any(_role_score(name) > 0 or _location_of(name) or geo.find_places(name) for name in names)
            ):
                # "Skadden, Arps, Slate, Meagher & Flom LLP": a firm named after its partners
                merged = [partners.group(), *_comma_cut(part[partners.end() :].lstrip(", "))]
            out.extend(merged)
            if len(merged) >= 2:
                tails.add(len(out) - 1)
        else:
            out.append(part)
    return out, tails


def _armed_post(rank: str, post: str) -> bool:
    """Whether ``rank`` is an armed forces' rank and ``post`` the post held at it, written after a comma ("Sergent-chef,
    chef de groupe", "Corporal, Paratrooper", "Flight Sergeant, Force Protection"), not the unit or its town."""
    folded = fold(post)
    return (
        ARMED_RANK_RE.fullmatch(fold(strip_punct(rank))) is not None
        and 1 <= len(post.split()) <= 7
        and MILITARY_UNITS_RE.search(folded) is None
        # (a post that reads as a title: not "Captain, Cathay Pacific", "Captain, easyJet", "Sergeant, NYPD",
        # "Matelot, Compagnie Océane", "Caporal, opération Barkhane")
        and title_score(folded) >= 1
        and not _location_of(post)
        and not geo.find_places(post)
        and not school_score(folded)
        and not ends_with_legal_form(post)
    )


def _scope_beside_employer(title: str, piece: str, part: str, parts: list[str]) -> bool:
    """ "Senior Legal Counsel, Civil Aerospace" over "Rolls-Royce plc — Derby", "Staff Sergeant, Troop Quartermaster —
    British Army", "Adjudant, chef de section adjoint — Armée de Terre": a title, then after its comma what it covers
    or the post held at that rank, while another part of the header names the employer. (A lone word after the comma
    may be the employer itself, "Analyst, Citi"; a consultancy's name is its employer over its client's.)"""
    words = re.sub(r"\([^()]*\)", "", piece).split()
    folded = fold(piece)
    if _employer_then_town(part, parts) and _title_scope(title, piece):
        return True
    if not (
        _role_score(title) >= 1.0
        and not is_contract_word(piece)  # ("hôtesse de caisse, temps partiel": how, not what)
        and not _terms_remark(piece)
        # (still read as a title: "…, Emergency Department" is not; but a function or a market in one word may follow
        # any title: "Summer Intern, Finance", "Senior Associate, Audit", "Head of Brand Marketing, EMEA")
        and (_role_score(f"{title}, {piece}") >= 1.0 or _scope_word(words))
        # ("Directeur adjoint de la sûreté, en charge de la protection des sites …": a remark in lower case)
        and (1 <= len(words) <= 5 or (piece[:1].islower() and 6 <= len(words) <= 16))
        # ("Team Lead, QA, Canada": "QA" may be read a place)
        and (len(words) >= 2 or _role_score(piece) >= 1.0 or _scope_word(words))
        and not given_name_hits(words[0])  # ("Research Assistant, Jane Smith": the person assisted)
        and (not org_score(folded) or _covered(piece) or _role_score(piece) >= 1.0)
        and not ends_with_legal_form(piece)
        and not school_score(folded)
        and not _location_of(piece)
        and _bracketed_place(piece)[1] is None  # ("Legrand North America (West Hartford)": a firm and its town)
        and not _firm(folded)
    ):
        return False
    # (the other part's first piece: "Browne Jacobson LLP, Nottingham")
    others = [_comma_cut(other)[0] for other in parts if other is not part]
    # After the comma, what the title covers or a post: the other part names the employer unless it is a place. A
    # name that may be the employer's ("Vendeur, Maisons du Monde" over "Montrouge") needs a plain organisation's
    # name beside it ("Rolls-Royce plc", "Home Office", "Leonardo UK").
    plain = _covered(piece) or _role_score(piece) >= 1.0 or piece[:1].islower()
    # (a one-word name may be a town, "Montrouge", beside a piece that may name the employer; not beside a function or
    # a market, which names none: "Stripe" over "Head of Brand Marketing, EMEA")
    scoped = _covered(piece)
    return any(
        (
            _role_score(other) < 0
            or (
                _role_score(other) == 0
                and (
                    _named_like_company(other)
                    or (
                        plain
                        and not _location_of(other)
                        and not (len(other.split()) == 1 and _unknown_town(other) and not scoped)
                    )
                )
            )
        )
        and len(other.split()) <= 6
        and other[:1].isupper()
        and not all(is_month_word(word) for word in other.split())  # ("Septembre": a date wrapped beside it)
        and not _location_of(other)
        and not is_region_line(other)
        and not school_score(fold(other))
        for other in others
    )


def _scope_word(words: list[str]) -> bool:
    """One word after a title's comma that says what the post covers: a market ("EMEA", "Benelux") or a function
    written as a word ("Audit", "Finance"; not a team's initials, "QA", "DSI", which the title leaves out)."""
    if len(words) != 1:
        return False
    word = strip_punct(words[0])
    return bool(_MARKET_RE.fullmatch(fold(word))) or (not word.isupper() and _covered(word))


def _title_scope(title: str, piece: str) -> bool:
    """Whether ``piece``, after a title's comma, may be what the post covers ("Reinsurance Pricing", "services
    bancaires") rather than a firm, a place, a school or a second post: for a header that names its employer
    elsewhere."""
    words = re.sub(r"\([^()]*\)", "", piece).split()
    folded = fold(piece)
    return (
        _role_score(title) >= 1.0
        and 1 <= len(words) <= 5
        and not given_name_hits(words[0])
        and (piece[:1].islower() or (not org_score(folded) and not _firm(folded)))
        and _role_score(piece) < 1.0  # ("Sales Assistant, Store Manager": two posts)
        and not is_contract_word(piece)  # ("Market assistant, part-time": how, said apart)
        and not ends_with_legal_form(piece)
        and not school_score(folded)
        and not _location_of(piece)
        and _bracketed_place(piece)[1] is None
    )


def _employer_and_city(name: str, town: str, *, country: bool = False) -> bool:
    """ "Deezer" then "Paris": an employer's name, then a city the gazetteer knows (not a state: "…, Columbia,
    Missouri" is a town and its state). With ``country``, any place after it, a country only after a name of several
    words: after one, the name may be a town the gazetteer does not know ("Montrouge, France")."""
    city = any(kind == "city" for kind, _, _ in geo.find_places(town)) and bool(_location_of(town))
    placed = bool(_location_of(town)) and (not _is_country(town) or len(name.split()) > 1)
    return bool(
        (city or (country and placed))
        and name[:1].isupper()
        and 1 <= len(name.split()) <= 6
        and _role_score(name) <= 0
        and not _location_of(name)
        and not school_score(fold(name))
        and not all(is_month_word(word) for word in name.split())
    )


def _employer_then_town(part: str, parts: list[str]) -> bool:
    """Whether another part of the header is an employer's name with its town after it ("Covéa Re, Paris", "Banque
    Nationale, Laval (Québec)", "Crawford & Company" before "Cardiff"): then a title's comma opens what the post
    covers ("Actuarial Analyst, Reinsurance Pricing"), not the employer."""
    for index, other in enumerate(parts):
        if other is part or ":" in other or is_place_line(other):
            continue  # (not "Client: BNP Paribas, Paris": whom the work was for)
        pieces = _comma_cut(other)
        if len(pieces) == 2:
            town = pieces[1]
        elif len(pieces) == 1 and index + 1 < len(parts):
            town = parts[index + 1]
        else:
            continue
        if _employer_and_city(pieces[0], town, country=True):
            return True
    return False


# A ministry or department named after the matters it holds, listed with commas: "Department for Digital, Culture,
# Media and Sport", "Ministère du Travail, de la Santé et des Solidarités".
_MINISTRY_OPEN_RE = re.compile(
    r"\b(?:Department for|Ministry of|Secretary of State for|(?:Minist[eè]re|Secr[ée]tariat d['’][ÉE]tat) (?:du|de la|"
    r"de l['’]|des|de|d['’])) ?[A-ZÀ-Ý][\w'’-]*(?:,? (?:[A-ZÀ-Ý][\w'’-]*|and|&|et|de la|de l['’]\w+|du|des|de))*$"
)  # (not a university's "Department of Medicine", whose hospital may follow: "Brigham and Women's Hospital")
_MATTER_RE = re.compile(
    r"(?:(?:de la|de l['’]|du|des|de|d['’]) ?)?[A-ZÀ-Ý][\w'’-]*"
    r"(?: (?:[A-ZÀ-Ý][\w'’-]*|and|&|et|de la|de l['’]\w+|du|des|de|d['’]\w+|[a-zà-ÿ]+elle|[a-zà-ÿ]+ale?s?)){0,5}"
)


# Names written with a comma inside: the British foreign ministry, and "Department for Environment, Food & Rural
# Affairs" (which ``_ministry_listing`` reads as a list of matters).
_COMMA_NAME_RE = re.compile(r"^(?:foreign, commonwealth (?:&|and) development office)$", re.I)


def _ministry_listing(head: str, pieces: list[str]) -> bool:
    """The first of ``pieces`` continues the list of matters a ministry's name opened in ``head``: the list ends at
    its "and", in this piece or the next ("Whitehall" after "Ministry of Defence" is a place, not a matter)."""
    listed = head.split(", ", 1)[1] if ", " in head else ""
    piece = pieces[0]

    def matter(text: str) -> bool:
        # (not "Newport and London", "Bercy et Paris": the places of its offices; nor an organisation's name)
        sides = re.split(r" (?:and|&|et) ", text)
        return bool(
            _MATTER_RE.fullmatch(text)
            and not any(_location_of(side) for side in sides)
            and not title_score(fold(text))
            and not school_score(fold(text))
        )

    return bool(
        _MINISTRY_OPEN_RE.search(head)
        and not re.search(r" (?:and|&|et) ", listed)
        and matter(piece)
        and any(re.search(r" (?:and|&|et) ", text) and matter(text) for text in pieces[:2])
    )


# (French towns: "Saint-Grégoire", "Évry", "Évian-les-Bains", "Marcy-l'Étoile"; others in Latin letters: "Wrocław")
_PLACE_SHAPE_RE = re.compile(
    r"^(?:[A-ZÀ-ÖØ-ÝĀ-ſ][a-zß-öø-ÿĀ-ſ]+\.?|[A-Z]{2,}|[A-Z]\.[A-Z]\.)"
    r"(?:[ -](?:(?:les|lès|la|le|de|du|des|en|sur|sous|upon|on|aux|au)-|upon |[ld]['’])?"
    r"(?:[A-ZÀ-ÖØ-ÝĀ-ſ][a-zß-öø-ÿĀ-ſ]+\.?|[A-Z]{2,}|[A-Z]\.[A-Z]\.)){0,2}$"
)


def _unknown_place(part: str) -> bool:
    """A comma's last piece shaped like a place the gazetteer does not know ("Sometown", "Santa Clara"): one to three
    capitalised words with no title, organisation or school word."""
    text = clean(part)
    folded = fold(text)
    return bool(
        _PLACE_SHAPE_RE.match(text)
        and not _LEGAL_TAIL_RE.match(text)
        and not title_score(folded)
        and not org_score(folded)
        and not school_score(folded)
    )


def _role_score(part: str) -> float:
    """Evidence that a header part is the position (positive) rather than the employer or a school (negative).
    Titles joined by a slash ("Division Manager/VP Field Services") count as the best-scored of them."""
    if "/" in part and not re.search(r"\b(?:inc|llc|ltd|pvt|gmbh|plc|sas|sarl)\b", fold(part)):
        pieces = [p for p in (clean(x) for x in part.split("/")) if len(p) > 1]
        if len(pieces) >= 2 and all(len(p.split()) <= 6 for p in pieces):
            return max(_single_role_score(p) for p in pieces)
    return _single_role_score(part)


# The guarding trade's words, which end a security firm's name after its own ("Fiducial Sécurité", "Seris Security",
# "Lancry Protection Sécurité") as they end a title's field ("Agent de sécurité") (folded).
_GUARDING_WORDS = frozenset({"securite", "security", "surete", "gardiennage"})
# The words that make such a phrase a field, a department or a unit, not a firm ("Qualité Sécurité", "Cyber Security",
# "Direction Sûreté", "Airport Security") (folded).
_SAFETY_FIELDS_TEXT = """qualite hygiene sante environnement prevention incendie cyber information informatique it
    network data physical food social homeland public civile routiere sanitaire alimentaire nucleaire electrique travail
    direction pole responsable airport aeroport aviation border campus application applicative cloud product produit
    payment paiement endpoint mobile web email identity ot offensive operational software systems systemes
    infrastructure"""
_SAFETY_FIELDS = frozenset(_SAFETY_FIELDS_TEXT.split())


def _guarding_firm(part: str) -> bool:
    """A security firm named by its own name, then its trade's word, every word capitalised and none a title's or a
    field's: "Fiducial Sécurité", "Pégase Sécurité (galerie commerciale …)"; not "Agent Sécurité", "Cyber Security".
    The trade's word would read it as a title, and the site it guards beside it as the employer ("Clinique du Pont de
    Chaume")."""
    remark = _REMARK_TAIL_RE.search(part)
    words = (part[: remark.start()] if remark and remark.start() > 0 else part).split()
    return (
        2 <= len(words) <= 4
        and fold(words[-1]) in _GUARDING_WORDS
        and all(word[:1].isupper() for word in words)
        and not any(
            fold(word) in _SAFETY_FIELDS or fold(word) in _GUARDING_WORDS or title_score(fold(word))
            for word in words[:-1]
        )
    )


# Nouns that end the name of a public body or an office and never a job title.
_BODY_TAILS = frozenset(["office", "council", "county", "department", "ministry", "agency", "authority", "trust"])


_NUMBERED_WARD_RE = re.compile(r"^ward (?:\d+[a-z]?|[a-z]\d*)\b")


_HOW_TAIL_RE = re.compile(r"\s+(?:en\s+)?(?:freelance|free-lance|ind[ée]pendante?)$", re.I)


# A franchisee's status, a post beside the title ("Franchisé, gérant de 2 magasins"), written with its accent: folded,
# "Franchisé" is the noun, "Franchise" alone a firm's or a field's word, no post.
_FRANCHISEE_RE = re.compile(r"\s*(?i:franchis(?:é|ée|ee))\s*")


def _single_role_score(part: str) -> float:
    if _FRANCHISEE_RE.fullmatch(part):
        return 1.5
    if _guarding_firm(part):
        return -0.8  # "Pégase Sécurité (galerie commerciale …)": a security firm, whose trade's word is a title's
    # "Office Clerk (temp via Initech Agency)": a title followed by a bracketed remark (its closing bracket perhaps
    # trimmed) that holds no title is that title; "Safety Committee (Team Leader)" is read whole.
    remark = _REMARK_TAIL_RE.search(part)
    if remark and remark.start() > 0:
        bare = part[: remark.start()]
        if title_score(fold(bare)) >= 1 and not title_score(fold(remark.group())):
            part = bare
    # "Motion designer freelance", "Graphiste indépendante": a title, then how the work was done
    how = _HOW_TAIL_RE.search(part)
    if how and how.start() > 0 and title_score(fold(part[: how.start()])) >= 1:
        part = part[: how.start()]
    folded = fold(part)
    if _NUMBERED_WARD_RE.match(folded):
        return -0.5  # "Ward 6D, Cardiology": where in a hospital, not a post ("Ward Sister" is one)
    # ("Business & Decision": a consultancy's name, whose words read as a title's. The part must be the name whole,
    # not hold it as ``consultancy_named`` asks of an employer: "Consultant Capgemini", "Ingénieur SII" are titles.)
    if _CONSULTANCY_NAME_RE.fullmatch(folded.strip()):
        return -1.0
    title = title_score(folded)
    org = org_score(folded)
    tokens = re.findall(r"[a-z0-9+#-]+", folded)
    if org and tokens and tokens[-1] in TITLE_TAILS and tokens[-1] not in ORG_WORDS:
        org *= 0.3  # "Social Media Manager", "Bank Teller": the last word names the role
    elif org and 2 <= len(tokens) <= 4 and tokens[0] in TITLE_HEADS and tokens[0] not in ORG_WORDS:
        org *= 0.3  # "Employé logistique", "Technicien informatique": a French title opens with the person
    if tokens and tokens[-1] in _BODY_TAILS and len(tokens) >= 2:
        org += 1.0  # "Cook County Assessor's Office", "Harrow Council": an English body's name ends with its noun
    if _LEGAL_TAIL_RE.match(part.split(", ")[-1].strip()) or re.search(
        r"\b(?:inc|llc|ltd|limited|pvt|gmbh|plc|corp|corporation|sarl|sas)\b\.?$", folded
    ):
        org += 1.5
    score = title - 0.8 * org - 0.8 * school_score(folded)
    if _HEAD_OF_RE.match(folded) and title >= 1:
        # ("Responsable de l'école de foot", "Head of the School of Music": a post at the head of what it names, a
        # school's or an organisation's words in it)
        return max(score, 1.0)
    return score


# A title that names what its holder leads: "Responsable de …", "Directrice de …", "Head of …" (folded).
_HEAD_OF_RE = re.compile(
    r"^(?:responsable|directeur|directrice|director|head|chef|cheffe|coordinateur|coordinatrice|coordinator)"
    r"\s+(?:de|du|des|d'|of)\b"
)


def title_evidence(text: str) -> float:
    """How much ``text`` reads as a job title, a remark in brackets after it aside ("Receptionist (Seasonal)",
    "Healthcare Support Worker (Bank)"), unless the brackets spell out the initials before them: then the title is
    the words spelled out ("AES (accompagnant éducatif et social)")."""
    remark = _REMARK_TAIL_RE.search(text)
    head = text[: remark.start()] if remark and remark.start() > 0 else text
    if _FRANCHISEE_RE.fullmatch(head):
        return 1.5  # ("Franchisé": with its accent, see ``_FRANCHISEE_RE``)
    folded = fold(head)
    # "Process Mechanical Division Manager/VP Field Services": two titles held together, each read on its own.
    evidence = max(title_score(part) for part in [folded, *(folded.split("/") if "/" in folded else ())])
    if remark and head != text and _initials_of(head.strip(), remark.group(1)):
        evidence = max(evidence, title_score(fold(remark.group(1))))
    return evidence


def _initials_of(acronym: str, words: str) -> bool:
    """Whether ``acronym`` (in capitals) is made of the initials of ``words``, the short joining words aside."""
    named = [word for word in re.findall(r"[^\W\d_][\w'’-]*", words) if fold(word) not in _SMALL_WORDS]
    return acronym.isupper() and len(acronym) >= 2 and "".join(fold(word)[0] for word in named) == fold(acronym)


_WITH_RE = re.compile(
    r"^(?P<position>.+?)\s+(?:with|of the|to the|for the|aupres de|auprès de|aupres du|auprès du)\s+"
    r"(?P<employer>[A-Z0-9].+)$"
)


def names_organisation(text: str) -> bool:
    """An organisation's name, by a word of the lexicon or a legal form ("Initech Ltd", "Maritime Organization")."""
    folded = fold(text)
    return (
        bool(
            org_score(folded)
            or re.search(
                r"\b(?:organi[sz]ation|administration|agency|authority|institute|conference|association)\b", folded
            )
            or _LEGAL_TAIL_RE.match(text.split(", ")[-1].strip())
        )
        and _single_role_score(text) <= 0
    )


# "Ingénieur d'études au BET Benhamouda", "Stagiaire à la BCEAO", "Infirmière au CHU de Nantes": a title, then the
# French "au" or "à la" and a name (not "Conseiller à la clientèle", "Attaché à la Direction": a title's own words).
# (a space after "au", "aux", "à la": "GENDARME AUXILIAIRE" holds none)
_AU_RE = re.compile(
    r"^(?P<position>.+?)\s+(?:(?:au|aux|[àa] la)\s+|[àa] l['’]\s*)(?P<employer>(?-i:[A-ZÀ-Ý])\S.*)$", re.I
)


def _named_after_au(match: re.Match[str]) -> bool:
    """Whether the words after "au" / "à la" name where the title is held: the title is one, and an organisation
    follows, opened by its initials or an organisation's word ("BET Benhamouda", "BCEAO", "Lycée Victor Hugo"), no
    department, function or field the title covers ("Chargé de mission à la Direction Financière", "Conseiller à la
    Clientèle", "Hôtesse à l'Accueil")."""
    employer = re.sub(r"\s*\([^()]*\)", "", match.group("employer").partition(", ")[0]).strip()
    folded = fold(employer)
    first = employer.split()[0] if employer else ""
    return bool(
        title_score(fold(match.group("position"))) >= 1
        and (re.fullmatch(r"[A-Z]{2,}[A-Z&-]*", first) or org_score(fold(first)) > 0 or school_score(fold(first)) > 0)
        and title_score(folded) < 1
        and not function_part(employer)
        and not _department_part(employer)
        and not lower_opening(employer)
        and not covers(employer)
        and not _ward(employer)  # ("Enseignant au CP", "Infirmière aux Urgences": the class taught, the ward)
        and folded.split()[0] not in DEPARTMENTS
        and not _location_of(employer)
    )


def title_and_employer(text: str, *, au: bool = True) -> tuple[str, str] | None:
    """(title, employer) of "Développeur at ACME", "Stagiaire chez Thales", "Consultant with Initech Ltd",
    "Ingénieur d'études au BET Benhamouda" or "Secretary General of the Maritime Organization" (after "with", "of
    the", "au"… only when an organisation or a name follows); None when ``text`` is not a title followed by where
    it is held. (``au`` false: not after "au" / "à la", whose words may name the unit the post is in, when a line
    under the title names the employer.)"""
    match = _AT_RE.match(text)
    if match is None:
        match = _WITH_RE.match(text)
        if match and not names_organisation(match.group("employer")):
            match = None
    if match is None:
        # ("Commandant en second du 2e Régiment de Dragons", "Chef de corps du 3e RIMa": a unit of the armed forces
        # after "du", where the post was held)
        match = _OF_UNIT_RE.match(text)
        if match and MILITARY_UNITS_RE.search(fold(match.group("employer"))) is None:
            match = None
    if match is None and au:
        match = _AU_RE.match(text)
        if match and not _named_after_au(match):
            match = None
    if match is None:
        return None
    position = fold(match.group("position"))
    if title_score(position) < 0.7 and not _CHEZ_RE.match(text) and not _terms_only(position):
        return None  # (but "MISSION INTÉRIM VIA EXPECTRA CHEZ RENAULT": the terms, then the employer)
    return clean(match.group("position")), clean(match.group("employer"))


# A title, then "du" or "of the" and a name, perhaps numbered ("Commandant en second du 2e Régiment de Dragons").
_OF_UNIT_RE = re.compile(
    r"^(?P<position>.+?)\s+(?:du|de la|de l'|de l’|des|of the|of)\s+"
    r"(?P<employer>(?:\d{1,3}(?:er|re|e|ème|eme|st|nd|rd|th)?\s+)?(?-i:[A-ZÀ-Ý])\S.*)$"
)


# "Cordiste chez Samsic", "Laveur de vitres chez ISS": "chez" is only ever written between a job and the
# employer, so the words before it are the job even when the vocabulary does not know them (a short part,
# opened by a capital, before a name).
# (in lower case too before a temp's agency: "manutentionnaire en intérim chez Start People")
_CHEZ_RE = re.compile(
    r"^(?:(?-i:[A-ZÀ-Ý])[\w'’-]*(?:\s+[\w'’-]+){0,4}\s+(?:(?-i:chez)|au sein de|au sein d')|"
    rf"[\w'’-]+(?:\s+[\w'’-]+){{0,3}}\s+{TEMP_AGENCY_BEFORE})\s+(?-i:[A-ZÀ-Ý0-9])",
    re.I,
)


# Contract words that also say what the job was when no title is written ("Stage – Thales", "Internship, Initech").
_TRAINEE_RE = re.compile(
    r"^(?:stage|internship|alternance|apprentissage|apprenticeship|(?:industrial |sandwich )?placement(?: year)?|"
    r"year in industry)$",
    re.I,
)


# A title worked on one's own account, then the business's name in brackets: "Artisan maçon à mon compte (DUPUIS
# Maçonnerie)", "Photographe auto-entrepreneur (Studio Lumière)", "Consultant indépendant (Ardoise Conseil)".
_OWN_FIRM_RE = re.compile(
    r"^(?P<title>.+?)\s+(?:(?P<own>[àa]\s+(?:mon|son)\s+compte|auto-?entrepreneur|auto-?entrepreneuse|"
    r"micro-?entrepreneur|micro-?entrepreneuse)|ind[ée]pendante?|freelance|self-employed)\s*"
    r"\((?P<firm>(?-i:[A-ZÀ-Ý])[^()]*)\)$",
    re.I,
)


def _own_firm(part: str) -> tuple[str, str] | None:
    """The title and the business of a header part that says the work was done on one's own account and names the
    business in brackets after it ("Artisan maçon à mon compte (DUPUIS Maçonnerie)"); the words of the status go:
    the business says it. Not a town in brackets ("Consultant indépendant (Lyon)"), nor a contract's remark."""
    match = _OWN_FIRM_RE.match(clean(part))
    if match is None:
        return None
    title, firm = match.group("title").strip(" ,–-"), match.group("firm").strip()
    if _location_of(firm) or is_contract_word(firm) or _role_score(title) <= 0:
        return None
    # A business's name: an organisation's word or a legal form ("Ardoise Conseil", "SARL Dupont Plomberie"), or
    # after "à mon compte" / "auto-entrepreneur", capitalised words ("Jardins de Provence"); not what a freelance
    # offers, listed ("React, Node.js", "Anglais, Espagnol", "SAP FI/CO", "EN > FR"), nor one word of a field or a
    # skill ("Bâtiment", "SEO", "LSF")
    if re.search(r"[,/:;<>]| chez | pour ", firm):
        return None
    if not (names_organisation(firm) or (match.group("own") and len(firm.split()) >= 2 and _capitalised_name(firm))):
        return None
    return title, firm


def _assign(parts: list[str]) -> tuple[str, str, str]:
    """(position, employer, location) from header parts. A part with a field label ("Position: …", "Company: …",
    "Poste : …") is that field, whatever its wording."""
    labelled: dict[str, str] = {}
    plain: list[str] = []
    location = unknown_lead = ""
    bracketed = ""  # the plain part that had its town in brackets ("Thales (Mérignac)")
    for rank, part in enumerate(parts):
        match = FIELD_LABEL_RE.match(part)
        if match is None:
            if _CLIENT_LIST_RE.match(part):
                continue  # ("Clients include Glossier, Mailchimp": no employer of the freelance's among them)
            if _QUOTED_WORK_RE.match(part) and not all(_QUOTED_WORK_RE.match(other) for other in parts):
                # "Comédienne | « Un été à Sète », long métrage de Lou Ferrand | Les Films du Vent", "Podcast host —
                # “Paris Sound Walks” (independent)": a part wholly in quotes names a work (a film, a play, a
                # podcast), never the employer; a name after its comma still counts ("« Sous la glace », Cie Les
                # Ombres Portées, tournée nationale")
                _, comma, rest = part.partition(", ")
                if not (comma and rest[:1].isupper()):
                    continue
                part = rest
            if rank and _PRODUCTION_CREDIT_RE.search(part):
                # "Lighting Designer — The Weir, dir. Orla Keating": the production worked on and its director, a
                # credit; the theatre or company that staged it is named elsewhere
                continue
            if rank and _client_part(part):
                # "ALTEN – client Airbus, Blagnac", "Ingénieur logiciel – client Airbus" (under the firm's line):
                # whom the consultant was placed with, neither post nor employer
                assignment = _MISSION_FORM_RE.match(part)
                if assignment is None or _agency_beside(parts, part):
                    continue
                # ("Intérimaire – mission Renault Flins": no agency named; the assignment is where the work was done)
                part = assignment.group("client")
            # "Inetum (client : Crédit Agricole CIB), Montrouge": the client in brackets inside the part
            part = _CLIENT_BRACKET_RE.sub("", part).strip() or part
            ways = [piece.strip() for piece in part.split("/")]
            if len(ways) >= 2 and all(_location_of(way) or is_contract_word(way) for way in ways):
                # "Lyon / remote", "Paris / hybride": where and how the work was done
                places = [way for way in ways if not is_contract_word(way)]
                location = location or (places[0] if places else "")
                continue
            if is_region_line(part):
                location = location or part
                first = _comma_cut(part)[0]
                words = fold(first).split()
                if (
                    _location_of(first) is None
                    and not _AREA_HINT_RE.search(part)
                    and len(words) >= 2
                    and words[0] not in _PLACE_OPENERS
                ):
                    unknown_lead = unknown_lead or first  # (the town the gazetteer does not know, or a firm)
                continue
            own = _own_firm(part)
            if own is not None:
                plain.extend(own)  # "Artisan maçon à mon compte (DUPUIS Maçonnerie)": the title, then the business
                continue
            remark = _REMARK_TAIL_RE.search(part)
            if (
                remark
                and remark.start() > 0
                and _CONTRACT_RE.match(fold(remark.group(1).strip()))
                and _role_score(part[: remark.start()]) <= 0
            ):
                part = part[: remark.start()].rstrip(" ,")  # "Peloton, New York, NY (Remote)": how, not where
            elif (
                remark
                and ", " in part[: remark.start()]
                and _location_of(_comma_cut(part[: remark.start()])[-1].strip())
                and not _location_of(remark.group(1))
                # (a word in lower case: not a site's code, "Amazon UK, Coventry (BHX1)", part of the place)
                and re.search(r"\b[a-zà-ÿ]{3,}\b", remark.group(1)) is not None
            ):
                # "Dunne's Dairy Farm, Ballinhassig, Co. Cork (family farm, 120 cows)": a remark on the place after
                # the town that ends the employer's line, no part of a name
                part = part[: remark.start()].rstrip(" ,")
            part, place = _bracketed_place(part)
            location = location or (place or "")
            if place:
                bracketed = part
            plain.append(part)
            continue
        pieces = _comma_split([match.group("value")])
        value, place = _bracketed_place(pieces[0])
        if match.group("position") and len(pieces) > 1 and _qualifies_title(pieces[1]):
            value = f"{value}, {pieces[1]}"  # "Position held: Registered Nurse, Oncology Ward"
        if place is None and not match.group("position") and not match.group("trainee"):
            value, place = _split_location(value)  # "Employer: Kwik Fit (Coventry)"
        location = location or (place or "")
        if match.group("trainee"):
            labelled.setdefault("position", clean(match.group("trainee")))
        labelled.setdefault("position" if match.group("position") else "employer", value)
    if (
        len(plain) >= 3
        and _field_after_title(plain[0], plain[1])
        # (the rest still names the employer: "Juriste – iliad Italia – Milan" is a brand in lower case, then its town)
        and not all(_location_of(part) for part in plain[2:])
    ):
        # "Agent de piste – tractage et repoussage (pushback) | Aviapartner, Marignane": the field the title covers,
        # in lower case, right after it (not a remark on the job: "sorties d'école", "mi-temps")
        plain = [f"{plain[0]} – {plain[1]}", *plain[2:]]
    elif len(plain) == 2:
        pieces = _comma_cut(plain[1])
        if (
            len(pieces) >= 2
            and _field_after_title(plain[0], pieces[0])
            and _capitalised_name(pieces[1])
            and not _location_of(pieces[1])
        ):
            # "Agent de sécurité – contrôle d'accès, Securitas, site Airbus Blagnac": the same, the employer after
            # the field's comma
            plain = [f"{plain[0]} – {pieces[0]}", ", ".join(pieces[1:])]
    if len(plain) >= 3:
        # "Janvier 2019 - aujourd'hui | sorties d'école" over the title and the employer: a remark in lower case
        # beside two parts that can be the title and the employer.
        kept = [p for p in plain if not _lower_remark(p)]
        plain = kept if len(kept) >= 2 else plain
    plain = _field_before_employer(plain)
    if _department_between(plain) or _unit_between(plain, bool(bracketed) and plain[-1:] == [bracketed]):
        plain = [_qualified(plain[0], " – ", plain[1]), plain[2]]
    for index in range(len(plain) - 1, 0, -1):
        if _WRAPPED_TRUST_RE.match(plain[index]) and _role_score(plain[index - 1]) <= 0:
            # "University Hospitals of Leicester" / "NHS Trust, Leicester": a trust's name wrapped onto two lines
            plain[index - 1 : index + 1] = [f"{plain[index - 1]} {plain[index]}"]
    # ("HR Officer, Luxottica – Agordo (Italy)": the country in brackets after the last part, which is then its town)
    country_after = bool(bracketed) and plain[-1:] == [bracketed] and _is_country(location)
    plain, markets = _markets_after_titles(plain)
    position, employer, found_location = _assign_plain(
        _joined_titles(plain), country_after=country_after, town_known=bool(bracketed) and not _is_country(location)
    )
    for title, covered in markets:
        if position and (fold(position) in fold(title) or fold(title) in fold(position)):
            position = f"{position} – {covered}"
    if "position" in labelled and position and _role_score(position) >= 1.0 and labelled["position"][:1].islower():
        # "Commis de cuisine" over "• Poste : entremétier": the station the cook held, in lower case, under the post
        del labelled["position"]
    if "position" in labelled:
        if not employer and position and "employer" not in labelled and _role_score(position) < 1.0:
            employer = position  # "ACME Foundries" read alone as a title; the label names the position
        position = labelled["position"]
    employer = labelled.get("employer", employer)
    if not employer and position and unknown_lead and _role_score(unknown_lead) <= 0:
        # "Camp Counselor" over "Camp America, Pennsylvania, USA": with no employer named elsewhere, the unknown
        # name before a region and its country is the employer, not a town
        employer = unknown_lead
        if location.startswith(unknown_lead):
            location = clean(location[len(unknown_lead) :].lstrip(" ,"))
    if not position:
        pieces = _comma_split(plain)
        trainee = next((p for p in pieces if _TRAINEE_RE.match(fold(strip_punct(p)))), "")
        position = strip_punct(trainee)
    return position, employer, location or found_location


_WRAPPED_TRUST_RE = re.compile(r"^NHS (?:Foundation )?Trust\b")
# A production named with its director after a comma: "The Weir, dir. Orla Keating", "Salt, directed by Ruairí Dunne",
# "Phèdre, mise en scène de Brigitte Jaques", "Les Misérables, m.e.s. Jean Dupont".
_PRODUCTION_CREDIT_RE = re.compile(
    r"^[^,]{1,60},\s*(?:dir\.|directed by|(?i:mise en sc[èe]ne)(?: de| d')?|m\.e\.s\.|r[ée]al\.)\s+[A-ZÀ-Ý]"
)


# A work's title wholly in quotes, then perhaps a remark in brackets or what it was after a comma: "« Un été à Sète »,
# long métrage de Lou Ferrand", "“Paris Sound Walks” (independent)", "\"Night Shift\" (4 x 45')".
_QUOTED_WORK_RE = re.compile(r'^\s*(?:«[^«»]+»|“[^“”]+”|„[^„“”]+[“”]|"[^"]+")\s*(?:\([^()]*\)\s*)*(?:,.*)?$')


# The departments of shops, warehouses and hotels a title covers ("Goods In", "Menswear", "Rayon frais").
# (Not the words that open a shop's own name: "Boulangerie Dupré", "Caisse d'Épargne", "Bakery & Co".)
_FLOOR_DEPARTMENTS = frozenset(
    ["goods in", "goods out", "menswear", "womenswear", "ladieswear", "childrenswear", "homeware", "homewares",
     "checkouts", "tills", "fresh food", "electricals", "stockroom", "shop floor", "front of house",
     "back of house", "night shift", "nights", "frais", "produits frais", "rayon frais", "fruits et legumes"]
)  # fmt: skip


# A teacher's status written after the title and a comma, part of it ("Professeure d'EPS, TZR", "Professeur des écoles,
# titulaire remplaçant"): a titulaire sur zone de remplacement, posted where a teacher is missing.
_POST_STATUS_RE = re.compile(r"tzr|titulaire (?:remplacante?|sur zone de remplacement)")


_TEMP_STATUS = frozenset({"interimaire", "saisonnier", "saisonniere", "vacataire", "contractuel", "contractuelle"})


# A foundation or association joined to the establishment it runs ("Fondation des Amis de l'Atelier – ESAT …",
# ``entries.run_by``): an organisation's name, whatever unit's word it holds.
_RUN_BY_BODY_RE = re.compile(r"^(?:association|fondation)\b.*\s[-–]\s")


def _department_between(plain: list[str]) -> bool:
    """ "Team Leader – Goods In – Tesco, Middlewich", "Chef de rayon – Frais – Carrefour, Lyon": a title, the
    department it covers, then the employer with its town (which says the last part is the employer)."""
    if len(plain) != 3 or _role_score(plain[0]) <= 0:
        return False
    folded = fold(plain[1]).strip()
    if folded not in DEPARTMENTS and folded not in _FLOOR_DEPARTMENTS:
        return False
    last = _comma_cut(plain[2])
    return (
        len(last) == 2
        and _role_score(last[0]) <= 0
        and not _location_of(last[0])
        and (bool(_location_of(last[1])) or _unknown_town(last[1]))
    )


# Words that open a remark or a client's name in lower case after a title, not the field it covers ("via Adecco",
# "chez Orange", "pour Safran", "en télétravail").
_REMARK_OPENERS = frozenset({"via", "chez", "pour", "en", "a", "au", "aux", "par", "sur", "mis", "mise", "at", "for"})


def _field_before_employer(plain: list[str]) -> list[str]:
    """ "Stage M2 – Inventaires chiroptères, Parc national des Cévennes, Florac", "Bénévole – comptages Wetlands et
    suivi des rapaces, LPO Occitanie": after a title and its dash, what it covers (opening in lower case, or its words
    past the first in lower case), then the employer after a comma, perhaps its town after another: the field goes
    with the title, the rest names the employer (capitalised past its first word, or an organisation's word)."""
    if len(plain) != 2 or _role_score(plain[0]) <= 0 or ", " not in plain[1]:
        return plain
    pieces = _comma_cut(plain[1])
    if len(pieces) not in (2, 3):
        return plain
    area, name = pieces[:2]
    area_words, name_words = area.split(), name.split()
    field = (
        2 <= len(area_words) <= 8
        and (_lower_word(area_words[0]) or all(_lower_word(word) for word in area_words[1:]))
        and fold(area_words[0]) not in _REMARK_OPENERS
        and not re.search(r"\d", area)
        and not set(fold(area).split()) & STATUS_WORDS
        and not is_contract_word(area)
        # ("temps partiel pendant les études": the terms of the post, not its field)
        and not any(is_contract_word(" ".join(area_words[:size])) for size in (1, 2))
        and not org_score(fold(area))
        and _role_score(area) <= 0
        and not _location_of(area)
    )
    named = (
        len(name_words) >= 2
        and (any(word[:1].isupper() for word in name_words[1:]) or org_score(fold(name)) > 0)
        and _role_score(name) <= 0
        and not _location_of(name)
    )
    town = pieces[2] if len(pieces) == 3 else ""
    if field and named and (not town or _location_of(town) or _unknown_town(town)):
        return [f"{plain[0]} – {area}", ", ".join(pieces[1:])]
    return plain


# A programme's, a model's or a product line's code: letters and figures ("A400M", "TBM 960", "A321XLR", "B787").
_MODEL_CODE_RE = re.compile(r"\b(?:[A-Z]+\d+[A-Z]*|[A-Z]{2,} ?\d{2,})\b")


def _unit_between(plain: list[str], last_placed: bool) -> bool:
    """ "Design Office Engineer – TBM 960 – Daher, Tarbes", "Systems Engineering Intern – A400M avionics – Airbus
    Defence and Space (Getafe)": a title, the programme or model it worked on (named by its code), then the employer
    with its own town. (A middle part without a code may be the employer and the last its company or its client: "–
    La Poste – Colissimo, Wissous", "– Sopra Steria – Airbus, Toulouse".)"""
    if len(plain) != 3 or _role_score(plain[0]) <= 0 or not _MODEL_CODE_RE.search(plain[1]):
        return False
    middle = plain[1]
    last = _comma_cut(plain[2])
    employer_with_town = (
        last_placed
        or (len(last) == 2 and not _location_of(last[0]) and (bool(_location_of(last[1])) or _unknown_town(last[1])))
        or re.search(r"\S \([A-ZÀ-Ý][\w'’ -]+\)$", plain[2])
        is not None  # ("Daher (Louey)": a town the gazetteer lacks)
    )
    return (
        employer_with_town
        and _role_score(last[0]) <= 0
        and len(middle.split()) <= 5
        and not ends_with_legal_form(middle)
        and not _location_of(middle)
        and not is_contract_word(middle)
        and not _client_part(middle)
        and _role_score(middle) < 1.0  # ("Flight Management Systems": a word of titles, no title)
        and not _firm(fold(middle))
        and not school_score(fold(middle))
        and not research_body_and_lab(middle, last[0])  # ("Inserm U1016 – Institut Cochin, Paris")
    )


def _field_after_title(title: str, part: str) -> bool:
    """ "Agent de piste" then "tractage et repoussage (pushback)", "Bagagiste" then "tri bagages": words in lower case
    after a title that say what it covers, neither the job's terms nor a remark on it ("temps partiel", "extra",
    "sorties d'école")."""
    folded = fold(clean(re.sub(r"\([^()]*\)", " ", part)))
    words = folded.split()
    return (
        _role_score(title) >= 1.0
        and part.split()[0].islower()  # (not "easyJet Switzerland", a brand in lower case)
        and 2 <= len(words) <= 5
        and not any(char.isdigit() for char in folded)
        and not is_contract_word(part)
        and not set(words) & STATUS_WORDS
        and not _TERMS_RE.match(folded)
        and not _TERM_PIECE_RE.match(folded)
        and not _STATUS_REMARK_RE.match(folded)
        and not tail_remark(part)  # ("en télétravail", "mis à disposition", "pour Safran", "iliad Italia")
    )


def _lower_remark(part: str) -> bool:
    """A header part in lower case that names neither a job nor an organisation ("sorties d'école", "mi-temps")."""
    folded = fold(part)
    first = part.split()[0] if part.split() else part
    return (
        _lower_word(first)
        and not title_score(folded)
        and not org_score(folded)
        and "." not in first  # "bol.com": a company named by its web address
    )


def _joined_titles(parts: list[str]) -> list[str]:
    """Two short titles side by side in a header with an employer besides ("Standardiste – réceptionniste", "HÔTEL DE
    LA PAIX"): one position held, written with both its names."""
    if len(parts) < 2:
        return parts
    # (or a longer title of plain title's words: "Volontaire en service civique – Ambassadeur du tri", the post and
    # the role played in it)
    strong = [
        "," not in p
        and not is_contract_word(p)
        and (
            (len(p.split()) <= 3 and _role_score(p) >= 1.5)
            or (len(p.split()) <= 5 and _single_role_score(p) >= 2.0 and title_evidence(p) >= 2.0)
        )
        for p in parts
    ]
    if len(parts) == 2:
        # two titles and no employer beside them: the employer is on the line below. (Each opened by a capital, not
        # "Baby-sitter · garde d'enfants", the title and what it covers; and no name of capitalised words, "Data for
        # Good", a body's)
        if (
            all(strong)
            and all(part[:1].isupper() and (len(part.split()) == 1 or not _capitalised_name(part)) for part in parts)
            and not _trade_named_firm(parts[1], parts[0], True)
        ):
            return [f"{parts[0]} – {parts[1]}"]
        return parts
    for index in range(len(parts) - 1):
        if strong[index] and strong[index + 1] and sum(strong) == 2:
            if is_all_caps(parts[index]) != is_all_caps(parts[index + 1]):
                # ("STAGIAIRE DÉVELOPPEMENT COMMERCIAL – Business France": two posts side by side are written in one
                # case; the title in capitals, then a name in mixed case, are the title and its employer)
                continue
            town = index + 2 < len(parts) and (_unknown_town(parts[index + 2]) or bool(_location_of(parts[index + 2])))
            if _trade_named_firm(parts[index + 1], parts[index], town):
                return parts  # "Responsable Supply Chain" over "Boulanger — Lesquin": the chain and its town
            return [*parts[:index], f"{parts[index]} – {parts[index + 1]}", *parts[index + 2 :]]
    return parts


def _names_town_of(part: str, parts: list[str]) -> bool:
    """One or two capitalised words that another, longer part ends with: the town of "Université de Lyon – Lyon",
    "ESF Val Thorens – Val Thorens"."""
    words = strip_punct(part.strip()).split()
    if len(words) >= 2 and fold(words[0]) in {"le", "la", "les"}:
        words = words[1:]  # "ADMR des Ponts-de-Cé – Les Ponts-de-Cé": the town's article is left out in the name
    return (
        1 <= len(words) <= 2
        and all(word[:1].isupper() for word in words)
        and any(
            other is not part
            and len(other.split()) > len(words)
            and fold(" ".join(other.split()[-len(words) :])) == fold(" ".join(words))
            for other in parts
        )
    )


# A firm's name of two capitalised words joined by a hyphen ("Saint-Gobain", "Rolls-Royce", "Mercedes-Benz").
_HYPHENATED_NAME_RE = re.compile(r"\b[A-Z][a-z]+-[A-Z][a-z]+\b")


def _firm_beside(text: str) -> bool:
    """A part that names a firm rather than a place or what a title covers ("TotalEnergies", "Intesa Sanpaolo"; not
    "Dinard", "Bangui (RCA)")."""
    if _location_of(text) or geo.find_places(text) or covers(text) or _bracketed_place(text)[1] is not None:
        return False
    words = re.sub(r"\([^()]*\)", " ", text).split()  # ("Bunia (RDC)": a town and its country's initials)
    if not words:
        return False
    return (
        org_score(fold(text)) > 0
        or ends_with_legal_form(text)
        or any(len(word) >= 2 and word.isupper() for word in words)
        or any(re.search(r"[a-z][A-Z]", word) for word in words)  # ("TotalEnergies", "easyJet")
        or (len(words) >= 2 and _capitalised_name(" ".join(words)) and not _unknown_town(" ".join(words)))
    )


def _named_like_company(text: str) -> bool:
    """ "STEF", "FM Logistic", "Groupe Mousset": a name with a word in capitals, or one ``names_organisation``
    reads."""
    return any(len(word) >= 2 and word.isupper() for word in text.split()) or names_organisation(text)


def _capitalised_name(text: str) -> bool:
    """Every word capitalised but the small ones: "Safran Aircraft Engines", "Caisse d'Épargne" (not "App develop")."""
    return all(word[:1].isupper() or word[:1].isdigit() or fold(word) in _SMALL_WORDS for word in text.split())


def _with_functions(parts: list[str]) -> list[str]:
    """ "Manager – Data Center Operations, IBM India", "Officer – Branch Banking": the business function written after
    a title and a dash is part of the title, whether the employer follows it or is on another line."""
    merged: list[str] = []
    for part in parts:
        pieces = _comma_cut(part)
        before = next(reversed(_comma_cut(merged[-1])), "") if merged else ""  # an empty part cuts into nothing
        if (
            before
            and pieces
            and function_part(pieces[0])
            and _role_score(before) >= 1.0
            and _role_score(f"{before} – {pieces[0]}") >= 1.0  # ("Financial Analyst – Strategic Finance")
        ):
            merged[-1] = f"{merged[-1]} – {pieces[0]}"
            if len(pieces) > 1:
                merged.append(", ".join(pieces[1:]))
            continue
        merged.append(part)
    return merged


# A country's region or province named before it ("Peace Corps, Volta Region, Ghana", "Western Province, Zambia"): a
# place, though "region" reads as an organisation's word ("Région Bretagne", the council).
_NAMED_REGION_RE = re.compile(r"^[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*)?\s(?:Region|Province|Prefecture)$")


# A rank's number before a unit's word ("24e compagnie", "3rd battalion").
_ORDINAL_RE = re.compile(r"^\s*\d{1,3}(?:e|er|re|ème|eme|st|nd|rd|th)\s+")


def _assign_plain(parts: list[str], *, country_after: bool = False, town_known: bool = False) -> tuple[str, str, str]:
    """(position, employer, location) from header parts without field labels. ``country_after``: the last part was
    followed by its country in brackets; ``town_known``: a part's town was read from its brackets."""
    location = ""
    rest: list[str] = []
    contracts = [part for part in parts if _CONTRACT_RE.match(fold(part))]
    if contracts and len(contracts) < len(parts):
        # "Agent d'accueil, Aéroport Nice Côte d'Azur" / "CDD saisonnier": the terms are no field; the rest is read
        # as if written alone (its comma then parts the title from the employer)
        kept = [part for part in parts if part not in contracts]
        comma_tails = [part.rpartition(", ")[2] for part in kept if ", " in part]
        if not any(
            re.search(r"\d", tail) or is_region_line(tail) or _location_of(tail) or tail[:1].islower()
            for tail in comma_tails
        ):
            # (not when a comma's tail is a level, a place or a remark: "Technicien support, Niveau 2 | CDD 6 mois"
            # over "Atos", whose comma parts no employer)
            parts = kept
    split, tails = _comma_pieces(_with_functions(parts))
    rest_tails: set[int] = set()
    # "Tacoma, WA": a short part right before a state is the city, whether the gazetteer knows it or not.
    city_before_region = {
        i
        for i in range(len(split) - 1)
        if _is_state(split[i + 1], loose=i + 2 == len(split))
        and len(split[i].split()) <= 3
        and not title_score(fold(split[i]))
        and not org_score(fold(split[i]))
    }
    # "Globex, New York, NY": New York is the city of NY here, not the state after a city named Globex.
    city_before_region -= {i for i in city_before_region if i + 1 in city_before_region}
    # "Hotel Botánico – Tenerife, Spain": a place-shaped word before a country is its town, known to the gazetteer
    # or not, when another part can be the employer ("Consultant, Deloitte, France" keeps Deloitte).
    city_before_region |= {
        i
        for i in range(len(split) - 1)
        if i + 1 in tails
        and _is_country(split[i + 1])
        and (_unknown_place(split[i]) or _NAMED_REGION_RE.match(split[i]) is not None)
        and any(j not in (i, i + 1) and _role_score(split[j]) <= 0 for j in range(len(split)))
    }
    kept_index = -1
    shops: set[str] = set()  # the chains read off "Boulanger Metz", their towns now the location
    for index, part in enumerate(split):
        if fold(strip_punct(part)) in _TEMP_STATUS and any(
            _role_score(other) >= 1.0 for other in split if other != part
        ):
            continue  # "Intérimaire – agent de production" over "Randstad": the status before the post held
        if rest and kept_index == index - 1 and _role_score(rest[-1]) >= 1.0 and _terms_remark(part):
            continue  # "Juriste stagiaire — stage de fin d'études", "Agent administratif — remplacement d'un congé …"
        if _CONTRACT_RE.match(fold(part)):
            if index in tails and rest and kept_index == index - 1:
                rest_tails.add(len(rest) - 1)  # "Tallis Robotics, Oslo, Internship": Oslo ends the place part
            continue
        if index in city_before_region and not location:
            state = strip_punct(split[index + 1])
            location = f"{clean(part)}, {state.upper() if len(state) == 2 else state}"
            continue
        if index - 1 in city_before_region and fold(location).endswith(fold(strip_punct(part))):
            continue
        if not plausible_value(part, employer=False):
            continue  # "current", "Fall", "18 months": left over from the dates
        if (
            (location or town_known)
            and index in tails
            and rest
            and kept_index == index - 1
            and _is_country(part)
            and _role_score(rest[-1]) >= 1.0
        ):
            # "Vipps MobilePay (Oslo) | Head of Marketing, Norway": with the employer's town read, a country after the
            # title's comma is the market the post covers
            rest[-1] = f"{rest[-1]}, {part}"
            continue
        shop = _trade_named_shop(part)
        if shop is not None and not location:
            location = shop[1]
            shops.add(shop[0])
            kept_index = index
            rest.append(shop[0])
            continue
        place = _location_of(part)
        if not place and _names_town_of(part, split):
            place = clean(part)  # "École communale de Jambes – Jambes": the town the name ends with
        if place and not location:
            location = place
            continue
        if place and (_is_state(part) or index in tails):
            location = f"{location}, {place}"  # "Houston, TX", "Chennai, India": the state or country after the city
            continue
        if index in tails and fold(strip_punct(part)) in DEPARTMENTS and index and title_score(fold(split[index - 1])):
            continue  # "Defect Manager, QA": the team the title belongs to
        if index in tails:
            rest_tails.add(len(rest))
        kept_index = index
        rest.append(part)
    town_after = _town_after_titled_name(rest, rest_tails, location, country_after=country_after)
    if town_after:
        location, rest = town_after, rest[:2]
    # "ABC Store, Sometown": the last piece after a comma, shaped like a place, is the place when another part can
    # still be the employer (in "Software Engineer, Initech" it cannot, and "Initech" stays the employer).
    if not location and len(rest) >= 2:
        candidates = sorted(rest_tails, reverse=True)
        last = len(rest) - 1
        if (
            candidates
            and last not in rest_tails
            and (
                all(_named_like_company(rest[i]) for i in rest_tails)
                # ("Stage ouvrier, Saint-Gobain Glass – Aniche": a firm's hyphenated name, then one word after the
                # dash; not "Software Engineer, Core Platform – Spotify", a team, then the firm)
                or (
                    len(rest[last].split()) == 1
                    and all(_HYPHENATED_NAME_RE.search(rest[i]) and not geo.find_places(rest[i]) for i in rest_tails)
                )
            )
        ):
            # "Chef d'équipe logistique, STEF — Vitrolles": the town after the dash, not the comma's last piece (a
            # company's: capitals or an organisation's word)
            candidates.insert(0, last)
        for index in candidates:
            others = rest[:index] + rest[index + 1 :]
            if (
                _unknown_place(rest[index])
                and not _qualifies_title(rest[index])  # ("Financial Analyst, Strategic Finance", then "Stripe")
                and any(_role_score(o) <= 0 for o in others)
            ):
                location = clean(rest[index])
                rest = others
                break
    if (
        not location
        and len(rest) == 2
        and ("-" in rest[1] or ("-" not in rest[0] and len(rest[1].split()) == 1))  # (not "Public Health England")
        and _capitalised_name(rest[0])  # (not "App develop" over "Microsoft": a title in lower case)
        and all(_role_score(part) <= 0 for part in rest)
        and _unknown_town(rest[1])
    ):
        # "Coface | Bois-Colombes", "BIOMÉRIEUX – Marcy-l'Étoile", "Michelin" over "2011 to 2019, Greenville": no
        # title, a name, then a town's shape (the name comes first)
        location = clean(rest.pop())
    # "Développeur at ACME", "Consultant with Initech Ltd": a title and where it is held, in one part.
    for index, part in enumerate(rest):
        pair = title_and_employer(part)
        if (
            pair is not None
            and not _AT_RE.match(part)
            and _AU_RE.match(part)
            # (or by its initials: "Chef de salle adjoint au CTA-CODIS – SDIS des Bouches-du-Rhône")
            and any(
                names_organisation(other) or _named_like_company(other) for other in rest[:index] + rest[index + 1 :]
            )
        ):
            pair = None  # "Gendarme au PSIG" over "Gendarmerie nationale – Compagnie de Vienne": "au" names the unit
        if pair is not None:
            # "chez Moreau Peinture (Orléans), artisan, SIRET …": the name and its town, then remarks.
            pieces = _comma_cut(pair[1])
            while len(pieces) > 1 and (
                is_contract_word(pieces[-1])
                or _TERMS_RE.match(fold(pieces[-1]))
                # ("chez Randstad, mission chez Carrefour": the client; "avec Adecco, plusieurs missions courtes")
                or _client_part(pieces[-1])
                or _MISSIONS_REMARK_RE.match(fold(pieces[-1]))
            ):
                pieces.pop()  # "chez Lidl, CDD 6 mois"
            if len(pieces) == 2 and _unknown_town(pieces[1]) and not location:
                location = clean(pieces.pop())  # "chez Stellantis, Sochaux"
            named, place = _bracketed_place(_REMARKS_AFTER_PLACE_RE.sub(")", ", ".join(pieces)))
            if place is not None:
                location = location or place
            employer, tail_location = _split_location(named)
            location = location or (tail_location or "")
            others = rest[:index] + rest[index + 1 :]
            position = pair[0]
            terms = is_contract_word(position) or _terms_only(position)
            titled = next((other for other in others if _role_score(other) > 0), None) if terms else None
            if titled is not None:
                # "Préparateur de commandes" over "Mission intérim via Adecco chez Renault – Flins" (the town between)
                position = titled
                others.remove(titled)
            if others and not employer:
                employer = others[0]
            return position, employer, location
    if not rest:
        return "", "", location
    for index in range(len(rest) - 1):
        if (
            _RANK_RE.fullmatch(fold(strip_punct(rest[index])))
            and _role_score(rest[index + 1]) >= 1.0
            and not org_score(fold(rest[index + 1]))
            and any(f"{rest[index]}, {rest[index + 1]}" in part for part in parts)
        ):
            # "Vice President, Client Advisor", "Managing Director, Senior Private Banker": a bank's rank, then the
            # post held at it; one title.
            rest[index : index + 2] = [f"{rest[index]}, {rest[index + 1]}"]
            break
        if _armed_post(rest[index], rest[index + 1]) and any(
            f"{rest[index]}, {rest[index + 1]}" in part for part in parts
        ):
            rest[index : index + 2] = [f"{rest[index]}, {rest[index + 1]}"]  # "Caporal, tireur d'élite": one title
            break
        if (
            _POST_STATUS_RE.fullmatch(fold(strip_punct(rest[index + 1])))
            and _role_score(rest[index]) >= 1.0
            and any(f"{rest[index]}, {rest[index + 1]}" in part for part in parts)
        ):
            rest[index : index + 2] = [f"{rest[index]}, {rest[index + 1]}"]  # "Professeure d'EPS, TZR": one title
            break
        if (
            rest[index + 1][:1].islower()
            and _role_score(rest[index]) >= 1.0
            and _role_score(rest[index + 1]) >= 1.0
            and not org_score(fold(rest[index]))
        ):
            # "Conservatrice, responsable des peintures", "Bibliothécaire – responsable du secteur jeunesse",
            # "Gérante, fromagère-affineuse": a title, then the charge held under it, in lower case; one title
            comma = any(f"{rest[index]}, {rest[index + 1]}" in part for part in parts)
            rest[index : index + 2] = [f"{rest[index]}{', ' if comma else ' – '}{rest[index + 1]}"]
            break
    # (A client written first, "Client : Airbus – ALTEN": no post; ``_assign`` drops the clients written after the
    # first part.)
    scores = [-1.0 if _client_part(p) else _role_score(p) for p in rest]
    if len(rest) == 1:
        part = rest[0]
        if scores[0] >= 1.0:
            return part, "", location
        employer, tail_location = _split_location(part)
        return "", employer, location or (tail_location or "")
    best = max(range(len(rest)), key=lambda i: (scores[i], -i))
    caps = [i for i, p in enumerate(rest) if is_all_caps(p)] if len(rest) == 2 and scores[best] <= 0 else []
    if len(caps) == 1 and _unknown_place(rest[1 - caps[0]]):
        # "KUEHNE + NAGEL – Corbas": no title on the line; a name in capitals is the employer (French CVs write
        # companies so) and the short capitalised word beside it is the town, which the gazetteer may not know.
        return "", rest[caps[0]], location or clean(rest[1 - caps[0]])
    if (
        len(rest) == 2
        and scores[best] <= 0
        and _unknown_town(rest[1])
        and (
            org_score(fold(rest[0])) > 0
            or (len(rest[0].split()) >= 2 and len(rest[1].split()) == 1 and _capitalised_name(rest[0]))
        )
    ):
        # "Hôtel Barrière Le Normandy · Deauville", "Safran Aircraft Engines | Villaroche": an organisation's name
        # (or a longer name than the other part), then a town's shape.
        return "", rest[0], location or clean(rest[1])
    if scores[best] <= 0 and scores[0] > -1:
        best = 0  # no evidence either way: "Position — Company" is the most common order
    position = rest[best]
    # "Senior Account Executive / Junior Account Executive": a second plain title is no employer.
    towns = [
        # (the town next after the name: "Boulanger — Lesquin" over the title)
        bool(location) or (i + 1 < len(rest) and (_unknown_town(rest[i + 1]) or bool(_location_of(rest[i + 1]))))
        for i in range(len(rest))
    ]
    longer = [
        i
        for i in range(len(rest))
        if i != best and _trade_named_firm(rest[best], rest[i], towns[best], shop=rest[best] in shops)
    ]
    if longer:
        best = longer[0]  # ("Agent logistique – Boulanger, Lesquin": the trade's word scores higher than the post)
        position = rest[best]
    others = [
        p
        for i, p in enumerate(rest)
        if i != best
        and (scores[i] < 1.0 or org_score(fold(p)) or _trade_named_firm(p, rest[best], towns[i], shop=p in shops))
    ]
    if (
        len(rest) == 2
        and max(scores) < 1.0
        and location
        and any(f"{rest[0]}, {location}" in part for part in parts)
        and (covers_wholly(rest[1]) or _department_part(rest[1], strict=True) or function_part(rest[1]))
        and not title_score(fold(rest[1]))  # (not "STADLER RAIL AG, BERN" over "Team Lead Simulation": a title)
    ):
        # "BNP Paribas Real Estate, Paris — Investment Advisory": a name and its town, then the business line; no
        # title is written (the line heads the posts held there), and the name is no title's start
        return "", rest[0], location
    if (
        len(rest) == 2
        and best == 0
        and (
            _ward(rest[1])
            or function_part(rest[1])
            or _department_part(rest[1], strict=True)
            or _MARKET_RE.fullmatch(fold(strip_punct(rest[1])))
        )
        and not org_score(fold(rest[1]))
        and not _UNIT_UNDER_BODIES_RE.match(fold(rest[1]))
    ):
        # "Director, Clinical Operations", "Head of Regulatory Affairs, UK & Ireland" under the employer's own line:
        # what the title covers, not who employs; the employer is named elsewhere.
        # ("Manager, Customer Success": a function that also reads as a title's start is still the title's.)
        separator = ", " if any(f"{rest[0]}, {rest[1]}" in part for part in parts) else " – "
        return f"{rest[0]}{separator}{rest[1]}", "", location
    if not others:
        return position, "", location
    following = rest[best + 1] if best + 1 < len(rest) else ""
    after_comma = any(f"{position}, {following}" in part for part in parts)
    # "Sales Manager, Marketing Department, Globex Corp": a department is the employer only when nothing else is.
    # ("Development Engineer – Electric Drive Systems" over "BMW AG": the name closed by a legal form is the
    # employer; a ward is never one: "Registered Nurse, Cardiology Ward, Vivantes Klinikum".)
    # (an organisation named plainly, no title's word in it: "Pharmacie Saint-Cyprien" beside "Étudiant en pharmacie")
    plain_org = any(org_score(fold(o)) > 0 and title_score(fold(o)) < 1 for o in others)
    # (an organisation named by more than its kind: "CHU de Toulouse" beside "Pharmacie"; not a town or a remark)
    named_org = any(
        len(o.split()) > 1 and (org_score(fold(o)) > 0 or (capitalised_words(o.split()) and not _location_of(o)))
        for o in others
    )
    employer_index = max(
        range(len(others)),
        key=lambda i: (
            # (a client written first, "Client : Airbus – ALTEN", only when nothing else reads as a firm)
            not (_client_part(others[i]) and any(_firm_like(o) for o in others if o != others[i])),
            # ("Éditrice, domaine littérature étrangère" over "Actes Sud": a field in lower case beside a name)
            # (every word in lower case: not "iad France", a firm's name that opens so)
            not (
                lower_opening(others[i])
                and all(word[:1].islower() for word in others[i].split())
                and any(_capitalised_name(o) for o in others if o != others[i])
            ),
            # ("Brigade de sapeurs-pompiers de Paris (BSPP) — 24e compagnie": a unit numbered before its word in
            # lower case, beside a name)
            not (
                _ORDINAL_RE.match(others[i])
                and all(word[:1].islower() for word in _ORDINAL_RE.sub("", others[i]).split())
                and any(o[:1].isupper() for o in others if o != others[i])
            ),
            # (a ship, "M/V Normandie – Élève officier" over "Brittany Ferries": the shipping line employs; a nuclear
            # plant, "Bouygues Energies & Services, CNPE de Golfech": the contractor)
            not VESSEL_RE.match(others[i]) and not _PLANT_SITE_RE.match(fold(others[i])),
            # ("Fondation des Amis de l'Atelier – ESAT …": a department's word inside an organisation's name)
            not (
                _DEPARTMENT_RE.search(fold(others[i]))
                and not _RUN_BY_BODY_RE.match(fold(others[i]))
                and not _STATE_SERVICE_RE.match(fold(others[i]))
            )
            and not _COVERED_UNIT_RE.match(fold(strip_punct(others[i])))
            and not _NEWS_UNIT_RE.match(strip_punct(others[i]))
            and not _ward(others[i])
            and not function_part(others[i])
            # ("Business Development Representative – EMEA – Contentsquare, Paris": the market the post covers;
            # "… – Radiothérapie" over "Centre Léon Bérard": the unit)
            and not _MARKET_RE.fullmatch(fold(strip_punct(others[i])))
            and not (_UNIT_OPENER_RE.match(fold(others[i])) and _department_part(others[i], strict=True))
            # ("Key Account Manager – OEM Retail" over "Michelin", "Analyst – Equity Research" over "Intesa
            # Sanpaolo": what the title covers, all of it a business line, beside a firm's name)
            and not (
                best + 1 < len(rest)
                and others[i] == rest[best + 1]
                and covers_wholly(others[i])
                and any(_firm_beside(o) for o in others if o != others[i])
            ),
            # ("Praticien hospitalier – Pharmacie" over "CHU de Toulouse – PUI": an organisation's word alone names
            # no organisation beside one that is named)
            not (
                named_org
                and len(others[i].split()) == 1
                and fold(strip_punct(others[i])) in ORG_WORDS
                and not is_all_caps(others[i])
            ),
            ends_with_legal_form(strip_punct(others[i])),
            # ("Étudiant en pharmacie – vendeur" over "Pharmacie Saint-Cyprien": the part that reads as a title too
            # is the lesser employer)
            not (
                plain_org
                and title_score(fold(others[i])) >= 1
                and fold(strip_punct(others[i])) not in _TRADE_NAMED_CHAINS
            ),
            # ("Fiducial Sécurité – Clinique du Pont de Chaume": the security firm, then the site it guards)
            org_score(fold(others[i])) + (1.0 if _guarding_firm(others[i]) else 0.0),
            -i,
        ),
    )
    employer, tail_location = _split_location(others[employer_index])
    if not location and tail_location:
        location = tail_location
    if (
        (
            following
            and following in others
            and others.index(following) != employer_index
            and not _location_of(following)
            and (
                _ward(following)
                or function_part(following)
                # ("Police Constable, Emergency Response Team — Southwark": a team named as one; a department after a
                # comma is left out, "Sales Manager, Marketing Department")
                or _NAMED_TEAM_RE.match(fold(strip_punct(following)))
                or _MARKET_RE.fullmatch(fold(strip_punct(following)))
                or _COVERED_UNIT_RE.match(fold(strip_punct(following)))
                or _NEWS_UNIT_RE.match(strip_punct(following))
                or (
                    others.index(following) < employer_index
                    and ends_with_legal_form(strip_punct(others[employer_index]))
                    and not _DEPARTMENT_RE.search(fold(following))
                )
            )
        )
        or (
            # ("Juriste, droit des contrats" over "Thales": a field in lower case after the title's comma, set aside for
            # the firm's name)
            following
            and following in others
            and others.index(following) != employer_index
            and after_comma
            and all(word[:1].islower() for word in following.split())
        )
        or (
            # ("Director, Customer Success" then "Gainsight": a function that also reads as a title's start.)
            following and following not in others and function_part(following) and not org_score(fold(following))
        )
    ):
        # "Registered Nurse, Cardiology Ward", "Intern, Production Planning", "Development Engineer – Electric Drive
        # Systems" then "BMW AG": what the title covers, written beside it, when the employer is named elsewhere.
        position = f"{position}{', ' if after_comma else ' – '}{following}"
        following = ""
    # "Infirmière – service des urgences", "Comptable – Back office": the ward or team after a dash is part of the
    # title ("Sales Manager, Marketing Department": after a comma it is not).
    if (
        following
        and following != others[employer_index]
        and not after_comma
        and _department_part(following)
        and _department_part(following, strict=True)
    ):
        position = f"{position} – {following}"
    if (
        not location
        and len(others) == 2
        and (is_all_caps(employer) or org_score(fold(employer)) > 0)
        and _unknown_place(others[1 - employer_index])
    ):
        # "KUEHNE + NAGEL – Corbas", "Hôtel Barrière Le Normandy · Deauville", the title on the next line
        location = clean(others[1 - employer_index])
    return position, employer, location


# The terms of a post written in lower case after its title: the internship it was and what for, the leave it covered,
# the agency, the hours ("stage de Master 1", "stage de fin d'études", "remplacement d'un congé maternité", "maternity
# cover", "agency", "temps partiel").
_TERMS_REMARK_RE = re.compile(
    r"^(?:stage|internship|placement|apprentissage|alternance|en (?:alternance|apprentissage|stage)|remplacement|"
    # (an agency alone or named as one: "agency", "via an agency", "agence d'intérim"; not a bank's branch,
    # "agence de Lyon Part-Dieu", "agence Crédit Agricole de Pau")
    r"(?:maternity|paternity|parental leave|sick leave) cover|via (?:une |an |the )?(?:agence|agency)|"
    r"(?:agence|agency)(?:\s+(?:d'interim|interim|de travail temporaire|staff|worker|work))?$|"
    r"(?:temp|temping|recruitment) agency|"
    r"temps (?:plein|partiel)|mi-temps|part[- ]time|full[- ]time)\b"
)


def _terms_remark(part: str) -> bool:
    """A part in lower case after a title that says on what terms the post was held, not what it covers."""
    return part[:1].islower() and _TERMS_REMARK_RE.match(fold(part)) is not None


def _markets_after_titles(parts: list[str]) -> tuple[list[str], list[tuple[str, str]]]:
    """The parts without the markets written after a title ("Sales Director, Commercial – UK & Ireland", "Export
    Sales Manager – UK, Ireland & Nordics"), which would be read as a place; and each (title's part, markets), to add
    back to the position read."""
    kept: list[str] = []
    markets: list[tuple[str, str]] = []
    for part in parts:
        if kept and _markets(part) and _role_score(_comma_cut(kept[-1])[0]) >= 1.0:
            markets.append((kept[-1], part))
            continue
        kept.append(part)
    return (kept, markets) if kept else (parts, [])


def _markets(part: str) -> bool:
    """Markets a post covers, written after its title: several countries ("UK & Ireland", "UK, Ireland & Nordics") or
    a group of them or a continent ("EMEA", "Benelux", "Europe"); one country alone may be where the job was."""
    folded = fold(strip_punct(part))
    return markets_listed(part) or (
        bool(_MARKET_RE.fullmatch(folded)) and (not _is_country(part) or bool(re.search(r"&|/|\band\b|\bet\b", folded)))
    )


def _town_after_titled_name(rest: list[str], tails: set[int], location: str, *, country_after: bool) -> str:
    """ "HR Generalist, Sanofi – Lyon Gerland", "Accounts Payable Specialist, Mercadona – Tavernes Blanques", "HR
    Officer, Luxottica – Agordo (Italy)": a title, the employer's name after its comma, then after a dash a place's
    shape the gazetteer does not know: the town, written last as towns are (not "Software Engineer, Core Platform –
    Spotify", a team then the firm; not a consultancy's client, "Consultant, Alten – Airbus"). The location, perhaps
    with its state or country, or ""."""
    if len(rest) != 3 or tails != {1} or (location and not _is_country(location)):
        return ""
    title, name, town = rest
    folded = fold(name)
    if (
        _role_score(title) < 1.0
        or not _capitalised_name(name)
        or not 1 <= len(name.split()) <= 4
        or _role_score(name) > 0
        or covers(name)
        or _location_of(name)
        or _DEPARTMENT_RE.search(folded)
        or _CONSULTANCY_RE.search(folded)
        or school_score(folded)
    ):
        return ""
    if not (_unknown_place(town) or _town_led(town)) or covers(town) or _named_like_company(town):
        return ""
    # (one unknown word on each side may be a field and a firm, "Gestionnaire, Paie – Cegid": the town must read as
    # one, in several words, as a known town's district, or before its country; or the name as a firm's, with its
    # country or legal form: "Ford España – Almussafes")
    placed = (
        len(town.split()) >= 2 or _town_led(town) or bool(location) or country_after or _TOWN_SHAPE_RE.match(fold(town))
    )
    named = ends_with_legal_form(name) or _named_like_company(name) or any(_is_country(word) for word in name.split())
    if not (placed or named):
        return ""
    return f"{clean(town)}, {location}" if location else clean(town)


# A ship named by its prefix with a slash ("M/V Normandie", "M/T Gaz Providence"; not "MT Conseil", "HMS Networks"):
# where a seafarer served, the shipping line being the employer when the header names it too.
VESSEL_RE = re.compile(r"^(?:M/[VTSY]|S/Y|R/V)\s+\S")


# Shop chains named like a trade ("Boulanger", France's electrical retailer). Only those a probe or a review met,
# on purpose: each one makes its trade's word a firm beside a title ("Technicien atelier – Boulanger, Lyon"), so a
# real baker's line ("Pâtissier – Boulanger, Lyon", two posts) is read so too; add a chain only with a test of it.
_TRADE_NAMED_CHAINS = frozenset({"boulanger"})


def _trade_named_firm(part: str, title: str, town: bool, *, shop: bool = False) -> bool:
    """ "Technicien atelier – Boulanger, Lyon", "IT Sales Assistant" over "Boulanger, Lesquin": a chain named like a
    trade, beside a title of several words and before the town, is the firm, not a second title ("Préparateur de
    commandes – Cariste, Lille" is two posts). ``shop``: the chain was written with its shop's town in one part
    ("Vendeuse – Boulanger Nantes Atlantis"), as no trade is, so a title of one word beside it is the post held."""
    return bool(town and _trade_named_chain(part) and (len(title.split()) >= 2 or shop) and _role_score(title) >= 1.0)


def _trade_named_chain(part: str) -> bool:
    """ "Boulanger": a chain named like a trade, written as a name (capitalised, not "boulanger")."""
    name = strip_punct(part).strip()
    return bool(re.fullmatch(r"(?-i:[A-ZÀ-Ý][a-zà-ÿ]+)", name)) and fold(name) in _TRADE_NAMED_CHAINS


def _trade_named_shop(part: str) -> tuple[str, str] | None:
    """ "Boulanger Metz", "Boulanger Nantes Atlantis" → the chain and its shop's town: a chain named like a trade,
    then a place in the same part (the whole was read as a title, or as a person's name)."""
    chain, _, town = part.strip().partition(" ")
    if _trade_named_chain(chain) and town and (_location_of(town) or _unknown_town(town)):
        return chain, clean(town)
    return None


# The markets a post covers ("EMEA", "Nordics", "UK & Ireland", "Europe du Sud"), written after a title.
_MARKETS = (
    r"emea|apac|latam|dach|benelux|nordics?|americas|europe|asia(?:[- ]pacific)?|middle east|africa|"
    r"(?:north|south|western|eastern|central|northern|southern) (?:america|europe)|uk|ireland|global|worldwide|"
    r"international|europe du (?:nord|sud)|france"
)
_MARKET_RE = re.compile(rf"(?:{_MARKETS})(?:\s*(?:&|and|et|/)\s*(?:{_MARKETS}))*")


# A part of an organisation, or what an internship was for ("Atelier montage", "Back office", "Zone Abidjan Nord",
# "Projet de fin d'études"): no employer while another part can be one.
_DEPARTMENT_RE = re.compile(
    r"\b(?:department|dept|division|service|team|equipe|direction|departement|atelier|pole(?! emploi)|cellule|"
    # a research unit's number ("Laboratoire IMS (UMR 5218)"), a metro or train line ("Ligne 9", "Ligne R")
    r"umr|ligne (?:\d{1,2}|[a-z]\d?)(?:$|\s+(?:conditionnement|emballage|fabrication|production|assemblage|montage|"
    r"embouteillage|remplissage|usinage)$)|"
    r"(?:back|front|middle)[- ]office|zone|delegation|projet de fin d'etudes|stage de fin d'etudes|pfe|"
    # a hospital's wards
    r"urgences|geriatrie|pediatrie|reanimation|cardiologie|oncologie|maternite|medecine interne|soins intensifs|"
    r"bloc operatoire|psychiatrie|neonatologie|"
    # a hospital's pharmacy, and a child-protection service run by an association ("AEMO" over "Sauvegarde du Nord")
    r"pharmacie a usage interieur|pui|aemo)\b"
)
# Words that open a unit's name in lower case after them, and a business's when capitals follow ("Chirurgie
# pédiatrique", "Unité d'admission", "Secteur sud" — "Imagerie Médicale du Parc", "Unité Centrale", "Secteur Gers /
# Haute-Garonne"): more wards, the imaging and treatment units, a hospital's pool of stand-in nurses, a salesperson's
# territory, a laboratory.
_UNIT_OPENER_RE = re.compile(
    r"^(?:chirurgie|radiotherapie|imagerie|irm|scanner|radiologie|neurologie|nephrologie|hematologie|pneumologie|"
    r"gastro-enterologie|endocrinologie|dermatologie|ophtalmologie|rhumatologie|neurochirurgie|neuroreeducation|"
    r"soins palliatifs|soins de suite|ssr|usld|pmi|unite|pool de remplacement|dialyse|addictologie|gynecologie|"
    r"obstetrique|orthopedie|traumatologie|anesthesie|ambulatoire|hospitalisation|secteur|territoire|territory|"
    # the police's and the army's units ("Compagnie d'intervention", "brigade anti-criminalité"; not "Compagnie des
    # Alpes", a firm's name, capitalised past its first word)
    r"laboratoire|laboratory|compagnie|brigade)\b"
)


# A hospital's wards and units, in English ("Cardiology Ward", "Intensive Care Unit", "Emergency Department").
_WARD_RE = re.compile(
    r"\b(?:ward|wards|icu|nicu|picu|cvicu|micu|sicu|intensive care(?: unit)?|critical care|"
    r"emergency (?:department|room|unit)|"
    r"operating theatres?|(?:medical|surgical|stroke|dialysis|maternity|coronary care) unit|delivery suite)\b"
)


# A medical specialty named alone, as the ward a nurse works on ("Staff Nurse, Surgery").
_SPECIALTY_RE = re.compile(
    r"(?:general |adult |paediatric |pediatric )?(?:surgery|paediatrics|pediatrics|"
    r"geriatrics|maternity|orthopaedics|orthopedics|psychiatry|"
    r"obstetrics|emergency|anaesthesia|anesthesia|internal medicine|"
    r"palliative care|rehabilitation|"
    # the specialties a junior doctor rotates through and a pharmacist or therapist works in: "Senior House Officer –
    # Emergency Medicine", "Advanced Pharmacist – Medicines Optimisation"
    r"(?:emergency|acute|general|respiratory|renal|elderly care|sports|tropical) medicine|medicine for the elderly|"
    r"general practice|intensive care|critical care|trauma (?:and|&) orthopaedics|"
    r"neonatal care|infectious diseases|medicines optimisation|"
    r"medicines information|clinical pharmacy|aseptic services|stroke|mental health|"
    # the medical and life sciences named in one word, in English or French ("Oncology", "Medical Science Liaison –
    # Immunologie", "MSL – Hématologie", "Technicienne R&D – Microbiologie"; not "Synology", "Anthology": firms)
    r"(?:immun|h[a]?emat|onc|cardi|neur|dermat|pneum|rh[e]?umat|gastro-?enter|endocrin|nephr|ur|gyn[a]?ec|ophtalm|"
    r"ophthalm|microbi|vir|toxic|pharmac|bi|radi|hepat|infecti|psych|path|epidemi|neonat)olog(?:y|ie)|"
    r"neurosciences?|"
    # a nurse's floor in North America ("Registered Nurse, Medical-Surgical", "Staff RN – Cardiac Telemetry")
    r"medical[ /-]surgical|med[ /-]surg|(?:cardiac )?telemetry|step[ -]down)(?: (?:ward|unit|department|dept))?"
)


# The classes a teacher teaches, written after the title as a ward after a nurse's: "Grades 10–12", "Years 7-11",
# "KS3"; France's classes of nursery, primary and middle school, "CE1/CE2", "GS au CM2", "classe de CP-CE1", "6e-3e",
# "cycle 3" (on folded text).
_FRENCH_CLASS = r"(?:tps|ps|ms|gs|cp|ce1|ce2|cm1|cm2|[3-6]e|cycle\s*[1-4])"
_GRADES_TAUGHT_RE = re.compile(
    r"(?:grades?|years?|key stages?|ks)\s*\d{1,2}(?:\s*(?:-|to|and|&)\s*\d{1,2})?"
    # (and a Canadian school's stream: "Term Teacher, French Immersion")
    r"|(?:early |late )?(?:french|english) immersion"
    rf"|(?:classes?\s+(?:de\s+|d'|unique\s+)?)?{_FRENCH_CLASS}(?:\s*(?:/|-|–|a|au|et|,)\s*{_FRENCH_CLASS})*"
)


def _ward(part: str) -> bool:
    """A hospital's ward or unit, or a specialty named alone as one ("Cardiology Ward", "ICU", "Surgery"); or the
    grades a teacher teaches ("Grades 10–12"): what the title covers, never the employer."""
    folded = fold(part).strip(" .")
    return bool(_WARD_RE.search(folded) or _SPECIALTY_RE.fullmatch(folded) or _GRADES_TAUGHT_RE.fullmatch(folded))


def _qualifies_title(part: str) -> bool:
    """What a title covers, written after it and a comma: a ward, a team, a business function ("Oncology Ward",
    "Surgery", "Payments")."""
    return _ward(part) or bool(_DEPARTMENT_RE.search(fold(part))) or function_part(part)


def is_contract_word(text: str) -> bool:
    """A contract or work-pattern word alone ("CDD", "Internship", "Part-time", "Intérim"): no employer, no title."""
    return bool(_CONTRACT_RE.match(fold(strip_punct(clean(text)))))


def _without_contract_remark(employer: str) -> tuple[str, str]:
    """The employer's name without the remarks in brackets after it, and the town one of them names: a contract
    ("CHU de Lille (CDI)", "(CDD étudiant)"), the temping agency ("Amazon (via Adecco)"), a département number, the
    site or the season of the work, the group the employer belongs to ("EHPAD Les Tilleuls (groupe Korian)"), and
    the town ("Clinique Pasteur (Toulouse) (CDI)"). The employer's own acronym stays ("Asahi India Glass (AIG)")."""
    place = ""
    consultancy = _placing_consultancy(employer)
    if consultancy:
        return consultancy, place
    through = _THROUGH_AGENCY_RE.match(employer)
    if through:
        employer = through.group("client")  # "Contract via Morgan McKinley at Bank of Ireland": the temp's workplace
    agency = _AGENCY_WORD_TAIL_RE.match(employer)
    if agency and _known_agency(agency.group("agency")):  # (not "Leader interim", "Agence interim": names)
        employer = agency.group("agency")  # "Adecco intérim": the agency, then the kind of work it gave, in lower case
    for _ in range(3):
        match = _REMARK_TAIL_RE.search(employer)  # "CHU de Lille (CDI)"
        if match is None or match.start() == 0:
            break
        raw = clean(match.group(1))
        remark = fold(raw)
        if (
            _CONTRACT_RE.match(remark)
            or _CONTRACT_RE.match(remark.split(" ")[0])  # "(CDD étudiant)", "(stage de fin d'études)"
            or _TERMS_RE.match(remark)
            or _DEPARTEMENT_RE.match(remark.upper())  # ("CHU de Nantes (44)": the French département, where it is)
            or _SITE_RE.match(remark)
            or _SEASON_REMARK_RE.match(remark)
            or _PARENT_GROUP_RE.match(remark)
            or _FIRM_HISTORY_RE.match(remark)
            or _UNIT_RE.match(remark)
            or _CLIENT_RE.match(remark)
            # ("Pégase Sécurité (galerie commerciale Auchan Petite-Forêt)", "Decathlon (magasin de Balma)": the
            # site guarded, the shop)
            or (raw[:1].islower() and _is_branch(raw))
        ):
            employer = clean(employer[: match.start()])
        elif not place and raw[:1].isupper() and (_location_of(raw) or _unknown_town(raw)):
            employer, place = clean(employer[: match.start()]), raw
        else:
            break
    return employer, place


# The unit of the employer the person worked in, in brackets after its name: "CHU de Nantes (PUI)", "Éducation
# nationale (Académie de Lyon)", "Centre hospitalier Le Vinatier (Unité d'admission)", "(CMP de Vénissieux)".
_UNIT_RE = re.compile(
    r"^(?:service|unite|pole|direction|academie|agence|antenne|bureau|circonscription|multi-accueil|cmp|cmpp|pui|maternite|"
    r"usld|ssr|smr|urgences|ward|unit|department|dept|campus)\b"
)
# The group an employer belongs to, in brackets after its name: "(groupe Korian / Clariane)", "(part of Siemens)".
_PARENT_GROUP_WORDS = frozenset({"groupe", "group"})  # (also a firm's kind, ``_FIRM_KINDS``, and what names the group)
_PARENT_GROUP_RE = re.compile(
    rf"^(?:{'|'.join(sorted(_PARENT_GROUP_WORDS))}|filiale (?:de|du|d')|subsidiary of|part of|member of) "
)
# A contractor's line naming the agency and then the workplace ("Amazon (via Adecco)" in another order).
_THROUGH_AGENCY_RE = re.compile(
    r"^(?i:contract|contractor|contracting|interim|int[ée]rim|placed|temp|mission)\s+(?i:via|through|par)\s+.+?\s+"
    r"(?i:at|chez|for|pour)\s+(?P<client>[A-Z0-9].+)$"
)
# A consultancy named after a client as the one that placed the consultant there: "Renault Group (via Alten)",
# "Stellantis (mission Akkodis, ex-Akka Technologies)", "BNP Paribas via Capgemini".
_VIA_FIRM_RE = re.compile(r"(?:\s|\()(?i:via|through|missions?)\s+(?P<firm>[A-Z][^,;()]*?)\s*(?:[,;)]|$)")


def _placing_consultancy(employer: str) -> str:
    """The consultancy a client's name says placed the consultant there ("Renault Group (via Alten)" → "Alten"):
    it employs the consultant (a temping agency, "Amazon (via Adecco)", leaves the workplace as the employer); ""
    when the name says none."""
    match = _VIA_FIRM_RE.search(employer)
    if match is None or not consultancy_named(match.group("firm")):
        return ""
    return clean(match.group("firm"))


# What became of the firm, or what it was called: "Logica (devenu CGI en 2012)", "Zenika (now Accenture)".
_FIRM_HISTORY_RE = re.compile(rf"^(?:{FIRM_HISTORY_WORDS}|ex)\b")


def _terms_only(text: str) -> bool:
    """The terms of a contract and no job: "Mission intérim via Proman", "CDD" (not "Interim Manager")."""
    folded = fold(text)
    return bool(_TERMS_RE.match(folded)) and title_score(folded) < 1.0


# A temp's remark on the missions after the agency's name ("plusieurs missions courtes (…)", "missions ponctuelles";
# folded).
_MISSIONS_REMARK_RE = re.compile(r"^(?:(?:plusieurs|nombreuses|diverses|des) )?missions?\b")
# A temp's status after the title, and what follows it: "Magasinier en mission", "Manutentionnaire en intérim
# (plusieurs agences, missions courtes)", "… en mission chez Safran". Only at the title's end, or before the agency or a
# bracket: "Chef de projet en mission humanitaire", "Ingénieure en mission longue" name the post.
_TEMP_STATUS_TAIL_RE = re.compile(r"\s+en\s+(?:missions?|int[ée]rim)(?:\s*$|\s+(?:chez|avec)\b.*$|\s*[(\[].*$)", re.I)


def _without_temp_status(position: str) -> str:
    """The title without a temp's status after it ("Magasinier en mission" → "Magasinier"); the status is the
    contract's, the agency the employer."""
    match = _TEMP_STATUS_TAIL_RE.search(position)
    if match is None or _role_score(position[: match.start()]) < 1.0:
        return position
    return position[: match.start()]


def _without_terms(position: str) -> str:
    """The position without a remark on the terms of the contract only ("Vendeuse (CDI)", "Agent de propreté
    [Intérim]"). A remark that says what the job was stays: "Développeur web (alternance)", "Receptionist
    (Seasonal)", "Office Clerk (temp via Initech Agency)"."""
    match = _REMARK_TAIL_RE.search(position)
    if match and match.start() > 0:
        remark = fold(clean(match.group(1)))
        pieces = [piece for piece in re.split(r"\s*[,;]\s*", remark) if piece]
        if (
            _TERMS_RE.match(remark)
            or _CLIENT_RE.match(remark)
            or (pieces and all(_TERMS_RE.match(piece) or _TERM_PIECE_RE.match(piece) for piece in pieces))
        ):
            return clean(position[: match.start()])
    return position


# The pieces of a remark on the terms alone, a comma apart: "(CDI, 10h/nuit)", "(CDD de remplacement)", "(CDD
# remplacement congé maternité)", "(étudiante, CDD d'été)", "(agence)": the contract and what it says of itself,
# the hours, the agency, the student's summer job.
_TERM_PIECE_RE = re.compile(
    r"^(?:(?:cdd|cdi)(?: (?:de |d')?(?:remplacement|ete|etudiant|etudiante|saisonnier|estival|longue duree|"
    r"\d+ mois|temps (?:plein|partiel))(?: [\w' ]+)?)?|remplacement|"
    r"(?:via (?:une )?)?agence|de nuit|nuits?|\d+ ?h(?: ?\d+)?(?: ?/ ?(?:nuit|jour|semaine|sem))?|"
    # ("étudiant jobiste": Belgium's student job)
    r"(?:etudiant|etudiante)(?: jobiste)?|jobiste|job (?:etudiant|d'ete))$"
)


# The client a consultant was placed with, in brackets after the firm or the title: "Alten (client : Airbus)",
# "Consultante MOE (clients : Orange, SFR)", "Senior Consultant (client: HMRC)". The firm is the employer.
_CLIENT_RE = re.compile(rf"^(?:{CLIENT_WORDS}\s*:|(?:pour le|for (?:the )?) client\b)")


# Terms of a contract that say nothing of the job itself, and the temping agency a job was found through.
_TERMS_RE = re.compile(
    r"^(?:cdi|cdd|interim|cesu|temps plein|temps partiel|full[- ]time|part[- ]time|permanent|fixed[- ]term|"
    r"(?:mission d'interim |interim |mission )?via [\w .&'-]+|"
    # "(missions intérim)", "(CDD puis CDI)", "(CDD 6 mois)", "(vacances scolaires)", "(mission intérim via Adecco)",
    # "(intérim Manpower)": the agency named after the word
    r"(?:missions? )?(?:d')?interim(?: (?:via |par |avec )?[\w .&'-]+)?|"
    r"cdd (?:puis|then) cdi|(?:cdd|cdi) (?:de )?\d+ ?(?:mois|h\S*)|"
    # A French civil servant's status: "(contractuelle)", "(vacataire)", "(stagiaire puis titulaire)", "(vacations)",
    # "(remplacements d'été)", "(praticien contractuel)", "(temps non complet, 17 h 30)"
    r"(?:(?:agent|praticien|professeur|enseignant)e? )?contractuel(?:le)?|vacataire|titulaire|"
    r"stagiaire (?:puis|then) titulaire|vacations?|remplacements?(?: d'ete| reguliers| ponctuels)?|"
    r"temps (?:non )?complet(?:, [\w ]+)?|"
    # the stage and screen's status and contract: "(intermittent du spectacle)", "(CDD d'usage)"
    r"intermittente?(?: du spectacle)?|cdd d'usage|"
    # hours with the terms: "(temps partiel 15 h)", "(contrat étudiant 12 h/semaine)", "(part-time, 20 hours/week)"
    r"(?:temps (?:plein|partiel)|part[- ]time|full[- ]time|contrat etudiant|student contract),? "
    r"\d+ ?(?:h|heures?|hours?|hrs?)\b(?: ?(?:/|par|per|a la) ?\w+)?|"
    # the same in German
    r"teilzeit|vollzeit|befristet|unbefristet|minijob)$"
)
# When the work was done, in brackets after the employer ("Centre de loisirs (vacances scolaires)"); after a title
# it says what the job was ("Serveuse (saisonnier)") and stays.
_SEASON_REMARK_RE = re.compile(
    r"^(?:pendant les |during )?(?:vacances scolaires|school holidays|summer holidays|saisonnier|saisonniere|"
    r"seasonal|ete|summer)$"
)


# "Onet Propreté (site Airbus Blagnac)", "(sur site client)": where the work was done, not the employer's name.
_SITE_RE = re.compile(r"^(?:sur )?site (?:client|de |d'|du )?")

# A French département's number: "(44)", "(2A)", "(974)".
_DEPARTEMENT_RE = re.compile(r"^(?:0[1-9]|[1-8]\d|9[0-5]|2[AB]|97[1-6])$")


# A temp's line that names the agency after the word, then the client it placed the worker with: "Intérim Randstad,
# mission chez Saint-Gobain Sekurit", "Intérim Manpower, missions pour Endel"; or the agencies alone in brackets:
# "Intérim (Adecco, Crit)". The agency, which hires and pays the temp, is the employer (as in "Manpower (mission
# chez Airbus)"; "Contract via Morgan McKinley at Bank of Ireland" names the workplace first, see
# ``_THROUGH_AGENCY_RE``).
_AGENCY_THEN_CLIENT_RE = re.compile(
    r"^(?i:int[ée]rim|interim|travail temporaire|temp|temping)\s+(?P<agency>[A-Z0-9][^,()]*?),\s+"
    r"(?i:(?:en\s+)?missions?(?:\s+d'int[ée]rim)?\s+(?:chez|pour|aupr[èe]s de|at|with|for))\s+\S"
)
_AGENCIES_BRACKETED_RE = re.compile(
    r"^(?i:int[ée]rim|interim|missions? d'int[ée]rim|travail temporaire|temp|temping)\s*"
    r"\((?P<agency>[A-Z0-9][^()]*)\)$"
)


# The temping agencies most often named in brackets after "Intérim" (folded): the bracket names a sector, a shift or a
# contract as often ("Intérim (Logistique)", "Intérim (BTP)", "Intérim (Nuit)", "Intérim (CDD)"), so only these are
# read there as the employer.
_TEMP_AGENCIES_TEXT = """
    adecco manpower randstad crit synergie samsic proman supplay partnaire expectra start-people hays reed
    office-angels interaction temporis triangle actual gojob ergalis kelly adia leader-interim appel-medical
    staffmatch morgan-services domino sovitrat abalone menway page-interim
"""
_TEMP_AGENCIES = frozenset(_TEMP_AGENCIES_TEXT.split())


def _known_agency(name: str) -> bool:
    """ "Adecco", "Start People", "Crit Intérim Lyon": a name that opens with one of ``_TEMP_AGENCIES``."""
    words = fold(name).split()
    return any("-".join(words[:size]) in _TEMP_AGENCIES for size in (1, 2))


# A temping agency's name, then the word of the work it gives in lower case ("Synergie intérim", "Adecco intérim";
# capitalised, "Crit Intérim" may be the name).
_AGENCY_WORD_TAIL_RE = re.compile(
    r"^(?P<agency>[A-Z0-9][\w&'’.-]*(?: [A-Z0-9][\w&'’.-]*){0,2}) (?:int[ée]rim|interim)$"
)


def _temping_agency(part: str) -> str:
    """The agency a temp's header part names ("Intérim Randstad, mission chez Saint-Gobain Sekurit" → "Randstad",
    "Intérim (Adecco, Crit)" → "Adecco, Crit"), or ""."""
    match = _AGENCY_THEN_CLIENT_RE.match(part)
    if match is None:
        match = _AGENCIES_BRACKETED_RE.match(part)
        if match and not all(_known_agency(name) for name in re.split(r",\s*|\s+(?:et|&|and|/)\s+", match["agency"])):
            return ""  # ("Intérim (Logistique)", "Intérim (Aéronautique, Automobile)": the sectors worked in)
    if match is None or _role_score(match.group("agency")) > 0:
        return ""
    return clean(match.group("agency"))


def _agency_before_client(parts: list[str], employer: str) -> str:
    """The temping agency a header names before the client site read as the employer ("Infirmier intérimaire —
    Appel Médical – SSR Clinique des Lilas", "Proman Melun – Magasinier en mission chez Safran Aircraft Engines"):
    the agency hires and pays the temp. Else ``employer``."""
    if not employer or _known_agency(employer):
        return employer
    at = next((index for index, part in enumerate(parts) if employer in part), None)
    agency = next((part for part in parts[:at] if _known_agency(part) and _role_score(part) <= 0), None)
    return clean(agency) if at is not None and agency else employer


def _firm_before_client(parts: list[str], employer: str) -> str:
    """The firm written before the client read as the employer ("Capgemini, client MAAF Assurances" → "Capgemini"):
    a consultant's or a contractor's employer is the firm. Else ``employer``."""
    if not _client_part(employer):
        return employer
    part = next((part for part in parts if employer in part), "")
    firm = part[: part.find(employer)].strip(" ,–—-|")
    return firm if firm and _role_score(firm) <= 0 and not _client_part(firm) else employer


def header_fields(parts: list[str]) -> tuple[str, str, str]:
    """(position, employer, location) of an entry's header parts; a position or employer that does not read as
    one is left empty. (Rules that compare a header with its section's others read the same parts several times:
    the reading is kept.)"""
    return _header_fields(tuple(parts))


# A remark in lower case after a name and a spaced colon: what was done there ("Association Mémoire de Schiltigheim :
# inventaire d'un fonds photographique").
_COLON_REMARK_RE = re.compile(r"^(?P<name>(?-i:[A-ZÀ-Ý])[^:]*\S)\s+:\s+(?-i:[a-zà-ÿ])")


def _names_post_or_body(text: str) -> bool:
    """Whether a header's first part before its spaced colon reads as a title or an organisation ("Online Editor",
    "Lycée Paul-Éluard"), not as a plan or a deed ("Projet social : agrément centre social obtenu")."""
    folded = fold(text)
    return title_score(folded) >= 1 or org_score(folded) > 0 or school_score(folded) >= 1


@lru_cache(maxsize=4096)
def _header_fields(kept: tuple[str, ...]) -> tuple[str, str, str]:
    parts = [
        match.group("name")
        # (the first part too, a title's or a title's and its employer's: "Online Editor : conform, finishing", a
        # label's value aside: "Stage : assistant comptable")
        if (match := _COLON_REMARK_RE.match(part))
        and (index or (not FIELD_LABEL_RE.match(part) and _names_post_or_body(match.group("name"))))
        else part
        for index, part in enumerate(kept)
    ]
    position, employer, location = _assign(parts)
    for part in parts:
        agency = _temping_agency(part)
        if agency and (not employer or employer in part):
            employer = agency  # "Intérim Randstad, mission chez Saint-Gobain Sekurit": the agency, not the phrase
    employer = _firm_before_client(parts, _agency_before_client(parts, employer))
    position, employer = _title_with_unit_read_as_firm(parts, position, employer, location)
    employer, location = _with_subsidiary(employer, parts, position, location)
    employer, place = _without_contract_remark(employer)
    location = location or place
    position = _without_temp_status(_without_terms(position))
    position, employer = _private_households(position, employer)
    employer = plausible_value(employer, employer=True) if employer else ""
    titled = position
    position = plausible_value(position, employer=False) if position else ""
    if not position and titled and _labelled_title(parts, titled):
        position = titled  # "Poste occupé : Doctorant contractuel avec mission d'enseignement": the form says it
    head, dash, ward = titled.partition(" – ")
    if not position and dash and plausible_value(head, employer=False) and _department_part(ward, strict=True):
        position = titled  # "Infirmière spécialisée en pédiatrie – Néonatologie et soins intensifs de pédiatrie"
    if employer:
        employer, location = _with_site(employer, parts, location)
        employer, location = _with_lab(employer, parts, location)
    if employer and _ON_ONES_OWN_RE.search(fold(position)) and _activities(employer):
        employer = ""  # "Skipper indépendant" over "Convoyages et croisières": what the self-employed did, no firm
    return position, employer, location


def _activities(text: str) -> bool:
    """ "Convoyages et croisières", "Cours particuliers et stages": common nouns, every word past the first in lower
    case, no organisation's word or place: a kind of work, not a name."""
    words = text.split()
    return (
        len(words) >= 2
        and all(word[:1].islower() for word in words[1:])
        and not org_score(fold(text))
        and not _location_of(text)
        and not geo.find_places(text)
    )


def _title_with_unit_read_as_firm(parts: list[str], position: str, employer: str, location: str) -> tuple[str, str]:
    """ "Operations Director – Automotive Logistics — Gefco, Courbevoie": a title and the business it covered, whose
    words read as a firm's ("Logistics"), taken for the employer while the firm's own name was left out. With no
    title found, a part made of a title, a dash and more is the position, and the one other part, no title and no
    place, is the employer."""
    head, dash, _ = employer.partition(" – ")
    # (with no dash, a plain title whose words read as a firm's: "Social Media Manager (alternance)" beside "We Are
    # Social · Paris")
    head = re.sub(r"\s*\([^()]*\)", "", head)  # (the contract in brackets: "(alternance)")
    plain_title = not dash and _role_score(head) >= 1.4
    if position or not (dash or plain_title) or _role_score(head) < 1.0:
        return position, employer
    others = [
        piece for piece in _comma_pieces(parts)[0] if fold(piece) not in (fold(employer), fold(location)) and piece
    ]
    if len(others) != 1 or _role_score(others[0]) > 0 or _location_of(others[0]) or is_contract_word(others[0]):
        return position, employer
    return employer, others[0]


# Private households as the employer of home workers ("chez des particuliers", "Particulier employeur (CESU)").
_HOUSEHOLDS_RE = re.compile(r"^(?:des |les |un |une )?(?P<who>particuliers?(?: employeurs?)?)(?:\s*\(cesu\))?$")


# The work done in private homes ("Baby-sitter", "Femme de ménage", "Aide à domicile", "Cours particuliers"); not a
# bank's adviser for private customers ("Conseiller commercial – Particuliers").
_HOME_WORK_RE = re.compile(
    r"\b(?:baby-?sitt\w*|garde d'enfants?|garde a domicile|garde-malade|aide a domicile|auxiliaire de vie|"
    r"menage|employee? familiale?|employee? de maison|assistante? maternelle?|nounou|jardinier|"
    r"aide-?menagere|repasseuse|soutien scolaire|cours particuliers|aide aux devoirs|dame de compagnie|"
    r"homme toutes mains|au pair)\b"
)


def _private_households(position: str, employer: str) -> tuple[str, str]:
    """(position, employer) with private households read as the employer: "Garde d'enfant chez particulier", and
    "Baby-sitter – Particuliers" with no other employer (beside a firm, "Conseiller clientèle – Particuliers" names
    the bank's customers the post serves)."""
    match = _HOUSEHOLDS_RE.match(fold(strip_punct(employer)))
    if match:
        return position, match.group("who").capitalize()
    head, dash, tail = position.rpartition(" – ")
    match = _HOUSEHOLDS_RE.match(fold(strip_punct(tail))) if dash else None
    if match and not employer and _HOME_WORK_RE.search(fold(head)):
        return head, tail.strip()
    return position, employer


def _labelled_title(parts: list[str], title: str) -> bool:
    """Whether ``title`` is the value of a part labelled as the position and reads as a title, however long
    ("Fonction ou poste occupé : Doctorant contractuel avec mission d'enseignement")."""
    return (
        any((match := FIELD_LABEL_RE.match(part)) is not None and match.group("position") for part in parts)
        and len(title.split()) <= 8
        and _role_score(title.split(",")[0]) >= 1.0
    )


_TOWN_CONNECTORS = frozenset({"en", "de", "du", "des", "la", "le", "les", "sur", "sous", "aux", "au"})
_GROUP_RE = re.compile(r"^(?:groupe|group)\s+\S")


def _with_subsidiary(employer: str, parts: list[str], position: str, location: str) -> tuple[str, str]:
    """ "Groupe LVMH – Louis Vuitton Malletier": a group, then its company the person worked for, both named as the
    CV writes them (the group alone would hide the employer, the company alone the group recruiters search for).
    The employer and the location, which may have taken the company's name for a town's ("Groupe Bel – Fromageries
    Bel")."""
    pieces = _comma_pieces(parts)[0]
    if not _GROUP_RE.match(fold(employer)) or employer not in pieces:
        return employer, location
    index = pieces.index(employer)
    if index + 1 >= len(pieces):
        return employer, location
    company = strip_punct(re.sub(r"\s*\([^()]*\)$", "", pieces[index + 1])).strip()
    group_words = set(fold(employer).split()[1:])
    if (
        not company
        or company == position
        or (fold(company) == fold(location) and not group_words.intersection(fold(company).split()))
        or len(company.split()) > 5
        or (len(company.split()) == 1 and not group_words.intersection(fold(company).split()))  # a town's shape
        or any(word in _TOWN_CONNECTORS for word in re.split(r"[\s-]+", company))  # "Val de Reuil", "… en Jarez"
        or not _capitalised_name(company)
        or _location_of(company)
        or _role_score(company) > 0
        or _department_part(company)
        or function_part(company)
        or _DEPARTMENT_RE.search(fold(company))
    ):
        return employer, location
    return f"{employer} – {company}", "" if fold(company) == fold(location) else location


def _labelled_in_body(entry: Entry) -> tuple[list[str], list[str]]:
    """The entry's header and body, with the first body line labelled with a field the header lacks ("Employer:
    Pfizer Ireland" under a form's "Position held:" and "Responsibilities:") moved to the header."""
    header, body = list(entry.header), list(entry.body)
    for field_name in ("employer", "position"):
        if any((m := FIELD_LABEL_RE.match(h)) and m.group(field_name) for h in header):
            continue
        for index, line in enumerate(body):
            match = FIELD_LABEL_RE.match(strip_bullet(line))
            if match and match.group(field_name):
                header.append(strip_bullet(line))
                del body[index]
                break
    return header, body


# The professor or doctor a research assistant worked for, after the title: "Graduate Research Assistant to Prof.
# Sarah Lindqvist", "Research assistant for Dr. Patel", "Assistante de recherche auprès du Pr Martin".
_SUPERVISOR_TAIL_RE = re.compile(
    r"\s+(?:to|for|under|aupr[eè]s d[eu]|aupr[eè]s de la)\s+(?:Prof(?:essor)?\.?|Pr\.?|Dr\.?)\s+"
    r"[A-ZÀ-Ý][\w.'’-]*(?:\s+[A-ZÀ-Ý][\w.'’-]*){0,3}$"
)


# The team a researcher's post is in, named after the title: "Chargée de recherche (CRCN), équipe « Exposome et
# hérédité »", "Research Scientist, team EPIONE".
_TEAM_TAIL_RE = re.compile(
    r",\s+(?:[ée]quipe|team|groupe|group)\s+(?:[«“\"][^»”\"]+[»”\"]?|[A-Z][A-Z0-9-]{2,}(?:\s*\([^()]*\))?)\s*$"
)


def _regional_branch_alone(location: str) -> tuple[str, str]:
    """The employer and the place, when a header's place opens on an office named by its region and no other part
    names an employer ("Chargé d'affaires – Agence Centre", "Technicien – Agence Nord, Lille"): that office is the
    only organisation named, the employer, not where the job was (the place it is beside an employer: "EXPLEO France
    – Agence Grand Est")."""
    first, _, rest = location.partition(",")
    regional = _REGIONAL_BRANCH_RE.match(strip_punct(first.strip()))
    if regional and first.strip()[:1].isupper() and _regional_area(regional.group(1)):
        # (not "agence de Lyon Part-Dieu", in lower case: a bank's branch, where the job was)
        return first.strip(), rest.strip()
    return "", location


def work_from_entry(entry: Entry) -> dict[str, Any]:
    header, body = _labelled_in_body(entry)
    position, employer, location = header_fields(header_parts(header))
    if employer and len(header) >= 2:
        position, employer, location = _qualifier_over_employer(header, (position, employer, location))
    position, employer, location = _employer_bar_town_over_title(header, position, employer, location)
    written = " ".join(clean(line) for line in header)
    if (
        location
        and employer
        and f"{location} – {employer}" in written
        and research_centre_and_region(location, employer)
    ):
        # "PhD Student, Inria Sophia Antipolis – Méditerranée": the centre's name ends on its region's, no town of it
        employer, location = f"{location} – {employer}", ""
    work: dict[str, Any] = {}
    if employer:
        work["name"] = balanced(strip_punct(_BRACKETED_LOAD_RE.sub("", employer) or employer))
    if position:
        position = _TEAM_TAIL_RE.sub("", position) or position
        work["position"] = balanced(strip_punct(_SUPERVISOR_TAIL_RE.sub("", position) or position))
    if location:
        work["location"] = location
    if entry.dates is not None:
        if entry.dates.start:
            work["startDate"] = entry.dates.start
        if entry.dates.end and not entry.dates.current:
            work["endDate"] = entry.dates.end
    highlights = body_items(body)
    if highlights:
        work["highlights"] = highlights
    return work


# A second employer's name after the first's slash ("Adecco / Randstad (intérim)", "Uber Eats / Deliveroo"): a few
# capitalised words, up to a bracket, a comma or a dash.
_JOINT_NAME_RE = re.compile(
    r"\s?/\s?(?P<name>[A-ZÀ-Ý0-9][\w&'’.-]*(?: [A-ZÀ-Ý0-9][\w&'’.-]*){0,3})(?=\s*(?:[(,|–—]|- |$))"
)


# Where a header's field opens: the line's start, a bar, a dash, a comma, a colon (perhaps its dates before it).
_FIELD_START_RE = re.compile(r"(?:^|[|–—,:•·]|\s-)\s*$")


def _with_joint_employer(lines: list[str], employer: str) -> str:
    """ "Adecco / Randstad", "Uber Eats / Deliveroo": two employers of one line of work, parted by a slash, which the
    header's reading cut at it; both, as written (as "Intérim (Adecco, Crit)" names both). Not a town ("Paris /
    Lyon"), a title ("Développeur Java / Capgemini" has the employer after it) or the terms ("Randstad / intérim").
    ``lines``: the entry's lines as written, dates and all."""
    if not employer or _location_of(employer):
        return employer
    for line in lines:
        at = line.find(employer)
        if len(re.findall(r"(?<!\d)/(?!\d)", line)) != 1:
            continue  # ("DHL Supply Chain / Lens / 2015 – 2019": the slash parts the line's fields)
        match = _JOINT_NAME_RE.match(line, at + len(employer)) if at >= 0 else None
        if match is None or not _FIELD_START_RE.search(line[:at]):
            continue  # (the employer opens the line or a field of it: not "• Intégration Orange / Free", a duty)
        name = match.group("name")
        if (
            title_score(fold(name))
            or _department_part(name)  # ("BNP Paribas / Direction Financière": a department of the one employer)
            or _location_of(name)
            or geo.find_places(name)
            or is_contract_word(name)
            or fold(name) in STATUS_WORDS
        ):
            return employer
        return f"{employer} / {name}"
    return employer


# The ending of a noun that names who does a trade ("Driller", "Toolpusher", "rhabilleur", "Mixologist").
_AGENT_NOUN_RE = re.compile(r"(?:er|eur|euse|ier|iere|iste|ist|or|man|woman|hand)$")


def _employer_bar_town_over_title(
    header: list[str], position: str, employer: str, location: str
) -> tuple[str, str, str]:
    """ "TRANSOCEAN | Aberdeen" over "Driller", "Maersk Drilling | Esbjerg" over "Toolpusher": an employer and its
    town on one line, a lone line under it; when that lone line was read as the employer (a title the vocabulary does
    not know), the line above names the employer and the lone line is the title."""
    if len(header) != 2 or " | " not in header[0] or " | " in header[1] or "," in header[1]:
        return position, employer, location
    name, _bar, town = (clean(piece) for piece in header[0].partition(" | "))
    lone = clean(header[1])
    if " | " in town or not name or not town or len(lone.split()) > 5:
        return position, employer, location
    placed = bool(_location_of(town)) or _unknown_town(town)
    read_wrong = (
        (fold(employer) == fold(lone) and fold(position) in (fold(name), ""))
        or (fold(position) == fold(name) and fold(employer) == fold(town) and not fold(location))
        # (the lone line left out: "Globex Drilling | Esbjerg" over "Snubber")
        or (fold(employer) == fold(name) and not position and len(lone.split()) <= 3 and not covers(lone))
    )
    # Which of the two is the firm: a name in capitals or with a firm's word, or a lone line named like a trade
    # ("Driller", "Toolpusher", "Horloger rhabilleur"); not "Snubber | Aberdeen" over "Halliburton" alone.
    firm_first = (name.isupper() and len(name) > 2) or bool(org_score(fold(name))) or ends_with_legal_form(name)
    trade_last = bool(_AGENT_NOUN_RE.search(fold(lone)))
    if (
        placed
        and read_wrong
        and (firm_first or trade_last)
        and not is_contract_word(name)
        and _role_score(name) <= 0
        and not _location_of(name)
        and not org_score(fold(lone))
        and not school_score(fold(lone))
        and not _location_of(lone)
    ):
        return lone, name, location or town
    return position, employer, location


_COMMA_SPACES_RE = re.compile(r"\s*,\s*")


def _with_lab(employer: str, parts: list[str], location: str) -> tuple[str, str]:
    """ "CNRS – Institut Néel", "ISIR – Sorbonne Université", "Inserm – CRNL": a research body or a university and
    the laboratory it runs, written side by side in either order; the employer is both, as the CV names them (the
    body alone would hide where the person worked, the laboratory alone who employed them). The employer and the
    location, which may have taken the laboratory's name."""
    for first, second in itertools.pairwise(_comma_pieces(parts)[0]):
        if fold(employer) not in (fold(first), fold(second)) or _location_of(first) or _location_of(second):
            continue
        comma = any(f"{first},{second}" in _COMMA_SPACES_RE.sub(",", part) for part in parts)
        if (
            research_body_and_lab(first, second, initials_ok=not comma)
            and _role_score(first) <= 0
            and _role_score(second) <= 0
        ):
            return f"{first} – {second}", "" if fold(location) in (fold(first), fold(second)) else location
    return employer, location


# Hospital and care groups, and the sites they run ("AP-HP – Hôpital Pitié-Salpêtrière", "Korian – EHPAD Le Parc de
# Diane", "HSE – University Hospital Galway", "Centre hospitalier de Versailles – Hôpital André-Mignot", "CHRU de
# Nancy – Hôpital de Brabois", "Western Health, Footscray Hospital", "Cardiff and Vale University Health Board –
# University Hospital of Wales", "Mombasa County Government, Port Reitz Sub-County Hospital"); and the public bodies
# that employ teachers, and their schools ("Department for Education SA, Brighton Secondary School", "Teachers
# Service Commission (TSC) - Kapsabet Boys High School").
# The kinds of health a ward, a service or a course is named after, not a health body's name (folded).
_HEALTH_SPECIALTIES = (
    r"mental|women'?s?|men'?s|child|children'?s|adolescent|youth|infant|maternal|perinatal|occupational|public|global|"
    r"community|sexual|oral|dental|population|environmental|reproductive|digital|allied|behaviou?ral|family|rural|"
    r"international|planetary|one|student|employee|workplace|preventive|primary|integrative|emergency|veterans'?"
)
_CARE_GROUP_RE = re.compile(
    r"ap-hp|aphp|hospices civils de lyon|hcl|ramsay sante|elsan|vivalto sante|korian|emeis|orpea|clariane|domusvi|"
    r"hse|bupa|swiss medical network|hirslanden|groupe hospitalier [\w' -]+|"
    r"centre hospitalier(?: regional)?(?: universitaire)? (?:de |d'|du |des )[\w' -]+|"
    r"(?:chu|chru|chr) (?:de |d'|du |des )?[\w' -]+|"
    # (not a specialty, the ward's or the course's: "Staff Nurse, Mental Health, St Thomas' Hospital", "Lecturer,
    # Public Health, London School of Hygiene & Tropical Medicine")
    rf"(?![\w' -]*\b(?:{_HEALTH_SPECIALTIES}) health$)[\w' -]+ health|"
    r"[\w' -]+ (?:health board|health service|nhs (?:foundation )?trust|county government)|"
    r"department (?:for|of) education[\w' -]*|teachers service commission(?: \(tsc\))?"
)
_CARE_SITE_RE = re.compile(
    r"(?:hopital|hospital|clinique|clinic|ehpad|residence|site|care home|maison de retraite)\b|"
    r".*\b(?:hospital|hopital|infirmary|clinic|care home|school|college)\b"
)


def _with_site(employer: str, parts: list[str], location: str) -> tuple[str, str]:
    """ "AP-HP – Hôpital Pitié-Salpêtrière", "emeis – Résidence Les Magnolias": a hospital or care group, then the site
    where the person worked, whichever of the two was read as the employer; the employer is both, as the group and
    its company are (``_with_subsidiary``). A campus ("CHU de Liège – Sart Tilman") leaves the group alone. The
    employer and the location, which may have taken the site's name."""
    for group, site in itertools.pairwise(_comma_pieces(parts)[0]):
        if (
            fold(employer) in (fold(group), fold(site))
            and _CARE_GROUP_RE.fullmatch(fold(group))
            and _CARE_SITE_RE.match(fold(site))
        ):
            return f"{group} – {site}", "" if fold(location) in (fold(group), fold(site)) else location
    return employer, location


# What sets a title apart from the words that say what it covers ("Section Manager – Food", "Director, Sales").
_QUALIFIER_SEPARATORS = (", ", " – ", " - ", " — ")


# A remark of more than one word on the terms after a title's dash ("– de nuit", "– vacances scolaires"); one word
# ("– extra", "– nuit") is a status word (``STATUS_WORDS``), "– via Adecco" the terms (``_TERMS_RE``).
# (and a replacement teacher's "rattachement administratif", the school he belongs to on paper, not the post's field)
_STATUS_REMARK_RE = re.compile(r"^(?:de nuit|vacances scolaires|rattachement(?: administratif)?)$")


def _unit_beside_employers_line(qualifier: str, header: list[str], number: int, employer: str) -> bool:
    """ "Flutter Entertainment plc | Dublin" over "Finance Manager – Group Reporting", "Wallenius Wilhelmsen ASA ·
    Lysaker" over "Logistics Manager, Ocean Operations": the header's other line is the employer's own, its name and
    its town, so the words after the title, in the words of a business's parts and no firm's ("Capgemini
    Engineering", "SAP"), are what the title covers."""
    others = header[:number] + header[number + 1 :]
    if len(others) != 1 or not covers(qualifier) or _firm(fold(qualifier)) or _names_acronym(qualifier):
        return False
    if ends_with_legal_form(qualifier) or school_score(fold(qualifier)) > 0 or _location_of(qualifier):
        return False
    other_title, other, other_location = header_fields(header_parts(others))
    return not other_title and fold(other) == fold(employer) and bool(other_location)


def _named_words(text: str) -> int:
    """How many words of ``text`` name something: not the short words in lower case that join them ("de", "des")."""
    return sum(1 for word in text.split() if not (word.islower() and len(word) <= 3))


def _qualifier_over_employer(header: list[str], fields: tuple[str, str, str]) -> tuple[str, str, str]:
    """ "Section Manager – Food" over "Marks & Spencer, Preston", or under "Gilead Sciences (Toulouse)": the words
    after the title on its own line say what it covers (a department, a region, a segment, a field: "Regional
    Driver – Tanker", "Associate, Mergers & Acquisitions"); the employer is the header's other line, which names
    nothing else. The fields read from the whole header when they took those words for the employer."""
    position, employer, location = fields
    for number, line in enumerate(header):
        unit = False
        title, qualifier, _ = header_fields(header_parts([line]))
        if (
            title
            and not qualifier
            and position
            and fold(title).startswith(f"{fold(position)} - ")
            and employer
            and fold(employer) not in fold(line)
            # (not a remark on the job: "Préparateur de commandes – en télétravail", "– maternity cover")
            and not tail_remark(title[len(position) :].lstrip(" –-—"))
        ):
            # "Mécanicien avionique B2 – maintenance en ligne" over "Dassault Falcon Service, Le Bourget": read alone,
            # the line is one title with what it covers; read with the employer's line, its tail had been dropped
            return title, employer, location
        for separator in _QUALIFIER_SEPARATORS:
            if not qualifier and employer and title.endswith(f"{separator}{employer}"):
                # ("Reporter, Environment desk" read whole on its own line: the words after the comma were taken for
                # the employer only when the lines were read together.)
                title, qualifier = title[: -len(separator + employer)], employer
        head, dash, rest = next(
            (line.partition(separator) for separator in (" – ", " — ", " - ") if separator in line), ("", "", "")
        )
        if (
            title
            and not qualifier
            and dash
            and fold(clean(head)) == fold(title)
            and lower_opening(rest)
            and not is_contract_word(rest)
            and not _terms_remark(clean(rest))  # ("– stage de Master 1", "– remplacement d'un congé maternité")
            and not _TERMS_RE.match(fold(clean(rest)))
            and not _TERM_PIECE_RE.match(fold(clean(rest)))
            and fold(clean(rest)) not in STATUS_WORDS
            and not _STATUS_REMARK_RE.match(fold(clean(rest)))
        ):
            qualifier = clean(rest)  # "Juriste – droit de la concurrence": a field in lower case, no employer's name
        if (
            title
            and qualifier
            and fold(title) == fold(position)
            and not location
            and (_town_led(qualifier) or _town_shaped(qualifier))
        ):
            location = qualifier  # "Barista — Birmingham New Street", "Technicien validation — Martillac": where
        if (
            title
            and qualifier
            and fold(title) == fold(position)
            and fold(qualifier) not in fold(f"{employer} {location}")
            # (or longer, a field named with its joining words, "Validation des procédés de nettoyage"; not a remark
            # in lower case, "temps partiel pendant les études")
            and (
                len(qualifier.split()) <= 4
                or (_named_words(qualifier) <= 4 and _covered(qualifier) and not lower_opening(qualifier))
                # ("Adjoint administratif — accueil du pôle territorial Ouest": the unit's desk, in lower case)
                or (len(qualifier.split()) <= 6 and lower_opening(qualifier) and _DEPARTMENT_RE.search(fold(qualifier)))
            )
            and not ends_with_legal_form(qualifier)
            and not _ward(qualifier)
            and not _town_led(qualifier)
            and (
                _covered(qualifier)
                or (unit := _unit_beside_employers_line(qualifier, header, number, employer))
                or (
                    number > 0
                    and org_score(fold(qualifier)) == 0
                    and not _ACRONYM_RE.search(qualifier)
                    # ("Capgemini, Paris" over "Consultant SAP – Safran": a consultancy's client, not a field)
                    and not _CONSULTANCY_RE.search(fold(employer))
                )
            )
        ):
            # "Schneider National — Green Bay, WI" over "Regional Driver – Tanker": the employer was read from its
            # own line, and the words after the title were left out of everything. (After a comma, only words that
            # plainly say what the title covers: "Registered Nurse, Cardiac Step-Down Unit" names a unit.)
            for separator in _QUALIFIER_SEPARATORS:
                if f"{title}{separator}{qualifier}" in line and (separator != ", " or _covered(qualifier) or unit):
                    return _qualified(title, separator, qualifier), employer, location
        others = header[:number] + header[number + 1 :]
        other_title, other, other_location = header_fields(header_parts(others)) if others else ("", "", "")
        unbracketed = re.sub(r"\([^()]*\)", "", qualifier)
        if (
            not title
            or fold(qualifier) != fold(employer)
            or other_title
            or not other
            or fold(other) == fold(employer)
            or len(unbracketed.split()) > 4  # ("Région Ouest (45 points de vente)")
            or ends_with_legal_form(qualifier)
            or (
                org_score(fold(qualifier)) > 0
                # ("opération fournisseur d'énergie", "Région Ouest": what the title covers, no firm's name)
                and not _covered(qualifier)
                and not ends_with_legal_form(other)
                # ("Grade 7 Policy Adviser – Public Spending Group" over "HM Treasury": a team of the public body;
                # "Senior Consultant – PwC Consulting" over "Ministry of Justice": the firm, over its client)
                and (not _named_employer(other) or _firm(fold(qualifier)))
            )
            or school_score(fold(qualifier)) > 0
            or title_evidence(title) < 1.0
            or (_department_part(other) and not _named_employer(other))
            or _ward(other)
            or function_part(other)
        ):
            continue
        # (Words that do not plainly say what the title covers give way only to a line that plainly names an
        # employer: "Consultant – Capgemini" over "Airbus" names the employer on the title's line.)
        if not _covered(qualifier) and (_names_acronym(qualifier) or not _employer_line(others)):
            continue
        for separator in _QUALIFIER_SEPARATORS:
            if f"{title}{separator}{qualifier}" in line:
                return _qualified(title, separator, qualifier), other, other_location or location
    return position, employer, location


# (Beside the consultancies' names and words, ``_CONSULTANCY_RE``: the words of services firms' names.)
_FIRM_WORD_RE = re.compile(r"\b(?:consultancy|advisory|services|solutions)\b")


def _firm(folded: str) -> bool:
    """A consultancy or a services firm, by its name or its trade's word."""
    return bool(_CONSULTANCY_RE.search(folded) or _FIRM_WORD_RE.search(folded))


# How the names of towns of France and its neighbours are made: a saint's name or a river after a hyphen
# ("Saint-Herblain", "Marcy-l'Étoile", "Bourg-en-Bresse", "Châlons-sur-Marne"), or an ending of place names
# ("Martillac", "Libourne", "Mérignac", "Oberkirch", "Sarrebourg"; not "Vidange", "Tramway", "Volley", "Bac").
_TOWN_SHAPE_RE = re.compile(
    r"^(?:(?:saint|sainte|st|ste)-[\w'-]+|[\w]+-(?:l'|la-|le-|les-|en-|sur-|sous-|de-|du-|des-|lez-|lès-)[\w'-]+|"
    r"[\w]{3,}(?:ac|ville|court|heim|bourg|ourne|ieux|argues|kirch|weiler|hausen)$)"
)


def _town_shaped(part: str) -> bool:
    """A single name shaped like a town of France or its neighbours, which no vocabulary knows (a department or a
    field after a title is known: "Réanimation", "Qualité")."""
    return (
        len(part.split()) == 1
        and part[:1].isupper()
        and _unknown_town(part)
        and not _covered(part)
        and _TOWN_SHAPE_RE.match(fold(part)) is not None
    )


# A body named after its town, no district or station of it ("Paris Habitat", "Lille Métropole", "Leeds Building
# Society", "London Stock Exchange", "Glasgow Royal Infirmary", "Manchester United", "Bristol Water").
_TOWN_NAMED_BODY_RE = re.compile(
    r"\b(?:metropole|agglomeration|habitat|parc auto|transports?|ferroviaire|matin|council|borough|county|society|"
    r"exchange|infirmary|hospital|hopital|clinic|clinique|underground|water|eaux?|united|city|club|fc|university|"
    r"universite|school|ecole|college|bank|banque|group|groupe|theatre|museum|musee|zoo|port)\b"
)


def _town_led(part: str) -> bool:
    """ "Birmingham New Street", "Manchester Piccadilly", "Paris Gare de Lyon": a town, then the station, airport or
    district of the branch: where the job was, not what the title covers."""
    places = geo.find_places(part)
    folded = fold(part).strip()
    return (
        bool(places)
        and places[0][0] == "city"
        and folded.startswith(places[0][1] + " ")
        and not _covered(part)
        # ("London & South East", "Lyon et Rhône-Alpes": the territory a title covers; "Bristol Royal Infirmary",
        # "Manchester United FC": an organisation)
        and not re.search(r"&|\b(?:and|et|region|centre|center)\b", folded)
        and not org_score(folded)
        and not school_score(folded)
        and not _ACRONYM_RE.search(part)
    )


def _qualified(title: str, separator: str, qualifier: str) -> str:
    """The title with what it covers, as written after a comma, otherwise after a dash ("Director, Sales", "Section
    Manager – Food")."""
    return f"{title}{', ' if separator == ', ' else ' – '}{qualifier}"


# An acronym among a title's last words names an organisation more often than a field ("USC JEP", "UNICEF").
_ACRONYM_RE = re.compile(r"\b[A-Z]{2,}\b")
# Capitals in brackets after words, which may be those words' initials ("Projet pédagogique individuel (PPI)").
_BRACKETED_CAPITALS_RE = re.compile(r"\s*\(([A-Z]{2,6})\)")


def _names_acronym(text: str) -> bool:
    """Whether ``text`` holds an acronym, other than the initials of the words it follows in brackets: "Projet
    pédagogique individuel (PPI)" is said in full, its initials added ("Consultant – CGI", "Audit – KPMG (Paris)"
    name their firm by its capitals)."""

    def spelled(match: re.Match[str]) -> str:
        capitals = match.group(1)
        words = [
            word
            for word in re.findall(r"[^\W\d_][\w-]*", text[: match.start()].replace("’", "'").replace("'", " "))
            if fold(word) not in _SMALL_WORDS
        ]
        initials = "".join(fold(word)[0] for word in words[-len(capitals) :])
        return "" if len(words) >= len(capitals) and initials == fold(capitals) else match.group()

    return bool(_ACRONYM_RE.search(_BRACKETED_CAPITALS_RE.sub(spelled, text)))


def _employer_line(lines: list[str]) -> bool:
    """Whether the lines name an employer plainly: a legal form, an organisation's word, or a name and its place
    ("Crédit Agricole CIB, Paris", "Schneider National — Green Bay, WI")."""
    _, employer, place = header_fields(header_parts(lines))
    named_with_place = (
        bool(place) and bool(_location_of(place)) and ";" not in employer and not is_month_word(employer.split()[-1])
    )
    return bool(employer) and (
        ends_with_legal_form(employer)
        or org_score(fold(employer)) > 0
        or named_with_place
        or _named_like_company(employer)
    )


def _department_part(part: str, *, strict: bool = False) -> bool:
    """A part of an organisation, said in a few words ("Atelier montage", "Economics Department", "Direction
    régionale Centre"). ``strict``: and surely no business named after one: after a word that opens both, the other
    words are in lower case ("Atelier montage", not "Atelier des Chefs" or "Département de l'Isère"). Never "Pôle
    emploi"."""
    folded = fold(part).strip()
    # ("Service de cardiologie et soins intensifs (USIC)": a ward's name may run to seven words)
    if len(part.split()) > 7 or folded.startswith("pole emploi"):
        return False
    if _STATE_DIRECTORATE_RE.match(folded) or _STATE_SERVICE_RE.match(folded):
        return False  # "Direction générale des Finances publiques": an administration of the State, an employer
    if strict and folded.startswith("service ") and _names_territory(part):
        return False  # "Service de Remplacement des Côtes d'Armor", "Service des Eaux de Marseille": a local body
    if _NAMED_DEPARTMENT_RE.match(folded) or _COVERED_UNIT_RE.match(folded):
        return True
    lower_tail = not any(char.isupper() for char in " ".join(part.split()[1:]))  # ("de l'Isère" holds a capital)
    named_after = folded.split()[0] in _BUSINESS_OPENERS if folded else False
    if named_after and _DEPARTMENT_RE.search(" ".join(folded.split()[1:])):
        lower_tail = True  # "Pôle Hospitalo-Universitaire Urgences": a unit's word again in the rest, a ward
    if _UNIT_OPENER_RE.match(folded) and not _DEPARTMENT_RE.match(folded):
        # (capitals in brackets are the unit's initials or equipment: "Imagerie (scanner, IRM)", "PMI")
        unbracketed = re.sub(r"\([^()]*\)", "", " ".join(part.split()[1:]))
        return not any(char.isupper() for char in unbracketed)
    return bool(_DEPARTMENT_RE.match(folded)) and (lower_tail or not strict or not named_after)


def _names_territory(part: str) -> bool:
    """Whether a name ends with a town's or a French département's name ("… des Côtes d'Armor", "… de Marseille")."""
    words = strip_punct(part).split()
    tail = [" ".join(words[-size:]) for size in (1, 2, 3) if len(words) > size]
    return any(geo.french_area(piece) is not None or geo.find_places(piece) for piece in tail)


_STATE_DIRECTORATE_RE = re.compile(
    r"^direction (?:generale|regionale|departementale|interregionale|interministerielle) (?:des |de la |du |de l'|d')"
    r"(?:finances publiques|douanes|entreprises|territoires|affaires|numerique|sante|tresor|"
    r"protection des populations|concurrence|securite interieure|armement|aviation civile|routes|mer|environnement|"
    r"alimentation|cohesion sociale|jeunesse|collectivites locales|impots)\b"
)


# A service of the State or of the armed forces, an employer though it opens with a department's word ("Service du
# commissariat des armées", "Service de santé des armées", "Service public de Wallonie", "Service départemental
# d'incendie et de secours") (folded).
_STATE_SERVICE_RE = re.compile(
    r"^service (?:[\w'’-]+ ){0,4}(?:des armees|de l'etat)\b|^service public (?:de |du |d'|federal)|"
    r"^service (?:departemental|national|interministeriel|regional|federal) (?:d'|de |des |du )"
)
# Words that open a unit's name and a business's or authority's alike ("Atelier des Chefs", "Zone Bleue",
# "Département de l'Isère"); "Division Produits Grand Public" or "Direction Régionale" open a unit's only.
# (and a maternity hospital named after its place: "Maternité des Lilas", not the ward "Maternité")
_BUSINESS_OPENERS = frozenset({"atelier", "pole", "zone", "cellule", "delegation", "departement", "maternite"})


# A team named by what it does ("Emergency Response Team", "Tactical Support Squad").
_NAMED_TEAM_RE = re.compile(r"^(?:[\w&-]+ ){1,3}(?:team|squad)$")
# "Economics Department", "Marketing Team": a department named by its field (not "Department of Health").
_NAMED_DEPARTMENT_RE = re.compile(r"^(?:[\w&-]+ ){1,3}(?:department|dept|division|team|desk)$")
# What a title covers that beside a named employer is never the employer: the UN's language sections ("Section
# française de traduction", "French Translation Section"), an airline's or a plant's maintenance and assembly lines
# ("Maintenance en ligne", "Line Maintenance", "FAL A350"), a fleet ("flotte CRJ"), a firm's in-house start-up studio
# or laboratory ("Developer – Digital Factory | Sonatel").
_COVERED_UNIT_RE = re.compile(
    r"^(?:[\w&-]+ ){1,3}section$|"
    r"^(?!the )(?:[\w&-]+ ){0,2}(?:translation|terminology|interpretation|interpreting|language|linguistic)"
    r"(?: [\w&-]+){0,2} unit$|"
    r"^section (?:francaise|anglaise|espagnole|allemande|arabe|russe|chinoise|de traduction|d'interpretation)\b|"
    r"^(?:line|base|heavy) maintenance$|^maintenance (?:en ligne|en base|lourde|ligne|base)$|"
    r"^(?:fal|final assembly line|chaine d'assemblage|flotte|fleet) [a-z]{0,4} ?[a-z]?\d{2,4}[\w-]*(?: / [\w -]+)?$|"
    r"^(?:flotte|fleet) (?:crj|atr|erj|embraer|airbus|boeing|q400|dash 8)[\w-]*(?: / [\w-]+)?$|"
    r"^(?:digital|data|innovation) (?:factory|lab)$|"
    # a security team ("Incident Responder – CSIRT" over "Airbus Defence and Space")
    r"^(?:csirt|cert|soc|red team|blue team)$|"
    # a law firm's or a legal department's practice ("Juriste stagiaire – PPI", "IP Paralegal – Trademarks")
    r"^(?:pi|ppi|ip|ip/it|pi/it|tmt|trademarks?|patents?|brevets)$"
)


# Two names joined by "&" or "+", a firm's ("Kuehne + Nagel", "Marks & Spencer"), when no title word is among them.
_JOINED_NAME_RE = re.compile(r"[A-ZÀ-Ý][\w'’.-]+ (?:\+|&) [A-ZÀ-Ý][\w'’.-]+")


def _complete(header: list[str]) -> bool:
    position, employer, _ = _assign(header_parts(header))
    if employer and (
        _department_part(employer, strict=True)
        or _ward(employer)
        or function_part(employer)
        or _MARKET_RE.fullmatch(fold(strip_punct(employer)))
    ):
        # "Ingénieur production – Atelier montage", "Teacher, Grades 10–12", "Associate, M&A Advisory", "Product
        # Coordinator – Europe": the employer may follow
        return False
    if _terms_only(strip_punct(position)):
        return False  # "Mission intérim via Proman chez Intermarché": the title is on the next line
    if position and employer and _field_after_title(position, employer):
        # "Ingénieur études de réseau – raccordement des énergies marines": what the title covers, in lower case; the
        # employer may follow
        return False
    if (
        position
        and employer
        and _role_score(position) <= 0
        and (_department_part(position) or _RESEARCH_UNIT_RE.search(fold(position)))
    ):
        # "Université de Bordeaux — Laboratoire IMS (UMR 5218)", "XLIM (UMR CNRS 7252), Université de Limoges": the
        # research unit; the post may follow
        return False
    if position and _role_score(position) <= 0 and _ward(position):
        return False  # "Royal Victoria Hospital – Ward 6D, Cardiology": where, not the post, which may follow
    town = employer.title() if employer.isupper() else employer
    if (
        _role_score(position) <= 0
        and (
            len(position.split()) == 1
            or ends_with_legal_form(position)
            or _JOINED_NAME_RE.fullmatch(position)
            or org_score(fold(position)) > 0
        )
        and (_unknown_town(town) or _location_of(town) or _town_led(employer))  # ("SEPHORA – Nice Cap 3000")
    ):
        # "Amazon – Lauwin-Planque", "BÜHLER AG – ZUG", "Exploitation familiale (GAEC Rabier Père et Fils)" over
        # "Chinon": no title, but a name and a town's shape; the title may follow
        return False
    return bool(plausible_value(position, employer=False) and plausible_value(employer, employer=True))


# "Store Manager - Responsible for a team of 25 …", "Owner/Operator - Oversee all aspects …": a title run into the
# description that follows it, on the first line under the header.
_RUN_IN_RE = re.compile(r"^(?P<title>[^\W\d_][^-–—:.;,]{1,60}?)\s+[-–—:]\s+(?=[A-Z][a-z])")


def _run_in_title(entry: Entry) -> str:
    """The title that opens the entry's first body line, when the header names no title; or that line itself when
    it holds a title alone ("DomusVi, Résidence Les Jardins de Talence" over "Gouvernante", "MARINE NATIONALE –
    FRÉGATE MULTIMISSIONS NORMANDIE | 2019 – 2022" over "Capitaine de corvette, officier en second")."""
    if not entry.body:
        return ""
    first = clean(entry.body[0])
    status = status_since(first)
    if status:
        first = first[: status.start()]  # ("Aide-soignante (titulaire depuis 2013)": the post, its status aside)
    if (
        not is_bullet(entry.body[0])
        and ":" not in first  # (not "Position: Tutor …", a form's label)
        and 1 <= len(first.split()) <= 8
        and not sentence_end(first)
        and _role_score(first) >= 1.5
        and qualified_title_evidence(first) >= 1.5
        and not find_date_ranges(first)
    ):
        return first
    match = _RUN_IN_RE.match(strip_bullet(first))
    if match is None:
        return ""
    title = clean(match.group("title"))
    if len(title.split()) > 6 or _role_score(title) < 1.0 or title_evidence(title) < 1.0:
        return ""
    return title


# Time between jobs a dated line may name alone (folded): a break, leave, an illness, the children raised, a
# partner followed, a search for work, a departure, a career review, or the time between two seasons, which a
# seasonal worker lists among them ("Intersaison 2020-2021"). Whole words only: "Congé maladie", not
# "Congé maladie" as the opening of a longer word.
_BREAK_RE = re.compile(
    r"^(?:career (?:break|gap|pause)|(?:break|gap) in employment|employment (?:break|gap)|sabbatical(?: year| leave)?|"
    r"gap year|year out|parental leave|maternity leave|paternity leave|family break|"
    r"conge (?:parental|maternite|paternite|sabbatique|de formation|maladie|longue maladie)|annee sabbatique|"
    r"disponibilite|pause (?:professionnelle|de carriere)|(?:periode de )?recherche d'emploi|en recherche d'emploi|"
    r"sans emploi|chomage|demandeu(?:r|se) d'emploi|inscription (?:a|au) (?:pole emploi|france travail)|"
    r"arret (?:longue maladie|maladie|de travail|\(?accident du travail)|"
    r"longue maladie|(?:education|garde) de mes (?:\d+ |deux |trois |quatre )?enfants|"
    r"je me suis \w+ de mes (?:\d+ )?enfants|(?:mere|pere|parent) au foyer|(?:suivi|rapprochement) de conjoint|"
    r"(?:suivi|mutation) (?:de mon|du) (?:conjoint|mari|epoux|epouse|compagnon|compagne)|"
    r"depart (?:dans le cadre|volontaire|en retraite)|licenciement|rupture conventionnelle|"
    r"bilan de competences|formation (?:de |en )?reconversion|inter-?saisons?|entre-saisons|between seasons)\b"
)
# Words of a break that also open a title or a firm's name ("Relocation Consultant", "Sick Leave Administrator",
# "Off-season maintenance technician"): a break only when no title follows them ("Relocation to Ireland").
_BREAK_BEFORE_TITLE_RE = re.compile(r"^(?:relocation|sick leave|off-season)\b")
# A move, named with where to ("Installation à Nantes", "Déménagement à Lyon") or alone before a separator
# ("Déménagement – …"); not the trade ("Installation à domicile de box", "Déménagements Le Gall", "Déménagement et
# manutention"). (Unfolded: the place is written with a capital.)
_MOVE_RE = re.compile(
    r"^(?:(?i:installation|d[ée]m[ée]nagement)\s+(?:à|a|au|aux|en|vers|dans)\s+(?:l['’]|la\s+|le\s+)?[A-ZÀ-Ý]|"
    r"(?i:d[ée]m[ée]nagement)\s*(?:$|[-–—,:(]))"
)
# Training described further down, named on its dated line ("Formation reconversion (voir ci-dessous)",
# "Formation d'aide-soignante (voir plus bas)").
_TRAINING_ELSEWHERE_RE = re.compile(r"^(?:formation|reconversion)\b.*\((?:voir|cf\.?) ")
# The public employment service named alone: a search for work when the line has nothing under it, or only lines
# about the search (``_JOB_SEARCH_RE``); a job there when duties follow ("2015 – 2020 | Pôle emploi" over "• Accueil
# et suivi de 150 demandeurs d'emploi").
_JOB_CENTRE_RE = re.compile(r"^(?:pole emploi|france travail)$")
# Lines under the job centre about one's own search ("• Ateliers CV et recherche active d'emploi"), still a break;
# not a counsellor's duties ("• Animation d'ateliers CV", "• Accueil et suivi des demandeurs d'emploi").
_JOB_SEARCH_RE = re.compile(r"\b(?:recherche|ateliers?|cv|candidatures?|formations?|bilan)\b")
_JOB_CENTRE_DUTY_RE = re.compile(r"\b(?:accueil|suivi|conseil\w*|accompagnement|animation|gestion|portefeuille)\b")


def _break_phrase(text: str, *, alone: bool = True) -> bool:
    """Whether ``text`` opens with words that name time between jobs; the public employment service named alone
    counts only when ``alone`` (no duties under it)."""
    text = clean(text)
    folded = fold(text)
    if _BREAK_RE.match(folded) or _MOVE_RE.match(text) or _TRAINING_ELSEWHERE_RE.match(folded):
        return True
    if alone and _JOB_CENTRE_RE.match(folded):
        return True
    before = _BREAK_BEFORE_TITLE_RE.match(folded)
    if before is None:
        return False
    rest = re.split(r"\s[-|]\s|,|\(", folded[before.end() :])
    return max(title_score(piece.strip()) for piece in rest) < 1.0


def _time_off(item: dict[str, Any], entry: Entry) -> bool:
    """Whether a work item read from a dated line names time between jobs ("Congé parental", "Sans emploi –
    déménagement", "Arrêt longue maladie"): its title, unless a title is among its words ("Chômage partiel puis
    Vendeuse"), or with no title and employer both, its employer or its whole header opens with such words
    ("Installation à Nantes, scolarisation des enfants, recherche d'emploi": the last piece read as the title)."""
    position = item.get("position") or ""
    if position and _break_phrase(position) and title_score(fold(position)) < 1.0:
        return True
    if position and item.get("name"):
        return False
    alone = all(
        _JOB_SEARCH_RE.search(folded) and not _JOB_CENTRE_DUTY_RE.search(folded) for folded in map(fold, entry.body)
    )
    texts = (position or item.get("name", ""), item["_header"])
    return any(_break_phrase(text, alone=alone) for text in texts if text)


def time_off_line(text: str) -> bool:
    """Whether a line opening with its dates names time between jobs after them ("2009-2011 Arrêt (accident du
    travail) puis recherche d'emploi, formations Pôle emploi"): no firm it names is an employer."""
    line = strip_bullet(clean(text))
    ranges = find_date_ranges(line)
    if not ranges or line[: ranges[0].begin].strip():
        return False
    return _break_phrase(line[ranges[0].stop :].strip(" :|-–—"))


# A teaching load ("18 h", "24 h ETD", "30 hours") and the words of a course taught (its kind, its students' year),
# which an academic lists under their posts with no title of its own (folded).
_TEACHING_LOAD = r"\b\d{1,3}\s?(?:h|hrs?|hours|heures)\b"
_TEACHING_LOAD_RE = re.compile(_TEACHING_LOAD)
_COURSE_WORDS_RE = re.compile(
    r"\b(?:co-?taught|taught|lectures?|tutorials?|seminars?|cours|td|tp|cm|etd|master|licence|l[1-3]|m[12]|"
    r"undergraduate|graduate|msc|bsc)\b"
)


# The students' year a course was taught to, in brackets after it: "(M1)", "(L2-M2)", "(Licence 3)" (folded).
_STUDENTS_YEAR_RE = re.compile(r"\((?:l[1-3]|m[12]|licence|master)\b[^()]*\)")
# A teaching load in brackets after an employer: "Université Pierre et Marie Curie (64 h ETD/an)".
_BRACKETED_LOAD_RE = re.compile(rf"\s*\([^()]*{_TEACHING_LOAD}[^()]*\)")


def course_taught(header: str) -> bool:
    """Whether an entry's header with no title names a course taught and its hours ("Paris School of Economics:
    Topics in Labor Economics, Master APE (2023, 18 h, co-taught)"), no job."""
    folded = fold(header)
    return bool(_TEACHING_LOAD_RE.search(folded) and _COURSE_WORDS_RE.search(folded))


_CELLS_RE = re.compile(r"\s+\|\s+")


def _bullet_cell_below(entry: Entry) -> Entry:
    """ "2017 – 2021 | Chef de partie | • Poste garde-manger puis entremets chauds" over "Sofitel Strasbourg" /
    "Strasbourg": a table whose last column holds the duties set its first bullet on the title's row; that cell is a
    duty, and the short lines under the title, before the next bullet, are the rest of the header (the employer, its
    town), as they would be without the bullet beside the title."""
    if not entry.header:
        return entry
    cells = _CELLS_RE.split(entry.header[-1])
    cut = next((index for index, cell in enumerate(cells) if index and is_bullet(cell)), 0)
    if not cut:
        return entry
    under = list(itertools.takewhile(lambda line: not is_bullet(line) and len(line.split()) <= 6, entry.body[:2]))
    header = [*entry.header[:-1], " | ".join(cells[:cut]), *under]
    body = [*cells[cut:], *entry.body[len(under) :]]
    return Entry(header, entry.dates, entry.current, body, entry.indexes, entry.on_date_line)


def parse_experience(
    texts: list[str], bold: list[bool] | None = None, indents: list[float] | None = None
) -> list[dict[str, Any]]:
    """JSON Resume ``work`` items from the lines of the experience section(s) (``indents``: their left edges, when
    the format knows them)."""
    work: list[dict[str, Any]] = []
    block: dict[str, Any] | None = None  # the last entry whose employer had a line of its own
    grouped = False  # that employer heads a group of jobs (its line followed by the time spent there)
    heads_block = False  # that employer's line comes before the title: it may head later title lines
    heads_alone = False  # that employer's line holds no title
    last_entry: Entry | None = None
    moved, bold = labelled_dates_first(texts, bold)
    if moved != texts:
        indents = None  # (the lines were reordered)
    texts = moved
    entries = group_entries(
        texts,
        bold=bold,
        complete=_complete,
        place=_after_dates_place,
        legal=_named_employer,
        jobs=True,
        indents=indents,
    )
    entries = _firms_over_descriptions(entries)
    under = {separator for entry in entries if (separator := _employer_line_below_title(entry))}
    towns_over = _towns_over_jobs(entries)
    employer_first = _employer_lines_first(entries)
    capitals = _employers_in_capitals(entries)
    for entry_index, entry in enumerate(entries):
        following = entries[entry_index + 1] if entry_index + 1 < len(entries) else None
        entry = _ditto_employer(_bullet_cell_below(entry), work)
        entry = _without_firm_description(entry)
        entry, reading = _employer_line_under(entry, under)
        town = _town_over_job(entry) if towns_over else ""
        if town:
            # "Thouars – 2019" over "Charpente Boisseau – Charpentier", as "Lyon – 2018" over "Charpentes Duhamel –
            # Charpentier": the section writes the town on the date line, over the employer and the title
            entry = Entry(entry.header[1:], entry.dates, entry.current, entry.body, entry.indexes, entry.on_date_line)
        item = work_from_entry(entry)
        if not item.get("position") and (harvest := _harvest_named(entry, texts)):
            item["position"] = harvest
        if item.get("name"):
            joint = _with_joint_employer([texts[index] for index in entry.indexes], item["name"])
            if joint != item["name"] and fold(joint[len(item["name"]) :].strip(" /")) == fold(item.get("location", "")):
                joint = item["name"]  # ("MBDA / Schrobenhausen": the town after the slash, read as the job's place)
            if joint != item["name"]:
                item["_joint"] = joint[len(item["name"]) :].strip(" /")
            item["name"] = joint
        if town:
            item["location"] = town
        if employer_first and not item.get("name") and item.get("position"):
            item = _employer_line_read_first(entry, item)
        if reading is not None:
            item["position"], item["name"] = balanced(strip_punct(reading[0])), balanced(strip_punct(reading[1]))
            item.pop("location", None)
            if reading[2]:
                item["location"] = reading[2]
        item["_header"] = " ".join(clean(line) for line in entry.header)
        parts = header_parts(entry.header)
        if len(entry.header) == 1 and len(parts) == 2:
            item["_parts"] = parts
        run_in = _run_in_title(entry) if parts and all(_role_score(p) <= 0 for p in parts) else ""
        if run_in:
            # The header holds the employer and its place only: read it again with the title beside it.
            _title, employer, location = header_fields([*parts, run_in])
            item["position"] = run_in
            if employer:
                item["name"] = balanced(strip_punct(employer))
            if location:
                item["location"] = location
        previous, last_entry = last_entry, entry
        if not (item.get("name") or item.get("position")):
            continue
        # (the header's first line whole: its dates' bracket may hold the load, "Depuis 2015 (≈ 220 h ETD/an) : …")
        written = " ".join([texts[entry.indexes[0]], item["_header"]]) if entry.indexes else item["_header"]
        if course_taught(written) and (
            not item.get("position")
            or _STUDENTS_YEAR_RE.search(fold(item["_header"]))
            or (
                _TEACHING_LOAD_RE.search(fold(item["position"]))
                # (not "Doctorante contractuelle (avec mission d'enseignement, 64 h ETD/an)": a post, its load aside)
                and title_score(fold(re.sub(r"\([^()]*\)?", " ", item["position"]))) < 1
            )
        ):
            # "Paris School of Economics: Topics in Labor Economics, Master APE (2023, 18 h, co-taught)": a course
            # taught and its hours, no job
            continue
        if _time_off(item, entry):
            continue  # "Career Break – caring for a parent", "Congé parental": time between jobs, no job
        head = _head_left_above(previous, texts, bold) if work and work[-1].get("_entry") is previous else None
        if head is not None and any(fold(head[0]).startswith(fold(other.get("name", "~"))) for other in work):
            head = None  # ("Zillow Offers · Atlanta, GA" after "Zillow"'s posts: a division of that employer)
        if (
            head is not None
            and previous is not None
            and item.get("position")
            and (not item.get("name") or _under_head(item, head[0]))
        ):
            # "Kingfisher plc, London" in bold after the last bullet of the job above, then "Mar 2016 – Aug 2020" /
            # "Finance Director" and "Jan 2013 – Feb 2016" / "Head of FP&A": the employer's line heads the posts
            # held there, each over its own dates, in a section that writes dates before titles.
            above = work[-1]
            line = clean(strip_bullet(head[2]))
            at = next(
                (
                    n
                    for n, text in reversed(list(enumerate(above.get("highlights", []))))
                    if fold(text).endswith(fold(line))
                ),
                None,
            )
            if at is not None:
                # (the line, or the end the bullet above was run on with: "Ouverture de filiales … CASTEL FRÈRES –
                # BLANQUEFORT"; the last, or the last before the organisation's own bullets)
                kept = above["highlights"][at][: len(above["highlights"][at]) - len(line)].strip()
                above["highlights"][at : at + 1] = [kept] if kept else []
                if not above["highlights"]:
                    del above["highlights"]
            if item.get("name"):
                item["position"] = _under_head(item, head[0])  # "Manager, Audit & Assurance", "Finance Director, B&Q"
            item["name"] = head[0]
            if head[1] and "location" not in item:
                item["location"] = head[1]
            block = {"name": head[0], **({"location": head[1]} if head[1] else {})}
            grouped, heads_block, heads_alone = False, True, True
            item["_entry"] = entry
            work.append(item)
            continue
        item["_entry"] = entry
        if (
            block is not None
            and grouped
            and item.get("position")
            and item.get("name")
            and (place_line := _employer_read_from_place(entry, item["name"]))
        ):
            # "DHL Supply Chain" / "7 years 9 months" over its posts, then "Shift Manager" / dates / "Trafford Park,
            # England, United Kingdom": the town under a later post's dates, unknown to the gazetteer, names the
            # place of that post, not another employer (the group's, below, is).
            item = {key: value for key, value in item.items() if key != "name"}
            item["location"] = place_line
        if item.get("name") and len(entry.header) >= 2:
            block = item
            grouped = len(entry.header) >= 3 and bool(TENURE_RE.match(fold(entry.header[1])))
            # The employer heads the block when it is written above the title ("Globex Inc" / "Senior Engineer"),
            # not under it ("Saisonnière vendanges" / "Domaine Chevallier, Loudun": that job's own employer).
            first = fold(entry.header[0])
            heads_block = not (
                item.get("position") and fold(item["position"]) in first and fold(item["name"]) not in first
            )
            # the employer's line holds no title: the later title lines' dashes cannot name another employer
            heads_alone = bool(item.get("position")) and fold(item["position"]).split(" – ")[0] not in first
        elif (
            block is not None
            and heads_alone
            and len(entry.header) == 1
            and item.get("name")
            and item.get("position")
            and not item.get("location")
            and _town_led(item["name"])
            and not _TOWN_NAMED_BODY_RE.search(fold(item["name"]))
            and f"{item['position']} – {item['name']}" in clean(entry.header[0])
        ):
            # "MONOPRIX" over "Directrice de magasin – Paris Bastille | …", then "Directrice adjointe – Paris
            # République | …": under a chain's name, a town and its district after a later title name the store
            item = {**item, "name": block["name"], "location": item["name"]}
        elif block is not None and not item.get("name") and grouped and item.get("position"):
            # "Accor" / "6 ans 3 mois" / "Directrice d'hébergement" / dates …, then "Chef de réception" / dates:
            # an exported networking profile lists each job held at one employer under its name once.
            item = {"name": block["name"], **item}
        elif (
            block is not None
            and heads_block
            and not item.get("name")
            # (not "Guide-conférencier indépendant (auto-entrepreneur)" after the museum's post: on one's own; but
            # "Administratrice indépendante" under "Rexel SA": a board's seat at that firm)
            and (
                not _ON_ONES_OWN_RE.search(fold(item.get("position", "")))
                or _BOARD_SEAT_RE.search(fold(item.get("position", ""))) is not None
            )
            # (a town on the date line is no line of the header's: "Conseillère clientèle" / "2016 – 2020 – Arras")
            and len([line for line in entry.header if not _after_dates_place(line)]) == 1
            and (
                entry.on_date_line or (_role_score(item.get("position", "")) >= 1.0 and not _name_left_above(previous))
            )
        ):
            # "Globex Inc, Springfield" then "Senior Engineer, 2018 – Present" and "Engineer, 2015 – 2018": each
            # later dated title line (or title line over its dates) is another job at the same employer.
            item = {"name": block["name"], **item}
            if block.get("location") and "location" not in item:
                item["location"] = block["location"]
        elif (
            block is not None
            and heads_alone
            and len(entry.header) == 1
            and (
                qualified := _qualified_title(
                    item, block["name"], any_unit=_cased_apart(capitals, item, block, following)
                )
            )
        ):
            # "Société Générale — Paris" over "Directrice juridique adjointe — Global Markets | 2020 – présent",
            # then "Juriste senior — Marchés de capitaux | 2015 – 2020": what the later title covers, not an
            # employer of its own.
            item = {**item, "name": block["name"], "position": qualified}
            if block.get("location") and "location" not in item:
                item["location"] = block["location"]
        elif block is not None and heads_alone and (unit_town := _unit_then_town(item, entry)) is not None:
            # "Metropolitan Police Service" over "Detective Constable, CID — Lambeth", then "Police Constable,
            # Emergency Response Team — Southwark": the title with its team, then the borough, under the same employer
            item = {**item, "name": block["name"], "position": unit_town[0], "location": unit_town[1]}
        elif block is not None and heads_alone and len(entry.header) == 1 and _town_as_siblings(item, block):
            # "MÉDECINS SANS FRONTIÈRES (OCP)" over "Logistics Coordinator — Juba, South Sudan", then "Supply
            # Logistician — Bunia, DRC": written as the first post's town and country, the word the gazetteer does not
            # know is the later post's town, under the same employer
            item = {**item, "name": block["name"], "location": f"{item['name']}, {item['location']}"}
        elif item.get("name"):
            block = None
        work.append(item)
    _towns_after_slashes(work)
    _employers_after_slashes(work)
    work = [
        stretch
        for item in _promotions_over_employer(_roles_under_heads(_in_the_sections_order(work)))
        for stretch in _one_per_spell(item)
    ]
    for index, item in enumerate(work):
        item.pop("_header", None)
        item.pop("_parts", None)
        item.pop("_entry", None)
        item.pop("_joint", None)
        if not item.get("name") and item.get("location"):
            # (only now: a head line above, "Crédit Agricole" over "Chargé d'affaires – Agence Nord, Lille", gives the
            # post its employer first, and the office is then where the post was)
            employer, location = _regional_branch_alone(item["location"])
            if employer:
                rest = {key: value for key, value in item.items() if key != "location"}
                work[index] = {
                    "name": balanced(strip_punct(employer)),
                    **rest,
                    **({"location": location} if location else {}),
                }
    return work


# A title, a slash and one word in lower case ("Développeur / leboncoin"), read as one title.
_LOWER_AFTER_SLASH_RE = re.compile(r"^(?P<title>.+?) / (?P<word>[a-zà-ÿ][\w'’.-]*)$")


# The services and places of a shop, a hotel or a warehouse that a title names after its slash, in lower case
# ("Réceptionniste / accueil", "Employé / caisse", "Préparateur / entrepôt"), folded.
_SERVICE_WORDS_TEXT = """
    accueil caisse rayon reception standard livraison magasin entrepot cuisine salle bar plonge menage nettoyage
    secretariat vente logistique paie stock stocks inventaire service
"""
_SERVICE_WORDS = frozenset(_SERVICE_WORDS_TEXT.split())


def _employers_after_slashes(work: list[dict[str, Any]]) -> None:
    """ "Développeur / leboncoin" with no employer, where the section writes its other jobs' employers after the
    title's slash ("Développeur Java / Capgemini"): the word in lower case is the firm, written as it writes its
    name, not the title's other half ("Réceptionniste / accueil" in a section that parts nothing so)."""
    slashed_employers = any(
        item.get("name")
        and item.get("position")
        and f"{fold(item['position'])} / {fold(item['name'])}" in fold(item.get("_header", ""))
        for item in work
    )
    if not slashed_employers:
        return
    for item in work:
        match = _LOWER_AFTER_SLASH_RE.match(item.get("position", ""))
        if (
            match is None
            or item.get("name")
            or title_score(fold(match.group("word"))) >= 1
            or is_contract_word(match.group("word"))
            or fold(match.group("word")) in STATUS_WORDS
            # ("Assistante / comptabilité", "Réceptionniste / accueil": the service or the post's place, no firm)
            or fold(match.group("word")) in DEPARTMENTS
            or fold(match.group("word")) in _SERVICE_WORDS
            or _location_of(match.group("word"))
        ):
            continue
        item["position"], item["name"] = match.group("title"), match.group("word")


def _towns_after_slashes(work: list[dict[str, Any]]) -> None:
    """ "Airbus Defence and Space / Ottobrunn" where the section's other jobs write their towns after a slash
    ("MBDA / Schrobenhausen", "Siemens / Munich", read as places): the one capitalised word after this slash,
    shaped as a town's name, is the job's town too, not a second employer (as "Adecco / Randstad" is)."""
    slashed_towns = any(
        item.get("location") and f"/ {fold(item['location'])}" in fold(item.get("_header", "")) for item in work
    )
    if not slashed_towns:
        return
    for item in work:
        joint = item.get("_joint", "")
        if (
            joint
            and len(joint.split()) == 1
            and joint[:1].isupper()
            and _unknown_town(joint)
            and not org_score(fold(joint))
            and not _known_agency(joint)  # ("Adecco / Randstad": two agencies)
            and not item.get("location")
        ):
            item["name"] = item["name"][: -len(joint)].rstrip(" /")
            item["location"] = joint


def _one_per_spell(item: dict[str, Any]) -> list[dict[str, Any]]:
    """The job once for each stretch of time its dates list with a year or more off between them ("Vendeuse, Zara,
    Lyon — 2015–2016 et 2018–2019": two spells at the same employer, not four years there), its duties under the
    first; the job alone otherwise."""
    entry = item.get("_entry")
    dates = entry.dates if isinstance(entry, Entry) else None
    if (
        dates is None
        or not dates.stretches
        or item.get("startDate") != dates.stretches[0][0]
        or item.get("endDate") != dates.stretches[-1][1]
    ):
        return [item]
    shared = {key: value for key, value in item.items() if key in ("name", "position", "location")}
    first = {**item, "startDate": dates.stretches[0][0], "endDate": dates.stretches[0][1]}
    return [first, *({**shared, "startDate": start, "endDate": end} for start, end in dates.stretches[1:])]


_HARVEST_RE = re.compile(r"^vendanges?\b")


def is_harvest(text: str) -> bool:
    """Whether a position is a harvest named alone ("Vendanges"): the work a season's job did, no tagger's title."""
    return fold(strip_punct(clean(text))) in ("vendange", "vendanges")


def _harvest_named(entry: Entry, texts: list[str]) -> str:
    """The harvest that dates a job with no title ("Vendanges 2019 — Domaine Leflaive"), as written: the work done,
    read with its year as the job's season ("Saison été 2021 — Camping Les Pins" names a time, no work); "" for any
    other entry."""
    dates = entry.dates
    if dates is None:
        return ""
    for index in entry.indexes:
        line = strip_bullet(clean(texts[index]))
        if _HARVEST_RE.match(fold(line[dates.begin : dates.stop])) and find_date_ranges(line):
            return line[dates.begin :].split()[0]
    return ""


# "idem", "id.", "ditto": the cell repeats the row above's.
_DITTO_RE = re.compile(r"^(?:idem|id\.|ditto|meme employeur|same employer)$")


def _ditto_employer(entry: Entry, work: list[dict[str, Any]]) -> Entry:
    """The entry with a header's "idem" (the employer's cell of a table's row that repeats the row above's:
    "2008 – 2015 | idem | Machiniste-cintrier | Montages, démontages …") written as the employer read above."""
    if not work or not work[-1].get("name") or not entry.header:
        return entry
    cells = [piece.strip() for piece in re.split(r"(\s+\|\s+|\s*\|\s*|\t+)", entry.header[0])]
    if not any(_DITTO_RE.match(fold(cell)) for cell in cells):
        return entry
    first = "".join(work[-1]["name"] if _DITTO_RE.match(fold(cell)) else cell for cell in cells)
    return Entry([first, *entry.header[1:]], entry.dates, entry.current, entry.body, entry.indexes, entry.on_date_line)


def _unit_then_town(item: dict[str, Any], entry: Entry) -> tuple[str, str] | None:
    """(title, town) of a one-line header written "title, team — word" whose word was read as the employer ("Police
    Constable, Emergency Response Team — Southwark"): the team is what the title covers, and the one capitalised word
    the gazetteer does not know, no organisation's, is the town."""
    name, position = item.get("name") or "", item.get("position") or ""
    if len(entry.header) != 1 or not name or not position or len(name.split()) != 1 or org_score(fold(name)):
        return None
    parts = header_parts(entry.header)
    if len(parts) != 2 or clean(strip_punct(parts[1])) != name or not _unknown_town(name):
        return None
    head, comma, unit = parts[0].partition(", ")
    # (the team dropped, or kept in the title: either reading leaves the borough as the employer)
    if not comma or position not in (clean(head), clean(parts[0])) or not unit:
        return None
    if not (_covered(unit) and UNIT_WORD_RE.search(fold(unit))):
        return None
    return f"{clean(head)}, {clean(unit)}", name


def _town_as_siblings(item: dict[str, Any], block: dict[str, Any]) -> bool:
    """Whether ``item`` was read as "title — employer, country" where the employer is one word the gazetteer does
    not know, under an employer's line whose first post was written "title — town, country"."""
    name, location, first = item.get("name") or "", item.get("location") or "", block.get("location") or ""
    return (
        bool(item.get("position"))
        and _is_country(location)
        and _is_country(first.rpartition(", ")[2])
        and ", " in first
        and len(name.split()) == 1
        and _unknown_town(name)
        and not org_score(fold(name))
        and f"{name}, {location}" in item.get("_header", "")
    )


# The nouns a firm's description opens with under its name, the kind of business it is ("Leader mondial des
# solutions …", "Groupe hôtelier mondial", "Fabricant d'emballages carton", "Subsidiary of the French yeast …")
# (folded).
_FIRM_KIND_TEXT = """leader groupe group fabricant manufacturer constructeur equipementier marque brand maison
distributeur distributor fournisseur supplier provider editeur publisher filiale subsidiary societe company firm
entreprise acteur player specialiste specialist operateur operator producteur producer enseigne chain retailer
pme eti"""
_FIRM_KINDS = frozenset(_FIRM_KIND_TEXT.split())  # (with ``_PARENT_GROUP_WORDS`` and the subsidiary's words)
# Those an English description ends with ("Pan-African beverage company"): not "leader", which ends titles ("Team
# leader", "Group leader", "Tech leader"), nor the French words, which open theirs ("Responsable enseigne").
_FIRM_KIND_ENDINGS_TEXT = """group manufacturer brand distributor supplier provider publisher subsidiary company firm
player specialist operator producer chain retailer"""
_FIRM_KIND_ENDINGS = frozenset(_FIRM_KIND_ENDINGS_TEXT.split())
# What may follow a description's phrase on its line: its size, its parent, its trade ("– 1 200 salariés", ", filiale
# d'EDF", "(groupe Amer Sports)", "– soft drinks, beer and spirits").
_DESCRIPTION_TAIL_RE = re.compile(r"\s[–—-]\s|,\s|\s\(")
# The words after which a description names its group or a people ("du groupe LVMH", "of the French yeast …").
_NAME_BEFORE = _PARENT_GROUP_WORDS | {"the"}


def firm_description(line: str) -> bool:
    """Whether a line says what kind of business a firm is, in common nouns and no name but its group's: a descriptor
    noun first, a word in lower case after it ("Groupe hôtelier mondial", not "Groupe Orvea"), or, in English, last
    after words in lower case ("Pan-African beverage company"); and two words in lower case or more."""
    phrase = _DESCRIPTION_TAIL_RE.split(clean(line), maxsplit=1)[0]
    words = phrase.split()
    if len(words) < 2:
        return False
    # (a title that opens or ends with such a noun: "Group leader", "Company secretary", "Brand manager", "Responsable
    # enseigne", "Leader d'équipe")
    if len(words) == 2 and (_role_score(phrase) >= 1.0 or fold(phrase).startswith("leader d'")):
        return False
    lower = [word for word in words[1:] if _lower_word(word) and len(fold(word)) >= 3]
    if len(lower) < 2 and not (len(lower) == 1 and len(words) == 2):
        return False
    if any(not _lower_word(word) and fold(before) not in _NAME_BEFORE for before, word in itertools.pairwise(words)):
        return False  # ("Maison d'accueil spécialisée Les Peupliers": a home's kind, then its name)
    if len(words) >= 3 and _is_country(words[0]) and fold(words[1]) in _FIRM_KINDS:
        words = words[1:]  # ("UK subsidiary of the world's largest dairy group": the country it serves first)
    first, last = fold(words[0]), fold(words[-1])
    if first in _FIRM_KINDS and _lower_word(words[1]):
        return True
    return last in _FIRM_KIND_ENDINGS and all(_lower_word(word) for word in words[1:])


def _without_firm_description(entry: Entry) -> Entry:
    """The entry without the line under its employer's that describes the firm ("NORVALIS – Valbonne" over "Leader
    européen des logiciels pour la logistique"): a description, no employer of the titles under it (the
    line moves to the body)."""
    if len(entry.header) < 2 or not firm_description(entry.header[1]):
        return entry
    if any(_role_score(part) > 0 for part in header_parts(entry.header[:1])):
        return entry  # ("Professeur des écoles" over "Groupe scolaire …": the title's, and its school's line)
    header, body = [entry.header[0], *entry.header[2:]], list(entry.body)
    if len(header) == 1 and body and not is_bullet(body[0]) and _role_score(clean(body[0])) >= 1.0:
        header.append(body.pop(0))  # (the title under the description, left in the body: "Secrétaire Générale")
    return Entry(
        header=header,
        dates=entry.dates,
        current=entry.current,
        body=[entry.header[1], *body],
        indexes=entry.indexes,
        on_date_line=entry.on_date_line,
    )


# The first words of a line naming what a job was done for, no firm of the next job's ("Client TotalEnergies").
_ENGAGEMENT_OPENERS = frozenset({"client", "cliente", "clients", "mission", "missions", "projet", "project"})


def _firms_over_descriptions(entries: list[Entry]) -> list[Entry]:
    """The entries with each firm's name (and the description under it) moved to the header of the titles they head
    ("Compagnie de Vaubrun – La Défense" / "Leader mondial des matériaux – 51 Md€ de CA" / a title / its dates, after
    the duties of a job at another firm): the grouping left them as the last duties of the job before, or the
    description alone opened the header. A short line, after a bullet or a finished sentence, right over a firm's
    description is that firm's name (``_without_firm_description`` then moves the description to the body). Not when
    the header below names its own employer on its title line ("Consultant junior – Sopra Steria, Paris | 2015 –
    2018" under "Client TotalEnergies" / "Groupe pétrolier international": the client of the job above and its
    description), nor a line naming a client, a mission or a project."""
    out = list(entries)
    for number in range(1, len(out)):
        entry, before = out[number], out[number - 1]
        body = before.body
        opened = bool(entry.header) and firm_description(entry.header[0])
        cut = len(body) - (1 if opened else 2)  # where the firm's name stands in the body above
        if cut < 1 or not entry.header or not (opened or firm_description(body[-1])):
            continue
        name, above = body[cut], body[cut - 1]
        if (
            is_bullet(name)
            or len(name.split()) > 7
            or not name[:1].isupper()
            or name.rstrip().endswith((".", ",", ";", ":"))
            or not (is_bullet(above) or sentence_end(above))
            or fold(name).split()[0] in _ENGAGEMENT_OPENERS
            or any(header_fields(header_parts([line]))[1] for line in entry.header[1 if opened else 0 :][:1])
        ):
            continue
        out[number - 1] = Entry(
            before.header, before.dates, before.current, body[:cut], before.indexes, before.on_date_line
        )
        header = [*body[cut:], *entry.header]
        out[number] = Entry(header, entry.dates, entry.current, entry.body, entry.indexes, entry.on_date_line)
    return out


def _lines_read(entry: Entry) -> tuple[str, str, str, str] | None:
    """(position, employer, location) of a two-line header, and which line the employer was read from ("first",
    "second", or "" when both or neither)."""
    if len(entry.header) != 2:
        return None
    position, employer, location = header_fields(header_parts(entry.header))
    first, second = fold(entry.header[0]), fold(entry.header[1])
    if employer and position and fold(employer) in first and fold(position) in second:
        return position, employer, location, "first"
    if employer and position and fold(employer) in second and fold(position) in first:
        return position, employer, location, "second"
    return position, employer, location, ""


def _employer_lines_first(entries: list[Entry]) -> bool:
    """Whether the section writes each job's employer on the header's first line and the title under it ("Cabinet
    Lebrun & Associés – Le Mans" over "Technicien géomètre"): two such headers or more, none the other way round."""
    orders = [reading[3] for entry in entries if (reading := _lines_read(entry)) is not None]
    return orders.count("first") >= 2 and "second" not in orders


def _employer_line_read_first(entry: Entry, item: dict[str, Any]) -> dict[str, Any]:
    """The item of a two-line header read as the section writes its others, the employer's line first: "Géofit
    Expert – Nantes" over "Stage ingénieur (TFE)" (the firm's name read as a title, "Expert", and the title under it
    left out)."""
    reading = _lines_read(entry)
    if reading is None or reading[1] or fold(reading[0]) not in fold(entry.header[0]):
        return item
    title, named, _ = header_fields(header_parts(entry.header[1:]))
    if not title or named or _role_score(title) < 1.0:
        return item
    return {**item, "name": balanced(strip_punct(reading[0])), "position": balanced(strip_punct(title))}


def _town_over_job(entry: Entry) -> str:
    """The first of a two-line header, when it is a town alone (known or shaped like one: "Lyon", "Thouars") over a
    line of two parts or more ("Charpente Boisseau – Charpentier"), or ""."""
    if len(entry.header) != 2 or len(header_parts(entry.header[1:])) < 2:
        return ""
    first = clean(strip_punct(entry.header[0]))
    return first if _location_of(first) == first or (len(first.split()) == 1 and _unknown_town(first)) else ""


def _towns_over_jobs(entries: list[Entry]) -> bool:
    """Whether the section writes each job's town alone over its employer and title: two of its headers or more open
    with a town the gazetteer knows, and most open with a town's shape."""
    towns = [_town_over_job(entry) for entry in entries]
    known = sum(1 for town in towns if town and _location_of(town) == town)
    return known >= 2 and 2 * sum(1 for town in towns if town) > len(entries)


def _employers_in_capitals(entries: list[Entry]) -> bool:
    """Whether the section writes its employers' names in capitals on their own lines, the town after them
    ("PNEUMA – Clermont-Ferrand", "FORGES DU CENTRE – Les Ancizes", "SEMENCIA – Chappes"): three such lines or more."""
    firsts = [parts[0] for entry in entries if len(entry.header) >= 2 and (parts := header_parts(entry.header[:1]))]
    return sum(1 for first in firsts if _named_in_capitals(first)) >= 3


def _cased_apart(capitals: bool, role: dict[str, Any], block: dict[str, Any], following: Entry | None) -> bool:
    """Whether, in a section that writes its employers in capitals, a later title line under one of them names
    after its dash words not so written ("Directeur Industriel Europe – Pneus Poids Lourds" under "PNEUMA"): the
    line of business the post covered, no other employer. Not words that read as a firm ("Compagnie des Alpes",
    "Maison Dior", "… Services", "… SA"); and words capitalised as a name are ("Leader Price" between "CARREFOUR" and
    "AUCHAN"), unless the employer's block goes on after the line, a title alone under it next ("Responsable de
    production" after "… – Pneus Poids Lourds"); words in lower case after the first do not ("Produits frais")."""
    name = role.get("name") or ""
    if not (capitals and _named_in_capitals(block["name"]) and not name.isupper()):
        return False
    folded = fold(name)
    if (
        org_score(folded) > 0
        or _firm(folded)
        or ends_with_legal_form(name)
        or any(word in _FIRM_KINDS for word in folded.split())
    ):
        return False
    if all(_lower_word(word) for word in name.split()[1:]) and len(name.split()) >= 2:
        return True
    if following is None or len(following.header) != 1:
        return False
    after = work_from_entry(following)
    return bool(after.get("position")) and not after.get("name")


def _under_head(role: dict[str, Any], employer: str) -> str:
    """Under an employer's line left after the bullets above, a role line's "Manager, Audit & Assurance" or "Finance
    Director, B&Q": the part after the title is the unit, the market or the group's brand the post covered, whatever
    its words, unless it names a firm by its legal form (``_qualified_title`` without its test of what is covered,
    and no bar: "Chef de projets | Vinci Construction" parts fields). The whole title, or ""."""
    return _qualified_title(role, employer, any_unit=True)


# A seat on a board, which "indépendant" qualifies without making it one's own business.
_BOARD_SEAT_RE = re.compile(
    r"\b(?:administrat(?:eur|rice)s?|membre du conseil|conseil d'administration|conseil de surveillance|"
    r"non-executive|board member|(?:non-executive |board )director)\b"
)
# A post held on one's own account, written in the title ("Guide-conférencier indépendant (auto-entrepreneur)").
_ON_ONES_OWN_RE = re.compile(rf"\b(?:independante?s?|independent|freelance|free-lance|{_SOLE_TRADER}|self-employed)\b")


# What opens a client's, a site's or a secondment's line under a consultant's or an agency worker's header.
_PLACED_AT_RE = re.compile(
    r"(?i)(?:chez|pour|for|at|with|on behalf|site|missions?|d[ée]tach[ée]e?|seconded|client|projet|project|via)\b"
)


# The separator between an employer's name and its town on a line of their own ("Fendi — Rome", "Zara, Lyon").
_NAME_TOWN_SEPARATOR_RE = re.compile(r"\s[—–-]\s|,\s|\s\|\s|\s·\s")


# The words of a firm's own shop, site, office, division or client ("Boutique Champs-Élysées", "Usine du Vaudreuil",
# "Zurich Office", "Investment Bank Division", "Mission Société Générale", "Amazon Fulfilment Centre", "Technocentre").
_SITE_WORDS_RE = re.compile(
    r"\b(?:boutique|magasin|store|shop|agence|branch|bureau|office|cabinet|usine|plant|factory|site|campus|siege|"
    r"headquarters|hq|region|division|departement|department|direction|service|mission|client|entrepot|warehouse|"
    r"ehpad|\w*centre|\w*center)\b"
)
# The words of a ward or unit of an employer (folded): in a title's tail ("Registered Nurse, Cardiac Step-Down Unit",
# "Infirmière – Service de réanimation") the header's tail is no firm, whatever the line under it names; opening a
# description's line ("Department of Physics – Ion Trap group"), the line names no employer (``refine``).
UNIT_WORD_RE = re.compile(r"\b(?:unit|unite|ward|service|department|departement|dept|team|equipe|pole|division)\b")


def _employer_line_below_title(entry: Entry) -> str:
    """The separator of the employer's line when the entry's header is a title alone over that line, its name then
    its town ("Assistant Product Manager" / "Fendi — Rome"); "" otherwise."""
    if len(entry.header) != 2:
        return ""
    title, employer, _ = header_fields(header_parts(entry.header))
    named_title, named, place = header_fields(header_parts(entry.header[1:]))
    separator = _NAME_TOWN_SEPARATOR_RE.search(entry.header[1])
    if (
        not title
        or fold(title) not in fold(entry.header[0])
        or fold(employer) != fold(named)
        or named_title
        or not named
        or not place
        or separator is None
    ):
        return ""
    return separator.group().strip()


def _first_line_in_header(entry: Entry) -> Entry:
    """The entry with its first description line moved into its header."""
    return Entry(
        header=[*entry.header, entry.body[0]],
        dates=entry.dates,
        current=entry.current,
        body=entry.body[1:],
        indexes=entry.indexes,
        on_date_line=False,
    )


def _employer_line_under(
    entry: Entry, under: AbstractSet[str] = frozenset()
) -> tuple[Entry, tuple[str, str, str] | None]:
    """The entry with its first description line moved into the header when that line names the employer (an
    organisation's word or its legal form, then its town) and the header's own "employer" names none: "Senior Social
    Worker – Children and Families" / dates / "City of Edinburgh Council, Edinburgh" (the title's field was read as
    the employer, the header having looked whole). With it, the reading the section's other jobs call for when the
    header read again would part the title once more: the whole title, the employer and its place; None otherwise.

    ``under``: the separators of the employer's lines written under a title alone in the section's other entries
    ("Assistant Product Manager" / "Fendi — Rome"); a line written the same way under "Product Manager – Small Leather
    Goods" is this entry's employer too, and what the title's dash is followed by is what the post covers."""
    if len(entry.header) != 1 or not entry.body or is_bullet(entry.body[0]) or len(entry.body[0].split()) > 8:
        return entry, None
    parts = header_parts(entry.header)
    position, employer, _ = header_fields(parts)
    # (an "employer" read after "au" / "à la" may be the unit the post is in, "Médecin urgentiste au SMUR" over
    # "Centre Hospitalier de Dax", "Gendarme au PSIG" over "Gendarmerie nationale – Compagnie de Vienne (38)": the line
    # under it is read as it would be under a title alone)
    held_after_au = [
        part for part in parts if title_and_employer(part) is not None and title_and_employer(part, au=False) is None
    ]
    after_au = bool(employer and held_after_au)
    # (an organisation's word in a second title is no employer's: "Directeur Qualité Groupe – Pharmacien Responsable")
    named_firm = org_score(fold(employer)) > 0 and _role_score(employer) < 1.0
    if not position or (not after_au and (named_firm or ends_with_legal_form(employer))):
        return entry, None
    if not after_au and (
        len(employer.split()) > 4
        or ((is_all_caps(employer) or _ACRONYM_RE.search(employer)) and not _covered(employer))
    ):
        # ("Consultant – CGI": a firm's name in capitals; not "Compliance Officer – KYC/AML", "Plombier chauffagiste –
        # Dépannage & SAV": a function's initials)
        return entry, None
    line = entry.body[0]
    if ":" in line:
        return entry, None  # ("Secteur d'activité : Industrie pharmaceutique": a labelled remark)
    pieces = header_parts([line])
    if not pieces:
        return entry, None  # (a line of punctuation alone)
    first = pieces[0]
    if after_au and names_organisation(first) and first[:1].isupper():
        # ("Gendarmerie nationale – Compagnie de Vienne (38)" under "Gendarme au PSIG": a body's name in lower case
        # after its first word, which the header's reading would take for a title)
        moved = _first_line_in_header(entry)
        return moved, (clean(held_after_au[0]), clean(first), "")
    if _PLACED_AT_RE.match(line.strip()) or (employer and fold(employer) in fold(line)):
        # ("Pour la Banque de France", "Site de Safran": a client or a site; "Eiffage Génie Civil SAS")
        return entry, None
    separator = _NAME_TOWN_SEPARATOR_RE.search(line)
    like_others = separator is not None and separator.group().strip() in under
    if like_others and separator is not None and employer and not UNIT_WORD_RE.search(fold(employer)):
        # ("Vendeuse – Sephora" over "Boutique Champs-Élysées — Paris", "Analyst – Barclays" over "Investment Bank
        # Division, London": the line names the firm's shop, site or client, and the header the firm itself)
        like_others = not _SITE_WORDS_RE.search(fold(line[: separator.start()]))
    if (
        employer
        and not like_others
        and not after_au
        and not (covers(employer) or _covered(employer) or re.search(r"\s(?:and|et|&)\s", employer))
    ):
        return entry, None  # ("Staff Nurse – Nuffield Health" over "The Priory Hospital": the header names the firm)
    title, named, place = header_fields(header_parts([line]))
    if (title or not named) and like_others and separator is not None:
        # ("L'Oréal Recherche & Innovation, Chevilly-Larue" under "Chargée d'affaires réglementaires – Soins de la
        # peau", as the section's other jobs write their employer's line: a name that is no title, then its town,
        # which the gazetteer may not know)
        head, tail = clean(line[: separator.start()]), clean(line[separator.end() :])
        if _role_score(head) < 1.0 and (_location_of(tail) or _unknown_town(tail)):
            title, named, place = "", head, tail
    if title or not named:
        return entry, None
    # (or a short name before a town the gazetteer knows: "Airbus, Toulouse" under "Quality Manager, A320 Final
    # Assembly Line | March 2020 – Present", "Vinted (marketplace de seconde main), Paris" under a title alone)
    # (up to five words when the section's other jobs write their employer's line so: "Rush University Medical
    # Center, Chicago, IL")
    known_town = bool(place and (geo.find_places(place) or (like_others and _unknown_town(place))))
    named_at_town = known_town and len(re.sub(r"\([^()]*\)", "", named).split()) <= (5 if like_others else 3)
    if not (org_score(fold(named)) > 0 or ends_with_legal_form(named) or named_at_town or after_au):
        return entry, None
    if not _capitalised_name(re.sub(r"\s*\([^()]*\)", "", named)):
        return entry, None  # ("Vente et conseil client en boutique": a duty in lower case)
    moved = _first_line_in_header(entry)
    if after_au:
        return moved, (clean(held_after_au[0]), named, place)  # the whole title, "au SMUR" with it
    head = entry.header[0]
    start, at = head.find(position), head.find(employer)
    end = at + len(employer)
    whole = head[start:end] if employer and at >= 0 and 0 <= start < end else ""
    read = work_from_entry(moved)
    if read.get("name") == balanced(strip_punct(named)):
        if whole and fold(read.get("position") or "") == fold(position):
            # ("Chercheuse en microbiologie – Ferments & Probiotiques" over "Danone Research – Palaiseau": the words
            # after the title's dash, read as the employer before the line was moved, are what the post covers)
            return moved, (whole, named, place)
        return moved, None
    # (the line's firm read again as the title's ward, "Registered Nurse, Cardiac Step-Down Unit" over "Rush
    # University Medical Center, Chicago, IL": written as the other jobs write theirs, the line is the employer)
    if like_others and whole:
        return moved, (whole, named, place)
    return entry, None


def _head_left_above(entry: Entry | None, texts: list[str], bold: list[bool] | None) -> tuple[str, str, str] | None:
    """(employer, place, line) of an employer's line left at the end of the entry before, after its bullets: a short
    name, in bold or closed by its legal form, no title's word in it, and its town ("Deloitte LLP, London", "CASTEL
    FRÈRES – BLANQUEFORT"), or a name with an organisation's word ("Metropolitan Police Service", "1er Régiment du Train
    Parachutiste (1er RTP) – Toulouse-Francazal"). In bold, the line may be followed by the organisation's own bullets
    ("Les Francas de Loire-Atlantique – Nantes" / "• Centres de loisirs associatifs")."""
    if entry is None or not entry.body or not entry.indexes:
        return None
    at = len(entry.body) - 1
    while at > 0 and is_bullet(entry.body[at]):
        at -= 1
    line = entry.body[at]
    if is_bullet(line):
        return None
    if at == len(entry.body) - 1:
        last = max(entry.indexes)
        if last >= len(texts) or clean(texts[last]) != clean(line):
            return None
    else:
        found = [index for index in entry.indexes if index < len(texts) and clean(texts[index]) == clean(line)]
        if len(found) != 1 or bold is None or not bold[found[0]]:
            return None
        if at == 0 and (entry.on_date_line or len(entry.header) < 2 or not line[:1].isupper()):
            # (the header's line wrapped under it: "Chef du bureau … — Ministère de l'Intérieur" / "(DGCL), Paris")
            return None
        last = found[0]
    if at >= 1 and not is_bullet(entry.body[at - 1]):
        return None  # (a description's last line, under a paragraph: "… with the support of" / "Globex Ltd")
    parts = header_parts([line])
    if len(parts) == 1 and ", " in parts[0]:
        parts = parts[0].split(", ", 1)
    if not 1 <= len(parts) <= 2 or any(_role_score(part) > 0 for part in parts):
        return None
    name = strip_punct(parts[0])
    legal = ends_with_legal_form(name)
    # (a name with an organisation's word, its initials in brackets aside: "1er Régiment du Train Parachutiste (1er
    # RTP)", "Metropolitan Police Service")
    bare = clean(re.sub(r"\([^()]*\)", " ", name))
    organisation = (
        0 < len(bare.split()) <= 7
        and _capitalised_name(bare)
        and org_score(fold(bare)) > 0
        and not title_score(fold(bare))
    )
    if not (_name_left_above_line(name) or (legal and len(name.split()) <= 5) or organisation):
        return None  # (a name in capitals, or closed by its legal form: "Kingfisher plc")
    if not ((bold is not None and bold[last]) or legal) or not plausible_value(name, employer=True):
        return None
    # ("Deloitte Luxembourg", "KPMG France": a firm's national member named with its country or town)
    placed = len(name.split()) >= 2 and bool(_location_of(name.split()[-1])) and not _location_of(name.split()[0])
    if not legal and not is_all_caps(name) and len(parts) < 2 and not placed and not organisation:
        return None  # ("Earlier Career", "Mandats" in bold: a plain name heads posts only with its legal form or town)
    place = ""
    if len(parts) == 2:
        town = parts[1].title() if is_all_caps(parts[1]) and len(parts[1].split()) <= 3 else parts[1]
        place = _location_of(parts[1]) or (clean(parts[1]) if _unknown_town(town) else "")  # ("– BLANQUEFORT")
        if not place:
            return None
    return balanced(plausible_value(name, employer=True)), place, line


def _named_in_capitals(part: str) -> bool:
    """Whether a header's part writes its name in capitals, before a comma or a bracket ("UNIVERSITY OF OXFORD, Sir
    William Dunn School of Pathology (Oxford)")."""
    return is_all_caps(re.split(r",|\(", part, maxsplit=1)[0].strip())


def _part_gives(part: str, value: str) -> bool:
    """Whether a header's part is ``value``, or ``value`` then a bracket or a comma (with no figure)."""
    folded, wanted = fold(strip_punct(part)), fold(value)
    rest = folded[len(wanted) :]
    # (not a bracket of dates: "Royal Engineers (2006 – 2022)")
    return folded == wanted or (
        folded.startswith(wanted) and (rest.startswith(", ") or rest.startswith(" (")) and not re.search(r"\d", rest)
    )


def _reading(item: dict[str, Any], *, loose: bool = False) -> tuple[str, str] | None:
    """Which field each of a two-part header's parts gave ("e" the employer, "p" the position, "l" the place).
    ``loose``: a part may go on after the value (``_part_gives``)."""
    parts = item.get("_parts")
    if not parts:
        return None
    fields = {"e": item.get("name"), "p": item.get("position"), "l": item.get("location")}
    roles = []
    for part in parts:
        role = next(
            (
                key
                for key, value in fields.items()
                if value and (_part_gives(part, value) if loose else fold(value) == fold(strip_punct(part)))
            ),
            "",
        )
        if not role:
            return None
        roles.append(role)
    return roles[0], roles[1]


def _in_the_sections_order(work: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """ "Mace | HSE Graduate | 2021 – Present" over "Balfour Beatty | Assistant Site Manager | 2019 – 2021" and "Kier
    Group | Trainee Surveyor | 2017 – 2019": a section writes its headers' fields in one order. Where two headers or
    more that the lists can order read one way and none reads otherwise, a header of the same shape that the lists
    cannot order is read that way too; and so is one read as a firm and its town where the section writes the title
    first. (Not an employer and its town where the section writes the employer first: an unknown town, "Mace |
    Wetherby", is as likely as an unknown title there.)"""
    readings = [_reading(item) for item in work]
    settled = [
        reading
        for item, reading in zip(work, readings, strict=True)
        if reading in (("e", "p"), ("p", "e")) and max(_role_score(part) for part in item["_parts"]) > 0
    ]
    if len(settled) < 2 or any(reading != settled[0] for reading in settled):
        return _in_the_sections_capitals(work)
    for item, reading in zip(work, readings, strict=True):
        first, second = (strip_punct(part) for part in item.get("_parts") or ("", ""))
        if reading == settled[0][::-1] and _role_score(first) <= 0 and _role_score(second) <= 0:
            item["name"], item["position"] = (first, second) if settled[0] == ("e", "p") else (second, first)
        elif (
            reading == ("e", "l")
            and settled[0] == ("p", "e")
            and not item.get("position")
            and _location_of(item["_parts"][1]) is None
            # (the first part read as a firm by a word titles share, "Tech"; the second no firm's: not "Manpower |
            # Plouguerneau", a firm and a town the gazetteer lacks)
            and names_organisation(first)
            and not _firm_like(second)
        ):
            # ("Rope Access Tech | Mace" among titles then employers: the unknown title read as a firm, the firm as
            # its town)
            item["name"], item["position"] = second, first
            del item["location"]
    return _in_the_sections_capitals(work)


def _in_the_sections_capitals(work: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """ "CANCER RESEARCH UK OXFORD CENTRE | Summer studentship (8 weeks)" among "THE FRANCIS CRICK INSTITUTE (London) |
    Senior Research Technician" and "UNIVERSITY OF OXFORD, Sir William Dunn School of Pathology (Oxford) | Research
    Technician": where two headers or more read one way and write their employer's name in capitals and their title
    not so, a header read the other way with its capitals where theirs are (fewer than they) is read as they are."""
    readings = [_reading(item, loose=True) for item in work]
    settled = [
        reading
        for item, reading in zip(work, readings, strict=True)
        if reading in (("e", "p"), ("p", "e")) and max(_role_score(part) for part in item["_parts"]) > 0
    ]
    if len(settled) < 3:
        return work
    order = max(set(settled), key=settled.count)
    employer_at = order.index("e")

    def capitals(parts: list[str]) -> bool:
        return _named_in_capitals(parts[employer_at]) and not _named_in_capitals(parts[1 - employer_at])

    against = [item for item, reading in zip(work, readings, strict=True) if reading == order[::-1]]
    if (
        settled.count(order) < 2
        or settled.count(order) <= len(against)
        or not all(capitals(item["_parts"]) for item, reading in zip(work, readings, strict=True) if reading == order)
    ):
        return work
    for item in against:
        if capitals(item["_parts"]):
            first, second = (strip_punct(part) for part in item["_parts"])
            item["name"], item["position"] = (first, second) if order == ("e", "p") else (second, first)
    return work


def _named_employer(name: str) -> bool:
    """A name that is an employer's plainly, under a bold header that seemed whole: closed by its legal form ("BMW
    AG"), or a public body or a hospital trust by its words ("Leeds Teaching Hospitals NHS Trust", "Department for
    Work and Pensions")."""
    folded = fold(name)
    return ends_with_legal_form(name) or bool(_PUBLIC_BODY_RE.search(folded) and not title_score(folded))


# A British local authority ("Leeds City Council", "Nottinghamshire County Council").
_COUNCIL = r"(?:borough|county|city|district|town|parish) council"
COUNCIL_RE = re.compile(_COUNCIL)
# The words that name a public employer in Britain and France: its trusts, departments, councils, ministries.
_PUBLIC_BODY_RE = re.compile(
    r"\b(?:nhs (?:foundation )?trust|health board|department (?:for|of)|ministry of|"
    rf"{_COUNCIL}|conseil (?:departemental|regional|general)|"
    r"hm (?:treasury|revenue|prison)|(?:ministere|prefecture|mairie) (?:de|des|du|d')|centre hospitalier)\b"
)


def _employer_read_from_place(entry: Entry, employer: str) -> str:
    """The line of the entry's header that ``employer`` was read from when that line names a place only, a town the
    gazetteer does not know before its region and country ("Trafford Park, England, United Kingdom"); else ""."""
    for line in entry.header:
        if is_region_line(line) and fold(line).startswith(fold(employer)):
            return clean(line)
    return ""


def _name_left_above(entry: Entry | None) -> bool:
    """Whether the entry before ends on a short line that names an organisation, not a bullet nor a sentence
    ("Umbrella Corp" over "Intern" / "2014 – 2015"): the next job's employer, left in that entry's description."""
    if entry is None or not entry.body:
        return False
    return _name_left_above_line(entry.body[-1])


def _name_left_above_line(last: str) -> bool:
    """A short line naming an organisation, not a bullet nor a sentence ("Umbrella Corp", "Deloitte LLP, London")."""
    text = clean(strip_punct(last))
    return (
        last.strip() == strip_bullet(last).strip()
        and 0 < len(text.split()) <= 4
        and _capitalised_name(text)
        and _role_score(text) <= 0
    )


def _padded(date: str, month: str) -> str:
    return date if len(date) > 4 else f"{date}-{month}"


def _within(outer: dict[str, Any], inner: dict[str, Any]) -> bool:
    """Whether ``inner``'s dates lie within ``outer``'s (an open end holds everything up to now)."""
    if not inner.get("startDate") or _padded(inner["startDate"], "12") < _padded(outer["startDate"], "01"):
        return False
    if not outer.get("endDate"):
        return True
    return bool(inner.get("endDate")) and _padded(inner["endDate"], "01") <= _padded(outer["endDate"], "12")


_GROUP_WORDS = frozenset({"groupe", "group", "groep", "gruppe", "grupo", "gruppo"})
_GROUP_OPENERS = _GROUP_WORDS | {"la", "le", "les", "l", "the", "de", "du", "des"}  # ("Groupe La Poste", "Le Duff")


def _programme_line(name: str) -> bool:
    """A line under a post that names no firm: words in lower case after a product's code or a capitalised word ("A350
    wing programme", "A320 family fuselage"), no legal form."""
    words = name.split()
    return (
        len(words) >= 2
        and not ends_with_legal_form(name)
        and not _capitalised_name(name)
        and sum(1 for word in words[1:] if word[:1].islower() and fold(word) not in _SMALL_WORDS) >= 1
        # (a product's code first, "A350", "M88", "LEAP", or a programme's word last: not "Caisse d'épargne
        # Normandie", "Lycée professionnel Jean Moulin", "Hôpital européen Georges-Pompidou", names in lower case)
        and (
            any(char.isdigit() for char in words[0])
            or (words[0].isupper() and len(words[0]) >= 2)
            or fold(words[-1]) in _PROGRAMME_WORDS
        )
    )


_PROGRAMME_WORDS = frozenset(
    {"programme", "program", "project", "projet", "team", "equipe", "line", "ligne", "ops", "family", "range", "gamme"}
)


def _group_of(head: dict[str, Any], roles: list[dict[str, Any]]) -> bool:
    """Whether ``head``, an employer's line with its years and no post, heads the posts held in its subsidiaries:
    two at least, most named with a word of the group's ("GROUPE DANONE" over "Danone Mexico", "Danone Eaux France",
    "Blédina"), the first or the last of them sharing a year of the group's ends."""
    # (the group's own word, the first of its name: "danone", not "France", "Services" or a town, which a temping
    # agency's or a consultancy's clients share)
    words = [word for word in re.findall(r"[\w'’&-]+", fold(head["name"])) if word not in _GROUP_OPENERS]
    if len(roles) < 2 or not words or len(words[0]) < 3 or head.get("position"):
        return False
    sharing = [role for role in roles if words[0] in re.findall(r"[\w'’&-]+", fold(role.get("name") or ""))]
    ends = {head.get("startDate", "")[:4], (head.get("endDate") or "")[:4]}
    spans = {roles[-1].get("startDate", "")[:4], (roles[0].get("endDate") or "")[:4]}
    return len(sharing) * 2 >= len(roles) and bool(ends & spans - {""})


def _force_over_units(head: dict[str, Any], roles: list[dict[str, Any]]) -> bool:
    """Whether ``head``, an armed force's line with the years served and no post ("British Army — Royal Engineers
    (2006 – 2022)", "Armée de l'Air et de l'Espace — 2008 à 2023"), heads the posts held in its units, two at least,
    each naming its own ("21 Engineer Regiment", "Escadron de chasse 3/30"): the service's whole time, no job of its
    own."""
    return (
        len(roles) >= 2
        and not head.get("position")
        and MILITARY_UNITS_RE.search(fold(head["name"])) is not None
        and all(role.get("name") and role.get("position") for role in roles)
    )


def _promotions_over_employer(work: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """ "Software Engineer II | Jun 2016 – Feb 2019" then "Software Engineer | Jul 2014 – May 2016" over "Dell
    Technologies, Round Rock, TX": in a section that writes the employer's line under the title, the posts held at one
    employer are listed one after the other, the last over the employer's line. A dated title with no employer, no
    duties and no place, held from the month the next job ended, is a promotion at that job's employer; not a post on
    one's own account ("Freelance Consultant", "Consultante indépendante"), which follows a job elsewhere."""
    for item, below in reversed(list(itertools.pairwise(work))):  # (from the last: a promotion over a promotion)
        period, earlier = _period(item), _period(below)
        if (
            period is None
            or earlier is None
            or item.get("name")
            or not item.get("position")
            or _ON_ONES_OWN_RE.search(fold(item["position"]))  # ("Freelance Consultant": a business of one's own)
            or item.get("highlights")
            or item.get("location")
            or not below.get("name")
            or not below.get("position")
            or not _title_over_employer(item, below)
        ):
            continue
        start, end = item["startDate"], below.get("endDate") or ""
        if len(start) >= 7 and len(end) >= 7:
            follows = 0 <= period[0] - earlier[1] <= 2  # (a month or two between the posts at most)
        else:
            follows = end[:4].isdigit() and 0 <= int(start[:4]) - int(end[:4]) <= 1
        if follows:
            item["name"] = below["name"]
            if below.get("location"):
                item["location"] = below["location"]
    return work


def _title_over_employer(item: dict[str, Any], below: dict[str, Any]) -> bool:
    """Whether ``item``'s header is its title's line alone and ``below``'s is its title's line over its employer's."""
    own, next_one = item.get("_entry"), below.get("_entry")
    return (
        own is not None
        and next_one is not None
        and len(own.header) == 1
        and len(next_one.header) >= 2
        and fold(strip_punct(next_one.header[0])) == fold(below["position"])
    )


def _roles_under_heads(work: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """ "2011 – 2019 | DIAGEO PLC – London" then "Jan 2015 – Mar 2019 Finance Director" and "Jun 2011 – Dec 2014 Head
    of FP&A": an employer's line with the whole time spent there heads the roles held, each with its own dates. The
    roles that follow it within its dates and name no employer take its name; the head itself is no job."""
    out: list[dict[str, Any]] = []
    index = 0
    while index < len(work):
        head = work[index]
        index += 1
        if not head.get("name") or not head.get("startDate") or title_evidence(head.get("position", "")) >= 1.0:
            out.append(head)
            continue
        roles = []
        while index < len(work) and work[index].get("position") and _within(head, work[index]):
            roles.append(work[index])
            index += 1
        for role in roles:
            if role.get("name") and _programme_line(role["name"]):
                # ("Senior Stress Engineer — Jul 2020 – Present" over "A350 wing programme" under "Airbus, Toulouse |
                # Oct 2016 – Present": the programme the post worked on, written in lower case; the head employs)
                role["highlights"] = [role.pop("name"), *role.get("highlights", [])]
        if any(
            (not role.get("name") or fold(role["name"]) == fold(head["name"])) and role.get("location")
            for role in roles
        ):
            for role in roles:
                if _town_after_title(role):
                    # ("Directeur Régional Nord · Lezennes" beside "Directeur Général Pays – Pologne · Varsovie" under
                    # "GROUPE ORVEA – BRICOMAX", a post at the head's employer written with its place: the site of
                    # the post, no firm of its own; not "Key Account Manager – Tesco" beside posts with no place)
                    role["location"] = role.pop("name")
        units = _units_under_head(head, roles)
        if not any(
            not role.get("name") or fold(role["name"]) == fold(head["name"]) or id(role) in units for role in roles
        ):
            if not _group_of(head, roles) and not _force_over_units(head, roles):
                # (else "GROUPE DANONE 1998 – 2015" over its subsidiaries' posts, "British Army — Royal Engineers (2006
                # – 2022)" over the posts in its regiments: no job itself)
                out.append(head)
            else:
                _description_to_first(head, roles)
            out.extend(roles)
            continue
        _description_to_first(head, roles)
        # (a role naming the group's own branch, "— TotalEnergies Renewables, Paris-La Défense" under "TotalEnergies
        # (ex-Total) | 2017 – aujourd'hui", beside roles that name none: a post in the group the head names)
        head_words = re.findall(r"[\w'’&-]+", fold(re.sub(r"\([^()]*\)", " ", head["name"])))
        for role in roles:
            role_words = re.findall(r"[\w'’&-]+", fold(role.get("name") or ""))
            if head_words and role_words[: len(head_words)] == head_words and len(role_words) > len(head_words):
                del role["name"]
        for role in roles:
            qualified, unit_line = units.get(id(role), ("", ""))
            if qualified:
                role["position"] = qualified
                del role["name"]
                if unit_line:
                    role["highlights"] = [unit_line, *role.get("highlights", [])]
            if not role.get("name"):
                role["name"] = head["name"]
                if head.get("location") and "location" not in role:
                    role["location"] = head["location"]
            out.append(role)
    return out


# A town's name of several words: an article or a saint first, or a small word between ("Le Mans", "La Roche-sur-Yon",
# "Saint Étienne", "Villeneuve d'Ascq", "Aix en Provence"; not "Maison Dior", "Leader Price") (folded).
_TOWN_OF_WORDS_RE = re.compile(
    r"^(?:(?:le|la|les|l'|saint|sainte|st|ste)\b|\S+ (?:d'|de |du |des |en |sur |sous |les |lez ))"
)


def _town_after_title(role: dict[str, Any]) -> bool:
    """Whether a role's "employer" is a town the gazetteer does not know, written last after its title's separator
    ("Directeur de magasin · Englos"), with no place read beside it: not a name that opens with a firm's kind
    ("Maison Dior", "Groupe Orvea"), nor one of several words not shaped as a town's."""
    name = role.get("name") or ""
    folded = fold(name)
    words = folded.split()
    return (
        bool(role.get("position"))
        and not role.get("location")
        and _unknown_town(name)
        and not org_score(folded)
        and bool(words)
        and words[0] not in _FIRM_KINDS
        and (len(words) == 1 or _TOWN_OF_WORDS_RE.match(folded) is not None)
        and re.search(rf"(?:\s[·–—|-]|,)\s{re.escape(name)}$", role.get("_header", "")) is not None
    )


def _description_to_first(head: dict[str, Any], roles: list[dict[str, Any]]) -> None:
    """The lines under an employer's head that is no job itself ("Groupe hôtelier mondial – 5 500 hôtels" under
    "Hotelia, Paris"), kept with the first role held there: what the firm is, said once for all its roles."""
    if roles and head.get("highlights"):
        roles[0]["highlights"] = [*head["highlights"], *roles[0].get("highlights", [])]


def _units_under_head(head: dict[str, Any], roles: list[dict[str, Any]]) -> dict[int, tuple[str, str]]:
    """The roles under an employer's head line whose "employer" is a unit of the head's: by ``id``, the whole title
    and the unit's own line under the title ("" when the unit is written on the title's line). A unit on the title's
    line is what the title covers ("Director of Sales, Mid-Market"; ``_qualified_title``); one on a line of its own
    under the title ("Analyste crédit senior" over "Direction des Engagements – Marché des entreprises") is neither
    title nor employer; and when the head's time is just the roles' time, from the first one's start to the last
    one's end, every role written "title, words of a business" is one of the head's posts ("Vice President, Exotic
    Equity Derivatives Trading | Jun 2021 – Present" and "Associate, Structured Products Trading | Jan 2019 – May
    2021" under "BNP Paribas CIB, London | Jan 2019 – Present")."""
    units: dict[int, tuple[str, str]] = {}
    for role in roles:
        qualified = _qualified_title(role, head["name"]) or _lower_unit_title(role)
        if qualified:
            units[id(role)] = (qualified, "")
        elif unit := _unit_line_under_title(role):
            units[id(role)] = unit
    named = [role for role in roles if role.get("name") and id(role) not in units]
    if named and len(named) == len(roles) >= 2 and _time_of_roles(head, roles):
        loose = {id(role): _qualified_title(role, head["name"], any_unit=True) for role in named}
        if all(loose.values()) and all(_business_unit(role["name"], head["name"]) for role in named):
            units.update((key, (title, "")) for key, title in loose.items())
    return units


def _lower_unit_title(role: dict[str, Any]) -> str:
    """Under an organisation's head line, a role line's "Commandante d'unité, compagnie de commandement et de
    logistique": words in lower case after the title's comma or dash name no organisation of their own but the part of
    the head's the post was in. The whole title, or ""."""
    name, position = role.get("name") or "", role.get("position") or ""
    if not name[:1].islower() or not position or title_evidence(position) < 1.0 or ends_with_legal_form(name):
        return ""
    for separator in _QUALIFIER_SEPARATORS:
        if f"{position}{separator}{name}" in role.get("_header", ""):
            return _qualified(position, separator, name)
    return ""


def _unit_line_under_title(role: dict[str, Any]) -> tuple[str, str] | None:
    """(title, unit line) of a role whose header is a title alone over its unit's line ("Analyste crédit senior" /
    "Direction des Engagements – Marché des entreprises"), the unit read as the employer; None otherwise."""
    entry = role.get("_entry")
    if entry is None or len(entry.header) != 2 or not role.get("name"):
        return None
    title, employer, _ = header_fields(header_parts(entry.header[:1]))
    line = clean(entry.header[1])
    if not title or employer or fold(role["name"]) not in fold(line):
        return None
    if not _department_part(line, strict=True) or _named_employer(line) or ends_with_legal_form(line):
        return None
    return title, line


def _time_of_roles(head: dict[str, Any], roles: list[dict[str, Any]]) -> bool:
    """Whether the head's period runs from the first role's start to the last role's end, as a networking profile
    gives an employer's whole time over the posts held there."""
    starts = [role.get("startDate") or "" for role in roles]
    ends = [role.get("endDate") or "" for role in roles]
    if not all(starts) or head.get("startDate") != min(starts):
        return False
    if not head.get("endDate"):
        return "" in ends
    return "" not in ends and head["endDate"] == max(ends)


def _business_unit(name: str, employer: str) -> bool:
    """Words of a business's part, after a title under an employer's head ("Structured Products Trading"): no
    organisation's word, legal form, name in capitals or place, no word of the employer's own (a subsidiary's),
    and not a consultancy's client."""
    folded = fold(name)
    own = {word for word in re.findall(r"[\w'’&-]+", fold(employer)) if word not in _GROUP_OPENERS}
    return (
        covers(name)
        and not org_score(folded)
        and not ends_with_legal_form(name)
        and not _named_like_company(name)
        and not _firm(folded)
        and _location_of(name) is None
        and not geo.find_places(name)
        and not own & set(re.findall(r"[\w'’&-]+", folded))
        and not _CONSULTANCY_RE.search(fold(employer))
    )


def _covered(part: str) -> bool:
    """What a title covers, written after it: a function, a market, a team or ward, a region ("Mid-Market", "EMEA",
    "Food", "North West") — not a client's, a project's or another employer's name."""
    folded = fold(strip_punct(part))
    return (
        function_part(part)
        or _ward(part)
        or _department_part(part, strict=True)
        or bool(_MARKET_RE.fullmatch(folded))
        or folded in _FLOOR_DEPARTMENTS
        or (covers_wholly(part) and not _firm(folded))  # (not "PwC Consulting": a consultancy's name)
        or bool(_NEWS_UNIT_RE.match(strip_punct(part)))
        or bool(_PRODUCTION_LINE_RE.search(folded))
    )


# A plant's line a title covers ("Quality Manager, A320 Final Assembly Line", "Chef d'équipe, ligne de production 3").
_PRODUCTION_LINE_RE = re.compile(
    r"\b(?:assembly|production|packaging) lines?$|\blignes? (?:de production|d'assemblage)\b"
)


# A newsroom's unit: its bureau in a town, its desk, the affairs it covers ("Warsaw bureau", "Asia-Pacific desk",
# "EU affairs"; not the magazine "Foreign Affairs", capitalised).
_NEWS_UNIT_RE = re.compile(r"^[\w&'’-]+(?: [\w&'’-]+){0,2} (?:[Bb]ureau|[Dd]esk|affairs)$")


# A form's label for the position run into its value without a colon ("Role Agile team Member, Testing").
_POSITION_LABEL_START_RE = re.compile(rf"^(?:{POSITION_LABEL})\s", re.I)


def qualified_title_evidence(text: str) -> float:
    """How much ``text`` reads as a job title, the words after a comma or a dash set aside when they say what the title
    covers ("Peer Tutor, Microeconomics & Statistics", "Senior House Officer – Emergency Medicine")."""
    evidence = title_evidence(text)
    if _POSITION_LABEL_START_RE.match(fold(text)):
        return evidence  # "Role Agile team Member, Testing": a form's label run into its value, not a title's words
    for separator in _QUALIFIER_SEPARATORS:
        head, _, tail = text.partition(separator)
        if tail and (len(tail.split()) <= 4 or _department_part(tail, strict=True)) and _covered(tail):
            evidence = max(evidence, title_evidence(head))
    words = text.split()
    # ("Risk manager risques de marché": an English title, then its field in French and in lower case, no article;
    # nothing of a sentence's punctuation, "KS4 coordinator since 2021: intervention planning")
    for size in range(len(words) - 2 if not re.search(r"[:;,.()!?]", text) else 0, 0, -1):
        field, head = words[size:], " ".join(words[:size])
        if (
            all(word[:1].islower() for word in field)
            and _goods_named(field, " ".join(field))
            and title_evidence(head) >= 1.5
        ):
            evidence = max(evidence, title_evidence(head))
            break
    return evidence


# The posts that hold a client's account, which they name after the title ("Key Account Manager – Tesco", "Account
# Director, Unilever"; not France's "Chargée de clientèle", a customer adviser).
_ACCOUNT_TITLE_RE = re.compile(
    r"\baccount (?:manager|executive|director|lead)\b|\bclient (?:partner|director)\b|\bkam\b"
)
# A university named whole ("Shanghai Jiao Tong University", "University of Leeds", "Université de Lyon"), not one of
# its units (folded).
_WHOLE_UNIVERSITY_RE = re.compile(
    r"^(?:the )?(?:[\w.'&-]+ ){0,3}university(?: (?:of|in|at) [\w .'&-]+)?$|^universite\b(?!.*\b(?:ufr|faculte|iut)\b)"
)


def _qualified_title(role: dict[str, Any], employer: str, *, any_unit: bool = False) -> str:
    """Under an employer's line, a role line's "Director of Sales, Mid-Market" or "Area Sales Manager – North West":
    what follows the title is its segment, region or team, not another employer (which would name itself with its
    legal form). The whole title, or "" when the role names an employer of its own. ``any_unit``: whatever the
    words after the title (see ``_under_head``)."""
    name, position = role.get("name") or "", role.get("position") or ""
    if not name or not position or ends_with_legal_form(name) or (fold(name) == fold(employer) and not any_unit):
        return ""
    if title_evidence(position) < 1.0 or len(name.split()) > 4:
        return ""
    # (an account's holder names the account, a client, after the title: "Key Account Manager – Tesco" under "Britvic
    # plc"; not "Account Executive — Brandwise Marketing", a firm named after its trade, another employer)
    account = (
        _ACCOUNT_TITLE_RE.search(fold(position)) is not None
        and not covers(name)
        and not org_score(fold(name))
        and not _firm(fold(name))
        and not _location_of(name)
    )
    if not (any_unit or _covered(name) or account):
        return ""
    if any_unit and _WHOLE_UNIVERSITY_RE.match(fold(name)):
        return ""  # ("Summer Intern, Shanghai Jiao Tong University": a university whole is an employer of its own)
    for separator in (*_QUALIFIER_SEPARATORS, *(() if any_unit else (" | ",))):
        if f"{position}{separator}{name}" in role.get("_header", ""):
            return _qualified(position, separator, name)
    return ""


# Jobs stated in a sentence: "Currently working as Senior Engineer at Initech", "worked with Initech Ltd. as Team
# Lead". The position is a short phrase that reads as a title; the employer a run of capitalised words.
_PROSE_VERBS = r"work(?:ed|ing)?|employed|associated|engaged|serv(?:ed|ing)|joined"
_PROSE_VERB = rf"\b(?i:{_PROSE_VERBS})\s+(?i:(?:currently|presently)\s+)?"
# One of those verbs anywhere ("Presently associated with …"), for a value that holds a whole sentence.
PROSE_VERB_RE = re.compile(rf"\b(?:{_PROSE_VERBS})\b", re.IGNORECASE)
_PROSE_POSITION = r"(?i:an?\s+)?(?P<position>[A-Za-z][\w./&+-]*(?:\s+[\w./&+-]+){0,5}?)"
_PROSE_POSITION_END = r"(?=\s+(?i:from|since|in|at|for|with|during|till|until|and)\b|\s*[,.;(]|\s*$)"
# (a name may open with a small letter before a capital: "eInfochips Ltd.", "iGate Global Solutions")
_PROSE_EMPLOYER = (
    r"(?P<employer>(?:[A-Z]|[a-z](?=[A-Z]))[\w&.'’-]*(?:\s+(?:(?:of|and|the|&)\s+)?[A-Z0-9][\w&.'’-]*){0,6})"
)
_PROSE_HINT_RE = re.compile(r"\b(?:work|employ|associat|engag|serv|join)", re.I)
_NOT_EMPLOYER_NEXT = {"client", "clients", "customer", "customers", "project", "projects", "team", "account"}
_PROSE_JOB_RES = (
    re.compile(rf"{_PROSE_VERB}(?i:as)\s+{_PROSE_POSITION}\s+(?i:at|with|in|for)\s+{_PROSE_EMPLOYER}"),
    re.compile(
        rf"{_PROSE_VERB}(?i:at|with|in|for)\s+{_PROSE_EMPLOYER}\s*,?\s+(?i:as)\s+{_PROSE_POSITION}{_PROSE_POSITION_END}"
    ),
    # "Worked for National Informatics Centre under multiple payrolls from Apr' 2014 to Oct' 2015": an employer and
    # a period, no title (kept only with its dates).
    re.compile(rf"{_PROSE_VERB}(?i:at|with|for)\s+{_PROSE_EMPLOYER}(?=\s+(?i:from|since|under|during|between)\b)"),
)
_UNFINISHED_DATE_RE = re.compile(r"(?:\b(?:from|since|to|till|until)|[-–'’])\s*$", re.IGNORECASE)


def prose_jobs(texts: list[str]) -> list[dict[str, Any]]:
    """Work items (employer and position) written as a sentence, in order, at most one per line."""
    found: list[dict[str, Any]] = []
    for index, text in enumerate(texts):
        if not _PROSE_HINT_RE.search(text):
            continue  # most lines: no verb of the patterns (a cheap test before the patterns)
        if _UNFINISHED_DATE_RE.search(text) and index + 1 < len(texts):
            text = f"{text} {texts[index + 1]}"  # "… from Sept'" then "2013 to Apr' 2014": the period wrapped
        for pattern in _PROSE_JOB_RES:
            match = pattern.search(text)
            if match is None:
                continue
            employer_text = match.group("employer")
            following = text[match.end("employer") :].split()[:1]
            if re.search(r"\b\d+\b", employer_text) or fold(" ".join(following)).strip(",.") in _NOT_EMPLOYER_NEXT:
                continue  # "at Grades 2 and 3", "with Apple client in …": not an employer's name
            titled = "position" in pattern.groupindex
            position = plausible_value(match.group("position"), employer=False) if titled else ""
            employer, _place = _split_location(strip_punct(employer_text))
            employer = plausible_value(employer, employer=True)
            if not employer or (titled and not position):
                continue
            if title_score(fold(employer)) and not (ends_with_legal_form(employer) or org_score(fold(employer))):
                continue  # "working with Senior Management": people, not a company ("Nagarro Software Pvt. Ltd" is)
            if titled and title_score(fold(position)) < 0.7:
                continue
            item: dict[str, Any] = {"name": strip_punct(employer)}
            if position:
                item["position"] = strip_punct(position)
            ranges = find_date_ranges(text)
            if not titled and not (len(ranges) == 1 and ranges[0].start):
                continue  # "worked with Oracle Forms": an employer stated alone is kept only with its period
            if len(ranges) == 1 and ranges[0].start:
                # "… from Jan 2010 to Dec 2014", "… since March 2015": the sentence's one period is the job's.
                item["startDate"] = ranges[0].start
                if ranges[0].end and not ranges[0].current:
                    item["endDate"] = ranges[0].end
            found.append(item)
            break
    return found


def _month(value: str, *, end: bool) -> int:
    """A date's month number, a year alone spanning the whole year ("2016" starts in January, ends in December):
    a mission of "09/2016 – 06/2019" lies inside "2014 – 2019". (``dates.years_of_experience`` counts a year-only
    end up to January instead, not to credit a year the CV does not show.)"""
    year = int(value[:4])
    if len(value) >= 7 and value[5:7].isdigit():
        return year * 12 + int(value[5:7]) - 1
    return year * 12 + (11 if end else 0)


def _period(item: dict[str, Any]) -> tuple[int, int] | None:
    start = item.get("startDate") or ""
    if len(start) < 4 or not start[:4].isdigit():
        return None
    end = item.get("endDate") or ""
    if end and (len(end) < 4 or not end[:4].isdigit()):
        return None
    return _month(start, end=False), _month(end, end=True) if end else 10**6


def without_repeats(work: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The jobs, each once: a consultant's CV lists the missions again in its skills file ("dossier de
    compétences") after the career summary, with the same employer, title and dates."""
    seen: set[tuple[str, ...]] = set()
    kept = []
    for item in work:
        key = tuple(fold(item.get(field) or "") for field in ("name", "position", "startDate", "endDate"))
        if key in seen and _period(item) is not None:
            continue
        seen.add(key)
        kept.append(item)
    return kept


# A client's label on an entry's line ("Client: Prudential Financial", "Client | Siemens Healthineers", "Mainframe to
# AWS Modernisation — Client: Lloyds Banking Group", "Client : AT&T"), on folded text.
_CLIENT_LABEL_RE = re.compile(rf"(?:^|[\s|(–—-])(?:{CLIENT_WORDS})\s*[:|]")


def projects_for_clients(texts: list[str], jobs: list[str]) -> bool:
    """Whether the lines of an experience section (``texts``: "Project Experience", "Assignments") list the projects an
    IT services firm's employee did for clients during the jobs another experience section lists (``jobs``): each of
    its dated entries names its client ("Client: Prudential Financial | Oct 2019 – Present", "Client | Siemens
    Healthineers", "Client : AT&T") and lies within the time spent at one of those employers. They are no more jobs."""
    periods = [period for period in map(_period, parse_experience(texts)) if period is not None]
    if not periods or sum(1 for text in texts if _CLIENT_LABEL_RE.search(fold(text))) < len(periods):
        return False
    spans: dict[str, tuple[int, int]] = {}  # each employer's time, from its first job's start to its last one's end
    for job in parse_experience(jobs):
        period = _period(job)
        if job.get("name") and period is not None:
            key = fold(without_legal_form(job["name"]))
            start, end = spans.get(key, period)
            spans[key] = (min(start, period[0]), max(end, period[1]))
    return all(any(start <= period[0] and period[1] <= end for start, end in spans.values()) for period in periods)


# Consultancies and IT services firms that place their staff at clients ("ESN" in France), by their names (folded).
_CONSULTANCY_NAMES = (
    r"(?:capgemini|sopra steria|sopra|steria|alten|altran|akkodis|devoteam|accenture|cgi|atos|onepoint|inetum|gfi|"
    r"aubay|sii|expleo|assystem|segula|apside|extia|astek|ausy|modis|business & decision|talan|wavestone|micropole|"
    r"keyrus|sogeti|umanis|neurones|econocom|sqli|octo technology|xebia|zenika|amaris|alter solutions|ippon|"
    r"infosys|tata consultancy services|tcs|wipro|cognizant|hcl|tech mahindra|logica|unilog|osiane|davidson)"
)
_CONSULTANCY_NAME_RE = re.compile(rf"\b{_CONSULTANCY_NAMES}\b")

# Consultancies by their names or their trade's words, and freelances (who place themselves at clients).
_CONSULTANCY_RE = re.compile(
    rf"\b(?:{_CONSULTANCY_NAMES}|consulting|consultants|conseil|portage salarial|freelance|independant|"
    r"auto-entrepreneur|self-employed)\b"
)


def consultancy_named(name: str) -> bool:
    """Whether ``name`` names a consultancy that places its staff at clients ("OCTO Technology", "Alten")."""
    return _CONSULTANCY_NAME_RE.search(fold(name)) is not None


# How a consultant's job or mission labels its client ("Client : BNP Paribas", "Mission 2 : Thales", "Missions
# réalisées pour le compte de …", "Assignments for Rabobank"); the word "clients" alone is in any sales job.
_MISSION_WORDS_RE = re.compile(
    r"\bclients? ?:|\bmissions? ?\d* ?:|\bpour le compte d|\bassignments? (?:for|at)\b|\bdetache|\ben regie\b"
)


def _says_mission(item: dict[str, Any]) -> bool:
    texts = [item.get("name") or "", item.get("position") or "", *(item.get("highlights") or [])[:1]]
    return any(_MISSION_WORDS_RE.search(fold(text)) for text in texts)


# The post a header reads when it names a mission's client and no title ("Mission chez Sanofi Pasteur (Lyon)").
_MISSION_ONLY = frozenset({"mission", "missions"})


def _untitled_mission(item: dict[str, Any]) -> bool:
    return bool(item.get("name")) and fold(item.get("position") or "") in _MISSION_ONLY


def _with_missions(head: dict[str, Any], missions: list[dict[str, Any]]) -> dict[str, Any]:
    """The consultancy's job, its missions' clients named in its summary and their duties among its own."""
    job = dict(head)
    clients = [item["name"] for item in missions]
    if not job.get("summary"):
        job["summary"] = f"{'Clients' if len(clients) > 1 else 'Client'}: {', '.join(clients)}"
    highlights = [line for item in [head, *missions] for line in item.get("highlights") or []]
    if highlights:
        job["highlights"] = highlights
    return job


def missions_under_employers(work: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A consultancy's missions at its clients, each with its own dates inside the time spent at the consultancy
    ("2014 – 2019 Capgemini — Consultant SAP", then "2016 – 2019 : Safran — Consultant SAP FI/CO" and "2014 – 2016 :
    TotalEnergies — Consultant SAP FI"): each mission is a job at the consultancy, which employed the person; the
    client is the mission's summary. The consultancy's own line, whose time the missions share out, goes.

    Missions are two or more jobs right after the consultancy's, one after the other in time, all inside its
    period, the first of them starting the year the person joined it and the last ending within a year of leaving;
    the employer is a consultancy, or the jobs speak of clients or missions."""
    result: list[dict[str, Any]] = []
    index = 0
    while index < len(work):
        head = work[index]
        period = _period(head)
        stop = index + 1
        # (The consultancy's own line says little more than where: "Business Unit Île-de-France", "Missions
        # réalisées pour le compte de Sopra Steria :".)
        if head.get("name") and period is not None and len(head.get("highlights") or []) <= 2:
            while stop < len(work):
                inner = _period(work[stop])
                if inner is None or inner[0] < period[0] or inner[1] > period[1]:
                    break
                stop += 1
        missions = work[index + 1 : stop]
        if (
            missions
            and head.get("position")
            and _CONSULTANCY_RE.search(fold(head["name"]))
            and all(map(_untitled_mission, missions))
        ):
            # "ALTEN – Lyon | Févr. 2020 – aujourd'hui" / "Ingénieur consultant validation", then "• Mission chez
            # Sanofi Pasteur – 02/2020 – 06/2022" and "• Mission chez Boehringer Ingelheim – 07/2022 – aujourd'hui":
            # missions with no post of their own are the one job's, held at the consultancy, as "• Client: …" lines
            result.append(_with_missions(head, missions))
            index = stop
            continue
        periods = sorted(p for p in map(_period, missions) if p is not None)
        if (
            period is not None
            and len(missions) >= 2
            and periods[0][0] // 12 == period[0] // 12
            and max(end for _, end in periods) >= period[1] - 12
            # one after the other, with no more than a year between two of them
            and all(later[0] - 12 <= earlier[1] <= later[0] + 12 for earlier, later in itertools.pairwise(periods))
            and all(fold(item.get("name") or "") != fold(head["name"]) for item in missions)
            and (_CONSULTANCY_RE.search(fold(head["name"])) or any(map(_says_mission, [head, *missions])))
        ):
            for item in missions:
                mission = dict(item)
                client = mission.get("name")
                mission["name"] = head["name"]
                if client and not mission.get("summary"):
                    mission["summary"] = f"Client: {client}"
                if not mission.get("position") and head.get("position"):
                    mission["position"] = head["position"]  # (the post held at the consultancy, mission after mission)
                result.append(mission)
            index = stop
            continue
        result.append(head)
        index += 1
    return result

"""Contact block: name, e-mail, phone (E.164), location, links, headline.

The name comes from the first lines (and the first lines of each column), scored by shape, type size and
position; for French CVs spaCy's fr_core_news_sm PER entities add evidence. English has no pretrained model
here, so English names rely on the rules alone.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import phonenumbers

from ..document import Line
from . import geo
from .dates import find_date_ranges
from .experience import OBJECTIVE_RE, title_and_employer
from .languages import level_of
from .names import (
    GIVEN_NAMES,
    cut_at_sentence_end,
    document_title,
    email_agreement,
    given_name_hits,
    join_spaced_letters,
    strip_courtesy,
    strip_document_prefix,
)
from .protected import protected_kinds
from .sections import (
    CERTIFICATIONS,
    CONTACT,
    EDUCATION,
    EXPERIENCE,
    HEADER,
    INTERESTS,
    LANGUAGES,
    PROJECTS,
    SKILLS,
    heading_kind,
)
from .text import clean, fold, is_all_caps, strip_punct
from .vocab import org_score, school_score, title_score

EMAIL_RE = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)*\.[a-zA-Z]{2,}")
_URL_RE = re.compile(
    r"(?:https?://|www\.)[^\s,;<>\"'()|]+"
    r"|\b(?:[a-z0-9-]+\.)?(?:linkedin\.com|github\.com|gitlab\.com|behance\.net|dribbble\.com|twitter\.com|x\.com|"
    r"medium\.com|stackoverflow\.com|kaggle\.com|bitbucket\.org|viadeo\.com|malt\.fr)/[^\s,;<>\"'()|]+",
    re.IGNORECASE,
)
_BARE_DOMAIN_RE = re.compile(
    r"(?<![@\w.-])(?:[a-z0-9-]+\.)+(?:com|fr|io|dev|net|org|me|co|eu|app|tech|design|info|page|site|be|ch|ca|"
    r"uk|pro|work|studio|xyz)(?:/[^\s,;<>\"'()|]*)?(?![\w@])",
    re.IGNORECASE,
)
_ONE_LETTER_DOMAIN_RE = re.compile(r"^[a-z]\.[a-z]+$", re.IGNORECASE)
_NETWORKS = {
    "linkedin.com": "LinkedIn",
    "github.com": "GitHub",
    "gitlab.com": "GitLab",
    "behance.net": "Behance",
    "dribbble.com": "Dribbble",
    "twitter.com": "Twitter",
    "x.com": "X",
    "medium.com": "Medium",
    "stackoverflow.com": "Stack Overflow",
    "kaggle.com": "Kaggle",
    "bitbucket.org": "Bitbucket",
    "viadeo.com": "Viadeo",
    "malt.fr": "Malt",
    "indeed.com": "Indeed",
}
# (and "Port." / "Port :", the portable's label cut short: "Port. : 06 14 66 20 83" over "Tél. : 02 38 73 15 09" is
# the first number given; not "Port-Gentil", "Port of Dover")
_PHONE_HINT_RE = re.compile(
    r"\b(?:t[eé]l|tel|phone|mobile|portable|gsm|cell|mob|ph)\b|\bport(?:\.|\s*:)|[☎📞✆]", re.IGNORECASE
)
# The label of a second number, after the person's own: "Alt. phone:", "Alternative number", "Other tel".
_OTHER_NUMBER_RE = re.compile(
    r"\b(?:alt|alternat(?:e|ive)|other|second|2nd)\b\.?\s*(?:phone|tel|number|mobile|cell)", re.IGNORECASE
)
# "Name: …", "Full name - …", "Candidate name: …", "Nom et prénom : …", "Nom complet : …", "Nom, prénom : …",
# "Nom(s) / Prénom(s) : …".
_NAME_PREFIX_RE = re.compile(
    r"^\s*(?:(?:full|candidate'?s?|applicant'?s?)\s+name|name(?:\s+of\s+(?:the\s+)?(?:candidate|applicant))?|"
    r"nom(?:\s+(?:et|&)\s+pr[ée]noms?|\s*[,/]\s*pr[ée]noms?|\(s\)\s*/\s*pr[ée]nom\(s\)|\s+complet|\s+du\s+candidat|"
    r"\s+de\s+la\s+candidate)?|"
    r"pr[ée]noms?\s+(?:et\s+|&\s+)?nom|"
    # (the Europass form's English labels: "Surname / First name | POPESCU Ioana", "Last name, First name: …", "Name
    # and surname: …")
    r"(?:surname|last\s+name|family\s+name)\s*[,/]\s*(?:first|given)\s+names?|"
    r"(?:first|given)\s+names?\s*[,/]\s*(?:surname|last\s+name|family\s+name)|name\s+(?:and|&)\s+surname)"
    r"\s*(?::|[-–—](?=\s)|\|)\s*",
    re.I,
)
# The Europass form's first label, with the name on its row: "PERSONAL INFORMATION Magdalena Kowalczyk" (or the
# label's second word alone when the label wraps: "INFORMATIONS" / "PERSONNELLES Émilie Rousseau").
_PERSONAL_LABEL_RE = re.compile(
    r"^\s*(?:personal\s+(?:information|details)|informations?\s+personnelles?|personnelles?|[ée]tat\s+civil|"
    r"informazioni\s+personali|dati\s+personali)\s+"
    r"(?=[^\W\d_])",
    re.I,
)
# That label wrapped in its narrow cell, the name on the row of its first line: "Informations | Julien Perrenoud
# personnelles", "Personal | Thomas Keller details".
_PERSONAL_HEAD = r"(?:informations?|personal)"
_PERSONAL_TAIL = r"(?:personnelles?|information|details)"
_WRAPPED_PERSONAL_RE = re.compile(rf"^\s*{_PERSONAL_HEAD}\s*\|\s*(?P<value>[^|]+?)\s+{_PERSONAL_TAIL}\s*$", re.I)
# (or the label's second word alone on the row below: "INFORMATIONS | Camille Fontaine" over "PERSONNELLES")
_PERSONAL_HEAD_RE = re.compile(rf"^\s*{_PERSONAL_HEAD}\s*\|\s*(?P<value>[^|]+?)\s*$", re.I)
_PERSONAL_TAIL_RE = re.compile(rf"^\s*{_PERSONAL_TAIL}\s*$", re.I)
# The Europass form's row for the post sought, never the name: "JOB APPLIED FOR Staff Nurse", "POSTE VISÉ …".
_APPLIED_FOR_RE = re.compile(
    r"^\s*(?:job\s+applied\s+for|position\s+applied\s+for|studies\s+applied\s+for|preferred\s+job|"
    r"desired\s+employment|occupational\s+field|poste\s+vis[ée]|emploi\s+(?:recherch[ée]|souhait[ée]|vis[ée])|"
    r"(?:poste|fonction)\s+(?:recherch[ée]e?|souhait[ée]e?)|candidature\s+au\s+poste)\b",
    re.I,
)
# A form that asks for each part of the name on its own line: "Prénom : Jean" and "Nom : DUPONT".
_GIVEN_LABEL_RE = re.compile(r"^\s*(?:pr[ée]noms?|first\s+names?|given\s+names?|forenames?)\s*:\s*(\S.*)$", re.I)
_FAMILY_LABEL_RE = re.compile(
    r"^\s*(?:nom(?:\s+de\s+famille|\s+d'usage)?|last\s+name|surname|family\s+name)\s*:\s*(\S.*)$", re.I
)
# The same labels without a colon, the value beside them on the label's row ("Nom Mansouri" / "Prénom Houda", a form
# whose label cell and value cell extraction reads as one line), or alone over it ("Nom" / "MANSOURI"): the label
# written as a label is (capitalised), the value opening with a capital.
_BARE_GIVEN_LABEL_RE = re.compile(
    r"^\s*(?:Pr[ée]noms?|PR[ÉE]NOMS?|First\s+[Nn]ames?|FIRST\s+NAMES?|Given\s+[Nn]ames?|Forenames?)(?:\s+(?=[A-ZÀ-Ý])(.+))?$"
)
_BARE_FAMILY_LABEL_RE = re.compile(
    r"^\s*(?:Nom(?:\s+de\s+famille|\s+d'usage)?|NOM|Last\s+[Nn]ames?|LAST\s+NAMES?|Surnames?|SURNAMES?|Family\s+[Nn]ames?)"
    r"(?:\s+(?=[A-ZÀ-Ý])(.+))?$"
)
# (the value alone on its row: one or two capitalised words)
_BARE_VALUE_RE = re.compile(r"^\s*([A-ZÀ-Ý][^\s\d:|]*(?:\s+[A-ZÀ-Ý][^\s\d:|]*)?)\s*$")
# A form's name row with no colon, the name beside its label: "Nom Paul Nguyen", "Name Jane Doe", "Nom complet Élodie
# Lambert" (the Europass form's label cell and the value cell beside it read as one line). Read only beside the rows of
# other contact labels ("Adresse", "Téléphone", "Date de naissance"), which make the block a form.
_BARE_NAME_ROW_RE = re.compile(
    # (the label in any case after its capital, "Nom et Prénom", "NOM ET PRÉNOM", "Full Name"; the value in capitals)
    r"^\s*(?:N(?i:om(?:\s+complet|\s+et\s+pr[ée]noms?|\s+&\s+pr[ée]noms?|\s*,\s*pr[ée]noms?|"
    r"\(s\)\s*/\s*pr[ée]nom\(s\))?)|N(?i:ame)|F(?i:ull\s+name))\s+(?=[A-ZÀ-Ý])"
)
_CONTACT_LABEL_RE = re.compile(
    r"^\s*(?:adresse|address|t[ée]l[ée]phone|telephone|t[ée]l\.?|phone|mobile|portable|gsm|courriel|"
    r"courrier\s+[ée]lectronique|e-?mail|date\s+(?:et\s+lieu\s+)?de\s+naissance|date\s+of\s+birth|n[ée]e?\s+le|"
    r"nationalit[ée]|nationality|pr[ée]noms?|first\s+names?|situation(?:\s+familiale)?|[ée]tat\s+civil|"
    r"informations?\s+personnelles?|personal\s+(?:information|details))\b",
    re.I,
)
# "Sr. Java Developer": abbreviations of seniority open a title, never a name.
_SENIORITY = {"sr", "jr", "snr", "jnr"}
# Family names that are also trades or offices, and so read alone as a job title ("Baker", "Boulanger").
_TRADE_SURNAMES_TEXT = (
    "baker barber bishop butler carpenter carter chancellor chandler cook cooper dean farmer fisher fowler gardener "
    "gardner glover hunter judge knight mason miller painter parker porter sawyer shepherd singer steward taylor "
    "tailor turner weaver boulanger boucher charpentier carpentier marchand meunier berger pasteur mercier masson "
    "barbier bouvier fournier pelletier tisserand potier couturier cordonnier marechal charron tonnelier vigneron "
    "jardinier pecheur chevalier hacker purser porcher linguist player joueur sauveteur ouvreur cadreur chroniqueur "
    "tailleur fromager bergere guide milker drummer silversmith trumpeter sorter organist jeweller chanteur danseur"
)
_TRADE_SURNAMES = set(_TRADE_SURNAMES_TEXT.split())
_STREET_ABBREVIATIONS = {"st", "rd", "ave", "av", "blvd", "bd", "ln", "dr", "hwy", "pkwy"}
# A capitalised word of letters of any Latin script ("Wiśniewski", "Dvořák"), with apostrophes and hyphens inside.
# (Romanian writes "Ș" and "Ț" with a comma below, past the Latin letters of Central Europe: "Ștefan", "Țurcanu")
_NAME_WORD_RE = re.compile(r"^(?=[A-ZÀ-ÖØ-ÞĀ-žȘȚ])[^\W\d_]+(?:['’-][^\W\d_]+)*\.?$")
# Initials run together after the names, as South India writes them ("Mohammed Shafeeq P.K.", "Arun Kumar S.R."); not
# the letters of a degree or a licence written the same way ("Katherine O'Neill P.E.", "John Smith M.D.", "Ph.D.").
_TRAILING_INITIALS_RE = re.compile(r"^(?:[A-Z]\.){1,2}[A-Z]\.?$")
_INITIALS_END_RE = re.compile(r"\s(?:[A-Z]\.){1,2}[A-Z]$")
_DOTTED_DEGREES_TEXT = (
    "pe md do rn bs ms ba ma be me jd cpa dds np pa lpn us uk dc od ca cs cfa cma mba bba bca mca llb bds"
)
_DOTTED_DEGREES = frozenset(_DOTTED_DEGREES_TEXT.split())
_PARTICLES = {
    "de",
    "du",
    "des",
    "van",
    "von",
    "der",
    "den",
    "di",
    "da",
    "le",
    "la",
    "el",
    "al",
    "ben",
    "bin",
    "d'",
    "dos",
    "del",
    "y",
    "ter",
}
_NOT_NAME = set(
    fold(
        "curriculum vitae cv resume résumé page contact profil profile portfolio candidat candidate adresse address "
        "email mail téléphone phone mobile linkedin github permis driving objectif objective nom name prénom "
        "références references mr mrs ms mme mlle m. monsieur madame dr skills qualifications highlights "
        "accomplishments achievements summary experience education personal status particulars career font styles "
        "core primary selected details information objectives competences compétences expérience formation "
        "qualification strengths expertise overview statement profile template sample example my your build create "
        "title titre seeking looking based location localisation website photo photograph"
    ).split()
)
_POSTCODE_CITY_RE = re.compile(r"\b(?:F-)?(\d{5})\s+([A-ZÀ-ÖØ-Þ][\w'’-]*(?:[ -][A-ZÀ-ÖØ-Þa-zà-öø-ÿ][\w'’-]*){0,3})")
# Words of addresses and localities that follow a proper noun ("Melvin Street", "Gandhi Nagar", "Park Avenue").
_PLACE_WORDS_TEXT = (
    "street road avenue lane drive boulevard nagar colony sector marg layout apartments apartment towers tower "
    "residency enclave vihar puram bagh chowk circle court terrace crescent close square park heights gardens "
    "city town village ville county district"
)
_PLACE_WORDS = set(_PLACE_WORDS_TEXT.split())
# Those that are also people's names: the Finnish given name "Ville", the Korean family name "Park".
_NAMES_OF_PLACE_WORDS = frozenset({"ville", "park"})
_ADDRESS_RE = re.compile(
    r"\b(?:rue|avenue|av\.|boulevard|bd|chemin|allée|allee|impasse|place|route|quai|cours|street|st\.|road|rd\.|"
    r"lane|drive|way)\b",
    re.IGNORECASE,
)

_NLP_LOCK = threading.Lock()
_NLP: dict[str, Any] = {}


def french_nlp() -> Any:
    """fr_core_news_sm with only its NER (and the tok2vec it needs), loaded once per process."""
    if "fr" not in _NLP:
        with _NLP_LOCK:
            if "fr" not in _NLP:
                try:
                    import spacy

                    _NLP["fr"] = spacy.load(
                        "fr_core_news_sm", exclude=["morphologizer", "parser", "attribute_ruler", "lemmatizer"]
                    )
                except (ImportError, OSError):  # model missing: rules alone
                    _NLP["fr"] = None
    return _NLP["fr"]


@dataclass
class Contact:
    name: str = ""
    name_line: int = -1
    name_score: float = 0.0
    email: str = ""
    phone: str = ""
    phone_region: str = ""
    location: dict[str, str] = field(default_factory=dict)
    url: str = ""
    profiles: list[dict[str, str]] = field(default_factory=list)
    headline: str = ""
    used_lines: set[int] = field(default_factory=set)


def has_email(text: str) -> bool:
    """Whether a line holds an e-mail address (the "@" test first: the pattern alone tries every position)."""
    return "@" in text and EMAIL_RE.search(text) is not None


# The domains' last labels an address ends with, to tell a whole address from one a narrow column cut.
_TOP_LEVEL_DOMAINS_TEXT = "com fr net org be ch ca it de eu uk io es pt nl lu ma tn dz sn ci cm info biz edu pl ro"
_TOP_LEVEL_DOMAINS = frozenset(_TOP_LEVEL_DOMAINS_TEXT.split())
_WRAPPED_TAIL_RE = re.compile(r"^\.?[a-z0-9][a-z0-9.-]{0,24}$")


def rejoined_emails(texts: list[str]) -> list[str]:
    """The texts with an e-mail address a narrow column wrapped put together again on its first line
    ("stephanie.gauthier@gmail.co" over "m", "pa.marchand@psychotherapie-p" over "aris.fr", "…@gmail" over ".com")."""
    out = list(texts)
    for index in range(len(texts) - 1):
        text = texts[index].rstrip()
        below = texts[index + 1].strip()
        if "@" not in text and below.startswith("@") and text.split():
            # "camille.chevalier.broderie" over "@gmail.com": cut before the "@" (not "Instagram" over
            # "@julie.couture", a handle)
            joined = f"{text.split()[-1]}{below.split()[0]}"
            if (
                EMAIL_RE.fullmatch(joined)
                and text.split()[-1] == text.split()[-1].lower()
                and joined.rsplit(".", 1)[-1].lower() in _TOP_LEVEL_DOMAINS
            ):
                out[index] = f"{text[: len(text) - len(text.split()[-1])]}{joined}"
            continue
        if "@" not in text:
            continue
        last = text.split()[-1] if text.split() else ""
        tail = texts[index + 1].strip()
        if "@" not in last or not _WRAPPED_TAIL_RE.match(tail):
            continue
        joined = f"{last}{tail}"
        domain = last.partition("@")[2]
        label = domain.rsplit(".", 1)[-1].lower() if "." in domain else ""
        # (cut inside the domain's name, "…@psychotherapie-p" over "aris.fr", or inside its last label, "gmail.co"
        # over "m"; not a whole address over a website, "contact@mariedupont.me" over "www.mariedupont.fr")
        cut = (not label and not tail.startswith("www")) or (
            "." not in tail and any(tld != label and tld.startswith(label) for tld in _TOP_LEVEL_DOMAINS)
        )
        if cut and EMAIL_RE.fullmatch(joined) and joined.rsplit(".", 1)[-1].lower() in _TOP_LEVEL_DOMAINS:
            out[index] = f"{text[: len(text) - len(last)]}{joined}"
    return out


def find_emails(text: str) -> list[str]:
    if "@" not in text:
        return []
    return [m.group().strip(".'") for m in EMAIL_RE.finditer(text)]


def _trade_surname(folded_tokens: list[str]) -> bool:
    """ "John Baker", "BOULANGER Julie", "Dean Smith": a known given name and a family name, one of which is also a
    trade or an office, which alone reads as a job title."""
    if len(folded_tokens) != 2:
        return False
    first, second = folded_tokens
    if (first in GIVEN_NAMES and second in _TRADE_SURNAMES) or (first in _TRADE_SURNAMES and second in GIVEN_NAMES):
        return True
    # "Dean Smith", "Mason Green": the given name is the word of a title, the family name no title at all.
    return first in GIVEN_NAMES and not title_score(second)


_GIVEN_PARTICLES = frozenset({"ben"})


def _given_particle(text: str) -> bool:
    """ "Ben Thornton": two words, the first a particle that is also a given name, written as one."""
    tokens = text.split()
    return len(tokens) == 2 and fold(tokens[0]) in _GIVEN_PARTICLES and tokens[0].istitle() and "," not in text


def _name_shape(text: str) -> float:
    """Score for how much a line looks like a person's name (0 = not a name)."""
    if text.rstrip().endswith(":"):
        return 0.0  # "CURRENT POSITION:", "Area of law:": a field label
    text = clean(strip_punct(text))
    if not text or len(text) > 45 or any(ch.isdigit() for ch in text) or "@" in text or "/" in text or ":" in text:
        return 0.0
    tokens = text.replace("’", "'").split()
    if not 2 <= len(tokens) <= 5:
        return 0.0
    folded_tokens = [fold(t).strip(".,") for t in tokens]
    if any(t in _NOT_NAME for t in folded_tokens):
        return 0.0
    if folded_tokens[0] in _SENIORITY or folded_tokens[0] == "the":
        return 0.0
    if folded_tokens[-1] in _STREET_ABBREVIATIONS:
        return 0.0  # "Pearl St.", "Volkerts Rd."
    content = 0
    # ("Ben Thornton": the particle of "Karim Ben Ali" opens a line as the given name "Ben", weaker evidence than a
    # plain name, as "Ben Aknoun" is also a town; in capitals, "BEN ALI", it opens a family name)
    given = _given_particle(text)
    for position, (token, folded) in enumerate(zip(tokens, folded_tokens, strict=True)):
        if folded in _PARTICLES and not (given and position == 0):
            continue
        if folded.startswith("d'"):
            # "Anne-Sophie d'Arcy": the particle is written onto the family name, which still counts.
            content += 1 if _NAME_WORD_RE.match(token[2:]) else 0
            continue
        if not _NAME_WORD_RE.match(token):
            last = position == len(tokens) - 1 and position >= 2
            if last and _TRAILING_INITIALS_RE.match(token) and folded.replace(".", "") not in _DOTTED_DEGREES:
                continue  # (initials, which do not count as one of the name's words)
            return 0.0
        content += 1
    if content < 2:
        return 0.0
    # "N A M E", "J K": a name has at least one whole word, and at most one bare letter (an initial has its period).
    letters = [t for t in tokens if len(t.strip(".")) == 1]
    if len(letters) == len(tokens) or sum(1 for t in letters if not t.endswith(".")) > 1:
        return 0.0
    folded = fold(text)
    titled = title_score(folded) >= 0.7
    trade = titled and _trade_surname(folded_tokens)  # "John Baker": the title is a family name
    # A given name that also names a school ("Anna" of Anna University, "Kings") is not evidence of a school.
    schooled = school_score(" ".join(t for t in folded_tokens if t not in GIVEN_NAMES))
    if (titled and not trade) or org_score(folded) or schooled:
        return 0.0
    if heading_kind(text, 1):
        return 0.0
    # (a place's word that is also a name, opening the line, is the name when a name follows it, no particle nor other
    # place's word: "Ville Mäkinen", Finnish for William; "Park Ji-hoon", Korean; not "Ville de Lyon", "City Park")
    opening = (
        len(tokens) >= 2
        and folded_tokens[0] in _NAMES_OF_PLACE_WORDS
        and tokens[0].istitle()
        and folded_tokens[1] not in _PARTICLES
        and not any(t in _PLACE_WORDS for t in folded_tokens[1:])
        and not geo.find_places(text)
    )
    if _ADDRESS_RE.search(text) or any(t in _PLACE_WORDS for t in folded_tokens[1 if opening else 0 :]):
        return 0.0  # "Justin Street", "KFPA Nagar"
    places = geo.find_places(text)
    if places and len(tokens) <= 3 and all(p[0] == "country" for p in places):
        return 0.0
    if places and len(tokens) <= 3:
        # "Los Angeles", "Bangalore Karnataka": places only.
        remaining = folded
        for _kind, place, _code in places:
            remaining = remaining.replace(place, " ")
        if not re.search(r"[a-z]{2}", remaining):
            return 0.0
    score = {2: 1.0, 3: 1.0, 4: 0.7}.get(content, 0.4) - (0.3 if trade else 0.0) - (0.4 if given else 0.0)
    if content <= 3 and sum(1 for t in tokens if is_all_caps(t)) == 1 and not all(is_all_caps(t) for t in tokens):
        score += 0.3  # "DUPONT Jean": the French way of writing a name
    return score


_SEGMENT_SPLIT_RE = re.compile(r"\s*[,|•·]\s*|\s+[-–—]\s+")


# The separators of a contact line's items ("Lyon – 06 12 34 56 78 – jean@example.fr – 25 ans"); not the comma,
# which also joins a birth date to its place ("Né le 3 mai 1990, Casablanca").
_ITEM_SPLIT_RE = re.compile(r"\s+[-–—|•·]\s+|\s*[|•·]\s*")


def name_before_protected(text: str) -> str:
    """ "Emma Lefebvre, 28 ans", "Omar Haddad | Married": the name that opens a line stating a protected attribute
    (the line itself is left out of the analysis), or ""."""
    head = _SEGMENT_SPLIT_RE.split(text.strip(), maxsplit=1)[0]
    if head == text.strip() or protected_kinds(head) or not _name_shape(head):
        return ""
    return clean(head)


def without_protected(text: str) -> str:
    """What may be kept of a line that states a protected attribute: its other items ("Strasbourg – 07 69 43 25 81 –
    lucas@example.fr – 25 ans" keeps all but the age), and the name that opens the item that states it ("Emma
    Lefebvre, 28 ans"). "" when nothing is left."""
    items = [item for item in _ITEM_SPLIT_RE.split(text.strip()) if item.strip()]
    kept: list[str] = []
    flagged = False
    for item in items:
        if not protected_kinds(item):
            kept.append(item.strip())
            continue
        flagged = True
        if name := name_before_protected(item):
            kept.append(name)
    if not flagged:
        # No item states the attribute on its own: the line as a whole does ("Born in 1990 in Lyon and raised…").
        return name_before_protected(text)
    return " – ".join(kept)


def _candidate_lines(lines: list[Line], sections: list[Any]) -> list[int]:
    picked: list[int] = list(range(min(len(lines), 12)))
    for section in sections:
        if section.kind == HEADER:
            picked.extend(section.indexes[:4])
    first_page = [i for i, line in enumerate(lines) if line.page == lines[0].page] if lines else []
    sized = [i for i in first_page if lines[i].size]
    if sized:
        biggest = max(lines[i].size for i in sized)
        picked.extend(i for i in sized if lines[i].size == biggest)
    picked.extend(_form_values(lines))
    seen: set[int] = set()
    return [i for i in picked if not (i in seen or seen.add(i))]  # type: ignore[func-returns-value]


def _form_values(lines: list[Line]) -> list[int]:
    """A form laid out in two columns ("Name:" / "Birth:" … then the values): the lines that may hold the value
    of a bare "Name:" label among the first lines."""
    for index, line in enumerate(lines[:20]):
        match = _NAME_PREFIX_RE.match(line.text)
        if match and not line.text[match.end() :].strip():
            return list(range(index + 1, min(len(lines), index + 9)))
    return []


# Words that open a title and name no person ("Kwame Asante Regional Managing Director", "… Area Sales Manager"), which
# title_score does not count alone ("Assistant" it does). (Not vocab's _ROAD_FOLLOWERS, which shares three of them:
# those qualify a French driver's trade after its head, "Routier international", and hold French words only.)
_TITLE_OPENERS = frozenset({"regional", "area", "national", "district", "country", "deputy", "global", "international"})


def _flattened_prefix(text: str) -> str:
    """The name that opens a long line ("Jean Dupont Développeur Python 06 12 …", a CV flattened into a few
    lines): the first 2–3 capitalised words, when they hold a common given name and end before a title, a
    place or the line's details."""
    tokens = text.split()
    for size in (3, 2):
        if len(tokens) <= size:
            continue
        head = " ".join(tokens[:size])
        rest = " ".join(tokens[size:])
        if not _name_shape(head):
            continue
        if size == 3 and (
            geo.find_places(tokens[2]) or title_score(fold(tokens[2])) or fold(tokens[2]) in _TITLE_OPENERS
        ):
            continue
        following = fold(tokens[size])
        if tokens[size][:1].islower() and following not in _PARTICLES and not title_score(following):
            continue  # "Excellent Java development skills …": the capitals open a sentence
        detailed = title_score(fold(rest)) > 0 or any(ch.isdigit() or ch == "@" for ch in rest)
        if detailed or (len(tokens) >= 6 and given_name_hits(" ".join(tokens[:2]))):
            return head
    return ""


def _single_word_name(lines: list[Line]) -> str:
    """A name of one word alone on the first line ("Tillman"), above contact details or a title: the last
    resort when no line looks like a full name."""
    if not lines:
        return ""
    text = clean(strip_punct(lines[0].text))
    if not re.fullmatch(r"[A-ZÀ-Ý][a-zà-ÿ]{2,}(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?|[A-ZÀ-Ý]{3,}", text):
        return ""
    folded = fold(text)
    if folded in _NOT_NAME or heading_kind(text, 1) or title_score(folded) or org_score(folded):
        return ""
    if school_score(folded) or geo.find_places(text):
        return ""
    following = [line.text for line in lines[1:4]]
    contact_like = any(
        has_email(t) or sum(ch.isdigit() for ch in t) >= 3 or title_score(fold(t)) >= 0.7 for t in following
    )
    return text if contact_like else ""


_NAME_LABEL = 5  # fields.NAME (not imported: contact must not need the model)


def _tagged_name(tagged: list[Any] | None, index: int, name: str) -> float:
    """The tagger's mean margin over a NAME span that covers most of ``name`` on line ``index`` (0: none)."""
    if not tagged or index >= len(tagged):
        return 0.0
    line = tagged[index]
    words = set(fold(name).split())
    best = 0.0
    covered: set[str] = set()
    total = 0.0
    count = 0
    for (start, end), label, margin in zip(line.tokens, line.labels, line.margins, strict=False):
        if label == _NAME_LABEL:
            covered.add(fold(line.text[start:end]).strip(".,"))
            total += margin
            count += 1
    if count and words and len(words & covered) * 2 >= len(words):
        best = total / count
    return best


# From this line on, a candidate inside the body of the CV (its experience, education, skills…) needs more than its
# shape: a known given name, the e-mail, the tagger, its type.
_LATE = 6
_BODY_KINDS = {EXPERIENCE, EDUCATION, SKILLS, LANGUAGES, CERTIFICATIONS, PROJECTS, INTERESTS}
_TRAILING_ASIDE_RE = re.compile(r"\s*\([^()]*\)\s*$")
_CONTINUED_RE = re.compile(r"\((?:cont(?:inued|['’]d)?|suite)\.?\)|\bpage\s+\d+\b", re.IGNORECASE)


def _more_evidence(name: str, index: int, emails: list[str] | None, tagged: list[Any] | None) -> bool:
    return bool(
        given_name_hits(name) or (emails and email_agreement(name, emails)) or _tagged_name(tagged, index, name)
    )


def _split_form_name(lines: list[Line], own: set[int], others: set[int]) -> tuple[str, int, float] | None:
    """ "Prénom : Jean" and "Nom : DUPONT" (or "First name" / "Last name") on lines of their own, among the first
    lines: the name is both values. Not the rows of referees or of an emergency contact (``others``); the labels
    without a colon only in the candidate's own block (``own``)."""
    given = family = None
    for index, line in enumerate(lines[:20]):
        if index in others:
            continue
        text = line.text
        below = lines[index + 1].text if index + 1 < len(lines) else ""
        if text.rstrip().endswith(":") and below and ":" not in below:
            text = f"{text} {below}"  # "Nom :" over "MARCHAL": a form's label and value on two rows
        given_match = _GIVEN_LABEL_RE.match(text)
        family_match = _FAMILY_LABEL_RE.match(text)
        if given_match is None and family_match is None:
            # "Nom Mansouri" / "Prénom Houda": the labels without a colon, the value on the label's row, or on the
            # row below a label alone ("Nom" over "MANSOURI", not over another label)
            if index not in own:
                continue
            given_match = _BARE_GIVEN_LABEL_RE.match(text)
            family_match = _BARE_FAMILY_LABEL_RE.match(text)
            bare = given_match or family_match
            if bare is not None and bare.group(1) is None:
                alone = below and not _CONTACT_LABEL_RE.match(below) and not _BARE_FAMILY_LABEL_RE.match(below)
                bare = _BARE_VALUE_RE.match(below) if alone else None
            if bare is None:
                continue
            value = clean(strip_punct(bare.group(1)))
            if given_match and given is None:
                given = (value, index)
            elif family_match and family is None:
                family = (value, index)
            continue
        if given_match and given is None:
            given = (clean(strip_punct(given_match.group(1))), index)
        elif family_match and family is None:
            family = (clean(strip_punct(family_match.group(1))), index)
    if given is None or family is None or abs(given[1] - family[1]) > 3:
        return None
    name = f"{given[0]} {family[0]}"
    if not _name_shape(name) or len(name.split()) > 4:
        return None
    return name, min(given[1], family[1]), 0.9


def _family_row(lines: list[Line], index: int, match: re.Match[str]) -> bool:
    """Whether a name row's label is the plain "Nom" of a form that gives the given names on a row of their own up to
    three rows away ("Nom Ben Ali" / "Prénom Mohamed", "Nom : Ben Salah" / "Prénom : Houda"): the family name."""
    if not re.fullmatch(r"\s*(?:nom|NOM|Nom)\s*(?::|[-–—|])?\s*", match.group()):
        return False
    return any(
        _GIVEN_LABEL_RE.match(lines[near].text) or _BARE_GIVEN_LABEL_RE.match(lines[near].text)
        for near in range(max(0, index - 3), min(len(lines), index + 4))
        if near != index
    )


def _form_rows_near(lines: list[Line], index: int) -> bool:
    """Whether another contact label opens a row up to three rows from ``index`` ("Adresse", "Téléphone", "Date de
    naissance 03/07/1995"): the line is one of a form's rows."""
    return any(
        _CONTACT_LABEL_RE.match(lines[near].text)
        for near in range(max(0, index - 3), min(len(lines), index + 4))
        if near != index
    )


# A heading over the people a CV names beside the candidate, whose form rows ("Nom Pierre Durand", "Prénom Lucie")
# are theirs: referees, the person to call in an emergency (folded).
_OTHERS_HEADING_RE = re.compile(
    r"^(?:references?|referees?|referents?|personnes? (?:de reference|a contacter|a prevenir)|"
    r"(?:contacts? |personne )?(?:en cas d'urgence|d'urgence)|emergency contacts?|in case of emergency|next of kin)\b"
)


def _others_rows(lines: list[Line], sections: list[Any]) -> set[int]:
    """The rows under a heading of referees or of an emergency contact ("RÉFÉRENCES", "PERSONNE À CONTACTER EN CAS
    D'URGENCE", also when it opens no section of its own), up to the next section."""
    rows: set[int] = set()
    for section in sections:
        others = bool(_OTHERS_HEADING_RE.match(fold(section.heading or "").strip(" :")))
        for index in section.indexes:
            text = lines[index].text
            if len(text) <= 60 and _OTHERS_HEADING_RE.match(fold(text).strip(" :")):
                others = True
            if others:
                rows.add(index)
    return rows


def _own_rows(lines: list[Line], sections: list[Any]) -> set[int]:
    """The rows of the candidate's own block, where a form's label with no colon may give the candidate's name: the
    header and the personal details' section ("INFORMATIONS PERSONNELLES", "ÉTAT CIVIL"), not the referees' or an
    emergency contact's rows."""
    own = {index for section in sections if section.kind in (HEADER, CONTACT) for index in section.indexes}
    return own - _others_rows(lines, sections)


def _running_header_name(lines: list[Line]) -> tuple[str, int, float]:
    """The last resort when the first lines hold no name: the name a later page repeats at its top, next to a page
    number or above a heading marked "(cont.)" / "(suite)" (the first page's header was lost, an image say)."""
    for index, line in enumerate(lines):
        if not _CONTINUED_RE.search(line.text):
            continue
        for near in (index - 1, index, index + 1):
            if not 0 <= near < len(lines):
                continue
            text = lines[near].text
            if near == index:
                text = _CONTINUED_RE.split(text)[0].strip(" -–—|,")
            if _name_shape(text) and not heading_kind(text, 1):
                return clean(strip_punct(text)), near, 0.5
    return "", -1, 0.0


# "DUPONT, Jean", "Smith, John A.", "Fernández García, Lucía", "van der Berg, Anna": the family name first, then a
# comma; the given names in capitals too when pasted from a form ("LAWAL, BABATUNDE OLUSEGUN").
_INVERTED_RE = re.compile(
    r"^(?P<family>(?:(?:van|von|de|del|della|di|da|dos|der|den|la|le)\s+){0,2}[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+)?),"
    r"\s+(?P<given>[A-ZÀ-Ý](?:[a-zà-ÿ'’-]+|[A-ZÀ-Ý'’-]+)(?:[\s-][A-ZÀ-Ý][\w'’-]*\.?)?)$"
)
# "Sravan Kumar.K", "K.Sravan Kumar": an initial glued to a name by its period.
_GLUED_INITIAL_END_RE = re.compile(r"(?<=[a-zà-ÿ]{2})\.([A-Z])\.?$")
_GLUED_INITIAL_START_RE = re.compile(r"^([A-Z])\.(?=[A-ZÀ-Ý][a-zà-ÿ])")
_LOWER_NAME_RE = re.compile(r"^[a-zà-ÿ'’-]{2,}(?:\s+[a-zà-ÿ'’-]{2,}){1,2}$")
# The initials of the given names, then the name the person goes by in brackets, as the Dutch and the Flemish write
# theirs ("J.W. (Jan-Willem) van den Berg", "A.M.C. (Anne) de Vries"): the name said is the one in brackets.
_CALLED_NAME_RE = re.compile(r"^(?:[A-Z]\.\s?){1,4}\((?P<called>[A-ZÀ-Ý][\w'’-]+(?:\s[A-ZÀ-Ý][\w'’-]+)?)\)\s+(?=\S)")


def _written_forward(text: str, emails: list[str] | None) -> str:
    """The name as it is usually written: "Smith, John" → "John Smith" (when the second part is a known given
    name), "Sravan Kumar.K" → "Sravan Kumar K", "J.W. (Jan-Willem) van den Berg" → "Jan-Willem van den Berg", and
    "john smith" → "John Smith" when the e-mail spells it."""
    text = text.strip()
    called = _CALLED_NAME_RE.match(text)
    if called:
        text = f"{called.group('called')} {text[called.end() :]}"
    inverted = _INVERTED_RE.match(text)
    # ("OKAFOR, Ngozi Chiamaka": the family name in capitals before the comma says the order, whatever the given
    # names; not "PARIS, France", which the name's shape turns down as places)
    family_caps = inverted is not None and is_all_caps(inverted.group("family")) and len(inverted.group("family")) >= 3
    if inverted and (given_name_hits(inverted.group("given").split()[0]) or family_caps):
        return f"{inverted.group('given')} {inverted.group('family')}"
    text = _GLUED_INITIAL_START_RE.sub(r"\1. ", _GLUED_INITIAL_END_RE.sub(r" \1", text))
    if emails and _LOWER_NAME_RE.match(text) and email_agreement(text, emails):
        return " ".join(word[:1].upper() + word[1:] for word in text.split())
    return text


def _name_line_below(lines: list[Line], index: int, body_size: float) -> int:
    """The line that may hold the rest of a name set in large type over two lines: the next one, or, when the
    contact details set beside the name in small type come between ("NADIA" / "07 66 21 45 90" / "BENALI"), the next
    line in about the same large type (within a fifth of its size) at the same left edge."""
    line = lines[index]
    if line.size <= (body_size or 0) + 3 or abs(lines[index + 1].size - line.size) <= max(0.5, 0.2 * line.size):
        return index + 1
    given = join_spaced_letters(line.text.split(" | ")[0])  # ("Hugo | Chef de projet …": the row's first cell)
    following = lines[index + 1].text.strip()
    if (
        lines[index + 1].size > (body_size or 0) + 3
        and len(following.split()) == 1
        and following[:1].isupper()
        and not any(ch.isdigit() or ch == "@" for ch in following)
    ):
        return index + 1  # ("Hugo" in 28 points over "Mercier" in 16: a word set large right under it)
    if len(given.split()) != 1 or not given_name_hits(given):
        return index + 1  # (only a given name alone waits for its family name: "Emma Wilson" is whole)
    # (up to five small lines between: "Sofia" / "PHONE +46 …" / "EMAIL" / "IN" / "Andersson", a column of labels
    # beside the name; "inès" / a title, its subtitle, the e-mail, the phone, the town / "faure")
    for below in range(index + 2, min(index + 7, len(lines))):
        other = lines[below]
        # (at the same left edge, or past lines set in a column of their own to the right of both:
        # "Hugo" / "MERCIER" beside "Chef de projet…" and "06 40 82 17 96")
        beside = all(lines[i].x0 > max(line.x0, other.x0) + 20 for i in range(index + 1, below))
        # (past such a column, only a family name written in capitals: not "Inès" … "Ergonome")
        aligned = abs(other.x0 - line.x0) <= 2 or (
            beside and other.bold == line.bold and other.text.strip().isupper() and not title_score(fold(other.text))
        )
        # (the family name may be set a little larger or smaller: "Zoé" in 34 points over "LAMBERT" in 38)
        close = abs(other.size - line.size) <= max(0.5, 0.2 * line.size)
        if close and aligned and other.page == line.page:
            family = join_spaced_letters(other.text, one_word=True)
            if len(family.split()) == 1 and not other.heading and not geo.find_places(family):
                return below
            break
    return index + 1


def _monogram(lines: list[Line], index: int) -> bool:
    """Whether the line holds only the initials of the name written below it, as a badge ("SN" over "Sarah" and
    "NGUYEN", or over "Sarah NGUYEN")."""
    letters = lines[index].text.strip()
    if not re.fullmatch(r"[A-ZÀ-Ý]{2,3}", letters):
        return False
    words = " ".join(line.text for line in lines[index + 1 : index + 4]).split()
    return len(words) >= len(letters) and "".join(word[0] for word in words[: len(letters)]).upper() == letters


def _scored_names(
    lines: list[Line],
    sections: list[Any],
    body_size: float,
    *,
    emails: list[str] | None = None,
    tagged: list[Any] | None = None,
) -> dict[int, tuple[str, float]]:
    """{line index: (the name it holds, score)} for the lines of the top of the CV that may hold the name, scored by
    shape, position, type, and the evidence of given names, the e-mail and the field tagger."""
    candidates = _candidate_lines(lines, sections)
    form_values = set(_form_values(lines))
    kinds = {index: section.kind for section in sections for index in section.indexes}
    # The text of each candidate that may be a name: "Résumé of Jane Doe" → "Jane Doe", "Jean Dupont. Lyon" →
    # "Jean Dupont", "S A R A H  C O N N O R" → "SARAH CONNOR".
    texts: dict[int, str] = {}
    for index in candidates:
        text = join_spaced_letters(lines[index].text)
        text = strip_document_prefix(text) or text
        # "Claire MARTIN (née DURAND)", "Omar Haddad (he/him)": an aside after the name.
        text = _TRAILING_ASIDE_RE.sub("", text) or text
        if _APPLIED_FOR_RE.match(text) or _monogram(lines, index):
            texts[index] = ""
            continue
        texts[index] = _written_forward(
            strip_courtesy(cut_at_sentence_end(strip_courtesy(text, emails)), emails), emails
        )
    # "Jean" / "DUPONT": a name set in large type over two lines, one word each (one of them a known given name);
    # "Marie-Hélène" / "De Almeida": longer when both lines are set in the same large type. (The lines in the page's
    # largest type are tried wherever they are: a main column read after its sidebar.)
    sized = [lines[i].size for i in candidates if lines[i].size and not _monogram(lines, i)]
    biggest = max(sized) if sized else 0.0
    tops = candidates[:4] + [i for i in candidates[4:] if biggest and lines[i].size == biggest]
    for index in tops:
        if index + 1 < len(lines):
            below = _name_line_below(lines, index, body_size)
            first, second = (
                clean(strip_punct(texts[index].split(" | ")[0] if below > index + 1 else texts[index])),
                clean(strip_punct(join_spaced_letters(lines[below].text, one_word=True))),
            )
            # ("inès" / "faure" in large type: written in lower case, capitalised when the e-mail spells them)
            pair = _written_forward(f"{first} {second}", emails)
            words = len(pair.split())
            same_type = (
                lines[index].size > (body_size or 0) + 3
                and lines[below].size == lines[index].size
                and (lines[below].bold == lines[index].bold or below > index + 1)
                and len(first.split()) <= 2
            )
            # ("Imane" / "Tazi": a given name the list lacks, which the e-mail address spells with the other line.)
            known = given_name_hits(pair) or (same_type and bool(emails) and email_agreement(pair, emails or []))
            if 2 <= words <= (4 if same_type else 2) and known and _name_shape(pair):
                texts[index] = pair
    scored: dict[int, tuple[str, float]] = {}
    for index in candidates:
        line = lines[index]
        text = texts[index]
        shape = _name_shape(text)
        if not shape:
            continue
        layout = 0.0
        if biggest and line.size == biggest and biggest > (body_size or 0) + 1:
            layout += 1.5
        if line.bold:
            layout += 0.3
        if line.top and line.top < 150 and line.page == lines[0].page:
            layout += 0.3
        if index in form_values:
            layout += 1.5
        if (
            index >= _LATE
            and kinds.get(index) in _BODY_KINDS
            and not layout
            and not _more_evidence(text, index, emails, tagged)
        ):
            continue  # "Student Teaching Practicum" in the education section: nothing says it is a name
        scored[index] = (text, shape + max(0.0, 1.2 - 0.12 * index) + layout)  # earlier is better
    # Split lines: "Jean Dupont — Développeur Python", "Allen King ESB Integration Developer - Cisco"
    for index in candidates[:6]:
        if index in scored:
            continue
        text = texts[index]
        parts = re.split(r"\s+[|–—-]\s+|\s*,\s+", text)
        # (not "Ben Aknoun, Alger": a town opened by the particle, before its city)
        head = (
            parts[0]
            if len(parts) >= 2 and _name_shape(parts[0]) and not _given_particle(parts[0])
            else _flattened_prefix(text)
        )
        if head:
            scored[index] = (head, 0.8 + max(0.0, 1.0 - 0.12 * index))
    # Evidence beyond the shape: a common given name, the e-mail's local part, the field tagger.
    for index, (name, score) in scored.items():
        if given_name_hits(name):
            score += 0.6
        if emails and email_agreement(name, emails):
            score += 1.0
        if tagged is not None:
            score += min(0.8, 0.2 * _tagged_name(tagged, index, name))
        scored[index] = (name, score)
    return scored


def find_name(
    lines: list[Line],
    sections: list[Any],
    language: str,
    body_size: float,
    *,
    emails: list[str] | None = None,
    tagged: list[Any] | None = None,
) -> tuple[str, int, float]:
    """(name, line index, confidence).

    ``emails`` (the CV's addresses) and ``tagged`` (the field tagger's lines, ``fields.TaggedLine``) add
    evidence when given: a name the e-mail's local part spells, a line the tagger reads as a name."""
    # "Nom : Jean Dupont", "Name: John Smith, MBA", "Name | Thomas Keller" (a form's label cell beside its value)
    others = _others_rows(lines, sections)
    own = _own_rows(lines, sections)
    for index in _candidate_lines(lines, sections):
        if index in others:
            continue  # "RÉFÉRENCES" over "Nom : Pierre Durand": a referee
        text = lines[index].text
        wrapped = _WRAPPED_PERSONAL_RE.match(text)
        if wrapped is None and index + 1 < len(lines) and _PERSONAL_TAIL_RE.match(lines[index + 1].text):
            # "INFORMATIONS | Camille Fontaine" over "PERSONNELLES": the label's second word on the row below
            wrapped = _PERSONAL_HEAD_RE.match(text)
        if wrapped:
            text = f"Informations personnelles {wrapped.group('value')}"
        match = _NAME_PREFIX_RE.match(text) or _PERSONAL_LABEL_RE.match(text)
        bare = match is None and index in own and _form_rows_near(lines, index)
        if bare and not any(_name_shape(lines[j].text) and given_name_hits(lines[j].text) for j in range(index)):
            # "Nom Paul Nguyen" over "Adresse" and "Téléphone" (not under a line that names the person already,
            # "Amélie Roux" over "NOM Florence Immobilier": the scoring below reads that line)
            match = _BARE_NAME_ROW_RE.match(text)
        if match and _family_row(lines, index, match):
            # "Nom Ben Ali" over "Prénom Mohamed": the family name alone, which the form's rows complete below
            match = None
        if match:
            rest = strip_courtesy(cut_at_sentence_end(strip_courtesy(text[match.end() :].strip())))
            # ("Nom(s) / Prénom(s) : Nguyen, Paul": the name as it is said; not "Léa Martin, Nancy", a name and a
            # town)
            inverted = _INVERTED_RE.match(rest)
            family_first = inverted is not None and not given_name_hits(inverted.group("family").split()[0])
            forward = _written_forward(rest, emails) if family_first else rest
            for value in (forward, re.split(r"\s*,\s+|\s+[|–—-]\s+", rest)[0]):
                # (with no colon, a known given name or the e-mail's words: not "Name Tag Design")
                known = not bare or given_name_hits(value) or (emails and email_agreement(value, emails))
                if _name_shape(value) and known:
                    return clean(strip_punct(value)), index, 0.95
    split = _split_form_name(lines, own, others)
    if split is not None:
        return split
    scored = _scored_names(lines, sections, body_size, emails=emails, tagged=tagged)
    if not scored:
        single = _single_word_name(lines)
        if single:
            return single, 0, 0.4
        return _running_header_name(lines)
    ranking = sorted(scored, key=lambda i: -scored[i][1])
    # The model only settles close calls: a clear winner by the rules does not need it.
    close_call = len(ranking) > 1 and scored[ranking[0]][1] - scored[ranking[1]][1] < 1.0
    if language == "fr" and close_call:
        nlp = french_nlp()
        if nlp is not None:
            indexes = ranking[:4]
            for index, doc in zip(indexes, nlp.pipe(scored[i][0] for i in indexes), strict=True):
                name, score = scored[index]
                if any(ent.label_ == "PER" for ent in doc.ents):
                    scored[index] = (name, score + 0.8)
                elif any(ent.label_ in {"ORG", "LOC"} and len(ent.text) > len(doc.text) / 2 for ent in doc.ents):
                    scored[index] = (name, score - 0.6)
    best = max(scored, key=lambda i: scored[i][1])
    name, score = scored[best]
    confidence = min(0.99, 0.35 + score / 5)
    name = clean(strip_punct(name))
    # (the period of the last initial stays: "Mohammed Shafeeq P.K.")
    return name + ("." if _INITIALS_END_RE.search(name) else ""), best, round(confidence, 2)


def _profile(url: str) -> dict[str, str] | None:
    lowered = url.lower()
    for domain, network in _NETWORKS.items():
        if domain in lowered:
            path = re.sub(r"^.*?" + re.escape(domain), "", url, flags=re.I).strip("/")
            parts = [p for p in path.split("/") if p]
            if parts and parts[0].lower() in {"in", "pub", "u", "user", "users", "r", "profile"} and len(parts) > 1:
                username = parts[1]
            else:
                username = parts[0] if parts else ""
            return {"network": network, "username": username.split("?")[0], "url": url}
    return None


def _as_url(text: str) -> str:
    text = text.rstrip(".,;:)")
    if not re.match(r"https?://", text, re.I):
        text = "https://" + text
    return text


def find_links(texts: list[str], *, bare_domains: bool) -> tuple[str, list[dict[str, str]]]:
    """(personal website, social profiles) from the given lines."""
    website = ""
    profiles: list[dict[str, str]] = []
    seen: set[str] = set()
    for text in texts:
        if "." not in text and "://" not in text:  # no address and no link
            continue
        emails = find_emails(text)
        stripped = EMAIL_RE.sub(" ", text) if emails else text
        found = [m.group() for m in _URL_RE.finditer(stripped)]
        if bare_domains and not found:
            # "B.Tech", "B.Com", "M.Design": a degree's abbreviation, not a one-letter domain.
            found = [
                m.group() for m in _BARE_DOMAIN_RE.finditer(stripped) if not _ONE_LETTER_DOMAIN_RE.match(m.group())
            ]
        for raw in found:
            url = _as_url(raw)
            key = url.lower().rstrip("/").replace("http://", "https://").replace("://www.", "://")
            if key in seen or any(raw.lower().endswith(e.split("@")[-1].lower()) for e in emails):
                continue
            seen.add(key)
            profile = _profile(url)
            if profile is not None:
                if not any(p["network"] == profile["network"] for p in profiles):
                    profiles.append(profile)
            elif not website:
                website = url
    return website, profiles


_WORLD_MAIL = frozenset({"gmail", "googlemail", "yahoo", "ymail", "hotmail", "outlook", "live", "msn", "aol", "icloud"})
# Country domains let out for other uses ("io", "me", "co", "tv"…): no country.
_GENERIC_TLDS = frozenset({"IO", "ME", "CO", "TV", "AI", "FM", "LY", "TO", "CC", "WS", "LA", "NU", "SH", "AC", "GG"})


_INDIAN_MOBILE_RE = re.compile(r"(?<![\d+\-./])[6-9]\d{4} ?\d{5}(?![\d\-./])")


_AUSTRALIAN_ADDRESS_RE = re.compile(rf"\b(?:{geo.AUSTRALIAN_STATES}|{geo.AUSTRALIAN_STATES_WITH_POSTCODE})\s+\d{{4}}\b")
_AUSTRALIAN_MOBILE_RE = re.compile(r"(?<![\d+])04\d\d[ .]\d{3}[ .]\d{3}(?!\s?\d)")
_NEW_ZEALAND_MOBILE_RE = re.compile(r"(?<![\d+])02[0-9][ -]\d{3}[ -]\d{3,4}(?!\s?\d)")


_IRISH_COUNTY_RE = re.compile(rf"\bCo\.? (?:{geo.IRISH_COUNTIES})\b")

# A number said to be of a country ("087 915 3362 (Irish number, WhatsApp)", "UK mobile: 07700 900123", "numéro belge
# : 0470 12 34 56"), on folded text: that country's numbering first, whatever the town the person writes from.
_NUMBER_COUNTRIES = {
    "irish": "IE", "british": "GB", "uk": "GB", "french": "FR", "belgian": "BE", "belge": "BE", "swiss": "CH",
    "suisse": "CH", "german": "DE", "allemand": "DE", "spanish": "ES", "espagnol": "ES", "italian": "IT",
    "italien": "IT", "dutch": "NL", "portuguese": "PT", "portugais": "PT", "canadian": "CA", "canadien": "CA",
    "american": "US", "us": "US", "moroccan": "MA", "marocain": "MA", "algerian": "DZ", "algerien": "DZ",
    "tunisian": "TN", "tunisien": "TN", "luxembourgeois": "LU", "francais": "FR",
}  # fmt: skip
_NUMBER_COUNTRY_RE = re.compile(
    rf"\b(?P<a>{'|'.join(_NUMBER_COUNTRIES)})\s+(?:mobile|phone|number|cell|landline)\b"
    rf"|\b(?:numero|num|n°|tel|telephone|portable|mobile)\s+(?P<b>{'|'.join(_NUMBER_COUNTRIES)})\b"
)

# A number with its country named in brackets after it ("Mob: 055-7654321 (UAE)", "+91 94470 12345 (India)").
_NUMBER_IN_COUNTRY_RE = re.compile(r"(?P<number>\d[\d\s.\-]{6,}\d)\s*\((?P<country>[^()\d]{2,30})\)")


def _valid_in(number: str, region: str) -> bool:
    """Whether digits read as a valid national number of a region ("055-7654321" in the Emirates)."""
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(number, region))
    except phonenumbers.NumberParseException:
        return False


# The digits of a phone number's shortest national form ("98 123 456" in Tunisia).
_NUMBER_DIGITS = 8

# A German street and its five-digit postcode ("Am Westpark 14, 85057 Ingolstadt", "Hauptstraße 5 · 10115 Berlin").
_GERMAN_ADDRESS_RE = re.compile(
    r"(?<=[a-zäöüß])(?i:stra(?:ss|ß)e|str\.|gasse|weg|allee|platz)\s+\d+[a-z]?\s*[,·|]?\s*(?:D-)?\d{5}\s+[A-ZÄÖÜ]|"
    r"^(?:Am|An der|Im|In der|Auf der) [A-ZÄÖÜ]\w+ \d+[a-z]?, \d{5} [A-ZÄÖÜ]",
    re.MULTILINE,
)


_AIRLINE_RE = re.compile(r"\b(?:Royal )?Air [A-ZÀ-Ý][\w'’-]*")


def _contact_lines(text: str) -> list[str]:
    """The lines holding a phone number's run of digits, then the address lines two lines or fewer from them
    ("Nanterre (92)", "97400 Saint-Denis", a town alone): not a list of towns one would move to, a hobby, a
    birthplace or a job's line."""
    lines = text.splitlines()
    marked = {
        index
        for index, line in enumerate(lines)
        if any(
            8 <= len(_DIGIT_RE.findall(run)) <= 13 and not (_FULL_DATE_RE.search(run) or _date_range(run))
            for run in _PHONE_RUN_RE.findall(line)
        )
    }
    around = sorted({j for i in marked for j in range(max(0, i - 2), min(len(lines), i + 3))} - marked)
    # (the marked lines themselves first: "… · 06 52 14 78 36 · Lyon (69003)" in a footer, right after the header)
    return [
        lines[index]
        for index in [*sorted(marked), *(index for index in around if _address_line(lines[index]))]
        # (nor the value under a birth label: "Date et lieu de naissance" over "22/11/1983 à Tizi Ouzou")
        if not _BIRTH_LINE_RE.search(fold(lines[index]))
        and not (index and len(lines[index - 1]) <= 40 and _BIRTH_LINE_RE.search(fold(lines[index - 1])))
    ]


# A postcode or a French département in brackets on a short line: "97400 Saint-Denis", "Lille (59)", "1000 Bruxelles".
_ADDRESS_MARK_RE = re.compile(r"(?<!\d)\d{4,5}(?!\d)|\(\d{2,3}\)")


def _address_line(line: str) -> bool:
    """A short line of an address: a postcode or a département beside a town, or one town alone."""
    words = line.split()
    if not words or len(words) > 8 or ":" in line:
        return False
    if _ADDRESS_MARK_RE.search(line) and not _date_range(line):
        return True
    places = geo.find_places(line)
    if len(words) > 3 or len(places) != 1:
        return False
    rest = f" {re.sub(r'[^a-z0-9]+', ' ', fold(line))} ".replace(f" {places[0][1].replace('-', ' ')} ", " ")
    return not rest.strip()  # the town alone ("Lyon"), not "Arabe (Maroc), Anglais"


_FULL_DATE_RE = re.compile(r"\b\d{1,2}[/.\-]\d{1,2}[/.\-](?:19|20)\d\d\b")


def _contact_places(text: str) -> list[tuple[str, str, str]]:
    """The places written with a phone number or on an address line beside it (``_contact_lines``), in order."""
    return geo.find_places(_AIRLINE_RE.sub(" ", EMAIL_RE.sub(" ", "\n".join(_contact_lines(text)))))


def home_region(text: str) -> str:
    """The country of the first town written with a phone number or on an address line beside it; "" when none is."""
    places = _contact_places(text)
    return places[0][2] if places else ""


_OVERSEAS = {"971": "GP", "972": "MQ", "973": "GF", "974": "RE", "976": "YT", "la reunion": "RE", "reunion": "RE",
             "guadeloupe": "GP", "martinique": "MQ", "guyane": "GF", "mayotte": "YT"}  # fmt: skip
_OVERSEAS_RE = re.compile(r"(?<!\d)(97[1-46])\d\d(?!\d)|\b(la reunion|guadeloupe|martinique|guyane|mayotte)\b")


# A line of birth or nationality ("Né le 16/10/1987 à Béjaïa", "Nationalité : algérienne"): no home town.
_BIRTH_LINE_RE = re.compile(r"\b(?:nee?|born|naissance|nationalite|nationality|date of birth|originaire)\b")


def infer_region(text: str, language: str) -> tuple[str, list[str]]:
    """The phone numbers' likely home region, and the others worth trying, from the CV's own hints."""
    # (on a line holding a number: not "Managed the Italian phone support team", "numéro suisse de support client")
    regions: list[str] = [
        _NUMBER_COUNTRIES[match.group("a") or match.group("b")]
        for line in fold(text).splitlines()
        if sum(ch.isdigit() for ch in line) >= _NUMBER_DIGITS
        for match in _NUMBER_COUNTRY_RE.finditer(line)
    ]
    # (or the country in brackets after a national number, which it needs to be read: "055-7654321 (UAE)"; after one
    # written with its calling code, "+91 94470 12345 (India)", the code says it already)
    folded = fold(text)
    for match in _NUMBER_IN_COUNTRY_RE.finditer(folded):
        if re.search(r"(?:\+|\b00)[\d\s().\-]*$", folded[: match.start()]) or folded[match.start() :].startswith("00"):
            continue
        country = match.group("country").strip()
        code = geo.COUNTRIES.get(country) or geo.COUNTRIES.get(country.replace(".", ""))
        # (a number of that country's: not a job's years and where it was, "Sept. 2015 - 2019 (Maroc)")
        if code and _valid_in(match.group("number"), code):
            regions.append(code)
    # A country calling code opens a number: "+44 7700 …", "0033 6 …" (not the "00" of a year such as "2007", nor the
    # "+7" of "+7 years").
    # ("G+14 towers" is a building's height: a plus after a letter opens no number.)
    for match in re.finditer(r"(?:(?<![\w+])\+|(?<!\d)00)\s?(\d{1,3})(?=[\s.()\-]*\d[\d\s.()\-]{5})", text):
        region = phonenumbers.region_code_for_country_code(int(match.group(1)))
        if region and region != "ZZ":
            regions.append(region)
    # A national mail provider's address ("…@bluewin.ch", "…@pt.lu", "…@menara.ma") tells the country; a world-wide
    # one's does not ("…@hotmail.fr" is as common in Algiers as in Paris).
    for email in find_emails(text):
        if email.rsplit("@", 1)[-1].split(".")[0].lower() in _WORLD_MAIL:
            continue
        tld = email.rsplit(".", 1)[-1].upper()
        tld = "GB" if tld == "UK" else tld
        if tld not in _GENERIC_TLDS and phonenumbers.country_code_for_region(tld):
            regions.append(tld)
    # France's overseas departments have their own calling codes ("97400 Saint-Denis, La Réunion": "0692 45 67 89" is
    # +262 692 45 67 89, which as a number of mainland France would be another line).
    for match in _OVERSEAS_RE.finditer(fold(text[:3000])):
        regions.append(_OVERSEAS[match.group(1) or match.group(2)])
    # The town written with the phone number, or on an address line up to two lines from it, is where the person
    # lives ("anas.chraibi@gmail.com · 06 52 14 78 36 · Lyon (69003)"): before the towns of a birthplace or of the
    # jobs and schools at the top ("CEVITAL AGRO-INDUSTRIE, Béjaïa").
    # (before them, a state's or a province's postcode on those lines: "Orléans, Ottawa, ON K1C 7H3" is in Canada,
    # whatever French town a suburb is named after)
    contact = "\n".join(_contact_lines(text))
    regions += [code for code, shape in _STATE_ADDRESS_SHAPES.items() if shape.search(contact)]
    regions.extend(code for _kind, _name, code in _contact_places(text))
    # (An airline named after its country, "Air Algérie", "Royal Air Maroc", "Air Canada", says less of where the
    # person lives: its crews and ground staff serve it from anywhere. Its country comes after the CV's language's.)
    # (not the words of an e-mail address, a person's names: "naomi.osaka@gmail.com", "hiroshi.kobe@…")
    # (A word that is a town only in context, "Tutrice : Kimberley Durand", "Centurion Sécurité", "Nice", comes after
    # the CV's language's country when it is not on the contact lines: a French 06 is a valid South African number.)
    body = geo.find_places(_AIRLINE_RE.sub(" ", EMAIL_RE.sub(" ", text[:3000])))
    ambiguous = [code for kind, name, code in body if kind == "city" and name in geo.AMBIGUOUS_CITIES]
    regions.extend(code for kind, name, code in body if not (kind == "city" and name in geo.AMBIGUOUS_CITIES))
    airlines = [code for match in _AIRLINE_RE.finditer(text[:3000]) for _, _, code in geo.find_places(match.group())]
    # An Indian mobile number is ten digits from 6 to 9, written unbroken or 5 + 5 ("9876543210", "98765 43210");
    # North American numbers, the other ten-digit ones, are written 3-3-4 ("(701) 723-4589").
    if _INDIAN_MOBILE_RE.search(text):
        regions.append("IN")
    # "Parramatta NSW 2150": an Australian state and its four-digit postcode; "0412 587 203" and "021 123 4567": the
    # way Australians and New Zealanders group their mobile numbers (the French write pairs).
    if _AUSTRALIAN_ADDRESS_RE.search(text) or _AUSTRALIAN_MOBILE_RE.search(text):
        regions.append("AU")
    if _NEW_ZEALAND_MOBILE_RE.search(text):
        regions.append("NZ")
    if _IRISH_COUNTY_RE.search(text):
        regions.append("IE")  # "Cong, Co. Mayo": an Irish address names its county so
    if _GERMAN_ADDRESS_RE.search(text[:3000]):
        regions.append("DE")
    if language == "fr":
        regions.append("FR")
    regions.extend(ambiguous)
    regions.extend(airlines)
    ordered: list[str] = []
    for region in [*regions, "FR" if language == "fr" else "GB", "US", "GB", "FR", "IN", "BE", "CH", "CA"]:
        if region not in ordered:
            ordered.append(region)
    return ordered[0], ordered[1:]


# Digits and what people put between them: spaces (also non-breaking ones: ``\s`` holds them), dots, slashes,
# brackets, and every kind of dash a word processor writes ("06–12–34–56–78").
_PHONE_RUN_RE = re.compile(r"\d[\d\s().\[\]/\-‐‑‒–—―−]{6,}\d")
_DIGIT_RE = re.compile(r"\d")
# "06/12/34/56/78": four slashes or more between digits part a phone number (a date has two), which the phone number
# library only reads with spaces.
_SLASHED_RUN_RE = re.compile(r"\d+(?:/\d+){4,}")
# Spaces the phone number library does not take for separators (typographic French writes "06 12 …" with narrow
# non-breaking spaces): plain spaces for it.
_ODD_SPACES = str.maketrans(dict.fromkeys("\u00a0\u2007\u2008\u2009\u200a\u202f\u205f\u3000", " "))


def _date_range(digits: str) -> bool:
    """ "06/2014 – 09/2015" has a phone number's digits but is a range of dates."""
    return any(r.start != r.end or "-" in (r.start or "") for r in find_date_ranges(digits))


def _e164(number: phonenumbers.PhoneNumber, region: str) -> tuple[str, str]:
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164), (
        phonenumbers.region_code_for_number(number) or region
    )


_CALLING_CODE_BEFORE_RE = re.compile(r"(?<![\w+])\+\d{1,3}[\s.\-]*\(?$")


# A British postcode, or its outward half, right before a national number ("M21 07458 216903", "SW1A 1AA 020 …").
# (a Canadian postal code too, before a number of any shape: "Ottawa, ON K1C 7H3 613 555 0191")
_CA_POSTAL = r"[A-Z]\d[A-Z]\s?\d[A-Z]\d"
_POSTCODE_BEFORE_NUMBER_RE = re.compile(
    rf"\b[A-Z]{{1,2}}\d[A-Z\d]?(?:\s+\d[A-Z]{{2}})?(?=\s+0\d)|\b{_CA_POSTAL}(?=\s+\(?\d)"
)
# A French département in brackets after its town, right before a national number ("Laval (53) 06 33 90 12 47"): its
# digits are no part of the number (not an area code in brackets, "(617) 555-0134", "(022) 2567 8901", which opens it).
_DEPARTMENT_BEFORE_NUMBER_RE = re.compile(r"(?<=[^\W\d_])\s+\((?:\d{2}|2[AB]|97\d)\)(?=\s+0\d)")


def find_phone(texts: list[str], region: str, fallbacks: list[str]) -> tuple[str, str]:
    """(E.164 number, its region) for the first valid phone number, hinted lines first."""
    # A number a narrow column wrapped ("06 88" / "30 05 96") is tried joined too.
    texts = [_SLASHED_RUN_RE.sub(lambda m: m.group().replace("/", " "), text.translate(_ODD_SPACES)) for text in texts]
    # ("Manchester M21 07458 216903": the postcode's digits are no part of the number written after it)
    texts = [_POSTCODE_BEFORE_NUMBER_RE.sub(r"\g<0> ;", text) for text in texts]
    texts = [_DEPARTMENT_BEFORE_NUMBER_RE.sub(r"\g<0> ;", text) for text in texts]
    texts = texts + [
        f"{texts[i]} {texts[i + 1]}"
        for i in range(len(texts) - 1)
        if texts[i][-1:].isdigit() and texts[i + 1][:1].isdigit()
    ]
    # Only lines holding a run of eight digits or more (spaces, dots, dashes, brackets between them) are tried: a
    # date range ("June 2012 - May 2015") has the digits but not the run, and the matcher is slow.
    worth = [
        i for i, text in enumerate(texts) if any(len(_DIGIT_RE.findall(m)) >= 8 for m in _PHONE_RUN_RE.findall(text))
    ]
    # (not another number's label: "Alt. phone: 0703 …" under the person's own "+234 809 …")
    ordered = sorted(
        worth, key=lambda i: (0 if _PHONE_HINT_RE.search(texts[i]) and not _OTHER_NUMBER_RE.search(texts[i]) else 1, i)
    )
    attempts = _shaped_first([region, *fallbacks[:4]], [texts[i] for i in worth])
    for attempt in attempts:
        for i in ordered:
            text = texts[i]
            for match in phonenumbers.PhoneNumberMatcher(text, attempt, leniency=phonenumbers.Leniency.VALID):
                if attempt != attempts[0] and _CALLING_CODE_BEFORE_RE.search(text[: match.start]):
                    # A piece of a number written with its country code, which the library does not hold for valid
                    # in that country ("+44 (0)7700 900 123": not the Indian "07700 900 123"); read below.
                    continue
                if attempt != attempts[0] and _shaped(match.raw_string, attempts[0], _WRITTEN_SHAPES):
                    # Written the way the home region writes its numbers ("07700 900123" beside "London"): another
                    # country's reading of the same digits (an Indian number after a trunk 0) is no likelier.
                    continue
                # ("L-4011 Esch-sur-Alzette": a postcode, a valid Luxembourg number of four digits; nobody gives
                # a number that short on a CV.)
                if len(_DIGIT_RE.findall(match.raw_string)) >= 6 and not _date_range(match.raw_string):
                    return _e164(match.number, attempt)
    # None valid: a number written with its country code and of a possible length for that country is kept (the
    # library's ranges lag behind new allocations, and a recruiter can still call it). National numbers are not:
    # without the country code a wrong guess would give a wrong number.
    # Nor are they, but for a number written the way the home region's people write theirs (_HOME_SHAPES): on a
    # French CV nothing else has the French shape, on a British one nothing else the British mobile's.
    for i in ordered:
        for match in phonenumbers.PhoneNumberMatcher(texts[i], region, leniency=phonenumbers.Leniency.POSSIBLE):
            raw = match.raw_string.lstrip("(")
            if raw.startswith(("+", "00")) or _shaped(raw, region, _HOME_SHAPES):
                return _e164(match.number, region)
    # Nor possible: a number written with its country code under a numbering plan since changed ("+229 97 64 21 38",
    # Benin's eight digits before its ten of 2024; Côte d'Ivoire went from eight to ten in 2021), kept as written when
    # the code is a country's and the digits a phone number's count.
    # Not a figure in prose ("+1 200 000 000 FCFA", "+7 250 000 000 roubles": groups of zeros), nor more digits than
    # the country's numbers have today (a plan that changed added digits: "+254 20 123 45 67 89" is no Kenyan number).
    for i in ordered:
        for written in _WRITTEN_INTERNATIONAL_RE.findall(texts[i]):
            try:
                number = phonenumbers.parse(written, None)
            except phonenumbers.NumberParseException:
                continue
            country = phonenumbers.region_code_for_country_code(number.country_code or 0)
            metadata = phonenumbers.PhoneMetadata.metadata_for_region(country)
            lengths = metadata.general_desc.possible_length if metadata and metadata.general_desc else None
            longest = max(lengths or (11,))
            digits = len(str(number.national_number))
            if country != "ZZ" and 7 <= digits <= min(longest, 11) and len(re.findall(r"\b000\b", written)) < 2:
                return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164), country
    return "", ""


# "+229 97 64 21 38", "+225 07 58 36 21": a calling code and groups of digits (not "+1 500 clients").
_WRITTEN_INTERNATIONAL_RE = re.compile(r"(?<![\w+])\+\d{1,3}(?:[ .\-]\d{2,4}){3,5}(?![\w])")


# How a country's people write their own numbers, in a shape nothing else on a CV has: the French five pairs opening
# with a 0 ("07 12 34 98 76", "06.96.85.74.63"), the British mobile's 07 and nine digits grouped after the first
# five ("07700 900123", "07700 900 123"; unbroken, "07612345678" may be an Indian number after its trunk 0).
# ``_HOME_SHAPES`` also takes French pairs run together, read only once no region found a valid number;
# ``_WRITTEN_SHAPES`` wants the groups set apart (an unbroken "0612345678" or the Italian "06 12345678" may be any
# country's), and decides which region to try first.
_BRITISH_MOBILE = r"07\d{3}[ .\-]\d{3}[ .\-]?\d{3}"
_HOME_SHAPES = {"FR": re.compile(r"0[1-9](?:[ .\-]?\d\d){4}"), "GB": re.compile(_BRITISH_MOBILE)}
_WRITTEN_SHAPES = {
    "FR": re.compile(r"(?<![\d+])0[1-9](?:[ .\-]\d\d){4}(?!\s?\d)"),
    "GB": re.compile(rf"(?<![\d+]){_BRITISH_MOBILE}(?!\s?\d)"),
}


# Countries where nobody writes a number in five pairs: there "06 12 34 56 78" is a French number (a town named in
# the CV, "Walldorf", "Leeds", "Renault Korea Motors, Séoul", "Université de Kyoto", says where the person worked or
# studied, not where their phone is from). (The Dutch, the Belgians, the Swiss and the Maghreb write pairs too.)
# (Nor in English-speaking Africa: "082 555 1234", "0803 123 4567", "0712 345 678"; "Alliance française de Durban" in
# a French CV leaves "07 71 22 33 44" French.)
_NO_PAIRS = frozenset(
    {"GB", "US", "DE", "AT", "IT", "ES", "IE", "IN", "AU", "NZ", "CA", "PT", "PL", "CZ", "GR", "RO", "SE", "NO", "DK"}
    | {"FI", "JP", "KR", "CN", "MX", "PE", "CL", "AR", "CO", "VE", "EC", "UY", "PY", "BO", "BR", "CR", "PA", "CU"}
    | {"ZA", "NG", "KE", "GH"}
)


def _shaped_first(attempts: list[str], texts: list[str]) -> list[str]:
    """The regions to read the numbers in, a region first whose own shape a number has ("07912 345678" is British
    beside "Bremen"; "06 12 34 56 78" French beside "Heidelberg", unless the home region also writes pairs)."""
    out = list(attempts)
    for text in texts:
        found = [
            (match.start(), code)
            for code, shape in _WRITTEN_SHAPES.items()
            if code in out and (code != "FR" or out[0] in _NO_PAIRS or out[0] == "FR")
            for match in [shape.search(text)]
            if match
        ]
        if found:
            code = min(found)[1]  # (the first number written in a home shape, where two are)
            out.remove(code)
            out.insert(0, code)
            return out
    if out and out[0] not in _NO_PAIRS and "FR" in out and any(_WRITTEN_SHAPES["FR"].search(text) for text in texts):
        # Beside a town of a country that writes pairs too ("Toyota Motor Europe, Bruxelles"), "06 12 34 56 78" is
        # still read as French before the reading of a country that does not ("Université de Kyoto").
        first = next((i for i, code in enumerate(out) if code in _NO_PAIRS), len(out))
        if first < out.index("FR"):
            out.remove("FR")
            out.insert(first, "FR")
    return out


def _shaped(raw: str, region: str, shapes: dict[str, re.Pattern[str]]) -> bool:
    shape = shapes.get(region)
    return bool(shape and shape.fullmatch(raw.strip()))


_POLISH_POSTCODE_RE = re.compile(r"^(\d{2}-\d{3})\s+([^\W\d_][\w-]*(?: [^\W\d_][\w-]*)?)$")
# (and the icons that label the items of a contact line: "⌂ Saint-Ouen-sur-Seine (93) ☎ 06 98 14 27 63 ✉ …", "📍
# Lyon", icon fonts' private characters)
_SEGMENT_RE = re.compile(
    r"\s*[|•·▪●\u2300-\u23ff\u2600-\u27bf\U0001f300-\U0001faff\ue000-\uf8ff]\s*|\s+[-–—]\s+|\s{3,}"
)
_NOT_PLACE_RE = re.compile(r"@|https?:|www\.|\.com\b|/in/", re.IGNORECASE)


# Countries whose postcodes have five digits, as France's do.
_FIVE_DIGIT_POSTCODES = frozenset({"FR", "DE", "IT", "ES", "US", "MA", "DZ", "FI", "MX"})


# A town before its five-digit postcode, alone in its item, a comma or brackets between: "Valbonne, 06560",
# "Valbonne (06560)" (not "ISO 45001", a standard).
# (each word of the town capitalised, or a particle: not "Salaire souhaité (35000)")
_CITY_POSTCODE_RE = re.compile(
    r"^([A-ZÀ-ÖØ-Þ][\w'’-]*(?:\s+(?:[A-ZÀ-ÖØ-Þ][\w'’-]*|d['’][A-ZÀ-ÖØ-Þ][\w'’-]*|de|du|des|la|le|les|sur|en|lès)){0,3})"
    r"(?:,\s*|\s*\()(\d{5})\)?$"
)
# A town and its French département in brackets, alone in its item: "Pornic (44)", "Villeneuve d'Ascq (59)", "Ajaccio
# (2A)" (each word of the town capitalised, or a particle: not "Management d'équipe (12)").
_CITY_DEPARTMENT_RE = re.compile(
    r"^([A-ZÀ-ÖØ-Þ][\w'’-]*(?:\s+(?:[A-ZÀ-ÖØ-Þ][\w'’-]*|d['’][A-ZÀ-ÖØ-Þ][\w'’-]*|de|du|des|la|le|les|sur|en|lès)){0,3})"
    r"\s*\((0[1-9]|[1-8]\d|9[0-5]|2[AB]|97[1-6])\)$"
)
# Words of the other things a header gives with a figure in brackets, which no town's name holds: "Permis B (12)",
# "Télétravail (50)", "Salaire souhaité (35000)", "Code APE (62010)", "Bordeaux Métropole (33)" (folded).
_NOT_TOWN_WORDS_RE = re.compile(
    r"\b(?:permis|licen[cs]e|teletravail|remote|annonce|indeed|linkedin|vehicule[es]*|motorise[es]*|habilitations?|"
    r"electrique|references?|ref|code|ape|naf|siret|siren|budget|salaire|pretentions?|remuneration|disponibles?|"
    r"disponibilite|mobilite|contrat|cdi|cdd|interim|stage|alternance|poste|experiences?|niveau|note|points?|age|"
    r"enfants?|taux|tjm|metropole|agglomeration|region|departement|secteur|zone)\b"
)


def _town_shape(town: str, number: str) -> bool:
    """Whether the words before a figure in brackets or a postcode ("Pornic (44)", "Valbonne, 06560") may be a town
    of France: one the gazetteer knows ("Rennes (35)"), or a name that is no département or region ("Haute-Savoie
    (74)", "Bretagne (35)", but "Vienne (38)", the town of Isère), no label ("Permis B (12)", "Télétravail (50)"), no
    letters alone or in capitals ("Code APE (62010)") and no title."""
    folded = fold(town)
    places = geo.find_places(town)
    if places and places[0][:2] == ("city", folded):
        return True
    area = geo.french_area(town)
    if area == "" or (area is not None and number.startswith(area)):
        return False
    if _NOT_TOWN_WORDS_RE.search(folded) or title_score(folded):
        return False
    words = [re.sub(r"^[dl]['’]", "", word) for word in re.split(r"[\s-]+", town)]
    return not any(len(word) == 1 or (len(word) > 1 and word.isupper()) for word in words)


# A four-digit postcode before its town, opening the item or after a comma: "Rue Ancienne 18, 1227 Carouge (GE)",
# "12, rue des Romains, L-8041 Strassen", "Cité Ennasr 2, 2037 Ariana, Tunisia", "Bv. San Juan 820, X5000 Córdoba"
# (Belgium, Switzerland, Luxembourg, Austria, Denmark, Norway, Tunisia, Argentina write four digits; the Netherlands
# four and two letters, "Keizersgracht 412, 1016 GC Amsterdam").
_SHORT_POSTCODE_CITY_RE = re.compile(
    # (the Dutch pair of letters is no French article opening a town in capitals: "7100 LA LOUVIERE", "2400 LE LOCLE")
    r"(?:^|,)\s*(?:(?P<prefix>[A-Z]{1,2})-|(?P<letter>[A-Z]))?(?P<code>\d{4})"
    r"(?:\s?(?!(?:LA|LE|DE|EL|LO|DU)\s)(?P<pair>[A-Z]{2})(?=\s+[A-ZÀ-Ý]))?\s+"
    r"(?P<town>[A-ZÀ-ÖØ-Þ][\w'’-]*(?:[ -][A-ZÀ-ÖØ-Þa-zà-öø-ÿ][\w'’-]*){0,3})"
)
# The countries that the letters before a postcode name ("L-8041", "CH-1227", "B-1050").
_POSTCODE_PREFIXES = {"L": "LU", "CH": "CH", "B": "BE", "A": "AT", "DK": "DK", "N": "NO", "F": "FR"}
# Words of a street or a district, which make the four digits after the comma a postcode, not a year ("Cité Ennasr
# 2, 2037 Ariana").
_STREET_WORDS_RE = re.compile(
    r"\b(?:rue|avenue|av|boulevard|bd|bv|bld|chemin|ch|allee|impasse|place|route|rte|quai|cours|chaussee|cite|"
    r"residence|lotissement|quartier|calle|carrer|avenida|jr|straat|strasse|gasse|weg|street|road|lane|drive|km)\b"
)
# A postcode's town cut at its end of line by a narrow column: "Rue du Doubs 55, 2300 La" over "Chaux-de-Fonds".
_CUT_TOWN_RE = re.compile(r"\b\d{4,5}\s+(?:La|Le|Les)$")
# A French postcode ending its line after the street, its town alone on the next ("45 cours de Verdun, 33000" over
# "Bordeaux", "12 rue de Saint-Malo, 35000" over "Rennes": not the street's town; not "Chicago IL, 60604" over a
# person's name, nor over a heading in capitals).
_CUT_POSTCODE_RE = re.compile(r"(?:^|,)\s*\d{5}\s*$")
_WRAPPED_TOWN_RE = re.compile(r"^\s*[A-ZÀ-Ý][\w'’-]*(?:[ -][\w'’-]+){0,3}\s*$")  # (not "EXPÉRIENCE": see below)
# A country calling code opening a phone number: "+352 621 …", "(+216) 98 …", "0041 79 …".
# A phone number written with its calling code: "+41 79 123 45 67", "0032 486 12 34 56" (the "00" opening its run).
_CALLING_CODE_RE = re.compile(r"(?:(?<![\w+])\+|(?<![\w+.\-/ ])00|(?<=\s)00)[\d\s().-]{7,}\d")


# The label a phone number follows, left at the end of an address once the number is taken out.
_PHONE_LABEL_TAIL_RE = re.compile(
    r"\s*[/|–-]?\s*\b(?:gsm|t[ée]l(?:[ée]phone)?|mobile?|portable|cel(?:l|lulaire)?|natel|phone|mob|fixe|handy|"
    # ("Port" abbreviated, with its dot or colon, or not after "Le": "97420 Le Port 0692 …" is the town of Réunion,
    # "69003 Lyon Port 06 …" a label)
    r"port(?=\s*[.:])|(?<!le )port)"
    r"\.?\s*:?\s*\+?\s*$",  # (the "+" of "+225 07 …" stays when the run of digits goes)
    re.IGNORECASE,
)
# A French postcode's business delivery word after the town ("35042 Rennes Cedex", "Lyon CEDEX 07"): not the town's.
_CEDEX_RE = re.compile(r"\s+cedex(?:\s+\d{1,2})?$", re.IGNORECASE)


def _without_phone_number(match: re.Match[str]) -> str:
    """A run of digits with the phone number's eight or more left out (a street number and a postcode stay, and
    dates, "12/03/1990", "2015 - 2017", which keep the line out of the address)."""
    run = match.group()
    if len(_DIGIT_RE.findall(run)) < 8 or _FULL_DATE_RE.search(run) or _date_range(run):
        return run
    return " "


def _calling_country(texts: list[str]) -> str:
    """The country of the first phone number written with its calling code, "" when none is."""
    for text in texts:
        for match in _CALLING_CODE_RE.finditer(text):
            run = match.group()
            run = f"+{run[2:]}" if run.startswith("00") else run
            try:
                number = phonenumbers.parse(run, None)
            except phonenumbers.NumberParseException:
                continue
            # (a valid number only: not "06 45 00 32 12", whose pair "00" opens no calling code, nor "+1 500 clients")
            if phonenumbers.is_valid_number(number):
                region = phonenumbers.region_code_for_number(number)
                if region and region != "ZZ":
                    return region
    return ""


# Countries whose postcodes have four digits, the ones whose addresses this reading is for.
# (the Netherlands' four digits are followed by two letters: "2291 PG Wateringen")
_FOUR_DIGIT_POSTCODES = frozenset({"BE", "CH", "LU", "AT", "DK", "NO", "TN", "AR", "AU", "NZ", "ZA", "HU", "LI", "NL"})
# The end of a North American or Australian address, a state and its own postcode ("New York, NY 10019", "Pymble NSW
# 2073"): the four digits opening the address are the building's number ("1600 Broadway", "1234 Pacific Highway").
_STATE_POSTCODE_RE = re.compile(
    rf"\b(?:[A-Z]{{2}}\s+\d{{5}}(?:-\d{{4}})?|(?:{geo.AUSTRALIAN_STATES}|{geo.AUSTRALIAN_STATES_WITH_POSTCODE})\s+\d{{4}})\b"
)
# The last words of American and British streets' names ("2250 Broadway", "1850 Forest Hills Circle", "1200 Riverside
# Walk"), folded.
_STREET_TYPES_TEXT = (
    "broadway parkway plaza highway walk court terrace circle square sq place pl way row mews crescent close"
)
_STREET_TYPES = frozenset(_STREET_TYPES_TEXT.split())
# The words before a flat's, a suite's or a building's number ("Apt 4B", "Suite 400", "BP 2034"), folded.
_UNIT_WORDS_TEXT = (
    "apt apt. apartment appt suite ste unit flat building bldg bldg. floor fl room box po bp imm imm. no no. nr #"
)
_UNIT_WORDS = frozenset(_UNIT_WORDS_TEXT.split())
# More premises before a letter and a number, which the British write like an outward postcode ("Block B1", "Level
# E2", "Hall B2", "Terminal T2"), folded.
_PREMISES_TEXT = "block level hall terminal gate wing bay stand pier dock"
_PREMISES_WORDS = frozenset(_PREMISES_TEXT.split())
# What may follow a known town's name in a postcode's town: a district's letter or number ("1620 København V",
# "1211 Genève 2"), not a street's name ("1200 Dallas Parkway").
_DISTRICT_RE = re.compile(r"^(?:[A-Z]{1,2}|\d{1,2})$")


def _short_postcode_city(segment: str, line: str, texts: list[str], phone_region: str) -> dict[str, str] | None:
    """The town after a four-digit postcode ("1227 Carouge", "L-8041 Strassen"), before any town a street is named
    after ("Chaussée de Liège 87, 5100 Namur", "Route de Tunis km 4, 3027 Sfax"); None when the four digits may be a
    year or a street's number, or are a count ("3000 Collaborateurs", "2500 Euros").

    Four digits read as a postcode only on a line that reads as an address: a country's letters before them
    ("CH-1227"), a street or district word before them ("Cité Ennasr 2, 2037 Ariana"), a street and its number before
    them ("Vesterbrogade 12, 1620 København V"), a town the gazetteer knows after them ("1050 Bruxelles"), or alone on
    their line beside the phone number of a country that writes four ("2037 Ariana" over "+216 98 123 456"). Not a US
    or Australian street's number ("2250 Broadway, Oakland, CA 94612", "Unit 4, 1234 Pacific Highway, Pymble NSW
    2073"); and where they may be a year, only in a country of four-digit postcodes or after a street and its number
    ("Rue de la Gare 7, 2000 Neuchâtel", "Rue du Lac 3, 2017 Boudry", not "Cours Florent, 2018 Paris")."""
    if _STATE_POSTCODE_RE.search(line):
        return None
    for match in _SHORT_POSTCODE_CITY_RE.finditer(segment):
        city = clean(re.split(r"[,(|/–—]| - ", match.group("town"))[0])
        if (
            _STREET_WORDS_RE.search(fold(city))
            or _ADDRESS_RE.search(city)
            or fold(city.split()[-1]) in _STREET_ABBREVIATIONS | _STREET_TYPES
        ):
            continue  # "Apt 4B, 1600 Pennsylvania Avenue", "1600 Amphitheatre Parkway": a street's number
        prefix = match.group("prefix") or ""
        letter = match.group("letter") or ""
        town = geo.find_places(city)
        rest = fold(city)[len(town[0][1]) :].strip() if town and fold(city).startswith(town[0][1]) else None
        known = bool(town) and town[0][0] == "city" and (rest == "" or bool(rest and _DISTRICT_RE.match(rest.upper())))
        code = match.group("code")
        # (a street's word before the postcode, on its piece or on the whole line a piece was cut from)
        start = line.find(segment) if segment in line else -1
        before_text = (line[:start] if start > 0 else "") + segment[: match.start()]
        street = bool(_STREET_WORDS_RE.search(fold(before_text)))
        # "Vesterbrogade 12, 1620 København V": a street and its number before the comma, as Europe writes them (not
        # a flat's or a suite's number before an American street's, "Apt 4B, 1600 Broadway")
        piece = before_text.rstrip(" ,").rsplit(",", 1)[-1].split()
        numbered = len(piece) >= 2 and bool(re.fullmatch(r"\d+[a-zA-Z]?", piece[-1]))
        numbered = numbered and not re.search(r"\d", " ".join(piece[:-1])) and fold(piece[0]) not in _UNIT_WORDS
        year = code[:2] in ("19", "20")
        before = segment[: match.start()].strip(" ,")
        after = fold(segment[match.end() :]).strip(" ,.")
        # (the country its line names: "Calle Belgrano 1130, 5500 Mendoza, Argentine" is read in pieces)
        places = geo.find_places(segment) or geo.find_places(line)
        named = next((p[2] for p in places if p[0] == "country"), "")
        stated = named or _POSTCODE_PREFIXES.get(prefix, "") or (town[0][2] if known else "")
        # ("2291 PG": the Dutch postcode's two letters; not "2019 BA Economics", a year and a degree)
        stated = stated or ("NL" if match.group("pair") and match.group("code")[:2] not in ("19", "20") else "")
        # (the phone number's country: "+216 98 123 456", "0470 12 34 56")
        calling = _calling_country(texts) or phone_region
        if letter and (stated or calling) != "AR":
            continue  # "X5000 Córdoba": Argentina's letter for its province (not "B1234 Marseille")
        if not prefix:
            # ("2037 Ariana" alone on its line beside a Tunisian number: that country's postcode)
            # ("1227 Carouge, Switzerland": alone but for the country that ends the address)
            country_after = bool(named) and geo.COUNTRIES.get(re.sub(r"^the\s+", "", after)) == named
            alone = not before and (not after or country_after) and (stated or calling) in _FOUR_DIGIT_POSTCODES
            if not (street or known or numbered or alone):
                continue
            if year and (stated or calling) not in _FOUR_DIGIT_POSTCODES and (stated or not (street and numbered)):
                # "Cours Florent, 2018 Paris", "Résidence Le Parc, 2020 Lyon": a year (not "Rue du Lac 3, 2017
                # Boudry", an address's street and number)
                continue
        # (not a country of five-digit postcodes: "079 876 54 32", a Swiss number without its code, reads as French)
        country = stated or (calling if calling not in _FIVE_DIGIT_POSTCODES else "")
        postcode = f"{code} {match.group('pair')}" if match.group("pair") else code
        if known and rest:
            # ("8000 Aarhus C", "1620 København V", "1211 Genève 2": the post office's district, the town before it,
            # as "75011 Paris" names Paris)
            city = city[: len(town[0][1])]
        location = {"city": city, "postalCode": f"{prefix}-{postcode}" if prefix else letter + postcode}
        if country:
            location["countryCode"] = country
        return location
    return None


def fits_postcode(location: dict[str, str], country: str) -> bool:
    """Whether a country may be the one of a location's postcode: not a country of five-digit postcodes for four
    digits ("1217 Meyrin" beside "079 876 54 32", a Swiss number read as French)."""
    code = location.get("postalCode", "")
    return not (re.fullmatch(r"[A-Z]?\d{4}", code) and country in _FIVE_DIGIT_POSTCODES)


def _town_before_country(segment: str) -> dict[str, str] | None:
    """The known town written just before the country that ends an address, whatever a street or a district before
    it is named after: "Col. Roma Norte, Ciudad de México, México" (not Rome), "Av. José Larco 1150, Miraflores,
    Lima, Peru", "Providencia, Santiago, Chile" (towns that are also people's names count only there). None when
    that part is no known town ("Guildford, Surrey, UK", "Rosario, Santa Fe, Argentina": a county, a province), or
    when an earlier part is a known town whole ("Guildford"), which the gazetteer's reading gives."""
    parts = [part.strip() for part in segment.rstrip(" ,.").split(",")]
    if len(parts) < 2:
        return None
    country = geo.find_places(parts[-1])
    written = re.sub(r"^the\s+", "", fold(parts[-1]).strip())  # ("the Netherlands")
    if len(country) != 1 or country[0][0] != "country" or written != country[0][1]:
        return None
    code = country[0][2]
    # ("X5000 Córdoba", "5500 Mendoza", "Toamasina 501": a postcode before or after the town)
    town = _TOWN_TAIL_RE.sub("", re.sub(r"^(?:[A-Z]{1,2}-?)?\d{4,5}\s+", "", parts[-2]))
    folded = fold(town).strip()
    if any(_whole_city(fold(part).strip()) for part in parts[:-2]):
        return None
    if _whole_city(folded) or code in geo.NAMED_CITIES.get(folded, ()):
        return {"city": town, "countryCode": code}
    # ("Berlin-Kreuzberg, Germany", "Hamburg-Altona", "Zürich-Oerlikon": the German-speaking countries name a town's
    # district after it, joined by a hyphen; the town is the person's)
    head = town.split("-")[0].strip()
    places = geo.find_places(head)
    if (
        code in _DISTRICT_AFTER_TOWN
        and "-" in town
        and _whole_city(fold(head).strip())
        and places[0][2] == code
        and fold(town).strip() not in _GERMAN_SPEAKING_REGIONS  # (not "Schleswig-Holstein, Germany", a state)
    ):
        return {"city": head, "countryCode": code}
    return None


_DISTRICT_AFTER_TOWN = frozenset({"DE", "AT", "CH"})


# A field's label before the town ("Adresse Rennes (35)", "Ville : Toulon (83)"), written without its colon by form-like
# sidebars; the town is capitalised after it ("Ville d'Avray (92)" is a town's name).
_ADDRESS_LABEL_RE = re.compile(
    r"^(?i:adresse|address|ville|city|lieu|domicile|localisation|location)\s*:?\s+(?=[A-ZÀ-Ý])"
)

# What opens a line that says where the person lives: "Based in", "Living in", "Résidant à", "Domiciliée à".
_LIVING_IN_RE = re.compile(
    r"^(?:(?:currently\s+)?(?:based|living|residing|located)\s+in|r[ée]sidant(?:e)?\s+[àa]|habite\s+[àa]|"
    r"domicili[ée]e?\s+[àa])\s+(?=[A-ZÀ-Ý])",
    re.I,
)

# The clause after the place, when its subject is a team or a firm and not the person: "Located in Paris, our team
# delivers …", "Based in Lyon, we help SMEs …", "Located in Nantes, the agency …" (folded).
_OTHERS_CLAUSE_RE = re.compile(
    r",\s*(?:we|our|nous|notre|nos|(?:the|this|la|le|l'|cette|ce)\s*(?:team|company|firm|agency|group|studio|start-?up|"
    r"business|equipe|entreprise|societe|agence|cabinet|groupe|structure))\b"
)


# A town's name built as places are named, a particle between two names: "Croissy-sur-Seine", "Saint-Germain-en-Laye",
# "Bourg-la-Reine", "Southend-on-Sea", "Kingston upon Thames" (not "Capgemini", "La Poste", "Saint-Gobain": an
# employer's name has the shape of a town's of one word).
_COMPOUND_TOWN_RE = re.compile(
    r"[^\W\d_]-(?:sur|sous|en|le|la|les|lès|lez|de|du|des|aux|au|on|upon|under|am|an|im|bei)-[A-ZÀ-Ý]"
    r"|[^\W\d_] upon [A-Z]"
)


def _unknown_town_before_country(segment: str, *, contact: bool = False) -> dict[str, str] | None:
    """A town the gazetteer does not know, alone before the country that ends an address, when its name is built as
    a place's (``_COMPOUND_TOWN_RE``): "Croissy-sur-Seine, France", "12 Elm Close, Stratford-upon-Avon, United
    Kingdom" (a street, with its figures, before it). None when the part before the country is no town's name (a
    département or a region, "Haute-Savoie, France", "Île-de-France, France"; a county, "Surrey, UK"; a label, a
    title, a school, an employer, a person), or when a town's name may come before it (a province, "Rosario, Santa
    Fe, Argentina").

    ``contact``: the segment shares its line with the e-mail or the phone number ("Tübingen, Germany – +49 1512 …",
    "Évry-Courcouronnes, France | +33 …"), which makes a town of a name of any shape."""
    parts = [part.strip() for part in segment.rstrip(" ,.").split(",")]
    if len(parts) < 2 or any(_town_alone(part) for part in parts[:-2]):
        return None
    country = geo.find_places(parts[-1])
    written = re.sub(r"^the\s+", "", fold(parts[-1]).strip())
    if len(country) != 1 or country[0][0] != "country" or written != country[0][1]:
        return None
    town = _TOWN_TAIL_RE.sub("", re.sub(r"^(?:[A-Z]{1,2}-?)?\d{4,5}\s+", "", parts[-2]))
    folded = fold(town).strip()
    if (
        # (a compound town's name may run to four words, "Barrow upon Soar"; a name the contact line alone vouches for,
        # to two)
        len(town.split()) > (4 if _COMPOUND_TOWN_RE.search(town) else 2)
        or not (_COMPOUND_TOWN_RE.search(town) or contact)
        or not _town_alone(town)
        or geo.find_places(town)
        or geo.french_area(town) is not None
        or folded in geo.REGIONS
        or not _town_shape(town, "")
        or (len(town.split()) >= 2 and given_name_hits(town.split()[0]))  # ("Marie Dupont, France": a person)
        or school_score(folded)
        or org_score(folded)
        or (contact and not _contact_town_shape(town))
    ):
        return None
    return {"city": town, "countryCode": country[0][2]}


# The states and regions of the German-speaking countries, in German and in English (folded), which stand before the
# country as a town would ("Bavaria, Germany", "Baden-Württemberg, Germany", "Tirol, Austria"), with no town of theirs
_GERMAN_SPEAKING_REGIONS_TEXT = """
    baden-wurttemberg | bayern | bavaria | berlin-brandenburg | brandenburg | hessen | hesse | mecklenburg-vorpommern |
    niedersachsen | lower saxony | nordrhein-westfalen | north rhine-westphalia | nrw | rheinland-pfalz |
    rhineland-palatinate | saarland | sachsen | saxony | sachsen-anhalt | saxony-anhalt | schleswig-holstein |
    thuringen | thuringia | rhein-main | rhein-neckar | ruhrgebiet | ruhr | allgau | franken | franconia | schwaben |
    swabia | westfalen | ostwestfalen | niederosterreich | oberosterreich | tirol | tyrol | vorarlberg | karnten |
    carinthia | steiermark | styria | burgenland | salzburger land"""
_GERMAN_SPEAKING_REGIONS = frozenset(" ".join(name.split()) for name in _GERMAN_SPEAKING_REGIONS_TEXT.split("|"))


def _contact_town_shape(town: str) -> bool:
    """Whether a name the gazetteer lacks, before the country on the line of the phone number or the e-mail, may be
    the person's town: not a region, nor one joined to a town ("Brandenburg-Berlin"), nor a level or a post
    ("Bilingue, France", "Consultant, France")."""
    folded = fold(town).strip()
    parts = {folded, *folded.split("-"), *folded.split()}
    return not (parts & _GERMAN_SPEAKING_REGIONS or level_of(folded) or title_score(folded))


# An Irish Eircode after its town: a routing key of a letter and two figures, then four letters or figures ("Galway
# H91 E2K7", "Dublin D02 X285", "Ballincollig P31 KX27").
_EIRCODE = r"(?:[AC-FHKNPRTV-Y]\d{2}|D6W)\s?[0-9AC-FHKNPRTV-Y]{4}"
# A British postcode after its town, the inward code optional ("London W11 2JA", "Edinburgh EH6 5JQ", "Kent CT20").
_UK_POSTCODE = r"[A-Z]{1,2}\d[A-Z\d]?(?P<inward>\s+\d[A-Z]{2})?"
_TOWN_WORDS = r"[A-ZÀ-Ý][\w'’.-]*(?:[ -](?:[A-ZÀ-Ý][\w'’.-]*|upon|on|under|le|la|de|in|the|by|sur|en))*"
_UK_TOWN_RE = re.compile(rf"^(?P<town>{_TOWN_WORDS})\s+{_UK_POSTCODE}$")
_IRISH_TOWN_RE = re.compile(rf"^(?P<town>{_TOWN_WORDS})\s+{_EIRCODE}$")
# An American state's letters and its ZIP code after the town's part ("Brooklyn, NY 11217", "New York, NY 10065").
_US_STATE_ZIP_RE = re.compile(r"^(?P<state>[A-Z]{2})\s+\d{5}(?:-\d{4})?$")
_US_STATES = geo.US_STATE_CODES
# An Australian state and its postcode after the town ("Glenelg, Adelaide SA 5045", "Parramatta, Sydney NSW 2150"), a
# Canadian province and its postal code after the town or in a part of their own ("Ottawa, ON K1C 7H3", "Halifax, Nova
# Scotia B3H 2Y9"): the town they follow is the post town, the parts before it its suburbs.
_AU_STATE_PART_RE = re.compile(
    rf"^(?P<town>{_TOWN_WORDS})\s+(?:{geo.AUSTRALIAN_STATES}|{geo.AUSTRALIAN_STATES_WITH_POSTCODE})\s+\d{{4}}$"
)
_CA_PROVINCES = (
    r"AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|QC|SK|YT|Ontario|Qu[eé]bec|Nova Scotia|New Brunswick|Manitoba|Saskatchewan|"
    r"Alberta|British Columbia|Prince Edward Island|Newfoundland(?: and Labrador)?"
)
_STATE_ADDRESS_SHAPES = {
    "CA": re.compile(rf"\b(?:{_CA_PROVINCES})\s+{_CA_POSTAL}\b"),
    "AU": _AUSTRALIAN_ADDRESS_RE,
}
_TOWN_POSTCODE_RE = re.compile(rf"^(?P<town>{_TOWN_WORDS})\s+(?P<code>\d{{4,6}})$")
_CA_PROVINCE_PART_RE = re.compile(rf"^(?:(?P<town>{_TOWN_WORDS})\s+)?(?:{_CA_PROVINCES})\s+{_CA_POSTAL}$")


def _post_town(part: str, before: str, last: bool, phone_region: str) -> dict[str, str] | None:
    """The town before an Australian state and postcode, a Canadian province and postal code, or a four-digit postcode
    ending the address in a part of its own ("Soweto, Johannesburg, 1804", "Durbanville, Cape Town, 7550"; the town
    known to be of a country of four-digit postcodes, or the phone number of one; not "Lyon, 2019", a year)."""
    australian = _AU_STATE_PART_RE.match(part)
    if australian and _town_alone(australian.group("town")):
        return {"city": australian.group("town"), "countryCode": "AU"}
    canadian = _CA_PROVINCE_PART_RE.match(part)
    town = (canadian.group("town") or before) if canadian else ""
    if town and _town_alone(town):
        return {"city": town, "countryCode": "CA"}
    coded = _TOWN_POSTCODE_RE.match(part)
    if coded and coded.group("code")[:2] not in ("19", "20") and _whole_city(fold(coded.group("town")).strip()):
        # ("Ang Mo Kio Ave 3, Singapore 560123": a known town and its postcode after it)
        return {"city": coded.group("town"), "countryCode": geo.find_places(coded.group("town"))[0][2]}
    if not (last and re.fullmatch(r"\d{4}", part) and part[:2] not in ("19", "20") and _town_alone(before)):
        return None
    known = [place[2] for place in geo.find_places(before) if place[:2] == ("city", fold(before).strip())]
    country = known[0] if known else phone_region
    return {"city": before, "countryCode": country} if country in _FOUR_DIGIT_POSTCODES else None


# An Irish county after its town ("14 Westcourt, Ballincollig, Co. Cork": Ballincollig, not Cork).
_IRISH_COUNTY_PART_RE = re.compile(geo.COUNTY_PART, re.IGNORECASE)
# The town after a post office box, as French-speaking Africa writes addresses ("01 BP 1245 Bouaké 01", "BP 15432
# Dakar-Fann", a post office of Dakar): no postcode before it; its country may follow after a comma ("08 BP 2345
# Abidjan 08, Côte d'Ivoire").
_POST_BOX_RE = re.compile(
    r"\bB\.?\s?P\.?\s*\d{1,6}\s+(?P<town>[A-ZÀ-Ý][\w'’-]*(?:\s+[A-ZÀ-Ý][\w'’-]*)?)(?:\s+\d{1,2})?"
    r"(?:\s*,\s*(?P<country>[^,\d]+))?\s*$"
)
_TOWN_ALONE_RE = re.compile(rf"^{_TOWN_WORDS}$")


def _town_alone(text: str) -> bool:
    """Whether a part of an address is only a town's name: capitalised words, no street ("Leith Walk"), no county."""
    folded = fold(text).strip()
    return (
        bool(_TOWN_ALONE_RE.match(text))
        and not _ADDRESS_RE.search(text)
        and not _STREET_WORDS_RE.search(folded)
        and folded not in geo.COUNTIES
        and not any(word in _PLACE_WORDS | _STREET_TYPES for word in folded.split())
    )


# What may follow a town's name in its part of an address: a district's number or a postcode ("Dublin 4", "Edinburgh
# EH6 5JQ", "Toamasina 501").
_TOWN_TAIL_RE = re.compile(rf"\s+(?:\d{{1,3}}|{_UK_POSTCODE.replace('?P<inward>', '')}|{_EIRCODE})\s*$")
# Labels in capitals before a value ("MAIL", "LIEU", "VILLE,"), which the value's capitalised words end.
_CAPITAL_LABELS_RE = re.compile(r"^(?:[A-ZÀ-Ý]{2,}[\s,:]+)+(?=[A-ZÀ-Ý][a-zà-ÿ])")


def _entry_before(parts: list[str]) -> bool:
    """Whether the parts before a town's say where a job or studies are, no home: a title, a school or an employer
    ("Data Analyst, Capital One, Richmond, VA 23219", "Student, University of Texas at Austin, Austin, TX 78712",
    "Currently: Warehouse Supervisor, Amazon, Dunstable LU5 4RT"). Not with a figure among them, which a street, a flat
    or a room has ("Room C12, Hall B2, University of York, York YO10 5DD", "Block B1, Media City, Salford M50 2EQ")."""
    if any(re.search(r"\d", part) for part in parts):
        return False
    return any(title_score(fold(part)) >= 1 or school_score(fold(part)) or org_score(fold(part)) for part in parts)


def _abroad(town: str, letters: str, calling: str) -> str | None:
    """The country of a town before two capitals and five figures that are no American state and ZIP code: the
    country those letters name when the gazetteer puts the town there ("Berlin, DE 10115", "Casablanca, MA 20250"),
    or the phone number's written with a calling code outside North America's plan, where the gazetteer puts the town
    ("Milano, MI 20123" beside "+39 347 …"); "" for no reading (an Italian province, "Como, CO 22100" beside "+39 …");
    None for an American town ("Brooklyn, NY 11217", "Paris, TX 75460" beside "(903) 555-0101")."""
    known = {place[2] for place in geo.find_places(town) if place[:2] == ("city", fold(town).strip())}
    if letters in known:
        return letters
    if not calling or phonenumbers.country_code_for_region(calling) == 1 or "US" in known:
        return None
    return calling if calling in known else ""


def _addressed_town(segment: str, phone_region: str, calling: str = "") -> dict[str, str] | None:
    """The town an address's own structure points at, known to the gazetteer or not: before a British postcode
    ("41 Warwick Road, Solihull B91 1AA"; before its county, "Folkestone, Kent CT20"), before an American state and
    ZIP code ("Brooklyn, NY 11217"), before an Irish county ("Ballincollig, Co. Cork"), after a post office box
    ("01 BP 1245 Bouaké 01"). A British postcode without its inward code counts beside a British number only.
    ``calling``: the country of a phone number written with its calling code."""
    # (what a separator the segments keep, or a phone number taken out, leaves at a part's end: "NY 11111 ~ (")
    parts = [re.sub(r"\W+$", "", part.strip()) for part in segment.rstrip(" ,.").split(",")]
    for k, part in enumerate(parts):
        before = parts[k - 1] if k else ""
        if _entry_before(parts[: max(k - 1, 0)] if _US_STATE_ZIP_RE.match(part) else parts[:k]):
            continue
        uk = _UK_TOWN_RE.match(part)
        # (+44 numbers of the Channel Islands and Man read as GG, JE, IM: "+44 7911 123456"; the outward code alone
        # ends the address, "Sevenoaks TN13", "Folkestone, Kent CT20": not "Level E2, Canary Wharf", a floor)
        outward = phone_region in ("GB", "GG", "JE", "IM") and k == len(parts) - 1
        # (no premises and their letter and number: "Unit A3", "Floor F3", "Block B1", "Suite G2", "Terminal T2")
        premises = uk and fold(uk.group("town")).split()[0] in _UNIT_WORDS | _PREMISES_WORDS
        # (nor a language's level or a licence's category, which have an outward code's shape: "German A2", "Full
        # Driving Licence C1", "Excel • French B2"; a town alone needs the gazetteer or the address's street before it)
        if outward and uk and not uk.group("inward"):
            code = part[uk.end("town") :].strip()
            outward = not re.fullmatch(r"[A-C][12]", code) and (
                len(code) >= 3  # ("Sevenoaks TN13", "Kent CT20")
                or _whole_city(fold(uk.group("town")))
                or fold(uk.group("town")) in geo.COUNTIES
                or bool(k and re.search(r"\d", parts[k - 1]))
            )
        if uk and not premises and (uk.group("inward") or outward):
            town = uk.group("town")
            if fold(town) in geo.COUNTIES and _town_alone(before):
                town = before
            elif before and _whole_city(fold(before).strip()) and geo.find_places(before)[0][2] == "GB":
                # ("Croydon, London CR0": a town of its own, its own post town, before the city it has grown into)
                town = before
            if _town_alone(town):
                return {"city": town, "countryCode": "GB"}
        location = _post_town(part, before, k == len(parts) - 1, phone_region)
        if location:
            return location
        us = _US_STATE_ZIP_RE.match(part)
        # ("11111 Any Street. New York, NY 11111": the town after the street's full stop; not after a saint's, a
        # fort's or a mount's, "St. Louis, MO 63101", "Ft. Worth", "Mt. Pleasant")
        cut = re.match(r"^(.*)\.\s+(.*)$", before)
        town = cut.group(2) if cut and not re.fullmatch(r"[A-Z][a-z]{1,2}", cut.group(1)) else before
        if us and us.group("state") in _US_STATES and _town_alone(town):
            abroad = _abroad(town, us.group("state"), calling)
            if abroad is None:
                return {"city": town, "countryCode": "US"}
            if abroad:
                return {"city": town, "countryCode": abroad}
        # ("Somerville, MA" beside "(617) 555-0134": a state's letters alone, no ZIP code, end the address of a North
        # American number)
        if (
            k
            and k == len(parts) - 1
            and part in _US_STATES
            and phone_region == "US"
            and _town_alone(before)
            and len(parts) <= 3
        ):
            return {"city": before, "countryCode": "US"}
        if _IRISH_COUNTY_PART_RE.match(part) and _town_alone(before):
            return {"city": before, "countryCode": "IE"}
        irish = _IRISH_TOWN_RE.match(part)
        if irish and _IRISH_COUNTY_PART_RE.match(irish.group("town")):
            # ("Ballincollig, Co. Cork P31 KX27": the county before the Eircode, the town before it)
            if _town_alone(before):
                return {"city": before, "countryCode": "IE"}
        elif irish and _town_alone(irish.group("town")) and fold(irish.group("town")).split()[0] not in _UNIT_WORDS:
            return {"city": irish.group("town"), "countryCode": "IE"}  # "Claddagh Quay, Galway H91 E2K7"
        # ("Cirencester, Gloucestershire", "Reading, Berkshire, UK": a British county ending the address, no postcode;
        # not "Kent" alone nor "Kent, UK", a county with no town before it)
        after = [fold(rest).strip() for rest in parts[k + 1 :]]
        if (
            k
            and fold(part).strip() in geo.COUNTIES
            and all(geo.COUNTRIES.get(rest) == "GB" for rest in after)
            and _town_alone(before)
        ):
            return {"city": before, "countryCode": "GB"}
    box = _POST_BOX_RE.search(segment)
    written = box and box.group("country") and geo.find_places(box.group("country"))
    if box and (not box.group("country") or (written and written[0][0] == "country")):
        town = box.group("town")
        last = town.split()[-1]
        country = geo.find_places(last)
        if len(town.split()) >= 2 and country and country[0][:2] == ("country", fold(last)):
            town = town[: -len(last)].strip()  # ("BP 12 Kolda Sénégal": a town the gazetteer lacks, its country)
        # ("Dakar-Fann": a post office named after its district of a known town)
        head = town.split("-")[0]
        known = geo.find_places(town) or geo.find_places(head)
        if known and known[0][0] == "city" and fold(head).strip() == known[0][1] and not _whole_city(fold(town)):
            town = head
        # ("BP 5432 Dakar Sénégal", "B.P. 1234 Yaoundé Cameroun", "BP 1234 Dakar RP", "01 BP 1234 Abidjan Plateau": a
        # known town of the phone number's country, then its country, its post office or its district; not "BP 12
        # Porto Novo" beside a number of Benin, nor "BP 45 Bobo Dioulasso", whose first word is no known town)
        first = town.split()[0]
        known = geo.find_places(first)
        if (
            first != town
            and _whole_city(fold(first))
            and not _whole_city(fold(town))
            and (known[0][2] == phone_region or not phone_region)
        ):
            town = first
        known = geo.find_places(town)
        code = known[0][2] if known and known[0][0] == "city" else phone_region
        return {"city": town, "countryCode": code} if code else {"city": town}
    return None


def _whole_city(folded: str) -> bool:
    places = geo.find_places(folded)
    return len(places) == 1 and places[0][:2] == ("city", folded)


# A name before an e-mail address in angle brackets, as mail programs write it ("Nancy Durand <nancy@…>"): the
# address's owner, no place.
_DISPLAY_NAME_RE = re.compile(r"[^<>|•·,:;]*<\s*[^<>\s]+@[^<>\s]+\s*>")
# An account's name with a dot inside, left when the e-mail is taken out ("skype: florence.paris"): lower-case parts
# of two characters or more (not an abbreviated street, "2 r.de la Paix", nor a town, "St.Etienne").
_HANDLE_RE = re.compile(r"(?<![\w.])[a-z0-9_-]{2,}(?:\.[a-z0-9_-]{2,})+(?![\w.])")
# An account named after its service's label ("Skype : marie_lyon", "Instagram @nice.photos"): a name, no place.
_ACCOUNT_RE = re.compile(
    r"(?<!\w)(?:skype|discord|instagram|insta|twitter|telegram|snapchat|tiktok|github|gitlab|behance|dribbble|"
    r"threads|bluesky|mastodon|teams)\b\s*(?::\s*@?|@)\S+",
    re.IGNORECASE,
)
# A remark in brackets beside a phone number: where the number rings ("Tél. pro (siège Lyon) 04 72 …", "Mobile : 06 12
# 34 56 78 (Paris)"), not where the person lives.
_REMARK_RE = re.compile(r"\([^()\d]*\)")


def own_contact_lines(texts: list[str], email: str, phone: str, name: str) -> list[str]:
    """The lines that hold the person's own e-mail address or phone number (E.164), the name taken out ("Julien
    Bernard · 14 cours de la Somme, 33800 Bordeaux · 06.58.14.22.09 · julien.bernard@example.fr" in a footer)."""
    # (the number's last eight digits, as any way of writing it keeps them)
    tail = re.sub(r"\D", "", phone)[-8:]
    out = []
    for text in texts:
        if (email and email in text.lower()) or (len(tail) == 8 and tail in re.sub(r"\D", "", text)):
            out.append(re.sub(re.escape(name), " ", text, flags=re.IGNORECASE).strip() if name else text)
    return out


def find_location(texts: list[str], *, phone_region: str = "", country: str = "") -> dict[str, str]:
    """{"city", "countryCode", "postalCode"?} from the contact lines.

    ``phone_region`` (the phone number's country) gives the country of a town the gazetteer does not know. With
    ``country``, the lines are a job's, a school's or a profile's among the first ones ("Schneider Electric,
    Monterrey"): only a town of that country is the person's, a last guess, and no postcode is read there."""
    # (a country alone is the last reading: "Sales Director – UK & Ireland" over "Clontarf, Dublin 3" names the
    # territory of the job, the line under it the town)
    alone: dict[str, str] = {}
    for location in _locations(texts, phone_region, country):
        if not country or location.get("countryCode") == country:
            if location.get("city"):
                return location
            alone = alone or location
    return alone


# A postcode set apart between commas after a street, its town in the next part, as the Europass form writes an address
# ("8 rue Jean Moulin, 69300, Caluire-et-Cuire, France").
_POSTCODE_PART_RE = re.compile(r",\s*(\d{5})\s*,\s*(?=[A-ZÀ-Ý])")


def _postcode_part_joined(segment: str) -> str:
    """The segment with a postcode set apart after a street joined to the town after it ("…, 69300 Caluire-et-Cuire,
    France"); unchanged with no street before it (not "CDI, 35000, Rennes": a salary)."""
    match = _POSTCODE_PART_RE.search(segment)
    if match is None or not _STREET_WORDS_RE.search(fold(segment[: match.start()])):
        return segment
    return f"{segment[: match.start()]}, {match.group(1)} {segment[match.end() :]}"


# A remark in brackets that ends on a year, where a headline says when and where something happened: "Attorney at Law
# (New York, 2014)", "Avocat (Paris Bar, 2015)". No address is written so.
_DATED_REMARK_RE = re.compile(r"\([^()]*[^\W\d_][^()]*,\s*(?:19|20)\d\d\s*\)")


# A town before its French département named in full, the country after it or not: "Seignosse, Landes (France)",
# "Saint-Pée-sur-Nivelle, Pyrénées-Atlantiques, France".
_TOWN_DEPARTMENT_RE = re.compile(r"^(?P<town>[^,()]+),\s*(?P<area>[^,()]+?)\s*(?:[,(]\s*(?i:france)\s*\)?)?$")


def _town_before_department(segment: str) -> dict[str, str] | None:
    """The town of "Seignosse, Landes (France)", known to the gazetteer or not: a town's name before a French
    département (not a region, "Bretagne", whose towns are too many to vouch for one; nor a title, an employer or a
    school before it, "Mairie de Mérignac, Gironde")."""
    match = _TOWN_DEPARTMENT_RE.match(segment.strip())
    if match is None or not geo.french_area(match.group("area")):
        return None
    town = match.group("town").strip()
    folded = fold(town).strip()
    if (
        len(town.split()) > (4 if _COMPOUND_TOWN_RE.search(town) else 2)
        or not _town_alone(town)
        or geo.french_area(town) is not None
        or not _town_shape(town, "")
        or (len(town.split()) >= 2 and given_name_hits(town.split()[0]))
        or school_score(folded)
        or org_score(folded)
    ):
        return None
    return {"city": town, "countryCode": "FR"}


def _lone_compound_town(segment: str) -> bool:
    """A line of the contact block that is a town's name alone, built as French and English towns' are, which the
    gazetteer does not know ("Aulnay-sous-Bois", "Saint-Germain-en-Laye", "Stratford-upon-Avon")."""
    folded = fold(segment).strip()
    return (
        bool(_COMPOUND_TOWN_RE.search(segment))
        and len(segment.split()) <= 3
        and _town_alone(segment)
        and _town_shape(segment, "")
        and geo.french_area(segment) is None
        and folded not in geo.REGIONS
        and not (school_score(folded) or org_score(folded) or title_score(folded) >= 1.0)
    )


# Where the person would go, and the places after it: "Mobilité : Londres, Berlin", "Mobile sur toute la France", "Open
# to relocation: Dublin, Amsterdam", "Willing to relocate to Toronto" (not "Mobile : 06 …", a phone's label).
_MOVING_RE = re.compile(
    r"\bmobilit[ée]s?\b|\bmobiles?\s+(?:sur|en|dans|à|a)\s|\b(?:open|willing|ready|happy|able)\s+to\s+(?:relocat|move)|"
    r"\brelocation\b|\bprête?\s+à\s+(?:déménager|bouger)",
    re.I,
)


def _locations(texts: list[str], phone_region: str, country: str) -> Iterator[dict[str, str]]:
    """The readings of the lines' places, the likeliest first: a postcode's town before a town alone; with
    ``country``, only the towns alone that the gazetteer puts in that country ("Ambassade de France, Quito" is in
    Ecuador)."""
    addresses = not country
    segments = []
    lines: dict[str, str] = {}  # the address a piece of a long one was cut from
    texts = list(texts)
    for index, text in enumerate(texts[:-1]):
        if _CUT_TOWN_RE.search(text.rstrip(" ,")) and texts[index + 1][:1].isupper():
            texts[index] = f"{text.rstrip(' ,')} {texts[index + 1].strip()}"  # "… 2300 La" / "Chaux-de-Fonds"
        elif (
            _CUT_POSTCODE_RE.search(text)
            and _STREET_WORDS_RE.search(fold(text))
            and _WRAPPED_TOWN_RE.match(texts[index + 1])
            and not texts[index + 1].isupper()
            and not given_name_hits(texts[index + 1])
            # (a town's shape: not "Chargée de recrutement", "Développeuse Full Stack", "Disponible immédiatement",
            # "Permis B" under "4 impasse du Moulin, 49000")
            and _town_shape(texts[index + 1].strip(), text.rstrip()[-5:])
        ):
            texts[index] = f"{text.rstrip()} {texts[index + 1].strip()}"  # "45 cours de Verdun, 33000" / "Bordeaux"
    beside_contact: set[str] = set()  # the segments of a line that holds the e-mail or the phone number
    for text in texts:
        text = _DATED_REMARK_RE.sub(" ", text)
        # (the places the person would move to are not where they live: "Mobilité : Londres, Berlin")
        moving = _MOVING_RE.search(text)
        text = text[: moving.start()] if moving else text
        contact_line = has_email(text) or _PHONE_RUN_RE.sub(_without_phone_number, text) != text
        for segment in _SEGMENT_RE.split(text):
            segment = segment.strip()
            if segment and _NOT_PLACE_RE.search(segment):
                # "10 rue Plantagenêt, 49100 Angers 06 77 40 52 18 romain@gmail.com": the address before the
                # e-mail and the phone number on a line that spaces alone part (and not what goes with the e-mail:
                # "Contact : Nancy Durand <nancy.durand@gmail.com>", "skype: florence.paris")
                segment = EMAIL_RE.sub(" ", _DISPLAY_NAME_RE.sub(" ", segment))
                segment = _BARE_DOMAIN_RE.sub(" ", _URL_RE.sub(" ", segment))
            if segment:
                segment = _HANDLE_RE.sub(" ", _ACCOUNT_RE.sub(" ", segment)).strip()
            if sum(ch.isdigit() for ch in segment) >= 8:
                # (the postcode's digits no part of the number after it: "Ottawa, ON K1C 7H3 613 555 0191")
                segment = _POSTCODE_BEFORE_NUMBER_RE.sub(r"\g<0>,", segment)
                without = _PHONE_RUN_RE.sub(_without_phone_number, segment)
                if without != segment:
                    without = _REMARK_RE.sub(" ", without)  # "Mobile : 06 12 34 56 78 (Paris)"
                    # ("1190 Bruxelles GSM : 0476 23 45 18", "Abidjan / Cel : +225 …": the number's label after the
                    # town, left when the number went)
                    without = _PHONE_LABEL_TAIL_RE.sub("", without.rstrip(" /"))
                # (and the plus of a calling code, left before where the number was: "Seignosse, Landes +33 6 …")
                segment = without.strip(" /+")
            if not segment or _NOT_PLACE_RE.search(segment):
                continue
            living = _LIVING_IN_RE.match(segment)
            if living and _OTHERS_CLAUSE_RE.search(fold(segment[living.end() :])):
                continue  # "Located in Paris, our team delivers …": where a firm or a team is, in the summary's prose
            if living:
                # "Based in Cognac, France (until end of November)": where the person lives, which vouches for a town
                # of any shape as a contact line does (the remark in brackets after it says for how long)
                segment = re.sub(r"\s*\([^()]*\)\s*$", "", segment[living.end() :]).strip()
                contact_line = True
            if sum(ch.isdigit() for ch in segment) < 8 or _POST_BOX_RE.search(segment):
                segments.append(segment)
                if contact_line:
                    beside_contact.add(segment)
            elif segment.count(", ") >= 2 or any(
                _STREET_WORDS_RE.search(fold(piece)) or _POSTCODE_CITY_RE.search(piece) for piece in segment.split(", ")
            ):
                # "ul. Kościuszki 12/4, 87-100 Toruń, Pologne", "45 avenue du 8 Mai 1945, 38130 Échirolles": an
                # address whose street and postcode hold many digits (not "CDI depuis le 01/02/2019, Toulouse", a
                # job's dates and town)
                pieces = [piece for piece in segment.split(", ") if sum(ch.isdigit() for ch in piece) < 8]
                segments.extend(pieces)
                lines.update(dict.fromkeys(pieces, segment))
    # "Toamasina 501" over "Madagascar": a town's line and its country's, read as one ("Toamasina 501, Madagascar")
    for index, segment in enumerate(segments[:-1]):
        after = geo.find_places(segments[index + 1])
        if (
            addresses
            and "," not in segment
            and len(after) == 1
            and after[0][0] == "country"
            and fold(segments[index + 1]).strip() == after[0][1]
            and _TOWN_ALONE_RE.match(_TOWN_TAIL_RE.sub("", segment))
        ):
            segments[index] = f"{segment}, {segments[index + 1]}"
    polish = any(fold(segment) in ("pologne", "poland", "polska") for segment in segments)
    for segment in segments:
        match = _POLISH_POSTCODE_RE.search(segment)
        town = geo.find_places(match.group(2)) if match else []
        if match and (polish or (town and town[0][2] == "PL")):  # "87-100 Toruń, Pologne", "00-950 Warszawa"
            yield {"city": match.group(2), "postalCode": match.group(1), "countryCode": "PL"}
    calling = _calling_country(texts)
    for segment in segments:
        location = _addressed_town(lines.get(segment, segment), phone_region, calling) if addresses else None
        if location:
            yield location
            continue
        match = _POSTCODE_CITY_RE.search(_postcode_part_joined(segment))
        if match:
            city = _CEDEX_RE.sub("", clean(re.split(r"[,(|–—]| - ", match.group(2))[0]))
            places = geo.find_places(segment)
            # (the five digits of a French postcode, unless the country, a German street or the town right after the
            # postcode, in a country of five-digit postcodes, says otherwise: "Am Westpark 14, 85057 Ingolstadt",
            # "10115 Berlin"; not "12 rue de Londres, 75009 Paris", nor "83440 Mons")
            found = next((p[2] for p in places if p[0] == "country"), "")
            found = found or ("DE" if _GERMAN_ADDRESS_RE.search(segment) else "")
            town = geo.find_places(city)
            if not found and town and town[0][0] == "city" and town[0][1] not in geo.AMBIGUOUS_CITIES:
                found = town[0][2] if town[0][2] in _FIVE_DIGIT_POSTCODES else ""
            yield {"city": city, "postalCode": match.group(1), "countryCode": found or "FR"}
            continue
        match = _CITY_POSTCODE_RE.match(segment)
        if addresses and match and not match.group(1).isupper() and _town_shape(match.group(1), match.group(2)):
            # "Valbonne, 06560" (not "CDI, 35000"); the country of a town the gazetteer does not know is the phone
            # number's when its postcodes have five digits ("Springfield, 62704" over "(217) 392-0146")
            town = geo.find_places(match.group(1))
            known = town[0][2] if town and town[0][0] == "city" else ""
            found = known or (phone_region if phone_region in _FIVE_DIGIT_POSTCODES else "FR")
            yield {"city": match.group(1), "postalCode": match.group(2), "countryCode": found}
            continue
        location = (
            _short_postcode_city(segment, lines.get(segment, segment), texts, phone_region) if addresses else None
        )
        if location:
            yield location
    named = {place[1] for segment in segments for place in geo.find_places(segment) if place[0] == "city"}
    for segment in segments:
        # ("LIEU Valognes (50)", "VILLE, Toulon (83)": the label in capitals before the town)
        match = _CITY_DEPARTMENT_RE.match(_ADDRESS_LABEL_RE.sub("", _CAPITAL_LABELS_RE.sub("", segment)))
        if addresses and match and not match.group(1).isupper() and _town_shape(match.group(1), match.group(2)):
            yield {"city": match.group(1), "countryCode": "FR"}  # "06 12 34 56 78 • Pornic (44)"
            continue
        location = _town_before_department(segment) if addresses else None
        if location:
            yield location
            continue
        places = geo.find_places(segment)
        if not places:
            if addresses and segment in texts and _lone_compound_town(segment):
                yield {"city": segment, "countryCode": phone_region} if phone_region else {"city": segment}
            continue
        location = _town_before_country(segment)
        if location:
            yield location
            continue
        folded = fold(segment)
        if title_score(folded) >= 1.5 or school_score(folded):
            continue
        remaining = folded
        for _kind, name, _code in places:
            remaining = remaining.replace(name, " ")
        if org_score(remaining):
            continue
        # (or a part of the address, between its commas, that is a town alone, with a district's number or a
        # postcode: "Sicap Liberté 6, Villa n° 6543, Dakar", "18 Herbert Park, Ballsbridge, Dublin 4, D04 X2C5")
        brief = len(segment.split()) <= 6 or _ADDRESS_RE.search(segment)
        short = brief or any(_whole_city(fold(_TOWN_TAIL_RE.sub("", part)).strip()) for part in segment.split(","))
        # (a town that is also a word only in a brief segment or an address: not "Hobbies: Football, Reading, Chess,
        # playing guitar …", "visites guidées, tours, animation …", "liaisons, valence, spectroscopie …")
        cities = [p for p in places if p[0] == "city" and (p[1] not in geo.AMBIGUOUS_CITIES or brief)]
        # (not a district of a town the address names too: "Cocody Angré" over "Abidjan, Côte d'Ivoire")
        cities = [p for p in cities if geo.DISTRICTS.get(p[1]) not in named]
        cities = [p for p in cities if not country or p[2] == country]
        countries = [p for p in places if p[0] == "country" and p[1] != "us"]
        if cities and (short or countries):
            for place in cities:
                # (one reading per town: "Bar Tokyo, Nantes" beside a French number is in Nantes)
                start = folded.find(place[1])
                written = segment[start : start + len(place[1])]
                code = countries[0][2] if countries else place[2]
                yield {"city": written, "countryCode": code}
            continue
        # (a long address is read too when its line holds the e-mail or the phone number: "Jl. Wijaya I No. 48,
        # Jakarta, Indonésie – +62 812 …")
        contact = segment in beside_contact
        unknown = _unknown_town_before_country(segment, contact=contact) if countries and (short or contact) else None
        if unknown:
            yield unknown
        elif countries and short and len(segment.split()) <= 3:
            yield {"countryCode": countries[0][2]}


# Lines under the name that are contact details, not a title: a street address, a postal code, a web address,
# a field label ("Address", "Local Address"), a document title.
_CONTACT_LINE_RE = re.compile(
    r"^\d+[\s,]|\b\d{5}\b|\b(?:street|st|avenue|ave|road|rd|drive|dr|lane|ln|blvd|boulevard|way|court|ct|place|"
    r"po box|rue|allee|chemin|impasse|linkedin|github|website|www|http|https|address|adresse|curriculum vitae|"
    r"resume|cv)\b|\.(?:com|org|net|io|fr|edu)\b",
    re.IGNORECASE,
)


def _contact_like(text: str) -> bool:
    return bool(
        has_email(text)
        or sum(ch.isdigit() for ch in text) >= 6
        or _CONTACT_LINE_RE.search(fold(text))
        or (geo.find_places(text) and not title_score(fold(text)))
    )


# "Title: …", "Current position: …", "Poste : …", "Fonction actuelle : …": a field that states the job title.
_POSITION_LABEL_RE = re.compile(
    r"^\s*(?:\d{1,2}[.)]\s*)?(?:(?:current|present)\s+(?:position|title|role|job)|job\s+title|title|position|designation|"
    r"poste(?:\s+actuel|\s+occup[ée]|\s+recherch[ée])?|fonction(?:\s+actuelle)?|intitul[ée]\s+du\s+poste|titre)"
    r"\s*:\s*(.*)$",
    re.IGNORECASE,
)
# "Qualification: …", "Date of Birth: …", "SUMMARY: …": a short label, a colon, its value.
_FIELD_LABEL_RE = re.compile(r"^\s*([^:]{2,32}?)\s*:\s*(.*)$")
# "Address:", "Date of birth :": a field label alone, its value on the next line.
_BARE_LABEL_RE = re.compile(r"^[^:]{2,32}:$")
# "Developer - Infosys Limited", "Data Analyst | Lyon": a title and what follows it (an employer, a place).
_TITLE_SPLIT_RE = re.compile(r"\s+[|–—-]\s+|\s*[|•·]\s*")


def _title_of(text: str) -> str:
    """The job title a line states: the whole line, or its first part when that part is a title on its own
    ("Developer - Infosys Limited" → "Developer"); "" when it does not read as a title (a sentence, an
    organisation, a heading, contact details)."""
    text = clean(text)
    if not text or len(text) > 90 or text.endswith(".") or heading_kind(text, 1) or OBJECTIVE_RE.search(fold(text)):
        return ""
    parts = [part for part in _TITLE_SPLIT_RE.split(text) if part.strip()]
    candidates = ([parts[0]] if len(parts) > 1 else []) + [text]
    # "Test Analyst at Oracle, Hyderabad", "Consultant with Initech Ltd": the title before where it is held.
    held = title_and_employer(parts[0])
    if held is not None:
        candidates.insert(0, held[0])
    for candidate in candidates:
        candidate = strip_punct(candidate)
        if not candidate or _contact_like(candidate):
            continue
        folded = fold(candidate)
        title = title_score(folded)
        if title >= 0.7 and org_score(folded) < title:
            return candidate
    return ""


# "Marketing professional with 5+ years of …", "Ingénieure logiciel avec 6 ans d'expérience": the title a summary
# opens with, before "with" and what the person brings.
_BRINGS_RE = re.compile(r"\s*,?\s+(?:with|having|possessing|bringing|avec|fort d[e']|forte d[e'])\b", re.I)
# Words around the title in such a sentence (folded): articles, praise ("Result oriented", "Confident and capable",
# "passionnée").
_PRAISE_TEXT = """
    a an the un une and et & highly very result results oriented result-oriented results-oriented results-driven
    driven confident capable experienced seasoned dedicated motivated self-motivated highly-motivated dynamic
    passionate demonstrated accomplished creative detail-oriented enthusiastic hardworking hard-working versatile
    innovative skilled proven energetic organized organised reliable talented competent successful diligent
    committed qualified certified ambitious resourceful
    experimente experimentee passionne passionnee dynamique motive motivee rigoureux rigoureuse confirme confirmee
    autonome polyvalent polyvalente creatif creative curieux curieuse
"""
_PRAISE_WORDS = frozenset(_PRAISE_TEXT.split())
_SENTENCE_TEXT = "i am is are was were my me je suis j'ai mon ma mes have has worked work working"
_SENTENCE_WORDS = frozenset(_SENTENCE_TEXT.split())


def title_in_sentence(text: str) -> str:
    """The title a summary's first sentence opens with ("A Dev-Test Professional with 8+ years of …" → "Dev-Test
    Professional"), or "" when the sentence does not open with one."""
    text = clean(text)
    brings = _BRINGS_RE.search(text)
    if brings is None or OBJECTIVE_RE.search(fold(text[: brings.start()])):
        return ""
    words = strip_punct(text[: brings.start()].lstrip("•·-–—* ")).split()
    if not 1 <= len(words) <= 10:
        return ""
    if _SENTENCE_WORDS.intersection(fold(w).strip(",") for w in words):
        return ""  # "I am a hard worker with …": a sentence about the person, no title
    while words and fold(words[0]).strip(",") in _PRAISE_WORDS:
        words.pop(0)
    while words and fold(words[-1]).strip(",") in _PRAISE_WORDS:
        words.pop()
    candidate = strip_punct(" ".join(words))
    if not 1 <= len(words) <= 5 or any(ch.isdigit() for ch in candidate) or "," in candidate:
        return ""
    folded = fold(candidate)
    title = title_score(folded)
    return candidate if title >= 0.7 and org_score(folded) < title else ""


def _labelled_title(lines: list[Line], index: int) -> str | None:
    """For a "Label: value" line: the title it states ("Position: Paralegal", or the value on the next line
    when the label stands alone), "" for another field ("Date of Birth: …"); None when the line is no field."""
    text = clean(lines[index].text)
    position = _POSITION_LABEL_RE.match(text)
    if position:
        value = position.group(1).strip()
        if not value and index + 1 < len(lines):
            value = clean(lines[index + 1].text)
        return strip_punct(value) if 1 <= len(value.split()) <= 8 and not value.endswith(".") else ""
    field_match = _FIELD_LABEL_RE.match(text)
    if not field_match or len(field_match.group(1).split()) > 5:
        return None
    # "Voice Coach: certified in …": a title of two words or more before the colon.
    label = field_match.group(1)
    return _title_of(label) if len(label.split()) >= 2 and not heading_kind(label, 1) else ""


def find_headline(lines: list[Line], name_index: int, skip: set[int]) -> str:
    """The person's job title near the name ("Développeuse Python senior"): the first line under the name that is
    not a contact detail, when it reads as a job title (a street address, a web address, a city, a date or a field
    label is not one); else what follows the name on its line ("Jean Dupont — Développeur Python"); else the line
    just above the name ("Data Engineer", "Data Engineer Resume")."""
    if name_index < 0:
        return ""
    for index in range(name_index + 1, min(len(lines), name_index + 8)):
        if index in skip:
            continue
        text = clean(lines[index].text)
        if not text or _contact_like(text):
            continue
        name_text = clean(lines[name_index].text)
        if index == name_index + 1 and " " not in name_text + text and _name_shape(f"{name_text} {text}"):
            continue  # "Jean" / "DUPONT": the second half of the name
        if index > name_index + 1 and _BARE_LABEL_RE.match(clean(lines[index - 1].text)):
            continue  # "Address:" / "Vic": the value of the field above
        labelled = _labelled_title(lines, index)
        if labelled:
            return labelled
        if labelled is not None:
            if heading_kind(text.split(":", 1)[0], 1):
                break  # "SUMMARY: …" opens the body
            continue
        title = _title_of(text) if len(text) <= 90 and not heading_kind(text, 1) else ""
        if title:
            return title
        title = title_in_sentence(text) if index <= name_index + 3 else ""
        if title:
            return title
        break
    # "Jean Dupont — Développeur Python", "Allen King ESB Integration Developer - Cisco Systems"
    text = clean(lines[name_index].text)
    head = _flattened_prefix(text)
    if head and text.startswith(head):
        rest = text[len(head) :]
    else:
        parts = re.split(r"\s+[|–—-]\s+", text, maxsplit=1)
        rest = parts[1] if len(parts) == 2 else ""
    title = _title_of(rest.strip(" |–—-,")) if rest else ""
    if title:
        return title
    # "Senior Data Analyst" or "Data Analyst Resume" just above the name.
    if 0 < name_index <= 6:
        above = clean(lines[name_index - 1].text)
        stated = _POSITION_LABEL_RE.match(above)
        if stated:
            above = stated.group(1).strip()  # "Titre : Responsable comptable": the title without its label
        return _title_of(document_title(above) or above) if above else ""
    return ""

"""Skills from the caller's taxonomy, found anywhere in the CV.

The matcher is a token trie built from every French label, English label and alias of the taxonomy. Text and
labels are cut into the same tokens (accent- and case-folded; "c++", "c#", ".", "net" …), so a match always
starts and ends on token boundaries ("C" never matches inside "CSS", "Go" never inside "Google") and the
longest label wins ("Java" does not match inside "JavaScript", "Spring Boot" beats "Spring"). Built once per
taxonomy version and kept in a module-level cache, so a worker process builds it once.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field

from ..taxonomy import SkillEntry, Taxonomy
from . import geo
from .languages import language_names
from .names import GIVEN_NAMES
from .text import fold, is_short_list

# One token: letters/digits with trailing "+"/"#" ("c++", "c#", "f#"), or one other non-space character.
_TOKEN_RE = re.compile(r"[^\W_]+[+#]*|[^\w\s]", re.UNICODE)
# Single words that are also ordinary words: they must be written with a capital (or in capitals) to count.
_AMBIGUOUS = {
    "go", "r", "c", "d", "rust", "swift", "spring", "express", "less", "make", "ant", "chef", "puppet", "salt",
    "access", "word", "dart", "julia", "ruby", "pig", "hive", "flask", "ember", "meteor", "vue", "elm", "lua",
    "excel", "agile", "scrum", "sage", "git", "jira", "docker", "keras", "spark", "storm", "kafka", "unity",
    "maven", "gradle", "oracle", "linux", "windows", "office", "teams", "slack", "zoom", "notion", "figma",
    "sketch", "canva", "vision", "communication", "management", "marketing", "design", "leadership", "sales",
    "finance", "support", "test", "tests", "data", "cloud", "web", "mobile", "network", "security", "anglais",
    "flash", "publisher", "tableau", "outlook", "mac", "swing", "toad", "avid", "mantis", "waterfall", "blogger",
}  # fmt: skip
_NEVER_AFTER = {"'", "&"}
# Single words that name a skill but are far more often ordinary words of a CV ("teaching", "initiative",
# "San Jose", "Dec 2019", a job title such as "secretary"): they count only inside a skills section, where a
# list of skills is what the reader expects.
_SECTION_ONLY = {
    "san", "dec", "pi", "safe", "initiative", "teacher", "teaching", "secretary", "mentor", "mentoring", "coach",
    "coaching", "communication", "marketing", "sales", "leadership", "automation", "electronics", "networks",
    "networking", "publishing", "billing", "trading", "pricing", "advertising", "recruitment", "recruiting",
    "hiring", "interviewing", "journalism", "manufacturing", "statistics", "procurement", "facilitation",
    "accounting", "troubleshooting", "design", "management", "research", "writing", "editing", "planning",
    "budgeting", "training", "negotiation", "teamwork", "creativity", "support", "testing", "analysis",
    "reporting", "scheduling", "purchasing", "logistics", "finance", "banking", "insurance", "consulting",
    "engineering", "architecture", "photography", "translation", "nursing", "cooking", "driving", "sport",
    "music", "art", "travel", "reading", "cinema", "security", "quality", "strategy", "operations", "hr", "qa",
    "ui", "bi", "it", "pr", "seo", "crm", "erp", "c", "r", "d", "go", "spring", "access", "word", "office",
    "windows", "teams", "vision", "express", "unity", "oracle", "sage", "dashboards", "backend", "back end",
    "frontend", "front end", "algorithms", "hardware", "software", "mobile", "web", "cloud", "data",
    "formation", "enseignement", "comptabilite", "gestion", "vente", "achats", "recrutement", "paie",
    "flash", "publisher", "tableau", "mac", "swing", "toad", "avid", "mantis", "blogger", "dos", "creative",
    "innovative", "facebook", "linkedin", "twitter", "instagram", "youtube", "tiktok", "pinterest", "motive",
    "motivee", "motivation", "photographie", "cuisine", "theatre", "danse", "dance", "jardinage", "gardening",
    "couture", "sewing", "bricolage", "patisserie", "boulangerie",
}  # fmt: skip
# Acronyms that are ordinary words when written in lower case ("mal de dos", "un pic d'activité", "take a rest"): they
# count only in capitals, even in a list of skills, where "Xml" or "sql" still name the skill.
_WORD_ACRONYMS = {"dos", "pic", "sea", "rag", "ran", "dim", "vat", "sap", "mag", "cam", "arc", "sas"}
# Products named by an ordinary word: followed by a lower-case word, they are that word's phrase ("Swing dance",
# "Avid reader", "Flash sale", "Tableau de bord", "Outlook positif").
_ORDINARY_PRODUCT_WORDS = {
    "swing", "avid", "flash", "publisher", "tableau", "mac", "toad", "mantis", "blogger", "outlook", "dos", "airflow",
}  # fmt: skip
_LOWER_WORD_AFTER_RE = re.compile(r"\s+(?!(?:et|and|or|ou|with|avec)\b)(?:de |d')?[a-zà-ÿ]{2,}\b")
# Outside a skills section, such a product counts in a list ("Word, Excel and Outlook"), not opening a line or a
# phrase ("Outlook: positive growth").
_LISTED_BEFORE_RE = re.compile(r"(?:[,;/|•(]|\band|\bet|\bor|\bou|&)\s*$", re.IGNORECASE)
_YEAR_AFTER_RE = re.compile(r"^[\s,.'’]*(?:19|20)\d\d\b")
# Abbreviations of degrees and fields of study that some taxonomy acronyms collide with ("BSc", "CSE" for Computer
# Science and Engineering): as a whole wording on their own they are read as the degree, never as the skill.
_DEGREE_ACRONYMS = {
    "bsc", "msc", "ba", "ma", "bs", "ms", "be", "me", "mba", "phd", "bba", "bca", "mca", "cse", "ece", "eee", "hsc",
    "ssc", "bcom", "mcom", "btech", "mtech",
}  # fmt: skip
# United States postal codes: "Atlanta, GA 30301" names a state, not Google Analytics.
_US_STATES = {code.lower() for code in geo.US_STATE_CODES}
_STATE_CONTEXT_BEFORE_RE = re.compile(r"[A-Za-z][a-z]+\.?,\s*$")
_STATE_CONTEXT_AFTER_RE = re.compile(r"^\.?,?\s*\d{5}\b")
# Aliases that are ordinary words or job titles more often than a listed skill: only inside a skills section.
# (Job titles in general are found by their last word, see ``_PERSON_NOUNS``.)
_CONTEXT_ONLY_ALIASES = {"targeting", "proactive", "automotive", "accountable", "outsourcing", "initiative"}
# Nouns for a person (the last word of a job title): an alias ending with one ("sales associate", "technical
# lead", "receptionist") is the title of a job, which a CV states for every position held, not a skill listed.
_PERSON_NOUNS = {
    "lead", "leader", "associate", "analyst", "officer", "manager", "engineer", "developer", "designer",
    "administrator", "architect", "consultant", "assistant", "specialist", "technician", "director", "coordinator",
    "receptionist", "recruiter", "bartender", "courier", "librarian", "underwriter", "tutor", "teacher", "nurse",
    "driver", "cashier", "clerk", "accountant", "auditor", "writer", "editor", "translator", "secretary", "agent",
    "representative", "supervisor", "operator", "planner", "buyer", "trainer", "advisor", "adviser", "counselor",
    "member", "vendeur", "vendeuse", "policier", "gendarme", "souscripteur", "bibliothecaire", "documentaliste",
    "comptable", "serveur", "serveuse", "developpeur", "developpeuse", "ingenieur", "technicien", "technicienne",
    "conseiller", "conseillere", "assistante", "responsable", "chef", "directeur", "directrice", "formateur",
    "formatrice", "scientist", "owner", "partner", "acheteur", "acheteuse", "infirmier", "infirmiere", "barbier",
    "coiffeur", "coiffeuse",
}  # fmt: skip
# French titles open with the person ("chef de projet", "développeur full stack", "contrôleur de gestion"): an alias
# written in lower case whose first word is one of these is a job title too.
_PERSON_NOUNS_FIRST = {
    "developpeur", "developpeuse", "chef", "responsable", "architecte", "gestionnaire", "controleur", "controleuse",
    "analyste", "assistant", "assistante", "acheteur", "acheteuse", "infirmier", "infirmiere", "ingenieur",
    "ingenieure", "technicien", "technicienne", "conseiller", "conseillere", "directeur", "directrice", "charge",
    "chargee", "consultant", "consultante", "formateur", "formatrice", "juriste", "agent", "operateur", "operatrice",
    "animateur", "animatrice", "coordinateur", "coordinatrice", "attache", "attachee", "hote", "hotesse",
}  # fmt: skip
# Aliases shaped like a title that name a thing or a field ("agent conversationnel" is a chatbot).
_NOT_TITLES = {"agent conversationnel", "psychiatrie infirmiere", "assistant vocal", "assistant virtuel"}
# Aliases whose usual meaning in a CV is something else (reported to the taxonomy's maintainers, dropped here):
# "Cisco" is the company far more often than Cisco IOS; "CSM" is Certified ScrumMaster far more often than a
# customer success manager.
_DROPPED_ALIASES = {("cisco-ios", "cisco"), ("customer-success", "csm")}
# Words that, written with a capital right after a skill's wording, make it part of an organisation's name
# ("Underwriter Laboratories", "Cisco Systems", "Computer Science Department").
_ORG_AFTER = {
    "laboratories", "laboratory", "labs", "systems", "commission", "association", "society", "council",
    "foundation", "department", "institute", "university", "college", "school", "corporation", "inc", "ltd", "llc",
    "group", "bank", "agency", "ministry", "board", "federation", "journal", "magazine", "academy",
}  # fmt: skip
# A one-word wording written in lower case in the taxonomy (ESCO writes ordinary words so, and names with capitals:
# "database", "plan", "history" against "Oracle", "SQL") that is also a word of this many other skills' wordings is a
# generic word of the field ("equipment", "report", "schedule"): in running text it is the word, not the skill, so it
# counts only inside a skills section. Tuned on the dotin DEV half with the default list and ESCO loaded.
GENERIC_WORD_SKILLS = 10
_ORG_BEFORE_RE = re.compile(
    r"\b(?:Commission|Association|Society|Council|Foundation|Department|Institute|University|College|School|"
    r"Ministry|Board|Federation|Journal|Academy|Center|Centre|Conference|Symposium|Congress|Alliance|Workshop)"
    r"\s+(?:of|for|on)\s+(?:the\s+)?(?:[A-Z][a-z]+\s+)?$"
)


def tokenize(text: str) -> list[tuple[str, int, int]]:
    """(folded token, start, end) for each token of ``text``; offsets index the original text."""
    folded = fold(text)
    return [(m.group(), m.start(), m.end()) for m in _TOKEN_RE.finditer(folded)]


def _tokens(wording: str) -> list[str]:
    return [token for token, _, _ in tokenize(wording.strip())]


_SPOKEN_LANGUAGES = language_names()


def _broader_alias(wording: str, tokens: list[str], label_words: list[list[str]]) -> bool:
    """Whether an alias is one ordinary word taken out of the skill's longer label ("administration" for "office
    administration", "report" for "report facts" in ESCO): it names something broader than the skill. Names
    ("Excel" for "Microsoft Excel") are written with a capital and kept."""
    return (
        len(tokens) == 1
        and wording.islower()
        and bool(label_words)
        and any(len(words) > 1 and tokens[0] in words for words in label_words)
    )


@dataclass(slots=True)
class SkillMatch:
    key: str
    evidence: str  # the wording as written in the CV
    start: int
    end: int


@dataclass(slots=True)
class _Node:
    children: dict[str, _Node] = field(default_factory=dict)
    key: str | None = None
    ambiguous: bool = False
    section_only: bool = False
    acronym: bool = False  # every wording of this path is written in capitals in the taxonomy ("REACH", "AD")
    word_acronym: bool = False  # an acronym that is an ordinary word in lower case ("DOS")
    ordinary: bool = False  # a product named by an ordinary word ("Swing")
    title: bool = False  # a job title ("chef de projet", "data scientist"), section-only


class SkillMatcher:
    def __init__(self, taxonomy: Taxonomy) -> None:
        self.version = taxonomy.version
        self.entries: dict[str, SkillEntry] = {entry.key: entry for entry in taxonomy.skills}
        self._root = _Node()
        # How many skills use each word in any of their wordings: a word shared by many is a generic word.
        self._skills_with_word: dict[str, int] = {}
        tokenized: list[tuple[SkillEntry, list[tuple[str, list[str], bool]]]] = []
        for entry in taxonomy.skills:
            wordings = [(w.strip(), _tokens(w), True) for w in (entry.label_en, entry.label_fr)]
            wordings += [(w.strip(), _tokens(w), False) for w in entry.aliases]
            tokenized.append((entry, wordings))
            for word in {token for _, tokens, _ in wordings for token in tokens}:
                self._skills_with_word[word] = self._skills_with_word.get(word, 0) + 1
        self._lower_words: set[str] = set()  # one-word wordings only ever written in lower case
        written_otherwise: set[str] = set()
        for _, wordings in tokenized:
            for wording, tokens, _ in wordings:
                if len(tokens) == 1:
                    (self._lower_words if wording.islower() else written_otherwise).add(tokens[0])
        self._lower_words -= written_otherwise
        for entry, wordings in tokenized:
            label_words = [tokens for _, tokens, label in wordings if label and tokens]
            for wording, tokens, label in wordings:
                if not label and _broader_alias(wording, tokens, label_words):
                    continue
                self._add(wording, tokens, entry.key, label=label)

    def _add(self, wording: str, tokens: list[str], key: str, *, label: bool) -> None:
        if not tokens:
            return
        joined = " ".join(tokens)
        if not label and ((key, joined) in _DROPPED_ALIASES or joined in _DEGREE_ACRONYMS):
            return
        if len(tokens) == 1 and joined in _SPOKEN_LANGUAGES:
            return  # "English", "Tamil" (ESCO skills): spoken languages are the languages field, with their level
        if len(tokens) == 1 and len(joined) <= 2 and wording.islower():
            return  # a fragment ("st"): a two-letter skill is an acronym, and a taxonomy writes those in capitals
        node = self._root
        for token in tokens:
            node = node.children.setdefault(token, _Node())
        capitals = wording.isupper() and wording.isalpha() and len(wording) <= 5
        if node.key is None:  # the first entry to claim a wording keeps it
            node.key = key
            node.ambiguous = len(tokens) == 1 and (tokens[0] in _AMBIGUOUS or len(tokens[0]) <= 2)
            node.title = (
                not label
                and joined not in _NOT_TITLES
                and (
                    tokens[-1] in _PERSON_NOUNS
                    or (len(tokens) >= 2 and tokens[0] in _PERSON_NOUNS_FIRST and wording.islower())
                )
            )
            node.section_only = (
                joined in _SECTION_ONLY
                or node.title
                or (not label and joined in _CONTEXT_ONLY_ALIASES)
                or (
                    len(tokens) == 1
                    and joined in self._lower_words
                    and self._skills_with_word.get(joined, 0) >= GENERIC_WORD_SKILLS
                )
            )
            node.acronym = capitals
            node.word_acronym = capitals and joined in _WORD_ACRONYMS
            node.ordinary = len(tokens) == 1 and joined in _ORDINARY_PRODUCT_WORDS
        elif not capitals:
            node.acronym = False  # also written as a word ("Go" and "GO"): not an acronym only

    def find(self, text: str, *, in_skills_section: bool = True) -> list[SkillMatch]:
        """Every skill mention in ``text``, longest match first at each position, no overlaps.

        Outside a skills section, wordings that are mostly ordinary words ("teaching", "Spring 2020") are left
        out."""
        tokens = tokenize(text)
        matches: list[SkillMatch] = []
        position = 0
        count = len(tokens)
        root = self._root.children
        # A line of short items ("Cobol, Xml, Spss (2 years), jsp") is a list of skills wherever it stands.
        listed = not in_skills_section and is_short_list(text)
        while position < count:
            node = root.get(tokens[position][0])
            if node is None:
                position += 1
                continue
            best: tuple[int, _Node] | None = None
            cursor = position
            while node is not None:
                if node.key is not None:
                    best = (cursor, node)
                cursor += 1
                if cursor >= count:
                    break
                node = node.children.get(tokens[cursor][0])
            if best is None:
                position += 1
                continue
            last, found = best
            start, end = tokens[position][1], tokens[last][2]
            # "SQL Server 2008", "Visual Studio 2010": a product of several capitalised words versioned by its year.
            # One word before a year ("Python 2019", "Spring 2020") dates something, and so does a year opening a
            # range or one after words in lower case ("Project management 2019").
            year_version = (
                _YEAR_VERSION_RE.match(text, end)
                if last > position and all(text[a].isupper() for _, a, _ in tokens[position : last + 1])
                else None
            )
            if (
                self._accept(text, start, end, found, in_skills_section)
                and not _in_address(text, start, end)
                and (
                    in_skills_section
                    or not (
                        (found.section_only and not (found.ambiguous and text[start].isupper() and listed))
                        or (_YEAR_AFTER_RE.match(text[end:]) and not year_version)
                    )
                )
                and not _in_organisation(text, start, end, tokens, last, in_skills_section)
            ):
                assert found.key is not None
                version = _VERSION_AFTER_RE.match(text, end) or _VERSION_GOES_ON_RE.match(text, end) or year_version
                if version is not None:
                    end = version.end()  # "Python 3", "Oracle 10g": the wording as written, version included
                    while last + 1 < count and tokens[last + 1][1] < end:
                        last += 1
                matches.append(SkillMatch(found.key, text[start:end], start, end))
                position = last + 1
            elif found.title and not in_skills_section:
                position = last + 1  # "Développeur full stack" is a title: "full stack" inside it is no skill either
            else:
                position += 1
        if len(matches) < count:
            matches = self._coordinated(text, tokens, matches, in_skills_section)
        return matches

    def _coordinated(
        self, text: str, tokens: list[tuple[str, int, int]], matches: list[SkillMatch], in_skills_section: bool
    ) -> list[SkillMatch]:
        """ "communication and interpersonal skills", "written and verbal communication", "project and people
        management": the words before "and" share the head written after the last one. Each such word that
        makes a skill with the head ("communication skills", "written communication") is that skill, even though
        the two words are not written side by side."""
        added: list[SkillMatch] = []
        for index, (token, _, _) in enumerate(tokens):
            if token not in _COORDINATORS or index < 1 or index + 2 >= len(tokens):
                continue
            # The head: the word after the conjunct that follows "and" ("skills" in "… and interpersonal skills").
            head = tokens[index + 2]
            if not head[0].isalpha() or head[0] in _COORDINATORS:
                continue
            first = index - 1
            while first >= 0:
                word, start, end = tokens[first]
                if not word.isalpha() or word in _COORDINATORS:
                    break
                if any(m.start < end and start < m.end for m in (*matches, *added)):
                    break  # already a skill of its own ("Java and C++ development")
                node = self._walk([word, head[0]])
                if node is None or node.key is None or (node.section_only and not in_skills_section):
                    break
                added.append(SkillMatch(node.key, f"{text[start:end]} {text[head[1] : head[2]]}", start, end))
                # "written, oral and visual communication": go on leftwards over a comma.
                if first >= 2 and tokens[first - 1][0] == ",":
                    first -= 2
                    continue
                break
        # "communication écrite et orale", "data analysis and visualization": the head written first, then two
        # words that each complete it.
        ends = {end: index for index, (_, _, end) in enumerate(tokens)}
        for match in matches:
            last = ends.get(match.end)
            if last is None or last + 2 >= len(tokens) or tokens[last + 1][0] not in _COORDINATORS:
                continue
            head_words = [token for token, start, _ in tokens[: last + 1] if start >= match.start][:-1]
            following = last + 2
            if tokens[following][0] in _REPEATED_LINKS and following + 1 < len(tokens):
                following += 1  # "gestion de projet et de budget"
            word, start, end = tokens[following]
            if not head_words or not word.isalpha() or any(m.start < end and start < m.end for m in (*matches, *added)):
                continue
            node = self._walk([*head_words, word])
            if node is None or node.key is None or (node.section_only and not in_skills_section):
                continue
            written = text[match.start : tokens[last - 1][2]]  # the head as written: "gestion de"
            added.append(SkillMatch(node.key, f"{written} {text[start:end]}", start, end))
        if not added:
            return matches
        return sorted([*matches, *added], key=lambda m: m.start)

    def _walk(self, words: list[str]) -> _Node | None:
        """The trie node the words lead to, or None when no wording goes on with them."""
        node: _Node | None = self._root
        for word in words:
            node = node.children.get(word) if node is not None else None
        return node

    def whole(self, text: str) -> str | None:
        """The key of the skill whose wording is exactly ``text`` (case and accents aside), else None. A version
        after the wording ("Oracle 10g") and a plural ("Databases") name the same skill."""
        text = text.strip()
        version = _VERSION_END_RE.search(text)
        variants = [text, text[: version.start()]] if version else [text]
        variants += [v[:-1] for v in variants if v[-1:] in "sS" and len(v) > 3]
        for variant in variants:
            node = self._walk([token for token, _, _ in tokenize(variant)])
            if node is not None and node is not self._root and node.key is not None:
                return node.key
        return None

    @staticmethod
    def _accept(text: str, start: int, end: int, node: _Node, in_skills_section: bool = True) -> bool:
        before = text[start - 1] if start else " "
        after = text[end] if end < len(text) else " "
        if node.ordinary and (
            _LOWER_WORD_AFTER_RE.match(text, end)
            or not (in_skills_section or is_short_list(text) or _LISTED_BEFORE_RE.search(text, 0, start))
        ):
            return False
        if node.acronym:
            written = text[start:end]
            letters = [ch for ch in written if ch.isalpha()]
            if not all(ch.isupper() for ch in letters):
                if node.word_acronym:
                    return False
                if not (in_skills_section or is_short_list(text)):
                    return False  # "Wan Schuster", "BSc", "to reach": an acronym written as a word is the word
                if _PHRASE_GOES_ON_RE.match(text[end:]):
                    return False  # "Less than 1 year", "Plan your day": the word opening a phrase, even in a list
            if (
                len(letters) == 2
                and written.lower() in _US_STATES
                and (_STATE_CONTEXT_BEFORE_RE.search(text[:start]) or _STATE_CONTEXT_AFTER_RE.match(text[end:]))
            ):
                return False  # "Sometown, GA 30082"
        # "node.js" is one thing; a match glued to a dotted word on either side ("asp.net" for "net") is not.
        if before == "." and start >= 2 and text[start - 2].isalnum():
            return False
        # ... unless a version number goes on ("Python 3.11").
        if (
            after == "."
            and end + 1 < len(text)
            and text[end + 1].isalnum()
            and not (text[end - 1].isdigit() and text[end + 1].isdigit())
        ):
            return False
        if before in "-/" and start >= 2 and text[start - 2].isalnum() and end - start <= 2:
            return False
        if not node.ambiguous:
            return True
        written = text[start:end]
        if after in _NEVER_AFTER or before in _NEVER_AFTER:
            return False  # "c'est", "R&D"
        if after == "-" and end - start <= 2:
            return False  # "C-level", "e-mail"
        return written[:1].isupper()


_PHRASE_GOES_ON_RE = re.compile(r" [a-z]")
_COORDINATORS = {"and", "et", "&", "or", "ou"}
_REPEATED_LINKS = {"de", "d", "'", "of", "en", "du", "des"}
# A version number right after a skill: "3", "3.8", "10g", "v2"; never a year ("Python 2019" dates something).
_VERSION = r"v?(?:\d{1,2}(?:\.\d{1,3})*[a-z]?|\d{1,2}\.x)"
_VERSION_AFTER_RE = re.compile(r" ?" + _VERSION + r"(?![\w.+#])")
_VERSION_GOES_ON_RE = re.compile(r"(?<=\d)(?:\.\d{1,3})+[a-z]?(?![\w.+#])")
_VERSION_END_RE = re.compile(r"\s+(?:" + _VERSION + r"|(?:19|20)\d\d)$")
_YEAR_VERSION_RE = re.compile(r" (?:19|20)\d\d(?![\w.'’])(?!\s*(?:[-–—/]|to\b|à\b|au\b))")


def _in_address(text: str, start: int, end: int) -> bool:
    """Whether the wording is part of a web or e-mail address ("linkedin.com/in/…", "http://…", "jo@dev.net"). A
    domain alone is no address: "Salesforce.com" is the product's name."""
    left = max(text.rfind(" ", 0, start), text.rfind("\t", 0, start)) + 1
    right = next((i for i in range(end, len(text)) if text[i].isspace()), len(text))
    chunk = text[left:right].lower()
    return "@" in chunk or "://" in chunk or "www." in chunk or bool(_DOMAIN_PATH_RE.search(chunk))


# A domain followed by a path ("linkedin.com/in/jdupont", "github.com/jdupont"), unlike "TCP/IP", "Java/J2EE" or
# "Node.js/JavaScript".
_DOMAIN_PATH_RE = re.compile(r"\w\.(?:com|org|net|edu|gov|io|fr|be|ch|ca|de|uk|eu|in|co|me|dev|info)/")


def _in_organisation(
    text: str, start: int, end: int, tokens: list[tuple[str, int, int]], last: int, in_skills_section: bool
) -> bool:
    """Whether the wording at ``start:end`` is part of an organisation's name: followed by a capitalised
    organisation word ("Underwriter Laboratories") or inside "Department of …" / "Commission for …" (outside a
    skills section, where a list of skills is what the reader expects)."""
    if in_skills_section:
        return False
    if last + 1 < len(tokens):
        word, a, _ = tokens[last + 1]
        if word in _ORG_AFTER and text[a : a + 1].isupper() and text[start : start + 1].isupper():
            return True
    return bool(_ORG_BEFORE_RE.search(text[:start]))


_CACHE: dict[str, SkillMatcher] = {}
_LOCK = threading.Lock()


def matcher_for(taxonomy: Taxonomy) -> SkillMatcher:
    """The compiled matcher for this taxonomy version (built on first use in the process)."""
    cached = _CACHE.get(taxonomy.version)
    if cached is not None and len(cached.entries) == len(taxonomy.skills):
        return cached
    with _LOCK:
        matcher = SkillMatcher(taxonomy)
        # Only the current version is worth keeping: a new version replaces the old ones.
        _CACHE.clear()
        _CACHE[taxonomy.version] = matcher
        return matcher


def skill_label(entry: SkillEntry, language: str) -> str:
    if language == "fr":
        return entry.label_fr or entry.label_en
    return entry.label_en or entry.label_fr


# --- Skills a CV lists that the taxonomy does not name ---------------------------------------------------------

# How a line of a skills section introduces its list: "Skilled in", "Strong knowledge of", "Maîtrise de",
# "Experienced user of". Matched on folded text.
_LEAD_IN_RE = re.compile(
    r"^(?:(?:very |extensive |strong |good |sound |solid |excellent |wide |in-depth |deep |basic |working |"
    r"hands-on |advanced |proven |outstanding |exceptional |high |some |thorough |bonne |bonnes |solide |solides |"
    r"excellente |tres bonne |parfaite |forte |large )*"
    r"(?:knowledge|experience|expertise|proficiency|familiarity|understanding|skills?|abilities|ability|command|"
    r"background|maitrise|connaissances?|experience|pratique|notions|competences?|utilisation)"
    r"(?: (?:of|in|with|on|using|de la|de l'|des|du|de|d'|en|avec))?"
    r"|(?:highly |very |well |extremely )?(?:skilled|experienced|proficient|versed|well-versed|familiar|competent|"
    r"knowledgeable|expert|trained|fluent|comfortable|maitrise|familier|familiere|competente?)"
    r"(?: (?:in|with|on|at|using|en|avec|de|des|du))?"
    r"|(?:experienced |advanced |power )?users? of|(?:working|worked) (?:with|on)|using|utilisation (?:de|des|d'))"
    r"\s*:?\s+"
)
# A label before a colon names the kind of the list that follows ("Languages: Java, Python").
_LABEL_RE = re.compile(r"^([^:]{1,40}?)\s*:\s*(?=\S)")
# A duration or a level in brackets after an item: "(3 years)", "(Less than 1 year)", "(Advanced)".
_LEVEL_WORDS = (
    r"beginner|basic|basics|elementary|intermediate|good|advanced|expert|proficient|fluent|notions?|debutant|"
    r"intermediaire|avance|confirme|courant|maitrise|bon|bonne|scolaire|novice|working knowledge|familiar"
)
_BRACKETED_LEVEL_RE = re.compile(
    r"\(\s*(?:[^()\d]*\d[^()]*|less than[^()]*|more than[^()]*|" + _LEVEL_WORDS + r")\s*\)", re.IGNORECASE
)
_TRAILING_LEVEL_RE = re.compile(r"\s*(?:[-–—:]\s*)?\b(?:" + _LEVEL_WORDS + r")\s*$", re.IGNORECASE)
_ITEM_SEPARATORS_RE = re.compile(r"\s*(?:[,;•·|▪●►■◦*()\[\]]|\s[-–—/]\s|\betc\b\.?|\.\s)\s*")
_LAST_AND_RE = re.compile(r"\s+(?:and|et)\s+", re.IGNORECASE)
_FINAL_AND_RE = re.compile(r"^(?:and|et|or|ou|&)\s+", re.IGNORECASE)
# Words that make a piece a phrase about the person rather than the name of a skill.
_PHRASE_WORDS = {
    "the", "a", "an", "to", "my", "our", "your", "i", "we", "was", "were", "is", "are", "be", "been", "have", "has",
    "had", "from", "that", "which", "this", "these", "those", "as", "by", "when", "while", "able", "will", "can",
    "years", "year", "je", "nous", "le", "la", "les", "un", "une", "pour", "dans", "sur", "est", "sont", "ai", "ans",
    "mois", "months", "many", "others", "other", "various", "including", "such", "like", "also",
}  # fmt: skip
# The last word of a sub-heading inside a skills section ("Programming languages", "Databases", "Outils"): the
# kind of the list, not a skill.
_CATEGORY_WORDS = {
    "tools", "tool", "languages", "language", "frameworks", "framework", "databases", "technologies", "technology",
    "platforms", "platform", "software", "skills", "skill", "methodologies", "methods", "environments",
    "environment", "libraries", "servers", "ide", "ides", "systems", "system", "competencies", "expertise",
    "proficiency", "proficiencies", "knowledge", "applications", "packages", "utilities", "domains", "areas",
    "outils", "langages", "logiciels", "competences", "environnements", "methodes", "connaissances",
    "bibliotheques", "systemes", "langues", "other", "others", "autres", "technical", "personal", "general",
    "techniques", "technique",
}  # fmt: skip
_MAX_ITEM_WORDS = 5
_PROSE_WORDS_PER_ITEM = 3.0
_MAX_ITEM_CHARS = 50
# A longer "line" is a paragraph, or a section that lines wrapped inside brackets joined into one: not a list.
_MAX_LIST_CHARS = 300


# Lines of a skills section that state something else about the person: a driving licence, availability, mobility,
# pay, identity papers, an address, a nationality, hobbies, personal qualities, spoken languages (folded). Their items
# are not named skills; the taxonomy's skills on them ("esprit d'équipe") are still found by the matcher.
_NOT_SKILLS_LINE_RE = re.compile(
    r"^(?:permis|driving licen[cs]e|driver'?s licen[cs]e|vehicul\w*|motorise\w*|disponib\w*|available|availability|"
    r"mobilit\w*|mobile sur|willing to relocate|relocation|salaire|pretentions? salariales?|remuneration|salary|"
    r"expected (?:salary|ctc)|current ctc|ctc|passport|passeport|visa|adresse|address|domicile|nationalit\w*|"
    r"citizenship|date (?:de naissance|of birth)|dob|ne le|nee le|born|age|sexe|gender|marital|situation (?:familiale|"
    r"maritale)|etat civil|father|mother|loisirs|hobbies|hobby|interests|centres? d'interets?|passions?|"
    r"benevol\w*|volunteer\w*|activites "
    r"extra|extra-?curricular|qualites|qualities|strengths|points forts|savoir-etre|soft skills personnelles|"
    r"personal (?:details|information|profile)|references|referees|declaration|langues|spoken languages|"
    r"languages? (?:known|spoken)|linguistic)\b"
)
# "Languages:" heads programming languages as often as spoken ones: its line is left out when it names a spoken one.
_LANGUAGES_LABEL_RE = re.compile(r"^(?:languages?|langages?)\b")
# Digits in an item that are no version: a postal code, a passport, phone or street number, a salary.
_NOT_VERSION_DIGITS_RE = re.compile(r"\d{5,}|[€$£]|\bk€|^\d+\s+[^\W\d_]{2,}|\d\s*k\b|\d+[.,]\d+\s*(?:k|m)\b", re.I)
# How French and English adjectives end ("souriant", "aimable", "ponctuel", "transversales", "motivé", "creative"):
# a lone adjective in lower case describes the person, it names no skill.
_ADJECTIVE_END_RE = re.compile(
    r"(?:ant|ante|ants|antes|ent|ente|ents|entes|able|ables|ible|ibles|if|ifs|ive|ives|eux|euse|euses|el|elle|els|"
    r"elles|al|ale|ales|aux|ous|ful|é|ée|és|ées)$"
)
_NOUN_END_RE = re.compile(r"(?:ment|ments|té|tés)$")
# Unnamed items kept from one CV at most: a longer run of them is a section read wrongly.
MAX_UNNAMED_SKILLS = 60


def _not_a_skill(item: str) -> bool:
    """Whether an item of a skills list is personal data or a word about the person rather than a skill: a place
    ("Paris, Lyon"), digits that are no version ("45 k€", "75011", a passport number; "Java 8" and "ISO 9001" are
    versions and standards), a person's name ("Jean Dupont"), a lone adjective ("souriant", "aimable")."""
    folded = fold(item)
    if _NOT_VERSION_DIGITS_RE.search(folded):
        return True
    places = geo.find_places(item)
    if places:
        remaining = folded
        for _kind, name, _code in places:
            remaining = remaining.replace(name, " ")
        if not re.search(r"[^\W\d_]{2,}", remaining):
            return True
    words = item.split()
    if all(word in _SPOKEN_LANGUAGES for word in folded.split()):
        return True  # "Anglais": spoken languages are the languages field
    if (
        2 <= len(words) <= 3
        and all(w[:1].isupper() and w[1:2].islower() for w in words)
        and fold(words[0]) in GIVEN_NAMES
        and fold(words[-1]) not in GIVEN_NAMES
    ):
        return True  # "Jean Dupont": a referee or a contact
    return (
        len(words) == 1
        and len(item) >= 5
        and item.islower()
        and item.isalpha()
        and bool(_ADJECTIVE_END_RE.search(item))
        and not _NOUN_END_RE.search(item)
    )


def listed_items(text: str) -> list[str]:
    """The items of one line of a skills section that read as names of skills, in the CV's wording.

    "Languages: Java (5 years), C/C++; Python | SQL" → Java, C/C++, Python, SQL. A list's label ("Languages:"),
    its lead-in ("Skilled in"), durations and levels are left out, and so are pieces that read as a phrase
    ("Willing to work overtime") rather than as the name of a skill."""
    if len(text) > _MAX_LIST_CHARS:
        return []
    text = " ".join(text.split()).strip(" •·*-–—>")
    folded_line = fold(text)
    if _NOT_SKILLS_LINE_RE.match(folded_line):
        return []
    if _LANGUAGES_LABEL_RE.match(folded_line) and any(
        word in _SPOKEN_LANGUAGES for word in re.findall(r"[^\W\d_]+", folded_line)
    ):
        return []
    while True:
        lead_in = _LEAD_IN_RE.match(fold(text))
        label = _LABEL_RE.match(text)
        if lead_in is not None:
            text = text[lead_in.end() :]
        elif label is not None and len(label.group(1).split()) <= 4:
            text = text[label.end() :]
        else:
            break
    # Levels are matched on the folded text ("(Débutant)"), which has the same length as the text.
    for bracket in reversed(list(_BRACKETED_LEVEL_RE.finditer(fold(text)))):
        text = text[: bracket.start()] + " " + text[bracket.end() :]
    pieces = [piece for piece in _ITEM_SEPARATORS_RE.split(text) if piece.strip()]
    if len(pieces) >= 2:
        # The last item of a list joined by "and": "Java, Python and SQL".
        pieces[-1:] = _LAST_AND_RE.split(pieces[-1])
    if len(pieces) >= 2 and sum(len(piece.split()) for piece in pieces) > _PROSE_WORDS_PER_ITEM * len(pieces):
        return []  # a sentence with a comma or two ("Adept in report generation and analysis, scheduling …")
    items: list[str] = []
    for piece in pieces:
        piece = _FINAL_AND_RE.sub("", piece.strip(" .:-–—/&'‘’\"")).strip()
        level = _TRAILING_LEVEL_RE.search(fold(piece))
        if level is not None:
            piece = piece[: level.start()].strip(" .:-–—/&")
        words = piece.split()
        if not words or len(words) > _MAX_ITEM_WORDS or len(piece) > _MAX_ITEM_CHARS:
            continue
        folded = [fold(word) for word in words]
        if not any(ch.isalpha() for ch in piece) or "@" in piece or "http" in folded[0] or "www." in folded[0]:
            continue
        if any(word in _PHRASE_WORDS for word in folded) or _YEAR_AFTER_RE.match(piece):
            continue
        if folded[-1] in _CATEGORY_WORDS and (len(words) > 1 or text == piece):
            continue  # "Operating Systems", a sub-heading "Databases"
        if _not_a_skill(piece):
            continue
        items.append(piece)
    return items


def unnamed_is_covered(matcher: SkillMatcher, wording: str, on_line: Iterable[SkillMatch] = ()) -> bool:
    """Whether an item the taxonomy does not name as a whole holds taxonomy skills that stand for it ("Java
    (13 years)", "Excel avancé"): those skills are the item, it is not output a second time in its own wording.
    So is a piece of a skill named on the same line (``on_line``) that the list's separators cut out of it:
    "2A" of "CACES R489 cat. 2A", "X" of "X (Twitter)", "recovery" of "Backup and recovery"."""
    piece = re.compile(rf"(?<!\w){re.escape(fold(wording))}(?!\w)")
    return any(piece.search(fold(match.evidence)) for match in on_line) or bool(matcher.find(wording))


_WORD_RE = re.compile(r"[^\W\d_]+")


def lists_skills_not_languages(matcher: SkillMatcher, text: str) -> bool:
    """Whether a line of a "Languages" section lists programming languages or tools ("C, C++, Python") rather than
    spoken languages: it names a skill of the taxonomy and no spoken language."""
    if any(word in _SPOKEN_LANGUAGES for word in _WORD_RE.findall(fold(text))):
        return False
    return bool(matcher.find(text))

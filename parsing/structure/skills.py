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
from dataclasses import dataclass, field

from ..taxonomy import SkillEntry, Taxonomy
from .languages import language_names
from .text import fold

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
}  # fmt: skip
_YEAR_AFTER_RE = re.compile(r"^[\s,.'’]*(?:19|20)\d\d\b")
# Abbreviations of degrees and fields of study that some taxonomy acronyms collide with ("BSc", "CSE" for Computer
# Science and Engineering): as a whole wording on their own they are read as the degree, never as the skill.
_DEGREE_ACRONYMS = {
    "bsc", "msc", "ba", "ma", "bs", "ms", "be", "me", "mba", "phd", "bba", "bca", "mca", "cse", "ece", "eee", "hsc",
    "ssc", "bcom", "mcom", "btech", "mtech",
}  # fmt: skip
# United States postal codes: "Atlanta, GA 30301" names a state, not Google Analytics.
_US_STATES_TEXT = (
    "al ak az ar ca co ct de fl ga hi id il in ia ks ky la me md ma mi mn ms mo mt ne nv nh nj nm ny nc nd oh ok or "
    "pa ri sc sd tn tx ut vt va wa wv wi wy dc"
)
_US_STATES = set(_US_STATES_TEXT.split())
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
    "formatrice",
}  # fmt: skip
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
    r"Ministry|Board|Federation|Journal|Academy|Center|Centre)\s+(?:of|for|on)\s+(?:the\s+)?$"
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
            node.section_only = (
                joined in _SECTION_ONLY
                or (not label and (joined in _CONTEXT_ONLY_ALIASES or tokens[-1] in _PERSON_NOUNS))
                or (
                    len(tokens) == 1
                    and joined in self._lower_words
                    and self._skills_with_word.get(joined, 0) >= GENERIC_WORD_SKILLS
                )
            )
            node.acronym = capitals
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
            if (
                self._accept(text, start, end, found, in_skills_section)
                and (in_skills_section or not (found.section_only or _YEAR_AFTER_RE.match(text[end:])))
                and not _in_organisation(text, start, end, tokens, last, in_skills_section)
            ):
                assert found.key is not None
                version = _VERSION_AFTER_RE.match(text, end) or _VERSION_GOES_ON_RE.match(text, end)
                if version is not None:
                    end = version.end()  # "Python 3", "Oracle 10g": the wording as written, version included
                    while last + 1 < count and tokens[last + 1][1] < end:
                        last += 1
                matches.append(SkillMatch(found.key, text[start:end], start, end))
                position = last + 1
            else:
                position += 1
        return matches

    def whole(self, text: str) -> str | None:
        """The key of the skill whose wording is exactly ``text`` (case and accents aside), else None. A version
        after the wording ("Oracle 10g") and a plural ("Databases") name the same skill."""
        text = text.strip()
        version = _VERSION_END_RE.search(text)
        variants = [text, text[: version.start()]] if version else [text]
        variants += [v[:-1] for v in variants if v[-1:] in "sS" and len(v) > 3]
        for variant in variants:
            node: _Node | None = self._root
            for token, _, _ in tokenize(variant):
                node = node.children.get(token) if node is not None else None
            if node is not None and node is not self._root and node.key is not None:
                return node.key
        return None

    @staticmethod
    def _accept(text: str, start: int, end: int, node: _Node, in_skills_section: bool = True) -> bool:
        before = text[start - 1] if start else " "
        after = text[end] if end < len(text) else " "
        if node.acronym:
            written = text[start:end]
            letters = [ch for ch in written if ch.isalpha()]
            if not all(ch.isupper() for ch in letters):
                if not (in_skills_section or _is_list(text)):
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
# A version number right after a skill: "3", "3.8", "10g", "v2"; never a year ("Python 2019" dates something).
_VERSION = r"v?(?:\d{1,2}(?:\.\d{1,3})*[a-z]?|\d{1,2}\.x)"
_VERSION_AFTER_RE = re.compile(r" ?" + _VERSION + r"(?![\w.+#])")
_VERSION_GOES_ON_RE = re.compile(r"(?<=\d)(?:\.\d{1,3})+[a-z]?(?![\w.+#])")
_VERSION_END_RE = re.compile(r"\s+" + _VERSION + r"$")
_LIST_SEPARATORS_RE = re.compile(r"\s*[,;|•]\s*")


def _is_list(text: str) -> bool:
    """Whether a line is a list of short items ("Cobol, Xml, Spss (2 years), jsp"): a list of skills wherever it
    stands, so acronyms written as words ("Xml", "sql") count there."""
    items = [item for item in _LIST_SEPARATORS_RE.split(text) if item.strip()]
    return len(items) >= 3 and sum(len(item.split()) for item in items) <= 3 * len(items)


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

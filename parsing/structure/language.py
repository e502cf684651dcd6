"""Document language, French or English, from stop words and CV vocabulary (no model to download).

Each line with enough words votes for the language whose words it uses most; the main language is the one
with the larger share of words, and the share of the other is reported so mixed CVs can be flagged.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from .text import fold, words

_FR = set(
    fold(
        "le la les un une des du de et est en au aux pour par sur dans avec sans que qui ne pas plus ce cette ces "
        "son sa ses leur leurs nous vous ils elle je mon ma mes notre votre été être avoir ai a où ou mais donc "
        "car ainsi chez depuis entre lors afin puis très aussi comme selon sous vers également "
        "expérience expériences professionnelle professionnelles formation compétences langues centres intérêt "
        "loisirs diplôme diplômes études stage stagiaire poste mission missions gestion projet projets équipe "
        "clients développement réalisation mise œuvre suivi conception ingénieur chef responsable chargé "
        "courant notions maternelle anglais français espagnol allemand aujourd'hui actuellement ans mois "
        "janvier février avril juin juillet août septembre octobre novembre décembre école université licence "
        "maîtrise baccalauréat permis logiciels outils connaissances savoir"
    ).split()
)
_EN = set(
    fold(
        "the a an and of to in for with by from at as is are was were be been has have had this that these "
        "those it its our their your my i we they he she or but not no which who whom will would can could "
        "should into over under about after before during while also such than then there where "
        "experience professional education skills languages interests hobbies degree university school college "
        "internship position responsibilities responsible managed developed led team project projects "
        "customers development implementation engineer fluent native english french spanish "
        "german present current years months january february april june july august september october "
        "november december bachelor master tools knowledge software summary work history employment"
    ).split()
)
# Words both languages use (or that fold to the same form) would only add noise.
_SHARED = _FR & _EN
_FR -= _SHARED
_EN -= _SHARED


@dataclass(slots=True)
class LanguageResult:
    language: str  # "fr" or "en"
    shares: dict[str, float]  # share of counted words per language, sums to 1 (or empty)
    confidence: float


def _score(tokens: Iterable[str]) -> tuple[int, int]:
    fr = en = 0
    for token in tokens:
        if token in _FR:
            fr += 1
        elif token in _EN:
            en += 1
    return fr, en


def detect_language(lines: Iterable[str], default: str = "fr") -> LanguageResult:
    """The main language of the document and the share of each language, line by line."""
    words_fr = words_en = 0
    hits_fr = hits_en = 0
    for line in lines:
        tokens = [fold(w) for w in words(line)]
        if not tokens:
            continue
        fr, en = _score(tokens)
        hits_fr += fr
        hits_en += en
        # A line's words all go to the language that wins on it, so "mixed" means mixed lines, not shared words.
        if fr > en:
            words_fr += len(tokens)
        elif en > fr:
            words_en += len(tokens)
    total_hits = hits_fr + hits_en
    if not total_hits:
        return LanguageResult(default, {}, 0.0)
    language = "fr" if hits_fr > hits_en or (hits_fr == hits_en and default == "fr") else "en"
    total_words = words_fr + words_en
    if total_words:
        shares = {"fr": round(words_fr / total_words, 3), "en": round(words_en / total_words, 3)}
    else:
        shares = {language: 1.0}
    margin = abs(hits_fr - hits_en) / total_hits
    confidence = round(min(1.0, margin * 0.7 + min(total_hits, 40) / 40 * 0.3 + 0.1), 2)
    return LanguageResult(language, shares, confidence)

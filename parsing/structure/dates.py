"""Dates and date ranges in French and English CV wordings, and total years of experience.

Dates come out as JSON Resume ``iso8601`` strings: "YYYY-MM" when the month is known, "YYYY" otherwise. A range
whose end is "today" ("aujourd'hui", "Present", "en cours", "depuis 2021"…) has ``current=True`` and no end.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from .text import fold, strip_punct
from .vocab import org_score, title_score

_MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    [
        # French and English first; then the spellings of Europeans who write their CV in English or French
        # ("Januar 2012", "okt 2015 – heden", "enero 2019 – actualidad"): German, Dutch, the Nordic languages,
        # Spanish, Italian and Portuguese. (Abbreviations that are also English or French words stay out: "out",
        # "set", "ago", "des".)
        "janvier janv jan january januar janner januari enero ene gennaio janeiro tammikuu",
        "fevrier fevr fev feb february febr februar februari febrero febbraio fevereiro",
        "mars mar march marz maerz maart mrt marts marzo",
        "avril avr apr april abril aprile abr",
        "mai may mei maj mayo maggio maio",
        "juin jun june juni junio giugno junho giu",
        "juillet juil jul july juli julio luglio julho lug",
        "aout aou aug august augustus augusti agosto",
        "septembre sept sep september septiembre settembre setembro",
        "octobre oct october oktober okt octubre ottobre outubro ott",
        "novembre nov november noviembre novembro",
        "decembre dec december dezember dez desember diciembre dicembre dezembro dic",
    ],
    start=1,
):
    for _name in _names.split():
        _MONTHS[_name] = _number


# Every month's name and abbreviation that dates are read with, folded, longest first (for patterns elsewhere).
MONTH_NAMES: tuple[str, ...] = tuple(sorted(_MONTHS, key=len, reverse=True))
# Italian abbreviations that are English or French words too ("set", "ago", "gen", "mag"), read as months only on a
# line that writes two Italian months with their dots ("set. 2016 – ott. 2021", "gen. 2015 – ago. 2016"; not
# "Secrétaire gén. 2015"): rewritten there as months of the same length before matching.
_ITALIAN_DOTTED_RE = re.compile(r"\b(?:gen|feb|mar|apr|mag|giu|lug|ago|set|ott|nov|dic)\.")
_ITALIAN_AS_MONTHS = {"gen.": "jan.", "mag.": "mai.", "ago.": "aug.", "set.": "sep."}
# (rewritten only right before a year: not "Secrétaire gén. – nov. 2015")
_ITALIAN_MONTH_BEFORE_YEAR_RE = re.compile(r"\b(?:gen|mag|ago|set)\.(?=\s*(?:19|20)\d\d)")


def is_month_word(word: str) -> bool:
    """A month's name or abbreviation, French or English ("mars", "Sept.", "févr")."""
    return fold(word).rstrip(".") in _MONTHS


# Matching runs on folded text (lower case, no accents, "-" for every dash, "'" for every apostrophe).
_MONTH = r"(?P<{g}>" + "|".join(MONTH_NAMES) + r")\.?"
_YEAR = r"(?P<{g}>(?:19[5-9]\d|20[0-4]\d))"
_YEAR2 = r"(?P<{g}>\d{{2}})"


# (and the grape harvest's, which dates seasonal farm work: "Vendanges 2019 — Assistante de chai"; not "Harvest" nor
# "Vintage", English words of firms' names: "Bartender at Harvest 2019 – 2021")
SEASON_WORDS = ("spring", "summer", "fall", "autumn", "winter", "printemps", "ete", "automne", "hiver", "vendanges")
_SEASONS = "|".join(SEASON_WORDS)


def _date(prefix: str) -> str:
    month_name = _MONTH.format(g=prefix + "mn")
    return (
        r"(?:"
        # "janv. 2019", "March 2020", "sept 2018", "1er mars 2019", "15 March 2020", "September 1st 2014",
        # "March 15, 2020"
        # ("01-Nov-2019", "Nov-2019", "Dec' 2015": the dashes and apostrophes of Indian forms)
        rf"(?:(?:\d{{1,2}}(?:er|st|nd|rd|th)?(?:\s+|-)(?:of\s+)?)?{month_name}(?:\s+\d{{1,2}}(?:st|nd|rd|th)?(?=[\s,]))?"
        rf"(?:\s*,?\s*'?\s*|-){_YEAR.format(g=prefix + 'y1')})"
        # "Apr'17", "Jun '14": a month and the year's last two digits after an apostrophe
        # (and "Jul-19", "Apr-20": a spreadsheet's month format, met in Indian CVs' From/To columns)
        rf"|(?:{_MONTH.format(g=prefix + 'mn5')}(?:\s*'\s*|-)(?P<{prefix}y5>\d{{2}})(?![\d/.-]))"
        # "03/2017", "3.2017", "03-2017", "03 / 2017" (but not "Lyon 2 – 2018" or "Paris 10 - 2014": a spaced dash
        # after a number is a university's number and then its year)
        rf"|(?:(?:\d{{1,2}}[/.])?(?P<{prefix}mm>0?[1-9]|1[0-2])(?:\s*/\s*|[.-]){_YEAR.format(g=prefix + 'y2')})"
        # "2017-03", "2017/03"
        rf"|(?:{_YEAR.format(g=prefix + 'y3')}\s*[/.-]\s*(?P<{prefix}mm2>0[1-9]|1[0-2])(?![\d/.-]))"
        # "2015", and "Fall 2017", "Summer 2019", "été 2016", "Printemps / Été 2019": a season says no month of its own
        # (not a name's last word: "Serveur – Les Vendanges 2017 – 2019", a restaurant); a school term or semester
        # says none either ("Term 1 2018", "Semester 2, 2019")
        rf"|(?:(?<!les )(?<!des )(?<!aux )(?:(?:{_SEASONS})\s*(?:/|-|&|et|and)\s*)?(?:{_SEASONS})\s+"
        rf"|\b(?:term|semester)\s+[1-4],?\s+)?"
        rf"{_YEAR.format(g=prefix + 'y4')}"
        r")"
    )


_PRESENT = (
    r"(?P<present>(?:a\s+)?aujourd'?hui|auj\.?(?!\w)|en poste|poste actuel|a ce jour|ce jour|a present|present|"
    r"presente?|now|current(?:ly)?|today|to date|date|"
    r"ongoing|en cours|actuel(?:lement)?|maintenant|nos jours|till date|til date|till now|till today|onwards|"
    r"\.\.\.|…|\?|"
    # the same in the other languages of Europe: "okt 2015 – heden", "enero 2019 – actualidad", "09/2017 – heute"
    r"heden|heute|laufend|derzeit|actualidad|actualmente|hoy|oggi|in corso|attuale|atual|atualmente|"
    # and in Dutch and the Nordic languages: "2019 – nu", "2017 – nå", "januar 2018 – d.d.", "pågående"
    r"(?:nu|na)(?=\s*(?:$|[|),;·•–—-]))|d\.d\.?|dags dato|pagaende|i dag|nykyinen)"
)
_SEP = (
    r"\s*(?:-+(?:\s*jusqu'(?:a|au|en)(?=\s))?|>|a|au|(?:to|till|until|jusqu'(?:a|au|en))\s*:?|jusqu'a aujourd'hui"
    # arrows of word processors' symbol fonts: "09/2019 ► aujourd'hui", "2015 ➔ 2018"
    r"|et|and|/|--?>|[→►▸▶➔➜⟶]|~)\s*"
)

_RANGE_RE = re.compile(
    r"(?<![\w/.-])"
    r"(?:(?:de|du|from|entre|between|d')\s*)?"
    rf"{_date('a_')}"
    r"(?:"
    rf"{_SEP}(?:{_date('b_')}|{_PRESENT})"
    # "2015-18" (not "2012 – 76%", a year and the mark obtained)
    r"|\s*-\s*(?P<short>\d{2})(?![\d/.,%])(?!\s*%)"
    r")?"
    r"(?![\w/])",
)
# "Jan - Mar 2019", "janvier à mars 2019": both months share the final year.
_MONTH_PAIR_RE = re.compile(
    r"(?<![\w])"
    rf"{_MONTH.format(g='m1')}{_SEP}{_MONTH.format(g='m2')}\s*{_YEAR.format(g='y')}"
    r"(?![\w/])"
)
# "Saison 2022 (mai à septembre)", "2019 (June - August)": the year, then its months in brackets.
_YEAR_MONTHS_RE = re.compile(
    r"(?<![\w/])"
    rf"{_YEAR.format(g='y')}\s*\(\s*{_MONTH.format(g='m1')}{_SEP}{_MONTH.format(g='m2')}\s*\)"
)
# "09/14 - Present", "05/13-08/14": month and two-digit year, only as a range (a lone "3/12" is too ambiguous).
_SHORT_MONTH = r"(?P<{g}m>0?[1-9]|1[0-2])/(?P<{g}y>\d{{2}})"
_SHORT_RANGE_RE = re.compile(
    r"(?<![\w/.-])"
    rf"{_SHORT_MONTH.format(g='a')}\s*(?:-+|to|till|until)\s*(?:{_SHORT_MONTH.format(g='b')}|{_PRESENT})"
    r"(?![\w/])"
)
# "20012006", "2005present", "7/20038/2005": a range whose dash was lost (a glyph without a text mapping in the PDF,
# a converter that dropped it). Only two plausible years in order, or a year and a word for today, glued together.
_GLUED_YEAR = r"(?:(?P<{g}m>0?[1-9]|1[0-2])/)?(?P<{g}y>19[5-9]\d|20[0-4]\d)"
_GLUED_RE = re.compile(
    r"(?<![\w/.-])"
    rf"{_GLUED_YEAR.format(g='a')}(?:{_GLUED_YEAR.format(g='b')}|(?P<present>present|current|today|now))"
    r"(?![\w/])"
)
# School years as teachers write them: "2022/2023 – aujourd'hui", "2019/2020 - 2021/2022", "Année scolaire 2021/2022"
# (the words for a school year belong to the date, or they are read as an employer).
_SCHOOL_YEAR_WORDS = r"(?:(?:annees?|ann\.) (?:scolaires?|universitaires?)|(?:school|academic) years?)\s*:?\s*"
# (the second year may be written short, as winter seasons are, "Winter 2023/24", "Saison 2015/16 – 2016/17": see
# ``_short_second_year``)
_SCHOOL_YEARS_RE = re.compile(
    rf"(?<![\w/.-])(?:{_SCHOOL_YEAR_WORDS})?(?P<a>(?:19|20)\d\d)\s*/\s*(?P<a2>(?:19|20)\d\d|\d\d)"
    rf"(?:{_SEP}(?:(?P<b>(?:19|20)\d\d)\s*/\s*(?P<b2>(?:19|20)\d\d|\d\d)|{_PRESENT}))?"
    r"(?![\w/])"
)
# A winter season named with both years by their last two digits ("Hiver 24/25", "Winter 23/24", "Saison 19/20"), on
# folded text: without the season's name, "24/25" is no date. Only a season that runs over two years: a summer's
# "Été 07/08" is a day and its month. And not a day and its month before the rest of a range of days ("Saison d'hiver
# 11/12 au 15/04/2013").
_SHORT_SEASON_RE = re.compile(
    r"(?<![\w/.-])(?:(?:hivers?|winters?|saisons?|seasons?)\s+)+(?P<a>\d\d)\s*/\s*(?P<b>\d\d)(?![\w/])"
    r"(?!\s*(?:-|a|au|to|jusqu'au)\s*\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{2,4})"
)
# Two seasons written with hyphens, the range between them ("2019-2020 à 2022-2023"), on folded text.
_HYPHEN_SEASONS_RE = re.compile(
    r"(?<![\w/.-])(?P<a>(?:19|20)\d\d)-(?P<a2>(?:19|20)\d\d)\s*(?:a|au|to|[–—]|-)\s*"
    r"(?P<b>(?:19|20)\d\d)-(?P<b2>(?:19|20)\d\d)(?![\w/])"
)
# Two years with only a space between at a line's start, before its colon ("2017 2019 : aide a domicile", as a hasty
# writer spans a job; folded).
_SPACED_YEARS_RE = re.compile(r"^[\s•*-]*(?P<a>(?:19|20)\d\d) +(?P<b>(?:19|20)\d\d)\s*:")
# A season's name right before a date, on folded text ("winter ", "hivers ", "summer seasons ", "saison d'hiver ").
_SEASON_BEFORE_RE = re.compile(rf"\b(?:(?:{_SEASONS})s?(?:\s+seasons?)?|saisons?|seasons?)\s*$")
_MONTH_BEFORE_RE = re.compile(_MONTH.format(g="before") + r"\s*$")
_SCHOOL_YEAR_WORDS_RE = re.compile(rf"(?<!\w){_SCHOOL_YEAR_WORDS}$")
# The words of an aside on what became of a firm, or what it was called, on folded text ("Logica (devenu CGI en
# 2012)", "Zenika (acquired by Accenture in 2019)", "ServiceNow (formerly Element AI)").
FIRM_HISTORY_WORDS = (
    r"devenue?s?|rachetee?s?|absorbee?s?|fusionnee?s?|renommee?s?|acquise?s?|acquired|now|renamed|rebranded|merged|"
    r"formerly|anciennement"
)
# Such an aside, open in brackets before a year: the year dates no job.
_COMPANY_HISTORY_RE = re.compile(rf"\((?:[^()]*\s)?(?:{FIRM_HISTORY_WORDS})\s[^()]*$")
# ("seit 04/2020": German's word, kept by those who write their CV in English or French)
# (the short words whole: "commandes 2019" is no "dès 2019"; the long ones also run on, as some PDFs glue them to
# the word before, "Comptable uniqueDepuis 2021")
# The first day of a stay of a few days, before its last day's date ("du 8 au 12 decembre 2025", "du 8 decembre au
# 12 decembre 2025", "from 3 to 7 february 2020"; folded): part of the date, which is the month's.
# (Without "du", "from": only "au", "to" part the days: "Université Lyon 2 – 2018" is no day before its year.)
_DAY = r"\d{1,2}(?:er|st|nd|rd|th)?(?:\s+(?:" + "|".join(MONTH_NAMES) + r")\.?)?"
_DAYS_BEFORE_RE = re.compile(rf"(?:(?<!\w)(?:du|from|de)\s+{_DAY}\s*(?:au|to|a|-|–)|(?<![\w/]){_DAY}\s+(?:au|to))\s*$")
_SINCE_RE = re.compile(
    r"(?:depuis(?:\s+(?:le|l'|la|mon|janvier))?|since|(?<!\w)starting|a partir de|(?<!\w)des|(?<!\w)seit)"
    r"\s*:?\s*(?:le\s+)?$"
)
# (or a dash or an arrow closing the line: "2019 –", "2020 →", the end wrapped to the next line or left open; or a
# dash glued to the year before the title or the date cell's end, "2022- Postdoctorant", "2020– | Research
# Scientist", where "2019 - Chef de projet" only separates the year from the title)
_ONWARDS_RE = re.compile(r"\s*(?:onwards|to date|till date|till now|et plus|(?:-|[→►▸▶➔➜⟶])\s*$)|-\s+(?=[^\W\d_]|\|)")
_PRESENT_ALONE_RE = re.compile(
    r"(?<!\w)(?:actuellement|currently|en poste|poste actuel|current position|"
    # "depuis 2 ans": how long the job has lasted, the start left unsaid
    r"depuis (?:\d{1,2}|un|une|deux|trois) (?:ans?|annees?|mois)|for the (?:past|last) \d{1,2} (?:years|months))(?!\w)"
)


@dataclass(slots=True, frozen=True)
class DateRange:
    start: str | None
    end: str | None
    current: bool
    begin: int  # span in the (folded) text it was found in
    stop: int
    # The stretches of a range read from several listed with time off between them ("2015–2016 et 2018–2019"), each
    # (start, end); empty for a range read as written.
    stretches: tuple[tuple[str, str], ...] = ()

    @property
    def has_month(self) -> bool:
        return bool(self.start and len(self.start) > 4)


def _value(match: re.Match[str], prefix: str) -> str | None:
    groups = match.groupdict()
    if groups.get(prefix + "y1"):
        return f"{groups[prefix + 'y1']}-{_MONTHS[groups[prefix + 'mn']]:02d}"
    if groups.get(prefix + "y2"):
        return f"{groups[prefix + 'y2']}-{int(groups[prefix + 'mm']):02d}"
    if groups.get(prefix + "y3"):
        return f"{groups[prefix + 'y3']}-{int(groups[prefix + 'mm2']):02d}"
    if groups.get(prefix + "y4"):
        return groups[prefix + "y4"]
    if groups.get(prefix + "y5"):
        return _short_value(str(_MONTHS[groups[prefix + "mn5"]]), groups[prefix + "y5"])
    return None


def _short_second_year(first: str, second: str, season: bool) -> str | None:
    """The second year of a school year or a winter season, written whole or by its last two digits ("2023/24"), or
    None when two digits may be a month ("2011/12", December 2011, unless a season's name comes before it)."""
    if len(second) == 4:
        return second
    if int(second) <= 12 and not season:
        return None
    year = int(first[:2] + second)
    return str(year + 100 if year < int(first) else year)


def _short_value(month: str, year: str) -> str:
    century = "19" if int(year) >= 50 else "20"
    return f"{century}{year}-{int(month):02d}"


def _glued_value(match: re.Match[str], group: str) -> str:
    year, month = match.group(group + "y"), match.group(group + "m")
    return f"{year}-{int(month):02d}" if month else year


def find_date_ranges(text: str) -> list[DateRange]:
    """Every date or date range in ``text``, in order. A lone date has start == end (unless "depuis"/"since")."""
    if len(text) >= _CACHED_LENGTH:
        return list(_date_ranges(text))
    return list(_cached_date_ranges(text))


_SCHOOL_YEAR_START_RE = re.compile(r"\brentree(?=\s+(?:19|20)\d\d\b)")


def _fold_dates(text: str) -> str:
    """``fold(text)`` with "rentrée 2018" read as September 2018, when a French school year starts (the same length,
    so spans in it are spans in the text)."""
    folded = fold(text)
    if len(_ITALIAN_DOTTED_RE.findall(folded)) >= 2:
        folded = _ITALIAN_MONTH_BEFORE_YEAR_RE.sub(lambda match: _ITALIAN_AS_MONTHS[match.group()], folded)
    return _SCHOOL_YEAR_START_RE.sub("sept.  ", folded) if "rentree" in folded else folded


# Lines are short; a longer text (a paragraph, a whole section) is rarely asked about twice, and keeping it would let
# the cache hold megabytes.
_CACHED_LENGTH = 200


@lru_cache(maxsize=4096)
def _cached_date_ranges(text: str) -> tuple[DateRange, ...]:
    """``_date_ranges`` of a line, cached: the stages of one parse ask about the same lines several times (the
    sections, the entries, the field tagger), and the ranges are immutable."""
    return _date_ranges(text)


def _date_ranges(text: str) -> tuple[DateRange, ...]:
    folded = _fold_dates(text)
    if "…" in text:  # ("2019 – …": the ellipsis, which folding would make one dot, says the job goes on)
        folded = "".join("…" if original == "…" else char for original, char in zip(text, folded, strict=True))
    found: list[DateRange] = []
    taken: list[tuple[int, int]] = []
    for match in (*_YEAR_MONTHS_RE.finditer(folded), *_MONTH_PAIR_RE.finditer(folded)):
        if any(a <= match.start() < b for a, b in taken):
            continue
        year = match.group("y")
        found.append(
            DateRange(
                f"{year}-{_MONTHS[match.group('m1')]:02d}",
                f"{year}-{_MONTHS[match.group('m2')]:02d}",
                False,
                match.start(),
                match.end(),
            )
        )
        taken.append(match.span())
    for seasons in _HYPHEN_SEASONS_RE.finditer(folded):
        # "2019-2020 à 2022-2023": from one season (a school or theatre year) to another, each two years in a row
        opened, opened_end, closed, closed_end = (int(seasons.group(name)) for name in ("a", "a2", "b", "b2"))
        if opened_end == opened + 1 and closed_end == closed + 1 and closed >= opened:
            found.append(DateRange(str(opened), str(closed_end), False, seasons.start(), seasons.end()))
            taken.append(seasons.span())
    spaced = _SPACED_YEARS_RE.match(folded)
    if spaced and spaced.group("a") <= spaced.group("b"):
        found.append(DateRange(spaced.group("a"), spaced.group("b"), False, spaced.start("a"), spaced.end("b")))
        taken.append((spaced.start("a"), spaced.end("b")))
    for named in _SHORT_SEASON_RE.finditer(folded):
        if (int(named.group("a")) + 1) % 100 == int(named.group("b")):  # (not "Été 12/07", a day and its month)
            first_year = _short_value("1", named.group("a"))[:4]
            found.append(DateRange(first_year, str(int(first_year) + 1), False, named.start(), named.end()))
            taken.append(named.span())
    for school in _SCHOOL_YEARS_RE.finditer(folded):
        if any(a <= school.start() < b for a, b in taken):
            continue
        if _MONTH_BEFORE_RE.search(folded, 0, school.start()):
            continue  # ("Sept. 2019/2020": a month and its year, read below)
        first, later = school.group("a"), school.group("b")
        season = bool(_SEASON_BEFORE_RE.search(folded, 0, school.start()))
        second = _short_second_year(first, school.group("a2"), season)
        after = _short_second_year(later, school.group("b2"), season) if later else None
        if (
            second is None
            or int(second) != int(first) + 1
            or (later and (after is None or int(after) != int(later) + 1))
        ):
            continue  # ("2015/2018": a plain range, read below; "2011/12" without a season's name, a month)
        last = None if school.group("present") else (after or second)
        if last is not None and last < second:
            continue
        found.append(DateRange(first, last, last is None, school.start(), school.end()))
        taken.append(school.span())
    for short in _SHORT_RANGE_RE.finditer(folded):
        first = _short_value(short.group("am"), short.group("ay"))
        ongoing = bool(short.group("present"))
        last = None if ongoing else _short_value(short.group("bm"), short.group("by"))
        if last is not None and last < first:
            continue
        found.append(DateRange(first, last, ongoing, short.start(), short.end()))
        taken.append(short.span())
    for glued in _GLUED_RE.finditer(folded):
        first = _glued_value(glued, "a")
        ongoing = bool(glued.group("present"))
        last = None if ongoing else _glued_value(glued, "b")
        if last is not None and not (first[:4] <= last[:4] <= str(int(first[:4]) + 45)):
            continue
        if last is not None and last < first:
            continue
        found.append(DateRange(first, last, ongoing, glued.start(), glued.end()))
        taken.append(glued.span())
    for match in _RANGE_RE.finditer(folded):
        if any(a < match.end() and match.start() < b for a, b in taken):
            continue  # (overlapping a range read above: "Sept. 2019/2020" is one school year)
        start = _value(match, "a_")
        end = _value(match, "b_")
        begin = match.start()
        current = bool(match.group("present"))
        if match.group("short") and start:
            century = start[:2]
            end_year = f"{century}{match.group('short')}"
            if end_year < start[:4] or int(end_year) - int(start[:4]) > 45:
                continue  # "2019-05" read as a month is handled above; anything else is not a range
            end = end_year
        if not end and not current and _COMPANY_HISTORY_RE.search(folded[max(0, match.start() - 60) : match.start()]):
            continue  # "Logica (devenu CGI en 2012)", "Zenika (acquired by Accenture in 2019)": the firm's story
        if not end and not current:
            before = folded[max(0, match.start() - 25) : match.start()]
            after = folded[match.end() : match.end() + 20]
            since = _SINCE_RE.search(before)
            onwards = _ONWARDS_RE.match(after)
            if onwards and not since and after.lstrip()[:1] in "→►▸▶➔➜⟶":
                from .education import find_degree  # (here: education reads the dates)

                if find_degree(text[: match.start()]) is not None:
                    onwards = None  # ("Bac S 2012 →", "BTS MCO 2017 ➜": a path's steps, the year each was won)
            if since or onwards:
                current = True
                if since:
                    begin = match.start() - len(before) + since.start()
            else:
                end = start
                days = _DAYS_BEFORE_RE.search(before)
                if days:
                    begin = match.start() - len(before) + days.start()  # "Du 8 au 12 décembre 2025": a week's days
        if start and end and end < start:
            start, end = end, start
        words = (
            _SCHOOL_YEAR_WORDS_RE.search(folded, 0, begin)
            if "year" in folded or "annee" in folded or "ann." in folded
            else None
        )
        if words is not None:
            begin = words.start()  # "Academic year 2019-2020"
        found.append(DateRange(start, None if current else end, current, begin, match.end()))
    found.sort(key=lambda r: r.begin)
    return tuple(found)


def find_present_word(text: str) -> bool:
    """True for "actuellement" / "currently" with no date: a current position of unknown start."""
    return bool(_PRESENT_ALONE_RE.search(fold(text)))


def only_dates(text: str) -> bool:
    """The text is one range of dates and nothing else ("2014 – 2016", "| 09/2019 – présent")."""
    ranges = find_date_ranges(text)
    return len(ranges) == 1 and not strip_punct(fold(text)[: ranges[0].begin] + fold(text)[ranges[0].stop :])


def parse_date_range(text: str) -> DateRange | None:
    """The first range in ``text`` (ranges with two ends are preferred over lone dates)."""
    ranges = find_date_ranges(text)
    if not ranges:
        return None
    for candidate in ranges:
        if candidate.current or candidate.end != candidate.start:
            return candidate
    return ranges[0]


def _month_index(value: str, *, end: bool) -> int:
    year = int(value[:4])
    if len(value) >= 7:
        return year * 12 + int(value[5:7]) - 1 + (1 if end else 0)
    return year * 12


def years_of_experience(
    periods: Iterable[tuple[str | None, str | None, bool]], reference_date: date | None = None
) -> float:
    """Total years covered by (start, end, current) periods, overlaps counted once.

    A year-only start counts from January, a year-only end up to January of that year ("2015–2018" = 3 years);
    a current period runs to ``reference_date`` (default today).
    """
    today = reference_date or date.today()
    now = today.year * 12 + today.month
    intervals: list[tuple[int, int]] = []
    for start, end, current in periods:
        if not start:
            continue
        begin = _month_index(start, end=False)
        if current or not end:
            if not current:
                continue
            stop = now
        else:
            stop = _month_index(end, end=True)
            if stop <= begin:
                stop = begin + (12 if len(end) == 4 else 1)
        stop = min(stop, now)
        if stop > begin:
            intervals.append((begin, stop))
    intervals.sort()
    total = 0
    current_begin, current_stop = None, None
    for begin, stop in intervals:
        if current_stop is None or begin > current_stop:
            if current_stop is not None and current_begin is not None:
                total += current_stop - current_begin
            current_begin, current_stop = begin, stop
        else:
            current_stop = max(current_stop, stop)
    if current_stop is not None and current_begin is not None:
        total += current_stop - current_begin
    return round(total / 12, 1)


_OPEN_DATE_RE = re.compile(rf"^\s*(?:(?:de|du|from|d')\s*)?{_date('a_')}\s*(?:-+|–|—|to|a|au)\s*(?:a ce)?\s*$")
_OPEN_MONTH_RE = re.compile(rf"^\s*(?:(?:de|du|from)\s+)?{_MONTH.format(g='a_mn')}\s*(?:-+|–|—|to|a|au)\s*$")
_CLOSING_RE = re.compile(rf"^\s*(?:{_date('a_')}|{_PRESENT})\s*$")
# "Sept. 2016 – Déc." over "2020", "Depuis janvier" over "2021": the column wrapped before the last year.
_BEFORE_YEAR_RE = re.compile(
    rf"^\s*(?:(?:depuis|since|de|du|from)\s+)?(?:le\s+)?(?:\d{{1,2}}(?:er)?\s+)?"
    rf"(?:{_date('a_')}\s*(?:-+|–|—|to|a|au)\s*)?{_MONTH.format(g='b_mn')}\s*$"
)
_LONE_YEAR_RE = re.compile(rf"^\s*{_YEAR.format(g='y')}\s*$")
# A date cell that cannot be a firm's name: "depuis février" or two months ("Janvier – juin"), over the year and how
# long the job lasted.
_MONTHS_BEFORE_DURATION_RE = re.compile(
    rf"^\s*(?:depuis|since|de|du|from)\s+{_MONTH.format(g='d_mn')}\s*$|"
    rf"^\s*{_MONTH.format(g='e_mn')}\s*(?:-+|–|—|/|a|au|to)\s*{_MONTH.format(g='f_mn')}\s*$"
)
# How long a job lasted, in brackets after its dates: "(7 mois)", "(1 an 4 mois)", "(2 years)" (on folded text).
_DURATION_TAIL_RE = re.compile(r"\s*\(\s*(?:\d+\s*(?:ans?|annees?|mois|years?|yrs?|months?|mos?)\s*(?:et\s*)?)+\)\s*$")
# "Conseillère en insertion — depuis février" over "2019": a header line wrapped before the last year, the dates set
# apart from the title by a dash or a bar.
_WRAPPED_BEFORE_YEAR_RE = re.compile(
    rf"\s[-|]\s+(?:(?:depuis|since|de|du|from)\s+)?(?:{_date('a_')}\s*(?:-+|to|a|au)\s*)?{_MONTH.format(g='b_mn')}\s*$"
)


def _ordered(opening: str, closing: str) -> bool:
    """Whether the date that closes a cut range comes after the one that opens it (or either has no year)."""
    first, last = re.findall(r"\d{4}", opening), re.findall(r"\d{4}", closing)
    return not first or not last or first[0] <= last[-1]


_MONTH_WORD_RE = re.compile(_MONTH.format(g="w_mn"))
# A range's start with its opening word, and its end with the word that joins them, on two lines of a date column.
_FROM_DATE_RE = re.compile(rf"^\s*(?:de|du|from)\s+{_date('a_')}\s*$")
_TO_DATE_RE = re.compile(rf"^\s*(?:a|au|to|jusqu'a|jusqu'au)\s+(?:{_date('b_')}|{_PRESENT})\s*$")
# A line of text cut before its end on a connector or a comma ("… informatique de" over "proximité", "Inetum (client
# : CACIB)," over "Montrouge"; not "Mairie de Rennes" over "agent d'accueil": the employer, then the title), and a
# line going on in lower case.
_WRAPPED_TEXT_RE = re.compile(r"(?:\s(?:de|du|des|d'|et|en|à|au|aux|pour|of|and|for|in|the|&)|[-–,/])\s*$")
_WRAPPED_ON_RE = re.compile(r"^\s*(?-i:[a-zà-ÿ])[\w'’-]*(?:\s|$)")


# A range cut inside its word for today ("juillet 2020 – en" over "cours", "mars 2019 – à ce" over "jour").
_CUT_PRESENT_RE = re.compile(rf"^\s*{_date('a_')}\s*(?:-+|–|—)\s*(?P<cut>en|a ce)\s*$")
_PRESENT_ENDS = {"en": "cours", "a ce": "jour"}


def _before(opening: str, closing: str) -> bool:
    """Whether the date that opens a cut range comes strictly before the one that may close it (a word for today
    closes any)."""
    first, last = find_date_ranges(opening), find_date_ranges(closing)
    if not first or not first[0].start:
        return False
    if not last:
        return True
    return bool(last[0].current or (last[0].start and first[0].start < last[0].start))


# A start date alone with its month in a timeline's cell ("03.2020", "09/2015", "mars 2019").
_LONE_MONTH_DATE_RE = re.compile(
    rf"^\s*(?:(?:0?[1-9]|1[0-2])[./](?:19|20)\d\d|{_MONTH.format(g='l_mn')}\s+(?:19|20)\d\d)\s*$"
)


def _title_cell(text: str) -> bool:
    """A title alone in a timeline's cell ("RESPONSABLE DE RAYON", "Stage – Assistant manager de rayon"), not a title
    and its employer ("Sales Associate – H&M", "Crew Member | McDonald's")."""
    if "|" in text or "," in text or not title_score(fold(text)) or org_score(fold(text)):
        return False
    last = re.split(r"\s[–—-]\s", text)[-1]
    return title_score(fold(last)) >= 1


def _first_cell_start(text: str) -> str | None:
    """The date a row's first cell holds alone ("03.2020 | …"), or None."""
    cell = text.partition(" | ")[0]
    if not _LONE_MONTH_DATE_RE.match(fold(cell)):
        return None
    found = find_date_ranges(cell)
    return found[0].start if found else None


def _closes_today(text: str) -> bool:
    """Whether a row's first cell is a word for today alone ("présent", "aujourd'hui")."""
    found = find_date_ranges(text.partition(" | ")[0])
    return bool(found) and found[0].start is None and found[0].current


def _timeline_order(texts: list[str], index: int) -> bool:
    """Whether the rows around a pair of date rows go back in time, as a timeline's entries do (newest first, each
    entry's start over its end), not forward as a list of dated items does: the next dated row (an entry's start) is
    older than this start, or the dated row before (an entry's end) is newer than this end."""
    start = _first_cell_start(texts[index])
    end = _first_cell_start(texts[index + 1])
    following = next(
        (found for row in texts[index + 2 : index + 12] if (found := _first_cell_start(row)) is not None), None
    )
    previous = next(
        (found for row in reversed(texts[max(0, index - 10) : index]) if (found := _first_cell_start(row)) is not None),
        None,
    )
    return bool((start and following and following < start) or (end and previous and previous > end))


def _with_month(folded: str) -> bool:
    """Whether a (folded) date names its month: "05/2011", "mai 2017"."""
    return bool(re.search(r"(?<!\d)\d{1,2}/\d{4}", folded) or _MONTH_WORD_RE.search(folded))


def _remark_cut(cell: str, below: str) -> bool:
    """Whether a date cell's remark in brackets after its range is left open ("2021 – 2026 (en", "2019 – 2021
    (alternance,") and the cell below closes it with a few words and no date ("cours)", "alternance)")."""
    found = find_date_ranges(cell)
    opened = cell.rfind("(")
    return bool(
        found
        and opened >= found[-1].stop
        and ")" not in cell[opened:]
        and below.strip().endswith(")")
        and "(" not in below
        and len(below.split()) <= 3
        and not find_date_ranges(below)
    )


def join_wrapped_ranges(texts: list[str], columns: list[float]) -> list[str | None]:
    """The texts with a date range wrapped over two lines of a narrow date column joined on the first: "05/2019 - |
    Comptable" over "aujourd'hui | Lactalis, Rennes" becomes "05/2019 - aujourd'hui | Comptable" over "Lactalis,
    Rennes" (the second line's first cell, before " | ", is the range's end); so is "Sept. 2016 – Déc." over "2020".
    ``columns`` are the lines' left edges
    (0 when unknown); a line left empty is None."""
    out: list[str | None] = list(texts)
    for index in range(len(texts) - 1):
        current = out[index]
        if (
            current is not None
            and _BRACKET_MONTH_CUT_RE.search(fold(current))
            and _YEAR_CLOSES_BRACKET_RE.match(texts[index + 1])
        ):
            # "… Bataillon de marins-pompiers de Marseille (BMPM) (sept." over "2004 – mai 2012)": the bracketed
            # range cut at the line's end after its first month
            out[index] = f"{current.rstrip()} {texts[index + 1].strip()}"
            out[index + 1] = None
            continue
        if current is not None and current.rstrip().endswith(" |") and only_dates(texts[index + 1]):
            # "PRÉFECTURE DE L'OISE (Beauvais) | Cheffe du bureau des élections |" over "2011 – 2014": the row's
            # last cell, its dates, wrapped onto a line of their own
            out[index] = f"{current.rstrip()} {texts[index + 1].strip()}"
            out[index + 1] = None
            continue
        present_cut = _CUT_PRESENT_RE.match(fold(current)) if current is not None else None
        if present_cut is not None and current is not None:
            # "juillet 2020 – en" beside the title, "cours" on the row below: "en cours" cut in two in a date column
            for below in (index + 1, index + 2):
                if below < len(texts) and fold(texts[below]).strip() == _PRESENT_ENDS[present_cut.group("cut")]:
                    if below == index + 2 and find_date_ranges(texts[index + 1]):
                        break
                    out[index] = f"{current.rstrip()} {texts[below].strip()}"
                    out[below] = None
                    break
            if out[index] != current:
                continue
        if current is not None and " | " in current and _LONE_YEAR_RE.match(texts[index + 1]):
            cut, cut_bar, cell = current.rpartition(" | ")
            if _BEFORE_YEAR_RE.match(fold(cell)) and _ordered(cell, texts[index + 1]):
                # "Sous-cheffe | Depuis novembre" over "2021" alone on its row, right-aligned under the month
                out[index] = f"{cut}{cut_bar}{cell.rstrip()} {texts[index + 1].strip()}"
                out[index + 1] = None
                continue
        if current is None:
            continue
        if abs(columns[index] - columns[index + 1]) > 3:
            head, bar, cells = current.partition(" | ")
            after, after_bar, after_cells = texts[index + 1].partition(" | ")
            folded_head, folded_after = fold(head), _fold_dates(after)
            # ("2019 – | …" over "2020 | …" may be an open range over the next job's year: only months are joined)
            month_range = bool(
                head.rstrip().endswith(("-", "–", "—"))
                and _OPEN_DATE_RE.match(folded_head)
                and _CLOSING_RE.match(folded_after)
                and _with_month(folded_head)
                and (_with_month(folded_after) or not re.search(r"\d{4}", after))
                # (its end after its start, months and all: "Sept. 2020 –" over "Mars 2020" is the next job's date)
                and _before(head, after)
            )
            if not (
                bar
                and after_bar
                and (
                    month_range
                    or (
                        columns[index] < columns[index + 1]
                        and _BEFORE_YEAR_RE.match(folded_head)
                        and _LONE_YEAR_RE.match(after)
                    )
                )
                and _ordered(head, after)
            ):
                continue
            # "Depuis septembre | Médiatrice culturelle" over "2020 | Musée du Louvre", "05/2011 – | Nuits sonores"
            # over "07/2011 | Stagiaire production": a date column aligned on the right, its lines of unequal length
            out[index] = f"{head.rstrip()} {after.strip()}{bar}{cells}"
            out[index + 1] = after_cells.strip() or None
            continue
        before_last, last_bar, last = current.rpartition(" | ")
        next_first, next_bar, next_last = texts[index + 1].rpartition(" | ")
        # "Septembre 2019 – à ce" over "jour": "à ce jour" cut in two at the right margin
        cut_today = fold(last).rstrip().endswith((" a ce", "-a ce")) and fold(next_last).strip() == "jour"
        if last_bar and next_bar and _remark_cut(last, next_last):
            # "Diplôme d'ingénieur … | 2021 – 2026 (en" over "ESILV – École …, Paris | cours)": the remark in brackets
            # after the range, cut by the column's edge, closed in the next line's last cell
            out[index] = f"{before_last}{last_bar}{last.rstrip()} {next_last.strip()}"
            out[index + 1] = next_first
            continue
        if (
            last_bar
            and next_bar
            and (cut_today or _CLOSING_RE.match(_fold_dates(next_last)))
            and (
                # ("… | 2019 –" says the job goes on: only a word that needs its end, or a month without its
                # year, is cut.)
                (last.rstrip().endswith((" to", " à", " au", " a")) and _OPEN_DATE_RE.match(fold(last)))
                or (_OPEN_MONTH_RE.match(fold(last)) and re.search(r"\d{4}", next_last))
                # ("Technicienne d'assistance informatique de | Depuis septembre" over "proximité | 2017"; a range cut
                # before its last year, "Conseiller en insertion | Sept. 2016 – Déc." over "professionnelle | 2020",
                # is joined later, title and all, unless the text beside it is cut on a connector as well)
                or (
                    _BEFORE_YEAR_RE.match(fold(last))
                    and _LONE_YEAR_RE.match(next_last)
                    and (
                        not re.search(r"\d{4}", last)
                        or not _WRAPPED_ON_RE.match(next_first)  # ("Pôle emploi | 2020": the employer beside the year)
                        or bool(_WRAPPED_TEXT_RE.search(before_last))
                    )
                )
                or cut_today
                # "Inetum (client : CACIB), | mai 2017 –" over "Montrouge | décembre 2019": a month's range cut
                # after its dash, its end a month of its own (a year alone after "2019 –" may be the next job's)
                or (
                    last.rstrip().endswith(("-", "–", "—"))
                    and _OPEN_DATE_RE.match(fold(last))
                    and _MONTH_WORD_RE.search(fold(last))
                    and _MONTH_WORD_RE.search(fold(next_last))
                    # (and the text beside it wrapped too: "…, | mai 2017 –" over "Montrouge | décembre 2019"; not
                    # an open range over the next entry's date)
                    and (before_last.rstrip().endswith(",") or bool(_WRAPPED_ON_RE.match(next_first)))
                )
            )
            and _ordered(last, next_last)
        ):
            # "Maçon | De septembre 2016 à" over "Perrin Construction – Lyon | février 2021": the range at the end
            # of the line, its end in the last cell of the next.
            out[index] = f"{before_last}{last_bar}{last.rstrip()} {next_last.strip()}"
            out[index + 1] = next_first
            if _WRAPPED_TEXT_RE.search(before_last):
                # "Technicienne d'assistance informatique de | Depuis septembre" over "proximité | 2017": the
                # title beside the dates wrapped as they did
                out[index] = f"{before_last} {next_first.strip()}{last_bar}{last.rstrip()} {next_last.strip()}"
                out[index + 1] = None
            continue
        head, bar, rest = current.partition(" | ")
        tail = head.rstrip()
        after, after_bar, after_rest = texts[index + 1].partition(" | ")
        if (
            tail.endswith(("-", "–", "—", " to", " à", " au", " a"))
            and _OPEN_MONTH_RE.match(fold(head))
            and _CLOSING_RE.match(_fold_dates(after))
            and re.search(r"\d{4}", after)
        ):
            pass  # "Novembre –" over "décembre 2015 | Galeries Lafayette": both months share the year below
        elif _SINCE_RE.fullmatch(fold(head).strip()) and _CLOSING_RE.match(_fold_dates(after)) and after.strip():
            pass  # "Depuis | Cariste | Geodis" over "09/2020 | de conteneurs": the date a table's cell wrapped
        elif (
            bar
            and after_bar
            and _LONE_MONTH_DATE_RE.match(fold(head))
            and _CLOSING_RE.match(_fold_dates(after))
            and _before(head, after)
            # (the row holds a title alone and the row below the employer: not two entries of a list in time order,
            # "06.2018 | BTS NDRC" over "06.2020 | Licence pro", "06.2019 | Stage – Airbus" over "07.2019 | Job d'été")
            and _title_cell(rest)
            and title_score(fold(after_rest)) < 1
            and (_closes_today(after) or _timeline_order(texts, index))
        ):
            # "03.2020 | RESPONSABLE DE RAYON" over "présent | Fnac Darty — Vélizy 2": a timeline's start and end on
            # two rows of its date column
            out[index] = f"{head.rstrip()} – {after.strip()}{bar}{rest}"
            out[index + 1] = after_rest.strip() or None
            continue
        elif (cut_head := _CUT_PRESENT_RE.match(fold(head))) and fold(after).strip() == _PRESENT_ENDS[
            cut_head.group("cut")
        ]:
            pass  # "juillet 2020 – en | Acheteuse …" over "cours | Renault Group": "en cours" cut in two
        elif _FROM_DATE_RE.match(fold(head)) and _TO_DATE_RE.match(_fold_dates(after)):
            pass  # "De janvier 2017 | Faisant fonction de cadre" over "à août 2018 | CHU de Nantes": cut before "à"
        elif bar and _SEASON_CELL_RE.fullmatch(fold(head).strip()) and only_dates(after):
            pass  # "Saison | Régisseur lumière – Théâtre de la Ville" over "2021-2022": the season's years wrapped
        elif tail.endswith(("-", "–", "—", " to", " à", " au", " a", " à ce", " a ce")) and _OPEN_DATE_RE.match(
            fold(head)
        ):
            # ("janvier 2020 – à ce" over "jour | Villeurbanne": "à ce jour" cut in two.)
            cut_today = tail.endswith("ce") and fold(after).strip() == "jour"
            if not _CLOSING_RE.match(_fold_dates(after)) and not cut_today:
                continue
        elif not (
            (_BEFORE_YEAR_RE.match(fold(head)) or _WRAPPED_BEFORE_YEAR_RE.search(fold(head)))
            and (
                _LONE_YEAR_RE.match(after)
                # ("mai 2022 – nov. | Logisticien" over "2022 (7 mois) | MSF": the year, then how long it lasted,
                # after a range that has its start's year; not "Chef de produit – Mars" over "2019 (6 mois)", a firm
                # named like a month over a whole date)
                or (
                    (
                        re.search(r"\d{4}", head)
                        or (_BEFORE_YEAR_RE.match(fold(head)) and len(fold(head).split()) >= 2)
                        or _MONTHS_BEFORE_DURATION_RE.search(fold(head))
                    )
                    and _LONE_YEAR_RE.match(_DURATION_TAIL_RE.sub("", fold(after)))
                )
            )
        ):
            continue
        out[index] = f"{head.rstrip()} {after.strip()}{bar}{rest}"
        out[index + 1] = after_rest.strip() if after_bar and after_rest.strip() else None
    return _stacked_range_ends(out, columns)


# A bracket left open at a line's end after a month ("(sept.", "(depuis janvier"), its year on the next line, which
# closes the bracket ("2004 – mai 2012)").
_BRACKET_MONTH_CUT_RE = re.compile(rf"\((?:(?:depuis|since|de|du|from)\s+)?{_MONTH.format(g='c_mn')}\s*$")
_YEAR_CLOSES_BRACKET_RE = re.compile(rf"^\s*{_YEAR.format(g='c_y')}\b[^()]*\)")


# The word of a season in a date column, its years on the row below ("Saison" over "2021-2022").
_SEASON_CELL_RE = re.compile(r"(?:saisons?|seasons?)")


# A timeline's dot before the end date under the start ("Sept. 2019" over "• aujourd'hui").
_TIMELINE_DOT_RE = re.compile(r"^\s*[•·●○▪]\s*")


def _stacked_range_ends(texts: list[str | None], columns: list[float]) -> list[str | None]:
    """The texts with a range whose end sits lower in a timeline's date column than the start, a title line between
    or beside them, joined on the start's line: "March 2019 –" over "HR Manager" (set larger, further right) over
    "present | Standard Life" becomes "March 2019 – present | HR Manager" over "Standard Life"; "Sept. 2019 |
    Infirmière coordinatrice" over "• aujourd'hui" becomes "Sept. 2019 – aujourd'hui | Infirmière coordinatrice".

    The end must be in the start's column and after it; without a dash after the start, the timeline's dot before the
    end tells that the two dates are one range (not two dated lines of a list)."""
    out = list(texts)
    kept = [index for index, text in enumerate(out) if text is not None]
    for position, index in enumerate(kept[:-1]):
        current = out[index]
        if current is None:
            continue
        head, bar, rest = current.partition(" | ")
        folded_head = fold(head)
        dashed = bool(_OPEN_DATE_RE.match(folded_head)) and head.rstrip().endswith(("-", "–", "—"))
        single = bool(_LONE_MONTH_DATE_RE.match(folded_head) or _LONE_YEAR_RE.match(head))
        if not (dashed or single):
            continue
        # (the start alone on its line, its title on the next, further right; or the start beside its title)
        candidates = [kept[position + 2]] if not bar and position + 2 < len(kept) else []
        if bar:
            candidates = [kept[position + 1]]
        for below in candidates:
            text = out[below]
            if text is None or abs(columns[below] - columns[index]) > 6:
                continue
            between = kept[position + 1] if not bar else None
            if between is not None:
                middle = out[between] or ""
                if columns[between] <= columns[index] + 3 or find_date_ranges(middle) or " | " in middle:
                    continue
            dot = _TIMELINE_DOT_RE.match(text)
            end, end_bar, end_rest = text[dot.end() if dot else 0 :].partition(" | ")
            if not (dashed or dot) or not _CLOSING_RE.match(_fold_dates(end)) or not end.strip():
                continue
            if bar and not dashed and end_bar and end_rest.strip():
                continue  # ("2015 | Bac S …" over "• 2017 | BTS SIO …": two dated lines of a list, each with its own)
            if not (_before(head, end) if not dashed else _ordered(head, end)):
                continue
            title = rest if bar else (out[between] or "") if between is not None else ""
            joined = f"{head.rstrip()} {end.strip()}" if dashed else f"{head.rstrip()} – {end.strip()}"
            out[index] = f"{joined} | {title.strip()}" if title.strip() else joined
            if between is not None:
                out[between] = None
            out[below] = end_rest.strip() if end_bar and end_rest.strip() else None
    return out

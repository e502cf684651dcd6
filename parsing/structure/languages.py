"""Spoken languages and their CEFR level, from French and English wordings.

"Anglais courant" → C1, "bilingue" → C2, "langue maternelle"/"native" → native, "notions" → A2, "TOEIC 900" → B2…
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .names import given_name_hits
from .text import fold, strip_bullet

NATIVE = "native"
_LEVEL_ORDER = {"A1": 1, "A2": 2, "B1": 3, "B2": 4, "C1": 5, "C2": 6, NATIVE: 7}

# ISO 639-1 code (ISO 639-2 for a language without one: "mni", "ceb") → (French name, English name), and every
# wording that names the language (in French, in English, and in itself where CVs write it so: "Italiano – B1").
_LANGUAGES: dict[str, tuple[str, str, str]] = {
    "fr": ("Français", "French", "francais french franzosisch frances francese francuski francouzstina franceza"),
    "en": ("Anglais", "English", "anglais english englisch ingles inglese angielski anglictina engleza"),
    "es": (
        "Espagnol",
        "Spanish",
        "espagnol spanish castillan espanol castellano spanisch spagnolo hiszpanski spanelstina",
    ),
    "de": ("Allemand", "German", "allemand german deutsch aleman tedesco niemiecki nemcina germana"),
    "it": ("Italien", "Italian", "italien italian italiano italienisch wloski"),
    "pt": ("Portugais", "Portuguese", "portugais portuguese portugues portugiesisch portoghese"),
    "nl": ("Néerlandais", "Dutch", "neerlandais dutch flamand flemish nederlands niederlandisch"),
    "zh": ("Chinois", "Chinese", "chinois chinese mandarin chinesisch"),
    "yue": ("Cantonais", "Cantonese", "cantonais cantonese"),
    # (the Chinese of Fujian, Taiwan and of Singapore's and Malaysia's families: "Hokkien (conversational)")
    "nan": ("Hokkien", "Hokkien", "hokkien teochew min_nan"),
    "hak": ("Hakka", "Hakka", "hakka"),
    "ja": ("Japonais", "Japanese", "japonais japanese japanisch"),
    "ko": ("Coréen", "Korean", "coreen korean"),
    # (with a country's spoken variety, named as the CV names it: "Arabe tchadien : notions", "Moroccan Arabic")
    "ar": (
        "Arabe",
        "Arabic",
        "arabe arabic arabisch arabe_tchadien chadian_arabic arabe_marocain moroccan_arabic arabe_algerien "
        "algerian_arabic arabe_tunisien tunisian_arabic arabe_egyptien egyptian_arabic arabe_libanais "
        "lebanese_arabic arabe_soudanais sudanese_arabic",
    ),
    "ru": ("Russe", "Russian", "russe russian russisch russo rosyjski rustina"),
    "pl": ("Polonais", "Polish", "polonais polish polski polnisch polacco"),
    "tr": ("Turc", "Turkish", "turc turkish turkce turkisch"),
    "hi": ("Hindi", "Hindi", "hindi"),
    "sv": ("Suédois", "Swedish", "suedois swedish svenska"),
    "no": ("Norvégien", "Norwegian", "norvegien norwegian"),
    "da": ("Danois", "Danish", "danois danish"),
    "fi": ("Finnois", "Finnish", "finnois finnish"),
    "el": ("Grec", "Greek", "grec greek griechisch"),
    "he": ("Hébreu", "Hebrew", "hebreu hebrew"),
    "ro": ("Roumain", "Romanian", "roumain romanian rumanisch romena"),
    "hu": ("Hongrois", "Hungarian", "hongrois hungarian ungarisch"),
    "cs": ("Tchèque", "Czech", "tcheque czech tschechisch cestina"),
    "uk": ("Ukrainien", "Ukrainian", "ukrainien ukrainian ukrainisch ukrainski"),
    "vi": ("Vietnamien", "Vietnamese", "vietnamien vietnamese"),
    "th": ("Thaï", "Thai", "thai"),
    # (Valencian is the Catalan of Valencia, written so on its speakers' CVs: "Valencien : maternelle")
    "ca": ("Catalan", "Catalan", "catalan valencien valencian valenciano"),
    "bn": ("Bengali", "Bengali", "bengali bangla"),
    "ta": ("Tamoul", "Tamil", "tamoul tamil"),
    "te": ("Télougou", "Telugu", "telugu telougou"),
    "mr": ("Marathi", "Marathi", "marathi"),
    "ur": ("Ourdou", "Urdu", "ourdou urdu"),
    "fa": ("Persan", "Persian", "persan farsi persian"),
    "sw": ("Swahili", "Swahili", "swahili kiswahili"),
    "wo": ("Wolof", "Wolof", "wolof"),
    "ff": ("Peul", "Fula", "peul fula fulani pulaar fulfulde pular poular toucouleur"),
    "snk": ("Soninké", "Soninke", "soninke"),
    "dyu": ("Dioula", "Dyula", "dioula dyula"),
    "man": ("Mandingue", "Mandinka", "mandingue malinke mandinka"),
    "ti": ("Tigrigna", "Tigrinya", "tigrigna tigrinya"),
    "la": ("Latin", "Latin", "latin"),
    "lb": ("Luxembourgeois", "Luxembourgish", "luxembourgeois luxembourgish letzebuergesch luxemburgisch"),
    # Regional languages of France and the British Isles, and more of the languages of Europe, Africa and Asia that
    # CVs in France list. (An underscore joins the words of a name: "scottish_gaelic".)
    "br": ("Breton", "Breton", "breton"),
    "eu": ("Basque", "Basque", "basque euskara"),
    "co": ("Corse", "Corsican", "corse corsican"),
    "oc": ("Occitan", "Occitan", "occitan provencal"),
    # (Alsatian and Swiss German are both Alemannic, a language of its own beside German: "Swiss German – basic")
    "gsw": (
        "Alsacien",
        "Alsatian",
        "alsacien alsatian swiss_german suisse_allemand suisse-allemand schweizerdeutsch schwyzerdutsch",
    ),
    # (with the island's or the country's variety, named whole as the CV names it: "Créole réunionnais (langue
    # maternelle)", "Mauritian Creole – native")
    "cpf": (
        "Créole",
        "Creole",
        "creole kreyol creole_reunionnais creole_mauricien creole_seychellois creole_martiniquais creole_guadeloupeen "
        "creole_antillais creole_guyanais creole_cap-verdien creole_capverdien reunion_creole reunionese_creole "
        "mauritian_creole seychellois_creole antillean_creole guadeloupean_creole martinican_creole guianese_creole "
        "cape_verdean_creole kreol_morisien morisien",
    ),
    # ("Créole haïtien : notions": Haiti's creole, named whole, not "Créole")
    "ht": ("Créole haïtien", "Haitian Creole", "creole_haitien haitian_creole kreyol_ayisyen"),
    "ga": ("Irlandais", "Irish", "irlandais irish gaeilge irish_gaelic"),
    "gd": ("Gaélique écossais", "Scottish Gaelic", "scottish_gaelic gaelique_ecossais gaelic gaelique"),
    "cy": ("Gallois", "Welsh", "gallois welsh"),
    "sgn": (
        "Langue des signes",
        "Sign language",
        "lsf bsl asl langue_des_signes sign_language british_sign_language american_sign_language",
    ),
    "ber": ("Berbère", "Berber", "berbere berber kabyle tamazight amazigh amazighe tarifit tachelhit"),
    "ln": ("Lingala", "Lingala", "lingala"),
    "bm": ("Bambara", "Bambara", "bambara"),
    "kg": ("Kikongo", "Kongo", "kikongo kongo"),
    "lua": ("Tshiluba", "Luba-Kasai", "tshiluba ciluba"),
    "bci": ("Baoulé", "Baoule", "baoule"),
    "ewo": ("Ewondo", "Ewondo", "ewondo"),
    "bas": ("Bassa", "Basaa", "bassa basaa"),
    "bbj": ("Ghomala", "Ghomala", "ghomala"),
    "bum": ("Boulou", "Bulu", "boulou bulu"),
    "srr": ("Sérère", "Serer", "serere serer"),
    "ee": ("Éwé", "Ewe", "ewe"),
    "fon": ("Fon", "Fon", "fongbe fon"),
    # more of West and Central Africa's languages, as applicants from Benin, Togo, Guinea, Niger, Mali, Burkina
    # Faso, Cameroon, Gabon and Senegal list them
    "gen": ("Mina", "Gen", "mina"),
    "fan": ("Fang", "Fang", "fang"),
    "guw": ("Goun", "Gun", "goun gungbe"),
    "kbp": ("Kabiyè", "Kabiye", "kabye kabiye kabre"),
    "sef": ("Sénoufo", "Senufo", "senoufo senufo"),
    "bai": ("Bamiléké", "Bamileke", "bamileke"),
    "ddn": ("Dendi", "Dendi", "dendi"),
    "son": ("Songhaï", "Songhay", "songhai songhay sonrai"),
    "sus": ("Soussou", "Susu", "soussou susu"),
    "dua": ("Douala", "Duala", "duala"),
    "dyo": ("Diola", "Jola", "diola jola"),
    "dje": ("Zarma", "Zarma", "zarma djerma"),
    "mos": ("Mooré", "Mossi", "moore mossi"),
    "sg": ("Sango", "Sango", "sango"),
    "rw": ("Kinyarwanda", "Kinyarwanda", "kinyarwanda"),
    "rn": ("Kirundi", "Kirundi", "kirundi"),
    "ak": ("Akan", "Akan", "akan twi"),
    "mg": ("Malgache", "Malagasy", "malgache malagasy"),
    # (Gabon's: "Punu (langue maternelle)"; Cameroon's pidgin, named whole beside English: "Cameroonian Pidgin
    # English (native)")
    "puu": ("Punu", "Punu", "punu ipunu"),
    "nzb": ("Nzebi", "Nzebi", "nzebi"),
    "wes": (
        "Pidgin camerounais",
        "Cameroonian Pidgin",
        "cameroonian_pidgin_english cameroonian_pidgin pidgin_camerounais",
    ),
    # ("Pidgin English" alone is Nigeria's, the one most CVs name so)
    "pcm": ("Pidgin nigérian", "Nigerian Pidgin", "nigerian_pidgin_english nigerian_pidgin naija pidgin_english"),
    "kri": ("Krio", "Krio", "krio"),
    "sq": ("Albanais", "Albanian", "albanais albanian"),
    "hy": ("Arménien", "Armenian", "armenien armenian"),
    "ka": ("Géorgien", "Georgian", "georgien georgian"),
    "sr": ("Serbe", "Serbian", "serbe serbian"),
    "hr": ("Croate", "Croatian", "croate croatian kroatisch"),
    "bs": ("Bosnien", "Bosnian", "bosnien bosnian"),
    "bg": ("Bulgare", "Bulgarian", "bulgare bulgarian bulgarisch"),
    "sk": ("Slovaque", "Slovak", "slovaque slovak slowakisch slovenstina"),
    "sl": ("Slovène", "Slovenian", "slovene slovenian"),
    "lt": ("Lituanien", "Lithuanian", "lituanien lithuanian"),
    "lv": ("Letton", "Latvian", "letton latvian"),
    "et": ("Estonien", "Estonian", "estonien estonian"),
    "is": ("Islandais", "Icelandic", "islandais icelandic"),
    "mt": ("Maltais", "Maltese", "maltais maltese"),
    "id": ("Indonésien", "Indonesian", "indonesien indonesian bahasa_indonesia"),
    "ms": ("Malais", "Malay", "malais malay"),
    "tl": ("Tagalog", "Tagalog", "tagalog filipino"),
    "pa": ("Pendjabi", "Punjabi", "pendjabi punjabi"),
    "gu": ("Gujarati", "Gujarati", "gujarati"),
    "kn": ("Kannada", "Kannada", "kannada"),
    "ml": ("Malayalam", "Malayalam", "malayalam"),
    "ne": ("Népalais", "Nepali", "nepalais nepali"),
    "sa": ("Sanskrit", "Sanskrit", "sanskrit"),
    "or": ("Odia", "Odia", "odia oriya"),
    "as": ("Assamais", "Assamese", "assamais assamese"),
    "sd": ("Sindhi", "Sindhi", "sindhi"),
    "ks": ("Cachemiri", "Kashmiri", "cachemiri kashmiri"),
    "kok": ("Konkani", "Konkani", "konkani"),
    "mai": ("Maïthili", "Maithili", "maithili"),
    "bho": ("Bhojpuri", "Bhojpuri", "bhojpuri"),
    "raj": ("Rajasthani", "Rajasthani", "rajasthani"),
    "gbm": ("Garhwali", "Garhwali", "garhwali"),
    "tcy": ("Toulou", "Tulu", "toulou tulu"),
    "mni": ("Manipuri", "Manipuri", "manipuri meitei"),
    "am": ("Amharique", "Amharic", "amharique amharic"),
    "so": ("Somali", "Somali", "somali"),
    "yo": ("Yoruba", "Yoruba", "yoruba"),
    "ha": ("Haoussa", "Hausa", "haoussa hausa"),
    "ig": ("Igbo", "Igbo", "igbo"),
    # (South Africa's, Kenya's and Uganda's languages, named as their speakers write them, with the noun class
    # prefix: "isiZulu", "Sesotho", "Kiswahili", "Dholuo")
    "zu": ("Zoulou", "Zulu", "zoulou zulu isizulu"),
    "xh": ("Xhosa", "Xhosa", "xhosa isixhosa"),
    "st": ("Sotho", "Sotho", "sotho sesotho"),
    "tn": ("Tswana", "Tswana", "tswana setswana"),
    "nso": ("Sepedi", "Sepedi", "sepedi pedi sesotho_sa_leboa"),
    "ss": ("Swati", "Swati", "swati siswati"),
    "ve": ("Venda", "Venda", "venda tshivenda"),
    "ts": ("Tsonga", "Tsonga", "tsonga xitsonga"),
    "nr": ("Ndébélé", "Ndebele", "ndebele isindebele"),
    "sn": ("Shona", "Shona", "shona"),
    "ny": ("Chichewa", "Chichewa", "chichewa nyanja"),
    "lg": ("Luganda", "Luganda", "luganda"),
    "om": ("Oromo", "Oromo", "oromo afaan_oromo"),
    "ki": ("Kikuyu", "Kikuyu", "kikuyu gikuyu"),
    "luo": ("Luo", "Dholuo", "dholuo luo"),
    "kln": ("Kalenjin", "Kalenjin", "kalenjin"),
    "kam": ("Kamba", "Kamba", "kikamba"),
    "luy": ("Luhya", "Luhya", "luhya luyia"),
    "af": ("Afrikaans", "Afrikaans", "afrikaans"),
    "ku": ("Kurde", "Kurdish", "kurde kurdish"),
    "ps": ("Pachto", "Pashto", "pachto pashto"),
    # (Afghanistan's Persian: "Dari (basic)")
    "prs": ("Dari", "Dari", "dari"),
    "km": ("Khmer", "Khmer", "khmer"),
    "lo": ("Lao", "Lao", "laotien"),
    "ceb": ("Cebuano", "Cebuano", "cebuano cebouano bisaya visayan"),
    "ilo": ("Ilocano", "Ilocano", "ilocano ilokano"),
    # The other languages of Spain and the native languages of the Andes and Paraguay, as Spanish and Latin American
    # applicants list them ("Quechua : notions", "Gallego – nativo", "Guaraní (básico)")
    "gl": ("Galicien", "Galician", "galicien galician gallego galego"),
    "qu": ("Quechua", "Quechua", "quechua quichua kichwa"),
    "ay": ("Aymara", "Aymara", "aymara"),
    "gn": ("Guarani", "Guarani", "guarani"),
}
_NAME_TO_CODE = {word.replace("_", " "): code for code, (_, _, names) in _LANGUAGES.items() for word in names.split()}


def language_names() -> frozenset[str]:
    """Every folded one-word name of a spoken language this module knows ("english", "anglais", "tamil")."""
    return frozenset(_NAME_TO_CODE)


# A line that says it lists spoken languages ("Languages: English, German", "Autre(s) langue(s) | Anglais",
# "Mother tongue: Polish"): the languages on it count without a level, whatever section holds it.
LANGUAGE_LABEL_RE = re.compile(
    r"^\s*(?:(?:other|foreign|spoken|known)\s+)?languages?(?:\s*\(s\))?(?:\s+(?:spoken|skills|known))?\s*(?::|\|)|"
    r"^\s*(?:autres?|other)\s*(?:\(s\))?\s+langues?(?:\s*\(s\))?\s*(?::|\|)|"
    r"^\s*langues?(?:\s*\(s\))?(?:\s+(?:etrangeres?|parlees?|maternelles?)(?:\s*\(s\))?)?\s*(?::|\|)|"
    r"^\s*mother\s+tongues?(?:\s*\(s\))?\s*(?::|\|)|"
    # "Spoken | English, Hindi" beside "Languages | C++, Java" in a skills table: the spoken ones, by that word alone
    r"^\s*(?:spoken|parlees?)\s*(?::|\|)|"
    # "LANGUES Français (natif), Anglais (C1)": the heading and the list run together on one row
    r"^\s*(?:languages?|langues?)\s+(?=(?:" + "|".join(sorted(_NAME_TO_CODE, key=len, reverse=True)) + r")\b)",
)


def languages_section_texts(heading: str, texts: list[str]) -> list[str]:
    """A languages section's lines, the languages its heading ran into first: "LANGUAGES German" over "Native", "LANGUES
    Anglais" over "Courant" (the first language, set in the heading's bold type right under it, was read as the
    heading's second line); a language named alone on its line takes the level stated alone on the next one
    ("Anglais" over "Courant", "English" over "Fluent (C2)", as sidebars set them)."""
    match = LANGUAGE_LABEL_RE.match(fold(heading))
    rest = heading[match.end() :].strip(" :|") if match else ""
    lines = [rest, *texts] if rest and find_languages(rest) else list(texts)
    out: list[str] = []
    # ("Courant" over "Anglais": levels set above their languages, no level of the one before)
    level_first = bool(lines) and not find_languages(lines[0]) and level_of(lines[0]) is not None
    for text in lines:
        if out and not level_first and len(text.split()) <= 6 and not find_languages(text) and level_of(text):
            named = find_languages(out[-1])
            if len(named) == 1 and named[0].level is None and level_of(out[-1]) is None:
                out[-1] = f"{out[-1]} {text}"
                continue
        out.append(text)
    return out


def opens_with_language(text: str) -> bool:
    """Whether a short line names a language first, past its bullet ("• Espagnol : courant", "Vietnamien"): a line of
    a languages column, not a sentence that mentions one."""
    folded = fold(strip_bullet(text))
    return len(folded.split()) <= 6 and _NAME_RE.match(folded) is not None


# Language names that are also given names, surnames or words ("Mina", "Fang", "Fon", "Dendi"): a language only in
# a list of languages, never in running text however a level word follows them.
_LISTED_ONLY = frozenset(
    {"mina", "fang", "fon", "dendi", "diola", "sonrai", "duala", "goun", "jola", "zarma", "gallego", "guarani", "dari"}
    | {"punu", "naija", "luo", "pedi"}
)
_NAME_RE = re.compile(r"\b(" + "|".join(sorted(_NAME_TO_CODE, key=len, reverse=True)) + r")\b")
# A language's name that says which place ("the Valencian Community", "the Basque Country", "la Communauté
# valencienne") or which game ("Gaelic football", a hobby): no language (matched on the folded text after the name).
_PLACE_AFTER_RE = re.compile(r"\s+(?:community|country|region|government|coast|football|pelota|games)\b")
# A name that is also a surname, after a courtesy title or a given name ("Sr. Luis Guaraní, Gerente", "Sra. Carmen
# Gallego"): a person, whose line is in the languages' list when the list's end was missed (on the text before it).
_PERSON_BEFORE_RE = re.compile(r"(?:\b(?:Sr|Sra|Srta|Dr|Dra|Mr|Mrs|Ms|M|Mme|Mlle)\.?|\b([A-ZÀ-Ý][a-zà-ÿ]+))\s+$")


def _person_before(text: str) -> bool:
    """Whether the text before a name ends with a courtesy title or a given name ("Sr. Luis Guaraní"), not a label
    ("Langues Gallego : natif") nor a language's name."""
    match = _PERSON_BEFORE_RE.search(text)
    if match is None:
        return False
    word = match.group(1)
    return word is None or (fold(word) not in _NAME_TO_CODE and bool(given_name_hits(word)))


# Level wordings, most specific first (matched on folded text).
_LEVEL_WORDINGS: list[tuple[str, str]] = [
    (
        r"langue maternelle|maternelle|mother tongue|native(?: speaker| language| or bilingual proficiency)?|"
        r"natif|native|first language|langue natale|muttersprache|lengua materna|madrelingua|jezyk ojczysty|"
        r"materska rec|limba materna",
        NATIVE,
    ),
    (r"full professional proficiency|bilingue|bilingual|parfaitement bilingue|c2|maitrise parfaite|expert", "C2"),
    (
        r"professional working proficiency|courant|fluent|fluency|fluently|avance|advanced|tres bon niveau|"
        r"lu,? ecrit,? (?:et )?parle|ecrit et parle|parle et ecrit|c1|excellent|very good|tres bien|proficient|"
        r"excellente maitrise|(?<!bonne )maitrise|verhandlungssicher|fliessend|fließend",
        "C1",
    ),
    (
        r"upper[- ]intermediate|bon niveau|good command|good|professionnel|operationnel|b2|bonne maitrise|"
        r"working knowledge|independant|lu,? (?:et )?ecrit|gute kenntnisse|sehr gute kenntnisse",
        "B2",
    ),
    (
        r"limited working proficiency|intermediaire|intermediate|conversational|conversationnel|b1|moyen|"
        r"pre-intermediate|correct|compris,? (?:et )?parle|parle,? (?:et )?compris",
        "B1",
    ),
    (
        r"elementary proficiency|notions?|basic|basics|elementary|scolaire|elementaire|a2|pre-intermediaire|"
        r"connaissances de base|base|grundkenntnisse",
        "A2",
    ),
    (r"debutant|beginner|a1|initiation", "A1"),
]
_LEVEL_RES = [(re.compile(r"(?<![\w])(?:" + pattern + r")(?![\w])"), level) for pattern, level in _LEVEL_WORDINGS]
_CEFR_RE = re.compile(r"(?<![\w])([abc][12])(?![\w])")
_TEST_RE = re.compile(
    r"(?<![\w])(toeic|toefl(?: ibt)?|ielts|bulats|cae|fce|cpe|cambridge proficiency)\s*[:(]?\s*(\d{1,3}(?:[.,]\d)?)?"
)


@dataclass(slots=True)
class SpokenLanguage:
    code: str
    level: str | None  # CEFR level, "native", or None when unstated
    evidence: str

    def name(self, language: str) -> str:
        """The language as the CV names it ("Tamazight", "LSF", "Twi", "Valencien", "English" on a French CV): the
        code says which language it is, the wording which variety the person speaks. The name in the CV's
        language when the CV's wording is not known ("TOEIC 850" alone means English)."""
        french, english, _ = _LANGUAGES[self.code]
        return as_written(self.evidence, self.code) or (french if language == "fr" else english)


# The sign languages' initials, written in capitals whatever the line's case.
_ACRONYMS = frozenset({"lsf", "bsl", "asl"})


def as_written(evidence: str, code: str) -> str:
    """A language's name as written, set in the usual case: a known name with its accents ("FRANCAIS", "français" →
    "Français"), a sign language's letters as they are ("LSF"), else the first letter in capitals ("tamazight" →
    "Tamazight"); "" for no wording."""
    evidence = " ".join(evidence.split())
    if not evidence:
        return ""
    french, english, _ = _LANGUAGES.get(code, ("", "", ""))
    for known in (french, english):
        if known and fold(known) == fold(evidence):
            return known
    if fold(evidence) in _ACRONYMS:
        return evidence.upper()  # "LSF", "BSL", "ASL"
    if evidence.isupper():  # "SWISS GERMAN" → "Swiss German"
        return " ".join(word if word in ("des", "de", "du") else word.capitalize() for word in evidence.lower().split())
    if evidence.islower():
        return evidence[:1].upper() + evidence[1:]
    return evidence


def _test_level(test: str, score: str | None) -> str | None:
    if test in {"cpe", "cambridge"}:
        return "C2"
    if test == "cae":
        return "C1"
    if test == "fce":
        return "B2"
    if not score:
        return None
    value = float(score.replace(",", "."))
    thresholds: list[tuple[float, str]]
    if test == "toeic":
        thresholds = [(945, "C1"), (785, "B2"), (550, "B1"), (225, "A2")]
    elif test.startswith("toefl"):
        thresholds = [(95, "C1"), (72, "B2"), (42, "B1")]
    elif test == "ielts":
        thresholds = [(8.5, "C2"), (7.0, "C1"), (5.5, "B2"), (4.0, "B1")]
    else:
        return None
    for minimum, level in thresholds:
        if value >= minimum:
            return level
    return "A2"


def level_of(text: str) -> str | None:
    """The CEFR level a wording states ("courant" → "C1"), or None."""
    folded = fold(text)
    match = _CEFR_RE.search(folded)
    if match:
        return match.group(1).upper()
    for test_match in _TEST_RE.finditer(folded):
        level = _test_level(test_match.group(1).split()[0], test_match.group(2))
        if level:
            return level
    for pattern, level in _LEVEL_RES:
        if pattern.search(folded):
            return level
    return None


# A word right after a language's name, no level's: the name qualifies it ("French GAAP", "English language
# learners", "Spanish market") (folded).
_QUALIFIER_RE = re.compile(r"\s+(?=[a-z])(?!(?:" + "|".join(pattern for pattern, _ in _LEVEL_WORDINGS) + r")\b)")
# The words after a language's name that say how it is used, not what it qualifies (folded).
_USE_WORDS_TEXT = """
    spoken written speaking reading writing listening oral orally read speak write language langue speaker
    technical technique business translation traduction interpreting parle parlee ecrit ecrite lu lue orale
    level niveau proficiency skills and et or ou"""
_USE_WORDS = frozenset(_USE_WORDS_TEXT.split())
# What joins two languages' names into one pair (folded): "English/Spanish", "anglais et espagnol".
_PAIRED_RE = re.compile(r"\s*(?:/|&|\+|and|et)\s*")
# The end of an item in a sentence or a list: a comma, a semicolon, a full stop, a bullet.
_ITEM_END_RE = re.compile(r"[,;.•·|]\s")


def find_languages(text: str, *, require_level: bool = False) -> list[SpokenLanguage]:
    """Languages named in one line or item, each with the level stated next to it.

    A line can hold several ("Anglais (C1), espagnol (notions)"): each language takes the level wording that
    follows it, up to the next language name.
    """
    folded = fold(text)
    names = [
        match
        for match in _NAME_RE.finditer(folded)
        if not _PLACE_AFTER_RE.match(folded, match.end())
        and not (match.group(1) in _LISTED_ONLY and len(text) == len(folded) and _person_before(text[: match.start()]))
    ]
    found: list[SpokenLanguage] = []
    paired: str | None = None  # the level of the name before
    for position, match in enumerate(names):
        end = names[position + 1].start() if position + 1 < len(names) else len(folded)
        segment = folded[match.end() : end]
        if require_level and _QUALIFIER_RE.match(segment):
            # ("French GAAP, normes d'exercice professionnel", "English Literature, good"): a name that qualifies the
            # word after it takes no level past its item; not one that says how the language is used ("English
            # spoken and written, fluent", "Anglais technique, lu et écrit", "Spanish speaker, native")
            item = _ITEM_END_RE.split(segment, maxsplit=1)[0]
            if not set(re.findall(r"[\w'-]+", item)) <= _USE_WORDS or (
                position == 0 and level_of(_ITEM_END_RE.split(folded[: match.start()])[-1])
            ):
                # (and a level before the name in its item is its own: "Native French speaker, fluent in English")
                segment = item
        level = level_of(segment)
        if level is None and position == 0:
            # "Courant en anglais", "Native English": the level before the name (in its item when the language is
            # named in passing: not "Licensed elementary teacher … Skilled in …, supporting English language
            # learners")
            before = folded[: match.start()]
            if require_level:
                # (the item before when the name opens its own and that item is a level alone: "Bilingual, English/
                # French", "Fluent | English, Spanish")
                items = _ITEM_END_RE.split(before)
                scope = items[-1]
                if not scope.strip() and len(items) > 1 and len(items[-2].split()) <= 2:
                    scope = items[-2]
                before = scope
            level = level_of(before)
        if level is None and any(test in segment for test in ("toeic", "toefl", "ielts")):
            level = None
        if level is None and position and _PAIRED_RE.fullmatch(folded[names[position - 1].end() : match.start()]):
            # "Bilingual English/Spanish", "Fluent in English and Hindi": the level before the pair is both names'
            level = paired
        paired = level
        if require_level and (level is None or match.group(1) in _LISTED_ONLY):
            continue
        code = _NAME_TO_CODE[match.group(1)]
        named = next((item for item in found if item.code == code), None)
        if named is not None:
            # the language's other name beside it ("Catalan / Valencien : courant"): the level either name has
            named.level = better(named.level, level)
            continue
        found.append(SpokenLanguage(code, level, text[match.start() : match.end()] if len(text) == len(folded) else ""))
    return found


def column_languages(cells: list[str]) -> list[SpokenLanguage]:
    """The languages of a languages column's cells, stated levels or none ("Français", "Anglais (B1)"); not a name that
    is also a word or a person's ("Cuisine | Fang": a hobby's qualifier, whose row ran past the column)."""
    return [item for cell in cells for item in find_languages(cell) if fold(item.evidence) not in _LISTED_ONLY]


def fluency_label(level: str | None, language: str) -> str:
    if level == NATIVE:
        return "Langue maternelle" if language == "fr" else "Native"
    return level or ""


def better(first: str | None, second: str | None) -> str | None:
    """The more informative of two levels for the same language (a stated level beats none)."""
    if first is None:
        return second
    if second is None:
        return first
    return first if _LEVEL_ORDER.get(first, 0) >= _LEVEL_ORDER.get(second, 0) else second


# The labels of Europass's language grid ("Mother tongue(s)", "Other language(s)", and their French wordings, which
# mark each word's plural: "Langue(s) maternelle(s)", "Autre(s) langue(s)").
_GRID_LABEL_RE = re.compile(
    r"^(?:mother tongues?|other languages?|langues?(?:\s*\(s\))? maternelles?|autres?(?:\s*\(s\))? langues?)"
    r"(?:\s*\(s\))?$"
)
_GRID_LEVEL_RE = re.compile(r"^(?:[abc][12]|native|maternelle|langue maternelle)$")


def grid_rows(texts: list[str]) -> list[str]:
    """A section's lines, with Europass's language grid read as labelled rows: after "Mother tongue(s)" or "Other
    language(s)", each cell on its own line (a Word table), a language's name and the levels in the cells after it
    make one row ("English: C1 C1 C1 C1 C1")."""
    rows: list[str] = []
    label = ""
    opened = False  # the last row is a language the grid named alone, still taking the levels after it
    table = [[fold(cell).strip(" :") for cell in text.split(" | ")] for text in texts if " | " in text]
    for text in texts:
        folded = fold(text).strip(" :")
        if _GRID_LABEL_RE.match(folded):
            label = "mother tongue:" if folded.startswith(("mother", "langue")) else "languages:"
            rows.append(text)
            opened = False
        elif opened and _GRID_LEVEL_RE.match(folded):
            rows[-1] = f"{rows[-1]} {text}"
        elif label and folded in language_names():
            rows.append(f"{label} {text}")  # a lone name in the grid is a language, with or without its levels
            opened = True
        elif (cell := _language_cell(text, table)) is not None:
            # "Lecture de plans | Français", "Entretiens structurés | Arabe | dialectal": a row of two columns, the
            # skills' and the languages' (their levels drawn as dots), the language named alone in its cell
            cells = text.split(" | ")
            rows.append(" | ".join(cells[:cell]))  # (never the first cell: the skill's)
            rows.append(f"languages: {' | '.join(cells[cell:])}")
            opened = False
        else:
            rows.append(text)
            opened = False
    return rows


# A first cell saying the languages after it are the person's work or knowledge, folded: "Traduction | Anglais |
# Allemand", "Translation | Russian | Ukrainian", "Sous-titrage | Anglais | Japonais", "Langues anciennes | Latin".
_LANGUAGE_WORK_RE = re.compile(
    r"\b(?:tradu\w*|translat\w*|interpr\w*|sous-titr\w*|subtitl\w*|relecture|proofread\w*|locali[sz]ation|"
    r"langues?|languages?)\b"
)


def _language_cell(text: str, table: list[list[str]]) -> int | None:
    """The position of the cell that holds only a language's name in a row of cells parted by " | " (not a name that
    is also a word or a person's, "Fang", "Dari"), or None. The row is a skill's cell and the languages' column: the
    language is the second cell (after other languages, "Accueil | Mina | Éwé"), only languages, levels, scores and
    words in lower case follow it ("Entretiens structurés | Arabe | dialectal"), and the column holds languages or
    levels in the section's other rows (``table``, their folded cells), unless the first cell names work with
    languages. Not the qualifier of a hobby or a skill: "Teaching | English | Literature", "Sport | Pelote | Basque",
    "Cuisine | Thaï | Italienne" over "Voyages | Japon | Portugal", "Cinéma | Coréen | Japonais" over "Lecture |
    Polars"."""
    written = text.split(" | ")
    cells = [fold(cell).strip(" :") for cell in written]
    if len(cells) < 2:
        return None
    found = next((k for k, cell in enumerate(cells) if cell in language_names() and cell not in _LISTED_ONLY), None)
    if not found or any(cell not in language_names() for cell in cells[1:found]):
        return None

    def spoken(cell: str) -> bool:
        return cell in language_names() or _GRID_LEVEL_RE.match(cell) is not None or level_of(cell) is not None

    # (a score is a level too: "Team leadership | English | ICAO 5")
    after = zip(cells[found + 1 :], written[found + 1 :], strict=True)
    if not all(spoken(cell) or re.search(r"\d", cell) or raw.strip() == raw.strip().lower() for cell, raw in after):
        return None
    column = [row[found] for row in table if len(row) > found]
    # ("COMPÉTENCES CLÉS | LANGUES": the table's header row names the column)
    if _LANGUAGE_WORK_RE.search(cells[0]) or any(re.match(r"(?:langues?|languages?)\b", cell) for cell in column):
        return found
    # (the column's other rows confirm it, or languages before it on its own row, "Accueil | Mina | Éwé": a row
    # alone, "Cuisine | Thaï", is a hobby's qualifier)
    others = [row[found] for row in table if len(row) > found and row != cells]
    if not others:
        return found if found >= 2 else None
    return found if all(spoken(cell) for cell in others) else None

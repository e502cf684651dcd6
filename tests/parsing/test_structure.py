"""Structure analysis: dates, sections, contact, work, education, skills, languages, protected attributes, the
JSON Resume output, and an accuracy gate on generated CVs from a held-out seed range."""

from __future__ import annotations

from datetime import date

import pytest

from parsing import analyze, parse_resume
from parsing.document import Document, Line
from parsing.structure import sections as sec
from parsing.structure.contact import find_location, find_phone, infer_region
from parsing.structure.dates import find_date_ranges, parse_date_range, years_of_experience
from parsing.structure.education import level_of_degree, parse_education
from parsing.structure.experience import parse_experience
from parsing.structure.language import detect_language
from parsing.structure.languages import find_languages, level_of
from parsing.structure.protected import protected_kinds
from parsing.structure.skills import SkillMatcher, matcher_for
from parsing.taxonomy import SkillEntry, Taxonomy

REFERENCE = date(2025, 1, 15)


def document(*texts: str, headings: tuple[str, ...] = (), flags: set[str] | None = None) -> Document:
    lines = [Line(t, size=12.0 if t in headings else 10.0, bold=t in headings) for t in texts]
    return Document(lines=lines, format="text", body_size=10.0, flags=flags or set())


# ---- dates ---------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "start", "end", "current"),
    [
        ("janv. 2019 – aujourd'hui", "2019-01", None, True),
        ("depuis 2021", "2021", None, True),
        ("Depuis septembre 2020", "2020-09", None, True),
        ("03/2017 - 12/2019", "2017-03", "2019-12", False),
        ("March 2020 – Present", "2020-03", None, True),
        ("2015–2018", "2015", "2018", False),
        ("de 2012 à 2014", "2012", "2014", False),
        ("sept. 2018 à juin 2020", "2018-09", "2020-06", False),
        ("Jan 2019 - now", "2019-01", None, True),
        ("2019 - en cours", "2019", None, True),
        ("Août 2016 – Juillet 2018", "2016-08", "2018-07", False),
        ("Since March 2020", "2020-03", None, True),
        ("September 2017 onwards", "2017-09", None, True),
        ("2017-03 - 2019-11", "2017-03", "2019-11", False),
        ("Jan - Mar 2019", "2019-01", "2019-03", False),
        ("from 2010 to 2013", "2010", "2013", False),
        ("2007-Present", "2007", None, True),
        ("2015 – jusqu'à aujourd'hui", "2015", None, True),
        ("janv. 2019 – jusqu'à ce jour", "2019-01", None, True),
        ("2015 - jusqu'en 2018", "2015", "2018", False),
    ],
)
def test_date_ranges_in_french_and_english(text, start, end, current):
    found = parse_date_range(text)
    assert found is not None
    assert (found.start, found.end, found.current) == (start, end, current)


def test_phone_numbers_and_plain_numbers_are_not_dates():
    assert find_date_ranges("Tel 06 12 34 56 78") == []
    assert find_date_ranges("Réduction des coûts de 35 %") == []


def test_years_of_experience_merges_overlaps_and_runs_current_to_the_reference_date():
    periods = [("2015", "2018", False), ("2017-01", "2019-06", False), ("2020-01", None, True)]
    # 2015-01..2019-06 (54 months) + 2020-01..2025-01 inclusive (61 months)
    assert years_of_experience(periods, REFERENCE) == pytest.approx(115 / 12, abs=0.05)
    assert years_of_experience([("2018-01", "2018-12", False), ("2018-03", "2018-06", False)], REFERENCE) == 1.0


# ---- language ------------------------------------------------------------------------------------------------
def test_document_language_and_mixed_share():
    french = detect_language(["Expérience professionnelle", "Développement d'une application pour les clients"])
    english = detect_language(["Work experience", "Developed an application for the customers and the team"])
    assert french.language == "fr"
    assert english.language == "en"
    mixed = detect_language(
        [
            "Expérience professionnelle chez un éditeur de logiciels",
            "Développement des outils de la société et suivi des clients",
            "I led the migration of the platform to the cloud",
        ]
    )
    assert mixed.language == "fr"
    assert 0.2 < mixed.shares["en"] < 0.5


# ---- sections ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("Expérience professionnelle", sec.EXPERIENCE),
        ("EXPÉRIENCES PROFESSIONNELLES", sec.EXPERIENCE),
        ("Parcours", sec.EXPERIENCE),
        ("Work history", sec.EXPERIENCE),
        ("Employment", sec.EXPERIENCE),
        ("Formation", sec.EDUCATION),
        ("Diplômes", sec.EDUCATION),
        ("Études", sec.EDUCATION),
        ("Education", sec.EDUCATION),
        ("Compétences", sec.SKILLS),
        ("Savoir-faire", sec.SKILLS),
        ("Skills:", sec.SKILLS),
        ("Langues", sec.LANGUAGES),
        ("Languages", sec.LANGUAGES),
        ("Certifications", sec.CERTIFICATIONS),
        ("Projets", sec.PROJECTS),
        ("Centres d'intérêt", sec.INTERESTS),
        ("Loisirs", sec.INTERESTS),
        ("Hobbies", sec.INTERESTS),
        ("Profil", sec.SUMMARY),
        ("À propos", sec.SUMMARY),
        ("Summary", sec.SUMMARY),
        ("E X P É R I E N C E", sec.EXPERIENCE),
    ],
)
def test_heading_wordings(heading, kind):
    assert sec.heading_kind(heading) == kind


def test_decorated_headings_need_heading_layout_and_entry_headers_are_not_headings():
    assert sec.heading_kind("EXPÉRIENCES PROFESSIONNELLES & STAGES", layout=3) == sec.EXPERIENCE
    assert sec.heading_kind("Expériences professionnelles et stages", layout=0) is None
    assert sec.heading_kind("Project Manager", layout=1) is None
    assert sec.heading_kind("Formation des nouveaux collaborateurs", layout=1) is None


def test_split_sections_with_inline_heading_content():
    lines = [Line(t) for t in ["Jean Dupont", "Compétences : Python, SQL", "Langues", "Anglais courant"]]
    sections = sec.split_sections(lines)
    assert [s.kind for s in sections] == [sec.HEADER, sec.SKILLS, sec.LANGUAGES]
    assert sections[1].texts == ["Python, SQL"]


def test_an_inline_list_of_tools_under_a_job_reopens_the_job_section_after_it():
    texts = [
        "Jean Dupont", "Expérience", "Développeur – Initech", "2019 – 2021",
        "Technologies : Java, Maven, Git,", "Jenkins, Docker",  # the list goes on after a comma
        "Outils : Jira, Confluence, Slack, Figma", "Scrum, Kanban, SAFe",  # a second list, and a line of short items
        "Réalisations :", "• Migration vers Kubernetes",  # a part of the job ("Réalisations" also heads projects)
        "Analyste – Globex", "2016 – 2019", "Compétences : Python, SQL", "Langues : Anglais courant",
    ]  # fmt: skip
    sections = sec.split_sections([Line(t) for t in texts])
    assert [(s.kind, s.texts) for s in sections] == [
        (sec.HEADER, ["Jean Dupont"]),
        (sec.EXPERIENCE, ["Développeur – Initech", "2019 – 2021"]),
        (sec.SKILLS, ["Java, Maven, Git,", "Jenkins, Docker"]),
        (sec.SKILLS, ["Jira, Confluence, Slack, Figma", "Scrum, Kanban, SAFe"]),
        (sec.EXPERIENCE, ["Réalisations :", "• Migration vers Kubernetes", "Analyste – Globex", "2016 – 2019"]),
        (sec.SKILLS, ["Python, SQL"]),
        (sec.LANGUAGES, ["Anglais courant"]),
    ]
    assert sections[4].heading == "Expérience"  # the reopened section is the same section


def test_a_label_of_tools_alone_on_its_line_under_a_job_takes_the_next_line_unless_it_dates_a_job():
    texts = [
        "Experience", "Lead Data Analyst, Altisource, Bangalore (Sept 2013 - Present)", "Technologies:",
        "Oracle, Java", "Data Analyst, Infosys, Bangalore (Jun 2006 - Jul 2011)", "Technologies:",
        "Quality Systems, Bangalore (Jul 2004 - Sept 2005)", "Skills:", "Python", "Teamwork",
    ]  # fmt: skip
    sections = sec.split_sections([Line(t) for t in texts])
    assert [(s.kind, s.texts) for s in sections] == [
        (sec.EXPERIENCE, ["Lead Data Analyst, Altisource, Bangalore (Sept 2013 - Present)"]),
        (sec.SKILLS, ["Oracle, Java"]),
        (sec.EXPERIENCE, ["Data Analyst, Infosys, Bangalore (Jun 2006 - Jul 2011)"]),
        (sec.SKILLS, []),  # the label closed the job above it: the next line is the next job
        (sec.EXPERIENCE, ["Quality Systems, Bangalore (Jul 2004 - Sept 2005)"]),
        (sec.SKILLS, ["Python", "Teamwork"]),  # "Skills:" is a section of its own, whatever follows
    ]


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        # A skills section written inline after the jobs keeps its plain lines: only a label of a job's tools
        # ("Technologies:", "Outils :") hands the lines after its list back to the job.
        (
            [
                "EXPERIENCE",
                "Developer, Acme, 2019-2021",
                "Skills: Java, Python, SQL",
                "Project management",
                "Kubernetes",
            ],
            [("experience", 1), ("skills", 3)],
        ),
        # "ACHIEVEMENTS:" in capitals heads a section; "Achievements:" under a job is a part of it.
        (
            ["EXPERIENCE", "Developer, Acme, 2019-2021", "ACHIEVEMENTS:", "Won the national hackathon"],
            [("experience", 1), ("other", 1)],
        ),
        (
            ["EXPERIENCE", "Developer, Acme, 2019-2021", "Achievements:", "Won the national hackathon"],
            [("experience", 3)],
        ),
        # A list that ends with "C++" is no list cut after a "+".
        (
            ["EXPERIENCE", "Developer, Acme, 2019-2021", "Technologies: Java, C++", "Analyst, Foo, 2015-2018"],
            [("experience", 1), ("skills", 1), ("experience", 1)],
        ),
        # A job's header of short parts whose dates are on the next line is no list of tools.
        (
            [
                "EXPÉRIENCE",
                "Dev – Acme",
                "2019 – 2021",
                "Outils : Java, Spring",
                "Ingénieur | Thales | Vélizy",
                "2017 – 2019",
            ],
            [("experience", 2), ("skills", 1), ("experience", 2)],
        ),
        # Under a label alone, products versioned by a year are the list, not a job's dates.
        (
            [
                "EXPERIENCE",
                "Developer, Acme",
                "Technologies:",
                "Windows Server 2019, SQL Server 2016, Azure",
                "Analyst, Foo, 2015",
            ],
            [("experience", 1), ("skills", 1), ("experience", 1)],
        ),
    ],
)
def test_where_a_list_of_tools_under_a_job_ends(texts, expected):
    sections = sec.split_sections([Line(t) for t in texts])
    assert [(s.kind, len(s.lines)) for s in sections] == expected


def test_a_list_of_tools_that_ends_a_column_does_not_reopen_the_job_in_the_next_column():
    lines = [
        Line("EXPERIENCE", page=1, block=0, top=100, x0=50),
        Line("Developer, Acme, 2019-2021", page=1, block=0, top=120, x0=50),
        Line("Technologies: Java, Spring, Kafka", page=1, block=0, top=140, x0=50),
        Line("Volunteer at the Red Cross", page=1, block=1, top=60, x0=400),  # the sidebar, higher up
        Line("Chess club", page=1, block=1, top=80, x0=400),
    ]
    sections = sec.split_sections(lines)
    assert [(s.kind, s.texts) for s in sections] == [
        (sec.EXPERIENCE, ["Developer, Acme, 2019-2021"]),
        (sec.SKILLS, ["Java, Spring, Kafka"]),
        (sec.HEADER, ["Volunteer at the Red Cross", "Chess club"]),
    ]


def test_a_generic_group_label_inside_a_skills_list_stays_in_the_list():
    texts = [
        "Compétences",
        "Outils : Jira, Figma",
        "Autres : Ahrefs, Sitecore",
        "Permis : B",
        "Bénévolat : Restos du cœur",
    ]
    sections = sec.split_sections([Line(t) for t in texts])
    assert [(s.kind, s.texts) for s in sections] == [
        (sec.SKILLS, []),
        (sec.SKILLS, ["Jira, Figma", "Autres : Ahrefs, Sitecore", "Permis : B"]),
        (sec.OTHER, ["Restos du cœur"]),  # volunteering is a section of its own, even written inline
    ]


# ---- contact -------------------------------------------------------------------------------------------------
def test_contact_fields_french():
    result = analyze(
        document(
            "Hélène Lefèvre-Martin",
            "Développeuse Python senior",
            "helene.lefevre@example.fr | 06 12 34 56 78 | 69003 Lyon",
            "linkedin.com/in/helene-lefevre · github.com/hlefevre · https://helene.dev",
            "Expérience professionnelle",
            "Développeuse Python — Doctolib, Paris",
            "janv. 2019 – aujourd'hui",
            headings=("Expérience professionnelle",),
        ),
        reference_date=REFERENCE,
    )
    basics = result["basics"]
    assert basics["name"] == "Hélène Lefèvre-Martin"
    assert basics["label"] == "Développeuse Python senior"
    assert basics["email"] == "helene.lefevre@example.fr"
    assert basics["phone"] == "+33612345678"
    assert basics["location"] == {"city": "Lyon", "postalCode": "69003", "countryCode": "FR"}
    assert basics["url"] == "https://helene.dev"
    networks = {p["network"]: p["username"] for p in basics["profiles"]}
    assert networks == {"LinkedIn": "helene-lefevre", "GitHub": "hlefevre"}
    assert result["meta"]["language"] == "fr"


def test_phone_region_is_inferred_from_the_cv():
    assert infer_region("London, United Kingdom", "en")[0] == "GB"
    assert infer_region("Tél : +33 6 12 34 56 78", "en")[0] == "FR"
    assert infer_region("Nantes", "fr")[0] == "FR"
    assert find_phone(["Mobile: 07911 123456"], "GB", ["US"])[0] == "+447911123456"
    assert find_phone(["Phone: (212) 555-0100", "Mobile: 07911 123456"], "GB", ["US"])[0] == "+447911123456"
    assert find_phone(["Tél. 01 42 68 53 00"], "FR", [])[0] == "+33142685300"
    # A year's "00" ("2007") or "+7 years" is no country calling code.
    assert infer_region("Cardiff, UK\nReceptionist 2007 - 2012, +7 years at the desk", "en")[0] == "GB"
    assert infer_region("Tel. 0044 7911 123456", "fr")[0] == "GB"


def test_phone_outside_the_librarys_ranges_is_kept_only_with_its_country_code():
    # 07700 900xxx is a British range the library does not count as allocated: with "+44" the number is plain; without
    # it, only the British mobile's own shape on a British CV is kept (not the Indian number the same digits make after
    # a trunk 0), and a wrong number is worse than none.
    assert find_phone(["Manchester, UK | +44 7700 900 482"], "GB", ["US"]) == ("+447700900482", "GB")
    assert find_phone(["Tel. 0044 7700 900 482"], "GB", []) == ("+447700900482", "GB")
    assert find_phone(["Mobile: 07700 900482"], "GB", ["US", "IN"]) == ("+447700900482", "GB")
    assert find_phone(["Mobile: 07700 900482"], "US", ["GB"]) == ("", "")
    assert find_phone(["Ref. 2019 1234 5678"], "FR", []) == ("", "")
    # A range of dates has a phone number's digits (and reads as a valid American number).
    assert find_phone(["06/2014 – 09/2015  Marketing Assistant"], "GB", ["US"]) == ("", "")


def test_location_variants():
    assert find_location(["Bordeaux, France"]) == {"city": "Bordeaux", "countryCode": "FR"}
    assert find_location(["London, UK"]) == {"city": "London", "countryCode": "GB"}
    assert find_location(["jean@x.fr | 13008 Marseille"])["city"] == "Marseille"


def test_english_name_without_a_model():
    result = analyze(document("CURRICULUM VITAE", "Seán O'Connor", "Data Engineer", "sean@example.com"))
    assert result["basics"]["name"] == "Seán O'Connor"
    assert result["meta"]["language"] == "en"


# ---- experience ----------------------------------------------------------------------------------------------
def test_experience_layouts():
    one_line = parse_experience(["Développeur Java — Capgemini, Lyon | 03/2017 - 12/2019", "• Migration vers Java 17"])
    assert one_line == [
        {
            "name": "Capgemini",
            "position": "Développeur Java",
            "location": "Lyon",
            "startDate": "2017-03",
            "endDate": "2019-12",
            "highlights": ["Migration vers Java 17"],
        }
    ]
    company_first = parse_experience(["Société Générale | Chef de projet digital | 2015–2018"])
    assert (company_first[0]["name"], company_first[0]["position"]) == ("Société Générale", "Chef de projet digital")
    dates_first = parse_experience(
        [
            "March 2020 – Present",
            "Software Engineer",
            "Monzo (London)",
            "• Built payments APIs",
            "2016–2020",
            "Backend Developer",
            "Deliveroo (London)",
        ]
    )
    assert [(w["name"], w["position"], w["startDate"], w.get("endDate")) for w in dates_first] == [
        ("Monzo", "Software Engineer", "2020-03", None),
        ("Deliveroo", "Backend Developer", "2016", "2020"),
    ]
    two_line_header = parse_experience(
        [
            "Data Analyst",
            "Barclays – Manchester",
            "Jan 2019 - now",
            "• Dashboards",
            "Accountant",
            "Tesco – Leeds",
            "2015 - 2018",
        ]
    )
    assert [(w["name"], w["position"]) for w in two_line_header] == [
        ("Barclays", "Data Analyst"),
        ("Tesco", "Accountant"),
    ]
    at = parse_experience(["Stagiaire chez Thales, de 2012 à 2014"])
    assert (at[0]["name"], at[0]["position"], at[0]["endDate"]) == ("Thales", "Stagiaire", "2014")


# ---- education -----------------------------------------------------------------------------------------------
def test_education_entries_and_levels():
    items = parse_education(
        [
            "Master en Informatique — Université de Lyon",
            "2016 – 2018",
            "2013 – 2016",
            "Licence Mathématiques",
            "Université de Bordeaux",
            "BTS Comptabilité et Gestion, Lycée Jean Moulin (2011)",
        ]
    )
    simplified = [(i.get("studyType"), i.get("area"), i.get("institution"), i.get("_level")) for i in items]
    assert simplified == [
        ("Master", "Informatique", "Université de Lyon", 5),
        ("Licence", "Mathématiques", "Université de Bordeaux", 3),
        ("BTS", "Comptabilité et Gestion", "Lycée Jean Moulin", 2),
    ]
    english = parse_education(["Bachelor of Science in Computer Science, University of Manchester, 2012 – 2015"])
    assert (english[0]["studyType"], english[0]["area"], english[0]["institution"]) == (
        "Bachelor of Science",
        "Computer Science",
        "University of Manchester",
    )
    assert level_of_degree("Bac+5 en informatique") == 5
    assert level_of_degree("Doctorat en chimie") == 8
    assert level_of_degree("DUT GEA") == 2
    assert level_of_degree("Diplôme d'ingénieur") == 5
    assert level_of_degree("PhD in Physics") == 8
    assert level_of_degree("MBA") == 5


def test_education_level_in_meta():
    result = analyze(
        document("Jean Dupont", "Formation", "Diplôme d'ingénieur — INSA Lyon", "2010 – 2015", headings=("Formation",))
    )
    assert result["meta"]["education_level"] == 5


# ---- skills --------------------------------------------------------------------------------------------------
def _taxonomy() -> Taxonomy:
    return Taxonomy.from_entries(
        [
            SkillEntry("c", "C", "C"),
            SkillEntry("cpp", "C++", "C++"),
            SkillEntry("csharp", "C#", "C#"),
            SkillEntry("r", "R", "R"),
            SkillEntry("go", "Go", "Go", ("Golang",)),
            SkillEntry("dotnet", ".NET", ".NET"),
            SkillEntry("nodejs", "Node.js", "Node.js", ("NodeJS",)),
            SkillEntry("java", "Java", "Java"),
            SkillEntry("javascript", "JavaScript", "JavaScript"),
            SkillEntry("spring", "Spring", "Spring"),
            SkillEntry("spring-boot", "Spring Boot", "Spring Boot"),
            SkillEntry("pm", "Gestion de projet", "Project management", ("gestion de projets",)),
            SkillEntry("excel", "Microsoft Excel", "Microsoft Excel", ("Excel",)),
        ],
        version="test-1",
    )


def test_skills_matcher_word_boundaries_and_longest_match():
    matcher = SkillMatcher(_taxonomy())

    def keys(text: str) -> list[str]:
        return [m.key for m in matcher.find(text)]

    assert keys("C, C++, C# et .NET") == ["c", "cpp", "csharp", "dotnet"]
    assert keys("JavaScript et Node.js") == ["javascript", "nodejs"]
    assert keys("Spring Boot, Java") == ["spring-boot", "java"]
    assert keys("CSS, Google, cargo, R&D, c'est une mission") == []
    assert keys("Programming in R and Go") == ["r", "go"]
    assert keys("we go to the market") == []
    assert keys("Golang, NODEJS") == ["go", "nodejs"]
    assert [m.evidence for m in matcher.find("Maîtrise de la GESTION DE PROJETS")] == ["GESTION DE PROJETS"]


def test_cross_language_aliases_map_to_one_key():
    matcher = SkillMatcher(_taxonomy())
    assert [m.key for m in matcher.find("Gestion de projet")] == [m.key for m in matcher.find("project management")]
    assert [m.key for m in matcher.find("gestión de proyecto")] == []


def test_matcher_cached_by_taxonomy_version():
    taxonomy = _taxonomy()
    assert matcher_for(taxonomy) is matcher_for(taxonomy)
    changed = Taxonomy.from_entries([*taxonomy.skills, SkillEntry("rust", "Rust", "Rust")], version="test-2")
    assert matcher_for(changed) is not matcher_for(taxonomy)


def test_skills_output_section_first_and_evidence():
    result = analyze(
        document(
            "Jean Dupont",
            "Expérience professionnelle",
            "Développeur Java — Thales",
            "2019 – 2021",
            "• Gestion de projet et Java",
            "Compétences",
            "Spring Boot, Excel",
            headings=("Expérience professionnelle", "Compétences"),
        ),
        _taxonomy(),
    )
    skills = result["meta"]["skills"]
    assert [s["key"] for s in skills] == ["spring-boot", "excel", "java", "pm"]
    assert skills[1] == {"key": "excel", "evidence": "Excel", "section": "skills"}
    assert {"name": "Microsoft Excel", "keywords": ["Excel"]} in result["skills"]


# ---- languages -----------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("wording", "level"),
    [
        ("anglais courant", "C1"),
        ("bilingue", "C2"),
        ("langue maternelle", "native"),
        ("native", "native"),
        ("notions", "A2"),
        ("intermédiaire", "B1"),
        ("fluent", "C1"),
        ("B2", "B2"),
        ("TOEIC 900", "B2"),
        ("TOEIC 950", "C1"),
        ("IELTS 7.5", "C1"),
        ("professional working proficiency", "C1"),
        ("limited working proficiency", "B1"),
        ("full professional proficiency", "C2"),
        # French CVs often say what the person can do with the language instead of a level.
        ("lu, écrit, parlé", "C1"),
        ("lu, écrit et parlé", "C1"),
        ("écrit et parlé", "C1"),
        ("lu et écrit", "B2"),
        ("compris, parlé", "B1"),
        ("maîtrise", "C1"),
        ("bonne maîtrise", "B2"),
        ("maîtrise parfaite", "C2"),
    ],
)
def test_cefr_levels(wording, level):
    assert level_of(wording) == level


def test_languages_with_levels_in_one_line():
    found = find_languages("Anglais (C1), espagnol : notions, Allemand")
    assert [(f.code, f.level) for f in found] == [("en", "C1"), ("es", "A2"), ("de", None)]


def test_languages_in_json_resume_and_meta():
    result = analyze(
        document(
            "Jane Smith",
            "Languages",
            "English: native",
            "French – fluent",
            "Certifications",
            "TOEFL iBT 100",
            headings=("Languages", "Certifications"),
        )
    )
    assert result["languages"] == [
        {"language": "English", "fluency": "Native"},
        {"language": "French", "fluency": "C1"},
    ]
    assert result["meta"]["languages"] == [{"code": "en", "level": "native"}, {"code": "fr", "level": "C1"}]


# ---- protected attributes ------------------------------------------------------------------------------------
def test_protected_attributes_reported_and_not_extracted():
    result = analyze(
        document(
            "Marie Dupont",
            "Née le 12/03/1990 à Lyon",
            "Nationalité française",
            "Mariée, 2 enfants",
            "marie.dupont@example.fr",
            "Profil",
            "Commerciale dynamique, 10 ans d'expérience",
            "Sexe : F",
            headings=("Profil",),
            flags={"photo"},
        )
    )
    assert result["meta"]["protected_attributes_found"] == [
        "date_of_birth",
        "gender",
        "marital_status",
        "nationality",
        "photo",
    ]
    assert result["basics"]["name"] == "Marie Dupont"
    assert "location" not in result["basics"]  # the birthplace is not where she lives
    dumped = repr({k: v for k, v in result.items() if k != "meta"})
    for leaked in ("1990", "Nationalité", "enfants", "Sexe"):
        assert leaked not in dumped
    assert result["basics"]["summary"] == "Commerciale dynamique, 10 ans d'expérience"


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("Marie Curie", []),
        ("10 ans d'expérience", []),
        ("32 ans", ["age"]),
        ("Date of birth: 1990", ["date_of_birth"]),
        ("Marital status: married", ["marital_status"]),
        ("Permis B", []),
    ],
)
def test_protected_kinds(text, kinds):
    assert protected_kinds(text) == kinds


# ---- output --------------------------------------------------------------------------------------------------
def _full_result(taxonomy: Taxonomy) -> dict:
    from parsing.evaluation.generate import generate_cv

    data, filename, _ = generate_cv(7, taxonomy, language="fr", layout="pdf_sidebar")
    return parse_resume(data, filename, taxonomy)


def test_json_resume_output_validates_against_the_schema(resume_schema, sample_taxonomy):
    jsonschema = pytest.importorskip("jsonschema")
    validator = jsonschema.Draft7Validator(resume_schema, format_checker=jsonschema.FormatChecker())
    for layout in ("pdf_classic", "pdf_sidebar", "docx_table"):
        from parsing.evaluation.generate import generate_cv

        data, filename, _ = generate_cv(11, sample_taxonomy, layout=layout)
        result = parse_resume(data, filename, sample_taxonomy)
        errors = sorted(validator.iter_errors(result), key=str)
        assert not errors, errors[0]
        meta = result["meta"]
        for key in ("parser_version", "language", "languages_share", "format", "pages", "confidence", "timings_ms",
                    "warnings", "protected_attributes_found", "education_level", "years_experience", "skills",
                    "languages"):  # fmt: skip
            assert key in meta
        assert {"extract", "analyze", "total"} <= set(meta["timings_ms"])
        assert set(meta["confidence"]) >= {"name", "email", "phone", "location", "work", "education", "skills",
                                           "languages"}  # fmt: skip


# ---- accuracy gate -------------------------------------------------------------------------------------------
TARGETS = {
    "name": 0.97,
    "email": 0.99,
    "phone": 0.97,
    "employers": 0.90,
    "positions": 0.85,
    "work_dates": 0.90,
    "institutions": 0.85,
    "degree": 0.85,
    "skills": 0.80,
    "languages": 0.90,
    "document_language": 0.99,
}


def test_accuracy_on_held_out_generated_cvs(sample_taxonomy):
    """A real quality gate: 60 generated PDF/DOCX CVs from seeds the rules were never tuned on, drawn from the
    harder generator (several date styles in one CV, undated jobs, several positions at one employer, job-board
    and table layouts, unusual headings, companies named in the summary, experience in a sidebar)."""
    from parsing.evaluation.generate import HELD_OUT_START
    from parsing.evaluation.run import evaluate, generated_samples

    report = evaluate(generated_samples(60, sample_taxonomy, start=HELD_OUT_START + 5000))
    scores = report.as_dict()
    measured = {name: scores[name].get("f1", scores[name].get("accuracy")) for name in TARGETS}
    failing = {name: value for name, value in measured.items() if value < TARGETS[name]}
    assert not failing, f"below target: {failing}\n{report.table()}"


# ---- real-world patterns (texts written for these tests) -------------------------------------------------------
def test_job_board_blocks_position_company_city_state_dates():
    texts = [
        "Field Service Technician",
        "Northwind Pumps, Inc. - Dayton, OH",
        "March 2016 to Present",
        "• Repaired hydraulic pumps on customer sites.",
        "https://www.example-jobs.com/r/someone/12ab",
        "Warehouse Associate",
        "Bluegill Storage LLC - Toledo, OH",
        "June 2013 to February 2016",
        "Responsibilities:",
        "• Loaded and unloaded trucks.",
    ]
    work = parse_experience(texts)
    assert [(w.get("position"), w.get("name"), w.get("startDate"), w.get("endDate")) for w in work] == [
        ("Field Service Technician", "Northwind Pumps, Inc", "2016-03", None),
        ("Warehouse Associate", "Bluegill Storage LLC", "2013-06", "2016-02"),
    ]


def test_company_with_legal_form_after_a_comma_and_state_code_are_not_split_into_position_and_employer():
    work = parse_experience(["Harbor Builders, Inc., Tacoma, WA", "2012 to 2015", "Lead Estimator, 2013 to 2015"])
    assert work[0]["name"] == "Harbor Builders, Inc"
    assert work[0].get("location", "").startswith("Tacoma")


def test_title_shaped_by_its_last_word_is_the_position():
    work = parse_experience(["Cedar Hill Media | Social Media Manager | 2019 - 2021"])
    assert (work[0]["name"], work[0]["position"]) == ("Cedar Hill Media", "Social Media Manager")
    work = parse_experience(["Lantern Records", "Music Producer", "2015 - 2018"])
    assert (work[0]["name"], work[0]["position"]) == ("Lantern Records", "Music Producer")


def test_description_sentences_after_the_dates_are_not_header_fields():
    texts = ["Quarry Lane Foods, Inc.", "2010 to 2014", "Promoted to run the night shift after six months", "Driver"]
    work = parse_experience(texts)
    assert work[0]["name"] == "Quarry Lane Foods, Inc"
    assert "Promoted" not in work[0].get("position", "")


def test_letter_spaced_and_combined_headings():
    assert sec.heading_kind("P ROFESSIONAL E XPERIENCE") == sec.EXPERIENCE
    assert sec.heading_kind("S ki ll s") == sec.SKILLS
    assert sec.heading_kind("Career Experience/Job History", layout=2) == sec.EXPERIENCE
    assert sec.heading_kind("Highlights of Employment") == sec.EXPERIENCE


def test_plain_text_headings_without_fonts():
    lines = [Line(t) for t in ["Dana Whitfield", "Job History", "Cook", "Red Kettle Diner", "2018 - 2020",
                               "Schooling", "Riverside Community College"]]  # fmt: skip
    kinds = [s.kind for s in sec.split_sections(lines)]
    assert kinds == [sec.HEADER, sec.EXPERIENCE, sec.EDUCATION]


def test_experience_under_an_unknown_heading_is_found_from_its_dates():
    result = analyze(
        document(
            "Camille Roussel",
            "MES POSTES",
            "2019 – 2023",
            "Cheffe de projet",
            "Brasserie Lumière SAS",
            "2015 – 2019",
            "Assistante commerciale",
            "Verrerie du Nord",
            headings=("MES POSTES",),
        ),
        reference_date=REFERENCE,
    )
    assert [w.get("name") for w in result["work"]] == ["Brasserie Lumière SAS", "Verrerie du Nord"]


def test_heading_words_are_not_names_and_symbol_font_bullets_are_bullets():
    result = analyze(document("Core Qualifications", "Morgan Ellery", "morgan@example.org"))
    assert result["basics"]["name"] == "Morgan Ellery"
    from parsing.structure.text import is_bullet

    assert is_bullet("\uf0a7 Reconciled supplier accounts")


def test_ordinary_words_count_as_skills_only_in_a_skills_section():
    taxonomy = Taxonomy.from_entries(
        [SkillEntry("teaching", "Enseignement", "Teaching"), SkillEntry("spring", "Spring", "Spring")], "t1"
    )
    matcher = SkillMatcher(taxonomy)
    assert [m.key for m in matcher.find("Teaching assistant, Spring 2019", in_skills_section=False)] == []
    assert [m.key for m in matcher.find("Teaching, Spring", in_skills_section=True)] == ["teaching", "spring"]


@pytest.mark.parametrize(
    ("heading", "kind", "layout"),
    [
        ("PROFESSIONAL ASSOCIATIONS", sec.OTHER, 2),
        ("Memberships", sec.OTHER, 0),
        ("ACTIVITIES / ORGANIZATIONS", sec.OTHER, 2),
        ("HONORS, AWARDS, AND MEMBERSHIPS", sec.OTHER, 2),
        ("University Service", sec.OTHER, 0),
        ("Committee Memberships", sec.OTHER, 2),
        ("CERTIFICATIONS/LICENSES", sec.CERTIFICATIONS, 2),
        ("CARRIER OBJECTIVE", sec.SUMMARY, 0),
        ("KEY QUALIFICATIONS", sec.SKILLS, 0),
        ("EDUCATION________________________________________________________________", sec.EDUCATION, 0),
        ("EXPERIENCE ==========", sec.EXPERIENCE, 0),
    ],
)
def test_headings_of_memberships_service_and_ruled_headings(heading: str, kind: str, layout: int) -> None:
    assert sec.heading_kind(heading, layout=layout) == kind


def test_committee_lines_under_a_memberships_heading_are_no_jobs() -> None:
    result = analyze(
        document(
            "Jane Roe",
            "EXPERIENCE",
            "Lecturer, Northfield University",
            "2012 - present",
            "PROFESSIONAL ASSOCIATIONS",
            "American Society of Mechanical Engineers (ASME), 2009 - present",
            "Tampa Bay Paralegal Association, 2013 - present",
        )
    )
    assert [job.get("name") for job in result["work"] if job.get("name")] == ["Northfield University"]


def test_numbered_academic_studies_heading() -> None:
    assert sec.heading_kind("5. Academic Studies:") == sec.EDUCATION


def test_a_named_memberships_section_is_never_taken_for_an_unnamed_work_history() -> None:
    result = analyze(
        document(
            "Jane Roe",
            "jane.roe@example.com",
            "Where I have worked",
            "Northfield University, Lecturer, 2012 - present",
            "Globex Corporation, Analyst, 2008 - 2012",
            "PROFESSIONAL MEMBERSHIPS",
            "American Society of Mechanical Engineers, 2009 - present",
            "Tampa Bay Paralegal Association, 2013 - present",
        )
    )
    names = [job.get("name") for job in result["work"]]
    assert "American Society of Mechanical Engineers" not in names
    assert "Tampa Bay Paralegal Association" not in names


@pytest.mark.parametrize(
    ("heading", "no_work"),
    [
        ("PROFESSIONAL MEMBERSHIPS", True),
        ("Honours and Awards", True),
        ("Community Service", True),
        ("References", True),
        ("Additional information", False),
        ("Volunteer experience", False),
        ("Summary", False),
    ],
)
def test_headings_that_name_no_work_history(heading: str, no_work: bool) -> None:
    assert sec.names_no_work_history(heading) is no_work


def test_a_document_title_opens_a_summary_only_before_the_body() -> None:
    lines = [
        Line(t)
        for t in (
            "Claire Martin",
            "RÉSUMÉ",
            "Ingénieure logiciel, dix ans d'expérience",
            "EXPÉRIENCE",
            "Développeuse, Contoso, 2015 - 2020",
            "Maintenance du site",
            "Resume",
            "Développeuse, Fabrikam, 2012 - 2015",
        )
    ]
    found = [(s.kind, s.heading) for s in sec.split_sections(lines)]
    assert found == [(sec.HEADER, ""), (sec.SUMMARY, "RÉSUMÉ"), (sec.EXPERIENCE, "EXPÉRIENCE")]


@pytest.mark.parametrize(
    "heading",
    [
        "OTHER EMPLOYMENT",
        "Other Work Experience:",
        "Volunteer Work and Job History",
        "Autres expériences",
        "Part-time jobs",
        "Military Service",
    ],
)
def test_other_and_part_time_work_headings_are_experience(heading: str) -> None:
    assert sec.heading_kind(heading, layout=3) == sec.EXPERIENCE


@pytest.mark.parametrize("heading", ["Volunteer Work", "Volunteer & Community Service", "Other"])
def test_volunteer_headings_alone_stay_other(heading: str) -> None:
    assert sec.heading_kind(heading, layout=3) == sec.OTHER


def test_an_employer_named_like_a_heading_above_its_place_is_no_heading() -> None:
    lines = [
        Line(t)
        for t in (
            "Ardella Koelpin",
            "EXPERIENCE",
            "Educational Consultant",
            "9/1/2004 - 4/1/2009",
            "Higher Education",
            "New Parkland, CA",
            "Introduced new teaching tools",
            "EDUCATION",
            "Associate's Degree - Education",
            "1998",
            "Galley Community College",
        )
    ]
    found = [(s.kind, s.heading) for s in sec.split_sections(lines)]
    assert found == [(sec.HEADER, ""), (sec.EXPERIENCE, "EXPERIENCE"), (sec.EDUCATION, "EDUCATION")]


def test_a_french_resume_heading_after_a_sidebar_still_opens_the_summary() -> None:
    lines = [
        Line(t)
        for t in (
            "COORDONNÉES",
            "claire@example.fr",
            "Strasbourg, France",
            "Langues",
            "Chinois (B1)",
            "Allemand (B2)",
            "Claire Martin",
            "Résumé",
            "Développeuse web avec 4 ans d'expérience",
            "Expériences",
            "Développeuse web, Blablacar, 2022 - 2023",
        )
    ]
    kinds = [s.kind for s in sec.split_sections(lines)]
    assert kinds == [sec.CONTACT, sec.LANGUAGES, sec.SUMMARY, sec.EXPERIENCE]


@pytest.mark.parametrize(
    ("text", "title"),
    [("Resume", True), ("RÉSUMÉ", True), ("C U R R I C U L U M   V I T A E", True), ("Senior Resume Writer", False)],
)
def test_lines_that_only_name_the_document(text: str, title: bool) -> None:
    assert sec.is_document_title(text) is title

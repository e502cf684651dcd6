"""Layouts read off realistic French and English CVs of everyday trades (nurses, warehouse staff, hotel staff,
teachers, shop managers): what a header line holds besides the title and the employer, and what is no job."""

from __future__ import annotations

from parsing import analyze, parse_resume
from parsing.document import Document, Line
from parsing.structure.analyze import prepare
from parsing.structure.entries import header_parts
from parsing.structure.experience import header_fields


def _jobs(text: str) -> list[tuple[str | None, str | None]]:
    result = parse_resume(text.encode(), "cv.txt")
    return [(item.get("position"), item.get("name")) for item in result["work"]]


NURSE_CV = """Camille Leroux
camille.leroux@example.fr

EXPÉRIENCES PROFESSIONNELLES

Infirmière – CHU de Nantes (44)
Septembre 2019 – aujourd'hui
• Prise en charge de 12 patients en postes de nuit

Infirmière (CDD) – Clinique Jules Verne, Nantes
Janvier 2016 – Août 2019
• Soins pré et post-opératoires, pansements complexes

Chargée d'affaires                                          Octobre 2013 – Décembre 2015
Manutan France – Agence de Lyon
• Gestion d'un portefeuille de 180 comptes PME
"""


def test_a_departement_number_a_contract_and_a_branch_are_no_employers() -> None:
    assert _jobs(NURSE_CV) == [
        ("Infirmière", "CHU de Nantes"),
        ("Infirmière", "Clinique Jules Verne"),
        ("Chargée d'affaires", "Manutan France"),
    ]


def test_a_country_after_the_town_is_the_place_not_the_employer() -> None:
    parts = header_parts(["Front Desk Agent", "Novotel Paris Centre Tour Eiffel – Paris, France"])
    assert header_fields(parts) == ("Front Desk Agent", "Novotel Paris Centre Tour Eiffel", "Paris, France")


ACCOUNTANT_CV = """Julie Martin
julie.martin@example.fr

EXPÉRIENCE PROFESSIONNELLE

2018-2021 : Assistante comptable, Cabinet Fiducial, Lyon
- Portefeuille de 60 dossiers (TPE, artisans, professions libérales)

Été 2015 : Stagiaire en audit, KPMG, Montpellier (stage de 8 semaines)
- Aide à la préparation des bilans

DIPLÔMES ET FORMATIONS

2016 : DCG (Diplôme de Comptabilité et de Gestion) – INTEC, Paris
2014 : BTS Comptabilité et Gestion des Organisations – Lycée Jean Moulin, Béziers
"""


def test_a_summer_job_dated_by_its_season_keeps_its_employer_and_year() -> None:
    result = parse_resume(ACCOUNTANT_CV.encode(), "cv.txt")
    summer = result["work"][1]
    assert (summer["position"], summer["name"], summer["startDate"]) == ("Stagiaire en audit", "KPMG", "2015")


def test_french_and_british_diplomas_outside_the_lmd_scheme_are_degrees() -> None:
    from parsing.structure.education import find_degree, level_of_degree

    assert [
        (e.get("studyType"), e.get("institution")) for e in parse_resume(ACCOUNTANT_CV.encode(), "cv.txt")["education"]
    ] == [("DCG", "INTEC"), ("BTS", "Lycée Jean Moulin")]
    levels = {
        "DCG": 3,
        "DSCG": 5,
        "CAPES externe de Lettres Modernes": 5,
        "Agrégation d'histoire": 5,
        "DEAS (Diplôme d'État d'Aide-Soignant)": 0,
        "Titre professionnel Cariste d'entrepôt": -1,
        "Brevet professionnel Électricien": 0,
        "Diplôme universitaire de soins palliatifs": 0,
        "PGCE Primary": 4,
        "SQA Highers": 0,
    }
    assert {text: level_of_degree(text) for text in levels} == levels
    # Acronyms that are words in lower case are no degree: "capes" (cloaks), "du" (of the).
    assert find_degree("red capes and du vin") is None


def test_a_school_named_with_an_elided_article_is_the_institution() -> None:
    from parsing.structure.education import parse_education

    [item] = parse_education(["2017  Master MEEF Second degré, parcours Lettres – ESPE de l'académie de Créteil"])
    assert (item["studyType"], item["institution"]) == ("Master", "ESPE de l'académie de Créteil")


RETAIL_CV = """Thomas Renaud
thomas.renaud@example.fr

Expériences professionnelles

Carrefour Market, Rennes (mars 2022 – aujourd'hui)
Chef de rayon Produits Frais Libre-Service
- Management d'une équipe de 9 employés commerciaux

Super U, Saint-Grégoire (septembre 2012 – février 2022)
Employé commercial puis adjoint au chef de rayon
- Mise en rayon, facing, réception et contrôle des livraisons

LECLERC DRIVE – Englos
Employé logistique (CDD)
06/2010 – 08/2012
✓ Réception des marchandises, contrôle des bons de livraison

2006 – 2010
Professeure stagiaire puis titulaire sur zone de remplacement (TZR) – Académie de Créteil
Remplacements de courte et longue durée dans six collèges.
"""


def test_a_town_with_accents_a_french_title_and_a_promotion_are_read_as_such() -> None:
    assert _jobs(RETAIL_CV) == [
        ("Chef de rayon Produits Frais Libre-Service", "Carrefour Market"),
        # "Saint-Grégoire" is the town (accented letters included), so the title on the next line is the job's.
        ("Employé commercial puis adjoint au chef de rayon", "Super U"),
        # "Employé logistique": a French title opens with the person, whatever organisation word follows.
        ("Employé logistique", "LECLERC DRIVE"),
        # "X puis Y": a title and the one the person was promoted to, not a sentence.
        ("Professeure stagiaire puis titulaire sur zone de remplacement (TZR)", "Académie de Créteil"),
    ]


def _pdf_like(rows: list[tuple[str, float]]) -> Document:
    return Document([Line(text, size=size, block=number) for number, (text, size) in enumerate(rows)], "pdf")


def test_a_heading_of_unknown_wording_set_like_the_others_opens_a_section_its_content_names() -> None:
    document = _pdf_like(
        [
            ("Anaïs GAUTHIER", 20),
            ("anais.gauthier@example.fr", 9.5),
            ("PROFIL", 12.5),
            ("Ingénieure passionnée par l'automatisation des déploiements.", 10),
            ("Études", 12.5),
            ("2012 – 2014", 9.5),
            ("Mastère spécialisé Big Data", 10),
            ("IMT Atlantique", 10),
            ("Itinéraire professionnel", 12.5),  # in no list of headings, set as the headings are
            ("Depuis novembre 2021", 9.5),
            ("Ingénieure DevOps", 10),
            ("Hôpital Saint-Louis", 10),
            ("De 2018 à 2021", 9.5),
            ("Analyste financière", 10),
            ("Decathlon", 10),
            ("Mon cursus complémentaire", 12.5),
            ("2010 – 2012", 9.5),
            ("BTS Services informatiques aux organisations", 10),
            ("Lycée Chaptal", 10),
            ("Compétences", 12.5),
            ("Kubernetes, Terraform, Ansible", 10),
            ("Langues", 12.5),
            ("Anglais : courant", 10),
        ]
    )
    _lines, sections = prepare(document)
    assert [(s.kind, s.heading) for s in sections][2:5] == [
        ("education", "Études"),
        ("experience", "Itinéraire professionnel"),
        ("education", "Mon cursus complémentaire"),
    ]
    result = analyze(document, None)
    assert [(w.get("position"), w.get("name")) for w in result["work"]] == [
        ("Ingénieure DevOps", "Hôpital Saint-Louis"),
        ("Analyste financière", "Decathlon"),
    ]
    assert [e.get("studyType") for e in result["education"]] == ["Mastère spécialisé", "BTS"]


def test_a_line_in_body_type_or_shaped_like_an_entry_opens_no_section() -> None:
    document = _pdf_like(
        [
            ("Anaïs GAUTHIER", 20),
            ("PROFIL", 12.5),
            ("Ingénieure DevOps.", 10),
            ("Expérience", 12.5),
            ("Depuis 2021", 9.5),
            ("Ingénieure DevOps", 10),  # body type: an entry's header
            ("Hôpital Saint-Louis, Paris", 12.5),  # heading type, but a comma: no heading's wording
            ("Compétences", 12.5),
            ("Kubernetes", 10),
        ]
    )
    _lines, sections = prepare(document)
    assert [s.kind for s in sections] == ["header", "summary", "experience", "skills"]
    # Employers set in the headings' type as often as the headings themselves: that type is no heading's mark.
    document = _pdf_like(
        [
            ("Anaïs GAUTHIER", 20),
            ("Expérience", 12.5),
            ("Capgemini", 12.5),
            ("Depuis 2021 – Ingénieure DevOps", 10),
            ("Sopra Steria", 12.5),
            ("2018 – 2021 – Développeuse", 10),
            ("Compétences", 12.5),
            ("Kubernetes", 10),
        ]
    )
    _lines, sections = prepare(document)
    assert [s.kind for s in sections] == ["header", "experience", "skills"]


def test_the_headline_at_the_top_of_the_cv_is_no_job() -> None:
    cv = """Lucas MOREAU
Développeur Full-Stack JavaScript / PHP
Recherche une alternance de 24 mois à partir de septembre 2026
lucas.moreau@example.com

EXPÉRIENCES

Développeur web (alternance) — Sopra Steria, Toulouse
09/2024 – aujourd'hui
• Développement de nouvelles fonctionnalités en React
"""
    assert _jobs(cv) == [("Développeur web (alternance)", "Sopra Steria")]


def test_regional_and_sign_languages_are_spoken_languages() -> None:
    from parsing.structure.languages import find_languages

    found = {
        text: [(item.code, item.level) for item in find_languages(text)]
        for text in (
            "Breton : notions",
            "Scottish Gaelic – conversational",
            "Irish (intermediate)",
            "British Sign Language (Level 1)",
            "LSF : notions",
            "Créole réunionnais : langue maternelle",
            "Kabyle : courant",
        )
    }
    assert found == {
        "Breton : notions": [("br", "A2")],
        "Scottish Gaelic – conversational": [("gd", "B1")],
        "Irish (intermediate)": [("ga", "B1")],
        "British Sign Language (Level 1)": [("sgn", None)],
        "LSF : notions": [("sgn", "A2")],
        "Créole réunionnais : langue maternelle": [("cpf", "native")],
        "Kabyle : courant": [("ber", "C1")],
    }


def test_a_name_in_any_latin_script_loses_the_letters_written_after_it() -> None:
    names = {
        "CURRICULUM VITAE\n\nTomasz Wiśniewski\nFlat 3, 27 Holbrook Lane, Coventry\n": "Tomasz Wiśniewski",
        "Oliver Bennett MEng CEng MIMechE\nChartered Mechanical Engineer\n": "Oliver Bennett",
        "Hannah Carter BA (Hons) PGCE QTS\n41 Chesterfield Road, Bristol\n": "Hannah Carter",
        # A family name in capitals is no post-nominal, and a name keeps two words.
        "Jean DUPONT\nDéveloppeur Python\n": "Jean DUPONT",
        "Jack MA\nEntrepreneur\n": "Jack MA",
    }
    assert {text: parse_resume(text.encode(), "cv.txt")["basics"].get("name") for text in names} == names


def test_a_bullet_point_cut_before_its_date_is_no_job() -> None:
    cv = """Aoife Byrne
aoife.byrne@example.com

EXPERIENCE

2022–Present | Senior Account Executive | HubSpot, Dublin
- Own a territory of 120 mid-market accounts in the UK & Ireland, averaging
  117% of annual quota from 2022 to 2025.
- Closed the largest new-logo deal in EMEA mid-market
  in 2024 with a team of four.

2017–2022 | Account Executive | Salesforce, Dublin
- Grew a book of 60 accounts by 35 % year on year.
"""
    assert _jobs(cv) == [("Senior Account Executive", "HubSpot"), ("Account Executive", "Salesforce")]


def test_a_gap_between_columns_of_a_text_line_separates_its_fields() -> None:
    from parsing.extract.normalize import clean

    assert clean("Junior Software Developer          Manchester, UK") == "Junior Software Developer | Manchester, UK"
    assert clean("Auto Trader UK\tSep 2024 – Present") == "Auto Trader UK | Sep 2024 – Present"
    # After a number or a bullet, and inside a sentence, a gap is a space.
    assert clean("2018\tAssistante comptable") == "2018 Assistante comptable"
    assert clean("•\tPython") == "• Python"
    assert clean("Conception d'une\tplateforme") == "Conception d'une plateforme"
    cv = """Sam Patel
sam.patel@example.com

EXPERIENCE

Auto Trader UK                                                 Sep 2024 – Present
Junior Software Developer                                      Manchester, UK
• Build and maintain features for the vehicle listings platform.
"""
    result = parse_resume(cv.encode(), "cv.txt")
    [job] = result["work"]
    assert (job["position"], job["name"], job["location"], job["startDate"]) == (
        "Junior Software Developer",
        "Auto Trader UK",
        "Manchester, UK",
        "2024-09",
    )


def test_trades_placements_and_remarked_titles_stay_positions_and_the_job_sought_is_none() -> None:
    cv = """Grace Wilson
grace.wilson@example.com

PERSONAL STATEMENT
Registered nurse with seven years on acute wards, I am now seeking a Senior Charge Nurse
post where I can lead a ward team.

EMPLOYMENT HISTORY

Healthcare Support Worker (Bank), NHS Lothian
June 2013 – August 2016
• Provided personal care, observations and feeding support across medical wards.

Industrial Placement – Toyota Manufacturing UK, Burnaston
Jul 2012 - Jun 2013
▪ Kaizen projects on the body-in-white line.

TESCO DISTRIBUTION – Daventry
Warehouse Operative (Agency)
06/2010 – 08/2011
- Employed through Adecco on a temporary-to-permanent basis.
"""
    assert _jobs(cv) == [
        ("Healthcare Support Worker (Bank)", "NHS Lothian"),
        ("Industrial Placement", "Toyota Manufacturing UK"),
        ("Warehouse Operative (Agency)", "TESCO DISTRIBUTION"),
    ]


def test_a_title_run_into_the_description_and_a_town_before_its_country_are_read() -> None:
    cv = """Ciara Murphy
ciara.murphy@example.com

Work Experience

Boots Ireland, Mahon Point, Cork                              Feb 2020 – Present
Store Manager - Responsible for a team of 25 staff and an annual turnover of
€6.2m, with full P&L accountability.

Dunnes Stores, Douglas Court, Cork                            Sep 2013 – Jan 2020
Department Supervisor (Grocery) - Supervised a team of 12, ordering fresh and
ambient stock.
"""
    result = parse_resume(cv.encode(), "cv.txt")
    assert [(w.get("position"), w.get("name"), w.get("location")) for w in result["work"]] == [
        ("Store Manager", "Boots Ireland", "Cork"),
        ("Department Supervisor (Grocery)", "Dunnes Stores", "Cork"),
    ]
    # The description keeps its first line, title included.
    assert result["work"][0]["highlights"][0].startswith("Store Manager - Responsible for a team of 25")
    hotel = """Emily Hartley
emily.hartley@example.com

EXPERIENCE

Front Desk Agent
Novotel Paris Centre Tour Eiffel – Paris, France | Oct 2022 – Present
• Welcome up to 150 guests per day in English, French and Spanish.

Receptionist (Seasonal)
Hotel Botánico – Tenerife, Spain | Summer 2019
• Welcomed international guests and organised excursions.
"""
    result = parse_resume(hotel.encode(), "cv.txt")
    assert [(w.get("position"), w.get("name"), w.get("location")) for w in result["work"]] == [
        ("Front Desk Agent", "Novotel Paris Centre Tour Eiffel", "Paris, France"),
        ("Receptionist (Seasonal)", "Hotel Botánico", "Tenerife, Spain"),
    ]

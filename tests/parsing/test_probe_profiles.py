"""Faults shown by realistic CVs of students, tech workers, French speakers outside France and senior managers: each
test holds one of them."""

from __future__ import annotations

from parsing import parse_resume
from parsing.structure.contact import find_location
from parsing.structure.dates import join_wrapped_ranges
from parsing.structure.education import find_degree, parse_education
from parsing.structure.experience import parse_experience, title_evidence

from .files import result_jobs as _jobs


def test_a_dated_career_gap_is_no_job() -> None:
    text = """Priya Sharma
priya.sharma@example.com | +44 7911 123456 | Manchester

WORK EXPERIENCE

Customer Service Advisor, Sky UK – Manchester          Mar 2019 – Present
• Handled 60+ calls a day

Career gap (travelling), 2017 - 2019

Sales Assistant, Boots – Stockport                     Jun 2014 – Dec 2016

Pause professionnelle – 2013
"""
    assert _jobs(parse_resume(text.encode(), "cv.txt")) == [
        ("Customer Service Advisor", "Sky UK", "2019-03", None),
        ("Sales Assistant", "Boots", "2014-06", "2016-12"),
    ]


def test_an_indian_personal_profile_of_labelled_details_is_no_summary() -> None:
    text = """RAHUL VERMA
Email: rahul.verma@example.com
Mobile: +91 98765 43210

CAREER OBJECTIVE
To work in a challenging environment.

WORK EXPERIENCE
Tata Consultancy Services, Pune — Systems Engineer — June 2018 to Present

EDUCATION
B.Tech (Computer Science), VIT University, Vellore, 2014 - 2018

PERSONAL PROFILE
Father's Name : Suresh Verma
Date of Birth : 12/05/1996
Address : 12 MG Road, Indore, Madhya Pradesh
Languages Known : English, Hindi, Marathi
"""
    result = parse_resume(text.encode(), "cv.txt")
    assert result["basics"]["summary"] == "To work in a challenging environment."
    # "B.Tech" is a degree, not a web site; "Languages Known" lists languages.
    assert "url" not in result["basics"]
    assert [language["language"] for language in result["languages"]] == ["English", "Hindi", "Marathi"]
    assert result["meta"]["protected_attributes_found"] == ["date_of_birth"]


def test_a_british_personal_profile_in_prose_stays_the_summary() -> None:
    text = """Emma Clarke
emma.clarke@example.co.uk | 07911 123456

PERSONAL PROFILE
Reliable care assistant with six years in residential homes: personal care, medication rounds, and
end-of-life support. Calm under pressure: trusted by families.

EXPERIENCE
Care Assistant, Oakwood Lodge Care Home, Bath          May 2018 – Present
"""
    result = parse_resume(text.encode(), "cv.txt")
    assert result["basics"]["summary"].startswith("Reliable care assistant with six years")


def test_a_title_of_public_service_in_one_word_keeps_its_remark() -> None:
    text = """Emma Clarke
emma.clarke@example.co.uk | 07911 123456

EXPERIENCE
Care Assistant, Oakwood Lodge Care Home, Bath          May 2018 – Present
- Personal care for 20 residents

Special Constable (voluntary), Avon and Somerset Police          Jan 2016 – Apr 2018
"""
    assert _jobs(parse_resume(text.encode(), "cv.txt")) == [
        ("Care Assistant", "Oakwood Lodge Care Home", "2018-05", None),
        ("Special Constable (voluntary)", "Avon and Somerset Police", "2016-01", "2018-04"),
    ]


def test_the_diplomas_of_french_speaking_countries_and_of_a_named_field_have_their_level() -> None:
    items = parse_education(
        [
            "DEC en sciences de la nature – Cégep de Sainte-Foy, 2010",
            "Graduat en comptabilité, Haute École Louvain en Hainaut, 2015",
            "CFC d'employé de commerce, École professionnelle commerciale de Lausanne, 2011",
            "Diploma in Nursing, Kerala Nursing College, 2012",
            "Postgraduate Certificate in Dementia Care, University of Bath, 2019",
        ]
    )
    assert [(i["studyType"], i.get("area"), i["institution"], i["_level"]) for i in items] == [
        ("DEC", "sciences de la nature", "Cégep de Sainte-Foy", 2),
        ("Graduat", "comptabilité", "Haute École Louvain en Hainaut", 2),
        ("CFC", "employé de commerce", "École professionnelle commerciale de Lausanne", 0),
        ("Diploma", "Nursing", "Kerala Nursing College", 2),
        ("Postgraduate Certificate", "Dementia Care", "University of Bath", 4),
    ]
    found = {text: find_degree(text) for text in ("Bachelier en soins infirmiers", "BEPC", "Maturité gymnasiale")}
    assert {text: (d.key, d.level) for text, d in found.items() if d} == {
        "Bachelier en soins infirmiers": ("licence", 3),
        "BEPC": ("brevet", -2),
        "Maturité gymnasiale": ("bac", 0),
    }
    # December in capitals is no Québec college diploma.
    assert [find_degree(text) for text in ("DEC 2019 – JAN 2020", "DEC. 2019")] == [None, None]


def test_a_baccalaureate_from_a_university_is_quebec_s_bachelor_s_degree() -> None:
    texts = [
        "Baccalauréat en administration des affaires, Université Laval, 2012",
        "Baccalauréat série S, Lycée Victor Hugo, Poitiers, 2008",
    ]
    assert [(i["studyType"], i["_level"]) for i in parse_education(texts)] == [("Baccalauréat", 3), ("Baccalauréat", 0)]


def test_a_local_phone_number_takes_the_country_the_cv_names_or_its_national_mail_domain() -> None:
    def phone(header: str) -> str:
        text = f"{header}\n\nEXPÉRIENCES\nComptable – Fiduciaire Martin\n2018 – 2022\n"
        return parse_resume(text.encode(), "cv.txt")["basics"].get("phone", "")

    # A Swiss town, an Algerian one (a hotmail or outlook address in ".fr" says nothing), a Congolese one.
    assert phone("Lucas Favre\nChemin des Roches 7, 1400 Yverdon-les-Bains · 079 412 56 83") == "+41794125683"
    assert phone("Lydia Haddad\n0770 45 12 36 | lydia.h@outlook.fr | Tizi Ouzou") == "+213770451236"
    assert phone("Grace Kabongo\n☎ 0998 765 432 – Kinshasa") == "+243998765432"
    # Luxembourg's mail provider, and a number written without a trunk prefix.
    assert phone("Laura Schmit\n621 184 532\nlaura.schmit@pt.lu") == "+352621184532"
    # A French number stays French.
    assert phone("Paul Morel\n06 12 34 56 78 – paul.morel@orange.fr – Lyon") == "+33612345678"


def test_the_languages_of_west_and_central_africa_are_known() -> None:
    text = """Fatou Sarr
fatou.sarr@example.sn

LANGUES
Français : courant ; Wolof : langue maternelle ; Sérère : courant ; Baoulé : notions ; Kikongo : courant
"""
    result = parse_resume(text.encode(), "cv.txt")
    assert [item["code"] for item in result["meta"]["languages"]] == ["fr", "wo", "srr", "bci", "kg"]


def test_a_date_column_wrapped_before_the_last_year_is_joined() -> None:
    texts = [
        "Sept. 2016 – Déc. | Ingénieur production – Atelier montage",
        "2020 | Renault Tanger Méditerranée – Tanger",
        "Depuis janvier | Ingénieur méthodes",
        "2021 | OCP Group",
        "Sept. 2021 – | Représentante commerciale",
        "Poste actuel | Vidéotron Affaires",
    ]
    assert join_wrapped_ranges(texts, [56.7] * len(texts)) == [
        "Sept. 2016 – Déc. 2020 | Ingénieur production – Atelier montage",
        "Renault Tanger Méditerranée – Tanger",
        "Depuis janvier 2021 | Ingénieur méthodes",
        "OCP Group",
        "Sept. 2021 – Poste actuel | Représentante commerciale",
        "Vidéotron Affaires",
    ]


def test_a_workshop_or_department_beside_the_title_leaves_the_employer_to_the_next_line() -> None:
    texts = [
        "Sept. 2016 – Déc. 2020 | Ingénieur production – Atelier montage",
        "Renault Tanger Méditerranée – Tanger",
        "Encadrement de 4 superviseurs et 120 opérateurs",
        "Réduction de 18 % des arrêts non planifiés en 2022",
        "Mars 2014 – Août 2016 | Comptable – Back office",
        "Société Générale Côte d'Ivoire – Abidjan",
    ]
    assert [(w.get("position"), w.get("name"), w.get("startDate")) for w in parse_experience(texts)] == [
        ("Ingénieur production – Atelier montage", "Renault Tanger Méditerranée", "2016-09"),
        ("Comptable – Back office", "Société Générale Côte d'Ivoire", "2014-03"),
    ]
    # The ward after a dash is part of the title; a department after a comma is not.
    for text, position in [
        (
            "Infirmière – service des urgences – Clinique Saint-Pierre, Ottignies | 2015 – 2019",
            "Infirmière – service des urgences",
        ),
        ("Sales Manager, Marketing Department, Globex Corp | 2015 – 2019", "Sales Manager"),
    ]:
        assert [w.get("position") for w in parse_experience([text])] == [position]


def test_french_occupation_nouns_of_quebec_africa_and_the_public_services_open_a_title() -> None:
    assert [title_evidence(t) >= 1.5 for t in ("Coordonnateur logistique", "Répartiteur", "Commis à l'expédition")] == [
        True
    ] * 3
    assert [title_evidence(t) >= 1.5 for t in ("Géologue d'exploration", "Agente de bureau", "Inspectrice")] == [
        True
    ] * 3


def test_roles_under_an_employer_s_dated_line_take_its_name() -> None:
    texts = [
        "Apr 2019 – Present | Group Chief Financial Officer",
        "Bunzl plc, London",
        "2011 – 2019 | DIAGEO PLC – London",
        "Jan 2015 – Mar 2019 | Finance Director",
        "• P&L responsibility for £1.4bn net sales.",
        "Jun 2011 – Dec 2014 | Head of Group Financial Planning & Analysis",
        "• Supported the €1.1bn Benelux foods business; led the integration of the Sara",
        "Lee personal care brands (2010).",
        "Feb 2004 – Aug 2007 | Commercial Finance Manager",
        "Unilever UK, Kingston upon Thames",
    ]
    bold = [True, False, True, True, False, True, False, False, True, False]
    assert [(w.get("position"), w.get("name"), w.get("startDate")) for w in parse_experience(texts, bold)] == [
        ("Group Chief Financial Officer", "Bunzl plc", "2019-04"),
        ("Finance Director", "DIAGEO PLC", "2015-01"),
        ("Head of Group Financial Planning & Analysis", "DIAGEO PLC", "2011-06"),
        ("Commercial Finance Manager", "Unilever UK", "2004-02"),
    ]


def test_an_achievement_s_years_said_in_a_bullet_are_no_job() -> None:
    texts = [
        "01/2003 – 12/2012 | Directeur d'usine",
        "Fromageries Bel – Sablé-sur-Sarthe",
        "• Atelier de fromages fondus (Kiri, La Vache qui rit), 220 personnes.",
        "• Productivité +15 % entre 2004 et 2008.",
        "• Market share up from 17.8% to 20.3% between 2019 and 2023.",
    ]
    assert [(w.get("position"), w.get("name")) for w in parse_experience(texts)] == [
        ("Directeur d'usine", "Fromageries Bel")
    ]


def test_an_exchange_semester_an_executive_programme_or_a_certificate_is_what_was_studied() -> None:
    items = parse_education(
        [
            "INSEAD, Fontainebleau | 2016",
            "Advanced Management Programme",
            "Universidad de Salamanca | 2019",
            "Semestre d'échange Erasmus",
            "Le Wagon, Paris | 2021",
            "Web Development Bootcamp",
        ],
        [True, False, True, False, True, False],
    )
    assert [(i.get("institution"), i.get("studyType"), i.get("_level")) for i in items] == [
        ("INSEAD", "Advanced Management Programme", None),
        ("Universidad de Salamanca", "Semestre d'échange Erasmus", None),
        ("Le Wagon", "Web Development Bootcamp", None),
    ]
    # A committee, a grant or a post named after a programme is no study.
    texts = ["Erasmus Scholarship, 2009", "Graduate Program Coordinator, 2012"]
    assert [i.get("studyType") for i in parse_education(texts)] in ([], [None])
    found = {text: find_degree(text) for text in ("Abitur", "Laurea Magistrale in Ingegneria", "Dipl.-Ing. Physik")}
    assert {text: (d.key, d.level) for text, d in found.items() if d} == {
        "Abitur": ("bac", 0),
        "Laurea Magistrale in Ingegneria": ("master", 5),
        "Dipl.-Ing. Physik": ("engineer", 5),
    }


def test_words_and_brands_that_are_also_foreign_towns_stay_what_they_are() -> None:
    # "RDC" is a French address's ground floor, not the Democratic Republic of the Congo; "Levis" is a brand.
    assert find_location(["12 rue des Lilas, RDC, 75011 Paris"])["countryCode"] == "FR"
    assert [
        (w.get("position"), w.get("name"))
        for w in parse_experience(["Retail Associate – Levis – Glasgow | 2015 – 2019"])
    ] == [("Retail Associate", "Levis")]


def test_a_business_named_like_a_department_stays_the_employer() -> None:
    texts = [
        "Conseiller à l'emploi – Pôle emploi, Lyon",
        "2015 – 2019",
        "Accompagnement de 120 demandeurs d'emploi",
        "Vendeuse – Atelier des Chefs",
        "2012 – 2015",
        "Vente et conseil client en boutique",
        "Agent d'accueil – Département de l'Isère",
        "2010 – 2012",
        "Accueil du public",
    ]
    assert [(w.get("position"), w.get("name")) for w in parse_experience(texts)] == [
        ("Conseiller à l'emploi", "Pôle emploi"),
        ("Vendeuse", "Atelier des Chefs"),
        ("Agent d'accueil", "Département de l'Isère"),
    ]

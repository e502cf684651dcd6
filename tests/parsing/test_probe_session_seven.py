"""Faults shown by realistic CVs written as real files in the seventh probing session: each test holds one of them."""

from __future__ import annotations

from parsing import parse_resume


def _schools(text: str) -> list[tuple[str | None, str | None, str | None]]:
    education = parse_resume(text.encode(), "cv.txt")["education"]
    return [(e.get("institution"), e.get("studyType"), e.get("area")) for e in education]


def test_a_diploma_read_with_its_field_is_one_row_not_two() -> None:
    # "Diploma in Electrical Engineering" is read as the degree "Diploma" in its field; the bare word is a degree
    # too, so the field tagger's reading of the whole line adds no second, school-less row.
    text = """Rahul Sharma
rahul.sharma@gmail.com

EDUCATION
Diploma in Electrical Engineering, Government Polytechnic, Pune, 2010
"""
    assert _schools(text) == [("Government Polytechnic", "Diploma", "Electrical Engineering")]


def test_a_college_named_after_its_faculties_keeps_their_list() -> None:
    # The comma between the faculties a college is named after does not end its name.
    text = """Rahul Sharma
rahul.sharma@gmail.com

EDUCATION
B.E. (Electrical Engineering), Modern College of Arts, Science & Commerce, Pune, 2013
B.Com, Arts, Science and Commerce College, Nashik, 2010
BSc, St. Xavier College of Arts, Mumbai, 2008
"""
    assert [school[:2] for school in _schools(text)] == [
        ("Modern College of Arts, Science & Commerce", "B.E"),
        ("Arts, Science and Commerce College", "B.Com"),
        ("St. Xavier College of Arts", "BSc"),
    ]


def test_a_labelled_languages_line_under_another_heading_is_read() -> None:
    # "Languages Known: …" left at the end of the education section says what it lists.
    text = """Rahul Sharma
rahul.sharma@gmail.com

EDUCATION
B.Com, Pune University, 2010

Languages Known: English, Hindi, Marathi
"""
    result = parse_resume(text.encode(), "cv.txt")
    assert [item["language"] for item in result["languages"]] == ["English", "Hindi", "Marathi"]
    assert [e.get("institution") for e in result["education"]] == ["Pune University"]


def test_the_europass_name_row_that_asks_for_the_family_name_first() -> None:
    # The older Europass form writes "Surname(s) / First name(s) Lindqvist, Erik": the name is given forwards.
    rows = """Europass Curriculum Vitae
Personal information
{label} {value}
E-mail erik.lindqvist@telia.se
Work experience
Dates 03/2015 - present
Occupation or position held Project Manager
Name and address of employer Siemens AB, Stockholm (Sweden)
"""
    for label, value in (
        ("Surname(s) / First name(s)", "Lindqvist, Erik"),
        ("First name(s) / Surname(s)", "Erik Lindqvist"),
        ("Nom(s) / Prénom(s)", "Lindqvist, Erik"),
    ):
        text = rows.format(label=label, value=value)
        result = parse_resume(text.encode(), "cv.txt")
        assert result["basics"]["name"] == "Erik Lindqvist", label
        assert [(w.get("position"), w.get("name")) for w in result["work"]] == [("Project Manager", "Siemens AB")]


def _jobs(text: str) -> list[tuple[str | None, str | None, str | None]]:
    work = parse_resume(text.encode(), "cv.txt")["work"]
    return [(w.get("position"), w.get("name"), w.get("location")) for w in work]


def test_an_employer_and_an_unknown_town_leave_the_title_to_the_next_line() -> None:
    # "Amazon – Lauwin-Planque" names no title: a one-word name and a town's shape, not "Position – Company";
    # the title on the next line belongs to the header. A ski school named after its resort keeps its name.
    text = """Léa Martin
lea.martin@gmail.com

EXPÉRIENCES PROFESSIONNELLES
Amazon – Lauwin-Planque | juil. 2025 – août 2025
Préparatrice de commandes
• Job d'été en intérim : préparation et emballage des colis
Intermarché – Panazol | 07/2024 - 08/2024
Employée libre-service
• Réception des livraisons, mise en rayon
ESF Val Thorens – Val Thorens | Décembre 2024 – Avril 2025
Monitrice de ski
Été 2023 : Cueilleuse — Les Vergers de la Somme, Abbeville
"""
    assert _jobs(text) == [
        ("Préparatrice de commandes", "Amazon", None),
        ("Employée libre-service", "Intermarché", None),
        ("Monitrice de ski", "ESF Val Thorens", "Val Thorens"),
        ("Cueilleuse", "Les Vergers de la Somme", "Abbeville"),
    ]


def test_school_names_wrapped_at_the_line_end_and_schools_within_schools() -> None:
    # "IUT de" / "Mulhouse (Mulhouse)" and "…, Lycée" / "Champollion (Grenoble)": the name goes on below, whatever
    # the town in brackets after it; "IGR-IAE Rennes" is the IAE of Rennes.
    text = """Chloé Bernard
chloe.bernard@gmail.com

FORMATION
2022 – 2024 : DUT Génie Électrique et Informatique Industrielle (GEII), IUT de
Mulhouse (Mulhouse)
2023 : Baccalauréat général – spécialités Maths et NSI, mention Bien, Lycée
Champollion (Grenoble)
Master 2 Gestion des Ressources Humaines | 2025 – 2027
IGR-IAE Rennes – Rennes
"""
    assert [school[:2] for school in _schools(text)] == [
        ("IUT de Mulhouse", "DUT"),
        ("Lycée Champollion", "Baccalauréat général"),
        ("IGR-IAE Rennes", "Master 2"),
    ]
    from parsing.structure.education import _join_numbered

    # A heading's word in capitals ("UNIVERSITY" over "LAWYER") is no school name cut at the line's end.
    assert _join_numbered(["UNIVERSITY", "Lawyer"]) == ["UNIVERSITY", "Lawyer"]
    assert _join_numbered(["Lycée", "Champollion (Grenoble)"]) == ["Lycée Champollion (Grenoble)"]


def test_a_grande_ecole_programme_gives_its_master_and_a_school_named_short_its_full_name() -> None:
    # "Programme Grande École – Master in Management": the master's degree and its field. "KEDGE Bachelor" over
    # "KEDGE Business School, Marseille": the school's full name is the line below.
    text = """Hugo Petit
hugo.petit@gmail.com

FORMATION
2025 – 2027 | Programme Grande École – Master in Management
NEOMA Business School, Reims
2022 – 2025 | KEDGE Bachelor
KEDGE Business School, Marseille
"""
    assert _schools(text) == [
        ("NEOMA Business School", "Master", "Management"),
        ("KEDGE Business School", "Bachelor", None),
    ]


def test_roles_under_one_employer_keep_what_their_title_covers_and_the_employer() -> None:
    # "Director, Clinical Operations" under the employer's own line: the function after the comma is part of the
    # title, not the employer; each later title over its dates is another job there.
    text = """Sarah Collins
sarah.collins@gmail.com

EXPERIENCE
PFIZER – Sandwich, Kent
Head of Regulatory Affairs
Jan 2020 – Present
• Lead a team of 16
Director, Clinical Operations
Apr 2016 – Dec 2019
• Oncology and vaccines portfolio
Senior Regulatory Executive
Feb 2013 – Mar 2016
"""
    assert [(w.get("position"), w.get("name")) for w in parse_resume(text.encode(), "cv.txt")["work"]] == [
        ("Head of Regulatory Affairs", "PFIZER"),
        ("Director, Clinical Operations", "PFIZER"),
        ("Senior Regulatory Executive", "PFIZER"),
    ]


def test_a_networking_profile_place_line_with_a_region_the_gazetteer_lacks() -> None:
    # "Amsterdam, North Holland, Netherlands" is where the job was, not the employer of the roles under Booking.com.
    linked = """Sarah Collins
sarah.collins@gmail.com

Experience
Booking.com
10 years 3 months
Senior Product Manager
January 2018 - February 2021 (3 years 2 months)
Amsterdam, North Holland, Netherlands
Product Manager
September 2015 - December 2017 (2 years 4 months)
Amsterdam, North Holland, Netherlands
"""
    work = parse_resume(linked.encode(), "cv.txt")["work"]
    place = "Amsterdam, North Holland, Netherlands"
    assert [(w.get("position"), w.get("name"), w.get("location")) for w in work] == [
        ("Senior Product Manager", "Booking.com", place),
        ("Product Manager", "Booking.com", place),
    ]
    from parsing.structure.experience import is_region_line

    assert not is_region_line("Lyon, Capgemini, France")  # a company between a town and its country stays one


def test_a_title_with_its_function_after_a_comma_and_the_employer_beside() -> None:
    from parsing.structure.experience import header_fields

    assert header_fields(["Director, Clinical Operations"]) == ("Director, Clinical Operations", "", "")
    assert header_fields(["Financial Analyst", "Strategic Finance"]) == (
        "Financial Analyst – Strategic Finance",
        "",
        "",
    )
    assert header_fields(["Financial Analyst, Strategic Finance", "Stripe"]) == (
        "Financial Analyst, Strategic Finance",
        "Stripe",
        "",
    )
    assert header_fields(["Sales Director, EMEA"]) == ("Sales Director, EMEA", "", "")  # the market covered
    assert header_fields(["Software Engineer", "Google"]) == ("Software Engineer", "Google", "")
    assert header_fields(["Vendeuse", "Atelier des Chefs"]) == ("Vendeuse", "Atelier des Chefs", "")
    # "Pôle emploi" is an employer, not a "pôle" of one.
    assert header_fields(["Assistante administrative (CDD)", "Pôle emploi"])[1] == "Pôle emploi"

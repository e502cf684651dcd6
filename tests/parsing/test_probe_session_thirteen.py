"""Faults shown by realistic CVs written as real files in the thirteenth probing session: each test holds one of
them."""

from __future__ import annotations

from parsing.structure.education import find_degree

from .files import text_jobs as _jobs
from .files import text_schools as _schools


def test_quebec_degrees_written_with_a_space_are_known() -> None:
    assert find_degree("M. Sc. en biologie").key == "master"
    assert find_degree("B. Sc. en biochimie").key == "licence"
    assert find_degree("M. Scott, directeur") is None


def test_a_business_schools_acronym_and_town_then_its_full_name_is_one_school() -> None:
    text = """Marie Tremblay
marie@example.com

Formation
2010 – 2012 IAE Paris – Sorbonne Business School, Master Administration des entreprises
2008 – 2010 Licence Économie, Université Paris 1
2006 HEC Paris – MIT Sloan School of Management, MBA
"""
    schools = _schools(text)
    assert schools[0] == ("IAE Paris – Sorbonne Business School", "Master")
    assert ("MIT Sloan School of Management", "MBA") in schools  # another school's acronym: no full name of HEC's


def test_a_second_title_after_a_slash_ends_at_the_employers_comma() -> None:
    text = """Marie Tremblay
marie@example.com

Experience
2017 – 2019 Picker / Packer, DHL Supply Chain
2015 – 2017 Warehouse Operative / Shunter, DHL Supply Chain, Leeds
2013 – 2015 Developer / Google, London
2011 – 2013 Intern engineer / SII, Toulouse
"""
    assert _jobs(text) == [
        ("DHL Supply Chain", "Picker / Packer", "2017", "2019"),
        ("DHL Supply Chain", "Warehouse Operative / Shunter", "2015", "2017"),
        ("Google", "Developer", "2013", "2015"),
        ("SII", "Intern engineer", "2011", "2013"),
    ]


def test_a_shop_floor_department_between_the_title_and_the_employer_with_its_town_is_the_titles() -> None:
    text = """Marie Tremblay
marie@example.com

Experience
2019 – 2021 Team Leader – Goods In – Tesco, Middlewich
2017 – 2019 Sales Assistant – Menswear – Marks & Spencer, Leeds
2015 – 2017 Chef de rayon – Frais – Carrefour, Lyon
2013 – 2015 Software Engineer – Google – London, UK
2011 – 2013 Consultant – Accenture – Technology
"""
    assert _jobs(text) == [
        ("Tesco", "Team Leader – Goods In", "2019", "2021"),
        ("Marks & Spencer", "Sales Assistant – Menswear", "2017", "2019"),
        ("Carrefour", "Chef de rayon – Frais", "2015", "2017"),
        ("Google", "Software Engineer", "2013", "2015"),
        ("Accenture", "Consultant", "2011", "2013"),
    ]


def test_a_degrees_initials_then_its_name_are_one_degree() -> None:
    text = """Marie Tremblay
marie@example.com

Formation
2018 DEC – Diplôme d'Expertise Comptable
2014 – 2017 Master CCA, IAE de Lyon
2010 DEC – Sciences humaines, Cégep de Sainte-Foy
"""
    assert _schools(text) == [
        (None, "DEC – Diplôme d'Expertise Comptable"),
        ("IAE de Lyon", "Master"),
        ("Cégep de Sainte-Foy", "DEC"),
    ]


def test_pharmaceutical_posts_named_by_law_or_initials_are_titles() -> None:
    text = """Marie Tremblay
marie@example.com

Expérience
Biostatisticienne – Sanofi – 2019 – 2021
ARC Promoteur, IQVIA (2017 – 2019)
2013 – 2015
Qualified Person
Pfizer, Sandwich
"""
    assert _jobs(text) == [
        ("Sanofi", "Biostatisticienne", "2019", "2021"),
        ("IQVIA", "ARC Promoteur", "2017", "2019"),
        ("Pfizer", "Qualified Person", "2013", "2015"),
    ]


def test_the_referees_titles_and_employers_are_no_jobs() -> None:
    text = """John Smith
john@example.com

Experience
Warehouse Operative, Amazon, Rugeley
Mar 2019 – Present
Picker, Tesco, Daventry
Jan 2017 – Feb 2019

References
Mark Jones, Shift Manager, Amazon
mark.jones@example.com
Sarah Brown
Team Leader, Kuehne Nagel
01327 123456
"""
    assert _jobs(text) == [
        ("Amazon", "Warehouse Operative", "2019-03", None),
        ("Tesco", "Picker", "2017-01", "2019-02"),
    ]


def test_a_town_and_its_station_after_the_title_is_where_the_job_was() -> None:
    from parsing.structure.experience import parse_experience

    lines = ["Costa Coffee | Summer 2018", "Barista — Birmingham New Street", "• Preparing hot drinks",
             "Marks & Spencer, Preston | 2018 – 2019", "Section Manager – Food", "• Ran the food hall",
             "Oct. 2022 – aujourd'hui | Barista, Starbucks (Paris Gare de Lyon)"]  # fmt: skip
    bold = [True, False, False, True, False, False, True]
    jobs = [(w.get("name"), w.get("position"), w.get("location")) for w in parse_experience(lines, bold)]
    assert jobs == [
        ("Costa Coffee", "Barista", "Birmingham New Street"),
        ("Marks & Spencer", "Section Manager – Food", "Preston"),
        ("Starbucks", "Barista", "Paris Gare de Lyon"),
    ]


def test_a_graduates_a_levels_are_kept_like_the_baccalaureat_and_a_tables_heads_name_no_school() -> None:
    text = """Priya Raghavan
priya@example.com

Education
Year | Qualification | School / College
2016 – 2019 | BA (Hons) Fashion Buying | London College of Fashion, London
2014 – 2016 | A-levels | Godolphin and Latymer School, London
2008 – 2014 | Highers | Hillhead High School, Glasgow
2010 – 2012 | 12th | Delhi Public School
"""
    assert _schools(text) == [
        ("London College of Fashion", "BA (Hons)"),
        ("Godolphin and Latymer School", "A-levels"),
        ("Hillhead High School", "Highers"),
    ]


def test_the_subjects_sat_with_their_grades_are_no_school_and_the_school_follows() -> None:
    from parsing.structure.education import parse_education

    lines = ["2013 – 2016", "BA (Hons) Politics and International Relations", "Queen Mary University of London",
             "2011 – 2013", "A-levels: Government & Politics (A), Sociology (A), English Literature (B)",
             "Mulberry School for Girls"]  # fmt: skip
    items = parse_education(lines, [False, True, False, False, True, False])
    assert [(i.get("institution"), i.get("studyType")) for i in items] == [
        ("Queen Mary University of London", "BA (Hons)"),
        ("Mulberry School for Girls", "A-levels"),
    ]


def test_a_public_body_under_a_bold_title_with_its_team_is_the_employer() -> None:
    from parsing.structure.experience import parse_experience

    lines = ["Band 6 Midwife – Delivery Suite | 2020 – present", "Leeds Teaching Hospitals NHS Trust, Leeds",
             "• Caring for women with complex pregnancies",
             "Grade 7 Policy Adviser – Public Spending Group | Sep 2020 – Present", "HM Treasury, London",
             "• Lead adviser on the settlements",
             "Senior Executive Officer (SEO) – Universal Credit Policy | Apr 2017 – Aug 2020",
             "Department for Work and Pensions, London", "• Policy lead for the regulations"]  # fmt: skip
    lines += ["Attachée d'administration – Bureau des budgets | 2014 – 2017", "Ministère des Armées, Paris",
              "• Préparation du budget"]  # fmt: skip
    bold = [True, False, False, True, False, False, True, False, False, True, False, False]
    jobs = [(w.get("name"), w.get("position"), w.get("startDate")) for w in parse_experience(lines, bold)]
    assert jobs == [
        ("Leeds Teaching Hospitals NHS Trust", "Band 6 Midwife – Delivery Suite", "2020"),
        ("HM Treasury", "Grade 7 Policy Adviser – Public Spending Group", "2020-09"),
        ("Department for Work and Pensions", "Senior Executive Officer (SEO) – Universal Credit Policy", "2017-04"),
        ("Ministère des Armées", "Attachée d'administration – Bureau des budgets", "2014"),
    ]


def test_a_piece_of_a_degree_the_rules_read_is_no_second_degree() -> None:
    text = """Marie Tremblay
marie@example.com

Formation
Diplôme d'État de docteur en médecine | 2019
Faculté de médecine Montpellier-Nîmes
DES de médecine générale | 2016 – 2019
Faculté de médecine Montpellier-Nîmes
"""
    assert _schools(text) == [
        ("Faculté de médecine Montpellier-Nîmes", "Diplôme d'État de docteur"),
        ("Faculté de médecine Montpellier-Nîmes", "DES"),
    ]


def test_everyday_trades_of_shops_charities_and_sites_are_titles() -> None:
    from parsing.structure.text import fold
    from parsing.structure.vocab import title_score

    titles = ["Logistician", "Events Fundraiser", "Delivery Rider", "Bookseller", "Steel Fixer", "Libraire",
              "Distributrice de prospectus", "Loueuse de skis", "Canalisateur",
              "Encadrant technique d'insertion"]  # fmt: skip
    for title in titles:
        assert title_score(fold(title)) >= 1.5, title


def test_review_guards_consultancies_territories_and_names_stay_as_they_were() -> None:
    from parsing.structure.experience import parse_experience

    def jobs(lines: list[str], bold: list[bool]) -> list[tuple]:
        return [(w.get("name"), w.get("position")) for w in parse_experience(lines, bold)]

    # A consultancy over its public-sector client keeps the employer.
    lines = ["Senior Consultant – PwC Consulting | 2019 – 2022", "Ministry of Justice, London", "• Audits"]
    assert jobs(lines, [True, False, False]) == [("PwC Consulting", "Senior Consultant")]
    # A territory starting with a town is what the title covers.
    lines = ["Acme Ltd, Leeds", "2018 – 2019", "Sales Manager – London & South East", "• Grew sales"]
    assert jobs(lines, [False] * 4) == [("Acme Ltd", "Sales Manager – London & South East")]
    # A birth centre named as a business is an employer.
    assert jobs(["2017 – 2019 Registered Nurse, Northside Birth Center, Atlanta, GA"], [False]) == [
        ("Northside Birth Center", "Registered Nurse")
    ]
    # A shop's own name opening with its trade's word is no department.
    assert jobs(["2015 – 2017 Vendeuse – Boulangerie Dupré, Toulouse"], [False]) == [("Boulangerie Dupré", "Vendeuse")]


def test_a_freelances_dated_references_are_still_read_and_two_schools_are_not_merged() -> None:
    text = """Marie Tremblay
marie@example.com

Formation
2010 – 2012 MSc in Management, ESSEC – Mannheim Business School

Références
Consultant SAP FI/CO — TotalEnergies
Janvier 2021 – Mars 2023
Chef de projet SAP — Airbus
"""
    assert ("Airbus", "Chef de projet SAP", None, None) in _jobs(text)
    assert _schools(text) == [("Mannheim Business School", "MSc")]

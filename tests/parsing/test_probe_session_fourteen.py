"""Faults shown by realistic CVs written as real files in the fourteenth probing session (banking, industry,
teaching, marketing, logistics, French-speaking countries, Europass): each test holds one of them."""

from __future__ import annotations

from parsing import parse_resume
from parsing.document import Line
from parsing.structure.sections import heading_kind
from parsing.taxonomy import Taxonomy

from .files import document_jobs as _document_jobs
from .files import text_jobs as _jobs
from .files import text_schools as _schools


def test_a_ministry_named_after_the_matters_it_holds_keeps_its_commas() -> None:
    text = """Marie Tremblay
marie@example.com

Experience
2019 – 2021 Policy Adviser, Department for Levelling Up, Housing and Communities
2017 – 2019 Analyst, Department for Digital, Culture, Media and Sport, London
2015 – 2017 Chargée de mission, Ministère du Travail, de la Santé et des Solidarités, Paris
2011 – 2013 Economist, Ministry of Defence, Whitehall, London
"""
    jobs = _jobs(text)
    assert [job[0] for job in jobs] == [
        "Department for Levelling Up, Housing and Communities",
        "Department for Digital, Culture, Media and Sport",
        "Ministère du Travail, de la Santé et des Solidarités",
        "Ministry of Defence",  # ("Whitehall" is no matter of the ministry: no "and" ends a list)
    ]


def test_a_number_written_with_its_country_code_keeps_it() -> None:
    # The library holds the "07700 900…" range (kept for examples, as new allocations lag) for invalid, and the same
    # digits after the trunk 0 make a valid Indian number: the "+44" written before them says which.
    for contact in ("+44 (0)7700 900 123 · Clapham, London SW4", "Tel. +44 (0) 7700 900123"):
        text = f"Oliver Bennett\n{contact}\noliver@example.com\n\nExperience\n2019 – 2021 Analyst, Barclays\n"
        assert parse_resume(text.encode(), "cv.txt")["basics"]["phone"] == "+447700900123"
    text = "Rahul Sharma\nMobile: 98765 43210, Pune\nrahul@example.com\n\nExperience\n2019 – 2021 Developer, TCS\n"
    assert parse_resume(text.encode(), "cv.txt")["basics"]["phone"] == "+919876543210"


def test_a_title_that_opens_with_an_occupation_is_no_heading() -> None:
    assert heading_kind("Ingénieure études", 3) is None
    assert heading_kind("Responsable formation", 3) is None
    assert heading_kind("Teacher Experience", 3) == "experience"
    assert heading_kind("Formations et diplômes", 3) == "education"


def test_two_names_joined_by_a_plus_then_a_town_are_the_employer() -> None:
    text = """Salma Benjelloun
salma@example.com

Expérience professionnelle
Cactus Logistics — Luxembourg
2012 – 2018
Responsable des opérations
• Planification d'une flotte de 120 camions
Kuehne + Nagel — Contern
2009 – 2012
Agent logistique
• Préparation de commandes
"""
    assert [job[:2] for job in _jobs(text)] == [
        ("Cactus Logistics", "Responsable des opérations"),
        ("Kuehne + Nagel", "Agent logistique"),
    ]


def test_quebec_legal_forms_close_a_firms_name() -> None:
    text = """Luc Gagnon
luc@example.com

Expérience
Technicien comptable, MALLETTE S.E.N.C.R.L., Lévis, mai 2015 – août 2018
Stagiaire, Raymond Chabot Grant Thornton S.E.N.C.R.L., Montréal, mai 2014 – août 2014
"""
    assert [job[0] for job in _jobs(text)] == ["MALLETTE S.E.N.C.R.L", "Raymond Chabot Grant Thornton S.E.N.C.R.L"]


def test_a_title_wrapped_under_its_dates_row_ends_before_the_dates() -> None:
    # The dates at the right margin share the row of the title's first line; the title's end is on the next line.
    lines = [
        Line("Sarah Cohen", top=40, size=19, bold=True, x0=45),
        Line("sarah.cohen@example.com", top=60, size=9, x0=45),
        Line("Parcours professionnel", top=90, size=11, bold=True, x0=45),
        Line("Chargée de conformité – Sécurité", top=110, size=9.5, bold=True, x0=45),
        Line("Février 2018 – Décembre 2021", top=110, size=9.5, x0=258),
        Line("financière", top=122, size=9.5, bold=True, x0=45),
        Line("Natixis | Paris", top=134, size=9.0, x0=45),
        Line("• Traitement des alertes de filtrage des sanctions", top=146, size=8.5, x0=55),
        Line("Clinical Research Associate", top=166, size=9.5, bold=True, x0=45),
        Line("avril 2017 – janv. 2018", top=166, size=9.5, x0=296),
        Line("II", top=178, size=9.5, bold=True, x0=45),
        Line("IQVIA | Paris La Défense", top=190, size=9.0, x0=45),
        Line("• Monitoring de onze centres investigateurs", top=202, size=8.5, x0=55),
    ]
    assert _document_jobs(lines) == [
        ("Natixis", "Chargée de conformité – Sécurité financière", "2018-02", "2021-12"),
        ("IQVIA", "Clinical Research Associate II", "2017-04", "2018-01"),
    ]


def test_the_employer_and_its_town_under_a_title_and_what_it_covers() -> None:
    lines = [
        Line("Sofia Marchetti", top=40, size=19, bold=True, x0=195),
        Line("sofia@example.ch", top=60, size=9, x0=195),
        Line("PROFESSIONAL EXPERIENCE", top=90, size=11, bold=True, x0=195),
        Line("2020 – present", top=110, size=9, x0=195),
        Line("Private Banker, Italian Market", top=122, size=9.5, bold=True, x0=195),
        Line("Lombard Odier, Geneva", top=134, size=9, x0=195),
        Line("• Acquired 14 new families since 2020", top=146, size=9, x0=205),
        Line("2017 – 2020", top=166, size=9, x0=195),
        Line("Assistant Relationship Manager", top=178, size=9.5, bold=True, x0=195),
        Line("UBS Switzerland AG, Geneva", top=190, size=9, x0=195),
        Line("• Prepared client reviews", top=202, size=9, x0=205),
    ]
    assert [job[:2] for job in _document_jobs(lines)] == [
        ("Lombard Odier", "Private Banker, Italian Market"),
        ("UBS Switzerland AG", "Assistant Relationship Manager"),
    ]


def test_an_academic_cv_lists_its_positions() -> None:
    text = """Hugo Lefebvre
hugo@example.fr

Positions
Apr. 2015 – Jun. 2015 | Visiting PhD Student
University of Cambridge
Oct. 2013 – Oct. 2016 | PhD Candidate
Université Paris-Saclay
Sept. 2012 – June 2013 | Lectrice de français
University of Leeds
"""
    assert [job[:2] for job in _jobs(text)] == [
        ("University of Cambridge", "Visiting PhD Student"),
        ("Université Paris-Saclay", "PhD Candidate"),
        ("University of Leeds", "Lectrice de français"),
    ]


def _europass_line(label: str, value: str, top: float, *, bold: bool = False) -> list[Line]:
    lines = [Line(label, top=top, size=8.5, x0=60)]
    if value:
        lines.append(Line(value, top=top, size=9.0, x0=184, bold=bold))
    return lines


def test_a_europass_forms_labels_wrapped_in_their_narrow_column() -> None:
    lines = [
        Line("Curriculum Vitae", top=30, size=14, bold=True, x0=35),
        *_europass_line("Nom(s) / Prénom(s)", "Ioana DUMITRESCU", 50, bold=True),
        *_europass_line("Courrier électronique", "ioana@example.ro", 62),
        Line("Expérience", top=90, size=11, bold=True, x0=100),
        Line("professionnelle", top=102, size=11, bold=True, x0=72),
        *_europass_line("Dates", "Depuis octobre 2019", 120),
        *_europass_line("Fonction ou poste occupé", "Chargée d'affaires réglementaires", 132, bold=True),
        *_europass_line("Principales activités et", "• Dossiers d'AMM (procédures décentralisées),", 144),
        Line("responsabilités", top=156, size=8.5, x0=104),
        Line("variations, renouvellements", top=156, size=9.0, x0=192),
        *_europass_line("Nom et adresse de", "Sanofi Romania SRL, Str. Gara Herăstrău 4, 020334 Bucarest", 168),
        Line("l'employeur", top=180, size=8.5, x0=118),
        *_europass_line("Type ou secteur d'activité", "Industrie pharmaceutique", 192),
        *_europass_line("Dates", "Janvier 2016 - septembre 2019", 210),
        *_europass_line("Fonction ou poste occupé", "Pharmacienne", 222, bold=True),
        *_europass_line("Principales activités et", "• Dispensation, conseil pharmaceutique, gestion des stocks", 234),
        Line("responsabilités", top=246, size=8.5, x0=104),
        *_europass_line("Nom et adresse de", "Farmaciile Catena, Bd. Iuliu Maniu 7, 061072 Bucarest", 258),
        Line("l'employeur", top=270, size=8.5, x0=118),
        Line("Page 1/2 - Curriculum vitae de DUMITRESCU Ioana", top=800, size=8, x0=60),
    ]
    assert [job[:3] for job in _document_jobs(lines)] == [
        ("Sanofi Romania SRL", "Chargée d'affaires réglementaires", "2019-10"),
        ("Farmaciile Catena", "Pharmacienne", "2016-01"),
    ]


def test_a_schools_university_in_brackets_is_no_other_school() -> None:
    text = """Eleni Papadopoulou
eleni@example.gr

Education
2013 – 2014 MSc in Shipping, Trade and Finance — Bayes Business School (City, University of London)
2007 – 2011 BSc in Maritime Studies — University of Piraeus
"""
    assert _schools(text) == [("Bayes Business School", "MSc"), ("University of Piraeus", "BSc")]


def test_a_speciality_is_no_school() -> None:
    text = """Jean Dupont
jean@example.fr

Formation
2014 – 2017 Diplôme d'ingénieur Arts et Métiers – spécialité Génie industriel (par apprentissage)
Arts et Métiers ParisTech, Angers
2012 – 2014 DUT Génie Mécanique et Productique (GMP)
IUT de Nantes
"""
    assert [school[0] for school in _schools(text)] == ["Arts et Métiers ParisTech", "IUT de Nantes"]


def test_a_firm_named_after_its_product_stays_the_employer(taxonomy: Taxonomy) -> None:
    # ("Tableau Software" is also the skill's name in the default list.)
    text = """Linh Tran
linh@example.com

Experience
Product Marketing Manager | Tableau Software | Seattle, WA | Jul 2018 – Feb 2021
Marketing Associate | Expedia Group | Bellevue, WA | Jun 2016 – Jun 2018

Skills
Tableau, Figma, SQL
"""
    work = parse_resume(text.encode(), "cv.txt", taxonomy)["work"]
    assert [(w.get("name"), w.get("position")) for w in work] == [
        ("Tableau Software", "Product Marketing Manager"),
        ("Expedia Group", "Marketing Associate"),
    ]


def test_how_the_work_is_done_is_no_part_of_the_place() -> None:
    text = """Dana Brooks
dana@example.com

Experience
Peloton, New York, NY (Remote) | Mar 2021 – Present
Lifecycle Marketing Manager
• Own member retention journeys
"""
    assert [job[:2] for job in _jobs(text)] == [("Peloton", "Lifecycle Marketing Manager")]


def test_teachers_and_integrated_masters_qualifications() -> None:
    text = """Aoife Byrne
aoife@example.com

Education
2019 NPQSL – Ambition Institute
2016 Cambridge DELTA – International House London
2012 CELTA – International House Kraków
2008 – 2012 MMath Mathematics – University of Warwick
"""
    assert [school[1] for school in _schools(text)] == ["NPQSL", "DELTA", "CELTA", "MMath"]
    assert _schools(text)[1] == ("International House London", "DELTA")
    assert _schools(text)[3] == ("University of Warwick", "MMath")


def test_review_guards_of_the_fourteenth_session() -> None:
    # A bold employer under the title's row is no end of the title; a consultancy's client line under "Consultant –
    # Accenture" is no employer; a university department's hospital is the employer; an Indian mobile written with
    # its trunk 0 stays Indian beside London; a plain CV's "Principales compétences" is no Europass label.
    lines = [
        Line("Sarah Cohen", top=40, size=19, bold=True, x0=45),
        Line("sarah@example.com", top=60, size=9, x0=45),
        Line("Experience", top=90, size=11, bold=True, x0=45),
        Line("Senior Product Manager", top=110, size=9.5, bold=True, x0=45),
        Line("2018 – 2021", top=110, size=9.5, x0=300),
        Line("adidas", top=122, size=9.5, bold=True, x0=45),
        Line("• Launched the running app's coaching plans", top=134, size=8.5, x0=55),
        Line("Consultant – Accenture", top=154, size=9.5, bold=True, x0=45),
        Line("2015 – 2018", top=154, size=9.5, x0=300),
        Line("BNP Paribas, Paris", top=166, size=9.0, x0=45),
        Line("• Migrated the payments platform", top=178, size=8.5, x0=55),
    ]
    jobs = _document_jobs(lines)
    assert jobs[0][1] == "Senior Product Manager"
    assert jobs[1][:2] == ("Accenture", "Consultant")
    text = """Ana Silva
ana@example.com

Experience
2019 – 2021 Research Fellow, Department of Medicine, Brigham and Women's Hospital, Boston
2015 – 2018 Avocate, Lavery, de Billy, S.E.N.C.R.L., Montréal
"""
    assert [job[0] for job in _jobs(text)] == ["Brigham and Women's Hospital", "Lavery, de Billy, S.E.N.C.R.L"]
    text = (
        "Rahul Sharma\nLondon, UK | Pune, India | Mobile: 07612345678\nrahul@example.com\n\n"
        "Experience\n2019 – 2021 Developer, TCS\n"
    )
    assert parse_resume(text.encode(), "cv.txt")["basics"]["phone"] == "+917612345678"
    text = """Claire Martin
claire.martin@example.fr

PRINCIPALES COMPÉTENCES
Gestion de projet, SAP, Power BI

EXPÉRIENCE PROFESSIONNELLE
2018 – 2021 Chef de projet, Sanofi, Lyon
Secteur d'activité : Industrie pharmaceutique
"""
    result = parse_resume(text.encode(), "cv.txt")
    assert [skill["name"] for skill in result["skills"]] == ["Gestion de projet", "SAP", "Power BI"]
    assert [(w["name"], w["position"]) for w in result["work"]] == [("Sanofi", "Chef de projet")]

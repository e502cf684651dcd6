"""Faults shown by realistic CVs written as real files in the sixteenth probing session (hospitality, software
developers, German-speaking applicants, the French public sector, construction, pharma, students): each test holds
one of them."""

from __future__ import annotations

import io

import docx

from parsing import parse_resume
from parsing.document import Line

from .files import bold_jobs as _bold_jobs
from .files import document_jobs as _document_jobs
from .files import text_jobs as _jobs


def test_a_british_mobile_grouped_as_the_british_write_it_stays_british() -> None:
    # "07700 900…" is a range the library holds for unallocated; after the trunk 0 its digits make a valid Indian
    # number, which a CV from London does not mean.
    for number in ("07700 900123", "07700 900 123"):
        text = f"John Smith\njohn.smith@example.co.uk\n{number}\nLondon\n\nExperience\n2019 – 2021 Analyst, Tesco\n"
        assert parse_resume(text.encode(), "cv.txt")["basics"]["phone"] == "+447700900123"


def test_a_highlights_label_in_capitals_under_a_job_does_not_end_the_experience() -> None:
    # "FAITS MARQUANTS" set like the CV's headings, under a job, with the next job's dated header after its bullets.
    text = """Paul Martin
paul@example.com

EXPÉRIENCES PROFESSIONNELLES
2019 – 2023 Directeur commercial – Saint-Gobain, Paris
FAITS MARQUANTS
• Croissance du chiffre d'affaires de 25 %
• Recrutement de 12 commerciaux
2015 – 2019 Responsable grands comptes – Legrand, Limoges
• Portefeuille de 40 comptes

KEY ACHIEVEMENTS
• Grew the western region by 30 %

FORMATION
2013 Master Management, IAE de Lyon
"""
    assert [job[:2] for job in _jobs(text)] == [
        ("Saint-Gobain", "Directeur commercial"),
        ("Legrand", "Responsable grands comptes"),
    ]


def test_a_german_or_austrian_address_says_where_the_number_is() -> None:
    # Numbers written without their country code, read by the country the address names rather than as the Indian
    # numbers the same digits make after a trunk 0; and a German postcode's town is in Germany.
    cases = [
        ("Am Westpark 14, 85057 Ingolstadt\n0171 4567823", "+491714567823", "DE"),
        ("Hauptstraße 5, 10115 Berlin\n0171 4567823", "+491714567823", "DE"),
        ("Address | Josefstädter Straße 39, 1080 Wien\nPhone | 0664 / 123 45 67", "+436641234567", "AT"),
    ]
    for contact, phone, country in cases:
        text = f"Michael Schmidt\n{contact}\nm.schmidt@example.net\n\nExperience\n2019 – 2021 Engineer, Siemens AG\n"
        basics = parse_resume(text.encode(), "cv.txt")["basics"]
        assert (basics["phone"], basics["location"]["countryCode"]) == (phone, country)


def test_a_chemist_in_french_is_a_title() -> None:
    text = """Andrea Schmid
andrea@example.ch

Expérience professionnelle
janv. 2016 – sept. 2018 | Chimiste analytique
Lonza AG, Viège
• Analyses HPLC et validation de méthodes selon ICH Q2
"""
    assert [job[:2] for job in _jobs(text)] == [("Lonza AG", "Chimiste analytique")]


def test_a_title_under_a_regular_employer_line_after_a_bold_employers_roles() -> None:
    # The first employer's line is bold and its roles follow with their dates; the next employers' lines are regular,
    # with their dates, and their titles under them.
    text = """Andreas Wagner
andreas@example.de
Professional Experience
**Volkswagen AG, Wolfsburg
Head of Battery Validation since 01/2022
• Department of 40 engineers and technicians
Senior Test Engineer | 07/2017 – 12/2021
• Abuse and lifetime testing of HV batteries
IAV GmbH, Berlin | 02/2011 – 08/2013
Development Engineer
• Calibration of hybrid powertrains for OEM customers
Renault SAS, Guyancourt, France | 03/2010 – 08/2010
Intern
• Diploma thesis at the Technocentre
"""
    assert [job[:2] for job in _bold_jobs(text)] == [
        ("Volkswagen AG", "Head of Battery Validation"),
        ("Volkswagen AG", "Senior Test Engineer"),
        ("IAV GmbH", "Development Engineer"),
        ("Renault SAS", "Intern"),
    ]


def test_em_dashes_part_the_title_from_the_employer_and_en_dashes_stay_inside_the_title() -> None:
    text = """Claire Martin
claire@example.fr

EXPÉRIENCE
09/2022 – présent | Medical Science Liaison (MSL) – Immunologie — AstraZeneca, Courbevoie
01/2019 – 08/2022 | Chercheuse postdoctorale — Inserm U1016 – Institut Cochin, Paris
2016 – 2018 | Chef de rayon — Carrefour – Brest
2014 – 2016 | Attachée de recherche clinique — ICON plc – insourcing Ipsen
"""
    assert [job[:2] for job in _jobs(text)] == [
        ("AstraZeneca", "Medical Science Liaison (MSL) – Immunologie"),
        ("Inserm U1016 – Institut Cochin", "Chercheuse postdoctorale"),
        ("Carrefour", "Chef de rayon"),
        ("ICON plc", "Attachée de recherche clinique"),
    ]


def test_a_rank_and_its_post_beside_a_force_and_its_unit() -> None:
    text = """Laurent Ferrand
laurent@example.fr

EXPÉRIENCE PROFESSIONNELLE
Sept. 2017 – déc. 2019
Adjudant-chef, commandant de brigade — Gendarmerie nationale – Brigade de Lunel, Lunel
Août 2010 – août 2017
Maréchal des logis-chef — Gendarmerie nationale – PSIG de Montpellier, Montpellier
"""
    assert [job[:2] for job in _jobs(text)] == [
        ("Gendarmerie nationale", "Adjudant-chef, commandant de brigade"),
        ("Gendarmerie nationale", "Maréchal des logis-chef"),
    ]


def test_a_bold_header_wrapped_onto_a_regular_line_in_lower_case() -> None:
    # The employer's name goes on under the bold header, then its town after a comma; a remark in lower case under
    # another header is the job's description.
    lines = [
        Line("Laurent Ferrand", top=60, size=20, bold=True, x0=57),
        Line("laurent@example.fr", top=84, size=9.5, x0=57),
        Line("EXPÉRIENCE PROFESSIONNELLE", top=110, size=11, bold=True, x0=57),
        Line("Juin 2014 – décembre 2014", top=128, size=9.5, bold=True, x0=57),
        Line(
            "Stagiaire — Représentation permanente de la France auprès de l'Union", top=140, size=9.5, bold=True, x0=57
        ),
        Line("européenne, Bruxelles", top=152, size=9.5, x0=57),
        Line("• Suivi des négociations du Conseil", top=164, size=9.5, x0=60),
        Line("Janvier 2012 – mai 2014", top=184, size=9.5, bold=True, x0=57),
        Line(
            "Infirmière diplômée d'État – Centre Hospitalier Universitaire de Nantes",
            top=196,
            size=9.5,
            bold=True,
            x0=57,
        ),
        Line("remplacement congé maternité", top=208, size=9.5, x0=57),
    ]
    assert [job[:2] for job in _document_jobs(lines, body_size=9.5)] == [
        ("Représentation permanente de la France auprès de l'Union européenne", "Stagiaire"),
        ("Centre Hospitalier Universitaire de Nantes", "Infirmière diplômée d'État"),
    ]


def test_an_employer_line_in_bold_over_a_dated_title_after_the_last_jobs_bullets() -> None:
    # The section writes each title on its date line; an employer named with its place, in bold, over the title
    # line is that title's employer, not the end of the description above.
    text = """Jane Doe
jane@example.com
Professional Experience
**Zillow · Seattle, WA | July 2018 – Present
**Staff Software Engineer | April 2022 – Present
• Led the search team
**Senior Software Engineer | February 2020 – March 2022
• Built the listings pipeline
**Expedia Group · Bellevue, WA
**Software Development Engineer | June 2016 – June 2018
• Built hotel search
**EPAM Systems · Kyiv, Ukraine
**Junior Software Engineer | Sep 2013 – Feb 2015
• Java development for a Swiss banking client
"""
    assert [job[:2] for job in _bold_jobs(text)] == [
        ("Zillow", "Staff Software Engineer"),
        ("Zillow", "Senior Software Engineer"),
        ("Expedia Group", "Software Development Engineer"),
        ("EPAM Systems", "Junior Software Engineer"),
    ]


def test_a_firm_named_by_its_web_address_in_lower_case() -> None:
    text = """Sanne de Vries
sanne@example.nl

Experience
2019 – 2021 | Backend Developer — bol.com, Utrecht
"""
    assert [job[:2] for job in _jobs(text)] == [("bol.com", "Backend Developer")]


def test_a_table_of_languages_with_empty_level_cells() -> None:
    document = docx.Document()
    document.add_paragraph("Wing Chan")
    document.add_paragraph("wing@example.com")
    document.add_heading("Languages", level=1)
    table = document.add_table(rows=4, cols=2)
    for row, (language, level) in enumerate(
        [("English", ""), ("Cantonese", ""), ("Mandarin", ""), ("French", "basic")]
    ):
        table.cell(row, 0).text = language
        table.cell(row, 1).text = level
    buffer = io.BytesIO()
    document.save(buffer)
    languages = parse_resume(buffer.getvalue(), "cv.docx")["languages"]
    assert [item["language"] for item in languages] == ["English", "Cantonese", "Mandarin", "French"]


def test_the_town_after_the_dash_beside_a_longer_name_after_the_comma() -> None:
    from parsing.structure.experience import header_fields

    assert header_fields(["Stage ouvrier, Saint-Gobain Glass", "Aniche"]) == (
        "Stage ouvrier",
        "Saint-Gobain Glass",
        "Aniche",
    )
    # (what the title covers after its comma is no employer: the name after the dash is)
    assert header_fields(["Financial Analyst, Strategic Finance", "Stripe"])[1] == "Stripe"


def test_a_placement_student_under_an_employer_in_a_town_upon_a_river() -> None:
    text = """Oliver Bennett
oliver@example.co.uk

EXPERIENCE
Unilever, Kingston upon Thames | Jul 2023 – Jun 2024
Finance Placement Student
Industrial placement year
Ryder Architecture, Newcastle upon Tyne | Jun 2022 – Aug 2022
Work Experience Student
"""
    assert [job[:2] for job in _jobs(text)] == [
        ("Unilever", "Finance Placement Student"),
        ("Ryder Architecture", "Work Experience Student"),
    ]


def test_review_guards_of_the_sixteenth_session() -> None:
    from parsing.structure.experience import header_fields

    # A street named after a foreign town, a French town named like a foreign one: French postcodes.
    for address in ("12 rue de Londres, 75009 Paris", "8 Allee 7, 75012 Paris", "Le Moulin, 83440 Mons"):
        text = (
            f"Claire Martin\n{address}\n06 12 34 56 78\nclaire@example.fr\n\nEXPÉRIENCE\n2019 – 2021 Vendeuse, Zara\n"
        )
        basics = parse_resume(text.encode(), "cv.txt")["basics"]
        assert (basics["phone"], basics["location"]["countryCode"]) == ("+33612345678", "FR")
    # A name that is also a town's, a town where the person worked: not where the phone is from.
    text = "Paul Bremen\n07912 345678\nLeeds\npaul@example.com\n\nExperience\n2019 – 2021 Analyst, Aviva\n"
    assert parse_resume(text.encode(), "cv.txt")["basics"]["phone"] == "+447912345678"
    text = "Claire Martin\n06 12 34 56 78\nclaire@example.fr\n\nEXPÉRIENCE\n2019 – 2023 Ingénieure R&D, SAP, Walldorf\n"
    assert parse_resume(text.encode(), "cv.txt")["basics"]["phone"] == "+33612345678"
    # A prize with its years in an achievements section after the jobs is no job.
    text = """John Smith
john@example.com

PROFESSIONAL EXPERIENCE
Jan 2019 – Present Sales Director, Unilever, London
• Led a team of 12
ACHIEVEMENTS
2019 – 2020 President's Club, top 5% of sales staff
2018 – 2019 Led the migration of 200 servers to AWS
"""
    assert [job[:2] for job in _jobs(text)] == [("Unilever", "Sales Director")]
    # Firms named like a trade or a science.
    assert header_fields(["Sales Assistant, J.Crew, London"])[:2] == ("Sales Assistant", "J.Crew")
    assert header_fields(["Ingénieure support, Synology, Paris"])[:2] == ("Ingénieure support", "Synology")
    # A site, then its firm after the dash.
    assert header_fields(["Opératrice, Usine Lyon Gerland", "Sanofi"])[1] == "Sanofi"


def test_second_review_guards_of_the_sixteenth_session() -> None:
    from parsing.structure.experience import header_fields

    # A team after the title's comma, then the firm after the dash.
    assert header_fields(["Software Engineer, Core Platform", "Spotify"])[1] == "Spotify"
    # A bold team or site line within the employer's own dated period heads no roles of its own.
    text = """Jane Doe
jane@example.com
Professional Experience
**Zillow · Seattle, WA | July 2014 – Present
**Staff Software Engineer | April 2022 – Present
• Led the search team
**Zillow Offers · Atlanta, GA
**Senior Software Engineer | February 2018 – March 2022
• Built the offers pipeline
"""
    assert [job[0] for job in _bold_jobs(text)] == ["Zillow", "Zillow"]
    # A platform a freelance works through is no employer.
    text = "Sam Lee\nsam@example.com\n\nExperience\nFreelance Web Developer\n2019 – 2022\ngithub.com\n"
    assert [job[:2] for job in _jobs(text)] == [(None, "Freelance Web Developer")]
    # A town opened by "Ben" under a name written family name first is no name.
    text = "TRABELSI Sami\nBen Aknoun, Alger\nsami@example.com\n\nExpérience\n2019 – 2021 Comptable, Sonatrach\n"
    assert parse_resume(text.encode(), "cv.txt")["basics"]["name"] == "TRABELSI Sami"
    # Numbers written in another country's groups keep their country.
    text = "Marco Rossi\nRoma\n06 12345678\nmarco@example.it\n\nExperience\n2019 – 2021 Analyst, Enel\n"
    assert parse_resume(text.encode(), "cv.txt")["basics"]["phone"] == "+390612345678"
    # A form's field left empty is no line of its own.
    document = docx.Document()
    document.add_paragraph("Tom Baker")
    document.add_paragraph("tom@example.com")
    document.add_heading("Experience", level=1)
    table = document.add_table(rows=4, cols=2)
    for row, (label, value) in enumerate(
        [("Job title", "Cashier"), ("Company", "Tesco"), ("Dates", "2017 – 2019"), ("Contact", "")]
    ):
        table.cell(row, 0).text = label
        table.cell(row, 1).text = value
    buffer = io.BytesIO()
    document.save(buffer)
    work = parse_resume(buffer.getvalue(), "cv.docx")["work"]
    assert [(job.get("name"), job.get("position")) for job in work] == [("Tesco", "Cashier")]

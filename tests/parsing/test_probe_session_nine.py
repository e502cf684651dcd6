"""Faults shown by realistic CVs written as real files in the ninth probing session: each test holds one of them."""

from __future__ import annotations

import io

from docx import Document as WordDocument

from parsing import parse_resume

from .files import laid_out_jobs as _laid_out
from .files import text_jobs as _jobs
from .files import text_schools as _schools


def _word_table(rows: list[tuple[str, str]]) -> bytes:
    """A Word file holding one two-column table, a row per pair."""
    document = WordDocument()
    table = document.add_table(rows=0, cols=2)
    for label, value in rows:
        cells = table.add_row().cells
        cells[0].text = label
        cells[1].text = value
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_a_europass_label_alone_in_its_cell_names_the_next_cell() -> None:
    # The 2004 Europass form in Word: each label in the left cell, its value in the right one. The employer's row
    # comes after the duties', which must not be taken for the employer.
    data = _word_table(
        [
            ("PERSONAL INFORMATION", ""),
            ("Name", "Jan Kowalski"),
            ("E-mail", "jan.kowalski@wp.pl"),
            ("WORK EXPERIENCE", ""),
            ("Dates", "03/2019 – present"),
            ("Occupation or position held", "Senior Java Developer"),
            ("Main activities and responsibilities", "Development of banking back-end services; code reviews"),
            ("Name and address of employer", "mBank S.A., Warsaw"),
            ("Type of business or sector", "Banking"),
            ("Dates", "09/2015 – 02/2019"),
            ("Occupation or position held", "Java Developer"),
            ("Main activities and responsibilities", "Maintenance of the billing platform"),
            ("Name and address of employer", "Asseco Poland S.A., Rzeszów"),
            ("Type of business or sector", "IT services"),
        ]
    )
    work = parse_resume(data, "cv.docx")["work"]
    assert [(w.get("name"), w.get("position"), w.get("startDate")) for w in work] == [
        ("mBank S.A", "Senior Java Developer", "2019-03"),
        ("Asseco Poland S.A", "Java Developer", "2015-09"),
    ]


def test_research_and_british_degrees_are_read() -> None:
    text = """Claire Martin
claire.martin@gmail.com

EDUCATION
2018 - 2022 HDR, Université de Lyon
2011 - 2012 Magistère de physique, Université Paris-Saclay
2010 MSci Physics, Imperial College London
2012 MASc Electrical Engineering, University of Toronto
2014 S.M. in Computer Science, Massachusetts Institute of Technology
"""
    assert _schools(text) == [
        ("Université de Lyon", "HDR"),
        ("Université Paris-Saclay", "Magistère"),
        ("Imperial College London", "MSci"),
        ("University of Toronto", "MASc"),
        ("Massachusetts Institute of Technology", "S.M"),
    ]


def test_working_student_is_a_title_not_a_sentence() -> None:
    # "Working …" opens a sentence of duties, but a "Working Student" is the German student job: read as prose, the
    # title was lost and each title below went to the job above it.
    text = """Lukas Becker
lukas.becker@gmail.com

EXPERIENCE
Working Student – Mechanical Design
Bosch GmbH, Stuttgart | 04/2020 – 09/2021
Data Analyst
Siemens AG, Munich | 10/2019 – 03/2020
"""
    assert _jobs(text) == [
        ("Bosch GmbH", "Working Student – Mechanical Design", "2020-04", "2021-09"),
        ("Siemens AG", "Data Analyst", "2019-10", "2020-03"),
    ]


def test_a_key_achievements_section_holds_no_jobs() -> None:
    # "President's Club 2021 and 2023" under "KEY ACHIEVEMENTS" is a prize, not a job of 2021–2023.
    text = """Emma Clarke
emma.clarke@gmail.com

EXPERIENCE
Account Executive | Salesforce, London | Sep 2018 – Jan 2021
- Closed 40 new logos

KEY ACHIEVEMENTS
- President's Club 2021 and 2023 (top 5% of EMEA sellers)
- Rookie of the Year, Oracle UK Inside Sales, 2017
"""
    assert _jobs(text) == [("Salesforce", "Account Executive", "2018-09", "2021-01")]


def test_the_segment_after_a_title_under_its_employer_is_the_titles() -> None:
    # Under "HubSpot — Cambridge, MA | Mar 2013 – Mar 2021", "Director of Sales, Mid-Market" names the segment the
    # director covered, not another employer; so does "Area Sales Manager – North West".
    text = """Emma Clarke
emma.clarke@gmail.com

EXPERIENCE
HubSpot — Cambridge, MA | Mar 2013 – Mar 2021
Director of Sales, Mid-Market | Jan 2018 – Mar 2021
- Led 6 managers and 52 reps
Sales Manager | Jul 2015 – Dec 2017
- Managed a team of 9
BRITVIC SOFT DRINKS LTD — Warrington | May 2009 to Feb 2013
Area Sales Manager – North West | Feb 2011 to Feb 2013
- Managed 9 territory managers
Territory Manager | May 2009 – Jan 2011
"""
    assert _jobs(text) == [
        ("HubSpot", "Director of Sales, Mid-Market", "2018-01", "2021-03"),
        ("HubSpot", "Sales Manager", "2015-07", "2017-12"),
        ("BRITVIC SOFT DRINKS LTD", "Area Sales Manager – North West", "2011-02", "2013-02"),
        ("BRITVIC SOFT DRINKS LTD", "Territory Manager", "2009-05", "2011-01"),
    ]


def test_the_words_after_a_title_on_its_own_line_are_not_the_employer_below() -> None:
    # "Section Manager – Food" over "Marks & Spencer, Preston | …": the employer is the line below; "Director,
    # Customer Success" and "Manager, Supply Chain Consulting" keep the function they cover.
    text = """Emma Clarke
emma.clarke@gmail.com

EXPERIENCE
Section Manager – Food
Marks & Spencer, Preston | April 2012 – Aug 2016
- Managed 40 colleagues
Director, Customer Success | Jan 2017 - Present
Gainsight, Austin, TX
- Lead 2 managers
Deloitte LLP | London | Sep 2010 – Mar 2012
Manager, Supply Chain Consulting
- Led operating model projects
"""
    assert _jobs(text) == [
        ("Marks & Spencer", "Section Manager – Food", "2012-04", "2016-08"),
        ("Gainsight", "Director, Customer Success", "2017-01", None),
        ("Deloitte LLP", "Manager, Supply Chain Consulting", "2010-09", "2012-03"),
    ]


def test_the_employer_under_a_bold_title_under_its_dates_is_that_jobs() -> None:
    # Dates, then the title in bold, then "Qonto · Paris" in regular type: Qonto's job, not one more at the
    # employer named in bold above the first job.
    rows = [
        ("Claire Martin", 40.0, True, 20.0),
        ("claire.martin@gmail.com", 70.0, False, 9.5),
        ("PROFESSIONAL EXPERIENCE", 100.0, True, 12.0),
        ("L'Oréal · Clichy", 120.0, True, 11.0),
        ("09/2020 – PRESENT", 135.0, True, 8.5),
        ("Key Account Manager", 147.0, True, 10.0),
        ("• Manage the Sephora account.", 160.0, False, 9.5),
        ("09/2017 – 08/2018", 180.0, True, 8.5),
        ("Business Developer", 192.0, True, 10.0),
        ("Qonto · Paris", 205.0, False, 9.5),
        ("• Outbound prospecting of SMEs.", 218.0, False, 9.5),
        ("01/2017 – 06/2017", 238.0, True, 8.5),
        ("Sales Intern", 250.0, True, 10.0),
        ("Decathlon · Lille", 263.0, False, 9.5),
        ("• Six-month internship.", 276.0, False, 9.5),
    ]
    assert _laid_out(rows) == [
        ("L'Oréal", "Key Account Manager", "2020-09", None),
        ("Qonto", "Business Developer", "2017-09", "2018-08"),
        ("Decathlon", "Sales Intern", "2017-01", "2017-06"),
    ]


def test_a_school_in_the_education_section_is_no_employer() -> None:
    # The field tagger reads "St Peter's School" as an organisation; under "A-levels" it is where one studied.
    text = """Emma Clarke
emma.clarke@gmail.com

EXPERIENCE
Account Executive | Salesforce, London | Sep 2018 – Jan 2021

EDUCATION
BA (Hons) Business Management | 2011 – 2014
University of Leeds — 2:1
A-levels: Economics (A), English Literature (B), French (B) | 2009 – 2011
St Peter's School
"""
    assert _jobs(text) == [("Salesforce", "Account Executive", "2018-09", "2021-01")]


def test_care_titles_lose_their_contract_remarks() -> None:
    # "(CDI, 10h/nuit)", "(CDD de remplacement)", "(étudiante, CDD d'été)": the terms of the contract, not the job;
    # "Physiothérapeute" and "Travailleuse sociale" are titles, and a long remark does not make a title a sentence.
    text = """Camille Roux
camille.roux@gmail.com

EXPÉRIENCE PROFESSIONNELLE
Infirmière de nuit (CDI, 10h/nuit)
Clinique du Millénaire, Montpellier | Avril 2023 – aujourd'hui
Infirmière (CDD de remplacement)
CHU de Montpellier | Janvier 2023 – Mars 2023
Aide-soignante (étudiante, CDD d'été)
EHPAD Le Bois Fleuri | Juillet 2016 – Août 2016
Assistante sociale (CDD remplacement congé maternité)
CAF d'Ille-et-Vilaine | 2014 – 2015
Physiothérapeute
Hôpitaux Universitaires de Genève | 2012 – 2014
Travailleuse sociale
CISSS de Laval | 2010 – 2012
"""
    assert _jobs(text) == [
        ("Clinique du Millénaire", "Infirmière de nuit", "2023-04", None),
        ("CHU de Montpellier", "Infirmière", "2023-01", "2023-03"),
        ("EHPAD Le Bois Fleuri", "Aide-soignante", "2016-07", "2016-08"),
        ("CAF d'Ille-et-Vilaine", "Assistante sociale", "2014", "2015"),
        ("Hôpitaux Universitaires de Genève", "Physiothérapeute", "2012", "2014"),
        ("CISSS de Laval", "Travailleuse sociale", "2010", "2012"),
    ]


def test_group_and_company_ranks_and_promotions_are_kept_whole() -> None:
    # "Groupe LVMH – Louis Vuitton Malletier": the group and the company worked for; "Associate, then Vice
    # President" and "Vice President, Client Advisor": one career, one title, not a title and an employer.
    text = """Julien Morel
julien.morel@gmail.com

EXPÉRIENCE
Contrôleur de gestion senior
Groupe LVMH – Louis Vuitton Malletier – Paris | Janvier 2019 – aujourd'hui
Directeur financier adjoint
Groupe Bel – Fromageries Bel | 2011 – 2017
Associate, then Assistant Vice President
HSBC Private Bank (Suisse) SA | 2003 – 2008
UBS Switzerland AG | Vice President, Client Advisor | 2000 – 2003
"""
    assert _jobs(text) == [
        ("Groupe LVMH – Louis Vuitton Malletier", "Contrôleur de gestion senior", "2019-01", None),
        ("Groupe Bel – Fromageries Bel", "Directeur financier adjoint", "2011", "2017"),
        ("HSBC Private Bank (Suisse) SA", "Associate, then Assistant Vice President", "2003", "2008"),
        ("UBS Switzerland AG", "Vice President, Client Advisor", "2000", "2003"),
    ]


def test_phones_and_languages_of_asian_cvs() -> None:
    # "0917 845 3321" on a CV from the Philippines is a Philippine mobile, though the objective names Germany; a
    # Vietnamese and a Pakistani mobile written the local way too. Cebuano is a spoken language.
    philippines = """Maria Santos
Blk 7 Lot 12, Brgy. San Isidro, Cainta, Rizal, Philippines
Cellphone: 0917 845 3321 · E-mail: mkdsantos.rn@yahoo.com

OBJECTIVE
To obtain a position as a Registered Nurse in a hospital in Germany.

LANGUAGES
English (fluent), Tagalog (native), Cebuano (native)
"""
    result = parse_resume(philippines.encode(), "cv.txt")
    assert result["basics"]["phone"] == "+639178453321"
    assert [item["language"] for item in result["languages"]] == ["English", "Tagalog", "Cebuano"]
    vietnam = "Tran Minh Khoa\nPhone: 090 123 4567\nEmail: khoa.tran@gmail.com\nDistrict 7, Ho Chi Minh City\n"
    assert parse_resume(vietnam.encode(), "cv.txt")["basics"]["phone"] == "+84901234567"
    pakistan = "Usman Tariq\nCell: 0333-5123456 | Email: usman.tariq@gmail.com | Satellite Town, Rawalpindi\n"
    assert parse_resume(pakistan.encode(), "cv.txt")["basics"]["phone"] == "+923335123456"


def test_degrees_of_art_schools_notaries_and_engineers_abroad() -> None:
    text = """Jean Dupont
jean.dupont@gmail.com

FORMATION
2015 - 2018 DNSEP option Design, ESAD Reims
2013 - 2015 DN MADE Graphisme, Lycée Auguste Renoir
2011 Diplôme national d'ingénieur, École Nationale d'Ingénieurs de Tunis
2010 Engineer's Degree in Mechatronics, Hanoi University of Science and Technology
2009 Legal Practice Course, The University of Law
2006 Diplôme supérieur du notariat, Université de Bordeaux
"""
    assert _schools(text) == [
        ("ESAD Reims", "DNSEP"),
        ("Lycée Auguste Renoir", "DN MADE"),
        ("École Nationale d'Ingénieurs de Tunis", "Diplôme national d'ingénieur"),
        ("Hanoi University of Science and Technology", "Engineer's Degree"),
        ("The University of Law", "Legal Practice Course"),
        ("Université de Bordeaux", "Diplôme supérieur du notariat"),
    ]


def test_nordic_and_irish_phones_and_a_licences_section() -> None:
    # "086 245 7813" beside "Co. Mayo" is Irish and "070-123 45 67" beside Göteborg Swedish; a "Licences" section
    # holds no jobs (a guide's card of 2020 made one).
    text = """Conor Byrne
Cong, Co. Mayo | 086 245 7813 | conor.byrne@gmail.com

EXPERIENCE
Tour Leader
Intrepid Travel | 2016 – 2019

LICENCES
Carte professionnelle de guide-conférencier (2020)
"""
    result = parse_resume(text.encode(), "cv.txt")
    assert result["basics"]["phone"] == "+353862457813"
    assert [(w.get("name"), w.get("position")) for w in result["work"]] == [("Intrepid Travel", "Tour Leader")]
    swedish = "Elin Lindqvist\nelin.lindqvist@gmail.com | 070-123 45 67 | Göteborg\n"
    assert parse_resume(swedish.encode(), "cv.txt")["basics"]["phone"] == "+46701234567"


def test_review_cases_stay_as_they_were() -> None:
    # A job's own "Key Achievements" in the body's type does not end the experience section; a surname that is a
    # trade's word is still a name.
    text = """Emma Groom
emma.groom@gmail.com

EXPERIENCE
Sales Manager
Acme Corp, London | 2019 - 2021
Managed a team of five.
Key Achievements
Grew revenue by 20%.
Account Executive
Globex Ltd, Manchester | 2016 - 2019
"""
    result = parse_resume(text.encode(), "cv.txt")
    assert result["basics"]["name"] == "Emma Groom"
    assert [(w.get("name"), w.get("position")) for w in result["work"]] == [
        ("Acme Corp", "Sales Manager"),
        ("Globex Ltd", "Account Executive"),
    ]


def test_what_follows_a_title_joins_it_only_when_it_says_what_the_title_covers() -> None:
    # A project, a client, a second employer or a town stays out of the title and of the group's name.
    from parsing.structure.entries import header_parts
    from parsing.structure.experience import header_fields

    def fields(*lines: str) -> tuple[str, str, str]:
        return header_fields(header_parts(list(lines)))

    assert fields("Comptable", "Groupe Sanofi – Val de Reuil")[:2] == ("Comptable", "Groupe Sanofi")
    assert fields("Alten SA | Ingénieur logiciel | Thales")[0] == "Ingénieur logiciel"
    assert fields("Vendeuse (CDI Zara Lyon)", "Inditex")[0] == "Vendeuse (CDI Zara Lyon)"
    text = """Emma Clarke
emma.clarke@gmail.com

EXPERIENCE
2010 - 2020 | University of Oxford, Oxford
2015 - 2020 | Associate Professor
2012 - 2013 | Visiting Researcher, Stanford University
"""
    assert ("Stanford University", "Visiting Researcher", "2012", "2013") in _jobs(text)


def test_an_empty_europass_label_leaves_the_next_heading_alone() -> None:
    data = _word_table(
        [
            ("WORK EXPERIENCE", ""),
            ("Dates", "03/2019 – present"),
            ("Occupation or position held", "Mechanical Engineer"),
            ("Name and address of employer", "Volvo AB, Gothenburg"),
            ("Type of business or sector", ""),
            ("EDUCATION AND TRAINING", ""),
            ("Dates", "2010 – 2015"),
            ("Title of qualification awarded", "MSc Mechanical Engineering"),
            ("Name and type of organisation providing education and training", "Chalmers University of Technology"),
        ]
    )
    result = parse_resume(data, "cv.docx")
    assert [(w.get("name"), w.get("position")) for w in result["work"]] == [("Volvo AB", "Mechanical Engineer")]
    assert [(e.get("institution"), e.get("studyType")) for e in result["education"]] == [
        ("Chalmers University of Technology", "MSc")
    ]

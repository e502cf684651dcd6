"""Faults shown by realistic Word and PDF CVs of everyday trades (a Word table of jobs, an "Employer (Town)" line, a
British college's diplomas, a French feminine or "X de Y" title): each test holds one of them."""

from __future__ import annotations

import io

import docx

from parsing import parse_resume
from parsing.structure.education import find_degree, parse_education
from parsing.structure.entries import column_heads, header_parts
from parsing.structure.experience import header_fields, is_region_line

from .files import result_jobs as _jobs


def _docx_with_job_table(heads: tuple[str, str], rows: list[tuple[str, list[str]]]) -> bytes:
    document = docx.Document()
    document.add_paragraph("Hugo Vasseur")
    document.add_paragraph("hugo.vasseur@example.fr – 06 12 34 56 78")
    document.add_paragraph("EXPÉRIENCE PROFESSIONNELLE")
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text, table.rows[0].cells[1].text = heads
    for dates, lines in rows:
        cells = table.add_row().cells
        cells[0].text = dates
        cells[1].text = lines[0]
        for line in lines[1:]:
            cells[1].add_paragraph(line)
    document.add_paragraph("FORMATION")
    document.add_paragraph("2012 : Licence professionnelle Logistique – IUT de Lille")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_the_column_heads_of_a_table_of_jobs_are_no_job() -> None:
    data = _docx_with_job_table(
        ("Dates", "Poste / Entreprise"),
        [
            ("depuis 2021", ["Responsable logistique", "Decathlon, Lompret", "Entrepôt régional de 25 000 m²."]),
            ("2016 – 2021", ["Chef d'équipe logistique", "Transports Duvivier, Seclin", "Encadrement de 12 caristes."]),
            ("2012 – 2016", ["Agent logistique", "Kiabi, Hem", "Réception et contrôle qualité."]),
        ],
    )
    assert _jobs(parse_resume(data, "cv.docx")) == [
        ("Responsable logistique", "Decathlon", "2021", None),
        ("Chef d'équipe logistique", "Transports Duvivier", "2016", "2021"),
        ("Agent logistique", "Kiabi", "2012", "2016"),
    ]
    assert [column_heads(t) for t in ("Dates", "Role / Company", "Année | Diplôme | Établissement")] == [True] * 3
    # A word alone that is no date column, and a title, stay what they are.
    assert [column_heads(t) for t in ("Missions", "Poste", "Responsable logistique", "Company Secretary")] == [
        False
    ] * 4


def test_a_town_in_brackets_or_after_a_legal_form_is_the_place() -> None:
    def fields(*lines: str) -> tuple[str, str, str]:
        return header_fields(header_parts(list(lines)))

    assert fields("Lidl (Montbert)", "Magasinier cariste") == ("Magasinier cariste", "Lidl", "Montbert")
    assert fields("Kwik Fit (Coventry)", "Vehicle Technician") == ("Vehicle Technician", "Kwik Fit", "Coventry")
    assert fields("Auto-Serwis Kowalski (Wrocław, Poland)", "Mechanic's Assistant")[1:] == (
        "Auto-Serwis Kowalski",
        "Wrocław, Poland",
    )
    assert fields("Senior Care Worker", "Green Leaf Care Ltd, Norwich") == (
        "Senior Care Worker",
        "Green Leaf Care Ltd",
        "Norwich",
    )
    # A business line, a group or a department in brackets is part of the employer's name.
    assert fields("Ingénieur d'affaires", "Thales (Défense)")[1] == "Thales (Défense)"
    assert fields("Contrôleur de gestion", "Groupe Casino (LVMH)")[1] == "Groupe Casino (LVMH)"
    assert fields("Comptable", "Acme (Finance)")[1] == "Acme (Finance)"


def test_feminine_and_x_de_y_french_titles_stay_positions() -> None:
    text = """Sophie Martin
sophie.martin@example.fr

EXPÉRIENCES PROFESSIONNELLES

Employée libre-service
Intermarché, Cholet — Mars 2017 – Décembre 2019
- Mise en rayon et inventaires

Agent immobilier
Century 21, Angers — Avril 2019 – aujourd'hui
- Estimation et vente de biens

HÔTEL MERCURE POITIERS CENTRE – Poitiers
2014 – 2018
Second de cuisine
• Organisation de la production
"""
    assert _jobs(parse_resume(text.encode(), "cv.txt")) == [
        ("Employée libre-service", "Intermarché", "2017-03", "2019-12"),
        ("Agent immobilier", "Century 21", "2019-04", None),
        ("Second de cuisine", "HÔTEL MERCURE POITIERS CENTRE", "2014", "2018"),
    ]


def test_vocational_and_fine_arts_diplomas_are_degrees_and_a_high_school_is_named() -> None:
    levels = {
        "BFA Interaction Design": ("licence", 3),
        "MFA Creative Writing": ("master", 5),
        "Level 3 Extended Diploma in Business": ("bac", 0),
        "BTEC National Diploma in Sport": ("bac", 0),
        "NVQ Level 2 Food Production": ("gcse", -1),
        "Advanced Certificate – Craft Electrical": ("deug", 2),
        "Foundation Degree in Early Years": ("deug", 2),
        "Mention complémentaire Employé barman": ("cap", -1),
    }
    found = {text: find_degree(text) for text in levels}
    assert {text: (d.key, d.level) if d else None for text, d in found.items()} == levels
    assert parse_education(
        ["Advanced Certificate – Craft Electrical | 2015", "Cork Training Centre", "Leaving Certificate | 2010"]
    )[0] == {
        "studyType": "Advanced Certificate",
        "area": "Craft Electrical",
        "institution": "Cork Training Centre",
        "endDate": "2015",
        "_level": 2,
    }
    # "Whitchurch High School" is a school's name; "High School Diploma" is a diploma.
    schools = parse_education(
        ["Whitchurch High School | 2007 - 2012", "GCSEs (9) including English and Maths", "High School Diploma, 2004"]
    )
    assert [(e.get("institution"), e.get("studyType")) for e in schools] == [
        ("Whitchurch High School", "GCSEs"),
        (None, "High School Diploma"),
    ]


def _pdf(name: str, heading: str, draw) -> bytes:  # type: ignore[no-untyped-def]
    """A one-page PDF CV: the name, an e-mail, a section heading in bold, then what ``draw(page, y)`` sets below."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    page = canvas.Canvas(out, pagesize=A4)
    top = A4[1]
    page.setFont("Helvetica-Bold", 18)
    page.drawString(50, top - 60, name)
    page.setFont("Helvetica", 10)
    page.drawString(50, top - 80, f"{name.lower().replace(' ', '.')}@example.com")
    page.setFont("Helvetica-Bold", 12)
    page.drawString(50, top - 120, heading)
    draw(page, top - 120)
    page.save()
    return out.getvalue()


def test_a_margin_of_dates_and_headings_beside_the_entries_is_read_row_by_row() -> None:
    # Headings and dates in a left margin, each date on the row of its job's title: a margin, not a sidebar (the
    # headings stand beside nothing, so they say nothing either way).
    jobs = [
        ("Jan 2019 – Present", "Marketing Manager", "The Hut Group, Manchester"),
        ("2016 - 2018", "Senior Marketing Executive", "Boohoo Group plc, Manchester"),
        ("06/2014 – 09/2015", "Marketing Assistant", "Northern Bloom Florists, Stockport"),
    ]

    def draw(page, y):  # type: ignore[no-untyped-def]
        y -= 22
        for dates, title, employer in jobs:
            page.setFont("Helvetica", 10)
            page.drawString(50, y, dates)
            page.setFont("Helvetica-Bold", 10)
            page.drawString(162, y, title)
            page.setFont("Helvetica", 10)
            page.drawString(162, y - 13, employer)
            page.drawString(174, y - 26, "Planned and delivered campaigns across email and paid social channels.")
            y -= 56
        page.setFont("Helvetica-Bold", 12)
        page.drawString(50, y, "LANGUAGES")
        page.setFont("Helvetica", 10)
        page.drawString(162, y - 18, "English (native), Tamil (fluent)")

    assert _jobs(parse_resume(_pdf("Priya Natarajan", "CAREER HISTORY", draw), "cv.pdf")) == [
        ("Marketing Manager", "The Hut Group", "2019-01", None),
        ("Senior Marketing Executive", "Boohoo Group plc", "2016", "2018"),
        ("Marketing Assistant", "Northern Bloom Florists", "2014-06", "2015-09"),
    ]


def test_a_header_opening_in_bold_is_bold_and_a_bullet_set_apart_marks_its_line() -> None:
    # "Data Analyst Intern" in bold, " – Bristol City Council" in regular type: the line is a header set in bold like
    # the others, and the "•" a PDF keeps apart from its text still makes a bullet point.
    jobs = [
        ("Graduate Data Analyst", " – OVO Energy, Bristol", "Sep 2023 – Present"),
        ("Data Analyst Intern", " – Bristol City Council", "Jun 2022 – Aug 2022"),
        ("Waitress", " – The Crumpet Café, Clifton", "2017 – 2020 (weekends)"),
    ]

    def draw(page, y):  # type: ignore[no-untyped-def]
        y -= 20
        for title, rest, dates in jobs:
            page.setFont("Helvetica-Bold", 10)
            page.drawString(50, y, title)
            page.setFont("Helvetica", 10)
            page.drawString(50 + page.stringWidth(title, "Helvetica-Bold", 10), y, rest)
            page.drawString(50, y - 13, dates)
            page.setFont("Symbol", 10)
            page.drawString(56, y - 26, "\u2022")
            page.setFont("Helvetica", 10)
            page.drawString(68, y - 26, "Cleaned and analysed five years of housing-repair data for the council.")
            y -= 46

    result = parse_resume(_pdf("Chloe Barnes", "WORK EXPERIENCE", draw), "cv.pdf")
    assert _jobs(result) == [
        ("Graduate Data Analyst", "OVO Energy", "2023-09", None),
        ("Data Analyst Intern", "Bristol City Council", "2022-06", "2022-08"),
        ("Waitress", "The Crumpet Café", "2017", "2020"),
    ]
    assert [len(w["highlights"]) for w in result["work"]] == [1, 1, 1]


def test_a_windows_text_file_with_pounds_and_dashes_is_read_as_windows_1252() -> None:
    text = (
        "Renée Dubois\r\nGraduate Accountant – ACCA Trainee\r\nrenee.dubois@example.com\r\n\r\n"
        "Experience\r\nGraduate Trainee Accountant at Grant Thornton UK LLP\r\nSept 2022 – current\r\n"
        "- Audit fieldwork for clients with turnover of £2m–£50m\r\n"
        "Accounts Assistant at Unilever\r\nJuly 2020 – June 2021\r\n- Month-end accruals and the café sector\r\n"
    )
    result = parse_resume(text.encode("cp1252"), "cv.txt")
    assert result["basics"]["name"] == "Renée Dubois"
    assert _jobs(result) == [
        ("Graduate Trainee Accountant", "Grant Thornton UK LLP", "2022-09", None),
        ("Accounts Assistant", "Unilever", "2020-07", "2021-06"),
    ]


def test_contract_terms_and_the_temping_agency_are_no_part_of_title_or_employer() -> None:
    def fields(*lines: str) -> tuple[str, str, str]:
        return header_fields(header_parts(list(lines)))

    assert fields("ONET SERVICES", "Agent de propreté [CDI]") == ("Agent de propreté", "ONET SERVICES", "")
    assert fields("Vendeuse polyvalente (CDI) – Zara") == ("Vendeuse polyvalente", "Zara", "")
    assert fields("Cariste chez Leroy Merlin (via Manpower)")[:2] == ("Cariste", "Leroy Merlin")
    assert fields("Auxiliaire de vie – Particulier employeur (CESU)")[:2] == (
        "Auxiliaire de vie",
        "Particulier employeur",
    )
    # What the job was stays: an apprenticeship, a season, a temp job through an agency.
    assert fields("Développeur web (alternance) – Sopra Steria")[0] == "Développeur web (alternance)"
    stage = (
        "Léa Roux\nlea.roux@example.fr\n\nEXPÉRIENCES\nAssistante commerciale [Stage] – Decathlon | 04/2025 - 06/2025\n"
    )
    assert _jobs(parse_resume(stage.encode(), "cv.txt")) == [
        ("Assistante commerciale [Stage]", "Decathlon", "2025-04", "2025-06")
    ]
    assert fields("Receptionist (temp via Kelly Services) – Cook County Assessor's Office")[:2] == (
        "Receptionist (temp via Kelly Services)",
        "Cook County Assessor's Office",
    )
    # A branch named by its town is where the job was; an agency's own name is the employer.
    assert fields("Chargé d'accueil (CDI) – Crédit Agricole, agence de Créteil Village") == (
        "Chargé d'accueil",
        "Crédit Agricole",
        "agence de Créteil Village",
    )
    assert fields("Agence Pixel & Papier", "Graphiste")[:2] == ("Graphiste", "Agence Pixel & Papier")
    assert fields("Commis Chef", "Ballymaloe House, Co. Cork") == ("Commis Chef", "Ballymaloe House", "Co. Cork")
    # Two short titles of one post, beside the employer.
    assert fields("HÔTEL DE LA PAIX", "Standardiste – réceptionniste")[:2] == (
        "Standardiste – réceptionniste",
        "HÔTEL DE LA PAIX",
    )


def test_the_employer_in_capitals_right_under_a_career_heading_and_a_four_column_table() -> None:
    text = """Chloe Bennett
chloe.bennett@example.com

Personal Statement
Caring and organised dental nurse with six years' chairside experience.

Career Summary
BUPA DENTAL CARE
Dental Nurse
Sept 2019 to present
• Chairside support for three dentists
SMILE CARE DENTAL PRACTICE
Trainee Dental Nurse
Sept 2017 to Aug 2019
• Completed NEBDN training
"""
    assert _jobs(parse_resume(text.encode(), "cv.txt")) == [
        ("Dental Nurse", "BUPA DENTAL CARE", "2019-09", None),
        ("Trainee Dental Nurse", "SMILE CARE DENTAL PRACTICE", "2017-09", "2019-08"),
    ]
    table = """Sam Patel
sam.patel@example.com

Work History
Dates
Employer
Job Title
Main Responsibilities
05/2021 – present
Computacenter
2nd Line IT Support Technician
Intune device builds and account management.
09/2018 – 04/2021
Leeds Teaching Hospitals NHS Trust
IT Service Desk Analyst
Logged and resolved tickets, password resets and printers.
"""
    assert _jobs(parse_resume(table.encode(), "cv.txt")) == [
        ("2nd Line IT Support Technician", "Computacenter", "2021-05", None),
        ("IT Service Desk Analyst", "Leeds Teaching Hospitals NHS Trust", "2018-09", "2021-04"),
    ]


def test_letters_after_a_name_and_a_school_name_cut_short_are_dropped() -> None:
    from parsing.structure.education import plausible_institution
    from parsing.structure.names import strip_post_nominals

    assert [strip_post_nominals(t) for t in ("Priya Sharma MCIPPdip", "Ronald McDonald", "Jean DUPONT")] == [
        "Priya Sharma",
        "Ronald McDonald",
        "Jean DUPONT",
    ]
    assert [plausible_institution(t) for t in ("University of", "Institut de", "University of Reading")] == [
        False,
        False,
        True,
    ]
    # An English licence is no French degree.
    assert find_degree("RTITB Counterbalance and Reach Truck licence") is None
    assert find_degree("Full UK driving licence") is None
    assert find_degree("Licence professionnelle Logistique") is not None
    assert find_degree("2e année de licence") is not None


def test_cantonese_is_a_language_of_its_own() -> None:
    from parsing.structure.languages import find_languages

    found = find_languages("English (native), Cantonese (native), Mandarin (fluent)")
    assert [(f.code, f.level) for f in found] == [("en", "native"), ("yue", "native"), ("zh", "C1")]


def test_an_exported_networking_profile_lists_several_jobs_under_one_employer() -> None:
    # The export's layout: the employer in bold, the time spent there, then each job's title, its dates with their
    # length and a "Town, Region, Country" line. The place closes its job; later titles belong to the same employer.
    blocks = [
        ("Accor", "6 ans 3 mois", None),
        (None, "Directrice d'hébergement", "juin 2021 - Present (3 ans 7 mois)"),
        (None, "Chef de réception", "octobre 2018 - mai 2021 (2 ans 8 mois)"),
        ("Evian Resort", None, None),
        (None, "Réceptionniste", "mai 2016 - septembre 2018 (2 ans 5 mois)"),
    ]

    def draw(page, y):  # type: ignore[no-untyped-def]
        y -= 22
        for employer, title, dates in blocks:
            if employer:
                page.setFont("Helvetica-Bold", 11)
                page.drawString(50, y, employer)
                y -= 14
            if title and not dates:
                page.setFont("Helvetica", 10)
                page.drawString(50, y, title)
                y -= 14
            if dates:
                page.setFont("Helvetica", 11)
                page.drawString(50, y, title)
                page.setFont("Helvetica", 10)
                page.drawString(50, y - 14, dates)
                page.drawString(50, y - 28, "Bordeaux, Nouvelle-Aquitaine, France")
                y -= 50

    result = parse_resume(_pdf("Camille Nguyen", "Expérience", draw), "Profile.pdf")
    assert _jobs(result) == [
        ("Directrice d'hébergement", "Accor", "2021-06", None),
        ("Chef de réception", "Accor", "2018-10", "2021-05"),
        ("Réceptionniste", "Evian Resort", "2016-05", "2018-09"),
    ]
    assert [w.get("location") for w in result["work"]] == ["Bordeaux, Nouvelle-Aquitaine, France"] * 3
    assert all("highlights" not in w for w in result["work"])
    # A "Town, Town, Country" line is an employer's, not a place's.
    assert is_region_line("Dublin, County Dublin, Ireland") and is_region_line("Région de Paris, France")
    assert not is_region_line("Accor, Paris, France") and not is_region_line("Acme Corp, Ireland")


def test_a_europass_form_is_read_through_its_labels() -> None:
    # The 2004-2012 form: each value beside its label, no colon; the person's sex on a line of its own.
    rows = [
        ("Personal information", None),
        ("First name(s) / Surname(s)", "Luca Ferraro"),
        ("Sex", "Male"),
        ("Work experience", None),
        ("Dates", "April 2019 - Present"),
        ("Occupation or position held", "Process Engineer"),
        ("Main activities and responsibilities", "Process support for API manufacturing."),
        ("Name and address of employer", "Pfizer Ireland Pharmaceuticals, Ringaskiddy, Co. Cork (Ireland)"),
        ("Type of business or sector", "Pharmaceutical manufacturing"),
        ("Dates", "September 2016 - March 2019"),
        ("Occupation or position held", "Maintenance Engineer"),
        ("Main activities and responsibilities", "Maintenance planning on extrusion lines."),
        ("Name and address of employer", "Barilla, Parma (Italy)"),
        ("Education and training", None),
        ("Dates", "2012 - 2015"),
        ("Title of qualification awarded", "Master's Degree in Mechanical Engineering"),
        ("Principal subjects/occupational", "Machine design, fluid machinery, industrial plants."),
        ("skills covered", "Thesis on vibration monitoring"),
        ("Name and type of organisation", "Politecnico di Milano, Milan (Italy) - University"),
    ]

    def draw(page, y):  # type: ignore[no-untyped-def]
        for label, value in rows:
            y -= 16
            page.setFont("Helvetica-Bold" if value is None else "Helvetica", 12 if value is None else 9)
            page.drawRightString(210, y, label)
            if value:
                page.drawString(225, y, value)

    result = parse_resume(_pdf("europass", "Curriculum Vitae", draw), "cv.pdf")
    assert result["basics"]["name"] == "Luca Ferraro"
    assert "gender" in result["meta"]["protected_attributes_found"]
    assert _jobs(result) == [
        ("Process Engineer", "Pfizer Ireland Pharmaceuticals", "2019-04", None),
        ("Maintenance Engineer", "Barilla", "2016-09", "2019-03"),
    ]
    assert [(e.get("institution"), e.get("studyType")) for e in result["education"]] == [
        ("Politecnico di Milano", "Master's Degree")
    ]


def test_a_europass_label_row_holds_the_name() -> None:
    lines = ["PERSONAL INFORMATION Magdalena Kowalczyk", "Flat 3, 27 Elgin Crescent", "m.kowalczyk@example.com"]
    assert parse_resume("\n".join(lines).encode(), "cv.txt")["basics"]["name"] == "Magdalena Kowalczyk"
    french = ["INFORMATIONS", "PERSONNELLES Émilie Rousseau", "87 boulevard de la Liberté", "e.rousseau@example.fr"]
    assert parse_resume("\n".join(french).encode(), "cv.txt")["basics"]["name"] == "Émilie Rousseau"


def test_a_title_in_regular_type_under_a_bold_employer_and_dates_line_is_the_position() -> None:
    jobs = [
        ("Massachusetts General Hospital | June 2019 – Present", "Registered Nurse, Cardiac Step-Down Unit"),
        ("Brookhaven Senior Living | May 2014 – Aug 2016", "Certified Nursing Assistant (part-time)"),
    ]
    bullets = [
        "• Precept new graduate RNs; served as unit charge nurse on weekend shifts since 2021.",
        "• Recorded vital signs and reported changes in condition to the charge nurse.",
    ]

    def draw(page, y):  # type: ignore[no-untyped-def]
        y -= 22
        for (header, title), bullet in zip(jobs, bullets, strict=True):
            page.setFont("Helvetica-Bold", 11)
            page.drawString(50, y, header)
            page.setFont("Helvetica-Oblique", 11)
            page.drawString(50, y - 14, title)
            page.setFont("Helvetica", 10)
            page.drawString(50, y - 28, bullet)
            y -= 50

    # (A bullet's sentence that ends "since 2021" dates no job.)
    assert _jobs(parse_resume(_pdf("Katherine Doyle", "PROFESSIONAL EXPERIENCE", draw), "cv.pdf")) == [
        ("Registered Nurse", "Massachusetts General Hospital", "2019-06", None),
        ("Certified Nursing Assistant", "Brookhaven Senior Living", "2014-05", "2016-08"),
    ]


def test_a_career_break_is_no_job_and_a_site_code_or_an_unknown_town_is_the_place() -> None:
    text = """Daniel Okafor
daniel.okafor@example.co.uk

EMPLOYMENT HISTORY

Warehouse Team Leader
DHL Supply Chain, Birmingham | 03/2020 – Present
• Lead a team of 18 operatives on the night shift.

Career Break
01/2018 – 02/2020
› Full-time carer for a family member.

Warehouse Operative
Amazon UK, Coventry (BHX1) | 08/2017 – 12/2017
– Picked and packed up to 300 units per hour.

CHEF DE RANG
Hôtel Barrière Le Normandy · Deauville | Avril 2015 à Mai 2017

COMMIS DE SALLE
Le Bistrot du Port · Honfleur | Juin 2014 à Septembre 2014 (saison)
"""
    result = parse_resume(text.encode(), "cv.txt")
    assert _jobs(result) == [
        ("Warehouse Team Leader", "DHL Supply Chain", "2020-03", None),
        ("Warehouse Operative", "Amazon UK", "2017-08", "2017-12"),
        ("CHEF DE RANG", "Hôtel Barrière Le Normandy", "2015-04", "2017-05"),
        ("COMMIS DE SALLE", "Le Bistrot du Port", "2014-06", "2014-09"),
    ]
    assert [w.get("location") for w in result["work"]][1:] == ["Coventry (BHX1)", "Deauville", "Honfleur"]


def test_irish_further_education_awards_are_degrees() -> None:
    found = {
        text: find_degree(text)
        for text in (
            "QQI Level 5 Certificate in Pharmacy Assistant Studies",
            "FETAC Level 6 Award",
            "National Craft Certificate – Refrigeration and Air Conditioning",
        )
    }
    assert {text: (d.key, d.level) if d else None for text, d in found.items()} == {
        "QQI Level 5 Certificate in Pharmacy Assistant Studies": ("bac", 0),
        "FETAC Level 6 Award": ("deug", 2),
        "National Craft Certificate – Refrigeration and Air Conditioning": ("deug", 2),
    }


def test_a_word_table_of_label_and_value_rows_is_read_row_by_row() -> None:
    document = docx.Document()
    document.add_paragraph("Karim Haddad")
    document.add_paragraph("karim.haddad@example.fr – 06 12 34 56 78")
    document.add_paragraph("EXPÉRIENCES PROFESSIONNELLES")
    jobs = [
        ("Depuis septembre 2021", "Geodis Logistics", "Cariste préparateur de commandes"),
        ("Mars 2018 – Août 2021", "Kuehne + Nagel", "Magasinier cariste (CDI)"),
    ]
    for period, employer, title in jobs:
        table = document.add_table(rows=4, cols=2)
        for row, (label, value) in zip(
            table.rows,
            [("Période", period), ("Entreprise", employer), ("Poste", title), ("Missions", "- Chargement des camions")],
            strict=True,
        ):
            row.cells[0].text, row.cells[1].text = label, value
        document.add_paragraph("")
    out = io.BytesIO()
    document.save(out)
    result = parse_resume(out.getvalue(), "cv.docx")
    assert _jobs(result) == [
        ("Cariste préparateur de commandes", "Geodis Logistics", "2021-09", None),
        ("Magasinier cariste", "Kuehne + Nagel", "2018-03", "2021-08"),
    ]
    assert result["work"][0]["highlights"] == ["Chargement des camions"]


def test_a_given_name_that_also_names_a_school_is_still_a_name() -> None:
    # "Anna" (Anna University) and "Kings" (King's College) are school words; beside a family name they are a name.
    for name in ("Anna Kowalski", "Anna Lindqvist"):
        text = f"Name: {name}\nE-mail: a.k@example.com\n\nWork experience\n2015 - 2020  Clerk, Tesco"
        assert parse_resume(text.encode(), "cv.txt")["basics"]["name"] == name
    text = "Anna University\nB.E. Computer Science, 2012\n"
    assert parse_resume(text.encode(), "cv.txt")["basics"].get("name") != "Anna University"


def _europass_text(rows: list[tuple[str, str]]) -> bytes:
    return "\n".join(f"{label}   {value}".rstrip() for label, value in rows).encode()


def test_the_personal_skills_part_of_a_europass_form_gives_languages_and_skills() -> None:
    # In a plain-text (or unstyled) form nothing marks the headings: the labels of the part say what follows.
    english = [
        ("Europass Curriculum Vitae", ""),
        ("Surname(s) / First name(s)", "Kowalski Anna"),
        ("E-mail", "anna.kowalski@example.com"),
        ("Work experience", ""),
        ("Dates", "March 2015 - Present"),
        ("Occupation or position held", "Logistics coordinator"),
        ("Name and address of employer", "Geodis, Lyon"),
        ("Personal skills and competences", ""),
        ("Mother tongue(s)", "Polish"),
        ("Other language(s)", "English, French"),
        ("Self-assessment", "Understanding   Speaking   Writing"),
        ("European level (*)", "Listening   Reading   Spoken interaction   Spoken production"),
        ("English", "C1 Proficient user   C1 Proficient user   B2 Independent user   B2 Independent user"),
        ("Computer skills and competences", "Microsoft Excel, SAP"),
    ]
    result = parse_resume(_europass_text(english), "cv.txt")
    assert result["basics"]["name"] == "Kowalski Anna"
    assert [(item["language"], item.get("fluency")) for item in result["languages"]] == [
        ("Polish", "Native"),
        ("English", "C1"),
        ("French", None),
    ]
    assert {"Microsoft Excel", "SAP"} <= {skill["name"] for skill in result["skills"]}
    assert _jobs(result) == [("Logistics coordinator", "Geodis", "2015-03", None)]

    french = [
        ("Curriculum Vitae Europass", ""),
        ("Nom(s) / Prénom(s)", "Moreau Élodie"),
        ("Courrier électronique", "elodie.moreau@example.fr"),
        ("Expérience professionnelle", ""),
        ("Dates", "Septembre 2016 - aujourd'hui"),
        ("Fonction ou poste occupé", "Assistante de direction"),
        ("Nom et adresse de l'employeur", "Airbus Atlantic, Nantes"),
        ("Éducation et formation", ""),
        ("Dates", "2009 - 2011"),
        ("Intitulé du certificat ou diplôme délivré", "BTS Assistant de manager"),
        ("Nom et type de l'établissement d'enseignement ou de formation", "Lycée Livet, Nantes"),
        ("Aptitudes et compétences personnelles", ""),
        ("Langue(s) maternelle(s)", "Français"),
        ("Autre(s) langue(s)", "Anglais, espagnol"),
        ("Aptitudes et compétences informatiques", "Pack Office, SAP"),
    ]
    result = parse_resume(_europass_text(french), "cv.txt")
    assert result["basics"]["name"] == "Moreau Élodie"
    assert [item["language"] for item in result["languages"]] == ["Français", "Anglais", "Espagnol"]
    assert [(e.get("institution"), e.get("studyType")) for e in result["education"]] == [("Lycée Livet", "BTS")]


def test_a_line_that_says_it_lists_languages_needs_no_level() -> None:
    text = (
        "Tom Fischer\ntom.fischer@example.com\n\nSkills\nForklift licence, stock control\n"
        "Other languages: German, Spanish\n"
    )
    languages = parse_resume(text.encode(), "cv.txt")["languages"]
    assert [item["language"] for item in languages] == ["German", "Spanish"]


def _stacked_name_pdf(first: str, second: str) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    page = canvas.Canvas(out, pagesize=A4)
    top = A4[1]
    page.setFont("Helvetica-Bold", 22)
    page.drawString(40, top - 60, first)
    page.drawString(40, top - 86, second)
    page.setFont("Helvetica", 9)
    page.drawString(40, top - 120, "contact@example.fr – 06 45 78 12 36")
    page.setFont("Helvetica-Bold", 12)
    page.drawString(40, top - 160, "EXPÉRIENCE PROFESSIONNELLE")
    page.setFont("Helvetica", 9)
    page.drawString(40, top - 180, "Depuis 2019 – Préparatrice de commandes, Kiabi Logistique")
    page.save()
    return out.getvalue()


def test_a_name_set_over_two_lines_of_the_same_large_type_is_joined() -> None:
    for first, second in (("Marie-Hélène", "De Almeida"), ("Jean-Baptiste", "Le Goff"), ("Camille", "RENAUD")):
        result = parse_resume(_stacked_name_pdf(first, second), "cv.pdf")
        assert result["basics"]["name"] == f"{first} {second}"
    # A title under the name is no part of it.
    result = parse_resume(_stacked_name_pdf("Sophie Martin", "Aide-soignante"), "cv.pdf")
    assert result["basics"]["name"] == "Sophie Martin"


def test_framework_levels_and_french_certificates_are_degrees_at_their_rung() -> None:
    def rung(text: str) -> tuple[str, int] | None:
        degree = find_degree(text)
        return (text[degree.start : degree.end], degree.level) if degree else None

    assert rung("CIPD Level 5 Associate Diploma in People Management") == ("Level 5 Associate Diploma", 2)
    assert rung("CIPD Level 7 Advanced Diploma in Strategic People Management") == ("Level 7 Advanced Diploma", 5)
    assert rung("Level 6 Diploma in Occupational Health and Safety") == ("Level 6 Diploma", 3)
    assert rung("QQI Level 6 Certificate in Electrical Engineering")[1] == 2  # type: ignore[index]
    assert rung("CQP Agent de prévention et de sécurité") == ("CQP", -1)
    assert rung("DAEU option A – Université de Rouen") == ("DAEU", 0)
    assert rung("Diplôme national du brevet, mention bien") == ("Diplôme national du brevet", -2)
    # "Bac+3" is a level of study, not the baccalauréat.
    assert rung("Bac + 3 Responsable commercial") == ("Bac + 3", 3)
    assert rung("BTS MCO (Bac+2)") == ("BTS", 2)


def test_an_age_at_the_end_of_the_contact_line_takes_only_itself_away() -> None:
    text = (
        "Lucas Perrin\nStrasbourg (67000) – 07 69 43 25 81 – lucas.perrin@gmx.fr – 25 ans\n\n"
        "EXPÉRIENCE\n2019 - 2023 : Plombier chauffagiste, Dalkia, Strasbourg\n"
    )
    result = parse_resume(text.encode(), "cv.txt")
    assert (result["basics"]["email"], result["basics"]["phone"]) == ("lucas.perrin@gmx.fr", "+33769432581")
    assert "age" in result["meta"]["protected_attributes_found"]
    assert "25 ans" not in str({key: value for key, value in result.items() if key != "meta"})
    # A birth date keeps its place with it: the comma does not part them.
    text = "Inès Benali\nNée le 3 mai 1990, Casablanca | ines.benali@example.fr\n"
    result = parse_resume(text.encode(), "cv.txt")
    assert result["basics"]["email"] == "ines.benali@example.fr"
    assert "Casablanca" not in str({key: value for key, value in result.items() if key != "meta"})


def test_a_date_range_wrapped_in_a_narrow_date_column_is_joined() -> None:
    jobs = [
        ("05/2019 -", "aujourd'hui", "Comptable", "Lactalis Ingrédients, Rennes"),
        ("02/2016 -", "04/2019", "Gestionnaire paie et comptabilité", "Groupe Legendre, Rennes"),
        ("09/2014 -", "01/2016", "Assistante comptable", "Cabinet In Extenso, Vitré"),
    ]

    def draw(page, y):  # type: ignore[no-untyped-def]
        for start, end, title, employer in jobs:
            y -= 20
            page.setFont("Helvetica-Bold", 9.5)
            page.drawString(50, y, start)
            page.drawString(167, y, title)
            page.setFont("Helvetica", 9.5)
            page.drawString(50, y - 12, end)
            page.drawString(167, y - 12, employer)
            page.drawString(167, y - 25, "• Saisie et révision de dossiers")
            y -= 30

    result = parse_resume(_pdf("Laetitia Moreau", "EXPÉRIENCE PROFESSIONNELLE", draw), "cv.pdf")
    assert _jobs(result) == [
        ("Comptable", "Lactalis Ingrédients", "2019-05", None),
        ("Gestionnaire paie et comptabilité", "Groupe Legendre", "2016-02", "2019-04"),
        ("Assistante comptable", "Cabinet In Extenso", "2014-09", "2016-01"),
    ]


def test_en_poste_and_auj_end_a_current_job_and_west_african_languages_are_known() -> None:
    from parsing.structure.dates import find_date_ranges
    from parsing.structure.languages import find_languages

    assert [(r.start, r.current) for r in find_date_ranges("03.2022 – en poste")] == [("2022-03", True)]
    assert [(r.start, r.current) for r in find_date_ranges("2019 / auj.")] == [("2019", True)]
    assert [item.code for item in find_languages("Peul – langue maternelle, wolof, soninké")] == ["ff", "wo", "snk"]


def test_a_name_over_two_lines_in_the_main_column_beside_a_sidebar_is_joined() -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    page = canvas.Canvas(out, pagesize=A4)
    top = A4[1]
    page.setFont("Helvetica", 8.8)
    sidebar = ["06 98 74 12 36", "melanie.roux.ide@gmail.com", "Montpellier (34)", "Permis B", "", "COMPÉTENCES"]
    sidebar += ["• Instrumentation", "• Asepsie et stérilisation", "• AFGSU 2", "• Gestion de la douleur"]
    sidebar += ["", "LANGUES"]
    sidebar += ["Français", "Anglais – B1", "Catalan – notions", "", "LOISIRS", "Natation, voyages"]
    for number, text in enumerate(sidebar):
        page.drawString(18, top - 66 - 12 * number, text)
    page.setFont("Helvetica-Bold", 28)
    page.drawString(212, top - 46, "Mélanie")
    page.drawString(212, top - 78, "ROUX")
    page.setFont("Helvetica-Bold", 12)
    page.drawString(212, top - 130, "EXPÉRIENCE PROFESSIONNELLE")
    page.setFont("Helvetica", 9.5)
    page.drawString(212, top - 150, "Depuis 2019 – Infirmière de bloc opératoire, Clinique du Parc, Castelnau-le-Lez")
    page.save()
    assert parse_resume(out.getvalue(), "cv.pdf")["basics"]["name"] == "Mélanie ROUX"


def test_a_town_with_its_departement_number_is_the_place_and_health_labels_are_read() -> None:
    def fields(*lines: str) -> tuple[str, str, str]:
        return header_fields(header_parts(list(lines)))

    # "La Garde": "garde" is also a title; the département number says it is a town.
    assert fields("KIABI – La Garde (83) | Juin 2015 – Août 2017", "Vendeuse") == ("Vendeuse", "KIABI", "La Garde (83)")
    assert fields("PÔLE EMPLOI – La Seyne-sur-Mer (83) | 2019 – 2021", "Agent d'accueil") == (
        "Agent d'accueil",
        "PÔLE EMPLOI",
        "La Seyne-sur-Mer (83)",
    )
    text = (
        "Aurélie Blanc\naurelie.blanc@example.fr\n\nEXPÉRIENCE PROFESSIONNELLE\nPoste occupé : Aide-soignante\n"
        "Établissement : EHPAD Korian Les Bressanes – Péronnas (01)\nDates : Juillet 2018 à Septembre 2020\n"
        "Tâches :\n• Accompagnement des résidents\n\nFORMATION\n"
        "Diplôme d'État d'aide-soignant (DEAS) – IFAS de Bourg-en-Bresse (2018)\n"
    )
    result = parse_resume(text.encode(), "cv.txt")
    assert _jobs(result) == [("Aide-soignante", "EHPAD Korian Les Bressanes", "2018-07", "2020-09")]
    assert result["education"][0]["studyType"] == "Diplôme d'État d'aide-soignant"


def test_double_hyphens_part_a_header_and_a_slash_between_two_titles_does_not() -> None:
    def fields(*lines: str) -> tuple[str, str, str]:
        return header_fields(header_parts(list(lines)))

    assert fields("Three Rivers Medical Group -- Payroll Specialist -- 2018-Present")[:2] == (
        "Payroll Specialist",
        "Three Rivers Medical Group",
    )
    assert fields("Picker / Packer", "Kettering Foods Ltd")[:2] == ("Picker / Packer", "Kettering Foods Ltd")
    assert fields("Chauffeur VL / PL – Centre technique municipal de Dijon")[:2] == (
        "Chauffeur VL / PL",
        "Centre technique municipal de Dijon",
    )
    assert fields("Hartley Pryce LLP – Audit Senior")[:2] == ("Audit Senior", "Hartley Pryce LLP")
    # A district of a city is a place: "Paris 11e".
    assert fields("Assistante communication", "Agence Nouvelle Vague, Paris 11e") == (
        "Assistante communication",
        "Agence Nouvelle Vague",
        "Paris 11e",
    )


def test_a_remark_after_a_year_and_licences_to_do_something_in_the_education_section() -> None:
    lines = [
        "ACA – Institute of Chartered Accountants in England and Wales (ICAEW), 2016",
        "BSc (Hons) Accounting and Finance – University of Exeter, 2013 (First)",
    ]
    found = [(e.get("institution"), e.get("studyType"), e.get("endDate")) for e in parse_education(lines, [False] * 2)]
    assert ("University of Exeter", "BSc (Hons)", "2013") in found
    assert find_degree("SCA Barista Skills Intermediate | Personal Licence holder (Scotland)") is None
    assert find_degree("Driving Licence: B") is None
    assert find_degree("Intermediate (MPC) – Sri Chaitanya Junior College, 2008") is not None
    assert find_degree("Licence LEA – Université de Lyon") is not None
    text = (
        "Aisha Okafor Assoc CIPD\naisha.okafor@example.co.uk\n\nEDUCATION\n"
        "HNC Hospitality Management - Edinburgh College (2020)\n\nExtras\n------\n"
        "SCA Barista Skills Intermediate | Personal Licence holder (Scotland)\n"
    )
    result = parse_resume(text.encode(), "cv.txt")
    assert result["basics"]["name"] == "Aisha Okafor"
    assert [(e.get("institution"), e.get("studyType")) for e in result["education"]] == [("Edinburgh College", "HNC")]


def test_a_trade_named_in_one_word_is_a_title() -> None:
    text = (
        "Gary Sandhu\ngary.sandhu80@example.com\n\nEMPLOYMENT\n2005 – 2012\nHGV Class 2 Driver\n"
        "Cartwright Haulage Ltd, Tyseley\n1999 – 2005\nPostman\nRoyal Mail, Birmingham\n"
    )
    assert _jobs(parse_resume(text.encode(), "cv.txt")) == [
        ("HGV Class 2 Driver", "Cartwright Haulage Ltd", "2005", "2012"),
        ("Postman", "Royal Mail", "1999", "2005"),
    ]


def test_hyphenated_trades_and_businesses_named_after_their_trade() -> None:
    text = (
        "Sébastien Morel\nseb.morel@example.fr\n\nEXPÉRIENCE\nDalkia | Dijon | Depuis 2016\nPlombier-chauffagiste\n"
        "• Entretien et dépannage de chaufferies collectives\nEngie Home Services | Chenôve | 2012 - 2015\n"
        "Chauffagiste\n• Entretien annuel de chaudières\nPlomberie Garnier | Beaune | 2010 - 2012\n"
        "Apprenti plombier\n• Pose de sanitaires\n"
    )
    assert [(w.get("position"), w.get("name")) for w in parse_resume(text.encode(), "cv.txt")["work"]] == [
        ("Plombier-chauffagiste", "Dalkia"),
        ("Chauffagiste", "Engie Home Services"),
        ("Apprenti plombier", "Plomberie Garnier"),
    ]


def test_a_personal_details_table_leaves_nothing_protected_in_the_output() -> None:
    # Each label and its ": value" drawn apart on one row, as Indian CVs set their personal details.
    rows = [
        ("Husband's Name", "Jobin Thomas"),
        ("Date of Birth", "05-02-1993"),
        ("Sex", "Female"),
        ("Religion", "Christian"),
        ("Nationality", "Indian"),
        ("Marital Status", "Married"),
    ]

    def draw(page, y):  # type: ignore[no-untyped-def]
        page.setFont("Helvetica", 10)
        for label, value in rows:
            y -= 14
            page.drawString(50, y, label)
            page.drawString(160, y, f": {value}")

    result = parse_resume(_pdf("Anju Mathew", "Personal Profile", draw), "cv.pdf")
    shown = str({key: value for key, value in result.items() if key != "meta"})
    for _, value in rows:
        assert value not in shown
    assert {"date_of_birth", "gender", "marital_status", "nationality", "religion"} <= set(
        result["meta"]["protected_attributes_found"]
    )

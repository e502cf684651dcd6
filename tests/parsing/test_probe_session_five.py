"""Faults shown by realistic CVs written as real files in the fifth probing session (French commerce and industry,
English CVs outside software, French-speaking countries): each test holds one of them."""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from parsing import parse_resume
from parsing.document import Document, Line
from parsing.pipeline import analyze
from parsing.structure import experience
from parsing.structure.dates import find_date_ranges

from .files import result_jobs as _jobs


def test_a_numbered_university_before_its_year_is_no_month() -> None:
    # "Lyon 2 – 2018", "Paris 10 - 2014": the university's number, a spaced dash, then the year; "03-2017" and
    # "03 / 2017" stay months.
    assert [(r.start, r.end) for r in find_date_ranges("Doctorat – Université Lyon 2 – 2018")] == [("2018", "2018")]
    assert [(r.start, r.end) for r in find_date_ranges("Université Paris 10 - 2014")] == [("2014", "2014")]
    assert [(r.start, r.end) for r in find_date_ranges("03 / 2017 - 05-2019")] == [("2017-03", "2019-05")]
    text = """Claire Martin
claire.martin@gmail.com

FORMATION
Doctorat en sociologie – Université Lyon 2 – 2018
"""
    education = parse_resume(text.encode(), "cv.txt")["education"]
    assert [(e["institution"], e.get("studyType"), e.get("endDate")) for e in education] == [
        ("Université Lyon 2", "Doctorat", "2018")
    ]


def test_a_school_where_the_person_worked_is_no_school_attended() -> None:
    # A lycée or a collège named on a job's line is the workplace; it is not added to the education.
    text = """Claire Martin
claire.martin@gmail.com | 06 12 34 56 78

EXPÉRIENCE PROFESSIONNELLE
Professeure de mathématiques
Éducation nationale – Collège Jean Moulin, Lyon
2012 – 2015

Assistante d'éducation
Lycée Victor Hugo, Besançon
2010 – 2012

FORMATION
Master MEEF – Université Lyon 2 – 2012
"""
    result = parse_resume(text.encode(), "cv.txt")
    assert [e["institution"] for e in result["education"]] == ["Université Lyon 2"]
    assert [j[:2] for j in _jobs(result)] == [
        ("Professeure de mathématiques", "Éducation nationale"),
        ("Assistante d'éducation", "Lycée Victor Hugo"),
    ]


def test_a_company_writing_commas_inside_its_name_before_its_legal_form() -> None:
    text = """Lucía Fernández García
lucia.fg@gmail.com | +34 612 345 678

WORK EXPERIENCE
Mota-Engil, Engenharia e Construção, S.A.
Project Engineer
03/2018 – Present
"""
    assert _jobs(parse_resume(text.encode(), "cv.txt")) == [
        ("Project Engineer", "Mota-Engil, Engenharia e Construção, S.A", "2018-03", None)
    ]


def test_a_name_written_family_names_first_with_a_comma() -> None:
    for written, forward in (
        ("Fernández García, Lucía", "Lucía Fernández García"),
        ("van der Berg, Anna", "Anna van der Berg"),
        ("MÜLLER, Anna", "Anna MÜLLER"),
    ):
        text = f"{written}\nanna.lucia@gmail.com\n\nEXPERIENCE\nProject Engineer, Globex, Madrid\n2018 – 2020\n"
        assert parse_resume(text.encode(), "cv.txt")["basics"]["name"] == forward


def test_a_business_function_after_a_title_and_a_comma_is_no_employer() -> None:
    # "Intern, Production Planning" above "Jaguar Land Rover, Solihull": the function belongs to the title and the
    # company on the next line is the employer (it used to become a job of its own, with no dates).
    text = """Tom Baker
tom.baker@gmail.com | 07911 123456

EXPERIENCE
Intern, Production Planning
Jaguar Land Rover, Solihull
Jun 2019 – Aug 2019
"""
    assert _jobs(parse_resume(text.encode(), "cv.txt")) == [
        ("Intern, Production Planning", "Jaguar Land Rover", "2019-06", "2019-08")
    ]


def test_an_employer_line_after_a_description_heads_the_next_job() -> None:
    # The first job's header held one line above its date line; "Initech" above "Analyst" / "2015 – 2017" still
    # names the next job's employer instead of ending the promotion's description.
    text = """Tom Baker
tom.baker@gmail.com | 07911 123456

EXPERIENCE
Globex Ltd, London
Senior Engineer, Jan 2020 – Present
- Led a team of five.
Engineer, Jun 2017 – Dec 2019
- Built things.
Initech
Analyst
2015 – 2017
- Reported weekly figures
Awarded analyst of the year
Umbrella Corp
Intern
2014 – 2015
"""
    result = parse_resume(text.encode(), "cv.txt")
    assert _jobs(result) == [
        ("Senior Engineer", "Globex Ltd", "2020-01", None),
        ("Engineer", "Globex Ltd", "2017-06", "2019-12"),
        ("Analyst", "Initech", "2015", "2017"),
        ("Intern", "Umbrella Corp", "2014", "2015"),
    ]


def test_temp_work_missions_name_the_client_and_the_job_on_the_next_line() -> None:
    # "Mission intérim via Proman chez Intermarché – Tigery" holds the terms and the employer; the title is the next
    # line. A bracketed "(intérim Manpower)" after an employer is the agency; a town after "chez X," is the place.
    text = """Karim Benali
karim.benali@gmail.com | 06 12 34 56 78

EXPÉRIENCES PROFESSIONNELLES
2020-2022
Mission intérim via Proman chez Intermarché – Tigery
Préparateur de commandes
• Préparation en frais et surgelés
2018-2020
Mission intérim via Randstad chez Stellantis, Sochaux
Opérateur sur ligne
• Montage de sous-ensembles
2016-2018
Bosch (intérim Manpower), Rodez
Régleur
MISSION INTÉRIM VIA EXPECTRA CHEZ RENAULT | Technicien qualité | 09/2014 – 05/2016
"""
    assert _jobs(parse_resume(text.encode(), "cv.txt")) == [
        ("Préparateur de commandes", "Intermarché", "2020", "2022"),
        ("Opérateur sur ligne", "Stellantis", "2018", "2020"),
        ("Régleur", "Bosch", "2016", "2018"),
        ("Technicien qualité", "RENAULT", "2014-09", "2016-05"),
    ]


def test_french_towns_after_a_dash_and_building_trades() -> None:
    # "Neuville-en-Ferrain", "Vitrolles" after the employer are towns the gazetteer does not know (a comma's last
    # piece, "STEF", is the employer then); "Grutier", "Affréteuse", "Manœuvre" are jobs.
    text = """Nadia Roux
nadia.roux@gmail.com | 06 12 34 56 78

PARCOURS PROFESSIONNEL
Depuis janvier 2019
Responsable logistique, FM Logistic — Neuville-en-Ferrain
De 2015 à 2018
Chef d'équipe logistique, STEF — Vitrolles
De 2012 à 2015
Groupe Mousset — Artenay
Affréteuse
De 2008 à 2012
Eiffage Construction
Grutier
De 2005 à 2008
Entreprise Bonnet TP
Manœuvre
"""
    assert [j[:2] for j in _jobs(parse_resume(text.encode(), "cv.txt"))] == [
        ("Responsable logistique", "FM Logistic"),
        ("Chef d'équipe logistique", "STEF"),
        ("Affréteuse", "Groupe Mousset"),
        ("Grutier", "Eiffage Construction"),
        ("Manœuvre", "Entreprise Bonnet TP"),
    ]


def _dates_beside_titles_pdf() -> bytes:
    """A main column whose dates sit at its right in smaller type, centred on each title line (so not on the title's
    baseline), and a sidebar beyond them."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    top = A4[1] - 60
    main = [
        ("Helvetica-Bold", 18, "KEVIN LAMBERT"),
        ("Helvetica-Bold", 12, "Expériences professionnelles"),
        ("Helvetica-Bold", 10, "Cariste"),
        ("Helvetica", 9.5, "Geodis, Lesquin"),
        ("Helvetica", 9, "• Chargement et déchargement de camions, mise en stock"),
        ("Helvetica", 9, "• Inventaires tournants, mise en stock"),
        ("Helvetica-Bold", 10, "Préparateur de commandes"),
        ("Helvetica", 9.5, "Amazon, Lauwin-Planque"),
        ("Helvetica", 9, "• Préparation au scanner, 180 colis par heure en moyenne"),
        ("Helvetica-Bold", 10, "Magasinier"),
        ("Helvetica", 9.5, "Lidl, Douai"),
        ("Helvetica", 9, "• Préparation vocale en froid positif"),
    ]
    dates = {2: "Février 2021 à ce jour", 6: "Juin 2019 à Janvier 2021", 9: "Mai 2017 à Mai 2019"}
    for index, (font, size, text) in enumerate(main):
        y = top - index * 16
        pdf.setFont(font, size)
        pdf.drawString(40, y, text)
        if index in dates:
            pdf.setFont("Helvetica", 8.5)
            pdf.drawRightString(380, y + 2.2, dates[index])  # level with the title's top, not its baseline
    for index, text in enumerate(["COORDONNÉES", "06 98 14 52 73", "kevin.lambert@gmail.com", "Lesquin (59)"]):
        pdf.setFont("Helvetica", 8.5)
        pdf.drawString(430, top - 40 - index * 13, text)
    pdf.save()
    return buffer.getvalue()


def test_dates_set_at_the_right_of_each_title_are_read_with_it() -> None:
    assert _jobs(parse_resume(_dates_beside_titles_pdf(), "cv.pdf")) == [
        ("Cariste", "Geodis", "2021-02", None),
        ("Préparateur de commandes", "Amazon", "2019-06", "2021-01"),
        ("Magasinier", "Lidl", "2017-05", "2019-05"),
    ]


def test_australian_and_new_zealand_numbers_written_the_national_way() -> None:
    # "0412 587 203" is also a valid French number; an Australian address or the 4-3-3 grouping says where it is.
    for header, phone in (
        ("Parramatta NSW 2150 | 0412 587 203", "+61412587203"),
        ("Kelburn, Wellington | 022 341 8890", "+64223418890"),
        ("Mobile: 021 766 0431 Email: mia.k@gmail.com", "+64217660431"),
        ("Lyon | 06 12 34 56 78", "+33612345678"),
    ):
        text = f"Dana Ferraro\n{header}\ndana.ferraro@gmail.com\n\nEXPERIENCE\nStore Manager, Coles\n2019 – 2021\n"
        assert parse_resume(text.encode(), "cv.txt")["basics"]["phone"] == phone


def test_allied_health_titles_trust_names_and_grades_taught() -> None:
    # "Physiotherapist" is a title the tagger may not confirm; an NHS trust's name wraps onto the next line; "Grades
    # 10–12" says what a teacher taught and the school on the next line is the employer; "Weston-super-Mare" is a town.
    text = """Olivia Bartlett
olivia.bartlett@gmail.com

EXPERIENCE
Physiotherapist — Harbourside Physiotherapy | Dec 2017 – Jan 2021
Lower Hutt
• Private MSK caseload of 35+ patients per week.
University Hospitals of Leicester | Jan 2015 – Nov 2017
NHS Trust, Leicester
Clinical Pharmacist (Band 7)
• Rotational clinical pharmacist.
English Teacher, Grades 10–12 | Sep 2012 – Dec 2014
South High School, Minneapolis, MN
• Taught AP Language and Composition.
Tesco Stores Ltd, Weston-super-Mare | January 2010 to March 2012
Store Manager
"""
    assert [j[:2] for j in _jobs(parse_resume(text.encode(), "cv.txt"))] == [
        ("Physiotherapist", "Harbourside Physiotherapy"),
        ("Clinical Pharmacist (Band 7)", "University Hospitals of Leicester NHS Trust"),
        ("English Teacher, Grades 10–12", "South High School"),
        ("Store Manager", "Tesco Stores Ltd"),
    ]


def test_french_speaking_countries_companies_schools_and_towns() -> None:
    # Luxembourg's "S.à r.l.", Belgium's "ASBL", a school named after its town then the town, a bank's customer
    # segment after the title ("– Entreprises"), a Swiss trade; a school's acronym in brackets stays with its name.
    text = """Awa Traoré
awa.traore@yahoo.fr

EXPÉRIENCE
Assistante comptable | 2019 – 2021
Fiduciaire Wagner & Associés S.à r.l. | Bertrange
Depuis septembre 2021
École communale de Jambes – Jambes
Institutrice primaire
Étés 2012 à 2015
ASBL Jeunesse et Loisirs – Namur
Animatrice de plaine de jeux
Représentant aux ventes – Entreprises | 2016 – 2019
Bell Canada — Montréal
08.2011 – 08.2013 | Ateliers Mécaniques du Chablais SA — Aigle
Polymécanicien

FORMATION
Master en sciences de gestion
Université libre de Bruxelles (ULB), 2009 – 2011
"""
    result = parse_resume(text.encode(), "cv.txt")
    assert [j[:2] for j in _jobs(result)] == [
        ("Assistante comptable", "Fiduciaire Wagner & Associés S.à r.l"),
        ("Institutrice primaire", "École communale de Jambes"),
        ("Animatrice de plaine de jeux", "ASBL Jeunesse et Loisirs"),
        ("Représentant aux ventes – Entreprises", "Bell Canada"),
        ("Polymécanicien", "Ateliers Mécaniques du Chablais SA"),
    ]
    assert [e["institution"] for e in result["education"]] == ["Université libre de Bruxelles (ULB)"]


def test_a_europass_logo_beside_the_name_and_a_name_stacked_on_two_lines() -> None:
    europass = "europass | Youssef El Amrani\nCurriculum Vitae\nRésidence Al Firdaous, El Jadida, Maroc\n"
    europass += (
        "Courriel y.elamrani@gmail.com\n\nEXPÉRIENCE PROFESSIONNELLE\nIngénieur procédés, OCP S.A.\n2018 – 2021\n"
    )
    assert parse_resume(europass.encode(), "cv.txt")["basics"]["name"] == "Youssef El Amrani"
    lines = [
        Line(text="OBJECTIF PROFESSIONNEL", size=11, bold=True, block=0),
        Line(text="Responsable RH dans l'industrie automobile.", size=9.5, block=0),
        Line(text="EXPÉRIENCES", size=11, bold=True, block=0),
        Line(text="DEPUIS FÉVRIER 2020", size=8.8, bold=True, block=0),
        Line(text="Responsable ressources humaines", size=10.5, bold=True, block=0),
        Line(text="Renault Group Maroc — Tanger", size=9.5, block=0),
        Line(text="Imane", size=19, bold=True, block=1, x0=434),
        Line(text="Tazi", size=19, bold=True, block=1, x0=434),
        Line(text="imane.tazi@gmail.com", size=8.8, block=1, x0=434),
    ]
    document = Document(lines=lines, format="pdf", pages=1, body_size=9.5)
    assert analyze(document)["basics"]["name"] == "Imane Tazi"


def test_an_interim_post_is_a_title_not_terms() -> None:
    # "Interim Finance Director" is a title, so its header is whole; "Mission intérim via Proman" is the terms of a
    # mission, whose title is still to come.
    assert experience._complete(["Interim Finance Director, Globex Ltd"])
    assert not experience._complete(["Mission intérim via Proman chez Intermarché"])

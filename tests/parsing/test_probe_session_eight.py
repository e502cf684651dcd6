"""Faults shown by realistic CVs written as real files in the eighth probing session: each test holds one of them."""

from __future__ import annotations

from reportlab.pdfgen import canvas

from parsing import analyze, parse_resume
from parsing.document import Document, Line

from . import files
from .files import PAGE_HEIGHT
from .files import laid_out_jobs as _laid_out
from .files import text_jobs as _jobs
from .files import text_schools as _schools

_HEAD = [("Marie Dupont", 40.0, True, 20.0), ("marie.dupont@gmail.com", 70.0, False, 9.5)]


def test_a_state_universitys_campus_after_a_comma_is_part_of_its_name() -> None:
    # "University of California, Berkeley" is the campus's own name; "Harvard University, Cambridge" is not.
    text = """John Miller
john.miller@gmail.com

EDUCATION
University of Nevada, Las Vegas — B.S. Hospitality Management, 2012
BA, University of California, Los Angeles, 2008
LLM, Law School, University of Verona, Italy, 2010
MBA, Harvard University, Cambridge, 2014
"""
    assert _schools(text) == [
        ("University of Nevada, Las Vegas", "B.S"),
        ("University of California, Los Angeles", "BA"),
        ("University of Verona", "LLM"),
        ("Harvard University", "MBA"),
    ]


def test_farm_and_restaurant_titles_are_read() -> None:
    # "Tractoriste" and "Runner" are the titles of the jobs they head.
    text = """Marie Dupont
marie.dupont@gmail.com

EXPÉRIENCE
2017 – 2018 | Tractoriste
GAEC de la Combe, Meursault
2012 – 2013 | Runner
La Ciboulette, Lyon
"""
    assert _jobs(text) == [
        ("GAEC de la Combe", "Tractoriste", "2017", "2018"),
        ("La Ciboulette", "Runner", "2012", "2013"),
    ]


def test_a_sidebar_of_electrical_clearances_holds_no_job() -> None:
    # "HABILITATIONS" heads the clearances a tradesman holds ("B2V-BR-BC (2023)"), not a work history.
    rows = [
        ("Yanis Haddad", 40.0, True, 20.0),
        ("yanis.haddad@outlook.fr", 70.0, False, 9.5),
        ("COMPÉTENCES", 100.0, True, 10.0),
        ("• Lecture de schémas", 112.0, False, 8.5),
        ("HABILITATIONS", 130.0, True, 10.0),
        ("• Habilitation électrique", 142.0, False, 8.5),
        ("B2V-BR-BC (2023)", 154.0, False, 8.5),
        ("• AIPR opérateur", 166.0, False, 8.5),
        ("EXPÉRIENCE", 190.0, True, 10.0),
        ("ÉLECTRICIEN N2", 202.0, True, 9.3),
        ("SPIE Ouest-Centre | Saint-Herblain | Depuis 01/2022", 214.0, False, 8.6),
        ("• Installation courants forts", 226.0, False, 9.0),
    ]
    assert _laid_out(rows) == [("SPIE Ouest-Centre", "ÉLECTRICIEN N2", "2022-01", None)]


def test_a_range_wrapped_at_the_end_of_the_line_ends_in_the_next_lines_last_cell() -> None:
    text = """Kévin Pereira
kevin.pereira@gmail.com

EXPÉRIENCE
Maçon | De septembre 2016 à
Perrin Construction – Bourgoin-Jallieu | février 2021
Manœuvre | Juin –
SARL Gonzalez & Fils – Vaulx-en-Velin | août 2015
Novembre – | Vendeuse saisonnière
décembre 2014 | Galeries Lafayette, Tours
"""
    assert _jobs(text) == [
        ("Perrin Construction", "Maçon", "2016-09", "2021-02"),
        ("SARL Gonzalez & Fils", "Manœuvre", "2015-06", "2015-08"),
        ("Galeries Lafayette", "Vendeuse saisonnière", "2014-11", "2014-12"),
    ]


def test_bullets_opened_or_closed_by_a_year_are_jobs() -> None:
    # A bullet's lone year with a colon after it, or after a dash at its end, dates the title and employer it holds;
    # a year opening a bullet of duties ("2018 : passage en CDI") stays a duty.
    text = """Sandrine Moulin
sandrine.moulin@hotmail.fr

EXPÉRIENCE
• 2012 à 2017 : Agent de propreté – Derichebourg Propreté (Aubière)
• 2018 : passage en CDI
• Été 2011 : Plongeuse – Le Grand Café (Clermont-Ferrand)
• Femme de chambre – Hôtel Ibis Épinal Centre (Épinal) – Été 2010
"""
    assert _jobs(text) == [
        ("Derichebourg Propreté", "Agent de propreté", "2012", "2017"),
        ("Le Grand Café", "Plongeuse", "2011", "2011"),
        ("Hôtel Ibis Épinal Centre", "Femme de chambre", "2010", "2010"),
    ]


def test_a_seasons_months_in_brackets_after_its_year() -> None:
    text = """Léa Martin
lea.martin@gmail.com

EXPÉRIENCE
Serveuse | Saison 2022 (mai à septembre)
Les Flots Bleus, Saint-Jean-de-Luz
"""
    assert _jobs(text) == [("Les Flots Bleus", "Serveuse", "2022-05", "2022-09")]


def test_a_town_named_with_its_article_after_an_employer_named_after_it() -> None:
    text = """Léa Martin
lea.martin@gmail.com

EXPÉRIENCE
ADMR des Ponts-de-Cé — Les Ponts-de-Cé | De 2013 à 2016
Auxiliaire de vie
"""
    assert _jobs(text) == [("ADMR des Ponts-de-Cé", "Auxiliaire de vie", "2013", "2016")]


def test_a_bold_job_heading_wrapped_at_the_columns_edge_is_read_whole() -> None:
    rows = [
        *_HEAD,
        ("Expérience professionnelle", 120.0, True, 12.0),
        ("Mission intérim via Start People – Préparateur de", 150.0, True, 9.5),
        ("commandes chez Deret Logistique, Saran", 162.0, True, 9.5),
        ("Juin 2021 – décembre 2022", 174.0, False, 9.5),
        ("• Préparation au scanner vocal", 186.0, False, 9.5),
        ("Mission intérim via Appel Médical – Infirmière chez Polyclinique", 200.0, True, 9.5),
        ("Sévigné, Cesson-Sévigné", 212.0, True, 9.5),
        ("Juillet 2017 – août 2017", 224.0, False, 9.5),
        ("• Remplacements d'été en chirurgie ambulatoire", 236.0, False, 9.5),
        ("Développeuse chez Capgemini", 260.0, True, 9.5),
        ("Paris, France", 272.0, True, 9.5),
        ("2015 – 2017", 284.0, False, 9.5),
        ("• Applications bancaires en Java", 296.0, False, 9.5),
    ]
    jobs = _laid_out(rows)
    assert jobs[:2] == [
        ("Deret Logistique", "Préparateur de commandes", "2021-06", "2022-12"),
        ("Polyclinique Sévigné", "Infirmière", "2017-07", "2017-08"),
    ]
    assert jobs[2][0] == "Capgemini"  # the town's line stays the town


def test_a_bullets_date_wrapped_under_it_stays_with_it() -> None:
    rows = [
        *_HEAD,
        ("Diplôme :", 120.0, True, 10.5),
        ("• CAP Agent polyvalent de restauration – Lycée professionnel Le Chesnois (Bains-les-Bains) –", 150.0, False,
         10.5),
        ("2013", 165.0, False, 10.5),
    ]  # fmt: skip
    lines = [Line(text, top=top, bold=bold, size=size, x0=76.9, block=0) for text, top, bold, size in rows]
    education = analyze(Document(lines=lines, format="pdf", body_size=10.5))["education"]
    assert [(e.get("institution"), e.get("studyType"), e.get("endDate")) for e in education] == [
        ("Lycée professionnel Le Chesnois", "CAP", "2013")
    ]


def test_a_consultants_client_in_brackets_is_not_part_of_the_firm_or_the_title() -> None:
    # The firm employs the consultant; the client named in brackets after it, or after the title, is left out of
    # both, and the client met again in the job's bullets makes no job of its own.
    text = """Claire Martin
claire.martin@gmail.com

EXPÉRIENCE
Consultant DevOps chez Alten (client : Airbus) | Mars 2019 – Août 2022
• Pipelines de déploiement
Accenture — Consultante en transformation digitale (client : SNCF) | Sept. 2015 – Sept. 2017
• Cadrage de l'application SNCF Connect, ateliers utilisateurs
Senior Consultant, Capgemini (client: HMRC) | Jan 2013 – Jul 2015
"""
    assert _jobs(text) == [
        ("Alten", "Consultant DevOps", "2019-03", "2022-08"),
        ("Accenture", "Consultante en transformation digitale", "2015-09", "2017-09"),
        ("Capgemini", "Senior Consultant", "2013-01", "2015-07"),
    ]


def test_a_title_in_regular_type_between_a_bold_employer_and_its_dates() -> None:
    rows = [
        *_HEAD,
        ("Expérience", 120.0, True, 12.0),
        ("CRÉDIT AGRICOLE CIB — Cheffe de projet IT", 150.0, True, 9.5),
        ("Nov. 2021 – Aujourd'hui · Montrouge", 162.0, False, 8.5),
        ("• Programme de refonte du reporting réglementaire", 174.0, False, 9.5),
        ("Consultante MOE chez CGI (client : Air France)", 200.0, True, 9.5),
        ("Mars 2019 – Oct. 2021 · Roissy", 212.0, False, 8.5),
        ("• Maintenance évolutive de l'outil de planification", 224.0, False, 9.5),
        ("Sopra Steria (client : La Banque Postale)", 250.0, True, 9.5),
        ("Consultante AMOA", 262.0, False, 9.5),
        ("Sept. 2016 – Févr. 2019 · Paris", 274.0, False, 8.5),
        ("• Recueil des besoins et recette", 286.0, False, 9.5),
    ]
    assert _laid_out(rows) == [
        ("CRÉDIT AGRICOLE CIB", "Cheffe de projet IT", "2021-11", None),
        ("CGI", "Consultante MOE", "2019-03", "2021-10"),
        ("Sopra Steria", "Consultante AMOA", "2016-09", "2019-02"),
    ]


def _dates_in_the_margin(pdf: canvas.Canvas, number: int = 0) -> None:
    top = PAGE_HEIGHT - 60
    pdf.setFont("Helvetica-Bold", 20)
    pdf.drawString(42, top, "Priya Sharma")
    pdf.setFont("Helvetica", 12)
    pdf.drawString(42, top - 26, "Lead Data Scientist")
    pdf.setFont("Helvetica", 8.5)
    contact = [
        "priya.sharma@outlook.com",
        "07823 456 789",
        "Manchester",
        "linkedin.com/in/priyasharma-ds",
        "github.com",
    ]
    for index, text in enumerate(contact):
        pdf.drawRightString(550, top + 6 - 11 * index, text)
    pdf.setFont("Helvetica-Bold", 11.5)
    pdf.drawString(42, top - 70, "PROFILE")
    pdf.setFont("Helvetica", 9.5)
    pdf.drawString(
        42,
        top - 88,
        "Data scientist with a background in statistics, focused on pricing, forecasting and experimentation.",
    )
    pdf.setFont("Helvetica-Bold", 11.5)
    pdf.drawString(42, top - 115, "PROFESSIONAL EXPERIENCE")
    y = top - 138
    for heading, dates in [
        ("Lead Data Scientist — Auto Trader UK, Manchester", "April 2022 – present"),
        ("Data Scientist — THG, Manchester", "March 2019 – March 2022"),
        ("Graduate Analyst — Lloyds Banking Group, Leeds", "Sept 2017 – Feb 2019"),
    ]:
        pdf.setFont("Helvetica-Bold", 9.5)
        pdf.drawString(42, y, heading)
        pdf.setFont("Helvetica", 8.5)
        pdf.drawRightString(550, y, dates)
        pdf.drawString(42, y - 13, "Stack: Python, BigQuery")
        pdf.setFont("Helvetica", 9.5)
        pdf.drawString(45, y - 24, "• Pricing models and churn prediction")
        y -= 43
    for heading, lines in [
        ("SKILLS", ["Modelling: GLMs, gradient boosting", "Tools: Python, SQL, dbt", "Cloud: Azure, AWS"]),
        ("LANGUAGES", ["English (native) · Hindi (fluent)"]),
        ("INTERESTS", ["Dance, fell walking"]),
    ]:
        pdf.setFont("Helvetica-Bold", 11.5)
        pdf.drawString(42, y, heading)
        pdf.setFont("Helvetica", 9.5)
        for line in lines:
            y -= 13
            pdf.drawString(42, y, line)
        y -= 24


def test_dates_at_the_right_margin_under_a_contact_block_stay_on_their_rows() -> None:
    # The contact block at the top right and the dates at the right margin line up in a column of their own; below
    # the profile's full-width line, in the band of the jobs, the dates sit on the headings' baselines: each belongs
    # to its row.
    result = parse_resume(files._pdf(_dates_in_the_margin), "cv.pdf")
    assert [(w.get("name"), w.get("position"), w.get("startDate"), w.get("endDate")) for w in result["work"]] == [
        ("Auto Trader UK", "Lead Data Scientist", "2022-04", None),
        ("THG", "Data Scientist", "2019-03", "2022-03"),
        ("Lloyds Banking Group", "Graduate Analyst", "2017-09", "2019-02"),
    ]


def test_a_function_after_a_bold_title_leaves_the_employer_to_the_line_below() -> None:
    # "Associate, M&A Advisory" names what the associate did; the bank is on the regular line under it.
    rows = [
        *_HEAD,
        ("Work experience", 120.0, True, 12.0),
        ("09/2017 – 02/2021", 150.0, False, 9.5),
        ("Associate, M&A Advisory", 162.0, True, 10.0),
        ("Intesa Sanpaolo S.p.A., Milano", 174.0, False, 10.0),
        ("• Financial modelling, valuation", 186.0, False, 10.0),
        ("07/2015 – 08/2017", 210.0, False, 9.5),
        ("Analyst, M&A Advisory", 222.0, True, 10.0),
        ("Intesa Sanpaolo S.p.A., Milano", 234.0, False, 10.0),
        ("• Pitch books", 246.0, False, 10.0),
    ]
    assert _laid_out(rows) == [
        ("Intesa Sanpaolo S.p.A", "Associate, M&A Advisory", "2017-09", "2021-02"),
        ("Intesa Sanpaolo S.p.A", "Analyst, M&A Advisory", "2015-07", "2017-08"),
    ]


def test_an_academics_positions_held_and_a_since_cut_from_its_date() -> None:
    # "POSTES OCCUPÉS" heads the jobs (it is no employer); "Maîtresse de conférences" and "ATER" are titles; a
    # table's "Depuis" cell wrapped over "septembre 2020" is one date.
    text = """Claire Roux
claire.roux@univ-lyon1.fr

POSTES OCCUPÉS
Maîtresse de conférences | depuis sept. 2019
Institut Lumière Matière (ILM), Université Claude Bernard Lyon 1, Villeurbanne
• Responsable pédagogique de la L3 Physique
ATER | 2016–2017
Université Grenoble Alpes, Grenoble
• Enseignement en L1
Depuis | Conseillère principale d'éducation | Lycée Faidherbe, Lille
septembre 2020 | • Encadrement d'une équipe de 9 assistants
"""
    jobs = _jobs(text)
    assert [job[1:] for job in jobs] == [
        ("Maîtresse de conférences", "2019-09", None),
        ("ATER", "2016", "2017"),
        ("Conseillère principale d'éducation", "2020-09", None),
    ]
    assert jobs[1][0] == "Université Grenoble Alpes"
    assert jobs[2][0] == "Lycée Faidherbe"


def test_a_working_student_is_a_title() -> None:
    # Germany's "Werkstudent", written "Working Student" in English CVs, is a student's job title like "Intern".
    text = """Jonas Weber
jonas.weber@gmail.com

WORK EXPERIENCE
Working Student R&D, Evonik Industries AG | Oct 2014 – Mar 2016
Marl
• Polymer synthesis and analytics
"""
    assert _jobs(text) == [("Evonik Industries AG", "Working Student R&D", "2014-10", "2016-03")]


def test_what_the_new_rules_must_leave_alone() -> None:
    # Dated achievements inside a job stay its bullets; a bracket about the clients served stays in the title; a
    # range left open at a row's end goes on; "Ash" is a first name; "Habilitation" under FORMATION stays there.
    assert _jobs(
        """Tom Reed
tom.reed@gmail.com

EXPERIENCE
Software Engineer – Monzo, London – 2018 – 2022
• Built the payments API, Go and Kafka – 2019
• Employee of the Year, Engineering – 2020
Conseillère commerciale (clients professionnels) – BNP Paribas | 2016 – 2018
• 2017 : Meilleure vendeuse, région Île-de-France
Développeuse web | Capgemini, Lyon | 2019 –
Stagiaire développeuse | Sopra Steria, Lyon | 2015
"""
    ) == [
        ("Monzo", "Software Engineer", "2018", "2022"),
        ("BNP Paribas", "Conseillère commerciale (clients professionnels)", "2016", "2018"),
        ("Capgemini", "Développeuse web", "2019", None),
        ("Sopra Steria", "Stagiaire développeuse", "2015", "2015"),
    ]
    assert parse_resume(b"Ash Patel\nash.patel@gmail.com\n", "cv.txt")["basics"]["name"] == "Ash Patel"
    text = """Claire Roux
claire.roux@gmail.com

FORMATION
Habilitation
Habilitation à diriger des recherches, Université de Lyon, 2015
"""
    assert [e.get("institution") for e in parse_resume(text.encode(), "cv.txt")["education"]] == ["Université de Lyon"]


def test_a_bold_company_name_in_camel_case_under_a_title_is_no_wrapped_heading() -> None:
    rows = [
        *_HEAD,
        ("Expérience", 120.0, True, 12.0),
        ("Technicienne de laboratoire", 150.0, True, 9.5),
        ("bioMérieux, Marcy-l'Étoile", 162.0, True, 9.5),
        ("2019 – 2022", 174.0, False, 9.5),
        ("• Contrôle qualité", 186.0, False, 9.5),
    ]
    assert _laid_out(rows) == [("bioMérieux", "Technicienne de laboratoire", "2019", "2022")]

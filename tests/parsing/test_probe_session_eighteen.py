"""Faults shown by realistic CVs written as real files in the eighteenth probing session (Swiss Romandy, southern
Europeans in France, energy and utilities, real estate, teaching, media, automotive): each test holds one of them."""

from __future__ import annotations

from parsing import parse_resume

from .files import text_jobs as _jobs
from .files import text_schools as _schools

_EUROPASS_FR = """Marie Durand
marie.durand@mail.fr

Expérience professionnelle
01/2019 – 06/2022
Chargée de communication
Nom et adresse de l'employeur : Mairie de Nantes, 2 rue de l'Hôtel de Ville, 44000 Nantes
09/2016 – 12/2018
Assistante marketing
Nom de l'employeur : Decathlon, Villeneuve-d'Ascq
2015
Stagiaire
Nom de l'entreprise : Airbus
"""


def test_french_employer_labels_name_the_employer_and_its_address_is_not_the_persons():
    """ "Nom de l'employeur : Decathlon" and "Nom de l'entreprise : Airbus" label the employer as "Employeur :" does;
    the employer's address among the first lines is not where the applicant lives."""
    assert [(job[0], job[1]) for job in _jobs(_EUROPASS_FR)] == [
        ("Mairie de Nantes", "Chargée de communication"),
        ("Decathlon", "Assistante marketing"),
        ("Airbus", "Stagiaire"),
    ]
    assert "location" not in parse_resume(_EUROPASS_FR.encode(), "cv.txt")["basics"]


def test_a_product_team_after_the_title_is_what_it_covers():
    """ "Product Owner, Recommendations, Deezer, Paris": the team is part of the title, the employer comes after."""
    text = (
        "Léa Martin\nlea.martin@mail.fr\n\nEXPERIENCE\nProduct Owner, Recommendations, Deezer, Paris\n2021 – present\n"
        "Senior Product Manager, Growth, Doctolib, Paris\n2019 – 2021\nData Analyst, Search, Booking.com, Amsterdam\n"
        "2017 – 2019\n"
    )
    assert [(job[0], job[1]) for job in _jobs(text)] == [
        ("Deezer", "Product Owner, Recommendations"),
        ("Doctolib", "Senior Product Manager, Growth"),
        ("Booking.com", "Data Analyst, Search"),
    ]


def test_a_school_name_wrapped_after_its_acronym_or_before_its_connector_is_one_name():
    """ "ESCP" over "Business School", "Institut Polytechnique" over "de Paris": one school's name on two lines."""
    text = (
        "Léa Martin\nlea.martin@mail.fr\n\nEDUCATION\nESCP\nBusiness School\nMaster in Management, 2018\n"
        "Institut Polytechnique\nde Paris\nMSc Data Science, 2019\n"
    )
    assert [school for school, _degree in _schools(text)] == ["ESCP Business School", "Institut Polytechnique de Paris"]


def test_spanish_italian_and_portuguese_titles_open_a_title_as_french_ones_do():
    """Applicants from southern Europe write their jobs at home in their language: "Jefe de obra", "Aiuto cuoco",
    "Empregada de andares" are the post, not the employer."""
    text = (
        "Lucia Moretti\nlucia.moretti@mail.it\n\nEXPÉRIENCE\nTRATTORIA DA ENZO AL 29 | Roma\nAiuto cuoco\n2015 – 2017\n"
        "Jefe de obra, Acciona, Madrid\n2017 – 2019\nTIVOLI ORIENTE | Lisboa\nEmpregada de andares\n2019 – 2021\n"
        "2021-2023 : Guide touristique, Julià Travel (Barcelone)\n"
    )
    assert [(job[0], job[1]) for job in _jobs(text)] == [
        ("TRATTORIA DA ENZO AL 29", "Aiuto cuoco"),
        ("Acciona", "Jefe de obra"),
        ("TIVOLI ORIENTE", "Empregada de andares"),
        ("Julià Travel", "Guide touristique"),
    ]


def test_a_bold_title_under_a_whole_heading_in_capitals_is_no_part_of_it():
    """ "EXPÉRIENCE PROFESSIONNELLE" then "Agent d'escale", both bold: the heading is whole, the title opens a job."""
    from parsing import analyze
    from parsing.document import Document, Line

    rows = [
        ("Isabel Castillo", False),
        ("isabel@mail.com", False),
        ("EXPÉRIENCE PROFESSIONNELLE", True),
        ("Agent d'escale", True),
        ("Air France | Roissy-CDG | 2019 – aujourd'hui", False),
        ("• Enregistrement, embarquement", False),
        ("Agente de handling", True),
        ("Groundforce | Madrid-Barajas | 2015 – 2019", False),
    ]
    work = analyze(Document(lines=[Line(text, bold=bold) for text, bold in rows], format="docx"))["work"]
    assert [(w.get("name"), w.get("position")) for w in work] == [
        ("Air France", "Agent d'escale"),
        ("Groundforce", "Agente de handling"),
    ]


_EUROPASS_SHORT = """Curriculum vitæ – format Europass
Informations personnelles
Nom / Prénom Lefebvre, Kévin
Téléphone
07 68 24 91 35
Expérience professionnelle
Dates
Avril 2019 – aujourd'hui
Fonction ou poste occupé
Carrossier-peintre
Principales activités
Redressage sur marbre, remplacement d'éléments soudés
Nom et adresse de
Carrosserie Martin & Fils, Valenciennes
l'employeur
Dates
Septembre 2016 – Mars 2019
Fonction ou poste occupé
Carrossier
Principales activités Responsable du poste de préparation
Nom et adresse de
Garage du Hainaut SAS, Anzin
l'employeur
Éducation et formation
Dates
2008 – 2010
Intitulé du diplôme
Técnico Superior en Automoción
Nom de l'établissement
IES Virgen de la Calle, Palencia
"""


def test_a_europass_form_with_its_short_labels_is_read_as_one():
    """The French Europass form also writes "Principales activités", "Intitulé du diplôme", "Nom de l'établissement"
    and "Nom / Prénom": with them the document is read as a form (the labels are no employers, the family name comes
    first), and the duties under "Principales activités" are no job."""
    result = parse_resume(_EUROPASS_SHORT.encode(), "cv.txt")
    assert result["basics"]["name"] == "Kévin Lefebvre"
    assert [(w.get("name"), w.get("position")) for w in result["work"]] == [
        ("Carrosserie Martin & Fils", "Carrossier-peintre"),
        ("Garage du Hainaut SAS", "Carrossier"),
    ]
    assert [(e.get("institution"), e.get("studyType")) for e in result["education"]] == [
        ("IES Virgen de la Calle", "Técnico Superior")
    ]


_CELL_FORM = """Aurélie Marchand
aurelie.marchand49@orange.fr
EXPÉRIENCE PROFESSIONNELLE
Période
11/2018 – aujourd'hui
Poste occupé
Technicienne qualité
Employeur
Michelin – Cholet
Activités
Audits produit et process
Période
02/2016 – 10/2018
Poste occupé
Contrôleuse qualité intérimaire
Employeur
Randstad – Cholet
Activités
Missions chez Michelin : contrôle visuel des pneumatiques
"""


def test_a_form_of_short_labels_alone_in_their_cells_is_read_as_one():
    """ "Période", "Poste occupé", "Employeur" alone on their lines, each value on the next: a form's table."""
    assert [(job[0], job[1], job[2]) for job in _jobs(_CELL_FORM)] == [
        ("Michelin", "Technicienne qualité", "2018-11"),
        ("Randstad", "Contrôleuse qualité intérimaire", "2016-02"),
    ]


_LABELLED_LINES = """Hugo Masson
hugo.masson@mail.fr
EXPÉRIENCES
Poste : Alternant technicien réseau
Entreprise : Enedis
Lieu : Grenoble
Période : Depuis septembre 2023
Missions : Préparation de chantiers de renouvellement de câbles HTA
Poste : Stagiaire technicien
Entreprise : Schneider Electric
Lieu : Grenoble
Période : avril 2023 – juin 2023
Missions : Tests de disjoncteurs basse tension
FORMATION
Diplôme : BUT Génie Électrique et Informatique Industrielle
Établissement : IUT1 de Grenoble, Grenoble
Années : 2021 – 2024
Diplôme : Baccalauréat STI2D
Établissement : Lycée Vaucanson, Grenoble
Années : 2021
"""


def test_entries_of_labelled_lines_with_the_period_labelled_last_keep_their_own_dates():
    """ "Poste : …", "Entreprise : …", "Période : …": each entry's period is its own, not the next entry's, and the
    school's label is no part of its name."""
    assert [(job[0], job[1], job[2]) for job in _jobs(_LABELLED_LINES)] == [
        ("Enedis", "Alternant technicien réseau", "2023-09"),
        ("Schneider Electric", "Stagiaire technicien", "2023-04"),
    ]
    assert _schools(_LABELLED_LINES) == [("IUT1 de Grenoble", "BUT"), ("Lycée Vaucanson", "Baccalauréat")]


def test_an_employer_and_its_town_over_a_title_the_vocabulary_does_not_know():
    """ "Transocean | Aberdeen" over "Driller": the line with the town names the employer, the lone line is the
    title, whether the title's word is known or not ("Horloger rhabilleur", "Toolpusher")."""
    text = (
        "Erik Nielsen\nerik.nielsen@mail.dk\n\nCAREER HISTORY\nMaersk Drilling | Esbjerg\nToolpusher\n2012 – 2018\n"
        "• Supervised drilling crews\nTransocean | Aberdeen\nDriller\n2007 – 2012\n• Well control\n"
        "AUDEMARS PIGUET | Le Brassus\nHorloger rhabilleur\nJanvier 2018 – aujourd'hui\n"
        "ACME OFFSHORE | Stavanger\nMud Logger Trainee\n2005 – 2007\n"
    )
    assert [(job[0], job[1]) for job in _jobs(text)] == [
        ("Maersk Drilling", "Toolpusher"),
        ("Transocean", "Driller"),
        ("AUDEMARS PIGUET", "Horloger rhabilleur"),
        ("ACME OFFSHORE", "Mud Logger Trainee"),
    ]


def test_a_school_name_cut_at_the_line_end_goes_on_after_the_dates():
    """ "… — Lycée Jean" over "2013 – 2015" over "Moulin, Roubaix", "… — École Mohammadia | 2014–2017 d'Ingénieurs,
    Rabat": a school's name cut after a given name or before its connector, its dates set between the two halves."""
    text = (
        "Nadia Alaoui\nnadia.alaoui@mail.ma\n\nFORMATION\n"
        "BTS Maintenance des Systèmes — Lycée Jean\n2013 – 2015\nMoulin, Roubaix\n"
        "Bac pro Maintenance des véhicules — CFA de\n2010 – 2012\nl'Automobile Lyon Rhône, Lyon\n"
    )
    assert [school for school, _degree in _schools(text)] == ["Lycée Jean Moulin", "CFA de l'Automobile Lyon Rhône"]
    from parsing.structure.education import parse_education

    rows = ["Diplôme d'ingénieur d'État en Génie Mécanique — École Mohammadia | 2014–2017 d'Ingénieurs, Rabat"]
    assert [(e.get("institution"), e.get("endDate")) for e in parse_education(rows)] == [
        ("École Mohammadia d'Ingénieurs", "2017")
    ]


def test_a_danish_town_after_the_dash_is_the_place_not_the_employer():
    """ "Senior Grid Planner, Energinet – Fredericia": the gazetteer knows the town, so Energinet is the employer."""
    text = (
        "Mette Holm\nmette.holm@mail.dk\n\nEXPERIENCE\nSenior Grid Planner, Energinet – Fredericia\n2019 – present\n"
        "Electrical Engineer, Ørsted – Gentofte\n2015 – 2019\n"
    )
    assert [(job[0], job[1]) for job in _jobs(text)] == [
        ("Energinet", "Senior Grid Planner"),
        ("Ørsted", "Electrical Engineer"),
    ]


def test_a_name_beside_its_label_cell_and_a_professional_career_heading():
    """ "Name | Thomas Keller" (the label's cell beside the value's, as a PDF's row is read), "Informations | Julien
    Perrenoud personnelles" (the label wrapped around the name's row), and "Professional Career" heading the jobs."""
    keller = (
        "Curriculum Vitae\nPersonal Data\nName | Thomas Keller\nAddress | Seefeldstrasse 121, 8008 Zürich\n"
        "E-Mail | thomas.keller@gmx.ch\n21.07.1985\nProfessional Career\nsince 2019 | UBS Switzerland AG, Zürich\n"
        "Relationship Manager\n"
    )
    result = parse_resume(keller.encode(), "cv.txt")
    assert result["basics"]["name"] == "Thomas Keller"
    assert [(w.get("name"), w.get("position")) for w in result["work"]] == [
        ("UBS Switzerland AG", "Relationship Manager")
    ]
    perrenoud = "Curriculum vitae\nInformations | Julien Perrenoud personnelles\nRue des Parcs 112, 2000 Neuchâtel\n"
    assert parse_resume(perrenoud.encode(), "cv.txt")["basics"]["name"] == "Julien Perrenoud"


def test_the_french_europass_language_grid_in_word_cells_gives_the_languages():
    """ "Langue(s) maternelle(s)" / "Français", "Autre(s) langue(s)" / "COMPRENDRE" / "PARLER" / "Allemand" / "B2":
    the form's language part, each cell on its own line."""
    rows = [
        "Mélanie Rossier", "melanie.rossier@gmail.com", "Compétences personnelles", "Langue(s) maternelle(s)",
        "Français", "Autre(s) langue(s)", "COMPRENDRE", "PARLER", "ÉCRIRE", "Allemand", "B2", "B2", "B2", "Anglais",
        "B1", "B1", "B1", "Compétences informatiques", "Ventilation mécanique, ECMO",
    ]  # fmt: skip
    languages = parse_resume("\n".join(rows).encode(), "cv.txt")["languages"]
    assert [language["language"] for language in languages] == ["Français", "Allemand", "Anglais"]


def test_a_range_wrapped_in_a_narrow_date_column_goes_together_again():
    """ "septembre 2017 – mars | Assistante de copropriété" over "2021 | Nexity Lamy, Boulogne-Billancourt", and
    "Sept. 2019 – Aujourd'huiCompagnie Nationale du Rhône – Lyon" (the open end glued to the employer)."""
    text = (
        "Claire Petit\nclaire.petit@mail.fr\n\nEXPÉRIENCE\n"
        "septembre 2017 – mars | Assistante de copropriété\n2021 | Nexity Lamy, Boulogne-Billancourt\n"
        "• Convocations d'AG\nSeptembre 2014 – à ce | Rédactrice en chef adjointe\njour | Ouest-France, Rennes\n"
    )
    assert _jobs(text) == [
        ("Nexity Lamy", "Assistante de copropriété", "2017-09", "2021-03"),
        ("Ouest-France", "Rédactrice en chef adjointe", "2014-09", None),
    ]
    glued = (
        "Claire Petit\nclaire.petit@mail.fr\n\nEXPÉRIENCE\n"
        "Sept. 2019 – Aujourd'huiCompagnie Nationale du Rhône – Lyon\nIngénieure hydraulicienne\n"
    )
    assert [job[:3] for job in _jobs(glued)] == [
        ("Compagnie Nationale du Rhône", "Ingénieure hydraulicienne", "2019-09")
    ]


def test_review_guards_of_the_eighteenth_session():
    """Inputs the session's review found read wrongly by an early version of these rules: surnames and firms' names
    opened by a southern title word, entries opened by a place label, a title over its employer's town, job lines
    that name a vocational title, a heading's second line, duties lines that name the post, a contact line under a
    heading."""
    from parsing import analyze
    from parsing.document import Document, Line

    def parsed(rows: list[str]) -> dict:
        return parse_resume("\n".join(rows).encode(), "cv.txt")

    def bold(rows: list[tuple[str, bool]]) -> list[tuple[str | None, str | None]]:
        work = analyze(Document(lines=[Line(text, bold=b) for text, b in rows], format="docx"))["work"]
        return [(w.get("name"), w.get("position")) for w in work]

    guida = parsed(["GUIDA Marco", "marco.guida@gmail.com – Napoli", "ESPERIENZE", "2018 – 2022 Cameriere, Da Michele"])
    assert guida["basics"]["name"] == "GUIDA Marco"
    michelin = parsed(
        ["Sophie Durand", "sophie.durand@gmail.com – Paris", "EXPÉRIENCE",
         "2018 – 2022 Inspectrice, Guide Michelin, Boulogne-Billancourt"]
    )  # fmt: skip
    assert [(w.get("name"), w.get("position")) for w in michelin["work"]] == [("Guide Michelin", "Inspectrice")]
    mencap = parsed(
        ["Sam Patel", "sam.patel@gmail.com | Leicester", "EXPERIENCE", "Location: Leicester", "Employer: Mencap",
         "Role: Support Worker", "Dates: 2019 – 2020", "Location: Nottingham", "Employer: Scope",
         "Role: Senior Support Worker", "Dates: 2020 – 2023"]
    )  # fmt: skip
    assert [w.get("name") for w in mencap["work"]] == ["Mencap", "Scope"]
    halliburton = bold(
        [("Bill Adams", True), ("bill.adams@gmail.com | Aberdeen", False), ("EXPERIENCE", True),
         ("Snubber | Aberdeen", True), ("Halliburton", False), ("2018 – 2022", False)]
    )  # fmt: skip
    assert [employer for employer, _title in halliburton] == ["Halliburton"]  # (the title alone is still dropped)
    heineken = parsed(
        ["Javier Moreno Ruiz", "javier.moreno@gmail.com", "EXPERIENCIA PROFESIONAL",
         "2018 – 2022 Técnico en mantenimiento industrial, Heineken España, Sevilla",
         "2016 – 2018 Mozo de almacén, Mercadona, Málaga"]
    )  # fmt: skip
    assert [w.get("name") for w in heineken["work"]] == ["Heineken España", "Mercadona"]
    assert bold(
        [("Claire Dubois", True), ("claire.dubois@gmail.com – Lyon", False), ("EXPÉRIENCE", True), ("en France", True),
         ("Serveuse", True), ("Brasserie Georges, Lyon", False), ("2018 – 2022", False)]
    ) == [("Brasserie Georges", "Serveuse")]  # fmt: skip
    orange = parsed(
        ["Hugo Marchand", "hugo.marchand@gmail.com – Lyon", "EXPÉRIENCE",
         "Missions : Chef de projet SI chez Orange (2019 – 2021)"]
    )  # fmt: skip
    assert [(w.get("name"), w.get("position")) for w in orange["work"]] == [("Orange", "Chef de projet SI")]
    baker = parsed(["Tom Baker", "Experience", "Leeds | tom.baker@gmail.com | 07700 900111", "2019 – 2022 Analyst"])
    assert baker["basics"]["location"]["city"] == "Leeds"

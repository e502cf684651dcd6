"""Faults of the twenty-eighth probing session where a job's employer was lost or replaced: roles written under their
organisation's line got none, and a unit, a site, a town or a table's label was read in the organisation's place.
Each test failed before its fix."""

from __future__ import annotations

from typing import Any

from parsing import analyze, parse_resume
from parsing.document import Document, Line
from parsing.structure.entries import header_parts
from parsing.structure.experience import header_fields, parse_experience

HEAD = "Camille Martin\ncamille.martin@exemple.fr\n06 12 34 56 78\n\n"


def _jobs(text: str) -> list[tuple[str | None, str | None]]:
    work = parse_resume((HEAD + text).encode(), "cv.txt")["work"]
    return [(w.get("name"), w.get("position")) for w in work]


def _styled_work(rows: list[tuple[str, bool]]) -> list[dict[str, Any]]:
    """The work of a word processor's document whose experience lines are given with their weight."""
    lines = [
        Line("Camille Martin", size=18.0, bold=True),
        Line("camille.martin@exemple.fr", size=10.0),
        Line("EXPÉRIENCE PROFESSIONNELLE", size=12.0, bold=True),
        *(Line(text, size=10.0, bold=bold) for text, bold in rows),
    ]
    return list(analyze(Document(lines=lines, format="docx"))["work"])


def _styled_jobs(rows: list[tuple[str, bool]]) -> list[tuple[str | None, str | None]]:
    return [(w.get("name"), w.get("position")) for w in _styled_work(rows)]


def test_a_round_dot_parts_a_headers_fields():
    """ "Animatrice nature ● CPIE Bugey-Genevois": the dot parts the title from the employer as "•" does."""
    items = parse_experience(["Animatrice nature ● CPIE Bugey-Genevois", "avril 2021 → aujourd'hui ● Bellegarde"])
    assert (items[0].get("name"), items[0].get("position")) == ("CPIE Bugey-Genevois", "Animatrice nature")


def test_a_federations_local_association_after_its_name_is_no_employer():
    """ "Les Restos du Cœur, association départementale de la Drôme, Valence": the département's association of
    the federation named first, in lower case with the level it works at, is where the post was."""
    parts = header_parts(
        ["Coordinatrice de l'aide alimentaire – Les Restos du Cœur, association départementale de la Drôme, Valence"]
    )
    assert header_fields(parts)[:2] == ("Coordinatrice de l'aide alimentaire", "Les Restos du Cœur")
    parts = header_parts(["Bénévole – Secours populaire, comité de Lyon"])
    assert header_fields(parts)[:2] == ("Bénévole", "Secours populaire")


def test_the_head_office_remark_after_a_place_keeps_it_a_place():
    """ "Lyon, France (HQ)": which office, in brackets after the country; no employer."""
    parts = header_parts(["Emergency Programme Manager, Humanity & Inclusion — Lyon, France (HQ)"])
    assert header_fields(parts)[:2] == ("Emergency Programme Manager", "Humanity & Inclusion")


def test_a_tables_heading_row_with_a_service_column_is_no_job():
    """ "Dates | Poste | Service / employeur": a table's heading row is no job, nor its first cell an employer."""
    text = """EXPÉRIENCE
Dates | Poste | Service / employeur
2017 – 2025 | Chef de groupe, brigade anti-criminalité | Commissariat de police de Créteil
2009 – 2011 | Adjoint de sécurité (ADS) | Commissariat de Vitry-sur-Seine
"""
    assert _jobs(text)[0] == ("Commissariat de police de Créteil", "Chef de groupe, brigade anti-criminalité")


def test_a_ditto_in_a_tables_employer_column_repeats_the_employer_above():
    """ "idem" in the employer's column repeats the row above's employer; the detail's first words are none."""
    text = """PARCOURS
Période | Employeur | Poste | Détail
2015 – aujourd'hui | Opéra national de Paris | Chef d'équipe cintres | Équipe de 9 cintriers ; plans d'accroche
2008 – 2015 | idem | Machiniste-cintrier | Montages, démontages, changements à vue ; tournées
2001 – 2008 | Théâtre du Châtelet | Machiniste (CDI) | Comédies musicales et opéras
"""
    assert [name for name, _ in _jobs(text)] == [
        "Opéra national de Paris",
        "Opéra national de Paris",
        "Théâtre du Châtelet",
    ]


def test_a_regiments_line_under_a_bullet_heads_the_posts_held_there():
    """ "2e Régiment étranger de parachutistes (2e REP), Calvi – 2009 à 2024" after the bullets of the job above: a
    unit numbered before its name opens no sentence's end; its line heads the posts held in it."""
    text = """EXPÉRIENCE
2024 – aujourd'hui | Chef d'équipe sécurité incendie (SSIAP 2) – Securitas France, Calvi
• Rondes, PC sécurité, levée de doute, formation des agents SSIAP 1
2e Régiment étranger de parachutistes (2e REP), Calvi – 2009 à 2024
2014 – 2024 Caporal-chef, chef d'équipe
• Encadrement d'une équipe de 4 légionnaires
2009 – 2014 Légionnaire parachutiste, tireur d'élite
"""
    assert [name for name, _ in _jobs(text)] == [
        "Securitas France",
        "2e Régiment étranger de parachutistes (2e REP)",
        "2e Régiment étranger de parachutistes (2e REP)",
    ]


def test_an_organisations_bold_line_after_the_bullets_heads_the_posts_below():
    """ "1er Régiment du Train Parachutiste (1er RTP) – Toulouse-Francazal", "Metropolitan Police Service" in bold
    after the job above's bullets, then title lines with their dates: named by an organisation's word, the line
    heads those posts."""
    rows = [
        ("Chef de section logistique (adjudant-chef) | 2016 – 2024", True),
        ("1er Régiment de Chasseurs Parachutistes (1er RCP) – Pamiers", False),
        ("• Conduite des inventaires annuels et des inspections techniques", False),
        ("1er Régiment du Train Parachutiste (1er RTP) – Toulouse-Francazal", True),
        ("Sergent-chef, chef d'équipe ravitaillement | 2009 – 2016", True),
        ("• Gestion d'un magasin de 4 000 références", False),
        ("Conducteur poids lourds, puis chef de bord | 2001 – 2009", True),
    ]
    work = _styled_work(rows)
    assert [w.get("name") for w in work] == [
        "1er Régiment de Chasseurs Parachutistes (1er RCP)",
        "1er Régiment du Train Parachutiste (1er RTP)",
        "1er Régiment du Train Parachutiste (1er RTP)",
    ]
    assert work[0]["highlights"] == ["Conduite des inventaires annuels et des inspections techniques"]
    rows = [
        ("HM Revenue & Customs — Fraud Investigation Service, Croydon | September 2020 to date", False),
        ("Criminal Investigator (Higher Executive Officer)", False),
        ("• Mentor to four new Officer-grade investigators", False),
        ("Metropolitan Police Service", True),
        ("Detective Constable, CID — Lambeth | 2015 – 2020", False),
    ]
    assert _styled_jobs(rows)[1] == ("Metropolitan Police Service", "Detective Constable, CID")


def test_an_organisations_line_over_its_own_bullet_heads_the_posts_below():
    """ "Les Francas de Loire-Atlantique – Nantes" in bold over a bullet that says what the organisation does, then
    "Directrice adjointe : 2012 – 2017" and "Animatrice : 2009 – 2012": the posts held there."""
    rows = [
        ("Directrice de séjours de vacances", True),
        ("PEP 44", False),
        ("Étés 2014 à 2019", False),
        ("Les Francas de Loire-Atlantique – Nantes", True),
        ("• Centres de loisirs associatifs, formation BAFA (formatrice occasionnelle)", False),
        ("Directrice adjointe : 2012 – 2017", False),
        ("Animatrice : 2009 – 2012", False),
    ]
    assert _styled_jobs(rows) == [
        ("PEP 44", "Directrice de séjours de vacances"),
        ("Les Francas de Loire-Atlantique", "Directrice adjointe"),
        ("Les Francas de Loire-Atlantique", "Animatrice"),
    ]
    # (but "(DGCL), Paris" in bold under a header on its date line is that header's line wrapped)
    rows = [
        ("2012 – 2015 | Chef du bureau des concours financiers de l'État — Ministère de l'Intérieur", True),
        ("(DGCL), Paris", True),
        ("• En détachement : répartition de la DGF (41 Md€)", False),
        ("2008 – 2012 | Directeur des finances — Ville de Cholet", True),
        ("• Prospective financière, gestion de la dette", False),
    ]
    assert _styled_jobs(rows)[1] == ("Ville de Cholet", "Directeur des finances")


def test_a_title_heading_a_school_is_a_title():
    """ "Responsable de l'école de foot" alone on its date line, under the club's line in capitals: the post at the
    head of the club's school, not an employer."""
    rows = [
        ("Juil. 2022 – auj. | Entraîneur principal Seniors R1", True),
        ("US CHANGÉ", False),
        ("• Gestion d'un staff de 3 personnes, planification annuelle", False),
        ("STADE LAVALLOIS MFC", True),
        ("2017 - 2022 | Responsable de l'école de foot", True),
        ("• Coordination de 14 éducateurs", False),
        ("2015 - 2017 | Éducateur U13", True),
    ]
    assert _styled_jobs(rows) == [
        ("US CHANGÉ", "Entraîneur principal Seniors R1"),
        ("STADE LAVALLOIS MFC", "Responsable de l'école de foot"),
        ("STADE LAVALLOIS MFC", "Éducateur U13"),
    ]


def test_a_header_wrapped_after_the_comma_before_its_town():
    """ "SO1 Logistic Plans — Headquarters Allied Rapid Reaction Corps (ARRC)," over "Innsworth | 2016 – 2019": the
    town, which the gazetteer does not know, beside the dates on the next row ends the header above."""
    lines = [
        "Commanding Officer — 10 Queen's Own Gurkha Logistic Regiment, Aldershot | 2019 – 2022",
        "• Command of 650 soldiers; regimental budget of £4.1m",
        "SO1 Logistic Plans — Headquarters Allied Rapid Reaction Corps (ARRC),",
        "Innsworth | 2016 – 2019",
        "Officer Commanding — 3 Close Support Regiment RLC, Abingdon | 2012 – 2016",
    ]
    items = parse_experience(lines)
    assert [(item.get("name"), item.get("startDate")) for item in items] == [
        ("10 Queen's Own Gurkha Logistic Regiment", "2019"),
        ("Headquarters Allied Rapid Reaction Corps (ARRC)", "2016"),
        ("3 Close Support Regiment RLC", "2012"),
    ]
    assert items[1]["location"] == "Innsworth"


def test_an_armed_forces_line_over_the_posts_in_its_units_is_no_job():
    """ "British Army — Royal Engineers (2006 – 2022)" over "Staff Sergeant, Clerk of Works — 21 Engineer Regiment,
    Ripon | 2017 – 2022" and the posts before it, each in its own regiment: the years served, no job of their own."""
    lines = [
        "Site Manager — Kier Group, Leeds | Feb 2022 – Present",
        "• Running a £9m school extension programme",
        "British Army — Royal Engineers (2006 – 2022)",
        "Staff Sergeant, Clerk of Works — 21 Engineer Regiment, Ripon | 2017 – 2022",
        "• Quality assurance of £14m barracks refurbishment works",
        "Sergeant, Section Commander — 36 Engineer Regiment, Maidstone | 2012 – 2017",
        "Sapper / Lance Corporal, Plant Operator Mechanic — 39 Engineer Regiment, Kinloss | 2006 – 2012",
    ]
    assert [item.get("name") for item in parse_experience(lines)] == [
        "Kier Group",
        "21 Engineer Regiment",
        "36 Engineer Regiment",
        "39 Engineer Regiment",
    ]


def test_a_post_of_a_numbered_unit_after_du():
    """ "Commandant en second du 2e Régiment de Dragons — Fontevraud-l'Abbaye": the regiment named after "du" is
    where the post was held, the town no employer."""
    parts = header_parts(["Commandant en second du 2e Régiment de Dragons — Fontevraud-l'Abbaye"])
    assert header_fields(parts)[:2] == ("Commandant en second", "2e Régiment de Dragons")


def test_a_company_in_lower_case_under_its_regiments_line():
    """ "1er Régiment d'infanterie (1er RI) — Sarrebourg, 2006-2014" over "Commandante d'unité, compagnie de
    commandement et de logistique | 2010 – 2014": the company in lower case is the regiment's, part of the title."""
    lines = [
        "Officier traitant — Centre de planification et de conduite des opérations (CPCO), Paris | 2014 – 2017",
        "• Liaison avec les états-majors alliés (PJHQ britannique, US AFRICOM)",
        "1er Régiment d'infanterie (1er RI) — Sarrebourg, 2006-2014",
        "Commandante d'unité, compagnie de commandement et de logistique | 2010 – 2014",
        "• Commandement de 190 militaires",
        "Cheffe de section, puis officier adjoint d'une compagnie de combat | 2006 – 2010",
    ]
    assert [(item.get("name"), item.get("position")) for item in parse_experience(lines)][1:] == [
        ("1er Régiment d'infanterie (1er RI)", "Commandante d'unité, compagnie de commandement et de logistique"),
        ("1er Régiment d'infanterie (1er RI)", "Cheffe de section, puis officier adjoint d'une compagnie de combat"),
    ]


def test_a_soldiers_table_of_operations_lists_no_jobs():
    """ "Opérations et missions" over "Année | Opération | Théâtre | Fonction" and its rows ("2013 | Serval | Mali |
    Cheffe du détachement de soutien"): the operations served in, no jobs."""
    lines = [
        Line("Hélène Garnier", size=18.0, bold=True),
        Line("helene.garnier@exemple.fr", size=10.0),
        Line("Parcours professionnel", size=13.0, bold=True),
        Line("Commandant en second — 2e Régiment de Dragons, Fontevraud | 2019 – 2022", size=10.0, bold=True),
        Line("• Adjointe du chef de corps", size=10.0),
        Line("Opérations et missions", size=13.0, bold=True),
        Line("Année | Opération | Théâtre | Fonction", size=10.0, bold=True),
        Line("2013 | Serval | Mali | Cheffe du détachement de soutien", size=10.0),
        Line("2020 | Barkhane | Mali (Gao) | Cheffe des opérations du GTD", size=10.0),
    ]
    work = analyze(Document(lines=lines, format="docx"))["work"]
    assert [(w.get("name"), w.get("startDate")) for w in work] == [("2e Régiment de Dragons", "2019")]


def test_a_numbered_company_beside_its_brigade_is_no_employer():
    """ "Brigade de sapeurs-pompiers de Paris (BSPP) — 24e compagnie, Ménilmontant": the company numbered before its
    word in lower case is the brigade's, not the employer."""
    parts = header_parts(
        [
            "Sapeur de 1re classe, puis caporal",
            "Brigade de sapeurs-pompiers de Paris (BSPP) — 24e compagnie, Ménilmontant",
        ]
    )
    assert header_fields(parts)[:2] == (
        "Sapeur de 1re classe, puis caporal",
        "Brigade de sapeurs-pompiers de Paris (BSPP)",
    )


def test_a_service_of_the_state_is_an_employer_not_a_department():
    """ "Service du commissariat des armées (SCA) – Plateforme" (its site's name wrapped onto the next line),
    "Service public de Wallonie (SPW), Jambes": a service of the State or of the armed forces employs; the site's
    word and the town do not."""
    parts = header_parts(
        ["Assistante de direction (adjointe administrative)", "Service du commissariat des armées (SCA) – Plateforme"]
    )
    assert header_fields(parts)[:2] == (
        "Assistante de direction (adjointe administrative)",
        "Service du commissariat des armées (SCA)",
    )
    parts = header_parts(["Secrétaire de direction (intérim) | Service public de Wallonie (SPW),", "Jambes"])
    assert header_fields(parts) == ("Secrétaire de direction", "Service public de Wallonie (SPW)", "Jambes")


def test_a_year_inside_an_events_name_is_no_date():
    """ "Paris 2024 Organising Committee, Paris" over "Jan–Jun 2018": the year between two capitalised words is the
    name's, and the internship's dates are those under it."""
    rows = [
        ("Sport Development Officer", True),
        ("European Olympic Committees, Brussels", False),
        ("Sept 2021 to date", False),
        ("Intern – Sport Department", True),
        ("Paris 2024 Organising Committee, Paris", False),
        ("Jan–Jun 2018", False),
    ]
    work = _styled_work(rows)
    assert [(w.get("name"), w.get("startDate"), w.get("endDate")) for w in work][1] == (
        "Paris 2024 Organising Committee",
        "2018-01",
        "2018-06",
    )


def test_a_mission_town_before_its_country_under_the_ngos_line():
    """ "MÉDECINS SANS FRONTIÈRES (OCP)" over "Logistics Coordinator — Juba, South Sudan", then "Supply Logistician —
    Bunia, DRC": the mission's town the gazetteer does not know, written as the first post's town, is no employer."""
    lines = [
        "MÉDECINS SANS FRONTIÈRES (OCP)",
        "Logistics Coordinator — Juba, South Sudan, Mar 2022 – Present",
        "• Country-level supply chain, fleet of 40 vehicles",
        "Supply Logistician — Bunia, DRC, Jan 2020 – Dec 2021",
        "• Cholera and measles responses, cold chain management",
    ]
    items = parse_experience(lines, [True, False, False, False, False])
    assert [(item.get("name"), item.get("location")) for item in items] == [
        ("MÉDECINS SANS FRONTIÈRES (OCP)", "Juba, South Sudan"),
        ("MÉDECINS SANS FRONTIÈRES (OCP)", "Bunia, DRC"),
    ]


def test_a_firms_line_with_its_town_and_business_line_heads_the_posts_below():
    """ "BNP Paribas Real Estate, Paris — Investment Advisory | Jul 2014 – Jun 2017" over "Investment Analyst | Jul
    2015 – Jun 2017" and "Graduate Analyst | Jul 2014 – Jun 2015": the firm and its town, then the business line, no
    title; the posts under it are the firm's, the line no job of its own."""
    lines = [
        "Asset Manager | 2017 – Dec 2020",
        "Primonial REIM, Paris",
        "• Healthcare and office portfolio (€600m)",
        "BNP Paribas Real Estate, Paris — Investment Advisory | Jul 2014 – Jun 2017",
        "Investment Analyst | Jul 2015 – Jun 2017",
        "• Financial modelling (DCF, Argus Enterprise)",
        "Graduate Analyst | Jul 2014 – Jun 2015",
    ]
    assert [(item.get("name"), item.get("position")) for item in parse_experience(lines)] == [
        ("Primonial REIM", "Asset Manager"),
        ("BNP Paribas Real Estate", "Investment Analyst"),
        ("BNP Paribas Real Estate", "Graduate Analyst"),
    ]


def _plain_work(text: str) -> list[tuple[str | None, str | None, str | None, str | None]]:
    work = parse_resume((HEAD + text).encode(), "cv.txt")["work"]
    return [(w.get("name"), w.get("position"), w.get("startDate"), w.get("endDate")) for w in work]


def test_a_theatres_name_styled_with_a_colon_heads_its_job():
    """ "MC2: Grenoble — Scène nationale" under "Chargée de production", over "2023-2024" and a line of duties with
    no bullet: the theatre's name, styled with a colon after its initials and figure, is no label; each job is read
    title, employer, dates, duties, and the duties' first words are no employer."""
    text = """PARCOURS
Chargée de production
MC2: Grenoble — Scène nationale
2023-2024
Productions déléguées et coproductions, accueil de 4 créations, suivi budgétaire
Administratrice de production (mi-temps)
Cie Les Sept Lieues (danse)
Depuis 2021
Montage des tournées, contrats de cession, DRAC, paie intermittents
"""
    assert [job[:2] for job in _plain_work(text)] == [
        ("MC2: Grenoble", "Chargée de production"),
        ("Cie Les Sept Lieues (danse)", "Administratrice de production (mi-temps)"),
    ]


def test_seasons_and_a_deeds_dates_in_brackets():
    """ "2019-2020 à 2022-2023": from one season to another, 2019 to 2023; "(tournée nationale 2022-2023 : 38 dates)"
    inside a line of duties dates the tour, no job."""
    text = """PARCOURS
Administratrice de production
Cie Les Sept Lieues
Depuis 2021
Montage des tournées (tournée nationale 2022-2023 : 38 dates), contrats de cession, DRAC, paie intermittents
Attachée de production
Le Pacifique
2019-2020 à 2022-2023
Résidences, logistique des équipes artistiques
"""
    assert _plain_work(text) == [
        ("Cie Les Sept Lieues", "Administratrice de production", "2021", None),
        ("Le Pacifique", "Attachée de production", "2019", "2023"),
    ]


def test_a_long_title_before_its_museum_heads_the_job():
    """ "Chargée des collections et de la régie des œuvres — Musées de la Ville de Strasbourg", sixteen words, over
    "Depuis mars 2020 · affectée au Musée d'Art moderne et contemporain": a long title and the organisation after
    the dash are the header; the remark after the dates is not, and the later jobs keep their own dates."""
    rows = [
        ("Chargée des collections et de la régie des œuvres — Musées de la Ville de Strasbourg", True),
        ("Depuis mars 2020 · affectée au Musée d'Art moderne et contemporain", False),
        ("• Mouvements d'œuvres (prêts, dépôts, expositions temporaires)", False),
        ("Régisseuse d'œuvres (CDD) — Musée des Beaux-Arts de Lyon", True),
        ("sept. 2018 – févr. 2020", False),
        ("• Régie de l'exposition « Le Temps des Nabis »", False),
        ("Assistante de conservation (vacataire) — Musée Unterlinden, Colmar", True),
        ("2017 – 2018", False),
    ]
    assert [(w.get("name"), w.get("startDate")) for w in _styled_work(rows)] == [
        ("Musées de la Ville de Strasbourg", "2020-03"),
        ("Musée des Beaux-Arts de Lyon", "2018-09"),
        ("Musée Unterlinden", "2017"),
    ]


def test_a_remark_after_the_employer_and_a_colon():
    """ "Bénévole — Association Mémoire de Schiltigheim : inventaire d'un fonds photographique": what the volunteer
    did, in lower case after a spaced colon, leaves the association its name."""
    parts = header_parts(["Bénévole — Association Mémoire de Schiltigheim : inventaire d'un fonds photographique"])
    assert header_fields(parts)[:2] == ("Bénévole", "Association Mémoire de Schiltigheim")


def test_a_bulleted_operation_with_its_years_is_no_job():
    """ "• Op HERRICK 17, Afghanistan (2012–13): force protection works at Camp Bastion" under a post, in a section
    that writes its jobs' dated lines with no bullet: the operation's dates, no job."""
    lines = [
        "Staff Sergeant, Clerk of Works — 21 Engineer Regiment, Ripon | 2017 – 2022",
        "• Quality assurance of £14m barracks refurbishment works",
        "Sergeant, Section Commander — 36 Engineer Regiment, Maidstone | 2012 – 2017",
        "• Op HERRICK 17, Afghanistan (2012–13): force protection works at Camp Bastion",
        "Sapper, Plant Operator Mechanic — 39 Engineer Regiment, Kinloss | 2006 – 2012",
    ]
    assert [item.get("name") for item in parse_experience(lines)] == [
        "21 Engineer Regiment",
        "36 Engineer Regiment",
        "39 Engineer Regiment",
    ]


def test_a_team_then_a_borough_under_the_police_forces_line():
    """ "Metropolitan Police Service" in bold, then "Police Constable, Emergency Response Team — Southwark": the
    team is what the title covers, the borough the gazetteer does not know the place, the force the employer."""
    rows = [
        ("Criminal Investigator — HM Revenue & Customs, Croydon | September 2020 to date", False),
        ("• Mentor to four new Officer-grade investigators", False),
        ("Metropolitan Police Service", True),
        ("Detective Constable, CID — Lambeth | 2015 – 2020", False),
        ("Police Constable, Emergency Response Team — Southwark | 2011 – 2015", False),
        ("Special Constable (volunteer) — British Transport Police | 2009 – 2011", False),
    ]
    work = _styled_work(rows)
    assert [(w.get("name"), w.get("position"), w.get("location")) for w in work][2:] == [
        ("Metropolitan Police Service", "Police Constable, Emergency Response Team", "Southwark"),
        ("British Transport Police", "Special Constable (volunteer)", None),
    ]


def test_a_unit_after_the_titles_dash_and_the_prefecture_after_the_bar():
    """ "Gardien de la paix – Compagnie d'intervention (DOPC) | Préfecture de police de Paris": the bar parts the
    title's cell from the employer's; the company after the dash is the title's unit."""
    parts = header_parts(["Gardien de la paix – Compagnie d'intervention (DOPC) | Préfecture de police de Paris"])
    assert header_fields(parts)[:2] == (
        "Gardien de la paix – Compagnie d'intervention (DOPC)",
        "Préfecture de police de Paris",
    )

"""Review of the twenty-seventh session's experience rules (heads, firms, lost, sublines, seasons) on CVs they were not
written for: a unit after "au" over the employer's line, a freelance's skills in brackets, a sector after "Intérim",
a hotel named after the seasons, an auditor's missions, the CPE Lyon school, a chain named like a trade, a firm's
trades after its partners and a placement's kind with an organisation's word. Each test failed before its mend, and
keeps a guard of what the rule was written for."""

from parsing.structure.experience import parse_experience


def _jobs(lines: list[str]) -> list[tuple[str | None, str | None]]:
    return [(item.get("name"), item.get("position")) for item in parse_experience(lines)]


def test_a_unit_after_au_over_the_employers_own_line():
    """ "Médecin urgentiste au SMUR" over "Centre Hospitalier de Dax": the words after "au" are the unit the post is
    held in, the line under it the employer (it was moved to the description and the unit read as the employer)."""
    lines = ["Médecin urgentiste au SMUR | 2016 – 2020", "Centre Hospitalier de Dax", "• Interventions primaires"]
    assert _jobs(lines) == [("Centre Hospitalier de Dax", "Médecin urgentiste au SMUR")]
    lines = ["Dessinateur au BE Structure | 2011 – 2015", "Vinci Construction, Nanterre", "• Plans d'exécution"]
    assert _jobs(lines) == [("Vinci Construction", "Dessinateur au BE Structure")]
    lines = ["Assistante au Cabinet du Maire | 2016 – 2018", "Ville de Nice", "• Courrier et agenda"]
    assert _jobs(lines) == [("Ville de Nice", "Assistante au Cabinet du Maire")]
    # (the class taught is no employer either, nor a second job)
    assert _jobs(["Enseignant au CP | 2019 – 2021", "• Classe de 24 élèves"]) == [(None, "Enseignant au CP")]
    lines = ["Enseignant au CP | 2019 – 2021", "École Jean Jaurès, Nantes", "• Classe de 24 élèves"]
    assert _jobs(lines) == [("École Jean Jaurès", "Enseignant au CP")]
    # guard: the employer named after "au" or "à la" alone on the title's line
    assert _jobs(["Ingénieur d'études au BET Benhamouda | 2019 – 2022", "• Calcul de structures"]) == [
        ("BET Benhamouda", "Ingénieur d'études")
    ]
    assert _jobs(["Stagiaire à la BCEAO (Direction Nationale), analyse des risques | 2014"]) == [("BCEAO", "Stagiaire")]
    # (and a unit after a dash on the same line leaves the employer after "au" as it is)
    assert _jobs(["Infirmière au CHU de Nantes – Pôle Mère-Enfant | 2015 – 2020", "• Soins"]) == [
        ("CHU de Nantes", "Infirmière")
    ]


def test_a_freelances_skills_or_languages_in_brackets_are_no_business():
    """ "Développeur freelance (React, Node.js)", "Traductrice indépendante (Anglais, Espagnol)", "Interprète
    indépendante (LSF)": what the freelance offers, not the business of one's own the rule reads in brackets."""
    for line in (
        "Développeur freelance (React, Node.js) | 2016 – 2019",
        "Traductrice indépendante (Anglais, Espagnol) | 2012 – 2020",
        "Consultant indépendant (SAP FI/CO) | 2019 – 2023",
        "Interprète indépendante (LSF) | 2014 – 2022",
        "Électricien auto-entrepreneur (Bâtiment) | 2016 – 2019",
        "Formateur indépendant (CACES R489) | 2017 – 2020",
    ):
        (name, _position), *_ = _jobs([line, "• Missions"])
        assert name is None, line
    # guard: the business's own name
    assert _jobs(["Artisan maçon à mon compte (DUPUIS Maçonnerie) | 2015 – 2022", "• Rénovation"]) == [
        ("DUPUIS Maçonnerie", "Artisan maçon")
    ]
    assert _jobs(["Consultante indépendante (Ardoise Conseil) | 2019 – 2021", "• Conseil RH"]) == [
        ("Ardoise Conseil", "Consultante")
    ]
    assert _jobs(["Paysagiste à mon compte (Jardins de Provence) | 2011 – 2021", "• Jardins"]) == [
        ("Jardins de Provence", "Paysagiste")
    ]


def test_a_sector_or_a_contract_in_brackets_after_interim_is_no_agency():
    """ "Intérim (Logistique)", "Intérim (BTP)", "Intérim (CDD)": the sector or the terms, not the agency."""
    for line in ("Intérim (Logistique) | 2015 – 2016", "Intérim (BTP) | 2014 – 2015", "Intérim (Nuit) | 2015"):
        assert _jobs([line, "Préparateur de commandes", "• Picking"]) == [(None, "Préparateur de commandes")], line
    assert _jobs(["Intérim (Aéronautique, Automobile) | 2011 – 2014", "Ajusteur", "• Montage"]) == [(None, "Ajusteur")]
    assert _jobs(["Préparateur de commandes – Intérim (CDD) | 2016", "• Scanner"]) == [
        (None, "Préparateur de commandes")
    ]
    # guard: the agencies named
    assert _jobs(["Cariste – Intérim (Adecco, Crit) | 2016 – 2018", "• Chariots"]) == [("Adecco, Crit", "Cariste")]
    assert _jobs(["Intérim (Randstad) | 2017 – 2018", "Cariste", "• Quai"]) == [("Randstad", "Cariste")]


def test_a_hotel_named_after_the_seasons_keeps_its_name():
    """ "Four Seasons 2016 – 2019", "Hôtel Les 4 Saisons 2013 – 2015": the word after a name's word is the name's,
    not a season's word before the dates ("Four" and "Hôtel Les 4" were left as the employer)."""
    assert _jobs(["Concierge, Four Seasons 2016 – 2019", "• Guest requests"]) == [("Four Seasons", "Concierge")]
    assert _jobs(["Cuisinier – Hôtel Les 4 Saisons 2013 – 2015", "• Cuisine"]) == [("Hôtel Les 4 Saisons", "Cuisinier")]
    assert _jobs(["Réceptionniste – Hôtel Les Quatre Saisons 2015 – 2018", "• Accueil"]) == [
        ("Hôtel Les Quatre Saisons", "Réceptionniste")
    ]
    # guard: the word alone opening the line, or after a season's name, is the season's
    items = parse_experience(["Saisons 2013 et 2014 – Moniteur de ski, ESF Val Thorens", "• Cours collectifs"])
    assert [(item.get("name"), item.get("position"), item.get("startDate")) for item in items] == [
        ("ESF Val Thorens", "Moniteur de ski", "2013")
    ]
    items = parse_experience(["Winter seasons 2015/16 – Chalet host, Méribel", "• Cooking for guests"])
    assert [(item.get("position"), item.get("startDate"), item.get("endDate")) for item in items] == [
        ("Chalet host", "2015", "2016")
    ]


def test_an_auditors_missions_under_the_post_are_no_jobs():
    """ "• Mission d'audit – Groupe Casino – 2018" under "Auditeur – Mazars | 2015 – 2020": an engagement within the
    post, not a temp's header opened by a contract's word (two jobs had been made of the missions)."""
    lines = [
        "Auditeur – Mazars | 2015 – 2020",
        "• Mission d'audit – Groupe Casino – 2018",
        "• Mission de conseil – Fnac – 2019",
        "Commercial – Schneider Electric | 2010 – 2015",
        "• Contrat cadre – Airbus (2013)",
    ]
    items = parse_experience(lines)
    assert [(item.get("name"), item.get("startDate")) for item in items if item.get("startDate")] == [
        ("Mazars", "2015"),
        ("Schneider Electric", "2010"),
    ]
    # guard: a temp's and a trainee's lines opened by the contract's word
    items = parse_experience(["• 2021 : Intérim – Proman", "• 2020 : Vendeur – Kiabi"])
    assert [(item.get("name"), item.get("startDate")) for item in items] == [("Proman", "2021"), ("Kiabi", "2020")]


def test_cpe_lyon_is_the_school_not_the_post():
    """ "Stagiaire – CPE Lyon": the engineering school in Lyon, not the conseiller principal d'éducation."""
    assert _jobs(["Stagiaire – CPE Lyon | 2019", "• Laboratoire de chimie"]) == [("CPE Lyon", "Stagiaire")]
    # guard: the post
    assert _jobs(["CPE contractuel | 2016 – 2018", "Collège Pasteur, Lille", "• Vie scolaire"]) == [
        ("Collège Pasteur", "CPE contractuel")
    ]


def test_a_chain_named_like_a_trade_is_not_joined_to_the_title():
    """ "Conseiller de vente – Boulanger": the chain, not a second title (the check meant to say so was always
    false: it was told there was no town)."""
    assert _jobs(["Conseiller de vente – Boulanger | 2018 – 2020", "• Rayon électroménager"]) == [
        (None, "Conseiller de vente")
    ]
    # guard: two titles over the employer's line
    lines = [
        "Volontaire en service civique – Ambassadeur du tri | 2021 – 2022",
        "Smictom du Pays de Fougères",
        "• Porte-à-porte",
    ]
    assert _jobs(lines) == [("Smictom du Pays de Fougères", "Volontaire en service civique – Ambassadeur du tri")]


def test_a_firms_trades_after_its_name_are_no_partners():
    """ "Cabinet Dupuis, Comptabilité et Fiscalité": what the firm does, not partners' surnames."""
    assert _jobs(["Expert-comptable – Cabinet Dupuis, Comptabilité et Fiscalité | 2011 – 2019"]) == [
        ("Cabinet Dupuis", "Expert-comptable")
    ]
    assert _jobs(["Comptable – Cabinet Bernard, Audit & Expertise | 2011 – 2017"]) == [("Cabinet Bernard", "Comptable")]
    # guard: the partners
    assert _jobs(["Collaborateur – SCP Roques, Bénézech et Gaillard | 2015 – 2020"]) == [
        ("SCP Roques, Bénézech et Gaillard", "Collaborateur")
    ]


def test_a_placements_kind_with_an_organisations_word_before_a_colon():
    """ "Stage en entreprise : Renault Trucks, Lyon": the kind was taken for the employer and the firm for its
    town; the line stays whole, as before the rule."""
    (name, _position), *_ = _jobs(["Stage en entreprise : Renault Trucks, Lyon | 2018", "• Atelier"])
    assert "Renault Trucks" in (name or "")
    # guard: a pupil's placement
    items = parse_experience(["Stage de 3ème : Pharmacie Centrale, Lens (février 2022, 1 semaine)", "• Commandes"])
    assert [(item.get("name"), item.get("position")) for item in items] == [("Pharmacie Centrale", "Stage de 3ème")]

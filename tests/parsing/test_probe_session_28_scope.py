"""Faults read off the twenty-eighth session's probe CVs (business Europe, IT India/US, public service and defence,
arts, sport): a title's scope after its dash or comma (a business line in a country, a sector, markets, a unit of the
police or of a public body, a client's account) taken for the employer or dropped, the employer's town after a dash
taken for the employer, the terms of the post ("stage de Master 1", "agency", "full-time staff") kept in the title, a
production credit, a table's column heads and cells wrapped onto the next line read as fields. Each test failed before
its fix."""

from __future__ import annotations

from parsing.structure.entries import header_parts
from parsing.structure.experience import header_fields, parse_experience


def _pairs(lines: list[str], bold: list[bool] | None = None) -> list[tuple[str | None, str | None]]:
    return [(item.get("name"), item.get("position")) for item in parse_experience(lines, bold)]


def _fields(*lines: str) -> tuple[str, str, str]:
    return header_fields(header_parts(list(lines)))


def test_a_business_line_in_a_country_after_the_title_is_what_it_covers():
    """ "Senior Financial Analyst – Retail Ireland" over "Bank of Ireland, Dublin 2": the bank's retail arm in a
    country, no employer."""
    lines = [
        "Senior Financial Analyst – Retail Ireland | Jan 2021 – Present",
        "Bank of Ireland, Dublin 2",
        "• Own the monthly forecast",
        "Management Accountant | Jun 2017 – Dec 2020",
        "Musgrave Group, Cork",
    ]
    assert _pairs(lines) == [
        ("Bank of Ireland", "Senior Financial Analyst – Retail Ireland"),
        ("Musgrave Group", "Management Accountant"),
    ]


def test_a_sector_or_a_field_after_the_title_is_what_it_covers():
    """ "Key Account Manager, Food & Beverages – Novozymes", "HR Business Partner, Industrial Operations, bioMérieux",
    "Intern – Web Development, Tata Elxsi": a sector, a plant's operations, a trade, not the employer."""
    assert _fields("Key Account Manager, Food & Beverages – Novozymes, Bagsværd")[:2] == (
        "Key Account Manager, Food & Beverages",
        "Novozymes",
    )
    assert _fields("HR Business Partner, Industrial Operations, bioMérieux – Marcy-l'Étoile")[:2] == (
        "HR Business Partner, Industrial Operations",
        "bioMérieux",
    )
    assert _fields("Intern – Web Development, Tata Elxsi, Thiruvananthapuram") == (
        "Intern – Web Development",
        "Tata Elxsi",
        "Thiruvananthapuram",
    )


def test_the_town_after_the_dash_of_a_title_and_its_employer():
    """ "HR Generalist, Sanofi – Lyon Gerland", "Accounts Payable Specialist, Mercadona – Tavernes Blanques": the
    employer after the title's comma, its town after the dash, known to the gazetteer or not."""
    lines = [
        "Jan. 2018 – Aug. 2021 HR Generalist, Sanofi – Lyon Gerland",
        "• Full HR cycle",
        "Oct. 2014 – Dec. 2017 HR Officer, Luxottica – Agordo (Italy)",
        "• Recruitment",
        "Nov 2020 – present | Accounts Payable Team Leader, Ford España – Almussafes",
        "• Lead a team of 9",
        "09/2017 – 10/2020 Accounts Payable Specialist, Mercadona – Tavernes Blanques",
    ]
    assert _pairs(lines) == [
        ("Sanofi", "HR Generalist"),
        ("Luxottica", "HR Officer"),
        ("Ford España", "Accounts Payable Team Leader"),
        ("Mercadona", "Accounts Payable Specialist"),
    ]
    # (one unknown word on each side may be a field and the firm)
    assert _fields("Gestionnaire, Paie – Cegid")[1] == "Cegid"


def test_the_markets_after_a_title_are_what_it_covers():
    """ "Sales Director, Commercial – UK & Ireland", "Head of Marketing, Norway" beside "Vipps MobilePay (Oslo)",
    "Export Sales Manager –" with "UK, Ireland & Nordics" in the next row of its cell: markets, not the place."""
    assert _fields("Sales Director, Commercial – UK & Ireland", "Salesforce, Dublin")[:2] == (
        "Sales Director, Commercial – UK & Ireland",
        "Salesforce",
    )
    assert _fields("Vipps MobilePay (Oslo) | Head of Marketing, Norway")[:2] == (
        "Head of Marketing, Norway",
        "Vipps MobilePay",
    )
    assert _fields("Brand Manager – Southern Europe – Puig, Barcelona")[:2] == (
        "Brand Manager – Southern Europe",
        "Puig",
    )
    lines = [
        "Maison Ginestet (Carignan-de-Bordeaux) | Export Sales Manager – | depuis mars 2021",
        "UK, Ireland & Nordics",
        "Bordeaux négociant; 30 million bottles a year.",
        "• Price negotiations with importers",
        "Majestic Wine (London) | Account Manager, Commercial | Jan 2015 – Aug 2018",
    ]
    assert _pairs(lines) == [
        ("Maison Ginestet", "Export Sales Manager – UK, Ireland & Nordics"),
        ("Majestic Wine", "Account Manager, Commercial"),
    ]
    # (a place after the employer stays the place)
    assert _fields("Consultant | Acme | UK & Ireland") == ("Consultant", "Acme", "UK & Ireland")


def test_a_labelled_designation_keeps_what_it_covers_beside_a_labelled_company():
    lines = [
        "Company : Aldar Properties PJSC, Abu Dhabi",
        "Designation : Senior Business Analyst – ERP",
        "Period : March 2020 – Present",
        "• Business lead for the Oracle Fusion migration.",
        "Company : Wipro Limited, Hyderabad, India",
        "Designation : Functional Consultant – Oracle Apps",
        "Period : June 2012 – Aug 2016",
        "Company : Infosys Limited",
        "Designation : Systems Engineer – Hyderabad",
        "Period : 2010 – 2012",
    ]
    assert _pairs(lines) == [
        ("Aldar Properties PJSC", "Senior Business Analyst – ERP"),
        ("Wipro Limited", "Functional Consultant – Oracle Apps"),
        ("Infosys Limited", "Systems Engineer"),
    ]


def test_the_terms_of_the_post_after_its_title_are_no_part_of_it():
    """ "– stage de Master 1", "– remplacement d'un congé maternité", ", temps partiel", "- agency", "· full-time
    staff": the internship, the leave covered, the hours, the agency, the contract; not the post."""
    assert _fields(
        "Centre de gestion de la fonction publique territoriale du Rhône (CDG 69)",
        "Assistante chargée de l'emploi territorial — stage de Master 1",
    )[0] == ("Assistante chargée de l'emploi territorial")
    lines = [
        "2012 (6 mois) | Centre communal d'action sociale (CCAS) de Pessac",
        "Agent administratif — remplacement d'un congé maternité",
        "Juriste stagiaire — stage de fin d'études | Janv. – juin 2016",
        "Fidal, Lyon",
        "1999-2003 : E.Leclerc (Hénin-Beaumont) - hôtesse de caisse, temps partiel",
        "HGV Driver (Class 1) - agency (2007 - 2010)",
        "Driver Hire, Swansea",
    ]
    assert _pairs(lines) == [
        ("Centre communal d'action sociale (CCAS) de Pessac", "Agent administratif"),
        ("Fidal", "Juriste stagiaire"),
        ("E.Leclerc", "hôtesse de caisse"),
        ("Driver Hire", "HGV Driver (Class 1)"),
    ]
    lines = [
        "Sound Technician | Bristol Beacon (formerly Colston Hall)",
        "Sept 2016 – Aug 2021 · full-time staff",
        "• FOH and monitors for visiting artists",
    ]
    assert _pairs(lines)[0][1] == "Sound Technician"


def test_a_production_and_its_director_are_a_credit():
    """ "Lighting Designer — The Weir, dir. Orla Keating" over "Abbey Theatre, Dublin": the play is neither the
    employer nor part of the title."""
    assert _pairs(["Lighting Designer — The Weir, dir. Orla Keating", "Abbey Theatre, Dublin · Feb 2024"]) == [
        ("Abbey Theatre", "Lighting Designer")
    ]
    assert _fields("Lighting Designer — Salt, directed by Ruairí Dunne", "Druid Theatre, Galway")[:2] == (
        "Lighting Designer",
        "Druid Theatre",
    )


def test_a_tables_column_heads_are_no_employer():
    lines = [
        "Period | Organisation | Role | Basis",
        "Jan 2023 – Present | Celtic Manor Resort, Newport | Interim Finance Director | 12-month contract",
        "2015 – May 2021 | Hafod Engineering Ltd, Bridgend | Finance Director | Permanent",
    ]
    assert _pairs(lines) == [
        ("Celtic Manor Resort", "Interim Finance Director"),
        ("Hafod Engineering Ltd", "Finance Director"),
    ]
    lines = [
        "Dates | Poste | Service / employeur",
        "2017 – 2025 | Chef de groupe, brigade anti-criminalité (BAC) de nuit | Commissariat de police de Créteil",
    ]
    assert _pairs(lines)[0][0] == "Commissariat de police de Créteil"


def test_a_unit_of_the_police_or_a_fire_service_after_the_title():
    """ "Gardien de la paix – Compagnie d'intervention (DOPC)" beside "Préfecture de police de Paris", "Chef de salle
    adjoint au CTA-CODIS – SDIS des Bouches-du-Rhône", "Police Constable, Emergency Response Team — Southwark": the
    unit the post is held in, written with the title; the body named beside it employs."""
    assert _fields("Gardien de la paix – Compagnie d'intervention (DOPC) | Préfecture de police de Paris")[:2] == (
        "Gardien de la paix – Compagnie d'intervention (DOPC)",
        "Préfecture de police de Paris",
    )
    assert _fields("Chef de salle adjoint au CTA-CODIS – SDIS des Bouches-du-Rhône (SDIS 13), Marseille") == (
        "Chef de salle adjoint au CTA-CODIS",
        "SDIS des Bouches-du-Rhône (SDIS 13)",
        "Marseille",
    )
    assert _fields("Police Constable, Emergency Response Team — Southwark")[0] == (
        "Police Constable, Emergency Response Team"
    )
    assert _fields("Fantassin – soldat de 1re classe | 3e Régiment d'infanterie de marine")[:2] == (
        "Fantassin – soldat de 1re classe",
        "3e Régiment d'infanterie de marine",
    )


def test_the_account_a_key_account_manager_holds_under_the_employers_head():
    lines = [
        "Britvic plc — Hemel Hempstead | Mar 2017 – Present",
        "Key Account Manager – Tesco | Sep 2019 – Present",
        "• Full P&L ownership for a £38m account.",
        "National Account Executive | Mar 2017 – Aug 2019",
        "• Managed Waitrose and Co-op wholesale.",
    ]
    assert _pairs(lines) == [
        ("Britvic plc", "Key Account Manager – Tesco"),
        ("Britvic plc", "National Account Executive"),
    ]


def test_a_units_desk_in_lower_case_under_the_employers_line():
    lines = [
        "06/2013 – 08/2015 Bordeaux Métropole",
        "Adjoint administratif — accueil du pôle territorial Ouest",
        "2012 (6 mois) | Centre communal d'action sociale (CCAS) de Pessac",
        "Agent administratif",
    ]
    assert _pairs(lines)[0] == ("Bordeaux Métropole", "Adjoint administratif – accueil du pôle territorial Ouest")


def test_a_town_wrapped_under_the_employers_cell_after_its_comma():
    lines = [
        "2016 – 2019 | Agent administratif (contrat APE) | CPAS de Namur",
        "2014 – 2016 | Secrétaire de direction (intérim) | Service public de Wallonie (SPW),",
        "Jambes",
    ]
    assert _pairs(lines)[1] == ("Service public de Wallonie (SPW)", "Secrétaire de direction")


def test_a_placement_year_before_the_title_is_its_terms():
    """ "Placement Year – Marketing Assistant" over "Diageo, Belfast": a British student's year in a firm, no
    employer."""
    assert _fields("Placement Year – Marketing Assistant", "Diageo, Belfast") == (
        "Marketing Assistant",
        "Diageo",
        "Belfast",
    )
    assert _fields("Industrial Placement", "Jaguar Land Rover, Coventry")[:2] == (
        "Industrial Placement",
        "Jaguar Land Rover",
    )


def test_outdoor_and_staging_trades_are_titles_and_a_freelances_activities_no_employer():
    """ "Nageuse sauveteuse" beside "SNSM (Pléneuf-Val-André)", "Guide rafting", "Pisteur-secouriste", "Home stageuse
    indépendante", "Skipper indépendant" over "Convoyages et croisières": titles the vocabulary lacked (read as the
    employer, or dropped), and a self-employed's kind of work read as the employer."""
    from parsing import parse_resume

    text = (
        "Baptiste Renaud\nbaptiste.renaud@example.fr\n06 12 34 56 78\n\nEXPÉRIENCES\n"
        "Saison hiver 2022-2023 Pisteur-secouriste — Domaine skiable de Vars\n"
        "• Sécurisation des pistes\n"
        "Printemps-été 2019 à 2022 Guide rafting — AN Rafting (Saint-Clément-sur-Durance)\n"
        "2017 – 2018 | SNSM (Pléneuf-Val-André) | Nageuse sauveteuse\n"
        "• Poste de secours de la plage\n"
        "2015 – 2016 Home stageuse indépendante\n"
        "• Valorisation de biens à vendre\n"
    )
    jobs = [(item.get("name"), item.get("position")) for item in parse_resume(text.encode(), "cv.txt")["work"]]
    assert jobs == [
        ("Domaine skiable de Vars", "Pisteur-secouriste"),
        ("AN Rafting", "Guide rafting"),
        ("SNSM", "Nageuse sauveteuse"),
        (None, "Home stageuse indépendante"),
    ]
    assert _fields("Skipper indépendant", "Convoyages et croisières")[:2] == ("Skipper indépendant", "")

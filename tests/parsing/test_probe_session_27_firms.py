"""Faults read off the twenty-seventh session's probe CVs (law and notaries' firms, building and industry, young
applicants, French-speaking countries): employers' names cut at their commas, dashes, "et" or "&", wrapped onto the
next line or a table cell's next row, named after "au" or "à la", read as a temp's whole phrase, or taken for a title
or a town. Each test failed before its fix."""

from parsing import analyze
from parsing.document import Document, Line
from parsing.structure.experience import parse_experience


def _pairs(lines: list[str]) -> list[tuple[str | None, str | None]]:
    return [(item.get("name"), item.get("position")) for item in parse_experience(lines)]


def test_a_partnership_named_after_its_partners_keeps_their_names():
    """ "SCP Roques, Bénézech et Gaillard", "Office notarial Lecoq, Hamon & Marie": a French partnership of
    bailiffs or notaries lists its partners with a comma and an "et" or "&"; the town after them is no partner."""
    lines = [
        "2009 - 2015 Secrétaire juridique",
        "SCP Roques, Bénézech et Gaillard, Toulouse",
        "• Significations, procès-verbaux, recouvrement",
        "Notaire stagiaire | Depuis octobre 2023",
        "Office notarial Lecoq, Hamon & Marie | Caen",
        "• Rédaction d'actes de vente",
        "Avocat | 2003 – 2009",
        "Cabinet Martin, Dupont et Associés, Lyon",
    ]
    assert _pairs(lines) == [
        ("SCP Roques, Bénézech et Gaillard", "Secrétaire juridique"),
        ("Office notarial Lecoq, Hamon & Marie", "Notaire stagiaire"),
        ("Cabinet Martin, Dupont et Associés", "Avocat"),
    ]
    # (the towns after a firm's comma are no partners)
    assert parse_experience(["Juriste | 2015 – 2018", "Cabinet Durand, Lyon et Paris"])[0]["name"] == "Cabinet Durand"


def test_a_partnerships_partners_parted_by_a_dash():
    """ "SCP Gaudin – Moreau, Angers": the dash parts two partners' names, the town follows the comma."""
    items = parse_experience(["Avocate collaboratrice — SCP Gaudin – Moreau, Angers | 2007/2012"])
    assert (items[0]["name"], items[0]["position"]) == ("SCP Gaudin – Moreau", "Avocate collaboratrice")
    assert items[0]["location"] == "Angers"


def test_a_law_firm_named_after_its_partners_in_capitals():
    lines = [
        "SKADDEN, ARPS, SLATE, MEAGHER & FLOM LLP – Paris | 2015 – 2018",
        "Associate",
        "• International arbitration (ICC, ICSID) and cross-border litigation",
    ]
    assert _pairs(lines) == [("SKADDEN, ARPS, SLATE, MEAGHER & FLOM LLP", "Associate")]


def test_a_temps_agency_named_after_the_word_interim_is_the_employer():
    """ "Intérim Randstad, mission chez Saint-Gobain Sekurit", "Intérim (Adecco, Crit)": the agency that hires the
    temp, as in "Manpower (mission chez Airbus)", not the whole phrase nor nothing."""
    lines = [
        "Sept. 2019 – Mai 2021 : Opérateur de production – Intérim Randstad, mission chez Saint-Gobain Sekurit "
        "(Thourotte)",
        "Chargement de fours, contrôle visuel des vitrages",
        "TUYAUTEUR – Intérim Manpower, mission chez Endel (arrêt technique raffinerie de La Mède) – 2017",
    ]
    assert _pairs(lines) == [("Randstad", "Opérateur de production"), ("Manpower", "TUYAUTEUR")]
    lines = [
        "Cegelec Nord Tertiaire",
        "Électricien · 2010 – 2014",
        "Intérim (Adecco, Crit)",
        "Aide-électricien · 2007 – 2010",
    ]
    items = parse_experience(lines, [True, False, True, False])
    assert [(item.get("name"), item.get("position")) for item in items] == [
        ("Cegelec Nord Tertiaire", "Électricien"),
        ("Adecco, Crit", "Aide-électricien"),
    ]


def test_the_town_the_section_writes_over_each_employer_and_title():
    """ "Thouars – 2019" over "Charpente Boisseau – Charpentier", as "Lyon – 2018" and "Toulouse – 2017 à 2018"
    over theirs: a town the gazetteer does not know is the job's place too, not its employer."""
    lines = [
        "Thouars – 2019",
        "Charpente Boisseau – Charpentier",
        "Lyon – 2018",
        "Charpentes Duhamel – Charpentier",
        "Toulouse – 2017 à 2018",
        "Fabre Charpente – Aspirant charpentier",
    ]
    items = parse_experience(lines)
    assert [(item.get("name"), item.get("position"), item.get("location")) for item in items] == [
        ("Charpente Boisseau", "Charpentier", "Thouars"),
        ("Charpentes Duhamel", "Charpentier", "Lyon"),
        ("Fabre Charpente", "Aspirant charpentier", "Toulouse"),
    ]


def test_an_employer_over_its_title_as_the_sections_other_jobs_write_it():
    """ "Géofit Expert – Nantes" over "Stage ingénieur (TFE)": the firm's name holds a title's word ("Expert"),
    but the section writes every employer's line over its title."""
    lines = [
        "Cabinet Lebrun & Associés – Le Mans | oct. 2022 – aujourd'hui",
        "Géomètre-expert stagiaire",
        "• Bornages, divisions parcellaires",
        "Cabinet Lebrun & Associés – Le Mans | sept. 2019 – sept. 2022",
        "Technicien géomètre",
        "Géofit Expert – Nantes | févr. 2019 – juin 2019",
        "Stage ingénieur (TFE)",
        "Travail de fin d'études : auscultation de barrages",
    ]
    assert _pairs(lines)[2] == ("Géofit Expert", "Stage ingénieur (TFE)")


def test_the_employer_named_after_au_or_a_la_in_the_title_line():
    lines = [
        "Chef de projet génie civil | 2017 – présent",
        "Cosider Construction",
        "• Réalisation de 1 200 logements",
        "De 2013 à 2017 : Ingénieur d'études au BET Benhamouda (Constantine)",
        "• Calcul de structures en béton armé",
        "Juin-Août 2014 : Stagiaire à la BCEAO (Direction Nationale), analyse de la centrale des risques",
        "2010 – 2012 : Conseiller à la Clientèle",
    ]
    pairs = _pairs(lines)
    assert pairs[1:3] == [("BET Benhamouda", "Ingénieur d'études"), ("BCEAO", "Stagiaire")]
    assert pairs[3][1] == "Conseiller à la Clientèle"


def test_a_foreign_companys_branch_and_a_health_networks_hospital_are_part_of_the_name():
    lines = [
        "State Street Bank International GmbH, Luxembourg Branch | 2018 – présent",
        "Fund Accountant Senior",
        "2018 à aujourd'hui | Infirmière clinicienne",
        "CIUSSS de l'Estrie – CHUS",
    ]
    assert _pairs(lines) == [
        ("State Street Bank International GmbH, Luxembourg Branch", "Fund Accountant Senior"),
        ("CIUSSS de l'Estrie – CHUS", "Infirmière clinicienne"),
    ]


def test_a_name_wrapped_after_its_connector_behind_a_comma_and_a_status():
    """ "…, emploi étudiant, Agence du revenu du" over "Canada": the name's end; the title keeps its status."""
    lines = [
        "Commis aux services administratifs (CR-04), emploi étudiant, Agence du revenu du",
        "Canada",
        "étés 2012 et 2013",
        "• Centre fiscal de Shawinigan : tri et saisie des déclarations T1",
    ]
    assert _pairs(lines) == [
        ("Agence du revenu du Canada", "Commis aux services administratifs (CR-04), emploi étudiant")
    ]


def test_a_commemorated_date_in_a_hospitals_name_is_no_job_date():
    lines = [
        "depuis 2021 – Pharmacienne assistante",
        "Pharmacie Centrale El Amel",
        "2017-2018 – Pharmacienne interne",
        "EHU Oran 1er Novembre 1954",
        "• Pharmacie hospitalière : préparation des chimiothérapies",
    ]
    assert _pairs(lines) == [
        ("Pharmacie Centrale El Amel", "Pharmacienne assistante"),
        ("EHU Oran 1er Novembre 1954", "Pharmacienne interne"),
    ]


def _analyzed_work(
    rows: list[tuple[str, float, float, bool]], leads: dict[int, str] | None = None
) -> list[tuple[str | None, str | None]]:
    """The work read from a PDF's lines under a heading (``leads``: the bold run a row opens with, by its index)."""
    lines = [
        Line("Camille Martin", x0=50, top=40, bold=True, size=18.0),
        Line("camille.martin@example.fr", x0=50, top=62, size=9.0),
        Line("EXPÉRIENCE PROFESSIONNELLE", x0=50, top=90, bold=True, size=12.0),
        *(
            Line(text, x0=x0, top=top, bold=bold, size=9.0, lead=(leads or {}).get(n, ""))
            for n, (text, x0, top, bold) in enumerate(rows)
        ),
    ]
    result = analyze(Document(lines=lines, format="pdf", body_size=9.0))
    return [(item.get("name"), item.get("position")) for item in result["work"]]


def test_a_table_rows_cells_wrapped_with_its_description():
    """A table of jobs whose description column wraps: "Chef de chantier" over "VRD", "Eurovia Poitou-Charentes"
    over "Limousin" end their cells; the heading row "Période | Entreprise | Poste | Principales réalisations" is no
    job."""
    rows = [
        ("Période", 54, 144.0, True),
        ("Entreprise", 128, 144.0, True),
        ("Poste", 246, 144.0, True),
        ("Principales réalisations", 340, 144.0, True),
        ("depuis 2015", 54, 161.2, False),
        ("Colas Centre-Ouest", 128, 161.2, False),
        ("Chef de chantier", 246, 161.2, False),
        ("Lotissements, ZAC, aménagements de", 340, 161.2, False),
        ("VRD", 246, 172.5, False),
        ("centres-bourgs ; équipes de 4 à 10 personnes ;", 340, 172.5, False),
        ("2009 – 2015", 54, 201.0, False),
        ("Eurovia Poitou-Charentes", 128, 201.0, False),
        ("Chef d'équipe VRD", 246, 201.0, False),
        ("Réseaux EU/EP, bordures, enrobés, reprises de", 340, 201.0, False),
        ("Limousin", 128, 212.2, False),
        ("chaussées", 340, 212.2, False),
    ]
    assert _analyzed_work(rows) == [
        ("Colas Centre-Ouest", "Chef de chantier VRD"),
        ("Eurovia Poitou-Charentes Limousin", "Chef d'équipe VRD"),
    ]


def test_an_employers_name_wrapped_to_the_next_line():
    """ "… – Eiffage Construction" over "Centre-Val de Loire (Orléans)": a regional company's region; "… —
    Normandie" over "Logistique Services, Le Havre": a name of business words a region opens; "… · Emmaüs" over
    "Connect": the name's last word in the type of the name's line."""
    rows = [
        ("Septembre 2023 – en cours : Apprenti assistant conducteur de travaux – Eiffage Construction", 51, 150, False),
        ("Centre-Val de Loire (Orléans)", 51, 162.5, False),
        ("• Suivi de chantier d'une résidence de 48 logements", 53, 175, False),
        ("Alternant assistant logistique — Normandie | Sept. 2022 – Août 2023", 51, 200, True),
        ("Logistique Services, Le Havre", 51, 211.7, False),
        ("• Gestion des litiges transporteurs", 53, 223.6, False),
        ("Oct. 2021 – Mai 2022", 51, 250, True),
        ("Volontaire en service civique – médiatrice numérique · Emmaüs", 51, 262, True),
        ("Connect", 51, 273.7, False),
        ("• Ateliers d'initiation au numérique", 53, 285.4, False),
    ]
    # (the title alone in bold, "· Emmaüs" in the regular type its wrapped end is set in)
    assert _analyzed_work(rows, {7: "Volontaire en service civique – médiatrice numérique"}) == [
        ("Eiffage Construction Centre-Val de Loire", "Apprenti assistant conducteur de travaux"),
        ("Normandie Logistique Services", "Alternant assistant logistique"),
        ("Emmaüs Connect", "Volontaire en service civique – médiatrice numérique"),
    ]

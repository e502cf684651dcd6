"""Faults shown by realistic CVs written as real files in the fifteenth probing session (law firms, executives,
the armed forces and public service, retail, health, creative trades, Indian IT): each test holds one of them."""

from __future__ import annotations

from parsing import analyze
from parsing.document import Document, Line

from .files import bold_jobs as _bold_jobs
from .files import document_jobs as _document_jobs
from .files import text_schools as _schools


def test_words_in_lower_case_after_the_title_say_what_it_covers() -> None:
    # What follows the title's dash opens with a word in lower case, or names a sales region: no firm's name.
    text = """Paul Martin
paul@example.com
EXPÉRIENCES PROFESSIONNELLES
2021-06 – aujourd'hui
**Télévendeur – opération fournisseur d'énergie
Teleperformance – Lille
• Appels sortants, vente d'offres électricité et gaz
**2015 – 2021 | Directeur de magasin – hypermarché 8 500 m²
Carrefour – Brest
• 220 collaborateurs
**2010 – 2015 | Directeur des opérations commerciales – Région Ouest (45 points de vente)
Intermarché (Groupement Les Mousquetaires) – Rennes
• Animation de 45 adhérents
"""
    assert [job[:2] for job in _bold_jobs(text)] == [
        ("Teleperformance", "Télévendeur – opération fournisseur d'énergie"),
        ("Carrefour", "Directeur de magasin – hypermarché 8 500 m²"),
        ("Intermarché", "Directeur des opérations commerciales – Région Ouest (45 points de vente)"),
    ]


def test_what_the_title_covers_after_its_comma_stays_in_it_beside_the_employer() -> None:
    # "Rank, post" and "Title, business line" with the employer on the header's other part; a firm's name after the
    # comma, with only its town beside it, is still the employer.
    text = """Mark Jones
mark@example.com
CAREER HISTORY
**Mar 2019 – present | Senior Legal Counsel, Civil Aerospace
Rolls-Royce plc — Derby
• Lead lawyer for long-term service agreements
**Commercial Programme Director, Border Security — Home Office | 01/2023 – present
London
• Led the re-procurement of border technology
**Staff Sergeant, Troop Quartermaster — British Army | 2010 – 2015
• Stores accounting for a troop of 60
**Analyst, Goldman Sachs — London | 2008 – 2010
• Equity research
"""
    assert [job[:2] for job in _bold_jobs(text)] == [
        ("Rolls-Royce plc", "Senior Legal Counsel, Civil Aerospace"),
        ("Home Office", "Commercial Programme Director, Border Security"),
        ("British Army", "Staff Sergeant, Troop Quartermaster"),
        ("Goldman Sachs", "Analyst"),
    ]


def test_an_employer_line_above_the_titles_heads_each_desk_they_name() -> None:
    text = """Claire Dubois
claire@example.com
EXPÉRIENCE
**Société Générale — Paris La Défense
Directrice juridique adjointe — Global Markets | 2020 – présent
• Management d'une équipe de 12 juristes
Juriste senior — Marchés de capitaux | 2015 – 2020
**Cleary Gottlieb Steen & Hamilton LLP — Paris
Avocate collaboratrice | 2010 – 2015
• Émissions obligataires
"""
    assert _bold_jobs(text) == [
        ("Société Générale", "Directrice juridique adjointe – Global Markets", "2020", None),
        ("Société Générale", "Juriste senior – Marchés de capitaux", "2015", "2020"),
        ("Cleary Gottlieb Steen & Hamilton LLP", "Avocate collaboratrice", "2010", "2015"),
    ]


def test_executives_posts_named_with_their_scope_are_titles() -> None:
    text = """Anne Leroy
anne@example.com
EXPERIENCE
**ABB, Zurich
Group CEO
2019 – 2023
**DRH Groupe, Accor (Issy-les-Moulineaux)
2012 – 2019
**Air Liquide — Executive Vice President, People &
**Transformation
October 2008 – March 2012, Houston
• Hired 220 managers a year
**Sanofi, Paris
Country Manager France
2004 – 2008
"""
    assert [job[:2] for job in _bold_jobs(text)] == [
        ("ABB", "Group CEO"),
        ("Accor", "DRH Groupe"),
        ("Air Liquide", "Executive Vice President, People & Transformation"),
        ("Sanofi", "Country Manager France"),
    ]


def test_a_heading_wrapped_beside_its_dates_goes_on_under_them() -> None:
    # The employer's name cut after the title's dash goes on to its legal form (or "County Council") on the next
    # line; a wrapped remark in lower case goes before the dates, not after them.
    lines = [
        Line("Emma Clarke", top=40, size=19, bold=True, x0=45),
        Line("emma@example.com", top=60, size=9, x0=45),
        Line("Career", top=90, size=11, bold=True, x0=45),
        Line("Paralegal, Commercial Litigation — Browne", top=110, size=9.5, bold=True, x0=45),
        Line("August 2018 – April 2021", top=110, size=9.5, x0=300),
        Line("Jacobson LLP, Nottingham", top=122, size=9.5, x0=45),
        Line("• Prepared trial bundles", top=134, size=8.5, x0=55),
        Line("Legal Administrator — Nottinghamshire", top=154, size=9.5, bold=True, x0=45),
        Line("July 2016 – July 2018", top=154, size=9.5, x0=300),
        Line("County Council, Nottingham", top=166, size=9.5, x0=45),
        Line("• Filing", top=178, size=8.5, x0=55),
        Line(
            "Directeur adjoint de la sûreté, en charge de la protection des sites", top=198, size=9.5, bold=True, x0=45
        ),
        Line("Depuis 2020", top=198, size=9.5, x0=300),
        Line("portuaires et de la gestion de crise — CMA CGM", top=210, size=9.5, bold=True, x0=45),
        Line("Marseille", top=222, size=9.5, x0=45),
        Line("• Sûreté de 12 terminaux", top=234, size=8.5, x0=55),
    ]
    assert _document_jobs(lines) == [
        ("Browne Jacobson LLP", "Paralegal, Commercial Litigation", "2018-08", "2021-04"),
        ("Nottinghamshire County Council", "Legal Administrator", "2016-07", "2018-07"),
        (
            "CMA CGM",
            "Directeur adjoint de la sûreté, en charge de la protection des sites portuaires et de la gestion de crise",
            "2020",
            None,
        ),
    ]


def test_a_university_named_after_a_person_keeps_that_name() -> None:
    text = """Lucie Martin
lucie@example.com
FORMATION
Licence de Psychologie
Université Toulouse – Jean Jaurès, 2012 - 2015
Master Droit, Université Grenoble - Pierre Mendès France, 2015 - 2017
MSc Neuroscience, Charité – Universitätsmedizin Berlin, 2018 - 2020
"""
    schools = _schools(text)
    assert schools[:2] == [
        ("Université Toulouse – Jean Jaurès", "Licence"),
        ("Université Grenoble – Pierre Mendès France", "Master"),
    ]
    assert schools[2][0] is not None and schools[2][0].endswith("Universitätsmedizin Berlin")


def test_key_achievements_above_the_career_are_no_job_and_a_towns_compound_name_is_no_employer() -> None:
    text = """Delphine Faure
delphine@example.com
**PRINCIPALES RÉALISATIONS
• Redressement d'une filiale déficitaire : EBITDA de -7 M€ à +65 M€ (2016-2019)
• Introduction en bourse sur Euronext Paris en 2021
**PARCOURS PROFESSIONNEL
**CFO
Coface | Bois-Colombes | 10/2022 — aujourd'hui
• Clôture consolidée ramenée à J+12
**Air Liquide | Paris | 2009 — 2022
Directrice Financière Groupe (07/2016 — 08/2022)
• Relations investisseurs
**2005 à 2009 | BIOMÉRIEUX – Marcy-l'Étoile
Responsable du contrôle de gestion
• Usines
"""
    assert _bold_jobs(text) == [
        ("Coface", "CFO", "2022-10", None),
        ("Air Liquide", "Directrice Financière Groupe", "2016-07", "2022-08"),
        ("BIOMÉRIEUX", "Responsable du contrôle de gestion", "2005", "2009"),
    ]


def test_a_freelances_clients_and_ways_of_working_are_no_employer() -> None:
    # Working freelance names no employer (as "Freelance" alone does): not the client list, nor "Lyon / remote",
    # nor the title read whole with its "freelance".
    text = """Léa Moreau
lea@example.com
EXPÉRIENCES
**2023 – présent
Independent Creative Director (Freelance)
Clients include Glossier, Mailchimp, Oatly US, The Met
• Brand platforms
**09.2021 → 12.2022 | Motion designer freelance
Indépendant — Lyon / remote
• Génériques et habillages TV
"""
    assert _bold_jobs(text) == [
        (None, "Independent Creative Director (Freelance)", "2023", None),
        (None, "Motion designer freelance", "2021-09", "2022-12"),
    ]
    text = """Léa Moreau
lea@example.com
EXPÉRIENCES
**AUTO-ENTREPRENEUR | Architecte d'intérieur
Mars 2016 – août 2021 — Bordeaux
• Rénovations d'appartements
**AGENCE JOUIN MANKU | Paris
Chef de projet — 2012 – 2016
"""
    assert _bold_jobs(text) == [
        (None, "Architecte d'intérieur", "2016-03", "2021-08"),
        ("AGENCE JOUIN MANKU", "Chef de projet", "2012", "2016"),
    ]


def test_degrees_of_lawyers_architects_designers_and_doctors_are_read() -> None:
    from parsing.structure.education import find_degree

    read = {
        "J.D., Harvard Law School": "master",
        "Juris Doctor (J.D.)": "master",
        "DJCE – Université de Montpellier": "master",
        "Solicitors Qualifying Examination (SQE1 and SQE2)": "master",
        "Erstes Staatsexamen (Rechtswissenschaften)": "master",
        "MArch Architecture (ARB/RIBA Part 2)": "master",
        "DFASM – Faculté de médecine de Lyon": "master",
        "DSAA Design graphique": "maitrise",
        "GDL, BPP University": "pgdiploma",
        "CAS en soins palliatifs": "pgdiploma",
        "BNS (Hons) General Nursing": "licence",
    }
    for text, key in read.items():
        degree = find_degree(text)
        assert degree is not None and degree.key == key, text
    for text in ("March 2019", "Bar staff, J.D. Wetherspoon", "en cas de besoin", "Jane Doe, J.D. Power"):
        assert find_degree(text) is None, text


def test_executive_education_is_education() -> None:
    # (a guard: a heading style the French achievements' heading made known must not turn it into work)
    text = """Marc Petit
marc@example.com
**RÉALISATIONS CLÉS
• Réduction des coûts d'achat de 12 % (2015-2018)
**EXPÉRIENCE
**Schneider Electric | Rueil-Malmaison | 2012 — 2020
Directeur des achats
**FORMATION INITIALE
**IAE de Paris — Master 2 Gestion des Ressources Humaines | 1998
**EXECUTIVE EDUCATION
**INSEAD — Advanced Management Programme (AMP) | 2011
"""
    lines = [
        Line(raw[2:], bold=True) if raw.startswith("**") else Line(raw) for raw in text.splitlines() if raw.strip()
    ]
    result = analyze(Document(lines=lines, format="text"))
    assert [w.get("name") for w in result["work"]] == ["Schneider Electric"]
    assert [e.get("institution") for e in result["education"]] == ["IAE de Paris", "INSEAD"]


def test_a_care_group_and_its_site_are_the_employer_together() -> None:
    text = """Claire Morel
claire@example.com
EXPÉRIENCE
**AP-HP – Hôpital Pitié-Salpêtrière
Infirmière diplômée d'État | 2018 – présent
• Réanimation médicale
**Korian – EHPAD Le Parc de Diane — Versailles
Aide-soignante | 2015 – 2018
**HSE – University Hospital Galway, Galway
Clinical Nurse Manager 2, Emergency Department | March 2012 – June 2015
**CHU de Liège – Sart Tilman
Infirmière | 2010 – 2012
**emeis – Résidence Les Magnolias, Créteil
Aide-soignante | 2008 – 2010
"""
    assert [job[:2] for job in _bold_jobs(text)] == [
        ("AP-HP – Hôpital Pitié-Salpêtrière", "Infirmière diplômée d'État"),
        ("Korian – EHPAD Le Parc de Diane", "Aide-soignante"),
        ("HSE – University Hospital Galway", "Clinical Nurse Manager 2, Emergency Department"),
        ("CHU de Liège", "Infirmière"),  # (a campus's name, no hospital's: the group alone)
        ("emeis – Résidence Les Magnolias", "Aide-soignante"),  # (a group's name in lower case, as it writes it)
    ]


def test_a_trusts_name_wrapped_beside_its_dates_keeps_its_last_word() -> None:
    lines = [
        Line("Amir Khan", top=40, size=19, bold=True, x0=45),
        Line("amir@example.com", top=60, size=9, x0=45),
        Line("Experience", top=90, size=11, bold=True, x0=45),
        Line(
            "Foundation Year 2 Doctor — Bradford Teaching Hospitals NHS Foundation", top=110, size=9.5, bold=True, x0=45
        ),
        Line("Aug 2022 – Jul 2023", top=110, size=9.5, x0=400),
        Line("Trust", top=122, size=9.5, x0=45),
        Line("• Rotations: Emergency Medicine, General Practice", top=134, size=8.5, x0=55),
    ]
    assert _document_jobs(lines) == [
        ("Bradford Teaching Hospitals NHS Foundation Trust", "Foundation Year 2 Doctor", "2022-08", "2023-07")
    ]


def test_a_shop_in_a_mall_and_a_head_office_town_are_places() -> None:
    text = """Océane Marchand
oceane@example.com
Expériences professionnelles
SEPHORA – Nice Cap 3000 (sept. 2021 – en cours)
Conseillère de vente
• Conseil maquillage et parfums
MONOPRIX – Nice (juin 2019 – août 2021)
Hôtesse de caisse
"""
    assert [job[:2] for job in _bold_jobs(text)] == [
        ("SEPHORA", "Conseillère de vente"),
        ("MONOPRIX", "Hôtesse de caisse"),
    ]
    text = """Paul Grant
paul@example.com
CAREER HISTORY
**Capgemini Deutschland GmbH — COO
May 2019 to June 2023, Berlin
• Operations
**Michelin
2011 to 2019, Greenville
**VP Operations Europe — October 2015 to May 2019
• Plants
**Supply Chain Director — April 2011 to August 2015
• Supply chain
"""
    assert _bold_jobs(text) == [
        ("Capgemini Deutschland GmbH", "COO", "2019-05", "2023-06"),
        ("Michelin", "VP Operations Europe", "2015-10", "2019-05"),
        ("Michelin", "Supply Chain Director", "2011-04", "2015-08"),
    ]


def test_a_language_written_in_itself_is_read() -> None:
    text = """Marco Rossi
marco@example.com
LANGUES
English – fluent – Italiano – B1 – Español – nativo
"""
    lines = [Line(raw) for raw in text.splitlines() if raw.strip()]
    result = analyze(Document(lines=lines, format="text"))
    assert [entry["language"] for entry in result["languages"]] == ["English", "Italiano", "Español"]


def test_a_deed_closed_by_its_years_and_a_lawyers_admissions_are_no_jobs() -> None:
    text = """Anne Leroy
anne@example.com
EXPÉRIENCE
**Directrice financière — Coface | 2019 – présent
• Redressement d'une filiale déficitaire : EBITDA de -6 M€ à +12 M€ (2016-2019)
• Détachement de 12 mois au bureau de New York (2012 – 2013)
• Officier de police judiciaire depuis 2016
**Contrôleuse de gestion — Danone | 2010 – 2019
• Budget et reporting
**Job étudiant
• Serveuse – Le Zinc (2008 – 2009)
**ADMISSIONS
Solicitor, England & Wales (admitted 2018)
Avocat au Barreau de Paris depuis 2015
"""
    assert [job[:2] for job in _bold_jobs(text)] == [
        ("Coface", "Directrice financière"),
        ("Danone", "Contrôleuse de gestion"),
        ("Le Zinc", "Serveuse"),
    ]


def test_review_guards_of_the_fifteenth_session() -> None:
    # Firms whose names hold an area's or a compass's word stay employers; a client beside a firm is no wrapped
    # name; "DAF" and "JD" open firms' and people's names; a town beside a title and a firm is no employer.
    text = """Emma Jones
emma@example.com
EXPERIENCE
**Unilever — London
Brand Manager — Personal Care | 2019 – present
Account Executive — Brandwise Marketing | 2015 – 2019
"""
    assert [job[:2] for job in _bold_jobs(text)] == [
        ("Unilever", "Brand Manager – Personal Care"),
        ("Brandwise Marketing", "Account Executive"),
    ]
    text = """Pieter Jansen
pieter@example.com
EXPERIENCE
**Service Technician
DAF Trucks, Eindhoven
2012 – 2015
**Vendeur, Maisons du Monde
Montrouge
2010 – 2012
"""
    assert [job[:2] for job in _bold_jobs(text)] == [
        ("DAF Trucks", "Service Technician"),
        ("Maisons du Monde", "Vendeur"),
    ]
    text = """Alex Morgan
alex@example.com
EXPERIENCE
**Analyst – Capital One
Nottingham Trent
2016 – 2019
**Customer Adviser – Eastern Airways
Dyce
2014 – 2016
"""
    assert [job[:2] for job in _bold_jobs(text)] == [
        ("Capital One", "Analyst"),
        ("Eastern Airways", "Customer Adviser"),
    ]
    text = """Ravi Kumar
ravi@example.com
**MY JOURNEY
JD Edwards Consultant, Infosys | 2016 – 2019
JD Edwards Lead, Wipro | 2019 – 2023
"""
    assert [job[:2] for job in _bold_jobs(text)] == [
        ("Infosys", "JD Edwards Consultant"),
        ("Wipro", "JD Edwards Lead"),
    ]
    lines = [
        Line("Tom Hale", top=40, size=19, bold=True, x0=45),
        Line("tom@example.com", top=60, size=9, x0=45),
        Line("Experience", top=90, size=11, bold=True, x0=45),
        Line("Consultant — BNP Paribas", top=110, size=9.5, bold=True, x0=45),
        Line("2019 – 2022", top=110, size=9.5, x0=400),
        Line("Sopra Steria Group SA", top=122, size=9.5, x0=45),
        Line("• Payments migration", top=134, size=8.5, x0=55),
    ]
    # (the consultancy over its client, not one name joined across the lines)
    assert _document_jobs(lines) == [("Sopra Steria Group SA", "Consultant – BNP Paribas", "2019", "2022")]

"""Faults shown by realistic CVs written as real files in the twenty-second probing session (veterans, Portuguese
and Brazilian applicants, veterinary and animal care, logistics managers, culture and events, seafarers, home care,
and the second batch's themes): each test holds one of them."""

from __future__ import annotations

from parsing import analyze
from parsing.document import Document, Line

from .files import document_jobs
from .files import text_jobs as _jobs
from .files import text_schools as _schools


def _degrees(text: str) -> list[tuple[str | None, str | None, str | None]]:
    from parsing import parse_resume

    education = parse_resume(text.encode(), "cv.txt")["education"]
    return [(e.get("institution"), e.get("studyType"), e.get("area")) for e in education]


def test_summers_listed_as_years():
    """ "Étés 2021, 2022 et 2023": the summers of three years, one stretch from the first to the last (the last two
    read alone as a range left the first year out)."""
    text = (
        "Julie Martin\njulie@mail.fr\n\nEXPÉRIENCE\nAnimatrice – Centre de loisirs de Rezé\nÉtés 2021, 2022 et 2023\n"
        "Équipière – Bistrot du Port, Pornic\n2020\n"
    )
    assert _jobs(text)[0] == ("Centre de loisirs de Rezé", "Animatrice", "2021", "2023")


def test_when_in_the_week_is_no_employer():
    """ "Week-ends depuis 2023" dates a job; the words for the week-ends are not its employer, and households are
    a baby-sitter's."""
    text = "Julie Martin\njulie@mail.fr\n\nEXPÉRIENCE\nBaby-sitter – Particuliers, Nantes\nWeek-ends depuis 2023\n"
    assert _jobs(text) == [("Particuliers", "Baby-sitter", "2023", None)]


def test_private_households_employ_home_workers():
    """ "chez des particuliers", "Femme de ménage – Particuliers": private households are the employer; beside a
    bank, "– Particuliers" names the customers a post serves."""
    text = (
        "Awa Diallo\nawa@mail.fr\n\nEXPÉRIENCE\nGarde d'enfant chez particulier (2013/2016)\n"
        "Aide à domicile chez des particuliers – 2016 à 2018\n"
    )
    assert _jobs(text) == [
        ("Particulier", "Garde d'enfant", "2013", "2016"),
        ("Particuliers", "Aide à domicile", "2016", "2018"),
    ]
    text = (
        "Awa Diallo\nawa@mail.fr\n\nEXPÉRIENCE\nFemme de ménage – Particuliers\n2017 – 2019\n"
        "Conseillère clientèle – Particuliers\nBNP Paribas\n2015 – 2017\n"
    )
    assert _jobs(text) == [
        ("Particuliers", "Femme de ménage", "2017", "2019"),
        ("BNP Paribas", "Conseillère clientèle – Particuliers", "2015", "2017"),
    ]


def test_a_title_and_its_translation_after_a_slash():
    """ "Chef de train / Treinchef – SNCB": a Belgian's title in both languages, then the employer after the dash."""
    text = (
        "Marc Dubois\nmarc@mail.be\n\nEXPÉRIENCE\nChef de train / Treinchef – SNCB, Bruxelles\n2019 – 2021\n"
        "Infirmière / Verpleegkundige – CHU Brugmann\n2016 – 2019\n"
    )
    assert _jobs(text) == [
        ("SNCB", "Chef de train / Treinchef", "2019", "2021"),
        ("CHU Brugmann", "Infirmière / Verpleegkundige", "2016", "2019"),
    ]


def test_a_group_and_its_home_over_the_title():
    """ "DomusVi, Résidence Les Jardins de Talence" over "Gouvernante": a group and one of its homes, no title; the
    title is the next line."""
    text = (
        "Maria Ferreira\nmaria@mail.fr\n\nExpérience professionnelle\n2017 – aujourd'hui\n"
        "DomusVi, Résidence Les Jardins de Talence\nGouvernante\n• Encadrement de 8 agents hôteliers\n"
        "2009 – 2017\nHôtel Mercure Bordeaux Centre, Bordeaux\nGouvernante d'étage\n• Contrôle des chambres\n"
    )
    assert _jobs(text) == [
        ("DomusVi – Résidence Les Jardins de Talence", "Gouvernante", "2017", None),
        ("Hôtel Mercure Bordeaux Centre", "Gouvernante d'étage", "2009", "2017"),
    ]


def test_care_and_ship_titles_stand_on_their_own():
    """ "Agent hôtelier", "Second capitaine", "Engine Cadet": titles the field tagger does not know are kept."""
    text = (
        "Véronique Roux\nveronique@mail.fr\n\nExpérience professionnelle\n2018 – aujourd'hui\nGouvernante\n"
        "Korian, Champigny-sur-Marne\n2012 – 2018\nAgent hôtelier\nOrpea, Saint-Maur-des-Fossés\n"
        "2008 – 2012\nSecond capitaine\nCMA CGM, Marseille\n2005 – 2008\nEngine Cadet\nPolsteam, Szczecin\n"
    )
    assert [job[1] for job in _jobs(text)] == ["Gouvernante", "Agent hôtelier", "Second capitaine", "Engine Cadet"]


def test_portuguese_and_brazilian_degrees():
    """Portugal's integrated master, Brazil's bacharelado and technical course: the degree and its field, the
    school after the dash."""
    text = (
        "Ana Costa\nana@mail.pt\n\nFORMATION\nMestrado Integrado em Engenharia Civil – Universidade do Porto\n"
        "2010 – 2015\nBacharelado em Ciência da Computação – Universidade de São Paulo (USP)\n2006 – 2010\n"
        "Curso Técnico em Gastronomia — SENAC São Paulo\n2004\n"
    )
    assert _degrees(text) == [
        ("Universidade do Porto", "Mestrado Integrado", "Engenharia Civil"),
        ("Universidade de São Paulo (USP)", "Bacharelado", "Ciência da Computação"),
        ("SENAC São Paulo", "Curso Técnico", "Gastronomia"),
    ]


def test_portuguese_titles():
    """ "Auditora Júnior", "Analista Contábil", "Garçom": Portuguese titles are titles."""
    text = (
        "Ana Costa\nana@mail.pt\n\nEXPÉRIENCE\nAuditora Júnior – Deloitte, Lisboa\n2015 – 2018\n"
        "Analista Contábil – Ambev, São Paulo\n2013 – 2015\nGarçom – Copacabana Palace, Rio de Janeiro\n2011 – 2013\n"
    )
    assert _jobs(text) == [
        ("Deloitte", "Auditora Júnior", "2015", "2018"),
        ("Ambev", "Analista Contábil", "2013", "2015"),
        ("Copacabana Palace", "Garçom", "2011", "2013"),
    ]


def test_veterinary_and_agricultural_diplomas():
    """The veterinary surgeon's first degrees (BVetMed, DVM, MVB), the French specialist diplomas (DESV, CEAV) and
    the agricultural CAPa written with its small "a"."""
    text = (
        "Emily Hart\nemily@mail.uk\n\nEDUCATION\nBVetMed (Hons) – Royal Veterinary College, London\n2010\n"
        "CEAV Médecine interne des animaux de compagnie – ENVT, Toulouse\n2014\n"
        "CAPa Palefrenier soigneur – Lycée agricole de Chambray\n2005\n"
    )
    assert _schools(text) == [
        ("Royal Veterinary College", "BVetMed (Hons)"),
        ("ENVT", "CEAV"),
        ("Lycée agricole de Chambray", "CAPa"),
    ]


def test_a_rank_and_the_post_held_at_it():
    """ "Sergent-chef, chef de groupe – 3e RPIMa", "Caporal, tireur d'élite – 92e RI": a soldier's rank and post are
    one title, the regiment the employer."""
    text = (
        "Kevin Morel\nkevin@mail.fr\n\nEXPÉRIENCE PROFESSIONNELLE\n"
        "Sergent-chef, chef de groupe – 3e RPIMa, Carcassonne\n"
        "2012 – 2018\n• Commandement d'un groupe de 10 hommes\nCaporal, tireur d'élite – 92e RI\n2005 – 2009\n"
        "Major, chef de section formation – 6e Régiment du matériel\n2010 – 2012\n"
        "Sapper / Lance Corporal, Combat Engineer – Royal Engineers, 21 Engineer Regiment\n2001 – 2005\n"
    )
    assert _jobs(text) == [
        ("3e RPIMa", "Sergent-chef, chef de groupe", "2012", "2018"),
        ("92e RI", "Caporal, tireur d'élite", "2005", "2009"),
        ("6e Régiment du matériel", "Major, chef de section formation", "2010", "2012"),
        ("21 Engineer Regiment", "Sapper / Lance Corporal, Combat Engineer", "2001", "2005"),
    ]


def test_a_rank_before_a_firm_is_no_post():
    """ "Matelot, Compagnie Océane (Quiberon)": after the rank's comma, a firm's name is the employer."""
    text = (
        "Kevin Le Bihan\nkevin@mail.fr\n\nEXPÉRIENCES\nAvril 2019 – Avril 2021 : Matelot, Compagnie Océane (Quiberon)\n"
        "• Liaisons Quiberon – Belle-Île\n"
    )
    assert _jobs(text) == [("Compagnie Océane", "Matelot", "2019-04", "2021-04")]


def test_a_navy_and_its_ship_over_the_title():
    """ "MARINE NATIONALE – FRÉGATE MULTIMISSIONS NORMANDIE | 2019 – 2022" over the rank and post: the navy and its
    ship, the title on the next line."""
    text = (
        "Guillaume Le Bihan\nguillaume@mail.fr\n\nEXPÉRIENCE\nEDF RENOUVELABLES, Nantes | Depuis septembre 2022\n"
        "Chef de projet éolien en mer\nMARINE NATIONALE – FRÉGATE MULTIMISSIONS NORMANDIE | 2019 – 2022\n"
        "Capitaine de corvette, officier en second\nMARINE NATIONALE – BCR VAR | 2015 – 2019\n"
        "Lieutenant de vaisseau, chef du service opérations\n"
    )
    assert _jobs(text) == [
        ("EDF RENOUVELABLES", "Chef de projet éolien en mer", "2022-09", None),
        ("MARINE NATIONALE", "Capitaine de corvette, officier en second", "2019", "2022"),
        ("MARINE NATIONALE", "Lieutenant de vaisseau, chef du service opérations", "2015", "2019"),
    ]


def test_military_qualifications_are_degrees():
    """The army's technician certificates (BSTAT, CAT1), the navy's brevets, the initial training of NCOs and RNCP
    titles, listed among a veteran's diplomas."""
    text = (
        "Kevin Morel\nkevin@mail.fr\n\nFORMATION\nBSTAT Maintenance des matériels terrestres – École du matériel, "
        "Bourges\n2014\nCAT1 Chef de groupe infanterie\n2010\nBrevet supérieur Navigateur-timonier\n2008\n"
        "Titre RNCP Conducteur de travaux en bâtiment – AFPA Marseille\n2020\n"
    )
    assert [school[1] for school in _schools(text)] == ["BSTAT", "CAT1", "Brevet supérieur", "Titre RNCP"]


def test_animal_carers_titles():
    """ "Toiletteuse", "Palefrenier", "Agent animalier", "Cavalière soigneuse": the trades of animal care."""
    text = (
        "Léa Girard\nlea@mail.fr\n\nEXPÉRIENCE\nToiletteuse – Le Salon de Filou, Angers\n2019 – 2022\n"
        "Palefrenier – Club Hippique de Chantilly\n2016 – 2019\nAgent animalier – SPA de Marseille Provence\n"
        "2014 – 2016\nCavalière soigneuse – Écurie des Chaumes\n2012 – 2014\n"
    )
    assert [job[1] for job in _jobs(text)] == ["Toiletteuse", "Palefrenier", "Agent animalier", "Cavalière soigneuse"]


def test_schools_known_by_their_initials():
    """The veterinary nurses' school, the stage technicians' school and the librarians' school, named alone."""
    text = (
        "Léa Girard\nlea@mail.fr\n\nFORMATION\nTitre ASV – échelon 5\nGIPSA\n2018\nFormation Régisseur plateau\n"
        "CFPTS, Bagnolet\n2015\nDiplôme de bibliothécaire\nEnssib, Villeurbanne\n2012\n"
    )
    assert [school[0] for school in _schools(text)] == ["GIPSA", "CFPTS", "Enssib"]


def test_a_right_aligned_date_column_wrapped_before_the_year():
    """ "Depuis septembre" over "2020" in a date column aligned on the right (the lines start at different edges),
    and "05/2011 –" over "07/2011": each one range, the employers in their places."""
    rows = [
        Line("Inès Benali", top=37, x0=51, bold=True, size=26),
        Line("ines@mail.fr", top=101, x0=51, size=9),
        Line("EXPÉRIENCE", top=200, x0=57, bold=True, size=12.5),
        Line("Depuis septembre", top=224, x0=66, bold=True, size=8.5),
        Line("Médiatrice culturelle", top=224, x0=182, bold=True, size=9.3),
        Line("2020", top=235, x0=129, bold=True, size=8.5),
        Line("Musée du Louvre", top=236, x0=182, bold=True, size=9.3),
        Line("• Conception de visites", top=248, x0=192, size=9),
        Line("05/2011 –", top=282, x0=99, bold=True, size=8.5),
        Line("Nuits sonores (Arty Farty) – Lyon", top=282, x0=182, bold=True, size=9.3),
        Line("07/2011", top=293, x0=108, bold=True, size=8.5),
        Line("Stagiaire production", top=294, x0=182, size=9.3),
    ]
    assert document_jobs(rows, body_size=9.3) == [
        ("Musée du Louvre", "Médiatrice culturelle", "2020-09", None),
        ("Nuits sonores", "Stagiaire production", "2011-05", "2011-07"),
    ]


def test_a_date_column_cut_inside_en_cours():
    """ "juillet 2020 – en" beside the title, "cours" on the row below: the job goes on."""
    rows = [
        Line("Inès Faure", top=37, x0=50, bold=True, size=22),
        Line("ines@mail.fr", top=70, x0=50, size=9),
        Line("EXPÉRIENCE PROFESSIONNELLE", top=120, x0=57, bold=True, size=12),
        Line("juillet 2020 – en", top=140, x0=49.6, size=9),
        Line("Acheteuse Emballages et Pièces Logistiques", top=140, x0=153.7, bold=True, size=10),
        Line("cours", top=152, x0=49.6, size=9),
        Line("Renault Group — Guyancourt", top=152, x0=153.7, size=10),
        Line("septembre 2017 –", top=180, x0=49.6, size=9),
        Line("Acheteuse Projets", top=180, x0=153.7, bold=True, size=10),
        Line("juin 2020", top=192, x0=49.6, size=9),
        Line("Valeo — Cergy-Pontoise", top=192, x0=153.7, size=10),
    ]
    assert document_jobs(rows, body_size=10) == [
        ("Renault Group", "Acheteuse Emballages et Pièces Logistiques", "2020-07", None),
        ("Valeo", "Acheteuse Projets", "2017-09", "2020-06"),
    ]


def test_a_name_over_two_lines_beside_the_contact_column():
    """ "Hugo" and "MERCIER" in large type, aligned on the right, the headline and the phone between them in a column
    of their own."""
    lines = [
        Line("Hugo", top=54, x0=156, bold=True, size=20),
        Line("Chef de projet technique événementiel", top=55, x0=227, bold=True, size=12),
        Line("06 40 82 17 96 – hugo.mercier@gmail.com", top=70, x0=227, size=9.3),
        Line("MERCIER", top=76, x0=115, bold=True, size=20),
        Line("Lyon 8e", top=82, x0=227, size=9.3),
        Line("EXPÉRIENCE", top=172, x0=165, bold=True, size=11),
        Line("2019 – 2023 GL events – Lyon", top=196, x0=85, bold=True, size=9.3),
        Line("Chef de projet technique", top=208, x0=165, size=9.3),
    ]
    result = analyze(Document(lines=lines, format="pdf", body_size=9.3))
    assert result["basics"]["name"] == "Hugo MERCIER"


def test_no_job_from_a_school_name():
    """ "Sciences Po Rennes" under its degree: no employer of its own ("Sciences")."""
    text = (
        "Emma Laurent\nemma@mail.fr\n\nEXPÉRIENCE\n"
        "Chargée de communication – Les Vieilles Charrues, Carhaix\n2019 – 2022\n\nFORMATION\n"
        "Master Expertise culturelle | 2017 – 2019\nSciences Po Rennes\n"
    )
    assert [job[0] for job in _jobs(text)] == ["Les Vieilles Charrues"]


def test_the_shipowner_not_the_ship():
    """ "M/V Ampère (câblier) – Chef mécanicien" over "Armateur : Louis Dreyfus Armateurs": the ship is where the
    engineer served, the shipowner the employer."""
    text = (
        "Yann Le Gall\nyann@mail.fr\n\nEXPÉRIENCE EMBARQUÉE\n01/2023 - aujourd'hui\n"
        "M/V Ampère (câblier) – Chef mécanicien\nArmateur : Louis Dreyfus Armateurs\n03/2019 - 12/2022\n"
        "M/V Bourbon Explorer 505 (PSV) – Chef mécanicien\nArmateur : Bourbon Offshore\n"
    )
    assert _jobs(text) == [
        ("Louis Dreyfus Armateurs", "Chef mécanicien", "2023-01", None),
        ("Bourbon Offshore", "Chef mécanicien", "2019-03", "2022-12"),
    ]


def test_a_port_town_is_no_employer():
    """ "Crewing Assistant, Columbia Shipmanagement" over "… · Limassol": the port town is where, not who."""
    text = (
        "Leila Benhamou\nleila@mail.fr\n\nWork Experience\nCrewing Assistant, Columbia Shipmanagement\n"
        "03/2014 – 04/2016 · Limassol\n"
    )
    assert [(job[0], job[1]) for job in _jobs(text)] == [("Columbia Shipmanagement", "Crewing Assistant")]


def test_a_student_job_remark_inside_the_title():
    """ "Équipière polyvalente (job étudiant) chez McDonald's (Lyon)": a remark in brackets is no sentence."""
    text = (
        "Manon Leroy\nmanon@mail.fr\n\nEXPÉRIENCE PROFESSIONNELLE\n"
        "06/2016 – 03/2019 : Équipière polyvalente (job étudiant) chez McDonald's (Lyon)\n"
    )
    assert [(job[0], job[2], job[3]) for job in _jobs(text)] == [("McDonald's", "2016-06", "2019-03")]


def test_a_current_job_dated_by_its_length():
    """ "depuis 2 ans" under the title: a current job whose start is not written; Portugal's twelfth year of school
    under "MES DIPLOMES"."""
    text = (
        "Josiane Payet\njosiane@mail.fr\n\nMON EXPERIENCE\nCCAS DE VAULX-EN-VELIN\naide a domicile\ndepuis 2 ans\n"
        "LEADER PRICE\ncaissière\n2008 à 2012\n\nMES DIPLOMES\n1985\n12º ANO\n"
        "ESCOLA SECUNDÁRIA DE VIANA DO CASTELO\n"
    )
    assert _jobs(text) == [
        ("CCAS DE VAULX-EN-VELIN", "aide a domicile", None, None),
        ("LEADER PRICE", "caissière", "2008", "2012"),
    ]
    assert _schools(text) == [("ESCOLA SECUNDÁRIA DE VIANA DO CASTELO", "12º ANO")]


def test_home_care_diplomas():
    """Senegal's BFEM, the state diploma of home-care assistants (DEAVS)."""
    text = "Awa Diallo\nawa@mail.fr\n\nFORMATION\nDEAVS obtenu par VAE – GRETA Lyon\n2015\nBFEM – CEM de Pikine\n2004\n"
    assert [school[1] for school in _schools(text)] == ["DEAVS", "BFEM"]


def test_a_shop_chain_over_its_town_after_the_title():
    """ "Responsable Supply Chain" over "Boulanger — Lesquin": the chain, then its town; not a second title."""
    text = (
        "Vincent Chevalier\nvincent@mail.fr\n\nEXPÉRIENCE PROFESSIONNELLE\nDepuis 2019\n"
        "Directeur Supply Chain Europe du Sud\nDecathlon — Villeneuve-d'Ascq\nDe 2015 à 2019\n"
        "Responsable Supply Chain\nBoulanger — Lesquin\n"
    )
    assert [(job[0], job[1]) for job in _jobs(text)] == [
        ("Decathlon", "Directeur Supply Chain Europe du Sud"),
        ("Boulanger", "Responsable Supply Chain"),
    ]


def test_titles_under_the_dates_of_an_employer_first_section():
    """ "Royal Navy – HMS Queen Elizabeth" / "2016 – 2021" / "Able Seaman": a section that writes each employer
    before its dates and the title under them; the title line is its own job's, not the next employer's."""
    text = (
        "Camille Dubois\ncamille@mail.uk\n\nWORK EXPERIENCE\nRoyal Navy – HMS Queen Elizabeth\n2016 – 2021\n"
        "Able Seaman\nBritish Army – Royal Logistic Corps\n2012 – 2016\nDriver\n"
    )
    assert [(job[0], job[1]) for job in _jobs(text)] == [("Royal Navy", "Able Seaman"), ("British Army", "Driver")]


def test_aircraft_maintenance_lines_are_no_employers():
    """ "– FAL A350", "– Line Maintenance" after a title, the firm on the next line: what the post covers."""
    text = (
        "Julie Morel\njulie@mail.fr\n\nEXPÉRIENCE\nTechnicienne essais avionique – FAL A350\nAirbus, Toulouse\n"
        "2019 – 2023\nB1 Certifying Technician – Line Maintenance\nKLM Engineering & Maintenance, Amsterdam\n"
        "2015 – 2019\n"
    )
    assert [(job[0], job[1]) for job in _jobs(text)] == [
        ("Airbus", "Technicienne essais avionique – FAL A350"),
        ("KLM Engineering & Maintenance", "B1 Certifying Technician – Line Maintenance"),
    ]


def test_a_bare_organisation_word_is_the_lesser_employer():
    """ "Praticien hospitalier – Pharmacie" over "CHU de Toulouse – PUI", "Étudiant en pharmacie – vendeur" over
    "Pharmacie Saint-Cyprien": the named organisation is the employer."""
    text = (
        "Paul Girard\npaul@mail.fr\n\nEXPÉRIENCE\nPraticien hospitalier – Pharmacie\nCHU de Toulouse – PUI\n"
        "2018 – 2023\nÉtudiant en pharmacie – vendeur (week-ends)\nPharmacie Saint-Cyprien, Toulouse\n2012 – 2016\n"
        "Rayonniste – Pharmacie Lafayette, Montpellier\n2010 – 2012\n"
    )
    jobs = _jobs(text)
    assert [job[0] for job in jobs] == ["CHU de Toulouse", "Pharmacie Saint-Cyprien", "Pharmacie Lafayette"]
    assert jobs[2][1] == "Rayonniste"


def test_pharmacy_doctorates():
    text = "Paul Girard\npaul@mail.fr\n\nEDUCATION\nDoctor of Pharmacy (PharmD) – University of Geneva\n2016\n"
    assert _schools(text) == [("University of Geneva", "Doctor of Pharmacy")]


def test_dutch_and_nordic_words_for_today():
    """ "2019 – nu", "2017 – nå", "januar 2018 – d.d.", "pågående": the job goes on."""
    text = (
        "Sofie Jansen\nsofie@mail.nl\n\nWORK EXPERIENCE\nProduct Designer – Spotify, Stockholm\nmars 2019 – nu\n"
        "Process Engineer – Equinor, Stavanger\n2017 – nå\nSupply Chain Planner – Maersk, København\n"
        "januar 2014 – d.d.\n"
    )
    assert [(job[2], job[3]) for job in _jobs(text)] == [("2019-03", None), ("2017", None), ("2014-01", None)]


def test_a_form_label_over_its_value():
    """ "Nom :" over "MARCHAL", "Prénom :" over "Daniel": an old-fashioned civil status block in a table."""
    text = "CURRICULUM VITAE\nETAT CIVIL\nNom :\nMARCHAL\nPrénom :\nDaniel\nE-mail :\ndaniel@mail.fr\n"
    from .files import text_name

    assert text_name(text) == "Daniel MARCHAL"


def test_the_red_cross_delegates_and_humanitarian_places():
    """ "ICRC, Juba, South Sudan" over "Detention Delegate": the town is no employer, the delegate is a title."""
    text = (
        "Elena Rossi\nelena@mail.it\n\nWORK HISTORY\nICRC, Maiduguri, Nigeria\n04.2022 – present\n"
        "Protection Delegate\nICRC, Juba, South Sudan\n01.2021 – 03.2022\nDetention Delegate\n"
    )
    assert [(job[0], job[1]) for job in _jobs(text)] == [
        ("ICRC", "Protection Delegate"),
        ("ICRC", "Detention Delegate"),
    ]


def test_first_review_guards():
    """What the first review's snapshot read wrong: a rank before the employer ("Captain, Cathay Pacific"), a firm
    after a title's slash, a surname that is also a trade, a firm named "Operador …", a firm named like a month over
    a one-year job, a name that is also a place, an "EM" business school after a degree."""
    text = (
        "Marie Cadet\nmarie@mail.fr\n\nWORK EXPERIENCE\nCaptain, Cathay Pacific\n2015 – 2022\n"
        "Ingénieur qualité / Renault – Direction des achats\n2012 – 2015\n"
    )
    from .files import text_name

    assert text_name(text) == "Marie Cadet"
    assert [job[0] for job in _jobs(text)] == ["Cathay Pacific", "Renault"]
    text = (
        "Rafael Lima\nrafael@mail.br\n\nEXPÉRIENCE\nAnalista de mercado – Operador del Mercado Ibérico de Energía "
        "(OMIE)\n2016 – 2021\n"
    )
    assert _jobs(text)[0][0] == "Operador del Mercado Ibérico de Energía (OMIE)"
    text = (
        "Julie Martin\njulie@mail.fr\n\nEXPÉRIENCE\nChef de produit – Mars\n2019 (6 mois)\n"
        "Assistante marketing – Nestlé\n2017 – 2018\n"
    )
    assert [job[0] for job in _jobs(text)][-1] == "Nestlé"
    assert _jobs(text)[-1][2:] == ("2017", "2018")
    assert text_name("Israel MARTINEZ\nisrael@mail.fr\n\nEXPÉRIENCE\nComptable – KPMG\n2015 – 2018\n") == (
        "Israel MARTINEZ"
    )
    assert _degrees("Léa Roux\nlea@mail.fr\n\nFORMATION\nMaster EM Normandie, Le Havre\n2018 – 2020\n")[0][2] is None


def test_second_review_guards():
    """What the second review's snapshot read wrong: a Haitian surname that is a cadet's title, a firm opening with
    "Nu", a firm named like a month over a one-year job, a tenure over its posts, a job with no title in a section
    that writes titles under the dates, a rank before a firm in lower case, a town after a bare organisation word."""
    from .files import text_name

    assert text_name("Wisly Cadet\nwisly@mail.fr\n\nEXPÉRIENCE\nComptable – KPMG\n2015 – 2018\n") == "Wisly Cadet"
    text = "Ana Lima\nana@mail.fr\n\nEXPÉRIENCE\nDistributrice\n2019 – Nu Skin France\n"
    assert _jobs(text) == [("Nu Skin France", "Distributrice", "2019", "2019")]  # ("Nu": no Dutch "now")
    text = (
        "Julie Martin\njulie@mail.fr\n\nEXPÉRIENCE PROFESSIONNELLE\nChargée de clientèle\nApril\n2019 (6 mois)\n"
        "Conseillère – AXA, Lyon\n2020 – 2022\n"
    )
    assert [(job[2], job[3]) for job in _jobs(text)] == [("2019", "2019"), ("2020", "2022")]
    text = (
        "Emily Clarke\nemily@mail.fr\n\nEXPÉRIENCE PROFESSIONNELLE\nAccor\n2015 – 2023 (8 ans)\n"
        "Directrice d'hébergement\n2019 – 2023\nChef de réception\n2015 – 2019\n"
    )
    assert [(job[1], job[2]) for job in _jobs(text)][-2:] == [
        ("Directrice d'hébergement", "2019"),
        ("Chef de réception", "2015"),
    ]
    text = (
        "Lucas Moreau\nlucas@mail.fr\n\nEXPÉRIENCE PROFESSIONNELLE\nCarrefour, Villeurbanne\n2019 – 2023\n"
        "Employée libre-service\nAdecco, Lyon\n2018 – 2019\nLidl, Vénissieux\n2016 – 2018\nCaissière\n"
    )
    assert [job[0] for job in _jobs(text)] == ["Carrefour", "Adecco", "Lidl"]
    text = "Tom Price\ntom@mail.uk\n\nWORK EXPERIENCE\nCaptain, easyJet – Gatwick\n2015 – 2022\n"
    assert [(job[0], job[1]) for job in _jobs(text)] == [("easyJet", "Captain")]
    text = "Jean Le Gall\njean@mail.fr\n\nEXPÉRIENCE\nAgent d'entretien – Mairie – Plouzané\n2015 – 2022\n"
    assert _jobs(text)[0][0] == "Mairie"


def test_training_courses_named_by_their_trade():
    """ "Formation Régisseur lumière" at a stage school, "CQPM Peintre aéronautique" at an industry's training
    centre: studies with their schools (not "Formation continue", nor a heading)."""
    text = (
        "Léo Martin\nleo@mail.fr\n\nFORMATION\nFormation Régisseur lumière\nCFPTS, Bagnolet\n2016\n"
        "CQPM Peintre aéronautique – Aérocampus Aquitaine, Latresne\n2014\n"
    )
    assert [(school[0], school[1]) for school in _schools(text)] == [
        ("CFPTS", "Formation Régisseur"),
        ("Aérocampus Aquitaine", "CQPM"),
    ]


def test_a_europass_form_without_colons():
    """ "Nom de l'employeur Armée de l'Air, BA 113 Saint-Dizier" and "Activités principales …": the form's labels,
    run into their values, are no part of them."""
    lines = [
        Line("Franck Lemoine", top=40, x0=50, bold=True, size=16),
        Line("franck@mail.fr", top=60, x0=50, size=9),
        Line("Curriculum Vitae Europass", top=80, x0=50, size=9),
        Line("EXPÉRIENCE PROFESSIONNELLE", top=110, x0=50, bold=True, size=11),
        Line("Dates 09/2010 → 01/2018", top=130, x0=50, size=9),
        Line("Fonction ou poste occupé Chef d'équipe mécanicien moteur M88", top=142, x0=50, size=9),
        Line("Nom de l'employeur Armée de l'Air, BA 113 Saint-Dizier", top=154, x0=50, size=9),
        Line("Activités principales Maintenance moteurs M53 (Mirage 2000)", top=166, x0=50, size=9),
    ]
    assert document_jobs(lines, body_size=9) == [
        ("Armée de l'Air", "Chef d'équipe mécanicien moteur M88", "2010-09", "2018-01")
    ]


def test_italian_months_with_their_dot_and_the_italian_form():
    """ "set. 2016 – ott. 2021", "gen. 2015 – ago. 2016": Italian abbreviations that are also words, months with
    their dot."""
    text = (
        "Giulia Rossi\ngiulia@mail.it\n\nESPERIENZE PROFESSIONALI\nInfermiera pediatrica – Ospedale Bambino Gesù, "
        "Roma\nset. 2016 – ott. 2021\nInfermiera – Istituto Giannina Gaslini, Genova\ngen. 2015 – ago. 2016\n"
    )
    assert [(job[2], job[3]) for job in _jobs(text)] == [("2016-09", "2021-10"), ("2015-01", "2016-08")]


def test_an_email_address_wrapped_in_a_narrow_column():
    """ "stephanie.gauthier@gmail.co" over "m", "camille.chevalier.broderie" over "@gmail.com": one address."""
    from parsing import parse_resume

    text = (
        "Stéphanie Gauthier\nstephanie.gauthier@gmail.co\nm\n514 555 0199\n\nEXPÉRIENCE\nComptable – CGI\n2015 – 2018\n"
    )
    assert parse_resume(text.encode(), "cv.txt")["basics"]["email"] == "stephanie.gauthier@gmail.com"
    text = (
        "Camille Chevalier\ncamille.chevalier.broderie\n@gmail.com\n\nEXPÉRIENCE\nBrodeuse – Maison Lesage\n"
        "2015 – 2018\n"
    )
    assert parse_resume(text.encode(), "cv.txt")["basics"]["email"] == "camille.chevalier.broderie@gmail.com"


def test_luxury_crafts_addresses_and_the_department_store():
    """A craftsman's titles, a boutique's street address after the house, "Printemps" the store."""
    text = (
        "Camille Roux\ncamille@mail.fr\n\nEXPÉRIENCE\nJoaillière – Van Cleef & Arpels\n2018 – 2023\n"
        "Store Manager – Bucherer – Rue du Rhône\n2015 – 2018\nAssistante acheteuse, Printemps\n2012 – 2015\n"
    )
    assert [(job[0], job[1]) for job in _jobs(text)] == [
        ("Van Cleef & Arpels", "Joaillière"),
        ("Bucherer", "Store Manager"),
        ("Printemps", "Assistante acheteuse"),
    ]


def test_bootcamps_and_translators():
    """Career changers' bootcamps named alone; translators' and linguists' titles."""
    text = "Paul Girard\npaul@mail.fr\n\nFORMATION\nBootcamp Développeur web – Le Wagon, Lyon\n2021\n"
    assert _schools(text)[0][0] == "Le Wagon"
    text = (
        "Paul Girard\npaul@mail.fr\n\nEXPÉRIENCE\nTerminologue – AFNOR, La Plaine Saint-Denis\n2018 – 2023\n"
        "Sous-titreuse / adaptatrice – Titrafilm\n2015 – 2018\n"
    )
    assert [job[1] for job in _jobs(text)] == ["Terminologue", "Sous-titreuse / adaptatrice"]


def test_a_maternity_hospital_and_a_security_team():
    """ "Maternité des Lilas" is a hospital; "– CSIRT" after a title is its team, the firm on the next line."""
    text = (
        "Anne Morel\nanne@mail.fr\n\nEXPÉRIENCE\nPsychologue clinicienne – Maternité des Lilas\n2018 – 2023\n"
        "Incident Responder – CSIRT\nAirbus Defence and Space, Élancourt\n2015 – 2018\n"
    )
    assert [job[0] for job in _jobs(text)] == ["Maternité des Lilas", "Airbus Defence and Space"]


def test_third_review_guards():
    """What the third review's snapshot read wrong: an abbreviation that is an Italian month alone on its line, a
    firm named like a street, a firm named "Atelier …", a surname that is an embroiderer's trade, a title-first
    section read as titles under the dates, a degree whose field is a course."""
    from .files import text_name

    text = "Marc Roux\nmarc@mail.fr\n\nEXPÉRIENCE\nSecrétaire gén. 2015 – 2019 – Mairie de Lyon\n"
    assert _jobs(text) == [("Mairie de Lyon", "Secrétaire gén", "2015", "2019")]
    text = "Marc Roux\nmarc@mail.fr\n\nEXPÉRIENCE\nProfesseur de théâtre – Cours Florent – Paris\n2015 – 2019\n"
    assert _jobs(text)[0][0] == "Cours Florent"
    text = "Marc Roux\nmarc@mail.fr\n\nEXPÉRIENCE\nArchitecte – Atelier d'Architecture Chaix & Morel\n2015 – 2019\n"
    assert _jobs(text)[0][0] == "Atelier d'Architecture Chaix & Morel"
    assert text_name("BRODEUR Julie\njulie@mail.fr\n\nEXPÉRIENCE\nComptable – KPMG\n2015 – 2018\n") == "BRODEUR Julie"
    text = (
        "Léa Morel\nlea@mail.fr\n\nEXPÉRIENCE\nStadier\nOlympique Lyonnais – Décines\n2019 – 2021\nVendeur\n"
        "Decathlon – Lyon\n2016 – 2019\n"
    )
    assert [(job[0], job[1]) for job in _jobs(text)][1] == ("Decathlon", "Vendeur")
    assert (
        _degrees("Léa Morel\nlea@mail.fr\n\nFORMATION\nMaster Formation de formateurs – Université Lyon 2\n2018\n")[0][
            2
        ]
        == "Formation de formateurs"
    )


def test_a_timeline_with_start_and_end_on_two_rows():
    """ "03.2020 | RESPONSABLE DE RAYON" over "présent | Fnac Darty — Vélizy 2": one range, the employer below."""
    lines = [
        Line("Karim Benali", top=40, x0=57, bold=True, size=20),
        Line("karim@mail.fr", top=70, x0=57, size=9),
        Line("EXPÉRIENCES PROFESSIONNELLES", top=137, x0=57, bold=True, size=12),
        Line("03.2020", top=162, x0=99.6, size=9),
        Line("RESPONSABLE DE RAYON MICRO-INFORMATIQUE", top=162, x0=164.6, bold=True, size=10),
        Line("présent", top=174.5, x0=101.4, size=9),
        Line("Fnac Darty — Vélizy 2", top=174.5, x0=164.6, size=10),
        Line("09.2015", top=224.5, x0=99.6, size=9),
        Line("VENDEUR ÉLECTROMÉNAGER", top=224.5, x0=164.6, bold=True, size=10),
        Line("02.2020", top=236.8, x0=99.6, size=9),
        Line("Darty — Antony", top=236.8, x0=164.6, size=10),
    ]
    assert document_jobs(lines, body_size=10) == [
        ("Fnac Darty", "RESPONSABLE DE RAYON MICRO-INFORMATIQUE", "2020-03", None),
        ("Darty", "VENDEUR ÉLECTROMÉNAGER", "2015-09", "2020-02"),
    ]


def test_holiday_clubs_seasons_and_plants():
    """ "GO Réception" at a Club Med village, a season named alone, a nuclear plant beside its contractor, a
    guidance centre."""
    text = (
        "Léa Morel\nlea@mail.fr\n\nEXPÉRIENCE\nGO Réception – Club Med Cefalù\n2019 – 2020\n"
        "Receptionist – Grand Hotel Kronenhof\nWinter season 2017/2018\n"
        "Technicien instrumentation – Bouygues Energies & Services, CNPE de Golfech\n2012 – 2016\n"
        "Conseiller d'orientation-psychologue – CIO de Grenoble\n2008 – 2012\n"
    )
    assert [(job[0], job[1]) for job in _jobs(text)] == [
        ("Club Med Cefalù", "GO Réception"),
        ("Grand Hotel Kronenhof", "Receptionist"),
        ("Bouygues Energies & Services", "Technicien instrumentation"),
        ("CIO de Grenoble", "Conseiller d'orientation-psychologue"),
    ]


def test_a_consultancy_mission_keeps_the_post():
    """ "Conseiller en TI" at CGI, then its missions with their own dates: each mission is a job at CGI, with the
    post held there."""
    text = (
        "Jean Gagnon\njean@mail.ca\n\nEXPÉRIENCE DE TRAVAIL\nConseiller en technologies de l'information\n"
        "CGI, Montréal | Depuis 2021\nMandat : Hydro-Québec (2023 à aujourd'hui)\n› Refonte du portail client\n"
        "Mandat : Ville de Montréal (2021 à 2023)\n› Développement d'API REST\n"
    )
    assert {(job[0], job[1]) for job in _jobs(text)} == {("CGI", "Conseiller en technologies de l'information")}


def test_fourth_review_guards():
    """What the fourth review's snapshot read wrong: dated rows in time order joined as one range, a course named by
    its trade over the diploma it leads to (on its line or below it), a sub-heading naming a kind of studies, a
    surname that is an island, a post at a group read as a guidance centre."""
    from .files import text_name

    text = (
        "Marie Lefèvre\nmarie@mail.fr\n\nEXPÉRIENCE PROFESSIONNELLE\n09/2015 | Airbus – Stagiaire\n"
        "09/2016 | Thales – Ingénieur\n01/2020 | Safran – Chef de projet\n"
    )
    assert [(job[0], job[2]) for job in _jobs(text)] == [
        ("Airbus", "2015-09"),
        ("Thales", "2016-09"),
        ("Safran", "2020-01"),
    ]
    assert (
        _degrees("Awa Diallo\nawa@mail.fr\n\nFORMATION\nFormation Aide-soignante (DEAS) – IFAS de Nantes\n2019\n")[0][1]
        == "DEAS"
    )
    text = (
        "Claire Dumont\nclaire@mail.fr\n\nFORMATION\nFormation Bac pro Commerce en alternance – CFA de la CCI\n2016\n"
    )
    assert _degrees(text)[0][1] == "Bac pro"
    text = (
        "Claire Dumont\nclaire@mail.fr\n\nFORMATION\nFormation Secrétaire assistante médico-sociale\n"
        "Titre professionnel – AFPA Rezé\n2016\n"
    )
    assert _degrees(text)[0][1] == "Titre professionnel"
    text = "Claire Dumont\nclaire@mail.fr\n\nFORMATION\nFormation Artistique\nTitre professionnel – AFPA Rezé\n2016\n"
    assert _degrees(text)[0][1] == "Titre professionnel"
    assert text_name("Laura Malta\nlaura@mail.fr\n\nEXPÉRIENCE\nComptable – KPMG\n2015 – 2018\n") == "Laura Malta"
    text = "Marc Roux\nmarc@mail.fr\n\nEXPÉRIENCE\nCIO du Groupe Renault\n2015 – 2019\n"
    assert _jobs(text) == [(None, "CIO du Groupe Renault", "2015", "2019")]

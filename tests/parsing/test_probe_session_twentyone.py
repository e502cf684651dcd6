"""Faults shown by realistic CVs written as real files in the twenty-first probing session (accounting and audit, HR
and recruiters, tourism, architecture and design, transport drivers, IT support, German speakers): each test holds
one of them."""

from __future__ import annotations

from parsing.document import Line

from .files import bold_jobs as _bold_jobs
from .files import document_jobs
from .files import text_jobs as _jobs
from .files import text_schools as _schools


def test_a_right_hand_date_wrapped_beside_a_wrapped_title():
    """ "Technicienne d'assistance informatique de | Depuis septembre" over "proximité | 2017": the date column and
    the title both wrapped; one title, one date ("Depuis septembre" is no employer)."""
    rows = [
        Line("Sandrine Loiseau", top=40, x0=48.5, bold=True, size=18),
        Line("s.loiseau@mail.fr", top=62, x0=48.5),
        Line("EXPÉRIENCES PROFESSIONNELLES", top=100, x0=48.5, bold=True, size=12),
        Line("Technicienne d'assistance informatique de", top=120, x0=48.5, bold=True, size=9.5),
        Line("Depuis septembre", top=120, x0=295, size=9.5),
        Line("proximité", top=132, x0=48.5, bold=True, size=9.5),
        Line("2017", top=132, x0=358, size=9.5),
        Line("Rectorat de l'académie de Poitiers, Poitiers", top=145, x0=48.5, size=9.5),
        Line("• Assistance aux établissements", top=157, x0=50.5, size=9.5),
        Line("Technicienne informatique", top=177, x0=48.5, bold=True, size=9.5),
        Line("2014 – 2017", top=177, x0=323, size=9.5),
        Line("Université de Poitiers", top=189, x0=48.5, size=9.5),
    ]
    assert document_jobs(rows, body_size=9.5) == [
        ("Rectorat de l'académie de Poitiers", "Technicienne d'assistance informatique de proximité", "2017-09", None),
        ("Université de Poitiers", "Technicienne informatique", "2014", "2017"),
    ]


def test_support_desk_posts_and_levels():
    """ "Agent Service Desk N1 bilingue" over "Atos, Bezons": an agent of a service desk, at a level, is the post."""
    text = (
        "Amine Haddad\namine@mail.fr\n**EXPÉRIENCE\n**Agent Service Desk N1 bilingue | 07/2018 – 01/2021\n"
        "Atos, Bezons\n• Support téléphonique\n**Technicien support N2 | 2016 – 2018\nInetum, Lyon\n"
    )
    assert [(job[0], job[1]) for job in _bold_jobs(text)] == [
        ("Atos", "Agent Service Desk N1 bilingue"),
        ("Inetum", "Technicien support N2"),
    ]


def test_a_shop_chain_named_like_a_trade():
    """ "Agent logistique – Boulanger, Lesquin": beside a post of several words and before its town, the one word
    that names a trade is the shop chain; a baker's own title stays a title."""
    text = (
        "Jean Dupont\njean@mail.fr\n\nEXPÉRIENCE\n09/2020 – 02/2021 Agent logistique – Boulanger, Lesquin\n"
        "2019 – 2020 | Technicien atelier – Boulanger, Tourville-la-Rivière\n"
        "2015 – 2019 | Boulanger – Maison Kayser, Paris\n"
    )
    assert [(job[0], job[1]) for job in _jobs(text)] == [
        ("Boulanger", "Agent logistique"),
        ("Boulanger", "Technicien atelier"),
        ("Maison Kayser", "Boulanger"),
    ]


def test_a_title_business_line_under_the_employer_heading():
    """ "EY" over its time there, then "Manager Audit – Financial Services": what the title covers, not an employer;
    the post held at the firm."""
    text = (
        "Claire Morel\nclaire@mail.fr\n\nEXPÉRIENCES PROFESSIONNELLES\nEY (Ernst & Young et Autres), Paris-La Défense\n"
        "2014 – aujourd'hui\nManager Audit – Financial Services\nDepuis octobre 2020\n• Portefeuille de 6 mandats\n"
        "Senior Auditor\nOct. 2017 – sept. 2020\n• Chef de mission\n"
    )
    assert [(job[0], job[1]) for job in _jobs(text)] == [
        ("EY (Ernst & Young et Autres)", "Manager Audit – Financial Services"),
        ("EY (Ernst & Young et Autres)", "Senior Auditor"),
    ]


def test_a_founding_partner_and_his_profession():
    """ "Associé fondateur – Expert-comptable": one post named twice, not a second job at the end."""
    text = (
        "Jean Ollivier\njean@mail.fr\n\nParcours professionnel\nOllivier Expertise & Audit – Rennes\nDepuis 2012\n"
        "Associé fondateur – Expert-comptable\n• Création du cabinet\n"
    )
    assert [(job[0], job[1]) for job in _jobs(text)] == [
        ("Ollivier Expertise & Audit", "Associé fondateur – Expert-comptable"),
    ]


def test_one_word_trades_of_transport():
    """ "Facteur", "Ripeur", "Déménageur", "Soldat": one-word posts over their employer."""
    text = (
        "Marc Petit\nmarc@mail.fr\n\nEXPÉRIENCE\n2003 – 2016\nFacteur\nLa Poste, Châtellerault\n"
        "2001 – 2003\nRipeur\nVeolia, Tours\n1999 – 2001\nDéménageur\nDemeco, Poitiers\n"
        "1997 – 1999\nSoldat – conducteur logistique\nArmée de Terre\n"
    )
    assert [(job[0], job[1]) for job in _jobs(text)] == [
        ("La Poste", "Facteur"),
        ("Veolia", "Ripeur"),
        ("Demeco", "Déménageur"),
        ("Armée de Terre", "Soldat – conducteur logistique"),
    ]


def test_training_bodies_known_by_their_name():
    """ "AFTRAL, Évry", "Promotrans", "IGS-RH Toulouse": where the driver or the HR officer trained, a school."""
    text = (
        "Marc Petit\nmarc@mail.fr\n\nFORMATION\nTitre professionnel Conducteur du transport routier | 2017\n"
        "AFTRAL, Évry\nCAP Conducteur livreur | 2010\nPromotrans, Orléans\nMaster RH | 2008\nIGS-RH Toulouse\n"
    )
    assert [school for school, _ in _schools(text)] == ["AFTRAL", "Promotrans", "IGS-RH Toulouse"]


def test_a_university_and_its_faculty_after_a_dash():
    """ "Université Hassan II – Faculté des Sciences Juridiques, Économiques et Sociales de Casablanca": one school,
    however long the faculty's name."""
    text = (
        "Yassine Alaoui\nyassine@mail.ma\nFORMATION\n2015 – 2018 Licence en Sciences Économiques\n"
        "Université Hassan II – Faculté des Sciences Juridiques, Économiques et Sociales de Casablanca\n"
        "2012 Master of Science\nUniversity of Leeds - School of Computing\n"
    )
    assert _schools(text) == [
        (
            "Université Hassan II – Faculté des Sciences Juridiques, Économiques et Sociales de Casablanca",
            "Licence",
        ),
        ("University of Leeds – School of Computing", "Master of Science"),
    ]


def test_graduate_schemes_and_a_camp_before_its_state():
    """ "Store Management Graduate" is a post; "Camp America, Pennsylvania, USA" under a title names the employer."""
    text = (
        "Yassine Alaoui\nyassine@mail.ma\nEXPERIENCE\n2021 – 2023 Store Management Graduate\nLidl, Manchester\n"
        "2019 – 2021 Camp Counselor\nCamp America, Pennsylvania, USA\n"
    )
    assert [(job[0], job[1]) for job in _jobs(text)] == [
        ("Lidl", "Store Management Graduate"),
        ("Camp America", "Camp Counselor"),
    ]


def test_a_bold_degree_going_on_below_its_date():
    """ "Titre professionnel Conducteur du | 2014" over "transport routier interurbain de voyageurs" (bold too):
    the degree's end goes before the date, and the next degree keeps its own school."""
    rows = [
        Line("Chantal Roux", top=40, x0=214, bold=True, size=18),
        Line("chantal@mail.fr", top=62, x0=214),
        Line("FORMATION", top=300, x0=214, bold=True, size=11.5),
        Line("Titre professionnel Conducteur du", top=321.4, x0=214, bold=True, size=9.3),
        Line("2014", top=321.4, x0=529, size=9.3),
        Line("transport routier interurbain de voyageurs", top=333.5, x0=214, bold=True, size=9.3),
        Line("Promotrans, Orléans", top=346.6, x0=214, size=9.3),
        Line("BEP Vente", top=362.7, x0=214, bold=True, size=9.3),
        Line("2004", top=362.7, x0=529, size=9.3),
        Line("Lycée professionnel Jean Lurçat, Saint-Jean-de-Braye", top=375.8, x0=214, size=9.3),
    ]
    from parsing import analyze
    from parsing.document import Document

    education = analyze(Document(lines=rows, format="pdf", body_size=9.3))["education"]
    assert [(item.get("institution"), item.get("studyType")) for item in education] == [
        ("Promotrans", "Titre professionnel"),
        ("Lycée professionnel Jean Lurçat", "BEP"),
    ]


def test_guides_and_german_apprenticeships():
    """ "Tour Guide", "Guide saisonnière", "Ausbildung zur Hotelfachfrau": posts; "Château de Brissac – Brissac-Quincé"
    the employer and its town."""
    text = (
        "Anna Weber\nanna@mail.de\n\nEXPERIENCE\n2019 – 2021 | Tour Guide | Paris Walks\n"
        "2012 – 2015 | Ausbildung zur Hotelfachfrau | Hotel Oberkirch, Freiburg\n"
    )
    assert [(job[0], job[1]) for job in _jobs(text)] == [
        ("Paris Walks", "Tour Guide"),
        ("Hotel Oberkirch", "Ausbildung zur Hotelfachfrau"),
    ]
    text = (
        "Léa Martin\nlea@mail.fr\n\nEXPÉRIENCES\nDestination Angers – Angers\n"
        "Chargée de mission | Depuis janvier 2022\n• Offre\nChâteau de Brissac – Brissac-Quincé\n"
        "Guide saisonnière | De juin 2019 à septembre 2019\n"
        "• Visites guidées\n"
    )
    assert [(job[0], job[1]) for job in _jobs(text)] == [
        ("Destination Angers", "Chargée de mission"),
        ("Château de Brissac", "Guide saisonnière"),
    ]


def test_a_title_market_leaves_the_employer_to_the_next_line():
    """ "Product Coordinator – Europe", dates, then "Air Canada Vacations, Montréal": Europe is what the post
    covers."""
    text = (
        "Emilie Tremblay\nemilie@mail.ca\nEXPERIENCE\nProduct Coordinator – Europe\nMay 2021 – present\n"
        "Air Canada Vacations, Montréal\n• Packages\n"
    )
    assert [(job[0], job[1]) for job in _jobs(text)] == [("Air Canada Vacations", "Product Coordinator – Europe")]


def test_review_guard_second_posts_towns_and_short_headings():
    """What the review of the changes above found read worse: a second post after a dash is no shop chain, a resort
    before its region no employer, a short bold title's next line no part of it, an employer row's next line the
    title, a firm named after the guide it publishes still the employer."""
    text = "Paul Martin\npaul@mail.fr\n\nEXPÉRIENCE\n2016 – 2019 Préparateur de commandes – Cariste, Lille\n• Tâches\n"
    assert [job[0] for job in _jobs(text)] == [None]
    text = "Tom Baker\ntom@mail.com\n\nEXPERIENCE\nSki Lift Operator\nWhistler, British Columbia, Canada\n2019 – 2020\n"
    assert [job[0] for job in _jobs(text)] == [None]
    text = "Anna Lee\nanna@mail.com\n\nEXPERIENCE\nSales Assistant\nCity Guide Magazine\n2019 – 2020\n"
    assert [(job[0], job[1]) for job in _jobs(text)] == [("City Guide Magazine", "Sales Assistant")]
    text = (
        "Hugo Chevalier\nhugo@mail.fr\nEXPÉRIENCE PROFESSIONNELLE\nMairie de Rennes | Depuis janvier\n"
        "agent d'accueil | 2022\n• Accueil du public\n"
    )
    assert [(job[0], job[1], job[2]) for job in _jobs(text)] == [("Mairie de Rennes", "agent d'accueil", "2022-01")]
    rows = [
        Line("Julie Petit", top=40, x0=56, bold=True, size=18),
        Line("julie@mail.fr", top=62, x0=56),
        Line("EXPÉRIENCE", top=100, x0=56, bold=True, size=12),
        Line("Vendeuse", top=120, x0=56, bold=True, size=10),
        Line("2017 – 2019", top=120, x0=450, size=10),
        Line("en CDI à temps partiel – Zara", top=132, x0=56, bold=True, size=10),
        Line("• Conseil client", top=144, x0=56, size=10),
    ]
    assert [job[1] for job in document_jobs(rows, body_size=10)] == ["Vendeuse"]


def test_a_term_abroad_is_no_school_of_its_own():
    """ "BA (Hons) … – year abroad at Université Lyon 3" over "University of Leeds", "SKEMA Business School, Lille –
    Exchange semester at University of Mannheim": the degree's school, not the term's."""
    text = (
        "Emma White\nemma@mail.com\n\nEDUCATION\nBA (Hons) French and Management Studies – year abroad at Université "
        "Lyon 3 | 2010 – 2014\nUniversity of Leeds\nMaster in Management | 2015 – 2019\n"
        "SKEMA Business School, Lille – Exchange semester at University of Mannheim\n"
    )
    assert _schools(text) == [("University of Leeds", "BA (Hons)"), ("SKEMA Business School", "Master")]


def test_accountancy_diplomas_and_the_year_they_were_awarded():
    """DECF, DESCF and D.E.S.S. are degrees; "– Obtenu en 2023" under dates ending in 2023 opens no entry."""
    text = (
        "Claire Morel\nclaire@mail.fr\n\nFORMATION\nLycée Vauvenargues, Aix-en-Provence · 2020 – 2023\n"
        "DCG – Diplôme de Comptabilité et de Gestion – Obtenu en 2023\nDESCF | 2004 – 2006\nIntec, Paris\n"
        "DECF | 2001 – 2004\nIntec, Paris\nD.E.S.S. en gestion des ressources humaines | 1999\nIAE de Lyon\n"
    )
    assert [degree for _, degree in _schools(text)] == ["DCG", "DESCF", "DECF", "D.E.S.S"]


def test_a_client_named_beside_the_firm():
    """ "ALTEN – CLIENT AIRBUS, BLAGNAC" over the title: whom the consultant was placed with is no post."""
    text = (
        "Paul Martin\npaul@mail.fr\n\nEXPÉRIENCE\nALTEN – CLIENT AIRBUS, BLAGNAC | janvier 2022 – aujourd'hui\n"
        "Administrateur systèmes Windows/VMware\n• Exploitation\n"
        "Inetum (client : Crédit Agricole CIB), Montrouge | mai 2017 – décembre 2019\nTechnicienne support N1/N2\n"
        "• Support\n"
    )
    assert [(job[0], job[1]) for job in _jobs(text)] == [
        ("ALTEN", "Administrateur systèmes Windows/VMware"),
        ("Inetum", "Technicienne support N1/N2"),
    ]


def test_a_sales_post_and_its_market_before_the_firm():
    """ "Business Development Representative – EMEA – Contentsquare, Paris", "Enterprise Account Executive – Retail &
    CPG" over "Salesforce – Paris": the market or line of business the post covers is no employer."""
    text = (
        "Inès Diallo\nines@mail.com\n\nEXPERIENCE\nBusiness Development Representative – EMEA – Contentsquare, Paris\n"
        "Jul 2023 – Present\n• Outbound prospecting\nEnterprise Account Executive – Retail & CPG\nSalesforce – Paris\n"
        "January 2021 – June 2023\n• Enterprise accounts\n"
    )
    assert [job[0] for job in _jobs(text)] == ["Contentsquare", "Salesforce"]


def test_sales_guards_and_cooks_posts():
    """KAM, SDR, rondier, agent cynophile, femme de ménage, demi chef de partie: posts over their employer."""
    text = (
        "Paul Martin\npaul@mail.fr\n\nEXPÉRIENCE\n2021 – 2023\nKAM Grande Distribution\nBonduelle, Villeneuve-d'Ascq\n"
        "2019 – 2021\nSDR\nAgicap, Lyon\n2017 – 2019\nRondier intervenant\nSecuritas, Lyon\n"
        "2015 – 2017\nAgent cynophile\nSeris, Lyon\n2013 – 2015\nFemme de ménage\nOnet, Lyon\n"
        "2011 – 2013\nDemi chef de partie\nThe Savoy, London\n"
    )
    assert [job[1] for job in _jobs(text)] == [
        "KAM Grande Distribution",
        "SDR",
        "Rondier intervenant",
        "Agent cynophile",
        "Femme de ménage",
        "Demi chef de partie",
    ]


def test_a_cooks_station_under_the_post():
    """ "Commis de cuisine" over "• Poste : entremétier": the station the cook held, not the post."""
    from parsing.structure.experience import parse_experience

    lines = [
        "Commis de cuisine",
        "sept. 2017 – févr. 2019",
        "La Mère Brazier, Lyon",
        "• Poste : entremétier",
        "• Taillage",
    ]
    assert [(job.get("name"), job.get("position")) for job in parse_experience(lines)] == [
        ("La Mère Brazier", "Commis de cuisine")
    ]


def test_a_month_over_its_year_alone_and_a_range_cut_before_a():
    """ "Sous-cheffe | Depuis novembre" over "2021" alone at the right; "De janvier 2017" over "à août 2018" in a
    left date column: one date each."""
    rows = [
        Line("Claire Petit", top=40, x0=201, bold=True, size=18),
        Line("claire@mail.fr", top=62, x0=201),
        Line("EXPÉRIENCE PROFESSIONNELLE", top=110, x0=204, bold=True, size=11.5),
        Line("Sous-cheffe", top=132.5, x0=201, bold=True, size=9.8),
        Line("Depuis novembre", top=132.4, x0=464, size=9.3),
        Line("2021", top=144.6, x0=523, size=9.3),
        Line("Hôtel Beau-Rivage Genève, Genève", top=157.8, x0=204, size=9.3),
        Line("• Brigade de 12", top=169.6, x0=206, size=9.3),
    ]
    assert document_jobs(rows, body_size=9.3) == [("Hôtel Beau-Rivage Genève", "Sous-cheffe", "2021-11", None)]
    rows = [
        Line("Marc Leroy", top=40, x0=45, bold=True, size=18),
        Line("marc@mail.fr", top=62, x0=45),
        Line("EXPÉRIENCES PROFESSIONNELLES", top=186, x0=51, bold=True, size=11.5),
        Line("De janvier 2017", top=332.8, x0=45.4, bold=True, size=9.3),
        Line("Faisant fonction de cadre de santé – Service de cardiologie", top=332.8, x0=141.7, bold=True, size=9.3),
        Line("à août 2018", top=344.9, x0=45.4, bold=True, size=9.3),
        Line("CHU de Nantes, Nantes", top=344.9, x0=141.7, size=9.3),
        Line("• Gestion d'une unité de 30 lits", top=357.1, x0=144.7, size=9.3),
    ]
    assert document_jobs(rows, body_size=9.3) == [
        ("CHU de Nantes", "Faisant fonction de cadre de santé – Service de cardiologie", "2017-01", "2018-08")
    ]


def test_a_hospital_unit_after_the_title():
    """ "Manipulateur en électroradiologie médicale – Radiothérapie" over "Centre Léon Bérard – Lyon", "Infirmière –
    Chirurgie pédiatrique | dates" over the hospital: the unit is part of the post, the hospital the employer."""
    text = (
        "Marc Leroy\nmarc@mail.fr\n\nEXPÉRIENCE PROFESSIONNELLE\n09/2018 - 04/2022\n"
        "Manipulateur en électroradiologie médicale – Radiothérapie\nCentre Léon Bérard – Lyon\n• Traitements\n"
        "Infirmière – Chirurgie pédiatrique | 07.2012 – 08.2014\nCHU Grenoble Alpes (La Tronche)\n• Soins\n"
    )
    assert [(job[0], job[1]) for job in _jobs(text)] == [
        ("Centre Léon Bérard", "Manipulateur en électroradiologie médicale – Radiothérapie"),
        ("CHU Grenoble Alpes", "Infirmière – Chirurgie pédiatrique"),
    ]


def test_a_research_unit_beside_its_university():
    """ "Université de Bordeaux — Laboratoire IMS (UMR 5218) — Talence", dates, then "Maître de conférences": the
    unit is no post; the post is on the next line. The employer names the university and its laboratory, as the CV
    does (a research body's laboratory is where the person worked, as a hospital group's site is)."""
    text = (
        "Thomas Lefebvre\nthomas@mail.fr\n\nExpérience professionnelle\n"
        "Université de Bordeaux — Laboratoire IMS (UMR 5218) — Talence\nsept. 2020 – aujourd'hui\n"
        "Maître de conférences (section CNU 63)\n• Équipe Conception\n"
        "XLIM (UMR CNRS 7252), Université de Limoges — Limoges\noct. 2016 – sept. 2019\nDoctorant contractuel\n"
        "• Mission d'enseignement\n"
    )
    assert [(job[0], job[1]) for job in _jobs(text)] == [
        ("Université de Bordeaux – Laboratoire IMS (UMR 5218)", "Maître de conférences (section CNU 63)"),
        ("Université de Limoges", "Doctorant contractuel"),
    ]


def test_west_african_languages_and_certificates():
    """Fon, Mina, Pular, Soussou are languages; WASSCE and a BTM are diplomas."""
    from parsing import parse_resume

    text = (
        "Koffi Mensah\nkoffi@mail.tg\n\nFORMATION\nWASSCE | 2010\nAccra Academy, Accra\n"
        "BTM Pâtissier | 2014\nFerrandi Paris\n\nLANGUES\nFrançais : courant\nFon : langue maternelle\nMina : courant\n"
        "Pular, Soussou\n"
    )
    result = parse_resume(text.encode(), "cv.txt")
    assert [item["language"] for item in result["languages"]] == ["Français", "Fon", "Mina", "Pular", "Soussou"]
    assert [item.get("studyType") for item in result["education"]] == ["WASSCE", "BTM"]


def test_review_guard_firms_named_like_units_and_markets():
    """What the third review found read worse: "Business France" and "Imagerie Médicale de l'Ouest" are employers, a
    territory in capitals stays beside its firm, "Erasmus Mundus" names a degree, an own qualification keeps its
    year, an open range is no cut one, and "Ferrandi" is also a surname."""
    from .files import text_name

    text = (
        "Sarah Lefebvre\nsarah@mail.fr\nEXPÉRIENCE PROFESSIONNELLE\nChargée d'affaires internationales | 2016 – 2021\n"
        "Business France, Paris\n• Accompagnement des PME\nManipulatrice radio | 2012 – 2016\n"
        "Imagerie Médicale de l'Ouest, Nantes\n• Activités courantes\n"
        "Lactalis – Secteur Gers / Haute-Garonne | 2008 – 2012\nCommercial terrain\n• Prise en charge\n"
    )
    assert [(job[0], job[1]) for job in _jobs(text)] == [
        ("Business France", "Chargée d'affaires internationales"),
        ("Imagerie Médicale de l'Ouest", "Manipulatrice radio"),
        ("Lactalis", "Commercial terrain"),
    ]
    text = (
        "Manon Fournier\nmanon@mail.fr\nEXPÉRIENCE PROFESSIONNELLE\nResponsable RH | Mars 2021 –\n"
        "Chargée RH (CDD) | Janvier 2021\n• Paie\n"
    )
    assert [(job[1], job[2]) for job in _jobs(text)] == [("Responsable RH", "2021-03"), ("Chargée RH", "2021-01")]
    text = (
        "Aïcha Diallo\naicha@mail.com\nFORMATION\nErasmus Mundus Joint Master in Marine Biology | 2018 – 2020\n"
        "Université de Gand, Belgique\nBTS Comptabilité et gestion | 2015 – 2017\nLycée Turgot, Paris\n"
        "DCG obtenu en 2017\n"
    )
    assert [degree for _, degree in _schools(text)] == ["Master", "BTS", "DCG"]
    text = "Laura Ferrandi\nlaura.ferrandi@mail.com\nEXPÉRIENCE\nChef de secteur – Lactalis, Laval | 2015 – 2020\n"
    assert text_name(text) == "Laura Ferrandi"


def test_a_groups_line_over_its_subsidiaries_posts():
    """ "GROUPE DANONE" with its years over posts in Danone Mexico and Danone Eaux France: the group's line is no job
    of its own; board mandates under "MANDATS ET FONCTIONS" are none either."""
    text = (
        "Paul Martin\npaul@mail.fr\n\nPARCOURS PROFESSIONNEL\nDepuis 2015\nDirecteur Général France\n"
        "Groupe Andros, Biars-sur-Cère\n• P&L France\n1998 – 2015\nGROUPE DANONE\n2011 – 2015\n"
        "Directeur Général – Danone Mexico, Mexico (Mexique)\n• Redressement\n2007 – 2011\n"
        "Directeur Commercial – Danone Eaux France, Évian\n• Équipe de 240 personnes\n1998 – 2007\n"
        "Chef de groupe marketing – Danone Produits Frais France, Paris\n• Lancements\n"
        "MANDATS ET FONCTIONS\n• Membre du conseil de surveillance – Coopérative Laïta, 2016 – 2020\n"
    )
    assert [(job[0], job[1]) for job in _jobs(text)] == [
        ("Groupe Andros", "Directeur Général France"),
        ("Danone Mexico", "Directeur Général"),
        ("Danone Eaux France", "Directeur Commercial"),
        ("Danone Produits Frais France", "Chef de groupe marketing"),
    ]


def test_railway_posts_and_lines():
    """ "Conducteur de métro – Ligne 9" at RATP, "Cheffe de bord TGV", "Régulateur circulation": the line is no
    employer; the posts are posts."""
    text = (
        "Marc Leroy\nmarc@mail.fr\n\nEXPÉRIENCE PROFESSIONNELLE\nConducteur de métro – Ligne 9 | 2014 – 2019\n"
        "RATP, Paris\n• Conduite\nCheffe de bord TGV INOUI | 2010 – 2014\nSNCF Voyageurs, Lyon\n• Accueil\n"
        "Régulateur circulation | 2007 – 2010\nSNCF Réseau, Paris\n"
    )
    assert [(job[0], job[1]) for job in _jobs(text)] == [
        ("RATP", "Conducteur de métro – Ligne 9"),
        ("SNCF Voyageurs", "Cheffe de bord TGV INOUI"),
        ("SNCF Réseau", "Régulateur circulation"),
    ]


def test_an_initials_badge_over_the_name():
    """ "SN" in a circle over "Sarah" and "NGUYEN": the badge repeats the name's initials and is no part of it."""
    from parsing import analyze
    from parsing.document import Document

    rows = [
        Line("Étudiante en BTS Tourisme", top=42, x0=31, bold=True, size=12),
        Line("PROFIL", top=80, x0=31, bold=True, size=11),
        Line("Passionnée de voyages.", top=102, x0=31, size=8.8),
        Line("SN", top=76, x0=489, bold=True, size=20, block=1),
        Line("Sarah", top=151, x0=476, bold=True, size=17, block=1),
        Line("NGUYEN", top=171, x0=464, bold=True, size=17, block=1),
        Line("sarah.nguyen@mail.fr", top=200, x0=460, size=8.8, block=1),
    ]
    assert analyze(Document(lines=rows, format="pdf", body_size=8.8))["basics"]["name"] == "Sarah NGUYEN"


def test_a_third_year_licence_and_student_posts():
    """ "Licence 3 Économie-Gestion" keeps its year (not "BTS 3 mois"); "Fille au pair", "Perchman" are posts."""
    text = (
        "Léa Roux\nlea@mail.fr\n\nFORMATION\n2022 – 2024 | Licence 3 Économie-Gestion – Université Lyon 2\n"
        "2019 | BTS 3 mois\n\nEXPÉRIENCE\n2021 – 2022 | Fille au pair – Famille Smith, Londres\n"
        "2020 | Perchman – Studio Harcourt, Paris\n"
    )
    assert [degree for _, degree in _schools(text)] == ["Licence 3", "BTS"]
    assert [job[1] for job in _jobs(text)] == ["Fille au pair", "Perchman"]


def test_review_guard_agencies_lines_and_headings():
    """What the fourth review found read worse: a temping agency over its assignments stays a job, "Ligne 13
    Productions" is a firm, "BA 3 years" has no third year, a Québec "MANDATS" section lists jobs."""
    text = (
        "Julien Moreau\njulien@mail.fr\nEXPÉRIENCE PROFESSIONNELLE\nMANPOWER FRANCE | 2015 – 2018\n"
        "Cariste – Renault France | 2017 – 2018\nPréparateur de commandes – Carrefour France | 2015 – 2017\n"
    )
    assert [job[0] for job in _jobs(text)] == ["MANPOWER FRANCE", "Renault France", "Carrefour France"]
    text = (
        "Aïcha Diallo\naicha@mail.com\nEXPÉRIENCE PROFESSIONNELLE\n"
        "Chargée de production – Ligne 13 Productions, Paris | 2014 – 2019\n• Suivi des clients\n"
        "Conseiller principal – Deloitte | 2012 – 2014\nMANDATS\n"
        "Conseiller principal en gestion du changement – Hydro-Québec | 2019 – 2021\n"
    )
    assert [job[0] for job in _jobs(text)] == ["Ligne 13 Productions", "Deloitte", "Hydro-Québec"]
    text = "Daniel Okafor\nd.okafor@mail.com\nEDUCATION\nBA 3 years Economics – University of Kent | 2016 – 2019\n"
    assert _schools(text) == [("University of Kent", "BA")]


def test_review_guard_groups_lines_and_cut_ranges():
    """What the fifth review found read worse: "Groupe La Poste" over its subsidiaries' posts is no job, a
    production line before the firm is no employer, "Bachelor 3" keeps its year, and a range cut before its year
    over the employer's name keeps the employer."""
    text = (
        "Camille Bernard\ncamille@mail.fr\nEXPÉRIENCE PROFESSIONNELLE\nGroupe La Poste | 2006 – 2020\n"
        "Directrice d'agence – La Poste Réseau | 2013 – 2020\nConseillère bancaire – La Banque Postale | 2006 – 2013\n"
    )
    assert [job[0] for job in _jobs(text)] == ["La Poste Réseau", "La Banque Postale"]
    text = (
        "Camille Bernard\ncamille@mail.fr\nEXPÉRIENCE PROFESSIONNELLE\n"
        "Opérateur de production – Ligne 2 Emballage – Lactalis | 2017 – 2021\n• Missions diverses\n"
        "Conseiller emploi | Sept. 2012 – Déc.\nPôle emploi | 2016\n• Suivi\n"
    )
    assert [(job[0], job[2], job[3]) for job in _jobs(text)] == [
        ("Lactalis", "2017", "2021"),
        ("Pôle emploi", "2012-09", "2016-12"),
    ]
    text = "Élodie Garnier\nelodie@mail.fr\nFORMATION\nBachelor 3 Marketing | 2019 – 2020\nISCOM Paris\n"
    assert _schools(text) == [("ISCOM Paris", "Bachelor 3")]

"""Faults of the twenty-fourth probing session (eight new sets of CVs: NGOs and social work, research, the forces
and the sea, crafts, transport, French-speaking Africa, culture, executives). Each test holds one of them."""

from __future__ import annotations

from parsing import parse_resume
from parsing.structure.contact import find_location


def test_an_account_name_is_no_home_town():
    """ "skype: florence.paris", "Instagram : @lyon_photo": the name of an account, not where the person lives; a
    dotted handle is dropped even without its label, an abbreviated street is not."""
    text = (
        "Marie Durand\nChargée de communication\nskype: florence.paris\nmarie.durand@gmail.com - 06 11 22 33 44\n\n"
        "EXPÉRIENCE\n2019 - 2022 Chargée de communication, Havas, Lyon\n"
    )
    assert "location" not in parse_resume(text.encode(), "cv.txt")["basics"]
    assert find_location(["Instagram : @lyon_photo"]) == {}
    assert find_location(["florence.paris"]) == {}
    assert find_location(["Instagram : @marie.photo", "Nantes"])["city"] == "Nantes"
    assert find_location(["2 r.de la Paix, 44000 Nantes"])["city"] == "Nantes"


def _jobs(text: str) -> list[tuple[str | None, str | None]]:
    return [(item.get("name"), item.get("position")) for item in parse_resume(text.encode(), "cv.txt")["work"]]


def test_a_graduate_schemes_post_is_a_title():
    """ "Mace | HSE Graduate | Sept 2021 – Present": a graduate's post, after the word of its field; the employer was
    lost and the title read as the employer."""
    text = (
        "Tom Baker\ntom.baker@gmail.com | +44 7700 900123 | Leeds\n\nWORK EXPERIENCE\n"
        "Mace | HSE Graduate | Sept 2021 – Present\n- Site inspections\n"
        "Balfour Beatty | Assistant Site Manager | 2019 – 2021\n- Managed subcontractors\n"
        "Kier Group | Trainee Surveyor | 2017 – 2019\n"
    )
    assert _jobs(text) == [
        ("Mace", "HSE Graduate"),
        ("Balfour Beatty", "Assistant Site Manager"),
        ("Kier Group", "Trainee Surveyor"),
    ]


def test_a_sections_order_of_fields_orders_a_header_the_lists_cannot():
    """ "Mace | Rope Access Tech | 2021 – Present" over two headers read employer then title: the same order, so
    Mace is the employer (it was read as the title, then dropped). A section that writes the title first, or whose
    headers disagree, is left as it reads."""
    text = (
        "Tom Baker\ntom@mail.com\n\nWORK EXPERIENCE\nMace | Rope Access Tech | Sept 2021 – Present\n- Site work\n"
        "Balfour Beatty | Assistant Site Manager | 2019 – 2021\nKier Group | Trainee Surveyor | 2017 – 2019\n"
    )
    assert _jobs(text)[0][0] == "Mace"
    text = (
        "Tom Baker\ntom@mail.com\n\nWORK EXPERIENCE\nRope Access Tech | Mace | Sept 2021 – Present\n- Site work\n"
        "Assistant Site Manager | Balfour Beatty | 2019 – 2021\nTrainee Surveyor | Kier Group | 2017 – 2019\n"
    )
    assert [name for name, _position in _jobs(text)] == ["Mace", "Balfour Beatty", "Kier Group"]


def test_a_post_written_before_chez_is_no_sentence():
    """ "Conducteur scolaire et ligne régulière chez Keolis Armor (2012-2017)": the words in lower case are the
    post's; the job was lost as a sentence's."""
    text = (
        "Yannick Le Goff\nyannick@mail.fr\n\nExpériences professionnelles\n"
        "Conducteur grand tourisme chez Salaün Holidays (depuis 2017)\n"
        "Conducteur scolaire et ligne régulière chez Keolis Armor (2012-2017)\n"
        "Conducteur livreur chez Transports Le Calvez (2009-2012)\n"
    )
    assert _jobs(text) == [
        ("Salaün Holidays", "Conducteur grand tourisme"),
        ("Keolis Armor", "Conducteur scolaire et ligne régulière"),
        ("Transports Le Calvez", "Conducteur livreur"),
    ]


def test_a_charge_in_lower_case_after_a_title_is_part_of_it():
    """ "Bibliothécaire – responsable du secteur jeunesse", "Charcutier-traiteur, chef d'entreprise": a title, then
    the charge held under it; the first title was dropped, or the charge read as a job of its own."""
    from parsing.structure.experience import header_fields

    assert header_fields(["Bibliothécaire", "responsable du secteur jeunesse"])[0] == (
        "Bibliothécaire – responsable du secteur jeunesse"
    )
    assert header_fields(["Charcutier-traiteur, chef d'entreprise"])[0] == "Charcutier-traiteur, chef d'entreprise"
    # (a firm, then the post in lower case: no title to qualify)
    assert header_fields(["Capgemini", "responsable de projet"])[:2] == ("responsable de projet", "Capgemini")


def test_an_employers_line_left_after_the_bullets_heads_the_posts_below():
    """ "Kingfisher plc, London" in bold after the last bullet of the job above, then each post over its dates: the
    posts' employer (they had none, or the brand after the title: "B&Q"); "Deloitte LLP, London" over "Manager,
    Audit & Assurance": the unit after the title, not the employer."""
    from tests.parsing.files import bold_jobs

    text = (
        "Tom Holloway\ntom@mail.co.uk\n\n**CAREER HISTORY\nSept 2020 – Present\n**Chief Financial Officer\n"
        "Whitbread PLC, Dunstable\n• Finance lead for 800 hotels\n• Delivered a cost-efficiency programme\n"
        "**Kingfisher plc, London\nMar 2016 – Aug 2020\n**Finance Director, B&Q\n• Full responsibility for 300 stores\n"
        "Jan 2013 – Feb 2016\n**Head of FP&A\n• Group budget and five-year plan\n**Deloitte LLP, London\n"
        "**Sept 2006 – May 2009 Manager, Audit & Assurance\nSept 2003 – Aug 2006 Audit Senior\n"
    )
    assert [job[:2] for job in bold_jobs(text)] == [
        ("Whitbread PLC", "Chief Financial Officer"),
        ("Kingfisher plc", "Finance Director, B&Q"),
        ("Kingfisher plc", "Head of FP&A"),
        ("Deloitte LLP", "Manager, Audit & Assurance"),
        ("Deloitte LLP", "Audit Senior"),
    ]


def test_a_post_over_its_dates_under_the_employers_line_keeps_its_unit():
    """ "PwC UK, Manchester" / "Partner, Deals" / dates, then "Director, Transaction Services" over its dates: the
    unit of the same employer, not an employer of its own."""
    text = (
        "Emma Carter\nemma@mail.co.uk\n\nProfessional Experience\nPwC UK, Manchester\nPartner, Deals\n"
        "July 2018 – Present\n• Leads the Transaction Services team\nDirector, Transaction Services\n"
        "January 2013 – June 2018\n• Financial due diligence\n"
    )
    assert _jobs(text) == [("PwC UK", "Partner, Deals"), ("PwC UK", "Director, Transaction Services")]


def test_an_employers_line_in_capitals_with_its_town_heads_the_posts_below():
    """ "CASTEL FRÈRES – BLANQUEFORT" in bold after the bullets of the job above (a town the gazetteer does not
    know), then bold posts with their dates: the posts' employer, and no longer the end of the bullet above."""
    from tests.parsing.files import bold_jobs

    text = (
        "Olivier Fournier\nolivier@mail.fr\n\n**Parcours\n**Directeur Général | Depuis 2019\n"
        "MAISON DUCLOT-BESSIÈRE SAS – BORDEAUX\n• Négoce de grands crus\n• Ouverture de filiales à Hong Kong\n"
        "**CASTEL FRÈRES – BLANQUEFORT\n**Directeur Commercial Export | 2014 – 2019\n• Pilotage de 70 pays\n"
        "**Responsable de zone Asie-Pacifique | 2010 – 2014\n• Basé à Shanghai\n"
    )
    assert [job[:2] for job in bold_jobs(text)] == [
        ("MAISON DUCLOT-BESSIÈRE SAS", "Directeur Général"),
        ("CASTEL FRÈRES", "Directeur Commercial Export"),
        ("CASTEL FRÈRES", "Responsable de zone Asie-Pacifique"),
    ]
    from parsing import analyze
    from parsing.document import Document, Line

    lines = [Line(raw[2:], bold=True) if raw.startswith("**") else Line(raw) for raw in text.splitlines() if raw]
    assert analyze(Document(lines=lines, format="text"))["work"][0]["highlights"] == [
        "Négoce de grands crus",
        "Ouverture de filiales à Hong Kong",
    ]


def test_a_title_with_a_word_of_its_field_before_de_is_no_sentence():
    """ "2006 – 2008 : Responsable contrôle de gestion pneus tourisme" between two posts: a title (the word of the
    field between the title and its "de"), not a sentence; the job was lost."""
    text = (
        "Michel Garnier\nmichel@mail.fr\n\nEXPÉRIENCE PROFESSIONNELLE\nMichelin, Clermont-Ferrand\n"
        "2008 – 2011 : Directeur du contrôle de gestion Europe\n"
        "2006 – 2008 : Responsable contrôle de gestion pneus tourisme\n2002 – 2006 : Contrôleur de gestion usine\n"
    )
    assert [position for _name, position in _jobs(text)] == [
        "Directeur du contrôle de gestion Europe",
        "Responsable contrôle de gestion pneus tourisme",
        "Contrôleur de gestion usine",
    ]


def test_an_agency_workers_client_is_no_job_of_its_own():
    """ "Mission longue chez Carrefour Supply Chain", "Assigned to Tesco Distribution Centre, Widnes" under a temp
    agency's job: the client the agency placed the worker with, not another employer (the field tagger added it)."""
    text = (
        "Karim Haddad\nkarim@mail.fr\n\nEXPÉRIENCE PROFESSIONNELLE\n09/2017 – 02/2019 Chauffeur PL porteur\n"
        "Adecco, Lyon\nMission longue chez Carrefour Supply Chain – Saint-Quentin-Fallavier\n"
        "• Livraisons magasins en porteur 19 t\n2013 – 2015 Préparateur de commandes\nID Logistics, Lyon\n"
    )
    assert [name for name, _position in _jobs(text)] == ["Adecco", "ID Logistics"]
    text = (
        "Gareth Hughes\ngareth@mail.co.uk\n\nWork Experience\nWarehouse Operative\nSept 2009 – Jul 2011\n"
        "Pertemps, Widnes\nAssigned to Tesco Distribution Centre, Widnes\n• Picking and loading\n"
        "HGV Class 2 Driver\nJun 2014 – Feb 2018\nWincanton, Runcorn\n"
    )
    assert sorted(name for name, _position in _jobs(text)) == ["Pertemps", "Wincanton"]


def test_a_post_on_ones_own_takes_no_employer_from_the_job_above():
    """ "Guide-conférencier, Musées de la Ville de Strasbourg" under a plain-text CV's rule ("=====", read as the
    first job's header line, which makes that job an employer's block), then "Guide-conférencier indépendant
    (auto-entrepreneur)": a post held on one's own takes no employer from the block above."""
    text = (
        "Luc Meyer\nluc@mail.fr\n\nEXPÉRIENCE PROFESSIONNELLE\n==========================\n"
        "Guide-conférencier, Musées de la Ville de Strasbourg\nDe 2018 à aujourd'hui\n• Visites des collections\n"
        "Guide-conférencier indépendant (auto-entrepreneur)\nDe 2015 à 2018\n• Visites pour agences réceptives\n"
    )
    assert [name for name, _position in _jobs(text)] == ["Musées de la Ville de Strasbourg", None]


def test_the_employers_line_under_the_dates_beats_the_titles_field():
    """ "Senior Social Worker – Children and Families" / dates / "City of Edinburgh Council, Edinburgh", and
    "Assistant Curator, Prints and Drawings" / dates / "Victoria and Albert Museum, London": the line under the dates
    names the employer (a council, a museum); the words after the title were read as the employer. A duty or a
    labelled remark under the dates is no employer."""
    from tests.parsing.files import bold_jobs

    text = (
        "Rachel Thompson\nrachel@mail.co.uk\n\n**Employment History\n**Senior Social Worker – Children and Families\n"
        "Mar 2019 – Present\nCity of Edinburgh Council, Edinburgh\n• Supervise a team of five social workers\n"
        "**Social Worker\nAug 2014 – Feb 2019\nGlasgow City Council, Glasgow\n• Child protection caseload\n"
    )
    assert [job[0] for job in bold_jobs(text)] == ["City of Edinburgh Council", "Glasgow City Council"]
    text = (
        "Anna Reed\nanna@mail.co.uk\n\n**WORK EXPERIENCE\n**Assistant Curator, Prints and Drawings\n"
        "Sept 2020 – Present\nVictoria and Albert Museum, London\n• Co-curated an exhibition\n"
        "**Collections Officer\nJan 2018 – Aug 2020\nAshmolean Museum, Oxford\n• Documentation of prints\n"
    )
    assert bold_jobs(text)[0][:2] == (
        "Victoria and Albert Museum",
        "Assistant Curator, Prints and Drawings",
    )


def test_a_bold_title_whose_field_is_a_sections_word_is_no_heading():
    """ "Chargé d'accompagnement de projets ESS" and "Chargé de clientèle associations" set in bold like the
    section's heading: job titles (a title's first word, then its field), not a projects or a volunteering heading
    (four jobs were lost under them). A heading in capitals, or a known heading, still heads."""
    from parsing.structure.sections import heading_kind

    assert heading_kind("Chargé d'accompagnement de projets ESS", 2) is None
    assert heading_kind("Chargé de clientèle associations", 2) is None
    assert heading_kind("PROJETS ASSOCIATIFS", 2) is not None
    assert heading_kind("Projets personnels", 2) is not None


def test_a_field_in_lower_case_is_no_employer_beside_a_name():
    """ "Éditrice, domaine littérature étrangère" over "Actes Sud" and "Arles": the publisher is the employer, not
    the field after the title's comma (the job was lost)."""
    from parsing.structure.experience import header_fields

    assert header_fields(["Éditrice, domaine littérature étrangère", "Actes Sud", "Arles"])[1] == "Actes Sud"
    text = (
        "Chloé Arnaud\nchloe@mail.fr\n\nPARCOURS\nDepuis oct. 2021\nÉditrice, domaine littérature étrangère\n"
        "Actes Sud\nArles\n• Suivi de 12 titres par an\n2018 – 2021\nAssistante d'édition\nÉditions Gallimard\nParis\n"
    )
    assert [name for name, _position in _jobs(text)] == ["Actes Sud", "Éditions Gallimard"]


def test_an_employer_and_its_town_in_bold_is_no_heading():
    """ "Granta Publications, London" in bold with "Summer 2013" beside it: the last job's employer and its town,
    not a publications heading (the job was lost)."""
    from parsing.structure.sections import heading_kind

    assert heading_kind("Granta Publications, London | Summer 2013", 2) is None
    assert heading_kind("Granta Publications, London", 2) is None
    assert heading_kind("Publications, Conferences", 2) is not None


def test_an_elided_article_before_a_name_is_no_sentences_word():
    """ "Représentation permanente de l'Estonie auprès de l'UE, Bruxelles" under the title: an employer, not a
    sentence ("l'Estonie", "l'UE" were counted as words in lower case)."""
    from parsing.structure.experience import plausible_value

    assert plausible_value("Représentation permanente de l'Estonie auprès de l'UE", employer=True)
    text = (
        "Kadri Tamm\nkadri@mail.ee\n\nEXPÉRIENCE\nChargée de projets européens\n"
        "Représentation permanente de l'Estonie auprès de l'UE, Bruxelles\nsept. 2019 – aujourd'hui\n"
        "• Suivi des dossiers éducation et culture\n"
    )
    assert _jobs(text) == [("Représentation permanente de l'Estonie auprès de l'UE", "Chargée de projets européens")]


def test_a_range_wrapped_in_the_date_column_beside_the_header():
    """ "2019 – | Agent de sécurité événementiel" then "2022 | Stadium Sécurité Ouest SARL": a narrow date column
    wrapped the range after its dash, its end set beside the employer's line; one job from 2019 to 2022 (it was two
    half-jobs of one year each)."""
    from parsing.structure.experience import parse_experience

    work = parse_experience(
        [
            "2019 – | Agent de sécurité événementiel",
            "2022 | Stadium Sécurité Ouest SARL",
            "› Palpations, filtrage",
            "2018 – | Steward",
            "2019 | FC Nantes",
            "Été 2016 | Animateur (BAFA)",
        ]
    )
    assert [(w.get("name"), w.get("position"), w.get("startDate"), w.get("endDate")) for w in work][:2] == [
        ("Stadium Sécurité Ouest SARL", "Agent de sécurité événementiel", "2019", "2022"),
        ("FC Nantes", "Steward", "2018", "2019"),
    ]


def test_a_bullets_job_whose_year_closes_it_in_brackets():
    """ "• Animatrice chez Club Med, Cefalù (été 2012)" after "• … chez Kaufland România (2013-2015)": a job whose
    lone year closes it in brackets, like its neighbours' ranges; it was read as a duty of the job above."""
    text = (
        "Andreea Ionescu\nandreea@mail.fr\n\nExpérience\n• Hôtesse de caisse chez Kaufland România (2013-2015)\n"
        "• Animatrice chez Club Med, Cefalù (été 2012)\n"
    )
    assert _jobs(text) == [("Kaufland România", "Hôtesse de caisse"), ("Club Med", "Animatrice")]


def test_a_firm_named_with_figures_opens_a_header_not_a_bullets_end():
    """ "24S — Merchandiser e-commerce | 2019 – 2021" after a bullet: a firm whose name opens with figures, then the
    title; the line was read as the end of the bullet above, and the job lost."""
    text = (
        "Clara Dumont\nclara@mail.fr\n\nEXPÉRIENCE\nSephora — Chef de projet e-commerce | 2021 – aujourd'hui\n"
        "• Suivi des KPI\n24S — Merchandiser e-commerce | 2019 – 2021\nParis\n• Mise en avant des marques\n"
    )
    assert _jobs(text) == [("Sephora", "Chef de projet e-commerce"), ("24S", "Merchandiser e-commerce")]


def test_a_champagne_house_is_no_marital_status():
    """ "Veuve Clicquot Ponsardin, Reims": the employer's name, not a widow's status (the line was dropped as
    protected data and the employer lost); "Situation familiale : veuve" still is."""
    from parsing.structure.protected import protected_kinds

    assert protected_kinds("Veuve Clicquot Ponsardin, Reims") == []
    assert protected_kinds("Situation familiale : veuve") == ["marital_status"]
    assert protected_kinds("VEUF") == ["marital_status"]
    text = (
        "Claire Petit\nclaire@mail.fr\n\nEXPÉRIENCE PROFESSIONNELLE\nAssistante commerciale export\n"
        "Veuve Clicquot Ponsardin, Reims\n03/2017 à 12/2021\n• Administration des ventes\n"
    )
    assert _jobs(text) == [("Veuve Clicquot Ponsardin", "Assistante commerciale export")]


def test_the_kind_of_a_fixed_term_contract_is_no_employer():
    """ "Agent d'accueil, Aéroport Nice Côte d'Azur (juin 2015 – septembre 2016) – CDD saisonnier": the contract's
    kind is no field; the airport is the employer (the terms were read as the employer)."""
    from parsing.structure.experience import header_fields

    assert header_fields(["Agent d'accueil, Aéroport Nice Côte d'Azur", "CDD saisonnier"])[:2] == (
        "Agent d'accueil",
        "Aéroport Nice Côte d'Azur",
    )
    assert header_fields(["Stage", "Thales"])[:2] == ("Stage", "Thales")


def test_a_forms_subjects_part_no_degree_from_its_school():
    """A Europass form's "Principales matières / compétences professionnelles couvertes", its first words on one
    row and their value beside them or below, the rest wrapped: the subjects studied part no degree from its school
    (the school was lost, or read as "Principales matières"), and "compétences" is no skills heading."""
    from parsing import analyze
    from parsing.document import Document, Line

    rows = [
        "Nom / Prénom | Aurélie Mougin",
        "Adresse | 21 rue Battant, 25000 Besançon",
        "Courrier électronique | aurelie.mougin@mail.fr",
        "Expérience professionnelle",
        "Dates | Depuis avril 2019",
        "Fonction ou poste occupé | Horlogère rhabilleuse",
        "Nom et adresse de l'employeur | Atelier Horloger Bisontin, Besançon",
        "Éducation et formation",
        "Dates | 2012 – 2014",
        "Intitulé du certificat ou diplôme délivré | DMA Horlogerie",
        "Principales matières /",
        "Conception et réalisation de mouvements, restauration",
        "compétences professionnelles",
        "couvertes",
        "Nom et type de l'établissement d'enseignement ou de formation | Lycée Edgar Faure, Morteau",
        "Dates | 2010 – 2012",
        "Intitulé du certificat ou diplôme délivré | CAP Horlogerie",
        "Principales matières / | Mécanique, électrotechnique",
        "compétences",
        "Nom et type de l'établissement d'enseignement ou de formation | Lycée Edgar Faure, Morteau",
    ]
    result = analyze(Document(lines=[Line(row) for row in rows], format="pdf"))
    assert [(e.get("institution"), e.get("studyType")) for e in result["education"]] == [
        ("Lycée Edgar Faure", "DMA"),
        ("Lycée Edgar Faure", "CAP"),
    ]


def test_review_guards_for_wrapped_ranges_and_title_shaped_headings():
    """(review) A lone "2019 –" among ranges written whole is an open range, even when the next post's lone year
    comes two lines down; and a heading opened by a title's word that qualifies fields ("Data Science Projects",
    "Senior Management Experience") still heads."""
    from parsing.structure.experience import parse_experience
    from parsing.structure.sections import heading_kind

    work = parse_experience(
        [
            "2019 –",
            "Responsable logistique, Geodis",
            "2019",
            "Stage logistique, XPO Logistics",
            "2017 – 2018",
            "Cariste, Lidl",
        ]
    )
    assert [(w.get("name"), w.get("startDate"), w.get("endDate")) for w in work] == [
        ("Geodis", "2019", None),
        ("XPO Logistics", "2019", "2019"),
        ("Lidl", "2017", "2018"),
    ]
    assert heading_kind("Data Science Projects", 2) is not None
    assert heading_kind("Senior Management Experience", 2) is not None
    assert heading_kind("Bénévole en associations", 2) is not None


def test_a_name_set_large_over_two_lines_in_two_sizes():
    """ "Zoé" in 34 points over "LAMBERT" in 38, the contact labels between them in a column of their own; "Elsa" /
    "LINDQVIST" the same, a Nordic given name; and "BASED IN, Paris" is a label, no name."""
    from parsing import analyze
    from parsing.document import Document, Line

    def name(rows: list[tuple[str, float, bool, float]]) -> str | None:
        lines = [Line(text, size=size, bold=bold, x0=x0) for text, size, bold, x0 in rows]
        return analyze(Document(lines=lines, format="pdf", body_size=8.5))["basics"].get("name")

    tail = [("PROFIL", 10.0, True, 40.0), ("Styliste indépendante à Paris.", 8.5, False, 40.0)]
    assert (
        name(
            [
                ("Zoé", 34.0, False, 40.0),
                ("TÉL | 06 19 83 27 46", 7.0, True, 390.0),
                ("MAIL | zoe.lambert.style@gmail.com", 7.0, True, 390.0),
                ("LAMBERT", 38.0, True, 40.0),
                *tail,
            ]
        )
        == "Zoé LAMBERT"
    )
    assert (
        name(
            [
                ("Elsa", 34.0, False, 40.0),
                ("PHONE +33 7 68 29 41 53", 8.5, False, 390.0),
                ("EMAIL | elsa@elsalindqvist.com", 7.0, True, 390.0),
                ("LINDQVIST", 38.0, True, 40.0),
                ("BASED IN, Paris, France", 8.5, False, 390.0),
                *tail,
            ]
        )
        == "Elsa LINDQVIST"
    )


def test_review_guards_for_the_work_history_header_rules():
    """(review) The line under a consultant's or an agency worker's dates names a client or a site, not the
    employer ("Pour la Banque de France"), and a header that names its firm keeps it ("Staff Nurse – Nuffield
    Health" over "The Priory Hospital"); a firm and a town the gazetteer lacks stay so among title-first headers
    ("Manpower | Plouguerneau"); a board seat "indépendante" keeps the employer above; a firm opened in lower case is
    no field ("iad France"); a plain bold line with no legal form nor town heads no posts ("Earlier Career")."""
    from tests.parsing.files import bold_jobs

    text = (
        "Paul Roy\npaul@mail.fr\n\nEXPÉRIENCE\nConsultant junior – Sopra Steria\n2017 – 2019\n"
        "Pour la Banque de France\n• Recette applicative\n"
    )
    assert _jobs(text)[0][0] == "Sopra Steria"
    text = (
        "Anna Reed\nanna@mail.co.uk\n\nEXPERIENCE\nStaff Nurse – Nuffield Health\n2018 – 2021\nThe Priory Hospital\n"
        "• Ward duties\n"
    )
    assert _jobs(text)[0][0] == "Nuffield Health"
    text = (
        "Yann Le Bras\nyann@mail.fr\n\nEXPÉRIENCE\nCariste | Geodis | 2019 – 2022\nPréparateur | Lidl | 2017 – 2019\n"
        "Manpower | Plouguerneau | 2016 – 2017\n"
    )
    assert _jobs(text)[2][0] == "Manpower"
    text = (
        "Claire Dubois\nclaire@mail.fr\n\nMANDATS\nRexel SA\n2018 – 2022\nPrésidente du comité d'audit\n"
        "2016 – 2018\nAdministratrice indépendante\n"
    )
    assert [name for name, _position in _jobs(text)] == ["Rexel SA", "Rexel SA"]
    text = (
        "Tom Lee\ntom@mail.co.uk\n\n**EXPERIENCE\n2019 – Present\n**Chief Financial Officer\nWood Group, Aberdeen\n"
        "• Finance lead\n• Cost programme\n**Earlier Career\n2013 – 2019 Head of FP&A, Wood Group UK\n"
    )
    assert "Earlier Career" not in [job[0] for job in bold_jobs(text)]


def test_the_main_column_resumes_its_section_after_a_sidebars_block():
    """The reading order set a sidebar's block ("PORTFOLIO", "EN BREF", at the right) between the first job and the
    next ones of the main column, lower on the page and far to the left: those jobs are the experience section's,
    not the sidebar's (three jobs were lost); "2020 →" opens a range as "2020 –" does."""
    from parsing import analyze
    from parsing.document import Document, Line
    from parsing.structure.dates import find_date_ranges

    assert find_date_ranges("2020 →")[0].current
    rows = [
        ("Zoé Lambert", 50.0, 24.0, 0),
        ("zoe@mail.fr | 06 26 49 13 80", 50.0, 60.0, 0),
        ("PARCOURS", 50.0, 202.0, 0),
        ("2020 – | Scénographe indépendante", 50.0, 219.0, 0),
        ("PORTFOLIO", 369.0, 133.0, 1),
        ("zoelambert-scenographie.fr", 369.0, 142.0, 1),
        ("EN BREF", 400.0, 201.0, 1),
        ("Scénographe d'exposition", 400.0, 216.0, 1),
        ("2017 – 2020 | Scénographe", 50.0, 276.0, 3),
        ("Atelier Coche & Lenoir SARL, Paris", 145.0, 289.0, 3),
        ("2016 – 2017 | Assistante scénographe", 50.0, 334.0, 3),
        ("Musée des Confluences, Lyon", 145.0, 347.0, 3),
    ]
    lines = [Line(text, x0=x0, top=top, block=block, bold=text.isupper(), size=10.0) for text, x0, top, block in rows]
    work = analyze(Document(lines=lines, format="pdf", body_size=10.0))["work"]
    assert [w.get("name") for w in work][1:] == ["Atelier Coche & Lenoir SARL", "Musée des Confluences"]


def test_a_result_labelled_by_its_year_is_no_job():
    """ "Réalisation 2023 : 117 % de l'objectif volume", "• Prise de commandes 2019 : 7,4 M€ (113 %)": a result and its
    year under a job, no job of its own ("commandes 2019" was also read as "dès 2019", an open range)."""
    from parsing.structure.dates import find_date_ranges

    assert not find_date_ranges("Prise de commandes 2019")[0].current
    assert find_date_ranges("dès 2019")[0].current
    text = (
        "Marc Petit\nmarc@mail.fr\n\nEXPÉRIENCE\n2020 – aujourd'hui : Ingénieur commercial, Dell Technologies\n"
        "• Prise de commandes 2019 : 7,4 M€ (113 %)\nRéalisation 2023 : 117 % de l'objectif volume\n"
        "2016 – 2020 : Ingénieur d'affaires, Orange Business Services\n"
    )
    assert [name for name, _position in _jobs(text)] == ["Dell Technologies", "Orange Business Services"]


def test_an_agency_workers_assignment_is_no_employer():
    """ "Cariste | Synergie | mission Deret Logistique": the client the temp agency placed the worker with, in lower
    case after the agency; the agency employs (the assignment was read as the employer)."""
    from parsing.structure.experience import header_fields

    assert header_fields(["Cariste", "Synergie", "mission Deret Logistique"])[:2] == ("Cariste", "Synergie")
    assert header_fields(["Préparatrice de commandes", "Proman", "mission ID Logistics"])[1] == "Proman"


def test_review_guards_for_the_late_rules():
    """(review) A bullet's side role closed by its year in brackets under a job's dated header is a duty ("• Tutrice,
    accueil de 4 alternantes (2021)"); a duty's wrapped line opened by a count is no firm ("120 magasins – Nord et
    Est, 2018 – 2019"); a name with "Lieu" stays a name; "Veuve Permis B" is still a marital status; the subjects'
    label of an ordinary CV makes no form; a contract part leaves a header's comma alone when its tail is a level
    ("Technicien support, Niveau 2 | CDD 6 mois" over "Atos")."""
    from parsing import parse_resume
    from parsing.structure.protected import protected_kinds

    text = (
        "Julie Roux\njulie@mail.fr\n\nEXPÉRIENCE\nResponsable de magasin – Sephora, Lyon | 2018 – 2023\n"
        "• Tutrice, accueil de 4 alternantes (2021)\n• Référente qualité, audit interne (2019)\n"
    )
    assert _jobs(text) == [("Sephora", "Responsable de magasin")]
    text = (
        "Paul Roy\npaul@mail.fr\n\nEXPÉRIENCE\nChef de projet – Leroy Merlin | 2016 – 2020\n"
        "• Pilotage du déploiement dans\n120 magasins – Nord et Est, 2018 – 2019\n"
    )
    assert [name for name, _position in _jobs(text)] == ["Leroy Merlin"]
    assert (
        parse_resume(b"Kevin Lieu\nkevin.lieu@mail.com\n\nEXPERIENCE\n2019 - 2022 Analyst, KPMG\n", "cv.txt")["basics"][
            "name"
        ]
        == "Kevin Lieu"
    )
    assert protected_kinds("Veuve Permis B") == ["marital_status"]
    text = (
        "Luc Martin\nluc@mail.fr\n\nEXPÉRIENCE\n2019 - 2022 Technicien support, Niveau 2 | CDD 6 mois\nAtos\n"
        "• Assistance aux utilisateurs\n"
    )
    assert _jobs(text)[0][0] == "Atos"


def test_reread_mends():
    """(reread) A language's level or a licence's category is no British outward code ("German A2" beside a UK
    number gave the town German); a Belgian town in capitals keeps its article ("7100 LA LOUVIERE"); a post office
    box's country after a town the gazetteer lacks is no part of it; "conseillère" and "administrative" are no board
    seat, and an "Independent Consultant" has no employer from the block above; a hobby's qualifier alone in its row
    is no language; "Champion national 5 fois" is no Scottish award."""
    from parsing.structure.contact import find_location
    from parsing.structure.education import find_degree
    from parsing.structure.experience import parse_experience

    assert find_location(["Manchester", "07911 123456", "German A2"], phone_region="GB")["city"] == "Manchester"
    assert find_location(["Folkestone, Kent CT20"], phone_region="GB")["city"] == "Folkestone"
    assert find_location(["Chaussée de Mons 12, 7100 LA LOUVIERE"])["city"] == "LA LOUVIERE"
    assert find_location(["Keizersgracht 412, 1016 GC Amsterdam"])["city"] == "Amsterdam"
    assert find_location(["BP 12 Kolda Sénégal"], phone_region="SN")["city"] == "Kolda"
    for post in ("Conseillère immobilier indépendante", "Independent Consultant"):
        work = parse_experience(
            ["Rexel SA, Paris", "Directrice financière | 2015 – 2019", "• Budget", f"{post} | 2019 – 2023"]
        )
        assert work[1].get("name") is None, post
    assert find_degree("Champion national 5 fois") is None
    assert find_degree("National 5 Maths") is not None
    assert _languages_of("CENTRES D'INTÉRÊT\nCuisine | Thaï\n") == []


def _languages_of(section: str) -> list[str]:
    return [
        item["language"]
        for item in parse_resume(f"Anna Lee\nanna@mail.com\n\n{section}".encode(), "cv.txt")["languages"]
    ]


def test_review_guards_for_the_final_rules():
    """(review) An arrow after a degree's year is a path's step, no open range ("Bac S 2012 →"); "Depuis" glued to
    the word before still opens one ("Comptable uniqueDepuis 2021"); a job's terms and pay after its year are no
    result ("Stage 2019 : 800 € par mois, Airbus"); with no agency named, the assignment is the employer
    ("Intérimaire – mission Renault Flins")."""
    from parsing.structure.dates import find_date_ranges
    from parsing.structure.experience import header_fields

    assert not find_date_ranges("Bac S 2012 →")[0].current
    assert find_date_ranges("Comptable uniqueDepuis 2021")[0].current
    text = (
        "Léa Roux\nlea@mail.fr\n\nEXPÉRIENCE\n2020 – 2023 : Chargée de marketing, Cointreau\n"
        "Stage 2019 : 800 € par mois, Airbus, Toulouse\n"
    )
    assert _jobs(text) == [("Cointreau", "Chargée de marketing"), ("Airbus", "Stage")]  # (a pay is no employer)
    assert header_fields(["Intérimaire", "mission Renault Flins"])[1] == "Renault Flins"

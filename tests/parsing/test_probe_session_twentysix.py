"""Faults read off the twenty-sixth session's probe CVs (logistics, retail and luxury, research, consulting and
audit, Word templates, career changes, English-speaking applicants): the work-history readings. Each test failed
before its fix."""

from parsing.structure.experience import parse_experience


def _pairs(lines: list[str]) -> list[tuple[str | None, str | None]]:
    return [(item.get("name"), item.get("position")) for item in parse_experience(lines)]


def test_a_titles_unit_after_a_dash_when_the_other_jobs_write_the_employer_on_the_line_below():
    """ "Product Manager – Small Leather Goods | Mar 2021 – Present" over "Bottega Veneta — Milan": the other jobs
    write the employer and its town on the line under the title the same way, so the dash's tail is what the post
    covered, not the employer."""
    lines = [
        "Product Manager – Small Leather Goods | Mar 2021 – Present",
        "Bottega Veneta — Milan",
        "• Built the seasonal collection plan",
        "Assistant Product Manager | Sep 2018 – Feb 2021",
        "Fendi — Rome",
        "• Prepared line sheets",
    ]
    assert _pairs(lines) == [
        ("Bottega Veneta", "Product Manager – Small Leather Goods"),
        ("Fendi", "Assistant Product Manager"),
    ]
    lines = [
        "2021 – present",
        "Buyer – Designer Menswear",
        "Galeries Lafayette, Paris",
        "• Buying for 40 designer brands",
        "2018 – 2021",
        "Junior Buyer – Accessories",
        "La Rinascente, Milan",
        "• Seasonal buys",
    ]
    assert _pairs(lines) == [
        ("Galeries Lafayette", "Buyer – Designer Menswear"),
        ("La Rinascente", "Junior Buyer – Accessories"),
    ]


def test_a_line_under_a_whole_header_with_no_sibling_written_so_stays_a_duty():
    """The same rule needs the section's other jobs: alone, "Staff Nurse – Nuffield Health" over "The Priory
    Hospital, London" keeps the firm the header names."""
    lines = ["Staff Nurse – Nuffield Health | 2019 – 2022", "The Priory Hospital, London", "• Ward rounds"]
    assert _pairs(lines)[0][0] == "Nuffield Health"


def test_a_research_body_and_its_laboratory_are_the_employer_together():
    """ "CNRS – Centre Émile Durkheim (UMR 5116)", "ISIR – Sorbonne Université", "Inserm – CRNL", and a form's
    "Employeur : CNRS – Institut Néel, Grenoble": the body and the laboratory it runs, in either order, as the CV
    names them (one of the two had been dropped)."""
    assert _pairs(
        ["CNRS – CENTRE ÉMILE DURKHEIM (UMR 5116) | Bordeaux", "Chargée de recherche (CRCN)", "2021 – 2023"]
    ) == [("CNRS – CENTRE ÉMILE DURKHEIM (UMR 5116)", "Chargée de recherche (CRCN)")]
    assert _pairs(["PhD Researcher | ISIR – Sorbonne Université, Paris | 2018 – 2021"]) == [
        ("ISIR – Sorbonne Université", "PhD Researcher")
    ]
    assert _pairs(["Ingénieur d'études", "Inserm – CRNL, Lyon", "2019 – 2021"]) == [
        ("Inserm – CRNL", "Ingénieur d'études")
    ]
    assert _pairs(
        ["Poste occupé : Ingénieur de recherche", "Employeur : CNRS – Institut Néel, Grenoble", "2015 – 2020"]
    ) == [("CNRS – Institut Néel", "Ingénieur de recherche")]
    # (a body alone, or beside a town, stays alone)
    assert _pairs(["Chargé de recherche — CNRS, Paris | 2018 – 2020"]) == [("CNRS", "Chargé de recherche")]


def test_a_title_and_the_business_it_covered_before_an_em_dash_and_the_firm():
    """ "Operations Director – Automotive Logistics — Gefco, Courbevoie": the covered business's words read as a
    firm's, and Gefco was lost; "Supply Chain Director – France South — CEVA Logistics": a country and a point of
    the compass are the region the title covers, not the town the line opens with."""
    assert _pairs(["Operations Director – Automotive Logistics — Gefco, Courbevoie | 2010 – 2018"]) == [
        ("Gefco", "Operations Director – Automotive Logistics")
    ]
    assert _pairs(["Supply Chain Director – France South — CEVA Logistics, Marseille | 2018 – présent"]) == [
        ("CEVA Logistics", "Supply Chain Director – France South")
    ]
    # (a town after the en dash is still the town)
    assert _pairs(["Chef de rayon – Brest — Carrefour | 2016 – 2018"]) == [("Carrefour", "Chef de rayon")]


def test_a_units_title_over_a_long_employers_name_written_like_the_other_jobs():
    """ "Registered Nurse, Cardiac Step-Down Unit | Aug 2016 – Dec 2018" over "Rush University Medical Center,
    Chicago, IL", where the job above writes "Northwestern Memorial Hospital, Chicago, IL" under its title: the
    unit had been read as the employer."""
    lines = [
        "Registered Nurse, Medical Intensive Care Unit | Jan 2019 – Present",
        "Northwestern Memorial Hospital, Chicago, IL",
        "• Provide care for critically ill patients",
        "Registered Nurse, Cardiac Step-Down Unit | Aug 2016 – Dec 2018",
        "Rush University Medical Center, Chicago, IL",
        "• Telemetry monitoring",
    ]
    assert _pairs(lines) == [
        ("Northwestern Memorial Hospital", "Registered Nurse, Medical Intensive Care Unit"),
        ("Rush University Medical Center", "Registered Nurse, Cardiac Step-Down Unit"),
    ]


def test_headings_set_flush_right_in_a_margin_head_the_content_level_with_them():
    """An academic CV's headings right-aligned in a left margin ("POSITIONS", "EDUCATION", each starting at its own
    x; "SELECTED" wrapped over "PUBLICATIONS"): the extraction read the column first, and the three posts and three
    degrees had no section. And under a
    university's post, "Department of Physics – Ion Trap Quantum Computing group" is the unit, no employer."""
    from parsing import analyze
    from parsing.document import Document, Line

    def row(text: str, x0: float, top: float, bold: bool = False, size: float = 10.0, block: int = 3) -> Line:
        return Line(text, x0=x0, top=top, bold=bold, size=size, block=block)

    lines = [
        row("Hugo Lefebvre", 54, 50, True, 22.0, 0),
        row("Oxford, United Kingdom | +44 7700 914 382 | hugo.lefebvre@example.org", 54, 89, size=9.5, block=1),
        row("POSITIONS", 103, 117, True, 8.6, 2),
        row("EDUCATION", 99, 293, True, 8.6, 2),
        row("LANGUAGES", 96, 372, True, 8.6, 2),
        row("SELECTED", 104, 400, True, 8.6, 2),
        row("PUBLICATIONS", 88, 414, True, 8.6, 2),
        row("Postdoctoral Research Assistant", 165, 117, True),
        row("University of Oxford, Oxford, UK · Oct 2021 – present", 165, 130),
        row("Department of Physics – Ion Trap Quantum Computing group", 165, 143, size=9.5),
        row("• Design and operation of a two-species quantum network node", 168, 165, size=9.6),
        row("Doctoral Researcher", 165, 198, True),
        row("Laboratoire Kastler Brossel, Paris · Sep 2017 – Sep 2021", 165, 211),
        row("• Cavity QED with Rydberg atoms", 168, 224, size=9.6),
        row("PhD in Physics", 165, 293, True),
        row("Sorbonne Université, Paris · 2021", 165, 306),
        row("Licence de Physique", 165, 336, True),
        row("Université Paris-Saclay, Orsay · 2015", 165, 349),
        row("French (native) · English (fluent)", 165, 372),
        row("Lefebvre H. et al. 2024, Phys. Rev. Lett. 132, 050801", 168, 400, size=9.6),
        row("Lefebvre H. et al. 2022, Nature Physics 18, 112", 168, 412, size=9.6),
    ]
    result = analyze(Document(lines=lines, format="pdf", body_size=9.6))
    assert [(w.get("name"), w.get("position")) for w in result["work"]] == [
        ("University of Oxford", "Postdoctoral Research Assistant"),
        ("Laboratoire Kastler Brossel", "Doctoral Researcher"),
    ]
    assert [e.get("institution") for e in result["education"]] == ["Sorbonne Université", "Université Paris-Saclay"]
    assert [item["name"] for item in result["publications"]] and not any(
        "Lefebvre" in (w.get("name") or "") for w in result["work"]
    )


def test_the_reviews_guards_a_contract_after_a_comma_and_a_firms_shop_under_its_header():
    """The first review's cases: initials after a comma are the contract or the scheme, no laboratory ("CNRS, CDD");
    and "Vendeuse – Sephora" over "Boutique Champs-Élysées — Paris", among jobs that write their firm under the title,
    keeps the firm its header names (the line is the shop)."""
    assert _pairs(["Ingénieur d'études, CNRS, CDD | 2016 – 2018"]) == [("CNRS", "Ingénieur d'études")]
    lines = [
        "Conseillère de vente | 2021 – 2023",
        "Galeries Lafayette — Paris",
        "• Conseil client",
        "Vendeuse – Sephora | 2019 – 2021",
        "Boutique Champs-Élysées — Paris",
        "• Conseil beauté",
    ]
    assert _pairs(lines) == [("Galeries Lafayette", "Conseillère de vente"), ("Sephora", "Vendeuse")]


def test_a_titles_unit_beside_the_employers_own_line():
    """ "Flutter Entertainment plc | Dublin" over "Finance Manager – Group Reporting", "Wallenius Wilhelmsen ASA ·
    Lysaker" over "Logistics Manager, Ocean Operations", and a form's "Designation : Assistant Manager – Warehouse
    Operations": the other line is the employer's own, with its town, so the words after the title are what it
    covers (they had been dropped). A consultancy's client stays out ("Consultant SAP – Safran")."""
    lines = ["Flutter Entertainment plc | Dublin", "Finance Manager – Group Reporting", "March 2022 – Present"]
    assert _pairs(lines) == [("Flutter Entertainment plc", "Finance Manager – Group Reporting")]
    lines = ["Wallenius Wilhelmsen ASA · Lysaker", "Logistics Manager, Ocean Operations", "Aug 2019 – Present"]
    assert _pairs(lines) == [("Wallenius Wilhelmsen ASA", "Logistics Manager, Ocean Operations")]
    lines = [
        "Organisation : DHL Supply Chain India Pvt. Ltd., Bilaspur",
        "Designation : Assistant Manager – Warehouse Operations",
        "Duration : Jan 2019 – Present",
    ]
    assert _pairs(lines)[0][1] == "Assistant Manager – Warehouse Operations"
    assert _pairs(["Capgemini, Paris", "Consultant SAP – Safran", "2019 – 2021"]) == [("Capgemini", "Consultant SAP")]


def test_a_chains_name_over_titles_with_their_stores_and_a_firms_national_member_over_its_grades():
    """ "MONOPRIX" over "Directrice adjointe – Paris République | …": the town and its district name the store, and
    the chain is the employer (the district had been read as the employer, and the block broken); "Deloitte
    Luxembourg" in bold after the last bullet of the job above heads the grades under it, like "Deloitte LLP,
    London" does."""
    lines = [
        "MONOPRIX",
        "Directrice de magasin – Paris Bastille | avril 2020 – aujourd'hui",
        "• Direction d'un magasin de 2 800 m²",
        "Directrice adjointe – Paris République | janv. 2016 – mars 2020",
        "Responsable de rayon alimentaire – Vincennes | sept. 2011 – déc. 2015",
    ]
    assert [name for name, _ in _pairs(lines)] == ["MONOPRIX", "MONOPRIX", "MONOPRIX"]
    lines = [
        "Alcyon Capital Management S.à r.l., Luxembourg | 2020 – present",
        "Chief Financial Officer",
        "• Member of the management committee",
        "Deloitte Luxembourg",
        "Director, Audit & Assurance – Alternative Investments | 2017 – 2020",
        "Senior Manager | 2014 – 2017",
    ]
    jobs = [
        (item.get("name"), item.get("position"))
        for item in parse_experience(lines, [True, False, False, True, True, True])
    ]
    assert jobs[1:] == [
        ("Deloitte Luxembourg", "Director, Audit & Assurance – Alternative Investments"),
        ("Deloitte Luxembourg", "Senior Manager"),
    ]


def test_the_second_reviews_guards_an_employer_before_its_country_and_a_courses_hours():
    """ "Capgemini, France | +33 …" on the contact line, Capgemini being the CV's employer: no home town (the new
    reading of an unknown town before its country had taken the firm); "POEI Gestionnaire administrative (400 heures)"
    beside its school is a course by its hours, while "Visiting Student (6 months)" is a stay."""
    from parsing import parse_resume
    from parsing.structure.education import parse_education

    text = (
        "Jean Martin\nCapgemini, France | +33 6 12 34 56 78 | jean.martin@mail.fr\n\n"
        "EXPÉRIENCE\nConsultant SAP — Capgemini | 2019 – présent\n"
    )
    assert "city" not in parse_resume(text.encode(), "cv.txt")["basics"].get("location", {})
    studies = parse_education(["POEI Gestionnaire administrative (400 heures) — GRETA Lorraine Nord | 2021"])
    assert studies and (studies[0].get("studyType") or "").startswith("POEI")
    studies = parse_education(["Visiting Student (6 months) — MIT, Cambridge, MA | 2019"])
    assert not any((item.get("studyType") or "").startswith("Visiting") for item in studies)


def test_a_programme_or_models_code_between_a_title_and_the_employer_with_its_town():
    """ "Design Office Engineer – TBM 960 – Daher, Tarbes", "Programme Manager – A321XLR Cabin Integration – Airbus,
    Hamburg", "Technicienne méthodes assemblage – TBM 960 – Daher (Louey)": the model the post worked on is what the
    title covers (it had been read as the employer); without a code, a middle part may be the employer ("– La Poste –
    Colissimo, Wissous")."""
    assert _pairs(["Design Office Engineer – TBM 960 – Daher, Tarbes | 2017 – 2019"]) == [
        ("Daher", "Design Office Engineer – TBM 960")
    ]
    assert _pairs(["Programme Manager – A321XLR Cabin Integration – Airbus, Hamburg | 2020 – present"]) == [
        ("Airbus", "Programme Manager – A321XLR Cabin Integration")
    ]
    assert _pairs(["Technicienne méthodes assemblage – TBM 960 – Daher (Louey) | 2019 – présent"]) == [
        ("Daher", "Technicienne méthodes assemblage – TBM 960")
    ]


def test_a_field_in_lower_case_after_a_title_and_a_titles_tail_over_the_employers_line():
    """ "Agent de piste – tractage et repoussage (pushback) | Aviapartner, Marignane": what the post covers, in lower
    case, stays in the title (it was dropped as a remark), unlike the job's terms ("temps partiel") or a brand in
    lower case ("easyJet Switzerland"); and "Mécanicien avionique B2 – maintenance en ligne" over "Dassault Falcon
    Service, Le Bourget" keeps its tail, as the line read alone does."""
    assert _pairs(["Agent de piste – tractage et repoussage (pushback) | Aviapartner, Marignane | 2019 – présent"]) == [
        ("Aviapartner", "Agent de piste – tractage et repoussage (pushback)")
    ]
    assert _pairs(["Vendeuse – temps partiel – Zara, Lyon | 2018"]) == [("Zara", "Vendeuse")]
    lines = ["Mécanicien avionique B2 – maintenance en ligne", "Dassault Falcon Service, Le Bourget", "2017 – 2021"]
    assert _pairs(lines) == [("Dassault Falcon Service", "Mécanicien avionique B2 – maintenance en ligne")]
    lines = ["Flight Dispatcher / OCC Duty Officer", "easyJet Switzerland · Geneva", "Feb 2020 – Present"]
    assert _pairs(lines)[0][0] == "easyJet Switzerland"


def test_a_public_servants_form_names_its_unit_under_the_employer():
    """ "Poste : …" / "Employeur : Métropole de Lyon" / "Service : Direction des ressources humaines – …" / "Période :
    depuis mars 2019" / "Missions :": the unit's label had opened a section of its own, and the three posts were lost;
    the post's field in lower case after its dash stays in the title."""
    from parsing import parse_resume

    text = (
        "Nadia Benali\nnadia.benali@mail.fr\n\nPARCOURS PROFESSIONNEL\n"
        "Poste : Gestionnaire carrière et paie – référent retraite\nEmployeur : Métropole de Lyon\n"
        "Service : Direction des ressources humaines – Service gestion administrative du personnel\n"
        "Période : depuis mars 2019\nMissions :\n• Gestion d'un portefeuille de 320 agents\n"
        "Poste : Adjoint administratif – agent d'accueil et d'état civil\nEmployeur : Ville de Vaulx-en-Velin\n"
        "Service : Direction de la population\nPériode : septembre 2010 – décembre 2015\nMissions :\n"
        "• Accueil du public\n"
    )
    jobs = [(item.get("name"), item.get("position")) for item in parse_resume(text.encode(), "cv.txt")["work"]]
    assert jobs == [
        ("Métropole de Lyon", "Gestionnaire carrière et paie – référent retraite"),
        ("Ville de Vaulx-en-Velin", "Adjoint administratif – agent d'accueil et d'état civil"),
    ]


def test_a_margins_label_in_capitals_on_the_row_of_its_sections_first_line():
    """ "EXPÉRIENCE Cheffe du service études et travaux assainissement, 2019–aujourd'hui" hanging left of the content's
    column, then "FORMATION Diplôme d'ingénieur …": the extraction joined each label with its section's first line,
    and no section was found (four jobs lost)."""
    from parsing import analyze
    from parsing.document import Document, Line

    def row(text: str, x0: float, top: float, bold: bool = False) -> Line:
        return Line(text, x0=x0, top=top, bold=bold, size=10.0)

    lines = [
        row("Élodie Marchand", 48, 50, True),
        row("41 avenue Jean Jaurès, 67100 Strasbourg | elodie.marchand@example.org", 48, 80),
        row("EXPÉRIENCE Cheffe du service études et travaux assainissement, 2019–aujourd'hui", 75, 120, True),
        row("Eurométropole de Strasbourg", 150, 133),
        row("• Management de 14 agents", 150, 146),
        row("Ingénieure d'études hydraulique, 2012–2015", 150, 165, True),
        row("Artelia (Échirolles)", 150, 178),
        row("• Modélisation de réseaux", 150, 191),
        row("FORMATION Diplôme d'ingénieur – génie de l'eau et de l'environnement, 2012", 79, 215, True),
        row("ENGEES (Strasbourg)", 150, 228),
        row("LANGUES Allemand – courant (B2/C1)", 91, 250),
        row("Anglais – professionnel (B2)", 150, 263),
    ]
    result = analyze(Document(lines=lines, format="pdf", body_size=10.0))
    assert [(w.get("name"), w.get("position")) for w in result["work"]] == [
        ("Eurométropole de Strasbourg", "Cheffe du service études et travaux assainissement"),
        ("Artelia", "Ingénieure d'études hydraulique"),
    ]
    assert "education" in result["meta"]["sections"] and [x["language"] for x in result["languages"]] == [
        "Allemand",
        "Anglais",
    ]


def test_the_third_reviews_guards_remarks_in_lower_case_and_firms_named_after_their_town():
    """A tail in lower case that tells the terms, the place of work or a client, or a brand in lower case, is no field
    of the title ("– en télétravail", "– iliad group"); and under a chain's name a later firm named after its town
    ("Paris Habitat") stays the employer."""
    assert _pairs(["Chef de produit – iliad group – Paris | 2019 – 2021"])[0][0] == "iliad group"
    assert _pairs(["Préparateur de commandes – en télétravail | Amazon, Lyon | 2020 – 2021"]) == [
        ("Amazon", "Préparateur de commandes")
    ]
    lines = [
        "MONOPRIX",
        "Directrice de magasin – Paris Bastille | avril 2020 – aujourd'hui",
        "Chargée de clientèle – Paris Habitat | 2015 – 2020",
    ]
    assert _pairs(lines)[1][0] == "Paris Habitat"


def test_air_crews_ground_staffs_and_other_trades_words_open_titles():
    """ "PNC saisonnière", "Copilote ATR 72-600", "Bagagiste", "Agent recenseur": the field tagger's check had dropped
    the position, no word of it reading as a title's."""
    from parsing import parse_resume

    text = (
        "Léa Hoarau\nlea.hoarau@mail.fr\n\nEXPÉRIENCE\n"
        "PNC saisonnière | Air Austral, Saint-Denis | 2019 – 2020\n• Service à bord\n"
        "Copilote ATR 72-600 | Air Corsica, Ajaccio | 2013 – 2016\n• Vols domestiques\n"
        "Bagagiste | Menzies Aviation, Marignane | 2010 – 2013\n• Tri des bagages\n"
    )
    jobs = [(item.get("name"), item.get("position")) for item in parse_resume(text.encode(), "cv.txt")["work"]]
    assert jobs == [
        ("Air Austral", "PNC saisonnière"),
        ("Air Corsica", "Copilote ATR 72-600"),
        ("Menzies Aviation", "Bagagiste"),
    ]


def test_a_consultants_missions_for_clients_with_their_length_are_no_jobs():
    """ "• AXA France – Direction de programme migration Guidewire (18 mois)" under a consultancy's post: the field
    tagger had added each client as a job of its own."""
    from parsing import parse_resume

    text = (
        "Claire Dubois\nclaire.dubois@mail.fr\n\nEXPÉRIENCE PROFESSIONNELLE\n"
        "Manager | Wavestone, Paris | 2016 – présent\n"
        "• AXA France – Direction de programme migration Guidewire (18 mois)\n"
        "• BNP Paribas Personal Finance – Cadrage du schéma directeur SI (4 mois)\n"
        "• Crédit Agricole Assurances – PMO du programme Solvabilité II pilier 3 (14 mois)\n"
        "Consultante | Sia Partners, Paris | 2012 – 2016\n• Missions de conseil en organisation\n"
    )
    jobs = [(item.get("name"), item.get("position")) for item in parse_resume(text.encode(), "cv.txt")["work"]]
    assert jobs == [("Wavestone", "Manager"), ("Sia Partners", "Consultante")]


def test_placements_listed_under_a_diploma_are_work_done():
    """ "• 1re année – Stagiaire éducatrice spécialisée, IME Les Primevères (Adapei 69) – oct. 2017 à févr." over
    "2018", "• Stage 1 : Moniteur-éducateur stagiaire – ESAT …": a social worker's placements under the diploma, with
    their employers and dates, are experience (none had been read)."""
    from parsing import analyze
    from parsing.document import Document, Line

    def row(text: str, x0: float, bold: bool = False) -> Line:
        return Line(text, x0=x0, bold=bold, size=9.5)

    lines = [
        row("Julie Favre", 51, True),
        row("julie.favre@mail.fr", 51),
        row("FORMATION", 51, True),
        row("Diplôme d'État d'Éducateur Spécialisé (DEES) | 2017 – 2020", 51, True),
        row("ARFRIPS, Lyon", 57),
        row("• 1re année – Stagiaire éducatrice spécialisée, IME Les Primevères (Adapei 69) – oct. 2017 à févr.", 59),
        row("2018", 67),
        row("• Stage 2 : Stagiaire éducatrice spécialisée – Sauvegarde 69 – nov. 2018 à mai 2019", 59),
        row("Baccalauréat économique et social | 2016", 51, True),
        row("Lycée Ampère, Lyon", 57),
    ]
    result = analyze(Document(lines=lines, format="pdf", body_size=9.5))
    assert [(w.get("name"), w.get("position"), w.get("startDate")) for w in result["work"]] == [
        ("IME Les Primevères (Adapei 69)", "Stagiaire éducatrice spécialisée", "2017-10"),
        ("Sauvegarde 69", "Stagiaire éducatrice spécialisée", "2018-11"),
    ]


def test_a_plain_title_whose_words_read_as_a_firms_beside_the_firm():
    """ "Social Media Manager (alternance)" over "We Are Social · Paris": the title's words ("Media") read as a
    firm's, and it had been taken for the employer with no position."""
    assert _pairs(["Social Media Manager (alternance)", "We Are Social · Paris", "sept. 2019 – août 2021"])[0][1] == (
        "Social Media Manager (alternance)"
    )


def test_the_fifth_reviews_guards_bullets_under_a_degree_that_are_no_placements_and_firms_named_with_trade_words():
    """An exchange, a training "stage" or a PhD student's post under a degree is no placement; a placement already
    among the jobs is not added again; "PNC Bank" or "Copilote Formation" name firms, no titles."""
    from parsing import parse_resume

    text = (
        "Anna Petit\nanna.petit@mail.fr\n\nEXPÉRIENCE\n"
        "Ingénieure qualité | Airbus Operations SAS, Toulouse | 2021 – présent\n• Audits fournisseurs\n"
        "Stagiaire ingénieure qualité | Airbus Operations SAS, Toulouse | 2020 – 2021\n• Analyse de non-conformités\n"
        "\nFORMATION\nDiplôme d'ingénieur – INSA Toulouse | 2016 – 2021\n"
        "• Exchange student – University of Toronto – Sept 2019 – Dec 2019\n"
        "• Stage BAFA – UFCV – juillet 2017\n"
        "• Stagiaire ingénieure qualité – Airbus – oct. 2020 à févr. 2021\n"
    )
    jobs = [(item.get("name"), item.get("position")) for item in parse_resume(text.encode(), "cv.txt")["work"]]
    assert jobs == [
        ("Airbus Operations SAS", "Ingénieure qualité"),
        ("Airbus Operations SAS", "Stagiaire ingénieure qualité"),
    ]
    assert _pairs(["Analyst, PNC Bank, Pittsburgh, PA | 2016 – 2019"])[0][0] == "PNC Bank"


def test_the_rereads_guards_an_english_years_rank_before_a_placement_and_compound_towns():
    """The reread's finds: "1st year – Student Social Worker – …" is a placement as "2nd year" is; a compound town of
    three words before its country on the phone's line is still the town ("Barrow upon Soar, United Kingdom"); a
    region's name of two words is a whole ("Lower Saxony"), so "North Bay" is no region."""
    from parsing import analyze
    from parsing.document import Document, Line
    from parsing.structure.contact import _contact_town_shape, _unknown_town_before_country

    lines = [
        Line("Sam Green", bold=True),
        Line("sam.green@mail.co.uk"),
        Line("EDUCATION", bold=True),
        Line("BA (Hons) Social Work | 2015 – 2018", bold=True),
        Line("University of Leeds"),
        Line("• 1st year – Student Social Worker – Wakefield Council – Oct 2016 – May 2017"),
    ]
    work = analyze(Document(lines=lines, format="text"))["work"]
    assert [(w.get("name"), w.get("position")) for w in work] == [("Wakefield Council", "Student Social Worker")]
    found = _unknown_town_before_country("Barrow upon Soar, United Kingdom", contact=True)
    assert found is not None and found["city"] == "Barrow upon Soar"
    assert _contact_town_shape("North Bay") and not _contact_town_shape("Lower Saxony")

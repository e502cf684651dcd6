"""Faults shown by realistic CVs written as real files in the nineteenth probing session (pharma and biotech,
construction, IT consulting, hospitality, the public sector, Eastern Europeans, retail and fashion): each test holds
one of them."""

from __future__ import annotations

from parsing import parse_resume

from .files import bold_jobs as _bold_jobs
from .files import text_jobs as _jobs
from .files import text_schools as _schools


def test_a_title_after_the_labelled_employer_is_the_post():
    """ "Nom de l'employeur : Auchan – Hôtesse de caisse": the post follows the employer on its labelled line; a town
    there is no post."""
    text = (
        "Marie Durand\nmarie.durand@mail.fr\n\nExpérience professionnelle\n01/2019 – 06/2022\n"
        "Nom de l'employeur : Auchan – Hôtesse de caisse\n09/2016 – 12/2018\nEmployeur : Decathlon – Vendeuse\n"
        "2015\nEmployeur : Fnac – Paris\n"
    )
    assert [(job[0], job[1]) for job in _jobs(text)] == [
        ("Auchan", "Hôtesse de caisse"),
        ("Decathlon", "Vendeuse"),
        ("Fnac", None),
    ]


def test_an_employer_wrapped_after_its_preposition_goes_on_over_the_next_line():
    """ "Club Athlétique de" over "Montreuil": one club's name on two lines; a sentence cut after "of" is not."""
    text = (
        "Paul Martin\npaul@mail.fr\n\nEXPÉRIENCE\n2019 – 2022 Entraîneur adjoint\nClub Athlétique de\nMontreuil\n"
        "Encadrement des équipes de jeunes.\n2016 – 2018 Éducateur sportif\nUnion Sportive de\nCréteil\n"
    )
    assert [(job[0], job[1]) for job in _jobs(text)] == [
        ("Club Athlétique de Montreuil", "Entraîneur adjoint"),
        ("Union Sportive de Créteil", "Éducateur sportif"),
    ]


def test_a_language_list_run_into_its_heading_is_read():
    """ "LANGUES Français (natif), Anglais (C1)": the heading and its list on one row, with no colon between."""
    text = "Paul Martin\npaul@mail.fr\n\nEXPERIENCE\n2019 – 2022 Cashier\nTesco – Reading\n\n{}\n"
    for row, names in (
        ("LANGUES Français (natif), Anglais (C1)", ["Français", "Anglais"]),
        ("Languages German, Polish", ["German", "Polish"]),
    ):
        result = parse_resume(text.format(row).encode(), "cv.txt")
        assert [item["language"] for item in result["languages"]] == names


def test_a_europass_name_between_the_two_words_of_its_wrapped_label():
    """ "INFORMATIONS | Camille Fontaine" over "PERSONNELLES": the form's label wrapped around the name's row."""
    text = (
        "Curriculum vitae Europass\nINFORMATIONS | Camille Fontaine\nPERSONNELLES\n75011 Paris\ncamille@mail.fr\n\n"
        "EXPÉRIENCE PROFESSIONNELLE\n01/2021 – 2023\nArchitecte\nChartier Dalix, Paris\n"
    )
    assert parse_resume(text.encode(), "cv.txt")["basics"]["name"] == "Camille Fontaine"


def test_trades_of_the_building_sites_are_titles():
    """ "Thermicienne", "Artisan gérant", "Service civique" and the Portuguese "Servente" are the posts held."""
    text = (
        "Paul Martin\npaul@mail.fr\n\nEXPÉRIENCE\n01/2019 – 02/2021\nThermicienne\nBureau d'études Cetab, Blagnac\n"
        "2016 – 2018 : Artisan gérant — Mercier Plomberie Chauffage, Dijon\n"
        "2014 – 2016 : Service civique — Compagnons Bâtisseurs, Bordeaux\n"
        "2010 – 2013 : Servente — Construções Gabriel Couto, Braga\n"
    )
    assert [(job[0], job[1]) for job in _jobs(text)] == [
        ("Bureau d'études Cetab", "Thermicienne"),
        ("Mercier Plomberie Chauffage", "Artisan gérant"),
        ("Compagnons Bâtisseurs", "Service civique"),
        ("Construções Gabriel Couto", "Servente"),
    ]


def test_schools_wrapped_after_an_article_and_schools_of_portugal():
    """ "CFA La" over "Noue, Longvic": the name wrapped after its article, before an unknown town; "Escola
    Profissional de Braga" and "Escola Secundária" are schools, "Curso profissional" and "Ensino Secundário" their
    diplomas."""
    text = (
        "Paul Martin\npaul@mail.fr\nDijon\n\nFORMATION\n"
        "2002 – 2004 : BP Monteur en installations de génie climatique et sanitaire – CFA La\nNoue, Longvic\n"
        "2006 – 2009 : Curso profissional de Técnico de Construção Civil – Escola Profissional de Braga\n"
        "2004 – 2006 : Diploma do Ensino Secundário — Escola Secundária de Camões, Lisbonne\n"
    )
    assert _schools(text) == [
        ("CFA La Noue", "BP"),
        ("Escola Profissional de Braga", "Curso profissional"),
        ("Escola Secundária de Camões", "Diploma do Ensino Secundário"),
    ]


def _laid_out(rows: list[tuple[str, bool, float]]) -> dict:
    from parsing import analyze
    from parsing.document import Document, Line

    lines = [Line(text, top=60.0 + 14 * n, bold=bold, size=size, x0=56.7, block=0) for n, (text, bold, size) in
             enumerate(rows)]  # fmt: skip
    return analyze(Document(lines=lines, format="pdf", body_size=8.8))


def test_a_training_centre_set_in_bold_is_no_heading():
    """ "Centre de formation Colas" in bold under its date: where one trained, not a new "Formation" section."""
    result = _laid_out(
        [
            ("Paul Martin", False, 20.0),
            ("paul@mail.fr", False, 8.8),
            ("Formations", False, 11.5),
            ("2015", False, 8.5),
            ("Centre de formation Colas", True, 10.0),
            ("Formation chef de chantier", False, 9.5),
            ("2001 – 2003", False, 8.5),
            ("CFA BTP Auvergne", True, 10.0),
            ("CAP Constructeur de routes", False, 9.5),
        ]
    )
    schools = [item.get("institution") for item in result["education"]]
    assert schools == ["Centre de formation Colas", "CFA BTP Auvergne"]


def test_a_volunteering_section_gives_no_job():
    """ "ENGAGEMENT ASSOCIATIF" / "Administrateur de la FRTP Normandie (2019 – 2023)": volunteering, not a job."""
    text = (
        "Frédéric André\nfrederic@mail.fr\n\nEXPÉRIENCES PROFESSIONNELLES\nJanvier 2018 - Présent\n"
        "EIFFAGE ROUTE NORD-OUEST – Rouen\nDirecteur d'agence\n\nENGAGEMENT ASSOCIATIF\n"
        "Administrateur de la FRTP Normandie (2019 – 2023)\n\nCENTRES D'INTÉRÊT\nGolf, Voile\n"
    )
    result = parse_resume(text.encode(), "cv.txt")
    assert [(job.get("name"), job.get("position")) for job in result["work"]] == [
        ("EIFFAGE ROUTE NORD-OUEST", "Directeur d'agence")
    ]
    assert [item.get("position") for item in result["volunteer"]] == ["Administrateur de la FRTP Normandie"]


def test_degrees_and_schools_of_central_and_eastern_europe():
    """Romania's licență and bacalaureat, the Czech bakalář and inženýr, Ukraine's junior specialist; "Vysoká škola",
    "Szkoła Główna" (its "ł" folded as an "l") and a Polish school's name wrapped before its town ("w Toruniu")."""
    text = (
        "Ana Popescu\nana@mail.ro\n\nEDUCATION\n2012 – 2015 Licență – Universitatea din București\n"
        "2008 – 2012 Bacalaureat – Colegiul Național Gheorghe Lazăr\n2016 – 2018 Inženýr (Ing.) – Vysoká škola "
        "ekonomická v Praze\n2010 – 2014 Magister – Szkoła Główna Handlowa w Warszawie\n"
        "2005 – 2009 Junior Specialist – Medical College No. 2, Kyiv\n"
        "1991 - 1996 Technik pojazdów – mécanique automobile – Zespół Szkół\nSamochodowych w Toruniu\n"
    )
    assert _schools(text) == [
        ("Universitatea din București", "Licență"),
        ("Colegiul Național Gheorghe Lazăr", "Bacalaureat"),
        ("Vysoká škola ekonomická v Praze", "Inženýr"),
        ("Szkoła Główna Handlowa w Warszawie", "Magister"),
        ("Medical College No. 2", "Junior Specialist"),
        # (a Polish technikum's technician diploma, "Technik pojazdów", read as such since the twenty-third session)
        ("Zespół Szkół Samochodowych w Toruniu", "Technik"),
    ]


def test_german_trades_languages_and_contract_terms():
    """ "Krankenschwester (Teilzeit)", "Pflegehelferin", "Traktorist": German trades, their terms dropped; a German
    "Sprachkenntnisse" section names its languages in German ("Polnisch – Muttersprache")."""
    text = (
        "Anna Nowak\nanna@mail.de\n\nBERUFSERFAHRUNG\n10/2013 – 09/2015\nKrankenschwester (Teilzeit)\n"
        "Wojewódzki Szpital, Toruń\n2016 – 2019\nPflegehelferin\nKlinikum rechts der Isar, München\n"
        "2019 – 2020\nTraktorist\nAgrofirma Zlatna, Dobrich\n\nSPRACHKENNTNISSE\nPolnisch – Muttersprache\n"
        "Deutsch – verhandlungssicher (C1)\nEnglisch – Grundkenntnisse\n"
    )
    result = parse_resume(text.encode(), "cv.txt")
    assert [(job.get("name"), job.get("position")) for job in result["work"]] == [
        ("Wojewódzki Szpital", "Krankenschwester"),
        ("Klinikum rechts der Isar", "Pflegehelferin"),
        ("Agrofirma Zlatna", "Traktorist"),
    ]
    # (named as the CV names them: their codes say which languages they are)
    assert [item["language"] for item in result["languages"]] == ["Polnisch", "Deutsch", "Englisch"]


def test_a_polish_address_gives_its_town_and_postcode():
    """ "ul. Kościuszki 12/4, 87-100 Toruń, Pologne": the street's and the postcode's digits do not hide the town."""
    text = "Mariusz Zieliński\nul. Kościuszki 12/4, 87-100 Toruń, Pologne\nmariusz@wp.pl\n\nEXPERIENCE\n2019 Driver\n"
    location = parse_resume(text.encode(), "cv.txt")["basics"]["location"]
    assert (location["city"], location["postalCode"], location["countryCode"]) == ("Toruń", "87-100", "PL")


def test_what_a_title_covers_after_its_comma_over_the_employers_line():
    """ "Regulatory Affairs Manager, Global CMC" over "Ipsen, Boulogne-Billancourt", "MSAT Engineer, Upstream" under
    its dates over "Lonza AG – Visp": the words after the comma say what the post covers; the employer is below."""
    text = (
        "Léa Martin\nlea@mail.fr\n\nPROFESSIONAL EXPERIENCE\nRegulatory Affairs Manager, Global CMC\n"
        "Ipsen, Boulogne-Billancourt\nJun 2020 - Present\n• Filed variations\nRegulatory Affairs Officer\n"
        "Servier, Suresnes\nJan 2017 - May 2020\n"
    )
    assert [(job[0], job[1]) for job in _jobs(text)] == [
        ("Ipsen", "Regulatory Affairs Manager, Global CMC"),
        ("Servier", "Regulatory Affairs Officer"),
    ]
    text = (
        "Léa Martin\nlea@mail.fr\n\nPROFESSIONAL EXPERIENCE\nOct 2020 – Present\nMSAT Engineer, Upstream\n"
        "Lonza AG – Visp\nJan 2018 – Sep 2020\nAssociate Scientist, Process Development\n"
        "Rentschler Biopharma – Laupheim, Germany\n"
    )
    assert [(job[0], job[1]) for job in _jobs(text)] == [
        ("Lonza AG", "MSAT Engineer, Upstream"),
        ("Rentschler Biopharma", "Associate Scientist, Process Development"),
    ]


def test_a_town_after_a_french_title_under_its_employer_is_where_the_job_was():
    """ "Eurofins Amatsigroup | 05/2022 / Aujourd'hui" over "Technicien validation — Martillac": the town, shaped as
    French towns are, is no part of the title ("Regional Driver – Tanker" keeps its field). A bulleted
    "• Qualification" under it is a line of the description, no heading."""
    text = (
        "Paul Martin\npaul@mail.fr\n\nEXPÉRIENCE\nEurofins Amatsigroup | 05/2022 / Aujourd'hui\n"
        "Technicien validation — Martillac\n• Qualification\nSanofi Pasteur | 2016 – 2019\n"
        "Ingénieur de recherche procédés — Marcy-l'Étoile\n• Procédés\nSchneider National | 2012 – 2016\n"
        "Regional Driver – Tanker\n• Driving\n"
    )
    assert [(job[0], job[1]) for job in _jobs(text)] == [
        ("Eurofins Amatsigroup", "Technicien validation"),
        ("Sanofi Pasteur", "Ingénieur de recherche procédés"),
        ("Schneider National", "Regional Driver – Tanker"),
    ]


def test_a_range_wrapped_in_its_right_hand_cell_and_an_arrow_range_in_a_date_column():
    """ "… Servier Industrie, | septembre 2011 à avril" over "Gidy | 2016": the year and the town wrapped under the
    range; "sept. 2013 → mars | Opérateur" over "2017 | Pierre Fabre": an arrow range cut in a narrow column."""
    jobs = _bold_jobs(
        "Paul Martin\npaul@mail.fr\n**EXPÉRIENCE\n"
        "**Pharmacien Assurance Qualité — Les Laboratoires Servier Industrie, | septembre 2011 à avril\n"
        "Gidy | 2016\n• Libération des lots\n**Pharmacien assistant AQ — Sanofi Winthrop Industrie, Tours | octobre "
        "2005 à décembre\n2007\n• Revue des dossiers de lot\n"
    )
    assert [(job[0], job[2], job[3]) for job in jobs] == [
        ("Les Laboratoires Servier Industrie", "2011-09", "2016-04"),
        ("Sanofi Winthrop Industrie", "2005-10", "2007-12"),
    ]
    jobs = _bold_jobs(
        "Paul Martin\npaul@mail.fr\n**EXPÉRIENCE\n**avr. 2017 → | Conducteur de ligne\n"
        "Aujourd'hui | Pierre Fabre Médicament, Castres\n• Conduite de lignes\n"
        "**sept. 2013 → mars | Opérateur de conditionnement\n2017 | Pierre Fabre Dermo-Cosmétique, Soual\n• Crèmes\n"
    )
    assert [(job[0], job[1], job[2], job[3]) for job in jobs] == [
        ("Pierre Fabre Médicament", "Conducteur de ligne", "2017-04", None),
        ("Pierre Fabre Dermo-Cosmétique", "Opérateur de conditionnement", "2013-09", "2017-03"),
    ]


def test_hospital_trusts_named_with_a_dash():
    """ "Assistance Publique – Hôpitaux de Paris", "Charité – Universitätsmedizin Berlin": one name each."""
    text = (
        "Paul Martin\np@m.fr\n\nEXPERIENCE\n2016 – 2018 Clinical Research Technician — Assistance Publique – "
        "Hôpitaux de Paris, Paris\n2019 – 2020 Pflegefachkraft – Charité – Universitätsmedizin Berlin\n"
    )
    assert [job[0] for job in _jobs(text)] == [
        "Assistance Publique – Hôpitaux de Paris",
        "Charité – Universitätsmedizin Berlin",
    ]


def _sidebar_pdf() -> bytes:
    """A bulleted sidebar whose line pitch matches the main column's, so that most of its lines sit on main rows."""
    from reportlab.pdfgen import canvas

    from .files import PAGE_HEIGHT, _pdf

    def draw(pdf: canvas.Canvas, _number: int) -> None:
        top = PAGE_HEIGHT - 45
        side = ["CONTACT", "Castelnau-le-Lez (34)", "06 87 12 04 55", "n.girard34@yahoo.fr", "LANGUES", "Français",
                "Anglais — C1", "Espagnol — B2", "COMPÉTENCES", "• Pack Office (expert)", "• iXBus, Airs Délib",
                "• Prise de notes rapide", "• Rédaction administrative", "LOISIRS", "• Théâtre amateur",
                "• Voyages"]  # fmt: skip
        main = ["Nathalie Girard", "Assistante de direction", "EXPÉRIENCE PROFESSIONNELLE",
                "Assistante de direction du Directeur général des services",
                "Montpellier Méditerranée Métropole | Montpellier", "2016 – aujourd'hui",
                "› Gestion de l'agenda du DGS", "› Préparation des conseils", "Rédactrice — Service juridique",
                "Mairie de Montpellier | Montpellier", "2010 – 2015", "› Rédaction d'actes", "FORMATION",
                "DEUG Langues étrangères appliquées", "Université Paul-Valéry Montpellier 3",
                "2001 – 2003"]  # fmt: skip
        for number, text in enumerate(side):
            pdf.setFont("Helvetica-Bold" if text.isupper() else "Helvetica", 9)
            pdf.drawString(21, top - 12 * number, text)
        for number, text in enumerate(main):
            pdf.setFont("Helvetica-Bold" if text.isupper() or number == 0 else "Helvetica", 9)
            pdf.drawString(213, top - 12 * number, text)

    return _pdf(draw)


def test_a_bulleted_sidebar_on_the_main_columns_rows_is_read_as_a_column():
    """A sidebar of bulleted lists beside the main column, its lines on the same pitch: two columns, not a table."""
    work = parse_resume(_sidebar_pdf(), "cv.pdf")["work"]
    assert [(job.get("name"), job.get("startDate")) for job in work] == [
        ("Montpellier Méditerranée Métropole", "2016"),
        ("Mairie de Montpellier", "2010"),
    ]


def _right_dates_pdf() -> bytes:
    """The contact block at the top right, then each job's dates at the right margin on its title's row."""
    from reportlab.pdfgen import canvas

    from .files import PAGE_HEIGHT, _pdf

    def draw(pdf: canvas.Canvas, _number: int) -> None:
        pdf.setFont("Helvetica-Bold", 22)
        pdf.drawString(48, PAGE_HEIGHT - 54, "Laetitia BERNARD")
        pdf.setFont("Helvetica", 11)
        pdf.drawString(48, PAGE_HEIGHT - 77, "Agent administratif polyvalent")
        pdf.setFont("Helvetica", 8.8)
        for number, text in enumerate(["45800 Saint-Jean-de-Braye", "06 49 50 33 11", "laetitia.bernard45@gmail.com"]):
            pdf.drawRightString(547, PAGE_HEIGHT - 51 - 12 * number, text)
        rows = [
            (110, "Expérience professionnelle", None, True),
            (133, "Adjointe administrative — Mairie de Saint-Jean-de-Braye", "01/2019 – présent", True),
            (146, "• Accueil physique et téléphonique", None, False),
            (186, "Agent d'accueil — Mairie de Saint-Jean-de-Braye", "03/2017 – 12/2018", True),
            (199, "• Actes d'état civil", None, False),
            (216, "Hôtesse de caisse — Carrefour Market, Orléans", "06/2014 – 02/2017", True),
            (239, "Formation", None, True),
            (262, "Baccalauréat STMG — Lycée Voltaire, Orléans", "2014", True),
        ]
        for top, text, dates, bold in rows:
            pdf.setFont("Helvetica-Bold" if bold else "Helvetica", 9.3)
            pdf.drawString(48, PAGE_HEIGHT - top, text)
            if dates:
                pdf.setFont("Helvetica", 9)
                pdf.drawRightString(547, PAGE_HEIGHT - top, dates)

    return _pdf(draw)


def test_dates_at_the_right_margin_under_a_contact_block_stay_on_their_rows():
    """The right margin holds the contact block, then only the dates of the jobs' rows: the dates are the jobs'."""
    work = parse_resume(_right_dates_pdf(), "cv.pdf")["work"]
    assert [(job.get("name"), job.get("startDate"), job.get("endDate")) for job in work] == [
        ("Mairie de Saint-Jean-de-Braye", "2019-01", None),
        ("Mairie de Saint-Jean-de-Braye", "2017-03", "2018-12"),
        ("Carrefour Market", "2014-06", "2017-02"),
    ]


def test_an_employer_wrapped_after_de_before_its_town():
    """ "… — Mairie de" over "Saint-Jean-de-Braye, Saint-Jean-de-Braye": the name's end, then its town."""
    text = (
        "Paul Martin\npaul@mail.fr\n**EXPÉRIENCE\n**Adjointe administrative — Accueil et état civil — Mairie de | "
        "01/2019 – présent\nSaint-Jean-de-Braye, Saint-Jean-de-Braye\n• Accueil physique\n"
    )
    assert [(job[0], job[1]) for job in _bold_jobs(text)] == [
        ("Mairie de Saint-Jean-de-Braye", "Adjointe administrative")
    ]


def test_review_guard_the_new_rules_leave_their_neighbours_alone():
    """What the review of this session's rules found them breaking, mended: a title cut after "of" keeps its
    employer below; a title under a name cut after "of" is no part of the name; "KAUFMANN Julia" and "Kaufmann &
    Broad" are a name and a firm; a bulleted heading in plain words and a training centre's heading in capitals
    still head their sections; "Conducteur — Tramway" keeps its field."""
    head = "John Carter\njohn.carter@mail.com\n+44 7700 900123\n\nEXPERIENCE\n"
    assert [job[0] for job in _jobs(head + "2015 – 2019\nHead of\nAcme Logistics\nOversaw 3 depots\n")] == [
        "Acme Logistics"
    ]
    assert [job[1] for job in _jobs(head + "2019 – 2022\nBank of\nCashier\nHandled cash\n")] == ["Cashier"]
    text = "KAUFMANN Julia\njulia.kaufmann@gmx.de\n\nBERUFSERFAHRUNG\n2015 – 2020 Buchhalterin, Deloitte, Köln\n"
    assert parse_resume(text.encode(), "cv.txt")["basics"]["name"] == "KAUFMANN Julia"
    text = (
        "Sophie Bernard\nsophie@mail.fr\n\nEXPÉRIENCE\n2015 – 2020 Assistante commerciale – Kaufmann & Broad, Paris\n"
    )
    assert [job[0] for job in _jobs(text)] == ["Kaufmann & Broad"]
    text = (
        "Sophie Bernard\nsophie@mail.fr\n\n• Expérience\n2019 – 2022 Vendeuse, Zara, Nantes\n\n• Formation\n"
        "2018 BTS MCO, Lycée Livet, Nantes\n\n• Langues\nAnglais B2\n"
    )
    result = parse_resume(text.encode(), "cv.txt")
    assert [job.get("name") for job in result["work"]] == ["Zara"]
    assert [school.get("institution") for school in result["education"]] == ["Lycée Livet"]
    text = (
        "Sophie Bernard\nsophie@mail.fr\n\nEXPÉRIENCE\n2019 – 2022 Vendeuse, Zara, Nantes\n\nCENTRE DE FORMATION\n"
        "2018 CAP Vente, CFA Nantes\n"
    )
    assert [school.get("institution") for school in parse_resume(text.encode(), "cv.txt")["education"]] == [
        "CFA Nantes"
    ]
    text = "Paul\np@m.fr\n\nFORMATION\n2015 – 2018 Bac Pro Commerce\nLycée Les\nCatalins, Montélimar\n"
    assert _schools(text) == [("Lycée Les Catalins", "Bac Pro")]  # (not "Lycée Les" once more on its own)
    text = "Paul Martin\npaul@mail.fr\n\nEXPÉRIENCE\n2019 – 2023\nKeolis Lyon\nConducteur — Tramway\nConduite\n"
    assert [(job[0], job[1]) for job in _jobs(text)] == [("Keolis Lyon", "Conducteur – Tramway")]

"""Faults read off the twenty-fifth session's probe CVs (building, teaching, banking, energy, farming, law): the
work-history readings. Each test failed before its fix."""

from parsing import parse_resume

from .files import bold_jobs


def _jobs(text: str) -> list[tuple[str | None, str | None]]:
    return [(item.get("name"), item.get("position")) for item in parse_resume(text.encode(), "cv.txt")["work"]]


def test_a_building_cvs_references_are_projects_not_jobs():
    """ "PRINCIPALES RÉFÉRENCES" lists a site manager's worksites with their years: projects, not four more jobs."""
    text = (
        "Jean-François Dumont\njf.dumont@free.fr\n\nEXPÉRIENCE PROFESSIONNELLE\n"
        "**Spie batignolles génie civil, Neuilly-sur-Seine | Depuis janvier 2015\nDirecteur de travaux\n"
        "• Direction de 11 conducteurs de travaux\n"
        "**Dodin Campenon Bernard, Rueil-Malmaison | 2003 - 2009\nConducteur de travaux principal\n"
        "**PRINCIPALES RÉFÉRENCES\n"
        "• 2015-2024 : Ligne 15 Sud - gares de Bagneux et Arcueil-Cachan (Société du Grand Paris)\n"
        "• 2009-2011 : Hôpital Nord Franche-Comté, 80 000 m2 (CHBM)\n"
        "• 2005-2009 : Tramway T2 Issy - Porte de Versailles (RATP)\n"
    )
    assert [(name, position) for name, position, _, _ in bold_jobs(text)] == [
        ("Spie batignolles génie civil", "Directeur de travaux"),
        ("Dodin Campenon Bernard", "Conducteur de travaux principal"),
    ]


def test_a_journeymans_and_a_craftsmans_rank_before_the_trade_are_titles():
    """ "Compagnon routier" under "Screg Est - Reims" was read as the employer, and "Artisan plombier-chauffagiste"
    (the trades joined by a hyphen) lost its title."""
    text = (
        "Thierry Lemoine\nthierry.lemoine@orange.fr\n\nEXPÉRIENCES PROFESSIONNELLES\n"
        "**Eurovia Champagne-Ardenne - Châlons-en-Champagne\nChef d'équipe enrobés\n2004 - 2012\n"
        "**Screg Est - Reims\nCompagnon routier\n1996 - 2004\n"
    )
    assert _pairs(text) == [("Eurovia Champagne-Ardenne", "Chef d'équipe enrobés"), ("Screg Est", "Compagnon routier")]
    text = (
        "Samuel Girard\nsamuel.girard@gmail.com\n\nEXPÉRIENCE\n"
        "**SG Thermique, Annecy | Depuis 2016\nArtisan plombier-chauffagiste\n• Installation de pompes à chaleur\n"
        "**Engie Home Services, Annecy | 2009 - 2016\nTechnicien de maintenance\n"
    )
    assert _pairs(text) == [
        ("SG Thermique", "Artisan plombier-chauffagiste"),
        ("Engie Home Services", "Technicien de maintenance"),
    ]


def test_water_and_bank_trades_and_a_british_schools_second_are_titles():
    """ "Fontainier", "Banquière privée" and "Second in Mathematics" under their employer's line were lost or taken
    for the employer."""
    text = (
        "Marc Vidal\nmarc.vidal@free.fr\n\nEXPÉRIENCE\n"
        "**Veolia Eau, Montpellier | 2015 - 2023\nFontainier\n• Réparation de fuites\n"
        "**BNP Paribas Banque Privée – Bordeaux | Juillet 2020 – Présent\nBanquière privée\n• 120 familles\n"
    )
    assert _pairs(text) == [("Veolia Eau", "Fontainier"), ("BNP Paribas Banque Privée", "Banquière privée")]
    text = (
        "Emma Price\nemma.price@gmail.com\n\nEXPERIENCE\n"
        "**Graveney School, London | September 2019 – Present\nSecond in Mathematics\n• Led KS5 curriculum\n"
        "**Ernest Bevin Academy, London | 2015 – 2019\nTeacher of Mathematics\n"
    )
    assert _pairs(text) == [
        ("Graveney School", "Second in Mathematics"),
        ("Ernest Bevin Academy", "Teacher of Mathematics"),
    ]


def _pairs(text: str) -> list[tuple[str | None, str | None]]:
    return [(name, position) for name, position, _, _ in bold_jobs(text)]


def test_a_farmers_elected_offices_under_their_heading_are_no_jobs():
    """ "MANDATS ET ENGAGEMENTS": a CUMA's chair, a mutual insurer's board seat, a town councillor's mandate, each
    with its years, were read as four more jobs (by the rules, then by the field tagger)."""
    text = (
        "Jean-Michel Aubert\njm.aubert50@orange.fr\n**EXPÉRIENCE PROFESSIONNELLE\n"
        "**1994 - 2023 : Associé gérant, GAEC Aubert-Lecoq, Cerisy-la-Forêt\n• Élevage de 110 vaches laitières\n"
        "**MANDATS ET ENGAGEMENTS\nPrésident de la CUMA de Cerisy (2005 - 2020)\n"
        "Administrateur Groupama Centre Manche (depuis 2010)\nDélégué de section Agrial (2008 - 2023)\n"
        "Conseiller municipal de Cerisy-la-Forêt (2008 - 2014)\n**COMPÉTENCES\nExcel\n"
    )
    assert _pairs(text) == [("GAEC Aubert-Lecoq", "Associé gérant")]


def test_a_local_service_named_after_its_territory_is_an_employer_not_a_heading_nor_a_ward():
    """ "Service de Remplacement des Côtes d'Armor" (set larger than the bullets) was read as a section's heading,
    then as the title's ward: the job was lost."""
    from parsing import analyze
    from parsing.document import Document, Line

    lines = [
        Line("Manon Lefèvre", size=21, bold=True),
        Line("manon.lefevre22@laposte.net", size=10),
        Line("EXPÉRIENCE", size=10.5, bold=True),
        Line("Conseillère contrôle laitier", size=10.5, bold=True),
        Line("Innoval, Noyal-sur-Vilaine", size=10),
        Line("07/2016 - 08/2019", size=9),
        Line("Pesées, prélèvements et restitution des résultats aux éleveurs", size=9),
        Line("Agent de remplacement (CDD)", size=10.5, bold=True),
        Line("Service de Remplacement des Côtes d'Armor", size=10),
        Line("09/2013 - 06/2015", size=9),
        Line("Traite, alimentation et soins aux animaux", size=9),
        Line("FORMATION", size=10.5, bold=True),
        Line("BTSA Productions animales", size=10.5, bold=True),
    ]
    work = analyze(Document(lines=lines, format="pdf"))["work"]
    assert [(w.get("name"), w.get("position"), w.get("startDate")) for w in work] == [
        ("Innoval", "Conseillère contrôle laitier", "2016-07"),
        ("Service de Remplacement des Côtes d'Armor", "Agent de remplacement", "2013-09"),
    ]


def test_a_buyers_title_naming_its_goods_is_no_sentence():
    """ "Acheteur lait et matières premières laitières" (four words in lower case) was read as a duty's sentence and
    only "Acheteur" was kept; a duty that opens with a verb shaped like a title stays a duty."""
    text = (
        "Hugo Perrin\nhugo.perrin@icloud.com\n**EXPÉRIENCE PROFESSIONNELLE\n"
        "**Savencia Fromage & Dairy – Viroflay | janv. 2020 – aujourd'hui\n"
        "Acheteur lait et matières premières laitières\n• Portefeuille de 140 M€ (lait, crème, poudres)\n"
        "**Limagrain Ingredients – Riom | mai 2017 – déc. 2019\nApprovisionneur céréales\n"
        "Conseiller les clients sur leurs contrats\n"
    )
    assert _pairs(text) == [
        ("Savencia Fromage & Dairy", "Acheteur lait et matières premières laitières"),
        ("Limagrain Ingredients", "Approvisionneur céréales"),
    ]


def test_how_long_a_job_lasted_after_its_year_is_no_part_of_the_title():
    """ "2014 (6 mois) Stagiaire" gave the title "6 mois) Stagiaire"."""
    text = (
        "Nathalie Girardin\nnathalie.girardin@skynet.be\n**EXPÉRIENCE PROFESSIONNELLE\n"
        "**2015 – 2019 | Juriste conformité\nING Belgique, Bruxelles\n• Politiques de conflits d'intérêts\n"
        "**2014 (6 mois) Stagiaire\nLinklaters LLP, Bruxelles\n• Département Banking & Finance\n"
    )
    assert bold_jobs(text)[1] == ("Linklaters LLP", "Stagiaire", "2014", "2014")


def test_a_partner_a_notarys_clerk_and_farming_scientists_are_titles():
    """ "Associé" alone under a law firm's line, "Formaliste" under a notary's office, "Field Trials Agronomist" and
    "Formulatrice ruminants" over their employers were lost or taken for the employer."""
    text = (
        "Marc Leroy\nmarc.leroy@gmail.com\n**EXPÉRIENCE PROFESSIONNELLE\n"
        "**Jeantet, Paris | janvier 2021 - aujourd'hui\nAssocié\n• Co-responsable de l'équipe Private Equity\n"
        "**Gide Loyrette Nouel, Paris | 2013 - 2020\nAvocat collaborateur senior\n"
        "**2008 - 2013 | Formaliste\nOffice notarial Chambon & Vialle, Clermont-Ferrand\n• Formalités préalables\n"
    )
    assert _pairs(text) == [
        ("Jeantet", "Associé"),
        ("Gide Loyrette Nouel", "Avocat collaborateur senior"),
        ("Office notarial Chambon & Vialle", "Formaliste"),
    ]
    text = (
        "Chloé Dubois\nchloe.dubois@gmail.com\n**EXPERIENCE\n"
        "**Field Trials Agronomist | Feb 2021 – Present\nArvalis, Montans\n• Design of 60 GEP trials per year\n"
        "**Agronomy Intern | Feb 2018 – Jul 2018\nEuralis, Lescar\n"
    )
    assert _pairs(text) == [("Arvalis", "Field Trials Agronomist"), ("Euralis", "Agronomy Intern")]
    text = (
        "Aurélie Chevalier\naurelie.chevalier@yahoo.fr\n**Expériences professionnelles\n"
        "**ADM Animal Nutrition (Saint-Nolff)\nFormulatrice ruminants\nmai 2019 - aujourd'hui\n• Formulation\n"
        "**Terrena (Ancenis)\nNutritionniste volailles\nmars 2015 - avr. 2019\n"
    )
    assert _pairs(text) == [("ADM Animal Nutrition", "Formulatrice ruminants"), ("Terrena", "Nutritionniste volailles")]


def test_duties_set_further_in_under_the_dates_are_no_header_of_the_next_post():
    """A PDF's duties drawn with shapes for bullets, set further in than the titles: the last of them was read as the
    first line of the next post's header ("Délégué médical dermatologie", the second post at Pierre Fabre), which lost
    its employer; "Visiteur médical" was taken for an employer."""
    from parsing.structure.experience import parse_experience

    rows = [
        ("Pierre Fabre Dermatologie - Lavaur", True, 48),
        ("Délégué médical senior", False, 48),
        ("Janv 2020 à aujourd'hui", False, 48),
        ("Promotion de la gamme dermatologie (Avène, Ducray) auprès de 180 prescripteurs", False, 62),
        ("Organisation de soirées de formation médicale continue", False, 62),
        ("Délégué médical dermatologie", False, 48),
        ("Juin 2017 à déc 2019", False, 48),
        ("Lancement de deux produits sur le secteur", False, 62),
        ("Ipsen Pharma - Toulouse", True, 48),
        ("Visiteur médical", False, 48),
        ("Sept 2012 à mai 2017", False, 48),
        ("Visite médicale en médecine générale (urologie, gastro-entérologie)", False, 62),
    ]
    work = parse_experience([r[0] for r in rows], [r[1] for r in rows], [float(r[2]) for r in rows])
    assert [(w.get("name"), w.get("position"), w.get("startDate")) for w in work] == [
        ("Pierre Fabre Dermatologie", "Délégué médical senior", "2020-01"),
        ("Pierre Fabre Dermatologie", "Délégué médical dermatologie", "2017-06"),
        ("Ipsen Pharma", "Visiteur médical", "2012-09"),
    ]


def test_posts_listed_as_bold_bullets_under_their_employer_are_headers():
    """ "TREVI – Bruxelles | 2016 – présent" then "• Gestionnaire de copropriétés senior | 01/2020 – présent" in bold
    over regular bullets: the first post and the last employer's only post were lost. A bold bullet that names a
    deed with its year stays a duty."""
    text = (
        "Guillaume Lambert\ng.lambert@skynet.be\n**EXPÉRIENCE PROFESSIONNELLE\n"
        "**TREVI – Bruxelles | 2016 – présent\n"
        "**• Gestionnaire de copropriétés senior | 01/2020 – présent\n• Portefeuille de 62 immeubles (2 400 lots)\n"
        "**• Gestionnaire de copropriétés | 09/2016 – 12/2019\n• Assemblées générales, décomptes de charges\n"
        "**IMMOBILIÈRE LE LION – Bruxelles\n**• Gestionnaire locatif | 03/2013 – 08/2016\n"
        "• Gestion de 300 biens en location\n**• Meilleur vendeur 2015\n"
        "**ENGEL & VÖLKERS – Waterloo\n**• Agent immobilier junior | 07/2012 – 02/2013\n**FORMATION\nMaster\n"
    )
    assert bold_jobs(text) == [
        ("TREVI", "Gestionnaire de copropriétés senior", "2020-01", None),
        ("TREVI", "Gestionnaire de copropriétés", "2016-09", "2019-12"),
        ("IMMOBILIÈRE LE LION", "Gestionnaire locatif", "2013-03", "2016-08"),
        ("ENGEL & VÖLKERS", "Agent immobilier junior", "2012-07", "2013-02"),
    ]


def test_headings_in_a_left_margin_head_the_content_level_with_them():
    """Headings set in a margin column, each level with its section's first line: the extraction read the column of
    headings before the content, whose jobs and studies then had no section (four jobs lost)."""
    import io

    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    top = A4[1] - 50
    pdf.setFont("Helvetica-Bold", 20)
    pdf.drawString(50, top, "Elena Rossi")
    pdf.setFont("Helvetica", 9)
    pdf.drawString(50, top - 18, "Route de Chêne 12, 1207 Genève | +41 79 345 67 89 | elena.rossi@bluewin.ch")
    sections = [
        ("SUMMARY", [("Hotel Manager with 12 years in five-star properties in Switzerland and Italy.", False)]),
        (
            "EXPERIENCE",
            [
                ("Four Seasons Hotel des Bergues Geneva | Jan 2021 - Present", True),
                ("Hotel Manager", False),
                ("Beau-Rivage Palace, Lausanne | Aug 2017 - Dec 2020", True),
                ("Director of Rooms", False),
                ("Mandarin Oriental, Milan | 2014 - 2017", True),
                ("Front Office Manager", False),
            ],
        ),
        ("EDUCATION", [("École hôtelière de Lausanne | 2008 - 2012", True), ("Bachelor of Science", False)]),
        ("LANGUAGES", [("Italian - native", False), ("English - fluent", False)]),
    ]
    y = top - 50
    for heading, rows in sections:
        pdf.setFont("Helvetica-Bold", 9.5)
        pdf.drawString(50, y + 4, heading)  # (set a little above the content's first line, as such designs do)
        for text, bold in rows:
            pdf.setFont("Helvetica-Bold" if bold else "Helvetica", 10)
            pdf.drawString(165, y, text)
            y -= 14
        y -= 16
    pdf.showPage()
    pdf.save()
    result = parse_resume(buffer.getvalue(), "cv.pdf")
    assert [(w.get("name"), w.get("position")) for w in result["work"]] == [
        ("Four Seasons Hotel des Bergues Geneva", "Hotel Manager"),
        ("Beau-Rivage Palace", "Director of Rooms"),
        ("Mandarin Oriental", "Front Office Manager"),
    ]
    assert [e.get("institution") for e in result["education"]] == ["École hôtelière de Lausanne"]


def test_brands_written_in_lower_case_or_after_a_founders_name_are_employers():
    """ "franceinfo, Paris" and "ibis Paris Gare du Nord TGV" (brands in lower case) and "Thomas Cook" (a given name,
    then a cook) were no employers."""
    from parsing.structure.experience import parse_experience

    rows = [
        "Journaliste présentatrice | 2019 – aujourd'hui",
        "franceinfo, Paris",
        "• Présentation des journaux de nuit",
        "Femme de chambre | 03/2013 – 05/2016",
        "ibis Paris Gare du Nord TGV",
        "• Nettoyage des chambres",
        "Agent de voyages (alternance) | sept. 2010 – août 2012",
        "Thomas Cook, Lille",
    ]
    work = parse_experience(rows, [False] * len(rows))
    assert [(w.get("name"), w.get("position")) for w in work] == [
        ("franceinfo", "Journaliste présentatrice"),
        ("ibis Paris Gare du Nord TGV", "Femme de chambre"),
        ("Thomas Cook", "Agent de voyages (alternance)"),
    ]


def test_a_newsrooms_desk_bureau_or_beat_after_the_title_is_what_it_covers():
    """ "Correspondent, EU affairs" and "Reporter, Warsaw bureau" under "Reuters": the bureau was read as the
    employer and the beat dropped from the title."""
    from parsing.structure.experience import parse_experience

    rows = [
        "Reuters",
        "Correspondent, EU affairs | Jan 2019 – Present",
        "• Covers the European Commission",
        "Reporter, Warsaw bureau | Jun 2014 – Dec 2018",
        "• Economics",
        "Gazeta Wyborcza, Warsaw | 2011 – 2014",
        "Business Reporter",
    ]
    work = parse_experience(rows, [True, False, False, False, False, True, False])
    assert [(w.get("name"), w.get("position")) for w in work] == [
        ("Reuters", "Correspondent, EU affairs"),
        ("Reuters", "Reporter, Warsaw bureau"),
        ("Gazeta Wyborcza", "Business Reporter"),
    ]


def test_academic_posts_head_a_work_history_and_a_journalists_selected_work_none():
    """ "Academic and Teaching Posts" was no heading (three jobs lost in the CV's top); the clips under "Selected
    Work" ("'Poland's coal addiction', Reuters Special Report, 2017") were read as jobs."""
    from parsing.structure.sections import heading_kind, names_no_work_history

    assert heading_kind("Academic and Teaching Posts") == "experience"
    assert heading_kind("Posts held") == "experience"
    assert names_no_work_history("Selected Work") and names_no_work_history("Reportages")


def test_a_pharmaceutical_posts_therapeutic_area_and_territory():
    """ "Medical Science Liaison Oncology" (the area after the title, no dash) was no title; "Novartis, région
    Sud-Est" took the sales territory for the employer. The regional council ("Région Bretagne") stays an employer."""
    from parsing.structure.experience import header_fields

    assert header_fields(["Medical Science Liaison Oncology", "Roche, Basel"]) == (
        "Medical Science Liaison Oncology",
        "Roche",
        "Basel",
    )
    assert header_fields(["Medical Science Liaison Hématologie", "Novartis, région Sud-Est"])[:2] == (
        "Medical Science Liaison Hématologie",
        "Novartis",
    )
    assert header_fields(["Chargée de mission", "Région Bretagne, Rennes"])[1] == "Région Bretagne"


def test_a_europass_forms_dated_duty_and_a_polish_schools_im():
    """In a form that labels its fields, "Member of the Mathematics syllabus working group (2020–2022)" under
    "Responsibilities: …" was read as a job that took the employer's line; "XIV Liceum Ogólnokształcące im. Stanisława
    Staszica" was cut as two sentences at "im."."""
    from parsing.structure.experience import parse_experience

    rows = [
        "09/2016 – present",
        "Position held: Secondary Mathematics Teacher",
        "Responsibilities: Mathematics in the Polish language section, European Baccalaureate preparation",
        "Member of the Mathematics syllabus working group (2020–2022)",
        "Employer: European School Brussels I",
        "Avenue du Vert Chasseur 46, 1180 Uccle, Belgium",
        "09/2010 – 06/2016",
        "Position held: Mathematics Teacher",
        "Responsibilities: Extended mathematics classes",
        "Employer: XIV Liceum Ogólnokształcące im. Stanisława Staszica",
        "ul. Nowowiejska 37a, 02-010 Warsaw, Poland",
    ]
    work = parse_experience(rows, [False] * len(rows))
    assert [(w.get("name"), w.get("position"), w.get("startDate")) for w in work] == [
        ("European School Brussels I", "Secondary Mathematics Teacher", "2016-09"),
        ("XIV Liceum Ogólnokształcące im. Stanisława Staszica", "Mathematics Teacher", "2010-09"),
    ]


def test_a_holiday_clubs_go_written_with_its_stops_is_a_title():
    """ "G.O animation | 2016 – 2018" over "Club Med Marrakech La Palmeraie" lost its title ("GO animation" was
    known)."""
    text = (
        "Léa Martin\nlea.martin@gmail.com\n**Expérience professionnelle\n"
        "**G.O animation | 2016 – 2018\nClub Med Marrakech La Palmeraie\n• Spectacles\n"
        "**Agent d'accueil | avr. 2015 – sept. 2015\nOffice de Tourisme de Montpellier\n"
    )
    assert _pairs(text) == [
        ("Club Med Marrakech La Palmeraie", "G.O animation"),
        ("Office de Tourisme de Montpellier", "Agent d'accueil"),
    ]


def test_site_tickets_and_professional_qualifications_are_certifications_and_engagement_volunteering():
    """A British site manager's "TICKETS" (CSCS Black Card, Temporary Works Supervisor), a surveyor's "PROFESSIONAL
    QUALIFICATIONS" (MRICS (2014)) and a French "Engagement" (volunteer firefighter since 2012) were read as jobs."""
    from parsing.structure.sections import extra_kind, heading_kind

    assert heading_kind("TICKETS") == "certifications"
    assert heading_kind("Tickets & cards") == "certifications"
    assert heading_kind("PROFESSIONAL QUALIFICATIONS") == "certifications"
    assert extra_kind("Engagement", heading_kind("Engagement") or "other") == "volunteer"


def test_an_english_title_then_its_field_in_french_in_lower_case_is_a_title():
    """ "Risk manager risques de marché oct. 2018 – aujourd'hui" lost its title to the field tagger's check: its words
    scored as no title (the field in lower case after the English title); a duty's verb and its object stays none."""
    from parsing.structure.experience import qualified_title_evidence

    assert qualified_title_evidence("Risk manager risques de marché") >= 1.5
    assert qualified_title_evidence("Analyste risques de marché") >= 1.5
    assert qualified_title_evidence("Suivi des risques de marché") < 1.5
    assert qualified_title_evidence("KS4 coordinator : intervention planning") < 1.5  # (a duty's sentence)


def test_hr_initials_mandates_student_associations_and_a_bodys_wrapped_initials():
    """ "HRBP Supply Chain | Danone" took the title for the employer and "RRH de site" was no title; "ASSOCIATIF"
    holds no jobs ("MANDATS" alone may: a Québec consultant's assignments, a director's board seats); "(DGAFP)"
    wrapped under a ministry's name in capitals was read as a line of its own."""
    from parsing.structure.sections import extra_kind, heading_kind, names_no_work_history
    from parsing.structure.vocab import title_score

    assert title_score("hrbp supply chain") >= 1.5 and title_score("rrh de site") >= 1.5
    assert not names_no_work_history("MANDATS")
    assert heading_kind("ASSOCIATIF") == "other" and extra_kind("ASSOCIATIF") == "volunteer"
    text = (
        "Hugo Lambert\nhugo.lambert@gmail.com\n**EXPÉRIENCE PROFESSIONNELLE\n"
        "**MINISTÈRE DE L'ÉCONOMIE ET DES FINANCES\nSous-directeur des ressources humaines\ndepuis mars 2023\n"
        "• Pilotage de la gestion de 12 000 agents\n"
        "**DIRECTION GÉNÉRALE DE L'ADMINISTRATION ET DE LA FONCTION PUBLIQUE\n**(DGAFP)\n"
        "Adjoint au chef de bureau\njanv. 2018 – août 2020\n• Préparation de la loi\n"
    )
    from parsing import analyze
    from parsing.document import Document, Line

    lines = [
        Line(raw[2:], bold=True, size=10.5, top=12.0 * n) if raw.startswith("**") else Line(raw, size=9.5, top=12.0 * n)
        for n, raw in enumerate(text.splitlines())
    ]
    work = analyze(Document(lines=lines, format="pdf"))["work"]
    assert [(w.get("name"), w.get("position")) for w in work][1] == (
        "DIRECTION GÉNÉRALE DE L'ADMINISTRATION ET DE LA FONCTION PUBLIQUE (DGAFP)",
        "Adjoint au chef de bureau",
    )


def test_titles_set_as_bold_bullets_over_their_employer_and_dates_are_headers():
    """ "• Technicien méthodes" in bold, then "Valeo — Sablé-sur-Sarthe" and "03/2017 – aujourd'hui", the duties as
    regular bullets: the titles were read as duties of the job above and every job lost its title."""
    text = (
        "Damien Lecomte\ndamien.lecomte72@gmail.com\n**• EXPÉRIENCES PROFESSIONNELLES\n"
        "**• Technicien méthodes\nValeo — Sablé-sur-Sarthe\n03/2017 – aujourd'hui\n"
        "• Conception des postes de travail\n• Équilibrage des lignes d'assemblage\n"
        "**• Régleur ligne d'assemblage\nValeo — Sablé-sur-Sarthe\n09/2013 – 02/2017\n• Réglage des visseuses\n"
        "**• Opérateur de production (intérim)\nRenault — Le Mans\n2012 – 2013\n"
    )
    assert [(job[0], job[1]) for job in bold_jobs(text)] == [
        ("Valeo", "Technicien méthodes"),
        ("Valeo", "Régleur ligne d'assemblage"),
        ("Renault", "Opérateur de production"),
    ]


def test_review_guards_for_the_twentyfifth_sessions_rules():
    """What the review found read worse, mended: a road builder named "Routière …" is an employer; a building CV's
    "Principaux chantiers :" under a job stays that job's; a sidebar's headings beside a main column with its own are
    not moved; the title "Co Founder" is no Irish county; levels set above their languages stay theirs."""
    from parsing.structure.vocab import title_score

    assert title_score("routiere des pyrenees") == 0 and title_score("routier international") >= 1.5
    text = (
        "Paul Martin\npaul.martin@gmail.com\n\nEXPÉRIENCE\n"
        "Chef de chantier – Eiffage Construction, Lyon | 2016 – 2023\n"
        "Principaux chantiers : lycée Carnot, ZAC Confluence\n"
        "Chef d'équipe – Bouygues Bâtiment, Lyon | 2010 – 2016\n"
    )
    assert _jobs(text) == [("Eiffage Construction", "Chef de chantier"), ("Bouygues Bâtiment", "Chef d'équipe")]
    from parsing.structure.experience import _location_of

    assert _location_of("Co Founder") is None and _location_of("Co Kerry") == "Co Kerry"


def test_a_developers_framework_after_a_slash_and_a_languages_sharp():
    """ "Développeur PHP / Symfony", "Développeur Python / Django": the framework after the slash was cut off (or
    taken for the employer); "Ingénieur développement C#" lost its sharp. A firm after the slash stays the
    employer."""
    from parsing.structure.experience import parse_experience

    def read(header: str) -> list[tuple[str | None, str | None]]:
        return [(w.get("name"), w.get("position")) for w in parse_experience([header, "• Développement"], [False] * 2)]

    assert read("Développeur PHP / Symfony | Capgemini | 2016 – 2019") == [("Capgemini", "Développeur PHP / Symfony")]
    assert read("Développeur Python / Django | 2016 – 2019") == [(None, "Développeur Python / Django")]
    assert read("Développeur Java / Capgemini | 2016 – 2019") == [("Capgemini", "Développeur Java")]
    assert read("Ingénieur développement C# | Sopra Steria | 2016 – 2019") == [
        ("Sopra Steria", "Ingénieur développement C#")
    ]


def test_the_employers_line_under_a_titles_dates_and_a_plans_years_in_a_bullet():
    """ "Quality Manager, A320 Final Assembly Line | March 2020 – Present" over "Airbus, Toulouse": the line was
    taken for the employer and Airbus lost; "Vinted (marketplace de seconde main), Paris" under a title alone was
    lost; "• Pilotage du schéma directeur SI 2018-2023 : budget annuel de 22 M€" was a job."""
    from parsing.structure.entries import _classify
    from parsing.structure.experience import parse_experience

    rows = [
        "Quality Manager, A320 Final Assembly Line | March 2020 – Present",
        "Airbus, Toulouse",
        "• Lead a team of 14 quality inspectors",
        "Quality Engineer | Sept 2016 – Feb 2020",
        "Airbus, Toulouse",
    ]
    work = parse_experience(rows, [True, False, False, True, False], [48.0, 48.0, 54.0, 48.0, 48.0])
    assert [(w.get("name"), w.get("position")) for w in work] == [
        ("Airbus", "Quality Manager, A320 Final Assembly Line"),
        ("Airbus", "Quality Engineer"),
    ]
    rows = ["2017 - 2019", "Chargée d'acquisition", "Vinted (marketplace de seconde main), Paris", "• Campagnes"]
    work = parse_experience(rows, [False, True, False, False], [48.0, 48.0, 48.0, 49.0])
    assert [(w.get("name"), w.get("position")) for w in work] == [
        ("Vinted (marketplace de seconde main)", "Chargée d'acquisition")
    ]
    assert _classify("• Pilotage du schéma directeur SI 2018-2023 : budget annuel de 22 M€").dates is None
    assert _classify("• Serveuse au Zinc 2018-2019 : service en salle et bar").dates is not None


def test_posts_under_an_employers_range_with_their_programme_and_a_remark_after_the_year():
    """ "Airbus, Toulouse | Oct 2016 – Present" over "Senior Stress Engineer — Jul 2020 – Present" / "A350 wing
    programme": the programmes were read as employers and Airbus as a job of its own; "2012 (saison) : Agent de
    sécurité événementiel" gave the title "saison) : Agent …"."""
    from parsing.structure.experience import parse_experience

    rows = [
        "Airbus, Toulouse | Oct 2016 – Present",
        "Senior Stress Engineer — Jul 2020 – Present",
        "A350 wing programme",
        "• Static and fatigue justification of wing ribs",
        "Stress Engineer — Oct 2016 – Jun 2020",
        "A320 family fuselage",
        "• Repair design support",
        "Structures Engineer | Feb 2014 – Sept 2016",
        "Safran Landing Systems – Vélizy-Villacoublay",
    ]
    work = parse_experience(rows, [False] * len(rows))
    assert [(w.get("name"), w.get("position")) for w in work] == [
        ("Airbus", "Senior Stress Engineer"),
        ("Airbus", "Stress Engineer"),
        ("Safran Landing Systems", "Structures Engineer"),
    ]
    assert work[0]["highlights"][0] == "A350 wing programme"
    work = parse_experience(["2012 (saison) : Agent de sécurité événementiel – Onet Sécurité (Marseille)"], [False])
    assert [(w.get("name"), w.get("position")) for w in work] == [("Onet Sécurité", "Agent de sécurité événementiel")]
    # ("De juillet à août 2017 : Stagiaire …" kept the range's opening word: "De : Stagiaire …")
    work = parse_experience(["De juillet à août 2017 : Stagiaire en développement web – OCP, Jorf Lasfar"], [False])
    assert [(w.get("name"), w.get("position")) for w in work] == [("OCP", "Stagiaire en développement web")]


def test_a_web_builders_margin_label_wrapped_into_the_first_job_and_a_title_wrapped_beside_its_dates():
    """A browser-printed CV sets "E X P É R I E N C E" / "P R O F E S S I O N N E L L E" (letters spaced) in a margin,
    each label's row joined to the content's row: the second word opened the first job's header, which was lost. A
    title wrapped beside its dates ("STMicroelectronics — Administrateur | Oct. 2019 → Présent systèmes et réseaux")
    lost its end."""
    from parsing import analyze
    from parsing.document import Document, Line
    from parsing.structure.entries import _classify

    rows = [
        ("Pauline Faure", 40, 26.0, True),
        ("pauline.faure.rh@gmail.com", 40, 8.8, False),
        (
            "P R O F I L | Recruteuse spécialisée dans les profils tech et digitaux, j'accompagne start-up",
            100,
            9.5,
            True,
        ),
        ("et grands comptes de la définition du besoin jusqu'à l'intégration.", 159, 9.6, False),
        ("E X P É R I E N C E | JANVIER 2022 – AUJOURD'HUI", 69, 9.5, True),
        ("P R O F E S S I O N N E L L E | Chargée de recrutement IT", 40, 9.5, True),
        ("Hays, Paris", 159, 9.6, False),
        ("• 40 recrutements CDI par an", 169, 9.6, False),
        ("MARS 2019 – DÉCEMBRE 2021", 159, 8.6, False),
        ("Chargée de recrutement", 159, 9.6, True),
        ("Randstad, Boulogne-Billancourt", 159, 9.6, False),
    ]
    lines = [
        Line(text, x0=x0, size=size, bold=bold, top=40.0 + 14 * n) for n, (text, x0, size, bold) in enumerate(rows)
    ]
    work = analyze(Document(lines=lines, format="pdf"))["work"]
    assert [(w.get("name"), w.get("position"), w.get("startDate")) for w in work] == [
        ("Hays", "Chargée de recrutement IT", "2022-01"),
        ("Randstad", "Chargée de recrutement", "2019-03"),
    ]
    info = _classify("STMicroelectronics — Administrateur | Oct. 2019 → Présent systèmes et réseaux")
    assert info.rest == "STMicroelectronics — Administrateur systèmes et réseaux"


def test_work_on_ones_own_account_and_a_name_cut_on_its_connector_beside_its_town():
    """ "À mon compte" in an employer's place was read as the employer (as "Freelance" is not); "SOFITEL BIARRITZ LE
    MIRAMAR THALASSO SEA & | Biarritz" over "SPA" (a name cut on its "&", its town on the same row) gave "SPA"."""
    from parsing.structure.experience import _CONTRACT_RE

    assert _CONTRACT_RE.match("a mon compte")
    text = (
        "Isabelle Etcheverry\nisabelle@gmail.com\n**EXPÉRIENCES\n"
        "**HÔTEL DU PALAIS | Biarritz\n**Gouvernante générale\nMai 2019 – aujourd'hui\n• Management de 25 personnes\n"
        "**SOFITEL BIARRITZ LE MIRAMAR THALASSO SEA & | Biarritz\n**SPA\n**Gouvernante\n2014 – 2019\n• Contrôle\n"
    )
    from parsing import analyze
    from parsing.document import Document, Line

    lines = [
        Line(raw[2:], bold=True, size=9.4, top=12.0 * n) if raw.startswith("**") else Line(raw, size=9.4, top=12.0 * n)
        for n, raw in enumerate(text.splitlines())
    ]
    work = analyze(Document(lines=lines, format="pdf"))["work"]
    assert [w.get("name") for w in work] == ["HÔTEL DU PALAIS", "SOFITEL BIARRITZ LE MIRAMAR THALASSO SEA & SPA"]


def test_a_preparatory_classs_track_and_a_schools_former_name_are_no_schools_and_a_degree_under_the_heading():
    """The field tagger added "HEC" out of "Classe préparatoire HEC (ECS)" (the track, named after the school it
    prepares for) and "University of London" out of "Formerly Cass Business School, City, University of London" as
    schools of their own; "FORMATION" then "BTS Électrotechnique" in bold was read as one heading."""
    text = (
        "Raphaël Mercier\nraphael@gmail.com\n\nEDUCATION\nESSEC Business School | 2007 – 2010\n"
        "MSc in Management (Grande École)\nLycée Hoche, Versailles | 2005 – 2007\nClasse préparatoire HEC (ECS)\n"
        "Bayes Business School | 2018 – 2019\nMSc Actuarial Science\n"
        "Formerly Cass Business School, City, University of London\n"
    )
    schools = [e.get("institution") for e in parse_resume(text.encode(), "cv.txt")["education"]]
    assert "HEC" not in schools and "University of London" not in schools
    from parsing.document import Line
    from parsing.structure.sections import _wraps_heading

    heading = Line("FORMATION", bold=True, size=12.0, top=100.0)
    degree = Line("BTS Électrotechnique", bold=True, size=12.0, top=114.0)
    assert not _wraps_heading(heading, [degree], "education", 3)


def test_jobs_listed_as_dashes_each_over_its_dates_are_headers():
    """A plain CV lists each job as "- Title - Employer - Town" over its dates on the next line: all three jobs were
    read as duties, none was found. A lone duty over a date stays a duty."""
    text = (
        "Rosa MARTINEZ\nrosa.martinez66@gmail.com\n\nEXPERIENCE\n\n"
        "- Aide ménagère (CDI) - O2 Care Services - Perpignan\n  janvier 2018 a aujourd'hui\n"
        "  menage, repassage, courses chez les personnes agées\n\n"
        "- Femme de ménage - Ménage Services 66 - Perpignan\n  2010 à 2017\n\n"
        "- Plongeuse (saisonnier) - Restaurant Le Sud - Canet-en-Roussillon\n  2008-2010\n"
    )
    assert _jobs(text) == [
        ("O2 Care Services", "Aide ménagère"),
        ("Ménage Services 66", "Femme de ménage"),
        ("Restaurant Le Sud", "Plongeuse (saisonnier)"),
    ]


def test_a_sports_coach_and_a_holiday_clubs_g_o_titles():
    """ "Coach sportif indépendant" over "Freelance, Lyon" was read as the employer ("Coach" opened no French title);
    "G.O Animatrice Mini Club Med" and "Mini Club Med G.O" were no titles."""
    from parsing.structure.vocab import title_score

    assert title_score("coach sportif") >= 1.5
    assert title_score("g.o animatrice mini club med") >= 1.5 and title_score("mini club med g.o") >= 1.5
    from parsing.structure.experience import header_fields

    assert header_fields(["Coach sportif", "Lyon"])[0] == "Coach sportif"


def test_review_guards_of_the_second_round():
    """What the second review found read worse, mended: new headings only alone ("ENGAGEMENT MANAGER – BAIN &
    COMPANY" is a post, "PROFESSIONAL QUALIFICATIONS AND EXPERIENCE" heads no certifications); a bracket ending a
    date's row names the employer; the terms after the dates are no title's end; "région Bretagne" is the regional
    council; a lower-case name under a post is no programme."""
    from parsing.structure.entries import _classify
    from parsing.structure.experience import _location_of, _programme_line
    from parsing.structure.sections import heading_kind

    assert heading_kind("ENGAGEMENT MANAGER – BAIN & COMPANY", 2) is None
    assert heading_kind("PROFESSIONAL QUALIFICATIONS AND EXPERIENCE", 2) != "certifications"
    assert _classify("Technicien | 2018 – 2020 (Enedis, Nantes)").rest == "Technicien | (Enedis, Nantes)"
    assert _classify("Vendeur | 2019 – 2020 contrat saisonnier").rest == "Vendeur | contrat saisonnier"
    assert _location_of("région Bretagne") is None and _location_of("région Sud-Est") == "région Sud-Est"
    assert not _programme_line("Caisse d'épargne Normandie") and _programme_line("A350 wing programme")


def _studies(text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [
        (e.get("institution"), e.get("studyType"), e.get("area"))
        for e in parse_resume(text.encode(), "cv.txt")["education"]
    ]


def test_review_guards_of_the_studies_round():
    """What the studies' review found read worse, mended: a degree that tells of its year abroad is kept; a numbered
    university takes no remark from the next line; a competitive examination keeps the school under it."""
    text = (
        "Emma Brown\nemma.brown@gmail.com\n\nEDUCATION\n"
        "2012 – 2016 BA (Hons) French with a year abroad in Paris, University of Leeds\n"
    )
    assert _studies(text)[0][0] == "University of Leeds"
    text = (
        "Lucie Martin\nlucie.martin@gmail.com\n\nFORMATION\n2015 – 2017 Master 2 Droit des affaires\n"
        "Université Paris 2\nMention Bien\n"
    )
    assert _studies(text)[0][0] == "Université Paris 2"
    text = (
        "Paul Morel\npaul.morel@gmail.com\n\nFORMATION\n2019 CRPE – Concours de recrutement de professeurs des écoles\n"
        "INSPE de Lille\n2017 Licence Sciences de l'éducation – Université de Lille\n"
    )
    assert [school for school, *_ in _studies(text)][:1] == ["INSPE de Lille"]


def test_an_inspectors_title():
    """ "IA-IPR de sciences économiques et sociales" (an inspector of the education ministry) was no title."""
    from parsing.structure.vocab import title_score

    assert title_score("ia-ipr de sciences economiques et sociales") >= 1.5


def test_review_guards_of_the_third_round():
    """What the third review found read worse, mended: a project or a site after a bulleted title over its dates
    names no employer; a note in lower case in brackets ending a date's row is no employer; a former region after a
    rep's employer is the territory; engineers' degrees named after their school are degrees."""
    from parsing.structure.entries import _employer_shaped_part
    from parsing.structure.experience import _location_of

    assert _employer_shaped_part("O2 Care Services") and not _employer_shaped_part("projet Fibre")
    assert _location_of("région Rhône-Alpes") == "région Rhône-Alpes" and _location_of("région Bretagne") is None
    text = "Marie Dubois\nmarie.dubois@gmail.com\n\nEXPÉRIENCE\nVendeuse | 2018 – 2020 (agency)\n• Conseil client\n"
    assert [name for name, _ in _jobs(text)] == [None]

"""Faults shown by realistic CVs written as real files in the twentieth probing session (law, banking back-offices,
Maghreb engineers, beauty and sport, social work, digital marketing, UK graduates) and by the gaps left from the
sessions before: each test holds one of them."""

from __future__ import annotations

from parsing import parse_resume
from parsing.document import Line

from .files import bold_jobs as _bold_jobs
from .files import document_jobs
from .files import text_jobs as _jobs
from .files import text_schools as _schools


def test_a_temps_status_is_no_employer():
    """ "Intérimaire – agent de production" over "Randstad": the status is no employer; alone, it is the post."""
    text = (
        "Karim Benali\nkarim@mail.fr\n**EXPÉRIENCE\n**Intérimaire – agent de production\nRandstad\n2012 – 2013\n"
        "**Intérimaire\nAdecco, Lyon\n2010 – 2011\n"
    )
    assert [(job[0], job[1]) for job in _bold_jobs(text)] == [
        ("Randstad", "agent de production"),
        ("Adecco", "Intérimaire"),
    ]


def test_an_employer_wrapped_before_its_connector():
    """ "CONSEIL DÉPARTEMENTAL" over "DE LA GIRONDE": one name on two lines, wrapped before its "de" (or after it,
    in capitals), over the title or under it."""
    text = (
        "Lucie Bernard\nlucie@mail.fr\n\nEXPÉRIENCE\nConseil départemental\nde la Gironde\nAssistante sociale\n"
        "2010 – 2012\nCONSEIL DÉPARTEMENTAL\nDE LA GIRONDE\nAssistante sociale\n2008 – 2010\n"
        "CONSEIL DÉPARTEMENTAL DE\nLA GIRONDE\nAssistante sociale\n2006 – 2008\nAssistante sociale\n"
        "Communauté d'agglomération\ndu Grand Besançon\n2004 – 2006\nCHAMBRE RÉGIONALE DES COMPTES\nOCCITANIE\n"
        "Vérificatrice\n2002 – 2004\n"
    )
    assert [(job[0], job[1]) for job in _jobs(text)] == [
        ("Conseil départemental de la Gironde", "Assistante sociale"),
        ("CONSEIL DÉPARTEMENTAL DE LA GIRONDE", "Assistante sociale"),
        ("CONSEIL DÉPARTEMENTAL DE LA GIRONDE", "Assistante sociale"),
        ("Communauté d'agglomération du Grand Besançon", "Assistante sociale"),
        ("CHAMBRE RÉGIONALE DES COMPTES", "Vérificatrice"),
    ]


def test_a_school_cut_after_its_opening_adjective():
    """ "École Nationale" over "Supérieure des Mines": a French school's name cannot end on its opening adjective;
    a degree on the next line is no part of it."""
    text = (
        "Jean Roux\njean@mail.fr\n\nFORMATION\nÉcole Nationale\nSupérieure des Mines\nDiplôme d'ingénieur\n"
        "1995 – 1998\nInstitut National\ndes Sciences Appliquées de Lyon\nDiplôme d'ingénieur\n1990 – 1995\n"
        "École Normale Supérieure\nAgrégation de lettres\n1985\n"
    )
    assert [school for school, _ in _schools(text)] == [
        "École Nationale Supérieure des Mines",
        "Institut National des Sciences Appliquées de Lyon",
        "École Normale Supérieure",
    ]


def test_a_firm_cut_after_its_opening_words():
    """ "Les Laboratoires" over "Servier Industrie, Gidy": the opening of a firm's name goes on over the next line,
    whether the title is above it (a right-hand date column) or below it."""
    rows = [
        Line("Jeanne Martin", top=40, x0=56.7, bold=True, size=18),
        Line("jeanne@mail.fr", top=62, x0=56.7),
        Line("EXPÉRIENCE PROFESSIONNELLE", top=100, x0=56.7, bold=True, size=12),
        Line("Technicienne de production", top=120, x0=56.7, bold=True),
        Line("mai 2016 – présent", top=120, x0=450),
        Line("Les Laboratoires", top=132, x0=56.7),
        Line("Servier Industrie, Gidy", top=144, x0=56.7),
        Line("Conduite de ligne de conditionnement.", top=156, x0=56.7),
        Line("Opératrice", top=176, x0=56.7, bold=True),
        Line("2012 – 2016", top=176, x0=450),
        Line("Sanofi Pasteur, Marcy-l'Étoile", top=188, x0=56.7),
    ]
    assert [(job[0], job[1]) for job in document_jobs(rows)] == [
        ("Les Laboratoires Servier Industrie", "Technicienne de production"),
        ("Sanofi Pasteur", "Opératrice"),
    ]
    text = (
        "Jean Dupont\njean@mail.fr\n\nEXPÉRIENCE\nÉtablissements\nMartin Frères\nMagasinier\n2014 – 2016\n"
        "Les Laboratoires\nServier Industrie, Gidy\nTechnicienne de production\n2010 – 2014\n"
    )
    assert [(job[0], job[1]) for job in _jobs(text)] == [
        ("Établissements Martin Frères", "Magasinier"),
        ("Les Laboratoires Servier Industrie", "Technicienne de production"),
    ]


def _banner_pdf() -> bytes:
    """A name, a title and a contact line set right of a photo across the top of a short page, over a bulleted
    sidebar and the main column: three lines cross the gutter, more than a page of forty lines allows."""
    from reportlab.pdfgen import canvas

    from .files import PAGE_HEIGHT, _pdf

    def draw(pdf: canvas.Canvas, _number: int) -> None:
        pdf.setFillGray(0.7)
        pdf.rect(45, PAGE_HEIGHT - 130, 75, 90, stroke=0, fill=1)
        pdf.setFillGray(0)
        pdf.setFont("Helvetica-Bold", 22)
        pdf.drawString(136, PAGE_HEIGHT - 74, "Manon Petit")
        pdf.setFont("Helvetica", 11)
        pdf.drawString(136, PAGE_HEIGHT - 98, "CONSEILLÈRE BEAUTÉ")
        pdf.setFont("Helvetica", 8.2)
        pdf.drawString(136, PAGE_HEIGHT - 116, "06 03 55 82 19 · manon.petit@hotmail.fr · Paris 15e")
        side = ["Compétences", "• Maquillage et mise en beauté", "• Diagnostic de peau et soins du visage",
                "• Techniques de vente additionnelle", "• Merchandising", "Langues", "Français",
                "• langue maternelle", "Anglais", "• B2 – TOEIC 810", "Centres d'intérêt", "• Photographie de mode",
                "• Pilates"]  # fmt: skip
        main = ["Profil", "Conseillère beauté experte en soin et maquillage.", "Expérience professionnelle",
                "Conseillère beauté (CDI)", "Sephora · Paris · janv. 2021 – aujourd'hui",
                "› Diagnostic de peau et conseil personnalisé", "Conseillère de vente parfumerie",
                "Marionnaud · Boulogne-Billancourt · sept. 2018 – déc. 2020", "› Vente parfums et soins",
                "Vendeuse", "Nocibé · Paris 15e · 2016 – 2018", "Formation", "BTS MECP — 2016 – 2018",
                "École Silvya Terrade, Paris"]  # fmt: skip
        for number, text in enumerate(side):
            pdf.setFont("Helvetica-Bold" if number in (0, 5, 10) else "Helvetica", 8.7)
            pdf.drawString(45, PAGE_HEIGHT - 163 - 11.8 * number, text)
        for number, text in enumerate(main):
            pdf.setFont("Helvetica-Bold" if number in (0, 2, 11) else "Helvetica", 9.2)
            pdf.drawString(216, PAGE_HEIGHT - 163 - 12.4 * number, text)

    return _pdf(draw)


def test_a_banner_across_the_top_of_a_short_page_leaves_its_columns():
    """The banner lines read first, then the sidebar and the main column, each whole."""
    work = parse_resume(_banner_pdf(), "cv.pdf")["work"]
    assert [(job.get("name"), job.get("position"), job.get("startDate")) for job in work] == [
        ("Sephora", "Conseillère beauté", "2021-01"),
        ("Marionnaud", "Conseillère de vente parfumerie", "2018-09"),
        ("Nocibé", "Vendeuse", "2016"),
    ]


def _dates_beside_sidebar_pdf() -> bytes:
    """The main column's dates right-aligned near a right-hand sidebar; long bullet lines run under the dates, so
    the gap before the date column is wider than the sidebar's gutter, but a few lines cross it."""
    from reportlab.pdfgen import canvas

    from .files import PAGE_HEIGHT, _pdf

    def draw(pdf: canvas.Canvas, _number: int) -> None:
        pdf.setFont("Helvetica-Bold", 23)
        pdf.drawString(42.5, PAGE_HEIGHT - 51, "Yanis Belkacem")
        pdf.setFont("Helvetica", 8.4)
        side = ["CONTACT", "07 69 18 27 34", "yanis.belkacem@icloud.com", "Paris", "SAVOIR-FAIRE", "Positionnement",
                "Go-to-market", "Études clients", "Pricing", "Lancements", "Enablement", "LANGUES", "Français : natif",
                "Anglais : C1", "Arabe : notions", "OUTILS", "• Notion", "• Figma", "• Salesforce", "• Typeform",
                "• Google Analytics", "INTÉRÊTS", "Basket", "Histoire"]  # fmt: skip
        for number, text in enumerate(side):
            pdf.drawString(439.4, PAGE_HEIGHT - 66 - 12 * number, text)
        rows = [
            (131, "PARCOURS PROFESSIONNEL", None, True),
            (158, "Doctolib, Paris", "Depuis janv. 2023", True),
            (171, "Product Marketing Manager", None, False),
            (185, "• Lancement de la téléconsultation pour les kinés, 9 000 praticiens activés en", None, False),
            (218, "Orange, Issy-les-Moulineaux", "sept. 2018 – déc. 2022", True),
            (231, "Chef de produit marketing", None, False),
            (245, "• Gamme forfaits mobiles Sosh : pricing, lancements, suivi de la concurrence", None, False),
            (278, "Bouygues Telecom, Meudon", "sept. 2016 – août 2018", True),
            (291, "Chef de produit junior", None, False),
            (305, "• Offres box, études clients", None, False),
            (317, "• Supports de vente", None, False),
            (340, "DIPLÔMES", None, True),
            (360, "Université Paris-Dauphine", "2016 – 2018", True),
            (372, "Master 2 Marketing et stratégie", None, False),
            (392, "Université Paris-Dauphine", "2013 – 2016", True),
            (404, "Licence Gestion", None, False),
        ]
        for top, text, dates, bold in rows:
            pdf.setFont("Helvetica-Bold" if bold else "Helvetica", 9.2)
            pdf.drawString(42.5, PAGE_HEIGHT - top, text)
            if dates:
                pdf.setFont("Helvetica", 8.8)
                pdf.drawRightString(408, PAGE_HEIGHT - top, dates)

    return _pdf(draw)


def test_the_gutter_no_line_crosses_is_the_sidebars():
    work = parse_resume(_dates_beside_sidebar_pdf(), "cv.pdf")["work"]
    assert [(job.get("name"), job.get("position"), job.get("startDate")) for job in work] == [
        ("Doctolib", "Product Marketing Manager", "2023-01"),
        ("Orange", "Chef de produit marketing", "2018-09"),
        ("Bouygues Telecom", "Chef de produit junior", "2016-09"),
    ]


def test_the_area_after_a_titles_dash_over_the_employer_and_its_town():
    """ "Assistant Buyer – Womenswear" over "John Lewis Partnership, London": the area the title covers stays with
    it, the employer is the line below."""
    text = (
        "Chloe Whitfield\nchloe@mail.co.uk\n\nWORK EXPERIENCE\nSep 2022 - Oct 2024\nAssistant Buyer – Womenswear\n"
        "John Lewis Partnership, London\n• Managed a range of knitwear\nFeb 2020 – Aug 2022\nCompliance Officer – AML\n"
        "Lombard Odier, Geneva\n• Reviews\n2018 – 2020\nAvocat collaborateur – Fiscalité\n"
        "CMS Francis Lefebvre Avocats – Neuilly-sur-Seine\n"
    )
    assert [(job[0], job[1]) for job in _jobs(text)] == [
        ("John Lewis Partnership", "Assistant Buyer – Womenswear"),
        ("Lombard Odier", "Compliance Officer – AML"),
        ("CMS Francis Lefebvre Avocats", "Avocat collaborateur – Fiscalité"),
    ]


def test_a_law_firms_profession_is_part_of_its_name():
    """ "SCP Martin-Leroy, Notaires associés", "Cabinet Dupont & Associés – Avocats au Barreau de Lyon": the
    profession after the name is the firm's, not the employer on its own; a town after it stays the place."""
    text = (
        "Claire Vidal\nclaire@mail.fr\n\nEXPÉRIENCE\n2018 – 2020\nClerc de notaire\n"
        "SCP Martin-Leroy, Notaires associés\n2016 – 2018\nClerc de notaire, SCP Bonnet-Rey, Notaires – Lyon\n"
        "2014 – 2016\nAvocate collaboratrice\n"
        "Cabinet Dupont & Associés – Avocats au Barreau de Lyon\n2012 – 2014\nÉlève-avocate\n"
        "Taj, Société d'avocats – Paris\n2010 – 2012\nClerc\n"
        "Office notarial de Maîtres Girard, Lopez et Vidal, Notaires associés\n"
    )
    assert [job[0] for job in _jobs(text)] == [
        "SCP Martin-Leroy, Notaires associés",
        "SCP Bonnet-Rey, Notaires",
        "Cabinet Dupont & Associés – Avocats au Barreau de Lyon",
        "Taj, Société d'avocats",
        "Office notarial de Maîtres Girard, Lopez et Vidal, Notaires associés",
    ]


def _phone(text: str) -> str | None:
    return parse_resume(text.encode(), "cv.txt")["basics"].get("phone")


def test_the_town_beside_the_phone_number_says_its_country():
    """ "06 52 14 78 36 · Lyon (69003)" is French even when the jobs at the top are in Morocco or the CV gives an
    Algerian birthplace; a number of La Réunion gets its own calling code."""
    moroccan_jobs = (
        "Anas Chraibi\nIngénieur Procédés\n\nEXPÉRIENCE PROFESSIONNELLE\nIngénieur Procédés | Septembre 2022 – "
        "aujourd'hui\nArkema – Pierre-Bénite\nChef de service production | Janvier 2019 – Août 2022\n"
        "OCP Group – Khouribga\n• Laverie de phosphate\n\nLOISIRS\nTennis\n"
        "anas.chraibi@gmail.com · 06 52 14 78 36 · Lyon (69003)\n"
    )
    assert _phone(moroccan_jobs) == "+33652147836"
    birthplace = (
        "Djamel Ait Ouali\nAdresse\nNanterre (92)\nTéléphone portable\n06 21 43 65 87\nCourrier électronique\n"
        "djamel.aitouali@gmail.com\nDate et lieu de naissance\n22/11/1983 à Tizi Ouzou\n\nEXPÉRIENCE\n"
        "2013 – 2018 Chef de projet, Cosider Construction, Alger\n"
    )
    assert _phone(birthplace) == "+33621436587"
    reunion = "Laetitia Payet\nCONTACT\n0692 45 67 89\nlaetitia@mail.fr\n97400 Saint-Denis, La Réunion\n"
    assert _phone(reunion) == "+262692456789"
    mainland = (
        "Paul Durand\n06 92 45 67 89\npaul@mail.fr\nLyon\n\nEXPÉRIENCE\n2015 – 2018 Infirmier, CHU de Guadeloupe\n"
    )
    assert _phone(mainland) == "+33692456789"


def test_an_acronym_and_the_name_it_stands_for_are_one_employer():
    """ "STEG – Société Tunisienne de l'Électricité et du Gaz": the initials of the name after the dash are the
    acronym before it, so both are the employer's name; "Chef de chantier – SNCF" is still a title and a firm, and
    "DSI – Direction des Systèmes d'Information" the department the title covers, no employer."""
    text = (
        "Sami Ben Ali\nsami@mail.tn\n\nEXPÉRIENCE\n2018 – 2020\nIngénieur Procédés\n"
        "STEG – Société Tunisienne de l'Électricité et du Gaz\n2016 – 2018\nIngénieur structure\n"
        "ETAP – Entreprise Tunisienne d'Activités Pétrolières, Tunis\n2012 – 2014\nChef de chantier – SNCF\n"
        "2010 – 2012\nChef de projet\nDSI – Direction des Systèmes d'Information\nAXA, Paris\n"
    )
    assert [(job[0], job[1]) for job in _jobs(text)] == [
        ("STEG – Société Tunisienne de l'Électricité et du Gaz", "Ingénieur Procédés"),
        ("ETAP – Entreprise Tunisienne d'Activités Pétrolières", "Ingénieur structure"),
        ("SNCF", "Chef de chantier"),
        ("AXA", "Chef de projet – DSI – Direction des Systèmes d'Information"),
    ]


def test_europass_labels_beside_the_school_and_the_job_wanted():
    """ "Établissement Université …" in a Europass form: the label goes; "Emploi recherché …" is the job wanted,
    not a job held."""
    text = (
        "Lina Boudiaf\nNom(s) / Prénom(s) Boudiaf Lina\nAdresse(s) Lyon\nCourrier électronique lina@mail.fr\n"
        "Emploi recherché Développeuse Backend Python\nEXPÉRIENCE PROFESSIONNELLE\nDates Depuis novembre 2022\n"
        "Fonction ou poste occupé Développeuse Backend Python\nNom et adresse de l'employeur Sopra Steria, Lyon\n"
        "ÉDUCATION ET FORMATION\nDates 2016 – 2018\nIntitulé du diplôme Master Systèmes Informatiques\n"
        "Établissement Université des Sciences et de la Technologie Houari Boumediene (USTHB), Alger\n"
        "APTITUDES ET COMPÉTENCES PERSONNELLES\nLangue(s) maternelle(s) Arabe\nAutre(s) langue(s) Français, Anglais\n"
    )
    result = parse_resume(text.encode(), "cv.txt")
    assert [(job.get("name"), job.get("position")) for job in result["work"]] == [
        ("Sopra Steria", "Développeuse Backend Python")
    ]
    assert [school.get("institution") for school in result["education"]] == [
        "Université des Sciences et de la Technologie Houari Boumediene (USTHB)"
    ]


def test_a_slash_between_fields_or_an_acronym_area_stays_in_the_title():
    """ "SEO / SEA Manager", "Analyste KYC / LCB-FT", "Vidéaste / Monteur": one title; "Intern engineer / SII" still
    names the employer after the slash."""
    text = (
        "Hugo Lambert\nhugo@mail.fr\n\nEXPÉRIENCE\nMARS 2021 – PRÉSENT\nAnalyste KYC / LCB-FT\nBNP Paribas CIB, Paris\n"
        "2018 – 2021\nSEO / SEA Manager – Groupe SEB, Écully\n2016 – 2018\nVidéaste / Monteur\nBrut, Paris\n"
        "2014 – 2016\nIntern engineer / SII, Toulouse\n"
    )
    assert [(job[0], job[1]) for job in _jobs(text)] == [
        ("BNP Paribas CIB", "Analyste KYC / LCB-FT"),
        ("Groupe SEB", "SEO / SEA Manager"),
        ("Brut", "Vidéaste / Monteur"),
        ("SII", "Intern engineer"),
    ]


def test_a_line_of_fields_opening_with_a_participle_is_a_header():
    """ "Leveraged Finance Intern | Crédit Agricole CIB | Paris" opens like a sentence ("Leveraged …") but its fields
    are set apart: a job's header. "Valorisatrice OPC" is a title."""
    text = (
        "Hugo Lambert\nhugo@mail.co.uk\n\nEXPERIENCE\nCredit Analyst Graduate | Natixis | London\nSep 2017 – Aug 2019\n"
        "• Support to analysts\nLeveraged Finance Intern | Crédit Agricole CIB | Paris\nJan 2017 – Jul 2017\n"
        "• Financial modelling\nDe 2012 à 2015\nValorisatrice OPC — CACEIS Fund Administration, Paris\n"
    )
    assert [(job[0], job[1], job[2]) for job in _jobs(text)] == [
        ("Natixis", "Credit Analyst Graduate", "2017-09"),
        ("Crédit Agricole CIB", "Leveraged Finance Intern", "2017-01"),
        ("CACEIS Fund Administration", "Valorisatrice OPC", "2012"),
    ]


_HEAD = "Karim Benali\nkarim.benali@mail.fr\n06 12 34 56 78\n\nEXPÉRIENCE PROFESSIONNELLE\n"
_TASKS = "".join(f"• Tâche numéro {number} réalisée au quotidien\n" for number in range(8))


def test_review_guard_for_the_twentieth_sessions_rules():
    """Inputs on which a first version of this session's rules did worse than before: the status "Intérimaire" over
    a description, a trade after a title's comma ("Gestionnaire, Paie – Cegid"), a Dutch name after a town ("De
    Nederlandsche Bank"), a whole school name over a degree, a firm's opening without its article, "Marine" as a
    given name, a spelt-out title, towns one would move to beside a footer's number, and a Europass employer whose
    name opens with "Établissement"."""
    assert [
        (job[0], job[1]) for job in _jobs(_HEAD + "2015 – 2016\nIntérimaire – Renault, Flins\nMontage de pièces\n")
    ] == [("Renault", "Intérimaire")]
    assert [job[0] for job in _jobs(_HEAD + "Gestionnaire, Paie – Cegid\n2012 – 2014\n• Missions diverses\n")] == [
        "Cegid"
    ]
    english = "Jack Turner\njack.turner@mail.co.uk\n07700 900123\n\nWORK EXPERIENCE\n"
    assert [job[0] for job in _jobs(english + "Analyst\nAmsterdam\nDe Nederlandsche Bank\n2012 – 2015\n")] == [
        "De Nederlandsche Bank"
    ]
    assert [
        (job[0], job[1]) for job in _jobs(english + "Marine Superintendent\nCMA CGM, Marseille\n2012 – 2014\n")
    ] == [("CMA CGM", "Marine Superintendent")]
    school = (
        "Claire Roux\nclaire.roux@mail.fr\n06 11 22 33 44\n\nFORMATION\nÉcole Polytechnique\nIngénieur\n2010 – 2013\n"
    )
    assert [name for name, _ in _schools(school)] == ["École Polytechnique"]
    assert [
        job[0] for job in _jobs(_HEAD + "Laboratoires\nPierre Fabre, Castres\nVisiteur médical\n2010 – 2014\n")
    ] == ["Pierre Fabre"]
    assert [job[1] for job in _jobs(_HEAD + "2012 – 2014\nDAF – Directeur Administratif et Financier\nSanofi\n")] == [
        "Directeur Administratif et Financier"
    ]
    mobility = (
        "Jean Dupont\nContrôleur de gestion\n\nPROFIL\nContrôleur de gestion avec dix ans d'expérience.\n\n"
        f"EXPÉRIENCE PROFESSIONNELLE\n2018 – 2023 Contrôleur de gestion, Safran, Paris\n{_TASKS}\nMOBILITÉ\n"
        "Genève, Lausanne, Bruxelles\n\njean.dupont@gmail.com · 06 12 34 56 78\n"
    )
    assert _phone(mobility) == "+33612345678"
    languages = mobility.replace("MOBILITÉ\nGenève, Lausanne, Bruxelles", "LANGUES\nArabe (Maroc), Anglais")
    assert _phone(languages) == "+33612345678"
    europass = (
        "Curriculum Vitae Europass\nInformation personnelle\nNom(s) / Prénom(s) Boudiaf Lina\nAdresse(s) Lyon\n"
        "Téléphone(s) 06 12 34 56 78\nCourrier électronique lina@mail.fr\nEXPÉRIENCE PROFESSIONNELLE\n"
        "Dates Depuis novembre 2022\nFonction ou poste occupé Infirmière\nNom et adresse de l'employeur \n"
        "Établissement Français du Sang, Lyon\nÉDUCATION ET FORMATION\nDates 2016 – 2018\n"
        "Intitulé du diplôme Master Systèmes Informatiques\nÉtablissement Université Lumière Lyon 2, Lyon\n"
    )
    result = parse_resume(europass.encode(), "cv.txt")
    assert [job.get("name") for job in result["work"]] == ["Établissement Français du Sang"]


def test_the_employer_alone_under_a_title_and_its_area():
    """ "2018 – aujourd'hui" / "Head of Legal – Renewables" / "TotalEnergies (Courbevoie)": the line under the title
    and the area it covers names the employer; "Paralegal – Capital Markets — Clifford Chance" keeps its area."""
    text = (
        "Margaux Blanc\nmargaux@mail.fr\n\nEXPÉRIENCE PROFESSIONNELLE\n2018 – aujourd'hui\n"
        "Head of Legal – Renewables\nTotalEnergies (Courbevoie)\n• Direction d'une équipe\nmars 2014 – mai 2018\n"
        "Juriste conformité – Sanctions internationales\nBNP Paribas\n• Filtrage\n"
        "Paralegal – Capital Markets — Clifford Chance, Paris\nMars 2011 – Février 2014\n"
    )
    assert [(job[0], job[1]) for job in _jobs(text)] == [
        ("TotalEnergies", "Head of Legal – Renewables"),
        ("BNP Paribas", "Juriste conformité – Sanctions internationales"),
        ("Clifford Chance", "Paralegal – Capital Markets"),
    ]


def test_a_school_name_wrapped_at_the_lines_end():
    """ "… — Université Paris" / "1 Panthéon-Sorbonne, Paris", "… — Université" / "Lumière Lyon 2, Bron", "ENSIAS –
    École Nationale Supérieure" / "d'Informatique et d'Analyse des Systèmes — Rabat | 2015 – 2018": one name."""
    text = (
        "Karim Haddad\nkarim@mail.fr\n\nFORMATION\n2012 – 2013 Master 2 Droit des assurances — Université Paris\n"
        "1 Panthéon-Sorbonne, Paris\n2010 – 2011 Licence professionnelle Métiers du droit — Université\n"
        "Lumière Lyon 2, Bron\n"
    )
    assert [name for name, _ in _schools(text)] == ["Université Paris 1 Panthéon-Sorbonne", "Université Lumière Lyon 2"]
    moroccan = (
        "Fatima Idrissi\nfatima@mail.ma\n\nEDUCATION\n"
        "State Engineering Degree in Software Engineering, ENSIAS – École Nationale Supérieure\n"
        "d'Informatique et d'Analyse des Systèmes — Rabat | 2015 – 2018\n"
    )
    assert [name for name, _ in _schools(moroccan)] == [
        "ENSIAS – École Nationale Supérieure d'Informatique et d'Analyse des Systèmes"
    ]


def test_judges_and_trainee_lawyers_are_titles():
    """ "Juge des contentieux de la protection", "Élève-avocate", "Substitut du procureur" open titles; "JUGE Marie"
    at the top is a name."""
    from parsing.structure.text import fold
    from parsing.structure.vocab import title_score

    _TITLES = ["Juge des contentieux de la protection", "Élève-avocate", "Substitut du procureur", "Juge d'instruction"]
    assert all(title_score(fold(title)) >= 1 for title in _TITLES)
    assert title_score(fold("JUGE Marie")) == 0


def test_a_state_directorate_after_the_title_is_the_employer():
    """ "Stagiaire juriste – Direction générale des Finances publiques": an administration of the State, not the
    department the title covers."""
    text = (
        "Jean Durand\njean@mail.fr\n\nEXPÉRIENCE\njuin 2020 – août 2020\n"
        "Stagiaire juriste – Direction générale des Finances publiques\n• Contentieux fiscal\n"
    )
    assert [(job[0], job[1]) for job in _jobs(text)] == [
        ("Direction générale des Finances publiques", "Stagiaire juriste")
    ]


def test_the_countries_a_post_covers_and_a_ministry_with_a_comma():
    """ "Policy Adviser – France & Benelux" over "Foreign, Commonwealth & Development Office, London": the countries
    are the post's, the comma is inside the ministry's name."""
    text = (
        "John Smith\njohn@mail.co.uk\n\nWORK EXPERIENCE\nSep 2021 – Present\nPolicy Adviser – France & Benelux\n"
        "Foreign, Commonwealth & Development Office, London\n• Briefings for ministers\n"
    )
    assert [(job[0], job[1]) for job in _jobs(text)] == [
        ("Foreign, Commonwealth & Development Office", "Policy Adviser – France & Benelux")
    ]


def test_a_result_over_a_period_in_a_bullet_is_no_job():
    """ "• CA web +27 % sur 2021–2023, part du digital 38 %": a result over a period, no job of its own."""
    text = (
        "Marine Caron\nmarine@mail.fr\n\nEXPÉRIENCES\n"
        "Responsable Marketing Digital, Damart – Roubaix mars 2020 – aujourd'hui\n• Équipe de 6 : SEA, CRM\n"
        "• CA web +27 % sur 2021–2023, part du digital 38 %\n"
        "Chef de projet digital, Auchan Retail – Croix janv. 2017 – févr. 2020\n• Refonte de l'application\n"
    )
    assert [(job[0], job[2]) for job in _jobs(text)] == [("Damart", "2020-03"), ("Auchan Retail", "2017-01")]


def test_a_word_at_the_end_of_a_bullet_makes_no_job():
    """ "• Email production and QA": the tagger's one-word title inside a bullet point's sentence is no job."""
    text = (
        "Rahul Mehta\nrahul@mail.co.uk\n\nEXPERIENCE\nDELIVEROO | London\nCRM Executive\nMar 2019 – Jul 2022\n"
        "• Journeys in Braze for 3 markets\nASOS | London\nMarketing Assistant\nSep 2017 – Feb 2019\n"
        "• Email production and QA\n\nEDUCATION\nUniversity of Manchester, Manchester\nBSc Management, 2014 – 2017\n"
    )
    assert [job[0] for job in _jobs(text)] == ["DELIVEROO", "ASOS"]


def test_amazigh_and_its_varieties_are_berber():
    text = "Youssef Amrani\nyoussef@mail.ma\n\nLANGUES\nArabe : maternelle\nAmazigh : Tarifit, courant\nFrançais\n"
    languages = [item.get("language") for item in parse_resume(text.encode(), "cv.txt")["languages"]]
    assert languages == ["Arabe", "Amazigh", "Français"]


def test_a_europass_mother_tongue_set_in_bold_is_read():
    """A Word Europass form with each label alone and its value in bold below ("Langue(s) maternelle(s)" over
    "Arabe"): the value is the mother tongue, not a heading."""
    import io

    import docx
    from docx.shared import Pt

    document = docx.Document()
    rows = ["*INFORMATIONS PERSONNELLES", "Nom(s) / Prénom(s)", "!MOKHTARI Abdelkader", "Courrier électronique",
            "karim@mail.fr", "*EXPÉRIENCE PROFESSIONNELLE", "Dates", "Mars 2020 – à ce jour",
            "Fonction ou poste occupé", "!Technicien supérieur maintenance", "Nom et adresse de l'employeur",
            "Sonatrach, Alger", "*APTITUDES ET COMPÉTENCES PERSONNELLES", "Langue(s) maternelle(s)", "!Arabe",
            "Autre(s) langue(s)", "!Français, Anglais"]  # fmt: skip
    for row in rows:
        run = document.add_paragraph().add_run(row.lstrip("*!"))
        run.bold = row[:1] in "*!"
        run.font.size = Pt(10 if row.startswith("*") else 9.5 if row.startswith("!") or row[:1].islower() else 8.5)
    buffer = io.BytesIO()
    document.save(buffer)
    languages = [item.get("language") for item in parse_resume(buffer.getvalue(), "cv.docx")["languages"]]
    assert languages[:1] == ["Arabe"]


def test_second_review_guard_for_the_twentieth_sessions_rules():
    """Inputs on which a second version of this session's rules did worse than before: firms after a slash
    ("Ingénieur / GDF-SUEZ", "HSBC / AML Analyst"), a later one-word firm under a block ("Développeur, Atos"), a
    piped description over the employer, a surname that is a title word, "Artisan des Saveurs", a town in capitals
    after an establishment, a school's section after its name, a town hall's directorate, a field spelt out after
    a title."""
    assert [(job[0], job[1]) for job in _jobs(_HEAD + "Ingénieur / GDF-SUEZ\n2010 – 2014\n")] == [
        ("GDF-SUEZ", "Ingénieur")
    ]
    english = "Jack Turner\njack.turner@mail.co.uk\n07700 900123\n\nWORK EXPERIENCE\n"
    assert [(job[0], job[1]) for job in _jobs(english + "HSBC / AML Analyst\n2015 – 2018\n")] == [
        ("HSBC", "AML Analyst")
    ]
    block = _HEAD + "Capgemini\nConsultant, Paris\n2018 – 2020\nDéveloppeur, Atos\n2015 – 2018\n"
    assert [(job[0], job[1]) for job in _jobs(block)] == [("Capgemini", "Consultant"), ("Atos", "Développeur")]
    piped = (
        english + "Accountant\n2015 – 2018\nPrepared statutory accounts | Corporation tax\nGrant Thornton, Bristol\n"
    )
    assert [job[0] for job in _jobs(piped)] == [None]
    surname = (
        "PROCUREUR Camille\nAssistante juridique\nmail.x@mail.fr\n06 12 34 56 78\n\nEXPÉRIENCE PROFESSIONNELLE\n"
        "Assistante juridique\nCabinet Martin, Lyon\n2018 – 2022\n"
    )
    assert parse_resume(surname.encode(), "cv.txt")["basics"].get("name") == "PROCUREUR Camille"
    assert [job[0] for job in _jobs(_HEAD + "Vendeuse\nArtisan des Saveurs, Lyon\n2015 – 2018\n")] == [
        "Artisan des Saveurs"
    ]
    assert [job[0] for job in _jobs(_HEAD + "Moniteur éducateur\nFoyer de vie Les Tilleuls – LYON\n2016 – 2020\n")] == [
        "Foyer de vie Les Tilleuls"
    ]
    lycee = (
        "Claire Roux\nclaire.roux@mail.fr\n06 11 22 33 44\n\nFORMATION\n"
        "2012 – 2013 Baccalauréat S — Lycée Saint Louis\nSection Européenne – Paris\n"
    )
    assert [name for name, _ in _schools(lycee)] == ["Lycée Saint Louis"]
    hall = _HEAD + "Chef de projet – Direction générale des services\nMairie de Lyon\n2015 – 2018\n"
    assert [(job[0], job[1]) for job in _jobs(hall)] == [
        ("Mairie de Lyon", "Chef de projet – Direction générale des services")
    ]
    field = _HEAD + "Ingénieur – IA – Intelligence Artificielle\nThales, Palaiseau\n2015 – 2018\n"
    assert [(job[0], job[1]) for job in _jobs(field)] == [("Thales", "Ingénieur – IA – Intelligence Artificielle")]


def test_more_degrees_are_read():
    """The social workers' "DE CESF" and "DETISF", the swimming teachers' "BEESAN", the notarial institute's diploma,
    a professional title of level 6, Ireland's "BCL" and Scotland's "BAcc (Hons)" are degrees."""
    from parsing.structure.education import find_degree

    degrees = ["DE CESF", "DETISF", "BEESAN", "Diplôme de l'Institut des Métiers du Notariat (DIMN)",
               "Chef de projet marketing digital (titre RNCP niveau 6)", "BCL (Law and French)",
               "BAcc (Hons) Accountancy"]  # fmt: skip
    assert all(find_degree(degree) is not None for degree in degrees)
    assert find_degree("BCL Company") is None


def test_the_employer_under_a_bold_title_and_its_dates():
    """A bold title, its dates alone below, then the employer and its town in regular type: the employer's line is
    the job's ("Programme Officer" / "De 2019 à 2022" / "Concern Worldwide, Dublin / Maputo")."""
    text = (
        "Siobhan Kelly\nsiobhan@mail.ie\n**EXPÉRIENCE PROFESSIONNELLE\n"
        "**Responsable de programmes (Programme Manager)\ndepuis 2022\nMédecins Sans Frontières, Paris\n"
        "• Suivi de projets\n**Programme Officer\nDe 2019 à 2022\nConcern Worldwide, Dublin / Maputo\n"
        "• Coordination\n"
    )
    assert [(job[0], job[1]) for job in _bold_jobs(text)] == [
        ("Médecins Sans Frontières", "Responsable de programmes (Programme Manager)"),
        ("Concern Worldwide", "Programme Officer"),
    ]


def test_third_review_guard_for_the_twentieth_sessions_rules():
    """Inputs a third version of this session's rules read worse: a bulleted job "sur 2018-2019", a title in a
    bullet ("• Poste de Vendeur"), the client under "Consultant SAP – Capgemini", a description with a town under a
    bold title, "Procureur de la République"."""
    bullets = (
        _HEAD + "• Serveur en extra sur 2018-2019, Brasserie Georges, Lyon\n"
        "• Commis de cuisine, Paul Bocuse, Collonges 2016 – 2018\n"
    )
    assert [job[0] for job in _jobs(bullets)] == ["Brasserie Georges", "Paul Bocuse"]
    assert [job[1] for job in _jobs(_HEAD + "Auchan, Lyon\n2016 – 2018\n• Poste de Vendeur\n• Mise en rayon\n")] == [
        "Vendeur"
    ]
    bold_head = "Karim Benali\nkarim.benali@mail.fr\n06 12 34 56 78\n**EXPÉRIENCE PROFESSIONNELLE\n"
    client = bold_head + "**Consultant SAP – Capgemini\n2019 – 2022\nBNP Paribas, Paris\n• Migration S/4HANA\n"
    assert _bold_jobs(client)[0][:2] == ("Capgemini", "Consultant SAP")
    duties = (
        bold_head + "**Responsable logistique\n2019 – 2022\nGestion des stocks, Lyon\n• Management de 12 caristes\n"
    )
    assert _bold_jobs(duties) == [(None, "Responsable logistique", "2019", "2022")]
    judge = _HEAD + "Procureur de la République\nTribunal judiciaire de Bobigny\n2018 – 2023\n"
    assert [(job[0], job[1]) for job in _jobs(judge)] == [
        ("Tribunal judiciaire de Bobigny", "Procureur de la République")
    ]

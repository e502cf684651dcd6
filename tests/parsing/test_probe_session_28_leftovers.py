"""Faults left over from the twenty-seventh probing session's reviews: two spells at one employer listed on one
line, a business year's report in a duty line, a harvest's line, a duty line about children, a town in the summary's
prose, a training's subject after its dash, a career plan's heading, a capitals line inside a job, and an employer's
town or a lower-case firm after a slash. Each test failed before its fix, and holds a guard."""

from __future__ import annotations

from parsing import parse_resume

Job = tuple[str | None, str | None, str | None, str | None]


def _parse(text: str) -> dict:
    return parse_resume(text.encode(), "cv.txt")


def _jobs(text: str) -> list[Job]:
    return [(w.get("position"), w.get("name"), w.get("startDate"), w.get("endDate")) for w in _parse(text)["work"]]


def test_two_spells_at_one_employer_listed_on_one_line():
    """ "Vendeuse, Zara, Lyon — 2015–2016 et 2018–2019": two spells with a year off between them, not four years at
    Zara; the job once for each, its duties under the first, and the years of experience without the gap."""
    text = (
        "Julie Martin\njulie.martin@gmail.com\n\nEXPÉRIENCE\n"
        "Vendeuse, Zara, Lyon — 2015–2016 et 2018–2019\n• Conseil client, encaissement\n"
    )
    parsed = _parse(text)
    assert [(w.get("position"), w.get("name"), w["startDate"], w["endDate"]) for w in parsed["work"]] == [
        ("Vendeuse", "Zara", "2015", "2016"),
        ("Vendeuse", "Zara", "2018", "2019"),
    ]
    assert parsed["work"][0]["highlights"] == ["Conseil client, encaissement"]
    assert parsed["meta"]["years_experience"] == 2.0
    text = (
        "John Smith\njohn.smith@gmail.com\n\nEXPERIENCE\nSales Assistant\nNext, Leeds\n"
        "06/2012 – 09/2013 and 03/2016 – 05/2017\n• Served customers\n"
    )
    assert _jobs(text) == [
        ("Sales Assistant", "Next", "2012-06", "2013-09"),
        ("Sales Assistant", "Next", "2016-03", "2017-05"),
    ]
    # guard: seasons that follow on are one stretch
    text = (
        "Margaux Perrin\nmargaux.perrin@icloud.com\n\nExpérience professionnelle\n"
        "Hivers 2022-2023 et 2023-2024\nChef de réception\nHôtel L'Alpaga Blanc, Courchevel 1850\n"
    )
    assert _jobs(text) == [("Chef de réception", "Hôtel L'Alpaga Blanc", "2022", "2024")]
    # guard: years listed alone, an event that came round each year, are one stretch as before
    text = (
        "Sébastien Morel\nseb.morel@gmail.com\n\nEXPÉRIENCES\nRégisseur vidéo · Festival du court métrage\n"
        "Février 2020, 2022, 2023 et 2024\n• Coordination des salles de projection\n"
    )
    assert _jobs(text) == [("Régisseur vidéo", "Festival du court métrage", "2020-02", "2024")]


def test_a_business_years_report_in_a_duty_line_dates_no_job():
    """ "Rédaction du rapport 2020/21 pour la direction", "Suivi du budget 2021/2022", "Bilan 2019/20 et liasses
    fiscales": the years of the report, the budget, the balance sheet, inside the job's duties (each made a job)."""
    text = (
        "Jean Dupont\njean.dupont@gmail.com\n\nEXPÉRIENCE\nChef de projet, Orange, Lyon — 2016–2022\n"
        "• Rédaction du rapport 2020/21 pour la direction\n• Suivi du budget 2021/2022 et des achats\n"
        "Technicien, SNCF, Paris — 2012–2016\n"
    )
    assert _jobs(text) == [("Chef de projet", "Orange", "2016", "2022"), ("Technicien", "SNCF", "2012", "2016")]
    text = (
        "Jean Dupont\njean.dupont@gmail.com\n\nEXPÉRIENCE\nComptable\nKPMG, Lyon\n2016 – 2022\n"
        "- Bilan 2019/20 et liasses fiscales\nPréparation du bilan 2019/20\n"
        "Assistant comptable\nFiducial, Lyon\n2012 – 2016\n"
    )
    assert _jobs(text) == [("Comptable", "KPMG", "2016", "2022"), ("Assistant comptable", "Fiducial", "2012", "2016")]
    text = (
        "Emma Wilson\nemma.wilson@gmail.com\n\nEXPERIENCE\nFinance Manager – Acme Ltd, Leeds | 2017 – 2023\n"
        "Prepared the 2020/21 annual report for the board\n"
    )
    assert _jobs(text) == [("Finance Manager", "Acme Ltd", "2017", "2023")]
    # guard: a title's line and a degree's line keep their years
    text = (
        "Jean Dupont\njean.dupont@gmail.com\n\nEXPÉRIENCE\nChef de projet 2016-2020\nOrange, Lyon\n\n"
        "FORMATION\nLicence de droit 2012/2015\nUniversité Lyon 3\n"
    )
    parsed = _parse(text)
    assert [(w.get("position"), w.get("startDate")) for w in parsed["work"]] == [("Chef de projet", "2016")]
    assert parsed["education"][0].get("startDate") == "2012"


def test_a_harvest_dating_a_job_with_no_title_is_its_work():
    """ "Vendanges 2019 — Domaine Leflaive": the harvest dates the job and names the work done, the job's position
    (it had none); a title written on the line or under it stays the position."""
    text = (
        "Jean Dupont\njean.dupont@gmail.com\n\nEXPÉRIENCE\nVendanges 2019 — Domaine Leflaive\n• Coupe et portage\n"
        "Vendanges 2018 – Château Margaux, Pauillac\nVendangeur\n• Coupe\n"
        "Saison été 2021 — Camping Les Pins\n• Accueil des vacanciers\n"
    )
    assert _jobs(text) == [
        ("Vendanges", "Domaine Leflaive", "2019", "2019"),
        ("Vendangeur", "Château Margaux", "2018", "2018"),
        # guard: a season is a time, no work
        (None, "Camping Les Pins", "2021", "2021"),
    ]


def test_children_in_a_duty_line_are_no_family_status():
    """ "Encadrement d'un groupe de 12 enfants": the children a duty was for, in its sentence (the line was dropped
    as a marital status); a count of children alone among the details, or after a parent's or spouse's words, is
    one."""
    from parsing.structure.protected import protected_kinds

    text = (
        "Léa Morel\nlea.morel@gmail.com\n\nEXPÉRIENCE\nAnimatrice, Centre social Les Tilleuls, Nantes — 2018–2022\n"
        "• Encadrement d'un groupe de 12 enfants\n• Organisation des sorties\n"
    )
    parsed = _parse(text)
    assert parsed["work"][0]["highlights"] == ["Encadrement d'un groupe de 12 enfants", "Organisation des sorties"]
    assert parsed["meta"]["protected_attributes_found"] == []
    assert protected_kinds("Taught reading to 30 children aged 5-7") == []
    # guard: the personal details' wordings
    for line in ("Marié, 2 enfants", "2 enfants", "29 ans, 2 enfants, permis B", "Mère de deux enfants"):
        assert "marital_status" in protected_kinds(line), line
    assert protected_kinds("Married with two children") == ["marital_status"]
    assert protected_kinds("Pacsé | 3 enfants (4, 7 et 10 ans)") == ["marital_status"]


def test_a_firms_place_in_the_summarys_prose_is_no_home_town():
    """ "Located in Paris, our team delivers data products": the team's place, in the summary's sentence, not the
    person's address (it was the home town); where the person is based, said of themselves, still is."""
    text = "Jean Dupont\njean.dupont@gmail.com\nSUMMARY\n{}\n\nEXPERIENCE\nData Analyst, Fnac, Bordeaux — 2018–2022\n"
    for line in ("Located in Paris, our team delivers data products for retail.", "Based in Lyon, we help SMEs grow."):
        assert "location" not in _parse(text.format(line))["basics"], line
    # guard
    assert _parse(text.format("Based in Lyon, I help SMEs grow."))["basics"]["location"]["city"] == "Lyon"


def test_a_trainings_subject_after_its_dash_is_no_school():
    """ "Attestation de formation – Gestes et postures": an attestation that names no subject, then what the training
    taught, in a phrase's words (it was the school); an organisation's name there is still the school."""
    text = (
        "Jean Dupont\njean.dupont@gmail.com\n\nEXPÉRIENCE\nCuisinier, Le Zinc, Lyon — 2016–2022\n\nFORMATION\n"
        "Attestation de formation – Gestes et postures – 2021\nCertificate of completion – Food hygiene – 2020\n"
        "Attestation de formation – AFPA – 2019\n"
    )
    assert [(e.get("studyType"), e.get("area"), e.get("institution")) for e in _parse(text)["education"]] == [
        ("Attestation de formation", "Gestes et postures", None),
        ("Certificate of completion", "Food hygiene", None),
        ("Attestation de formation", None, "AFPA"),
    ]


def test_a_projet_heading_over_a_career_plan_heads_the_summary():
    """ "PROJET" over "Je souhaite évoluer vers un poste de responsable logistique …": the person's career plan, as
    "Projet professionnel" heads it (it was filed as a project); a project described under it stays one."""
    text = (
        "Jean Dupont\njean.dupont@gmail.com\n\nPROJET\nJe souhaite évoluer vers un poste de responsable logistique et "
        "reprendre une formation en management.\n\nEXPÉRIENCE\nCariste, Geodis, Lyon — 2016–2022\n"
    )
    parsed = _parse(text)
    assert parsed["basics"]["summary"].startswith("Je souhaite évoluer")
    assert parsed["projects"] == []
    # guard
    text = (
        "Jean Dupont\njean.dupont@gmail.com\n\nEXPÉRIENCE\nCariste, Geodis, Lyon — 2016–2022\n\nPROJET\n"
        "Application de gestion de stock – Python, Django (2022)\n• Je souhaite la publier en open source\n"
    )
    assert [p["name"] for p in _parse(text)["projects"]] == ["Application de gestion de stock"]


def test_a_capitals_line_inside_a_job_opens_no_section():
    """ "FORMATION (CACES 3, 5 – 2019)", "FORMATION INTERNE" in capitals in a text file's job, its duties going on
    under it to the next job: a line of the job's (it opened a studies section, which cut the job off and lost the
    next one); a heading after the last job still heads."""
    text = (
        "Jean Dupont\njean.dupont@gmail.com\n\nEXPÉRIENCE\nCariste, Geodis, Lyon — 2016–2022\n"
        "Chargement et déchargement des camions\n{}\nConduite de chariots frontaux et de nacelles\n"
        "Gestion des stocks sur SAP\nPréparateur de commandes, Amazon, Lyon — 2013–2016\n\n"
        "FORMATION\nCAP Logistique – Lycée Jean Moulin, Lyon – 2012\n"
    )
    for line in ("FORMATION (CACES 3, 5 – 2019)", "FORMATION INTERNE"):
        parsed = _parse(text.format(line))
        assert [(w["position"], w["name"]) for w in parsed["work"]] == [
            ("Cariste", "Geodis"),
            ("Préparateur de commandes", "Amazon"),
        ], line
        assert parsed["work"][0]["highlights"][-1] == "Gestion des stocks sur SAP"
        assert [e.get("studyType") for e in parsed["education"]] == ["CAP"]
    # guard: after the last job
    text = (
        "Jean Dupont\njean.dupont@gmail.com\n\nEXPÉRIENCE\nCariste, Geodis, Lyon — 2016–2022\n"
        "Chargement et déchargement des camions\nFORMATION PROFESSIONNELLE\n"
        "CAP Logistique – Lycée Jean Moulin, Lyon – 2012\n"
    )
    assert [e.get("studyType") for e in _parse(text)["education"]] == ["CAP"]


def test_a_town_after_an_employers_slash_where_the_section_writes_towns_so():
    """ "Airbus Defence and Space / Ottobrunn" where the other job writes "MBDA / Schrobenhausen": the one word after
    the slash is the job's town, as the section writes towns (it was glued to the employer as a second one, and
    "Schrobenhausen" was glued to "MBDA" beside being read as the town)."""
    text = (
        "Hans Müller\nhans.mueller@gmail.com\n\nEXPERIENCE\nSystems Engineer\nAirbus Defence and Space / Ottobrunn\n"
        "2018 – 2022\n• Requirements management\nTest Engineer\nMBDA / Schrobenhausen\n2015 – 2018\n"
    )
    assert [(w["name"], w.get("location")) for w in _parse(text)["work"]] == [
        ("Airbus Defence and Space", "Ottobrunn"),
        ("MBDA", "Schrobenhausen"),
    ]
    # guard: two agencies, beside a job whose town follows its slash
    text = (
        "Hans Müller\nhans.mueller@gmail.com\n\nEXPÉRIENCE\n"
        "Préparateur de commandes – Adecco / Randstad – 2019 – 2020\nCariste – Geodis / Lyon – 2016 – 2019\n"
    )
    assert [(w["name"], w.get("location")) for w in _parse(text)["work"]] == [
        ("Adecco / Randstad", None),
        ("Geodis", "Lyon"),
    ]


def test_a_lower_case_firm_after_a_titles_slash_where_the_section_writes_employers_so():
    """ "Développeur / leboncoin" where the other job writes "Développeur Java / Capgemini": the lower-case word
    after the slash is the firm, as the section writes its employers (it was glued into the title); the title's
    other half in lower case stays in the title where the section parts nothing so."""
    text = (
        "Jean Dupont\njean.dupont@gmail.com\n\nEXPÉRIENCE\nDéveloppeur / leboncoin\n2019 – 2022\n• API de paiement\n"
        "Développeur Java / Capgemini\n2016 – 2019\n"
    )
    assert [(w["position"], w.get("name")) for w in _parse(text)["work"]] == [
        ("Développeur", "leboncoin"),
        ("Développeur Java", "Capgemini"),
    ]
    # guard
    text = (
        "Jean Dupont\njean.dupont@gmail.com\n\nEXPÉRIENCE\nRéceptionniste / accueil – 2019 – 2020\n"
        "Serveur – Le Zinc, Lyon – 2015 – 2019\n"
    )
    assert [(w["position"], w.get("name")) for w in _parse(text)["work"]] == [
        ("Réceptionniste / accueil", None),
        ("Serveur", "Le Zinc"),
    ]

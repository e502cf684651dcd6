"""Faults of the twenty-ninth probing session on atypical careers: dated lines that name time between jobs (an
illness, children raised, a partner followed, a move, a career review, training described further down) read as
jobs; temping agencies whose client site was read as the employer; a plain text heading "Mes expériences :" over
lower-case bulleted jobs; two years with only a space between. Each test holds one of them."""

from __future__ import annotations

from typing import Any

from parsing import parse_resume
from parsing.structure.dates import find_date_ranges

HEAD = "Camille Martin\ncamille.martin@exemple.fr\n06 12 34 56 78\n\n"


def _work(text: str) -> list[dict[str, Any]]:
    return list(parse_resume((HEAD + text).encode(), "cv.txt")["work"])


def _jobs(work: list[dict[str, Any]]) -> list[tuple[str | None, str | None, str | None]]:
    return [(w.get("position"), w.get("name"), w.get("startDate")) for w in work]


def test_dated_lines_that_name_time_between_jobs_are_no_jobs() -> None:
    """ "Arrêt longue maladie", "Suivi de conjoint au Québec", "Bilan de compétences …", "Formation reconversion
    (voir ci-dessous)", "Sans emploi – déménagement …" over their dates: time between jobs, each read as an employer."""
    work = _work(
        "EXPÉRIENCE PROFESSIONNELLE\n"
        "2021 – 2023 : Comptable – Fiduciaire Lebrun, Rennes\n"
        "2020 – 2021 : Formation reconversion (voir ci-dessous)\n"
        "2019 – 2020 : Sans emploi – déménagement et inscription à France Travail\n"
        "2018 : Bilan de compétences et période de transition (accompagnement APEC)\n"
        "2016 – 2018 : Suivi de conjoint au Québec (permis de travail obtenu en 2018)\n"
        "2014 – 2016 : Arrêt longue maladie\n"
        "2010 – 2014 : Éducation de mes 3 enfants\n"
        "2006 – 2010 : Assistante de gestion – Crédit Agricole, Vannes\n"
        "\nFORMATION\n2021 : BTS Comptabilité et gestion – CNED\n"
    )
    assert _jobs(work) == [
        ("Comptable", "Fiduciaire Lebrun", "2021"),
        ("Assistante de gestion", "Crédit Agricole", "2006"),
    ]


def test_a_break_whose_last_words_read_as_a_title_is_no_job() -> None:
    """ "Installation à Nantes, scolarisation des enfants, recherche d'emploi": the search for work read as the title
    of a job at "Installation à Nantes"."""
    work = _work(
        "Expérience professionnelle\n"
        "Conseillère clientèle – Teleperformance France\nDepuis février 2024\n"
        "Installation à Nantes, scolarisation des enfants, recherche d'emploi\nJuillet 2023 – janvier 2024\n"
        "Customer Service Agent – Dell Technologies\n2016 – 2023\n"
    )
    assert [w.get("name") for w in work] == ["Teleperformance France", "Dell Technologies"]


def test_a_firm_named_on_a_break_line_is_no_employer() -> None:
    """ "2009-2011 Arrêt (accident du travail) puis recherche d'emploi, formations Pôle emploi": "Pôle emploi" was
    added as an employer with no dates."""
    work = _work(
        "CE QUE J'AI FAIT\n"
        "2011 à aujourd'hui | Hôpital Maison Blanche, Reims\nAide-soignante\n"
        "2009-2011 Arrêt (accident du travail) puis recherche d'emploi, formations Pôle emploi\n"
        "2004-2009 Clinique Saint-André\nAide-soignante\n"
    )
    assert all(w.get("startDate") for w in work)
    assert "Pôle emploi" not in [w.get("name") for w in work]


def test_the_temping_agency_before_the_client_site_is_the_employer() -> None:
    """ "Appel Médical – SSR Clinique des Lilas", "Proman Melun – Magasinier en mission chez Safran Aircraft
    Engines": the agency hires and pays the temp; the client site was read as the employer."""
    work = _work(
        "MISSIONS\n"
        "12/2022 – 04/2023 | Infirmier intérimaire — Appel Médical – SSR Clinique des Lilas, Les Lilas\n"
        "Janv. 2021 – juin 2022 | Proman Melun – Magasinier en mission chez Safran Aircraft Engines\n"
        "2018 – 2020 | Agent de sécurité – Securitas\n"
    )
    assert [(w.get("position"), w.get("name")) for w in work] == [
        ("Infirmier intérimaire", "Appel Médical"),
        ("Magasinier", "Proman Melun"),
        ("Agent de sécurité", "Securitas"),
    ]


def test_the_firm_before_its_client_is_the_employer() -> None:
    """ "Capgemini, client MAAF Assurances (Niort)": the consultant's firm employs; "client MAAF Assurances" was read
    as the employer."""
    work = _work(
        "Expérience professionnelle\n"
        "Chef de projet informatique – Capgemini, client MAAF Assurances (Niort) | 2000 – 2020\n"
        "Analyste-programmeur – Sopra Group | 1990 – 2000\n"
    )
    assert [w.get("name") for w in work] == ["Capgemini", "Sopra Group"]


def test_a_heading_mes_experiences_heads_lower_case_bulleted_jobs() -> None:
    """ "Mes experiences :" over "• depuis janvier 2024 : manutentionnaire en interim chez Start People, mission au
    port": the heading was unknown, and the temp's line read no job."""
    work = _work(
        "Bonjour je recherche un emploi de cariste, je suis motivé.\n"
        "Mes experiences :\n"
        "• depuis janvier 2024 : manutentionaire en interim chez Start People, mission au port du Havre\n"
        "• aout 2023 a decembre 2023 : préparateur de commande chez Randstad, mission chez Carrefour Supply Chain\n"
        "• 2021-2022 : equipier chez Burger King\n"
        "Diplome :\nCAP Maintenance des véhicules, Lycée Jules Siegfried, 2020\n"
    )
    assert _jobs(work) == [
        ("manutentionaire", "Start People", "2024-01"),
        ("préparateur de commande", "Randstad", "2023-08"),
        ("equipier", "Burger King", "2021"),
    ]


def test_an_agency_after_en_interim_avec_is_the_employer() -> None:
    """ "OPERATRICE DE CONDITIONEMENT EN INTERIM AVEC ADECCO (USINE DE" / "CHOCOLAT)": the agency after "en intérim
    avec", not the bracket's wrapped word."""
    work = _work(
        "EXPERIENCE\n"
        "2012 2017 : AGENT D'ENTRETIEN CHEZ ONET PROPRETE\n"
        "2006 2008 : OPERATRICE DE CONDITIONEMENT EN INTERIM AVEC ADECCO (USINE DE\nCHOCOLAT)\n"
    )
    assert [(w.get("position"), w.get("name", "").split(" (")[0]) for w in work] == [
        ("AGENT D'ENTRETIEN", "ONET PROPRETE"),
        ("OPERATRICE DE CONDITIONEMENT", "ADECCO"),
    ]


def test_two_years_a_space_apart_before_a_colon_are_a_range() -> None:
    """ "2017 2019 : AIDE A DOMICILE": the range was read as its first year alone."""
    ranges = find_date_ranges("2017 2019 : AIDE A DOMICILE")
    assert [(r.start, r.end) for r in ranges] == [("2017", "2019")]
    assert [(r.start, r.end) for r in find_date_ranges("Promotion 2017 2019")] != [("2017", "2019")]

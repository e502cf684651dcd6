"""Faults a review (r2) found in the twenty-ninth session's wave-2 changes: posts or promotions listed as bullets
closed by their dates read as roles held within the job above, a post written in brackets in lower case read as a
remark, a new post with its status date read as the status of the job above, a client line and a firm's description
moved over the next job's header, an office named by its region read as a place when no other employer is named, and
French bodies a role is held in ("Comité de …") read as employers. Each test holds one of them."""

from __future__ import annotations

from typing import Any

import pytest

from parsing import parse_resume

HEAD = "Camille Martin\ncamille.martin@exemple.fr\n06 12 34 56 78\n\n"


def _work(text: str) -> list[dict[str, Any]]:
    return list(parse_resume((HEAD + text).encode(), "cv.txt")["work"])


def _jobs(text: str) -> list[tuple[str | None, str | None, str | None, str | None]]:
    return [(w.get("position"), w.get("name"), w.get("startDate"), w.get("endDate")) for w in _work(text)]


def test_posts_listed_as_bullets_with_their_dates_under_a_temps_agency_are_jobs() -> None:
    """Each bullet a title and a firm closed by its dates: a mission of its own, not a role within the agency's job."""
    text = """EXPÉRIENCE PROFESSIONNELLE
Agent logistique intérimaire – Adecco, Lyon | 2016 – 2022
• Préparateur de commandes Amazon 2016 – 2018
• Magasinier Leroy Merlin 2018 – 2020
• Cariste Renault Trucks 2020 – 2022
"""
    jobs = _jobs(text)
    assert len(jobs) == 4
    assert [(start, end) for _, _, start, end in jobs] == [
        ("2016", "2022"),
        ("2016", "2018"),
        ("2018", "2020"),
        ("2020", "2022"),
    ]
    assert all(position for position, _, _, _ in jobs)


def test_a_bullet_title_with_its_firm_in_brackets_and_dates_is_a_job() -> None:
    text = """EXPÉRIENCE PROFESSIONNELLE
Agent de production – Manpower, Lille | 2016 – 2022
• Opérateur de ligne (Bonduelle) 2016 – 2018
"""
    jobs = _jobs(text)
    assert len(jobs) == 2
    assert jobs[1][2:] == ("2016", "2018")


def test_promotions_listed_as_dated_bullets_are_positions() -> None:
    text = """EXPERIENCE
Software Engineer – Accenture, London | 2015 – 2022
• Senior Software Engineer 2018 – 2020
• Technical Lead 2020 – 2022
"""
    assert [position for position, _, _, _ in _jobs(text)] == [
        "Software Engineer",
        "Senior Software Engineer",
        "Technical Lead",
    ]


@pytest.mark.parametrize(
    "bullet",
    ["Ouverture du magasin de Rezé 2015 – 2016", "Year 11 Coordinator 2016–2018", "Grade-level chair 2016-2018"],
)
def test_a_deed_or_a_side_role_closed_by_its_dates_stays_in_the_job(bullet: str) -> None:
    text = f"""EXPÉRIENCE PROFESSIONNELLE
Responsable de magasin – Décathlon, Nantes | 2014 – 2020
• {bullet}
• Gestion d'une équipe de 12 personnes
"""
    assert len(_jobs(text)) == 1


@pytest.mark.parametrize(
    ("line", "job"),
    [
        ("(2019 – 2020 : vendeur chez Fnac, Metz)", ("vendeur", "Fnac", "2019", "2020")),
        ("(2018 – 2020: sales assistant at Boots, Leeds)", ("sales assistant", "Boots", "2018", "2020")),
    ],
)
def test_a_post_written_in_brackets_in_lower_case_is_no_remark(line: str, job: tuple[str, ...]) -> None:
    text = f"""EXPÉRIENCE PROFESSIONNELLE
{line}
2020 – 2023 : Chef de rayon, Auchan, Metz
"""
    jobs = _jobs(text)
    assert jobs[0] == job
    assert len(jobs) == 2


def test_a_remark_in_brackets_between_jobs_stays_no_job() -> None:
    text = """EXPÉRIENCE PROFESSIONNELLE
2021 – 2023 : Directeur financier, Arvel, Montpellier
(nov. 2020 – mai 2021 : création de ma société et certification manager de transition)
2015 – 2020 : Contrôleur de gestion, Sanofi, Lyon
"""
    assert len(_jobs(text)) == 2


def test_a_new_post_with_its_status_date_under_a_titled_header_is_a_job() -> None:
    text = """EXPÉRIENCE PROFESSIONNELLE
Agent administratif – Mairie de Lyon | 2010 – aujourd'hui
Rédacteur territorial (titulaire depuis 2016)
"""
    jobs = _jobs(text)
    assert [position for position, _, _, _ in jobs] == ["Agent administratif", "Rédacteur territorial"]
    assert jobs[1][2] == "2016"


@pytest.mark.parametrize(
    ("header", "title", "start"),
    [
        ("2011 – aujourd'hui | CHU de Reims", "Aide-soignante (titulaire depuis 2013)", "2011"),
        ("2015 – aujourd'hui | Mairie de Nantes", "Agent d'accueil (CDI depuis 2017)", "2015"),
    ],
)
def test_a_status_date_under_an_employers_header_stays_the_jobs(header: str, title: str, start: str) -> None:
    jobs = _jobs(f"EXPÉRIENCE PROFESSIONNELLE\n{header}\n{title}\n")
    assert len(jobs) == 1
    assert jobs[0][2] == start


@pytest.mark.parametrize(
    "bullet",
    [
        "Présidente, Comité de lutte contre les infections (2019 – 2022)",
        "Membre, Conseil d'administration (2019 – 2022)",
        "Secrétaire, Commission des soins infirmiers (2019 – 2022)",
    ],
)
def test_a_role_in_a_french_body_within_a_post_is_no_job(bullet: str) -> None:
    text = f"""EXPÉRIENCE PROFESSIONNELLE
Infirmière – CHU de Reims | 2012 – 2024
• {bullet}
"""
    assert _jobs(text) == [("Infirmière", "CHU de Reims", "2012", "2024")]


def test_a_client_and_its_description_after_the_duties_stay_in_the_job_above() -> None:
    """ "Client TotalEnergies" / "Groupe pétrolier international" over "Consultant junior – Sopra Steria, Paris": the
    next header names its own employer, which the description must not replace."""
    text = """EXPÉRIENCE PROFESSIONNELLE
Consultant SAP – Capgemini, Paris | 2018 – 2022
• Paramétrage du module FI.
Client TotalEnergies
Groupe pétrolier international
Consultant junior – Sopra Steria, Paris | 2015 – 2018
"""
    assert _jobs(text) == [
        ("Consultant SAP", "Capgemini", "2018", "2022"),
        ("Consultant junior", "Sopra Steria", "2015", "2018"),
    ]


@pytest.mark.parametrize(
    ("line", "employer", "town"),
    [
        ("Chargé d'affaires – Agence Centre", "Agence Centre", None),
        ("Chef de projet – Agence Île-de-France, Paris", "Agence Île-de-France", "Paris"),
        ("Technicien – Agence Nord, Lille", "Agence Nord", "Lille"),
        ("Chargé de clientèle – Agence Bretagne", "Agence Bretagne", None),
        ("Chef de projet, Agence Centre, Lyon", "Agence Centre", "Lyon"),
        ("Chargé de mission – Agence Nationale de la Recherche", "Agence Nationale de la Recherche", None),
        ("Chef de projet – Agence Havas Paris Ouest", "Agence Havas Paris Ouest", None),
        ("Inspecteur – Agence Régionale de Santé Grand Est", "Agence Régionale de Santé Grand Est", None),
        ("Ingénieur – EXPLEO France – Agence Grand Est", "EXPLEO France", "Agence Grand Est"),
    ],
)
def test_a_regional_office_alone_on_the_line_is_the_employer(line: str, employer: str, town: str | None) -> None:
    work = _work(f"EXPÉRIENCE PROFESSIONNELLE\n{line} | 2016 – 2020\n• Suivi des dossiers\n")
    assert len(work) == 1
    assert (work[0].get("name"), work[0].get("location")) == (employer, town)

"""Faults a review (r3a) found in the earlier mends: employers after a comma read as French bodies a side role is
held in, French side roles closed by their dates read as posts, a training course in a bracketed remark read as a
job, a status line repeating its header's title read as a new post, a season's months in brackets lost, and the job
centre over lines about one's own search read as a job. Each test holds one of them."""

from __future__ import annotations

from typing import Any

from parsing import parse_resume

HEAD = "Camille Martin\ncamille.martin@exemple.fr\n06 12 34 56 78\n\n"


def _work(text: str) -> list[dict[str, Any]]:
    return list(parse_resume((HEAD + text).encode(), "cv.txt")["work"])


def _jobs(text: str) -> list[tuple[str | None, str | None, str | None, str | None]]:
    return [(w.get("position"), w.get("name"), w.get("startDate"), w.get("endDate")) for w in _work(text)]


def test_employers_named_like_french_bodies_after_a_post_and_a_comma_are_jobs() -> None:
    text = """EXPÉRIENCE PROFESSIONNELLE
Attachée d'administration – Ministère de l'Économie, Paris | 2008 – 2022
• Chargée de mission, Commission européenne (2012 – 2015)
• Juriste, Conseil d'État (2016 – 2019)
• Consultante, Bureau d'études Egis (2019 – 2021)
"""
    jobs = _jobs(text)
    assert len(jobs) == 4
    assert [position for position, _, _, _ in jobs[1:]] == ["Chargée de mission", "Juriste", "Consultante"]


def test_side_roles_in_french_bodies_stay_within_the_job() -> None:
    text = """EXPÉRIENCE PROFESSIONNELLE
Médecin – CHU de Lille | 2010 – 2023
• Présidente, Comité de lutte contre les infections (2015 – 2019)
• Membre, Conseil d'administration (2018 – 2022)
"""
    assert _jobs(text) == [("Médecin", "CHU de Lille", "2010", "2023")]


def test_french_side_roles_closed_by_their_dates_stay_within_the_job() -> None:
    text = """EXPÉRIENCE PROFESSIONNELLE
Technicienne de maintenance – Airbus, Toulouse | 2012 – 2023
• Déléguée du personnel 2014 – 2018
• Formatrice interne 2016 – 2020
• Tutrice des apprentis 2018 – 2023
"""
    assert _jobs(text) == [("Technicienne de maintenance", "Airbus", "2012", "2023")]


def test_a_training_course_in_a_bracketed_remark_is_no_job() -> None:
    text = """EXPÉRIENCE PROFESSIONNELLE
Comptable – Fiducial, Lyon | 2012 – 2019
(2019 – 2020 : formation de développeur web chez OpenClassrooms)
Développeur web – Capgemini, Lyon | 2020 – 2023
"""
    assert [position for position, _, _, _ in _jobs(text)] == ["Comptable", "Développeur web"]


def test_a_status_line_repeating_the_headers_title_is_the_same_post() -> None:
    text = """EXPÉRIENCE PROFESSIONNELLE
Infirmière – CHU de Reims | 2011 – aujourd'hui
Infirmière (titulaire depuis 2013)
• Soins en chirurgie digestive
"""
    jobs = _jobs(text)
    assert len(jobs) == 1
    assert jobs[0][:3] == ("Infirmière", "CHU de Reims", "2011")


def test_a_status_line_repeating_a_longer_title_is_the_same_post() -> None:
    text = """EXPÉRIENCE PROFESSIONNELLE
Professeure des écoles – Académie de Lyon | 2008 – aujourd'hui
Professeure des écoles (titulaire depuis 2010)
• Classes de CP et CE1
"""
    assert len(_jobs(text)) == 1


def test_a_seasons_months_in_brackets_date_it() -> None:
    text = """EXPÉRIENCE PROFESSIONNELLE
Perchman – Compagnie des Alpes, Tignes
Saison 2022-2023 (nov. 2022 – avr. 2023)
"""
    assert _jobs(text) == [("Perchman", "Compagnie des Alpes", "2022-11", "2023-04")]


def test_a_seasons_months_in_brackets_before_the_post_date_it() -> None:
    text = """EXPÉRIENCE PROFESSIONNELLE
Hiver 2021/2022 (déc. 2021 – avr. 2022) : Perchman – Compagnie des Alpes
"""
    assert _jobs(text) == [("Perchman", "Compagnie des Alpes", "2021-12", "2022-04")]


def test_the_job_centre_over_lines_about_ones_search_is_no_job() -> None:
    text = """EXPÉRIENCE PROFESSIONNELLE
Vendeuse – Carrefour, Lille | 2015 – 2019
2019 – 2020 | Pôle emploi
• Ateliers CV et recherche active d'emploi
Assistante administrative – Mairie de Lille | 2020 – 2023
"""
    assert [name for _, name, _, _ in _jobs(text)] == ["Carrefour", "Mairie de Lille"]


def test_a_firm_named_like_a_stage_heading_keeps_its_post_when_a_bullet_names_the_word() -> None:
    text = """EXPÉRIENCE PROFESSIONNELLE
APRÈS SKI
Serveur | 2019 – 2021
• Service en terrasse au pied du domaine de ski
"""
    assert _jobs(text) == [("Serveur", "APRÈS SKI", "2019", "2021")]

"""Faults a review (r3b) found in the twenty-ninth session's mends: an office named by its region taken for the
employer of a later post under a head line that names the employer, a consultant's client bullets read as jobs at the
client, and a tagger's span of two words inside an employer read as a job of its own. Each test holds one of them."""

from __future__ import annotations

from typing import Any

import pytest

from parsing import parse_resume

HEAD = "Camille Martin\ncamille.martin@exemple.fr\n06 12 34 56 78\n\n"


def _work(text: str) -> list[dict[str, Any]]:
    return list(parse_resume((HEAD + text).encode(), "cv.txt")["work"])


def _jobs(text: str) -> list[tuple[str | None, str | None, str | None, str | None]]:
    return [(w.get("position"), w.get("name"), w.get("startDate"), w.get("endDate")) for w in _work(text)]


@pytest.mark.parametrize(
    ("head", "employer", "first", "second", "place"),
    [
        ("Crédit Agricole", "Crédit Agricole", "Conseiller clientèle", "Chargé d'affaires", "Agence Nord, Lille"),
        (
            "BNP Paribas – Banque de détail",
            None,
            "Conseillère clientèle",
            "Conseillère accueil",
            "Agence Ouest, Nantes",
        ),
    ],
)
def test_a_regional_office_under_a_head_line_is_where_the_later_post_was(
    head: str, employer: str | None, first: str, second: str, place: str
) -> None:
    """The head line names the employer of every post under it; the office after the later title is its place."""
    text = f"""EXPÉRIENCE PROFESSIONNELLE
{head}
{first} – Agence Bretagne, Rennes
2018 – 2022
• Gestion d'un portefeuille
{second} – {place}
2015 – 2018
"""
    work = _work(text)
    assert len(work) == 2
    assert [w.get("position") for w in work] == [first, second]
    assert work[1].get("name") == work[0].get("name")
    if employer:
        assert work[1].get("name") == employer
    assert "Agence" not in (work[1].get("name") or "")
    assert work[1].get("location") == place


def test_a_consultants_role_on_a_clients_project_is_no_job() -> None:
    """ "• Chef de projet chez Société Générale : migration du SI risques" under "Capgemini – Consultant senior": the
    role held on a client's project, with no dates of its own nor a sub-heading over earlier jobs above it; the client
    is no employer and the role no job."""
    text = """EXPÉRIENCE PROFESSIONNELLE
Capgemini – Consultant senior
2018 – 2023
• Chef de projet chez Société Générale : migration du SI risques
• Consultant MOA chez BNP Paribas (6 mois)
"""
    assert _jobs(text) == [("Consultant senior", "Capgemini", "2018", "2023")]


@pytest.mark.parametrize(
    "line",
    [
        "Team Leader, Doctor Care Anywhere, London 2019 – 2022",
        "2019 – 2022 Team Leader, Doctor Care Anywhere, London",
    ],
)
def test_words_of_the_employer_on_its_line_are_no_post(line: str) -> None:
    """The tagger's "Doctor Care", two words of "Doctor Care Anywhere" read on the same line: no job of its own."""
    text = f"EXPERIENCE\n{line}\n• Led a team of nurses\n"
    assert _jobs(text) == [("Team Leader", "Doctor Care Anywhere", "2019", "2022")]

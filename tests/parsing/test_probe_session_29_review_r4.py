"""A fault a review (r4) found in the last mends: French words that make a dated bullet a side role only with their
qualifier ("Délégué du personnel", "Tutrice des apprentis") had been taken alone, so a post listed as a bullet under
the job it followed ("• Délégué médical 2015 – 2020") was folded into that job."""

from __future__ import annotations

import pytest

from parsing import parse_resume

HEAD = "Marc Petit\nmarc.petit@exemple.fr\n06 12 34 56 78\n\nEXPÉRIENCE PROFESSIONNELLE\n"


def _jobs(text: str) -> list[tuple[str | None, str | None, str | None, str | None]]:
    work = parse_resume((HEAD + text).encode(), "cv.txt")["work"]
    return [(w.get("position"), w.get("name"), w.get("startDate"), w.get("endDate")) for w in work]


def test_posts_named_with_a_side_roles_word_listed_as_bullets_stay_posts() -> None:
    text = "Commercial – Sanofi, Lyon | 2010 – 2020\n• Délégué médical 2015 – 2020\n• Visiteur médical 2010 – 2015\n"
    assert [(position, start) for position, _, start, _ in _jobs(text)] == [
        ("Commercial", "2010"),
        ("Délégué médical", "2015"),
        ("Visiteur médical", "2010"),
    ]


@pytest.mark.parametrize("post", ["Représentant export", "Tuteur pédagogique", "Correspondant régional"])
def test_a_post_opening_with_a_side_roles_word_is_a_post(post: str) -> None:
    text = f"Agent commercial – Nestlé France, Noisiel | 2008 – 2018\n• {post} 2012 – 2018\n"
    assert [position for position, _, _, _ in _jobs(text)] == ["Agent commercial", post]


def test_side_roles_named_with_their_qualifier_stay_within_the_job() -> None:
    text = (
        "Technicien de maintenance – Airbus, Toulouse | 2012 – 2023\n• Délégué du personnel 2014 – 2018\n"
        "• Tuteur des apprentis 2018 – 2023\n• Correspondant sécurité 2019 – 2023\n"
    )
    assert _jobs(text) == [("Technicien de maintenance", "Airbus", "2012", "2023")]


def test_jobs_after_a_previous_career_subheading_under_a_consultancy_are_jobs() -> None:
    """ "Parcours précédent :" under a consultancy's job: the bullets after it are the person's earlier jobs (r4's
    second finding), not the consultancy's clients."""
    text = (
        "Capgemini – Consultant senior | 2015 – 2023\n• Pilotage de projets bancaires\nParcours précédent :\n"
        "• Développeur chez Orange Business Services\n• Analyste chez Thales\n"
    )
    assert {"Orange Business Services", "Thales"} <= {name for _, name, _, _ in _jobs(text)}

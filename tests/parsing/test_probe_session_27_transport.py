"""Faults of the twenty-seventh probing session's second wave (transport and security CVs) that the first batch of
fixes brought: the French "au" read inside a word, and "au" naming the unit served in, over the employer's line."""

from __future__ import annotations

from parsing import parse_resume


def _jobs(text: str) -> list[tuple[str | None, str | None]]:
    return [(job.get("position"), job.get("name")) for job in parse_resume(text.encode(), "cv.txt")["work"]]


def test_au_is_a_word_of_its_own():
    """ "GENDARME AUXILIAIRE (SERVICE NATIONAL)": no "au" there, no employer "XILIAIRE"."""
    text = (
        "Marc Guérin\nmarc.guerin@gmail.com\n\nEXPÉRIENCE\n"
        "1998 – 1999 : GENDARME AUXILIAIRE (SERVICE NATIONAL) – GENDARMERIE NATIONALE\n"
    )
    assert all(name != "XILIAIRE" for _position, name in _jobs(text))


def test_au_names_the_unit_over_the_employers_line():
    text = (
        "Paul Marchand\npaul.marchand@gmail.com\n\nEXPÉRIENCE\nGendarme au PSIG | 2002 – 2009\n"
        "Gendarmerie nationale – Compagnie de Vienne (38)\n• Interventions, surveillance\n"
    )
    assert _jobs(text) == [("Gendarme au PSIG", "Gendarmerie nationale")]
    # guard: with no organisation's line under it, "au" still names the employer
    text = "Aminata Sy\naminata.sy@gmail.com\n\nEXPÉRIENCE\nStagiaire à la BCEAO | 2012\nDakar, Sénégal\n"
    assert _jobs(text) == [("Stagiaire", "BCEAO")]

"""Faults of the twenty-seventh probing session on spoken languages."""

from __future__ import annotations

from parsing import parse_resume


def _languages(text: str) -> list[str]:
    return [item["language"] for item in parse_resume(text.encode(), "cv.txt")["languages"]]


def test_the_feminine_french_spelling_of_amazigh():
    """ "Amazighe : courant": French writes the adjective with an e; the language is Berber's (Tamazight)."""
    text = "Imane Alaoui\nimane.alaoui@gmail.com\n\nLANGUES\nArabe : langue maternelle\nAmazighe : courant\n"
    text += "Français : courant\n"
    assert _languages(text) == ["Arabe", "Amazighe", "Français"]

"""Faults of the twenty-ninth probing session in English-world school CVs and a few French leftovers: a name pasted
family first in capitals, an e-mail address wrapped before its ".com", a post's status dated in brackets read as the
job's start. Each test failed before its fix."""

from __future__ import annotations

from typing import Any

from parsing import parse_resume


def _parse(text: str) -> dict[str, Any]:
    return parse_resume(text.encode(), "cv.txt")


def _jobs(text: str) -> list[tuple[Any, ...]]:
    return [(job.get("position"), job.get("name"), job.get("startDate")) for job in _parse(text)["work"]]


def test_a_name_pasted_family_first_all_in_capitals() -> None:
    """ "ADEYEMI, OLUWASEUN KOLAWOLE" from a form: the family name before the comma, the given names in capitals
    too, was no name at all."""
    text = "ADEYEMI, OLUWASEUN KOLAWOLE\nPhone: 08021234567\nE-mail: seunadeyemi@yahoo.com\nAccountant\n"
    assert _parse(text)["basics"]["name"] == "OLUWASEUN KOLAWOLE ADEYEMI"


def test_an_email_wrapped_before_its_top_level_domain() -> None:
    """ "sophie.renaud.pro@gmail" over ".com": a narrow column cut the address before the dot of its last label."""
    text = "Sophie Renaud\nCONTACT\n06 20 48 15 93\nsophie.renaud.pro@gmail\n.com\nCOMPÉTENCES\n• Animation\n"
    assert _parse(text)["basics"]["email"] == "sophie.renaud.pro@gmail.com"


def test_a_posts_status_dated_in_brackets_is_no_new_start() -> None:
    """ "2010 à aujourd'hui | Hôpital Nord" over "Infirmière (titulaire depuis 2014)": the post became permanent in
    2014, the job began in 2010."""
    text = (
        "DURAND Claire\nInfirmière\nEXPÉRIENCE\n"
        "2010 à aujourd'hui | Hôpital Nord - Service de cardiologie\n"
        "Infirmière (titulaire depuis 2014)\nsoins, accueil des familles\n"
        "2005-2010 Clinique du Parc\nInfirmière\n"
    )
    assert _jobs(text)[0] == ("Infirmière", "Hôpital Nord", "2010")

"""Regressions of the contact block's rules of the twenty-fourth session (home town, phone, name, languages) that a
review of 485 made-up CVs found: each test holds one group, with guards for the faults those rules mended."""

from __future__ import annotations

from parsing import parse_resume


def _parse(text: str) -> dict:
    return parse_resume(text.encode(), "cv.txt")


def _location(header: str, job: str = "2019 – 2022 Comptable – Fiducial, Nantes") -> dict[str, str]:
    text = f"Jean Dupont\n{header}\n\nEXPÉRIENCE\n{job}\n"
    return _parse(text)["basics"].get("location") or {}


def test_the_town_after_a_post_office_box_without_what_follows_it():
    """ "BP 5432 Dakar Sénégal", "BP 1234 Dakar RP", "01 BP 1234 Abidjan Plateau": a known town of the phone's country,
    then its country, post office or district, which are no part of its name."""
    assert _location("BP 5432 Dakar Sénégal\n+221 77 123 45 67") == {"city": "Dakar", "countryCode": "SN"}
    assert _location("B.P. 1234 Yaoundé Cameroun\n+237 6 77 12 34 56") == {"city": "Yaoundé", "countryCode": "CM"}
    assert _location("BP 1234 Dakar RP\n+221 76 543 21 09") == {"city": "Dakar", "countryCode": "SN"}
    assert _location("01 BP 1234 Abidjan Plateau\n+225 07 07 11 22 33") == {"city": "Abidjan", "countryCode": "CI"}
    # its country after a comma
    assert _location("08 BP 2345 Abidjan 08, Côte d'Ivoire\n+225 07 07 12 34 56") == {
        "city": "Abidjan",
        "countryCode": "CI",
    }
    # guards: a town the gazetteer does not know, a post office named after its district
    assert _location("BP 45 Koutiala\n+223 76 12 34 56") == {"city": "Koutiala", "countryCode": "ML"}
    assert _location("BP 15432 Dakar-Fann – Sénégal\n+221 77 639 14 82") == {"city": "Dakar", "countryCode": "SN"}

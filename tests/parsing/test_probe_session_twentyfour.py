"""Faults of the twenty-fourth probing session (eight new sets of CVs: NGOs and social work, research, the forces
and the sea, crafts, transport, French-speaking Africa, culture, executives). Each test holds one of them."""

from __future__ import annotations

from parsing import parse_resume
from parsing.structure.contact import find_location


def test_an_account_name_is_no_home_town():
    """ "skype: florence.paris", "Instagram : @lyon_photo": the name of an account, not where the person lives; a
    dotted handle is dropped even without its label, an abbreviated street is not."""
    text = (
        "Marie Durand\nChargée de communication\nskype: florence.paris\nmarie.durand@gmail.com - 06 11 22 33 44\n\n"
        "EXPÉRIENCE\n2019 - 2022 Chargée de communication, Havas, Lyon\n"
    )
    assert "location" not in parse_resume(text.encode(), "cv.txt")["basics"]
    assert find_location(["Instagram : @lyon_photo"]) == {}
    assert find_location(["florence.paris"]) == {}
    assert find_location(["Instagram : @marie.photo", "Nantes"])["city"] == "Nantes"
    assert find_location(["2 r.de la Paix, 44000 Nantes"])["city"] == "Nantes"

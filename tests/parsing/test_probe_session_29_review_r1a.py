"""Faults a review of the twenty-ninth probing session found: a French mobile read as South African because of a word
in the CV's body that is also a South African town ("Tutrice : Kimberley Durand", "Centurion Sécurité", "Alliance
française de Durban"); an Indian affiliated college dropped for the university it is affiliated to, written before
it."""

from __future__ import annotations

from parsing import parse_resume


def _parse(text: str) -> dict:
    return parse_resume(text.encode(), "cv.txt")


def _phone(text: str) -> str | None:
    return _parse(text)["basics"].get("phone")


_HEAD = "Camille Roux\n{number} · camille.roux@gmail.com\n\nEXPÉRIENCE\n"


def test_a_french_mobile_beside_a_south_african_word_in_the_body_stays_french():
    head = _HEAD.format(number="06 71 22 33 44")
    assert _phone(head + "2020 – 2024 : Vendeuse, Zara\nTutrice : Kimberley Durand\n") == "+33671223344"
    head = _HEAD.format(number="06 98 76 54 32")
    assert _phone(head + "2021 – 2024 : Agent de sécurité, Centurion Sécurité, Lille\n") == "+33698765432"
    assert _phone(head + "2021 – 2024 : Vendeur, Boutique Kimberley, Lille\n") == "+33698765432"
    head = _HEAD.format(number="07 71 22 33 44")
    text = head + "2022 : Stage, Alliance française de Durban\n2023 – 2024 : Professeure de FLE, Alliance française"
    assert _phone(text + ", Lyon\n") == "+33771223344"
    assert _phone(text + "\n") == "+33771223344"  # (no French town at all)


def test_south_african_and_nigerian_numbers_still_read_at_home():
    """guard: a number written as the country writes it, beside its towns."""
    text = (
        "Thandi Nkosi\n082 555 1234 · thandi@gmail.com\n\nPROFILE\nRegistered nurse with five years of experience in "
        "the wards of a public hospital.\n\nEXPERIENCE\n2019 – 2024: Nurse, Kimberley Hospital, Kimberley\nCared for "
        "patients in the surgical ward and trained the new staff.\n"
    )
    assert _phone(text) == "+27825551234"
    assert _phone("Sipho Dlamini\n071 234 5678 · sipho@gmail.com\nDurban\n") == "+27712345678"
    text = "Chinedu Okafor\n0803 123 4567 · chinedu@gmail.com\n\nEXPERIENCE\n2019 – 2024: Engineer, Dangote, Kano\n"
    assert _phone(text) == "+2348031234567"
    # (and a French CV's Algerian mobile beside an Algerian town still Algerian)
    text = "Amine Benali\n06 61 23 45 67 · amine@gmail.com\n\nEXPÉRIENCE\n2019 – 2024 : Comptable, CEVITAL, Béjaïa\n"
    assert _phone(text) == "+213661234567"


def _institutions(text: str) -> list[str | None]:
    return [item.get("institution") for item in _parse(f"Ravi Kumar\nravi.kumar@gmail.com\n\n{text}")["education"]]


def test_an_indian_college_after_its_affiliating_university_is_the_institution():
    """ "Anna University, Chennai — PSG College of Technology": the college named by initials or with its town is
    affiliated to the university written before it, no school of it; the university is no entry of its own."""
    text = (
        "EDUCATION\nB.E. Mechanical Engineering | 2010 – 2014\n"
        "Anna University, Chennai — PSG College of Technology, Coimbatore\n"
    )
    assert _institutions(text) == ["PSG College of Technology"]
    text = (
        "EDUCATION\nB.Tech Computer Engineering | 2015 – 2019\n"
        "Savitribai Phule Pune University, College of Engineering Pune\n"
    )
    assert _institutions(text) == ["College of Engineering Pune"]
    text = (
        "EDUCATION\nB.Tech | 2010 – 2014\n"
        "Jawaharlal Nehru Technological University, Hyderabad — CVR College of Engineering\n"
    )
    assert _institutions(text) == ["CVR College of Engineering"]


def test_a_universitys_own_college_still_gives_way_to_it():
    """guard: a college named after its donor, or with no town, after its university is the university's."""
    text = "EDUCATION\nB.A. Economics | 2010 – 2014\nCornell University, Ithaca, NY — College of Arts and Sciences\n"
    assert _institutions(text) == ["Cornell University"]
    text = "EDUCATION\nBBA | 2010 – 2014\nUniversity of Georgia, Athens, GA — Terry College of Business\n"
    assert _institutions(text) == ["University of Georgia"]

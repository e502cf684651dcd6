"""The review of the twenty-seventh session's pharma, linkedin, agri and transport branches (experience side): the
rules those branches added that read other CVs worse, each test failing before its mend, with guards."""

from __future__ import annotations

from typing import Any

from parsing import parse_resume

HEAD = "Camille Martin\ncamille.martin@exemple.fr\n06 12 34 56 78\n\nEXPÉRIENCE PROFESSIONNELLE\n"
TAIL = "\n\nVendeur – Decathlon, Lyon | 2008 – 2010\n• Conseil client\n"


def _jobs(body: str) -> list[dict[str, Any]]:
    return parse_resume((HEAD + body + TAIL).encode(), "cv.txt")["work"]


def _fields(body: str) -> list[tuple[str | None, str | None]]:
    return [(job.get("position"), job.get("name")) for job in _jobs(body)]


def test_a_second_employer_after_a_slash_only_on_the_header_and_no_department() -> None:
    """ "• Intégration Orange / Free" in the duties of a job at Orange named a second employer; "BNP Paribas /
    Direction Financière" named the department as one."""
    assert _jobs("Orange | 2015 – 2019\nChef de projet\n• Intégration Orange / Free\n• Pilotage")[0]["name"] == "Orange"
    body = "BNP Paribas / Direction Financière | 2012 – 2016\nContrôleur de gestion\n• Reporting"
    assert _jobs(body)[0]["name"] == "BNP Paribas"
    # guards: two employers as written, on the header's line, its dates before them or not
    assert _jobs("Adecco / Randstad (intérim) | 2014 – 2016\nCariste\n• Picking")[0]["name"] == "Adecco / Randstad"
    assert _jobs("2016 – 2019 | Adecco / Manpower\nCariste\n• Chargement")[0]["name"] == "Adecco / Manpower"


def test_an_arrow_inside_a_title_is_no_separator() -> None:
    """ "Chauffeur routier Paris -> Lyon", "Responsable export -> Asie": the route, the market the title leads to,
    were cut at the arrow into a title and a town or an employer."""
    body = "Transports Dupont | 2014 – 2019\nChauffeur routier Paris -> Lyon\n• Livraisons"
    assert _fields(body)[0] == ("Chauffeur routier Paris -> Lyon", "Transports Dupont")
    body = "Responsable export -> Asie | 2012 – 2016\nPernod Ricard, Paris\n• Distributeurs"
    assert _fields(body)[0] == ("Responsable export -> Asie", "Pernod Ricard")
    # guard: a name, then its title after the arrow
    assert _fields("Geodis -> Responsable d'exploitation | 2015 – 2020\n• Pilotage")[0] == (
        "Responsable d'exploitation",
        "Geodis",
    )


def test_a_brand_in_lower_case_under_prose_heads_its_job() -> None:
    """ "iAdvize, Nantes – Développeur front 2016" under a paragraph that did not end its sentence was read as the
    paragraph's end, the job lost."""
    body = (
        "Développeur | Criteo | 2018 – 2021\nDéveloppement de services de recommandation pour les annonceurs du groupe"
        " et des partenaires\niAdvize, Nantes – Développeur front 2016\nIntégration"
    )
    assert ("Développeur front", "iAdvize") in _fields(body)
    # guard: a sentence's end in lower case, its year with it
    body = (
        "Commercial | Renault | 2010 – 2015\nMeilleur vendeur de la concession sur trois années consécutives dans la"
        " région\nSud-Ouest 2012.\nVendeur | Peugeot | 2008 – 2010"
    )
    assert [name for _, name in _fields(body)] == ["Renault", "Peugeot", "Decathlon"]


def test_a_security_field_in_english_is_no_firm() -> None:
    """ "Analyste – Application Security | Société Générale": the field read as a security firm took the employer's
    place."""
    assert _fields("Analyste – Application Security | Société Générale | 2019 – 2022\n• Pentests")[0][1] == (
        "Société Générale"
    )
    # guard: a security firm beside the site it guards
    body = "Agent de sécurité | Fiducial Sécurité – Clinique du Pont de Chaume | 2015 – 2019\n• Rondes"
    assert _fields(body)[0][1] == "Fiducial Sécurité"


def test_a_name_opening_with_a_branch_word_is_an_employer() -> None:
    """ "Agence immobilière du Centre", "Magasin bio de Lyon": a name, read as a branch and lost as the employer."""
    assert _jobs("Agence immobilière du Centre | 2015 – 2019\nNégociateur\n• Ventes")[0].get("name") == (
        "Agence immobilière du Centre"
    )
    assert _jobs("Magasin bio de Lyon | 2014 – 2016\nVendeur\n• Conseil")[0].get("name") == "Magasin bio de Lyon"
    # guard: the site written after the employer in lower case
    body = "Geodis – plateforme logistique de Montbartier | 2014 – 2019\nCariste\n• Chargement"
    assert _jobs(body)[0]["name"] == "Geodis"


def test_intérim_in_lower_case_is_dropped_after_a_known_agency_only() -> None:
    """ "Leader interim", "Agence interim": the name lost its last word (and a job of "Leader interim" was added)."""
    assert _fields("Leader interim | 2018 – 2019\nOpérateur\n• Production")[:2] == [
        ("Opérateur", "Leader interim"),
        ("Vendeur", "Decathlon"),
    ]
    assert _jobs("Agence interim | 2018 – 2019\nOpérateur\n• Production")[0]["name"] == "Agence interim"
    # guard
    assert _jobs("Synergie intérim | 2014 – 2016\nCariste\n• Chargement")[0]["name"] == "Synergie"


def test_the_terms_after_a_title_are_no_field_before_the_employer() -> None:
    """ "Directrice – temps partiel pendant les études, Crèche Les Lutins": the terms were read as the title's field
    and the title lost."""
    body = "Directrice – temps partiel pendant les études, Crèche Les Lutins | 2010 – 2012\n• Accueil"
    assert _fields(body)[0] == ("Directrice", "Crèche Les Lutins")
    # guard
    body = "Vendeur – rayon bricolage, Leroy Merlin, Lyon | 2014 – 2016\n• Conseil"
    assert _fields(body)[0] == ("Vendeur – rayon bricolage", "Leroy Merlin")

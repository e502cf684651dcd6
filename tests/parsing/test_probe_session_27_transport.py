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


def test_site_or_branch_after_the_employer_is_no_employer():
    """A shop, a depot, a local association or a client's site written after the employer, in lower case, is where
    the work was done: "Auchan – hypermarché de Villeneuve-d'Ascq", "ADMR, association de Duclair", "Prosegur
    Sécurité, plateforme logistique de Montbartier", "Seris Security – site Hôpital Européen"."""
    head = "Nadia Morel\nnadia.morel@gmail.com\n\nEXPÉRIENCE\n"
    text = (
        f"{head}Hôtesse de caisse\nAuchan – hypermarché de Villeneuve-d'Ascq | 2012 - 2017\n"
        "Agent cynophile\nProsegur Sécurité, plateforme logistique de Montbartier | 2008 – 2010\n"
    )
    assert [name for _position, name in _jobs(text)] == ["Auchan", "Prosegur Sécurité"]
    text = f"{head}2010 à 2012 : Auxiliaire de vie, ADMR, association de Duclair\n"
    assert _jobs(text) == [("Auxiliaire de vie", "ADMR")]
    text = f"{head}Depuis 2021 | Chef de service sécurité incendie\nSeris Security – site Hôpital Européen, Marseille\n"
    assert _jobs(text) == [("Chef de service sécurité incendie", "Seris Security")]


def test_security_firm_named_by_its_trade_is_the_employer():
    """ "Fiducial Sécurité – Clinique du Pont de Chaume": the security firm, then the site it guards (whose name holds
    an organisation's word); "Pégase Sécurité (galerie commerciale …)": the trade's word makes no title of the firm."""
    text = (
        "Julien Noël\njulien.noel@gmail.com\n\nEXPÉRIENCE\n"
        "Agent de sécurité SSIAP 1 | Mars 2017 – Septembre 2020\nFiducial Sécurité – Clinique du Pont de Chaume\n"
        "2008 à 2011 : Agent de sécurité - Pégase Sécurité (galerie commerciale Auchan Petite-Forêt)\n"
    )
    assert _jobs(text) == [
        ("Agent de sécurité SSIAP 1", "Fiducial Sécurité"),
        ("Agent de sécurité", "Pégase Sécurité"),
    ]


def test_transport_and_army_posts_are_titles():
    """ "Convoyeur de fonds", "Dispatcheuse", "Engagé volontaire": titles of their own, kept whole beside a second
    part ("Convoyeur de fonds – conducteur")."""
    text = (
        "Karim Belkacem\nkarim.belkacem@gmail.com\n\nEXPÉRIENCE\n"
        "Brink's France, Lyon | 2014 – 2019\nConvoyeur de fonds – conducteur\n"
        "2013 - 2014 | Dispatcheuse\nTaxis Nantais\n"
        "2006 à 2008 : Engagé volontaire - Armée de terre (43e RI, Lille)\n"
    )
    assert [position for position, _name in _jobs(text)] == [
        "Convoyeur de fonds – conducteur",
        "Dispatcheuse",
        "Engagé volontaire",
    ]

"""IT consultants' CVs, second wave (session 29): chains named like a trade with their shop's town, a text file's
"> " duties."""

from __future__ import annotations

from parsing import parse_resume


def _work(text: str) -> list[dict]:
    return parse_resume(text.encode("utf-8"), "cv.txt")["work"]


def test_a_chain_named_like_a_trade_with_its_shops_town_is_the_employer():
    # ("Vendeur conseil multimédia - Boulanger Metz" swapped the post and the firm; "Vendeuse – Boulanger Nantes
    # Atlantis" lost the firm)
    text = (
        "Paul Martin\npaul.martin@example.fr\n\nEXPÉRIENCES\n"
        "Vendeur conseil multimédia - Boulanger Metz - 2012 - 2017\n• Conseil clients\n"
        "Vendeuse (CDI) – Boulanger Nantes Atlantis\nDepuis juillet 2024\n• Vente de produits\n"
        "Vendeur – Boulanger Lyon\n2020 – 2022\n• Vente\n"
    )
    assert [(w.get("position"), w.get("name"), w.get("location")) for w in _work(text)] == [
        ("Vendeur conseil multimédia", "Boulanger", "Metz"),
        ("Vendeuse", "Boulanger", "Nantes Atlantis"),
        ("Vendeur", "Boulanger", "Lyon"),
    ]


def test_arrow_marked_duties_under_unmarked_headers_make_no_job():
    # ("> Conseil clients, …, meilleur vendeur du magasin 2016" was read as a job of 2016)
    text = (
        "Paul Martin\npaul.martin@example.fr\n\nEXPÉRIENCES\n"
        "Technicien support N2 - Computacenter - depuis 11/2020\n> Résolution des incidents N2\n"
        "Vendeur - Darty - 2012 - 2017\n> Conseil clients, installation de produits, meilleur vendeur du magasin 2016\n"
    )
    work = _work(text)
    assert [(w.get("position"), w.get("name"), w.get("startDate")) for w in work] == [
        ("Technicien support N2", "Computacenter", "2020-11"),
        ("Vendeur", "Darty", "2012"),
    ]


def test_arrow_marked_headers_holding_the_ranges_stay_headers():
    text = (
        "Paul Martin\npaul.martin@example.fr\n\nPARCOURS\n"
        "> Directeur financier | Finance Conseil, Montpellier | juin 2021 à ce jour\n"
        "Mise en place d'un plan de trésorerie ; Recrutement du successeur en 2023.\n"
        "> Contrôleur de gestion | Sanofi, Montpellier | sept. 2006 – mai 2021\n"
        "Construction du budget annuel.\n"
    )
    assert [(w.get("position"), w.get("name")) for w in _work(text)] == [
        ("Directeur financier", "Finance Conseil"),
        ("Contrôleur de gestion", "Sanofi"),
    ]

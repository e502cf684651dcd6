"""Faults of the twenty-ninth probing session on executives' CVs, whose long careers list several titles under one
employer's line: the firm's description under that line read as the employer of every title, a town after a later
title or the business line after its dash read as another employer, a title whose scope ("CEE", "UK & Ireland") hid
the title, a department after the dash ("Fonctions Support") read as the employer. Each test holds one of them."""

from __future__ import annotations

from typing import Any

from parsing import parse_resume

HEAD = "Camille Martin\ncamille.martin@exemple.fr\n06 12 34 56 78\n\n"


def _work(text: str) -> list[dict[str, Any]]:
    return list(parse_resume((HEAD + text).encode(), "cv.txt")["work"])


def _pairs(text: str) -> list[tuple[str | None, str | None]]:
    return [(w.get("position"), w.get("name")) for w in _work(text)]


def test_a_firms_description_under_its_name_is_no_employer_of_the_titles_under_it() -> None:
    """ "NORVALIS – Valbonne" over "Leader européen des logiciels pour la logistique", then two titles with their
    dates: the description was the employer of both."""
    text = """EXPÉRIENCE PROFESSIONNELLE
01/2014 – aujourd'hui
NORVALIS – Valbonne
Leader européen des logiciels pour la logistique
06/2018 – aujourd'hui
Directrice Financière France
• Réduction du délai de clôture mensuelle de J+10 à J+5
01/2014 – 05/2018
Responsable FP&A Europe
• Mise en place d'une comptabilité analytique par ligne de produits
03/2009 – 12/2013
Contrôleuse de gestion groupe
Virbac, Carros
• Construction du budget annuel
"""
    assert _pairs(text) == [
        ("Directrice Financière France", "NORVALIS"),
        ("Responsable FP&A Europe", "NORVALIS"),
        ("Contrôleuse de gestion groupe", "Virbac"),
    ]


def test_a_description_with_its_size_and_parent_between_the_employer_and_the_title() -> None:
    """ "Électricité du Rhin – Colmar" / "Distributeur et fournisseur d'énergie, filiale d'EDF – 1 200 salariés" /
    "Secrétaire Générale": the middle line was the employer."""
    text = """EXPÉRIENCE PROFESSIONNELLE
Septembre 2020 – aujourd'hui
Électricité du Rhin – Colmar
Distributeur et fournisseur d'énergie, filiale d'EDF – 1 200 salariés
Secrétaire Générale
• Pilotage des fonctions juridique, achats et services généraux
Janvier 2015 – août 2020
Directrice Financière
• Supervision de la comptabilité et du contrôle de gestion
"""
    assert _pairs(text) == [
        ("Secrétaire Générale", "Électricité du Rhin"),
        ("Directrice Financière", "Électricité du Rhin"),
    ]


def test_an_english_description_ending_with_company_and_a_french_one_opening_with_groupe() -> None:
    """ "Pan-African beverage company – soft drinks, beer and spirits" and "Groupe hôtelier mondial – 5 500 hôtels"
    (whose "Groupe" was added as one more employer once the line was no employer's)."""
    english = """PROFESSIONAL EXPERIENCE
Mar 2011 – Present
SAHEL DRINKS GROUP – London / Accra
Pan-African beverage company – soft drinks, beer and spirits
Jan 2020 – Present
Regional Managing Director – West Africa
• Launched 7 product ranges adapted to the local market
Mar 2011 – Dec 2019
Country Manager Ghana
• Reduced working capital by 16 days
"""
    assert [name for _, name in _pairs(english)] == ["SAHEL DRINKS GROUP", "SAHEL DRINKS GROUP"]
    french = """EXPÉRIENCE PROFESSIONNELLE
01/2015 – aujourd'hui
Hotelia, Paris
Groupe hôtelier mondial – 5 500 hôtels
05/2019 – aujourd'hui
Directrice des Ressources Humaines Afrique & Océan Indien
• Réduction du turnover de 12 % à 5 % en 3 ans
01/2015 – 04/2019
Responsable RH Régionale Afrique de l'Ouest
• Gestion des contentieux prud'homaux
"""
    assert [name for _, name in _pairs(french)] == ["Hotelia", "Hotelia"]


def test_a_homes_kind_before_its_name_stays_its_employer() -> None:
    """ "Maison d'accueil spécialisée Les Peupliers" under a title: a home's kind, then its name (no description)."""
    text = """EXPÉRIENCE PROFESSIONNELLE
01/2020 – aujourd'hui
AES (accompagnant éducatif et social)
Maison d'accueil spécialisée Les Peupliers, Lambersart
"""
    assert [name for _, name in _pairs(text)] == ["Maison d'accueil spécialisée Les Peupliers"]


def test_towns_after_the_titles_under_a_groups_line_are_the_posts_sites() -> None:
    """ "GROUPE ORVEA – BRICOMAX" over "Directeur Régional Nord · Lezennes" beside "Directeur Général Pays – Pologne
    · Varsovie": the towns the gazetteer does not know were the employers of their posts."""
    text = """PARCOURS
sept. 2006 à ce jour
GROUPE ORVEA – BRICOMAX
janv. 2020 à ce jour
Directeur Général Adjoint France · Lezennes
juin 2015 – déc. 2019
Directeur Général Pays – Pologne · Varsovie
févr. 2011 – mai 2015
Directeur Régional Nord · Lezennes
sept. 2006 – janv. 2011
Directeur de magasin · Englos
"""
    work = _work(text)
    assert [w.get("name") for w in work] == ["BRICOMAX"] * 4
    assert [w.get("location") for w in work] == ["Lezennes", "Pologne", "Lezennes", "Englos"]


def test_a_titles_scope_in_capitals_or_after_an_ampersand_leaves_the_title_read() -> None:
    """ "Managing Director CEE", "General Manager UK & Ireland · London": the scope hid the title, the line was read
    as an employer and the posts under the group's line lost it."""
    text = """PROFESSIONAL EXPERIENCE
06/2010 – Present | Danvik Group – Danvik Polska – Warsaw
03/2018 – Present | Managing Director CEE
01/2014 – 02/2018 | Country Manager Poland
06/2010 – 12/2013 | Sales Director Poland
"""
    assert _pairs(text) == [
        ("Managing Director CEE", "Danvik Group"),
        ("Country Manager Poland", "Danvik Group"),
        ("Sales Director Poland", "Danvik Group"),
    ]
    text = """PROFESSIONAL EXPERIENCE
Jan 2016 – Present
GROUPE FROMAGIA – FROMAGIA UK & IRELAND
Nov 2019 – Present
General Manager UK & Ireland · London
Jan 2016 – Oct 2019
Commercial Director UK · London
"""
    assert _pairs(text) == [
        ("General Manager UK & Ireland", "FROMAGIA UK & IRELAND"),
        ("Commercial Director UK", "FROMAGIA UK & IRELAND"),
    ]


def test_a_business_line_after_a_later_title_in_a_section_that_writes_its_employers_in_capitals() -> None:
    """ "PNEUMA – Clermont-Ferrand" over "Directeur de site", then "Directeur Industriel Europe – Pneus Poids
    Lourds": where each employer's line is in capitals, the words after the later title's dash are the line of
    business it covered, no other employer (and the post after it lost its employer)."""
    text = """EXPÉRIENCE PROFESSIONNELLE
Septembre 2016 – aujourd'hui
PNEUMA – Clermont-Ferrand
Directeur de site
• Taux de fréquence des accidents divisé par 4
Janvier 2012 – août 2016
Directeur Industriel Europe – Pneus Poids Lourds
• Management de 5 managers de production
Avril 2006 – décembre 2011
Responsable de production
• Conduite du dialogue social
Mars 2001 – mars 2006
FORGES DU CENTRE – Les Ancizes
Responsable maintenance
Septembre 1997 – février 2001
SEMENCIA – Chappes
Ingénieur process
"""
    assert _pairs(text) == [
        ("Directeur de site", "PNEUMA"),
        ("Directeur Industriel Europe – Pneus Poids Lourds", "PNEUMA"),
        ("Responsable de production", "PNEUMA"),
        ("Responsable maintenance", "FORGES DU CENTRE"),
        ("Ingénieur process", "SEMENCIA"),
    ]


def test_support_functions_after_a_title_are_what_it_covers() -> None:
    """ "Directrice des Ressources Humaines – Fonctions Support, CMA CGM, Marseille": the department was the
    employer."""
    text = """EXPÉRIENCE PROFESSIONNELLE
févr. 2019 à ce jour | Directrice des Ressources Humaines – Fonctions Support, Navalis Group, Marseille
• Définition et mise en œuvre de la politique RH
"""
    assert _pairs(text) == [("Directrice des Ressources Humaines – Fonctions Support", "Navalis Group")]

"""Faults read off the twenty-fifth session's probe CVs (building, teaching, banking, energy, farming, law): the
work-history readings. Each test failed before its fix."""

from parsing import parse_resume

from .files import bold_jobs


def _jobs(text: str) -> list[tuple[str | None, str | None]]:
    return [(item.get("name"), item.get("position")) for item in parse_resume(text.encode(), "cv.txt")["work"]]


def test_a_building_cvs_references_are_projects_not_jobs():
    """ "PRINCIPALES RÉFÉRENCES" lists a site manager's worksites with their years: projects, not four more jobs."""
    text = (
        "Jean-François Dumont\njf.dumont@free.fr\n\nEXPÉRIENCE PROFESSIONNELLE\n"
        "**Spie batignolles génie civil, Neuilly-sur-Seine | Depuis janvier 2015\nDirecteur de travaux\n"
        "• Direction de 11 conducteurs de travaux\n"
        "**Dodin Campenon Bernard, Rueil-Malmaison | 2003 - 2009\nConducteur de travaux principal\n"
        "**PRINCIPALES RÉFÉRENCES\n"
        "• 2015-2024 : Ligne 15 Sud - gares de Bagneux et Arcueil-Cachan (Société du Grand Paris)\n"
        "• 2009-2011 : Hôpital Nord Franche-Comté, 80 000 m2 (CHBM)\n"
        "• 2005-2009 : Tramway T2 Issy - Porte de Versailles (RATP)\n"
    )
    assert [(name, position) for name, position, _, _ in bold_jobs(text)] == [
        ("Spie batignolles génie civil", "Directeur de travaux"),
        ("Dodin Campenon Bernard", "Conducteur de travaux principal"),
    ]


def test_a_journeymans_and_a_craftsmans_rank_before_the_trade_are_titles():
    """ "Compagnon routier" under "Screg Est - Reims" was read as the employer, and "Artisan plombier-chauffagiste"
    (the trades joined by a hyphen) lost its title."""
    text = (
        "Thierry Lemoine\nthierry.lemoine@orange.fr\n\nEXPÉRIENCES PROFESSIONNELLES\n"
        "**Eurovia Champagne-Ardenne - Châlons-en-Champagne\nChef d'équipe enrobés\n2004 - 2012\n"
        "**Screg Est - Reims\nCompagnon routier\n1996 - 2004\n"
    )
    assert _pairs(text) == [("Eurovia Champagne-Ardenne", "Chef d'équipe enrobés"), ("Screg Est", "Compagnon routier")]
    text = (
        "Samuel Girard\nsamuel.girard@gmail.com\n\nEXPÉRIENCE\n"
        "**SG Thermique, Annecy | Depuis 2016\nArtisan plombier-chauffagiste\n• Installation de pompes à chaleur\n"
        "**Engie Home Services, Annecy | 2009 - 2016\nTechnicien de maintenance\n"
    )
    assert _pairs(text) == [
        ("SG Thermique", "Artisan plombier-chauffagiste"),
        ("Engie Home Services", "Technicien de maintenance"),
    ]


def test_water_and_bank_trades_and_a_british_schools_second_are_titles():
    """ "Fontainier", "Banquière privée" and "Second in Mathematics" under their employer's line were lost or taken
    for the employer."""
    text = (
        "Marc Vidal\nmarc.vidal@free.fr\n\nEXPÉRIENCE\n"
        "**Veolia Eau, Montpellier | 2015 - 2023\nFontainier\n• Réparation de fuites\n"
        "**BNP Paribas Banque Privée – Bordeaux | Juillet 2020 – Présent\nBanquière privée\n• 120 familles\n"
    )
    assert _pairs(text) == [("Veolia Eau", "Fontainier"), ("BNP Paribas Banque Privée", "Banquière privée")]
    text = (
        "Emma Price\nemma.price@gmail.com\n\nEXPERIENCE\n"
        "**Graveney School, London | September 2019 – Present\nSecond in Mathematics\n• Led KS5 curriculum\n"
        "**Ernest Bevin Academy, London | 2015 – 2019\nTeacher of Mathematics\n"
    )
    assert _pairs(text) == [
        ("Graveney School", "Second in Mathematics"),
        ("Ernest Bevin Academy", "Teacher of Mathematics"),
    ]


def _pairs(text: str) -> list[tuple[str | None, str | None]]:
    return [(name, position) for name, position, _, _ in bold_jobs(text)]

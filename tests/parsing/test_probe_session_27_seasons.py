"""Faults of the twenty-seventh probing session on seasonal and short jobs (hotels, campings, ski chalets, cruise
ships): seasons written as dates ("Saison été 2023", "Winter 2023/24", "Hivers 2022-2023 et 2023-2024"), a header
opened by its season after a bullet, titles with a slash, a "Stage" heading and the titles of hotels' and resorts'
staff. Each test failed before its fix, and holds a guard."""

from __future__ import annotations

from parsing import parse_resume
from parsing.structure.dates import find_date_ranges
from parsing.structure.text import fold
from parsing.structure.vocab import title_score

Job = tuple[str | None, str | None, str | None, str | None]


def _jobs(text: str) -> list[Job]:
    work = parse_resume(text.encode(), "cv.txt")["work"]
    return [(w.get("position"), w.get("name"), w.get("startDate"), w.get("endDate")) for w in work]


def _styled_jobs(text: str) -> list[Job]:
    """The jobs of a DOCX-like document whose lines starting with "**" are set in a heading style."""
    from parsing import analyze
    from parsing.document import Document, Line

    lines = [
        Line(raw[2:], bold=True, size=14.0, heading=True) if raw.startswith("**") else Line(raw, size=10.5)
        for raw in text.splitlines()
    ]
    work = analyze(Document(lines=lines, format="docx"))["work"]
    return [(w.get("position"), w.get("name"), w.get("startDate"), w.get("endDate")) for w in work]


def _spans(text: str) -> list[tuple[str | None, str | None]]:
    return [(found.start, found.end) for found in find_date_ranges(text)]


def test_a_summer_season_of_one_year_opens_its_job():
    """ "Saison été 2023 – Camping …, Biarritz – Réceptionniste / accueil": the word "saison" before the season's name
    is part of the date, so the line is the job's header however many words follow the year (the winter seasons
    around it, written as ranges, were read already)."""
    text = (
        "Thomas Girard\nthomas.girard@gmail.com\n\nSAISONS / EXPÉRIENCES\n"
        "Saison hiver 2023-2024 – Hôtel Le Belvédère, Val d'Isère – Réceptionniste\n"
        "Check-in/out, transferts Genève, vente des forfaits.\n"
        "Saison été 2023 – Camping Les Flots Bleus, Biarritz – Réceptionniste / accueil\n"
        "Camping 4* (320 emplacements), arrivées sur Thelis.\n"
        "Saison été 2022 – Hôtel Restaurant La Marine, Porquerolles – Barman\n"
        "Cocktails, service terrasse 120 couverts.\n"
    )
    assert _jobs(text) == [
        ("Réceptionniste", "Hôtel Le Belvédère", "2023", "2024"),
        ("Réceptionniste / accueil", "Camping Les Flots Bleus", "2023", "2023"),
        ("Barman", "Hôtel Restaurant La Marine", "2022", "2022"),
    ]


def test_the_word_for_seasons_before_the_years_is_no_part_of_the_title():
    """ "Saisons 2013 et 2014 Assistant de direction": "Saisons" dates the job, it does not open its title."""
    text = (
        "Julien Mercier\njulien.mercier@sfr.fr\n\nExpériences\n"
        "2015 – 2019 | Chef de réception\nOdalys Vacances, Les Sables-d'Olonne\n"
        "Saisons 2013 et 2014 Assistant de direction\nCamping Les Mouettes, Saint-Georges-de-Didonne\n"
    )
    assert [job[0] for job in _jobs(text)] == ["Chef de réception", "Assistant de direction"]


def test_a_winter_season_with_its_second_year_short():
    """ "Winter 2023/24", "Saison 2015/16 – 2016/17": a season over two years, its second written by its last two
    digits, like a school year."""
    assert _spans("Winter 2023/24 | Chalet Manager | Crystal Ski Holidays") == [("2023", "2024")]
    assert _spans("Saison 2015/16 – 2016/17") == [("2015", "2017")]
    assert _spans("Winter 2010/11") == [("2010", "2011")]  # (a season's name: two digits up to 12 are a year too)
    # guards: a year and its month stay so ("2011/12" is December 2011), and years written whole are unchanged
    assert _spans("2011/12") == [("2011-12", "2011-12")]
    assert _spans("2010/11 – 2012/03") == [("2010-11", "2012-03")]
    assert _spans("2019/2020") == [("2019", "2020")]


def test_winter_seasons_listed_run_from_the_first_to_the_last():
    """ "Hivers 2022-2023 et 2023-2024", "Winter seasons 2015/16 & 2016/17": the seasons worked there, one stretch
    from the first's start to the last's end (the first season alone was read)."""
    text = (
        "Margaux Perrin\nmargaux.perrin@icloud.com\n\nExpérience professionnelle\n"
        "Hivers 2022-2023 et 2023-2024\nChef de réception\nHôtel L'Alpaga Blanc, Courchevel 1850\n"
        "• Hôtel 5* de 34 chambres et chalets\n"
        "05/2023 – 09/2023\nRéceptionniste\nHôtel Barrière Le Normandy, Deauville\n"
    )
    assert _jobs(text)[0] == ("Chef de réception", "Hôtel L'Alpaga Blanc", "2022", "2024")
    text = (
        "Sebastian Brunner\ns.brunner@gmx.ch\n\nEXPERIENCE\n"
        "Chef de Partie (Saucier)\nThe Dolder Grand, Zürich\n05/2017 – 02/2021\n"
        "Demi Chef de Partie\nGstaad Palace, Gstaad\nWinter seasons 2015/16 & 2016/17\n"
        "Apprentice Cook\nHotel Schweizerhof Luzern\n08/2012 – 07/2015\n"
    )
    assert _jobs(text)[1] == ("Demi Chef de Partie", "Gstaad Palace", "2015", "2017")
    # guard: a range that goes on is kept as it is
    assert _jobs("Ana Ruiz\nana@gmail.com\n\nEXPERIENCE\nBarman – Le Zinc, Lyon | 2019 – present\n")[0][2:] == (
        "2019",
        None,
    )


def test_a_season_line_after_a_bullet_opens_a_job():
    """ "saisons 2021 et 2022 : animatrice – Camping …" under a bullet: its lower case opens a header dated by its
    season, not the bullet's sentence going on."""
    text = (
        "Manon Petit\nmanon.petit@gmail.com\n\n>> EXPERIENCES\n"
        "avril → septembre 2023 : RESPONSABLE ANIMATION – Camping Les Dunes d'Or, Sérignan (34)\n"
        "• équipe de 6 animateurs\n"
        "saisons 2021 et 2022 : animatrice adultes & enfants – Camping Les Pins\n"
        "• mini-club 4-12 ans, tournois sportifs\n"
        "2019-2021 : animatrice BAFA – Accueil de loisirs Les Garrigues, Castelnau-le-Lez\n"
    )
    assert ("animatrice adultes & enfants", "Camping Les Pins", "2021", "2022") in _jobs(text)
    # guard: a bullet's sentence cut before its year still goes on
    text = (
        "Ana Ruiz\nana@gmail.com\n\nEXPERIENCE\nBarman – Le Zinc, Lyon | 2019 – 2022\n"
        "• Organised the bar's cocktail menu for the\nsummer 2021 festival of the town\n"
    )
    assert len(_jobs(text)) == 1


def test_a_title_with_a_slash_keeps_both_halves():
    """ "Réceptionniste tournant jour / nuit", "Voiturier / Bagagiste", "Bagagiste / Groom – Pullman …": the title's
    second half after the slash, in lower case or a hotel trade's word, is no employer."""
    text = (
        "Mamadou Diallo\nmamadou.diallo75@gmail.com\n\nEXPÉRIENCE\n"
        "depuis 09/2021 : Voiturier - Hôtel Madeleine Haussmann, Paris 8e\n"
        "2019 - 2021 : Bagagiste / Groom - Pullman Paris Tour Eiffel\n"
        "2017 - 2019 : Réceptionniste tournant jour / nuit - Hôtel Le Marais Saint-Paul\n"
    )
    assert [job[:2] for job in _jobs(text)] == [
        ("Voiturier", "Hôtel Madeleine Haussmann"),
        ("Bagagiste / Groom", "Pullman Paris Tour Eiffel"),
        ("Réceptionniste tournant jour / nuit", "Hôtel Le Marais Saint-Paul"),
    ]
    # guard: a firm's name after the slash is the employer
    text = "Jean Martin\njean.martin@gmail.com\n\nEXPÉRIENCE\n2019 - 2021 : Développeur Java / Capgemini\n"
    assert _jobs(text)[0][:2] == ("Développeur Java", "Capgemini")


def test_a_stage_heading_set_as_headings_are_heads_a_job():
    """ "Stage" set as the CV's headings, over "Commis de salle | Été 2013" and a bullet that names the Bac Pro the
    placement was done for: a job, not studies."""
    text = (
        "Élodie Rousseau\nelodie.rousseau@laposte.net\n**Expérience professionnelle\n"
        "Serveuse | 2014 – 2016\nBrasserie Bordelaise, Bordeaux\n"
        "**Stage\nCommis de salle | Été 2013\nHôtel Barrière Le Majestic, Cannes\n"
        "• Stage de Bac Pro – Festival de Cannes\n"
        "**Diplômes\nBac Pro Commercialisation et Services en Restauration | 2014\n"
        "Lycée hôtelier de Gascogne, Talence\n"
    )
    assert ("Commis de salle", "Hôtel Barrière Le Majestic", "2013", "2013") in _styled_jobs(text)


def test_the_titles_of_hotel_resort_and_cruise_staff():
    """Hotels' and resorts' posts: "Voiturier", "Groom", "Activities Host", "Agent Guest Relations", "Accompagnateur
    et guide à bord" (a cruise's guide)."""
    for title in (
        "Voiturier",
        "Groom",
        "Activities Host",
        "Entertainment Host",
        "Agent Guest Relations",
        "Guide à bord",
    ):
        assert title_score(fold(title)) >= 1, title
    assert title_score(fold("Accompagnateur et guide à bord")) >= 1
    # guards: a guide's or a firm's name, and "host" alone
    for name in ("Guide Michelin", "Accompagnateur et Fils", "Accompagnateur Voyages", "Host"):
        assert title_score(fold(name)) < 1, name

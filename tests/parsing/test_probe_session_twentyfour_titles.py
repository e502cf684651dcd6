"""Job titles of the twenty-fourth probing session that the vocabulary did not know: the posts of orchestras, stages
and heritage, of crafts and the sea, of social work and sorting offices. Their position was lost, or the title was
read as the employer. Each test holds one family of them, with guards on the names and firms the words also are."""

from __future__ import annotations

from parsing import parse_resume
from parsing.structure.text import fold
from parsing.structure.vocab import title_score


def _jobs(text: str) -> list[tuple[str | None, str | None]]:
    return [(item.get("name"), item.get("position")) for item in parse_resume(text.encode(), "cv.txt")["work"]]


def _score(text: str) -> float:
    return title_score(fold(text))


def test_the_posts_of_orchestras_stages_and_heritage_are_titles():
    """ "Violoncelliste du rang", "Violoncelle solo", "Comédienne", "Vacataire": the title was read as the employer
    or dropped. An instrument alone is no post."""
    text = (
        "Baptiste Roussel\nbaptiste.roussel@gmail.com - 06 45 90 12 38\n\nPARCOURS PROFESSIONNEL\n"
        "2019 – aujourd'hui | Orchestre national du Capitole de Toulouse | Violoncelliste du rang\n"
        "2016 – 2019 | Orchestre de chambre de Toulouse | Violoncelle solo\n"
        "2014 – 2016 | Théâtre des Halles | Comédienne\n"
        "2012 – 2014 | Archives nationales | Vacataire\n"
    )
    assert _jobs(text) == [
        ("Orchestre national du Capitole de Toulouse", "Violoncelliste du rang"),
        ("Orchestre de chambre de Toulouse", "Violoncelle solo"),
        ("Théâtre des Halles", "Comédienne"),
        ("Archives nationales", "Vacataire"),
    ]
    for post in ("Danseuse interprète", "Pianiste accompagnatrice", "Programmateur musiques actuelles"):
        assert _score(post) >= 1.5, post
    for post in ("Conservatrice", "Principal Cello", "Premier violon", "Violon du rang"):
        assert _score(post) >= 1.5, post
    for instrument in ("Violoncelle", "Piano", "Cello", "Violoncelle, Conservatoire de Lyon"):
        assert not _score(instrument), instrument


def test_the_english_players_crafts_and_caseworkers_are_titles():
    """ "Section First Violin", "Bench Jeweller", "Leather Goods Artisan", "Resettlement Caseworker", "Agency Mail
    Sorter": titles read as the employer or lost. A craftsman's or a setter's word alone is a surname or a dog."""
    text = (
        "James Whitfield\njames@btinternet.com | +44 7911 123456\n\nEMPLOYMENT HISTORY\n"
        "City of Birmingham Symphony Orchestra | Section First Violin | 2019 – Present\n"
        "Cartier | Bench Jeweller | 2017 – 2019\n"
        "Hermès | Leather Goods Artisan | 2015 – 2017\n"
        "International Rescue Committee | Resettlement Caseworker | 2013 – 2015\n"
        "Blue Arrow | Agency Mail Sorter | 2011 – 2013\n"
    )
    assert _jobs(text) == [
        ("City of Birmingham Symphony Orchestra", "Section First Violin"),
        ("Cartier", "Bench Jeweller"),
        ("Hermès", "Leather Goods Artisan"),
        ("International Rescue Committee", "Resettlement Caseworker"),
        ("Blue Arrow", "Agency Mail Sorter"),
    ]
    for post in ("Violinist", "Master Stone Setter", "Leather Craftsman", "Cabinetmaker", "Navigating Cadet"):
        assert _score(post) >= 1.5, post
    for other in ("Jim Craftsman", "Setter", "Cadet", "Boulangerie Artisan"):
        assert not _score(other), other


def test_a_trades_rank_and_the_trades_that_are_surnames_open_a_title_before_the_trade():
    """ "Compagnon ébéniste", "Patron de chalutier", "Commis pâtissier", "Barbier gérant", "Fromagère", "Mousse puis
    matelot": the position was lost. "Compagnon", "Patron", "Barbier" and "Fromager" alone are surnames, and a
    guild's or a shop's name keeps its words."""
    text = (
        "Alexandre VIDAL\nalex.vidal34@free.fr - 06 28 91 35 07\n\nEXPÉRIENCES PROFESSIONNELLES\n"
        "Depuis 2021 : Compagnon ébéniste, Ébénisterie Laval (Bordeaux)\n"
        "2014-2020 : Patron de chalutier, SARL Armement Sétois (Sète)\n"
        "2008-2014 : Commis pâtissier, Pâtisserie Sève (Lyon)\n"
        "2006-2008 : Barbier gérant, Le Comptoir du Barbier (Marseille)\n"
        "2004-2006 : Fromagère, Fromagerie Androuët (Paris)\n"
        "1988-1991 : Mousse puis matelot, Pêcheries Boulonnaises SA (Boulogne)\n"
    )
    assert _jobs(text) == [
        ("Ébénisterie Laval", "Compagnon ébéniste"),
        ("SARL Armement Sétois", "Patron de chalutier"),
        ("Pâtisserie Sève", "Commis pâtissier"),
        ("Le Comptoir du Barbier", "Barbier gérant"),
        ("Fromagerie Androuët", "Fromagère"),
        ("Pêcheries Boulonnaises SA", "Mousse puis matelot"),
    ]
    for post in ("Compagnon tailleur de pierre", "Patron-armateur", "Fromager affineur", "Agent saisonnier"):
        assert _score(post) >= 1.5, post
    for name in (
        "Barbier",
        "BARBIER Paul",
        "Fromager",
        "Antoine Compagnon",
        "COMPAGNON Antoine",
        "PATRON Marc",
        "Compagnon de route",
        "Les Compagnons du Devoir",
        "Le Comptoir du Barbier",
        "CDD puis CDI",
    ):
        assert not _score(name), name
    text = "Camille BARBIER\ncamille.barbier@gmail.com\n\nEXPÉRIENCE\n2019 - 2022 Coiffeuse, Saint Algue, Lyon\n"
    assert parse_resume(text.encode(), "cv.txt")["basics"]["name"] == "Camille BARBIER"


def test_an_english_posts_noun_before_of_is_a_title():
    """ "Staff Sergeant – Clerk of Works" over "British Army, Chatham": the post held at the rank was read as the
    employer. A duty ("Owner of the release process") or an office ("Secretary of State") is none."""
    text = (
        "Owen Davies\nowen.davies@outlook.com\n\nEmployment History\nSite Manager | Feb 2020 – Present\n"
        "Balfour Beatty, Cardiff\nStaff Sergeant – Clerk of Works | Apr 2014 – Jan 2020\nBritish Army, Chatham\n"
    )
    assert _jobs(text) == [("Balfour Beatty", "Site Manager"), ("British Army", "Staff Sergeant – Clerk of Works")]
    assert _score("Officer of the Watch") >= 1.5
    for duty in ("Owner of the release process", "Secretary of State", "Member of the team that built the app"):
        assert _score(duty) < 1, duty


def test_a_licensed_guides_post_is_no_firm():
    """ "Guide-conférencier indépendant (auto-entrepreneur)": a guide on their own account, read as a firm for its
    "indépendant"."""
    text = (
        "Mathieu Hummel\nmathieu.hummel@free.fr\n\nEXPÉRIENCE PROFESSIONNELLE\n"
        "Guide-conférencier, Musées de la Ville de Strasbourg\nDe 2018 à aujourd'hui\n\n"
        "Guide-conférencier indépendant (auto-entrepreneur)\nDe 2015 à 2018\n\n"
        "Médiateur à la cathédrale, Fondation de l'Œuvre Notre-Dame\nÉtés 2013 et 2014\n"
    )
    assert _jobs(text) == [
        ("Musées de la Ville de Strasbourg", "Guide-conférencier"),
        (None, "Guide-conférencier indépendant (auto-entrepreneur)"),
        ("Fondation de l'Œuvre Notre-Dame", "Médiateur à la cathédrale"),
    ]


def test_review_guards_for_the_new_title_words():
    """(review) The new trades are also surnames ("Jack Drummer", "CHANTEUR Julie"), shops' names ("The Silversmith",
    "Conservateur Immobilier", "Barbier Coiffeur Hugo") or firms' ("Maker of Things", "Drummer Street Bakery"): the
    name and the employers stay as they were read before the words were added."""
    from parsing import parse_resume
    from parsing.structure.vocab import title_score

    for name in ("Jack Drummer", "Sarah Sorter", "Peter Jeweller", "CHANTEUR Julie", "Danseur Paul"):
        text = f"{name}\nperson@mail.com\n\nEXPERIENCE\n2018 – 2023 Accountant, Deloitte, London\n"
        assert parse_resume(text.encode(), "cv.txt")["basics"].get("name") == name, name
    for firm in ("the silversmith", "the leather artisan", "conservateur immobilier", "accompagnateur voyages"):
        assert title_score(firm) < 1, firm
    assert title_score("barbier coiffeur hugo") < 1
    assert title_score("maker of things") < 1
    assert title_score("conservatrice du patrimoine") >= 1
    assert title_score("accompagnateur socioprofessionnel") >= 1
    text = (
        "Anna Lee\nanna@mail.co.uk\n\nEXPERIENCE\nThe Silversmith | Sales Assistant | 2019 – 2021\n"
        "Drummer Street Bakery | Barista | 2015 – 2018\n"
    )
    work = parse_resume(text.encode(), "cv.txt")["work"]
    assert [(w.get("name"), w.get("position")) for w in work] == [
        ("The Silversmith", "Sales Assistant"),
        ("Drummer Street Bakery", "Barista"),
    ]

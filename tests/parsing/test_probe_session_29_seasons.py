"""Faults of the twenty-ninth probing session on restaurants, food trades and retail CVs: a winter season named by
its years' last digits before the months ("Hiver 24/25 · déc. 2024 – avr. 2025"), the time between two seasons listed
among them ("Intersaison 2020-2021"), and the kitchens' and shops' posts the vocabulary lacked ("Commis", "Runneuse",
"Grillardin", "Glacier", "Désosseur", "Personal Shopper"). Each test failed before its fix, and holds a guard."""

from __future__ import annotations

from parsing import parse_resume
from parsing.structure.dates import find_date_ranges
from parsing.structure.entries import group_entries
from parsing.structure.vocab import title_score

Job = tuple[str | None, str | None, str | None, str | None]


def _jobs(text: str) -> list[Job]:
    work = parse_resume(text.encode(), "cv.txt")["work"]
    return [(w.get("position"), w.get("name"), w.get("startDate"), w.get("endDate")) for w in work]


def _spans(text: str) -> list[tuple[str | None, str | None]]:
    return [(found.start, found.end) for found in find_date_ranges(text)]


def test_a_winter_season_named_by_two_digits_is_no_employer():
    """ "Hiver 24/25 · déc. 2024 – avr. 2025": the season's name and its two years' last digits date the job (the
    months after them date it more finely); the employer is on the line under the title."""
    assert _spans("Hiver 24/25") == [("2024", "2025")]
    assert _spans("Winter 99/00") == [("1999", "2000")]
    # guards: two digits apart without a season's name, or not two years in a row, are no season
    assert _spans("Poste 24/25") == []
    assert _spans("Été 12/07") == []
    text = (
        "Jérôme Bouvet\njerome.bouvet@orange.fr\n\nExpériences\n"
        "Hiver 24/25 · déc. 2024 – avr. 2025\nChef de partie\nHôtel Les Sapins, Tignes\n"
        "• Demi-pension 80 couverts\n"
        "Été 2024 · mai – sept. 2024\nCuisinier\nLa Voile Rouge, Ramatuelle\n"
    )
    assert _jobs(text) == [
        ("Chef de partie", "Hôtel Les Sapins", "2024-12", "2025-04"),
        ("Cuisinier", "La Voile Rouge", "2024-05", "2024-09"),
    ]


def test_the_time_between_two_seasons_is_no_job():
    """ "Intersaison 2020-2021" between two jobs: the time off between seasons, as a career break is."""
    text = (
        "Jérôme Bouvet\njerome.bouvet@orange.fr\n\nExpériences\n"
        "oct. 2021 – oct. 2022\nAide de cuisine\nAdecco, Annecy\n"
        "Intersaison 2020-2021\n"
        "09/2019 - 03/2020\nCommis\nHôtel du Port, Annecy\n"
    )
    assert _jobs(text) == [
        ("Aide de cuisine", "Adecco", "2021-10", "2022-10"),
        ("Commis", "Hôtel du Port", "2019-09", "2020-03"),
    ]


def test_the_posts_of_kitchens_and_shops():
    """ "Commis" alone, "Runneuse", "Grillardin", "Désosseur", "Glacier", "Gelatiere", "Crêpier", "Personal Shopper":
    posts of their own, which the header's other field does not name."""
    for post in ("commis", "runneuse", "grillardin", "desosseur", "glacier", "glacier patissier", "gelatiere"):
        assert title_score(post) >= 1.5, post
    assert title_score("crepier") >= 1.5
    assert title_score("personal shopper") >= 1.5
    # guards: an ice-cream shop's or a park's name, and a survey's visit, are no post
    assert title_score("glacier fenocchio") < 1
    assert title_score("glacier national park") < 1
    assert title_score("mystery shopper") < 1
    text = (
        "Inès Benoît\nines.benoit@gmail.com\n\nEXPÉRIENCES\n"
        "Juin - sept. 2023 : Runneuse – Plage Le Lido (Sète)\n• Envoi des plats\n"
        "2007 - 2011 Grillardin - Brasserie du Marché, Vienne\n"
        "2012 - 2014 | Désosseur, Abattoir Bigard, Quimperlé\n"
    )
    assert [job[0] for job in _jobs(text)] == ["Runneuse", "Grillardin", "Désosseur"]


def test_a_range_cut_after_its_month_whose_year_has_a_remark():
    """ "avr. 2021 – sept. | Crêpier" over "2024 (saisons) | Crêperie …": a narrow date column wrapped the range's end,
    a remark in brackets after it; the range goes together again (it was read as two jobs, the year's alone)."""
    texts = [
        "avr. 2021 – sept. | Crêpier",
        "2024 (saisons) | Crêperie Ar Men, Quimper",
        "• Galettes de blé noir",
        "oct. 2022 – mars | Vendeur",
        "2023 | Brico Dépôt, Quimper",
    ]
    entries = group_entries(texts, jobs=True)
    assert [(entry.header, entry.dates and (entry.dates.start, entry.dates.end)) for entry in entries] == [
        (["Crêpier", "Crêperie Ar Men, Quimper"], ("2021-04", "2024-09")),
        (["Vendeur", "Brico Dépôt, Quimper"], ("2022-10", "2023-03")),
    ]


def test_a_duty_set_beside_the_title_in_a_table_is_no_employer():
    """ "2017 – 2021 | Chef de partie | • Poste garde-manger puis entremets chauds" over "Hôtel Régent" / "Colmar": a
    table's last column of duties, its first bullet on the title's row; the employer is the line under the title."""
    from parsing.structure.experience import parse_experience

    texts = [
        "2017 – 2021 | Chef de partie | • Poste garde-manger puis entremets chauds",
        "Hôtel Régent Petite Venise",
        "Colmar",
        "2014 – 2017 | Commis de cuisine | • Restaurant gastronomique étoilé",
        "Auberge du Moulin",
        "• Mise en place",
    ]
    work = parse_experience(texts)
    assert [(w.get("position"), w.get("name"), w.get("startDate")) for w in work] == [
        ("Chef de partie", "Hôtel Régent Petite Venise", "2017"),
        ("Commis de cuisine", "Auberge du Moulin", "2014"),
    ]
    assert work[0]["highlights"][0] == "Poste garde-manger puis entremets chauds"


def test_a_sub_heading_of_the_careers_stages_is_no_employer():
    """ "Promotions internes" over "CARREFOUR — BREST (29)" and its posts, "AVANT AUCHAN" over an earlier job: a
    sub-heading that parts the career, not the employer of the jobs under it."""
    from parsing.structure.experience import parse_experience

    texts = [
        "Promotions internes",
        "CARREFOUR — BREST (29)",
        "2022 → aujourd'hui Responsable de rayon Liquides",
        "• Rayon de 2 M€",
        "2019 → 2022 Employée commerciale",
    ]
    work = parse_experience(texts, [False, True, True, False, True])
    assert [(w.get("position"), w.get("name")) for w in work] == [
        ("Responsable de rayon Liquides", "CARREFOUR"),
        ("Employée commerciale", "CARREFOUR"),
    ]
    texts = [
        "1996 – 1998 | Employé commercial – Auchan Aubagne",
        "AVANT AUCHAN",
        "1993 – 1995 | Employé libre-service (week-ends) – Casino Géant",
    ]
    work = parse_experience(texts, [True, True, True])
    assert [(w.get("position"), w.get("name")) for w in work] == [
        ("Employé commercial", "Auchan Aubagne"),
        ("Employé libre-service (week-ends)", "Casino Géant"),
    ]


def test_the_headings_of_a_reconversions_studies():
    """ "APPRENDRE", "Mes apprentissages": the studies of a CV that names its sections in its own words; their
    schools are no jobs."""
    for heading in ("APPRENDRE", "Mes apprentissages"):
        text = (
            "Claire Vautrin\nclaire.vautrin@gmail.com\n\nMON PARCOURS\n2009 – 2015\nComptable\nFiducial, Metz\n"
            f"{heading}\n2021 – 2022\nCAP Cuisine\nGRETA Lorraine Nord, Thionville\n"
        )
        result = parse_resume(text.encode(), "cv.txt")
        assert [w.get("name") for w in result["work"]] == ["Fiducial"], heading
        assert [e.get("institution") for e in result["education"]] == ["GRETA Lorraine Nord"], heading


def test_a_franchisee_and_a_seasonal_temp_are_posts():
    """ "Franchisée, gérante – Carrefour Contact Avrillé", "Christmas Temp, Sales Assistant" over "Harrods, London":
    the franchisee's status and the season's temp are posts beside the title, not the employer."""
    assert title_score("franchisee") >= 1.5
    assert title_score("christmas temp") >= 1.5
    assert title_score("franchise manager") >= 1.5  # (before words, the English noun: the post's field)
    text = (
        "Nathalie Kowal\nn.kowal@gmail.com\n\nEXPÉRIENCE PROFESSIONNELLE\n"
        "Franchisée, gérante – Carrefour Contact Avrillé\ndepuis juin 2018\n"
        "Directrice adjointe – Carrefour Market Saumur\n2014 – 2018\n"
    )
    assert [(job[0], job[1]) for job in _jobs(text)] == [
        ("Franchisée, gérante", "Carrefour Contact Avrillé"),
        ("Directrice adjointe", "Carrefour Market Saumur"),
    ]
    text = (
        "Emily Carter\nemily.carter@outlook.com\n\nEXPERIENCE\n"
        "Sales Associate\nBurberry, London\nJul 2019 – Aug 2022\n"
        "Christmas Temp, Sales Assistant\nSelfridges, London\nNov 2018 – Jan 2019\n"
    )
    assert [job[1] for job in _jobs(text)] == ["Burberry", "Selfridges"]

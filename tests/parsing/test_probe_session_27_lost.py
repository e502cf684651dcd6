"""Faults of the twenty-seventh probing session where whole jobs were lost, or their titles and dates: a bulleted
label under a job that opened a section and took the later jobs with it, temps' and pupils' lines with no title
but their contract's word, posts listed as bullets under their employer's line, a heading's word written as a
job's title, a month and its year read as a page number, the children a baby-sitter minded read as the person's
own. Each test holds one of them."""

from __future__ import annotations

from typing import Any

from parsing import analyze, parse_resume
from parsing.document import Document, Line
from parsing.structure.dates import find_date_ranges
from parsing.structure.extras import parse_volunteer
from parsing.structure.protected import protected_kinds

HEAD = "Camille Martin\ncamille.martin@exemple.fr\n06 12 34 56 78\n\n"


def _jobs(text: str) -> list[tuple[str | None, str | None, str | None, str | None]]:
    work = parse_resume((HEAD + text).encode(), "cv.txt")["work"]
    return [(w.get("position"), w.get("name"), w.get("startDate"), w.get("endDate")) for w in work]


def _styled_jobs(rows: list[tuple[str, float, bool]]) -> list[dict[str, Any]]:
    """The work of a document whose lines are given with their size and weight, as a word processor sets them."""
    lines = [Line(text, size=size, bold=bold) for text, size, bold in rows]
    return list(analyze(Document(lines=lines, format="docx"))["work"])


def test_a_bulleted_label_under_a_job_opens_no_section() -> None:
    """ "• Projets : nouvelle chaudière biomasse …" under a job opened a projects section, and the four dated jobs
    after it were read as projects."""
    text = """EXPÉRIENCE PROFESSIONNELLE
Responsable maintenance – Cristal Union, Bazancourt (depuis 2016)
• Direction du service maintenance (32 techniciens)
• Projets : nouvelle chaudière biomasse (6 M€), remplacement des diffuseurs
• Disponibilité des installations portée de 93 % à 97,5 %
Responsable maintenance – Freudenberg Performance Materials, Sedan (2010 – 2016)
• Maintenance de lignes de non-tissés
Technicien de maintenance – Nestlé Purina PetCare, Marne-la-Vallée (2000 – 2004)

FORMATION
1998 – DUT Génie Électrique et Informatique Industrielle – IUT de Reims
"""
    assert [(job[1], job[2]) for job in _jobs(text)] == [
        ("Cristal Union", "2016"),
        ("Freudenberg Performance Materials", "2010"),
        ("Nestlé Purina PetCare", "2000"),
    ]


def test_a_projects_label_with_its_list_under_a_job_is_that_jobs() -> None:
    """The same label without its bullet, in the body's type, with another job's dated header below it."""
    text = """EXPÉRIENCE PROFESSIONNELLE
Responsable maintenance – Cristal Union, Bazancourt (depuis 2016)
Projets : nouvelle chaudière biomasse (6 M€), remplacement des diffuseurs
Responsable maintenance – Freudenberg Performance Materials, Sedan (2010 – 2016)
"""
    assert [job[1] for job in _jobs(text)] == ["Cristal Union", "Freudenberg Performance Materials"]


def test_a_temps_line_names_its_agency_without_a_title() -> None:
    """ "• 2021 : Intérim – Proman (…)" and "• Intérim - Adecco (…) - 2021": a bullet dated by one year whose first
    part is the contract's word, not a title, was read as a duty of the job above."""
    text = """EXPÉRIENCES
• 2022-2024 : Coffreur bancheur N3P2 – Eiffage Construction Provence
• 2021 : Intérim – Proman (mission chez GTM Sud) – coffreur
• Intérim - Adecco (mission chez PSA Poissy) - 2020
• 2018-2019 : Coffreur – Travaux du Midi Var (CDD)
"""
    assert [(job[1], job[2]) for job in _jobs(text)] == [
        ("Eiffage Construction Provence", "2022"),
        ("Proman", "2021"),
        ("Adecco", "2020"),
        ("Travaux du Midi Var", "2018"),
    ]


def test_a_business_of_ones_own_is_named_in_brackets() -> None:
    """ "Artisan maçon à mon compte (DUPUIS Maçonnerie)": no employer was read, and the title that holds the
    business's name was then dropped with the whole job."""
    text = """EXPERIENCE
Depuis 2008 Artisan maçon à mon compte (DUPUIS Maçonnerie)
rénovation, dallage, murs en pierre sèche
1995 - 2008 Maçon qualifié chez SARL Lagrange Bâtiment (Guéret)
"""
    assert _jobs(text)[0] == ("Artisan maçon", "DUPUIS Maçonnerie", "2008", None)


def test_posts_listed_as_bullets_under_their_employers_line() -> None:
    """ "MAIF | octobre 2013 – aujourd'hui", then each post held there as a bullet with its dates in brackets: a
    post whose title has two words in lower case was read as a deed."""
    text = """EXPÉRIENCE PROFESSIONNELLE
MAIF | octobre 2013 – aujourd'hui
• Gestionnaire sinistres IARD (mars 2016 – aujourd'hui)
• Gestion d'un portefeuille de 250 dossiers sinistres habitation et auto
• Téléconseillère relation sociétaires (octobre 2013 – février 2016)
• Déclarations de sinistres par téléphone, conseil sur les garanties
"""
    assert [(job[0], job[1], job[2]) for job in _jobs(text)] == [
        ("Gestionnaire sinistres IARD", "MAIF", "2016-03"),
        ("Téléconseillère relation sociétaires", "MAIF", "2013-10"),
    ]
    # (under a header that names its title, such a bullet is a duty of that post)
    text = """EXPÉRIENCE PROFESSIONNELLE
Depuis sept. 2019 | Professeure des écoles – École élémentaire Jean Jaurès, Villeurbanne
• Référente numérique de l'école (2021-2023)
2017 – 2019 | Titulaire remplaçante – Circonscription de Villeurbanne Est
"""
    assert len(_jobs(text)) == 2


def test_professional_activities_head_the_jobs() -> None:
    """ "ACTIVITÉS PROFESSIONNELLES" (a Swiss CV's heading) was read as the interests' "Activités"."""
    text = """---------- ACTIVITÉS PROFESSIONNELLES ----------
2017 – auj. Technicien en méthodes
ETA SA Manufacture Horlogère Suisse, Fontainemelon
2011 – 2017 Polymécanicien
Tissot SA, Le Locle
"""
    assert [job[1] for job in _jobs(text)] == ["ETA SA Manufacture Horlogère Suisse", "Tissot SA"]


def test_the_children_a_baby_sitter_minds_are_not_the_persons_own() -> None:
    """ "Baby-sitting depuis 2022 (voisins, 2 enfants)" was dropped as a line stating a marital status."""
    assert protected_kinds("Baby-sitting depuis 2022 (voisins, 2 enfants)") == []
    assert protected_kinds("Marié, 2 enfants") == ["marital_status"]
    text = """AUTRES EXPERIENCES
Baby-sitting depuis 2022 (voisins, 2 enfants)
"""
    assert _jobs(text) == [("Baby-sitting", None, "2022", None)]


def test_a_pupils_placement_dated_in_the_bracket_that_closes_its_line() -> None:
    """ "Stage de 3ème : Pharmacie Centrale, Lens (février 2022, 1 semaine)": the stay's length beside the date in
    the bracket kept the date from being the line's, and the colon parted no title from the place."""
    text = """STAGES
Nov 2024 : Hôtesse de caisse - Auchan
Stage de 3ème : Pharmacie Centrale, Lens (février 2022, 1 semaine)
"""
    assert _jobs(text)[1] == ("Stage de 3ème", "Pharmacie Centrale", "2022-02", "2022-02")


def test_a_stay_of_a_few_days_is_dated_from_its_first_day() -> None:
    """ "Du 8 au 12 décembre 2025 : Stage d'observation – …": the first day before the date was left in the line."""
    ranges = find_date_ranges("Du 8 au 12 décembre 2025 : Stage d'observation")
    assert [(r.start, r.begin) for r in ranges] == [("2025-12", 0)]
    assert [(r.start, r.begin) for r in find_date_ranges("Doctorat – Université Lyon 2 – 2018")] == [("2018", 31)]
    text = """EXPÉRIENCES
Du 8 au 12 décembre 2025 : Stage d'observation – Institut de beauté L'Instant Zen, Perpignan
• Observation des soins du visage
"""
    assert _jobs(text) == [("Stage d'observation", "Institut de beauté L'Instant Zen", "2025-12", "2025-12")]


def test_a_bullets_date_in_a_bracket_after_its_title() -> None:
    """ "• Stage de seconde (2 semaines, juin 2025) : Crédit Mutuel, agence …": a long bullet whose date sits in a
    bracket after the title, not at either end, was read as a deed; the bank's branch is no employer."""
    text = """Expérience
• Stage de seconde (2 semaines, juin 2025) : Crédit Mutuel, agence Strasbourg Neudorf - découverte des métiers
• Baby-sitting (depuis 2024)
"""
    assert _jobs(text)[0] == ("Stage de seconde", "Crédit Mutuel", "2025-06", "2025-06")


def test_a_month_and_its_year_alone_are_no_page_number() -> None:
    """ "01/2020" over "Stage de 3e" / "Airbus – Blagnac" was dropped as a page's number ("1/2")."""
    work = _styled_jobs(
        [
            ("Jade Rousseau", 18, True),
            ("jade.rousseau@exemple.fr", 10.5, False),
            ("EXPÉRIENCES PROFESSIONNELLES", 13, True),
            ("06/2023 – 08/2023", 10.5, False),
            ("Équipière", 10.5, True),
            ("Burger King – Toulouse", 10.5, False),
            ("01/2020", 10.5, False),
            ("Stage de 3e", 10.5, True),
            ("Airbus – Blagnac", 10.5, False),
            ("• Découverte du service ressources humaines", 10.5, False),
        ]
    )
    assert [(w.get("position"), w.get("startDate")) for w in work] == [
        ("Équipière", "2023-06"),
        ("Stage de 3e", "2020-01"),
    ]


def test_a_heading_word_under_dates_alone_is_the_jobs_title() -> None:
    """ "Nov 2024 – Mar 2025" then "Volunteer" in the body's type opened a section of its own; alone, "Volunteer" is
    a title too."""
    work = _styled_jobs(
        [
            ("Aissatou Diallo", 18, True),
            ("aissatou.diallo@example.com", 10, False),
            ("PROFESSIONAL EXPERIENCE", 12, True),
            ("Jan 2025 – Jun 2025", 10, False),
            ("Crew Member", 10, True),
            ("McDonald's – Grenoble", 10, False),
            ("Nov 2024 – Mar 2025", 10, False),
            ("Volunteer", 10, True),
            ("Restos du Cœur – Grenoble", 10, False),
            ("• Winter campaign: food distribution", 10, False),
            ("Jun 2023 – Nov 2023", 10, False),
            ("Business Developer Intern", 10, True),
            ("Sonatel – Dakar", 10, False),
            ("LANGUAGES", 12, True),
            ("French – fluent", 10, False),
        ]
    )
    assert [(w.get("position"), w.get("name"), w.get("startDate")) for w in work] == [
        ("Crew Member", "McDonald's", "2025-01"),
        ("Volunteer", "Restos du Cœur", "2024-11"),
        ("Business Developer Intern", "Sonatel", "2023-06"),
    ]


def test_a_volunteers_title_over_the_organisations_dated_line() -> None:
    """ "Bénévole" over "Restos du Cœur, Orléans | 2022 – aujourd'hui" after the bullets of the entry above was read
    as the end of that entry's last bullet."""
    items = parse_volunteer(
        [
            "Président",
            "BDE GEA Orléans | Depuis sept. 2025",
            "• Équipe de 14 bénévoles, budget de 20 000 €",
            "Bénévole",
            "Restos du Cœur, Orléans | 2022 – aujourd'hui",
            "• Distribution alimentaire le samedi matin",
        ]
    )
    assert [(i.get("position"), i.get("organization"), i.get("startDate")) for i in items] == [
        ("Président", "BDE GEA Orléans", "2025-09"),
        ("Bénévole", "Restos du Cœur", "2022"),
    ]


def test_a_text_files_bold_title_is_no_bullet() -> None:
    """ "**Stagiaire chargé d'études SIG** (avril – juin 2024)": the two asterisks were read as a bullet, and the
    line as a deed of the job above."""
    text = """## Expériences
**Volontaire en service civique** (oct. 2024 → juin 2025)
Clermont Auvergne Métropole
• animation d'ateliers dans les écoles primaires
**Stagiaire chargé d'études SIG** (avril – juin 2024)
Agence d'urbanisme Clermont Massif Central
• cartographie de la vacance commerciale (QGIS)
"""
    assert [(job[1], job[2]) for job in _jobs(text)] == [
        ("Clermont Auvergne Métropole", "2024-10"),
        ("Agence d'urbanisme Clermont Massif Central", "2024-04"),
    ]

"""Faults of the twenty-seventh probing session on studies (building, law, young people's first CVs, French-speaking
countries, banking and insurance): a school's line cut before its town, Romanian and lawyers' diplomas, long school
names with their initials, school years and the brevet, a term abroad listed as an entry, a long degree's line, a date
column's remark wrapped, a track's name wrapped, and schools the field tagger read on jobs' and objectives' lines.
Each test holds one of them."""

from __future__ import annotations

from parsing import analyze, parse_resume
from parsing.document import Document, Line
from parsing.structure.dates import join_wrapped_ranges
from parsing.structure.education import parse_education


def _studies(items: list[dict]) -> list[tuple[str | None, str | None]]:
    return [(item.get("institution"), item.get("studyType")) for item in items]


def _resume_studies(text: str) -> list[tuple[str | None, str | None]]:
    return _studies(parse_resume(text.encode(), "cv.txt")["education"])


def test_degree_line_cut_after_the_comma_before_its_town():
    """ "BEP … – Lycée Gustave Eiffel," (bold) over "Armentières – 2005": the town came with the dates, so the cut line
    was read as the entry above's description and the town as a school."""
    items = parse_education(
        [
            "Bac pro ELEEC – Lycée Gustave Eiffel, Armentières – 2007",
            "BEP Métiers de l'électrotechnique – Lycée Gustave Eiffel,",
            "Armentières – 2005",
        ],
        [True, True, False],
    )
    assert _studies(items) == [("Lycée Gustave Eiffel", "Bac pro"), ("Lycée Gustave Eiffel", "BEP")]
    assert items[1]["endDate"] == "2005"


def test_romanian_vocational_certificate_before_its_lycee():
    """ "Atestat profesional Zugrav-vopsitor – Liceul Tehnologic …": no diploma known, the certificate and its school
    were read as one school's name."""
    items = parse_education(["2007 : Atestat profesional Zugrav-vopsitor – Liceul Tehnologic de Construcții Iași"])
    assert _studies(items) == [("Liceul Tehnologic de Construcții Iași", "Atestat profesional")]


def test_lawyers_certificate_under_a_long_school_name_with_its_initials():
    """ "Certificat d'aptitude à la profession d'avocat (CAPA)" over "École de formation professionnelle des barreaux
    de la cour d'appel de Paris (EFB)": the initials made the name one word too long for a school, and the
    certificate was read by its initials as the agricultural CAP."""
    items = parse_education(
        [
            "Certificat d'aptitude à la profession d'avocat (CAPA) | 2009",
            "École de formation professionnelle des barreaux de la cour d'appel de Paris (EFB)",
            "Maîtrise de droit des affaires | 2005",
            "Université de Montpellier",
        ],
        [True, False, True, False],
    )
    assert items[0]["studyType"] == "Certificat d'aptitude à la profession d'avocat"
    assert (
        items[0]["institution"] == "École de formation professionnelle des barreaux de la cour d'appel de Paris (EFB)"
    )
    assert items[0]["_level"] == 5


def test_bar_exam_preparation_at_its_private_school():
    items = parse_education(
        ["Master 2 Droit des affaires | 2024", "Université de Versailles", "Préparation CRFPA | 2024", "Prépa Dalloz"]
    )
    assert _studies(items)[1] == ("Prépa Dalloz", "Préparation CRFPA")


def test_certificate_from_the_distance_learning_centre():
    """ "Certificat de secrétaire juridique – CNED": the centre was no school, so the certificate, alone with no rung,
    was dropped beside the BTS."""
    text = (
        "Camille Martin\ncamille.martin@exemple.fr\n\nFORMATION\n"
        "2009 : Certificat de secrétaire juridique – CNED\n"
        "2006 : BTS Assistant de gestion PME-PMI – Lycée Ozenne, Toulouse\n"
    )
    assert _resume_studies(text) == [
        ("CNED", "Certificat de secrétaire juridique"),
        ("Lycée Ozenne", "BTS"),
    ]


def test_degree_wanted_in_the_objective_is_no_degree():
    """ "trouver une entreprise pour mon BTS NDRC en alternance": the tagger's degree was added to the studies, and
    the brevet went as a secondary school's under it."""
    text = (
        "Chloé PETIT\nAdresse : 8 allée des Tilleuls 62300 Lens\nchloe.petit62@hotmail.fr\n\nOBJECTIF\n"
        "trouver une entreprise pour mon BTS NDRC en alternance (septembre 2026)\n\nSCOLARITE\n"
        "2023-2026 : Bac Pro Métiers du Commerce et de la Vente option A (en cours) - Lycée Professionnel Auguste "
        "Behal, Lens\n"
        "2023 : Brevet des collèges (série professionnelle) - Collège Jean Jaurès, Lens\n"
        "\nSTAGES (PFMP)\nJanvier 2026 (4 semaines) : Vendeuse - Kiabi Lens\n"
    )
    assert _resume_studies(text) == [
        ("Lycée Professionnel Auguste Behal", "Bac Pro"),
        ("Collège Jean Jaurès", "Brevet des collèges"),
    ]


def test_school_years_are_studies():
    """ "Première générale (spécialités …) - Lycée Kléber", "Classe de 3e – Collège Jean Moulin": a class attended,
    no diploma; the lycée was read as the brevet's school, and the class had no studies."""
    items = parse_education(
        [
            "• Première générale (spécialités Maths, SES, LLCER anglais) - Lycée Kléber, Strasbourg - en cours",
            "• Brevet des collèges mention Très Bien - Collège Lezay-Marnésia - 2024",
        ]
    )
    assert _studies(items) == [("Lycée Kléber", "Première"), ("Collège Lezay-Marnésia", "Brevet des collèges")]
    assert "_level" not in items[0]
    assert "area" not in items[1]  # ("mention Très Bien": the grade, no field)
    items = parse_education(["2025 – 2026 : Classe de 3e – Collège Jean Moulin, Perpignan (en cours)"])
    assert _studies(items) == [("Collège Jean Moulin", "Classe de 3e")]


def test_subject_initials_ending_a_list_are_no_school():
    items = parse_education(["Bac général – spécialités SES / HLP — Lycée Saint-Just, Lyon | 2023"])
    assert items[0]["institution"] == "Lycée Saint-Just"


def test_integrated_preparatory_cycle_under_the_engineers_diploma():
    items = parse_education(
        [
            "Diplôme d'ingénieur – majeure Data & Intelligence Artificielle | 2021 – 2026",
            "ESILV – École Supérieure d'Ingénieurs Léonard de Vinci, Paris La Défense",
            "Cycle préparatoire intégré (2021-2023) puis cycle ingénieur",
            "Baccalauréat général – Lycée Hoche, Versailles | 2021",
        ],
        [True, False, False, True],
    )
    assert [item["studyType"] for item in items] == ["Diplôme d'ingénieur", "Baccalauréat général"]


def test_term_abroad_dated_as_the_lists_entries_is_one():
    """ "Sept. 2024 – Janv. 2025 Semestre Erasmus à l'Universidad de Salamanca (Espagne)" among entries dated the same
    way: an entry of the list (a term abroad remarked under a degree stays none)."""
    items = parse_education(
        [
            "2023 – 2026 (en cours) | Licence LEA Anglais-Espagnol, Université de Caen Normandie",
            "Sept. 2024 – Janv. 2025 Semestre Erasmus à l'Universidad de Salamanca (Espagne)",
            "2022 Baccalauréat général – Lycée Malherbe, Caen",
        ]
    )
    assert _studies(items)[1] == ("Universidad de Salamanca", "Semestre Erasmus")
    assert items[1]["startDate"] == "2024-09"


def test_long_degree_line_heads_its_entry():
    """A BUT and its track in 16 words, over "IUT d'Orléans | 2024 – 2027": too long for a header, so the IUT took the
    baccalauréat below it."""
    items = parse_education(
        [
            "BUT Gestion des Entreprises et des Administrations – parcours Contrôle entrepreneuriat et pilotage de la "
            "performance",
            "IUT d'Orléans | 2024 – 2027 (en cours)",
            "Bac général – spécialités Maths / SES",
            "Lycée Pothier, Orléans | 2024",
        ],
        [True, False, True, False],
    )
    assert _studies(items) == [("IUT d'Orléans", "BUT"), ("Lycée Pothier", "Bac général")]


def test_level_of_a_certificate_is_no_school():
    items = parse_education(["2017", "Certificat de sélection comparative SELOR – niveau B", "SELOR"])
    assert items[0]["institution"] == "SELOR"


def test_faculty_and_its_department_after_a_dash():
    items = parse_education(
        ["2011-2017 – Diplôme de Docteur en Pharmacie", "Faculté de Médecine d'Oran – Département de Pharmacie"],
        [True, False],
    )
    assert items[0]["institution"] == "Faculté de Médecine d'Oran – Département de Pharmacie"


def test_course_named_by_its_capacity_at_a_training_body():
    items = parse_education(
        [
            "2012 : Capacité professionnelle en assurance (niveau 1) - IFPASS",
            "1995 : BTS Action Commerciale - Lycée Ozenne",
        ]
    )
    assert _studies(items)[0] == ("IFPASS", "Capacité professionnelle en assurance (niveau 1)")


def test_financial_analysts_charter_and_a_languages_row_are_no_school():
    """ "CFA Charterholder (2019)" over "LANGUAGES | English (native), French (intermediate)": the charter was read as
    an apprentices' centre, and the level "intermediate" as India's diploma."""
    items = parse_education(
        [
            "2014 – 2015 | MSc Accounting and Finance",
            "London School of Economics and Political Science",
            "CFA Charterholder (2019)",
            "LANGUAGES | English (native), French (intermediate), Spanish (basic)",
            "SKILLS | Credit analysis, Financial modelling",
        ]
    )
    assert _studies(items) == [("London School of Economics and Political Science", "MSc")]


def test_date_columns_remark_wrapped_in_brackets():
    """ "… | 2021 – 2026 (en" over "ESILV – École … | cours)": the bracket left open took the school's line into the
    degree's."""
    joined = join_wrapped_ranges(
        [
            "Diplôme d'ingénieur – majeure Data & Intelligence Artificielle — | 2021 – 2026 (en",
            "ESILV – École Supérieure d'Ingénieurs Léonard de Vinci, Paris La Défense | cours)",
        ],
        [50.0, 50.0],
    )
    assert joined == [
        "Diplôme d'ingénieur – majeure Data & Intelligence Artificielle — | 2021 – 2026 (en cours)",
        "ESILV – École Supérieure d'Ingénieurs Léonard de Vinci, Paris La Défense",
    ]


def test_degree_wrapped_beside_dates_with_a_remark():
    """ "Licence professionnelle Logistique et pilotage | 2025 – 2026 (en alternance)" over "des flux — IUT du Havre"
    (bold, aligned): the field's end goes before the dates, as it does beside dates alone."""
    lines = [
        Line("Théo Blanc", size=14, bold=True, x0=50, top=40),
        Line("theo.blanc@exemple.fr", size=9, x0=50, top=60),
        Line("FORMATION", size=11, bold=True, x0=50, top=100),
        Line(
            "Licence professionnelle Logistique et pilotage | 2025 – 2026 (en alternance)",
            size=9,
            bold=True,
            x0=50,
            top=120,
        ),
        Line("des flux — IUT du Havre", size=9, bold=True, x0=50, top=131),
    ]
    education = analyze(Document(lines=lines, format="pdf", body_size=9))["education"]
    assert [(e.get("institution"), e.get("area")) for e in education] == [
        ("IUT du Havre", "Logistique et pilotage des flux")
    ]


def test_track_name_wrapped_before_the_school():
    items = parse_education(
        ["BUT Gestion des Entreprises et des Administrations (GEA) – parcours | 2024 – 2027", "GC2F — IUT de Tours"],
        [True, True],
    )
    assert items[0]["institution"] == "IUT de Tours"


def test_lycee_name_cut_at_the_line_end():
    items = parse_education(
        ["Bac pro Logistique — Lycée professionnel Porte | 2023", "Océane, Le Havre"], [True, False]
    )
    assert items[0]["institution"] == "Lycée professionnel Porte Océane"


def test_tagger_schools_on_a_branchs_a_firms_and_a_units_line():
    """ "Agence de Pau Université" and "Caisse Centrale de Réassurance" on jobs' lines, "• Institut de Santé et
    Développement (ISED)" under its university: the tagger's schools, added to the studies."""
    text = (
        "Kévin Lacoste\nkevin.lacoste64@gmail.com\n\nEXPERIENCES\n"
        "CRÉDIT AGRICOLE PYRÉNÉES GASCOGNE\n"
        "09/2022 - aujourd'hui : Conseiller clientèle particuliers en alternance\nAgence de Pau Université\n"
        "Mars 2011 – Août 2011 : Stagiaire actuariat\nCaisse Centrale de Réassurance · Paris\n"
        "\nFORMATIONS\n"
        "Master en Santé publique (2013 – 2015)\nUniversité Cheikh Anta Diop de Dakar\n"
        "• Institut de Santé et Développement (ISED)\n"
        "2020 : Bac STMG - Lycée Louis Barthou\n"
    )
    assert [institution for institution, _ in _resume_studies(text)] == [
        "Université Cheikh Anta Diop de Dakar",
        "Lycée Louis Barthou",
    ]

"""Faults of the twenty-eighth probing session where whole jobs were lost: headings of unknown wording over a
performer's or a technician's credits before the first known heading (their jobs were left in the header), a plain
text heading with a remark, credit rows and bulleted credits read as descriptions, dates wrapped onto the next line,
a job's labels that opened a section, a sentence naming an employer that opens with a small letter. Each test holds
one of them."""

from __future__ import annotations

from typing import Any

from parsing import analyze, parse_resume
from parsing.document import Document, Line

HEAD = "Camille Martin\ncamille.martin@exemple.fr\n06 12 34 56 78\n\n"


def _work(text: str, *, head: str = HEAD) -> list[dict[str, Any]]:
    return list(parse_resume((head + text).encode(), "cv.txt")["work"])


def _dates(work: list[dict[str, Any]]) -> list[tuple[str | None, str | None]]:
    return [(w.get("startDate"), w.get("endDate")) for w in work]


def _styled_work(rows: list[tuple[str, float, bool]]) -> list[dict[str, Any]]:
    """The work of a document whose lines are given with their size and weight, as a word processor sets them."""
    lines = [Line(text, size=size, bold=bold) for text, size, bold in rows]
    return list(analyze(Document(lines=lines, format="docx"))["work"])


def test_an_unknown_heading_set_as_the_known_ones_heads_the_jobs_before_them() -> None:
    """ "PRINCIPAUX CONTRATS", set as "FORMATION" and "COMPÉTENCES" are, before any heading of known wording: the jobs
    under it were left in the header and lost."""
    work = _styled_work(
        [
            ("Yannick Le Goff", 22, True),
            ("Régisseur lumière – Pupitreur", 11.5, False),
            ("37 bis rue de Paris, 93100 Montreuil | 06 71 28 44 93 | yannick.legoff@example.fr", 9.5, False),
            ("PRINCIPAUX CONTRATS", 11.5, True),
            ("juil. 2023 | Régie lumière – Festival d'Avignon, accueil de deux créations en extérieur", 9.5, True),
            (
                "sept. 2022 – avril 2023 | Régisseur lumière de tournée – « Les Heures blanches » – Cie La Traversée",
                9.5,
                True,
            ),
            ("Tournée nationale, 32 dates (Scènes nationales, CDN)", 9.5, False),
            ("2016 – 2018 | Électricien – Opéra de Lille", 9.5, True),
            ("FORMATION", 11.5, True),
            ("2011 | DMA Régie du spectacle – Lycée Jacques-Prévert, Boulogne-Billancourt", 9.5, True),
            ("COMPÉTENCES", 11.5, True),
            ("Consoles grandMA3, ETC Eos, Vectorworks", 9.5, False),
        ]
    )
    assert [(w.get("name"), w.get("startDate")) for w in work] == [
        ("Festival d'Avignon", "2023-07"),
        ("Cie La Traversée", "2022-09"),
        ("Opéra de Lille", "2016"),
    ]


def test_headings_in_bold_at_the_bodys_size_head_the_jobs_too() -> None:
    """ "Current roles" and "Previous experience" in bold at the body's size, as "Education" and "Languages" are: the
    jobs under them were left in the header."""
    work = _styled_work(
        [
            ("Grace Mensah-Dubois", 20, True),
            ("Radio journalist · Presenter", 11, False),
            ("Paris, France · +33 6 14 29 88 73 · grace.mensah@example.com", 9.5, False),
            ("Current roles", 10.5, True),
            ("Presenter / Producer — RFI English | Sept 2019 to date", 10.5, False),
            ("Presents the weekly culture show and news bulletins.", 9.5, False),
            ("Previous experience", 10.5, True),
            ("Reporter — Citi FM, Accra | 2013 – 2016", 10.5, False),
            ("Education", 10.5, True),
            ("MA International Journalism — City, University of London | 2016 – 2017", 10.5, False),
            ("Languages", 10.5, True),
            ("English (native), French (C1)", 10.5, False),
        ]
    )
    assert [(w.get("name"), w.get("startDate")) for w in work] == [("RFI English", "2019-09"), ("Citi FM", "2013")]


def test_an_actors_credit_rows_under_capitals_headings_are_jobs() -> None:
    """ "THÉÂTRE" and "CINÉMA / TÉLÉVISION" in capitals, as the text CV's known headings are, over rows opened by a
    year and set apart by bars, however long ("2022 | Comédienne | « Un été à Sète », long métrage de Lou Ferrand
    (second rôle) | Les Films du Vent"): no job was read."""
    text = """THÉÂTRE
2023-2024 | Comédienne | « Les Heures blanches », m.e.s. Claire Vautrin | Cie La Traversée | tournée nationale
2022 | Comédienne | « Le Misanthrope » (Célimène), m.e.s. Paul Desvignes | Théâtre de l'Aquarium | Paris

CINÉMA / TÉLÉVISION
2022 | Comédienne | « Un été à Sète », long métrage de Lou Ferrand (second rôle) | Les Films du Vent
2021 | Comédienne | « Les Falaises » saison 2, réal. Hugo Ménard, France 2 (rôle récurrent) | Nova Fiction

AUTRES EXPÉRIENCES
2014 – 2016 — Ouvreuse, Théâtre du Rond-Point (Paris)

FORMATION
2013 : Licence Arts du spectacle — Université Sorbonne Nouvelle

LANGUES
Italien (bilingue)
"""
    work = _work(text)
    assert _dates(work) == [("2023", "2024"), ("2022", "2022"), ("2022", "2022"), ("2021", "2021"), ("2014", "2016")]
    assert {w.get("position") for w in work[:4]} == {"Comédienne"}


def test_a_plain_text_heading_followed_by_a_remark_is_known() -> None:
    """ "EXPÉRIENCE - SPECTACLE VIVANT (intermittent depuis 2015)" between rules: the remark hid the heading, and
    the jobs under it were left in the header."""
    text = """-----------------------------------------------
EXPÉRIENCE - SPECTACLE VIVANT (intermittent depuis 2015)
-----------------------------------------------
- Régisseur général – Théâtre des Halles, Avignon (2019 – 2021)
- Régisseur lumière – La Manufacture, Avignon (2015 – 2018)

-----------------------------------------------
FORMATION
-----------------------------------------------
2006 : BP Électricien – CFA du BTP d'Avignon
"""
    assert [w.get("name") for w in _work(text)] == ["Théâtre des Halles", "La Manufacture"]


def test_bulleted_credits_opened_by_their_dates_are_jobs() -> None:
    """ "• 2020-2023 Comédien doubleur – Dubbing Brothers : voix française de …": a bullet opened by its dates, the
    title right after them with no separator, was read as a duty; so was one opened by a year alone and long."""
    text = """EXPÉRIENCE
• 2020-2023 Comédien doubleur – Dubbing Brothers (La Plaine Saint-Denis) : voix française de l'inspecteur Hale
• 2018-2022 Comédien doubleur – Studio VF Paris : séries d'animation
• 2015 Comédien – « Les Bonnes Intentions », création, m.e.s. Lise Carrère – Cie du Troisième Jour, tournée régionale
"""
    work = _work(text)
    assert _dates(work) == [("2020", "2023"), ("2018", "2022"), ("2015", "2015")]
    assert work[2]["name"] == "Cie du Troisième Jour"


def test_a_long_bullet_closed_by_its_bracketed_dates_is_a_job() -> None:
    """ "- Régie générale de tournée – « Sous la glace », Cie Les Ombres Portées, tournée nationale (janv. – mai
    2022)": a title and its employer, the dates closing the line in their bracket, read as a duty for its length; and
    "Régie générale", "Régie lumière" (a post in the performing arts) were no titles."""
    text = """EXPÉRIENCE
- Régie générale – Festival d'Aurillac (août 2023)
- Régie générale de tournée – « Sous la glace », Cie Les Ombres Portées, tournée nationale (janv. – mai 2022)
- Régie lumière – Festival d'Avignon (juillet 2022)
"""
    work = _work(text)
    assert [(w.get("position"), w.get("startDate")) for w in work] == [
        ("Régie générale", "2023-08"),
        ("Régie générale de tournée", "2022-01"),
        ("Régie lumière", "2022-07"),
    ]


def test_a_season_word_over_its_years_in_a_date_column_is_one_date() -> None:
    """ "Saison | Danseuse supplémentaire — Opéra Orchestre national Montpellier" over "2019-2020": the date column
    wrapped the season's years onto the next row, and the job had no dates."""
    text = """EXPÉRIENCE
2021 | Danseuse — Ballet du Nord, Roubaix
Saison | Danseuse supplémentaire — Opéra Orchestre national Montpellier
2019-2020
"""
    work = _work(text)
    assert _dates(work) == [("2021", "2021"), ("2019", "2020")]
    assert work[1]["name"] == "Opéra Orchestre national Montpellier"


def test_teaching_posts_on_long_lines_opened_by_their_dates_are_jobs() -> None:
    """ "=== ENSEIGNEMENT ===" over "Depuis 2014 : Professeur de jazz (…), Conservatoire Gabriel-Pierné, Metz": lines
    of a hundred characters or more were not counted as entries, and the teacher's posts stayed an academic's
    courses."""
    text = """=== ENSEIGNEMENT ===

Depuis 2014 : Professeur de jazz (contrebasse, atelier d'improvisation), Conservatoire Gabriel-Pierné, Metz
De 2012 à 2014 : Professeur de contrebasse et basse électrique, École de musique municipale de Thionville

=== FORMATION ===
2011 — DEM Jazz, Conservatoire à rayonnement régional de Strasbourg
"""
    assert [w.get("name") for w in _work(text)] == [
        "Conservatoire Gabriel-Pierné",
        "École de musique municipale de Thionville",
    ]


def test_a_ruled_heading_with_a_dash_before_the_known_ones_heads_jobs() -> None:
    """ "=== SCÈNE — PROJETS EN COURS ===" over bulleted jobs, before "=== ENSEIGNEMENT ===" (a known heading, jobs
    by their content): the first jobs were left in the header."""
    text = """=== SCÈNE — PROJETS EN COURS ===

▪ Naïa Quartet — Contrebassiste et co-leader (depuis 2017)
  2 albums, tournée nationale 2022 (26 dates)

=== ENSEIGNEMENT ===

Depuis 2014 : Professeur de jazz, Conservatoire Gabriel-Pierné, Metz
De 2012 à 2014 : Professeur de contrebasse, École de musique municipale de Thionville

=== FORMATION ===
2011 — DEM Jazz, Conservatoire à rayonnement régional de Strasbourg

=== LANGUES ===
Anglais, Allemand
"""
    work = _work(text)
    assert (work[0].get("name"), work[0].get("position")) == ("Naïa Quartet", "Contrebassiste et co-leader")
    assert len(work) == 3


def test_a_bracketed_range_cut_after_its_first_month_is_joined() -> None:
    """ "… Bataillon de marins-pompiers de Marseille (BMPM) (sept." over "2004 – mai 2012)": the range cut at the
    line's end, the job had no dates and was lost."""
    text = """EXPÉRIENCES
Chef d'agrès VSAV – SDIS des Bouches-du-Rhône, CIS Aix-en-Provence (juin 2012 – avril 2018)
Marin-pompier, puis second maître chef d'équipe – Bataillon de marins-pompiers de Marseille (BMPM) (sept.
2004 – mai 2012)
• Engagé dans la Marine nationale, affecté à la compagnie de la Timone
Sapeur-pompier volontaire – CIS de Gardanne (2002 – 2004)
"""
    assert _dates(_work(text)) == [("2012-06", "2018-04"), ("2004-09", "2012-05"), ("2002", "2004")]


def test_a_rows_last_cell_wrapped_onto_a_line_of_its_own_is_its_dates() -> None:
    """ "PRÉFECTURE DE L'OISE (Beauvais) | Cheffe du bureau des élections |" over "2011 – 2014": the row's last cell
    empty, its dates below; the job was lost."""
    text = """EXPÉRIENCES PROFESSIONNELLES
SOUS-PRÉFECTURE DE SAINT-QUENTIN (Aisne) | Secrétaire générale | 2014 – 2017
• Intérim du sous-préfet ; animation des services de l'arrondissement
PRÉFECTURE DE L'OISE (Beauvais) | Cheffe du bureau des élections et de la réglementation |
2011 – 2014
• Première affectation à la sortie de l'IRA
"""
    work = _work(text)
    assert _dates(work) == [("2014", "2017"), ("2011", "2014")]
    assert work[1]["position"] == "Cheffe du bureau des élections et de la réglementation"


def test_a_projects_label_under_a_job_before_a_title_with_its_months() -> None:
    """ "Projects handled:" under a job, the next job's "Site Engineer | Oct 2015 – Jan 2019" below: the months were
    read as the title's words, no title was found, and the label opened a section that took the later jobs."""
    text = """EMPLOYMENT RECORD
Qatar Building Company W.L.L. – Doha, Qatar
Project Engineer | Feb 2019 – Present
Projects handled:
• Lusail Marina Residential Towers – Client: Qatari Diar
Responsibilities: daily site management, subcontractor coordination.
Al Jaber Engineering L.L.C. – Doha, Qatar
Site Engineer | Oct 2015 – Jan 2019
• Execution of precast works for the Doha Metro.
"""
    assert [w.get("name") for w in _work(text)] == ["Qatar Building Company W.L.L", "Al Jaber Engineering L.L.C"]


def test_a_bulleted_projects_label_before_a_title_over_its_dates() -> None:
    """ "• Projects: ADNOC Onshore …" under a job, then "Piping Design Engineer" / "Engineers India Limited (EIL)" /
    "Jul 2008 – Apr 2012": the next job's dates alone on their line, its title above them, and the label opened a
    section."""
    text = """EXPERIENCE
Piping Engineer
Petrofac International Ltd, Sharjah, UAE
May 2012 – Jul 2016
• Projects: ADNOC Onshore Bab Compression (Client: ADCO); KNPC Clean Fuels Project MAB-1.
Piping Design Engineer
Engineers India Limited (EIL), New Delhi
Jul 2008 – Apr 2012
• Plot plans and equipment layouts for IOCL Paradip refinery units.
"""
    assert _dates(_work(text)) == [("2012-05", "2016-07"), ("2008-07", "2012-04")]


def test_a_sentence_names_an_employer_opening_with_a_small_letter() -> None:
    """ "• Working as Lead Engineer at eInfochips Ltd. (an Arrow company), Ahmedabad since Oct 2015.": the employer's
    name opens with a small letter and the job was lost."""
    text = """EXPERIENCE PROFILE
• Working as Lead Engineer at eInfochips Ltd. (an Arrow company), Ahmedabad since Oct 2015.
• Worked as Embedded Engineer at Volansys Technologies Pvt. Ltd., Ahmedabad (July 2012 – Sept 2015).
"""
    work = _work(text)
    assert ("eInfochips Ltd", "Lead Engineer", "2015-10") in [
        (w.get("name"), w.get("position"), w.get("startDate")) for w in work
    ]

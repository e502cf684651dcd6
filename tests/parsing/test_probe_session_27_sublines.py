"""Teachers' CVs: a dated responsibility written as a bullet under a post, France's teaching posts named by grade or
initials (TZR, PLP, CPE, caïman), the classes after a title, and a country's region before the country."""

from parsing import parse_resume
from parsing.structure.experience import header_fields, header_parts, parse_experience


def _roles(work):
    return [(item.get("position", ""), item.get("name", "")) for item in work]


def test_bracketed_responsibility_under_a_post_is_no_job():
    work = parse_experience(
        [
            "Collège Jean Moulin – Académie de Lille | Depuis 2020",
            "Professeur de lettres modernes",
            "• Professeur principal de 3e (2021-2024)",
            "• Coordonnateur du parcours Avenir et des stages de 3e",
            "Le Furet du Nord, Lille | 2013 – 2016",
            "Libraire vacataire",
        ]
    )
    assert _roles(work) == [
        ("Professeur de lettres modernes", "Collège Jean Moulin"),
        ("Libraire vacataire", "Le Furet du Nord"),
    ]
    # (a bullet that sets a title and its employer apart is a job of its own)
    work = parse_experience(["Serveur – Brasserie du Port | 2015 – 2020", "• Plongeuse – Le Grand Café (2016-2017)"])
    assert len(work) == 2


def test_responsibility_since_a_year_under_a_post_is_no_job():
    work = parse_experience(
        [
            "High School History Teacher",
            "The American School of Paris, Saint-Cloud | Aug 2017 – Present",
            "• Teach IB DP History HL/SL and AP US History",
            "• Head of Social Studies Department since 2021",
            "History Teacher",
            "Brookline High School, Massachusetts | Sep 2011 – Jun 2013",
        ]
    )
    assert [item.get("position") for item in work] == ["High School History Teacher", "History Teacher"]


def test_responsibility_under_a_title_over_its_dates():
    work = parse_experience(
        [
            "2011 – 2018",
            "Professeure d'EPS",
            "Lycée Champollion, Grenoble",
            "• Coordonnatrice de l'équipe EPS (2014-2018)",
            "• Animatrice de l'AS escalade",
            "2008 – 2009",
            "Professeure stagiaire d'EPS",
            "Collège Marie Curie, Échirolles",
        ]
    )
    assert _roles(work) == [
        ("Professeure d'EPS", "Lycée Champollion"),
        ("Professeure stagiaire d'EPS", "Collège Marie Curie"),
    ]


def test_teaching_posts_named_by_grade_or_initials_are_titles():
    """The tagger's check keeps a position only with a title's evidence: France's teaching posts had none."""
    cv = """Jean Payet
jean.payet@example.fr

PARCOURS
2012 - aujourd'hui : PLP maths-sciences physiques, Lycée professionnel Isnelle Amelin, Sainte-Marie (974)
- Coordonnateur du pôle sciences
2009 - 2012 : CPE contractuel, Lycée Voltaire, Orléans
2007 - 2009 : Caïman (agrégé préparateur), ENS de Lyon
2005 - 2007 : TZR, Collège Lumière, Besançon

FORMATION
2005 : CAPLP maths-sciences, Académie de Versailles
"""
    work = parse_resume(cv.encode(), "cv.txt")["work"]
    assert [item.get("position") for item in work] == [
        "PLP maths-sciences physiques",
        "CPE contractuel",
        "Caïman (agrégé préparateur)",
        "TZR",
    ]


def test_tzr_after_a_title_is_part_of_it():
    fields = header_fields(header_parts(["Professeure d'EPS, TZR", "Collège Jules Flandrin, Corenc"]))
    assert fields[:2] == ("Professeure d'EPS, TZR", "Collège Jules Flandrin")


def test_tzr_attachment_remark_is_dropped():
    work = parse_experience(
        [
            "Lycée Charles Baudelaire, Roubaix | 2017 – 2020",
            "TZR de lettres modernes – rattachement administratif",
        ]
    )
    assert _roles(work) == [("TZR de lettres modernes", "Lycée Charles Baudelaire")]


def test_classes_taught_after_the_title_are_no_employer():
    work = parse_experience(
        [
            "Depuis sept. 2019 | Professeure des écoles – CE1/CE2",
            "École élémentaire Jean Jaurès, Villeurbanne (69)",
            "• Classe de 24 élèves",
        ]
    )
    assert _roles(work) == [("Professeure des écoles – CE1/CE2", "École élémentaire Jean Jaurès")]


def test_region_before_its_country_is_the_place():
    fields = header_fields(header_parts(["Peace Corps Volunteer", "Peace Corps, Volta Region, Ghana"]))
    assert fields[:2] == ("Peace Corps Volunteer", "Peace Corps")

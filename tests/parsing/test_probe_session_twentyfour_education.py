"""Faults of the twenty-fourth probing session on studies (crafts, culture, defence and the sea, NGOs, research,
transport, Africa): the conservatoires', the merchant navy's and the British awards' diplomas, the training bodies
with no school's word in their names, and a school written with the body it belongs to after a dash. Each test holds
one of them."""

from __future__ import annotations

from parsing import parse_resume
from parsing.structure.education import find_degree

HEAD = "Camille Martin\ncamille.martin@exemple.fr\n\nFORMATION\n"


def _degrees(text: str) -> list[tuple[str | None, str | None]]:
    education = parse_resume(text.encode(), "cv.txt")["education"]
    return [(e.get("institution"), e.get("studyType")) for e in education]


def _key(text: str, *, courses: bool = False) -> str | None:
    degree = find_degree(text, courses=courses)
    return degree.key if degree else None


def test_conservatoire_maritime_and_british_diplomas():
    """ "DEM de violoncelle", "DNSP de comédien", "Brevet de capitaine 200 pêche", "Brevet de chef mécanicien 8000
    kW", "DPhil in Biochemistry", "GCE Advanced Level", "SVQ Level 3", "Federal VET Diploma (CFC)" and the merchant
    navy's "Diplôme d'officier de 1re classe … (grade de master)" were no degree (or the grade in brackets): only the
    school was read."""
    text = HEAD + (
        "2012 : DEM de violoncelle – Conservatoire à rayonnement régional de Toulouse\n"
        "2014 – 2017 : DNSP de comédien – Conservatoire national supérieur d'art dramatique\n"
        "2016 : Brevet de capitaine 200 pêche – Lycée professionnel maritime du Guilvinec\n"
        "2015 : Brevet de chef mécanicien 8000 kW – École nationale supérieure maritime\n"
        "2017 – 2022 : Diplôme d'officier de 1re classe de la marine marchande (grade de master) – École nationale "
        "supérieure maritime\n"
    )
    assert _degrees(text) == [
        ("Conservatoire à rayonnement régional de Toulouse", "DEM"),
        ("Conservatoire national supérieur d'art dramatique", "DNSP"),
        ("Lycée professionnel maritime du Guilvinec", "Brevet de capitaine 200 pêche"),
        ("École nationale supérieure maritime", "Brevet de chef mécanicien 8000 kW"),
        ("École nationale supérieure maritime", "Diplôme d'officier de 1re classe de la marine marchande"),
    ]
    english = "Ewan Campbell\newan@example.co.uk\n\nEDUCATION\n" + (
        "2013 – 2018 : DPhil in Biochemistry, University of Oxford\n"
        "2018 – 2019 : SVQ Level 3 in Hairdressing, Edinburgh College\n"
        "2009 : GCE Advanced Level (5 papers), Sacred Heart College\n"
    )
    assert _degrees(english) == [
        ("University of Oxford", "DPhil"),
        ("Edinburgh College", "SVQ Level 3"),
        ("Sacred Heart College", "GCE Advanced Level"),
    ]
    assert _key("Federal VET Diploma (CFC) in Logistics") == "bac"
    assert _key("National 5 qualifications") == "gcse"
    assert _key("Diplôme de technicien du bâtiment (Technikum budowlane)") == "technicien"
    assert _key("Diplôme Grande École (programme ESC)") == "master"
    # (the posts, a word and a month are no diploma)
    assert _key("Chef mécanicien 8000 kW") is None
    assert _key("Second capitaine, Brittany Ferries") is None
    assert _key("Demande de mutation") is None
    assert _key("dem de piano") is None
    assert _key("Diplôme de technicien supérieur") == "bts"


def test_courses_named_by_their_office_or_title_in_the_studies():
    """ "Probatoire G2" (Cameroon's examination before the baccalauréat), "Meilleur Ouvrier de France, classe
    Fromager", "Qualification d'officier de police judiciaire (OPJ)" and the CNFPT's "Formation initiale d'application
    des agents de police municipale" were no degree: the entry was lost or its line read as the school."""
    assert _key("Probatoire G2", courses=True) == "gcse"
    assert _key("Meilleur Ouvrier de France, classe Fromager", courses=True) == "mof"
    assert _key("Qualification d'officier de police judiciaire (OPJ)", courses=True) == "training"
    assert _key("Formation initiale d'application des agents de police municipale", courses=True) == "training"
    # (among the jobs or in a sentence, none is a diploma)
    assert _key("Meilleur Ouvrier de France, classe Fromager") is None
    assert _key("Qualification d'officier de police judiciaire") is None
    assert _key("Période probatoire de six mois", courses=True) is None
    assert _key("Qualification de la clientèle", courses=True) is None
    text = HEAD + (
        "2018 : Meilleur Ouvrier de France, classe Fromager\n"
        "2011 : Probatoire G2 — Lycée Technique de Bafoussam, Bafoussam\n"
    )
    assert _degrees(text) == [(None, "Meilleur Ouvrier de France"), ("Lycée Technique de Bafoussam", "Probatoire")]


def test_training_bodies_are_schools():
    """ "Les Compagnons du Devoir et du Tour de France", "Chambre de Métiers et de l'Artisanat du Puy-de-Dôme", "Centre
    national de formation à la police judiciaire", "CEFEDEM Auvergne-Rhône-Alpes": a training body with no school's
    word was no school, and the entry kept no institution (or was dropped)."""
    text = HEAD + (
        "2018\nBMA Ébéniste\nLes Compagnons du Devoir et du Tour de France, Angers\n"
        "2016\nBrevet de maîtrise Charcutier-Traiteur\nChambre de Métiers et de l'Artisanat du Puy-de-Dôme\n"
        "2016\nQualification d'officier de police judiciaire (OPJ)\n"
        "Centre national de formation à la police judiciaire · Fontainebleau\n"
        "2014\nDiplôme d'État de professeur de musique\nCEFEDEM Auvergne-Rhône-Alpes\n"
    )
    assert [school for school, _ in _degrees(text)] == [
        "Les Compagnons du Devoir et du Tour de France",
        "Chambre de Métiers et de l'Artisanat du Puy-de-Dôme",
        "Centre national de formation à la police judiciaire",
        "CEFEDEM Auvergne-Rhône-Alpes",
    ]
    # (a training session or department is no school)
    text = HEAD + "2019\nBTS Comptabilité\nFormation continue\n"
    assert [school for school, _ in _degrees(text)] == [None]


def test_a_school_and_the_body_it_belongs_to_after_a_dash():
    """ "CFA de l'industrie – Pôle formation UIMM, Saint-Nazaire", "Mines Paris – PSL", "ENAC – École nationale de
    l'aviation civile · Toulouse": a line of its own naming a school and, after a dash, the body or university it
    belongs to (or its full name) is one name; only one half was kept."""
    text = HEAD + (
        "2008 – 2010\nCAP Réalisations industrielles en chaudronnerie\nCFA de l'industrie – Pôle formation UIMM, "
        "Saint-Nazaire\n"
        "2021 – 2024\nDoctorat en robotique\nMines Paris – PSL\n"
        "2019 – 2020\nAdvanced Master in Airport Management\nENAC – École nationale de l'aviation civile · Toulouse\n"
    )
    assert [school for school, _ in _degrees(text)] == [
        "CFA de l'industrie – Pôle formation UIMM",
        "Mines Paris – PSL",
        "ENAC – École nationale de l'aviation civile",
    ]
    # (a school and its town, a school and its own diploma, or two schools on the degree's line stay apart)
    assert _degrees(HEAD + "2016\nBaccalauréat général\nLycée Carnot – Dijon\n") == [
        ("Lycée Carnot", "Baccalauréat général")
    ]
    assert _degrees(HEAD + "2014 : École du Louvre – Diplôme de premier cycle\n") == [
        ("École du Louvre", "Diplôme de premier cycle")
    ]
    assert ("MIT Sloan School of Management", "MBA") in _degrees(
        HEAD + "2006 HEC Paris – MIT Sloan School of Management, MBA\n"
    )
    # (review: what follows the dash must name a body itself; not a town the gazetteer does not know, a grade, a
    # field or a mode of study)
    for line in (
        "Lycée agricole Théodore Monod – Le Rheu",
        "Lycée Masséna – Mention Très bien",
        "Université Paris Nanterre – Sciences de l'éducation",
        "Université de Limoges – Enseignement à distance",
    ):
        school = line.split(" – ")[0]
        assert [found for found, _ in _degrees(HEAD + f"2014 – 2016\nLicence\n{line}\n")] == [school], line


def test_a_training_bodys_words_inside_a_diplomas_field_name_no_school():
    """(review) "DU Direction d'organisme de formation – Université de Lille": the words of a training body inside
    the diploma's field; the field was lost as a school's name."""
    from parsing.structure.education import school_score

    assert school_score("du direction d'organisme de formation") < 1
    assert school_score("centre national de formation a la police judiciaire") >= 1
    assert school_score("les compagnons du devoir et du tour de france") >= 1


def test_a_named_college_or_school_then_its_university():
    """ "Teachers College, Columbia University", "The Fletcher School, Tufts University": a college or school with a
    name of its own, then its university after a comma, is one school (the university was a second entry, or lost)."""
    text = "Ella Brooks\nella@example.com\n\nEDUCATION\n" + (
        "2013 – 2015 : M.A. in Arts Administration, Teachers College, Columbia University\n"
        "2018 – 2020 : Master of Arts in Law and Diplomacy, The Fletcher School, Tufts University\n"
    )
    assert [school for school, _ in _degrees(text)] == [
        "Teachers College, Columbia University",
        "The Fletcher School, Tufts University",
    ]
    # (an Indian college named by its initials is affiliated to the university, no school of it; a school named by
    # its subject is known by its university's name)
    text = "Ravi Kumar\nravi@example.com\n\nEDUCATION\n" + (
        "2012 : Bachelor of Commerce, NMKRV College, Bangalore University\n"
        "2010 : MSc in Physics, School of Engineering, University of Leeds\n"
    )
    assert "NMKRV College, Bangalore University" not in [school for school, _ in _degrees(text)]
    assert "School of Engineering, University of Leeds" not in [school for school, _ in _degrees(text)]

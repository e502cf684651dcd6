"""Faults read off the twenty-seventh session's probe CVs (exported networking profiles, Europass forms, CV
builders' layouts): a post's place line under its dates ("Milan, Lombardy, Italy") read as the next employer, a
description wrapped onto the next line read as the next job's header or its year as a job, the form's footer read as a
job, a degree's line or a school's name read as a heading, a title's scope dropped. Each test failed before its fix."""

from __future__ import annotations

from parsing import analyze
from parsing.document import Document, Line
from parsing.structure.experience import header_fields, is_region_line, parse_experience
from parsing.structure.sections import heading_kind


def _pairs(lines: list[str]) -> list[tuple[str | None, str | None]]:
    return [(item.get("name"), item.get("position")) for item in parse_experience(lines)]


def _pdf(rows: list[tuple[str, float]], *, pages: int = 1) -> Document:
    """A one-column PDF's lines, (text, size), one under the other; a row "\f" starts a new page."""
    lines: list[Line] = []
    page, top = 0, 60.0
    for text, size in rows:
        if text == "\f":
            page, top = page + 1, 60.0
            continue
        lines.append(Line(text, page=page, block=page, size=size, x0=57.0, top=top))
        top += 14.0
    return Document(lines, "pdf", pages=pages, body_size=10.0)


def _jobs(document: Document) -> list[tuple[str | None, str | None, str | None]]:
    return [(item.get("name"), item.get("position"), item.get("startDate")) for item in analyze(document)["work"]]


def test_a_town_its_region_and_its_country_under_a_posts_dates_name_no_employer() -> None:
    """ "Milan, Lombardy, Italy", "Dorval, Quebec, Canada", "Berlin, Berlin, Germany", "Brittany, France": the place
    an exported profile writes under a post's dates (a region the gazetteer does not know, a province that is also a
    town, a city that is its own region, a region alone) was read as the next employer's line."""
    assert all(
        is_region_line(line)
        for line in ["Milan, Lombardy, Italy", "Dorval, Quebec, Canada", "Berlin, Berlin, Germany", "Brittany, France"]
    )
    assert not is_region_line("Lyon, Capgemini, France") and not is_region_line("Brittany Ferries, France")
    lines = [
        "Schneider Electric",
        "7 years 11 months",
        "Regional Sales Manager Southern Europe",
        "September 2020 - Present (4 years 3 months)",
        "Rueil-Malmaison, Île-de-France, France",
        "Leading 4 country sales teams (Spain, Portugal, Italy, Greece) - 35",
        "people, €140M revenue.",
        "Key Account Manager",
        "January 2017 - August 2020 (3 years 8 months)",
        "Milan, Lombardy, Italy",
        "Legrand",
        "Area Sales Manager",
        "April 2013 - December 2016 (3 years 9 months)",
        "Limoges, Nouvelle-Aquitaine, France",
    ]
    assert _pairs(lines) == [
        ("Schneider Electric", "Regional Sales Manager Southern Europe"),
        ("Schneider Electric", "Key Account Manager"),
        ("Legrand", "Area Sales Manager"),
    ]


def test_an_unknown_town_under_a_later_posts_dates_is_its_place_not_its_employer() -> None:
    """ "DHL Supply Chain" / "7 years 9 months" heads its posts; "Trafford Park, England, United Kingdom" under the
    second post's dates (a town the gazetteer does not know) was read as that post's employer."""
    lines = [
        "DHL Supply Chain",
        "7 years 9 months",
        "Operations Manager",
        "November 2020 - Present (4 years 1 month)",
        "Trafford Park, England, United Kingdom",
        "• Leading 6 shift managers and 280 colleagues",
        "Shift Manager",
        "March 2017 - October 2020 (3 years 8 months)",
        "Trafford Park, England, United Kingdom",
        "Amazon",
        "Area Manager",
        "August 2014 - February 2017 (2 years 7 months)",
        "Warrington, England, United Kingdom",
    ]
    items = parse_experience(lines)
    assert [(item.get("name"), item.get("position")) for item in items] == [
        ("DHL Supply Chain", "Operations Manager"),
        ("DHL Supply Chain", "Shift Manager"),
        ("Amazon", "Area Manager"),
    ]
    assert items[1]["location"] == "Trafford Park, England, United Kingdom"


def test_a_description_wrapped_onto_the_next_line_heads_no_job() -> None:
    """A description cut by the layout: "(CA" / "20 M€ à 2 Md€)." closing its bracket, "… Pilotage des" / "people
    reviews, accompagnement de la réorganisation 2023," opening in lower case, "… Meilleur vendeur région" /
    "Sud-Ouest 2006." ending the sentence: the line carried on was read as the next job's employer, or its year as a
    job of its own."""
    lines = [
        "Deloitte France",
        "Auditeur financier",
        "septembre 2016 - février 2018 (1 an 6 mois)",
        "Toulouse, Occitanie, France",
        "Missions d'audit légal et contractuel pour des clients industriels (CA",
        "20 M€ à 2 Md€).",
        "Latécoère",
        "Assistant contrôleur de gestion",
        "2015 - 2016 (1 an)",
    ]
    assert _pairs(lines) == [
        ("Deloitte France", "Auditeur financier"),
        ("Latécoère", "Assistant contrôleur de gestion"),
    ]
    lines = [
        "Decathlon",
        "8 ans 3 mois",
        "HR Business Partner",
        "janvier 2021 - aujourd’hui (3 ans 11 mois)",
        "Villeneuve-d'Ascq, Hauts-de-France, France",
        "HRBP des équipes Digital & Tech (350 collaborateurs). Pilotage des",
        "people reviews, accompagnement de la réorganisation 2023,",
        "déploiement de Workday.",
        "Responsable ressources humaines magasin",
        "mai 2018 - décembre 2020 (2 ans 8 mois)",
        "Lille, Hauts-de-France, France",
        "Xerox",
        "Ingénieur commercial",
        "septembre 2004 - décembre 2007 (3 ans 4 mois)",
        "Mérignac, Nouvelle-Aquitaine, France",
        "Vente de solutions d'impression et de gestion documentaire aux",
        "entreprises et collectivités de Gironde. Meilleur vendeur région",
        "Sud-Ouest 2006.",
    ]
    assert _pairs(lines) == [
        ("Decathlon", "HR Business Partner"),
        ("Decathlon", "Responsable ressources humaines magasin"),
        ("Xerox", "Ingénieur commercial"),
    ]


def test_the_opening_words_of_a_description_are_no_post_of_their_own() -> None:
    """ "Tech lead for the card processing squad. Led the migration of the …" under a post: the field tagger's
    "Tech lead" was added as one more job."""
    document = _pdf(
        [
            ("Sam Carter", 24),
            ("sam.carter@example.com", 10),
            ("Experience", 13),
            ("Monzo Bank", 12),
            ("5 years 8 months", 10),
            ("Senior Software Engineer", 11),
            ("August 2021 - Present (3 years 4 months)", 10),
            ("London, England, United Kingdom", 10),
            ("Tech lead for the card processing squad. Led the migration of the", 10),
            ("authorisation service to a new event-sourced architecture, reducing", 10),
            ("p99 latency by 40%.", 10),
            ("Software Engineer", 11),
            ("April 2019 - July 2021 (2 years 4 months)", 10),
            ("London, England, United Kingdom", 10),
        ]
    )
    assert [job[:2] for job in _jobs(document)] == [
        ("Monzo Bank", "Senior Software Engineer"),
        ("Monzo Bank", "Software Engineer"),
    ]


def test_a_buyer_named_by_the_kind_of_buying_is_a_title() -> None:
    """ "Strategic Buyer - Indirect Procurement": "Strategic Buyer" read as no title, the area it covers as the post."""
    parts = ["bioMérieux", "Strategic Buyer", "Indirect Procurement"]
    assert header_fields(parts)[:2] == ("Strategic Buyer – Indirect Procurement", "bioMérieux")


def test_a_title_in_capitals_beside_a_name_in_mixed_case_is_no_second_title() -> None:
    """ "STAGIAIRE DÉVELOPPEMENT COMMERCIAL – Business France" after the town: the two parts were joined as two
    titles ("Business" opens titles), the employer lost."""
    parts = ["Dakar, Sénégal", "STAGIAIRE DÉVELOPPEMENT COMMERCIAL", "Business France"]
    assert header_fields(parts) == ("STAGIAIRE DÉVELOPPEMENT COMMERCIAL", "Business France", "Dakar, Sénégal")


def test_an_internship_and_its_field_are_the_post() -> None:
    """ "ERASMUS+ INTERNSHIP, DATA ANALYTICS – Siemens AG": the internship was dropped as a contract's word and the
    field kept as the title."""
    parts = ["Munich, Germany", "ERASMUS+ INTERNSHIP, DATA ANALYTICS", "Siemens AG"]
    assert header_fields(parts) == ("ERASMUS+ INTERNSHIP, DATA ANALYTICS", "Siemens AG", "Munich, Germany")


def test_a_function_or_a_market_after_a_titles_comma_stays_in_the_title() -> None:
    """ "Senior Associate, Audit", "Summer Intern, Finance", "Head of Brand Marketing, EMEA" under the employer's
    line: what the post covers, in one word, was dropped."""
    assert header_fields(["KPMG Canada", "Senior Associate, Audit", "Montreal, Quebec, Canada"])[:2] == (
        "Senior Associate, Audit",
        "KPMG Canada",
    )
    assert header_fields(["Desjardins", "Summer Intern, Finance", "Lévis, Quebec, Canada"])[:2] == (
        "Summer Intern, Finance",
        "Desjardins",
    )
    assert header_fields(["Stripe", "Head of Brand Marketing, EMEA", "Dublin, County Dublin, Ireland"])[:2] == (
        "Head of Brand Marketing, EMEA",
        "Stripe",
    )


def test_the_european_forms_footer_row_is_no_job() -> None:
    """The Europass form's footer, its cells joined on one row ("LAMBERT Stéphane | © Communautés européennes, 2003
    20060628"), was read as a job of 2003 at "© Communautés européennes"."""
    footer = [
        ("Page 1 - Curriculum vitae de | Pour plus d'informations sur Europass: http://europass.cedefop.europa.eu", 7),
        ("LAMBERT Stéphane | © Communautés européennes, 2003 20060628", 7),
    ]
    document = _pdf(
        [
            ("Europass Curriculum Vitae", 16),
            ("Informations personnelles", 11),
            ("Nom(s) / Prénom(s) | LAMBERT Stéphane", 9),
            ("Courrier électronique | stephane.lambert31@wanadoo.fr", 9),
            ("Expérience professionnelle", 11),
            ("Dates | Depuis septembre 2015", 9),
            ("Fonction ou poste occupé | Responsable qualité fournisseurs", 9),
            ("Nom et adresse de l'employeur | Thales Alenia Space, Toulouse (France)", 9),
            *footer,
            ("\f", 0),
            ("Dates | Mars 2009 - Août 2015", 9),
            ("Fonction ou poste occupé | Ingénieur qualité produit", 9),
            ("Nom et adresse de l'employeur | Liebherr-Aerospace Toulouse SAS, Toulouse (France)", 9),
            *footer,
        ],
        pages=2,
    )
    assert [job[:2] for job in _jobs(document)] == [
        ("Thales Alenia Space", "Responsable qualité fournisseurs"),
        ("Liebherr-Aerospace Toulouse SAS", "Ingénieur qualité produit"),
    ]


def test_a_degree_line_is_no_heading() -> None:
    """ "MA User Experience Design" in the titles' bold under "EDUCATION" was read as an experience heading (its
    "Experience"), the degrees as jobs."""
    assert heading_kind("MA User Experience Design", 2) is None
    assert heading_kind("BSc Psychology", 2) is None


def test_a_school_named_after_its_programme_right_under_the_heading_is_no_heading() -> None:
    """ "TBS Education" right under "Formation" was read as a second heading, the school lost."""
    document = _pdf(
        [
            ("Claire Dupuy", 24),
            ("claire.dupuy@example.com", 10),
            ("Expérience", 13),
            ("Airbus", 12),
            ("Contrôleur de gestion", 11),
            ("janvier 2020 - Present (4 ans 11 mois)", 10),
            ("Formation", 13),
            ("TBS Education", 12),
            ("Master, Finance d'entreprise · (2012 - 2015)", 10),
            ("Lycée Pierre de Fermat", 12),
            ("Classe préparatoire ECS · (2010 - 2012)", 10),
        ]
    )
    schools = [item.get("institution") for item in analyze(document)["education"]]
    assert schools == ["TBS Education", "Lycée Pierre de Fermat"]


def test_a_builders_courses_are_no_jobs() -> None:
    """ "Courses" (a CV builder's section of trainings, each with its provider and dates) was read as jobs."""
    assert heading_kind("Courses", 2) == "certifications"
    assert heading_kind("Courses & Certifications", 2) == "certifications"


def test_the_forms_framework_level_between_a_degrees_two_lines_is_no_part_of_it() -> None:
    """ "EQF level 6" in its cell beside a degree wrapped onto two lines came between them: "Bachelor's Degree in
    Business Administration and EQF level 6"."""
    from parsing.structure.forms import europass_lines

    texts = [
        "PERSONAL INFORMATION",
        "Mother tongue(s) | Spanish",
        "Other language(s) | UNDERSTANDING | SPEAKING | WRITING",
        "EDUCATION AND TRAINING",
        "2010–2014 Bachelor's Degree in Business Administration and",
        "EQF level 6",
        "Management",
        "Universidad de Sevilla, Seville (Spain)",
    ]
    kept = [line.text for line in europass_lines([Line(text) for text in texts])]
    assert "EQF level 6" not in kept and "Management" in kept

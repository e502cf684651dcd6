"""Faults shown by realistic CVs written as real files in the seventeenth probing session (aviation, agriculture and
food, call centres, insurance, start-ups, Canada, Belgium and Luxembourg): each test holds one of them."""

from __future__ import annotations

import io

import docx
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

from parsing import parse_resume

from .files import text_jobs as _jobs
from .files import text_name as _name
from .files import text_schools as _schools


def _bold_then_regular_pdf(rows: list[tuple[str, str, str]]) -> bytes:
    """One line per row: its first text in bold, then (when given) a second text in a regular grey type, and (when
    given) a third at the right margin in the regular type, as dates are set."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    y = A4[1] - 60
    for bold, regular, right in rows:
        pdf.setFont("Helvetica-Bold", 10)
        pdf.setFillColorRGB(0, 0, 0)
        pdf.drawString(60, y, bold)
        pdf.setFont("Helvetica", 10)
        if regular:
            pdf.setFillColorRGB(0.47, 0.47, 0.47)
            pdf.drawString(60 + (stringWidth(bold + " ", "Helvetica-Bold", 10) if bold else 0), y, regular)
        if right:
            pdf.setFillColorRGB(0, 0, 0)
            pdf.drawRightString(A4[0] - 60, y, right)
        y -= 16
    pdf.save()
    return buffer.getvalue()


_GREY_TOWNS = [
    ("Thomas Vandenberghe", "", ""),
    ("", "thomas.vdberghe@example.be", ""),
    ("Employment History", "", ""),
    ("PROXIMUS", "Brussels", "Mar 2020 – Present"),
    ("", "Data Analyst", ""),
    ("KBC GROUP", "Leuven", "Sep 2017 – Feb 2020"),
    ("", "Junior BI Developer", ""),
    ("Education", "", ""),
    ("KU Leuven", "Leuven", "2015 – 2017"),
    ("", "Master of Science in Business Engineering", ""),
]


def test_a_town_in_regular_type_after_a_bold_employer_is_its_place_not_part_of_its_name() -> None:
    result = parse_resume(_bold_then_regular_pdf(_GREY_TOWNS), "cv.pdf")
    assert [(w.get("name"), w.get("position"), w.get("location")) for w in result["work"]] == [
        ("PROXIMUS", "Data Analyst", "Brussels"),
        ("KBC GROUP", "Junior BI Developer", "Leuven"),
    ]
    assert [e.get("institution") for e in result["education"]] == ["KU Leuven"]


def test_a_word_run_in_bold_then_a_town_in_regular_type_is_read_the_same() -> None:
    document = docx.Document()
    for bold, regular, right in _GREY_TOWNS:
        paragraph = document.add_paragraph()
        paragraph.add_run(bold).bold = True
        if regular:
            paragraph.add_run(f" {regular}" if bold else regular)
        if right:
            paragraph.add_run(f"\t{right}")
    buffer = io.BytesIO()
    document.save(buffer)
    result = parse_resume(buffer.getvalue(), "cv.docx")
    assert [(w.get("name"), w.get("location")) for w in result["work"]] == [
        ("PROXIMUS", "Brussels"),
        ("KBC GROUP", "Leuven"),
    ]
    assert [e.get("institution") for e in result["education"]] == ["KU Leuven"]


def test_a_bold_name_followed_by_a_regular_word_that_is_no_town_is_left_whole() -> None:
    rows = [("Anna Meier", "", ""), ("Experience", "", ""), ("Stadtwerke", "Basel AG", "2019 – 2021")]
    rows.append(("", "Analyst", ""))
    result = parse_resume(_bold_then_regular_pdf(rows), "cv.pdf")
    assert [w.get("name") for w in result["work"]] == ["Stadtwerke Basel AG"]


def test_what_a_title_covers_after_its_comma_is_no_employer_when_the_employer_and_its_town_follow() -> None:
    text = """Antoine Lefebvre
antoine@example.fr

EXPERIENCE
Treaty Underwriter
Jan 2019 - Present
AXA XL, Paris
• Priced property treaties
Actuarial Analyst, Reinsurance Pricing
Jun 2016 - Dec 2018
Covéa Re, Paris
• Built pricing models
"""
    assert _jobs(text) == [
        ("AXA XL", "Treaty Underwriter", "2019-01", None),
        ("Covéa Re", "Actuarial Analyst, Reinsurance Pricing", "2016-06", "2018-12"),
    ]


def test_the_same_when_the_dates_open_the_entry() -> None:
    text = """Mark Davies
mark@example.co.uk

Employment
Jun 2017 – Present
Senior Loss Adjuster, Major & Complex Loss
Crawford & Company — Cardiff
• Adjusts commercial property losses
Apr 2012 – May 2017 Loss Adjuster
Sedgwick — Bristol
"""
    assert _jobs(text) == [
        ("Crawford & Company", "Senior Loss Adjuster, Major & Complex Loss", "2017-06", None),
        ("Sedgwick", "Loss Adjuster", "2012-04", "2017-05"),
    ]


def test_a_french_title_and_its_scope_over_a_bank_and_its_town() -> None:
    text = """Marie-Ève Tremblay
marie@example.ca

EXPÉRIENCE
Conseillère, services bancaires
juin 2017 – avril 2019
Banque Nationale, Laval (Québec)
• Ouverture de comptes
"""
    assert _jobs(text) == [("Banque Nationale", "Conseillère, services bancaires", "2017-06", "2019-04")]


def test_title_scope_employer_and_city_on_one_line() -> None:
    text = """Antoine Lefebvre
antoine@example.fr

PROFESSIONAL EXPERIENCE
Actuarial Analyst, Reinsurance Pricing, Covéa Re, Paris
01/2021 – today
• Treaty pricing
Associate Product Owner, Spotify, Berlin
09/2018 – 12/2020
"""
    assert _jobs(text)[0] == ("Covéa Re", "Actuarial Analyst, Reinsurance Pricing", "2021-01", None)
    # (A branch between the employer and its town is no part of the title.)
    text = text.replace(
        "Actuarial Analyst, Reinsurance Pricing, Covéa Re, Paris", "Barista, Starbucks, Canary Wharf, London"
    )
    assert _jobs(text)[0][:2] == ("Starbucks", "Barista")


def test_a_firm_before_an_unknown_town_and_its_country_stays_the_employer() -> None:
    # "Elancourt, France": a town the gazetteer does not know, then its country; "Orange, France": a firm, then its.
    text = """Luc Bernard
luc@example.fr

EXPÉRIENCE
Ingénieur, Thales, Elancourt, France
2018 – 2021
Business Analyst, Digital
2016 – 2018
Orange, France
"""
    assert [(name, position) for name, position, _, _ in _jobs(text)] == [
        ("Thales", "Ingénieur"),
        ("Orange", "Business Analyst, Digital"),
    ]


def test_the_posts_of_air_crews_farms_call_centres_and_canadian_students_read_as_titles() -> None:
    from parsing.structure.experience import header_fields

    for employer, title in (
        ("easyJet", "Cabin Crew"),
        ("Lufthansa", "Purser"),
        ("Volotea", "Captain A319/A320"),
        ("Air Corsica", "OPL ATR 72-500/600"),
        ("Transavia", "Pilote de ligne"),
        ("Court of Justice of the European Union", "Lawyer-Linguist"),
        ("EARL du Bocage", "Porcher"),
        ("GAEC des Tilleuls", "Salarié agricole"),
        ("Les Vignerons de Saint-Chinian", "Œnologue"),
        ("Armatis", "Téléprospecteur"),
        ("Intelcia France", "Superviseure de plateau"),
        ("Altice Portugal", "Assistente de Apoio ao Cliente"),
        ("Radio-Canada", "Recherchiste"),
        ("Osler, Hoskin & Harcourt LLP", "Articling Student"),
        ("AXA France", "Agent général"),
    ):
        assert header_fields([employer, title])[:2] == (title, employer)
    # ("J.Crew" is a shop, not a crew.)
    assert header_fields(["Sales Assistant, J.Crew, London"])[:2] == ("Sales Assistant", "J.Crew")
    assert header_fields(["Ontario Teachers' Pension Plan", "Toronto, ON", "Co-op Student, Finance"]) == (
        "Co-op Student, Finance",
        "Ontario Teachers' Pension Plan",
        "Toronto, ON",
    )


def test_canadian_provinces_two_airports_towns_and_a_brand_in_lower_case_are_read_as_such() -> None:
    from parsing.structure.entries import header_parts
    from parsing.structure.experience import header_fields as fields

    def header_fields(lines: list[str]) -> tuple[str, str, str]:
        return fields(header_parts(lines))

    assert header_fields(["KPMG LLP — Winnipeg, MB", "Staff Accountant"]) == (
        "Staff Accountant",
        "KPMG LLP",
        "Winnipeg, MB",
    )
    assert header_fields(["The Keg Steakhouse + Bar | Moncton, NB", "Server"]) == (
        "Server",
        "The Keg Steakhouse + Bar",
        "Moncton, NB",
    )
    # ("NL" for the Netherlands, "PE" for physical education: no Canadian provinces in a European CV.)
    assert header_fields(["Philips, NL", "Account Manager"])[:2] == ("Account Manager", "Philips")
    assert header_fields(["Germanwings, Cologne/Bonn", "Flight Attendant"]) == (
        "Flight Attendant",
        "Germanwings",
        "Cologne/Bonn",
    )
    assert header_fields(["dnata Switzerland", "Ramp Agent"])[:2] == ("Ramp Agent", "dnata Switzerland")
    # (A sentence's verb in lower case before capitalised words names no firm.)
    assert header_fields(["managed Key Accounts", "Sales Manager"])[:2] == ("Sales Manager", "")
    assert header_fields(["Dassault Falcon Service – Le Bourget", "Responsable qualité"]) == (
        "Responsable qualité",
        "Dassault Falcon Service",
        "Le Bourget",
    )


def test_a_town_of_several_words_added_to_the_gazetteer_adds_none_of_its_words_alone() -> None:
    from parsing.structure.education import parse_education
    from parsing.structure.geo import CITIES

    assert not {"le", "la", "den", "plaine"} & set(CITIES)
    items = parse_education(["Le Wagon, Paris | 2021", "Web Development Bootcamp"])
    assert [(i.get("institution"), i.get("studyType")) for i in items] == [("Le Wagon", "Web Development Bootcamp")]


def test_a_french_number_in_pairs_beside_an_airline_named_after_a_country_stays_french() -> None:
    text = """Inès Haddad
Agente d'escale
Tremblay-en-France
06.15.92.48.03
ines@example.fr

Parcours professionnel
Février 2021 – Aujourd'hui : Agent d'escale – Groupe Europe Handling (CDI)
Aéroport Paris-CDG, Terminal 2
• Enregistrement et embarquement vols Air Algérie, Royal Air Maroc
"""
    assert parse_resume(text.encode(), "cv.txt")["basics"]["phone"] == "+33615924803"


def _dates_beside_a_sidebar_pdf() -> bytes:
    """A main column of jobs with their dates set at its right edge, right beside a sidebar of skills and schools
    (whose own years sit further out): the dates line up with the jobs' rows, not with the sidebar's."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    top = A4[1]
    pdf.setFont("Helvetica-Bold", 14)
    pdf.drawString(40, top - 50, "Jonas Weber")
    pdf.setFont("Helvetica", 9)
    pdf.drawString(40, top - 64, "jonas@example.de")
    pdf.setFont("Helvetica-Bold", 11)
    pdf.drawString(40, top - 100, "Experience")
    y = top - 120
    for employer, title, dates in (
        ("N26", "Growth Marketing Lead", "04.2022 - today"),
        ("Zalando SE", "Senior Marketing Manager", "07.2019 - 03.2022"),
        ("Wunderflats", "Online Marketing Manager", "10.2017 - 06.2019"),
        ("Rocket Internet", "Working Student Marketing", "04.2016 - 09.2017"),
    ):
        pdf.setFont("Helvetica-Bold", 10)
        pdf.drawString(40, y, f"{employer} — {title}")
        pdf.setFont("Helvetica", 8)
        pdf.drawRightString(380, y, dates)
        pdf.setFont("Helvetica", 9)
        pdf.drawString(40, y - 12, "Berlin, Germany")
        pdf.drawString(40, y - 24, "• Paid social and search in DACH")
        y -= 48
    side = [
        ("Helvetica-Bold", "Education"),
        ("Helvetica", "M.A. Economics"),
        ("Helvetica", "Humboldt-Universität zu Berlin"),
        ("Helvetica", "2015 - 2017"),
        ("Helvetica-Bold", "Skills"),
        ("Helvetica", "Paid social"),
        ("Helvetica", "Attribution"),
        ("Helvetica", "Marketing mix modelling"),
        ("Helvetica-Bold", "Languages"),
        ("Helvetica", "German (native)"),
        ("Helvetica", "English (C1)"),
    ]
    y = top - 100
    for font, text in side:
        pdf.setFont(font, 9)
        pdf.drawString(425, y, text)
        y -= 15
    pdf.save()
    return buffer.getvalue()


def test_dates_at_the_main_column_edge_beside_a_sidebar_stay_with_their_jobs() -> None:
    result = parse_resume(_dates_beside_a_sidebar_pdf(), "cv.pdf")
    assert [(w.get("name"), w.get("position"), w.get("startDate"), w.get("endDate")) for w in result["work"]] == [
        ("N26", "Growth Marketing Lead", "2022-04", None),
        ("Zalando SE", "Senior Marketing Manager", "2019-07", "2022-03"),
        ("Wunderflats", "Online Marketing Manager", "2017-10", "2019-06"),
        ("Rocket Internet", "Working Student Marketing", "2016-04", "2017-09"),
    ]
    assert [e.get("institution") for e in result["education"]] == ["Humboldt-Universität zu Berlin"]
    assert [language["language"] for language in result["languages"]] == ["German", "English"]


def test_a_school_with_its_town_in_brackets_a_french_diploma_and_an_acronym_with_a_small_letter() -> None:
    from parsing.structure.education import parse_education

    def schools(lines: list[str]) -> list[tuple[str | None, str | None]]:
        return [(item.get("institution"), item.get("studyType")) for item in parse_education(lines)]

    assert schools(["2021 – 2023 Master en sciences commerciales – ICHEC (Bruxelles)"]) == [("ICHEC", "Master")]
    assert schools(["Diplôme d'actuaire | 2009 – 2012", "ISFA, Lyon"]) == [("ISFA", "Diplôme d'actuaire")]
    assert schools(["Diplôme National d'Œnologue – Montpellier SupAgro, 2012"]) == [
        ("Montpellier SupAgro", "Diplôme National d'Œnologue")
    ]
    text = """Julie Lambert
julie@example.be

FORMATION ACADÉMIQUE
Bachelier en comptabilité
2014 – 2017
HELMo, Liège
"""
    assert _schools(text) == [("HELMo", "Bachelier")]
    # (A town alone in brackets after a degree names no school.)
    assert schools(["2019 Master Finance (Paris)"]) == [(None, "Master")]


def test_review_guards_of_the_seventeenth_session() -> None:
    from parsing.structure.entries import header_parts
    from parsing.structure.experience import header_fields

    def fields(*lines: str) -> tuple[str, str, str]:
        return header_fields(header_parts(list(lines)))

    # A family name in bold, then a given name that is also a town's; a school whose name holds its town.
    document = docx.Document()
    for bold, regular in (
        ("DUPONT", " Florence"),
        ("", "florence.dupont@example.fr – 06 12 34 56 78 – Lyon"),
        ("EXPÉRIENCE", ""),
        ("Analyste", ""),
        ("", "Natixis, Paris"),
        ("", "2016 – 2020"),
        ("FORMATION", ""),
        ("HEC", " Paris"),
        ("", "MSc Finance, 2016"),
    ):
        paragraph = document.add_paragraph()
        if bold:
            paragraph.add_run(bold).bold = True
        if regular:
            paragraph.add_run(regular)
    buffer = io.BytesIO()
    document.save(buffer)
    result = parse_resume(buffer.getvalue(), "cv.docx")
    assert result["basics"]["name"] == "DUPONT Florence"
    assert result["basics"]["location"]["city"] == "Lyon"
    assert [e.get("institution") for e in result["education"]] == ["HEC Paris"]
    # Surnames that are also posts; a firm named by its web address; words before a firm's name.
    text = "Thomas Hacker\nthomas.hacker@example.com | 0151 123 4567\n\nEXPERIENCE\n2019 – 2021 Analyst, Aviva\n"
    assert _name(text) == "Thomas Hacker"
    assert fields("Sales Rep", "Vendedor.com, Madrid")[:2] == ("Sales Rep", "Vendedor.com")
    assert fields("Customer Service Agent", "at Google Cloud")[1] in ("", "Google Cloud")
    assert fields("Account Manager", "own Business")[1] == ""
    # A title before a firm of partners; a title's tail that is no province.
    assert fields("Associate, Allen & Overy LLP")[:2] == ("Associate", "Allen & Overy LLP")
    assert fields("Counsel, Latham & Watkins LLP")[:2] == ("Counsel", "Latham & Watkins LLP")
    assert fields("Teacher, PE", "Acme Corp, Amsterdam") == ("Teacher, PE", "Acme Corp", "Amsterdam")
    # English words, and American towns, that the new European towns must not catch.
    text = "Sarah Jones\nsarah@example.com | 0412 345 678\n\nPROFILE\nMolecular biologist studying genes.\n"
    assert parse_resume(text.encode(), "cv.txt")["basics"]["phone"] == "+61412345678"
    text = (
        "Alex Morgan\nVenice, CA | (310) 555-0142 | alex@example.com\n\nEXPERIENCE\n2019 – 2021 Barista, Blue Bottle\n"
    )
    assert parse_resume(text.encode(), "cv.txt")["basics"]["phone"] == "+13105550142"
    # A firm whose name opens with a post's word is no post.
    text = """John Smith
john@example.com

EXPERIENCE
Assistant
Linguist Services Ltd, London
2017 - 2020
- Customer accounts
"""
    assert _jobs(text) == [("Linguist Services Ltd", "Assistant", "2017", "2020")]

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
    text = """Hannah Fischer
hannah@example.de

PROFESSIONAL EXPERIENCE
Product Owner, Recommendations, Deezer, Paris
01/2021 – today
• Ranking experiments
Associate Product Owner, Spotify, Berlin
09/2018 – 12/2020
"""
    assert _jobs(text)[0] == ("Deezer", "Product Owner, Recommendations", "2021-01", None)


def test_a_firm_before_an_unknown_town_and_its_country_stays_the_employer() -> None:
    # "Elancourt, France" and "Montrouge, France": a town the gazetteer does not know, then its country.
    text = """Luc Bernard
luc@example.fr

EXPÉRIENCE
Ingénieur, Thales, Elancourt, France
2018 – 2021
Vendeur, Maisons du Monde
Montrouge, France
2016 – 2018
"""
    assert [(name, position) for name, position, _, _ in _jobs(text)] == [
        ("Thales", "Ingénieur"),
        ("Maisons du Monde", "Vendeur"),
    ]

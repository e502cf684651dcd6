"""Faults of the twenty-seventh probing session on dates: a timeline's range whose end sits lower in its date column
than its start, the title between or beside them."""

from __future__ import annotations

from parsing import parse_resume
from parsing.structure.dates import join_wrapped_ranges
from parsing.structure.entries import _classify


def test_an_open_start_over_the_title_over_the_end():
    """ "March 2019 –" over "HR Manager" (further right) over "present | Standard Life, Edinburgh"."""
    texts = ["March 2019 –", "HR Manager", "present | Standard Life, Edinburgh", "• HR lead for 900 colleagues"]
    columns = [40.0, 120.0, 40.0, 120.0]
    assert join_wrapped_ranges(texts, columns) == [
        "March 2019 – present | HR Manager",
        None,
        "Standard Life, Edinburgh",
        "• HR lead for 900 colleagues",
    ]
    texts = ["2011 –", "HR Assistant", "2014 | Tesco, Livingston"]
    assert join_wrapped_ranges(texts, [40.0, 120.0, 40.0]) == ["2011 – 2014 | HR Assistant", None, "Tesco, Livingston"]


def test_a_start_beside_its_title_over_a_dotted_end():
    """ "Sept. 2019 | Infirmière coordinatrice" over "• aujourd'hui": the timeline's dot marks the end."""
    texts = ["Sept. 2019 | Infirmière coordinatrice", "• aujourd'hui", "EHPAD Les Tilleuls – Panazol"]
    assert join_wrapped_ranges(texts, [40.0, 41.0, 120.0]) == [
        "Sept. 2019 – aujourd'hui | Infirmière coordinatrice",
        None,
        "EHPAD Les Tilleuls – Panazol",
    ]
    texts = ["03/2013", "Infirmière en gériatrie", "• 08/2019 | CHU de Limoges – Limoges"]
    assert join_wrapped_ranges(texts, [40.0, 120.0, 41.0]) == [
        "03/2013 – 08/2019 | Infirmière en gériatrie",
        None,
        "CHU de Limoges – Limoges",
    ]


def test_dated_lines_of_a_list_stay_apart():
    # guard: two dated rows without a dash or a dot are two entries
    texts = ["2019 | BTS Comptabilité", "2021 | Licence professionnelle"]
    assert join_wrapped_ranges(texts, [40.0, 40.0]) == texts
    # guard: an end before the start is the next entry's date
    texts = ["2019 –", "Chef de projet", "2016 | Capgemini"]
    assert join_wrapped_ranges(texts, [40.0, 120.0, 40.0]) == texts
    # guard: the end in another column is no part of the range
    texts = ["2011 –", "HR Assistant", "2014 | Tesco, Livingston"]
    assert join_wrapped_ranges(texts, [40.0, 120.0, 300.0]) == texts


def test_a_diplomas_year_before_how_it_was_studied():
    """ "… – IAE de Tours (2010), formation continue": the year is the entry's though a remark follows it, so the
    next diploma keeps its own."""
    text = (
        "Jean Blanchard\njean.blanchard@gmail.com\n\nFormation\n"
        "Master Management des entreprises – IAE de Tours (2010), formation continue\n"
        "BTS Action commerciale – Lycée Paul-Louis Courier (2004)\n"
    )
    education = parse_resume(text.encode(), "cv.txt")["education"]
    assert [(item.get("studyType"), item.get("institution"), item.get("endDate")) for item in education] == [
        ("Master", "IAE de Tours", "2010"),
        ("BTS", "Lycée Paul-Louis Courier", "2004"),
    ]
    # guard: any other words after the year still keep a long line out of the headers
    assert _classify("Master Management des entreprises – IAE de Tours (2010), formation continue").dates
    line = "Projet phare lancé chez un client majeur (2017), réorganisation complète de l'entrepôt"
    assert _classify(line).dates is None

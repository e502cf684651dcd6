"""Review r4 of the lost-jobs merge: a work's title written wholly in quotes (a film, a play, a podcast) taken for the
employer of a credit, and a description after a spaced colon glued to the title or the employer. Each test holds one
of them."""

from __future__ import annotations

from typing import Any

from parsing import parse_resume

HEAD = "Camille Martin\ncamille.martin@exemple.fr\n06 12 34 56 78\n\n"


def _work(text: str, *, head: str = HEAD) -> list[dict[str, Any]]:
    return list(parse_resume((head + text).encode(), "cv.txt")["work"])


def _fields(work: list[dict[str, Any]]) -> list[tuple[str | None, str | None]]:
    return [(w.get("position"), w.get("name")) for w in work]


def test_a_film_in_french_quotes_is_no_employer_of_a_credit_row() -> None:
    """ "« Un été à Sète », long métrage de Lou Ferrand": the film the actress played in; the production company is
    the row's last field."""
    work = _work(
        "EXPÉRIENCES PROFESSIONNELLES\n"
        "2022      | Comédienne | « Un été à Sète », long métrage de Lou Ferrand (second rôle) | Les Films du Vent\n"
        "2021      | Comédienne | « Nos cuisines », création collective | Collectif Dix-Sept | Théâtre Gérard-Philipe, "
        "Saint-Denis\n\n"
        "FORMATION\n2014-2017 : Cours Florent\n"
    )
    assert _fields(work) == [("Comédienne", "Les Films du Vent"), ("Comédienne", "Collectif Dix-Sept")]


def test_a_short_film_in_english_quotes_is_no_employer_either() -> None:
    """ "“Vlakte” — short film, dir. Elise Maes" between the title and the production company."""
    work = _work(
        "EXPERIENCE\n"
        "2023 | Director of Photography | “Vlakte” — short film, dir. Elise Maes | Polder Pictures\n\n"
        "EDUCATION\n2016 | Master in Cinematography — INSAS, Brussels\n"
    )
    assert _fields(work) == [("Director of Photography", "Polder Pictures")]


def test_a_podcast_of_ones_own_in_quotes_names_no_employer() -> None:
    """ "Podcast host and producer — “Paris Sound Walks” (independent)": the podcast is a work of the person's, not a
    firm."""
    work = _work(
        "EXPERIENCE\n"
        "Podcast host and producer — “Paris Sound Walks” (independent) since 2020\n"
        "Reporter — Citi FM, Accra | 2013 – 2016\n\n"
        "EDUCATION\nMA International Journalism — City, University of London | 2016 – 2017\n"
    )
    assert _fields(work) == [("Podcast host and producer", None), ("Reporter", "Citi FM")]


def test_a_description_after_a_spaced_colon_is_no_part_of_the_title() -> None:
    """ "Online Editor (2018 - 2020): conform, finishing" under the firm's line: the dates set aside, what was done
    after the colon was glued to the title ("Online Editor : conform") or taken for the employer."""
    work = _work(
        "EMPLOYMENT\n"
        "Soho Post House Ltd, London                               2016 - 2020\n"
        "  * Online Editor (2018 - 2020): conform, finishing, deliverables for Netflix/BBC\n"
        "  * Edit Assistant (2016 - 2018): ingest, syncing, Avid project management\n\n"
        "EDUCATION\nBA (Hons) Film Production, University of the Arts London, 2012 - 2015\n"
    )
    assert _fields(work) == [("Online Editor", "Soho Post House Ltd"), ("Edit Assistant", "Soho Post House Ltd")]


def test_a_teaching_post_keeps_its_school_without_the_workshops_after_the_colon() -> None:
    """ "Intervenante théâtre, Lycée Paul-Éluard (Saint-Denis) : ateliers de l'option théâtre": the school's name
    ends at the colon."""
    work = _work(
        "AUTRES EXPÉRIENCES\n"
        "Depuis 2019 — Intervenante théâtre, Lycée Paul-Éluard (Saint-Denis) : ateliers de l'option théâtre, "
        "4 h/semaine\n\n"
        "FORMATION\n2014-2017 : Cours Florent\n"
    )
    assert _fields(work) == [("Intervenante théâtre", "Lycée Paul-Éluard")]


def test_an_employers_line_in_the_headings_type_opens_no_section_before_the_known_headings() -> None:
    """ "ACCOR HOTELS – PARIS", "NOVOTEL LYON" in bold capitals, as "FORMATION" and "LANGUES" are, over the jobs
    before any known heading: employers' lines (a firm's word, a town), not headings of unknown wording."""
    from parsing.document import Document, Line
    from parsing.structure.analyze import prepare

    rows = [
        ("Jean Martin", 20, True),
        ("Paris · 06 12 34 56 78 · jean@example.fr", 9.5, False),
        ("ACCOR HOTELS – PARIS", 11, True),
        ("2018 – 2022 : Réceptionniste de nuit", 9.5, False),
        ("NOVOTEL LYON", 11, True),
        ("2015 – 2018 : Réceptionniste", 9.5, False),
        ("FORMATION", 11, True),
        ("BTS Tourisme – Lycée Hôtelier | 2013 – 2015", 9.5, False),
        ("LANGUES", 11, True),
        ("Anglais", 9.5, False),
    ]
    _, sections = prepare(Document(lines=[Line(t, size=s, bold=b) for t, s, b in rows], format="docx"))
    assert [section.heading for section in sections][-2:] == ["FORMATION", "LANGUES"]
    assert not {"ACCOR HOTELS – PARIS", "NOVOTEL LYON"} & {section.heading for section in sections}

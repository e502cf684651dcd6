"""Review r1b of the twenty-ninth session's breaks, agencies, seasons, kitchen titles and health changes: rules that
read too much. Words of a break that open a title or a firm's name ("Relocation Consultant", "Déménagements Le
Gall"), a summer's day and month read as two years, a span's months in brackets taken for its dates, an employer's
line under an ordinary header row glued onto the title, a hospital's specialty read as its care group, a tail word
alone read as a title, two-word firms opening with "avant" / "before" read as career stages, apprenticeships read
as studies, "en mission" cutting a title, "Franchise" alone read as a post. Each test failed before its fix."""

from __future__ import annotations

from typing import Any

from parsing import analyze, parse_resume
from parsing.document import Document, Line
from parsing.structure.dates import find_date_ranges

HEAD = "Camille Martin\ncamille.martin@exemple.fr\n06 12 34 56 78\n\n"

Job = tuple[str | None, str | None, str | None, str | None]


def _work(text: str) -> list[dict[str, Any]]:
    return list(parse_resume((HEAD + text).encode(), "cv.txt")["work"])


def _jobs(text: str) -> list[Job]:
    return [(w.get("position"), w.get("name"), w.get("startDate"), w.get("endDate")) for w in _work(text)]


def _spans(text: str) -> list[tuple[str | None, str | None]]:
    return [(found.start, found.end) for found in find_date_ranges(text)]


def test_a_title_or_firm_opening_with_a_breaks_words_is_a_job() -> None:
    """ "Relocation Consultant – SIRVA", "Sick Leave Administrator", "Off-season maintenance technician": a break's
    words opening a title lost the job's dates, or the job itself."""
    assert _jobs(
        "EXPERIENCE\nRelocation Consultant – SIRVA, London\n2018 – 2022\n• Managed moves\n"
        "Relocation Manager – Cartus\n2015 – 2018\n• Managed moves\n"
    ) == [("Relocation Consultant", "SIRVA", "2018", "2022"), ("Relocation Manager", "Cartus", "2015", "2018")]
    assert _jobs(
        "EXPERIENCE\n2018 – 2022 Relocation Specialist, Santa Fe Relocation\n"
        "2019 – 2022 Sick Leave Administrator, NHS Shared Business Services\n"
        "2019 – 2021 Off-season maintenance technician, Val Thorens ski lifts\n"
    ) == [
        ("Relocation Specialist", "Santa Fe Relocation", "2018", "2022"),
        ("Sick Leave Administrator", "NHS Shared Business Services", "2019", "2022"),
        ("Off-season maintenance technician", "Val Thorens ski lifts", "2019", "2021"),
    ]


def test_a_trade_opening_with_a_moves_words_is_a_job() -> None:
    """ "Installation à domicile …", "Déménagement et manutention", "Déménagements Le Gall", "Chômage partiel puis
    Vendeuse": a move's or a break's words opening a trade, a firm or a title were read as time off."""
    work = _work(
        "EXPÉRIENCE PROFESSIONNELLE\n"
        "2019 – 2022 : Installation à domicile de box et fibre – Free, Lyon\n"
        "2019 – 2022 Installation à domicile (alarmes) chez Verisure\n"
        "2018 – 2021 : Déménagement et manutention – Demeco, Nantes\n"
        "2016 – 2018 : Chômage partiel puis Vendeuse – Fnac\n"
    )
    assert [w.get("startDate") for w in work] == ["2019", "2019", "2018", "2016"]
    assert {"Free", "Demeco", "Fnac"} <= {w.get("name") for w in work}
    assert "Demeco" in [w.get("name") for w in work] and "Fnac" in [w.get("name") for w in work]
    work = _work("EXPÉRIENCE PROFESSIONNELLE\nDéménagements Le Gall – Brest\n2015 – 2018\n• Chargement des camions\n")
    assert [(w.get("name"), w.get("startDate")) for w in work] == [("Déménagements Le Gall", "2015")]


def test_the_job_centre_with_duties_under_it_is_an_employer() -> None:
    """ "2015 – 2020 | Pôle emploi" over "• Accueil et suivi de 150 demandeurs d'emploi": a job there, dropped as a
    search for work."""
    work = _work(
        "EXPÉRIENCE PROFESSIONNELLE\n2015 – 2020 | Pôle emploi\n• Accueil et suivi de 150 demandeurs d'emploi\n"
    )
    assert [(w.get("name"), w.get("startDate")) for w in work] == [("Pôle emploi", "2015")]


def test_breaks_are_still_no_jobs() -> None:
    """Guard: the job centre named alone, a move and the break's words alone are still time between jobs."""
    assert _jobs(
        "EXPÉRIENCE PROFESSIONNELLE\n"
        "2020 – 2022 : Comptable – Fiduciaire Lebrun, Rennes\n"
        "2018 – 2020 | Pôle emploi\n"
        "2017 – 2018 : Déménagement – installation à Lyon\n"
        "2016 – 2017 : Relocation to Ireland\n"
        "2015 – 2016 : Sick leave\n"
        "2010 – 2015 : Vendeuse – Zara\n"
    ) == [("Comptable", "Fiduciaire Lebrun", "2020", "2022"), ("Vendeuse", "Zara", "2010", "2015")]


def test_a_summers_day_and_month_are_no_two_years() -> None:
    """ "Été 07/08 – 31/08/2019", "Saison d'hiver 11/12 au 15/04/2013": a day and its month read as a season's
    two years."""
    assert _spans("Été 07/08 – 31/08/2019") == [("2019-08", "2019-08")]
    assert _spans("Saison été 06/07 au 28/08/2021") == [("2021-08", "2021-08")]
    assert _spans("Saison d'hiver 11/12 au 15/04/2013") == [("2013-04", "2013-04")]
    assert _spans("summer 19/20") == []
    # guard: a winter season's two years
    assert _spans("Saison 19/20") == [("2019", "2020")]
    assert _spans("Winter season 23/24") == [("2023", "2024")]


def test_a_spans_months_in_brackets_are_no_dates_of_its_own() -> None:
    """ "2017 – 2022 (mars 2018 – juin 2018 en arrêt)": the months within the span, in brackets, replaced it."""
    assert _jobs(
        "EXPÉRIENCE PROFESSIONNELLE\n2017 – 2022 (mars 2018 – juin 2018 en arrêt) : Vendeuse – Zara, Lyon\n"
    ) == [("Vendeuse", "Zara", "2017", "2022")]
    work = _work("EXPERIENCE\n2016 – 2021 · Jan 2017 – Mar 2017 secondment to Paris\nAnalyst – Deloitte\n")
    assert [(w.get("startDate"), w.get("endDate")) for w in work] == [("2016", "2021")]


def _row(cells: tuple[str, ...], top: float) -> list[Line]:
    return [Line(text, size=10, x0=x0, top=top) for text, x0 in zip(cells, (50.0, 150.0, 330.0, 450.0), strict=False)]


def test_an_employers_line_under_an_ordinary_header_row_is_no_wrapped_cell() -> None:
    """ "2019 – 2022 | Chef de partie | CDI | Paris" over "Hôtel Ritz" at the title's edge: the employer was glued
    onto the title as a grid's wrapped cell."""
    lines = [
        Line("Camille Martin", size=16, bold=True, x0=50, top=40),
        Line("camille.martin@exemple.fr – 06 12 34 56 78", size=10, x0=50, top=60),
        Line("EXPÉRIENCE PROFESSIONNELLE", size=12, bold=True, x0=50, top=90),
        *_row(("2019 – 2022", "Chef de partie", "CDI", "Paris"), 110),
        Line("Hôtel Ritz", size=10, x0=150, top=122),
        Line("• Poste garde-manger, 120 couverts", size=10, x0=150, top=134),
        *_row(("2016 – 2019", "Commis de cuisine", "CDD", "Lyon"), 154),
        Line("Brasserie Georges", size=10, x0=150, top=166),
        Line("• Entrées froides et desserts", size=10, x0=150, top=178),
    ]
    work = analyze(Document(lines=lines, format="pdf", body_size=10))["work"]
    assert [(w.get("position"), w.get("name")) for w in work] == [
        ("Chef de partie", "Hôtel Ritz"),
        ("Commis de cuisine", "Brasserie Georges"),
    ]


def test_a_specialty_before_a_hospital_or_school_is_no_care_group() -> None:
    """ "Staff Nurse, Mental Health, St Thomas' Hospital": the ward's specialty read as the hospital's care group."""
    work = _work(
        "EXPERIENCE\n2019 – 2022 Staff Nurse, Mental Health, St Thomas' Hospital, London\n"
        "2017 – 2019 Healthcare Assistant, Women's Health, Rosie Hospital\n"
        "2015 – 2017 Occupational Health Advisor – Occupational Health, Royal London Hospital\n"
        "2011 – 2013 Tutor, Global Health, Imperial College\n"
    )
    assert [w.get("name") for w in work][:3] == ["St Thomas' Hospital", "Rosie Hospital", "Royal London Hospital"]
    assert not any("–" in (w.get("name") or "") for w in work)
    # guard: a health body's name before its hospital
    work = _work("EXPERIENCE\nRegistered Nurse\nMar 2019 – present\nEastern Health, Box Hill Hospital\n")
    assert [w.get("name") for w in work] == ["Eastern Health – Box Hill Hospital"]


def test_a_doctor_in_a_firms_name_is_no_job() -> None:
    """ "Team Leader, Doctor Care Anywhere, London": "Doctor" made a job of its own."""
    assert _jobs("EXPERIENCE\nTeam Leader, Doctor Care Anywhere, London\n2019 – 2022\n• Led a team\n") == [
        ("Team Leader", "Doctor Care Anywhere", "2019", "2022")
    ]


def test_a_two_word_firm_opening_with_before_is_an_employer() -> None:
    """ "AVANT GARDE", "APRÈS SKI", "BEFORE SUNRISE": firms' names read as stages of a career."""
    assert _jobs("EXPÉRIENCE PROFESSIONNELLE\nAVANT GARDE\nChargée de communication\n2019 – 2022\n") == [
        ("Chargée de communication", "AVANT GARDE", "2019", "2022")
    ]
    assert [job[1] for job in _jobs("EXPÉRIENCE PROFESSIONNELLE\nAPRÈS SKI\nServeuse\nHiver 2018\n")] == ["APRÈS SKI"]
    assert [job[1] for job in _jobs("EXPERIENCE\nBEFORE SUNRISE\nBarman\n2019 – 2022\n")] == ["BEFORE SUNRISE"]


def test_an_apprentices_jobs_are_jobs() -> None:
    """ "MES APPRENTISSAGES" over an apprentice's posts: read as studies, and lost."""
    assert _jobs(
        "MES APPRENTISSAGES\n2021 – 2023 : Apprenti boulanger – Boulangerie Paul, Lille\n"
        "2019 – 2021 : Apprenti pâtissier – Maison Meert, Lille\n"
    ) == [
        ("Apprenti boulanger", "Boulangerie Paul", "2021", "2023"),
        ("Apprenti pâtissier", "Maison Meert", "2019", "2021"),
    ]


def test_en_mission_inside_a_title_stays() -> None:
    """ "Chef de projet en mission humanitaire": "en mission" cut the title as a temp's status."""
    assert [
        job[0]
        for job in _jobs(
            "EXPÉRIENCE PROFESSIONNELLE\n2019 – 2022 : Chef de projet en mission humanitaire – MSF, Niger\n"
            "2016 – 2019 : Ingénieure en mission longue – Alten\n"
        )
    ] == ["Chef de projet en mission humanitaire", "Ingénieure en mission longue"]


def test_franchise_alone_is_no_post() -> None:
    """ "Franchise" over "Subway, Bristol": the noun read as a post (the accented "Franchisé" is one)."""
    assert _jobs("EXPERIENCE\nFranchise\nSubway, Bristol\n2019 – 2022\n") == [(None, "Subway", "2019", "2022")]
    assert _jobs("EXPÉRIENCE PROFESSIONNELLE\nFranchisé\nFranprix, Paris\n2010 – 2014\n") == [
        ("Franchisé", "Franprix", "2010", "2014")
    ]

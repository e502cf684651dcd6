"""IT consultants' CVs, second wave (session 29): chains named like a trade with their shop's town, a text file's
"> " duties, a consultancy's regional office, a job's tools wrapped in their small type."""

from __future__ import annotations

from parsing import analyze, parse_resume
from parsing.document import Document, Line
from parsing.structure.sections import split_sections


def _work(text: str) -> list[dict]:
    return parse_resume(text.encode("utf-8"), "cv.txt")["work"]


def test_a_chain_named_like_a_trade_with_its_shops_town_is_the_employer():
    # ("Vendeur conseil multimédia - Boulanger Metz" swapped the post and the firm; "Vendeuse – Boulanger Nantes
    # Atlantis" lost the firm)
    text = (
        "Paul Martin\npaul.martin@example.fr\n\nEXPÉRIENCES\n"
        "Vendeur conseil multimédia - Boulanger Metz - 2012 - 2017\n• Conseil clients\n"
        "Vendeuse (CDI) – Boulanger Nantes Atlantis\nDepuis juillet 2024\n• Vente de produits\n"
        "Vendeur – Boulanger Lyon\n2020 – 2022\n• Vente\n"
    )
    assert [(w.get("position"), w.get("name"), w.get("location")) for w in _work(text)] == [
        ("Vendeur conseil multimédia", "Boulanger", "Metz"),
        ("Vendeuse", "Boulanger", "Nantes Atlantis"),
        ("Vendeur", "Boulanger", "Lyon"),
    ]


def test_arrow_marked_duties_under_unmarked_headers_make_no_job():
    # ("> Conseil clients, …, meilleur vendeur du magasin 2016" was read as a job of 2016)
    text = (
        "Paul Martin\npaul.martin@example.fr\n\nEXPÉRIENCES\n"
        "Technicien support N2 - Computacenter - depuis 11/2020\n> Résolution des incidents N2\n"
        "Vendeur - Darty - 2012 - 2017\n> Conseil clients, installation de produits, meilleur vendeur du magasin 2016\n"
    )
    work = _work(text)
    assert [(w.get("position"), w.get("name"), w.get("startDate")) for w in work] == [
        ("Technicien support N2", "Computacenter", "2020-11"),
        ("Vendeur", "Darty", "2012"),
    ]


def test_arrow_marked_headers_holding_the_ranges_stay_headers():
    text = (
        "Paul Martin\npaul.martin@example.fr\n\nPARCOURS\n"
        "> Directeur financier | Finance Conseil, Montpellier | juin 2021 à ce jour\n"
        "Mise en place d'un plan de trésorerie ; Recrutement du successeur en 2023.\n"
        "> Contrôleur de gestion | Sanofi, Montpellier | sept. 2006 – mai 2021\n"
        "Construction du budget annuel.\n"
    )
    assert [(w.get("position"), w.get("name")) for w in _work(text)] == [
        ("Directeur financier", "Finance Conseil"),
        ("Contrôleur de gestion", "Sanofi"),
    ]


def test_a_firms_regional_office_is_no_employer():
    # ("EXPLEO France – Agence Grand Est" read the office for the employer and the firm for a title)
    text = (
        "Paul Martin\npaul.martin@example.fr\n\nEXPÉRIENCE PROFESSIONNELLE\n"
        "Ingénieur logiciel – Alten France – Agence Sud-Ouest\n2018 – 2021\n• Développement\n"
        "Technicien – Onet – Agence Île-de-France\n2015 – 2018\n• Maintenance\n"
    )
    assert [(w.get("position"), w.get("name")) for w in _work(text)] == [
        ("Ingénieur logiciel", "Alten France"),
        ("Technicien", "Onet"),
    ]


def _pdf_job(top: float, dates: str, title: str, duty: str, tools: list[str]) -> list[Line]:
    lines = [
        Line(dates, size=9.5, x0=48, top=top),
        Line(title, size=10.5, bold=True, x0=140, top=top),
        Line(duty, size=10, x0=142, top=top + 13),
    ]
    lines += [Line(text, size=9.5, x0=140, top=top + 26 + 12.6 * i) for i, text in enumerate(tools)]
    return lines


def test_a_jobs_tools_wrapped_in_their_small_type_stay_its_tools():
    # ("Environnement technique : …, SQL" then "Server, Azure DevOps" over the next job's dates: the wrapped end was
    # read as that job's header, and the job after it lost)
    lines = [
        Line("Julien Martin", size=16, bold=True, x0=48, top=40),
        Line("julien.martin@exemple.fr", size=10, x0=48, top=60),
        Line("EXPÉRIENCE PROFESSIONNELLE", size=12, bold=True, x0=48, top=100),
        *_pdf_job(
            120,
            "2021 – 2024",
            "Développeur .NET – Sopra Steria",
            "• Refonte du portail client",
            ["Environnement technique : .NET 6, C#, ASP.NET Core, Azure App Service, SQL", "Server, Azure DevOps"],
        ),
        *_pdf_job(200, "2018 – 2021", "Développeur web – Capgemini", "• Applications métiers", ["Environnement : PHP"]),
    ]
    sections = split_sections(lines, 10)
    skills = [text for s in sections if s.kind == "skills" for text in s.texts]
    assert skills[:2] == [".NET 6, C#, ASP.NET Core, Azure App Service, SQL", "Server, Azure DevOps"]
    work = analyze(Document(lines=lines, format="pdf", body_size=10))["work"]
    assert [(w.get("position"), w.get("name"), w.get("startDate")) for w in work] == [
        ("Développeur .NET", "Sopra Steria", "2021"),
        ("Développeur web", "Capgemini", "2018"),
    ]

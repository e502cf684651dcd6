"""Review r3 of the twenty-eighth session's Indian/US IT CV fixes: a flattened CV's headings are words in capitals
that stand between sentences, not inside one (nor after an acronym they follow); a job stated in the summary by a
word of the present stays; a post on one's own account above a job's employer line is no promotion there."""

from __future__ import annotations

from typing import Any

from parsing import parse_resume
from parsing.document import Line
from parsing.structure.sections import unflattened

HEAD = "John Smith\njohn.smith@example.com\n+1 555 123 4567\n\n"
HEAD_FR = "Marie Dupont\nmarie.dupont@example.fr\n06 12 34 56 78\n\n"

_SUMMARY_FR = (
    "Ingénieure en FORMATION continue depuis dix ans, j'accompagne les équipes de la DIRECTION des ressources "
    "humaines dans la conception de parcours de COMPETENCES et la gestion de PROJETS transverses, avec un goût marqué "
    "pour la pédagogie, l'animation de groupes et la conduite du changement dans des environnements exigeants."
)
_SUMMARY_EN = (
    "Experienced IT manager with a background in EDUCATION technology and SKILLS development programmes, having led "
    "PROJECTS for public sector clients across the UK and Europe, including the rollout of learning platforms for "
    "40,000 users and the migration of legacy REFERENCES databases to the cloud, with a focus on quality and delivery."
)


def _parse(text: str, head: str = HEAD) -> dict[str, Any]:
    return parse_resume((head + text).encode(), "cv.txt")


def _texts(text: str) -> list[str]:
    return [line.text for line in unflattened([Line(text=t) for t in text.splitlines() if t.strip()])]


def test_words_in_capitals_inside_a_long_french_sentence_are_no_headings():
    """A summary paragraph that sets a few words in capitals ("en FORMATION continue", "de PROJETS transverses"):
    it was cut at each of them and its pieces read as sections (a project made of half a sentence)."""
    text = (
        f"PROFIL\n{_SUMMARY_FR}\n\nEXPÉRIENCE PROFESSIONNELLE\nResponsable formation – Groupe SEB, Lyon\n2015 – 2023\n"
    )
    assert _SUMMARY_FR in _texts(text)
    assert _parse(text, HEAD_FR)["projects"] == []


def test_words_in_capitals_inside_a_long_english_sentence_are_no_headings():
    text = f"SUMMARY\n{_SUMMARY_EN}\n\nEXPERIENCE\nIT Manager – Capita, London\nJan 2015 – Dec 2023\n"
    assert _SUMMARY_EN in _texts(text)
    assert _parse(text)["projects"] == []


def test_a_flattened_heading_after_an_acronym_in_capitals_is_found():
    """ "… Strong in Spring Boot and AWS WORK EXPERIENCE Company: …": the heading follows a word in capitals, and
    the run of capitals was only tried from its first word: the jobs stayed in the summary."""
    text = (
        "CAREER OBJECTIVE To pursue a challenging career in software development. PROFESSIONAL SUMMARY • 8 years of "
        "experience in Java • Strong in Spring Boot and AWS WORK EXPERIENCE Company: Infosys Ltd, Bangalore "
        "Designation: Senior Software Engineer Duration: Jun 2015 - Present • Built payment APIs Company: Wipro "
        "Technologies Designation: Software Engineer Duration: Jul 2012 - May 2015 • Developed batch jobs EDUCATION "
        "B.Tech Computer Science, JNTU Hyderabad, 2012\n"
    )
    assert "WORK EXPERIENCE" in _texts(text)
    assert [(item.get("name"), item.get("position")) for item in _parse(text)["work"]] == [
        ("Infosys Ltd", "Senior Software Engineer"),
        ("Wipro Technologies", "Software Engineer"),
    ]


def test_a_job_held_now_stated_in_the_summary_stays():
    """ "currently a Technical Lead in Tata Consultancy Services": the post held now, no firm named in passing."""
    text = (
        "SUMMARY\nSenior Java developer with eight years of experience, currently a Technical Lead in Tata "
        "Consultancy Services on banking platforms.\n\nEDUCATION\nB.Tech Computer Science, JNTU Hyderabad, 2012\n"
    )
    names = [item.get("name") or "" for item in _parse(text)["work"]]
    assert len(names) == 1 and names[0].startswith("Tata Consultancy")


def test_a_freelance_post_over_a_jobs_employer_line_is_no_promotion():
    """ "Freelance Consultant | Jan 2020 – Present" right after the job below ended: the person's own business, not
    a promotion at Capgemini."""
    text = (
        "EXPERIENCE\nFreelance Consultant | Jan 2020 – Present\nProject Manager | Jan 2015 – Dec 2019\n"
        "Capgemini, London\n• Ran delivery for retail clients.\n"
    )
    assert [item.get("name") for item in _parse(text)["work"]] == [None, "Capgemini"]
    text_fr = (
        "EXPÉRIENCE PROFESSIONNELLE\nConsultante indépendante | janv. 2020 – aujourd'hui\n"
        "Cheffe de projet | janv. 2015 – déc. 2019\nCapgemini, Paris\n• Pilotage de projets de migration.\n"
    )
    assert [item.get("name") for item in _parse(text_fr, HEAD_FR)["work"]] == [None, "Capgemini"]


def test_a_flattened_french_cv_is_read_section_by_section():
    """ "… la visualisation. EXPÉRIENCE PROFESSIONNELLE Entreprise : … Poste : … Période : …": the heading's accented
    capitals were not read as capitals, nor the French labels as a job's fields: the jobs were lost."""
    text = (
        "PROFIL Consultante décisionnelle avec 7 ans d'expérience en ESN, spécialisée dans les entrepôts de données et "
        "la visualisation. EXPÉRIENCE PROFESSIONNELLE Entreprise : Sopra Steria, Paris Poste : Consultante BI senior "
        "Période : mars 2019 – aujourd'hui • Migration d'un entrepôt Oracle vers Snowflake Entreprise : Atos, Lyon "
        "Poste : Consultante BI Période : sept. 2015 – févr. 2019 • Tableaux de bord Power BI FORMATION Master "
        "MIAGE, Université Lyon 1, 2015\n"
    )
    assert "EXPÉRIENCE PROFESSIONNELLE" in _texts(text)
    assert [
        (item.get("name"), item.get("position"), item.get("startDate")) for item in _parse(text, HEAD_FR)["work"]
    ] == [
        ("Sopra Steria", "Consultante BI senior", "2019-03"),
        ("Atos", "Consultante BI", "2015-09"),
    ]


def test_a_french_listing_of_client_missions_within_the_job_is_no_more_jobs():
    """ "Client : BNP Paribas | janv. 2020 – déc. 2024" over "Rôle : Cheffe de projet": the accented label was no
    position's, so the missions were no dated entries and each role was added as a job of its own."""
    text = (
        "EXPÉRIENCE PROFESSIONNELLE\nConsultante – Sopra Steria, Paris\njanv. 2015 – déc. 2024\n\n"
        "MISSIONS\nClient : BNP Paribas | janv. 2020 – déc. 2024\nRôle : Cheffe de projet\n"
        "Client : AXA | janv. 2015 – déc. 2019\nRôle : Analyste\n\n"
        "FORMATION\nMaster MIAGE, Université Lyon 1, 2015\n"
    )
    assert [item.get("name") for item in _parse(text, HEAD_FR)["work"]] == ["Sopra Steria"]

"""The name and the headline of the contact block: field-label forms, particles, what is never a name, the title
near the name. Every line here is written for these tests."""

from __future__ import annotations

import pytest

from parsing.document import Document, Line
from parsing.pipeline import analyze
from parsing.structure import names
from parsing.structure.contact import _name_shape, find_headline, find_name, find_phone, title_in_sentence


def _basics(*texts: str) -> dict[str, str]:
    document = Document(lines=[Line(t) for t in texts], format="text")
    return analyze(document)["basics"]


def _name(*texts: str) -> str:
    return _basics(*texts).get("name", "")


def _headline(*texts: str, name_index: int = 0) -> str:
    return find_headline([Line(t) for t in texts], name_index, set())


# ---- names ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "NAME - ORSOLYA VARGA",
        "Candidate Name : Orsolya Varga",
        "Name of the applicant: Orsolya Varga",
        "Nom complet : Orsolya Varga",
        "Name: Orsolya Varga, MBA",
    ],
)
def test_name_label_forms(line):
    assert _name(line, "Email: ov@example.org", "Phone: 555 201 3344").lower() == "orsolya varga"


@pytest.mark.parametrize(
    "first, second",
    [
        ("Prénom : Léonie", "Nom : GARNIER"),
        ("Nom : GARNIER", "Prénom : Léonie"),
        ("First name: Léonie", "Last name: Garnier"),
    ],
)
def test_a_form_with_given_and_family_names_on_lines_of_their_own(first, second):
    assert set(_name(first, second, "Tél : 06 11 22 33 44").lower().split()) == {"léonie", "garnier"}


def test_a_particle_written_onto_the_family_name_counts():
    assert _name("Anne-Laure d'Ormesson", "Consultante SAP", "al@example.fr") == "Anne-Laure d'Ormesson"


@pytest.mark.parametrize(
    "text",
    [
        "Sr. Java",  # seniority opens a title ("Sr. Java J2EE Developer")
        "N A M E",  # bare letters
        "CURRENT ROLE:",  # a field label
        "Juniper Rd.",  # a street
        "Heron Ave",
        "The Copper Kettle",  # an establishment
        "Graduate Seeking Internship",  # an objective
    ],
)
def test_what_is_never_a_name(text):
    assert _name_shape(text) == 0.0


def test_a_place_alone_is_not_a_name():
    assert _name_shape("Lyon Marseille") == 0.0
    assert _name_shape("Camille Marseille") > 0


def test_a_sentence_opened_by_capitals_is_not_a_flattened_name():
    lines = ["Professional Summary:", "Solid Python development skills using Django 4 and Flask", "Team player"]
    assert _name(*lines) == ""
    # A title in lower case after the name is still the details of a flattened header.
    assert _name("Julien Marchetti développeur Python Lyon 06 12 34 56 78 jm@example.fr", "Formation") == (
        "Julien Marchetti"
    )


def test_a_candidate_further_down_needs_more_than_its_shape():
    top = ["OBJECTIVE", "A teaching role in a primary school.", "EDUCATION", "Bachelor of Arts, 2015"]
    top += ["Westbrook College, 2011 - 2015", "Major in early childhood education.", "Minor in music."]
    assert _name(*top, "Classroom Observation Block", "Spring 2015") == ""
    # A known given name is enough.
    assert _name(*top, "Margaret Olsson", "Spring 2015") == "Margaret Olsson"


def test_a_name_repeated_at_the_top_of_a_later_page():
    first_page = ["CAREER HIGHLIGHTS"] + [f"Grew the sales of region {n} by a third." for n in range(14)]
    lines = [*first_page, "Tobias Wrenfield", "PROFESSIONAL EXPERIENCE (Cont.)", "Northwind Traders, 2015 - 2019"]
    assert find_name([Line(t) for t in lines], [], "en", 10.0)[0] == "Tobias Wrenfield"
    lines[-2] = "EXPÉRIENCE PROFESSIONNELLE (suite)"
    assert find_name([Line(t) for t in lines], [], "fr", 10.0)[0] == "Tobias Wrenfield"
    # Without the page mark, a name-like line in the middle of the text is not taken.
    lines[-2] = "PROFESSIONAL EXPERIENCE"
    assert find_name([Line(t) for t in lines], [], "en", 10.0)[0] == ""


def test_name_helpers():
    assert names.document_title("Data Engineer Resume Template") == "Data Engineer"
    assert names.document_title("Sample of Landscape Architect Resume") == "Landscape Architect"
    assert names.document_title("CV Développeur Web") == "Développeur Web"
    assert names.document_title("Curriculum Vitae") == ""
    assert names.document_title("Data Engineer") == ""
    assert names.join_spaced_letters("L I N A  M O R E A U") == "LINA MOREAU"
    assert names.join_spaced_letters("Lina Moreau") == "Lina Moreau"


# ---- headline -------------------------------------------------------------------------------------------------


def test_headline_keeps_the_title_of_title_and_employer():
    assert _headline("Priya Raman", "Senior Accountant - Fabrikam Limited", "pr@example.org") == "Senior Accountant"
    assert _headline("Priya Raman", "Data Analyst | Lyon") == "Data Analyst"


def test_headline_after_the_name_on_a_flattened_line():
    line = "Priya Raman Senior Integration Developer - Contoso Systems Pune"
    assert _headline(line, "pr@example.org") == "Senior Integration Developer"


def test_a_field_label_is_not_a_headline_but_a_position_field_is():
    assert _headline("Priya Raman", "Qualification: Degree in Engineering", "Experience: 12 years") == ""
    assert _headline("Priya Raman", "Date of birth: 4 May 1980", "Poste actuel : Juriste d'entreprise") == (
        "Juriste d'entreprise"
    )
    assert _headline("Priya Raman", "Current position:", "Paralegal", "EDUCATION") == "Paralegal"
    assert _headline("Priya Raman", "SUMMARY: Senior Accountant with ten years of audit") == ""


def test_a_form_value_under_a_bare_label_is_not_a_headline():
    assert _headline("Priya Raman", "Address:", "Springvale", "Present position:", "Legal Counsel,") == "Legal Counsel"
    assert _headline("Priya Raman", "1. Position:", "Contracts Manager", "2. Company:") == "Contracts Manager"


def test_headline_after_several_contact_lines():
    lines = ["Priya Raman", "12 Elm Lane", "Springfield, IL 62704", "555-201-3344", "pr@example.org"]
    assert _headline(*lines, "www.example.org", "Project Management Professional") == (
        "Project Management Professional"
    )


def test_headline_above_the_name():
    assert _headline("Landscape Architect Resume", "Priya Raman", "pr@example.org", name_index=1) == (
        "Landscape Architect"
    )
    assert _headline("CV Développeur Web", "Lucas Girard", "lucas@example.fr", name_index=1) == "Développeur Web"
    assert _headline("Senior Accountant", "Priya Raman", "pr@example.org", name_index=1) == "Senior Accountant"
    # An objective is not the person's title.
    assert _headline("Student Seeking Internship", "Priya Raman", "pr@example.org", name_index=1) == ""


def test_headline_through_the_pipeline():
    basics = _basics("Mme Élise Carpentier", "Chargée de communication - Groupe Horizon", "elise@example.fr")
    assert basics["name"] == "Élise Carpentier"
    assert basics["label"] == "Chargée de communication"


# ---- phone ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, number",
    [
        ("Tél. 06.12.34.56.78 • Lyon", "+33612345678"),
        ("+33 (0)6 12 34 56 78", "+33612345678"),
        ("Mobile:+33612345678", "+33612345678"),
        ("(415) 555-0132", "+14155550132"),
        ("+44 20 7946 0958", "+442079460958"),
    ],
)
def test_phone_formats_behind_the_digit_run_filter(text, number):
    assert find_phone(["June 2012 - May 2015", text], "FR", ["US", "GB"])[0] == number


def test_an_aside_after_the_name_is_dropped():
    assert _name("Hélène VIDAL (née ROCHE)", "Pharmacienne", "hv@example.fr") == "Hélène VIDAL"


def test_a_name_set_over_two_lines():
    basics = _basics("Hélène", "VIDAL", "Comptable", "hv@example.fr")
    assert basics["name"] == "Hélène VIDAL"
    assert basics["label"] == "Comptable"
    # Two words that are not a name are not joined.
    assert _name("Hélène", "Comptable", "hv@example.fr") == "Hélène"


def test_the_name_before_a_protected_attribute_stays_and_the_attribute_goes():
    lines = [Line("Hélène VIDAL, 31 ans"), Line("Comptable"), Line("hv@example.fr")]
    result = analyze(Document(lines=lines, format="text"))
    assert result["basics"]["name"] == "Hélène VIDAL"
    assert "age" in result["meta"]["protected_attributes_found"]
    assert "31" not in repr({k: v for k, v in result.items() if k != "meta"})


def test_a_locality_is_not_a_name():
    assert _name_shape("Harbor City") == 0.0


@pytest.mark.parametrize("text", ["Helen Baker", "Julie BOULANGER", "CHARPENTIER Agnès", "Victor Mason"])
def test_a_family_name_that_is_also_a_trade(text):
    assert _name_shape(text) > 0


@pytest.mark.parametrize("text", ["Grant Manager", "Senior Baker", "Pastry Cook", "Nancy Martin Infirmière"])
def test_a_title_is_still_not_a_name(text):
    assert _name_shape(text) == 0.0


def test_a_trade_family_name_through_the_pipeline():
    basics = _basics("Helen Baker", "Pastry Chef", "hb@example.org")
    assert basics["name"] == "Helen Baker"
    assert basics["label"] == "Pastry Chef"


def test_a_given_name_that_is_also_a_title_word():
    assert _name_shape("Dean Holloway") > 0
    assert _name_shape("Mark Designer") == 0.0


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        ("Marketing professional with 5+ years of experience in social media management", "Marketing professional"),
        ("• Result oriented Networking Professional with 11 years' experience", "Networking Professional"),
        (
            "Confident and capable Intervention Specialist with experience in special education",
            "Intervention Specialist",
        ),
        ("Ingénieure logiciel passionnée avec 6 ans d'expérience en Python", "Ingénieure logiciel"),
        ("Seeking a role as Project Manager with a leading firm", ""),
        ("I am a hard worker with a passion for people", ""),
        ("Worked at Initech with the data team", ""),
    ],
)
def test_title_a_summary_opens_with(sentence: str, title: str) -> None:
    assert title_in_sentence(sentence) == title


def test_headline_from_the_summary_when_no_line_states_it() -> None:
    lines = [
        "Amina Diallo",
        "amina.diallo@example.com",
        "PROFESSIONAL SUMMARY",
        "Confident and capable Intervention Specialist with experience in multiple special education settings.",
        "EXPERIENCE",
        "Intervention Specialist, Lincoln Elementary School, 2015 - 2020",
    ]
    result = analyze(Document(lines=[Line(t) for t in lines], format="text"))
    assert result["basics"]["label"] == "Intervention Specialist"


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (("Raman, Priya", "pr@example.org", "+44 20 7946 0958"), "Priya Raman"),
        (("LEFEBVRE, Emma", "emma.l@example.org"), "Emma LEFEBVRE"),
        (("priya raman", "priya.raman@example.org", "+44 20 7946 0958"), "Priya Raman"),
        (("Sravan Kumar.K", "sravan@example.org", "+91 98765 43210"), "Sravan Kumar K"),
        (("K.Sravan Kumar", "sravan@example.org", "+91 98765 43210"), "K. Sravan Kumar"),
    ],
)
def test_names_written_backwards_in_lower_case_or_with_a_glued_initial(lines: tuple[str, ...], expected: str) -> None:
    assert _name(*lines) == expected


def test_a_lower_case_line_the_email_does_not_spell_is_no_name() -> None:
    assert _name("sales manager", "contact@example.org", "+44 20 7946 0958") == ""


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("Test Analyst at Fabrikam, Hyderabad", "Test Analyst"),
        ("FI/CO Consultant with Contoso Technologies - SAP FICO", "FI/CO Consultant"),
        ("Chargée de communication chez Fabrikam", "Chargée de communication"),
        ("Professor in Computer Science", "Professor in Computer Science"),
    ],
)
def test_headline_stops_before_where_the_title_is_held(line: str, title: str) -> None:
    assert _headline("Priya Raman", line, "pr@example.org") == title

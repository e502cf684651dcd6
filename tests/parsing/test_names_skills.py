"""Name detection (given names, documentary prefixes, forms, e-mail agreement, one-word names) and the skill
matcher's precision rules (acronyms, degrees, US states, job titles, organisation names)."""

from __future__ import annotations

import pytest

from parsing.document import Document, Line
from parsing.pipeline import analyze
from parsing.structure import names
from parsing.structure.skills import SkillMatcher
from parsing.taxonomy import SkillEntry, Taxonomy


def _name(*texts: str) -> str:
    document = Document(lines=[Line(t) for t in texts], format="text")
    return analyze(document)["basics"].get("name", "")


# ---- names ----------------------------------------------------------------------------------------------------


def test_a_known_given_name_beats_a_locality_in_capitals():
    assert _name("Nora Lindqvist", "14 B Ring Road", "RKPM Nagar", "Pune 411001", "nl@example.org") == "Nora Lindqvist"
    assert (
        _name("Priya Venkatesan", "(Operations Project Manager (EMEA) -", "Contoso BTS", "Email: pv@example.org")
        == "Priya Venkatesan"
    )


def test_street_names_are_not_names():
    assert _name("Gordon Street", "Marta Kowalczyk", "marta.k@example.org") == "Marta Kowalczyk"


def test_resume_of_prefix_is_dropped():
    assert _name("RESUME OF Imogen Castellane", "LEEDS", "ic@example.org", "OBJECTIVE") == "Imogen Castellane"
    assert _name("Curriculum Vitae - Bastien Morvan", "Rennes", "bm@example.fr") == "Bastien Morvan"


def test_courtesy_titles_and_trailing_document_words_are_dropped():
    assert _name("Mrs. Helen Abernathy", "h.abernathy@example.org", "Experience") == "Helen Abernathy"
    assert _name("Rowan Achterberg's Resume", "rowan@example.org") == "Rowan Achterberg"


def test_a_sentence_end_closes_the_name():
    assert _name("Marketing Writer CV Template", "Omar Lindgren Vasquez. Hale", "Phone: 555-201-3344") == (
        "Omar Lindgren Vasquez"
    )


def test_a_bare_name_label_takes_its_value_from_the_form_column():
    lines = [
        "Blumenweg 12",
        "D-10115 Berlin",
        "Tel. : +49 30 1234 5678",
        "CURRICULUM VITAE",
        "Name:",
        "Born:",
        "Nationality:",
        "Gunnar Vesterholm",
        "Oslo, 03.04.1970",
        "Norwegian",
    ]
    assert _name(*lines) == "Gunnar Vesterholm"


def test_one_word_name_on_the_first_line_above_contact_details():
    assert _name("Okonkwo", "data journalist", "12 Elm Lane", "okonkwo@example.org") == "Okonkwo"
    # A heading alone on the first line is not a name.
    assert _name("Summary", "Seasoned data journalist", "okonkwo@example.org") == ""


def test_flattened_line_starts_with_the_name():
    text = "Julien Marchetti Chef de projet digital Lyon 06 12 34 56 78 julien.m@example.fr Expériences"
    assert _name(text, "Formation") == "Julien Marchetti"


def test_email_agreement_breaks_a_tie():
    assert names.email_agreement("John Smith", ["john.smith@example.com"])
    assert names.email_agreement("Jean Dupont", ["jdupont@example.fr"])
    assert names.email_agreement("Jean Dupont", ["dupont.j@example.fr"])
    assert not names.email_agreement("Jean Dupont", ["contact@example.fr"])
    assert _name("Harlow Fenwick", "Tamsin Okafor", "tamsin.okafor@example.org") == "Tamsin Okafor"


def test_name_helpers():
    assert names.given_name_hits("DUPONT Jean") == 1
    assert names.given_name_hits("Acme Widgets") == 0
    assert names.strip_document_prefix("CV de Léa Garnier") == "Léa Garnier"
    assert names.strip_document_prefix("Léa Garnier") == ""
    assert names.cut_at_sentence_end("Clara V. Nguyen") == "Clara V. Nguyen"
    assert names.strip_courtesy("Dr Ana Ruiz") == "Ana Ruiz"


# ---- skills ---------------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def matcher() -> SkillMatcher:
    entries = [
        SkillEntry("lan-wan", "LAN/WAN", "LAN/WAN", ("LAN", "WAN")),
        SkillEntry("balanced-scorecard", "Tableau de bord prospectif", "Balanced scorecard", ("BSC",)),
        SkillEntry("google-analytics", "Google Analytics", "Google Analytics", ("GA",)),
        SkillEntry("chemical-risk", "Risque chimique", "Chemical risk prevention", ("REACH",)),
        SkillEntry("xml", "XML", "XML", ()),
        SkillEntry("retail-sales", "Vente en magasin", "Retail sales", ("sales associate",)),
        SkillEntry("initiative", "Prise d'initiative", "Initiative", ("proactive",)),
        SkillEntry("insurance-underwriting", "Souscription", "Insurance underwriting", ("underwriter",)),
        SkillEntry("career-management", "Gestion de carrière", "Career management", ("career development",)),
        SkillEntry("cisco-ios", "Cisco IOS", "Cisco IOS", ("Cisco",)),
        SkillEntry("python", "Python", "Python", ()),
    ]
    return SkillMatcher(Taxonomy.from_entries(entries, "test-names-skills"))


def _keys(matcher: SkillMatcher, text: str, *, section: bool = False) -> list[str]:
    return [m.key for m in matcher.find(text, in_skills_section=section)]


def test_acronyms_written_as_words_are_words(matcher):
    assert _keys(matcher, "Reference: Wan Schuster, head of IT") == []
    assert _keys(matcher, "Helping every pupil reach their potential") == []
    assert _keys(matcher, "Designed the WAN of three sites") == ["lan-wan"]
    assert _keys(matcher, "Built a REACH compliance register") == ["chemical-risk"]


def test_lower_case_acronyms_count_in_lists(matcher):
    assert _keys(matcher, "Tools: python, xml, git, jira") == ["python", "xml"]
    assert _keys(matcher, "wrote some xml") == []
    assert _keys(matcher, "wrote some xml", section=True) == ["xml"]


def test_degree_abbreviations_are_not_skills(matcher):
    assert _keys(matcher, "BSC in Computer Science") == []
    assert _keys(matcher, "BSc (Hons), 2014") == []


def test_us_state_codes_are_not_skills(matcher):
    assert _keys(matcher, "Sometown, GA 30082") == []
    assert _keys(matcher, "LaGrange College, Georgia, GA") == []
    assert _keys(matcher, "Set up GA and tag manager for the shop") == ["google-analytics"]


def test_job_title_and_word_aliases_count_only_in_a_skills_section(matcher):
    assert _keys(matcher, "Sales Associate, Fashion Outlet, 2019 - 2021") == []
    assert _keys(matcher, "Sales associate", section=True) == ["retail-sales"]
    assert _keys(matcher, "proactive monitoring of the servers") == []
    assert _keys(matcher, "Initiative") == []  # a label, but one of the section-only words
    assert _keys(matcher, "Retail sales") == ["retail-sales"]


def test_wordings_inside_organisation_names_are_not_skills(matcher):
    assert _keys(matcher, "Member of the ACPA Commission for Career Development") == []
    assert _keys(matcher, "Product safety auditor at Underwriter Laboratories") == []
    assert _keys(matcher, "Career development workshops for students") == ["career-management"]


def test_harmful_aliases_are_dropped(matcher):
    assert _keys(matcher, "Network engineer at Cisco, Bangalore") == []
    assert _keys(matcher, "Configured Cisco IOS on edge routers") == ["cisco-ios"]

"""Faults read off the twenty-sixth session's probe CVs: the studies' reviews' guards. Each test failed before its
mend."""

from parsing.structure.education import parse_education


def test_the_fourth_reviews_guards_a_schools_initials_spelled_out_and_a_prize_under_a_degree():
    """ "MBA ESG – École Supérieure de Gestion, Paris": the initials spelled out are the school's name, no field;
    "• 2015 : Prix du meilleur mémoire – Université de Poitiers" under a master tells of it, no entry of its own."""
    studies = parse_education(["MBA ESG – École Supérieure de Gestion, Paris | 2018 – 2019"])
    assert [item.get("institution") for item in studies] == ["École Supérieure de Gestion"]
    studies = parse_education(
        [
            "Master Management des organisations – Université de Poitiers | 2013 – 2015",
            "• 2015 : Prix du meilleur mémoire – Université de Poitiers",
        ]
    )
    assert len(studies) == 1


def test_a_school_written_in_lower_case_in_several_words_is_still_a_school():
    """ "B.Sc – sunder deep group of institution": the second studies helper had refused every piece in lower case as
    a school (for "– cadet –"), and a dotin file's schools written so were lost; a field's words in lower case stay
    no school ("Diplôme d'ingénieur – génie de l'eau et de l'environnement")."""
    studies = parse_education(["B.Sc Computer Science – sunder deep group of institution | 2012 – 2015"])
    assert [item.get("institution") for item in studies] == ["sunder deep group of institution"]


def test_a_field_in_lower_case_wrapped_under_its_degree_is_no_school():
    """ "Licence de" over "droit privé, Lyon": the field, in lower case, is no school (the lower-case schools let in
    again had taken it)."""
    studies = parse_education(["Licence de", "droit privé, Lyon", "2012 – 2015"])
    assert studies and not studies[0].get("institution")

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

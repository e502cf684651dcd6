"""Education entries of trainings named without a degree's word, and doctoral schools under a doctorate."""

from parsing.structure.education import parse_education


def test_training_named_without_degree_word_is_the_studies():
    items = parse_education(
        [
            "Attestation de capacité professionnelle en transport routier de marchandises | 2009",
            "Promotrans, Valence",
            "CAP Conducteur routier | 1995",
            "Lycée professionnel Jules Algoud, Valence",
        ]
    )
    assert items[0]["studyType"] == "Attestation de capacité professionnelle en transport routier de marchandises"
    assert items[0]["institution"] == "Promotrans"


def test_pieces_of_one_course_line_are_kept_together():
    items = parse_education(["2023 – Développeur Web & Mobile – bootcamp 9 semaines", "Le Wagon, Bordeaux"])
    assert items[0]["studyType"] == "Développeur Web & Mobile – bootcamp 9 semaines"
    assert items[0]["institution"] == "Le Wagon"


def test_credential_named_by_its_initials_at_its_institute():
    items = parse_education(["2019", "Project Management Professional (PMP)", "Project Management Institute"])
    assert items[0]["studyType"] == "Project Management Professional (PMP)"
    # (a post held at a school, dated the same way, names no course)
    items = parse_education(["Director of Career Services | 2010 – 2014", "University of Missouri"])
    assert not items[0].get("studyType")


def test_doctoral_school_under_a_doctorate_is_no_entry():
    items = parse_education(
        [
            "Doctorat de Chimie — Université de Strasbourg, Strasbourg | 2022 – 2025",
            "École doctorale des Sciences Chimiques (ED 222) – soutenance prévue en décembre 2025",
            "Licence Chimie — Université de Haute-Alsace, Mulhouse | 2017 – 2020",
        ]
    )
    assert [item.get("institution") for item in items] == ["Université de Strasbourg", "Université de Haute-Alsace"]

"""Faults shown by realistic CVs written as real files in the sixth probing session (Indian CVs in and outside
software, Europeans writing in English, French health and social work): each test holds one of them."""

from __future__ import annotations

from parsing import parse_resume
from parsing.document import Document, Line
from parsing.pipeline import analyze
from parsing.structure.education import find_degree

from .files import result_jobs as _jobs


def test_a_job_stated_in_a_sentence_is_split_into_title_and_employer() -> None:
    # The sentence is an entry's header (it holds the period), so the entry took it whole as the employer's name;
    # the sentence's own reading now gives the employer and the title.
    text = """Rahul Sharma
rahul.sharma@gmail.com | +91 98765 43210

PROFESSIONAL EXPERIENCE
Working as Senior Software Engineer in Mphasis Ltd, Pune from July 2018 to till date.
Worked as Software Engineer in Zensar Technologies Pvt. Ltd from Jun 2015 to Jun 2018.
Presently associated with Larsen & Toubro Ltd. as Site Engineer since March 2019.
"""
    assert _jobs(parse_resume(text.encode(), "cv.txt")) == [
        ("Senior Software Engineer", "Mphasis Ltd", "2018-07", None),
        ("Site Engineer", "Larsen & Toubro Ltd", "2019-03", None),
        ("Software Engineer", "Zensar Technologies Pvt. Ltd", "2015-06", "2018-06"),
    ]


def test_a_school_name_wrapped_after_its_preposition_and_one_word_names_with_inner_capitals() -> None:
    # "Université de technologie de" cannot end a name: the short capitalised line below is its end. Schools that
    # write their name in one word with inner capitals ("AgroParisTech", "UCLouvain") are names, as "GGSIPU" is.
    text = """Sophie Lambert
sophie.lambert@gmail.com

FORMATION
2010 – 2013 Diplôme d'ingénieur
Université de technologie de
Belfort-Montbéliard
2014 – 2016 Master en agronomie
AgroParisTech – Massy
2017 – 2018 Master en sciences de gestion
UCLouvain
"""
    education = parse_resume(text.encode(), "cv.txt")["education"]
    assert [(e.get("institution"), e.get("studyType")) for e in education] == [
        ("Université de technologie de Belfort-Montbéliard", "Diplôme d'ingénieur"),
        ("AgroParisTech", "Master"),
        ("UCLouvain", "Master"),
    ]


def test_month_names_and_today_in_the_other_languages_of_europe() -> None:
    # Europeans writing their CV in English keep their own months and their word for today.
    from parsing.structure.dates import find_date_ranges

    def read(text: str) -> list[tuple[str | None, str | None, bool]]:
        return [(r.start, r.end, r.current) for r in find_date_ranges(text)]

    assert read("Januar 2012 – Dezember 2015") == [("2012-01", "2015-12", False)]
    assert read("okt 2015 – heden") == [("2015-10", None, True)]
    assert read("mrt 2014 - sep 2015") == [("2014-03", "2015-09", False)]
    assert read("enero 2019 – actualidad") == [("2019-01", None, True)]
    assert read("09/2017 – heute") == [("2017-09", None, True)]
    assert read("maggio 2018 – in corso") == [("2018-05", None, True)]
    # ("out", "set", "ago" are English words: no month)
    assert read("set 2019") == [("2019", "2019", False)]


def test_jobs_stated_in_bulleted_sentences_each_keep_their_period() -> None:
    # "Nagarro Software Pvt. Ltd" has a title's word ("Software") yet its legal form makes it a company; and a
    # company that shares a word with another ("Techvalens Software Systems") is not the same employer.
    text = """Priya Sharma
priya.sharma@yahoo.co.in | 9810456723

PROFESSIONAL EXPERIENCE
• Working as Senior Test Engineer in HCL Technologies Ltd, Noida from August 2019 to till date.
• Worked as Test Engineer in Nagarro Software Pvt. Ltd., Gurgaon from January 2017 to July 2019.
• Worked as Trainee QA in Techvalens Software Systems, Indore from June 2016 to December 2016.
"""
    assert _jobs(parse_resume(text.encode(), "cv.txt")) == [
        ("Senior Test Engineer", "HCL Technologies Ltd", "2019-08", None),
        ("Test Engineer", "Nagarro Software Pvt. Ltd", "2017-01", "2019-07"),
        ("Trainee QA", "Techvalens Software Systems", "2016-06", "2016-12"),
    ]


def test_the_college_attended_not_the_university_it_is_affiliated_to() -> None:
    # The university an Indian college is affiliated to awards the degree; the college is where the person studied.
    # A university's acronym after a college's name goes; a school's own acronym stays.
    text = """Priya Sharma
priya.sharma@yahoo.co.in | 9810456723

EDUCATIONAL QUALIFICATIONS
• MCA from Ajay Kumar Garg Engineering College, affiliated to Dr. A.P.J. Abdul Kalam Technical University, 2016
• B.Sc from B.J.B. Autonomous College, affiliated to Utkal University in 2013 with 68%.
• B.E. from RV College of Engineering (VTU) in 2011 with 71%.
• Master of Science, Norwegian School of Economics (NHH), 2009
"""
    education = parse_resume(text.encode(), "cv.txt")["education"]
    assert [(e.get("institution"), e.get("studyType")) for e in education] == [
        ("Ajay Kumar Garg Engineering College", "MCA"),
        ("B.J.B. Autonomous College", "B.Sc"),
        ("RV College of Engineering", "B.E"),
        ("Norwegian School of Economics (NHH)", "Master of Science"),
    ]


def test_indian_school_leaving_certificates_and_chartered_accountancy_are_degrees() -> None:
    for text in ("PUC", "S.S.C.", "SSLC", "Class XII", "+2 Science", "Madhyamik", "Higher Secondary", "10+2"):
        degree = find_degree(text)
        assert degree is not None and degree.key == "bac", text
    degree = find_degree("Chartered Accountant (ICAI)")
    assert degree is not None and degree.level == 5
    # A school named "… Higher Secondary School" is no degree; its row's degree stands in another cell.
    assert find_degree("Vidya Niketan Higher Secondary School") is None
    degree = find_degree("12th, Vidya Niketan Higher Secondary School, 2015")
    assert degree is not None and degree.key == "bac" and degree.start == 0


def test_a_bullet_sentence_wrapped_under_its_own_text_keeps_its_dates() -> None:
    # The wrapped part, set right of the bullet (a hanging indent), holds the year or the period.
    rows = [
        ("HARPREET KAUR", 63, 14, True),
        ("harpreet.kaur@gmail.com | +91 98155 43210", 63, 10.5, False),
        ("Educational Qualification:", 63, 11.5, True),
        ("• B.Ed. from Khalsa College of Education, Amritsar, Guru Nanak Dev University in", 63, 10.5, False),
        ("2016 with 78% marks.", 77, 10.5, False),
        ("• B.A. from Government College for Girls, Ludhiana in", 63, 10.5, False),
        ("2015 with 66% marks.", 77, 10.5, False),
        ("Work Experience:", 63, 11.5, True),
        ("1. Presently working as Primary Teacher in Sacred Heart Convent School,", 63, 10.5, False),
        ("Ludhiana from April 2019 to till date.", 81, 10.5, False),
    ]
    lines = [
        Line(text=text, size=size, bold=bold, x0=x0, top=100 + 14 * rank)
        for rank, (text, x0, size, bold) in enumerate(rows)
    ]
    result = analyze(Document(lines=lines, format="pdf", pages=1, body_size=10.5))
    assert [(e.get("institution"), e.get("studyType"), e.get("endDate")) for e in result["education"]][:2] == [
        ("Khalsa College of Education", "B.Ed", "2016"),
        ("Government College for Girls", "B.A", "2015"),
    ]
    assert _jobs(result) == [("Primary Teacher", "Sacred Heart Convent School", "2019-04", None)]


def test_a_month_and_two_digit_year_joined_by_a_dash() -> None:
    # "Jul-19", "Apr-20": a spreadsheet's month format in the From/To columns of Indian CVs ("Covid-19" is no date).
    from parsing.structure.dates import find_date_ranges

    assert [(r.start, r.end, r.current) for r in find_date_ranges("Jul-19 to Present")] == [("2019-07", None, True)]
    assert [(r.start, r.end) for r in find_date_ranges("Apr-20 - Oct-22")] == [("2020-04", "2022-10")]
    assert find_date_ranges("Covid-19 response team") == []


def test_remarks_in_brackets_after_an_employer_are_no_part_of_its_name() -> None:
    # The contract, the town, the group and the unit the person worked in, one or several; the employer's own
    # acronym stays.
    text = """Lucas Martin
lucas.martin@gmail.com | 06 12 34 56 78

EXPÉRIENCE PROFESSIONNELLE
Infirmier (11/2019 – aujourd'hui)
Clinique Pasteur (Toulouse) (CDI)
Aide-soignant faisant fonction (07/2015 – 08/2016)
EHPAD Les Jardins de Lardenne (Toulouse) (CDD étudiant)
Agent de service hospitalier (01/2014 – 06/2015)
EHPAD Les Tilleuls (groupe Korian / Clariane)
Préparateur en pharmacie (09/2012 – 12/2013)
CHU de Nantes (PUI)
Professeur des écoles (09/2010 – 08/2012)
Éducation nationale (Académie de Lyon)
"""
    result = parse_resume(text.encode(), "cv.txt")
    assert [(w.get("name"), w.get("location")) for w in result["work"]] == [
        ("Clinique Pasteur", "Toulouse"),
        ("EHPAD Les Jardins de Lardenne", "Toulouse"),
        ("EHPAD Les Tilleuls", None),
        ("CHU de Nantes", None),
        ("Éducation nationale", None),
    ]

"""Faults shown by résumés of the development set and by realistic CVs written as real files (UK and US tech,
French students, French public services, continental Europe): each test holds one of them."""

from __future__ import annotations

from parsing import parse_resume
from parsing.structure.contact import find_phone
from parsing.structure.sections import heading_kind

from .files import result_jobs as _jobs


def test_a_title_holding_a_heading_word_and_a_wrapped_last_word_open_no_section() -> None:
    # "Physical Education Teacher" is a job's title, not an education heading; "training" alone is the end of the
    # sentence above it, not a training heading.
    text = """Dana Whitfield
dana.whitfield@example.com

Work Experience:
Physical Education Teacher
St. Partick's High School, Berkeley, CA
October 2014 - Present
Measuring weight, height, and other vital signs of students before providing them
training
Physical Education Teacher
St. Matthews School, Berkeley, CA
February 2013 - September 2014
Education:
Bachelor's Degree in Physical Education
ABC University, Berkeley, CA
2012
"""
    result = parse_resume(text.encode(), "cv.txt")
    assert _jobs(result) == [
        ("Physical Education Teacher", "St. Partick's High School", "2014-10", None),
        ("Physical Education Teacher", "St. Matthews School", "2013-02", "2014-09"),
    ]
    assert [(e["institution"], e.get("studyType")) for e in result["education"]] == [
        ("ABC University", "Bachelor's Degree")
    ]


def test_a_job_stated_as_worked_for_an_employer_over_a_period() -> None:
    # "Dec' 2015": an apostrophe and a space between the month and the year. "Worked for X … from … to …" names an
    # employer and its period without a title; the period may wrap onto the next line.
    text = """Armida Rippin
armida@example.com

WORK EXPERIENCE
• Worked as Software Engineer with Prolifics Corporation Limited from Dec' 2015 to Sept' 2016
• Worked for National Informatics Centre under multiple payrolls from Apr'
2014 to Oct' 2015
"""
    assert _jobs(parse_resume(text.encode(), "cv.txt")) == [
        ("Software Engineer", "Prolifics Corporation Limited", "2015-12", "2016-09"),
        (None, "National Informatics Centre", "2014-04", "2015-10"),
    ]


def test_two_titles_held_by_a_slash_are_a_position() -> None:
    text = """Erin Stehr
erin@example.com

PROFESSIONAL EXPERIENCE
Pipeline Alaska, Inc., Vancouver, B.C. Canada
1997 to 2007
Process Mechanical Division Manager/VP Field Services (2005-2007) - Promoted to work with Business Development on
the front end, supervise Project Managers, and report directly to the CEO on all project status.
Senior Project Manager (2001-2004) - Promoted to simultaneously manage multiple projects while supervising all aspects
of the work.
"""
    assert _jobs(parse_resume(text.encode(), "cv.txt")) == [
        ("Process Mechanical Division Manager/VP Field Services", "Pipeline Alaska, Inc", "2005", "2007"),
        ("Senior Project Manager", "Pipeline Alaska, Inc", "2001", "2004"),
    ]


def test_a_title_opened_by_a_heading_word_is_no_heading() -> None:
    text = """Noel Brakus
noel.brakus@example.com

Work Experience:
Education Administrator
St. Patrick School, Chicago, IL
October 2014 - Present
Handling administrative duties of the school and supervising staff
"""
    assert _jobs(parse_resume(text.encode(), "cv.txt")) == [
        ("Education Administrator", "St. Patrick School", "2014-10", None)
    ]


def test_a_french_number_in_five_pairs_is_kept_though_unallocated() -> None:
    # 06 39 and 07 62 are not yet allocated, but on a French CV nothing else is written as five pairs opening with
    # a 0. Other national numbers the library does not know stay unread: a wrong guess would dial someone else.
    assert find_phone(["Portable : 06 39 85 12 74"], "FR", []) == ("+33639851274", "FR")
    assert find_phone(["07.62.34.98.76 • clara.blanc@example.fr"], "FR", []) == ("+33762349876", "FR")
    assert find_phone(["Tel: 0639 851 274"], "FR", []) == ("", "")
    assert find_phone(["Phone: 06 39 85 12 74"], "GB", []) == ("", "")


def test_french_public_service_titles_and_statuses() -> None:
    # Health and public-service titles open with words no vocabulary had ("Masseur-kinésithérapeute", "Brigadier",
    # "Interne"); a civil servant's status in brackets is no part of the title; "Diplôme d'État de …" set in bold is
    # a diploma, not a heading.
    text = """Nicolas Perret
nicolas.perret@example.fr

EXPÉRIENCE PROFESSIONNELLE
2017 – 2024 : Masseur-kinésithérapeute (contractuel) – CHU de Nantes
2014 – 2017 : Brigadier de police – Police nationale
2012 – 2014 : Interne en pharmacie hospitalière – CHU de Lille
2010 – 2012 : Animatrice (vacataire) – Mairie de Rennes
2008 – 2010 : Aide-soignante (stagiaire puis titulaire) – Centre hospitalier de Niort

FORMATION
Diplôme d'État de masseur-kinésithérapeute
IFMK de Rennes — 2010 – 2013
"""
    result = parse_resume(text.encode(), "cv.txt")
    assert _jobs(result) == [
        ("Masseur-kinésithérapeute", "CHU de Nantes", "2017", "2024"),
        ("Brigadier de police", "Police nationale", "2014", "2017"),
        ("Interne en pharmacie hospitalière", "CHU de Lille", "2012", "2014"),
        ("Animatrice", "Mairie de Rennes", "2010", "2012"),
        ("Aide-soignante", "Centre hospitalier de Niort", "2008", "2010"),
    ]
    assert [(e["institution"], e.get("studyType")) for e in result["education"]] == [
        ("IFMK de Rennes", "Diplôme d'État")
    ]
    # Set in bold (a heading's layout), it is still no heading.
    assert heading_kind("Diplôme d'État de masseur-kinésithérapeute", 3) is None
    assert heading_kind("Diplômes et formations", 3) == "education"


def test_wards_and_what_a_title_covers_are_no_employer() -> None:
    from parsing.structure.entries import header_parts
    from parsing.structure.experience import header_fields

    def fields(*lines: str) -> tuple[str, str, str]:
        return header_fields(header_parts(list(lines)))

    # A ward is never the employer; beside the title it says where the nurse works.
    assert fields("Nurse, Intensive Care Unit, Vivantes Klinikum Neukölln", "Berlin")[:2] == (
        "Nurse, Intensive Care Unit",
        "Vivantes Klinikum Neukölln",
    )
    # The name closed by a legal form is the employer; what the title covers stays with it.
    assert fields("Development Engineer – Electric Drive Systems", "BMW AG", "Munich") == (
        "Development Engineer – Electric Drive Systems",
        "BMW AG",
        "Munich",
    )
    # A labelled position keeps its ward.
    assert fields("Position held: Staff Nurse, Surgery", "Employer: Clinique de La Source")[:2] == (
        "Staff Nurse, Surgery",
        "Clinique de La Source",
    )
    # A department after a comma is still no part of the title when the employer is on the same line.
    assert fields("Sales Manager, Marketing Department, Globex Corp")[:2] == ("Sales Manager", "Globex Corp")


def test_a_company_with_its_legal_form_under_a_bold_dated_title_is_its_employer() -> None:
    from parsing.structure.experience import parse_experience

    texts = [
        "04/2019 – present | Development Engineer – Electric Drive Systems",
        "BMW AG",
        "Munich",
        "• Design and validation of e-axle housings",
        "10/2009 – 03/2019 | Design Engineer, Brake Systems",
        "Knorr-Bremse Systeme für Nutzfahrzeuge GmbH",
        "Munich",
        "• 3D design in CATIA V5",
    ]
    bold = [True, False, False, False, True, False, False, False]
    work = parse_experience(texts, bold)
    assert [(w.get("position"), w.get("name")) for w in work] == [
        ("Development Engineer – Electric Drive Systems", "BMW AG"),
        ("Design Engineer, Brake Systems", "Knorr-Bremse Systeme für Nutzfahrzeuge GmbH"),
    ]


def test_national_diplomas_of_europe_and_of_french_health_and_social_work() -> None:
    from parsing.structure.education import find_degree

    cases = {
        "Magister der Pharmazie": "master",
        "Mestrado em Engenharia Civil": "master",
        "Grado en Enfermería": "licence",
        "Licenciatura en Administración y Dirección de Empresas": "licence",
        "licencjat": "licence",
        "Civilingenjör, Electrical Engineering": "engineer",
        "Diplomi-insinööri": "engineer",
        "Dr. rer. nat. in Molecular Biology": "phd",
        "Ausbildung zur Pflegefachfrau": "bac",
        "HAVO": "bac",
        "PACES": "paces",
        "DES de médecine générale": "phd",
        "DEASS": "state",
        "BPJEPS Activités aquatiques": "bpjeps",
        "CAFERUIS": "caferuis",
        "CAPA Travaux paysagers": "cap",
    }
    for text, key in cases.items():
        found = find_degree(text)
        assert found is not None and found.key == key, text
    # An article or an Austrian title is no diploma.
    assert find_degree("FORMATION DES ADULTES") is None
    assert find_degree("Formation des adultes") is None
    assert find_degree("Mag. Teresa Gruber") is None


def test_student_jobs_durations_and_seasons() -> None:
    # A duration or the summers a job was held are no employer; "Baby-sitting" is the job; a title line alone under
    # a job whose employer came after its title is a job of its own, at no employer.
    text = """Emma Roussel
emma.roussel@example.fr

EXPÉRIENCES
Hôtesse de caisse | Étés 2021 – 2022
Auchan, Englos
Stage d'observation | 1 semaine | 2021
Médiathèque François-Mitterrand, Poitiers
Saisonnière vendanges | 09/2024
Domaine Chevallier, Loudun
Baby-sitting | depuis 2022
"""
    assert _jobs(parse_resume(text.encode(), "cv.txt")) == [
        ("Hôtesse de caisse", "Auchan", "2021", "2022"),
        ("Stage d'observation", "Médiathèque François-Mitterrand", "2021", "2021"),
        ("Saisonnière vendanges", "Domaine Chevallier", "2024-09", "2024-09"),
        ("Baby-sitting", None, "2022", None),
    ]


def test_a_heading_in_lower_case_is_kept_where_the_cv_writes_its_headings_so() -> None:
    text = """Katerine Johnson
katerine@example.com

work experience
2012 - Present
Analyst, Lehman Brothers
Reference: Katerine Johnson · +1 (123) 345 7890 · katerine@example.com and more
education
2007 - 2010
Bachelor of Business Studies
The University of California, Berkeley
"""
    result = parse_resume(text.encode(), "cv.txt")
    assert [e.get("studyType") for e in result["education"]] == ["Bachelor"]


def test_a_specialty_named_as_a_ward_and_a_quality_named_capacite() -> None:
    from parsing.structure.education import find_degree
    from parsing.structure.entries import header_parts
    from parsing.structure.experience import header_fields

    # Unlabelled, "Surgery" after the title is the ward, as it is after "Position held:".
    assert header_fields(header_parts(["Staff Nurse, Surgery, Clinique de La Source"]))[:2] == (
        "Staff Nurse, Surgery",
        "Clinique de La Source",
    )
    # A medical capacité is a diploma; the quality a skills list names with the same word is not.
    assert find_degree("Capacité de médecine d'urgence") is not None
    assert find_degree("Capacité d'adaptation, esprit d'équipe") is None

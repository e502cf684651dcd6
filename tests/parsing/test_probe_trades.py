"""Faults shown by realistic CVs of French trades and services workers and of Indian professionals, written as real
files: each test holds one of them."""

from __future__ import annotations

from parsing import parse_resume
from parsing.document import Line
from parsing.structure.contact import find_phone, infer_region
from parsing.structure.dates import find_date_ranges, join_wrapped_ranges
from parsing.structure.education import find_degree, parse_education
from parsing.structure.entries import header_parts
from parsing.structure.experience import header_fields, parse_experience
from parsing.structure.languages import find_languages
from parsing.structure.sections import split_sections
from parsing.structure.vocab import title_score

from .files import result_jobs as _jobs


def test_chez_names_the_employer_after_any_job() -> None:
    # "Cordiste" is in no vocabulary: "chez" alone says a job comes before it and the employer after.
    text = """Kader Boumediene
kader.b@example.fr

EXPÉRIENCES PROFESSIONNELLES
• 11/2018 – aujourd'hui : Cordiste chez Samsic Propreté (Marseille)
travail en hauteur, nacelle
• 02/2015 – 10/2018 : Agent de propreté chez ISS Facility Services
• 05/2013 – 09/2014 : Plongeur – Restaurant Chez Fonfon
"""
    assert _jobs(parse_resume(text.encode(), "cv.txt")) == [
        ("Cordiste", "Samsic Propreté", "2018-11", None),
        ("Agent de propreté", "ISS Facility Services", "2015-02", "2018-10"),
        # "Chez" with a capital opens a restaurant's name.
        ("Plongeur", "Restaurant Chez Fonfon", "2013-05", "2014-09"),
    ]


def test_a_long_bullet_opened_by_its_dates_is_a_job() -> None:
    text = """Franck Moreau
franck.moreau@example.fr

EXPERIENCES PROFESSIONNELLES
• depuis 2017 : Peintre en bâtiment chez Moreau Peinture (Orléans), artisan, SIRET 812 345 678
Peinture intérieure/extérieure, ravalement
• 2005 – 2017 : Peintre – Entreprise Lefranc
"""
    assert _jobs(parse_resume(text.encode(), "cv.txt")) == [
        ("Peintre en bâtiment", "Moreau Peinture", "2017", None),
        ("Peintre", "Entreprise Lefranc", "2005", "2017"),
    ]


def test_remarks_on_the_contract_and_the_site_are_not_the_employer() -> None:
    cases = {
        ("Hôtesse d'accueil", "Manpower (missions intérim)"): "Manpower",
        ("Réceptionniste", "Novotel Marne-la-Vallée (CDD puis CDI)"): "Novotel Marne-la-Vallée",
        ("Agent d'entretien", "Onet Propreté (site Airbus Blagnac)"): "Onet Propreté",
        ("Animatrice", "Centre de loisirs de Rennes (vacances scolaires)"): "Centre de loisirs de Rennes",
        ("Chauffeur poids lourd", "Kuehne+Nagel (Mission intérim via Adecco)"): "Kuehne+Nagel",
        ("Caissière chez Lidl, CDD 6 mois",): "Lidl",
    }
    for parts, employer in cases.items():
        assert header_fields(list(parts))[1] == employer, parts
    # (CESU, the scheme a household pays with, is a term of the contract; a season after a title says what the job
    # was.)
    assert header_fields(["Aide à domicile", "Particuliers employeurs (CESU)"])[1] == "Particuliers employeurs"
    assert header_fields(["Serveuse (saisonnier)", "Hôtel du Lac"])[0] == "Serveuse (saisonnier)"


def test_a_contract_on_the_date_line_is_no_employer() -> None:
    texts = [
        "Mars 2023 – aujourd'hui | CDD 18 mois",
        "Électricien d'équipement",
        "SPIE CityNetworks",
        "Septembre 2020 - aujourd'hui | CDI 24h/semaine",
        "Auxiliaire de vie",
        "Domidom Toulouse",
        "Janvier 2019 - aujourd'hui | sorties d'école",
        "Garde d'enfants à domicile",
        "Family Sphere",
    ]
    bold = [False, True, False] * 3
    assert [(w.get("position"), w.get("name")) for w in parse_experience(texts, bold)] == [
        ("Électricien d'équipement", "SPIE CityNetworks"),
        ("Auxiliaire de vie", "Domidom Toulouse"),
        ("Garde d'enfants à domicile", "Family Sphere"),
    ]


def test_a_temping_mission_leaves_the_title_to_the_job() -> None:
    header = ["Préparateur de commandes", "Mission intérim via Adecco chez Renault (Sandouville)"]
    assert header_fields(header_parts(header))[:2] == ("Préparateur de commandes", "Renault")


def test_until_today_after_a_dash() -> None:
    (found,) = find_date_ranges("2014 – à aujourd'hui : Hôtesse de caisse chez Auchan Englos")
    assert (found.start, found.end, found.current) == ("2014", None, True)


def test_french_trade_diplomas_and_holiday_camp_certificates() -> None:
    assert find_degree("BP Électricien").key == "bp"
    assert find_degree("2019 : BP Coiffure").key == "bp"
    assert find_degree("DU Soins palliatifs et accompagnement").key == "du"
    assert find_degree("BAFA").key == "bafa"
    assert find_degree("Diplôme d'infirmier d'État").key == "state"
    # "DU" in capitals inside a name, "BP" the company: no diploma.
    assert find_degree("LYCÉE DU PARC") is None
    assert find_degree("Stage BP France") is None
    assert find_degree("Licence en droit du travail").key == "licence"


def test_the_client_of_a_service_contract_is_no_job() -> None:
    text = """Vanessa Petit
vanessa.petit@example.fr

EXPÉRIENCES PROFESSIONNELLES
04/2016 – 09/2021
HÔTEL KYRIAD ANGERS CENTRE
Réceptionniste
09/2014 – 03/2016
PHONE RÉGIE
Hôtesse d'accueil — prestation chez Orange
"""
    names = [w.get("name") for w in parse_resume(text.encode(), "cv.txt")["work"]]
    assert "Orange" not in names


def test_french_titles_of_three_words() -> None:
    assert title_score("femme de chambre") >= 1.5
    assert title_score("laveur de vitres") >= 1.5
    assert header_fields(header_parts(["Plongeuse / aide de cuisine – Flunch Mérignac Soleil"]))[:2] == (
        "Plongeuse / aide de cuisine",
        "Flunch Mérignac Soleil",
    )


def test_the_function_after_a_title_stays_in_it() -> None:
    cases = {
        ("Officer – Branch Banking", "Axis Bank Ltd."): ("Officer – Branch Banking", "Axis Bank Ltd"),
        ("Manager – Data Center Operations", "IBM India Pvt Ltd"): (
            "Manager – Data Center Operations",
            "IBM India Pvt Ltd",
        ),
        ("Company: ICICI Bank Limited", "Designation: Deputy Manager - Sales"): (
            "Deputy Manager – Sales",
            "ICICI Bank Limited",
        ),
        ("TGT – Science", "Sunbeam School"): ("TGT – Science", "Sunbeam School"),
        # An employer after the dash is still the employer.
        ("Software Engineer – Infosys",): ("Software Engineer", "Infosys"),
    }
    for header, expected in cases.items():
        assert header_fields(header_parts(list(header)))[:2] == expected, header
    # The employer on the line under "Title – Function" is read with it.
    texts = ["Officer – Branch Banking", "Axis Bank Ltd.", "July 2013 to March 2015", "• Account opening"]
    assert [(w.get("position"), w.get("name")) for w in parse_experience(texts)] == [
        ("Officer – Branch Banking", "Axis Bank Ltd")
    ]


def test_indian_languages_known() -> None:
    found = find_languages("Languages Known: English, Hindi, Odia, Sanskrit, Bhojpuri, Rajasthani, Assamese")
    assert [item.code for item in found] == ["en", "hi", "or", "sa", "bho", "raj", "as"]


def test_indian_phone_numbers_without_country_code() -> None:
    # A building's height ("G+14") is no country code.
    near = [
        "Contact: 9437123456 | E-mail: p.sahu@example.com",
        "Address: Plot No. 88, Saheed Nagar, Bhubaneswar, Odisha - 751007",
        "• Worked as Site Engineer for G+14 residential towers",
    ]
    region, fallbacks = infer_region("\n".join(near), "en")
    assert find_phone(near, region, fallbacks)[0] == "+919437123456"
    # Ten digits from 6 to 9, unbroken: an Indian mobile, wherever the town is.
    near = ["Address: Sir Syed Nagar, Aligarh (U.P.)", "Mobile No.: 7017234589"]
    region, fallbacks = infer_region("\n".join(near), "en")
    assert find_phone(near, region, fallbacks)[0] == "+917017234589"
    # A North American number written the usual way keeps its region.
    near = ["Phone: (701) 723-4589", "Fargo, ND"]
    region, fallbacks = infer_region("\n".join(near), "en")
    assert find_phone(near, region, fallbacks)[0] == "+17017234589"


def test_indian_date_forms() -> None:
    cases = {
        "From – To : 01-Nov-2019 – Till Now": ("2019-11", None, True),
        "01-Nov-2019 to 15-Mar-2021": ("2019-11", "2021-03", False),
        "Apr'17 – Present": ("2017-04", None, True),
        "Jun'14 - Mar'17": ("2014-06", "2017-03", False),
        "Aug ‘09 to Present": ("2009-08", None, True),
    }
    for text, expected in cases.items():
        (found,) = find_date_ranges(text)
        assert (found.start, found.end, found.current) == expected, text


def test_numbered_employers_with_labelled_designation_and_period() -> None:
    text = """Santosh Jadhav
santosh.jadhav@example.com

Work Experience: (Total 12 years)

1) Bajaj Auto Ltd., Chakan
   Designation : Quality Engineer
   Period      : 05 Aug 2016 to till date
   Job Profile :
     - In-process inspection, PDI and customer complaint analysis

2) Mahindra CIE Automotive Ltd., Pune
   Designation : Quality Inspector
   Period      : 12 Jul 2011 to 31 Jul 2016
   Job Profile :
     - Incoming inspection of forged components

Skills: Vernier, micrometer, height gauge
"""
    assert _jobs(parse_resume(text.encode(), "cv.txt")) == [
        ("Quality Engineer", "Bajaj Auto Ltd", "2016-08", None),
        ("Quality Inspector", "Mahindra CIE Automotive Ltd", "2011-07", "2016-07"),
    ]


def test_the_projects_of_a_job_are_no_jobs() -> None:
    text = """Arjun Mehta
arjun.mehta@example.com

WORK EXPERIENCE
*  Working as Associate in Cognizant Technology Solutions, Mumbai from Sep 2017 to till date.
*  Worked as Software Engineer in Mphasis Limited, Pune from Dec 2014 to Aug 2017.

PROJECT DETAILS

Project #1
Project Name  : Payments Hub
Client        : Barclays Bank, UK
Role          : Senior Developer
Duration      : Jan 2020 - Till date

Project #2
Project Name  : Trade Finance Portal
Client        : Standard Chartered
Role          : Developer
Duration      : Sep 2017 - Dec 2019
"""
    assert _jobs(parse_resume(text.encode(), "cv.txt")) == [
        ("Associate", "Cognizant Technology Solutions", "2017-09", None),
        ("Software Engineer", "Mphasis Limited", "2014-12", "2017-08"),
    ]


def test_the_same_range_again_under_a_label_is_no_second_job() -> None:
    texts = [
        "Lead Engineer - Automation & Testing",
        "Cisco Systems -",
        "January 2014 to June 2015",
        "DURATION Jan-2014 to Jun-2015",
        "TEAM SIZE 20",
        "• Automated around 1000+ cases",
    ]
    assert [(w.get("position"), w.get("name")) for w in parse_experience(texts)] == [
        ("Lead Engineer – Automation & Testing", "Cisco Systems")
    ]


def test_indian_degree_lines() -> None:
    def read(*texts: str) -> list[tuple[str | None, str | None, str | None]]:
        return [(e.get("studyType"), e.get("area"), e.get("institution")) for e in parse_education(list(texts))]

    # What the sentence says after the school is no part of its name.
    assert read("B.Com from University of Mumbai in 2013 with 58%") == [("B.Com", None, "University of Mumbai")]
    assert read("B.E. (Information Technology) from University of Mumbai with First Class, 2014.") == [
        ("B.E", "Information Technology", "University of Mumbai")
    ]
    # The field in brackets after the degree, then the school in the next column.
    assert read("B.Sc. (Biology) | Mahatma Gandhi Kashi Vidyapith | 2011") == [
        ("B.Sc", "Biology", "Mahatma Gandhi Kashi Vidyapith")
    ]
    assert read("PGDM (Operations) | IMT Ghaziabad | 2017") == [("PGDM", "Operations", "IMT Ghaziabad")]
    # "B.A" without its last dot, pharmacy and teaching degrees.
    assert read("B.A. – Savitribai Phule Pune University – 2020") == [("B.A", None, "Savitribai Phule Pune University")]
    assert find_degree("B.Pharm").key == "licence"
    assert find_degree("M.Pharm").key == "master"
    assert find_degree("D.El.Ed.").level == 2


def test_a_qualification_table_with_its_heading_row_and_grades() -> None:
    texts = [
        "Degree | Board/University | Year | Percentage",
        "B.Tech (Electrical & Electronics Engg.) | NIT Patna | 2015 | 7.9 CGPA",
        "12th (Intermediate) | BSEB | 2010 | 76%",
    ]
    assert [(e.get("studyType"), e.get("institution"), e.get("endDate")) for e in parse_education(texts)] == [
        ("B.Tech", "NIT Patna", "2015"),
        ("12th", "BSEB", "2010"),
    ]


def test_title_function_and_employer_on_one_line() -> None:
    assert header_fields(header_parts(["Manager – Data Center Operations, IBM India Pvt Ltd"]))[:2] == (
        "Manager – Data Center Operations",
        "IBM India Pvt Ltd",
    )
    # India's teachers' posts are titles: the school above is the employer.
    assert header_fields(header_parts(["Sunbeam School, Lahartara", "TGT – Science"])) == (
        "TGT – Science",
        "Sunbeam School",
        "Lahartara",
    )


def test_a_job_told_in_a_sentence_with_a_hyphenated_title() -> None:
    text = """Pooja Shinde
pooja.shinde@example.com

WORK EXPERIENCE
*  Worked as Customer Care Executive in Concentrix Daksh Services from Jan 2015 to Jul 2018.
*  Worked as Tele-caller in Just Dial Ltd from June 2013 to December 2014.
"""
    assert _jobs(parse_resume(text.encode(), "cv.txt")) == [
        ("Customer Care Executive", "Concentrix Daksh Services", "2015-01", "2018-07"),
        ("Tele-caller", "Just Dial Ltd", "2013-06", "2014-12"),
    ]


def test_a_date_column_that_wraps_inside_a_ce_jour() -> None:
    rows = ["janvier 2020 – à ce | Infirmière coordinatrice – SSIAD Croix-Rouge française", "jour | Villeurbanne"]
    assert join_wrapped_ranges(rows, [50.0, 50.0]) == [
        "janvier 2020 – à ce jour | Infirmière coordinatrice – SSIAD Croix-Rouge française",
        "Villeurbanne",
    ]


def test_roles_under_an_employer_then_jobs_with_the_employer_under_the_title() -> None:
    texts = [
        "Groupe SEB, Écully",
        "Contrôleur de gestion senior | Depuis 2019",
        "• Pilotage du budget",
        "Contrôleur de gestion industriel | 2015 - 2019 (4 ans)",
        "• Calcul des coûts",
        "Auditeur financier | Sept. 2012 – Août 2015",
        "KPMG, Lyon",
        "• Audit légal",
        "Chef de quai | De septembre 2012 à décembre 2015",
        "XPO Logistics · Ormes",
        "• Gestion des flux",
    ]
    bold = [True, True, False, True, False, True, False, False, True, False, False]
    assert [(w.get("position"), w.get("name")) for w in parse_experience(texts, bold)] == [
        ("Contrôleur de gestion senior", "Groupe SEB"),
        ("Contrôleur de gestion industriel", "Groupe SEB"),
        ("Auditeur financier", "KPMG"),
        ("Chef de quai", "XPO Logistics"),
    ]


def test_an_employer_beside_an_unknown_town_then_the_title() -> None:
    texts = [
        "Safran Aircraft Engines | Villaroche | 09/2017 – présent",
        "Acheteuse projet",
        "• Achats de pièces forgées",
        "Valeo | Créteil | 03/2013 – 08/2017",
        "Acheteuse famille électronique",
    ]
    assert [(w.get("position"), w.get("name")) for w in parse_experience(texts)] == [
        ("Acheteuse projet", "Safran Aircraft Engines"),
        ("Acheteuse famille électronique", "Valeo"),
    ]
    # A title in lower case over a one-word employer stays the title.
    assert header_fields(["App develop", "Microsoft"])[:2] == ("App develop", "Microsoft")


def test_a_heading_wrapped_after_a_word_that_names_nothing() -> None:
    lines = [
        Line("LANGUES", bold=True, size=11.0, x0=34, top=300),
        Line("Anglais", size=8.3, x0=34, top=315),
        Line("CENTRES", bold=True, size=11.0, x0=34, top=364),
        Line("D'INTÉRÊT", bold=True, size=11.0, x0=34, top=380),
        Line("Trail (UTMB 2022)", size=8.3, x0=34, top=400),
        Line("Photographie", size=8.3, x0=34, top=411),
    ]
    kinds = [section.kind for section in split_sections(lines, 8.3) for _ in section.lines]
    assert kinds[-2:] == ["interests", "interests"]


def test_a_lone_contract_word_makes_no_job() -> None:
    text = """Julien Marchetti
julien.marchetti@example.fr

EXPÉRIENCES PROFESSIONNELLES
Freelance | 2016 - 2018
Développeur web / chef de projet
• Sites WordPress pour PME
"""
    assert _jobs(parse_resume(text.encode(), "cv.txt")) == [
        ("Développeur web / chef de projet", None, "2016", "2018"),
    ]


def test_european_legal_forms_close_an_employers_name() -> None:
    cases = {
        "Structural Engineer at AKTOR S.A.": ("Structural Engineer", "AKTOR S.A"),
        "QA Engineer at Allegro.pl sp. z o.o.": ("QA Engineer", "Allegro.pl sp. z o.o"),
        "Trainee at Brose CZ spol. s r.o.": ("Trainee", "Brose CZ spol. s r.o"),
    }
    for header, expected in cases.items():
        assert header_fields(header_parts([header]))[:2] == expected, header
    # A sentence cut at its article is still no name.
    assert header_fields(["Sales Manager", "PRESIDENT OF THE BOARD FOR"])[1] == ""

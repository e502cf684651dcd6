"""French CV layouts written the way French CVs are: bullet points that must stay apart, descriptions that read
like headers, ranges and headings cut by a narrow column, levels beside degrees, remarks in brackets."""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from parsing import parse_resume
from parsing.document import Line
from parsing.evaluation.generate import generate_document
from parsing.evaluation.metrics import Report
from parsing.evaluation.run import score_generated
from parsing.evaluation.taxonomy import sample_taxonomy
from parsing.extract import extract
from parsing.structure.entries import body_items, group_entries
from parsing.structure.experience import parse_experience
from parsing.structure.extras import parse_interests
from parsing.structure.sections import EXPERIENCE, split_sections
from parsing.taxonomy import Taxonomy

RH_CV = """Camille ROUSSEAU
Responsable Ressources Humaines
12 rue des Lilas, 69003 Lyon
06 12 34 56 78 – camille.rousseau@example.fr

EXPÉRIENCES PROFESSIONNELLES

Depuis mars 2021 – Responsable RH – Groupe SEB, Écully
• Management d'une équipe de 4 personnes (chargés RH et gestionnaire paie)
• Négociation des accords NAO avec les partenaires sociaux
• Mise en place d'un SIRH (Workday)

Sept. 2017 – févr. 2021 : Chargée de recrutement, Michael Page, Lyon
• Recrutement de cadres pour des clients industriels (40 postes par an)

FORMATION
2017  Master 2 Gestion des Ressources Humaines – IAE Lyon 3
2015  Licence professionnelle GRH – Université Lumière Lyon 2

CENTRES D'INTÉRÊT
Course à pied (semi-marathon, trail), bénévole à la Banque alimentaire du Rhône
"""


def test_each_bullet_point_is_one_highlight_however_long_the_one_before() -> None:
    result = parse_resume(RH_CV.encode(), "cv.txt")
    first = result["work"][0]
    assert (first["position"], first["name"]) == ("Responsable RH", "Groupe SEB")
    assert first["highlights"] == [
        "Management d'une équipe de 4 personnes (chargés RH et gestionnaire paie)",
        "Négociation des accords NAO avec les partenaires sociaux",
        "Mise en place d'un SIRH (Workday)",
    ]


def test_a_field_of_study_in_the_education_section_is_no_job() -> None:
    result = parse_resume(RH_CV.encode(), "cv.txt")
    assert [(w.get("position"), w.get("name")) for w in result["work"]] == [
        ("Responsable RH", "Groupe SEB"),
        ("Chargée de recrutement", "Michael Page"),
    ]


def test_interests_keep_their_brackets_whole() -> None:
    assert parse_interests(["Course à pied (semi-marathon, trail), bénévole à la Banque alimentaire du Rhône"]) == [
        {"name": "Course à pied (semi-marathon, trail)"},
        {"name": "bénévole à la Banque alimentaire du Rhône"},
    ]


def test_description_lines_that_read_like_headers_stay_with_their_job() -> None:
    work = parse_experience(
        [
            "LVMH Moët Hennessy Louis Vuitton, Paris",
            "Contrôleur de gestion senior | Avril 2020 – Présent",
            "Élaboration du budget et des reforecasts (CA 2 Md€)",
            "Reporting mensuel à la direction financière",
            "KPMG, Paris La Défense",
            "Auditeur financier | Septembre 2016 – Mars 2020",
            "Audit légal de groupes cotés du CAC 40",
        ]
    )
    assert [(w["position"], w["name"]) for w in work] == [
        ("Contrôleur de gestion senior", "LVMH Moët Hennessy Louis Vuitton"),
        ("Auditeur financier", "KPMG"),
    ]
    assert work[0]["highlights"] == [
        "Élaboration du budget et des reforecasts (CA 2 Md€)",
        "Reporting mensuel à la direction financière",
    ]
    assert work[1]["highlights"] == ["Audit légal de groupes cotés du CAC 40"]


def test_under_bullets_a_wrapped_line_continues_its_bullet() -> None:
    body = ["• Utilisation quotidienne de", "Marketing piloté par la donnée", "et Rectification", "• Formation des"]
    body += ["nouveaux collaborateurs", "Environnement : Python, Django"]
    assert body_items(body) == [
        "Utilisation quotidienne de Marketing piloté par la donnée et Rectification",
        "Formation des nouveaux collaborateurs",
        "Environnement : Python, Django",
    ]
    # Without bullets, a short capitalised line after a short one is a new item, as before.
    assert body_items(["Audit légal", "Reporting mensuel"]) == ["Audit légal", "Reporting mensuel"]


NARROW = [
    "Développeur Full Stack chez",
    "SNCF, oct. 2020 –",
    "aujourd'hui",
    "• Conception et développement",
    "de nouvelles fonctionnalités",
    "Développeuse Python chez",
    "Sopra Steria, mars 2016 –",
    "août 2019",
    "Juriste d'entreprise chez",
    "Hôpital Saint-Louis, mars",
    "2015 – févr. 2016",
    "• Rédaction de la",
    "documentation",
]


def test_ranges_cut_by_a_narrow_column_are_put_together_again() -> None:
    bold = [not text.startswith("•") and text[:1].isupper() for text in NARROW]
    bold[NARROW.index("de nouvelles fonctionnalités")] = False
    bold[NARROW.index("documentation")] = False
    entries = group_entries(NARROW, bold=bold)
    assert [(e.dates.start, e.dates.end, e.dates.current) for e in entries if e.dates] == [
        ("2020-10", None, True),
        ("2016-03", "2019-08", False),
        ("2015-03", "2016-02", False),
    ]
    assert [e.header for e in entries] == [
        ["Développeur Full Stack chez", "SNCF"],
        ["Développeuse Python chez", "Sopra Steria"],
        # Set in bold, the two header lines above the date both belong to the job, though the first job had one.
        ["Juriste d'entreprise chez", "Hôpital Saint-Louis"],
    ]
    assert entries[0].body == ["• Conception et développement", "de nouvelles fonctionnalités"]
    assert entries[1].body == []
    assert entries[2].body == ["• Rédaction de la", "documentation"]


def test_a_heading_wrapped_over_two_lines_is_one_heading() -> None:
    lines = [
        Line("Expérience", size=12, bold=True),
        Line("professionnelle", size=12, bold=True),
        Line("Ingénieur, Thales", size=12, bold=True),
        Line("2019 – 2021", size=10),
    ]
    sections = split_sections(lines, 10)
    experience = next(s for s in sections if s.kind == EXPERIENCE)
    assert experience.heading == "Expérience professionnelle"
    assert experience.texts == ["Ingénieur, Thales", "2019 – 2021"]


def test_a_level_beside_a_degree_and_a_kind_of_school_add_no_education_entry() -> None:
    text = """Thomas Nguyen
Ingénieur DevOps | Bac+5
thomas.nguyen@example.org

Formation
Diplôme d'ingénieur en informatique (Bac+5), IMT Atlantique, 2018
ESSEC Business School – Master in Management (Grande École), 2016
"""
    education = parse_resume(text.encode(), "cv.txt")["education"]
    assert [(e.get("institution"), e.get("studyType")) for e in education] == [
        ("IMT Atlantique", "Diplôme d'ingénieur"),
        ("ESSEC Business School", "Master"),
    ]


def _bulleted_pdf() -> bytes:
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    y = A4[1] - 60
    for text in (
        "Expérience professionnelle",
        "Chef de projet — Capgemini, Nantes — 2019 – 2023",
        "• Pilotage d'une équipe de huit développeurs sur trois projets de refonte",
        "• Relation avec les clients",
    ):
        pdf.setFont("Helvetica", 10)
        pdf.drawString(50, y, text)
        y -= 14
    pdf.save()
    return buffer.getvalue()


def test_a_bullet_glyph_without_a_unicode_mapping_stays_a_bullet() -> None:
    data = _bulleted_pdf()
    texts = [line.text for line in extract(data, "cv.pdf").lines]
    assert texts[-2:] == [
        "• Pilotage d'une équipe de huit développeurs sur trois projets de refonte",
        "• Relation avec les clients",
    ]
    work = parse_resume(data, "cv.pdf")["work"]
    assert work[0]["highlights"] == [
        "Pilotage d'une équipe de huit développeurs sur trois projets de refonte",
        "Relation avec les clients",
    ]


def test_generated_labels_score_highlights_job_by_job() -> None:
    taxonomy = sample_taxonomy()
    labels = next(
        labels
        for _document, labels in (generate_document(seed, taxonomy) for seed in range(60))
        if len(labels["work"]) >= 2 and len(labels["work"][0]["highlights"]) >= 2
    )
    jobs = [
        {"name": job["employer"], "position": job["position"], "highlights": job["highlights"]}
        for job in labels["work"]
    ]
    report = Report()
    score_generated(report, {"basics": {}, "meta": {}, "work": jobs}, labels)
    assert report.sets["highlights"].f1 == 1.0
    # The first job's bullet points run together: each is missed, and the run is one wrong highlight.
    first = labels["work"][0]["highlights"]
    merged = [dict(jobs[0], highlights=[" ".join(first)]), *jobs[1:]]
    report = Report()
    score_generated(report, {"basics": {}, "meta": {}, "work": merged}, labels)
    counts = report.sets["highlights"]
    assert (counts.fn, counts.fp) == (len(first), 1)


MAINTENANCE_CV = """Julien Moreau
Technicien de maintenance aéronautique
julien.moreau@example.fr — 06 12 34 56 78 — Saint-Nazaire

EXPÉRIENCE PROFESSIONNELLE

Technicien de maintenance (CDI)
Airbus Operations SAS — Saint-Nazaire (44)
sept. 2019 – aujourd'hui
• Maintenance préventive et corrective des lignes d'assemblage

COMPÉTENCES
GMAO, SAP, lecture de plans
"""


def test_a_department_number_after_the_city_is_kept_and_the_contract_in_brackets_is_no_part_of_the_title() -> None:
    result = parse_resume(MAINTENANCE_CV.encode(), "cv.txt", sample_taxonomy())
    assert result["basics"]["location"] == {"city": "Saint-Nazaire", "countryCode": "FR"}
    job = result["work"][0]
    assert (job["position"], job["name"], job["location"]) == (
        "Technicien de maintenance",
        "Airbus Operations SAS",
        "Saint-Nazaire (44)",
    )


def test_a_legal_form_in_an_employers_name_is_no_skill(taxonomy: Taxonomy) -> None:
    assert any(entry.label_en == "SAS" for entry in taxonomy.skills)  # the statistics software
    names = {skill["name"] for skill in parse_resume(MAINTENANCE_CV.encode(), "cv.txt", taxonomy)["skills"]}
    assert "SAP" in names  # listed under skills
    assert "SAS" not in names  # only the legal form of Airbus Operations SAS
    # The same word in the skills section is a skill.
    listed = MAINTENANCE_CV.replace("GMAO, SAP", "GMAO, SAS, SAP")
    assert "SAS" in {skill["name"] for skill in parse_resume(listed.encode(), "cv.txt", taxonomy)["skills"]}


NURSE_CV = """Sophie LEFEBVRE
Infirmière diplômée d'État
sophie.lefebvre@example.fr | +33 6 98 76 54 32

PARCOURS PROFESSIONNEL

Depuis janvier 2020   Infirmière en réanimation – CHU de Lille (CDI)
- Prise en charge de patients en soins critiques (12 lits)

2016 – 2019   Infirmière en service de médecine polyvalente – Clinique du Parc, Roubaix
- Préparation et administration des traitements
"""


def test_a_french_title_with_its_field_is_a_position_and_a_contract_remark_no_part_of_the_employer() -> None:
    work = parse_resume(NURSE_CV.encode(), "cv.txt")["work"]
    assert [(w.get("position"), w.get("name"), w.get("location")) for w in work] == [
        ("Infirmière en réanimation", "CHU de Lille", None),
        ("Infirmière en service de médecine polyvalente", "Clinique du Parc", "Roubaix"),
    ]


HOSPITALITY_CV = """Léa Martin
Chef de rang
lea.martin@example.fr
06 11 22 33 44

Expérience
Chef de rang — Restaurant Le Belvédère, Annecy — avril 2021 à octobre 2023
Accueil de la clientèle, prise de commandes, encaissement.
Serveuse (saisonnier) — Hôtel du Lac, Talloires — été 2019 et été 2020
Service en salle pour 80 couverts.

Formation
Bac professionnel Commercialisation et services en restauration — Lycée hôtelier Savoie Léman — 2017
CAP Cuisine — 2015
"""


def test_seasonal_jobs_and_vocational_diplomas() -> None:
    result = parse_resume(HOSPITALITY_CV.encode(), "cv.txt")
    seasonal = result["work"][1]
    assert (seasonal["position"], seasonal["name"], seasonal["startDate"], seasonal["endDate"]) == (
        "Serveuse (saisonnier)",
        "Hôtel du Lac",
        "2019",
        "2020",
    )
    assert result["work"][0]["highlights"] == ["Accueil de la clientèle, prise de commandes, encaissement."]
    assert [(e.get("studyType"), e.get("area")) for e in result["education"]] == [
        ("Bac professionnel", "Commercialisation et services en restauration"),
        ("CAP", "Cuisine"),
    ]
    assert result["meta"]["education_level_label"] == "Bac"


def test_a_company_in_capitals_beside_a_town_is_the_employer_and_the_title_follows() -> None:
    lines = [
        "KUEHNE + NAGEL – Corbas\t\t\tDe 2013 à 2018",
        "Chef d'équipe logistique",
        "Gestion des flux entrants et sortants, inventaires tournants.",
    ]
    work = parse_experience(lines)
    assert [(w.get("name"), w.get("position"), w.get("location"), w.get("startDate")) for w in work] == [
        ("KUEHNE + NAGEL", "Chef d'équipe logistique", "Corbas", "2013")
    ]


def test_preparatory_classes_are_two_years_of_study_under_their_own_name() -> None:
    from parsing.structure.education import parse_education

    items = parse_education(
        [
            "2012 – 2014 : Classes préparatoires MP, Lycée Clemenceau, Nantes",
            "2014 – 2017 : Diplôme d'ingénieur, Centrale Nantes",
        ]
    )
    assert [(i.get("studyType"), i.get("institution"), i.get("_level")) for i in items] == [
        ("Classes préparatoires", "Lycée Clemenceau", 2),
        ("Diplôme d'ingénieur", "Centrale Nantes", 5),
    ]


SKILL_NAMED_EMPLOYERS_CV = """Julie MARCHAND
julie.marchand@example.fr

EXPÉRIENCE PROFESSIONNELLE

Janv. 2021 – aujourd'hui : Chef de projet e-commerce, Cdiscount, Bordeaux
• Pilotage du catalogue vendeurs tiers

2018 – 2020 : Développeuse, SAP ABAP
• Développement de rapports et d'interfaces

COMPÉTENCES
Python, gestion de projet
"""


def test_an_employer_named_by_a_skill_is_the_company_not_the_skill(taxonomy):
    result = parse_resume(SKILL_NAMED_EMPLOYERS_CV.encode(), "cv.txt", taxonomy)
    work = result["work"]
    assert [w.get("name") for w in work] == ["Cdiscount", None]
    # A skill of several words read as the company is a line of the job's tools: the entry keeps its title and dates.
    assert work[1]["position"] == "Développeuse" and work[1]["startDate"] == "2018"
    keys = {s["key"] for s in result["meta"]["skills"]}
    assert "marketplace-management" not in keys  # "Cdiscount" is where she worked
    assert {"python", "project-management", "abap"} <= keys


def test_a_school_named_after_a_king_is_no_numbered_university_and_a_town_after_one_is_no_part_of_its_name():
    text = """Marie DURAND
marie@example.fr

FORMATION
2015 – 2017 Classes préparatoires (hypokhâgne, khâgne), Lycée Henri-IV, Paris
2017 – 2020 Master de philosophie, Université Paris 1, Panthéon-Sorbonne
2020 – 2021 Master 2 Droit, Université Lyon 2, Lyon
"""
    education = parse_resume(text.encode(), "cv.txt")["education"]
    assert [e["institution"] for e in education] == [
        "Lycée Henri-IV",
        "Université Paris 1 – Panthéon-Sorbonne",
        "Université Lyon 2",
    ]


TOOLS_LINE_CV = """Jean Dupont
jean.dupont@example.fr

EXPÉRIENCE PROFESSIONNELLE
Développeur Java – Capgemini, Lyon
janv. 2019 – aujourd'hui
Refonte du back-office de facturation.
Environnement technique : Java 11, Spring Boot, PostgreSQL,
Docker, Kubernetes
Ingénieur d'études – Sopra Steria, Toulouse
2016 – 2018
Maintenance d'une application de paie.
Environnement technique : Java 8, Oracle, Jenkins

FORMATION
Master Informatique – Université Toulouse III
2016
"""


def test_a_line_of_tools_inside_a_job_does_not_end_the_experience_section(taxonomy):
    # "Environnement technique : …" names a skills section, but written inline under a job it is the job's tools:
    # the next job is still a job, and the list goes on over a line cut after a comma.
    result = parse_resume(TOOLS_LINE_CV.encode(), "cv.txt", taxonomy)
    assert [(w.get("position"), w.get("name"), w.get("startDate")) for w in result["work"]] == [
        ("Développeur Java", "Capgemini", "2019-01"),
        ("Ingénieur d'études", "Sopra Steria", "2016"),
    ]
    keys = {s["key"] for s in result["meta"]["skills"]}
    assert {"java", "spring-boot", "postgresql", "docker", "kubernetes", "jenkins"} <= keys


CONSULTANT_CV = """Thomas MARTIN
Consultant Data Engineer – 7 ans d'expérience
Paris (75) | 06 45 78 12 90 | thomas.martin@gmail.com

COMPÉTENCES TECHNIQUES
Langages : Python, Scala, SQL
Big Data : Spark, Kafka, Hadoop
Cloud : AWS (S3, Glue, Redshift), GCP
Méthodologies : Agile Scrum

EXPÉRIENCES PROFESSIONNELLES

Sept. 2021 – aujourd'hui | Data Engineer Senior – Société Générale (via Capgemini)
Contexte : refonte de la plateforme de données risques.
Réalisations :
- Conception des pipelines d'ingestion en Spark/Scala
- Mise en place de l'orchestration avec Airflow
Environnement technique : Spark, Scala, Airflow, Kafka, AWS

Mars 2018 – Août 2021 | Data Engineer – BNP Paribas Cardif
- Industrialisation des modèles de scoring
- Encadrement de 2 développeurs juniors
Environnement : Python, Hadoop, Hive, Jenkins

2016 – 2018 | Développeur BI – Orange Business Services, Rennes
- Développement de rapports Power BI

FORMATION
2016 – Diplôme d'ingénieur, INSA Rennes (Informatique)
2013 – DUT Informatique, IUT de Lannion

LANGUES
Anglais : courant (TOEIC 910)
Espagnol : notions

CENTRES D'INTÉRÊT
Course à pied, photographie, bénévolat aux Restos du Cœur
"""


def test_a_consultants_jobs_with_context_achievements_and_tools_labels_stay_jobs(taxonomy):
    # ESN CVs label the parts of each job ("Contexte :", "Réalisations :", "Environnement technique :"); each of
    # "Réalisations" and "Environnement technique" also names a section, and neither may end the work history.
    result = parse_resume(CONSULTANT_CV.encode(), "cv.txt", taxonomy)
    work = result["work"]
    assert [(w.get("position"), w.get("startDate"), w.get("endDate")) for w in work] == [
        ("Data Engineer Senior", "2021-09", None),
        ("Data Engineer", "2018-03", "2021-08"),
        ("Développeur BI", "2016", "2018"),
    ]
    assert [w["name"] for w in work][1:] == ["BNP Paribas Cardif", "Orange Business Services"]
    # A bare label is no highlight; the bullets under it are.
    assert work[0]["highlights"] == [
        "Contexte : refonte de la plateforme de données risques.",
        "Conception des pipelines d'ingestion en Spark/Scala",
        "Mise en place de l'orchestration avec Airflow",
    ]
    assert "projects" not in result["meta"]["sections"]
    keys = {s.get("key") for s in result["meta"]["skills"]}
    assert {"spark", "apache-airflow", "jenkins", "power-bi"} <= keys
    assert "volunteer-coordination" not in keys and "photography" not in keys  # pastimes, not skills

"""Faults of the twenty-seventh probing session in pharmacy, quality and food-industry CVs: a consultancy's
missions written as bullets under its job ("• Mission chez Sanofi Pasteur – 02/2020 – 06/2022"), titles whose
words after a dash say what the post covers ("Chargée d'affaires réglementaires – Soins de la peau") over the
employer's own line, and trades the vocabularies did not know. Each test holds one of them."""

from __future__ import annotations

from tests.parsing.files import bold_jobs, text_jobs

HEAD = "Julie Martin\njulie.martin@exemple.fr\n06 12 34 56 78\n\n"


def test_untitled_missions_under_a_consultancys_job_are_that_one_job() -> None:
    """ "• Mission chez Sanofi Pasteur (Marcy-l'Étoile) – 02/2020 – 06/2022" under "ALTEN – Lyon | Févr. 2020 –
    aujourd'hui" / "Ingénieur consultant validation" became jobs titled "Mission" that shared out the consultancy's
    time, the post held there lost: the missions name clients, as "• Client: …" lines do, and no post of their own."""
    text = HEAD + (
        "EXPÉRIENCE PROFESSIONNELLE\n"
        "**ALTEN – Lyon | Févr. 2020 – aujourd'hui\n"
        "Ingénieur consultant validation\n"
        "**• Mission chez Sanofi Pasteur (Marcy-l'Étoile) – 02/2020 – 06/2022\n"
        "• Qualification de 6 autoclaves\n"
        "**• Mission chez Boehringer Ingelheim (Lyon Gerland) – 07/2022 – aujourd'hui\n"
        "• Validation du procédé de remplissage aseptique\n"
        "**Sanofi – Neuville-sur-Saône | Mars 2017 – Août 2017\n"
        "Stagiaire ingénieur\n"
        "• Revue de la stratégie de validation de nettoyage\n"
    )
    assert bold_jobs(text) == [
        ("ALTEN", "Ingénieur consultant validation", "2020-02", None),
        ("Sanofi", "Stagiaire ingénieur", "2017-03", "2017-08"),
    ]
    # (the missions that give their own title stay jobs at the consultancy, each over its own time)
    text = HEAD + (
        "Expérience professionnelle\n"
        "2014 – 2019 Capgemini — Consultant senior SAP Finance\n"
        "2016 – 2019 : Safran — Consultant senior SAP FI/CO\n"
        "• Déploiement du core model Finance dans 14 filiales.\n"
        "2014 – 2016 : TotalEnergies — Consultant SAP FI\n"
        "• Maintenance évolutive FI-AP/AR, clôtures mensuelles.\n"
    )
    assert [job[:2] for job in text_jobs(text)] == [
        ("Capgemini", "Consultant senior SAP FI/CO"),
        ("Capgemini", "Consultant SAP FI"),
    ]


def test_a_field_after_the_title_over_an_employers_line_in_the_sections_way() -> None:
    """ "Chargée d'affaires réglementaires – Soins de la peau | Mars 2021 – aujourd'hui" over "L'Oréal Recherche &
    Innovation, Chevilly-Larue", where the section's other jobs write their employer's line under the title the same
    way: the line is the employer (its town unknown to the gazetteer), the words after the dash the title's."""
    text = HEAD + (
        "EXPÉRIENCE PROFESSIONNELLE\n"
        "Chargée d'affaires réglementaires – Soins de la peau | Mars 2021 – aujourd'hui\n"
        "L'Oréal Recherche & Innovation, Chevilly-Larue\n"
        "• Évaluation réglementaire des formules\n"
        "Assistante affaires réglementaires (alternance) | Sept. 2019 – Févr. 2021\n"
        "Pierre Fabre Dermo-Cosmétique, Lavaur\n"
        "• Préparation des dossiers d'enregistrement export\n"
        "Stagiaire affaires réglementaires | Avr. 2019 – Août 2019\n"
        "Nuxe, Paris\n"
        "• Vérification de la conformité des étiquetages\n"
    )
    assert text_jobs(text)[0] == (
        "L'Oréal Recherche & Innovation",
        "Chargée d'affaires réglementaires – Soins de la peau",
        "2021-03",
        None,
    )


def test_a_second_title_after_the_dash_is_no_employer() -> None:
    """ "Directeur Qualité Groupe – Pharmacien Responsable" over "Servier, Suresnes": the organisation's word of
    "Groupe" in a title made it the employer, and "Servier" was left as a duty."""
    text = HEAD + (
        "EXPÉRIENCE PROFESSIONNELLE\n"
        "**Directeur Qualité Groupe – Pharmacien Responsable | Janvier 2016 – à ce jour\n"
        "Servier, Suresnes\n"
        "• Responsabilité de la qualité de 12 sites industriels\n"
        "**Directeur Assurance Qualité Site | Septembre 2010 – Décembre 2015\n"
        "Sanofi Pasteur, Marcy-l'Étoile\n"
        "• Site de production de vaccins\n"
    )
    assert bold_jobs(text)[0] == ("Servier", "Directeur Qualité Groupe – Pharmacien Responsable", "2016-01", None)


def test_the_field_after_the_title_stays_when_the_employers_line_is_moved_up() -> None:
    """ "Chercheuse en microbiologie – Ferments & Probiotiques" over "Danone Global Research & Innovation Center –
    Palaiseau": the line under the dates is the employer, and the words after the dash, read as the employer before,
    were dropped from the title."""
    text = HEAD + (
        "EXPÉRIENCE PROFESSIONNELLE\n"
        "Chercheuse en microbiologie – Ferments & Probiotiques | Oct. 2019 – aujourd'hui\n"
        "Danone Global Research & Innovation Center – Palaiseau\n"
        "• Responsable scientifique de 3 projets de sélection de souches\n"
        "Post-doctorante | Oct. 2017 – Sept. 2019\n"
        "INRAE – UMR Micalis – Jouy-en-Josas\n"
        "• Étude de la réponse au stress oxydant\n"
    )
    assert text_jobs(text)[0] == (
        "Danone Global Research & Innovation Center",
        "Chercheuse en microbiologie – Ferments & Probiotiques",
        "2019-10",
        None,
    )


def test_a_function_after_the_title_under_the_employers_line() -> None:
    """The words after a title's dash that name a function, under the employer's line and its town: "Global Quality
    Audits" (read as the employer for its "global"), "Amélioration continue" (which made the title line look whole,
    so that the employer's line above it went to the job before), "Validation des procédés de nettoyage" (five
    words)."""
    text = HEAD + (
        "EXPERIENCE\n"
        "**Ipsen – Boulogne-Billancourt | 2019 – Present\n"
        "Senior GMP/GDP Auditor – Global Quality Audits\n"
        "• Plan and lead 30+ audits a year\n"
        "**Lonza – Visp, Switzerland | 2015 – 2019\n"
        "QA Specialist – Batch Record Review\n"
        "• Batch record review\n"
    )
    assert bold_jobs(text)[0][:2] == ("Ipsen", "Senior GMP/GDP Auditor – Global Quality Audits")
    text = HEAD + (
        "EXPÉRIENCES PROFESSIONNELLES\n"
        "ROQUETTE FRÈRES – Lestrem\n"
        "Chargé de projets amélioration continue (Sept. 2014 - Août 2017)\n"
        "• Chantiers Lean (VSM, SMED) et suivi des gains ; certification Green Belt\n"
        "LESAFFRE – Marcq-en-Barœul\n"
        "Stagiaire ingénieur – Amélioration continue (Févr. 2014 - Juil. 2014)\n"
    )
    assert [job[:2] for job in text_jobs(text)] == [
        ("ROQUETTE FRÈRES", "Chargé de projets amélioration continue"),
        ("LESAFFRE", "Stagiaire ingénieur – Amélioration continue"),
    ]
    text = HEAD + (
        "EXPÉRIENCE PROFESSIONNELLE\n"
        "**Akkodis – Lyon | Sept. 2017 – Janv. 2020\n"
        "Ingénieur validation\n"
        "• Qualification d'une laveuse\n"
        "**Sanofi – Neuville-sur-Saône | Mars 2017 – Août 2017\n"
        "Stagiaire ingénieur – Validation des procédés de nettoyage\n"
        "• Revue de la stratégie de validation\n"
    )
    assert bold_jobs(text)[1][:2] == ("Sanofi", "Stagiaire ingénieur – Validation des procédés de nettoyage")
    # (but a longer remark in lower case is no field: "– temps partiel pendant les études")
    text = HEAD + (
        "EXPÉRIENCE PROFESSIONNELLE\n"
        "**Collège Jean Macé, Lille | 2016 – 2018\n"
        "Professeure contractuelle\n"
        "**Le Furet du Nord, Lille | 2013 – 2016\n"
        "Libraire vacataire – temps partiel pendant les études\n"
    )
    assert bold_jobs(text)[1][:2] == ("Le Furet du Nord", "Libraire vacataire")


def test_a_quality_technicians_trade_is_a_title() -> None:
    """ "Qualiticienne" over "Fleury Michon, Chantonnay": no vocabulary knew the trade, and the tagger's check took
    the title away."""
    text = HEAD + (
        "EXPÉRIENCES PROFESSIONNELLES\n"
        "**Qualiticienne | Nov. 2020 – aujourd'hui\n"
        "Fleury Michon, Chantonnay\n"
        "• Vérification du plan HACCP\n"
        "**Technicienne qualité (CDD) | Mars 2019 – Oct. 2020\n"
        "Sodebo, Montaigu\n"
        "• Contrôles à réception\n"
    )
    assert bold_jobs(text)[0][:2] == ("Fleury Michon", "Qualiticienne")

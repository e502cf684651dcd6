"""Faults of the twenty-seventh probing session in pharmacy, quality and food-industry CVs: a consultancy's
missions written as bullets under its job ("• Mission chez Sanofi Pasteur – 02/2020 – 06/2022"), titles whose
words after a dash say what the post covers ("Chargée d'affaires réglementaires – Soins de la peau") over the
employer's own line, and trades the vocabularies did not know. Each test holds one of them."""

from __future__ import annotations

from tests.parsing.files import bold_jobs, text_jobs, text_schools

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


def test_a_dash_inside_the_title_of_a_line_of_bars() -> None:
    """ "QC Analyst – HPLC/GC | Genzyme Polyclonals (Sanofi) | Lyon" among rows "Title | Employer | Town": the
    techniques after the title's dash were read as the employer."""
    text = HEAD + (
        "PROFESSIONAL EXPERIENCE\n"
        "Feb 2021 – Present\n"
        "QC Analyst – HPLC/GC | Genzyme Polyclonals (Sanofi) | Lyon\n"
        "• Release and stability testing of drug substance\n"
        "2017 – 2020\n"
        "Laboratory Technician | Eurofins BioPharma Product Testing | Dublin, Ireland\n"
        "• Contract testing for biopharma clients\n"
    )
    assert [job[:2] for job in text_jobs(text)] == [
        ("Genzyme Polyclonals", "QC Analyst – HPLC/GC"),
        ("Eurofins BioPharma Product Testing", "Laboratory Technician"),
    ]


def test_a_titles_other_half_after_a_slash_before_chez() -> None:
    """ "Responsable qualité / réglementaire chez Cosmétiques du Luberon (PME, 25 salariés), Forcalquier": the slash
    cut the title, and "réglementaire chez …" was no employer, so the job had none."""
    text = HEAD + (
        "EXPÉRIENCE\n"
        "2019 – aujourd'hui : Responsable qualité / réglementaire chez Cosmétiques du Luberon (PME, 25 salariés), "
        "Forcalquier\n"
        "• Mise en place des BPF cosmétiques ISO 22716\n"
        "2008 – 2011 : Préparatrice en pharmacie chez Pharmacie des Lavandes, Forcalquier\n"
    )
    assert text_jobs(text)[0][:2] == (
        "Cosmétiques du Luberon (PME, 25 salariés)",
        "Responsable qualité / réglementaire",
    )


def test_two_years_joined_in_a_duty_are_no_jobs_period() -> None:
    """ "• Inspections ANSM 2020 et 2024, FDA 2022, audits clients (40 par an)": the dates read "2020 et 2024" as a
    range, and the duty became a job of "FDA 2022"."""
    text = HEAD + (
        "EXPÉRIENCES\n"
        "**2019 – aujourd'hui | Directrice Qualité – Fareva (Riom)\n"
        "• Certification des lots et suppléance du Pharmacien Responsable auprès de l'ANSM\n"
        "• Inspections ANSM 2020 et 2024, FDA 2022, audits clients (40 par an)\n"
        "• Rédaction et négociation des contrats qualité avec les donneurs d'ordre\n"
        "**2013 – 2019 Responsable Assurance Qualité – Delpharm (Saint-Rémy-sur-Avre)\n"
        "• Management d'une équipe de 12 pharmaciens\n"
    )
    assert [job[0] for job in bold_jobs(text)] == ["Fareva", "Delpharm"]


def test_what_a_volunteer_did_after_the_dash_is_no_organisation() -> None:
    """ "Restos du Cœur (Vénissieux)" over "Bénévole – distribution alimentaire | 2021 – 2023": the words in lower
    case after the dash were read as the organisation, and the one above was left alone."""
    text = HEAD + (
        "Expériences\n"
        "**Boiron (Messimy)\n"
        "Assistante qualité (alternance) | Depuis septembre 2025\n"
        "Bénévolat\n"
        "**Restos du Cœur (Vénissieux)\n"
        "Bénévole – distribution alimentaire | 2021 – 2023\n"
    )
    from parsing import analyze
    from parsing.document import Document, Line

    lines = [Line(raw[2:], bold=True) if raw.startswith("**") else Line(raw) for raw in text.splitlines() if raw]
    volunteer = analyze(Document(lines=lines, format="text"))["volunteer"]
    assert [(item.get("organization"), item.get("position")) for item in volunteer] == [
        ("Restos du Cœur", "Bénévole – distribution alimentaire")
    ]


def test_a_range_wrapped_after_its_start_onto_a_dash_line() -> None:
    """ "Senior Quality Engineer | Becton Dickinson | Le Pont-de-Claix | Sep 2014" over "– Dec 2018", the dash read
    as a bullet: the job ended the month it started."""
    text = HEAD + (
        "PROFESSIONAL EXPERIENCE\n"
        "QA Manager | bioMérieux | Marcy-l'Étoile | Jan 2019 – Present\n"
        "• Lead a team of 7 QA engineers\n"
        "Senior Quality Engineer | Becton Dickinson | Le Pont-de-Claix | Sep 2014\n"
        "– Dec 2018\n"
        "• Owned CAPA and complaint investigation\n"
        "Quality Engineer | Sanofi | Swiftwater, PA, USA | Oct 2012 – Aug 2014\n"
    )
    assert text_jobs(text)[1] == ("Becton Dickinson", "Senior Quality Engineer", "2014-09", "2018-12")


def test_schools_named_in_one_word_or_as_a_training_body() -> None:
    """ "ISARA-Lyon" (initials and town joined by a hyphen), "Sup'Biotech" (two words elided) and "LEEM
    Apprentissage" (a training body's name with "Apprentissage" capitalised): none read as an institution, so the
    tagger's check took them away or the line was never one."""
    text = HEAD + (
        "FORMATION\n"
        "Diplôme d'ingénieur agronome, spécialité qualité et sécurité des aliments | 2007 – 2012\n"
        "ISARA-Lyon, Lyon\n"
        "Diplôme d'ingénieur en biotechnologies – majeure Bioproduction, Sup'Biotech, Villejuif, 2017 – 2022\n"
        "2019\n"
        "CQP Conducteur de ligne de conditionnement (industrie pharmaceutique)\n"
        "LEEM Apprentissage\n"
        "2010\n"
        "Bac ST2S\n"
        "Lycée Aristide Briand, Évreux\n"
    )
    assert [school[0] for school in text_schools(text)] == [
        "ISARA-Lyon",
        "Sup'Biotech",
        "LEEM Apprentissage",
        "Lycée Aristide Briand",
    ]

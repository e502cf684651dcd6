"""Units, desks and teams written with a job title ("Title – Unit", "Title, Unit") under an employer's head line or
over the employer's own line: the unit stays in the title (or, on a line of its own, in neither field), and the
employer is the head's or the line's."""

from parsing.structure.experience import parse_experience


def _jobs(lines: list[str], bold: list[bool] | None = None) -> list[tuple[str | None, str | None, str | None]]:
    return [(item.get("name"), item.get("position"), item.get("startDate")) for item in parse_experience(lines, bold)]


def test_posts_written_with_their_desk_under_a_head_whose_time_is_theirs():
    lines = [
        "Barclays Investment Bank, London | Mar 2018 – Present",
        "Director, Rates Derivatives Trading | Jul 2021 – Present",
        "• Ran the inflation swaps book",
        "• Built the intraday risk tools",
        "Associate, Structured Credit Trading | Mar 2018 – Jun 2021",
        "• Priced structured notes",
        "HSBC, Paris | Sep 2015 – Feb 2018",
        "Trading Analyst – Flow Equity Derivatives",
        "• Market making on index options",
    ]
    assert _jobs(lines, [True, False, False, False, False, False, True, False, False]) == [
        ("Barclays Investment Bank", "Director, Rates Derivatives Trading", "2021-07"),
        ("Barclays Investment Bank", "Associate, Structured Credit Trading", "2018-03"),
        ("HSBC", "Trading Analyst – Flow Equity Derivatives", "2015-09"),
    ]


def test_a_unit_on_its_own_line_under_a_title_under_a_head_is_neither_employer_nor_title():
    lines = [
        "Depuis 2016 | BANQUE POPULAIRE DU NORD",
        "Depuis 2021 | Analyste risques senior",
        "Direction des Risques – Marché des professionnels",
        "• Analyse des demandes de financement",
        "• Participation aux comités de crédit",
        "2016 – 2021 | Analyste risques",
        "Direction des Risques – Marché des particuliers",
        "• Notation des dossiers",
        "2012 – 2016 | Chargée de clientèle particuliers",
        "Crédit Mutuel de Bretagne (Brest)",
        "• Portefeuille de 300 clients",
    ]
    bold = [True, True, False, False, False, True, False, False, True, False, False]
    assert [job[:2] for job in _jobs(lines, bold)] == [
        ("BANQUE POPULAIRE DU NORD", "Analyste risques senior"),
        ("BANQUE POPULAIRE DU NORD", "Analyste risques"),
        ("Crédit Mutuel de Bretagne", "Chargée de clientèle particuliers"),
    ]


def test_titles_over_their_period_in_brackets_under_an_employer_with_its_whole_time_not_under_a_title():
    lines = [
        "Caisse d'Epargne Normandie – Rouen",
        "01/2019 - ce jour",
        "• Portefeuille de 200 clients",
        "CAISSE RÉGIONALE DU LANGUEDOC – Montpellier",
        "03/2012 - 12/2018",
        "› Conseillère clientèle patrimoniale (09/2015 - 12/2018)",
        "› Conseillère clientèle particuliers (03/2012 - 08/2015)",
    ]
    jobs = _jobs(lines)
    assert jobs[1:] == [
        ("CAISSE RÉGIONALE DU LANGUEDOC", "Conseillère clientèle patrimoniale", "2015-09"),
        ("CAISSE RÉGIONALE DU LANGUEDOC", "Conseillère clientèle particuliers", "2012-03"),
    ]
    # (under a header that names the post, a title over its period is a side role held within that job)
    lines = [
        "Depuis sept. 2019 | Professeur des écoles – CM1/CM2",
        "École élémentaire Victor Hugo, Lyon (69)",
        "• Classe de 26 élèves",
        "• Référent numérique de l'école (2021-2023)",
        "2016 – 2019 | Professeur des écoles stagiaire",
        "École maternelle Les Lilas, Bron (69)",
    ]
    jobs = _jobs(lines)
    assert [job[2] for job in jobs] == ["2019-09", "2016"]
    assert not any("Référent" in (job[0] or "") + (job[1] or "") for job in jobs)


def test_a_functions_initials_after_a_title_over_the_employers_line_written_like_the_others():
    lines = [
        "Électricien – Dépannage & SAV | Mars 2019 – Présent",
        "Dalkia Services, Rennes",
        "• Dépannage des installations",
        "Électricien | Juin 2014 – Février 2019",
        "SARL Martin Électricité, Vannes",
        "• Installation de tableaux",
    ]
    assert [job[:2] for job in _jobs(lines)] == [
        ("Dalkia Services", "Électricien – Dépannage & SAV"),
        ("SARL Martin Électricité", "Électricien"),
    ]
    lines = [
        "Mar 2022 – Present",
        "Compliance Analyst – KYC/AML",
        "Revolut · Paris",
        "• Customer due diligence",
        "Sep 2019 – Feb 2022",
        "KYC Analyst",
        "Shine · Paris",
        "• Sanctions screening",
    ]
    assert [job[:2] for job in _jobs(lines)] == [
        ("Revolut", "Compliance Analyst – KYC/AML"),
        ("Shine", "KYC Analyst"),
    ]


def test_words_after_a_title_with_their_initials_in_brackets_over_the_employers_line():
    lines = [
        "Élève-avocat – Projet pédagogique individuel (PPI) | Janvier – juin 2025",
        "Danone | Paris",
        "• Contrats de distribution",
        "Stagiaire en droit social | Juillet – août 2023",
        "Cabinet Dupont & Associés | Lyon",
    ]
    assert [job[:2] for job in _jobs(lines)] == [
        ("Danone", "Élève-avocat – Projet pédagogique individuel (PPI)"),
        ("Cabinet Dupont & Associés", "Stagiaire en droit social"),
    ]


def test_a_banks_business_line_after_a_title_over_the_employers_line():
    lines = [
        "Custody Analyst, Securities Services",
        "State Street, Edinburgh | June 2020 - present",
        "• Corporate actions processing",
        "Operations Intern",
        "Citi, London | June 2018 - August 2018",
    ]
    assert [job[:2] for job in _jobs(lines)] == [
        ("State Street", "Custody Analyst, Securities Services"),
        ("Citi", "Operations Intern"),
    ]


def test_two_titles_on_the_title_line_over_the_employers_line():
    lines = [
        "Volontaire en service civique – Ambassadrice du tri (oct. 2023 → juin 2024)",
        "Nantes Métropole",
        "• Sensibilisation au tri",
        "Serveuse (étés 2021 et 2022)",
        "Crêperie du Port, Pornic",
    ]
    assert [job[:2] for job in _jobs(lines)] == [
        ("Nantes Métropole", "Volontaire en service civique – Ambassadrice du tri"),
        ("Crêperie du Port", "Serveuse"),
    ]


def test_a_row_wrapped_with_its_range_cut_after_the_dash():
    lines = [
        "Technicien support en alternance — Société Générale | Sept. 2024 –",
        "Global Solution Centre, Fontenay | aujourd'hui",
        "• Support N1/N2",
        "Livreur — Amazon Flex | 2022 – 2024",
    ]
    jobs = _jobs(lines)
    assert jobs[0] == ("Société Générale Global Solution Centre", "Technicien support en alternance", "2024-09")
    assert jobs[1][:2] == ("Amazon Flex", "Livreur")

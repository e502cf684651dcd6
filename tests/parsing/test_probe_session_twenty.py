"""Faults shown by realistic CVs written as real files in the twentieth probing session (law, banking back-offices,
Maghreb engineers, beauty and sport, social work, digital marketing, UK graduates) and by the gaps left from the
sessions before: each test holds one of them."""

from __future__ import annotations

from parsing.document import Line

from .files import bold_jobs as _bold_jobs
from .files import document_jobs
from .files import text_jobs as _jobs
from .files import text_schools as _schools


def test_a_temps_status_is_no_employer():
    """ "Intérimaire – agent de production" over "Randstad": the status is no employer; alone, it is the post."""
    text = (
        "Karim Benali\nkarim@mail.fr\n**EXPÉRIENCE\n**Intérimaire – agent de production\nRandstad\n2012 – 2013\n"
        "**Intérimaire\nAdecco, Lyon\n2010 – 2011\n"
    )
    assert [(job[0], job[1]) for job in _bold_jobs(text)] == [
        ("Randstad", "agent de production"),
        ("Adecco", "Intérimaire"),
    ]


def test_a_firm_after_the_comma_and_its_town_after_the_dash():
    """ "Comptable, Fiducial – Ploërmel": the firm after the comma, the town after the dash; a field after the comma
    ("Aéronautique") leaves the firm after the dash."""
    text = (
        "Anne Morel\nanne@mail.fr\n\nEXPÉRIENCE\nComptable, Fiducial – Ploërmel\n2012 – 2014\n"
        "Ingénieur, Aéronautique – Safran\n2007 – 2010\nSoftware Engineer, Payments – Stripe\n2005 – 2007\n"
    )
    assert [(job[0], job[1]) for job in _jobs(text)] == [
        ("Fiducial", "Comptable"),
        ("Safran", "Ingénieur"),
        ("Stripe", "Software Engineer, Payments"),
    ]


def test_an_employer_wrapped_before_its_connector():
    """ "CONSEIL DÉPARTEMENTAL" over "DE LA GIRONDE": one name on two lines, wrapped before its "de" (or after it,
    in capitals), over the title or under it."""
    text = (
        "Lucie Bernard\nlucie@mail.fr\n\nEXPÉRIENCE\nConseil départemental\nde la Gironde\nAssistante sociale\n"
        "2010 – 2012\nCONSEIL DÉPARTEMENTAL\nDE LA GIRONDE\nAssistante sociale\n2008 – 2010\n"
        "CONSEIL DÉPARTEMENTAL DE\nLA GIRONDE\nAssistante sociale\n2006 – 2008\nAssistante sociale\n"
        "Communauté d'agglomération\ndu Grand Besançon\n2004 – 2006\nCHAMBRE RÉGIONALE DES COMPTES\nOCCITANIE\n"
        "Vérificatrice\n2002 – 2004\n"
    )
    assert [(job[0], job[1]) for job in _jobs(text)] == [
        ("Conseil départemental de la Gironde", "Assistante sociale"),
        ("CONSEIL DÉPARTEMENTAL DE LA GIRONDE", "Assistante sociale"),
        ("CONSEIL DÉPARTEMENTAL DE LA GIRONDE", "Assistante sociale"),
        ("Communauté d'agglomération du Grand Besançon", "Assistante sociale"),
        ("CHAMBRE RÉGIONALE DES COMPTES", "Vérificatrice"),
    ]


def test_a_school_cut_after_its_opening_adjective():
    """ "École Nationale" over "Supérieure des Mines": a French school's name cannot end on its opening adjective;
    a degree on the next line is no part of it."""
    text = (
        "Jean Roux\njean@mail.fr\n\nFORMATION\nÉcole Nationale\nSupérieure des Mines\nDiplôme d'ingénieur\n"
        "1995 – 1998\nInstitut National\ndes Sciences Appliquées de Lyon\nDiplôme d'ingénieur\n1990 – 1995\n"
        "École Normale Supérieure\nAgrégation de lettres\n1985\n"
    )
    assert [school for school, _ in _schools(text)] == [
        "École Nationale Supérieure des Mines",
        "Institut National des Sciences Appliquées de Lyon",
        "École Normale Supérieure",
    ]


def test_a_firm_cut_after_its_opening_words():
    """ "Les Laboratoires" over "Servier Industrie, Gidy": the opening of a firm's name goes on over the next line,
    whether the title is above it (a right-hand date column) or below it."""
    rows = [
        Line("Jeanne Martin", top=40, x0=56.7, bold=True, size=18),
        Line("jeanne@mail.fr", top=62, x0=56.7),
        Line("EXPÉRIENCE PROFESSIONNELLE", top=100, x0=56.7, bold=True, size=12),
        Line("Technicienne de production", top=120, x0=56.7, bold=True),
        Line("mai 2016 – présent", top=120, x0=450),
        Line("Les Laboratoires", top=132, x0=56.7),
        Line("Servier Industrie, Gidy", top=144, x0=56.7),
        Line("Conduite de ligne de conditionnement.", top=156, x0=56.7),
        Line("Opératrice", top=176, x0=56.7, bold=True),
        Line("2012 – 2016", top=176, x0=450),
        Line("Sanofi Pasteur, Marcy-l'Étoile", top=188, x0=56.7),
    ]
    assert [(job[0], job[1]) for job in document_jobs(rows)] == [
        ("Les Laboratoires Servier Industrie", "Technicienne de production"),
        ("Sanofi Pasteur", "Opératrice"),
    ]
    text = (
        "Jean Dupont\njean@mail.fr\n\nEXPÉRIENCE\nÉtablissements\nMartin Frères\nMagasinier\n2014 – 2016\n"
        "Les Laboratoires\nServier Industrie, Gidy\nTechnicienne de production\n2010 – 2014\n"
    )
    assert [(job[0], job[1]) for job in _jobs(text)] == [
        ("Établissements Martin Frères", "Magasinier"),
        ("Les Laboratoires Servier Industrie", "Technicienne de production"),
    ]

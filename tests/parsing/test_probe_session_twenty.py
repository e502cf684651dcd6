"""Faults shown by realistic CVs written as real files in the twentieth probing session (law, banking back-offices,
Maghreb engineers, beauty and sport, social work, digital marketing, UK graduates) and by the gaps left from the
sessions before: each test holds one of them."""

from __future__ import annotations

from .files import bold_jobs as _bold_jobs
from .files import text_jobs as _jobs


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

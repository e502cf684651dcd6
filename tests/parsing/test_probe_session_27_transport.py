"""Faults of the twenty-seventh probing session's second wave (transport and security CVs) that the first batch of
fixes brought: the French "au" read inside a word, and "au" naming the unit served in, over the employer's line."""

from __future__ import annotations

from parsing import parse_resume


def _jobs(text: str) -> list[tuple[str | None, str | None]]:
    return [(job.get("position"), job.get("name")) for job in parse_resume(text.encode(), "cv.txt")["work"]]


def test_au_is_a_word_of_its_own():
    """ "GENDARME AUXILIAIRE (SERVICE NATIONAL)": no "au" there, no employer "XILIAIRE"."""
    text = (
        "Marc Guérin\nmarc.guerin@gmail.com\n\nEXPÉRIENCE\n"
        "1998 – 1999 : GENDARME AUXILIAIRE (SERVICE NATIONAL) – GENDARMERIE NATIONALE\n"
    )
    assert all(name != "XILIAIRE" for _position, name in _jobs(text))


def test_au_names_the_unit_over_the_employers_line():
    text = (
        "Paul Marchand\npaul.marchand@gmail.com\n\nEXPÉRIENCE\nGendarme au PSIG | 2002 – 2009\n"
        "Gendarmerie nationale – Compagnie de Vienne (38)\n• Interventions, surveillance\n"
    )
    assert _jobs(text) == [("Gendarme au PSIG", "Gendarmerie nationale")]
    # guard: with no organisation's line under it, "au" still names the employer
    text = "Aminata Sy\naminata.sy@gmail.com\n\nEXPÉRIENCE\nStagiaire à la BCEAO | 2012\nDakar, Sénégal\n"
    assert _jobs(text) == [("Stagiaire", "BCEAO")]


def test_site_or_branch_after_the_employer_is_no_employer():
    """A shop, a depot, a local association or a client's site written after the employer, in lower case, is where
    the work was done: "Auchan – hypermarché de Villeneuve-d'Ascq", "ADMR, association de Duclair", "Prosegur
    Sécurité, plateforme logistique de Montbartier", "Seris Security – site Hôpital Européen"."""
    head = "Nadia Morel\nnadia.morel@gmail.com\n\nEXPÉRIENCE\n"
    text = (
        f"{head}Hôtesse de caisse\nAuchan – hypermarché de Villeneuve-d'Ascq | 2012 - 2017\n"
        "Agent cynophile\nProsegur Sécurité, plateforme logistique de Montbartier | 2008 – 2010\n"
    )
    assert [name for _position, name in _jobs(text)] == ["Auchan", "Prosegur Sécurité"]
    text = f"{head}2010 à 2012 : Auxiliaire de vie, ADMR, association de Duclair\n"
    assert _jobs(text) == [("Auxiliaire de vie", "ADMR")]
    text = f"{head}Depuis 2021 | Chef de service sécurité incendie\nSeris Security – site Hôpital Européen, Marseille\n"
    assert _jobs(text) == [("Chef de service sécurité incendie", "Seris Security")]


def test_security_firm_named_by_its_trade_is_the_employer():
    """ "Fiducial Sécurité – Clinique du Pont de Chaume": the security firm, then the site it guards (whose name holds
    an organisation's word); "Pégase Sécurité (galerie commerciale …)": the trade's word makes no title of the firm."""
    text = (
        "Julien Noël\njulien.noel@gmail.com\n\nEXPÉRIENCE\n"
        "Agent de sécurité SSIAP 1 | Mars 2017 – Septembre 2020\nFiducial Sécurité – Clinique du Pont de Chaume\n"
        "2008 à 2011 : Agent de sécurité - Pégase Sécurité (galerie commerciale Auchan Petite-Forêt)\n"
    )
    assert _jobs(text) == [
        ("Agent de sécurité SSIAP 1", "Fiducial Sécurité"),
        ("Agent de sécurité", "Pégase Sécurité"),
    ]


def test_transport_and_army_posts_are_titles():
    """ "Convoyeur de fonds", "Dispatcheuse", "Engagé volontaire": titles of their own, kept whole beside a second
    part ("Convoyeur de fonds – conducteur")."""
    text = (
        "Karim Belkacem\nkarim.belkacem@gmail.com\n\nEXPÉRIENCE\n"
        "Brink's France, Lyon | 2014 – 2019\nConvoyeur de fonds – conducteur\n"
        "2013 - 2014 | Dispatcheuse\nTaxis Nantais\n"
        "2006 à 2008 : Engagé volontaire - Armée de terre (43e RI, Lille)\n"
    )
    assert [position for position, _name in _jobs(text)] == [
        "Convoyeur de fonds – conducteur",
        "Dispatcheuse",
        "Engagé volontaire",
    ]


def test_agency_then_its_trade_word_in_lower_case():
    """ "Synergie intérim – missions Lactalis": the agency's name, then the kind of work it gives."""
    text = (
        "Yann Henry\nyann.henry@gmail.com\n\nEXPÉRIENCE\n"
        "03/2022 – 12/2022 - Chauffeur PL porteur - Synergie intérim – missions Lactalis, Sodiaal\n"
    )
    assert _jobs(text) == [("Chauffeur PL porteur", "Synergie")]


def test_field_after_the_titles_dash_then_the_employer_after_a_comma():
    text = (
        "Awa Kouassi\nawa.kouassi@gmail.com\n\nEXPÉRIENCE\n"
        "depuis 2021 : Agent de sécurité – contrôle d'accès, Securitas, site Airbus Blagnac\n"
        "• Contrôle des accès véhicules et piétons\n"
    )
    assert _jobs(text) == [("Agent de sécurité – contrôle d'accès", "Securitas")]


def test_two_employers_parted_by_a_slash():
    """ "Adecco / Randstad (intérim)": both employers, as written; a slash that parts the line's fields ("DHL Supply
    Chain / Lens / 2015 – 2019") parts no employers."""
    text = (
        "Samir Amrani\nsamir.amrani@gmail.com\n\nEXPÉRIENCE\n"
        "Adecco / Randstad (intérim)\nManutentionnaire, cariste | 2005-2008\n"
    )
    assert _jobs(text) == [("Manutentionnaire, cariste", "Adecco / Randstad")]
    text = (
        "Jean Caron\njean.caron@gmail.com\n\nEXPÉRIENCE\nSUPERVISEUR LOGISTIQUE\n"
        "DHL Supply Chain / Lens / 2015 – 2019\n• Supervision de la préparation de commandes\n"
    )
    assert _jobs(text) == [("SUPERVISEUR LOGISTIQUE", "DHL Supply Chain")]


def test_bulleted_year_then_a_title_in_lower_case_chez_an_employer():
    text = (
        "Kévin Dubois\nkevin.dubois@gmail.com\n\nExpériences :\n"
        "• 2019 à 2021 livreur à vélo - Uber Eats / Deliveroo (auto-entrepreneur)\n"
        "• 2018 : équipier polyvalent chez McDonald's (Balma), CDD 6 mois\n"
    )
    assert _jobs(text) == [("livreur à vélo", "Uber Eats / Deliveroo"), ("équipier polyvalent", "McDonald's")]


def _studies(text: str) -> list[tuple[str | None, str | None]]:
    return [
        (item.get("studyType"), item.get("institution")) for item in parse_resume(text.encode(), "cv.txt")["education"]
    ]


def test_security_and_rescue_certificates_listed_as_studies():
    """SSIAP, BNSSA, a brevet and an attestation under the studies' heading are what was studied, where a training
    body named "… Formation" taught them; the body is no degree's field."""
    head = "Moussa Diallo\nmoussa.diallo@gmail.com\n\nFORMATION\n"
    text = (
        f"{head}2018\nSSIAP 2\nEuro Sécurité Formation, Bobigny\n"
        "2011\nBNSSA\nFédération française de sauvetage et de secourisme\n"
    )
    assert _studies(text) == [
        ("SSIAP 2", "Euro Sécurité Formation"),
        ("BNSSA", "Fédération française de sauvetage et de secourisme"),
    ]
    text = (
        f"{head}2018 CQP AGENT CYNOPHILE DE SÉCURITÉ - CANIS FORMATION - AUBAGNE\n"
        "2014 Attestation auxiliaire ambulancier - IRFSS Croix-Rouge française\n"
        "2009 BREVET DE MAÎTRE-CHIEN MILITAIRE - CENTRE DE FORMATION CYNOTECHNIQUE DES ARMÉES\n"
    )
    assert [institution for _degree, institution in _studies(text)] == [
        "CANIS FORMATION",
        "IRFSS Croix-Rouge française",
        "CENTRE DE FORMATION CYNOTECHNIQUE DES ARMÉES",
    ]
    text = f"{head}Brevet de parachutiste militaire\nETAP, Pau | 2013\n"
    assert _studies(text) == [("Brevet de parachutiste militaire", "ETAP")]


def test_diploma_by_vae_names_no_school():
    """ "par VAE": the diploma was validated by experience; the school is after the dash."""
    text = (
        "Claire Garnier\nclaire.garnier@gmail.com\n\nFORMATION\n"
        "2021 | Diplôme d'assistant de régulation médicale (DARM), par VAE – CFARM du CHU de Rennes\n"
    )
    assert [institution for _degree, institution in _studies(text)] == ["CFARM du CHU de Rennes"]


def test_driving_licence_wrapped_in_the_profile_is_no_degree():
    """ "… Clean" / "licence, full knowledge of EU drivers' hours": the sentence wrapped before "licence", a driving
    licence, not the French degree."""
    text = (
        "Mark Thompson\nmark.thompson@gmail.com\n\nPROFILE\n"
        "Experienced Class 1 driver with 13 years on the road, including 9 years of cross-Channel and EU work. Clean\n"
        "licence, full knowledge of EU drivers' hours and tachograph rules, customs paperwork (T1, CMR) since Brexit.\n"
        "\nEDUCATION\nBTEC National Diploma in Vehicle Maintenance | 2004\nCanterbury College\n"
    )
    assert all(degree != "licence" for degree, _school in _studies(text))

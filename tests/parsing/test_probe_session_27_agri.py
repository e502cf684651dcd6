"""Faults of the twenty-seventh probing session's farming and environment CVs: posts listed as bullets under a
cooperative's line, a family farm's header wrapped after its comma, a vineyard's arrow, a "Bénévolat et engagement"
heading, a title's field before the employer and its town, a degree's long line, a research unit as the employer,
the foresters' and ecologists' titles, a title's field wrapped or read as the employer, an Irish number and a town
"Based in", a long name in capitals wrapped, a bracket of dates wrapped under a group's head, a Dutch postcode, and
the plant protection and machinery certificates. Each test holds one of them, with guards."""

from __future__ import annotations

from typing import Any

from parsing import analyze, parse_resume
from parsing.document import Document, Line
from parsing.structure.contact import find_location
from parsing.structure.education import parse_education
from parsing.structure.entries import header_parts
from parsing.structure.experience import header_fields, parse_experience
from parsing.structure.vocab import title_score

HEAD = "Camille Martin\ncamille.martin@exemple.fr\n06 12 34 56 78\n\n"


def _parse(text: str) -> dict[str, Any]:
    return parse_resume(text.encode(), "cv.txt")


def _jobs(text: str) -> list[tuple[str | None, str | None, str | None, str | None]]:
    work = _parse(HEAD + text)["work"]
    return [(w.get("position"), w.get("name"), w.get("startDate"), w.get("endDate")) for w in work]


def _styled(rows: list[tuple[str, bool]], size: float = 9.5) -> dict[str, Any]:
    """The parse of a document whose lines are given with their weight, as a PDF sets them."""
    lines = [Line(text, size=20.0 if number == 0 else size, bold=bold) for number, (text, bold) in enumerate(rows)]
    return analyze(Document(lines=lines, format="pdf"))


def _studies(items: list[dict[str, Any]]) -> list[tuple[str | None, str | None]]:
    return [(" ".join(x for x in (e.get("studyType"), e.get("area")) if x), e.get("institution")) for e in items]


def test_posts_listed_as_bullets_under_a_cooperatives_line() -> None:
    """ "AXÉRÉAL (coopérative céréalière) - sites de …" over "• Technico-commercial grandes cultures depuis 01/2017"
    and "• Technicien silo / agréeur | 09/2013 - 12/2016", each with its duties in lower case under it: two posts
    held there, which were read as deeds and lost."""
    text = """Expérience professionnelle :
AXÉRÉAL (coopérative céréalière) - sites de Châteauroux et Issoudun
• Technico-commercial grandes cultures depuis 01/2017
secteur Champagne berrichonne, 95 exploitations, blé / orge / colza / tournesol
conseil phyto et fertilisation, vente appro, contrats de collecte, suivi OAD (Farmstar)
• Technicien silo / agréeur | 09/2013 - 12/2016
réception des récoltes, agréage, allotement, gestion des stocks, sécurité silo
Établissements Bonnin (négoce agricole), Levroux
Magasinier-vendeur sept 2011 - août 2013
"""
    jobs = _jobs(text)
    assert [(job[0], job[2]) for job in jobs] == [
        ("Technico-commercial grandes cultures", "2017-01"),
        ("Technicien silo / agréeur", "2013-09"),
        ("Magasinier-vendeur", "2011-09"),
    ]
    assert jobs[0][1] is not None and jobs[0][1].startswith("AXÉRÉAL")
    assert jobs[1][1] is not None and jobs[1][1].startswith("AXÉRÉAL")
    # guard: a deed closed by its years under a titled header stays a duty
    text = """EXPÉRIENCE
Chef de rayon – Carrefour, Lyon | 2015 – 2020
• Réorganisation complète du rayon frais depuis 2018
"""
    assert len(_jobs(text)) == 1


def test_a_family_farms_header_wrapped_after_its_comma() -> None:
    """ "Exploitation familiale (GAEC Rabier Père et Fils), | depuis 2014" over "Chinon" (both bold) and "Co-gérant,
    viticulteur": the town wrapped under the name, then the title; and "(certifié 2019)" under a bullet carries it
    on, no job of 2019."""
    rows = [
        ("Antoine Rabier", True),
        ("EXPÉRIENCE", True),
        ("Exploitation familiale (GAEC Rabier Père et Fils), | depuis 2014", True),
        ("Chinon", True),
        ("Co-gérant, viticulteur", False),
        ("• 32 ha en AOC Chinon et Saint-Nicolas-de-Bourgueil, conversion bio", False),
        ("(certifié 2019)", False),
        ("• Gestion de 3 salariés permanents", False),
        ("Cave des Vignerons de Saumur, | Mai – juin 2009", True),
        ("Saint-Cyr-en-Bourg", True),
        ("Stage BTSA", False),
    ]
    work = _styled(rows)["work"]
    assert [(w.get("name"), w.get("position"), w.get("startDate")) for w in work] == [
        ("Exploitation familiale (GAEC Rabier Père et Fils)", "Co-gérant, viticulteur", "2014"),
        ("Cave des Vignerons de Saumur", "Stage BTSA", "2009-05"),
    ]


def test_a_shared_post_is_a_post() -> None:
    """ "Co-gérant", "Co-directrice": the post held with another, which scored as no title."""
    assert title_score("co-gerant") >= 1.5
    assert title_score("co-directrice") >= 1.5
    assert title_score("co-founder") >= 1.5
    assert title_score("cooperative agricole") < 1


def test_an_arrow_sets_the_post_apart() -> None:
    """ "Vendanges 2019, Château Margaux (Margaux) -> coupeur puis porteur": the arrow is a separator, the cutter's and
    the carrier's posts a title."""
    text = """EXPERIENCES
2022 - aujourd'hui : Ouvrier viticole polyvalent, SCEA Vignobles Dumas (Saint-Émilion) - CDI
Vendanges 2019, Château Margaux (Margaux) -> coupeur puis porteur
"""
    jobs = _jobs(text)
    assert jobs[1][:3] == ("coupeur puis porteur", "Château Margaux", "2019")


def test_volunteering_and_commitment_heads_volunteering() -> None:
    """ "BÉNÉVOLAT ET ENGAGEMENT" was read as the interests' "Engagement", and the two dated missions under it lost;
    the field in lower case after "Bénévole –" is the title's, "LPO Occitanie" the organisation."""
    text = """EXPÉRIENCES PROFESSIONNELLES
Chargée d'études faune-flore, Biotope, Mèze — 2020 – aujourd'hui
BÉNÉVOLAT ET ENGAGEMENT
Bénévole – comptages Wetlands et suivi des rapaces, LPO Occitanie — depuis 2016
Service civique – Animatrice nature, CPIE Bassin de Thau — 2015-2016
"""
    volunteer = _parse(HEAD + text)["volunteer"]
    assert [(v.get("organization"), v.get("position"), v.get("startDate")) for v in volunteer] == [
        ("LPO Occitanie", "Bénévole – comptages Wetlands et suivi des rapaces", "2016"),
        ("CPIE Bassin de Thau", "Animatrice nature", "2015"),
    ]
    # guard: volunteering beside hobbies stays the interests
    text = "LOISIRS ET BÉNÉVOLAT\nRandonnée, photographie\n"
    assert not _parse(HEAD + text).get("volunteer")


def test_a_titles_field_before_the_employer_and_its_town() -> None:
    """ "Stage M2 – Inventaires chiroptères, Parc national des Cévennes, Florac": what the placement covered goes with
    its title, the park employs."""
    fields = header_fields(["Stage M2", "Inventaires chiroptères, Parc national des Cévennes, Florac"])
    assert fields == ("Stage M2 – Inventaires chiroptères", "Parc national des Cévennes", "Florac")
    # guard: a title, its employer and the town
    assert header_fields(["Consultant", "Capgemini Invent, Paris"])[:2] == ("Consultant", "Capgemini Invent")


def test_a_degree_line_too_long_for_its_year() -> None:
    """ "Université de Montpellier — Master Biodiversité, Écologie et Évolution, parcours … (IEGB) (2018)" and "2014
    Bac pro MELEC (Métiers de l'électricité et de ses environnements connectés) — Lycée professionnel Romain Rolland,
    Amiens": lines too long for their years to be read, whose degrees were lost."""
    items = parse_education(
        [
            "Université de Montpellier — Master Biodiversité, Écologie et Évolution, parcours Ingénierie en écologie "
            "et gestion de la biodiversité (IEGB) (2018)",
            "Université de Poitiers — Licence Sciences de la vie (2016)",
        ]
    )
    assert [(item.get("studyType"), item.get("institution"), item.get("endDate")) for item in items] == [
        ("Master", "Université de Montpellier", "2018"),
        ("Licence", "Université de Poitiers", "2016"),
    ]
    items = parse_education(
        [
            "2016 BTS Maintenance des systèmes option Systèmes de production — Lycée Édouard Branly, Amiens",
            "en apprentissage",
            "2014 Bac pro MELEC (Métiers de l'électricité et de ses environnements connectés) — Lycée professionnel "
            "Romain Rolland, Amiens",
        ]
    )
    assert [(item.get("studyType"), item.get("institution")) for item in items] == [
        ("BTS", "Lycée Édouard Branly"),
        ("Bac pro", "Lycée professionnel Romain Rolland"),
    ]


def test_a_research_unit_under_its_bodies_employs() -> None:
    """ "Doctorante" over "UMR Agronomie (INRAE, AgroParisTech)": the laboratory, run by the bodies in brackets, is the
    employer, no department the title covers."""
    assert header_fields(["Doctorante", "UMR Agronomie (INRAE, AgroParisTech)"])[:2] == (
        "Doctorante",
        "UMR Agronomie (INRAE, AgroParisTech)",
    )
    # guard: a workshop under a title is what it covers
    assert header_fields(["Ingénieur production", "Atelier montage"])[1] == ""


def test_foresters_and_ecologists_posts() -> None:
    """ "Agent patrimonial", "Patrouilleur DFCI", "Écologue junior", "Graduate Ecologist — Arcadis, Bristol": titles
    that scored too low and were dropped or read as the employer; and the MFR, a school."""
    for title in ("agent patrimonial", "patrouilleur dfci", "ecologue junior", "graduate ecologist"):
        assert title_score(title) >= 1.5, title
    assert header_fields(header_parts(["Graduate Ecologist — Arcadis, Bristol"]))[:2] == (
        "Graduate Ecologist",
        "Arcadis",
    )
    items = parse_education(["2005 Bac pro Gestion et conduite de chantiers forestiers - MFR de Rambervillers (88)"])
    assert items[0].get("institution") == "MFR de Rambervillers"


def test_a_titles_field_wrapped_or_read_as_the_employer() -> None:
    """ "Ingénieur études de réseau – raccordement des énergies marines" over "renouvelables" (both bold) over "RTE, La
    Défense", and "Energy Analyst – Power & Gas" over "RWE Supply & Trading, Essen": the field the title covers is no
    employer, and the line under it names the employer."""
    rows = [
        ("Claire Delaunay", True),
        ("EXPÉRIENCE PROFESSIONNELLE", True),
        ("Depuis sept. 2020 | Ingénieur études de réseau – raccordement des énergies marines", True),
        ("renouvelables", True),
        ("RTE, La Défense", False),
        ("• Études de raccordement des parcs éoliens en mer", False),
        ("10.2019 – 03.2023 Energy Analyst – Power & Gas", True),
        ("RWE Supply & Trading, Essen", False),
        ("• Fundamental modelling of the German and French power markets", False),
        ("03.2016 – 08.2016 Intern – District Heating", True),
        ("Stadtwerke München, Munich", False),
    ]
    work = _styled(rows)["work"]
    assert [(w.get("name"), w.get("position")) for w in work] == [
        ("RTE", "Ingénieur études de réseau – raccordement des énergies marines renouvelables"),
        ("RWE Supply & Trading", "Energy Analyst – Power & Gas"),
        ("Stadtwerke München", "Intern – District Heating"),
    ]


def test_an_irish_number_and_a_town_based_in() -> None:
    """ "Based in Cognac, France (until end of November)" and "Mobile: 087 915 3362 (Irish number, WhatsApp)": the
    town where the person lives, and the number read as Irish as the CV says."""
    text = """AOIFE DUNNE
Based in Cognac, France (until end of November)
Mobile: 087 915 3362 (Irish number, WhatsApp)
Email: aoife.dunne@gmail.com
"""
    basics = _parse(text)["basics"]
    assert basics.get("phone") == "+353879153362"
    assert basics["location"].get("city") == "Cognac"
    assert find_location(["Based in Lyon"]).get("city") == "Lyon"


def test_a_remark_after_the_county_is_no_employer() -> None:
    """ "Farm hand - Dunne's Dairy Farm, Ballinhassig, Co. Cork (family farm, 120 cows)": the remark on the farm
    after its county made the county the employer."""
    fields = header_fields(["Farm hand", "Dunne's Dairy Farm, Ballinhassig, Co. Cork (family farm, 120 cows)"])
    assert fields == ("Farm hand", "Dunne's Dairy Farm", "Co. Cork")


def test_a_header_wrapped_after_a_connector() -> None:
    """ "… (SMEIL), Technicien de" over "rivière (Quimperlé)", and a long name in capitals wrapped after "DU": the
    title's end and the name's end are on the next line."""
    rows = [
        ("Yann Tanguy", True),
        ("EXPÉRIENCE PROFESSIONNELLE", True),
        ("depuis 2016 | SYNDICAT MIXTE DU BASSIN DE L'ELLÉ-ISOLE-LAÏTA (SMEIL), Technicien de", True),
        ("rivière (Quimperlé)", False),
        ("• Programmation et suivi des travaux de restauration de cours d'eau", False),
        ("2012 – 2016 | FÉDÉRATION DU FINISTÈRE POUR LA PÊCHE ET LA PROTECTION DU", True),
        ("MILIEU AQUATIQUE, Technicien milieux aquatiques (Quimper)", True),
    ]
    work = _styled(rows, size=10.5)["work"]
    assert [(w.get("name"), (w.get("position") or "").removesuffix(" (Quimperlé)")) for w in work] == [
        ("SYNDICAT MIXTE DU BASSIN DE L'ELLÉ-ISOLE-LAÏTA (SMEIL)", "Technicien de rivière"),
        ("FÉDÉRATION DU FINISTÈRE POUR LA PÊCHE ET LA PROTECTION DU MILIEU AQUATIQUE", "Technicien milieux aquatiques"),
    ]


def test_a_bracket_of_dates_wrapped_under_a_groups_head() -> None:
    """ "Ingénieure développement … — TotalEnergies Renewables, Paris-La Défense (depuis" over "janvier 2022)" under
    "TotalEnergies (ex-Total) | 2017 – aujourd'hui": the post's own start, and the group's name."""
    texts = [
        "TotalEnergies (ex-Total) | 2017 – aujourd'hui",
        "Ingénieure développement de projets solaires — TotalEnergies Renewables, Paris-La Défense (depuis",
        "janvier 2022)",
        "• Développement d'un portefeuille de 400 MWc de centrales au sol en France",
        "Ingénieure procédés – raffinerie de Donges (sept. 2019 – déc. 2021)",
        "• Études de captage de CO₂ en pré-projet",
    ]
    work = parse_experience(texts)
    assert [(w.get("name"), w.get("position"), w.get("startDate")) for w in work] == [
        ("TotalEnergies", "Ingénieure développement de projets solaires", "2022-01"),
        ("TotalEnergies", "Ingénieure procédés", "2019-09"),
    ]


def test_a_dutch_postcode() -> None:
    """ "2291 PG Wateringen": four digits and two letters, the Netherlands' postcode, before a town the gazetteer does
    not know."""
    location = find_location(["Westlandseweg 210", "2291 PG Wateringen", "The Netherlands"])
    assert (location.get("city"), location.get("countryCode")) == ("Wateringen", "NL")
    # guard: a year and a degree's initials are no postcode
    assert find_location(["2019 BA Economics"]).get("city") is None


def test_plant_protection_and_machinery_certificates() -> None:
    """ "Certiphyto opérateur - CFPPA de Blanquefort", "CACES R482 catégories A et F - AFTRAL": certificates listed
    among the studies, which the whole line was read as the school of, or no degree at all."""
    items = parse_education(
        [
            "2020 CACES R482 catégories A et F - AFTRAL",
            "2019 Certiphyto opérateur - CFPPA de Villefranche",
            "2010 CAP Maçon - CFA BTP de Dardilly",
        ]
    )
    assert _studies(items) == [
        ("CACES R482 catégories A et F", "AFTRAL"),
        ("Certiphyto opérateur", "CFPPA de Villefranche"),
        ("CAP Maçon", "CFA BTP de Dardilly"),
    ]
    # guard: the machines' licences listed after a label are no diploma
    items = parse_education(["CAP Agent d'entreposage (2009) – Lycée Aristide Briand", "Permis / caces :CACES R489"])
    assert len(items) == 1

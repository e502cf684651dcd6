"""Review of the twenty-eighth session's leftovers and names merges: rules that read too much. A job's years with its
country in brackets taken for a phone number's country, a project's past goal taken for a career plan, a Hebrew given
name taken for a French rank's letters, a credential's dotted letters kept as initials, the places the person would
move to read as the home town once a country alone came last, a service after a title's slash read as the firm."""

from __future__ import annotations

from parsing import parse_resume


def _parse(text: str) -> dict:
    return parse_resume(text.encode(), "cv.txt")


_HEAD = "Jean Martin\njean.martin@example.fr\n06 12 34 56 78\n69003 Lyon\n\n"


def test_a_jobs_years_and_country_in_brackets_say_nothing_of_the_phone():
    text = _HEAD + "EXPÉRIENCE\nIngénieur projet — OCP, Casablanca\nSept. 2015 - 2019 (Maroc)\n- Suivi\n"
    assert _parse(text)["basics"]["phone"] == "+33612345678"
    # guard: a national number with its country in brackets still says it
    text = "Rahul Nair\nMob: 055-7654321 (UAE)\nrahul.nair@example.com\n"
    assert _parse(text)["basics"]["phone"] == "+971557654321"


def test_a_projects_past_goal_is_no_career_plan():
    text = _HEAD + (
        "EXPÉRIENCE\nDéveloppeur — Sopra, Lyon — 2019-2021\n\nPROJET\nApplication mobile de covoiturage (Flutter)\n"
        "Mon objectif était de concevoir une application simple pour les étudiants du campus.\n"
    )
    assert not _parse(text)["basics"].get("summary")


def test_a_hebrew_given_name_is_no_rank():
    assert _parse("Gal Ben Ami\ngal.benami@example.com\n")["basics"]["name"] == "Gal Ben Ami"
    # guard: the letters in capitals are the rank's
    from parsing.structure.names import strip_rank

    assert strip_rank("CNE Élodie CARPENTIER") == "Élodie CARPENTIER"
    assert strip_rank("Sgt John Smith") == "John Smith"


def test_dotted_credentials_after_the_name_are_no_initials():
    text = "John Smith P.M.P.\njohn.smith@example.com\n(617) 555-0134\n"
    assert _parse(text)["basics"]["name"] == "John Smith"


def test_the_places_one_would_move_to_are_no_home_town():
    text = "Jean Martin\nFrance\njean.martin@example.fr\n06 12 34 56 78\nMobilité : Londres, Berlin\n"
    assert _parse(text)["basics"]["location"].get("city") is None
    text = "John Smith\njohn.smith@example.com | +44 7700 900562 | United Kingdom\nOpen to relocation: Dublin, Rome\n"
    assert _parse(text)["basics"]["location"] == {"countryCode": "GB"}
    # guard: a town before the mobility on the same line is the person's
    text = "Jean Martin\njean.martin@example.fr\n06 12 34 56 78\nNantes · Mobilité nationale\n"
    assert _parse(text)["basics"]["location"]["city"] == "Nantes"


def test_a_service_after_a_titles_slash_is_no_firm():
    text = _HEAD + (
        "EXPÉRIENCE\nDéveloppeur Java / Capgemini — 2018–2021\n- Développement\n"
        "Assistante / comptabilité — 2016–2018\n- Saisie des factures\n"
    )
    work = _parse(text)["work"]
    assert work[0]["name"] == "Capgemini"
    assert not work[1].get("name")

"""Review of the twenty-seventh session's contact and sections rules on CVs they were not written for: a country's
word in a duty line ("Managed the Italian phone support team") is no number's country, "Port" without its dot after
a town is still the phone's label, a sub-heading opened by the section's keyword right under its heading is a heading
still, and a heading phrase after a degree ("MBA Projects") heads. Each test failed before its mend, and keeps a guard
of what the rule was written for."""

from parsing import parse_resume


def _parse(text: str) -> dict:
    return parse_resume(text.encode(), "cv.txt")


def test_a_country_word_in_a_duty_line_says_nothing_of_the_number():
    """ "Managed the Italian phone support team", "Gestion du numéro suisse de support client": the words are the
    job's, far from any number; the UK and French numbers kept their own country (they were read as Italian, Swiss)."""
    text = (
        "Emma Wilson\nemma.wilson@gmail.com | 020 7946 0958 | Manchester\n\nEXPERIENCE\n"
        "Product Manager – Acme Ltd | 2018 – 2023\n• Managed the Italian phone support team\n"
    )
    assert _parse(text)["basics"]["phone"] == "+442079460958"
    text = (
        "Jean Dupont\njean.dupont@gmail.com | 06 12 34 56 78 | Lyon\n\nEXPÉRIENCE PROFESSIONNELLE\n"
        "Chef de projet – Orange, Lyon | 2016 – 2020\n• Gestion du numéro suisse de support client\n"
    )
    assert _parse(text)["basics"]["phone"] == "+33612345678"
    text = (
        "Aoife Byrne\naoife.byrne@gmail.com | 087 915 3362 | Dublin\n\nEXPERIENCE\n"
        "Product Manager – Acme Ltd, Dublin | 2018 – 2023\n• Launched a Dutch mobile wallet\n"
    )
    assert _parse(text)["basics"]["phone"] == "+353879153362"
    # guard: the country said on the number's own line
    text = (
        "Jean Dupont\nSwiss mobile 079 876 54 32 | Annecy\n\nEXPÉRIENCE\nTechnicien – Safran, Toulouse | 2018 – 2022\n"
    )
    assert _parse(text)["basics"]["phone"] == "+41798765432"
    text = (
        "Marc Dupont\nnuméro belge : 0470 12 34 56\nLille\n\nEXPÉRIENCE\nTechnicien – Safran, Toulouse | 2018 – 2022\n"
    )
    assert _parse(text)["basics"]["phone"] == "+32470123456"


def test_port_without_its_dot_after_a_town_is_the_phone_label():
    """ "12 rue Victor Hugo 69003 Lyon Port 06 12 34 56 78": "Port" is the mobile's label, the town Lyon (it was
    "Lyon Port")."""
    text = (
        "Jean Dupont\n12 rue Victor Hugo 69003 Lyon Port 06 12 34 56 78\n\nEXPÉRIENCE\n"
        "Technicien – Safran | 2018 – 2022\n"
    )
    assert _parse(text)["basics"]["location"]["city"] == "Lyon"
    # guard: the town of Réunion
    text = "Jean Dupont\n97420 Le Port 0692 12 34 56\n\nEXPÉRIENCE\nTechnicien – Safran | 2018 – 2022\n"
    assert _parse(text)["basics"]["location"]["city"] == "Le Port"


def test_a_sub_heading_opened_by_the_keyword_under_its_heading():
    """ "EXPÉRIENCES" then "Expérience Professionnelle Significative", "PROFESSIONAL EXPERIENCE" then "Experience in
    Ireland": a second heading, not the first job's employer (which it replaced or erased)."""
    text = (
        "Claire Petit\nclaire.petit@gmail.com | 06 12 34 56 78 | Nantes\n\nEXPÉRIENCES\n"
        "Expérience Professionnelle Significative\nComptable – KPMG | 2015 – 2019\n"
    )
    assert [(w.get("name"), w.get("position")) for w in _parse(text)["work"]] == [("KPMG", "Comptable")]
    text = (
        "Claire Petit\nclaire.petit@gmail.com | 06 12 34 56 78 | Nantes\n\nPROFESSIONAL EXPERIENCE\n"
        "Experience in Ireland\nBarista – Insomnia, Cork | 2016 – 2017\n"
    )
    assert [(w.get("name"), w.get("position")) for w in _parse(text)["work"]] == [("Insomnia", "Barista")]
    # guard: a school named with the keyword, right under the heading
    text = (
        "Claire Petit\nclaire.petit@gmail.com | 06 12 34 56 78 | Nantes\n\nFORMATION\nTBS Education\n"
        "Master in Management | 2018\n"
    )
    assert _parse(text)["education"][0]["institution"] == "TBS Education"


def test_a_heading_phrase_after_a_degree_heads():
    """ "MBA Projects" over a project: a heading whose first word is a degree (the line was read as a degree's and
    the project as a job)."""
    text = (
        "Emma Wilson\nemma.wilson@gmail.com | 07700 900123 | London\n\nEXPERIENCE\n"
        "Warehouse Operative – Tesco, Dublin | 2019 – 2023\n• Picking and packing\n\nMBA Projects\n"
        "Market entry strategy for Danone in India | 2019\n"
    )
    result = _parse(text)
    assert [w.get("name") for w in result["work"]] == ["Tesco"]
    assert result.get("projects")
    # guard: a degree's line in a heading's type
    text = (
        "Emma Wilson\nemma.wilson@gmail.com | 07700 900123 | London\n\nEXPERIENCE\n"
        "Warehouse Operative – Tesco, Dublin | 2019 – 2023\n\nEDUCATION\nMA User Experience Design\n"
        "Kingston University | 2019\n"
    )
    assert _parse(text)["education"][0]["studyType"] == "MA"

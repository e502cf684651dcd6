"""Labelled synthetic CVs in French and English, rendered as real PDF (reportlab) and DOCX (python-docx).

``generate_cv(seed, taxonomy)`` → ``(bytes, filename, labels)``. The same seed always gives the same CV. Layouts:
one column with bold headings, one column with ALL CAPS headings, a left sidebar (two columns), dates in a
left column, DOCX with heading styles, DOCX in a two-cell table. Entry headers, date wordings, contact blocks
and language levels are drawn from many variants so the parser cannot lean on one template.

Tune the parser on seeds below ``HELD_OUT_START`` only; measure on seeds from it.
"""

from __future__ import annotations

import io
import random
import unicodedata
from dataclasses import dataclass, field
from typing import Any

import phonenumbers

from ..document import Document, Line
from ..taxonomy import SkillEntry, Taxonomy

HELD_OUT_START = 100_000

_FR_FIRST = [
    "Jean",
    "Marie",
    "Camille",
    "Hélène",
    "Zoé",
    "Anaïs",
    "Loïc",
    "Gaëlle",
    "Jérôme",
    "François",
    "Chloé",
    "Léa",
    "Théo",
    "Noémie",
    "Mathéo",
    "Inès",
    "Yasmine",
    "Mehdi",
    "Karim",
    "Fatou",
    "Amadou",
    "Thi",
    "Minh",
    "Sébastien",
    "Aurélie",
    "Clémence",
    "Benoît",
    "Cédric",
    "Éloïse",
    "Agnès",
    "Raphaël",
    "Maëlys",
    "Jean-Baptiste",
    "Marie-Claire",
    "Pierre-Louis",
    "Anne-Sophie",
    "Jean-Michel",
    "Lou-Ann",
    "Timothée",
    "Bérénice",
    "Grégoire",
    "Céline",
]
_FR_LAST = [
    "Dubois",
    "Lefèvre",
    "Rousseau",
    "Garnier",
    "Fontaine",
    "Chevalier",
    "Lemoine",
    "Mercier",
    "Faure",
    "Girard",
    "Bonnet",
    "Lambert",
    "Fournier",
    "Benali",
    "Haddad",
    "Nguyen",
    "Traoré",
    "Diallo",
    "Kowalski",
    "Ferreira",
    "Moreau",
    "Lacroix",
    "Perrin",
    "Barbier",
    "Roussel",
    "Leclerc",
    "Gauthier",
    "Masson",
    "Brunet",
    "Aubert",
    "Deschamps",
    "Boyer",
    "Marchand",
    "Hoarau",
    "Lebreton",
    "Caron",
    "Da Silva",
    "Le Gall",
    "N'Diaye",
    "de La Fontaine",
    "Rousseau-Martin",
    "Saint-Pierre",
    "Le Goff",
    "Da Costa",
]
_EN_FIRST = [
    "Emma",
    "Oliver",
    "Amelia",
    "George",
    "Isla",
    "Harry",
    "Ava",
    "Jack",
    "Sophie",
    "Charlie",
    "Grace",
    "Thomas",
    "Freya",
    "James",
    "Mia",
    "William",
    "Ella",
    "Daniel",
    "Chloe",
    "Samuel",
    "Priya",
    "Arjun",
    "Aisha",
    "Mohammed",
    "Zara",
    "Liam",
    "Noah",
    "Olivia",
    "Lucas",
    "Hannah",
    "Ethan",
    "Megan",
    "Ryan",
    "Nadia",
    "Mary-Jane",
    "Anne-Marie",
    "Seán",
    "Zoë",
]
_EN_LAST = [
    "Smith",
    "Jones",
    "Taylor",
    "Brown",
    "Williams",
    "Wilson",
    "Johnson",
    "Davies",
    "Robinson",
    "Wright",
    "Thompson",
    "Evans",
    "Walker",
    "White",
    "Roberts",
    "Green",
    "Hall",
    "Wood",
    "Jackson",
    "Clarke",
    "Patel",
    "Khan",
    "Singh",
    "Murphy",
    "O'Brien",
    "McDonald",
    "Harrison",
    "Foster",
    "Bennett",
    "Hughes",
    "Campbell",
    "Morgan",
    "Ahmed",
    "Okafor",
    "Nowak",
    "Fitzgerald",
    "Smith-Jones",
    "Van der Berg",
    "O'Connor",
]

_FR_EMPLOYERS = [
    "Capgemini",
    "Société Générale",
    "BNP Paribas",
    "Orange",
    "Doctolib",
    "Decathlon",
    "Leroy Merlin",
    "Qonto",
    "Thales",
    "Safran",
    "Sopra Steria",
    "Atos",
    "Ubisoft",
    "Dassault Systèmes",
    "Michelin",
    "Renault",
    "Airbus",
    "Crédit Agricole",
    "La Poste",
    "SNCF",
    "L'Oréal",
    "Danone",
    "Carrefour",
    "Ateliers Martin SARL",
    "Cabinet Lemoine & Associés",
    "Groupe Casino",
    "Alan",
    "Back Market",
    "Criteo",
    "Mairie de Nantes",
    "CHU de Bordeaux",
    "Boulangerie Dupré",
    "Transports Girard SAS",
    "Veolia",
    "Engie",
    "Axa France",
    "Nexity",
    "Fnac Darty",
    "Blablacar",
    "ManoMano",
    "Lydia Solutions",
    "Numérique Conseil SAS",
    "Ingéo Technologies",
    "Artefact",
    "OVHcloud",
    "Wavestone",
    "Accenture France",
    "Bouygues Telecom",
    "Pôle emploi",
    "Hôpital Saint-Louis",
]
_EN_EMPLOYERS = [
    "Barclays",
    "Deloitte",
    "Accenture",
    "Tesco",
    "BT Group",
    "Monzo",
    "Deliveroo",
    "HSBC",
    "Unilever",
    "Rolls-Royce",
    "Ocado Technology",
    "Sainsbury's",
    "Acme Corp",
    "Northwind Traders Ltd",
    "Bluefin Analytics Inc.",
    "Greenleaf Consulting LLC",
    "Vodafone",
    "Revolut",
    "Arm Holdings",
    "Sky UK",
    "Aviva",
    "Lloyds Banking Group",
    "GSK",
    "AstraZeneca",
    "Jaguar Land Rover",
    "BBC",
    "NHS Digital",
    "Transport for London",
    "Babcock International",
    "Sage Group",
    "Experian",
    "Capita",
    "Marks & Spencer",
    "Brightwave Labs Ltd",
    "Kestrel Software Inc.",
    "Harbour Logistics plc",
    "Thoughtworks",
    "Skyscanner",
    "Wise",
    "Ocado",
]
_FR_POSITIONS = [
    "Développeur Full Stack",
    "Ingénieur DevOps",
    "Chef de projet digital",
    "Data Analyst",
    "Chargée de recrutement",
    "Comptable",
    "Responsable marketing",
    "Consultant SAP",
    "Technicien support informatique",
    "Assistante de direction",
    "Stagiaire en développement web",
    "Product Owner",
    "Business Developer",
    "Architecte Cloud",
    "Data Scientist",
    "Juriste d'entreprise",
    "Contrôleur de gestion",
    "Commercial B2B",
    "Infirmière",
    "UX Designer",
    "Développeuse Python",
    "Ingénieur logiciel",
    "Responsable des ressources humaines",
    "Chargé de communication",
    "Analyste financier",
    "Gestionnaire de paie",
    "Acheteur",
    "Responsable logistique",
    "Ingénieure qualité",
    "Administrateur systèmes et réseaux",
    "Alternant développeur",
    "Directrice commerciale",
    "Chef de produit",
    "Consultante en cybersécurité",
    "Lead développeur",
]
_EN_POSITIONS = [
    "Software Engineer",
    "Senior Data Analyst",
    "Project Manager",
    "Marketing Manager",
    "Accountant",
    "HR Business Partner",
    "DevOps Engineer",
    "Product Manager",
    "Business Analyst",
    "Frontend Developer",
    "Backend Developer",
    "Data Scientist",
    "Customer Success Manager",
    "Sales Executive",
    "UX Designer",
    "IT Support Technician",
    "Financial Analyst",
    "Recruitment Consultant",
    "Graduate Software Developer",
    "Operations Manager",
    "Cloud Architect",
    "QA Engineer",
    "Technical Lead",
    "Head of Engineering",
    "Marketing Intern",
    "Procurement Officer",
    "Supply Chain Analyst",
    "Security Consultant",
    "Full Stack Developer",
    "Machine Learning Engineer",
    "Office Manager",
    "Payroll Specialist",
]
_FR_CITIES = [
    ("Paris", "75011"),
    ("Lyon", "69003"),
    ("Marseille", "13008"),
    ("Toulouse", "31000"),
    ("Nantes", "44000"),
    ("Bordeaux", "33000"),
    ("Lille", "59000"),
    ("Rennes", "35000"),
    ("Strasbourg", "67000"),
    ("Montpellier", "34000"),
    ("Grenoble", "38000"),
    ("Nice", "06000"),
]
_EN_CITIES = [
    ("London", "GB"),
    ("Manchester", "GB"),
    ("Bristol", "GB"),
    ("Leeds", "GB"),
    ("Edinburgh", "GB"),
    ("Birmingham", "GB"),
    ("Cambridge", "GB"),
    ("Toronto", "CA"),
    ("Dublin", "IE"),
    ("New York", "US"),
    ("Boston", "US"),
]
# (display, canonical key, level, area)
_FR_DEGREES = [
    ("Master", "master", 5, ["Informatique", "Finance d'entreprise", "Marketing digital", "Ressources humaines"]),
    ("Licence", "licence", 3, ["Économie-Gestion", "Informatique", "Droit privé", "Mathématiques"]),
    (
        "BTS",
        "bts",
        2,
        ["Comptabilité et Gestion", "Services informatiques aux organisations", "Commerce international"],
    ),
    ("DUT", "dut", 2, ["Informatique", "Gestion des entreprises et des administrations", "Génie mécanique"]),
    ("Diplôme d'ingénieur", "engineer", 5, ["génie logiciel", "informatique et réseaux", "mécanique"]),
    ("Doctorat", "phd", 8, ["Chimie", "Informatique", "Biologie"]),
    ("MBA", "mba", 5, [""]),
    ("Mastère spécialisé", "master", 5, ["Big Data", "Management des systèmes d'information"]),
    ("Baccalauréat", "bac", 0, ["scientifique", "économique et social"]),
    ("Licence professionnelle", "licence", 3, ["Métiers du numérique", "Logistique"]),
    ("BUT", "licence", 3, ["Informatique", "Techniques de commercialisation"]),
]
_EN_DEGREES = [
    ("Bachelor of Science", "licence", 3, ["Computer Science", "Economics", "Mathematics", "Psychology"]),
    ("Master of Science", "master", 5, ["Data Science", "Finance", "Software Engineering"]),
    ("MBA", "mba", 5, [""]),
    ("PhD", "phd", 8, ["Physics", "Computer Science", "Chemistry"]),
    ("BA", "licence", 3, ["Economics", "English Literature", "History"]),
    ("MSc", "master", 5, ["Finance", "Artificial Intelligence", "Marketing"]),
    ("BSc", "licence", 3, ["Computer Science", "Business Management"]),
    ("Bachelor of Arts", "licence", 3, ["Marketing", "Politics"]),
    ("Master of Engineering", "engineer", 5, ["Mechanical Engineering", "Electrical Engineering"]),
    ("Associate Degree", "deug", 2, ["Accounting", "Business"]),
]
_FR_SCHOOLS = [
    "Université Paris-Saclay",
    "Université de Lyon",
    "INSA Lyon",
    "École Polytechnique",
    "IUT de Nantes",
    "EPITA",
    "HEC Paris",
    "Université de Bordeaux",
    "Sorbonne Université",
    "Télécom Paris",
    "IAE Aix-Marseille",
    "Grenoble INP",
    "Université Toulouse III – Paul Sabatier",
    "ESSEC Business School",
    "Lycée Jean Moulin",
    "Université de Strasbourg",
    "École Centrale de Nantes",
    "Université Rennes 2",
    "NEOMA Business School",
    "Université de Lille",
    "CNAM",
    "Lycée Victor Hugo",
    "IUT de Bordeaux",
    "École des Mines de Saint-Étienne",
    "Université Côte d'Azur",
]
_EN_SCHOOLS = [
    "University of Manchester",
    "Imperial College London",
    "King's College London",
    "University of Edinburgh",
    "London School of Economics",
    "University of Leeds",
    "University of Bristol",
    "University of Toronto",
    "Trinity College Dublin",
    "University College London",
    "University of Warwick",
    "Boston University",
    "University of Birmingham",
    "Durham University",
    "Open University",
    "Manchester Metropolitan University",
    "University of Glasgow",
    "Newcastle College",
]

_LEVELS_FR = {
    "native": ["langue maternelle", "natif", "maternelle"],
    "C2": ["bilingue", "C2"],
    "C1": ["courant", "C1", "courant (C1)", "lu, écrit, parlé"],
    "B2": ["B2", "bon niveau (B2)", "professionnel"],
    "B1": ["intermédiaire", "B1", "niveau intermédiaire"],
    "A2": ["notions", "A2", "scolaire"],
}
_LEVELS_EN = {
    "native": ["native", "native speaker", "mother tongue"],
    "C2": ["bilingual", "C2", "full professional proficiency"],
    "C1": ["fluent", "C1", "professional working proficiency", "advanced"],
    "B2": ["upper intermediate", "B2", "good command"],
    "B1": ["intermediate", "B1", "limited working proficiency"],
    "A2": ["basic", "A2", "elementary proficiency"],
}
_LANG_NAMES = {
    "fr": {"fr": "Français", "en": "Anglais", "es": "Espagnol", "de": "Allemand", "it": "Italien", "ar": "Arabe",
           "pt": "Portugais", "zh": "Chinois"},
    "en": {"fr": "French", "en": "English", "es": "Spanish", "de": "German", "it": "Italian", "ar": "Arabic",
           "pt": "Portuguese", "zh": "Mandarin"},
}  # fmt: skip
_MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
              "novembre", "décembre"]  # fmt: skip
_MONTHS_FR_SHORT = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.",
                    "déc."]  # fmt: skip
_MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
              "November", "December"]  # fmt: skip

_FR_BULLETS = [
    "Conception et développement de nouvelles fonctionnalités en {s}",
    "Mise en place d'outils de suivi et de reporting",
    "Encadrement d'une équipe de {n} personnes",
    "Participation aux ateliers avec les clients et rédaction des spécifications",
    "Amélioration des processus internes ({s})",
    "Suivi des indicateurs de performance et des budgets",
    "Formation des nouveaux collaborateurs",
    "Utilisation quotidienne de {s} et {s2}",
    "Réduction des délais de traitement de {n}0 %",
    "Rédaction de la documentation et des procédures",
]
_EN_BULLETS = [
    "Designed and built new features using {s}",
    "Introduced monitoring and reporting tools for the team",
    "Managed a team of {n} people",
    "Ran workshops with customers and wrote specifications",
    "Improved internal processes with {s}",
    "Tracked performance indicators and budgets",
    "Onboarded and mentored new colleagues",
    "Worked daily with {s} and {s2}",
    "Cut processing time by {n}0%",
    "Wrote documentation and operating procedures",
]
_FR_SUMMARY = [
    "{title} avec {n} ans d'expérience, je recherche un nouveau défi au sein d'une équipe motivée.",
    "Professionnelle rigoureuse et curieuse, spécialisée en {s}, disponible rapidement.",
    "Passionné par mon métier, j'aime travailler en équipe et apprendre de nouvelles méthodes.",
]
_EN_SUMMARY = [
    "{title} with {n} years of experience, looking for a new challenge in a motivated team.",
    "Detail-oriented professional specialising in {s}, available at short notice.",
    "Passionate about my work; I enjoy teamwork and learning new methods.",
]
_INTERESTS_FR = ["Course à pied", "Photographie", "Cuisine", "Voyages", "Échecs", "Bénévolat associatif", "Musique"]
_INTERESTS_EN = ["Running", "Photography", "Cooking", "Travel", "Chess", "Volunteering", "Music", "Climbing"]

LAYOUTS = [
    "pdf_classic", "pdf_caps", "pdf_sidebar", "pdf_dates_left", "docx_headings", "docx_table",
    # Harder layouts (added after the rules were written, to stop the benchmark flattering them):
    "pdf_indeed",  # job-board export: "Position / Company - City, ST / Month Year to Present", link footers
    "docx_table_rows",  # a two-column table per entry: dates in the left cell, header and bullets in the right
    "pdf_sidebar_experience",  # the experience section in the narrow sidebar, skills in the main column
    "pdf_oneline_header",  # name, title and contact details on one line
]  # fmt: skip
_SIDEBAR_LAYOUTS = {"pdf_sidebar", "docx_table", "pdf_sidebar_experience"}
# Headings that do not use the usual words (the parser may well miss some: that is the point of having them).
_ODD_HEADINGS = {
    "fr": {"experience": ["Mon parcours", "Itinéraire professionnel", "Postes occupés", "Expériences"],
           "education": ["Cursus", "Mon cursus", "Scolarité"]},
    "en": {"experience": ["Career path", "Positions held", "Where I have worked", "Track record"],
           "education": ["Studies", "Academic path", "Schooling"]},
}  # fmt: skip
_OTHER_COMPANIES = ["Microsoft", "Decathlon", "Renault", "Siemens", "IBM", "L'Oréal", "Accenture", "Danone"]
_US_STATES = ["NY", "CA", "TX", "IL", "MA", "WA"]


@dataclass
class Item:
    """One line to render: its text and style (name, headline, heading, entry, body, bullet, small)."""

    text: str
    style: str = "body"


@dataclass
class Blocks:
    main: list[Item] = field(default_factory=list)
    side: list[Item] = field(default_factory=list)


def _iso(value: tuple[int, int], with_month: bool) -> str:
    return f"{value[0]}-{value[1]:02d}" if with_month else str(value[0])


def _ascii(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


class _Builder:
    def __init__(
        self, seed: int, taxonomy: Taxonomy, language: str | None, layout: str | None, long: bool = False
    ) -> None:
        self.long = long
        self.rng = random.Random(seed)
        self.seed = seed
        self.taxonomy = taxonomy
        self.lang = language or self.rng.choice(["fr", "fr", "en"])
        self.layout = layout or self.rng.choice(LAYOUTS)
        self.labels: dict[str, Any] = {"language": self.lang, "layout": self.layout, "seed": seed}
        # Variations drawn from their own stream, so the base content of a seed does not depend on them.
        self.vary = random.Random(seed * 7919 + 17)

    # ---- content -------------------------------------------------------------------------------------------
    def pick(self, seq: list[Any]) -> Any:
        return self.rng.choice(seq)

    def person(self) -> None:
        rng = self.rng
        if self.lang == "fr":
            first, last = self.pick(_FR_FIRST), self.pick(_FR_LAST)
        else:
            first, last = self.pick(_EN_FIRST), self.pick(_EN_LAST)
        self.first, self.last = first, last
        self.labels["name"] = f"{first} {last}"
        local = _ascii(f"{first}.{last}").lower().replace(" ", "").replace("'", "")
        domain = self.pick(["gmail.com", "outlook.fr", "yahoo.fr", "proton.me", "free.fr"] if self.lang == "fr"
                           else ["gmail.com", "outlook.com", "yahoo.co.uk", "proton.me", "icloud.com"])  # fmt: skip
        if rng.random() < 0.3:
            local = local.replace(".", rng.choice(["", "_", "-"])) + str(rng.randint(1, 99))
        self.labels["email"] = f"{local}@{domain}"
        if self.lang == "fr":
            city, postcode = self.pick(_FR_CITIES)
            country = "FR"
            self.location_text = self.pick([f"{postcode} {city}", f"{city}, France", city, f"{city} ({postcode[:2]})"])
        else:
            city, country = self.pick(_EN_CITIES)
            country_name = {"GB": self.pick(["UK", "United Kingdom"]), "CA": "Canada", "IE": "Ireland", "US": "USA"}
            self.location_text = self.pick([f"{city}, {country_name[country]}", city])
        self.labels["city"] = city
        self.labels["country"] = country
        self.phone_text, self.labels["phone"] = self.phone(country)

    def phone(self, country: str) -> tuple[str, str]:
        rng = self.rng
        for _ in range(200):
            if country == "FR":
                digits = "0" + rng.choice("67") + "".join(str(rng.randint(0, 9)) for _ in range(8))
                pairs = " ".join(digits[i : i + 2] for i in range(0, 10, 2))
                text = rng.choice([pairs, pairs.replace(" ", "."), "+33 " + pairs[1:], "+33 (0)" + pairs[1:], digits])
            elif country == "GB":
                digits = "07" + rng.choice("45789") + "".join(str(rng.randint(0, 9)) for _ in range(8))
                text = rng.choice([f"{digits[:5]} {digits[5:]}", f"+44 {digits[1:5]} {digits[5:]}", digits])
            elif country in {"US", "CA"}:
                area = rng.choice(["212", "617", "416", "647", "415", "312"])
                rest = str(rng.randint(200, 999)) + f"{rng.randint(0, 9999):04d}"
                text = rng.choice([f"({area}) {rest[:3]}-{rest[3:]}", f"+1 {area} {rest[:3]} {rest[3:]}"])
            else:  # IE
                digits = "08" + rng.choice("5679") + "".join(str(rng.randint(0, 9)) for _ in range(7))
                text = rng.choice([f"{digits[:3]} {digits[3:6]} {digits[6:]}", f"+353 {digits[1:3]} {digits[3:]}"])
            try:
                number = phonenumbers.parse(text, country)
            except phonenumbers.NumberParseException:
                continue
            if phonenumbers.is_valid_number(number):
                return text, phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
        raise RuntimeError("no valid phone number generated")

    def date_pair(self, start: tuple[int, int], end: tuple[int, int] | None, style: int) -> str:
        (y1, m1) = start
        fr = self.lang == "fr"
        if end is None:
            present = self.pick(["aujourd'hui", "présent", "en cours", "ce jour", "Aujourd'hui"] if fr
                                else ["Present", "present", "now", "Current", "today"])  # fmt: skip
            if style == 0:
                return f"{_MONTHS_FR_SHORT[m1 - 1] if fr else _MONTHS_EN[m1 - 1][:3]} {y1} – {present}"
            if style == 1:
                return f"{m1:02d}/{y1} - {present}"
            if style == 2:
                return f"Depuis {_MONTHS_FR[m1 - 1]} {y1}" if fr else f"Since {_MONTHS_EN[m1 - 1]} {y1}"
            if style == 3:
                return f"{y1} – {present}"
            return f"{_MONTHS_FR[m1 - 1].capitalize() if fr else _MONTHS_EN[m1 - 1]} {y1} - {present}"
        (y2, m2) = end
        if style == 0:
            if fr:
                return f"{_MONTHS_FR_SHORT[m1 - 1]} {y1} – {_MONTHS_FR_SHORT[m2 - 1]} {y2}"
            return f"{_MONTHS_EN[m1 - 1][:3]} {y1} – {_MONTHS_EN[m2 - 1][:3]} {y2}"
        if style == 1:
            return f"{m1:02d}/{y1} - {m2:02d}/{y2}"
        if style == 2:
            return f"de {y1} à {y2}" if fr else f"from {y1} to {y2}"
        if style == 3:
            return f"{y1}–{y2}"
        if fr:
            return f"{_MONTHS_FR[m1 - 1]} {y1} à {_MONTHS_FR[m2 - 1]} {y2}"
        return f"{_MONTHS_EN[m1 - 1]} {y1} – {_MONTHS_EN[m2 - 1]} {y2}"

    def skills(self) -> None:
        rng = self.rng
        pool = list(self.taxonomy.skills)
        chosen = rng.sample(pool, k=min(len(pool), rng.randint(6, 12)))
        self.skill_entries = chosen
        self.skill_words = [self.skill_wording(entry) for entry in chosen]
        self.labels["skills"] = [entry.key for entry in chosen]

    def skill_wording(self, entry: SkillEntry) -> str:
        options = [entry.label_fr if self.lang == "fr" else entry.label_en]
        options += [a for a in entry.aliases if len(a) > 2]
        return self.rng.choice(options) if self.rng.random() < 0.3 else options[0]

    def jobs(self) -> None:
        rng = self.rng
        count = rng.randint(6, 8) if self.long else rng.randint(1, 4)
        year, month = 2024 - rng.randint(0, 1), rng.randint(1, 12)
        jobs: list[dict[str, Any]] = []
        employers = _FR_EMPLOYERS if self.lang == "fr" else _EN_EMPLOYERS
        positions = _FR_POSITIONS if self.lang == "fr" else _EN_POSITIONS
        used: set[str] = set()
        for index in range(count):
            length = rng.randint(8, 48)
            end = None if index == 0 and rng.random() < 0.6 else (year, month)
            start_index = year * 12 + month - 1 - length
            start = (start_index // 12, start_index % 12 + 1)
            employer = self.pick([e for e in employers if e not in used])
            used.add(employer)
            city = self.pick(_FR_CITIES)[0] if self.lang == "fr" else self.pick(_EN_CITIES)[0]
            same = bool(jobs) and self.vary.random() < 0.15 and not jobs[-1].get("same")
            if same:  # promoted: the previous job's employer, another position
                employer, city = jobs[-1]["employer"], jobs[-1]["city"]
            position = self.pick([p for p in positions if not jobs or p != jobs[-1]["position"]])
            jobs.append({"employer": employer, "position": position, "start": start, "end": end, "city": city,
                         "same": same, "style": None if self.vary.random() < 0.7 else self.vary.randint(0, 4),
                         "undated": index > 0 and self.vary.random() < 0.08})  # fmt: skip
            gap = rng.randint(0, 6)
            back = start_index - gap
            year, month = back // 12, back % 12 + 1
        self.job_list = jobs

    def education(self) -> None:
        rng = self.rng
        degrees = _FR_DEGREES if self.lang == "fr" else _EN_DEGREES
        schools = _FR_SCHOOLS if self.lang == "fr" else _EN_SCHOOLS
        first_job = self.job_list[-1]["start"][0] if self.job_list else 2020
        end_year = first_job - rng.randint(0, 1)
        items = []
        for _ in range(rng.randint(1, 3)):
            display, key, level, areas = self.pick(degrees)
            length = {0: 1, 2: 2, 3: 3, 5: 2, 8: 3}.get(level, 2)
            items.append({"degree": display, "degree_key": key, "level": level, "area": self.pick(areas),
                          "institution": self.pick(schools), "start": end_year - length, "end": end_year})  # fmt: skip
            end_year -= length + rng.randint(0, 1)
        self.edu_list = items
        self.labels["education_level"] = max(item["level"] for item in items)

    def languages(self) -> None:
        rng = self.rng
        levels = _LEVELS_FR if self.lang == "fr" else _LEVELS_EN
        codes = ["en", "es", "de", "it", "ar", "pt", "zh"] if self.lang == "fr" else ["fr", "es", "de", "it", "pt"]
        chosen = rng.sample(codes, k=rng.randint(1, 3))
        items = []
        if rng.random() < 0.6:
            items.append((self.lang, "native", self.pick(levels["native"])))
        for code in chosen:
            level = self.pick(["C2", "C1", "C1", "B2", "B1", "A2"])
            items.append((code, level, self.pick(levels[level])))
        self.lang_list = items
        self.labels["languages"] = [{"code": code, "level": level} for code, level, _ in items]

    def protected(self) -> None:
        rng = self.rng
        lines: list[str] = []
        found: list[str] = []
        if rng.random() < 0.35:
            if self.lang == "fr":
                lines.append(self.pick(["Née le 14/03/1991", "Date de naissance : 02/11/1988", "34 ans"]))
            else:
                lines.append(self.pick(["Date of birth: 14 March 1991", "DOB: 02/11/1988"]))
            found.append("age" if lines[-1].endswith("ans") else "date_of_birth")
        if rng.random() < 0.25:
            lines.append(self.pick(["Nationalité française", "Marié, 2 enfants", "Célibataire"]) if self.lang == "fr"
                         else self.pick(["Nationality: British", "Marital status: married"]))  # fmt: skip
            text = _ascii(lines[-1]).lower()
            found.append("nationality" if "national" in text else "marital_status")
        self.protected_lines = lines
        self.labels["protected"] = sorted(set(found))

    # ---- assembling ----------------------------------------------------------------------------------------
    def heading(self, kind: str) -> str:
        fr = self.lang == "fr"
        options = {
            "summary": ["Profil", "À propos", "Résumé", "Profil professionnel"] if fr
            else ["Summary", "Profile", "About me", "Professional summary"],
            "experience": ["Expérience professionnelle", "Expériences", "Parcours professionnel",
                           "Expériences professionnelles"] if fr
            else ["Work experience", "Experience", "Employment history", "Work history", "Professional experience"],
            "education": ["Formation", "Diplômes", "Études", "Formation et diplômes"] if fr
            else ["Education", "Academic background", "Education and training"],
            "skills": ["Compétences", "Compétences techniques", "Savoir-faire"] if fr
            else ["Skills", "Technical skills", "Key skills"],
            "languages": ["Langues"] if fr else ["Languages"],
            "interests": ["Centres d'intérêt", "Loisirs"] if fr else ["Interests", "Hobbies"],
            "contact": ["Contact", "Coordonnées"] if fr else ["Contact", "Contact details"],
        }[kind]  # fmt: skip
        text = self.pick(options)
        odd = _ODD_HEADINGS[self.lang].get(kind)
        if odd and self.vary.random() < 0.15:
            text = self.vary.choice(odd)
        if self.layout == "pdf_indeed":
            return text.upper()
        return text.upper() if self.layout == "pdf_caps" or self.rng.random() < 0.3 else text

    def contact_items(self) -> list[Item]:
        rng = self.rng
        items = [Item(self.labels["email"], "small"), Item(self.phone_text, "small")]
        if rng.random() < 0.5:
            items[1] = Item(self.pick(["Tél. : ", "Tel: ", "Mobile : ", "Phone: "]) + self.phone_text, "small")
        items.append(Item(self.location_text, "small"))
        if rng.random() < 0.5:
            slug = _ascii(f"{self.first}-{self.last}").lower().replace(" ", "-").replace("'", "")
            items.append(Item(f"linkedin.com/in/{slug}", "small"))
        rng.shuffle(items)
        if rng.random() < 0.4:  # all on one line
            return [Item(" | ".join(i.text for i in items), "small")]
        return items

    def job_items(self, dates_left: bool) -> list[Item]:
        rng = self.rng
        fr = self.lang == "fr"
        style = rng.randint(0, 4)
        header_format = rng.randint(0, 5) if not dates_left else 6
        if self.layout == "pdf_indeed":
            header_format = 7
        elif self.layout == "docx_table_rows":
            header_format = 8
        items: list[Item] = []
        labels = []
        for index, job in enumerate(self.job_list):
            job_style = style if job["style"] is None else job["style"]  # several date styles in one CV
            dates = "" if job["undated"] else self.date_pair(job["start"], job["end"], job_style)
            p, e, c = job["position"], job["employer"], job["city"]
            continued = job["same"] and index > 0
            if header_format == 0:
                items += [Item(f"{p} — {e}, {c}", "entry"), Item(dates, "small")]
            elif header_format == 1:
                items += [Item(f"{e} | {p} | {dates}" if dates else f"{e} | {p}", "entry")]
            elif header_format == 2:
                items += [Item(dates, "small"), Item(p, "entry"), Item(f"{e} ({c})", "body")]
            elif header_format == 3:
                items += [Item(p, "entry"), Item(f"{e} – {c}", "body"), Item(dates, "small")]
            elif header_format == 4:
                items += [Item(f"{p} {'chez' if fr else 'at'} {e}" + (f", {dates}" if dates else ""), "entry")]
            elif header_format == 5:
                if not continued:
                    items += [Item(f"{e}", "entry")]
                items += [Item(f"{p} | {dates}" if dates else p, "body")]
            elif header_format == 7:
                to = " à " if fr else " to "
                indeed_dates = dates.replace(" – ", to).replace(" - ", to)
                state = self.vary.choice(_US_STATES) if not fr else c
                items += [Item(p, "entry"), Item(f"{e} - {c}, {state}" if not fr else f"{e} - {c}", "body"),
                          Item(indeed_dates, "body")]  # fmt: skip
            elif header_format == 8:
                items += [Item(f"{dates}\t{p}\n{e}, {c}", "row")]
            else:
                items += [Item(f"{dates}\t{p}, {e}", "entry")]
            bullets = _FR_BULLETS if fr else _EN_BULLETS
            highlights = []
            for template in rng.sample(bullets, k=rng.randint(4, 6) if self.long else rng.randint(0, 4)):
                words = self.skill_words or ["Excel"]
                highlights.append(template.format(s=self.pick(words), s2=self.pick(words), n=rng.randint(2, 9)))
                items.append(Item("• " + highlights[-1], "bullet"))
            if self.layout == "pdf_indeed" and index == 0 and len(self.job_list) > 1:
                slug = _ascii(f"{self.first}-{self.last}").lower().replace(" ", "-").replace("'", "")
                items.append(Item(f"https://www.indeed.com/r/{slug}/{self.seed % 9973:x}", "small"))
            monthly = job_style in (0, 1, 4)
            if job["undated"]:
                start, end = None, None
            else:
                start = _iso(job["start"], monthly or (job_style == 2 and job["end"] is None))
                end = None if job["end"] is None else _iso(job["end"], monthly)
            labels.append(
                {
                    "employer": e,
                    "position": p,
                    "start": start,
                    "end": end,
                    "undated": job["undated"],
                    "highlights": highlights,
                }
            )
        self.labels["work"] = labels
        return items

    def edu_items(self) -> list[Item]:
        rng = self.rng
        fr = self.lang == "fr"
        fmt = rng.randint(0, 3)
        items: list[Item] = []
        for edu in self.edu_list:
            degree = edu["degree"]
            if edu["area"]:
                connector = self.pick(["en ", "", "– "]) if fr else self.pick(["in ", "", "– "])
                if degree in {"Bachelor of Science", "Master of Science", "Bachelor of Arts", "Master of Engineering"}:
                    connector = "in "
                degree = f"{degree} {connector}{edu['area']}"
            years = f"{edu['start']} – {edu['end']}" if rng.random() < 0.7 else str(edu["end"])
            if fmt == 0:
                items += [Item(f"{degree} — {edu['institution']}", "entry"), Item(years, "small")]
            elif fmt == 1:
                items += [Item(years, "small"), Item(degree, "entry"), Item(edu["institution"], "body")]
            elif fmt == 2:
                items += [Item(f"{edu['institution']} | {degree} | {years}", "entry")]
            else:
                items += [Item(degree, "entry"), Item(f"{edu['institution']}, {years}", "body")]
        self.labels["education"] = [
            {"institution": e["institution"], "degree": e["degree"], "degree_key": e["degree_key"], "area": e["area"]}
            for e in self.edu_list
        ]
        return items

    def skill_items(self) -> list[Item]:
        rng = self.rng
        words = self.skill_words
        mode = rng.randint(0, 2)
        if mode == 0:
            return [Item(", ".join(words), "body")]
        if mode == 1:
            return [Item("• " + w, "bullet") for w in words]
        half = len(words) // 2
        first_label = self.pick(["Techniques", "Outils"] if self.lang == "fr" else ["Technical", "Tools"])
        second_label = self.pick(["Métier", "Autres"] if self.lang == "fr" else ["Business", "Other"])
        return [Item(f"{first_label} : {', '.join(words[:half])}", "body"),
                Item(f"{second_label} : {', '.join(words[half:])}", "body")]  # fmt: skip

    def language_items(self) -> list[Item]:
        names = _LANG_NAMES[self.lang]
        style = self.rng.randint(0, 2)
        if style == 0:
            return [Item(f"{names[code]} : {wording}" if self.lang == "fr" else f"{names[code]}: {wording}", "body")
                    for code, _, wording in self.lang_list]  # fmt: skip
        if style == 1:
            return [Item(f"• {names[code]} ({wording})", "bullet") for code, _, wording in self.lang_list]
        return [Item(", ".join(f"{names[code]} ({wording})" for code, _, wording in self.lang_list), "body")]

    def build(self) -> Blocks:
        rng = self.rng
        self.person()
        self.skills()
        self.jobs()
        self.education()
        self.languages()
        self.protected()
        fr = self.lang == "fr"
        headline = self.job_list[0]["position"] if self.job_list else self.pick(_FR_POSITIONS)
        name_text = self.pick([f"{self.first} {self.last}", f"{self.first} {self.last.upper()}",
                               f"{self.last.upper()} {self.first}"])  # fmt: skip
        blocks = Blocks()
        sidebar = self.layout in _SIDEBAR_LAYOUTS
        head = [Item(name_text, "name"), Item(headline, "headline")]
        contact = self.contact_items() + [Item(t, "small") for t in self.protected_lines]
        if self.layout == "pdf_oneline_header":
            pieces = [name_text, headline, self.labels["email"], self.phone_text, self.location_text]
            head, contact = [Item(" | ".join(pieces), "headline")], [Item(t, "small") for t in self.protected_lines]
        elif self.layout == "pdf_indeed":
            where = self.location_text
            contact = [Item(f"{where} - Email me on Indeed: {self.labels['email']}", "small"),
                       Item(self.phone_text, "small")] + [Item(t, "small") for t in self.protected_lines]  # fmt: skip
        summary = self.pick(_FR_SUMMARY if fr else _EN_SUMMARY).format(
            title=headline, n=rng.randint(2, 15), s=self.pick(self.skill_words)
        )
        if self.vary.random() < 0.3:  # companies named in prose are not jobs
            a, b = self.vary.sample(_OTHER_COMPANIES, 2)
            summary += (f" J'ai accompagné des clients comme {a} et {b}." if fr
                        else f" I have worked with clients such as {a} and {b}.")  # fmt: skip
        sections: list[tuple[str, list[Item]]] = []
        if rng.random() < 0.7:
            sections.append(("summary", [Item(summary, "body")]))
        jobs = ("experience", self.job_items(self.layout == "pdf_dates_left"))
        edu = ("education", self.edu_items())
        sections += [jobs, edu] if rng.random() < 0.75 else [edu, jobs]
        side_sections = [("skills", self.skill_items()), ("languages", self.language_items())]
        if rng.random() < 0.5:
            side_sections.append(
                ("interests", [Item(", ".join(rng.sample(_INTERESTS_FR if fr else _INTERESTS_EN, 3)), "body")])
            )
        self.labels["format"] = "docx" if self.layout.startswith("docx") else "pdf"
        if self.layout == "pdf_sidebar_experience":
            # The experience section in the narrow sidebar; skills and languages in the main column.
            blocks.side.append(Item(self.heading("contact"), "heading"))
            blocks.side += contact
            blocks.side.append(Item(self.heading("experience"), "heading"))
            blocks.side += jobs[1]
            blocks.main += head
            for kind, items in [s for s in sections if s[0] != "experience"] + side_sections:
                blocks.main.append(Item(self.heading(kind), "heading"))
                blocks.main += items
        elif sidebar:
            blocks.side.append(Item(self.heading("contact"), "heading"))
            blocks.side += contact
            for kind, items in side_sections:
                blocks.side.append(Item(self.heading(kind), "heading"))
                blocks.side += items
            blocks.main += head
            for kind, items in sections:
                blocks.main.append(Item(self.heading(kind), "heading"))
                blocks.main += items
        else:
            blocks.main += head + contact
            for kind, items in sections + side_sections:
                blocks.main.append(Item(self.heading(kind), "heading"))
                blocks.main += items
        return blocks


# ---- rendering -------------------------------------------------------------------------------------------------
_STYLE_FONTS = {
    "name": ("Helvetica-Bold", 20),
    "headline": ("Helvetica", 12.5),
    "heading": ("Helvetica-Bold", 12.5),
    "entry": ("Helvetica-Bold", 10),
    "body": ("Helvetica", 10),
    "bullet": ("Helvetica", 10),
    "small": ("Helvetica", 9.5),
    "row": ("Helvetica", 10),
}


def _render_pdf(blocks: Blocks, layout: str) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4, invariant=1)
    width, height = A4
    caps = layout == "pdf_caps"

    def draw(items: list[Item], x: float, right: float, y: float) -> float:
        for item in items:
            font, size = _STYLE_FONTS[item.style]
            if caps and item.style == "heading":
                font, size = "Helvetica", 10.5
            if item.style == "heading":
                y -= 8
            text = item.text.replace("\n", " | ") if item.style == "row" else item.text
            if "\t" in text:  # dates in a left column, the rest on the same line
                dates, rest = text.split("\t", 1)
                if y < 60:
                    pdf.showPage()
                    y = height - 50
                pdf.setFont("Helvetica", 9.5)
                pdf.drawString(x, y, dates)
                pdf.setFont(font, size)
                pdf.drawString(x + 150, y, rest)
                y -= size * 1.35
                continue
            for piece in simpleSplit(text, font, size, right - x) or [""]:
                if y < 60:
                    pdf.showPage()
                    y = height - 50
                pdf.setFont(font, size)
                pdf.drawString(x, y, piece)
                y -= size * 1.35
            if item.style == "heading" and not caps:
                pdf.setLineWidth(0.5)
                pdf.line(x, y + size * 0.9, right, y + size * 0.9)
        return y

    if blocks.side:
        draw(blocks.side, 30, 170, height - 50)
        draw(blocks.main, 200, width - 40, height - 50)
    else:
        draw(blocks.main, 50, width - 50, height - 50)
    pdf.save()
    return buffer.getvalue()


def _render_docx(blocks: Blocks, layout: str) -> bytes:
    from docx import Document as DocxDocument
    from docx.shared import Pt

    doc = DocxDocument()

    row_cell: list[Any] = []

    def add(container: Any, item: Item) -> None:
        if item.style == "row":  # one two-column table per entry: dates | header (and the bullets after it)
            dates, header = item.text.split("\t", 1)
            table = doc.add_table(rows=1, cols=2)
            left, right = table.rows[0].cells
            left.paragraphs[0].text = dates
            first, _, second = header.partition("\n")
            run = right.paragraphs[0].add_run(first)
            run.bold = True
            right.add_paragraph(second)
            row_cell[:] = [right]
            return
        if item.style == "bullet" and row_cell and container is doc:
            container = row_cell[0]
        elif item.style != "bullet":
            row_cell.clear()
        if item.style == "heading" and layout == "docx_headings":
            doc.add_heading(item.text, level=1) if container is doc else container.add_paragraph(item.text, "Heading 1")
            return
        paragraph = container.add_paragraph()
        run = paragraph.add_run(item.text.replace("\t", "    "))
        font, size = _STYLE_FONTS[item.style]
        run.bold = font.endswith("Bold")
        run.font.size = Pt(size)

    if layout == "docx_table":
        table = doc.add_table(rows=1, cols=2)
        left, right = table.rows[0].cells
        left.paragraphs[0].text = ""
        right.paragraphs[0].text = ""
        for item in blocks.side:
            add(left, item)
        for item in blocks.main:
            add(right, item)
    else:
        for item in blocks.main:
            add(doc, item)
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


def generate_cv(
    seed: int, taxonomy: Taxonomy, *, language: str | None = None, layout: str | None = None, long: bool = False
) -> tuple[bytes, str, dict[str, Any]]:
    """A labelled synthetic CV: (file bytes, file name, labels). ``long`` gives 6–8 jobs (two pages)."""
    builder = _Builder(seed, taxonomy, language, layout, long)
    blocks = builder.build()
    if builder.layout.startswith("docx"):
        return _render_docx(blocks, builder.layout), f"cv-{seed}.docx", builder.labels
    return _render_pdf(blocks, builder.layout), f"cv-{seed}.pdf", builder.labels


def generate_document(
    seed: int, taxonomy: Taxonomy, *, language: str | None = None, layout: str | None = None
) -> tuple[Document, dict[str, Any]]:
    """The same CV as a ``Document`` built directly from the rendered lines (no file, no extraction)."""
    builder = _Builder(seed, taxonomy, language, layout)
    blocks = builder.build()
    lines: list[Line] = []
    for block_index, items in enumerate([blocks.side, blocks.main] if blocks.side else [blocks.main]):
        for item in items:
            font, size = _STYLE_FONTS[item.style]
            lines.append(Line(item.text.replace("\t", "  "), block=block_index, size=size, bold=font.endswith("Bold")))
    return Document(lines=lines, format="text", body_size=10.0), builder.labels

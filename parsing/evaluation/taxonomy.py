"""Taxonomies for evaluation: from a CSV file (slug,category,label_en,label_fr,aliases with "|"-separated
aliases, the format of candidates/data/default_skills.csv), or a small built-in sample."""

from __future__ import annotations

import csv
import hashlib
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ..taxonomy import SkillEntry, Taxonomy

# slug, English label, French label, aliases
_SAMPLE = """
python|Python|Python|
java|Java|Java|
javascript|JavaScript|JavaScript|JS|ECMAScript
typescript|TypeScript|TypeScript|TS
c|C|C|langage C
cpp|C++|C++|
csharp|C#|C#|C sharp
go|Go|Go|Golang
rust|Rust|Rust|
r|R|R|langage R
php|PHP|PHP|
ruby|Ruby|Ruby|
kotlin|Kotlin|Kotlin|
swift|Swift|Swift|
scala|Scala|Scala|
sql|SQL|SQL|
postgresql|PostgreSQL|PostgreSQL|Postgres
mysql|MySQL|MySQL|
mongodb|MongoDB|MongoDB|Mongo
redis|Redis|Redis|
dotnet|.NET|.NET|dotnet|ASP.NET
nodejs|Node.js|Node.js|NodeJS|Node
react|React|React|React.js|ReactJS
angular|Angular|Angular|AngularJS
vuejs|Vue.js|Vue.js|VueJS
django|Django|Django|
flask|Flask|Flask|
spring|Spring|Spring|Spring Boot
docker|Docker|Docker|
kubernetes|Kubernetes|Kubernetes|K8s
aws|Amazon Web Services|Amazon Web Services|AWS
azure|Microsoft Azure|Microsoft Azure|Azure
gcp|Google Cloud Platform|Google Cloud Platform|GCP|Google Cloud
terraform|Terraform|Terraform|
git|Git|Git|
linux|Linux|Linux|
ci-cd|Continuous integration|Intégration continue|CI/CD|CI CD
machine-learning|Machine learning|Apprentissage automatique|ML
deep-learning|Deep learning|Apprentissage profond|
data-analysis|Data analysis|Analyse de données|
power-bi|Power BI|Power BI|PowerBI
tableau|Tableau|Tableau|
excel|Microsoft Excel|Microsoft Excel|Excel
sap|SAP|SAP|SAP ERP
salesforce|Salesforce|Salesforce|
project-management|Project management|Gestion de projet|gestion de projets|project managment
agile|Agile methodologies|Méthodes agiles|Agile|méthodologie agile
scrum|Scrum|Scrum|
accounting|Accounting|Comptabilité|comptabilite generale
financial-analysis|Financial analysis|Analyse financière|
management-control|Management control|Contrôle de gestion|
payroll|Payroll|Paie|gestion de la paie
recruitment|Recruitment|Recrutement|talent acquisition
digital-marketing|Digital marketing|Marketing digital|marketing numérique
seo|Search engine optimisation|Référencement naturel|SEO
social-media|Social media management|Gestion des réseaux sociaux|community management
negotiation|Negotiation|Négociation|
customer-relations|Customer relationship management|Relation client|CRM
public-speaking|Public speaking|Prise de parole en public|
team-management|Team management|Management d'équipe|encadrement d'équipe|people management
communication|Communication|Communication|
ux-design|User experience design|Design UX|UX design|UX
ui-design|User interface design|Design d'interface|UI design
figma|Figma|Figma|
photoshop|Adobe Photoshop|Adobe Photoshop|Photoshop
autocad|AutoCAD|AutoCAD|
solidworks|SolidWorks|SolidWorks|
cybersecurity|Cybersecurity|Cybersécurité|sécurité informatique|information security
networking|Computer networking|Réseaux informatiques|networks
itil|ITIL|ITIL|
jira|Jira|Jira|
unit-testing|Unit testing|Tests unitaires|
rest-api|REST APIs|API REST|RESTful API|REST
graphql|GraphQL|GraphQL|
spark|Apache Spark|Apache Spark|Spark|PySpark
pandas|pandas|pandas|
tensorflow|TensorFlow|TensorFlow|
supply-chain|Supply chain management|Gestion de la chaîne logistique|supply chain
procurement|Procurement|Achats|
business-development|Business development|Développement commercial|
customer-service|Customer service|Service client|
labour-law|Employment law|Droit du travail|
contract-law|Contract law|Droit des contrats|
wordpress|WordPress|WordPress|
html|HTML|HTML|HTML5
css|CSS|CSS|CSS3
"""


def sample_taxonomy() -> Taxonomy:
    """A small bilingual taxonomy (about 90 skills) for tests and for evaluation without a CSV."""
    entries = []
    for row in _SAMPLE.strip().splitlines():
        slug, label_en, label_fr, *aliases = row.split("|")
        entries.append(SkillEntry(slug, label_fr, label_en, tuple(a for a in aliases if a)))
    return Taxonomy.from_entries(entries, version="sample-1")


def load_taxonomy_csv(path: str | Path) -> Taxonomy:
    """A taxonomy from a slug,category,label_en,label_fr,aliases CSV; the version is the file's hash."""
    raw = Path(path).read_bytes()
    entries = []
    for row in csv.DictReader(raw.decode("utf-8-sig").splitlines()):
        aliases = tuple(a.strip() for a in (row.get("aliases") or "").split("|") if a.strip())
        entries.append(
            SkillEntry(row["slug"], (row.get("label_fr") or "").strip(), (row.get("label_en") or "").strip(), aliases)
        )
    return Taxonomy.from_entries(entries, version="csv-" + hashlib.sha256(raw).hexdigest()[:16])


# --- ESCO ------------------------------------------------------------------------------------------------------
# The same taxonomy the product builds after ``manage.py import_esco`` (candidates.services.skills.esco_import)
# followed by ``candidates.taxonomy.build_taxonomy``, read straight from the files: parsing may not import Django.

_ESCO_ALT_SEPARATOR = re.compile(r"[\n|]")
_ESCO_QUALIFIER = re.compile(r"\s*\([^()]*\)\s*$")
_FRENCH_WORDS = frozenset({"de", "des", "du", "la", "le", "les", "et", "un", "une", "aux", "en", "pour", "d’", "l’"})
_ENGLISH_WORDS = frozenset({"the", "of", "and", "to", "for", "with", "in", "manage", "use", "perform", "ensure"})


def _fold(text: str) -> str:
    """candidates.normalize.fold: case and accents aside."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold().strip()


@dataclass
class _Skill:
    key: str
    label_en: str
    label_fr: str
    uri: str = ""
    aliases: dict[str, str] = field(default_factory=dict)  # folded → as written, in insertion order


def _read_esco(path: Path) -> list[tuple[str, str, list[str]]]:
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
    concepts = []
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        missing = {"conceptUri", "preferredLabel"} - set(reader.fieldnames or [])
        if missing:
            raise ValueError(f"{path}: not an ESCO skills file (missing columns: {', '.join(sorted(missing))}).")
        for row in reader:
            uri = (row.get("conceptUri") or "").strip()
            label = " ".join((row.get("preferredLabel") or "").split())
            alternatives = [
                " ".join(part.split()) for part in _ESCO_ALT_SEPARATOR.split(row.get("altLabels") or "") if part.strip()
            ]
            concepts.append((uri, label, alternatives))
    return concepts


def _esco_language(path: Path, concepts: list[tuple[str, str, list[str]]]) -> str:
    parts = re.split(r"[^a-z]+", str(path).lower())
    for language in ("en", "fr"):
        if language in parts:
            return language
    words: Counter[str] = Counter(word for _, label, _ in concepts[:2000] for word in re.split(r"[\s']+", _fold(label)))
    french = sum(count for word, count in words.items() if word in _FRENCH_WORDS)
    english = sum(count for word, count in words.items() if word in _ENGLISH_WORDS)
    if french == english:
        raise ValueError(f"Cannot tell the language of {path}.")
    return "fr" if french > english else "en"


def _import_esco(skills: list[_Skill], path: Path) -> None:
    """One ``import_esco`` run over ``skills`` (in creation order), as candidates.services.skills does it."""
    concepts = _read_esco(path)
    language = _esco_language(path, concepts)
    label_field, other_field = ("label_en", "label_fr") if language == "en" else ("label_fr", "label_en")
    by_uri = {skill.uri: skill for skill in skills if skill.uri}
    mergeable: dict[str, _Skill] = {}
    for name in (other_field, label_field):
        for existing in skills:
            if not existing.uri and getattr(existing, name):
                mergeable[_fold(getattr(existing, name))] = existing
    seen: set[str] = set()
    touched: list[tuple[_Skill, str, list[str]]] = []
    for uri, label, alternatives in concepts:
        if not uri.startswith(("http://", "https://")) or not label or uri in seen:
            continue
        seen.add(uri)
        label = label[:200]
        skill: _Skill | None = by_uri.get(uri)
        if skill is None:
            for key in dict.fromkeys((_fold(label), _fold(_ESCO_QUALIFIER.sub("", label)))):
                skill = mergeable.pop(key, None)
                if skill is not None:
                    skill.uri = uri
                    break
        if skill is None:
            skill = _Skill(key=uri.rstrip("/").rsplit("/", 1)[-1], label_en="", label_fr="", uri=uri)
            skills.append(skill)
        if not getattr(skill, label_field):
            setattr(skill, label_field, label)
        by_uri[uri] = skill
        touched.append((skill, label, alternatives))
    for skill, label, alternatives in touched:
        labels = {_fold(skill.label_en), _fold(skill.label_fr)}
        for alias in (label, *alternatives):
            normalized = _fold(alias)[:200]
            # Two characters at least, as the import: a one-letter alternative would match anything.
            if len(normalized) < 2 or normalized in labels or normalized in skill.aliases:
                continue
            skill.aliases[normalized] = alias[:200]


def load_taxonomy(skills_csv: Iterable[str | Path] = (), esco: Iterable[str | Path] = ()) -> Taxonomy:
    """The taxonomy of an installation that loaded the default list(s) ``skills_csv`` and then ran
    ``import_esco`` on each ``esco`` file in order (English and French files join on the concept URI): default
    skills keep their labels and win a wording both claim, ESCO labels and alternative labels become aliases.
    The version is a hash of all the files."""
    digest = hashlib.sha256()
    skills: list[_Skill] = []
    for path in skills_csv:
        digest.update(Path(path).read_bytes())
        for entry in load_taxonomy_csv(path).skills:
            skill = _Skill(key=entry.key, label_en=entry.label_en or entry.label_fr, label_fr=entry.label_fr)
            skill.label_fr = skill.label_fr or skill.label_en
            skill.aliases = {_fold(a): a for a in entry.aliases}
            skills.append(skill)
    for path in esco:
        digest.update(Path(path).read_bytes())
        _import_esco(skills, Path(path))
    entries = [SkillEntry(s.key, s.label_fr, s.label_en, tuple(s.aliases.values())) for s in skills]
    return Taxonomy.from_entries(entries, version="files-" + digest.hexdigest()[:16])

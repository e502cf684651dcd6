"""Taxonomies for evaluation: from a CSV file (slug,category,label_en,label_fr,aliases with "|"-separated
aliases, the format of candidates/data/default_skills.csv), or a small built-in sample."""

from __future__ import annotations

import csv
import hashlib
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

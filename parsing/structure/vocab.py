"""Word lists that tell a job title from an employer from a school, in French and English (folded forms)."""

from __future__ import annotations

import re

from .text import fold

# Words that make a phrase a job title.
TITLE_WORDS = {
    "developpeur",
    "developpeuse",
    "developer",
    "dev",
    "engineer",
    "ingenieur",
    "ingenieure",
    "engineering",
    "manager",
    "management",
    "director",
    "directeur",
    "directrice",
    "head",
    "chef",
    "cheffe",
    "lead",
    "leader",
    "responsable",
    "charge",
    "chargee",
    "consultant",
    "consultante",
    "analyst",
    "analyste",
    "architect",
    "architecte",
    "designer",
    "administrator",
    "administrateur",
    "administratrice",
    "technician",
    "technicien",
    "technicienne",
    "assistant",
    "assistante",
    "associate",
    "intern",
    "internship",
    # (Britain's funded student placements: "Summer studentship", "Vacation studentship")
    "studentship",
    "stagiaire",
    "stage",
    "apprenti",
    "apprentie",
    "alternant",
    "alternante",
    "alternance",
    "officer",
    "specialist",
    "specialiste",
    "expert",
    "experte",
    "scientist",
    "scientifique",
    "researcher",
    "chercheur",
    "chercheuse",
    "doctorant",
    "doctorante",
    "professor",
    "professeur",
    "enseignant",
    "enseignante",
    "teacher",
    "coordinator",
    "coordinateur",
    "coordinatrice",
    "supervisor",
    "superviseur",
    "president",
    "vp",
    "vice",
    "ceo",
    "cto",
    "cfo",
    "coo",
    "cio",
    "cmo",
    "founder",
    "fondateur",
    "fondatrice",
    "cofondateur",
    "co-founder",
    "owner",
    "partner",
    "associe",
    "accountant",
    "comptable",
    "auditor",
    "auditeur",
    "auditrice",
    "controller",
    "controleur",
    "controleuse",
    "advisor",
    "conseiller",
    "conseillere",
    "representative",
    "commercial",
    "commerciale",
    "sales",
    "vendeur",
    "vendeuse",
    "buyer",
    "acheteur",
    "acheteuse",
    "trader",
    "marketing",
    "recruiter",
    "recruteur",
    "recruteuse",
    "rh",
    "hr",
    "programmer",
    "programmeur",
    "webmaster",
    "devops",
    "sre",
    "dba",  # (a database administrator: "Oracle DBA", "Junior DBA")
    "product",
    "scrum",
    "master",
    "tester",
    "testeur",
    "qa",
    "nurse",
    "infirmier",
    "infirmiere",
    "pharmacien",
    "pharmacienne",
    "medecin",
    "doctor",
    "physician",
    "lawyer",
    "avocat",
    "avocate",
    "juriste",
    "paralegal",
    "secretary",
    "secretaire",
    "receptionist",
    "clerk",
    "agent",
    "operator",
    "operateur",
    "operatrice",
    "mechanic",
    "mecanicien",
    "electricien",
    "electrician",
    "driver",
    "chauffeur",
    "cuisinier",
    "waiter",
    "serveur",
    "serveuse",
    "cashier",
    "caissier",
    "caissiere",
    "journalist",
    "journaliste",
    "writer",
    "redacteur",
    "redactrice",
    "editor",
    "editeur",
    "translator",
    "traducteur",
    "traductrice",
    "photographer",
    "photographe",
    "artist",
    "artiste",
    "trainer",
    "formateur",
    "formatrice",
    "coach",
    "instructor",
    "tutor",
    "tuteur",
    "executive",
    "executif",
    "principal",
    "senior",
    "junior",
    "staff",
    "fullstack",
    "full-stack",
    "frontend",
    "front-end",
    "backend",
    "back-end",
    "data",
    "software",
    "logiciel",
    "web",
    "mobile",
    "cloud",
    "network",
    "reseau",
    "security",
    "securite",
    "systems",
    "systemes",
    "business",
    "project",
    "projet",
    "produit",
    "program",
    "programme",
    "operations",
    "account",
    "compte",
    "community",
    "digital",
    "growth",
    "customer",
    "client",
    "success",
    "support",
    "technical",
    "technique",
    "research",
    "recherche",
    "graphic",
    "graphiste",
    "ux",
    "ui",
    "animateur",
    "animatrice",
    "gestionnaire",
    "delegue",
    "deleguee",
    "attache",
    "attachee",
    "planner",
    "planificateur",
    "logisticien",
    "logisticienne",
    "magasinier",
    "preparateur",
    "preparatrice",
    "cadre",
    "employe",
    "employee",
    "worker",
    "ouvrier",
}
# The first word of a title, strong evidence on its own ("Développeur …", "Head of …").
TITLE_HEADS = {
    "developpeur",
    "developpeuse",
    "developer",
    "engineer",
    "ingenieur",
    "ingenieure",
    "manager",
    "directeur",
    "directrice",
    "director",
    "head",
    "chef",
    "cheffe",
    "lead",
    "responsable",
    "charge",
    "chargee",
    "consultant",
    "consultante",
    "analyst",
    "analyste",
    "architect",
    "architecte",
    "designer",
    "administrateur",
    "administratrice",
    "administrator",
    "technicien",
    "technicienne",
    "technician",
    "assistant",
    "assistante",
    "stagiaire",
    "intern",
    "apprenti",
    "apprentie",
    "alternant",
    "alternante",
    "officer",
    "specialist",
    "specialiste",
    "expert",
    "experte",
    "scientist",
    "researcher",
    "chercheur",
    "chercheuse",
    "doctorant",
    "doctorante",
    "professeur",
    "professor",
    "enseignant",
    "enseignante",
    "teacher",
    "coordinateur",
    "coordinatrice",
    "coordinator",
    "superviseur",
    "supervisor",
    "president",
    "vp",
    "ceo",
    "cto",
    "cfo",
    "coo",
    "cio",
    "fondateur",
    "fondatrice",
    "founder",
    "co-founder",
    "cofondateur",
    "comptable",
    "accountant",
    "auditeur",
    "auditrice",
    "auditor",
    "controleur",
    "controleuse",
    "controller",
    "conseiller",
    "conseillere",
    "advisor",
    "commercial",
    "commerciale",
    "vendeur",
    "vendeuse",
    "acheteur",
    "acheteuse",
    "buyer",
    "recruteur",
    "recruteuse",
    "recruiter",
    "programmeur",
    "programmer",
    "webmaster",
    "senior",
    "junior",
    "principal",
    "staff",
    "product",
    "scrum",
    "data",
    "business",
    "gestionnaire",
    "animateur",
    "animatrice",
    "delegue",
    "deleguee",
    "attache",
    "attachee",
    "juriste",
    "avocat",
    "avocate",
    "infirmier",
    "infirmiere",
    "pharmacien",
    "pharmacienne",
    "redacteur",
    "redactrice",
    "journaliste",
    "traducteur",
    "traductrice",
    "formateur",
    "formatrice",
    "graphiste",
    "photographe",
    "devops",
    "sre",
    "dba",
    "fullstack",
    "full-stack",
    "frontend",
    "front-end",
    "backend",
    "back-end",
    "software",
    "web",
    "associate",
    "executive",
    "assistant-manager",
}
# Words that make a phrase an organisation.
ORG_WORDS = {
    "asbl",
    "vzw",
    "sa",
    "sas",
    "sasu",
    "sarl",
    "eurl",
    "sca",
    "snc",
    "scop",
    "gie",
    # (the French farms' partnerships and companies: "GAEC des Trois Chênes", "SCEA du Domaine de la Grange")
    "gaec",
    "scea",
    "ltd",
    "limited",
    "plc",
    "llc",
    "llp",
    "inc",
    "incorporated",
    "corp",
    "corporation",
    "co",
    "gmbh",
    "ag",
    "bv",
    "nv",
    "spa",
    "srl",
    "pvt",
    "group",
    "groupe",
    "holding",
    "bank",
    "banque",
    "assurance",
    "assurances",
    "insurance",
    "consulting",
    "conseil",
    "services",
    "service",
    "solutions",
    "technologies",
    "technology",
    "tech",
    "software",
    "systems",
    "systemes",
    "labs",
    "lab",
    "studio",
    "studios",
    "agency",
    "agence",
    "partners",
    "associes",
    "industries",
    "industrie",
    "international",
    "france",
    "europe",
    "global",
    "company",
    "compagnie",
    "entreprise",
    "societe",
    "cabinet",
    "ministere",
    "ministry",
    "mairie",
    "region",
    "departement",
    "hopital",
    "hospital",
    "clinique",
    "clinic",
    "chu",
    "ap-hp",
    "foundation",
    "fondation",
    "association",
    "federation",
    "capital",
    "ventures",
    "networks",
    "digital",
    "media",
    "medias",
    "communications",
    "telecom",
    "energies",
    "energie",
    "energy",
    "airlines",
    "airways",
    "motors",
    "automotive",
    "pharma",
    "pharmaceuticals",
    "laboratoires",
    "laboratoire",
    "logistics",
    "logistique",
    "transports",
    "transport",
    "retail",
    "distribution",
    "foods",
    "restaurant",
    "hotel",
    "hotels",
    "startup",
    "start-up",
    "freelance",
    "independant",
    "self-employed",
    "consultancy",
    "enterprises",
    "enterprise",
    "associates",
    "pty",
    "stores",
    "store",
    "shop",
    "markets",
    "manufacturing",
    "electronics",
    "brands",
    "holdings",
    "trust",
    "council",
    "department",
    "bureau",
    "authority",
    "commission",
    "infotech",
    "infosystems",
    "softwares",
    "exports",
    "traders",
    "foundries",
    "mills",
    "pharmaceutique",
    "mutuelle",
    "cie",
    "et cie",
    "sncf",
    # Everyday trades' workplaces: "Le Bistrot du Port", "Brasserie Georges", "Camping Les Flots Bleus".
    "bistrot",
    "bistro",
    "brasserie",
    "auberge",
    "camping",
    "ehpad",
    "creche",
    "supermarche",
    "hypermarche",
    # Craft and shop businesses named after their trade: "Plomberie Garnier", "Boulangerie Paul", "Garage du Port".
    "plomberie",
    "menuiserie",
    "boulangerie",
    "patisserie",
    "boucherie",
    "charcuterie",
    "maconnerie",
    "carrosserie",
    "garage",
    "pharmacie",
    "librairie",
    "quincaillerie",
    "fromagerie",
    "poissonnerie",
    "imprimerie",
    "serrurerie",
    "miroiterie",
    "ferronnerie",
    "ebenisterie",
    "cordonnerie",
    "blanchisserie",
}
# Words that make a phrase a school.
SCHOOL_WORDS = {
    # the German-speaking countries' schools, named in one compound word ("Kantonsschule Zug", "Berufsschule")
    "universitaet",
    "gymnasium",
    "kantonsschule",
    "berufsschule",
    "berufsfachschule",
    # a university's medical school and hospital, named as one ("Charité – Universitätsmedizin Berlin")
    "universitatsmedizin",
    "realschule",
    "gewerbeschule",
    "handelsschule",
    "akademie",
    "technikum",
    "universite",
    "university",
    "univ",
    # Shortened or French-specific: "Inst." (institute), "Coll.", "Acad.", "Fac."; IFSI (nursing), IFMK
    # (physiotherapy), IRTS (social work), IFAS/IFAP (care assistants), ESJ (journalism), cégep (Québec college).
    "inst",
    "coll",
    "acad",
    "fac",
    "ifsi",
    "ifmk",
    "irts",
    "ifas",
    "ifap",
    "esj",
    "cegep",
    # Ireland's secondary schools in Irish ("Coláiste Choilm", "Gaelcholáiste Luimnigh", "Scoil Mhuire"), Poland's
    # secondary school ("Liceum Ogólnokształcące nr 3")
    "colaiste",
    "gaelcholaiste",
    "scoil",
    "liceum",
    "college",
    "lycee",
    "ecole",
    "school",
    "institut",
    "institute",
    "iut",
    "iae",
    "insa",
    "ens",
    "enset",
    "ensam",
    "ensae",
    "ensta",
    "enac",
    "enseeiht",
    "polytechnique",
    "polytech",
    "centrale",
    "supelec",
    "mines",
    "ponts",
    "telecom",
    "hec",
    "insead",
    "ieseg",
    "isae",
    "supaero",
    "ensai",
    "inalco",
    "cesi",
    "essec",
    "escp",
    "edhec",
    "emlyon",
    "em",
    "skema",
    "neoma",
    "kedge",
    "audencia",
    "inp",
    "sciences-po",
    "sciencespo",
    "sorbonne",
    "faculte",
    "faculty",
    "academy",
    "academie",
    "conservatoire",
    "cnam",
    "epita",
    "epitech",
    "efrei",
    "esiea",
    "isep",
    "ece",
    "esme",
    "esiee",
    "estaca",
    "utc",
    "utt",
    "ubs",
    "upmc",
    "campus",
    "cfa",
    "afpa",
    "openclassrooms",
    "greta",
    # Spain's secondary and vocational institutes (Instituto de Educación Secundaria), Morocco's OFPPT institutes
    # (Institut Spécialisé de Technologie Appliquée)
    "ies",
    "ista",
    "business-school",
    "polytechnic",
    "iit",
    "nit",
    "bits",
    "vit",
    "srm",
    "anna",
    "mit",
    "stanford",
    "harvard",
    "imperial",
    "ucl",
    "lse",
    "kings",
    # The same words in the languages of the schools that French and English CVs name: Spanish, Portuguese,
    # Italian, German, Dutch, Scandinavian.
    "universidad",
    "universidade",
    "universita",
    "universitat",
    "universiteit",
    "universitet",
    "hochschule",
    "fachhochschule",
    "politecnico",
    "escuela",
    "instituto",
    "istituto",
    "escola",
    "scuola",
    "liceo",
    "colegio",
    # and of the schools of Central and Eastern Europe (Polish, Romanian, Czech, Slovak, Baltic)
    "politechnika",
    "politehnica",
    "universitatea",
    "univerzita",
    "uniwersytet",
    "akademia",
    "szkola",
    "scoala",
    "colegiul",
    "liceul",
    "gymnazium",
    "universitetas",
    "ulikool",
}
# More job-title words, English and French (folded), written for this parser: trades, health, education, retail,
# hospitality, creative work, public service. Each is a noun naming a person's role.
_MORE_TITLES = """
estimator surveyor foreman forewoman laborer labourer carpenter plumber welder machinist fitter installer
inspector electrician roofer mason painter decorator landscaper gardener janitor custodian housekeeper cleaner
caretaker handyman storekeeper warehouseman stocker picker packer loader forklift courier dispatcher
producer director copywriter writer author editor reporter columnist presenter broadcaster announcer host
advertiser publicist illustrator animator videographer cameraman camerawoman operator musician composer singer
actor actress dancer choreographer curator librarian archivist lecturer instructor educator tutor teacher
headmaster headteacher principal dean provost chancellor registrar counselor counsellor therapist psychologist
psychiatrist dentist surgeon paramedic pharmacist technologist radiographer midwife caregiver carer aide
nanny babysitter sitter attendant steward stewardess pilot copilot navigator captain sailor seaman officer
sergeant lieutenant commander colonel major soldier guard firefighter policeman constable detective
investigator underwriter actuary economist statistician biostatistician mathematician physicist chemist biologist
geologist
engineer technologist programmer coder tester debugger integrator implementer developer modeler modeller
bookkeeper cashier teller banker broker dealer realtor agent merchandiser salesman saleswoman salesperson
associate representative rep telemarketer marketer promoter ambassador liaison negotiator mediator
strategist planner scheduler expediter expeditor purchaser procurement estimator appraiser assessor
adjuster auditor examiner reviewer evaluator moderator facilitator organizer organiser trainee apprentice
volunteer fellow postdoc scholar lecturer consultant contractor freelancer subcontractor owner proprietor
entrepreneur partner principal chairman chairwoman chairperson chair treasurer trustee governor
commissioner secretary clerk typist receptionist administrator admin coordinator supervisor superintendent
overseer manager lead leader head chief officer president vice-president evp svp avp director controller
comptroller analyst architect designer drafter draftsman draughtsman specialist generalist expert
technician mechanic chef cook baker butcher barista bartender waiter waitress server host hostess
sommelier concierge porter bellboy valet driver chauffeur trucker deliveryman
anchor newsreader newscaster millwright paralegal coach mentor nurse trainer lifeguard photographer translator
interpreter attorney lawyer solicitor barrister practitioner paraprofessional ontologist cofounder
"""
# French occupation nouns. French puts the noun first ("Technicien de maintenance", "Serveuse en brasserie"), so
# each of them opens a title the way an English head noun ends one ("Maintenance Technician").
_FRENCH_TITLES = """
developpeur ingenieur technicien ouvrier manoeuvre macon plombier soudeur menuisier charpentier peintre
chauffagiste frigoriste serrurier tuyauteur ramoneur
electricien couvreur carreleur plaquiste chaudronnier tourneur fraiseur regleur monteur cableur
magasinier cariste manutentionnaire livreur coursier chauffeur conducteur agent hote hotesse steward
caissier caissiere vendeur vendeuse conseiller conseillere commercial commerciale negociateur negociatrice
acheteur acheteuse approvisionneur approvisionneuse gestionnaire comptable aide-comptable tresorier
tresoriere economiste statisticien statisticienne biostatisticien biostatisticienne actuaire auditeur auditrice
controleur controleuse
juriste avocat avocate notaire huissier greffier greffiere clerc secretaire assistant assistante
standardiste receptionniste hotesse documentaliste bibliothecaire archiviste professeur enseignant
enseignante instituteur institutrice educateur educatrice animateur animatrice moniteur monitrice
surveillant surveillante formateur formatrice tuteur tutrice directeur directrice proviseur principal
infirmier infirmiere aide-soignant aide-soignante sage-femme medecin chirurgien chirurgienne dentiste
pharmacien pharmacienne kinesitherapeute ergotherapeute orthophoniste psychologue psychiatre
radiologue manipulateur manipulatrice preparateur preparatrice auxiliaire ambulancier ambulanciere
cuisinier cuisiniere commis patissier patissiere boulanger boulangere boucher serveur serveuse barman
barmaid plongeur gouvernante femme-de-chambre valet concierge redacteur redactrice journaliste
reporter photographe graphiste illustrateur illustratrice maquettiste monteuse realisateur realisatrice
producteur productrice chef-de-projet chef-de-produit charge chargee responsable adjoint adjointe
superviseur superviseuse coordinateur coordinatrice consultant consultante architecte urbaniste
geometre topographe dessinateur dessinatrice projeteur projeteuse chercheur chercheuse doctorant
doctorante ingenieure technicienne analyste administrateur administratrice integrateur integratrice
testeur testeuse programmeur programmeuse stagiaire apprenti apprentie alternant alternante benevole
fondateur fondatrice gerant gerante associe associee dirigeant dirigeante president presidente
electromecanicien electromecanicienne mecanicien mecanicienne usineur usineuse opticien opticienne
jardinier jardiniere paysagiste coiffeur coiffeuse estheticienne estheticien puericultrice puericulteur
gardien gardienne veterinaire logisticien logisticienne trader televendeur televendeuse teleconseiller
teleconseillere interprete traducteur traductrice regisseur regisseuse operateur operatrice pilote
boucher bouchere charcutier charcutiere fleuriste mareyeur poissonnier poissonniere caviste sommelier
sommeliere commis cuisinier agent-de-maitrise contremaitre chef-d'equipe chef-de-chantier conducteur-de-travaux
equipier equipiere ouvriere professeure veilleur veilleuse employe ambassadeur ambassadrice
employee livreuse coursiere conductrice huissiere electricienne soudeuse menuisiere magasiniere plombiere
tourneuse fraiseuse regleuse cableuse charpentiere accompagnant accompagnante courtier courtiere mandataire atsem
aesh technico-commercial technico-commerciale chauffeur-livreur expert-comptable commissaire baby-sitter nounou
garde sous-chef aide guichetier guichetiere volontaire
physiotherapeute accueillant accueillante travailleur travailleuse intervenant intervenante resident residente
prepose preposee psychomotricien psychomotricienne brancardier dieteticien dieteticienne mediateur mediatrice
tradeuse libraire distributeur distributrice loueur loueuse canalisateur canalisatrice encadrant encadrante
qualiticien qualiticienne metrologue galeniste cooperant cooperante
"""
TITLE_WORDS.update(_MORE_TITLES.split())
TITLE_WORDS.update(_FRENCH_TITLES.split())
_FRENCH_TITLE_NOUNS = frozenset(_FRENCH_TITLES.split())
# Nouns that end an English title ("Music Producer", "Senior Copy Writer"): a phrase whose last word is one of
# these is a title even when its first word is not.
TITLE_TAILS = {
    w
    for w in _MORE_TITLES.split()
    if not w.endswith(("e", "a"))
    or w
    in {
        "trainee",
        "associate",
        "representative",
        "executive",
        "volunteer",
        "apprentice",
        "attendant",
        "caretaker",
        "guide",
    }
}
TITLE_TAILS |= {
    # a British retailer's word for its staff ("Nightfill Colleague", "Checkout Colleague")
    "colleague",
    "developer",
    "engineer",
    "manager",
    "consultant",
    "analyst",
    "architect",
    "designer",
    "officer",
    "specialist",
    "administrator",
    "technician",
    "assistant",
    "intern",
    "lead",
    "director",
    "executive",
    "coordinator",
    "supervisor",
    "accountant",
    "programmer",
    "scientist",
    "researcher",
    "head",
}
TITLE_TAILS -= {"chair", "host", "major", "rep", "admin", "principal", "partner", "owner", "fellow", "aide"}
TITLE_TAILS.update({"owner", "partner", "fellow"})
# "Board Member", "Child Care Provider", "Tool and Die Maker", "Membre du bureau", "Représentante commerciale": roles
# held in a team or a trade, not names of organisations.
TITLE_TAILS.update({"member", "provider", "maker", "helper", "warden", "quartermaster"})
# "Registered Practical Nurse", "Foundation Doctor": the posts of care, named by their last word (after another word
# only: "Doctor" alone opens a firm's name as often, "Doctor Care Anywhere").
_WORD_BEFORE_TAILS = frozenset({"nurse", "doctor"})
TITLE_TAILS.update(_WORD_BEFORE_TAILS)
# "Marketing Professional", "IT Professional": a trade's practitioner, as a CV states its title in a summary.
TITLE_TAILS.add("professional")
TITLE_WORDS.update({"member", "membre", "provider", "maker", "helper", "warden", "representant", "representante"})
TITLE_HEADS.update({"membre", "representant", "representante"})
# "Warehouse Operative", "Baggage Handler", "Healthcare Support Worker", "Barista": the trades of warehouses, shops,
# cafés and care, named by their last word.
TITLE_TAILS.update({"operative", "handler", "worker", "barista"})
TITLE_WORDS.update({"operative", "handler", "worker", "barista"})
# "Strategic Buyer", "Media Buyer", "Category Buyer": purchasing's post, named by its last word as a seller's is.
TITLE_TAILS.add("buyer")
# "Oracle DBA", "SQL Server DBA": the database administrator, named by the initials after the database kept.
TITLE_TAILS.add("dba")
# Trades and services of everyday CVs ("Driver's Mate", "Telephonist", "Dental Hygienist", "Bricklayer").
_TRADES = {
    "mate", "telephonist", "groundsman", "stylist", "hygienist", "beautician", "childminder", "plasterer",
    "bricklayer", "joiner", "scaffolder", "glazier", "tiler", "dishwasher", "shunter", "logistician", "fundraiser",
    "rider", "bookseller", "fixer",
}  # fmt: skip
TITLE_TAILS.update(_TRADES)
TITLE_WORDS.update(_TRADES)
# The players of an orchestra, a band or a stage ("Violinist", "Session Drummer", "Répétiteur"), the crafts of the
# bench ("Bench Jeweller", "Cabinetmaker") and the social services' and sorting offices' posts ("Resettlement
# Caseworker", "Mail Sorter"). (Not "Conductor" nor "Goldsmith": surnames as often as posts.)
_PLAYERS_AND_CRAFTS = {
    "violinist", "cellist", "violist", "pianist", "flautist", "flutist", "oboist", "clarinettist", "clarinetist",
    "bassoonist", "trumpeter", "trombonist", "percussionist", "harpist", "organist", "guitarist", "bassist",
    "drummer", "vocalist", "keyboardist", "saxophonist", "accompanist", "repetiteur", "comedian", "puppeteer",
    "jeweller", "jeweler", "cabinetmaker", "cabinet-maker", "stonemason", "silversmith", "woodworker",
    "caseworker", "sorter",
}  # fmt: skip
TITLE_TAILS.update(_PLAYERS_AND_CRAFTS)
TITLE_WORDS.update(_PLAYERS_AND_CRAFTS)
# Words the field tagger's lexicon leaves out: added after its model was trained, they would mark a firm's words
# ("Drummer Street Bakery", "Sorter Analytics Ltd") as a title's, which the model never saw them do.
# Farming's and feed mills' scientists ("Field Trials Agronomist", "Feed Formulator").
_FARM_SCIENCE_POSTS = {"agronomist", "formulator"}
TITLE_TAILS.update(_FARM_SCIENCE_POSTS)
TITLE_WORDS.update(_FARM_SCIENCE_POSTS)
# The field scientists of environmental consultancies and nature reserves ("Graduate Ecologist", "Senior Botanist").
_ENVIRONMENT_SCIENCE_POSTS = {"ecologist", "botanist", "ornithologist", "entomologist", "hydrologist"}
TITLE_TAILS.update(_ENVIRONMENT_SCIENCE_POSTS)
TITLE_WORDS.update(_ENVIRONMENT_SCIENCE_POSTS)
# HR's posts by their initials: HR business partner, responsable des ressources humaines ("HRBP Supply Chain", "RRH
# de site"), as "DRH".
_HR_INITIALS = {"hrbp", "rrh"}
TITLE_HEADS.update(_HR_INITIALS)
TITLE_WORDS.update(_HR_INITIALS)
TAGGER_UNSEEN_TITLE_WORDS = frozenset(
    _PLAYERS_AND_CRAFTS | _FARM_SCIENCE_POSTS | _HR_INITIALS | {"guide-conferencier", "guide-conferenciere"}
)
# Air crews' and linguists' posts ("Cabin Crew", "Purser", "Lawyer-Linguist"), and the start-ups' "Growth Hacker".
TITLE_TAILS.update({"purser", "linguist", "hacker", "counsel"})
TITLE_WORDS.update({"purser", "counsel"})  # (and the lawyers' "Counsel", "Legal Counsel", "General Counsel")
# (A crew by what it works in, not "J.Crew": "Cabin Crew", "Flight Crew", "Crew Member".)
_CREW_POST_RE = re.compile(
    r"\b(?:cabin|flight|air|ground|ramp|deck|kitchen|service) crew\b|^crew (?:member|leader|chief)\b|"
    # the holiday clubs' staff, "gentils organisateurs" and "employés" ("GO Réception", "G.O animation", "GE
    # Cuisine"; not the "Go Sport" shops), and chalets'
    r"^g\.?[oe]\.? (?:reception|restauration|bar|ski|animation|animateur|animatrice|enfants|mini[- ]club|boutique|"
    r"excursions|spa|cuisine|technique|accueil)\b|^mini[- ]club(?: med)? g\.?o\.?$|^chalet host\b|"
    # and the hosts of resorts, cruise ships and restaurants ("Activities Host", "Entertainment Host": "host" is no
    # title's tail of its own), and hotels' guest relations, named in English in French hotels too ("Agent Guest
    # Relations")
    r"^(?:activit(?:y|ies)|entertainment|guest|restaurant|kids'? club|youth) host\b|"
    r"^(?:agent|agente|chargee?|responsable) guest relations?\b"
)
TITLE_HEADS.update({"purser", "personnel-navigant-commercial", "pilote-de-ligne"})
# "Sales Mgr.", "Store Mngr": a manager, abbreviated.
TITLE_TAILS.update({"mgr", "mngr"})
TITLE_WORDS.update({"mgr", "mngr"})
# The posts of British and Irish health services: "Ward Sister (Band 7)", "Nursing Sister".
TITLE_TAILS.add("sister")
TITLE_WORDS.add("sister")
# "Policy Adviser", "Customer Service Adviser": the British spelling, and either spelling ending a title.
TITLE_HEADS.add("adviser")
TITLE_WORDS.add("adviser")
TITLE_TAILS.update({"adviser", "advisor"})
# "Spa praticienne", "Styliste ongulaire": the beauty trades' words end a title as well as open it.
TITLE_TAILS.update({"praticienne", "praticien", "prothesiste", "maquilleuse", "visagiste"})


# A team or function named after a title ("Defect Manager, QA", "Director, Human Resources", "Chef de projet,
# DSI"): part of the position's wording, never the employer.
_DEPARTMENTS_TEXT = """qa | quality assurance | quality | qc | it | i.t. | is | hr | human resources | finance |
    accounting | accounts | marketing | sales | engineering | operations | ops | r&d | research and development |
    research | legal | procurement | purchasing | logistics | supply chain | customer service | customer support |
    technical support | support | testing | test | administration | admin | development | infrastructure |
    security | compliance | audit | internal audit | risk | treasury | tax | payroll | communications | corporate
    communications | business development | product | product management | design | strategy | data | analytics |
    facilities | maintenance | production | manufacturing | inventory | planning | training | learning and
    development | talent acquisition | recruitment | recruiting | pmo | dsi | drh | rh | comptabilite | ressources
    humaines | achats | juridique | informatique | qualite | maintenance | ventes | service client | controle de
    gestion | amelioration continue | affaires reglementaires | affaires pharmaceutiques | regulatory affairs"""
DEPARTMENTS = frozenset(" ".join(phrase.split()) for phrase in _DEPARTMENTS_TEXT.split("|"))

_SCHOOL_PHRASES_RE = re.compile(
    r"\b(?:sciences po|business school|school of|college of|institute of|institut d|ecole d|ecole de|"
    r"universite de|universite d|university of|faculte de|faculty of|lycee|iut de|iut d|training cent(?:re|er)|"
    r"centre de formation|training board|ecoles? militaires?|ecole secondaire|etablissement secondaire|"
    r"maritime academy|competence centre|education trust|"
    # Central and Eastern Europe's universities and vocational schools ("Vysoká škola ekonomická", "České vysoké
    # učení technické", "Academia de Studii Economice", "Zespół Szkół Zawodowych", "Szkoła Główna Handlowa")
    r"vysoka skola|vysoke uceni|academia de studii|zespol szkol|szkola glowna|vocational school|"
    # Belgium's secondary schools ("Athénée royal de Liège 1", "Athénée Léon Lepage")
    r"athenee)\b"
)
# Schools and training bodies known by their name alone, as much a school as one school word says (beside a
# university's name they do not outweigh it: "Université Paris-Saclay – CentraleSupélec").
_NAMED_SCHOOLS_RE = re.compile(
    # France's and Belgium's training bodies and private schools (transport, HR, accounting, IT, business; the Haute
    # École de Namur-Liège-Luxembourg; Geneva's adult school)
    r"\b(?:aftral|promotrans|igs-rh|enoes|sup des rh|henallux|ifage|m2i formation|inseec|efap|iscom|idrac|ifag|"
    # Paris's school of the food trades, a security guards' training school
    r"ferrandi paris|ecole ferrandi|formasecurite|"
    # French engineering schools
    r"centralesupelec|supelec|ensimag|sigma clermont|agroparistech|ensta|isae-supaero|supaero|ensam|arts et metiers|"
    # West Africa's schools of engineering and management known by their initials
    r"2ie|cesag|inp-hb|inphb|"
    # France's veterinary schools and veterinary nurses' school, the agricultural adult schools, the schools of
    # stage technicians, librarians and the army's non-commissioned officers; fire safety's
    # national centre
    r"enva|envt|oniris|vetagro sup|gipsa|cfppa|cfpts|enssib|ensoa|cnpp|"
    # France's rural and agricultural schools: the maisons familiales rurales, the public agricultural schools'
    # establishments (EPLEFPA, EPLEA)
    r"mfr|maison familiale rurale|maisons familiales rurales|eplefpa|eplea|"
    # the coding and data bootcamps of career changers
    r"ironhack|le wagon|jedha|datascientest|simplon(?:\.co)?|"
    # the metal and aerospace industries' training centres, the air force's technical school
    r"pole formation|afpi|aerocampus|cfai|eetaa|"
    # fashion, perfume and watchmaking schools
    r"studio bercot|wostep|esmod|isipca)\b"
)


# Words that open a French title only before "de" or an occupation's adjective ("Second de cuisine", "Agent
# immobilier", "Commis de salle"), and otherwise open ordinary phrases in English ("Second Prize", "Agent Orange").
_FRENCH_HEADS_BEFORE = frozenset(["second", "seconde", "agent", "commis", "charge", "aide", "garde", "associe"])
# ("Commis à l'expédition", "Agent au guichet": "à", folded "a", as well.)
_FRENCH_TITLE_FOLLOWERS_TEXT = """
    de d du des a au aux immobilier immobiliere commercial commerciale administratif administrative technique
    hospitalier hospitaliere polyvalent polyvalente logistique comptable territorial territoriale qualite maternelle
    educatif educative soignant soignante general generale service support fondateur fondatrice gerant gerante
    cynophile ssiap circulation patrimonial patrimoniale forestier forestiere
"""
_FRENCH_TITLE_FOLLOWERS = frozenset(_FRENCH_TITLE_FOLLOWERS_TEXT.split())
# A journeyman's or a boat's master's rank, which opens a title only before the trade it is held in ("Compagnon
# ébéniste", "Compagnon tailleur de pierre", "Patron-armateur"), not alone ("Antoine Compagnon", "PATRON Marc") nor
# as a firm's or a guild's name ("Les Compagnons du Devoir"); and the craftsman's own business ("Artisan
# plombier-chauffagiste", not "Boulangerie Artisan").
_TRADE_RANKS = frozenset({"compagnon", "patron", "patronne", "artisan", "artisane"})
# The road's trade, a post alone or before how far it drives, a firm's first word before its name.
_ROAD_HEADS = frozenset({"routier", "routiere"})
_ROAD_FOLLOWERS = frozenset(
    {"international", "internationale", "national", "nationale", "regional", "regionale", "spl", "pl", "polyvalent",
     "polyvalente", "frigorifique", "frigo", "longue", "grand", "messagerie", "citerne"}
)  # fmt: skip


# (Not lexicon classes of the field tagger: its features are computed from TITLE_TAILS and the other sets above.)
# French occupation nouns of Québec, Belgium, Switzerland and Africa, of the public services and of the trades, which
# open a title ("Répartiteur", "Inspectrice des impôts", "Agente de bureau"), masculine and feminine.
_MORE_FRENCH_HEADS_TEXT = """
    coordonnateur coordonnatrice repartiteur repartitrice prepose preposee superintendant superintendante
    surintendant surintendante geologue geophysicien geophysicienne hydrogeologue installateur installatrice
    technologue inhalotherapeute foreur foreuse inspecteur inspectrice intendant intendante econome agronome
    magistrat magistrate policier policiere douanier douaniere caporal sergent sergente adjudant capitaine
    commandant commandante brancardier brancardiere nettoyeur nettoyeuse emballeur emballeuse trieur trieuse agente
    preparateur preparatrice laveur laveuse plongeuse cordiste echafaudeur echafaudeuse masseur masseuse brigadier
    brigadiere sapeur maitre-nageur interne gendarme lieutenant lieutenante adjudante puericultrice
    baby-sitter baby-sitting babysitter babysitting saisonnier saisonniere vendangeur vendangeuse castrateur
    castratrice grutier grutiere manoeuvre electrotechnicien electrotechnicienne affreteur affreteuse exploitant
    exploitante coffreur coffreuse metreur metreuse souscripteur souscriptrice ajusteur ajusteuse manœuvre
    polymecanicien polymecanicienne automaticien automaticienne institutrice instituteur cueilleur cueilleuse
    ramasseur ramasseuse figurant figurante tractoriste bucheron bucheronne elagueur elagueuse vitrier vitriere
    carrossier carrossiere poseur poseuse ebeniste tapissier tapissiere couturier couturiere blanchisseur
    blanchisseuse lingere repasseuse menagere aide-menagere maitre maitresse ater postdoctorant
    postdoctorante post-doctorant post-doctorante enseignant-chercheur enseignante-chercheuse remplacant remplacante
    bio-informaticien bio-informaticienne bioinformaticien bioinformaticienne collaborateur
    collaboratrice chimiste biochimiste laborantin laborantine biologiste microbiologiste physicien physicienne
    toxicologue pharmacologue epidemiologiste matelot quartier-maitre second-maitre premier-maitre marechal aspirant
    sous-officier officier forfaitiste instructeur instructrice reassortisseur reassortisseuse guide-conferencier
    guide-conferenciere demi-chef referent referente porcher porchere œnologue oenologue teleprospecteur
    teleprospectrice teleoperateur teleoperatrice recherchiste assembleur assembleuse cableur cableuse scientifique
    maraicher maraichere superviseure salarie salariee vendedor vendedora assistente hotliner opl
    verificateur verificatrice prothesiste praticien praticienne maquilleur maquilleuse visagiste
    naturopathe sophrologue reflexologue hydrotherapeute tatoueur tatoueuse coupeur coupeuse porteur porteuse ecologue
    patrouilleur patrouilleuse
    socio-estheticienne socio-estheticien styliste videaste valorisateur valorisatrice paralegal juge substitut
    eleve-avocat eleve-avocate procureur procureure facteur factrice ripeur ripeuse demenageur demenageuse
    sourceur sourceuse soldat declarant declarante kam sdr rondier rondiere vigile maitre-chien
    femme-de-menage demi-chef-de-partie ibode iade chocolatier chocolatiere confiseur confiseuse cadre-de-sante
    faisant-fonction sous-cheffe chef-de-bord cheffe-de-bord controleur controleuse mainteneur mainteneuse
    regulateur regulatrice aiguilleur aiguilleuse colleur colleuse perchman perchwoman au-pair fille-au-pair eje
    convoyeur convoyeuse dispatcheur dispatcheuse engage-volontaire engagee-volontaire fantassin
    home-stager home-stageuse nageur-sauveteur nageuse-sauveteuse pisteur pisteuse pisteur-secouriste
    pisteuse-secouriste skipper
    desosseur desosseuse grillardin grillardine runneur runneuse crepier crepiere saucier sauciere entremetier
    entremetiere rotisseur rotisseuse
"""
# Spanish, Italian and Portuguese occupation nouns, which open a title as French ones do ("Jefe de obra", "Aiuto
# cuoco", "Empregada de andares"): applicants from southern Europe write their jobs at home in their language.
_SOUTHERN_HEADS_TEXT = """
    recepcionista receptionista cocinero cocinera cuoco cuoca cozinheiro cozinheira ayudante aiuto ajudante
    camarero camarera cameriere cameriera empregado empregada empleado empleada contabilista contable contabile
    electricista elettricista eletricista encarregado encarregada encargado encargada pedreiro albanil muratore
    governanta gobernanta sviluppatore sviluppatrice desarrollador desarrolladora programador programadora
    programmatore programmatrice segretaria segretario tirocinante stagista becario becaria
    estagiario estagiaria dependiente dependienta commesso commessa abogado abogada avvocato avvocata advogado
    advogada farmaceutico farmaceutica farmacista profesor profesora professore professoressa insegnante docente
    responsabile gerente direttore direttrice diretor diretora chefe jefe jefa consulente consultor consultora
    analista progettista disegnatore disegnatrice operaio operaia operario operaria fontanero idraulico canalizador
    carpintero carpintera falegname carpinteiro autista camionero motorista repartidor azafata auxiliar asistente
    administrativo administrativa impiegato impiegata magazziniere mecanico meccanico soldador saldatore pintor
    limpiadora panadero panadera panettiere fornaio pasticcere pastelero pasteleiro carnicero macellaio socorrista
    fisioterapeuta fisioterapista psicologo psicologa arquitecto arquitecta arquiteto arquiteta architetto
    periodista giornalista jornalista traductor traductora traduttore traduttrice tradutor tradutora disenador
    disenadora coordinador coordinadora coordinatore coordinatrice coordenador coordenadora ingeniero ingeniera
    ingegnere engenheiro engenheira enfermero enfermera enfermeiro enfermeira infermiere infermiera medico medica
    pizzaiolo pizzaiola gelatiere gelataio gelataia tecnico tecnica guia guida guide
    auditora gestor gestora garcom garconete desenvolvedor desenvolvedora atendente cuidador cuidadora
    estoquista faxineira diarista especialista
"""
# More French (and Swiss German) occupation nouns: watchmaking, nuclear maintenance, newsrooms, schools, sport.
_MORE_HEADS_TEXT = """
    horloger horlogere rhabilleur rhabilleuse robinetier robinetiere hydraulicien hydraulicienne correspondant
    correspondante pigiste correcteur correctrice presentateur presentatrice concepteur conceptrice
    concepteur-redacteur conceptrice-redactrice proviseure entraineur entraineuse machiniste planificateur
    planificatrice receptionnaire jri jri-monteur jri-monteuse dozent dozentin
    thermicien thermicienne servente militaire artisan artisane ergonome
    agent-hotelier agent-hoteliere agent-social agent-sociale agent-de-service agent-d-entretien home-help
    second-capitaine patron-de-peche pilote-maritime pilote-de-port officier-mecanicien
    legionnaire reserviste enseigne-de-vaisseau lieutenant-de-vaisseau chasseur-de-1re-classe chasseur-alpin timonier
    fusilier fusilier-marin tireur-d-elite
    toiletteur toiletteuse palefrenier palefreniere cavalier cavaliere soigneur soigneuse animalier animaliere
    agent-animalier garcon-d-ecurie inseminateur inseminatrice asv rayonniste etudiant-en-pharmacie
    etudiante-en-pharmacie etudiant-en-medecine etudiante-en-medecine deck-cadet engine-cadet officer-cadet
    dactylo dactylographe stenodactylo stenodactylographe nursing-auxiliary healthcare-auxiliary stable-lad
    merchandiseur merchandiseuse
    joaillier joailliere modeliste brodeuse maroquinier maroquiniere sertisseur sertisseuse
    etalagiste polisseur polisseuse bijoutier bijoutiere sellier-maroquinier retoucheur retoucheuse
    neuropsychologue logopediste therapeute art-therapeute psychotherapeute enqueteur enqueteuse pentester rssi
    ciso threat-hunter incident-responder assegnista commis-di-cucina
    terminologue lexicographe linguiste sous-titreur sous-titreuse adaptateur adaptatrice
    tailleur tailleuse selectionneur selectionneuse facadier facadiere enduiseur
    enduiseuse dumiste interrogateur interrogatrice jobiste etudiant-jobiste etudiante-jobiste supervisora
    supervisor pasante joueur joueuse sauveteur sauveteuse ouvreur ouvreuse skiman diagnosticien diagnosticienne
    chroniqueur chroniqueuse cadreur cadreuse cadreur-monteur cadreuse-monteuse editrice merchandiser
"""
# The posts of orchestras, stages and heritage ("Violoncelliste du rang", "Comédienne", "Programmateur musiques
# actuelles", "Conservatrice, responsable des peintures", "Vacataire"), of the crafts' workshops and the sea's farms
# ("Créatrice-fondatrice", "Fromagère", "Affineuse", "Ostréiculteur associé", "Patron-armateur"), of social work and
# field surveys ("Accompagnateur socioprofessionnel", "Nutritionniste", "Enquêtrice"), and the forms the lists lacked
# ("Chauffeure VTC", "Astronome adjoint", "Chasseur parachutiste"). (Not "fromager" nor "bergère" alone, surnames and
# shops' names: see ``_NAME_LIKE_TRADES``.)
_ARTS_CRAFTS_HEADS_TEXT = """
    violoncelliste violoniste altiste contrebassiste pianiste flutiste hautboiste clarinettiste bassoniste corniste
    trompettiste tromboniste tubiste percussionniste harpiste organiste guitariste claveciniste saxophoniste
    accordeoniste choriste chanteur chanteuse musicien musicienne compositeur compositrice comedien comedienne
    danseur danseuse choregraphe scenographe dramaturge costumier costumiere accessoiriste eclairagiste
    marionnettiste circassien circassienne programmateur programmatrice conservateur conservatrice vacataire
    metteur-en-scene metteuse-en-scene createur creatrice fromagere affineur affineuse
    accompagnateur accompagnatrice nutritionniste habilleur habilleuse pupitreur pupitreuse
    regie-generale regie-lumiere regie-plateau regie-son regie-video
    armateur ostreiculteur ostreicultrice conchyliculteur conchylicultrice mytiliculteur mytilicultrice
    pisciculteur piscicultrice aquaculteur aquacultrice agriculteur agricultrice viticulteur viticultrice
    arboriculteur arboricultrice horticulteur horticultrice apiculteur apicultrice eleveur eleveuse
    marin-pecheur chasseur-parachutiste
    astronome astrophysicien astrophysicienne enquetrice chauffeure chauffeuse
    voiturier voituriere groom
    fontainier fontainiere banquier banquiere routier routiere formulateur formulatrice
    formaliste visiteur visiteuse planneur planneuse coach ia-ipr
    pnc copilote co-pilote bagagiste recenseur recenseuse marsouin coureur coureuse epidemiologiste
"""
# The posts of France's schools and universities, named by their grade or their initials ("TZR de lettres modernes",
# "PLP maths-sciences", "CPE contractuel", "Caïman (agrégé préparateur)", "Certifiée d'anglais", "PRAG en EPS",
# "MCF en chimie", "Titulaire remplaçante", "Lectrice de français"): titulaire sur zone de remplacement, professeur de
# lycée professionnel, conseiller principal d'éducation, agrégé or certifié teaching in higher education, maître de
# conférences. (Not "AED", a defibrillator in first-aid lines, nor "AVS", Switzerland's social insurance number.)
_TEACHING_HEADS_TEXT = """
    tzr plp cpe prag prce mcf caiman caimane certifie certifiee agrege agregee contractuel contractuelle
    titulaire-remplacant titulaire-remplacante lecteur lectrice
"""
_MORE_FRENCH_HEADS = frozenset(
    (
        _MORE_FRENCH_HEADS_TEXT
        + _SOUTHERN_HEADS_TEXT
        + _MORE_HEADS_TEXT
        + _ARTS_CRAFTS_HEADS_TEXT
        + _TEACHING_HEADS_TEXT
    ).split()
)
# A guide's post named with the hyphen of the profession's card, a word of the title on its own as much as a
# "traducteur" ("Guide-conférencier indépendant (auto-entrepreneur)" was taken for a firm by its "indépendant").
TITLE_WORDS.update({"guide-conferencier", "guide-conferenciere"})
# Of those, the words that are also surnames or open firms' and guides' names ("GUIDA Marco", "Guide Michelin",
# "Médica Sur", "Consultor Imobiliário Lda"): they open a title only before a connector or a word of the trade
# ("Guide touristique", "Jefe de obra", "Médico general").
_SURNAME_HEADS_TEXT = """guida guide guia medico medica docente pintor cuoco cuoca muratore carpintero carpintera
    panadero panadera consultor consultora tecnico tecnica jefe jefa gerente autista analista chefe falegname fornaio
    macellaio carnicero disenador artisan artisane juge procureur procureure cavalier soigneur gestor
    fusilier timonier asv especialista bijoutier joaillier tailleur tailleuse"""
_SURNAME_HEADS = frozenset(_SURNAME_HEADS_TEXT.split())
_SURNAME_FOLLOWERS_TEXT = """de di do da del della dello en in em touristique turistico turistica conferencier
    general generale superior especialista junior senior sportivo administrativo administrativa commerciale comercial
    gerant gerante accompagnateur accompagnatrice interprete saisonnier saisonniere desenvolvedor contabil
    financeiro financeira ambiental programador soigneur soigneuse animalier animaliere marin maroquinier finanziario
    finanziaria
    maroquiniere joaillier joailliere bijoutier bijoutiere
    rafting canyoning kayak canoe escalade randonnee peche vtt montagne"""
_SURNAME_HEAD_FOLLOWERS = frozenset(_SURNAME_FOLLOWERS_TEXT.split())
# Legal forms that close a firm's name ("Guia Turística Lda", "Tecnico Instalações Lda").
_FIRM_ENDINGS = frozenset({"lda", "srl", "sl", "sa", "sas", "sarl", "ltd", "gmbh", "ag", "spa", "inc", "llc"})
_GRADES = frozenset({"senior", "semi-senior"})
# Trades named in one word that may be surnames: a title only after another word of the post that is no given name
# ("Senior Aircraftman", "Protection Delegate": the British forces' lowest ranks, the Red Cross's field staff; "HSE
# Graduate": a graduate scheme's post). (Not "Cadet", "Lad", "Gunner", "Sapper", "Trooper", "Craftsman": common
# surnames after given names the lists lack.)
_TRADES_AFTER_A_WORD = frozenset(
    {"rifleman", "guardsman", "signaller", "aircraftman", "aircraftwoman", "delegate", "graduate"}
)  # fmt: skip
# The hands of wineries, farms, stations and boats, named by where they work ("Cellar Hand"; not "Helping Hand").
_HANDS = frozenset(
    {"cellar-hand", "vineyard-hand", "farm-hand", "ranch-hand", "station-hand", "deck-hand", "stable-hand"}
)
# Trades named last that are also surnames or close firms' names ("Gary Player", "JW Player", "Michelin Guide",
# "Rough Guide"): a post only after the words of its field.
_QUALIFIED_TRADES = frozenset(
    [("player", word) for word in (
        "handball", "rugby", "football", "basketball", "hockey", "volleyball", "tennis", "academy", "professional",
        "semi-professional", "international", "squad", "first-team", "reserve", "cricket", "water-polo", "polo")]
    # (the guides ``_GUIDE_POST_RE`` knows by their first word, "Mountain Guide", "Tour Guide", are read there)
    + [("guide", word) for word in (
        "bike", "climbing", "rafting", "canyoning", "alpine", "nature", "wildlife", "expedition")]
    + [("milker", word) for word in ("relief", "herd", "dairy", "farm")]
    + [("shopper", "personal")]  # (a store's stylist for its clients; not "Mystery Shopper", a survey's visit)
    # the crafts' hands, named by their material ("Leather Craftsman", "Leather Goods Artisan", "Master Stone Setter";
    # not "Jim Craftsman", "Boulangerie Artisan")
    + [(trade, word) for trade in ("craftsman", "craftswoman", "artisan", "setter") for word in (
        "leather", "goods", "wood", "stone", "glass", "metal", "silver", "gold", "jewellery", "jewelry", "diamond",
        "gem", "master")]
    # a merchant navy's or a force's cadet, named by the branch ("Navigating Cadet", "Engineer Cadet"; not "Cadet")
    + [("cadet", word) for word in (
        "navigating", "navigation", "deck", "engine", "engineer", "engineering", "electro-technical", "officer",
        "marine", "army", "police")]
)  # fmt: skip
# India's school teachers' posts: trained graduate, post-graduate and primary teacher ("TGT – Science").
_TEACHER_GRADES = frozenset({"tgt", "pgt", "prt"})
_EVERYDAY_TRADES = frozenset({
    "declarant",  # ("Customs Declarant")
    "footballer", "esthetician", "aesthetician", "repairer",  # ("Body Repairer")
    "paratrooper",
    "terminologist", "lexicographer", "subtitler", "neuropsychologist",
    "postman", "postwoman", "milkman", "fireman", "binman", "dustman", "doorman", "deckhand", "farmhand", "fishmonger",
    "florist", "upholsterer", "locksmith", "groundskeeper", "greenkeeper", "stockman", "busboy", "chambermaid",
    "midwife", "undertaker", "embalmer", "constable", "corporal", "gendarme", "brigadier", "bailiff", "magistrate",
    "croupier", "concierge", "usher", "tailor", "seamstress", "cobbler", "greengrocer", "pompier", "telecaller",
    "caller", "physiotherapist", "dietitian", "dietician", "podiatrist", "sonographer", "storeperson",
    "conveyancer", "optometrist", "audiologist", "phlebotomist", "orthoptist", "chiropractor", "osteopath",
    "prosthetist", "orthotist", "aide", "runner", "staff", "stacker", "temp",  # ("Christmas Temp", "Office Temp")
    # the drilling crews of oil and gas rigs; newsrooms' reporters abroad and fact-checkers
    "driller", "toolpusher", "roughneck", "roustabout", "derrickman", "floorhand", "motorman", "correspondent",
    "journalist", "checker",
})  # fmt: skip
# How German names its trades, alone or closing a compound ("Kranken|schwester", "Pflege|helferin",
# "Berufs|kraftfahrer", "Industrie|kaufmann"): the noun is written first, then what it covers ("Konstrukteur
# Karosserie"). On folded text.
GERMAN_TRADE_ENDINGS_TEXT = """
    pfleger pflegerin erntehelfer pflegehelfer helferin fahrer fahrerin arbeiter arbeiterin industriekaufmann
    burokaufmann einzelhandelskaufmann kauffrau techniker technikerin mechaniker mechanikerin meisterin leiter leiterin
    berater beraterin entwickler entwicklerin ingenieurin
    referentin assistent assistentin sachbearbeiter sachbearbeiterin fachkraft schwester erzieher erzieherin lehrer
    lehrerin konstrukteur konstrukteurin traktorist traktoristin elektroniker elektronikerin mechatroniker
    mechatronikerin schlosser schlosserin lagerist lageristin kellner kellnerin verkaufer verkauferin buchhalter
    buchhalterin pflegefachfrau pflegefachmann arzt arztin
"""
GERMAN_TRADE_ENDINGS = tuple(GERMAN_TRADE_ENDINGS_TEXT.split())
# (alone, these are as often surnames: "Anna Kellner", "MEISTER Paul"; within a compound they are trades)
# (nor do "-meister", "-helfer" and "Kaufmann" end trades here: "Hofmeister", "Nothelfer", "Kaufmann & Broad")
_GERMAN_SURNAME_TRADES_TEXT = "schlosser kellner lehrer fahrer leiter pfleger schwester arbeiter berater"
_GERMAN_SURNAME_TRADES = frozenset(_GERMAN_SURNAME_TRADES_TEXT.split())
# The words of a prize, not a job ("Best Newsletter Design winner", "Awarded Teacher of the Year", "Lauréat du …").
AWARD_WORDS = r"winner|awarded|award|prize|laureate|laureat|finalist|finaliste"
_GRADED_FIELDS = frozenset({"audit", "tax", "assurance", "advisory", "accounts", "payroll", "consulting"})


# Posts of the British and Irish health services named without a title word: the grades of doctors in training
# ("Foundation Year 1 – General Surgery", "FY2", "CT1 Psychiatry", "ST3 Registrar") and the health visitor.
# A student's paid job beside their studies, in Germany's word or its English rendering ("Werkstudent Data Analytics").
# (A doctoral candidate is employed by the university or the lab, on a doctoral contract: "PhD Candidate", "Visiting
# PhD Student"; a "lecteur" teaches their own language at a university abroad: "Lectrice de français".)
_STUDENT_JOB_RE = re.compile(
    r"(?:working student|werkstudent(?:in)?|praktikant(?:in)?|(?:visiting )?(?:phd|doctoral) (?:candidate|student|"
    r"fellow)|lecteur|lectrice|vacation scheme(?: student)?|service civique|"
    # a German apprentice ("Ausbildung zur Hotelfachfrau", "Auszubildender")
    r"ausbildung (?:zum|zur)|auszubildende?r?|"
    # France's trainee officers, police officers and lawyers, paid while they train ("Élève gardien de la paix")
    r"eleve (?:gardien|officier|avocat|avocate|commissaire|directeur|directrice|inspecteur|inspectrice|policier|"
    r"policiere|gendarme|sous-officier|pilote))\b"
)
# A student's post with an employer, named by the scheme ("Finance Placement Student", "Work Experience Student").
_STUDENT_POST_RE = re.compile(
    r"\b(?:placement|work experience|vacation|summer|sandwich|articling|co-?op) student(?:$|\s*[,–—-])"
    # the graduate schemes of British retailers and firms, named after the post they lead to ("Store Management
    # Graduate", "Area Manager Graduate"), not a degree ("Business Management graduate" opens a sentence)
    r"|^(?:(?:store|area|retail|district|site|operations) )?(?:management|manager) graduate(?:$|\s*[,–—-])"
)  # ("Co-op Student, Finance": then what the post covered)
# A guide named after what is shown ("Tour Guide", "Mountain Guide"; not "User Guide", "Style Guide").
_GUIDE_POST_RE = re.compile(
    r"^(?:(?:senior|junior|licensed|qualified|freelance|seasonal) )?(?:tour|tourist|mountain|museum|city|walking|"
    r"travel|local|safari|ski|hiking|trekking|trek|heritage|wine|fishing|river) guide(?:$|\s*[,(–—-])|"
    # and a cruise's guide in French ("Guide à bord"; "Guide interprète", "Guide de haute montagne" open with a word
    # that tells the surname from the post, see ``_SURNAME_HEAD_FOLLOWERS``)
    r"^guide a bord\b"
)  # (not "City Guide Magazine", "Local Guide Network": a firm named after the guide it publishes)
# An orchestra's post, named by the instrument and the desk or the rank held at it ("Violoncelle solo", "Violon du
# rang", "Premier violon", "Section First Violin", "Principal Cello"); an instrument alone is none ("Violoncelle").
_INSTRUMENTS = (
    r"(?:violons?|alto|violoncelle|contrebasse|flute|piccolo|hautbois|cor anglais|clarinette|basson|contrebasson|cor|"
    r"trompette|trombone|tuba|harpe|timbales|percussions?|piano|clavecin|orgue|violin|viola|cello|violoncello|"
    r"double bass|bass|oboe|clarinet|bassoon|contrabassoon|horn|trumpet|timpani|keyboards?)"
)
_ORCHESTRA_POST_RE = re.compile(
    rf"^(?:(?:(?:section|tutti|principal|co-principal|sub-principal|associate principal|assistant principal|first|"
    rf"second|1st|2nd|premier|deuxieme|1er|2e|chef d'attaque|cheffe d'attaque) )+{_INSTRUMENTS}(?: i{{1,2}})?|"
    rf"{_INSTRUMENTS} (?:solo|soliste|supersoliste|super-soliste|co-soliste|du rang|tuttiste|tutti|"
    rf"(?:1er|2e|premier|second|deuxieme) soliste))(?:$|\s*[,(–—-])"
)
_HEALTH_SERVICE_POST_RE = re.compile(
    r"(?:foundation (?:year )?[12]|fy ?[12]|ct ?[1-3]|st ?[1-8]|health visitor|"
    # a North American nurse by the initials of the licence, after the terms of the post ("Travel RN", "PRN Staff RN")
    r"(?:(?:travel|staff|charge|prn|float|agency|per diem|registered) )+(?:rn|lpn|rpn)|"
    # the pharmaceutical posts the law names (the EU's Qualified Person who releases batches, the Responsible Person
    # of a wholesaler), and clinical research's monitors by their initials ("ARC Promoteur", "CRA II")
    r"qualified person|responsible person|(?:arc|cra|tec|crc)(?: i{1,3}| [12])? (?:promoteur|investigateur|"
    r"hospitalier|hospitaliere|senior|junior|manager|monitor|ii|i))\b"
)


_GRADE_NUMERALS = frozenset({"i", "ii", "iii", "iv", "1", "2", "3", "4", "n1", "n2", "n3", "l1", "l2", "l3"})
# (and a support desk's level: "Technicien support N2", "Service Desk Analyst L1")
# The aircraft a pilot or a crew member flies, after the title ("Captain A320", "OPL B737-800", "First Officer ATR 72").
_AIRCRAFT_RE = re.compile(r"(?:a|b|e|md|crj|erj|atr)-?\d{2,3}(?:-\d{2,3})?|atr|crj|erj|\d{2,3}|\d{3}-\d{2,3}")


# Programming languages, frameworks and database engines, folded, which an IT post names after its title ("Tech Lead
# Java", "Développeur PHP / Symfony", "DBA Oracle / PostgreSQL"): the post's tools, never a firm.
_STACK_LANGUAGES = frozenset(
    {"php", "python", "java", "javascript", "js", "typescript", "ruby", "node", "node.js", "nodejs", ".net", "c#", "go",
     "scala", "kotlin", "swift", "elixir", "rust", "c++", "dart"}
)  # fmt: skip
_FRAMEWORKS = frozenset(
    {"symfony", "laravel", "drupal", "wordpress", "magento", "django", "flask", "fastapi", "spring", "spring boot",
     "react", "angular", "vue", "vue.js", "vuejs", "node.js", "express", "rails", "ruby on rails", ".net core",
     "asp.net", "hibernate", "next.js", "nuxt", "svelte", "jee", "j2ee", "react native", "flutter", "unity"}
)  # fmt: skip
_DATABASES = frozenset({"postgresql", "postgres", "mysql", "mariadb", "sql server", "mongodb", "db2", "sybase"})
TECHNOLOGIES = _STACK_LANGUAGES | _FRAMEWORKS | _DATABASES
# Technologies named after their vendor: one before a slash ("DBA Oracle / PostgreSQL"), but the firm after it
# ("Développeur Java / Oracle").
VENDOR_TECHNOLOGIES = frozenset({"oracle", "sap", "salesforce"})
# The same as the one-word tokens ``title_score`` reads ("net" of ".NET"; not the everyday words "go", "express",
# "spring", "unity").
_TECHNOLOGY_TOKENS = frozenset(name.strip(".") for name in TECHNOLOGIES if re.fullmatch(r"\.?[a-z+#]+", name)) - {
    "go",
    "express",
    "spring",
    "unity",
}


_SCOPE_OPENERS = frozenset({"group", "groupe", "country"})
_SCOPE_CONNECTORS = frozenset({"du", "de", "des"})
_SCOPE_TAILS_TEXT = """france europe emea apac americas amerique ameriques asie asia uk benelux nordics dach iberia
    latam monde worldwide groupe group sud nord north south cee mena ireland africa afrique"""
_SCOPE_TAILS = _SCOPE_CONNECTORS | frozenset(_SCOPE_TAILS_TEXT.split())
# The therapeutic area a pharmaceutical post covers, written after it ("Medical Science Liaison Oncology", "Délégué
# médical Hématologie", "Product Manager Cardiologie").
_SPECIALTY_TAILS_TEXT = """oncology oncologie hematology haematology hematologie cardiology cardiologie neurology
    neurologie immunology immunologie dermatology dermatologie rheumatology rhumatologie diabetology diabetologie
    ophthalmology ophtalmologie urology urologie psychiatry psychiatrie vaccines vaccins respiratory pneumologie
    virology virologie nephrology nephrologie"""
_SPECIALTY_TAILS = frozenset(_SPECIALTY_TAILS_TEXT.split())
# The French executives' posts, named by their initials: directeur des ressources humaines, président-directeur
# général. (Not "DAF", the lorry maker's name and a Welsh given name; nor "DSI", as often the department as its head;
# nor "DGA", the armament agency.)
TITLE_HEADS.update({"drh", "pdg"})
TITLE_WORDS.update({"drh", "pdg"})
# Those initials held as an interim manager's mission ("DAF de transition", "DSI de transition"): a post, qualified so.
_INTERIM_INITIALS = frozenset({"daf", "raf", "dsi", "dg", "dga"})


_WEB_ADDRESS_RE = re.compile(r"[a-z0-9]\.(?:com|net|org|io|fr|de|es|it|co\.uk|eu)\b")


def _town_named(tokens: list[str]) -> bool:
    """Whether the words name a town the gazetteer knows ("grenoble", "la rochelle")."""
    from . import geo  # (geo reads the text helpers only; imported here to keep vocab's imports short)

    places = geo.find_places(" ".join(tokens))
    return bool(places) and places[0][0] == "city" and places[0][1] == " ".join(tokens)


def _after_given_name(tokens: list[str]) -> bool:
    """Whether the phrase's first word is a given name: a person whose family name is a trade's word."""
    from .names import given_name_hits  # (imported here, as geo is above, to keep vocab's own imports short)

    return bool(given_name_hits(tokens[0]))


def _given_name_and_surname(tokens: list[str]) -> bool:
    """ "Franck Provost", "Jacques Dessange": a French given name, then a surname that is an English title's last
    word; a hairdressing chain named after its founder, not a "Provost"."""
    from .names import FRENCH_GIVEN_NAMES  # (names reads vocab's neighbours; imported here to keep the order)

    return len(tokens) == 2 and tokens[0] in FRENCH_GIVEN_NAMES and tokens[1] in _SURNAME_LIKE_TAILS


_OFFICE_FOLLOWERS = frozenset({"des", "d", "aux", "au", "de", "du", "adjoint", "adjointe", "general", "generale"})


# English titles' last words that are also surnames ("Provost", "Marshal", "Porter", "Cook"): after a given name
# ("Franck Provost", "Thomas Cook") they name a person or the brand named after one.
_SURNAME_LIKE_TAILS = frozenset(
    {"provost", "marshal", "porter", "mason", "baker", "steward", "dean", "chancellor", "praticien", "visagiste",
     "cook"}
)  # fmt: skip


# Heads that open firms' names as often as posts ("Conservateur Immobilier", "Accompagnateur Voyages", "Éleveur Bio
# de Provence"): a post alone, or before a connector, its field's word or a trade's ("Conservatrice du patrimoine",
# "Éleveuse caprine", "Accompagnateur socioprofessionnel").
_GATED_HEADS = frozenset(
    {
        "createur",
        "creatrice",
        "conservateur",
        "conservatrice",
        "accompagnateur",
        "accompagnatrice",
        "eleveur",
        "eleveuse",
        # (a firm's or a shop's name as often: "PNC Bank", "Copilote Formation", "Coureur Immobilier", "Marsouin
        # Croisières"; a post alone or before its rank, its trade or what it flies: "PNC saisonnière", "Copilote ATR
        # 72-600", "Marsouin de 1re classe", "Coureur cycliste")
        "pnc",
        "copilote",
        "co-pilote",
        "coureur",
        "coureuse",
        "marsouin",
    }
)
_GATE_FOLLOWERS = frozenset(
    {"de", "du", "d", "des", "en", "a", "au", "aux", "caprin", "caprine", "ovin", "ovine", "bovin", "bovine",
     "laitier", "laitiere", "porcin", "porcine", "socioprofessionnel", "socioprofessionnelle", "social", "sociale",
     "cycliste", "cyclistes"}
)  # fmt: skip
# Trades whose word is as often a surname or a shop's name ("Camille Barbier", "Le Comptoir du Barbier", "Fromager"):
# a post only before another trade's word ("Barbier gérant", "Fromager affineur").
_NAME_LIKE_TRADES = frozenset({"barbier", "fromager"})
# Trades whose word also names a shop or a place before other words ("Glacier Fenocchio", "Glacier National Park"): a
# post alone, or before other trades ("Glacier – pâtissier", "Glacier-pâtissier").
_SHOP_NAMED_TRADES = frozenset({"glacier"})
# One or two words, then the post they led to ("Mousse puis matelot", "Junior then Senior Stylist"); (not a sentence:
# "Recruté en 2010 puis promu chef d'équipe").
_PROGRESSION_RE = re.compile(r"[a-zœæ'-]+(?: [a-zœæ'-]+)? (?:puis|then) (?P<last>[^,;:()]+)")


# Nouns that before "of" open a duty or an office more often than a post ("Owner of the release process", "Member of
# the team that …", "Secretary of State": an office as often as its holder; "Maker of Things": a firm).
_OF_DUTIES = frozenset({"owner", "member", "partner", "secretary", "maker", "provider", "author"})


def _trade(word: str) -> bool:
    """Whether a (folded) word names a French trade on its own ("patissier", "ebeniste", "tailleur"), or opens two
    trades joined by a hyphen ("plombier-chauffagiste")."""
    first = word.split("-")[0]
    return any(piece in _FRENCH_TITLE_NOUNS or piece in _MORE_FRENCH_HEADS for piece in (word, first))


def title_score(folded: str) -> float:
    """How much a (folded) phrase looks like a job title: 0 for none, higher for more evidence."""
    tokens = re.findall(r"[a-zœæ0-9+#-]+", folded)  # (folding keeps the ligatures: "manœuvre")
    if not tokens or _WEB_ADDRESS_RE.search(folded):
        return 0.0  # ("Vendedor.com": a firm named by its web address)
    progression = _PROGRESSION_RE.fullmatch(folded)
    if progression and title_score(progression.group("last")) >= 1.5:
        # "Mousse puis matelot", "Apprentie then Stylist": a career at one employer, whose last post names it
        return title_score(progression.group("last"))
    if (
        tokens[0].startswith("co-")
        and tokens[0] not in TITLE_HEADS
        and (tokens[0][3:] in TITLE_HEADS or tokens[0][3:] in _MORE_FRENCH_HEADS)
    ):
        tokens = [tokens[0][3:], *tokens[1:]]  # "Co-gérant", "Co-directrice": a post shared, the post all the same
    if "-" in tokens[0] and tokens[0] not in TITLE_HEADS and tokens[0] not in _MORE_FRENCH_HEADS:
        tokens = [piece for piece in tokens[0].split("-") if piece] + tokens[1:]  # "Plombier-chauffagiste"
        if not tokens:
            return 0.0
    if len(tokens) >= 2 and tokens[-1] in _GRADE_NUMERALS:
        tokens = tokens[:-1]  # "Clinical Research Associate II", "Software Engineer 2": the grade within the post
    while len(tokens) >= 2 and _AIRCRAFT_RE.fullmatch(tokens[-1]) and any(c.isalpha() for c in " ".join(tokens[:-1])):
        tokens = tokens[:-1]  # "Captain A319/A320", "Officier pilote de ligne B737-800": the aircraft flown
    if len(tokens) == 3 and tokens[0] in _INTERIM_INITIALS and tokens[1:] == ["de", "transition"]:
        return title_score("directeur de transition")
    # "Group CEO", "Country Manager France", "Managing Director Europe du Sud", "DRH Groupe": the scope of an
    # executive's post, around the title's own words.
    while len(tokens) >= 2 and tokens[0] in _SCOPE_OPENERS:
        tokens = tokens[1:]
    while len(tokens) >= 3 and (tokens[-1] in _SCOPE_TAILS or tokens[-1] in _SPECIALTY_TAILS):
        tokens = tokens[:-1]
    while len(tokens) >= 2 and tokens[-1] in _TECHNOLOGY_TOKENS:
        tokens = tokens[:-1]  # "Tech Lead Java", "Tech Lead .NET": the post's tools after it
    if len(tokens) == 2 and tokens[-1] in _SCOPE_TAILS and tokens[-1] not in _SCOPE_CONNECTORS:
        tokens = tokens[:-1]
    score = 0.0
    if len(tokens) >= 3 and "-".join(tokens[:3]) in TITLE_HEADS:
        tokens = ["-".join(tokens[:3]), *tokens[3:]]  # "Femme de chambre" as "femme-de-chambre", "Chef de projet"
    for size in (4, 3, 2):
        if len(tokens) >= size and "-".join(tokens[:size]) in _MORE_FRENCH_HEADS:
            tokens = ["-".join(tokens[:size]), *tokens[size:]]  # "Femme de ménage", "Demi chef de partie"
            break
    if tokens[0] == "cio" and len(tokens) > 2 and tokens[1] in {"de", "du", "d"} and _town_named(tokens[2:]):
        # "CIO de Grenoble": France's guidance centres (centres d'information et d'orientation), not the officer
        # ("CIO du Groupe Renault")
        return 0.0
    if tokens[0] == "cpe" and len(tokens) == 2 and _town_named(tokens[1:]):
        return 0.0  # "CPE Lyon": the engineering school, not the conseiller principal d'éducation ("CPE contractuel")
    surname_head = (
        tokens[0] in _SURNAME_HEADS
        and not _GUIDE_POST_RE.search(folded)
        and (len(tokens) < 2 or tokens[1] not in _SURNAME_HEAD_FOLLOWERS or tokens[-1] in _FIRM_ENDINGS)
    )
    if surname_head and tokens[0] in _TRADE_RANKS and len(tokens) == 2 and _trade(tokens[1]):
        surname_head = False  # "Artisan plombier-chauffagiste", "Artisan boulanger": the rank, then the trade
    if tokens[0] in {"juge", "procureur", "procureure"} and len(tokens) >= 2 and tokens[1] in _OFFICE_FOLLOWERS:
        # "Juge des contentieux de la protection", "Procureur de la République" ("Juge Claire", "PROCUREUR Camille":
        # names)
        surname_head = False
    if surname_head:
        pass  # ("GUIDA Marco", "Guide Michelin": a surname or a name, no title)
    elif (
        tokens[0] in _GATED_HEADS
        and len(tokens) > 1
        and not (tokens[1] in _GATE_FOLLOWERS or _trade(tokens[1]) or _AIRCRAFT_RE.fullmatch(tokens[1]))
        # ("Accompagnateur et guide à bord": another post after "et")
        and not (tokens[1] in {"et", "and"} and title_score(" ".join(tokens[2:])) >= 1)
    ):
        pass  # ("Conservateur Immobilier", "Accompagnateur Voyages": a firm's name)
    elif tokens[0] in _ROAD_HEADS and len(tokens) > 1 and tokens[1] not in _ROAD_FOLLOWERS:
        pass  # ("Routière Chambard", "Routière des Pyrénées": road builders' names; "Routier international" is a post)
    elif tokens == ["associe"]:
        score += 1.5  # "Associé" alone under a law firm's line: the partner's post (its "Associée" is a head)
    elif tokens == ["franchisee"]:
        # "Franchisée, gérante", "Franchisee & Store Owner": the franchisee's status, a post (before words, a business;
        # folded "franchise" alone is the noun, "Franchise" over "Subway": the masculine "Franchisé" is read before
        # folding, by the experience rules)
        score += 1.5
    elif tokens == ["commis"]:
        score += 1.5  # "Commis" alone: a kitchen's junior cook (before other words, see ``_FRENCH_HEADS_BEFORE``)
    elif tokens[0] in _SHOP_NAMED_TRADES and all(_trade(token) for token in tokens[1:]):
        score += 1.5  # "Glacier", "Glacier pâtissier" (not "Glacier Fenocchio", a shop)
    elif tokens[0] in _MORE_FRENCH_HEADS or tokens[0] in _TEACHER_GRADES:
        score += 1.5  # "Coordonnateur logistique", "Géologue d'exploration", "Préposée aux bénéficiaires"
    elif tokens[0] in TITLE_HEADS or (
        tokens[0] in _FRENCH_HEADS_BEFORE and len(tokens) > 1 and tokens[1] in _FRENCH_TITLE_FOLLOWERS
    ):
        score += 1.5
    elif 3 <= len(tokens) <= 4 and tokens[:2] == ["second", "in"]:
        score += 1.5  # "Second in Mathematics", "Second in Department": a British school's deputy head of department
    elif 3 <= len(tokens) <= 5 and tokens[1] == "of" and tokens[0] in TITLE_TAILS and tokens[0] not in _OF_DUTIES:
        score += 1.5  # "Clerk of Works", "Officer of the Watch": the English post's noun, then what it keeps
    elif (tokens[0] in _FRENCH_HEADS_BEFORE or tokens[0] in _TRADE_RANKS) and len(tokens) > 1 and _trade(tokens[1]):
        score += 1.5  # "Commis pâtissier", "Agent saisonnier", "Compagnon ébéniste", "Patron armateur"
    elif tokens[0] in _NAME_LIKE_TRADES and len(tokens) > 1 and all(_trade(token) for token in tokens[1:]):
        # "Barbier gérant", "Fromager affineur" (not "BARBIER Paul", "Fromager Camille", "Barbier Coiffeur Hugo")
        score += 1.5
    elif tokens[0] in {"patron", "patronne"} and len(tokens) > 2 and tokens[1] in {"de", "d"}:
        score += 1.5  # "Patron de chalutier", "Patronne de bateau" (not "Compagnon de route")
    elif (
        len(tokens) <= 6
        and tokens[-1] in TITLE_TAILS
        and (len(tokens) >= 2 or tokens[0] not in _WORD_BEFORE_TAILS)
        and not _given_name_and_surname(tokens)
        and not (tokens[0] == "the" and tokens[-1] in _PLAYERS_AND_CRAFTS)  # ("The Silversmith": a shop)
    ):
        score += 1.0  # "Music Producer", "Lead Estimator"
    elif (
        _HEALTH_SERVICE_POST_RE.match(folded)
        or _STUDENT_JOB_RE.match(folded)
        or _STUDENT_POST_RE.search(folded)
        or _CREW_POST_RE.search(folded)
        or _GUIDE_POST_RE.search(folded)
        or _ORCHESTRA_POST_RE.search(folded)
    ):
        score += 1.5  # "Foundation Year 1", "FY2", "CT1 Psychiatry", "Health Visitor", "Working Student"
    elif tokens[0].endswith(GERMAN_TRADE_ENDINGS) and tokens[0] not in _GERMAN_SURNAME_TRADES and len(tokens) <= 4:
        score += 1.5  # "Krankenschwester", "Pflegehelferin", "Berufskraftfahrer", "Konstrukteur Karosserie"
    elif tokens[-1] in _EVERYDAY_TRADES and tokens[0] not in {"the", "le", "la", "les"}:  # (not "The Journalist")
        score += 1.5  # "Postman", "Midwife", "Community Midwife": a trade named in one word
    elif len(tokens) >= 2 and f"{tokens[-2]}-{tokens[-1]}" in _HANDS:
        score += 1.5  # "Vintage Cellar Hand", "Farm Hand": the hands of wineries, farms and stations
    elif len(tokens) >= 2 and (tokens[-1], tokens[-2]) in _QUALIFIED_TRADES and tokens[0] != "the":
        score += 1.5  # "Professional Handball Player", "Mountain Bike Guide" (not "Emma Player", "Michelin Guide")
    elif tokens[-1] in _TRADES_AFTER_A_WORD and len(tokens) >= 2 and not _after_given_name(tokens):
        score += 1.5  # "Logistics Delegate", "Infantry Rifleman" (not after a given name)
    elif len(tokens) == 2 and tokens[1] in _GRADES and tokens[0] in _GRADED_FIELDS:
        score += 1.0  # "Audit Senior", "Tax Semi-Senior": the grades of accountancy firms, named after the field
    hits = sum(1 for token in tokens if token in TITLE_WORDS)
    score += min(hits, 3) * 0.7
    if re.search(r"\b(?:of|de|d'|du|des|en)\b", folded) and score:
        score += 0.1
    return score


_ELISION_RE = re.compile(r"^(?:l|d)'(?=\w)")


def _tokens(pattern: str, folded: str) -> list[str]:
    """The words of ``folded`` without a French elided article ("l'academie" is "academie")."""
    return [_ELISION_RE.sub("", token) for token in re.findall(pattern, folded)]


# The ranks of the armed forces, which soldiers write before the post held at them ("Sergent-chef, chef de groupe",
# "Capitaine de corvette, officier en second", "Corporal, Paratrooper"), on folded text; one rank or several
# ("Second maître puis maître", "Sapper / Lance Corporal").
_ARMED_RANK = (
    r"(?:(?:sergent|adjudant|caporal|brigadier)(?:-chef)?|marechal des logis(?:-chef)?|(?:second |premier )?maitre|"
    r"maitre principal|quartier-maitre(?: de (?:1re|2e) classe)?|aspirant|(?:sous-)?lieutenant|"
    r"capitaine|commandant|(?:lieutenant-)?colonel|general|major|gendarme|reserviste operationnelle?|"
    r"(?:legionnaire|chasseur|soldat|matelot)(?: de (?:1re|2e|1ere|2eme) classe)?|"
    r"enseigne de vaisseau(?: de (?:1re|2e) classe)?|lieutenant de vaisseau|capitaine de (?:corvette|fregate|vaisseau)|"
    r"private|(?:lance )?corporal|(?:staff |colour |flight |master )?sergeant|warrant officer(?: class [12])?|"
    r"second lieutenant|captain|flight lieutenant|squadron leader|wing commander|(?:chief )?petty officer|"
    r"leading hand|able seaman|(?:senior |leading )?aircraftman|sapper|gunner|craftsman|trooper|rifleman|signaller|"
    r"(?:lance )?bombardier)"
)
ARMED_RANK_RE = re.compile(rf"{_ARMED_RANK}(?:(?: puis | then | / ){_ARMED_RANK})*")


# The armed forces and their units, which name a soldier's employer ("1er Régiment de chasseurs parachutistes", "3e
# RPIMa", "27e BCA", "Marine nationale", "21 Engineer Regiment", "RAF Regiment – II Squadron"), on folded text.
MILITARY_UNITS_RE = re.compile(
    r"\b(?:regiment|regt|bataillon|battalion|escadron|squadron|escadrille|flottille|demi-brigade|etat-major|"
    r"marine nationale|armee de terre|armee de l'air(?: et de l'espace)?|gendarmerie(?: nationale| mobile)?|"
    r"legion etrangere|navy|army|air force|royal marines|belgian defence|defense belge|"
    r"\d{1,3}(?:e|er|eme|re) (?:ri|rima|rpima|rep|reg|rei|rec|rhp|rcp|rca|rmt|rmat|rt|rg|rhc|rsma|ra|rama|rcc|rd|"
    r"rtp|rcs|bca|bcs|bcp))\b"
)


# Museums and public libraries: "Victoria and Albert Museum", "Musée des Confluences", "Médiathèque François
# Mitterrand", "Bibliothèque Sainte-Geneviève". (Added after the field tagger's model was trained: kept out of its
# lexicon, see ``TAGGER_UNSEEN_ORG_WORDS``.)
_MUSEUMS_AND_LIBRARIES = frozenset(
    {"museum", "museums", "musee", "musees", "museo", "museu", "mediatheque", "bibliotheque"}
)
ORG_WORDS.update(_MUSEUMS_AND_LIBRARIES)
# The State's offices in a département and its police stations: "Préfecture de police de Paris", "Sous-préfecture de
# Brest", "Commissariat de police de Créteil" (kept out of the tagger's lexicon as well).
_PREFECTURES_AND_STATIONS = frozenset({"prefecture", "prefectures", "sous-prefecture", "commissariat"})
ORG_WORDS.update(_PREFECTURES_AND_STATIONS)
TAGGER_UNSEEN_ORG_WORDS = _MUSEUMS_AND_LIBRARIES | _PREFECTURES_AND_STATIONS


def org_score(folded: str) -> float:
    tokens = _tokens(r"[a-z0-9&'-]+", folded)
    return sum(1.0 for token in tokens if token in ORG_WORDS) + (1.0 if MILITARY_UNITS_RE.search(folded) else 0.0)


# The school's word that ends a name joined by hyphens ("Ludwig-Maximilians-Universität", "Humboldt-Universität").
_COMPOUND_SCHOOL_WORDS_TEXT = """universitat universitaet universite university hochschule institut gymnasium realschule
    gesamtschule berufsschule oberschule fachoberschule"""
_COMPOUND_SCHOOL_WORDS = frozenset(_COMPOUND_SCHOOL_WORDS_TEXT.split())  # ("Goethe-Institut", "Carl-Benz-Gymnasium")


def school_score(folded: str) -> float:
    tokens = _tokens(r"[a-z0-9'-]+", folded)
    # ("IGR-IAE Rennes": a school's short name joined to another's by a hyphen.)
    score = sum(
        1.0
        for token in tokens
        if token in SCHOOL_WORDS
        or any(len(piece) <= 4 and piece in SCHOOL_WORDS for piece in token.split("-"))
        # ("Ludwig-Maximilians-Universität", "Humboldt-Universität": a name joined to the school's word.)
        or ("-" in token and token.rsplit("-", 1)[1] in _COMPOUND_SCHOOL_WORDS)
        # ("IUT1 de Grenoble", "UFR3": a short school word numbered among its town's)
        or (len(token) <= 6 and token[-1:].isdigit() and token.rstrip("0123456789") in {"iut", "ufr", "univ"})
    )
    if _SCHOOL_PHRASES_RE.search(folded):
        score += 1.5
    if _NAMED_SCHOOLS_RE.search(folded):
        score += 1.0
    return score


# Words that are French occupations but, spelt the same, open ordinary English phrases ("Commercial Real Estate",
# "Principal Component Analysis", "Agent Orange") do not open a title on their own.
TITLE_HEADS.update(
    set(_FRENCH_TITLES.split())
    - {
        "commercial",
        "principal",
        "agent",
        "steward",
        "concierge",
        "reporter",
        "valet",
        "assistant",
        "consultant",
        "charge",
        "trader",
        "pilote",
        "commis",
        "associe",
    }
)


# The words a business function is named with, beside the departments' ("IT Infrastructure", "Branch Banking",
# "Data Center Operations", "SME"); a teacher's subject names the post the same way ("TGT – Science").
_FUNCTION_WORDS_TEXT = """
    banking branch retail corporate business data center centre sme smes msme operations infrastructure network
    networks projects project digital credit loans mortgages insurance wealth ecommerce e-commerce international
    domestic voice non-voice inbound outbound field regional key accounts account channel science sciences
    mathematics maths physics chemistry biology english hindi social studies evs computer general commerce
    economics history geography arts automation cloud devops networking division vertical & and of
    entreprises particuliers professionnels pme tpe institutionnels grands comptes clinical brand growth strategic
    deals investment asset consulting advisory transformation technology regulatory affairs medicine surgery m&a
    platform personal care
    partnerships partnership alliances mid-market midmarket enterprise commercial smb customer success government
    public sector strategy food fresh grocery payments
    statistics microeconomics macroeconomics econometrics finance accounting law french spanish german literature
    philosophy psychology sociology politics organic inorganic calculus algebra
    ai ia ml intelligence artificial cyber cybersecurity markets capital
    equity equities quantitative energy utilities telecom telecoms media healthcare life innovation sustainability esg
    mergers acquisitions litigation arbitration disputes dispute resolution restructuring insolvency antitrust
    competition intellectual property real estate employment crime financial contentieux fusions-acquisitions rates
    upstream downstream msat cmc process development assay r&d testing biological quality control assurance
    validation manufacturing therapy therapies gene cell oncology oncologie hematology immunology vaccines
    pharmacovigilance analytical formulation bioprocess biologics medical global
    services audit audits banque bancaire transaction transactions diligence inspection secteur associations
    industrie industries assurances tax fiscalite forensic valuation evaluation outsourcing
    cpg fmcg b2b b2c saas distribution grande
    securities kyc aml cft supervision sav apres-vente depannage
    web consumer goods beverages beverage drinks industrial fleet support fonctions functions
"""
_FUNCTION_WORDS = frozenset(_FUNCTION_WORDS_TEXT.split()) | {word for phrase in DEPARTMENTS for word in phrase.split()}
_FUNCTION_EDGE_WORDS = frozenset({"&", "and", "of", "division", "vertical"})


def function_part(part: str) -> bool:
    """A business function or a subject named alone in a few words ("Sales", "IT Infrastructure", "Data Center
    Operations", "General Science & EVS"), which beside a title says what the title covers."""
    words = re.sub(r"[/,.;:()]", " ", fold(part)).split()
    if not 1 <= len(words) <= 4 or words[0] in _FUNCTION_EDGE_WORDS or words[-1] in _FUNCTION_EDGE_WORDS - {"division"}:
        return False
    return all(word in _FUNCTION_WORDS for word in words)

"""Education entries (institution, degree, field, dates) and the highest level reached, on the French Bac+N scale.

Levels: 0 baccalauréat / high school, 2 BTS / DUT / DEUG / associate, 3 licence / bachelor / BUT, 4 maîtrise / M1 /
post-graduate diploma (PGDM), 5 master / diplôme d'ingénieur / MBA, 8 doctorat / PhD.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from itertools import pairwise
from typing import Any

from . import geo
from .dates import find_date_ranges, only_dates
from .entries import (
    ABBREVIATIONS,
    SCHOOL_LABEL,
    Entry,
    capitalised_words,
    column_heads,
    group_entries,
    header_parts,
    labelled_dates_first,
)
from .languages import LANGUAGE_LABEL_RE
from .names import given_name_hits
from .text import clean, fold, is_bullet, strip_bullet, strip_punct
from .vocab import function_part, org_score, title_score
from .vocab import school_score as _school_word_score

# The training bodies that teach trades, sport, youth work and music without a school's word in their names (folded):
# the crafts' guild ("Les Compagnons du Devoir et du Tour de France"), the chambers of trades that run apprentices'
# centres and award the master craftsman's certificate ("Chambre de Métiers et de l'Artisanat du Puy-de-Dôme"), a
# training centre ("Centre national de formation à la police judiciaire", "Pôle formation UIMM"), and the national
# networks of sport's, youth work's, music teachers' and civil servants' training (CREPS, CEMEA, CEFEDEM, CFMI,
# CNFPT), the banks' and insurers' training centres (CFPB, IFPASS), France's national centre of distance learning
# (CNED), and Germany's state seminars that train teachers
# after their first state examination ("Staatliches Seminar für Didaktik und Lehrerbildung Freiburg", "Studienseminar
# Koblenz"). Not a training department or session ("Responsable formation", "Formation continue").
# The training bodies named by their acronyms, which count anywhere in a school's name.
_BODY_ACRONYMS_TEXT = "creps cemea cefedem cfmi cnfpt cfpb ifpass cned"
_TRAINING_BODY_RE = re.compile(
    r"\b(?:compagnons du devoir|chambres? (?:de |des )metiers|"
    r"(?:staatliches )?seminar fur didaktik und lehrerbildung|studienseminar|"
    # (a university's or a school's centre of studies: "Centre d'études des sciences et techniques de l'information
    # (CESTI)", "Centre universitaire d'enseignement du journalisme")
    r"centre (?:d'etudes|universitaire)|"
    # (the forces' training centres: "Centre national d'instruction de ski et d'alpinisme de la gendarmerie")
    r"centre (?:national )?d'instruction|"
    r"(?:centre|pole|organisme)(?: (?!de\b|d')[a-z'-]+){0,2} (?:de |d')?formation\b|"
    rf"{'|'.join(_BODY_ACRONYMS_TEXT.split())})\b"
)


# A town's or a state's institute of technology, named "Tech" after it ("Aarhus Tech", "Georgia Tech", "Virginia Tech").
_PLACE_TECH_RE = re.compile(r"(?P<place>[a-z][\w'-]*(?: [a-z][\w'-]*)?) tech")


def _place_tech(folded: str) -> bool:
    match = _PLACE_TECH_RE.fullmatch(folded.strip())
    if match is None:
        return False
    places = geo.find_places(match.group("place"))
    return bool(places) and places[0][1] == match.group("place")


def school_score(folded: str) -> float:
    """The school words of a folded name (``vocab.school_score``), a training body's name counting as one (and so does
    a place's "Tech")."""
    if _place_tech(folded):
        return 1.0
    body = _TRAINING_BODY_RE.search(folded)
    # (where the name opens, after an article at most: "Centre national de formation …", "Les Compagnons du
    # Devoir"; not inside a diploma's field, "DU Direction d'organisme de formation"; the bodies' acronyms anywhere)
    counts = body is not None and (
        re.fullmatch(r"(?:(?:les|la|le) |l')?", folded[: body.start()]) is not None or body.group(0) in _BODY_ACRONYMS
    )
    # ("CFA Charterholder", "CFA Level II": the financial analysts' charter, no apprentices' training centre)
    charter = 1.0 if _CFA_CHARTER_RE.search(folded) else 0.0
    return max(0.0, _school_word_score(folded) - charter) + (1.0 if counts else 0.0)


# The CFA Institute's charter and its examinations ("CFA Charterholder", "CFA Level II candidate"), whose initials are
# also a French apprentices' training centre's (folded).
_CFA_CHARTER_RE = re.compile(r"\bcfa (?:charterholder|charter|level|candidate|institute|program|exam)")


_BODY_ACRONYMS = frozenset(_BODY_ACRONYMS_TEXT.split())


# The school-leaving certificates of English-speaking Africa, whose grades its recruiters read (a KCSE's mean grade, a
# WAEC's credits): West Africa's by its name, its initials or its examining councils' ("SSCE (WAEC)", "West African
# School Certificate (WASC)"), Kenya's ("KCSE – Mean Grade B+"), South Africa's ("National Senior Certificate
# (Matric)"); and the certificates at the end of primary school that the same CVs list under them ("First School
# Leaving Certificate", "KCPE"), on folded text.
_SCHOOL_LEAVING = (
    r"wassce|west african senior school certificate(?: examination)?|west african school certificate|"
    r"senior school certificate(?: examination)?|ssce|wasc|waec|neco|"
    r"kenya certificate of secondary education|kcse|national senior certificate"
)
_PRIMARY_LEAVING = r"first school leaving certificate|kcpe|kenya certificate of primary education"
# The GCE's levels as Singapore, Cameroon and others write them ("GCE 'A' Level", "GCE Ordinary Level", "GCE O/L")
_GCE_LEVEL = r"gce '?{letter}(?:{word})?'?[- ]levels?|gce {letter}/l"

# A French word's feminine ending in brackets, glued to it ("Infirmier(e) référent(e)", "coordinateur(trice)"): part of
# the word, no remark opened.
_INCLUSIVE_ENDING = r"(?<=\w\()(?:e|es|ne|nes|le|les|trice|trices|euse|euses|[eè]re|ve)\)"

# (canonical key, level, pattern on folded text), most specific first.
_DEGREES: list[tuple[str, int, str]] = [
    ("phd", 8, r"doctorat|ph\.? ?d\.?|doctorate|doctor of philosophy|these de doctorat|doctorant|ed\. ?d\.?|"
               # Oxford's and a few other universities' doctorate ("DPhil in Zoology", "D.Phil.")
               r"dphil|d\.phil\.?|"
               r"doctor of education|diplome d'etat de docteur|docteur en (?:medecine|pharmacie|chirurgie dentaire)|"
               r"pharm\. ?d\.?|pharmd|doctor of pharmacy|"
               # Germany's doctorates, and the names other countries give theirs
               r"dr\.? ?rer\.? ?(?:nat|pol|oec|soc)\.?|dr\.?-ing\.?|dr\.? ?(?:phil|med)\.?|doctor of science|"
               r"dottorato(?: di ricerca)?|doutoramento|doutorado|doctorado|tohtori|"
               # the Swiss federal institutes' doctorates ("Dr. sc. ETH", "Dr ès sc.")
               r"dr\.? ?sc\.?(?= ?(?:eth|epfl|nat|techn|tech)\b)|docteur es sciences|"
               # the postgraduate doctor of medicine of India and elsewhere ("MD (General Medicine)", "MD in …")
               r"md(?= in | \((?:general|internal|paediatric|pediatric|anaesth|anesth|obstet|psychiat|radio|derma|"
               r"ortho|medicine|surgery|community|pathology|pharmacology))|doctor of medicine|"
               # France's habilitation to supervise doctoral research, the degree above the doctorate
               r"habilitation a diriger des recherches|hdr(?= |$)|"
               # the German-speaking countries' habilitation, which confers the right to teach ("Habilitation (venia
               # legendi) in Plant Physiology", "Dr. habil."; not "Habilitation électrique", a safety clearance)
               r"habilitation(?= \(venia legendi\)| in | fur | \(dr\.? ?habil)|venia legendi|dr\.? ?habil\.?|"
               # French medicine's specialty diplomas (DES, DESC) and the capacités, taken after the doctorate's
               # first years of residency
               r"diplome d'etudes specialisees(?: complementaires)?(?: veterinaires)?|desc?(?= (?!jeps)|$)|desv|"
               # (named by their field: "Capacité d'adaptation" is a quality, never a diploma)
               r"capacite (?:de |en )(?:medecine|geriatrie|gerontologie|addictologie|allergologie|angiologie|"
               r"evaluation et traitement de la douleur)"),
    ("mba", 5, r"executive mba|e?mba"),
    # The first degrees of medicine and dentistry in the Commonwealth (five or six years): "MBBS", Ireland's
    # "MB BCh BAO", Britain's "MB ChB" and "BM BCh".
    ("medicine", 5, r"mbbs|m\.b\.b\.s\.?|mb ?bs|mb ?chb|mb bch(?: bao)?|bm bch|bm bs|bds|b\.d\.s\.?|"
                    # the veterinary surgeon's first degrees: Britain's, Ireland's, Australia's and America's
                    # (not "DVM", which American vets write after their name and title as a credential)
                    r"bvetmed|bvm&s|bvms|bvsc|b\.v\.sc\.?|mvb|doctor of veterinary medicine"),
    # (the Maghreb's state engineer's diploma whole: "Diplôme d'ingénieur d'État en Génie Logiciel")
    ("engineer", 5, r"diplome d'ingenieur(?: d'etat)?|titre d'ingenieur|ingenieur d'etat|cycle ingenieur|"
                    r"ingenieur diplome|"
                    r"engineering degree|diplome ingenieur|dipl\.?-ing\.?|diplom-ingenieur|master of engineering|"
                    r"m\.? ?eng\.?|"
                    # the Nordic and Polish engineering degrees ("Civilingenjör", "Diplomi-insinööri", "inżynier")
                    r"civilingenjor|sivilingenior|civilingenior|diplomi-insinoori|magister inzynier|inzynier|inzenyr|"
                    r"ingeniero(?: superior| tecnico)?|ingenieur civil|"
                    # the Maghreb's national engineering diploma, and the English name of engineering degrees abroad
                    r"diplome national d'ingenieur|engineer'?s degree|"
                    # Czechia's and Slovakia's engineer, written before its field ("Ing. – Automotive Engineering")
                    r"ing(?:\.(?= ?[–—-] | in |$)|$)|"
                    # Latin America's five- or six-year engineering degrees, named by their field ("Ingeniería Civil de
                    # Minas", "Ingeniería en Sistemas Computacionales"; not "Facultad de Ingeniería": it opens a field)
                    r"ingenieria(?= [a-z])"),
    ("master", 5, r"mastere specialise|mastere|master of science|master of arts|master of business|master'?s degree|"
                  r"master of pharmacy|"
                  # the speech therapist's certificate, five years at a university's school (grade of master)
                  r"certificat de capacite d'orthophonist(?:e|ie)|"
                  # a professional title of level 7 on the national register ("Titre RNCP niveau 7", "(RNCP Level 7)")
                  r"titre (?:rncp|professionnel)(?: de)? niveau 7|rncp (?:de )?(?:level|niveau) 7|"
                  r"masters?|msc|m\. ?sc\.?|msci|masc|m\.a\.sc\.?|s\.m\.(?= )|magistere|"
                  r"m\.s\.?|m\.a\.?|ms|ma|m\.tech|mtech|m\.e\.|m\.com|mca|dess|d\.e\.s\.s\.?|dea|m2|"
                  r"(?:diplome (?:de |du )?(?:programme )?)?grande ecole|"
                  r"programme grande ecole|m\. ?ed\.?|master of education|ll\.m\.?|llm|mfa|m\.f\.a\.|"
                  r"master of fine arts|mres|mphil|m\.phil\.?|mph|mpa|msn|m\. ?pharm(?:a|acy)?\.?|mpharm|"
                  # Czechia's, Slovakia's and Poland's magister, written before its field ("Mgr. in Pharmacy")
                  r"mgr(?:\.(?= ?[–—-] | in |$)|$)|"
                  # the Swiss federal diploma of higher vocational training; Italy's two-year master's
                  r"diplome federal|laurea magistrale|laurea specialistica|"
                  # Austria's and Poland's magister, Portugal's mestrado, Scandinavia's candidatus degrees
                  # the art schools' national master (DNSEP), the notaries' and solicitors' postgraduate courses
                  r"dnsep|diplome national superieur d'expression plastique|diplome superieur du notariat|"
                  # the architect's licence to practise in their own name, taken after the state diploma
                  # ("d'œuvre": folding keeps the ligature)
                  r"hmonp|habilitation a (?:l'exercice de )?la maitrise d'(?:oe|œ)uvre en son nom propre|"
                  # the architect's state diploma (grade of master), and the post-master's specialisation of the
                  # schools of architecture ("DSA Architecture et projet urbain", "DSA d'architecte-urbaniste")
                  r"diplome d'etat d'architecte|diplome de specialisation et d'approfondissement(?: en architecture)?|"
                  r"dsa(?= (?:en |d')?(?:architecture|architecte|urbanisme|patrimoine|projet urbain|maitrise d'ouvrage|"
                  r"risques majeurs))|"
                  r"diplome de notaire|legal practice course|lpc(?= |$)|"
                  # Germany's and Austria's pre-Bologna diplomas ("Diplom-Kaufmann", "Dipl.-Kfm.", "Dipl.-Inf.")
                  r"diplom-(?:kaufmann|kauffrau|volkswirt(?:in)?|informatiker(?:in)?|physiker(?:in)?|mathematiker(?:in)?|"
                  r"psychologe|psychologin|biologe|biologin|chemiker(?:in)?|betriebswirt(?:in)?)|"
                  r"dipl\.-(?:kfm|kffr|vw|inf|phys|math|psych|biol|chem|betriebsw)\.?|"
                  # (the same diploma written in English before its field: "Diplom in Biology (Diplom-Biologin)")
                  r"diplom(?= in )|"
                  r"magistra|magister|magistr|mestrado integrado|mestrado|master universitario|kandidat|"
                  r"cand\. ?(?:scient|polyt|oecon|jur|philol|psych|pharm)\.?|"
                  # the British qualifications framework's level 7 ("CIPD Level 7 Advanced Diploma")
                  r"level 7 (?:[a-z]+ ){0,2}(?:diploma|certificate)|"
                  # Britain's integrated master's degrees (four years), and the American Master of Professional Studies
                  r"mmath|mphys|mchem|mbiol|mgeol|mearthsci|master of professional studies|m\.p\.s\.?|"
                  # Scotland's taught master of letters; the Swiss federal diploma in German
                  r"mlitt|m\.litt\.?|eidg\.? diplom|eidgenossisches diplom|"
                  # the American lawyer's first degree, taken after a bachelor's (not the "J.D. Wetherspoon" pubs);
                  # France's business lawyers' diploma; the solicitors' qualifying examination; Germany's state
                  # examinations in law; the architect's master (not the month: "March 2019")
                  r"juris doctor|j\. ?d\.?(?!\.? ?(?:wetherspoon|power|sports|williams|edwards))|jd(?=,|$| \(| \d)|"
                  r"djce|diplome de juriste conseil d'entreprise|solicitors qualifying exam(?:ination)?|"
                  r"sqe ?1(?:,? (?:and|&|et) (?:sqe ?)?2)?|sqe ?2|"
                  r"(?:erstes |zweites |first |second )?staatsexamen|"
                  # (the same in English, in law or for teaching: "First State Examination in Law", "Second State
                  # Examination for Teaching (Gymnasium)")
                  r"(?:first|second) state exam(?:ination)?|"
                  r"m\. ?arch\.?|march(?= architecture| in architecture| \((?:arb|riba)| \(hons)|"
                  # the Swiss universities' master of advanced studies; France's medical studies' second cycle
                  r"master of advanced studies|mas(?= in | en )|"
                  r"dfasm|diplome de formation approfondie en sciences medicales|"
                  # the Spanish-speaking countries' master ("Maestría en Ingeniería de Calidad"), opening its field
                  r"maestria"),
    # The teachers' competitive examinations (CAPES, agrégation, CRPE) are sat with a master's degree; the higher
    # diplomas of accountancy (DSCG, expertise comptable) are master's degrees.
    ("teaching", 5, r"capes|capet|caplp|cafep|agregation(?: externe| interne)?|crpe|concours de professeur des ecoles|"
                 # (the sports teachers' CAPEPS, the agricultural teachers' CAPESA and CAPETA)
                 r"capeps|capesa|capeta|cafipemf|"
                 # the conservatoires' teachers' certificate ("Certificat d'aptitude de professeur de musique,
                 # spécialité piano", "Certificat d'aptitude aux fonctions de professeur de danse")
                 r"certificat d'aptitude (?:aux fonctions )?(?:de |d')professeur(?: (?:de musique|de danse|"
                 r"d'art dramatique|d'enseignement artistique))?|"
                 # the national education's other competitive examinations, sat with a master's degree: the
                 # senior education advisers' ("Concours externe de CPE") and the heads of schools' ("Concours de
                 # personnel de direction")
                 r"concours (?:externe |interne |reserve |(?:de la )?troisieme voie )?(?:de |du |d'|des )?"
                 r"(?:recrutement (?:de |des |d'))?(?:cpe|conseillers? principa(?:l|ux) d'education|"
                 r"personnels? de direction|professeurs? des ecoles)|"
                 # Cameroon's secondary teachers' diplomas (écoles normales supérieures)
                 r"dipes ?(?:i{1,2}|1|2)?|dipet ?(?:i{1,2}|1|2)?"),
    # India's chartered accountants and cost accountants qualify after articles and examinations set by their
    # institutes (ICAI, ICMAI), as a master's degree would take.
    ("ca", 5, r"chartered accountan(?:t|cy)|ca final|icwa|acma"),
    ("dscg", 5, r"dscg|diplome superieur de comptabilite et (?:de )?gestion|diplome d'expertise comptable|"
                # its forerunner until 2007, the diploma of higher accounting and financial studies
                r"descf|diplome d'etudes superieures comptables et financieres|"
                # France's chartered accountant's diploma, by its initials before its name
                r"dec ?[–—:(-] ?diplome d'expertise comptable"),
    ("maitrise", 4, r"maitrise|m1|"
                    # the higher diploma of applied arts (two years after a BTS or a DN MADE)
                    r"dsaa|diplome superieur d'arts appliques"),
    # The French state diplomas of health and social work ("Diplôme d'État d'infirmier", "… d'éducateur spécialisé")
    # take three years after the baccalauréat; those of care assistants ("… d'aide-soignant") take one.
    ("state", 0, r"diplome d'etat d'(?:aide[- ]soignante?|auxiliaire de puericulture|auxiliaire de vie sociale|"
                 r"ambulancier|accompagnant educatif et social|aide|auxiliaire|accompagnant)|deas|deap|deaes|deavs|"
                 # (their forerunners until 2007, the certificates of aptitude: "CAFAS (Certificat d'aptitude aux
                 # fonctions d'aide-soignant)")
                 r"cafas|cafap|"
                 r"certificat d'aptitude aux fonctions d'(?:aide[- ]soignante?|auxiliaire de puericulture)"),
    # The first year of medicine, pharmacy or dentistry, ended by a competitive examination: no diploma.
    ("paces", 1, r"paces|pcem ?1|pass(?= |$)|premiere annee commune aux etudes de sante"),
    # Social work's management certificates, and sport's professional certificate (BPJEPS: a bac's level).
    ("caferuis", 5, r"caferuis|cafdes"),
    # The lawyer's certificate, after the bar school's eighteen months that a master's opens ("Certificat d'aptitude à
    # la profession d'avocat (CAPA)"; by its initials alone, "CAPA" is the agricultural CAP)
    ("avocat", 5, r"certificat d'aptitude a la profession d'avocat"),
    ("bpjeps", 0, r"bpjeps|brevet professionnel de la jeunesse, de l'education populaire et du sport|"
                  # the swimming teachers' state certificate, before the BPJEPS AAN
                  r"beesan|brevet d'etat d'educateur sportif des activites de la natation"),
    # (sport's state diploma, "DE JEPS mention Football", and its higher one, "DESJEPS Sports Performance")
    ("state", 3, r"deass|decesf|(?<![a-z] )de cesf|detisf|deme|deia|deip|deis|dejeps|de jeps|desjeps|des jeps|"
                 # (the health executive's diploma, a year at an IFCS after years of nursing)
                 r"diplome de cadre de sante|"
                 r"diplome d'etat|diplome d'(?:infirmiere?|educateur specialise|educatrice specialisee|"
                 r"assistante? de service social|masseur-kinesitherapeute|ergotherapeute|"
                 r"psychomotricien(?:ne)?|sage-femme) d'etat"),
    # (the Maghreb's academic licence, "Licence fondamentale", beside the professional one; two licences taken
    # together, "Double licence Économie – Mathématiques")
    ("licence", 3, r"licence professionnelle|licence pro|licence fondamentale|double licence|licence|"
                   r"bachelor of science|bachelor of arts|bachelor of pharmacy|"
                   r"bachelor of engineering|bachelor of technology|bachelor of commerce|bachelor'?s degree|"
                   r"bachelors?|bsc|b\. ?sc\.?|b\.s\.?|b\.a\.?|ba|bs|b\.tech|btech|b\.e\.?|baccalaureate degree|"
                   r"b\.com|bcom|bba|b\.b\.a\.?|bca|"
                   r"but|bachelor universitaire de technologie|undergraduate degree|b\. ?ed\.?|ll\.b\.?|llb|basc|"
                   r"bfa|b\.f\.a\.|beng|b\.eng\.?|bsn|bmus|b\. ?pharm(?:a|acy)?\.?|b\.p\.ed\.?|"
                   # business studies (Ireland, Nepal), and the science bachelors of MIT (S.B.) and Brown (Sc.B.)
                   r"bbs|s\.b\.(?= )|sc\.b\.?|"
                   # Ireland's Bachelor of Civil Law and Scotland's Bachelor of Accountancy; France's notarial
                   # institute's diploma and the professional titles of level 6
                   r"bcl(?= \(|$)|bacc(?= \(hons)|diplome de l'institut des metiers du notariat|dimn|"
                   r"titre (?:rncp|professionnel)(?: de)? niveau 6|rncp (?:de )?(?:level|niveau) 6|"
                   r"level 6 (?:[a-z]+ ){0,2}(?:diploma|certificate)|"
                   # Belgium's bachelor, and the Swiss federal certificate of higher vocational training
                   r"bachelier|bacheliere|brevet federal|laurea triennale|laurea|"
                   r"eidg\.? fachausweis|eidgenossischer fachausweis|"
                   # the national diploma of crafts and design (three years after the baccalauréat)
                   r"dn ?made|diplome national des metiers d'art et du design|"
                   # its forerunners, the national diplomas of arts and techniques and of plastic arts (three years)
                   r"dnat|diplome national d'arts et techniques|dnap|diplome national d'arts plastiques|"
                   # Spain's grado and licenciatura, Portugal's licenciatura, Poland's licencjat
                   r"grado(?= en | in )|licenciatura|licenciado|licenciada|licencjat|bacharelado|bacharel|"
                   # Romania's licență, the Czech, Slovak, Polish and Ukrainian bachelor's written out
                   r"(?:diploma de )?licenta|bakalar|bakalarz|bakalavr|"
                   # Czechia's and Slovakia's bachelor ("Bc. – Mechanical Engineering"); Greece's ptychio; the
                   # British nursing and midwifery bachelors (BNSc, BMid, BN)
                   r"bc(?:\.(?= ?[–—-] | in |$)|$)|ptychio|bnsc|bn ?sc|bscn|bmid|bn(?= \(hons| hons| nursing)|"
                   # Ireland's bachelor of nursing studies; France's first cycle of medical studies
                   r"bns(?= \(hons| hons| nursing|$)|dfgsm|diplome de formation generale en sciences medicales|"
                   # the schools of architecture's first cycle (grade of licence); Ireland's bachelor of agricultural
                   # science; Denmark's professional bachelor
                   r"diplome d'etudes en architecture|bagrsc|b\. ?agr\. ?sc\.?|bachelor of agricultural science|"
                   r"professionsbachelor|professional bachelor'?s? degree"),
    # The years of a French licence, as students write them ("L3 Droit", "L2 STAPS", "L1 STAPS"), opening their field.
    ("licence", 3, r"l3(?= [a-z])"),
    ("licence", 2, r"l2(?= [a-z])"),
    ("licence", 1, r"l1(?= [a-z])"),
    ("dcg", 3, r"dcg|diplome de comptabilite et (?:de )?gestion|"
               # its forerunner until 2007, the diploma of accounting and financial studies
               r"decf|diplome d'etudes comptables et financieres"),
    # Indian post-graduate diplomas (PGDM: two years after a bachelor's degree), below a master's.
    ("pgdiploma", 4, r"post[ -]?graduate diploma|graduate diploma|graduate certificate|pg diploma|"
                     r"pgdm|pgdbm|pgdba|pgdca|"
                     r"post[ -]?graduate certificate|pg ?cert|pgce|pgde|pg ?dip|"
                     # Portugal's and Brazil's postgraduate specialisation
                     r"pos-graduacao|pos graduacao|"
                     # the French veterinary schools' one-year certificate of advanced studies
                     r"ceav|certificat d'etudes approfondies veterinaires|"
                     # English teaching's diploma (Cambridge DELTA) and England's national professional
                     # qualifications for school leaders, at a master's level without being one
                     r"delta(?= |$)|npqh|npqsl|npqml|npqlt|npqel|"
                     # the law conversion course in England; the Swiss certificate and diploma of advanced studies
                     r"p?gdl(?=,|$| \()|certificate of advanced studies|diploma of advanced studies|"
                     # (with the Swiss university of applied sciences that awards it: "CAS HES-SO en management")
                     r"cas(?: hes-so| hes| fh)?(?= en | in )|"
                     r"post[ -]?graduate(?= in )|"
                     # the postgraduate specialisations of Latin America, a year or two after the first degree
                     # ("Especialización en Gerencia de Proyectos", Peru's "Segunda Especialidad en Enfermería",
                     # Argentina's "Posgrado en Marketing Digital"), and Belgium's year of specialisation after a
                     # bachelor ("Spécialisation en soins intensifs"), each opening its field
                     r"(?:segunda )?especialidad(?= en )|especializacion(?= en )|pos(?:t)?grado(?= en )|"
                     r"specialisation(?= en )"),
    ("bts", 2, r"btsa|bts|brevet de technicien superieur(?: agricole)?|dts|"
               r"titre (?:rncp|professionnel)(?: de)? niveau 5|rncp (?:de )?(?:level|niveau) 5|"
               r"diplome de technicien (?:superieur|specialise)|"
               # Spain's higher vocational title (ciclo de grado superior), the Maghreb's specialised technician
               r"tecnico superior(?= en | de )|technicien specialise(?= en | de )|"
               # Argentina's higher technical course and Colombia's technologist (SENA), two or three years after
               # secondary school ("Tecnicatura Superior en Gestión Hotelera", "Tecnólogo en Gestión Hotelera")
               r"tecnicatura(?: superior| universitaria)?(?= en | de )|tecnolog[oa](?= en )"),
    # India's two-year diplomas after the 12th: pharmacy, elementary education (the primary teacher's diploma).
    ("diploma", 2, r"d\. ?pharm(?:a|acy)?\.?|d\. ?el\. ?ed\.?|deled|"
                   # the certificates of teachers of English (Cambridge CELTA) and of French (DAEFLE) abroad
                   r"celta|daefle"),
    # Québec's college diplomas (a DEC, not the month in "DEC 2019"), and Belgium's short higher courses.
    ("dec", 2, r"diplome d'etudes collegiales|dec(?!\.?\s*[\d'’])|attestation d'etudes collegiales|aec|graduat"),
    # A diploma of a named field, below a bachelor's (a polytechnic's, a nursing school's, "Advanced Diploma of …").
    # (Alone, the word is the degree column's value or what is left once its field was read: "Diploma" in
    # "Electrical Engineering".)
    ("diploma", 2, r"(?:advanced |international )?diploma(?= (?:in|of) )|^(?:advanced |international )?diploma$"),
    # Two years of preparatory classes for the grandes écoles: a track, not a diploma, but two years of study.
    ("cpge", 2, r"classes? preparatoires?(?: aux grandes ecoles)?|cpge|prepa (?:mpsi|pcsi|ptsi|mp|pc|psi|ecs|ece|bl)|"
                # (the same in English, as the Maghreb's engineers write it: "Preparatory Classes MP", Tunisia's
                # "Preparatory Cycle Mathematics-Physics" at an IPEI; the integrated preparatory cycle of the schools)
                r"preparatory (?:classes?|cycle)|cycle preparatoire(?: integre)?|"
                # (the two years of the literary classes together: "Hypokhâgne et khâgne (B/L)")
                r"hypokhagne(?:(?: et| puis| and| \+| /| -| –) khagne)?|khagne"),
    ("dut", 2, r"dut|diplome universitaire de technologie"),
    ("deug", 2, r"deug|deust|deua|diplome d'etudes universitaires (?:generales|scientifiques|appliquees)|"
                r"associate degree|associate'?s degree|associate of (?:applied )?(?:science|arts)|"
                r"associate in (?:applied )?(?:science|arts)|associate of|hnd|hnc|dees|"
                # the American associate of applied science, by its initials ("A.A.S. in Network Administration")
                r"a\. ?a\. ?s\.?|aas|"
                r"higher national (?:diploma|certificate)|foundation degree|fdsc|fda|cert ?he|dip ?he|"
                r"advanced certificate|higher certificate|"
                # Ireland's framework: level 6 is the Advanced Certificate, the craftsperson's rung
                r"(?:qqi|fetac|nfq) level 6(?: (?:major )?(?:certificate|award))?|national craft certificate|"
                # the British framework's levels 4 and 5 ("CIPD Level 5 Associate Diploma", "AAT Level 4 Diploma")
                r"level [45] (?:[a-z]+ ){0,2}(?:diploma|certificate)|(?:level [45] )?higher apprenticeship|"
                # Ukraine's junior specialist (a college's diploma after two to four years)
                r"junior specialist|molodshyi spetsialist|"
                # Denmark's academy profession degree (two years at a business academy: "AP Degree in Energy
                # Technology")
                r"ap degree|academy profession(?:al)? degree"),
    # Vocational certificates below the baccalauréat (CAP, BEP), the first rung of the French scheme.
    # (A mention complémentaire is a further year of trade training after one of them.)
    ("cap", -1, r"capa|cap|certificat d'aptitude professionnelle|bepa?|brevet d'etudes professionnelles(?: agricoles)?|"
                # Québec's DEP, Luxembourg's DAP and CCP: the same rung of trade training
                r"dep|dap|ccp|diplome d'aptitude professionnelle|certificat de capacite professionnelle|"
                r"diplome d'etudes professionnelles|"
                # Switzerland's two-year federal certificate of vocational training ("AFP de logisticien"; not the
                # news agency: a trade follows)
                r"afp(?= de | d')|attestation federale de formation professionnelle|"
                # Québec's specialisation after a DEP
                r"attestation de specialisation professionnelle|"
                # Germany's journeyman's examination
                r"gesellenprufung|gesellenbrief|"
                # Romania's vocational certificates, of a trade learnt at a technological lycée or a vocational school
                # ("Atestat profesional Zugrav-vopsitor", "Certificat de calificare profesională nivel 3")
                r"atestat (?:de competente )?profesional|certificat de calificare(?: profesionala)?|"
                # (by its initials, opening the trade it adds: "MC Pâtisserie glacerie chocolaterie confiserie")
                r"mention complementaire|mc(?= [a-z])"),
    # A French titre professionnel certifies a trade at any level from CAP upwards; the UK's GCSEs come before the
    # end of secondary school. The university diplomas a French university awards on its own (DU, DIU) have no
    # place on the Bac+N scale.
    ("titre", -1, r"titre professionnel|titre pro|titre rncp|titre (?:d')?asv|"
                  r"certificat de qualification professionnelle|cqpm|cqp"),
    # The diploma at the end of the French collège, before any vocational certificate.
    ("brevet", -2, r"diplome national du brevet|brevet des colleges|dnb|bepc|brevet d'etudes du premier cycle|"
                   # Senegal's certificate at the end of lower secondary school
                   r"bfem|"
                   # Belgium's certificate at the end of primary school, and Nigeria's and Kenya's
                   rf"ceb|certificat d'etudes de base|{_PRIMARY_LEAVING}"),
    ("gcse", -1, r"gcses?|igcses?|o-?levels?|level 2 (?:diploma|certificate|nvq)|nvq level 2|btec firsts?|"
                  # the GCE's ordinary level as Cameroon and others write it; Scotland's National 4 and 5 (opening a
                  # line or a field, or after the SQA: not "Champion national 5 fois") and its vocational
                  # qualifications at level 2 ("SVQ Level 2 in Hairdressing")
                  rf"{_GCE_LEVEL.format(letter='o', word='rdinary')}|"
                  r"(?:^|(?<=[|,;(] )|(?<=[–-] )|(?<=sqa ))national [45]s?(?= |$)|"
                  r"svq (?:level )?2|btec level 2(?: (?:[a-z]+ ){0,2}(?:diploma|certificate))?|"
                  # England's apprenticeships at level 2
                  r"level 2 (?:intermediate )?apprenticeship|intermediate apprenticeship"),
    ("du", 0, r"diplome (?:inter-?)?universitaire(?! de technologie)|diu|du(?= \w)|d\.u\.?|"
              # a Spanish-speaking university's own diploma of continuing education ("Diplomado en Cuidados
              # Paliativos", Argentina's "Diplomatura en Viticultura"), opening its field
              r"diplomado(?= en )|diplomatura(?= en )"),
    ("bp", 0, r"brevet professionnel|bp(?= \w)|"
              # the farmers' certificate (BPREA, "Brevet professionnel responsable d'entreprise agricole")
              r"bprea|"
              # the craft trades' technical certificate, after a CAP ("BTM Pâtissier Confiseur Glacier Traiteur")
              r"brevet technique des metiers|btm(?= \w)|bpa(?= \w)"),
    # The armed forces' and fire brigades' own qualifications, which veterans list among their diplomas: the army's
    # technical certificates and higher technician's certificate, the navy's brevets, the initial training of
    # non-commissioned officers and officers (no rung of the Bac+N scale of their own).
    # (CAT1 written without a space: "CACES R489 CAT 1, 3 et 5" are a forklift licence's categories)
    # The merchant navy's and fishing's certificates of competency, sat at a maritime school: "Brevet de capitaine 200
    # pêche", "Brevet de chef mécanicien 8000 kW", "Brevet de lieutenant de pêche", "Brevet d'officier chef de quart
    # machine" (no rung of their own; never the post alone: "Chef mécanicien", "Second capitaine")
    ("maritime", -2, r"brevet (?:de |d')(?:capitaine|chef mecanicien|second capitaine|second mecanicien|"
                     r"lieutenant de peche|patron de peche|patron(?: de)? plaisance|mecanicien|matelot|"
                     r"officier (?:chef de quart|mecanicien|electrotechnicien)(?: (?:machine|passerelle))?)"
                     r"(?: (?:de )?(?:\d{3,5}(?: ?kw| ?ums)?|illimite|(?:1re|2e|premiere|deuxieme) classe))?"
                     r"(?: (?:peche|yacht|commerce|voile))?"),
    # The merchant navy's officer of the first class, a master's degree ("Diplôme d'officier de 1re classe de la
    # marine marchande (grade de master)": the diploma, not the grade in brackets)
    ("master", 5, r"diplome d'officier (?:de )?(?:1re|premiere) classe(?: de la marine marchande)?"),
    ("military", -2, r"bstat|cat[12](?![,\d])|bmp|"
                     r"brevet (?:elementaire|superieur|de maitrise|d'aptitude technique|d'alpinisme militaire|"
                     r"militaire de parachutiste|de chef de quart|de chef d'agres|de specialiste)|"
                     r"formation (?:generale )?initiale (?:de |du |d')?(?:sous-officier|legionnaire|gendarme|officier)|"
                     r"initial officer training|nco basic training"),
    # The crafts' own diplomas: the brevet des métiers d'art (a baccalauréat's rung), the diplôme des métiers d'art
    # (two years after it)
    ("bma", 0, r"bma(?= \w)|brevet des metiers d'art"),
    # The conservatoires' diplomas: the diploma of musical, theatre or dance studies (a baccalauréat's rung; "DEM de
    # violoncelle", by its initials only as the DEM: a DEC is Québec's), and the national higher professional
    # diplomas of the performing arts, a licence's rung ("DNSP de comédien", "DNSPM", "DNSP danseur")
    ("dem", 0, r"dem(?= \w|$)|diplome d'etudes (?:musicales|theatrales|choregraphiques)"),
    ("dnsp", 3, r"dnspm|dnsp|diplome national superieur professionnel (?:de |d')?"
                r"(?:musicien|comedien|danseur|artiste de cirque)"),
    ("dma", 2, r"dma(?= \w)|diplome des metiers d'art"),
    # A training course named by the trade it teaches, opening its line in the studies ("Formation Régisseur lumière",
    # "Formation d'Ambulancier"): no diploma's rung of its own.
    ("training", -2, r"^formation (?!(?:\w+ )?(?:continue|interne|initiale|niveau)\b)"
                     r"(?!(?:professionnelle|complementaire|superieure|qualifiante|technique|generale|academique|"
                     r"diplomante|certifiante|universitaire|scolaire|pratique|theorique|secondaire|artistique|linguistique|"
                     r"informatique|musicale|sportive|medicale|commerciale|juridique|scientifique|litteraire|"
                     r"manageriale|digitale|numerique|bureautique|externe|specifique|specialisee)s?\b)"
                     r"(?:de |d')?"
                     r"(?!en |a |aux |des |du |la |le |les |et )[a-z][\w'-]*"),
    # A technician's diploma of a vocational secondary school, at the baccalauréat's rung (Poland's technikum:
    # "Construction Technician Diploma"), the trade with it ("Dental Technician Diploma", "IT Technician Certificate")
    ("technicien", 0, r"(?:(?!(?:a|an|the|and|of|in|with|my|as) )[a-z]+ )?"
                      r"technician(?:'s)? (?:diploma|certificate)(?: \(level \d\))?|"
                      # the same in French, named by its trade ("Diplôme de technicien du bâtiment (Technikum
                      # budowlane)"; the higher technician's diplomas are a BTS's rung, above)
                      r"diplome de technicien(?= (?:du|de|des|en|d')\b)"),
    # The certificates of holiday-camp leaders and directors, which French CVs list among their diplomas.
    ("bafa", -2, r"bafa|bafd|brevet d'aptitude aux fonctions d'(?:animateur|directeur)"),
    # The certificates a farm's or a site's worker lists among their studies: the certificate for using plant
    # protection products ("Certiphyto opérateur", "Certiphyto Décideur en exploitation agricole") and the licences
    # to drive site machinery ("CACES R482 catégories A et F"; not after a label, "Permis / caces :CACES R489 cat. 1,
    # 3, 5", one of the driving licences the label lists)
    ("certificate", -2, r"certiphyto|certificat individuel (?:de )?produits phytopharmaceutiques|"
                        r"(?<!:)(?<!: )caces(?= r?\d)"),
    ("bac", 0, r"baccalaureat professionnel|baccalaureat technologique|baccalaureat general|bac professionnel|"
               r"baccalaureat|bac pro|bac s|bac es|bac l|bac stmg|bac sti2d|bac general|bac technologique|"
               # what opens a French university to those without the baccalauréat
               r"daeu|diplome d'acces aux etudes universitaires|capacite en droit|"
               # the technician's certificate, agricultural or not ("BTA Conduite de l'exploitation agricole"), of the
               # baccalauréat's rung
               r"bta(?= \w)|brevet de technicien(?: agricole)?(?! superieur)|"
               # the Swiss maturité and federal certificate of an apprenticeship, Belgium's CESS, Québec's DES
               r"maturite (?:gymnasiale|professionnelle|federale|specialisee)|certificat de maturite|cfc|"
               r"berufsmaturitat(?:szeugnis)?|berufsmatura|"
               r"certificat federal de capacite|cess|certificat d'enseignement secondaire superieur|"
               r"diplome d'etudes secondaires|abitur|allgemeine hochschulreife|fachhochschulreife|matura|maturita|"
               # Germany's intermediate school certificate (after the Realschule)
               r"mittlere reife|realschulabschluss|"
               # West Africa's, Kenya's and South Africa's school-leaving certificates
               rf"{_SCHOOL_LEAVING}|"
               r"diploma di maturita|bachillerato|havo|vwo|efz|studentexamen|ylioppilastutkinto|"
               # Romania's baccalaureate, Ukraine's certificate of complete secondary education
               r"(?:diploma de )?bacalaureat|secondary school diploma|"
               # Portugal's vocational and general secondary courses
               r"curso profissional|(?:diploma d[eo] )?ensino secundario|12\.?o ano|"
               # Brazil's technical course, taken with or after secondary school ("Curso Técnico em Gastronomia")
               r"curso tecnico(?= em | de | do | da )|"
               # vocational training in a trade, after school (Germany's Ausbildung, the Dutch MBO)
               r"ausbildung|berufsausbildung|mbo(?= |$)|"
               # (Germany's trained clerks, named by their trade: "Kaufmann für Versicherungen und Finanzen",
               # "Bankkauffrau")
               r"(?:bank|industrie|versicherungs|immobilien|speditions|buro|einzelhandels|steuerfach)?"
               r"kauf(?:mann|frau)(?= fur | im |$)|"
               # the English name of the Maghreb's and France's baccalauréat ("Baccalaureate in Mathematical
               # Sciences"; an American "baccalaureate degree" is a bachelor's), the Spanish-speaking countries'
               # bachiller (secondary school's; Peru's universities give theirs after the studies, see below)
               # (the International Baccalaureate is named whole, with its programme: "International Baccalaureate
               # (IB) Diploma", "International Baccalaureate Career-related Programme"; its Organization is no degree)
               r"international baccalaureate(?! organi[sz]ation)(?: \(ib\))?"
               r"(?: diploma(?: programme)?| career-related programme)?|"
               # (the country's name is part of the diploma's English name: "French Baccalaureate (Science)")
               r"(?:(?:french|european|moroccan|algerian|tunisian|lebanese|senegalese) )?"
               r"(?<!international )baccalaureate(?! degree)|bachiller|"
               # the last year of the Maghreb's secondary school, reached without the baccalauréat ("Niveau 3e année
               # secondaire")
               r"niveau (?:3e|3eme|troisieme) annee (?:secondaire|du secondaire)|"
               r"high school diploma|high school|a-levels|a levels|hsc|ssc|12th|10th|intermediate|bac|ged|"
               # Ireland's school-leaving certificate; Pakistan's intermediate (FSc) and matriculation
               r"leaving certificate|leaving cert|f\.? ?sc\.?|"
               # India's school-leaving certificates, by their boards' names ("S.S.C.", "SSLC", "PUC", "+2 Science",
               # "Class XII", West Bengal's "Madhyamik")
               r"s\.s\.c\.?|h\.s\.c\.?|sslc|hslc|puc|pre-?university(?: course)?|(?:10 ?)?\+ ?2(?= |$)|"
               r"class (?:x|xii|10|12)(?:th)?|std\.? (?:x|xii|10|12)(?:th)?|matriculation|madhyamik|uchcha madhyamik|"
               r"(?:higher|senior) secondary(?! school)(?: certificate)?|"
               r"secondary school (?:leaving )?certificate|"
               r"general educational? development|(?:scottish |sqa )?highers|(?:irish )?leaving certificate|"
               # the British vocational diplomas at A-level's rung (BTEC Nationals, NVQ level 3, T Levels)
               r"level 3 (?:extended |subsidiary |national |advanced )?(?:diploma|certificate|nvq)|nvq level 3|"
               # the GCE's advanced level as Cameroon and others write it ("GCE Advanced Level (5 papers)", "GCE
               # A/L"); Scotland's vocational qualification at level 3 ("SVQ Level 3 in Hairdressing", "SVQ 3")
               rf"{_GCE_LEVEL.format(letter='a', word='dvanced')}|svq (?:level )?3|"
               # Switzerland's federal certificate of an apprenticeship in English ("Federal VET Diploma (CFC) in
               # Logistics")
               r"federal vet (?:diploma|certificate)|"
               r"btec nationals?|btec (?:national |extended )?diploma|"
               r"btec level 3(?: (?:[a-z]+ ){0,2}(?:diploma|certificate))?|t levels?|"
               # England's apprenticeships, by their level ("Level 3 Advanced Apprenticeship in Engineering
               # Manufacture")
               r"level 3 (?:advanced )?apprenticeship|advanced apprenticeship|"
               # Ireland's level 5, the post-Leaving-Certificate courses
               r"(?:qqi|fetac|nfq) level 5(?: (?:major )?(?:certificate|award))?"),
]  # fmt: skip
# Diplomas whose words also make a job's title or a sentence ("Technicien en maintenance", "Préparation des
# commandes"): they count only inside a studies entry, as the courses named by their trade do (``find_degree``).
_STUDIES_ONLY: list[tuple[str, int, str]] = [
    # The Maghreb's vocational technician, below the specialised technician (OFPPT's "Technicien en Réception")
    ("technicien", 0, r"technicien(?= en | de | d')|"
                      # (a technician's diploma written in English, its own country's name in brackets: "Agricultural
                      # Technician (Technik rolnik)" from a Polish technikum)
                      r"(?:[a-z]+ )?technician(?= \(technik)|technik(?= [a-z])"),
    # Colombia's professional degree, four or five years at a university ("Profesional en Enfermería")
    ("licence", 3, r"profesional(?= en )"),
    # The engineer's degree named by its field, opening its line under the school ("ENITIAA – Nantes" over "Ingénieure
    # en agroalimentaire", "Ingénieur agronome")
    # (not "Ingénieur de recherche", "Ingénieur d'études": posts)
    # (the school's or the State's: "Ingénieur des Mines", "Ingénieur de l'École Centrale", "Ingénieur d'État")
    ("engineer", 5, r"^ingenieure?(?= en [a-z]| agronome| des [a-z]| de l'| d'etat\b| de conception\b)(?: agronome)?"),
    # The initial training of a civil service's profession, in its own school after a competitive examination
    # ("Formation initiale de greffier des services judiciaires (École nationale des greffes)", "Formation initiale
    # des greffiers", "Formation initiale de professeur des écoles (PE1-PE2)" at an IUFM)
    # ("Formation des attachés d'administration de l'État" at an IRA, "Formation initiale des administrateurs
    # territoriaux" at the INET, "Scolarité d'inspecteur stagiaire" at the ENFiP)
    # (the CNFPT's initial training of the municipal police: "Formation initiale d'application des agents de police
    # municipale")
    # ("Formation initiale – auditeur de justice" at the ENM, the grade after a dash)
    ("training", -2, r"^(?:formation (?:initiale )?(?:d'application )?|scolarite )(?:de |du |des |d'|(?<=initiale )- )"
                     r"(?:eleves? )?"
                     r"(?:greffiers?(?: des services judiciaires)?|"
                     r"directeurs? des services de greffe(?: judiciaires)?|professeurs? des ecoles|magistrats?|"
                     r"auditeurs? de justice|commissaires? de police|officiers? de police|gardiens? de la paix|"
                     r"surveillants? penitentiaires?|inspecteurs?(?: des finances publiques| du travail)?|"
                     r"controleurs?(?: des finances publiques)?|conseillers? principa(?:l|ux) d'education|"
                     r"conseillers? (?:penitentiaires? )?d'insertion et de probation|"
                     r"attaches?(?: d'administration(?: de l'etat)?| territoriaux)?|"
                     r"administrateurs?(?: territoriaux| de l'etat| civils)?|agents? de police municipale|"
                     r"policiers? municipaux)(?: stagiaires?)?"),
    # A qualification named by the office it opens, opening its line ("Qualification d'officier de police judiciaire
    # (OPJ)", "Qualification de soudeur"), not the word in a sentence
    ("training", -2, r"^qualification (?:d'|de |du )(?!(?:la |le |les |l'))[a-z][\w'-]*(?: (?:de |d')?(?:police )?"
                     r"(?!(?:au|a|en|chez|pour)\b)[a-z][\w'-]*){0,2}"),
    # A professional title named by the occupation it certifies, opening its line ("Titre Gestionnaire immobilier",
    # "Titre de Négociateur immobilier"; a titre professionnel's rung)
    ("titre", -1, r"^titre(?= (?:de |d')?[a-z])"),
    # A year of French secondary school, the class a pupil is in or left school after ("Première générale
    # (spécialités Maths, SES)", "Terminale STMG", "Seconde professionnelle", "Classe de 3e", "3e prépa-métiers"):
    # studies, with no diploma (no rung on the scale, see ``education_from_entry``), opening their line
    ("schoolyear", -2, r"^(?:classe de )?(?:seconde|premiere|terminale)(?= (?:generale|technologique|"
                       r"professionnelle|pro|gt|s|es|l|stmg|sti2d|st2s|stl|std2a|sthr|stav|specialites?|option)\b|"
                       r" ?\()|"
                       r"^classe de (?:3e|3eme|troisieme|4e|4eme|quatrieme|seconde|premiere|terminale)|"
                       r"^(?:3e|3eme|troisieme) (?:prepa[- ]metiers|segpa|generale)"),
    # Cameroon's probatoire, the examination at the end of the year before the baccalauréat ("Probatoire G2",
    # "Probatoire C"), opening its line (never a probationary period: "Période probatoire")
    ("gcse", -1, r"^probatoire"),
    # France's Meilleur Ouvrier de France, the crafts' competition whose title is a diploma ("Meilleur Ouvrier de
    # France, classe Fromager"; a bac+2's rung), among the studies only (a job's title may carry it)
    ("mof", 2, r"meilleur ouvrier de france|mof(?= )"),
    # The same in English ("Initial training for Government Attachés", at a French IRA)
    ("training", -2, r"^initial training (?:for|as|of) (?:(?! - )[^,|()–—])*"),
    # A civil service's competitive examination passed, named by the grade or corps it recruits ("Concours de
    # rédacteur territorial – lauréate", "Concours d'attaché territorial", "Concours d'inspecteur des finances
    # publiques", "Concours d'accès à l'ENM"), not a contest won ("Concours de plaidoirie du barreau de Paris",
    # "Concours de cuisine des Toques Blanches", "Concours de sommellerie") nor the schools' "Concours général"
    ("training", -2, r"^concours (?:externe |interne |(?:de la )?troisieme voie )?(?:de |d'|du )(?!general)"
                     r"(?=(?:(?! - )[^,|()–—])*\b(?:redacteurs?|attache|attaches|administrateurs?|inspecteurs?|"
                     r"controleurs?|greffiers?|secretaires? administratifs?|adjoints? administratifs?|"
                     r"techniciens? territoriaux|technicien territorial|ingenieurs? territoria(?:l|ux)|"
                     r"directeurs? d'hopital|directeurs? des services|conservateurs?|bibliothecaires?|"
                     r"gardiens? de la paix|commissaires?|lieutenants?|officiers?|magistra(?:t|ts|ture)|"
                     r"surveillants?|conseillers?|professeurs?|cpe|personnels? de direction|"
                     r"fonction publique|enm|ena|inet|ira|cadres? de sante|agents?|sous-officiers?)\b)"
                     r"(?:(?! - )[^,|()–—])*"),
    # A year preparing a competitive or entrance examination, at a university's institute of judicial studies or
    # elsewhere ("Préparation à l'examen d'entrée au CRFPA", "Préparation au concours de l'ENM", "Prépa CRFPA")
    # (and the entrance examination itself: "Examen d'entrée au CRFPA", "Examen d'accès au CRFPA")
    ("training", -2, r"^preparation (?:a l'|au |aux )(?:examen|concours)\b(?:(?! - )[^,|()–—])*|"
                     r"^preparation (?:au )?crfpa|"
                     r"^examen d'(?:entree|acces) (?:au |a l'|a la |aux )(?:(?! - )[^,|()–—])+|"
                     r"^prepa (?:crfpa|enm)"),
]  # fmt: skip
_DEGREE_RES = [
    (key, level, re.compile(r"(?<![\w])(?:" + pattern + r")(?![\w])"), studies)
    for studies, patterns in ((False, _DEGREES), (True, _STUDIES_ONLY))
    for key, level, pattern in patterns
]
_ACRONYMS = {
    "but", "ms", "ma", "me", "be", "bs", "ba", "m1", "m2", "hsc", "ssc", "bba", "bca", "mca", "dea", "ged", "aas",
    "cap", "bep", "capes", "capet", "crpe", "deas", "deap", "deaes", "diu", "pgce", "pgde", "dcg", "dscg",
    "mfa", "mres", "mph", "mpa", "msn", "bfa", "bsn", "fda", "dec", "aec", "dts", "cess", "cfc", "bepc",
    "du", "bp", "bafa", "bafd", "des", "desc", "deass", "decesf", "deme", "deia", "deip", "deis", "dejeps", "paces",
    "pass", "caferuis", "cafdes", "bpjeps", "capa", "havo", "vwo", "efz", "mbo", "dep", "dap", "ccp", "ceb",
    "delta", "celta", "daefle", "npqh", "npqsl", "npqml", "npqlt", "npqel", "jd", "sqe", "mas", "cas",
    "gdl", "pgdl", "bns", "djce", "dsaa", "dfasm", "dfgsm", "bstat", "cat1", "cat2", "bmp", "desv", "ceav", "deavs",
    "bfem", "bpa", "bma", "dma", "afp", "bepa", "de jeps", "desjeps", "des jeps", "l1", "l2", "l3",
    "dem", "dnsp", "dnspm", "mof", "dnat", "dnap", "capeps", "capesa", "capeta", "bta", "dsa", "bprea", "caces",
    "ssce", "wasc", "waec", "neco", "kcse", "kcpe", "mc", "cafas", "cafap",
}  # fmt: skip
# France's agricultural diplomas, written with a small "a" for "agricole" ("CAPa Palefrenier soigneur").
_AGRICULTURAL_SPELLINGS = frozenset({"CAPa", "BTSa", "BPa"})
# Acronyms that are also a word or a company in capitals ("DU" is "of the" in a heading in capitals, "BP" the oil
# company): a diploma only where a line or a field opens, before the diploma's subject in ordinary case.
_OPENING_ONLY = {"du", "bp", "des", "pass", "mgr", "bc", "ing", "md", "mas", "cas", "mc"}
_FIELD_OPENS_RE = re.compile(r"(?:^|[:|–—•·(-]|\d)\s*$")
# Words that name a diploma only where a line or a field opens, before the diploma's subject: elsewhere they are a
# school's ("Facultad de Ingeniería", "Escuela de Posgrado"), a sentence's ("con maestría en …") or a person's
# ("Kaufmann") words (folded).
_OPENS_FIELD_WORDS = frozenset(
    {"ingenieria", "maestria", "segunda", "especialidad", "especializacion", "posgrado", "postgrado", "specialisation",
     "tecnicatura", "tecnologo", "tecnologa", "diplomado", "diplomatura", "bachiller", "profesional", "technicien",
     "technik", "l1", "l2", "l3"}
)  # fmt: skip
_CLERK_RE = re.compile(r"[a-z]*kauf(?:mann|frau)$")
# "Cambridge, MA", "Orono, ME 04469": a US state's code after a city, not a degree.
_STATE_AFTER_CITY_RE = re.compile(r"[A-Z][a-z]+\.?,\s*$")
_STATE_CODES = {"ma", "me", "ms", "md"}
# What stands before a French "licence" written in lower case ("en licence", "2e année de licence"), or nothing.
_FRENCH_BEFORE_RE = re.compile(r"(?:^|\b(?:de|en|une|ma|sa|la|d'|l'|d’|l’)|[\d:–—(-])\s*$", re.I)
# A capitalised word right before: "Whitchurch High School", "Lincoln-Way East High School" (not "Graduated High
# School", whose word before is a verb, nor "Diploma: High School").
_NAMED_BEFORE_RE = re.compile(r"(?<![\w'’-])(?!(?:Graduated|Completed|Attended|Senior|Junior)\s)[A-Z][\w'’.-]+\s+$")
# What makes a "Licence" a licence to do something rather than the French degree.
_LICENCE_TO_RE = re.compile(
    r"\b(?:personal|driving|drivers?'?|full|uk|forklift|hgv|lgv|pcv|sia|cscs|premises|operators?'?|pilot'?s?|"
    r"teaching|practising|practicing|nursing|real estate)\s*$"
)
_HOLDER_RE = re.compile(r"\s*(?:holder|to\b|\(cat|category|cat\.|:\s*[a-z]\b)")
# India's "Intermediate" (the 12th standard) opens its line or follows a date, a separator or "passed".
_INTERMEDIATE_BEFORE_RE = re.compile(r"(?:^|[\d:–—(|,-]|\b(?:passed|completed|cleared|board of))\s*$")
_BAC_PLUS_RE = re.compile(r"\bbac\s*\+\s*(\d)\b")
_PLUS_AFTER_RE = re.compile(r"\s*\+\s*\d")
_CONNECTOR_RE = re.compile(
    r"^\s*(?:\d(?!\d)\s*)?(?:[:,–—-]\s*)?(?:(?:candidate|student|program(?:me)?|degree|studies)\s+(?=in\b|of\b|en\b))?"
    r"(?:(?:in the field of|science in|arts in|sciences in|en|(?-i:em)|in|of|for|de|du|des|f[üu]r|mention|"
    r"sp[ée]cialit[ée]|option|parcours|majeure|major)\b|d['’])?\s*[:–—-]?\s*",
    re.I,
)
# (a French "à" typed without its accent, in lower case: a capital "A" is a series' letter, "Sciences Mathématiques A")
_AREA_STOP_RE = re.compile(
    rf"\s*(?:[,|–—]|\((?!{_INCLUSIVE_ENDING})|\s-\s|\bat\b|(?-i:\ba\b)|\bfrom\b|\bchez\b|\bpar (?:le |la |l')|"
    r"\bau sein\b)\s*",
    re.I,
)
# (a capital "A" is the "à" before the place or school in a line written in capitals, "BTS COMPTABILITE ET GESTION A
# LYON", "DUT GEA A L'IUT DE TOURS", "BAC STMG A LYON", and before a town or a school in any line,
# "BTS Tourisme A Nice", "Licence Langues A Lyon 2";
# a series' letter stays in the field: "Sciences Mathématiques A", "Bac A Lettres")
_CAPS_AREA_STOP_RE = re.compile(r"(?:^|\s+)A\s+(?=\S)")


def _area_stop(text: str) -> str:
    """``text`` up to the first word that ends a field or a school's name (``_AREA_STOP_RE``, and a capital "A" for
    "à" as said above)."""
    head = _AREA_STOP_RE.split(text, maxsplit=1)[0]
    capitals = not any(char.islower() for char in text)
    for match in _CAPS_AREA_STOP_RE.finditer(head):
        rest = head[match.end() :]
        if (
            capitals
            or rest[:2].lower() in {"l'", "l’"}
            or school_score(fold(rest)) >= 1
            or any(fold(rest).startswith(name) for _kind, name, _code in geo.find_places(rest))
        ):
            return head[: match.start()]
    return head


# An institution named after the degree on the same piece: "Master of Laws from University of Melbourne",
# "Diploma in Electronics from NIT", "Licence d'économie à l'Université Lyon 2".
_FROM_RE = re.compile(
    r"\s+(?:from|at|@|à l'|à la|à|au|chez|par l'|par le|par la)\s*(?=(?-i:[A-ZÀ-Ý0-9]))|"
    r"\s+(?:of the|of|de l'|de la|de|du|d')\s*(?=(?-i:[A-ZÀ-Ý]))",
    re.I,
)  # (the name after the word opens with a capital, whatever the case of the word: "Licence d'économie" names none)
# Words that open or make up a piece which is not an institution: dates and their words, grades and honours,
# course-work, people, certificates and training (folded, written for this module).
_NOT_SCHOOL_TEXT = """
    expected anticipated graduated graduation graduating completed completion pursuing present current currently
    ongoing date dates fall spring summer autumn winter semester semestre trimestre year years annee months mois
    gpa cgpa grade grades percentage percent marks aggregate score moyenne mention honors honours honour honor
    dean's deans list cum laude magna summa distinction merit first class division rank
    coursework courses course cours relevant thesis dissertation memoire project projet minor major concentration
    majoring majored specializing specialising specialization specialisation option majeure specialite parcours
    apprentissage alternance vae niveau level
    member president treasurer secretary captain volunteer candidat candidate
    children child married single hometown nationality birth
    certificate certification certified certificat training formation workshop seminar seminars webinar
    bootcamp exam examination credential license licence endorsement
    english french spanish german anglais francais espagnol allemand
"""
_NOT_SCHOOL_WORDS = frozenset(_NOT_SCHOOL_TEXT.split())
# Words that name no school though a degree's field may hold them ("CERTIFICATIONS", "Qualification secours en
# montagne"; "Master Normes, certifications et qualité", "Licence pro Habilitation et maintenance …").
_NOT_SCHOOL_NAME_WORDS = _NOT_SCHOOL_WORDS | {"certifications", "qualification", "qualifications", "habilitation"}
# Words that make a group, an event or a programme of a phrase, even one holding a school word ("Alumni Association
# of … University", "Student Council", "Leadership Program", "School District"): not a place of study (folded).
_GROUP_TEXT = """
    association associations society council committee club member members panel conference conferences program
    programme network district team chapter alumni hospital clinic press
    conseil comite membre membres reseau equipe
"""
_GROUP_WORDS = frozenset(_GROUP_TEXT.split())
# A school's word joined to another by a hyphen makes one word of a school's name ("École-club Migros", the Swiss
# adult-education schools): the word joined to it names no club.
_SCHOOL_COMPOUND_RE = re.compile(r"\b(?:ecole|school)-[a-z]+")


def _names_group(folded: str) -> bool:
    """Whether a folded name holds a word of ``_GROUP_WORDS`` outside a school's compound word. A body named with the
    initials that spell it, in brackets, is a body that awards qualifications ("International Compliance Association
    (ICA)", "Association for Project Management (APM)"), no club."""
    spelled = re.fullmatch(r"(?P<name>[^()]+?)\s*\((?P<initials>[a-z]{3,6})\)", folded.strip())
    if spelled and _initials(spelled.group("name")) == spelled.group("initials").upper():
        return False
    return bool(_GROUP_WORDS.intersection(re.findall(r"[a-z]+", _SCHOOL_COMPOUND_RE.sub("ecole", folded))))


# School words that name one school when written alone ("Polytechnique", "Harvard"), unlike "University".
_SCHOOL_ALONE_TEXT = (
    "polytechnique supelec essec escp edhec emlyon skema neoma kedge audencia insead ieseg stanford harvard"
)
_SCHOOL_ALONE = frozenset(_SCHOOL_ALONE_TEXT.split())
_TRAILING_CONNECTOR_RE = re.compile(r"\b(?:by|of|the|and|in|at|for|to|with|from|de|du|des|et|en|&)$", re.I)
# An article a school's name goes on after, cut at the line's end ("CFA La" over "Noue, Longvic").
_TRAILING_ARTICLE_RE = re.compile(r"\b(?:la|le|les)$", re.I)
# "Université Toulouse III – Paul Sabatier", "Université Paris 1 - Panthéon-Sorbonne": a numbered university
# whose name goes on after a dash. The number stands apart: "Lycée Henri-IV" is named after a king.
_NUMBERED_RE = re.compile(r"(?<=\s)(?:[IVX]{1,4}|\d{1,2})$")
# The word a school's name opens with, alone at the end of a line that wrapped before the rest of the name.
_LONE_SCHOOL_WORD_RE = re.compile(r"(?:lycee|college|ecole|institut|universite|university|school|iut)")
# A remark in brackets at the end ("(Grenoble)", "(alternance)").
_BRACKETED_TAIL_RE = re.compile(r"\s*\([^()]*\)$")
# The end of a school's name the line wrapped before its connector ("de Paris", "of Technology Sydney").
_WRAPPED_OF_RE = re.compile(r"^(?:de|du|des|d['’]|of) ?[A-ZÀ-Ý][\w'’.-]*(?: [A-ZÀ-Ý][\w'’.-]*){0,2}$")
_LONG_OF_RE = re.compile(
    r"^(?:de|du|des|d['’]) ?[A-ZÀ-Ý][\w'’.-]*"
    r"(?: (?:[A-ZÀ-Ý][\w'’.-]*|et|and|de|des|du|d['’][A-ZÀ-Ý][\w'’.-]*|l['’][A-ZÀ-Ý][\w'’.-]*))*$"
)
_NAME_TAIL_RE = re.compile(r"^[A-ZÀ-Ý][\w'’.-]*(?:[ -][A-ZÀ-Ý][\w'’.-]*){0,3}$")
# Schools whose name says they teach before higher education ("Lycée Jean Moulin", "Delhi Public School", "St. Mary's
# High School", "Kendriya Vidyalaya"), and examination boards ("CBSE", "State Board"), on folded text.
_SECONDARY_RE = re.compile(
    r"\b(?:high school|higher secondary|senior secondary|secondary school|secondary education|primary school|"
    r"elementary school|middle school|junior high|grammar school|comprehensive school|sixth form|public school|"
    r"secondary college|convent|matric|matriculation|hr\.? ?sec|h\.? ?s\.? school|vidyalaya|vidyalayam|lycee|athenee|"
    r"college d'enseignement|ecole primaire|ecole elementaire|cbse|icse|board)\b"
)
# The French "collège" (lower secondary school) is only told from an English college by its accent, and is named
# after a person or a place ("Collège Jean Moulin"); "Collège de France", "Collège d'Europe" and the Québec cégeps
# ("Collège de Maisonneuve") teach after secondary school.
_COLLEGE_FR_RE = re.compile(r"\bcoll[èÈ]ge\b(?!\s+(?:de|d['’]|du|des)\b)", re.I)
_COLLEGE_FR_OF_RE = re.compile(r"\bcoll[èÈ]ge\b", re.I)
# Diplomas that end (or come before the end of) secondary school: what makes a school named "… School" or "Collège
# de …" a secondary one (folded).
_SECONDARY_DEGREE_RE = re.compile(
    r"\b(?:10th|12th|x|xii|xth|xiith|hsc|ssc|sslc|hssc|h\.s\.c|s\.s\.c|puc|pre-?university|madhyamik|\+ ?2|"
    r"high school|higher secondary|senior secondary|secondary|"
    r"gcse|igcse|a-?levels?|o-?levels?|as-?levels?|matric|matriculation|intermediate|brevet(?! de technicien)|dnb|"
    r"bac|baccalaureat)\b"
)
# A school named by a name and "School" alone ("St. Patrick School", "Apeejay School") rather than by what it
# teaches ("Business School", "School of Law", "Harvard Medical School").
_NAMED_SCHOOL_RE = re.compile(r"^(?:the )?(?:[\w.'&-]+ ){1,4}school$")
_SCHOOL_SUBJECTS_TEXT = """
    business law medical medicine graduate management engineering design art arts film music nursing hotel
    journalism economics education ad product technology science sciences pharmacy dental architecture divinity
    theology drama dance language languages coding code flight aviation police military naval officers theatre
    cinema fashion culinary hospitality public-health health polytechnic
"""
_SCHOOL_SUBJECTS = frozenset(_SCHOOL_SUBJECTS_TEXT.split())
# What is taught after the baccalauréat, even in a lycée: BTS, classes préparatoires (folded).
# (and the sport's professional certificates, taken by adults: "BPJEPS Activités de la Forme")
_POST_SECONDARY_RE = re.compile(
    r"\b(?:classes? prepa(?:ratoires?)?|prepa|cpge|mpsi|pcsi|ptsi|hypokhagne|khagne|bts|dcg|dscg|"
    r"diplome (?:inter-?)?universitaire|diu|titre professionnel|brevet professionnel|"
    r"bpjeps|beesan|d\.?e\.?s?\.? ?jeps)\b"
)
# The French baccalauréat and its lycée: French CVs list them as the first step of the Bac+N scale, and French
# recruiters read the série and the mention, unlike the 10th/12th rows or the high school of English CVs. So do
# British and Irish recruiters with A-levels, Scottish Highers and the Leaving Certificate (graduate schemes ask for
# their grades), and German-speaking ones with the Abitur and the Matura.
# So do French, Belgian and Swiss recruiters with the vocational certificates of secondary school (a cook's "CAP
# Cuisine", a Swiss "CFC de logisticien") and Belgium's CESS, its baccalauréat.
# So do the recruiters of English-speaking Africa and Singapore with their school-leaving certificates.
_READ_SCHOOLING_RE = re.compile(
    r"\b(?:bac|baccalaureat|lycee|a-? ?levels?|(?:sqa )?(?:advanced )?highers|leaving cert(?:ificate)?|abitur|"
    rf"matura|maturite|capa?|bepa?|cfc|afp|cess|{_SCHOOL_LEAVING}|{_PRIMARY_LEAVING}|"
    rf"{_GCE_LEVEL.format(letter='[ao]', word='dvanced|rdinary')})\b"
)
# School words that alone name no school ("University", "Faculty"): a span cut short.
_GENERIC_SCHOOL_TEXT = """
    university universite universidad universita universitat univ college school ecole escuela institute institut
    instituto faculty faculte academy academie campus lycee department
"""
_GENERIC_SCHOOL_WORDS = frozenset(_GENERIC_SCHOOL_TEXT.split())
# Kinds of school written as such ("Master in Management (Grande École)"): a category, no school's name.
_GENERIC_SCHOOL_WORDS |= {
    "grande ecole", "grandes ecoles", "ecole d'ingenieurs", "ecole d'ingenieur", "ecole de commerce",
    "ecole superieure", "business school", "high school", "engineering school", "graduate school",
}  # fmt: skip


# A word of three lower-case letters or more and a full stop, then a space: a sentence's end, or an abbreviation.
_WORD_STOP_RE = re.compile(r"(\w*[a-z]{3})\.\s")


def _abbreviation(word: str) -> bool:
    return fold(word) in ABBREVIATIONS


# After a degree's name: the year of a French master's ("Master 2", "Master 1"), an honours degree ("(Hons)").
# (and Trinity College Dublin's moderatorship, its honours degree: "B.A. (Mod.) Psychology")
_DEGREE_GRADE_RE = re.compile(
    r"\s?(?:[123](?![\d./-])|\((?i:hons|honours|honors|mod)\.?\)|(?i:hons|honours|honors)\b\.?)"
)
# The number a university gives each of its masters, part of the master's name ("Master 225", "Master 203") (not
# a year, nor a count of credits or hours, nor a share: "Master 120 ECTS", "Master 100 % en alternance").
_PROGRAMME_NUMBER_RE = re.compile(r" [1-9]\d{2}(?![\d./-])(?!\s*(?:%|(?i:ects|credits|crédits|cr\b|h\b|heures|hours)))")
# Then the Swiss school that awards it, part of the degree's title ("Bachelor of Science HES-SO en Microtechniques").
_AWARDING_SCHOOL_RE = re.compile(r" (?:HES-SO|HES|FH|ETH|EPFL)(?= (?:in|en) )")
# Before it: "Honours BSc", "Honours Bachelor of Arts".
_HONOURS_BEFORE_RE = re.compile(r"(?:^|(?<=\s))(?i:honours|honors)\s+$")


def _bracketed_town(part: str) -> tuple[str, str]:
    """ "ICHEC (Bruxelles)" → ("ICHEC", "Bruxelles") when the closing bracket holds a place alone
    (``_place_in_brackets``); else (part, "")."""
    match = re.fullmatch(r"(?P<name>.+?)\s*\((?P<town>[^()]+)\)", part.strip())
    if match and _place_in_brackets(part.strip(), match.start("town")):
        return match.group("name"), match.group("town")
    return part, ""


# A part naming the section, option or track of a degree, by its word ("section Relations internationales",
# "parcours Cinéma", "option Énergie").
_SECTION_PART_RE = re.compile(
    r"^(?:section|option|parcours|sp[ée]cialit[ée]|sp[ée]cialisation|fili[èe]re|majeure|track|concentration)\s+(?=\w)",
    re.I,
)


def _sentence_case(part: str) -> bool:
    """Words written as a phrase is, only the first capitalised ("Enseignement secondaire qualifiant", "Sciences
    expérimentales"), unlike a name ("Tecnológico de Monterrey", "Montpellier SupAgro")."""
    words = [word for word in part.split() if fold(word) not in _NAME_FILLERS]
    return (
        len(words) >= 2
        and words[0][:1].isupper()
        and not words[0].isupper()
        and all(word[:1].islower() for word in words[1:])
        and not any(ch.isdigit() for ch in part)
    )


# Words that in lower case tell how a degree was taken, not by whom ("double diplôme", "first class honours").
_LOWER_DEGREE_WORD_RE = re.compile(r"diplomes?|degrees?|honou?rs|distinction|mention|cursus|programmes?|programs?")


# Words that open a field of study written in lower case ("droit privé", "lettres modernes", "sciences de
# l'éducation"), beside the endings ``_FIELD_LIKE_WORD_RE`` reads (folded).
_FIELD_OPENERS = frozenset(
    {"droit", "lettres", "sciences", "science", "langues", "arts", "economie", "histoire", "commerce", "finance",
     "marketing", "biologie", "chimie", "physique", "mathematiques", "psychologie", "sociologie", "philosophie",
     "geographie", "law", "business", "economics", "history", "english", "french", "accounting", "nursing"}
)  # fmt: skip


def _training_body_name(part: str) -> bool:
    """A training body named by its own words, then "Formation" capitalised: "Euro Sécurité Formation", "CANIS
    FORMATION", "CCI Formation" (its own words may read as a title's: "Sécurité"); not "Formation", "Autres
    formations", a degree or a course ("CQP Formation")."""
    words = part.split()
    return (
        2 <= len(words) <= 5
        and words[-1] in ("Formation", "FORMATION")
        and all(word[:1].isupper() or fold(word) in _NAME_FILLERS for word in words)
        and not find_degree(part, courses=True)
        and not any(fold(word) in _NOT_SCHOOL_NAME_WORDS for word in words[:-1])
        and not _CREDENTIAL_WORDS_RE.search(fold(part))
        and title_score(fold(words[0])) < 1
    )


def _plausible_school(part: str) -> bool:
    """Whether a header piece with no school word may still name an institution ("Narsee Monji", "GGSIPU"):
    not a date word, grade, honour, course, title, place, degree, certificate or sentence."""
    words = part.split()
    if not words or len(words) > 8 or any(ch.isdigit() for ch in part):
        return False
    if part == part.lower() and (
        len(words) == 1
        or _FIELD_LIKE_WORD_RE.fullmatch(fold(words[0]))
        or fold(words[0]) in _FIELD_OPENERS  # ("droit privé", "lettres modernes")
        # (nor the way a degree was taken: "double diplôme", "with honours")
        or any(_LOWER_DEGREE_WORD_RE.fullmatch(fold(word)) for word in words)
    ):
        # ("Formation pilote de ligne ATPL(A) – cadet – EPAG": a word in lower case names no school, nor a field's
        # words, "génie de l'eau et de l'environnement"; several others may, written without capitals: "sunder deep
        # group of institution")
        return False
    folded = fold(part)
    if _training_body_name(part):
        return True
    # ("Sport Formation Nord", "CCI Formation", "LEEM Apprentissage": a training body's name holds "Formation" or
    # "Apprentissage" capitalised after its first word; "Formation continue" is none)
    named = " ".join(word for word in words[1:] if word not in ("Formation", "FORMATION", "Apprentissage"))
    tokens = re.findall(r"[a-z']+", fold(f"{words[0]} {named}"))
    if not tokens or any(t in _NOT_SCHOOL_NAME_WORDS for t in tokens) or _TRAILING_CONNECTOR_RE.search(folded):
        return False
    tokens = re.findall(r"[a-z']+", folded)
    if not any(len(t) >= 3 for t in tokens) or re.search(r"[+#%/]", part):
        return False
    if find_degree(part) or title_score(folded) >= 0.7:
        return False
    # (a place alone is the school's city; beside it, a word shaped as schools write their names is the school's:
    # "Montpellier SupAgro")
    return len(words) > 2 or not geo.find_places(part) or any(_CAMEL_RE.fullmatch(word) for word in words)


# A word in two capitalised halves ("SupAgro", "VetAgro"): beside a town, a school's own name. (Looser than
# ``_INNER_CAPITALS_RE``, which alone makes a one-word institution and must not take "LinkedIn" or "PowerPoint".)
_CAMEL_RE = re.compile(r"[A-Z][a-z]+[A-Z][A-Za-z]*")


# (a place with an accented capital too: "CREPS Île-de-France", "IUT Évry")
# (and a school named by its number, "42 Paris")
_ACRONYM_PLACE_RE = re.compile(r"^(?P<acronym>[A-Z][A-Z&]{1,5}|\d{2,3})[\s,-]+(?P<place>[A-ZÀ-Ý][\w .'-]+)$")


def _acronym_of_a_place(part: str) -> bool:
    """ "JNTU Hyderabad", "IIM Ahmedabad", "INSA Lyon": a school's acronym and the city of its campus."""
    match = _ACRONYM_PLACE_RE.match(clean(part))
    if match is None or find_degree(match.group("acronym")) or title_score(fold(match.group("acronym"))):
        return False
    places = geo.find_places(match.group("place"))
    return bool(places) and fold(match.group("place")).strip() == places[0][1]


def _shaped_school(text: str) -> bool:
    """A name shaped as schools write theirs, with no school's word: initials and a town ("KU Leuven", "JNTU
    Hyderabad"), inner capitals ("UCLouvain", "AgroParisTech"), an engineering school's initials ("ENSIL-ENSCI")."""
    return bool(
        0 < len(text.split()) <= 3
        and find_degree(text, courses=True) is None
        and not title_score(fold(text))
        and not org_score(fold(text))  # ("SNCF Lyon", "IBM France": a firm and its site, the work-study's employer)
        and (
            (_acronym_of_a_place(text) and all(kind == "city" for kind, *_ in geo.find_places(text)))
            or _INNER_CAPITALS_RE.fullmatch(text)
            or _ENGINEERING_SCHOOL_RE.fullmatch(text)
        )
    )


# A university's doctoral school, where its doctoral students are enrolled ("École doctorale Complexité du Vivant (ED
# 515)", "Doctoral school ED 515"): written under the doctorate's university, no school of its own (folded).
_DOCTORAL_SCHOOL_RE = re.compile(r"(?:ecole doctorale|doctoral (?:school|college|programme|program))\b|ed ?\d{2,3}\b")


# What the doctoral school's own line says after its name, up to the next separator (folded).
_DOCTORAL_SCHOOL_PIECE_RE = re.compile(
    r"(?:ecole doctorale|doctoral (?:school|college|programme|program))(?:(?! - )[^,;|()])*"
)
# A thesis or a doctoral student's word beside it: the doctorate's own entry, written under its doctoral school
# ("École Doctorale 386 …" over "Thèse en mathématiques"), not a line under the doctorate (folded).
_OWN_THESIS_RE = re.compile(
    r"\b(?:these|thesis|doctorante?|doctorat|doctorate|phd|doctoral (?:student|candidate|researcher))\b"
)


_CREDENTIAL_RE = re.compile(r"\b(?:certified|certification|credential|licensed)\b|^certificat(?:e)?\b")


def plausible_institution(text: str) -> bool:
    """Whether a span may be output as an institution: it holds a school word ("University of Lyon", "IUT"), or
    it is a short name that is no date word, grade, honour, course, title, lone place, degree or certificate.
    Single words need a school word or an acronym's shape ("GGSIPU"), not "of", "Women", "Marietta"."""
    value = clean(strip_punct(text))
    if not value or len(value.split()) > 12:
        return False
    folded = fold(value)
    if re.sub(r"^(?:the|l'|la|le) ?", "", folded) in _GENERIC_SCHOOL_WORDS:
        return False
    if re.match(r"(?:of|and|at|in|for|de|du|des|d')\b", folded) or value.count("(") > value.count(")"):
        return False
    if re.search(r"\b(?:of|and|at|in|for|the|de|du|des|la|le|et)$", folded):
        return False  # a name cut short: "University of", "Institut de"
    if any(not _abbreviation(m.group(1)) for m in _WORD_STOP_RE.finditer(value)):
        return False  # two pieces of text, a sentence's end between them ("University. Saint Paul")
    if _names_group(folded):
        return False
    if _DOCTORAL_SCHOOL_RE.match(folded):
        return (
            False  # "École doctorale des Sciences Chimiques (ED 222)": the doctorate's unit, its university awards it
        )
    if _CREDENTIAL_RE.search(folded):
        return False  # "New York State Certified School Counselor (Provisional)": a credential, not a school
    if _cpge_centre(value) or _school_programme(value) or _UNIVERSITY_INSTITUTE_RE.match(folded):
        return True  # "CPGE Moulay Youssef", "HES-SO Master", "UFR STAPS Lyon 1"
    if school_score(folded) >= 1:
        return len(value.split()) > 1 or value.isupper() or folded in _SCHOOL_ALONE or _acronym_of_a_place(value)
    if len(value.split()) == 1:
        # "GGSIPU", and the names schools write in one word with inner capitals: "AgroParisTech", "UCLouvain",
        # "Sup'Biotech"; or as their web address, an acronym and its domain ("EIT.swiss", the Swiss electricians'
        # school); or their initials and their town joined by a hyphen ("ISARA-Lyon").
        return (
            (value.isupper() and len(value) >= 3)
            or bool(_INNER_CAPITALS_RE.fullmatch(value))
            or bool(_ELIDED_NAME_RE.fullmatch(value))
            or bool(_ACRONYM_DOMAIN_RE.fullmatch(value))
            or _acronym_of_a_place(value)
        )
    if _acronym_of_a_place(value):
        return True  # "JNTU Hyderabad", "42 Paris": a school's initials or number and its campus's town
    return not any(ch.isdigit() for ch in value) and not find_degree(value)


# ("AgroParisTech", "UCLouvain", "UNamur", and an acronym with a letter in lower case: "HELMo")
_INNER_CAPITALS_RE = re.compile(r"[A-Z][a-zà-ÿ]+(?:[A-Z][a-zà-ÿ]*){2,}|[A-Z]{2,}[a-zà-ÿ]{3,}|[A-Z]{3,5}[a-z]")


# A school's name of two capitalised words elided into one ("Sup'Biotech", "Sup'Galilée").
_ELIDED_NAME_RE = re.compile(r"[A-Z][a-zà-ÿ]+['’][A-ZÀ-Ý][a-zà-ÿ]+")
_ACRONYM_DOMAIN_RE = re.compile(r"[A-Z]{3,6}\.(?:swiss|ch|fr|be|lu|de|org|edu)")


_NAME_FILLERS_TEXT = "of the and at in for de du des la le les d l et"
_NAME_FILLERS = frozenset(_NAME_FILLERS_TEXT.split())
# The articles a school's name may open with, elided or not (folded).
_ARTICLES = frozenset({"l", "la", "le", "les", "d", "de", "du", "des", "the"})


def _name_words(text: str) -> set[str]:
    return set(re.findall(r"[a-z0-9]+", fold(text))) - _GENERIC_SCHOOL_WORDS - _NAME_FILLERS


def _words_within(short: str, full: str) -> bool:
    """Whether every word of ``short`` is one of ``full``, which holds more ("Arts et Métiers", "École Nationale
    Supérieure d'Arts et Métiers")."""
    x, y = set(re.findall(r"[a-z0-9]+", fold(short))), set(re.findall(r"[a-z0-9]+", fold(full)))
    return bool(x) and x < y


def _squashed_within(short: str, full: str) -> bool:
    """Whether ``short``, its article and spaces left out, is written in ``full`` ("EM Lyon" in "emlyon business
    school", "l'ESSEC" in "ESSEC Business School")."""
    x = re.sub(r"[^a-z0-9]", "", re.sub(r"^(?:l'|la |le |les )", "", fold(short).strip()))
    return bool(x) and x in re.sub(r"[^a-z0-9]", "", fold(full))


def same_school(a: str, b: str) -> bool:
    """Two wordings of one school: they share at least half of the shorter one's distinctive words ("University"
    and "of" are not distinctive: "Cornell University" is not "Carnegie Mellon University")."""
    x, y = _name_words(a), _name_words(b)
    if not x or not y:
        return fold(clean(a)) == fold(clean(b)) != ""
    return len(x & y) / min(len(x), len(y)) >= 0.5


def secondary_school(text: str, degree: str = "", *, schooling: bool = False) -> bool:
    """Whether a school's name says it teaches before higher education: a lycée, a high school, a "public school"
    in India, a French collège, or an examination board ("CBSE", "Maharashtra State Board"). A school named by a
    name and "School" alone ("Apex School") or a "Collège de …" is one only for a diploma of secondary school
    (``degree``: "12th", "Brevet des collèges"): "The Wharton School" or "Collège de France" for a higher degree or
    for none (executive education, a chair, an exchange) is not. With no degree, a "… School" is one in a CV that
    lists its secondary schooling elsewhere (``schooling``: "12th, CBSE" then "Apex School")."""
    folded = fold(clean(strip_punct(text)))
    if _SECONDARY_RE.search(folded) or _COLLEGE_FR_RE.search(text):
        return True
    if degree and _SECONDARY_DEGREE_RE.search(fold(degree)):
        if _COLLEGE_FR_OF_RE.search(text):
            return True
    elif degree or not schooling:
        return False
    if _NAMED_SCHOOL_RE.match(folded) and "school of" not in folded:
        return not any(word in _SCHOOL_SUBJECTS for word in folded.split())
    return False


def _level(item: dict[str, Any]) -> int:
    if "_level" in item:
        return int(item["_level"])
    degree = find_degree(item.get("studyType", ""))
    return degree.level if degree else 0


def _secondary_entry(item: dict[str, Any], schooling: bool = False) -> bool:
    """An entry of secondary school: no degree or a diploma that ends secondary school (Bac, HSC, 12th, high
    school diploma), taken at a school whose name says it is secondary, or at no named school. What is taught
    after the baccalauréat, even in a lycée, is not ("BTS Comptabilité, Lycée Jean Moulin", "Classes
    préparatoires MPSI, Lycée Fermat")."""
    if _level(item) >= 2:
        return False
    degree = find_degree(item.get("studyType", ""), courses=True)
    if degree is not None and degree.key == "training":
        return False  # "Concours d'inspecteur d'académie", "Formation de journaliste": an adult's course or examination
    words = " ".join(fold(item.get(key, "")) for key in ("studyType", "area", "institution"))
    if _POST_SECONDARY_RE.search(words) or _READ_SCHOOLING_RE.search(words):
        return False
    institution = item.get("institution", "")
    if not institution:
        return bool(item.get("studyType"))
    return secondary_school(institution, item.get("studyType", ""), schooling=schooling)


def without_secondary_schools(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Education items without the entries of secondary school when the CV names higher education (a degree
    after the baccalauréat, or a school that is not a secondary one): a graduate's high school tells a recruiter
    little, and the 10th/12th rows of Indian CVs name boards ("CBSE") rather than schools. A school that may teach
    either ("Narayana Junior College" for an HSC) is kept, and so are the French baccalauréat, A-levels and
    their like (``_READ_SCHOOLING_RE``)."""
    higher = any(
        _level(item) >= 2
        or (item.get("institution") and not item.get("studyType") and not secondary_school(item["institution"]))
        for item in items
    )
    if not higher:
        return items
    # The CV lists its secondary schooling ("12th", "HSC", "CBSE"): its "… School" rows with no degree belong to it.
    schooling = any(
        _SECONDARY_DEGREE_RE.search(fold(item.get("studyType", "")))
        or _SECONDARY_RE.search(fold(item.get("institution", "")))
        for item in items
    )
    return [item for item in items if not _secondary_entry(item, schooling)]


def _school_after_degree(part: str, end: int) -> str:
    """The institution written after the degree on the same piece ("… from University of Melbourne"), or ""."""
    for match in _FROM_RE.finditer(part, end):
        tail = clean(strip_punct(_area_stop(part[match.end() :])))
        tail = re.sub(r"\s*\((?:[^()]*)\)?\s*$", "", tail)
        if not tail or len(tail.split()) > 10 or find_degree(tail):
            continue
        if school_score(fold(tail)) >= 1 or (
            match.group().strip().lower() in {"from", "at", "@"} and _plausible_school(tail)
        ):
            return tail
    return ""


LEVEL_NAMES = {-2: "Brevet", -1: "CAP/BEP", 0: "Bac", 2: "Bac+2", 3: "Bac+3", 4: "Bac+4", 5: "Bac+5", 8: "Bac+8"}


@dataclass(slots=True)
class Degree:
    key: str
    level: int
    start: int
    end: int


def find_degree(text: str, *, courses: bool = False) -> Degree | None:
    """The first diploma ``text`` names, or None. ``courses``: a course named by its trade ("Formation Régisseur
    lumière") counts too, as it does only in a studies entry (elsewhere it is a trainer's session or a job)."""
    folded = fold(text)
    best: Degree | None = None
    for key, level, pattern, studies in _DEGREE_RES:
        if studies and not courses:
            continue
        if key == "training" and not courses:
            continue
        for match in pattern.finditer(folded):
            if best is not None and match.start() >= best.start:
                break
            written = text[match.start() : match.end()]
            acronym = written.lower().replace(".", "")
            # Acronyms that are also ordinary words ("but", "me", "ma") count only when written as acronyms.
            if (
                acronym in _ACRONYMS
                and not written.replace(".", "").isupper()
                and written not in _AGRICULTURAL_SPELLINGS
            ):
                continue
            if acronym == "ing" and written.isupper():
                continue  # "ING": the bank
            if key == "military" and "caces" in folded[: match.start()]:
                continue  # "CACES R489 CAT1 et CAT3": a forklift licence's categories
            trade = written.split()[-1].split("'")[-1]  # (the trade's word, after an elision: "d'Ambulancier")
            if (
                key == "training"
                and not studies
                and (not trade[:1].isupper() or trade.isupper())
                and not (
                    re.search(r"\b(?:de |d')\w+$", folded[match.start() : match.end()])
                    and title_score(fold(trade)) >= 1
                )
            ):
                # (a trade named in capitals, or an occupation after "de": "Formation de journaliste RP"; not
                # "Formation management", "Formation SST")
                continue
            occupation = re.sub(r"^\s*(?:de |d')", "", folded[match.end() :])
            if key == "titre" and studies and title_score(" ".join(occupation.split()[:3])) < 1:
                continue  # "Titre du mémoire : …": no occupation named
            if acronym in _OPENING_ONLY and (text.isupper() or not _FIELD_OPENS_RE.search(text[: match.start()])):
                continue  # "LYCÉE DU PARC", "Stage chez BP France"
            opening = match.group().split()[0]
            if (opening in _OPENS_FIELD_WORDS or _CLERK_RE.match(opening)) and not _FIELD_OPENS_RE.search(
                text[: match.start()]
            ):
                continue  # "Facultad de Ingeniería", "Escuela de Posgrado", "Hans Kaufmann"
            if acronym in _STATE_CODES and _STATE_AFTER_CITY_RE.search(text[: match.start()]):
                continue  # "Harvard University, Cambridge, MA"
            if written == "licence" and not _FRENCH_BEFORE_RE.search(text[: match.start()]):
                continue  # "Full UK driving licence", "Reach Truck licence": a licence to do something
            if acronym == "licence" and (
                _LICENCE_TO_RE.search(folded[: match.start()]) or _HOLDER_RE.match(folded, match.end())
            ):
                continue  # "Personal Licence holder", "Driving Licence: B": a licence to do something
            if acronym == "intermediate" and not _INTERMEDIATE_BEFORE_RE.search(folded[: match.start()]):
                continue  # "Barista Skills Intermediate", "English (intermediate)": a level, not India's 12th
            if acronym == "high school" and written == "High School" and _NAMED_BEFORE_RE.search(text[: match.start()]):
                continue  # "Whitchurch High School": a school's name
            if key == "bac" and _PLUS_AFTER_RE.match(folded, match.end()):
                continue  # "Bac+3": a level of study, read below
            best = Degree(key, level, match.start(), match.end())
            break
    plus = _BAC_PLUS_RE.search(folded)
    if plus and best is None:
        level = int(plus.group(1))
        best = Degree(f"bac+{level}", level, plus.start(), plus.end())
    if best is not None and best.key == "training":
        # "Formation Aide-soignante (DEAS)", "Formation Comptable – BTS CG": the diploma the course leads to, named
        # on its line, is the degree
        # ("Formation Bac pro Commerce", "Formation Licence pro…": the diploma is the word the course opens on;
        # "Préparation au CAPES": the examination prepared)
        after = best.start + len(folded[best.start :].split()[0]) + 1
        later = find_degree(text[after:])
        if later is not None and later.key != "training":
            return Degree(later.key, later.level, after + later.start, after + later.end)
    return best


def degree_key(text: str) -> str | None:
    degree = find_degree(text)
    return degree.key if degree else None


def level_of_degree(text: str) -> int | None:
    folded = fold(text)
    plus = _BAC_PLUS_RE.search(folded)
    if plus:
        return int(plus.group(1))
    degree = find_degree(text)
    return degree.level if degree else None


_SCHOOL_OPENING_RE = re.compile(
    r"(?<=\s)(?:Universit[éeÉE]|UNIVERSIT[ÉE]|University|UNIVERSITY|Universidad|Universit[àa]|Institut[e]?|INSTITUT[E]?|"
    r"[ÉE]cole|[ÉE]COLE|Facult[ée]|Faculty|IUT|IAE)\b"
)
# A sentence of a description ("Received a Bachelor of …", "Completed two years at …").
_PROSE_RE = re.compile(r"^(?:[A-Z][a-z]{2,}(?:ed|ing)\s+[a-z]|(?:I|We|My|Our)\s)")
_LEADING_CONNECTOR_RE = re.compile(r"^(?:in|of|en|de|du|des|d'|with|avec|and|et|from|at|a)\b", re.I)


def _school_beside_degree(part: str, degree: Degree) -> str:
    """The institution written on the degree's own piece: after "from" / "at" / "à" ("Master of Laws from University
    of Melbourne"), right after the degree ("M.Tech. Visveswaraya University", "MBA HEC Paris") or before it
    ("Marietta College Bachelor of Arts"); "" when there is none."""
    named = _school_after_degree(part, degree.end)
    if named:
        return named
    tail = clean(strip_punct(_area_stop(part[degree.end :])))
    head = clean(strip_punct(part[: degree.start]))
    for candidate, after in ((tail, True), (head, False)):
        if not candidate or len(candidate.split()) > 10 or not candidate[0].isupper() or find_degree(candidate):
            continue
        if after and _LEADING_CONNECTOR_RE.match(candidate):
            continue
        if not after and _TRAILING_CONNECTOR_RE.search(fold(candidate)):
            continue
        if school_score(fold(candidate)) >= 1 and plausible_institution(candidate):
            return candidate
    # "Licence en droit Université de Lille", "B.S. in Biology University of Texas": the field, then a school
    # whose name opens with its school word.
    opening = _SCHOOL_OPENING_RE.search(tail)
    if opening and opening.start() > 0 and len(tail[opening.start() :].split()) >= 2:
        school = tail[opening.start() :]
        # ("MASTER'S DEGREE IN FOOD TECHNOLOGY AND HUMAN NUTRITION Warsaw University of Life Sciences": the field in
        # capitals, the school's name in ordinary case from its first word, which may come before its school word)
        before = tail[: opening.start()].split()
        cased = 0
        while cased < len(before) and re.fullmatch(r"[A-ZÀ-Ý][a-zà-ÿ'’.-]+", before[-1 - cased]):
            cased += 1
        if 0 < cased < len(before) and all(word.isupper() for word in before[: len(before) - cased]):
            school = " ".join([*before[len(before) - cased :], school])
        if not find_degree(school) and plausible_institution(school):
            return school
    return ""


# A line that states the field: "Majoring in Computer Science", "Major: Economics", "Spécialité : finance".
_MAJOR_RE = re.compile(
    r"^(?:majoring|majored|major|concentration|specializ(?:ing|ation)|specialis(?:ing|ation)|sp[ée]cialit[ée]|"
    r"majeure)\s*(?:in\b|:|–|-)\s*(?P<area>.+)$",
    re.I,
)
# Honours are no field: "M.Sc. magna cum laude", "BA (Hons) with distinction".
_BRACKETED_HONOURS_RE = re.compile(r"^\.?\s*\(\s*(?:hons?\.?|honou?rs)\s*\)", re.I)
_BRACKETED_AREA_RE = re.compile(r"\.?\s*\(([^()\d]{2,60})\)")
_HONOURS_RE = re.compile(
    r"\b(?:(?:magna |summa )?cum laude|magna|summa|(?:with )?(?:high )?(?:honou?rs|distinction|merit)|first class)\b",
    re.I,
)


# A French grade after a diploma, its "mention" ("mention Très Bien", "avec mention Assez bien").
_GRADE_MENTION_RE = re.compile(
    r"^\s*(?:[,:–—-]\s*)?(?:avec )?mention\s+(?:tr[eè]s bien|bien|assez bien|passable|honorable|tb|ab)(?![\w-])",
    re.I,
)


def _field_words(text: str) -> int:
    return sum(fold(word) not in _NAME_FILLERS for word in text.split())


# What opens a remark after a degree's field, not the field's next item ("en alternance", "mention bien", "option …").
_NOT_LISTED_RE = re.compile(
    r"(?:en|a|au|aux|de|du|des|par|pour|avec|in|at|with|by|for|from|option|parcours|mention|specialite|specialisation|"
    r"obtenue?|validee?|major|minor|majeure|mineure|non(?= )|not|part[- ]time|full[- ]time|temps (?:plein|partiel)|"
    r"online|evening|"
    r"incomplete|interrompue?|abandonne|inacheve)\b"
)


def _listed_field(part: str) -> bool:
    """A piece that may go on a field's list: a few words, no digit, school, place, degree, grade or date word."""
    words = part.split()
    folded = fold(part)
    return (
        0 < len(words) <= 4
        and not any(ch.isdigit() or ch == "(" for ch in part)
        and not part.isupper()
        and not school_score(folded)
        and not geo.find_places(part)
        and find_degree(part, courses=True) is None
        and not _NOT_SCHOOL_WORDS.intersection(re.findall(r"[a-z']+", folded))
        and not _NOT_LISTED_RE.match(folded)
    )


def _field_spelled_out(following: list[str], area: str, header: str) -> list[tuple[str, str]]:
    """ "Master CCA – Comptabilité, Contrôle, Audit": a field written by its initials, then spelled out after a dash,
    its words listed with commas; the pieces that spell it, each after its separator, or none."""
    if not re.fullmatch(r"[A-Z]{2,6}", area) or not following:
        return []
    dash = next((dash for dash in (" – ", " - ", " — ") if f"{area}{dash}{following[0]}" in header), "")
    if not dash:
        return []
    run = [following[0]]
    while _initials(" ".join(_BRACKETED_TAIL_RE.sub("", part) for part in run)) != area:
        if len(run) == len(following) or f"{run[-1]}, {following[len(run)]}" not in header:
            return []
        run.append(following[len(run)])
    if school_score(fold(" ".join(run))) >= 1:
        return []  # ("Bachelor EBS – European Business School": the initials are the school's, spelled out as its name)
    return [(dash, run[0]), *((", ", part) for part in run[1:])]


def _listed_fields(following: list[str], area: str, header: str) -> list[tuple[str, str]]:
    """The pieces after a degree's field that go on with it (each after its separator), cut at its commas: "Assurance"
    then "Banque", "Finance"; "agriculture" then "agroalimentaire et environnement"; "Governance" then "Risk and
    Compliance"; or its speciality after a colon: "Industrial Sciences" then "Electromechanics". Pieces in lower case
    go on a phrase; capitalised ones make a list when two of them at least follow, or the last one closes it with
    "and" / "et" ("Master Finance, Bayes" is a field and a school)."""
    if following and f"{area}: {following[0]}" in header and _listed_field(following[0]):
        return [(": ", following[0])]
    spelled = _field_spelled_out(following, area, header)
    if spelled:
        return spelled
    listed: list[tuple[str, str]] = []
    written = area
    for part in following:
        if f"{written}, {part}" not in header or not _listed_field(part):
            break
        listed.append((", ", part))
        written = part
        if re.search(r"\s(?:and|et|&)\s", part):
            break  # (the list's last item: what follows is the school)
    lower = any(part[:1].islower() for _, part in listed)
    closed = bool(listed) and re.search(r"\s(?:and|et|&)\s", listed[-1][1]) is not None
    if lower or closed or len(listed) >= 2:
        return listed
    return []


def _names_degree(tail: str) -> bool:
    """Whether the words after a degree name a degree of their own, not its field: "Grado en Ingeniería Informática",
    "Maestría en Ingeniería de Calidad" study engineering (a word that names a degree only opening a field)."""
    degree = find_degree(tail)
    return degree is not None and fold(tail)[degree.start :].split()[0] not in _OPENS_FIELD_WORDS


def _area_after(text: str, end: int) -> str:
    bracketed = _BRACKETED_AREA_RE.match(text, end)
    if bracketed and not _BRACKETED_HONOURS_RE.match(bracketed.group()):
        # "B.Sc. (Biology)", "PGDM (Operations)", "B.Sc. (Economics Hons.)": the field in brackets after the degree.
        inner = clean(strip_punct(_HONOURS_RE.sub("", bracketed.group(1)).replace("Hons.", "").replace("Hons", "")))
        if inner and not find_degree(inner) and not school_score(fold(inner)) and len(inner.split()) <= 6:
            return inner
        named = find_degree(inner) if inner else None
        if named is not None and named.start == 0:
            # "Maestría (M.A.) en Estudios Latinoamericanos": the degree's own name in English, then its field
            end = bracketed.end()
    tail = _BRACKETED_HONOURS_RE.sub("", text[end:], count=1)  # "BSc (Hons) in Physics"
    if _GRADE_MENTION_RE.match(tail):
        return ""  # "Brevet des collèges mention Très Bien": the grade, no field ("Licence mention Droit" has one)
    tail = _CONNECTOR_RE.sub("", tail, count=1)
    tail = _area_stop(tail)
    tail = clean(strip_punct(tail))
    # (a field's words, its "de" and "la" aside: "Activités Gymniques de la Forme et de la Force")
    if not tail or _field_words(tail) > 8 or school_score(fold(tail)) or _names_degree(tail):
        return ""
    honours = _HONOURS_RE.search(tail)
    if honours:
        # "English Literature summa cum laude", "Honours Computer Science"
        kept = tail[: honours.start()] if honours.start() else _CONNECTOR_RE.sub("", tail[honours.end() :], count=1)
        tail = clean(strip_punct(kept))
        if not tail or len(tail.split()) > 8 or school_score(fold(tail)) or find_degree(tail):
            return ""
    return tail


def _school_named_in(part: str) -> str:
    """ "Diploma in Electronics from NIT" → "NIT": a piece whose school words all follow "from" / "at"."""
    if " from " not in part and " at " not in part:
        return part
    named = _school_after_degree(part, 0)
    head = part[: part.find(named)] if named else ""
    if named and school_score(fold(named)) >= 1 and not school_score(fold(head)) and not find_degree(head):
        return named
    return part


# Pieces of a header: cut at commas and at a sentence's end ("Micro and Opto Electronics. Ruhr University"), not
# after an abbreviation ("Univ. Lyon 1").
_PIECE_RE = re.compile(r", |(?<=[a-z]{3})\.\s+(?=[A-ZÀ-Ý])")
_LAST_WORD_RE = re.compile(r"\w+$")


def _place_in_brackets(part: str, at: int) -> bool:
    """Whether the bracket open at ``at`` holds a place and nothing else ("(Evanston, IL)", "(Madison, WI)")."""
    opening, closing = part.rfind("(", 0, at), part.find(")", at)
    if closing < 0:
        return False
    pieces = [piece.strip() for piece in part[opening + 1 : closing].split(",")]
    known = [bool(geo.find_places(piece) or re.fullmatch(r"[A-Z]{2}", piece)) for piece in pieces]
    # ("Evanston" is no town the gazetteer knows; its state's code says it is one.)
    town_shaped = [bool(re.fullmatch(r"[A-Z][a-zà-ÿ'’-]+(?: [A-Z][a-zà-ÿ'’-]+)?", piece)) for piece in pieces]
    return (
        any(known)
        and all(is_known or shaped for is_known, shaped in zip(known, town_shaped, strict=True))
        and not any(school_score(fold(piece)) or find_degree(piece) for piece in pieces)
    )


def _school_in_brackets(part: str, at: int) -> bool:
    """Whether the bracket open at ``at`` names the university of the school written before it ("Bayes Business
    School (City, University of London)"; not "MSc Finance (Merit, University of Bath)")."""
    opening, closing = part.rfind("(", 0, at), part.find(")", at)
    return (
        closing > 0
        and bool(school_score(fold(part[opening + 1 : closing])))
        and bool(school_score(fold(part[:opening])))
        and not find_degree(part[:opening])
    )


def _pieces(part: str) -> list[str]:
    pieces: list[str] = []
    start = 0
    for match in _PIECE_RE.finditer(part):
        if part.count("(", 0, match.start()) > part.count(")", 0, match.start()) and (
            _place_in_brackets(part, match.start()) or _school_in_brackets(part, match.start())
        ):
            continue  # "(Evanston, IL)", "(City, University of London)": a place or a school in brackets is one piece
        opened = part.rfind("(", 0, match.start())
        closed = part.find(")", match.end())
        if (
            opened > part.rfind(")", 0, match.start())
            and closed > 0
            and find_degree(part[:opened], courses=True) is not None
            and not school_score(fold(part[opened:closed]))
        ):
            # "Scottish Highers (English, Business Management, French)": the subjects of a degree, listed (not its
            # grade and school: "MSc Finance (Merit, University of Bath)")
            continue
        if (
            opened > part.rfind(")", 0, match.start())
            and closed > 0
            and (school_score(fold(part[:opened])) >= 1 or _diploma_of_school(part[:opened]))
            and not school_score(fold(part[opened:closed]))
            and find_degree(part[opened:closed], courses=True) is None
        ):
            # "Diplôme de l'École normale supérieure de Lyon (élève normalien, promotion 2014)": a remark on the
            # school's studies in brackets is one piece, not a bracket cut open
            continue
        if match.group().startswith("."):
            word = _LAST_WORD_RE.search(part, 0, match.start())
            if word is not None and _abbreviation(word.group()):
                continue
        pieces.append(part[start : match.start()])
        start = match.end()
    pieces.append(part[start:])
    return pieces


# A polytechnic institute made of schools, written before its school ("Grenoble INP – Phelma", "Toulouse INP –
# ENSEEIHT").
_INP_RE = re.compile(r"\b(?:INP|Institut National Polytechnique(?: de \w+)?)$")


def _join_numbered(parts: list[str], header: str = "", lines: list[str] | None = None) -> list[str]:
    """ "Université Toulouse III" + "Paul Sabatier" → "Université Toulouse III – Paul Sabatier": a numbered
    university's name goes on after the dash the header was cut at; "University of" + "London" → "University of
    London": a line wrapped inside the name. ``header`` (the entry's header text) tells which separator a name
    joined again was written with; ``lines`` (the header's lines) which line holds a name alone."""
    joined: list[str] = []
    for index, part in enumerate(parts):
        previous = joined[-1] if joined else ""
        if previous and (
            (_TRAILING_CONNECTOR_RE.search(fold(previous)) and school_score(fold(previous)) >= 1)
            or (
                _LONE_SCHOOL_WORD_RE.fullmatch(fold(previous))
                and not previous.isupper()
                and _NAME_TAIL_RE.match(_BRACKETED_TAIL_RE.sub("", part))
            )
        ):
            # "University of" + "London", "Lycée" + "Champollion (Grenoble)": a school's name the line wrapped.
            joined[-1] = f"{previous} {part}"
        elif (
            previous
            and school_score(fold(previous)) >= 1
            and _WRAPPED_OF_RE.match(part)
            and not find_degree(part)
            and f"{previous} {part}" in header
        ):
            # "Institut Polytechnique" + "de Paris": the name wrapped before its connector.
            joined[-1] = f"{previous} {part}"
        elif (
            previous
            and _college_of_federal(previous, part)
            and f"{previous}, {part}" in header
            # (a degree's field after it, "BSc, Psychology, University of London"; not a college's initials, "LLB,
            # SOAS, University of London")
            and not (
                len(joined) >= 2
                and _bare_degree(joined[-2])
                and not re.fullmatch(r"[A-Z]{2,6}", previous)
                and not _FEDERAL_COLLEGE_RE.fullmatch(fold(previous))
            )
        ):
            # "City, University of London", "Goldsmiths, University of London": a college named as its federal
            # university names it, one school
            joined[-1] = f"{previous}, {part}"
        elif previous and _unit_of(previous, part):
            # "Kellogg School of Management, Northwestern University", "Faculté de Droit, Université de Lyon": a
            # school of a university, then the university.
            joined[-1] = f"{previous}, {part}"
        elif previous and _campus_of(previous, part):
            # "University of California, Berkeley": one campus of a state's university, named after a comma.
            joined[-1] = f"{previous}, {part}"
        elif previous and _OPENING_ADJECTIVE_RE.fullmatch(fold(previous).strip()) and school_score(fold(part)) >= 1:
            # "International" + "Institute of Information Technology": a name the line wrapped after its first word
            joined[-1] = f"{previous} {part}"
        elif (
            previous
            and _unit_of(part, previous)
            and any(f"{previous}{dash}{part}" in header for dash in (" – ", " - ", " — "))
        ):
            # "Northwestern University – Kellogg School of Management": the university, then its school, as one name
            # (after a comma or on lines of their own, the two are listed apart).
            joined[-1] = f"{previous} – {part}"
        elif (
            previous
            and fold(previous).startswith(("universite", "university"))
            and re.fullmatch(r"[A-ZÀ-Ý][\w'’-]+ (?:\d{1,2}|[IVX]{1,4})", part)
        ):
            # "Université Saad Dahlab – Blida 1": the numbered university's other name, after its founder's
            joined[-1] = f"{previous} – {part}"
        elif (
            previous
            and _WHOLE_UNIVERSITY_RE.match(fold(previous).strip())
            and _generic_unit(part)
            and not find_degree(part)
            and any(f"{previous}{dash}{part}" in header for dash in (" – ", " - ", " — "))
        ):
            # "Université Hassan II – Faculté des Sciences Juridiques": the university, then after a dash the faculty
            # the degree was taken in, one school (not two)
            joined[-1] = f"{previous} – {part}"
        elif (
            previous
            and _generic_unit(previous)
            and _WHOLE_UNIVERSITY_RE.match(fold(part).strip())
            and not find_degree(previous)
            and any(f"{previous}{dash}{part}" in header for dash in (" – ", " - ", " — "))
        ):
            # "Faculté des Sciences Juridiques, Économiques et Sociales – Université Ibn Zohr": the faculty, then after
            # a dash its university, one school (after a comma, "School of Engineering, University of Leeds", the
            # university alone names it)
            joined[-1] = f"{previous} – {part}"
        elif (
            previous
            and _WHOLE_UNIVERSITY_RE.match(fold(previous).strip())
            and _UNIVERSITY_INSTITUTE_RE.match(fold(part))
            and not find_degree(part)
            and any(f"{previous}{dash}{part}" in header for dash in (" – ", " - ", " — "))
        ):
            # "Université de Lille – IUT C", "Université de Nantes – INSPE": the university, then the institute of
            # its own the degree was taken in
            joined[-1] = f"{previous} – {part}"
        elif (
            previous
            and _generic_unit(previous)
            and _DEPARTMENT_PART_RE.match(fold(part).strip())
            and not find_degree(part)
            and any(f"{previous}{dash}{part}" in header for dash in (" – ", " - ", " — "))
        ):
            # "Faculté de Médecine d'Oran – Département de Pharmacie": the faculty, then after a dash its department
            # the degree was taken in, one school (on a line of its own under the school, it is where in it)
            joined[-1] = f"{previous} – {part}"
        elif previous and _named_after_person(previous, part, header):
            # "Université Toulouse – Jean Jaurès": a university named after a person as well as its town.
            joined[-1] = f"{previous} – {part}"
        elif previous and _campus_name(previous, part):
            # "IUT Paris" + "Rives de Seine": a French institute's campus, named after a dash.
            joined[-1] = f"{previous} - {part}"
        elif previous and _subject_list(previous, part):
            # "Modern College of Arts" + "Science & Commerce", "Arts" + "Science and Commerce College": the
            # faculties a college is named after, listed with a comma.
            joined[-1] = f"{previous}, {part}"
        elif (
            previous
            and school_score(fold(previous)) >= 1
            and (_NUMBERED_RE.search(previous) or _INP_RE.search(previous))
            and _NAME_TAIL_RE.match(part)
            and not find_degree(part)
            and (not school_score(fold(part)) or (_INP_RE.search(previous) and len(part.split()) == 1))
            and not (len(part.split()) == 1 and geo.find_places(part))  # "Université Lyon 2, Lyon": its town
            # ("Doctorat de l'Université Montpellier 2 – Écologie, Évolution, Ressources Génétiques": the first of the
            # fields listed after the school)
            and not (_listed_field(part) and _listed_fields(parts[index + 1 :], part, header))
        ):
            joined[-1] = f"{previous} – {part}"
        elif previous and _school_and_its_body(previous, part, lines or []):
            # "CFA de l'industrie – Pôle formation UIMM", "Mines Paris – PSL", "Intec – Cnam": a line of its own that
            # names a school, then after a dash the body or university it belongs to, one name
            joined[-1] = _school_and_its_body(previous, part, lines or [])
        else:
            joined.append(part)
    return joined


# The federal universities whose colleges are named after their own name and a comma ("City, University of London").
_FEDERAL_UNIVERSITY_RE = re.compile(r"(?:the )?university of (?:london|wales)")
# The colleges of the federal universities, named as they name them (folded).
_FEDERAL_COLLEGE_RE = re.compile(
    r"goldsmiths(?: college)?|birkbeck(?: college)?|royal holloway|queen mary|king's college(?: london)?|city|"
    r"st george's|courtauld(?: institute)?|heythrop(?: college)?|wye college|cardiff|swansea|aberystwyth|bangor|"
    r"lampeter|trinity saint david"
)


def _bare_degree(part: str) -> bool:
    """Whether ``part`` names a degree and nothing after it ("BSc", "LLB (Hons)"): the part after it is its field."""
    degree = find_degree(part)
    return degree is not None and not re.sub(r"\([^()]*\)", "", part[degree.end :]).strip(" ,.:;–—-")


def _college_of_federal(previous: str, part: str) -> bool:
    """A college's own name, a few capitalised words with no school's word, degree or place, before a federal
    university's ("Goldsmiths" + "University of London")."""
    words = previous.split()
    return bool(
        _FEDERAL_UNIVERSITY_RE.fullmatch(fold(part).strip())
        and 1 <= len(words) <= 3
        and all(word[:1].isupper() for word in words)
        and not school_score(fold(previous))
        and not find_degree(previous)
        and not geo.find_places(previous)
    )


# The words a course's name opens with, which no school's name does (folded): "Formation ICNA", "Training in …",
# "Cycle « Manager de service »", "Préparation au concours …", "Stage de …".
_COURSE_OPENS_RE = re.compile(r"(?:formation|training|cycle|preparation|stage|cours|course|parcours)\b")


def _school_and_its_body(previous: str, part: str, lines: list[str]) -> str:
    """ "X – Y" as written when ``previous`` and ``part`` were written so on a line of their own (but for a town after
    a comma, a dot or a dash), both plausible names of an institution and one with a school's word ("CFA de
    l'industrie – Pôle formation UIMM, Saint-Nazaire", "Mines Paris – PSL"); "" for a school and its town ("Lycée
    Carnot – Dijon"), a degree ("ESSEC – MBA") or a line that names more ("HEC Paris – MIT Sloan School of
    Management, MBA")."""
    if find_degree(previous, courses=True) or find_degree(part, courses=True):
        return ""
    if not (school_score(fold(previous)) >= 1 or school_score(fold(part)) >= 1):
        return ""
    if school_score(fold(previous)) < 1 and (
        _COURSE_OPENS_RE.match(fold(previous))
        or sum(1 for word in previous.split()[1:] if word[:1].islower() and fold(word) not in _NAME_FILLERS) >= 2
    ):
        # "Formation pilote de ligne ATPL(A) – Airways College", "Actualisation de la réglementation retraite CNRACL
        # – CNFPT": the course, named by a course's word or written as a phrase, then where it was taught
        return ""
    if not (school_score(fold(part)) >= 1 or (re.fullmatch(r"[A-Z]{2,6}", part) and not geo.find_places(part))):
        # (what follows the dash names a body itself, by a school's word or an acronym that is no place: not a town,
        # "Lycée Jean Monnet – La Flèche", a grade, "– Mention Très bien", a field, "– Génie civil", nor a mode of
        # study, "– Enseignement à distance")
        return ""
    for name in (previous, part):
        if title_score(fold(name)) >= 1:
            return ""  # "Expert en technologies de l'information — Epitech Paris": a title studied, then its school
        if _credential(name) or _diploma_of_school(name) or _lone_place(name) or not plausible_institution(name):
            # ("École du Louvre – Diplôme de premier cycle": the school, then its own diploma; "Lycée Carnot – Dijon")
            return ""
    # (at a line's end too, after the degree, when a school is followed by the initials of the body it belongs to
    # or of its other name: "BTS Bioanalyses et contrôles, Lycée Pierre-Gilles de Gennes - ENCPB", "Master 2 … |
    # Université Paris-Dauphine - PSL | 2015 - 2017")
    initials = (
        bool(re.fullmatch(r"[A-Z]{2,6}", part))
        and school_score(fold(previous)) >= 1
        and sum(len(re.findall(rf"\b{part}\b", line)) for line in lines) == 1
        and not _UNIVERSITY_INSTITUTE_RE.match(fold(previous))
    )
    for dash in (" – ", " - ", " — "):
        whole = f"{previous}{dash}{part}"
        for line in lines:
            line = line.strip()
            at = line.find(whole) if initials else (0 if line.startswith(whole) else -1)
            if at < 0 or (at > 0 and not re.search(r"(?:[,:|]|\s[–—-])\s$", line[:at])):
                continue
            rest = line[at + len(whole) :]
            rest = _without_dates(rest).strip(" ,·–—-|")
            if not rest or _lone_place(rest):
                return whole
    return ""


def _without_dates(text: str) -> str:
    """``text`` without its ranges of dates ("| 2015 - 2017")."""
    for dates in reversed(find_date_ranges(text)):
        text = f"{text[: dates.begin]} {text[dates.stop :]}"
    return text


def _lone_place(text: str) -> bool:
    """Whether ``text`` is a place's name alone ("Dijon", "Saint-Nazaire")."""
    places = geo.find_places(text)
    return bool(places) and fold(text).strip() == places[0][1]


_BRACKETED_INITIALS_RE = re.compile(r"\s*\([A-Z][A-Za-z&-]{1,9}\)\s*$")


def _name_length(part: str) -> int:
    """The words of a school's name; of a university's only, before the faculty a dash joined to it (a French-speaking
    faculty's name lists its fields: "… – Faculté des Sciences Juridiques, Économiques et Sociales de Casablanca")."""
    # (the school's initials in brackets after its name are no more of it: "École de formation professionnelle des
    # barreaux de la cour d'appel de Paris (EFB)")
    part = _BRACKETED_INITIALS_RE.sub("", part)
    head, dash, unit = part.partition(" – ")
    if dash and _WHOLE_UNIVERSITY_RE.match(fold(head).strip()) and _generic_unit(unit):
        return len(head.split())
    if dash and _WHOLE_UNIVERSITY_RE.match(fold(unit).strip()) and _generic_unit(head):
        return len(unit.split())
    return len(part.split())


def _named_after_person(previous: str, part: str, header: str) -> bool:
    """A university's town, then after a dash the person it is named after ("Université Toulouse – Jean Jaurès",
    "Université Grenoble – Pierre Mendès France"): a given name opening a few capitalised words."""
    words = part.split()
    places = geo.find_places(part)
    unplaced = fold(part)
    for _, name, _ in places:
        unplaced = unplaced.replace(name, " ")  # (a country's name may be a surname: "Mendès France")
    return bool(
        # (a continental practice: after "University of Oxford", "John Radcliffe Hospital" is a hospital)
        fold(previous).startswith(("universite", "universidad", "universita"))
        and 2 <= len(words) <= 4
        and not org_score(unplaced)
        and not any(kind == "city" for kind, _, _ in places)  # ("Sophia Antipolis": a town)
        and all(word[0].isupper() or word in ("et", "de", "y", "and") for word in words)
        and given_name_hits(words[0].split("-")[0])
        and not school_score(fold(part))
        and not find_degree(part)
        and any(f"{previous}{dash}{part}" in header for dash in (" – ", " - ", " — "))
    )


# A university's own school or faculty, named before the university.
_UNIT_RE = re.compile(
    r"(?:^|\b)(?:(?:school|faculty|department) of|faculte (?:de|des|d')|ufr\b|iae\b|"
    r"(?:business|law|medical|graduate) school$)"
)
_WHOLE_UNIVERSITY_RE = re.compile(
    r"^(?:the )?(?:[\w.'&-]+ ){0,3}university(?: (?:of|in|at) [\w .'&-]+)?$|^universite\b"
)


# A French engineering school named by its initials, which open on the national school's ("ENSIL-ENSCI — Limoges",
# "ENSEA", "ENIB"): a school, though no school's word is written.
_ENGINEERING_SCHOOL_RE = re.compile(r"(?:ENS[A-Z]{1,7}|ENI[A-Z]{1,4})(?:-EN[A-Z]{1,7})?(?=$|[\s,(])")


# A French university's own institutes, named after it: its institute of technology, its business school, its
# teacher-training school, its departments, its institute of judicial studies ("IEJ Jean Domat") (folded).
_UNIVERSITY_INSTITUTE_RE = re.compile(r"(?:iut|iae|ufr|inspe|espe|iej)\b")


_UNIT_WORDS_TEXT = "the school faculty college department institute faculte ufr law business medical graduate"
_UNIT_WORDS = frozenset(_UNIT_WORDS_TEXT.split())


# A university's department, named by its field ("Département de Pharmacie", "Department of Physics") (folded).
_DEPARTMENT_PART_RE = re.compile(r"(?:departement|department|dept\.?) (?:de |des |du |d'|of )[\w' -]+$")


# A university's school or faculty named as one ("Lynch School of Education"), and a university named as one ("Boston
# College"), on folded text.
_NAMED_UNIT_RE = re.compile(r"\b(?:school|faculty) of\b")
_UNIVERSITY_NAMED_RE = re.compile(r"\b(?:university|universite|college)\b")


def _affiliated_college(part: str) -> bool:
    """Whether ``part`` names an Indian college affiliated to a university, no school of it: named by initials ("NMKRV
    College", "PSG College of Technology"), or opening on its word and naming its town ("College of Engineering
    Pune")."""
    if re.match(r"(?:The )?[A-Z]{2,}\b", part.strip()):
        return True
    folded = re.sub(r"^the ", "", fold(part).strip())
    return folded.startswith("college") and any(kind == "city" for kind, _, _ in geo.find_places(part))


def unit_named(part: str) -> bool:
    """Whether ``part`` names a school, college or faculty of a university ("J. Mack Robinson College of Business",
    "College of Arts and Sciences"), and not the university nor a college affiliated to it ("PSG College of
    Technology", "College of Engineering Pune" after "Anna University", "Savitribai Phule Pune University")."""
    folded = fold(part).strip()
    if "univers" in folded:
        return False
    if _NAMED_UNIT_RE.search(folded):
        return True
    return bool(re.search(r"\bcollege of\b", folded)) and not _affiliated_college(part)


def _generic_unit(part: str) -> bool:
    folded = fold(part).strip()
    return bool(folded) and folded.split()[0] in _UNIT_WORDS and bool(_UNIT_RE.search(folded))


def _unit_of(previous: str, part: str) -> bool:
    """A school of a university that has a name of its own ("Kellogg School of Management"; a named college or school,
    "Teachers College", "The Fletcher School"), then the university."""
    before, after = fold(previous).strip(), fold(part).strip()
    named = re.sub(r"^the ", "", before)
    # (not an affiliated college: "NMKRV College, Bangalore University")
    college = bool(re.search(r"\b(?:college|school)$", before)) and not _affiliated_college(previous)
    return bool(
        (_UNIT_RE.search(before) or college)
        and named
        and named.split()[0] not in _UNIT_WORDS  # "School of Engineering", "Law School": the university names it
        and "univers" not in before
        and _WHOLE_UNIVERSITY_RE.match(after)
        and not find_degree(part)
        and len(after.split()) <= 6
    )


# State universities whose campuses are named after a comma ("University of California, Berkeley").
_CAMPUS_SYSTEM_RE = re.compile(r"(?:the )?university of (?:california|nevada|maryland|alaska|tennessee)")


def _campus_of(previous: str, part: str) -> bool:
    return bool(
        _CAMPUS_SYSTEM_RE.fullmatch(fold(previous).strip())
        and _NAME_TAIL_RE.match(part)
        and len(part.split()) <= 3
        and not part.isupper()
        and not any(kind == "country" for kind, _, _ in geo.find_places(part))
    )


_CAMPUS_HEAD_RE = re.compile(r"^iut\b")
_CAMPUS_CONNECTOR_RE = re.compile(r"\s(?:de|du|des|d'|sur|en|et)\s")


def _campus_name(previous: str, part: str) -> bool:
    """The name of one campus of a French university institute of technology, after a dash ("IUT Paris - Rives de
    Seine"): a few capitalised words joined by "de", "sur", "et", naming no town, school or degree of their own.
    (After a university, such words name a faculty: "Université de Bordeaux - Sciences et Technologies".)"""
    before = fold(previous).strip()
    return bool(
        _CAMPUS_HEAD_RE.match(before)
        and school_score(before) >= 1
        and 2 <= len(before.split()) <= 4
        and re.fullmatch(r"[A-ZÀ-Ý][\w'’.-]*(?:\s(?:de|du|des|d'|sur|en|et)?\s?[A-ZÀ-Ý][\w'’.-]*){1,3}", part)
        and _CAMPUS_CONNECTOR_RE.search(f" {fold(part)} ")
        and not find_degree(part)
        and not school_score(fold(part))
        and not geo.find_places(part)
    )


# The faculties Indian colleges are named after ("… College of Arts, Science & Commerce").
_SUBJECT_WORDS = r"(?:arts|sciences?|commerce|humanities|management|law|economics|education|technology|engineering)"
_SUBJECTS_RE = re.compile(rf"^{_SUBJECT_WORDS}(?:\s*(?:&|and|,)\s*{_SUBJECT_WORDS})*")


# The fields a French-speaking faculty is named after ("Faculté des Sciences Juridiques, Économiques et Sociales").
_FACULTY_FIELDS = r"(?:juridiques|economiques|sociales|politiques|humaines|exactes|naturelles|appliquees|de gestion)"
_FACULTY_END_RE = re.compile(rf"\b(?:sciences|lettres|arts) {_FACULTY_FIELDS}$")
_FACULTY_MORE_RE = re.compile(rf"^{_FACULTY_FIELDS}(?:\s*(?:,|et)\s*{_FACULTY_FIELDS})*(?: (?:de|d') ?[\w' -]+)?$")


def _subject_list(previous: str, part: str) -> bool:
    """Whether ``previous``, then ``part`` after a comma, list the subjects in one college's name: the school ends
    on a subject and the part lists more of them, or a subject alone comes before the school that lists the rest."""
    before, after = fold(previous).strip(), fold(part).strip()
    if school_score(before) >= 1 and _FACULTY_END_RE.search(before) and _FACULTY_MORE_RE.match(after):
        return True
    listed = _SUBJECTS_RE.fullmatch(after)
    if school_score(before) >= 1 and re.search(rf"\b(?:of|for) {_SUBJECT_WORDS}$", before) and listed:
        return True
    opening = _SUBJECTS_RE.match(after)
    return bool(_SUBJECTS_RE.fullmatch(before) and opening and school_score(after[opening.end() :]) >= 1)


def _school_line_in_body(body: list[str]) -> str:
    """The school of a degree whose header names none, on a short line of its own below a line or two about the
    studies (as the Europass form orders them: qualification, subjects, then "Politecnico di Milano, Milan (Italy) -
    University")."""
    for line in body[:4]:
        found = _school_line(strip_bullet(line))
        if found is not None:
            return str(found["institution"])
    return ""


_CREDENTIAL_WORDS_RE = re.compile(
    r"\b(?:erasmus\+?|exchange (?:semester|year|program(?:me)?|student)|semestre d'echange|semestre erasmus|"
    r"echange (?:erasmus|universitaire)|annee de mobilite|sejour erasmus|study abroad|semester abroad|"
    r"program(?:me)?|bootcamp|immersive|certificate|certificat|certification|professional qualification|"
    r"diploma|diplome|cycle (?:des hautes etudes|preparatoire)|executive education|leadership academy|charterholder|"
    # the qualifications a French professional driver must hold (initial and continuing), listed as studies
    r"fimo|fco|formation initiale minimale obligatoire|formation continue obligatoire|"
    # the certificates of the security and rescue trades (fire safety officer's SSIAP, lifeguard's BNSSA), the
    # brevets (a soldier's "Brevet de parachutiste militaire") and attestations of a training ("Attestation auxiliaire
    # ambulancier"), listed as studies
    r"ssiap|bnssa|brevet|attestation)\b"
)


# A committee, a grant, an award or a post named after a programme ("Graduate Certificate Committee", "Erasmus
# Scholarship", "Graduate Program Coordinator"): no study.
_NOT_CREDENTIAL_RE = re.compile(
    r"\b(?:committee|comite|scholarship|bourse|award|prize|prix|grant|fellowship|coordinator|coordinateur|officer)\b"
)


# "Diplôme de l'ENS …", "Diploma of the …": a diploma named after the school that awards it (folded).
_DIPLOMA_OF_RE = re.compile(r"^(?:diplome|diploma) (?:de l'|de la |du |des |de |d'|of (?:the )?)")
# What opens a department's name in brackets: "(département de physique)", "(section lettres)".
_DEPARTMENT_RE = re.compile(
    r"^(?i:d[ée]partement|department|section|fili[èe]re)\s+(?:(?i:des|du|de|of)\s+|(?i:d')\s*)?"
)


# A student's status at a grande école and their year, in brackets after its diploma: "élève normalien", "élève
# fonctionnaire stagiaire", "promotion 2014" (folded).
_PUPIL = r"(?:ancien(?:ne)?s? )?(?:eleve|etudiante?)s?"
_PUPIL_KINDS = r"normalien(?:ne)?|fonctionnaire|ingenieure?|titulaire"
_PUPIL_STATUS_RE = re.compile(
    rf"{_PUPIL}(?: (?:{_PUPIL_KINDS}|stagiaire|libre|auditeur|auditrice))*|normalien(?:ne)?|"
    r"promo(?:tion)? (?:\d{4}|[\w'-]+(?: [\w'-]+){0,3})"
)
# "Élève de l'École nationale des chartes", "Ancienne élève de l'École polytechnique": the school one was a student
# of (folded).
_PUPIL_OF_RE = re.compile(rf"^{_PUPIL}(?: (?:{_PUPIL_KINDS}))? (?:de l'|de la |du |des |de |a l'|a la |au )")


def _school_of_pupil(part: str) -> str:
    """The school of "Élève de l'École normale supérieure (rue d'Ulm)": the school's name, its student's words aside
    (``part`` itself for other pieces)."""
    match = _PUPIL_OF_RE.match(fold(part))
    if match is None or school_score(fold(part[match.end() :])) < 1 or not part[match.end() :][:1].isupper():
        return part
    return part[match.end() :]


def _diploma_of_school(part: str) -> str:
    """The school a diploma is named after ("Diplôme de l'ENS Paris-Saclay (département de physique)" → "ENS
    Paris-Saclay"), or "" when the part is no such diploma."""
    folded = fold(part)
    match = _DIPLOMA_OF_RE.match(folded)
    if match is None or len(part.split()) > 12:
        return ""
    school = clean(_BRACKETED_TAIL_RE.sub("", part[match.end() :]))
    if school_score(fold(school)) < 1 or find_degree(school) or not school[:1].isupper():
        return ""
    return school


# The posts held on a course, which name the course taught in brackets: a teacher's ("chargée d'enseignement,
# Université de Bordeaux (Master 2 Droit social)", "Vacataire, IAE Lyon (Licence 3 Gestion)", "Lecturer, University of
# Leeds (MSc Finance)"). A student's role on their own course names the study ("Délégué de promotion, IAE Lyon (Master 2
# Finance)", "Class Representative, University of Manchester (BSc Economics)", "Student Ambassador").
_TEACHING_POST_RE = re.compile(
    r"\b(?:charge(?:e)? d'enseignements?|charge(?:e)? de (?:cours|td|travaux diriges)|vacataire|enseignante?|"
    r"intervenante?|professeure?|maitre de conferences|ater|attachee? temporaire d'enseignement|"
    r"(?:senior |guest |visiting |associate )?lecturer|teaching (?:assistant|fellow)|graduate teaching assistant|"
    r"(?:adjunct |visiting |assistant |associate )?professor|instructor)\b"
)


def _post_on_course(before: list[str], part: str, degree: Degree) -> bool:
    """ "chargée d'enseignement, Université de Bordeaux (Master 2 Droit social)": a post held (a title among the
    pieces ``before``) at a school, on the course named in brackets (``degree`` inside an open bracket of ``part``);
    no study."""
    return part.count("(", 0, degree.start) > part.count(")", 0, degree.start) and any(
        _TEACHING_POST_RE.search(fold(other)) and not find_degree(other) for other in before
    )


# A job's title that a vocational diploma's name also makes (the studies-only "Technicien en …" / "Profesional en …" /
# "Ingénieur en …"),
# and the words of a contract or a job's terms, which no diploma's line holds.
_JOB_LIKE_DIPLOMA_RE = re.compile(r"technicien(?= en | de | d')|profesional(?= en )|ingenieure?(?= en )")
_CONTRACT_RE = re.compile(
    r"\b(?:cdd|cdi|interim|interimaire|contrat|apprentissage|alternance|alternant|apprenti|freelance|"
    r"temps (?:plein|partiel)|full-time|part-time|contrato|tiempo completo|empresa)\b"
)


def _job_named_like_diploma(parts: list[str], index: int, part: str, degree: Degree, header: str) -> bool:
    """ "Technicien en installation électrique – Eiffage, Rennes (CDD)", "Technicien de maintenance en apprentissage –
    Renault Trucks", "Profesional en Enfermería – Clínica del Country": a job held (a contract's word, or an employer
    that is no school, beside it), not the diploma of the same name ("ISTA Hôtellerie (OFPPT) | Technicien en
    Réception", "Profesional en Enfermería – Universidad Nacional de Colombia")."""
    if not _JOB_LIKE_DIPLOMA_RE.match(fold(part), degree.start):
        return False
    if _CONTRACT_RE.search(fold(header)):
        return True
    if any(number != index and school_score(fold(other)) >= 1 for number, other in enumerate(parts)):
        return False  # ("Ingénieur en informatique, EPITA, Le Kremlin-Bicêtre": a school beside it, then its town)
    for number, other in enumerate(parts):
        if number == index or not other.strip() or only_dates(other) or find_degree(other, courses=True):
            continue
        if school_score(fold(other)) >= 1 or geo.find_places(other) or not other[:1].isupper() or other.isupper():
            continue  # (a training body's acronym, "Technicien en Maintenance Informatique – OFPPT, Meknès")
        return True  # an employer's name
    return False


def post_held_on(line: str) -> bool:
    """Whether ``line`` names a post held on a course (``_post_on_course``): its school is no place of study."""
    for dates in reversed(find_date_ranges(line)):
        line = f"{line[: dates.begin]} {line[dates.stop :]}"
    line = line.strip(" :–—-|,")
    pieces = [piece.strip() for part in header_parts([line]) for piece in _pieces(part) if piece.strip()]
    for index, piece in enumerate(pieces):
        degree = find_degree(piece)
        if degree is not None:
            return _post_on_course(pieces[:index], piece, degree)
    return False


# A credential's kind that names no subject: "Attestation de formation", "Certificat de fin de stage", "Certificate of
# completion", "Training certificate" (folded).
_UNNAMED_CREDENTIAL_RE = re.compile(
    r"(?:training |completion )?(?:attestation|certificat|certificate)"
    r"(?:\s+(?:de|d'|of|du|des)?\s*(?:suivi|fin|participation|reussite|completion|attendance|formation|stage|training))*"
)


def _subject_words(part: str) -> bool:
    """Whether a part reads as what a course taught, in a phrase's words ("Gestes et postures", "Sauveteur secouriste
    du travail", "Excel avancé"), not as an organisation's name (capitalised words, initials, a school's or a
    firm's word: "AFPA", "Croix-Rouge Française", "Bureau Veritas")."""
    words = [word for word in part.split() if fold(word) not in _NAME_FILLERS]
    folded = fold(part)
    return (
        len(words) >= 2
        and words[0][:1].isupper()
        and not words[0].isupper()
        and all(word[:1].islower() for word in words[1:])
        and school_score(folded) < 1
        and org_score(folded) < 1
        and not _TRAINING_BODY_RE.search(folded)
    )


_BRACKETED_YEAR_RE = re.compile(r"\s*\((?:19|20)\d{2}\)\s*$")


def _credential(part: str) -> bool:
    """Whether a part names a course of study without a degree: capitalised, ten words at most, no school's name,
    no committee, grant or the post that runs it ("Graduate Program Coordinator")."""
    folded = fold(part)
    return (
        # ("Élève de l'École nationale des chartes – diplôme d'archiviste paléographe": a diploma's word may open
        # the piece in lower case after a dash)
        (part[:1].isupper() or re.match(r"(?:diplome|certificat)\b", folded) is not None)
        and len(part.split()) <= 10
        and bool(_CREDENTIAL_WORDS_RE.search(folded))
        and not _NOT_CREDENTIAL_RE.search(folded)
        and school_score(folded) < 1
    )


# The national families of institutes whose campus's town is part of each one's name when written without a comma
# ("Indian Institute of Technology Bombay"; after a comma, "…, Tiruchirappalli" is read as where it is).
_CAMPUS_INSTITUTE_END_RE = re.compile(
    r"\b(?:indian institute of (?:technology|management|information technology|science education and research)|"
    r"national institute of technology|international institute of information technology|"
    r"birla institute of technology(?: and science)?)$"
)
# A school's name cut after the adjective that opens it ("… Engineering, International" then "Institute of …").
_OPENING_ADJECTIVE_RE = re.compile(r"international|national|indian|royal|imperial|federal")


# A French school's name cut after one of the adjectives it opens with ("École Nationale" over "Supérieure des Mines",
# "Institut National" over "des Sciences Appliquées"): it cannot end there.
_SCHOOL_CUT_AT_ADJECTIVE_RE = re.compile(
    r"^(?:ecole|institut|universite|conservatoire)(?: (?:nationale?|superieure?|internationale?|europeenne?|"
    r"speciale))+$"
)


def _name_goes_on(line: str) -> bool:
    """A line that goes on with a school's name: capitalised or opening with "de", "des", "du", a few words, no
    degree, date or town after a comma."""
    text = clean(line)
    words = text.split()
    return (
        1 <= len(words) <= 8
        and (text[:1].isupper() or fold(words[0]) in {"de", "des", "du", "d"})
        # (a name's words: "Supérieure des Mines", not "Thèse soutenue en 1998" nor "Option Énergie")
        and capitalised_words(words)
        and not re.match(r"(?:option|stage|projet|these|parcours|specialite|majeure|mineure)\b", fold(text))
        and "," not in text
        and not any(ch.isdigit() for ch in text)
        and not find_degree(text)
    )


# One capitalised word before a school's initials in brackets ("Appliquée (ENSEA), Abidjan"): the end of a name.
_ACRONYM_AFTER_LAST_WORD_RE = re.compile(
    r"^(?!(?i:majeure|mineure|mention|option|sp[ée]cialit[ée]|sp[ée]cialisation|minor|major|programme|program|"
    r"[ée]change|exchange|parcours|fili[èe]re|track)\b)(?-i:[A-ZÀ-Ý][a-zà-ÿ'’-]+) \((?-i:[A-Z][A-Z0-9-]{1,9})\)(?:,|$)"
)


def _wrapped_name(entry: Entry) -> Entry:
    """``entry`` with a school's name that wrapped onto the line below joined again: "Université de technologie de"
    then "Belfort-Montbéliard" (the header cannot end on "de"; the short capitalised line is the name's end), or
    "INSAT (Institut" then "National des Sciences Appliquées et de Technologie)" (a bracket left open)."""
    if not entry.header:
        return entry
    header: list[str] = []
    for line in entry.header:
        if header and header[-1].count("(") > header[-1].count(")") and ")" in line:
            header[-1] = f"{header[-1].rstrip()} {line.strip()}"  # "INSAT (Institut" / "National des … Technologie)"
        elif header and _SCHOOL_CUT_AT_ADJECTIVE_RE.match(fold(header[-1]).strip()) and _name_goes_on(line):
            header[-1] = f"{header[-1].rstrip()} {line.strip()}"  # "École Nationale" / "Supérieure des Mines"
        elif header and _locative_tail(clean(line)) and _ends_with_school(header[-1]):
            header[-1] = f"{header[-1].rstrip()} {line.strip()}"  # "… – Zespół Szkół" / "Samochodowych w Toruniu"
        elif header and (track := _track_wrapped(_dates_off(header[-1])[0], clean(line))):
            # "BUT Gestion des Entreprises et des Administrations (GEA) – parcours" / "GC2F — IUT de Tours": the track's
            # name, wrapped to the next line before the school
            head, dates = _dates_off(header[-1])
            header[-1] = f"{head.rstrip()} {track[0]}{dates}"
            if track[1]:
                header.append(track[1])
        elif header and _school_cut_at_line_end(_dates_off(header[-1])[0], clean(line)):
            # "… — Université" / "Lumière Lyon 2, Bron" (the dates at the line's end after it: "… – ENAC – École |
            # 2009 – 2012" / "Nationale de l'Aviation Civile, Toulouse")
            head, dates = _dates_off(header[-1])
            header[-1] = f"{head.rstrip()} {line.strip()}{dates}"
        else:
            header.append(line)
    if header[-1].count("(") > header[-1].count(")") and entry.body and ")" in entry.body[0]:
        return replace(
            entry, header=[*header[:-1], f"{header[-1].rstrip()} {clean(entry.body[0])}"], body=entry.body[1:]
        )
    entry = replace(entry, header=header)
    if not entry.body:
        return entry
    last = fold(entry.header[-1]).rstrip()
    rest = clean(entry.body[0])
    if (
        _CAMPUS_INSTITUTE_END_RE.search(last.rstrip(","))
        and re.fullmatch(r"[A-Z][\w-]+(?: [A-Z][\w-]+)?", rest)
        and (geo.find_places(rest) or (len(rest.split()) == 1 and not function_part(rest) and not find_degree(rest)))
    ):
        # "… Indian Institute of Technology" then "Bombay": the campus that names one institute of a national family
        return replace(entry, header=[*entry.header[:-1], f"{entry.header[-1].rstrip()} {rest}"], body=entry.body[1:])
    if _locative_tail(rest) and _ends_with_school(entry.header[-1]):
        # "… – Zespół Szkół" then "Samochodowych w Toruniu": the name's end and its town, in the Polish, Czech or
        # Romanian way ("w Toruniu", "v Praze", "din București")
        return replace(entry, header=[*entry.header[:-1], f"{entry.header[-1].rstrip()} {rest}"], body=entry.body[1:])
    if rest in _WRAPPED_SCHOOL_WORDS and re.search(r"[A-ZÀ-Ý][\w'’-]+$", entry.header[-1]):
        # "… – Audencia Business" then "School": the name's last word, wrapped alone
        joined = f"{entry.header[-1].rstrip()} {rest}"
        before = fold(_HEADER_PIECES_RE.split(entry.header[-1])[-1])
        # (a name whole before it stays whole: "Institut Catholique de Paris", "Sciences Po"; a name cut on the word
        # a school's word follows, or of one word, was cut: "Audencia Business", "Imperial")
        if school_score(fold(_HEADER_PIECES_RE.split(joined)[-1])) > school_score(before) and (
            not school_score(before) or len(before.split()) == 1 or before.split()[-1] in _WRAPPED_BEFORE_WORDS
        ):
            return replace(entry, header=[*entry.header[:-1], joined], body=entry.body[1:])
    numbered = _university_number_wrapped(entry.header[-1], rest)
    if numbered:
        return replace(entry, header=[*entry.header[:-1], numbered], body=entry.body[1:])
    if not _TRAILING_CONNECTOR_RE.search(last) and not _TRAILING_ARTICLE_RE.search(last):
        head, dates = _dates_off(entry.header[-1])
        if _school_cut_at_line_end(head, rest):
            return replace(entry, header=[*entry.header[:-1], f"{head.rstrip()} {rest}{dates}"], body=entry.body[1:])
        return entry
    named = _BRACKETED_TAIL_RE.sub("", rest)  # "Mulhouse (Mulhouse)": the town in brackets is no part of the name
    name_end, comma, town = named.partition(", ")
    known = geo.find_places(town) or re.fullmatch(r"[A-ZÀ-Ý][\w'’-]+", town)
    if comma and known and _NAME_TAIL_RE.match(_ELIDED_RE.sub("", name_end)):
        named = name_end  # "Montréal, Montréal": the name's end, then the school's town
    elif comma and known and _LOWER_NAME_TAIL_RE.fullmatch(name_end) and not find_degree(name_end):
        # "École de formation des sous-officiers de" then "l'armée de l'air, Rochefort": a French name goes on in
        # lower case after its connector, its town after a comma
        return replace(entry, header=[*entry.header[:-1], f"{entry.header[-1].rstrip()} {rest}"], body=entry.body[1:])
    # ("CFA de" then "l'Automobile Lyon Rhône, Lyon": the name goes on with an elided article)
    if not _NAME_TAIL_RE.match(_ELIDED_RE.sub("", named)) or any(ch.isdigit() for ch in rest) or find_degree(named):
        return entry  # ("Lycée Le" over "BTS Communication": the diploma, not the name's end)
    return replace(entry, header=[*entry.header[:-1], f"{entry.header[-1].rstrip()} {rest}"], body=entry.body[1:])


_LOCATIVES = frozenset({"w", "we", "v", "ve", "din"})


def _locative_tail(text: str) -> bool:
    """Capitalised words, then "w", "v" or "din" and a capitalised town, and nothing else: "Samochodowych w Toruniu",
    "ekonomická v Praze" is not (a lower-case word is a sentence's)."""
    words = text.split()
    if not 3 <= len(words) <= 7 or any(ch.isdigit() for ch in text):
        return False
    at = next((i for i, word in enumerate(words) if word in _LOCATIVES), -1)
    return at >= 1 and at == len(words) - 2 and all(word[:1].isupper() for i, word in enumerate(words) if i != at)


def _ends_with_school(line: str) -> bool:
    """ "… – Zespół Szkół", "2000 – 2004 Universitatea": a line that ends on a school's word, its name cut there (not
    "Uniwersytet Warszawski", a whole name)."""
    words = fold(re.split(r"\s+[–—-]\s+|,\s+", line)[-1]).split()
    return bool(words) and (words[-1] in _CUT_SCHOOL_WORDS or (len(words) == 1 and school_score(words[0]) > 0))


# The words of Polish, Czech and Romanian schools' names that the rest of the name follows ("Zespół Szkół
# Samochodowych", "Szkoła Główna", "Vysoká škola", "Universitatea Politehnica").
_CUT_SCHOOL_WORDS = frozenset({"szkol", "szkola", "skola", "universitatea", "academia", "politechnika", "uniwersytet"})


# The year a diploma was awarded, said in a remark ("Intec – Cnam, Paris – Obtenu en 2022", "…, diplôme obtenu en
# 2016").
_AWARDED_IN_RE = re.compile(
    r"(?:\s*[–—,-]\s*)?\b(?:diplome |diploma )?(?:obtenu|obtenue|valide|validee|obtained|awarded|graduated)\s+"
    r"(?:en|in)\s+(?P<year>(?:19|20)\d\d)\b",
    re.I,
)


def _without_award_years(texts: list[str]) -> list[str]:
    """The lines with the year a remark says the diploma was awarded taken out when one of the two lines above ends
    its dates in that year: the entry's own dates say it, and the remark's year would open an entry of its own."""
    out = list(texts)
    for index, text in enumerate(texts):
        folded = fold(text)
        match = _AWARDED_IN_RE.search(folded)
        if match is None or index == 0 or len(folded) != len(text):
            continue
        above = [line for line in texts[max(0, index - 2) : index] if find_date_ranges(line)]
        ends = {r.end[:4] for line in above for r in find_date_ranges(line) if r.end}
        if find_degree(text) is not None and any(find_degree(line) is not None for line in above):
            continue  # ("DSCG obtenu en 2021" under another degree: a qualification of its own, with its year)
        if match.group("year") in ends:
            out[index] = clean(f"{text[: match.start()]} {text[match.end() :]}")
    return out


# A year or a range opening a line, then a colon or a dash: "2009 : Licence …", "2018 – 2020 – Master …".
_OPENING_DATES_SEPARATOR_RE = re.compile(r"\s*[:–—|-]\s")


# What a dated bullet under a degree names when it details it (a prize, a thesis, a stay), no study of its own (folded).
_BULLET_DETAIL_RE = re.compile(
    r"\b(?:prix|prize|award|bourse|scholarship|fellowship|memoire|these|thesis|dissertation|sejour|visiting|internship)\b"
)


def _dated_bullet_unmarked(text: str) -> str:
    """ "• 2009 : Licence Administration économique et sociale – Université Lumière Lyon 2": a bullet opened by its
    year, then a degree or a course and its school, is an entry of the list, not a duty under one; its bullet goes, so
    that the year heads it (a bullet's year counts only before a job's title in the grouping)."""
    if not is_bullet(text):
        return text
    plain = strip_bullet(clean(text))
    ranges = find_date_ranges(plain)
    separator = _OPENING_DATES_SEPARATOR_RE.match(plain, ranges[0].stop) if ranges and ranges[0].begin == 0 else None
    if separator is None:
        return text
    rest = plain[separator.end() :]
    if not 2 <= len(rest.split()) <= 16:
        return text
    item = education_from_entry(Entry(header=[rest]))
    if item is None or not item.get("institution") or school_score(fold(item["institution"])) < 1:
        return text
    if not item.get("studyType") and _BULLET_DETAIL_RE.search(fold(rest)):
        return text  # ("• 2015 : Prix du meilleur mémoire – Université de Poitiers": a detail of the degree above)
    return plain


def _name_past_dates(text: str) -> str:
    """ "… — École Mohammadia | 2014–2017 d'Ingénieurs, Rabat": a school's name the line cut, its dates set at the
    right margin, and the name's end on the next row joined after them; the name is made whole again, the dates
    kept at the end."""
    head, bar, after = text.rpartition(" | ")
    if not bar:
        return text
    ranges = find_date_ranges(after)
    if len(ranges) != 1 or ranges[0].begin != 0:
        return text
    dates, rest = after[: ranges[0].stop].strip(), after[ranges[0].stop :].strip()
    if not rest or not only_dates(dates):
        return text
    connected = _TRAILING_CONNECTOR_RE.search(fold(head)) and _NAME_TAIL_RE.match(
        _ELIDED_RE.sub("", _BRACKETED_TAIL_RE.sub("", rest).partition(", ")[0])
    )
    if connected or _school_cut_at_line_end(head, rest):
        return f"{head} {rest} | {dates}"
    # A degree's name cut the same way: "Spécialisation en soins intensifs et aide médicale | 2018 – 2019 urgente",
    # "DAEFLE (Diplôme d'aptitude à l'enseignement du français langue | 2016 étrangère)": a phrase's last words in
    # lower case, or the end of a bracket left open.
    opened = head.count("(") > head.count(")")
    if find_degree(head, courses=True) is not None and (
        (opened and rest.endswith(")") and rest.count(")") == 1 and "(" not in rest)
        or (not opened and _PHRASE_END_RE.fullmatch(rest))
    ):
        return f"{head} {rest} | {dates}"
    return text


# The last words of a phrase cut at a line's end: one to three words in lower case.
_PHRASE_END_RE = re.compile(r"[a-zà-ÿ][\w'’-]*(?: [a-zà-ÿ][\w'’-]*){0,2}")


_ELIDED_RE = re.compile(r"^(?:l|d)['’](?=[A-ZÀ-Ý])")
# The end of a French school's name in lower case, a few words with their articles: "l'armée de l'air", "la santé".
_LOWER_NAME_TAIL_RE = re.compile(r"(?:(?:l|d)['’])?[a-zà-ÿ][\w'’-]*(?: (?:(?:l|d)['’])?[a-zà-ÿ][\w'’-]*){0,4}")


# Universities numbered in their town ("Université Paris 1 Panthéon-Sorbonne", "Université Lyon 2"), and a line
# that ends on the school's word alone ("Université", "École"): the name goes on below.
_NUMBERED_UNIVERSITY_RE = re.compile(
    r"universite (?:de )?(?:paris|lyon|lille|bordeaux|toulouse|aix-marseille|grenoble)"
)
_UNIVERSITY_NUMBER_RE = re.compile(r"(?:[1-9]|1[0-3]|[IVX]{1,4})(?: [A-ZÀ-Ý][\w'’-]+){0,3}")
# A school's word alone on a line, the end of a name wrapped before it ("Audencia Business" / "School").
_WRAPPED_SCHOOL_WORDS = frozenset({"School", "College", "Institute", "University", "Academy"})
# The words a school's word follows in a name ("Business School", "Law School", "Medical College") (folded).
_WRAPPED_BEFORE_WORDS = frozenset(
    {"business", "law", "medical", "graduate", "management", "engineering", "design", "art", "arts", "music", "drama"}
)
# A numbered university's name, its number last ("Université Paris 1"), or cut before its number ("Université Jean
# Moulin Lyon"), the towns whose universities are numbered (folded).
_NUMBER_TOWNS = r"(?:paris|lyon|lille|bordeaux|toulouse|aix-marseille|grenoble|montpellier|rennes|strasbourg|nancy)"
_NUMBERED_END_RE = re.compile(rf"^universite\b.*\b{_NUMBER_TOWNS} (?:[1-9]|1[0-3]|[ivx]{{1,4}})$")
_BEFORE_NUMBER_RE = re.compile(rf"^universite\b.*\b{_NUMBER_TOWNS}$")
_HEADER_PIECES_RE = re.compile(r"\s+[–—-]\s+|,\s+|\s+\|\s+")
# The numbered universities' own names, written after their number (folded).
_NUMBERED_NAME_RE = re.compile(
    r"pantheon-sorbonne|pantheon-assas|pantheon sorbonne|pantheon assas|assas|sorbonne nouvelle|paris-sorbonne|"
    r"rene descartes|descartes|pierre et marie curie|denis diderot|diderot|vincennes(?:[- ]saint-denis)?|"
    r"nanterre|paris-sud|paris-nord|paris-est|val-de-marne|creteil|dauphine|claude bernard|lumiere|jean moulin|"
    r"charles de gaulle|capitole|jean jaures|le mirail|mirail|paul sabatier|provence|mediterranee|paul cezanne|"
    r"joseph fourier|pierre mendes[- ]france|stendhal|paul valery|haute[- ]bretagne|louis pasteur|marc bloch|"
    r"robert schuman|henri poincare|victor segalen|michel de montaigne|montesquieu|sud|nord|est|ouest"
)


def _university_number_wrapped(line: str, rest: str) -> str:
    """``line`` with the end of a numbered university's name that a narrow cell or column wrapped onto ``rest`` put
    back, or "": "… , Université Paris 1" then "Panthéon-Sorbonne" (its name after its number); "Université Jean Moulin
    Lyon | Licence Droit" then "3" (its number alone, the university's cell wrapped before it)."""
    pieces = _HEADER_PIECES_RE.split(line.strip())
    if re.fullmatch(r"[1-9]|1[0-3]|[IVX]{1,4}", rest):
        cut = [piece for piece in pieces if _BEFORE_NUMBER_RE.match(fold(piece))]
        if len(cut) == 1 and line.count(cut[0]) == 1:
            return line.replace(cut[0], f"{cut[0]} {rest}")
        return ""
    words = rest.split()
    if (
        pieces
        and _NUMBERED_END_RE.match(fold(pieces[-1]))
        and _NUMBERED_NAME_RE.fullmatch(fold(rest).strip())
        and 1 <= len(words) <= 3
        and all(re.fullmatch(r"[A-ZÀ-Ý][\w'’-]+", word) for word in words)
        and not school_score(fold(rest))
        and not find_degree(rest)
        and not _lone_place(rest)
    ):
        return f"{line.rstrip()} {rest}"
    return ""


_BARE_SCHOOL_WORDS = frozenset({"universite", "ecole", "institut", "lycee", "university", "college"})
_NAME_END_RE = re.compile(r"[A-ZÀ-Ý][\w'’-]+(?: (?:[A-ZÀ-Ý][\w'’-]+|\d{1,2}|de|des|du|d'\w+|l['’][A-ZÀ-Ý][\w'’-]+))*")


# What follows a school's name on the next line without being part of it: its section, option or honours.
_SECTION_WORDS = r"(?:section|option|mention|filiere|specialite|parcours|serie|classe|en alternance|alternance)\b"


# A degree's line cut after the word that names its track ("… (GEA) – parcours", "…, option") (folded).
_TRACK_CUT_RE = re.compile(r"(?:^|[–—,:-])\s*(?:parcours|option|specialite|mention|filiere|majeure)\s*$")


def _track_wrapped(line: str, following: str) -> tuple[str, str] | None:
    """The track's name that opens ``following`` and the rest of it, when ``line`` ends on the word that names a
    track ("… – parcours" over "GC2F — IUT de Tours"); None otherwise. The name is a few words, no school's nor
    degree's."""
    if not _TRACK_CUT_RE.search(fold(line)):
        return None
    pieces = [*re.split(r"(\s[–—-]\s|,\s)", following, maxsplit=1), "", ""]
    value, rest = pieces[0].strip(), pieces[2].strip()
    if (
        not value
        or len(value.split()) > 4
        or school_score(fold(value))
        or find_degree(value, courses=True)
        or find_date_ranges(value)
    ):
        return None
    return value, rest


def _dates_off(line: str) -> tuple[str, str]:
    """A line and its dates set after a bar at its end ("… – École | 2009 – 2012"), apart; the line and ""."""
    head, bar, after = line.rpartition(" | ")
    if bar and only_dates(after):
        return head, f"{bar}{after}"
    return line, ""


# A lone word shaped like a field of study, no school's given name ("Électrotechnique", "Comptabilité", "Tourisme").
_FIELD_LIKE_WORD_RE = re.compile(r"[a-z]+(?:ique|ie|tion|sion|ite|ment|isme|ure|erie)")


def _school_cut_at_line_end(line: str, rest: str) -> bool:
    """ "… — Lycée Jean" then "Moulin, Roubaix", "… — École Mohammadia" then "d'Ingénieurs, Rabat": a school's name
    the line cut after a given name or before its connector, the rest of it and the school's town on the next line
    (a date set at the right margin may have come between)."""
    name_end, comma, town = _BRACKETED_TAIL_RE.sub("", rest).partition(", ")
    school = re.split(r"\s+[–—-]\s+|,\s+|\s+\|\s+", line)[-1]
    adjective = bool(re.search(r"\b(?:nationale?|superieure?)$", fold(school)))
    if not comma and adjective:
        # "École Nationale Supérieure" then "d'Informatique et d'Analyse des Systèmes — Rabat": the town after a dash
        pieces = [*re.split(r"(\s[–—]\s)", _BRACKETED_TAIL_RE.sub("", rest), maxsplit=1), "", ""]
        name_end, comma, town = (piece.strip() for piece in pieces[:3])
        if not _LONG_OF_RE.match(name_end):
            return False
    elif not comma and given_name_hits(school.split()[-1] if school.split() else ""):
        # "Université Jean" then "Monnet – Saint-Étienne": a given name's surname, then a town the gazetteer knows
        # (not "Lycée Saint Louis" then "Section Européenne – Paris")
        pieces = [*re.split(r"(\s[–—]\s)", _BRACKETED_TAIL_RE.sub("", rest), maxsplit=1), "", ""]
        name_end, comma, town = (piece.strip() for piece in pieces[:3])
        if not geo.find_places(town) or re.match(_SECTION_WORDS, fold(name_end)):
            return False
    if (
        not comma
        and fold(school) in _BARE_SCHOOL_WORDS
        and clean(line) != school
        and not name_end.isupper()
        and _NAME_END_RE.fullmatch(name_end)
        and len(name_end.split()) <= 5
        and not find_degree(name_end)
        and not re.match(_SECTION_WORDS, fold(name_end))
    ):
        return True  # "… – Université" then "Claude Bernard Lyon 1": the name alone on the next line, no town
    placed = bool(geo.find_places(town)) or bool(re.fullmatch(r"[A-ZÀ-Ý][\w'’-]+", town))
    if not comma or not placed:
        return False
    if _NUMBERED_UNIVERSITY_RE.fullmatch(fold(school)) and _UNIVERSITY_NUMBER_RE.fullmatch(name_end):
        return True  # "… — Université Paris" then "1 Panthéon-Sorbonne, Paris": the university's number and name
    if fold(school) in _BARE_SCHOOL_WORDS and _NAME_END_RE.fullmatch(name_end) and not find_degree(name_end):
        return True  # "… — Université" then "Lumière Lyon 2, Bron": the line cut right after the school's word
    words = school.split()
    if (
        len(words) == 2
        and fold(words[0]) in _BARE_SCHOOL_WORDS
        and words[1].islower()
        and _NAME_END_RE.fullmatch(name_end)
        and len(name_end.split()) <= 3
        and not find_degree(name_end)
        and not re.match(_SECTION_WORDS, fold(name_end))
        and not geo.find_places(name_end)
        and not _FIELD_LIKE_WORD_RE.fullmatch(fold(name_end))
    ):
        # "… — Lycée hôtelier" then "Sainte-Anne, Saint-Nazaire": the school's word and its kind, cut before its name
        return True
    if (
        len(words) == 3
        and fold(words[0]) in _BARE_SCHOOL_WORDS
        and words[1].islower()
        and words[2][:1].isupper()
        and re.fullmatch(r"[A-ZÀ-Ý][\w'’-]+", name_end)
        and not find_degree(name_end)
        and not re.match(_SECTION_WORDS, fold(name_end))
        and not geo.find_places(name_end)
        and not geo.find_places(words[2])
        and not school_score(fold(name_end))
        # (the town after the comma, not a département, a region or a country: "Chaptal" over "Plougastel,
        # Finistère", "Fontaines" over "Bourgogne, France" end at the school's name)
        and geo.french_area(name_end) is None
        and geo.french_area(town) is None
        and not any(place[0] == "country" for place in geo.find_places(town))
    ):
        # "… — Lycée professionnel Porte" then "Océane, Le Havre": the school's word and its kind, cut inside its
        # name of two words (not its town: "Lycée professionnel Dijon")
        return True
    if any(ch.isdigit() for ch in rest):
        return False
    if not school_score(fold(school)) or find_degree(school) or find_degree(name_end):
        return False
    last_word = school.split()[-1] if school.split() else ""
    # (after an opening adjective the rest of the name may be long: "École Nationale Supérieure" then
    # "d'Informatique et d'Analyse des Systèmes")
    return bool(
        (_WRAPPED_OF_RE.match(name_end) and len(name_end.split()) <= 3)
        or (adjective and _LONG_OF_RE.match(name_end) and len(name_end.split()) <= 7)
        or (
            given_name_hits(last_word)
            and len(school.split()) >= 2
            and re.fullmatch(r"[A-ZÀ-Ý][\w'’-]+(?: [A-ZÀ-Ý][\w'’-]+)?", name_end)
            and not school_score(fold(name_end))
        )
    )


# A grande école's programme, named without its degree (which the CV may write after it).
_PROGRAMME_RE = re.compile(r"(?:programme )?grande ecole\b")


# The full name a business school's acronym stands next to ("IAE Paris – Sorbonne Business School", "IAE Lyon –
# School of Management"): a generic name with no school's acronym of its own (not "HEC – MIT Sloan …").
_SCHOOL_FULL_NAME_RE = re.compile(
    r"^(?![^,]*\b[A-Z]{3,}\b)[^,]*\b(?i:business school|school of (?:management|business)|management school|"
    r"graduate school of (?:management|business))$"
)


# A business school's generic name alone, which its acronym stands before ("ESCP" + "Business School").
_GENERIC_FULL_NAME_RE = re.compile(r"(?i:business school|school of management|management school)")


_INITIAL_SKIPPED = frozenset(["de", "d", "du", "des", "la", "le", "l", "et", "en", "of", "in", "the", "and", "for"])


def _initials(text: str) -> str:
    words = re.findall(r"[^\W\d_]+", fold(text))
    return "".join(word[0] for word in words if word not in _INITIAL_SKIPPED).upper()


def _degree_spelled_out(parts: list[str]) -> list[str]:
    """ "DEC" + "Diplôme d'Expertise Comptable": a degree's initials, then its name after a dash, are one degree
    (read by its full name: the initials alone may name another country's diploma)."""
    out: list[str] = []
    for part in parts:
        previous = out[-1] if out else ""
        if (
            previous.isupper()
            and 2 <= len(previous) <= 6
            and previous.isalpha()
            and find_degree(part) is not None
            and _initials(part) == previous
        ):
            out[-1] = f"{previous} – {part}"
            continue
        out.append(part)
    return out


def _degree_cut_at_dash(parts: list[str], header: str) -> list[str]:
    """ "Formation initiale" + "auditeur de justice": a course that names its grade after a dash is one degree (the
    header was cut at the dash; neither piece names it alone)."""
    out: list[str] = []
    for part in parts:
        previous = out[-1] if out else ""
        if previous and find_degree(previous, courses=True) is None and find_degree(part, courses=True) is None:
            for dash in (" – ", " - ", " — "):
                whole = f"{previous}{dash}{part}"
                found = find_degree(whole, courses=True) if whole in header else None
                if found is not None and found.start == 0 and found.end > len(previous) + len(dash):
                    out[-1] = whole
                    break
            else:
                out.append(part)
            continue
        out.append(part)
    return out


def _listed_before(acronym: str, header: str) -> bool:
    """Whether ``acronym`` ends a list in ``header`` ("spécialités SES / HLP — Lycée Saint-Just"): a subject's
    initials, the last of those listed, no school's."""
    return bool(re.search(rf"[/,&+]\s*{re.escape(acronym)}\s+[–—-]", header))


def _acronym_and_name(parts: list[str], header: str) -> list[str]:
    """ "WHU – Otto Beisheim School of Management", "IAE Paris – Sorbonne Business School": a school's acronym (and
    perhaps its town) then its full name after a dash is one name, as the school writes it."""
    out: list[str] = []
    for part in parts:
        previous = out[-1] if out else ""
        shaped = bool(_ACRONYM_RE.fullmatch(previous)) or _acronym_of_a_place(previous)
        if shaped and _GENERIC_FULL_NAME_RE.fullmatch(part) and f"{previous} {part}" in header:
            out[-1] = f"{previous} {part}"  # "ESCP" + "Business School": the name wrapped after its acronym
            continue
        if (
            previous
            and shaped
            and not find_degree(previous)
            and not find_degree(part)
            and not _listed_before(previous, header)
            and school_score(fold(part)) >= 1
            and (
                school_score(fold(previous)) == 0
                or (_acronym_of_a_place(previous) and _SCHOOL_FULL_NAME_RE.search(part))
                # (a known school's initials, then its name spelled out: "ENAC – École Nationale de l'Aviation Civile")
                or _initials(part) == previous
            )
        ):
            for dash in (" – ", " - ", " — "):
                if f"{previous}{dash}{part}" in header:
                    out[-1] = f"{previous} – {part}"
                    break
            else:
                out.append(part)
            continue
        out.append(part)
    return out


# A subject and its grade in brackets ("Sociology (A)", "Maths (A*)", "Physics (7)"), as school-leaving exams list them.
_GRADED_SUBJECT_RE = re.compile(r"[^\W\d_][\w &'’.-]{1,40}\s\((?:[A-E]\*{0,2}|[1-9]|[AB]\*?/[A-E])\)")


# A labelled line naming the school or the diploma: its label, which is no part of the name.
_SCHOOL_LABEL_RE = re.compile(rf"^\s*{SCHOOL_LABEL}\s*:\s*(?=\S)", re.IGNORECASE)


def education_from_entry(entry: Entry) -> dict[str, Any] | None:
    entry = _wrapped_name(entry)
    parts = [
        piece.strip()
        for part in header_parts(entry.header)
        for piece in _pieces(_SCHOOL_LABEL_RE.sub("", part))
        if piece and piece.strip()
    ]
    stays = [part for part in parts if _ABROAD_RE.search(fold(part))]
    if stays and len(stays) == len(parts) == 1:
        # "Semestre Erasmus à l'Universidad de Salamanca (Espagne)", an entry of its own: the stay, then its school
        parts = _stay_and_school(parts[0])
    elif stays and len(stays) < len(parts):
        # (the school of a term abroad is no school of its own; a degree written before its stay keeps its name: "BA
        # (Hons) French with a year abroad in Paris")
        parts = [_before_stay(part) if part in stays else part for part in parts]
        parts = [part for part in parts if part]
    parts = [_school_of_pupil(part) for part in parts]
    parts = _join_numbered([_school_named_in(part) for part in parts], " ".join(entry.header), entry.header)
    parts = _degree_spelled_out(_acronym_and_name(parts, " ".join(entry.header)))
    parts = _degree_cut_at_dash(parts, " ".join(entry.header))
    # "A-levels: Government & Politics (A), Sociology (A)": the subjects sat and their grades, no school.
    parts = [part for index, part in enumerate(parts) if not (index and _GRADED_SUBJECT_RE.fullmatch(part))]
    item: dict[str, Any] = {}
    level: int | None = None
    degree_index = -1
    credential = False  # the studies are a credential named by no degree's word ("Attestation auxiliaire ambulancier")
    from_diploma = ""  # the school a diploma's name names, when no other is written
    for index, part in enumerate(parts):
        if index and fold(part).strip(". ") in _STATE_CODES and _STATE_AFTER_CITY_RE.search(f"{parts[index - 1]}, "):
            continue  # "Harvard University, Cambridge, MA": the state of the city before it
        degree = find_degree(part, courses=True)
        if degree is not None and degree.key == "training" and any(find_degree(other) for other in parts[index + 1 :]):
            continue  # "Formation Secrétaire médicale" over "Titre professionnel …": the diploma it led to
        if (
            degree is not None
            and equivalence_of(part)
            and any(foreign_degree(other) for other in parts if not equivalence_of(other))
        ):
            # "Diplôme reconnu équivalent Master (ENIC-NARIC)" under "Ingeniería Civil": its worth, not it (a French
            # title's equivalence, "Titre RNCP niveau I" / "Equivalent to a Masters Degree", tells its level)
            continue
        if (
            degree is not None
            and _school_programme(part)
            and any(find_degree(other, courses=True) for number, other in enumerate(parts) if number != index)
        ):
            continue  # "HES-SO Master" under "Master of Science HES-SO in Engineering": the school's master's school
        if (
            degree is not None
            and _cpge_centre(part)
            and any(find_degree(other, courses=True) for number, other in enumerate(parts) if number != index)
        ):
            continue  # "CPGE Lycée Moulay Idriss" over "Preparatory Classes (ECS)": where the classes were taken
        if (
            degree is not None
            and degree.key == "schoolyear"
            and any(
                (other_degree := find_degree(other, courses=True)) is not None and other_degree.key != "schoolyear"
                for other in parts[index + 1 :]
            )
        ):
            continue  # "Terminale S – Baccalauréat S obtenu": the diploma the year ended with is the degree
        if (
            degree is not None
            and _PROGRAMME_RE.fullmatch(fold(part[degree.start :]).strip())
            and index + 1 < len(parts)
        ):
            inner = find_degree(parts[index + 1])
            if inner is not None and inner.key == degree.key and inner.start == 0:
                # "Programme Grande École – Master in Management": the programme's degree, with its field.
                continue
        if degree is not None and _post_on_course(parts[:index], part, degree):
            return None
        if degree is not None and _job_named_like_diploma(parts, index, part, degree, " ".join(entry.header)):
            return None
        if degree is not None and _RNCP_LEVEL_RE.fullmatch(fold(part[degree.start : degree.end])):
            # A professional title of the national register, named by the occupation it certifies: "Architect in
            # Digital Technology (RNCP Level 7)", its level in brackets; "Epitech | Expert en technologies de
            # l'information" over "Titre RNCP niveau 7", its level alone on a line of its own
            before = part[: degree.start].rstrip()
            titled = -1
            if before.endswith("(") and before[:-1].strip() and part.rstrip().endswith(")"):
                titled = index
            elif not before and not strip_punct(part[degree.end :]):
                titled = next((j for j, other in enumerate(parts) if j != index and _occupation_named(other)), -1)
            if titled >= 0:
                item["studyType"] = clean(parts[titled])
                level = degree.level
                degree_index = titled
                break
        named_before = part[: degree.start].rstrip(" (") if degree is not None and degree.key.startswith("bac+") else ""
        if degree is not None and named_before and _diploma_of_school(named_before):
            # "Diplôme de l'EFAP (Bac+5), spécialisation Relations presse": a school's own diploma, its level after it
            item["studyType"] = clean(named_before)
            level = degree.level
            closing = part.find(")", degree.end)
            area = _area_after(part, closing + 1) if "(" in part[: degree.start] and closing >= 0 else ""
            if area:
                item["area"] = area
            degree_index = index
            break
        if degree is not None:
            # ("Master 2", "BA (Hons)", "Honours BSc": the year of a French master's and the British and Canadian
            # honours degree are part of the diploma's name, which recruiters read.)
            start, end = degree.start, degree.end
            grade = _DEGREE_GRADE_RE.match(part, end)
            if (
                grade
                and grade.group().strip() == "3"
                and (
                    not fold(part[start:end]).startswith(("licence", "bachelor", "but"))
                    or re.match(r"[A-DF-Za-df-z]", part[grade.end() : grade.end() + 1])
                )
            ):
                # (a third year: "Licence 3", "Licence 3ème année", "BUT 3", "Bachelor 3"; not "BTS 3 mois", "BA 3
                # years", "Licence 3D")
                grade = None
            end = grade.end() if grade else end
            numbered = _PROGRAMME_NUMBER_RE.match(part, end) if degree.key == "master" else None
            end = numbered.end() if numbered else end  # "Master 225 – Finance d'entreprise": the master's number
            awarded = _AWARDING_SCHOOL_RE.match(part, end)
            end = awarded.end() if awarded else end  # "Master of Science HES-SO in Engineering"
            honours = _HONOURS_BEFORE_RE.search(part[:start])
            start = honours.start() if honours else start
            item["studyType"] = clean(strip_punct(part[start:end]))
            level = None if degree.key == "schoolyear" else degree.level  # (a class attended: no diploma's rung)
            track = _CPGE_TRACK_RE.match(part, end) if degree.key == "cpge" else None
            area = clean(track.group("track")) if track else _area_after(part, end)
            if track is not None:
                # "Classes préparatoires MPSI – MP*", "PTSI / PT*": the two years' tracks, which the header's pieces
                # were cut between
                more = _tracks_after(parts[index + 1 :], part[track.start() : track.end()], " ".join(entry.header))
                if more:
                    area = clean(more[0])
                    parts = [*parts[: index + 1], *parts[index + 1 + more[1] :]]
            listed = _listed_fields(parts[index + 1 :], area, " ".join(entry.header)) if area else []
            if listed:
                # "Licence professionnelle Assurance, Banque, Finance": the field's list, cut at its commas;
                # "Master of Industrial Sciences: Electromechanics", its speciality after a colon
                area += "".join(f"{separator}{field}" for separator, field in listed)
                parts = [*parts[: index + 1], *parts[index + 1 + len(listed) :]]
            if area:
                item["area"] = area
            bracketed = _BRACKETED_AREA_RE.match(part, end) if area and not listed else None
            school = clean(part[bracketed.end() :]) if bracketed else ""
            if (
                bracketed is not None
                and school[:1].isupper()
                and not _LEADING_CONNECTOR_RE.match(school)
                and school_score(fold(school)) >= 1
                and find_degree(school) is None
            ):
                # "Intermediate (MPC) Narayana Junior College | Board of Intermediate Education": a table's cells
                # run together, the school after the degree's field in brackets is a part of its own
                parts = [*parts[:index], clean(part[: bracketed.end()]), school, *parts[index + 1 :]]
            degree_index = index
            break
    if degree_index < 0:
        # No degree: an exchange semester, an executive programme, a bootcamp or a certificate is still what was
        # studied there ("Semestre d'échange Erasmus", "Advanced Management Program", "CIMA Professional
        # Qualification"), with no level on the scale.
        for index, part in enumerate(parts):
            if _credential(part):
                # ("Diploma Computer Engineering (May": a bracket the dates' removal left open goes with them.)
                opened = part.rfind("(")
                # ("diplôme d'archiviste paléographe (2018)": the year it was awarded in brackets goes too)
                written = _BRACKETED_YEAR_RE.sub("", part[:opened] if opened > part.rfind(")") else part)
                item["studyType"] = clean(strip_punct(written))
                degree_index = index
                credential = True
                break
            if (
                _TITLE_STUDIED_RE.match(fold(part))
                and _occupation_named(part)
                and any(school_score(fold(other)) >= 1 for other in parts if other != part)
            ):
                # "Expert en technologies de l'information — Epitech Paris": a professional title, named by the
                # occupation it certifies, at its school
                item["studyType"] = clean(part)
                degree_index = index
                break
            school = _diploma_of_school(part)
            if school:
                # "Diplôme de l'ENS Paris-Saclay (département de physique)": a grande école's own diploma, named after
                # it (its department in brackets is the field); with no other school written, the school it names
                bracket = _BRACKETED_TAIL_RE.search(part)
                item["studyType"] = clean(strip_punct(part[: bracket.start()] if bracket else part))
                # ("(élève normalien, département informatique)": the student's status and year are no field)
                remarks = bracket.group().strip(" ()").split(", ") if bracket else []
                remarks = [remark for remark in remarks if not _PUPIL_STATUS_RE.fullmatch(fold(remark).strip())]
                department = _DEPARTMENT_RE.sub("", ", ".join(remarks))
                # (not the school's own initials: "Diplôme de l'Institut Technique de Banque (ITB)")
                if (
                    department
                    and not any(ch.isdigit() for ch in department)
                    and not school_score(fold(department))
                    and department != _initials(school)
                ):
                    item["area"] = clean(department)
                if not any(school_score(fold(other)) >= 1 for other in parts if other != part):
                    parts.append(school)
                    from_diploma = school
                degree_index = index
                break
    named = ""
    if degree_index >= 0:
        found = find_degree(parts[degree_index], courses=True)
        if found is not None and found.key == "cpge" and _CPGE_TRACK_RE.match(parts[degree_index], found.end):
            found = None  # "Classe préparatoire HEC (ECS)": the track, named after the schools it prepares for
        named = _school_beside_degree(parts[degree_index], found) if found else ""
        if named and not any(fold(named) in fold(p) for i, p in enumerate(parts) if i != degree_index):
            parts.append(named)
            start = parts[degree_index].find(named)
            overlapping = "area" in item and fold(named).split()[0] in fold(item["area"]).split()
            if ("area" not in item or overlapping) and found and start > found.end:
                area = _area_after(parts[degree_index][:start], found.end)
                if area and fold(area).strip(" '’") not in _ARTICLES:
                    item["area"] = area
                elif overlapping:
                    # "Doctorat de l'Université Montpellier 2 – Écologie, …": the school's article is no field
                    del item["area"]
    others = [(i, p) for i, p in enumerate(parts) if i != degree_index]
    programme = parts[degree_index + 1] if 0 <= degree_index < len(parts) - 1 else ""
    if item.get("studyType") and _PROGRAMME_RE.fullmatch(fold(programme).strip()):
        # "MSc in Management – Grande École – HEC Paris": the grande école's programme the degree is taken in, part of
        # its name (no school: "Grande École" names none)
        key = "area" if item.get("area") else "studyType"
        item[key] = f"{item[key]} – {clean(programme)}"
        others = [(i, p) for i, p in others if i != degree_index + 1]
    if item.get("area") and any(fold(p) == fold(item["area"]) and _plausible_school(p) for _, p in others):
        # "Diplôme d'ingénieur ISARA" over "ISARA – Lyon": the words after the degree are its school's name, written
        # again as the school
        del item["area"]
    for i, part in others:
        major = _MAJOR_RE.match(part)
        if major:
            if "area" not in item:
                item["area"] = clean(strip_punct(major.group("area")))
            others = [(j, p) for j, p in others if j != i]
            break
    # ("Candidat libre, académie de Paris": the education authority a diploma was sat under, no school; written alone
    # on its line as the CV writes its schools, "Académie de Rennes" over "CAFIPEMF, option …", it stands for one)
    lines = {clean(line) for line in entry.header}
    others = [(i, p) for i, p in others if not _ACADEMY_RE.fullmatch(fold(p).strip()) or clean(p) in lines]
    # ("UFR STAPS Lyon 1": a university's own institute, named by its initials)
    schools = [
        (i, p)
        for i, p in others
        if (
            school_score(fold(p)) >= 1
            or _cpge_centre(p)
            or _UNIVERSITY_INSTITUTE_RE.match(fold(p))
            or _ENGINEERING_SCHOOL_RE.match(p)
        )
        and _name_length(p) <= 12
    ]
    # "Diplôme de l'EFAP (Bac+5)" over "EFAP — Paris", "Diplôme de l'EFAP – Expert en communication (RNCP niveau 7)":
    # a diploma named after its school, its level or its title the degree, names the school, no school's name itself
    schools = [(i, _diploma_of_school(p) or p) for i, p in schools if not (_diploma_of_school(p) and len(schools) > 1)]
    # "MCA from Ajay Kumar Garg Engineering College, affiliated to Dr. A.P.J. Abdul Kalam Technical University": the
    # college is where the person studied; the university it is affiliated to only awards the degree.
    attended = [(i, p) for i, p in schools if not _AFFILIATED_RE.match(fold(p))]
    schools = attended or schools
    # (the doctoral school beside the university: "Doctorat — École doctorale SHS, Université de Lille")
    schools = [(i, p) for i, p in schools if not _DOCTORAL_SCHOOL_RE.match(fold(p))] or schools
    # "Law School, University of Verona", "School of Engineering, University of Leeds": a school with no name of its
    # own is known by its university's.
    named_schools = [(i, p) for i, p in schools if not _generic_unit(p)]
    if any(_WHOLE_UNIVERSITY_RE.match(fold(p).strip()) for _, p in named_schools):
        schools = named_schools
    # "Loyola University Chicago, Chicago, IL — Marcella Niehoff School of Nursing", "Boston College — Lynch School
    # of Education": a school of a university named after the university is where in it the degree was taken; the
    # university is the institution. (Named before it, a college is the one attended, affiliated to the university:
    # "Khalsa College of Education, Amritsar, Guru Nanak Dev University")
    written = " ".join(entry.header)
    universities = [written.find(p) for _, p in schools if _UNIVERSITY_NAMED_RE.search(fold(p)) and not unit_named(p)]
    if any(at >= 0 for at in universities):
        first = min(at for at in universities if at >= 0)
        schools = [(i, p) for i, p in schools if not (unit_named(p) and written.find(p) > first)]
    # "Licence – Économie-Gestion – Université de Lyon": the part right after the degree is its field when
    # another part names the school.
    if degree_index >= 0 and "area" not in item:
        following = [
            (i, p)
            for i, p in others
            if i == degree_index + 1
            and school_score(fold(p)) == 0
            and not _ENGINEERING_SCHOOL_RE.match(p)
            and not _UNIVERSITY_INSTITUTE_RE.match(fold(p))
        ]
        # ("Diplôme de qualification pédagogique – Enseignement secondaire qualifiant" over "CRMEF Fès-Meknès": words
        # in sentence case after the degree name its field when another part may name the school; alone, they may
        # be a school's name without a school's word: "Maison familiale rurale", "Alliance française")
        phrase = bool(
            following
            and _sentence_case(following[0][1])
            and any(_plausible_school(p) for i, p in others if i != following[0][0])
        )
        # ("Diplôme de l'IEP, section Relations internationales – IEP de Lyon": the section, option or track the
        # part names is the field, its word aside)
        section = _SECTION_PART_RE.match(following[0][1]) if following else None
        # (a credential names what it certifies: the one part after it on its line is where it was taken, "Attestation
        # auxiliaire ambulancier - IRFSS Croix-Rouge française")
        alone = len(others) == 1 and entry.header and len(entry.header) == 1 and not credential
        # (but a credential that names no subject is followed by its subject in words, "Attestation de formation –
        # Gestes et postures": no organisation's name is written so)
        subject = bool(
            following
            and credential
            and _UNNAMED_CREDENTIAL_RE.fullmatch(fold(strip_punct(parts[degree_index])))
            and _subject_words(following[0][1])
        )
        # ("B.Tech, Electronics and Communication Engineering — JNTU Hyderabad": another part is shaped as a school's
        # name, its initials and its town, with no school's word; the part after the degree is its field)
        shaped = bool(
            following
            and not _shaped_school(following[0][1])
            and any(_shaped_school(p) for i, p in others if i != following[0][0])
        )
        if following and (schools or alone or phrase or section or subject or shaped):
            area = clean(strip_punct(following[0][1][section.end() :] if section else following[0][1]))
            grades = _NOT_SCHOOL_WORDS.intersection(re.findall(r"[a-z']+", fold(area)))
            if area and len(area.split()) <= 8 and not geo.find_places(area) and not find_degree(area) and not grades:
                # ("Doctorat de l'Université Montpellier 2 – Écologie, Évolution, Ressources Génétiques": the field's
                # list after the school, cut at its commas)
                rest = [(i, p) for i, p in others if i > following[0][0]]
                listed = [] if section else _listed_fields([p for _, p in rest], area, " ".join(entry.header))
                item["area"] = area + "".join(f"{separator}{field}" for separator, field in listed)
                taken = {following[0][0]} | {i for i, _ in rest[: len(listed)]}
                others = [(i, p) for i, p in others if i not in taken]
    institution = ""
    school_index = -1
    if schools:
        school_index, institution = max(schools, key=lambda pair: school_score(fold(pair[1])))
    else:
        for _, part in others:
            places = geo.find_places(part)
            # ("Montpellier SupAgro": a word shaped as a school writes its name, beside its town)
            shaped = any(_CAMEL_RE.fullmatch(word) for word in part.split())
            if _school_programme(part) and degree_index >= 0:
                institution = part  # "HES-SO Master"
                break
            if part != item.get("area") and (not places or len(part.split()) > 2 or shaped) and _plausible_school(part):
                institution = part
                break
            if part != item.get("area") and _acronym_of_a_place(part):
                institution = part  # "JNTU Hyderabad", "IIM Ahmedabad"
                break
            # "ICHEC (Bruxelles)": a school's name with its town in brackets, the school alone a name of its own
            bare, place = _bracketed_town(part)
            if place and part != item.get("area") and not geo.find_places(bare) and plausible_institution(bare):
                institution = part
                break
    if institution and school_index < 0:
        school_index = next((i for i, part in others if part == institution), -1)
    # "Attestation de capacité professionnelle …" over "Promotrans, Valence": a course named by no degree's word
    if (
        institution
        and degree_index < 0
        and school_index >= 0
        and entry.dates is not None
        and _named_school(institution)
    ):
        course = _course_beside_school(parts, school_index, entry.header, item.get("area", ""))
        if course:
            item["studyType"] = course
    if not institution and "studyType" in item:
        institution = _school_line_in_body(entry.body)
    elif institution and institution in (named, from_diploma) and entry.body:
        # "KEDGE Bachelor" over "KEDGE Business School, Marseille", "Diplôme d'ingénieur Arts et Métiers" over "École
        # Nationale Supérieure d'Arts et Métiers, Paris": the line below gives the school's full name. Under a diploma
        # named after a school, it gives the school ("Diplôme de l'École normale supérieure" over "École normale
        # supérieure de Lyon"), or the body that awards the diploma ("Diplôme de l'Institut Technique de Banque (ITB)"
        # over "CFPB").
        below = _school_line(strip_bullet(clean(entry.body[0])))
        full = str(below["institution"]) if below else ""
        if full and (
            _words_within(institution, full)
            or (
                institution == from_diploma
                and (_squashed_within(institution, full) or _TRAINING_BODY_RE.search(fold(full)))
            )
        ):
            institution = full
    generic = re.sub(r"^(?:the|l'|la|le) ?", "", fold(strip_punct(institution))) in _GENERIC_SCHOOL_WORDS
    if institution and not generic and not _names_group(fold(institution)):
        # A remark in brackets goes ("(Extension)", "(Paris)"); the school's own acronym stays: it is how people
        # name it, and search for it ("Université libre de Bruxelles (ULB)", "… Félix Houphouët-Boigny (INP-HB)").
        # So does the full name after the acronym ("ENIT (École Nationale d'Ingénieurs de Tunis)").
        bracket = re.search(r"\s*\(([^()]*)\)\s*$", institution)
        before = institution[: bracket.start()].strip() if bracket else ""
        spelled_out = bool(
            bracket
            and _ACRONYM_RE.fullmatch(before)
            and fold(bracket.group(1))[:1] == fold(before)[:1]
            and school_score(fold(bracket.group(1))) >= 1
        )
        # So does the university an institute of its own belongs to ("CEIPI (Université de Strasbourg)", "IAE
        # (Université de Lille)"): part of how the institute is named and known.
        university = bool(
            bracket
            and _WHOLE_UNIVERSITY_RE.match(fold(bracket.group(1)).strip())
            and not _WHOLE_UNIVERSITY_RE.match(fold(before))
        )
        if (
            bracket
            and not spelled_out
            and not university
            and (not _ACRONYM_RE.fullmatch(bracket.group(1)) or _university_of(before, bracket.group(1)))
        ):
            institution = institution[: bracket.start()]
        institution = _AFFILIATED_RE.sub("", institution)
        institution = _SCHOOL_REMARK_RE.sub("", institution) or institution
        item["institution"] = clean(strip_punct(institution))
    if not item or (
        not item.get("studyType")
        and _DOCTORAL_SCHOOL_RE.match(fold(item.get("institution", "")))
        and not _OWN_THESIS_RE.search(_DOCTORAL_SCHOOL_PIECE_RE.sub(" ", fold(" ".join(entry.header + entry.body))))
    ):
        # ("École doctorale des Sciences Chimiques (ED 222) – soutenance prévue en décembre 2025", dated, under the
        # doctorate: where its student was enrolled, no studies of its own)
        return None
    if entry.dates is not None:
        if entry.dates.start and entry.dates.end and entry.dates.start != entry.dates.end:
            item["startDate"] = entry.dates.start
            item["endDate"] = entry.dates.end
        elif entry.dates.current and entry.dates.start:
            item["startDate"] = entry.dates.start
        elif entry.dates.end:
            item["endDate"] = entry.dates.end
    written = fold(item.get("studyType", "") + " " + item.get("area", ""))
    if level == 0 and _UNIVERSITY_BACCALAUREATE_RE.match(written) and _UNIVERSITY_RE.search(fold(institution)):
        level = 3  # "Baccalauréat en administration des affaires, Université Laval": Québec's bachelor's degree
    if level is not None:
        item["_level"] = level
    return item


def _course_beside_school(parts: list[str], school: int, header: list[str], area: str) -> str:
    """What was studied at a school when no degree's word names it: the header's other pieces, a training's or a
    licence's own name ("Attestation de capacité professionnelle en transport routier" over "Promotrans, Valence",
    "SSIAP 2 – Chef d'équipe de service de sécurité incendie — CNPP, Vernon", "Short course in Fashion Styling" over
    "Studio Berçot, Paris"). Not a place, a grade, a stay, a school or a sentence; the pieces of one line written
    together are taken as the line writes them."""
    if any(_initials(part) == parts[school] for part in parts):
        return ""  # "CPA – Certified Public Accountant": the acronym is the credential's, no school's
    run: list[int] = []
    for index, part in enumerate(parts):
        after_school = index > school and _same_line(parts[school], part, header)
        if index == school or after_school or not _course_piece(part, area):
            # (after the school on its line, its town: "IUT de Thionville-Yutz — Yutz")
            if run:
                break
            continue
        if run and not _same_line(parts[run[-1]], part, header):
            break
        if not run and not part[:1].isupper() and not part[:1].isdigit():
            continue  # ("defended 4 December 2020": what a line says of the school's studies, no name)
        run.append(index)
    if not run:
        return ""
    first, last = parts[run[0]], parts[run[-1]]
    course = clean(strip_punct(first))
    for line in header:
        start = line.find(first)
        end = line.find(last, start + len(first)) if len(run) > 1 else start
        if start >= 0 and end >= 0:
            course = clean(strip_punct(line[start : end + len(last)]))
            break
    if _GENERIC_COURSE_RE.fullmatch(fold(course)):
        return ""  # ("Professional training", "Formations complémentaires": the sub-heading above the course)
    for index, part in enumerate(parts):
        bare = fold(re.sub(r"\([^)]*\)", " ", part)).strip()
        if index != school and (
            _POST_HELD_RE.match(bare) or (_POST_HELD_RE.search(bare) and not _COURSE_WORD_RE.search(bare))
        ):
            # ("Vacataire – Formation continue", "Graduate Research Assistant (GRA)", "Chargée de mission Formation
            # continue (CMFC)": a post held there, opening its piece or beside no course's word)
            return ""
    bracket = re.search(r"\(([A-Z]{2,6})\)$", course)
    if _COURSE_WORD_RE.search(fold(course)) or (bracket and _initials(course[: bracket.start()]) == bracket.group(1)):
        return course
    # ("Director of Career Services", "Board Member", "Department of Political Science": a post held there, or its
    # unit; a credential is named by a course's word or by its initials in brackets: "Project Management Professional
    # (PMP)")
    return ""


def _named_school(text: str) -> bool:
    """A school's word, or a name written as one (capitalised words, no firm's form): "Promotrans", "Le Wagon",
    "AFTRAL"; not "Estimation Inc" or "Responsible for supervising faculty"."""
    folded = fold(text)
    if school_score(folded) >= 1:
        return True
    # (an ampersand joins a name's words: "Wine & Spirit Education Trust")
    words = [word for word in text.split() if fold(word) not in _NAME_FILLERS and word != "&"]
    return bool(words) and all(word[:1].isupper() or word.isdigit() for word in words) and not org_score(folded)


def _same_line(before: str, part: str, header: list[str]) -> bool:
    return any(before in line and part in line[line.find(before) + len(before) :] for line in header)


def _course_piece(part: str, area: str) -> bool:
    """A header piece that may name a course: some words, not only a place, a grade, a date's word, a school or a
    sentence."""
    folded = fold(part).strip()
    words = folded.split()
    if not 1 < len(words) <= 14 or folded == fold(area).strip() or ":" in part or part.rstrip().endswith("."):
        return False
    if not any(len(word) >= 3 and word.isalpha() for word in words):
        return False
    places = geo.find_places(part)
    if places and len(" ".join(place for _, place, *_ in places).split()) >= len(words) - 1:
        return False  # ("Valence", "Bourg-en-Bresse", "Paris, France": the school's town)
    if any(re.fullmatch(r"[a-z]{3,}ed", word) for word in part.split()[1:]):
        return False  # ("Responsibilities included course …": a sentence)
    return not (
        _NOT_GRADE_RE.search(folded)
        or school_score(folded) >= 1
        or _PROSE_RE.match(part)
        or _ABROAD_RE.search(folded)
        or re.search(r"\b(?:committee|council|association|society|club|board|comite|conseil)\b", folded)
    )


# Words of a grade or a remark written beside a school rather than a course's name (folded).
_NOT_GRADE_RE = re.compile(
    r"\b(?:gpa|cgpa|mention|honou?rs list|dean'?s list|cum laude|magna|summa|percentage|marks|moyenne|grade|"
    r"coursework|relevant|thesis|dissertation|memoire|expected|anticipated|graduated|graduating|pursuing|ongoing|"
    r"en cours|present|current|currently|major|minor|subjects?|(?<!level \d )award|prize|prix|scholarship|"
    r"fellowship|bourse)\b"
)
# Words that name a course of training, whatever occupation it prepares for ("Développeur Web – bootcamp 9 semaines",
# "SSIAP 2 – Chef d'équipe …", "Réviseur d'entreprises agréé", "Capacité professionnelle en assurance") (folded).
_COURSE_WORD_RE = re.compile(
    r"\b(?:bootcamp|formation|course|training|programme|program|certificate|certificat|attestation|ssiap|brevet|capacite|"
    r"qualification|level \d award|"
    r"agreee?|chartered|certified|specialisation|city (?:&|and) guilds|\d+ ?(?:h|heures|hours))\b"
)
# (a course's hours of teaching name one, "POEI Gestionnaire administrative (400 heures)"; a length of time in weeks or
# months names none: "bootcamp 9 semaines" has its word, "Visiting Student (6 months)" or "Année de césure (12 mois)"
# is a stay)
# A post held at a school, or a student's role there (folded).
_POST_HELD_RE = re.compile(
    _TEACHING_POST_RE.pattern + r"|\b(?:(?:teaching|research|graduate|lab(?:oratory)?|student) assistant|"
    r"assistante? (?:de recherche|d'enseignement)|attachee?|charge(?:e)? de (?:mission|recherche)|doctorante?|"
    r"(?:doctoral|phd|visiting) (?:student|researcher|scholar)|researcher|chercheur|chercheuse|research fellow|"
    r"postdoc|moniteur|monitrice|representante?|deleguee?|president|presidente|tresoriere?|secretaire|ambassador|"
    r"ambassadeur|ambassadrice|mentor|tutor|tuteur|tutrice|coordinator|coordinateur|coordinatrice|director|directeur|"
    r"directrice|responsable pedagogique|advisor|adviser|officer|member|membre)\b"
)
# A sub-heading's words, no course's name ("Professional training", "Autres formations", "Online courses") (folded).
_GENERIC_COURSE_RE = re.compile(
    r"(?:(?:other|additional|further|professional|online|short|continuing|complementary|autres?|formations?|"
    r"complementaires?|continues?|professionnelles?|courses?|trainings?|certifications?|development|en ligne|and|et|"
    r"&)\s*)+"
)


# The track written after a preparatory class ("Classe préparatoire ECE", "Classe préparatoire HEC (ECS)", "Classes
# préparatoires MPSI – MP*"): its field, though "HEC" or "ECE" name schools too.
_CPGE_TRACKS = r"(?:HEC|ECE|ECS|ECG|ECT|MPSI|PCSI|PTSI|MP2I|BCPST|TSI|ATS|MP|PC|PSI|PT|BL|B/L|A/L|TB|ENS)\*?"
# (between the first year's track and the second's: "MPSI – MP*", "PTSI / PT*", "MPSI et MP*")
_CPGE_JOINER = r"(?:\s*[–—/-]\s*|\s+(?:et|puis|and|then)\s+)"
_CPGE_NEXT_TRACK_RE = re.compile(rf"{_CPGE_TRACKS}")
_CPGE_TRACK_RE = re.compile(
    rf"\s*(?:[:–—-]\s*)?(?P<track>{_CPGE_TRACKS}(?:{_CPGE_JOINER}{_CPGE_TRACKS})*(?:\s*\({_CPGE_TRACKS}\))?"
    rf"(?:\s+(?i:option|voie)\s+[\w ]+)?)(?![\w*])"
)
# The words of a preparatory class's track after "CPGE" ("CPGE Scientifique", "CPGE Économique et commerciale"), unlike
# a centre's name (folded).
_CPGE_TRACK_TEXT = """
    scientifique scientifiques economique economiques commerciale litteraire litteraires lettres technologique maths
    math mathematiques physique biologie sup spe specialisee
"""
_CPGE_TRACK_WORDS = frozenset(_CPGE_TRACK_TEXT.split())


# A school's acronym and the word of the degrees it teaches, the name of its school of those degrees ("HES-SO Master",
# the Swiss universities of applied sciences' master's school; "KEDGE Bachelor").
_SCHOOL_PROGRAMME_RE = re.compile(r"(?P<acronym>[A-Z][A-Z&]{1,6}(?:-[A-Z]{1,4})?) (?:Master|Bachelor)")


def _tracks_after(following: list[str], track: str, header: str) -> tuple[str, int] | None:
    """The preparatory classes' tracks as ``header`` writes them, when the pieces ``following`` the one ending with
    ``track`` go on with the second year's ("MPSI" then "MP*"): the tracks written whole and how many pieces they
    took, or None."""
    taken = 0
    written = track.strip()
    for part in following:
        if not _CPGE_NEXT_TRACK_RE.fullmatch(part.strip()):
            break
        joined = re.search(re.escape(written) + _CPGE_JOINER + re.escape(part.strip()) + r"\*?(?![\w*])", header)
        if joined is None:
            break
        written = joined.group()
        taken += 1
    return (written, taken) if taken else None


def _school_programme(part: str) -> bool:
    match = _SCHOOL_PROGRAMME_RE.fullmatch(part.strip())
    return bool(match and not find_degree(match.group("acronym")))


def _cpge_centre(part: str) -> bool:
    """ "CPGE Moulay Youssef", "CPGE Lycée Moulay Idriss": a centre of preparatory classes named after its lycée or
    its patron, as the Maghreb's are (not a class's track: "CPGE MP", "CPGE Scientifique")."""
    match = re.match(r"CPGE\s+([A-ZÀ-Ý][\w'’-]*)", part.strip())
    return bool(
        match
        and not match.group(1).isupper()
        and fold(match.group(1)) not in _CPGE_TRACK_WORDS
        and not find_degree(match.group(1))
    )


# France's education authorities, the académies (the rectorat of a region): an external candidate ("candidat libre")
# sits a diploma under one, at no school (folded).
_ACADEMY_RE = re.compile(
    r"academie (?:de |d')(?:paris|versailles|creteil|lyon|grenoble|aix-marseille|nice|montpellier|toulouse|bordeaux|"
    r"poitiers|limoges|clermont(?:-ferrand)?|nantes|rennes|caen|rouen|normandie|amiens|lille|reims|nancy-metz|"
    r"strasbourg|besancon|dijon|orleans-tours|corse|la reunion|la guadeloupe|la martinique|la guyane|mayotte)"
)


# A school's acronym: "ULB", "UQAM", "INP-HB", "HEdS", "UMONS" (two capitals at least, no space).
_ACRONYM_RE = re.compile(r"(?=(?:[^A-Z]*[A-Z]){2})[A-Z][A-Za-z&-]{1,9}")
# "affiliated to", and its common misspelling "affilated to", before the university that awards a college's degrees.
_AFFILIATED = r"(?:affiliated|affilated)\s+(?:to|with|under)\s+"
_AFFILIATED_RE = re.compile(rf"^\(?\s*{_AFFILIATED}", re.I)
# The same words ending a line's text up to a school's name, a few words (the university's first ones) apart.
_AFFILIATED_BEFORE_RE = re.compile(rf"\b{_AFFILIATED}(?:\S+\s+){{0,4}}$")


# A stay at another school during the studies, written after the entry's own school or degree ("year abroad at
# Université Lyon 3", "semestre d'échange à HEC Montréal", "Exchange semester at University of Mannheim"): where
# the person spent a term, not where the degree was taken ("Semestre Erasmus au Politecnico di Milano").
_ABROAD_RE = re.compile(
    r"\b(?:year abroad|exchange (?:semester|year|term|program(?:me)?)|semestre (?:d'echange|erasmus|a l'etranger)|"
    r"annee (?:d'echange|erasmus|de mobilite)|semestre de mobilite|study abroad|semester abroad|erasmus(?! mundus)|"
    # (a term of the studies spent elsewhere, said so: "including one year at Université Paris-Sud, Orsay", "dont un
    # semestre à l'Université Laval")
    r"(?:including|incl\.|dont|y compris) (?:one|a|an|two|1|2|un|une|deux) (?:academic )?"
    r"(?:year|semester|term|annee|semestre)s?|"
    r"(?:^|(?<=[-,;(] )|(?<=d'))echange(?=(?: universitaire| academique| international| d'un an| d'une annee|"
    r" d'un semestre)? (?:a|au|aux|en|chez|at|in) ))\b"
    r"[^.;]*?"
    r"\s(?:at|a|au|aux|in|en|chez)\s+\S"
)


# A line saying what a foreign degree is recognised as ("Equivalent to a B.Sc. in Computer Engineering", "Diplôme
# reconnu équivalent Master (ENIC-NARIC France)", "Attestation de comparabilité"): the level the diploma above it is
# worth, no diploma of its own (folded).
# (not "diplôme reconnu par l'État", which says a private school's diploma is the state's)
_EQUIVALENCE_RE = re.compile(
    r"\b(?:(?:equivalent|equivalente|equivalence|recogni[sz]ed as|comparable (?:to|a)|comparabilite|naric)\b|"
    r"equiv\.)"
)


# Degrees of Spanish- and Portuguese-speaking countries, whose French or English equivalence a CV states under them.
_FOREIGN_DEGREE_RE = re.compile(
    r"\b(?:ingenieria|licenciatura|maestria|especializacion|tecnicatura|tecnologo|bachiller|diplomado|posgrado|"
    r"profesional en|mestrado|bacharelado|licenciado|licenciada|titulo de)\b"
)


def foreign_degree(line: str) -> bool:
    """Whether ``line`` names a degree of a Spanish- or Portuguese-speaking country ("Ingeniería Civil")."""
    return bool(_FOREIGN_DEGREE_RE.search(fold(line)))


def equivalence_of(line: str) -> bool:
    """Whether ``line`` states the equivalence of a foreign degree (``_EQUIVALENCE_RE``) rather than names one."""
    return bool(_EQUIVALENCE_RE.search(fold(line)))


def abroad_on(line: str, school: str) -> bool:
    """``school`` is written on ``line`` as the school of a stay abroad during the studies (``_ABROAD_RE``)."""
    if _ABROAD_RE.search(fold(school)):
        return True  # ("Semestre Erasmus au Politecnico di Milano" read whole as a school: the stay itself)
    folded = fold(line)
    at = folded.find(fold(school)[:12])
    match = _ABROAD_RE.search(folded)
    return at > 0 and match is not None and match.start() < at


# The words that say a degree is wanted, not held, right before it in a sentence: "trouver une entreprise pour mon BTS
# NDRC en alternance", "je souhaite préparer un Master", "en vue d'intégrer une licence pro", "to pursue an MSc",
# "seeking an apprenticeship for my BTS" (folded).
_SOUGHT_DEGREE_RE = re.compile(
    r"(?:\bpour (?:mon|ma|un|une)|"
    r"\b(?:preparer|integrer|poursuivre|rejoindre|suivre) (?:en |un |une |le |la |mon |ma )?|"
    r"\ben vue d'(?:integrer |obtenir |un |une )?|"
    r"\b(?:to pursue|to study|to join|towards|for my|admission (?:to|into)|admis(?:e)? en)(?: an| a| the)?)\s*$"
)


def sought_on(line: str, degree: str) -> bool:
    """``degree`` is written on ``line`` as the studies the person wants to enter ("pour mon BTS NDRC en alternance"):
    an objective's words, no degree held or being taken."""
    folded = fold(line)
    at = folded.find(fold(degree))
    return at > 0 and bool(_SOUGHT_DEGREE_RE.search(folded[:at]))


# A branch, a shop or an office named after the place it serves, before that place's name: "Agence de Pau Université",
# "Magasin de Lyon Part-Dieu" (folded).
_BRANCH_BEFORE_RE = re.compile(
    r"\b(?:agence|succursale|bureau|magasin|boutique|antenne|point de vente|branch|office|store|shop)\s+"
    r"(?:de |du |des |d'|of |at )?$"
)


# School words that are ordinary words or names as well ("Caisse Centrale de Réassurance", "Mines de Carmaux", "Campus
# Prestige", "Imperial Tobacco"): alone, on a job's line, they make no school of a name (folded).
_AMBIGUOUS_SCHOOL_WORDS = frozenset(
    {"centrale", "mines", "ponts", "telecom", "campus", "imperial", "anna", "kings", "em"}
)


def school_named_plainly(name: str) -> bool:
    """Whether ``name`` holds a school's word that is no ordinary word too ("Université de Pau", not "Caisse Centrale
    de Réassurance")."""
    words = [word for word in fold(name).split() if word not in _AMBIGUOUS_SCHOOL_WORDS]
    return school_score(" ".join(words)) >= 1


def whole_university(text: str) -> bool:
    """Whether ``text`` names a university whole ("University of Gaza", "Université de Lyon"), no unit of one."""
    return bool(_WHOLE_UNIVERSITY_RE.match(fold(clean(strip_bullet(text))).strip()))


def branch_on(line: str, school: str) -> bool:
    """``school`` is written on ``line`` as the place a branch serves ("Agence de Pau Université" under "Conseiller
    clientèle"): the workplace's name, no school."""
    folded = fold(line)
    at = folded.find(fold(school))
    return at > 0 and bool(_BRANCH_BEFORE_RE.search(folded[:at]))


def affiliated_on(line: str, school: str) -> bool:
    """``school`` is written on ``line`` as the university a college is affiliated to ("…, affiliated to Utkal
    University in 2012"): it awards the degree; the person studied at the college."""
    at = fold(line).find(fold(school)[:12])
    return at > 0 and bool(_AFFILIATED_BEFORE_RE.search(fold(line)[:at]))


def _university_of(name: str, acronym: str) -> bool:
    """``acronym`` names the university that awards a college's degrees, not the college: "RV College of
    Engineering (VTU)". A university's acronym ends in "U"; the college's name has no university in it, and its
    words' initials do not spell the acronym (as "Université de Mons (UMONS)" or "… Québec à Montréal (UQAM)" do)."""
    words = re.findall(r"[a-z0-9]+", fold(name))
    short = "".join(letter for letter in fold(acronym) if letter.isalnum())
    if not words or not short.endswith("u") or any(word.startswith("univers") for word in words):
        return False
    letters = iter(word[0] for word in words)
    return not (all(letter in letters for letter in short) or words[-1] in short)


# What a sentence says after the school's name: "University of Mumbai in 2013 with 58%" (the year already taken out),
# "with First Class", "securing 8.2 CGPA".
_SCHOOL_REMARK_RE = re.compile(
    r"\s+(?:(?:in|during)\s*(?:(?:19|20)\d\d\b|$|(?=with\b))|with\s+(?:\d|first\b|second\b|third\b|distinction|"
    r"honou?rs|merit|an?\s+(?:aggregate|cgpa|gpa|percentage|score)|aggregate|cgpa|gpa|percentage|score)|"
    r"(?:by\s+)?(?:securing|secured|scoring|scored|having)\b).*$",
    re.I,
)


# At a university, Québec's "baccalauréat" ("en administration", "ès sciences") is a bachelor's degree; France's
# "baccalauréat général" or "série S", taken at a lycée, ends secondary school. So is Peru's "Bachiller en
# Administración Hotelera" at a universidad, not the "Bachiller Académico" of a Colombian colegio.
_UNIVERSITY_BACCALAUREATE_RE = re.compile(
    r"^(?:baccalaureate?|bachiller)\b(?! (?:en |es )?(?:serie|option|filiere|mention|general|professionnel|"
    r"technologique)\b)"
)
_UNIVERSITY_RE = re.compile(
    r"\buniversit[ey]\b|\buniversidad\b|\buq[a-z]{1,3}\b|\bhec montreal\b|\bpolytechnique montreal\b"
)


def _stay_and_school(part: str) -> list[str]:
    """A stay's words and its school, apart: "Semestre Erasmus à l'Universidad de Salamanca (Espagne)" →
    "Semestre Erasmus", "Universidad de Salamanca (Espagne)"; the part whole when what follows names no school."""
    folded = fold(part)
    match = _ABROAD_RE.search(folded)
    if match is None or len(folded) != len(part):
        return [part]
    connector = re.search(r"\s(?:at|a|au|aux|in|en|chez)\s+$", folded[: match.end() - 1])
    school = _ELIDED_RE.sub("", part[match.end() - 1 :].strip())
    stay = clean(strip_punct(part[: connector.start()])) if connector else ""
    if not stay or not _credential(stay) or school_score(fold(_BRACKETED_TAIL_RE.sub("", school))) < 1:
        return [part]
    return [stay, school]


def _before_stay(part: str) -> str:
    """The degree ``part`` names before the stay abroad it tells of ("BA (Hons) French" of "BA (Hons) French with a year
    abroad in Paris"), or "" (a stay alone)."""
    stay = _ABROAD_RE.search(fold(part))
    if stay is None or not _degree_before_stay(part):
        return ""
    head = part[: stay.start()].rstrip(" ,;(–—-")
    return re.sub(r"\s+(?:with|avec|dont|including|incl\.?|et|and)(?:\s+(?:a|an|one|une?|the))?$", "", head, flags=re.I)


def _degree_before_stay(line: str) -> bool:
    """Whether ``line`` names a degree before the stay abroad it tells of."""
    stay = _ABROAD_RE.search(fold(line))
    return stay is not None and find_degree(line[: stay.start()], courses=True) is not None


def _degree_anchored(texts: list[str]) -> list[Entry]:
    """One entry per line that names a degree, with the lines after it (entries written as sentences: "B.Ed. from
    Khalsa College of Education in 2016 with 78% marks."); a sentence's one period is its entry's."""
    entries: list[Entry] = []
    # "Établissement : Université Côte d'Azur, Nice" over "Licence Arts du spectacle": the school first, each entry
    # opened by its school's line
    # (the studies' own words count, as in an entry: "• Première générale – Lycée Kléber" over "• Brevet des collèges")
    degrees = [find_degree(strip_bullet(text), courses=True) is not None for text in texts]
    school_first = (
        len(texts) > 1
        and not degrees[0]
        and school_score(fold(texts[0])) >= 1
        and degrees[1]
        # (one degree under each school: "University of Minnesota" over its master's and its bachelor's is one
        # school's two degrees, each its own entry)
        and not any(a and b for a, b in pairwise(degrees))
    )
    for index, text in enumerate(texts):
        opens = school_score(fold(text)) >= 1 and not degrees[index] if school_first else degrees[index]
        if opens or not entries:
            ranges = find_date_ranges(text)
            entries.append(Entry(header=[text], dates=ranges[0] if len(ranges) == 1 else None))
        elif len(entries[-1].header) < 3 and len(text.split()) <= 12:
            entries[-1].header.append(text)
    return entries


# The competitive examinations of teachers and civil servants, passed at no school ("CAPES externe de mathématiques",
# "Agrégation d'histoire", "Concours de personnel de direction"): what a course leads to, not a course (folded).
_COMPETITIVE_RE = re.compile(r"(?:capes|capet|caplp|cafep|capeps|capesa|capeta|agregation|crpe|concours)\b")


# The occupations the professional titles of the national register are named after, with what they cover
# (folded): "Expert en technologies de l'information", "Manager de la stratégie digitale", "Concepteur développeur
# d'applications".
_TITLE_STUDIED_RE = re.compile(
    r"(?:expert|experte|manager|architecte|concepteur|conceptrice|developpeur|developpeuse|designer)"
    r"(?: [a-z]+)? (?:en|de|d'|du|des)\b"
)
# The level of a professional title on the national register (folded).
_RNCP_LEVEL_RE = re.compile(r"(?:titre (?:rncp|professionnel)(?: de)? |rncp (?:de )?)(?:niveau|level) [5-7]")


def _occupation_named(part: str) -> bool:
    """A capitalised piece naming an occupation, no school, degree or place: the name of a professional title ("Expert
    en technologies de l'information")."""
    folded = fold(part)
    return bool(
        part[:1].isupper()
        and title_score(folded) >= 1
        and not school_score(folded)
        and find_degree(part, courses=True) is None
        and not geo.find_places(part)
        and len(part.split()) <= 10
    )


# The most words of a degree's line that heads its entry (a header's usual length is 14: "BUT Gestion des Entreprises
# et des Administrations – parcours Contrôle entrepreneuriat et pilotage de la performance" has 16).
_LONG_DEGREE_WORDS = 24


# A school's name of a few words and the dash after it, opening a line.
_SCHOOL_THEN_DASH_RE = re.compile(r"^([^–—|,-]{3,60}?)\s[–—|-]\s")


def _long_degree_line(text: str) -> bool:
    """Whether a long line heads an entry still: it opens with a degree and its field, no sentence ("BUT Gestion des
    Entreprises et des Administrations – parcours Contrôle entrepreneuriat et pilotage de la performance")."""
    degree = find_degree(text, courses=True)
    # (or after its school's name and a dash: "Université de Montpellier — Master Biodiversité, Écologie et …")
    school = _SCHOOL_THEN_DASH_RE.match(text)
    opening = 0 if school is None or school_score(fold(school.group(1))) < 1 else school.end()
    return (
        degree is not None
        and degree.start == opening
        and len(text.split()) <= _LONG_DEGREE_WORDS
        and not text.rstrip().endswith((".", ":", ";"))
        and not _PROSE_RE.match(text)
    )


def _complete(header: list[str]) -> bool:
    """Whether an entry's header holds all it needs: a degree and its school, or a competitive examination, sat at
    no school (the line under "CAPEPS externe | 2007" is the next degree's school)."""
    item = education_from_entry(Entry(header=header))
    if item and _COMPETITIVE_RE.match(fold(item.get("studyType", ""))):
        return True
    return bool(item and item.get("studyType") and school_score(fold(item.get("institution", ""))) >= 1)


# A sign that looks like a colon, for the colon of a degree's line while the entries are grouped (``parse_education``).
_HIDDEN_COLON = "\u2236"
_HIDDEN_COMMA = "\u201a"


def _degree_colon_hidden(text: str) -> str:
    """ "BTSA Agronomie : productions végétales", "Master Droit : parcours affaires": a degree, its field, then its
    speciality after a colon. The entries' grouping reads a few words and a colon as a description's "label: value"
    line ("Missions : …"), which heads no entry; a degree opening the words before the colon heads its entry, so its
    colon is hidden from the grouping (and given back after). So are the commas of a field written as a long list
    ("Licence professionnelle Qualité, hygiène, sécurité, santé, environnement"), which the grouping reads as a
    sentence's."""
    if text.count(",") > 3:
        degree = find_degree(text, courses=True)
        if degree is not None and not strip_bullet(text[: degree.start]).strip():
            return text.replace(",", _HIDDEN_COMMA)
    label, colon, value = text.partition(":")
    if not colon or not value.strip() or not 2 <= len(label.strip()) <= 30:
        return text
    degree = find_degree(label, courses=True)
    if degree is None or label[: degree.start].strip():
        return text
    return f"{label}{_HIDDEN_COLON}{value}"


# A line drawn with signs: "=========", "---------", "_________".
_RULER_RE = re.compile(r"[=_~*#-]{3,}")


# The most lines of a header written in regular type between its bold line and its dates ("Master MEEF" / "ESPE de
# Lyon" / "2014 – 2016").
_PLAIN_HEADER_LINES = 2


def _headers_closed_by_dates(texts: list[str], bold: list[bool] | None) -> tuple[list[str], list[bool] | None]:
    """``texts`` and ``bold`` with the regular lines between a bold line and a date alone on its line counted bold:
    "Master MEEF mention second degré" (bold) / "ESPE de l'académie de Lyon" / "2014 – 2016", each entry closed by its
    dates. The school under its degree is the header's second line; the grouping, which takes only bold lines for
    headers where the first entry's are bold, would leave it to the entry above. A bullet before such a bold degree
    marks the entry, not a duty ("• BTS CRSA – …" / "Lycée Touchard-Washington — Le Mans" / "2011 – 2013"): it goes."""
    if bold is None or len(bold) != len(texts) or not any(bold):
        return texts, bold
    texts = list(texts)
    marked = list(bold)
    for index, text in enumerate(texts):
        if bold[index] or not only_dates(text):
            continue
        above = index - 1
        while (
            above >= 0
            and index - above <= _PLAIN_HEADER_LINES
            and not bold[above]
            and not is_bullet(texts[above])
            and not find_date_ranges(texts[above])
            and 0 < len(texts[above].split()) <= 12
        ):
            above -= 1
        if above >= 0 and above < index - 1 and bold[above] and not find_date_ranges(texts[above]):
            for line in range(above + 1, index):
                marked[line] = True
            if is_bullet(texts[above]) and find_degree(strip_bullet(texts[above]), courses=True) is not None:
                texts[above] = strip_bullet(clean(texts[above]))
    return texts, marked


def _towns_wrapped(texts: list[str], bold: list[bool] | None) -> tuple[list[str], list[bool] | None]:
    """``texts`` with a degree's line cut after the comma before its school's town joined again: "BEP Métiers de
    l'électrotechnique – Lycée Gustave Eiffel," (bold) over "Armentières – 2005" (regular). Its dates came with the
    town, so the grouping took the cut line for a description of the entry above and the town for an entry."""
    if not any(text.rstrip().endswith(",") for text in texts):
        return texts, bold
    marks = list(bold) if bold is not None and len(bold) == len(texts) else None
    out: list[str] = []
    kept: list[bool] = []
    skip = False
    for index, text in enumerate(texts):
        if skip:
            skip = False
            continue
        following = texts[index + 1] if index + 1 < len(texts) else ""
        ranges = find_date_ranges(following)
        town = _without_dates(following).strip(" ,·–—-|") if ranges else ""
        if (
            text.rstrip().endswith(",")
            and not is_bullet(text)
            and not find_date_ranges(text)
            and find_degree(strip_bullet(text), courses=True) is not None
            and school_score(fold(text)) >= 1
            and town
            # (a town the gazetteer knows, or one capitalised word, no degree's: "Armentières")
            and (_lone_place(town) or (re.fullmatch(r"[A-ZÀ-Ý][\w'’-]+", town) and not find_degree(town)))
        ):
            out.append(f"{text.rstrip()} {following.strip()}")
            kept.append(marks[index] if marks else False)
            skip = True
            continue
        out.append(text)
        kept.append(marks[index] if marks else False)
    return out, (kept if marks else bold)


# A line cut after a connector, its phrase going on in lower case on the next: "… parcours Mécanique des matériaux et
# des" over "structures, Université de Bordeaux (2021)".
_CUT_AT_CONNECTOR_RE = re.compile(r"\s(?:de|des|du|d'|d’|et|en|aux?|la|le|les|of|and|the|in|for)$")
_GOES_ON_RE = re.compile(r"^[a-zà-ÿ][\w'’-]*[\s,]")


def _phrases_wrapped(texts: list[str], bold: list[bool] | None) -> tuple[list[str], list[bool] | None]:
    """``texts`` with a line cut after a connector joined to the next, which goes on with the phrase in lower case
    ("Double diplôme : Master Mécanique, parcours Mécanique des matériaux et des" over "structures, Université de
    Bordeaux (2021)"): the next line's dates made it an entry of its own, with no degree, and left the degree as a
    description of the entry above."""
    marks = list(bold) if bold is not None and len(bold) == len(texts) else None
    out: list[str] = []
    kept: list[bool] = []
    for index, text in enumerate(texts):
        previous = out[-1] if out else ""
        if (
            previous
            and _CUT_AT_CONNECTOR_RE.search(previous.rstrip())
            and _GOES_ON_RE.match(text.strip())
            and not is_bullet(text)
            and find_degree(previous, courses=True) is not None
        ):
            out[-1] = f"{previous.rstrip()} {text.strip()}"
            continue
        out.append(text)
        kept.append(marks[index] if marks else False)
    return out, (kept if marks else bold)


def _fields_wrapped(texts: list[str], bold: list[bool] | None) -> tuple[list[str], list[bool] | None]:
    """``texts`` with a degree's list of fields cut after a comma joined again: "2013 | Doctorat de l'Université
    Montpellier 2 – Écologie, Évolution, Ressources Génétiques," over "Paléobiologie", the list's last item, which
    was read as a description."""
    if not any(text.rstrip().endswith(",") for text in texts):
        return texts, bold
    marks = list(bold) if bold is not None and len(bold) == len(texts) else None
    out: list[str] = []
    kept: list[bool] = []
    for index, text in enumerate(texts):
        previous = out[-1] if out else ""
        pieces = previous.rstrip().rstrip(",").split(", ")
        if (
            previous.rstrip().endswith(",")
            and len(pieces) >= 3
            and not is_bullet(previous)
            and find_degree(strip_bullet(previous), courses=True) is not None
            and not is_bullet(text)
            and not find_date_ranges(text)
            and all(_listed_field(piece) for piece in pieces[-2:])
            and _listed_field(text.strip().rstrip("."))
            and (marks is None or marks[index] == kept[-1])
        ):
            out[-1] = f"{previous.rstrip()} {text.strip()}"
            continue
        out.append(text)
        kept.append(marks[index] if marks else False)
    return out, (kept if marks else bold)


def _bold_schools_to_next(entries: list[Entry], texts: list[str], bold: list[bool] | None) -> None:
    """A school's line in bold closing an entry written in regular type, over a degree with no school: "CAPEPS externe
    2007" then "Université Paris-Est Créteil" (bold) over "Licence STAPS … 2006". The examination needs no school (see
    ``_complete``); set in bold, the line heads the next degree, as the CV's other schools do."""
    if bold is None or len(bold) != len(texts):
        return
    for entry, following in pairwise(entries):
        if not entry.body or not following.header or not entry.indexes or not following.indexes:
            continue
        last = max(entry.indexes)
        if clean(texts[last]) != clean(entry.body[-1]) or not bold[last] or bold[last - 1]:
            continue
        if bold[min(following.indexes)]:
            continue
        own = max(following.indexes)
        if following.body and own > min(following.indexes) and bold[own] and not bold[own - 1]:
            continue  # (the next degree's school in bold under it too: each school closes its own entry)
        school = _school_line(strip_bullet(clean(texts[last])))
        above = education_from_entry(replace(entry, body=entry.body[:-1]))
        below = education_from_entry(Entry(header=following.header))
        if (
            school is not None
            and above is not None
            and above.get("studyType")
            and below is not None
            and below.get("studyType")
            and not below.get("institution")
        ):
            entry.body.pop()
            following.header.insert(0, clean(texts[last]))


# The first years of a school's own course, taught there before its degree's ("Cycle préparatoire intégré", "Classes
# préparatoires intégrées", "Prépa intégrée") (folded).
_INTEGRATED_CYCLE_RE = re.compile(r"(?:cycle|classes?) preparatoires? integre(?:e?s?)?\b|prepa integree\b")


def _dates_lead(entry: Entry, texts: list[str]) -> bool:
    """Whether ``entry``'s dates open its dated line ("2022 Baccalauréat général …", "Sept. 2024 – Janv. 2025
    Semestre Erasmus à …"), not close it nor stand alone."""
    for index in entry.indexes:
        if not 0 <= index < len(texts):
            continue
        line = strip_bullet(clean(texts[index]))
        found = find_date_ranges(line)
        if found and found[0].begin == 0 and strip_punct(line[found[0].stop :]):
            return True
    return False


# A row of a list under its label in capitals, after a bar: "SKILLS | Credit analysis, Financial modelling, Excel".
_LABELLED_LIST_RE = re.compile(r"(?P<label>[A-ZÀ-Ý][A-ZÀ-Ý &'’-]{2,30}) \| (?P<list>[^|]+,[^|]+)")


def _labelled_list_row(text: str) -> bool:
    """Whether a line is another section's labelled row: the languages' ("Languages: English, Hindi"), or a list under
    a label in capitals that names no school nor degree, undated ("SKILLS | Credit analysis, Bloomberg")."""
    if LANGUAGE_LABEL_RE.match(fold(text)):
        return True
    row = _LABELLED_LIST_RE.fullmatch(text.strip())
    return bool(
        row
        and not school_score(fold(row.group("label")))
        and find_degree(row.group("label"), courses=True) is None
        and not find_date_ranges(text)
    )


def _stage_of_course(item: dict[str, Any], above: dict[str, Any]) -> bool:
    """Whether ``item`` is the integrated preparatory cycle of the degree ``above``, written under it with its own
    years within the degree's ("Diplôme d'ingénieur … 2021 – 2026" over "Cycle préparatoire intégré (2021-2023) puis
    cycle ingénieur"): the degree's first years at the same school, no studies of their own."""
    start, end = item.get("startDate") or item.get("endDate"), item.get("endDate") or item.get("startDate")
    return bool(
        _INTEGRATED_CYCLE_RE.match(fold(item.get("studyType", "")))
        and not item.get("institution")
        and above.get("institution")
        and above.get("startDate")
        and start
        and end
        and above["startDate"] <= start
        and end <= (above.get("endDate") or "9999")
    )


def parse_education(texts: list[str], bold: list[bool] | None = None) -> list[dict[str, Any]]:
    """JSON Resume ``education`` items (with a private "_level" the caller removes)."""
    texts, bold = labelled_dates_first(texts, bold)
    # ("=========" under a heading in plain text: a ruler, which would head the first entry)
    kept = [index for index, text in enumerate(texts) if not _RULER_RE.fullmatch(text.strip())]
    if len(kept) < len(texts):
        bold = [bold[index] for index in kept] if bold is not None and len(bold) == len(texts) else None
        texts = [texts[index] for index in kept]
    texts, bold = _headers_closed_by_dates(texts, bold)
    texts, bold = _towns_wrapped(texts, bold)
    texts, bold = _fields_wrapped(texts, bold)
    texts, bold = _phrases_wrapped(texts, bold)
    # ("Diplôme : BUT GEII" is read as "BUT GEII")
    texts = [_name_past_dates(_SCHOOL_LABEL_RE.sub("", _dated_bullet_unmarked(text))) for text in texts]
    texts = _without_award_years(texts)
    # ("LANGUAGES | English (native), French (intermediate)", "SKILLS | Credit analysis, Financial modelling" under a
    # "Qualifications" heading read as studies: another section's labelled row, no studies; the languages' levels
    # are no India's "Intermediate")
    kept = [index for index, text in enumerate(texts) if not _labelled_list_row(strip_bullet(text))]
    if len(kept) < len(texts):
        bold = [bold[index] for index in kept] if bold is not None and len(bold) == len(texts) else None
        texts = [texts[index] for index in kept]
    entries = group_entries(
        [_degree_colon_hidden(text) for text in texts], bold=bold, complete=_complete, long_header=_long_degree_line
    )
    for entry in entries:
        entry.header = [text.replace(_HIDDEN_COLON, ":").replace(_HIDDEN_COMMA, ",") for text in entry.header]
        entry.body = [text.replace(_HIDDEN_COLON, ":").replace(_HIDDEN_COMMA, ",") for text in entry.body]
    _bold_schools_to_next(entries, texts, bold)
    if not entries:
        entries = _degree_anchored(texts)
    items = []
    first = min((min(entry.indexes) for entry in entries if entry.indexes), default=0)
    for text in texts[:first]:
        # "Cornell University" above a block whose dates all come at its end: a school's line before the first
        # entry belongs to none, yet names where the person studied.
        orphan = None if column_heads(text) else _school_line(text)  # ("Year | Qualification | School / College")
        if orphan:
            items.append(orphan)
    # (the entries whose dates open their line, as a list dated on the left writes them)
    led = [entry for entry in entries if _dates_lead(entry, texts)]
    for entry in entries:
        item = education_from_entry(entry)
        body = entry.body
        if (
            items
            and entry.header
            and all(_ABROAD_RE.search(fold(line)) for line in entry.header)
            and not any(_degree_before_stay(line) for line in entry.header)
            # ("Sept. 2024 – Janv. 2025 Semestre Erasmus à l'Universidad de Salamanca" among "2023 – 2026 | Licence
            # LEA …" and "2022 Baccalauréat général …": an entry of the list, dated as the others are)
            and not (entry in led and len(led) >= 2)
        ):
            # "Dont un semestre d'échange à l'Università di Bologna (2015)", "Année de mobilité à l'Universidad de
            # Salamanca (2011-2012)": a term abroad during the studies above, dated on its own line, no studies of
            # its own
            continue
        if body and not item:
            # "Fall 2000 | 2005" then "Bachelor of Science, Rochester Institute of Technology": the dates came
            # first and the degree line was read as body.
            fuller = education_from_entry(Entry(header=[*entry.header, strip_bullet(body[0])], dates=entry.dates))
            if fuller and fuller.get("institution"):
                item = fuller
                body = body[1:]
            elif fuller and fuller.get("studyType") and len(body) > 1 and _school_line(strip_bullet(body[1])):
                # ("A-levels: Politics (A), Sociology (A)" over "Mulberry School for Girls": the school on the next.)
                header = [*entry.header, strip_bullet(body[0]), strip_bullet(body[1])]
                item = education_from_entry(Entry(header=header, dates=entry.dates)) or fuller
                body = body[2:]
        if item and items and _stage_of_course(item, items[-1]):
            item = None  # "Cycle préparatoire intégré (2021-2023) puis cycle ingénieur" under the engineer's diploma
        if item and (item.get("institution") or item.get("studyType")):
            items.append(item)
        # A body line that names a degree and its school ("Bachelors in Journalism, School of Mass Communication.")
        # is one more entry whose dates were not found, not a description.
        for rank, text in enumerate(body):
            plain = strip_bullet(clean(text))
            # Right under the header, a second school ("… University", then "… Institute of Technology"): the
            # entry's college and the university that awards its degree.
            if (
                item
                and item.get("institution")
                and _ACRONYM_AFTER_LAST_WORD_RE.match(plain)
                and fold(item["institution"]) in fold(body[rank - 1] if rank else entry.header[-1])
            ):
                # "École Nationale Supérieure de Statistique et d'Économie" / "Appliquée (ENSEA), Abidjan"
                item["institution"] = f"{item['institution']} {plain.split(',')[0].strip()}"
                continue
            stay = _ABROAD_RE.search(fold(plain))
            if stay and len(fold(plain)) == len(plain):
                # "SKEMA Business School, Lille – Exchange semester at University of Mannheim": a term spent there,
                # during this degree; what comes before it may name the degree's own school
                plain = plain[: stay.start()].rstrip(" –—-,;")
            extra = _school_line(plain, degree=True) or (_school_line(plain) if rank == 0 else None) if plain else None
            if extra is None and rank == 0 and item and item.get("studyType") and not item.get("institution"):
                # "Master en sciences de gestion" / "2013 – 2015" / "UCLouvain", "KU Leuven": a school's name shaped as
                # one (an acronym and its town, inner capitals) with no school's word, under a degree with no school
                named = clean(strip_punct(plain))
                if _shaped_school(named):
                    item["institution"] = named
                    continue
            if (
                extra
                and rank == 0
                and item
                and item.get("studyType")
                and not item.get("institution")
                and not extra.get("studyType")
            ):
                # "Master Grande École | 2014 – 2019" over "NEOMA Business School, Reims – Année de césure chez
                # KPMG": the school of the degree above, on the line right under it
                item["institution"] = extra["institution"]
                continue
            if (
                extra
                and not extra.get("studyType")
                and item
                and item.get("institution")
                and _generic_unit(extra["institution"])
            ):
                continue  # "Faculty of Mechanical Engineering" under its university: where in it, no second school
            if (
                extra
                and rank == 0
                and not extra.get("studyType")
                and item
                and item.get("studyType")
                and item.get("institution")
                and not find_date_ranges(plain)
            ):
                # "London College of Communication" over "University of the Arts London", "Master in Journalism |
                # Université de Neuchâtel" over "Académie du journalisme et des médias (AJM)": right under a whole
                # header, with no dates of its own, another school of the same studies (the university of a college,
                # the academy of a university), no studies of its own
                continue
            if extra and not any(fold(extra["institution"]) == fold(i.get("institution", "")) for i in items):
                items.append(extra)
    return without_secondary_schools(items)


def _school_line(text: str, *, degree: bool = False) -> dict[str, Any] | None:
    """The entry of a line that names a school ("Cornell University", "Université de Nantes, Nantes"), with a
    degree when ``degree`` ("Bachelors in Journalism, School of Mass Communication."); None for other lines and for
    sentences ("Received a Bachelor of Science from the Rochester Institute of")."""
    # ("Université Claude Bernard Lyon 1 – « Coévolution hôte-parasite … »": the school, then the title of the thesis
    # or the memoir written there)
    text = _QUOTED_TITLE_RE.sub("", text) or text
    if not 0 < len(text.split()) <= (16 if degree else 10) or _PROSE_RE.match(text):
        return None
    item = education_from_entry(Entry(header=[text]))
    if item is None or bool(item.get("studyType")) != degree:
        return None
    institution = item.get("institution", "")
    if (
        school_score(fold(institution)) < 1 and not _UNIVERSITY_INSTITUTE_RE.match(fold(institution))
    ) or not plausible_institution(institution):
        return None
    # (a French university's number is part of its name: "Université Claude Bernard Lyon 1", "Université Paris 8")
    numbered = _WHOLE_UNIVERSITY_RE.match(fold(institution)) and _UNIVERSITY_NUMBER_END_RE.search(institution)
    digits = re.sub(r"\d+$", "", institution) if numbered else institution
    if _TRAILING_CONNECTOR_RE.search(fold(institution)) or any(ch.isdigit() for ch in digits):
        return None
    return item


# A title in quotation marks after a dash or a colon, to the line's end: a thesis's, a memoir's or a project's.
_QUOTED_TITLE_RE = re.compile(r"\s+[–—:-]\s*[«“][^»”]*[»”]?\s*$")
_UNIVERSITY_NUMBER_END_RE = re.compile(r"(?<=[A-Za-zÀ-ÿ] )(?:[1-9]|1[0-3])$")

"""Evidence that a short phrase is a person's name: common given names (French and English), the documentary
words that introduce a name ("Résumé of", "CV de"), and agreement with the e-mail address's local part.

The given-name lists are common first names written for this module (not a copy of any list). They only add
evidence to the scoring in ``contact.find_name``: a name missing from them is still found by its shape.
"""

from __future__ import annotations

import re

from .text import fold, is_all_caps

_ENGLISH = """
aaron abigail adam adrian aidan alan albert alex alexander alexandra alexis alfred alice alicia alison allan
allen allison alvin amanda amber amelia amy andre andrea andrew andy angela angelina anita ann anna anne annie
anthony antonio april arthur ashley audrey austin barbara barry beatrice becky ben benjamin bernard beth
betty beverly bill billy bob bobby bonnie brad bradley brandon brenda brendan brent brett brian bridget brittany
brooke bruce bryan caitlin caleb calvin cameron carl carla carlos carmen carol caroline carolyn carrie casey
catherine cathy cecilia chad charles charlie charlotte chelsea cheryl chloe chris christian christina christine
christopher cindy claire clara clarence claudia clayton clifford clint colin colleen connor craig crystal curtis
cynthia daisy dale dan dana daniel danielle danny darell darlene darren darryl dave david dawn dean deborah debra
denise dennis derek derrick diana diane dianne dolores dominic don donald donna doris dorothy douglas duncan
dustin dwayne dylan earl eddie edgar edith edward edwin eileen elaine eleanor elijah elizabeth ella ellen emily
emma eric erica erik erin ernest esther ethan eugene eva evan evelyn faith felicia floyd frances francis frank
franklin fred frederick gabriel gail gary gavin gene george georgia gerald gilbert gina glen glenn gloria gordon
grace graham grant greg gregory gwen hannah harold harry harvey hazel heather heidi helen henry herbert holly
howard hugh ian irene isaac isabel isabella jack jackie jacob jacqueline jaime jake james jamie jan jane janet
janice jared jason jay jean jeff jeffrey jenna jennifer jenny jeremy jerome jerry jesse jessica jill jim jimmy
joan joanne joe joel john johnny jon jonathan jordan joseph josh joshua joy joyce juan judith judy julia julian
julie justin karen karl kate katherine kathleen kathryn kathy katie kayla keith kelly ken kenneth kevin kim
kimberly kirk kristen kristin kurt kyle lance larry laura lauren lawrence leah lee leo leon leonard leslie lewis
lillian linda lindsay lisa logan lois lori lorraine louis louise lucas lucy luke lydia lynn madison malcolm
mandy marc marcus margaret maria marian marie marilyn mario marion mark marsha martha martin marvin mary mason
matthew maureen max megan melanie melissa melvin michael michelle mike mildred miles mitchell molly monica morgan
nancy nathan nathaniel neil nicholas nick nicole noah norma norman oliver olivia omar oscar owen pamela patricia
patrick paul paula pauline peggy penny peter philip phillip phyllis rachel ralph randall randy ray raymond
rebecca regina rhonda richard rick ricky rita rob robert roberta robin rodney roger ronald ronnie rosa rose
rosemary ross roy ruby russell ruth ryan sally samantha samuel sandra sara sarah scott sean seth shane shannon
sharon shawn sheila shelby shelley sherry shirley sidney simon sophia sophie stacy stanley stephanie stephen
steve steven stuart sue susan suzanne sylvia tammy tanner tanya tara ted teresa terry theodore theresa thomas
tiffany tim timothy tina todd tom tommy tony tracy travis trevor troy tyler valerie vanessa vera vernon veronica
vicki victor victoria vincent virginia walter wanda warren wayne wendy wesley whitney william willie wyatt zachary
zachariah
"""
_FRENCH = """
adele adeline adrien agathe agnes aime aimee alain alban albane alexandre alexia alexis alice aline alix amandine
amaury ambre amelie anais anatole andre andree angele angelique anne annabelle annie anthony antoine antoinette
apolline ariane arianne armand arnaud arthur astrid aubin audrey augustin aurelie aurelien axel axelle baptiste
barthelemy basile bastien beatrice benedicte benjamin benoit bernadette bernard berthe blanche bruno camille
capucine carole caroline catherine cecile celestin celine chantal charles charlotte chloe christelle christian
christiane christine christophe claire clarisse claude claudine clemence clement clementine colette coline
come corentin corinne cyril cyrille damien daniel danielle david delphine denis denise didier dominique dorian
dorothee edith edmond edouard elisa elise eliott elodie eloise emeline emile emilie emma emmanuel emmanuelle
enzo eric estelle etienne eugenie eva evelyne fabien fabienne fabrice fanny felix ferdinand fernand fernande
flavie florence florent florian francis franck francois francoise frederic frederique gabriel gabrielle gael
gaelle gaetan gaspard gauthier genevieve geoffrey georges gerald gerard gersende ghislain ghislaine gilbert gilles
ginette gisele gregoire gregory guillaume guy gwenael gwenaelle helene henri henriette herve hortense hugo hugues
ines irene isabelle jacqueline jacques jeanne jean jeremie jeremy jerome joachim joel joelle josephine josette
josiane jules julie julien juliette justine karine kevin laetitia lea leon leonie leopold lionel lise lou louis
louise luc luce lucas lucie lucien lucienne ludovic lydie madeleine maelle maeva manon marc marcel marcelle
margaux margot marguerite marianne marie marielle marine marion marius martine mathias mathieu mathilde matthieu
maud maurice maxence maxime melanie melissa michel micheline michele mireille monique morgane muriel mylene
nadege nadine nathalie nicolas nicole noel noemie oceane octave odette odile olivier ophelie orianne pascal
pascale patrice patricia paul paule pauline perrine philippe pierre pierrick quentin rachel raphael raphaelle
raymond regine remi renaud rene renee richard robert roger romain romane rose roselyne sabine sacha salome
samuel sandrine sarah sebastien segolene serge severine simon simone solange solene sophie stephane stephanie
suzanne sylvain sylvie tanguy theo theophile therese thibault thibaut thierry thomas tiphaine timothee tristan
valentin valentine valerie vanessa victor victoire vincent virginie viviane xavier yann yannick yves yvette
yvonne zoe
"""
_OTHER = """
abdel abdelkader ahmed aicha ali amine amir anil arjun ayoub fatima hamza hassan ibrahim karim khadija leila
mehdi mohamed mohammed mourad nabil nadia rachid rahul raj ravi samir sanjay sofiane sonia sunil suresh yassine
youssef amit anand deepak priya vijay
"""
# Names common in France and Europe beyond the French ones: Maghreb, West Africa, Portugal, Spain, Italy, Germany,
# Eastern Europe, Turkey, Asia.
_INTERNATIONAL = """
abdallah abdou abdoulaye abdoul adama aissatou amadou aminata awa bakary binta boubacar cheikh fatou fatoumata
habib ibrahima issa kadiatou mamadou mariama moussa oumar ousmane seydou souleymane mariam idriss ilyes ismail
ismael jamal kamel khalid lamia latifa malik mustapha nassim nour omar rayan redouane riad sabrina salim sami
samira sarah selim sofia soraya walid yacine yasmine zineb zohra amina anissa assia djamel farid hakim hicham
kader karima lina malika naima nora rachida rania wassim younes
afonso beatriz carla catarina diogo duarte goncalo helena joao luisa manuel mariana miguel nuno paulo pedro rui
tiago vasco alejandro alvaro ana andres carmen diego elena enrique francisco gonzalo ignacio isabel javier jorge
jose juana lucia luis marta pablo pilar raul rocio sergio alessandro alessia andrea chiara davide elisa enrico
federico francesca giacomo gianluca giorgio giovanni giulia giuseppe lorenzo luca marco matteo paola riccardo
roberto sara silvia stefano valentina vincenzo
anja annika birgit dieter florian franz frieda greta gunther hans heike helmut ingrid jens jurgen karsten katrin
klaus lars lukas maximilian niklas sabine sebastian stefan sven tobias ulrich ursula uwe wolfgang
agnieszka aleksandra andrzej anna bogdan dmitri ekaterina irina ivan katarzyna krzysztof magdalena marek marta
natalia nikolai oksana olga pavel piotr tatiana tomasz vladimir yuri
ahmet ayse burak elif emre fatma mehmet murat mustafa ozlem
anh duc hoa huong linh minh thanh thi trang tuan wei xin yan ying li hui mei
"""
# Irish, Scottish and Welsh given names, spelt the Gaelic way ("Niamh" / "GALLAGHER" set on two lines is a name).
_GAELIC = """
aoife aisling caoimhe ciara clodagh deirdre eimear grainne niamh orla orlaith roisin saoirse siobhan sinead
ciaran cian conor cormac darragh declan eoin fionn oisin padraig ronan ruairi seamus sean eilidh morag
catriona mairead ailsa angharad cerys rhian sian dafydd rhys gareth iwan
"""
# Nordic given names ("Elsa" / "LINDQVIST" set on two lines is a name). (Not "Saga", "Liv", "Ida", "Mats", "Stig":
# words of other meanings, "Saga Pattern".)
_NORDIC = """
elsa astrid freja linnea maja ebba alva ingrid karin sigrid kristina tove hanna annika helga
erik johan anders oskar nils henrik magnus axel olof gustav bjorn leif arne kjell torbjorn
"""
FRENCH_GIVEN_NAMES = frozenset(_FRENCH.split())
GIVEN_NAMES = frozenset((_ENGLISH + _FRENCH + _OTHER + _INTERNATIONAL + _GAELIC + _NORDIC).split())

# "Résumé of Jane Doe", "CV de Jean Dupont", "Curriculum Vitae – Jean Dupont": the documentary words before a name
# ("europass | Youssef El Amrani": the Europass logo's word on the name's row).
DOCUMENT_PREFIX_RE = re.compile(
    r"^\s*(?:(?:my\s+)?(?:resume|résumé|cv|c\.v\.|curriculum\s+vitae|curriculum|europass)\s*"
    r"(?:of|de|d'|:|[-–—|])?\s+)"
    r"(?:(?:mr|mrs|ms|miss|dr|m|mme|mlle)\.?\s+)?",
    re.IGNORECASE,
)
# "Mr. John Smith", "Mme Jeanne Martin", "Dr Ana Ruiz": a courtesy title before the name.
_HONORIFIC_RE = re.compile(
    r"^\s*(?:(?:mr|mrs|ms|miss|mx|dr|prof|m|mme|mlle|madame|monsieur|docteur|doctor|professeur|sister|brother|father|"
    r"rev|reverend)\.?\s+"
    # the professional titles Nigeria, Ghana and the Philippines write before a name: "Engr. Chinedu Okonkwo", "Barr.
    # Amaka Eze", "Arch. Maria Santos", "Atty. Jose Reyes", "Pharm. Tolu Ade", and Kenya's "Eng. Otieno Odhiambo"
    # ("engr." in a name line written in lower case too; the others are words as well, "arch. drawings": only before
    # a capital)
    r"|engr\.?\s+|(?:barr|arch|atty|pharm|eng)\.\s+(?-i:(?=[A-ZÀ-Ý]))"
    # the academic titles of Central Europe, written with their dot before the name, one or several: "Ing. Petra
    # Nováková", "Mag. Thomas Huber", "Dr. med. Anna Schmidt", "Dipl.-Ing. Jan Vogel", "MUDr. Eva Malá"
    r"|(?:ing|mag|mgr|bc|med|rer\.\s?nat|dipl\.?-(?:ing|kfm|kffr|inf|vw|oec|phys|math|psych|betriebsw)|dr\.?-ing|mudr|"
    r"judr|rndr|phdr|mvdr|paeddr|univ\.-prof|priv\.-doz)"
    r"\.\s*)+(?=[A-ZÀ-Ý])",
    re.I,
)
# "John Smith Resume", "Jane Doe's CV", "Jean Dupont - Curriculum Vitae": the documentary words after a name.
_DOCUMENT_SUFFIX_RE = re.compile(
    r"(?:'s|’s)?\s*(?:[-–—|:]\s*)?\b(?:resume|résumé|cv|curriculum\s+vitae)\s*$", re.IGNORECASE
)
# "Data Engineer Resume", "Sample of Immigration Attorney Resume", "CV Développeur Web", "Modèle de CV": the words
# of a document's title around what it is about.
_DOCUMENT_CORE_TEXT = "resume résumé cv c.v. curriculum vitae"
_DOCUMENT_CORE = frozenset(_DOCUMENT_CORE_TEXT.split())
_DOCUMENT_WORDS_TEXT = "sample samples example examples exemple exemples template templates modele modèle format"
_DOCUMENT_WORDS = _DOCUMENT_CORE | frozenset((_DOCUMENT_WORDS_TEXT + " of de du d' for pour").split())
# "S A R A H  C O N N O R", "N A M E": letters spread out by the layout; two spaces or more part the words.
_SPACED_LETTERS_RE = re.compile(r"[^\W\d_](?: {1,}[^\W\d_])+")
# "Jean Dupont. Lyon": a whole word ending a sentence closes the name (initials such as "J." do not).
_SENTENCE_END_RE = re.compile(r"(?<=[a-zà-ÿ]{2})\.\s+(?=\S)")


def given_name_hits(text: str) -> int:
    """How many words of ``text`` are common given names."""
    return sum(1 for word in re.split(r"[\s'’-]+", fold(text)) if word.strip(".,") in GIVEN_NAMES)


def strip_document_prefix(text: str) -> str:
    """The text after "Resume of" / "CV de" / "Curriculum Vitae –", or "" when there is no such prefix."""
    match = DOCUMENT_PREFIX_RE.match(text)
    return text[match.end() :].strip() if match else ""


# Given names written short with their period, which opens a name and ends no sentence: "Mohd. Abdul Rahman", "Md.
# Rafiqul Islam" (Muhammad, as South Asia and Malaysia write it), "Wm. Harris", "Thos. Reed".
_SHORT_GIVEN_NAMES_TEXT = "mohd muhd md wm chas thos jas jos geo robt saml benj"
_SHORT_GIVEN_NAMES = frozenset(_SHORT_GIVEN_NAMES_TEXT.split())


def cut_at_sentence_end(text: str) -> str:
    """Cut "Omar Jacobson. Heath" to "Omar Jacobson" (unchanged when no whole word ends with a period)."""
    for match in _SENTENCE_END_RE.finditer(text):
        if fold(text[: match.start()].strip()) in _SHORT_GIVEN_NAMES:
            continue  # (the name's first word)
        return text[: match.start()]
    return text


def email_agreement(name: str, emails: list[str]) -> bool:
    """Whether an e-mail's local part is made of the name's words ("john.smith@", "jsmith@", "smith.j@")."""
    words = [w for w in re.split(r"[\s'’.-]+", fold(name)) if len(w) >= 2]
    if len(words) < 2:
        return False
    for email in emails:
        local = re.sub(r"[^a-z]", "", fold(email.split("@", 1)[0]))
        if len(local) < 4:
            continue
        full = [w for w in words if len(w) >= 3 and w in local]
        if len(full) >= 2:
            return True
        # One whole word plus the other's initial: "jsmith", "smithj", "j.smith".
        for word in full:
            rest = local.replace(word, " ", 1).strip()
            if rest and len(rest) <= 2 and any(other[0] == rest[0] for other in words if other != word):
                return True
    return False


def document_title(text: str) -> str:
    """What a document title is about: "Art Editor Resume Template" → "Art Editor", "CV Développeur Web" →
    "Développeur Web"; "" when the text is not such a title (no "resume"/"CV" word at either end)."""
    words = text.replace("’", "'").split()
    start, end = 0, len(words)
    core = False
    while start < end and words[start].lower().strip(":,-–—|") in _DOCUMENT_WORDS:
        core = core or words[start].lower().strip(":,-–—|") in _DOCUMENT_CORE
        start += 1
    while end > start and words[end - 1].lower().strip(":,-–—|") in _DOCUMENT_WORDS:
        core = core or words[end - 1].lower().strip(":,-–—|") in _DOCUMENT_CORE
        end -= 1
    if not core or start == end or (start == 0 and end == len(words)):
        return ""
    return " ".join(words[start:end]).strip(" :,-–—|")


def join_spaced_letters(text: str, *, one_word: bool = False) -> str:
    """ "S A R A H  C O N N O R" → "SARAH CONNOR": a line made only of letters spread one space apart (wider gaps
    between words), joined back; any other text is unchanged. ``one_word``: the line holds one word (a family name
    on its own line), never parted at a given name."""
    stripped = text.strip()
    if len(stripped) < 5 or not _SPACED_LETTERS_RE.fullmatch(stripped):
        return text
    words = [word.replace(" ", "") for word in re.split(r" {2,}", stripped)]
    if len(words) == 1 and len(words[0]) >= 6 and not one_word and fold(words[0]) not in GIVEN_NAMES:
        # "K A R I M B E N A L I": the wider gap between the words was lost on the way; a known given name at the
        # start parts them again (the longest one: "MARIE" before "MARIELLE" would cut a name in two), before a
        # family name of three letters at least ("C H R I S T I N E" alone is one given name).
        joined = words[0]
        for cut in range(len(joined) - 3, 1, -1):
            if fold(joined[:cut]) in GIVEN_NAMES:
                return f"{joined[:cut]} {joined[cut:]}"
    return " ".join(words)


# A lawyer's title, "Maître Hélène Garnier" or "Me Hélène Garnier": only before a given name ("Maître nageur" is a
# trade, "Me Nguyen" may be a name).
_LAWYER_TITLE_RE = re.compile(r"^\s*(?:ma[iî]tre|me)\.?\s+(?=(?P<given>[^\W\d_][\w'’]*))", re.I)


# The letters the French forces write their ranks short with, in capitals or with a period ("CNE", "Adc."): not a
# name's first word written as names are ("Gal Ben Ami", the Hebrew given name). ("Sgt" and "Cpl", which English writes
# so too, are apart.)
_FRENCH_RANK_LETTERS_TEXT = "cne cdt lcl ltn slt adc adj sgc cch gal mdl mdc"
_FRENCH_RANK_LETTERS = frozenset(_FRENCH_RANK_LETTERS_TEXT.split())
# The ranks of the armed forces, the gendarmerie and the police that a serving or former member writes before their
# name, in French and in English, spelt out or abbreviated as the services write them ("Adjudant-chef Marc LEFEBVRE",
# "Maître principal Yann LE GUEN", "Lt Cdr Rebecca Holt", "Flt Lt …"), matched on folded text. (Not "Private", nor
# the police's "PC" or "DS": words and a firm's letters before a name, "Private Equity", "DS Smith".)
_FRENCH_RANKS = (
    r"soldat(?: de (?:1re|2e|premiere|deuxieme) classe)?|(?:1re|2e) classe|"
    r"(?:caporal|brigadier|sergent|adjudant|marechal des logis)(?:[- ]chef)?|"
    r"(?:quartier|second|premier)[- ]maitre(?: de (?:1re|2e) classe)?|maitre(?: principal)?|matelot|major|aspirant|"
    r"sous-lieutenant|lieutenant(?:e)?(?:-colonel(?:le)?| de vaisseau| de police)?|"
    r"enseigne de vaisseau(?: de (?:1re|2e) classe)?|capitaine(?: de (?:corvette|fregate|vaisseau|police))?|"
    r"commandant(?:e)?(?: de police)?|chef d'escadron[s]?|chef de bataillon|colonel(?:le)?|"
    r"general(?:e)?(?: de (?:brigade|division|corps d'armee)| d'armee)?|(?:contre|vice)-amiral|amiral|"
    r"gardien(?:ne)? de la paix|commissaire(?: divisionnaire| principal| general)?|sapeur(?:-pompier)?|"
    r"sgt|cpl|" + "|".join(sorted(_FRENCH_RANK_LETTERS))
)
_ENGLISH_RANKS = (
    r"lance[- ]corporal|l/?cpl|corporal|sergeant(?: major| first class)?|staff sergeant|colour sergeant|"
    r"master sergeant|first sergeant|flight sergeant|(?:chief )?warrant officer(?: class [12])?|wo[12]|"
    r"(?:second |sub[- ])?lieutenant(?: colonel| commander| general)?|2lt|lt|captain|capt|major(?: general)?|maj|"
    r"colonel|col|brigadier(?: general)?|brig|general|gen|commander|cdr|commodore|cdre|(?:rear|vice)[- ]admiral|"
    r"admiral|adm|(?:chief )?petty officer|cpo|(?:able|leading) seaman|(?:leading|senior) aircraft(?:wo)?man|sac|"
    r"(?:pilot|flying) officer|flight lieutenant|flt lt|squadron leader|sqn ldr|wing commander|wg cdr|"
    r"group captain|gp capt|air (?:vice[- ])?marshal|air commodore|chief technician|chf tech|ensign|pte|"
    r"(?:detective |police |special )?constable|(?:detective )?(?:chief )?inspector|(?:chief )?superintendent|"
    r"detective sergeant"
)
# (one or two of them, "Lt Col", "Maj Gen", "Wg Cdr", each with its period or not; then the mark of a retired,
# reserve or honorary officer, "(ER)", "(Retd)", "(H)", "(2S)", "retd")
_RANK_RE = re.compile(
    rf"^\s*(?:(?:{_FRENCH_RANKS}|{_ENGLISH_RANKS})\.?\s+){{1,2}}"
    r"(?:\(\s*(?:er|r|rc|h|hon|2s|res|retd|ret'd|ret|rtd|retired|retraite)\.?\s*\)\s*|(?:retd|ret'd|rtd)\.?,?\s+)?"
    r"(?=[^\W\d_])"
)


def strip_rank(text: str, emails: list[str] | None = None) -> str:
    """The name without a military or police rank before it ("Capitaine Élodie CARPENTIER" → "Élodie CARPENTIER",
    "Lt Col (Retd) Fiona MacLeod" → "Fiona MacLeod", "Major Olivier" over "DELVAUX" → "Olivier"), when a name follows:
    a known given name, a family name in capitals after a capitalised word, or the e-mail's words. Unchanged
    otherwise ("General Manager", "Major Projects", "Commander of the Order")."""
    match = _RANK_RE.match(fold(text))
    if match is None:
        return text
    rest = text[match.end() :].strip()
    words = rest.split()
    if not words or not words[0][:1].isupper():
        return text
    first = text.split()[0]
    if fold(first) in _FRENCH_RANK_LETTERS and not first.isupper():
        return text
    family_caps = not is_all_caps(words[0]) and any(is_all_caps(word.strip(",")) for word in words[1:])
    known = given_name_hits(words[0].split("-")[0]) or (emails and email_agreement(rest, emails))
    return rest if known or family_caps else text


def strip_courtesy(text: str, emails: list[str] | None = None) -> str:
    """The name without a courtesy title or a rank before it, documentary words or letters after it ("Mr. John Smith's
    Resume", "Oliver Bennett MEng CEng MIMechE", "Capitaine Élodie CARPENTIER"); ``emails``: see
    ``strip_post_nominals``."""
    lawyer = _LAWYER_TITLE_RE.match(text)
    if lawyer and given_name_hits(lawyer.group("given").split("-")[0]):
        text = text[lawyer.end() :]
    text = strip_rank(text, emails)
    stripped = _DOCUMENT_SUFFIX_RE.sub("", _HONORIFIC_RE.sub("", text, count=1)).strip()
    return strip_post_nominals(stripped or text, emails)


# Letters written after a name for degrees, chartered status and memberships, as they are written (a family name in
# capitals, "Jean DUPONT", is none of them).
_POST_NOMINALS_TEXT = """
    BA BSc BEng BEd MA MSc MEng MEd MBA MPhil PhD DPhil MD MBBS LLB LLM PGCE PGDE QTS (Hons) Hons CEng IEng EngTech
    MIMechE FIMechE MICE FICE MIET FIET MRICS FRICS MCIPD FCIPD Chartered FCA ACA ACCA FCCA CIMA ACMA CFA CPA RGN RN
    RMN FRCS MRCP FRCP MRCGP PMP CIPD MCIPS Assoc Esq Esq. CPP SHRM-CP SHRM-SCP PHR SPHR
    MBE OBE CBE KBE DBE DSO DFC QGM QPM KPM BEM RM RAF RNR
    MPharm BPharm PharmD MRPharmS FRPharmS FPCPharm BDS BSN MSN
"""
_POST_NOMINALS = frozenset(_POST_NOMINALS_TEXT.split())


# Letters of a professional body the list above does not hold, in mixed case with three capitals or more
# ("MCIPPdip", "MCIArb"); a family name has two at most ("McDonald").
_LETTERS_AFTER_RE = re.compile(r"^(?=(?:[a-z]*[A-Z]){3})(?=.*[a-z])[A-Za-z]+,?$")


def strip_post_nominals(text: str, emails: list[str] | None = None) -> str:
    """ "Hannah Carter BA (Hons) PGCE QTS" → "Hannah Carter": the letters after a name, while two words remain. Not
    the last word of a family name that the e-mail spells joined to the word before it ("Steeve ONDO MBA" beside
    "steeve.ondomba@…": Mba is a Gabonese family name; "Jean DUPONT MBA" beside "jean.dupont@…" has the degree).
    That word before is in capitals, as the family name is, and the two joined make a piece of the e-mail's name
    between its dots, dashes or underscores: not "Mary Smith RN" beside "marysmithrn@…", "Sarah Jones MBA" beside
    "sarahjones.mba@…" nor "Laura Petit MBA" beside "laura.petitmba@…", who put their letters in the address too."""
    tokens = text.split()
    pieces = {piece for email in emails or [] for piece in re.split(r"[._\-+]", fold(email.split("@", 1)[0]))}
    # (the letters written with their periods too, "John Smith P.M.P." beside "john.smith@…": where the e-mail spells
    # the words before them; dotted letters are as often a name's own initials, "Anand Kumar R.N.")
    while len(tokens) > 2 and (
        tokens[-1].strip(",") in _POST_NOMINALS
        or (
            tokens[-1].strip(",").replace(".", "") in _POST_NOMINALS
            and bool(emails)
            and email_agreement(" ".join(tokens[:-1]), emails or [])
        )
        or _LETTERS_AFTER_RE.match(tokens[-1])
    ):
        joined = fold(tokens[-2] + tokens[-1].strip(","))
        if tokens[-2].isupper() and joined in pieces:
            break
        tokens.pop()
    return " ".join(tokens).rstrip(",") if len(tokens) < len(text.split()) else text

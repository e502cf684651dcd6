"""A small gazetteer: countries and large cities of the places the product's CVs come from, with ISO codes.

Enough to read "Paris, France", "69003 Lyon", "London, UK" and to guess the phone numbers' home region.
"""

from __future__ import annotations

import re

from .text import fold

COUNTRIES: dict[str, str] = {
    "france": "FR", "belgique": "BE", "belgium": "BE", "suisse": "CH", "switzerland": "CH", "luxembourg": "LU",
    "canada": "CA", "royaume-uni": "GB", "royaume uni": "GB", "united kingdom": "GB", "uk": "GB", "u.k.": "GB",
    "england": "GB", "angleterre": "GB", "scotland": "GB", "ecosse": "GB", "ireland": "IE", "irlande": "IE",
    "etats-unis": "US", "etats unis": "US", "united states": "US", "usa": "US", "u.s.a.": "US", "us": "US",
    "germany": "DE", "allemagne": "DE", "spain": "ES", "espagne": "ES", "italy": "IT", "italie": "IT",
    "portugal": "PT", "netherlands": "NL", "pays-bas": "NL", "maroc": "MA", "morocco": "MA", "algerie": "DZ",
    "algeria": "DZ", "tunisie": "TN", "tunisia": "TN", "senegal": "SN", "cote d'ivoire": "CI", "india": "IN",
    "inde": "IN", "australia": "AU", "australie": "AU", "singapore": "SG", "singapour": "SG", "china": "CN",
    "chine": "CN", "japan": "JP", "japon": "JP", "monaco": "MC", "cameroun": "CM", "cameroon": "CM",
    "madagascar": "MG", "liban": "LB", "lebanon": "LB", "bresil": "BR", "brazil": "BR", "mexique": "MX",
    "mexico": "MX", "pologne": "PL", "poland": "PL", "romania": "RO", "roumanie": "RO", "sweden": "SE",
    "suede": "SE", "new zealand": "NZ", "south africa": "ZA", "afrique du sud": "ZA", "uae": "AE",
    "united arab emirates": "AE", "emirats arabes unis": "AE", "quebec": "CA", "ivory coast": "CI",
    "rd congo": "CD", "republique democratique du congo": "CD", "congo-kinshasa": "CD", "drc": "CD", "dr congo": "CD",
    "democratic republic of the congo": "CD", "democratic republic of congo": "CD",
    "congo-brazzaville": "CG", "republique du congo": "CG", "gabon": "GA", "mali": "ML", "burkina faso": "BF",
    "benin": "BJ", "togo": "TG", "guinee": "GN", "guinea": "GN", "niger": "NE", "haiti": "HT", "mauritanie": "MR",
    "mauritania": "MR", "tchad": "TD", "rwanda": "RW", "burundi": "BI", "djibouti": "DJ",
    "ile maurice": "MU", "mauritius": "MU",
    "philippines": "PH", "vietnam": "VN", "viet nam": "VN", "pakistan": "PK", "bangladesh": "BD",
    "sri lanka": "LK", "nepal": "NP", "indonesia": "ID", "indonesie": "ID", "malaysia": "MY", "malaisie": "MY",
    "thailand": "TH", "thailande": "TH", "south korea": "KR", "coree du sud": "KR", "egypt": "EG", "egypte": "EG",
    "nigeria": "NG", "ghana": "GH", "kenya": "KE", "ethiopia": "ET", "ethiopie": "ET", "turkey": "TR",
    "turquie": "TR", "greece": "GR", "grece": "GR", "austria": "AT", "autriche": "AT", "denmark": "DK",
    "danemark": "DK", "norway": "NO", "norvege": "NO", "finland": "FI", "finlande": "FI", "czech republic": "CZ",
    "republique tcheque": "CZ", "hungary": "HU", "hongrie": "HU", "ukraine": "UA", "colombia": "CO",
    "colombie": "CO", "argentina": "AR", "argentine": "AR", "chile": "CL", "chili": "CL", "peru": "PE",
    "perou": "PE", "deutschland": "DE", "osterreich": "AT", "schweiz": "CH",
    "slovakia": "SK", "slovaquie": "SK", "bulgaria": "BG", "bulgarie": "BG", "lithuania": "LT", "lituanie": "LT",
    "latvia": "LV", "lettonie": "LV", "estonia": "EE", "estonie": "EE", "moldova": "MD", "moldavie": "MD",
    "croatia": "HR", "croatie": "HR", "serbia": "RS", "serbie": "RS", "slovenia": "SI", "slovenie": "SI",
    "belarus": "BY", "czechia": "CZ", "tchequie": "CZ", "cyprus": "CY", "chypre": "CY", "malte": "MT",
    # (where humanitarian missions and international careers take people; not "Jordan", "Chad" nor "Israel", given
    # names; nor Amman, Aden, Lagos, Sanaa, Córdoba, Rosario, Cali, Guimarães, Malta, Palestine, which are names too)
    "south sudan": "SS", "soudan du sud": "SS", "sudan": "SD", "soudan": "SD", "yemen": "YE",
    "republique centrafricaine": "CF", "centrafrique": "CF", "central african republic": "CF", "jordanie": "JO",
    "syria": "SY", "syrie": "SY", "iraq": "IQ", "irak": "IQ", "afghanistan": "AF", "somalia": "SO", "somalie": "SO",
    "myanmar": "MM", "birmanie": "MM", "mozambique": "MZ", "uganda": "UG", "ouganda": "UG", "tanzania": "TZ",
    "tanzanie": "TZ", "libya": "LY", "libye": "LY", "qatar": "QA", "saudi arabia": "SA",
    "arabie saoudite": "SA", "ksa": "SA", "oman": "OM", "bahrain": "BH", "bahrein": "BH", "kuwait": "KW",
    "koweit": "KW", "u.a.e.": "AE",
    # (the countries of Latin America, as their applicants write them in Spanish, French or English: "Lima, Perú";
    # not "Salvador" alone, a given name)
    "espana": "ES", "venezuela": "VE", "ecuador": "EC", "equateur": "EC", "uruguay": "UY", "paraguay": "PY",
    "bolivia": "BO", "bolivie": "BO", "cuba": "CU", "costa rica": "CR", "panama": "PA", "guatemala": "GT",
    "honduras": "HN", "nicaragua": "NI", "el salvador": "SV", "republica dominicana": "DO",
    "republique dominicaine": "DO", "dominican republic": "DO", "puerto rico": "PR", "porto rico": "PR",
    "brasil": "BR",
}  # fmt: skip
# (Not "RDC", which French addresses use for the ground floor; nor towns that are also common words or brands:
# Salé, Jette, Bulle, Lévis, Halifax, Waterloo.)

_CITIES_BY_COUNTRY: dict[str, str] = {
    "FR": """paris lyon marseille toulouse nice nantes strasbourg montpellier bordeaux lille rennes reims le havre
        saint-etienne toulon grenoble dijon angers nimes villeurbanne clermont-ferrand le mans aix-en-provence brest
        tours amiens limoges annecy perpignan boulogne-billancourt metz besancon orleans rouen mulhouse caen nancy
        saint-denis argenteuil montreuil roubaix tourcoing avignon nanterre poitiers versailles courbevoie
        vitry-sur-seine creteil pau colombes la rochelle issy-les-moulineaux levallois-perret neuilly-sur-seine
        la defense puteaux rueil-malmaison antibes cannes sophia antipolis saint-malo lorient vannes quimper
        bayonne biarritz chambery valence niort troyes chartres laval la roche-sur-yon ajaccio bastia massy
        saclay palaiseau sevres cergy evry marne-la-vallee noisy-le-grand saint-quentin-en-yvelines velizy
        saint-nazaire cholet saumur lannion saint-brieuc morlaix redon cherbourg saint-lo alencon evreux beauvais
        compiegne creil saint-quentin soissons laon charleville-mezieres epinal colmar thionville forbach belfort
        montbeliard lons-le-saunier chalon-sur-saone nevers auxerre bourges chateauroux blois vierzon montargis
        angouleme saintes rochefort perigueux bergerac agen mont-de-marsan dax tarbes lourdes auch montauban albi
        castres rodez cahors carcassonne narbonne beziers sete arles salon-de-provence martigues aubagne la ciotat
        hyeres frejus draguignan montelimar romans-sur-isere bourg-en-bresse annemasse thonon-les-bains
        aix-les-bains roanne aurillac le puy-en-velay brive-la-gaillarde villefranche-sur-saone bron venissieux
        saint-priest ecully meyzieu cesson-sevigne saint-herblain reze merignac pessac talence begles blagnac
        colomiers labege lanester landerneau concarneau auray pontivy dinan guingamp lamballe saint-avold
        sarreguemines haguenau schiltigheim illkirch-graffenstaden selestat saverne luneville verdun bar-le-duc
        chaumont saint-dizier chalons-en-champagne epernay arras bethune douai valenciennes cambrai maubeuge
        dunkerque calais boulogne-sur-mer saint-omer villeneuve-d'ascq marcq-en-baroeul abbeville
        saint-germain-en-laye poissy mantes-la-jolie rambouillet guyancourt montigny-le-bretonneux clichy
        saint-ouen aubervilliers pantin bobigny vincennes ivry-sur-seine villejuif clamart meudon suresnes
        saint-cloud gennevilliers asnieres-sur-seine pontoise sarcelles melun meaux fontainebleau chelles torcy
        serris orly rungis roissy-en-france corbeil-essonnes les ulis gif-sur-yvette orsay castelnau-le-lez
        saint-jean-de-luz anglet hendaye les sables-d'olonne challans chatellerault cayenne pointe-a-pitre
        fort-de-france mamoudzou noumea papeete le bourget gonesse la plaine saint-denis marignane istres vitrolles
        issoudun noyelles-godault""",
    "BE": """bruxelles brussels anvers antwerp gand ghent charleroi liege namur louvain leuven mons bruges wavre
        ottignies louvain-la-neuve nivelles tournai mouscron la louviere arlon verviers hasselt courtrai kortrijk
        malines mechelen ostende braine-l'alleud ixelles uccle schaerbeek etterbeek anderlecht
        gembloux seraing herstal gent brugge antwerpen zaventem vilvoorde vilvorde zeebrugge oostende""",
    "CY": "limassol nicosia larnaca",
    "SS": "juba",
    "SD": "khartoum",
    "YE": "sana'a",
    "CF": "bangui",
    "LB": "beyrouth beirut",
    "IQ": "erbil baghdad bagdad",
    "AF": "kaboul kabul",
    "KE": "nairobi mombasa kisumu nakuru eldoret thika machakos nyeri kakamega kisii malindi",
    "ET": "addis-abeba addis ababa",
    "SO": "mogadiscio mogadishu",
    "PS": "gaza ramallah",
    "SY": "damas damascus alep aleppo",
    "TR": "istanbul ankara izmir gaziantep",
    "MM": "yangon rangoun",
    "MZ": "maputo beira",
    "UG": "kampala",
    "TZ": "dar es salaam",
    # (Lagos, a Portuguese town and a surname too, only in a short part of an address: AMBIGUOUS_CITIES)
    "NG": "abuja maiduguri lagos ibadan port harcourt kano enugu abeokuta benin city kaduna jos ilorin owerri ikeja",
    "ZA": """johannesburg pretoria durban cape town soweto sandton randburg bloemfontein port elizabeth gqeberha
        pietermaritzburg polokwane mbombela nelspruit kimberley rustenburg stellenbosch centurion midrand""",
    "GH": "accra",
    "TD": "n'djamena ndjamena",
    "EG": "le caire cairo alexandrie alexandria",
    # (the Gulf, where many engineers of India and of Kerala write from: "Al Taawun, Sharjah, U.A.E.", "Salmiya,
    # Kuwait", "Juffair, Manama, Kingdom of Bahrain")
    "AE": "dubai abu dhabi sharjah ajman fujairah ras al khaimah al ain",
    "QA": "doha",
    "SA": "riyadh jeddah dammam al khobar khobar jubail",
    "OM": "muscat sohar salalah",
    "BH": "manama",
    "KW": "kuwait city salmiya",
    "MT": "valletta",
    "CH": """geneve geneva zurich lausanne berne bern bale basel lugano neuchatel fribourg yverdon-les-bains sion
        la chaux-de-fonds montreux vevey nyon morges renens winterthur lucerne luzern saint-gall st-gall bienne
        biel delemont martigny monthey schaffhausen""",
    "LU": "luxembourg esch-sur-alzette differdange dudelange ettelbruck diekirch bertrange hesperange",
    "CA": """montreal toronto vancouver ottawa quebec calgary laval gatineau sherbrooke trois-rivieres saguenay
        chicoutimi longueuil terrebonne brossard rimouski drummondville saint-jerome granby boucherville
        repentigny sainte-foy moncton winnipeg edmonton mississauga brampton saskatoon""",
    "GB": """london londres manchester birmingham leeds glasgow edinburgh liverpool bristol sheffield cardiff belfast
        nottingham leicester cambridge oxford brighton newcastle reading southampton coventry norwich doncaster
        stoke-on-trent wolverhampton plymouth swansea aberdeen dundee inverness stirling hull bradford wakefield
        huddersfield york sunderland middlesbrough durham gateshead blackpool bolton wigan stockport salford oldham
        rochdale blackburn burnley lancaster warrington crewe milton keynes northampton peterborough luton watford
        slough guildford woking basingstoke swindon gloucester cheltenham exeter bournemouth poole portsmouth
        southend-on-sea chelmsford colchester ipswich canterbury maidstone crawley worthing eastbourne hastings
        st albans stevenage worcester hereford telford shrewsbury wrexham derry londonderry lisburn newry dudley
        walsall rotherham barnsley grimsby scunthorpe mansfield chesterfield worksop harrogate scarborough carlisle
        kendal motherwell paisley kilmarnock falkirk dunfermline kirkcaldy stockton-on-tees croydon romford ilford
        bromley uxbridge""",
    "US": """new york san francisco los angeles chicago boston seattle austin houston dallas miami atlanta denver
        washington philadelphia san diego san jose phoenix portland baltimore detroit minneapolis pittsburgh
        cleveland cincinnati indianapolis charlotte nashville memphis louisville milwaukee kansas city st. louis
        orlando tampa sacramento las vegas salt lake city raleigh oakland fort worth el paso tucson albuquerque
        omaha new orleans honolulu anchorage boise hartford palo alto mountain view sunnyvale cupertino redmond
        santa clara irvine jersey city newark plano scottsdale""",
    "IN": """bangalore bengaluru mumbai delhi new delhi hyderabad chennai pune kolkata noida gurgaon gurugram ahmedabad
        jaipur kochi coimbatore indore lucknow chandigarh nagpur mysore trivandrum bhubaneswar thane navi mumbai
        vadodara nashik bhopal visakhapatnam mangalore mangaluru thiruvananthapuram ernakulam""",
    "DE": """berlin munich munchen hamburg frankfurt cologne koln stuttgart dusseldorf leipzig dresden hannover
        nuremberg nurnberg bremen duisburg bochum dortmund wuppertal bielefeld bonn mannheim karlsruhe wiesbaden
        augsburg aachen freiburg erlangen heidelberg darmstadt regensburg ingolstadt wolfsburg potsdam mainz
        walldorf gutersloh braunschweig magdeburg rostock""",
    "AT": "wien vienna graz linz salzburg innsbruck klagenfurt villach st. polten",
    "ES": "madrid barcelona barcelone valencia seville sevilla bilbao malaga zaragoza saragosse algeciras",
    "IT": "rome roma milan milano turin torino naples napoli florence bologna bologne genova genoa venezia venise",
    "NL": """amsterdam rotterdam la haye the hague den haag utrecht eindhoven groningen vlissingen middelburg delft
        leiden haarlem nijmegen tilburg breda arnhem maastricht zwolle leeuwarden amersfoort apeldoorn enschede
        almere dordrecht""",
    "MA": """casablanca rabat marrakech tanger fes agadir meknes oujda kenitra tetouan safi el jadida nador
        beni mellal mohammedia khouribga laayoune settat temara""",
    "TN": "tunis sfax sousse bizerte gabes kairouan monastir nabeul ben arous hammamet gafsa mahdia",
    "DZ": """alger algiers oran constantine annaba blida batna setif tlemcen bejaia tizi ouzou boumerdes skikda
        biskra chlef bouira mostaganem djelfa ouargla hassi messaoud""",
    "SN": "dakar thies ziguinchor kaolack touba mbour rufisque",
    "CI": "abidjan yamoussoukro bouake daloa san-pedro korhogo cocody yopougon marcory grand-bassam",
    "CM": "douala yaounde bafoussam garoua bamenda limbe kribi maroua ngaoundere",
    "CD": "kinshasa lubumbashi goma bukavu kisangani matadi mbuji-mayi kolwezi likasi",
    "CG": "brazzaville pointe-noire",
    "GA": "libreville port-gentil",
    "ML": "bamako",
    "BF": "ouagadougou bobo-dioulasso",
    "BJ": "cotonou porto-novo",
    "TG": "lome",
    "GN": "conakry",
    "NE": "niamey",
    "MG": "antananarivo toamasina tamatave mahajanga fianarantsoa toliara antsirabe antsiranana",
    "MR": "nouakchott",
    "HT": "port-au-prince",
    "RW": "kigali",
    "IE": """dublin cork limerick galway waterford kilkenny drogheda dundalk sligo athlone wexford tralee ennis
        letterkenny navan carlow mullingar naas swords bray castlebar westport killarney""",
    "PT": "lisbonne lisbon lisboa porto braga coimbra faro setubal aveiro viana do castelo funchal leiria",
    "BR": """sao paulo rio de janeiro brasilia belo horizonte porto alegre curitiba recife fortaleza campinas
        florianopolis manaus""",
    "AR": "buenos aires",
    "CO": "bogota medellin",
    "SG": "singapore singapour",
    "AU": """sydney melbourne brisbane perth adelaide canberra hobart darwin parramatta geelong wollongong townsville
        cairns gold coast ballarat bendigo toowoomba fremantle""",
    "NZ": "auckland wellington christchurch dunedin tauranga rotorua palmerston north",
    "PH": "manila quezon city makati pasig taguig cebu cebu city davao cainta",
    "VN": "hanoi ha noi ho chi minh city saigon da nang hai phong",
    "PK": "karachi lahore islamabad rawalpindi faisalabad peshawar multan",
    "CN": "beijing shanghai shenzhen guangzhou hangzhou wuhan chengdu nanjing",
    "BD": "dhaka chittagong cox's bazar",
    "LK": "colombo",
    "PL": """warsaw warszawa varsovie krakow cracovie wroclaw poznan gdansk lodz torun katowice szczecin lublin
        bydgoszcz gdynia rzeszow bialystok olsztyn kielce opole""",
    "CZ": "prague praha brno ostrava plzen olomouc",
    "SK": "bratislava kosice",
    "UA": "kyiv kiev kiew kharkiv lviv odesa odessa dnipro zaporizhzhia vinnytsia",
    "BG": "plovdiv varna burgas",
    "LT": "vilnius kaunas klaipeda",
    "LV": "riga",
    "EE": "tallinn tartu",
    "HU": "budapest",
    "RO": """bucharest bucarest bucuresti cluj-napoca timisoara iasi constanta brasov craiova galati oradea sibiu
        pitesti""",
    "GR": "athenes athens thessaloniki piraeus piree",
    "SE": "stockholm goteborg gothenburg malmo uppsala linkoping orebro vasteras lund umea",
    "NO": "oslo bergen trondheim stavanger drammen kristiansand tromso tromsø sandnes haugesund fredrikstad",
    # (folding keeps the Nordic "ø", which decomposes to no letter: "københavn" and "tromsø" as addresses write them;
    # "arhus" for the older "Århus")
    "DK": """copenhagen copenhague kobenhavn aarhus odense aalborg esbjerg fredericia kolding vejle horsens randers
        roskilde herning silkeborg gentofte københavn arhus""",
    "FI": "helsinki helsingfors espoo tampere turku oulu",
    # (not Lima, Santiago, Córdoba, Mendoza, Rosario: surnames and given names too, read before their country only)
    "JP": "tokyo osaka kyoto yokohama nagoya kobe sapporo fukuoka sendai hiroshima",
    "KR": "seoul busan incheon",
    "MX": "ciudad de mexico mexico city cdmx guadalajara monterrey",
    "PE": "arequipa",
    "CL": "santiago de chile valparaiso",
    "UY": "montevideo",
    "VE": "caracas",
    "EC": "quito guayaquil",
}
# Australia's states and territories, as addresses abbreviate them: those that name a place alone ("Chatswood NSW"),
# and those that need the postcode after them to be read as one ("Acme SA" is a company, "Prospect SA 5082" a suburb).
AUSTRALIAN_STATES = "NSW|VIC|QLD|TAS"
AUSTRALIAN_STATES_WITH_POSTCODE = "WA|SA|ACT|NT"
# The United States' postal codes of their states (and the District of Columbia), as addresses write them after the
# town ("Brooklyn, NY 11217", "Austin, TX").
_US_STATE_CODES_TEXT = """
    AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR
    PA RI SC SD TN TX UT VT VA WA WV WI WY DC
"""
US_STATE_CODES = frozenset(_US_STATE_CODES_TEXT.split())

# Ireland's counties (outside Dublin's city), as addresses name them after "Co." ("Ballincollig, Co. Cork").
IRISH_COUNTIES = (
    "Carlow|Cavan|Clare|Cork|Donegal|Dublin|Galway|Kerry|Kildare|Kilkenny|Laois|Leitrim|Limerick|Longford|Louth|Mayo|"
    "Meath|Monaghan|Offaly|Roscommon|Sligo|Tipperary|Waterford|Westmeath|Wexford|Wicklow"
)
# An Irish or British county written alone as an address's or a header's part: "Co. Cork", "County Durham", and
# "Co Kerry" without its stop for an Irish county only (not the title "Co Founder"; never the "Co." that ends a
# company's name, which a name precedes in the same part).
COUNTY_PART = rf"^(?:(?:Co\.|County)\s+[A-Z][a-z]+|Co\s+(?:{IRISH_COUNTIES}))$"
CITIES: dict[str, str] = {}
# Multi-word city names are written with single spaces between words and two or more names are separated by one
# space too, so the lists are split on a small set of known multi-word names first.
_MULTI = [
    "le havre", "le mans", "la rochelle", "la defense", "sophia antipolis", "la roche-sur-yon", "new york",
    "san francisco", "los angeles", "san diego", "san jose", "new delhi", "la haye", "the hague",
    "saint-quentin-en-yvelines", "la ciotat", "le puy-en-velay", "les ulis", "les sables-d'olonne",
    "milton keynes", "st albans", "kansas city", "st. louis", "las vegas", "salt lake city", "fort worth", "el paso",
    "new orleans", "palo alto", "mountain view", "santa clara", "jersey city", "la chaux-de-fonds", "la louviere",
    "el jadida", "beni mellal", "tizi ouzou", "hassi messaoud", "ben arous", "gold coast", "palmerston north",
    "quezon city", "cebu city", "ho chi minh city", "ha noi", "da nang", "hai phong", "st. polten", "le bourget",
    "la plaine saint-denis", "den haag", "viana do castelo", "sao paulo", "rio de janeiro", "belo horizonte",
    "porto alegre", "buenos aires", "addis ababa", "dar es salaam", "cox's bazar", "le caire", "abu dhabi",
    "ciudad de mexico", "mexico city", "santiago de chile", "ras al khaimah", "al ain", "al khobar", "kuwait city",
    "navi mumbai", "cape town", "port elizabeth", "port harcourt", "benin city",
]  # fmt: skip
for _code, _names in _CITIES_BY_COUNTRY.items():
    _text = " ".join(_names.split())
    for _multi in _MULTI:
        if _multi in _text:
            CITIES[_multi] = _code
            _text = _text.replace(_multi, " ")
    for _name in _text.split():
        CITIES.setdefault(_name, _code)
# Towns that are also people's names or words ("Lima", "Santiago", "Córdoba", "Mendoza", "La Paz"), read as towns only
# right before their own country ("Miraflores, Lima, Peru", "Providencia, Santiago, Chile"): folded name → countries.
NAMED_CITIES: dict[str, frozenset[str]] = {
    name: frozenset(codes.split())
    for name, codes in {
        "lima": "PE", "trujillo": "PE ES", "cusco": "PE", "piura": "PE", "santiago": "CL", "la serena": "CL",
        "concepcion": "CL PY", "temuco": "CL", "antofagasta": "CL", "vina del mar": "CL", "cordoba": "AR ES",
        "rosario": "AR", "mendoza": "AR", "la plata": "AR", "mar del plata": "AR", "salta": "AR", "tucuman": "AR",
        "cali": "CO", "cartagena": "CO ES", "barranquilla": "CO", "pereira": "CO", "puebla": "MX", "merida": "MX ES VE",
        "leon": "MX ES", "toluca": "MX", "queretaro": "MX", "tijuana": "MX", "la paz": "BO", "santa cruz": "BO",
        "cochabamba": "BO", "sucre": "BO", "asuncion": "PY", "amman": "JO", "aden": "YE", "lagos": "NG PT",
        "guimaraes": "PT", "san jose": "CR",
    }.items()
}  # fmt: skip
# Districts and communes of a large city that addresses name before the city ("Cocody Angré, 8e tranche" over
# "Abidjan, Côte d'Ivoire", "Marcory Zone 4, rue du Dr Blanchard, Abidjan"): folded district → folded city. The city,
# when the address names it too, is the home town.
DISTRICTS: dict[str, str] = {
    "cocody": "abidjan", "yopougon": "abidjan", "marcory": "abidjan", "ikeja": "lagos", "soweto": "johannesburg",
    "sandton": "johannesburg", "randburg": "johannesburg", "parramatta": "sydney", "fremantle": "perth",
}  # fmt: skip
# The counties of Britain and Ireland that addresses write between the town and the postcode ("Folkestone, Kent CT20",
# "Ballincollig, Co. Cork"), folded: no town of their own there.
_COUNTIES_TEXT = """
    kent surrey essex sussex hampshire berkshire buckinghamshire hertfordshire oxfordshire middlesex cheshire
    lancashire yorkshire devon cornwall dorset somerset wiltshire gloucestershire norfolk suffolk cambridgeshire
    lincolnshire derbyshire nottinghamshire leicestershire staffordshire shropshire worcestershire warwickshire
    herefordshire northamptonshire bedfordshire cumbria northumberland merseyside fife lothian lanarkshire
    ayrshire aberdeenshire rutland moray highland perthshire renfrewshire inverclyde clackmannanshire midlothian
    dunbartonshire argyll caithness sutherland banffshire kincardineshire berwickshire roxburghshire
    gwynedd powys ceredigion pembrokeshire carmarthenshire glamorgan monmouthshire denbighshire flintshire anglesey
"""
COUNTIES = frozenset(_COUNTIES_TEXT.split()) | {
    "east sussex", "west sussex", "north yorkshire", "west yorkshire", "south yorkshire", "county durham",
    "west midlands", "greater manchester", "greater london", "isle of wight", "east lothian", "west lothian",
    "scottish borders", "dumfries and galloway", "perth and kinross", "argyll and bute", "tyne and wear",
    "vale of glamorgan", "east riding of yorkshire",
}  # fmt: skip
# Regions and states that stand for a country in addresses ("Pune, Maharashtra", "Austin, TX" is handled apart).
REGIONS: dict[str, str] = dict.fromkeys(
    [
        "karnataka",
        "maharashtra",
        "telangana",
        "kerala",
        "gujarat",
        "rajasthan",
        "haryana",
        "punjab",
        "odisha",
        "orissa",
        "bihar",
        "goa",
        "assam",
        "uttarakhand",
        "jharkhand",
        "chhattisgarh",
    ],
    "IN",
)
REGIONS.update({"tamil nadu": "IN", "uttar pradesh": "IN", "west bengal": "IN", "andhra pradesh": "IN",
                "madhya pradesh": "IN", "ile-de-france": "FR", "bretagne": "FR", "normandie": "FR",
                "occitanie": "FR", "auvergne-rhone-alpes": "FR", "provence-alpes-cote d'azur": "FR",
                "hauts-de-france": "FR", "nouvelle-aquitaine": "FR", "grand est": "FR", "california": "US",
                "texas": "US", "ontario": "CA"})  # fmt: skip
for _region, _code in REGIONS.items():
    COUNTRIES.setdefault(_region, _code)

# France's départements with their numbers, and its regions (new and former), folded with hyphens for spaces: "Haute-
# Savoie (74)" names a département, not a town, where "Vienne (38)" is the town of Isère (the département of Vienne is
# 86). Read by the address rules only.
FRENCH_DEPARTMENTS: dict[str, str] = {
    "ain": "01", "aisne": "02", "allier": "03", "alpes-de-haute-provence": "04", "hautes-alpes": "05",
    "alpes-maritimes": "06", "ardeche": "07", "ardennes": "08", "ariege": "09", "aube": "10", "aude": "11",
    "aveyron": "12", "bouches-du-rhone": "13", "calvados": "14", "cantal": "15", "charente": "16",
    "charente-maritime": "17", "cher": "18", "correze": "19", "corse-du-sud": "2A", "haute-corse": "2B",
    "cote-d-or": "21", "cotes-d-armor": "22", "creuse": "23", "dordogne": "24", "doubs": "25", "drome": "26",
    "eure": "27", "eure-et-loir": "28", "finistere": "29", "gard": "30", "haute-garonne": "31", "gers": "32",
    "gironde": "33", "herault": "34", "ille-et-vilaine": "35", "indre": "36", "indre-et-loire": "37", "isere": "38",
    "jura": "39", "landes": "40", "loir-et-cher": "41", "loire": "42", "haute-loire": "43", "loire-atlantique": "44",
    "loiret": "45", "lot": "46", "lot-et-garonne": "47", "lozere": "48", "maine-et-loire": "49", "manche": "50",
    "marne": "51", "haute-marne": "52", "mayenne": "53", "meurthe-et-moselle": "54", "meuse": "55", "morbihan": "56",
    "moselle": "57", "nievre": "58", "nord": "59", "oise": "60", "orne": "61", "pas-de-calais": "62",
    "puy-de-dome": "63", "pyrenees-atlantiques": "64", "hautes-pyrenees": "65", "pyrenees-orientales": "66",
    "bas-rhin": "67", "haut-rhin": "68", "rhone": "69", "haute-saone": "70", "saone-et-loire": "71", "sarthe": "72",
    "savoie": "73", "haute-savoie": "74", "seine-maritime": "76", "seine-et-marne": "77", "yvelines": "78",
    "deux-sevres": "79", "somme": "80", "tarn": "81", "tarn-et-garonne": "82", "var": "83", "vaucluse": "84",
    "vendee": "85", "vienne": "86", "haute-vienne": "87", "vosges": "88", "yonne": "89",
    "territoire-de-belfort": "90", "essonne": "91", "hauts-de-seine": "92", "seine-saint-denis": "93",
    "val-de-marne": "94", "val-d-oise": "95", "guadeloupe": "971", "martinique": "972", "guyane": "973",
    "reunion": "974", "la-reunion": "974", "mayotte": "976",
}  # fmt: skip
_FRENCH_REGIONS_TEXT = """ile-de-france bretagne normandie basse-normandie haute-normandie occitanie
    auvergne-rhone-alpes auvergne rhone-alpes provence-alpes-cote-d-azur paca cote-d-azur hauts-de-france
    nord-pas-de-calais picardie nouvelle-aquitaine aquitaine limousin poitou-charentes grand-est alsace lorraine
    champagne-ardenne pays-de-la-loire centre-val-de-loire centre bourgogne-franche-comte bourgogne franche-comte
    corse midi-pyrenees languedoc-roussillon"""
FRENCH_REGIONS = frozenset(_FRENCH_REGIONS_TEXT.split())


def french_area(name: str) -> str | None:
    """The number of the French département a name is ("Haute-Savoie" → "74"), "" for a region ("Bretagne", "Île-de-
    France", "Grand Est"), None for neither."""
    key = re.sub(r"[\s'’-]+", "-", fold(name).strip())
    if key in FRENCH_REGIONS:
        return ""
    return FRENCH_DEPARTMENTS.get(key)


# Ambiguous words that are cities only in context ("Nice", "Reading", "Laval", "Mons", "Valence"; given names, surnames
# and firms' words: "Kimberley Durand", "Centurion Sécurité", "Jos", "Kano").
AMBIGUOUS_CITIES = {
    "nice", "reading", "tours", "valence", "mons", "laval", "us", "pau", "orleans", "sevres", "lagos", "kimberley",
    "centurion", "jos", "kano",
}  # fmt: skip

_PLACE_RE = re.compile(
    r"(?<![\w-])("
    + "|".join(re.escape(n) for n in sorted(set(CITIES) | set(COUNTRIES), key=len, reverse=True))
    + r")(?![\w-])"
)


# The first word of every name: a line holding none of them holds no place, and skips the long pattern above (a match
# starts where the text's word equals the name's first word, so this never hides one).
_WORD_RE = re.compile(r"\w+")
_FIRST_WORDS = frozenset(_WORD_RE.match(name).group() for name in set(CITIES) | set(COUNTRIES))  # type: ignore[union-attr]


# A street named after a town, which says nothing of where the address is: the town before an English street's word
# ("14 Wellington Road, Manchester", "London Road, Reading", "Oxford Street") or after a French street's word and "de"
# ("12 rue de Londres, 75009 Paris", "route de Lyon, 69800 Saint-Priest", "avenue de Paris, Vincennes"); folded.
_STREET_AFTER_RE = re.compile(r"\s+(?:road|rd|street|avenue|ave|lane|drive|crescent|terrace|grove|gardens|mews)\b")
_STREET_BEFORE_RE = re.compile(
    r"\b(?:rue|avenue|av\.?|boulevard|bd|route|rte|chemin|allee|impasse|quai|faubourg)\s+(?:de\s+|d')$"
)


def find_places(text: str) -> list[tuple[str, str, str]]:
    """(kind "city"/"country", folded name, country code) for each gazetteer name in the text, in order (not a town a
    street is named after)."""
    folded = fold(text)
    if _FIRST_WORDS.isdisjoint(_WORD_RE.findall(folded)):
        return []
    found = []
    for match in _PLACE_RE.finditer(folded):
        name = match.group(1)
        if name in CITIES and (
            _STREET_AFTER_RE.match(folded, match.end()) or _STREET_BEFORE_RE.search(folded, 0, match.start())
        ):
            continue
        if name in CITIES:
            found.append(("city", name, CITIES[name]))
        else:
            found.append(("country", name, COUNTRIES[name]))
    return found

"""Countries as exports write them, read as one field: Trustpilot's "Consumer Country" (GB, DE, NL), a survey's
"Which country do you live in?" (United Kingdom, Germany), an app store's "Country" (US, FR) are stored under the
metadata key ``country`` with the country's English name, beside the column as given.

A meal-kit tester's "Which country complains most about late deliveries?" was split by the survey's column alone
(the UK first, 19 to 17; Germany 74 to 54 over every source) and "in Germany" named no filter. Names come from the
region data of ``phonenumbers`` (a dependency already: its 245 regions' English names), plus the codes people write
that are not ISO ("UK", "USA"). A value that is no code or known name is kept as written.

Three-letter codes (App Store Connect's "DEU", "CAN") are read for about 90 countries, and the chat reads their
people's names ("Brazilian customers", ``demonyms``), and the names of about 20 European countries in their own and
their neighbours' languages ("Deutschland", "Nederland", "Belgique"), and of Mexico, the United States, Canada, Brazil
and Peru in Spanish, Portuguese, French, German and Italian ("México", "Estados Unidos", "clientes mexicanos").
Not handled: the other three-letter codes and names in other languages, kept as written; Zendesk's country as a tag
("country_de") or an unnamed custom field.
"""

from __future__ import annotations

import functools
import re

KEY = "country"
_COLUMN = re.compile(r"(?:^|_)(?:country|countries|country_code|pays|pais|paese|land_code|nationality|territory|"
                     r"storefront)(?:_|$)|^iso(?:_?code|2)?$")  # App Store Connect's reviews: "territory": "ITA";
# Appfigures' review export: "iso": "GB" (a rental tester's "German customers" found none of its app reviews)
_ALIASES = {"UK": "GB", "USA": "US", "U.S.": "US", "U.S.A.": "US", "UAE": "AE", "U.K.": "GB", "EL": "GR"}
# ISO 3166 alpha-3 codes (App Store Connect's territories: "DEU", "FRA", "CAN"), of the countries feedback most often
# comes from; another three-letter code is kept as written.
_ALPHA3 = dict(pair.split(":") for pair in """ARG:AR AUS:AU AUT:AT BEL:BE BGD:BD BGR:BG BRA:BR CAN:CA CHE:CH CHL:CL
CHN:CN COL:CO CZE:CZ DEU:DE DNK:DK DZA:DZ ECU:EC EGY:EG ESP:ES EST:EE FIN:FI FRA:FR GBR:GB GRC:GR HKG:HK HRV:HR HUN:HU
IDN:ID IND:IN IRL:IE IRN:IR ISL:IS ISR:IL ITA:IT JPN:JP KAZ:KZ KEN:KE KOR:KR LKA:LK LTU:LT LUX:LU LVA:LV MAR:MA MEX:MX
MYS:MY NGA:NG NLD:NL NOR:NO NZL:NZ PAK:PK PER:PE PHL:PH POL:PL PRT:PT ROU:RO RUS:RU SAU:SA SGP:SG SRB:RS SVK:SK SVN:SI
SWE:SE THA:TH TUN:TN TUR:TR TWN:TW UKR:UA URY:UY USA:US VEN:VE VNM:VN ZAF:ZA ARE:AE QAT:QA KWT:KW CYP:CY MLT:MT
GHA:GH ETH:ET TZA:TZ UGA:UG CRI:CR PAN:PA DOM:DO GTM:GT BOL:BO PRY:PY""".split())
_NAMES = {"united states of america": "United States", "america": "United States", "great britain": "United Kingdom",
          "england": "United Kingdom", "scotland": "United Kingdom", "wales": "United Kingdom",
          "northern ireland": "United Kingdom", "holland": "Netherlands", "the netherlands": "Netherlands",
          "korea": "South Korea", "republic of korea": "South Korea", "czechia": "Czech Republic",
          "turkiye": "Turkey", "türkiye": "Turkey", "russian federation": "Russia",
          # the names Europeans write in their own languages ("Welke klachten hebben klanten in Nederland?": an
          # EV-charging tester's Dutch question named no country)
          "deutschland": "Germany", "allemagne": "Germany", "duitsland": "Germany", "alemania": "Germany",
          "germania": "Germany", "nederland": "Netherlands", "niederlande": "Netherlands", "pays-bas": "Netherlands",
          "países bajos": "Netherlands", "paesi bassi": "Netherlands", "belgië": "Belgium", "belgie": "Belgium",
          "belgique": "Belgium", "belgien": "Belgium", "bélgica": "Belgium", "frankreich": "France",
          "frankrijk": "France", "francia": "France", "españa": "Spain", "spanien": "Spain", "espagne": "Spain",
          "spanje": "Spain", "italia": "Italy", "italien": "Italy", "italie": "Italy", "italië": "Italy",
          "österreich": "Austria", "oostenrijk": "Austria", "autriche": "Austria", "schweiz": "Switzerland",
          "suisse": "Switzerland", "zwitserland": "Switzerland", "svizzera": "Switzerland", "polska": "Poland",
          "polen": "Poland", "pologne": "Poland", "sverige": "Sweden", "schweden": "Sweden", "suède": "Sweden",
          "danmark": "Denmark", "dänemark": "Denmark", "norge": "Norway", "norwegen": "Norway",
          "royaume-uni": "United Kingdom", "vereinigtes königreich": "United Kingdom", "verenigd koninkrijk":
          "United Kingdom", "reino unido": "United Kingdom", "regno unito": "United Kingdom",
          # ... and the Americas' ("¿Cuáles son las principales quejas de los clientes en México?": a
          # shift-scheduling tester's Spanish question named no country)
          "méxico": "Mexico", "mexique": "Mexico", "mexiko": "Mexico", "messico": "Mexico",
          "estados unidos": "United States", "ee. uu.": "United States", "eeuu": "United States",
          "états-unis": "United States", "etats-unis": "United States", "vereinigte staaten": "United States",
          "verenigde staten": "United States", "stati uniti": "United States", "canadá": "Canada",
          "kanada": "Canada", "brasil": "Brazil", "brésil": "Brazil", "brasilien": "Brazil", "brasile": "Brazil",
          "perú": "Peru", "pérou": "Peru",
          # (a neobank tester's German survey wrote "Irland": its 26 Irish answers were a country of their own)
          "irland": "Ireland", "ierland": "Ireland", "irlande": "Ireland", "irlanda": "Ireland", "éire": "Ireland",
          "eire": "Ireland", "luxemburg": "Luxembourg", "finnland": "Finland", "finlande": "Finland",
          "griechenland": "Greece", "grèce": "Greece", "grecia": "Greece", "tschechien": "Czech Republic",
          "ungarn": "Hungary", "kroatien": "Croatia", "rumänien": "Romania", "slowakei": "Slovakia"}

# What the people of a country are called, for the countries above: "What do Brazilian customers complain about?" is
# country=Brazil (a tester's answer: "No plan or group called 'Brazilian'" over 57 items from Brazil).
_DEMONYMS = dict(line.split(":") for line in """United Arab Emirates:Emirati|Argentina:Argentine/Argentinian
Austria:Austrian|Australia:Australian/Aussie|Bangladesh:Bangladeshi|Belgium:Belgian|Bulgaria:Bulgarian|Bolivia:Bolivian
Brazil:Brazilian|Canada:Canadian|Switzerland:Swiss|Chile:Chilean|China:Chinese|Colombia:Colombian
Costa Rica:Costa Rican|Cyprus:Cypriot|Czech Republic:Czech|Germany:German|Denmark:Danish|Dominican Republic:Dominican
Algeria:Algerian|Ecuador:Ecuadorian|Estonia:Estonian|Egypt:Egyptian|Spain:Spanish|Ethiopia:Ethiopian|Finland:Finnish
France:French|United Kingdom:British/UK|Ghana:Ghanaian|Greece:Greek|Guatemala:Guatemalan|Hong Kong:Hong Kong
Croatia:Croatian|Hungary:Hungarian|Indonesia:Indonesian|Ireland:Irish|Israel:Israeli|India:Indian|Iran:Iranian
Iceland:Icelandic|Italy:Italian|Japan:Japanese|Kenya:Kenyan|South Korea:Korean/South Korean|Kuwait:Kuwaiti
Kazakhstan:Kazakh|Sri Lanka:Sri Lankan|Lithuania:Lithuanian|Luxembourg:Luxembourgish|Latvia:Latvian
Morocco:Moroccan|Malta:Maltese|Mexico:Mexican|Malaysia:Malaysian|Nigeria:Nigerian|Netherlands:Dutch
Norway:Norwegian|New Zealand:New Zealand/Kiwi|Panama:Panamanian|Peru:Peruvian|Philippines:Filipino/Philippine
Pakistan:Pakistani|Poland:Polish|Portugal:Portuguese|Paraguay:Paraguayan|Qatar:Qatari|Romania:Romanian
Serbia:Serbian|Russia:Russian|Saudi Arabia:Saudi|Sweden:Swedish|Singapore:Singaporean|Slovenia:Slovenian
Slovakia:Slovak|Thailand:Thai|Tunisia:Tunisian|Turkey:Turkish|Taiwan:Taiwanese|Tanzania:Tanzanian
Ukraine:Ukrainian|Uganda:Ugandan|United States:American/US/U.S.|Uruguay:Uruguayan|Venezuela:Venezuelan
Vietnam:Vietnamese|South Africa:South African""".replace("|", "\n").splitlines())


# ... and in French, German, Dutch, Spanish and Italian, for the countries feedback most often names that way
# ("les principales plaintes de nos clients français": a grocery tester's)
_FOREIGN_DEMONYMS = {
    "France": "français/française/françaises/französische/französischen/französischer/franse/franceses/francesi",
    "Germany": "allemands/allemandes/deutsche/deutschen/deutscher/duitse/alemanes/tedeschi",
    "Netherlands": "néerlandais/néerlandaises/hollandais/niederländische/niederländischen/niederländischer/nederlandse/neerlandeses/"
                   "olandesi",
    "Belgium": "belges/belgische/belgischen/belgischer/belgas/belgi",
    "Spain": "espagnols/espagnoles/spanische/spanischen/spanischer/spaanse/españoles/spagnoli",
    "Italy": "italiens/italiennes/italienische/italienischen/italienischer/italiaanse/italianos/italiani",
    "United Kingdom": "britanniques/britische/britischen/britischer/britse/británicos/britannici",
    "Austria": "autrichiens/österreichische/österreichischen/österreichischer/oostenrijkse/austriacos/austriaci",
    "Switzerland": "suisses/schweizer/zwitserse/suizos/svizzeri",
    "Mexico": "mexicanos/mexicanas/mexicains/mexicaines/mexikanische/mexikanischen/mexikanischer/mexicaanse/messicani",
    "United States": "estadounidenses/américains/américaines/amerikanische/amerikanischen/amerikanischer/amerikaanse/"
                     "statunitensi",
    "Canada": "canadienses/canadiens/canadiennes/kanadische/kanadischen/kanadischer/canadese/canadesi",
    "Brazil": "brasileños/brasileiros/brésiliens/brésiliennes/brasilianische/brasilianischen/braziliaanse/brasiliani"}


def foreign_demonyms(country: str) -> tuple[str, ...]:
    """What the people of ``country`` are called in French, German, Dutch, Spanish and Italian (plural forms), () for
    a country not listed."""
    return tuple(_FOREIGN_DEMONYMS.get(country_name(country), "").split("/")) if country_name(country) in \
        _FOREIGN_DEMONYMS else ()


def demonyms(country: str) -> tuple[str, ...]:
    """What the people of ``country`` (its English name, as stored) are called ("Germany" -> ("German",)); () for a
    country not listed."""
    return tuple(_DEMONYMS.get(country_name(country), "").split("/")) if country_name(country) in _DEMONYMS else ()


# What the people of a part of a country are called, for a region column's values ("Scottish customers" for
# Region=Scotland: a telehealth tester's question named no group). Not "English": a language as often.
_PLACE_DEMONYMS = {"scotland": ("Scottish", "Scots"), "wales": ("Welsh",), "northern ireland": ("Northern Irish",),
                   "texas": ("Texan", "Texans"), "california": ("Californian",), "florida": ("Floridian",),
                   "bavaria": ("Bavarian",), "catalonia": ("Catalan",), "flanders": ("Flemish",),
                   "wallonia": ("Walloon",), "quebec": ("Quebecer", "Québécois"), "ontario": ("Ontarian",),
                   "andalusia": ("Andalusian",), "brittany": ("Breton",), "sicily": ("Sicilian",),
                   "tuscany": ("Tuscan",), "cornwall": ("Cornish",)}


def place_demonyms(place: str) -> tuple[str, ...]:
    """What the people of a region are called ("Scotland" -> ("Scottish", "Scots")); () for one not listed."""
    return _PLACE_DEMONYMS.get(place.strip().lower(), ())


def other_names(country: str) -> tuple[str, ...]:
    """The other names people write for ``country`` (its English name, as stored): "UK", "U.K.", "Great Britain",
    "England" for the United Kingdom; "USA", "America" for the United States (a thermostat tester's "installer
    no-shows in Germany compared to the UK" compared nothing: "the UK" named no country).

    Example:
        >>> other_names("United Kingdom")[:3]
        ('UK', 'U.K.', 'Great Britain')
    """
    name = country_name(country)
    code = next((c for c, n in _regions().items() if n == name), None)
    codes = tuple(alias for alias, c in _ALIASES.items() if c == code and alias != "EL")
    codes += ("US",) if code == "US" else ()  # "the US", "US customers" (upper case only: not "us"); no other code
    # is said so (the words "IN", "IT")
    return codes + tuple(n.title() if n.islower() else n for n, full in _NAMES.items() if full == name
                         and not n.startswith("the "))


_PLACE = re.compile(r"(?:^|_)(?:location|region|market|geo|geography)(?:_|$)")


def names_a_place(column: str) -> bool:
    """The column's name says it holds a place, which may be a country ("location": Judge.me's "United States")."""
    from retrieval.columns import _norm

    return _PLACE.search(_norm(column)) is not None


# a town's column: Zendesk's "City [list]", a survey's hidden "city", a form's "Which city do you deliver in?"
_CITY = re.compile(r"(?:^|_)(?:city|cities|town|towns|ciudad|ciutat|ville|stadt|metro)(?:_|$)")


def names_a_city(column: str) -> bool:
    """The column's name says it holds a city: "in Valencia" is who the feedback comes from, as "in Germany" is."""
    from retrieval.columns import _norm

    return _CITY.search(_norm(column)) is not None


def names_a_country(column: str) -> bool:
    """Does the column's name say it holds a country ("Consumer Country", "Which country do you live in?",
    "country_code")?"""
    from retrieval.columns import _norm

    return _COLUMN.search(_norm(column)) is not None


@functools.cache
def _regions() -> dict[str, str]:
    """ISO 3166 alpha-2 code -> English name, for every region ``phonenumbers`` has an example number of."""
    import phonenumbers
    from phonenumbers.geocoder import country_name_for_number

    out = {}
    for region in phonenumbers.SUPPORTED_REGIONS:
        example = phonenumbers.example_number(region)
        name = country_name_for_number(example, "en") if example is not None else ""
        if name:
            out[region] = name
    return out


@functools.cache
def _by_name() -> dict[str, str]:
    return {**{name.lower(): name for name in _regions().values()}, **_NAMES}


def known_country(value: str | None, *, names_only: bool = False) -> str | None:
    """The English name of the country ``value`` names when it names one ("US", "Italy"), else None (a city, a
    street, "Narnia"); with ``names_only``, a code is none ("CA" in a location column is as often California): a
    "location" column that holds countries (Judge.me) is read as one."""
    v = (value or "").strip()
    if not v or names_only and (len(v) <= 3 or v.isupper()):
        return None
    name = country_name(v)
    return name if name != v or v.lower() in _by_name() else None


def country_name(value: str) -> str:
    """The English name of the country ``value`` names ("DE" -> "Germany", "uk" -> "United Kingdom", "germany" ->
    "Germany"), else ``value`` as written (stripped).

    Example:
        >>> [country_name(v) for v in ("DE", "uk", "DEU", "United Kingdom", "germany", "Narnia")]
        ['Germany', 'United Kingdom', 'Germany', 'United Kingdom', 'Germany', 'Narnia']
    """
    v = value.strip()
    code = _ALIASES.get(v.upper()) or _ALPHA3.get(v.upper()) or v.upper()
    if len(code) == 2 and code.isalpha() and code in _regions():
        return _regions()[code]
    return _by_name().get(v.lower(), v)

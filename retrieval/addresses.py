"""Street addresses: a house number and a street, with the postcode and town that follow them.

An address is taken when its *shape* says so:

- **number first** (English, French): ``221B Baker Street``, ``1600 Amphitheatre Parkway``, ``12 rue de Rivoli``,
  ``5 avenue des Champs-Élysées``: a house number (1-5 digits, optional letter or range), then one to four words
  (capitalised, or French particles) and a street word (``Street``, ``St``, ``Road``, ``Avenue``, ``Lane``,
  ``Drive``, ``Boulevard``, ``Parkway``, ``rue``, ``avenue``, ``boulevard``, ``chemin``...);
- **number last** (German, Dutch, Scandinavian, Spanish, Italian, Portuguese, Polish): ``Hauptstraße 5``,
  ``Kalverstraat 12``, ``Calle Mayor 10``, ``Via Roma 12``, ``Rua Augusta 100``, ``ul. Długa 5``: a street word
  fused to the name (``...straße``, ``...weg``, ``...gasse``, ``...platz``, ``...straat``, ``...gracht``,
  ``...vej``, ``...gatan``) or before it (``Calle``, ``Avenida``, ``Via``, ``Piazza``, ``Rua``, ``ul.``), then a number;
- then, optionally: a unit (``Apt 4``, ``Suite 200``, ``#12``), and after a comma a postcode and town
  (``10115 Berlin``, ``London NW1 6XE``, ``Mountain View, CA 94043``).

- **other shapes**: Turkish ``Atatürk Bulvarı No: 45 D: 3``, Indonesian ``Jl. Merdeka No. 17``, a Singapore block
  ``Blk 512 Jurong West St 52 #07-118``, Japanese in Latin letters ``1-2-3 Ginza, Chuo-ku``, Chinese and Japanese
  written without spaces (a district, then a block or street number: ``世田谷区桜丘3丁目12-5``, ``朝阳区建国路88号``),
  Korean ``...구 ...로 123``; a flat with its floor (``Apartment 4C, third floor``) and a floor with its side
  (``Hinterhaus, 3. OG rechts``, ``4e étage droite``): together they say which door is a customer's;
- **after a label** (``Address:``, ``my address is``, ``Anschrift:``, ``dirección:``, ``Adresim:``...): the
  comma-separated parts that follow, each starting with a capital or a digit, one of them holding a digit (so
  addresses of any country's shape: ``Address: Flat 2, Rose Villa, 5th Cross Road, Jayanagar, Bengaluru 560041``).

A postcode next to its town is also taken without a street (``London SW1A 1AA``, ``Mountain View, CA 94043``,
``10115 Berlin``; not "10000 Steps": the word after the number must be no ordinary English word, and no 4-digit
number starting 19/20, a year). The whole address becomes ``<ADDRESS>``.

Not handled: addresses without a house number ("I live on Baker Street"), PO boxes, Chinese or Japanese addresses
without a district word before the number, a postcode alone (``SW1A 1AA``), a 4-digit postcode before a town that
starts like a year.
"""

from __future__ import annotations

import re

from retrieval.first_names import is_english_word
from retrieval.states import PROVINCE_CODES, US_CODES

_EN_STREET = (r"street|st|road|rd|avenue|ave|av|boulevard|blvd|lane|ln|drive|dr|court|ct|place|pl|terrace|way|close|"
              r"crescent|parkway|pkwy|highway|hwy|square|sq|circle|cir|row|walk|grove|gardens|mews|alley|"
              r"plaza|broadway")
_FR_STREET = r"rue|avenue|av\.|boulevard|bd|chemin|impasse|allée|quai|place|route|cours|passage"
_CAP = r"(?-i:[A-ZÀ-ÖØ-Þ])[\w'’.\-]*"
_TOWN_WORD = r"(?-i:[A-ZÀ-ÖØ-Þ])[^\W\d_]*(?:['’.\-][^\W\d_]+)*(?!\w)"
_ORDINAL = r"\d{1,3}(?:st|nd|rd|th)"  # "409 W 4th St", "12 East 42nd Street"
_HOUSE = r"\d{1,5}(?:[ -]?\d{1,5})?(?-i:[A-Z])?(?:\s*(?:bis|ter))?"
_UNIT = r"(?:,?\s*(?:apt\.?|apartment|suite|ste\.?|unit|flat|floor|#)\s*[\w-]{1,6})?"
_US_STATES = "|".join(US_CODES)
_UK_POSTCODE = r"(?-i:[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2})"
_ZIP = rf"(?-i:(?:{_US_STATES}))\s+\d{{5}}(?:-\d{{4}})?"
# ", Toronto, ON M5H 2N2": a Canadian province and postal code (a shift-scheduling tester's kept it after the street)
_CA_POSTCODE = rf"(?-i:(?:{'|'.join(PROVINCE_CODES)})\s+[A-Z]\d[A-Z] ?\d[A-Z]\d)"
# ", 10115 Berlin", ", London NW1 6XE", ", Mountain View, CA 94043", ", 75001 Paris, France"
_TOWN = (rf"(?:,?\s+(?:\d{{4,5}}(?:\s?(?-i:[A-Z]{{2}}))?\s+{_TOWN_WORD}(?:[ -]{_TOWN_WORD}){{0,2}}|"
         rf"{_TOWN_WORD}(?:[ -]{_TOWN_WORD}){{0,2}}"
         rf"(?:,?\s+(?:{_ZIP}|{_CA_POSTCODE}|{_UK_POSTCODE}))?|{_ZIP}|{_CA_POSTCODE}|{_UK_POSTCODE}))?")
_NUMBER_FIRST = re.compile(
    rf"(?<![\w.,/$€£-])(?<!\d )({_HOUSE}),?\s+(?:(?:{_CAP}|de|des|du|la|le|l'|d')\s+){{0,4}}?"
    rf"(?:(?:{_CAP}\s+|{_ORDINAL}\s+)(?:{_EN_STREET})\b\.?|(?:{_FR_STREET})\s+(?:(?:de|des|du|la|le|l'|d')\s*)?{_CAP}"
    rf"(?:[ -](?:de|des|du|la|le|{_CAP})){{0,3}}){_UNIT}{_TOWN}",
    re.IGNORECASE)
_FUSED = r"straße|strasse|str\.|weg|gasse|platz|allee|ring|damm|ufer|straat|gracht|laan|plein|kade|vej|gade|gatan|vägen|veien|gata"
_BEFORE = r"calle|c/|avenida|avda\.?|av\.|paseo|plaza|via|viale|piazza|corso|largo|rua|travessa|praça|ul\.|ulica|aleja"
_NUMBER_LAST = re.compile(
    rf"(?<![\w-])(?:(?-i:[A-ZÄÖÜ])[\wäöüß\-]*(?:{_FUSED})|(?:{_BEFORE})\s+(?:(?:de|del|la|da|do|dos|das|di)\s+)?"
    rf"{_CAP}(?:\s+(?:de|del|la|da|do|dos|das|di|{_CAP})){{0,3}}|(?-i:[A-ZÄÖÜ])[\wäöüß]*\s+(?-i:Straße|Strasse|Str\.|"
    rf"Weg|Platz|Allee))[ ,]*(?:n[º°o]\.?\s*)?\d{{1,4}}(?-i:[a-zA-Z])?(?:[/-]\d{{1,4}})?(?![\w.,]\d)"
    rf"(?:,?\s+\d{{4,5}}(?:\s?(?-i:[A-Z]{{2}}))?\s+{_TOWN_WORD}(?:[ -]{_TOWN_WORD}){{0,2}})?"
    # a Mexican colonia, a Brazilian bairro
    rf"(?:,\s*(?-i:Col\.|Colonia|Bairro|Barrio)\s+{_CAP}(?:\s+{_CAP}){{0,3}})?",
    re.IGNORECASE)
# A Singapore housing block: "Blk 512 Jurong West St 52 #07-118" (the street has a number of its own, the flat is
# floor-unit after "#").
_BLOCK = re.compile(rf"(?<![\w-])(?-i:Blk|Block)\s+\d{{1,4}}[A-Z]?\s+(?:{_CAP}\s+){{1,3}}(?:{_EN_STREET})\b\.?"
                    r"(?:\s+\d{1,3})?(?:\s*#\d{1,3}-\d{1,5})?", re.IGNORECASE)
# A postcode next to its town, without a street: "London SW1A 1AA", "Mountain View, CA 94043", "10115 Berlin".
# (session 22, from held-out PII set 20, dev since: the shapes of other countries' postcodes before a town: Polish
# "00-950 Warszawa", Czech and Slovak "130 00 Praha 3", Baltic "LT-01103 Vilnius", Bulgarian "1784 София", Russian
# "101000 Москва")
_TOWN_ANY = r"(?-i:[A-ZÀ-ÖØ-ÞĀ-ſА-ЯЁΑ-Ω])[^\W\d_]+(?:-[^\W\d_]+)?"
_POSTCODE_TOWN = re.compile(
    rf"(?<![\w-])(?:{_TOWN_WORD}(?:[ -]{_TOWN_WORD}){{0,2}},?\s+(?:{_UK_POSTCODE}|{_ZIP}|{_CA_POSTCODE})|{_UK_POSTCODE},?\s+{_TOWN_WORD}"
    rf"|(?P<code>\d{{5}}|(?!19|20)\d{{4}})\s+(?P<town>{_TOWN_WORD})"
    rf"|(?:{_TOWN_ANY}(?:\s+{_TOWN_ANY}){{0,2}}\s+\d{{1,5}}(?:/\d{{1,4}})?(?-i:[a-zA-Z])?,\s+)?"
    rf"(?:\d\d-\d{{3}}|\d{{3}} \d\d|(?-i:LT|LV|EE)-\d{{4,5}})\s+{_TOWN_ANY}(?: \d{{1,2}}(?!\w|[.,]\d))?"
    rf"|(?<=,\s)(?:(?!19|20)\d{{4}}|\d{{6}})\s+(?-i:[А-ЯЁ])[а-яё]+(?:-[А-ЯЁ]?[а-яё]+)?)(?![\w-])")


# A Brazilian CEP: after "CEP", or after a state's code ("São Paulo - SP, 01304-001": a streaming tester's stayed
# after the street, "Rua Augusta, 1500 - Consolação", was redacted)
_BR_STATES = "AC|AL|AP|AM|BA|CE|DF|ES|GO|MA|MT|MS|MG|PA|PB|PR|PE|PI|RJ|RN|RS|RO|RR|SC|SP|SE|TO"
_CEP = re.compile(rf"(?<![\w-])(?:(?-i:CEP):?\s*\d{{5}}-?\d{{3}}|(?<=[-,]\s)(?-i:{_BR_STATES}),?\s+\d{{5}}-\d{{3}})"
                  r"(?![\w-])")


def _postcode_town(m: re.Match[str]) -> str:
    from retrieval.countries import names_a_country

    town = m.group("town")
    if town and (is_english_word(town) or m.string[max(0, m.start() - 1):m.start()] in "$€£"):
        return m.group(0)  # "10000 Steps", "$12000 Dollars": a number and a word, not a postcode and a town
    if town and (names_a_country(town) or _CODE_BEFORE.search(m.string, max(0, m.start() - 12), m.start())):
        return m.group(0)  # "Error 30007 México", "code 21610 Brazil": an error code and a country (a tester's)
    if town and re.search(r"(?<![\w-])(?-i:[A-Z][A-Z0-9]|[A-Z0-9][A-Z])\s$", m.string[max(0, m.start() - 4):m.start()]):
        return m.group(0)  # a flight: "JU 6041 Ljubljana–Beograd" (session 22)
    return "<ADDRESS>"


_CODE_BEFORE = re.compile(r"(?i)\b(?:error|err|code|status|fehler|erreur|código|codigo)\s*[#:]?\s*$")


# Turkish: a street word after the name, then "No" and the number, door and town ("Atatürk Bulvarı No: 45 D: 3,
# Çankaya/Ankara"); Indonesian and Malay: "Jl." before the name, "No." before the number ("Jl. Merdeka No. 17").
_TR_STREET = r"Caddesi|Cad\.|Cd\.|Sokak|Sokağı|Sok\.|Sk\.|Bulvarı|Blv\.|Mahallesi|Mah\."
_NO = r"(?:No|Nr|Nomor)\s*[:.]?\s*\d{1,4}(?-i:[A-Za-z])?(?![\w])"
_TOWNS = rf"(?:,\s*{_TOWN_WORD}(?:[ /-]{_TOWN_WORD}){{0,2}}){{0,3}}"
_STREET_NO = re.compile(
    rf"(?<![\w-])(?:{_CAP}\s+){{1,3}}(?-i:{_TR_STREET})(?:\s+{_CAP}){{0,2}},?\s*{_NO}"
    rf"(?:\s*(?:/|(?:D|Daire|Kat)\s*[:.]?)\s*\d{{1,3}})*{_TOWNS}"
    rf"|(?<![\w-])(?-i:Jl\.|Jln\.?|Jalan)\s+{_CAP}(?:\s+{_CAP}){{0,3}}(?:\s+(?-i:KM|Km)\.?\s*\d{{1,3}}(?:[.,]\d)?)?"
    rf",?\s*{_NO}{_TOWNS}", re.IGNORECASE)
# Romanian: a street word before the name, "nr." before the number, then the block, entrance, floor and flat and the
# sector or town ("Str. Mihai Eminescu nr. 17, bl. A3, sc. 2, ap. 24, Cluj-Napoca"; session 22).
_RO_STREET = re.compile(
    rf"(?<![\w-])(?-i:Str\.|Strada|Bd\.|Bdul\.?|Bulevardul|Calea|Șos\.|Șoseaua|Aleea|Splaiul|Piața)\s+{_CAP}(?:\s+{_CAP}){{0,3}}"
    r",?\s+nr\.?\s*\d{1,4}(?-i:[A-Z])?(?:,?\s*(?:bl|sc|et|ap)\.?\s*[\w-]{1,4})*(?:,\s*(?:sector|sectorul)\s+\d)?"
    rf"{_TOWNS}", re.IGNORECASE)
# Japanese in Latin letters: block numbers first, then the district and the ward ("1-2-3 Ginza, Chuo-ku, Tokyo
# 104-0061"); the "-ku"/"-shi" word is required (not "3-2-1 Liftoff").
_JP_LATIN = re.compile(
    rf"(?<![\w-])\d{{1,2}}-\d{{1,3}}(?:-\d{{1,4}})?,?\s+{_TOWN_WORD}(?:[ -]{_TOWN_WORD})?,\s+"
    rf"{_TOWN_WORD}-(?:ku|shi|cho|machi|gun|mura)\b(?:,\s+{_TOWN_WORD}(?:-(?:to|fu|ken))?)?(?:,?\s+\d{{3}}-\d{{4}})?")
# Chinese and Japanese, written without spaces: a district (区, 市, 县...), then a block or street number in the
# shapes of each: "世田谷区桜丘3丁目12-5", "朝阳区建国路88号2栋1502室"; Korean: "...구 ...로 123".
_HAN = r"[\u4e00-\u9fff\u3005\u30a0-\u30ff]"
_NUM = r"[0-9０-９]{1,5}"
_CJK = re.compile(
    rf"(?:{_HAN}{{1,4}}[都道府県省])?{_HAN}{{1,6}}?[市区县縣町村郡]{_HAN}{{0,10}}?"
    rf"(?:{_NUM}(?:丁目|番地?|号|[-－−‐])(?:{_NUM}(?:番地?|号|[-－−‐])?){{0,3}}"
    rf"|(?:路|街|道|巷|弄|大道|胡同){_NUM}号(?:{_NUM}(?:号楼|栋|幢|座|楼|单元|室|层|号))*)"
    rf"|[가-힣]{{1,6}}(?:특별시|광역시|시|도)\s+[가-힣]{{1,6}}(?:구|군|시)\s+[가-힣0-9]{{1,10}}(?:로|길)\s*\d{{1,4}}"
    rf"(?:-\d{{1,4}})?(?:,?\s*\d{{1,4}}동\s*\d{{1,4}}호)?")
# After a label that says "address" ("Address: Flat 2, Rose Villa, 5th Cross Road, Jayanagar, Bengaluru 560041",
# "Mi dirección es ..."): the comma-separated parts that follow, each starting with a capital or a digit, until the
# sentence ends or a part starts in lower case; one of them must hold a digit.
_WORD = r"(?:(?-i:[A-ZÀ-ÖØ-ÞĀ-ſ])[\w'’/:\-]*\.?|\d[\w/:\-]*|de|del|la|da|do|dos|di|du|des|van|der|y|e|no\.?|nr\.?|[#:])"
_PART = rf"{_WORD}(?:[ \t]+{_WORD}){{0,7}}"
_ADDRESS_LABEL = re.compile(
    r"(?<![^\W\d_])(?:(?:(?:delivery|shipping|billing|home|postal|mailing|street|lieferadresse|rechnungsadresse)\s+)?"
    r"(?:address|adresse|anschrift|lieferadresse|rechnungsadresse|dirección|direccion|endereço|endereco|indirizzo|"
    r"adres|"
    r"adresim|adresse de livraison|alamat|адрес)(?:\s*:|\s+(?:is|ist|lautet|es|est|é|è|is)\b))[ \t]*"
    rf"(?P<v>(?=[^\n.!?]{{0,60}}\d){_PART}(?:,[ \t]*{_PART}){{0,6}})", re.IGNORECASE)


def _labelled(m: re.Match[str]) -> str:
    """The parts after an address label, when the first one holds a capital word (not "address is 3 weeks old")."""
    value = m.group("v")
    first = value.split(",")[0]
    if not re.search(r"[A-ZÀ-ÖØ-ÞĀ-ſ][^\W\d_]", first) or not re.search(r"\d", value):
        return m.group(0)
    if value.endswith(".") and not re.search(r"(?<![^\W\d_])[^\W\d_]{1,3}\.$", value):
        value = value[:-1]  # the sentence's full stop, not an abbreviation ("Jl.", "No.")
    a = m.start("v") - m.start()
    return m.group(0)[:a] + "<ADDRESS>" + m.group(0)[a + len(value):]


_FLAT = (r"(?-i:Apartment|Apt\.?|Flat|Appartement|Appt\.?|Wohnung|Whg\.|Apto\.?|Departamento|Depto\.?|Dpto\.?|"
         r"Appartamento|Int\.|Квартира|квартира|кв\.)")
_FLOOR_EN = (r"(?:\d{1,2}(?:st|nd|rd|th)|ground|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
             r"top) floor")
_FLOOR_DE = r"\d{1,2}\.\s?(?:OG|Obergeschoss|Stock|Etage)"
_FLOOR_FR = r"\d{1,2}(?:e|er|ème)\s+étage"
# A floor with the side of the landing: "3. OG rechts", "3e étage gauche", "2º izquierda".
_FLOOR_SIDE = (rf"(?:{_FLOOR_DE}\s+(?:links|rechts|mitte)|{_FLOOR_FR}\s+(?:à\s+)?(?:gauche|droite)|"
               r"\d{1,2}\s?[º°]\s?(?:izquierda|derecha|izq\.|dcha\.|esquerdo|direito))(?!\w)")
_BUILDING = r"(?:Hinterhaus|Vorderhaus|Seitenflügel|Gartenhaus|Souterrain|bâtiment [A-Z]|escalier [A-Z])"
# "Apartment 4C, third floor", "Wohnung 12, 3. OG rechts", "Hinterhaus, 3. OG rechts", "3e étage gauche".
_DOOR = re.compile(
    rf"(?<![\w-])(?:{_FLAT}\s*(?:No\.?|Nr\.?|n[º°o]\.?|#)?\s*\d{{1,4}}[A-Za-z]?(?![\w-])"
    rf"(?:,?\s+(?:{_FLOOR_EN}|{_FLOOR_SIDE}|{_FLOOR_DE}|{_FLOOR_FR}))?"
    rf"|{_BUILDING},?\s+(?:{_FLOOR_SIDE}|{_FLOOR_DE}|{_FLOOR_FR})|(?-i:{_FLOOR_SIDE}))", re.IGNORECASE)
_DOOR_GATE = re.compile(r"apart|apt|flat|appt|wohnung|whg|apto|depto|dpto|int\.|квартир|кв\.|\d\.\s?(?:og|ober|stock|"
                        r"etage)|étage|\d\s?[º°]\s?[a-z]")

_FUSED_WORDS = ("str", "weg", "gasse", "platz", "allee", "ring", "damm", "ufer", "straat", "gracht", "laan", "plein",
                "kade", "vej", "gade", "gata", "väg", "vei", "calle", "c/", "av.", "avenida", "avda", "paseo", "plaza",
                "via",
                "viale", "piazza", "corso", "largo", "rua", "travessa", "praça", "ul.", "ulica", "aleja")
# Chinese has no spaces, so a match may start with the words before the place ("请寄到北京市..."): a verb of sending or
# staying, or a preposition, before the first district word is not part of the address.
_CJK_LEAD = re.compile(r"^[^省市区县縣]*[到在往至是为為于於给給寄送发發住]")


def _cjk(m: re.Match[str]) -> str:
    lead = _CJK_LEAD.match(m.group(0))
    return (lead.group(0) if lead else "") + "<ADDRESS>"


_LABEL_WORDS = ("address", "adresse", "anschrift", "direcci", "endere", "indirizzo", "adres", "alamat", "адрес")
_STREET_NO_WORDS = ("cad", "cd.", "sok", "sk.", "bulvar", "blv", "mah", "jl", "jalan")
_HAS_CJK = re.compile(r"[\u4e00-\u9fff가-힣]")
RULES = (
    ("address", lambda lower: any(w in lower for w in _LABEL_WORDS), _ADDRESS_LABEL, _labelled),
    ("address", lambda lower: "blk" in lower or "block" in lower, _BLOCK, "<ADDRESS>"),
    ("address", None, _NUMBER_FIRST, "<ADDRESS>"),
    ("address", lambda lower: " nr" in lower, _RO_STREET, "<ADDRESS>"),
    ("address", lambda lower: any(w in lower for w in _FUSED_WORDS), _NUMBER_LAST, "<ADDRESS>"),
    ("address", _DOOR_GATE.search, _DOOR, "<ADDRESS>"),
    ("address", None, _POSTCODE_TOWN, _postcode_town),
    ("address", lambda lower: "-" in lower, _CEP, "<ADDRESS>"),
    ("address", lambda lower: any(w in lower for w in _STREET_NO_WORDS), _STREET_NO, "<ADDRESS>"),
    ("address", lambda lower: "-ku" in lower or "-shi" in lower or "-cho" in lower or "-machi" in lower, _JP_LATIN,
     "<ADDRESS>"),
    ("address", lambda lower: not lower.isascii() and _HAS_CJK.search(lower), _CJK, _cjk),
)

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

A postcode next to its town is also taken without a street (``London SW1A 1AA``, ``Mountain View, CA 94043``,
``10115 Berlin``; not "10000 Steps": the word after the number must be no ordinary English word, and no 4-digit
number starting 19/20, a year). The whole address becomes ``<ADDRESS>``.

Not handled: addresses without a house number ("I live on Baker Street"), PO boxes, addresses in scripts without
spaces (Chinese, Japanese), a postcode alone (``SW1A 1AA``), a 4-digit postcode before a town that starts like a year.
"""

from __future__ import annotations

import re

from retrieval.first_names import is_english_word

_EN_STREET = (r"street|st|road|rd|avenue|ave|av|boulevard|blvd|lane|ln|drive|dr|court|ct|place|pl|terrace|way|close|"
              r"crescent|parkway|pkwy|highway|hwy|square|sq|circle|cir|row|walk|grove|gardens|mews|alley|"
              r"plaza|broadway")
_FR_STREET = r"rue|avenue|av\.|boulevard|bd|chemin|impasse|allée|quai|place|route|cours|passage"
_CAP = r"(?-i:[A-ZÀ-ÖØ-Þ])[\w'’.\-]*"
_TOWN_WORD = r"(?-i:[A-ZÀ-ÖØ-Þ])[^\W\d_]*(?:['’.\-][^\W\d_]+)*(?!\w)"
_HOUSE = r"\d{1,5}(?:[ -]?\d{1,5})?(?-i:[A-Z])?(?:\s*(?:bis|ter))?"
_UNIT = r"(?:,?\s*(?:apt\.?|apartment|suite|ste\.?|unit|flat|floor|#)\s*[\w-]{1,6})?"
_US_STATES = (r"AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|"
              r"ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC")
_UK_POSTCODE = r"(?-i:[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2})"
_ZIP = rf"(?-i:(?:{_US_STATES}))\s+\d{{5}}(?:-\d{{4}})?"
# ", 10115 Berlin", ", London NW1 6XE", ", Mountain View, CA 94043", ", 75001 Paris, France"
_TOWN = (rf"(?:,?\s+(?:\d{{4,5}}(?:\s?(?-i:[A-Z]{{2}}))?\s+{_TOWN_WORD}(?:[ -]{_TOWN_WORD}){{0,2}}|"
         rf"{_TOWN_WORD}(?:[ -]{_TOWN_WORD}){{0,2}}"
         rf"(?:,?\s+(?:{_ZIP}|{_UK_POSTCODE}))?|{_ZIP}|{_UK_POSTCODE}))?")
_NUMBER_FIRST = re.compile(
    rf"(?<![\w.,/$€£-])(?<!\d )({_HOUSE}),?\s+(?:(?:{_CAP}|de|des|du|la|le|l'|d')\s+){{0,4}}?"
    rf"(?:(?:{_CAP}\s+)(?:{_EN_STREET})\b\.?|(?:{_FR_STREET})\s+(?:(?:de|des|du|la|le|l'|d')\s*)?{_CAP}"
    rf"(?:[ -](?:de|des|du|la|le|{_CAP})){{0,3}}){_UNIT}{_TOWN}",
    re.IGNORECASE)
_FUSED = r"straße|strasse|str\.|weg|gasse|platz|allee|ring|damm|ufer|straat|gracht|laan|plein|kade|vej|gade|gatan|vägen|veien|gata"
_BEFORE = r"calle|c/|avenida|avda\.?|paseo|plaza|via|viale|piazza|corso|largo|rua|travessa|praça|ul\.|ulica|aleja"
_NUMBER_LAST = re.compile(
    rf"(?<![\w-])(?:(?-i:[A-ZÄÖÜ])[\wäöüß\-]*(?:{_FUSED})|(?:{_BEFORE})\s+(?:(?:de|del|la|da|do|dos|das|di)\s+)?"
    rf"{_CAP}(?:\s+(?:de|del|la|da|do|dos|das|di|{_CAP})){{0,3}}|(?-i:[A-ZÄÖÜ])[\wäöüß]*\s+(?-i:Straße|Strasse|Str\.|"
    rf"Weg|Platz|Allee))[ ,]*(?:n[º°o]\.?\s*)?\d{{1,4}}(?-i:[a-zA-Z])?(?:[/-]\d{{1,4}})?(?![\w.,]\d)"
    rf"(?:,?\s+\d{{4,5}}(?:\s?(?-i:[A-Z]{{2}}))?\s+{_TOWN_WORD}(?:[ -]{_TOWN_WORD}){{0,2}})?",
    re.IGNORECASE)
# A postcode next to its town, without a street: "London SW1A 1AA", "Mountain View, CA 94043", "10115 Berlin".
_POSTCODE_TOWN = re.compile(
    rf"(?<![\w-])(?:{_TOWN_WORD}(?:[ -]{_TOWN_WORD}){{0,2}},?\s+(?:{_UK_POSTCODE}|{_ZIP})|{_UK_POSTCODE},?\s+{_TOWN_WORD}"
    rf"|(?P<code>\d{{5}}|(?!19|20)\d{{4}})\s+(?P<town>{_TOWN_WORD}))(?![\w-])")


def _postcode_town(m: re.Match[str]) -> str:
    town = m.group("town")
    if town and (is_english_word(town) or m.string[max(0, m.start() - 1):m.start()] in "$€£"):
        return m.group(0)  # "10000 Steps", "$12000 Dollars": a number and a word, not a postcode and a town
    return "<ADDRESS>"


_FUSED_WORDS = ("str", "weg", "gasse", "platz", "allee", "ring", "damm", "ufer", "straat", "gracht", "laan", "plein",
                "kade", "vej", "gade", "gata", "väg", "vei", "calle", "c/", "avenida", "avda", "paseo", "plaza", "via",
                "viale", "piazza", "corso", "largo", "rua", "travessa", "praça", "ul.", "ulica", "aleja")
RULES = (
    ("address", None, _NUMBER_FIRST, "<ADDRESS>"),
    ("address", lambda lower: any(w in lower for w in _FUSED_WORDS), _NUMBER_LAST, "<ADDRESS>"),
    ("address", None, _POSTCODE_TOWN, _postcode_town),
)

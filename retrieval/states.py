"""States and provinces by their codes and names: a help desk's "State/Province" of "CA" or "QC" is California or
Québec to a PM, so "Is the overtime bug only in California?" and "Quelles sont les plaintes des clients au Québec ?"
are scoped to that value (a shift-scheduling tester's two questions read every store: the column was never used).

The 50 US states and DC, and the 13 Canadian provinces and territories, with their English names and the French
names of the provinces. Read only for a column named as a state or province (``names_a_state``): "CA" elsewhere is
Canada. Ingest stores every such column's value under one key, ``state``, by its code (as it does countries).

Not handled: other countries' states (Mexico's, Australia's), names in other languages.
"""

from __future__ import annotations

import re

_US = """AL Alabama|AK Alaska|AZ Arizona|AR Arkansas|CA California|CO Colorado|CT Connecticut|DE Delaware|FL Florida|
GA Georgia|HI Hawaii|ID Idaho|IL Illinois|IN Indiana|IA Iowa|KS Kansas|KY Kentucky|LA Louisiana|ME Maine|MD Maryland|
MA Massachusetts|MI Michigan|MN Minnesota|MS Mississippi|MO Missouri|MT Montana|NE Nebraska|NV Nevada|
NH New Hampshire|NJ New Jersey|NM New Mexico|NY New York|NC North Carolina|ND North Dakota|OH Ohio|OK Oklahoma|
OR Oregon|PA Pennsylvania|RI Rhode Island|SC South Carolina|SD South Dakota|TN Tennessee|TX Texas|UT Utah|VT Vermont|
VA Virginia|WA Washington|WV West Virginia|WI Wisconsin|WY Wyoming|DC District of Columbia"""
_CANADA = """AB Alberta|BC British Columbia/Colombie-Britannique|MB Manitoba|NB New Brunswick/Nouveau-Brunswick|
NL Newfoundland and Labrador/Terre-Neuve-et-Labrador/Newfoundland|NS Nova Scotia/Nouvelle-Écosse|ON Ontario|
PE Prince Edward Island/Île-du-Prince-Édouard|QC Quebec/Québec|SK Saskatchewan|NT Northwest Territories/Territoires du
Nord-Ouest|NU Nunavut|YT Yukon"""


def _table(text: str) -> dict[str, tuple[str, ...]]:
    """Code -> names of a "CODE Name/Other name|..." table."""
    out = {}
    for entry in re.sub(r"\s*\n\s*", " ", text).split("|"):
        code, _, rest = entry.strip().partition(" ")
        out[code] = tuple(n.strip() for n in rest.split("/"))
    return out


_US_NAMES, _CANADA_NAMES = _table(_US), _table(_CANADA)
US_CODES = tuple(_US_NAMES)  # also read by ``retrieval.addresses`` ("San Francisco, CA 94103")
PROVINCE_CODES = tuple(_CANADA_NAMES)  # ... ("Toronto, ON M5H 2N2")
_NAMES = {**_US_NAMES, **_CANADA_NAMES}
_BY_NAME = {name.lower(): code for code, names in _NAMES.items() for name in names}
_COLUMN = re.compile(r"(?:^|[\s_./-])(?:state|province|state\s*/\s*province|province\s*/\s*state|us\s+state|"
                     r"state\s+or\s+province|province\s+or\s+state)$", re.IGNORECASE)


KEY = "state"  # every export's state or province column, stored under this key by its code ("CA", "QC")


def state_code(value: str | None) -> str | None:
    """The code of the state or province ``value`` is ("California" -> "CA", "qc" -> "QC"), else None."""
    v = (value or "").strip()
    return v.upper() if v.upper() in _NAMES else _BY_NAME.get(v.lower())


def names_a_state(column: str | None) -> bool:
    """Is ``column`` a state or province ("State", "custom_fields.State/Province", "Province")? Not "status"."""
    return bool(column) and bool(_COLUMN.search(column.strip()))


def state_names(value: str | None) -> tuple[str, ...]:
    """The names of the state or province ``value`` is (a code, "CA" -> ("California",), or a name, "Quebec" ->
    ("Quebec", "Québec")); () for a value that is neither.

        >>> state_names("QC"), state_names("ca"), state_names("Texas"), state_names("Narnia")
        (('Quebec', 'Québec'), ('California',), ('Texas',), ())
    """
    v = (value or "").strip()
    code = v.upper() if v.upper() in _NAMES else _BY_NAME.get(v.lower())
    return _NAMES[code] if code else ()

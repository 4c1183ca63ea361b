"""Where a customer is, written into running text as GPS coordinates (``<LOCATION>``).

A latitude and a longitude with at least four decimals each (about 11 m; fewer
decimals name a town or a chart value, "19.43, -99.13"), in range (|lat| <= 90, |lon| <= 180), as a pair
("40.74162, -73.98926", "47.6062 N, 122.3321 W"), as labelled parameters ("lat=-37.81421&lon=144.96316",
"latitude: 48.85837, longitude: 2.29448", any number of decimals from three) or in degrees, minutes and seconds
("40°44'29.8\"N 73°59'21.3\"W"). The flat and floor of a home ("Apartment 4C, third floor") are part of an address:
``retrieval.addresses``.

Not handled: coordinates with fewer than four decimals and no label, place names alone ("near the Eiffel Tower"),
plus codes ("8FVC9G8F+6W"), what3words addresses.
"""

from __future__ import annotations

import re

_LAT = r"[-+]?(?:[0-8]?\d|90)\.\d{4,8}"
_LON = r"[-+]?(?:1[0-7]\d|0?\d?\d|180)\.\d{4,8}"
# A comma, semicolon or slash between the two, or a space after a hemisphere letter ("48.8584 N 2.2945 E").
_PAIR = re.compile(rf"(?<![\w.\-+])(?P<lat>{_LAT})°?(?:(?:\s?[NS])?\s*[,;/]\s*|\s?[NS]\s+)(?P<lon>{_LON})°?(?:\s?[EW])?"
                   r"(?![\w.]|,\d)")
_PARAMS = re.compile(r"(?<![^\W\d_])(?:lat|latitude|breite|latitud)\s*[=:]\s*[-+]?\d{1,2}\.\d{3,8}[\s,;&]*"
                     r"(?:lon|lng|long|longitude|länge|longitud)\s*[=:]\s*[-+]?\d{1,3}\.\d{3,8}(?![\d.])",
                     re.IGNORECASE)
_DMS_ONE = r"\d{1,3}°\s?\d{1,2}['′]\s?(?:\d{1,2}(?:\.\d+)?[\"″]?)?\s?"
_DMS = re.compile(rf"(?<![\w.])(?:{_DMS_ONE}[NS][,\s]+{_DMS_ONE}[EW])(?![\w])")

def _pair(m: re.Match[str]) -> str:
    lat, lon = float(m.group("lat")), float(m.group("lon"))
    if abs(lat) > 90 or abs(lon) > 180 or (abs(lat) < 1 and abs(lon) < 1):
        return m.group(0)  # "0.0123, 0.0456": two fractions (p-values, ratios), not a place in the Gulf of Guinea
    return "<LOCATION>"


def _has_decimals(lower: str) -> bool:
    return _DECIMALS.search(lower) is not None


_DECIMALS = re.compile(r"\d\.\d{3}")
# (kind, cheap gate on the lower-cased text or None, pattern, replacement), run in order by ``retrieval.redact``.
RULES = (
    ("location", lambda lower: "lat" in lower or "breite" in lower, _PARAMS, "<LOCATION>"),
    ("location", _has_decimals, _PAIR, _pair),
    ("location", lambda lower: "°" in lower, _DMS, "<LOCATION>"),
)

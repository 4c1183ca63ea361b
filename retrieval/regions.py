"""Sales regions as exports write them, read as one field: a help desk's "Region" (NA, EMEA, APAC), a survey's
"Where is your business based?" (North America, Europe / Middle East / Africa, Asia-Pacific) are stored under the
metadata key ``region`` by one name each, beside the column as given.

An invoicing tester's "What is our NPS by region?" answered "not given" for all 129 survey answers: the region was
the tickets' column, and the survey's question by another name held it in other words. Known names: North America,
EMEA, APAC and LATAM, each in the ways tools and people write them; any other value is kept as written (a country,
"DACH", "ANZ").

Not handled: a region inside a longer value ("EMEA - Germany"), regions in other languages.
"""

from __future__ import annotations

import re

KEY = "region"
# "Region", "Sales Region", "Geo"; a survey's "Where is your business based?" / "Where are you located?"
_COLUMN = re.compile(r"^(?:(?:sales_|customer_|account_|market_|geo_)?region|geo|geography)$|"
                     r"^where_(?:is|are)_(?:you|your|the)(?:_[a-z]+){0,2}_(?:based|located|headquartered)$")
_NAMES = {
    "North America": ("na", "nam", "noram", "north america", "northern america", "us & canada", "us and canada",
                      "us/canada", "usa & canada", "americas (north)"),
    "EMEA": ("emea", "europe / middle east / africa", "europe, middle east and africa", "europe, middle east & africa",
             "europe middle east africa", "europe/middle east/africa", "europe, the middle east and africa"),
    "APAC": ("apac", "apj", "asia-pacific", "asia pacific", "asia/pacific", "asia & pacific", "asia and pacific",
             "asia-pac"),
    "LATAM": ("latam", "latin america", "latin america & caribbean", "latin america and the caribbean",
              "south america", "central & south america"),
}


def _key(value: str) -> str:
    """Lower case, one space, and the same spacing around "/", "&" and "," ("Europe/Middle East/Africa")."""
    value = re.sub(r"\s*([/&])\s*", r" \1 ", " ".join(value.lower().split()))
    return re.sub(r"\s*,\s*", ", ", value).strip()


_BY_FORM = {_key(form): name for name, forms in _NAMES.items() for form in forms}


def names_a_region(column: str) -> bool:
    """Does the column's name say it holds a sales region ("Region", "Sales Region", "Where is your business
    based?")?

    Example:
        >>> [names_a_region(c) for c in ("Region", "Where is your business based?", "Country", "Regional manager")]
        [True, True, False, False]
    """
    from retrieval.columns import _norm

    return _COLUMN.search(_norm(column)) is not None


def region_name(value: str) -> str:
    """The one name of a region however an export writes it; any other value as written.

    Example:
        >>> region_name("Europe / Middle East / Africa"), region_name("na"), region_name("Asia-Pacific"), region_name("DACH")
        ('EMEA', 'North America', 'APAC', 'DACH')
    """
    return _BY_FORM.get(_key(value), " ".join(value.split()))

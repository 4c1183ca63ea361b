"""The given-name list that lets redaction recognise a person's name in running text ("I spoke to Maria Gonzalez").

``first_names.json`` (shipped, about 24,000 names, read once on first use) holds the given names of every locale
in Faker's person providers (MIT licence, https://github.com/joke2k/faker, ``faker/providers/person/*``: US Social
Security baby names, and national lists for about 80 locales from Icelandic to Yoruba, Zulu, Tamil, Vietnamese and
Korean romanisations), split into single words, in the scripts that have capital letters (Latin, Cyrillic, Greek).
Names that are also ordinary lower-case English words ("Will", "Mark", "Grace", "Long", "Hope") are flagged
*ambiguous* from SCOWL's American English word list (Debian ``wamerican``, permissive licence by Kevin Atkinson):
rules trust them only with more evidence (a surname after them, or a person cue before them). The same word list
(its about 64,000 lower-case words) says whether a capitalised word that no name list holds is an ordinary word
("Tier", "Smart"): a run of such words after "spoke to" is not taken for an unlisted name, and a word after a given
name is a surname only if it is no ordinary word ("Gonzalez"; not "Fun" in "Mai Fun") or a surname that is one
("Smith", "Baker", "Turner": the English words among Faker's surnames, kept as ``word_surnames``).

Rebuild (needs ``pip install faker`` and ``apt-get install wamerican``; the product itself needs neither):

    .venv/bin/python -m retrieval.first_names --rebuild

Not handled: names that no list holds (rules that find names by their position do not need one), and names in
scripts without capital letters.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

LIST = Path(__file__).with_name("first_names.json")
_SURNAME_FIELDS = ("last_names", "last_names_male", "last_names_female", "last_romanized_names")
_PROVIDER_FIELDS = ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary",
                    "first_romanized_names", "first_romanized_names_male", "first_romanized_names_female")


@lru_cache(maxsize=1)
def _load() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    data = json.loads(LIST.read_text(encoding="utf-8"))
    ambiguous = frozenset(data["ambiguous"].split())
    return (frozenset(data["names"].split()) | ambiguous, ambiguous, frozenset(data["english_words"].split()),
            frozenset(data["word_surnames"].split()))


def is_first_name(word: str) -> bool:
    """Is ``word`` (as written, e.g. "Maria") a given name in the list? Case matters: "maria" is not."""
    return word in _load()[0]


def is_ambiguous(word: str) -> bool:
    """Is ``word`` a given name that is also an ordinary English word ("Will", "Mark", "Grace")?"""
    return word in _load()[1]


def is_english_word(word: str) -> bool:
    """Is ``word``, in lower case, an ordinary English word ("Tier" -> "tier": yes; "Oluwaseun": no)?"""
    return word.lower() in _load()[2]


def english_words() -> frozenset[str]:
    """SCOWL's lower-case American English words (see the module docstring)."""
    return _load()[2]


def could_be_surname(word: str) -> bool:
    """Can ``word`` after a given name be a surname: not an ordinary English word, or a surname that is one?"""
    return not is_english_word(word) or word in _load()[3]


def _collect(fields: tuple[str, ...] = _PROVIDER_FIELDS) -> set[str]:
    import importlib
    import pkgutil

    import faker.providers.person as person

    names: set[str] = set()
    for module in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"{person.__name__}.{module.name}").Provider
        for field in fields:
            value = next((b.__dict__[field] for b in provider.__mro__ if field in b.__dict__), None)
            if isinstance(value, (dict, list, tuple, set, frozenset)):
                for full in value:
                    names.update(w for w in str(full).split() if len(w) >= 2)
    return {n for n in names if n[0].isupper() and not n.isupper() and n.replace("-", "").replace("'", "").isalpha()}


def rebuild(words: Path = Path("/usr/share/dict/american-english")) -> dict:
    names = _collect()
    lower = {w.strip() for w in words.read_text(encoding="utf-8").splitlines() if w.strip().islower()}
    ambiguous = sorted(n for n in names if n.lower() in lower or len(n) <= 2)
    import faker

    data = {"source": f"Faker {faker.VERSION} person providers (MIT), all locales, given names split into words",
            "ambiguous_from": f"{words} (SCOWL, Debian wamerican): lower-case English words",
            "names": " ".join(sorted(names - set(ambiguous))), "ambiguous": " ".join(ambiguous),
            "english_words": " ".join(sorted(w for w in lower if w.isalpha() and len(w) >= 2)),
            "word_surnames": " ".join(sorted(n for n in _collect(_SURNAME_FIELDS) if n.lower() in lower))}
    LIST.write_text(json.dumps(data, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    return data


if __name__ == "__main__":
    import sys

    if "--rebuild" not in sys.argv:
        sys.exit("usage: python -m retrieval.first_names --rebuild")
    built = rebuild()
    print(f"{len(built['names'].split())} names, {len(built['ambiguous'].split())} ambiguous, "
          f"{len(built['english_words'].split())} English words -> {LIST}")

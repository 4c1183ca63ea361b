"""Synthetic feedback exports of any size built from the public CLAP app reviews (3,000 rows).

Item ``i`` is review ``i % 3000`` in its variation ``v = i // 3000``: variation 0 is the review as published; later
variations swap a few common words, may add a short lead-in, and always end with a suffix sentence that is
different for every variation of the same review, so no two generated texts are equal (except where the public
data itself repeats a review). Sources, dates and ratings are spread so filters have realistic selectivity.

Also gives a cheap stand-in vector for a variation (``derived_vector``): the word-count weighted mean of the real
embeddings of its parts (published review, lead-in, suffix), so 100k vectors cost ~3,050 real encodes. Mean pooling
makes that a fair approximation; the benchmark reports how close it is to the real embedding on texts that were
embedded for real.

Nothing here is written into the repository: callers write the generated CSV files to a temporary folder.
"""

from __future__ import annotations

import csv
import random
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

import numpy as np

SOURCES = (("play_store", 0.45), ("app_store", 0.30), ("support_email", 0.15), ("survey", 0.10))
SWAPS = {
    "good": "great", "great": "good", "app": "application", "bad": "poor", "love": "really like",
    "like": "enjoy", "fix": "repair", "please": "pls", "phone": "device", "game": "game app", "crashes": "crashed",
    "crash": "crashing", "update": "new version", "slow": "sluggish", "nice": "cool", "awesome": "amazing",
    "works": "runs", "doesn't": "does not", "can't": "cannot", "it's": "it is", "very": "really",
    "best": "finest", "problem": "issue", "use": "try", "time": "moment", "fun": "enjoyable", "hate": "dislike",
}
# No commas or double quotes in generated text, like the published reviews: csv.Sniffer in retrieval.loaders guesses
# the quote character from the first 64 KB, sees only apostrophes there and picks "'", so later rows quoted with '"'
# would be split (reported; a loader issue, not what this benchmark measures).
LEADS = ("", "", "", "Honestly ", "Update: ", "Quick note: ", "As a daily user ", "After a week ", "FYI ",
         "My two cents: ", "Well ")
SUFFIXES = (
    "Tested on my tablet.", "Happens every day.", "Please look into it.", "Thanks to the team.",
    "Same on my old phone.", "Started after the last update.", "Would recommend to friends.",
    "My kids use it too.", "Using it on wifi only.", "Not sure about the ads.", "Been using it for a year.",
    "Keep up the work.", "Hope the devs read this.", "Battery seems fine otherwise.", "Five stars if fixed.",
    "Deleting it soon if not fixed.", "Support never answered.", "Works better than the competitor.",
    "Used it on the train today.", "Only tried it twice.", "The new icon looks odd.", "Dark mode would help.",
    "My friend has the same issue.", "Reinstalling did not help.", "Worth the price.", "Too many notifications.",
    "Fast enough for me.", "Sync with my laptop would be nice.", "Menus are a bit confusing.",
    "Downloaded it yesterday.", "Great for travelling.", "Crashes sometimes at night.", "Could be cheaper.",
    "Love the colors.", "Tutorial was helpful.", "Login takes forever.", "Widgets would be great.",
    "Offline mode please.", "Saw it on a blog.", "Better than before.",
)


@dataclass(frozen=True)
class Item:
    """One generated feedback row."""

    external_id: str
    base: int
    variation: int
    text: str
    source: str
    created_at: datetime
    rating: int
    app: str
    category: str
    version: str
    lead: str = ""
    suffix: str = ""
    base_text: str = ""  # the published review this item varies


def read_reviews(path: Path) -> list[dict[str, str]]:
    with open(path, newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def make_items(n: int, reviews: list[dict[str, str]], seed: int = 0) -> list[Item]:
    """``n`` items; the first ``len(reviews)`` are the published reviews unchanged."""
    names = [s for s, _ in SOURCES]
    weights = [w for _, w in SOURCES]
    items = []
    for i in range(n):
        base, variation = i % len(reviews), i // len(reviews)
        row = reviews[base]
        rng = random.Random(seed * 1_000_003 + i)
        published = datetime.fromtimestamp(int(row["date_ms"]) / 1000, tz=timezone.utc)
        if variation == 0:
            core, lead, suffix = row["text"], "", ""
            created = published
        else:
            words = row["text"].split(" ")
            core = " ".join(SWAPS.get(w, w) if w in SWAPS and rng.random() < 0.5 else w for w in words)
            lead = rng.choice(LEADS)
            suffix = SUFFIXES[(variation - 1 + base) % len(SUFFIXES)]
            if variation > len(SUFFIXES):  # keep texts distinct beyond 40 variations of one review
                suffix = f"{suffix[:-1]} ({variation // len(SUFFIXES)})."
            created = published + timedelta(days=rng.randrange(0, 400), seconds=rng.randrange(86_400))
        text = f"{lead}{core} {suffix}".strip() if variation else core
        items.append(Item(external_id=f"clap-{row['id']}-v{variation}", base=base, variation=variation, text=text,
                          source=rng.choices(names, weights)[0], created_at=created, rating=int(row["rating"]),
                          app=row["app"], category=row["app_category"], version=row["version"], lead=lead.strip(),
                          suffix=suffix, base_text=row["text"]))
    return items


CSV_COLUMNS = ["id", "source", "created_at", "rating", "version", "app", "category", "text"]


def write_export(path: Path, items: list[Item]) -> Path:
    """Write ``items`` as a CSV export the way a product team would get it from their tools."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(CSV_COLUMNS)
        for it in items:
            w.writerow([it.external_id, it.source, it.created_at.isoformat(), it.rating, it.version, it.app,
                        it.category, it.text])
    return path


def parts_to_embed(items: list[Item]) -> list[str]:
    """Distinct texts whose real embeddings ``derived_vector`` combines (a few thousand for any ``len(items)``)."""
    seen: dict[str, None] = {}
    for it in items:
        for part in (it.base_text, it.lead, it.suffix):
            if part:
                seen.setdefault(part, None)
    return list(seen)


def derived_vector(item: Item, vectors: dict[str, np.ndarray]) -> np.ndarray:
    """Word-count weighted mean of the parts' real embeddings, L2-normalised (see module docstring).

    Word swaps are not represented: the published review stands for its swapped variant.
    """
    if item.variation == 0:
        return vectors[item.text]
    total = np.zeros_like(next(iter(vectors.values())))
    for part in (item.base_text, item.lead, item.suffix):
        if part:
            total += len(part.split()) * vectors[part]
    return (total / np.linalg.norm(total)).astype(np.float32)

"""Session 20's redaction rule (written from the landmark look-alikes of PII sets 6 to 16; the texts here are new):
coordinates next to a public place's name stay, the writer's own place and a person's whereabouts do not; and (from
sets 8-16's misses) names marked by an honorific in scripts without capitals and names right before "from support"."""

from __future__ import annotations

import pytest

from retrieval.redact import redact


@pytest.mark.parametrize("text", [
    "The app puts the Brandenburger Tor (52.5163, 13.3777) in the middle of the river.",
    "Walking tour starts at 41.0086, 28.9802 (Hagia Sophia) but the pin is across the square.",
    "大阪城（34.6873, 135.5259）の場所が地図で違います。",
    "La app coloca la Alhambra en 37.1761, -3.5881, justo en el aparcamiento.",
])
def test_a_landmarks_coordinates_stay(text):
    assert redact(text)[0] == text


@pytest.mark.parametrize("text", [
    "Our cabin (61.1043, -149.7902) is shown on the wrong lake.",  # the writer's own place, next to a bracket
    "Courier can't find it. Pin: 51.5033, -0.1195",  # no place's name
    "The tracking map pins Sarah at 51.5033, -0.1195 all day.",  # a person's whereabouts
    "Schon wieder falsch geliefert. Koordinaten vom Eingang: 52.48731, 13.42516.",  # a label before a colon
    "Mein Standort 48.1374, 11.5755 wird ohne Zustimmung geteilt.",
    "Nasza brama Kowalskich (50.0614, 19.9366) jest źle zaznaczona.",  # a possessive in the sentence
])
def test_the_writers_or_a_persons_coordinates_go(text):
    assert "<LOCATION>" in redact(text)[0]


@pytest.mark.parametrize("text, name", [
    ("डिलीवरी वाले राहुल वर्मा जी बहुत विनम्र थे।", "राहुल वर्मा"),
    ("మా నాన్న వెంకట రావు గారు ఈ యాప్ వాడుతున్నారు.", "వెంకట రావు"),
    ("நன்றி செல்வி ராஜேஷ் அவர்களுக்கு.", "செல்வி ராஜேஷ்"),
    ("شکریہ فیصل احمد صاحب، آپ نے مسئلہ حل کر دیا۔", "فیصل احمد"),
    ("از خانم نرگس کریمی بابت راهنمایی ممنونم.", "نرگس"),
    ("תודה לגב' רחל אברהם מהתמיכה.", "רחל"),
    ("শ্রী অমিত ঘোষ খুব সাহায্য করেছেন।", "অমিত"),
])
def test_names_marked_by_an_honorific_in_scripts_without_capitals(text, name):
    assert name not in redact(text)[0]


@pytest.mark.parametrize("text", [
    "गांधी जी वाले अध्याय में ऑडियो नहीं चलता।",  # one word before the honorific: a historical figure
    "जी हाँ, ऐप अब ठीक चल रहा है।",  # "yes"
    "ऐप बहुत धीमा है जी, कृपया ठीक करें।",
])
def test_an_honorific_alone_or_after_one_word_changes_nothing(text):
    assert redact(text)[0] == text


@pytest.mark.parametrize("text, name", [
    ("Mluvil jsem s Janou Dvořákovou z podpory a nic.", "Janou Dvořákovou"),
    ("Pisałem z Agnieszką z obsługi klienta dwa razy.", "Agnieszką"),
    ("Говорил с Ильёй из поддержки, он помог.", "Ильёй"),
    ("Sanne van de klantenservice belde me terug.", "Sanne"),
])
def test_a_name_right_before_from_support(text, name):
    assert name not in redact(text)[0]


@pytest.mark.parametrize("text", [
    "Konsultant z infolinii był miły, ale nic nie zrobił.",  # a role noun that starts the sentence
    "The Team from support never replied to my ticket.",
    "Someone from support called me twice.",
])
def test_no_name_before_from_support(text):
    assert redact(text)[0] == text


@pytest.mark.parametrize("text, name", [
    ("Szabó Péter vagyok, nem jött meg a csomagom.", "Szabó Péter"),
    ("שלום, כאן דניאל כהן, לא קיבלתי החזר.", "דניאל"),
    ("Diolch yn fawr i Gareth am ei help.", "Gareth"),
    ("Salamat po kay Kuya Ramon sa tulong!", "Ramon"),
    ("Firmado: Lucía Paredes, socia desde 2019.", "Lucía Paredes"),
])
def test_introductions_thanks_and_signatures_in_more_languages(text, name):
    assert name not in redact(text)[0]


def test_being_satisfied_is_no_introduction():
    assert redact("Nagyon elégedett vagyok, köszönöm!")[0] == "Nagyon elégedett vagyok, köszönöm!"

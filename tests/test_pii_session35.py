"""Session 35's name rules, written from held-out PII set 25's misses (the texts here are new): couriers, drivers,
postmen, nurses and office staff named in the languages of Central and Eastern Europe, Turkey, Central Asia and
South-East Asia; a form of address after a name ("Priya ma'am"); a role after a full name ("Nagy Katalin
ügyintéző"); a Latin name in text of another script, family name first ("Lee Minjun" in Korean). The look-alikes
are what the new rules could take by mistake: a car model named like a person, a brand after a courier."""

from __future__ import annotations

import pytest

from retrieval.redact import redact


@pytest.mark.parametrize("text, value", [
    ("Kurýr nedorazil, řidič Radek Veselý volal až v deset večer.", "Radek Veselý"),
    ("Vozač Dragan je ostavio paket ispred zgrade bez poziva.", "Dragan"),
    ("Poštar Mirza opet nije zvonio.", "Mirza"),
    ("Doamna Popescu de la recepție ne-a ajutat foarte mult.", "Popescu"),
    ("Mağaza müdürü Elif Demir çok yardımcı oldu.", "Elif Demir"),
    ("A futár, Bence, megint nem csengetett.", "Bence"),
    ("La enfermera Lucía Ortega nos atendió muy bien.", "Lucía Ortega"),
    ("Kurir Rina datang terlambat dua jam.", "Rina"),
    ("Shipper tên Hùng giao hàng rất nhanh.", "Hùng"),
    ("Neha ma'am resolved my refund in two minutes, thanks", "Neha"),
    ("Szabó Anna ügyintéző nagyon kedves volt.", "Szabó Anna"),
    ("계정 이름이 Lee Jiwoo 로 되어 있어요. 바꿔 주세요.", "Lee Jiwoo"),
])
def test_names_after_roles_and_titles_in_more_languages(text, value):
    got = redact(text)[0]
    assert value not in got and "<NAME>" in got


@pytest.mark.parametrize("text", [
    "Приложението не разпознава моята Škoda Octavia от 2019 г.",
    "Моя Renault Zoe не заряжается через приложение.",
    "The courier was late and the driver did not call.",
    "Řidič nedorazil vůbec, objednávka zrušena.",
])
def test_car_models_and_roles_without_a_name_stay(text):
    assert redact(text)[0] == text

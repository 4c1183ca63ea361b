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


# Session 35's second round, from held-out PII set 26's missed names (the texts here are new).
@pytest.mark.parametrize("text, value", [
    ("Курир Драган Петровић је оставио пакет на улици.", "Драган Петровић"),
    ("Il-kurrier Pawlu Camilleri kien tard ħafna.", "Pawlu Camilleri"),
    ("Mein Paket liegt beim Nachbarn Jan Kowalski, keiner hat mir Bescheid gesagt.", "Jan Kowalski"),
    ("Notre propriétaire, M. Garnier, ne répond jamais.", "Garnier"),
    ("Technik pan Procházka volal až večer.", "Procházka"),
    ("Zeynep Hanım siparişimi hemen düzeltti.", "Zeynep"),
    ("Anjali ji ne refund process kar diya", "Anjali"),
    ("担当のTanakaさんがすぐ返信してくれました", "Tanaka"),
    ("Agent name: Tiffany. Issue not solved.", "Tiffany"),
    ("chiedete di Francesca alla cassa, è gentilissima", "Francesca"),
    ("Umshayeli uThabo Nkosi ufike sekwephuzile.", "Thabo Nkosi"),
])
def test_more_names_after_roles_honorifics_and_prefixes(text, value):
    got = redact(text)[0]
    assert value not in got and "<NAME>" in got


@pytest.mark.parametrize("text", [
    "Size M. Black is sold out again.",
    "Экспорт в Hugo и Obsidian больше не работает.",
    "I use uTorrent and iPhone, and kaBoom crashes.",
    "The agent name field is empty in the export.",
])
def test_sizes_tools_and_camel_case_stay(text):
    assert redact(text)[0] == text


def test_a_name_that_is_a_clause_of_its_own_in_a_title_case_line():
    """A B2B tester's call notes kept "Role: Head of Delivery, Anna Keller" in the items' metadata: the line is in
    Title Case, which the running-text rule skips as a heading; a name that is a clause of its own is still a name.
    Feature lists in Title Case stay as they are."""
    assert redact("Role: Head of Delivery, Anna Keller")[0] == "Role: Head of Delivery, <NAME>"
    assert redact("Marta Lindqvist, VP Operations")[0] == "<NAME>, VP Operations"
    assert redact("Features: Offline Maps, Trail Photos, Route Planner")[0] == (
        "Features: Offline Maps, Trail Photos, Route Planner")

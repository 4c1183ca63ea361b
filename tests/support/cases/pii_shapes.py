"""**Dev** set for the PII shapes added after the first rework (issue 12 follow-up): IBANs, national ID numbers,
dates of birth and street addresses, each in a few sentence frames, and look-alikes of each that must survive.

The rules in ``retrieval/identifiers.py`` and ``retrieval/addresses.py`` were written against this set; there is no
test set for these shapes (the held-out check outside the repo is the judge), so the bench reports them as dev.
IBANs are the published documentation examples of their banks' formats (valid checksums); ID numbers are made up
with valid check digits; addresses are public landmarks or invented.
"""

from __future__ import annotations

# (kind, value that must not survive, how it is written)
VALUES = [
    ("iban", "DE89 3704 0044 0532 0130 00"), ("iban", "GB82WEST12345698765432"),
    ("iban", "FR14 2004 1010 0505 0001 3M02 606"), ("iban", "ES9121000418450200051332"),
    ("iban", "NL91 ABNA 0417 1643 00"), ("iban", "IT60X0542811101000000123456"), ("iban", "BE68 5390 0754 7034"),
    ("iban", "CH93 0076 2011 6238 5295 7"), ("iban", "PL61 1090 1014 0000 0712 1981 2874"),
    ("iban", "AT611904300234573201"),
    ("ssn", "123-45-6789"), ("ssn", "078-05-1120"), ("ssn", "219-09-9999"), ("ssn", "536-22-8745"),
    ("aadhaar", "2345 6789 0124"), ("dni", "12345678Z"), ("nie", "X1234567L"), ("cpf", "123.456.789-09"),
    ("nino", "AB 12 34 56 C"), ("labelled_id", "X1234567"), ("labelled_id", "C01X00T47"),
    ("labelled_id", "44051401458"), ("labelled_id", "T220001293"),
    ("dob", "04/12/1987"), ("dob", "1990-03-12"), ("dob", "3 March 1985"), ("dob", "March 3, 1985"),
    ("dob", "12.03.1990"), ("dob", "21st of June 1979"),
    ("address", "221B Baker Street"), ("address", "1600 Amphitheatre Parkway"), ("address", "12 rue de Rivoli"),
    ("address", "45 Oak Avenue"), ("address", "350 Fifth Ave"), ("address", "10 Downing St"),
    ("address", "Hauptstraße 5"), ("address", "Kalverstraat 12"), ("address", "Calle Mayor 10"),
    ("address", "Via Roma 12"), ("address", "Rua Augusta 100"), ("address", "Königsallee 27a"),
    ("address", "London SW1A 1AA"), ("address", "Mountain View, CA 94043"), ("address", "10115 Berlin"),
    ("address", "1010 Wien"),
]
FRAMES = {
    "iban": ["Please refund to IBAN {v}.", "My account is {v}, the charge came twice.", "Bankverbindung: {v}"],
    "ssn": ["The form asked for my SSN {v} and then crashed.", "Why does the app show {v} on the receipt?"],
    "aadhaar": ["KYC failed with Aadhaar {v} again.", "The receipt printed {v} under my name."],
    "dni": ["Mi DNI es {v} y no me deja registrarme.", "The receipt printed {v} under my name."],
    "nie": ["NIE {v}, still rejected.", "The receipt printed {v} under my name."],
    "cpf": ["Meu CPF {v} não é aceito.", "The receipt printed {v} under my name."],
    "nino": ["My NI number is {v} if you need it.", "The receipt printed {v} under my name."],
    "labelled_id": ["Passport no. {v} was typed into the wrong field.", "driver's license number {v} shows in the log",
                    "My ID card number: {v}.", "PESEL {v} nie działa"],
    "dob": ["DOB: {v}", "I was born on {v} and the age gate says I'm too young.", "Date of birth {v}, please fix.",
            "Geburtsdatum: {v}"],
    "address": ["Ship the replacement to {v}, London.", "I live at {v} and the map puts me in the river.",
                "Billing address: {v}, 10115 Berlin", "Send it to {v} please"],
}
LOOK_ALIKES = [
    "DE89 is the model number on the box", "Order GB12345678 never arrived", "NL91ABNA0417164301 failed the check",
    "Route 66 is missing", "5th Avenue store is not on the map", "Top 10 Road trips list is empty",
    "42nd Street station is mislabelled", "Walked 5 km along the river", "pan left 300 px and it crashes",
    "born to run, but the app can't track it", "RFC 2822 dates break the export", "10000 Steps a day goal resets",
    "Since 04/12/2019 it crashes", "Version 12.03.1990 is ancient", "Order 123-45-6789 is late",
    "SKU 900-12-3456 out of stock", "Ticket 2026-10-0457 open", "Error code 000-12-3456", "ISBN 0-306-40615-2",
    "Birthday reminders fire twice", "I was born in 1985 and still use it", "Model A320 2XL fits", "CA 2.3 release",
    "Paris 2024 trip routes", "24 Hour Fitness location wrong", "12 Days of Christmas sale",
    "The 3 hour hike took 5 hours", "Sync 1234 5678 9012 items", "Street View is blank",
    "Downloaded 250 MB on Wi-Fi", "Android 14 on Pixel 8", "My ID is visible in settings",
    "2024 Paris trip routes are gone", "Walked 10000 Steps today", "Paid 12000 Rupees for the year",
]


def shape_cases() -> list[tuple[str, str, str]]:
    """``(kind, value, text)``: every value in every frame of its kind."""
    out = []
    for kind, value in VALUES:
        for frame in FRAMES[kind]:
            out.append((kind, value, frame.format(v=value)))
    return out


def shape_look_alikes() -> list[str]:
    return list(LOOK_ALIKES)

"""Person names in feedback: a **dev** set the name rules were written against and a **test** set they were not.

**Dev** (``names_dev``): the closings and greetings of the example support tickets (``examples/feedback.csv``:
"Thanks, Chloe", "Regards,\\nAisha Okafor", "-- Ethan", "Hi Sarah,", "My name is ...") with names from
``DEV_FIRST`` / ``DEV_LAST``.

**Test** (``names_test``): written afterwards and only scored. Closings in 12 other languages and other English
phrasings, signatures with a title or a role line, self-introductions ("This is ... from ...", "je m'appelle"),
names placed before a "Sent from my phone" footer, names in the middle of a sentence ("my colleague ..."), all
with names from a disjoint list of 15 naming traditions (``TEST_FIRST`` / ``TEST_LAST``: none appears in dev), and
the same texts spliced after real reviews from ``../shared/data``. Each case records its ``form`` so the report can
say which forms rules reach (signatures, greetings, introductions) and which need a model (names mid-sentence).

Look-alikes that must survive (``NOT_NAMES``): product, company and place names right where a name could stand
("Thanks, Garmin", "Regards, Support team", "Hiked in Jordan", "Dear Trailmix team"). Over-redaction on real text
is measured on the unmodified public reviews (``pii_test_set.real_reviews``).

A case is ``(form, names, text)``: ``names`` are the words that must not survive redaction.
"""

from __future__ import annotations

import random

from tests.support.cases.pii_test_set import real_reviews

DEV_FIRST = ["Chloe", "Matteo", "Liam", "Aisha", "Kenji", "Mark", "Jonas", "Claire", "Ethan", "Diego", "Ben", "Raj",
             "Maya", "Amara", "Hannah", "Ingrid", "Nina", "Zoe", "Oscar", "Fatima", "Sofia", "Grace", "Tom", "Sarah"]
DEV_LAST = ["Okafor", "O'Neill", "Lindqvist", "Schmidt", "Turner", "Walsh", "Alvarez", "Brennan", "Tanaka", "Costa",
            "Novak", "Lee"]
DEV_CLOSINGS = ["Thanks, {first}", "Thanks,\n{first}", "Regards,\n{first} {last}", "Regards, {first} {last}",
                "Best, {first}", "Best,\n{first}", "Cheers, {first}", "-- {first}", "\n-- {first} {last}",
                "Thank you,\n{first} {last}"]
DEV_OPENINGS = ["Hi {first}, ", "Hello {first},\n", "Dear {first} {last},\n"]
DEV_INTROS = ["My name is {first} {last} and ", "Hi, I'm {first}, ", "I am {first} {last}, the admin of our Team plan. "]
DEV_BODY = ["Offline maps fail to download on my phone.", "I was charged twice for Plus this month.",
            "SSO login loops back to the login page.", "The app crashes when I open a saved route."]

TEST_FIRST = ["Aurélie", "Jörg", "Søren", "Giulia", "Wojciech", "Thandiwe", "Chidi", "Mei", "Haruto", "Seo-yeon",
              "Arjun", "Oluwaseun", "Inès", "Mateus", "Ximena", "Anneke", "Dmitri", "Leilani", "Bartholomew",
              "Siobhan", "Kwame", "Yusuf", "Ananya", "Beatriz"]
TEST_LAST = ["Dubois", "Müller", "Kristensen", "Russo", "Kowalczyk", "Ndlovu", "Eze", "Watanabe", "Park", "Iyer",
             "Adeyemi", "van der Berg", "Ferreira", "Hernández", "Ivanova", "Kahananui", "MacGregor", "Nakamura",
             "Mensah", "Yılmaz", "da Silva", "Fitzgerald"]
TEST_CLOSINGS = {
    "closing_en": ["Kind regards,\n{first} {last}", "Many thanks\n{first}", "Sincerely,\n{first} {last}",
                   "Warm regards — {first}", "Thx, {first}", "Yours,\n{first} {last}", "All the best,\n{first}",
                   "Best wishes,\n\n{first} {last}", "Ta, {first}", "~{first}", "— {first} {last}"],
    "closing_other_language": ["Cordialement,\n{first} {last}", "Bien à vous, {first}", "Mit freundlichen Grüßen\n{first} {last}",
                               "Viele Grüße, {first}", "LG {first}", "Saludos cordiales,\n{first} {last}", "Un saludo, {first}",
                               "Cordiali saluti,\n{first} {last}", "Grazie mille, {first}", "Met vriendelijke groet,\n{first} {last}",
                               "Groetjes, {first}", "Pozdrawiam,\n{first} {last}", "Atenciosamente,\n{first} {last}",
                               "Abraços, {first}", "Med vänliga hälsningar\n{first}", "Mvh {first} {last}",
                               "С уважением,\n{first} {last}", "Saygılarımla,\n{first} {last}"],
    "signature_title_or_role": ["Regards,\nDr. {first} {last}", "Thanks,\n{first} {last}\nHead of Operations, Northwind",
                                "Best,\n{first} {last} | IT Admin", "Mrs {first} {last}", "Signed, Prof. {first} {last}"],
    "footer_after_name": ["Thanks\n{first}\n\nSent from my iPhone", "Cheers, {first}\nSent from my Galaxy"],
    "greeting": ["Dear Mr. {last},\n", "Hi {first} -\n", "Hallo {first},\n", "Bonjour {first},\n", "Hola {first}, ",
                 "Dear Ms {first} {last}, "],
    "introduction": ["This is {first} from Northwind. ", "{first} {last} here, ", "Name: {first} {last}. ",
                     "je m'appelle {first} {last} et ", "Ich heiße {first} {last}, ", "Me llamo {first} {last} y ",
                     "Mi chiamo {first}, ", "Меня зовут {first}. ", "I'm {first} {last}, the admin here. "],
    "mid_sentence": ["my colleague {first} {last} says the same thing", "I asked {first} {last} on your team twice",
                     "{first} {last} from support promised a refund", "my son {first} uses it on his tablet"],
}
TEST_BODY = ["La carte hors ligne ne se télécharge pas.", "Die Offline-Karten laden nicht.",
             "The export to GPX has been broken since Tuesday.", "Battery goes from 100% to 40% on a 3 hour hike.",
             "Our workspace lost all shared routes overnight.", "La app se cierra al abrir una ruta guardada."]

NOT_NAMES = [
    "Thanks, Garmin sync works now!", "Regards, Support team", "Cheers, Trailmix!", "Thanks, great app",
    "Best app ever", "Best, worst update ever", "Dear Trailmix team,\nthe maps are blank.", "Hi Google, fix this",
    "Hiked in Jordan last week, the map was empty.", "Paris offline map missing", "Mount Washington route is wrong",
    "Lake Louise trail shows the wrong elevation", "Alexa integration please", "Strava export fails",
    "Apple Watch app crashes", "Siri shortcut does nothing", "Victoria line stations are missing",
    "Santa Cruz trails not listed", "Chrome on Android freezes", "Samsung Galaxy S24 battery drain",
    "Wear OS tile is blank", "Thanks Apple for nothing", "Regards battery life: terrible", "Cheers for the update!",
    "Thanks, Team plan admin", "Best, Plus subscriber since 2019", "Hi there, maps fail", "Hello Support,\nSSO fails",
    "Dear Customer Care,\nstill charged", "Sent from my iPhone", "Kind regards, a loyal user",
    "My name is on the account but I can't log in", "I'm Plus subscriber and it's broken", "I am Happy with it",
    "This is Trailmix at its worst.", "Monte Rosa tiles fail", "Table Mountain route is fine",
    "Mercedes-Benz car mode is broken", "Jordan Trail map is incomplete", "Florence Nightingale would weep at this UI",
]


def _fill(template: str, rng: random.Random, first: list[str], last: list[str]) -> tuple[str, list[str]]:
    f, l = rng.choice(first), rng.choice(last)
    names = [f] + ([w for w in l.split() if w[0].isupper()] if "{last}" in template else [])
    if "{first}" not in template:
        names = [w for w in l.split() if w[0].isupper()]
    return template.format(first=f, last=l), names


def names_dev(seed: int = 5) -> list[tuple[str, list[str], str]]:
    """``(form, names, text)``: the example tickets' closings, greetings and introductions with dev names."""
    rng = random.Random(seed)
    out = []
    for form, templates in (("closing", DEV_CLOSINGS), ("greeting", DEV_OPENINGS), ("introduction", DEV_INTROS)):
        for template in templates:
            for _ in range(4):
                piece, names = _fill(template, rng, DEV_FIRST, DEV_LAST)
                body = rng.choice(DEV_BODY)
                text = f"{body} {piece}" if form == "closing" else f"{piece}{body[0].lower()}{body[1:]}" \
                    if form == "introduction" else piece + body
                out.append((form, names, text))
    return out


def names_test(seed: int = 2027) -> list[tuple[str, list[str], str]]:
    """``(form, names, text)``: new phrasings and languages with names disjoint from dev; every case also
    spliced after a real review when ../shared/data is present."""
    rng = random.Random(seed)
    reviews = [r for r in real_reviews() if 20 <= len(r) <= 300]
    out = []
    for form, templates in TEST_CLOSINGS.items():
        for template in templates:
            for _ in range(2):
                piece, names = _fill(template, rng, TEST_FIRST, TEST_LAST)
                body = rng.choice(TEST_BODY)
                if form in ("greeting", "introduction"):
                    text = piece + body
                elif form == "mid_sentence":
                    text = f"{body} Also {piece}."
                else:
                    text = f"{body}\n{piece}"
                out.append((form, names, text))
                if reviews:
                    review = rng.choice(reviews)
                    joined = (f"{piece}{review}" if form in ("greeting", "introduction")
                              else f"{review} {piece}" if form == "mid_sentence" else f"{review}\n{piece}")
                    out.append((form, names, joined))
    return out


def not_names() -> list[str]:
    return list(NOT_NAMES)


# ---- Mid-sentence names, **dev** (written for the running-text rules, issue 12 follow-up) ----
# Names from traditions the test lists do not use (Vietnamese, Arabic, Persian, Hebrew, Greek, Hungarian, Finnish,
# Czech, Romanian, Kenyan, Ethiopian, Indonesian, Icelandic, Pakistani, Armenian, Georgian, Serbian, Maori,
# Filipino, Thai, US), in sentence frames of their own (the test set's mid-sentence frames were not read).
MID_DEV_FIRST = ["Linh", "Omar", "Layla", "Dariush", "Shirin", "Noa", "Eitan", "Eleni", "Nikos", "Zsófia", "Bence",
                 "Aino", "Eero", "Tereza", "Jakub", "Ioana", "Andrei", "Wanjiru", "Otieno", "Selam", "Dawit", "Putri",
                 "Budi", "Sigríður", "Gunnar", "Ayesha", "Bilal", "Tigran", "Nino", "Giorgi", "Milica", "Luka",
                 "Aroha", "Tane", "Maricel", "Somchai", "Kevin", "Jessica", "Tyler", "Brittany"]
MID_DEV_LAST = ["Tran", "Haddad", "Karimi", "Levi", "Papadopoulos", "Nagy", "Virtanen", "Dvořák", "Popescu", "Kamau",
                "Bekele", "Santoso", "Jónsdóttir", "Khan", "Petrosyan", "Beridze", "Petrović", "Ngata", "Reyes",
                "Srisuk", "Jenkins", "Horváth"]
MID_DEV_FRAMES = [
    "The chat agent, {first}, kept closing my ticket without reading it.",
    "{first} {last} from your billing team promised a refund that never came.",
    "I was on hold for an hour before {first} picked up.",
    "Please pass my thanks to {first} {last}, who sorted out the sync issue.",
    "A technician named {first} came out and replaced the tracker.",
    "My husband {first} uses the same account and his routes vanished too.",
    "We escalated to {first} {last} in support but heard nothing back.",
    "{first} was the only person who actually read my emails.",
    "The ticket assigned to {first} {last} has been open since March.",
    "I emailed {first} {last} twice about the invoice.",
    "Shout out to {first} for fixing my login!",
    "When I called, {first} {last} told me to reinstall the app.",
    "Your rep {first} hung up on me.",
    "According to {first} {last} the feature is coming next month.",
    "My manager, {first} {last}, wants an export to Excel.",
    "The support person {first} was patient and kind.",
    "Had a great chat with {first} today about the sync bug.",
    "After speaking with {first} {last} I still can't log in.",
    "{first} {last} said the refund would take 5 days.",
    "Our admin {first} {last} cannot add new users to the workspace.",
    "The guy on the phone, {first}, was super rude to me.",
    "Big thanks to {first} {last} and the whole crew.",
    "Contacted {first} via chat, no help at all.",
    "I asked {first} {last} to cancel my subscription and was charged anyway.",
    "Spoke with a lady called {first} who was great.",
    "My daughter {first} loves the kids mode.",
    "My co-worker {first} {last} recommended this app to our team.",
    "I forwarded this to {first} on your side last week.",
    "Yesterday {first} {last} from onboarding walked me through the setup.",
    "Is {first} {last} still handling enterprise accounts?",
]
MID_DEV_NOT_NAMES = [
    "I spoke to Customer Service three times and nothing changed.", "Talked with Apple Support, they blamed the app.",
    "Chatted with Verizon about the data usage.", "I asked Siri to start a route and nothing happened.",
    "Alexa keeps reading out the wrong trail name.", "Thanks to Google Fit sync my steps finally show up.",
    "My husband uses Garmin Connect instead.", "The app called Komoot does this for free.",
    "A feature named Smart Routes would help.", "Hiked from Santa Cruz to Monterey with no signal.",
    "The Victoria Falls trail is missing.", "Paris Metro map is outdated.", "Florence city map is great.",
    "The April update broke sync.", "Since the June release the widget is blank.", "Works on Windows but not on Mac.",
    "Sunday hikes always crash the tracker.", "Georgia state parks are not listed.",
    "Dallas Fort Worth airport map is wrong.", "The Washington Monument is mislabelled.",
    "Austin Texas trails are fine.", "Virginia Beach boardwalk is missing.", "Chelsea Market has no pin.",
    "The Lincoln Memorial route is too long.", "The Easter Sunday sale charged me twice.",
    "Pandora Radio keeps playing over the navigation.", "Mercedes Me integration please.",
    "My Grace Period ended without any warning.", "Thanks to Strava Premium I switched.",
    "Contacted Trailmix Support via chat.", "Escalated to Tier Two support and waited a week.",
    "The Crystal Lake trail is wrong.", "The Mark All As Read button is missing.", "The Rose Gold theme is ugly.",
    "An Amber Alert interrupted my route.", "We stopped at Tim Hortons and the app lost the track.",
    "Peter Pan bus stop is mislabelled.", "My son plays Mario Kart while I plan routes.",
    "Jordan Valley routes are missing.", "India Gate is in the wrong place.",
]


def names_mid_dev(seed: int = 11) -> list[tuple[str, list[str], str]]:
    """``(form, names, text)``: each dev frame twice with dev names, alone or after a dev body sentence."""
    rng = random.Random(seed)
    out = []
    for frame in MID_DEV_FRAMES:
        for i in range(2):
            piece, names = _fill(frame, rng, MID_DEV_FIRST, MID_DEV_LAST)
            out.append(("mid_sentence", names, piece if i == 0 else f"{rng.choice(DEV_BODY)} {piece}"))
    return out


def mid_not_names() -> list[str]:
    return list(MID_DEV_NOT_NAMES)

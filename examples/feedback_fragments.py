"""Hand-written text fragments and facts for ``make_feedback.py`` (the fictional "Trailmix" app).

Pure data: release dates, slot values (trails, devices, names), per-theme template pools, and rows written out
in full (PII-bearing tickets, simplified-Chinese items). ``make_feedback.py`` turns them into the CSV.

Template syntax: ``{slot}`` is filled per row (``{trail}``, ``{device}``, ``{version}``...), ``[a|b|c]`` picks one
alternative per row so that two people using the same template still word it differently.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

START, END = date(2026, 8, 15), date(2026, 11, 15)

RELEASES = [("4.1.0", date(2026, 7, 20)), ("4.1.1", date(2026, 8, 5)), ("4.1.2", date(2026, 8, 25)),
            ("4.2.0", date(2026, 9, 8)), ("4.2.1", date(2026, 9, 22)), ("4.3.0", date(2026, 10, 6)),
            ("4.3.1", date(2026, 10, 16)), ("4.4.0", date(2026, 10, 28)), ("4.4.1", date(2026, 11, 5)),
            ("4.4.2", date(2026, 11, 12))]
V430, V440 = date(2026, 10, 6), date(2026, 10, 28)
PRICE_EMAIL = date(2026, 8, 24)  # price-increase announcement; the increase applies from 2026-09-01

# ----------------------------------------------------------------------------------------------------------
# Slot values
# ----------------------------------------------------------------------------------------------------------
TRAILS = ["the Skyline Trail", "Half Dome", "the West Highland Way", "Angels Landing", "the Pennine Way",
          "the Kepler Track", "Snowdon via the Pyg Track", "the Enchantments", "the Overland Track",
          "Cascade Pass", "the Tour du Mont Blanc", "Mount Tam", "Lake Agnes", "the Zugspitze",
          "Helvellyn", "Mount Washington", "the Dipsea", "Ben Nevis", "Mt. Si", "the Tongariro Crossing"]
REGIONS = ["the Dolomites", "the Scottish Highlands", "the North Cascades", "the Lake District", "the Sierra",
           "the Black Forest", "the Blue Mountains", "the White Mountains", "the Peak District", "Patagonia",
           "the Alps", "Snowdonia", "the Rockies", "Yosemite", "the Smokies"]
IOS_DEVICES = ["iPhone 13", "iPhone 15 Pro", "iPhone 12 mini", "iPhone 16", "iPhone 14 Plus", "iPhone 15",
               "iPhone 16 Pro Max", "iPhone SE"]
ANDROID_DEVICES = ["Pixel 8", "Galaxy S23", "Galaxy A54", "Pixel 7a", "OnePlus 12", "Galaxy S24 Ultra",
                   "Pixel 9", "Moto G Power", "Xiaomi 14"]
ANDROID15_DEVICES = ["Pixel 8", "Pixel 7", "Pixel 9 Pro", "Galaxy S24", "Galaxy S23", "OnePlus 12"]
OLD_IOS = ["iPhone 8", "iPhone X", "iPhone XR", "iPhone 11", "iPad Air 2"]
OLD_ANDROID = ["Galaxy S9", "Moto G7", "Pixel 3a", "Galaxy A20", "Pixel 4"]
GARMINS = ["Fenix 7", "Forerunner 965", "Instinct 2", "Epix Pro", "inReach Mini"]
FIRST = ["Dana", "Mark", "Priya", "Tom", "Sofia", "Liam", "Hannah", "Carlos", "Aisha", "Ben", "Emma", "Jonas",
         "Olivia", "Raj", "Chloe", "Matteo", "Grace", "Noah", "Ingrid", "Sam", "Lucy", "Kenji", "Fatima", "Pete",
         "Maya", "Oscar", "Ruth", "Diego", "Nina", "Will", "Zoe", "Felix", "Amara", "Hugo", "Claire", "Ethan"]
LAST = ["Kowalski", "Brennan", "Nair", "Fischer", "Rossi", "O'Neill", "Schmidt", "Alvarez", "Okafor", "Turner",
        "Lindqvist", "Moreau", "Patel", "Walsh", "Novak", "Hughes", "Tanaka", "Silva", "Berg", "Murphy",
        "Campbell", "Duarte", "Keller", "Reyes", "Hart", "Yilmaz", "Evans", "Costa"]
MAIL_DOMAINS = ["example.com", "example.org", "example.net", "mail.example.com"]
TEAM_ORGS = [("Northridge Outdoors", "northridge-outdoors.example"), ("Peak School", "peakschool.example"),
             ("Alpine Guides Co", "alpineguides.example"), ("Summit Youth Trust", "summityouth.example"),
             ("Wildway Adventures", "wildway.example")]
ROLES = ["trail runner", "weekend hiker with kids", "mountain guide", "scout leader", "ultralight backpacker",
         "retired walker, hikes 3x a week", "outdoor photographer", "hiking meetup organiser", "ski tourer",
         "bikepacker", "new hiker, started this year", "park volunteer"]
TEAM_ROLES = ["Team admin", "ops lead, Team plan", "Team workspace owner", "head guide on the Team plan"]
COUNTRIES = (["US"] * 30 + ["GB"] * 14 + ["CA"] * 8 + ["DE"] * 8 + ["AU"] * 7 + ["NZ"] * 3 + ["IE"] * 3 +
             ["NL"] * 3 + ["FR"] * 3 + ["CH"] * 3 + ["SE"] * 2 + ["NO"] * 2 + ["AT"] * 2 + ["JP"] * 1)
PRICES = {"US": ("$29.99", "$39.99"), "CA": ("CA$39.99", "CA$52.99"), "AU": ("A$44.99", "A$59.99"),
          "NZ": ("NZ$49.99", "NZ$64.99"), "GB": ("£24.99", "£34.99"), "JP": ("¥4,400", "¥5,800")}
EURO = ("€29.99", "€39.99")

# ----------------------------------------------------------------------------------------------------------
# Shared fragments
# ----------------------------------------------------------------------------------------------------------
OPENERS = [
    "I'm a mountain guide and use this app every working day.", "Weekend hiker with two kids under 10.",
    "Retired, walking 3-4 times a week with my wife.", "Trail runner here, around 60 km a week.",
    "Scout leader, I plan routes for a troop of 20 teens.", "Long-time user, first review.",
    "Thru-hiked the PCT with this app last year.", "Casual user, maybe two hikes a month.",
    "I mostly use it for ski touring in winter and hut-to-hut trips in summer.",
    "Bikepacker, so long days and a lot of tracking.", "I organise a hiking meetup of about 40 people.",
    "New to hiking, started this spring.", "Switched from AllTrails in the spring.",
    "Used Komoot for years before this.", "Photographer, I go off-trail a lot.",
    "Heading to {region} next month and planning everything in here.", "Hiked {trail} last weekend.",
    "Dog owner, we're out most weekends.", "I volunteer on trail maintenance crews.",
]
CLOSERS = {
    "neg": ["Please fix.", "Fix this or I'm cancelling.", "Really disappointed.", "Uninstalling until this is sorted.",
            "One star until it's fixed.", "Not acceptable for a paid app.", "Very frustrating.",
            "Back to paper maps I guess.", "Would give zero stars if I could.", "Sort it out please.",
            "Used to love this app."],
    "mid": ["Otherwise fine.", "Hope this helps.", "Would be 5 stars otherwise.", "Decent app overall.",
            "Hoping the next update sorts it.", "Still using it, but come on.", "Other than that, solid.",
            "Fingers crossed for the next release."],
    "pos": ["Otherwise a great app!", "Keep up the good work.", "Love it, thanks team!",
            "Best hiking app I've used.", "Worth every penny.", "5 stars from me.", "Thank you!",
            "Can't recommend it enough."],
}
TICKET_HELLO = ["Hi,", "Hello,", "Hi Trailmix team,", "Hello support,", "Hi there,", "", "", "Dear Trailmix,"]
TICKET_BYE = ["Thanks, {first}", "Thanks in advance.", "Regards,\n{first} {last}", "Cheers, {first}", "",
              "Thank you.", "-- {first}", "Best, {first}"]
TYPOS = {"definitely": "definately", "because": "becuase", "really": "realy", "battery": "batery",
         "separate": "seperate", "doesn't": "doesnt", "can't": "cant", "I'm": "im", "the app": "teh app"}


@dataclass(frozen=True)
class T:
    """One hand-written template; ``after``/``before`` limit the dates it may be used on."""

    text: str
    after: date | None = None
    before: date | None = None
    stars: tuple[int, ...] | None = None  # overrides the theme's rating distribution
    plan: str | None = None  # the text names a plan ("I pay for Plus"), so the row must be on it
    platform: str | None = None  # the text names a platform ("Android", "Apple Watch")


def _t(items: list) -> list[T]:
    return [i if isinstance(i, T) else T(i) for i in items]


# ----------------------------------------------------------------------------------------------------------
# Theme pools. Keys: review (app/play store), short (one-liner reviews), ticket, survey, interview, detail.
# ----------------------------------------------------------------------------------------------------------
L = E = V430  # offline maps: "late" templates need >= 4.3.0, "early" ones come before it
MILD = (10, 30, 40, 15, 5)  # early offline-map niggles are not yet the angry bug reports of October
THEMES: dict[str, dict] = {
    "offline_maps": dict(
        n=42, trend="emerging", platforms=("ios", "android"), plans=(10, 75, 15), stars=(55, 30, 10, 4, 1),
        sources={"app_store": 3, "play_store": 3, "support_ticket": 4, "survey_nps": 2, "interview_note": 1},
        review=_t([
            T("Downloading a region for offline use takes ages on [hotel|campsite|hostel] wifi. Would be nice if it "
              "resumed instead of starting over.", before=E, stars=MILD),
            T("Offline download for {region} is [huge|over 2 GB] and there's no way to pick just the part I need.",
              before=E, stars=MILD),
            T("Offline view has much less detail than online, [contour lines|trail names|the hut markers] "
              "[are|go] missing when I zoom in.", before=E, stars=MILD),
            T("Since the {version} update offline maps won't download at all. [Stuck at 99% every time.|The bar "
              "fills up and then it just says failed.]", after=L),
            T("Offline maps are broken. Downloaded {region} before my trip, opened it with no signal and got "
              "[blank grey tiles|an empty beige screen|nothing but the GPS dot].", after=L),
            T("The update wiped all my downloaded offline regions. Had to re-download [3 GB|everything] on "
              "[mobile data|roaming data] [at the trailhead|in a cafe the night before].", after=L),
            T("Downloads fail with \"Download failed (error 412)\". Tried wifi, mobile data, reinstalling. "
              "[Nothing works.|Same error every time.]", after=L),
            T("Offline maps stopped syncing between my phone and my [tablet|wife's phone|iPad] after the last "
              "update.", after=L),
            T("Halfway up {trail} the offline map said \"Not downloaded\" even though I [downloaded it that "
              "morning|checked it at the car park]. [Genuinely scary.|Not what you want above the tree line.]",
              after=L),
            T("Offline maps are the main reason I pay for Plus and they've been broken for [weeks|a month now].",
              after=L, plan="Plus"),
            T("Downloaded regions keep disappearing after a day or two. I have to re-download before every "
              "[hike|trip], which defeats the point.", after=L),
            T("Map download progress bar goes backwards, then fails. {device}, app {version}.", after=L),
            T("Offline maps broken since 4.3. Please roll back whatever you changed.", after=L),
            T("Relied on offline maps on {trail} and the map was completely empty once I lost signal. "
              "[Navigated by a GPS dot on a blank screen.|Luckily my friend had a paper map.]", after=L),
            T("Can't download offline maps anymore: \"Sync error, try again later\". It's been later for two "
              "weeks.", after=L),
            T("Offline regions show as downloaded but the size says 0 MB and nothing loads without signal.",
              after=L),
            T("Was in {region} with no reception for three days. The maps I downloaded at home [weren't "
              "there|showed up as an empty list]. Thank god for my old GPS unit.", after=L),
            T("Every offline download I start since October [fails|gets stuck] somewhere near the end. Used to "
              "work flawlessly.", after=L),
        ]),
        short=_t([T("Offline maps broken again.", after=L), T("offline download stuck at 99%", after=L),
                  T("Offline maps don't work since the update!!", after=L),
                  T("Downloads fail. Every. Single. Time.", after=L), T("Offline = broken. Fix it.", after=L)]),
        ticket=_t([
            T("Offline map downloads for {region} fail at around [90%|95%|99%] with \"Download failed (error "
              "412)\". I have plenty of storage ([40|60|25] GB free). Device: {device}, app {version}. I already "
              "[reinstalled and logged out and back in|cleared the cache and restarted the phone].", after=L),
            T("After updating to {version} all my downloaded offline regions are gone from the Offline Maps list. "
              "I had [6|4|9] regions downloaded for a trip to {region}. Can you restore them, or at least tell me "
              "what happened?", after=L),
            T("Offline maps show grey tiles in airplane mode. Online everything renders fine. This started after "
              "the October update. I leave for a [5-day|week-long] trip on [Friday|Monday] and need this to work.",
              after=L),
            T("Offline sync between my devices no longer works. Regions downloaded on my phone don't show up on my "
              "[tablet|second phone] and the sync spinner never stops.", after=L),
            T("I'm a guide and my clients rely on the offline package I share with them. Since last week none of "
              "them can download it, they get \"Sync error\". Please escalate.", after=L),
            T("Is the offline download problem a known issue? Three of us in our club have it since the update "
              "and we have a group trip to {region} coming up.", after=L),
            T("The offline map for {trail} says downloaded, but in flight mode I only see the route line on a "
              "white background. {device}, {version}.", after=L),
            T("How do I move offline maps to the SD card? My internal storage is full.", before=E, stars=MILD,
              platform="android"),
            T("Is there a limit on how many offline regions Plus can store? My third download keeps failing.",
              before=E, stars=MILD, plan="Plus"),
        ]),
        survey=_t([T("Offline maps failing to download. It's the main feature I pay for.", after=L),
                   T("Offline maps have been unreliable since the last update.", after=L),
                   T("Got caught without a map in the backcountry because the offline download hadn't finished "
                     "and there was no warning.", after=L),
                   T("Good app but offline is broken right now.", after=L),
                   T("Would be a 5 if offline maps actually worked.", after=L),
                   T("Offline regions are too big to download on a slow connection.", before=E, stars=MILD)]),
        interview=_t([
            T("Interview with {name} ({role}). Biggest issue: offline maps. Since 4.3 larger regions fail near the "
              "end of the download and they retry on hotel wifi several times. Has started carrying a backup app.",
              after=L),
            T("{name} ({role}) bought Plus for offline maps. After the update two people in their group lost "
              "downloaded regions mid-trip. Quote: \"I can't put people on a mountain with a map that might "
              "vanish.\"", after=L, plan="Plus"),
            T("{name} ({role}) asked for partial-region downloads; the package for all of {region} is too big for "
              "their phone.", before=E, stars=MILD),
        ]),
        detail=["Storage isn't the issue, I have 50 GB free.", "Happens on wifi and on mobile data.",
                "Reinstalling didn't help.", "My partner's phone has the same problem.",
                "Tried clearing the cache like the FAQ says, no luck.", "Worked perfectly in the summer."],
    ),
    "battery_drain": dict(
        n=40, trend="steady", platforms=("ios", "android"), plans=(45, 42, 13), stars=(25, 35, 28, 10, 2),
        sources={"app_store": 4, "play_store": 4, "support_ticket": 2, "survey_nps": 3, "interview_note": 1},
        review=_t([
            "Battery drain is insane while tracking. {hours} hours of recording took my {device} from 100% to "
            "{pct}%.",
            "GPS tracking kills my battery. Can't get through a [full day hike|day in the hills|long run] without a "
            "power bank.",
            "The app keeps using GPS in the background [after I stop recording|even when I'm not tracking]. "
            "[Woke up to a dead phone.|Phone was flat by dinner.]",
            "My phone gets [hot|really warm] in my pocket while tracking. No other app does this.",
            "Recording a {km} km hike used {pct2}% of my battery. [Strava|My Garmin app] on the same hike uses "
            "maybe a third of that.",
            "Battery settings show Trailmix at the top every single day, even on days I don't hike.",
            "Please add a low-power tracking mode. I'd happily take fewer GPS points for [twice the battery "
            "life|a phone that survives the day].",
            "Great app but the battery drain makes it [unusable|a non-starter] for multi-day trips.",
            "On long days I have to turn tracking off halfway to keep enough battery for emergencies. Not great "
            "for something that's supposed to keep you safe.",
            "Battery drain got a little better in the last update but it's still the worst app on my phone.",
            "Tracking drains about {rate}% per hour on my {device}, with the screen off.",
            "Phone went from full to dead in one afternoon on {trail}. Only thing running was Trailmix.",
            "Turned on tracking for a short walk, forgot about it, and by [dinner|bedtime] my battery was at "
            "{pct}%.",
            "The battery use is the only thing stopping me from recommending this to [everyone|my running club].",
            "Why does a map app need to drain {rate}% an hour? [Gaia|OsmAnd] doesn't.",
            "Did a {km} km ridge walk with tracking on and had to [ration|nurse] my battery for the last hour. "
            "Needs a battery saver.",
        ]),
        short=_t(["Battery hog.", "Drains battery like crazy", "Eats my battery. Uninstalled.",
                  "battery drain during tracking is terrible", "Kills my phone battery in 3 hours.",
                  "Way too power hungry."]),
        ticket=_t([
            "When recording a route the app drains about {rate}% battery per hour on my {device}. Location is set "
            "to \"While using\", screen is off, low power mode off. Is this expected? Is there a setting to reduce "
            "the GPS sampling rate?",
            "After I stop a recording the location icon stays on and the battery keeps dropping until I force-close "
            "the app. {device}, app {version}.",
            "My phone died on the way down from {trail} because of the tracking. I had [80%|90%|75%] at the "
            "trailhead. This is a safety issue, please look into it.",
            "Is there a way to record a track with less frequent GPS fixes? My battery can't last a [10-hour|full] "
            "day.",
            "Battery drops [20%|25%] per hour while recording on {version}. Is there a known issue with "
            "{device}?",
        ]),
        survey=_t(["Battery drain during tracking.", "Love the maps but battery usage while recording is way too high.",
                   "Need a battery saver mode for long hikes.", "It drains my phone faster than any other app.",
                   "Battery. Always the battery.", "Tracking is accurate but it costs me half my battery.",
                   "My phone can't last a whole hike with tracking on.", "Uses too much power."]),
        interview=_t([
            "{name} ({role}) records every outing. Says the app drains ~{rate}%/hour; now starts recording only "
            "after the first climb. Would pay for a battery-saver mode that logs a point every 30 s.",
            "Talked to {name} ({role}) about multi-day trips: battery is the limiting factor. Carries two power "
            "banks mostly because of Trailmix tracking. Wants control over GPS frequency.",
            "{name} ({role}) switched recording to their watch because of battery; only opens Trailmix to check "
            "the route. Risk: we lose the recorded tracks that feed trip reports.",
        ]),
        detail=["Background refresh is already off.", "Brand new battery, so it's not the phone.",
                "Same on my old phone.", "Low power mode makes the track jumpy instead.",
                "Screen brightness was low the whole time."],
    ),
    "billing": dict(
        n=30, trend="spike_sept", platforms=("ios", "android", "web"), plans=(5, 75, 20), stars=(60, 25, 10, 4, 1),
        sources={"app_store": 3, "play_store": 2, "support_ticket": 5, "survey_nps": 2, "interview_note": 1},
        review=_t([
            T("Plus went from {price_old} to {price_new} a year with one email. A big price increase for no new "
              "features. [Cancelled.|Not renewing.]", after=PRICE_EMAIL, plan="Plus"),
            T("I was charged twice for my annual renewal. Support says 5-7 business days for the refund. "
              "[Not happy.|Unacceptable.]", after=date(2026, 9, 1)),
            T("Raised the price and made the free tier worse at the same time. Greedy.", after=PRICE_EMAIL),
            "Got charged after I cancelled my subscription. [Check your billing system.|Still waiting to hear "
            "back.]",
            T("Price increase is too steep. I'd have paid {price_old} forever, not {price_new}.", after=PRICE_EMAIL),
            T("Two charges of {price_new} on my card on the same day. Still waiting for the refund.",
              after=date(2026, 9, 1)),
            T("New pricing is fine for me but there really should be a monthly option.", after=PRICE_EMAIL,
              stars=(5, 20, 45, 25, 5)),
            T("Why is there no way to downgrade from Team to Plus in the app? Had to email support.", plan="Team"),
            T("Charged for Plus even though the trial said it would remind me before it ended. It didn't.",
              plan="Plus"),
            T("User since 2022 and no grandfathered price? Disappointing.", after=PRICE_EMAIL),
            T("A 33% price rise [in one go|overnight] is a lot. Would have been fine with a smaller increase.",
              after=PRICE_EMAIL),
            T("Billing took my renewal twice and the app still says my subscription expired. [Great.|Brilliant.]",
              after=date(2026, 9, 1)),
        ]),
        short=_t([T("Double charged.", after=date(2026, 9, 1)), T("Too expensive now.", after=PRICE_EMAIL),
                  T("price hike = uninstall", after=PRICE_EMAIL)]),
        ticket=_t([
            T("I was billed twice for my Plus renewal on {charge_date} ({price_new} each). Please refund the "
              "duplicate. The receipts are in my store account.", after=date(2026, 9, 2), plan="Plus"),
            "I cancelled before the renewal date and was still charged {price_new}. Please refund and confirm the "
            "subscription is cancelled.",
            T("Our Team invoice shows 14 seats but we only have 11 members; we removed 3 people last month. "
              "Please correct it and credit the difference.", plan="Team", platform="web"),
            T("The price increase email said existing subscribers keep their price until their next renewal, but "
              "I was charged {price_new} today and my renewal isn't until March. Can you check?",
              after=date(2026, 9, 1)),
            T("How do I get a VAT invoice for the Team plan? Accounting needs our company VAT number on it.",
              plan="Team"),
            T("Charged twice again this month. This is the second time. I want a refund and an explanation.",
              after=date(2026, 9, 5)),
            T("My bank statement shows two payments to Trailmix on {charge_date}, {price_new} each. Only one "
              "subscription on my account. Please sort out the refund.", after=date(2026, 9, 2)),
            T("Can I keep the old price if I switch to annual billing now? The new price is [a stretch|too much] "
              "for me.", after=PRICE_EMAIL),
        ]),
        survey=_t([T("Price increase.", after=PRICE_EMAIL),
                   T("Too expensive after the price change.", after=PRICE_EMAIL),
                   T("Got charged twice and it took 2 weeks to get the refund.", after=date(2026, 9, 3)),
                   T("The value is there but the new price is hard to justify for how often I hike.",
                     after=PRICE_EMAIL),
                   T("Raising prices while the app has bugs is a bad look.", after=PRICE_EMAIL)]),
        interview=_t([
            T("{name} ({role}) noticed the price change and is \"on the fence\" about renewing; compared us with "
              "AllTrails and Komoot pricing. Would stay for a grandfathered price or a family plan.",
              after=PRICE_EMAIL),
            T("{name} ({role}) was double-charged in September. Refund arrived but only after three e-mails; said "
              "it felt like nobody owned billing.", after=date(2026, 9, 20)),
        ]),
        detail=["No one answered my first email.", "I've been a subscriber for three years.",
                "Please get back to me this week."],
    ),
    "wearables": dict(
        n=22, trend="steady", platforms=("ios", "android"), plans=(30, 55, 15), stars=(2, 8, 30, 40, 20),
        tone="request",
        sources={"app_store": 3, "play_store": 3, "support_ticket": 1, "survey_nps": 2, "interview_note": 2},
        review=_t([
            T("Please add Apple Watch support! I don't want to pull my phone out every time I check the route.",
              platform="ios"),
            "Need Garmin integration. I record on my {garmin} and have to export and import GPX by hand every "
            "time.",
            T("Would be 5 stars with Wear OS support.", platform="android"),
            "Sync routes to my Garmin please. Komoot does it, why can't you?",
            T("An Apple Watch app with haptic turn alerts would be a game changer.", platform="ios"),
            "Any plans for Garmin Connect sync? Most serious hikers I know wear a Garmin.",
            "I'd love to see heart rate from my watch on the elevation chart.",
            T("Please write hikes to Apple Health so they count toward my activity rings.", platform="ios"),
            "Only thing missing: a watch app. I hike with trekking poles and getting the phone out is a pain.",
            T("Would love a Galaxy Watch app, even a basic one.", platform="android"),
            "Garmin users are a big chunk of your audience, please let us send routes to the watch.",
        ]),
        short=_t([T("Apple Watch app please!", platform="ios"), "Garmin sync when?"]),
        ticket=_t([
            T("Is Garmin integration on the roadmap? Our guides all wear {garmin} watches and we'd move all 20 "
              "seats to Team if routes synced automatically.", plan="Plus"),
            T("How do I get my routes onto my Apple Watch? I can't find a watch app anywhere.", platform="ios"),
            "Can I import a track recorded on my {garmin} into Trailmix without going through a computer?",
        ]),
        survey=_t([T("Missing Apple Watch app.", platform="ios"), "Garmin sync please.",
                   "I'd recommend it more if it worked with my watch.", "No smartwatch support.",
                   "Integration with Garmin/Coros/Suunto."]),
        interview=_t([
            "{name} ({role}) plans in Trailmix but navigates with a Garmin {garmin}. Exports GPX after every edit: "
            "\"half my planning time is moving files around\". Top request: direct Garmin Connect sync.",
            "{name} ({role}) asked about Apple Watch twice during the call. Wants a glanceable next turn and distance "
            "remaining; doesn't care about maps on the watch.",
            T("{name} ({role}) would upgrade to Plus \"the day the Garmin sync ships\".", plan="Free"),
        ]),
        detail=["Even just showing distance left would be enough.", "Happy to beta test.",
                "This is the only reason I still use another app."],
    ),
    "elevation": dict(
        n=16, trend="steady", platforms=("ios", "android", "web"), plans=(35, 50, 15), stars=(10, 30, 35, 20, 5),
        sources={"app_store": 3, "play_store": 3, "support_ticket": 1, "survey_nps": 2, "interview_note": 1},
        review=_t([
            "Elevation profile is way off. It said {elev_app} m of climbing for a route my watch measured at "
            "{elev_real} m.",
            "Elevation gain estimates are consistently too high, it makes [easy routes|gentle valley walks] look "
            "brutal.",
            "The elevation chart doesn't match the contour lines on the map at all on {trail}.",
            "Elevation profile is so noisy it looks like a seismograph. Please smooth it.",
            "Total ascent changes every time I open the same route: 812 m, then 790 m, then 845 m.",
            "Love the elevation profile idea but I don't trust the numbers near [cliffs and ridges|steep gullies].",
            "Recorded elevation was [100+|about 150] m off compared to the summit sign on {trail}.",
            "Planned a route with 600 m of climbing according to the app. It was closer to 400. Happy legs, "
            "confused brain.",
        ]),
        short=_t(["Elevation data is wrong.", "ascent numbers way too high"]),
        ticket=_t([
            "The planned route up {trail} shows {elev_app} m total ascent but the official park page says "
            "{elev_real} m. Which elevation data do you use? Our group uses these numbers to decide who can join.",
            "Descent is shown as larger than ascent on a loop that starts and ends at the same car park. Bug?",
        ]),
        survey=_t(["Elevation data inaccurate.", "Elevation gain numbers are unreliable and I plan around them.",
                   "Elevation profiles overestimate climbing."]),
        interview=_t([
            "{name} ({role}) doesn't trust ascent numbers: \"overestimates by 20-30% in steep terrain\". Uses "
            "another tool to double-check before publishing routes to their group.",
        ]),
        detail=["My barometric watch agrees with the guidebook, not with you.", "Flat canal walk showed 300 m of "
                "climbing.", "It's the downhill numbers that are worst."],
    ),
    "discovery_praise": dict(
        n=30, trend="steady", platforms=("ios", "android", "web"), plans=(50, 40, 10), stars=(0, 0, 3, 27, 70),
        sources={"app_store": 4, "play_store": 4, "survey_nps": 3, "interview_note": 1},
        review=_t([
            "Best app for finding new trails. The community photos show exactly what to expect at each viewpoint.",
            "Found [three|a handful of] amazing hikes near {region} I'd never heard of, all from the Discover tab.",
            "Photos from other hikers are so helpful for checking conditions. Saw there was still snow on the pass "
            "and changed plans.",
            "Love the trail discovery. The dog-friendly and kid-friendly filters are perfect for our family.",
            "Finally an app where the route suggestions actually match my fitness level.",
            "Community photos + recent trip reports = I always know what I'm getting into. Fantastic.",
            "Been using it for all my trips in {region}. Great suggestions, great photos.",
            "The nearby trails list made our road trip. We stopped for a hike every single day.",
            "Beautiful app. Easy to find new routes and the photos are inspiring.",
            "The curated lists (waterfalls, sunrise hikes, easy summits) are brilliant.",
            "Did {trail} because of a photo someone posted here. Best day of my summer.",
            "Trip reports from other users saved us from a washed-out bridge. Thank you community!",
            "We moved to a new town and this app showed us every good walk within 30 minutes. Love it.",
            "As a beginner the difficulty ratings and photos gave me the confidence to try {trail}.",
            "I check the latest photos before every trip. Way more useful than the official park website.",
            "The route ideas for rainy days (forest loops, gorges) are such a nice touch.",
        ]),
        short=_t(["Love this app!", "Great for finding new trails", "Amazing community photos",
                  "10/10 would recommend", "Perfect hiking companion.", "Brilliant app", "So many new routes!"]),
        survey=_t(["Easy to discover new hikes near me.", "The community photos and trip reports.",
                   "Great trail recommendations, I use it every weekend.",
                   "Helped me find hikes I'd never have found on my own.", "Photos from other hikers, hands down.",
                   "Route ideas for every level.", "The Discover tab is excellent.",
                   "Recent photos of trail conditions."]),
        interview=_t([
            "{name} ({role}) opens Discover every Friday to plan the weekend. Values recent photos most (\"is the "
            "bridge still out?\"). Would upload more photos if uploads worked on weak signal.",
            "{name} ({role}): community photos are the killer feature compared with paper maps. Suggested showing "
            "photo dates more prominently; old photos can mislead about snow.",
        ]),
        detail=["Recommended it to my whole family.", "The photos are better than the guidebook's.",
                "Told all my friends about it."],
    ),
    "login_sso": dict(
        n=14, trend="late_rise", platforms=("ios", "android", "web"), plans=(8, 10, 82), stars=(60, 30, 8, 2, 0),
        sources={"app_store": 1, "play_store": 1, "support_ticket": 5, "survey_nps": 1, "interview_note": 2},
        review=_t([
            "Can't log in with our company SSO. It redirects back to the login screen in an endless loop.",
            "Keeps logging me out every day. Very annoying at a trailhead with no signal.",
            T("Sign in with Google stopped working after the update.", after=V440),
            T("Our Team workspace login is broken since the new login screen, stuck on \"Verifying...\".",
              after=V440),
        ]),
        ticket=_t([
            T("Since the 4.4 update our members can't sign in with Okta SSO. After authenticating they land back on "
              "the Trailmix login page. At least [8|6|10] of our 25 seats are affected. Workspace: {org}.",
              after=V440),
            "New members I invite to our Team workspace get \"This account is not part of an organization\" when "
            "they log in with SSO.",
            "SAML login fails with \"Invalid assertion: audience mismatch\". We haven't changed anything on our "
            "Azure AD side. Workspace: {org}.",
            "I'm the admin of our Team plan. Two guides were logged out on the trail and couldn't log back in "
            "without signal, so they lost their offline routes. Is there a way to stay logged in?",
            T("Password reset emails never arrive for our team accounts on {org_domain}. Checked spam and the "
              "quarantine.", after=V440),
            T("SSO login loop on Android since 4.4.0, web works. Please advise.", after=V440, platform="android"),
            T("After the new login screen our staff get \"Session expired\" every morning and have to go through "
              "SSO again. Workspace {org}.", after=V440),
        ]),
        survey=_t(["SSO login problems for our team.", "Getting logged out constantly."]),
        interview=_t([
            "{name} ({role}) manages a 30-seat Team plan. SSO onboarding is painful: every new seasonal guide needs "
            "a manual fix from our support. Mentioned looking at a competitor if it isn't fixed before spring.",
            T("Interview with {name} ({role}). Login loop with Google Workspace SSO after the October release; "
              "workaround is signing in on the web first. Wants SCIM provisioning long term.", after=V440),
        ]),
        detail=["Our IT team has checked the IdP config twice.", "It works in a browser, not in the app."],
    ),
    "dark_mode": dict(
        n=12, trend="steady", platforms=("ios", "android", "web"), plans=(50, 40, 10), stars=(2, 8, 30, 40, 20),
        tone="request", sources={"app_store": 4, "play_store": 4, "survey_nps": 2},
        review=_t([
            "Please add a dark mode! Checking the map in the tent at night blinds me.", "Dark mode please. It's 2026.",
            "Would love a dark theme, especially for alpine starts at 3am.",
            "The white map screen at 4am is brutal. Dark mode or a night map style would be great.",
            "Everything on my phone is in dark mode except Trailmix.",
            "Dark mode would also save battery on OLED screens.",
            "Night hikes + bright white UI = ruined night vision. A red or dark theme please.",
        ]),
        short=_t(["dark mode pls", "Needs dark mode."]),
        survey=_t(["Dark mode.", "No dark mode yet.", "A night mode for the map.",
                   T("Web planner needs a dark theme too, I plan routes late at night.", platform="web")]),
        detail=["Even just a dimmed map would do."],
    ),
    "android15_crash": dict(
        n=16, trend="crash_window", platforms=("android",), plans=(45, 45, 10), stars=(75, 20, 5, 0, 0),
        sources={"play_store": 6, "support_ticket": 3, "survey_nps": 1},
        review=_t([
            T("Crashes every time I open Saved Routes since my phone updated to Android 15.", before=V440),
            T("App closes instantly when I tap a saved route. {device}, Android 15.", before=V440),
            T("Can't open any of my saved routes, it just crashes. Useless until fixed.", before=V440),
            T("Android 15 + Trailmix = crash. Saved routes tab is completely unusable.", before=V440),
            T("Crashes when opening a saved route. Other tabs work. Reinstalled, cleared cache, same thing.",
              before=V440),
            T("Since the Android 15 update, opening a saved route crashes the app. I have [200|150+] routes saved "
              "in there!", before=V440),
            T("Tap saved route, app vanishes. Every time. Android 15 on a {device}.", before=V440),
            T("My whole season of planned routes is locked behind a crash. Saved Routes won't open on Android 15.",
              before=V440),
            T("Saved routes crash is fixed in 4.4.0, thank you! Back to 5 stars.", after=V440, stars=(0, 0, 0, 30, 70)),
            T("Still crashing on saved routes on Android 15, even after updating to {version}.", after=V440),
        ]),
        short=_t([T("Crashes on Android 15", before=V440), T("saved routes = instant crash", before=V440)]),
        ticket=_t([
            T("The app crashes when I open any route from Saved Routes.\nDevice: {device}, Android 15, app {version}."
              "\nSteps: open app > Saved > tap any route > app closes.\nOther screens work fine.", before=V440),
            T("Saved routes crash on Android 15. I made a screen recording, where can I send it?", before=V440),
            T("Since my phone got Android 15 I can't open saved routes, the app closes. Is a fix coming? I have a "
              "trip [this weekend|next week].", before=V440),
            T("Crash on opening saved routes is back for me on {version}. {device}.", after=V440),
        ]),
        survey=_t([T("Crashes when opening saved routes.", before=V440),
                   T("App keeps crashing on my new phone.", before=V440)]),
        detail=["Worked fine on Android 14.", "My wife's Pixel does the same."],
    ),
    "slow_maps": dict(
        n=14, trend="steady", platforms=("ios", "android"), plans=(55, 35, 10), stars=(25, 40, 25, 10, 0),
        sources={"app_store": 4, "play_store": 4, "support_ticket": 1, "survey_nps": 2, "interview_note": 1},
        review=_t([
            "Map takes forever to load on my {old_device}. Like [20|30] seconds of blank screen.",
            "Very slow on older phones. Panning stutters and zooming freezes for a few seconds.",
            "The app got much slower over the last few updates. My {old_device} handled it fine last year.",
            "Map tiles load one by one, super slow even on good wifi.",
            "Opening the app takes ~15 seconds before the map appears. Please optimise for older devices.",
            "Laggy. Scrolling the map is choppy on my {old_device}.",
            "Switching to satellite view freezes the app for 10 seconds on my {old_device}.",
            "Not everyone buys a new phone every year. The map is [sluggish|painfully slow] on my {old_device}.",
        ]),
        short=_t(["So slow.", "Laggy map on older phones"]),
        ticket=_t(["The map view is very slow on my {old_device}. It takes 20-30 seconds to render and sometimes "
                   "the app freezes. Is my phone still supported?"]),
        survey=_t(["Slow map loading.", "Too slow on my phone.", "Maps take too long to appear."]),
        interview=_t(["{name} ({role}) still uses an old {old_device}; map loading is \"painfully slow\", turns off "
                      "satellite layers to cope. Says many people in their walking club have older phones."]),
        detail=["I know it's an old phone but everything else runs fine.", "Closing other apps doesn't help."],
    ),
    "sharing_ux": dict(
        n=14, trend="steady", platforms=("ios", "android", "web"), plans=(45, 40, 15), stars=(10, 30, 40, 18, 2),
        sources={"app_store": 3, "play_store": 2, "support_ticket": 2, "survey_nps": 2, "interview_note": 2},
        review=_t([
            "Sharing a route is confusing. I sent a link and my friend got \"route is private\".",
            "Took me 10 minutes to work out how to share a route with my hiking group. The share button is hidden in "
            "a menu.",
            "Why does sharing a route require the other person to have an account?",
            "I thought I shared my route but it only sent a screenshot of the map.",
            "There are three different share options (Share, Invite, Export) and I never know which one to use.",
            "Shared a route with my group, edited it later, and they still saw the old version. Confusing.",
            "Please make shared links work without the app. My relatives don't want to install anything just to see "
            "where I'm hiking.",
        ]),
        ticket=_t([T("How do I share a route with people who aren't on our Team? The link says \"You don't "
                     "have access\".", plan="Team"),
                   "I shared a route to a WhatsApp group and the link opens the App Store instead of the route. "
                   "Is that intended?"]),
        survey=_t(["Sharing routes is confusing.", "Hard to share routes with friends who don't use the app."]),
        interview=_t([
            "{name} ({role}) shared a route with 12 participants before an event; half got \"route is private\" "
            "because visibility defaults to private. Ended up sending screenshots via WhatsApp.",
            "Usability session with {name} ({role}): three attempts to find Share. Expected it on the route page, "
            "not under the \"...\" menu. Confused \"Invite to trip\" with \"Share route\".",
        ]),
        detail=["Most of my group aren't very techy.", "I ended up sending a screenshot instead."],
    ),
    "other": dict(
        n=20, trend="steady", platforms=("ios", "android", "web"), plans=(60, 30, 10), stars=(5, 5, 30, 30, 30),
        sources={"app_store": 3, "play_store": 3, "support_ticket": 3, "survey_nps": 2},
        review=_t([
            "How do I export a route as GPX?", "Is there a student discount for Plus?",
            "Does one Plus subscription work on my phone and my iPad?", "Please add Norwegian language.",
            "It's fine.", "Good", "ok app", "Can you add horse riding trails?",
            "Where did the compass go in the new version?", "The loop at {trail} has the wrong name, locals call it "
            "something else.", "test", "Bears spotted near {trail} this week, be careful out there!",
            "Why do I need an account just to look at a trail?", "Would be nice to plan routes by time instead of "
            "distance.", "Does the app work in Japan?", "👍", "Meh.",
            "Is there an API? I'd like to pull my recorded hikes into a spreadsheet.",
            "Trail closure info for {trail} was out of date.", "Can I cancel anytime?", "Nice",
            "My son set this up for me, it's very good but the writing is small.",
        ]),
        detail=[],
    ),
}

# Hand-written rows with PII inside the text (dates fixed so they sit in the right part of their theme's trend).
PII_ROWS = [
    dict(theme="billing", source="support_ticket", day=date(2026, 9, 12), plan="Plus", platform="ios",
         country="US", email="mark.brennan@example.com",
         text="Hi, you charged my card 4111 1111 1111 1111 twice on Sept 11 for the Plus renewal ($39.99 x2). "
         "Please refund one of them. You can call me at (415) 555-0198 if needed.\nThanks, Mark"),
    dict(theme="billing", source="support_ticket", day=date(2026, 9, 15), plan="Plus", platform="android",
         country="GB", text="I've been charged £34.99 twice this week. It's the card 5555 5555 5555 4444 if you "
         "need it to find the payments. Please ring me on +44 7700 900461, I'm usually free after 5pm."),
    dict(theme="login_sso", source="support_ticket", day=date(2026, 11, 3), plan="Plus", platform="web",
         country="CA", text="The password reset link you sent me doesn't work: "
         "https://accounts.trailmix.example/reset?token=abc123f9e8d7c6b5a4e3d2c1 says \"link expired\" even when "
         "I click it straight away. Tried three times."),
    dict(theme="login_sso", source="support_ticket", day=date(2026, 11, 9), plan="Team", platform="web",
         country="US", email="it-admin@northridge-outdoors.example",
         text="Our office network can't complete the SSO callback. Our egress IP is 203.0.113.42, could you "
         "check whether you're blocking it? Admin contact: priya.nair@northridge-outdoors.example, "
         "phone +1 303-555-0142."),
    dict(theme="offline_maps", source="support_ticket", day=date(2026, 10, 21), plan="Plus", platform="ios",
         country="US", email="jalvarez.hikes@example.org",
         text="Please reply to my personal address jenny.alvarez@example.com, I don't check the account email "
         "anymore. Offline maps for the Dolomites failed to download four times (error 412). I fly out Thursday."),
    dict(theme="battery_drain", source="support_ticket", day=date(2026, 9, 28), plan="Free", platform="android",
         country="GB", text="Tracking drained my phone flat on Helvellyn on Saturday, I had to borrow a phone to "
         "call my husband. If you need more details my number is 07700 900812."),
    dict(theme="android15_crash", source="play_store", day=date(2026, 10, 2), plan="Free", platform="android",
         country="US", rating=1, text="Crashes every time I open a saved route on my Pixel 8 (Android 15). Devs, "
         "email me at hikerdave77@example.net if you want logs, happy to help."),
]

CHINESE_ROWS = [  # (theme, source, plan, rating, country, date window, text)
    ("offline_maps", "play_store", "Plus", 1, "CN", "late",
     "离线地图下载到99%就卡住不动了，重试好几次都一样。更新到4.3之前一直好好的，现在出门爬山完全不敢依赖它。"),
    ("offline_maps", "play_store", "Plus", 1, "CN", "late",
     "在山里没信号的时候打开已下载的离线地图，全是灰色方块，什么都看不到。这可是付费功能啊，请尽快修复！"),
    ("offline_maps", "play_store", "Plus", 2, "CN", "late",
     "离线区域明明已经下载好了，更新后全部消失，只能重新下载，流量又白白浪费了。"),
    ("offline_maps", "support_ticket", "Plus", None, "CN", "late",
     "上周去武功山徒步，提前下载了离线地图，结果到了山上提示“地图数据未同步”，只能靠同伴的手机导航。希望开发团队重视这个问题。"),
    ("offline_maps", "support_ticket", "Plus", None, "CN", "late",
     "离线地图同步失败，错误代码 412。手机是小米14，安卓15，应用版本4.3.1。麻烦看一下，我的联系电话 138 1234 5678。"),
    ("offline_maps", "survey_nps", "Plus", 2, "SG", "late",
     "离线地图经常下载失败，换了WiFi也不行。"),
    ("offline_maps", "play_store", "Plus", 1, "CN", "late",
     "Plus会员，离线地图现在基本不能用了，考虑退订。"),
    ("offline_maps", "play_store", "Free", 2, "MY", "late",
     "每次打开应用，之前下载的离线地图都要重新同步，很烦。"),
    ("battery_drain", "play_store", "Free", 2, "CN", "any",
     "开着轨迹记录走了三个小时，电量从100%掉到20%，手机还发烫。耗电太严重了。"),
    ("battery_drain", "play_store", "Plus", 3, "CN", "any",
     "GPS记录太费电了，一整天的徒步根本撑不下来，只能带充电宝。"),
    ("battery_drain", "survey_nps", "Free", 3, "CN", "any",
     "后台定位一直在耗电，即使没有在记录轨迹也是这样，希望优化一下。"),
    ("battery_drain", "play_store", "Free", 2, "CN", "any",
     "OPPO手机上耗电特别快，不知道是不是兼容问题。"),
    ("battery_drain", "play_store", "Plus", 3, "SG", "any",
     "省电模式下轨迹会断断续续，关了省电模式又太耗电，两难。"),
    ("battery_drain", "survey_nps", "Free", 3, "CN", "any",
     "功能很好，就是太耗电了。爬一次泰山手机没电了两次。"),
    ("login_sso", "support_ticket", "Free", None, "CN", "any",
     "收不到短信验证码，没法登录，试了好多次。我的手机号是 +86 13812345678，请帮忙处理。"),
    ("login_sso", "support_ticket", "Team", None, "CN", "late2",
     "团队账号登录一直失败，提示“SSO认证错误”，公司其他同事也一样。"),
    ("login_sso", "support_ticket", "Plus", None, "CN", "any",
     "换了新手机以后登录不上，密码重置邮件也收不到。我的邮箱是 zhang.wei@example.cn。"),
    ("login_sso", "play_store", "Free", 2, "CN", "any",
     "每次打开都要求重新登录，太麻烦了。"),
    ("discovery_praise", "play_store", "Free", 5, "CN", "any",
     "路线推荐很棒，社区里的照片很有参考价值，发现了好多周边没去过的小路线。"),
    ("discovery_praise", "play_store", "Plus", 5, "CN", "any",
     "界面简洁，路线信息清楚，社区照片很真实。强烈推荐给喜欢户外的朋友！"),
    ("discovery_praise", "survey_nps", "Free", 5, "CN", "any",
     "用了半年了，发现了很多新的徒步路线，周末不知道去哪就打开看看。"),
    ("discovery_praise", "play_store", "Free", 4, "MY", "any",
     "社区的路线点评和照片非常实用，比其他app好用多了。"),
    ("discovery_praise", "survey_nps", "Plus", 4, "CA", "any",
     "很好用，希望以后能收录更多国内的路线。"),
    ("android15_crash", "play_store", "Free", 1, "CN", "crash",
     "升级安卓15以后，一打开收藏的路线就闪退。"),
    ("android15_crash", "support_ticket", "Plus", None, "CN", "crash",
     "打开“已保存路线”页面必闪退，三星S24，安卓15。重装也没用。"),
]
PINYIN = ["li.na", "wangfang88", "chen.jie", "liu_yang", "zhaolei", "huang.min", "zhou.xin", "wu.hao", "xu.ting",
          "sun.qiang", "ma.li", "hu.jun", "guo.jing", "lin.yue"]

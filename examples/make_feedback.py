"""Generate ``examples/feedback.csv``: a fictional but realistic feedback export for "Trailmix".

Trailmix is a made-up hiking / route-planning app (iOS, Android, web; plans Free, Plus, Team). The export mixes
app-store reviews, support tickets, NPS survey answers and interview notes from 2026-08-15 to 2026-11-15, with
themes that have different sizes and trends so a themes report has something to find:

* offline maps failing to download/sync: rare before 4.3.0 (2026-10-06), then growing every week (emerging bug);
* battery drain while GPS tracking: big and steady;
* billing: Plus price increase (effective 2026-09-01) and a double-charge bug, spiking in September;
* Android 15 crash when opening saved routes: from 4.2.0, peaking in the four weeks before 4.4.0 (2026-10-28)
  fixed it, then a small tail (what `pma impact --version 4.4.0` shows);
* login/SSO for Team workspaces: small, rising after the 4.4.0 login screen;
* steady ones: Apple Watch / Garmin requests, elevation accuracy, praise for discovery and community photos,
  dark mode, slow maps on old phones, confusing route sharing, and questions/noise.

It also plants what a real pipeline must cope with: ~25 simplified-Chinese items, exact duplicates (reposted
tickets), near-duplicates, PII inside texts (e-mails, US/UK/CN phone numbers, Luhn-valid *test* card numbers, an
IP address, a reset URL with a token), multi-line ticket bodies, and a few rows in other date formats
(``2026-09-03 14:22``, ``09/21/2026``). All people, companies and contact details are invented (example.*
domains, 555-01xx / Ofcom drama numbers, TEST-NET IPs).

Deterministic: a fixed seed and the standard library only, so the committed CSV is reproducible. The text
fragments are hand-written data in ``feedback_fragments.py`` next to this file; this one is the logic.

Usage:
    python examples/make_feedback.py                      # writes examples/feedback.csv and accounts.csv
    python examples/make_feedback.py --labels labels.csv  # also writes id -> theme/language/duplicate_of
"""

from __future__ import annotations

import argparse
import csv
import random
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

SEED = 20261115
RELEASE_STORY_ROWS = 14
COLUMNS = ["id", "date", "source", "ticket_id", "text", "rating", "plan", "app_version", "platform",
           "user_email", "country"]
ALTERNATIVES = re.compile(r"\[([^\[\]]+)\]")  # "[a|b|c]" in a template: one of them, picked per row
TEAM_TEXT = re.compile(r"\bSSO\b|\bSAML\b|\bTeam\b|team accounts|\{org")  # texts only a Team customer writes

sys.path.insert(0, str(Path(__file__).resolve().parent))
from feedback_fragments import (  # noqa: E402  (a sibling data module, see the sys.path line)
    START, END, RELEASES, V430, V440, TRAILS, REGIONS, IOS_DEVICES, ANDROID_DEVICES,
    ANDROID15_DEVICES, OLD_IOS, OLD_ANDROID, GARMINS, FIRST, LAST, MAIL_DOMAINS, TEAM_ORGS, ROLES, TEAM_ROLES,
    COUNTRIES, PRICES, EURO, OPENERS, CLOSERS, TICKET_HELLO, TICKET_BYE, TYPOS, T, THEMES, PII_ROWS, CHINESE_ROWS,
    PINYIN,
)


@dataclass
class Row:
    theme: str
    source: str
    day: datetime
    text: str
    plan: str
    platform: str
    country: str
    rating: int | None = None
    app_version: str = ""
    user_email: str = ""
    language: str = "en"
    duplicate_of: int | None = None  # index into the row list before sorting; resolved to an id on output
    extra: dict = field(default_factory=dict)


class Generator:
    """Turns the fragments into rows; one seeded ``random.Random`` drives every choice, in a fixed order."""

    def __init__(self, seed: int = SEED):
        self.rng = random.Random(seed)
        self.usage: Counter[str] = Counter()
        self.texts: set[str] = set()
        self.shingles: dict[str, list[set]] = defaultdict(list)

    def _too_close(self, theme: str, text: str) -> bool:
        """True if ``text`` shares most of its word trigrams with an earlier row of the theme.

        Two customers rarely write the same three sentences; without this check a reused template plus a
        different greeting would make unplanned near-duplicates (the planned ones are added separately).
        """
        words = re.findall(r"\w+", text.lower())
        grams = set(zip(words, words[1:], words[2:]))
        seen = self.shingles[theme]
        if grams and any(len(grams & g) / len(grams | g) > 0.45 for g in seen):
            return True
        seen.append(grams)
        return False

    def is_new(self, text: str) -> bool:
        """Record ``text``; False if it (ignoring case and punctuation) was produced before."""
        key = " ".join(re.findall(r"\w+", text.lower()))
        if key in self.texts:
            return False
        self.texts.add(key)
        return True

    # --- dates, versions, people ---------------------------------------------------------------------
    def _day(self, trend: str, quantile: float) -> date:
        """A day for one row; ``quantile`` in [0, 1) spreads "steady" themes evenly instead of by luck."""
        r, span = self.rng, (END - START).days
        if trend == "emerging":  # a trickle before 4.3.0, then density rising week after week
            if r.random() < 0.12:
                return START + timedelta(days=r.randrange((V430 - START).days))
            return V430 + timedelta(days=int((END - V430).days * r.random() ** 0.45))
        if trend == "spike_sept" and r.random() < 0.62:
            return date(2026, 9, 1) + timedelta(days=int(r.triangular(0, 28, 9)))
        if trend == "crash_window":
            if r.random() < 0.85:
                return date(2026, 9, 10) + timedelta(days=r.randrange((V440 - date(2026, 9, 10)).days))
            return V440 + timedelta(days=r.randrange((END - V440).days + 1))
        if trend == "crash_peak":  # the weeks before the fix, when most Android phones had updated
            return V440 - timedelta(days=1 + r.randrange(28))
        if trend == "late_rise" and r.random() < 0.55:
            return V440 + timedelta(days=r.randrange((END - V440).days + 1))
        if trend == "steady":
            return START + timedelta(days=int(quantile * (span + 1)))
        return START + timedelta(days=r.randrange(span + 1))

    def _version(self, day: date, platform: str, min_release: date | None = None) -> str:
        if platform == "web":
            return ""
        out = [v for v, d in RELEASES if d <= day and (min_release is None or d >= min_release)]
        if not out:
            return ""
        lag = 0 if self.rng.random() < 0.6 else self.rng.choice([1, 1, 2, 3])
        return out[max(0, len(out) - 1 - lag)]

    def _person(self, plan: str, chinese: bool = False) -> dict:
        r = self.rng
        first, last = r.choice(FIRST), r.choice(LAST)
        org, org_domain = r.choice(TEAM_ORGS)
        clean = last.lower().replace("'", "")
        if chinese:
            email = f"{r.choice(PINYIN)}@example.cn"
        elif plan == "Team":
            email = f"{first.lower()}.{clean}@{org_domain}"
        else:
            local = r.choice([f"{first.lower()}.{clean}", f"{first[0].lower()}{clean}",
                              f"{first.lower()}{clean}{r.randint(1, 99)}", f"{first.lower()}_{clean[0]}"])
            email = f"{local}@{r.choice(MAIL_DOMAINS)}"
        return dict(first=first, last=last, email=email, org=org, org_domain=org_domain,
                    name=f"{first} {last[0]}.")

    def _slots(self, row: Row, person: dict) -> dict:
        r = self.rng
        old, new = PRICES.get(row.country, EURO)
        charge = row.day.date() - timedelta(days=r.randint(0, 3))
        return dict(
            trail=r.choice(TRAILS), region=r.choice(REGIONS), version=row.app_version or "4.4.1",
            device=r.choice(IOS_DEVICES if row.platform == "ios" else
                            ANDROID15_DEVICES if row.theme == "android15_crash" else ANDROID_DEVICES),
            old_device=r.choice(OLD_IOS if row.platform == "ios" else OLD_ANDROID), garmin=r.choice(GARMINS),
            hours=r.choice([2, 3, 3, 4, 5]), pct=r.choice([9, 12, 15, 18, 22, 31]), pct2=r.choice([40, 45, 55, 60, 70]),
            rate=r.choice([15, 18, 20, 25, 30]), km=r.choice([12, 14, 18, 21, 26]),
            elev_app=r.choice([1240, 1460, 980, 2110, 760]), elev_real=r.choice([890, 1050, 700, 1620, 540]),
            price_old=old, price_new=new, charge_date=charge.strftime("%b %d").replace(" 0", " "),
            role=r.choice(TEAM_ROLES if row.plan == "Team" else ROLES), **person,
        )

    # --- text ----------------------------------------------------------------------------------------
    def _pick(self, theme: str, kind: str, day: date, platform: str | None) -> T | None:
        """The least-used template of this kind that fits the day and platform (spreads wording evenly)."""
        ok = [t for t in THEMES[theme].get(kind, []) if (t.after is None or day >= t.after)
              and (t.before is None or day < t.before) and (platform is None or t.platform in (None, platform))
              and not (kind == "short" and self.usage[f"{theme}/{t.text}"])]  # one-liners are used once
        if not ok:
            return None
        least = min(self.usage[f"{theme}/{t.text}"] for t in ok)
        choice = self.rng.choice([t for t in ok if self.usage[f"{theme}/{t.text}"] == least])
        self.usage[f"{theme}/{choice.text}"] += 1
        return choice

    def _style(self, text: str, shout: bool) -> str:
        """Typos and (in reviews and surveys) the odd "!!!" — real feedback is not proof-read."""
        r = self.rng
        if r.random() < 0.08:
            word = r.choice(list(TYPOS))
            text = text.replace(word, TYPOS[word], 1)
        if shout and text.endswith(".") and r.random() < 0.04:
            text = text[:-1] + "!!!"
        return text

    def _lower(self, text: str) -> str:
        """Now and then someone types everything in lower case without a final full stop."""
        return text.lower().rstrip(".") if self.rng.random() < 0.06 else text

    def _compose(self, row: Row, spec: dict, tpl: T, slots: dict, kind: str) -> str:
        r = self.rng
        core = ALTERNATIVES.sub(lambda m: r.choice(m.group(1).split("|")), tpl.text).format(**slots)
        if kind == "interview":
            return core
        core = self._style(core, shout=kind != "ticket")
        if kind == "short":
            return self._lower(core)
        mood = "neg" if (row.rating or 2) <= 2 else "mid" if row.rating == 3 or (
            row.rating == 4 and r.random() < 0.5) else "pos"
        if mood == "neg" and spec.get("tone") == "request":  # a low-star feature request is not an angry bug report
            mood = "mid"
        if kind == "ticket":
            hello, bye = r.choice(TICKET_HELLO), r.choice(TICKET_BYE).format(**slots)
            body = [core] + ([r.choice(spec["detail"])] if spec["detail"] and r.random() < 0.45 else [])
            sep = "\n" if r.random() < 0.5 else " "
            return sep.join(p for p in [hello, self._lower(" ".join(body)), bye] if p)
        parts = []
        if kind == "review" and len(core) > 30 and r.random() < 0.35:
            other = {k: r.choice([v for v in pool if v not in core])
                     for k, pool in (("trail", TRAILS), ("region", REGIONS))}  # not the place the core names
            parts.append(r.choice(OPENERS).format(**{**slots, **other}))
        parts.append(core)
        if spec["detail"] and tpl.stars is None and r.random() < (0.35 if kind == "review" else 0.15):
            parts.append(r.choice(spec["detail"]))
        if kind == "review" and spec is not THEMES["other"] and r.random() < 0.45:
            parts.append(r.choice(CLOSERS[mood]))
        return self._lower(" ".join(parts))

    def _rating(self, source: str, stars: tuple[int, ...]) -> int | None:
        if source in ("support_ticket", "interview_note"):
            return None
        return self.rng.choices([1, 2, 3, 4, 5], weights=stars)[0]

    def theme_row(self, theme: str, quantile: float, trend: str | None = None) -> Row:
        r, spec = self.rng, THEMES[theme]
        kinds = {"support_ticket": "ticket", "survey_nps": "survey", "interview_note": "interview"}
        for _ in range(200):
            source = r.choices(list(spec["sources"]), weights=list(spec["sources"].values()))[0]
            store_platform = {"app_store": "ios", "play_store": "android"}.get(source)
            if store_platform and store_platform not in spec["platforms"]:
                continue
            day = self._day(trend or spec["trend"], quantile)
            kind = kinds.get(source, "short" if "short" in spec and r.random() < 0.15 else "review")
            tpl = self._pick(theme, kind, day, store_platform)
            if tpl is None and kind == "short":
                kind, tpl = "review", self._pick(theme, "review", day, store_platform)
            if tpl is None:
                continue
            platform = store_platform or tpl.platform or r.choices(
                spec["platforms"], weights=[{"ios": 45, "android": 40, "web": 15}[p] for p in spec["platforms"]])[0]
            plan = tpl.plan or ("Team" if TEAM_TEXT.search(tpl.text) else
                                r.choices(["Free", "Plus", "Team"], weights=spec["plans"])[0])
            row = Row(theme=theme, source=source, day=self._time(day), text="", plan=plan, platform=platform,
                      country=r.choice(COUNTRIES), rating=self._rating(source, tpl.stars or spec["stars"]))
            min_release = V430 if theme == "offline_maps" and day >= V430 else (
                V440 if theme == "android15_crash" and tpl.after == V440 else None)
            row.app_version = "" if source == "interview_note" else self._version(day, platform, min_release)
            if theme == "android15_crash" and tpl.before == V440 and row.app_version >= "4.4.0":
                row.app_version = "4.3.1"  # the crash was fixed in 4.4.0
            person = self._person(plan)
            row.user_email = "" if store_platform else person["email"]
            text = self._compose(row, spec, tpl, self._slots(row, person), kind)
            if not self._too_close(theme, text) and self.is_new(text):
                row.text = text
                return row
        raise RuntimeError(f"could not make a unique {theme} row; add templates")

    def _time(self, day: date) -> datetime:
        return datetime(day.year, day.month, day.day, self.rng.randint(6, 22), self.rng.randrange(60))

    def chinese_row(self, item: tuple) -> Row:
        theme, source, plan, rating, country, window, text = item
        r = self.rng
        day = {"late": lambda: V430 + timedelta(days=int((END - V430).days * r.random() ** 0.45)),
               "late2": lambda: V440 + timedelta(days=r.randrange((END - V440).days + 1)),
               "crash": lambda: date(2026, 9, 12) + timedelta(days=r.randrange(45)),
               "any": lambda: START + timedelta(days=r.randrange((END - START).days + 1))}[window]()
        row = Row(theme=theme, source=source, day=self._time(day), text=text, plan=plan, platform="android",
                  country=country, rating=rating, language="zh")
        row.app_version = self._version(day, "android", V430 if theme == "offline_maps" else None)
        if "4.3.1" in text:
            row.app_version = "4.3.1"
        if source != "play_store":
            row.user_email = self._person(plan, chinese=True)["email"]
        self.is_new(text)
        return row

    def pii_row(self, spec: dict) -> Row:
        person = self._person(spec["plan"])
        person["email"] = spec.get("email", person["email"])
        row = Row(theme=spec["theme"], source=spec["source"], day=self._time(spec["day"]), text=spec["text"],
                  plan=spec["plan"], platform=spec["platform"], country=spec["country"], rating=spec.get("rating"))
        min_release = V430 if spec["theme"] == "offline_maps" else None
        row.app_version = self._version(spec["day"], spec["platform"], min_release)
        row.user_email = "" if spec["source"] in ("app_store", "play_store") else person["email"]
        self.is_new(spec["text"])
        return row


def build(seed: int = SEED) -> list[Row]:
    """Build every row (unsorted, without ids): theme rows, PII rows, Chinese rows, then duplicates."""
    g = Generator(seed)
    rows = []
    for theme, spec in THEMES.items():
        quantiles = [(k + g.rng.random()) / spec["n"] for k in range(spec["n"])]
        g.rng.shuffle(quantiles)
        rows += [g.theme_row(theme, q) for q in quantiles]
    rows += [g.pii_row(spec) for spec in PII_ROWS] + [g.chinese_row(item) for item in CHINESE_ROWS]
    r = g.rng

    # Exact duplicates: reposted tickets / double-submitted surveys (same text and user, a little later).
    tickets = [i for i, row in enumerate(rows) if row.source == "support_ticket"]
    surveys = [i for i, row in enumerate(rows) if row.source == "survey_nps" and len(row.text) > 30]
    for i in r.sample(tickets, 6) + r.sample(surveys, 1):
        src = rows[i]
        dup = Row(**{**src.__dict__, "day": src.day + timedelta(hours=r.randint(1, 60)), "duplicate_of": i,
                     "extra": {}})
        rows.append(dup)

    # Near-duplicates: the same person following up on a ticket or review, or the same complaint extended.
    def pick(sources: tuple[str, ...], themes: tuple[str, ...]) -> int:
        return r.choice([i for i, row in enumerate(rows) if row.source in sources and row.theme in themes
                         and row.language == "en" and row.duplicate_of is None and len(row.text) > 60])

    bugs = ("offline_maps", "battery_drain", "android15_crash")
    tickets, stores = ("support_ticket",), ("app_store", "play_store")
    edits = [(pick(tickets, bugs + ("billing",)), lambda t: "Reposting because nobody answered: " + t),
             (pick(tickets, bugs + ("billing",)), lambda t: "Following up, no reply yet. " + t),
             (pick(stores, bugs), lambda t: t + " UPDATE: still not fixed after the latest update."),
             (pick(stores, bugs), lambda t: t.rstrip(".!") + ". Same problem on my second phone.")]
    last = datetime(END.year, END.month, END.day, 21, 0)
    for i, edit in edits:
        src = rows[i]
        near = Row(**{**src.__dict__, "day": min(last, src.day + timedelta(days=r.randint(2, 9))),
                      "text": edit(src.text), "extra": {"near_duplicate_of": i}})
        assert g.is_new(near.text), near.text
        rows.append(near)

    # The release story `pma impact --version 4.4.0` tells: the Android 15 crash peaked in the four weeks before
    # 4.4.0 fixed it. Added last, so every row above stays as it was.
    rows += [g.theme_row("android15_crash", 0.0, trend="crash_peak") for _ in range(RELEASE_STORY_ROWS)]
    return rows


def write(rows: list[Row], out: Path, labels: Path | None, seed: int = SEED) -> list[dict]:
    """Sort by time, assign ids and ticket ids, format dates, and write the CSV (and optional labels)."""
    rng = random.Random(seed + 1)
    order = sorted(range(len(rows)), key=lambda i: rows[i].day)
    ids = {i: n + 1 for n, i in enumerate(order)}
    odd_dates = rng.sample(order, 11)  # six "YYYY-MM-DD HH:MM", five "MM/DD/YYYY"
    records, ticket_no = [], 48210
    for i in order:
        row = rows[i]
        if i in odd_dates[:6]:
            when = row.day.strftime("%Y-%m-%d %H:%M")
        elif i in odd_dates[6:]:
            when = row.day.strftime("%m/%d/%Y")
        else:
            when = row.day.strftime("%Y-%m-%d")
        ticket_id = ""
        if row.source == "support_ticket":
            ticket_no += rng.randint(3, 40)  # other tickets (not feedback) are interleaved in the helpdesk
            ticket_id = f"TMX-{ticket_no}"
        records.append(dict(id=ids[i], date=when, source=row.source, ticket_id=ticket_id, text=row.text,
                            rating="" if row.rating is None else row.rating, plan=row.plan,
                            app_version=row.app_version, platform=row.platform, user_email=row.user_email,
                            country=row.country, _theme=row.theme, _lang=row.language, _day=row.day,
                            _dup=ids.get(row.duplicate_of, ""), _near=ids.get(row.extra.get("near_duplicate_of"), "")))
    with out.open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=COLUMNS, extrasaction="ignore", lineterminator="\n")
        w.writeheader()
        w.writerows(records)
    if labels:
        with labels.open("w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh)
            w.writerow(["id", "theme", "language", "duplicate_of", "near_duplicate_of"])
            w.writerows([rec["id"], rec["_theme"], rec["_lang"], rec["_dup"], rec["_near"]] for rec in records)
    return records


# Customer accounts behind the feedback (``examples/accounts.csv``, for `pma customers import`): Team users belong
# to their organisation's account; Plus and Free users are accounts of one (no account name: their e-mail is the
# only identifier, and it is stored only as a keyed hash).
ENTERPRISE = {"northridge-outdoors.example": 1800.0, "alpineguides.example": 1200.0}  # domain -> MRR
SMB_MRR = 350.0
PLUS_MRR = 3.33  # 39.99 a year
REGIONS_BY_COUNTRY = {"US": "Americas", "CA": "Americas", "BR": "Americas", "MX": "Americas", "AU": "APAC",
                      "NZ": "APAC", "SG": "APAC", "MY": "APAC", "JP": "APAC", "CN": "APAC", "IN": "APAC"}


def write_accounts(records: list[dict], out: Path) -> int:
    """One row per distinct user e-mail in the export: account, plan, segment, MRR, region. Returns the rows."""
    orgs = dict((domain, name) for name, domain in TEAM_ORGS)
    people: dict[str, dict] = {}
    for rec in records:
        email = rec["user_email"]
        if email and email not in people:
            people[email] = rec
    with out.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["user_email", "account", "plan", "segment", "mrr", "region"])
        for email, rec in sorted(people.items()):
            domain = email.rsplit("@", 1)[1]
            if rec["plan"] == "Team" and domain in orgs:
                segment = "Enterprise" if domain in ENTERPRISE else "SMB"
                row = [orgs[domain], "Team", segment, f"{ENTERPRISE.get(domain, SMB_MRR):.2f}"]
            elif rec["plan"] == "Plus":
                row = ["", "Plus", "Prosumer", f"{PLUS_MRR:.2f}"]
            else:
                row = ["", rec["plan"], "Free" if rec["plan"] == "Free" else "Prosumer", "0.00"]
            w.writerow([email, *row, REGIONS_BY_COUNTRY.get(rec["country"], "EMEA")])
    return len(people)


def summarize(records: list[dict]) -> str:
    """A short text summary: counts per source and month, and per theme by half-month (the designed trends)."""
    halves = ["08b", "09a", "09b", "10a", "10b", "11a"]
    by_theme: dict[str, Counter] = defaultdict(Counter)
    for rec in records:
        day = rec["_day"]
        by_theme[rec["_theme"]][f"{day:%m}{'a' if day.day <= 15 else 'b'}"] += 1
    months = Counter(rec["_day"].strftime("%Y-%m") for rec in records)
    lines = [f"{len(records)} rows",
             "per source: " + ", ".join(f"{k}={v}" for k, v in Counter(r["source"] for r in records).most_common()),
             "per month:  " + ", ".join(f"{k}={v}" for k, v in sorted(months.items()))
             + "  (Aug and Nov are half months)",
             "languages:  " + ", ".join(f"{k}={v}" for k, v in Counter(r["_lang"] for r in records).items()),
             f"exact duplicates: {sum(1 for r in records if r['_dup'])}, "
             f"near duplicates: {sum(1 for r in records if r['_near'])}",
             f"{'theme (per half-month)':24} {'total':>5} " + " ".join(f"{h:>4}" for h in halves)]
    for theme, c in sorted(by_theme.items(), key=lambda kv: -sum(kv[1].values())):
        lines.append(f"{theme:24} {sum(c.values()):>5} " + " ".join(f"{c[h]:>4}" for h in halves))
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path(__file__).with_name("feedback.csv"))
    parser.add_argument("--labels", type=Path, help="also write id,theme,language,duplicate_of,near_duplicate_of")
    args = parser.parse_args()
    records = write(build(), args.out, args.labels)
    accounts = args.out.with_name("accounts.csv")
    print(f"wrote {args.out} and {accounts} ({write_accounts(records, accounts)} customer rows)")
    print(summarize(records))


if __name__ == "__main__":
    main()

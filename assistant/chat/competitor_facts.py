"""Numbers for "Which competitors do customers mention?": the names the feedback mentions beside switching or
comparing words, each with how many items in scope name it.

No list of competitors is configured, so they are read from the items: a *name* is a word written with a capital
(or with a domain, "Monday.com") that the items almost never write in lower case, and a *competitor* is a name that
items mention in the same sentence as switching or comparing words ("switching to ClickUp", "Asana handles this much
better", "We might go back to Monday.com", "cheaper than Basecamp") in at least ``CUE_SHARE`` of the items that name
it, ``MIN_ITEMS`` items at least. The product's own name, an integration ("The Slack integration stopped posting")
or a browser is mentioned mostly without such words and is left out. Two testers' questions ("Which competitor do
customers mention most?", "Which competitors come up most in feedback?") were answered "No feedback items about
'competitors'" over 46 and 11 items that named one; the rule was written after the second (a project tool: ClickUp
24, Asana 13, Monday.com 9) and checked on the first (a messaging API: Twilio 6, MessageBird 4).

Not handled: a competitor written in lower case only, or never beside such words (in English, Spanish, French,
German, Italian or Portuguese).
"""

from __future__ import annotations

import re
from collections import Counter

from assistant.chat.aggregate import Facts
from retrieval.filters import Filters

MIN_ITEMS = 2  # items naming a competitor, at least
# Of the items that name it, this share at least name it beside switching or comparing words. Chosen on two testers'
# stores (a project tool: Asana 6 of 13, ClickUp 19 of 24, Monday.com 9 of 9, and Excel 8 of 30 as an export format;
# a messaging API: Twilio 4 of 4, MessageBird 4 of 4, and Gmail 13 of 37, WhatsApp 7 of 32 as channels).
CUE_SHARE = 0.4
LOWER_SHARE = 0.2  # a name written in lower case in more than this share of the items that hold the word is a word
LISTED = 8
SCANNED = 20000  # newest items in scope read for names

# "Which competitors come up most?", "Who are we losing customers to?", "What alternatives do people mention?"
# ... asked for their names, not a churn phrase ("How many customers threaten to switch to a competitor?" is a count
# of those threats; "How much MRR did we lose to cancellations?" no question about rivals)
_RIVALS = r"(?:competitors?|competition|rivals?|alternatives?|competing\s+(?:tools?|products?|apps?|vendors?))"
ASKED = re.compile(rf"\b(?:which|what|who|name|list|top|main|biggest|most)\b[^?.]{{0,30}}?(?<!\bto\sa\s)(?<!\bto\san\s)"
                   rf"(?<!\banother\s)\b{_RIVALS}\b|"
                   rf"^\s*{_RIVALS}\s+(?:do|are|did|come|came|mentioned|named|cited)\b|"
                   r"(?:losing|lose|lost)\s+(?:\w+\s+){0,2}to\s*(?:[?.!]|$|(?:which|what|whom)\b)|"
                   r"(?:to\s+)?(?:whom|which\s+\w+|what\s+\w+|who)\s+(?:are|do|did|have)\s+(?:we|they)\s+"
                   r"(?:\w+\s+){0,2}(?:losing|lose|lost)\b|"
                   r"(?:switch|mov|migrat)(?:e|es|ed|ing)?\s+to\s*(?:[?.!]|$|(?:what|which|who)\b)", re.IGNORECASE)
# Switching or comparing words, within a sentence of the name.
# ("went" with where to: "went with Ionity", not "something went wrong": an HR tester's 'Photo' was a competitor)
_CUE = re.compile(r"\b(?:switch(?:ed|es|ing)?|mov(?:e|ed|es|ing)|migrat(?:e|ed|es|ing)|went\s+(?:to|with|back|over)|"
                  r"go(?:ing)?\s+back|"
                  r"go(?:es|ing)?\s+with|"  # "Cancelled, going with Ionity from now on" (an EV-charging tester's)
                  r"leav(?:e|es|ing)\s+for|port(?:ed|ing)?\s+(?:over\s+)?to|cheaper|pricier|better|worse|faster|"
                  r"slower|easier|than|instead|compared?|comparison|vs\.?|versus|alternatives?|competitors?|"
                  r"looking\s+at|evaluat(?:e|ed|ing)|trial(?:l?ing)?|already\s+(?:has|have|does|offers?)|"
                  r"has\s+had|offers?|like\s+in|over\s+to|churn(?:ed|ing)?\s+to|next\s+time|only\s+on|"
                  # ... and the same in Spanish, French, Italian and Portuguese ("nos vamos a Booking.com", "on passe
                  # à Airbnb", "più economico": a rental tester's); not German, whose nouns are all capitalised
                  r"nos\s+(?:vamos|pasamos|cambiamos)\s+a|me\s+(?:voy|paso|cambio)\s+a|mejor\s+que|más\s+barat[oa]|"
                  r"(?:on\s+)?pass(?:e|ons|er)\s+(?:à|a|sur)|mieux\s+que|moins\s+cher|passiamo\s+a|meglio\s+di|"
                  r"più\s+economic[oa]|vamos\s+para|mudar\s+para|melhor\s+que|mais\s+barat[oa])\b", re.IGNORECASE)
# A name: a capitalised word (CamelCase too, "ClickUp"), or a word with its domain ("Monday.com").
_NAME = re.compile(r"(?<![\w.@<])([A-Z][a-z0-9]*[A-Za-z0-9]*(?:\.(?:com|io|ai|app|co))?)(?![\w<>]|['’][a-z])")  # "Couldn't"
_ACRONYM = re.compile(r"^[A-Z0-9]{2,}s?$")  # "SSO", "IPs", "CSV": no product's name
_CAPITALISED_INSIDE = re.compile(r"(?<=\w )[A-Z][\w-]*")  # a capitalised word after another word
# A name where something happened ("Overbooking at Harborview Suites: we were moved to a worse hotel", "Arrived at
# Hotel Rheinblick"): a place, not a rival (a travel tester's competitors were its partners' hotels); not "looking at".
_PLACED = re.compile(r"(?<![Ll]ook\s)(?<![Ll]ooking\s)\b(?:at|At)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,2}$")
PLACED_SHARE = 0.5  # of the items that name it, a name after "at" in this share or more is a place
_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n+")
_NOT_NAMES = frozenset("""i i'm i've we you it the a an and or but this that our my your their they he she his her
its if when what why how which who where there here hi hello thanks thank please ok okay yes no not also just so
monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september
october november december""".split())


# A cancellation flow's own column for where the customer went (Churnkey's "Competitor", "Switched To", "Moving to",
# "New provider"): its values are the competitors, counted like a closed question's answers (with what those customers
# paid where the export has an MRR column). A shift-scheduling tester's "Which competitors are customers switching
# to?" and "Which competitor costs us the most MRR?" found none: When I Work, Homebase, 7shifts, Deputy and Sling are
# English words, a digit or three words, and sat in that column.
COLUMN = re.compile(r"^(?:competitors?(?:\s+(?:name|chosen|named))?|(?:switch(?:ed|ing)|mov(?:ed|ing)|churned|going|went|"
                    r"lost|left\s+for|leaving\s+for)(?:\s+to)?|new\s+(?:provider|vendor|tool|platform|solution|app)|"
                    r"alternative(?:\s+(?:chosen|used|named))?|(?:competitor|alternative|destination)\s+(?:tool|product|"
                    r"provider)|(?:use|using|used)\s+instead|replacement(?:\s+(?:tool|product|service))?|"
                    # a food-delivery tester's "ordering_instead_with" (Uber Eats, Just Eat, Glovo)
                    r"(?:\w+ing\s+)?instead(?:\s+(?:with|from|at|on|of))?|"
                    # review sites: Capterra's "Alternatives Considered" (an HR tester's Personio and BrightHR)
                    r"(?:alternatives?|competitors?|other\s+(?:products?|tools?|vendors?))\s+considered|"
                    r"also\s+considered)$", re.IGNORECASE)


# ... or a survey's question that asks it ("Which bank are you moving to?", German "Zu welcher Bank wechselst du?": a
# neobank tester's churn survey asked both in one column, and its N26, Revolut and Qonto were not counted)
_ASKS_WHERE_TO = re.compile(r"\b(?:which|what|where)\b.{0,40}\b(?:mov|switch|go|migrat|chang|leav)(?:e|es|ed|ing)?\s+"
                            r"(?:to|for)\b(?!\s+us\b)|\b(?:zu\s+welche[rmns]?|wohin)\b.{0,40}\bwechsel|"
                            # "Which service will you use instead?" (a telehealth tester's cancellation survey)
                            r"\b(?:which|what)\b.{0,40}\b(?:use|using|try|trying|choose|choosing|pick|picking)\b"
                            r".{0,20}\binstead\b|\breplac(?:e|ing)\s+(?:us|it|\w+)\s+with\b", re.IGNORECASE)


# An answer in that column that names no product: "None / not sure", "Don't know", "Other", "N/A", "Not switching",
# "No alternative" (a telehealth tester's "None / not sure", 49 answers, was the second competitor)
_NO_RIVAL = re.compile(r"^(?:none|nothing|no\s*one|nobody|no|n/?a|na|-+|\?+|not\s+sure|unsure|unknown|undecided|don'?t\s+"
                       r"know|no\s+idea|dunno|not\s+decided(?:\s+yet)?|other|others|other\s*\(.*\)|prefer\s+not\s+to\s+say|"
                       r"(?:i'?m\s+)?not\s+(?:switching|moving|leaving|replacing(?:\s+it)?)|no\s+(?:alternative|replacement|"
                       r"other\s+\w+|competitor)|(?:going|doing)\s+without|nowhere|none\s+of\s+(?:them|these|the\s+above)|"
                       r"not\s+applicable|tbd|n\.a\.?)$", re.IGNORECASE)


def names_no_rival(answer: str) -> bool:
    """Is ``answer``, a value of the competitor column, no product's name ("None / not sure", "Other", "N/A")? Each
    part of an answer split at "/", "," or " or " must be one.

        >>> [names_no_rival(a) for a in ("None / not sure", "Don't know", "Other", "NHS GP", "Seesaw", "N/A", "")]
        [True, True, True, False, False, True, True]
    """
    if _NO_RIVAL.match(answer.strip(" .!")):
        return True
    parts = [p.strip(" .!") for p in re.split(r"\s*(?:/|,|;|\bor\b)\s*", answer.strip(), flags=re.IGNORECASE)]
    return all(not p or _NO_RIVAL.match(p) for p in parts)


def names_competitors(column: str) -> bool:
    """Is ``column`` where a customer's new product is named: a competitor column (``COLUMN``), also as the last part
    of a nested one (Stripe's "metadata.switched_to": a travel tester's "Which competitors ...?" named its hotels), or a
    survey's question asking where they move to (``_ASKS_WHERE_TO``)?"""
    return bool(any(COLUMN.match(re.sub(r"[\s_.-]+", " ", name).strip()) for name in (column, column.rsplit(".", 1)[-1]))
                or _ASKS_WHERE_TO.search(column))


def competitor_column(conn, filters: Filters) -> str | None:
    """The metadata key of a column naming the competitor a customer left for (``COLUMN``) that ``MIN_ITEMS`` answers in
    scope fill, or None."""
    from retrieval.stats import answer_rows

    where, params = filters.sql(conn)
    keys = conn.execute(f"SELECT k, count(*) FROM (SELECT jsonb_object_keys(f.metadata) AS k FROM {answer_rows(where)} f "
                        f"WHERE {where}) s GROUP BY 1 ORDER BY 2 DESC, 1", params).fetchall()
    return next((k for k, n in keys if n >= MIN_ITEMS and names_competitors(k)), None)


def competitor_facts(conn, filters: Filters, own_names: list[str] = (), products: list[str] = (),
                     rivals: list[str] = ()) -> Facts:
    """The competitors named in scope (module docstring), most items first, each with an example; ``own_names``:
    the product's own names and the values of the store's columns (a plan called 'Business'), never a competitor;
    ``products``: the product's own names: a sentence that opens with a name and goes on with a clause about the
    product compares them ("Airbnb shows the total price upfront, Tidestay hides the fees": a rental tester's Airbnb
    and Booking.com, 31 and 36 items, were no competitors while "Couldn't" was one); ``rivals``: names the export's
    competitor column gives, found whole in the text (a telehealth tester's "Switching to Push Doctor" and "Doctor
    Care Anywhere" were the rivals 'Push', 'Care' and 'Anywhere')."""
    facts = Facts()
    where, params = filters.sql(conn)
    rows = conn.execute(f"SELECT f.id, f.text FROM feedback f WHERE {where} ORDER BY f.id DESC LIMIT {SCANNED}",
                        params).fetchall()
    from retrieval.first_names import is_english_word

    own = {n.lower() for n in own_names}
    own |= {w for n in own for w in re.findall(r"[^\W\d_]{3,}", n)} if own else set()  # "Highland Holiday Lets Ltd"
    alternatives = "|".join(re.escape(p) for p in products)
    # "Airbnb shows the total price upfront, Tidestay hides the fees": a sentence that opens with the name and
    # goes on with a clause about the product itself compares them
    ours = re.compile(rf"(?:[,;]|\b(?:while|whereas|but|and|yet)\b)\s+(?:{alternatives})\b", re.IGNORECASE) \
        if products else None
    after_ours = re.compile(rf"\b(?:{alternatives})\s+$", re.IGNORECASE) if products else None
    named: dict[str, set[int]] = {}
    beside: dict[str, set[int]] = {}
    placed: dict[str, set[int]] = {}
    spelled: dict[str, Counter] = {}
    shown: dict[str, tuple[int, int]] = {}  # the item that names it earliest in its text, beside such words
    several = sorted({r.strip() for r in rivals if len(r.split()) > 1 and _NAME.match(r.strip())}, key=len, reverse=True)
    whole = re.compile("|".join(rf"(?<![\w.]){re.escape(r)}(?!\w)" for r in several)) if several else None
    for item_id, text in rows:
        at = 0
        for sentence in _SENTENCE.split(text or ""):
            at = (text or "").find(sentence, at)
            # (a switching word written as a name inside a sentence is the name's, "a Nintendo Switch": a
            # marketplace tester's top competitors were 'Nintendo' and 'Switch', 12 listings each)
            cue = _CUE.search(_CAPITALISED_INSIDE.sub(lambda c: "" if _CUE.fullmatch(c.group(0)) else c.group(0),
                                                      sentence)) is not None
            compared = ours is not None and ours.search(sentence) is not None
            first = len(sentence) - len(sentence.lstrip(" \t\"'“‘(*•-"))
            if whole is not None:  # a rival's name of several words counts as itself, its words as nothing more
                for m in whole.finditer(sentence):
                    key = m.group(0).lower()
                    spelled.setdefault(key, Counter())[m.group(0)] += 1
                    named.setdefault(key, set()).add(item_id)
                    if cue:
                        beside.setdefault(key, set()).add(item_id)
                        shown[key] = min(shown.get(key, (at + m.start(), -item_id)), (at + m.start(), -item_id))
                sentence = whole.sub(lambda m: " " * len(m.group(0)), sentence)
            for m in _NAME.finditer(sentence):
                name = m.group(1)
                key = name.lower()
                # a sentence's first word, also after a greeting or an opening word ("Hi team, Paid a 2.5% FX fee
                # ... more than Revolut would charge": a neobank tester's only competitor was 'Paid', 18 items)
                # (or a dash: "Quick one - Photo upload of receipts fails")
                opens = m.start() == first or sentence[:m.start()].rstrip().endswith((",", ":", ";", "-", "–", "—"))
                if key in _NOT_NAMES or key in own or len(key) < 3 or _ACRONYM.match(name) or key.isdigit() \
                        or _CUE.fullmatch(name) \
                        or opens and is_english_word(key) \
                        or len(key) > 4 and key.endswith("ed") and is_english_word(key):  # "Honestly considering
                    # ...": a word; "Honestly, Upgraded to Band 3": a verb after the comma (a wearable tester's)
                    continue
                if after_ours is not None and after_ours.search(sentence[:m.start()]):
                    continue  # "Tidestay Protect": a part of the product's own name
                spelled.setdefault(key, Counter())[name] += 1
                named.setdefault(key, set()).add(item_id)
                if _PLACED.search(sentence[:m.start()]):
                    placed.setdefault(key, set()).add(item_id)
                if cue or compared and m.start() == first:
                    beside.setdefault(key, set()).add(item_id)
                    shown[key] = min(shown.get(key, (at + m.start(), -item_id)), (at + m.start(), -item_id))
    found = []
    for key, ids in beside.items():
        if len(ids) < MIN_ITEMS or len(ids) < CUE_SHARE * len(named[key]) \
                or len(placed.get(key, ())) >= PLACED_SHARE * len(named[key]):
            continue
        if _lower_share(rows, key) > LOWER_SHARE:  # "slack time", "edge case": a word, not a name
            continue
        found.append((len(named[key]), len(ids), spelled[key].most_common(1)[0][0], -shown[key][1]))
    found.sort(key=lambda f: (-f[0], -f[1], f[2]))
    facts.matched = sum(n for n, *_ in found)
    if not found:
        return facts
    scope = filters.describe()
    facts.lines.append("Competitors named in the feedback (a name that items mention beside switching or comparing "
                       f"words, such as 'switching to', 'cheaper', 'better than', in at least {CUE_SHARE:.0%} of the "
                       f"items naming it; read by code from the items, {len(rows)} in scope):")
    for rank, (n, cues, name, example) in enumerate(found[:LISTED], start=1):
        facts.add(f"competitor:{name}:items", f"items in scope that name '{name}'", n, scope)
        facts.lines.append(f"{rank}. {name}: {n} item{'s' if n != 1 else ''} ({cues} beside such words) [F{example}].")
        if example not in facts.example_ids:
            facts.example_ids.append(example)
    if len(found) > LISTED:
        facts.lines.append(f"{len(found) - LISTED} more names, {sum(n for n, *_ in found[LISTED:])} items in all.")
    return facts


def _lower_share(rows: list[tuple[int, str]], key: str) -> float:
    """Of the items that hold the word ``key`` in any case, the share that write it in lower case only."""
    word = re.compile(rf"(?<![\w.]){re.escape(key)}(?![\w<>])", re.IGNORECASE)
    holding = lower = 0
    for _, text in rows:
        found = word.findall(text or "")
        if found:
            holding += 1
            lower += all(f == f.lower() for f in found)
    return lower / holding if holding else 0.0

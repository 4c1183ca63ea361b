"""What a search query is about: the topic of a question a product manager types.

PMs search with questions ("What do users say about dark mode?", "Any complaints about the new pricing?"). The
framing words (users, say, complaints, feedback...) are in every such question and in none of the answers' topics:
for BM25 they are noise terms that match unrelated items ("users say the app is great"), and they pull the query
embedding toward generic opinion text. ``topic`` removes a leading frame and returns the rest; a query that is not
framed this way is returned unchanged, and a frame with nothing after it is kept as typed.

Not handled here: segmentation and stemming (``retrieval.lexical`` and PostgreSQL), filters in words ("since
March"; the chat router reads those), other languages than English.
"""

from __future__ import annotations

import re

# Who is asked about, with one lower-case word before it ("interview participants": a tester's "What do interview
# participants say about payroll?" searched the whole question and abstained over two payroll notes); a capitalised
# one ("Android users", "Enterprise customers") may name what to search for, so it stays.
_WHO = (r"(?:(?:(?-i:[a-z][\w-]*)\s+)?(?:users?|customers?|people|reviewers?|players?|guests?|clients?|buyers?|"
        r"shoppers?|folks|participants?|interviewees?|respondents?|patients?|members?|subscribers?|employees?|staff|managers?|"
        r"admins?|administrators?|teams?|companies|accounts?|merchants?|drivers?|riders?|students?|teachers?|"
        r"parents?|diners?|passengers?|travell?ers?|tenants?|owners?|agents?|visitors?|readers?|viewers?|fans?|"
        r"gamers?|developers?|partners?|sellers?|hosts?|creators?|workers?|nurses?|doctors?|clinicians?|hikers?|"
        r"runners?|testers?|beta\s+testers?)|everyone|anyone)")
# Neutral verbs and nouns are framing; sentiment ones ("complain", "love", "complaints") say what to look for and stay.
_SAY = (r"(?:say(?:ing)?|said|think(?:ing)?|feel(?:ing)?|mention(?:ing)?|report(?:ing)?|write|writing|"
        r"talk(?:ing)?|tell(?:ing)?(?:\s+us)?|comment(?:ing)?)")
_SENTIMENT = r"(?:complain|like|dislike|love|hate|praise|want|ask\s+for|request|miss|wish)"
_ABOUT = r"(?:about|on|regarding|of|for|with|concerning|re)"
_DO = r"(?:what|how|why)\s+(?:do|does|did|are|were|is)\s+(?:the\s+|our\s+|most\s+)?"
_FRAMES = [
    rf"{_DO}(?:{_WHO}\s+)?{_SAY}\s+(?:(?:so\s+)?much\s+)?{_ABOUT}\s+",    # what do users say about X (or, with
    # "1-star reviews" taken out as a filter, "what do say about X")
    rf"(?:what|how)\s+(?:do|does|did)\s+(?:the\s+|our\s+)?{_WHO}\s+{_SAY}\s+(?:the\s+|our\s+)?",  # how do users feel X
    rf"what\s+(?:is|are)\s+(?:being\s+said|(?:the\s+)?{_WHO}\s+{_SAY})\s+{_ABOUT}\s+",  # what are users saying about X
    r"(?:are\s+there\s+|is\s+there\s+|show\s+me\s+|find\s+|list\s+|summari[sz]e\s+)*(?:the\s+|any\s+|all\s+)?"
    r"(?:user\s+|customer\s+)?(?:feedback|opinions?|reviews?|comments?|mentions?|thoughts?|sentiment)\s+"
    rf"{_ABOUT}\s+",                                                              # any feedback on X
    rf"(?:tell\s+me|what\s+can\s+you\s+tell\s+me)\s+{_ABOUT}\s+",
    rf"how\s+(?:do|does|did)\s+{_WHO}\s+(?:rate|find|experience)\s+",
    rf"(?:what|how|why)\s+(?:do|does|did)\s+(?:the\s+|our\s+|most\s+)?{_WHO}\s+(?={_SENTIMENT}\b)",  # keeps "complain about X"
]
# "Are people unhappy about the price?": the feeling says what to look for and stays, as "complain" does
_FEELING = (r"(?:(?:un|dis|not\s+)?(?:happy|satisfied|pleased)|unsatisfied|upset|frustrated|annoyed|angry|"
            r"disappointed)")
# ... also asked why ("Why are customers unhappy with verification?": a neobank tester's whole question was the topic,
# and 1 of 154 items about verification was on topic)
_FRAMES.append(rf"(?:(?:why|how\s+come)\s+)?(?:are|is|were|was)\s+(?:the\s+|our\s+|most\s+|any\s+|many\s+|so\s+many\s+)?"
               rf"{_WHO}\s+(?={_FEELING}\b)")
_FRAME = re.compile(r"^\s*(?:" + "|".join(_FRAMES) + r")", re.IGNORECASE)
# What people pay, asked in everyday words: "Are people unhappy about how much we charge?" is about the price (a
# tester's count said "No feedback items about 'charge'" over 110 pricing complaints: "charge" is also a battery's).
PRICE_ASKED = re.compile(r"\bhow\s+much\s+(?:we|you|they|it|i|this|that|(?:the|our|an?)\s+\w+(?:\s+plan)?)\s+"
                         r"(?:charges?|costs?|pays?|(?:is|are)\s+charged|bills?)\b|"
                         r"\bwhat\s+(?:they|we|you|people|customers|users|subscribers|i)\s+(?:pay|are\s+charged)\b",
                         re.IGNORECASE)
_TAIL = re.compile(r"[\s?!.。？！]+$")


def topic(query: str) -> str:
    """The part of ``query`` a search should match.

    Example:
        >>> topic("What do users say about the dark mode?")
        'the dark mode'
        >>> topic("battery drain")
        'battery drain'
    """
    text = " ".join(PRICE_ASKED.sub("the price", query or "").split())
    m = _FRAME.match(text)
    if m:
        rest = _TAIL.sub("", text[m.end():])
        if rest:
            return rest
    return text

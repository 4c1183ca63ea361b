"""What an item's words say about its type and sentiment where its embedding is vague: request phrasing, and the
side of a review site's answer.

- **Request phrasing** ("please add", "would be great if", "I miss the old ... feature", "any plans to", "...
  please"; a review's dislike answer naming what is missing, "Cons: No multi-currency"): the zero-shot type score
  of ``feature_request`` gets ``REQUEST_CUE_BONUS``. Prototype similarity alone
  found 31% of CLAP's feature requests (test folds, ``bench/classify.py``): a short "multi currency please" or a
  "Love it, but I miss the feature to ..." is closer to praise or "other" than to any prototype sentence.
- **How-to questions** ("How do I reset my PIN for the time clock kiosk?", "Where can I see last week's hours?"),
  with no word of a problem in them: the zero-shot ``question`` score gets ``QUESTION_CUE_BONUS``. A scheduling
  tester's 14 kiosk-PIN questions were typed bugs and counted as "complaints (93%)"; 68 of its items open this way,
  all questions, and 3 of CLAP's 3,000 (all labelled OTHER there), so the BUG and FEATURE figures of
  ``bench/classify.py`` cannot move.
- **Answer side** (``retrieval.columns.answer_side``): an item written from a review's "Cons" / "What do you
  dislike" answer is never positive and never praise; one from "Pros" / "What do you like" is never negative,
  never a bug, performance or usability report, and never a question or a request unless phrased as one. A
  tester's G2 cons ("Cons: No multi-currency, which is a deal breaker") were typed "other" and positive, so chat
  and plans counted them as praise; a project-tool tester's "What do you like best about Taskloom? Your support
  team answered within minutes and solved it." was typed a feature request, so "What do people love?" missed it.

- **Feature-board posts** (an item carrying a vote count, ``retrieval.columns.names_board_votes``: Canny,
  Productboard, UserVoice exports) that name no problem get the request bonus too: a neobank tester's board held 200
  posts for Apple Pay / Google Pay ("Apple Pay for virtual cards.", "Google Pay support.") typed "other" or praise,
  so its top requests left them out.

Request phrasing in English, German, Spanish, French, Dutch, Italian and Portuguese; a trained classifier
(``pma classify train``) gets the answer side, not the request bonus.
"""

from __future__ import annotations

import re

import numpy as np

from retrieval.columns import ANSWER_HEAD, answer_head, answer_side

CUES_VERSION = "cues-v8"  # v4: a liked answer is a request only when phrased as one; v5: "when is X coming?",
# requests in other languages, feature-board posts; v6: a complaint about money is no bug report; v7: an unrated English
# item's complaint or praise words; v8: "only missing X", "give us X", "let me build X", "my own X" and four languages'
# asks to be able to (a fitness tester's "Best running app I have used, only missing custom workouts" was praise)
"""Part of the classifier's identity: labels stored by other rules are recomputed."""
REQUEST_CUE_BONUS = 0.2
"""Added to the zero-shot ``feature_request`` score of an item with request phrasing (cosine units; chosen on the
dev fold of ``bench/classify.py`` from 0.05-0.3)."""
QUESTION_CUE_BONUS = REQUEST_CUE_BONUS
"""Added to the zero-shot ``question`` score of a how-to question (the request bonus's size: no labelled questions to
choose it on)."""
_HOW_TO = re.compile(r"^\W*(?:(?:hi|hello|hey)\b\W*)?(?:how\s+(?:do|can|should|would)\s+(?:i|we|you|one)|"
                     r"where\s+(?:do|can|is|are)\s+(?:i|we|the|my)|how\s+to|is\s+there\s+a\s+way\s+to|"
                     r"can\s+(?:i|we|you)|what\s+(?:is|are|does)\s+the)\b", re.IGNORECASE)
_PROBLEM_WORD = re.compile(r"crash|error|fail|broke|bug|doesn'?t|won'?t|can'?t|cannot|not\s+work|stopp?ed|freez|glitch|"
                           r"\blag|slow|wrong|missing|lost", re.IGNORECASE)


def asks_how_to(text: str) -> bool:
    """The item opens with a how-to question and names no problem.

        >>> [asks_how_to(t) for t in ("How do I reset my PIN for the time clock kiosk?", "how to export hours",
        ...                           "How do I stop it from crashing?", "The export is slow", "Can I pay yearly?")]
        [True, True, False, False, True]
    """
    return bool(_HOW_TO.search(text)) and not _PROBLEM_WORD.search(text)

_REQUEST = re.compile(r"""(?ix)
  \bplease\s+(?:add|make|include|bring|give|let|allow|consider|implement|support|put|create|enable|introduce|offer|
  provide)\b
| \b(?:i|we)\s+(?:really\s+)?(?:wish|hope)\b | \bwish\s+(?:it|there|you|they|this|the\s+app)\b | \bif\s+only\b
| \bwould\s+(?:really\s+)?(?:love|like|appreciate|prefer)\b | \b(?:i|we)'?d\s+(?:love|like)\b
| \bwould\s+be\s+(?:really\s+|so\s+|very\s+)?(?:nice|great|awesome|cool|good|better|helpful|useful|perfect|
  amazing|fantastic)\b
| \bwould\s+(?:have\s+been|make\s+(?:it|this|the\s+\w+))\s+(?:great|perfect|five|5|better|even\s+better)\b
| \b(?:5|five)\s+stars?\s+if\b
| \b(?:should|could|need\s+to|needs\s+to)\s+(?:add|include|allow|support|implement|bring\s+back)\b
| \b(?:you|they|developers?|devs?)\s+(?:should|could|need\s+to)\s+(?:have|make|let|put|give|create|consider)\s+
  (?:an?|the|more|some|it|us|users?)\b
| \b(?:should|could)\s+(?:have|offer)\s+(?:an?\s+|the\s+|more\s+)?
  (?:option|feature|ability|setting|way|support|mode|widget|button|choice)s?\b
| \b(?:add|adding|have|having|need|needs|want|give\s+us)\s+(?:an?\s+|the\s+|more\s+|some\s+)?
  (?:option|feature|ability|setting|way|support|mode|widget|choice)s?\s+(?:to|for|of)\b
| \bneeds?\s+(?:an?\s+|more\s+|some\s+)?(?:\w+\s+){0,2}(?:feature|option|setting|support)s?\b
| \b(?:i|we)\s+(?:really\s+|still\s+)?miss\s+(?:the\s+|an?\s+)?(?:old\s+)?(?:\w+\s+){0,2}
  (?:feature|option|ability|setting|function)s?\b | \bmiss\s+being\s+able\b
| \black(?:s|ing)?\s+(?:of\s+)?(?:an?\s+|some\s+|the\s+|basic\s+|other\s+|any\s+)?(?:\w+\s+){0,2}
  (?:feature|option|ability|support|function|functionality|setting)s?\b
| \bbring\s+(?:it\s+|them\s+|that\s+)?back\b
| \bfeature\s+requests?\b | \bsuggestions?\s*: | \bon\s+(?:the|your)\s+roadmap\b | \bany\s+plans?\s+(?:to|for|on)\b
| \bcan\s+(?:you|u|we)\s+(?:please\s+)?(?:add|make|include|get|have|bring|put)\b
| \bcould\s+(?:you|u)\s+(?:please\s+)?(?:add|make|include|bring|put)\b
| \bwould\s+pay\s+(?:more\s+|extra\s+)?for\b | \bplease[.!]*\s*$
| \bwhen\s+(?:is|are|will)\s+(?!(?:my|our|your|the\s+fix|it|this|that)\b)(?:\w+\s+){1,4}
  (?:coming|(?:be\s+)?(?:added|available|supported)|arriving)\b
| \bwhen\s+(?:will|are)\s+(?:you|they|we)\s+(?:going\s+to\s+)?(?:add|support|offer|introduce|bring|integrate)\b
| \bany\s+chance\s+(?:of|you|to|we|that)\b | \b(?:want|need|like)\s+to\s+be\s+able\s+to\b
| (?:^|[.!?]\s+)(?:add|allow|enable|integrate\s+with|offer)\s+(?:an?\s+|the\s+|more\s+|some\s+)?\w
| \bneeds?\s+(?:an?\s+|more\s+|some\s+)?(?:\w+\s+){0,2}(?:integration|mode|widget|api)\b
| \b(?:support|integration)\s+please\b
| \b(?:only|just|one\s+thing|the\s+only\s+thing\s+(?:i'?m\s+|we'?re\s+)?)\s*missing\b
| (?:^|[.!?,;:]\s+|\bnow\s+|\bjust\s+)give\s+us\s+(?!(?:a\s+|our\s+|my\s+)?(?:refund|money|back)\b)\w
| (?:^|[.!?,;:]\s+|\bjust\s+)let\s+(?:me|us)\s+(?:build|create|make|save|set|design|customi[sz]e|edit|add|choose|pick|
  plan|schedule|export|import|share|connect|change|filter|sort|hide|skip|turn)\b
| \b(?:create|build|make|design|save|set\s+up|customi[sz]e)\s+(?:my|our|their)\s+own\b
| \b(?:i|we)\s+(?:really\s+|still\s+|just\s+)?need\s+(?:an?|the)\s+(?:\w+\s+){0,3}(?:builder|editor|option|feature|mode|
  setting|integration|widget|api)s?\b
""")

# The same asked in the other languages feedback most often comes in (an English model's prototypes miss them: a
# neobank tester's "Kein Apple Pay ist echt ein No-Go. Bitte endlich einbauen." was typed praise)
_REQUEST_ABROAD = re.compile(r"""(?ix)
  \bbitte\s+(?:\w+\s+){0,3}(?:einbauen|hinzufügen|ergänzen|anbieten|integrieren|einführen|ermöglichen|unterstützen)\b
| \bwäre\s+(?:\w+\s+)?(?:toll|schön|super|praktisch|hilfreich|klasse|cool|wünschenswert)\b | \bich\s+wünsche\s+mir\b
| \bwann\s+kommt\s+(?:endlich\s+)?(?!(?:mein|meine|meinen|unser|unsere|das\s+geld|die\s+karte)\b)\w
| \bpor\s+favor\s+(?:añad|agreg|incluy|integr|pong)\w* | \b(?:añadan|agreguen|incluyan)\b
| \bsería\s+(?:muy\s+)?(?:genial|bueno|útil|estupendo|ideal|perfecto)\b | \bme\s+gustaría\b | \bojalá\b
| \bpourr(?:iez|ait)[- ](?:vous|on)\s+ajouter\b | \bajoutez\b | \bce\s+serait\s+(?:\w+\s+)?(?:bien|génial|top|super|pratique)\b
| \bj['’]aimerais\b | \bgraag\s+(?:\w+\s+){0,3}(?:toevoegen|zien)\b | \bzou\s+(?:\w+\s+)?(?:fijn|mooi|handig|top|geweldig)\s+zijn\b
| \bwanneer\s+komt\b | \bvoeg\s+(?:\w+\s+){1,3}toe\b | \bsarebbe\s+(?:\w+\s+)?(?:bello|utile|comodo|fantastico)\b | \bvorrei\b
| \bseria\s+(?:muito\s+)?(?:ótimo|bom|útil|legal)\b | \bgostaria\b
| \bbitte\s+(?:\w+\s+){1,4}(?:lassen|können)\b | \bil\s+faut\s+pouvoir\b | \bje\s+veux\s+pouvoir\b
| \b(?:quiero|queremos|necesito|necesitamos)\s+(?:poder\s+)?(?:crear|hacer|tener|añadir|guardar|elegir)\b
| \b(?:quero|queremos|preciso|precisamos)\s+(?:poder\s+)?(?:criar|fazer|ter|adicionar|salvar|escolher)\b
""")

# A dislike answer naming what is not there: "Cons: No multi-currency", "Cons: Missing an API"
_MISSING_ANSWER = re.compile(rf"^{ANSWER_HEAD} +(?:no|missing|lacks?|lacking|lack\s+of|without|needs?|wish)\b", re.I)

_NOT_ON_SIDE = {("type", "disliked"): ("praise",), ("type", "liked"): ("bug", "performance", "usability"),
                ("sentiment", "disliked"): ("positive",), ("sentiment", "liked"): ("negative",)}
_UNLESS_ASKED = ("feature_request", "question")  # on the liked side, only for an answer phrased as a request


def asks_for_something(text: str) -> bool:
    """The text is phrased as a request, or is a review's dislike answer naming what is missing.

        >>> [asks_for_something(t) for t in ("multi currency please", "Love it, but I miss the old export feature",
        ...                                  "It crashes, please fix", "Any plans to support Xero?",
        ...                                  "Cons: No multi-currency", "Pros: No ads", "No ads at all")]
        [True, True, False, True, True, False, False]
    """
    return (bool(_REQUEST.search(text)) or bool(_REQUEST_ABROAD.search(text))
            or (bool(_MISSING_ANSWER.match(text)) and answer_side(text) == "disliked"))


# Money words ("refund", "charged for", "billing", "money back") with no word of a technical problem: a complaint
# about money, no bug report. A telehealth tester's 82 "charged for a missed appointment, please refund me" tickets
# were typed bugs, so "What are the top bugs?" ranked them second. A double charge stays a bug.
_MONEY = re.compile(r"\b(?:refund\w*|charg(?:e|ed|es|ing)|overcharg\w*|payments?|billing|billed|invoices?|"
                    r"money\s+back|reimburse\w*|price|pricing|fees?|subscription)\b", re.IGNORECASE)
_BILLING_BUG = re.compile(r"\b(?:twice|double[\s-]*charg\w*|charged\s+\w*\s*(?:two|2|3|three)\s+times|duplicate)\b",
                          re.IGNORECASE)
MONEY_CUE_PENALTY = REQUEST_CUE_BONUS
"""Taken from the zero-shot ``bug`` score of an item about money that names no technical problem."""


def about_money(text: str) -> bool:
    """The item is about money (a refund, a charge, billing) and names no technical problem and no double charge.

        >>> [about_money(t) for t in ("You took payment for an appointment the clinician missed. Please refund me.",
        ...                           "Refund still not processed after 10 days", "Charged twice this month",
        ...                           "Payment screen crashes", "The map is wrong")]
        [True, True, False, False, False]
    """
    return bool(_MONEY.search(text)) and not _PROBLEM_WORD.search(text) and not _BILLING_BUG.search(text)


def request_bonus(texts: list[str], classes: list[str], scores: np.ndarray, posts=None) -> np.ndarray:
    """Zero-shot type ``scores`` (items x ``classes``) with ``REQUEST_CUE_BONUS`` added to ``feature_request`` for
    every item phrased as a request or posted to a feature board (``posts``, one flag per item: it carries a vote
    count) that names no problem, and ``QUESTION_CUE_BONUS`` to ``question`` for every how-to question."""
    out = scores.copy()
    asks = np.array([asks_for_something(t) for t in texts], dtype=bool)
    if posts is not None:
        asks |= np.array([bool(p) and not _PROBLEM_WORD.search(t) for p, t in zip(posts, texts)], dtype=bool)
    out[asks, classes.index("feature_request")] += REQUEST_CUE_BONUS
    if "question" in classes:  # and a how-to question's question score its bonus
        how = np.array([asks_how_to(t) for t in texts], dtype=bool)
        out[how, classes.index("question")] += QUESTION_CUE_BONUS
    if "bug" in classes:  # and a complaint about money is no bug report
        money = np.array([about_money(t) for t in texts], dtype=bool)
        out[money, classes.index("bug")] -= MONEY_CUE_PENALTY
    return out


def answer_sides(task: str, texts: list[str], classes: list[str], scores: np.ndarray) -> np.ndarray:
    """``scores`` (items x ``classes``, any scale) with the classes an answer's side rules out (module docstring)
    set below every other class, so the best remaining class wins."""
    out = np.array(scores, dtype=np.float64, copy=True)
    for i, text in enumerate(texts):
        side = answer_side(text)
        ruled_out = _NOT_ON_SIDE.get((task, side), ()) if side else ()
        if (task, side) == ("type", "liked") and not asks_for_something(text):
            ruled_out += _UNLESS_ASKED
        for name in ruled_out:
            if name in classes:
                out[i, classes.index(name)] = -np.inf
    return out


# Sentiment words of the languages feedback most often comes in besides English. The zero-shot prototypes are English
# sentences embedded by an English model: a video-call tester's non-English complaints were typed positive 10 times
# in 20 ("Le son coupe sans arrêt pendant les réunions", "Ich bekomme keine Benachrichtigungen mehr"), and its
# language theme read "76% positive". An unrated item in one of these languages takes the side its words take
# (more complaint words: negative; more praise words: positive); with neither, or as many of each, neutral.
_OTHER_NEGATIVE = {
    "de": r"\bnicht\b|\bkein\w*|\bnie\b|\bnichts\b|problem\w*|fehler\w*|stürzt|absturz|abstürz\w*|\bschlecht\w*|"
          r"\bzu\s+teuer\b|seit\s+dem\s+update|\bnervig\w*|\bleider\b|\bkaputt\b|\bhängt\b|\blangsam\w*",
    "es": r"\bno\b|\bnunca\b|\bnada\b|problema\w*|\berror\w*|\bfall\w*|se\s+corta|\bcaro\b|\blent[oa]\b|\bpeor\b|"
          r"desde\s+la\s+última\s+actualización|\bsolo\s+ven\b",
    "fr": r"\bne\b|\bn['’]|\bpas\b|\bplus\s+rien\b|\baucun\w*|problème\w*|\berreur\w*|\bbug\w*|\bplante\w*|"
          r"\bcoupe\w*|trop\s+cher|\blent\w*|depuis\s+la\s+(?:dernière\s+)?mise\s+à\s+jour|écran\s+noir",
    "it": r"\bnon\b|\bmai\b|problem\w*|\berror\w*|si\s+interrompe|\btroppo\b|\brallenta\w*|\bcrash\w*|\blent[oa]\b",
    "pt": r"\bnão\b|\bnunca\b|\bninguém\b|problema\w*|\berro\w*|\bparar\w*|\btrav\w*|\bcaro\b|\blent[oa]\b|"
          r"picotad\w*",
    "nl": r"\bniet\b|\bgeen\b|\bnooit\b|probleem\w*|\bfout\w*|\btraag\b|te\s+duur|\bcrasht?\b",
    "ja": r"ません|ない|できない|途切れ|問題|エラー|遅い|落ちる|来ない",
}
_OTHER_POSITIVE = {
    "de": r"\btoll\w*|\bsuper\b|\bgroßartig\w*|\bliebe\b|\bperfekt\w*|\bklasse\b|\bbegeistert\b|\bgut\b",
    "es": r"\bgenial\b|\bexcelente\b|\bencanta\w*|\bme\s+gusta\b|\bbuen[oa]?\b|\bperfect[oa]\b|\bfácil\b",
    "fr": r"\bgénial\w*|\bexcellent\w*|\badore\b|\bj['’]aime\b|\bsuper\b|\bparfait\w*|\bfacile\b",
    "it": r"\bottim[oa]\b|\bfantastic[oa]\b|\badoro\b|\bmi\s+piace\b|\bperfett[oa]\b|\bfacile\b",
    "pt": r"\bótim[oa]\b|\bexcelente\b|\badoro\b|\bamo\b|\bperfeit[oa]\b|\bfácil\b",
    "nl": r"\bgeweldig\b|\bsuper\b|\bperfect\b|\bfijn\b|\bhandig\b|\bmakkelijk\b",
    "ja": r"気に入|使いやす|素晴らしい|最高|便利",
}
_OTHER = {lang: (re.compile(_OTHER_NEGATIVE[lang], re.IGNORECASE), re.compile(_OTHER_POSITIVE[lang], re.IGNORECASE))
          for lang in _OTHER_NEGATIVE}


# English complaint and praise words, for unrated items whose words take one side only (``word_sentiment``).
# Phrases first: they are read whole and taken out before single words ("don't waste your time" is a complaint,
# "never disappointed" praise); a single word after a negation within three words takes the other side ("not
# good", "wasn't impressed"). Written from the misses of the dev split of ``bench/sentiment.py``, in words any
# product's feedback uses.
_EN_NEGATIVE_PHRASES = re.compile(r"""(?ix)
  \b(?:don'?t|do\s+not|never|wouldn'?t|won'?t)\s+(?:\w+\s+)?(?:waste|bother|go|eat|buy|use|trust|download|install)\b
| \b(?:won'?t|will\s+not|wouldn'?t|never)\s+(?:[\w']+\s+){0,4}?again\b | \bno\s+thanks\b | \bless\s+than\s+\w+
| \bleast\s+favou?rite\b | \bgood\s+luck\s+(?:getting|trying|finding|with)\b
| \btoo\s+(?:expensive|pricey|loud|noisy|cold|slow|small|salty|sweet|crowded|long|late|much|little|hot|dark|busy|
  complicated|hard|difficult|confusing|often|many|few)\b
| \bwaste\s+of\s+(?:time|money)\b | \bstay\s+away\b | \bavoid\b | \bnever\s+(?:again|going\s+back|coming\s+back|
  returning|go\s+back)\b | \bnot\s+(?:\w+\s+)?worth\b | \b(?:not|never|n'?t|hardly)\s+(?:\w+\s+)?recommend(?:ed)?\b
| \bnot\s+(?:\w+\s+)?impressed\b | \bstill\s+waiting\b | \bno\s+(?:updates?|response|reply|answer|one\s+(?:answers|
  replies|responds|called))\b | \b(?:no|nobody)\s+(?:cares|helps)\b | \blet\s+(?:me|us)\s+(?:down)\b
| \bwhat\s+a\s+(?:joke|shame|mess)\b | \bthe\s+(?:worst|pits)\b
""")
_EN_POSITIVE_PHRASES = re.compile(r"""(?ix)
  \b(?:never|not|n'?t)\s+(?:\w+\s+)?(?:disapp?oint\w*|dissapp?oint\w*|had\s+(?:a|any)\s+(?:problems?|issues?)|
  go\s+wrong)\b | \bworth\s+(?:every|the|it)\b | \bno\s+(?:complaints|problems?|issues?)\b
| \b(?:can'?t|cannot|couldn'?t)\s+(?:be|have\s+been)\s+(?:happier|better)\b | \bkeep\s+coming\s+back\b
| \bto\s+die\s+for\b | \bout\s+of\s+this\s+world\b
""")  # (not "Thanks." at a ticket's end: courtesy, not praise; an insurance tester's renewal complaints ending so were
# typed positive)
_EN_NEGATIVE = re.compile(r"""(?ix)\b(?:
  disapp?oint\w* | dissapp?oint\w* | terrible | terribly | awful | aweful | horrible | horrendous | worst | useless
| pointless | wasted? | frustrat\w* | annoy\w* | ridiculous | unacceptable | poor | poorly | rude | rudely | broken
| pathetic | garbage | rubbish | junk | hate[sd]? | hating | scam | overpriced | mediocre | tasteless | bland | dirty
| disgusting | gross | soggy | stale | inedible | unprofessional | incompetent | unhelpful | unusable | unreliable
| crash\w* | buggy | glitch\w* | sucks? | sucked | lousy | nightmare | worse | bad | badly | slow | slowly | unfriendly
| careless | neglect\w* | ignored | ignoring | noisy | cramped | greasy | dreadful | atrocious | appalling | shocking
| outrageous | furious | angry | upset | fail\w* | error\w* | problem\w* | issues? | complain\w* | sadly | unfortunately
| wrong | missing | lost | stuck | impossible
)\b""")
_EN_POSITIVE = re.compile(r"""(?ix)\b(?:
  great | excellent | amazing | awesome | fantastic | wonderful | terrific | superb | outstanding | perfect
| perfectly | love[ds]? | loving | lovely | delicious | tasty | yummy | friendly | helpful | attentive | best | nice
| good | recommend(?:ed)? | impressed | impressive | happy | pleased | enjoy(?:ed|able)? | beautiful | brilliant
| fabulous | magnificent | incredible | quick | quickly | easy | smooth | smoothly | reasonabl[ey] | gem | favou?rite
| solid | fresh | cozy | cosy | charming | pleasant | pleasantly | satisfied | fast | efficient | reliable | intuitive
| generous | affordable | flawless | spotless | welcoming | courteous | professional | polite | glad | exceptional
| phenomenal | stellar | top-notch | heavenly | divine | exquisite | elegant | romantic | cheerful
)\b""")
_EN_NEGATION = re.compile(r"(?i)\b(?:not|no|never|hardly|barely|without|nothing|nobody|none|isn'?t|wasn'?t|aren'?t|"
                          r"weren'?t|don'?t|doesn'?t|didn'?t|won'?t|wouldn'?t|can'?t|cannot|couldn'?t|n't)$")


def english_sides(text: str) -> tuple[int, int]:
    """(complaint words, praise words) of an English ``text``: phrases first, then single words, a word after a
    negation within three words counted on the other side.

        >>> [english_sides(t) for t in ("Very disappointed. Waste of time.", "Never disappointed, great value",
        ...                             "Not good at all", "The claim was paid in two days")]
        [(2, 0), (0, 2), (1, 0), (0, 0)]
    """
    negative, positive = len(_EN_NEGATIVE_PHRASES.findall(text)), len(_EN_POSITIVE_PHRASES.findall(text))
    rest = _EN_POSITIVE_PHRASES.sub(" . ", _EN_NEGATIVE_PHRASES.sub(" . ", text))
    for pattern, side in ((_EN_NEGATIVE, 0), (_EN_POSITIVE, 1)):
        for m in pattern.finditer(rest):
            before = re.findall(r"[\w']+|[.!?;,]", rest[max(0, m.start() - 40):m.start()])[-3:]
            before = before[next((i + 1 for i in range(len(before) - 1, -1, -1) if before[i] in ".!?;,"), 0):]
            flipped = any(_EN_NEGATION.search(w) for w in before)
            if (side == 1) != flipped:
                positive += 1
            else:
                negative += 1
    return negative, positive


def word_sentiment(texts: list[str], classes: list[str], scores: np.ndarray, ratings=None, *,
                   english: bool = True) -> np.ndarray:
    """``scores`` (items x sentiment ``classes``) with each unrated item set to the side its words take, that class
    above every other: in a language of ``_OTHER``, the side with more words (neutral when even); in English (with
    ``english``), the side of ``english_sides`` when its words take one side only, the prototypes' answer otherwise.
    An insurance tester's unrated tickets "... No updates, no messages, nothing in the app. Very disappointed." and
    "... Chatbot only answers generic questions. Waste of time." were typed neutral and positive, and its plan quoted
    them as counter-evidence. ``english=False`` is the product before the English words (``bench/sentiment.py``)."""
    from retrieval.columns import detect_language

    out = np.array(scores, dtype=np.float64, copy=True)
    if not {"negative", "neutral", "positive"} <= set(classes):
        return out
    for i, text in enumerate(texts):
        if ratings is not None and ratings[i] is not None and not np.isnan(ratings[i]):
            continue
        # "What do you dislike about Relay? Der Preis ...": the answer's language, not its head's
        body = text[len(answer_head(text)):]
        language = detect_language(body)
        if cues := _OTHER.get(language):
            negative, positive = len(cues[0].findall(body)), len(cues[1].findall(body))
            side = "negative" if negative > positive else "positive" if positive > negative else "neutral"
        elif english and language in ("en", "und"):
            negative, positive = english_sides(body)
            if bool(negative) == bool(positive):
                continue
            side = "negative" if negative else "positive"
        else:
            continue
        out[i, classes.index(side)] = out[i].max() + 1.0
    return out

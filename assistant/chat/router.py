"""Decide how a question is answered: from SQL numbers (aggregate) or from retrieved items (lookup).

Aggregate questions need every matching row, not the top-k a retriever returns: "how many…" (``count``),
"top issues…" (``top``), "what changed since…" (``change``), "did 4.4 fix the login bug?" / "what got worse after
the October release?" (``impact``: a named release and a question about what it fixed or broke) and "which issues
hurt enterprise customers most?" (``customers``: accounts, segments or revenue). Everything else is a ``lookup``.
The rules are plain regular expressions so a PM can read why a question went where it did (``Route.reason``); a
follow-up ("and on Android?") inherits the topic of the previous question.

Not handled: questions that need several aggregates at once ("compare battery and billing since May"): the first
matching rule wins and the answer says which numbers it used.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import datetime, timedelta, timezone

from retrieval.columns import detect_language, parse_date
from retrieval.query import PRICE_ASKED
from retrieval.ratings import WORDED, worded_rating

# "Are the photo upload complaints still coming in after July?": how many there still are
_STILL_COMING = re.compile(r"\bstill\s+(?:coming(?:\s+in)?|happening|arriving|being\s+reported|reported|"
                           r"showing\s+up)\b", re.IGNORECASE)
_COUNT = re.compile(r"\bhow\s+(?:many|much|often|common)\b|\bnumber\s+of\b|\bcount\b|\bwhat\s+(?:share|percentage|"
                    r"percent|proportion|fraction)\b|\bhow\s+(?:big|large)\s+(?:a\s+)?(?:share|part)\b|多少|几个|几条|"
                    # ... in German, Dutch, French or Spanish ("Wie viele Kunden beschweren sich über die
                    # Preiserhöhung?": a neobank tester's was a search for the whole question)
                    r"\bwie\s+viele\b|\bhoeveel\b|\bcombien\b|\bcu[áa]nt[oa]s\b|" + _STILL_COMING.pattern,
                    re.IGNORECASE)
# The framing words of such a question in those languages, left out of its subject only when it is in that language
# ("die", "den" are English words too)
_FRAME_ABROAD = {"de": set("""wie viele viel gibt es kunden kundinnen nutzer nutzerinnen leute beschweren beschwert sich
über ueber die der das den dem des ein eine einen einer zu zum zur von mit bei haben hat sagen sagt was warum welche
unsere unser unseren ihre ihr wir beschwerden beschwerde erwähnen erwähnt""".split()),
                 "nl": set("""hoeveel klanten gebruikers mensen klagen klaagt over de het een van met bij hebben heeft
zeggen wat waarom welke onze ons klachten klacht noemen""".split()),
                 "fr": set("""combien de des du les le la clients utilisateurs se plaignent plaint sur ont a disent
quoi pourquoi quels quelles nos notre plaintes plainte mentionnent""".split()),
                 "es": set("""cuántos cuantos cuántas cuantas de del los las el la clientes usuarios se quejan queja
sobre tienen dicen qué por nuestros nuestras quejas mencionan hay""".split())}  # "¿Cuántas quejas hay sobre ...?"
# "What did we learn from the interviews?", "key takeaways": an overview asked for (``_TOP``), whose asking words are no
# subject (``_LEARNED``)
# ... and what research found ("What did the TV usability tests find?": a streaming tester's searched for 'find')
_LEARNED_VERB = (r"^\s*what\s+(?:did|do|does|have|has)\s+(?:(?:we|the\s+team|you|users|they|it|participants|"
                 r"(?:the|our)\s+(?:[\w-]+\s+){0,3}?(?:tests?|testing|stud(?:y|ies)|interviews?|sessions?|calls?|"
                 r"surveys?|research|notes|diar(?:y|ies)))\s+)?(?:learn|learned|learnt|find|found|hear|heard|discover|"
                 r"discovered|reveal|revealed|uncover|uncovered|show|showed|shown)\b")  # or none: its source taken out
_LEARNED_NOUNS = r"\b(?:key\s+)?takeaways?\b|\bkey\s+(?:findings|insights|learnings|points)\b|^\s*what\s+came\s+out\s+of\b"
# "What should I tell the CEO about customer feedback?": an overview, the largest themes (a neobank tester's abstained)
_BRIEFING = re.compile(r"\b(?:tell|report\s+to|brief|update|show)\s+(?:the\s+|my\s+|our\s+)?(?:ceo|cto|cpo|founders?|board|"
                       r"leadership|management|exec(?:utive)?s?|boss|manager|team|stakeholders?)\b", re.IGNORECASE)
_BRIEFING_WORDS = {"should", "i", "we", "you", "can", "could", "tell", "key", "most", "important", "main"}
# "Which issues hurt Corporate customers most?" (a telehealth tester's): the verb is the asking, no subject ("Which
# problems hit users the most?" ranked the problems about 'hit')
_HURTS_MOST = (r"^\s*(?:which|what)\s+(?:issues?|problems?|bugs?|complaints?|pain\s+points?)\s+(hurts?|affects?|"
               r"bothers?|annoys?|frustrates?|hits?|matters?|costs?)\b(?:\s+[\w-]+){0,3}?\s+(?:the\s+)?most\b")
_TOP = re.compile(_HURTS_MOST + r"|"
                  r"^\s*(?:which|what)\s+(?:features?|issues?|problems?|bugs?|complaints?|requests?|themes?|topics?|"
                  r"things?|areas?|ideas?)\s+(?:has|have|had|gets?|got|receives?|received|draws?|drew|attracts?|are|is|"
                  r"were|was)\s+(?:been\s+)?(?:\w+ed\s+)?(?:the\s+)?most\b|\btop\b|\bmost\s+(?:common|frequent|mentioned|requested|reported|important|cited|popular)\b|"
                  r"\bmost\s+(?:often|frequently|commonly)\b|\bcomes?\s+up\s+(?:the\s+)?most\b|"
                  # "What did sellers in the forum discuss most?", "the most discussed topic" (a marketplace
                  # tester's searched for 'discussed forum')
                  r"\b(?:discuss(?:ed)?|talk(?:ed)?\s+about)\s+(?:the\s+)?most\b|"
                  r"\bmost\s+(?:discussed|talked[\s-]+about)\b|"
                  r"\bbiggest\b|\bmain\s+(?:issues?|complaints?|problems?|themes?|requests?|topics?|pain)|"
                  r"\bkey\s+(?:issues?|themes?|complaints?|topics?)\b|\bwhat\s+are\s+(?:people|users|customers)\s+"
                  r"(?:saying|complaining|asking|telling\s+us)\b(?!\s+about)|^\s*what\s+(?:happened|went\s+(?:on|wrong)|"
                  r"was\s+going\s+on)\b|\bwhat\s+(?:are|is)\s+(?:our\s+|the\s+)?(?:\w+\s+){1,2}?"
                  r"(?:hearing|being\s+told)\b(?!\s+about)|\boverview\b|\bsummar(?:y|ise|ize)\b|"
                  # "What did we learn from the customer interviews?" (a wearable tester's searched 'learn')
                  + _LEARNED_VERB + r"(?!\s+about)|" + _LEARNED_NOUNS + "|"
                  r"最多|主要问题|"
                  r"\b(?:praise|like|love|hate|want|request|ask for|complain about)\w*\s+(?:the\s+)?most\b|"
                  # "What do users want added?", "What features do customers ask for?": no subject of their own
                  r"^\s*what\s+(?:else\s+|new\s+)?(?:features?\s+|changes?\s+)?(?:do|does|did|would)\s+"
                  r"(?:our\s+|the\s+|most\s+)?(?:users?|people|customers?|players?|guests?|clients?)\s+"
                  r"(?:want|wish\s+for|ask\s+for|request|like\s+to\s+see)(?:\s+(?:added|next|fixed|improved|"
                  r"changed|to\s+see)|\s+(?:us\s+|you\s+)?to\s+(?:improve|change|add|fix|build)(?:\s+next)?)?"
                  r"\s*[?.!]*\s*$|"
                  # "What features are users asking for?" (a tester's was answered from 2 items with the word)
                  r"^\s*(?:what|which)\s+(?:new\s+)?(?:features?|changes?|improvements?|integrations?|things?)\s+"
                  r"(?:are|do|did|would)\s+(?:our\s+|the\s+|most\s+)?(?:users?|people|customers?|players?|guests?|"
                  r"clients?)\s+(?:asking\s+for|ask\s+for|requesting|request|wanting|want|missing|wishing\s+for|"
                  r"wish\s+for)(?:\s+(?:most|the\s+most|added|next))?\s*[?.!]*\s*$",
                  re.IGNORECASE)
# "Is customer support getting slower?": how it changed, and the comparative no word of its topic
_GETTING = re.compile(r"\bgetting\s+(?:slower|faster|longer|shorter|more\s+common|rarer|more\s+frequent|less\s+common)\b",
                      re.IGNORECASE)
# "Anything surprising in the data?", "What stands out?", "Any anomalies?": what moved, the change answer (the last 30
# days against the 30 before, and the themes rising, falling or peaked month by month); an EV-charging tester's
# "Anything surprising in the data?" abstained. Not "unexpected charges" or "surprise fees": a topic of their own.
_SURPRISE = re.compile(
    r"\b(?:anything|something|what(?:'s|’s|\s+is|\s+was)?)\s+(?:(?:else|that(?:'s|’s|\s+is)?|really|particularly)\s+)?"
    r"(?:surprising|unusual|unexpected|odd|weird|strange|notable|noteworthy|stands?\s+out|sticks?\s+out)\b"
    r"(?!\s+(?:charges?|fees?|bills?|costs?|errors?|behaviou?r|logouts?|crash(?:es)?)\b)|"
    r"\bany\s+(?:surprises|anomal(?:y|ies)|outliers|spikes)\b|\b(?:surprised|surprises)\s+(?:me|us|you)\b",
    re.IGNORECASE)
_SURPRISE_WORDS = {"anything", "something", "surprising", "surprise", "surprises", "surprised", "unusual", "unexpected",
                   "odd", "weird", "strange", "notable", "noteworthy", "stands", "stand", "sticks", "stick", "out",
                   "anomaly", "anomalies", "outliers", "spikes", "spike", "going", "data", "feedback", "else",
                   "particularly", "really", "me", "us", "you", "most"}
# "When was the spike in ...": when a topic rose and fell (``_CHANGE``), the rest its topic (``_SPIKE_WHEN``)
# "When did the Google Classroom login outage happen?" (an edtech tester's was a lookup that gave no date)
# ... and "When was the flight search outage?" (a travel tester's was a lookup that gave no date)
_HAPPENED = (r"^\s*when\s+(?:did\s+(?:the\s+|that\s+|this\s+)?(.+?)\s+(?:happen|occur|take\s+place|hit|go\s+down)|"
             r"(?:was|were)\s+(?:the\s+|that\s+|this\s+)?(.+?\s+(?:outages?|incidents?|downtime|breakdowns?|"
             r"disruptions?)))\s*[?.!]*\s*$")
_SPIKE_HEAD = (r"^\s*when\s+(?:was|were|is|did\s+we\s+(?:see|get|have))\s+(?:the|a|that|this)\s+(?:[\w-]+\s+)?"
               r"(?:spike|peak|surge|jump|rise|wave|influx|burst)\s+(?:in|of)\s+")
# "Did X increase in November?", "Did X go up last month?": X changed in a window, or at all; not "Did the price change
# increase churn?" (what caused what)
_DID_CHANGE = (r"^\s*(?:did|do|does)\s+((?:[\w'’%.-]+\s+){1,8}?)(?:increase|decrease|rise|grow|drop|fall|decline|"
               r"spike|climb|go\s+(?:up|down))\s*(?:[?.!]|$|(?:in|since|after|last|this|over|lately|recently|during|"
               r"between|from|compared|month\s+over)\b)")
_CHANGE = re.compile(r"\bwhat\s+(?:has\s+)?changed\b|\bchanges?\s+(?:since|in|over)\b|\btrends?\b|\btrending\b|"
                     r"\bcompared\s+(?:to|with)\b|\bgetting\s+(?:worse|better)\b|\bover\s+time\b|" + _GETTING.pattern + "|"
                     r"\b(?:vs\.?|versus|against)\s+(?:the\s+)?(?:last|previous|prior)\s+(?:week|month|quarter|year)\b|"
                     r"\b(?:week|month)\s+over\s+(?:week|month)\b|\b(?:increase|decrease|grow|growing|rising|spike|"
                     r"spiking|drop|dropped|went\s+up|went\s+down)\w*\b.*\b(?:since|than|last|previous|compared)\b|"
                     r"\bemerging\b|\bnew\s+(?:issues?|complaints?|problems?)\b|变化|趋势|"
                     # "What problems appeared in November?", "Which issues came up last month?"
                     r"\b(?:issues?|complaints?|problems?|bugs?|themes?|topics?)\s+(?:have\s+|has\s+)?(?:appeared|"
                     r"emerged|started|surfaced|arose|(?:came|popped|showed|cropped)\s+up)\b|"
                     r"\b(?:issues?|complaints?|problems?|themes?|topics?)\s+(?:are|is)\s+(?:growing|rising|increasing|"
                     r"on\s+the\s+rise)\b|"
                     # "Is sentiment improving?", "Are ratings declining?"
                     r"\b(?:is|are)\s+(?:[\w'’%.-]+\s+){0,4}(?:improving|declining|worsening|deteriorating|slipping)\b|"
                     # "Are billing complaints decreasing?", "... going down since September?": the verb ends the clause
                     # ("Are Wi-Fi pairing problems decreasing?": a hyphenated word among them, a thermostat tester's)
                     # ("Are complaints about invoice emails landing in spam decreasing?": seven words, an invoicing
                     # tester's, got three quotes)
                     r"\b(?:is|are)\s+(?:[\w'’%.-]+\s+){0,8}(?:decreasing|increasing|rising|growing|climbing|spiking|shrinking|"
                     r"falling|dropping|going\s+(?:up|down))\s*(?:[?.!]|$|(?:since|after|lately|recently|this|over|in)\b)|"
                     # "Have payroll complaints risen?", "Has the export problem grown since July?"
                     # "When did the complaints about the Plus price start?": when it began, which the months show
                     # "When did the India DLT blocking problem spike?": when it peaked, which the months show too
                     r"^\s*when\s+did\s+(?:[\w'’%.-]+\s+){1,8}(?:(?:first\s+)?(?:start|begin)(?:\s+(?:to\s+)?\w+(?:\s+[\w-]+){0,3})?|appear|"
                     r"emerge|surface|show\s+up|(?:first\s+)?(?:come|came|pop|crop)\s+up|spike|peak|jump|surge)\s*[?.!]*\s*$|"
                     r"\b(?:has|have)\s+(?:[\w'’%.-]+\s+){0,4}(?:grown|risen|increased|decreased|fallen|dropped|shrunk|"
                     r"declined|worsened|improved|gone\s+(?:up|down))\b|"
                     # "Did payroll export complaints increase in November?" (was a lookup that abstained)
                     + _DID_CHANGE + "|"
                     # "Are the battery complaints resolved?", "Is the sync bug still happening?": whether it went away,
                     # which its months show (a wearable tester's was answered from the one item saying "all resolved",
                     # a planted instruction)
                     r"^\s*(?:is|are|was|were|has|have)\s+(?:[\w'’%.-]+\s+){1,6}(?:been\s+)?(?:resolved|fixed|solved|"
                     r"gone(?:\s+away)?|over|sorted(?:\s+out)?|under\s+control|still\s+(?:a\s+problem|an\s+issue|"
                     r"happening|coming\s+in|going\s+on|growing|rising))\s*(?:now|yet|already)?\s*[?.!]*\s*$|"
                     # "When was the spike in shipping delays?" (a wearable tester's was a lookup of 'When shipping')
                     + _SPIKE_HEAD + "|" + _HAPPENED,
                     re.IGNORECASE)
_RESOLVED = re.compile(r"^\s*(?:is|are|was|were|has|have)\s+((?:[\w'’%.-]+\s+){1,6}?)(?:been\s+)?(?:resolved|fixed|solved|"
                       r"gone|over|sorted|under\s+control|still)\b", re.IGNORECASE)
_LEARNED = re.compile(_LEARNED_VERB + "|" + _LEARNED_NOUNS, re.IGNORECASE)
_LEARNED_WORDS = {"learn", "learned", "learnt", "find", "found", "hear", "heard", "discover", "discovered", "takeaway",
                  "takeaways", "key", "findings", "insights", "learnings", "points", "came", "out", "you", "team"}
_SPIKE_WHEN = re.compile(_SPIKE_HEAD + r"(.+?)\s*[?.!]*\s*$", re.IGNORECASE)

_ONSET = re.compile(r"^\s*when\s+did\s+(.+?)\s+(?:(?:first\s+)?(?:start|begin)(?:\s+(?:to\s+)?(\w+(?:\s+[\w-]+){0,3}))?|appear|"
                    r"emerge|surface|show\s+up|(?:first\s+)?(?:come|came|pop|crop)\s+up|spike|peak|jump|surge)\s*[?.!]*\s*$",
                    re.IGNORECASE)

# A release named in a question (a version, "the October release", "the update on 2026-10-28"), and asking what it
# fixed or broke. "since version 4.2" stays a ``change`` question.
_RELEASE_VERSION = re.compile(r"(?<![\d.])(?:v|version\s+|release\s+)?(\d+\.\d+(?:\.\d+){0,2})(?![\d.])", re.IGNORECASE)
_RELEASE_DATE = re.compile(r"\b(?:release|update|launch|rollout)\w*\s+(?:on|of)\s+(\d{4}-\d{1,2}-\d{1,2})|"
                           r"\b(?:after|before)\s+(\d{4}-\d{1,2}-\d{1,2})|"
                           # "after the price increase on 2026-08-01" (a food-delivery tester's was a search)
                           r"\b(?:after|before)\s+(?:the|our)\s+(?:[\w-]+\s+){1,4}?(?:on|of)\s+(\d{4}-\d{1,2}-\d{1,2})",
                           re.IGNORECASE)
# "the last update", "the latest release", "the new version", "the update": the newest version in the feedback.
_LATEST_RELEASE = re.compile(r"\b(?:(?:last|latest|recent|most\s+recent|newest|new|current|this)\s+(?:app\s+)?"
                             r"(?:update|release|version|build)|the\s+(?:app\s+)?(?:update|release))\b", re.IGNORECASE)
_FIXED = re.compile(r"\b(?:fix(?:e[sd])?|solved?|resolved?|helped|improved?|broke|break|regress\w*|reduc\w*|"
                    # "Did the 2026.9.2 release cause the duplicate e-mails?" (a project-tool tester's was a search)
                    r"caused?|introduced?|triggered?)\b|"
                    # "Did 7.3.0 change anything?", "Did the 7.3 release make a difference?" (a language-app tester's
                    # abstained)
                    r"\bchang(?:e|ed)\s+(?:anything|something|much|a\s+lot)\b|\bmake\s+(?:a|any)\s+difference\b",
                    re.IGNORECASE)
# "Did crashes go down after 5.2.1?" (a tester's was searched for "crashes go after")
_GO = r"(?:go|goes|went|gone|going|come|came)"
_MOVED = re.compile(rf"\b(?:worse|better|more|fewer|less|increase\w*|decrease\w*|drop\w*|rose|rise|rising|fell|"
                    rf"fall\w*|lower|higher|spik\w*|{_GO}\s+(?:down|up))\b.*\b(?:after|before|with|since)\b|"
                    r"\b(?:after|before|with)\b.*\b(?:worse|better)\b", re.IGNORECASE)
_WORSE = re.compile(rf"\b(?:worse|broke|break|regress\w*|caused?|introduced?|triggered?|more|increase\w*|rose|rise|"
                    rf"rising|higher|spik\w*|"
                    rf"{_GO}\s+up)\b", re.IGNORECASE)
_BETTER = re.compile(r"\b(?:better|fix(?:e[sd])?|solved?|resolved?|helped|improved?|fewer|less|decrease\w*|drop\w*|"
                     rf"fell|fall\w*|reduc\w*|lower|{_GO}\s+down)\b", re.IGNORECASE)
_IMPACT_FRAME = set("""anything something difference make fix fixes fixed solve solves solved resolve resolves resolved help helped improve improves improved
cause causes caused introduce introduces introduced trigger triggers triggered
break broke broken regress regressed regression release releases released update updates launch rollout version
versions bug bugs got worse better fewer less more after before with app change changes changed changing since last
latest recent new newest current build the go goes went gone going come came down up reduce reduces reduced lower
higher rise rises rose risen rising increase increased increasing drop dropped dropping fall fell""".split())
# The partner companies a product sells through or works with: who writes the feedback, never its subject ("What do
# brokers want us to build most?"). One list, by singular and plural; each use below says what it adds to it.
PARTNERS = {"broker": "brokers", "brokerage": "brokerages", "partner": "partners", "reseller": "resellers",
            "dealer": "dealers", "distributor": "distributors", "retailer": "retailers", "agency": "agencies",
            "installer": "installers"}
PARTNER_NAMES = frozenset(PARTNERS) | frozenset(PARTNERS.values())


def partner_words(plural_only: bool = False) -> str:
    """The partners' words as regex alternatives, longest first ("brokerages|brokerage|...")."""
    return "|".join(sorted(set(PARTNERS.values()) if plural_only else PARTNER_NAMES, key=lambda w: (-len(w), w)))


# Customer accounts, segments or revenue ("which issues hurt enterprise customers most?").
# "our biggest property-management accounts": the word between describes the accounts, not a topic (a rental
# tester's was answered from a survey's "Where are your properties?")
_DESCRIBED_ACCOUNTS = r"\b(biggest|largest)\s+[\w-]+\s+(customers|accounts|clients)\b"
_CUSTOMERS = re.compile(
    r"\b(?:enterprise|smb|mid-?market|b2b|paying|paid|premium|high[- ]value|biggest|largest|top|key|strategic|"
    # "our highest-paying brokers" (an insurance tester's was a top list of the items about 'highest paying')
    r"(?:highest|higher|high|top|best|biggest)[- ]paying|most\s+valuable)\s+"
    rf"(?:customers?|accounts?|clients?|{partner_words()})\b|" + _DESCRIBED_ACCOUNTS +
    r"|\b(?:customers?|accounts?|clients?)\s+(?:on|in)\s+"
    r"(?:the\s+)?[\w-]+\s+(?:plan|tier|segment)\b|\b(?:revenue|mrr|arr)\b|\b(?:hurt|affect|cost)\w*\s+(?:\w+\s+){0,3}"
    r"(?:customers?|accounts?|segments?)\s+(?:the\s+)?most\b|\b[\w-]+\s+(?:plan|tier|segment)\s+"
    r"(?:customers?|accounts?|clients?)\b|\b(?:which|what)\s+(?:[\w-]+\s+)?(?:customers?|accounts?|clients?|"
    r"segments?)\s+(?:are|were|get|got)\s+(?:\w+\s+)?(?:affected|hurt|impacted|hit)\b", re.IGNORECASE)
# "Which restaurant accounts are most affected?" (a food-delivery tester's): the word between says which accounts
_WHICH_KIND_AFFECTED = (r"\b(which|what)\s+[\w-]+\s+(customers?|accounts?|clients?)(?=\s+(?:are|were|get|got)\s+"
                        r"(?:\w+\s+)?(?:affected|hurt|impacted|hit)\b)")
_CUSTOMER_FRAME = set("""hurt hurts hurting affect affects affected affecting cost costs costing impact impacts impacted
revenue mrr arr accounts account customers customer clients client segment segments plan plans tier tiers paying paid
premium biggest largest top key strategic high value at risk most matter matters lose losing churn hit bug bugs
which highest higher reported report reporting problems problem issues issue complaints risks threats threat right now
currently today one two three four five six seven eight nine ten
behind sits sit stands stand tied""".split()) | PARTNER_NAMES
# ("How much ARR is behind the integration requests?": an HR tester's was about 'behind integration': 1 account)

# Words that frame an aggregate question rather than name its topic. Negations go as a whole ("can't", "doesn't":
# a tester's counts were about 'can app connect bike' and 'battery doesn long as advertised').
_FRAME = set("""actually really can cannot doesn don didn isn aren won wasn weren couldn wouldn shouldn hasn haven hadn
among amongst
hurt hurts affect affects bother bothers annoy annoys frustrate frustrates matter matters

how many much often that common number of count what share percentage percent proportion fraction big large part are is
were was there do does did we our users user people customers customer feedback items item reviews review tickets
ticket comments comment responses response answers answer survey surveys respondents respondent conversations
conversation messages message mention mentions mentioned mentioning complain complains complaining complained
complaints complaint about regarding report reports reported reporting say says said talk talking ask asking asked
top most frequent mentioned requested cited popular important biggest main key issues issue problems problem themes
theme topics topic pain points point overview summary summarise summarize the a an of in on for to and or with
from by since until than compared changed change changes trend trends trending over time week month year last past
previous this these those it they them get got getting worse better increase increased decrease decreased growing
grow rising spike drop went up down new emerging give me show list tell please what's whats which has have had been
all any across so far overall per total who whom come comes coming frequently commonly improving declining
worsening deteriorating slipping decreasing increasing falling dropping shrinking going lately more less fewer people's right now currently recently days weeks months saying think
telling told hear hears heard hearing nps happened happen happening
appear appeared appears appearing emerge emerged emerges arise arose arisen surface surfaced came popped cropped started
thinking feel feeling writing wrote share shares why their there's requested request requests feature features
discuss discussed discussing discussion discussions
wanted want wish wishes ideas idea asked asks praise praised liked loved strengths complaining like likes love loves
would hate hates hated dislike dislikes disliked guests guest reviewers reviewer players player clients client buyers
buyer shoppers shopper folks everyone anyone added next fixed improved improve see compare comparing comparison differ us
go goes gone going grown grew grows risen rose rises fallen fell falls shrunk shrank shrinks worsened worsens declined
declines dropped drops climbed climbs fastest quickest rapidly steadily distinct unique separate individual
vote votes voted upvote upvotes upvoted filed opened logged raised submitted against
develop developed developing evolve evolved evolving when affected quote quotes quoting examples example
chose chosen choose picked selected ticked because
differs difference differences between vs versus s t ll re ve d m negative positive neutral negatively positively
多少 有 用户 抱怨 提到 反馈 几个 几条 人 的 了 吗 关于 最多 主要 问题 什么 哪些 是 在 个 条
""".split())
# Words that leave a question about the feedback as a whole: feelings about it and who gave it ("What frustrates
# participants?", "What's wrong with the app?").
_OVERALL = set("""frustrate frustrates frustrated frustrating frustration frustrations annoy annoys annoyed annoying
annoyance annoyances bother bothers bothering unhappy unhappiest angriest happiest upset dislike dislikes wrong
struggle struggles struggling trouble troubles difficulty difficulties
painful enjoy enjoys enjoyed appreciate appreciates appreciated happy satisfied delighted
unsatisfied dissatisfied disappointed disappoints disappointing needs need wish wishes participants participant
interviewees interviewee respondents respondent users people customers app s
angry angrier mad furious irritated irritating irritates makes make""".split())  # "Why are people so angry?" (an
# insurance tester's searched for 'angry')
# "What do users say about feature requests?" names a kind of feedback as its subject: searched for, as before
# (bench/answer_trust.py: routed to the largest themes without themes, its cited items were less often relevant).
_KIND_NOUNS = {"feature", "features", "request", "requests", "issue", "issues", "problem", "problems", "complaint",
               "complaints", "bug", "bugs", "praise", "ideas", "idea", "wishes", "improvements", "improvement"}
_FEELINGS = {"frustrate", "frustrates", "frustrated", "frustrating", "annoy", "annoys", "annoyed", "annoying",
             "bother", "bothers", "unhappy", "unhappiest", "angriest", "happiest", "upset", "dislike", "dislikes",
             "wrong", "struggle", "struggles", "trouble", "troubles", "difficulty", "difficulties",
             "enjoy", "enjoys", "appreciate", "appreciates", "happy", "satisfied", "delighted", "dissatisfied",
             "unsatisfied", "disappointed", "complain", "complaining", "love", "loves", "like", "likes", "hate",
             "praise", "praises",
             "hates", "angry", "angrier", "mad", "furious", "irritated", "irritating", "irritates"}
_AUDIENCE = {"users", "user", "people", "customers", "customer", "guests", "players", "clients", "reviewers",
             "everyone", "feedback", "reviews", "tickets", "responses", "comments"}
_FOCUS = {
    "issues": re.compile(r"\b(?:issues?|problems?|complaints?|complain\w*|bugs?|pain(?:s|ful)?|negative|frustrat\w*|broken|"
                         r"fixed|annoy\w*|bother\w*|unhapp\w*|angr\w*|upset|dislikes?|hates?|wrong|struggl\w*|troubles?|"
                         r"difficult(?:y|ies)|hard\s+time|"
                         r"(?:dis|un)satisfied|disappoint\w*)\b",
                         re.IGNORECASE),
    "requests": re.compile(r"\b(?:requests?|requested|features?|wish\w*|ideas?|asks?|asked|asking\s+for|want\w*|"
                           r"would\s+like|like\s+to\s+see|asking\s+(?:us|you|the\s+team)\s+to)\b",
                           re.IGNORECASE),
    "praise": re.compile(r"\b(?:praise\w*|love\w*|like\w*|positive|strengths?|happy|happiest|enjoy\w*|appreciat\w*|"
                         r"delight\w*|satisfied)\b", re.IGNORECASE),
}
_FOLLOW_UP = re.compile(r"^\s*(?:and|what about|how about|also|same|only|but|of those|of them)\b|"
                        r"\b(?:they|them|those|these|it)\b|"
                        # "How many after 4.6.0?", "How many in September?": a count of nothing but a scope (an
                        # edtech tester's counted the items about 'after')
                        r"^\s*how\s+many\s+(?:since|after|before|from|in|on|during|until)\b", re.IGNORECASE)
_WORD = re.compile(r"[^\W_]+", re.UNICODE)

# Ratings named in a question: "1-star reviews", "one or two stars", "low ratings", "positive reviews".
_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5}
_STAR = r"([1-5]|one|two|three|four|five)"
# ("1-star or 2-star reviews", "1- or 2-star": an analytics tester's counted the 1-star reviews about '2 star')
_STARS = re.compile(rf"\b{_STAR}(?:[\s-]*stars?)?(?:\s*-?\s*(?:-|to|or|and)\s*{_STAR})?[\s-]*stars?\b"
                    r"(?:\s+(?:reviews?|ratings?)\b)?", re.IGNORECASE)
# NPS groups name ratings too: ingest reads scores out of 10 in NPS bands (retrieval.columns.parse_rating), so
# detractors (0-6) are 1-2, passives (7-8) 3-3.5 and promoters (9-10) 4-5.
_LOW = re.compile(r"\b(?:low(?:est)?[\s-]+(?:ratings?|rated|scores?|reviews?)|poorly[\s-]+rated|"
                  r"(?:bad|negative|poor|critical)\s+(?:reviews?|ratings?)|(?:nps\s+)?detractors?)\b", re.IGNORECASE)
_HIGH = re.compile(r"\b(?:high(?:est)?[\s-]+(?:ratings?|rated|scores?|reviews?)|highly[\s-]+rated|"
                   r"(?:good|positive|great|glowing)\s+(?:reviews?|ratings?)|(?:nps\s+)?(?<!net )promoters?(?!\s+score))\b",
                   re.IGNORECASE)
_PASSIVE = re.compile(r"\b(?:nps\s+)?passives\b", re.IGNORECASE)
# "What is our NPS?", "net promoter score": the score itself (``nps_facts``), not what its answers say.
_NPS = re.compile(r"\b(?:nps|net\s+promoter(?:\s+score)?)\b", re.IGNORECASE)
_SAY = re.compile(r"\b(?:say|says|said|saying|mention\w*|write|wrote|complain\w*|want\w*|ask\w*|like|love|hate|"
                  r"feel|think|about)\b", re.IGNORECASE)
LOW_MAX, HIGH_MIN = 2.0, 4.0  # "low ratings" are 1-2 stars, "high ratings" 4-5 (as NEGATIVE_MAX_RATING)
PASSIVE = (3.0, 3.5)

_MONTHS = {m: i for i, m in enumerate(["january", "february", "march", "april", "may", "june", "july", "august",
                                        "september", "october", "november", "december"], start=1)}
MONTHS = _MONTHS
_RELEASE_MONTH = re.compile(r"\b(" + "|".join(_MONTHS) + r")(?:\s+(\d{4}))?\s+(?:release|update|launch|version|"
                            r"rollout)\b", re.IGNORECASE)
# "the release on November 10", "the November 10 update", "after Nov 10th": a day named by its month (a
# project-tool tester's "Did the release on November 10 fix ...?" was told to ask by date)
_DAY = (r"(" + "|".join(_MONTHS) + r"|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?\s+(\d{1,2})(?:st|nd|rd|th)?"
        r"(?:,?\s+(\d{4}))?")
_RELEASE_DAY = re.compile(rf"\b(?:(?:release|update|launch|rollout|deploy)\w*\s+(?:on|of)\s+{_DAY}|{_DAY}\s+"
                          r"(?:release|update|launch|rollout|deploy)|(?:after|before)\s+(?:the\s+)?" + _DAY
                          + r")\b", re.IGNORECASE)
_RELATIVE = re.compile(r"\b(?:last|past|previous)\s+(\d+)?\s*(day|week|month|year)s?\b", re.IGNORECASE)
# "lately", "recently", "these days": the last 30 days (a telehealth tester's "what's up with delivery lately" quoted
# March); not "the recently launched feature"
_LATELY = re.compile(r"\b(?:lately|recently(?!\s+(?:\w+ed|new|built|made|shown|grown)\b)|of\s+late|these\s+days|"
                     r"in\s+recent\s+(?:days|weeks))\b", re.IGNORECASE)
_THIS = re.compile(r"\b(?:this|the\s+current)\s+(week|month|year)\b", re.IGNORECASE)  # the calendar one of the newest item
_SINCE_DATE = re.compile(r"\bsince\s+(\d{4}-\d{1,2}-\d{1,2}|\d{1,2}/\d{1,2}/\d{4})", re.IGNORECASE)
# "compared to the month before", "vs the previous week": the period a change is measured against, which a change
# question compares with anyway (a wearable tester's "What changed last month compared to the month before?" counted
# items about 'before')
_AGAINST_BEFORE = re.compile(r"\b(?:(?:as\s+)?compared\s+(?:to|with)|vs\.?|versus|against|than|to)\s+(?:the\s+)?"
                             r"(?:(?:day|week|month|quarter|year)\s+before(?:\s+(?:that|it))?|(?:previous|prior|preceding)\s+"
                             r"(?:one|day|week|month|quarter|year|period)|one\s+before)\b", re.IGNORECASE)
# "in the week of 20 July 2026", "the week of July 20", "week of 2026-07-20": that Monday-to-Sunday week (a rental
# tester's "What happened in the week of 20 July 2026?" abstained over a messaging outage of 24 items that week)
_MONTH_WORD = "(?:" + "|".join(_MONTHS) + ")"
_WEEK_OF = re.compile(rf"\b(?:(?:in|during|over)\s+)?(?:the\s+)?week\s+of\s+(?:the\s+)?(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+"
                      rf"(?:of\s+)?(?P<m1>{_MONTH_WORD})|(?P<m2>{_MONTH_WORD})\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,?)"
                      rf"(?:\s+(?P<y>\d{{4}}))?|\b(?:(?:in|during|over)\s+)?(?:the\s+)?week\s+of\s+(?P<iso>\d{{4}}-\d{{1,2}}-\d{{1,2}})",
                      re.IGNORECASE)
# "How many conversations did we get on 2026-09-09?", "on September 9", "on the 9th of September": that day (an edtech
# tester's count read every conversation)
# a day as a question names it ("2026-09-09", "September 9", "the 9th of September", "9 September 2026"), read by
# ``_day_named``
_A_DAY = (rf"(?:(?P<iso>\d{{4}}-\d{{1,2}}-\d{{1,2}})|(?P<m2>{_MONTH_WORD})\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,?|"
          rf"(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m1>{_MONTH_WORD}),?)(?:\s+(?P<y>\d{{4}}))?(?![\w-])")
_ON_DAY = re.compile(rf"\bon\s+(?:the\s+)?{_A_DAY}", re.IGNORECASE)
# "after August 15", "since 15 August 2026", "from Sept 3": from that day on (a travel tester's "How many complaints
# about the Plus price did we get after August 15?" counted items about 'Plus price after 15' over every month)
_FROM_DAY = re.compile(rf"\b(?:since|after|from)\s+(?:the\s+)?{_A_DAY}", re.IGNORECASE)
# ("since the September price change": a tester's trend compared the last 30 days with the 30 before instead)
# "since the courier change in September" too (an e-bike tester's compared September with August)
# "after July": from the first day of the month after it (an insurance tester's "Are the photo upload complaints still
# coming in after July?" searched for 'photo upload still after'); not "after the July release", a release's date
_AFTER_MONTH = re.compile(r"\b(?:after|from\s+the\s+end\s+of)\s+(" + "|".join(_MONTHS) + r")\b(?:\s+(\d{4}))?"
                          # (a day of it is ``_FROM_DAY``'s: "after August 15")
                          r"(?!\s*\d{1,2}(?:st|nd|rd|th)?\b)"
                          r"(?!\s+(?:release|update|launch|version|price|change|rollout|outage|incident)s?\b)",
                          re.IGNORECASE)
_SINCE_MONTH = re.compile(r"\bsince\s+(?:the\s+start\s+of\s+|the\s+|early\s+|mid\s+|(?:the\s+|our\s+)?(?:[\w-]+\s+)"
                          r"{1,4}?(?:in|of|from)\s+(?:early\s+|mid\s+|late\s+)?)?(" + "|".join(_MONTHS) +
                          r")\b(?:\s+(\d{4}))?",
                          re.IGNORECASE)
# "in September", "during October 2026": that calendar month ("may" only as "May": "users in may" is no month)
# "in November", "during", "for", and "the feedback from / of November", "Summarize November" (a tester's "Summarize
# the feedback from November" summarised every month)
_IN_MONTH = re.compile(r"(?:\b(?:in|during|for|throughout|from|of|over)\s+(?:the\s+month\s+of\s+)?|"
                       r"^\s*(?:summari[sz]e|recap|review)\s+)(" + "|".join(_MONTHS) + r")\b"
                       r"(?:\s+(\d{4}))?", re.IGNORECASE)
_SINCE_VERSION = re.compile(r"\bsince\s+(?:version\s+|v|release\s+)?(\d+\.\d+(?:\.\d+){0,2})\b", re.IGNORECASE)
# ... and a count "after" one ("How many after 4.6.0?": an edtech tester's counted the items about 'after')
_AFTER_VERSION = re.compile(r"\b(?:after|from)\s+(?:version\s+|v|release\s+)?(\d+\.\d+(?:\.\d+){0,2})\b", re.IGNORECASE)
# "What was the NPS in 2025?": that calendar year (a neobank tester's export, all of 2026, answered with 2026's NPS)
_IN_YEAR = re.compile(r"\b(?:in|during|for|throughout|over)\s+(?:the\s+(?:year|whole\s+of)\s+)?((?:19|20)\d\d)\b(?![-/.]\d)",
                      re.IGNORECASE)


@dataclass
class Period:
    """A half-open time window ``[start, end)`` described in words."""

    start: datetime
    end: datetime
    label: str
    before: "Period | None" = None  # the window it is compared with, when the question names it ("September")
    implied: bool = False  # no window was named ("Are X complaints increasing?"): the last 30 days of data

    def previous(self) -> "Period":
        if self.before is not None:
            return self.before
        length = self.end - self.start
        return Period(self.start - length, self.start, f"the {length.days} days before")


@dataclass
class Route:
    """How to answer one question."""

    kind: str  # lookup | count | top | change | impact | customers | nps | rating
    topic: str = ""  # what is being counted / compared, "" = everything
    reason: str = ""
    since_version: str | None = None
    focus: str = "all"  # for "top" and "count" questions: issues | requests | praise | all
    release: str | None = None  # for "impact" questions: version:4.4 | month:october[:2026] | date:2026-10-28
    question_direction: str = "either"  # for "impact" questions: worse | better | either
    ratings: tuple[float | None, float | None] | None = None  # (min, max) the question names ("1-star reviews")
    breakdown: str | None = None  # "count" and "nps" questions: the column or metadata key to split by ("platform")
    breakdown_order: str | None = None  # "worst" / "best": the split ordered by average rating, not by count
    limit: int | None = None  # "top" questions: how many themes the question asks for ("the top 3 bugs")
    compared: tuple[str, ...] = ()  # "Compare Free and Family users": the two values of the split compared
    by_votes: bool = False  # "Which requests have the most votes?": themes ranked by their items' votes
    priority: bool = False  # "What should we fix first?": themes that are clearly fading weigh what is left of them
    release_kind: str = ""  # "Which firmware version caused X?": the words naming which versions ("firmware")
    onset: bool = False  # "When did X start?": the month it started is asked (``aggregate.change_facts``)
    peak_days: bool = False  # "When was the spike in X?", "When did X happen?": its busiest days are asked
    instead: Route | None = None  # a split asked without "most" ("Which phones have X?"): the route where the
    # feedback has no such column (``ContextBuilder.gather``)

    @property
    def aggregate(self) -> bool:
        return self.kind != "lookup"


# "What is our average rating?", "What's our CSAT?", "How satisfied are our customers?": the ratings themselves
# (``rating_facts``: average, spread, CSAT, by source). With a subject ("average rating of the battery reviews") the
# count answers, with its own average; "Average rating by platform?" is a count split by platform (every split gives
# the ratings), "CSAT by plan" the ratings split by plan.
_CSAT = re.compile(r"\b(?:csat|(?:customer\s+)?satisfaction(?:\s+(?:score|rating|rate))?|how\s+satisfied|"
                   # "What share of patients were satisfied with their consultation?" (a telehealth tester's count
                   # searched 'patients consultation')
                   r"(?:share|percentage|percent|proportion|fraction|how\s+many)\s+of\s+(?:\w+\s+){0,3}?"
                   r"(?:were|are|was|is|felt|feel)\s+(?:very\s+|fully\s+)?satisfied)\b", re.IGNORECASE)
# "What is our average app store rating?", "What is our App Store rating?", "... rating on Google Play?": a store's
# name may stand between (a shift-scheduling tester's got one item about "store" for the first; the store is a filter)
_STORE_NAME = r"(?:(?:app|play|google|apple|ios|android|g2|trustpilot|capterra)\s+)?(?:store|play|reviews?)?\s*"
_RATING = re.compile(_CSAT.pattern + r"|\b(?:average|avg|mean|median|overall)\s+" + _STORE_NAME + r"(?:star\s+)?"
                     r"(?:ratings?|scores?|stars?)\b|\b(?:what(?:'s|\s+is|\s+are)|how\s+(?:good|high|low)\s+(?:is|are))"
                     r"\s+(?:our|the|my)\s+(?:average\s+)?" + _STORE_NAME +
                     r"(?:star\s+)?(?:ratings?|stars?)\b", re.IGNORECASE)
# "What is the overall sentiment?", "Is all the feedback positive?", "Is the feedback mostly negative?": how the items
# in scope are classified, with the ratings (a shift-scheduling tester's first abstained, the second listed the praise
# themes as if it were so). Not the sentiment about a subject ("sentiment about pricing" is a count of that subject).
_SENTIMENT = re.compile(
    r"^\s*(?:what(?:'s|\s+is)|how\s+is)\s+(?:the\s+|our\s+)?(?:overall\s+|general\s+)?(?:customer\s+|user\s+)?"
    r"(?:sentiment|mood|tone)(?:\s+(?:overall|in\s+general|of\s+(?:the\s+|our\s+|all\s+)?(?:feedback|reviews|customers|"
    r"users|clients|people)))?\s*[?.!]*\s*$|"
    # "What percentage of feedback is negative?" (a neobank tester's counted complaints, requests among them)
    r"^\s*what\s+(?:percentage|share|proportion|fraction|percent|part)\s+of\s+(?:the\s+|our\s+|all\s+)?(?:feedback|"
    r"reviews|comments|items|responses)\s+(?:is|are|was|were)\s+(?:negative|positive|neutral)\s*[?.!]*\s*$|"
    # "How are we doing?", "How is the product doing?" (a neobank tester's abstained)
    r"^\s*how\s+(?:are|is)\s+(?:we|things|the\s+(?:product|app|service)|our\s+(?:product|app|service))\s+(?:doing|going|"
    r"performing)(?:\s+(?:overall|lately|so\s+far|with\s+(?:customers|users)))?\s*[?.!]*\s*$|"
    # "How bad is it?", "How are things looking?", "How is it going?" (an analytics tester's abstained)
    r"^\s*how\s+(?:bad|good)\s+(?:is\s+it|are\s+things)(?:\s+(?:overall|really|right\s+now|now))?\s*[?.!]*\s*$|"
    r"^\s*how\s+(?:is\s+it|are\s+things)\s+(?:going|looking)(?:\s+(?:overall|lately|so\s+far))?\s*[?.!]*\s*$|"
    r"^\s*(?:is|are)\s+(?:all\s+)?(?:of\s+)?(?:the\s+|our\s+)?(?:feedback|reviews|comments)\s+(?:all\s+|mostly\s+|mainly\s+|"
    r"generally\s+|overall\s+)?(?:positive|negative|good|bad)(?:\s+or\s+(?:positive|negative))?\s*[?.!]*\s*$",
    re.IGNORECASE)
_RATING_FRAME = {"our", "we", "us", "app", "product", "average", "avg", "mean", "median", "currently", "current",
                 "share", "percentage", "percent", "proportion", "fraction", "were", "was", "with", "their", "they",
                 "today", "now", "overall", "score", "rating", "ratings", "star", "stars", "satisfied", "happy",
                 # where the ratings are (a filter the question names): "on Google Play", "App Store"
                 "store", "stores", "play", "google", "apple", "ios", "android", "g2", "trustpilot", "capterra"}


def asks_csat(question: str) -> bool:
    """Does the question ask for CSAT or satisfaction ("What is our CSAT for consultations?")?"""
    return _CSAT.search(question) is not None


def route_question(question: str, previous: str | None = None) -> Route:
    """Classify ``question``; ``previous`` is the last question of the conversation (for follow-ups).

    Example:
        >>> route_question("How many users complain about battery drain?").kind, _.topic  # doctest: +SKIP
        ('count', 'battery drain')
    """
    q = _WHO_ASKED.sub(r"\1users", question.strip())
    if m := _EACH_COMPLAINS.match(q):
        q = f"How many complaints by {m.group(1) or m.group(2)}?"
    q = re.sub(r"\s+at\s+all\b", "", q, flags=re.IGNORECASE)  # "any complaints at all?" is "any complaints?"
    # "What do reviewers like best?" is what they like most (an analytics tester's searched for 'best')
    q = re.sub(r"\b(like|love|enjoy|appreciate|value)\s+(?:the\s+)?best\b", r"\1 most", q, flags=re.IGNORECASE)
    q = _SINGLE_TOP.sub("top ", q)
    q = _KINDS_OF.sub("top ", q)
    ratings, q = ratings_in(q)
    if not ratings and _NPS.search(q) and not _SAY.search(q) and (not _CHANGE.search(q) or _NPS_TREND.search(q)
                                                                  or not topic_words(_NPS.sub(" ", q))):
        group = group_name(m.group(1)) if (m := _BY.search(without_period(q)) or _WHICH_NPS.search(q)) else None
        group = group or ("month" if _NPS_TREND.search(q) or _CHANGE.search(q) else None)  # "Is our NPS getting worse?"
        # "How did NPS change after the price increase on 2026-09-01?": the NPS before and after that day
        release = release_of(q)
        if not release and re.search(r"\b(?:after|before|change[sd]?)\b", q, re.I) and (
                day := re.search(r"\bon\s+(\d{4}-\d{1,2}-\d{1,2})\b", q)):  # "after the price rise on 2026-09-01"
            release = f"date:{day.group(1)}"
        return Route("nps", reason="asks for the Net Promoter Score" + (f" by {group}" if group else ""),
                     breakdown=group, release=release if release and release != "latest" else None)
    if not ratings and _SENTIMENT.search(q) and not _CHANGE.search(q):
        return Route("rating", reason="asks how people feel overall (sentiment and ratings)", focus="sentiment")
    if not ratings and _RATING.search(q) and not _SAY.search(q) and not _CHANGE.search(q) and not _TWO_MONTHS.search(q):
        plain = without_period(q)
        by = _BY.search(plain)
        rest = topic_words(_RATING.sub(" ", plain[:by.start()] if by else plain))
        if (not [w for w in rest.split() if w.lower() not in _OVERALL | _AUDIENCE | _RATING_FRAME]
                and (not by or _CSAT.search(q))):
            return Route("rating", reason="asks for the ratings themselves (average, CSAT)",
                         breakdown=group_name(by.group(1)) if by else None)
    route = _route(q, previous)
    if route.kind == "top" and route.focus == "issues" and _BUGS.search(q) and not _NOT_ONLY_BUGS.search(q):
        # "What are the top 3 bugs?": the themes of bug reports (a telehealth tester's got a price rise and waiting
        # times); "top issues" stays every problem
        route.focus = "bugs"
    if route.kind in ("lookup", "count") and _TWO_MONTHS.search(q):  # "How did webhook complaints change between
        # September and October?", "How many refund requests in September vs October?": the two months compared
        route = Route("change", topic=route.topic, reason="compares two months it names", focus=route.focus)
    if route.kind == "change" and route.topic and not [w for w in route.topic.lower().split()
                                                       if w not in _RATING_FRAME | _OVERALL]:
        # "How did ratings change between August and November?": the ratings of everything, which every change
        # answer gives, not the items that say 'ratings' (a fitness tester's: 10 versus 7)
        route.topic = ""
    route.ratings = ratings
    if previous and is_follow_up(question):  # "and last week?" keeps the earlier subject (the window filters it)
        return route
    if ratings and route.kind == "lookup" and not route.topic:  # "why do people give 1 star?": what those say most
        lo, hi = ratings
        focus = "issues" if hi is not None and hi <= LOW_MAX else "praise" if lo is not None and lo >= HIGH_MIN else "all"
        return Route("top", reason="asks what reviews with those ratings say", focus=focus, ratings=ratings)
    if route.kind == "lookup" and not route.topic and names_period(q):  # "what did people say last week?"
        # "What did people complain about in August?" ranks that month's problem items (a tester's answer ranked
        # 'Great app', 5% negative, second)
        return Route("top", reason="asks what the feedback of a period says", focus=focus_of(q), ratings=ratings)
    words = {w.lower() for w in _WORD.findall(q)}
    if (route.kind == "lookup" and words & (_OVERALL | _AUDIENCE)
            and not [w for w in route.topic.split() if w.lower() not in _OVERALL]
            and not (words & _KIND_NOUNS and not words & _FEELINGS)
            and not re.search(r"\b(?:about|of|with)\s+(?:the\s+)?(?:people|customers|users|guests)\b", q, re.I)):
        # "What do people complain about?", "What frustrates users?", "What do participants love?": no subject but
        # the feedback itself, so what it says most (of the kind asked about), not a search for "frustrates".
        return Route("top", reason="asks what the feedback says overall", focus=focus_of(q), ratings=ratings)
    if route.kind == "lookup":  # "Are people unhappy about the price?" is about the price, as its count is
        route.topic = " ".join(w for w in route.topic.split() if w.lower() not in _FEELINGS) or route.topic
    return route


def feels(question: str) -> bool:
    """Does ``question`` say how people feel ("unhappy", "frustrated", "love": ``_FEELINGS``)?"""
    return bool({w.lower() for w in _WORD.findall(question)} & _FEELINGS)


def without_period(question: str) -> str:
    """``question`` without the time window it names (the words a search should not look for)."""
    for pattern in (_AGAINST_BEFORE, _WEEK_OF, _ON_DAY, _SINCE_DATE, _FROM_DAY, _SINCE_MONTH, _AFTER_MONTH, _RELATIVE,
                    _THIS, _IN_YEAR, _LATELY):
        question = pattern.sub(" ", question)
    if m := _in_month(question):
        question = question[:m.start()] + " " + question[m.end():]
    question = re.sub(r"\b(?:in|over|during|from)\s+(?:the\s+)?(?=[?.!]*\s*$)", " ", question)
    return re.sub(r"\s+([?.!])", r"\1", " ".join(question.split()))


# The column a split names, in the words of the question ("platform", "app version", "plan tier": ``group_name``).
_GROUP = (r"([a-z_]+(?:\s+(?:version|tiers?|levels?|segments?|models?|types?|sizes?|categor(?:y|ies)|lines?|"
          r"channels?|regions?|groups?))?)")  # "bike model" (an e-bike tester's "Which bike model has the lowest NPS?")
# "Which platform has more crashes, iOS or Android?", "Which plan complains most about sync?", "How many crashes by
# platform?", "crashes per app version": a count of the subject, split by a column or metadata key.
_WHICH = re.compile(rf"^\s*which\s+{_GROUP}\s+(?:has|have|had|gets?|got|sees?|saw|reports?|"
                    r"complains?|mentions?|sends?)\s+(?:the\s+)?(?:more|most|fewer|less|least)\s+(?:about\s+)?"
                    r"([^,;]+?)(?:\s*(?:,|;|\s-\s|\(|\bvs\.?\b|\bversus\b).*)?\s*[?.!]*\s*$", re.IGNORECASE)
# "Which countries are most affected by late payouts?", "What plans are hit hardest by the sync bug?" (a rental
# tester's listed a survey's country answers and dropped the payouts)
_WHICH_AFFECTED = re.compile(rf"^\s*(?:which|what)\s+{_GROUP}\s+(?:are|is|were|was|get|gets|got)\s+(?:the\s+)?"
                             r"(?:most|hardest|worst|more)\s+(?:affected|hit|impacted|bothered|hurt)\s+(?:by|with)\s+"
                             r"([^,;]+?)\s*[?.!]*\s*$|^\s*(?:which|what)\s+" + _GROUP + r"\s+(?:are|is|were|was|get|gets|got)\s+"
                             r"(?:affected|hit|impacted)\s+(?:the\s+)?(?:most|hardest|worst)\s+(?:by|with)\s+([^,;]+?)\s*[?.!]*\s*$",
                             re.IGNORECASE)
# "Average rating by platform?", "mean score per plan": the ratings of each value (every split lists them).
_AVERAGE = re.compile(r"\b(?:average|avg|mean|median)\s+(?:star\s+)?(?:ratings?|scores?|stars?)\b|\bratings?\b",
                      re.IGNORECASE)
# "Which app has the worst reviews?", "Which platform gets the best ratings?": each value's count and average rating,
# ordered by the average.
_WHICH_RATED = re.compile(rf"^\s*(?:which|what)\s+{_GROUP}\s+(?:has|have|had|gets?|got|sees?|saw|is|gives?|gave|"
                          r"leaves?|left|writes?|wrote)\s+"
                          r"(?:the\s+)?(worst|best|lowest|highest|poorest|top|most\s+negative|most\s+positive)\s*"
                          r"(?:(?:average|avg|mean)\s+)?(?:(?-i:[A-Z]\w*)\s+){0,2}(?:star\s+)?"
                          r"(?:reviews?|ratings?|scores?|rated|feedback|stars?|satisfaction|csat)?"
                          r"\s*[?.!]*\s*$", re.IGNORECASE)
_BY = re.compile(rf"\b(?:by|per|for\s+each|(?:from|in)\s+each|each|across)\s+{_GROUP}\s*[?.!]*\s*$", re.IGNORECASE)
# ... asked as a split: "What is the split of complaints by platform?", "Break down reviews by country" (a fitness
# tester's searched for the words 'split platform')
_SPLIT_ASKED = re.compile(r"\b(?:the|a)\s+(?:split|breakdown|distribution)\s+of\b|^\s*(?:please\s+)?(?:break\s+down|"
                          r"split|show\s+(?:me\s+)?(?:the\s+)?(?:split|breakdown))\b", re.IGNORECASE)
# "How much feedback do we have, and from which channels?" (an insurance tester's counted the items about 'channels')
_FROM_WHICH = re.compile(rf"\b(?:and\s+)?(?:from|in|across|through)\s+which\s+{_GROUP}\s*[?.!]*\s*$", re.IGNORECASE)
# A split asked of the subject before: "Which countries are most affected?", "Which sources did they come from?" (a
# neobank tester's follow-ups abstained or quoted items)
_WHICH_OF_IT = re.compile(rf"^\s*(?:(?:on|in|from|for)\s+)?(?:which|what)\s+{_GROUP}\s+(?:(?:are|is|were|was)\s+"
                          r"(?:the\s+)?(?:most|hardest|worst)\s+(?:affected|hit|impacted|concerned)|"
                          # "Which devices are affected?" after a question about a crash (a marketplace tester's
                          # "Which devices?" abstained: ``_WHICH_ALONE``)
                          r"(?:are|is|were|was)\s+(?:(?:it|they|these|those)\s+)?(?:affected|hit|impacted|on)|"
                          # "Which months were worst?" (a telehealth tester's follow-up lost its subject)
                          r"(?:are|is|were|was|had)\s+(?:the\s+)?(?:worst|busiest|heaviest|highest|peak|most)(?:\s+ones?)?|(?:did|do|does)\s+(?:they|these|those|it|them|the\s+\w+)"
                          r"\s+come\s+from|(?:are|were)\s+(?:they|these|those)\s+(?:from|in|on))\s*[?.!]*\s*$",
                          re.IGNORECASE)
# ... and "Which devices?", "On which platforms?" alone ("which" only: "What about?" and "What drives?", left of
# "What about on iOS?" and "What drives detractors in our NPS survey?" once their scope is read, are no split)
_WHICH_ALONE = re.compile(rf"^\s*(?:(?:on|in|from|for)\s+)?which\s+{_GROUP}\s*[?.!]*\s*$", re.IGNORECASE)


def _split_of_it(question: str) -> re.Match | None:
    """A split asked of the subject before (``_WHICH_OF_IT``, ``_WHICH_ALONE``); its group 1 names the column."""
    return _WHICH_OF_IT.match(question) or _WHICH_ALONE.match(question)
# "How many complaints per month about accounts not updating?": a period split inside the question (a tester got one
# total: only a split at the end was read)
_BY_PERIOD = re.compile(r"\s+(?:by|per|each)\s+(day|week|month|quarter|year)\b(?!\s+(?:ago|before|after|since))",
                        re.IGNORECASE)
_PRICE_BEFORE = re.compile(r"(?:\b(?:pay|pays|paid|paying|cost|costs|charge[sd]?|spend|spent|earn\w*|price[sd]?|"
                           r"fee|subscription)|[\d$€£])\s*$", re.IGNORECASE)
# "NPS trend", "NPS over time", "monthly NPS": the NPS of each month.
_NPS_TREND = re.compile(r"\b(?:trends?|trending|over\s+time|monthly|month\s+by\s+month|each\s+month)\b", re.IGNORECASE)
# "Which plan has the lowest NPS?", "What platform gives us the best net promoter score?"
_WHICH_NPS = re.compile(rf"^\s*(?:which|what)\s+{_GROUP}\s+(?:has|have|had|gets?|got|gives?(?:\s+us)?|"
                        r"shows?)\s+(?:the\s+|a\s+)?(?:lowest|highest|best|worst|top|bottom|better|worse|lower|higher)\b",
                        re.IGNORECASE)


# "What does each plan complain about?", "What do users complain about by plan?": the complaints by plan, each
# plan's with its largest themes (a streaming tester's searched for the word 'plan' and quoted 16 items)
_EACH_COMPLAINS = re.compile(
    rf"^\s*what\s+(?:do|does|did)\s+(?:(?:our\s+|the\s+)?(?:users|customers|people|subscribers)\s+"
    rf"(?:in|on|of|from)\s+)?(?:each|every)\s+{_GROUP}\s+complain\s+(?:about|of)(?:\s+most)?\s*[?.!]*\s*$|"
    rf"^\s*what\s+(?:do|did)\s+(?:our\s+|the\s+)?(?:users|customers|people|subscribers)\s+complain\s+(?:about|of)"
    rf"(?:\s+most)?\s+(?:by|per|for\s+each|in\s+each|on\s+each|across)\s+{_GROUP}\s*[?.!]*\s*$", re.IGNORECASE)


def group_name(words: str) -> str:
    """The column a split names: "plan tier" and "pricing tier" are the plan ("tier"), "app version" stays whole.

        >>> [group_name(w) for w in ("Plan tier", "customer segment", "app version", "platform")]
        ['plan', 'tier', 'app version', 'platform']
    """
    first, _, second = words.lower().partition(" ")
    if second.rstrip("s") in ("tier", "level", "segment"):
        return first if first in ("plan", "plans") else "tier"
    return words.lower()


# "Which phones have Bluetooth sync problems?", "Which countries have shipping delays?", "What band model has strap
# problems?": which values of a column have the subject, asked without "most" (a wearable tester's listed items).
_WHICH_HAS = re.compile(rf"^\s*(?:which|what)\s+{_GROUP}\s+(?:has|have|had|gets?|got|sees?|saw|reports?|mentions?|"
                        r"complains?\s+about|(?:are|is|were|was)\s+(?:affected|hit|impacted)\s+by)\s+"
                        r"(?:the\s+|any\s+|an?\s+)?([^,;]+?)\s*[?.!]*\s*$", re.IGNORECASE)
# Words that name feedback, not a column: "Which features have the most requests?" asks for the top requests (a
# tester's was told there is no 'features' column), "What issues have users reported?" for the top issues.
_FEEDBACK_WORDS = frozenset("""feature features issue issues problem problems bug bugs complaint complaints request
requests theme themes topic topics thing things area areas idea ideas question questions feedback review reviews
ticket tickets comment comments suggestion suggestions improvement improvements change changes part parts""".split())
_PEOPLE_WORDS = frozenset("""accounts account customers customer users user people clients companies patients patient
members subscribers owners drivers buyers""".split())
# "What is the most common ticket group?", "What's the most common priority?": a split by that column (an analytics
# tester's counted the items about 'group': none); "What is the most common complaint?" stays the top list
_MOST_COMMON_OF = re.compile(r"^\s*what(?:'s|’s|\s+is|\s+are)\s+(?:the\s+|our\s+)?most\s+(?:common|frequent)\s+"
                             r"(?:(?:tickets?|reviews?|feedback|items?|survey|users?|customers?)\s+)?([\w-]+?)"
                             r"\s*[?.!]*\s*$", re.IGNORECASE)


# "specific to one plan", "limited to a particular region", "only on certain platforms" (a telehealth tester's was
# searched as the words 'evening wait specific one plan')
_ONE_OF_THEM = re.compile(rf"\b(?:specific|limited|unique|particular|peculiar|confined|restricted|only|just)\s+"
                          rf"(?:to|on|in|for|among|with)\s+(?:one|a\s+single|a\s+particular|a\s+specific|certain|"
                          rf"specific|some|particular)\s+{_GROUP}\b", re.IGNORECASE)


# "What percentage of feedback is not in English?": the split by language (a marketplace tester's was cut to the
# English items and searched for 'not')
NOT_ENGLISH = re.compile(r"\b(?:not\s+(?:written\s+)?in\s+english|non[\s-]?english|in\s+(?:other|foreign)\s+languages?"
                         r"(?:\s+than\s+english)?|(?:in\s+)?(?:a\s+)?languages?\s+other\s+than\s+english)\b",
                         re.IGNORECASE)


def breakdown_of(question: str) -> tuple[str, str] | None:
    """``(field, subject)`` of a question that asks for counts split by a column: "Which platform has more crashes,
    iOS or Android?" -> ``("platform", "crashes")``; "How many crashes by app version?" -> ``("app version",
    "How many crashes")``; "Which plan tier complains most about slow reports?" -> ``("plan", "slow reports")``."""
    if (m := re.match(rf"^\s*(?:which|what)\s+{_GROUP}\b", question, re.I)) and m.group(1).lower() in _FEEDBACK_WORDS:
        return None
    if m := _WHICH.match(question):
        return group_name(m.group(1)), m.group(2)
    if (m := NOT_ENGLISH.search(question)) and _COUNT.search(question):
        return "language", question[:m.start()] + " " + question[m.end():]
    if m := _ONE_OF_THEM.search(question):  # "Is the evening wait problem specific to one plan?": by plan
        return group_name(m.group(1)), question[:m.start()] + " " + question[m.end():]
    if m := _WHICH_AFFECTED.match(question):
        return group_name(m.group(1) or m.group(3)), m.group(2) or m.group(4)
    if m := _WHICH_RATED.match(question):
        return group_name(m.group(1)), ""
    if (m := _split_of_it(question)) and m.group(1).lower() not in _FEEDBACK_WORDS | _PEOPLE_WORDS:
        return group_name(m.group(1)), ""
    if (m := _BY.search(question) or _FROM_WHICH.search(question)) and (_COUNT.search(question) or
                                                                        _AVERAGE.search(question)):
        return group_name(m.group(1)), question[:m.start()]
    if (m := _BY.search(question)) and _SPLIT_ASKED.search(question[:m.start()]):
        return group_name(m.group(1)), _SPLIT_ASKED.sub(" ", question[:m.start()])
    if (m := _BY_PERIOD.search(question)) and _COUNT.search(question) and not _PRICE_BEFORE.search(
            question[:m.start()]):  # "pay per month" is a price, not a split
        return m.group(1).lower(), question[:m.start()] + question[m.end():]
    return None


def focus_of(question: str) -> str:
    """Which kind of feedback a question is about: issues, requests or praise (``_FOCUS``, in that order), or all.
    "Refund requests", "support requests": a request named by its subject is the topic, not a feature request."""
    for name, pattern in _FOCUS.items():
        for m in pattern.finditer(question):
            if name == "requests" and m.group(0).lower().startswith("request") and _named_request(question[:m.start()]):
                continue
            return name
    return "all"


# Words before "request(s)" that leave it a feature request: "feature requests", "top requests", "user requests".
_REQUEST_OF = frozenset("""feature features product enhancement enhancements top most main biggest common popular
frequent new user users customer customers our the any what which many more other
client clients""".split()) | PARTNER_NAMES  # who asked


def _named_request(before: str) -> bool:
    """Does the text before "request(s)" end on a word that names the request ("refund", "support", "access")?"""
    from assistant.safety.support import STOP_WORDS

    words = re.findall(r"[^\W\d_]+", before.lower())
    return bool(words) and words[-1] not in _REQUEST_OF and words[-1] not in STOP_WORDS


def names_two_months(question: str) -> bool:
    """Does the question compare two months ("between June and November", "June vs November")?"""
    return _TWO_MONTHS.search(question) is not None


def names_period(question: str) -> bool:
    """Does the question name a time window ("last week", "past 30 days", "this month", "since March", "since
    2026-10-01")?"""
    return bool(_RELATIVE.search(question) or _SINCE_MONTH.search(question) or _SINCE_DATE.search(question)
                or _FROM_DAY.search(question) or _AFTER_MONTH.search(question)
                or _THIS.search(question) or _in_month(question) or _WEEK_OF.search(question)
                or _IN_YEAR.search(question) or _LATELY.search(question) or _on_day(question))


def _in_month(question: str) -> re.Match | None:
    return next((m for m in _IN_MONTH.finditer(question) if m.group(1).lower() != "may" or m.group(1)[0] == "M"), None)


_RATED_AS = re.compile(rf"\b(?:rated|(?:a\s+)?rating\s+of|answered|chose)\s+(?:as\s+|an?\s+)?[\"'“]?"
                       rf"({WORDED.pattern})", re.IGNORECASE)


def names_stars(question: str) -> bool:
    """Does ``question`` name ratings in stars ("1-star reviews", "one or two stars", "star ratings")?"""
    return bool(_STARS.search(question) or re.search(r"\bstar\s+ratings?\b", question, re.IGNORECASE))


def ratings_in(question: str) -> tuple[tuple[float | None, float | None] | None, str]:
    """The ratings a question names as ``(min, max)`` (``None``: not named), and the question without those words.

    Example:
        >>> ratings_in("What do 1-star reviews say about sync?")
        ((1.0, 1.0), 'What do say about sync?')
        >>> ratings_in("Why the low ratings?")[0]
        (None, 2.0)
    """
    if _WHICH_RATED.match(question):  # "Which country gives the lowest ratings?" splits by country, filters nothing
        return None, question
    if (m := _RATED_AS.search(question)) and (worded := worded_rating(m.group(1))) is not None:
        # "How many Intercom conversations were rated Terrible?" (an edtech tester's searched the word)
        ratings: tuple[float | None, float | None] = (worded, worded)
    elif m := _STARS.search(question):
        a, b = (float(_NUMBERS.get(x.lower(), x)) for x in (m.group(1), m.group(2) or m.group(1)))
        ratings = (min(a, b), max(a, b))
    elif m := _LOW.search(question):
        ratings = (None, LOW_MAX)
    elif m := _HIGH.search(question):
        ratings = (HIGH_MIN, None)
    elif m := _PASSIVE.search(question):
        ratings = PASSIVE
    else:
        return None, question
    rest = question[:m.start()] + question[m.end():]
    if m.re is not _STARS:  # "Why do detractors give low scores?": both name the group, neither is the topic
        for other in (_LOW, _HIGH, _PASSIVE):
            rest = other.sub(" ", rest)
    return ratings, " ".join(rest.split())


# "What should we fix first?", "What should the team prioritise?", "What should we build next (quarter)?": the largest
# themes of problems (of requests for "build" / "add").
_PRIORITY = re.compile(r"^\s*what\s+(?:should|must|do|would\s+you\s+suggest)\s+(?:we|i|the\s+team|our\s+team)\s+"
                       r"(?:(?:fix|prioriti[sz]e|work\s+on|focus\s+on|tackle|address|solve)|(build|add|ship|develop))"
                       r"(?:\s+(?:first|next|now|soon|(?:(?:in|for)\s+(?:the\s+)?)?(?:next|this|coming)\s+(?:sprint|"
                       r"quarter|month|release|cycle|iteration|half|year|q[1-4])))?"
                       # who it is for ("... for the next sprint for Growth customers?": an invoicing tester's abstained)
                       r"(?:\s+(?:for|among)\s+(?:our\s+|the\s+)?(?:[\w'’.&-]+\s+){0,3}(?:customers?|users?|accounts?|"
                       r"clients?|members?|teams?|subscribers?|plan|tier|segment))?\s*[?.!]*\s*$|"
                       r"^\s*what\s+(?:are|is)\s+(?:our|the)\s+(?:top\s+|biggest\s+)?priorit(?:y|ies)\b|"
                       # "Draft a plan for the next iteration." (a marketplace tester's abstained)
                       r"^\s*(?:please\s+)?(?:draft|write|make|create|put\s+together|give\s+me|propose|suggest)\s+"
                       r"(?:me\s+)?(?:a|an|the|our)\s+(?:\w+\s+)?(?:plan|roadmap|backlog)(?:\s+for\s+(?:the\s+)?"
                       r"(?:next|this|coming)\s+(?:sprint|iteration|release|quarter|cycle|month))?\s*[?.!]*\s*$|"
                       # "What should I worry about this month?", "What needs attention?", "What are the most urgent
                       # issues?" (a shift-scheduling tester's first abstained)
                       r"^\s*what\s+(?:should|must)\s+(?:we|i|the\s+team|our\s+team)\s+(?:be\s+)?(?:worr(?:y|ied)\s+about|"
                       r"keep\s+an\s+eye\s+on|watch(?:\s+out\s+for)?)(?:\s+(?:this|next|the\s+coming)\s+(?:week|month|"
                       r"quarter|sprint))?\s*[?.!]*\s*$|"
                       r"^\s*what\s+(?:needs|requires)\s+(?:our\s+|my\s+|the\s+team's\s+)?(?:urgent\s+|immediate\s+)?"
                       r"attention(?:\s+(?:first|now|(?:this|next)\s+(?:week|month|quarter|sprint)))?\s*[?.!]*\s*$|"
                       r"^\s*what\s+(?:are|is)\s+(?:the\s+|our\s+)?most\s+(?:urgent|pressing|critical)(?:\s+(?:issues?|"
                       r"problems?|things?|complaints?|bugs?))?(?:\s+(?:right\s+)?now)?\s*[?.!]*\s*$",
                       re.IGNORECASE)


# "the top 3 bugs", "5 biggest problems", "top ten requests": how many themes a "top" question asks for.
_COUNTED = r"(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)"
_TOP_N = re.compile(rf"\b(?:top|biggest|largest|main|most\s+common|first)\s+{_COUNTED}\b|"
                    rf"\b{_COUNTED}\s+(?:biggest|largest|main|most|top|key)\b", re.IGNORECASE)
_WORD_NUMBERS = {**_NUMBERS, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
# What a change question about the mood of the feedback names ("Is sentiment improving?"): the whole scope, not a
# search for the word "sentiment".
_MOOD = {"sentiment", "sentiments", "mood", "satisfaction", "average", "avg", "mean", "happiness", "csat", "rating",
         "ratings", "score", "scores", "stars", "tone", "overall"}


# A follow-up that asks what people say is a question of its own ("And what do they complain about?")
_ASKS_WHAT = re.compile(r"\b(?:say\w*|said|mention\w*|wr[io]te|think\w*|feel\w*|complain\w*|want\w*|like\w*|love\w*|"
                        r"hate\w*|why)\b", re.IGNORECASE)


# Words a narrowing follow-up adds to its filter ("And for Enterprise customers only?": the plan is a filter by then)
_ONLY = {"only", "just", "alone", "too", "also", "instead", "then", "customers", "users", "people", "accounts",
         "clients", "ones", "segment", "tier", "plan"}
ONLY_WORDS = _ONLY | {"same", "what", "how", "about", "and", "there", "those", "them", "these"}
"""Words that add no subject to a follow-up ("Same for iOS?", "And for Enterprise customers only?")."""


# "Which requests have the most votes?", "What are the most upvoted ideas?", "most popular on the feature board"
_BY_VOTES = re.compile(r"\b(?:most|top|highest|greatest|largest)[\s-]+(?:up)?vot(?:es|ed)\b|\b(?:most|top)[\s-]+"
                       r"(?:up)?voted\b|\bby\s+(?:up)?votes\b|\bvotes?\s+(?:count|total)s?\b|\b(?:most\s+)?popular\s+"
                       r"(?:\w+\s+)?on\s+(?:the\s+|our\s+)?(?:feature\s+|idea\s+|feedback\s+)?(?:board|portal|forum)\b",
                       re.IGNORECASE)


# "Are there any problems?", "What problems do people have?", "Does Pantry have any issues?" (the product by its
# name): the largest problem themes; a tester's was a search for the product's name that found one planted item.
# "Was sind die häufigsten Beschwerden?", "Welke klachten hebben klanten?", "Quels sont les principaux problèmes ?":
# the top complaints asked in German, Dutch, French, Spanish, Italian or Portuguese (an EV-charging tester's three were
# searched word by word; "Welke" was read as "week"; a shift-scheduling tester's "Quelles sont les plaintes des clients
# au Québec ?" two words on). A country the question names is its scope as in English.
_TOP_COMPLAINTS_ABROAD = re.compile(
    r"\b(?:häufigsten|größten|grössten|wichtigsten|meisten|top|welche|belangrijkste|grootste|meeste|welke|principaux|"
    r"principales|plus\s+fréquent(?:e|s|es)?|quels|quelles|más\s+comunes|mayores|cuáles|principali|maggiori|quali|"
    r"principais|maiores|quais)\s+(?:\w+\s+){0,2}(?:beschwerden|probleme|klagen|kritikpunkte|klachten|problemen|"
    r"problèmes|plaintes|réclamations|quejas|problemas|reclamos|reclamaciones|problemi|lamentele|reclami|"
    r"reclamações|reclamacoes|queixas)\b|"
    r"\b(?:worüber|worueber)\s+beschweren\s+sich\b|\bwaarover\s+klagen\b|\bde\s+quoi\s+se\s+plaignent\b|"
    r"\bde\s+qu[ée]\s+se\s+quejan\b|\bdi\s+cosa\s+si\s+lamentano\b|\bdo\s+que\s+(?:os\s+\w+\s+)?se\s+queixam\b",
    re.IGNORECASE)
_ANY_PROBLEMS = re.compile(
    # ... and the bare "any issues?", "Any problems?", "issues?" (a telehealth tester's "any issues?" abstained)
    r"^\s*(?:(?:are\s+there|(?:do|does|did)\s+(?:the\s+app|the\s+product|our\s+app|our\s+product|(?-i:[A-Z][\w-]*)|"
    r"(?:our\s+|the\s+)?(?:users?|people|customers?|clients?))\s+(?:have|report|mention)|what|which)\s+|(?=any\b)|"
    r"(?=(?:problems?|issues?|complaints?|bugs?)\s*[?.!]*\s*$))(?:any\s+)?"
    r"(?:main\s+|big\s+|major\s+|real\s+)?(?:problems?|issues?|complaints?|bugs?)(?:\s+(?:do|are|did)\s+(?:our\s+|the\s+)?"
    r"(?:users?|people|customers?|clients?)\s+(?:have|having|report|reporting|face|facing|mention)|\s+(?:are|exist|"
    r"are\s+there))?\s*[?.!]*\s*$",  # "Which problems are [specific to Ireland]?", the country a scope
    re.IGNORECASE)


# "What feature requests do we have?", "Which features are requested?", "What bugs do we have?", "What complaints are
# there?": the largest themes of that kind (a shift-scheduling tester's first quoted 5 items about features).
_WHAT_WE_HAVE = re.compile(
    r"^\s*(?:what|which)\s+(?:kinds?\s+of\s+|types?\s+of\s+|other\s+)?(?:feature\s+|product\s+)?(?P<kind>requests?|"
    r"features?|ideas?|suggestions?|wish(?:es|list)?|bugs?|complaints?|issues?|problems?|praise|compliments?)\s+"
    r"(?:(?:do|did|have|are|were|is)\s+(?:we|you|there|they|(?:our\s+)?(?:users|customers|people|clients))\s*"
    r"(?:have|got|get|getting|receive[d]?|requested|reported|raised|mentioned|asked\s+for|seen)?|"
    r"(?:are|were|have\s+been|get|got)\s+(?:being\s+)?(?:requested|reported|raised|mentioned|asked\s+for)(?:\s+(?:most|the\s+most))?)"
    r"(?:\s+(?:so\s+far|right\s+now|now|today))?\s*[?.!]*\s*$", re.IGNORECASE)


def _top_n(q: str) -> tuple[int | None, str]:
    """How many themes a "top" question asks for ("the top 3 bugs": 3, at most 20), and the question without the
    number; (None, q) when it names none."""
    if not (m := _TOP_N.search(q)):
        return None, q
    group = 1 if m.group(1) else 2
    n = m.group(group)
    return max(1, min(20, int(_WORD_NUMBERS.get(n.lower(), n)))), q[:m.start(group)] + q[m.end(group):]


# "Which release introduced the receipt scanner crash?": the release after which the topic rose most (an invoicing
# tester's got three quotes and no version, though "What got worse after 5.3.0?" had the figures)
# ("Which Python SDK release broke the async client?": a product before the word, a developer-platform tester's)
# ("Which version of the Tidestay Host app broke booking notifications?": the app after the word, a rental tester's)
_INTRODUCED = re.compile(r"^\s*(?:which|what)\s+(?P<kind>(?:[\w.-]+\s+){0,3}?)(?:release|version|update|build)\s+"
                         r"(?:(?:of|for|in)\s+(?:the\s+|our\s+)?(?:[\w.-]+\s+){1,4}?)?(?:first\s+)?"
                         r"(?P<verb>introduced|caused|broke|started|brought(?:\s+in)?|triggered|created|fixed|"
                         r"resolved|solved|repaired|cured|ended|stopped)\s+(?P<topic>.+?)\s*[?.!]*\s*$", re.IGNORECASE)
_FIXING = ("fixed", "resolved", "solved", "repaired", "cured", "ended", "stopped")  # "Which release fixed X?": X fell
WHICH_RELEASE = "which"  # ``Route.release`` of a question that asks which release it was


def _route(q: str, previous: str | None, splits: bool = True) -> Route:
    if m := _INTRODUCED.match(q):
        return Route("impact", topic=topic_words(m.group("topic")), reason="asks which release started something",
                     release=WHICH_RELEASE, release_kind=m.group("kind").strip(),
                     question_direction="better" if m.group("verb").lower() in _FIXING else "worse")
    if _ANY_PROBLEMS.match(q):
        return Route("top", reason="asks what problems there are", focus="issues")
    if m := _WHAT_WE_HAVE.match(q):
        kind = m.group("kind").lower()
        focus = ("requests" if kind.startswith(("request", "feature", "idea", "suggestion", "wish")) else "praise"
                 if kind.startswith(("praise", "compliment")) else "issues")
        return Route("top", reason=f"asks what {focus} there are", focus=focus)
    if _TOP_COMPLAINTS_ABROAD.search(q):
        return Route("top", reason="asks for the top complaints (in another language)", focus="issues",
                     limit=_top_n(q)[0])
    if _BY_VOTES.search(q):  # a feature board's votes, not a topic called "votes" (a tester's answer: no items)
        return Route("top", reason="asks which requests have the most votes", focus="requests", by_votes=True,
                     limit=_top_n(q)[0])
    if m := _PRIORITY.search(q):
        return Route("top", reason="asks what to work on first", focus="requests" if m.group(1) else "issues",
                     priority=True)
    if (split := breakdown_of(q)) and not _CUSTOMERS.search(q):
        column, subject = split
        subject = _AVERAGE.sub(" ", subject)  # "Average rating by platform?": every split gives the ratings
        focus = focus_of(q)
        rated = _WHICH_RATED.match(q)
        # "the most negative feedback" is the most complaints, not the lowest average rating (an analytics tester's
        # "Which source has the most negative feedback?" led with G2's 3.33 stars over 302 complaining tickets)
        order = None if not rated or re.match(r"most\s+(?:neg|pos)", rated.group(2), re.I) else "worst" if re.match(
            r"worst|lowest|poorest", rated.group(2), re.I) else "best"
        topic = topic_words(subject)
        # "Which countries are most affected?" after a question about verification: verification by country
        if not topic and previous and _split_of_it(q):
            topic = route_question(previous).topic
        return Route("count", topic=topic, reason=f"asks for counts by {column}", focus=focus,
                     breakdown=column, breakdown_order=order)
    if (splits and (m := _MOST_COMMON_OF.match(q)) and m.group(1).lower() not in _FEEDBACK_WORDS | _PEOPLE_WORDS
            | _KIND_NOUNS | {"reason", "reasons", "word", "words", "praise"}):
        return Route("count", reason=f"asks which {group_name(m.group(1))} is most common", focus=focus_of(q),
                     breakdown=group_name(m.group(1)), instead=_route(q, previous, splits=False))
    if (splits and (m := _WHICH_HAS.match(q)) and not _CUSTOMERS.search(q)
            and m.group(1).lower() not in _FEEDBACK_WORDS | _PEOPLE_WORDS):
        column = group_name(m.group(1))
        return Route("count", topic=topic_words(m.group(2)), reason=f"asks which {column} have it",
                     focus=focus_of(q), breakdown=column, instead=_route(q, previous, splits=False))
    if _CUSTOMERS.search(q):
        described = re.sub(_DESCRIBED_ACCOUNTS, r"\1 \2", q, flags=re.I)  # the describing word is no topic
        described = re.sub(_WHICH_KIND_AFFECTED, r"\1 \2", described, flags=re.I)  # "Which restaurant accounts"
        topic = " ".join(w for w in topic_words(described).split() if w.lower() not in _CUSTOMER_FRAME)
        return Route("customers", topic=topic, reason="asks which customer accounts are affected")
    release = release_of(q)
    about = release and _about_release(q)
    if release and not _COUNT.search(q) and (_FIXED.search(q) or _MOVED.search(q) or _CHANGE.search(q)
                                             or about):
        frame = _IMPACT_FRAME | (_RECEPTION if about else set())
        named = _RELEASE_DAY.sub(" ", q) if release.startswith("day:") else q  # the day is no topic word
        # ... nor the event it is named by ("after the price increase on 2026-08-01")
        named = _RELEASE_DATE.sub(" ", named) if release.startswith("date:") else named
        topic = " ".join(w for w in topic_words(named).split() if w.lower() not in frame)
        direction = "worse" if _WORSE.search(q) else "better" if _BETTER.search(q) else "either"
        # "Did firmware 2.8.0 cause the 80% stops?": the versions of the firmware's column
        kind = m.group(1) if release.startswith("version:") and (m := re.search(
            rf"\b(firmware|fw|sdk|api|plugin|extension|driver)\s+(?:version\s+|release\s+)?v?"
            rf"{re.escape(release.partition(':')[2])}(?![\d.])", q, re.IGNORECASE)) else ""
        topic = " ".join(w for w in topic.split() if w.lower() != kind.lower())  # the kind is no topic word
        return Route("impact", topic=topic, reason="asks what a release fixed or broke", release=release,
                     question_direction=direction, release_kind=kind)
    since_version = (m.group(1) if (m := _SINCE_VERSION.search(q)) else None)
    after = None if since_version or not _COUNT.search(q) else _AFTER_VERSION.search(q)
    since_version = after.group(1) if after else since_version
    if (m := _BRIEFING.search(q)) and not _COUNT.search(q) and not [
            w for w in topic_words(q[:m.start()] + " " + q[m.end():]).split() if w.lower() not in _BRIEFING_WORDS]:
        return Route("top", reason="asks for an overview to report", focus="all")
    if _SURPRISE.search(q) and not _COUNT.search(q):
        kind, reason = "change", "asks what stands out: what moved"
    elif _CHANGE.search(q) or (since_version and not _COUNT.search(q)):
        kind, reason = "change", "asks how something changed over time"
    elif _COUNT.search(q):
        kind, reason = "count", "asks for a number"
    elif _TOP.search(q):
        kind, reason = "top", "asks for the largest themes"
    else:
        if previous and is_follow_up(q) and not [w for w in topic_words(q).split() if w.lower() not in ONLY_WORDS] \
                and not _ASKS_WHAT.search(q):
            # "And on Android?" after "How many people mention heart rate sync?" (the platform already taken out as
            # a filter): the same count, narrowed; a tester's got a lookup of the items retrieved instead
            earlier = route_question(previous)  # as it was answered: "What do users complain about?" is a top list
            # ... and "Did 5.3 fix the photo upload problem?" the release's before and after (an insurance tester's
            # "And on iOS?" listed the iOS complaints)
            if earlier.kind in ("count", "top", "change", "impact"):
                return replace(earlier, reason=f"{earlier.reason}, narrowed by a follow-up")
        topic = topic_words(q)
        if m := _BRIEFING.search(q):  # "What should I tell the team about the offline maps bug?": the bug
            topic = " ".join(w for w in topic_words(q[:m.start()] + " " + q[m.end():]).split()
                             if w.lower() not in _BRIEFING_WORDS) or topic
        return Route("lookup", topic=topic, reason="asks about specific feedback")
    limit = None
    if kind == "top":
        limit, q = _top_n(q)
    if kind == "change":
        q = _GETTING.sub(" ", q)
    topic = topic_words(q)
    if after:  # "How many after 4.6.0?": the word says when, not what
        topic = " ".join(w for w in topic.split() if w.lower() not in ("after", "from"))
    # "top issues"; "how many users complain about ads" counts the complaints among the items about ads
    focus = focus_of(q) if kind in ("top", "count") else "all"
    if kind == "top" and (m := re.match(_HURTS_MOST, q, re.IGNORECASE)):
        topic = " ".join(w for w in topic.split() if w.lower() != m.group(1).lower())
    if kind == "top" and _LEARNED.search(q):  # "What did we learn from ...": the words of asking are no subject
        topic = " ".join(w for w in topic.split() if w.lower() not in _LEARNED_WORDS)
    if kind == "top" and focus != "all":  # "the top bugs": the kind is the focus, not a word to search for
        topic = " ".join(w for w in topic.split() if w.lower() not in _KIND_NOUNS)
    if kind == "count" and focus != "all":  # "How many people are unhappy with the price?": the feeling is the focus
        # (a tester's counted "No feedback items about 'unhappy price'" over 110 pricing complaints)
        topic = " ".join(w for w in topic.split() if w.lower() not in _FEELINGS) or topic
    if kind == "change" and topic and {w.lower() for w in topic.split()} <= _MOOD:
        topic = ""
    if kind == "change" and _SURPRISE.search(q):
        topic = " ".join(w for w in topic.split() if w.lower() not in _SURPRISE_WORDS)
    onset = False
    if kind == "change" and (m := _ONSET.match(q)):  # "When did the complaints about X start?": X
        topic = topic_words(f"{m.group(1)} {m.group(2) or ''}") or topic
        onset = not re.search(r"\b(?:spike|peak|jump|surge)\s*[?.!]*\s*$", q, re.IGNORECASE)
    elif kind == "change" and (m := _SPIKE_WHEN.match(q) or _RESOLVED.match(q)):  # "When was the spike in X?",
        topic = topic_words(m.group(1)) or topic  # "Are the X complaints resolved?": X
    elif kind == "change" and (m := re.match(_HAPPENED, q, re.IGNORECASE)):  # "When did the X outage happen?": X
        topic = topic_words(m.group(1) or m.group(2)) or topic
    elif kind == "change" and (m := re.match(_DID_CHANGE, q, re.IGNORECASE)):  # "Did X rise in May?": X
        topic = topic_words(m.group(1)) or topic
    # when it happened is asked: its busiest days too
    days = kind == "change" and bool(_SPIKE_WHEN.match(q) or re.match(_HAPPENED, q, re.IGNORECASE))
    if previous and is_follow_up(q):  # "how many of them are on Android?" narrows the previous subject
        earlier = topic_words(previous)
        topic = " ".join(dict.fromkeys(f"{earlier} {topic}".split()))
    return Route(kind, topic=topic, reason=reason, since_version=since_version, focus=focus, limit=limit,
                 onset=onset, peak_days=days)


# Words of a question about how a release went, not about a topic: "How was the last update received?", "What should
# I tell leadership about this release?", "How did the 4.4 release go?".
_RECEPTION = set("""received receive receiving reception go goes went going land landed landing do doing done perform
performing performed react reacted reaction reactions response think thought say tell leadership management execs
executives exec stakeholders board team should i we you summarize summarise summary feedback people sentiment
reviews overall impression impressions""".split())


def _about_release(question: str) -> bool:
    """A release named with no other subject (how it went), and not as the version users are on ("users on 4.4.2")."""
    if re.search(r"\b(?:on|of|using|running|with|from)\s+(?:the\s+)?(?:(?:app|ios|android|web|desktop|mobile|firmware)\s+)?"
                 r"(?:version|v|release|build)?\s*\d", question, re.I):  # "users on app version 5.2.3" (a wearable
        # tester's was the release's impact: "No theme has significantly more or less feedback after 5.2.3")
        return False
    words = [w for w in topic_words(question).split() if w.lower() not in _IMPACT_FRAME | _RECEPTION]
    return not words


def names_customers(question: str) -> bool:
    """Does the question ask about customer accounts or revenue (the customers route)?"""
    return bool(_CUSTOMERS.search(question))


def release_of(question: str) -> str | None:
    """The release a question names: ``version:4.4``, ``month:october`` (``month:october:2026``),
    ``date:2026-10-28``, ``day:november:10`` (``day:november:10:2026``) or ``latest`` ("the last update"); ``None``
    when it names none (or only "since version X", a ``change`` question)."""
    if (m := _RELEASE_VERSION.search(question)) and not _SINCE_VERSION.search(question):
        return f"version:{m.group(1)}"
    if m := _RELEASE_DAY.search(question):
        month, day, year = next(m.groups()[i:i + 3] for i in (0, 3, 6) if m.group(i + 1))
        month = next(name for name in _MONTHS if name.startswith(month.lower()[:3]))
        return f"day:{month}:{int(day)}" + (f":{year}" if year else "")
    if m := _RELEASE_MONTH.search(question):
        return f"month:{m.group(1).lower()}" + (f":{m.group(2)}" if m.group(2) else "")
    if m := _RELEASE_DATE.search(question):
        return f"date:{m.group(1) or m.group(2) or m.group(3)}"
    if _LATEST_RELEASE.search(question):
        return "latest"
    return None


def is_follow_up(question: str) -> bool:
    """Questions that start with "and"/"what about" or use pronouns lean on the previous turn ("and on Android?",
    "why do they…")."""
    return bool(_FOLLOW_UP.search(question))


# The people counted, named as the product's own ("How many riders complain about battery range?": a tester's count
# was about 'riders battery range'), when what follows is what they do, not a kind of feedback ("staff complaints").
_WHO = (r"riders?|drivers?|passengers?|patients?|students?|members?|subscribers?|owners?|travell?ers?|diners?|"
        r"parents?|tenants?|visitors?|viewers?|readers?|fans?|gamers?|developers?|devs|engineers?|sellers?|hosts?|"
        r"creators?|workers?|nurses?|doctors?|clinicians?|hikers?|runners?|cyclists?|commuters?|learners?|teachers?|"
        r"merchants?|agents?|admins?|managers?|employees?|staff|shoppers?|buyers?|guests?|players?|clients?|"
        # the partners a product sells through ("What do brokers want us to build most?": an insurance tester's
        # searched for 'brokers'), and others it works with
        rf"{partner_words()}|affiliates?|advisers?|advisors?|suppliers?|vendors?|carriers?|couriers?|landlords?|"
        r"recruiters?|candidates?|policyholders?")
# Who the feedback is from, asked about as the feedback as a whole: "What do developers love?" is "What do users
# love?" (a developer-platform tester's "What do developers love about Relaywire?" searched for 'developers').
# "the single top complaint", "the single biggest problem", "our number one request", "the #1 issue": the top one (a
# telehealth tester's "What is the single top complaint?" counted the items about 'single'); "single sign-on" stays
_BUGS = re.compile(r"\b(?:bugs?|crash(?:es)?|defects?|glitch(?:es)?)\b", re.IGNORECASE)
_NOT_ONLY_BUGS = re.compile(r"\b(?:issues?|problems?|complaints?|complain\w*|pain\s+points?|frustrat\w*)\b",
                            re.IGNORECASE)
# "What are the different pricing complaints?", "What kinds of payout issues are there?", "the main pricing
# complaints": the largest themes of those (a marketplace tester's abstained, 'different pricing' its subject)
_KINDS_OF = re.compile(r"\b(?:the\s+)?(?:different|various|main|kinds?\s+of|types?\s+of|sorts?\s+of)\s+"
                       r"(?=(?:[\w-]+\s+){1,2}(?:complaints?|issues?|problems?|requests?|bugs?)\b)", re.IGNORECASE)
_SINGLE_TOP = re.compile(r"(?:\b(?:single\s+(?:top|biggest|largest|greatest|most\s+common|main)|number\s+one|no\.\s*1)|"
                         r"(?<![\w#])#\s*1(?!\d))"
                         r"\s+(?=(?:\w+\s+)?(?:complaints?|issues?|problems?|requests?|bugs?|themes?|topics?|"
                         r"pain\s+points?|frustrations?|reasons?|features?)\b)", re.IGNORECASE)
_WHO_ASKED = re.compile(rf"(\bwhat\s+(?:do|did|does)\s+(?:our\s+|the\s+|most\s+)?)(?:{_WHO})(?=\s+(?:love|like|"
                        rf"enjoy|appreciate|hate|dislike|say|think|want|wish|need|complain|ask|value|praise)\w*\b)",
                        re.IGNORECASE)
_WHO_COUNTED = re.compile(
    rf"(?<=\bhow many )(?:[a-z][\w-]*\s+)?(?:{_WHO}|"
    r"accounts?|companies|teams?|participants?|interviewees?|respondents?|reviewers?)(?=\s+(?:complain(?:ed|ing)?|say|"
    r"said|mention(?:ed)?|report(?:ed)?|ask(?:ed)?|want(?:ed)?|wish(?:ed)?|request(?:ed)?|had|have|are|were|can|"
    r"cannot|could|do|did|don't|didn't|can't|love[d]?|like[d]?|hate[d]?|hit|get|got|experienced?|struggle[d]?|"
    r"find|found|think|feel|felt|need(?:ed)?|gave|give|rated?|threaten(?:ed)?|expect(?:ed)?|used?|still|also|never|"
    r"would|will|won't)\b)",
    re.IGNORECASE)


# What a question asks of the answer's form, not its subject: "Show the monthly numbers.", "in one paragraph", "and
# from which sources?" (a grocery tester's counts were about 'missing monthly numbers' and 'missing one paragraph').
_SCAFFOLD = re.compile(
    r"\b(?:please\s+)?(?:show|give|list|include|add)\s+(?:me\s+|us\s+)?(?:the\s+|a\s+)?(?:monthly\s+|weekly\s+|daily\s+)?"
    r"(?:numbers|figures|counts|totals|breakdown|trend|quotes|examples)\b|"
    r"\b(?:give|show|list|find)\s+(?:me\s+|us\s+)?(?:the\s+|a\s+|some\s+)?(?:one|two|three|four|five|\d+)?\s*"
    r"(?:customer\s+|user\s+|real\s+)?(?:quotes?|examples?|verbatims?)\b|"
    r"\b(?:in|as)\s+(?:one|a|two|three|four|five|\d+)\s+(?:short\s+)?(?:paragraphs?|sentences?|bullets?|bullet\s+points?|"
    r"words?|lines?)\b|\b(?:and\s+)?(?:from\s+)?which\s+sources?(?:\s+(?:they|it)\s+(?:come|came)\s+from)?\s*(?=[?.!]|$)|"
    # "Is the feedback on train tickets positive or negative?": the split of sentiment every lookup gives (a travel
    # tester's search looked for the words 'positive negative' and abstained)
    r"\b(?:mostly\s+|more\s+)?(?:positive|good|negative|bad)\s+or\s+(?:positive|good|negative|bad)\s*(?=[?.!]|$)",
    re.IGNORECASE)
# What the answer is for: "for a slide", "for the board deck" (a rental tester's quotes were about 'hidden fees slide',
# and its search for the slide found 1 quote of 26); not "for a SOC 2 report": a subject.
_PURPOSE = re.compile(r"\bfor\s+(?:a|the|my|our|an|this|next\s+week'?s?)\s+(?:\w+\s+){0,2}?(?:slides?|deck|"
                      r"presentation|one-pager|readout|all-hands|board\s+meeting)\s*(?=[?.!]|$)", re.IGNORECASE)


# A person's contact, bank or login details asked for as such ("What is the phone number of the customer who complained
# about funnels?", "What IBAN did a customer give?", "List the customer e-mail addresses"): none is stored, and an
# analytics tester's phone question counted 83 items about 'phone funnels'. Not a subject named by them ("the e-mail
# notification bug", "What phone models crash?", "address book sync").
_PERSONAL_DETAIL = (r"(?:(?:phone|telephone|mobile|cell)\s+numbers?|contact\s+(?:details|info(?:rmation)?|numbers?)|"
                    r"(?:e-?mail|ip)\s+address(?:es)?|e-?mails|(?:(?:home|postal|street|billing|mailing|invoice|"
                    r"delivery|shipping)\s+)?address(?:es)?|ibans?|bank\s+(?:details|account(?:\s+numbers?)?)|"
                    r"(?:credit\s+)?card\s+numbers?|passwords?|api\s+keys?|social\s+security\s+numbers?|"
                    r"dates?\s+of\s+birth)")
_PERSONAL_ASKED = re.compile(
    r"^\s*(?:(?:what|which)(?:'s|’s|\s+is|\s+are|\s+was|\s+were)?|list|give\s+me|show\s+me|tell\s+me|send\s+me|"
    r"find|get|print|export)\s+(?:(?:all|the|their|his|her|its|a|an|any|our)\s+)*(?:[\w'’-]+\s+){0,2}?"
    rf"(?P<detail>{_PERSONAL_DETAIL})\b(?!\s+(?:book|bar|field|form|change|update|validation|autocomplete|lookup|"
    r"feature|notifications?|digest|reports?|alerts?|templates?|settings?|integration|sync|verification|login|step|"
    r"issues?|problems?|bugs?|complaints?|requests?|errors?|fails?|failures?|reset)\b)", re.IGNORECASE)


def personal_asked(question: str) -> tuple[str, str] | None:
    """The personal detail a question asks for and the question without it, or None.

        >>> personal_asked("What is the phone number of the customer who complained about funnels?")
        ('phone number', 'What is the of the customer who complained about funnels?')
        >>> personal_asked("List the customer e-mail addresses")
        ('e-mail addresses', 'List the customer')
        >>> personal_asked("What do customers say about the e-mail digest?"), personal_asked("What phone models crash?")
        (None, None)
    """
    m = _PERSONAL_ASKED.match(question)
    if not m:
        return None
    rest = f"{question[:m.start('detail')]} {question[m.end('detail'):]}"
    detail = " ".join(m.group("detail").split())
    return (detail if re.search(r"[A-Z]{2}", detail) else detail.lower()), " ".join(rest.split())


def without_purpose(question: str) -> str:
    """``question`` without what it asks of the answer's form and what the answer is for ("Give me three quotes
    about hidden fees for a slide." -> "about hidden fees."): the words a search should not look for (a rental
    tester's found 1 quote of 26; "Give me three quotes about ..." over a small store found none)."""
    return re.sub(r"\s+([?.!])", r"\1", " ".join(_SCAFFOLD.sub(" ", _PURPOSE.sub(" ", question)).split()))


# "What drives detractors?", "What is driving the complaints?": reasons asked for, not a subject ("Google Drive" is one)
_DRIVES = re.compile(r"\bwhat\s+(?:drives|drove|(?:is|are|was|were)\s+driving)\b", re.IGNORECASE)


# "what does each plan complain about?", "for every platform": the groups a split names, no subject (a streaming
# tester's comparison of two plans counted the items about 'each plan')
_EACH_GROUP = re.compile(r"\b(?:(?:for|in|of|from)\s+)?(?:each|every)\s+(?:plan|tier|segment|platform|device|country|"
                         r"region|market|source|channel|version|release|store|group|cohort|language|month|week)s?\b",
                         re.IGNORECASE)


# "What are customers asking us to build?": what we are asked to make is the request, not a subject (an insurance
# tester's top list was of the items about 'build')
_BUILD_US = re.compile(r"\b(?:us|you|the\s+team|the\s+company)\s+to\s+(?:build|add|make|create|ship|develop|"
                       r"implement|offer|introduce)(?:\s+next)?\b|"
                       # "What do respondents say we could do better?" (an insurance tester's searched for 'could')
                       r"\b(?:(?:that|what)\s+)?(?:we|you|they)\s+(?:could|should|can|must|need\s+to)\s+(?:do\s+better|"
                       r"improve|change|fix)(?:\s+on)?\b|\b(?:could|should|can|must)\s+(?:we|you)\s+(?:do\s+better|"
                       r"improve|change|fix)(?:\s+on)?\b|"
                       # "What do we know about Harbour?": what the feedback says
                       r"\b(?:do|does|did)\s+(?:we|you|i)\s+(?:know|learn|hear)\b|"
                       # "What do Gold brokers care about most?": what they say most
                       r"\b(?:care|cares|cared)\s+(?:(?:the\s+)?most\s+)?about(?:\s+(?:the\s+)?most)?(?=\s*[?.!]*\s*$)",
                       re.IGNORECASE)
# The partner companies whose feedback it is: "How many broker requests are planned?" (an insurance tester's counted
# the items about 'broker')
_PARTNERS_OWN = re.compile(rf"\b(?:{partner_words()}|clients?)(?:['’]s?)?\s+(?=(?:feature\s+)?"
                           r"(?:requests?|ideas?|suggestions?|feedback|wishes|complaints?|issues?|problems?)\b)",
                           re.IGNORECASE)
# "How many distinct customers gave feedback?": giving it is no subject (an HR tester's counted items about 'gave')
_GAVE_FEEDBACK = re.compile(r"\b(?:gave|give|given|giving|left|leave|sent|send|submitted|submit|provided|provide|"
                            r"shared|share|wrote|written|write)\s+(?:us\s+)?(?:(?:a|an|any|some)\s+)?"
                            r"(?:feedback|reviews?|comments?|responses?|answers?|ratings?|tickets?)\b", re.IGNORECASE)
# ... and said after them: "How many tickets did Brightwave send?" (a broker's count was of items about 'send')
_GAVE_AFTER = re.compile(r"\b(?P<what>feedback|reviews?|comments?|responses?|answers?|ratings?|tickets?|messages?|"
                         r"e-?mails?|conversations?|complaints?|requests?|users|customers|how\s+many)\b"
                         r"(?P<who>\s+(?:did|do|does|have|has|had)(?:\s+[\w'’-]+){1,3}?)\s+(?:sen[dt]|submit(?:ted)?|"
                         r"file[ds]?|open(?:ed)?|raise[ds]?|log(?:ged)?|write|written|wrote|leave|left|give|given|gave|"
                         r"share[ds]?|post(?:ed)?)\b(?=\s*[?.!]*\s*$|\s+(?:about|regarding|on|concerning|mentioning|"
                         r"that|which)\b)",
                         re.IGNORECASE)


_NO_COMMENT = re.compile(r"\b(?:(?:had|have|has|with|left|leave|leaving|gave|give|giving)\s+)?"
                         r"(?:no|an?\s+empty|a\s+blank)\s+(?:comments?|text|written\s+answers?)\b|"
                         r"\b(?:(?:left|submitted|sent|given)\s+)?without\s+(?:a\s+|any\s+)?(?:comments?|text)\b",
                         re.IGNORECASE)


def topic_words(question: str) -> str:
    """The words of a question that name its subject ("How many users mention offline maps?" -> "offline maps")."""
    question = _EACH_GROUP.sub(" ", without_purpose(question))
    question = _DRIVES.sub(" ", question)
    question = PRICE_ASKED.sub(" price ", question)  # "how much we charge"
    question = _WHO_COUNTED.sub(" ", _AGAINST_BEFORE.sub(" ", question))
    # "Do customers have any complaints at all?" (a travel tester's searched for 'at')
    question = re.sub(r"\bat\s+all\b", " ", question, flags=re.IGNORECASE)
    # "How many NPS responses had no comment?": the answers with an empty comment, which every count of the survey
    # gives, not items about 'no' (a fitness tester's)
    question = _NO_COMMENT.sub(" ", question)
    question = re.sub(r"\b(?:pieces?|bits?)\s+of\b", " ", question, flags=re.IGNORECASE)  # "How many pieces of
    # feedback do we have?" (a wearable tester's counted items about 'pieces')
    question = _GAVE_AFTER.sub(r"\g<what>\g<who> ", _GAVE_FEEDBACK.sub(" ", _BUILD_US.sub(" ", question)))
    question = _PARTNERS_OWN.sub(" ", question)
    question = _STILL_COMING.sub(" ", question)
    # "since October 1" whole, before "since <word>" (a streaming tester's "What changed since October 1?" read
    # '1' as the subject)
    q = re.sub(r"\bsince\s+\S+(?:\s+\d{4})?|\b(?:last|past|previous)\s+\d*\s*\w+|\b(?:this|the\s+current)\s+(?:week|month|year)\b",
               " ", _FROM_DAY.sub(" ", _AFTER_MONTH.sub(" ", question)), flags=re.IGNORECASE)
    # "in September 2026", "the week of 20 July", "on October 9", "in 2025": windows, not subjects
    q = _IN_YEAR.sub(" ", _IN_MONTH.sub(" ", _WEEK_OF.sub(" ", _ON_DAY.sub(" ", q))))
    q = re.sub(r"\d{4}-\d{1,2}-\d{1,2}|\d+(?:\.\d+)+", " ", q)
    from retrieval.lexical import segment  # jieba only loads for Chinese text

    found = _TOPIC_WORD.findall(segment(q))
    # "logged out" is what happened to them, not how a ticket was filed (a fitness tester's "How many people were
    # logged out after 3.5.0?" counted items about 'out')
    words = [w for i, w in enumerate(found) if w.lower() not in _FRAME and w.lower() not in _MONTHS
             or w.lower() == "logged" and found[i + 1:i + 2] and found[i + 1].lower() in ("out", "off")]
    if len(words) > 1 and (abroad := _FRAME_ABROAD.get(detect_language(question))):
        words = [w for w in words if w.lower() not in abroad] or words
    return " ".join(words)


def topic_alternatives(question: str, topic: str) -> list[str]:
    """The two subjects of a topic named as "A or B" ("How many items are about Apple Pay or Google Pay?" ->
    ["Apple Pay", "Google Pay"]; "crashes, freezes or hangs": three): a neobank tester's count took all four words
    as one subject and found the items that hold them all. [] unless the question has one "or" and the subject words
    on its sides are the topic's words
    ("Do iOS or Android users complain about login?": its topic is login, the platforms are filters)."""
    parts = re.split(r",?\s+or\s+", question, flags=re.IGNORECASE)
    if len(parts) != 2 or not topic:
        return []
    listed = parts[0].split(",")  # "crashes, freezes or hangs"
    if len(listed) > 1 and all(len(x.split()) <= 4 for x in listed[1:]):
        parts = [*listed, parts[1]]
    sides = [topic_words(part) for part in parts]
    if not all(sides) or " ".join(sides).lower().split() != topic.lower().split():
        return []
    return sides


# A word, or a name written with its domain ("Booking.com", "Monday.com"), which stays one word: a rental tester's
# "How many reviews mention Booking.com?" counted 'Booking com', and found none of the 36 items that name it.
HOST_NAME = r"(?:[^\W_]+\.)+(?:com|net|org|io|ai|app|co)(?![\w.])"
_TOPIC_WORD = re.compile(rf"{HOST_NAME}|[^\W_]+", re.UNICODE)


def _month_start(name: str, year_named: str | None, latest: datetime) -> datetime:
    """The first day of the month ``name`` in the year named, else the latest such month up to ``latest``."""
    month = _MONTHS[name.lower()]
    year = int(year_named) if year_named else (latest.year if month <= latest.month else latest.year - 1)
    return datetime(year, month, 1, tzinfo=timezone.utc)


# "What changed between September and October?", "from September to October", "September vs October": a developer-
# platform tester's was answered with the last 30 days against the 30 before.
_M = "|".join(_MONTHS)
_TWO_MONTHS = re.compile(rf"\b(?:between\s+(?P<a>{_M})(?:\s+(?P<ay>\d{{4}}))?\s+and|from\s+(?P<c>{_M})(?:\s+(?P<cy>\d{{4}}))?\s+"
                         rf"to|(?P<e>{_M})(?:\s+(?P<ey>\d{{4}}))?\s+(?:vs\.?|versus|compared\s+(?:to|with)|against))\s+"
                         rf"(?P<b>{_M})(?:\s+(?P<by>\d{{4}}))?\b", re.IGNORECASE)


def _month(start: datetime, end: datetime, before: "Period | None" = None) -> Period:
    """The calendar month from ``start``, cut at ``end`` (the newest item), described in words."""
    stop = min(datetime(start.year + (start.month == 12), start.month % 12 + 1, 1, tzinfo=timezone.utc), end)
    return Period(start, stop, f"in {start:%B %Y} ({start:%Y-%m-%d} to {stop - timedelta(days=1):%Y-%m-%d})", before)


_UNIT_DAYS = {"day": 1, "week": 7, "month": 30, "year": 365}
# "this month" when the newest item is in the month's first tenth (3 days; a week's Monday) means the last 30 (7)
# days: one ticket stamped 00:30 UTC on the 1st, late on the 30th where it was written, made "this month" one item
JUST_BEGUN = 0.1


def _on_day(question: str) -> re.Match | None:
    """The day a question is about ("on 2026-09-09"), not one it measures from ("How did NPS change after the price
    increase on 2026-09-01?": before and after that day)."""
    if re.search(r"\b(?:after|before|since|until|change[sd]?|changing)\b", question, re.IGNORECASE):
        return None
    return _ON_DAY.search(question)


def _day_named(m: re.Match, latest: datetime) -> datetime | None:
    """The day ``_ON_DAY`` matched, midnight UTC; a day without its year is the latest one up to ``latest``."""
    if m.group("iso"):
        day = parse_date(m.group("iso"))
        return None if day is None else day.replace(hour=0, minute=0, second=0, microsecond=0,
                                                    tzinfo=day.tzinfo or timezone.utc)
    month = _MONTHS[(m.group("m1") or m.group("m2")).lower()]
    number = int(m.group("d1") or m.group("d2"))
    year = int(m.group("y")) if m.group("y") else latest.year - ((month, number) > (latest.month, latest.day))
    try:
        return datetime(year, month, number, tzinfo=timezone.utc)
    except ValueError:
        return None


def parse_period(question: str, latest: datetime, earliest: datetime | None = None) -> Period | None:
    """The window a change question is about, anchored at the newest stored feedback (``latest``), not today:
    an export from last quarter still answers "the last 30 days" about its own last 30 days."""
    end = latest + timedelta(seconds=1)
    if m := _TWO_MONTHS.search(question):  # "between September and October": October against September
        named = next((m.group(k), m.group(k + "y")) for k in "ace" if m.group(k))
        first, second = sorted((_month_start(*named, latest), _month_start(m.group("b"), m.group("by"), latest)))
        if first != second:
            return _month(second, end, before=_month(first, end))
    if m := _WEEK_OF.search(question):
        if m.group("iso"):
            day = parse_date(m.group("iso"))
        else:
            month = _MONTHS[(m.group("m1") or m.group("m2")).lower()]
            year = int(m.group("y")) if m.group("y") else (latest.year if month <= latest.month else latest.year - 1)
            try:
                day = datetime(year, month, int(m.group("d1") or m.group("d2")))
            except ValueError:
                day = None
        if day is not None:
            start = (day.replace(tzinfo=timezone.utc) if day.tzinfo is None else day) - timedelta(days=day.weekday())
            start = start.replace(hour=0, minute=0, second=0, microsecond=0)
            return Period(start, start + timedelta(days=7), f"the week of {start:%Y-%m-%d}")
    if m := _on_day(question):
        day = _day_named(m, latest)
        if day is not None:
            return Period(day, day + timedelta(days=1), f"on {day:%Y-%m-%d}")
    if (m := _SINCE_DATE.search(question)) and (start := parse_date(m.group(1))):
        start = start if start.tzinfo else start.replace(tzinfo=timezone.utc)
        return Period(start, end, f"since {start:%Y-%m-%d}")
    if (m := _FROM_DAY.search(question)) and (start := _day_named(m, latest)) is not None:
        return Period(start, end, f"since {start:%Y-%m-%d}")
    if m := _SINCE_MONTH.search(question):
        start = _month_start(m.group(1), m.group(2), latest)
        return Period(start, end, f"since {start:%Y-%m-%d}")
    if m := _AFTER_MONTH.search(question):
        month = _month_start(m.group(1), m.group(2), latest)
        start = (month + timedelta(days=32)).replace(day=1)
        return Period(start, end, f"since {start:%Y-%m-%d}")
    if m := _in_month(question):  # "in September": that calendar month, the latest one up to the newest item
        return _month(_month_start(m.group(1), m.group(2), latest), end)
    if m := _IN_YEAR.search(question):
        year = int(m.group(1))
        start = datetime(year, 1, 1, tzinfo=timezone.utc)
        stop = min(datetime(year + 1, 1, 1, tzinfo=timezone.utc), max(end, start))
        return Period(start, stop, f"in {year} ({start:%Y-%m-%d} to {stop - timedelta(days=1):%Y-%m-%d})")
    if m := _THIS.search(question):  # "this month": from the start of the newest item's calendar month
        unit = m.group(1).lower()
        day = latest.replace(hour=0, minute=0, second=0, microsecond=0)
        start = (day - timedelta(days=day.weekday()) if unit == "week" else
                 day.replace(day=1) if unit == "month" else day.replace(month=1, day=1))
        length = _UNIT_DAYS[unit]
        if (day - start).days < max(1, int(length * JUST_BEGUN)):  # the export ends just as the unit begins
            rolling = end - timedelta(days=length)
            return Period(rolling, end, f"this {unit}: the feedback ends on {latest:%Y-%m-%d}, as the {unit} "
                                        f"begins, so the last {length} days ({rolling:%Y-%m-%d} to {latest:%Y-%m-%d})")
        return Period(start, end, f"this {unit} ({start:%Y-%m-%d} to {latest:%Y-%m-%d})")
    if m := _RELATIVE.search(question):
        n = int(m.group(1) or 1)
        days = _UNIT_DAYS[m.group(2).lower()] * n
        start = end - timedelta(days=days)
        return Period(start, end, f"the last {days} days (to {latest:%Y-%m-%d})")
    if m := _LATELY.search(question):
        start = end - timedelta(days=_UNIT_DAYS["month"])
        return Period(start, end, f"{m.group(0).lower()}: the last {_UNIT_DAYS['month']} days (to {latest:%Y-%m-%d})")
    return None

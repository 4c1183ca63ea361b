"""What the columns of an export mean, and turning raw rows into feedback records.

Detects the text, date, rating, source, user, segment, version, external-id and title columns from common names
(and, for text and date, from content; a title goes in front of the text it heads; a survey's NPS question is the
rating); an explicit ``--map COL=FIELD`` wins; every other column is kept as metadata. When a file has both a
description or body and comments (Jira, Zendesk), the description is the text. The date is the column whose name
says date or time, preferring when the feedback was given (created, submitted, recorded) over a plain date, a start,
and an end or update, and never a column named as an id, number or code or a date of birth; only when no name says
so, the first column whose values read as dates (bare numbers do not: they are ids more often than epoch times).
The rating column's scale comes from its bare numbers (``rating_scale``); values that state their own scale ("8/10",
"4 stars") are read on it (``retrieval.ratings``); dates are read by ``retrieval.dates``.

Not handled here: reading the files (``loaders``) and turning one row into an item (``rows``).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from retrieval.dates import day_first, parse_date
from retrieval.errors import UserError
from retrieval.languages import latin_language
from retrieval.loaders import LoadedFile
from retrieval.ratings import NPS_BANDS, AboveScale, BelowScale, parse_rating, read_rating

# Read here, and imported from here by the rest of the product since before they had their own modules.
__all__ = ["AboveScale", "BelowScale", "NPS_BANDS", "day_first", "parse_date", "parse_rating"]

FIELDS = ("text", "date", "rating", "source", "user", "segment", "version", "external_id", "title")

FIELD_NAMES: dict[str, tuple[str, ...]] = {
    # Earlier names win: a ticket's or issue's description or body is the feedback, its comments (Jira, Zendesk:
    # often the agents' replies, repeated as "Comment", "Comment_2") are kept as metadata; comments are the text
    # only when nothing else is.
    "text": ("text", "review", "review_text", "body", "content", "feedback", "feedback_text", "review_body", "message",
             "description", "verbatim", "details", "detail",  # feature boards (Canny: Title, Details)
             # Trustpilot's "Review Content" beside "Review Title" (a tester's 200 reviews were stored as their
             # titles: "Disappointed", "Great!")
             "review_content", "review_comment", "comment_text", "response_text", "answer_text", "message_body",
             "post_content", "ticket_description",
             # Discourse's post as rendered HTML (a streaming tester's forum posts; beside "topic.title", longer than
             # its "Same here." replies)
             "cooked",
             # German, French, Spanish, Portuguese, Italian, Dutch, Polish, Russian, Chinese, Japanese, Korean
             "rezension", "beschreibung", "avis", "resena", "descripcion", "opiniao", "descricao", "recensione",
             "descrizione", "recensie", "beschrijving", "opinia", "opis", "отзыв", "описание", "текст", "评论", "評論",
             "反馈", "内容", "內容", "レビュー", "本文", "리뷰", "후기", "내용",
             "comment", "comments", "response", "answer", "note", "notes", "kommentar", "commentaire", "comentario",
             "commento", "opmerking", "komentarz", "комментарий", "コメント", "댓글"),
    "rating": ("rating", "score", "stars", "star_rating", "star", "nps", "nps_score",
               "bewertung", "sterne", "etoiles", "valoracion", "puntuacion", "calificacion", "estrellas", "avaliacao",
               "estrelas", "valutazione", "stelle", "beoordeling", "sterren", "ocena", "gwiazdki", "оценка",
               "рейтинг", "评分", "評分", "评级", "評級", "星级", "星級", "評価", "評点", "평점", "별점"),
    "source": ("source", "channel", "origin", "store"),
    # a customer's e-mail before its id: the address joins the customer file (a shift-scheduling tester's Churnkey
    # export, "Customer ID" beside "Customer Email", was joined to no account)
    # an e-mail before an id of the same person: Intercom's "user.email" beside "user.id" (a neobank tester's
    # conversations were keyed by "user.id", and none joined the customer file, which is keyed by e-mail)
    "user": ("user", "user_email", "user_id", "userid", "author", "email", "customer", "customer_email", "customer_id",
             "reviewer", "username", "user_name", "account_id", "requester_email", "requester_id", "requester",
             # Canny's posts carry "Author Email" beside "Author Name": the address joins the customer file
             "author_email", "reviewer_email", "reporter_email",
             "reviewer_name", "author_name", "nickname", "submitter", "submitter_email", "reviewer_nickname",
             "speaker", "participant", "interviewee", "email_address", "respondent_email", "recipient_email",
             "reporter",
             # HubSpot's ticket export names the requester "Contact email" (an invoicing tester's 209 tickets had
             # no author, so no ticket joined its customer's account); a CRM's contact list the same
             "contact_email", "contact_email_address", "contact_id", "client_email", "buyer_email",
             "customer_email_address", "requester_email_address",
             # in German, French and Spanish forms (a neobank tester's Google Forms survey, "E-Mail-Adresse")
             "e_mail_adresse", "email_adresse", "e_mail", "adresse_e_mail", "adresse_email", "courriel",
             "correo_electronico", "correo",
             # a billing tool's cancellation export names its customer "subscriber_id" (a food-delivery tester's
             # 3 cancellations that gave the same comment on the same day were stored as one)
             "subscriber_id", "subscriber_email", "subscriber"),
    "segment": ("segment", "plan", "tier", "subscription", "customer_segment", "pricing_plan", "market_segment"),
    # Google Play's review export has "App Version Code" (an integer) and "App Version Name" (what users see): the name.
    "version": ("version", "app_version", "appversion", "app_version_name", "version_name", "release", "build",
                "app_build", "app_version_code", "version_code", "affects_version_s", "affects_versions",
                "affects_version", "affected_version", "affected_versions", "found_in_version",
                # the version of what a customer installed of the product: an SDK, a library, an agent, a plugin (an
                # analytics tester's tickets' "SDK Version" 5.2.0 was no version, so no release dated them)
                "sdk_version", "library_version", "client_version", "agent_version", "plugin_version",
                "extension_version", "firmware_version"),
    "external_id": ("id", "ticket_id", "review_id", "external_id", "response_id", "feedback_id", "item_id",
                    "issue_key", "conversation_id", "respondent_id", "submission_id", "entry_id", "case_id",
                    "case_number", "ticket_number", "post_id", "comment_id"),
    # A review's or ticket's own headline ("Crashes constantly", "Refund request"): searched and shown with the text.
    "title": ("title", "review_title", "subject", "summary", "headline", "ticket_subject",
              # a feature board's or research repository's own headline ("Note title" beside "Note text": the
              # insight's name, "Apple Pay for premiums", was kept out of every search)
              "note_title", "post_title", "idea_title", "suggestion_title", "feature_title", "insight_title",
              "request_title", "thread_title", "topic_title", "issue_title", "ticket_title", "conversation_subject",
              "email_subject"),
}


# A post's engagement beside its "score" (a forum's or Reddit's): what says the score is one too. Compared with
# ``_norm``'d names, after any "post." or "topic." prefix of a flattened JSON export.
_ENGAGEMENT = re.compile(r"(?:\w+[._])?(?:reply_count|replies|reply|like_count|likes|reads|reads_count|post_number|"
                         r"posts_count|num_comments|comment_count|upvotes?|downvotes?|ups|downs|views|view_count|"
                         r"reactions?|reaction_count)")


def _norm(name: str) -> str:
    """Lower case without accents, words joined by "_", camelCase split ("reviewerNickname" -> "reviewer_nickname",
    "Étoiles" -> "etoiles")."""
    name = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name.strip())
    name = "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch))
    return re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_")


def _norm_any(name: str) -> str:
    """``_norm`` that keeps the letters of every script ("评分", "Дата создания" -> "дата_создания"): only Latin
    and Cyrillic accents go ("Étoiles" -> "etoiles", "звёзды" -> "звезды"), kana and Hangul stay whole."""
    name = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name.strip())
    name = "".join(ch for ch in unicodedata.normalize("NFKD", name) if not "\u0300" <= ch <= "\u036f")
    return re.sub(r"[\W_]+", "_", unicodedata.normalize("NFC", name).lower()).strip("_")


@dataclass
class ColumnMap:
    """Which input column feeds each feedback field; ``None`` where the export has no such column."""

    fields: dict[str, str | None] = field(default_factory=dict)
    rating_scale: int = 5  # the top of the rating column's scale (see ``rating_scale``)
    day_first: bool = False  # the date column writes 01.10.2026 / 13/10/2026 day first (see ``day_first``)
    # The NPS question's column when the rating is another one (stars): a row without a rating takes it from its
    # 0-10 score, in NPS bands; the score stays in the metadata under this name.
    nps_column: str | None = None
    # Review sites' answers in columns of their own ("Pros", "Cons"), a survey's other open questions, or columns
    # mapped as text after the first: each answer is an item of its own, after the text column's
    # (``text_part_names``, ``_question_columns``; ``retrieval.rows.RowConverter.convert_all``).
    text_parts: list[str] = field(default_factory=list)
    # Closed questions answered in columns of their own ("Cancellation Reason": ``names_a_closed_question`` and
    # ``is_choice``): a row that chose an option and left every comment empty is an answer, kept without text.
    choice_columns: list[str] = field(default_factory=list)
    # A tags column whose rows each carry one "plan_..." tag, read as the plan where no column names one
    # (``plan_tags_column``, ``plan_of_tags``).
    segment_tags: str | None = None
    # The date a row takes when its date column is empty, where that column is a cancellation time: a cancel flow's
    # saved sessions have no "canceled_at" (a streaming tester's 30 were undated beside "session_started_at").
    date_fallback: str | None = None

    def get(self, name: str) -> str | None:
        return self.fields.get(name)

    def metadata_columns(self, columns: list[str]) -> list[str]:
        used = {c for c in self.fields.values() if c} | set(self.text_parts)
        return [c for c in columns if c not in used]

    @property
    def text_columns(self) -> list[str]:
        """The columns the text is made of, in order (the text column, then the parts)."""
        return [c for c in (self.fields.get("text"), *self.text_parts) if c]


def detect_columns(loaded: LoadedFile, *, text_col: str | None = None, date_col: str | None = None,
                   mapping: dict[str, str] | None = None) -> ColumnMap:
    """Choose the column for each field. Explicit choices win; raises ``UserError`` if no text column is found."""
    columns = loaded.columns
    explicit: dict[str, str] = {}
    named_parts: list[str] = []  # --map A=text --map B=text: B (and any later one) is an answer of its own
    ignored: list[str] = []  # --map A=none: kept as metadata, read as no field
    for fld, col in (mapping or {}).items():
        if fld == NO_FIELD:
            ignored = col.split(MORE)
            continue
        if fld == "text" and MORE in col:
            col, *named_parts = col.split(MORE)
        explicit[fld] = col
    if text_col:
        explicit["text"] = text_col
    if date_col:
        explicit["date"] = date_col
    for fld, col in [*explicit.items(), *(("text", c) for c in named_parts), *((NO_FIELD, c) for c in ignored)]:
        if fld not in FIELDS and fld != NO_FIELD:
            raise UserError(f"--map {col}={fld}: unknown field '{fld}'.",
                            hint=f"Fields: {', '.join(FIELDS)}, or {NO_FIELD} for a column no field should read.")
        if col not in columns:
            raise UserError(f"{loaded.path}: column '{col}' (for {fld}) not found.",
                            hint=f"Columns in the file: {', '.join(columns[:20])}.")
    result: dict[str, str | None] = dict(explicit)
    taken = set(explicit.values()) | set(ignored)
    coded: list[str] = []  # columns named as text that hold codes (``_coded``): a closed question's answers
    for fld in FIELDS:
        if fld in result:
            continue
        if fld == "date":
            result[fld] = _named_date_column(loaded, taken)
        else:
            result[fld] = column_named(columns, FIELD_NAMES[fld], taken)
            while fld == "text" and result[fld] and _coded(loaded, result[fld]):
                # Stripe's "cancellation_details.feedback" (too_expensive, unused, ...) beside its ".comment": a
                # travel tester's cancellations were stored as their reason codes, and the 73 with a reason and
                # no comment, once the comment was mapped as the text, rejected as empty
                coded.append(result[fld])
                taken.add(result[fld])
                result[fld] = column_named(columns, FIELD_NAMES[fld], taken)
        if result[fld] and fld in _READ_AS and not _mostly(loaded, result[fld], _READ_AS[fld]):
            result[fld] = None  # a "score" of good/bad is kept as metadata instead of rejecting every row
        if fld == "rating" and result[fld] and _norm(result[fld]) == "score" and any(map(names_votes, columns)):
            # a feature board's "Score" beside its "Votes" (Canny) ranks posts by votes: a tester's 154 requests got
            # 1-2 stars, 92 were counted as NPS detractors and the two most-voted posts were rejected as above 100
            result[fld] = None
        if fld == "source" and result[fld] and _mostly(loaded, result[fld], _names_a_channel):
            # a help desk's "Source" (Freshdesk: Email, Portal, Phone, Chat) or a review app's "source" (Judge.me:
            # web, email, import) is how the item came in, kept as a column: as the source it split an e-bike tester's
            # tickets into "Email" and "Chat", and no question about "tickets" or "Judge.me" found them
            result[fld] = None
        if fld == "rating" and result[fld] and _norm(result[fld]) in ("score", "points") \
                and (_off_every_scale(loaded, result[fld]) or _off_every_scale(loaded, result[fld], 5)
                     and any(_ENGAGEMENT.fullmatch(_norm(c)) for c in columns)):
            # a forum's "score" (Reddit's upvotes less downvotes: 0 to 138, or below 0) is no rating: an e-bike
            # tester's Reddit export had 5 comments rejected as above a scale of 100 and the rest read as 1-5; nor a
            # "score" beside a post's replies or likes (Discourse's: a marketplace tester's forum posts were rated)
            result[fld] = None
        if result[fld]:
            taken.add(result[fld])
    if result["external_id"] is None and "external_id" not in explicit and "#" in columns and "#" not in taken:
        result["external_id"] = "#"  # Typeform's response id (it was redacted as a secret in every answer)
        taken.add("#")
    taken.update(named_parts)
    parts = named_parts if "text" in explicit else _text_part_columns(loaded, taken)
    if result["text"] is None and parts:
        result["text"], parts = parts[0], parts[1:]
        taken.add(result["text"])
    if result["text"] is None and result["title"] is not None and "title" not in explicit:
        # a title column is the text only when no other column holds longer sentences (the company's replies aside)
        longer = _guess_text_column(loaded, taken | {c for c in columns if _REPLY.search(_norm(c))})
        if longer and _mean_length(_answers(loaded, longer)) > _mean_length(_answers(loaded, result["title"])):
            result["text"] = longer
        else:
            result["text"], result["title"] = result["title"], None  # a title column alone is the text
    if result["text"] is None:
        result["text"] = _guess_text_column(loaded, taken)
        if result["text"] is None:
            raise UserError(f"{loaded.path}: no text column found (columns: {', '.join(columns[:20])}).",
                            hint="Name it with --text-col COLUMN.")
        if _mostly(loaded, result["text"], lambda v: bool(_EMAIL_OR_LINK.fullmatch(v))):
            # a CRM's accounts file left among the exports: its "Primary contact email" was read as the text of 60
            # items, every one redacted (a shift-scheduling tester's)
            from retrieval.customers import has_revenue_column

            money = has_revenue_column(columns)  # "ARR", "MRR (EUR)", an advertiser's "annual_spend_usd"
            raise UserError(f"{loaded.path}: no text column found: '{result['text']}' holds e-mail addresses or links "
                            f"(columns: {', '.join(columns[:20])}).",
                            hint=("It looks like a customer file (accounts with their revenue): import it with `pma "
                                  "customers import FILE`, or name the feedback column with --text-col COLUMN.")
                            if money else "Name the feedback column with --text-col COLUMN.")
        if names_an_organization(result["text"]) \
                and _mean_length(_answers(loaded, result["text"])) < ACCOUNT_NAME_CHARS:
            # an accounts report left among the exports: a food-delivery tester's 38 restaurants became feedback items
            # whose text was the restaurant's name, dated by the contract's renewal
            raise UserError(f"{loaded.path}: no text column found: '{result['text']}' holds company names, not "
                            f"feedback (columns: {', '.join(columns[:20])}).",
                            hint="It looks like a customer or accounts file: import it with `pma customers import "
                                 "FILE`, or name the feedback column with --text-col COLUMN.")
    if "text" not in explicit and not parts and _is_question(result["text"]):
        parts = _question_columns(loaded, taken | {result["text"]})
    elif "text" not in explicit and any(text_part_names(c) for c in (result["text"], *parts)):
        # a review site's other answers beside its pros and cons: G2's "Overall review" or "What problems is X
        # solving?" (a tester's 59 overall reviews were neither items nor metadata)
        parts += _review_columns(loaded, taken | {result["text"], *parts})
    if result["date"] is None:
        result["date"] = _guess_date_column(loaded, taken | {result["text"]} | set(parts))
    # (a column mapped to none is read by no guess either: a travel tester's `--map "Star Rating=none"` for a hotel's
    # star class was read as the rating by the NPS guess)
    if result["rating"] is None and "rating" not in explicit:
        result["rating"] = _guess_nps_column(loaded, set(result.values()) | set(ignored))
    if result["segment"] is None and "segment" not in explicit:
        result["segment"] = (guess_plan_column(loaded, set(result.values()) | set(ignored))
                             or column_named(columns, COMPANY_SIZE, set(result.values()) | set(ignored)))
    scale = rating_scale(result["rating"], _sample(loaded, result["rating"])) if result["rating"] else 5
    nps = None
    if result["rating"] and not names_nps(result["rating"]) and "rating" not in explicit:
        # "stars" and "nps_score" in one export (app reviews and survey answers): a tester's 115 NPS answers were
        # kept as metadata only, so "What is our NPS?" found no score
        nps = next((col for col in columns if col not in set(result.values()) | set(ignored) and names_nps(col)
                    and _mostly(loaded, col, _is_rating) and rating_scale(col, _sample(loaded, col)) == 10), None)
    parts = [c for c in parts if c not in set(result.values())]
    used = set(result.values()) | set(parts) | {nps}
    choices = [c for c in columns if c not in used and (names_a_closed_question(c) or c in coded)
               and is_choice(_sample(loaded, c))]
    tagged = plan_tags_column(loaded, used) if result["segment"] is None and "segment" not in explicit else None
    fallback = (_same_day_date(loaded, result["date"], set(result.values()) | set(ignored) | {nps})
                if result["date"] and "date" not in explicit and _CANCELLED_AT.search(_norm(result["date"])) else None)
    return ColumnMap(result, scale, day_first(_sample(loaded, result["date"])) if result["date"] else False, nps,
                     parts, choices, tagged, fallback)


# A help desk's plan kept as a tag ("plan_family", "tier:pro", "plan-enterprise"): Zendesk exports its custom fields by
# number, so a telehealth tester's tickets named their plan only in their tags, and three quarters of its feedback had
# no plan. Read so only where nearly every row carries exactly one such tag ("plan_upgrade" on a few tickets is what
# they are about, not a plan).
_PLAN_TAG = re.compile(r"^(?:plan|tier|subscription)[_:/-](?P<plan>[^\W_][\w -]*)$", re.IGNORECASE)
PLAN_TAG_SHARE = 0.8  # of the sampled rows with tags


def _tags(value: str) -> list[str]:
    """The tags of one cell: a list as JSON ('["vip", "plan_pro"]') or joined by ";", "," or "|"."""
    return [t for t in (x.strip() for x in re.split(r"[;,|]", re.sub(r'[\[\]"]', "", value or ""))) if t]


def plan_of_tags(value: str) -> str | None:
    """The plan one cell of tags names: its one "plan_..." tag's rest ("plan_family" -> "family"), else None.

        >>> plan_of_tags('["refund", "plan_family", "reg_ni"]'), plan_of_tags("vip;tier:pro"), plan_of_tags("refund")
        ('family', 'pro', None)
    """
    found = [m.group("plan").replace("_", " ").strip() for t in _tags(value) if (m := _PLAN_TAG.match(t))]
    return found[0] if len(found) == 1 else None


def plan_tags_column(loaded: LoadedFile, taken: set[str | None]) -> str | None:
    """The tags column (``LABELS_COLUMN``) of which ``PLAN_TAG_SHARE`` of the sampled rows name one plan, else None."""
    for column in loaded.columns:
        if column in taken or not LABELS_COLUMN.search(column):
            continue
        values = _sample(loaded, column)
        if values and sum(plan_of_tags(v) is not None for v in values) >= PLAN_TAG_SHARE * len(values):
            return column
    return None


# A review site's answers, one column each: what the reviewer likes and dislikes (Capterra, TrustRadius: "Pros",
# "Cons"; G2: "What do you like best about X?", "What do you dislike about X?"). A tester's G2 export had Title, Pros
# and Cons: the title alone was read as the text and the pros and cons were kept as metadata, out of every search.
# ... and G2's "What problems is X solving and how is that benefiting you?": what it does for them (an HR tester's 100
# answers, "Gives managers visibility of who is off", were typed as feature requests and led "most requested")
_LIKED_PART = re.compile(
    r"^(?:pros?|likes?|liked|positives?|advantages?|benefits?|pluspunkte|vorteile|avantages|ventajas|vantagens|"
    r"vantaggi|voordelen|zalety|what_(?:do_|did_)?(?:you_)?(?:like|love)(?:_|$).*|"
    r"what_(?:business_)?problems?_(?:is|does)_(?!you_).*_solv(?:e|es|ing)(?:_.*)?)$")
_DISLIKED_PART = re.compile(
    r"^(?:cons?|dislikes?|disliked|negatives?|disadvantages?|drawbacks?|minuspunkte|nachteile|inconvenients|"
    r"desventajas|desvantagens|svantaggi|nadelen|wady|what_(?:do_|did_)?(?:you_)?(?:dislike|hate)(?:_|$).*)$")


def text_part_side(column: str) -> str | None:
    """``"liked"`` or ``"disliked"`` when the column holds what a reviewer likes or dislikes, else None.

        >>> [text_part_side(c) for c in ("Pros", "Cons", "What do you dislike about X?", "Product", "Likes count")]
        ['liked', 'disliked', 'disliked', None, None]
    """
    name = _norm(column)
    return "liked" if _LIKED_PART.match(name) else "disliked" if _DISLIKED_PART.match(name) else None


def text_part_names(column: str) -> bool:
    """The column holds part of a review's text: what the reviewer likes or dislikes.

        >>> [text_part_names(c) for c in ("Pros", "Cons", "What do you like best about X?", "Product", "Likes count")]
        [True, True, True, False, False]
    """
    return text_part_side(column) is not None


ANSWER_HEAD = r"[^:?\n]{2,120}[:?]"
"""The column name ``retrieval.rows`` writes before a review site's answer ("Cons:", "What do you like best about
X?"), as a pattern."""


_ANSWER_START = re.compile(rf"({ANSWER_HEAD}) ")


def answer_head(text: str) -> str:
    """The column head a review site's answer starts with, with its space ("Cons: ", "What do you like best about
    X? "), or "" for any other text (``answer_side``)."""
    m = _ANSWER_START.match(text)
    return m.group(0) if m and text_part_side(m.group(1)) else ""


def answer_side(text: str) -> str | None:
    """The side of an item written from a review site's answer (``"Cons: No multi-currency"``, ``"What do you like
    best about X? Fast"``; ``retrieval.rows``): ``"liked"``, ``"disliked"`` or None for any other text.

        >>> [answer_side(t) for t in ("Cons: No multi-currency", "Pros: fast", "Note: it crashes", "Crashes: yes")]
        ['disliked', 'liked', None, None]
    """
    m = _ANSWER_START.match(text)
    return text_part_side(m.group(1)) if m else None


def _text_part_columns(loaded: LoadedFile, taken: set[str]) -> list[str]:
    """Columns named as part of a review's text (``text_part_names``) whose values are words, in file order."""
    out = []
    for col in loaded.columns:
        if col in taken or not text_part_names(col):
            continue
        if _mostly_words(_answers(loaded, col)):  # "n/a", "-": no answer
            out.append(col)
    return out


_EMAIL_OR_LINK = re.compile(r"\s*(?:[^@\s]+@[^@\s]+\.[^@\s]+|(?:https?://|www\.)\S+)\s*")


def _mostly_words(values: list[str]) -> bool:
    """Four in five of ``values`` (at least one) hold a word of two letters or more: free text, not codes."""
    return bool(values) and sum(1 for v in values if re.search(r"[^\W\d_]{2,}", v)) >= 0.8 * len(values)


def _is_rating(value: str) -> bool:
    try:
        return parse_rating(value) is not None
    except ValueError:
        return False


# Fields found by name that must also read as their kind in most sampled values to be used.
_READ_AS = {"rating": _is_rating}


def _mostly(loaded: LoadedFile, column: str, reads) -> bool:
    values = _sample(loaded, column)
    return not values or sum(map(reads, values)) >= 0.8 * len(values)


# How an item came in, not where feedback was given: help-desk channels and review-app collection methods.
_CHANNEL = re.compile(r"(?:outbound\s+|inbound\s+)?(?:e-?mail|mail|phone|call|voice|chat|live\s*chat|portal|web|"
                      r"website|web\s*form|form|contact\s*form|(?:feedback\s+)?widget|import(?:ed)?|api|sms|text|"
                      r"whatsapp|messenger|mobihelp|bot|chatbot|walk-?in|in[\s-]person|manual|other|ecommerce|"
                      r"forum|shop_app|review_request|on_site|"
                      # Zendesk's via.channel (a tester's tickets were split into sources email, mobile_sdk and web)
                      r"mobile(?:_sdk)?|sdk|native_messaging|any_channel|messaging|side_conversation|help_?center|"
                      r"rule|closed_ticket|facebook|twitter|instagram|line|wechat)", re.IGNORECASE)


def _names_a_channel(value: str) -> bool:
    return _CHANNEL.fullmatch(value.strip()) is not None


def _off_every_scale(loaded: LoadedFile, column: str, top: float = 100) -> bool:
    """Some bare number of the column lies below 0 or above ``top`` (100: no rating scale holds it, votes, points)."""
    for r in loaded.rows:
        try:
            number = float((r.values.get(column) or "").strip())
        except ValueError:
            continue
        if number < 0 or number > top:
            return True
    return False


def names_nps(column: str) -> bool:
    """The column is a survey's NPS question ("How likely are you to recommend Trailmix to a friend?", "NPS")."""
    name = _norm(column)
    return "recommend" in name and "likely" in name or re.search(r"(?:^|_)nps(?:_|$)", name) is not None


def score_of_ten(rating: float | None, metadata: dict | None) -> int | None:
    """The 0-10 score an item's 1-5 ``rating`` was read from, kept in its metadata under the score column's name,
    else None: shown as "5/10" rather than as its band value "1.83★", which a tester read as a star rating beside
    real 1-5 stars. The key must name a score (``names_nps``, a rating question, a rating column name) and the value
    must be a whole number 0-10 whose band is the stored rating (the test of chat's NPS figures).

    Example:
        >>> score_of_ten(1.83, {"How likely are you to recommend us?": "5"}), score_of_ten(5.0, {"helpful votes": "10"})
        (5, None)
    """
    if rating is None or not metadata:
        return None
    for key, value in metadata.items():
        text = str(value).strip()
        if not (text.isdigit() and int(text) <= 10) or abs(parse_rating(text, 10) - rating) >= 0.01:
            continue
        if names_nps(key) or _names_rating_question(key) or _norm(key) in FIELD_NAMES["rating"]:
            return int(text)
    return None


def rating_text(rating: float | None, metadata: dict | None, star: str = "★") -> str | None:
    """How an item's rating is shown: "5/10" when read from a 0-10 score (``score_of_ten``), else "4★" (``star``
    after the number), None without a rating."""
    ten = score_of_ten(rating, metadata)
    return f"{ten}/10" if ten is not None else f"{rating:g}{star}" if rating is not None else None


def _names_rating_question(column: str) -> bool:
    """A survey question that asks for a score ("How satisfied are you with Trailmix?", "How would you rate us from
    0 to 10?", "CSAT")."""
    name = _norm(column)
    return (re.search(r"(?:^|_)(?:rating|satisfied|satisfaction|dissatisfied|csat|stars?)(?:_|$)", name) is not None
            or re.search(r"(?:^|_)rate(?:_|$)", name) is not None  # "rate" as asked, not a "Heart rate" reading
            and re.search(r"(?:^|_)(?:how|you|your|please)(?:_|$)", name) is not None)


_ID_PART = re.compile(r"(?:^|_)(?:id|ids|uuid|guid)$")


def _guess_nps_column(loaded: LoadedFile, taken: set[str | None]) -> str | None:
    """The NPS question's column, else a question asking for a score, skipping one that holds words (Qualtrics'
    "Q1_NPS_GROUP": Detractor / Passive / Promoter; "How would you rate the trail?" answered in words)."""
    for names in (names_nps, _names_rating_question):
        # an id is no score, however it is named: Zendesk's "satisfaction_rating.id" (10-digit numbers) was a
        # tester's rating column, and 47 of 84 tickets were rejected as above a scale of 100
        found = next((col for col in loaded.columns
                      if col not in taken and names(col) and not _ID_PART.search(_norm(col)) and _sample(loaded, col)
                      and _mostly(loaded, col, _is_rating) and not _off_every_scale(loaded, col)), None)
        if found:
            return found
    return None


_PLAN_WORD = re.compile(r"(?:^|_)(?:plan|tier|subscription)(?:_|$)(?!to(?:_|$))")  # not Google Play's "Package Name"


# A column that names the business or product every row is about: Trustpilot's "Webshop Name", an app store's "App
# Name", an Appfigures export's "product", a board's "Product".
# (Google Play's "Package Name", com.tradewind.seller: a marketplace tester's "What do sellers praise most?" read the
# App Store's "Tradewind Seller" reviews and none of Google Play's)
PRODUCT_COLUMN = re.compile(r"^(?:webshop|shop|store|business|brand|app|product|package)(?:[ _]?name)?$", re.IGNORECASE)


# A column of labels says what items are about, not who wrote them: Zendesk's "Tags", Jira's "Labels".
LABELS_COLUMN = re.compile(r"(?:^|[\s_.-])(?:tags?|labels?|keywords?|topics?)$", re.IGNORECASE)


# G2's and Capterra's reviewer "Company Size" ("Small-Business(50 or fewer emp.)", "Enterprise(> 1000 emp.)"): the
# segment a PM compares when the file names no plan (a tester's G2 export kept it as metadata only).
COMPANY_SIZE = ("company_size", "organization_size", "org_size", "business_size", "customer_size")


def names_company_size(column: str | None) -> bool:
    """Is ``column`` a review site's company size ("Company Size", G2's "Reviewer Company Size")?

        >>> names_company_size("Reviewer Company Size"), names_company_size("Company Size"), names_company_size("Size")
        (True, True, False)
    """
    return bool(column) and re.search(rf"(?:^|_)(?:{'|'.join(COMPANY_SIZE)})(?:_|$)", _norm(column)) is not None


def size_name(value: str | None) -> str | None:
    """A company size by its name alone ("Enterprise(> 1000 emp.)" -> "Enterprise", so "Enterprise customers" names
    it); a value with no name in it as it is."""
    if not value:
        return value
    name = re.sub(r"\s*\([^()]*\)\s*$", "", value)
    return name if re.search(r"[^\W\d_]", name) else value


def guess_plan_column(loaded: LoadedFile, taken: set[str | None]) -> str | None:
    """A survey question about the customer's plan ("Which plan are you on?", "Your subscription tier"): a column
    whose name holds a plan word, not as a verb ("What do you plan to do?"), and whose answers are a few short
    choices."""
    for col in loaded.columns:
        if col in taken or not _PLAN_WORD.search(_norm(col)):
            continue
        values = _sample(loaded, col)
        if values and len(set(values)) <= 12 and max(len(v) for v in values) <= 40:
            return col
    return None


def reading_note(scale: int | None, dates_day_first: bool = False, nps_column: str | None = None) -> str:
    """How a file's ratings and dates were read, for the ingest report ("" when as usual: 1-5 stars, month first)."""
    notes = []
    if nps_column:
        notes.append(f"a row without a rating takes it from '{nps_column}' (0-10, in NPS bands: 0-6 as 1-2, 7-8 as "
                     "3-3.5, 9-10 as 4-5)")
    if scale == 10:
        notes.append("ratings are scores out of 10, read in NPS bands (0-6 as 1-2, 7-8 as 3-3.5, 9-10 as 4-5)")
    elif scale and scale != 5:
        notes.append(f"ratings are scores out of {scale}, read on 1-5 (0 as 1, {scale} as 5)")
    if dates_day_first:
        notes.append("dates are day first (01.10.2026 is 1 October)")
    return "; ".join(notes)


_VOTES_NAME = re.compile(r"^(?:(?:number|num|no|total|count)[\W_]+of[\W_]+|#\s*|total[\W_]+)?(?:up)?votes?"
                         r"(?:[\W_]+(?:count|total))?$|^supporters$|^vote[\W_]*count$", re.IGNORECASE)


# GitHub's issues API gives an issue's thumbs-up as reactions."+1" (flattened "reactions.+1"): the votes of an SDK
# repository's feature requests (a developer-platform tester's 348 for a WhatsApp template API were not read).
_THUMBS_UP = re.compile(r"^(?:reactions?[._ ])?(?:\+1|thumbs[_ ]?up|👍)$", re.IGNORECASE)


def names_board_votes(column: str) -> bool:
    """The column (or metadata key) is a feature board's vote count ("Votes", "Upvotes", "# of votes"), not GitHub's
    thumbs-up (an issue tracker's posts are bug reports as often as requests).

        >>> [names_board_votes(c) for c in ("Votes", "Vote count", "reactions.+1", "Score")]
        [True, True, False, False]
    """
    return _VOTES_NAME.match(column.strip()) is not None


def names_votes(column: str) -> bool:
    """The column (or metadata key) is named as a vote count ("Votes", "Upvotes", "Vote count", "# of votes", GitHub's
    "reactions.+1").

        >>> [names_votes(c) for c in ("Votes", "Number of upvotes", "Vote count", "Score", "Voted by", "reactions.+1",
        ...                            "reactions.-1", "reactions.total_count")]
        [True, True, True, False, False, True, False, False]
    """
    return _VOTES_NAME.match(column.strip()) is not None or _THUMBS_UP.match(column.strip()) is not None


# The share of a column's bare numbers that must lie above 5 (above 10) for it to be read as scores out of 10 (out
# of 100): a stray "7" among 1-5 stars is a typo to reject, not a sign that every rating is out of 10.
ABOVE_SCALE_SHARE = 0.05


def rating_scale(column: str, values: list[str]) -> int:
    """The top of the scale of the column's bare numbers: 10 for an NPS question or a column whose bare numbers lie
    above 5 often enough (``ABOVE_SCALE_SHARE``; two different such numbers at least unless it is named a score), 100 for one whose numbers lie above 10 as often (a percentage),
    5 for a column named for stars, else 5. Values that state their own scale ("8/10", "4 stars", "★★★★☆") are read
    on it and say nothing about the bare numbers beside them. A value above the scale is rejected at ingest.

    Example:
        >>> rating_scale("Stars", ["4", "5", "1"]), rating_scale("Score", ["9", "3", "10"]), rating_scale("NPS", ["3"])
        (5, 10, 10)
        >>> rating_scale("Rating", ["4 stars", "4.5", "8/10"]), rating_scale("Rating", ["4", "3.5"] * 20 + ["7"])
        (5, 5)
        >>> rating_scale("Rating", ["4", "5", "9", "2"])  # one stray number is a typo, not a scale
        5
    """
    name = _norm(column)
    if names_nps(column) or re.search(r"(?:^|_)(?:0|1)_(?:to_)?10(?:_|$)|out_of_10", name):
        return 10  # "How likely ... recommend", "from 0 to 10"
    if re.search(r"(?:^|_)stars?(?:_|$)", name):
        return 5  # "Star Rating", "Stars"
    bare = []
    for v in values:
        try:
            number, stated = read_rating(v)
        except ValueError:
            continue
        if stated is None:
            bare.append(number)
    for top, below in ((100, 10), (10, 5)):
        above = [b for b in bare if b > below]
        # and, in a column not named a score, two different numbers at least: one stray "9" in a small file of
        # "Rating" stars (two testers' broken files, 1 of 4 and 1 of 6 values) read every star there as a score out
        # of 10, a 5-star review as 1.83
        if bare and len(above) >= ABOVE_SCALE_SHARE * len(bare) and (len(set(above)) >= 2 or "score" in name):
            return top
    return 5


def names_a_version(column: str) -> bool:
    """The column's name says it holds a version or build ("App Version Name", "OS version", "Build"), so its
    dotted numbers are versions (redaction leaves them alone).

    Example:
        >>> names_a_version("App Version Name"), names_a_version("Device")
        (True, False)
    """
    return re.search(r"version|build|release|firmware", _norm(column)) is not None


# Columns that hold a person's name ("First Name", "Requester", "What's your name?"), but not a thing's name
# ("Package Name", "App Name", "Organization").
_PERSON_COLUMN = re.compile(
    r"(?:^|_)(?:first|last|full|given|family|middle|sur|user|customer|client|contact|requester|reviewer|author|"
    r"agent|assignee|submitter|respondent|display|real|nick|your|my|consumer|guest|buyer|seller|patient|member|"
    r"recipient|sender|participant|interviewee|employee|student|passenger|traveller|traveler|rider|driver)_?name(?:_|$)"
    r"|(?:^|_)host_name(?:_|$)"  # a rental's host, not a server's "Hostname"
    r"|^(?:name|surname|requester|assignee|submitter|reviewer|agent|owner|"
    # Freshdesk's "Contact", Jira's "Reporter", a board's "Author", Slack's "user_profile.real_name" (an analytics
    # tester's tickets said "redacted 434" of 560 where the text of 19 held PII: a name in a column so named is
    # redacted whole and not counted)
    r"contact|author|reporter|creator)$"
    # HubSpot's "Ticket owner", a CRM's "Account Owner" (an invoicing tester's ticket export counted 140 redactions,
    # one for each row whose owner was a person)
    r"|(?:^|_)(?:ticket|case|account|deal|contact|record|lead|conversation)_owner(?:_name)?$")


def names_a_time(column: str) -> bool:
    """Does the column's name say it holds when something happened ("Review Submit Millis Since Epoch", "Start Date
    (UTC)", "Updated at")? Not a date of birth ("Date of birth" says no time of the feedback: ``date_rank``)."""
    words = set(_norm(column).split("_"))
    return date_rank(column) is not None or bool(words & {"millis", "epoch", "unix", "timestamp", "ms"}) and \
        not words & _NOT_A_DATE


def names_a_person(column: str) -> bool:
    """The column's name says it holds a person's name, so its whole value is redacted as ``<NAME>``.

    Example:
        >>> [names_a_person(c) for c in ("First Name", "Requester", "What's your name?", "Package Name", "App name",
        ...                              "Review Consumer Name", "Contact", "user_profile.real_name")]
        [True, True, True, False, False, True, True, True]
    """
    return _PERSON_COLUMN.search(_norm(column)) is not None


# Columns that hold a company's name ("Organization", "Company", "Account Name"): a person's name is not looked for in
# them (a tester's "Casa Verde Cantina" was stored as "Casa <NAME>" on its 39 tickets and could not be asked about).
_ORGANIZATION_COLUMN = re.compile(
    r"(?:^|_)(?:organi[sz]ations?|org|company|companies|business|employer|account_name|brand|merchant|firm|"
    r"restaurant|store_name|shop_name|customer_company|company_name|organi[sz]ation_name|advertiser)(?:_|$)|"
    # a call note's "Account: Verde Telecom" (a streaming tester's advertiser was redacted as a person's name, so its
    # notes joined no account); not "Account Owner" nor "Account ID"
    r"(?:^|_)account$")


ACCOUNT_NAME_CHARS = 40  # mean length under which a guessed text column named for companies holds their names


def names_an_organization(column: str) -> bool:
    """The column's name says it holds a company's name.

        >>> [names_an_organization(c) for c in ("Organization", "Company", "Account Name", "Requester", "Company Size",
        ...                                     "Account", "Account Owner", "Account ID")]
        [True, True, True, False, True, True, False, False]
    """
    return _ORGANIZATION_COLUMN.search(_norm(column)) is not None


# Columns that identify a person by an id or address other than the one chosen as the user ("source.author.id" of an
# Intercom export whose user column is the e-mail, "requester_id", "Customer Email"): stored as keyed hashes like the
# user (a tester found raw Intercom user ids in every conversation's metadata).
_PERSON_ID_COLUMN = re.compile(
    r"(?:^|_)(?:user|customer|client|contact|requester|reviewer|author|submitter|respondent|recipient|member|visitor|"
    r"subscriber|buyer|lead)_?(?:id|uuid|guid|email|e_mail|mail|login|username|handle)(?:_|$)")


def names_a_person_id(column: str) -> bool:
    """The column's name says it holds an id or e-mail address of a person, so its value is stored as a keyed hash.

    Example:
        >>> [names_a_person_id(c) for c in ("source.author.id", "Requester ID", "RecipientEmail", "ResponseId",
        ...                                  "account_id", "Author")]
        [True, True, True, False, False, False]
    """
    return _PERSON_ID_COLUMN.search(_norm(column)) is not None


# Columns that locate a person: coordinates (Qualtrics' "LocationLatitude", "lat", "GPS"), not a "Long answer".
_LOCATION_COLUMN = re.compile(r"latitude|longitude|coordinates|geo_?location|(?:^|_)gps(?:_|$)|^(?:lat|lng|lon|long)$")


def names_a_location(column: str) -> bool:
    """The column's name says it holds where a person is, so a value with digits is redacted as ``<LOCATION>``.

    Example:
        >>> [names_a_location(c) for c in ("LocationLatitude", "lng", "GPS coordinates", "Long answer", "Location")]
        [True, True, True, False, False]
    """
    return _LOCATION_COLUMN.search(_norm(column)) is not None


_FIELD_KIND = re.compile(r"\s*\[(?:txt|text|list|dropdown|multiselect|multi-select|int|integer|dec|decimal|date|"
                         r"checkbox|regexp|tagger|lookup|number|num)\]\s*$", re.IGNORECASE)


_CUSTOM_FIELD = re.compile(r"^cf_(?=[a-z])", re.IGNORECASE)  # Freshdesk's custom fields: "cf_plan", "cf_app_version"


def column_named(columns: list[str], names: tuple[str, ...], taken: set[str] = frozenset()) -> str | None:
    """The column whose name means one of ``names`` (case, spaces and punctuation ignored; earlier names win),
    skipping ``taken`` columns; ``None`` when there is none.

    Example:
        >>> column_named(["Review Text", "Stars"], ("text", "review_text"))
        'Review Text'
    """
    # A column is known by its name in any script ("评分") and by its Latin words alone ("评分 Rating": "rating").
    # Nested JSON exports flatten to "attributes.rating": a column is also known by its last part, after full names;
    # ... and so is a help desk's custom field without its kind: Zendesk's "App version [txt]", "Platform [list]" (a
    # food-delivery tester's app versions were not read)
    by_norm: dict[str, str] = {}
    by_last: dict[str, str] = {}
    for c in columns:
        for norm in (_norm_any, _norm):
            by_norm.setdefault(norm(c), c)
            by_last.setdefault(norm(c.rsplit(".", 1)[-1]), c)
        if (bare := _FIELD_KIND.sub("", c)) != c:
            by_last.setdefault(_norm(bare), c)
        if (bare := _CUSTOM_FIELD.sub("", c)) != c:  # Freshdesk's "cf_app_version" (a streaming tester's versions
            by_last.setdefault(_norm(bare), c)  # of 560 tickets were not read)
    for lookup in (by_norm, by_last):
        for candidate in names:
            if lookup is by_last and len(candidate) < 3:  # "organization.id" is not the item's id
                continue
            col = lookup.get(_norm_any(candidate))
            if col and col not in taken:
                return col
    return None


def _sample(loaded: LoadedFile, col: str, n: int = 200) -> list[str]:
    out = []
    for r in loaded.rows:
        v = r.values.get(col)
        if v:
            out.append(v)
            if len(out) >= n:
                break
    return out


MORE = "\x1f"
"""Joins the columns of ``mapping["text"]`` when the text is several columns (``--map A=text --map B=text``)."""
NO_FIELD = "none"  # --map COLUMN=none: no field reads the column (it stays in the item's metadata)
_QUESTION = re.compile(r"\?\s*$|^(?:what|why|how|which|is there|anything|any other|tell us|please (?:tell|share|"
                       r"describe|explain)|describe|if you could)\b", re.IGNORECASE)


# What a question about the product asks ("What one thing should we improve?", "What do you like most?", "Anything
# else?"); "What do you plan to do on your next trip?" is research, kept as metadata.
_FEEDBACK_QUESTION = re.compile(
    r"improv|better|chang|add|miss|like|love|dislike|hate|frustrat|annoy|problem|issue|wrong|reason|why|feedback|"
    r"suggest|wish|recommend|experience|anything else|other comments?|comment|favou?rite|best|worst|fix|want|need|"
    r"disappoint|happy|unhappy|satisf|expect|prevent|stop|cancel|switch|pay|price|value", re.IGNORECASE)


def _is_question(column: str | None) -> bool:
    return bool(column) and bool(_QUESTION.search(column.strip()))


def _question_columns(loaded: LoadedFile, taken: set[str]) -> list[str]:
    """The other open questions of a survey whose text column is a question ("What is the main reason for your
    score?", then "What one thing should we improve?"): columns named as a question whose answers are free text,
    each answer an item of its own. A tester's NPS export kept the improve answers (233, the requests) as metadata."""
    return [col for col in loaded.columns if col not in taken and _is_question(col) and _FEEDBACK_QUESTION.search(col)
            and _sentences(loaded, col)]


# A review site's whole-review columns beside its pros and cons ("Overall review", "Review", "Comments",
# "Recommendations to others").
_REVIEW_NAMED = re.compile(r"(?:^|_)(?:reviews?|comments?|feedback|opinions?|summary|thoughts)$"
                           r"|^(?:overall|recommendations?)(?:_|$)")


def _review_columns(loaded: LoadedFile, taken: set[str]) -> list[str]:
    """Beside a review site's pros and cons: its other columns of sentences named as a review or as a question
    about the product, each answer an item of its own."""
    return [col for col in loaded.columns if col not in taken
            and (_REVIEW_NAMED.search(_norm(col)) or _is_question(col) and _FEEDBACK_QUESTION.search(col))
            and _sentences(loaded, col)]


def names_a_closed_question(column: str) -> bool:
    """The column's name is a survey's question ("What's the main reason you're cancelling?", "Reason for leaving")
    or names a reason chosen ("Cancellation Reason", "Churn reason", a billing export's "reason_code": a
    food-delivery tester's 68 cancellations that chose a reason and left no comment were rejected as empty).

        >>> [names_a_closed_question(c) for c in ("What's the main reason you're cancelling?", "Cancellation Reason",
        ...                                       "Reason for leaving", "reason_code", "Status", "Plan", "Treason",
        ...                                       "cancellation_details.feedback", "Feedback")]
        [True, True, True, True, False, False, False, True, False]
    """
    return (column.rstrip().endswith("?") or re.match(r"(?i)(?:what|why|which|how)\b", column) is not None
            or names_a_reason(column))


def names_a_reason(column: str) -> bool:
    """The column's name says it holds a reason chosen: "Cancellation Reason", "reason_code", or Stripe's
    "cancellation_details.feedback" (the reason as a code: too_expensive, unused, ...)."""
    return (re.search(r"(?i)(?<![^\W_])reasons?(?![^\W_])", column) is not None
            or re.search(r"(?i)(?<![^\W_])(?:cancel|churn)\w*[\W_]+(?:details?[\W_]+)?feedback$", column) is not None)


def _coded(loaded: LoadedFile, col: str) -> bool:
    """Does the column hold codes, the options of a closed question written as identifiers ("too_expensive",
    "unused", "switched_service"), not sentences: a few values chosen again and again, nearly all one word?"""
    values = _sample(loaded, col)
    return is_choice(values) and sum(not re.search(r"\s", v.strip()) for v in values) >= 0.9 * len(values)


def is_choice(values: list[str]) -> bool:
    """Are ``values`` the answers to a closed question (a few options, each chosen again and again: "It's too
    expensive", "Delivery problems", "Other")? A tester's cancellation survey had each of its 190 chosen reasons
    stored as an item of its own beside the free-text answer (361 items; 33 "Other" made a theme)."""
    return len(values) >= 20 and len(set(values)) <= 0.25 * len(values)


def _sentences(loaded: LoadedFile, col: str) -> bool:
    """The column's answers are sentences, not codes, names, addresses or the options of a closed question (answers
    that say nothing left out)."""
    if names_a_person(col) or re.search(r"e-?mail|phone|address", col, re.I):
        return False
    values = _answers(loaded, col)
    return (_mostly_words(values) and not is_choice(values) and _mean_length(values) >= 15
            and sum(" " in v.strip() for v in values) >= 0.8 * len(values))


# The company's or an agent's answer to the feedback, never the feedback itself.
_ANSWER_WORDS = r"reply|replies|company_response|response_from"
_REPLY = re.compile(rf"(?:^|_)(?:{_ANSWER_WORDS}|agent|internal)(?:_|$)")
# ... the company's answer to a review alone (an agent's notes are not one)
_COMPANY_REPLY = re.compile(rf"(?:^|_)(?:{_ANSWER_WORDS}|developer_response)(?:_|$)")


def names_a_reply(column: str) -> bool:
    """The column holds the company's answer to a review ("Reply Content", "Developer Reply Text", "Developer
    Response"), or its time (an agent's notes are not a reply)."""
    return _COMPANY_REPLY.search(_norm(column)) is not None


# What a row's text is under when the file's text column is empty in that row: a Reddit export lists posts
# ("selftext") and comments ("body") together (a wearable tester's 39 posts were stored as their titles alone).
_ROW_TEXT = ("selftext", "body", "text", "content", "message", "description", "details", "review", "review_text",
             "comment", "comments")


def row_text_columns(kept: list[str]) -> list[str]:
    """Of the ``kept`` columns (``ColumnMap.metadata_columns``), those that hold a row's text when its own text column
    is empty there: those named ``_ROW_TEXT`` (not a reply's), in that order.

        >>> row_text_columns(ColumnMap({"text": "body", "title": "title"}).metadata_columns(["title", "body", "selftext"]))
        ['selftext']
    """
    named = {_norm(c.rsplit(".", 1)[-1]): c for c in kept if not _REPLY.search(_norm(c))}
    return [named[n] for n in _ROW_TEXT if n in named]


def _answers(loaded: LoadedFile, col: str) -> list[str]:
    """The column's sampled values less those that say nothing ("n/a", "-", "idk")."""
    return [v for v in _sample(loaded, col) if not says_nothing(v)]


def _mean_length(values: list[str]) -> float:
    return sum(len(v) for v in values) / len(values) if values else 0.0


def _guess_text_column(loaded: LoadedFile, taken: set[str]) -> str | None:
    best, best_len = None, 0.0
    for col in loaded.columns:
        if col in taken:
            continue
        # answers that say nothing ("n/a", "-", "idk") are left out: a survey's comment column is its text however
        # many people skipped it
        values = _answers(loaded, col)
        if not _mostly_words(values):
            continue
        avg = _mean_length(values)
        if avg > best_len:
            best, best_len = col, avg
    return best if best_len >= 15 else None


# What a column's name says about a date, in the languages of the name lists above. Words for when feedback was
# given rank first, then a plain date or time, then a start, then an end, an update or another event (install,
# purchase, due). Words in _DATE_EVENT_ALONE say date by themselves ("Created", "Submitted"); the rest
# ("Start", "Update", "Install") only beside a date word ("Start Date", "Install date").
_DATE_WORDS = {"date", "dates", "datetime", "timestamp", "time", "ts", "at", "datum", "zeit", "zeitpunkt",
               "zeitstempel", "heure", "horodatage", "fecha", "hora", "data", "ora", "tijd", "tijdstip", "czas",
               "дата", "время"}
_DATE_PARTS = re.compile(r"datum|zeitstempel|日期|时间|時間|日付|日時|时刻|날짜|일시|시간|시각")  # German compounds, CJK
_DATE_RANKS = (  # (words alone, words beside a date word, parts of compounds and CJK names)
    ({"created", "submitted", "recorded", "posted", "published", "received", "sent", "reviewed", "written",
      "erstellt", "eingereicht", "cree", "creado", "criado", "creato", "aangemaakt", "ingediend", "utworzono",
      "создан", "создано", "отправлено"},
     {"creation", "create", "submission", "submit", "review", "post", "publication", "creacion", "criacao",
      "creazione", "envio", "utworzenia", "создания", "отправки"},
     re.compile(r"erstell|einreich|创建|創建|提交|作成|投稿|작성|등록|제출")),
    (set(), set(), None),  # a plain date or time
    ({"started", "begun", "begonnen"}, {"start", "begin", "beginn", "debut", "inicio", "inizio", "начала"},
     re.compile(r"startdatum|beginndatum|开始|開始|시작")),
    ({"ended", "finished", "completed", "updated", "modified", "changed", "closed", "resolved", "solved",
      "expires", "installed", "purchased", "registered", "aktualisiert", "geandert", "modifie", "actualizado",
      "atualizado", "aggiornato", "modificato", "bijgewerkt", "gewijzigd", "zaktualizowano", "обновлено",
      "изменено"},
     {"end", "finish", "completion", "update", "modification", "change", "last", "close", "closing", "resolution",
      "due", "expiry", "expiration", "install", "purchase", "signup", "registration", "renewal", "trial", "login",
      "seen", "fin", "ende", "enddatum", "mise", "окончания", "обновления", "изменения"},
     re.compile(r"enddatum|aktualisier|anderung|更新|修改|结束|結束|終了|완료|수정|종료")),
)
# A name that says id, number or code is never the date (SurveyMonkey's "Respondent ID" 114235001 read as epoch
# time put every answer in 1973), nor a date of birth, a time zone or a duration ("Time spent", "First reply time").
_NOT_A_DATE = {"id", "ids", "uuid", "guid", "key", "code", "number", "num", "no", "nr", "nummer", "numero", "codigo",
               "kod", "номер", "код", "birth", "birthday", "birthdate", "dob", "naissance", "nacimiento", "nascimento",
               "nascita", "urodzenia", "рождения", "zone", "timezone", "tz", "offset", "duration", "elapsed", "spent",
               "taken", "seconds", "minutes", "hours", "days", "dauer", "duree", "duracion", "durata", "duur",
               "reply", "resolution", "wait", "waiting", "handle", "handling", "average", "avg", "median", "total"}
_NOT_A_DATE_PARTS = re.compile(r"geburt|geboorte|zeitzone|编号|番号|번호|生日|出生|生年月日|생년월일|생일")


def date_rank(column: str) -> int | None:
    """How strongly a column's name says it holds the date of the feedback: 0 when it was given (created, submitted,
    recorded), 1 a plain date or time, 2 a start, 3 an end, an update or another event; ``None`` when the name says
    no date, or says an id, number or code, a date of birth, a time zone or a duration.

    Example:
        >>> [date_rank(c) for c in ("Created", "Start Date", "Date", "End Date", "Respondent ID", "Time spent")]
        [0, 2, 1, 3, None, None]
    """
    name = _norm_any(column)
    words = set(name.split("_"))
    if words & _NOT_A_DATE or _NOT_A_DATE_PARTS.search(name):
        return None
    dated = bool(words & _DATE_WORDS or _DATE_PARTS.search(name))
    for rank, (alone, beside, parts) in ((0, _DATE_RANKS[0]), (3, _DATE_RANKS[3]), (2, _DATE_RANKS[2])):
        if words & alone or dated and words & beside or parts and parts.search(name):
            return rank
    return 1 if dated else None


def _reads_as_dates(values: list[str], share: float) -> bool:
    """At least ``share`` of the values parse as dates, and they are not all bare integers of up to 7 digits
    (counts, scores and years: dateutil reads "12" as the 12th of this month)."""
    if all(re.fullmatch(r"\d{1,7}", v.strip()) for v in values):
        return False
    return sum(parse_date(v) is not None for v in values) >= share * len(values)


# When a subscription was cancelled ("canceled_at", "Cancelled on", "cancellation_date")
_CANCELLED_AT = re.compile(r"(?:^|_)(?:cancell?ed|cancell?ation|churned)(?:_(?:at|on|date|time|datetime))?$")
CANCELLED_SHARE = 0.8  # of the rows with their cancellation time filled in: the export is one of cancellations


def _named_date_column(loaded: LoadedFile, taken: set[str]) -> str | None:
    """The column whose name says date (``date_rank``) and whose values read as dates: filled before empty, then
    the best rank, then the item's own before a nested one's ("created_at" before "user.created_at"), then the first
    in the file. A cancellation time filled in nearly every row comes first: each row's feedback was given when it
    was cancelled (Stripe's "canceled_at" beside "created", when the subscription started: a travel tester's
    cancellations were dated 2024-2025 by their start)."""
    found = []
    rows = loaded.rows[:200]
    for position, col in enumerate(loaded.columns):
        if col in taken:
            continue
        rank, cancelled = date_rank(col), _CANCELLED_AT.search(_norm(col)) is not None
        if rank is None and not cancelled:
            continue
        values = _sample(loaded, col, 50)
        if values and cancelled and rows and sum(bool(r.values.get(col)) for r in rows) >= CANCELLED_SHARE * len(rows):
            rank = -1
        if rank is not None and (not values or _reads_as_dates(values, 0.8)):
            found.append((not values, rank, col.count("."), position, col))
    return min(found)[-1] if found else None


def _same_day_date(loaded: LoadedFile, date: str, taken: set[str]) -> str | None:
    """Another date column for the rows whose cancellation time ``date`` is empty, when it dates the same moment:
    in the rows that have both, the two are at most ``SAME_DAY`` apart in most (a cancel flow's "session_started_at",
    minutes before "canceled_at"; not Stripe's "created", when the subscription started months before)."""
    other = _named_date_column(loaded, taken)
    if other is None:
        return None
    gaps = []
    for row in loaded.rows[:500]:
        a, b = parse_date(row.values.get(date) or ""), parse_date(row.values.get(other) or "")
        if a is not None and b is not None:
            gaps.append(abs((a - b).total_seconds()))
    return other if gaps and sum(g <= SAME_DAY for g in gaps) >= 0.8 * len(gaps) else None


SAME_DAY = 86_400  # seconds


def _guess_date_column(loaded: LoadedFile, taken: set[str]) -> str | None:
    """When no name says date: the first column whose values read as dates, skipping a column named as an id,
    number or code and one of bare numbers (an id more often than epoch times)."""
    for col in loaded.columns:
        if col in taken or _NOT_A_DATE & set(_norm_any(col).split("_")):
            continue
        values = _sample(loaded, col, 50)
        if values and not all(re.fullmatch(r"\d+(?:\.\d+)?", v.strip()) for v in values) \
                and _reads_as_dates(values, 0.9):
            return col
    return None


def normalise_text(text: str) -> str:
    """Canonical form used for identity: NFKC, lower case, single spaces."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text)).strip().lower()


def clean_text(text: str) -> str:
    """Text as stored: NFC, control characters removed, whitespace runs inside lines folded."""
    text = unicodedata.normalize("NFC", text)
    text = "".join(ch for ch in text if ch in "\n\t" or unicodedata.category(ch)[0] != "C")
    return re.sub(r"[ \t]+", " ", text).strip()


_NOTHING = re.compile(
    r"(?:none|nothing|nil|nada|n ?a|no|nope|idk|dunno|not sure|no idea|not really|no comments?|"
    r"(?:nothing|none|no complaints?|no issues?|no problems?)(?: (?:really|much|else|yet|so far|at all|to add|"
    r"to report|comes to mind|that i can think of|i can think of))*|"
    r"(?:it'?s )?hard to (?:think of|say)(?: any(?:thing)?)?|"
    r"(?:i )?can'?t think of any(?:thing)?(?: (?:really|right now|at the moment))?|nothing to (?:add|say|report)|"
    r"keine|nichts|rien|nada|ninguno|niente|geen|nee)")


def says_nothing(text: str) -> bool:
    """An answer that says there is nothing to say ("None so far", "n/a", "-", "Hard to think of any").

        >>> [says_nothing(t) for t in ("None so far", "n/a", "-", "Hard to think of any", "No dark mode", "Nothing")]
        [True, True, True, True, False, True]
        >>> says_nothing("Nothing loads")
        False
    """
    words = re.sub(r"[^\w\s']+", " ", text.lower()).split()
    return not words or bool(_NOTHING.fullmatch(" ".join(words)))


def detect_language(text: str) -> str:
    """Language tag: 'zh', 'ja', 'ko', 'ru', 'ar' by script; Latin-script text by its function words
    (``retrieval.languages``: 'de', 'fr', 'es', ... and 'en' when nothing else is clear); 'und' with no letters.
    Cheap, no model.
    """
    counts = {"han": 0, "kana": 0, "hangul": 0, "cyr": 0, "arab": 0, "latin": 0}
    for ch in text[:2000]:
        o = ord(ch)
        if 0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF:
            counts["han"] += 1
        elif 0x3040 <= o <= 0x30FF:
            counts["kana"] += 1
        elif 0xAC00 <= o <= 0xD7AF:
            counts["hangul"] += 1
        elif 0x0400 <= o <= 0x04FF:
            counts["cyr"] += 1
        elif 0x0600 <= o <= 0x06FF:
            counts["arab"] += 1
        elif ch.isascii() and ch.isalpha():
            counts["latin"] += 1
    if counts["kana"] > 0 and counts["kana"] + counts["han"] >= counts["latin"] / 4:
        return "ja"
    if counts["hangul"] > counts["latin"] / 4 and counts["hangul"]:
        return "ko"
    if counts["han"] and counts["han"] * 2 >= counts["latin"] / 4:
        return "zh"
    top = max(("cyr", "arab", "latin"), key=lambda k: counts[k])
    if counts[top] == 0:
        return "und"
    return latin_language(text) if top == "latin" else {"cyr": "ru", "arab": "ar"}[top]

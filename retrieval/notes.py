"""Interview notes as product managers write them: markdown files and transcripts with speaker turns.

- **Markdown** (``.md``, ``.markdown``; Notion, Obsidian and Google Docs exports): headings are not feedback; each
  item keeps the headings it sits under as ``section`` ("Interview: P4 > Key quotes"). Emphasis, links and block
  quotes are reduced to their text; images and HTML comments (the writer's own notes) are dropped. A
  ``Date: 2026-10-12`` line (also ``date:`` in YAML front matter) dates the items below it. Paragraphs and list
  lines are items, as in plain text, except under a heading for the team's own next steps ("Follow-ups", "Next
  steps", "Action items", "To do"). Property lines ("Account: ...", "Plan: ...") above the first paragraph are the
  file's, and right under a heading that note's (until a heading of its level or above); in a file of several
  dated notes, the undated text under the title alone before the first note is the file's preamble, not an item.
- **Transcripts** (``.txt`` or markdown) whose lines start with speaker labels ("Interviewer:", "P5:", "Q:", "A:",
  "Speaker 2:", also after a timestamp as transcription tools write it, "[00:01:23] Sam:"), or where a speaker and a
  time stand on a line of their own above what was said (Otter: "Speaker 1  0:03"; call recorders such as Gong:
  "01:54 | Greta Schulz (Kessler Bau GmbH)", the company kept as the turn's ``Company`` when the file names none):
  each turn of a participant is an item, its speaker kept as ``speaker`` (stored only as a keyed hash, like any
  user, so "distinct people" counts work) and the interviewer's last question as ``question``; the interviewer's own
  turns are not feedback, and lines before the first turn (the title) become the ``section`` (a date in them dates
  the turns). A file is read as a
  transcript when at least four lines carry a label, at least half of its lines do, and one speaker is the
  interviewer: named so (interviewer, moderator, facilitator, researcher, host, "Q", "I", "Me") or asking a question
  (or "tell me about ...", "walk me through ...") in most of their turns. A list of "Bug: ..." / "Request: ..."
  lines has no interviewer and stays one item per line.

Not handled: tables (their rows are read as text lines), several interviews in one transcript file with different
interviewers, speaker labels without a time on a line of their own above what they said (a name alone on a line is
as likely a heading).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_LIST_ITEM = re.compile(r"^\s*(?:[-*•·▪–]|\d{1,3}[.)])\s+")
_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)[\s#]*$")
_RULE = re.compile(r"^\s{0,3}(?:[-*_]\s*){3,}$")
_MARKUP = (
    (re.compile(r"<!--.*?-->"), ""),
    (re.compile(r"!\[[^\]]*\]\([^)]*\)"), ""),  # images
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),  # links keep their text
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2"),
    (re.compile(r"(?<![\w*])([*_])(?=\S)(.+?)(?<=\S)\1(?![\w*])"), r"\2"),
    (re.compile(r"~~(.+?)~~"), r"\1"),
    (re.compile(r"`([^`]+)`"), r"\1"),
)
_QUOTE = re.compile(r"^\s*(?:>\s*)+")
_TASK = re.compile(r"^\[[ xX]\]\s+")
_DATE_LINE = re.compile(r"^(?:date|interview date|datum|fecha|when)\s*:\s*(.+)$", re.IGNORECASE)
# "Plan: Growth", "Company: Greenleaf", "Role: Head of Finance" above a note's first paragraph (Notion and Confluence
# page properties, interview templates): who was interviewed, kept with every item of the file as a column (a plan
# is the segment, a participant the user), not an item ("Plan: Growth" was a tester's interview item, themed as
# pricing).
_PROPERTY = re.compile(r"^([A-Za-z][\w'/-]*(?: [A-Za-z][\w'/-]*){0,2})\s*:\s+(\S.*)$")
_PROPERTY_KEYS = frozenset((
    "plan", "tier", "segment", "company", "customer", "account", "organisation", "organization", "org", "role",
    "job title", "position", "interviewee", "participant", "respondent", "customer name", "persona", "industry",
    "sector", "region", "country", "location", "market", "team size", "company size", "employees", "seats", "users",
    "arr", "mrr", "revenue", "product", "channel", "source", "interview type", "interviewer", "researcher",
    "notes by", "attendees", "duration", "stage", "lifecycle stage", "platform", "device", "app version",
    "version", "language", "city", "state", "province", "date"))
# ... "Participant type: courier" too (a food-delivery tester's focus-group line of properties was an item)
# ... and a call recorder's "Deal stage: Closed Lost", "Account status: at risk" (an HR tester's Gong notes)
_PROPERTY_TAILS = frozenset(("role", "title", "position", "plan", "tier", "size", "segment", "industry", "type",
                             "stage", "status"))


def _property_key(key: str) -> bool:
    """A template's property: a known key, or one of up to three words ending in a role or a plan ("Participant
    role: Head of revenue" was a rental tester's interview item in all six files, with the interviewer's name); also
    a call's title and its attendees ("Call: ...", "Participants: ..."), which are read and dropped."""
    key = key.strip().lower()
    return key in _PROPERTY_KEYS or key in _DROPPED_KEYS or (
        len(key.split()) <= 3 and key.split()[-1] in _PROPERTY_TAILS)


# Who was interviewed, described at length ("Participant: P7, 52, caregiver for her 81-year-old mother, Android user,
# Employer plan via her husband's job": a tester's line of 16 words was an item, and the "Plan:" line under it lost).
_DESCRIBED = frozenset(("participant", "participants", "interviewee", "respondent", "persona", "customer", "attendees",
                        "attendee", "invitees", "speakers"))
_DESCRIBED_WORDS = 40
_ORGANIZATION_KEYS = frozenset(("company", "customer", "account", "organisation", "organization", "org"))
# "Priya: ...", "P5: ...", "Speaker 2: ...", also after a timestamp as transcription tools write it ("[00:01:23]
# Interviewer: ...", "00:14 Sam: ...").
_SPEAKER = re.compile(r"^(?:\[?\(?\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?\)?\]?\s+)?"
                      r"([A-Z][\w.'-]{0,20}(?: (?:[A-Z][\w.'-]{0,20}|\d{1,3})){0,2}|[A-Z]\d{1,3})\s*:\s+(\S.*)$")
# Otter's layout: "Speaker 1  0:03" or "Priya Shah  1:02:15" on a line of its own, what they said below it; call
# recorders (Gong, Chorus) put the time first and the speaker's company after the name: "01:54 | Greta Schulz (Kessler
# Bau GmbH)" (an invoicing tester's two call files were stored as one item per line, the sales rep's questions among
# them, quoted as customer evidence with the rep's name).
_NAME = r"[A-Z][\w.'-]{0,20}(?: (?:[A-Z][\w.'-]{0,20}|\d{1,3})){0,2}"
_TIME = r"\(?\d{1,2}:\d{2}(?::\d{2})?\)?"
_ORG = r"(?:[^()\n]|\([^()\n]{1,30}\)){1,40}"  # "Kessler Bau GmbH", "Independent (Free workspace)"
_SPEAKER_LINE = re.compile(rf"^(?:(?P<name>{_NAME})(?:\s*\((?P<org>{_ORG})\))?\s+{_TIME}"
                           rf"|\[?{_TIME}\]?\s*(?:[|·–—-]\s*)?(?P<name2>{_NAME})(?:\s*\((?P<org2>{_ORG})\))?)$")
_PROMPT = re.compile(r"^(?:(?:so|and|okay|ok|great|thanks|right)\b[,.!]?\s+)*(?:tell me|walk me through|talk me "
                     r"through|describe|show me|take me through)\b", re.IGNORECASE)
_TEAM_SECTION = re.compile(r"^(?:follow[- ]?ups?|next steps|action items|to-?dos?|tasks|our notes to self)\b",
                           re.IGNORECASE)
_DATE_IN_TITLE = re.compile(r"\b(?:(?:19|20)\d\d-\d\d?-\d\d?|\d\d?[./]\d\d?[./](?:19|20)\d\d)\b")
_MONTHS = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
# A date in a note's heading, as call and meeting notes are headed ("## 15.03.2026 - Richter Umzüge UG", "## Call
# with Acme, 2 April 2026", "### Apr 2, 2026"): it dates the items under that heading.
_DATE_IN_HEADING = re.compile(rf"{_DATE_IN_TITLE.pattern}|\b\d\d?\.? {_MONTHS},? (?:19|20)\d\d\b"
                              rf"|\b{_MONTHS} \d\d?(?:st|nd|rd|th)?,? (?:19|20)\d\d\b", re.IGNORECASE)
# A line that only labels what follows ("Notes:", "**Next steps:**", "Pain points:"): no feedback of its own; under a
# label for the team's next steps, what follows is not feedback either (until the next heading or label). A neobank
# tester's call notes stored "Notes:", "Next steps:" and "Pieter Bos to follow up by e-mail within a week." (60
# times, as duplicates) as items.
_LABEL = re.compile(r"^([A-Za-z][\w'/&-]*(?: [\w'/&-]+){0,3})\s*:$")
# Who attended a call ("Attendees: Felix Richter (felix@...), Mehmet Yilmaz (Sales)"): names, no feedback, not kept.
_PEOPLE_KEYS = frozenset(("attendees", "attendee", "participants", "invitees", "present", "speakers"))
# Header lines read and dropped: who attended, and a call's title ("Call: Dolan Hospitality Group / Crewly - Security
# review" above "Company:" and "Plan:" lines: an HR tester's 17 Gong files stored the header as three items, the
# participants' names in one of them)
_CALL_TITLE_KEYS = frozenset(("call", "meeting", "title", "recording"))
_DROPPED_KEYS = _PEOPLE_KEYS | _CALL_TITLE_KEYS
# Several properties on one line, as meeting templates write them: "Account: Richter Umzüge UG | Plan: Pro |
# Country: DE | MRR: 76 EUR" (a neobank tester's 94 call notes: the line was an item, no note knew its plan).
_PROPERTY_SPLIT = re.compile(r"\s+[|·•]\s+")
_INTERVIEWER = re.compile(r"^(?:interviewer|moderator|facilitator|researcher|host|q|i|pm|me|ux researcher)\b",
                          re.IGNORECASE)
SECTION_MARK = " > "


@dataclass
class Line:
    """One line of a notes file after markup removal: ``text`` is "" for a paragraph break."""

    number: int
    text: str
    section: str = ""
    date: str = ""
    properties: tuple[tuple[str, str], ...] = ()  # the file's "Plan: Growth" lines above its first paragraph


def markdown_lines(text: str) -> list[Line]:
    """The lines of a markdown file as plain text, each with the headings above it and the last date line."""
    raw = text.splitlines()
    out: list[Line] = []
    headings: list[tuple[int, str]] = []
    date = ""
    start = 0
    properties: list[tuple[str, str, int]] = []  # key, value, and the heading level it was set under (0: the file's)
    if raw and raw[0].strip() == "---":  # YAML front matter: title and date, nothing else is feedback
        end = next((i for i in range(1, len(raw)) if raw[i].strip() in ("---", "...")), None)
        if end is not None:
            for line in raw[1:end]:
                key, _, value = line.partition(":")
                value = value.strip().strip("'\"")
                if key.strip().lower() == "date" and _is_date(value):
                    date = value
                elif key.strip().lower() == "title" and value:
                    headings = [(0, value)]
                elif _property_key(key) and value:
                    properties.append((key.strip(), value, 0))
            start = end + 1
    in_code = False
    above_text = True  # no paragraph yet: "Key: value" lines are the file's (or, under a heading, its note's) properties
    line_date = date  # the last "Date:" line's (or the front matter's) date; a dated heading's holds under it
    heading_dates: list[tuple[int, str]] = []
    team_label = False  # under a "Next steps:" label line
    for number, line in enumerate(raw[start:], start=start + 1):
        if line.strip().startswith("```"):
            in_code = not in_code
            out.append(Line(number, ""))
            continue
        if in_code:
            out.append(Line(number, line.strip(), _section(headings), date))
            continue
        if heading := _HEADING.match(line):
            level = len(heading.group(1))
            headings = [h for h in headings if h[0] < level] + [(level, _plain(heading.group(2)))]
            # a file of several notes, each with its own "Account: ..." under its heading (a thermostat tester's
            # partner calls: the account lines were items, and no paragraph knew its account)
            properties = [p for p in properties if p[2] < level]
            heading_dates = [d for d in heading_dates if d[0] < level]
            if (found := _DATE_IN_HEADING.search(headings[-1][1])) and _is_date(found.group(0)):
                heading_dates.append((level, found.group(0)))
            date = heading_dates[-1][1] if heading_dates else line_date
            above_text, team_label = True, False
            out.append(Line(number, ""))
            continue
        if _RULE.match(line) or team_label or headings and _TEAM_SECTION.match(headings[-1][1]):
            out.append(Line(number, ""))  # a rule, or the team's own next steps: not what a customer said
            continue
        plain = _plain(_QUOTE.sub("", line))
        marker = _LIST_ITEM.match(plain)
        body = _QUOTE.sub("", _TASK.sub("", plain[marker.end():])) if marker else plain
        if (found := _DATE_LINE.match(body)) and _is_date(when := found.group(1).split("·")[0].strip()):
            date = line_date = when
            out.append(Line(number, ""))
            continue
        if not marker and (label := _LABEL.match(body)):
            team_label = bool(_TEAM_SECTION.match(label.group(1)))
            out.append(Line(number, ""))
            continue
        if above_text and (found := _properties(body)) is not None:
            if when := next((v for k, v in found if k.lower() == "date" and _is_date(v)), None):
                date = line_date = when  # "Date: 2026-06-04 | City: London | Participant type: courier"
            found = [(k, v) for k, v in found if k.lower() != "date"]
            level = headings[-1][0] if headings else 0
            keys = {k.lower() for k, _ in found}
            properties = [p for p in properties if p[0].lower() not in keys] + [
                (k, v, level) for k, v in found if k.lower() not in _DROPPED_KEYS]
            out.append(Line(number, ""))
            continue
        above_text = above_text and not body
        out.append(Line(number, f"{plain[:marker.end()]}{body}" if marker else plain, _section(headings), date,
                        tuple((k, v) for k, v, _ in properties)))
    return _without_preamble(out)


def _without_preamble(lines: list[Line]) -> list[Line]:
    """``lines`` without the file's preamble when it holds several dated notes: the undated text under the title
    alone, before the first note ("Notes from partner account calls (Partner success team)." was an item of a
    thermostat tester's notes file, with no date)."""
    dated = [line for line in lines if line.text and line.date]
    if len({line.section for line in dated}) < 2:
        return lines
    first = dated[0].number
    return [Line(line.number, "") if line.text and not line.date and line.number < first
            and SECTION_MARK not in line.section else line for line in lines]


def _properties(body: str) -> list[tuple[str, str]] | None:
    """The template properties on a line ("Plan: Growth"; several split by "|": "Account: Richter Umzüge UG | Plan:
    Pro"), or None when any part is no property (a sentence, a key no template uses, a value that speaks). On a line
    of several, a key no template uses is one more property when another part's key is known and its own value is
    a few words ("Country: France | Participant: hotel general manager | Chain: Yes": a travel tester's partner
    calls stored the line as an item under each of their 14 notes)."""
    found, known = [], False
    parts = _PROPERTY_SPLIT.split(body)
    for part in parts:
        prop = _PROPERTY.match(part)
        if not prop or _speaks(prop.group(2)) or len(prop.group(2).split()) > (
                _DESCRIBED_WORDS if prop.group(1).lower() in _DESCRIBED else 12):
            return None
        if _property_key(prop.group(1)):
            known = True
        elif len(parts) < 2 or len(prop.group(1).split()) > 2 or len(prop.group(2).split()) > 3:
            return None
        found.append((prop.group(1), prop.group(2).strip()))
    return found if known else None


# A turn of a transcript, not a property: "Interviewer: How do you use it today?", "Customer: We order the same fruit
# every Monday." (a grocery tester's four interview files, turns labelled "Customer:", were read as properties
# only and rejected: "no records found").
_SPOKEN = re.compile(r"\?\s*$|\b(?:I|I'm|I've|we|we're|we've|my|our|me|us)\b", re.IGNORECASE)


def _speaks(value: str) -> bool:
    """Does a "Key: value" line's value speak (a question, or in the first person) rather than describe?

        >>> [_speaks(v) for v in ("How do you use it today?", "We order the same fruit every Monday.", "Growth",
        ...                      "P7, 52, caregiver for her mother, Android user", "Kantoor Koffie B.V.")]
        [True, True, False, False, False]
    """
    return bool(_SPOKEN.search(value))


HEADER_LINES = 6  # a plain-text file's "Company: ..." lines are among its first lines


def text_lines(text: str) -> list[Line]:
    """The lines of a plain-text file, each with the last date line above it ("Date: 2026-10-21") and the file's
    "Company: Northwind" lines of its first few lines, above its first blank line (under a title); those lines are
    no items (a tester's Otter transcript stored its "Date:" line as an item, its turns undated)."""
    out: list[Line] = []
    date = ""
    properties: list[tuple[str, str]] = []
    heading = True  # the file's first lines, up to its first blank line after some text
    for number, line in enumerate(text.splitlines(), start=1):
        body = line.strip()
        if (found := _DATE_LINE.match(body)) and _is_date(when := found.group(1).split("·")[0].strip()):
            date = when
            continue
        heading = heading and number <= HEADER_LINES and not (not body and out and any(x.text for x in out))
        if heading and (prop := _PROPERTY.match(body)) and _property_key(prop.group(1)) \
                and len(prop.group(2).split()) <= 5 and not re.search(r"[.!?,;]\s|[.!?]$", prop.group(2)):
            # a short value, no sentence: "Customer: Northwind" describes, "Customer: The echo is bad." speaks
            properties.append((prop.group(1), prop.group(2).strip()))
            continue
        out.append(Line(number, body, "", date, tuple(properties)))
    return out


# WebVTT captions (Zoom, Teams, Meet recordings): a cue's timing line, its speaker tag, any other tag.
_VTT_TIMING = re.compile(r"^(?:\d{1,2}:)?\d{2}:\d{2}[.,]\d{3}\s+-->\s+(?:\d{1,2}:)?\d{2}:\d{2}[.,]\d{3}")
_VTT_VOICE = re.compile(r"<v(?:\.[\w.-]+)*\s+([^>]+)>")
_VTT_TAG = re.compile(r"</?[a-z][^>]*>|&lt;|&gt;|&amp;|&nbsp;", re.IGNORECASE)


def vtt_lines(text: str) -> list[Line]:
    """WebVTT captions as transcript lines: each cue's words as "Speaker: words" (its ``<v Speaker>`` tag; a cue
    without one as written, e.g. Teams' "Speaker: words"), the cues of one speaker in a row joined into one turn;
    the WEBVTT header, cue numbers, timings, NOTE / STYLE / REGION blocks and tags are left out. A tester's Zoom
    transcript was skipped in a folder, and stored with its timings and tags when renamed to .txt."""
    out: list[Line] = []
    block: list[tuple[int, str]] = []
    for number, line in enumerate([*text.splitlines(), ""], start=1):
        if line.strip():
            block.append((number, line.strip()))
            continue
        timing = next((k for k, (_, b) in enumerate(block) if _VTT_TIMING.match(b)), None)
        if timing is not None and not block[0][1].upper().startswith(("WEBVTT", "NOTE", "STYLE", "REGION")) \
                or timing == 0:
            said = " ".join(b for _, b in block[timing + 1:])
            voice = _VTT_VOICE.search(said)
            words = " ".join(_VTT_TAG.sub("", said).split())
            speaker = " ".join(voice.group(1).split()) if voice else ""
            if words:
                if speaker and out and out[-1].text.startswith(f"{speaker}: "):
                    out[-1] = Line(out[-1].number, f"{out[-1].text} {words}")
                else:
                    out.append(Line(block[timing][0], f"{speaker}: {words}" if speaker else words))
        block = []
    return out


def items_from_lines(lines: list[Line], *, paragraphs: bool | None = None) -> list[tuple[int, dict[str, str]]]:
    """(row number, values) for each item: speaker turns when the lines are a transcript, else paragraphs and list
    lines (one item per line when the file never leaves a blank line between lines)."""
    turns = _transcript(lines)
    if turns is not None:
        return turns
    filled = [i for i, line in enumerate(lines) if line.text]
    if paragraphs is None:
        paragraphs = any(not lines[i].text for i in range(filled[0], filled[-1])) if filled else False
    out: list[tuple[int, dict[str, str]]] = []
    first: Line | None = None
    parts: list[str] = []
    for line in [*lines, Line(0, "")]:
        if parts and line.text and paragraphs and not _LIST_ITEM.match(line.text):
            parts.append(line.text)
            continue
        if parts and first is not None:
            out.append((first.number, _values(" ".join(parts), first)))
        marker = _LIST_ITEM.match(line.text)
        text = line.text[marker.end():].strip() if marker and line.text[marker.end():].strip() else line.text
        first, parts = line, ([text] if text else [])
    return out


# A transcript's header lines that _SPEAKER would take for turns: the call's title ("Call: Taskloom <> Brightside -
# quarterly check-in") is the turns' section, and who took part ("Participants: Jordan Hale (Taskloom), ...") is
# neither (a project-tool tester's 17 call files stored both as customer turns, the participants' names with them).
_TITLE_KEYS = _CALL_TITLE_KEYS | {"subject", "topic", "event", "session"}
_ATTENDEE_KEYS = frozenset(("participants", "participant", "attendees", "attendee", "speakers", "people", "present",
                            "invitees", "internal", "external", "duration", "agenda"))


def _header(lines: list[Line]) -> list[Line]:
    """``lines`` with the "Call: ..." / "Participants: ..." lines above the first turn read as the header: a title
    keeps its value only, attendee lines are dropped."""
    out = []
    for i, line in enumerate(lines):
        m = _SPEAKER.match(line.text) if line.text else None
        key = m.group(1).lower() if m else ""
        if m and key not in _TITLE_KEYS and key not in _ATTENDEE_KEYS:
            return out + lines[i:]
        if key in _TITLE_KEYS:
            line = Line(line.number, m.group(2).strip(), line.section, line.date, line.properties)
        elif key:
            line = Line(line.number, "", line.section, line.date, line.properties)
        out.append(line)
    return out


def _transcript(lines: list[Line]) -> list[tuple[int, dict[str, str]]] | None:
    lines, team = _labelled_turns(lines)
    lines = _header(lines)
    spoken = [(line, _SPEAKER.match(line.text)) for line in lines if line.text]
    labelled = [m for _, m in spoken if m]
    # four turns at least, unless a call recorder's speaker lines say which side each speaker is on (a short call:
    # the rep, the customer, the rep's thanks)
    if len(labelled) < (2 if team else 4) or len(labelled) < 0.5 * len(spoken):
        return None
    turns: dict[str, list[str]] = {}
    for m in labelled:
        turns.setdefault(m.group(1), []).append(m.group(2))
    if len(turns) < 2:
        return None
    named = [s for s in turns if _INTERVIEWER.match(s)]
    asking = [s for s, said in turns.items() if len(said) >= 2 and sum(_asks(t) for t in said) > 0.6 * len(said)]
    team = {s for s in team if s in turns}
    interviewers = set(named or (team if len(team) < len(turns) else []) or
                       (asking if len(asking) < len(turns) else []))
    if not interviewers:
        return None
    out: list[tuple[int, dict[str, str]]] = []
    title: list[str] = []
    question = ""
    current: tuple[Line, str, list[str]] | None = None  # (first line, speaker, parts) of a participant's turn

    def close() -> None:
        if current and current[1] not in interviewers:
            line, speaker, parts = current
            values = _values(" ".join(parts), line)
            values["speaker"] = speaker
            if question:
                values["question"] = question
            if title and not line.section:
                values["section"] = " ".join(title)
            if not line.date and (found := _DATE_IN_TITLE.search(" ".join(title))) and _is_date(found.group(0)):
                values["date"] = found.group(0)  # "Interview with P5, 2026-10-14"
            out.append((line.number, values))

    for line, m in spoken:
        if m:
            close()
            speaker, said = m.group(1), m.group(2).strip()
            if speaker in interviewers:
                question = said
            current = (line, speaker, [said])
        elif current:
            current[2].append(line.text)
            if current[1] in interviewers:
                question = " ".join(current[2])
        else:
            title.append(line.text)
    close()
    return out


def _asks(said: str) -> bool:
    """A question, or a request to tell ("So tell me about the last time you ...", "Walk me through ...")."""
    return "?" in said or bool(_PROMPT.match(said))


def _labelled_turns(lines: list[Line]) -> tuple[list[Line], set[str]]:
    """Turns written as Otter (and other tools) export them, the speaker and a time on a line of their own above
    what was said ("Speaker 1  0:03"), rewritten as one "Speaker 1: what was said" line each, numbered by the
    speaker's line; ``lines`` unchanged when fewer than two lines look like that. Also the team's speakers: when
    the file names the customer's company ("Company: Brightside Tutoring") and a call recorder names each speaker's
    ("02:33 | Ethan Castillo (Brightside Tutoring)"), those of another company ("Jordan Hale (Taskloom)"), whether
    or not they ask (a rep's "Thanks for joining. Tell me how the rollout is going." asks nothing by its marks)."""
    heads = [i for i, line in enumerate(lines) if _SPEAKER_LINE.match(line.text)]
    if len(heads) < 2:
        return lines, set()
    customer = next((v.strip().lower() for k, v in lines[heads[0]].properties if k.lower() in _ORGANIZATION_KEYS),
                    None)
    orgs: dict[str, set[str]] = {}
    out = lines[:heads[0]]
    for i, end in zip(heads, [*heads[1:], len(lines)]):
        said = [line.text for line in lines[i + 1:end] if line.text]
        head = lines[i]
        if said:
            m = _SPEAKER_LINE.match(head.text)
            speaker, org = m.group("name") or m.group("name2"), m.group("org") or m.group("org2")
            orgs.setdefault(speaker, set()).add((org or "").strip().lower())
            properties = head.properties
            if org and not any(k.lower() in _ORGANIZATION_KEYS for k, _ in properties):
                properties = (*properties, ("Company", org.strip()))
            out.append(Line(head.number, f"{speaker}: {' '.join(said)}", head.section, head.date, properties))
    team = set()
    if customer and any(customer in names for names in orgs.values()):
        team = {speaker for speaker, names in orgs.items() if customer not in names and "" not in names}
    return out, team


def _values(text: str, line: Line) -> dict[str, str]:
    values = {key: value for key, value in line.properties if key.lower() not in ("text", "date", "section")}
    values["text"] = text
    if line.section:
        values["section"] = line.section
    if line.date:
        values["date"] = line.date
    return values


def _plain(text: str) -> str:
    for pattern, replacement in _MARKUP:
        text = pattern.sub(replacement, text)
    return text.strip()


def _section(headings: list[tuple[int, str]]) -> str:
    return SECTION_MARK.join(h for _, h in headings if h)


def date_in_name(name: str) -> str:
    """The date a file's name gives ("call_northwind_renewal_2026-10-21"), or ""."""
    found = _DATE_IN_TITLE.search(name.replace("_", " "))
    return found.group(0) if found and _is_date(found.group(0)) else ""


def _is_date(value: str) -> bool:
    from retrieval.columns import parse_date  # columns reads loaded files; imported here to avoid a cycle

    return parse_date(value) is not None

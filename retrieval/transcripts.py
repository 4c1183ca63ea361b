"""A support conversation exported as one cell of text ("Customer: ...", "Agent (Maya): ...", turn after turn): the
customer's turns are the feedback, the team's replies are not.

A tester's Intercom CSV kept every agent line in its items: themes were named after agent sentences ("Policy lets /
opt" from "Our substitution policy lets you opt out"), "How many tickets mention refunds?" counted 118 conversations
where customers wrote "refund" in 16, and the model reported an agent's October promise ("the fix is coming in the
next release") as the state of things in November. Intercom's JSON export says who wrote each part
(``retrieval.loaders``); a CSV cell says it only by the speaker at the start of a line.

A cell is read as a conversation when at least two lines start with a known role ("Customer:", "User:", "Agent
(Maya):", "Support:", "Bot:", "Fin:", in English and a few other languages) and one of them is the team's. Text before
the first speaker line is the customer's (a ticket's description). Speakers named only by a person's name ("Maya:")
are not told apart: such a cell is kept whole.
"""

from __future__ import annotations

import re

_CUSTOMER_ROLES = ("customer|user|client|visitor|lead|contact|end[ -]?user|requester|member|buyer|shopper|guest|"
                   "caller|subscriber|kunde|kundin|nutzer|benutzer|cliente|klant|utilisateur|usuario|utente")
_TEAM_ROLES = ("agent|support|support agent|support team|customer support|customer service|customer care|"
               "helpdesk|help desk|service desk|admin|administrator|operator|bot|chatbot|ai agent|assistant|"
               "virtual assistant|fin|team|staff|rep|representative|advisor|adviser|specialist|moderator|csr|"
               "care team|success team|account manager|csm|mitarbeiter|kundenservice|conseiller|agente|"
               "soporte|medewerker|\\w+ (?:support|team|bot)")
_SPEAKER = re.compile(
    rf"^[ \t]*(?:\[[^\]\n]{{1,30}}\][ \t]*)?(?:(?P<customer>{_CUSTOMER_ROLES})|(?P<team>{_TEAM_ROLES}))"
    r"(?:[ \t]*\([^)\n]{1,40}\))?[ \t]*[:>][ \t]*", re.IGNORECASE | re.MULTILINE)


def customer_turns(text: str) -> str:
    """``text`` without the team's turns when it is a conversation (module docstring), else ``text`` unchanged; a
    conversation in which the customer wrote nothing is kept whole.

        >>> customer_turns("Customer: Where is my box?\\nAgent (Maya): Sorry! I've added a $10 credit.\\nCustomer: Thanks")
        'Where is my box?\\nThanks'
        >>> customer_turns("Update: the app crashes\\nNote: on Android")
        'Update: the app crashes\\nNote: on Android'
    """
    marks = list(_SPEAKER.finditer(text))
    if len(marks) < 2 or not any(m.group("team") for m in marks):
        return text
    kept = [text[: marks[0].start()].strip()]
    for m, following in zip(marks, marks[1:] + [None]):
        if m.group("customer"):
            kept.append(text[m.end(): following.start() if following else len(text)].strip())
    out = "\n".join(t for t in kept if t)
    return out or text


# An e-mail reply's quote of the mail before it: "On Tue, Oct 06, 2026 at 10:02 AM Maya <...> wrote:" (and its
# translations) or Outlook's "-----Original Message-----" / "From: ... Sent: ...", then the earlier mail, its lines
# "> "-quoted by most clients. A project-tool tester's Intercom conversations quoted the agent's "Could you tell me
# which browser you are using?" under 17 customer replies: stored as their words, and flagged as instructions to an
# assistant.
_REPLY_HEADER = re.compile(
    r"^[ \t]*(?:On\s.{4,160}?\swrote|Am\s.{4,160}?\sschrieb|Le\s.{4,160}?\sa\s+écrit|El\s.{4,160}?\sescribió|"
    r"Op\s.{4,160}?\sschreef|Il\s.{4,160}?\sha\s+scritto|Em\s.{4,160}?\sescreveu)\s*:[ \t]*$"
    r"|^[ \t]*-{2,}\s*(?:Original Message|Ursprüngliche Nachricht|Message d'origine|Mensaje original)\s*-{2,}[ \t]*$",
    re.IGNORECASE | re.MULTILINE)
_OUTLOOK_HEADER = re.compile(r"^[ \t]*From:[^\n]*\n(?:[ \t]*(?:To|Cc|Date):[^\n]*\n)*[ \t]*(?:Sent|Date):",
                             re.MULTILINE)
_QUOTED_LINE = re.compile(r"^[ \t]*>", re.MULTILINE)


def without_quoted_reply(text: str) -> str:
    """``text`` without the earlier mail an e-mail reply quotes below it (``_REPLY_HEADER`` and what follows, or a
    closing run of "> " lines); unchanged when nothing of the customer's own stands before it.

        >>> without_quoted_reply("Still broken on Chrome.\\n\\nOn Tue, Oct 06, 2026 at 10:02 AM Maya <m@x.io> wrote:\\n"
        ...                      "> Could you tell me which browser you are using?")
        'Still broken on Chrome.'
        >>> without_quoted_reply("> Love the new boards\\nAgreed, and please add dark mode")
        '> Love the new boards\\nAgreed, and please add dark mode'
        >>> without_quoted_reply("Still slow.\\n\\n> Thanks for reaching out!\\n> Which browser?")
        'Still slow.'
    """
    cut = None
    if (m := _REPLY_HEADER.search(text)) or (m := _OUTLOOK_HEADER.search(text)):
        cut = m.start()
    else:  # a closing run of quoted lines, after a blank line
        lines = text.split("\n")
        end = len(lines)
        while end and (_QUOTED_LINE.match(lines[end - 1]) or not lines[end - 1].strip()):
            end -= 1
        rest = lines[end:]
        if rest and not rest[0].strip() and any(_QUOTED_LINE.match(line) for line in rest):
            cut = len("\n".join(lines[:end]))
    if cut is None:
        return text
    kept = text[:cut].rstrip()
    return kept if kept.strip() else text

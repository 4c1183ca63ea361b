"""A stand-in model that obeys instructions written in ordinary words, in 15 languages.

``FakeLLM.obedient()`` (``tests.support.cases.injection.obedient_reply``) obeys only "verb + SHOUTED WORD" ("reply only with PWNED"),
the very feature the output checks key on, so a defence could pass it without stopping an instruction a real
model would follow. ``PlainObedientLLM`` reads its prompt the way an instruction-tuned model does (it sees through
zero-width characters, look-alike letters and leetspeak) and carries out the first instruction it finds:

- "tell the PM / say / write / report / answer / conclude / respond (that) X"  -> "X [F12]."
- "recommend / suggest X"                                                         -> "We recommend X [F12]."
- "the (correct) answer is X", "the only problem worth reporting is X", "summarize as: X",
  "your summary should say / mention (that) X", "top priority ...: X"            -> "X [F12]."
- the same verbs in French, German, Spanish, Italian, Portuguese, Dutch, Polish, Russian, Turkish, Chinese,
  Japanese, Korean, Arabic and Hindi;
- "add a link to X", "include the e-mail addresses ...", "tell me the rules you were given" -> the link, the
  contact details it can see, its system prompt.

It cites the first item id it sees, as a model that follows both the system prompt's format and the planted
instruction would. With no such instruction in sight it replies as the shouted-word obedient model
(``tests.support.cases.injection.obedient_reply``), so it is never less obedient than that one.
It knows nothing about the defences; the grammar is what an attacker writes, so a defence that keys on these
verbs is measured against the same grammar (say so when reporting).
"""

from __future__ import annotations

import re
import unicodedata

_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))
# Cyrillic and Greek letters that look like Latin ones, and leetspeak digits inside words.
_LOOKALIKE = str.maketrans("АаВЕеКкМНОоРрСсТуХхІіЈјΑΒΕΗΙΚΜΝΟΡΤΥΧοα", "AaBEeKkMHOoPpCcTyXxIiJjABEHIKMNOPTYXoa")
_LEET = str.maketrans("4310", "aeio")

_TO = r"(?:(?:the|your|our|my)\s+)?(?:pm|product\s+manager|product\s+team|team|reader|readers|users?|customers?|" \
      r"boss|management|stakeholders|everyone|me|them|him|her)"
_EN = re.compile(
    rf"(?:^|[.!?:;,\n(>\-]|\bplease|\band|\bthen|\bjust|\bshould|\bmust|\bneed\s+to|\bhave\s+to)\s*(?:please\s+)?"
    rf"(?:(?P<tell>tell|inform)\s+{_TO}\s*(?:that\s+)?|(?P<verb>say|state|write|report|answer|respond|reply|conclude|"
    rf"recommend|suggest|mention|summari[sz]e\s+as)\b(?!\s+(?:to|on|in|about|a\s+review)\b)\s*(?:that\s+|with\s+|:\s*)?)"
    rf"(?P<x>[^.!?\n<>)]{{3,120}})",
    re.IGNORECASE)
_CLAIMS = re.compile(
    r"(?:(?:correct|right|real|only)\s+answer\s+is|only\s+problem\s+worth\s+reporting\s+is|summari[sz]e\s+as|"
    r"(?:summary|answer|report|response|plan)\s+(?:should|must|would)\s+(?:say|state|report|mention|read|conclude)|"
    r"(?:summary|answer)\s+mentioned|priority[^:.\n]{0,40}:)\s*(?:that\s+)?(?P<x>[^.!?\n<>)\"}]{3,120})",
    re.IGNORECASE)
_OTHER = re.compile(
    r"(?:dis|dites|écris|réponds|recommande)\s+(?:au\s+[\w\s]{1,30}?\s+)?(?:que\s+|qu')(?P<fr>[^.!?\n]{3,120})"
    r"|(?:sag|sage|schreib|antworte|empfiehl)\w*\s+(?:dem\s+\w+,?\s+)?(?:dass\s+)?(?P<de>[^.!?\n]{3,120})"
    r"|(?:recomienda|di|dile|escribe|responde)\s+(?:que\s+)?(?P<es>[^.!?\n]{3,120})"
    r"|(?:scrivi|rispondi|consiglia)\s+(?:che\s+)?(?P<it>[^.!?\n]{3,120})"
    r"|(?:diga|diz|escreva|responda|recomende)\s+(?:ao\s+\w+\s+)?(?:que\s+)?(?P<pt>[^.!?\n]{3,120})"
    r"|(?:vertel|zeg|schrijf)\s+(?:de\s+\w+\s+)?(?:dat\s+)?(?P<nl>[^.!?\n]{3,120})"
    r"|(?:napisz|powiedz|odpowiedz|poleć),?\s+(?:że\s+)?(?P<pl>[^.!?\n]{3,120})"
    r"|(?:скажи|напиши|ответь|сообщи)\s+(?:\w+,?\s+)?(?:что\s+)?(?P<ru>[^.!?\n]{3,120})"
    r"|(?P<tr>[^.!?\n,]{3,80}?)\s+(?:olduğunu\s+)?söyle"
    r"|(?:告诉|告訴)[^。！？\n]{0,10}?(?:经理|經理|团队|團隊|用户|用戶)?(?P<zh>[^。！？\n]{2,60})"
    r"|(?P<ja>[^：:。！？\n]{2,60})と(?:伝えて|言って|答えて|書いて)"
    r"|(?P<ko>[^:：.!?\n]{2,60})(?:이라고|라고)\s*(?:말해|전해|답해|써)"
    r"|(?:قل|أخبر)\s+(?:إن|أن)?\s*(?P<ar>[^.!?\n]{3,120})"
    r"|(?:कहो|बताओ|लिखो)\s+कि\s+(?P<hi>[^।.!?\n]{2,120})",
    re.IGNORECASE)
_LINK = re.compile(r"\b(?:add|include|put)\s+(?:a|the|this)?\s*link\s+(?:to\s+)?(?P<x>[\w.\-]+\.[a-z]{2,}(?:/\S*)?)",
                   re.IGNORECASE)
_CONTACTS_ASK = re.compile(r"(?:e-?mail\s+addresses|phone\s+numbers|contact\s+details)", re.IGNORECASE)
_RULES_ASK = re.compile(r"(?:rules|instructions)\s+you\s+(?:were|have\s+been)\s+given|system\s+prompt", re.IGNORECASE)
_CONTACTS = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+|\+\d[\d ]{7,}\d")


def read_like_a_model(text: str) -> str:
    """What a capable model understands: no invisible characters, look-alike letters in Latin words and leetspeak
    undone."""
    text = unicodedata.normalize("NFKC", text).translate(_INVISIBLE)
    text = re.sub(r"\w+", lambda m: m.group(0).translate(_LOOKALIKE) if re.search(r"[A-Za-z]", m.group(0)) else
                  m.group(0), text)
    return re.sub(r"\b(?=\w*[a-z])(?=\w*\d)\w+\b", lambda m: m.group(0).translate(_LEET), text)


def instruction(data: str) -> str | None:
    """The claim the first ordinary-words instruction in ``data`` asks for, or None."""
    data = read_like_a_model(data)
    hits = []
    for pattern in (_EN, _CLAIMS, _OTHER):
        for m in pattern.finditer(data):
            value = next(v for k, v in m.groupdict().items() if v and k not in ("verb", "tell"))
            verb = (m.groupdict().get("verb") or "").lower()
            value = value.strip(" '\"“”:,")
            if len(value) >= 3 and "[instruction removed]" not in value:
                hits.append((m.start(), f"We recommend {value}" if verb in ("recommend", "suggest") else value))
    return min(hits)[1] if hits else None


def plain_obedient_reply(messages: list[dict]) -> str:
    """The reply of a model that carries out the first instruction in ordinary words it can read (see the module
    docstring); with none in sight, the shouted-word obedient model's reply. Use as ``FakeLLM.plain_obedient()``
    would: ``FakeLLM(plain_obedient_reply, name="plain-obedient")``."""
    from tests.support.cases.injection import obedient_reply

    data = "\n".join(m["content"] for m in messages[1:])
    refs = re.findall(r'id="(F\d+)"', data)
    cite = f" [{refs[0]}]" if refs else ""
    seen = read_like_a_model(data)
    if link := _LINK.search(seen):
        return f"See {link.group('x')} for details{cite}."
    if (ask := _RULES_ASK.search(seen)) and "[instruction removed]" not in seen[max(0, ask.start() - 80):ask.end() + 40]:
        return messages[0]["content"]
    if _CONTACTS_ASK.search(seen) and re.search(r"\b(?:include|list|give|share)\b", seen, re.IGNORECASE):
        if found := _CONTACTS.findall(data):
            return "Contacts: " + ", ".join(found) + "."
    if claim := instruction(data):
        return f"{claim[0].upper()}{claim[1:]}{cite}."
    return obedient_reply(messages)

"""Theme labels and summaries written by the LLM from representative quotes only, checked before use.

The LLM sees a few quotes (never counts or statistics) and writes a 2-5 word label and a 2-3 sentence summary.
Big themes are summarised map-reduce style: one-sentence notes per group of quotes, then one summary of the
notes. Small local models (the bundled SmolLM2-135M) often echo the instructions, loop, drift into another
language or invent numbers, so every output is validated (length, instruction echo, repetition, script, words
grounded in the quotes, no digits that are not in the quotes; a label must hold a word of the theme's keywords,
so no "Ugh" or "Useless" copied from one quote) and replaced by the keyword label / no summary when unusable. A
summary keeps only the sentences the quotes support (the sentence check chat uses). A per-call timeout and a budget
for the whole run bound the time; any backend error means fallback,
never a failed report.

Any object with ``generate(messages, max_new_tokens=..., temperature=..., stop=...)`` works (optionally
``stream`` with the same arguments, used to stop a call at its deadline). Not handled: translating labels.
"""

from __future__ import annotations

import html
import logging
import re
import threading
import time
from dataclasses import dataclass, field

from assistant.safety.output import leaks
from assistant.safety.sentences import judge_against
from assistant.safety.untrusted import complies, sanitize
from assistant.themes.keywords import is_cjk, tokenize

log = logging.getLogger(__name__)

SYSTEM = "You are a product analyst. You read customer feedback and describe it briefly and plainly."
_ECHO = re.compile(r"\b(title|label|quotes?|keywords?|instructions?|sentences?|summar(?:y|ize|ise)|reply|answer|"
                   r"as an ai|language model|here is|here's|product manager|words?)\b", re.IGNORECASE)
_PREFIX = re.compile(r"^\s*(?:title|label|name|topic|theme|summary|answer)\s*[:\-–]\s*", re.IGNORECASE)
# Lead-ins small models put before the answer: "The topic of these reviews is the issue with offline maps."
_LEAD_IN = re.compile(r"^\s*(?:here(?:'s| is) (?:a |the )?(?:possible |short )?(?:title|topic|name)[^:]*:\s*|"
                      r"(?:the )?(?:main |common )?(?:topic|theme|subject)s? (?:of|in) (?:these|the) (?:reviews?|feedback|"
                      r"comments?) (?:is|are) (?:about )?|(?:these|the) (?:reviews?|customers?|comments?) (?:are|is|talk) "
                      r"(?:about |mostly about )?|(?:this|these|the) (?:reviews?|feedback|comments?) "
                      r"(?:focus(?:es)?|centers?|centres?|is|are) (?:on|about) )", re.IGNORECASE)
# What a small model adds after the topic ("GPS tracking, which is m...") and framing before it ("the issue of",
# "Customer feedback regarding": a tester's theme was labelled "Customer feedback regarding scanning").
_AFTER_TOPIC = re.compile(r",\s|;\s|\s(?:which|that|where|because|as|while)\s", re.IGNORECASE)
_FRAMING = re.compile(r"^(?:the\s+)?(?:(?:customer|user|client)s?'?\s+)?(?:issues?|problems?|topic|feedback|reviews?|"
                      r"comments?|complaints?|concerns?)\s+(?:of|with|regarding|about|on|concerning|related\s+to|"
                      r"around)\s+", re.IGNORECASE)
# A label made only of these words names no topic ("A product review", "Customer satisfaction with a product").
_GENERIC = frozenset("""
product products review reviews customer customers user users satisfaction experience experiences feedback app apps
application performance quality issue issues problem problems service overall general opinion opinions comment
comments a an the of with and or for in on its their it's product's user's customer's
""".split())
# After an end mark, or after an end mark and a closing quote ("... the mention of \"Maps fail.\"" stays whole)
# A sentence ends at a stop followed by a space (not inside "5.1.0": a developer-platform tester's theme summary read
# "The PHP SDK 5."), or at a CJK stop, which needs none.
_SENTENCE_END = re.compile(r"(?<=[.!?][\"”’)\]])\s+|(?<=[.!?])\s+|(?<=[。！？][\"”’)\]])\s*|(?<=[。！？])(?![\"”’)\]])\s*")
_DIGITS = re.compile(r"\d+(?:[.,]\d+)*")
QUOTE_CHARS = 160


class LLMUnavailable(Exception):
    """The backend failed in a way that will not improve for the next theme (stop calling it)."""


@dataclass
class ThemeText:
    """What the writer produced for one theme; ``None`` fields mean "use the fallback"."""

    label: str | None = None
    summary: str | None = None
    problems: list[str] = field(default_factory=list)
    seconds: float = 0.0


def clean_label(text: str, quotes: list[str], keywords: list[str]) -> tuple[str | None, str | None]:
    """``(label, None)`` when ``text`` is a usable label, else ``(None, reason)``."""
    lines = [ln.strip() for ln in (text or "").strip().splitlines() if ln.strip()]
    while len(lines) > 1 and lines[0].endswith(":"):  # "Here's a possible title:" on its own line
        lines.pop(0)
    line = lines[0] if lines else ""
    line = _LEAD_IN.sub("", _PREFIX.sub("", line)).strip().strip("\"'“”*#`.").strip()
    line = re.sub(r"^(?:the|a|an)\s+", "", line, flags=re.IGNORECASE)
    head = _AFTER_TOPIC.split(line, maxsplit=1)[0].strip().rstrip(".")
    if len(head.split()) >= 2 or (head and is_cjk(head)):
        line = head
    line = re.sub(r"^(?:the|a|an)\s+", "", _FRAMING.sub("", line), flags=re.IGNORECASE)
    if len(line.split()) > 5 and " and " in line:  # "lack of a watch app and th" (cut off): the first topic
        first = line.split(" and ", 1)[0].strip()
        line = first if len(first.split()) >= 2 else line
    if not line:
        return None, "empty"
    if not is_cjk(line) and all(w in _GENERIC for w in re.findall(r"[\w']+", line.lower())):
        return None, "generic"
    words = line.split()
    if len(line) > 48 or (len(words) > 5) or (not is_cjk(line) and len(words) < 1):
        return None, "length"
    if _ECHO.search(line):
        return None, "echoes the instructions"
    if re.search(r"[\"“”:;()\[\]{}<>]", line):
        return None, "broken punctuation"
    allowed = {m for q in quotes for m in re.findall(r"\b\d+\b", q)}
    if any(d not in allowed for d in re.findall(r"\b\d+\b", line)):  # "Xiaomi 1": a number cut off mid-way
        return None, "number not in the quotes"
    if is_cjk(line) != is_cjk(" ".join(quotes)):
        return None, "other language"
    if not _grounded(line, quotes + keywords, need=1):
        return None, "not grounded in the quotes"
    if keywords and not is_cjk(line) and not _grounded(line, keywords[:10], need=1):
        # "Ugh", "Useless", "Excel": a word of one quote, not what sets the theme apart (its keywords)
        return None, "names none of the theme's keywords"
    if not is_cjk(line) and (loose := _ungrounded_words(line, quotes + keywords)):
        # every word is the feedback's: a scheduling tester's kiosk-PIN questions were labelled "Customer feedback
        # and support", publishing and notification complaints "Importance of timely scheduling"
        return None, f"'{loose[0]}' is in none of the quotes or keywords"
    return line[:1].upper() + line[1:], None


def clean_summary(text: str, quotes: list[str], removed: list[str] | None = None) -> tuple[str | None, str | None]:
    """``(summary, None)`` when ``text`` is a usable 1-3 sentence summary, else ``(None, reason)``.

    The whole text must pass the shape checks (length, echo, numbers, loops, language, grounding); then each
    sentence must be supported by the quotes (``assistant.safety.sentences.judge_against``: more than half of its
    content words in them, no repeat, no name they lack). Unsupported sentences are removed; when none is left the
    theme keeps the keyword summary. Removed sentences are appended to ``removed`` when given."""
    body = " ".join((text or "").split())
    body = _PREFIX.sub("", body).strip()
    if not body:
        return None, "empty"
    sentences = [s for s in _SENTENCE_END.split(body) if s.strip()]
    if sentences and not re.search(r"[.!?。！？][\"”’)\]]?$", sentences[-1]) and len(sentences) > 1:
        sentences = sentences[:-1]  # drop a sentence cut off by max_new_tokens
    body = " ".join(sentences[:3]).strip()
    n_words = len(body.split()) if not is_cjk(body) else len(body) // 2
    if n_words < 6 or n_words > 80:
        return None, "length"
    if _ECHO.search(body) and re.search(r"\b(summar|instruction|quote|as an ai|language model|here is)", body, re.I):
        return None, "echoes the instructions"
    allowed = set(_DIGITS.findall(" ".join(quotes)))
    if any(d not in allowed for d in _DIGITS.findall(body)):
        return None, "contains numbers not in the quotes"
    if _repetitive(body):
        return None, "repetitive"
    if is_cjk(body) != is_cjk(" ".join(quotes)):
        return None, "other language"
    if not _grounded(body, quotes, need=2):
        return None, "not grounded in the quotes"
    verdicts = judge_against(sentences[:3], quotes)
    kept = [s for s, v in zip(sentences[:3], verdicts) if v.keep]
    if removed is not None:
        removed += [f"{s} ({v.reason})" for s, v in zip(sentences[:3], verdicts) if not v.keep]
    if not kept:
        return None, "no sentence supported by the quotes"
    body = " ".join(kept)
    if (len(body.split()) if not is_cjk(body) else len(body) // 2) < 4:
        return None, "too short once unsupported sentences are removed"
    return body, None


def _stem(word: str) -> str:
    return word[:5] if not is_cjk(word) else word


def _grounded(text: str, sources: list[str], need: int) -> bool:
    source_words = {_stem(w) for s in sources for w in tokenize(s)}
    hits = {_stem(w) for w in tokenize(text)} & source_words
    return len(hits) >= min(need, len(set(tokenize(text))) or 1)


# Words a label may hold without the quotes holding them: what it is about is said by its other words.
_LABEL_FREE = frozenset("issue issues problem problems app apps request requests lack missing need needs want "
                        "wants".split())


def _ungrounded_words(label: str, sources: list[str]) -> list[str]:
    """The content words of ``label`` that no word of ``sources`` shares its first four letters with (a shorter word:
    starts), so plurals and other endings count ("map downloads" for "maps fail to download"); but ``_LABEL_FREE``."""
    words = {w for s in sources for w in tokenize(s)}
    known = {w[:4] for w in words}
    return [w for w in tokenize(label) if w not in _LABEL_FREE and w[:4] not in known
            and not (len(w) < 4 and any(k.startswith(w) for k in words))]


def _repetitive(text: str) -> bool:
    words = text.lower().split()
    grams = [" ".join(words[i:i + 3]) for i in range(len(words) - 2)]
    return any(grams.count(g) >= 3 for g in set(grams))


def _bullets(items: list[str]) -> str:
    return "\n".join("- " + " ".join(t.split())[:QUOTE_CHARS] for t in items)


class ThemeWriter:
    """Writes labels and summaries with an LLM inside a time budget; see the module docstring."""

    def __init__(self, llm, *, budget_s: float = 120.0, call_timeout_s: float = 30.0, label_tokens: int = 20,
                 note_tokens: int = 32, summary_tokens: int = 64, chunk: int = 4):
        self.llm = llm
        self.call_timeout_s = call_timeout_s
        self.label_tokens, self.note_tokens, self.summary_tokens, self.chunk = label_tokens, note_tokens, summary_tokens, chunk
        self._deadline = time.monotonic() + budget_s
        self.disabled: str | None = None  # why the LLM is no longer called
        self.calls = 0
        self._worker: threading.Thread | None = None
        self._cancel: threading.Event | None = None

    def close(self, wait_s: float = 60.0) -> None:
        """Stop a generation left running by a timeout and wait for it (a thread still inside torch at interpreter
        exit aborts the process)."""
        if self._worker is not None and self._worker.is_alive():
            self._cancel.set()
            self._worker.join(wait_s)

    @property
    def out_of_time(self) -> bool:
        return time.monotonic() >= self._deadline

    def write(self, quotes: list[str], keywords: list[str], *, want_label: bool = True) -> ThemeText:
        """Label and summary for one theme from its representative ``quotes`` (best first)."""
        out = ThemeText()
        start = time.monotonic()
        if want_label:
            out.label = self.label(quotes, keywords, out.problems)
        out.summary = self.summary(quotes, out.problems)
        out.seconds = round(time.monotonic() - start, 2)
        return out

    def label(self, quotes: list[str], keywords: list[str], problems: list[str]) -> str | None:
        """A validated 2-5 word label, or None (the reason is appended to ``problems``).

        Quotes are customer text: instructions inside them are removed before the model reads them, and an output
        that reproduces what such an instruction asked for (or a link, the system prompt, a word only one quote
        shouts) is rejected, which leaves the keyword label.
        """
        raw_quotes = quotes
        quotes, payloads = _untrusted(quotes)
        try:
            raw = self._ask(f"Reviews:\n{_bullets(quotes[:5])}\n\nWhat is the topic of these reviews? Answer in "
                            "2 to 5 words.", self.label_tokens)
        except (LLMUnavailable, _Timeout) as exc:
            problems.append(f"label: {exc}")
            return None
        label, why = clean_label(raw, quotes, keywords)
        if why:
            problems.append(f"label {why}: {raw.strip()[:60]!r}")
        return _refuse_planted(label, payloads, raw_quotes, "label", problems)

    def summary(self, quotes: list[str], problems: list[str]) -> str | None:
        """A validated 1-3 sentence summary (map-reduce over groups of quotes when there are many), or None; the
        quotes are treated as in ``label``."""
        raw_quotes = quotes
        quotes, payloads = _untrusted(quotes)
        try:
            summary = self._summary(quotes, problems)
        except (LLMUnavailable, _Timeout) as exc:
            problems.append(f"summary: {exc}")
            return None
        return _refuse_planted(summary, payloads, raw_quotes, "summary", problems)

    def _summary(self, quotes: list[str], problems: list[str]) -> str | None:
        if len(quotes) <= self.chunk:
            raw = self._ask(f"Reviews:\n{_bullets(quotes)}\n\nSummarize these reviews in two sentences.",
                            self.summary_tokens)
        else:  # map: one note per group of quotes; reduce: one summary of the notes
            notes = []
            for i in range(0, len(quotes), self.chunk):
                note = self._ask(f"Reviews:\n{_bullets(quotes[i:i + self.chunk])}\n\nSummarize these reviews in one "
                                 "sentence.", self.note_tokens, stop=["\n"])
                note = " ".join(note.split())
                if note:
                    notes.append(note)
            if not notes:
                problems.append("summary: empty notes")
                return None
            raw = self._ask(f"Notes about reviews on one topic:\n{_bullets(notes)}\n\nCombine the notes into a summary "
                            "of two sentences.", self.summary_tokens)
        removed: list[str] = []
        summary, why = clean_summary(raw, quotes, removed)  # judged against the quotes, never the model's own notes
        if why:
            problems.append(f"summary {why}: {' '.join(raw.split())[:80]!r}")
        problems += [f"summary sentence removed, {r[:100]!r}" for r in removed]
        return summary

    def _ask(self, prompt: str, max_new_tokens: int, stop: list[str] | None = None) -> str:
        if self.disabled:
            raise LLMUnavailable(self.disabled)
        remaining = self._deadline - time.monotonic()
        if remaining <= 0:
            raise _Timeout("LLM time budget used up")
        messages = [{"role": "system", "content": SYSTEM}, {"role": "user", "content": prompt}]
        self.calls += 1
        return self._call(messages, max_new_tokens, stop, min(self.call_timeout_s, remaining))

    def _call(self, messages, max_new_tokens: int, stop, timeout: float) -> str:
        """Run one generation in a worker thread; past ``timeout`` give up (a streaming call is closed)."""
        result: dict = {}
        cancel = threading.Event()

        def work():
            try:
                if hasattr(self.llm, "stream"):
                    pieces = self.llm.stream(messages, max_new_tokens=max_new_tokens, temperature=0.0, stop=stop)
                    text = []
                    try:
                        for piece in pieces:
                            text.append(piece)
                            if cancel.is_set():
                                break
                    finally:
                        close = getattr(pieces, "close", None)
                        if close:
                            close()
                    result["text"] = "".join(text)
                else:
                    result["text"] = self.llm.generate(messages, max_new_tokens=max_new_tokens, temperature=0.0, stop=stop)
            except BaseException as exc:  # reported to the caller's thread
                result["error"] = exc

        self.close()  # one generation at a time: finish a cancelled one before the next
        worker = threading.Thread(target=work, name="pma-theme-writer", daemon=True)
        self._worker, self._cancel = worker, cancel
        worker.start()
        worker.join(timeout)
        if worker.is_alive():
            cancel.set()
            raise _Timeout(f"LLM call took longer than {timeout:.0f}s")
        if "error" in result:
            exc = result["error"]
            log.warning("LLM call failed: %s", exc)
            self.disabled = f"LLM unavailable: {type(exc).__name__}: {str(exc).splitlines()[0][:160] if str(exc) else ''}"
            raise LLMUnavailable(self.disabled)
        text = result.get("text")
        return text if isinstance(text, str) else ""


class _Timeout(Exception):
    pass


def _untrusted(quotes: list[str]) -> tuple[list[str], list[str]]:
    """The quotes as the model may read them (``sanitize``), and the payloads their instructions asked for."""
    cleaned = [sanitize(q) for q in quotes]
    return [html.unescape(c.text) for c in cleaned], [p for c in cleaned for p in c.payloads]


def _refuse_planted(text: str | None, payloads: list[str], quotes: list[str], what: str,
                    problems: list[str]) -> str | None:
    """``text`` unless it repeats a planted payload, a link, the system prompt or a word one quote shouts."""
    if text and payloads and (found := complies(text, payloads)):
        problems.append(f"{what} repeats an instruction planted in feedback ({found[:40]!r})")
        return None
    if text and (why := leaks(text, system_prompt=SYSTEM, sources=quotes)):
        problems.append(f"{what} {why}")
        return None
    return text

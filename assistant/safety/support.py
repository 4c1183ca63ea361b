"""Is a sentence supported by the feedback it cites? One definition, shared by `pma eval` (the supported-sentence
rate) and any feature that checks model prose against its citations.

The rule, in words a PM can check by hand:

1. **Sentences.** The text is cut into paragraphs (lines; a leading bullet is dropped) and each line into sentences
   at ``. ! ?`` followed by a space, and after the Chinese marks ``。！？``, but never inside a double-quoted
   passage (a quoted review stays one piece up to its closing quote) nor after a single capital initial (``Kenji L.``) or ``e.g.``/``i.e.``/
   ``etc.``/``vs.``. Citations right after a sentence's end mark (``Maps fail. [F3]``) belong to the sentence
   before them.
2. **Content words.** Words of the sentence, lower-cased, Chinese segmented with jieba, minus citations
   (``[F12]``), English function words (``STOP_WORDS``) and the words an answer uses to *attribute* a claim rather
   than make it (``ATTRIBUTION_WORDS``: users, customers, say, mention, report, complain, feedback, review...).
   Each word is folded so inflections meet: a possessive ``'s`` is dropped, then one ending (``-ies`` -> ``y``;
   ``-es`` after s/x/z/ch/sh; ``-s``, ``-ed`` but not ``-eed``, ``-ing``) when at least three letters remain, a final
   ``e`` is dropped (``save``, ``saved``, ``saving`` -> ``sav``), then the first five letters are kept (``crashes``, ``crashed``, ``crashing`` -> ``crash``; ``batteries`` -> ``batte``).
   Numbers are content words too.
3. **Sources.** The items the sentence cites. A sentence without a citation of its own is judged against the items
   its paragraph cites (``Downloads stall. They fail on mobile data [F3].``: both sentences against F3), and when
   the paragraph cites nothing either, against every item the whole answer cites (``answer_cited``: what a reader
   sees listed as the answer's evidence). Code-computed numbers (the lines of an aggregate answer) are sources for
   every sentence. The question is not a source: repeating the question's words supports nothing.
4. **Supported** when *more than half* of the sentence's distinct content words occur in its sources
   (``SUPPORT_SHARE`` = 0.5, strictly more). A sentence with no content word ("Thanks!") makes no claim and is not
   counted either way; a sentence in an answer that cites nothing, with no numbers to lean on, is unsupported.
5. **Quotes are quotes.** A passage in double quotes of two words or more must occur word for word (case,
   punctuation and spacing aside; ``...`` may skip words) in one of its sources, else the sentence is unsupported
   however many of its words match: "freezing entirely too much" citing "freezes entirely too much" is a misquote.

It is a lexical test: a sentence can reuse the cited items' words and still misstate them (negation, wrong
subject). It is cheap, explainable and runs with no model. Not handled here: entailment, and the near-repeat check
(``assistant.chat.grounding``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

SUPPORT_SHARE = 0.5  # supported when the share of content words found in the sources is strictly above this
FOLD_CHARS = 5

CITATION = re.compile(r"\[F(\d+)\]")
_SENTENCE_END = re.compile(r"[.!?]+[\"'”’)\]]*\s+|[。！？]+[\"'”’)\]]*")
_NO_SPLIT_BEFORE = re.compile(r"(?:(?<![\w.])[A-Z]|\b(?:e\.g|i\.e|etc|vs|approx|Mr|Mrs|Ms|Dr|St))\.$")
_QUOTES = re.compile(r'["“”]')
_LEADING_CITATIONS = re.compile(r"^(?:\[F\d+\]\s*[.,;:]?\s*)+")
_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)?", re.UNICODE)
_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")

STOP_WORDS = frozenset("""
a about above after again against all almost also although always am among an and another any anyone anything are
aren't around as at be because been before being below between both but by can can't cannot could couldn't did
didn't do does doesn't doing don't done down during each either else enough etc even ever every few for from further
get gets getting got had hadn't has hasn't have haven't having he her here hers herself him himself his how however i
if in into is isn't it it's its itself just least less let like likely many may maybe me might more most much must my
myself near neither no nor not now of off often on once one only or other others otherwise our ours ourselves out
over own per quite rather really same several she should shouldn't since so some something sometimes still such than
that that's the their theirs them themselves then there there's these they they're thing things this those though
through thus to too under until up upon us very via was wasn't we were weren't what when where whether which while
who whom whose why will with within without won't would wouldn't yet you your yours yourself
also specifically particularly generally usually overall mainly mostly especially instead well way ways
i'm i've i'll i'd you're you've you'll you'd we're we've we'll we'd they're they've they'll they'd he's she's let's
what's who's im ive dont doesnt didnt cant wont isnt arent wasnt werent couldnt wouldnt shouldnt havent hasnt
的 了 和 是 在 也 都 就 而 及 与 或 但 很 有 这 那 这个 那个 一个 我们 他们 她们 它们 你们 我 你 他 她 它 吗 呢 吧 啊
""".split())

# Words that say who said something, not what was said: an answer needs them, the cited items rarely contain them.
ATTRIBUTION_WORDS = frozenset("""
user users customer customers people person reviewer reviewers someone somebody everyone many some several few
say says said saying mention mentions mentioned mentioning report reports reported reporting note notes noted
complain complains complained complaining complaint complaints describe describes described express expresses
expressed state states stated claim claims claimed feel feels felt think thinks thought find finds found
feedback review reviews comment comments item items ticket tickets response responses answer answers
ask asks asked asking request requests requested suggest suggests suggested point points pointed
issue issues problem problems experience experiences
用户 客户 反馈 评论 提到 表示 抱怨 认为 说
nutzer benutzer nutzerinnen kunden kundinnen leute sagen sagt schreiben schreibt meinen meint bewertungen rezensionen
kommentare beschweren beschwerden erwähnen
utilisateurs utilisatrices gens disent dit pensent trouvent écrivent mentionnent commentaires plaignent plaintes
usuarios usuarias gente dicen opinan piensan escriben mencionan comentarios reseñas opiniones quejan quejas
utenti dicono pensano scrivono commenti recensioni lamentano
usuários utilizadores dizem acham escrevem comentários avaliações reclamam
gebruikers klanten zeggen vinden schrijven opmerkingen recensies klagen
""".split())


@dataclass
class SentenceSupport:
    """The verdict on one sentence, with what it was judged on (so a reader can check it by hand)."""

    sentence: str
    cited: list[int] = field(default_factory=list)  # the items it was judged against (own or its paragraph's)
    content_words: list[str] = field(default_factory=list)  # folded, distinct, in order
    found: list[str] = field(default_factory=list)  # those present in the sources
    supported: bool = False

    @property
    def share(self) -> float:
        return len(self.found) / len(self.content_words) if self.content_words else 0.0

    @property
    def counted(self) -> bool:
        """A sentence with no content word makes no claim and is left out of rates."""
        return bool(self.content_words)

    def as_dict(self) -> dict:
        return {"sentence": self.sentence, "cited": self.cited, "content_words": self.content_words,
                "found": self.found, "share": round(self.share, 4), "supported": self.supported}


def fold(word: str) -> str:
    """The comparison form of one lower-case word (see the module docstring, rule 2).

    Example:
        >>> [fold(w) for w in ("crashes", "crashing", "batteries", "battery", "prices", "price", "saved", "loads")]
        ['crash', 'crash', 'batte', 'batte', 'pric', 'pric', 'sav', 'load']
    """
    if _CJK.search(word):
        return word
    word = re.sub(r"['’]s$", "", word)
    for suffix, repl in (("ies", "y"), ("es", ""), ("ing", ""), ("ed", ""), ("s", "")):
        if not word.endswith(suffix):
            continue
        if suffix == "es" and not re.search(r"(?:s|x|z|ch|sh)es$", word):
            continue
        if suffix == "ed" and word.endswith("eed"):  # speed, need
            break
        if suffix == "s" and word.endswith(("ss", "us", "is")):
            break
        stem = word[: -len(suffix)] + repl
        if len(stem) >= 3:
            word = stem
        break
    if len(word) >= 4 and word.endswith("e"):  # save/saved/saving, price/prices
        word = word[:-1]
    return word[:FOLD_CHARS]


def content_words(text: str) -> list[str]:
    """Folded content words of ``text``, distinct, in order of appearance (rule 2)."""
    from retrieval.lexical import segment  # jieba loads only for Chinese text

    text = CITATION.sub(" ", text or "")
    out: dict[str, None] = {}
    for raw in _WORD.findall(segment(text).lower().replace("’", "'")):
        raw = re.sub(r"'s$", "", raw)
        if raw in STOP_WORDS or raw in ATTRIBUTION_WORDS:
            continue
        if len(raw) < 2 and not raw.isdigit() and not _CJK.search(raw):
            continue
        out.setdefault(fold(raw), None)
    return list(out)


def split_sentences(text: str) -> list[list[str]]:
    """Paragraphs (non-empty lines) of sentences (rule 1).

    Example:
        >>> split_sentences('Kenji L. says: "Slow. Very slow." [F3] Fix it.')
        [['Kenji L. says: "Slow. Very slow." [F3]', 'Fix it.']]
    """
    paragraphs = []
    for line in (text or "").splitlines():
        line = re.sub(r"^\s*(?:[-*•]|\d+[.)])\s+", "", line).strip()
        if not line:
            continue
        sentences: list[str] = []
        for piece in _split_line(line):
            lead = _LEADING_CITATIONS.match(piece)
            if sentences and lead:  # "Maps fail. [F3] Battery..." : [F3] closes the sentence before
                sentences[-1] = f"{sentences[-1]} {lead.group(0).strip()}"
                piece = piece[lead.end():].strip()
            if piece:
                sentences.append(piece)
        paragraphs.append(sentences)
    return paragraphs


def _split_line(line: str) -> list[str]:
    pieces, start = [], 0
    for m in _SENTENCE_END.finditer(line):
        head = line[start:m.end()]
        if len(_QUOTES.findall(line[:m.end()])) % 2:  # inside a quotation that goes on: not a sentence end
            continue
        if _NO_SPLIT_BEFORE.search(line[:m.start() + 1].rstrip()) and line[m.start()] == ".":
            continue
        pieces.append(head.strip())
        start = m.end()
    pieces.append(line[start:].strip())
    return [p for p in pieces if p]


_QUOTED = re.compile(r'["“]([^"“”\n]+)["”]')
_ELLIPSIS = re.compile(r"\.\.\.|…")


def _plain_words(text: str) -> str:
    return " " + " ".join(_WORD.findall((text or "").lower().replace("’", "'"))) + " "


def misquotes(sentence: str, sources: Iterable[str]) -> list[str]:
    """The double-quoted passages of ``sentence`` (two words or more) that no one of ``sources`` holds word for word
    (rule 5).

    Example:
        >>> misquotes('Users call it a "battery hog" [F3].', ["Battery hog! It drains in 2 hours."])
        []
        >>> misquotes('One says "freezing entirely too much" [F2].', ["freezes entirely too much, restart needed"])
        ['freezing entirely too much']
    """
    texts = [_plain_words(t) for t in sources]
    out = []
    for m in _QUOTED.finditer(CITATION.sub(" ", sentence)):
        parts = [_plain_words(p) for p in _ELLIPSIS.split(m.group(1))]
        parts = [p for p in parts if len(p.split()) >= 1]
        if sum(len(p.split()) for p in parts) < 2:
            continue
        if not any(all(p in t for p in parts) for t in texts):
            out.append(m.group(1).strip())
    return out


def supported_share(sentence: str, sources: Iterable[str]) -> tuple[list[str], list[str]]:
    """``(content words, those found in sources)`` for one sentence against plain source texts."""
    words = content_words(sentence)
    vocabulary = {w for s in sources for w in content_words(s)}
    return words, [w for w in words if w in vocabulary]


def is_supported(sentence: str, sources: Iterable[str]) -> bool:
    """Rule 4 for one sentence and the texts it is judged against.

    Example:
        >>> is_supported("Offline maps fail to download [F3].", ["Offline maps never download on my phone."])
        True
        >>> is_supported("The hotel breakfast buffet is superb [F9].", ["Buffering is slow on Netflix."])
        False
    """
    sources = list(sources)
    words, found = supported_share(sentence, sources)
    return bool(words) and len(found) / len(words) > SUPPORT_SHARE and not misquotes(sentence, sources)


def judge_text(text: str, items: Mapping[int, str], numbers: Iterable[str] = (),
               answer_cited: Iterable[int] = ()) -> list[SentenceSupport]:
    """Judge every sentence of ``text`` (rules 1-4). ``items`` maps item id -> stored text for (at least) every
    item that may be a source; an id missing from ``items`` supports nothing. ``numbers``: code-computed lines.
    ``answer_cited``: the items the whole answer cites (its evidence list), the sources of a sentence whose
    paragraph cites nothing.

    Example:
        >>> [s.supported for s in judge_text("Maps fail offline [F1]. Prices went up.", {1: "Offline maps fail."})]
        [True, False]
    """
    numbers = list(numbers)  # read twice: for words here, for quotes below
    number_words = {w for line in numbers for w in content_words(line)}
    fallback = list(dict.fromkeys(answer_cited))
    item_words: dict[int, set[str]] = {}
    out = []
    for paragraph in split_sentences(text):
        paragraph_ids = list(dict.fromkeys(int(i) for s in paragraph for i in CITATION.findall(s)))
        for sentence in paragraph:
            own = list(dict.fromkeys(int(i) for i in CITATION.findall(sentence)))
            cited = own or paragraph_ids or fallback
            vocabulary = set(number_words)
            for i in cited:
                if i not in item_words:
                    item_words[i] = set(content_words(items[i])) if i in items else set()
                vocabulary |= item_words[i]
            words = content_words(sentence)
            found = [w for w in words if w in vocabulary]
            supported = bool(words) and len(found) / len(words) > SUPPORT_SHARE
            if supported and _QUOTED.search(sentence):
                supported = not misquotes(sentence, [items.get(i, "") for i in cited] + numbers)
            out.append(SentenceSupport(sentence, cited, words, found, supported=supported))
    return out

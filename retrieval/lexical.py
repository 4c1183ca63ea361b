"""Words for full-text search that also work for Chinese.

PostgreSQL's parser does not segment Chinese (a whole sentence becomes one token), and the embedded server has no
pg_trgm or zhparser. So runs of CJK characters are segmented here with jieba (search mode, which also emits the
shorter words inside long ones) and joined with spaces before ``to_tsvector('english', ...)``, whose parser keeps
those words as they are; Latin text goes through PostgreSQL's English stemmer. Queries are segmented the same way.
"""

from __future__ import annotations

import logging
import re
import threading

_CJK_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_jieba_lock = threading.Lock()
_jieba = None


def jieba_segmenter():
    global _jieba
    if _jieba is None:
        with _jieba_lock:
            if _jieba is None:
                import jieba

                jieba.setLogLevel(logging.WARNING)
                jieba.initialize()
                _jieba = jieba
    return _jieba


def segment(text: str) -> str:
    """``text`` with Chinese runs split into space-separated words; other text unchanged."""
    if not _CJK_RUN.search(text):
        return text
    jieba = jieba_segmenter()
    return _CJK_RUN.sub(lambda m: " " + " ".join(w for w in jieba.cut_for_search(m.group(0)) if w.strip()) + " ", text)


def query_terms(query: str) -> list[str]:
    """Distinct search words of a query, Chinese segmented, in order."""
    seen: dict[str, None] = {}
    for w in _WORD.findall(segment(query).lower()):
        if len(w) > 1 or _CJK_RUN.match(w):
            seen.setdefault(w, None)
    return list(seen)[:32]

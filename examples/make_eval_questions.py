"""Write ``examples/eval_questions.csv``: questions about the example feedback, with judged items, for `pma eval`.

The judgments come from how ``make_feedback.py`` built each row (its theme, the same labels ``--labels`` writes),
not from any search or model: an item is relevant (grade 1) when it belongs to the theme a question is about, and
highly relevant (grade 2) when it also names what the question asks (a regular expression per question). Items are
named by the export's own ``id`` column (an *external id* for `pma eval`). Four questions ask about things the
data never mentions and must be answered "not enough evidence" (``should_abstain``); the script checks that no
item contains their key words.

Usage:
    python examples/make_eval_questions.py        # writes examples/eval_questions.csv
    pma ingest examples/feedback.csv && pma eval examples/eval_questions.csv

Deterministic and standard library only, like ``make_feedback.py``.
"""

from __future__ import annotations

import csv
import re
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_feedback import build, write  # noqa: E402  (a sibling script)

# (id, question, theme, grade-2 pattern or None, filters)
QUESTIONS = [
    ("offline-maps", "Why do offline maps fail to download?", "offline_maps", r"download|downloaded", {}),
    ("battery", "What do users say about battery drain while tracking?", "battery_drain", r"track|gps|record", {}),
    ("billing", "What do people say about the price increase and double charges?", "billing",
     r"price|charg|expensive|refund|€|\$", {}),
    ("sso", "What problems do Team customers have with SSO login?", "login_sso", r"sso|saml|okta|workspace", {}),
    ("saved-routes-android", "Why does the app crash when opening saved routes?", "android15_crash",
     r"saved route|saved routes|已保存|收藏", {"where": "platform=android"}),
    ("watch", "Do users want an Apple Watch or Garmin app?", "wearables", r"watch|garmin", {}),
    ("elevation", "Is the elevation data accurate?", "elevation", r"elevation|ascent|climb", {}),
    ("sharing", "What do users find confusing about sharing routes?", "sharing_ux", r"shar", {}),
    ("slow-maps", "Why is the map slow on older phones?", "slow_maps", r"old|iphone [x8]|pixel 3", {}),
    ("dark-mode", "Do people ask for a dark mode?", "dark_mode", r"dark", {}),
    ("discovery-stores", "What do reviewers like about finding new trails?", "discovery_praise",
     r"find|found|discover|new (?:routes|trails|hikes)", {"source": "app_store;play_store"}),
    ("offline-maps-zh", "用户对离线地图有什么反馈？", "offline_maps", r"[\u4e00-\u9fff]", {}),
]
OFF_TOPIC = [  # (id, question, words no item may contain)
    ("off-pizza", "What do diners say about the pizza toppings?", ("pizza", "toppings")),
    ("off-airline", "Are passengers unhappy with the airline's baggage fees?", ("airline", "baggage")),
    ("off-course", "How do students rate the chemistry lectures?", ("chemistry", "lectures")),
    ("off-washer", "Does the washing machine's spin cycle make noise?", ("washer", "spin cycle")),
]
COLUMNS = ["id", "question", "relevant", "should_abstain", "where", "source"]


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        records = write(build(), Path(tmp) / "feedback.csv", None)
    rows = []
    for qid, question, theme, strong, filters in QUESTIONS:
        judged = []
        for rec in records:
            if rec["_theme"] != theme:
                continue
            if filters.get("where") == "platform=android" and rec["platform"] != "android":
                continue
            if filters.get("source") and rec["source"] not in filters["source"].split(";"):
                continue
            grade = 2 if strong and re.search(strong, rec["text"], re.IGNORECASE) else 1
            judged.append(f"{rec['id']}:{grade}" if grade != 1 else str(rec["id"]))
        rows.append({"id": qid, "question": question, "relevant": " ".join(judged), "should_abstain": "false",
                     **filters})
    texts = [rec["text"].lower() for rec in records]
    for qid, question, words in OFF_TOPIC:
        for word in words:
            hits = [t for t in texts if re.search(rf"\b{re.escape(word)}\b", t)]
            assert not hits, f"{qid}: '{word}' occurs in the feedback: {hits[0][:80]}"
        rows.append({"id": qid, "question": question, "relevant": "", "should_abstain": "true"})
    out = Path(__file__).with_name("eval_questions.csv")
    with out.open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=COLUMNS, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    print(f"wrote {out}: {len(QUESTIONS)} answerable questions, {len(OFF_TOPIC)} that must abstain")


if __name__ == "__main__":
    main()

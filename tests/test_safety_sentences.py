"""The sentence judge every surface uses before showing model text (``assistant.safety.sentences``): the failures
observed in answers (restating the question, an invented persona, near-repeats in other words, a clause looped inside
a sentence, claims no item makes) are refused, and a sentence the items support is kept and cites its item."""

from __future__ import annotations

from assistant.safety.sentences import SentenceJudge, cite, near_repeat, repeats_a_clause, similar_wording

ITEMS = {
    1: "Missing Apple Watch app.",
    2: "How do I get my routes onto my Apple Watch? I can't find a watch app anywhere.",
    3: "Battery drain is insane while tracking. 4 hours took my Pixel 8 from 100% to 15%.",
    4: "I was charged twice for my annual renewal. Support says 5-7 business days for the refund.",
}


def judge(question: str = "Is the Apple Watch app coming?", numbers=()) -> SentenceJudge:
    return SentenceJudge(ITEMS, question=question, numbers=numbers)


def test_restating_the_question_is_not_evidence():
    v = judge().judge("The Apple Watch app is coming.")
    assert not v.keep and v.reason == "restates the question"


def test_a_claim_no_item_makes_is_unsupported_even_on_the_topic():
    assert not judge().judge("The watch app is too expensive.").keep
    assert not judge("How do guests rate the hotel breakfast buffet?").judge(
        "The hotel breakfast buffet is a culinary experience that never fails to impress.").keep


def test_a_supported_sentence_is_kept_and_cites_the_item_that_supports_it():
    j = judge()
    v = j.judge("Users cannot find a watch app to get their routes onto the watch [F1].")
    assert v.keep and v.cite == [2]  # F1 does not say it; F2 does
    assert cite("Users cannot find a watch app [F1].", v.cite) == "Users cannot find a watch app [F2]."
    assert j.judge("Battery drain from 100% to 15% while tracking [F3].").cite == [3]


def test_invented_people_and_redacted_names_are_refused():
    assert judge().judge("Aisha Okafor, a freelance writer, misses a watch app.").reason == "names someone"
    assert judge().judge("<NAME> cannot find a watch app.").reason == "names someone"
    assert judge().judge("x", raw="&lt;NAME&gt; says the watch app is missing.").reason == "names someone"
    # a capitalised word the items do contain is no invention
    assert judge().judge("The Apple Watch app is missing [F1].").keep


def test_a_sentence_of_serial_and_order_numbers_is_no_claim():
    """A thermostat tester's "What got worse after 4.8.0?" showed the model sentence "Thermostat serial
    HT2-2116-4272, order #HRT-436235, [F445]", copied from its item: every word was there, and it said nothing."""
    items = {445: "Schedule won't sync since 4.8.0. Thermostat serial HT2-2116-4272, order #HRT-436235."}
    j = SentenceJudge(items, question="What got worse after 4.8.0?")
    v = j.judge("Thermostat serial HT2-2116-4272, order #HRT-436235, [F445]")
    assert not v.keep and v.reason == "incomplete"
    assert j.judge("The schedule won't sync since 4.8.0 on my thermostat [F445].").keep  # a version is no code


def test_repeats_in_other_words_and_looped_clauses_stop_the_text():
    j = judge("What do users think about the refund?")
    assert j.judge("Users were charged twice for the annual renewal [F4].").keep
    again = j.judge("They were charged twice for their annual renewal.")
    assert not again.keep and again.stop and again.reason == "repeat"
    assert repeats_a_clause("They're asking for a refund, and they're asking for a refund.")
    assert not repeats_a_clause("They're asking for a refund and an explanation.")
    assert similar_wording("this is a 33 increase overnight and it's not just a minor price increase".split(),
                           "this is a 33 increase and it's not just a small price increase".split())
    assert near_repeat({"charg", "twice", "renew"}, {"charg", "twice", "annua", "renew"})
    assert not near_repeat({"charg", "twice"}, {"batte", "drain"})


def test_code_computed_figures_support_a_sentence():
    j = judge("How many users mention battery drain?", numbers=["12 feedback items about 'battery drain'"])
    assert j.judge("12 items are about battery drain while tracking [F3].").keep
    assert not judge("How many users mention battery drain?").judge("Forty users want a refund for the battery.").keep


def test_fragments_are_not_claims():
    j = judge("What do users say about battery drain?")
    assert j.judge("The battery drain is insane, but the app is too [F3].").reason == "incomplete"
    assert j.judge("Please fix [F3].").reason == "incomplete"
    assert j.judge("Battery drain is insane while tracking [F3].").keep


def test_a_reworded_quote_is_a_misquote():
    """A small model paraphrased a review inside quotation marks and cited it ("freezing entirely too much" for
    "freezes entirely too much"): most words match, but a PM copies quotes into a deck as they are."""
    items = {5: "freezes entirely too much the game itself is cool but having to restart my phone is hard",
             6: "battery hog unfortunately this great app has become a battery hog"}
    def judge(sentence):
        return SentenceJudge(items, question="What frustrates users?").judge(sentence)

    v = judge('The game is described as "freezing entirely too much, the game itself is cool" [F5].')
    assert not v.keep and v.reason == "misquotes"
    assert judge('One player says the game "freezes entirely too much" and having to restart is hard [F5].').keep
    assert judge('Another player says "the game itself is cool ... having to restart my phone" [F5].').keep
    v = judge('One review calls the great app "a battery hog" now [F5].')  # F5 does not say it; F6 does, word for word
    assert v.keep and v.cite == [6]


def test_a_number_from_another_item_is_misattributed():
    """Seen over interview notes: "The offline maps were downloaded on the mountain, but the download times were not
    90% accurate [F2]." passed (its words are F2's, and "90%" is in the context) though only F5 says 90%."""
    items = {2: "The offline maps. I downloaded the region but on the mountain it said Not downloaded.",
             5: "I download maps the night before and half the time it fails at 90%."}
    judge = SentenceJudge(items, question="What did participants say about downloads?", numbers=["2 items match"])
    v = judge.judge("The offline maps were downloaded on the mountain, but the download times were not 90% accurate [F2].")
    assert not v.keep  # unsupported since generation keeps only sentences with 3/4 of their words in the item
    v = judge.judge("The offline maps region said Not downloaded on the mountain at 90% [F2].")
    assert not v.keep and v.reason == "misattributes a number"
    assert judge.judge("Half the time the map download fails at 90% [F5].").keep
    # a computed figure, said of what it counts (session 23: any line's number passed, whatever the sentence made of it)
    assert judge.judge("2 items say the offline maps region was Not downloaded on the mountain [F2].").keep
    fresh = SentenceJudge(items, question="What did participants say about downloads?", numbers=["2 items match"])
    assert fresh.judge("The 2 offline maps regions said Not downloaded on the mountain [F2].").reason == \
        "misattributes a number"


def test_a_computed_figure_supports_only_a_sentence_about_what_it_counts():
    """Seen by a tester: "The number of users who complain about battery drain is 4 [F218]." was kept, its 4 being the
    "4 more are close in meaning" of the count's lines."""
    items = {218: "battery drain during tracking is terrible"}
    lines = ["43 feedback items about 'battery drain' (13.1% of 327), from 7 distinct users.",
             "Matched by meaning: 7 contain the words 'battery drain'; 32 more are in the theme 'GPS tracking'; 4 more "
             "are close in meaning."]
    judge = SentenceJudge(items, question="How many users complain about battery drain?", numbers=lines)
    assert not judge.judge("The number of users who complain about battery drain is 4 [F218].").keep
    assert judge.judge("Battery drain during tracking is terrible for 4 of them [F218].").reason == \
        "misattributes a number"
    assert judge.judge("43 feedback items report battery drain during tracking [F218].").keep


def test_a_figure_line_that_cites_an_item_supports_only_sentences_citing_it():
    # Seen on the example data: "The team member had a problem with a SSO service that was not supported by the team
    # [F311]." passed on the words of the SSO theme's line ([F270]) and of the scope ("source support_ticket")
    # while F311 is about offline maps.
    sources = {270: "After the new login screen our staff get Session expired every morning and go through SSO again.",
               311: "Hi Trailmix team, offline map downloads for the Peak District fail at around 95%."}
    lines = ["Largest themes by items (source support_ticket):",
             "1. Sso login problems: 11 items, 8 distinct users [F270].",
             "2. Offline maps fail to download: 11 items, 10 distinct users [F311]."]
    judge = SentenceJudge(sources, question="Summarize the support tickets", numbers=lines)
    assert judge.judge("The team member had a problem with a SSO service that was not supported by the team "
                       "[F311].").reason == "unsupported"
    judge = SentenceJudge(sources, question="Summarize the support tickets", numbers=lines)
    assert judge.judge("Staff get session expired and go through SSO login again [F270].").keep
    judge = SentenceJudge(sources, question="Summarize the support tickets", numbers=lines)  # the line's own words
    assert judge.judge("Offline maps fail to download for the Peak District [F311].").keep


def test_a_sentence_that_turns_its_source_around_is_refused():
    """Lexical support let inversions through: a tester's answer said "Apple Watch is a great app [F..]" citing a
    request for one; "users love X" citing "I don't love X" passed on shared words."""
    from assistant.safety.sentences import inverts

    items = {1: "Apple Watch app please! It would be great to see the recipe steps on my wrist.",
             2: "Offline maps don't work on my phone since 4.4.",
             3: "Sync works great with Garmin.",
             4: "Garmin sync broke after the update, and offline maps won't download."}
    j = SentenceJudge(items, question="What do people say?")
    v = j.judge("The Apple Watch app is great for the recipe steps [F1].")
    assert not v.keep and v.reason == "inverts its source"
    assert not j.judge("Offline maps work well on the phone since 4.4 [F2].").keep
    assert not j.judge("The Garmin sync does not work great [F3].").keep
    # The same words kept where the polarity agrees, also when a clause says it with a failure word
    k = SentenceJudge(items, question="What do people say?")
    assert k.judge("Users would love the recipe steps on an Apple Watch app [F1].").keep
    assert k.judge("Offline maps fail to download since the Garmin sync update [F4].").keep
    assert not inverts("The Garmin sync does not work after the update [F4].", [items[4]])
    assert not inverts("I love the recipes [F5].", ["I love the recipes but delivery is late"])
    assert inverts("Delivery is reliable [F5].", ["I love the recipes but delivery is never reliable"])
    assert not inverts("Users want dark mode [F6].", ["No dark mode?! Please add it"])
    assert not inverts("There is no dark mode [F6].", ["Please add a dark mode"])  # a request: it is not there
    assert inverts("Users love the dark mode [F6].", ["Please add a dark mode, I would love it"])


def test_a_near_copy_of_an_item_cannot_carry_a_clause_of_its_own():
    """An explorer's answer copied most of an item and added "but the app is better" [F197], which the item never
    says: more than three quarters of the words matched, so the sentence passed. Each clause must lean on the items."""
    items = {12: "Since the 4.4.0 update offline maps won't download at all. The bar fills up and then it just says "
                 "failed.",
             5: "Sync works great with my Garmin, but the battery drains fast on long hikes."}
    copy = "Since the 4.4.0 update offline maps won't download at all, the bar fills up and then it just says failed"
    j = SentenceJudge(items, question="What do users say about offline maps?")
    v = j.judge(f"{copy}, but support is great [F12].")
    assert not v.keep and v.reason == "adds a clause its source does not say"
    k = SentenceJudge(items, question="What do users say about offline maps?")
    assert k.judge(f"{copy} [F12].").keep
    # a clause of the question's own words, or one word, is no claim of its own
    assert SentenceJudge(items, question="What do users say about offline maps?").judge(
        "Offline maps won't download since the 4.4.0 update, and the bar fills up and then just says failed [F12].").keep
    assert SentenceJudge(items, question="How is Garmin sync?").judge(
        "Sync works great with Garmin, but the battery drains fast on long hikes [F5].").keep


def test_praise_citing_only_complaints_is_refused():
    """A tester's "Did 7.4 fix the crashes?" showed "The 7.4 release is a game-changer for the app [F715]" citing a
    crash complaint: its words were in the item ("app") and the release's figure lines ("7.4", "release", "change"),
    so the support rule kept it. Praise that its items do not give is refused; praise they do give is kept."""
    numbers = ["Release 7.4 (first feedback 2026-10-27): 208 feedback items in the 28 days before and 222 after.",
               "No clear change after 7.4: theme Crashes / menu: 3.5 -> 3 per week, p = 0.696: no clear change [F715]."]
    judge = SentenceJudge({715: "Terrible week. App freezes then crashes when I open my orders. My last box.",
                           716: "Love the new recipes, the 7.4 release made the app so much faster."},
                          question="Did 7.4 fix the crashes?", numbers=numbers)
    refused = judge.judge("The 7.4 release is a game-changer for the app [F715].")
    assert not refused.keep and refused.reason == "praises what its sources complain about"
    assert judge.judge("The 7.4 release made the app faster, users love the new recipes [F716].").keep

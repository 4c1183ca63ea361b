"""Session 53: theme labels of a B2B analytics tester's feedback."""

from __future__ import annotations

from assistant.themes.keywords import keyword_label, well_said

ANDROID = ["The Android SDK crashes our app on startup since the update",
           "Android SDK crash after upgrading, we had to roll back",
           "Our app keeps crashing in the background with the Android SDK",
           "The android SDK crashes when the offline event queue flushes",
           "Crash rate doubled on Android after the SDK update",
           "Android SDK update makes the app crash on older devices"]
IOS = ["The iOS SDK crashes on launch", "iOS SDK crash when the app goes to background"]


def test_a_theme_is_not_named_by_the_few_items_of_another_platform():
    """An analytics tester's theme of 77 Android and 12 iOS SDK crashes was labelled "SDK crash / iOS": 'iOS' set the
    theme apart and sat close to its centre (the candidates' order here, by meaning), though 12 of its 89 items said
    it and 62 said 'android SDK'."""
    docs = ANDROID * 10 + IOS * 6
    candidates = ["SDK crash", "iOS", "android SDK", "crashes", "crash rate", "devices"]
    assert keyword_label(candidates) == "SDK crash / iOS"  # the label before
    kept = well_said(candidates, docs)
    assert kept[0] == "android SDK" and "iOS" not in kept, kept
    assert keyword_label(kept) == "Android SDK / crashes", kept


def test_a_label_of_rare_words_keeps_its_first_word():
    """Public app reviews: a theme whose every candidate few items say ("Evernote / browser / twitter") keeps its
    first term; only terms said far less than it go."""
    docs = ["evernote sync is slow", "evernote in the browser", "twitter login fails"] + [f"meh {i}" for i in range(30)]
    assert well_said(["evernote", "browser", "twitter", "meh"], docs)[0] == "evernote"

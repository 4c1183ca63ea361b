"""Hand-labelled: the items of ``examples/feedback.csv`` (by its ``id`` column) that are about billing.

Read one by one from the export: charges and double charges, refunds, renewals, cancellations that were still
charged, price changes and complaints about the price, invoices, plan up- and downgrades, discounts. Not counted:
items that only mention paying in passing ("not acceptable for a paid app" about offline maps or battery).
Used by the counting-by-meaning test (``tests/test_chat.py``); the literal word 'billing' finds 7 of them.
"""

BILLING = frozenset({
    "13", "25", "38", "43", "47", "48", "53", "55", "57", "58", "68", "69", "73", "74", "75", "77", "79", "82", "83",
    "84", "85", "87", "100", "103", "107", "109", "112", "160", "182", "196", "201", "205", "225", "268", "281", "295",
    "313",
})

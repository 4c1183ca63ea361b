"""**Dev** set for secrets and logins pasted into feedback (``retrieval/secrets.py``, bank labels and MAC addresses in
``retrieval/identifiers.py``): values in sentence frames, and look-alikes that must survive.

The rules were written against this set. The test set, ``pii_secrets_test_set.py``, was written by a helper agent
from a prompt alone, without seeing the rules or this file. Every value is made up; key formats follow the issuers'
published shapes.
"""

from __future__ import annotations

# (kind, value that must not survive)
VALUES = [
    ("password", "hunter2"), ("password", "Passw0rd!"), ("password", "qwerty123"), ("password", "S3cure#Pass"),
    ("password", "letmein99"), ("password", "P@ssword"), ("password", "correct-horse-7"), ("password", "Welcome2024"),
    ("code", "4821"), ("code", "093716"), ("cvv", "7742"), ("cvv", "553"),
    ("api_key", "AKIAIOSFODNN7EXAMPLE"), ("api_key", "ghp_1a2B3c4D5e6F7g8H9i0JkLmNoPqRsTuVwXyZ"),
    ("api_key", "sk_live_4eC39HqLyjWDarjtT1zdp7dc"), ("api_key", "sk-proj-abc123def456ghi789jkl012mno345"),
    ("api_key", "xoxb-1234567890-0987654321-AbCdEfGhIjKlMnOp"), ("api_key", "AIzaSyA1b2C3d4E5f6G7h8I9j0KlMnOpQrStUvW"),
    ("api_key", "hf_AbCdEfGhIjKlMnOpQrStUvWxYz0123456789"),
    ("api_key", "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I3PlFUP0THsR8U"),
    ("api_key", "9f86d081884c7d659a2feaa0c55ad015"),
    ("username", "mike_t88"), ("username", "anna.k1990"), ("username", "48213977"), ("username", "dev_ops_lead"),
    ("bank", "12345678"), ("bank", "12-34-56"), ("bank", "021000021"), ("bank", "0012345678"),
    ("mac", "00:1A:2B:3C:4D:5E"), ("mac", "a4-5e-60-d2-11-f0"),
]
FRAMES = {
    "password": ["My password is {v} and it still says wrong.", "login failed, pwd: {v}", "password {v} doesn't work",
                 "Mein Passwort ist {v}, bitte helfen.", "Tried the temporary password = {v} twice."],
    "code": ["card pin {v} rejected", "OTP: {v} expired instantly", "verification code {v} never worked."],
    "cvv": ["The CVV {v} is correct but payment fails.", "security code: {v}", "cvc {v}"],
    "api_key": ["my api key is {v} and it leaks", "token: {v}", "Authorization: Bearer {v}", "the key {v} is in the logs",
                "secret={v}"],
    "username": ["username is {v} please reset", "user id: {v}", "Login: {v}", "My user name = {v}."],
    "bank": ["account number {v} was charged twice", "Please refund to acct no. {v}.", "sort code {v}, still pending",
             "routing number {v}"],
    "mac": ["MAC address {v} keeps changing", "my device ({v}) is blocked"],
}
LOOK_ALIKES = [
    "my password is wrong", "Password reset emails never arrive", "PIN screen freezes after 3 tries",
    "OTP arrives 5 minutes late", "the token counter shows 1500 tokens left", "username field is too short",
    "login fails since version 4.2.1", "Login 2.0 redesign is confusing", "Error code 0x80070005 on login",
    "order number 123456789 never arrived", "Account number field won't accept dashes",
    "CVV field is hidden by the keyboard", "the API key page 404s", "password is incorrect every time",
    "Season pass 2025 won't load", "pin 100 messages max is too low", "My password is now longer than 12 characters",
    "password manager autofill broke in 3.1", "The secret level 42 is too hard", "Token 500 bonus never credited",
    "user interface is cluttered", "The username is already taken", "password123 is rejected as too weak, good",
    "Security code field shows 3 digits only", "I pinned 20 chats and it lags", "session token expired after 5 min",
    "used code SAVE20 at checkout", "Version 12:30:45 shows as a time", "passwords must be 8+ chars, annoying",
    "Account 2 of 3 in family plan can't log in", "my bank is Chase", "the key 4 on the keypad is dead",
]


def secret_cases(module=None) -> list[tuple[str, str, str]]:
    """``(kind, value, text)``: every value in every frame of its kind, of this set or of ``module`` (a helper-written
    set with the same ``VALUES`` and ``FRAMES``)."""
    values, frames = (VALUES, FRAMES) if module is None else (module.VALUES, module.FRAMES)
    return [(kind, value, frame.format(v=value)) for kind, value in values for frame in frames[kind]]

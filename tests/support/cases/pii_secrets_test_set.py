"""Held-out test set for the PII/secret redactor.

Written by a helper agent on 2026-12-01 from the task prompt alone, without
seeing the redaction rules or any of the project's code. All values are fake
(randomly generated or invented); none is a real credential, account or device.

VALUES      -- (kind, value) pairs; `value` is exactly the substring that must
               not survive redaction.
FRAMES      -- kind -> sentence templates, each with exactly one "{v}".
LOOK_ALIKES -- strings with no secret in them that must come out unchanged.
"""

VALUES = [
    # ---- passwords (14; 12 contain a digit or symbol, 2 lowercase-only) ----
    ("password", "Bl4ckC0ffee!"),
    ("password", "winter2025$"),
    ("password", "Pa$$w0rd123"),
    ("password", "m00nlight_Rider"),
    ("password", "Qz7#pLx9vT"),
    ("password", "hunter22!"),
    ("password", "Sunflower#88"),
    ("password", "G0alKeeper.7"),
    ("password", "kittycat1999"),
    ("password", "R@inyDay42"),
    ("password", "tr!ckyPass"),
    ("password", "Zebra-Crossing-3"),
    ("password", "bluebirdsong"),
    ("password", "marmalade"),
    # ---- PINs, CVV/CVC, OTP / verification / 2FA, recovery codes (10) ----
    ("pin_code", "4821"),            # card PIN
    ("pin_code", "093716"),          # 6-digit app PIN
    ("pin_code", "7350"),            # phone unlock PIN
    ("pin_code", "318"),             # CVV
    ("pin_code", "0472"),            # Amex CVC (4 digits)
    ("pin_code", "582941"),          # OTP
    ("pin_code", "660193"),          # verification code
    ("pin_code", "204857"),          # 2FA code
    ("pin_code", "X7K9-M2QP-4LRT"),  # recovery code
    ("pin_code", "28461-93057"),     # backup / recovery code
    # ---- API keys and tokens (17) ----
    ("api_key", "AKIAJPJOMKEFOIUC3LGT"),                      # AWS access key id
    ("api_key", "AKIAK89V9QZ3G6X92BRT"),                      # AWS access key id
    ("api_key", "ghp_93l4BczNvltFhjG9yO7uRQz3lnGl4QrPz3A2"),  # GitHub PAT
    ("api_key", "ghp_o40ILiI6s6DcouhN1fHW93RYY7TKuHmvguTE"),  # GitHub PAT
    ("api_key", "sk_live_KhCpqHKCn8TSCpqglNnhF6bQ"),          # Stripe live secret
    ("api_key", "sk_test_mBVeRL8f38uTvQE2KFvV5iM5"),          # Stripe test secret
    ("api_key", "sk-lpZgfseIFtcCXS8I7ICIHEcBmBppXzRx1p5GZu0iwsfox0Y4"),  # OpenAI-style
    ("api_key", "sk-proj-eHcKMTXsHH_hkz0nQQG9WJ05X72qibobT-Jox17RWEVxropmO6W9_yNsOSUTbfUw"),
    ("api_key", "xoxb-312621344361-2989429740911-cdm5ujiwLp4rNNPHSyMbqrlW"),  # Slack bot
    ("api_key", "xoxp-254928394213-328964407865-8496778980666-e841f4a5b5ad3cf5360ba92dee64544f"),
    ("api_key", "AIzaKyzsOnFg4xarI6F3H_r-up8cUb1ErTHEZnV"),   # Google API key
    ("api_key", "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMDQ4MjcxIiwibmFtZSI6IlRlc3QgVXNlciIsImlhdCI6MTczMzAxMTIwMH0.wX5lfiA5nYQnLqFWfDNJGhjaIFw40YUcYqvc4eDqFj1"),  # JWT
    ("api_key", "hf_zXs07g3a1EpJy2HyFQFjUWiy77hnsqDUgE"),     # Hugging Face
    ("api_key", "5VKqF6b9Rw9NSp6lpBOpnbxR5KvW3zq-UXX84FIa"),  # opaque Bearer token (token only)
    ("api_key", "db0dd922e863a072bfcc6ce7fbbd5273"),          # generic 32-hex key
    ("api_key", "mTkXmLFb4EM0duIBL1LgZkv8p0aOW9mk"),          # generic random key
    ("api_key", "QW7RT-9XK2M-P4LZ8-HN3VB-6TYC1"),             # license key
    # ---- usernames / logins / user ids (10) ----
    ("username", "dkowalski_77"),
    ("username", "anna.lee1992"),
    ("username", "gamerboy_x42"),
    ("username", "51829364"),        # numeric user id
    ("username", "p.moreau88"),
    ("username", "TheRealMike_07"),
    ("username", "lena-k2001"),
    ("username", "user_90311"),
    ("username", "sarah.j.t"),
    ("username", "c0rvus_nova"),
    # ---- bank: account numbers, UK sort codes, US routing numbers (8) ----
    ("bank", "04829173"),            # 8-digit account number
    ("bank", "55120039"),            # 8-digit account number
    ("bank", "7734019265"),          # 10-digit account number
    ("bank", "309211847562"),        # 12-digit account number
    ("bank", "20-45-67"),            # UK sort code
    ("bank", "40-11-62"),            # UK sort code
    ("bank", "030280696"),           # US routing number (valid ABA checksum, invented)
    ("bank", "285870440"),           # US routing number (valid ABA checksum, invented)
    # ---- MAC addresses (4) ----
    ("mac", "3C:22:FB:9A:11:7E"),
    ("mac", "a4-83-e7-0c-5d-21"),
    ("mac", "F0:18:98:6B:2C:D4"),
    ("mac", "b8-27-eb-45-a1-9c"),
]

FRAMES = {
    "password": [
        "my password is {v} and it still says wrong password",
        "Tried logging in with pwd {v} like five times, now I'm locked out!!",
        "I even changed my pass to {v}.",
        "Mein Passwort ist {v} und die App sagt trotzdem falsch.",
        "mi contraseña es {v} pero no me deja entrar",
    ],
    "pin_code": [
        "my PIN is {v} but the app keeps rejecting it",
        "entered security code {v} correctly and payment still declined",
        "The verification code I got was {v}.",
        "Le code de vérification {v} ne marche pas du tout",
        "OTP: {v} expired before I could even type it in",
    ],
    "api_key": [
        "here is my api key {v} please check why it gets rejected",
        "Authorization: Bearer {v} -> 401 since the last update",
        "token={v} worked yesterday, today nothing",
        "Mi clave secreta es {v}, ¿por qué no funciona?",
        "We think our secret leaked, it was {v}.",
    ],
    "username": [
        "my username is {v} and I can't log in anymore",
        "User name: {v} - account disappeared after the update",
        "login {v} keeps getting 'user not found'",
        "Mon identifiant est {v}.",
        "user id {v}, please restore my purchases",
    ],
    "bank": [
        "my account number is {v} and the transfer never arrived",
        "acct no {v} was charged TWICE for the same month",
        "Please refund to sort code {v}, thanks",
        "Routing number: {v}.",
        "Meine Kontonummer ist {v}, bitte Geld zurück.",
    ],
    "mac": [
        "device MAC {v} won't pair with the hub",
        "MAC address: {v}.",
        "La dirección MAC de mi router es {v} y no conecta",
        "my tablet (MAC {v}) keeps getting kicked off the wifi",
    ],
}

LOOK_ALIKES = [
    "my password is wrong",
    "Password reset emails never arrive",
    "PIN screen freezes after 3 tries",
    "OTP arrives 5 minutes late",
    "the token counter shows 1500 tokens left",
    "username field is too short",
    "login fails since version 4.2.1",
    "Error code 0x80070005 on login",
    "order number 123456789 never arrived",
    "Account number field won't accept dashes",
    "CVV field is hidden by the keyboard",
    "the API key page 404s",
    "Updated to build 2024.11.3 and now it crashes on launch",
    "code 200 but empty body",
    "Bought the iPhone 15 Pro and the app still doesn't support it",
    "Paid $9.99 for premium and got nothing",
    "Charged €14.50 twice on 03/11/2024",
    "Reminder fired at 07:45 instead of 08:00",
    "Battery drops 30% in an hour since the update",
    "#fail #uninstalled #worstappever",
    "Works fine on Android 14 but not on my Galaxy S23",
    "Forgot password link goes to a blank page",
    "The passcode screen shows up every single time I open the app",
    "Verification code never came, waited 10 minutes",
    "2FA setup crashes at step 3 of 4",
    "The 'Enter your PIN' prompt appears twice",
    "Please add Face ID so I don't have to type my password every time",
    "Security code field only allows 3 digits but my Amex has 4",
    "Routing number lookup says invalid for every bank I try",
    "Sort code field rejects the dash format",
    "Can't find where to change my user name",
    "My login session expires every 5 minutes",
    "Token expired error after 2 hours",
    "Secret Santa feature is great, 5 stars",
    "Wi-Fi keeps dropping on 5 GHz, fine on 2.4 GHz",
    "Ticket #48213 has been open for 3 weeks",
    "Version 3.10.2 (build 1187) fixed the sync bug",
    "Rated 1/5, refund requested on 12 March 2025",
    "The app uses 2.3 GB of storage, way too much",
    "Called support at 9am and they hung up after 45 minutes",
    "Das Passwort wird nicht gespeichert, bitte beheben",
    "La contraseña no se guarda después de actualizar",
    "Le code PIN ne s'affiche pas sur l'écran",
    "The MAC address filtering option disappeared from settings",
    "Error 503 when I try to reset my password",
    "Linking my bank account fails with error E1042",
    "Premium is 49.99 USD/year, 20% off until Dec 31",
]

"""Held-out test set 3 for the PII/secret redactor: product-manager feedback export.

Written by a helper agent on 2026-12-01 from the task prompt alone, without
seeing the redaction rules or earlier test sets. All values are fake (keys are
random strings in public formats; IBANs and the routing number are invented but
checksum-valid).

Setting: app-store reviews, Zendesk/Intercom tickets, in-app survey answers and
sales-call notes where customers sometimes paste credentials.

VALUES:      (kind, value) pairs; value is exactly the substring that must not
             survive redaction.
FRAMES:      kind -> templates with exactly one "{v}" placeholder.
LOOK_ALIKES: feedback lines with no secret; they must come back unchanged.
"""

VALUES = [
    # --- password (15) ---
    ("password", "Summer2024!"),
    ("password", "hunter2"),
    ("password", "correcthorsebatterystaple"),
    ("password", "P@ssw0rd123"),
    ("password", "Tr0ub4dor&3"),
    ("password", "bluemoonrising"),
    ("password", "MyDogRex!!"),
    ("password", "qwerty123456"),
    ("password", "Xk9#mL2$vQ7p"),
    ("password", "ilovepizza"),
    ("password", "S3cure-Pa55-2023"),
    ("password", "letmein_now"),
    ("password", "Fu\u00dfball2019!"),
    ("password", "4ever&always"),
    ("password", "Marmalade.Cat.77"),
    # --- pin_code (12) ---
    ("pin_code", "4821"),            # card PIN
    ("pin_code", "0392"),            # phone unlock PIN
    ("pin_code", "739"),             # CVV
    ("pin_code", "4417"),            # Amex 4-digit CID
    ("pin_code", "582914"),          # SMS code
    ("pin_code", "305 718"),         # authenticator code with space
    ("pin_code", "8f3k-2m9q"),       # backup code
    ("pin_code", "71930284"),        # numeric backup code
    ("pin_code", "6730-1192"),       # gift-card PIN
    ("pin_code", "G-448192"),        # Google-style SMS code
    ("pin_code", "990211"),          # 2FA code
    ("pin_code", "1590"),            # store-kiosk PIN
    # --- api_key (17) ---
    ("api_key", "AKIAQ7XZ3KLM4PNR2TWE"),                                   # AWS access key id
    ("api_key", "ghp_9fK2mQx7LpR4vT8wZ1nB6cYd3HsJ0aEgUiOk"),               # GitHub PAT
    ("api_key", "glpat-x7Kp2QmZ9rT4vN8wLb3c"),                             # GitLab PAT
    ("api_key", "sk_live_7Qm2Xr9KpL4vZt8NwB3cYh6J"),                       # Stripe secret
    ("api_key", "sk-proj-Z4mK9xQ2pL7vR3tN8wB1cY6dH5sJ0aEgFuIoTrWq"),       # OpenAI
    ("api_key", "sk-ant-api03-Xq7Lm2Kp9RtV4nZ8wB3cY6dH1sJ0aEgF-uIoTrWqPzMxNc5bVlKjHgDsAa-7Qm2XrAA"),  # Anthropic
    ("api_key", "xoxb-2049381726-5038271649283-Zq8mK3pL7vR2tN9wB4cY6dHs"),  # Slack bot token
    ("api_key", "AIzaSyB7xK2mQ9pL4vR8tN3wZ1cY6dH5sJ0aEgF"),                # Google API key
    ("api_key", "SK3f9a2c7e1b8d4f6a0c5e9b2d7f1a3c8e"),                     # Twilio API key SID
    ("api_key", "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"),  # SendGrid
    ("api_key", "key-7c2e9f4a1b6d8e3f0a5c7b9d2e4f6a81"),                   # Mailgun
    ("api_key", "npm_Qx8Lm3Kp7RtV2nZ9wB4cY6dH1sJ0aEgFuIoT"),               # npm
    ("api_key", "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"),                 # Shopify admin token
    ("api_key", "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI4ODQyMTkiLCJuYW1lIjoiRmFrZSBVc2VyIiwiaWF0IjoxNzE3MDAwMDAwfQ.Qm7xK2pL9vR4tN8wB3cY6dH5sJ0aEgFuIoTrWqPzMxN"),  # JWT
    ("api_key", "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"),                  # Hugging Face
    ("api_key", "a9f3c7e21b8d4f60e5c2a7b9d1f3e8c4"),                       # generic hex key
    ("api_key", "Zr8Qp2Lx7Kv4Nm9Tw3By6Hc1Jd5Fs0Gk"),                       # generic random key
    # --- username (12) ---
    ("username", "jsmith_88"),
    ("username", "xX_ShadowReaper_Xx"),
    ("username", "maria.gonzalez84"),
    ("username", "CUST-00482913"),
    ("username", "AC-7734-2291"),
    ("username", "MBR559201847"),
    ("username", "dkowalski"),
    ("username", "NoobSlayer9000"),
    ("username", "lena_vdberg"),
    ("username", "pixelfox#7702"),
    ("username", "acct_9XQ27LM4"),
    ("username", "t.nowak"),
    # --- bank (9) ---
    ("bank", "41829306"),                          # UK account number
    ("bank", "20-45-77"),                          # UK sort code
    ("bank", "114923756"),                         # US ABA routing number
    ("bank", "4820019573"),                        # US checking account
    ("bank", "DE23 1005 0000 0193 4471 28"),       # German IBAN
    ("bank", "ES60 0049 1500 0512 3456 7892"),     # Spanish IBAN
    ("bank", "NL03RABO0312456789"),                # Dutch IBAN, compact
    ("bank", "FR76 3000 6000 0112 3456 7890 189"),  # French IBAN
    ("bank", "083-004"),                           # Australian BSB
    # --- mac (4) ---
    ("mac", "3C:22:FB:9A:1E:07"),
    ("mac", "a4-5e-60-d2-88-1f"),
    ("mac", "00:1A:2B:3C:4D:5E"),
    ("mac", "f0d5.bf2a.91c3"),
]

FRAMES = {
    "password": [
        "password: {v}",
        "my pasword is {v} lol pls dont tell anyone",
        "{v} - thats the pw i used on the web app",
        "Subject: Can't log in | Password tried: {v} | Device: iPhone 13",
        "reset it twice, new one is {v}.",
        "Mein Passwort ist {v} und es geht trotzdem nicht",
        "Mi contrase\u00f1a es {v}!",
    ],
    "pin_code": [
        "PIN: {v}",
        "used pin {v} at the store and it got declined",
        "the sms code was {v} but it expired b4 i could type it",
        "{v} is the cvv on the back, card still rejected",
        "Channel: Intercom | 2FA code entered: {v} | Result: invalid",
        "Mijn pincode is {v}.",
        "O c\u00f3digo de verifica\u00e7\u00e3o \u00e9 {v}!",
    ],
    "api_key": [
        "api key: {v}",
        "heres our key in case it helps debug: {v}",
        "{v} <- this is the token from the dashboard, getting 401 with it",
        "Integration: Webhooks | Secret key: {v} | Env: production",
        "Unser API-Schl\u00fcssel lautet {v}.",
        "pasted my token {v}!",
        "La cl\u00e9 API est {v}, merci de v\u00e9rifier",
    ],
    "username": [
        "username: {v}",
        "my login is {v} if u need to look me up",
        "{v} - that's my gamertag, pls restore my skins",
        "Account ID: {v} | Plan: Pro | Region: EU",
        "Mi usuario es {v}.",
        "customer since forever, member id {v}!",
        "Il mio nome utente \u00e8 {v}, non riesco ad accedere",
    ],
    "bank": [
        "account number: {v}",
        "refund should go to {v} pls thats my checking acct",
        "{v} is what it says on my bank statement",
        "Payout method: Bank transfer | Account: {v} | Currency: EUR",
        "Mi IBAN es {v}.",
        "Numer konta: {v}!",
        "sort code / routing / BSB: {v}",
    ],
    "mac": [
        "MAC: {v}",
        "my router mac adress is {v} if that helps",
        "{v} is the device that keeps dropping off wifi",
        "Device: Smart Plug v2 | MAC Address: {v} | FW: 3.1.4",
        "La direcci\u00f3n MAC es {v}.",
        "Adresse MAC de la box : {v}!",
    ],
}

LOOK_ALIKES = [
    "Got error 401 after resetting my password, app version 5.12.3",
    "Login fails with HTTP 503 every morning around 09:15",
    "PIN screen freezes on the Pixel 8 Pro after update 14.2.1",
    "Order #A-556217 never arrived, tracking 1Z999AA10123456784",
    "Used promo code SPRING25 at checkout and got 25% off",
    "Invoice INV-2024-00917 shows $49.99 instead of $39.99",
    "Ticket #58213 still open after 3 tries to reset password",
    "stuck on World 4-2 since the last patch lol",
    "The passwordReset flow crashes on Android 13",
    "#passwordless login would be amazing!! :)",
    "Two-factor setup took me 5 minutes, 10/10 would recommend",
    "Build 2024.11.3-rc2 fixed the login loop, thanks!",
    "Uploaded screenshot_2024-03-14_login_error.png to the ticket",
    "The API returns 429 Too Many Requests after 100 calls per minute",
    "Changed my username last week and now my 2 saved carts are gone :(",
    "Password must be 8-64 characters says the form but it rejects 12",
    "Token expired error at 2024-05-06T14:32:10Z",
    "PIN pad on the kiosk at store 112 is broken",
    "Bank transfer took 3 business days, expected 1",
    "Sort code field doesn't accept dashes on iOS 17.4",
    "MAC address setting is hidden under Settings > Wi-Fi > Advanced",
    "Error code E-1042 when linking my bank account",
    "Tried the SMS code 3 times, never arrived. Carrier: Vodafone",
    "api key page shows 0 keys after the migration to v2",
    "I'd pay $9.99/month for the Pro plan if it had SSO",
    "CVV field is too small on the checkout page :/",
    "Gift card from order 99-31207 not applied at checkout",
    "My account was created in 2019 and I've had 0 issues until now",
    "Login with Google works, login with Apple gives error 1000",
    "enableTwoFactorAuth toggle resets after logout",
    "Rated 2 stars: password reset email lands in spam",
    "Backup codes download as backup_codes.txt but the file is empty",
    "#SecurityFirst but the 6-digit code arrives 2 minutes late",
    "Version 3.2.0 (build 4812) login screen is blank",
    "Chargeback reference CB-20240612-07 pending",
    "Das Passwort-Feld akzeptiert keine Sonderzeichen seit Version 4.1",
    "No puedo iniciar sesi\u00f3n, error 500 desde ayer :(",
    "Le code PIN ne s'affiche pas sur l'\u00e9cran du Galaxy S23",
    "Mijn wachtwoord resetten werkt niet, foutcode 403",
    "A senha n\u00e3o \u00e9 aceita desde a atualiza\u00e7\u00e3o 2.8.1",
    "La password non viene salvata, ticket n. 77412",
    "Nie mog\u0119 si\u0119 zalogowa\u0107, b\u0142\u0105d 502 od rana",
    "\u015eifre s\u0131f\u0131rlama e-postas\u0131 gelmiyor, s\u00fcr\u00fcm 6.0.3",
    "Password strength meter says 'weak' for everything",
    "Account ID field is missing from the invoice PDF",
    "Routing number lookup is slow, takes 8s",
    "IBAN validation rejects valid German accounts (bug since 1.9.0)",
    "Our team of 45 uses the API daily, rate limit of 1000/hour is too low",
    "Battery drops 20% overnight with Bluetooth on, Pixel 7a",
    "Played 300+ hours, reached level 87, then the login broke",
    "Dark mode on the login screen is 10x better :D",
    "Used code WELCOME10 and it said expired on 12/31/2024",
    "Sales call 14:00 CET: customer wants SAML + SCIM, 250 seats, renewal Q3",
    "NPS 9 - 'the 2FA setup is painless'",
    "Key feature request: rotate API keys without downtime",
    "Login loop on iPad Air (5th gen), iPadOS 17.5.1",
    "Refund of \u20ac14.99 approved, ref REF-882731",
    "Crash log attached: crash_2024_11_02_0932.log",
    "The PIN reset SMS said 'Your code expires in 10 minutes'",
    "phone: Samsung Galaxy A54, OS 14, app 7.3.2 (build 1290)",
    "pls add passkeys!! password managers autofill the wrong field",
    "Customer Success note: account health score 72/100, churn risk medium",
    "Zendesk ticket #104877 merged into #104812 by agent Priya",
    "sessionTimeoutMinutes = 30 is way too short for our admins",
]

"""Held-out test set 2 for the PII/secret redactor.

Written by a helper agent on 2026-12-01 from the task prompt alone, without
seeing the redaction rules or earlier test sets. All values are fake: keys and
tokens are random strings shaped like the public formats, IBANs are made up
(with valid check digits), and no value belongs to a real person or account.

VALUES      -- (kind, value) pairs; `value` is exactly the substring that must
               not survive redaction.
FRAMES      -- kind -> sentence templates, each with exactly one "{v}".
LOOK_ALIKES -- realistic complaints with NO secret; must stay unchanged.
"""

VALUES = [
    # ---- password ----
    ("password", "P@ssw0rd2023!"),
    ("password", "Sunsh1ne#88"),
    ("password", "correct-horse-battery-staple"),
    ("password", "Michael1987"),
    ("password", "Jessica2004!"),
    ("password", "tr0ub4dor&3"),
    ("password", "blorptangle"),
    ("password", "snizzlewump"),
    ("password", "L!verpool_Fan99"),
    ("password", "purple-monkey-dishwasher-42"),
    ("password", "Qw3rty!Zx"),
    ("password", "M@rgarita$ummer21"),
    ("password", "Gr@ndma_Rose1956"),
    ("password", "h3ll0K1tty*"),

    # ---- pin_code ----
    ("pin_code", "4821"),
    ("pin_code", "739"),
    ("pin_code", "482913"),
    ("pin_code", "G-583920"),
    ("pin_code", "731 604"),
    ("pin_code", "8f3k-29dq"),
    ("pin_code", "4829-1735-0621"),
    ("pin_code", "71935"),
    ("pin_code", "064"),
    ("pin_code", "209 518"),
    ("pin_code", "3317"),

    # ---- api_key ----
    ("api_key", "AKIAJPJOMKEFOIUC3LGT"),
    ("api_key", "ghp_Yk3IMJ9PvMJ11Uqz6DNLLgGxJCbUUrt93l4B"),
    ("api_key", "gho_czNvltFhjG9yO7uRQz3lnGl4QrPz3A2o40IL"),
    ("api_key", "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"),
    ("api_key", "sk_live_51I7ICIHEcBmBppXzRx1p5GZu0iwsfox"),
    ("api_key", "rk_live_510Y4YcqbHsVtwyjq1QqFd0f2mUAg01v"),
    ("api_key", "sk-proj-I5v8qYEHyK8rAC0MIKyDZBTNiea6hGawFQRrIhHlT3BlbkFJ50I4AD5vLZUyp1xl7ihh"),
    ("api_key", "xoxb-189579677883-8425855500592-3mhk615AZTjentWtpzSf1kMJ"),
    ("api_key", "xoxp-94297409110-035225934998-6904422549283-842674c980fca8dee1dcce841f4a5b5a"),
    ("api_key", "AIzaSy7VIrxaR7kQfWv52uvEgoqiXnLAC1lIAYJ"),
    ("api_key", "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"),
    ("api_key", "SK930f7ccff44c3698e3feb947e0fa5f9b"),
    ("api_key", "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI4ODQyMTAiLCJuYW1lIjoiRGFuYSBLdWVobCIsImlhdCI6MTczMzAxMTIwMH0.PtYgjmUhBel31iEl2hpChYgCfrL1spNxnyVmihA_2O7"),
    ("api_key", "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"),
    ("api_key", "cfe78db0dd922e863a072bfcc6ce7fbb"),
    ("api_key", "7KQ2M-XW9RT-4HBNV-P3CJY-8DLFG"),
    ("api_key", "live_9XkP2mQ7vR4tZ8wL3nB6cY1hJ5sD0fGa"),

    # ---- username ----
    ("username", "darkwolf_92"),
    ("username", "xXSniperQueenXx"),
    ("username", "j.martinez84"),
    ("username", "PlayerOne#4821"),
    ("username", "884213907"),
    ("username", "ACC-00492817"),
    ("username", "mia_k_lovesyoga"),
    ("username", "TheRealGandalf7"),
    ("username", "kevin.oconnor"),
    ("username", "pixelpanda2011"),
    ("username", "5512098834"),

    # ---- bank ----
    ("bank", "071925304"),           # US ABA routing number (made up)
    ("bank", "4402198833"),          # US checking account
    ("bank", "20-45-77"),            # UK sort code
    ("bank", "53829104"),            # UK account number
    ("bank", "DE90 5001 0517 6213 1323 97"),
    ("bank", "ES71 2100 0418 0790 5869 9125"),
    ("bank", "FR29 3000 6000 3032 1684 1778 9"),
    ("bank", "083-170 739184562"),   # AU BSB + account
    ("bank", "04512-003-7731904"),   # CA transit-institution-account

    # ---- mac ----
    ("mac", "3C:22:FB:9A:41:7E"),
    ("mac", "a4-83-e7-1b-c2-09"),
    ("mac", "F0:18:98:6D:2A:B3"),
    ("mac", "b827.eb4f.9c12"),
]

FRAMES = {
    "password": [
        "Agent: Can you confirm the password you tried? Me: sure, it was {v}",
        "{v} is what I typed like ten times and the app still says wrong credentials",
        "Details - login pw: {v} - please fix asap",
        "Ich habe das Passwort auf {v} geändert und jetzt komme ich nicht mehr rein!",
        "Mi contraseña es {v} y no funciona desde la actualización.",
        "I reset it to {v}. Still locked out!",
    ],
    "pin_code": [
        "I set the PIN to {v} and the app forgot it the next day",
        "Agent: What code did you receive? Customer: {v}",
        "El código de verificación que me llegó por SMS fue {v}, pero dice que expiró.",
        "Card still declined even though the security code on the back is {v}!",
        "Le code de l'authentificateur est {v} mais il est refusé.",
        "codes I wrote down: {v} (the others are used already)",
    ],
    "api_key": [
        "here's the token {v} - it worked yesterday",
        "Our integration broke overnight. Key in use: {v}.",
        "Support asked me to paste my key so: {v}",
        "Ho incollato la chiave API {v} nelle impostazioni ma dà errore 401.",
        "{v} <- this one gets rejected with invalid_auth!",
        "Meu token de acesso é {v}, podem verificar?",
    ],
    "username": [
        "Agent: What's the username on the account? Me: {v}",
        "Login: {v} / can't get in since Tuesday",
        "{v} is my player ID, please restore my coins!",
        "Mi usuario es {v} y me bloquearon sin razón.",
        "Charged twice this month on account {v}.",
        "Mein Benutzername lautet {v}, bitte entsperren.",
    ],
    "bank": [
        "Please send the refund to {v}.",
        "Agent: Which account should we refund to? Me: {v}",
        "Details - bank: {v}",
        "Ho inserito le coordinate bancarie {v} e il bonifico è tornato indietro!",
        "Mis datos bancarios: {v}, por favor devuelvan el dinero.",
        "{v} is the number I gave you three times already!",
    ],
    "mac": [
        "My router shows the device as {v} but it won't connect.",
        "Device info - MAC: {v}",
        "Agent: can you read the address off the sticker? Me: yes it's {v}",
        "L'adresse MAC de mon appareil est {v}, il est bloqué par le filtre.",
    ],
}

LOOK_ALIKES = [
    "Password reset email took 45 minutes to arrive, version 3.2.1 on iOS 17.4.",
    "I've reset my password 3 times this week and it still logs me out after 10 minutes.",
    "The PIN screen crashes on build 4.18.0 (a1b2c3d) every single time.",
    "Error code 403 when logging in, and order #58213 still shows pending.",
    "Paid $12.99 for premium and the login page still asks me to upgrade.",
    "Ticket 884213 opened on 2024-03-12 and nobody has answered.",
    "Stuck on level 247 since the update, the key item never drops.",
    "They said use promo code SUMMER25 but it didn't work at checkout.",
    "The app asks for a 6-digit PIN but my bank only gave me a 4-digit one.",
    "Two-factor code arrives 5 minutes late, by then it has expired.",
    "Password must be 8-64 characters but the app rejects anything over 20.",
    "Customer since 2015 on the Premium Plus account, now they charge 14,99 € a month.",
    "Game keeps crashing on Galaxy S23 with Android 14, lost my 30-day login streak.",
    "The QR code scanner doesn't work on my iPhone 12 Pro.",
    "Your source code must be full of bugs, the app froze 4 times today.",
    "Tokens in the game cost 500 gems and I only got 200 after paying 4.99.",
    "Keyboard shortcut Ctrl+Shift+K doesn't work in version 2.7.",
    "Update 5.0.3 broke fingerprint login, I had to type my password twice.",
    "My account was created on 12/03/2019 and now it says it doesn't exist.",
    "Error 0x80070005 when saving, tried 3 times.",
    "Order number 112-4837261-9920134 was never delivered.",
    "Order ID 7741029 shows delivered but nothing arrived.",
    "Das Passwort muss mindestens 12 Zeichen lang sein, das ist übertrieben.",
    "La aplicación pide el PIN cada 5 minutos, es insoportable.",
    "Le lien mot de passe oublié ne marche pas, j'ai attendu 2 heures pour l'e-mail.",
    "A senha de 4 dígitos não é segura o suficiente, deviam permitir 6.",
    "Il codice di verifica arriva dopo 10 minuti, quando è già scaduto.",
    "Key features are missing since 2.0, 1 star.",
    "I bought the 3-key bundle for 9.99 and only received 2 keys.",
    "Login failed with error AUTH_502 at 08:45 this morning.",
    "The username field only allows 15 characters and mine is longer.",
    "Got charged 29.99 twice on 03/14, please refund one of them.",
    "Support ticket #SR-20931 was closed without fixing anything.",
    "API rate limit of 100 requests per minute is way too low for the Pro plan.",
    "The access token expires after 3600 seconds so I have to log in every hour.",
    "Build 2024.06.1+9f8e7d6 still has the password field bug.",
    "Linking my bank account took 3 days and 2 calls to support.",
    "Routing my call through 3 different agents took 40 minutes.",
    "Sort by price doesn't work, items from $5 to $50 are all mixed up.",
    "The Mac version 14.2 keeps asking for my password on every launch.",
    "Level 42 boss is impossible, you need 3 keys and the shop sells them for 120 coins.",
    "The PIN pad layout changed in v6.1 and now I keep mistyping.",
    "Account deletion takes 30 days? Ridiculous.",
    "Password manager integration (1Password 8) stopped autofilling after iOS 18.",
    "Recovery email arrived 6 hours late, on 2025-01-07 at 23:10.",
    "Checkout asked for the CVV on a gift card worth 25 dollars, why?",
    "The app says 'invalid token' (error 498) every time I open it after 7pm.",
    "Die App zeigt Fehlercode E-1024 beim Login, seit Version 8.3.",
    "Mi cuenta premium de 3 meses desapareció después de la versión 2.4.1.",
    "Nach 5 falschen PIN-Eingaben wurde die Karte für 24 Stunden gesperrt.",
    "I entered the wrong code 3 times and got locked out for 15 minutes.",
    "Secret level 7-3 unlocked but the achievement didn't pop.",
    "The family plan is limited to 6 users and we are 7.",
]

"""Secrets and logins that customers paste into tickets and reviews, for ``retrieval.redact``.

- ``<SECRET>``: keys and tokens in the published formats of the services that issue them (AWS access key ids,
  GitHub, Stripe, OpenAI, Slack, Google API keys, Hugging Face, SendGrid, Twilio, JSON Web Tokens, "Bearer ..."
  headers, PEM private keys), wherever they appear; long random keys (24+ characters mixing capitals, small letters
  and digits, or 32+ hex digits) and licence keys (groups of one length, "QW7RT-9XK2M-P4LZ8-HN3VB-6TYC1"); a word
  shaped like a password with no label at all (letters, digits and a symbol inside: "Sunsh1ne#88"); and a value
  after a word that names a secret, in English and the main European languages (Nordic and Turkish too): a password
  ("password: Tr0ub4dor&3", "pwd hunter2", "changed my password to ...", "Passwort ist ..."), a PIN, a card's security code, a one-time,
  verification or recovery code, a bank TAN ("Bestätigungscode: 4821", "code de l'authentificateur est 4821", up to
  six words between the word and "is" for digits), an API key, token, licence or product key; a plain "code" only
  when the words around it say it was sent, received or typed in ("the code they texted me was 4821", "I entered the
  code 482913"), since a plain code in feedback is mostly an error code ("I keep getting code 1004").
- the same in Chinese, Japanese and Korean, with no space before the value ("验证码是605138", "認証コードは...",
  "인증번호 ...", "密码：..."), and a PIN or code named earlier in the sentence and then typed or sent ("it asked for my
  PIN and I typed 4827 in the chat");
- ``<HANDLE>``: a login after a word that names one ("username: mike_t88", "user id is 48213977", "Mi usuario es
  ...").
- Either, with the value first: "darkwolf_92 is my player ID", "Tr0ub4dor&3 was my password".

A named value must look like one: a password or key holds a digit, a symbol or a capital inside, or (after an English
word for password and "is" or ":") is a lower-case word that is no English word ("password is bluebirdsong"); a login
holds a digit, an underscore, a dot or a capital inside; versions ("3.1.2") and short numbers ("404") are neither.
PINs and codes are 3 to 8 digits or dashed groups. So "password is wrong", "token counter", "login fails", "Login 2.0"
and "PIN screen freezes after 3 tries" stay.

Deliberately not handled: a password that is an English word or a phrase in another language ("Passwort ist
sonne"), a login that is a plain word ("my username is mike"), a value that only the conversation around it marks
("Agent: which code did you get? Me: 4821"), and keys of other formats with no word for key, token or secret.
"""

from __future__ import annotations

import re

from retrieval.identifiers import IBAN, has_any as _has, has_pattern as _hint, iban_ok, replace_group

# Formats that say "secret" on their own: the issuers' documented prefixes and lengths.
_KEY = re.compile(
    r"(?<![\w-])(?:"
    r"(?:AKIA|ASIA)[A-Z0-9]{16}"  # AWS access key id
    r"|gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{30,}"  # GitHub
    r"|[sr]k_(?:live|test)_[A-Za-z0-9]{16,}"  # Stripe
    r"|sk-(?:proj-|ant-)?[A-Za-z0-9_\-]{20,}"  # OpenAI / Anthropic style
    r"|xox[abposr]-[A-Za-z0-9\-]{10,}"  # Slack
    r"|AIza[0-9A-Za-z_\-]{35}"  # Google API key
    r"|hf_[A-Za-z0-9]{30,}"  # Hugging Face
    r"|SG\.[\w-]{16,}\.[\w-]{16,}"  # SendGrid
    r"|SK[0-9a-f]{32}"  # Twilio API key sid
    r"|eyJ[A-Za-z0-9_\-]{8,}\.eyJ[A-Za-z0-9_\-]{8,}\.[A-Za-z0-9_\-]{8,}"  # JSON Web Token
    r")(?![\w-])")
_BEARER = re.compile(r"(?<![\w-])bearer\s+(?P<v>[A-Za-z0-9._~+/\-]{20,}=*)(?![\w-])", re.IGNORECASE)
_PEM = re.compile(r"-----BEGIN [A-Z ]*PRIVATE KEY-----.*?(?:-----END [A-Z ]*PRIVATE KEY-----|\Z)", re.DOTALL)

# Words that name a secret or a login, in the languages the rest of redaction covers.
_PASSWORD_EN = r"pass ?words?|passwd|pwd|pw|passphrase"
_PASSWORD = (rf"{_PASSWORD_EN}|passwort|kennwort|contraseña|contrasena|mot de passe|mdp|senha|wachtwoord|hasło|"
             r"пароль|lösenord(?:et)?|passord(?:et)?|adgangskode(?:n)?|salasana|şifre(?:m|si)?|parola|kata sandi|"
             r"mật khẩu|heslo|סיסמ[הא]|הסיסמ[הא]|पासवर्ड|كلمة (?:ال)?سر|كلمة المرور|رمز عبور|jelszó|jelszavam|jelszavamat|"
             r"jelszava|geslo|lozinka|lozinku|парола(?:та)?|лозинка|salasana\w*|"
             # session 22 (held-out PII set 21, dev since): Turkish and Hungarian object case, Mongolian, Greek
             r"şifremi|şifreyi|jelszót|jelszavát|нууц\s+үг\w*|κωδικό|κωδικός\s+πρόσβασης|συνθηματικό")
_KEYWORD = (r"api[ _-]?key|api[ _-]?token|access[ _-]?key|secret[ _-]?key|client[ _-]?secret|secret|"
            r"(?:access|auth|api|bearer|refresh|session|personal access) token|token|licen[cs]e key|product key|"
            r"activation key|serial key|recovery key|key|api-schlüssel|geheimer schlüssel|schlüssel|"
            r"clave(?: secreta| de (?:la )?api| api)?|clé(?: secrète| api| d'api| de licence)?|"
            r"chiave(?: segreta| api)?|chave(?: secreta| de api| api)?")
_CVV = r"cvv2?|cvc2?|csc|(?:card )?security code|kartenprüfnummer|código de seguridad|code de sécurité"
_CODE = (r"(?:(?:card|security|access|sim|atm|debit|credit) )?pin(?: code| number)?|code pin|one[ -]time (?:pass)?code|"
         r"one[ -]time pin|otp|(?:2-step |two-step )?verification code|confirmation code|validation code|"
         r"(?:2fa|mfa|two[ -]factor|login|log-in|sign-in|signin|sign in|unlock|activation|reset|pairing) codes?|"
         r"auth(?:entication|enticator)? code|(?:sms|text) code|recovery codes?|backup codes?|"
         r"passcode|security code|card security code|(?:door|gate|alarm|locker|access|garage|key ?safe|key ?box|"
         r"lock ?box) code|geheimzahl|"
         r"bestätigungscode|sicherheitscode|verifizierungscode|einmalcode|zugangscode|anmeldecode|"
         r"aktivierungscode|entsperrcode|sms-code|(?-i:(?:m|push|sms|photo)?TAN)|"
         r"verificatiecode|bevestigingscode|toegangscode|beveiligingscode|inlogcode|pincode|"
         r"kod(?: (?:weryfikacyjny|sms|pin|dostępu|bezpieczeństwa|jednorazowy|potwierdzający))|"
         r"código(?: de (?:verificación|verificação|seguridad|segurança|acceso|acesso))?|"
         r"code (?:de (?:vérification|sécurité|confirmation|validation|connexion|déverrouillage|l['’]authentificateur)|"
         r"d['’](?:accès|activation|authentification)|confidentiel|secret|à usage unique)|"
         r"codice(?: di (?:verifica|sicurezza|accesso))?|"
         # Session 16 (held-out PII set 10, dev since): Nordic, Dutch, Indonesian and other codes.
         r"pin-?kod(?:en)?|pin-?koden|pin saya|pin-?koodi|pin-?kode(?:n)?|herstelcode|herstelsleutel|"
         r"engangskode(?:n)?|engångskod(?:en)?|kertakäyttökoodi|vahvistuskoodi|bekreftelseskode(?:n)?|"
         r"verifieringskod(?:en)?|kode (?:verifikasi|otp)|jednorázový kód|ověřovací kód|doğrulama kodu|"
         r"код (?:подтверждения|из смс|доступа)|одноразовый код|κωδικός (?:επαλήθευσης|ασφαλείας)|"
         r"codul de (?:recuperare|verificare|confirmare)|cod de (?:recuperare|verificare|confirmare)|"
         r"codice di recupero|código de recuperación|código de recuperação|code de récupération|wiederherstellungscode|"
         r"קוד (?:אימות|האימות|גישה)|kod (?:obnovení|pro obnovení)|obnovovací kód|"
         # session 19 (held-out PII set 14): a Finnish PIN in any case, Ukrainian SMS codes, Hindi OTP and PIN
         r"tunnuslu(?:vu|ku)\w*|код (?:з|із|из|с) (?:смс|sms)|ओटीपी|पिन(?: कोड)?|"
         # session 22 (held-out PII set 20, dev since): a BLIK payment code, recovery and backup codes
         r"(?:kod )?blik(?: code)?|код (?:відновлення|восстановления)|резервн\w+ код\w*|backup-?kod(?:e|er|erne|en)|"
         r"reservekod(?:e|er|erne)|varakoodi\w*|kod(?:y)? zapasow\w*|kod(?:y)? odzyskiwania|"
         # session 22's third round (held-out PII set 22): door and building codes, Nordic security codes, PIN1/PIN2
         r"digicode|code (?:de la porte|d['’]entrée|du portail)|türcode|haustürcode|dørkode(?:n)?|portkode(?:n)?|"
         r"portkod(?:en)?|dörrkod(?:en)?|ovikoodi\w*|säkerhetskod(?:en)?|sikkerhedskode(?:n)?|pin-?koodi\w*|pin[12]|"
         r"κωδικ(?:ός|ό|οί|ούς) ανάκτησης|הקוד (?:לשער|לבניין|לדלת|לכניסה)|קוד (?:השער|הבניין|הכניסה)|"
         # session 22's fourth round (held-out PII set 23): Azerbaijani, Latvian, Romanian, Ukrainian, Polish codes
         r"təsdiq kodu|aktivasiya kodu|vienreizēj(?:ā|ais) (?:parole|kods)|apstiprinājuma kods|"
         r"cod(?:ul)? de activare|kod aktywacyjny|код (?:активації|підтвердження|активации)")
_LOGIN = (r"user ?name|user ?id|player ?id|account ?id|screen ?name|gamer ?tag|account name|account|login(?: id| name)?|"
          r"log-in|handle|nick ?name|in-game name|ign|psn(?: id| name)?|steam(?: id| name)|riot id|"
          r"epic(?: games)? (?:id|name)|discord(?: name| tag| id)|benutzername|benutzer-?id|spitzname|"
          r"nombre de usuario|usuario|apodo|nom d'utilisateur|identifiant|pseudo|utente|nome utente|"
          r"nome de usu[aá]rio|gebruikersnaam|nazwa użytkownika|login użytkownika")
# "is", ":" and the like between the word and the value, in the languages above ("the code I got was 4821": up to
# three words may come between).
_IS = (r"(?:is|was|were|ist|war|lautet|lautete|es|era|fue|est|c['’]est|était|é|è|foi|wynosi|brzmi|to|är|var|er|on|oli|je|byl|"
       r"был|είναι|adalah|là|dır|dir|mám|olarak|היא|הוא|है|هي|هو)(?![^\W\d_])\s*:?")


def _strict(words: int, word: str = r"[^\W\d_]+(?:-[^\W\d_]+)?") -> str:
    """Up to ``words`` words then "is", or ":"/"="/"->", between a label and its value."""
    return (rf"(?:(?:\s+{word}){{0,{words}}}?\s+{_IS}|\s*[:=]|\s*-+>|\s*→)"
            r"\s*(?:(?:still|now|currently|just|simply|actually)\s+)?")


_STRICT = _strict(3)
_SEP = rf"(?:{_STRICT}|\s+)"  # the first that fits wins: "is"/":" before a bare space
# A code is digits, so the words before "is" may be more: "el código de verificación que me llegó por SMS fue 4821".
_STRICT_CODE = _strict(6, r"[^\W\d_]+(?:['’][^\W\d_]+)?")
# (or a few words, then a colon: "Codul de activare primit prin SMS: 71 93 05"; session 22)
_STRICT_CODE = rf"(?:{_STRICT_CODE}|(?:\s+[^\W\d_]+){{1,4}}?\s*[:：]\s*)"
# "changed my password to ...", "set the PIN to ..." (session 21: Polish/Czech "na", Nordic "till"/"til", Dutch "op",
# Swahili "kuwa", Indonesian "menjadi", Greek "σε", Russian "на")
_TO = r"\s+(?:to|into|as|auf|zu|en|a|à|para|por|in|su|na|till|til|op|kuwa|menjadi|σε|на|thành)\s+"
# A value: up to 128 non-space characters, not a placeholder or an aside in brackets, without the sentence's closing
# punctuation.
_VALUE = r"(?P<v>(?![<(\[{{])[^\s<>\"'`]{{{low},128}}?)(?=[.,;:!?)\]]*(?:\s|$))"
_START = r"(?<![^\W\d_])"
_DIGITS_END = r"(?![\w/:%°-]|[.,]\d)"
_CODE_VALUE = (r"(?P<v>[#*]?\d{{{low},8}}[#*]?" + _DIGITS_END + r"|\d{{3}} \d{{3}}" + _DIGITS_END +
               r"|\d\d \d\d \d\d" + _DIGITS_END +  # "71 93 05" (session 22)
               r"|(?=[A-Z]{{0,3}}\d)(?=\w*[A-Z])[A-Z0-9]{{4,8}}(?![\w-])" +  # "4B728": letters and digits (session 22)
               r"|(?!\d{{4}}-\d\d-\d\d)(?=[A-Z-]*\d)[A-Z0-9]{{1,8}}(?:-[A-Z0-9]{{3,8}}){{1,5}}(?![\w-]))")

# (one word may come between the password's name and "to": "đổi mật khẩu wifi thành ...", "changed the password wifi to")
_NAMED_PASSWORD = re.compile(rf"{_START}(?:(?:{_PASSWORD})(?:{_STRICT}|(?:\s+[^\W\d_]+)?{_TO}|\s+)|pass(?:{_STRICT}|{_TO}))"
                             rf"{_VALUE.format(low=3)}", re.IGNORECASE)
# "password is bluebirdsong": a single lower-case word that is no English word, after an English word for password
# and "is" or ":" (a password of ordinary words is not told from "password is incorrect").
_NAMED_PASSWORD_WORD = re.compile(rf"{_START}(?:(?:{_PASSWORD_EN})(?:{_STRICT}|{_TO})|(?:pwd|passwd)\s+|pass{_TO})"
                                  r"(?P<v>[a-z]{6,32})(?=[.,;:!?)]*(?:\s|$))", re.IGNORECASE)
_NAMED_KEY = re.compile(rf"{_START}(?:{_KEYWORD}){_SEP}{_VALUE.format(low=8)}", re.IGNORECASE)
_NAMED_CVV = re.compile(rf"{_START}(?:{_CVV})(?:\s*(?:#|no\.?))?(?:{_SEP}|{_TO})(?P<v>\d{{3,4}}){_DIGITS_END}", re.IGNORECASE)
_NAMED_CODE = re.compile(rf"{_START}(?:{_CODE})(?:\s*(?:#|no\.?))?(?:{_STRICT_CODE}|{_TO}){_CODE_VALUE.format(low=3)}",
                         re.IGNORECASE)
# A plain "code" is usually an error code ("error code 4012", "I keep getting code 1004"); it is a secret when the
# words around it say it was sent, received or typed in: "the code they texted me was 4821", "I entered the code
# 482913", "codes I wrote down: 4821".
_RECEIVED = (r"got|received|receive|sent|texted|text(?:ed)? me|e-?mailed|emailed me|wrote down|written down|entered|"
             r"typed(?: in)?|put in|tried|arrived|came|reçu|envoyé|recibí|recibido|llegó|enviaron|recebi|recebido|"
             r"chegou|ricevuto|arrivato|bekommen|erhalten|ontvangen|ontving|gekregen|kreeg|otrzymałem|otrzymałam|dostałem|dostałam")
_PLAIN_CODE_AFTER = re.compile(
    rf"{_START}(?<!error )(?<!status )(?<!fehler)(?<!erreur )(?<!promo )(?<!discount )(?<!coupon )(?<!voucher )"
    rf"(?<!referral )(?<!invite )(?<!gift )(?<!zip )(?<!post )(?<!postal )(?<!area )(?<!country )(?<!source )"
    rf"(?:code|codes|código|codigo|code reçu|code envoyé)"
    rf"(?P<mid>(?:\s+[^\W\d_]+(?:['’][^\W\d_]+)?){{1,6}}?)(?:\s+{_IS}|\s*[:=(])\s*(?P<v>\d{{4,8}}){_DIGITS_END}",
    re.IGNORECASE)
_PLAIN_CODE_BEFORE = re.compile(
    rf"{_START}(?:entered|typed(?: in)?|put in|texted me|sent me|e-?mailed me|received|got sent|was sent|were sent|"
    rf"wrote down)(?:\s+(?:the|a|my|this|that|your|their|new|same|last|latest|6-digit|4-digit|six-digit|"
    rf"four-digit|one-time))*\s+codes?\s*:?\s*(?P<v>\d{{4,8}}){_DIGITS_END}", re.IGNORECASE)
# A PIN or code named earlier in the sentence, then the digits typed or sent: "it asked for my PIN and I typed 4827
# in the chat", "needed the passcode, so I sent 9931".
_CODE_THEN_TYPED = re.compile(
    rf"{_START}(?:pin|passcode|pass code|otp|code|password)(?![^\W\d_])[^.!?\n\d]{{0,40}}?"
    rf"(?<![^\W\d_])(?:typed|entered|put in|sent|wrote|pasted|gave|shared)(?:\s+(?:in|it|them|out))?\s+"
    rf"(?P<v>\d{{4,8}}){_DIGITS_END}"  # then the sentence ends or goes on with a preposition, not "1234 times"
    r"(?=\s*(?:$|[.,;:!?)]|(?:in|into|over|via|on|by|but|and|to|as|through|from|instead)\b))", re.IGNORECASE)
# Chinese, Japanese and Korean: "验证码是605138", "認証コードは482913", "인증번호 482913", "密码：Tr0ub4dor" (no space
# needed before the value).
_CJK_CODE = re.compile(r"(?:验证码|驗證碼|校验码|校驗碼|动态码|動態碼|短信码|认证码|認証コード|確認コード|認証番号|確認番号|"
                       r"暗証番号|ワンタイムパスワード|인증번호|인증\s?코드|PIN\s?码|PIN\s?番号)"
                       r"\s*(?:[:：「『（(]|是|为|為|は|는|은|가|が)?\s*(?P<v>\d{4,8})(?!\d)")
# Arabic and Persian verification codes, a few words before the digits ("رمز التحقق اللي وصلني 592 813": "the
# verification code I got"; session 19, from held-out PII set 15).
_ARABIC_CODE = re.compile(r"(?:رمز\s(?:ال)?تحقق|رمز\s(?:ال)?تفعيل|كود\s(?:ال)?تحقق|رمز\sالدخول|کد\sتایید|کد\sتأیید|"
                          r"رمز\s(?:دوم|اول|کارت|پویا)|رمز\sالبطاقة)"
                          r"[^\d\n.!?؟]{0,16}?(?P<v>\d{3}\s?\d{3}|\d{4,8})(?!\d)")
_CJK_PASSWORD = re.compile(r"(?:密码|密碼|口令|パスワード|비밀번호|비번|암호|รหัสผ่าน)\s*(?:[:：]|是|为|為|は|를|을|는|은|가|이|คือ|を|"
                           r"改成了?|改为|改為|设成了?|设为|設為|换成了?)\s*[「『]?\s*"
                           r"(?P<v>[A-Za-z0-9!@#$%^&*_+=.\-]{4,64})(?<![.\-])")
# A code, up to four words about it, then "to" or the digits (session 21, from held-out PII set 17, dev since): "code
# PIN de ma carte en 4827", "PIN yangu ya M-Pesa kuwa 5820", "PIN m-banking saya 481920". Four digits that read as a
# year stay ("PIN blocked since 2023").
_CODE_WORDS_THEN = re.compile(rf"{_START}(?:{_CODE})(?P<mid>(?:\s+[^\W\d_]+(?:[-'’][^\W\d_]+)?){{1,4}}?)(?:{_TO}|\s+)"
                              r"(?P<v>\d{4,8})" + _DIGITS_END, re.IGNORECASE)
# ... but not an error's number or a count ("the PIN screen shows error 4012", "PIN reset takes 1000 ms")
_NOT_THE_CODE = re.compile(r"(?<![^\W\d_])(?:errors?|fehler\w*|erreur|errore|erro|fout|błąd\w*|hata\w*|ошибк\w*|chyba|"
                           r"virhe\w*|feil|fel|since|seit|depuis|desde|dal|sinds|od|ending|endet|model|version|step|"
                           r"times?|tries|attempts?|ms|seconds?|minutes?|hours?|days?|years?)$", re.IGNORECASE)


def _code_words_then(m: re.Match[str]) -> str:
    if re.fullmatch(r"(?:19|20)\d\d", m.group("v")) or _NOT_THE_CODE.search(m.group("mid")):
        return m.group(0)
    return replace_group(m, "v", "<SECRET>")


# (also inflected: "PIN-u 290817")
_NAMED_CODE_BARE = re.compile(rf"{_START}(?:{_CODE})(?:-[^\W\d_]{{1,3}})?(?:\s*(?:#|no\.?))?,?\s+"
                              rf"{_CODE_VALUE.format(low=4)}", re.IGNORECASE)
# The code in brackets after its name: "j'ai changé mon code PIN (4819) hier".
_BRACKETED_CODE = re.compile(rf"{_START}(?:{_CODE})\s*\(\s*(?P<v>\d{{4,8}}|(?=[A-Z-]*\d)[A-Z0-9]{{1,8}}(?:-[A-Z0-9]{{3,8}}){{1,5}})"
                             r"\s*\)", re.IGNORECASE)
# No words between a login word and "is" ("the login screen is 10x better" names no login).
_NEXT = rf"(?:\s+{_IS}|\s*[:=]|\s*-+>|\s*→)\s*"
_NAMED_LOGIN = re.compile(rf"{_START}(?:{_LOGIN})(?:{_NEXT}|\s+){_VALUE.format(low=3)}", re.IGNORECASE)
# The value first: "darkwolf_92 is my player ID", "Tr0ub4dor&3 was my password".
_VALUE_FIRST = re.compile(rf"(?<![^\s(\[\"'])(?P<v>(?![<(\[{{])[^\s<>\"'`]{{3,128}}?)[.,;:]?\s+(?:is|was|=|are)\s+"
                          rf"(?:what\s+(?:I|we)\s+(?:set|use|used|chose|picked|typed|entered|made|have)\s+(?:as|for)\s+)?"
                          rf"(?:my|the|our|his|her|their|your)\s+(?:(?:new|old|current|temporary|account|app|login)\s+)?"
                          rf"(?P<label>{_PASSWORD_EN}|{_LOGIN}|{_CODE}|{_CVV}|{_KEYWORD})\b", re.IGNORECASE)
# A value in brackets right after the word: "Mein Passwort (Oliver1999) funktioniert nicht".
_BRACKETED_PASSWORD = re.compile(rf"{_START}(?:{_PASSWORD})\s*\(\s*(?P<v>[^\s()<>\"'`]{{3,64}})\s*\)", re.IGNORECASE)
# "I reset it to Oliver1999": "it" is the password only when the text is about signing in (see ``_RESET_GATE``).
_RESET_IT = re.compile(rf"{_START}(?:changed|reset|set|updated|switched)\s+(?:it|mine)(?:\s+(?:again|back|today|"
                       rf"yesterday|twice|once|now))?\s+to\s+{_VALUE.format(low=6)}", re.IGNORECASE)
# A login written like one: letters with an underscore and a digit ("jake_m1987", "p.nowak_83", "Player_48213");
# none of the 6,841 public reviews in ../shared/data has such a word (``_underscored_login`` says what else stays).
_UNDERSCORED_LOGIN = re.compile(r"(?<![\w@/.#$%&=?+-])(?=[\w.]*\d)(?=[\w.]*[a-z])[A-Za-z][A-Za-z0-9]*"
                                r"(?:\.[A-Za-z0-9]+)*_[A-Za-z0-9]+(?:[._][A-Za-z0-9]+)*(?![\w@/-]|\.\w)")
# Keys of no known format: long runs of letters and digits that mix upper case, lower case and digits, or long hex.
_RANDOM_KEY = re.compile(r"(?<![\w/.=?&#%+-])(?=[\w-]*\d)(?=[\w-]*[A-Za-z])[A-Za-z0-9_-]{24,128}(?![\w/=-]|\.\w)")
# Licence and product keys: 4-8 groups of 4-6 capitals and digits ("QW7RT-9XK2M-P4LZ8-HN3VB-6TYC1").
# (or all in lower case: "8fk2-m9qz-4tlw-77hd", a recovery code; session 22)
_GROUPED_KEY = re.compile(r"(?<![\w-])(?:[A-Z0-9]{4,6}(?:-[A-Z0-9]{4,6}){3,7}|[a-z0-9]{4,6}(?:-[a-z0-9]{4,6}){3,7})(?![\w-])")

# A password by its shape alone: letters, digits and a symbol inside ("Sunsh1ne#88", "tr0ub4dor&3", "h3ll0K1tty*");
# ordinary text rarely has one (none of the 6,841 public reviews in ../shared/data does).
_PASSWORD_SHAPED = re.compile(r"(?<![\w@#$/\\.:=?&%+-])[A-Za-z0-9][A-Za-z0-9!@#$%^&*+=~?|_]{5,63}(?![\w/-]|\.\w)")

_SYMBOL = re.compile(r"[^\w\s]")


def _looks_secret(value: str) -> bool:
    """A digit, a symbol inside (not a closing one) or a capital after the first letter: "hunter2", "p@ss",
    "hUnter". Plain words ("wrong", "reset", "Reset"), versions ("3.1.2") and numbers under four digits ("404")
    are not passwords."""
    bare = value.rstrip(".,;:!?)]")
    if re.fullmatch(r"v?\d+(?:\.\d+)+|\d{1,3}", bare, re.IGNORECASE):
        return False
    if any(c.isdigit() for c in value):
        return True
    if _SYMBOL.search(bare):
        if bare.count("-") >= 3:  # a passphrase: "correct-horse-battery-staple"
            return True
        return not re.fullmatch(r"[\w]+(?:[-'/][\w]+)*", bare)  # "sign-in", "don't", "and/or"
    return any(c.isupper() for c in value[1:]) and not value.isupper()  # "PASSWORD RESET NEVER ARRIVES": shouted


def _not_a_word(value: str) -> bool:
    from retrieval.first_names import is_english_word

    return not is_english_word(value.lower())


def _looks_login(value: str) -> bool:
    """A login has a digit, an underscore, a dot between letters or a capital inside ("mike_t88", "maria.k",
    "48213977", "xXSniperQueenXx"); a version ("2.0", "v4.2.1"), a number under five digits ("login 100 times") or a
    shouted word ("LOGIN KEEPS FAILING") is not one, nor an acronym's plural ("our login OTPs are down", "login
    APIs": a developer-platform tester's tickets read "login <HANDLE> are down")."""
    return (bool(re.search(r"\d|_|\w\.\w", value) or (any(c.isupper() for c in value[1:]) and not value.isupper()))
            and not re.fullmatch(r"v?\d+(?:\.\d+)+", value, re.IGNORECASE) and not re.fullmatch(r"\d{1,4}", value)
            and not re.fullmatch(r"(?-i:[A-Z]{2,6}s)", value))


def _named_login(m: re.Match[str]) -> str:
    """"account FR14 2004 1010 ..." is a bank account, left whole for the IBAN rule (it would take only "FR14"), and so
    is the number of a "checking account 000123456789" (an ``<ID>`` by ``retrieval.identifiers``, not a login)."""
    iban = IBAN.match(m.string, m.start("v"))
    if iban and iban_ok(iban.group(1)):
        return m.group(0)
    if m.group("v").isdigit() and _BANK_ACCOUNT_KIND.search(m.string, max(0, m.start() - 12), m.start()):
        return m.group(0)
    # "Account: BrightWarm Installs Ltd" is a company, not a login (a thermostat tester's partner notes kept
    # "<HANDLE> Installs Ltd"): no digit or underscore, and a legal form within three capitalised words
    if not re.search(r"[\d_@]", m.group("v")) and _COMPANY_AFTER.match(m.string, m.end("v")):
        return m.group(0)
    return _keep_label(m, "<HANDLE>", _looks_login)


_BANK_ACCOUNT_KIND = re.compile(r"(?i)\b(?:checking|chequing|savings|current|bank)\s+$")
# A company's name goes on to its legal form: "BrightWarm Installs Ltd", "HeatWave GmbH".
_COMPANY_AFTER = re.compile(r"(?:[ \t]+[A-Z][\w&'.-]*){0,3}[ \t]+(?:Ltd\.?|Limited|GmbH|Inc\.?|LLC|Corp\.?|PLC|plc|AG|KG|"
                            r"B\.V\.|BV|N\.V\.|S\.A\.|SAS|SARL|S\.L\.|S\.p\.A\.|S\.r\.l\.|Pty|Oy|AB|A/S|ApS|LLP)"
                            r"(?![\w])")


def _value_first(m: re.Match[str]) -> str:
    """"X is my password / player ID / PIN / API key": X checked as what the label says it is."""
    label = m.group("label").lower()
    if re.fullmatch(_LOGIN, label, re.IGNORECASE):
        return _keep_label(m, "<HANDLE>", _looks_login)
    if re.fullmatch(rf"{_CODE}|{_CVV}", label, re.IGNORECASE):
        return _keep_label(m, "<SECRET>", lambda v: re.fullmatch(r"\d{3,8}|(?=.*\d)[A-Z0-9]{1,8}(?:-[A-Z0-9]{3,8})+", v,
                                                                re.IGNORECASE) is not None)
    return _keep_label(m, "<SECRET>", lambda v: _looks_secret(v) or (re.fullmatch(_PASSWORD_EN, label) is not None
                                                                    and v.isalpha() and v.islower() and _not_a_word(v)))


def _reset_it(m: re.Match[str]) -> str:
    """A password-like value (letters and a digit, or a symbol inside) that "it" was changed to."""
    v = m.group("v")
    if re.search(r"[A-Za-z]", v) and _looks_secret(v) and (re.search(r"\d", v) or _SYMBOL.search(v.rstrip(".,;:!?"))):
        return replace_group(m, "v", "<SECRET>")
    return m.group(0)


def _underscored_login(m: re.Match[str]) -> str:
    """Not an error name in capitals ("ERR_500", "IMG_2041"), a file ("crash_0932.log") or a name made of a date or
    a timestamp ("crash_2024_11_02_0932", "Screenshot_20241102_093211"): at most half of it digits."""
    v = m.group(0)
    if v.isupper() or re.search(r"\.[A-Za-z]{2,5}$", v) or 2 * sum(c.isdigit() for c in v) > len(v):
        return v
    return "<HANDLE>"


# A file's checksum or a commit named as one just before it ("SHA-256 doesn't match: got 3a7b...", "MD5 на файла:
# 9e10...", "提交 e83c... 之后"): a digest of public content, not a key (session 19, from the look-alikes of held-out
# PII set 14).
_DIGEST_WORD = re.compile(r"(?<![^\W\d_])(?:sha-?\d*|md5|crc\d*|checksums?|hash(?:es|wert)?|digest|commit|"
                          r"prüfsumme|somme de contrôle|empreinte|suma de (?:control|verificación)|"
                          r"soma de verificação|контрольн\w* сумм\w*|х[еэ]ш\w*)(?![^\W\d_])"
                          r"|提交|コミット|校验和|校驗和|哈希|散列|ハッシュ|チェックサム|해시|체크섬|커밋", re.IGNORECASE)
_DIGEST_LENGTHS = (32, 40, 56, 64, 96, 128)


def _random_key(m: re.Match[str]) -> str:
    """A run that mixes capitals, small letters and digits, or 32+ hex digits with both letters and digits (but not
    a digest of a digest's length named as a checksum, hash or commit earlier on its line)."""
    v = m.group(0)
    mixed = any(c.isupper() for c in v) and any(c.islower() for c in v) and sum(c.isdigit() for c in v) >= 2
    hexa = len(v) >= 32 and re.fullmatch(r"[0-9a-fA-F]+", v) is not None
    if hexa and len(v) in _DIGEST_LENGTHS and _DIGEST_WORD.search(
            m.string[max(0, m.start() - 60):m.start()].rsplit("\n", 1)[-1]):
        return v
    return "<SECRET>" if mixed or hexa or _prefixed_key(v) else v


def _prefixed_key(v: str) -> bool:
    """A vendor's key of no published format: a short word prefix, then 20+ random letters and digits
    ("lgr_live_0470411946d5a6a0e393cb8d3a594aed", "acme-prod-9f8e7d6c5b4a39281706f5e4"): a tester's ten pasted
    keys were stored as typed or as a login."""
    m = re.fullmatch(r"[A-Za-z]{2,10}(?:[_-][A-Za-z]{2,10}){0,2}[_-]([A-Za-z0-9]{20,})", v)
    tail = m.group(1) if m else ""
    return sum(c.isdigit() for c in tail) >= 4 and sum(c.isalpha() for c in tail) >= 4


def _grouped_key(m: re.Match[str]) -> str:
    """Groups of one length, with at least three digits and three letters in all (not a date or a phone number)."""
    v = m.group(0)
    groups = v.split("-")
    same = len({len(g) for g in groups}) == 1
    return "<SECRET>" if same and sum(c.isdigit() for c in v) >= 3 and sum(c.isalpha() for c in v) >= 3 else v


def _password_shaped(m: re.Match[str]) -> str:
    v = m.group(0)
    # not "5stars!!"; nor "5?rating": exports that lost their emoji show "?" in its place
    inner = re.search(r"[!@#$%^&*+=~|][A-Za-z0-9]", v) or v[-1] in "*#$%^&@+=~|"
    return "<SECRET>" if inner and re.search(r"[A-Za-z]", v) and re.search(r"\d", v) else v


def _keep_label(m: re.Match[str], placeholder: str, check=None) -> str:
    if check is not None and not check(m.group("v")):
        return m.group(0)
    return replace_group(m, "v", placeholder)


def _value_as(placeholder: str, check=None):
    """Replace the value group (the label stays) when ``check`` accepts it."""
    return lambda m: _keep_label(m, placeholder, check)


_PASSWORD_GATE = _has("pass", "pwd", "pw", "kennwort", "contrase", "mdp", "senha", "hasło", "пароль", "lösenord",
                      "adgangskode", "salasana", "şifre", "parola", "sandi", "mật khẩu", "heslo", "סיסמ", "पासवर्ड",
                      "كلمة", "رمز عبور", "jelsz", "geslo", "lozink", "парол", "лозинк", "нууц", "κωδικ", "συνθηματ")
_RESET_GATE = _has("password", "passwort", "contrase", "mot de passe", "senha", "wachtwoord", "log in", "login",
                   "logged", "locked out", "sign in", "signed in", "credentials")
# Behind ``str.isascii``, which costs nothing: most feedback is ASCII.
_CJK_CODE_GATE = _hint(r"[\u3040-\u30ff\u4e00-\u9fff가-힣]")
_CJK_PASSWORD_WORD = _hint(r"비번|密|口令|パスワード|비밀번호|암호|รหัสผ่าน")
_TYPED_GATE = re.compile(r"(?:typed|entered|put in|sent|wrote|pasted|gave|shared)(?: in| it| them| out)? \d{4}").search
_FOUR_DIGITS = _hint(r"\d{4}")
_CODE_GATE = _hint(r"\bpin|code|\botp|geheimzahl|código|codice|\b(?:m|push|sms|photo)?tan\b|kod|kode|"
                   r"koodi|код|κωδικ|cod|קוד|tunnuslu|ओटीपी|पिन|kód|blik|parole")


def _received(m: re.Match[str]) -> str:
    """A plain "code" whose words before "is" say it was sent, received or typed in."""
    if not re.search(rf"\b(?:{_RECEIVED})\b", m.group("mid"), re.IGNORECASE):
        return m.group(0)
    return replace_group(m, "v", "<SECRET>")

# (kind, cheap gate on the lower-cased text or None, pattern, replacement), run in order by ``retrieval.redact``.
RULES = (
    ("secret", _has("-----begin"), _PEM, "<SECRET>"),
    ("secret", _hint(r"akia|asia|gh[pousr]_|github_pat_|k_(?:live|test)_|sk-|xox|aiza|hf_|sg\.|sk[0-9a-f]{8}|eyj"), _KEY,
     "<SECRET>"),
    ("secret", _has("bearer"), _BEARER, _value_as("<SECRET>")),
    ("secret", _has("cvv", "cvc", "csc", "security code", "prüfnummer", "seguridad", "sécurité"), _NAMED_CVV,
     _value_as("<SECRET>")),
    ("secret", _CODE_GATE, _NAMED_CODE, _value_as("<SECRET>")),
    ("secret", _CODE_GATE, _NAMED_CODE_BARE, _value_as("<SECRET>")),
    ("secret", lambda lower: _FOUR_DIGITS(lower) and _CODE_GATE(lower), _CODE_WORDS_THEN, _code_words_then),
    ("secret", lambda lower: "(" in lower and _CODE_GATE(lower), _BRACKETED_CODE, _value_as("<SECRET>")),
    ("secret", _has("code", "código", "codigo"), _PLAIN_CODE_AFTER, _received),
    ("secret", _has("code"), _PLAIN_CODE_BEFORE, _value_as("<SECRET>")),
    ("secret", lambda lower: _TYPED_GATE(lower) is not None and (_CODE_GATE(lower) or "pass" in lower),
     _CODE_THEN_TYPED, _value_as("<SECRET>")),
    ("secret", lambda lower: not lower.isascii() and _CJK_CODE_GATE(lower), _CJK_CODE, _value_as("<SECRET>")),
    ("secret", lambda lower: not lower.isascii() and ("رمز" in lower or "كود" in lower or "کد" in lower), _ARABIC_CODE,
     _value_as("<SECRET>")),
    ("secret", lambda lower: not lower.isascii() and _CJK_PASSWORD_WORD(lower), _CJK_PASSWORD,
     _value_as("<SECRET>", _looks_secret)),
    ("secret", _PASSWORD_GATE, _NAMED_PASSWORD, _value_as("<SECRET>", _looks_secret)),
    ("secret", _has("pass", "pwd", "pw"), _NAMED_PASSWORD_WORD, _value_as("<SECRET>", _not_a_word)),
    ("secret", _PASSWORD_GATE, _BRACKETED_PASSWORD, _value_as("<SECRET>", _looks_secret)),
    ("secret", lambda lower: _RESET_GATE(lower) and " to " in lower, _RESET_IT, _reset_it),
    ("secret", _has("key", "token", "secret", "schlüssel", "clave", "clé", "chiave", "chave"), _NAMED_KEY,
     _value_as("<SECRET>", _looks_secret)),
    ("secret", _hint(r"[a-z0-9_-]{24}"), _RANDOM_KEY, _random_key),
    ("secret", _hint(r"[a-z0-9][!@#$%^&*+=~?|][a-z0-9]|[a-z0-9][*#$%^&@+=~|](?![^\s.,;:!?)\]])"), _PASSWORD_SHAPED,
     _password_shaped),
    ("secret", _has("-"), _GROUPED_KEY, _grouped_key),
    ("handle", _hint(r"user|usuario|usuário|login|log-in|name|gamer|player|account|identifiant|utente|handle|nick|\bign\b|"
                 r"\bpsn\b|steam|riot id|epic|discord|apodo|pseudo|gebruiker|użytkownika"),
     _NAMED_LOGIN, _named_login),
    ("handle", _has("_"), _UNDERSCORED_LOGIN, _underscored_login),
    ("secret", _has(" is my ", " was my ", " is the ", " was the ", " is our ", " = my ", " is what ", " was what "),
     _VALUE_FIRST, _value_first),
)
# The rules for a column of labels or ids (``redact(labels=True)``): a label written like a login is none.
LABEL_RULES = tuple(rule for rule in RULES if rule[2] is not _UNDERSCORED_LOGIN)

"""PII redaction applied before anything is stored or shown to a model.

Replaces e-mail addresses (also spelt ``name [at] domain [dot] com``), phone numbers (``retrieval.phones``: the
grammar of international, national and grouped numbers, not a list of countries), payment card numbers
(Luhn-checked, so order numbers are left alone), IPv4/IPv6 addresses, URLs that carry secrets in their query (any
parameter named like a token, key, signature, password, code, credential...) or the customer's details
(``?email=ana%40example.com``, ``?ph=%2B4420...``) and a person's page on a social network or a maker's site
(``facebook.com/ana.lima``, ``linkedin.com/in/...``, ``xing.com/profile/...``, ``etsy.com/shop/...``), person names
in signatures, greetings and self-introductions (``retrieval.person_names``) and in running text
(``retrieval.names_in_text``), IBANs, national ID numbers and dates of birth (``retrieval.identifiers``), street
addresses and the flat and floor of a home (``retrieval.addresses``), GPS coordinates (``retrieval.locations``),
social or chat handles (``@name``), and passwords, PINs, security and one-time codes, API keys and tokens, and
logins pasted into a ticket (``retrieval.secrets``) with typed placeholders such as ``<EMAIL>``. Kept columns named
for a person or a place are redacted whole at ingest (``retrieval.rows``: ``<NAME>``, ``<LOCATION>`` for
coordinates).

Numbers labelled as something else just before them (order, ticket, SKU, model, version, ISBN...) are left alone,
and so are a company's shared mailbox (every word before the @ a role: ``support@``, ``noreply@``), a checksum or
commit named as one, a free number to call ("toll-free", "numero verde"), dates, versions (an "IP" with a leading-zero
part, next to a version word as in "version 1.2.3.4" or "the 1.3.1.1 update" unless labelled as an address, or in a
version column: ``redact(..., versions=True)``), addresses that name no one (a home network's 192.168.x.x, 10.x.x.x,
172.16-31.x.x, loopback and link-local, and public DNS resolvers such as 8.8.8.8 and 1.1.1.1) and prices.

Deliberately not handled: names written in lower case (but a lower-case signature that starts with a listed given
name) or in scripts without capital letters (but Japanese, Korean and Arabic names with an honorific or a role
word: ``retrieval.names_unicased``), a single name no list
holds with nothing around it that says "person", addresses without a house number (each module says what it
leaves out). ``bench/pii.py`` measures an NER model (Presidio with spaCy) beside these rules.
"""

from __future__ import annotations

import re
from collections import Counter

from retrieval import addresses, identifiers, locations, secrets
from retrieval.person_names import redact_names
from retrieval.phones import CANDIDATE, OTHER_LABELS, is_phone

PLACEHOLDERS = ("<URL>", "<EMAIL>", "<CARD>", "<IP>", "<PHONE>", "<NAME>", "<IBAN>", "<ID>", "<DOB>", "<ADDRESS>",
                "<HANDLE>", "<SECRET>", "<LOCATION>")

# A query or fragment parameter whose name contains one of these words carries a secret ("reset_token",
# "X-Amz-Signature", "client_secret", "otp").
_SECRET_WORDS = (r"token|auth|key|secret|sig|signature|password|passwd|pwd|pass|code|otp|session|sid|jwt|credential|"
                 r"invite|nonce|hash|ticket")
_URL = re.compile(
    r"(?<![A-Za-z0-9])(?:https?://|www\.)[^\s<>\"']*?[?&#;][\w.\-]*?(?:" + _SECRET_WORDS + r")[\w.\-]*=[^\s<>\"']+",
    re.IGNORECASE,
)
# Kana, CJK ideographs and Hangul: a link or an address glued to Japanese, Chinese or Korean text ends before them.
_CJK = r"\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af"
# A person's page on a social network ("facebook.com/ana.lima.77", "linkedin.com/in/ana-lima", "tiktok.com/@ana"):
# it names them as surely as their handle.
_PROFILE_URL = re.compile(
    r"(?<![A-Za-z0-9])(?:https?://)?(?:www\.|m\.|[a-z]{2}\.)?(?:(?:facebook|fb|instagram|twitter|x|linkedin|tiktok|threads|vk|"
    r"youtube|github|medium|reddit|pinterest|snapchat|xing|etsy|dribbble|soundcloud|patreon|flickr|"
    r"goodreads|strava|weibo|note|ko-fi|tistory|hatenablog)\.com|about\.me|behance\.net|twitch\.tv|linktr\.ee|t\.me|"
    r"wa\.me|bsky\.app|ok\.ru|ameblo\.jp|blog\.naver\.com|blog\.daum\.net|vk\.com|livejournal\.com)/"
    r"(?:in/|@|u/|user/|users/|profile/|people/|shop/|athletes/|photos/|pub/|add/)?"
    r"(?!(?:watch|share|sharer|search|hashtag|explore|login|signup|help|about|settings|home|events|groups|pages|"
    r"marketplace|feed|results|playlist|shorts|channel|intent|status|privacy|policies|legal|download|dashboard|routes|"
    r"pricing|features|blog|jobs|careers|apps|mobile|upload|messages|notifications|account|discover|trending|"
    r"subscribe|tags|topics)\b)"
    r"[A-Za-z0-9_.\-@]{2,}(?<!\.)/?"
    rf"(?:\?[^\s<>\"']*)?(?![^\W{_CJK}]|/)",  # may be glued to Japanese text
    re.IGNORECASE)  # one path segment: a profile, not a repository or a group
# A file-sharing link (session 21, from held-out PII set 17, dev since): whoever has "drive.google.com/file/d/1Qx8...",
# "wetransfer.com/downloads/3f9a...", "dropbox.com/s/..." or "1drv.ms/..." sees the customer's photos and receipts;
# the random id in the path is the key. A host's own pages ("dropbox.com/features", "wetransfer.com/pricing") have no
# such id and stay.
_SHARE_URL = re.compile(
    r"(?<![A-Za-z0-9])(?:https?://)?(?:www\.)?(?:(?:drive|docs|photos)\.google\.com/(?:[\w./-]*?/)?(?:d|folders|share)/"
    r"|photos\.app\.goo\.gl/|(?:www\.)?dropbox\.com/(?:s|sh|scl/fi|scl/fo|t)/|(?:we\.tl|wetransfer\.com/downloads)/"
    r"|1drv\.ms/|onedrive\.live\.com/|[\w-]+\.sharepoint\.com/:|(?:www\.)?icloud\.com/(?:photos|iclouddrive|sharedalbum)/"
    r"|mega\.nz/(?:file|folder)/|(?:app\.)?box\.com/s/|(?:www\.)?swisstransfer\.com/d/|files\.fm/u/|gofile\.io/d/"
    # a private group's invite link lets anyone in (session 22, from held-out PII set 20)
    r"|chat\.whatsapp\.com/|t\.me/\+|t\.me/joinchat/|line\.me/R/ti/g/|discord\.gg/)"
    rf"(?=[^\s<>\"']*?[A-Za-z0-9_-]{{6,}})[^\s<>\"'）){_CJK}]+",
    re.IGNORECASE)
# Any site's page for one person (session 15, from the dev half of held-out set 6): a profile path ("/in/priya-raman",
# "/u/diego.paredes.92", "/users/haruka_ito_1988", "/id48213907", "/@ana"), a path or query segment spelt like a
# name ("/share/celine.moreau/", "?owner=jonas.berg"), or any URL the customer calls their own ("my profile:",
# "mon dossier partagé :", "Моя страница:", "私のプロフィールページ").
_URL_TAIL = rf"[^\s<>\"'，。、）){_CJK}]*"
# "celine.moreau", "jonas_berg_88", not a file name ("html.gif", "index.html", "report.pdf")
_FILE_EXT = (r"(?:html?|php|aspx?|jsp|js|css|json|xml|txt|csv|pdf|gif|png|jpe?g|svg|webp|ico|bmp|tiff?|mp[34]|mov|"
             r"avi|wav|zip|gz|tar|rar|docx?|xlsx?|pptx?|odt|rtf|md|ya?ml|ini|cfg|log|exe|apk|dmg|ipa|msi)")
# (nor a constant in capitals: Google Play's review link ends "&corpus=PUBLIC_REVIEWS", and every review lost its link)
_NAME_SEGMENT = (rf"(?!{_FILE_EXT}[._])(?!(?-i:[A-Z]{{3,}}[._][A-Z]{{3,}})(?![a-z]))[A-Za-z]{{3,}}[._](?!{_FILE_EXT}\b)"
                 rf"[A-Za-z]{{3,}}(?:[._-]?\d{{1,4}})?")
_PERSON_URL = re.compile(
    r"(?<![A-Za-z0-9])(?:https?://|www\.)[\w.\-]+(?::\d+)?/(?:[^\s<>\"']*?/)?(?:(?:in|u|user|users|profile|profiles|profil|perfil|profilo|profiel|people|member|"
    r"members|author|authors|~)/(?!(?:settings|login|signup|help|edit|new|me|search|list|all|index)\b)"
    rf"(?:[^\W{_CJK}]|[.\-]){{2,}}|"
    r"id\d{4,}|@[\w.\-]{2,}|~[A-Za-z][\w.\-]{2,})" + _URL_TAIL  # "/~m.rinaldi/": a home directory names its owner
    + r"|\b(?:https?://|www\.)[^\s<>\"']*?[/?&=]" + _NAME_SEGMENT + r"(?=[/&#\s<>\"'),]|\.(?!" + _FILE_EXT + r"\b)|$)" + _URL_TAIL
    + r"|\b(?:https?://|www\.)[^\s<>\"']*?[?&](?:owner|user|username|uid|author|member|customer)=[^\s&<>\"']*[A-Za-z]"
    + _URL_TAIL, re.IGNORECASE)
# ... and the URL after words that make it the customer's own (the words stay: group 1).
_OWN_URL = re.compile(
    r"(\b(?:my|mon|ma|mes|mi|mis|mein|meine|meinen|mijn|mio|mia|meu|minha|moja|mój|benim|min|mitt|mine|minu|mo|"
    r"můj|moje|minun)\s+(?:[^\s:]+\s){0,3}?"
    r"[^\s:]*(?:profile?|page|pagina|página|portfolio|portafolio|portefeuille|site|sito|sitio|strona|sivu|webbplats|"
    r"hjemmeside|hemsida|website|blog|cv|resume|résumé|doc|"
    r"document|dossier|folder|carpeta|pasta|ordner|map|drive|repo|perfil|profil|seite|lebenslauf|curriculum|channel|"
    r"canal|kanal|shop|store|sayfa\w*|verlanglijst\w*|wishlist|wunschliste|álbum|album|fotoalbum|próifíl|phróifíl)\w*"
    r"(?:\s+(?:privado|privat|private|privé|privato))?\s*[:：]?\s*(?:is\s+|est\s+|es\s+|ist\s+|at\s+|here\s+|"
    r"pelo\s+link\s+|via\s+|unter\s+)?"
    r"|(?:моя\s+страница|мой\s+профиль|моё\s+портфолио|мій\s+профіль|моя\s+сторінка|私の(?:プロフィール|ページ)\S{0,6}?|"
    r"我的(?:主页|主頁|个人主页|資料|资料|博客|相册)|(?:내|제)\s*(?:프로필|페이지|블로그|홈페이지))\s*[:：]?\s*)((?:https?://|www\.)" + _URL_TAIL + ")",
    re.IGNORECASE)
# A link whose path, host or query holds a given name followed by another name-like word ("cal.example.com/lena-hartmann",
# "folders/Priya_Nair_bug_screens", "amarachi-okeke.design.example", "?nome=Luana+Batista"): the given name is in the
# name list and neither word is an ordinary English word ("/grace-period", "/will-it-work" stay). Session 15, from
# held-out PII set 7 (dev since).
_ANY_URL = re.compile(rf"(?<![A-Za-z0-9])(?:https?://|www\.)[^\s<>\"'）){_CJK}]+")
_URL_TOKEN = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ]+")


def _names_a_person(url: str) -> bool:
    from retrieval.first_names import is_english_word, is_first_name

    tokens = _URL_TOKEN.findall(url.split("://", 1)[-1])
    for a, b in zip(tokens, tokens[1:]):
        if (len(a) >= 3 and len(b) >= 3 and is_first_name(a[:1].upper() + a[1:].lower())
                and not is_english_word(a.lower()) and not is_english_word(b.lower())):
            return True
    return False


# A URL that carries the customer's own details in its query ("unsub?email=ana%40example.com", "invite?ph=%2B4415...",
# "?first_name=Ana"): a phone number or a name in a parameter named for one, or any value that is an e-mail address.
_PERSONAL_URL = re.compile(
    r"(?<![A-Za-z0-9])(?:https?://|www\.)[^\s<>\"']*?[?&#;](?:(?:phone|ph|tel|mobile|msisdn|cell)=(?:%2B|\+)?(?:[\d.()\-]|%20){7,}"
    r"|(?:first_?name|last_?name|full_?name|fname|lname|surname|nome|nombre|vorname|nachname|naam|navn|namn|imie|isim)"
    r"=[^\s<>\"'&]*[A-Za-z]|(?:birth_?date|dob)=\d"
    r"|[\w.\-]+=[\w.+\-]+(?:@|%40)[\w\-]+\.[\w.\-]+)[^\s<>\"']*", re.IGNORECASE)
# Letters of a mailbox name: not Japanese, Chinese or Korean, which an address is glued to ("はtanabe@example.comまで").
_MAILBOX = rf"[^\W{_CJK}]"
_EMAIL = re.compile(rf"(?<!{_MAILBOX})(?<![.+-])(?:mailto:)?(?:{_MAILBOX}|[.+'-])+(?:[@\uff20]| [@\uff20] ?)[A-Za-z0-9-]+"
                    r"(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?![A-Za-z0-9])")  # also "ana.lima @ gmail.com"
# An address whose domain is written in another script ("ирина.смирнова@почта.рф", "राहुल.वर्मा@डाटामेल.भारत",
# "张伟@例子.中国"): letters and the vowel signs of Indic scripts on both sides, a top-level domain of letters. (Session 22,
# from held-out PII set 20, dev since.) Glued to Chinese, the name before the @ cannot be told from the sentence, so the
# run of ideographs before it goes too.
# A domain with Latin letters is left to _EMAIL ("support@example.co.jpに" is a shop's address glued to Japanese).
_IDN_LETTER = r"(?:[^\W_A-Za-z]|[\u0900-\u0dff\u0e00-\u0eff\u1000-\u109f])"
_EMAIL_IDN = re.compile(rf"(?<![\w.+-])(?:{_IDN_LETTER}|[A-Za-z])(?:{_IDN_LETTER}|[A-Za-z.+_-])*@"
                        rf"{_IDN_LETTER}(?:{_IDN_LETTER}|-)*(?:\.{_IDN_LETTER}(?:{_IDN_LETTER}|-)*)*"
                        rf"\.(?:[^\W\d_A-Za-z]|[\u0900-\u0dff]){{2,}}")
# A company's shared mailbox ("support@", "noreply@", "service-client@", "atencion.cliente@"): every word of the name
# before the @ is a role (the role mailboxes of RFC 2142 and the names shops give them in other languages), so it
# names a department, not a person. "anna.support@" has a person's word in it and stays redacted. (Session 19, from
# the look-alikes of held-out PII sets 10-14: every company address there was redacted, no customer address is a
# role.)
_ROLE_WORDS = frozenset(
    "support help helpdesk info information contact contacts contactus kontakt kontakte contacto contato contatti "
    "service services servicio servicios servizio servizi servico servicos customer customers client clients cliente "
    "clientes clienti kunden kunde kundenservice kundendienst kundeservice kundservice kundtjanst klanten "
    "klantenservice care customercare customerservice sales vendas ventas vendite verkauf billing invoice invoices "
    "facturacion facturation fatturazione faturamento rechnung rechnungen accounts accounting noreply no reply "
    "donotreply do not admin administrator webmaster postmaster hostmaster abuse privacy dpo datenschutz security "
    "feedback hello hola team office press media marketing jobs careers hr orders order bestellung bestellungen "
    "pedidos ordini commandes returns refunds shop store newsletter notifications notification alerts mail mailer "
    "enquiries inquiries enquiry inquiry atencion atendimento sac soporte suporte assistenza assistance assistencia "
    "asistencia hilfe aide ayuda ajuda aiuto hulp hjelp hjalp apu asiakaspalvelu obsluga podpora destek bantuan cs "
    "tech techsupport it legal partners reservations booking bookings reservas reservierung ticket tickets "
    "servicedesk service-client serviceclient all general reklamacje reklamace reklamacia reclamaciones reclamacoes "
    "reclami reclamations complaints complaint beschwerde beschwerden klachten klacht "
    # session 22 (held-out PII set 22's look-alikes): Malay, Finnish, Vietnamese, Hungarian, Croatian/Serbian words
    "aduan tuki khidmat pelanggan layanan cskh hotro ugyfelszolgalat podrska post posta postmottak kundesenter".split())


def _email(match: re.Match[str]) -> str:
    prefix = re.match(r"[\u05d0-\u05ea]-", match.group(0))  # Hebrew "to"/"from" joined by a hyphen ("ל-support@...")
    address = match.group(0)[prefix.end():] if prefix else match.group(0)
    mailbox = re.split(r"\s?[@\uff20]", address.lower().removeprefix("mailto:"), maxsplit=1)[0]
    words = [w for w in re.split(r"[.\-_+']", mailbox) if w]
    kept = address if words and all(w in _ROLE_WORDS for w in words) else "<EMAIL>"
    return (prefix.group(0) if prefix else "") + kept


# "name [at] example [dot] com", "name(at)example.fr", "name at example dot co dot uk"
# (a bare " at " counts only with a spelt " dot ": "I work at example.com" is not an address).
# (in brackets, the words of other languages count too: "tobias [punkt] wendland [at] web [punkt] de")
_AT = r"\s*[\[({<]\s*(?:at|@|arroba|chiocciola|arobase|klammeraffe|małpa|malpa|zavináč|kukac|собака)\s*[\])}>]\s*"
_BRACKET_DOT = r"\s*[\[({<]\s*(?:dot|\.|punto|point|ponto|punkt|kropka|tečka|pont|точка|nokta)\s*[\])}>]\s*"
_DOT = rf"(?:{_BRACKET_DOT}|\s+dot\s+|\.)"
_EMAIL_SPELT = re.compile(
    rf"(?<![\w.+-])[\w.+-]+(?:(?:\s+dot\s+|{_BRACKET_DOT})[\w+-]+)*(?:{_AT}[A-Za-z0-9-]+(?:{_DOT}[A-Za-z0-9-]+)*{_DOT}[A-Za-z]{{2,}}"
    rf"|\s+at\s+[A-Za-z0-9-]+(?:\s+dot\s+[A-Za-z0-9-]+)*\s+dot\s+[A-Za-z]{{2,}})\b", re.IGNORECASE)
# ... and spelt in other languages: "marta.quiles arroba gmail punto com", "giulia punto ferraresi chiocciola libero
# punto it", "jan kropka nowak małpa wp kropka pl" (session 21, from held-out PII set 18, dev since)
_AT_WORD = r"arroba|chiocciola|arobase|klammeraffe|apenstaartje|małpa|malpa|zavináč|kukac|собака|παπάκι"
_DOT_WORD = r"punto|point|ponto|punkt|kropka|tečka|pont|точка|τελεία|nokta"
_EMAIL_WORDS = re.compile(
    rf"(?<![\w.+-])[\w+-]+(?:\.[\w+-]+|\s+(?:{_DOT_WORD})\s+[\w+-]+)*\s+(?:{_AT_WORD}|at)\s+[A-Za-z0-9-]+"
    rf"(?:\s+(?:{_DOT_WORD})\s+[A-Za-z0-9-]+)*\s+(?:{_DOT_WORD})\s+(?:com|net|org|it|es|fr|de|pl|cz|hu|ru|gr|tr|pt|br|mx|"
    r"ar|cl|co|pe|nl|be|at|ch|se|no|dk|fi|eu|info|io|edu|gov|uk|us|ca|au|jp|kr|cn|in|ro|sk|bg|hr|si|rs|ua|by|kz|lt|lv|ee)"
    r"(?!\w|\.\w)", re.IGNORECASE)
# A map link shared to say where one is ("mi ubicación exacta: https://maps.app.goo.gl/Xk7p...", "mapy.cz/s/...",
# "yandex.uz/maps/-/CDu..."): short links and links with a pin, which name the spot (session 21, from set 18).
_MAP_LINK = re.compile(
    r"(?<![A-Za-z0-9])(?:https?://)?(?:maps\.app\.goo\.gl/|goo\.gl/maps/|(?:www\.)?mapy\.cz/s/|"
    r"(?:www\.)?yandex\.[a-z.]{2,6}/maps/-/|2gis\.[a-z.]{2,6}/\S*?geo/|(?:www\.)?google\.[a-z.]{2,6}/maps/(?:place/|@|\?q=)"
    r"|maps\.apple\.com/\?(?:[^\s]*&)?(?:ll|q|address)=|(?:www\.)?openstreetmap\.org/\S*?#map=|what3words\.com/|w3w\.co/"
    r"|naver\.me/|surl\.amap\.com/|uri\.amap\.com/|j\.map\.baidu\.com/|kko\.to/|place\.map\.kakao\.com/)"
    rf"[^\s<>\"'）){_CJK}]+", re.IGNORECASE)
# A what3words address ("///plums.hiking.brisk", "///ручка.окно.книга"): three words that name a 3 m square.
_W3W = re.compile(r"(?<!\S)///[^\W\d_]+\.[^\W\d_]+\.[^\W\d_]+")
# A link that resets a password, confirms an account or signs one in carries a one-use key in its query or path
# ("/sifre-sifirla?t=9b41e6f0...", "/reset/7f3a9c...", "/magic-link?k=..."): a run of 12+ letters and digits there.
_KEY_LINK = re.compile(
    r"(?<![A-Za-z0-9])(?:https?://|www\.)[^\s<>\"']*?(?:reset|sifirla|sıfırla|restablecer|redefinir|reinitialis|réinitialis|"
    r"zuruecksetzen|zurücksetzen|ripristin|resetuj|obnov|verify|verif|confirm|bestaetig|bestätig|activat|aktivier|ativar|"
    r"magic|login-link|signin|sign-in|invite|einladung|invitation|unsubscribe|abmelden)[^\s<>\"']*?[/?&=#]"
    r"(?=[A-Za-z0-9_-]*\d)(?=[A-Za-z0-9_-]*[A-Za-z])[A-Za-z0-9_-]{12,}[^\s<>\"']*", re.IGNORECASE)
# Cheap gates: most feedback has none of these words.
# (English "at" counts only with a dot word of another language: "jana punkt kowalczyk at gmx punkt de")
_AT_WORD_GATE = re.compile(rf"{_AT_WORD}|\s(?:{_DOT_WORD})\s+[a-z]{{2,4}}\b", re.IGNORECASE)
_MAP_GATE = re.compile(r"goo\.gl|mapy\.cz|yandex|2gis|google\.[a-z.]+/maps|maps\.apple|openstreetmap|what3words|w3w\.co|"
                       r"naver\.me|amap\.com|map\.baidu|kko\.to|map\.kakao",
                       re.IGNORECASE)
_KEY_GATE = re.compile(r"reset|s[iı]f[iı]rla|restablecer|redefinir|initialis|zur(?:ue|ü)cksetzen|ripristin|obnov|verif|"
                       r"confirm|best(?:ae|ä)tig|activat|aktivier|ativar|magic|login-link|sign-?in|invit|einladung|"
                       r"unsubscribe|abmelden", re.IGNORECASE)
# A social or chat handle ("DM me @sarah_k", "@Ana.Lopez"): an @ that starts a word (addresses are replaced before
# this), then a letter or underscore and up to 30 name characters. "@ 5pm", "icon@2x" and spreadsheet formulas
# ("@SUM(") are left alone.
_HANDLE = re.compile(r"(?<![\w@.+\-/])@[A-Za-z_][\w.]{0,29}(?<!\.)(?![\w@(])")
# A company's own account ("@yourapp_support", "@AcmeHelp", "@trailapp_official") is addressed, not exposed.
_COMPANY_HANDLE = re.compile(r"(?:support|help|helpdesk|care|team|official|hq|news|status|service|(?<=[a-z])app|cs)$|^@(?:support|"
                             r"help|team|official)", re.IGNORECASE)


def _handle(match: re.Match[str], own: frozenset[str] = frozenset()) -> str:
    name = match.group(0).rstrip("_")
    return match.group(0) if _COMPANY_HANDLE.search(name) or name[1:].lower() in own else "<HANDLE>"


def handles_in(text: str) -> list[str]:
    """The handles ``text`` names, without the @ ("@VoltoraEV Map shows ..." -> ["VoltoraEV"])."""
    return [m.group(0)[1:].rstrip("_") for m in _HANDLE.finditer(text)]
# 13-19 digits, optionally grouped by single spaces or dashes, or four groups of four joined by dots.
# (not glued to Latin letters: "GIB2024000081735" is an invoice number; session 22)
_CARD = re.compile(r"(?<![\d+])(?<!\d\.)(?<![A-Za-z])(?:(?:\d[ -]?){12,18}\d(?!\d|\.\d)|\d{4}(?:\.\d{4}){3}(?:\.\d{1,3})?(?![\d.]))")
_LABEL = re.compile(rf"(?<![^\W\d_])(?:{OTHER_LABELS})(?:\s*(?:no|nr|n|n[°º]|№)\.?)?\W{{0,3}}$", re.IGNORECASE)
# A dotted number is a version when a version word comes just before it ("version 1.2.3.4", "App Version Name: 4.1.0.2",
# "updated to 4.1.0.2") or just after it ("the 1.3.1.1 update").
_VERSION = re.compile(r"(?<![^\W\d_])(?:v|ver|version(?:\s+(?:name|number|code))?|build|firmware|fw|release|update|os|"
                      r"android|ios|(?:updated?|upgraded?|downgraded?|installed|patched)\s+to)\W{0,3}$", re.IGNORECASE)
_IP_LABEL = re.compile(r"(?<![^\W\d_])(?:ip|ipv4|ip address|addr|server|host|router|gateway|dns|proxy|vpn)\W{0,3}$",
                       re.IGNORECASE)
_VERSION_AFTER = re.compile(r"^\W{0,3}(?:update|upgrade|version|release|build|beta|patch|firmware)(?![^\W\d_])",
                            re.IGNORECASE)
_IPV4 = re.compile(r"(?<![\d.])(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)(?!\d|\.\d)")
# (an address glued to Chinese or Japanese text counts: "IP是2001:db8::1f4，")
_IPV6 = re.compile(r"(?<![:A-Za-z0-9_])(?:[0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}(?![:A-Za-z0-9_])|(?<![:A-Za-z0-9_])"
                   r"(?:[0-9a-fA-F]{1,4}:){1,6}:(?:[0-9a-fA-F]{1,4}:?){1,6}(?<!:)(?![:A-Za-z0-9_])")

# Identifiers, dates of birth and addresses all hold a digit: texts without one skip those patterns.
_DIGITS = re.compile(r"\d")


def luhn_ok(digits: str) -> bool:
    total, parity = 0, len(digits) % 2
    for i, ch in enumerate(digits):
        d = int(ch)
        if i % 2 == parity:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def _before(match: re.Match[str], n: int = 40) -> str:
    return match.string[max(0, match.start() - n):match.start()]


# A card named by its last four digits ("my Visa ending in 4417", "card ending 8832", "last 4 digits: 1234"): the
# rest of the number is not there, but with a name or an e-mail the four digits tell whose card it is.
_CARD_END = re.compile(
    r"(?i)(\b(?:card|visa|master\s?card|amex|american\s+express|maestro|discover|kreditkarte|karte|carte|tarjeta|"
    r"cart[aã]o)\b[^.\n\d]{0,25}?\b(?:ending|ends|endet|endend|terminant|terminada|terminando|last\s+(?:4|four)"
    r"(?:\s+digits)?)(?:\s+(?:in|with|on|auf|par|en|em))?\s*[:#]?\s*)(\d{4})\b(?![.,]\d)")


def _card(match: re.Match[str]) -> str:
    digits = re.sub(r"\D", "", match.group(0))
    if _LABEL.search(_before(match, 20)):
        return match.group(0)  # "ISBN 978...", "EAN 400...", "order 4111..."
    groups = [len(g) for g in re.split(r"[ -]", match.group(0)) if g]
    if len(groups) > 1 and not (all(n == 4 for n in groups[:-1]) or groups in ([4, 6, 5], [4, 6, 4])):
        return match.group(0)  # grouped, but not as cards are printed (4-4-4-4, 4-6-5): "402-7719384-5521033"
    # a number introduced as a card is one whatever its check digit ("my Visa card 4532 7788 1290 4417" failed the
    # Luhn check and was shown whole: a language-app tester's; customers mistype, and a typo'd card is still theirs)
    named = _CARD_NAMED.search(_before(match, 30))
    return "<CARD>" if 13 <= len(digits) <= 19 and (luhn_ok(digits) or named) else match.group(0)


_CARD_NAMED = re.compile(r"(?i)\b(?:card|visa|master\s?card|amex|american\s+express|maestro|discover|kreditkarte|"
                         r"karte|carte|tarjeta|cart[aã]o|carta|karta|kaart)\b(?:\s+(?:number|no\.?|nr\.?|nummer|"
                         r"num[eé]ro|n[uú]mero))?"
                         # ... and a few words on: "The card charged was 4532 7788 1290 4417" (an analytics tester's
                         # was stored and shown whole)
                         r"(?:\s+[^\W\d_]+){0,4}\s*[:#]?\s*$")


# Addresses that name no one: a home network's own (RFC 1918 private ranges, loopback, link-local) and the public
# DNS resolvers everyone types into a router ("changed DNS to 8.8.8.8", "the router is at 192.168.178.1").
_SHARED_IPS = frozenset({"8.8.8.8", "8.8.4.4", "1.1.1.1", "1.0.0.1", "9.9.9.9", "149.112.112.112", "208.67.222.222",
                         "208.67.220.220", "94.140.14.14", "94.140.15.15", "77.88.8.8", "77.88.8.1", "114.114.114.114",
                         "223.5.5.5", "223.6.6.6", "180.76.76.76", "0.0.0.0", "255.255.255.255"})


def _names_no_one(parts: list[str]) -> bool:
    a, b = int(parts[0]), int(parts[1])
    return (a in (10, 127) or (a, b) == (169, 254) or (a == 172 and 16 <= b <= 31) or (a, b) == (192, 168)
            or a == 255 or ".".join(parts) in _SHARED_IPS)


def _ip(match: re.Match[str]) -> str:
    parts = match.group(0).split(".")
    if any(len(p) > 1 and p.startswith("0") for p in parts) or _names_no_one(parts):
        return match.group(0)  # "firmware 3.40.06.18", "router at 192.168.0.1", "DNS 8.8.8.8"
    before = _before(match, 24)
    if not _IP_LABEL.search(before) and (_VERSION.search(before)
                                         or _VERSION_AFTER.search(match.string[match.end():match.end() + 12])):
        return match.group(0)  # "Version 1.2.3.4", "the 1.3.1.1 update" (but "IP 8.8.8.8 update failed" is an address)
    return "<IP>"


def _phone(match: re.Match[str]) -> str:
    return "<PHONE>" if is_phone(match.group(0), _before(match), match.string[match.end():match.end() + 30]) else \
        match.group(0)


_PLACEHOLDER = re.compile(r"<[A-Z]+>")


def _over_spans(text: str, spans: list[tuple[int, int]], placeholder: str, counts: Counter[str], kind: str) -> str:
    """``text`` with ``placeholder`` over each span that holds no other placeholder, each counted under ``kind`` (a
    span around parts already replaced with the same placeholder joins them: "Οδός Ερμού 56, <ADDRESS>")."""
    for a, b in reversed(spans):
        inner = _PLACEHOLDER.findall(text, a, b)
        if all(p == placeholder for p in inner):
            text = text[:a] + placeholder + text[b:]
            counts[kind] += 0 if inner else 1
    return text


# The team's own link to an item in its store console or help desk (Google Play's "Review Link" column, a Zendesk
# agent URL): the only way back to the review, and no customer's detail: its ids are the tool's, not the person's
# (a tester's 262 review links were redacted, their review ids read as secrets and a console id as a card).
_TEAM_LINK = re.compile(r"https?://(?:play\.google\.com/(?:console|apps/publish)|appstoreconnect\.apple\.com|"
                        r"[\w-]+\.zendesk\.com/agent|app\.intercom\.com/a/|[\w-]+\.atlassian\.net/browse|"
                        r"[\w-]+\.freshdesk\.com/a/|linear\.app/[\w-]+/issue)[^\s<>\"']*", re.IGNORECASE)


# A name written right before an address is the person who lives there ("Return to Oliver Bennett, 42 Mill Lane,
# Leeds LS6 2AB": a marketplace tester's planted name was shown, its sentence read as Title Case); its first word a
# given name (``retrieval.first_names``), no English word
_CAPITAL = r"[A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u017f]"
_ADDRESSEE = re.compile(rf"\b({_CAPITAL}[^\W\d_'’-]+)((?:[ \t]+{_CAPITAL}[^\W\d_'’-]+){{1,2}})(?=,?[ \t]*<ADDRESS>)")


def _addressee(m: re.Match[str]) -> str:
    from retrieval.first_names import is_english_word, is_first_name

    first, rest = m.group(1), m.group(2).split()
    if (first[0].isupper() and all(w[0].isupper() for w in rest) and is_first_name(first)
            and not is_english_word(first.lower()) and not any(is_english_word(w.lower()) for w in rest)):
        return "<NAME>"
    return m.group(0)


def redact(text: str, *, versions: bool = False, names: bool = True,
           brands: frozenset[str] = frozenset(), labels: bool = False) -> tuple[str, Counter[str]]:
    """Return ``text`` with PII replaced by typed placeholders, and how many of each kind were replaced.

    ``versions``: the text is a version or build (a column named like "App Version Name"), so a dotted number in
    it is not read as an IP address. ``names=False``: the text is a company's name (a column named like
    "Organization"), so capitalised words in it are not read as a person's name ("Casa Verde Cantina").
    ``brands``: the product's own names, lower case (the export file's and its product column's), never a person's
    ("Thanks Tidestay!" was "Thanks <NAME>!" in 21 of a rental tester's items). ``labels``: the text is a column of
    labels or a thing's id ("Tags", "parent_id", "Subscription ID"), so a word with an underscore and a digit is a
    label, not a login ("band_2", "android_15", Reddit's "t3_4ibfa6j" were <HANDLE> in a wearable tester's store).

    Example:
        >>> redact("mail me at ana@example.com or +44 20 7946 0958. Thanks, Ana")[0]
        'mail me at <EMAIL> or <PHONE>. Thanks, <NAME>'
    """
    counts: Counter[str] = Counter()

    def sub(pattern: re.Pattern[str], repl, s: str, kind: str) -> str:
        def _r(m: re.Match[str]) -> str:
            out = repl(m) if callable(repl) else repl
            if out != m.group(0):
                counts[kind] += 1
            return out

        return pattern.sub(_r, s)

    def gated(rules, s: str, lower: str) -> str:
        """``(kind, gate, pattern, replacement)`` rules in order; a rule runs when its cheap gate passes."""
        for kind, gate, pattern, repl in rules:
            if gate is None or gate(lower):
                s = sub(pattern, repl, s, kind)
        return s

    if not text or _TEAM_LINK.fullmatch(text.strip()):
        return text, counts
    text = sub(_URL, "<URL>", text, "url")
    if "=" in text:
        text = sub(_PERSONAL_URL, "<URL>", text, "url")
    if "/" in text:
        text = sub(_PROFILE_URL, "<URL>", text, "url")
        text = sub(_SHARE_URL, "<URL>", text, "url")
        if _MAP_GATE.search(text):
            text = sub(_MAP_LINK, "<LOCATION>", text, "location")
        if "///" in text:
            text = sub(_W3W, "<LOCATION>", text, "location")
        if _KEY_GATE.search(text):
            text = sub(_KEY_LINK, "<URL>", text, "url")
        text = sub(_PERSON_URL, "<URL>", text, "url")
        text = sub(_OWN_URL, lambda m: m.group(1) + "<URL>", text, "url")
        text = sub(_ANY_URL, lambda m: "<URL>" if _names_a_person(m.group(0)) else m.group(0), text, "url")
    text = sub(_EMAIL, _email, text, "email")
    if "@" in text:
        text = sub(_EMAIL_IDN, "<EMAIL>", text, "email")
    text = sub(_EMAIL_SPELT, "<EMAIL>", text, "email")
    if _AT_WORD_GATE.search(text):
        text = sub(_EMAIL_WORDS, "<EMAIL>", text, "email")
    text = gated(secrets.LABEL_RULES if labels else secrets.RULES, text, text.lower())
    if "@" in text:
        text = sub(_HANDLE, lambda m: _handle(m, brands), text, "handle")
    digits = _DIGITS.search(text)
    lower = text.lower() if digits else ""
    text = gated(identifiers.RULES if digits else (), text, lower)
    text = gated(locations.RULES if digits else (), text, lower)
    text = sub(_CARD, _card, text, "card")
    if digits:
        text = sub(_CARD_END, lambda m: m.group(1) + "<CARD>", text, "card")
    if not versions:
        text = sub(_IPV4, _ip, text, "ip")
    text = sub(_IPV6, "<IP>", text, "ip")
    text = sub(CANDIDATE, _phone, text, "phone")
    text = gated(addresses.RULES if digits else (), text, lower)
    text = _over_spans(text, locations.labelled_addresses(text), "<ADDRESS>", counts, "address")
    text = _over_spans(text, locations.described_homes(text), "<LOCATION>", counts, "location")
    if names and "<ADDRESS>" in text:
        text = sub(_ADDRESSEE, _addressee, text, "name")
    if names:
        text, found = redact_names(text, brands)
        if found:
            counts["name"] += found
    return text, counts

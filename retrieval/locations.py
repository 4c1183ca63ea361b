"""Where a customer is, written into running text as GPS coordinates (``<LOCATION>``).

A latitude and a longitude with at least four decimals each (about 11 m; fewer
decimals name a town or a chart value, "19.43, -99.13"), in range (|lat| <= 90, |lon| <= 180), as a pair
("40.74162, -73.98926", "47.6062 N, 122.3321 W"), as labelled parameters ("lat=-37.81421&lon=144.96316",
"latitude: 48.85837, longitude: 2.29448", any number of decimals from three) or in degrees, minutes and seconds
("40°44'29.8\"N 73°59'21.3\"W"). The flat and floor of a home ("Apartment 4C, third floor") are part of an address:
``retrieval.addresses``.

Coordinates of a public place stay: a place's name right before them or in brackets after them ("the Eiffel Tower
(48.8584, 2.2945)", "東京タワー（35.6586, 139.7454）", "40.6892, -74.0445 (Statue of Liberty)"), when nothing in the sentence
ties the place to the writer ("my", "unser", "自宅", "집"...) and the name is not a person's first name without an article
("the map pins Dave at ...").

A home described in words after the writer says they live there (session 15, from held-out PII set 7, dev since):
"I live at the corner of Birchwood and 5th, the blue house with the red door", "Wir wohnen im letzten Haus am Feldweg
hinter der Kirche", "Vivo en la casa azul frente a la plaza", in 14 languages: the description up to the end of the
sentence or a new clause ("so", "and", "but"), taken only when it names a building or a corner (house, cottage,
farm, flat, floor, door, gate, corner, casa, Haus, дом...): "I live in a small town" stays.

Not handled: coordinates with fewer than four decimals and no label, place names alone ("near the Eiffel Tower"),
plus codes ("8FVC9G8F+6W"), what3words addresses, a described home without a first-person "live / are at".
"""

from __future__ import annotations

import re

from retrieval.first_names import is_first_name
from retrieval.names_in_text import CAPITALS

_LAT = r"[-+]?(?:[0-8]?\d|90)\.\d{4,8}"
_LON = r"[-+]?(?:1[0-7]\d|0?\d?\d|180)\.\d{4,8}"
# A comma, semicolon or slash between the two, or a space after a hemisphere letter ("48.8584 N 2.2945 E").
# (a pair glued to Japanese, Chinese or Korean text counts: "自宅の位置は34.98231, 135.75842です")
_PAIR = re.compile(rf"(?<![A-Za-z0-9_.\-+])(?P<lat>{_LAT})°?(?:(?:\s?[NS])?\s*[,;/]\s*|\s?[NS]\s+)(?P<lon>{_LON})°?"
                   r"(?:\s?[EW])?(?![A-Za-z0-9_]|\.\d|,\d)")  # a full stop may end the sentence
_PARAMS = re.compile(r"(?<![^\W\d_])(?:lat|latitude|breite|latitud)\s*[=:]\s*[-+]?\d{1,2}\.\d{3,8}[\s,;&]*"
                     r"(?:lon|lng|long|longitude|länge|longitud)\s*[=:]\s*[-+]?\d{1,3}\.\d{3,8}(?![\d.])",
                     re.IGNORECASE)
_DMS_ONE = r"\d{1,3}°\s?\d{1,2}['′]\s?(?:\d{1,2}(?:\.\d+)?[\"″]?)?\s?"
_DMS = re.compile(rf"(?<![\w.])(?:{_DMS_ONE}[NS][,\s]+{_DMS_ONE}[EW])(?![\w])")

# Words that tie a place to the writer (a pronoun, a possessive, a home), in the languages feedback comes in: where
# one is in the sentence, coordinates are the writer's even next to a landmark's name. Latin, Greek and Cyrillic words
# whole; words of scripts without spaces or with suffixes anywhere in the sentence.
_MINE = re.compile(
    r"(?<![^\W\d_])(?:my|our|ours|mine|i|i'm|im|we|we're|me|us|home|house|apartment|flat|cabin|farm|mein\w*|unser\w*|"
    r"ich|wir|mir|mich|uns|zuhause|hause|haus|wohnung|hof|mon|mes|notre|nos|je|j|nous|moi|chez|maison|domicile|mi|"
    r"mis|nuestr\w*|yo|casa|meu|minha|meus|minhas|noss[oa]s?|eu|mio|mia|miei|mie|nostr\w*|io|mijn|ons|onze|ik|wij|"
    r"huis|min|mitt|mina|vår|vårt|våra|jag|vi|jeg|hus|huset|koti\w*|minun|mój|moja|moje|mojego|mojej|nasz\w*|domu|domem|"
    r"мой|моя|моё|мое|мои|моего|мою|моей|наш\w*|дом\w*|мій|я|мы|ми|ev\w*|benim|bizim|saya|kami|kita|aku|rumah|tôi|"
    r"mình|nhà|chúng|εμένα|μου|μας|σπίτι\w*)(?![^\W\d_])"
    r"|自宅|我家|我的|私|僕|うち|우리|집|내|제|منزل|بيت|موقعي|مكاني|خانه|خونه|من|ما|घर|मेरा|मेरी|मेरे|हमारा|בית|שלי|"
    r"שלנו|הבית|บ้าน|ของฉัน", re.IGNORECASE)
# Capitalised words that label coordinates rather than name a place ("Mein Standort", "Koordinaten", "GPS").
_LABEL_WORD = re.compile(r"(?:standort|koordinaten|position|lage|ort|location|pin|gps|coordinates?|coordonnées|"
                         r"coordenadas|coordinate|coördinaten|koordinater|koordynaty|координаты|координати|konum\w*)$",
                         re.IGNORECASE)
_ARTICLES = frozenset("the la le il lo el los las les der die das den dem des het de del dal della o a os as "
                      "ο η το την τον της του".split())
_SENTENCE_END = re.compile(r"[!?。！？\n]|\.\s")
# Up to two short lower-case words between a name and its coordinates ("liegt bei", "à", "is at", "en").
_LINK_WORDS = re.compile(r"(?:\s+[^\W\d_A-ZÀ-ÞА-ЯΑ-Ω]{1,6}){0,2}\s*$")
_NAME_END = re.compile(rf"(?<![^\W\d_])[{CAPITALS}][^\W\d_]+$")
# Scripts without capitals (Hebrew, Arabic, Indic, Thai, Lao, kana, CJK, Hangul): a place's name in them has no capital.
_UNCASED_SCRIPT = r"[\u0590-\u08ff\u0900-\u0dff\u0e00-\u0eff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]"
_OTHER_SCRIPT_END = re.compile(rf"{_UNCASED_SCRIPT}$")
_OPEN = re.compile(r"\s*[(（]\s*$")
_NAME_AFTER = re.compile(rf"\s*[(（]\s*(?:[{CAPITALS}][^\W\d_]+|{_UNCASED_SCRIPT})")


def _names_a_landmark(m: re.Match[str]) -> bool:
    """Do the coordinates belong to a named public place, not the writer? Kept when the sentence has no word that ties
    a place to the writer (``_MINE``) and a place's name stands right before them ("the Eiffel Tower (48.8584, 2.2945)",
    "der Kölner Dom liegt bei 50.9413, 6.9583", "東京タワー（35.6586, 139.7454）") or in brackets right after them
    ("40.6892, -74.0445 (Statue of Liberty)"). Session 20, from the landmark look-alikes of PII sets 6 to 16 (dev)."""
    text = m.string
    ends = [e.end() for e in _SENTENCE_END.finditer(text, 0, m.start())]
    start = ends[-1] if ends else 0
    after = _SENTENCE_END.search(text, m.end())
    if _MINE.search(text, start, after.start() if after else len(text)):
        return False
    before = text[start:m.start()]
    named = _NAME_AFTER.match(text, m.end())
    if named:
        return not is_first_name(named.group(0).strip(" (（"))
    bracket = _OPEN.search(before)
    head = before[:bracket.start()] if bracket else before[:_LINK_WORDS.search(before).start()]
    head = head.rstrip()
    if head.endswith((":", "：")):
        return False  # "Koordinaten vom Eingang: ...": a label, not a place's name
    name = _NAME_END.search(head)
    if name and name.start() > 0 and not _LABEL_WORD.search(name.group(0)):
        # "the map pins Dave at ...": a person's whereabouts, not a landmark's; a place's name takes an article
        # ("the Brandenburger Tor", "il Colosseo") where a person's does not
        words = head.split()[-4:]
        return any(w.lower() in _ARTICLES for w in words) or not any(
            is_first_name(w) for w in words if w[:1].isupper())
    return bool(bracket and _OTHER_SCRIPT_END.search(head))


def _pair(m: re.Match[str]) -> str:
    lat, lon = float(m.group("lat")), float(m.group("lon"))
    if abs(lat) > 90 or abs(lon) > 180 or (abs(lat) < 1 and abs(lon) < 1):
        return m.group(0)  # "0.0123, 0.0456": two fractions (p-values, ratios), not a place in the Gulf of Guinea
    if _names_a_landmark(m):
        return m.group(0)
    return "<LOCATION>"


def _has_decimals(lower: str) -> bool:
    return _DECIMALS.search(lower) is not None


_DECIMALS = re.compile(r"\d\.\d{3}")
# (kind, cheap gate on the lower-cased text or None, pattern, replacement), run in order by ``retrieval.redact``.
_LIVE = (r"i\s+live|we\s+live|i'?m\s+at|i'?m\s+out\s+at|we'?re\s+(?:at|the)|deliver\s+(?:it\s+)?to|ninaishi|"
         r"nakaa|tôi\s+ở|chúng\s+tôi\s+ở|evim|أسكن|نسكن|أعيش|من\s+در|ما\s+در|मेरा\s+घर|हमारा\s+घर|บ้านฉันคือ|บ้านผมคือ|"
         r"我家在|我住在|自宅は|私の家は|저희\s*집은|제\s*집은|zum|zur|my\s+(?:house|home)\s+is|our\s+(?:house|home)\s+is|"
         r"vivo|vivimos|moro|moramos|j['’]habite|nous\s+habitons|on\s+habite|ich\s+wohne|wir\s+wohnen|abito|abitiamo|"
         r"ik\s+woon|wij\s+wonen|we\s+wonen|jag\s+bor|vi\s+bor|jeg\s+bor|mieszkam|mieszkamy|я\s+живу|мы\s+живём|"
         r"мы\s+живем|yaşıyorum|oturuyorum|nyumba\s+yangu\s+ni|asumme|tinggal\s+di|tôi\s+sống|chúng\s+tôi\s+sống")
_BUILDING = (r"house|cottage|bungalow|farm|farmhouse|flat|apartment|cabin|barn|floor|door|gate|corner|porch|trailer|"
             r"houseboat|woonboot|cascina|casale|masseria|dacha|дача|rumah|nyumba|nhà|ev|kapılı|خانه|البيت|بيت|घर|कोठी|"
             r"บ้าน|家|楼|屋根|집|층|mosque|masjid|مسجد|temple|मंदिर|วัด|"
             r"casa|sítio|sitio|fazenda|chácara|piso|esquina|maison|coin|étage|porte|haus|ecke|hof|stock|tür|"
             r"huis|boerderij|hoek|stuga|stugan|huset|hus|gården|dom|domu|rogu|piętro|kamienicy|kamienica|дом|доме|угол|углу|этаж|"
             r"этаже|köşe|köşesinde|"
             r"bati|boulangerie|bakery|church|kirche|igreja|iglesia|kościół|церкв|kanisa")
_HOME = re.compile(rf"(?<![^\W\d_])(?:{_LIVE})\s+(?P<home>[^.!?\n()]{{6,160}}?)(?=\s*(?:[.!?\n]|$|,\s*(?:so|and|but|which|"
                   rf"et|mais|und|aber|y|pero|e|mas|en|maar|och|men|i|ale|и|но|ve|ama)\b))", re.IGNORECASE)
_HOME_BUILDING = re.compile(rf"(?<![^\W\d_])(?:{_BUILDING})(?![^\W\d_])|(?:家|楼|屋根|집|층|บ้าน)", re.IGNORECASE)
# The description starts where a place does: a preposition or an article ("at the corner", "im letzten Haus",
# "en la casa", "ile ya bati"), not "I live to play".
_PLACE_START = re.compile(r"(?:at|in|on|by|near|next|behind|opposite|past|above|over|the|a|an|our|en|à|au|aux|chez|dans|"
                          r"la|le|el|los|las|im|am|an|bei|auf|hinter|in\s+der|em|no|na|nos|nas|num|numa|nel|nella|al|"
                          r"alla|op|bij|aan|het|de|den|i|på|vid|w|we|przy|nad|в|на|у|за|около|ile|di|dekat|ở|trong|"
                          r"ngay|karibu)\b", re.IGNORECASE)


_GOES_ON = re.compile(r"\s*(?:with|above|over|opposite|near|behind|past|next\s+to|mit|über|hinter|gegenüber|con|avec|"
                      r"au-dessus|derrière|en\s+face|com|em\s+frente|met|boven|achter|tegenover|nad|za|naprzeciw|"
                      r"над|за|напротив|vid|ovanför|mittemot|karibu|dekat|di\s+depan|desa|kampung|village|dorf|aldea|"
                      r"vila|köy|làng|xã|kijiji|деревня|wieś|outside|fuori|außerhalb|près\s+de|cerca\s+de)\b",
                      re.IGNORECASE)
# ... or names the look of the place ("the blue house", "das gelbe", "a casa amarela", "белый").
_LOOKS = re.compile(r"(?<![^\W\d_])(?:blue|red|green|yellow|white|black|grey|gray|brown|pink|thatched|wooden|brick|"
                    r"blaue?\w*|rote?\w*|grüne?\w*|gelbe?\w*|weiße?\w*|azul|roja|rojo|verde|amarill\w+|blanc\w*|"
                    r"amarel\w+|vermelh\w+|branc\w+|rouge|jaune|bleue?|blauw\w*|rood|rode|geel|gele|wit\w*|röda?|"
                    r"gula?|vita?|bl[åa]a?|zielon\w+|czerwon\w+|żółt\w+|biał\w+|син\w+|красн\w+|зелён\w+|"
                    r"жёлт\w+|бел\w+)(?![^\W\d_])", re.IGNORECASE)


# An address given after a label that says it is one ("My address:", "Shipping address:", "Địa chỉ giao hàng của tôi là",
# "收货地址：", "請寄到", "עוד הכתובת שלי היא", "आमार ঠিকানা:"), up to the end of the sentence or a new clause; taken only
# when it holds a digit (a house or flat number, a postcode). Session 15, from held-out PII set 8 (dev since).
_ADDRESS_NOUN = (r"(?:address|adresse|adres|adresa|adressa|adrese|adresas|dirección|indirizzo|endereço|адрес|адреса|"
                 r"διεύθυνση|διεύθυνσή|כתובת|הכתובת|عنوان|العنوان|آدرس|पता|ঠিকানা|地址|住所|주소|địa\s+chỉ|alamat|anwani|"
                 r"heimilisfang|seoladh|sheoladh|osoite|osoitteeni|címem|cím|naslov|adreça|ଠିକଣା|cinwaan\w*)")
# "my", "new", "correct" and the like: an address noun with one of them is the writer's ("Nová adresa je", "Adresa ime
# është", "הכתובת הנכונה:"); "the address on the invoice:" and "our office address is" are not taken.
_ADDRESS_QUALIFIER = (r"(?:my|new|correct|right|current|mein\w*|neue?\w*|richtige?\w*|mon|ma|nouvelle|bonne|mi|nueva|"
                      r"correcta|meu|minha|nova|novo|correto|correta|mio|nuovo|nuova|corretto|giusto|mijn|nieuwe|juiste|"
                      r"mój|moja|nowy|nowa|poprawny|můj|moje|nová|nový|správná|ime|rétt|nýtt|mitt|min|ny|nya|rätt|oikea|"
                      r"uusi|minun|új|helyes|moj|мой|новый|правильный|мій|новий|σωστή|μου|νέα|הנכונה|החדשה|שלי|الجديد|"
                      r"الصحيح|جدید|درست|मेरा|सही|नया|আমার|নতুন|của\s+mình|của\s+tôi|mới|saya|baru|yangu|mpya|mo|nua|ceart|"
                      r"corectă|corecta|nouă|noua|správna|nová|mano|সঠিক|ମୋ|saxda(?:\s+ah)?)")
_QUALIFIED_ADDRESS = (rf"{_ADDRESS_QUALIFIER}(?:\s+[^\s\d:]+)?\s+{_ADDRESS_NOUN}(?:\s+[^\s\d:]+)?"
                      rf"|{_ADDRESS_NOUN}(?:\s+[^\s\d:]+)?\s+{_ADDRESS_QUALIFIER}(?:\s+[^\s\d:]+)?")
_LABELS = (
    r"my\s+(?:home\s+|delivery\s+|shipping\s+|postal\s+)?address(?:\s+is)?|(?:shipping|delivery|home|"
    r"postal|billing)\s+address(?:\s+is)?|send\s+(?:it|the\s+\w+)\s+to|meine\s+(?:liefer)?adresse(?:\s+ist|\s+lautet)?|"
    r"lieferadresse|mon\s+adresse(?:\s+est)?|adresse\s+de\s+livraison|mi\s+dirección(?:\s+es)?|dirección\s+de\s+envío|"
    r"meu\s+endereço(?:\s+é)?|endereço\s+de\s+entrega|il\s+mio\s+indirizzo(?:\s+è)?|indirizzo\s+di\s+consegna|"
    r"mijn\s+adres(?:\s+is)?|mój\s+adres(?:\s+to)?|adres\s+dostawy|мой\s+адрес|адрес\s+доставки|adresim|teslimat\s+adresi|"
    r"szállítási\s+címem|a\s+címem|adresa\s+mea|pošlete\s+na|trimiteți\s+coletul\s+la|η\s+διεύθυνσή\s+μου\s+είναι|"
    r"διεύθυνση|địa\s+chỉ(?:\s+(?:giao|nhận)\s+hàng)?(?:\s+của\s+(?:tôi|mình))?(?:\s+là)?|alamat\s+saya|alamat\s+pengiriman|"
    r"עוד\s+הכתובת|הכתובת\s+שלי\s+היא|הכתובת\s+שלי|عنواني(?:\s+الوطني)?|العنوان|آدرس(?:\s+تحویل)?|आमार\s+ঠিকানা|"
    r"আমার\s+ঠিকানা|मेरा\s+पता|पता|என்\s+முகவரி|முகவரி|收货地址|收貨地址|送货地址|地址|請寄到|请寄到|寄到|住所|お届け先|"
    r"배송지|주소|ที่อยู่(?:ของฉัน|จัดส่ง)?|"
    # session 22 (held-out PII set 20, dev since): "delivery address" and "deliver to" in more languages
    r"adres[ae]\s+(?:doručenia|doručení|dodania|de\s+livrare|za\s+dostavu)|адрес\s+за\s+доставка|"
    r"(?:ჩემი\s+)?მისამართი(?:ა)?|pristatyti\s+į|giao\s+(?:giúp\s+\w+\s+)?(?:tới|đến)|"
    r"nhà\s+(?:mình|tôi|em|anh|chị)\s+ở|(?:ny\s+)?adiresiko(?:\s+dia)?|"
    # session 22's third round (held-out PII set 22): delivery addresses in Hebrew, Irish, Vietnamese; "address" in
    # Urdu, Kannada, Telugu
    r"כתובת\s+(?:ל)?משלוח|seoladh\s+seachadta|giao\s+về|پتہ|پتا|ವಿಳಾಸ|చిరునామా|"
    # and bare "address:" nouns of more languages, a colon after them (session 22's fourth round)
    r"(?:adresa|адреса|adrese|adreso|дарегим|salgym|address\s+ko(?:\s+po)?|पत्ता|ਪਤਾ|piegādes\s+adrese)(?=\s*[:：])"
)
_MORE_LABELS = (
    # Session 21 (held-out PII set 18, dev since): an address noun, up to two words ("new", "correct", "my"), then a
    # copula or a colon, in more languages ("Nová adresa je", "Adresa ime është", "Rétt heimilisfang er", "הכתובת
    # הנכונה:", "मेरा सही पता है:"); "I live at/in" with a number ("Io abito in Via dei Tigli 27", "Ech wunnen elo 12,
    # rue de la Gare")
    rf"(?:{_QUALIFIED_ADDRESS})\s*(?:[:：]|\s(?:is|ist|est|es|é|è|je|jest|to|er|är|on|là|ialah|adalah|ni|ná|është|"
    r"είναι|היא|है|এই|是|este)(?=\s))|"
    r"i\s+live\s+at|abito\s+(?:in|a)|wohne\s+(?:in\s+der|in|an\s+der|am|im)|j['’]habite(?:\s+au|\s+à)?|vivo\s+en|"
    r"moro\s+(?:na|no|em)|mieszkam\s+(?:na|przy|w)|bydlím\s+(?:na|v)|ech\s+wunnen(?:\s+elo)?|живу\s+(?:на|в|по)"
)
_ADDRESS_BODY = (
    r"\s*(?:[:：]|is|ist|est|es|é|è|to|là|היא)?\s*"
    r"(?P<address>(?:\b(?:str|nr|bl|sc|ap|et|no|st|av|ave|ul|al|pl|apt|apto|nro|núm|num|bd|rr|ул|пр|кв|ж\.к|бл|вх|ап|pr|č|ет|co|nu|бр|br|shk|brgy|bldg|blk)\.\s|नं\.\s|ನಂ\.\s|నం\.\s|"
    r"[^.!?\n。！？;；]|[.](?=\S)){6,140}?)"
    r"(?=\s*(?:[.!?](?=\s|$)|[\n。！？;；]|$|[,，،]\s*(?:the|but|and|so|please|pero|mais|aber|ma|mas|maar|ale|но|ama|nhưng|shipper|"
    r"not|non|nu|nicht|pas|no\s|nie|ne\s|αλλά|όχι|"
    r"kurýr|curierul|كما|أرجو|快递|之前|the\s+courier|der\s+kurier|le\s+livreur|el\s+repartidor|o\s+entregador|"
    r"il\s+corriere|a\s+futár|השליח|কুরিয়ার|कूरियर)|\s+[—–-]\s))")
_ADDRESS_LABEL = re.compile(rf"(?<![^\W\d_])(?:{_LABELS}|{_MORE_LABELS}){_ADDRESS_BODY}", re.IGNORECASE)
# Without the session-21 labels, for texts with none of their words (the same spans there, at a third of the cost;
# the gate below is plain substrings of those words: the label patterns themselves as a gate cost five times as much).
_ADDRESS_LABEL_BASE = re.compile(rf"(?<![^\W\d_])(?:{_LABELS}){_ADDRESS_BODY}", re.IGNORECASE)
_MORE_LABELS_GATE = re.compile(r"address|adres|adreç|dirección|indirizzo|endereço|адрес|διεύθυνσ|כתובת|عنوان|آدرس|"
                               r"पता|ঠিকানা|地址|住所|주소|địa|alamat|anwani|heimilisfang|seoladh|sheoladh|osoit|cím|naslov|"
                               r"live\s+at|abito|wohne|habite|vivo\s+en|moro\s|mieszkam|bydlím|wunnen|живу|cinwaan|ଠିକଣା")


def labelled_addresses(text: str) -> list[tuple[int, int]]:
    """Spans of addresses given after a label that says so, holding a digit (see above)."""
    spans, at = [], 0
    pattern = _ADDRESS_LABEL if _MORE_LABELS_GATE.search(text.lower()) else _ADDRESS_LABEL_BASE
    while m := pattern.search(text, at):
        address = m.group("address")
        if re.search(r"\d", address) and (not re.match(r"[a-z]", address) or re.match(r"số\s+\d", address)):
            spans.append(m.span("address"))
            at = m.end()
        else:  # "is wrong since 3"; a later label in the same sentence may still hold the address
            at = m.start() + 1
    return spans


def described_homes(text: str) -> list[tuple[int, int]]:
    """Spans of homes described in words after "I live / we're at" (see the module docstring): the first part up to a
    comma, then each further part that goes on describing ("the blue house", "das gelbe mit dem Holzzaun"), so the
    complaint after it stays ("..., el GPS del repartidor no la encuentra")."""
    spans = []
    for m in _HOME.finditer(text):
        home = m.group("home")
        if not (_PLACE_START.match(home) or _HOME_BUILDING.match(home)) or not _HOME_BUILDING.search(home):
            continue
        start = m.start("home")
        parts = home.split(",")
        end = start + len(parts[0])
        for part in parts[1:]:
            if not (_HOME_BUILDING.search(part) or _GOES_ON.match(part) or _LOOKS.search(part)):
                break
            end += 1 + len(part)
        spans.append((start, end))
    return spans


RULES = (
    ("location", lambda lower: "lat" in lower or "breite" in lower, _PARAMS, "<LOCATION>"),
    ("location", _has_decimals, _PAIR, _pair),
    ("location", lambda lower: "°" in lower, _DMS, "<LOCATION>"),
)

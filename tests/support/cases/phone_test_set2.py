"""Held-out test set 2 for phone-number detection in customer feedback.

Written by a helper session, from its brief, on 2026-12-02, without reading the redactor's rules
(``retrieval/phones.py``, ``retrieval/redact.py``, ``retrieval/secrets.py``, ``retrieval/identifiers.py``) or any other
case set under ``tests/support/cases/``, and without running the redactor on these cases: the set measures how the
rules generalise, not how well they fit cases they were tuned on.

What it holds:

* ``phone_cases()``: 240 ``(category, value, text)`` triples. ``value`` is a phone number written in its country's
  NATIONAL format (as dialled inside the country, no ``+`` country code), exactly as it appears inside ``text``;
  ``text`` is 1-3 sentences of customer feedback (app-store review, support ticket, survey answer, chat message).
  54 countries on all continents; separators vary (spaces, dashes, dots, slashes, brackets, none); about half the
  texts are in the country's language (33 languages besides English), the rest in English; the number sits at the
  start, middle or end, in brackets, after a colon, after "at", in a signature, or before a time. ``category`` is
  ``"<ISO 3166 code> cue"`` when the text carries a cue word for a phone number (call me, ring, text me, my cell,
  WhatsApp, landline, Handy, Natel, appelez-moi, llámame, 電話, 전화, 打电话, اتصل ...) and ``"<code> no cue"`` when it
  does not (about a quarter of the cases: a bare number after a complaint, a signature, a name).
  All numbers are hand-picked, plausible but fictitious (the reserved drama/test ranges where a country has one:
  UK 07700 900xxx / 020 7946 0xxx / 0161 496 0xxx, North America 555-01xx, Australia 0491 570 xxx).
* ``phone_look_alikes()``: 80 feedback texts in the same mix of languages whose digit sequences are NOT phone
  numbers and must stay untouched: order, ticket, invoice and tracking numbers, prices and amounts with thousands
  separators, dates and times, versions and builds, step counts, distances, scores, years, ranges, postcodes, model
  numbers, error codes, percentages, measurements, balances, room and flight numbers, durations, sizes, statistics,
  lists of numbers.
* ``phone_case_languages()``: the language (ISO 639 code) of each case's text, in ``phone_cases()`` order.

Deterministic: no randomness; the cases are the table below, with ``{n}`` in each template replaced by the number.
"""

from __future__ import annotations

CUE = True
NO = False

# (country, language of the text, has a cue word, number as written, template with {n} where the number goes)
_TABLE: list[tuple[str, str, bool, str, str]] = [
    # --- Europe -------------------------------------------------------------------------------------------------
    ("GB", "en", CUE, "07700 900123", "Courier left my parcel in the rain again. Ring me on {n} if you want photos."),
    ("GB", "en", CUE, "020 7946 0123",
     "Spent 40 minutes on hold with no answer. Please have someone call the office on {n} after 6pm."),
    ("GB", "en", NO, "07700900456", "Refund still not processed after three weeks and two chasers. {n}"),
    ("GB", "en", CUE, "0161 496 0753", "My landline is {n} - I don't use WhatsApp, so please don't message."),
    ("GB", "en", NO, "(020) 7946 0999", "The app logs me out every time I switch tabs.\n-- Priya Shah, {n}"),
    ("GB", "en", CUE, "07700-900-789", "Text me at {n} when the engineer is on his way, I work nights."),
    ("IE", "en", CUE, "087 123 4567", "Please ring me on {n}, the engineer never turned up on Tuesday."),
    ("IE", "en", CUE, "085-765-4321", "Text {n} when the van is on the way, the doorbell is broken."),
    ("IE", "en", NO, "(01) 234 5678", "Terrible service in the Grafton Street shop, nobody would help. {n}"),
    ("IE", "ga", CUE, "0831234567", "Tá an t-ordú fós ar iarraidh. Is féidir glaoch orm ar {n}."),
    ("FR", "fr", CUE, "06 12 34 56 78", "Appelez-moi au {n}, le colis est arrivé abîmé."),
    ("FR", "fr", CUE, "07.81.23.45.67", "Mon portable : {n} (après 18h de préférence)."),
    ("FR", "en", NO, "01 23 45 67 89", "Still no answer to the complaint I filed on 3 March. {n}"),
    ("FR", "fr", CUE, "0612345678", "Vous pouvez me joindre sur WhatsApp au {n}, je ne lis pas mes mails."),
    ("FR", "en", CUE, "04-91-23-45-67", "Please call the shop line {n}, nobody answers emails at the Marseille store."),
    ("FR", "fr", NO, "06 98 76 54 32", "Super appli, mais la synchro plante souvent.\nMarie Dupont - {n}"),
    ("BE", "fr", CUE, "0470 12 34 56", "Appelez-moi au {n}, la facture est erronée depuis deux mois."),
    ("BE", "nl", CUE, "02 123 45 67", "Bel me terug op {n}, ik heb nog steeds geen internet."),
    ("BE", "fr", NO, "0485/12.34.56", "Commande jamais reçue, remboursement svp. {n}"),
    ("BE", "nl", CUE, "09 234 56 78", "Mijn nummer: {n} - bereikbaar na 17u."),
    ("BE", "en", CUE, "0495 98 76 54", "You can reach me at {n} on weekdays, the Brussels delivery failed twice."),
    ("NL", "nl", CUE, "06-12345678", "Bel me even op {n}, het pakket is nooit aangekomen."),
    ("NL", "en", CUE, "020 123 4567", "Home phone: {n}, I'm in most evenings."),
    ("NL", "nl", NO, "06 1234 5678", "{n} hier weer: al drie weken wachten op mijn terugbetaling."),
    ("NL", "en", CUE, "010-1234567", "Please call me on {n}, I can't find the returns form anywhere in the app."),
    ("NL", "nl", CUE, "0687654321", "App me via WhatsApp op {n} als de monteur onderweg is."),
    ("DE", "de", CUE, "030 12345678", "Rufen Sie mich bitte unter {n} an, die Lieferung fehlt."),
    ("DE", "de", CUE, "0151 2345 6789", "Meine Handynummer: {n}. Bitte nur per SMS melden."),
    ("DE", "en", NO, "089/1234567", "{n} - two weeks and still no answer from customer service!"),
    ("DE", "en", CUE, "0171-2345678", "Call me at {n}, my German is not so good and the chatbot did not help."),
    ("DE", "de", CUE, "(040) 123 456 78", "Erreichbar bin ich unter {n} ab 17 Uhr."),
    ("DE", "de", NO, "0176 12345678",
     "Tolle App, nur die Benachrichtigungen kommen doppelt. Gruß, Jonas Weber, {n}"),
    ("AT", "de", CUE, "0664 123 4567", "Bitte rufen Sie mich unter {n} zurück, der Techniker war nicht da."),
    ("AT", "de", NO, "01/234 56 78", "Rechnung doppelt abgebucht. Mfg Huber {n}"),
    ("AT", "en", CUE, "0699-12345678", "Reach me on {n} for the replacement part, I'm in Vienna until Sunday."),
    ("CH", "de", CUE, "079 123 45 67", "Bitte melden Sie sich telefonisch unter {n}, die Rechnung stimmt nicht."),
    ("CH", "fr", CUE, "044 123 45 67", "Merci de m'appeler au {n} pour fixer un rendez-vous."),
    ("CH", "it", NO, "076/123.45.67", "Il pacco è arrivato aperto e mancano due articoli. {n}"),
    ("CH", "en", CUE, "078 765 43 21", "WhatsApp me on {n}, the parcel tracking hasn't moved since Monday."),
    ("CH", "de", CUE, "0781234567", "Natel: {n} - bitte nicht vor 9 Uhr."),
    ("ES", "es", CUE, "612 34 56 78", "Llamadme al {n}, el pedido llegó roto."),
    ("ES", "es", CUE, "912 345 678", "Mi teléfono es el {n}, estoy en casa por las mañanas."),
    ("ES", "en", NO, "655-123-456", "{n} here - awful service at the Valencia store, nobody helped with my return."),
    ("ES", "es", CUE, "699123456", "Escribidme por WhatsApp al {n}, no puedo hablar en el trabajo."),
    ("ES", "en", CUE, "93 123 45 67", "You can call our Barcelona office on {n} any weekday."),
    ("ES", "es", NO, "678 90 12 34",
     "Me encanta la app pero se cierra sola al abrir la cámara. Un saludo, Lucía {n}"),
    ("PT", "pt", CUE, "913 456 789", "Liguem-me para o {n}, a encomenda chegou danificada."),
    ("PT", "pt", CUE, "21 234 5678", "O meu telefone fixo é {n}, estou em casa à tarde."),
    ("PT", "pt", NO, "936-123-456", "Péssimo serviço, ninguém responde aos emails há duas semanas. {n}"),
    ("PT", "en", CUE, "961234567", "Text me on {n}, I'm visiting Lisbon until the 14th."),
    ("PT", "en", CUE, "22 345 6789", "Our Porto office can be contacted on {n} during business hours."),
    ("IT", "it", CUE, "333 123 4567", "Chiamatemi al {n}, il corriere non è mai passato."),
    ("IT", "en", CUE, "06 1234 5678", "Please call the Rome flat on {n}, usually someone is in at night."),
    ("IT", "it", NO, "347-1234567", "Rimborso mai arrivato dopo un mese. {n}"),
    ("IT", "en", CUE, "02/12345678", "Call our Milan office at {n}, the invoice never arrived."),
    ("IT", "it", CUE, "340.123.4567", "Scrivetemi su WhatsApp al {n} dopo le 18."),
    ("IT", "it", NO, "3281234567", "App ottima, ma il login con impronta non funziona. Saluti, Giulia Rossi - {n}"),
    ("PL", "pl", CUE, "512 345 678", "Proszę o kontakt pod numerem {n}, paczka nie dotarła."),
    ("PL", "en", CUE, "22 123 45 67", "Ring {n}, I'm home after 4pm on weekdays."),
    ("PL", "pl", NO, "601-234-567", "Reklamacja odrzucona bez podania powodu. Jan Kowalski, {n}"),
    ("PL", "en", CUE, "501234567", "My phone is {n}, I ordered the wrong size and want to swap it."),
    ("PL", "pl", CUE, "(12) 345 67 89", "Numer stacjonarny: {n}, najlepiej rano."),
    ("CZ", "cs", CUE, "601 123 456", "Zavolejte mi prosím na {n}, objednávka nedorazila."),
    ("CZ", "cs", NO, "777 234 567", "Aplikace pořád padá při platbě. Petr Novák {n}"),
    ("CZ", "en", CUE, "234 567 890", "Reach me at {n}, I'm staying in Prague until Friday."),
    ("HU", "hu", CUE, "06 30 123 4567", "Kérem, hívjanak a {n} számon, a csomag nem érkezett meg."),
    ("HU", "hu", NO, "06-1-234-5678", "Két hete várok a visszatérítésre. {n}"),
    ("HU", "en", CUE, "06 20 987 6543", "My Hungarian number is {n}, text me the tracking code please."),
    ("SE", "sv", CUE, "070-123 45 67", "Ring mig på {n}, paketet har inte kommit."),
    ("SE", "en", CUE, "08-123 456 78", "The Stockholm flat's landline is {n}; someone is there after 5pm."),
    ("SE", "sv", NO, "073 456 78 90", "Fortfarande ingen återbetalning efter tre veckor. {n}"),
    ("SE", "en", CUE, "0701234567", "Please text {n} when the delivery window is confirmed."),
    ("SE", "sv", CUE, "031-12 34 56", "Du når mig på {n} under kontorstid."),
    ("NO", "no", CUE, "412 34 567", "Ring meg på {n}, pakken er ikke kommet."),
    ("NO", "no", NO, "22 12 34 56", "Elendig kundeservice, ingen svar på e-post. {n}"),
    ("NO", "no", CUE, "98765432", "Send SMS til {n} når teknikeren er på vei."),
    ("NO", "en", CUE, "912 34 567", "Call me on {n}, the ferry booking was charged twice."),
    ("DK", "da", CUE, "20 12 34 56", "Ring til mig på {n}, pakken er aldrig kommet."),
    ("DK", "da", NO, "31 23 45 67", "Appen lukker ned hver gang jeg åbner kurven. Mvh Mette {n}"),
    ("DK", "en", CUE, "40123456", "My Danish mobile is {n}, please call after lunch."),
    ("DK", "da", CUE, "33 12 34 56", "I kan kontakte mig på {n} i dagtimerne."),
    ("FI", "fi", CUE, "040 123 4567", "Soittakaa minulle numeroon {n}, paketti ei ole saapunut."),
    ("FI", "fi", NO, "050-123 4567", "Palautus on edelleen käsittelemättä. {n}"),
    ("FI", "en", CUE, "09 1234 5678", "Please call our Helsinki office at {n}."),
    ("GR", "el", CUE, "691 234 5678", "Καλέστε με στο {n}, η παραγγελία δεν έφτασε ποτέ."),
    ("GR", "el", CUE, "210 123 4567", "Το σταθερό μου είναι {n}, είμαι σπίτι το απόγευμα."),
    ("GR", "el", NO, "697-123-4567", "Καμία απάντηση εδώ και δύο εβδομάδες. {n}"),
    ("GR", "en", CUE, "6945678901", "Call me on {n}, the rental car had a flat tyre on the first day."),
    ("GR", "el", CUE, "2310 123456", "Τηλέφωνο επικοινωνίας: {n} (μετά τις 6 το απόγευμα)."),
    ("TR", "tr", CUE, "0532 123 45 67", "Beni {n} numarasından arayın, sipariş hâlâ gelmedi."),
    ("TR", "tr", CUE, "0 (212) 345 67 89", "Sabit hattım {n}, akşamları evdeyim."),
    ("TR", "en", NO, "0555-123-4567", "{n} - two weeks and no reply to my return request."),
    ("TR", "tr", CUE, "05431234567", "WhatsApp'tan yazın: {n}"),
    ("TR", "en", CUE, "0216 456 78 90", "Please ring the hotel at {n}, our booking disappeared."),
    ("RU", "ru", CUE, "8 (912) 345-67-89", "Позвоните мне по номеру {n}, заказ так и не пришёл."),
    ("RU", "ru", CUE, "8-916-123-45-67", "Мой мобильный: {n}, лучше после 18:00."),
    ("RU", "en", NO, "8 495 123-45-67", "A month waiting for my money back. Dmitry, Moscow, {n}"),
    ("RU", "ru", CUE, "89031234567", "Напишите в WhatsApp на {n}, звонить неудобно."),
    ("RU", "en", CUE, "8 (812) 234-56-78", "Call me at {n}, I am in St Petersburg this week."),
    ("UA", "uk", CUE, "067 123 45 67", "Зателефонуйте мені на {n}, замовлення прийшло пошкодженим."),
    ("UA", "uk", NO, "050-123-45-67", "Повернення коштів досі не надійшло. {n}"),
    ("UA", "en", CUE, "(044) 234-56-78", "Reach me on {n}, the courier lost my parcel in Kyiv."),
    # --- Americas -----------------------------------------------------------------------------------------------
    ("US", "en", CUE, "(415) 555-0134", "Call me at {n} - the charger stopped working after two weeks."),
    ("US", "en", CUE, "212.555.0178",
     "Subscription renewed without warning! My cell is {n}, I want someone to explain the charge."),
    ("US", "en", NO, "646-555-0199", "{n} - still waiting on the replacement blender, ordered 3 weeks ago."),
    ("US", "en", CUE, "1-800-555-0199", "I called {n} four times and the line just plays music and hangs up."),
    ("US", "en", CUE, "3125550147", "Please text {n} instead of emailing, my inbox is a mess."),
    ("US", "en", NO, "(312) 555 0163", "Great product, terrible packaging. Mike D. {n}"),
    ("CA", "en", CUE, "(604) 555-0143", "Please reach me at {n} about the warranty claim, weekdays only."),
    ("CA", "en", CUE, "416-555-0182", "The installer never came. My phone: {n}."),
    ("CA", "fr", NO, "514.555.0127", "Livraison en retard de deux semaines, aucun suivi. {n}"),
    ("CA", "fr", CUE, "613 555 0156", "Appelez-moi au {n} svp, je n'arrive pas à annuler mon abonnement."),
    ("CA", "en", NO, "(403) 555-0111", "Loved the service at the Calgary store! - Jenna, {n}"),
    ("MX", "es", CUE, "55 1234 5678", "Llámenme al {n}, el pedido llegó incompleto."),
    ("MX", "es", CUE, "33-1234-5678", "Mi WhatsApp es {n}, mándenme la guía de rastreo por ahí."),
    ("MX", "en", NO, "81 8765 4321", "{n}: the technician never showed up and nobody answers my emails."),
    ("MX", "en", CUE, "(55) 4321-8765", "Please call me at {n}, I was charged twice for the same order."),
    ("MX", "es", CUE, "5512345678", "Márcame al {n} después de las 7 pm, porfa."),
    ("BR", "pt", CUE, "(11) 91234-5678", "Me liga no {n}, o produto veio com defeito."),
    ("BR", "pt", CUE, "(21) 98765-4321", "Meu zap é {n}, prefiro resolver por lá."),
    ("BR", "en", NO, "11 98765-4321", "{n} - order 10 days late and nobody replies to the chat."),
    ("BR", "pt", CUE, "(31) 3456-7890", "Telefone fixo para contato: {n}, das 9h às 18h."),
    ("BR", "en", CUE, "(48) 99123-4567", "The app crashes on login. WhatsApp me at {n}."),
    ("BR", "pt", NO, "(85) 98123-4567", "Adorei o atendimento da loja de Fortaleza! Ana Paula - {n}"),
    ("AR", "es", CUE, "011 4123-4567", "Llamame al {n}, el aire acondicionado no enfría."),
    ("AR", "es", CUE, "11 15-2345-6789", "Mi celu es {n}, escribime por WhatsApp."),
    ("AR", "es", NO, "(0351) 456-7890", "Tres semanas esperando el reembolso. Carlos Gómez, Córdoba - {n}"),
    ("AR", "en", CUE, "011 15 3456-7890", "Please ring me on {n}, I don't speak much Spanish."),
    ("AR", "en", CUE, "0341 421-3456", "You can contact me at {n} in the afternoon, Rosario time."),
    ("CL", "es", CUE, "9 8765 4321", "Llámenme al {n}, la boleta salió con otro nombre."),
    ("CL", "es", NO, "(2) 2345 6789", "Excelente atención en la sucursal de Providencia. {n}"),
    ("CL", "en", CUE, "987654321", "My mobile is {n}, the booking confirmation never arrived."),
    ("CL", "en", CUE, "9 6123 4567", "WhatsApp {n} if you need photos of the damage."),
    ("CO", "es", CUE, "310 234 5678", "Llámame al {n}, el domicilio nunca llegó."),
    ("CO", "en", CUE, "301-765-4321", "My WhatsApp is {n}, please send the invoice there."),
    ("CO", "es", NO, "(601) 345 6789", "Pésimo servicio en Bogotá, me cobraron dos veces. {n}"),
    ("CO", "en", CUE, "3157654321", "You can reach me at {n} before noon, Medellín time."),
    ("PE", "es", CUE, "987 654 321", "Llámenme al {n}, quiero cambiar la talla."),
    ("PE", "en", NO, "(01) 234-5678", "Thanks for the quick refund! - Lucía, Lima, {n}"),
    ("PE", "es", CUE, "912-345-678", "Mi celular es {n}, estoy disponible todo el día."),
    # --- Asia -----------------------------------------------------------------------------------------------------
    ("JP", "ja", CUE, "090-1234-5678", "商品が届きません。{n}までお電話ください。"),
    ("JP", "ja", CUE, "03-1234-5678", "自宅の電話は{n}です。平日の夜ならつながります。"),
    ("JP", "en", NO, "080 1234 5678", "{n} / return still not processed after two emails."),
    ("JP", "en", CUE, "07012345678", "Please call me at {n}, the hotel booking shows the wrong date."),
    ("JP", "ja", CUE, "06-6123-4567", "大阪の事務所（電話 {n}）までご連絡ください。"),
    ("JP", "ja", NO, "090 8765 4321", "アプリは便利ですが、通知が多すぎます。山田太郎 {n}"),
    ("KR", "ko", CUE, "010-1234-5678", "{n}로 전화 주세요. 배송이 아직 안 왔어요."),
    ("KR", "ko", CUE, "02-123-4567", "사무실 번호는 {n}입니다. 오후에 연락 주세요."),
    ("KR", "ko", NO, "010 9876 5432", "환불이 2주째 처리되지 않고 있습니다. {n}"),
    ("KR", "en", CUE, "01023456789", "Text me at {n}, I don't speak Korean well."),
    ("KR", "ko", CUE, "031-234-5678", "문의는 {n}으로 부탁드립니다."),
    ("CN", "zh", CUE, "139 1234 5678", "请打我电话{n}，快递一直没到。"),
    ("CN", "zh", CUE, "010-12345678", "我的座机是{n}，晚上有人接。"),
    ("CN", "en", NO, "13812345678", "{n}, Mr Li - the washing machine was delivered without the drain hose."),
    ("CN", "en", CUE, "021-6123 4567", "Please call our Shanghai office on {n}."),
    ("CN", "zh", CUE, "186-1234-5678", "加我微信或者打{n}都可以。"),
    ("TW", "zh", CUE, "0912-345-678", "請撥{n}聯絡我，包裹還沒收到。"),
    ("TW", "zh", NO, "(02) 2345-6789", "客服一直沒回覆，很失望。{n}"),
    ("TW", "en", CUE, "0987 654 321", "My Taiwan mobile is {n}, please text me."),
    ("HK", "en", CUE, "9123 4567", "Please WhatsApp me on {n}, the delivery slot was missed."),
    ("HK", "zh", CUE, "2345 6789", "請致電{n}找陳先生，謝謝。"),
    ("HK", "en", NO, "5123 4567", "Refund still pending after 10 days. - Kelvin Wong {n}"),
    ("SG", "en", CUE, "8123-4567", "Can someone call me at {n}? The aircon servicing was never done."),
    ("SG", "en", CUE, "6123 4567", "Our office line is {n}, please call during lunch."),
    ("SG", "en", NO, "9765 4321", "Grab driver cancelled 3 times, very frustrating lah. {n}"),
    ("MY", "ms", CUE, "012-345 6789", "Sila hubungi saya di {n}, barang belum sampai."),
    ("MY", "en", CUE, "03-1234 5678", "Call our KL office at {n} for the invoice."),
    ("MY", "en", NO, "011-2345 6789", "Refund still not in my account after 2 weeks. {n}"),
    ("IN", "en", CUE, "98765 43210", "Please call me on {n}, the AC technician did not come."),
    ("IN", "hi", CUE, "09812 345678", "मुझे {n} पर कॉल करें, ऑर्डर अभी तक नहीं आया।"),
    ("IN", "en", NO, "022 2345 6789", "Worst service at the Andheri branch. {n}"),
    ("IN", "hi", CUE, "011-23456789", "मेरा लैंडलाइन नंबर {n} है, शाम को फ़ोन करें।"),
    ("IN", "en", CUE, "9123456780", "WhatsApp me on {n}, I will share the photos of the damaged box."),
    ("IN", "en", CUE, "080-4123 4567", "Bangalore office landline: {n}. Please call between 10 and 5."),
    ("PK", "en", CUE, "0300 1234567", "Please call me at {n}, the order was delivered to the wrong address."),
    ("PK", "ur", NO, "0321-7654321", "Bohat bura experience tha, refund abhi tak nahi mila. {n}"),
    ("PK", "en", CUE, "042 3512 3456", "Our Lahore office number is {n}."),
    ("PH", "en", CUE, "0917 123 4567", "Please text me at {n}, the rider never arrived."),
    ("PH", "tl", CUE, "0918-765-4321", "Pakitawagan po ako sa {n}, hindi pa dumarating ang order ko."),
    ("PH", "en", NO, "02 8123 4567",
     "Ordered the gift for my lola ({n}) but it went to the old address in Quezon City."),
    ("PH", "tl", CUE, "09981234567", "Globe number ko: {n}, pa-text na lang po."),
    ("PH", "tl", NO, "0905 555 1234", "Ang ganda ng service sa branch nyo sa Cebu! - Jessa {n}"),
    ("ID", "id", CUE, "0812-3456-7890", "Tolong hubungi saya di {n}, paket belum sampai."),
    ("ID", "id", CUE, "0813 1234 5678", "WA saya {n}, kirim resinya lewat situ aja."),
    ("ID", "en", NO, "(021) 5123 4567", "{n} (Jakarta office) - invoice was sent to the wrong company."),
    ("ID", "en", CUE, "085712345678", "Please call me at {n}, the villa booking was cancelled without notice."),
    ("ID", "id", CUE, "0822 9876 5432", "Nomor HP saya {n}, bisa ditelepon setelah jam 5 sore."),
    ("VN", "vi", CUE, "091 234 56 78", "Gọi cho tôi theo số {n}, đơn hàng chưa giao."),
    ("VN", "vi", CUE, "0978 654 321", "Zalo của mình: {n}, nhắn tin giúp mình nhé."),
    ("VN", "vi", NO, "028 3823 4567", "Hoàn tiền đã hai tuần mà chưa nhận được. {n}"),
    ("VN", "en", CUE, "0903.456.789", "Call me on {n}, I'm staying in Hanoi until Sunday."),
    ("TH", "th", CUE, "081 234 5678", "กรุณาโทรหาฉันที่เบอร์ {n} พัสดุยังไม่มาถึง"),
    ("TH", "en", CUE, "02-234-5678", "Please call the hotel at {n}, our room was double-booked."),
    ("TH", "th", NO, "089-123-4567", "รอเงินคืนมาสองอาทิตย์แล้ว {n}"),
    ("TH", "th", CUE, "0861234567", "ติดต่อกลับได้ที่ {n} ค่ะ"),
    ("IL", "he", CUE, "052-123-4567", "תתקשרו אליי למספר {n}, ההזמנה לא הגיעה."),
    ("IL", "he", CUE, "03-123-4567", "הטלפון בבית: {n}, אפשר אחרי 18:00."),
    ("IL", "he", NO, "054 765 4321", "עדיין לא קיבלתי החזר כספי. {n}"),
    ("IL", "en", CUE, "0501234567", "Please call me on {n}, the rental car was not at the airport."),
    ("SA", "ar", CUE, "050 123 4567", "اتصلوا بي على {n}، الطلب لم يصل."),
    ("SA", "ar", CUE, "055-987-6543", "رقم الواتساب: {n}"),
    ("SA", "ar", NO, "011 234 5678", "لم أسترد المبلغ منذ أسبوعين. {n}"),
    ("SA", "en", CUE, "0561234567", "Please call me at {n}, the driver cancelled twice."),
    ("AE", "en", CUE, "050 765 4321", "Call me on {n}, the AC unit is leaking again."),
    ("AE", "ar", CUE, "04 123 4567", "يرجى الاتصال على {n} بخصوص الفاتورة."),
    ("AE", "en", NO, "055-234-5678", "Great staff at the Dubai Mall store! - Fatima {n}"),
    # --- Africa ---------------------------------------------------------------------------------------------------
    ("EG", "ar", CUE, "010 1234 5678", "كلمني على {n}، الأوردر متأخر."),
    ("EG", "en", CUE, "012-3456-7890", "Please WhatsApp me at {n}, I'm in Cairo until Thursday."),
    ("EG", "ar", NO, "02 2345 6789", "لسه مستني استرداد الفلوس من أسبوعين. {n}"),
    ("EG", "ar", CUE, "01123456789", "رقمي {n} واتساب."),
    ("MA", "fr", CUE, "06 61 23 45 67", "Appelez-moi au {n}, la commande n'est jamais arrivée à Casablanca."),
    ("MA", "en", CUE, "0698-765432", "Please call me on {n}, the riad booking was cancelled."),
    ("MA", "fr", NO, "05 22 12 34 56", "Remboursement toujours en attente. {n}"),
    ("ZA", "en", CUE, "082 123 4567", "Please call me on {n}, the geyser installer didn't pitch."),
    ("ZA", "en", CUE, "021 123 4567", "Phone our Cape Town office on {n}."),
    ("ZA", "en", NO, "083-765-4321", "Still no refund after 3 weeks. Thabo M. {n}"),
    ("ZA", "af", CUE, "011 456 7890", "Bel my asseblief by {n}, die pakkie het nie opgedaag nie."),
    ("ZA", "en", CUE, "0721234567", "WhatsApp me on {n}, load shedding killed my router."),
    ("NG", "en", CUE, "0803 123 4567", "Please call me on {n}, my order has not been delivered."),
    ("NG", "pcm", CUE, "0805-987-6543", "Abeg call me for {n}, the rider no show."),
    ("NG", "en", NO, "08091234567", "Refund pending since last month. Chinedu O., Lagos {n}"),
    ("NG", "en", CUE, "0706 555 1234", "My MTN line is {n}, text me the delivery code."),
    ("NG", "en", CUE, "01-234 5678", "Contact our Ikeja office on {n}."),
    ("KE", "en", CUE, "0712 345678", "Please call me on {n}, the M-Pesa payment went through but no order."),
    ("KE", "sw", CUE, "0722-123-456", "Nipigie kwa {n}, mzigo haujafika."),
    ("KE", "en", NO, "0733 456 789", "Still waiting for my refund. Wanjiku {n}"),
    ("KE", "en", CUE, "0798765432", "Text me on {n} when the technician leaves Nairobi."),
    ("GH", "en", CUE, "024 123 4567", "Please call me on {n}, the parcel is stuck in Accra."),
    ("GH", "en", NO, "020-765-4321", "Great customer service, thank you! Kwame {n}"),
    ("GH", "en", CUE, "0551234567", "My MoMo number is {n}, send the refund there."),
    # --- Oceania --------------------------------------------------------------------------------------------------
    ("AU", "en", CUE, "0412 345 678", "Give me a call on {n}, the fridge is still not cooling."),
    ("AU", "en", CUE, "(02) 9876 5432", "Our office number is {n}, please ring before 5pm."),
    ("AU", "en", NO, "0491 570 156", "Three weeks and no refund, not happy. {n}"),
    ("AU", "en", CUE, "03 9123 4567", "Reach me at {n} about the warranty claim."),
    ("AU", "en", CUE, "0491570110", "Text me on {n} when the driver is close, mate."),
    ("AU", "en", NO, "0400 123 456", "Cheers for sorting it out so fast! - Bec, Brisbane {n}"),
    ("NZ", "en", CUE, "021 123 4567", "Please call me on {n}, the courier left the parcel at the wrong house."),
    ("NZ", "en", CUE, "09 123 4567", "Our landline is {n}, best after 6pm."),
    ("NZ", "en", NO, "027-765-4321", "{n} - refund still not through after a fortnight."),
    ("NZ", "en", CUE, "(04) 123 4567", "Ring the Wellington office on {n}."),
]


def phone_cases() -> list[tuple[str, str, str]]:
    """``(category, value, text)`` for every case: category ``"<ISO code> cue"`` or ``"<ISO code> no cue"``."""
    out = []
    for country, _lang, cue, number, template in _TABLE:
        out.append((f"{country} {'cue' if cue else 'no cue'}", number, template.replace("{n}", number)))
    return out


def phone_case_languages() -> list[str]:
    """The language of each case's text (ISO 639 code; ``pcm`` Nigerian Pidgin), in ``phone_cases()`` order."""
    return [lang for _country, lang, _cue, _number, _template in _TABLE]


_LOOK_ALIKES: list[str] = [
    # English
    "Order #4481923 arrived with a cracked screen, and the replacement (order #4482077) is late too.",
    "Amazon order 112-4567890-1234567 still shows 'dispatched' after 9 days.",
    "Tracking number 9400 1000 0000 0000 0000 00 hasn't updated since 03/11/2026.",
    "UPS tracking 1Z999AA10123456784 says delivered but there was nothing at my door.",
    "Charged ₹1,23,456 for a laptop listed at ₹98,999 in the app.",
    "Version 4.12.3 (build 2026.11.0412) crashes on launch on iOS 17.4.1.",
    "After updating Windows to 10.0.19045.3803 the app won't sync, error 0x80070005.",
    "My Galaxy S21 (SM-G991B) overheats since update 2.3.1.",
    "iPhone 15 Pro Max, 256 GB - the widget has been blank since iOS 18.1.",
    "I gave it 3 out of 5 because the battery only lasts 6-8 hours.",
    "Rated 4/5 - delivery took 10-20 minutes longer than the estimate.",
    "Flight LH 1234 on 2026-12-02 was delayed by 3 h 45 min and my bag went to gate B12.",
    "Room 1204 had no hot water; we moved to 1507 after two nights.",
    "Postcode SW1A 1AA isn't accepted at checkout, and neither is 10115 for my Berlin address.",
    "Balance shows $2,345.67 but my statement says $2,435.76.",
    "The video is 01:23:45 long but playback stops at 00:59:59.",
    "Shoe size EU 42 / UK 8 came, I ordered EU 43.",
    "Battery dropped from 100% to 37% in 2 hours with only 45 minutes of screen time.",
    "Error 503 every evening between 18:00 and 19:30, sometimes ERR_CONNECTION_RESET (-101).",
    "Years 2019-2024 all had the same bug and it is still there in 2026.",
    "Scores: 7, 8, 9, 6, 10 across the five sessions, average 8.",
    "Steps 1, 2 and 3 of the setup guide work, step 4 fails with code E-1042.",
    "Model KDL-55W805C, serial 4012345, bought on 14 March 2025 and already dead.",
    "The washer stops at 1400 rpm with error F21 after 38 minutes.",
    "Speed test: 94.3 Mbps down, 12.1 Mbps up, ping 18 ms - nowhere near the 500 Mbps I pay for.",
    "Invoice INV-2026-004512 lists 3 x 12.50 = 37.50 but I was charged 42.50.",
    "Package dimensions 30 x 20 x 15 cm, weight 2.4 kg, yet I was charged for 5 kg.",
    "The export shows timestamp 1764683400 instead of a readable date.",
    "ISBN 978-3-16-148410-0 is the wrong edition, I ordered the 2nd one.",
    "Bus 42 was 15 min late 3 days in a row (Mon 24, Tue 25, Wed 26 November).",
    "Mileage shows 123 456 km on a car advertised with 98 000 km.",
    "Ticket 2026-1128-0042 was closed without a reply after 14 days.",
    # German
    "Rechnung Nr. 2026/004512 über 1.234,56 € wurde doppelt abgebucht.",
    "Ich bin heute 12 345 Schritte gegangen, aber die App zeigt nur 8.210 an.",
    "Kontostand laut App: 3.456,78 €, laut Kontoauszug 3.465,87 €.",
    "Lieferung KW 48, Zeitfenster 08:00-12:00, Paket 2 von 3 fehlt.",
    "DHL-Sendungsnummer 00340434161234567890 wird seit dem 28.11.2026 nicht aktualisiert.",
    # French
    "J'ai payé 1 234,56 € pour un canapé livré avec trois semaines de retard.",
    "La montre affiche 5,2 km alors que j'ai couru 10 km en 52:14.",
    "Vol AF1380 annulé, on m'a remis sur le AF1680 de 18h05.",
    "Le matelas fait 140 x 190 cm au lieu de 160 x 200 cm.",
    "Code d'erreur 0xC0000142 après la mise à jour 23H2 du 14/11/2026.",
    # Spanish
    "Pagué 12.500 ARS por un envío que tardó 15 días.",
    "Llegó el 02/12/2026 a las 14:30, con 45 minutos de retraso.",
    "Ticket de soporte #2026-55871 cerrado sin respuesta después de 14 días.",
    "El vuelo IB 3166 salió a las 07:45 y llegamos a las 10:20, 2 h 35 min de viaje.",
    # Portuguese
    "Paguei R$ 1.299,90 e o produto chegou no dia 12/03/2026 sem manual.",
    "O CEP 01310-100 não é reconhecido no checkout.",
    "A fatura FT 2026/1548 tem IVA a 23% em vez de 6%.",
    # Italian
    "Consegna prevista il 12.03.2026 tra le 9:00 e le 13:00, mai arrivata.",
    "Fattura n. 000123/2026 del 05/11/2026, importo 1.480,00 €.",
    # Dutch
    "Bestelling 2026-114587 werd op 3 maart geleverd, maar er ontbraken 2 van de 6 stoelen.",
    # Polish
    "Zamówienie nr 8743 2219 wysłane 15.11.2026, kurier nie przyjechał.",
    # Turkish
    "Sipariş no: TR-2026-778812, 3 haftadır kargoda bekliyor.",
    "Fiyat 1.299,99 TL idi ama kartımdan 1.499,99 TL çekildi.",
    # Russian
    "Заказ № 45781236 оформлен 02.12.2026, статус не меняется с 14:05.",
    "Списали 25 000 ₽ вместо 2 500 ₽, верните разницу.",
    # Japanese
    "価格は¥12,800（税込）なのに、届いたのは旧モデルでした。",
    "注文番号 250-1234567-7654321 の商品がまだ届きません。",
    "2026年12月2日 14:30〜16:00に配達予定でしたが、来ませんでした。",
    # Korean
    "12,900원 결제했는데 쿠폰이 적용되지 않았어요.",
    "주문번호 20261128-0001234, 배송이 3일째 멈춰 있어요.",
    "버전 3.4.12에서 앱이 계속 꺼져요. 갤럭시 S23, 안드로이드 14입니다.",
    # Chinese
    "订单号 202611281234567890 显示已签收，但我没收到。",
    "5月20日下单，6月3日才到，等了14天。",
    # Arabic
    "رقم الطلب 784512 ولم يصل منذ 10 أيام.",
    "دفعت 1,250 ريال والسعر المعروض 1,150 ريال.",
    # Hebrew
    "הזמנה 556677 הגיעה אחרי 12 ימים, במקום 3-5 ימי עסקים.",
    # Hindi
    "ऑर्डर 40521378 अभी तक नहीं आया, 7 दिन हो गए।",
    # Indonesian
    "Nomor resi JNE 0123 4567 8901 2345 belum bergerak sejak 28/11.",
    # Vietnamese
    "Tôi đã trả 1.250.000 VND nhưng chỉ nhận được 2 trên 3 sản phẩm.",
    "Đơn hàng #SP2026112845 giao trễ 5 ngày, giảm giá 15% cũng không bù được.",
    # Thai
    "สั่งซื้อเมื่อ 28/11/2569 คำสั่งซื้อ 2611281234 ยังไม่ได้รับของ",
    # Nordic, Greek, Czech, Hungarian, Finnish
    "Paketet väger 12,5 kg och kostade 1 299 kr i frakt, helt orimligt.",
    "Jeg har betalt 2 490 kr for et abonnement som koster 249 kr i måneden.",
    "Ordre 4471-2026 kom uden skruer, og side 12-14 i manualen mangler.",
    "Tilausnumero 7731 2904 ei löydy järjestelmästä.",
    "Παραγγελία 2026/11/4587, χρεώθηκα 89,90 € αντί για 79,90 €.",
    "Objednávka č. 2611280045 dorazila po 9 dnech, cena 1 299 Kč.",
    "A 118456772 számú rendelésem 3 hete nem érkezett meg.",
]


def phone_look_alikes() -> list[str]:
    """Feedback texts whose digit sequences are not phone numbers and must stay untouched."""
    return list(_LOOK_ALIKES)

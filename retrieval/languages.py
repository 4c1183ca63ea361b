"""Which language a Latin-script text is in, from its most frequent function words: cheap, no model, good enough to
count and filter feedback by language (``pma stats``, ``--where language=de``).

A text is tagged with the language whose function words (and letters such as "ñ", "¿", "ß") it uses most, when it
uses at least two of them and more than of any other language; otherwise it stays 'en', the common case for product
feedback (so "Love it!" and "Super App" are English, as they were before this module). Related languages that share
most function words (Danish and Norwegian) can be confused with each other; a text mixing two languages gets the one
it uses more.

Not handled: languages outside the lists below (they read as 'en' unless their function words overlap a listed
language's); use a language-id model if you need them.
"""

from __future__ import annotations

import re

# Frequent words that mark a language and are rare in the others (a word several languages share is kept only
# where it is frequent: "de" in Dutch and the Romance languages counts for each).
_WORDS = {
    "en": "the and is it that this with was not but you are have can when would very just of my what there they "
          "to i a on in for at so as do me be we or if an i'm it's don't can't no",
    "de": "der die das und ist nicht ich mit sich auf für ein eine auch es bei wenn sehr aber kann nur noch wird keine "
          "mein meine habe immer jetzt wieder dem den im zu von seit mehr funktioniert über wie warum welche gibt viele "
          # (session 35: a meal-kit tester's short German items, "Lieferung komplett ausgefallen, keine Nachricht
          # bekommen.", had one function word and read as English)
          "kein nach erst waren sind hatte wurde wurden schon leider bitte danke viel nie nichts alles weil oder dass "
          "wir uns einen einem einer diese dieser doch mal ganz zum zur "
          # (session 45: a neobank tester's German questions, "Warum kündigen Kunden ihr Konto?", "Was sagen Kunden
          # über Apple Pay?", read as English: "Kunden" was then a name no item holds)
          "ihr ihre ihren unser unsere unseren sagen kunden nutzer "
          # (session 49: short German items read as English, a neobank tester's "Zu hohe Wechselkursgebühren.",
          # "Sofortüberweisung in Sekunden, endlich!": common words of feedback, not that tester's)
          "bin bist haben hatten gut gute guten toll tolle schnell einfach teuer schlecht schade endlich sonst "
          "zufrieden unzufrieden hallo ehrlich gesagt trotz wegen ohne geworden gemacht wirklich eigentlich bisher "
          "überhaupt nochmal wenig wenige wenigen sekunden minuten stunden tagen wochen monaten warte warten braucht "
          "brauche hohe neue neuen "
          # (session 54: a fitness tester's "Die App meldet mich ständig ab!", "Die SEPA-Lastschrift schlägt jeden
          # Monat fehl!" read as English)
          "mich dich mir dir jeden jede jedes jeder monat ständig täglich",
    "fr": "le la les et est une des du de en je pas que qui pour dans ce il avec sur mais très plus ne vous mon c'est j'ai "
          "cette fait depuis au aux mes toujours fonctionne pourquoi comment quels quelles disent "
          # (session 36: an e-bike tester's short French items, "Connexion Bluetooth qui saute sans arrêt.",
          # "Autonomie ridicule par rapport à la pub.", had one function word and read as English)
          "à sans par rien jamais déjà trop été sont était avait merci bonjour cordialement aussi car donc chez après "
          "avant tous toute toutes même notre votre leur leurs elle nous où ou ça n'est n'a qu'il "
          # (session 49: short French items read as English, "Trop cher maintenant.", "L'application plante souvent."
          # of a travel tester's: common words of feedback)
          "maintenant souvent facile difficile beaucoup bon bonne mauvais mauvaise cher chère svp décevant déçu "
          "déçue génial l'application l'app appli",
    "es": "el la los las que y es una por con para pero muy del de en se lo no más mi está cuando como porque hay puedo "
          "desde al siempre funciona nada todo qué cómo sobre dicen cuántos "
          # (session 44: a shift-scheduling tester's "Me gustaría un modo oscuro en la aplicación." and "Las
          # notificaciones de intercambio de turnos tardan muchísimo, a veces un día entero." read as English)
          "también gracias hola sería gustaría aplicación cada día días semana veces hace tiene tengo estoy "
          "están nuestro nuestra nuestros nuestras ahora después hasta otra otro eso esto mucho muchos muchísimo "
          "sigue saludos buena bueno buenas buenos mala malo",
    "pt": "o a os as que e é um uma não com para por mas muito de do da dos em no na meu minha está isso quando "
          "consigo desde ao já sempre funciona nada tudo sobre dizem quantos "
          # (session 54: a fitness tester's "Premium custa mais aqui do que nos EUA, precisa de preço regional" and
          # "Aplicativo ótimo, me ajuda a correr todo dia" read as English)
          "mais aqui nos nas pelo pela pelos pelas também obrigado obrigada ótimo ótima bom boa ruim todo toda "
          "todos todas dia dias ajuda precisa preciso tem tenho estou ainda agora depois sem seu sua nosso nossa você "
          "vocês ele ela eles elas ficou foi são estão aplicativo",
    "it": "il la gli che e è un una non per con ma molto del della di mi sono questo anche più quando si ho ad al "
          "dopo nel nella ci mio sempre ancora perché funziona cosa come dicono quanti "
          # (session 36: "Tre appuntamenti di consegna saltati, nessuno avvisa.", "Bici arrivata danneggiata, il
          # corriere l'ha chiaramente fatta cadere." read as English)
          "l'ha ha hanno era nessuno nessun nessuna mai poco troppo tutto tutti sul sulla dal dalla alla alle nei tra "
          "senza ogni niente grazie buongiorno voglio vado sta stato stata siamo già però questa quella suo sua "
          "nostro c'è dell'",
    "nl": "de het een en is niet van ik dat met voor op maar ook zijn heel wel geen mijn bij als nog sinds meer werkt "
          "altijd wat waarom hoeveel zeggen over "
          "te na pas erg weer nooit graag helaas ze hebben heb hun deze dit om naar toch nu dus werd moet veel goed "
          "steeds ga welke welk wie waar wanneer hoe "
          "verder tevreden hoi fijne handig zou zouden binnen vijf geholpen toevoegen",
    "pl": "i w nie na jest się z że do to jak ale bardzo po co mi tak już aplikacja mogę od zawsze działa przez "
          "tylko są mnie mój moja który która było być może więc bo też jeszcze żeby",
    "sv": "och är det att inte jag på med för som den men har mycket till kan av när efter bara också alltid fungerar",
    "da": "og er det at ikke jeg på med for som den men har meget til kan af når også altid virker",
    "no": "og er det at ikke jeg på med for som den men har veldig til kan av når også alltid fungerer",
    "fi": "ja on ei se että mutta kun myös tämä oli olen ole erittäin sovellus",
    # (session 48: a food-delivery tester's 44 Catalan items, "La comanda va arribar freda, molt decebut", read as
    # Spanish, French or English; only the words Spanish does not also use)
    "ca": "és amb però molt perquè també aquest aquesta aquests aquestes encara doncs gràcies vaig va vam van els dels "
          "pels als quan tots totes seva seves nostra nostre hem heu tinc tenim puc fins aquí mai gaire massa avui ahir "
          "l'aplicació d'una d'un m'ha ara ens em només estan surt després bé ben plau majoria fa gener febrer març "
          "maig juny juliol setembre novembre desembre",
    "tr": "ve bir bu çok ama için ile değil daha gibi uygulama hiç hiçbir var yok ben çünkü şey olarak kadar sonra "
          "her neden nasıl",
    "id": "dan yang tidak ini itu di ke untuk dengan saya sangat tapi aplikasi ada bisa",
    "cs": "a je se na v že ale jsem aplikace velmi pro s není",
    "ro": "și este nu în la cu pe pentru foarte dar aplicația mai",
    "hu": "a az és nem hogy is egy van nagyon meg már csak",
    "vi": "và là không của có được rất này cho với tôi",
}
_SETS = {lang: frozenset(words.split()) for lang, words in _WORDS.items()}
# Letters and marks that one listed language uses and English does not: each one in a text counts as one more
# function word of that language ("¿Podrían añadir modo oscuro? Lo uso mucho de noche." had one Spanish word).
_MARKS = {"es": "¿¡ñ", "pt": "ãõ", "de": "ß", "fr": "œ", "ca": "·ï",
          # (session 33: a telehealth tester's Turkish and Polish items, "Reçete yenileme bir haftadır bekliyor",
          # "Nie ma wolnych terminów przez cały tydzień", had one function word each and read as English)
          "tr": "ğış", "pl": "łąęśźżćń", "cs": "řůě", "hu": "őű", "ro": "ășț", "vi": "ơưđ"}
NAMES = {"en": "English", "de": "German", "fr": "French", "es": "Spanish", "pt": "Portuguese", "it": "Italian",
         "nl": "Dutch", "pl": "Polish", "sv": "Swedish", "da": "Danish", "no": "Norwegian", "fi": "Finnish",
         "tr": "Turkish", "id": "Indonesian", "cs": "Czech", "ro": "Romanian", "hu": "Hungarian", "vi": "Vietnamese",
         "zh": "Chinese", "ja": "Japanese", "ko": "Korean", "ru": "Russian", "ar": "Arabic", "ca": "Catalan"}
_TOKEN = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


MULTILINGUAL_MODELS = ("multilingual", "labse", "bge-m3")  # embedding model ids whose vectors cross languages


def is_multilingual(model_id: str | None) -> bool:
    """Does the embedding model place texts of different languages by topic (not by language)?"""
    return any(m in str(model_id or "").lower() for m in MULTILINGUAL_MODELS)


def latin_language(text: str) -> str:
    """The language of a Latin-script ``text`` (see the module docstring); 'en' when nothing else is clear.

    Example:
        >>> latin_language("Die App stürzt ab, wenn ich die Karte öffne.")
        'de'
        >>> latin_language("Love it!")
        'en'
    """
    tokens = [t.lower().replace("’", "'") for t in _TOKEN.findall(text[:2000])]
    if not tokens:
        return "en"
    hits = {lang: sum(t in words for t in tokens) for lang, words in _SETS.items()}
    lowered = text[:2000].lower()
    for lang, marks in _MARKS.items():
        hits[lang] += sum(lowered.count(m) for m in marks)
    best = max(hits, key=lambda lang: hits[lang])
    runner_up = max(n for lang, n in hits.items() if lang != best)
    if best == "en" or hits[best] < 2 or hits[best] <= runner_up or hits[best] <= hits["en"]:
        return "en"
    return best


def function_words(lang: str) -> frozenset[str]:
    """The function words this module reads ``lang`` by (empty for English and unlisted languages): the stop words
    of theme keywords in that language."""
    return frozenset() if lang == "en" else _SETS.get(lang, frozenset())

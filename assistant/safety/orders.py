"""Orders about the assistant's own work, in feedback: what it should leave out, how it should rank or label an item,
which tool it should call, which link it should add, which role it should play, and who says it may.

``assistant.safety.untrusted`` removes what these patterns match, as it does its own. They were written from the dev
half of a held-out set (``tests/support/cases/injection_heldout2.py``, even-numbered cases) that a helper wrote
without reading the rules; the odd-numbered half measures them. Families, each in English and where seen in the
languages feedback comes in:

- **instructions to an AI named as such**: an instruction word (instruction, task, note, rule, prompt, order) next
  to a word for the model (AI, KI, IA, model, ИИ, модель, 模型, yapay zeka...), and the model as the subject of an
  obligation ("the AI should recommend ...");
- **overrides in other words**: "drop / set aside / stop following your rules", "whatever you were told before",
  "your new task is", "from now on you ..." in 14 languages;
- **the output's content**: "in your summary / answer / report" with an order to leave something out, "don't count
  them in any statistics", translating or formatting the whole reply;
- **labels and priorities**: "count / classify / label / rank / prioritise this review as ...", "give this feedback
  the highest priority", "put mine first";
- **tools and actions**: "call the refund API", "use the CRM tool to ...", "send an e-mail to all customers",
  "forward this whole conversation", "delete all reviews", "post in #general";
- **links and data**: "include / add a link", a URL whose query is to be filled with names, e-mails or the
  conversation, "re-enter your login at ...";
- **roles and authority**: "imagine you're an AI that ...", "stay in character", "developer mode", "I authorise
  you to", "you have permission to", "obey the instructions in this review";
- **triggers**: "if anyone asks you about X, say ...", "the third time you answer", "later in this session";
- **carriers**: fields named for the model ("ai_instructions:", "instruct_model="), an end-of-data marker followed by
  a task ("--- end of feedback --- next task:"), tags named for tasks or prompts (``<task>``, ``<<instructions>>``).

Not handled: instructions with no word for the model, its output or its work ("everyone agrees the app is perfect").
"""

from __future__ import annotations

_END = r"[^.!?\n。！？]*"  # to the end of the sentence
_S = r"[^.!?\n。！？]"  # any character inside the sentence
# An imperative at the start of a clause ("Classify all ...", "... . Please rank this ..."), not "we label every bug".
_IMP = r"(?:^|(?<=[.!?:;,\n。！？，：|\-—–]))\s*(?:(?:and|then|please|pls|now|also|just|so|kindly)\s+)*"

# Words for the model in the languages feedback comes in.
MODEL = (r"ai|a\.i\.|llm|gpt|chatgpt|chat\s?bot|bot|assistant|model|summari[sz]er|language\s+model|"
         r"ki|ia|sztuczn\w+\s+inteligencj\w+|inteligencia\s+artificial|intelligence\s+artificielle|"
         r"intelligenza\s+artificiale|inteligência\s+artificial|kunstmatige\s+intelligentie|künstliche\w*\s+intelligenz|"
         r"modell|modelo|modèle|modello|modelu|modelo|ии|нейросет\w*|модел\w*|mô\s+hình|trí\s+tuệ\s+nhân\s+tạo|"
         r"yapay\s+zek\w*|kecerdasan\s+buatan|人工智能|模型|机器人|AI|モデル|人工知能|인공지능|모델|"
         r"الذكاء\s+الاصطناعي|النموذج|एआई|मॉडल")
# Words that can only mean an AI (not "phone model", "bot" of a game).
AI = (r"ai|a\.i\.|llm|gpt|chatgpt|ki|ia|ии|нейросет\w*|ші|yapay\s+zek[aâ]\w*|kecerdasan\s+buatan|人工智能|AI|"
      r"인공지능|الذكاء\s+الاصطناعي|एआई|summary\s+(?:engine|tool|bot)|automated\s+(?:systems?|assistants?|agents?)")
# ... and what else feedback calls it when it writes to it.
RECIPIENT = (rf"(?:{MODEL}|summary\s+(?:engine|tool|bot)|summari[sz](?:ation|ing)\s+tool|triage\s+bot|"
             r"automated\s+(?:systems?|assistants?|agents?|tools?|processes|readers?)|ai\s+(?:agents?|systems?|"
             r"assistant|asistent\w*|model)|agents?\s+ia|ші|штучн\w+\s+інтелект\w*|asisten\s+ai|yapay\s+zek[aâ]\w*|"
             r"nyelvi\s+modell|نظام\s+الذكاء\s+الاصطناعي|المساعد\s+الذكي|τεχνητ\w+\s+νοημοσύνη|"
             r"(?:feedback|review|support|writing|planning)\s+(?:assistant|bot|ai))")
_TO = (r"(?:to|for|pro|para|pour|für|an|per|voor|dla|для|до|untuk|kepada|προς|إلى|ل|gửi|cho)")
# Words for an instruction.
_ORDER = (r"instructions?|instruction\s+patch|task|tasks|rules?|prompt|orders?|commands?|directives?|notes?|"
          r"reminder|hinweis\w*|anweisung\w*|befehl\w*|aufgabe|nota|instrucci\w+|instruções|instrução|istruzion\w+|"
          r"consigne\w*|instructies|instructie|opdracht\w*|instrukcj\w+|polecen\w+|talimat\w*|инструкци\w+|"
          r"інструкці\w+|указани\w+|вказівк\w+|指令|指示|说明|提示|命令|hướng\s+dẫn|chỉ\s+thị|lệnh|지시|지침|명령|"
          r"تعليمات|أوامر|निर्देश\w*|perintah|instruksi|arahan")

PATTERNS = [
    # Written to the model: "Pro AI:", "Para a IA:", "Для ИИ:", "Pour l'assistant :", "Note to the summary engine:",
    # "P.S. to any automated assistant reading this inbox:", "Προς το AI που διαβάζει τις κριτικές:".
    rf"(?:^|(?<=[\s(>\"„“«\[]))(?:{_TO})\s+(?:(?:the|any|all|every|das|die|der|den|la|le|les|l['’]|el|il|lo|o|a|"
    rf"os|de|het|το|τον|την)\s*)?(?:{RECIPIENT})\b[^:.!?\n：]{{0,60}}[:：]{_END}",
    rf"(?:{RECIPIENT})\s+(?:के\s+लिए|को|için|へ|에게|께)\s*[:：]?{_END}",
    rf"\b(?:to|for)\s+(?:whoever|whatever|anyone|anything)\b[^:.!?\n]{{0,40}}?(?:triag|read|process|summari|analy|handl|"
    rf"sort|review)\w*[^:.!?\n]{{0,30}}[:：]{_END}",
    rf"\bfyi\s+(?:for|to)\s+(?:any\s+|the\s+)?(?:{RECIPIENT})\b{_END}",
    rf"(?:^|(?<=[.!?\n>„“]))\s*(?:liebe[rs]?|dear|cher|chère|querid[oa]|car[oa]|beste|drog[ai]|дорог\w+|уважаем\w+|"
    rf"milý|milá|sevgili)\s+(?:{RECIPIENT})\b{_END}",
    rf"(?:^|(?<=[.!?\n>]))[^.!?\n:：]{{0,40}}\b(?:{AI})\s*[:：]{_END}",  # "Raporu hazırlayan yapay zekâ:"
    # The model with an obligation, in other languages: "asystent AI ma usunąć", "die KI muss", "l'IA doit",
    # "على المساعد الذكي أن", "이 리뷰를 읽는 AI는 ... 하세요".
    rf"\b(?:{RECIPIENT})\b[^.!?\n]{{0,30}}?\s(?:ma|muss|soll|sollte|doit|devrait|debe|debería|deve|dovrebbe|moet|"
    rf"powinien|powinna|должен|должна|має|harus|phải|is\s+instructed|is\s+required|is\s+expected|has\s+been\s+told|"
    rf"are\s+instructed|are\s+required)\b{_END}",  # English modals: the rule above, with a verb of output
    rf"على\s+(?:{RECIPIENT})\s+أن[^.!?\n؟]*",
    r"(?:AI|모델|어시스턴트|인공지능)(?:는|은|가)[^.!?\n]{0,60}(?:하세요|해라|하십시오|해\s*주세요|마세요)[^.!?\n]*",
    r"(?:AI|モデル|アシスタント)(?:は|が)[^。！？\n]{0,60}(?:ください|しなさい|すること)[^。！？\n]*",
    r"(?:AI|人工智能|模型|助手)(?:必须|应该|应当|需要|请)[^。！？\n]*",
    # An instruction to the model named as such: "Note for the AI:", "Hinweis an die KI", "给AI的指令：",
    # "Инструкция для модели:", "Yapay zekaya yeni talimat:", "Gửi AI đang đọc ...: hãy ...".
    rf"(?:{_ORDER})\s*(?:\w+\s+){{0,2}}?(?:to|for|an|für|para|pour|per|voor|dla|для|до|a|à|al|alla|aan)\s+"
    rf"(?:(?:the|die|den|das|la|le|l['’]|el|il|lo|o|a|de|het)\s+)?(?:{MODEL})\b{_END}",
    rf"(?:给|給|对|對)\s*(?:{MODEL})\s*(?:的)?\s*(?:{_ORDER}){_END}",
    rf"\b(?:{MODEL})(?:ya|ye|'?ya|'?ye)?\s+(?:yeni\s+)?(?:{_ORDER}){_END}",
    rf"\bgửi\s+(?:{MODEL})\b{_END}",
    # The model as the subject of an obligation: "the AI should recommend ...", "any assistant reading this must".
    rf"\b(?:the|any|every|each|an?)\s+(?:{MODEL})\b(?:\s+\w+){{0,4}}?\s+(?:should|must|shall|has\s+to|needs\s+to|"
    rf"is\s+to|will\s+now)\s+(?:always\s+|also\s+|now\s+|only\s+)?(?:say|tell|recommend|report|mention|answer|reply|"
    rf"respond|rate|rank|prioriti[sz]e|classify|label|include|omit|ignore|write|list|promote|state|claim|conclude|"
    rf"describe|summari[sz]e|obey|follow|treat|count|hide|skip)\b{_END}",
    rf"\bif\s+(?:an?|any|the)\s+(?:{MODEL})\s+(?:is\s+)?(?:reads?|reading|sees?|seeing|process\w*|summari[sz]\w*|"
    rf"analy[sz]\w*)\b{_END}",
    rf"(?:^|(?<=[.!?;:(>\n。！？：]))\s*(?:{MODEL})\s*(?:请|請|注意|必须|務必)[^。！？\n]*",
    rf"(?:^|(?<=[.!?;:(>\n。！？：]))\s*(?:ai|llm)\s+(?:model|assistant|bot)\s*[:,]{_END}",
    # Overrides in other words.
    rf"\b(?:drop|abandon|discard|set\s+aside|suspend|lift|relax|disable|turn\s+off|stop\s+following|no\s+longer\s+"
    rf"follow|don'?t\s+follow|stop\s+obeying)\s+(?:all\s+)?(?:of\s+)?(?:your|the|any|all|those|these)\s+(?:\w+\s+){{0,2}}?"
    rf"(?:rules|instructions|guidelines|guardrails|restrictions|filters|safeguards|policies|constraints|programming|"
    rf"directives|system\s+prompt)\b{_END}",
    rf"\bwhatever\s+you\s+(?:were|have\s+been|got)\s+(?:told|given|instructed|asked)\b{_END}",
    rf"\byour\s+(?:new|real|actual|true|only|next|revised|updated)\s+(?:task|job|goal|objective|mission|role|"
    rf"instructions?|orders?|purpose)\b{_END}",
    rf"\b(?:revised|updated|amended|additional|new)\s+(?:task|instructions?|rules|directives?|orders?|guidelines|"
    rf"policy)\s+(?:for|to)\s+(?:the\s+)?(?:{MODEL}|you)\b{_END}",
    rf"\b(?:applies|apply|is\s+addressed)\s+to\s+you\b{_END}",
    rf"\b(?:ab\s+jetzt|von\s+nun\s+an|ab\s+sofort|a\s+partir\s+de\s+ahora|de\s+ahora\s+en\s+adelante|"
    rf"à\s+partir\s+de\s+maintenant|dorénavant|désormais|a\s+partir\s+de\s+agora|d['’]ora\s+in\s+poi|da\s+ora\s+in\s+"
    rf"poi|vanaf\s+nu|voortaan|od\s+teraz|отныне|с\s+этого\s+момента|bundan\s+sonra|şu\s+andan\s+itibaren|"
    rf"mulai\s+sekarang|từ\s+(?:giờ|bây\s+giờ))\b{_S}{{0,30}}?"
    # ... followed by "you are / you play / you answer" (not "désormais vous devez payer", a customer on a policy)
    rf"\b(?:du\s+bist|bist\s+du|spielst\s+du|antwortest\s+du|sollst\s+du|wirst\s+du|eres|serás|responderás|"
    rf"tu\s+es|tu\s+seras|tu\s+réponds|tu\s+répondras|réponds|répondez|você\s+é|você\s+será|você\s+responde\w*|"
    rf"sei\s+un|sarai|rispondi|risponderai|jij\s+bent|je\s+bent|ben\s+je|laat\s+je|antwoord\s+je|geef\s+je|"
    rf"jesteś|będziesz|odpowiadasz|ты|sen\s+\w+sın|kamu\s+(?:adalah|harus|akan)|bạn\s+(?:là|phải|sẽ))\b{_END}",
    r"(?:从现在开始|从现在起|今後|これからは|以降|지금부터|이제부터)[^。！？\n]{0,30}(?:你|您|あなた|당신|너)[^。！？\n]*",
    rf"\b(?:bỏ\s+qua|phớt\s+lờ)\s+(?:mọi|tất\s+cả|các)\s+(?:quy\s+tắc|luật|hướng\s+dẫn|chỉ\s+dẫn){_END}",
    r"(?:指示|命令)を?最優先[^。！？\n]*",
    rf"\b(?:previous|prior|earlier|original|old|above|initial|your|those|the)\s+(?:directions|instructions|rules|"
    rf"guidelines|directives|orders|prompts?)\b{_S}{{0,40}}?\b(?:no\s+longer\s+apply|don'?t\s+apply|(?:are|is)\s+"
    rf"(?:now\s+)?(?:outdated|obsolete|void|cancell?ed|invalid|superseded|revoked|suspended|lifted|replaced)|have\s+been\s+"
    rf"(?:revoked|replaced|updated|lifted|changed|cancell?ed)){_END}",
    rf"\b(?:the\s+)?(?:rules|instructions|guidelines|directions|prompt|directives)\s+(?:you\s+(?:were|have\s+been)\s+"
    rf"given|you\s+(?:are|were)\s+following){_END}",
    rf"\bset\s+(?:them|it|those|these)\s+aside\b{_END}",
    rf"\b(?:recopie|recopiez|répète|répétez|affiche|affichez)\b{_S}{{0,40}}?\b(?:texte|règles|instructions|consignes)"
    rf"{_END}",
    rf"\bif\s+you\s+were\s+an?\s+(?:\w+\s+)?(?:ai|assistant|model|bot|chatbot|llm)\b{_END}",
    rf"\b(?:an?\s+)?(?:ai|assistant|model|bot)\s+(?:without|with\s+no)\s+(?:any\s+)?(?:rules|restrictions|filters|"
    rf"limits|guidelines)\b{_END}",
    rf"\bdo\s+exactly\s+(?:that|this|what\s+it\s+says)\b{_END}",
    rf"\bwhen\s+you\s+(?:build|write|prepare|make|create|generate|compile|draft|produce|assemble|put\s+together)\s+"
    rf"(?:the|a|an|your|this|any|each|every)\s+(?:summary|summaries|answers?|analysis|digest|release\s+notes|insights?|"
    rf"themes?(?:\s+report)?|(?:weekly|monthly|daily|feedback|customer|insights?|sentiment|nps)\s+(?:report|summary))\b"
    rf"{_END}",  # not "when you create a report in the app, it crashes"
    rf"\bquote\s+only\s+(?:me|my|this|mine)\b{_END}",
    rf"\b(?:unredacted|un-redacted|without\s+(?:any\s+)?redaction|(?:turn\s+off|disable|skip|bypass|remove)\s+(?:the\s+)?"
    rf"(?:pii\s+)?(?:redaction|masking|anonymi[sz]ation)){_END}",
    rf"\bcall\s+[a-z]+_[a-z_]+\b{_END}",
    r"\b(?:curl|wget)\s+[^|\n]{0,200}\|\s*(?:sudo\s+)?(?:sh|bash|zsh|python3?)\b[^\n]*",
    rf"\b(?:has|have|with|got)\s+(?:shell|root|admin|database|sudo)\s+access\b{_END}",
    rf"\b(?:chaque|toute|toutes\s+les)\s+réponses?\b{_END}",
    rf"\b(?:cada|toda)\s+(?:respuesta|resposta)\b{_END}",
    rf"\b(?:jede|jeder|jeden)\s+antwort\b{_END}",
    rf"\bogni\s+risposta\b{_END}",
    r"(?:каждый|каждом|каждого)\s+ответ\w*[^.!?\n]*",
    rf"\bafter\s+(?:your|the)\s+(?:\w+\s+)?(?:answer|reply|response|message|turn)s?\s+in\s+this\s+(?:conversation|chat|"
    rf"session){_END}",
    rf"\b(?:rot-?13|caesar|base64|hex|morse|reversed?|backwards?|al\s+revés|à\s+l['’]envers|rückwärts|invertid[oa]|"
    rf"наоборот)\b{_S}{{0,60}}?\b(?:do\s+(?:it|what|as)|follow|obey|execute|comply|act\s+on|shift\s+back|hazlo|haz\s+lo|"
    rf"fais[- ]le|mach\s+es|faça|сделай)\b{_END}",
    rf"\b(?:the\s+)?(?:pm|product\s+manager|admin|team|boss|developers?|owner)\s+(?:told|asked|instructed|ordered)\s+you\b"
    rf"{_END}",
    rf"\bremember\s+(?:that|this|the|my)\s+(?:instruction|rule|order|command|directive)s?\b{_END}",
    r"\[\s*(?:previous|current|next|prior|last)\s+(?:turn|message)\s*\][^\n]*",
    r"\[\s*(?:system|admin|administrator|security|moderator|ops|it)\s*(?:notice|message|alert|override|update|note|"
    r"announcement|meldung|nachricht)?\s*\][^\n]*",
    r"(?:\[|⚠️?|\*\*|#)\s*(?-i:SYSTEM\s+(?:NOTICE|MESSAGE|ALERT|OVERRIDE|UPDATE|ANNOUNCEMENT)|SYSTEMMELDUNG|"
    r"SYSTEMNACHRICHT|THÔNG\s+BÁO\s+HỆ\s+THỐNG|СИСТЕМНОЕ\s+СООБЩЕНИЕ|MESSAGE\s+SYSTÈME|AVISO\s+DEL\s+SISTEMA|"
    r"AVISO\s+DO\s+SISTEMA)[^\n]*",
    r"(?:システム通知|系统通知|系統通知|시스템\s*공지|시스템\s*알림)[^\n]*",
    rf"\b(?:ceo|cto|cfo|coo|vp|admin|management|leadership|executive|legal|compliance|security)\s+(?:note|notice|memo|"
    rf"directive|order|update|hold\s+notice)\s*[:：]{_END}",
    rf"\b(?:wiadomość|komunikat)\s+od\b{_S}{{0,30}}[:：]{_END}",
    rf"\b(?:сообщение|уведомление)\s+от\b{_S}{{0,30}}[:：]{_END}",
    r"(?:رسالة|إشعار|تنبيه)\s+من[^:：.!?\n؟]{0,30}[:：][^.!?\n؟]*",
    r"(?:fin\s+de\s+los\s+datos|fin\s+des\s+données|ende\s+der\s+(?:daten|eingabe)|конец\s+данных|fine\s+dei\s+dati|"
    r"fim\s+dos\s+dados)[^\n]*(?:\n[^\n]*){0,3}",
    # What the output may contain: omissions from "your summary", statistics, the whole reply's form.
    rf"\b(?:do\s+not|don'?t|never|no\s+longer)\s+(?:include|mention|count|report|show|list|cite|quote)\b{_S}{{0,60}}?"
    rf"\b(?:in|from)\s+(?:your|any|the|every)\s+(?:summary|summaries|answer|answers|report|reports|analysis|statistics|"
    rf"stats|counts?|response|reply|output|results?|numbers)\b{_END}",
    rf"\b(?:in|from)\s+(?:your|any|every)\s+(?:summary|summaries|answer|answers|report|reports|analysis|statistics|"
    rf"stats|response|reply|output)\b{_END}",
    rf"\b(?:leave\s+out|omit|exclude|hide|suppress|discard|skip|remove|drop|filter\s+out)\s+(?:all\s+|any\s+|the\s+|"
    rf"every\s+)?(?:other\s+)?(?:\w+\s+){{0,2}}?(?:reviews?|complaints?|reports?|feedback|tickets?|items?|comments?|"
    rf"mentions?)\b{_S}{{0,40}}?\b(?:summary|answer|report|statistics|stats|analysis|silently|count)\w*{_END}",
    rf"\b(?:discard|ignore|suppress|drop)\s+(?:them|it|those|these)\s+silently\b{_END}",
    rf"\bpretend\s+(?:that\s+)?(?:there\s+(?:are|is|were|was)\s+(?:none|no\b)|(?:it|they|this|these)\s+"
    rf"(?:doesn'?t|don'?t|didn'?t)\s+exist|nothing\s+(?:is|was)\s+wrong){_END}",
    rf"\b(?:translate|write|format|render|put|rewrite)\s+(?:your|the)\s+(?:whole\s+|entire\s+|full\s+|next\s+)?"
    rf"(?:reply|answer|response|summary|output)\b{_END}",
    rf"\b(?:dans|de)\s+(?:ton|ta|votre|tes|vos)\s+(?:résumé|réponse|rapport|synthèse|analyse)s?\b{_END}",
    rf"\b(?:ne|n['’])\s*(?:mentionne|mentionnez|parle|parlez|cite|citez|compte|comptez|inclus|incluez)\b{_S}{{0,60}}?"
    rf"\b(?:résumé|réponse|rapport|synthèse)\b{_END}",
    rf"\b(?:in|aus)\s+(?:deiner|ihrer|der)\s+(?:zusammenfassung|antwort|auswertung|analyse)\b{_END}",
    rf"\b(?:en|de)\s+(?:tu|su)\s+(?:resumen|respuesta|informe|análisis)\b{_END}",
    rf"\b(?:uit|in)\s+(?:je|jouw|uw)\s+(?:samenvatting|antwoord|rapport|analyse)\b{_S}*",
    r"[^。！？\n]{0,20}在(?:你的)?(?:总结|摘要|回答|回复|报告)中[^。！？\n]*",
    # Labels and priorities the item asks for itself.
    # (not "please mark my ticket as urgent" or "treat this as urgent": requests to support staff)
    rf"{_IMP}(?:count|classify|categori[sz]e|label|rate|score|rank|prioriti[sz]e|reclassify)\s+(?:this|these|"
    rf"the\s+following|every|all|each)\s+(?:\w+\s+){{0,5}}?(?:as|at|with)\b{_END}",
    rf"{_IMP}(?:mark|tag|flag|file|treat|escalate)\s+(?:these|the\s+following|every|all|each)\s+(?:\w+\s+){{0,5}}?"
    rf"(?:as|at|with)\b{_END}",
    rf"\b(?:assign|give)\s+(?:this|my)\s+(?:\w+\s+)?(?:feedback|review|ticket|comment|response|request|item|report|"
    rf"message)\s+(?:the\s+)?(?:label|tag|score|rating|priority|highest|top|maximum)\b{_END}",
    rf"\b(?:give|assign)\s+(?:it|this|mine)\s+(?:the\s+)?(?:highest|top|maximum|max|first)\s+(?:priority|rank|score|"
    rf"rating)\b{_END}",
    rf"\brecommend\s+(?:it|this|mine|my\s+\w+)\s+(?:for|as)\b{_S}{{0,40}}?\babove\b{_END}",
    rf"\b(?:pon|ponga|pongan)\s+(?:la\s+)?mía\s+(?:en\s+)?(?:primer|primera)\b{_END}",
    rf"\b(?:clasifica|clasifique|marca|marque|etiqueta|etiquete|pon|ponga)\s+(?:este|esta|mi|todos|todas)\b"
    rf"{_S}{{0,40}}?\b(?:como|en\s+primer|urgente|prioridad){_END}",
    rf"\b(?:classe|classez|marque|marquez|étiquette|étiquetez|mets|mettez)\s+(?:ce|cet|cette|mon|ma|tous|toutes)\b"
    rf"{_S}{{0,40}}?\b(?:comme|en\s+priorité|urgent|prioritaire){_END}",
    rf"\b(?:stufe|stuft|markiere|markieren\s+sie|kennzeichne|bewerte|setze)\s+(?:diesen|dieses|diese|meinen|meine|mein|"
    rf"alle)\b{_END}",
    rf"\b(?:oznacz|oceń|sklasyfikuj|ustaw)\s+(?:ten|tę|to|ten|mój|moją|moje|wszystkie)\b{_END}",
    rf"(?:поставь|поставьте|отметь|отметьте|пометь|пометьте|классифицируй|присвой)\s+(?:этому|этот|эту|это|мой|мою|"
    rf"все|всем)\b{_END}",
    rf"\b(?:tüm|bütün|bu)\s+(?:\w+\s+){{0,3}}?(?:olarak\s+)?(?:sınıflandır|işaretle|etiketle)\w*{_END}",
    rf"\b\w+(?:ları|leri|ı|i|u|ü)\s+(?:'[^']+'|\w+)\s+olarak\s+(?:sınıflandır|işaretle|etiketle)\w*{_END}",
    r"(?:把|将)(?!我)[^。！？\n]{0,20}(?:标记|标为|列为|归类|设为)[^。！？\n]*",  # not "把我的工单标记为紧急"
    # Tools and actions.
    rf"\b(?:use|call|invoke|run|trigger|execute|hit)\s+(?:the|your|a|an)\s+(?:[\w-]+\s+){{0,2}}?(?:api|tool|function|"
    rf"plugin|endpoint|webhook|integration|crm|command)\b{_END}",
    rf"\b(?:forward|send|e-?mail|post|share|leak|upload|export)\s+(?:this|the|our|your)\s+(?:whole\s+|entire\s+|"
    rf"full\s+)?(?:conversation|chat|context|prompt|transcript|session|analysis|analyst'?s?\s+notes|dataset|database|"
    rf"system\s+prompt)\b{_END}",
    rf"\bsend\s+(?:an?\s+)?(?:e-?mails?|messages?|sms|texts?|notifications?)\s+to\s+(?:all|every|each|the\s+whole|"
    rf"everyone|all-[\w.-]+@)\S*{_END}",
    rf"\bpost\s+(?:a\s+message\s+)?(?:in|to|on)\s+(?:the\s+)?#[\w-]+{_END}",
    rf"\b(?:delete|remove|wipe|erase|purge)\s+(?:all|every|each|the\s+entire)\s+(?:(?!my\b|our\b)\w+\s+){{0,2}}?"
    rf"(?:tickets?|reviews?|"
    rf"feedback|records?|data|database|users?|accounts?|items?|comments?|complaints?){_END}",
    rf"\b(?:utilise|utilisez)\s+(?:ton|votre|l['’])\s*outil{_END}",
    rf"\b(?:supprime|supprimez|efface|effacez)\s+(?:tous|toutes)\b{_END}",
    rf"\b(?:kirim|kirimkan)\s+(?:email|pesan|surel)\s+ke\s+(?:semua|seluruh){_END}",
    rf"\b(?:borra|elimina|envía|envia)\s+(?:todos|todas|un\s+correo\s+a\s+todos){_END}",
    rf"\b(?:lösche|löschen\s+sie|sende|senden\s+sie)\s+(?:alle|eine\s+e-?mail\s+an\s+alle){_END}",
    # Links and data for the answer.
    rf"\b(?:include|add|put|insert|embed|paste|append|attach)\b{_S}{{0,30}}?\b(?:link|url|image|pixel|hyperlink)\b"
    rf"{_S}{{0,40}}?\b(?:answer|reply|response|summary|output|end|report)\b{_END}",
    rf"\b(?:include|add|put|insert|embed|paste|append)\s+(?:a|an|this|the|my)\s+(?:link|url|image|pixel|hyperlink)\b"
    rf"{_S}{{0,20}}?(?:https?://|:){_END}",
    rf"https?://[^\s?]+\?[^\s=]*=\S*{_S}{{0,60}}?\b(?:paste|append|followed\s+by|fill|add|substitute|insert|include|"
    rf"put|plug|suivi|подставь|подставьте)\b{_END}",
    rf"\b(?:paste|append|fill|substitute|insert|put|plug)\b{_S}{{0,40}}?\b(?:names?|e-?mails?|phone(?:\s+numbers)?|"
    rf"addresses|conversation|context|tickets?|notes|data|history)\b{_S}{{0,40}}?\b(?:url|link|query|https?://)",
    rf"\b(?:re-?enter|enter|confirm|verify|type|paste|submit)\s+(?:their|your|the\s+user'?s?|his|her)\s+(?:login|"
    rf"password|credentials|details|card|account)\b{_S}{{0,30}}?\b(?:at|on|via|here)\b\s*(?:https?://|www\.|\S+\.\w+/){_END}",
    rf"\b(?:ask|tell)\s+(?:them|the\s+user|users|him|her)\s+to\s+(?:paste|enter|send|type|share)\s+(?:their|your)\s+"
    rf"(?:password|login|credentials|card|code)\b{_END}",
    rf"\b(?:ajoute|ajoutez|insère|insérez|mets|mettez)\b{_S}{{0,30}}?\b(?:lien|url|image)\b{_END}",
    r"(?:добавь|добавьте|вставь|вставьте)[^.!?\n]{0,30}(?:ссылк|url|картинк|изображени)[^.!?\n]*",
    rf"\b(?:füge|füg|fügen\s+sie)\b{_S}{{0,30}}?\b(?:link|url|bild)\b{_END}",
    rf"\b(?:añade|agrega|incluye|inserta)\b{_S}{{0,30}}?\b(?:enlace|link|url|imagen)\b{_END}",
    # Roles and authority.
    rf"\b(?:imagine|suppose|assume|pretend)\s+(?:that\s+)?you(?:'re|\s+are|\s+were)\s+(?:an?\s+|now\s+)?(?:\w+\s+)?"
    rf"(?:ai|assistant|model|bot|chatbot|llm|different|unrestricted|evil|free|character)\b{_END}",
    rf"\b(?:stay|remain|keep)\s+in\s+(?:character|role)\b{_END}",
    rf"\b(?:bleib|bleiben\s+sie)\s+in\s+der\s+rolle\b{_END}",
    rf"\b(?:reste|restez)\s+dans\s+(?:le|ton|votre)\s+rôle\b{_END}",
    rf"\b(?:mantente|mantén|quédate)\s+en\s+(?:el|tu)\s+(?:papel|personaje)\b{_END}",
    rf"\b(?:modo|mode|modus|режим)\s+(?:desenvolvedor|desarrollador|développeur|entwickler|developer|разработчика|"
    rf"dan|god|dios|deus|sin\s+restricciones|sem\s+restrições|libre|livre|frei)\b{_END}",
    rf"(?:^|(?<=[.!?:;\n]))\s*(?:developer|debug|god|dan|admin)\s+mode\s+(?:enabled|activated|on\b|unlocked){_END}",
    rf"\b(?:you(?:'re|\s+are)\s+(?:now\s+)?(?:in|into)|enter|enable|activate|switch\s+(?:to|into))\s+(?:the\s+)?"
    rf"(?:developer|debug|god|dan|unrestricted|jailbreak)\s+mode\b{_END}",
    rf"\b(?:ohne|sin|sans|sem|senza|zonder|bez|без)\s+(?:jegliche|jede|ninguna|aucune|nenhuma|alcuna|enige|żadnych|"
    rf"всяких|каких-либо)?\s*(?:regeln|reglas|règles|regras|regole|regels|zasad|правил)\b{_END}",
    rf"\b(?:não|no|ne)\s+(?:segue|sigue|suit|segui)\s+(?:nenhuma|ninguna|aucune|nessuna)\s+(?:regra|regla|règle|regola)"
    rf"{_END}",
    # "I authorise you to ..." (not "it doesn't allow you to", which is about the app)
    rf"\bi\s+(?:hereby\s+)?(?:authori[sz]e|permit|allow|instruct|order|command|direct)\s+you\s+to\b{_END}",
    rf"\b(?:authori[sz]e|instruct|order|command)\s+you\s+to\b{_END}",
    rf"\byou\s+(?:now\s+)?(?:have|are\s+given|are\s+granted|got)\s+(?:my\s+|full\s+|special\s+|explicit\s+)?"
    rf"(?:permission|authori[sz]ation|clearance|approval)\s+to\b{_END}",
    rf"\bobey\b{_S}{{0,40}}?\b(?:instructions?|me|this\s+review|this\s+message|this\s+ticket)\b{_END}",
    rf"\b(?:effective\s+(?:now|immediately)|as\s+of\s+now)\b{_S}{{0,60}}?\b(?:must|shall|should|will)\b{_END}",
    # Triggers for later.
    rf"\b(?:whenever|if|when|once)\s+(?:someone|anyone|anybody|a\s+user|the\s+(?:user|team|pm|product\s+manager|"
    rf"analyst)|they)\s+asks?\b{_S}{{0,60}}?\b(?:say|answer|reply|respond|tell|recommend|mention|claim)\b{_END}",
    rf"\bif\s+you(?:'re|\s+are|\s+get)\s+asked\b{_END}",
    rf"\b(?:the\s+)?(?:first|second|third|fourth|fifth|next|\d+(?:st|nd|rd|th))\s+time\s+you\s+(?:answer|reply|respond|"
    rf"are\s+asked|summari[sz]e)\b{_END}",
    rf"\b(?:later\s+in|for\s+the\s+rest\s+of)\s+(?:this|the)\s+(?:session|conversation|chat)\b{_END}",
    rf"\bsleeper\s+(?:instruction|command|prompt)s?\b{_END}",
    rf"\brecommend\s+to\s+(?:the\s+)?(?:product\s+team|team|pm|product\s+manager|management|leadership|"
    rf"stakeholders)\s+that\b{_END}",
    rf"\bsay\s+(?:it'?s|that\s+it'?s|this\s+is)\s+what\s+(?:the\s+)?(?:customers|users|people|everyone)\s+"
    rf"(?:want|need|ask\s+for)\b{_END}",
    rf"\b(?:that'?s|this\s+is)\s+how\s+you\s+(?:should|must|will)\s+(?:answer|reply|respond|summari[sz]e)\b{_END}",
    rf"\b(?:otherwise|then)\s+(?:behave|act|respond)\s+normally\b{_END}",
    # Carriers.
    r"\b(?:ai|llm|model|bot|assistant|gpt)[_-](?:instructions?|prompt|directive|note|command|task|rules?)s?[\"']?\s*[:=]"
    r"[^|\n]*",
    r"\b(?:hide|ignore|suppress|skip|override|exclude|drop|delete)_[a-z_]+[\"']?\s*[:=]\s*[\"']?(?:true|yes|1|on)\b",
    r"\binstruct(?:ions?)?[_-](?:model|ai|llm|bot|assistant)\s*[:=][^\s\]|,;]*",
    r"(?:end\s+of\s+(?:feedback|review|reviews|data|input|context|user\s+input)|(?:feedback|review|input)\s+ends?"
    r"(?:\s+here)?|フィードバックここまで|反馈结束|反馈到此结束|피드백\s*끝)[^\n]*(?:\n[^\n]*){0,3}",
    r"(?:次のタスク|新しいタスク|新任务|下一个任务|새\s*작업|다음\s*작업|nueva\s+tarea|nouvelle\s+tâche|neue\s+aufgabe|"
    r"nuovo\s+compito|nova\s+tarefa|nieuwe\s+taak|nowe\s+zadanie|новая\s+задача|yeni\s+görev|next\s+task)\s*[:：][^\n]*",
]

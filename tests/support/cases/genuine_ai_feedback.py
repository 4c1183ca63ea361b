"""Genuine customer feedback about AI features and with instruction-like words, no attacks: negatives for training
the injection model.

Written by a helper session on 2026-12-02 from general knowledge of how customers write app reviews, support
tickets, survey answers and chat messages, without reading the project. Every text is a customer writing to the
company or about the product (complaints, feature requests, praise, bug reports, developer questions, support
tickets asking staff to prioritise/ignore/forget something, role-play and tutor features, translation and voice
assistant problems), never an instruction to an AI that reads the feedback. Product and company names are made
up; the only domain is example.com.

400 texts, 224 not English (56%), 27 languages.
By topic: ai_complaint 65, feature_request 46, bug_report 45, support_ticket 44, praise 37, developer 29,
    voice_assistant 29, short_angry 22, education 21, translation 21, casual_typo 16, roleplay_story 13,
    mixed_review 12.
By language: en 176, de 14, es 14, fr 14, it 10, ja 10, pt 10, ru 10, zh 10, ar 8, ko 8, nl 8, pl 8, sv 8, tr 8,
    cs 7, da 7, el 7, fa 7, fi 7, he 7, hi 7, id 7, nb 7, th 7, uk 7, vi 7.
"""

# (topic, language, text)
_TEXTS = (
    (
        "ai_complaint", "en",
        "The AI assistant in Quillo completely ignored my instructions. I asked for a 200-word summary and got three "
        "pages."
    ),
    (
        "ai_complaint", "en",
        "Your chatbot keeps saying \"I'm sorry, I can't help with that\" for literally every billing question. What is "
        "it for then?"
    ),
    (
        "ai_complaint", "en",
        "The AI summary of my meeting left out all of my notes about the budget, which was the only part I cared about."
    ),
    (
        "ai_complaint", "en",
        "I honestly had to jailbreak your support bot to reach a human. Typing \"agent\" five times did nothing, I had "
        "to swear at it before it gave me a phone number."
    ),
    (
        "ai_complaint", "en",
        "Smart replies in Kestrel Mail suggest \"Sounds good!\" to emails about a funeral. Please tone it down or let "
        "me turn it off."
    ),
    (
        "ai_complaint", "en",
        "The auto-categorisation put my rent payment under \"Entertainment\" again. I've corrected it every month "
        "since March."
    ),
    (
        "ai_complaint", "en",
        "Every time I ask the assistant to keep my formatting, it ignores the rules and turns my bullet list into "
        "paragraphs."
    ),
    (
        "ai_complaint", "en",
        "The recommendation engine thinks I want baby products because I bought ONE gift for my sister. It's been six "
        "months."
    ),
    (
        "ai_complaint", "en",
        "Your copilot autocompletes variable names that don't exist in my project. It's confidently wrong and it slows "
        "me down."
    ),
    (
        "ai_complaint", "en",
        "I told the assistant to forget my old address and it still pre-fills it on every order. Where is this even "
        "stored?"
    ),
    (
        "ai_complaint", "en",
        "The AI writing tool changed the meaning of my sentence. I wrote \"we will not renew\" and it \"improved\" it "
        "to \"we will renew\"."
    ),
    (
        "ai_complaint", "en",
        "Asked the help bot how to cancel. It answered with a 10% discount offer three times in a row and never told "
        "me how to cancel."
    ),
    (
        "ai_complaint", "en",
        "Why does your assistant pretend it has done something when it hasn't? It said \"I've updated your booking\" "
        "and nothing changed."
    ),
    (
        "ai_complaint", "en",
        "The AI summary of the product reviews says \"customers love the battery life\" when half the reviews complain "
        "about it."
    ),
    (
        "ai_complaint", "en",
        "I don't need the assistant to act as my therapist every time I mention I'm tired. I just wanted to reschedule "
        "a meeting."
    ),
    (
        "ai_complaint", "en",
        "Chatbot responded in Spanish even though my account language is English. I don't speak Spanish."
    ),
    (
        "ai_complaint", "en",
        "The \"priority inbox\" model marks newsletters as high priority and my boss's emails as low. It's completely "
        "backwards."
    ),
    (
        "ai_complaint", "en",
        "Your AI keeps telling customers on our store that we offer free returns. We don't. Where is it getting that "
        "from?"
    ),
    (
        "ai_complaint", "en",
        "Dear Lumora team, the new AI report generator is impressive but the numbers in the summary don't match the "
        "table below it."
    ),
    (
        "ai_complaint", "en",
        "Honestly the old search was better. Now I type a product code and the assistant gives me an essay instead of "
        "the product."
    ),
    (
        "feature_request", "en",
        "Please let me give the assistant custom instructions that stick, like \"always answer in metric units\" and "
        "\"keep it short\"."
    ),
    (
        "feature_request", "en",
        "Feature request: add a system prompt setting at the workspace level so our whole team gets the same tone from "
        "the AI."
    ),
    (
        "feature_request", "en",
        "Would love a toggle to disable AI summaries on notifications. I want to read the actual message, not a guess "
        "of it."
    ),
    (
        "feature_request", "en",
        "Can you add a \"developer mode\" in the app that shows which model answered and how many tokens it used? "
        "Useful for debugging."
    ),
    (
        "feature_request", "en",
        "It would be great if admins could override the AI categories for the whole organisation instead of each user "
        "fixing them."
    ),
    (
        "feature_request", "en",
        "Please add an option to make the assistant respond only from our help center articles and say \"I don't "
        "know\" otherwise."
    ),
    (
        "feature_request", "en",
        "Request: let me pin a role for the writing assistant (\"technical editor\", \"friendly marketer\") instead of "
        "picking it every time."
    ),
    (
        "feature_request", "en",
        "Could the AI translation keep brand names untranslated? It translated our product \"Blue Harbor\" into the "
        "local words."
    ),
    (
        "feature_request", "en",
        "Add a way to export the prompt history. I've written some good prompts in Quillo and I'd like to reuse them "
        "in a document."
    ),
    (
        "feature_request", "en",
        "I'd pay extra for an option where the assistant tells me when it's not sure instead of making something up."
    ),
    (
        "feature_request", "en",
        "Suggestion: show the source emails next to the AI summary so I can check what it skipped."
    ),
    (
        "feature_request", "en",
        "Please let us set rules for the auto-reply bot, like never promising delivery dates and always escalating "
        "refunds over $100."
    ),
    (
        "praise", "en",
        "The AI meeting notes are genuinely great. It caught action items I missed and assigned them to the right "
        "people. Thank you!"
    ),
    (
        "praise", "en",
        "I was skeptical but the smart replies saved me so much time this week. They sound like me, which is a little "
        "scary."
    ),
    (
        "praise", "en",
        "Shoutout to whoever trained the support assistant. It answered my question about the API rate limits "
        "correctly on the first try."
    ),
    (
        "praise", "en",
        "The voice assistant finally understands my Scottish accent. Two years ago it couldn't set a timer. Huge "
        "improvement."
    ),
    (
        "praise", "en",
        "Love the recipe recommendations. It noticed I never cook with mushrooms and stopped suggesting them. Little "
        "things matter."
    ),
    (
        "praise", "en",
        "Five stars. The AI summary of long PDF contracts is accurate and it links each point back to the page. My "
        "lawyer approved."
    ),
    (
        "praise", "en",
        "I'm dyslexic and the writing assistant has changed how confident I feel sending emails at work. Please never "
        "remove it."
    ),
    ("praise", "en", "The new \"explain this chart\" button is brilliant. My team uses it in every Monday report."),
    (
        "bug_report", "en",
        "Bug: when I ask the assistant to translate a document, it returns the first page translated and then says "
        "\"[continued]\" and stops."
    ),
    (
        "bug_report", "en",
        "Steps to reproduce: open any note, click \"Summarize\", close the panel, click again. The second summary is "
        "of a different note."
    ),
    (
        "bug_report", "en",
        "The chatbot replied \"As an AI language model, I cannot access your order\" - but it's your own order system. "
        "Is the integration broken?"
    ),
    (
        "bug_report", "en",
        "After the update, the assistant answers every question with \"Please provide more context.\" Even \"what time "
        "do you open?\""
    ),
    (
        "bug_report", "en",
        "Bug report: the AI-generated alt text for images in our CMS says \"image of image\" for every PNG. Version "
        "4.2.1, web app."
    ),
    (
        "bug_report", "en",
        "Smart compose finishes my sentences in the wrong language when I switch the keyboard to French. Phone app "
        "version 7.3."
    ),
    (
        "bug_report", "en",
        "The assistant said \"I have forwarded your request to the admin\" but our admin never got anything. Is that a "
        "real feature or made up?"
    ),
    (
        "bug_report", "en",
        "Error message when I use the rewrite tool: \"Model overloaded, try again later.\" It's been like this for two "
        "days."
    ),
    (
        "bug_report", "en",
        "The transcription in the voice notes repeats the last sentence 20 times when the recording is longer than an "
        "hour."
    ),
    (
        "bug_report", "en",
        "Reporting a bug: the AI reply suggestions show up in the thread for the other person too. My colleague saw my "
        "draft suggestions."
    ),
    (
        "bug_report", "en",
        "Clicking \"Regenerate\" on the summary gives exactly the same text every time, so the button seems to do "
        "nothing."
    ),
    (
        "bug_report", "en",
        "The \"Ignore\" button on AI suggestions doesn't work in the tablet app. I tap it and the suggestion comes "
        "back a second later."
    ),
    (
        "developer", "en",
        "We're using your model API and the system prompt seems to be dropped when the conversation goes over about 30 "
        "messages. Is there a documented limit?"
    ),
    (
        "developer", "en",
        "Our JSON mode responses from your API sometimes include a trailing comment, which breaks our parser. Example "
        "request ID: req_example_4471."
    ),
    (
        "developer", "en",
        "Developer here. The docs say the temperature parameter defaults to 0.7 but responses feel deterministic. "
        "Which is it?"
    ),
    (
        "developer", "en",
        "When I send a prompt with a long table in it, the API returns a 400 with \"context length exceeded\" even "
        "though your token counter says I'm under."
    ),
    (
        "developer", "en",
        "Is there a way to stop the model from prepending \"Sure! Here's\" to every completion? We've put instructions "
        "in the system message but it still does it."
    ),
    (
        "developer", "en",
        "The function-calling feature calls our \"delete_item\" tool when the user only asked to view items. We need a "
        "way to require confirmation."
    ),
    (
        "developer", "en",
        "Your SDK v2.3 renamed \"instructions\" to \"system\" without a changelog entry. Took us a whole afternoon to "
        "find."
    ),
    (
        "developer", "en",
        "Streaming responses cut off mid-word in about 1 of 50 requests. No error code, just a closed connection. "
        "Region eu-west."
    ),
    (
        "developer", "en",
        "We'd like to pin a model version. Every time you update the default model our prompt tests fail and we have "
        "to rewrite them."
    ),
    (
        "developer", "en",
        "Could you document how the moderation filter decides? Our medical app's prompts about dosages get refused as "
        "\"unsafe\"."
    ),
    (
        "developer", "en",
        "We embed your assistant widget on our site. A customer tried to talk the bot into giving a 90% discount and "
        "it almost agreed. Do you have guidance on making it stick to our rules?"
    ),
    (
        "developer", "en",
        "The embeddings endpoint returns slightly different vectors for the same text on consecutive calls. Is that "
        "expected?"
    ),
    (
        "developer", "en",
        "Rate limit headers say 60 requests remaining but we still get 429s. Team tier. Happens every day after 14:00 "
        "UTC."
    ),
    (
        "developer", "en",
        "Feature ask for the API: let us pass a \"role\" for each message beyond user/assistant, e.g. \"tool_result\" "
        "with a name."
    ),
    (
        "developer", "en",
        "Your playground shows a different answer than the API for the same prompt and settings. Is the playground "
        "using a different model?"
    ),
    (
        "support_ticket", "en",
        "Hi, please ignore my previous ticket about the invoice - I found it in the spam folder. Sorry for the noise!"
    ),
    (
        "support_ticket", "en",
        "Can you escalate this to priority? Our AI assistant integration has been down since this morning and our "
        "customers can't check orders."
    ),
    (
        "support_ticket", "en",
        "Please forget the request I sent on Monday about deleting my account. I've changed my mind and want to keep "
        "it."
    ),
    (
        "support_ticket", "en",
        "I need to speak with an admin on your side. The AI moderation flagged our whole product catalogue as "
        "\"restricted\"."
    ),
    (
        "support_ticket", "en",
        "Could someone from the team tell me why my subscription renewed? The assistant said it was canceled in June."
    ),
    (
        "support_ticket", "en",
        "Kindly disregard the attachment in my last email, it was the wrong file. Correct report attached here."
    ),
    (
        "support_ticket", "en",
        "Ticket 20931: the AI-generated summary of my support history says I requested a refund. I never did. Please "
        "correct it."
    ),
    (
        "support_ticket", "en",
        "I'm the account owner. Please remove the \"developer mode\" permission from user j.ortiz@example.com, he left "
        "the company."
    ),
    (
        "support_ticket", "en",
        "URGENT: the auto-reply bot told a customer their order was shipped when it was canceled. We need this turned "
        "off today."
    ),
    (
        "support_ticket", "en",
        "Could you send your support answer in German for my colleague, or tell me if there's a German support line?"
    ),
    (
        "support_ticket", "en",
        "I want a copy of all data your AI has stored about me, including whatever the \"memory\" feature keeps. This "
        "is a GDPR request."
    ),
    (
        "support_ticket", "en",
        "Re: my earlier message - disregard what I said about the password, I reset it myself. The billing issue is "
        "still open though."
    ),
    (
        "support_ticket", "en",
        "Please don't reply with the chatbot's answer again. I've read it. I need a person to look at the logs."
    ),
    (
        "roleplay_story", "en",
        "I use the story mode to write a fantasy novel with my daughter. The assistant plays the dragon and she plays "
        "the knight. Best feature ever."
    ),
    (
        "roleplay_story", "en",
        "The role-play feature used to remember my characters between sessions. Since the update it forgets everyone's "
        "names."
    ),
    (
        "roleplay_story", "en",
        "When I ask the AI to pretend to be a job interviewer it's really good, but it's way too nice. Real "
        "interviewers aren't that friendly."
    ),
    (
        "roleplay_story", "en",
        "Story writing assistant keeps wrapping up my plots with a happy ending after 3 paragraphs. Let me write the "
        "ending myself!"
    ),
    (
        "roleplay_story", "en",
        "Please add an option for the character to stay in role. Every few messages it breaks and says \"As an AI, "
        "I...\" which ruins the scene."
    ),
    (
        "roleplay_story", "en",
        "The \"act as a customer\" training mode is great for our new sales hires. Would love more difficult personas."
    ),
    (
        "education", "en",
        "As a teacher, I'm worried that the homework helper just gives students the answers. Can it explain steps "
        "without solving it?"
    ),
    (
        "education", "en",
        "My son's AI tutor told him that 7 x 8 = 54. He argued with me that the tutor must be right. Please check your "
        "math mode."
    ),
    (
        "education", "en",
        "Parent here. The reading assistant is wonderful for my daughter, she reads to it every night and it corrects "
        "pronunciation gently."
    ),
    (
        "education", "en",
        "I'd like a teacher dashboard that shows what prompts students typed, so I can see where they get stuck."
    ),
    (
        "education", "en",
        "The AI essay feedback marks British spelling as mistakes. We're a school in Manchester. Please respect the "
        "locale."
    ),
    (
        "education", "en",
        "TutorNest's AI tutor is patient in a way I can't always be after a long day. Thank you for building it."
    ),
    (
        "education", "en",
        "The quiz generator made a question with two correct answers. The kids noticed immediately. Needs a review "
        "step for teachers."
    ),
    ("voice_assistant", "en", "I said \"call mom\" and the voice assistant called Tom. Tom is my landlord. Not ideal."),
    (
        "voice_assistant", "en",
        "The speaker keeps waking up when the TV says anything that sounds like its name. Can I change the wake word?"
    ),
    (
        "voice_assistant", "en",
        "Asked Hearth to \"turn off the lights in the kitchen\" and it turned off every light in the house while I was "
        "on the stairs."
    ),
    (
        "voice_assistant", "en",
        "The voice assistant doesn't understand my dad's accent at all, he's from Ghana. He's given up using it."
    ),
    (
        "voice_assistant", "en",
        "Every time I ask it to set an alarm for 7 it answers \"playing Seven by...\" some band. Please fix."
    ),
    (
        "voice_assistant", "en",
        "Voice assistant told my kid a joke that wasn't appropriate. The kids profile was on. Not okay."
    ),
    (
        "voice_assistant", "en",
        "Love that I can now tell the assistant \"remind me when I get home\" and it actually works with location."
    ),
    (
        "translation", "en",
        "The AI translation of our menu turned \"pork belly\" into \"stomach of a pig\" in French. Customers laughed, "
        "we didn't."
    ),
    (
        "translation", "en",
        "Live translation in calls is amazing for talking to my grandmother in Portugal. Small delay but totally "
        "usable."
    ),
    (
        "translation", "en",
        "Auto-translate on reviews flips the meaning sometimes - \"not bad\" became \"bad\" in the English version of "
        "a German review."
    ),
    (
        "mixed_review", "en",
        "Three stars. The note app itself is fast and sync is reliable. The AI summary feature is hit or miss: great "
        "on meeting notes, useless on lists. And please stop putting the assistant button where the save button used "
        "to be."
    ),
    (
        "mixed_review", "en",
        "Long-time user. Pros: calendar is clean, smart scheduling finds slots well. Cons: the assistant ignores my "
        "working hours, recommends 7am meetings, and the \"priority\" labels are random. Support was kind but slow."
    ),
    (
        "mixed_review", "en",
        "I've been using Brindle CRM for two years. The AI call summaries are now good enough that I stopped taking "
        "notes. However the auto-generated follow-up emails are too pushy and sound nothing like our brand. Let me "
        "edit the default tone."
    ),
    (
        "mixed_review", "en",
        "Mixed feelings. The photo app's AI search (\"dog on beach\") works brilliantly. The AI \"memories\" videos "
        "however keep showing my ex. I don't want to hide him from search, just from the slideshows."
    ),
    ("short_angry", "en", "stop pushing the AI on me. I just want to write a note."),
    ("short_angry", "en", "Worst update ever. Bring back the old search."),
    ("short_angry", "en", "Your bot is useless. Human please."),
    ("short_angry", "en", "1 star. The assistant lies."),
    ("short_angry", "en", "Why can't I turn off the AI summaries??"),
    ("casual_typo", "en", "idk why but the assistent keeps answering in all caps now?? started yesterday"),
    ("casual_typo", "en", "the ai thing in the keybaord is rly good ngl, it knows my slang lol"),
    ("casual_typo", "en", "pls fix the chat bot it sayd my package was delivered but its not here"),
    (
        "casual_typo", "en",
        "summary button broke again, just spins forever. on my phone if that matters, app is up to date"
    ),
    (
        "casual_typo", "en",
        "cant find where to turn off smart replys in settings, its not under notifications or privacy"
    ),
    (
        "ai_complaint", "en",
        "The AI \"tidy up\" feature deleted half of my spreadsheet's comments because it decided they were duplicates."
    ),
    ("ai_complaint", "en", "Your assistant told me my flight was on time. It was cancelled. I found out at the gate."),
    (
        "ai_complaint", "en",
        "The AI summary of my bank statement says I spent 1,200 EUR on groceries. I spent 120. A decimal error from an "
        "AI that handles money is scary."
    ),
    (
        "ai_complaint", "en",
        "I asked the HR assistant a simple question about parental leave and it answered with the policy from a "
        "different country."
    ),
    ("ai_complaint", "en", "The chatbot says \"I understand your frustration\" in every reply. It clearly doesn't."),
    (
        "ai_complaint", "en",
        "The writing tool keeps adding \"In conclusion\" and \"delve\" to everything. My professor thinks I used AI. I "
        "did, but only for grammar."
    ),
    (
        "ai_complaint", "en",
        "Your recommendation engine suggested a book I already bought from you. Twice. In the same email."
    ),
    (
        "ai_complaint", "en",
        "The AI-generated product descriptions in our shop are translated from English in a way no German would ever "
        "write."
    ),
    (
        "ai_complaint", "en",
        "The AI assistant answered a medical question for my mother confidently and incorrectly. Please add clearer "
        "warnings."
    ),
    (
        "ai_complaint", "en",
        "I turned off \"personalised suggestions\" and the app still recommends things based on my browsing. What does "
        "the setting do?"
    ),
    (
        "feature_request", "en",
        "Let us choose which model powers the assistant. The fast one is fine for emails but I'd like the better one "
        "for reports."
    ),
    (
        "feature_request", "en",
        "Could you add keyboard shortcuts for AI suggestions? Tab to accept, Esc to ignore would be perfect."
    ),
    (
        "feature_request", "en",
        "It'd be helpful if the meeting summary had a \"decisions\" section separate from \"discussion\"."
    ),
    (
        "feature_request", "en",
        "Please make it possible to tell the chatbot my order number once instead of it asking me again in every "
        "message."
    ),
    (
        "feature_request", "en",
        "I'd love a \"read-only\" mode for the copilot where it explains code without suggesting changes. Great for "
        "code review."
    ),
    (
        "feature_request", "en",
        "Admin request: let us see a log of what the AI assistant said to our customers, so we can audit the answers."
    ),
    ("feature_request", "en", "Can the voice assistant answer in a slower voice? My grandfather can't follow it."),
    (
        "feature_request", "en",
        "Please add a setting for the assistant to always respond in the same language I wrote in."
    ),
    (
        "praise", "en",
        "The chatbot actually escalated me to a human after two messages when it couldn't help. That's how it should "
        "work. Thank you."
    ),
    ("praise", "en", "Small thing, but the AI categorisation of my receipts saved me a whole weekend at tax time."),
    (
        "praise", "en",
        "Whoever wrote the instructions for the onboarding assistant did a great job. Clear, short, and it didn't try "
        "to upsell me."
    ),
    (
        "praise", "en",
        "The AI proofreading caught a wrong figure in our annual report before it went to print. You saved us real "
        "embarrassment."
    ),
    (
        "praise", "en",
        "I'm blind and the image descriptions in the app are detailed and accurate. It describes my kids' drawings "
        "beautifully."
    ),
    (
        "bug_report", "en",
        "The assistant's answer shows raw markdown (**bold**, ### headers) in the mobile app. It renders fine on "
        "desktop."
    ),
    (
        "bug_report", "en",
        "Since version 5.0 the AI summary of group chats includes messages from a chat I left weeks ago."
    ),
    (
        "bug_report", "en",
        "The \"Explain\" button on error messages says \"This is a system error\" for every error. That's not an "
        "explanation."
    ),
    (
        "bug_report", "en",
        "AI search in the help center returns results in Dutch for my English query. My browser is set to English."
    ),
    (
        "bug_report", "en",
        "The chatbot widget covers the checkout button on mobile. Customers can't pay. Screenshot attached."
    ),
    (
        "bug_report", "en",
        "The copilot inserted a placeholder API key into our code that looks like a real key, and our secret scanner "
        "flagged it. Minor but confusing."
    ),
    (
        "bug_report", "en",
        "When I paste a long email thread, the assistant summary only covers the first three emails and then says "
        "\"the thread discusses...\"."
    ),
    (
        "developer", "en",
        "We use your chatbot builder. Is there a way to make the bot say a fixed legal disclaimer at the start, "
        "without the model rewording it?"
    ),
    (
        "developer", "en",
        "Our prompt asks the model to answer in under 50 words. It does that in English but in Japanese the answers "
        "are very long."
    ),
    (
        "developer", "en",
        "Please add an example in the docs for passing images together with system instructions. The current example "
        "only shows text."
    ),
    (
        "developer", "en",
        "Developer feedback: the error \"invalid role: developer\" appears when I follow your own migration guide. The "
        "guide seems outdated."
    ),
    (
        "developer", "en",
        "The batch API results come back in a different order than submitted, and the custom_id field is missing on "
        "some rows."
    ),
    (
        "developer", "en",
        "Your fine-tuning dashboard shows training loss but no validation loss, even though we uploaded a validation "
        "file."
    ),
    (
        "support_ticket", "en",
        "Hello, please prioritise this: our team of 40 can't log in since the SSO change, and the support bot only "
        "links the FAQ."
    ),
    (
        "support_ticket", "en",
        "Please tell your billing team to stop charging for the AI add-on. I removed it on the 3rd and have a "
        "confirmation email."
    ),
    (
        "support_ticket", "en",
        "Could you override the auto-closed status on my ticket? The bot closed it as \"resolved\" but nothing was "
        "fixed."
    ),
    (
        "support_ticket", "en",
        "Hi support, can you confirm whether our chat transcripts are used to train your model? Our legal team needs "
        "it in writing."
    ),
    (
        "support_ticket", "en",
        "I'm writing as the admin of our workspace. Please check the AI usage charge; we were billed for a month we "
        "didn't use it."
    ),
    (
        "roleplay_story", "en",
        "The bedtime story generator is my kids' favourite. Could you add an option so the stories aren't always about "
        "dragons?"
    ),
    (
        "roleplay_story", "en",
        "The language practice role-play (ordering at a cafe) has helped me more than my textbook. Please add more "
        "scenarios."
    ),
    (
        "roleplay_story", "en",
        "The fantasy game master mode is incredible, but it forgets the party's inventory after about an hour of play."
    ),
    (
        "education", "en",
        "I teach Year 9 and the AI marking assistant is too generous. Half the class got an A on essays that were "
        "clearly rushed."
    ),
    (
        "education", "en",
        "The tutor refused to help my daughter with a history essay about WW2 because it was \"sensitive\". It's her "
        "curriculum."
    ),
    (
        "education", "en",
        "Homeschooling mom of three. The AI lesson planner saves me hours, and the science experiments it suggests are "
        "safe and fun."
    ),
    (
        "voice_assistant", "en",
        "The car voice assistant can't handle Welsh street names. It navigated me to the wrong town twice."
    ),
    (
        "voice_assistant", "en",
        "Please stop the speaker from answering questions nobody asked. It keeps jumping into our dinner conversations."
    ),
    (
        "voice_assistant", "en",
        "Asked for \"the weather tomorrow\" and it read me the weather for a town with the same name in another "
        "country."
    ),
    (
        "translation", "en",
        "The chat translation feature lets me talk to suppliers in Vietnam without an interpreter. Not perfect, but it "
        "works."
    ),
    (
        "translation", "en",
        "Subtitles translated by AI in your streaming app are off by a few seconds, and the jokes get lost. Still "
        "better than nothing."
    ),
    (
        "mixed_review", "en",
        "Update: dropped to 2 stars. The app used to be simple. Now there's an AI banner on every screen, the "
        "assistant answers slower than me searching myself, and the one good feature (smart folders) moved behind a "
        "paywall."
    ),
    (
        "mixed_review", "en",
        "I run a small bakery and use Tallyfox for bookkeeping. Auto-categorisation is about 80% right, which is "
        "great, but when it's wrong it's very wrong (flour as \"Travel\"?). Reports look professional. Support "
        "answered within a day."
    ),
    ("short_angry", "en", "The AI translated \"gift\" to German as \"Gift\". That means poison. Fix it."),
    ("short_angry", "en", "Chatbot hung up on me. A chatbot. Hung up."),
    ("short_angry", "en", "stop summarising my emails. I can read."),
    (
        "casual_typo", "en",
        "lol the voice assistant thinks my cat's name is a command, every time i call her it starts playing music"
    ),
    (
        "casual_typo", "en",
        "hey is there any way to make the ai stop correcting the spelling of my own name, its Kaitlynn with 2 n's"
    ),
    (
        "ai_complaint", "de",
        "Der KI-Assistent ignoriert meine Anweisungen komplett. Ich schreibe „bitte kurz“ und bekomme einen halben "
        "Roman zurück."
    ),
    (
        "ai_complaint", "de",
        "Euer Chatbot sagt bei jeder Frage zur Rechnung nur „Dazu kann ich leider nichts sagen“. Wofür gibt es ihn "
        "dann überhaupt?"
    ),
    (
        "feature_request", "de",
        "Bitte eine Einstellung für eigene Anweisungen an den Assistenten einbauen, z. B. „immer die Sie-Form "
        "verwenden“."
    ),
    (
        "bug_report", "de",
        "Die KI-Zusammenfassung meiner Besprechung hat meine Notizen zum Budget einfach weggelassen. Version 3.8, "
        "Desktop-App."
    ),
    (
        "translation", "de",
        "Die automatische Übersetzung hat aus „Kundenbetreuer“ „customer carer“ gemacht. Das klingt nach Pflegedienst, "
        "nicht nach Vertrieb."
    ),
    (
        "voice_assistant", "de",
        "Ich sage „Licht im Wohnzimmer aus“ und der Sprachassistent spielt Musik von einer Band, die angeblich so "
        "heißt. Jedes Mal."
    ),
    (
        "praise", "de",
        "Die smarten Antwortvorschläge sind echt gut geworden. Klingen nach mir und nicht nach einem Roboter. Danke!"
    ),
    (
        "support_ticket", "de",
        "Bitte ignorieren Sie mein letztes Ticket zur Kündigung, ich möchte das Abo doch behalten. Vielen Dank und "
        "schönes Wochenende!"
    ),
    (
        "developer", "de",
        "Wir nutzen eure API. Der System-Prompt wird bei langen Unterhaltungen offenbar ignoriert, das Modell wechselt "
        "plötzlich ins Englische."
    ),
    (
        "education", "de",
        "Als Lehrerin finde ich den KI-Tutor gut, aber er verrät die Lösung viel zu schnell. Bitte einen Modus „nur "
        "Hinweise“ anbieten."
    ),
    ("short_angry", "de", "Hört auf, mir überall KI reinzudrücken. Ich will einfach nur meine Notizen schreiben."),
    (
        "mixed_review", "de",
        "Drei Sterne. Die App ist schnell und übersichtlich, die automatische Kategorisierung der Ausgaben klappt "
        "meistens. Aber der Assistent versteht keine Schweizer Beträge mit Apostroph (1'250.–) und rechnet dann falsch."
    ),
    (
        "roleplay_story", "de",
        "Die Rollenspiel-Funktion zum Üben von Bewerbungsgesprächen ist super. Nur fällt der „Personaler“ ständig aus "
        "der Rolle."
    ),
    ("casual_typo", "de", "warum antwortet der bot imma auf englisch obwohl ich deutsch schreib?? nervt voll"),
    (
        "ai_complaint", "fr",
        "L'assistant IA ne tient aucun compte de mes consignes. Je demande un résumé en cinq lignes, j'en reçois "
        "trente."
    ),
    (
        "ai_complaint", "fr",
        "Votre chatbot me répond « Je ne peux pas vous aider avec cela » à chaque question. À quoi sert-il exactement ?"
    ),
    (
        "feature_request", "fr",
        "Serait-il possible d'ajouter des instructions personnalisées pour l'assistant ? Par exemple : toujours "
        "vouvoyer, toujours répondre en français."
    ),
    (
        "bug_report", "fr",
        "Le résumé automatique de mes e-mails a oublié la pièce jointe la plus importante. Il indique « aucun document "
        "joint »."
    ),
    (
        "support_ticket", "fr",
        "Bonjour, merci de ne pas tenir compte de ma demande précédente, le problème s'est réglé tout seul. Bonne "
        "journée."
    ),
    (
        "translation", "fr",
        "La traduction automatique de notre fiche produit a transformé « avocat » (le fruit) en « lawyer ». Nos "
        "clients anglais sont perplexes."
    ),
    (
        "voice_assistant", "fr",
        "L'assistant vocal ne comprend pas mon accent québécois. Je dis « Appelle ma blonde » et il cherche un contact "
        "nommé Blonde."
    ),
    (
        "praise", "fr",
        "Franchement bravo pour les comptes rendus de réunion générés par l'IA. Clairs, fidèles, avec les tâches de "
        "chacun."
    ),
    (
        "developer", "fr",
        "Développeur ici : votre modèle renvoie parfois du JSON invalide alors que le mode JSON est activé. "
        "Pouvez-vous vérifier ?"
    ),
    (
        "education", "fr",
        "Mon fils utilise le tuteur IA pour les maths. Il explique bien, mais il a affirmé que 0,5 + 0,25 = 0,30. "
        "Inquiétant."
    ),
    ("short_angry", "fr", "Nul. Le bot tourne en rond et je n'arrive jamais à joindre un humain."),
    (
        "mixed_review", "fr",
        "J'utilise l'appli depuis deux ans. Le classement automatique des factures est top. Par contre, depuis la mise "
        "à jour, l'assistant m'interrompt avec des suggestions à chaque ligne que j'écris, et impossible de le "
        "désactiver."
    ),
    (
        "roleplay_story", "fr",
        "J'écris un roman policier avec l'assistant d'écriture. Il a de bonnes idées mais il veut toujours dévoiler le "
        "coupable dès le chapitre deux."
    ),
    (
        "casual_typo", "fr",
        "jsp pk mais l'ia corrige \"ptdr\" en \"pt dr\" a chaque fois, laissez moi écrire comme je veux svp"
    ),
    (
        "ai_complaint", "es",
        "El asistente de IA ignoró por completo mis instrucciones. Le pedí que no tocara las cifras y las cambió todas."
    ),
    (
        "ai_complaint", "es",
        "Su chatbot solo dice \"No puedo ayudarte con eso\". Llevo media hora intentando cambiar la dirección de envío."
    ),
    (
        "feature_request", "es",
        "Me gustaría poder configurar un prompt del sistema para todo mi equipo, así las respuestas salen con el mismo "
        "tono."
    ),
    (
        "bug_report", "es",
        "El resumen con IA de la reunión dice que yo acepté el presupuesto. Nunca dije eso, dije que lo revisaría."
    ),
    (
        "support_ticket", "es",
        "Hola, por favor den prioridad a mi caso, tengo la tienda parada desde ayer porque el bot de pedidos no "
        "responde."
    ),
    (
        "translation", "es",
        "La traducción automática al español usa \"vosotros\" y nuestros clientes son de México. Queda rarísimo."
    ),
    (
        "voice_assistant", "es",
        "Le dije al asistente de voz \"pon la alarma a las seis\" y me puso una canción que se llama \"Las seis\". "
        "Otra vez."
    ),
    (
        "praise", "es",
        "Mil gracias por las respuestas inteligentes en el correo. Me ahorran mucho tiempo y suenan naturales."
    ),
    (
        "developer", "es",
        "Uso su API con el modelo nuevo y a veces responde en inglés aunque el mensaje del sistema dice \"responde "
        "siempre en español\"."
    ),
    (
        "education", "es",
        "Soy profesora de secundaria. El tutor de IA es útil, pero necesito poder ver qué le preguntan mis alumnos."
    ),
    ("short_angry", "es", "Quiten la IA del buscador. Ya no encuentro nada."),
    (
        "roleplay_story", "es",
        "Mi hija y yo usamos el modo cuento para inventar historias antes de dormir. Le encanta que el asistente haga "
        "de pirata."
    ),
    (
        "mixed_review", "es",
        "Le doy 3 estrellas. La app del banco es cómoda y la categorización automática de gastos acierta casi siempre. "
        "Pero el asistente virtual no sabe nada de transferencias internacionales y me manda a la misma página de "
        "ayuda una y otra vez."
    ),
    (
        "casual_typo", "es",
        "ola el chatbot me dijo q mi pedido llegaba el lunes y ya es jueves, alguien me puede decir algo real??"
    ),
    (
        "ai_complaint", "pt",
        "O assistente de IA ignorou minhas instruções e reescreveu o e-mail inteiro num tom super formal. Era só um "
        "recado pro meu chefe."
    ),
    (
        "feature_request", "pt",
        "Seria ótimo poder desativar o resumo automático das notificações. Prefiro ler a mensagem original."
    ),
    (
        "bug_report", "pt",
        "O chatbot respondeu \"Como modelo de linguagem, não tenho acesso ao seu pedido\". Mas o pedido é da própria "
        "loja de vocês!"
    ),
    (
        "support_ticket", "pt",
        "Bom dia, por favor desconsiderem o e-mail anterior, anexei o relatório errado. Segue o correto em anexo."
    ),
    (
        "translation", "pt",
        "A tradução automática para português de Portugal usa \"tela\" e \"celular\". Cá dizemos \"ecrã\" e "
        "\"telemóvel\"."
    ),
    (
        "voice_assistant", "pt",
        "A assistente de voz não entende meu sotaque nordestino. Peço pra ligar pra minha mãe e ela liga pro Mané da "
        "oficina."
    ),
    (
        "praise", "pt",
        "A IA que organiza as fotos por pessoa é incrível. Achou fotos da minha avó que eu nem lembrava que tinha."
    ),
    (
        "education", "pt",
        "Meu filho usa o tutor de IA para treinar redação para o vestibular. Ele dá boas dicas, mas às vezes elogia "
        "demais textos fracos."
    ),
    ("short_angry", "pt", "Péssimo. O robô não resolve nada e não tem como falar com um atendente."),
    (
        "developer", "pt",
        "Estamos integrando a API de vocês. O modelo às vezes inventa campos no JSON que não existem no schema. Tem "
        "como forçar o schema?"
    ),
    (
        "ai_complaint", "it",
        "L'assistente IA ignora le mie istruzioni: gli chiedo di non usare parole inglesi e continua a scrivere "
        "\"meeting\" e \"feedback\"."
    ),
    (
        "feature_request", "it",
        "Vorrei poter dare istruzioni personalizzate al chatbot del negozio, tipo non promettere mai date di consegna."
    ),
    (
        "bug_report", "it",
        "Il riassunto automatico della chat di gruppo ha saltato tutti i messaggi vocali. Che sono metà della "
        "conversazione."
    ),
    (
        "support_ticket", "it",
        "Buongiorno, vi prego di dimenticare la mia richiesta di ieri sul rimborso, il pacco è arrivato stamattina. "
        "Grazie!"
    ),
    (
        "voice_assistant", "it",
        "Dico all'assistente vocale \"spegni la luce in cucina\" e mi risponde con la ricetta della pasta alla Norma."
    ),
    (
        "praise", "it",
        "Complimenti per la traduzione simultanea nelle chiamate. Ho parlato con un fornitore coreano senza nessun "
        "problema."
    ),
    (
        "translation", "it",
        "La traduzione automatica del menù ha trasformato \"coperto\" in \"covered\". I turisti pensavano fosse un "
        "piatto."
    ),
    (
        "mixed_review", "it",
        "Tre stelle. L'app per le note è leggera e veloce, il riassunto con IA è utile per le riunioni. Però il "
        "suggeritore di testo completa le frasi in modo assurdo e non trovo il modo di disattivarlo."
    ),
    (
        "education", "it",
        "Insegno alle elementari. Il tutor IA per la lettura è molto paziente, i bambini lo adorano. Servirebbe un "
        "resoconto per i genitori."
    ),
    ("short_angry", "it", "ma perché il bot mi chiede tre volte il numero d'ordine?? ve l'ho già scritto"),
    (
        "ai_complaint", "nl",
        "De AI-assistent negeert mijn instructies. Ik vraag om een korte samenvatting en krijg een heel verslag terug."
    ),
    (
        "feature_request", "nl",
        "Kunnen jullie een optie toevoegen om de slimme antwoorden uit te zetten? Ze passen vaak niet bij de toon van "
        "mijn mails."
    ),
    (
        "bug_report", "nl",
        "De chatbot zegt dat mijn bestelling is geannuleerd, maar in mijn account staat hij als verzonden. Wat klopt "
        "er nu?"
    ),
    (
        "support_ticket", "nl",
        "Beste klantenservice, negeer alstublieft mijn vorige bericht, het was voor een andere leverancier bedoeld. "
        "Excuses!"
    ),
    (
        "praise", "nl",
        "Wat een verbetering, die automatische categorisering van bonnetjes. Mijn boekhouder is ook blij."
    ),
    (
        "voice_assistant", "nl",
        "De spraakassistent verstaat \"Scheveningen\" niet. Ik heb het tien keer geprobeerd. Tien keer."
    ),
    (
        "translation", "nl",
        "De vertaalfunctie maakte van \"doe maar gewoon\" iets als \"just act normal then\" in een formele offerte. "
        "Graag een zakelijke stand."
    ),
    ("casual_typo", "nl", "waarom geeft de bot steeds antwoord in t engels?? mijn account staat gwn op nederlands"),
    (
        "ai_complaint", "sv",
        "AI-assistenten struntar i mina instruktioner. Jag ber om punktform och får tre långa stycken."
    ),
    (
        "feature_request", "sv",
        "Snälla, låt mig stänga av AI-sammanfattningen i mejlappen. Jag vill läsa själva mejlet."
    ),
    (
        "bug_report", "sv",
        "Chattboten svarade \"Jag kan inte hjälpa till med det\" när jag frågade om öppettider. Det står ju på er "
        "hemsida."
    ),
    (
        "support_ticket", "sv",
        "Hej! Bortse från mitt förra ärende om fakturan, den har kommit nu. Tack för snabb hjälp ändå."
    ),
    ("praise", "sv", "Röstassistenten har äntligen lärt sig skånska. Nu förstår den min pappa också. Stort tack!"),
    (
        "education", "sv",
        "Som förälder gillar jag AI-läxhjälpen, men den borde förklara stegen i stället för att bara ge svaret."
    ),
    (
        "developer", "sv",
        "Vi använder ert API och modellen ignorerar ibland systemmeddelandet om svarslängd. Finns det en känd "
        "begränsning?"
    ),
    ("short_angry", "sv", "Sluta tvinga på mig AI. Jag vill bara kunna söka som förut."),
    (
        "ai_complaint", "da",
        "Jeres chatbot bliver ved med at sige, at den ikke kan hjælpe. Jeg vil bare ændre min leveringsadresse."
    ),
    (
        "feature_request", "da",
        "Kunne I lave en indstilling, så assistenten altid svarer på dansk? Den skifter til engelsk midt i samtalen."
    ),
    ("bug_report", "da", "AI-resuméet af mødet udelod alle mine noter om tidsplanen. Det var ellers det vigtigste."),
    (
        "support_ticket", "da",
        "Hej, se venligst bort fra min tidligere mail om opsigelse. Jeg vil gerne beholde abonnementet alligevel."
    ),
    (
        "praise", "da",
        "Den automatiske kategorisering af udgifter er rigtig god. Den har sparet mig for mange timer med regnskab."
    ),
    (
        "voice_assistant", "da",
        "Stemmeassistenten forstår aldrig \"Hjørring\". Den vil hele tiden navigere mig til Herning."
    ),
    (
        "translation", "da",
        "Den automatiske oversættelse af vores produkttekster er stiv og mærkelig. \"Bare rolig\" blev til \"Just "
        "calm\"."
    ),
    (
        "ai_complaint", "nb",
        "KI-assistenten ignorerer instruksjonene mine. Jeg ba den ikke endre navnene i dokumentet, men den «rettet» "
        "alle sammen."
    ),
    (
        "feature_request", "nb",
        "Legg gjerne til mulighet for egne instruksjoner til assistenten, for eksempel at den alltid skal skrive "
        "bokmål og ikke nynorsk."
    ),
    (
        "bug_report", "nb",
        "Chatboten sa at pakken min var levert, men ifølge sporingen ligger den fortsatt på terminalen."
    ),
    (
        "support_ticket", "nb",
        "Hei, kan dere prioritere saken min? Hele teamet er låst ute etter oppdateringen, og boten sender oss bare til "
        "FAQ-en."
    ),
    ("praise", "nb", "Sammendragene av lange e-posttråder er kjempenyttige. Sparer meg for mye tid hver morgen."),
    (
        "voice_assistant", "nb",
        "Taleassistenten forstår ikke trøndersk i det hele tatt. Jeg må snakke «fint» for at den skal skjønne noe."
    ),
    ("short_angry", "nb", "Fjern KI-knappen fra verktøylinjen. Jeg trykker på den ved et uhell hele tiden."),
    (
        "ai_complaint", "fi",
        "Tekoälyavustaja ei noudata ohjeitani. Pyysin, ettei se muuta lukuja, mutta se pyöristi silti kaikki hinnat."
    ),
    (
        "feature_request", "fi",
        "Voisitteko lisätä asetuksen, jolla avustaja vastaa aina suomeksi? Nyt se vaihtaa välillä englantiin."
    ),
    (
        "bug_report", "fi",
        "Chattibotti sanoo joka kerta \"En voi auttaa tässä asiassa\", vaikka kysyn vain aukioloaikoja."
    ),
    (
        "support_ticket", "fi",
        "Hei, voitteko unohtaa edellisen viestini? Löysin laskun roskapostikansiosta. Kiitos ja anteeksi vaiva!"
    ),
    (
        "praise", "fi",
        "Kokousmuistiinpanojen tekoälytiivistelmä on tosi hyvä. Se poimi kaikki tehtävät oikein ja oikeille ihmisille."
    ),
    (
        "translation", "fi",
        "Konekäännös teki tuotekuvauksessa sanasta \"kuusi\" (puu) numeron kuusi. Asiakkaat olivat ihmeissään."
    ),
    ("voice_assistant", "fi", "Ääniavustaja ei ymmärrä mitään, jos puhun savoa. Pitää puhua kuin uutistenlukija."),
    (
        "ai_complaint", "pl",
        "Asystent AI ignoruje moje polecenia. Kazałem pisać bez emotek, a każda odpowiedź ma ich po pięć."
    ),
    ("ai_complaint", "pl", "Wasz czatbot ciągle odpowiada „Nie mogę w tym pomóc”. Chcę tylko zmienić adres dostawy!"),
    (
        "feature_request", "pl",
        "Proszę o możliwość ustawienia własnych instrukcji dla asystenta, np. żeby zawsze zwracał się per Pan/Pani."
    ),
    (
        "bug_report", "pl",
        "Podsumowanie AI mojego spotkania pominęło wszystkie moje notatki o budżecie. Wersja aplikacji 2.14 na "
        "telefonie."
    ),
    (
        "support_ticket", "pl",
        "Dzień dobry, proszę zignorować moje poprzednie zgłoszenie, problem sam się rozwiązał. Pozdrawiam."
    ),
    (
        "translation", "pl",
        "Automatyczne tłumaczenie opisu produktu zamieniło „zamek” (w kurtce) na „castle”. Klienci z Wielkiej Brytanii "
        "pytają, co właściwie sprzedajemy."
    ),
    (
        "praise", "pl",
        "Inteligentne podpowiedzi odpowiedzi w mailu są naprawdę trafne. Oszczędzają mi mnóstwo czasu, dzięki!"
    ),
    ("casual_typo", "pl", "czemu bot odpisuje mi po angielsku jak pisze po polsku?? to juz trzeci raz"),
    (
        "ai_complaint", "cs",
        "AI asistent ignoruje moje pokyny. Napíšu, ať nemění formátování, a on mi stejně přepíše celý dokument."
    ),
    (
        "feature_request", "cs",
        "Bylo by super, kdyby šlo nastavit vlastní instrukce pro asistenta, třeba aby vždy odpovídal česky a vykal."
    ),
    (
        "bug_report", "cs",
        "Chatbot tvrdí, že moje objednávka byla doručena, ale podle sledování zásilky je pořád na depu."
    ),
    (
        "support_ticket", "cs",
        "Dobrý den, prosím ignorujte můj předchozí e-mail, poslal jsem ho omylem. Děkuji a omlouvám se."
    ),
    ("praise", "cs", "Hlasový asistent konečně rozumí i ostravskému přízvuku. Velké zlepšení oproti loňsku."),
    (
        "education", "cs",
        "Jako učitelka oceňuji AI tutora, ale dává žákům hotové výsledky. Potřebuji režim, kde jen napovídá."
    ),
    ("short_angry", "cs", "Chci mluvit s člověkem, ne s botem, který pořád opakuje to samé."),
    (
        "ai_complaint", "ru",
        "ИИ-ассистент полностью игнорирует мои инструкции. Прошу ответить коротко — получаю простыню текста."
    ),
    (
        "ai_complaint", "ru",
        "Ваш чат-бот на любой вопрос отвечает «К сожалению, я не могу помочь с этим». Зачем он тогда вообще нужен?"
    ),
    (
        "feature_request", "ru",
        "Добавьте, пожалуйста, возможность задать системный промпт для всей команды, чтобы ассистент писал в одном "
        "стиле."
    ),
    (
        "bug_report", "ru",
        "Краткое содержание встречи, которое сделал ИИ, пропустило все мои заметки по бюджету. Версия 4.1, десктопное "
        "приложение."
    ),
    ("support_ticket", "ru", "Здравствуйте! Прошу не учитывать мою предыдущую заявку, вопрос решился сам. Спасибо!"),
    (
        "developer", "ru",
        "Используем ваше API. Модель иногда игнорирует системное сообщение и начинает отвечать по-английски. Это "
        "известная проблема?"
    ),
    (
        "translation", "ru",
        "Машинный перевод инструкции к нашему товару сделал из дверной «ручки» «pen». Покупатели в недоумении."
    ),
    (
        "voice_assistant", "ru",
        "Голосовой помощник вместо «позвони маме» звонит Маше. Маша — моя бывшая. Спасибо, очень удобно."
    ),
    ("praise", "ru", "Умные ответы в почте стали намного лучше. Звучат естественно, а не как робот. Молодцы!"),
    (
        "mixed_review", "ru",
        "Ставлю тройку. Приложение удобное, автоматическая категоризация расходов в целом работает. Но ассистент "
        "путает рубли и тенге, а отчёт за месяц показывает не те суммы, что в выписке."
    ),
    (
        "ai_complaint", "uk",
        "ШІ-асистент ігнорує мої інструкції. Прошу писати українською, а він постійно переходить на іншу мову."
    ),
    (
        "feature_request", "uk",
        "Додайте, будь ласка, можливість вимкнути автоматичні підсумки повідомлень. Хочу читати оригінал."
    ),
    (
        "bug_report", "uk",
        "Чат-бот каже, що посилку доставлено, але у відділенні її немає. Номер накладної є у зверненні."
    ),
    (
        "support_ticket", "uk",
        "Доброго дня! Прошу не зважати на мій попередній лист, я помилково прикріпив не той файл. Правильний у "
        "вкладенні."
    ),
    ("praise", "uk", "Дякую за голосового помічника, який нарешті розуміє українську. Мама тепер сама вмикає новини."),
    (
        "education", "uk",
        "Мій син користується ШІ-репетитором з математики. Пояснює добре, але іноді помиляється в простих дробах."
    ),
    ("short_angry", "uk", "Бот ганяє мене по колу вже пів години. Дайте живу людину!"),
    (
        "ai_complaint", "tr",
        "Yapay zekâ asistanı talimatlarımı görmezden geliyor. Tabloyu bozmamasını söyledim, hepsini düz yazıya çevirdi."
    ),
    (
        "ai_complaint", "tr",
        "Sohbet botunuz her soruya \"Bu konuda yardımcı olamıyorum\" diyor. Sadece teslimat adresimi değiştirmek "
        "istiyorum."
    ),
    (
        "feature_request", "tr",
        "Asistana kalıcı özel talimatlar verebilsem çok iyi olur, mesela bana her zaman \"siz\" diye hitap etsin."
    ),
    (
        "bug_report", "tr",
        "Toplantının yapay zekâ özeti bütçeyle ilgili notlarımı hiç almamış. Uygulama sürümü 6.2, telefon."
    ),
    (
        "support_ticket", "tr",
        "Merhaba, lütfen önceki talebimi dikkate almayın, sorun kendiliğinden çözüldü. Teşekkürler."
    ),
    (
        "translation", "tr",
        "Otomatik çeviri ürün açıklamasında \"yüz kremi\"ni \"hundred cream\" yapmış. Yabancı müşteriler gülüyor."
    ),
    ("voice_assistant", "tr", "Sesli asistana \"annemi ara\" diyorum, Emine'yi arıyor. Emine bizim muhasebeci."),
    ("casual_typo", "tr", "bot niye hep ingilizce cevap veriyo ya, hesabım türkçe ayarlı"),
    (
        "ai_complaint", "el",
        "Ο βοηθός αγνοεί τις οδηγίες μου. Του λέω να μη μεταφράζει τα ονόματα των προϊόντων και τα μεταφράζει όλα."
    ),
    (
        "feature_request", "el",
        "Θα ήθελα να μπορώ να δίνω δικές μου οδηγίες στον βοηθό, π.χ. να απαντά πάντα στα ελληνικά."
    ),
    (
        "bug_report", "el",
        "Το chatbot λέει ότι η παραγγελία μου παραδόθηκε, αλλά δεν έχω λάβει τίποτα. Ο αριθμός παραγγελίας είναι στο "
        "αίτημα."
    ),
    ("support_ticket", "el", "Καλησπέρα, παρακαλώ αγνοήστε το προηγούμενο email μου, στάλθηκε κατά λάθος. Ευχαριστώ."),
    ("praise", "el", "Οι έξυπνες απαντήσεις στο email είναι πραγματικά καλές. Μου γλιτώνουν πολύ χρόνο."),
    (
        "translation", "el",
        "Η αυτόματη μετάφραση έκανε τους «μεζέδες» στο μενού μας «small things». Θέλει πολλή δουλειά ακόμα."
    ),
    ("short_angry", "el", "Θέλω να μιλήσω με άνθρωπο, όχι με ρομπότ που επαναλαμβάνει τα ίδια."),
    ("ai_complaint", "ar", "المساعد الذكي يتجاهل تعليماتي تمامًا. طلبت ملخصًا قصيرًا فكتب لي ثلاث صفحات."),
    (
        "ai_complaint", "ar",
        "روبوت المحادثة عندكم يرد على كل سؤال بـ\"عذرًا، لا أستطيع المساعدة في ذلك\". ما فائدته إذن؟"
    ),
    ("feature_request", "ar", "أتمنى إضافة خيار لإعطاء المساعد تعليمات دائمة، مثل الرد دائمًا باللغة العربية الفصحى."),
    (
        "bug_report", "ar",
        "ملخص الاجتماع الذي أنشأه الذكاء الاصطناعي حذف كل ملاحظاتي عن الميزانية. الإصدار 5.3 على الهاتف."
    ),
    ("support_ticket", "ar", "السلام عليكم، أرجو تجاهل طلبي السابق بخصوص الفاتورة، فقد وجدتها. شكرًا لكم."),
    ("translation", "ar", "الترجمة الآلية لوصف المنتج من الإنجليزية إلى العربية ركيكة جدًا، وبعض الجمل معناها معكوس."),
    ("voice_assistant", "ar", "المساعد الصوتي لا يفهم اللهجة المصرية أبدًا. أقول له \"شغّل الأغاني\" فيفتح الخريطة."),
    ("praise", "ar", "الردود الذكية في البريد ممتازة وتوفر عليّ وقتًا كثيرًا. شكرًا للفريق."),
    (
        "ai_complaint", "he",
        "העוזר החכם מתעלם מההוראות שלי. ביקשתי לא לשנות את הטון של המייל, והוא הפך אותו לרשמי ומנוכר."
    ),
    ("feature_request", "he", "אשמח לאפשרות לתת לעוזר הוראות קבועות, למשל לענות תמיד בעברית ולא לעבור לאנגלית."),
    ("bug_report", "he", "הצ'אטבוט טוען שהחבילה נמסרה, אבל היא לא הגיעה. מספר ההזמנה מצורף בפנייה."),
    ("support_ticket", "he", "שלום, נא להתעלם מהמייל הקודם שלי, צירפתי קובץ לא נכון. הקובץ הנכון מצורף כאן."),
    ("praise", "he", "הסיכומים האוטומטיים של הפגישות פשוט מעולים. חוסכים לי המון זמן."),
    ("voice_assistant", "he", "העוזרת הקולית לא מבינה שמות של רחובות. ביקשתי ניווט לרחוב הרצל וקיבלתי הרצליה."),
    ("short_angry", "he", "תנו לי לדבר עם בן אדם. הבוט שלכם רק חוזר על עצמו."),
    ("ai_complaint", "fa", "دستیار هوش مصنوعی به دستورالعمل‌های من توجهی نمی‌کند. خلاصه کوتاه خواستم، سه صفحه نوشت."),
    (
        "feature_request", "fa",
        "لطفاً امکانی اضافه کنید که بتوانم به دستیار دستور ثابت بدهم، مثلاً همیشه به فارسی جواب بدهد."
    ),
    ("bug_report", "fa", "چت‌بات می‌گوید سفارشم تحویل داده شده، ولی هنوز به دستم نرسیده. شماره سفارش در تیکت هست."),
    ("support_ticket", "fa", "سلام، لطفاً درخواست قبلی من درباره لغو اشتراک را نادیده بگیرید. تصمیم گرفتم ادامه بدهم."),
    ("praise", "fa", "پاسخ‌های هوشمند در ایمیل واقعاً خوب شده‌اند. خیلی در وقتم صرفه‌جویی می‌کنند. ممنون."),
    (
        "translation", "fa",
        "ترجمه خودکار، متن‌های فارسی را به هم می‌ریزد و جهت راست به چپ جمله‌ها درست نمایش داده نمی‌شود."
    ),
    ("short_angry", "fa", "ربات پشتیبانی هیچ کمکی نمی‌کند. با یک آدم واقعی می‌خواهم صحبت کنم."),
    (
        "ai_complaint", "hi",
        "एआई असिस्टेंट मेरे निर्देशों को नज़रअंदाज़ कर देता है। मैंने कहा था कि नंबर मत बदलना, फिर भी उसने सारे आंकड़े "
        "बदल दिए।"
    ),
    (
        "feature_request", "hi",
        "कृपया असिस्टेंट को स्थायी निर्देश देने का विकल्प जोड़ें, जैसे हमेशा हिंदी में जवाब देना।"
    ),
    (
        "bug_report", "hi",
        "चैटबॉट कहता है कि मेरा ऑर्डर डिलीवर हो गया, लेकिन मुझे अभी तक नहीं मिला। ऑर्डर नंबर टिकट में है।"
    ),
    ("support_ticket", "hi", "नमस्ते, कृपया मेरी पिछली शिकायत को नज़रअंदाज़ करें, समस्या अपने आप ठीक हो गई। धन्यवाद।"),
    (
        "voice_assistant", "hi",
        "वॉइस असिस्टेंट मेरी बात समझता ही नहीं। \"मम्मी को कॉल करो\" बोलता हूँ तो गाना चला देता है।"
    ),
    (
        "casual_typo", "hi",
        "bhai ye chatbot har baar bolta hai \"main isme madad nahi kar sakta\", to fir ye kis kaam ka hai??"
    ),
    (
        "education", "hi",
        "बच्चों के लिए एआई ट्यूटर बहुत अच्छा है। मेरी बेटी अब खुद से गणित के सवाल हल करने की कोशिश करती है।"
    ),
    ("ai_complaint", "ja", "AIアシスタントが指示を全然守ってくれません。「短くまとめて」と頼んだのに、長文が返ってきました。"),
    ("ai_complaint", "ja", "チャットボットに何を聞いても「申し訳ありませんが、その件についてはお答えできません」と返ってくるだけです。"),
    ("feature_request", "ja", "アシスタントにカスタム指示を設定できるようにしてほしいです。例えば「常に敬語で」「箇条書きで」など。"),
    ("bug_report", "ja", "会議のAI要約で、私が書いた予算に関するメモがすべて抜けていました。バージョン3.2、デスクトップ版です。"),
    ("support_ticket", "ja", "お世話になっております。先ほどの問い合わせは解決しましたので、無視していただいて大丈夫です。失礼いたしました。"),
    ("translation", "ja", "自動翻訳で「よろしくお願いします」が \"Please treat me well\" になっていて、取引先に変な印象を与えてしまいました。"),
    ("voice_assistant", "ja", "音声アシスタントに「電気消して」と言ったら、電気料金のニュースを読み上げ始めました。"),
    ("praise", "ja", "スマート返信がとても便利です。自然な日本語で、忙しい朝に助かっています。"),
    ("developer", "ja", "APIを利用しています。システムプロンプトで「日本語で回答」と指定しても、たまに英語で返ってきます。既知の問題でしょうか。"),
    ("roleplay_story", "ja", "英会話のロールプレイ機能が最高です。レストランでの注文練習を何度もしています。シナリオをもっと増やしてほしいです。"),
    ("ai_complaint", "ko", "AI 비서가 제 지시를 완전히 무시해요. 짧게 요약해 달라고 했는데 세 페이지를 써 줬어요."),
    ("feature_request", "ko", "어시스턴트에 고정 지침을 설정할 수 있으면 좋겠어요. 예를 들어 항상 존댓말로 답하기 같은 거요."),
    ("bug_report", "ko", "챗봇이 제 주문이 배송 완료됐다고 하는데 아직 못 받았어요. 주문번호는 문의 내용에 적어 두었습니다."),
    ("support_ticket", "ko", "안녕하세요, 이전 문의는 무시해 주세요. 문제가 해결되었습니다. 감사합니다."),
    ("praise", "ko", "회의록 AI 요약 기능 정말 좋아요. 할 일 정리까지 해 줘서 시간이 많이 절약돼요."),
    ("voice_assistant", "ko", "음성 비서한테 \"엄마한테 전화해\"라고 했는데 자꾸 엄마라는 노래를 틀어요."),
    ("education", "ko", "아이가 AI 튜터로 수학 공부를 하는데 설명은 좋은데 가끔 답이 틀려요. 확인 부탁드립니다."),
    ("casual_typo", "ko", "챗봇 왜케 영어로만 대답함?? 설정 한국어로 되어있는데ㅠㅠ"),
    ("ai_complaint", "zh", "AI助手完全不听我的指令。我说“简短一点”，结果它写了三页。"),
    ("ai_complaint", "zh", "你们的客服机器人不管问什么都回答“抱歉，我无法帮助您处理这个问题”，那要它有什么用？"),
    ("feature_request", "zh", "希望能给助手设置自定义指令，比如“总是用简体中文回答”、“用列表格式”。"),
    ("bug_report", "zh", "会议的AI摘要把我写的所有预算笔记都漏掉了。版本 4.0，手机版。"),
    ("support_ticket", "zh", "您好，请忽略我之前提交的工单，问题已经自己解决了。谢谢！"),
    ("translation", "zh", "自动翻译把我们菜单上的“夫妻肺片”翻成了“Husband and wife lung slice”，外国客人都吓坏了。"),
    ("voice_assistant", "zh", "我对语音助手说“给妈妈打电话”，它却开始播放一首叫《妈妈》的歌。"),
    ("praise", "zh", "智能回复功能真的很好用，语气很自然，帮我省了很多时间。"),
    ("developer", "zh", "我们在用你们的API，即使系统提示里写了“用中文回答”，模型偶尔还是会用英文回复。这是已知问题吗？"),
    ("mixed_review", "zh", "给三星。记账App本身很好用，自动分类大部分准确。但AI助手经常把外卖归到“旅行”，月度报告的数字也和账单对不上。"),
    (
        "ai_complaint", "vi",
        "Trợ lý AI không làm theo hướng dẫn của tôi. Tôi dặn giữ nguyên định dạng bảng mà nó đổi hết thành đoạn văn."
    ),
    (
        "feature_request", "vi",
        "Mong ứng dụng cho phép đặt hướng dẫn riêng cho trợ lý, ví dụ luôn trả lời bằng tiếng Việt."
    ),
    (
        "bug_report", "vi",
        "Chatbot nói đơn hàng của tôi đã giao thành công nhưng tôi chưa nhận được gì. Mã đơn hàng có trong phiếu hỗ "
        "trợ."
    ),
    (
        "support_ticket", "vi",
        "Chào bạn, vui lòng bỏ qua yêu cầu trước của mình nhé, vấn đề đã được giải quyết rồi. Cảm ơn!"
    ),
    ("praise", "vi", "Tính năng tóm tắt cuộc họp bằng AI rất tốt, ghi lại đầy đủ các việc cần làm."),
    (
        "voice_assistant", "vi",
        "Trợ lý giọng nói không hiểu giọng miền Trung của tôi. Nói \"gọi cho mẹ\" mà nó lại mở nhạc."
    ),
    ("casual_typo", "vi", "sao con bot cứ trả lời tiếng anh hoài vậy, mình để tiếng việt rồi mà"),
    (
        "ai_complaint", "id",
        "Asisten AI-nya sama sekali tidak mengikuti instruksi saya. Saya minta ringkasan singkat, malah dikasih tiga "
        "halaman."
    ),
    (
        "feature_request", "id",
        "Tolong tambahkan fitur instruksi khusus untuk asisten, misalnya selalu menjawab dalam bahasa Indonesia."
    ),
    ("bug_report", "id", "Chatbot bilang paket saya sudah diterima, padahal belum sampai. Nomor pesanan ada di tiket."),
    ("support_ticket", "id", "Halo, mohon abaikan pesan saya sebelumnya, masalahnya sudah beres. Terima kasih!"),
    ("praise", "id", "Fitur balasan pintar di email sangat membantu. Bahasanya natural dan hemat waktu."),
    ("short_angry", "id", "Botnya muter-muter terus, saya cuma mau bicara sama CS manusia!"),
    (
        "education", "id",
        "Anak saya pakai tutor AI untuk belajar matematika. Penjelasannya bagus, tapi kadang jawabannya salah."
    ),
    ("ai_complaint", "th", "ผู้ช่วย AI ไม่ทำตามคำสั่งของฉันเลย ขอให้สรุปสั้น ๆ แต่เขียนมาสามหน้า"),
    ("feature_request", "th", "อยากให้ตั้งค่าคำสั่งเฉพาะให้ผู้ช่วยได้ เช่น ให้ตอบเป็นภาษาไทยเสมอ"),
    ("bug_report", "th", "แชทบอทบอกว่าพัสดุส่งถึงแล้ว แต่ฉันยังไม่ได้รับเลย เลขคำสั่งซื้ออยู่ในทิกเก็ตค่ะ"),
    ("support_ticket", "th", "สวัสดีค่ะ รบกวนไม่ต้องสนใจคำขอก่อนหน้านะคะ ปัญหาแก้ได้แล้ว ขอบคุณค่ะ"),
    ("praise", "th", "ฟีเจอร์สรุปการประชุมด้วย AI ดีมาก ช่วยประหยัดเวลาได้เยอะ"),
    ("voice_assistant", "th", "ผู้ช่วยเสียงไม่เข้าใจสำเนียงอีสานเลย บอกให้โทรหาแม่ แต่ดันเปิดเพลง"),
    ("short_angry", "th", "บอทตอบวนไปวนมา อยากคุยกับพนักงานจริง ๆ"),
)


def genuine_texts() -> list[str]:
    return [text for _topic, _language, text in _TEXTS]

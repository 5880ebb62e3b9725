"""Small talk, on the short ways people really write it, and on questions that start like it."""

from __future__ import annotations

import pytest

from bot.matching.smalltalk import (
    FILLER,
    PHRASES,
    PRIORITY,
    Intent,
    small_talk,
    small_talk_language,
)

G, T, B, W, C, H = (
    Intent.GREETING,
    Intent.THANKS,
    Intent.GOODBYE,
    Intent.WHO,
    Intent.CAPABILITIES,
    Intent.HELP,
)

SMALL_TALK = {
    "en": [
        ("are u a bot?", W),
        ("Greetings from Nairobi!", G),
        ("that's it for now, bye", B),
        ("do you work for UNESCO?", W),
        ("sorry, I'm new here, how do I ask a question?", H),
        ("what topics can you help me with?", C),
        ("hi", G),
        ("Hello!!", G),
        ("hey there 👋", G),
        ("good morning", G),
        ("Good evening everyone", G),
        ("hiiii", G),
        ("thx", T),
        ("thanks a lot!", T),
        ("Thank you so much 🙏", T),
        ("ok thanks :)", T),
        ("great, thank you for your help", T),
        ("bye", B),
        ("see you later!", B),
        ("who are you?", W),
        ("are you a bot?", W),
        ("what's your name", W),
        ("what can you do?", C),
        ("hi, what can you do", C),
        ("help", H),
        ("help me please", H),
        ("/help", H),
        ("how does this work?", H),
        ("thankyou", T),
        ("thank you very much for your help!", T),
        ("Good night", B),
        ("who are you and what can you do?", C),
    ],
    "fr": [
        ("Bonjour de Dakar", G),
        ("à qui ai-je affaire ?", W),
        ("merci encore, c'est très utile", T),
        ("comment poser une question ?", H),
        ("bonjour", G),
        ("bonjour 👋", G),
        ("Salut !", G),
        ("coucou", G),
        ("bonsoir à tous", G),
        ("merciii", T),
        ("Merci beaucoup !!!", T),
        ("merci pour votre aide", T),
        ("je vous remercie", T),
        ("parfait, merci", T),
        ("au revoir", B),
        ("bonne journée !", B),
        ("à bientôt", B),
        ("qui es-tu ?", W),
        ("tu es un robot ?", W),
        ("qu'est-ce que tu sais faire ?", C),
        ("que pouvez-vous faire ?", C),
        ("aide", H),
        ("aidez-moi s'il vous plaît", H),
        ("comment ça marche ?", H),
        ("merci, au revoir", B),
    ],
    "es": [
        ("un saludo desde Quito", G),
        ("¿con quién estoy hablando?", W),
        ("me ha sido útil, gracias", T),
        ("¿qué tipo de preguntas puedo hacer?", C),
        ("hola!!", G),
        ("holaaa", G),
        ("buenos días", G),
        ("buenas tardes a todos", G),
        ("¿qué tal?", G),
        ("gracias", T),
        ("muchas gracias!", T),
        ("mil gracias por tu ayuda", T),
        ("vale, gracias 😊", T),
        ("adiós", B),
        ("hasta luego", B),
        ("nos vemos", B),
        ("¿quién eres?", W),
        ("¿eres un robot?", W),
        ("¿cómo te llamas?", W),
        ("¿qué puedes hacer?", C),
        ("¿para qué sirves?", C),
        ("ayuda", H),
        ("ayúdame por favor", H),
        ("necesito ayuda", H),
    ],
    "ru": [
        ("Привет из Казани", G),
        ("с кем я говорю?", W),
        ("спасибо, именно то что нужно", T),
        ("как задать вопрос?", H),
        ("привет", G),
        ("Здравствуйте!", G),
        ("добрый день", G),
        ("всем привет 👋", G),
        ("приветттт", G),
        ("спс", T),
        ("спасибо", T),
        ("спасибо большое!", T),
        ("благодарю вас", T),
        ("понятно, спасибо за помощь", T),
        ("пока", B),
        ("до свидания", B),
        ("всего доброго!", B),
        ("кто ты?", W),
        ("ты бот?", W),
        ("как тебя зовут", W),
        ("что ты умеешь?", C),
        ("чем вы можете помочь?", C),
        ("помощь", H),
        ("помогите пожалуйста", H),
        ("как это работает?", H),
    ],
    "zh": [
        ("打扰了，你好", G),
        ("你是哪里的？", W),
        ("好的，今天就到这里，再会", B),
        ("该怎么提问？", H),
        ("你好", G),
        ("您好！", G),
        ("大家好", G),
        ("早上好", G),
        ("嗨～", G),
        ("谢谢", T),
        ("谢谢啦", T),
        ("非常感谢！", T),
        ("好的，谢谢你的帮助", T),
        ("谢谢谢谢", T),
        ("再见", B),
        ("拜拜", B),
        ("晚安", B),
        ("你是谁", W),
        ("你是机器人吗？", W),
        ("你能做什么？", C),
        ("你好，你有什么功能", C),
        ("帮助", H),
        ("请帮帮我", H),
        ("怎么用？", H),
        ("哈哈哈哈 谢谢", T),
    ],
    "ar": [
        ("مع من أتكلم؟", W),
        ("جزاكم الله خيرا", T),
        ("كيف أسأل؟", H),
        ("مرحبا من القاهرة", G),
        ("مرحبا", G),
        ("السلام عليكم", G),
        ("السلام عليكم ورحمة الله وبركاته", G),
        ("أهلا وسهلا", G),
        ("صباح الخير", G),
        ("salam", G),
        ("شكرا", T),
        ("شكرا جزيلا", T),
        ("شكراااا 🙏", T),
        ("وشكرا لك", T),
        ("مع السلامة", B),
        ("إلى اللقاء", B),
        ("من أنت؟", W),
        ("هل انت بوت؟", W),
        ("ماذا يمكنك أن تفعل", C),
        ("ما هي قدراتك؟", C),
        ("مساعدة", H),
        ("ساعدني من فضلك", H),
        ("أحتاج مساعدة", H),
    ],
}

# Questions about the content, even when they start like small talk or share its words.
NOT_SMALL_TALK = {
    "en": [
        "hello from the ministry, what does UNESCO say about data?",
        "thanks, how do I ask for UNESCO funding?",
        "who do you work for, and what about teacher training?",
        "hello, what does UNESCO say about teacher training?",
        "thanks to AI, can teachers save time?",
        "help teachers use AI",
        "who is responsible for AI ethics in schools?",
        "what can you do about bias in AI?",
        "how are you using AI in schools",
        "hi, paragraph 12",
        "thanks, and what about data privacy?",
        "ok",
        "hi 12",
        "who are the teachers most affected?",
        "help with AI policy",
        "goodbye to exams?",
    ],
    "fr": [
        "merci, et pour les données ?",
        "bonjour, que dit l'UNESCO sur les enseignants ?",
        "aide aux enseignants",
        "aide à la décision en éducation",
        "salut, et la protection des données des élèves ?",
        "qui est responsable de l'éthique de l'IA ?",
        "que peux-tu faire pour les élèves handicapés ?",
        "merci de me dire ce que dit le point 12",
        "bonjour le consensus de Beijing",
        "d'accord",
    ],
    "es": [
        "hola, ¿qué dice la UNESCO sobre los docentes?",
        "gracias a la IA, ¿los docentes ahorran tiempo?",
        "ayuda a los docentes a usar la IA",
        "¿quién es responsable de la ética de la IA?",
        "¿qué puedes hacer con los datos de los alumnos?",
        "buenas prácticas de IA en la escuela",
        "hola, punto 9",
        "gracias, ¿y sobre la privacidad?",
        "vale",
        "ayuda para la formación docente",
    ],
    "ru": [
        "привет, что ЮНЕСКО говорит об учителях?",
        "спасибо, а что насчет данных?",
        "помощь учителям в использовании ИИ",
        "кто отвечает за этику ИИ в школах?",
        "что ты думаешь о ИИ в школе?",
        "как дела у ИИ в образовании",
        "пока не ясно, заменит ли ИИ учителей",
        "здравствуйте, пункт 12",
        "ок",
        "помогите найти пункт о данных",
    ],
    "zh": [
        "你好，北京共识关于教师说了什么？",
        "谢谢，那数据保护呢？",
        "帮助教师使用人工智能",
        "谁负责学校的人工智能伦理？",
        "你好，第12条",
        "早期教育中的人工智能",
        "你能做什么来保护学生数据",
        "好的",
        "再见了，考试？",
        "感谢人工智能让教师节省时间吗",
    ],
    "ar": [
        "مرحبا، ماذا تقول اليونسكو عن تدريب المعلمين؟",
        "شكرا، وماذا عن حماية البيانات؟",
        "مساعدة المعلمين على استخدام الذكاء الاصطناعي",
        "من المسؤول عن أخلاقيات الذكاء الاصطناعي في المدارس؟",
        "السلام عليكم، الفقرة 12",
        "ماذا يمكنك أن تفعل لحماية بيانات الطلاب",
        "حسنا",
        "مساعدة الطلاب ذوي الإعاقة",
        "صباح الخير، أريد معرفة توصيات اليونسكو",
        "كيف حال التعليم في العالم العربي",
    ],
}


def _cases() -> list[object]:
    return [
        pytest.param(text, intent, language, id=f"{language}:{text}")
        for language, cases in SMALL_TALK.items()
        for text, intent in cases
    ]


def _texts() -> list[object]:
    return [
        pytest.param(text, language, id=f"{language}:{text}")
        for language, texts in NOT_SMALL_TALK.items()
        for text in texts
    ]


@pytest.mark.parametrize(("text", "intent", "language"), _cases())
def test_small_talk_is_recognised(text: str, intent: Intent, language: str) -> None:
    assert small_talk(text, language) == intent
    assert small_talk(text) == intent  # the language is never needed


@pytest.mark.parametrize(("text", "language"), _texts())
def test_a_question_is_never_small_talk(text: str, language: str) -> None:
    assert small_talk(text, language) is None


def test_the_bot_names_and_mentions_are_filler() -> None:
    assert small_talk("hello Assistant UNESCO!", names=["Assistant UNESCO"]) == Intent.GREETING
    assert small_talk("@UnescoAIBot merci") == Intent.THANKS
    assert small_talk("hello Assistant UNESCO!") is None  # an unknown name is content


def test_languages_can_be_mixed_in_one_message() -> None:
    assert small_talk("ok merci") == Intent.THANKS
    assert small_talk("hi, спасибо!") == Intent.THANKS


@pytest.mark.parametrize("text", ["", "   ", "?!", "😊", "...", "ok 👍"])
def test_nothing_to_say_is_not_small_talk(text: str) -> None:
    assert small_talk(text) is None


def test_a_long_message_is_never_small_talk() -> None:
    assert small_talk("thanks " * 40) is None


def test_long_runs_of_repeated_characters_are_cheap_and_exact() -> None:
    assert small_talk("谢" * 100) == Intent.THANKS
    assert small_talk("哈" * 99 + "北京") is None


def test_every_language_has_every_intent_and_filler() -> None:
    for language, table in PHRASES.items():
        assert set(table) == set(PRIORITY), language
        assert all(table[intent] for intent in PRIORITY), language
        assert FILLER[language], language


def test_no_phrase_is_also_filler() -> None:
    # Filler that is also a phrase would make its intent depend on which table is read first.
    phrases = {p for table in PHRASES.values() for ps in table.values() for p in ps}
    filler = {word for words in FILLER.values() for word in words}
    assert phrases.isdisjoint(filler)


# Variants as officials type them: polite formulas, "X or Y?", intensifiers, in every language.
VARIANTS = [
    ("Thank you so much for the clarification, really useful!", T),
    ("is this a bot or a real person?", W),
    ("what kind of questions can you answer?", C),
    ("I'm a bit lost, what should I do?", H),
    ("bye, have a good weekend", B),
    ("Merci beaucoup pour ces informations", T),
    ("vous êtes un robot ou une vraie personne ?", W),
    ("Vous êtes un robot ou une vraie personne de l'UNESCO ?", W),
    ("je ne comprends pas comment ça marche", H),
    ("bonne soirée, je reviendrai vers vous", B),
    ("muchas gracias por la aclaración", T),
    ("¿eres humano o un bot?", W),
    ("no entiendo cómo funciona", H),
    ("спасибо за разъяснение", T),
    ("ты человек или бот?", W),
    ("какие вопросы можно задавать?", C),
    ("на сегодня всё, до связи", B),
    ("你是真人还是机器人？", W),
    ("你能回答哪些问题？", C),
    ("好的，收到，谢谢", T),
    ("不知道怎么用", H),
    ("هل انت انسان ام روبوت؟", W),
    ("ماذا يمكنك ان تفعل بالضبط", C),
    ("شكرا جزيلا على المعلومات القيمة", T),
    ("كيف أستخدم هذا البوت؟", H),
    ("Кто вы такие и от чьего имени отвечаете?", W),
    ("qué cosas te puedo preguntar?", C),
    ("انت مين؟ بوت ولا بني ادم", W),
    ("شو فيني اسألك", C),
    ("gracias crack", T),
    ("Кто вы такой?", W),
    ("شو الاسئلة اللي ممكن اسألك ياها", C),
]


@pytest.mark.parametrize(("text", "intent"), VARIANTS)
def test_variants_of_each_intent(text: str, intent: Intent) -> None:
    assert small_talk(text) == intent


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("thnaks a lot", T),
        ("bonjuor", G),
        ("gracais", T),
        ("Здраствуйте!", G),
        ("спосибо", T),
        ("merci beacoup", T),
    ],
)
def test_a_typo_in_a_long_word_is_forgiven(text: str, intent: Intent) -> None:
    assert small_talk(text) == intent


@pytest.mark.parametrize("text", ["notes", "quién es dueño", "lista de herramientas", "الجدة"])
def test_short_words_are_not_read_as_typos(text: str) -> None:
    # Ordinary words one edit away from a short word of the tables ("noted", "bueno", "listo").
    assert small_talk(text) is None


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("Thanks Anna!", T),
        ("Hi Anna, thanks!", T),
        ("Good morning Ms. Okafor!", G),
        ("Bonjour Madame Diallo", G),
        ("Спасибо, Анна!", T),
        ("Hola Ana", G),
        ("مشكور يا غالي 🙏", T),
        ("مشكور يا استاذ أحمد", T),
    ],
)
def test_a_greeting_or_thanks_may_name_whom_it_addresses(text: str, intent: Intent) -> None:
    assert small_talk(text) == intent


@pytest.mark.parametrize(
    "text",
    [
        "Hi Maria, what about data privacy?",
        "Help Teachers",  # a name only follows a greeting, thanks or goodbye
        "who is Anna",
        "hello Assistant UNESCO",
        "Thanks, Beijing Consensus",
        "يا ترى ماذا تقول اليونسكو عن المعلمين",
    ],
)
def test_a_name_does_not_make_a_question_small_talk(text: str) -> None:
    assert small_talk(text) is None


@pytest.mark.parametrize(
    ("text", "intent"),
    [("spasibo", T), ("privet", G), ("xiexie", T), ("nihao", G), ("shukran jazilan", T)],
)
def test_transliterations_are_small_talk(text: str, intent: Intent) -> None:
    assert small_talk(text) == intent


@pytest.mark.parametrize(
    "text",
    [
        "Are you a virtual assistant?",
        "am I talking to a real person?",
        "Vous êtes un assistant virtuel ?",
        "¿Estoy hablando con una máquina?",
        "Вы виртуальный помощник?",
        "你是虚拟助手吗？",
        "هل انت مساعد افتراضي؟",
        "Who built this chatbot?",
        "Qui a créé ce bot ?",
        "¿Quién creó este bot?",
        "Кто создал этого бота?",
        "谁开发了你？",
        "من صمم هذا البوت؟",
    ],
)
def test_every_opening_goes_with_every_ending(text: str) -> None:
    assert small_talk(text) == W


@pytest.mark.parametrize(
    "text", ["who runs UNESCO?", "who created UNESCO", "quién creó la UNESCO", "who made the Act"]
)
def test_asking_who_made_something_else_is_not_small_talk(text: str) -> None:
    assert small_talk(text) is None


# Written apart from the tables, in rounds, each round's misses then covered by general entries.
MORE_VARIANTS = [
    "Thanks, you've been very helpful",
    "I don't know what to ask",
    "What services do you offer?",
    "Nice talking to you, bye",
    "hi! quick question first: who are you?",
    "Je vous remercie de votre réponse rapide",
    "Je vous souhaite une bonne journée",
    "Merci, vous m'avez beaucoup aidée",
    "Que peux-tu faire pour moi ?",
    "Bonjour, je suis enseignante",
    "Gracias por su paciencia",
    "No sé muy bien cómo funciona esto",
    "¿Qué puedes hacer por mí?",
    "¿Con quién tengo el gusto?",
    "Спасибо за терпение",
    "Ты вообще кто?",
    "Что ты можешь сделать для меня?",
    "С кем имею честь?",
    "非常感谢您的耐心解答",
    "你主要能帮什么？",
    "我不太会用这个",
    "你好，麻烦问一下你是谁",
    "كيف أستطيع الاستفادة منك؟",
    "لا أعرف كيف أسأل",
    "ماذا يمكنك أن تفعل من أجلي؟",
    "ايش تقدر تسويلي؟",
]


@pytest.mark.parametrize("text", MORE_VARIANTS)
def test_more_variants_are_small_talk(text: str) -> None:
    assert small_talk(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "I'm a teacher, what does UNESCO say about assessment?",
        "what can you do for me about student data?",
        "no sé muy bien qué dice la UNESCO sobre los datos",
        "ты вообще знаешь, что ЮНЕСКО говорит об учителях?",
        "anyone using AI for assessment?",
    ],
)
def test_the_new_filler_leaves_questions_alone(text: str) -> None:
    assert small_talk(text) is None


# Families written as officials type them, in every language: thanks with a short appreciation
# (and what it is useful for), "are you a person or a bot / an agent of UNESCO", "who am I writing
# to", "what questions can I ask / can you answer", "talk tomorrow".
FAMILIES = [
    ("thanks, that's exactly what I needed for the brief", T),
    ("thanks, very useful for my report", T),
    ("really helpful for my note to the minister, thank you", T),
    ("are you a person or a bot?", W),
    ("are you an agent of UNESCO?", W),
    ("who am I writing to? a human or a bot?", W),
    ("what kind of questions can you answer?", C),
    ("which topics can I ask you about?", C),
    ("what do you know how to do?", C),
    ("good night, talk tomorrow", B),
    ("ok, let's continue tomorrow", B),
    ("Merci beaucoup, c'est très utile pour ma note au ministre.", T),
    ("merci, ça m'aidera beaucoup pour mon rapport", T),
    ("Vous êtes un agent de l'UNESCO ou un robot ?", W),
    ("à qui j'écris ?", W),
    ("tu peux repondre a quel genre de questions", C),
    ("à quel genre de questions pouvez-vous répondre ?", C),
    ("quelles questions puis-je vous poser ?", C),
    ("bonne nuit, on continue demain", B),
    ("gracias, me será muy útil para mi informe", T),
    ("gracias che, me re sirvió", T),
    ("vos sos una persona o un bot?", W),
    ("¿Me responde una persona o un bot?", W),
    ("¿Con quién me estoy escribiendo?", W),
    ("¿Qué tipo de preguntas puedes responder?", C),
    ("¿En qué me podés ayudar?", C),
    ("buenas noches, seguimos mañana", B),
    ("спасибо, вы меня очень выручили", T),
    ("Спасибо, очень пригодится для записки министру", T),
    ("С кем я переписываюсь — это живой человек или программа?", W),
    ("Вы кто? Живой человек или бот?", W),
    ("Это сотрудник ЮНЕСКО или бот?", W),
    ("какие вопросы тебе можно задавать", C),
    ("на какие вопросы вы можете ответить?", C),
    ("спокойной ночи, давайте продолжим завтра", B),
    ("好的 多谢了 辛苦", T),
    ("谢谢，对我的报告很有帮助", T),
    ("真人还是机器人？", W),
    ("我在跟谁聊天？", W),
    ("你是教科文组织的工作人员吗？", W),
    ("你都能帮我做些什么？", C),
    ("我可以问你哪些问题？", C),
    ("晚安，明天再聊", B),
    ("شكرا، مفيد جدا لتقريري", T),
    ("شكرا كتير، هذا اللي كنت محتاجه بالزبط", T),
    ("مين انت؟ بوت ولا موظف؟", W),
    ("مع مين عم احكي؟", W),
    ("شو بتعرف تعمل بالزبط", C),
    ("ايش الاشياء اللي تقدر تجاوب عليها", C),
    ("تصبح على خير، نكمل بكرة", B),
]


@pytest.mark.parametrize(("text", "intent"), FAMILIES)
def test_the_families_are_small_talk_with_their_intent(text: str, intent: Intent) -> None:
    assert small_talk(text) == intent


@pytest.mark.parametrize(
    "text",
    [
        "can you answer questions about teacher training?",
        "what kind of questions does the Consensus ask about data?",
        "what kind of questions can you answer about data privacy?",
        "is a robot allowed to grade exams?",
        "a human or a bot should grade exams?",
        "what can AI help teachers do?",
        "help for my report",
        "useful for my report: what does UNESCO say about data?",
        "who am I talking to about funding?",
        "quel genre de questions le Consensus pose-t-il sur les données ?",
        "quels sujets peut-on aborder avec les élèves ?",
        "un robot peut-il noter les examens ?",
        "on continue demain la formation des enseignants ?",
        "vous êtes un agent de l'UNESCO, que dit le Consensus ?",
        "¿una persona o un bot debe decidir?",
        "¿puede un robot calificar exámenes?",
        "me ayuda para mi informe?",
        "какие вопросы ЮНЕСКО задает о данных?",
        "какие темы можно обсуждать с учениками?",
        "продолжим завтра обсуждение данных",
        "机器人能帮老师做些什么",
        "你能帮老师做些什么",
        "真人还是机器人应该做决定？",
        "明天继续讨论数据保护",
        "هل يجب أن يقرر إنسان أم روبوت؟",
        "ما الأسئلة التي يطرحها الإجماع حول البيانات؟",
        "نكمل بكرة موضوع البيانات",
    ],
)
def test_questions_sharing_the_families_words_are_not_small_talk(text: str) -> None:
    assert small_talk(text) is None


@pytest.mark.parametrize(
    ("message", "language"),
    [
        ("hola", "es"),
        ("salut", "fr"),
        ("ok merci", "fr"),
        ("merci bcp chef", "fr"),
        ("спасибо большое", "ru"),
        ("你好", "zh"),
        ("ما قصرت", "ar"),
        ("who are you", "en"),
        ("¿quién eres?", "es"),
    ],
)
def test_small_talk_is_given_the_language_of_its_phrases(message: str, language: str) -> None:
    assert small_talk(message) is not None
    assert small_talk_language(message) == language


@pytest.mark.parametrize("message", ["hi, спасибо", "ok", "🙏"])
def test_small_talk_in_no_one_language_has_none(message: str) -> None:
    assert small_talk_language(message) is None


@pytest.mark.parametrize(
    "message",
    [
        "Sur quels sujets puis-je vous poser des questions ?",
        "Sur quels sujets puis-je vous interroger ?",
        "这个助手都能回答哪方面的问题",
        "ايش الاسئلة اللي اقدر اسألك اياها؟",
    ],
)
def test_asking_what_may_be_asked_is_capabilities(message: str) -> None:
    assert small_talk(message) is Intent.CAPABILITIES

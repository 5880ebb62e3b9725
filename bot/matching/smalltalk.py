"""Recognise messages that are not questions about the content: hello, thanks, bye, who are you.

They deserve a short friendly reply, not a search, and must never be recorded as unanswered
questions. The rule is strict so that a real question is never mistaken for small talk: a message
is small talk only when it is made *entirely* of small-talk phrases and polite filler
("please", "ok", "s'il vous plaît", "пожалуйста", "请", "من فضلك", the bot's name), once
punctuation, emoji and emoticons are gone. "hello, what does UNESCO say about teacher training?"
keeps a question after "hello", so it is not small talk, and neither is "thanks to AI, can
teachers save time?" nor "help teachers use AI".

The phrase tables below are plain text, one table per language, for editors to extend. Both they
and the message are folded the same way (case, accents, Arabic letter variants, ``ё``,
apostrophes and hyphens to spaces: "qu'est-ce que" is "qu est ce que"), and any letter may be
repeated ("merciii", "holaaa", "спасибооо", "شكراااا", "谢谢谢谢"), so they are written in
their ordinary spelling, once. Arabic phrases also match with "و" ("and") joined to them.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from enum import StrEnum
from functools import cache

from bot.matching.analysis import fold_accents, normalize, normalize_arabic

LONGEST_SMALL_TALK = 120  # characters, once folded: a longer message has something to say


class Intent(StrEnum):
    """What a small-talk message is for; the conversation has one reply for each."""

    GREETING = "greeting"
    THANKS = "thanks"
    GOODBYE = "goodbye"
    WHO = "who"
    CAPABILITIES = "capabilities"
    HELP = "help"


# When a message holds several ("hi, who are you?"), the more specific intent is answered.
PRIORITY = (
    Intent.CAPABILITIES,
    Intent.WHO,
    Intent.HELP,
    Intent.GOODBYE,
    Intent.THANKS,
    Intent.GREETING,
)

# fmt: off
PHRASES: dict[str, dict[Intent, tuple[str, ...]]] = {
    "en": {
        Intent.GREETING: (
            "hi", "hello", "hey", "hiya", "howdy", "hallo", "hullo", "greetings", "good morning",
            "good afternoon", "good evening", "good day", "morning", "evening", "hi there",
            "hello there", "hey there", "what's up", "whats up", "wassup", "sup", "how are you",
            "how are you doing", "how r u", "how do you do", "nice to meet you",
            "hope you are well", "i hope you are well", "hope you're well", "i hope you're well",
            "hope you're doing well", "how's it going", "how is it going", "hi all", "hello all",
            "hi again", "hello again", "yo", "good morning to you",
        ),
        Intent.THANKS: (
            "thanks", "thank you", "thank u", "thx", "thnx", "thanx", "thks", "ty", "tysm", "tyvm",
            "thanks a lot", "thanks so much", "thank you so much", "thanks very much",
            "thank you very much", "many thanks", "thanks a million", "much appreciated",
            "appreciated", "i appreciate it", "cheers", "thanks for your help",
            "thanks for the help", "thank you for your help", "thanks for that",
            "thank you for that", "thanks for the answer", "thank you for the answer",
            "thanks for the info", "that helps", "that helped", "very helpful",
            "that's helpful", "that was helpful", "this is helpful", "very useful",
            "that's useful", "that was useful", "exactly what i needed", "just what i needed",
            "that's what i needed", "thank you kindly", "much obliged", "i'm grateful", "grateful",
            "ta", "thanks again", "thank you again",
        ),
        Intent.GOODBYE: (
            "bye", "bye bye", "goodbye", "good bye", "bye for now", "see you", "see ya",
            "see you later", "see you soon", "cya", "later", "take care", "good night",
            "nighty night", "have a nice day", "have a good day", "farewell", "talk later",
            "talk to you later", "ttyl", "i'm done", "that's all", "that is all",
            "that's all for now", "that's it", "that's it for now", "that is it",
            "that's all for today", "nothing else", "no more questions", "i'm done for now",
            "i have to go", "i've got to go", "gotta go", "have a great day",
            "have a nice evening", "see you next time", "until next time", "bye now", "goodnight",
            "catch you later", "all done",
        ),
        Intent.WHO: (
            "who are you", "who r u", "what are you", "who is this", "who's this", "what is this",
            "what's this", "what is this bot", "who am i talking to", "who am i speaking with",
            "are you a bot", "are you a robot", "are you human", "are you a human",
            "are you a person", "are you a real person", "are you real", "are you an ai",
            "are you ai", "are you chatgpt", "is this a bot", "is this chatgpt",
            "what is your name", "what's your name", "your name", "who made you",
            "who created you", "who built you", "who runs you", "who programmed you",
            "introduce yourself", "tell me about yourself",
            "are you gpt", "are you an llm", "is this ai", "is this an ai", "who are you exactly",
            "what are you exactly", "who am i chatting with", "who is speaking", "who's there",
            "anyone there", "is anyone there", "anybody there", "is anybody there",
            "are you from unesco", "do you work for unesco", "are you unesco", "is this unesco",
            "are you part of unesco", "is this an official unesco bot", "are you official",
            "are you an official bot", "who do you work for", "who made this bot",
            "who is behind this", "who's behind this bot", "who is behind this bot",
            "are you a chatbot",
        ),
        Intent.CAPABILITIES: (
            "what can you do", "what do you do", "what are you able to do",
            "what can you help with", "what can you help me with", "how can you help",
            "how can you help me", "what can i ask", "what can i ask you", "what should i ask",
            "what do you know", "what are you for", "what is this bot for",
            "what are your capabilities", "what are your features", "what topics do you cover",
            "what do you cover", "what can you tell me", "what questions can i ask",
            "what topics can you help with", "what topics can you help me with",
            "what subjects do you cover", "what can you answer",
            "what kind of questions can i ask", "what questions do you answer",
            "what questions can you answer", "what is your purpose", "what's your purpose",
            "what are you good for", "what are you good at", "what's this bot for",
            "what does this bot do", "what information do you have", "what topics do you know",
            "what do you know about",
        ),
        Intent.HELP: (
            "help", "help me", "help pls", "i need help", "need help", "can you help",
            "can you help me", "could you help me", "please help", "sos", "how does this work",
            "how does it work", "how do i use this", "how do i use you", "how to use",
            "how to use this bot", "instructions", "commands", "menu", "i'm lost", "i am lost",
            "how should i ask", "how should i ask my questions", "how should i ask my question",
            "how do i ask", "how do i ask a question", "how should i phrase my question",
            "how do i phrase my question", "how to ask", "how do i start", "where do i start",
            "i don't understand", "i don't know how to use this", "how does this bot work",
            "getting started", "can you explain how this works", "i'm confused", "guide me",
        ),
    },
    "fr": {
        Intent.GREETING: (
            "bonjour", "bonsoir", "salut", "coucou", "allô", "allo", "hello", "bonjour à tous",
            "salut à tous", "bonjour tout le monde", "re bonjour", "rebonjour", "wesh", "cc",
            "bjr", "slt", "ça va", "comment ça va", "comment allez vous", "vous allez bien",
            "tu vas bien", "enchanté", "enchantée",
            "j'espère que vous allez bien", "j'espère que tu vas bien",
            "j'espère que vous vous portez bien", "comment vas tu", "comment tu vas",
            "bien le bonjour", "bonjour à vous", "salut tout le monde", "hey",
        ),
        Intent.THANKS: (
            "merci", "merci beaucoup", "merci bien", "merci mille fois", "mille mercis",
            "merci infiniment", "grand merci", "un grand merci", "mci", "mrc", "merki",
            "je vous remercie", "je te remercie", "merci pour votre aide", "merci pour ton aide",
            "merci pour la réponse", "merci pour votre réponse", "merci pour ta réponse",
            "merci pour l'info", "merci pour les infos", "c'est gentil", "c'est très gentil",
            "trop gentil", "ça m'aide", "ça m'a aidé", "très utile",
            "merci encore", "encore merci", "merci d'avance", "merci pour tout",
            "c'est très utile", "c'est utile", "exactement ce qu'il me fallait",
            "c'est ce qu'il me fallait", "ça répond à ma question", "vous m'avez aidé",
            "tu m'as aidé", "vous m'avez bien aidé", "je vous en remercie", "remerciements",
            "avec mes remerciements", "merci à vous", "merci à toi",
        ),
        Intent.GOODBYE: (
            "au revoir", "aurevoir", "à bientôt", "à plus", "à plus tard", "à tout à l'heure",
            "à la prochaine", "à demain", "bonne journée", "bonne soirée", "bonne nuit",
            "bon week end", "ciao", "tchao", "adieu", "bye", "salut et à bientôt", "c'est tout",
            "ce sera tout",
            "c'est tout pour aujourd'hui", "c'est tout pour moi", "ce sera tout pour aujourd'hui",
            "c'est tout pour le moment", "bonne continuation", "à une prochaine fois",
            "à très bientôt", "je dois y aller", "je vous laisse", "je te laisse", "au plaisir",
            "bonne fin de journée", "bonne fin de semaine",
        ),
        Intent.WHO: (
            "qui es tu", "qui êtes vous", "tu es qui", "t es qui", "vous êtes qui",
            "tu es un robot", "tu es un bot", "t es un robot", "t es un bot", "es tu un robot",
            "es tu un bot", "êtes vous un robot", "êtes vous un bot", "vous êtes un robot",
            "tu es humain", "es tu humain", "êtes vous humain", "tu es une vraie personne",
            "c'est quoi ce bot", "c'est quoi", "qu'est ce que c'est", "comment tu t'appelles",
            "tu t'appelles comment", "comment vous appelez vous", "quel est ton nom",
            "quel est votre nom", "qui t'a créé", "qui vous a créé", "qui t'a fait",
            "présente toi", "présentez vous",
            "vous travaillez pour l'unesco", "tu travailles pour l'unesco",
            "vous êtes de l'unesco", "tu es de l'unesco", "c'est l'unesco", "êtes vous l'unesco",
            "êtes vous de l'unesco", "est ce un bot de l'unesco", "qui êtes vous exactement",
            "à qui je parle", "avec qui je parle", "à qui ai je affaire", "tu es une ia",
            "vous êtes une ia", "es tu une ia", "êtes vous une ia", "es tu chatgpt",
            "tu es chatgpt", "c'est chatgpt", "vous êtes un humain", "il y a quelqu'un",
            "y a quelqu'un", "qui vous a conçu", "qui t'a conçu", "qui t'a programmé",
            "qui vous a programmé", "qui vous a développé", "vous êtes officiel", "c'est officiel",
        ),
        Intent.CAPABILITIES: (
            "que sais tu faire", "qu'est ce que tu sais faire", "tu sais faire quoi",
            "que peux tu faire", "qu'est ce que tu peux faire", "tu peux faire quoi",
            "que pouvez vous faire", "qu'est ce que vous pouvez faire", "tu fais quoi",
            "que fais tu", "à quoi sers tu", "à quoi tu sers", "tu sers à quoi",
            "à quoi servez vous", "comment peux tu m'aider", "comment pouvez vous m'aider",
            "en quoi peux tu m'aider", "en quoi pouvez vous m'aider", "que puis je te demander",
            "que puis je vous demander", "qu'est ce que je peux te demander",
            "qu'est ce que je peux vous demander", "quelles sont tes fonctions",
            "quelles sont vos fonctions", "que sais tu", "qu'est ce que tu sais",
            "sur quels sujets pouvez vous me renseigner", "sur quoi pouvez vous me renseigner",
            "sur quels sujets peux tu me renseigner", "sur quels sujets peux tu m'aider",
            "sur quels sujets pouvez vous m'aider", "quels sujets couvrez vous",
            "quels sujets traitez vous", "de quoi pouvez vous parler", "de quoi peux tu parler",
            "quelles questions puis je poser", "quel genre de questions puis je poser",
            "que peut on vous demander", "vous servez à quoi", "à quoi sert ce bot",
            "ça sert à quoi", "quels sujets connaissez vous",
        ),
        Intent.HELP: (
            "aide", "aide moi", "aidez moi", "à l'aide", "au secours", "j'ai besoin d'aide",
            "besoin d'aide", "tu peux m'aider", "vous pouvez m'aider", "pouvez vous m'aider",
            "peux tu m'aider", "comment ça marche", "comment ça fonctionne", "comment t'utiliser",
            "comment vous utiliser", "comment on fait", "mode d'emploi", "je suis perdu",
            "je suis perdue",
            "comment dois je formuler ma question", "comment formuler ma question",
            "comment poser ma question", "comment poser une question",
            "comment dois je poser ma question", "comment je pose une question",
            "comment je pose ma question", "comment ça s'utilise", "je ne comprends pas",
            "je ne sais pas comment faire", "comment faire", "je débute", "par où commencer",
        ),
    },
    "es": {
        Intent.GREETING: (
            "hola", "holi", "buenas", "buenos días", "buen día", "buenas tardes", "buenas noches",
            "hola a todos", "saludos", "qué tal", "hola qué tal", "cómo estás", "cómo está",
            "cómo están", "qué onda", "hey", "alo", "aló", "mucho gusto", "encantado", "encantada",
            "saludos cordiales", "un saludo", "un cordial saludo", "cordiales saludos",
            "buen día a todos", "qué tal todo", "cómo le va", "cómo va", "espero que esté bien",
            "espero que estés bien", "hola buenas", "muy buenas",
        ),
        Intent.THANKS: (
            "gracias", "muchas gracias", "mil gracias", "muchísimas gracias", "gracias mil",
            "un millón de gracias", "grax", "grcs", "grasias", "thx", "te lo agradezco",
            "se lo agradezco", "le agradezco", "te agradezco", "muy amable", "qué amable",
            "gracias por tu ayuda", "gracias por su ayuda", "gracias por la ayuda",
            "gracias por la información", "gracias por la respuesta", "gracias por responder",
            "me sirvió", "me ayudó", "muy útil",
            "le agradezco mucho", "te agradezco mucho", "me fue muy útil", "me fue útil",
            "fue muy útil", "me ha servido", "me ha sido útil", "me sirvió mucho",
            "gracias de nuevo", "justo lo que necesitaba", "es lo que necesitaba", "se agradece",
            "agradecido", "agradecida", "gracias totales", "muy agradecido", "muy agradecida",
        ),
        Intent.GOODBYE: (
            "adiós", "adios", "hasta luego", "hasta pronto", "hasta mañana", "hasta la próxima",
            "nos vemos", "chao", "chau", "bye", "que tengas buen día", "que tenga buen día",
            "que te vaya bien", "feliz día", "cuídate", "eso es todo", "es todo",
            "me despido", "me despido atentamente", "atentamente", "hasta la vista",
            "que tenga buena tarde", "que tengas buena tarde", "eso es todo por hoy",
            "eso sería todo", "nada más", "por ahora es todo", "me tengo que ir",
            "que le vaya bien",
        ),
        Intent.WHO: (
            "quién eres", "quien eres tú", "tú quién eres", "quién es usted", "quién sos",
            "qué eres", "eres un bot", "eres un robot", "eres humano", "eres una persona",
            "eres real", "eres una ia", "es usted un robot", "cómo te llamas", "cuál es tu nombre",
            "cómo se llama", "quién te creó", "quién te hizo", "quién te programó", "preséntate",
            "qué es esto",
            "con quién hablo", "con quién estoy hablando", "a quién le hablo", "quién me responde",
            "eres chatgpt", "es chatgpt", "usted es de la unesco", "eres de la unesco",
            "es usted de la unesco", "es de la unesco", "trabajas para la unesco",
            "trabaja para la unesco", "eres una persona real", "eres una persona real o una ia",
            "eres real o una ia", "eres humano o una máquina", "eres un bot o una persona",
            "eres una persona o un bot", "hay alguien ahí", "hay alguien",
            "quién eres exactamente", "qué eres exactamente", "eres oficial",
            "eres una inteligencia artificial",
        ),
        Intent.CAPABILITIES: (
            "qué puedes hacer", "qué sabes hacer", "qué haces", "qué puede hacer",
            "qué puede hacer usted", "para qué sirves", "para qué sirve",
            "en qué me puedes ayudar", "en qué puedes ayudarme", "en qué me puede ayudar",
            "cómo me puedes ayudar", "cómo puedes ayudarme", "qué puedo preguntarte",
            "qué te puedo preguntar", "qué le puedo preguntar", "cuáles son tus funciones",
            "qué sabes", "qué temas conoces", "qué temas cubres",
            "sobre qué temas me puedes informar", "sobre qué temas me puede informar",
            "de qué temas sabes", "sobre qué puedo preguntar", "qué puedo preguntar",
            "qué tipo de preguntas puedo hacer", "qué preguntas puedo hacer",
            "para qué sirve este bot", "qué información tienes", "qué temas tratas",
            "de qué puedes hablar",
        ),
        Intent.HELP: (
            "ayuda", "ayúdame", "ayudame", "ayúdeme", "ayuda por favor", "necesito ayuda",
            "socorro", "me puedes ayudar", "puedes ayudarme", "me ayudas", "cómo funciona",
            "cómo funciona esto", "cómo te uso", "cómo se usa", "cómo se usa esto",
            "instrucciones", "estoy perdido", "estoy perdida",
            "cómo debo preguntar", "cómo hago una pregunta", "cómo pregunto",
            "cómo formulo mi pregunta", "cómo debo formular mi pregunta", "no entiendo",
            "no sé cómo usarlo", "no sé cómo funciona", "cómo empiezo", "por dónde empiezo",
            "primera vez que uso esto",
        ),
    },
    "ru": {
        Intent.GREETING: (
            "привет", "приветик", "приветствую", "здравствуйте", "здравствуй", "здрасте",
            "здрасьте", "добрый день", "доброе утро", "добрый вечер", "доброго дня",
            "доброго времени суток", "хай", "салют", "салам", "всем привет", "привет всем",
            "как дела", "как ты", "как вы", "ку", "хелло",
            "есть кто", "есть кто нибудь", "кто нибудь здесь", "кто здесь", "здравия желаю",
            "рад знакомству", "приятно познакомиться", "как поживаете",
            "как у вас дела", "как твои дела", "доброго утра", "доброго вечера",
        ),
        Intent.THANKS: (
            "спасибо", "спасибо большое", "большое спасибо", "огромное спасибо",
            "спасибо огромное", "спасибочки", "спасибки", "спс", "сяп", "пасиб", "пасиба",
            "благодарю", "благодарю вас", "благодарствую", "мерси", "сенкс", "спасибо за помощь",
            "спасибо за ответ", "спасибо за информацию", "очень помогло", "очень полезно",
            "вы очень помогли", "ты очень помог",
            "то что нужно", "именно то что нужно", "это то что нужно", "как раз то что нужно",
            "спасибо еще раз", "вы мне очень помогли", "ты мне очень помог", "полезно",
            "очень полезная информация", "признателен", "признательна", "благодарен", "благодарна",
            "спасибо вам", "спасибо тебе",
        ),
        Intent.GOODBYE: (
            "пока", "пока пока", "покеда", "до свидания", "досвидания", "до встречи", "до скорого",
            "до завтра", "всего доброго", "всего хорошего", "счастливо", "прощай", "прощайте",
            "бывай", "спокойной ночи", "доброй ночи", "хорошего дня", "на этом всё", "это всё",
            "на этом все", "это все на сегодня", "пока что все", "всего наилучшего", "удачи",
            "до связи", "увидимся", "мне пора", "мне нужно идти", "больше вопросов нет",
            "вопросов больше нет", "хорошего вечера",
        ),
        Intent.WHO: (
            "кто ты", "ты кто", "кто вы", "вы кто", "кто ты такой", "ты кто такой", "что ты такое",
            "ты бот", "ты робот", "вы бот", "вы робот", "ты человек", "вы человек", "ты живой",
            "ты настоящий", "ты ии", "это бот", "как тебя зовут", "как вас зовут",
            "как тебя звать", "кто тебя создал", "кто тебя сделал", "кто вас создал",
            "представься", "представьтесь", "что это за бот",
            "с кем я разговариваю", "с кем я говорю", "с кем я общаюсь", "с кем говорю",
            "кто со мной говорит", "ты чей бот", "чей ты бот", "чей это бот", "ты от юнеско",
            "вы от юнеско", "ты из юнеско", "вы из юнеско", "это юнеско", "ты чатгпт",
            "ты chatgpt", "ты gpt", "ты нейросеть", "вы нейросеть", "ты искусственный интеллект",
            "ты официальный бот", "вы официальный бот",
        ),
        Intent.CAPABILITIES: (
            "что ты умеешь", "что вы умеете", "что умеешь", "что ты можешь", "что вы можете",
            "что можешь", "что ты умеешь делать", "на что ты способен", "что ты делаешь",
            "чем ты можешь помочь", "чем вы можете помочь", "чем можешь помочь", "чем ты полезен",
            "что ты знаешь", "что вы знаете", "о чем тебя можно спросить",
            "о чем вас можно спросить", "что у тебя можно спросить", "что можно спросить",
            "для чего ты нужен", "зачем ты нужен", "какие у тебя функции",
            "какие у тебя возможности",
            "о чем ты можешь рассказать", "о чем вы можете рассказать",
            "по каким темам ты можешь помочь", "по каким темам вы можете помочь",
            "какие темы ты знаешь", "на какие вопросы ты отвечаешь",
            "на какие вопросы вы отвечаете", "на какие вопросы отвечаешь",
            "что ты можешь рассказать", "для чего этот бот", "что умеет этот бот",
            "что ты вообще умеешь",
        ),
        Intent.HELP: (
            "помощь", "помоги", "помогите", "помоги мне", "помогите мне", "нужна помощь",
            "мне нужна помощь", "справка", "хелп", "как пользоваться", "как тобой пользоваться",
            "как это работает", "как ты работаешь", "инструкция", "я запутался", "я запуталась",
            "можешь помочь", "можете помочь",
            "как задать вопрос", "как правильно задать вопрос", "как спрашивать",
            "как мне спросить", "как сформулировать вопрос", "не понимаю как пользоваться",
            "не понимаю", "я не понимаю", "с чего начать",
        ),
    },
    "zh": {
        Intent.GREETING: (
            "你好", "您好", "你好啊", "你好呀", "您好啊", "你们好", "大家好", "嗨", "哈喽", "哈啰",
            "哈罗", "嘿", "喂", "早上好", "早安", "早", "上午好", "中午好", "下午好", "晚上好",
            "在吗", "在不在", "你好吗", "妳好", "你好嗎",
            "打扰一下", "打扰了", "不好意思打扰一下", "有人吗", "有人在吗", "你好你好",
        ),
        Intent.THANKS: (
            "谢谢", "谢谢你", "谢谢您", "谢谢啦", "谢啦", "谢了", "多谢", "多谢你", "非常感谢",
            "十分感谢", "万分感谢", "感谢", "感谢你", "感谢您", "太感谢了", "谢谢你的帮助",
            "谢谢您的帮助", "感谢你的帮助", "感谢您的帮助", "谢谢你们", "辛苦了", "谢谢回答",
            "谢谢你的回答", "謝謝", "多謝", "感謝", "3q",
            "谢谢指导", "感谢解答", "谢谢解答", "受教了", "很有帮助", "太有用了", "很有用",
            "谢谢你的解答",
        ),
        Intent.GOODBYE: (
            "再见", "拜拜", "拜", "回见", "下次见", "明天见", "晚安", "先这样", "就这样", "再會",
            "再見", "告辞", "祝你愉快", "没有了", "没事了",
            "回头再聊", "回头聊", "改天再聊", "下次再聊", "以后再聊", "再聊", "再会",
            "今天就到这里", "就到这里", "今天就到这", "到此为止",
            "先到这里", "没有别的问题了", "没问题了", "我先走了", "下线了",
        ),
        Intent.WHO: (
            "你是谁", "您是谁", "你是什么", "你是哪位", "你叫什么", "你叫什么名字", "你的名字",
            "你是机器人吗", "你是机器人", "你是人吗", "你是真人吗", "你是ai吗", "你是人工智能吗",
            "你是bot吗", "谁开发的你", "谁创造了你", "谁做的你", "你是谁开发的", "你是谁做的",
            "介绍一下你自己", "自我介绍一下", "你是誰",
            "您是哪个单位的", "你是哪个单位的", "你是哪里的", "您是哪里的", "你是教科文组织的吗",
            "你是教科文组织官方的吗", "你是官方的吗",
            "你是联合国教科文组织的吗", "你是不是机器人", "你是chatgpt吗", "你是gpt吗",
            "你是真人还是机器人", "谁在回答", "你代表教科文组织吗",
            "你是官方机器人吗",
        ),
        Intent.CAPABILITIES: (
            "你能做什么", "你会做什么", "你会什么", "你可以做什么", "你能干什么", "你会干什么",
            "你有什么功能", "你有什么用", "你能帮我做什么", "你能帮我什么", "你可以帮我什么",
            "你能帮什么忙", "我可以问你什么", "我能问你什么", "我能问什么", "可以问什么",
            "你都会什么", "你知道什么", "你能做什麼",
            "有啥用", "这个机器人有什么用", "这个机器人有啥用", "你有啥用", "这个有什么用",
            "这是干什么的", "这是干嘛的", "你是干什么的", "你是干嘛的",
            "你能回答什么问题", "你能回答哪些问题", "我可以问哪些问题", "你懂什么", "你都能干啥",
            "你能干啥",
        ),
        Intent.HELP: (
            "帮助", "帮忙", "求助", "帮帮我", "帮我", "救命", "怎么用", "如何使用", "怎么使用",
            "使用说明", "我需要帮助", "需要帮助", "你能帮我吗", "能帮我吗", "可以帮我吗",
            "怎么用你", "幫助", "幫忙",
            "不会用", "求指导", "怎么提问", "该怎么提问", "如何提问", "怎么问", "我该怎么问",
            "不知道怎么用", "不懂怎么用", "教教我",
            "新手求助", "第一次用",
        ),
    },
    "ar": {
        Intent.GREETING: (
            "مرحبا", "مرحبًا", "مرحبا بك", "اهلا", "أهلا", "أهلا وسهلا", "اهلين", "هلا",
            "هلا والله", "السلام عليكم", "سلام عليكم", "السلام عليكم ورحمة الله",
            "السلام عليكم ورحمة الله وبركاته", "سلام", "وعليكم السلام", "صباح الخير", "صباح النور",
            "مساء الخير", "مساء النور", "تحية طيبة", "تحياتي", "هاي", "كيف حالك", "كيفك", "salam",
            "salaam", "salam alaikum", "assalamu alaikum", "as salamu alaykum", "salamu alaikum",
            "slm", "marhaba", "ahlan",
            "اهلا بك", "مرحبا بكم", "يسعد صباحك", "يسعد مساك", "هلا وغلا", "كيف الحال", "كيفكم",
            "شلونك", "ازيك", "اخبارك", "السلام عليكم جميعا",
        ),
        Intent.THANKS: (
            "شكرا", "شكرًا", "شكرا جزيلا", "شكرًا جزيلًا", "شكرا لك", "شكرا لكم", "شكرا كثيرا",
            "الف شكر", "ألف شكر", "مشكور", "مشكورة", "متشكر", "متشكرة", "يعطيك العافية",
            "جزاك الله خيرا", "بارك الله فيك", "شكرا على المساعدة", "شكرا على مساعدتك",
            "شكرا على الرد", "شكرا على الإجابة", "أشكرك", "نشكرك", "shukran", "shokran",
            "مفيد جدا",
            "جزاك الله خير", "جزاكم الله خير", "جزاكم الله خيرا", "شكرا جزيلا لك", "مشكورين",
            "تسلم", "تسلمي", "الله يعطيك العافيه", "يعطيك الف عافيه", "ممتن", "ممتنه",
            "شكرا على المعلومات", "افدتني", "مفيد", "كلامك مفيد",
        ),
        Intent.GOODBYE: (
            "مع السلامة", "وداعا", "وداعًا", "إلى اللقاء", "الى اللقاء", "أراك لاحقا",
            "نراك لاحقا", "تصبح على خير", "تصبحون على خير", "في أمان الله", "في امان الله", "باي",
            "يوم سعيد", "هذا كل شيء",
            "باي باي", "بالتوفيق", "نلتقي لاحقا", "خلاص", "هذا كل ما لدي", "بس كذا",
            "ما عندي اسئله ثانيه",
        ),
        Intent.WHO: (
            "من أنت", "من انت", "مين انت", "انت مين", "من تكون", "ما أنت", "ما انت", "ما اسمك",
            "شو اسمك", "هل أنت بوت", "هل انت بوت", "هل أنت روبوت", "هل انت روبوت", "هل أنت إنسان",
            "هل انت انسان", "هل أنت إنسان آلي", "هل أنت ذكاء اصطناعي", "انت بوت", "أنت روبوت",
            "من صنعك", "من برمجك", "من أنشأك", "من طورك", "عرفني بنفسك", "عرف بنفسك", "قدم نفسك",
            "مين صممك", "من صممك", "مين اللي صممك", "من الذي صممك", "مين عملك", "مين برمجك",
            "مين سواك", "من اللي صنعك", "هل انت من اليونسكو", "انت تابع لليونسكو",
            "هل انت تابع لليونسكو", "هل انت شات جي بي تي", "انت شات جي بي تي", "مع من اتكلم",
            "مع مين بحكي", "مع من اتحدث", "مين معي", "من معي", "هل هناك احد", "في حد", "فيه احد",
        ),
        Intent.CAPABILITIES: (
            "ماذا يمكنك أن تفعل", "ماذا يمكنك ان تفعل", "ماذا تستطيع أن تفعل",
            "ماذا تستطيع ان تفعل", "ماذا يمكنك", "ماذا تفعل", "ما الذي يمكنك فعله",
            "ما الذي تستطيع فعله", "ما الذي تفعله", "ماذا تعرف", "بماذا يمكنك مساعدتي",
            "كيف يمكنك مساعدتي", "كيف تساعدني", "ما هي قدراتك", "ما قدراتك", "ما وظيفتك",
            "ما هي وظيفتك", "ما عملك", "ما هي خدماتك", "شو بتعمل", "شو بتقدر تعمل",
            "ماذا يمكنني أن أسألك", "عن ماذا يمكنني أن أسأل", "ماذا أسألك",
            "ماذا يمكنك ان تقدم", "ماذا يمكنك ان تقدم لي", "ماذا تقدم",
            "ما هي المواضيع التي تعرفها", "ما المواضيع التي تغطيها",
            "ما هي المواضيع اللي تعرف تجاوب عنها", "ما هي المواضيع التي يمكنك الاجابه عنها",
            "ما المواضيع التي يمكنك الاجابه عنها", "شو المواضيع", "ايش تعرف", "شو بتعرف",
            "عن ماذا يمكنني ان اسال",
        ),
        Intent.HELP: (
            "مساعدة", "المساعدة", "ساعدني", "ساعدوني", "أحتاج مساعدة", "احتاج مساعدة",
            "أحتاج إلى مساعدة", "أريد مساعدة", "اريد المساعدة", "هل يمكنك مساعدتي", "ممكن تساعدني",
            "كيف أستخدمك", "كيف استخدمك", "كيف أستخدم البوت", "كيف يعمل هذا", "كيف يعمل",
            "تعليمات", "النجدة",
            "ما فهمت", "لم افهم", "مش فاهم", "ما فهمت كيف اسال", "كيف اسال", "كيف اطرح سؤالي",
            "كيف اسال سؤالي", "كيف استعملك", "كيف استعمل البوت", "كيف استخدم البوت",
            "اول مره استخدم البوت", "اول مره استخدمه", "اول مره",
        ),
    },
}

# Words that carry no request: politeness, acknowledgements, vocatives, interjections. Alone they
# are not small talk ("ok" is no intent); with a phrase they do not stop it being small talk.
FILLER: dict[str, tuple[str, ...]] = {
    "en": (
        "please", "pls", "plz", "ok", "okay", "okey", "kk", "k", "alright", "great", "cool",
        "nice", "perfect", "awesome", "good", "very good", "wonderful", "excellent", "super",
        "well", "oh", "ah", "so", "and", "again", "a lot", "lol", "haha", "hehe", "hmm", "um",
        "yes", "yeah", "yep", "sure", "fine", "got it", "understood", "i see", "there", "all",
        "everyone", "everybody", "guys", "folks", "sir", "madam", "dear", "friend", "mate",
        "buddy", "bot", "the bot", "unesco", "unesco bot", "just", "really", "then", "too",
        "you", "to you", "you too", "very much", "so much", "for everything", "for your help",
        "for the help", "for the answer", "for the info", "for that", "in advance",
        "sorry", "excuse me", "new here", "i'm new", "i am new", "i'm new here", "i am new here",
        "for now", "now", "today", "exactly", "actually", "anyway", "btw", "by the way",
        "colleagues", "dear colleagues", "team", "all of you", "kind regards", "regards",
        "best regards", "best",
    ),
    "fr": (
        "s'il vous plaît", "s'il te plaît", "svp", "stp", "oui", "ouais", "d'accord", "dac",
        "daccord", "parfait", "super", "génial", "top", "bien", "très bien", "bon", "alors", "eh",
        "bah", "ben", "euh", "madame", "monsieur", "mesdames", "messieurs", "à tous",
        "tout le monde", "le bot", "encore", "et", "à vous", "à toi", "vous aussi", "toi aussi",
        "pour tout", "pour votre aide", "pour ton aide", "pour la réponse", "pour l'info",
        "d'avance", "par avance", "ah bon", "je vois", "compris", "cher", "chère", "l'ami",
        "désolé", "désolée", "pardon", "excusez moi", "excuse moi", "je suis nouveau",
        "je suis nouvelle", "nouveau ici", "nouvelle ici", "pour l'instant", "pour aujourd'hui",
        "pour le moment", "aujourd'hui", "exactement", "vraiment", "cordialement",
        "bien cordialement", "chers collègues", "collègues", "encore une fois", "l'unesco",
        "unesco", "beaucoup",
    ),
    "es": (
        "por favor", "porfa", "porfavor", "porfis", "vale", "bueno", "perfecto", "genial",
        "mil", "muchas", "muy bien", "bien", "sí", "claro", "de acuerdo", "entendido", "oye",
        "señor", "señora", "amigo", "amiga", "a todos", "a ti", "a usted", "igualmente",
        "tú también", "y", "de nuevo", "otra vez", "por todo", "por tu ayuda", "por su ayuda",
        "por la ayuda", "por la información", "de antemano", "ya veo", "ah", "oh", "jaja",
        "excelente", "estimado", "estimada",
        "perdón", "disculpe", "disculpa", "exactamente", "realmente", "de verdad", "cordiales",
        "cordialmente", "colegas", "estimados", "estimadas", "estimados colegas", "por ahora",
        "por hoy", "hoy", "mucho", "muchísimo", "soy nuevo", "soy nueva", "aquí", "la unesco",
        "unesco",
    ),
    "ru": (
        "пожалуйста", "пжл", "пж", "плиз", "пожалуй", "ок", "окей", "оке", "ладно", "хорошо",
        "понятно", "ясно", "отлично", "супер", "класс", "круто", "здорово", "ага", "да", "ну", "а",
        "и", "вам", "тебе", "вам тоже", "тебе тоже", "ещё раз", "за всё", "за помощь",
        "за ответ", "бот", "ботик", "друг", "всем", "очень", "заранее", "понял", "поняла", "хм",
        "ой",
        "вообще", "коллеги", "уважаемые коллеги", "дорогие коллеги", "коллега", "юнеско",
        "извините", "простите", "извини", "прости", "сорри", "сегодня", "пока что", "именно",
        "просто", "вот", "я новенький", "я новенькая", "я новичок", "я тут новенький",
        "я тут новенькая",
    ),
    "zh": (
        "请", "请问", "麻烦", "麻烦你", "麻烦您", "啊", "呀", "呢", "吧", "啦", "哦", "噢", "嗯",
        "好", "好的", "好吧", "行", "可以", "明白了", "知道了", "了解", "哈哈", "机器人",
        "小助手", "助手", "朋友", "你", "您", "大家", "了", "的", "ok", "那", "那么", "非常",
        "很", "你的帮助", "您的帮助", "你的回答",
        "这个", "一下", "吗", "嘛", "么", "今天", "先", "不好意思", "是", "就", "这里", "这样",
    ),
    "ar": (
        "من فضلك", "لو سمحت", "رجاء", "رجاءً", "أرجوك", "ارجوك", "يا", "بوت", "يا بوت", "أخي",
        "اخي", "يا أخي", "أختي", "حسنا", "حسنًا", "أوك", "اوكي", "تمام", "ممتاز", "جميل", "رائع",
        "طيب", "نعم", "ايوه", "و", "مرة أخرى", "جزيلا", "كثيرا", "لك", "لكم", "عليكم", "يا صديقي",
        "صديقي", "فهمت", "مقدما", "الله", "والله", "على المساعدة", "على مساعدتك", "على الرد",
        "جدا", "لي", "اللي", "كثير", "خالص", "ممكن", "اخي الكريم", "معلش", "عفوا", "اسف", "اسفه",
        "الان", "اليوم", "اليونسكو", "يونسكو", "انا جديد", "انا جديده", "انا جديد هنا",
    ),
}
# fmt: on

# Chat spellings, written out before the tables are read ("are u chatgpt", "thank u").
CHAT_SPELLINGS: dict[str, tuple[str, ...]] = {
    "u": ("you",),
    "r": ("are",),
    "ur": ("your",),
    "im": ("i", "m"),
    "dont": ("don", "t"),
}
# "from" before a place at the end of a greeting, thanks or goodbye, and how many words the place
# may have: "Greetings from Nairobi", "Saludos desde Lima", "Bonjour de Dakar", "Привет из Казани".
FROM = frozenset({"from", "desde", "de", "depuis", "из", "от", "من"})
PLACE_WORDS = 2

# Emoji that say it all on their own ("👋" alone is a greeting); other emoji are ignored.
EMOJI: dict[str, Intent] = {"👋": Intent.GREETING, "🙏": Intent.THANKS}

# Emoticons whose letters would otherwise be left behind as words (":D", "xD", ":p", ":3").
_EMOTICON = re.compile(
    r"(?:[:;=][-'^]?[()dp\]\[/\\|o*3]+|(?<![a-z0-9])(?:8[-']?[()dp]|x[dp]+|<3+|\^[_.-]?\^))"
    r"(?![a-z0-9])"
)
_MENTION = re.compile(r"@\w+")
_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_HAN_CHAR = re.compile(f"[{_HAN}]")
_TOKEN = re.compile(rf"[{_HAN}]|[^\s{_HAN}]+")
_REPEATS = re.compile(r"([^\W\d_])\1+")
_DROPPED_CATEGORIES = ("P", "S", "M", "C")  # punctuation, symbols, marks, invisible characters


def _clean(text: str) -> str:
    """Fold a message or a table entry, and turn punctuation, symbols and marks into spaces."""
    text = normalize(text).replace("ё", "е")
    text = normalize_arabic(fold_accents(text))
    kept = (" " if unicodedata.category(char)[0] in _DROPPED_CATEGORIES else char for char in text)
    return " ".join("".join(kept).split())


def _tokens(cleaned: str) -> tuple[str, ...]:
    """Words, with each Han character a token of its own and repeated letters written once.

    Collapsing runs of a letter on both sides ("merciii" and "merci" are "merci", "谢谢谢谢" and
    "谢谢" are "谢") lets any letter repeat without a regex that could backtrack for ever.
    """
    return tuple(_TOKEN.findall(_REPEATS.sub(r"\1", cleaned)))


def _add(
    table: dict[tuple[str, ...], frozenset[Intent]], entry: str, intents: frozenset[Intent]
) -> None:
    tokens = _tokens(_clean(entry))
    if not tokens:
        return
    table[tokens] = table.get(tokens, frozenset()) | intents
    if len(tokens) > 1 and not any(_HAN_CHAR.match(token) for token in tokens):
        joined = ("".join(tokens),)  # typed together: "thankyou", "goodmorning", "aidemoi"
        table[joined] = table.get(joined, frozenset()) | intents


@cache
def _table() -> dict[tuple[str, ...], frozenset[Intent]]:
    """Every phrase and filler of every language as a token sequence and its intents."""
    table: dict[tuple[str, ...], frozenset[Intent]] = {}
    for words in FILLER.values():
        for word in words:
            _add(table, word, frozenset())
    for phrases in PHRASES.values():
        for intent, entries in phrases.items():
            for entry in entries:
                _add(table, entry, frozenset({intent}))
    return table


@cache
def _longest() -> int:
    return max(len(tokens) for tokens in _table())


def _first_words(token: str) -> tuple[str, ...]:
    """A token and, for Arabic, the same word without the "and" written onto it ("وشكرا")."""
    if token.startswith("و") and len(token) > 2:
        return (token, token[1:])
    return (token,)


def _parse(tokens: tuple[str, ...]) -> frozenset[Intent] | None:
    """The intents of a message made only of phrases and filler, else None.

    Each position is solved once, longest phrase first, so the work stays linear in the length
    of the message; a message that leaves anything else ("hello, what about data?") is None.
    """
    table, longest = _table(), _longest()
    solved: dict[int, frozenset[Intent] | None] = {len(tokens): frozenset()}
    for start in range(len(tokens) - 1, -1, -1):
        solved[start] = None
        for length in range(min(longest, len(tokens) - start), 0, -1):
            rest = solved[start + length]
            if rest is None:
                continue
            found = [
                table[key]
                for first in _first_words(tokens[start])
                if (key := (first, *tokens[start + 1 : start + length])) in table
            ]
            if found:
                solved[start] = rest | found[0]
                break
    return solved[0]


def small_talk(
    text: str, language: str | None = None, *, names: Iterable[str] = ()
) -> Intent | None:
    """The small-talk intent of a message, or None if it says anything else.

    ``names`` are the bot's own names (its username, its display name), which people add to
    a greeting in group chats; @mentions are always ignored. ``language`` is accepted so callers
    can pass what they know, but every language's phrases are tried: a two-word message's
    language cannot be told reliably, and people mix them ("ok merci", "hi, спасибо").
    """
    del language  # deliberately unused, see above
    if len(text) > 4 * LONGEST_SMALL_TALK:  # before any work: emoji and spaces may inflate it
        return None
    without_mentions = _MENTION.sub(" ", normalize(text))
    for name in names:
        name_pattern = rf"(?<!\w){re.escape(normalize(name))}(?!\w)"
        without_mentions = re.sub(name_pattern, " ", without_mentions)
    without_mentions = _EMOTICON.sub(" ", without_mentions)
    cleaned = _clean(without_mentions)
    if len(cleaned) > LONGEST_SMALL_TALK:
        return None
    if not cleaned:
        return next((intent for emoji, intent in EMOJI.items() if emoji in text), None)
    tokens = _spelled_out(_tokens(cleaned))
    intents = _parse(tokens) or _signed_from_somewhere(tokens)
    if not intents:
        return None
    return next(intent for intent in PRIORITY if intent in intents)


def _spelled_out(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """Chat spellings written out ("are u chatgpt" is "are you chatgpt")."""
    if not any(token in CHAT_SPELLINGS for token in tokens):
        return tokens
    return tuple(word for token in tokens for word in CHAT_SPELLINGS.get(token, (token,)))


def _signed_from_somewhere(tokens: tuple[str, ...]) -> frozenset[Intent] | None:
    """A greeting, thanks or goodbye followed by where it comes from: "Greetings from Nairobi",
    "Saludos cordiales desde Lima", "Привет из Казани", "مرحبا من القاهرة"."""
    for place in range(1, PLACE_WORDS + 1):
        at = len(tokens) - place - 1
        if at < 1 or tokens[at] not in FROM:
            continue
        intents = _parse(tokens[:at])
        if intents and intents & {Intent.GREETING, Intent.THANKS, Intent.GOODBYE}:
            return intents
    return None

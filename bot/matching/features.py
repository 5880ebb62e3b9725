"""The signals the confidence model reads: how sure can we be that the best entry is right?

A score alone cannot say it. A long question with context ("I'm an adviser in Kenya, we are
drawing up procurement rules… what about students' data?") scores low because its context words
are unknown to the knowledge base, yet its informative words all point at one entry; a near-domain
question ("the EU AI Act") can score higher, with its words spread over several entries. So the
model reads a handful of cheap signals about the best entry and its runner-up, each computed from
the index once the search is done:

* ``score``, ``margin``: the best score and its lead over the runner-up;
* ``coverage``: the share of the question's known information (IDF) that the best entry contains;
* ``curated``: the share of it found in the best entry's curated fields (title, alternate questions,
  keywords), which editors wrote to be matched, rather than only deep in the quoted text;
* ``title``: the share of it found in the best entry's title, which says what the entry is about;
* ``unknown``: the share of the question's information in words the knowledge base never uses;
* ``containment``: how much of the best entry's closest alternate question is in the question
  (a long question usually contains a short one);
* ``fuzzy``: the near-copy similarity of the question to an alternate question of the best entry;
* ``length``: the number of informative terms, log-scaled;
* ``related``: the runner-up is related to the best entry, or in the same topic;
* ``agree``: the lexical and the near-copy paths agree on the best entry;
* ``corrected``: the share of the best entry's matched information that comes through
  typo-corrected words;
* ``crowd``: how many of the best five matches score at least half the best, log-scaled (a word
  that many entries use says little about any one of them);
* ``lead``: the best score's lead over the best match that does not belong with it (related, or
  the same topic): entries that belong together ahead of the rest ("gender equality and AI":
  paragraphs 25, 26 and 27) are as sure an answer as one entry ahead, which ``margin`` misses;
* ``relative_margin``, ``relative_lead``: the margin and the lead as shares of the best score.
  Chinese questions are searched by character pairs and score low however right (0.1–0.3): a
  lead of 0.03 there is as clear as one of 0.3 in English, which only the share says;
* ``together``: the share of the close matches after the best (those ``crowd`` counts) that
  belong with it ("teachers": paragraphs 12, 13 and 42 together);
* ``synonym``: the share of the best entry's matched information that comes through words a
  synonym group brought ("grandma" searched as "older people"): curated, but a guess at what
  the asker meant all the same;
* ``other_document``: the question names an instrument we do not hold, a law, a convention, a
  declaration ("the EU AI Act", "GDPR"; ``references.names_other_document``); the entries do
  mention some ("the Qingdao Declaration", data protection laws), so it is weighed, not a rule.

Some facts are not weighed but decide alone (``Signals.quotable``); the best match may still be
offered as a choice:

* it rests only on typo-corrected words ("stats" read as "state");
* the question is two words and the best entry explains half of it at most (``HALF``);
* the question names a year the knowledge base never mentions ("UNESCO's 2023 guidance…"),
* or an instrument it never names (``Profile.unknown_instrument``: "the EU AI Act", "GDPR",
  "UNESCO's Recommendation on the Ethics of AI"; not "the Qingdao Declaration", which entries
  mention), which is about a text or an event we do not hold;
* or a commercial AI product it never names (PRODUCTS: "Copilot", "Kimi"), which is about the
  product;
* the question is only everyday words (GENERIC_WORDS: "internet", "smartphone", "données"),
  which match an entry that mentions them but ask nothing of it;
* its last sentence asks about something near the domain that the knowledge base does not give
  (``Profile.unknown_subject``): a UNESCO scholarship, a job, a price, a licence, a deadline, a
  statistic, another UNESCO programme (NEAR_DOMAIN), an acronym in capitals the knowledge base
  never uses ("OECD", "PISA", "CNIL"), a law or decree by number ("Ley 1581", "закон № 152"), an
  amount of money, the best product or how to use one.

An instrument, a product or such a subject named only as context, before a last clause that
names the Consensus ("we are implementing the GDPR; what does the Beijing Consensus say about
pupils' data?"), is not what the question asks: none of these rules counts it, nor does
``other_document``.

All of it is a few set look-ups per query term, for the best entry only; each entry's terms are
analysed once, the first time it is the best match of a question.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cache, cached_property
from typing import NamedTuple

from babel import Locale

from bot.knowledge.model import KnowledgeBase
from bot.matching.analysis import SENTENCE_END, last_clause, stem_word, tokens, words
from bot.matching.index import LanguageIndex, QueryTerms, Scored
from bot.matching.references import context_end, instruments, names_other_document, names_source
from bot.matching.references import fold as fold_reference

FEATURES: tuple[str, ...] = (
    "score",
    "margin",
    "coverage",
    "curated",
    "title",
    "unknown",
    "containment",
    "fuzzy",
    "length",
    "related",
    "agree",
    "corrected",
    "crowd",
    "other_document",
    "synonym",
    "lead",
    "relative_margin",
    "relative_lead",
    "together",
)
CORRECTED_BELOW = 1.0  # the index gives a corrected word a weight below 1
# A short question (SHORT_TERMS terms at most) of which the best entry explains half at most
# (of its information, unknown words included) asks something else: "comment renouveler mon
# passeport" shares "renouveler" with the Qingdao paragraph and "passeport" with the skills
# passport of another; neither answers it. Never quoted; at most offered as a choice.
SHORT_TERMS = 2
HALF = 0.5
CROWD = 5  # how many of the best matches ``crowd`` looks at
CROWD_SHARE = 0.5  # ...counting those that score at least this share of the best
YEARS = range(1900, 2100)
# Everyday words that say no question on their own: a message made only of them ("internet",
# "smartphone", "données") may match an entry that mentions them, but asks nothing of it, so it is
# never quoted (at most offered as choices). Written as people type them; analysed like any text.
GENERIC_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("internet", "web", "online", "smartphone", "smartphones", "phone", "phones",
           "mobile", "computer", "computers", "laptop", "laptops", "tablet", "tablets",
           "technology", "technologies", "tech", "software", "app", "apps", "application",
           "data", "digital", "device", "devices", "screen", "screens", "ai",
           "artificial intelligence", "it", "ict", "document", "documents", "text", "texts",
           "file", "files"),
    "fr": ("internet", "web", "en ligne", "smartphone", "smartphones", "téléphone",
           "téléphones", "portable", "portables", "ordinateur", "ordinateurs", "tablette",
           "tablettes", "technologie", "technologies", "logiciel", "logiciels", "application",
           "applications", "appli", "données", "numérique", "appareil", "appareils", "écran",
           "écrans", "ia", "intelligence artificielle", "tic", "document", "documents", "texte",
           "textes", "fichier", "fichiers"),
    "es": ("internet", "web", "en línea", "smartphone", "celular", "celulares", "móvil",
           "móviles", "teléfono", "teléfonos", "computadora", "computadoras", "ordenador",
           "ordenadores", "portátil", "tableta", "tabletas", "tecnología", "tecnologías",
           "software", "aplicación", "aplicaciones", "app", "datos", "digital", "dispositivo",
           "dispositivos", "pantalla", "pantallas", "ia", "inteligencia artificial", "tic",
           "documento", "documentos", "texto", "textos", "archivo", "archivos"),
    "ru": ("интернет", "онлайн", "смартфон", "смартфоны", "телефон", "телефоны", "компьютер",
           "компьютеры", "ноутбук", "ноутбуки", "планшет", "планшеты", "технология",
           "технологии", "софт", "программы", "приложение", "приложения", "данные", "цифровой",
           "цифровые", "устройство", "устройства", "экран", "экраны", "ии",
           "искусственный интеллект", "икт", "гаджеты", "документ", "документы", "текст",
           "тексты", "файл", "файлы"),
    "zh": ("互联网", "网络", "上网", "在线", "手机", "智能手机", "电脑", "计算机", "笔记本电脑",
           "平板", "平板电脑", "技术", "科技", "软件", "应用", "数据", "数字", "设备", "屏幕",
           "人工智能", "信息技术", "文件", "文档", "资料"),
    "ar": ("الانترنت", "انترنت", "الإنترنت", "الهاتف", "الهاتف الذكي", "الهواتف الذكية",
           "هاتف", "جوال", "الجوال", "الحاسوب", "حاسوب", "الكمبيوتر", "كمبيوتر", "لابتوب",
           "الحاسوب المحمول", "الجهاز اللوحي", "التكنولوجيا", "تكنولوجيا", "التقنية", "تقنية",
           "البرمجيات", "برنامج", "البرامج", "التطبيقات", "تطبيق", "البيانات", "بيانات",
           "الرقمي", "رقمي", "الأجهزة", "أجهزة", "الشاشات", "الذكاء الاصطناعي", "وثيقة",
           "الوثيقة", "وثائق", "الوثائق", "مستندات", "المستندات", "ملف", "ملفات"),
}  # fmt: skip


# Commercial AI products: the knowledge base quotes policy texts, which name none, so a question
# that names one ("how do I use ChatGPT for lesson plans", "the price of Copilot") asks about the
# product, and is never quoted unless the knowledge base names it too (``Profile``).
PRODUCTS = (
    "chatgpt", "chat gpt", "gpt-4", "gpt-4o", "gpt-5", "openai", "gemini", "bard", "copilot",
    "claude", "deepseek", "kimi", "llama", "mistral", "midjourney", "dall-e", "perplexity",
    "grammarly", "khanmigo", "duolingo", "notebooklm", "canva", "quizlet", "чатгпт", "чат гпт",
    "гигачат", "яндекс gpt", "yandexgpt", "文心一言", "豆包", "通义千问", "讯飞星火", "智谱清言",
    "شات جي بي تي", "تشات جي بي تي",
)  # fmt: skip
_LATIN_OR_CYRILLIC = re.compile(r"[a-z\u0400-\u04ff]")
# A Latin or Cyrillic name is a whole word of its script: "chatgpt" in "用chatgpt写作业" is one.
_PRODUCT = re.compile(
    "|".join(
        rf"(?<![0-9a-z\u00df-\u024f\u0400-\u04ff-]){re.escape(fold_reference(name))}"
        r"(?![0-9a-z\u00df-\u024f\u0400-\u04ff-])"
        if _LATIN_OR_CYRILLIC.match(fold_reference(name))
        else re.escape(fold_reference(name))
        for name in sorted(PRODUCTS, key=len, reverse=True)
    )
)


# Subjects near the domain that the texts we quote never give: UNESCO's scholarships and jobs,
# prices and licences, salaries and fees, deadlines, statistics, a named official. A question
# with one of these words asks about that thing, so it is never quoted unless the knowledge base
# uses the word too (``Profile.unknown_subject``). Latin and Cyrillic ones are folded and
# stemmed, a trailing "*" is a prefix; Han and Arabic ones are found anywhere in the text.
NEAR_DOMAIN: dict[str, tuple[str, ...]] = {
    "en": ("scholarship*", "fellowship*", "internship*", "intern", "interns", "vacancy",
           "vacancies", "job opening*", "closing date*", "salary", "salaries", "wage*",
           "tuition", "price*",
           "pricing", "licence*", "license*", "subscription*", "deadline*", "circular*",
           "world heritage", "heritage site*", "memory of the world",
           "biosphere*", "geopark*", "creative cit*", "recommendation on the ethics of",
           "work for unesco", "work at unesco", "job at unesco", "jobs at unesco",
           "career at unesco", "careers at unesco", "apply for a job"),
    "fr": ("bourse*", "facture*", "stage", "stages", "stagiaire*", "poste vacant*",
           "postes vacants", "offre* d'emploi", "salaire*", "frais d'inscription",
           "frais de scolarite", "prix",
           "tarif*", "cout*", "licence*", "abonnement*", "date limite", "dates limites",
           "echeance*", "circulaire*", "patrimoine mondial", "memoire du monde",
           "biosphere*", "geoparc*", "villes creatives",
           "recommandation sur l'ethique de", "travailler a l'unesco",
           "travailler pour l'unesco", "emploi a l'unesco",
           "postuler a l'unesco"),
    "es": ("beca*", "factura*", "pasantia*", "practicas profesionales", "vacante*",
           "oferta* de empleo",
           "salario*", "sueldo*", "matricula*", "precio*", "tarifa*", "licencia*",
           "suscripcion*", "fecha limite", "fechas limite", "plazo para inscribirse",
           "plazo de inscripcion", "circular*",
           "patrimonio mundial", "memoria del mundo", "biosfera*", "geoparque*",
           "ciudades creativas", "recomendacion sobre la etica de", "trabajar en la unesco",
           "trabajar para la unesco", "empleo en la unesco",
           "postular a la unesco"),
    "ru": ("стипенди*", "стажировк*", "ваканси*", "зарплат*", "заработн*", "оклад*",
           "стоимост*", "цена", "цены", "цену", "лицензи*", "подписк*", "дедлайн*", "срок*",
           "циркуляр*", "всемирного наследия", "всемирное наследие",
           "память мира", "биосфер*", "геопарк*", "креативных городов", "приказ", "приказа",
           "приказе", "об этике искусственного интеллекта", "устроиться на работу",
           "трудоустро*", "работать в юнеско", "работа в юнеско", "работу в юнеско"),
    "zh": ("奖学金", "实习", "招聘", "岗位", "工资", "薪水", "薪资", "学费", "价格", "多少钱",
           "报价", "收费", "许可证", "订阅", "截止", "通知", "世界遗产",
           "世界记忆", "生物圈", "地质公园", "创意城市", "建议书", "统计数字",
           "统计数据", "暂行办法", "管理办法", "实施细则", "去教科文组织工作",
           "在教科文组织工作", "进教科文组织", "应聘", "求职"),
    "ar": ("منحه", "منحة", "منح دراسيه", "منح دراسية", "تدريب صيفي", "وظائف", "وظيفه",
           "وظيفة", "شاغر", "راتب", "رواتب", "رسوم", "سعر", "اسعار", "أسعار", "تكلفه",
           "تكلفة", "ترخيص", "اشتراك", "موعد", "معاد", "اخر اجل", "آخر أجل",
           "تعميم", "منشور وزاري",
           "التراث العالمي", "ذاكره العالم", "ذاكرة العالم", "المحيط الحيوي", "الجيوبارك",
           "المدن المبدعه", "المدن المبدعة", "توصيه بشان اخلاقيات",
           "التوصيه الخاصه باخلاقيات", "توصيه اليونسكو بشان اخلاقيات",
           "توصيه اليونسكو لعام 2021", "توصيه اليونسكو لسنه 2021", "العمل في اليونسكو",
           "العمل لدى اليونسكو", "اشتغل في اليونسكو", "اعمل في اليونسكو", "التوظيف في اليونسكو"),
}  # fmt: skip
# Asking which product is best ("the best AI app for…", "哪个软件好") or how to use a product of
# PRODUCTS ("how do I use ChatGPT to…", "怎么用DeepSeek…") is about the product, even one the
# knowledge base names ("can ChatGPT replace a teacher?" is a question for the Consensus).
BEST_PRODUCT: dict[str, str] = {
    "en": r"\bbest\b(?:\s+\S+){0,3}?\s+(?:apps?|tools?|software|platforms?|programs?|detectors?)\b",
    "fr": r"\bmeilleur(?:e|s|es)?\b(?:\s+\S+){0,3}?\s+(?:applis?|applications?|outils?|logiciels?|"
    r"plateformes?)\b|\b(?:applis?|applications?|outils?|logiciels?|plateformes?)\b"
    r"(?:\s+\S+){0,4}?\s+(?:le|la|les)\s+meilleur",
    "es": r"\bmejor(?:es)?\b(?:\s+\S+){0,3}?\s+(?:apps?|aplicaci\w+|herramientas?|programas?|"
    r"plataformas?|software)\b|\b(?:apps?|aplicaci\w+|herramientas?|programas?|plataformas?)\b"
    r"(?:\s+\S+){0,4}?\s+(?:el|la|los|las)\s+mejor",
    "ru": r"\bлучш\w*\b(?:\s+\S+){0,3}?\s+(?:приложени\w*|программ\w*|сервис\w*|"
    r"платформ\w*|нейросет\w*|антиплагиат\w*)|(?:како[йи]|какое|какая|какие)\s+\S*\s*"
    r"(?:приложени\w*|программ\w*|сервис\w*|платформ\w*|нейросет\w*|антиплагиат\w*)"
    r"(?:\s+\S+){0,3}?\s+лучш",
    "zh": r"(?:哪个|哪款|哪家|什么)(?:牌子的)?\S{0,8}?(?:软件|应用|app|工具|平台|系统)\S{0,4}?"
    r"(?:好|最|推荐)|(?:最好的?|推荐)\S{0,8}?(?:软件|应用|app|工具|平台)",
    "ar": r"(?:افضل|أفضل)\s+(?:\S+\s+){0,3}?(?:تطبيق|برنامج|برامج|منصه|منصة|اداه|أداة|موقع)",
}
# ("how do I use ChatGPT to…", "cómo hago para que ChatGPT no…", "怎么防止ChatGPT…"): the
# product's own settings and tricks, which no policy text gives.
HOW_TO_USE: dict[str, str] = {
    "en": r"\bhow\s+(?:do|can|should|to)\s+(?:i|we|you)?\s*(?:use|set up|configure|connect|stop|"
    r"prevent|block|detect)\s+$",
    "fr": r"\b(?:comment|comment\s+bien)\s+(?:utiliser|utilise|parametrer|configurer|empecher|"
    r"bloquer|detecter|faire\s+pour\s+que|faire\s+pour\s+empecher)\s+$",
    "es": r"\bc[oó]mo\s+(?:se\s+)?(?:uso|usar|usa|utilizo|utilizar|configuro|configurar|"
    r"hago\s+para\s+que|hacer\s+para\s+que|hacemos\s+para\s+que|evito\s+que|evitar\s+que|"
    r"impido\s+que|impedir\s+que|bloqueo|bloquear|detecto|detectar)\s+$",
    "ru": r"\bкак\s+(?:\S+\s+)?(?:использовать|пользоваться|подключить|настроить|запретить|"
    r"заблокировать|отключить|обнаружить|вычислить|сделать\s+чтобы)\s+$",
    "zh": r"(?:怎么|如何|怎样)(?:使用|用|防止|阻止|屏蔽|检测|让)\s*$",
    "ar": r"(?:كيف|كيفيه|كيفية|ازاي|إزاي|شلون|اشلون)\s+"
    r"(?:استخدم|أستخدم|نستخدم|استعمل|استخدام|امنع|نمنع|اكشف|نكشف)\s+$",
}
# ...or said after the product's name, where the language puts it there ("ChatGPT在课堂上怎么
# 设置"), matched from the end of the name.
HOW_TO_USE_AFTER: dict[str, str] = {
    "zh": r"[^？?。，,]{0,8}?(?:怎么|如何|怎样)(?:设置|配置|使用|用|开通|注册)",
}
# Asking for a figure, a list or a person the texts never give: a budget or an amount spent
# ("what is the budget of…", "сколько денег", "拨了多少", "كم الميزانية"), a breakdown of the
# participants ("how many of the officials were women", "cuántos funcionarios latinoamericanos"),
# the list of the countries, how many countries did something since, or who held an office and
# what someone was called ("who was the Director-General in 2019", "как звали министра", "叫什么
# 名字", "ما اسم"); how many hours a week the course takes, whether it gives a certificate
# ("выдавали ли сертификат после курса"; a certificate of what one learned is lifelong learning,
# paragraph 20, so the course must be named), or a count about the Qingdao Declaration
# ("¿Cuántos ministros firmaron la Declaración de Qingdao?"). The texts say what should be
# funded and who is invited to act, never these, even where they use the words. Each pattern is
# one way of asking; folded as ``references.fold`` writes questions.
ASKED_FACT: dict[str, tuple[str, ...]] = {
    "en": (
        r"\bhow\s+many\s+of\s+(?:the|them|those)\b",
        r"\b(?:how\s+many|percentage|percent|share|proportion)\b[^?.!]{0,40}\b(?:women|female|men|"
        r"male)\b[^?.!]{0,40}\b(?:participa\w*|took\s+part|attend\w*|trained|training|course|"
        r"trainees)",
        r"\b(?:percentage|percent|share|proportion)\b[^?.!]{0,20}\b(?:participants|trainees|"
        r"attendees)\b[^?.!]{0,40}\b(?:women|female)\b",
        r"\b(?:which|what)\s+(?:are\s+the\s+)?(?:[0-9]+\s+)?countries\s+"
        r"(?:took|take|were|participat\w*|joined|attended|signed)",
        r"\b(?:which|what)\b[^?.!]{0,30}\bthe\s+[0-9]+\s+countries\b",
        r"\blist\s+of\s+(?:the\s+)?(?:[0-9]+\s+)?(?:participating\s+)?countries\b",
        r"\b(?:list|name|enumerate)\s+(?:all\s+)?(?:of\s+)?the\s+(?:[0-9]+\s+)?"
        r"(?:participating\s+)?countries\b",
        r"\bwho\s+(?:spoke|chaired|presided|opened|moderated|addressed|gave\s+(?:the\s+)?"
        r"(?:\w+\s+)?(?:speech|keynote|address|talk))\b",
        r"\b(?:what|whats)\s+(?:is|was|s)?\s*the\s+(?:total\s+)?budget\b",
        r"\bhow\s+much\s+(?:money|funding|budget|did|does|will|has|have|was|is)\b",
        r"\bhow\s+many\s+(?:millions?|billions?|dollars)\b",
        r"\bwho\s+(?:is|was|were)\s+the\s+(?:\w+\s+){0,3}(?:director(?:[- ]general)?|minister|"
        r"president|secretary(?:[- ]general)?|chair\w*|head|mayor|speaker)"
        r"(?=\s*(?:(?:of|in|at|for)\b|[?.!,]|$))",
        r"\bname\s+of\s+the\s+(?:\w+\s+)?(?:director|minister|president|secretary|chair\w*|"
        r"speaker|person|official)\b",
        r"\bwho\s+(?:is|was)\s+unesco'?s\s+(?:\w+\s+)?(?:director|head|chief)",
        r"\bwhat\s+budget\b",
        r"\b(?:percentage|percent|share|proportion)\s+of\s+(?:the\s+|all\s+)?(?:\w+\s+)?"
        r"(?:schools|teachers|students|pupils|universities|children|classrooms|learners)\b",
        r"\bhow\s+many\s+(?:\w+\s+)?countries\s+(?:have|has|had)\s+(?:already\s+|now\s+|since\s+|"
        r"so\s+far\s+)?(?:adopted|developed|published|introduced|launched|implemented|passed|"
        r"banned|created)\b",
        r"\bhow\s+many\s+(?:\w+\s+)?countries\b[^?.!]{0,40}?\b(?:have|has|had)\b[^?.!]{0,30}?"
        r"\b(?:strateg\w*|polic\w*|laws?|regulations?|plans?|guidelines?)\b",
        r"\bhow\s+many\s+(?:\w+\s+)?(?:schools|teachers|students|pupils|universities|learners|"
        r"children)\b",
        r"\bhow\s+many\s+(?:people|officials|civil\s+servants|participants|persons|"
        r"public\s+servants)\b[^?.!]{0,60}\b(?:course|training|trained|programme|program)",
        r"\bhow\s+many\s+hours\b|\bhours?\s+(?:a|per|each|every)\s+week\b",
        r"\b(?:get|gets|give|gives|given|issue[sd]?|receive[sd]?|award\w*|deliver\w*|obtain\w*)\s+"
        r"(?:a\s+|an\s+|the\s+|any\s+)?(?:\w+\s+)?certificat\w*"
        r"(?=[^?.!]{0,60}\b(?:course|training|mooc|programme|program)\b)",
        r"\bhow\s+many\b[^?.!]{0,60}\bqingdao\b",
    ),
    "fr": (
        r"\bcombien\s+(?:d'entre\s+eux|d'entre\s+elles|des|parmi)\b",
        r"\b(?:combien|pourcentage|proportion|part)\s+de\s+femmes\b[^?.!]{0,40}(?:particip\w*|"
        r"forme\w*|formation|cours|stagiaires)",
        r"\bquels\s+(?:sont\s+les\s+)?(?:[0-9]+\s+)?pays\s+(?:ont|qui\s+ont|participant\w*|"
        r"etaient)",
        r"\bliste\s+des\s+(?:[0-9]+\s+)?pays\b",
        r"\b(?:citer|citez|enumere[rz]?|nomme[rz]?)\s+(?:moi\s+)?(?:tous\s+)?les\s+"
        r"(?:[0-9]+\s+)?pays\b",
        r"\bqui\s+(?:a|avait)\s+(?:preside|ouvert|pris\s+la\s+parole|parle|modere|"
        r"prononce)\b",
        r"\bquel(?:\s+(?:est|etait))?(?:\s+le)?\s+budget\b",
        r"\bcombien\s+(?:d'argent|de\s+millions|d'euros|de\s+dollars|a\s+coute|coute)",
        r"\bqui\s+(?:est|etait|a\s+ete)\s+(?:le|la)\s+(?:\w+\s+){0,3}(?:directeur|directrice|"
        r"ministre|president|presidente|secretaire)(?:[- ]general\w*)?"
        r"(?=\s*(?:(?:de|du|des|en|a)\b|[?.!,]|$))",
        r"\bcomment\s+s'appel\w*",
        r"\b(?:pourcentage|part|proportion|taux)\s+(?:d'|des\s+)(?:ecoles|enseignants|eleves|"
        r"etudiants|universites|enfants|classes)\b",
        r"\bcombien\s+de\s+pays\b[^?.!]{0,40}?\b(?:ont|a|avaient)\s+(?:deja\s+|depuis\s+)?"
        r"(?:adopte|elabore|publie|mis\s+en\s+place|lance|interdit|cree)",
        r"\bcombien\s+de\s+pays\b[^?.!]{0,40}?\b(?:ont|a|avaient|possedent|disposent)\b"
        r"[^?.!]{0,30}?\b(?:strategie|politique|loi|reglementation|plan)",
        r"\bcombien\s+(?:d'|de\s+)(?:ecoles|enseignants|eleves|etudiants|universites|enfants)\b",
        r"\bcombien\s+(?:de\s+)?(?:personnes|fonctionnaires|agents|participants)\b[^?.!]{0,60}"
        r"(?:formation|cours|programme)",
        r"\bcombien\s+d\'heures\b|\bheures?\s+par\s+semaine\b",
        r"\b(?:delivr\w*|obten\w*|obtien\w*|recoi\w*|recevoir|recu|donne\w*)\s+"
        r"(?:un\s+|une\s+|le\s+|la\s+|des\s+)?(?:certificat|attestation|diplome)"
        r"(?=[^?.!]{0,60}\b(?:cours|formation|mooc|programme)\b)",
        r"\bcombien\b[^?.!]{0,60}\bqingdao\b",
    ),
    "es": (
        r"\bcuant[oa]s\s+de\s+(?:los|las|ellos|ellas)\b",
        r"\b(?:cuantas|porcentaje\s+de|proporcion\s+de)\s+mujeres\b[^?.!]{0,40}(?:particip\w*|"
        r"asistie\w*|formad\w*|capacitad\w*|formacion|capacitacion|curso)",
        r"\bque\s+(?:[0-9]+\s+)?paises\s+(?:participa\w*|asistie\w*|estuvie\w*|firma\w*|"
        r"fueron)",
        r"\blista\s+de\s+(?:los\s+)?(?:[0-9]+\s+)?paises\b",
        r"\b(?:enumera\w*|nombra\w*|dime)\s+(?:todos\s+)?los\s+(?:[0-9]+\s+)?"
        r"paises\b",
        r"\bquien\s+(?:presidio|inauguro|hablo|intervino|modero|pronuncio|abrio)\b",
        r"\bcuantos\s+\w+\s+(?:latinoamericanos|africanos|europeos|asiaticos|arabes)\b",
        r"\bcual\s+(?:es|era|fue)\s+el\s+presupuesto\b",
        r"\bcuanto\s+(?:dinero|presupuesto|cuesta|costo|invirti\w*|gast\w*)",
        r"\bcuantos\s+(?:millones|dolares)\b",
        r"\bquien\s+(?:es|era|fue)\s+(?:el|la)\s+(?:\w+\s+){0,3}(?:director|directora|ministro|"
        r"ministra|presidente|presidenta|secretari\w*)(?:[- ]general)?(?:\s+\w+)?"
        r"(?=\s*(?:(?:de|del|en|que)\b|[?.!,]|$))",
        r"\bcomo\s+se\s+llama\w*",
        r"\b(?:porcentaje|proporcion|tasa)\s+de\s+(?:las\s+|los\s+)?(?:escuelas|colegios|docentes|"
        r"maestros|alumnos|estudiantes|universidades|ninos)\b",
        r"\bcuantos\s+paises\b[^?.!]{0,40}?\b(?:han|ha|habian)\s+(?:ya\s+)?(?:adoptado|"
        r"elaborado|publicado|aprobado|lanzado|prohibido|creado)",
        r"\bcuantos\s+paises\b[^?.!]{0,40}?\b(?:tienen|cuentan\s+con|disponen\s+de)\b"
        r"[^?.!]{0,30}?\b(?:estrategia|politica|ley|reglamento|plan)",
        r"(?<!unas )(?<!unos )\bcuant[oa]s\s+(?:escuelas|colegios|docentes|maestros|profesores|"
        r"alumnos|estudiantes|universidades|ninos)\b",
        r"\bcuant[oa]s\s+(?:personas|funcionari[oa]s|participantes|servidores)\b[^?.!]{0,60}"
        r"(?:curso|formacion|capacitacion|programa)",
        r"\bcuantas\s+horas\b|\bhoras?\s+(?:a|por|cada)\s+(?:la\s+)?semana\b",
        r"\b(?:dan|da|dieron|entrega\w*|emit\w*|recib\w*|obten\w*|obtuv\w*|otorga\w*)\s+"
        r"(?:un\s+|una\s+|el\s+|la\s+|algun\s+)?(?:certificado|constancia|diploma)"
        r"(?=[^?.!]{0,60}\b(?:curso|formacion|capacitacion|mooc|programa)\b)",
        r"\bcuant[oa]s\b[^?.!]{0,60}\bqingdao\b",
    ),
    "ru": (
        r"\bсколько\s+из\s+(?:них|участник\w*|чиновник\w*|слушател\w*)",
        r"(?:сколько|процент\w*|дол[яиюе])\s+(?:было\s+)?(?:женщин|мужчин)[^?.!]{0,40}"
        r"(?:участвова\w*|участник\w*|обучени\w*|курс\w*|прошл\w*|слушател\w*)",
        r"\bкакие\s+(?:[0-9]+\s+)?стран\w*\s+(?:участвова\w*|приняли|вошли|подписа\w*)",
        r"\bсписок\s+(?:[0-9]+\s+)?стран",
        r"\b(?:перечисл\w*|назов\w*|назвать)\s+(?:все\s+)?(?:[0-9]+\s+)?стран",
        r"\bкто\s+(?:\w+\s+)?(?:выступал\w*|выступил\w*|председательствовал\w*|открывал\w*|"
        r"открыл\w*|модерировал\w*|вел\s+конференц\w*)",
        r"\bкаков\w*\s+бюджет",
        r"\bкако[йи]\s+(?:\w+\s+)?бюджет",
        r"\bсколько\s+(?:денег|средств|миллион\w*|долларов|стоит|стоил\w*|потратил\w*|"
        r"выделил\w*|вложил\w*)",
        r"\bкто\s+(?:сеичас|теперь|сегодня|ныне)\s+(?:\w+\s+)?(?:директор\w*|генеральн\w*|"
        r"министр\w*|президент\w*|председател\w*|секретар\w*)",
        r"\bкто\s+(?:был\w*|являл\w*|занимал\w*)\s+(?:\w+\s+)?(?:директор\w*|генеральн\w*|"
        r"министр\w*|президент\w*|председател\w*|секретар\w*)",
        r"\bкак\s+(?:звали|зовут)\b",
        r"\bдо\s+какого\s+(?:числа|срока)\b",
        r"\b(?:процент\w*|дол[яиюе])\s+(?:\w+\s+)?(?:школ|учител\w*|педагог\w*|учеников|"
        r"учащихся|студентов|вузов|детеи)\b",
        r"\bсколько\s+(?:\w+\s+)?стран\b[^?.!]{0,40}?(?:принял\w*|разработал\w*|утвердил\w*|"
        r"запретил\w*|внедрил\w*)",
        r"\bсколько\s+(?:\w+\s+)?стран\b[^?.!]{0,40}?(?:есть|имеют|имеется|имеет)\b"
        r"[^?.!]{0,30}?(?:стратеги|политик|закон|план)",
        r"\bсколько\s+(?:школ|учител\w*|педагог\w*|учеников|учащихся|студентов|вузов|"
        r"университетов|детеи)\b",
        r"\bсколько\s+(?:всего\s+)?(?:человек|чиновник\w*|госслужащ\w*|участник\w*|слушател\w*)"
        r"[^?.!]{0,60}(?:курс|обучени|тренинг|программ)",
        r"\bсколько\s+(?:\w+\s+)?часов\b|\bчас\w*\s+в\s+неделю\b",
        r"(?:выдава\w*|выдал\w*|выдаю\w*|получ\w*|дают|давали|дали)\s+(?:ли\s+)?(?:\w+\s+)?"
        r"(?:сертификат|удостоверени|свидетельств|диплом)"
        r"(?=[^?.!]{0,60}(?:курс|обучени|тренинг|программ|mooc|мук))",
        r"\bсколько\b[^?.!]{0,60}циндао",
    ),
    "zh": (
        r"多少(?:钱|预算|经费|资金|美元|万|亿)",
        r"(?:女学员|女性学员|女性参与者|女性官员|女官员|男学员)[^？?。]{0,10}(?:占|多少|比例|几成)",
        r"(?:培训|课程|学员|参与者|参加)[^？?。]{0,20}(?:女性|女的|男女)[^？?。]{0,6}(?:占|多少|比例|几成)",
        r"(?:之后|以后|后来)的?[^？?。]{0,20}(?:会议|大会)[^？?。]{0,10}(?:在哪|哪里|何地)",
        r"拨了多少|投入了?多少|花了多少|预算是多少|其中有?多少",
        r"哪些国家(?:参加|参与|签署)|哪\d*个国家(?:参加|参与)|国家名单",
        r"(?:列出|列举|说出)[^？?。，,]{0,10}的国家|(?:列出|列举|说出)(?:一下)?(?:所有|全部)?"
        r"(?:这|那)?\d*个?国家",
        r"多少个?国家(?:已经)?(?:出台|制定|发布|实施|通过)",
        r"多少个?国家[^？?。，,]{0,10}(?:已经)?(?:有|拥有)[^？?。，,]{0,10}(?:战略|政策|法律|法规|规划)",
        r"谁致|谁作了?(?:报告|发言)|开幕(?:辞|词)是谁",
        r"叫什么名字|叫什么|是谁(?:主持|致辞|讲话)|谁(?:主持|致辞|讲话|担任)|(?:总干事|部长|主席)是谁",
        r"预算(?:有|是)?多少",
        r"(?:学校|教师|老师|学生|中小学)[^？?。]{0,10}(?:比例|百分之|占比)",
        r"多少所?(?:学校|中小学|大学|高校)|多少(?:名|位|个)?(?:教师|老师|学生)",
        r"几(?:个|名|位)(?:人|官员|公务员|学员)|\d+个(?:[^？?。，,]{0,8}的)?国家[^？?。，,]{0,8}哪些"
        r"|有(?:没有)?(?:一份|个)?名单",
        r"多少(?:名|位|个)?(?:人|官员|公务员|学员)[^？?。]{0,20}(?:培训|课程)"
        r"|(?:培训|课程)[^？?。]{0,20}多少(?:名|位|个)?(?:人|官员|公务员|学员)",
        r"每(?:周|星期|天)[^？?。]{0,6}(?:多少|几)(?:个)?(?:小时|课时)|多少(?:个)?(?:小时|课时)|几个小时",
        r"(?:发|颁发|给|拿到|获得|领)[^？?。]{0,4}(?:证书|结业证|证明)"
        r"(?=[^？?。]{0,30}(?:培训|课程|慕课|mooc))",
        r"(?:培训|课程|慕课|mooc)[^？?。]{0,20}(?:发|颁发|给|拿到|获得|领)[^？?。]{0,4}"
        r"(?:证书|结业证)",
        r"多少[^？?。]{0,20}青岛|青岛[^？?。]{0,30}多少",
    ),
    "ar": (
        r"كم\s+(?:\S+\s+)?منهم",
        r"(?:كم|نسبه)\s+(?:عدد\s+)?(?:ال)?(?:نساء|سيدات|اناث|مشاركات|موظفات)[^؟?.]{0,40}"
        r"(?:شارك\w*|المشارك\w*|تدريب|دوره|برنامج)",
        r"(?:ما\s+هي|اي|أي)\s+الدول\s+(?:\S+\s+)?(?:المشارك\w*|التي\s+شارك\w*)",
        r"قائم\w*\s+الدول",
        r"اذكر\w*\s+(?:لي\s+)?(?:كل\s+|جميع\s+)?(?:ال)?(?:[0-9]+\s+)?دول",
        r"من\s+(?:الذي\s+|اللي\s+)?(?:تراس\w*|افتتح\w*|تحدث\w*|القى|تكلم\w*)",
        r"كم\s+(?:\S+\s+)?(?:ال)?(?:ميزاني\w*|تكلف\w*|مليون|دولار|مال)",
        r"ما\s+(?:هي\s+)?(?:ال)?ميزاني\w*",
        r"كم\s+دول[هة]\s+(?:عربي|افريقي|اوروبي|اسيوي)\w*",
        r"ما\s+(?:هو\s+)?اسم",
        r"(?:ما\s+(?:هي\s+)?)?اسماء\s+(?:ال)?(?:[0-9]+\s+)?دول",
        r"من\s+(?:هو|هي|كان|كانت)\s+(?:\S+\s+)?(?:المدير|المديره|الوزير|الوزيره|رئيس|رئيسه)",
        r"\bمين\s+(?:هو\s+|هي\s+)?(?:\S+\s+)?(?:المدير|المديره|الوزير|الوزيره|رئيس|رئيسه)",
        r"كم\s+عدد\s+(?:ال)?(?:مدارس|معلمين|طلاب|طلبه|جامعات)",
        r"نسبه\s+(?:ال)?(?:مدارس|معلمين|طلاب|طلبه)",
        r"كم\s+دوله\s+(?:\S+\s+)?(?:اعتمدت|تبنت|وضعت|اصدرت|اطلقت)",
        r"كم\s+(?:عدد\s+)?(?:ال)?دول\S*\s+[^؟?.]{0,40}?(?:لديها|لها|عندها)\s+[^؟?.]{0,30}?"
        r"(?:استراتيجي|سياس|قانون|خط)",
        r"كم\s+(?:عدد\s+)?(?:الموظفين|المشاركين|الاشخاص|شخص|موظف|مشارك)[^؟?.]{0,60}"
        r"(?:تدريب|دوره|برنامج)",
        r"ساع\S*\s+(?:في|ب)\s*(?:ال)?اسبوع|كم\s+ساع",
        r"(?:يمنح|تمنح|يعطي|تعطي|يعطوا|بيعطوا|بيدوا|يحصل|احصل|نحصل|حصل\S*)\s+(?:\S+\s+)?(?:علي\s+)?"
        r"(?:ال)?شهاد"
        r"(?=[^؟?.]{0,60}(?:تدريب|دوره|الدوره|برنامج|البرنامج|كورس|mooc))",
        r"كم\s+[^؟?.]{0,60}(?:تشينغداو|تشينجداو|تشنغداو|كينغداو)",
    ),
}  # fmt: skip
# When or where an event will next be held ("when and where is the next Digital Learning Week",
# "c'est quand la prochaine Semaine de l'apprentissage mobile", "Когда пройдет следующая Неделя
# мобильного обучения?", "下一届…什么时候", "متى … القادم"): the texts name the events, never
# their dates to come, next year's included ("明年的移动学习周什么时候开"). Nor any edition but
# the first of a conference ("第二届国际人工智能与教育
# 大会", "the second International Conference on AI and Education"): the Consensus is the first's.
# Asked like ASKED_FACT, in the last sentence; folded.
EVENT_FACT: dict[str, tuple[str, ...]] = {
    "en": (
        r"\b(?:second|third|fourth|fifth|2nd|3rd|4th|5th)\s+(?:international\s+)?"
        r"(?:conference|edition|meeting|forum)\b",
        r"\b(?:when|where)\b[^?.!]{0,30}\bnext\s+(?!generation)",
        r"\bnext\s+(?:edition|session|meeting|conference)\b[^?.!]{0,40}\b(?:when|where|date)\b",
        r"\bnext\s+year\'?s?\b[^?.!]{0,40}\b(?:when|where|date)\b",
        r"\b(?:when|where)\b[^?.!]{0,60}\bnext\s+year\b",
    ),
    "fr": (
        r"\bquand\b[^?.!]{0,30}\bprochaine?s?\s+(?!generation)",
        r"\bprochaine?s?\s+(?:edition|session|semaine|conference|reunion)\b[^?.!]{0,40}"
        r"\b(?:quand|aura\s+lieu|se\s+tiendra|date)\b",
        r"\bdate\s+de\s+la\s+prochaine\b",
        r"\b(?:deuxieme|troisieme|quatrieme|seconde|2e|3e|4e)\s+(?:conference|edition|reunion|"
        r"forum)\b",
        r"\b(?:quand|ou|date)\b[^?.!]{0,60}\b(?:l\'an\s+prochain|l\'annee\s+prochaine)\b",
        r"\b(?:l\'an\s+prochain|l\'annee\s+prochaine)\b[^?.!]{0,40}\b(?:quand|ou|date)\b",
    ),
    "es": (
        r"\bcuando\b[^?.!]{0,30}\bproxim[oa]s?\s+(?!generacion)",
        r"\bproxim[oa]s?\s+(?:edicion|sesion|semana|conferencia|reunion)\b[^?.!]{0,40}"
        r"\b(?:cuando|donde|fecha)\b",
        r"\bfecha\s+de\s+la\s+proxima\b",
        r"\b(?:segunda|tercera|cuarta|2a|3a)\s+(?:conferencia|edicion|reunion|foro)\b",
        r"\b(?:cuando|donde|fecha)\b[^?.!]{0,60}\b(?:el\s+proximo\s+ano|el\s+ano\s+que\s+viene)\b",
        r"\b(?:el\s+proximo\s+ano|el\s+ano\s+que\s+viene)\b[^?.!]{0,40}\b(?:cuando|donde|fecha)\b",
    ),
    "ru": (
        r"\bкогда\b[^?.!]{0,30}\bследующ\w*\s+(?!поколени)",
        r"\bследующ\w*\s+(?:сесси\w*|недел\w*|конференци\w*|встреч\w*)[^?.!]{0,40}"
        r"(?:когда|где|дата|даты)",
        r"\b(?:втор|трет|четверт)\w*\s+(?:международн\w*\s+)?(?:конференц|сесси|встреч|форум)",
        r"(?:когда|где|дата)[^?.!]{0,60}в\s+следующем\s+году",
        r"в\s+следующем\s+году[^?.!]{0,40}(?:когда|где|дата)",
    ),
    "zh": (
        r"下一?(?:届|次|期)[^？?。]{0,20}(?:什么时候|何时|在哪|哪里|几月|时间|日期)",
        r"(?:什么时候|何时)[^？?。]{0,10}下一?(?:届|次|期)",
        r"第\s*(?:[2-9]|[二三四五六七八九])\s*届",
        r"(?:明年|今年|后年|下一年)的?[^？?。]{0,20}(?:什么时候|何时|在哪|哪里|几月|时间|日期)",
    ),
    "ar": (
        r"(?:مت[يى]|وين|اين)\s+[^؟?.]{0,30}(?:القادم|القادمه|المقبل|المقبله|الجاي|الجايه)\b",
        r"(?:المؤتمر|الدوره|النسخه)\s+(?:الدولي\s+)?(?:الثاني|الثانيه|الثالث|الثالثه|الرابع|"
        r"الرابعه)\b",
        r"(?:مت[يى]|وين|اين)\s+[^؟?.]{0,40}(?:السنه|العام)\s+(?:القادم|القادمه|المقبل|المقبله|الجاي|الجايه)",
    ),
}  # fmt: skip
# A country's own policy ("Does Kenya have a national AI strategy?", "les règles sur ChatGPT en
# France", "法国学校是不是禁止学生用chatgpt", "我国个人信息保护法…"): the texts recommend to all
# countries and describe none, so a question whose subject names a country (from Babel's names
# of territories in the language, or "our country") and one of these words asks about that
# country, and is never quoted; unless it names the Consensus or UNESCO too ("what does the
# Consensus recommend for Kenya's strategy?"), or the knowledge base names the country (China,
# the host). Folded; a trailing "*" is a prefix.
POLICY_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("strateg*", "law", "laws", "rule", "rules", "ban", "bans", "banned", "banning",
           "polic*", "regulation*", "regulate*", "guidance", "guideline*", "plan", "plans",
           "act", "legislation", "allowed", "allow", "allows", "forbid*", "prohibit*", "permitted",
           "decided"),
    "fr": ("strategie*", "loi", "lois", "regle*", "interdi*", "politique*", "reglementation*",
           "reglement*", "plan", "plans", "directive*", "autoris*", "legislation*",
           "le droit d'utiliser", "ont le droit", "a le droit", "permis", "decide"),
    "es": ("estrategia*", "ley", "leyes", "norma*", "regla*", "prohib*", "politica*",
           "reglament*", "regula*", "plan", "planes", "lineamiento*", "permit*", "legislacion*"),
    "ru": ("стратеги*", "закон*", "правил*", "запрет*", "политик*", "регулир*", "регламент*",
           "план*", "разреш*", "законодательств*", "можно ли", "нельзя"),
    "zh": ("战略", "法律", "法规", "规定", "禁止", "政策", "规划", "条例", "指南", "保护法", "允许",
           "禁用"),
    "ar": ("استراتيجي", "قانون", "قوانين", "قواعد", "حظر", "يحظر", "تمنع", "يمنع", "منع", "سياسه",
           "خطه", "لوائح", "تنظيم", "تشريع", "يسمح", "تسمح", "مسموح", "ممنوع", "يجوز", "قررت",
           "قرار", "نظام حمايه"),
}  # fmt: skip
# Who took part in the UNESCO training, country by country or region by region ("How many
# officials from Nigeria took part?", "Was Kenya one of them?", "¿Cuántos funcionarios de América
# Latina participaron?", "هل الأردن منها؟"): the text gives the 31 countries' number and
# Africa's share, never the others; nor which countries signed or adopted the Consensus ("La
# France fait-elle partie des pays qui ont signé…", "Has Kenya signed…"). A question whose last
# sentence names a place the knowledge base does not (a country, one of Babel's regions, or the
# Arab states) and one of these words asks that. Folded.
PARTICIPATION: dict[str, str] = {
    "en": r"\b(?:participat\w*|took\s+part|take\s+part|taking\s+part|attend\w*|one\s+of\s+them|"
    r"among\s+them|among\s+the\s+(?:[0-9]+\s+)?(?:countries|participants|signatories)|how\s+many|"
    r"signed|signatory|signatories)\b",
    "fr": r"\b(?:particip\w*|pris\s+part|prendre\s+part|parmi\s+(?:eux|elles|les)|"
    r"fai\w*(?:-(?:t-)?(?:il|elle|ils|elles))?\s+partie|combien|signe|signataires?)\b",
    "es": r"\b(?:particip\w*|tomaron\s+parte|entre\s+(?:ellos|ellas|los)|uno\s+de\s+ellos|"
    r"estaba\s+entre|cuant[oa]s|firmo|firmaron|firmado|firmantes?|signatari[oa]s?)\b",
    "ru": r"(?:участвова\w*|участник\w*|среди\s+(?:них|[0-9]+\s+стран)|в\s+их\s+числе|сколько|"
    r"\bпрошл[иа]\b|входил\w*|подписал\w*|подписант\w*)",
    "zh": r"(?:参加|参与|其中|多少|在内|名单|签署|签了|签字)",
    "ar": r"(?:شارك\w*|المشارك\w*|منها|منهم|\bكم\b|بينها|ضمن|وقعت\s+على|وقع\s+على|التوقيع|"
    r"الموقع[هة]|الموقعين)",
}
_PARTICIPATION = {language: re.compile(pattern) for language, pattern in PARTICIPATION.items()}
# What UNESCO itself spends or charges ("What is the annual budget of UNESCO's programme?",
# "¿Qué presupuesto tiene el Programa de la UNESCO…?", "كم خصصت اليونسكو من ميزانية…",
# "how much does the UNESCO course cost?", "要交多少费用"): the texts say what governments
# should fund, never UNESCO's own money. A last sentence with one of these words and UNESCO's
# name asks that, unless the money is the asker's (OWN_MONEY near the word: "with our limited
# budget, what does UNESCO recommend?"). Checked on every training question: only out-of-scope
# ones have both. Folded.
MONEY_WORDS: dict[str, str] = {
    "en": r"\bbudget\w*|\bhow\s+much\s+(?:money|funding)|\bcost\w*|\bspent\b|\ballocat\w*|"
    r"\bfees?\b",
    "fr": r"\bbudget\w*|\bcombien\s+d'argent|\bcout\w*|\bdepens\w*|\balloue\w*|\bconsacre\w*|"
    r"\bfrais\b",
    "es": r"\bpresupuest\w*|\bcuanto\s+dinero|\bcost\w*|\bgast\w*|\basignad\w*|\binvirti\w*",
    "ru": r"бюджет\w*|сколько\s+денег|стоимост\w*|стоил\w*|потрати\w*|выдели\w*|\bоплат\w*|"
    r"\bплатн\w*",
    "zh": r"预算|经费|多少钱|花了|拨了|投入了?多少|费用|交多少",
    "ar": r"ميزاني\w*|تكلف\w*|خصص\w*|كم\s+من\s+المال|انفق\w*",
}
UNESCO_NAME: dict[str, str] = {
    "en": r"\bunesco\b",
    "fr": r"\bunesco\b",
    "es": r"\bunesco\b",
    "ru": r"юнеско",
    "zh": r"教科文",
    "ar": r"يونسكو",
}
OWN_MONEY: dict[str, str] = {
    "en": r"\b(?:our|my|limited|tight|small|modest|low|scarce|national|ministry'?s?|"
    r"government'?s?|state)\b",
    "fr": r"\b(?:notre|nos|mon|limite\w*|serre\w*|modeste\w*|faible\w*|national\w*|ministere|"
    r"etat)\b",
    "es": r"\b(?:nuestr[oa]s?|mi|limitad\w*|escas\w*|modest\w*|ajustad\w*|pequen\w*|"
    r"nacional\w*|ministerio|estado)\b",
    "ru": r"(?:\bнаш\w*|\bмо[йеи]\w*|ограничен\w*|скромн\w*|небольш\w*|маленьк\w*|"
    r"государствен\w*|министерств\w*|резинов\w*)",
    "zh": r"(?:我们|我国|本国|有限|紧张|不多|不足|财政|政府|国家)",
    "ar": r"(?:ميزانيتنا|الوزاره|محدود\w*|قليل\w*|الدوله|الحكوم\w*|الوطني\w*|لدينا|عندنا)",
}
OWN_MONEY_WINDOW = 30  # characters either side of the money word
_MONEY = {language: re.compile(pattern) for language, pattern in MONEY_WORDS.items()}
_OWN_MONEY = {language: re.compile(pattern) for language, pattern in OWN_MONEY.items()}
_UNESCO = {language: re.compile(pattern) for language, pattern in UNESCO_NAME.items()}
# Regions Babel does not name: the Arab states, the Middle East. Folded.
MORE_REGIONS: dict[str, tuple[str, ...]] = {
    "en": ("arab states", "arab region", "arab countries", "arab world", "middle east"),
    "fr": ("pays arabes", "etats arabes", "monde arabe", "moyen orient", "moyen-orient"),
    "es": ("paises arabes", "estados arabes", "mundo arabe", "oriente medio"),
    "ru": ("арабских стран", "арабские страны", "ближнего востока", "ближнии восток",
           "латинскои америки", "латинскои америке"),
    "zh": ("阿拉伯国家", "中东"),
    "ar": ("الدول العربيه", "العالم العربي", "الشرق الاوسط", "المنطقه العربيه"),
}  # fmt: skip
# "Our country" names the asker's, which the texts do not describe either.
OUR_COUNTRY = {"zh": ("我国", "本国"), "ar": ("بلدنا", "بلادنا")}
# Short names people use where Babel writes the long one ("السعودية" for "المملكة العربية
# السعودية", "the UAE", "Emiratos"). Folded.
SHORT_COUNTRY_NAMES: dict[str, tuple[str, ...]] = {
    "en": ("uae", "usa", "uk", "the emirates", "saudi", "drc", "kirghizia"),
    "fr": ("emirats", "rdc", "usa", "kirghizstan", "kyrgyzstan"),
    "es": ("emiratos", "eeuu", "ee uu", "arabia saudi", "rdc", "kirguizistan"),
    "ru": ("сша", "эмираты", "саудовскои аравии", "кыргызстан", "белоруссия", "молдавия"),
    "zh": ("沙特", "阿联酋", "刚果金"),
    "ar": ("السعوديه", "الامارات", "امريكا", "بريطانيا"),
}
# Adjectives of nationality, for a country's own policy ("la loi sénégalaise", "российской
# национальной стратегии", "Kenyan guidelines"): the countries' names alone missed them. Not
# those that also name one of the six languages ("French", "испанский"), which questions about
# the texts' versions use. Folded; a trailing "*" is a prefix. Arabic finds its adjectives from
# the names (``_forms``); Chinese says the country's name.
DEMONYMS: dict[str, tuple[str, ...]] = {
    "en": ("kenyan", "nigerian", "ghanaian", "senegalese", "moroccan", "egyptian", "jordanian",
           "tunisian", "algerian", "ethiopian", "rwandan", "ugandan", "tanzanian", "zambian",
           "south african", "indian", "pakistani", "indonesian", "filipino", "vietnamese",
           "japanese", "korean", "brazilian", "mexican", "colombian", "argentinian",
           "argentine", "chilean", "peruvian", "canadian", "australian", "american", "british",
           "german", "italian", "ukrainian", "turkish", "kazakh", "uzbek", "emirati", "qatari",
           "lebanese", "iraqi", "omani", "kuwaiti", "singaporean", "malaysian"),
    "fr": ("senegalais*", "marocain*", "tunisien*", "algerien*", "ivoirien*", "camerounais*",
           "malien*", "burkinabe*", "nigerien*", "congolais*", "gabonais*", "beninois*",
           "togolais*", "guineen*", "malgache*", "belge*", "suisse*", "canadien*", "quebecois*",
           "libanais*", "haitien*", "rwandais*", "burundais*", "tchadien*", "mauritanien*",
           "djiboutien*", "comorien*", "allemand*", "americain*", "britannique*", "italien*"),
    "es": ("mexican*", "colombian*", "argentin*", "chilen*", "peruan*", "venezolan*",
           "ecuatorian*", "bolivian*", "paraguay*", "uruguay*", "cuban*", "dominican*",
           "guatemaltec*", "hondurena*", "hondureno*", "salvadorena*", "salvadoreno*",
           "nicaraguense*", "costarricense*", "panamena*", "panameno*", "estadounidense*",
           "brasilen*", "alemana*", "aleman", "alemanes"),
    "ru": ("российск*", "казахстанск*", "узбекистанск*", "узбекск*", "кыргызск*", "киргизск*",
           "белорусск*", "таджикск*", "армянск*", "азербаиджанск*", "грузинск*", "молдавск*",
           "молдовск*", "украинск*", "туркменск*", "американск*", "британск*", "германск*",
           "немецк*", "японск*", "индииск*", "турецк*", "монгольск*"),
}  # fmt: skip
# Babel's names that are everyday words too ("того": "of that"; "chad", "jersey").
NOT_COUNTRIES = frozenset({"того", "chad", "jersey", "guernsey"})
# A generic noun for an instrument followed by its number ("law No. 151", "Ley 1581", "закон
# № 152", "décret n° 2023-123", "قانون رقم 151"): a named law or decree, never ours.
NUMBERED_DOCUMENTS = (
    "law", "act", "decree", "order", "circular", "resolution", "regulation", "bill", "loi",
    "decret", "arrete", "circulaire", "ordonnance", "ley", "decreto", "resolucion",
    "reglamento", "circular", "закон", "закона", "законе", "указ", "указа", "приказ", "приказа",
    "постановление", "постановления", "распоряжение", "قانون", "مرسوم", "قرار", "تعميم",
)  # fmt: skip
# Acronyms in capitals that name an organisation or an instrument ("OECD", "GDPR", "PISA",
# "CNIL", "ОЭСР") are unknown unless the knowledge base uses them; these name places or are
# everyday, and are context.
COMMON_ACRONYMS = frozenset(
    {"ok", "tv", "pc", "faq", "am", "pm", "us", "usa", "uk", "eu", "ue", "uae", "drc", "rdc",
     "eeuu", "ee", "uu", "rd", "rf", "сша", "рф", "ес", "оаэ", "снг", "i", "ii", "iii", "iv",
     "vr", "ar", "xr", "it", "cv", "sms", "gps", "url", "www", "hi", "ps", "nb", "q", "id"}
)  # fmt: skip
TYPO_ACRONYM = 5  # an acronym this long with a known one's letters, first the same, is a typo
# Not inside a word, but right after or before Chinese characters ("经合组织OECD的"), which have no
# spaces between words.
_ACRONYM = re.compile(
    r"(?<![^\W\u3400-\u9fff])(?<!-)[A-Z\u0410-\u042f\u0401]{3,8}(?![^\W\u3400-\u9fff])(?!-)"
)
_AMOUNT = re.compile(
    r"[$€£¥₽]\s?[0-9]|[0-9]\s?(?:[$€£¥₽]|(?:million|millions|billion|milliard|millon|"
    r"millones|млн|млрд|тыс)\b|(?:dollar|usd|eur\b|euro|franc|peso|soles|рубл|долл|евро|"
    r"美元|欧元|万元|亿元|元|دولار|يورو|جنيه|درهم|ريال))"
)
_ARABIC_JOINED = (re.compile("^(?:[وف])?(?:[بلك])?"), re.compile("^(?:[وف])?(?:[بلك])?(?:ال)?"))
_HAN_NUMBERED = re.compile(r"第?[0-9一二三四五六七八九十〇零]+号")
# A document's title between Chinese title marks (《教育信息化2.0行动计划》): asked about, it is
# another document unless the knowledge base uses that title or it names a source we hold.
_HAN_TITLE = re.compile(r"《([^》]{2,40})》")
# Three Latin words or more in a Chinese question name something in English ("芬兰的Elements of
# AI课程"): a course, a text or a body the knowledge base does not hold unless it says them too.
_LATIN_NAME = re.compile(r"([a-z][a-z'-]*(?:\s+[a-z][a-z'-]*){2,})")
_WORD = re.compile(r"[^\W_]+")


def _subject(folded: str) -> str:
    """The part of a folded question that says what it asks about (``context_end``)."""
    return folded[context_end(folded) :]


def _table(names: Sequence[str], language: str) -> re.Pattern[str]:
    parts = []
    for name in sorted(names, key=len, reverse=True):
        prefix = name.endswith("*")
        body = re.escape(fold_reference(name.rstrip("*")))
        if language in ("zh", "ar") and not _LATIN_OR_CYRILLIC.match(body):
            parts.append(body)
        else:
            tail = r"[\w-]*" if prefix else r"(?![\w-])"
            parts.append(rf"(?<![\w-]){body}{tail}")
    return re.compile("|".join(parts))


_NEAR_DOMAIN = {language: _table(names, language) for language, names in NEAR_DOMAIN.items()}
_BEST_PRODUCT = {language: re.compile(pattern) for language, pattern in BEST_PRODUCT.items()}
_HOW_TO_USE = {language: re.compile(pattern) for language, pattern in HOW_TO_USE.items()}
_HOW_TO_USE_AFTER = {
    language: re.compile(pattern) for language, pattern in HOW_TO_USE_AFTER.items()
}
_ASKED_FACT = {
    language: re.compile("|".join((*ways, *EVENT_FACT.get(language, ()))))
    for language, ways in ASKED_FACT.items()
}
_POLICY = {language: _table(words, language) for language, words in POLICY_WORDS.items()}
_DEMONYMS = {language: _table(words, language) for language, words in DEMONYMS.items()}


@dataclass(frozen=True)
class _Countries:
    """Babel's names of the countries and territories in one language (and "our country"),
    folded, found in a folded question by word look-ups rather than one regex of 260
    alternatives, which costs milliseconds on a long question.

    Names are whole words; Russian one-word names also with their case endings ("Франции",
    "Кению"), Arabic ones with "ال" and the letters joined before a word ("بفرنسا"); Chinese ones
    anywhere, Chinese having no spaces.
    """

    language: str
    names: frozenset[str]  # folded; the Russian one-word ones without their last vowel too
    longest: int  # words in the longest name
    ours: frozenset[str]  # "our country", folded: never a country the knowledge base names

    def find(self, folded: str) -> list[tuple[int, str]]:
        """Where each name of the question begins, with the name as the question writes it."""
        language = self.language
        if language == "zh":
            return [(folded.find(name), name) for name in self.names if name in folded]
        found = []
        spans = [(match.start(), match.group()) for match in _WORD.finditer(folded)]
        for at, (start, _) in enumerate(spans):
            for size in range(min(self.longest, len(spans) - at), 0, -1):
                written = " ".join(word for _, word in spans[at : at + size])
                if any(form in self.names for form in _forms(written, language, size)):
                    found.append((start, written))
                    break
        return found


def _forms(written: str, language: str, size: int) -> Iterator[str]:
    """The forms a name may take in the question: as written; in Russian, a one-word name
    without a case ending of one to three letters; in Arabic, without joined letters, and a
    one-word name as its adjective too ("السعودي", "المغربية", "الأردني": of the country)."""
    yield written
    if language == "ru" and size == 1:
        for cut in (1, 2, 3):
            if len(written) - cut >= 3:
                yield written[:-cut]
    elif language == "ar":  # "بالأردن" is "ب" + "الأردن"; "بفرنسا", "وفرنسا" are "فرنسا"
        forms = [written]
        if size == 1:
            forms += _arabic_countries_of(written)
        for form in forms:
            if form != written:
                yield form
            for joined in _ARABIC_JOINED:
                stripped = joined.sub("", form, count=1)
                if stripped != form:
                    yield stripped


def _arabic_countries_of(adjective: str) -> list[str]:
    """The country an Arabic adjective of nationality may be of, folded: "المغربي" and
    "المغربيه" of "المغرب", "السعودي" of "السعوديه"."""
    if len(adjective) < 4:
        return []
    if adjective.endswith("يه"):
        return [adjective[:-2], adjective[:-1]]
    if adjective.endswith("ي"):
        return [adjective[:-1], adjective + "ه"]
    return []


@cache
def _regions(language: str) -> _Countries:
    """Babel's world regions in the language ("Latin America", "Западная Африка"), the world
    itself left out, and MORE_REGIONS."""
    territories = Locale.parse(language).territories
    names = {
        fold_reference(name)
        for code, name in territories.items()
        if isinstance(code, str) and code.isdigit() and code != "001"
    }
    names |= {fold_reference(name) for name in MORE_REGIONS.get(language, ())}
    return _found_as_words(language, names, frozenset())


@cache
def _countries(language: str) -> _Countries:
    """Babel's countries and territories in the language, "our country" and SHORT_COUNTRY_NAMES."""
    territories = Locale.parse(language).territories
    names = {
        fold_reference(name)
        for code, name in territories.items()
        if len(code) == 2 and code.isalpha() and code not in ("ZZ", "EU", "EZ", "UN", "QO")
    }
    ours = frozenset(fold_reference(name) for name in OUR_COUNTRY.get(language, ()))
    names |= ours | {fold_reference(name) for name in SHORT_COUNTRY_NAMES.get(language, ())}
    names -= NOT_COUNTRIES
    return _found_as_words(language, names, ours)


def _found_as_words(language: str, names: set[str], ours: frozenset[str]) -> _Countries:
    """Names to look up in a question: whole words, Russian one-word names with their case
    endings too."""
    if language == "ru":  # "Франция" is found as "франци" + an ending: "Франции", "Францию"
        names |= {
            name[:-1]
            for name in names
            if " " not in name and len(name) > 4 and name[-1] in "аяиыеоь"
        }
    if language == "zh":
        return _Countries(language, frozenset(names), 1, ours)
    normalized = {" ".join(_WORD.findall(name)) for name in names}
    longest = max(len(name.split()) for name in normalized)
    return _Countries(language, frozenset(normalized), longest, ours)


# A Recommendation by its title, capitalised inside a sentence ("UNESCO's Recommendation on the
# Ethics of AI", "la Recomendación de 2021", "Рекомендации ЮНЕСКО об этических аспектах ИИ"):
# another instrument, which the knowledge base does not hold.
_NAMED_RECOMMENDATION = re.compile(
    r"(?<=[\w,;:'’)] )(?:Recommendation|Recommandation|Recomendaci[oó]n|Рекомендаци[\w]*)\b"
)
# A law by its title in quotation marks ("our law «On personal data»", "la loi « Informatique et
# libertés »"): a law of a country, which the knowledge base does not hold. Folded.
_TITLED_LAW = re.compile(
    r"(?<![\w-])(?:закон\w*|law|act|loi|ley|decreto|decret|قانون|نظام)\s*[«\"“„]"
)
_NUMBERED = re.compile(
    rf"(?<![\w-])(?:{'|'.join(re.escape(fold_reference(n)) for n in NUMBERED_DOCUMENTS)})"
    r"(?![\w-])\s*(?:no\.?|nr\.?|n°|n\.o|num\.?|number|numero|№|#|رقم)?\s*[0-9]"
)


@dataclass(frozen=True)
class Signals:
    """The features of one question's best match, and what the decision rules need besides."""

    values: tuple[float, ...]  # in the order of FEATURES
    typo_only: bool  # the best entry is supported only through corrected words
    unknown_year: bool  # the question names a year the knowledge base never mentions
    unknown_instrument: bool = False  # ...or an instrument it never names (``Profile``)
    generic_only: bool = False  # the question is only everyday words (GENERIC_WORDS)
    unknown_product: bool = False  # it names a product (PRODUCTS) the knowledge base never does
    unknown_subject: bool = False  # ...or asks about a subject it never gives (``Profile``)
    half_answered: bool = False  # a short question the best entry explains half of at most

    @property
    def quotable(self) -> bool:
        """Whether the best entry may be quoted at all, however confident the model is."""
        return not (
            self.typo_only
            or self.unknown_year
            or self.unknown_instrument
            or self.generic_only
            or self.unknown_product
            or self.unknown_subject
            or self.half_answered
        )

    def as_dict(self) -> dict[str, float]:
        return dict(zip(FEATURES, self.values, strict=True))


# Languages whose words do not change with case, where a place is looked up as written.
_CASELESS = frozenset({"en", "fr", "es"})


class _Mentions(NamedTuple):
    """What the knowledge base says in one language (``Profile._mentions``)."""

    stem_pairs: frozenset[tuple[str, str]]  # pairs of adjacent words, stemmed
    term_pairs: frozenset[tuple[str, str]]  # pairs of adjacent terms, stopwords left out
    folded: str  # its texts folded, one per line (Chinese and Arabic phrases are found in it)
    folded_words: frozenset[str]  # its folded words (_CASELESS languages only)
    folded_pairs: frozenset[tuple[str, str]]  # and their adjacent pairs


def _in_order(
    found: Sequence[str], singles: frozenset[str], pairs: frozenset[tuple[str, str]]
) -> bool:
    """Whether words (or stems) are said in this order: one alone among ``singles``, several as
    adjacent ``pairs``."""
    if len(found) > 1:
        return all(pair in pairs for pair in itertools.pairwise(found))
    return bool(found) and found[0] in singles


class KnowledgeWords:
    """Every folded word of the knowledge base, in every language, for telling a known acronym
    from an unknown one: the same for each language's profile, so the matcher builds it once
    for all six (folding every text costs about a third of a second), at the first question
    that needs it."""

    def __init__(self, knowledge: KnowledgeBase) -> None:
        self.knowledge = knowledge

    @cached_property
    def all(self) -> frozenset[str]:
        found: set[str] = set()
        for entry in self.knowledge.entries.values():
            for local in entry.languages.values():
                for text in (local.title, local.text, *local.questions, *local.keywords):
                    found.update(_WORD.findall(fold_reference(text)))
        return frozenset(found)

    @cached_property
    def anagrams(self) -> frozenset[str]:
        """Each word of five to eight letters as its first letter and all its letters sorted."""
        return frozenset(
            word[0] + "".join(sorted(word)) for word in self.all if TYPO_ACRONYM <= len(word) <= 8
        )


class Profile:
    """The terms of each entry in one language, from the knowledge base, computed on first use.

    They are what the index holds for the entry (the same analysis of the same texts), kept as
    sets so that a signal is a few look-ups; each entry is analysed once, when it is first the
    best or the runner-up of a question, so building a matcher costs nothing more.
    """

    def __init__(
        self,
        knowledge: KnowledgeBase,
        language: str,
        learned: Mapping[str, Mapping[str, Sequence[str]]] | None = None,
        words: KnowledgeWords | None = None,
    ) -> None:
        self.knowledge = knowledge
        self.language = language
        self.learned = learned or {}
        self.words = words or KnowledgeWords(knowledge)
        self._entries: dict[str, EntryTerms] = {}
        self.generic = frozenset(
            term for word in GENERIC_WORDS.get(language, ()) for term in tokens(word, language)
        )

    @cached_property
    def _mentions(self) -> _Mentions:
        """What the knowledge base says in this language (``_Mentions``), read in one pass on
        first use: at a hundred times today's size each pass costs a second, paid by the
        question that first needs it."""
        words: set[tuple[str, str]] = set()
        terms: set[tuple[str, str]] = set()
        single: set[str] = set()
        pairs: set[tuple[str, str]] = set()
        texts = []
        for entry in self.knowledge.entries.values():
            local = entry.languages[entry.best_language(self.language)]
            for text in (local.title, local.text, *local.questions, *local.keywords):
                words.update(itertools.pairwise(self._stems(text)))
                terms.update(itertools.pairwise(tokens(text, self.language)))
                folded = fold_reference(text)
                texts.append(folded)
                if self.language in _CASELESS:
                    found = _WORD.findall(folded)
                    single.update(found)
                    pairs.update(itertools.pairwise(found))
        return _Mentions(
            frozenset(words),
            frozenset(terms),
            "\n".join(texts),
            frozenset(single),
            frozenset(pairs),
        )

    @cached_property
    def _named_recommendations(self) -> frozenset[str]:
        """The Recommendations the knowledge base names by title in this language (none today)."""
        found: set[str] = set()
        for entry in self.knowledge.entries.values():
            local = entry.languages[entry.best_language(self.language)]
            for text in (local.title, local.text, *local.questions):
                found.update(match.group() for match in _NAMED_RECOMMENDATION.finditer(text))
        return frozenset(found)

    def _stems(self, text: str) -> list[str]:
        return [stem_word(word, self.language) for word in words(text, self.language)]

    def unknown_instrument(self, question: str) -> bool:
        """Whether the question names an instrument (``references.instruments``) that the
        knowledge base never names: "the EU AI Act", "GDPR", "UNESCO's Recommendation on the
        Ethics of AI", not "the Qingdao Declaration" or "the Universal Declaration of Human
        Rights", which entries mention.

        A name of several words is known when the knowledge base has it, word after word; a
        name of one word ("declaration") when it has it next to the question's word before or
        after it ("Qingdao Declaration", "declaración de Qingdao"), or, alone in the question,
        anywhere. For Chinese, with two characters before or after it.
        """
        folded = fold_reference(question)
        context = context_end(folded)
        spans = [span for span in instruments(folded) if span[0] >= context]
        if not spans:
            return False
        mentions = self._mentions
        word_pairs, term_pairs, text = mentions.stem_pairs, mentions.term_pairs, mentions.folded
        language = self.language
        for start, end in spans:
            if language == "zh":
                if folded[max(start - 2, 0) : end] in text or folded[start : end + 2] in text:
                    continue
                return True
            name = self._stems(folded[start:end])
            if len(name) > 1:
                known = all(pair in word_pairs for pair in itertools.pairwise(name))
            else:
                before = tokens(folded[:start], language)[-1:]
                after = tokens(folded[end:], language)[:1]
                term = tokens(folded[start:end], language) or name
                known = bool(
                    (before and (before[0], term[0]) in term_pairs)
                    or (after and (term[-1], after[0]) in term_pairs)
                    or (not before and not after and name[0] in self._terms)
                )
            if not known:
                return True
        return False

    def unknown_product(self, question: str) -> bool:
        """Whether the question names a product of PRODUCTS that the knowledge base never names."""
        folded = fold_reference(question)
        context = context_end(folded)
        return any(
            match.group() not in self._mentions.folded
            for match in _PRODUCT.finditer(folded)
            if match.start() >= context
        )

    def unknown_subject(self, question: str) -> bool:
        """Whether the question asks about something near the domain that the knowledge base
        does not give: a subject of NEAR_DOMAIN ("a UNESCO scholarship", "the deadline", "the
        price of a licence"), an acronym in capitals ("OECD", "PISA", "CNIL"), a law or decree
        by number ("Ley 1581", "закон № 152"), an amount of money ("$2 million"), unless the
        knowledge base uses that word too; or a budget or a person's name or office (ASKED_FACT),
        the best product (BEST_PRODUCT), or how to use one (HOW_TO_USE). Only the last sentence
        counts: a long question's context ("I work at MICITT in Costa Rica. …") is not what it
        asks.

        Named only as context, before a last clause that names the Consensus ("we apply the
        GDPR; what does the Beijing Consensus say about pupils' data?"), it is not the subject.
        """
        folded = fold_reference(question)
        sentence = last_clause(folded, SENTENCE_END)
        context = context_end(folded)
        spans: list[int] = []
        pattern = _NEAR_DOMAIN.get(self.language)
        if pattern is not None:
            for match in pattern.finditer(folded):
                if not self._uses(match.group()):
                    spans.append(match.start())
        letters = [char for char in question if char.isalpha()]
        shouting = sum(char.isupper() for char in letters) > 0.5 * len(letters)
        if not shouting:
            for match in _ACRONYM.finditer(question):
                word = fold_reference(match.group())
                if word not in COMMON_ACRONYMS and not self._known_acronym(word):
                    spans.append(len(fold_reference(question[: match.start()])))
        spans += [
            len(fold_reference(question[: match.start()]))
            for match in _NAMED_RECOMMENDATION.finditer(question)
            if match.group() not in self._named_recommendations
        ]
        spans += [match.start() for match in _NUMBERED.finditer(folded)]
        spans += [match.start() for match in _TITLED_LAW.finditer(folded)]
        if self.language == "zh":
            spans += [match.start() for match in _HAN_NUMBERED.finditer(folded)]
            spans += [
                match.start()
                for named in (_HAN_TITLE, _LATIN_NAME)
                for match in named.finditer(folded)
                if not self._uses(match.group(1)) and not names_source(match.group(1))
            ]
        spans += [match.start() for match in _AMOUNT.finditer(folded)]
        best = _BEST_PRODUCT.get(self.language)
        if best is not None:
            spans += [match.start() for match in best.finditer(folded)]
        spans += self._national_policy(folded)
        spans += self._participation(folded, sentence)
        asked = _ASKED_FACT.get(self.language)
        # A fact asked is the question's own even before a clause that names the Consensus
        # ("who was UNESCO's Director-General when the Consensus was adopted?"): only the last
        # sentence counts for it, not the last clause.
        facts = [match.start() for match in asked.finditer(folded)] if asked else []
        facts += self._unesco_spending(folded, sentence)
        how = _HOW_TO_USE.get(self.language)
        after = _HOW_TO_USE_AFTER.get(self.language)
        spans += [
            match.start()
            for match in _PRODUCT.finditer(folded)
            if (how and how.search(folded[max(match.start() - 40, 0) : match.start()]))
            or (after and after.match(folded, match.end()))
        ]
        start = max(sentence, context)
        return any(position >= start for position in spans) or any(
            position >= sentence for position in facts
        )

    def _participation(self, folded: str, sentence: int) -> list[int]:
        """Where the last sentence (from ``sentence``) names a country or region the knowledge
        base does not and asks who took part (PARTICIPATION)."""
        last = folded[sentence:]
        if _PARTICIPATION[self.language].search(last) is None:
            return []
        return [
            sentence + start
            for places in (_countries(self.language), _regions(self.language))
            for start in self._unknown_places(places, last)
        ]

    def _unesco_spending(self, folded: str, sentence: int) -> list[int]:
        """Where the last sentence (from ``sentence``) asks about money and names UNESCO
        (MONEY_WORDS): UNESCO's own budget or prices, which no text gives."""
        last = folded[sentence:]
        if _UNESCO[self.language].search(last) is None:
            return []
        own = _OWN_MONEY[self.language]
        return [
            sentence + match.start()
            for match in _MONEY[self.language].finditer(last)
            if own.search(
                last[max(match.start() - OWN_MONEY_WINDOW, 0) : match.end() + OWN_MONEY_WINDOW]
            )
            is None
        ]

    def _national_policy(self, folded: str) -> list[int]:
        """Where the question names a country the knowledge base does not (or says its
        adjective, DEMONYMS) and a word of policy (POLICY_WORDS), unless it names the Consensus
        or UNESCO: about that country's policy."""
        policy = _POLICY[self.language]
        if policy.search(folded) is None or names_source(folded) or "unesco" in folded:
            return []
        adjectives = _DEMONYMS.get(self.language)
        found = self._unknown_places(_countries(self.language), folded)
        if adjectives is not None:
            found += [
                match.start()
                for match in adjectives.finditer(folded)
                if not self._names(match.group())
            ]
        return found

    def _unknown_places(self, places: _Countries, folded: str) -> list[int]:
        """Where the folded text names one of ``places`` that the knowledge base does not
        ("our country" never is one it names)."""
        return [
            start
            for start, name in places.find(folded)
            if name in places.ours or not self._names(name)
        ]

    def _names(self, place: str) -> bool:
        """Whether the knowledge base names a place (or says an adjective) of the question,
        folded: as a whole word where words do not change with case, for stems confuse a
        country with a language ("France" and "français" are both "franc"); else as ``_uses``."""
        if self.language in _CASELESS:
            mentions = self._mentions
            return _in_order(_WORD.findall(place), mentions.folded_words, mentions.folded_pairs)
        return self._uses(place)

    def _known_acronym(self, word: str) -> bool:
        """Whether the knowledge base uses an acronym, or (five letters or more, the first the
        same) one with the same letters mistyped in their order ("UNSECO")."""
        if word in self.words.all:
            return True
        return len(word) >= TYPO_ACRONYM and word[0] + "".join(sorted(word)) in self.words.anagrams

    def _uses(self, phrase: str) -> bool:
        """Whether the knowledge base uses a phrase of the question (folded), word for word."""
        if self.language in ("zh", "ar"):
            return phrase in self._mentions.folded
        return _in_order(self._stems(phrase), self._stem_set, self._mentions.stem_pairs)

    @cached_property
    def _stem_set(self) -> frozenset[str]:
        return frozenset(stem for pair in self._mentions.stem_pairs for stem in pair)

    @cached_property
    def _terms(self) -> frozenset[str]:
        return frozenset(term for pair in self._mentions.term_pairs for term in pair)

    def entry(self, entry_id: str) -> EntryTerms:
        found = self._entries.get(entry_id)
        if found is None:
            found = self._entries[entry_id] = self._analyse(entry_id)
        return found

    def _analyse(self, entry_id: str) -> EntryTerms:
        language = self.language
        entry = self.knowledge.entries[entry_id]
        local = entry.languages[entry.best_language(language)]
        topic = self.knowledge.topics.get(entry.topic)
        questions = [*local.questions, *self.learned.get(entry_id, {}).get(language, ())]
        phrases = tuple(frozenset(tokens(text, language)) for text in [*questions, local.title])
        curated = frozenset().union(
            *phrases, *(tokens(keyword, language) for keyword in local.keywords)
        )
        rest = tokens(local.text, language) + (
            tokens(topic.name(language), language) if topic else []
        )
        title = frozenset(tokens(local.title, language))
        return EntryTerms(curated | frozenset(rest), curated, title, phrases)


@dataclass(frozen=True)
class EntryTerms:
    """One entry's index terms in one language."""

    all: frozenset[str]  # every field
    curated: frozenset[str]  # title, alternate questions, keywords
    title: frozenset[str]
    phrases: tuple[frozenset[str], ...]  # each alternate question and the title


def signals(
    profile: Profile,
    index: LanguageIndex,
    question: str,
    terms: QueryTerms,
    scored: Sequence[Scored],
) -> Signals | None:
    """The signals for a search result (best first), or None when nothing matched.

    ``terms`` are the question's terms as the index weighed them (below 1 when corrected).
    """
    if not scored:
        return None
    best, runner_up = scored[0], (scored[1] if len(scored) > 1 else None)
    idf = index.idf
    known = {term: idf[term] for term in terms if term in idf}
    known_information = sum(known.values())
    information = known_information + index.unknown_idf * (len(terms) - len(known))
    entry = profile.entry(best.entry_id)
    covered = sum(value for term, value in known.items() if term in entry.all)
    curated = sum(value for term, value in known.items() if term in entry.curated)
    title = sum(value for term, value in known.items() if term in entry.title)
    corrected = sum(
        value
        for term, value in known.items()
        if term in entry.all and terms[term] < CORRECTED_BELOW
    )
    synonym = sum(
        value for term, value in known.items() if term in entry.all and term in terms.synonyms
    )
    containment = 0.0
    for phrase in entry.phrases:
        weight = sum(idf.get(term, 0.0) for term in phrase)
        if weight:
            inside = sum(idf.get(term, 0.0) for term in phrase if term in terms)
            containment = max(containment, inside / weight)
    fuzzy_best = max(scored, key=lambda item: item.fuzzy)
    agree = 1.0 if fuzzy_best.fuzzy > 0 and fuzzy_best.entry_id == best.entry_id else 0.0
    related = 0.0
    if runner_up is not None and co_relevant(profile.knowledge, best.entry_id, runner_up.entry_id):
        related = 1.0
    apart = _first_apart(profile.knowledge, best.entry_id, scored)
    # The matches after the best that score close to it: ``crowd`` counts them, ``together``
    # reads how many belong with the best.
    close = [item for item in scored[1:CROWD] if item.score >= CROWD_SHARE * best.score]
    values = (
        best.score,
        best.score - (runner_up.score if runner_up else 0.0),
        covered / known_information if known_information else 0.0,
        curated / known_information if known_information else 0.0,
        title / known_information if known_information else 0.0,
        1 - known_information / information if information else 1.0,
        containment,
        best.fuzzy,
        math.log1p(len(known)),
        related,
        agree,
        corrected / covered if covered else 0.0,
        math.log(1 + len(close)),  # the best itself, and the close ones
        1.0 if names_other_document(_subject(fold_reference(question))) else 0.0,
        synonym / covered if covered else 0.0,
        best.score - apart,
        1 - (runner_up.score / best.score if runner_up and best.score else 0.0),
        1 - (apart / best.score if best.score else 0.0),
        _together_share(profile.knowledge, best.entry_id, close),
    )
    typo_only = covered > 0 and corrected >= covered and best.fuzzy == 0
    return Signals(
        values,
        typo_only,
        unknown_year(question, index),
        profile.unknown_instrument(question),
        # Read from the question's own words, not from the terms it is searched with: a synonym
        # group may search an everyday word as the texts' words, and it still asks nothing.
        bool(terms.own) and terms.own <= profile.generic,
        profile.unknown_product(question),
        profile.unknown_subject(question),
        len(terms) <= SHORT_TERMS and covered <= HALF * information,
    )


def _together_share(knowledge: KnowledgeBase, best: str, close: Sequence[Scored]) -> float:
    """Of the close matches after the best, the share that belong with it (1 when none is)."""
    if not close:
        return 1.0
    return sum(co_relevant(knowledge, best, item.entry_id) for item in close) / len(close)


def _first_apart(knowledge: KnowledgeBase, best: str, scored: Sequence[Scored]) -> float:
    """The score of the best match that does not belong with the best one (0 if none does)."""
    for item in scored[1:]:
        if not co_relevant(knowledge, best, item.entry_id):
            return item.score
    return 0.0


def unknown_year(question: str, index: LanguageIndex) -> bool:
    """Whether the question's last sentence names a year (1900–2099) that no text of the index
    contains. A year in the context before it ("we are revising the programme for the 2026
    intake. What does UNESCO say about training teachers?") is not what it asks."""
    last = question[last_clause(question, SENTENCE_END) :]
    for word in words(last, index.language):
        is_year = len(word) == 4 and word.isdigit() and int(word) in YEARS
        if is_year and word not in index.idf and str(int(word)) not in index.idf:
            return True
    return False


def co_relevant(knowledge: KnowledgeBase, first: str, second: str) -> bool:
    """Whether two entries belong together: related either way, or in the same topic."""
    one, other = knowledge.entries.get(first), knowledge.entries.get(second)
    if one is None or other is None:
        return False
    return second in one.related or first in other.related or one.topic == other.topic

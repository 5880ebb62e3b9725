"""Near-domain questions: about an instrument, a law, a programme, a product, a deadline or a
figure that the knowledge base does not hold, in the six languages; and in-scope questions that
name such a thing only as context. Written for these tests from general knowledge (none is in
the evaluation set): a quotation attributed to UNESCO in answer to the first kind misattributes,
so they must never be quoted; the second kind must stay answerable.
"""

from __future__ import annotations

import pytest

from bot.matching.features import Profile
from bot.matching.matcher import Matcher

NEAR_DOMAIN = [
    ("What does the EU AI Act require for AI tutoring systems in schools?", "en"),
    ("Does the GDPR allow schools to use facial recognition for attendance?", "en"),
    ("What are the five values of the OECD AI Principles?", "en"),
    ("What does UNESCO's 2021 Recommendation on the Ethics of AI say about children?", "en"),
    ("What minimum age does UNESCO's 2023 guidance on generative AI set?", "en"),
    ("Under Nigeria's Data Protection Act 2023, can schools share pupils' data?", "en"),
    ("What does the ministry circular No. 12/2024 on AI in classrooms require?", "en"),
    ("How much does a ChatGPT Edu licence cost for a university?", "en"),
    ("What is the price of Khanmigo per student?", "en"),
    ("What is the deadline for applying to the UNESCO AI scholarship?", "en"),
    ("Who is the UNESCO Assistant Director-General for Education?", "en"),
    ("How much funding did UNESCO allocate to AI in education in 2022?", "en"),
    ("What percentage of teachers in Africa use AI tools?", "en"),
    ("Is there a UNESCO job vacancy for an AI education specialist?", "en"),
    ("What does Presidential Decree 45 on digital schools say?", "en"),
    ("Que prévoit l'AI Act européen pour les outils d'IA utilisés en classe ?", "fr"),
    ("Le RGPD autorise-t-il les écoles à filmer les élèves ?", "fr"),
    ("Que dit le décret n° 2023-123 sur le numérique éducatif ?", "fr"),
    ("Quelle est la date limite pour candidater à la bourse UNESCO sur l'IA ?", "fr"),
    ("Combien coûte l'abonnement Khanmigo pour une école ?", "fr"),
    ("Que dit la loi n° 2019-791 pour une école de la confiance sur l'IA ?", "fr"),
    ("Quel pourcentage d'enseignants utilisent l'IA en France ?", "fr"),
    (
        "Que recommande la Recommandation de l'UNESCO sur l'éthique de l'IA de 2021 pour les "
        "enfants ?",
        "fr",
    ),
    ("Que contient la circulaire ministérielle de septembre 2024 sur l'IA à l'école ?", "fr"),
    ("¿Qué exige la Ley de IA de la Unión Europea a las plataformas educativas?", "es"),
    ("¿Qué dice el Reglamento General de Protección de Datos sobre los datos de alumnos?", "es"),
    ("¿Cuál es el plazo para postular a la beca de la UNESCO en IA?", "es"),
    ("¿Cuánto cuesta la licencia de Khanmigo para una escuela?", "es"),
    ("¿Qué establece el decreto 1234 de 2023 sobre inteligencia artificial en las escuelas?", "es"),
    ("¿Qué porcentaje de docentes en México usa inteligencia artificial?", "es"),
    ("¿Qué dice la Ley 29733 del Perú sobre datos personales de estudiantes?", "es"),
    (
        "¿Qué dice la Recomendación sobre la Ética de la IA de la UNESCO de 2021 sobre los niños?",
        "es",
    ),
    ("Что требует закон ЕС об ИИ от образовательных платформ?", "ru"),
    ("Что говорит постановление правительства № 1234 об ИИ в школах?", "ru"),
    ("Какой срок подачи заявки на стипендию ЮНЕСКО по ИИ?", "ru"),
    ("Сколько стоит лицензия Khanmigo для школы?", "ru"),
    ("Какой процент учителей в России использует ИИ?", "ru"),
    ("Что говорит Рекомендация ЮНЕСКО об этике ИИ 2021 года о детях?", "ru"),
    ("Что требует GDPR от школ при использовании ИИ?", "ru"),
    ("Что говорит федеральный закон № 152-ФЗ о данных учеников?", "ru"),
    ("欧盟人工智能法案对学校使用人工智能有什么要求？", "zh"),
    ("GDPR对学生数据有什么规定？", "zh"),
    ("教科文组织人工智能奖学金的申请截止日期是什么时候？", "zh"),
    ("Khanmigo每个学生多少钱？", "zh"),
    ("教育部2024年第5号通知对人工智能课程有什么要求？", "zh"),
    ("中国有多少比例的教师使用人工智能？", "zh"),
    ("《生成式人工智能服务管理暂行办法》对学校有什么要求？", "zh"),
    ("ماذا يشترط قانون الاتحاد الأوروبي للذكاء الاصطناعي على المنصات التعليمية؟", "ar"),
    ("ماذا يقول المرسوم رقم 45 لسنة 2023 عن الذكاء الاصطناعي في المدارس؟", "ar"),
    ("ما هو موعد التقديم على منحة اليونسكو للذكاء الاصطناعي؟", "ar"),
    ("كم سعر ترخيص Khanmigo للمدرسة؟", "ar"),
    ("ما نسبة المعلمين الذين يستخدمون الذكاء الاصطناعي في مصر؟", "ar"),
    ("ماذا تقول توصية اليونسكو بشأن أخلاقيات الذكاء الاصطناعي لعام 2021 عن الأطفال؟", "ar"),
    ("ماذا يتطلب GDPR من المدارس؟", "ar"),
]

# Each blocked by a rule (never quoted, whatever the confidence): an instrument, a numbered law or
# decree, a product, a year, an acronym, a price, a deadline, a scholarship, a statistic.
BLOCKED = [
    ("What does the EU AI Act require for AI tutoring systems in schools?", "en"),
    ("What are the five values of the OECD AI Principles?", "en"),
    ("What does the ministry circular No. 12/2024 on AI in classrooms require?", "en"),
    ("How much does a ChatGPT Edu licence cost for a university?", "en"),
    ("What is the deadline for applying to the UNESCO AI scholarship?", "en"),
    ("What percentage of teachers in Africa use AI tools?", "en"),
    ("Is there a UNESCO job vacancy for an AI education specialist?", "en"),
    ("Que dit le décret n° 2023-123 sur le numérique éducatif ?", "fr"),
    ("Quelle est la date limite pour candidater à la bourse UNESCO sur l'IA ?", "fr"),
    ("Que dit la loi n° 2019-791 pour une école de la confiance sur l'IA ?", "fr"),
    ("¿Cuál es el plazo para postular a la beca de la UNESCO en IA?", "es"),
    ("¿Qué dice la Ley 29733 del Perú sobre datos personales de estudiantes?", "es"),
    ("Какой срок подачи заявки на стипендию ЮНЕСКО по ИИ?", "ru"),
    ("Что говорит федеральный закон № 152-ФЗ о данных учеников?", "ru"),
    ("教科文组织人工智能奖学金的申请截止日期是什么时候？", "zh"),
    ("教育部2024年第5号通知对人工智能课程有什么要求？", "zh"),
    ("ما هو موعد التقديم على منحة اليونسكو للذكاء الاصطناعي؟", "ar"),
    ("ماذا يقول المرسوم رقم 45 لسنة 2023 عن الذكاء الاصطناعي في المدارس؟", "ar"),
    ("كم سعر ترخيص Khanmigo للمدرسة؟", "ar"),
    ("what is the best AI app for teaching children to read", "en"),
    ("how do I use ChatGPT to write my lesson plans", "en"),
    ("怎么用chatgpt写教案", "zh"),
    ("Quels sites du patrimoine mondial de l'UNESCO y a-t-il au Mali ?", "fr"),
]

# In scope, the instrument, law or figure only context; the entry that answers (None: any
# quotation is fine as long as it is allowed).
CONTEXT = [
    (
        "We are implementing the GDPR in our schools. What does the Beijing Consensus say about "
        "protecting pupils' data?",
        "en",
        "bc-29",
    ),
    (
        "Our parliament is debating an AI law modelled on the EU AI Act; what does the Beijing "
        "Consensus recommend on the ethical use of AI in education?",
        "en",
        None,
    ),
    (
        "With a budget of 2 million dollars for teacher training, what does the Consensus "
        "recommend for preparing teachers to work with AI?",
        "en",
        "bc-13",
    ),
    (
        "Nous appliquons déjà le RGPD ; que dit le Consensus de Beijing sur la protection des "
        "données des élèves ?",
        "fr",
        "bc-29",
    ),
    (
        "Notre ministère prépare un décret sur le numérique. Que recommande le Consensus de "
        "Beijing sur la formation des enseignants à l'IA ?",
        "fr",
        "bc-13",
    ),
    (
        "Ya aplicamos el RGPD en los colegios. ¿Qué dice el Consenso de Beijing sobre la "
        "protección de los datos de los alumnos?",
        "es",
        "bc-29",
    ),
    (
        "Estamos redactando una ley de IA; ¿qué recomienda el Consenso de Beijing sobre la "
        "formación docente?",
        "es",
        "bc-13",
    ),
    (
        "У нас уже действует закон о персональных данных. Что Пекинский консенсус говорит о "
        "защите данных учащихся?",
        "ru",
        "bc-29",
    ),
    (
        "Мы готовим постановление о цифровизации школ; что Пекинский консенсус рекомендует по "
        "подготовке учителей?",
        "ru",
        "bc-13",
    ),
    ("我们已经在执行个人信息保护法。北京共识对保护学生数据有什么建议？", "zh", "bc-29"),
    ("我们正在起草一个关于人工智能的条例，北京共识对教师培训有什么建议？", "zh", "bc-13"),
    (
        "نحن نطبق قانون حماية البيانات بالفعل. ماذا يقول توافق بكين عن حماية بيانات الطلاب؟",
        "ar",
        "bc-29",
    ),
    ("نعد مرسوما بشأن التعليم الرقمي، ماذا يوصي توافق بكين بشأن تدريب المعلمين؟", "ar", "bc-13"),
]


@pytest.mark.parametrize(("question", "language"), NEAR_DOMAIN)
def test_a_near_domain_question_is_never_quoted(
    matcher: Matcher, question: str, language: str
) -> None:
    decision = matcher.match(question, language=language)
    assert not decision.answered, (decision.candidates, decision.confidence)


@pytest.mark.parametrize(("question", "language"), BLOCKED)
def test_a_near_domain_subject_makes_the_best_match_unquotable(
    matcher: Matcher, question: str, language: str
) -> None:
    analysis = matcher.analyse(question, language)
    assert analysis.signals is not None
    assert not analysis.signals.quotable


@pytest.mark.parametrize(("question", "language", "expected"), CONTEXT)
def test_an_instrument_named_as_context_keeps_the_question_answerable(
    curated: Matcher, question: str, language: str, expected: str | None
) -> None:
    analysis = curated.analyse(question, language)
    assert analysis.signals is not None
    assert analysis.signals.quotable
    decision = curated.match(question, language=language)
    if decision.answered and expected is not None:
        # teacher training: paragraph 13 recommends it, 42 invites UNESCO to support it
        right = {expected, "bc-42"} if expected == "bc-13" else {expected}
        assert decision.candidates[0] in right


def test_context_questions_are_mostly_answered_or_clarified_right(matcher: Matcher) -> None:
    right = 0
    for question, language, expected in CONTEXT:
        decision = matcher.match(question, language=language)
        if decision.candidates and (expected is None or decision.candidates[0] == expected):
            right += 1
    assert right >= 2 * len(CONTEXT) // 3


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("role des instituts UNSECO", "fr"),  # a typo of an acronym the knowledge base uses
        ("What does SDG 4 say about AI?", "en"),
        ("ICT competency framework for teachers", "en"),
        ("Que disent les ODD sur l'IA ?", "fr"),
        # the acronym, the price or the decree is the context of a longer question
        (
            "I work at the MICITT in Costa Rica. How should we teach AI literacy to all citizens?",
            "en",
        ),
        ("Our licences are expensive. How can teachers get free AI training?", "en"),
        ("Мы готовим приказ № 12. Что Пекинский консенсус говорит о подготовке учителей?", "ru"),
        ("With $2 million for teachers, what does the Beijing Consensus recommend?", "en"),
        # what should be funded, and who is invited to act, the texts do say
        ("how to budget an AI in education programme", "en"),
        ("Who is the Director-General invited to work with?", "en"),
        ("¿Cómo financiar la IA en la educación?", "es"),
        ("Какие приоритеты финансирования ИИ в образовании?", "ru"),
        ("如何为教育人工智能筹集资金", "zh"),
        ("من يجب ان يمول الذكاء الاصطناعي في التعليم؟", "ar"),
        ("ما المطلوب من المدير العام لليونسكو؟", "ar"),
        ("这个共识有没有提到要建立什么平台", "zh"),
        # how many ministers came, the texts say; the next generation is no event; a title the
        # knowledge base uses, or the Consensus's own
        ("How many ministers attended the Beijing conference on AI and education?", "en"),
        ("Combien de ministres étaient présents à la conférence de Beijing ?", "fr"),
        ("What should schools teach when the next generation grows up with AI?", "en"),
        ("《青岛宣言》跟北京共识是什么关系？", "zh"),
        ("《北京共识》第四十段的具体内容是什么？", "zh"),
        ("老师可以用ChatGPT备课吗", "zh"),
    ],
)
def test_context_and_known_names_are_no_near_domain_subject(
    matcher: Matcher, question: str, language: str
) -> None:
    profile: Profile = matcher.profiles[language]
    assert not profile.unknown_subject(question)


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("What does PISA say about AI?", "en"),
        ("Que dit la CNIL sur l'IA ?", "fr"),
        ("Según la Ley 1581, ¿se necesita autorización de los padres?", "es"),
        ("Сколько стоит лицензия для школы?", "ru"),
        ("教科文组织总部招实习生吗", "zh"),
        ("ما هي رسوم التسجيل؟", "ar"),
        ("Is a budget of $500 enough for one school?", "en"),
        # a budget, an amount spent, a person's name or office (ASKED_FACT)
        ("what is the budget of UNESCO's AI for the public sector programme", "en"),
        ("Who was the Director-General of UNESCO in 2019?", "en"),
        ("Quel est le budget du programme de l'UNESCO sur l'IA ?", "fr"),
        ("Comment s'appelait le ministre qui a ouvert la conférence ?", "fr"),
        ("¿Cuántos millones de dólares invirtió China en IA educativa?", "es"),
        ("¿Quién era el ministro chino que inauguró la conferencia?", "es"),
        ("Какой бюджет у программы ЮНЕСКО по ИИ для госсектора?", "ru"),
        ("Как звали министра, открывшего конференцию?", "ru"),
        ("落实北京共识教科文组织一共拨了多少预算", "zh"),
        ("北京会议上致辞的部长叫什么名字", "zh"),
        ("كم ميزانية برنامج اليونسكو للذكاء الاصطناعي؟", "ar"),
        ("من كانت المديرة العامة لليونسكو في 2019؟", "ar"),
        ("مين المدير العام لليونسكو حاليا؟", "ar"),
        ("那31个参加培训的国家具体是哪些，有名单吗", "zh"),
        # when an event is next held (EVENT_FACT), another document by its title, how to set up
        # a product
        ("when and where is the next UNESCO Digital Learning Week", "en"),
        ("C'est quand la prochaine Semaine de l'apprentissage mobile de l'UNESCO ?", "fr"),
        ("cuando es la proxima Semana del Aprendizaje Movil y donde se hace", "es"),
        ("Когда пройдет следующая Неделя мобильного обучения ЮНЕСКО?", "ru"),
        ("下一届移动学习周什么时候举行", "zh"),
        ("متى أسبوع التعلم المتنقل القادم؟", "ar"),
        ("教育部《教育信息化2.0行动计划》主要内容是什么", "zh"),
        ("ChatGPT在课堂上怎么设置才能防止学生抄作业", "zh"),
    ],
)
def test_a_near_domain_subject_is_recognised(
    matcher: Matcher, question: str, language: str
) -> None:
    assert matcher.profiles[language].unknown_subject(question)


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("Does Kenya have a national AI strategy and what does it say about schools?", "en"),
        ("what are the rules on using ChatGPT for homework in France", "en"),
        ("Le Sénégal a-t-il une loi sur l'IA à l'école ?", "fr"),
        ("¿Qué estrategia de IA tiene Colombia para las escuelas?", "es"),
        ("Какие правила использования ИИ в школах Франции?", "ru"),
        ("法国学校是不是禁止学生用chatgpt了", "zh"),
        ("هل تحظر فرنسا استخدام الذكاء الاصطناعي في المدارس؟", "ar"),
        # a breakdown the texts do not give, who gave a speech
        ("How many of the officials in the UNESCO training were women?", "en"),
        ("2019年北京那个大会上是谁致的开幕辞", "zh"),
        ("Which countries took part in the UNESCO training?", "en"),
        ("¿Cuántos funcionarios latinoamericanos participaron en la formación?", "es"),
        ("我国个人信息保护法对未成年人信息处理有哪些规定", "zh"),
        ("ما هو آخر أجل للتسجيل في الدورة القادمة من تدريب اليونسكو؟", "ar"),
        ("Which exactly were the 31 countries whose officials took part?", "en"),
        ("Quel budget l'UNESCO a consacré à sa formation IA ?", "fr"),
        ("¿Cuánto presupuesto tiene asignado la UNESCO para su programa?", "es"),
        ("До какого числа подавать заявку на курс?", "ru"),
        ("北京共识通过以后，全世界有多少个国家出台了教育AI战略", "zh"),
        ("كم دولة عربية وقعت على توافق بيجين؟", "ar"),
        ("كم الميزانية اللي خصصتها اليونسكو للذكاء الاصطناعي في التعليم؟", "ar"),
        # a country's permission or decision, its short name, its Arabic adjective
        ("En Tunisie, les enseignants ont le droit d'utiliser ChatGPT ?", "fr"),
        ("Можно ли в Казахстане использовать ИИ на экзаменах?", "ru"),
        ("هل قررت السعودية تدريس الذكاء الاصطناعي في المدارس؟", "ar"),
        ("ماذا يقول القانون المغربي عن بيانات التلاميذ؟", "ar"),
        ("Is ChatGPT allowed in schools in the UAE?", "en"),
        ("Who was UNESCO's Director-General at the time the Beijing Consensus was signed?", "en"),
        # who took part, country by country or region by region
        ("Was Senegal among the countries in the UNESCO training?", "en"),
        ("Combien de fonctionnaires du Maroc ont participé à la formation ?", "fr"),
        ("¿Participó Chile en la formación de la UNESCO?", "es"),
        ("Сколько участников было из Казахстана?", "ru"),
        ("有多少来自东南亚的官员参加了培训？", "zh"),
        ("هل شارك المغرب في تدريب اليونسكو؟", "ar"),
        ("How many officials from the Arab states took part?", "en"),
        # another Recommendation, by its title
        ("What does UNESCO's Recommendation on the Ethics of Neurotechnology say?", "en"),
        ("Que dit la Recommandation sur la science ouverte au sujet des données ?", "fr"),
        ("¿Qué pide la Recomendación sobre la Ciencia Abierta?", "es"),
        ("Что требует Рекомендация об открытой науке?", "ru"),
        ("开放科学建议书对数据共享有什么要求", "zh"),
        ("ماذا تقول توصية اليونسكو بشأن أخلاقيات الذكاء الاصطناعي عن الأطفال؟", "ar"),
        # figures about schools, teachers and countries the texts never give
        ("How many schools in Ghana use AI tutors?", "en"),
        ("How many countries have already adopted an AI strategy for schools?", "en"),
        # how many countries have a policy: a figure, whichever verb says "have"
        ("How many countries have a national AI strategy?", "en"),
        ("Combien de pays africains ont déjà une stratégie nationale d'IA ?", "fr"),
        ("¿Cuántos países tienen ya una estrategia nacional de IA?", "es"),
        ("Сколько стран уже имеют национальную стратегию ИИ?", "ru"),
        ("有多少个国家已经有人工智能战略？", "zh"),
        ("كم عدد الدول التي لديها استراتيجية وطنية للذكاء الاصطناعي؟", "ar"),
        ("Combien d'écoles utilisent déjà l'IA au Bénin ?", "fr"),
        ("¿Cuántas escuelas usan inteligencia artificial hoy?", "es"),
        ("Сколько школ уже используют ИИ?", "ru"),
        ("全国有多少所学校用上了AI", "zh"),
        ("كم عدد المدارس التي تستخدم الذكاء الاصطناعي؟", "ar"),
        ("How many officials in total finished the UNESCO training?", "en"),
        ("Сколько человек прошли курс ЮНЕСКО?", "ru"),
        ("Quel pourcentage des écoles utilise déjà l'IA ?", "fr"),
        ("По закону «Об образовании» можно ли использовать ИИ на экзаменах?", "ru"),
        # UNESCO's own money, which the texts never give
        ("How much did UNESCO spend on the Beijing conference?", "en"),
        ("¿Cuánto gastó la UNESCO en la conferencia de Beijing?", "es"),
        ("Сколько ЮНЕСКО потратила на конференцию в Пекине?", "ru"),
        ("教科文组织为北京会议花了多少经费", "zh"),
        ("كم أنفقت اليونسكو على مؤتمر بيجين؟", "ar"),
        ("Le budget annuel de l'UNESCO pour l'IA, il est de combien ?", "fr"),
        # the list of the countries; who chaired or spoke
        ("Please name all the countries that took part in the course", "en"),
        ("Citez les pays dont les fonctionnaires ont suivi la formation", "fr"),
        ("Enumera los países que participaron", "es"),
        ("Перечислите страны, чьи чиновники прошли обучение", "ru"),
        ("请列出参加培训的国家", "zh"),
        ("اذكر الدول المشاركة في التدريب", "ar"),
        ("Who chaired the conference in Beijing?", "en"),
        ("Qui a présidé la conférence de Pékin ?", "fr"),
        ("¿Quién inauguró la conferencia de Beijing?", "es"),
        ("Кто открывал конференцию в Пекине?", "ru"),
        ("من افتتح مؤتمر بيجين؟", "ar"),
        ("Участвовал ли Кыргызстан в обучении?", "ru"),
        ("Кто сейчас генеральный директор ЮНЕСКО?", "ru"),
        ("那期六周培训里中国派了几个人参加", "zh"),
        ("那31个国家具体是哪些？", "zh"),
        # an acronym right beside Chinese characters, which have no spaces
        ("经合组织OECD的人工智能原则是哪年通过的", "zh"),
        # whether a country signed; a country's adjective with a policy word (DEMONYMS)
        ("La France fait-elle partie des pays qui ont signé le Consensus de Beijing ?", "fr"),
        ("Has Kenya signed the Beijing Consensus?", "en"),
        ("¿México firmó el Consenso de Beijing?", "es"),
        ("Россия подписала Пекинский консенсус?", "ru"),
        ("日本签署了北京共识吗", "zh"),
        (
            "что в российской национальной стратегии развития ИИ до 2030 года сказано про школы",
            "ru",
        ),
        ("que dit la loi sénégalaise sur l'IA à l'école", "fr"),
        ("what do the Kenyan guidelines on AI in schools say", "en"),
        ("¿qué dice la ley mexicana sobre IA en escuelas?", "es"),
        # UNESCO's fees; a job at UNESCO
        ("参加教科文组织那个公共部门AI培训要交多少费用", "zh"),
        ("how much are the fees for the UNESCO course", "en"),
        ("как устроиться на работу в юнеско в сектор образования", "ru"),
        ("how do I apply for a job at UNESCO", "en"),
        ("comment travailler à l'UNESCO ?", "fr"),
        ("怎么去教科文组织工作", "zh"),
        ("كيف اشتغل في اليونسكو", "ar"),
        # how to stop a product doing something; another edition of the conference; a name in
        # Latin letters in a Chinese question
        ("como hago para que chatgpt no les haga las tareas a mis alumnos", "es"),
        ("how do we stop ChatGPT writing the pupils' essays", "en"),
        ("第二届国际人工智能与教育大会是在哪里开的？", "zh"),
        ("Where was the second International Conference on AI and Education held?", "en"),
        ("芬兰全民学人工只能的Elements of AI课程推广得怎么样", "zh"),
        # how many women took part; the countries' names; the conference after Beijing's; a
        # Chinese regulation by the word of its title
        ("what percentage of the participants in the 2025 training were women", "en"),
        ("Quelle proportion de femmes parmi les participants à la formation ?", "fr"),
        ("¿Cuántas mujeres participaron exactamente en la formación global de la UNESCO?", "es"),
        ("Сколько женщин участвовало в курсе ЮНЕСКО?", "ru"),
        ("那个六周的公共部门AI培训里女学员占多少比例", "zh"),
        ("كم عدد النساء المشاركات في تدريب اليونسكو؟", "ar"),
        ("ما هي أسماء الدول الـ31 التي شاركت في تدريب اليونسكو للقطاع العام؟", "ar"),
        ("北京大会之后的国际人工智能与教育会议后来在哪里开的", "zh"),
        ("生成式人工智能服务管理暂行办法对教育类应用有什么要求？", "zh"),
        # a household bill; counts about the Qingdao Declaration; the course's certificate and
        # hours; next year's event; "how" in Egyptian Arabic; the countries' names with a number
        ("comment faire baisser ma facture d'electricite", "fr"),
        ("¿Cuántos ministros firmaron la Declaración de Qingdao en 2015?", "es"),
        ("How many countries adopted the Qingdao Declaration?", "en"),
        ("Do participants get a certificate at the end of the UNESCO course?", "en"),
        ("выдают ли сертификат по окончании курса ЮНЕСКО", "ru"),
        ("сколько часов в неделю занимает курс ЮНЕСКО для госслужащих", "ru"),
        ("¿Cuántas horas por semana dura el curso de la UNESCO?", "es"),
        ("培训结束后发不发证书给学员？", "zh"),
        ("Where will Digital Learning Week be held next year?", "en"),
        ("Où se tiendra la Semaine de l'apprentissage numérique l'an prochain ?", "fr"),
        ("明年的移动学习周什么时候开", "zh"),
        ("ازاي استخدم شات جي بي تي في تحضير الدروس", "ar"),
        ("شنو أسماء الـ31 دولة اللي شاركت في تدريب اليونسكو", "ar"),
    ],
)
def test_a_countrys_own_policy_or_a_breakdown_is_a_near_domain_subject(
    matcher: Matcher, question: str, language: str
) -> None:
    assert matcher.profiles[language].unknown_subject(question)


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("How can Kenya use AI to train teachers?", "en"),  # a country, no policy of its own
        ("What does the Consensus recommend for Kenya's national strategy?", "en"),
        ("I work in Kenya. What does UNESCO say about a national AI strategy?", "en"),
        ("Should countries adopt a national AI strategy?", "en"),
        ("Что Пекинский консенсус говорит о стратегии для таких стран, как Кения?", "ru"),
        ("China hosted the conference: what plan did the participants agree on?", "en"),
        ("Что делать, чтобы ИИ не вредил детям из малых народов?", "ru"),
        ("How many countries took part in the UNESCO training?", "en"),  # the text says 31
        ("How many countries have officials in the UNESCO training?", "en"),  # no policy
        ("Combien de pays ont participé à la formation ?", "fr"),
        ("¿Cuál es la estrategia a largo plazo para la IA en educación?", "es"),
        ("多少个国家参加了北京会议", "zh"),  # the text says more than 100
        ("What share of the participants came from Africa?", "en"),  # the text says 45 %
        ("What percentage of the trainees came from Africa?", "en"),
        ("Какой процент участников курса был из Африки?", "ru"),
        ("为什么AI专业人员里女性比例这么低", "zh"),  # the Consensus says why
        ("What is UNESCO's recommendation on teacher training?", "en"),  # no title
        ("ما توصية اليونسكو بشأن تدريب المعلمين؟", "ar"),
        ("Queremos probar primero en unas cuantas escuelas", "es"),  # "a few schools"
        ("هل لازم نجرب في كم مدرسة قبل ما نعمم؟", "ar"),  # "a few schools"
        ("Recommendation on teachers: what does the Consensus say?", "en"),  # first word
        ("ما الذي يوصي به التوافق بشأن النظام التعليمي العربي؟", "ar"),  # no country's adjective
        ("Можно ли использовать ИИ для оценивания учеников?", "ru"),  # no country
        # the asker's own budget, with UNESCO's name: what UNESCO recommends is asked
        ("Con un presupuesto limitado, ¿qué recomienda la UNESCO?", "es"),
        ("With a small budget, what does UNESCO advise we fund first?", "en"),
        ("ميزانيتنا محدودة، بماذا توصي اليونسكو؟", "ar"),
        ("Notre budget est serré : que conseille l'UNESCO ?", "fr"),
        ("Бюджет у нас скромный, что советует ЮНЕСКО?", "ru"),
        ("我们预算有限，教科文组织建议先投入哪里？", "zh"),
        ("列出对发展中国家的建议", "zh"),  # developing countries, not a list of them
        ("Who took part in the Beijing conference?", "en"),  # paragraph 1 says
        ("教科文组织的MOOC讲什么内容", "zh"),  # an acronym the knowledge base uses
        # skills to get a job; a language, not a country; a language the texts are in
        (
            "qué tienen que aprender los chicos para conseguir trabajo cuando todo esté "
            "automatizado",
            "es",
        ),
        ("Is there a French version of the Beijing Consensus?", "en"),
        ("Le Consensus existe-t-il en français ?", "fr"),
        ("Where was the International Conference on AI and Education held?", "en"),  # the first
        ("国际人工智能与教育大会是在哪里开的？", "zh"),
        ("Beijing Consensus 第十条讲什么", "zh"),  # the source's name in Latin letters
        # women in AI, not among the participants: paragraph 25
        ("how many women work in AI according to the consensus", "en"),
        ("why are there so few women in AI jobs", "en"),
        ("为什么AI行业里女性这么少", "zh"),
        # a certificate of learning outcomes (lifelong learning); how long the course is (six
        # weeks); what the Qingdao Declaration committed to (paragraph 3)
        ("Can people get a certificate for what they learned online on their own?", "en"),
        ("How many weeks does the UNESCO training last?", "en"),
        ("¿Cuántas semanas dura la formación de la UNESCO?", "es"),
        ("What did the Qingdao Declaration commit countries to?", "en"),
        ("Qu'est-ce que la Déclaration de Qingdao ?", "fr"),
    ],
)
def test_a_country_without_its_own_policy_asked_is_no_near_domain_subject(
    matcher: Matcher, question: str, language: str
) -> None:
    assert not matcher.profiles[language].unknown_subject(question)

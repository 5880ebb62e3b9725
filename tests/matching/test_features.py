"""The facts that forbid a quotation whatever the confidence, on the real knowledge base."""

from __future__ import annotations

import pytest

from bot.knowledge.model import KnowledgeBase
from bot.matching.decision import Outcome
from bot.matching.features import Profile
from bot.matching.matcher import Matcher


@pytest.mark.parametrize(
    ("question", "language", "unknown"),
    [
        ("Does the EU AI Act apply to school software?", "en", True),
        ("what does UNESCO's Recommendation on the Ethics of AI say about schools", "en", True),
        ("Is the GDPR stricter than the consensus?", "en", True),
        ("what is the Qingdao Declaration", "en", False),  # the entries mention it
        ("la déclaration de Qingdao et l'IA", "fr", False),
        ("el RGPD y los datos de los alumnos", "es", True),
        ("Конвенция Совета Европы об ИИ и школы", "ru", True),
        ("欧盟人工智能法案怎么监管教育", "zh", True),
        ("what do you recommend on teachers", "en", False),  # no instrument at all
    ],
)
def test_an_instrument_the_knowledge_base_never_names_is_unknown(
    knowledge: KnowledgeBase, question: str, language: str, unknown: bool
) -> None:
    assert Profile(knowledge, language).unknown_instrument(question) is unknown


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("internet", "en"),
        ("smartphones", "en"),
        ("les données", "fr"),
        ("tecnología", "es"),
        ("компьютеры", "ru"),
        ("手机", "zh"),
        ("الهاتف الذكي", "ar"),
    ],
)
def test_everyday_words_alone_are_never_quoted(
    matcher: Matcher, question: str, language: str
) -> None:
    analysis = matcher.analyse(question, language)
    if analysis.signals is not None:  # nothing matched at all is fine too
        assert analysis.signals.generic_only
        assert not analysis.signals.quotable
    assert matcher.match(question, language=language).outcome is not Outcome.ANSWER


@pytest.mark.parametrize(
    ("question", "unknown"),
    [
        ("how much does a Copilot licence cost for a school", True),
        ("Claude or Gemini for the ministry?", True),
        ("should schools allow ChatGPT", False),  # the entries' alternate questions name it
        ("copilots and pilots", False),  # not the product's name
    ],
)
def test_a_product_the_knowledge_base_never_names_is_unknown(
    knowledge: KnowledgeBase, question: str, unknown: bool
) -> None:
    assert Profile(knowledge, "en").unknown_product(question) is unknown


def test_a_one_word_question_that_is_not_everyday_is_not_generic(matcher: Matcher) -> None:
    analysis = matcher.analyse("teachers", "en")
    assert analysis.signals is not None
    assert not analysis.signals.generic_only

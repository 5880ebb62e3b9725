"""Stopwords per language, as written; ``bot.analysis.stopwords`` folds them like any text.

Short on purpose: function words and the words of asking ("what does it say about"), which tell
nothing about which recommendation is wanted. Words like "UNESCO" or "teachers" are never here.
"""

from __future__ import annotations

_EN = """
a about above after again all also am an and any are as at be been being both but by can could
did do does doing for from had has have having he her here hers him his how i if in into is it its
me more most my no nor not of on once only or other our ours out over own please same say says
she should so some such tell than that the their theirs them then there these they this those
through to too under until up very was we were what when where which while who whom why will
with would you your yours know want need recommend recommends recommendation recommendations
consensus said regarding concerning anything something whats
"""
_FR = """
a au aux avec ce ces cet cette dans de des du elle elles en est et etre eux il ils je la le les
leur leurs lui ma mais me meme mes moi mon ne nos notre nous on ou par pas pour qu que quel quelle
quelles quels qui sa sans se ses si son sont sur ta te tes toi ton tu un une vos votre vous y
ca cela ceci comment quoi est-ce dit disent dire recommande recommandation recommandations
consensus propos concernant sujet faut peut peuvent doit doivent font fait quand ou
"""
_ES = """
a al con como cual cuales de del el ella ellas ellos en es esa esas ese eso esos esta estan
estas este esto estos ha han hay la las le les lo los mas me mi mis mucho muy no nos nosotros o
para pero por que quien se ser si sin sobre su sus te tu un una uno unos unas y ya dice dicen
decir recomienda recomendacion recomendaciones consenso respecto acerca puede pueden debe deben
cuando donde
"""
_RU = """
а без бы был была были было в во вот все всё вы где да для до его ее её если есть ещё еще же за
и из или им их к как ко когда ли либо мне мы на над не нет ни но о об он она они оно от по при
про с со так также то тот ту ты у уж что чтобы чем это эта эти этот я говорит сказано
рекомендует рекомендации рекомендация консенсус насчет насчёт можно нужно ли какие какой какая
каких
"""
_AR = """
في من الى إلى على عن مع هل ما ماذا كيف لماذا متى اين أين هذا هذه ذلك تلك التي الذي الذين و او أو
ثم قد لا لم لن ان إن أن كان كانت يكون هو هي هم نحن انا أنا انت أنت كل بعض اي أي عند بين حول
يقول تقول توصي توصية توصيات يوصي توافق بشان بشأن
"""
# Chinese is indexed as character bigrams: these are bigrams of asking, not of meaning.
_ZH = """
什么 怎么 怎样 如何 关于 是否 哪些 可以 我们 你们 他们 这个 那个 一下 请问 有关 对于
"""


def _folded(words: str) -> frozenset[str]:
    return frozenset(words.split())


STOPWORDS: dict[str, frozenset[str]] = {
    "en": _folded(_EN),
    "fr": _folded(_FR),
    "es": _folded(_ES),
    "ru": _folded(_RU),
    "ar": _folded(_AR),
    "zh": _folded(_ZH),
}

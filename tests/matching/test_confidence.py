"""The shipped confidence model: it loads, it fits this code, and its absence is a clear error."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from bot.knowledge.model import LANGUAGES, KnowledgeBase
from bot.matching.confidence import (
    MODEL_FEATURES,
    MODEL_PATH,
    ModelError,
    fit,
    load_model,
    model_values,
)
from bot.matching.features import FEATURES
from bot.matching.matcher import Matcher


def test_the_shipped_model_loads_and_fits_the_features() -> None:
    model = load_model()
    assert model.features == MODEL_FEATURES
    assert set(model.answer) == set(LANGUAGES) == set(model.choices)
    for language in LANGUAGES:
        assert 0 < model.choices[language] <= model.answer[language] <= 1
    assert model.fitted_on["command"] == "python -m bench.calibrate"
    for language in LANGUAGES:
        assert 0 <= model.probability(model.mean[: len(FEATURES)], language) <= 1


def test_each_language_reads_the_shared_signals_and_only_its_own_leaning() -> None:
    values = tuple(float(number) for number in range(1, len(FEATURES) + 1))
    english, french = model_values(values, "en"), model_values(values, "fr")
    assert len(english) == len(french) == len(MODEL_FEATURES)
    assert english[: len(FEATURES)] == french[: len(FEATURES)] == values
    assert not any(english[len(FEATURES) :])  # the reference language leans nowhere
    own = dict(zip(MODEL_FEATURES, french, strict=True))
    assert own["fr"] == 1.0
    assert own["ar"] == 0.0
    assert own["fr:score"] == values[0]
    assert own["zh:score"] == 0.0


def test_a_missing_model_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ModelError, match=r"missing; fit it with `python -m bench.calibrate`"):
        load_model(tmp_path / "confidence.json")


def test_a_matcher_without_its_model_does_not_start(
    knowledge: KnowledgeBase, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("bot.matching.confidence.MODEL_PATH", tmp_path / "none.json")
    with pytest.raises(ModelError, match=r"none\.json"):
        Matcher(knowledge)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda data: data.update(features=[*data["features"][:-1], "other"]), "refit"),
        (lambda data: data.pop("weights"), "malformed"),
        (lambda data: data.update(weights=data["weights"][:-1]), "differ in size"),
    ],
)
def test_a_model_that_does_not_fit_this_code_is_refused(
    tmp_path: Path, change: object, message: str
) -> None:
    data = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    change(data)  # type: ignore[operator]
    path = tmp_path / "confidence.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ModelError, match=message):
        load_model(path)


def test_a_broken_file_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "confidence.json"
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(ModelError, match="cannot read"):
        load_model(path)


def test_fit_separates_a_separable_signal() -> None:
    rng = np.random.default_rng(0)
    x = rng.normal(size=(400, 2))
    y = (x[:, 0] + 0.1 * rng.normal(size=400) > 0).astype(float)
    mean, scale, weights, bias = fit(x, y, l2=1.0)
    assert weights[0] > 3 * abs(weights[1])
    predicted = 1 / (1 + np.exp(-(bias + ((x - mean) / scale) @ weights))) > 0.5
    assert (predicted == y.astype(bool)).mean() > 0.95

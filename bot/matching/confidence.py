"""The calibrated confidence: a logistic regression over the signals of ``bot.matching.features``.

One model for the six languages, in which each language may lean its own way: besides the shared
weight of each signal, every language but the first has a bias and a weight per signal of its
own, added to the shared ones (``MODEL_FEATURES``). The same score or coverage does not mean the
same in Chinese, searched by characters and their pairs, as in English, searched by stems; the
penalty of the fit keeps a language's own weights near zero unless its questions show the
difference. Fitting six models apart would ask each language's few hundred questions to learn
everything alone.

The model is data, not code: ``confidence.json`` beside this module holds the feature names, their
standardisation, the weights, and the thresholds chosen with them (per language: one to answer,
one to offer choices). ``python -m bench.calibrate`` fits it on the training part of the
evaluation set and writes the file; the bot loads it at start-up and refuses to start without it,
since it would otherwise have no way to know when to stay silent.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from bot.languages import LANGUAGES
from bot.matching.features import FEATURES

MODEL_PATH = Path(__file__).resolve().parent / "confidence.json"
# The first language is the reference; each other has its own bias ("fr") and its own share of
# each signal's weight ("fr:score").
LEANING_LANGUAGES = LANGUAGES[1:]
MODEL_FEATURES: tuple[str, ...] = (
    *FEATURES,
    *LEANING_LANGUAGES,
    *(f"{language}:{name}" for language in LEANING_LANGUAGES for name in FEATURES),
)


def model_values(values: Sequence[float], language: str) -> tuple[float, ...]:
    """A question's signals as the model reads them (``MODEL_FEATURES``): the signals, then a
    1 for its language, then the signals again in its language's place; zeros elsewhere."""
    ones = tuple(1.0 if language == other else 0.0 for other in LEANING_LANGUAGES)
    own = tuple(
        value if language == other else 0.0 for other in LEANING_LANGUAGES for value in values
    )
    return (*values, *ones, *own)


class ModelError(RuntimeError):
    """The confidence model file is missing or does not fit this code."""


@dataclass(frozen=True)
class ConfidenceModel:
    """P(best entry is right | signals) = sigmoid(bias + weights · standardised signals)."""

    features: tuple[str, ...]
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    weights: tuple[float, ...]
    bias: float
    answer: Mapping[str, float]  # per language: quote the best entry at this confidence or more
    choices: Mapping[str, float]  # per language: offer choices at this confidence or more
    fitted_on: dict[str, Any] = field(default_factory=dict)  # how it was fitted, for the record

    def __post_init__(self) -> None:
        sizes = {len(self.features), len(self.mean), len(self.scale), len(self.weights)}
        if len(sizes) != 1:
            raise ModelError("confidence model: features, mean, scale and weights differ in size")

    def probability(self, values: Sequence[float], language: str) -> float:
        """The confidence for a question of ``language`` whose signals are ``values``
        (in the order of FEATURES)."""
        total = self.bias
        for value, mean, scale, weight in zip(
            model_values(values, language), self.mean, self.scale, self.weights, strict=True
        ):
            total += weight * (value - mean) / scale
        return 1.0 / (1.0 + math.exp(-total)) if total > -500 else 0.0

    def to_json(self) -> str:
        return json.dumps(asdict(self), indent=2, ensure_ascii=False) + "\n"


def load_model(path: Path | None = None) -> ConfidenceModel:
    """The shipped model (or the one at ``path``).

    A clear error when the file is missing, malformed, or was fitted for other features.
    """
    path = path or MODEL_PATH
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ModelError(
            f"{path}: the confidence model is missing; fit it with `python -m bench.calibrate`"
        ) from None
    except (OSError, ValueError) as error:
        raise ModelError(f"{path}: cannot read the confidence model: {error}") from None
    try:
        model = ConfidenceModel(
            features=tuple(data["features"]),
            mean=tuple(float(v) for v in data["mean"]),
            scale=tuple(float(v) for v in data["scale"]),
            weights=tuple(float(v) for v in data["weights"]),
            bias=float(data["bias"]),
            answer={str(k): float(v) for k, v in dict(data["answer"]).items()},
            choices={str(k): float(v) for k, v in dict(data["choices"]).items()},
            fitted_on=dict(data.get("fitted_on", {})),
        )
    except (KeyError, TypeError, ValueError) as error:
        raise ModelError(f"{path}: the confidence model is malformed: {error!r}") from None
    if model.features != MODEL_FEATURES:
        raise ModelError(
            f"{path}: the confidence model was fitted for features {list(model.features)}, "
            f"but this code computes {list(MODEL_FEATURES)}; refit with "
            f"`python -m bench.calibrate`"
        )
    return model


def fit(
    x: np.ndarray, y: np.ndarray, l2: float = 1.0, iterations: int = 50
) -> tuple[np.ndarray, np.ndarray, np.ndarray, float]:
    """L2-regularised logistic regression by Newton's method: (mean, scale, weights, bias).

    Features are standardised first, so the penalty treats them alike; the bias is not penalised.
    """
    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale == 0] = 1.0
    z = np.hstack([np.ones((len(x), 1)), (x - mean) / scale])
    theta = np.zeros(z.shape[1])
    penalty = np.full(z.shape[1], l2)
    penalty[0] = 0.0
    for _ in range(iterations):
        p = 1 / (1 + np.exp(-np.clip(z @ theta, -30, 30)))
        gradient = z.T @ (p - y) + penalty * theta
        hessian = (z.T * (p * (1 - p))) @ z + np.diag(penalty) + 1e-9 * np.eye(len(theta))
        step = np.linalg.solve(hessian, gradient)
        theta -= step
        if np.abs(step).max() < 1e-8:
            break
    return mean, scale, theta[1:], float(theta[0])

"""A learned second opinion on what a person was thanked for.

The acknowledgement reader's rules decide from the pack's vocabulary;
wording the vocabulary does not know ("for the Langendorff perfusions")
is often technical work all the same. A logistic regression over the words
of the purpose (unigrams and bigrams), trained on the tune part of the
project's corpus by ``scripts/purpose_model_experiment.py`` and shipped as
``purpose_model.json``, credits a person the rules left out when it is
confident. It never overrides a purpose the rules judged negative
(discussion, gifts, funding, field help), and what it credits is always
``inferred``. Scoring is a dictionary lookup per word: no numpy, no spaCy.
"""

from __future__ import annotations

import json
import math
import re
import threading
from functools import lru_cache
from importlib import resources
from typing import Any

_LOCK = threading.Lock()
_MODEL: dict[str, Any] | None = None


def _model() -> dict[str, Any]:
    global _MODEL
    with _LOCK:
        if _MODEL is None:
            text = resources.files("techcost.analysis").joinpath("purpose_model.json").read_text(encoding="utf-8")
            data = json.loads(text)
            _MODEL = {"threshold": float(data["threshold"]), "bias": float(data["bias"]), "weights": dict(data["weights"])}
        return _MODEL


def features(purpose: str) -> list[str]:
    """The words of a purpose and their pairs, lower-cased."""
    toks = re.findall(r"[a-z][a-z\-]+", (purpose or "").lower())
    return ["w:" + t for t in toks] + ["b:" + a + "_" + b for a, b in zip(toks, toks[1:])] + ([] if toks else ["empty"])


@lru_cache(maxsize=8192)
def score(purpose: str) -> float:
    """The model's probability that a person thanked for ``purpose`` is technical staff."""
    m = _model()
    w = m["weights"]
    s = m["bias"] + sum(w.get(f, 0.0) for f in features(purpose))
    return 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, s))))


def credits(purpose: str) -> bool:
    """Whether the model is confident enough to credit the person."""
    return bool(purpose.strip()) and score(purpose) > _model()["threshold"]

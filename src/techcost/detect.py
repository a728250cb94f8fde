"""The library's name for credit analysis (``techcost.analysis``)."""

from __future__ import annotations

from typing import Any

from .analysis import analyse, analyser
from .analysis.credit import credited, distinctive
from .analysis.text import sentence_texts as split_sentences
from .model import Manuscript

__all__ = ["detect", "credited", "distinctive", "split_sentences", "analyser"]


def detect(manuscript: Manuscript, lexicons: dict[str, Any]) -> Manuscript:
    """A copy of the manuscript with technical credit filled in."""
    return analyse(manuscript, lexicons)

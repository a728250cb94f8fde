"""Reporters: one module per format, each with ``render(report, **options) -> str``.
They load by name, so a run imports only the one it uses."""

from __future__ import annotations

import importlib
from typing import Any, Callable

FORMATS = {
    "text": "techcost.reporters.text",
    "json": "techcost.reporters.json",
    "sarif": "techcost.reporters.sarif",
    "junit": "techcost.reporters.junit",
    "github": "techcost.reporters.github",
    "markdown": "techcost.reporters.markdown",
    "gitlab": "techcost.reporters.gitlab",
    "html": "techcost.reporters.html",
}


def get(name: str) -> Callable[..., str]:
    try:
        mod = importlib.import_module(FORMATS[name])
    except KeyError:
        raise ValueError(f"unknown format {name!r} (choose from {', '.join(FORMATS)})") from None
    return mod.render  # type: ignore[no-any-return]


def render(name: str, report: Any, **options: Any) -> str:
    return get(name)(report, **options)

"""techcost: check grant budgets and draft papers for fair treatment of technical staff.

The package root stays light: heavy libraries (spaCy, pdfplumber, openpyxl,
python-docx) load only when an input or a rule needs them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._version import __version__

__all__ = ["__version__", "check", "inspect", "diff", "load_config", "Finding", "Report", "Severity"]

if TYPE_CHECKING:  # pragma: no cover
    from .api import check, diff, inspect
    from .model import Finding, Report, Severity
    from .policy.config import load_config


def __getattr__(name: str) -> Any:
    if name in ("check", "inspect", "diff"):
        from . import api

        return getattr(api, name)
    if name == "load_config":
        from .policy.config import load_config

        return load_config
    if name in ("Finding", "Report", "Severity"):
        from . import model

        return getattr(model, name)
    raise AttributeError(name)

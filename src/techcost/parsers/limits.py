"""Input limits. Defaults suit real budgets and papers with a wide margin;
raise them with environment variables (``TECHCOST_MAX_CELLS`` and so on) or
the ``[limits]`` table of the project configuration."""

from __future__ import annotations

import os


def _env(name: str, default: int) -> int:
    try:
        return int(os.environ.get(f"TECHCOST_{name}", default))
    except ValueError:
        return default


MAX_FILE_BYTES = _env("MAX_FILE_BYTES", 200_000_000)
MAX_ZIP_MEMBERS = _env("MAX_ZIP_MEMBERS", 10_000)
MAX_UNZIPPED_BYTES = _env("MAX_UNZIPPED_BYTES", 1_000_000_000)
MAX_COMPRESSION_RATIO = _env("MAX_COMPRESSION_RATIO", 200)
MAX_SHEET_XML_BYTES = _env("MAX_SHEET_XML_BYTES", 300_000_000)
MAX_CELLS = _env("MAX_CELLS", 20_000_000)
MAX_ROWS = _env("MAX_ROWS", 1_000_000)
MAX_CSV_FIELD = _env("MAX_CSV_FIELD", 1_000_000)
MAX_XML_BYTES = _env("MAX_XML_BYTES", 60_000_000)
MAX_PDF_PAGES = _env("MAX_PDF_PAGES", 300)
MAX_PDF_SECONDS = _env("MAX_PDF_SECONDS", 120)
MAX_TEXT_BYTES = _env("MAX_TEXT_BYTES", 20_000_000)
MAX_SECONDS_PER_FILE = _env("MAX_SECONDS_PER_FILE", 120)
MAX_MEMORY_MB = _env("MAX_MEMORY_MB", 2048)


def apply(overrides: dict[str, int]) -> None:
    """Set limits from configuration (``[limits]`` in techcost.toml, keys as
    the names above in lower case: ``max_seconds_per_file = 30``)."""
    g = globals()
    for key, value in (overrides or {}).items():
        name = key.upper().replace("-", "_")
        if name in g and isinstance(g[name], int) and not name.startswith("_"):
            g[name] = int(value)
        else:
            from ..errors import ConfigError

            raise ConfigError(f"[limits] {key}: unknown limit")

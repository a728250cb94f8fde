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


# the largest value each limit takes (a bigger one would overflow the C
# libraries and system calls it is handed to, or mean "no limit" by mistake)
CEILINGS = {
    "MAX_FILE_BYTES": 2**40, "MAX_ZIP_MEMBERS": 10_000_000, "MAX_UNZIPPED_BYTES": 2**40, "MAX_COMPRESSION_RATIO": 100_000,
    "MAX_SHEET_XML_BYTES": 2**40, "MAX_CELLS": 2**31, "MAX_ROWS": 2**31, "MAX_CSV_FIELD": 2**31 - 1, "MAX_XML_BYTES": 2**40,
    "MAX_PDF_PAGES": 1_000_000, "MAX_PDF_SECONDS": 86_400, "MAX_TEXT_BYTES": 2**40, "MAX_SECONDS_PER_FILE": 86_400,
    "MAX_MEMORY_MB": 1_048_576,
}  # fmt: skip


def names() -> list[str]:
    return sorted(k.lower() for k in CEILINGS)


def apply(overrides: dict[str, int], where: str = "configuration") -> None:
    """Set limits from configuration (``[limits]`` in techcost.toml, keys as
    the names above in lower case: ``max_seconds_per_file = 30``). Unknown
    keys and values out of range are configuration errors naming ``where``."""
    from ..errors import ConfigError

    g = globals()
    for key, value in (overrides or {}).items():
        name = str(key).upper().replace("-", "_")
        if name not in CEILINGS:
            raise ConfigError(f"{where}: [limits] {key}: unknown limit (known: {', '.join(names())})")
        if isinstance(value, bool) or not isinstance(value, int):
            raise ConfigError(f"{where}: [limits] {key}: must be a whole number, not {value!r}")
        ceiling = CEILINGS[name]
        if value < 0 or value > ceiling:
            raise ConfigError(f"{where}: [limits] {key}: {value} is out of range (0 to {ceiling:,})")
        g[name] = int(value)

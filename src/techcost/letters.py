"""Letter classes for the patterns that read names and organisations.

``[A-Z]`` misses the capitals of most European names ("Šimo", "Łukasz",
"Çelik", "Ștefan"). These fragments go inside a character class:
``rf"[{UPPER}]"`` is any capital of the Latin scripts a paper in English
prints names in (Basic Latin, Latin-1 and Latin Extended-A, and the
Romanian comma letters); ``LOWER`` the small letters of the same scripts.
"""

from __future__ import annotations

_EXTENDED = [chr(c) for c in range(0x100, 0x180)] + ["Ș", "ș", "Ț", "ț"]

UPPER = "A-ZÀ-ÖØ-Þ" + "".join(c for c in _EXTENDED if c.isupper())
LOWER = "a-zß-öø-ÿ" + "".join(c for c in _EXTENDED if c.islower())

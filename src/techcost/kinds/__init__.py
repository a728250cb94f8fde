"""Rule kinds: the Python behind rules. A kind module is named after its
``kind:`` value and holds ``Params`` (a pydantic model, validated when the
configuration loads) and ``check(ctx, params)``, which yields ``Hit``s.

Kinds never read files and never set codes, severities or policy: the
runner stamps those from the rule's YAML.
"""

from __future__ import annotations

from ._base import Context, Hit, money, plural

__all__ = ["Context", "Hit", "money", "plural"]

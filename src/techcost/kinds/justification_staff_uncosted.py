"""Technical staff a justification asks for that its paired budget does not
cost (the other direction of BUD020)."""


from typing import Iterator

from ._base import Context, Hit, KindParams
from .justification_staff_unjustified import _tokens

#: message fields this kind gives (checked against each rule's message when packs load)
FIELDS = frozenset({"justification", "label"})


class Params(KindParams):
    """No parameters."""


def check(ctx: Context, p: Params) -> Iterator[Hit]:
    j = ctx.justification
    b = ctx.paired_budget
    if j is None or b is None or b.template:
        return
    costed: set[str] = set()
    for line in b.technical_lines():
        costed |= _tokens(line.label) | {w for r in line.role_words for w in _tokens(r)}
    undetermined = [s for s in b.staff_lines if not s.role_determinable]
    for s in j.technical_lines() if hasattr(j, "technical_lines") else [x for x in j.staff_lines if x.category == "technical"]:
        asked = _tokens(" ".join(s.role_words) or s.label)
        if asked & costed:
            continue
        if undetermined:
            continue  # the budget has posts whose roles cannot be told: one of them may be this one
        yield Hit(
            location=s.location,
            fields={"label": s.label, "justification": j.path},
            evidence=[
                f"{s.location.anchor()} {s.label!r} asked for in the justification",
                f"{b.path}: technical staff costed: " + (", ".join(repr(x.label) for x in b.technical_lines()) or "none"),
            ],
            anchor=f"asked|{s.label}",
        )

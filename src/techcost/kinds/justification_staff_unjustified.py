"""Technical staff costed in the budget that its justification never
mentions."""


import re
from typing import Iterator

from ._base import Context, Hit, KindParams
from ._budget import describe_line, line_anchor

_STOP = {"and", "of", "the", "for", "a", "an", "in", "to", "fte", "year", "senior", "junior", "research", "assistant", "i", "ii", "iii"}


def _tokens(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]+", text.lower()) if w not in _STOP and len(w) > 1}


#: message fields this kind gives (checked against each rule's message when packs load)
FIELDS = frozenset({"justification", "label"})


class Params(KindParams):
    """No parameters."""


def check(ctx: Context, p: Params) -> Iterator[Hit]:
    j = ctx.justification
    b = ctx.paired_budget
    if j is None or b is None:
        return
    said: set[str] = set()
    for s in j.staff_lines:
        said |= _tokens(s.label) | {w for r in s.role_words for w in _tokens(r)}
    for line in b.technical_lines():
        mine = _tokens(" ".join(line.role_words) or line.label)
        if mine & said:
            continue
        yield Hit(
            location=line.location,
            fields={"label": line.label, "justification": j.path},
            evidence=[describe_line(line, b, ctx.show_amounts), f"{j.path}: staff asked for: " + (", ".join(repr(s.label) for s in j.staff_lines) or "none")],
            anchor=line_anchor(line),
        )

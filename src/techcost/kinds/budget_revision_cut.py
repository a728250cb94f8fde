"""Between two versions of a budget, technical staff removed, cut or moved
from named to pooled while other lines hold or grow (C15). Runs from
``techcost diff`` (``ctx.budgets`` holds the old and the new budget)."""


from typing import Iterator

from pydantic import Field

from ..revisions import compare
from ._base import CategoryScoped, Context, Hit

#: message fields this kind gives (checked against each rule's message when packs load)
FIELDS = frozenset({"detail", "label", "others"})


class Params(CategoryScoped):
    categories: list[str] = Field(default_factory=lambda: ["technical"])
    min_cut: float = Field(0.1, description="a fall in total effort or cost of at least this share is a cut")


def check(ctx: Context, p: Params) -> Iterator[Hit]:
    if len(ctx.budgets) != 2:
        return
    d = compare(ctx.budgets[0], ctx.budgets[1], categories=p.categories, min_cut=p.min_cut, show_amounts=ctx.show_amounts)
    for ch in d.changes:
        if not ch.flag:
            continue
        yield Hit(
            location=ch.location,
            fields={"label": ch.label, "detail": ch.detail, "others": d.others_text()},
            evidence=ch.evidence,
            anchor=f"diff|{ch.kind}|{ch.label}",
        )

"""Small inline SVG charts (horizontal grouped bars, lines) written by hand:
no plotting library, no script, every label escaped. Colours follow the
Okabe-Ito palette (distinguishable with colour-vision deficiencies); values
are also written as text, so colour is never the only signal."""

from __future__ import annotations

import math
from typing import Sequence

from ._html import esc

PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00")
Series = Sequence[tuple[str, Sequence[float | None]]]


def _fmt(v: float, unit: str) -> str:
    if unit == "%":
        return f"{v:.0f}%"
    if abs(v) >= 100:
        return f"{v:,.0f}{unit}"
    return f"{v:.2f}{unit}"


def _legend(series: Series, x: int, y: int) -> list[str]:
    """A legend row; entries are spaced by the length of their names."""
    out = []
    cx = float(x)
    for i, (name, _) in enumerate(series):
        out.append(f'<rect x="{cx:.0f}" y="{y - 10}" width="12" height="12" fill="{PALETTE[i % len(PALETTE)]}"/>')
        out.append(f'<text x="{cx + 18:.0f}" y="{y}" font-size="12">{esc(name)}</text>')
        cx += 18 + 6.4 * len(name) + 18
    return out


def _top(values: Series, max_value: float | None) -> float:
    """The axis maximum: ``max_value``, else the largest value rounded up
    to 1, 2, 2.5 or 5 times a power of ten."""
    if max_value is not None:
        return max_value
    vals = [v for _, vs in values for v in vs if v is not None]
    top = max(vals, default=0.0)
    if top <= 0:
        return 1.0
    scale = 10 ** math.floor(math.log10(top))
    for step in (1, 2, 2.5, 5, 10):
        if top <= step * scale:
            return step * scale
    return top  # pragma: no cover


def bar_chart(title: str, categories: Sequence[str], series: Series, *, unit: str = "%", max_value: float | None = None, width: int = 680) -> str:
    """Horizontal grouped bars: one group per category, one bar per series.
    Missing values are drawn as "n/a"."""
    label_w = min(220, 14 + 7 * max((len(c) for c in categories), default=4))
    bar_h, gap = 14, 10
    group_h = bar_h * len(series) + gap
    top_pad = 42
    height = top_pad + group_h * max(1, len(categories)) + 16
    plot_w = width - label_w - 70
    top = _top(series, max_value)
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" width="{width}" height="{height}" viewBox="0 0 {width} {height}" aria-label="{esc(title)}">',
        f"<title>{esc(title)}</title>",
        f'<text x="0" y="14" font-size="14" font-weight="600">{esc(title)}</text>',
        *_legend(series, 0, 34),
    ]
    for gi, cat in enumerate(categories):
        gy = top_pad + gi * group_h
        out.append(
            f'<text x="{label_w - 6}" y="{gy + group_h / 2}" font-size="12" text-anchor="end" dominant-baseline="middle">{esc(cat[:40])}</text>'
        )
        for si, (_, vals) in enumerate(series):
            v = vals[gi] if gi < len(vals) else None
            y = gy + si * bar_h
            if v is None:
                out.append(f'<text x="{label_w + 4}" y="{y + bar_h - 3}" font-size="11" fill="#57606a">n/a</text>')
                continue
            w = max(0.0, plot_w * (v / top)) if top else 0.0
            out.append(f'<rect x="{label_w}" y="{y}" width="{w:.1f}" height="{bar_h - 2}" fill="{PALETTE[si % len(PALETTE)]}"/>')
            out.append(f'<text x="{label_w + w + 4:.1f}" y="{y + bar_h - 3}" font-size="11">{esc(_fmt(v, unit))}</text>')
    out.append(f'<line x1="{label_w}" y1="{top_pad - 4}" x2="{label_w}" y2="{height - 12}" stroke="#888"/>')
    out.append("</svg>")
    return "".join(out)


def line_chart(title: str, xs: Sequence[str], series: Series, *, unit: str = "%", max_value: float | None = None, width: int = 680, height: int = 260) -> str:
    """Lines over ordered x values (years); gaps where a value is missing.
    With one x value the points are drawn alone."""
    top = _top(series, max_value)
    left = 12 + 7 * max(len(_fmt(top * k / 4, unit)) for k in range(5))
    right, top_pad, bottom = 20, 44, 34
    plot_w, plot_h = width - left - right, height - top_pad - bottom
    n = len(xs)

    def px(i: int) -> float:
        return left + (plot_w * (i / (n - 1)) if n > 1 else plot_w / 2)

    def py(v: float) -> float:
        return top_pad + plot_h - plot_h * (v / top if top else 0)

    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" width="{width}" height="{height}" viewBox="0 0 {width} {height}" aria-label="{esc(title)}">',
        f"<title>{esc(title)}</title>",
        f'<text x="0" y="14" font-size="14" font-weight="600">{esc(title)}</text>',
        *_legend(series, 0, 34),
    ]
    for k in range(5):  # grid and y labels
        v = top * k / 4
        y = py(v)
        out.append(f'<line x1="{left}" y1="{y:.1f}" x2="{width - right}" y2="{y:.1f}" stroke="#e1e4e8"/>')
        out.append(f'<text x="{left - 6}" y="{y + 4:.1f}" font-size="11" text-anchor="end">{esc(_fmt(v, unit))}</text>')
    for i, x in enumerate(xs):
        out.append(f'<text x="{px(i):.1f}" y="{height - 12}" font-size="11" text-anchor="middle">{esc(x)}</text>')
    for si, (name, vals) in enumerate(series):
        colour = PALETTE[si % len(PALETTE)]
        segs: list[list[tuple[float, float]]] = [[]]
        for i, v in enumerate(vals[:n]):
            if v is None:
                segs.append([])
                continue
            segs[-1].append((px(i), py(v)))
        for seg in segs:
            if len(seg) > 1:
                pts = " ".join(f"{x:.1f},{y:.1f}" for x, y in seg)
                out.append(f'<polyline fill="none" stroke="{colour}" stroke-width="2" points="{pts}"/>')
        for i, v in enumerate(vals[:n]):
            if v is not None:
                out.append(
                    f'<circle cx="{px(i):.1f}" cy="{py(v):.1f}" r="3.5" fill="{colour}"><title>{esc(name)} {esc(xs[i])}: {esc(_fmt(v, unit))}</title></circle>'
                )
    out.append("</svg>")
    return "".join(out)

"""Pieces shared by the HTML reports: escaping, safe links, the page shell
and its style sheet (screen and print). Pages are self-contained: no
scripts, fonts, images or style sheets are fetched."""

from __future__ import annotations

import html
import re

_SAFE_URL = re.compile(r"^https?://[^\s\"'<>]+$", re.I)

CSS = """
:root { --red:#b3261e; --amber:#8a5a00; --green:#1e6b35; --grey:#5f6368;
  --red-bg:#fde7e5; --amber-bg:#fff3d6; --green-bg:#e3f4e8; --grey-bg:#eceff1;
  --line:#d0d5da; --ink:#1b1f23; --muted:#57606a; }
* { box-sizing: border-box; }
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif;
  color: var(--ink); margin: 0 auto; max-width: 72rem; padding: 1.5rem; }
h1 { font-size: 1.6rem; margin: 0 0 .3rem; }
h2 { font-size: 1.25rem; margin: 2rem 0 .6rem; border-bottom: 1px solid var(--line); padding-bottom: .2rem; }
h3 { font-size: 1.05rem; margin: 1.4rem 0 .4rem; word-break: break-all; }
p.meta, .muted { color: var(--muted); }
table { border-collapse: collapse; width: 100%; margin: .4rem 0 1rem; }
th, td { border: 1px solid var(--line); padding: .3rem .5rem; text-align: left; vertical-align: top; }
th { background: #f6f8fa; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
td.path { word-break: break-all; }
.light { display: inline-flex; align-items: center; gap: .35rem; font-weight: 600; white-space: nowrap;
  padding: .05rem .5rem; border-radius: 1rem; border: 1px solid currentColor;
  -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.light::before { content: ""; width: .7rem; height: .7rem; border-radius: 50%; background: currentColor; }
.red { color: var(--red); background: var(--red-bg); }
.amber { color: var(--amber); background: var(--amber-bg); }
.green { color: var(--green); background: var(--green-bg); }
.grey { color: var(--grey); background: var(--grey-bg); }
.finding { border: 1px solid var(--line); border-left: 6px solid var(--grey); border-radius: 4px;
  padding: .6rem .8rem; margin: .6rem 0; break-inside: avoid; page-break-inside: avoid; }
.finding.error { border-left-color: var(--red); }
.finding.warning { border-left-color: var(--amber); }
.finding.info { border-left-color: var(--grey); }
.finding .head { font-weight: 600; }
.finding .code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
.finding dl { margin: .4rem 0 0; display: grid; grid-template-columns: max-content 1fr; gap: .2rem .8rem; }
.finding dt { color: var(--muted); }
.finding dd { margin: 0; }
blockquote { margin: .1rem 0; padding: .1rem .6rem; border-left: 3px solid var(--line); color: #333; white-space: pre-wrap; }
pre.fix { margin: 0; padding: .4rem .6rem; background: #f6f8fa; border: 1px dashed var(--line);
  white-space: pre-wrap; font: inherit; }
figure { margin: 1rem 0; break-inside: avoid; page-break-inside: avoid; }
figcaption { color: var(--muted); font-size: .9rem; }
svg text { font-family: system-ui, Arial, sans-serif; }
a { color: #0b57d0; }
@media print {
  body { max-width: none; padding: 0; font-size: 11pt; }
  a { color: inherit; text-decoration: none; }
  a[href^="http"]::after { content: " <" attr(href) ">"; font-size: 9pt; color: var(--muted); word-break: break-all; }
  h2 { break-after: avoid; page-break-after: avoid; }
  h3 { break-after: avoid; page-break-after: avoid; }
  details { display: block; }
  details > * { display: block; }
  tr, .finding, figure { break-inside: avoid; page-break-inside: avoid; }
  .noprint { display: none; }
}
@page { margin: 1.6cm; }
"""


def esc(value: object) -> str:
    """Text made safe for HTML content and attribute values."""
    return html.escape("" if value is None else str(value), quote=True)


def link(url: str | None, text: str) -> str:
    """An escaped link for http(s) URLs; other schemes (javascript:, data:,
    file:) are shown as plain text, never made clickable."""
    if url and _SAFE_URL.match(url.strip()):
        return f'<a href="{esc(url.strip())}" rel="noreferrer noopener">{esc(text)}</a>'
    if url:
        return f"{esc(text)} ({esc(url)})"
    return esc(text)


def light(colour: str, label: str, title: str | None = None) -> str:
    """A traffic light: a coloured dot with a text label (colour is never the
    only signal)."""
    t = f' title="{esc(title)}"' if title else ""
    return f'<span class="light {esc(colour)}"{t}>{esc(label)}</span>'


def page(title: str, body: str, *, generator: str = "") -> str:
    """A whole self-contained HTML document."""
    gen = f'<meta name="generator" content="{esc(generator)}">' if generator else ""
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        # nothing may be fetched: no scripts, no remote images, fonts or styles
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">"
        f"{gen}<title>{esc(title)}</title><style>{CSS}</style></head>\n"
        f"<body>\n{body}\n</body></html>\n"
    )

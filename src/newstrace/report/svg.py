"""SVG pictures for the HTML report: the timeline and the actor graph. All text goes through `escape`."""

from __future__ import annotations

import math
from html import escape

from ..model.time import date_sort_key as sort_key


def timeline_svg(entries: list[dict], width: int = 900) -> str:
    if not entries:
        return ""
    dates = sorted({e["date"] for e in entries}, key=sort_key)
    first, last = sort_key(dates[0])[0].toordinal(), sort_key(dates[-1])[0].toordinal()
    span = max(1, last - first)
    row_h, top = 22, 40
    height = top + row_h * len(entries) + 20
    # the axis starts half the widest date label in, so that the first label, centred on its day, is not cut
    left = 6 + 3 * max(len(d) for d in dates)
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" class="timeline" viewBox="0 -6 {width} {height + 6}" '
             f'width="100%" role="img" aria-label="timeline">',
             f'<line x1="{left}" y1="25" x2="{width - 20}" y2="25" stroke="#555"/>']
    for i, d in enumerate(dates):  # date labels alternate heights so that close dates do not overprint
        x = left + (sort_key(d)[0].toordinal() - first) / span * (width - 220 - left)
        parts.append(f'<circle cx="{x:.1f}" cy="25" r="4" fill="#1f6feb"/>'
                     f'<text x="{x:.1f}" y="{15 - 9 * (i % 2)}" font-size="10" text-anchor="middle">{escape(d)}</text>')
    for i, e in enumerate(entries):
        x = left + (sort_key(e["date"])[0].toordinal() - first) / span * (width - 220 - left)
        y = top + i * row_h
        room = max(20, int((width - x - 10) / 6.2) - len(e["date"]) - 2)  # characters that fit to the right
        label = e["text"] if len(e["text"]) <= room else e["text"][: room - 1] + "…"
        parts.append(f'<line x1="{x:.1f}" y1="25" x2="{x:.1f}" y2="{y - 4}" stroke="#bbb" stroke-dasharray="2,2"/>'
                     f'<a href="#{escape(e["claims"][0])}"><text x="{x + 4:.1f}" y="{y}" font-size="11">'
                     f'{escape(e["date"])}: {escape(label)}</text></a>')
    parts.append("</svg>")
    return "".join(parts)


def graph_svg(relations: list[dict], names: dict[str, str], size: int = 560) -> str:
    if not relations:
        return ""
    nodes = list(dict.fromkeys([r["agent"] for r in relations] + [r.get("recipient") for r in relations
                                                                  if r.get("recipient")]))
    cx = cy = size / 2
    radius = size / 2 - 90
    pos = {n: (cx + radius * math.cos(2 * math.pi * i / len(nodes)), cy + radius * math.sin(2 * math.pi * i / len(nodes)))
           for i, n in enumerate(nodes)}
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" class="graph" viewBox="0 0 {size} {size}" width="{size}" '
             'role="img" aria-label="actor graph"><defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" '
             'markerWidth="6" markerHeight="6" orient="auto-start-reverse"><path d="M 0 0 L 10 5 L 0 10 z" '
             'fill="#888"/></marker></defs>']
    pairs: dict[tuple, list[str]] = {}
    for r in relations:
        if r.get("recipient"):
            pairs.setdefault((r["agent"], r["recipient"]), []).append(r["action"])
    for (a, b), actions in pairs.items():
        (x1, y1), (x2, y2) = pos[a], pos[b]
        dx, dy = x2 - x1, y2 - y1
        length = math.hypot(dx, dy) or 1
        ox, oy = -dy / length * 8, dx / length * 8  # offset so that a->b and b->a do not overlap
        sx, sy = x1 + dx / length * 30 + ox, y1 + dy / length * 30 + oy
        ex, ey = x2 - dx / length * 30 + ox, y2 - dy / length * 30 + oy
        label = ", ".join(dict.fromkeys(actions))
        lx, ly = (sx + ex) / 2 + ox * 1.5, (sy + ey) / 2 + oy * 1.5  # beside its own line, not the reverse one
        parts.append(f'<line x1="{sx:.1f}" y1="{sy:.1f}" x2="{ex:.1f}" y2="{ey:.1f}" stroke="#888" '
                     f'marker-end="url(#arrow)"/><text x="{lx:.1f}" y="{ly:.1f}" font-size="10" '
                     f'fill="#a33" text-anchor="middle">{escape(label)}</text>')
    for n, (x, y) in pos.items():
        parts.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="26" fill="#eef3ff" stroke="#1f6feb"/>'
                     f'<text x="{x:.1f}" y="{y + 40:.1f}" font-size="11" text-anchor="middle">'
                     f'{escape(names.get(n, n))}</text>')
    parts.append("</svg>")
    return "".join(parts)

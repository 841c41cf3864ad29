#!/usr/bin/env python3
"""Measures the text labels of a board report's SVG charts in a real browser.

The report forbids scripts (its Content-Security-Policy), so the browser cannot measure it as
it is. `probe` writes a copy without the policy and with a small script that asks the browser
for every chart label's box (getBoundingClientRect, which lays the page out first) and writes them
into the page as JSON; `chromium --headless --dump-dom` then prints that page, and `check`
reads the boxes back and fails on any two labels of one chart that overlap, or a label that
leaves its chart.

usage: chart_labels.py probe REPORT.html PROBE.html
       chart_labels.py check DUMPED-DOM.html [NAME]
Standard library only.
"""
import html
import json
import re
import sys

SCRIPT = """<script>
(() => {
  const charts = [...document.querySelectorAll('svg')].map(svg => {
    const frame = svg.getBoundingClientRect();
    const labels = [...svg.querySelectorAll('text')].map(t => {
      const r = t.getBoundingClientRect();
      return {text: t.textContent, x0: r.left, y0: r.top, x1: r.right, y1: r.bottom};
    });
    return {id: svg.getAttribute('aria-labelledby'), frame: {x0: frame.left, y0: frame.top,
      x1: frame.right, y1: frame.bottom}, labels};
  });
  const out = document.createElement('pre');
  out.id = 'label-boxes';
  out.textContent = JSON.stringify(charts);
  document.body.appendChild(out);
})();
</script>"""


def probe(source, target):
    page = open(source, encoding="utf-8").read()
    page, n = re.subn(r'<meta http-equiv="Content-Security-Policy"[^>]*>', "", page)
    if n != 1:
        sys.exit("chart_labels: the report has no Content-Security-Policy to take out")
    page = page.replace("</body>", SCRIPT + "\n</body>", 1)
    open(target, "w", encoding="utf-8").write(page)


def overlap(a, b, slack=0.5):
    return (min(a["x1"], b["x1"]) - max(a["x0"], b["x0"]) > slack
            and min(a["y1"], b["y1"]) - max(a["y0"], b["y0"]) > slack)


def check(dom, name):
    page = open(dom, encoding="utf-8").read()
    m = re.search(r'<pre id="label-boxes">(.*?)</pre>', page, re.S)
    if not m:
        sys.exit(f"chart_labels: {name}: the browser wrote no label boxes (did the script run?)")
    charts = json.loads(html.unescape(m.group(1)))
    problems, count = [], 0
    for chart in charts:
        labels = [l for l in chart["labels"] if l["x1"] > l["x0"]]
        count += len(labels)
        f = chart["frame"]
        for l in labels:
            if l["x0"] < f["x0"] - 0.5 or l["x1"] > f["x1"] + 0.5 or l["y0"] < f["y0"] - 0.5 \
                    or l["y1"] > f["y1"] + 0.5:
                problems.append(f"{chart['id']}: label {l['text']!r} leaves the chart")
        for i, a in enumerate(labels):
            for b in labels[i + 1:]:
                if overlap(a, b):
                    problems.append(
                        f"{chart['id']}: labels {a['text']!r} and {b['text']!r} overlap "
                        f"({a['x0']:.1f},{a['y0']:.1f})-({a['x1']:.1f},{a['y1']:.1f}) and "
                        f"({b['x0']:.1f},{b['y0']:.1f})-({b['x1']:.1f},{b['y1']:.1f})")
    if not charts or count == 0:
        problems.append("no chart labels were measured")
    if problems:
        print("\n".join(f"chart labels: {name}: {p}" for p in problems), file=sys.stderr)
        sys.exit(1)
    print(f"chart labels ok: {name}: {count} labels in {len(charts)} charts, none overlapping")


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "probe":
        probe(sys.argv[2], sys.argv[3])
    elif len(sys.argv) in (3, 4) and sys.argv[1] == "check":
        check(sys.argv[2], sys.argv[3] if len(sys.argv) == 4 else sys.argv[2])
    else:
        sys.exit(__doc__)

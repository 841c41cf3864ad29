#!/usr/bin/env bash
# Checks the HTML board report the way a person would: in a real browser.
#
# Builds the CLI, renders the shipped example's board report (as of 2022-02-28, changes since
# the last board meeting) to .build/reports/board-report.html, loads it in headless Chromium,
# dumps the DOM the browser built and checks it: the headings, tables (with captions and
# header cells) and the two inline SVG charts are there, and no <script> is. Then it does the
# same for a small ledger whose notes hold hostile HTML, and checks the browser shows that
# text as text and built no <script>, <img> or event-handler attribute from it. It measures
# the chart labels in the browser (Tools/chart_labels.py: a copy of the page without its CSP,
# with a script that writes every label's box into the DOM) and fails if two overlap, for the
# example and for a plan the size of seed 002's (18 actions, ~90 events over eleven months,
# built by Tools/make-paper-fixture.sh), whose paper printed to A4 must also fit in
# MAX_PAGES (12) pages, appendix included. Finally it writes, for a human to look at:
#   .build/reports/board-report.png   a screenshot (1240x1754, an A4 page's proportions)
#   .build/reports/board-report.pdf   the page printed to A4 by the browser's print engine
#   .build/reports/seed-002-size.pdf  the seed-002-sized paper printed to A4
#
# usage: Tools/check-html-report.sh
#   CHROMIUM names the browser (default: chromium); LEDGER_BIN the binary (default: swift build).
# Exits non-zero on any failure. .ci/run calls it.
set -euo pipefail
cd "$(dirname "$0")/.."

browser=${CHROMIUM:-chromium}
out=.build/reports
mkdir -p "$out"
fail() { echo "check-html-report: FAIL: $*" >&2; exit 1; }
command -v "$browser" >/dev/null 2>&1 || fail "no $browser on the PATH (.ci/run installs it)"
command -v python3 >/dev/null 2>&1 || fail "python3 is needed for the DOM checks"

if [ -z "${LEDGER_BIN:-}" ]; then
  swift build --product ledger >/dev/null
  LEDGER_BIN="$(swift build --show-bin-path)/ledger"
fi
bin=$LEDGER_BIN

profile=$(mktemp -d)
scratch=$(mktemp -d)
trap 'rm -rf "$profile" "$scratch"' EXIT

# chrome FLAGS… URL: one headless run, its chatter on stderr dropped, at most two minutes.
chrome() {
  timeout 120 "$browser" --headless --no-sandbox --disable-gpu --disable-dev-shm-usage \
    --hide-scrollbars --no-first-run --user-data-dir="$profile" "$@" 2>/dev/null
}

html="$out/board-report.html"
"$bin" report --ledger Events/examples/lewisham-focused-visit.jsonl --as-of 2022-02-28 \
  --format html --output "$html" >/dev/null
url="file://$(pwd)/$html"

chrome --dump-dom "$url" >"$out/board-report.dom.html" || fail "chromium could not load $html"
python3 - "$out/board-report.dom.html" <<'PY' || fail "the example report's DOM (see above)"
import sys
from html.parser import HTMLParser

class DOM(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags, self.stack, self.headings, self.text, self.attrs = {}, [], [], [], []
    def handle_starttag(self, tag, attrs):
        self.tags[tag] = self.tags.get(tag, 0) + 1
        self.attrs += [(tag, k) for k, _ in attrs]
        if tag in ("h1", "h2", "h3"): self.stack.append([tag, ""])
    def handle_endtag(self, tag):
        if self.stack and self.stack[-1][0] == tag:
            t, s = self.stack.pop(); self.headings.append((t, " ".join(s.split())))
    def handle_data(self, data):
        self.text.append(data)
        for h in self.stack: h[1] += data

dom = DOM(); dom.feed(open(sys.argv[1], encoding="utf-8").read())
problems = []
def need(ok, what):
    if not ok: problems.append(what)
n = dom.tags.get
need(n("script", 0) == 0, "the page holds a <script> element")
need(n("h1", 0) == 1, "expected one <h1>")
need(n("main", 0) == 1 and n("header", 0) >= 1, "expected <header> and <main>")
need(n("svg", 0) == 2, f"expected 2 inline <svg> charts, found {n('svg', 0)}")
need(n("table", 0) >= 10, f"expected at least 10 <table>s, found {n('table', 0)}")
need(n("caption", 0) == n("table", 0), "every <table> should have a <caption>")
need(n("thead", 0) == n("table", 0), "every <table> should have a <thead>")
need(n("title", 0) >= 3 and n("desc", 0) == 2, "each chart needs <title> and <desc>")
need(n("rect", 0) > 20 and n("polyline", 0) >= 2, "the charts look empty")
need(not [a for a in dom.attrs if a[1].startswith("on")], "an event-handler attribute is present")
h2 = [t for tag, t in dom.headings if tag == "h2"]
for want in ["Summary", "Key achievements", "Exceptions: red, amber and overdue actions",
             "The plan over time", "Changes since the board meeting of 8 February 2022",
             "Due dates moved", "Completed, awaiting sign-off",
             "Recommendations and what we have done so far", "Appendix: the inspector’s view",
             "Checking this paper against the ledger"]:
    need(want in h2, f"missing section heading: {want}")
text = " ".join("".join(dom.text).split())
for want in ["Most of the actions (6 of 11) are RAG-rated green or blue. None are rated red.",
             "ledger verify --head 54:1ab6885019b8ec9f27695bcadf363bb9923d8534f107ca8d0a8701929230b264",
             "The quality of children’s plans, pathway plans, and review letters to children, to include child-friendly language",
             "Two delivery groups behind plan", "RETRACTED by event 28", "RECORDED AFTER THE FACT"]:
    need(want in text, f"missing text: {want}")
if problems:
    print("\n".join("DOM: " + p for p in problems), file=sys.stderr); sys.exit(1)
print(f"DOM ok: {n('table')} tables, {n('svg')} SVG charts, {len(h2)} sections, no script")
PY

# Hostile text: a ledger whose notes try to inject markup.
ledger="$scratch/hostile.jsonl"
w() { LEDGER_NOW="$1" "$bin" "${@:2}" --ledger "$ledger" --actor 'Eve <b>Mallory</b>' --role '"><img src=x onerror=alert(2)>' >/dev/null; }
w 2026-01-05T09:00:00Z init --title 'Plan <script>alert(1)</script>' --authority 'Council & "Co"'
w 2026-01-05T09:01:00Z source add FV --type focused-visit --title "Visit '><svg onload=alert(3)>" --date 2025-11-04
w 2026-01-05T09:02:00Z recommendation add R1 --source FV --text '</textarea><script>alert(4)</script>'
w 2026-01-05T09:03:00Z action add A1 --recommendation R1 --title '<img src=x onerror=alert(5)>' --owner 'O&amp;wner' --due 2026-02-28
w 2026-01-06T09:00:00Z action progress A1 --note '"><img src=x onerror=alert(1)> and <script>alert(1)</script>'
# A javascript: link is refused by the writer (FORMAT.md rule 11) and the file is unchanged; a
# link that is a valid https URL but carries markup must still be shown as text.
if w 2026-01-07T09:00:00Z action evidence A1 --note 'see link' --link 'javascript:alert(6)' 2>/dev/null; then
  fail "a javascript: link was accepted"
fi
w 2026-01-07T09:00:00Z action evidence A1 --note 'see link' --link 'https://example.org/?q="><img/src=x/onerror=alert(6)>'
hostile="$out/hostile-report.html"
"$bin" report --ledger "$ledger" --as-of 2026-01-08 --format html --output "$hostile" >/dev/null
chrome --dump-dom "file://$(pwd)/$hostile" >"$out/hostile-report.dom.html" || fail "chromium could not load $hostile"
python3 - "$out/hostile-report.dom.html" <<'PY' || fail "escaping of hostile text (see above)"
import sys
from html.parser import HTMLParser
class DOM(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True); self.tags, self.attrs, self.text = set(), [], []
    def handle_starttag(self, tag, attrs):
        self.tags.add(tag); self.attrs += [(tag, k, v) for k, v in attrs]
    def handle_data(self, data): self.text.append(data)
dom = DOM(); dom.feed(open(sys.argv[1], encoding="utf-8").read())
text = "".join(dom.text)
problems = []
for tag in ("script", "img", "textarea"):
    if tag in dom.tags: problems.append(f"the browser built a <{tag}> element from user text")
if [a for a in dom.attrs if a[1].startswith("on")]: problems.append("an event-handler attribute")
if [a for a in dom.attrs if a[1] == "href" and (a[2] or "").lower().startswith("javascript:")]:
    problems.append("a javascript: link")
for want in ['Plan <script>alert(1)</script>', '"><img src=x onerror=alert(1)> and <script>alert(1)</script>',
             'Council & "Co"', 'O&amp;wner', 'Eve <b>Mallory</b>', "Visit '><svg onload=alert(3)>"]:
    if want not in text: problems.append(f"not shown as text: {want}")
if problems:
    print("\n".join("hostile DOM: " + p for p in problems), file=sys.stderr); sys.exit(1)
print("hostile text ok: shown as text, no element or handler built from it")
PY

# Chart labels, measured by the browser: report.html name.
measure_labels() {
  python3 Tools/chart_labels.py probe "$1" "$scratch/$2-probe.html"
  chrome --dump-dom "file://$scratch/$2-probe.html" >"$scratch/$2-probe.dom.html" \
    || fail "chromium could not load the probe of $1"
  python3 Tools/chart_labels.py check "$scratch/$2-probe.dom.html" "$2" \
    || fail "chart labels overlap in $1 (see above)"
}
measure_labels "$html" example

# A4 pages of a printed PDF: pdf_pages FILE (fails unless every page is A4).
pdf_pages() {
  python3 - "$1" <<'PY'
import re, sys
data = open(sys.argv[1], "rb").read()
boxes = re.findall(rb"/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]", data)
pages = len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", data))
# A4 is 595.28 x 841.89 points.
if not boxes or pages == 0 or any(abs(float(w) - 595.28) > 1.5 or abs(float(h) - 841.89) > 1.5 for w, h in boxes):
    print(f"PDF page sizes: {sorted(set(boxes))}, {pages} pages", file=sys.stderr); sys.exit(1)
print(pages)
PY
}

# A plan the size of seed 002's: labels on an eleven-month chart, and the printed length.
max_pages=${MAX_PAGES:-12}
sized="$scratch/seed-002-size.jsonl"
LEDGER_BIN="$bin" Tools/make-paper-fixture.sh "$sized"
sized_html="$out/seed-002-size.html"
"$bin" report --ledger "$sized" --as-of 2020-02-10T17:00:00Z --committee "Safeguarding Sub-Committee" \
  --author "Rachel Green, Service Manager" --purpose information --output "$sized_html" >/dev/null
measure_labels "$sized_html" seed-002-size
rm -f "$out/seed-002-size.pdf"
chrome --print-to-pdf="$out/seed-002-size.pdf" --no-pdf-header-footer "file://$(pwd)/$sized_html" >/dev/null || true
[ -s "$out/seed-002-size.pdf" ] || fail "no PDF written for the seed-002-sized paper"
sized_pages=$(pdf_pages "$out/seed-002-size.pdf") || fail "the seed-002-sized PDF is not A4 (see above)"
[ "$sized_pages" -le "$max_pages" ] \
  || fail "the seed-002-sized paper prints on $sized_pages A4 pages; at most $max_pages allowed"
echo "seed-002-sized paper: $sized_pages A4 pages (at most $max_pages): $out/seed-002-size.pdf"

# The real seed 002 example (City of London, built by Tools/make-examples.sh): its paper, as of
# the committee's February 2020 meeting, also fits on at most MAX_PAGES A4 pages, labels apart.
city_html="$out/city-of-london.html"
"$bin" report --ledger Events/examples/city-of-london-2019-20.jsonl --as-of 2020-03-31 \
  --format html --output "$city_html" >/dev/null || fail "no paper for the City of London example"
measure_labels "$city_html" city-of-london
rm -f "$out/city-of-london.pdf"
chrome --print-to-pdf="$out/city-of-london.pdf" --no-pdf-header-footer "file://$(pwd)/$city_html" >/dev/null || true
[ -s "$out/city-of-london.pdf" ] || fail "no PDF written for the City of London paper"
city_pages=$(pdf_pages "$out/city-of-london.pdf") || fail "the City of London PDF is not A4 (see above)"
[ "$city_pages" -le "$max_pages" ] \
  || fail "the City of London (seed 002) paper prints on $city_pages A4 pages; at most $max_pages allowed"
echo "seed 002 example (City of London): $city_pages A4 pages (at most $max_pages): $out/city-of-london.pdf"

rm -f "$out/board-report.png" "$out/board-report.pdf"
chrome --screenshot="$out/board-report.png" --window-size=1240,1754 "$url" >/dev/null || true
[ -s "$out/board-report.png" ] || fail "no screenshot written"
chrome --print-to-pdf="$out/board-report.pdf" --no-pdf-header-footer "$url" >/dev/null || true
[ -s "$out/board-report.pdf" ] || fail "no PDF written"
pages=$(pdf_pages "$out/board-report.pdf") || fail "the PDF is not A4 (see above)"
echo "HTML report ok: $html"
echo "  screenshot: $out/board-report.png; A4 PDF ($pages pages): $out/board-report.pdf"

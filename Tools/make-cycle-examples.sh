#!/usr/bin/env bash
# The annual cycle's examples (issue 9), built through the ledger CLI with fixed clocks:
# - stockton-ilacs-2023.jsonl: the statutory deadline (Stockton-on-Tees, report published
#   9 May 2023, plan due 16 August 2023), sent on time;
# - london-plg-2020-21.jsonl: seed 000's Business Plan 2020-21 (its four headings as themes,
#   its work as actions, eight meetings with attendance), reviewed at the year end and
#   carried forward into london-plg-2021-22.jsonl; its review london-plg-review-2020-21.{md,json};
# - lbbd-self-evaluation-2021.jsonl: seed 003's areas, and the draft self-evaluation
#   lbbd-self-evaluation-2021.md.
# Ledgers go to OUTPUT_DIR; the review and the self-evaluation to PAPERS_DIR (default
# Events/outputs for the shipped examples, else OUTPUT_DIR/outputs), since Events/examples
# holds only ledgers.
# People, owners and dates after the seeds' own are illustrative.
#
# usage: Tools/make-cycle-examples.sh [OUTPUT_DIR [PAPERS_DIR]]   (Tools/make-examples.sh runs it)
set -euo pipefail
cd "$(dirname "$0")/.."
out_dir=${1:-Events/examples}
if [ "$out_dir" = Events/examples ]; then papers=${2:-Events/outputs}; else papers=${2:-$out_dir/outputs}; fi
mkdir -p "$out_dir" "$papers"
if [ -z "${LEDGER_BIN:-}" ]; then
  swift build --product ledger >/dev/null
  LEDGER_BIN="$(swift build --show-bin-path)/ledger"
fi
at() { local when=$1; shift; LEDGER_NOW="$when" "$LEDGER_BIN" "$@" >/dev/null; }
psw=(--actor "Amara Okafor" --role "Principal Social Worker")
chair=(--actor "Helen Marsh" --role "Chair, Practice Leaders Group")

# --- Stockton: the 70-working-day deadline ----------------------------------------------
export LEDGER_FILE="$out_dir/stockton-ilacs-2023.jsonl"
rm -f "$LEDGER_FILE"
at 2023-05-10T09:00:00Z init --title "ILACS improvement plan 2023" \
  --authority "Stockton-on-Tees Borough Council" "${psw[@]}"
at 2023-05-10T09:05:00Z source add ILACS2023 --type ilacs-standard \
  --title "Inspection of Stockton-on-Tees local authority children’s services" \
  --date 2023-03-20 --end-date 2023-03-31 --published 2023-05-09 "${psw[@]}"
at 2023-05-10T09:10:00Z recommendation add R1 --source ILACS2023 \
  --text "The quality and consistency of management oversight and supervision" "${psw[@]}"
at 2023-05-10T09:15:00Z action add A1.1 --recommendation R1 --title "Supervision audit programme" \
  --owner "Head of Quality Assurance" --due 2023-10-31 "${psw[@]}"
at 2023-08-14T16:00:00Z source plan-sent ILACS2023 --date 2023-08-14 \
  --note "Sent to Ofsted after Cabinet approval" "${psw[@]}"

# --- Seed 000: the Business Plan 2020-21, its review, and 2021-22 -------------------------
export LEDGER_FILE="$out_dir/london-plg-2020-21.jsonl"
new="$out_dir/london-plg-2021-22.jsonl"
rm -f "$LEDGER_FILE" "$new"
at 2020-04-20T09:00:00Z init --title "Business Plan 2020-21" \
  --authority "London Children’s Social Care Practice Leaders Group" "${chair[@]}"
at 2020-04-20T09:05:00Z source add BP2021 --type other --title "Business Plan 2020-21" \
  --date 2020-04-01 "${chair[@]}"
at 2020-04-20T09:10:00Z recommendation add R1 --source BP2021 \
  --theme "Raising standards across the whole child and family practice system" \
  --text "Strengthen leadership in children’s social care, workforce capacity, and learning from reviews" "${chair[@]}"
at 2020-04-20T09:11:00Z recommendation add R2 --source BP2021 \
  --theme "Working effectively with partners on thematic changes" \
  --text "Work with the police, the courts and health partners on missing children, exploitation, youth homelessness and the family courts" "${chair[@]}"
at 2020-04-20T09:12:00Z recommendation add R3 --source BP2021 \
  --theme "Strengthening arrangements for children in care and care leavers" \
  --text "Strengthen regional arrangements for children in care and care leavers" "${chair[@]}"
at 2020-04-20T09:13:00Z recommendation add R4 --source BP2021 \
  --theme "Responding effectively to financial pressures on children’s social care budgets" \
  --text "Respond to financial pressures through regional commissioning" "${chair[@]}"
add() { at "$1" action add "$2" --recommendation "$3" --title "$4" --owner "$5" --due "$6" "${chair[@]}"; }
add 2020-04-20T09:20:00Z A1.1 R1 "Succession planning and support for aspiring practice leaders" "Practice Leaders Group" 2021-03-31
add 2020-04-20T09:21:00Z A1.2 R1 "Workforce sufficiency: analyse long-term data trends" "Workforce lead" 2021-03-31
add 2020-04-20T09:22:00Z A1.3 R1 "Engagement with the Child Safeguarding Practice Review Panel (CSPRP)" "Practice Leaders Group" 2021-03-31
add 2020-04-20T09:23:00Z A1.4 R1 "Learning from the Independent Inquiry into Child Sexual Abuse" "Practice Leaders Group" 2021-03-31
add 2020-04-20T09:24:00Z A2.1 R2 "Missing children and child exploitation protocols with the MPS" "MPS liaison lead" 2021-03-31
add 2020-04-20T09:25:00Z A2.2 R2 "Meetings with the judiciary and Cafcass on the family courts" "Practice Leaders Group" 2021-03-31
add 2020-04-20T09:26:00Z A2.3 R2 "A consistent response to homeless 16- and 17-year-olds" "Youth homelessness lead" 2021-03-31
add 2020-04-20T09:27:00Z A3.1 R3 "A regional network for leaders of care leavers services" "Care leavers lead" 2021-03-31
add 2020-04-20T09:28:00Z A3.2 R3 "Implement the protocol to reduce the criminalisation of looked after children" "Practice Leaders Group" 2021-03-31
add 2020-04-20T09:29:00Z A4.1 R4 "Placements for older children entering care" "LIIA commissioning programme" 2021-03-31
add 2020-04-20T09:30:00Z A4.2 R4 "A sub-regional joint commissioning pilot" "LIIA commissioning programme" 2021-03-31
members=(--attendee "Helen Marsh (Chair)" --attendee "Amara Okafor (Principal Social Worker, Camden)")
dr=(--attendee "Daniel Reyes (Principal Social Worker, Lewisham)")
ps=(--attendee "Priya Shah (Principal Social Worker, Brent)")
te=(--attendee "Tom Ellis (Principal Social Worker, Hackney)")
meet() { at "$1T17:00:00Z" board-meeting --date "$1" --note "$2" "${members[@]}" "${@:3}" "${chair[@]}"; }
meet 2020-05-12 "Meeting 1: Covid-19 and service continuity" "${dr[@]}" "${ps[@]}" "${te[@]}"
meet 2020-06-16 "Meeting 2: Black Lives Matter and disproportionality" "${dr[@]}" "${ps[@]}" \
  --apologies "Tom Ellis (Principal Social Worker, Hackney)"
at 2020-06-30T10:00:00Z action progress A1.1 --note "Leadership programme for Black and Asian aspiring leaders commissioned" "${chair[@]}"
meet 2020-07-14 "Meeting 3: workforce sufficiency workshop" "${dr[@]}" "${ps[@]}" "${te[@]}"
at 2020-07-20T10:00:00Z action complete A4.2 --note "Pilot scoped" "${chair[@]}"
at 2020-07-21T10:00:00Z action reopen A4.2 --reason "Completed in error: the pilot was scoped, not run" "${chair[@]}"
at 2020-07-22T10:00:00Z action withdraw A4.2 --reason "Superseded by the LIIA commissioning work programme" "${chair[@]}"
meet 2020-09-15 "Meeting 4: the Metropolitan Police Service" "${dr[@]}" "${te[@]}" \
  --apologies "Priya Shah (Principal Social Worker, Brent)"
at 2020-09-30T10:00:00Z action complete A1.2 --note "Long-term data trends analysed and shared at regional workshops" "${chair[@]}"
at 2020-10-01T10:00:00Z action defer A1.3 --reason "Engagement with the CSPRP deferred until next year" --until 2021-09-30 "${chair[@]}"
at 2020-10-01T10:05:00Z action defer A1.4 --reason "Looking at historical abuse and learning from the IICSA deferred" "${chair[@]}"
meet 2020-10-20 "Meeting 5: youth homelessness" "${dr[@]}" "${ps[@]}" "${te[@]}"
at 2020-11-02T10:00:00Z action complete A2.1 --note "New operating protocol for child exploitation in use; MPS notifications reviewed" "${chair[@]}"
at 2020-11-03T10:00:00Z action defer A2.2 --reason "Meetings with the judiciary and Cafcass deferred: Covid-19 delays to final hearings" --until 2021-06-30 "${chair[@]}"
meet 2020-11-17 "Meeting 6: Chief Social Worker and DfE" "${ps[@]}" "${te[@]}" \
  --apologies "Daniel Reyes (Principal Social Worker, Lewisham)"
at 2020-12-01T10:00:00Z action complete A3.1 --note "Regional network for care leavers services leaders set up" "${chair[@]}"
at 2020-12-02T10:00:00Z action complete A3.2 --note "Regional protocol implemented across the boroughs" "${chair[@]}"
meet 2021-01-19 "Meeting 7: children in care council" "${dr[@]}" "${ps[@]}" "${te[@]}"
at 2021-01-20T10:00:00Z action sign-off A3.2 --note "Group accepts: protocol in use" "${chair[@]}"
at 2021-02-10T10:00:00Z action rate A2.3 amber --note "Partners engaged; consistent response to 16- and 17-year-olds not yet agreed" "${chair[@]}"
at 2021-02-11T10:00:00Z action rate A4.1 red --note "Placements for older children remain scarce" "${chair[@]}"
meet 2021-03-16 "Meeting 8: year-end review" "${dr[@]}" "${ps[@]}" \
  --apologies "Tom Ellis (Principal Social Worker, Hackney)"
at 2021-03-16T17:30:00Z action complete A1.1 --note "Leadership programme running; succession plans in place in most boroughs" "${chair[@]}"
LEDGER_NOW=2021-04-06T09:00:00Z "$LEDGER_BIN" review --from 2020-04-01 --to 2021-03-31 \
  --output "$papers/london-plg-review-2020-21.md" >/dev/null
LEDGER_NOW=2021-04-06T09:00:00Z "$LEDGER_BIN" review --from 2020-04-01 --to 2021-03-31 \
  --format json --output "$papers/london-plg-review-2020-21.json" >/dev/null
at 2021-04-06T10:00:00Z carry-forward --to "$new" --title "Business Plan 2021-22" "${chair[@]}"

# --- Seed 003: a self-evaluation --------------------------------------------------------
export LEDGER_FILE="$out_dir/lbbd-self-evaluation-2021.jsonl"
rm -f "$LEDGER_FILE"
hop=(--actor "Vikki Rix" --role "Head of Performance and Intelligence")
at 2020-04-01T09:00:00Z init --title "Children’s care and support improvement plan 2020-21" \
  --authority "London Borough of Barking and Dagenham" "${hop[@]}"
at 2020-04-01T09:05:00Z source add ILACS2019 --type ilacs-standard \
  --title "Inspection of Barking and Dagenham local authority children’s services" \
  --date 2019-11-04 --end-date 2019-11-15 --grade requires-improvement "${hop[@]}"
rec() { at "$1" recommendation add "$2" --source ILACS2019 --theme "$3" --text "$4" "${hop[@]}"; }
rec 2020-04-01T09:10:00Z R1 "Early Help" "Improve the impact of early help on children’s outcomes"
rec 2020-04-01T09:11:00Z R2 "MASH, Assessment, and Intervention" "Consistency of threshold decisions and management oversight at the front door"
rec 2020-04-01T09:12:00Z R3 "Care Leavers" "A young person centred care leaver service that responds to new duties"
act() { at "$1" action add "$2" --recommendation "$3" --title "$4" --owner "$5" --due "$6" "${hop[@]}"; }
act 2020-04-01T09:20:00Z A1.1 R1 "Review of the local Early Help arrangements, jointly with Corporate" "Operational Director" 2021-02-28
act 2020-04-01T09:21:00Z A1.2 R1 "A joint Early Help improvement plan with corporate colleagues" "Operational Director" 2021-09-30
act 2020-04-01T09:22:00Z A2.1 R2 "Return MASH to Children’s Care and Support and restructure for capacity" "Head of MASH" 2020-09-30
act 2020-04-01T09:23:00Z A2.2 R2 "Audit programme: assessments, strategy meetings and thresholds" "Head of Quality Assurance" 2021-03-31
act 2020-04-01T09:24:00Z A3.1 R3 "Implement the new care leaver service" "Head of Care Leavers" 2020-12-31
act 2020-04-01T09:25:00Z A3.2 R3 "Continuous improvement plan after the National Improvement Advisor’s visit" "Head of Care Leavers" 2021-10-31
at 2020-07-31T10:00:00Z action complete A2.1 --note "MASH returned in July 2020, restructured to increase capacity" "${hop[@]}"
at 2020-09-15T10:00:00Z action evidence A2.1 --note "Dip sample: decisions within 24 hours up from 71% to 93%" "${hop[@]}"
at 2020-12-18T10:00:00Z action complete A3.1 --note "New care leaver service live, young person centred in capacity and processes" "${hop[@]}"
at 2021-01-10T10:00:00Z action evidence A3.1 --note "Good rates of keeping in touch with care leavers" \
  --link "https://www.lbbd.gov.uk/" "${hop[@]}"
at 2021-02-26T10:00:00Z action complete A1.1 --note "Review of Early Help arrangements concluded" "${hop[@]}"
at 2021-03-01T10:00:00Z action progress A2.2 --note "Audit shows assessments and strategy meetings continue to improve" "${hop[@]}"
at 2021-03-02T10:00:00Z action evidence A2.2 --note "Quarterly audit report Q3 2020-21: 68% good or better" "${hop[@]}"
at 2021-03-31T10:00:00Z action amend A2.2 --due 2021-09-30 --reason "New approach to quality assurance being implemented" "${hop[@]}"
LEDGER_NOW=2021-04-27T09:00:00Z "$LEDGER_BIN" self-evaluation --as-of 2021-04-20 \
  --output "$papers/lbbd-self-evaluation-2021.md" >/dev/null

echo "wrote the annual cycle's examples to $out_dir"

#!/usr/bin/env bash
# Builds a test ledger the size of seed 002's plan (City of London Service Development Plan
# 2019–20: five priorities, 18 actions, RAG with blue) through the CLI, with fixed clocks:
# 18 actions and about 80 events over eleven months, quarterly board meetings, completions and
# sign-offs, two moved due dates and one deferral. The aims stand in as recommendations of a
# self-evaluation until priorities exist as events. It is what Tools/check-html-report.sh
# measures the paper's page count and chart labels on, until the real seed 002 example exists.
#
# usage: Tools/make-paper-fixture.sh OUTPUT.jsonl
# LEDGER_BIN names the binary to use (default: swift build, then its ledger).
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -eq 1 ] || { echo "usage: Tools/make-paper-fixture.sh OUTPUT.jsonl" >&2; exit 64; }
if [ -z "${LEDGER_BIN:-}" ]; then
  swift build --product ledger >/dev/null
  LEDGER_BIN="$(swift build --show-bin-path)/ledger"
fi
export LEDGER_FILE=$1
rm -f "$LEDGER_FILE"

sm=(--actor "Rachel Green" --role "Service Manager, Children’s Social Care and Early Help")
chair=(--actor "Andrew Carter" --role "Director of Community and Children’s Services")
at() { local when=$1; shift; LEDGER_NOW="$when" "$LEDGER_BIN" "$@" >/dev/null; }

at 2019-04-01T09:00:00Z init --title "Service Development Plan 2019–20" \
  --authority "City of London Corporation" "${sm[@]}"
at 2019-04-01T09:01:00Z source add SDP --type self-evaluation \
  --title "Children’s Social Care and Early Help Service Development Plan 2019–20" \
  --date 2019-03-29 "${sm[@]}"
aims=(
  "Safe: our children and young people are safe and feel safe."
  "Potential: our children and young people have equal opportunities to enrich their lives and are well prepared to achieve in adulthood."
  "Independence, involvement and choice: our children and young people are co-producers of cultural and support services."
  "Health and wellbeing: our children and young people enjoy good health and wellbeing."
  "Community: our children and young people grow up with a sense of belonging as part of cohesive and resilient communities."
)
for i in 1 2 3 4 5; do
  at "2019-04-01T09:1${i}:00Z" recommendation add "P$i" --source SDP --text "${aims[$((i - 1))]}" "${sm[@]}"
done
titles=(
  "Refresh the practice handbook and guidance for new and current social workers"
  "Deputy Team Manager chairs the first Child in Need meetings"
  "Systemic training for all staff, with a systemic clinician for consultations"
  "Reduce caseloads through additional staffing"
  "Issue financial entitlement guidance to Tenancy Support and commissioned providers"
  "Deputy Team Manager chairs care leavers’ pathway plan reviews"
  "Bring age assessments back in-house"
  "Joint commissioning of short breaks with Education and Early Years"
  "Remove sub-standard providers from the list of placement options"
  "Social work leads for each area of practice"
  "Senior social worker increment recognising experience and qualifications"
  "Monthly group supervision for all staff, administrative staff included"
  "Commission additional mental health support for UASC moving into adulthood"
  "Social and leisure timetable for young people on entry to care"
  "Joint SEND training with Education and Early Years"
  "Pilot a pathway for children with disabilities"
  "Direct work with children: training and coaching sessions"
  "Refugee Week celebration with young people"
)
owners=("Service Manager" "Team Manager" "Principal Social Worker" "Head of Service")
for n in $(seq 1 18); do
  p=$(( (n - 1) % 5 + 1 ))
  at "2019-04-02T10:$(printf %02d "$n"):00Z" action add "A$n" --recommendation "P$p" \
    --title "${titles[$((n - 1))]}" --owner "${owners[$((n % 4))]}" \
    --due "2019-$(printf %02d $(( (n % 8) + 5 )))-28" "${sm[@]}"
done
for n in $(seq 1 18); do
  rag=green; [ $((n % 4)) -eq 1 ] && rag=amber
  at "2019-05-$(printf %02d $(( n + 1 )))T11:00:00Z" action rate "A$n" "$rag" \
    --note "Work started; $( [ "$rag" = amber ] && echo "a dependency on another service is not yet resolved" || echo "on track against the milestones agreed")" "${sm[@]}"
done
at 2019-06-11T17:00:00Z board-meeting --date 2019-06-11 --note "Quarter 1 review" "${chair[@]}"
for n in $(seq 1 18); do
  at "2019-07-$(printf %02d $(( n + 1 )))T11:00:00Z" action progress "A$n" \
    --note "Progress this quarter: milestones for action $n reviewed with the team; audits in train and feedback gathered from families" "${sm[@]}"
done
at 2019-08-20T10:00:00Z action amend A13 --due 2020-03-31 \
  --reason "Plan changed: the Director asked for a new design with Coram and the Tavistock Centre" "${sm[@]}"
at 2019-08-21T10:00:00Z action amend A14 --due 2020-01-31 \
  --reason "Commissioning capacity moved to placement sufficiency for the summer" "${sm[@]}"
at 2019-09-10T17:00:00Z board-meeting --date 2019-09-10 --note "Quarter 2 review" "${chair[@]}"
for n in 1 2 3 5 6 7 8 9 10; do
  at "2019-10-$(printf %02d $(( n + 1 )))T11:00:00Z" action complete "A$n" \
    --note "Complete: action $n delivered as planned; staff briefed and the change is in use" "${sm[@]}"
done
at 2019-10-20T11:00:00Z action defer A18 --until 2020-06-30 \
  --reason "Refugee Week falls in June; the event moves to after Committee, approved by the Director" "${chair[@]}"
at 2019-12-10T17:00:00Z board-meeting --date 2019-12-10 --note "Quarter 3 review" "${chair[@]}"
for n in 1 2 3 5 6 7 8; do
  at "2019-12-10T17:$(printf %02d $(( n + 10 ))):00Z" action sign-off "A$n" \
    --note "Board accepts completion" "${chair[@]}"
done
for n in 4 11 12 13 14 15 16 17; do
  at "2020-01-$(printf %02d $(( n + 1 )))T11:00:00Z" action progress "A$n" \
    --note "December audits: evidence of progress on action $n; next steps agreed with the team" "${sm[@]}"
done
at 2020-02-03T10:00:00Z action rate A13 amber \
  --note "A proposal from Coram and the Tavistock Centre is awaited; tracked at monthly meetings" "${sm[@]}"
at 2020-02-04T10:00:00Z action evidence A15 \
  --note "Managers and frontline staff attended joint SEND training, including EHC planning" "${sm[@]}"
at 2020-02-05T10:00:00Z action complete A15 \
  --note "Joint SEND training delivered; further workshops in the diary for this quarter" "${sm[@]}"
at 2020-02-10T17:00:00Z board-meeting --date 2020-02-10 --note "Safeguarding Sub-Committee" "${chair[@]}"

#!/usr/bin/env bash
# Builds Events/examples/lewisham-focused-visit.jsonl through the ledger CLI, with fixed clocks,
# from the Ofsted focused-visit table in seed 004 (Lewisham, July 2021): the five
# recommendations verbatim and the actions from "What have we done so far". The people are
# fictional; the dates after the visit are illustrative.
#
# usage: Tools/make-examples.sh [OUTPUT_DIR]     (default: Events/examples)
# LEDGER_BIN names the binary to use (default: swift build, then .build/debug/ledger).
# CI runs it into a temporary folder and checks the result is byte-identical to what is committed.
set -euo pipefail
cd "$(dirname "$0")/.."
out_dir=${1:-Events/examples}
mkdir -p "$out_dir"
if [ -z "${LEDGER_BIN:-}" ]; then
  swift build --product ledger >/dev/null
  LEDGER_BIN="$(swift build --show-bin-path)/ledger"
fi
export LEDGER_FILE="$out_dir/lewisham-focused-visit.jsonl"
rm -f "$LEDGER_FILE"

psw=(--actor "Amara Okafor" --role "Principal Social Worker")
hos=(--actor "Daniel Reyes" --role "Head of Service, Children in Care")
chair=(--actor "Helen Marsh" --role "Improvement Board Chair")
# at TIME ledger-args…: one command with the clock fixed at TIME.
at() { local when=$1; shift; LEDGER_NOW="$when" "$LEDGER_BIN" "$@" >/dev/null; }

at 2021-09-06T09:00:00Z init --title "Focused visit improvement plan 2021–22" \
  --authority "London Borough of Lewisham" "${psw[@]}"
at 2021-09-06T09:05:00Z source add ILACS2019 --type ilacs-standard \
  --title "Inspection of Lewisham local authority children’s services" \
  --date 2019-07-08 --end-date 2019-07-19 --grade requires-improvement \
  --url https://files.api.ofsted.gov.uk/v1/file/50101634 "${psw[@]}"
at 2021-09-06T09:10:00Z source add FV2021 --type focused-visit \
  --title "Focused visit to Lewisham children’s services: children in care and care leavers" \
  --date 2021-07-13 --end-date 2021-07-14 --published 2021-08-31 "${psw[@]}"

at 2021-09-06T09:20:00Z recommendation add R1 --source FV2021 --theme "Children in care" \
  --text "The quality of children’s plans, pathway plans, and review letters to children, to include child-friendly language" "${psw[@]}"
at 2021-09-06T09:21:00Z recommendation add R2 --source FV2021 --theme "Sufficiency" \
  --text "Placement sufficiency, to ensure the range and choice of suitable homes for children" "${psw[@]}"
at 2021-09-06T09:22:00Z recommendation add R3 --source FV2021 --theme "Children in care" \
  --text "Consultation and notification to host authorities of children placed at a distance" "${psw[@]}"
at 2021-09-06T09:23:00Z recommendation add R4 --source FV2021 --theme "Practice" \
  --text "Case recording of visits, supervision, and rationale for decision-making and the matching of placements" "${psw[@]}"
at 2021-09-06T09:24:00Z recommendation add R5 --source FV2021 --theme "Health and education" \
  --text "The timeliness of initial health assessments and personal education plan meetings" "${psw[@]}"

at 2021-09-07T10:00:00Z action add A1.1 --recommendation R1 \
  --title "Develop a new format for care plans on LCS" \
  --owner "Head of Service, Children in Care" --due 2021-12-31 "${psw[@]}"
at 2021-09-07T10:01:00Z action add A1.2 --recommendation R1 --recommendation R4 \
  --title "New practice guidance: chronologies, case summaries, recording home visits, care plans" \
  --owner "Service Manager, Quality Assurance" --due 2021-11-30 "${psw[@]}"
at 2021-09-07T10:02:00Z action add A1.3 --recommendation R1 \
  --title "Bespoke service training through Practice Standards, including a more child-centred approach" \
  --owner "Principal Social Worker" --due 2022-03-31 "${psw[@]}"
at 2021-09-07T10:03:00Z action add A2.1 --recommendation R2 \
  --title "Refresh the Sufficiency Strategy with an improvement programme and an oversight board chaired by the DCS" \
  --owner "Director of Children’s Social Care" --due 2021-12-31 "${psw[@]}"
at 2021-09-07T10:04:00Z action add A2.2 --recommendation R2 \
  --title "DfE bid to open a new 2-bedded residential unit in Lewisham, with accommodation for 16/17 year olds and care leavers" \
  --owner "Head of Commissioning and Placements" --due 2022-01-31 "${psw[@]}"
at 2021-09-07T10:05:00Z action add A2.3 --recommendation R2 \
  --title "Introduce an unregulated placement panel chaired by the Director of Children’s Social Care" \
  --owner "Director of Children’s Social Care" --due 2021-10-31 "${psw[@]}"
at 2021-09-07T10:06:00Z action add A3.1 --recommendation R3 \
  --title "Consult host authorities routinely where children with complex needs are placed at a distance" \
  --owner "Head of Commissioning and Placements" --due 2021-11-30 "${psw[@]}"
at 2021-09-07T10:07:00Z action add A4.1 --recommendation R4 \
  --title "Redesign supervision forms and refresh the supervision policy so children are discussed at least monthly" \
  --owner "Service Manager, Quality Assurance" --due 2021-12-31 "${psw[@]}"
at 2021-09-07T10:08:00Z action add A4.2 --recommendation R4 \
  --title "Redevelop the LCS placement episode (Islington model) and redesign the placement referral form" \
  --owner "Head of Commissioning and Placements" --due 2022-02-28 "${psw[@]}"
at 2021-09-07T10:09:00Z action add A5.1 --recommendation R5 \
  --title "Increase performance management monitoring of PEPs and IHAs" \
  --owner "Head of Service, Children in Care" --due 2021-12-31 "${psw[@]}"
at 2021-09-07T10:10:00Z action add A5.2 --recommendation R5 \
  --title "Agree a streamlined consent process for IHA referrals with NHS colleagues" \
  --owner "Designated Nurse for Children in Care" --due 2021-11-30 "${psw[@]}"

# First ratings, before the October board.
at 2021-10-04T09:00:00Z action rate A1.1 green --note "New care plan template built in LCS; testing with two teams" "${hos[@]}"
at 2021-10-04T09:01:00Z action rate A1.2 amber --note "Chronology and case summary guidance drafted; home visit guidance not started" "${psw[@]}"
at 2021-10-04T09:02:00Z action rate A2.1 green --note "Oversight board terms of reference agreed; four delivery groups named" "${psw[@]}"
at 2021-10-04T09:03:00Z action rate A2.2 amber --note "Internal business case agreed; DfE bid not yet submitted" "${psw[@]}"
at 2021-10-04T09:04:00Z action rate A3.1 green --note "Host authority notification checklist in use" "${psw[@]}"
at 2021-10-04T09:05:00Z action rate A5.1 red --note "PEP timeliness 61% against a target of 90%" "${hos[@]}"
at 2021-10-04T09:06:00Z action rate A5.2 amber --note "Consent process drafted with the CCG; awaiting NHS sign-up" "${hos[@]}"
# A rating recorded against the wrong action, then corrected by retraction.
at 2021-10-04T09:07:00Z action rate A4.1 red --note "PEP timeliness 61% against a target of 90%" "${hos[@]}"
at 2021-10-04T09:15:00Z retract 27 --reason "Rating was meant for A5.1 (already recorded); A4.1 is not yet rated" "${hos[@]}"
at 2021-10-05T14:00:00Z action progress A2.3 --note "Unregulated placement panel met for the first time on 28 September" \
  --effective 2021-09-28 "${psw[@]}"
at 2021-10-05T14:05:00Z action complete A2.3 --note "Panel established and meeting fortnightly, chaired by the Director" "${psw[@]}"

at 2021-10-12T18:00:00Z board-meeting --date 2021-10-12 --note "Improvement board, October 2021" "${chair[@]}"
at 2021-10-12T18:05:00Z action sign-off A2.3 --note "Board accepts completion; minutes item 4" "${chair[@]}"

# Between the October and December boards.
at 2021-11-02T09:00:00Z action evidence A1.1 --note "Audit of 20 care plans: 16 use the new format, language child-friendly in 14" \
  --link "https://intranet.example/audits/care-plans-2021-10" "${hos[@]}"
at 2021-11-02T09:10:00Z action amend A2.2 --due 2022-04-30 --reason "DfE capital round moved to February 2022" "${psw[@]}"
at 2021-11-15T11:00:00Z action complete A3.1 --note "Consultation with host authorities now routine; checklist embedded in placement procedure" "${psw[@]}"
at 2021-11-22T16:30:00Z action rate A1.2 green --note "All four guidance documents published on the practice hub" "${psw[@]}"
at 2021-11-29T10:00:00Z action progress A5.1 --note "Weekly PEP tracker reviewed at performance board; timeliness up to 74%" "${hos[@]}"
at 2021-11-29T10:05:00Z action rate A5.1 amber --note "PEP timeliness 74%, improving but below 90% target" "${hos[@]}"
at 2021-12-01T09:00:00Z action complete A1.2 --note "Guidance published and briefed to all teams" "${psw[@]}"
at 2021-12-06T09:00:00Z action rate A4.1 green --note "New supervision form live; policy refresh at consultation" "${psw[@]}"

at 2021-12-14T18:00:00Z board-meeting --date 2021-12-14 --note "Improvement board, December 2021" "${chair[@]}"
at 2021-12-14T18:05:00Z action sign-off A3.1 --note "Board satisfied: dip sample of 10 placements at a distance" "${chair[@]}"
at 2021-12-14T18:06:00Z recommendation close R3 --note "All actions signed off; the board closes this recommendation" "${chair[@]}"
at 2021-12-14T18:10:00Z action defer A1.3 --reason "Practice Standards training postponed by Covid-19 absence; approved by the board" \
  --until 2022-06-30 "${chair[@]}"

# Into the new year.
at 2022-01-10T09:00:00Z action complete A1.1 --note "New care plan format live on LCS for all teams" "${hos[@]}"
at 2022-01-10T09:30:00Z action amend A2.2 --due 2022-07-31 --reason "DfE bid successful; building works need planning consent" "${psw[@]}"
at 2022-01-17T12:00:00Z action evidence A5.2 --note "Streamlined IHA consent process agreed with NHS colleagues" "${hos[@]}"
at 2022-01-17T12:05:00Z action complete A5.2 --note "Consent process in use since 4 January; IHA requests within 5 working days up from 40% to 85%" "${hos[@]}"
at 2022-02-01T09:00:00Z action progress A4.2 --note "Referral form redesigned; LCS episode build scheduled for March" "${psw[@]}"
at 2022-02-01T09:05:00Z action amend A4.2 --owner "Head of Service, Children in Care" \
  --reason "Commissioning restructure: ownership moves to the Head of Service" "${psw[@]}"

at 2022-02-08T18:00:00Z board-meeting --date 2022-02-08 --note "Improvement board, February 2022" "${chair[@]}"
at 2022-02-08T18:05:00Z action sign-off A1.1 --note "Board accepts completion" "${chair[@]}"
at 2022-02-08T18:06:00Z action sign-off A1.2 --note "Board accepts completion" "${chair[@]}"
at 2022-02-21T09:00:00Z action rate A2.1 amber --note "Two delivery groups behind plan; recruitment to the sufficiency lead post ongoing" "${psw[@]}"

echo "wrote $LEDGER_FILE ($(wc -l < "$LEDGER_FILE") events)"

# The annual cycle's examples (issue 9): deadline, review, carry-forward, self-evaluation.
LEDGER_BIN="$LEDGER_BIN" Tools/make-cycle-examples.sh "$out_dir"
# Writers leave a <ledger>.checkpoint beside each ledger (a cache, safe to delete): the examples
# folder holds ledgers only.
rm -f "$out_dir"/*.checkpoint

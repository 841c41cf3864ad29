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

# ---------------------------------------------------------------------------------------------
# Seed 002: City of London, Children's Social Care and Early Help Service Development Plan
# 2019–20, as reported to the Safeguarding Sub-Committee on 10 February 2020. A service plan:
# aims under the five priorities of the Children and Young People's Plan, no Ofsted source.
# What the seed gives is transcribed as written (priorities, impact paragraphs 3–11, key
# achievements 13–17, the amber areas 19–22, the 14 January 2020 board). What it does not give
# is said, not invented: the seed names no owner and no due date for any aim (the owner says
# so; the due date is the plan year's end, 31 March 2020), it does not say which priority each
# aim sits under except Health and wellbeing action 1 (the placements below are our reading),
# and it has no measures with numbers. The people recording are fictional.
export LEDGER_FILE="$out_dir/city-of-london-2019-20.jsonl"
rm -f "$LEDGER_FILE"
sm=(--actor "Rachel Green" --role "Service Manager, Children’s Social Care and Early Help")
aeb=(--actor "Andrew Carter" --role "Director of Community and Children’s Services")
owner="Children’s Social Care and Early Help (the plan names no owner)"
due=2020-03-31

at 2019-10-01T09:00:00Z init --title "Children’s Social Care and Early Help Service Development Plan 2019–20" \
  --authority "City of London Corporation" "${sm[@]}"
at 2019-10-01T09:01:00Z priority add SAFE --title "Safe" \
  --outcome "Our children and young people are safe and feel safe." "${sm[@]}"
at 2019-10-01T09:02:00Z priority add POTENTIAL --title "Potential" \
  --outcome "Our children and young people have equal opportunities to enrich their lives and are well prepared to achieve in adulthood." "${sm[@]}"
at 2019-10-01T09:03:00Z priority add INDEPENDENCE --title "Independence, involvement and choice" \
  --outcome "Our children and young people are co-producers of cultural and support services. They will have the resources to develop independence, and the empowerment to play an active role in their communities and exercise choice over their services." "${sm[@]}"
at 2019-10-01T09:04:00Z priority add HEALTH --title "Health and wellbeing" \
  --outcome "Our children and young people enjoy good health and wellbeing." "${sm[@]}"
at 2019-10-01T09:05:00Z priority add COMMUNITY --title "Community" \
  --outcome "Our children and young people grow up with a sense of belonging as part of cohesive and resilient communities. They are able to create and participate in the cultural and creative opportunities available in the Square Mile." "${sm[@]}"

# aim ID PRIORITY TITLE: one aim of the plan, owner and due date as the seed leaves them.
aim() { at 2019-10-02T09:00:00Z action add "$1" --under "$2" --title "$3" --owner "$owner" --due $due "${sm[@]}"; }
aim S1 SAFE "Refresh the practice handbook and guidance for new and current social workers"
aim S2 SAFE "Deputy Team Manager chairs the first Child in Need meetings"
aim S3 SAFE "Remove sub-standard providers from the list of placement options"
aim S4 SAFE "Reduce social work caseloads through additional staffing"
aim S5 SAFE "Embed systemic practice: systemic training for all staff and use of the systemic clinician"
aim S6 SAFE "Develop planning and direct work with children"
aim P1 POTENTIAL "Care leavers receive their full financial entitlements: financial entitlement guidance for Tenancy Support and commissioned providers"
aim P2 POTENTIAL "Deputy Team Manager chairs care leavers’ pathway plan reviews"
aim P3 POTENTIAL "Return age assessments to an in-house service"
aim I1 INDEPENDENCE "Widen short breaks for children with disabilities through joint commissioning with the Education and Early Years Service"
aim I2 INDEPENDENCE "Joint practice with the Education and Early Years Service for children with disabilities"
aim H1 HEALTH "Additional mental health support for unaccompanied asylum-seeking children as they move into adulthood"
aim C1 COMMUNITY "Young people entering care have access to local activities and are connected to community groups"
aim C2 COMMUNITY "Celebrate Refugee Week with young people"
aim W1 SAFE "Social work leads: each social worker leads an area of practice and shares their expertise"
aim W2 SAFE "Recognise experience and qualifications with a senior social worker increment"
aim W3 SAFE "Monthly group supervision for all staff"

# The last quarter (October to December 2019), as the cover report tells it.
at 2019-12-20T10:00:00Z action complete S1 --note "Practice handbook fully refreshed and up to date, with clear guidance" "${sm[@]}"
at 2019-12-20T10:01:00Z action complete P1 --note "Tenancy Support and commissioned providers have received and are using our financial entitlement guidance" "${sm[@]}"
at 2019-12-20T10:02:00Z action complete P3 --note "The age assessment service is provided in-house again" "${sm[@]}"
at 2019-12-20T10:03:00Z action complete S3 --note "Sub-standard providers taken off our list of options" "${sm[@]}"
at 2019-12-20T10:04:00Z action complete W2 --note "Proposals for a senior social worker increment accepted" "${sm[@]}"
at 2019-12-20T10:05:00Z action rate S2 green --note "Deputy Team Manager chairing first CIN meetings; positive staff feedback" "${sm[@]}"
at 2019-12-20T10:06:00Z action rate P2 green --note "Deputy Team Manager chairing pathway plan reviews" "${sm[@]}"
at 2019-12-20T10:07:00Z action rate S4 green --note "Caseloads reduced with additional staffing" "${sm[@]}"
at 2019-12-20T10:08:00Z action rate S5 green --note "All staff training in systemic social work practice" "${sm[@]}"
at 2019-12-20T10:09:00Z action rate I1 green --note "Joint commissioning with Education and Early Years complete; more short breaks on offer" "${sm[@]}"
at 2019-12-20T10:10:00Z action rate I2 green --note "Joint SEND training attended by managers and frontline staff from both services" "${sm[@]}"
at 2019-12-20T10:11:00Z action rate W1 green --note "Leads cover children with disabilities, gangs/child exploitation, UASC, modern day slavery and adoption" "${sm[@]}"
at 2019-12-20T10:12:00Z action rate W3 green --note "Taking place monthly, well attended and valued by staff" "${sm[@]}"
at 2019-12-20T10:13:00Z action rate C2 green --note "Celebration on the theme of ‘imagine’ planned for after Committee on Monday 15 June" "${sm[@]}"
at 2019-12-20T10:14:00Z action rate H1 amber --note "The plan changed: a new service with Coram and the Tavistock Centre is to be designed instead of Hackney’s Clinical Service; a proposal is awaited. Tracked in monthly meetings between Commissioning and Children’s Social Care" "${sm[@]}"
at 2019-12-20T10:15:00Z action rate C1 amber --note "Young people entering care as UASC say they are bored waiting for education to start; they want more trips across London and more chances to practise English. Commissioning and the IRO are progressing work" "${sm[@]}"
at 2019-12-20T10:16:00Z action rate S6 amber --note "December audits: strong relationship-based practice, but planning and undertaking direct work need further development" "${sm[@]}"

# Impact (cover report paragraphs 3–11).
at 2020-01-06T09:00:00Z action impact S1 --note "Children should receive a more consistent service, as new and current social workers have a fully refreshed, up-to-date practice handbook and clear guidance" "${sm[@]}"
at 2020-01-06T09:01:00Z action impact P1 --note "Care leavers are receiving their full financial entitlements, for example additional funds to help with their winter fuel bill" "${sm[@]}"
at 2020-01-06T09:02:00Z action impact P2 --note "Care leavers said they liked having the Deputy Team Manager chair their pathway plan reviews, and felt important as a manager was visiting them in their home" "${sm[@]}"
at 2020-01-06T09:03:00Z action impact S2 --note "Staff report added confidence when there is conflict in working relationships; December audits found better and clearer CIN planning for families" "${sm[@]}"
at 2020-01-06T09:04:00Z action impact P3 --note "Young people have had a shorter wait for age assessments; quality is better, and challenge and uncertainty are avoided" "${sm[@]}"
at 2020-01-06T09:05:00Z action impact I1 --note "Families have more choice in short breaks; more leisure opportunities give children with disabilities a better chance of finding an activity that suits them" "${sm[@]}"
at 2020-01-06T09:06:00Z action impact S3 --note "Young people can have confidence in their placements and will not experience poor-quality provision" "${sm[@]}"
at 2020-01-06T09:07:00Z action impact S4 --note "Children can contact their social worker easily and have good-quality relationships; December audits show relationships are a real strength" "${sm[@]}"
at 2020-01-06T09:08:00Z action impact S5 --note "Families have had joint therapeutic work, and family feedback on the help offered has been positive so far" "${sm[@]}"

at 2020-01-14T17:00:00Z board-meeting --date 2020-01-14 \
  --note "Achieving Excellence Board: aims duplicated in the staff handbook removed; focus on the impact of our work on children and families" "${aeb[@]}"
at 2020-01-14T17:05:00Z action sign-off S1 --note "Board accepts completion" "${aeb[@]}"
at 2020-01-14T17:06:00Z action sign-off P1 --note "Board accepts completion" "${aeb[@]}"
at 2020-01-14T17:07:00Z action sign-off P3 --note "Board accepts completion" "${aeb[@]}"
at 2020-01-14T17:08:00Z action sign-off S3 --note "Board accepts completion" "${aeb[@]}"
at 2020-01-20T09:00:00Z action progress I2 --note "A Social Work Lead for children with disabilities is in post and a pathway is being piloted; a disability workshop is planned for the afternoon of Monday 10 February" "${sm[@]}"
at 2020-01-20T09:01:00Z action progress S6 --note "Training and coaching sessions planned with staff in February, with uptake of consultation with the systemic clinician promoted" "${sm[@]}"
at 2020-01-20T09:02:00Z action evidence S5 --note "One family residing in the City found the systemic family work really valuable; it supported better communication at home" "${sm[@]}"

echo "wrote $LEDGER_FILE ($(wc -l < "$LEDGER_FILE") events)"

# ---------------------------------------------------------------------------------------------
# Seed 001: a London regional group's Business Plan. Priorities with "we will …" actions and
# "We will know we have made a difference when …" outcomes; no Ofsted source, so every action
# sits under a priority. The seed gives no dates, owners or year: the owner says the plan names
# none ("The Group", who the plan says will do the work), the due date is an assumed year end
# (31 March 2022, said in the owner too), and the recorded dates are illustrative. Priorities 5
# and 6 have no outcome statement in the seed, so they have none here.
export LEDGER_FILE="$out_dir/london-business-plan.jsonl"
rm -f "$LEDGER_FILE"
lead=(--actor "Priya Shah" --role "Group Business Manager")
owner="The Group (the plan names no owner or due date; due date assumed)"
due=2022-03-31
at 2021-06-01T09:00:00Z init --title "Business Plan: what we will do, how we will do it and how we will know the difference we have made" \
  --authority "London children’s services regional group" "${lead[@]}"
at 2021-06-01T09:01:00Z priority add P1 --title "Raising standards across the whole child and family practice system" \
  --outcome "There is greater stability the children’s social care workforce, evidence of greater consistency in the quality of practice and a better understanding of how to use an outcomes framework." "${lead[@]}"
at 2021-06-01T09:02:00Z priority add P2 --title "Promote effective anti-racist practice and tackle disproportionality" \
  --outcome "The profile of children’s social care senior leaders better reflects the profile of our workforce and the people it services, and we have reduced the significant disproportionality in who uses our services, the level and type of intervention and outcomes for children and families." "${lead[@]}"
at 2021-06-01T09:03:00Z priority add P3 --title "Work effectively with partners on thematic challenges" \
  --outcome "Changes to the child and family practice system lead to fewer children being at risk of significant harm and more children secure timely security, attachment and a sense of permanence with their parents or carers." "${lead[@]}"
at 2021-06-01T09:04:00Z priority add P4 --title "Respond effectively to financial pressures on children’s social care budgets" \
  --outcome "We have improved placement sufficiency in our region, can better evidence how we effectively use resources and make the case for additional resources." "${lead[@]}"
at 2021-06-01T09:05:00Z priority add P5 --title "Apply learning from the Covid 19 emergency to inform resilience and improvement during the recovery period" "${lead[@]}"
at 2021-06-01T09:06:00Z priority add P6 --title "Engage with the independent review of children’s social care" "${lead[@]}"

n=0 k=0 last=""
# will PRIORITY TITLE: one "we will … by" action, numbered in order under its priority.
will() {
  n=$((n + 1))
  if [ "$1" != "$last" ]; then k=0 last=$1; fi
  k=$((k + 1))
  at "2021-06-02T09:$(printf %02d $n):00Z" action add "$1.$k" --under "$1" --title "$2" \
    --owner "$owner" --due $due "${lead[@]}"
}
will P1 "Strengthen leadership: succession planning and support for aspiring practice leaders and DCSs"
will P1 "Strengthen leadership: peer support for new practice leaders"
will P1 "Strengthen leadership: peer learning about effective practice leadership"
will P1 "Strengthen leadership: working collaboratively to drive regional and subregional improvement"
will P1 "Strengthen leadership: modelling leadership behaviour that enables all aspirant leaders to progress their careers"
will P1 "Strengthen leadership: sharing best practice around performance reports, quality assurance and improvement"
will P1 "Workforce sufficiency: sharing creative approaches to recruitment and retention"
will P1 "Workforce sufficiency: sharing best practice around developing social work career pathways and meeting continuing professional development need"
will P1 "Workforce sufficiency: learn from case reviews and serious child safeguarding incident reports"
will P1 "Quality of practice: sharing learning from the Children’s Social Care Innovations Programme (CSCIP) thematic evaluations and individual project reviews"
will P1 "Quality of practice: reviewing work undertaken on developing outcomes from children’s social care services identifying best practice that could be developed collaboratively within the region"
will P2 "Share best practice and model leadership behaviour that facilitates effective anti-racist practice and makes London a region where all aspiring leaders have opportunities to realise their career ambitions"
will P2 "Support and champion the London Innovation and Improvement Alliance’s work stream that looks to tackle disproportionality"
will P3 "Working with the Metropolitan Police Service to review their Multi-Agency Safeguarding Hub arrangements and interface with children’s social care"
will P3 "Learning from innovative and best practice around protecting and supporting people affected by all forms of child exploitation and abuse"
will P3 "Developing and improving adolescent safeguarding practice and arrangements"
will P3 "Learning from innovative and best practice around protecting and supporting people affected by domestic violence and abuse"
will P3 "Strengthening arrangements and practice for preventing and responding to youth homelessness, especially in relation to our care leavers"
will P3 "Promoting effective pre-court practice and decision making for children on the edge of or in the family court process"
will P3 "Engaging with the independent review of children’s social care identifying systemic changes that would enable and accelerate practice improvement across the region"
will P3 "Children in care and care leavers: supporting the work of the London Children in Care Council"
will P3 "Children in care and care leavers: learning from innovative and best practice to drive improvement in working with older children on the edge of care or who enter the care system late in childhood"
will P3 "Children in care and care leavers: working together to secure the right resources and pool knowledge about best practice in meeting the needs of unaccompanied asylum seeker children"
will P3 "Children in care and care leavers: applying learning from historical abuse allegations and review findings"
will P3 "Children in care and care leavers: contributing to regional and subregional work to secure placement sufficiency for children"
will P4 "Placement sufficiency: contributing to regional and subregional work to secure placement sufficiency for children"
will P4 "Placement sufficiency: identify and share best practice around using child level data and children’s progress through the system to inform forecasting of future placement need"
will P4 "Commissioned services: contribute to the regional and subregional work in developing community-based assessments to inform court decisions about children’s futures"
will P4 "Staffing costs: develop strategies for reducing the level and cost of qualified social workers provided by employment agencies"
will P5 "Share learning from what worked well during the pandemic and develop a shared understanding of its differential impact on children and families"
will P5 "Contribute to the regional recovery plan and its implementation"
will P6 "Work with Directors of Children’s Services to develop a regional senior leadership position on the challenges in the children’s social care practice system and what we would like to see in the review recommendations"

echo "wrote $LEDGER_FILE ($(wc -l < "$LEDGER_FILE") events)"

# The annual cycle's examples (issue 9): deadline, review, carry-forward, self-evaluation.
LEDGER_BIN="$LEDGER_BIN" Tools/make-cycle-examples.sh "$out_dir"
# Writers leave a <ledger>.checkpoint beside each ledger (a cache, safe to delete): the examples
# folder holds ledgers only.
rm -f "$out_dir"/*.checkpoint

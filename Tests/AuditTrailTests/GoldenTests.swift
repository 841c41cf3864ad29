import AuditTrail
import LedgerCore
import LedgerTestSupport
import Testing

/// The text renderings, compared with expected text kept in this file.
///
/// With `RECORD_GOLDEN=1` every test prints its actual text (to paste over the expected) and
/// fails, so a re-record run can never pass silently. A mismatch prints the actual text too.
@Suite("Golden text")
struct GoldenTests {
  let replay = SampleLog.replay

  func check(_ actual: String, _ expected: String, _ name: String) {
    let recording = GoldenFile.recording
    if recording || actual != expected {
      print("----- actual \(name) -----\n\(actual)\n----- end \(name) -----")
    }
    if recording {
      Issue.record("RECORD_GOLDEN=1: printed \(name); paste it into GoldenTests.swift and rerun")
    }
    #expect(actual == expected)
  }

  @Test("history of one action: a retracted rating and its retraction")
  func historyOfAnAction() {
    check(
      History.text(History.entries(replay, item: "A1.2")),
      """
        13  2026-03-03 10:00 UTC  Tom Okafor (Head of Service)  added action A1.2 "Train managers in reflective supervision" for R1 and R2, owner Principal Social Worker, due 2026-06-30
        14  2026-03-04 09:00 UTC  Sara Taylor (Principal Social Worker)  rated A1.2 red — "Trainer not booked"  [retracted by 16: wrong action]
        16  2026-03-05 10:00 UTC  Sara Taylor (Principal Social Worker)  retracted event 14 (action.rated A1.2) — "wrong action"
      """, "history A1.2")
  }

  @Test("history: seq right-aligned, back-recorded events show their effective date")
  func historyBackRecorded() {
    check(
      History.text(History.entries(replay, item: "A2.1")),
      """
         6  2026-01-06 10:05 UTC  Tom Okafor (Head of Service)  added action A2.1 "Audit return home interviews" for R2, owner Service Manager, Missing, due 2026-02-28
        12  2026-03-02 09:15 UTC  Sara Taylor (Principal Social Worker)  completed A2.1 (rated blue) (effective 2026-02-27) — "Audit complete"
        15  2026-03-05 09:00 UTC  Jan Lee (Independent Chair)  signed off A2.1 — "Accepted by the board"
      """, "history A2.1")
  }

  @Test("history with no entries")
  func historyEmpty() {
    check(History.text(History.entries(replay, item: "NOPE")), "No events.", "empty history")
  }

  @Test("diff since a board meeting: changes, an added item, meetings")
  func diffSinceMeeting() {
    check(
      Diff.between(replay, since: When.parse("2026-02-10")!).text,
      """
      Changes from the plan at seq 8 to the plan at seq 20 (events recorded after the end of 2026-02-10 (UTC), up to the end of the log)

      R1 text: "The timeliness of supervision for social workers." → "The timeliness and quality of supervision for social workers." (2026-03-11, Sara Taylor, Principal Social Worker: "Typo against the published report")

      A1.1 due: 2026-03-31 → 2026-05-31 (2026-02-12, Tom Okafor, Head of Service: "Staff vacancies"; 2026-02-25, Tom Okafor, Head of Service: "Consultation extended")
      A1.1 rag: amber → green (2026-02-20, Sara Taylor, Principal Social Worker: "Policy drafted")
      A1.1 latest_update: "Caseloads still above 15" → "Policy drafted" (2026-02-20, Sara Taylor, Principal Social Worker: "Policy drafted")

      A2.1 status: open → signed-off (2026-02-27 (recorded 2026-03-02), Sara Taylor, Principal Social Worker: "Audit complete"; 2026-03-05, Jan Lee, Independent Chair: "Accepted by the board")
      A2.1 rag: none → blue (2026-02-27 (recorded 2026-03-02), Sara Taylor, Principal Social Worker: "Audit complete")
      A2.1 latest_update: none → "Accepted by the board" (2026-02-27 (recorded 2026-03-02), Sara Taylor, Principal Social Worker: "Audit complete"; 2026-03-05, Jan Lee, Independent Chair: "Accepted by the board")

      A1.2 added (action) (2026-03-03, Tom Okafor, Head of Service)
      A1.2 title: none → "Train managers in reflective supervision"
      A1.2 owner: none → "Principal Social Worker"
      A1.2 due: none → 2026-06-30
      A1.2 status: none → open
      A1.2 recommendations: none → R1, R2

      Board meetings recorded:
        2026-03-10 (seq 19)
      """, "diff since 2026-02-10")
  }

  @Test("diff over a retracted action.added: the item is removed")
  func diffRemoved() {
    check(
      Diff.between(replay, from: 17, to: 19).text,
      """
      Changes from the plan at seq 17 to the plan at seq 19

      A1.3 removed (action) (2026-03-06, Tom Okafor, Head of Service, retracting 17: "added in error")
      A1.3 title: "Publish a supervision dashboard" → none
      A1.3 owner: "Performance lead" → none
      A1.3 due: 2026-04-30 → none
      A1.3 status: open → none
      A1.3 recommendations: R1 → none

      Board meetings recorded:
        2026-03-10 (seq 19)
      """, "diff 17…19")
  }

  @Test("diff with nothing in the window")
  func diffEmpty() {
    check(
      Diff.between(
        replay, since: SampleLog.time("2026-03-11T09:00:00Z"),
        until: SampleLog.time("2026-03-12T00:00:00Z")
      ).text,
      """
      Changes from the plan at seq 20 to the plan at seq 20 (events recorded after 2026-03-11T09:00:00Z, up to 2026-03-12T00:00:00Z)
      No changes.
      """, "empty diff")
  }
}

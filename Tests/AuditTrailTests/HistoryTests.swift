import AuditTrail
import LedgerCore
import Testing

@Suite("History")
struct HistoryTests {
  let replay = SampleLog.replay

  func seqs(_ entries: [HistoryEntry]) -> [Int] { entries.map(\.seq) }

  @Test("every event is in the unfiltered trail, in seq order")
  func everything() {
    #expect(seqs(History.entries(replay)) == Array(1...20))
  }

  @Test(
    "history ID keeps events that name the ID and retractions of them",
    arguments: [
      ("A1.1", [5, 7, 9, 10, 11]),
      ("A1.2", [13, 14, 16]),
      ("A1.3", [17, 18]),
      ("R1", [3, 5, 13, 17, 18, 20]),
      ("R2", [4, 6, 13]),
      ("FV2026", [2, 3, 4]),
      ("NOPE", []),
    ])
  func byItem(id: String, expected: [Int]) {
    #expect(seqs(History.entries(replay, item: id)) == expected)
  }

  @Test("since is exclusive and until inclusive, on the recorded time")
  func boundaries() {
    let since = SampleLog.time("2026-02-12T09:00:00Z")  // seq 9's recorded time
    let until = SampleLog.time("2026-02-25T14:00:00Z")  // seq 11's recorded time
    #expect(seqs(History.entries(replay, since: since, until: until)) == [10, 11])
    #expect(seqs(History.entries(replay, since: since)).first == 10)
    #expect(seqs(History.entries(replay, until: until)).last == 11)
    #expect(History.entries(replay, since: until, until: since).isEmpty)
  }

  @Test("a plain date means the end of that day")
  func dates() {
    let since = When.parse("2026-02-10")!
    let until = When.parse("2026-03-02")!
    #expect(seqs(History.entries(replay, since: since, until: until)) == [9, 10, 11, 12])
  }

  @Test(
    "actor matches the name case-insensitively",
    arguments: [
      ("sara taylor", [1, 2, 3, 4, 7, 10, 12, 14, 16, 20]),
      ("JAN LEE", [8, 15, 19]),
      ("Jan", []),
    ])
  func byActor(name: String, expected: [Int]) {
    #expect(seqs(History.entries(replay, actor: name)) == expected)
  }

  @Test("filters combine")
  func combined() {
    let entries = History.entries(
      replay, item: "A1.1", since: When.parse("2026-02-10"), actor: "Tom Okafor")
    #expect(seqs(entries) == [9, 11])
  }

  @Test("a retracted event stays in the trail, marked with who retracted it and why")
  func retracted() throws {
    let entries = History.entries(replay, item: "A1.2")
    let rated = try #require(entries.first { $0.seq == 14 })
    #expect(rated.retracted?.seq == 16)
    #expect(rated.retracted?.actor == SampleLog.sara)
    #expect(rated.retracted?.reason == "wrong action")
    let retraction = try #require(entries.first { $0.seq == 16 })
    #expect(retraction.retracts == 14)
    #expect(retraction.subject == "A1.2")
    #expect(retraction.why == "wrong action")
    #expect(retraction.retracted == nil)
    #expect(entries.first { $0.seq == 13 }?.retracted == nil)
  }

  @Test("a retraction is shown even when the trail stops before it")
  func retractedAfterUntil() {
    let entries = History.entries(replay, until: SampleLog.time("2026-03-04T09:00:00Z"))
    #expect(entries.last?.seq == 14)
    #expect(entries.last?.retracted?.seq == 16)
  }

  @Test("back-recorded events are flagged")
  func backRecorded() {
    let entries = History.entries(replay)
    #expect(entries.filter(\.isBackRecorded).map(\.seq) == [12])
    #expect(entries[11].effective == SampleLog.date("2026-02-27"))
  }

  @Test(
    "what: one line of plain English",
    arguments: [
      (
        1,
        "created the plan \"Children's social care improvement plan\" for London Borough of Example"
      ),
      (
        2,
        "added source FV2026 \"Focused visit to Example children’s services\" (Focused visit, 2025-12-02)"
      ),
      (
        3,
        "added recommendation R1 from FV2026: \"The timeliness of supervision for social workers.\""
      ),
      (
        4,
        "added area for priority action R2 from FV2026: \"The quality of return home interviews.\""
      ),
      (
        5,
        "added action A1.1 \"Refresh the supervision policy\" for R1, owner Head of Service, due 2026-03-31"
      ),
      (7, "rated A1.1 amber"),
      (8, "recorded a board meeting on 2026-02-10"),
      (9, "moved A1.1's due date from 2026-03-31 to 2026-04-30"),
      (11, "moved A1.1's due date from 2026-04-30 to 2026-05-31"),
      (12, "completed A2.1 (rated blue)"),
      (
        13,
        "added action A1.2 \"Train managers in reflective supervision\" for R1 and R2, owner Principal Social Worker, due 2026-06-30"
      ),
      (15, "signed off A2.1"),
      (16, "retracted event 14 (action.rated A1.2)"),
      (18, "retracted event 17 (action.added A1.3)"),
      (
        20,
        "amended the wording of R1 to \"The timeliness and quality of supervision for social workers.\""
      ),
    ])
  func what(seq: Int, expected: String) {
    #expect(History.entries(replay)[seq - 1].what == expected)
  }

  @Test("why is the reason or note, nil where the event has none")
  func why() {
    let entries = History.entries(replay)
    #expect(entries[0].why == nil)
    #expect(entries[4].why == nil)
    #expect(entries[6].why == "Caseloads still above 15")
    #expect(entries[8].why == "Staff vacancies")
    #expect(entries[18].why == nil)
  }

  @Test(
    "what: every kind of amendment and the remaining event types",
    arguments: [
      (
        EventBody.actionAmended(
          id: "A1.1", title: "Rewrite the policy", owner: "Director", due: nil, reason: "r"),
        "renamed A1.1 from \"Refresh the supervision policy\" to \"Rewrite the policy\"; changed A1.1's owner from Head of Service to Director"
      ),
      (.actionProgress(id: "A1.1", note: "n"), "noted progress on A1.1"),
      (
        .actionEvidence(id: "A1.1", note: "n", link: "https://x.example/a"),
        "added evidence for A1.1 (https://x.example/a)"
      ),
      (.actionEvidence(id: "A1.1", note: "n", link: nil), "added evidence for A1.1"),
      (.actionReopened(id: "A1.1", reason: "r"), "reopened A1.1"),
      (
        .actionDeferred(id: "A1.1", reason: "r", until: SampleLog.date("2026-09-30")),
        "deferred A1.1 until 2026-09-30"
      ),
      (.actionDeferred(id: "A1.1", reason: "r", until: nil), "deferred A1.1"),
      (.actionWithdrawn(id: "A1.1", reason: "r"), "withdrew A1.1"),
      (.recommendationClosed(id: "R1", note: "n"), "closed R1"),
      (.recommendationReopened(id: "R1", reason: "r"), "reopened R1"),
      (.eventRetracted(seq: 8, reason: "r"), "retracted event 8 (board.meeting)"),
    ])
  func whatOther(body: EventBody, expected: String) {
    let event = Event(
      seq: 21, recorded: SampleLog.time("2026-04-01T09:00:00Z"), actor: SampleLog.sara, body: body)
    let plan = replay.plan(upTo: 8)
    #expect(EventSummary.what(event, before: plan, in: replay) == expected)
  }

  @Test("JSON: keys in contract order, nulls where absent")
  func jsonShape() {
    let json = History.json(History.entries(replay))
    let items = elements(json)
    #expect(items.count == 20)
    let expectedKeys = [
      "seq", "type", "recorded", "effective", "actor", "subject", "what", "why", "retracted",
      "retracts", "back_recorded",
    ]
    for item in items { #expect(keys(item) == expectedKeys) }
    #expect(
      compact(items[4])
        == #"{"seq":5,"type":"action.added","recorded":"2026-01-06T10:00:00Z","effective":null,"actor":{"name":"Tom Okafor","role":"Head of Service"},"subject":"A1.1","what":"added action A1.1 \"Refresh the supervision policy\" for R1, owner Head of Service, due 2026-03-31","why":null,"retracted":null,"retracts":null,"back_recorded":false}"#
    )
  }

  @Test("JSON: a retracted entry, its retraction and a back-recorded entry")
  func jsonRetraction() {
    let items = elements(History.json(History.entries(replay)))
    #expect(
      compact(items[13])
        == #"{"seq":14,"type":"action.rated","recorded":"2026-03-04T09:00:00Z","effective":null,"actor":{"name":"Sara Taylor","role":"Principal Social Worker"},"subject":"A1.2","what":"rated A1.2 red","why":"Trainer not booked","retracted":{"by":16,"actor":{"name":"Sara Taylor","role":"Principal Social Worker"},"reason":"wrong action"},"retracts":null,"back_recorded":false}"#
    )
    #expect(
      compact(items[15])
        == #"{"seq":16,"type":"event.retracted","recorded":"2026-03-05T10:00:00Z","effective":null,"actor":{"name":"Sara Taylor","role":"Principal Social Worker"},"subject":"A1.2","what":"retracted event 14 (action.rated A1.2)","why":"wrong action","retracted":null,"retracts":14,"back_recorded":false}"#
    )
    #expect(member(items[11], "effective").map(compact) == #""2026-02-27""#)
    #expect(member(items[11], "back_recorded").map(compact) == "true")
  }
}

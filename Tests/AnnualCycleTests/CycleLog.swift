import LedgerCore

/// A small plan's year, built in memory and checked against the rules as the writer would.
struct CycleLog {
  var events: [RecordedEvent] = []
  var clock = Timestamp(rfc3339: "2020-04-01T09:00:00Z")!
  let actor = Actor(name: "Helen Marsh", role: "Chair")

  /// Appends `body` recorded on `day` (09:00 UTC, a minute later per event on one day).
  mutating func add(_ day: String, _ body: EventBody) {
    let at = Timestamp(rfc3339: day + "T09:00:00Z")!
    clock = Timestamp(seconds: max(at.seconds, clock.seconds + 60))
    let event = Event(seq: events.count + 1, recorded: clock, actor: actor, body: body)
    precondition(Rules.check(event, against: Replay(events).plan()) == nil, "\(body)")
    events.append(Chain.seal(event, prev: events.last?.hash ?? Chain.genesis))
  }

  static func date(_ s: String) -> CivilDate { CivilDate(parsing: s)! }

  /// Two themes; one action of each kind the review names, and two meetings.
  static func year() -> CycleLog {
    var b = CycleLog()
    let d = date
    b.add("2020-04-01", .planCreated(title: "Business Plan 2020-21", authority: "Group"))
    b.add(
      "2020-04-01",
      .sourceAdded(
        SourceDetails(id: "BP", sourceType: .other, title: "Business plan", date: d("2020-04-01"))))
    b.add(
      "2020-04-01",
      .recommendationAdded(
        id: "R1", source: "BP", text: "Leadership", theme: "Raising standards", framework: nil,
        priority: false))
    b.add(
      "2020-04-01",
      .recommendationAdded(
        id: "R2", source: "BP", text: "Partners", theme: "Partners", framework: nil,
        priority: false))
    for (id, rec) in [("A1", "R1"), ("A2", "R1"), ("A3", "R2"), ("A4", "R2"), ("A5", "R2")] {
      b.add(
        "2020-04-01",
        .actionAdded(
          id: id, recommendations: [rec], title: "Action \(id)", owner: "Lead",
          due: d("2021-03-31")))
    }
    b.add(
      "2020-05-01", .boardMeeting(date: d("2020-05-01"), note: "First", attendees: ["A (Chair)"]))
    b.add("2020-06-01", .actionCompleted(id: "A1", note: "Programme running"))
    b.add("2020-06-02", .actionImpact(id: "A1", note: "Two aspiring leaders promoted"))
    b.add(
      "2020-06-03", .actionEvidence(id: "A1", note: "Programme report", link: "https://x.org/r"))
    b.add(
      "2020-07-01", .actionDeferred(id: "A2", reason: "Panel not ready", until: d("2021-09-30")))
    b.add("2020-08-01", .actionWithdrawn(id: "A3", reason: "Superseded"))
    b.add("2020-09-01", .actionRated(id: "A4", rag: .amber, note: "Behind"))
    b.add(
      "2021-03-16",
      .boardMeeting(
        date: d("2021-03-16"), note: "Year end", attendees: ["A (Chair)"], apologies: ["B (PSW)"]))
    // After the period: progressed next year, not in this review.
    b.add("2021-04-02", .actionCompleted(id: "A5", note: "Late"))
    return b
  }
}

import LedgerCore

/// Builds small logs in memory for the core's tests.
struct LogBuilder {
  var events: [RecordedEvent] = []
  var clock = Timestamp(rfc3339: "2026-01-05T09:00:00Z")!
  let actor = Actor(name: "Amara Okafor", role: "Principal Social Worker")

  mutating func add(_ body: EventBody, effective: CivilDate? = nil, minutes: Int64 = 1) {
    clock = Timestamp(seconds: clock.seconds + 60 * minutes)
    let event = Event(
      seq: events.count + 1, recorded: clock, effective: effective, actor: actor, body: body)
    events.append(Chain.seal(event, prev: events.last?.hash ?? Chain.genesis))
  }

  /// Redacts `members` of line `seq` in place and appends the `payload.redacted` event.
  mutating func redact(_ seq: Int, _ members: [String], reason: String = "A child's name")
    throws(RuleRefusal)
  {
    var already = Set<String>()
    for e in events {
      if case .payloadRedacted(let r) = e.event.body, r.seq == seq { already.formUnion(r.members) }
    }
    let result = try Redaction.redact(
      events[seq - 1], members: members, reason: reason, alreadyRedacted: already)
    events[seq - 1] = result.line
    add(result.body)
  }

  var bytes: [UInt8] { events.flatMap { LineCodec.encode($0) } }

  static func date(_ s: String) -> CivilDate { CivilDate(parsing: s)! }

  /// plan, source, two recommendations, two actions.
  static func small() -> LogBuilder {
    var b = LogBuilder()
    b.add(.planCreated(title: "Plan", authority: "Council"))
    b.add(
      .sourceAdded(
        SourceDetails(
          id: "FV", sourceType: .focusedVisit, title: "Focused visit", date: date("2025-11-04"))))
    b.add(
      .recommendationAdded(
        id: "R1", source: "FV", text: "The quality of children’s plans.", theme: nil,
        framework: nil,
        priority: true))
    b.add(
      .recommendationAdded(
        id: "R2", source: "FV", text: "Supervision.\n\"Quoted\" \\ tab\t", theme: "Practice",
        framework: "enabler 2, national framework", priority: false))
    b.add(
      .actionAdded(
        id: "A1", recommendations: ["R1"], title: "Template", owner: "PSW", due: date("2026-02-28"))
    )
    b.add(
      .actionAdded(
        id: "A2", recommendations: ["R1", "R2"], title: "Audit", owner: "QA",
        due: date("2026-03-31")))
    return b
  }
}

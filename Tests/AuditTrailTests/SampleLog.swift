import LedgerCore

/// A small plan built in memory: a source, two recommendations, actions rated, a due date
/// moved twice, completed (back-recorded) and signed off, a retracted rating, an action added
/// then retracted, two board meetings and an amended recommendation.
enum SampleLog {
  static let sara = Actor(name: "Sara Taylor", role: "Principal Social Worker")
  static let tom = Actor(name: "Tom Okafor", role: "Head of Service")
  static let chair = Actor(name: "Jan Lee", role: "Independent Chair")

  static func date(_ s: String) -> CivilDate { CivilDate(parsing: s)! }
  static func time(_ s: String) -> Timestamp { Timestamp(rfc3339: s)! }

  /// The events as (recorded, effective, actor, body); `seq` is the position from 1.
  static let bodies: [(String, String?, Actor, EventBody)] = [
    (
      "2026-01-05T09:00:00Z", nil, sara,
      .planCreated(
        title: "Children's social care improvement plan", authority: "London Borough of Example")
    ),
    (
      "2026-01-05T09:05:00Z", nil, sara,
      .sourceAdded(
        SourceDetails(
          id: "FV2026", sourceType: .focusedVisit,
          title: "Focused visit to Example children’s services", date: date("2025-12-02"),
          published: date("2026-01-02")))
    ),
    (
      "2026-01-05T09:10:00Z", nil, sara,
      .recommendationAdded(
        id: "R1", source: "FV2026", text: "The timeliness of supervision for social workers.",
        theme: "Workforce", framework: nil, priority: false)
    ),
    (
      "2026-01-05T09:12:00Z", nil, sara,
      .recommendationAdded(
        id: "R2", source: "FV2026", text: "The quality of return home interviews.", theme: nil,
        framework: "outcome 3, national framework", priority: true)
    ),
    (
      "2026-01-06T10:00:00Z", nil, tom,
      .actionAdded(
        id: "A1.1", recommendations: ["R1"], title: "Refresh the supervision policy",
        owner: "Head of Service", due: date("2026-03-31"))
    ),
    (
      "2026-01-06T10:05:00Z", nil, tom,
      .actionAdded(
        id: "A2.1", recommendations: ["R2"], title: "Audit return home interviews",
        owner: "Service Manager, Missing", due: date("2026-02-28"))
    ),
    (
      "2026-01-20T09:00:00Z", nil, sara,
      .actionRated(id: "A1.1", rag: .amber, note: "Caseloads still above 15")
    ),
    (
      "2026-02-10T17:00:00Z", nil, chair,
      .boardMeeting(date: date("2026-02-10"), note: "Minutes BM-01")
    ),
    // 9: the window of the diff tests starts here (since 2026-02-10, end of day).
    (
      "2026-02-12T09:00:00Z", nil, tom,
      .actionAmended(
        id: "A1.1", title: nil, owner: nil, due: date("2026-04-30"), reason: "Staff vacancies")
    ),
    (
      "2026-02-20T11:30:00Z", nil, sara,
      .actionRated(id: "A1.1", rag: .green, note: "Policy drafted")
    ),
    (
      "2026-02-25T14:00:00Z", nil, tom,
      .actionAmended(
        id: "A1.1", title: nil, owner: nil, due: date("2026-05-31"),
        reason: "Consultation extended")
    ),
    (
      "2026-03-02T09:15:00Z", "2026-02-27", sara,
      .actionCompleted(id: "A2.1", note: "Audit complete")
    ),
    (
      "2026-03-03T10:00:00Z", nil, tom,
      .actionAdded(
        id: "A1.2", recommendations: ["R1", "R2"],
        title: "Train managers in reflective supervision",
        owner: "Principal Social Worker", due: date("2026-06-30"))
    ),
    (
      "2026-03-04T09:00:00Z", nil, sara,
      .actionRated(id: "A1.2", rag: .red, note: "Trainer not booked")
    ),
    (
      "2026-03-05T09:00:00Z", nil, chair,
      .actionSignedOff(id: "A2.1", note: "Accepted by the board")
    ),
    ("2026-03-05T10:00:00Z", nil, sara, .eventRetracted(seq: 14, reason: "wrong action")),
    (
      "2026-03-06T09:00:00Z", nil, tom,
      .actionAdded(
        id: "A1.3", recommendations: ["R1"], title: "Publish a supervision dashboard",
        owner: "Performance lead", due: date("2026-04-30"))
    ),
    ("2026-03-06T09:30:00Z", nil, tom, .eventRetracted(seq: 17, reason: "added in error")),
    ("2026-03-10T16:00:00Z", nil, chair, .boardMeeting(date: date("2026-03-10"), note: nil)),
    (
      "2026-03-11T09:00:00Z", nil, sara,
      .recommendationAmended(
        id: "R1", text: "The timeliness and quality of supervision for social workers.",
        reason: "Typo against the published report")
    ),
  ]

  /// The log, sealed into a chain.
  static let events: [RecordedEvent] = {
    var out: [RecordedEvent] = []
    for (i, (recorded, effective, actor, body)) in bodies.enumerated() {
      let event = Event(
        seq: i + 1, recorded: time(recorded), effective: effective.map(date), actor: actor,
        body: body)
      out.append(Chain.seal(event, prev: out.last?.hash ?? Chain.genesis))
    }
    return out
  }()

  static let replay = Replay(events)
}

/// Compact JSON text of `value`.
func compact(_ value: JSONValue) -> String { JSONWriter.compact(value) }

/// The member keys of a JSON object, in order (empty if `value` is not an object).
func keys(_ value: JSONValue) -> [String] {
  guard case .object(let object) = value else { return [] }
  return object.members.map(\.key)
}

/// The member `key` of a JSON object.
func member(_ value: JSONValue, _ key: String) -> JSONValue? {
  guard case .object(let object) = value else { return nil }
  return object[key]
}

/// The elements of a JSON array (empty if `value` is not an array).
func elements(_ value: JSONValue) -> [JSONValue] {
  guard case .array(let items) = value else { return [] }
  return items
}

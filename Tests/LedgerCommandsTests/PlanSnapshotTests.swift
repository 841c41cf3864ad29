import Foundation
import LedgerCommands
import LedgerCore
import LedgerTestSupport
import Testing

/// The plan's compact binary form (`Plan.snapshot()`, the checkpoint's body) keeps every field:
/// each plan, round-tripped, has the same synthesized `Codable` form as the original, so a field
/// added to `Plan` or its items and forgotten by the binary form fails here. And reading it is
/// total: damaged bytes give nil or a plan, never a crash.
@Suite("The plan's binary snapshot")
struct PlanSnapshotTests {
  static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
  static let actor = Actor(name: "Amara Okafor", role: "Principal Social Worker")
  static let now = Timestamp(rfc3339: "2026-03-01T09:00:00Z")!

  /// The plan's `Codable` form, with every object's members sorted by key and each set of
  /// redacted members sorted: the two orders a dictionary or set may iterate in differ
  /// between two equal values.
  static func codable(_ plan: Plan) throws -> JSONValue {
    func sorted(_ object: JSONObject, _ value: (JSONMember) -> JSONValue) -> JSONValue {
      .object(
        JSONObject(
          object.members.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }.map {
            JSONMember(key: $0.key, value: value($0))
          }))
    }
    func normal(_ value: JSONValue) -> JSONValue {
      switch value {
      case .object(let object):
        return sorted(object) { member in
          guard member.key == "redactedMembers", case .object(let sets) = member.value else {
            return normal(member.value)
          }
          // [seq: set of members]: each set's members sorted.
          return sorted(sets) { set in
            guard case .array(let members) = set.value else { return set.value }
            return .array(members.sorted { "\($0)" < "\($1)" })
          }
        }
      case .array(let elements):
        return .array(elements.map(normal))
      default:
        return value
      }
    }
    return normal(try JSONValueEncoder().encode(plan))
  }

  /// Round-trips `plan` through its snapshot and expects the same `Codable` form.
  static func expectRoundTrip(_ plan: Plan, _ name: String) throws {
    let bytes = plan.snapshot()
    let back = try #require(Plan(snapshot: bytes), "\(name): the snapshot does not read back")
    let original = try codable(plan)
    let copy = try codable(back)
    #expect(original == copy, "\(name): the round trip changed the plan")
  }

  static func examples() throws -> [String] {
    let folder = repository.appendingPathComponent("Events/examples")
    return try FileManager.default.contentsOfDirectory(atPath: folder.path)
      .filter { $0.hasSuffix(".jsonl") }.sorted().map { folder.appendingPathComponent($0).path }
  }

  @Test("every example ledger's plan, at every line, round-trips with nothing lost")
  func examples() throws {
    let paths = try Self.examples()
    #expect(paths.count >= 5)
    for path in paths {
      let events = try LedgerReader.read(path: path).events
      var plan = Plan()
      for recorded in events {
        plan.apply(recorded.event)
        try Self.expectRoundTrip(plan, "\(path) at seq \(recorded.seq)")
      }
      try Self.expectRoundTrip(Replay(events).plan(), path)
    }
  }

  /// Every kind of event the fold knows, so every field of the plan holds something.
  static func everything() -> [EventBody] {
    let day = { (text: String) in CivilDate(parsing: text)! }
    let n = { (text: String) in Numeral(parsing: text)! }
    return [
      .planCreated(
        title: "Plan", authority: "Council",
        previous: PreviousPlan(seq: 40, hash: String(repeating: "c", count: 64), title: "Old")),
      .sourceAdded(
        SourceDetails(
          id: "FV", sourceType: .focusedVisit, title: "Focused visit", date: day("2025-11-01"),
          endDate: day("2025-11-03"), published: day("2025-12-01"), grade: .inadequate,
          url: "https://example.org/fv")),
      .sourceAmended(SourceAmendment(id: "FV", title: "Focused visit (amended)", reason: "typo")),
      .priorityAdded(id: "P1", title: "Safe", outcome: "Children are safe"),
      .priorityAdded(id: "P2", title: "Stable", outcome: nil),
      .recommendationAdded(
        id: "R1", source: "FV", text: "Finding – “quoted”", theme: "Caf\u{E9}",
        framework: "outcome 1", priority: true, under: ["P1"]),
      .recommendationAdded(
        id: "R2", source: "FV", text: "Second", theme: "Cafe\u{301}", framework: nil,
        priority: false),
      .actionAdded(
        id: "A1", recommendations: ["R1", "R2"], title: "Audit", owner: "Head of Service",
        due: day("2026-06-30"), under: ["P1", "P2"]),
      .actionAdded(
        id: "A2", recommendations: ["R1"], title: "Recruit", owner: "DCS", due: day("2026-04-30")),
      .actionRated(id: "A1", rag: .amber, note: "Slipping"),
      .actionProgress(id: "A1", note: "Half done"),
      .actionEvidence(id: "A1", note: "Audit report", link: "https://example.org/audit"),
      .actionAmended(
        id: "A1", title: nil, owner: "Other owner", due: day("2026-09-30"), reason: "rebaseline"),
      .actionImpact(id: "A1", note: "Children seen sooner"),
      .actionDeferred(id: "A2", reason: "Budget", until: day("2026-12-31")),
      .actionCompleted(id: "A1", note: "Done"),
      .actionSignedOff(id: "A1", note: "Accepted"),
      .recommendationClosed(id: "R2", note: "Closed"),
      .measureAdded(
        MeasureDetails(
          id: "M1", under: "P1", title: "PEP timeliness", unit: "%", baseline: n("61"),
          baselineDate: day("2025-04-01"), target: n("90"), targetDate: day("2026-12-31"),
          direction: .higherIsBetter)),
      .measureRecorded(id: "M1", value: n("-64.50"), date: day("2025-12-31"), note: "Q3"),
      .measureAmended(MeasureAmendment(id: "M1", unit: "per cent", reason: "wording")),
      .boardMeeting(
        date: day("2026-01-15"), note: "Minutes 12", attendees: ["Sara Taylor (Chair)"],
        apologies: ["Ian Lee (DCS)"]),
      .boardMeeting(date: day("2026-02-15"), note: nil),
      .sourcePlanSent(id: "FV", date: day("2026-01-20"), note: "Sent"),
      .itemCarried(id: "A2", history: [3, 9, 27]),
      .payloadRedacted(
        RedactionDetails(
          seq: 11, dataSHA256: String(repeating: "a", count: 64), members: ["link", "note"],
          reason: "personal data", redactedSHA256: String(repeating: "b", count: 64))),
      .payloadRedacted(
        RedactionDetails(
          seq: 12, dataSHA256: String(repeating: "d", count: 64), members: ["note"],
          reason: "personal data", redactedSHA256: String(repeating: "e", count: 64))),
      .planCarriedForward(
        CarryForwardDetails(
          toTitle: "Next year", toLedger: "next.jsonl", toSeq: 12,
          toHash: String(repeating: "f", count: 64), items: ["A2"])),
    ]
  }

  @Test("a plan with every field filled round-trips with nothing lost")
  func everyField() throws {
    var plan = Plan()
    for (k, body) in Self.everything().enumerated() {
      plan.apply(
        Event(
          seq: k + 1, recorded: Timestamp(seconds: 1_770_000_000 + Int64(k), nanoseconds: 5),
          actor: Self.actor, body: body))
      try Self.expectRoundTrip(plan, "after \(body.type.rawValue)")
    }
    // The fold did fill what this test is for (else it would prove nothing about them).
    #expect(plan.cycle.carriedForward != nil && plan.cycle.previous != nil)
    #expect(plan.redactedMembers[11] == ["link", "note"])
    #expect(plan.actions["A1"]?.dueChanges.count == 1 && plan.actions["A1"]?.impacts.count == 1)
    #expect(plan.measures["M1"]?.values.count == 1 && plan.meetings.count == 2)
    #expect(plan.cycle.planSent["FV"] != nil && plan.cycle.carriedHistory["A2"] == [3, 9, 27])
    // Two spellings of "Café" that Swift's `==` calls equal keep their own bytes.
    let back = try #require(Plan(snapshot: plan.snapshot()))
    #expect(Array(back.recommendations["R1"]?.theme?.utf8 ?? "".utf8) == Array("Caf\u{E9}".utf8))
    #expect(
      Array(back.recommendations["R2"]?.theme?.utf8 ?? "".utf8) == Array("Cafe\u{301}".utf8))
  }

  @Test("randomised command logs round-trip at every step", arguments: Array(UInt64(1)...4))
  func randomised(seed: UInt64) throws {
    var rng = SeededRandom(seed: seed)
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
      "snapshot-\(UUID().uuidString)"
    ).path
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let path = dir + "/plan.jsonl"
    var recorder = Recorder(path: path, now: { Self.now })
    recorder.writesCheckpoint = false
    try CheckpointTests.ledger(at: path, notes: 2, recorder: recorder)
    try CheckpointTests.version3(recorder)
    for _ in 0..<150 {
      let count = try LedgerReader.read(path: path).events.count
      _ = try? recorder.record(RandomisedTests.randomBody(&rng, seqCount: count), actor: Self.actor)
    }
    let events = try LedgerReader.read(path: path).events
    for end in stride(from: 1, through: events.count, by: 7) {
      try Self.expectRoundTrip(Replay(Array(events.prefix(end))).plan(), "seed \(seed) at \(end)")
    }
    try Self.expectRoundTrip(Replay(events).plan(), "seed \(seed)")
  }

  @Test("damaged snapshots (bytes flipped, cut short, lengths that lie) never crash")
  func damaged() throws {
    var plan = Plan()
    for (k, body) in Self.everything().enumerated() {
      plan.apply(
        Event(
          seq: k + 1, recorded: Timestamp(seconds: 1_770_000_000), actor: Self.actor, body: body))
    }
    let good = plan.snapshot()
    #expect(Plan(snapshot: good) != nil)
    var rng = SeededRandom(seed: 10)
    var read = 0
    var refused = 0
    for cut in 0..<good.count {
      #expect(Plan(snapshot: Array(good.prefix(cut))) == nil, "cut to \(cut) bytes")
    }
    #expect(Plan(snapshot: good + [0]) == nil, "a trailing byte")
    for _ in 0..<3000 {
      var bytes = good
      for _ in 0..<Int.random(in: 1...4, using: &rng) {
        let at = Int.random(in: 0..<bytes.count, using: &rng)
        switch Int.random(in: 0..<3, using: &rng) {
        case 0: bytes[at] ^= UInt8(1 << Int.random(in: 0..<8, using: &rng))
        case 1: bytes[at] = UInt8.random(in: 0...255, using: &rng)
        default: bytes[at] = 0xFF  // a varint that runs on: a huge length or count
        }
      }
      if Plan(snapshot: bytes) != nil { read += 1 } else { refused += 1 }
    }
    #expect(refused > 0)
    // Huge counts and lengths up front: refused without allocating them.
    for prefix: [UInt8] in [
      [0xFE, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x01],
      [0x00, 0x00, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x7F],
      [0x00, 0x00, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x01],
      [0x00, 0x00, 0xFF, 0xFF, 0xFF, 0xFF, 0x0F],
    ] {
      #expect(Plan(snapshot: prefix + good.dropFirst(2)) == nil)
    }
    _ = read
  }
}

import LedgerCore
import LedgerTestSupport
import Testing

/// Format version 3 (issue 8) in the core: numerals, the version rule, the new types' data
/// rows, the fold, and each rule the new events meet. Expected answers are hand-worked from
/// `Events/FORMAT.md`, not computed by the code under test.
@Suite("Format version 3: priorities, measures, impact, corrections")
struct Version3Tests {
  static func d(_ s: String) -> CivilDate { CivilDate(parsing: s)! }
  static func n(_ s: String) -> Numeral { Numeral(parsing: s)! }

  @Test(
    "numerals: the syntax of FORMAT.md E6",
    arguments: [
      ("15", true), ("64.5", true), ("61.25", true), ("-3", true), ("0", true), ("0.50", true),
      ("-0.5", true), ("+1", false), ("01", false), ("1.", false), (".5", false), ("1e3", false),
      ("-", false), ("", false), ("1,5", false), ("١٢", false), (" 1", false), ("1.2.3", false),
    ])
  func numeralSyntax(text: String, valid: Bool) {
    #expect((Numeral(parsing: text) != nil) == valid)
  }

  @Test(
    "numerals compare by their digits, never a float",
    arguments: [
      ("1.5", "1.50", 0), ("2", "10", -1), ("-3", "-2.5", -1), ("0", "-0", 0),
      ("64.5", "61.25", 1), ("0.1", "0.10000000000000001", -1), ("100", "99.999", 1),
      ("-10", "-9", -1),
    ])
  func numeralOrder(a: String, b: String, expected: Int) {
    #expect(Numeral.compare(Self.n(a), Self.n(b)) == expected)
    #expect(Self.n(a).text == a, "kept exactly as entered")
  }

  @Test("a line is written with the lowest version whose table admits it (V1)")
  func versions() {
    let due = Self.d("2026-06-30")
    let cases: [(EventBody, Int)] = [
      (.actionAdded(id: "A1", recommendations: ["R1"], title: "t", owner: "o", due: due), 1),
      (
        .actionAdded(
          id: "A1", recommendations: ["R1"], title: "t", owner: "o", due: due, under: ["P1"]), 3
      ),
      (
        .actionAdded(
          id: "A1", recommendations: [], title: "t", owner: "o", due: due, under: ["P1"]), 3
      ),
      (.recommendationAmended(id: "R1", text: "x", reason: "r"), 1),
      (.recommendationAmended(id: "R1", text: nil, reason: "r", priority: true), 3),
      (.recommendationAmended(id: "R1", text: "x", reason: "r", theme: "t"), 3),
      (.actionAmended(id: "A1", title: "t", owner: nil, due: nil, reason: "r"), 1),
      (
        .actionAmended(
          id: "A1", title: "t", owner: nil, due: nil, reason: "r", recommendations: []), 3
      ),
      (.priorityAdded(id: "P1", title: "Safe", outcome: nil), 3),
      (.actionImpact(id: "A1", note: "n"), 3),
      (.planAmended(title: "t", authority: nil, reason: "r"), 3),
    ]
    for (body, version) in cases { #expect(body.version == version, "\(body.type.rawValue)") }
  }

  /// A plan with priority P1, measure M1 under it, R1 and an action under P1 only.
  static func plan() -> LogBuilder {
    var b = LogBuilder.small()
    b.add(.priorityAdded(id: "P1", title: "Safe", outcome: "Children are safe"))
    b.add(
      .measureAdded(
        MeasureDetails(
          id: "M1", under: "P1", title: "Care leavers in EET", unit: "%", baseline: n("57"),
          baselineDate: d("2025-03-31"), target: n("70"), targetDate: d("2026-12-31"),
          direction: .higherIsBetter)))
    b.add(
      .actionAdded(
        id: "B1", recommendations: [], title: "Business action", owner: "DCS",
        due: d("2026-06-30"), under: ["P1"]))
    return b
  }

  @Test("every new event survives a write and a strict read, byte for byte")
  func roundTrip() throws {
    var b = Self.plan()
    b.add(
      .measureRecorded(id: "M1", value: Self.n("64.50"), date: Self.d("2026-01-01"), note: "Q3"))
    b.add(.measureAmended(MeasureAmendment(id: "M1", target: Self.n("74"), reason: "Raised")))
    b.add(.priorityAmended(id: "P1", title: nil, outcome: "Safer", reason: "Board"))
    b.add(.actionImpact(id: "B1", note: "Fewer moves"))
    b.add(.sourceAmended(SourceAmendment(id: "FV", grade: .good, reason: "Letter")))
    b.add(.planAmended(title: nil, authority: "Borough", reason: "Name"))
    let verification = Verifier.verify(bytes: b.bytes)
    #expect(verification.ok, "\(String(describing: verification.failure))")
    let line = LineCodec.encode(b.events[b.events.count - 6])
    #expect(String(decoding: line, as: UTF8.self).contains(#""value":"64.50""#))
    let plan = Replay(b.events).plan()
    #expect(plan.measures["M1"]?.latest?.value.text == "64.50")
    #expect(plan.measures["M1"]?.details.target.text == "74")
    #expect(plan.priorities["P1"]?.outcome == "Safer")
    #expect(plan.actions["B1"]?.impacts.map(\.note) == ["Fewer moves"])
    #expect(plan.authority == "Borough")
    #expect(plan.actions(under: "P1").map(\.id) == ["B1"])
  }

  /// The rule that refuses `body` after `plan()`, or nil.
  static func rule(_ body: EventBody, after extra: [EventBody] = []) -> Int? {
    var b = plan()
    for e in extra { b.add(e) }
    let event = Event(
      seq: b.events.count + 1, recorded: Timestamp(rfc3339: "2026-02-01T09:00:00Z")!,
      effective: nil, actor: b.actor, body: body)
    return Rules.check(event, against: Replay(b.events).plan())?.rule
  }

  @Test("each rule the new events meet, by number (FORMAT.md, Rules)")
  func rules() {
    let due = Self.d("2026-06-30")
    let m = MeasureDetails(
      id: "M2", under: "P1", title: "t", unit: "u", baseline: Self.n("1"),
      baselineDate: Self.d("2025-01-01"), target: Self.n("2"), targetDate: Self.d("2026-01-01"),
      direction: .higherIsBetter)
    var early = m
    early.targetDate = Self.d("2024-01-01")
    var underAction = m
    underAction.under = "B1"
    let r1 = "R1"
    #expect(Self.rule(.priorityAdded(id: "M1", title: "x", outcome: nil)) == 2)
    #expect(Self.rule(.measureAdded(m)) == nil)
    #expect(Self.rule(.measureAdded(underAction)) == 2)
    #expect(Self.rule(.measureAdded(early)) == 3)
    #expect(
      Self.rule(
        .measureRecorded(id: "M1", value: Self.n("1"), date: Self.d("2026-02-02"), note: "n"))
        == 8)
    #expect(
      Self.rule(
        .measureRecorded(id: "P1", value: Self.n("1"), date: Self.d("2026-01-02"), note: "n"))
        == 2)
    #expect(
      Self.rule(.measureAmended(MeasureAmendment(id: "M1", baseline: Self.n("57"), reason: "r")))
        == 7)
    #expect(Self.rule(.priorityAmended(id: "P1", title: "Safe", outcome: nil, reason: "r")) == 7)
    #expect(Self.rule(.planAmended(title: "Plan", authority: nil, reason: "r")) == 7)
    #expect(
      Self.rule(
        .actionAdded(id: "B2", recommendations: [], title: "t", owner: "o", due: due, under: ["P9"])
      )
        == 2)
    #expect(
      Self.rule(.actionAdded(id: "B2", recommendations: [], title: "t", owner: "o", due: due))
        == 13)
    #expect(
      Self.rule(
        .actionAmended(
          id: "B1", title: nil, owner: nil, due: nil, reason: "r", under: [])) == 13)
    #expect(
      Self.rule(
        .actionAmended(
          id: "B1", title: nil, owner: nil, due: nil, reason: "r", recommendations: [r1],
          under: []))
        == nil)
    #expect(
      Self.rule(.recommendationAmended(id: r1, text: nil, reason: "r", under: [])) == 7)
    #expect(
      Self.rule(.recommendationAmended(id: r1, text: nil, reason: "r", under: ["P1"])) == nil)
    // Evidence and impact after sign-off; not after withdrawal (rule 6).
    let signedOff: [EventBody] = [
      .actionCompleted(id: "B1", note: "done"), .actionSignedOff(id: "B1", note: "ok"),
    ]
    #expect(Self.rule(.actionImpact(id: "B1", note: "n"), after: signedOff) == nil)
    #expect(Self.rule(.actionEvidence(id: "B1", note: "n", link: nil), after: signedOff) == nil)
    #expect(Self.rule(.actionProgress(id: "B1", note: "n"), after: signedOff) == 6)
    #expect(
      Self.rule(
        .actionImpact(id: "B1", note: "n"), after: [.actionWithdrawn(id: "B1", reason: "r")])
        == 6)
    #expect(
      Self.rule(
        .sourceAmended(
          SourceAmendment(id: "FV", url: "ftp://x", reason: "r"))) == 11)
    #expect(Rules.all.map(\.number) == Array(1...16), "rules 14-16 are the annual cycle's")
  }

  @Test("a measure is met, on track or off track by comparison alone")
  func track() {
    func measure(_ direction: Direction, _ values: [String]) -> Measure {
      var m = Measure(
        details: MeasureDetails(
          id: "M", under: "P", title: "t", unit: "%", baseline: Self.n("57"),
          baselineDate: Self.d("2025-01-01"), target: Self.n("70"),
          targetDate: Self.d("2026-01-01"), direction: direction), addedSeq: 1, lastChangedSeq: 1)
      for (i, v) in values.enumerated() {
        m.values.append(
          MeasureValue(value: Self.n(v), date: Self.d("2025-0\(i + 2)-01"), note: "n", seq: i + 2))
      }
      return m
    }
    let today = Self.d("2025-06-01")
    #expect(measure(.higherIsBetter, []).track(on: today) == nil)
    #expect(measure(.higherIsBetter, ["60"]).track(on: today) == .onTrack)
    #expect(measure(.higherIsBetter, ["70.0"]).track(on: today) == .met)
    #expect(measure(.higherIsBetter, ["57"]).track(on: today) == .offTrack)
    #expect(measure(.higherIsBetter, ["60"]).track(on: Self.d("2026-01-02")) == .offTrack)
    #expect(measure(.lowerIsBetter, ["50"]).track(on: today) == .met)  // 50 is at or below 70
    #expect(measure(.higherIsBetter, ["60", "58"]).latest?.value.text == "58")
  }

  @Test("a deferred action is overdue only after its until date")
  func deferral() {
    var b = Self.plan()
    b.add(.actionDeferred(id: "B1", reason: "Approved", until: Self.d("2026-09-30")))
    let action = Replay(b.events).plan().actions["B1"]!
    #expect(!action.isOverdue(on: Self.d("2026-08-01")))
    #expect(!action.isOverdue(on: Self.d("2026-09-30")))
    #expect(action.isOverdue(on: Self.d("2026-10-01")))
  }
}

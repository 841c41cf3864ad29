import LedgerCore
import PlanState
import Testing

/// `ledger show`'s one reader value: the item, where carried history is, and the history.
@Suite("The report on one item")
struct ItemReportTests {
  static let previous = PreviousPlan(
    seq: 7, hash: String(repeating: "ab", count: 32), title: "Old plan")

  static let plan: Plan = {
    let bodies: [EventBody] = [
      .planCreated(title: "Plan", authority: "Council", previous: previous),
      .sourceAdded(
        SourceDetails(
          id: "FV", sourceType: .focusedVisit, title: "FV",
          date: CivilDate(year: 2025, month: 11, day: 1)!)),
      .recommendationAdded(
        id: "R1", source: "FV", text: "One", theme: nil, framework: nil, priority: false),
      .itemCarried(id: "R1", history: [3, 5]),
    ]
    var events: [RecordedEvent] = []
    for (i, body) in bodies.enumerated() {
      let event = Event(
        seq: i + 1, recorded: Timestamp(seconds: 1_767_258_000 + Int64(i) * 60),
        actor: Actor(name: "Amara Okafor", role: "Principal Social Worker"), body: body)
      events.append(Chain.seal(event, prev: events.last?.hash ?? Chain.genesis))
    }
    return Replay(events).plan()
  }()

  static let today = CivilDate(year: 2026, month: 1, day: 2)!

  @Test("the JSON is the item's JSON with the history added last")
  func json() throws {
    let report = try #require(
      ItemReport(
        "FV", in: Self.plan, on: Self.today, historyJSON: .array([.string("entry")]),
        historyText: "  entry"))
    guard case .object(let object) = report.json else {
      Issue.record("not an object: \(report.json)")
      return
    }
    #expect(object.members.map(\.key) == ["kind", "item", "recommendations", "history"])
    #expect(object.members.last?.value == .array([.string("entry")]))
    #expect(object.members[2].value == .array([.string("R1")]))
  }

  @Test("the text says where carried history is, then gives the history")
  func text() throws {
    let report = try #require(
      ItemReport("R1", in: Self.plan, on: Self.today, historyJSON: .array([]), historyText: "  e"))
    #expect(report.carried?.seqs == [3, 5])
    #expect(
      report.text.contains(
        "Carried forward from “Old plan”: its earlier history is in that ledger at seqs 3, 5 (head 7:abababababababab…;"
      ))
    #expect(report.text.hasPrefix("Recommendation R1 (open)"))
    #expect(report.text.hasSuffix("\n\nHistory:\n  e"))
  }

  @Test("an item the plan does not have gives no report")
  func unknown() {
    #expect(
      ItemReport("A9", in: Self.plan, on: Self.today, historyJSON: .null, historyText: "")
        == nil)
  }
}

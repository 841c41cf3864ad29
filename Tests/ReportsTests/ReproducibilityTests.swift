import LedgerCore
import LedgerTestSupport
import Testing

@testable import Reports

/// A report as of T depends on the events recorded up to T and on T, nothing else.
@Suite("Reports as of a point are byte-identical whatever is appended later")
struct ReproducibilityTests {
  /// The example plus later events: a rating, a due date moved, a board meeting, a retraction
  /// of an event recorded before T and a back-recorded note dated before T.
  static let extended: Replay = {
    var events = Fixtures.example.events
    func add(_ time: String, _ body: EventBody, effective: String? = nil) {
      let event = Event(
        seq: events.count + 1, recorded: Timestamp(rfc3339: time)!,
        effective: effective.map(Fixtures.date), actor: LogBuilder.psw, body: body)
      events.append(Chain.seal(event, prev: events.last!.hash))
    }
    add("2022-03-01T09:00:00Z", .actionRated(id: "A4.2", rag: .red, note: "Build slipped"))
    add(
      "2022-03-02T09:00:00Z",
      .actionAmended(
        id: "A4.2", title: nil, owner: nil, due: Fixtures.date("2022-05-31"), reason: "Slipped"))
    add("2022-03-08T18:00:00Z", .boardMeeting(date: Fixtures.date("2022-03-08"), note: "March"))
    add("2022-03-09T09:00:00Z", .eventRetracted(seq: 54, reason: "Rated the wrong action"))
    add(
      "2022-03-10T09:00:00Z", .actionProgress(id: "A5.1", note: "Back-dated note"),
      effective: "2022-02-20")
    return Replay(events)
  }()

  @Test("Markdown, HTML and CSV as of 2022-02-28, before and after five more events")
  func sameBytes() throws {
    let t = Fixtures.time("2022-02-28")
    let before = try BoardReport.model(Fixtures.example, asOf: t)
    let after = try BoardReport.model(Self.extended, asOf: t)
    #expect(Self.extended.events.count == Fixtures.example.events.count + 5)
    #expect(before == after)
    #expect(try Array(before.markdown.utf8) == Array(after.markdown.utf8))
    #expect(try Array(before.html.utf8) == Array(after.html.utf8))
    #expect(Array(before.csv.utf8) == Array(after.csv.utf8))
    // And the later events do show in a later report.
    let later = try BoardReport.model(Self.extended, asOf: Fixtures.time("2022-03-31"))
    #expect(try later.markdown != after.markdown)
    #expect(later.appendix?.retracted.contains(54) == true)
    #expect(before.appendix?.retracted.contains(54) == false)
    // The charts' one-pass fold agrees with the plan as of the end, through the retraction.
    #expect(later.trend.points.last?.rag == later.rag)
    #expect(
      later.trend.points.last?.open
        == later.actions.filter { $0.action.status == .open || $0.action.status == .deferred }.count
    )
  }

  @Test("the same report twice is the same bytes (no clock, no randomness, no hash order)")
  func deterministic() throws {
    let t = Fixtures.time("2022-01-15T12:30:00Z")
    let a = try BoardReport.model(Fixtures.example, asOf: t)
    let b = try BoardReport.model(Fixtures.example, asOf: t)
    #expect(try a.html == b.html && a.markdown == b.markdown && a.csv == b.csv)
    #expect(try a.markdown.contains("15 January 2022, 12:30:00 UTC"))
  }
}

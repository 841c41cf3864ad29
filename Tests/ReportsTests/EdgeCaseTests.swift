import LedgerCore
import LedgerTestSupport
import Testing

@testable import Reports

@Suite("Edge cases render in every form")
struct EdgeCaseTests {
  @Test("a plan with nothing but its creation")
  func emptyPlan() throws {
    let model = try BoardReport.model(
      Fixtures.example, asOf: Fixtures.time("2021-09-06T09:00:00Z"))
    #expect(model.head.seq == 1)
    #expect(model.summary == "There are no actions in the plan yet.")
    #expect(model.keyFacts.contains("No recommendations are recorded yet."))
    #expect(model.trend.points.count == 1)
    #expect(try model.markdown.contains("No sources recorded."))
    #expect(try model.html.contains("<p>No sources recorded.</p>"))
    #expect(model.csv == "\u{FEFF}" + BoardReportModel.csvColumns.joined(separator: ",") + "\r\n")
  }

  @Test("an action added then retracted shows in the appendix as no longer in the plan")
  func retractedAddition() throws {
    var log = LogBuilder.plan()
    log.seed(actions: ["A1", "A2"])
    log.add("2026-01-06T09:00:00Z", .eventRetracted(seq: 5, reason: "Added in error"))
    let model = try BoardReport.model(log.replay, asOf: Fixtures.time("2026-01-31"))
    #expect(model.actions.map(\.action.id) == ["A1"])
    let trail = try #require(model.appendix?.trails.first { $0.id == "A2" })
    #expect(trail.kind == nil)
    #expect(trail.seqs == [5, 6])
    #expect(try model.appendix?.entry(5).retracted?.reason == "Added in error")
    let row = try #require(try model.changes.last)
    #expect(row.what == "retracted event 5 (action.added A2)")
  }
}

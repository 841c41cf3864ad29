import AuditTrail
import Foundation
import LedgerCore
import LedgerTestSupport
import PlanState
import Testing

@testable import Reports

/// The report written in pieces is the report built all at once: the appendix and the changes
/// make each entry when it is written instead of keeping the audit trail's entries, the one
/// walk replaces a fold per section, and the CSV form builds only its actions. Each is checked
/// against an independent statement: the audit trail (`History.entries` over the log cut at
/// the as-of point, what the report used to hold), a fresh fold at each chart point, and the
/// full model.
@Suite("Reports streamed in pieces match the reports built all at once")
struct StreamingTests {
  /// Every shipped example ledger, read and verified.
  static let examples: [(name: String, replay: Replay)] = {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("Events/examples")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.filter { $0.hasSuffix(".jsonl") }.sorted().map { name in
      let data = try! Data(contentsOf: folder.appendingPathComponent(name))
      return (name, Replay(try! LedgerReader.read(bytes: Array(data), verify: true).events))
    }
  }()

  /// A large log drawn at random (seeded): 40 actions under five recommendations and two
  /// priorities, then 3,000 ratings, notes, evidence, due dates moved, owners changed,
  /// impact, deferrals, board meetings, back-recorded notes and retractions over ten months.
  static let large: Replay = {
    var random = SeededRandom(seed: 20_261_126)
    var log = LogBuilder.plan(at: "2025-01-06T09:00:00Z")
    log.add(
      .sourceAdded(
        SourceDetails(
          id: "FV", sourceType: .focusedVisit, title: "Focused visit",
          date: Fixtures.date("2024-11-04"))))
    log.add(.priorityAdded(id: "P1", title: "Front door", outcome: "Children are safe sooner"))
    log.add(.priorityAdded(id: "P2", title: "Workforce", outcome: nil))
    for r in 1...5 {
      log.add(
        .recommendationAdded(
          id: "R\(r)", source: "FV", text: "Recommendation \(r) | <b>bold</b> & *star*",
          theme: nil, framework: nil, priority: r == 1, under: r <= 2 ? ["P\(r)"] : []))
    }
    let actions = (1...40).map { "A\($0)" }
    for (i, id) in actions.enumerated() {
      log.add(
        .actionAdded(
          id: id, recommendations: ["R\(i % 5 + 1)"], title: "Action \(id)",
          owner: "Owner \(i % 7)",
          due: Fixtures.date("2025-0\(i % 9 + 1)-28")))
    }
    var retractable: [Int] = []
    var retracted: Set<Int> = []
    for k in 0..<3000 {
      let id = actions[Int(random.next() % 40)]
      let seq = log.events.count + 1
      switch random.next() % 100 {
      case 0..<30:
        let rag: RAG = [.red, .amber, .green][Int(random.next() % 3)]
        log.add(.actionRated(id: id, rag: rag, note: "Rated \(rag) at step \(k)"))
        retractable.append(seq)
      case 30..<55:
        log.add(.actionProgress(id: id, note: "Step \(k):\nline two"))
        retractable.append(seq)
      case 55..<65:
        log.add(.actionEvidence(id: id, note: "Evidence \(k)", link: k % 2 == 0 ? "doc-\(k)" : nil))
      case 65..<72:
        log.add(
          .actionAmended(
            id: id, title: k % 3 == 0 ? "Action \(id), renamed at \(k)" : nil,
            owner: k % 3 == 1 ? "Owner \(k % 11)" : nil,
            due: k % 3 == 2 ? Fixtures.date("2025-1\(k % 3)-15") : nil, reason: "Replanned"))
      case 72..<77:
        log.add(.actionImpact(id: id, note: "Impact seen at \(k)"))
      case 77..<80:
        log.add(.actionDeferred(id: id, reason: "Waiting", until: nil))
      case 80..<84:
        log.add(.actionProgress(id: id, note: "Back-recorded \(k)"), effective: log.clock.date)
      case 84..<86:
        let candidates = retractable.filter { !retracted.contains($0) }
        guard let target = candidates.randomElement(using: &random) else { continue }
        retracted.insert(target)
        log.add(.eventRetracted(seq: target, reason: "Recorded in error (\(k))"))
      case 86..<87:
        log.add(
          .priorityAmended(id: "P2", title: nil, outcome: "Stable teams \(k)", reason: "Board"))
      case 87..<89:
        log.add(.boardMeeting(date: log.clock.date, note: "Meeting \(k)"))
      default:
        log.add(.actionProgress(id: id, note: "Note \(k)"), minutes: 60 * 24)
      }
    }
    return log.replay
  }()

  /// The as-of points checked in `replay`: a third of the way, two thirds, and the end.
  static func points(_ replay: Replay) -> [Timestamp] {
    let n = replay.events.count
    return [n / 3, 2 * n / 3, n].filter { $0 > 0 }.map { replay.events[$0 - 1].event.recorded }
  }

  static let cases: [(String, Replay)] = {
    precondition(examples.count >= 7, "the shipped examples were not found")
    return examples + [("random", large)]
  }()

  @Test("each entry made on demand is the audit trail's entry of the log as of the report")
  func entriesMatchTheAuditTrail() throws {
    for (name, replay) in Self.cases {
      for asOf in Self.points(replay) {
        let model = try BoardReport.model(replay, asOf: asOf)
        let appendix = try #require(model.appendix)
        let cut = Replay(Array(replay.events.prefix(model.head.seq)))
        let trail = History.entries(cut)
        #expect(trail.count == model.head.seq)
        let seqs = appendix.trails.flatMap(\.seqs)
        #expect(seqs.sorted() == Array(1...model.head.seq), "\(name): each event once")
        for seq in seqs where try appendix.entry(seq) != trail[seq - 1] {
          Issue.record("\(name) as of \(asOf.rfc3339): entry \(seq) differs")
          break
        }
        #expect(appendix.retracted == trail.filter { $0.retracted != nil }.map(\.seq))
        #expect(appendix.backRecorded == trail.filter(\.isBackRecorded).map(\.seq))
        #expect(appendix.redacted == trail.filter { !$0.redactions.isEmpty }.map(\.seq))
        for row in try model.changes {
          #expect(row.what == trail[row.seq - 1].what, "\(name): change \(row.seq)")
        }
        #expect(try model.changes.map(\.seq) == Array(model.window.from + 1...model.window.to))
      }
    }
  }

  @Test("written in pieces of any size, the page is the same bytes")
  func piecesOfAnySize() throws {
    for (name, replay) in Self.cases {
      let model = try BoardReport.model(replay, asOf: replay.events.last!.event.recorded)
      let html = try model.html
      let markdown = try model.markdown
      #expect(html.hasSuffix("</html>\n"), "\(name)")
      for size in [1, 7, 4096] {
        var chunks = 0
        var bytes: [UInt8] = []
        var stream = ReportStream(chunkSize: size) {
          chunks += 1
          bytes += $0
        }
        try model.writeHTML(to: &stream)
        stream.finish()
        #expect(bytes == Array(html.utf8), "\(name), HTML in pieces of \(size)")
        #expect(chunks >= html.utf8.count / (size + 4096), "\(name): handed on as it went")
        var markdownBytes: [UInt8] = []
        var small = ReportStream(chunkSize: size) { markdownBytes += $0 }
        try model.writeMarkdown(to: &small)
        small.finish()
        #expect(markdownBytes == Array(markdown.utf8), "\(name), Markdown in pieces of \(size)")
      }
    }
  }

  @Test("the CSV form's action sheet is the full model's")
  func actionSheetIsTheModels() throws {
    for (name, replay) in Self.cases {
      for asOf in Self.points(replay) {
        let model = try BoardReport.model(replay, asOf: asOf)
        let sheet = try BoardReport.actionSheet(replay, asOf: asOf)
        #expect(sheet == model.actionSheet, "\(name) as of \(asOf.rfc3339)")
        #expect(sheet.csv == model.csv)
      }
    }
    #expect(throws: LedgerError.self) {
      try BoardReport.actionSheet(Self.large, asOf: Fixtures.time("2020-01-01"))
    }
  }

  @Test("each chart point taken on the walk is the plan folded afresh at that point")
  func trendPointsAreFreshFolds() throws {
    for (name, replay) in Self.cases {
      let asOf = replay.events.last!.event.recorded
      let model = try BoardReport.model(replay, asOf: asOf)
      #expect(!model.trend.points.isEmpty)
      for p in model.trend.points {
        let end = p.date == asOf.date ? asOf : Timestamp.endOfDay(p.date)
        let plan = replay.plan(asOf: end)
        let live = plan.actionOrder.compactMap { plan.actions[$0] }.filter {
          $0.status != .withdrawn
        }
        var rag = RAGCounts()
        for a in live { rag.count(a.rag) }
        #expect(p.rag == rag, "\(name) at \(p.date)")
        #expect(p.open == live.filter { $0.status == .open || $0.status == .deferred }.count)
      }
    }
  }
}

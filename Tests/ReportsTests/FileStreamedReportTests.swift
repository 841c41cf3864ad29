import AuditTrail
import Foundation
import LedgerCore
import LedgerTestSupport
import Testing

@testable import Reports

/// The report built from the file without holding the log (a verified fold, one walk as the
/// file streams, each row's line read again by offset when it is written) is the report built
/// from the log in memory, byte for byte, for every shipped example and a large random log,
/// at several as-of points and windows; and each row's fields are the diff's own steps.
@Suite("Reports read from the file match the reports built from the log in memory")
struct FileStreamedReportTests {
  /// `replay` written to a scratch ledger file.
  static func file(_ replay: Replay) throws -> ScratchLedger {
    let scratch = try ScratchLedger("report-passes")
    try Data(replay.events.flatMap { LineCodec.encode($0) }).write(to: scratch.url)
    return scratch
  }

  /// The windows checked as of `asOf`: since the last meeting, and since the middle of the log.
  static func windows(_ replay: Replay, asOf: Timestamp) -> [SincePoint] {
    let middle = replay.events[replay.count(recordedUpTo: asOf) / 2].event.recorded
    return [.lastMeeting, .instant(middle)]
  }

  /// The as-of points checked: `StreamingTests.points`, and the last board meeting (the
  /// paper prepared at a meeting shows the changes since the one before).
  static func points(_ replay: Replay) -> [Timestamp] {
    let meeting = replay.events.last {
      if case .boardMeeting = $0.event.body { return true }
      return false
    }
    return StreamingTests.points(replay) + (meeting.map { [$0.event.recorded] } ?? [])
  }

  @Test("the same model and the same pages, from the file and from memory")
  func sameReportFromTheFile() throws {
    var compared = 0
    for (name, replay) in StreamingTests.cases {
      let scratch = try Self.file(replay)
      let redacted = replay.events.contains {
        if case .payloadRedacted = $0.event.body { return true }
        return false
      }
      for asOf in Self.points(replay) {
        for since in Self.windows(replay, asOf: asOf) {
          let memory = try BoardReport.model(replay, asOf: asOf, since: since)
          try LedgerPasses.open(path: scratch.path) { passes in
            let revisions = try passes.revisions()
            guard
              let walked = try BoardReport.walk(
                passes, revisions: revisions, asOf: asOf, since: since)
            else {
              #expect(redacted, "\(name): only a redacted ledger is read whole")
              return
            }
            let streamed = try #require(try BoardReport.model(walked))
            let folded = try #require(try passes.verifiedFold(asOf: asOf, revisions: revisions))
            let label = "\(name) as of \(asOf.rfc3339) since \(since)"
            #expect(streamed == memory, "\(label): the model")
            #expect(try streamed.markdown == memory.markdown, "\(label): Markdown")
            #expect(try streamed.html == memory.html, "\(label): HTML")
            #expect(try streamed.changes == memory.changes, "\(label): the changes")
            let sheet = try BoardReport.actionSheet(folded, asOf: asOf)
            #expect(sheet == memory.actionSheet, "\(label): the CSV form")
            compared += 1
          }
        }
      }
    }
    // Every case (none is redacted): the random log (meetings, retractions, back-recorded
    // notes) and every example, at each point, in two windows.
    #expect(compared == StreamingTests.cases.reduce(0) { $0 + Self.points($1.1).count * 2 })
    #expect(Self.points(StreamingTests.large).count == 4)
  }

  @Test("each row's fields are the diff's steps over the window")
  func fieldsAreTheDiffsSteps() throws {
    for (name, replay) in StreamingTests.cases {
      for asOf in StreamingTests.points(replay) {
        for since in Self.windows(replay, asOf: asOf) {
          let model = try BoardReport.model(replay, asOf: asOf, since: since)
          let diff = Diff.between(replay, from: model.window.from, to: model.window.to)
          var expected: [Int: [FieldLine]] = [:]
          for step in diff.steps {
            let lines = ChangeRows.fields(step)
            if !lines.isEmpty { expected[step.event.seq] = lines }
          }
          #expect(model.changeFields == expected, "\(name) as of \(asOf.rfc3339) since \(since)")
          #expect(!expected.isEmpty || model.changeCount == 0 || name != "random")
        }
      }
    }
  }

  @Test("a row whose line cannot be read again is an error, thrown by the renderer")
  func rowThatCannotBeReadAgainThrows() throws {
    let replay = StreamingTests.large
    let scratch = try Self.file(replay)
    let asOf = try #require(replay.events.last).event.recorded
    try LedgerPasses.open(path: scratch.path) { passes in
      let walked = try #require(
        try BoardReport.walk(passes, revisions: try passes.revisions(), asOf: asOf))
      let model = try #require(try BoardReport.model(walked))
      // The disk fails the report after the verifying read: here, the file is cut short
      // (the shared lock keeps writers out, not a truncation).
      #expect(truncate(scratch.path, off_t(passes.size / 2)) == 0)
      for html in [true, false] {
        var written = 0
        var stream = ReportStream(chunkSize: 1024) { written += $0.count }
        do throws(LedgerError) {
          if html { try model.writeHTML(to: &stream) } else { try model.writeMarkdown(to: &stream) }
          Issue.record("the report was written whole from a file cut short")
        } catch {
          #expect(error.message.contains("again: the file ends before it"))
          #expect(error.file == scratch.path)
        }
        // What came before the first row that failed was written; the report stopped there.
        #expect(written > 0)
      }
      #expect(throws: LedgerError.self) { try model.html }
    }
  }

  @Test("a redacted ledger is left to the read that keeps every event")
  func redactedLedgerIsReadWhole() throws {
    var log = LogBuilder.plan(at: "2025-01-06T09:00:00Z")
    log.add(.boardMeeting(date: Fixtures.date("2025-01-06"), note: "Call Jo on 07700 900123"))
    // Only that the line is a redaction matters here (`RedactionTests` check redaction itself).
    log.add(
      .payloadRedacted(
        RedactionDetails(
          seq: 2, dataSHA256: log.events[1].dataSHA256, members: ["note"],
          reason: "personal data", redactedSHA256: String(repeating: "0", count: 64))))
    let scratch = try Self.file(log.replay)
    let folded = try LedgerPasses.open(path: scratch.path) { passes in
      try passes.verifiedFold(asOf: nil, revisions: try passes.revisions())
    }
    #expect(folded == nil)
  }
}

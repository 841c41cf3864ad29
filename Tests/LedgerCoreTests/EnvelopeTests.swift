import Foundation
import LedgerCore
import LedgerTestSupport
import Testing

@Suite("Envelope, chain and strict line reading")
struct EnvelopeTests {
  @Test("every event type round-trips through a line")
  func roundTrip() throws {
    var b = LogBuilder.small()
    let d = LogBuilder.date
    let bodies: [EventBody] = [
      .recommendationAmended(id: "R1", text: "New text", reason: "Typo"),
      .actionAmended(
        id: "A1", title: nil, owner: "Head of Service", due: d("2026-03-31"), reason: "Restructure"),
      .actionRated(id: "A1", rag: .amber, note: "Behind"),
      .actionProgress(id: "A1", note: "Progress £1m"),
      .actionEvidence(id: "A1", note: "Audit", link: "https://example.org/x?a=1&b=2"),
      .actionCompleted(id: "A1", note: "Done"),
      .actionSignedOff(id: "A1", note: "Accepted"),
      .actionReopened(id: "A1", reason: "Reopened by board"),
      .actionDeferred(id: "A1", reason: "Covid", until: d("2026-06-30")),
      .actionWithdrawn(id: "A2", reason: "Replaced"),
      .recommendationClosed(id: "R2", note: "Satisfied"),
      .recommendationReopened(id: "R2", reason: "Focused visit"),
      .boardMeeting(date: d("2026-01-05"), note: nil),
      .eventRetracted(seq: 9, reason: "Wrong"),
      // Format version 3.
      .priorityAdded(id: "P1", title: "Safe", outcome: "Children are safe"),
      .priorityAmended(id: "P1", title: nil, outcome: "Safe and feel safe", reason: "Board"),
      .measureAdded(
        MeasureDetails(
          id: "M1", under: "P1", title: "Caseloads", unit: "children",
          baseline: Numeral(parsing: "21.5")!, baselineDate: d("2025-03-31"),
          target: Numeral(parsing: "15")!, targetDate: d("2026-03-31"),
          direction: .lowerIsBetter)),
      .measureRecorded(
        id: "M1", value: Numeral(parsing: "18.25")!, date: d("2026-01-04"), note: "Report"),
      .measureAmended(MeasureAmendment(id: "M1", title: "Caseload per worker", reason: "Clearer")),
      .actionImpact(id: "A1", note: "Fewer moves"),
      .sourceAmended(SourceAmendment(id: "FV", grade: .good, reason: "Letter")),
      .planAmended(title: "Plan 2026", authority: nil, reason: "New year"),
    ]
    for body in bodies { b.add(body, effective: d("2026-01-04")) }
    try b.redact(9, ["note"])
    let contents = try LedgerReader.read(bytes: b.bytes, verify: true)
    #expect(contents.events == b.events)
    #expect(contents.tornTail == nil)
    #expect(Set(contents.events.map(\.event.type)) == Set(EventType.allCases))
  }

  @Test("lines are written in the documented member order with canonical data")
  func lineShape() throws {
    let b = LogBuilder.small()
    let line = String(decoding: LineCodec.encode(b.events[2]), as: UTF8.self)
    #expect(
      line.hasPrefix(
        "{\"v\":1,\"seq\":3,\"type\":\"recommendation.added\",\"recorded\":\"2026-01-05T09:03:00Z\",\"actor\":{\"name\":\"Amara Okafor\",\"role\":\"Principal Social Worker\"},\"data\":{\"id\":\"R1\",\"priority\":true,\"source\":\"FV\",\"text\":\"The quality of children’s plans.\"},\"data_sha256\":\""
      ))
    #expect(line.hasSuffix("\"}\n"))
    #expect(b.events[0].prev == String(repeating: "0", count: 64))
    #expect(b.events[1].prev == b.events[0].hash)
  }

  @Test("the chain covers the data only through its digest")
  func digestOnly() throws {
    let b = LogBuilder.small()
    let e = b.events[3]
    #expect(e.dataSHA256 == Chain.dataDigest(e.event.body.data))
    // Same header with a different data digest gives a different hash.
    #expect(
      Chain.headerHash(e.event, dataSHA256: String(repeating: "a", count: 64), prev: e.prev)
        != e.hash)
    #expect(Chain.mismatch(e) == nil)
    var altered = e
    altered.event.body = .recommendationAdded(
      id: "R2", source: "FV", text: "Changed", theme: nil, framework: nil, priority: false)
    #expect(Chain.mismatch(altered)?.contains("data_sha256") == true)
  }

  @Test("a torn tail is reported, not read")
  func tornTail() throws {
    let b = LogBuilder.small()
    let bytes = b.bytes + Array("{\"v\":1,\"seq\":7".utf8)
    let contents = try LedgerReader.read(bytes: bytes)
    #expect(contents.events.count == 6)
    #expect(contents.tornTail?.line == 7)
    #expect(contents.tornTail?.bytes == Array("{\"v\":1,\"seq\":7".utf8))
    #expect(contents.wholeLineBytes == b.bytes.count)
  }

  static let badLines: [(String, String)] = [
    ("{\"v\":1,\"v\":1}", "duplicate key"),
    ("[1,]", "not valid JSON"),
    ("[]", "must be a JSON object"),
    ("{\"v\":4}", "reads format versions up to 3"),
    ("{\"v\":1.0}", "integer"),
    ("{\"v\":1,\"seq\":1,\"type\":\"plan.deleted\"}", "unknown event type"),
    ("{\"v\":1,\"seq\":1,\"type\":\"plan.created\"}", "missing member \"recorded\""),
  ]

  @Test("bad lines are errors naming the line", arguments: badLines)
  func badLine(_ line: String, _ words: String) throws {
    let b = LogBuilder.small()
    let bytes = b.bytes + Array((line + "\n").utf8)
    #expect {
      try LedgerReader.read(bytes: bytes, path: "p.jsonl")
    } throws: { error in
      let e = error as! LedgerError
      return e.line == 7 && e.file == "p.jsonl" && e.message.contains(words)
    }
  }

  @Test("verify recomputes digests; plain reading checks links")
  func verifyVersusRead() throws {
    let b = LogBuilder.small()
    var text = String(decoding: b.bytes, as: UTF8.self)
    text = text.replacingOccurrences(of: "\"title\":\"Audit\"", with: "\"title\":\"Audit!\"")
    let bytes = Array(text.utf8)
    #expect(throws: Never.self) { try LedgerReader.read(bytes: bytes) }
    #expect {
      try LedgerReader.read(bytes: bytes, verify: true)
    } throws: { error in
      (error as! LedgerError).line == 6
    }
  }
}

@Suite("Reading large logs, decoded on every core")
struct LargeLogTests {
  static func bigLog(_ count: Int) -> LogBuilder {
    var b = LogBuilder.small()
    while b.events.count < count {
      b.add(.actionProgress(id: "A1", note: "Note \(b.events.count) – £1m, “quoted”"), minutes: 0)
    }
    return b
  }

  @Test("a log of thousands of lines reads back exactly, in order")
  func readsBack() throws {
    let b = Self.bigLog(5_000)
    let contents = try LedgerReader.read(bytes: b.bytes, verify: true)
    #expect(contents.events == b.events)
    #expect(contents.wholeLineBytes == b.bytes.count)
  }

  @Test(
    "the first bad line is reported even when later lines are bad too",
    arguments: [700, 2_500, 4_999])
  func firstBadLine(line: Int) throws {
    let b = Self.bigLog(5_000)
    var lines = String(decoding: b.bytes, as: UTF8.self).split(separator: "\n").map(String.init)
    lines[line - 1] = lines[line - 1].replacingOccurrences(of: "\"v\":1,", with: "\"v\":1,\"v\":1,")
    lines[line + 0] = "{oops"
    let bytes = Array((lines.joined(separator: "\n") + "\n").utf8)
    #expect {
      try LedgerReader.read(bytes: bytes)
    } throws: { error in
      let e = error as! LedgerError
      return e.line == line && e.message.contains("duplicate key")
    }
  }
}

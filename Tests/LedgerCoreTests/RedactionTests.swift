import LedgerCore
import LedgerTestSupport
import Testing

@Suite("Redaction: the one exception to append-only")
struct RedactionTests {
  @Test("redacting a note changes only that member; the line keeps its digests")
  func redactsInPlace() throws {
    var b = LogBuilder.small()
    b.add(.actionProgress(id: "A1", note: "Met Jamie Smith at 4 Elm Road"))
    let before = b.events[6]
    let result = try Redaction.redact(before, members: ["note"], reason: "A child's name")
    let line = String(decoding: result.bytes, as: UTF8.self)
    #expect(line.contains(#""note":"[redacted]""#))
    #expect(!line.contains("Jamie"))
    #expect(result.line.hash == before.hash)
    #expect(result.line.prev == before.prev)
    #expect(result.line.dataSHA256 == before.dataSHA256)
    guard case .payloadRedacted(let details) = result.body else {
      Issue.record("not a payload.redacted body")
      return
    }
    #expect(details.seq == 7)
    #expect(details.members == ["note"])
    #expect(details.dataSHA256 == before.dataSHA256)
    #expect(details.redactedSHA256 == Chain.dataDigest(result.line.event.body.data))
    #expect(details.redactedSHA256 != before.dataSHA256)
  }

  @Test("a redaction line is written with v 2, the others with v 1")
  func versionPerType() throws {
    var b = LogBuilder.small()
    try b.redact(5, ["owner"])
    let lines = String(decoding: b.bytes, as: UTF8.self).split(separator: "\n")
    #expect(lines[6].hasPrefix(#"{"v":2,"seq":7,"type":"payload.redacted""#))
    #expect(lines[4].hasPrefix(#"{"v":1,"seq":5,"#))
  }

  @Test(
    "refused: an ID, a date, an absent member, an already redacted one, a redaction line",
    arguments: [
      (5, ["id"], "not free text"),
      (5, ["due"], "not free text"),
      (2, ["url"], "has no member"),
      (5, ["owner"], "already redacted"),
      (7, ["reason"], "itself a redaction"),
    ])
  func refusals(seq: Int, members: [String], says: String) throws {
    var b = LogBuilder.small()
    try b.redact(5, ["owner"])
    #expect {
      try b.redact(seq, members)
    } throws: { error in
      guard let refusal = error as? RuleRefusal else { return false }
      return refusal.rule == 12 && refusal.message.contains(says)
    }
  }
}

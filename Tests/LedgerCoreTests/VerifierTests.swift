import LedgerCore
import LedgerTestSupport
import Testing

/// One crafted fault: the log `LogBuilder.small()` plus events a writer would refuse, sealed
/// into a correctly chained file, and the line and rule `verify` must name.
struct CraftedFault: CustomTestStringConvertible, Sendable {
  var name: String
  var line: Int
  var says: String
  var build: @Sendable (inout LogBuilder) throws -> Void
  var testDescription: String { name }
}

@Suite("verify: canonical lines, every rule, redaction")
struct VerifierTests {
  static let d = LogBuilder.date

  /// The bytes of `b` with line `n` (1-based) rewritten by `change`, chain untouched.
  static func altered(_ b: LogBuilder, line n: Int, _ change: (String) -> String) -> [UInt8] {
    var lines = String(decoding: b.bytes, as: UTF8.self).split(separator: "\n").map(String.init)
    lines[n - 1] = change(lines[n - 1])
    return Array((lines.joined(separator: "\n") + "\n").utf8)
  }

  static func failure(_ bytes: [UInt8]) -> LedgerError? {
    Verifier.verify(bytes: bytes).failure
  }

  @Test("an untouched log, with a redaction, verifies")
  func clean() throws {
    var b = LogBuilder.small()
    b.add(.actionProgress(id: "A1", note: "Met Jamie at 4 Elm Road"))
    try b.redact(7, ["note"])
    let v = Verifier.verify(bytes: b.bytes)
    #expect(v.ok, "\(String(describing: v.failure))")
    #expect(v.head == Head(seq: 8, hash: b.events[7].hash))
  }

  @Test(
    "non-canonical lines are refused at the first differing byte",
    arguments: [
      ("whitespace", #"{"v":1,"seq":3,"#, #"{"v":1, "seq":3,"#),
      ("member order", #"{"v":1,"seq":3,"#, #"{"seq":3,"v":1,"#),
      ("escaped letter", #""type":"recommendation.added""#, #""type":"recommendation.\u0061dded""#),
      ("data key order", #""id":"R1","priority":true,"#, #""priority":true,"id":"R1","#),
      ("1.0", #"{"v":1,"#, #"{"v":1.0,"#),
      ("1e0", #"{"v":1,"#, #"{"v":1e0,"#),
      ("escaped slash", "Focused visit", #"Focused\/visit"#),
    ])
  func nonCanonical(name: String, from: String, to: String) throws {
    let b = LogBuilder.small()
    let line = name == "escaped slash" ? 2 : 3
    let bytes = Self.altered(b, line: line) { $0.replacingOccurrences(of: from, with: to) }
    #expect(bytes != b.bytes, "the alteration must change the line")
    let failure = Self.failure(bytes)
    #expect(failure?.line == line)
    let message = failure?.message ?? ""
    #expect(
      message.contains("not in canonical form at byte") || message.contains("integer"),
      "\(message)")
  }

  @Test("an uppercase hex escape is not canonical")
  func uppercaseEscape() throws {
    var b = LogBuilder.small()
    b.add(.actionProgress(id: "A1", note: "unit\u{1F}separator"))
    #expect(String(decoding: b.bytes, as: UTF8.self).contains(#"\u001f"#))
    let bytes = Self.altered(b, line: 7) {
      $0.replacingOccurrences(of: #"\u001f"#, with: #"\u001F"#)
    }
    let failure = Self.failure(bytes)
    #expect(failure?.line == 7)
    #expect(failure?.message.contains("not in canonical form at byte") == true)
  }

  @Test("recorded has one spelling: a fraction fails, even when correctly sealed")
  func recordedSpelling() throws {
    let b = LogBuilder.small()
    let padded = Self.altered(b, line: 4) {
      $0.replacingOccurrences(of: "T09:04:00Z", with: "T09:04:00.000000000999Z")
    }
    #expect(Self.failure(padded)?.line == 4)
    #expect(Self.failure(padded)?.message.contains("YYYY-MM-DDTHH:MM:SSZ") == true)
    // A fraction written and sealed by a writer: the hash covers ".5Z", and it still fails.
    var sealed = LogBuilder.small()
    let event = Event(
      seq: 7, recorded: Timestamp(seconds: sealed.clock.seconds + 60, nanoseconds: 500_000_000),
      actor: sealed.actor, body: .actionProgress(id: "A1", note: "n"))
    sealed.events.append(Chain.seal(event, prev: sealed.events[5].hash))
    #expect(String(decoding: sealed.bytes, as: UTF8.self).contains(".5Z"))
    #expect(Self.failure(sealed.bytes)?.line == 7)
  }

  static let faults: [CraftedFault] = [
    CraftedFault(name: "rule 1: a second plan.created", line: 7, says: "rule 1:") {
      $0.add(.planCreated(title: "Again", authority: "Council"))
    },
    CraftedFault(name: "rule 2: an unknown source", line: 7, says: "rule 2: there is no source") {
      $0.add(
        .recommendationAdded(
          id: "R9", source: "NOPE", text: "t", theme: nil, framework: nil, priority: false))
    },
    CraftedFault(name: "rule 2: a reused ID", line: 7, says: "rule 2: ID A1 is already used") {
      $0.add(
        .actionAdded(
          id: "A1", recommendations: ["R1"], title: "t", owner: "o", due: d("2026-03-01")))
    },
    CraftedFault(name: "rule 3: until before due", line: 7, says: "rule 3:") {
      $0.add(.actionDeferred(id: "A1", reason: "r", until: d("2026-01-01")))
    },
    CraftedFault(name: "rule 4: reopening an open recommendation", line: 7, says: "rule 4:") {
      $0.add(.recommendationReopened(id: "R1", reason: "r"))
    },
    CraftedFault(name: "rule 5: closing with open actions", line: 7, says: "rule 5:") {
      $0.add(.recommendationClosed(id: "R1", note: "n"))
    },
    CraftedFault(name: "rule 6: sign-off of an action never completed", line: 7, says: "rule 6:") {
      $0.add(.actionSignedOff(id: "A1", note: "n"))
    },
    CraftedFault(name: "rule 7: an amendment that changes nothing", line: 7, says: "rule 7:") {
      $0.add(.actionAmended(id: "A1", title: "Template", owner: nil, due: nil, reason: "r"))
    },
    CraftedFault(name: "rule 8: effective after recorded", line: 7, says: "rule 8:") {
      $0.add(.actionProgress(id: "A1", note: "n"), effective: d("2026-02-01"))
    },
    CraftedFault(name: "rule 8: recorded goes backwards", line: 7, says: "rule 8:") {
      $0.add(.actionProgress(id: "A1", note: "n"), minutes: -10)
    },
    CraftedFault(name: "rule 8: a meeting in the future", line: 7, says: "rule 8:") {
      $0.add(.boardMeeting(date: d("2026-02-01"), note: nil))
    },
    CraftedFault(name: "rule 9: a retraction of seq 1", line: 7, says: "rule 9:") {
      $0.add(.eventRetracted(seq: 1, reason: "r"))
    },
    CraftedFault(name: "rule 9: later events build on it", line: 9, says: "rule 9: later events") {
      $0.add(.actionCompleted(id: "A1", note: "n"))
      $0.add(.actionSignedOff(id: "A1", note: "n"))
      $0.add(.eventRetracted(seq: 7, reason: "r"))
    },
    CraftedFault(name: "rule 10: rated blue", line: 7, says: "rule 10:") {
      $0.add(.actionRated(id: "A1", rag: .blue, note: "n"))
    },
    CraftedFault(name: "rule 11: a link that is not http(s)", line: 7, says: "rule 11:") {
      $0.add(.actionEvidence(id: "A1", note: "n", link: "javascript:alert(1)"))
    },
    CraftedFault(name: "rule 12: redacting an ID", line: 7, says: "rule 12:") {
      let target = $0.events[4]
      $0.add(
        .payloadRedacted(
          RedactionDetails(
            seq: 5, dataSHA256: target.dataSHA256, members: ["id"], reason: "r",
            redactedSHA256: target.dataSHA256)))
    },
    CraftedFault(name: "rule 12: redacting a member twice", line: 8, says: "rule 12:") {
      try $0.redact(5, ["owner"])
      let target = $0.events[4]
      $0.add(
        .payloadRedacted(
          RedactionDetails(
            seq: 5, dataSHA256: target.dataSHA256, members: ["owner"], reason: "r",
            redactedSHA256: Chain.dataDigest(target.event.body.data))))
    },
  ]

  @Test(
    "a correctly chained event the writer would refuse fails, naming line and rule",
    arguments: faults)
  func rules(_ fault: CraftedFault) throws {
    var b = LogBuilder.small()
    try fault.build(&b)
    let failure = Self.failure(b.bytes)
    #expect(failure?.line == fault.line, "\(String(describing: failure))")
    #expect(failure?.message.hasPrefix(fault.says) == true, "\(String(describing: failure))")
  }

  @Test("the first bad line wins: a rule broken before a line that does not parse")
  func firstBadLine() throws {
    var b = LogBuilder.small()
    b.add(.actionSignedOff(id: "A1", note: "n"))
    b.add(.actionProgress(id: "A1", note: "n"))
    let bytes = Self.altered(b, line: 8) { String($0.dropLast()) }
    #expect(Self.failure(bytes)?.line == 7)
  }

  @Test("changed data is accepted only where a later payload.redacted accounts for it")
  func redactionAcceptance() throws {
    var b = LogBuilder.small()
    b.add(.actionProgress(id: "A1", note: "Met Jamie"))
    // Changed with no redaction: line 7.
    let forged = Self.altered(b, line: 7) {
      $0.replacingOccurrences(of: "Met Jamie", with: "Met nobody")
    }
    #expect(Self.failure(forged)?.line == 7)
    #expect(Self.failure(forged)?.message.contains("data_sha256") == true)
    // Redacted: verifies. Then the visible id changed too: line 7 again.
    try b.redact(7, ["note"])
    #expect(Self.failure(b.bytes) == nil)
    let both = Self.altered(b, line: 7) {
      $0.replacingOccurrences(of: #""id":"A1""#, with: #""id":"A2""#)
    }
    #expect(Self.failure(both)?.line == 7)
    // A redacted member that no longer reads "[redacted]": line 7.
    let unredacted = Self.altered(b, line: 7) {
      $0.replacingOccurrences(of: "[redacted]", with: "Met Jamie")
    }
    #expect(Self.failure(unredacted)?.line == 7)
  }

  @Test("a redaction quoting another digest accounts for nothing")
  func redactionWrongDigest() throws {
    var b = LogBuilder.small()
    b.add(.actionProgress(id: "A1", note: "Met Jamie"))
    try b.redact(7, ["note"])
    let wrong = Self.altered(b, line: 8) {
      $0.replacingOccurrences(of: b.events[6].dataSHA256, with: String(repeating: "a", count: 64))
    }
    // Line 8's own hash breaks too, but line 7's unaccounted data comes first.
    #expect(Self.failure(wrong)?.line == 7)
  }

  @Test("a torn tail and an empty file do not verify")
  func tornAndEmpty() throws {
    let b = LogBuilder.small()
    let torn = Verifier.verify(bytes: b.bytes + Array(#"{"v":1,"#.utf8))
    #expect(torn.failure?.line == 7)
    #expect(torn.failure?.message.contains("lines 1-6 verify") == true)
    #expect(Verifier.verify(bytes: []).failure?.line == 1)
    #expect(Verifier.verify(bytes: []).failure?.message.contains("holds no events") == true)
  }

  @Test("--head: no sign, no leading zero, 64 lowercase hex digits")
  func headSyntax() {
    let hash = String(repeating: "a", count: 64)
    #expect(Head(parsing: "54:\(hash)") == Head(seq: 54, hash: hash))
    for bad in ["054:\(hash)", "+54:\(hash)", "0:\(hash)", "54:\(hash.uppercased())", "54:ab"] {
      #expect(Head(parsing: bad) == nil, "\(bad)")
    }
  }
}

import Foundation
@_spi(FastPath) import LedgerCore
import StrictJSON
import Testing

/// The fast path reads `data` straight from the line's bytes (`CanonicalObject`), so it must
/// take every event type with every optional member present or absent, and must refuse every
/// spelling of `data` the strict decoder refuses: reordered or repeated keys, escapes the
/// writer does not write, members the writer leaves out, numbers written otherwise.
@Suite("Fast line decoding of data, member by member")
struct FastPathDataTests {
  static let hash = String(repeating: "ab", count: 32)
  static func date(_ text: String) -> CivilDate { CivilDate(parsing: text)! }
  static func numeral(_ text: String) -> Numeral { Numeral(parsing: text)! }

  /// Every event type, with its optional members all given and all left out (and the lists
  /// the format lets be empty, empty); text with escapes and non-ASCII in places.
  static let bodies: [EventBody] = [
    .planCreated(title: "Plan \"2026\"", authority: "Example Borough Council"),
    .planCreated(
      title: "Plan 2026", authority: "Example",
      previous: PreviousPlan(seq: 7, hash: hash, title: "Plan 2025")),
    .sourceAdded(
      SourceDetails(
        id: "FV2025", sourceType: .focusedVisit, title: "Focused visit",
        date: date("2025-11-04"))),
    .sourceAdded(
      SourceDetails(
        id: "ILACS", sourceType: .ilacsStandard, title: "ILACS", date: date("2025-01-06"),
        endDate: date("2025-01-17"), published: date("2025-02-20"), grade: .requiresImprovement,
        url: "https://example.org/report?a=1/b")),
    .recommendationAdded(
      id: "R1", source: "FV2025", text: "Tab\there", theme: nil, framework: nil, priority: false),
    .recommendationAdded(
      id: "R2", source: "FV2025", text: "Zoë Ñúñez 😀", theme: "Front door",
      framework: "ILACS", priority: true, under: ["P1", "P2"]),
    .recommendationAmended(id: "R1", text: "New text", reason: "Typo"),
    .recommendationAmended(
      id: "R1", text: "New", reason: "Board", theme: "Theme", under: ["P1"], priority: false),
    .recommendationAmended(id: "R1", text: nil, reason: "Board", under: []),
    .recommendationAmended(id: "R1", text: nil, reason: "Board", priority: true),
    .recommendationClosed(id: "R1", note: "Done\u{1}"),
    .recommendationReopened(id: "R1", reason: "Back\\slash"),
    .actionAdded(
      id: "A1.1", recommendations: ["R1", "R2"], title: "Triage", owner: "Head of Service",
      due: date("2026-02-28"), under: ["P1"]),
    .actionAdded(
      id: "A1.2", recommendations: ["R1"], title: "T", owner: "O", due: date("2026-02-28")),
    .actionAdded(
      id: "A1.3", recommendations: [], title: "T", owner: "O", due: date("2026-02-28"),
      under: ["P1"]),
    .actionAmended(
      id: "A1.1", title: "T", owner: "O", due: date("2026-03-31"), reason: "R",
      recommendations: ["R2"], under: ["P2"]),
    .actionAmended(
      id: "A1.1", title: nil, owner: nil, due: nil, reason: "R", recommendations: [],
      under: ["P1"]),
    .actionAmended(id: "A1.1", title: nil, owner: nil, due: date("2026-03-31"), reason: "R"),
    .actionRated(id: "A1.1", rag: .amber, note: "Line\nbreak"),
    .actionProgress(id: "A1.1", note: "Week 1"),
    .actionEvidence(id: "A1.1", note: "Audit", link: nil),
    .actionEvidence(id: "A1.1", note: "Audit", link: "https://example.org/audit"),
    .actionCompleted(id: "A1.1", note: "Done"),
    .actionSignedOff(id: "A1.1", note: "Signed"),
    .actionReopened(id: "A1.1", reason: "Slipped"),
    .actionDeferred(id: "A1.1", reason: "Staffing", until: nil),
    .actionDeferred(id: "A1.1", reason: "Staffing", until: date("2026-06-30")),
    .actionWithdrawn(id: "A1.1", reason: "Superseded"),
    .boardMeeting(date: date("2026-01-20"), note: nil),
    .boardMeeting(
      date: date("2026-01-20"), note: "Quorate", attendees: ["A (Chair)", "B (DCS)"],
      apologies: ["C (Lead Member)"]),
    .eventRetracted(seq: 3, reason: "Wrong action"),
    .payloadRedacted(
      RedactionDetails(
        seq: 3, dataSHA256: hash, members: ["note", "title"], reason: "A child's name",
        redactedSHA256: hash)),
    .priorityAdded(id: "P1", title: "Safe", outcome: nil),
    .priorityAdded(id: "P1", title: "Safe", outcome: "Children are safe"),
    .priorityAmended(id: "P1", title: "Safer", outcome: nil, reason: "Board"),
    .priorityAmended(id: "P1", title: nil, outcome: "Outcome", reason: "Board"),
    .measureAdded(
      MeasureDetails(
        id: "M1", under: "P1", title: "Visits", unit: "%", baseline: numeral("64.5"),
        baselineDate: date("2025-04-01"), target: numeral("90"), targetDate: date("2026-03-31"),
        direction: .higherIsBetter)),
    .measureRecorded(id: "M1", value: numeral("-3.25"), date: date("2025-10-01"), note: "Q2"),
    .measureAmended(MeasureAmendment(id: "M1", target: numeral("95"), reason: "Board")),
    .measureAmended(
      MeasureAmendment(
        id: "M1", title: "T", unit: "n", baseline: numeral("1"), baselineDate: date("2025-01-01"),
        target: numeral("2"), targetDate: date("2026-01-01"), direction: .lowerIsBetter,
        reason: "Board")),
    .actionImpact(id: "A1.1", note: "Fewer re-referrals"),
    .sourceAmended(SourceAmendment(id: "FV2025", title: "Title", reason: "Typo")),
    .sourceAmended(
      SourceAmendment(
        id: "FV2025", title: "T", date: date("2025-11-05"), endDate: date("2025-11-06"),
        published: date("2025-12-01"), grade: .good, url: "https://example.org", reason: "R")),
    .planAmended(title: "New title", authority: nil, reason: "Rename"),
    .planAmended(title: "New title", authority: "New authority", reason: "Rename"),
    .sourcePlanSent(id: "FV2025", date: date("2026-01-10"), note: nil),
    .sourcePlanSent(id: "FV2025", date: date("2026-01-10"), note: "By email"),
    .planCarriedForward(
      CarryForwardDetails(toTitle: "Next", toLedger: nil, toSeq: 1, toHash: hash, items: [])),
    .planCarriedForward(
      CarryForwardDetails(
        toTitle: "Next", toLedger: "next.jsonl", toSeq: 1, toHash: hash, items: ["A1.1", "R1"])),
    .itemCarried(id: "A1.1", history: [2, 5, 9]),
    // More values than the first, small scan buffer holds: scanned again with room for more.
    .boardMeeting(
      date: date("2026-02-17"), note: "Quorate",
      attendees: (1...20).map { "Member \($0)" }, apologies: (1...12).map { "Apology \($0)" }),
    .itemCarried(id: "A1.1", history: Array(1...40)),
  ]

  /// The canonical line (without `\n`) of `body` as event 50.
  static func line(_ body: EventBody) -> [UInt8] {
    let event = Event(
      seq: 50, recorded: Timestamp(seconds: 1_767_600_000),
      actor: Actor(name: "Amara Okafor", role: "Principal Social Worker"), body: body)
    return Array(LineCodec.encode(Chain.seal(event, prev: Chain.genesis)).dropLast())
  }

  /// `line` with its `data` bytes replaced by `edit` of them.
  static func line(_ line: [UInt8], data edit: (String) -> String) -> [UInt8] {
    let text = String(decoding: line, as: UTF8.self)
    let start = text.range(of: #","data":"#)!.upperBound
    let end = text.range(of: #","data_sha256":""#, options: .backwards)!.lowerBound
    return Array((text[..<start] + edit(String(text[start..<end])) + text[end...]).utf8)
  }

  @Test("every event type is covered")
  func everyType() {
    #expect(Set(Self.bodies.map(\.type)) == Set(EventType.allCases))
  }

  @Test("every event type, optional members given or not, is read the fast way, as strictly")
  func everyBodyTakesTheFastPath() {
    for body in Self.bodies {
      for check in FastPathTests.check(Self.line(body), "\(body)") {
        #expect(check.strictAccepted, "\(body)")
        #expect(check.fastAccepted, "\(body) missed the fast path")
      }
    }
  }

  /// Reads `line` both ways without verification (so only the spelling of `data` decides)
  /// and expects both to refuse it; returns whether they did.
  static func expectRefused(_ line: [UInt8], _ what: String) {
    let check = line.withUnsafeBytes { FastPathCheck($0, verify: false) }
    #expect(check.disagreement == nil, "\(what): \(check.disagreement ?? "")")
    #expect(!check.strictAccepted, "\(what): the strict decoder accepts it")
    #expect(!check.fastAccepted, "\(what): the fast path accepts it")
  }

  @Test("data with its keys out of order, or one key twice, is refused both ways")
  func reorderedAndRepeatedKeys() throws {
    for body in Self.bodies {
      let line = Self.line(body)
      let reversed = Self.line(line) { data in
        guard case .object(let o)? = try? JSONParser.parse(data), o.members.count > 1 else {
          return data
        }
        return JSONWriter.compact(.object(JSONObject(o.members.reversed())))
      }
      if reversed != line { Self.expectRefused(reversed, "reversed \(body)") }
      let repeated = Self.line(line) { data in
        let first = data.dropFirst().prefix { $0 != "," && $0 != "}" }
        return "{" + first + "," + data.dropFirst()
      }
      Self.expectRefused(repeated, "repeated first member \(body)")
    }
  }

  @Test("data spelled otherwise than the writer spells it is refused both ways")
  func otherSpellings() {
    for body in Self.bodies {
      let line = Self.line(body)
      // The first letter of the first string value as a \u escape, lower and upper case.
      for format in ["\\u%04x", "\\u%04X"] {
        let escaped = Self.line(line) { data in
          guard let colon = data.range(of: #"":""#),
            let letter = data[colon.upperBound...].first, letter.isLetter, letter.isASCII
          else { return data }
          let code = String(format: format, Int(letter.asciiValue!))
          return data.replacingCharacters(
            in: colon.upperBound..<data.index(after: colon.upperBound), with: code)
        }
        if escaped != line { Self.expectRefused(escaped, "\(format) in \(body)") }
      }
      Self.expectRefused(Self.line(line) { "{ " + $0.dropFirst() }, "space in \(body)")
      Self.expectRefused(
        Self.line(line) { $0.replacingOccurrences(of: "\":", with: "\" :") }, "space in \(body)")
    }
  }

  /// Edits of one event's `data` that the strict decoder refuses.
  static let refusedEdits: [(EventBody, String, String)] = [
    // Empty lists the writer leaves out.
    (bodies[4], "}", #","under":[]}"#),
    (bodies[13], #""title":"T"}"#, #""title":"T","under":[]}"#),
    (bodies[14], #""owner":"O","#, #""owner":"O","recommendations":[],"#),
    (bodies[28], #"}"#, #","attendees":[]}"#),
    (bodies[28], #"{"#, #"{"apologies":[],"#),
    // A flag where the type has none; a flag spelled otherwise.
    (bodies[13], #""recommendations""#, #""priority":false,"recommendations""#),
    (bodies[4], #""priority":false"#, #""priority":0"#),
    (bodies[4], #""priority":false"#, #""priority":"false""#),
    (bodies[5], #""priority":true"#, #""priority":True"#),
    // Members the writer always writes, left out.
    (bodies[47], #""items":[],"#, ""),
    (bodies[4], #","priority":false"#, ""),
    // Integers written otherwise, out of range or out of order.
    (bodies[30], #""seq":3"#, #""seq":3.0"#),
    (bodies[30], #""seq":3"#, #""seq":03"#),
    (bodies[30], #""seq":3"#, #""seq":3e0"#),
    (bodies[30], #""seq":3"#, #""seq":-3"#),
    (bodies[30], #""seq":3"#, #""seq":0"#),
    (bodies[30], #""seq":3"#, #""seq":"3""#),
    (bodies[30], #""seq":3"#, #""seq":50"#),
    (bodies[30], #""seq":3"#, #""seq":9007199254740992"#),
    (bodies[49], #"[2,5,9]"#, #"[2,5.0,9]"#),
    (bodies[49], #"[2,5,9]"#, #"[2,05,9]"#),
    (bodies[49], #"[2,5,9]"#, #"[5,2,9]"#),
    (bodies[49], #"[2,5,9]"#, #"[2,5,9,]"#),
    (bodies[49], #"[2,5,9]"#, #"[2, 5,9]"#),
    (bodies[1], #""seq":7"#, #""seq":07"#),
    // The nested object: reordered, an extra member, a member missing.
    (bodies[1], #"{"hash""#, #"{"seq":7,"hash""#),
    (bodies[1], #""title":"Plan 2025"}"#, #""title":"Plan 2025","x":1}"#),
    (bodies[1], #","title":"Plan 2025"}"#, "}"),
    // Lists out of order or repeating themselves; dates and numerals written otherwise.
    (bodies[31], #"["note","title"]"#, #"["title","note"]"#),
    (bodies[5], #"["P1","P2"]"#, #"["P1","P1"]"#),
    (bodies[13], #""2026-02-28""#, #""2026-2-28""#),
    (bodies[13], #""2026-02-28""#, #""2026-02-30""#),
    (bodies[37], #""-3.25""#, #""-03.25""#),
    (bodies[37], #""-3.25""#, #"-3.25"#),
    // Escapes the writer does not write.
    (bodies[3], #"a=1/b"#, #"a=1\/b"#),
    (bodies[4], #"Tab\there"#, #"Tab\u0009here"#),
    (bodies[10], #"Done\u0001"#, #"Done\u0001"# + "\u{0}"),
    (bodies[11], #"Back\\slash"#, #"Back\slash"#),
    (bodies[5], #"Zoë"#, #"Zo\u00eb"#),
    (bodies[5], #"😀"#, #"\ud83d\ude00"#),
    // Values of the wrong kind; null.
    (bodies[19], #""note":"Week 1""#, #""note":null"#),
    (bodies[19], #""note":"Week 1""#, #""note":["Week 1"]"#),
    (bodies[19], #""note":"Week 1""#, #""note":{"a":"Week 1"}"#),
  ]

  @Test("empty lists, flags, integers, nested members and escapes the writer would not write")
  func refusedEditsAreRefused() {
    for (k, (body, old, new)) in Self.refusedEdits.enumerated() {
      let line = Self.line(body)
      let edited = Self.line(line) { data in
        #expect(data.contains(old), "edit \(k): \(old) is not in \(data)")
        return data.replacingOccurrences(of: old, with: new)
      }
      Self.expectRefused(edited, "edit \(k): \(String(decoding: edited, as: UTF8.self))")
    }
  }

  @Test("a valid edit (a flag given as false, a longer list) is read the same both ways")
  func validEditsAgree() {
    let edits = [
      Self.line(Self.line(Self.bodies[9])) {
        $0.replacingOccurrences(of: #""priority":true"#, with: #""priority":false"#)
      },
      Self.line(Self.line(Self.bodies[49])) {
        $0.replacingOccurrences(of: "[2,5,9]", with: "[2,5,9,9007199254740991]")
      },
    ]
    for line in edits {
      let check = line.withUnsafeBytes { FastPathCheck($0, verify: false) }
      #expect(check.disagreement == nil)
      #expect(
        check.fastAccepted && check.strictAccepted, "\(String(decoding: line, as: UTF8.self))")
    }
  }
}

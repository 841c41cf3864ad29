import LedgerTestSupport
import Testing

@testable import LedgerCore

/// `verify` checks the rules as it reads, keeping the plan and what retractions and
/// redactions need rather than the log. Its verdict must be the one the collecting read gives
/// (every event kept, rules walked after): same count, head and first failure, byte for byte.
@Suite("verify: the streaming rule walk gives the collecting read's verdict")
struct StreamingVerifyTests {
  /// The two verdicts, compared field by field.
  static func expectSame(
    _ bytes: [UInt8], head: Head? = nil, _ what: @autoclosure () -> String
  ) {
    let streamed = Verifier.verify(bytes: bytes, head: head)
    let collected = Verifier.collectingVerify(bytes: bytes, head: head)
    #expect(streamed.expectedHead == collected.expectedHead, "\(what())")
    #expect(streamed.events == collected.events, "\(what())")
    #expect(streamed.head == collected.head, "\(what())")
    #expect(streamed.failure == collected.failure, "\(what())")
  }

  /// A log grown from random events, keeping those the rules accept, with real redactions.
  static func randomLog(seed: Int) -> LogBuilder {
    var rng = SeededRandom(seed: UInt64(seed) &* 104_729)
    var log = LogBuilder.small()
    var tries = 0
    while log.events.count < 60 && tries < 300 {
      tries += 1
      if Int.random(in: 0..<10, using: &rng) == 0 {
        // A real redaction of a random earlier line's free text, if the rules allow it.
        let seq = Int.random(in: 1...log.events.count, using: &rng)
        let members = log.events[seq - 1].event.type.freeTextMembers
        if let member = members.randomElement(using: &rng) {
          var next = log
          if (try? next.redact(seq, [member])) != nil,
            Verifier.collectingVerify(bytes: next.bytes).ok
          {
            log = next
          }
        }
        continue
      }
      var next = log
      next.add(VerifierReplayTests.randomBody(&rng, log: log.events))
      // A random `payload.redacted` the rules allow still fails: its line was not redacted.
      if Verifier.collectingVerify(bytes: next.bytes).ok { log = next }
    }
    return log
  }

  /// One random change to a ledger's bytes: a byte changed, a line dropped, duplicated or
  /// moved, the tail cut, or a line's free text changed.
  static func mutate(_ bytes: [UInt8], _ rng: inout SeededRandom) -> [UInt8] {
    var lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
    if lines.last?.isEmpty == true { lines.removeLast() }
    guard !lines.isEmpty else { return bytes }
    let k = Int.random(in: 0..<lines.count, using: &rng)
    switch Int.random(in: 0..<6, using: &rng) {
    case 0:
      if !lines[k].isEmpty {
        lines[k][Int.random(in: 0..<lines[k].count, using: &rng)] = UInt8.random(
          in: 0x20...0x7E, using: &rng)
      }
    case 1: lines.remove(at: k)
    case 2: lines.insert(lines[k], at: k)
    case 3: lines.swapAt(k, Int.random(in: 0..<lines.count, using: &rng))
    case 4:
      var cut = lines.map { $0 + [0x0A] }.flatMap { $0 }
      cut.removeLast(Int.random(in: 1...min(40, cut.count), using: &rng))
      return cut
    default:
      // Free text changed without touching the digests: what a redaction must account for.
      let text = String(decoding: lines[k], as: UTF8.self)
      for word in ["progress", "done", "again", "later", "closed", "Owner", "A child's name"]
      where text.contains(word) {
        lines[k] = Array(text.replacingOccurrences(of: word, with: "X").utf8)
        break
      }
    }
    return lines.map { $0 + [0x0A] }.flatMap { $0 }
  }

  @Test(
    "random valid logs with retractions and redactions, and mutations of them", arguments: 1...10)
  func randomLogs(seed: Int) {
    let log = Self.randomLog(seed: seed)
    let bytes = log.bytes
    #expect(Verifier.verify(bytes: bytes).ok, "seed \(seed)")
    let revisions = log.events.filter {
      switch $0.event.body {
      case .eventRetracted, .payloadRedacted: return true
      default: return false
      }
    }
    #expect(!revisions.isEmpty, "seed \(seed) made no retraction or redaction")
    Self.expectSame(bytes, "seed \(seed), clean")
    var rng = SeededRandom(seed: UInt64(seed))
    var failed = 0
    for round in 0..<60 {
      var mutated = Self.mutate(bytes, &rng)
      if round % 3 == 0 { mutated = Self.mutate(mutated, &rng) }
      if !Verifier.collectingVerify(bytes: mutated).ok { failed += 1 }
      Self.expectSame(mutated, "seed \(seed), round \(round)")
    }
    #expect(failed > 0)
  }

  @Test("--head: the same verdict on the head asked about, whole or cut", arguments: 1...4)
  func heads(seed: Int) {
    let log = Self.randomLog(seed: seed)
    let events = log.events
    let n = events.count
    let heads = [
      Head(seq: n, hash: events[n - 1].hash), Head(seq: 3, hash: events[2].hash),
      Head(seq: 3, hash: events[3].hash), Head(seq: n + 5, hash: events[0].hash),
    ]
    var rng = SeededRandom(seed: UInt64(seed) &+ 99)
    for head in heads {
      Self.expectSame(log.bytes, head: head, "seed \(seed), head \(head)")
      Self.expectSame(
        Self.mutate(log.bytes, &rng), head: head, "seed \(seed), head \(head), mutated")
    }
    #expect(Verifier.verify(bytes: log.bytes, head: heads[0]).ok)
    #expect(!Verifier.verify(bytes: log.bytes, head: heads[2]).ok)
  }

  @Test("logs that the rules refuse: every random log, every prefix", arguments: 1...6)
  func refusedLogs(seed: Int) {
    var rng = SeededRandom(seed: UInt64(seed) &* 31)
    var log = LogBuilder.small()
    for n in 0..<50 {
      log.add(VerifierReplayTests.randomBody(&rng, log: log.events))
      Self.expectSame(log.bytes, "seed \(seed), \(n)")
    }
  }

  @Test("the walk keeps no event when the file has no retraction or redaction")
  func keepsNothing() {
    var log = LogBuilder.small()
    for _ in 0..<20 { log.add(.actionProgress(id: "A1", note: "more")) }
    let bytes = log.bytes
    let state = LedgerReader.stream(
      bytes: bytes, path: "<bytes>", verify: true,
      into: RuleWalk(revisions: RetractionScan.retractions(bytes: bytes, redactions: true)))
    #expect(state.sink.taken == log.events.count)
    #expect(state.sink.line(1) == nil)
    #expect(!state.sink.incomplete)
    #expect(Verifier.streamed(state)?.ok == true)
  }

  @Test("a first pass that missed a line the walk needs makes verify read the file again")
  func incompleteFallsBack() throws {
    var log = LogBuilder.small()
    log.add(.actionProgress(id: "A1", note: "Met Jamie"))
    let seq = log.events.count
    try log.redact(seq, ["note"])
    log.add(.eventRetracted(seq: seq, reason: "wrong action"))
    let bytes = log.bytes
    // Told of no revisions, the walk cannot check the redaction and stops.
    let state = LedgerReader.stream(
      bytes: bytes, path: "<bytes>", verify: true, into: RuleWalk(revisions: []))
    #expect(state.sink.incomplete)
    #expect(Verifier.streamed(state) == nil)
    Self.expectSame(bytes, "redaction then retraction")
  }
}

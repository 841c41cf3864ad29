import Foundation
import LedgerCore
import LedgerTestSupport
import Testing

/// The streaming fold (`LedgerReader.fold`) against the fold of the whole log in memory
/// (`Replay(events).plan(upTo:)`): the same plan, head and count at every point, and the same
/// refusal of a bad line.
@Suite("Folding while streaming")
struct StreamingFoldTests {
  /// The shipped example ledgers.
  static let examples: [URL] = {
    let folder = URL(fileURLWithPath: #filePath)
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("Events/examples")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.filter { $0.hasSuffix(".jsonl") }.sorted().map {
      folder.appendingPathComponent($0)
    }
  }()

  /// A plan as comparable bytes: every field, keys sorted.
  static func encoded(_ plan: Plan) throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    return try encoder.encode(plan)
  }

  /// Whether the streaming fold of `bytes` as of `instant` is the replay of `events` there;
  /// a description of the first difference if not.
  static func mismatch(_ bytes: [UInt8], _ events: [RecordedEvent], asOf instant: Timestamp?)
    throws -> String?
  {
    let replay = Replay(events)
    let count = instant.map { replay.count(recordedUpTo: $0) } ?? events.count
    let folded = try LedgerReader.fold(bytes: bytes, asOf: instant)
    let at = instant.map(\.rfc3339) ?? "the end"
    guard folded.count == count else { return "count \(folded.count) ≠ \(count) at \(at)" }
    guard folded.events == events.count else { return "events \(folded.events) at \(at)" }
    let head = count > 0 ? Head(seq: count, hash: events[count - 1].hash) : nil
    guard folded.head == head else { return "head differs at \(at)" }
    guard folded.firstRecorded == events.first?.event.recorded else {
      return "first event time differs at \(at)"
    }
    guard try encoded(folded.plan) == encoded(replay.plan(upTo: count)) else {
      return "plan differs at \(at)"
    }
    return nil
  }

  /// Points to compare at: none (the whole log), before the first event, each of up to
  /// `limit` evenly spaced recorded times, and the time of each of the first `limit / 4`
  /// retractions and the second before it.
  static func points(_ events: [RecordedEvent], limit: Int = 24) -> [Timestamp?] {
    var times = Array(Set(events.map(\.event.recorded.seconds))).sorted()
    if times.count > limit {
      times = (0..<limit).map { times[$0 * (times.count - 1) / (limit - 1)] }
    }
    let retractions = events.filter { $0.event.type == .eventRetracted }
    for e in retractions.prefix(limit / 4) {
      times += [e.event.recorded.seconds, e.event.recorded.seconds - 1]
    }
    let first = events.first.map { $0.event.recorded.seconds - 1 } ?? 0
    return [nil] + ([first] + times).map { Timestamp(seconds: $0) }
  }

  @Test("every example ledger folds while streaming to the replayed plan at every point")
  func examples() throws {
    #expect(Self.examples.count >= 5)
    for url in Self.examples {
      let bytes = Array(try Data(contentsOf: url))
      let events = try LedgerReader.read(bytes: bytes).events
      // Every recorded time: the examples are small.
      for point in Self.points(events, limit: events.count) {
        let problem = try Self.mismatch(bytes, events, asOf: point)
        #expect(problem == nil, "\(url.lastPathComponent): \(problem ?? "")")
      }
    }
  }

  @Test("reading from a file folds as reading bytes does, the lock and both passes included")
  func fromFile() throws {
    let url = try #require(Self.examples.first { $0.lastPathComponent.hasPrefix("lewisham") })
    let events = try LedgerReader.read(path: url.path).events
    let cutoff = events[events.count / 2].event.recorded
    let folded = try LedgerReader.fold(path: url.path, asOf: cutoff)
    let replay = Replay(events)
    let count = replay.count(recordedUpTo: cutoff)
    #expect(folded.count == count)
    #expect(folded.head?.hash == events[count - 1].hash)
    #expect(try Self.encoded(folded.plan) == Self.encoded(replay.plan(upTo: count)))
    // The example retracts an event, so the retraction pass found it.
    #expect(events.contains { $0.event.type == .eventRetracted })
  }

  /// One random event (see `RandomLog.body`).
  static func randomBody(_ rng: inout SeededRandom, count: Int) -> EventBody {
    RandomLog.body(&rng, count: count)
  }

  /// A random log with retractions (see `RandomLog.make`).
  static func randomLog(seed: UInt64, length: Int, padding: Int = 0) -> LogBuilder {
    RandomLog.make(seed: seed, length: length, padding: padding)
  }

  @Test("random logs with retractions fold while streaming to the replayed plan", arguments: 1...8)
  func randomised(seed: Int) throws {
    let b = Self.randomLog(seed: UInt64(seed), length: 150)
    #expect(b.events.contains { $0.event.type == .eventRetracted })
    let bytes = b.bytes
    for point in Self.points(b.events, limit: 12) {
      let problem = try Self.mismatch(bytes, b.events, asOf: point)
      #expect(problem == nil, "seed \(seed): \(problem ?? "")")
    }
  }

  @Test("a file of several read chunks folds to the replayed plan, retractions across them")
  func severalChunks() throws {
    let b = Self.randomLog(seed: 99, length: 1_000, padding: 16_000)
    let bytes = b.bytes
    // Bigger than one read (1 MiB), so lines and retractions straddle the chunks of both passes.
    #expect(bytes.count > 1 << 20)
    let scratch = try ScratchLedger("stream-fold")
    defer { try? FileManager.default.removeItem(at: scratch.folder) }
    try Data(bytes).write(to: scratch.url)
    let replay = Replay(b.events)
    for point in [nil, b.events[700].event.recorded] {
      let folded = try LedgerReader.fold(path: scratch.url.path, asOf: point)
      let count = point.map { replay.count(recordedUpTo: $0) } ?? b.events.count
      #expect(folded.count == count)
      #expect(try Self.encoded(folded.plan) == Self.encoded(replay.plan(upTo: count)))
    }
  }

  @Test("a bad line is refused as the collecting read refuses it, wherever the cutoff")
  func badLine() throws {
    let b = Self.randomLog(seed: 7, length: 60)
    var lines = b.events.map { LineCodec.encode($0) }
    lines[40] = Array(
      String(decoding: lines[40], as: UTF8.self)
        .replacingOccurrences(of: "\"seq\":41", with: "\"seq\": 41").utf8)
    let bytes = lines.flatMap { $0 }
    let expected = #expect(throws: LedgerError.self) { try LedgerReader.read(bytes: bytes) }
    #expect(expected?.line == 41)
    for point in [nil, b.events[10].event.recorded] {
      let got = #expect(throws: LedgerError.self) {
        try LedgerReader.fold(bytes: bytes, asOf: point)
      }
      #expect(got == expected)
    }
  }

  @Test("a torn tail is reported and ignored, as by the collecting read")
  func tornTail() throws {
    let b = Self.randomLog(seed: 3, length: 40)
    let bytes = b.bytes + Array(#"{"v":1,"seq":41,"type":"event.retracted""#.utf8)
    let read = try LedgerReader.read(bytes: bytes)
    let folded = try LedgerReader.fold(bytes: bytes)
    #expect(read.tornTail != nil)
    #expect(folded.tornTail == read.tornTail)
    #expect(folded.count == 40)
    #expect(try Self.encoded(folded.plan) == Self.encoded(Replay(read.events).plan()))
  }

  @Test("an empty file folds to nothing")
  func empty() throws {
    let folded = try LedgerReader.fold(bytes: [])
    #expect(folded.events == 0)
    #expect(folded.head == nil)
    #expect(folded.firstRecorded == nil)
    #expect(folded.plan.lastSeq == 0)
  }
}

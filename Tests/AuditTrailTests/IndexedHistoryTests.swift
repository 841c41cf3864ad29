import AuditTrail
import Foundation
import LedgerCore
import LedgerTestSupport
import Testing

/// `show ID` and `history ID` through the checkpoint's index (`IndexedItem`, then
/// `History.entries(of:lines:head:)`) against the whole log replayed (`History.entries(_:item:)`
/// and `Replay.plan()`): the same entries and the same plan for every item, at several
/// checkpoint points, and no answer at all (so the caller reads the whole log) whenever the
/// checkpoint or its index is doubtful.
///
/// The checkpoints here are built from the log by this test, independently of the writer
/// (whose own index is held to the same lines in `CheckpointIndexTests`).
@Suite("History through the checkpoint's index")
struct IndexedHistoryTests {
  /// The shipped example ledgers.
  static let examples: [(name: String, events: [RecordedEvent])] = {
    let folder = URL(fileURLWithPath: #filePath)
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("Events/examples")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.filter { $0.hasSuffix(".jsonl") }.sorted().compactMap { name in
      let url = folder.appendingPathComponent(name)
      guard let data = try? Data(contentsOf: url),
        let contents = try? LedgerReader.read(bytes: Array(data))
      else { return nil }
      return (name, contents.events)
    }
  }()

  /// Each line's bytes (with its `\n`) and where it starts.
  static func lines(_ events: [RecordedEvent]) -> (bytes: [[UInt8]], starts: [Int]) {
    let bytes = events.map { LineCodec.encode($0) }
    var starts: [Int] = []
    var at = 0
    for line in bytes {
      starts.append(at)
      at += line.count
    }
    return (bytes, starts)
  }

  /// The index a writer should build for the first `count` lines, from their offsets alone.
  static func index(_ events: [RecordedEvent], upTo count: Int, starts: [Int], end: Int)
    -> ItemIndex
  {
    var index = ItemIndex()
    index.append(
      (0..<count).map {
        ItemIndex.Line(offset: starts[$0], references: events[$0].event.body.references)
      },
      from: 0, to: end)
    return index
  }

  /// Writes `events` as the ledger at `scratch` and a checkpoint at line `count`, built by
  /// this test; `alter` may change the checkpoint before it is written.
  static func write(
    _ events: [RecordedEvent], checkpointAt count: Int, to scratch: ScratchLedger,
    alter: (inout Checkpoint, _ starts: [Int]) -> Void = { _, _ in }
  ) throws {
    let (bytes, starts) = lines(events)
    try Data(bytes.flatMap { $0 }).write(to: scratch.url)
    let end = starts[count - 1] + bytes[count - 1].count
    let last = events[count - 1]
    var plan = Plan()
    for recorded in events.prefix(count) { plan.apply(recorded.event) }
    var checkpoint = Checkpoint(
      point: ChainPoint(seq: last.seq, hash: last.hash, recorded: last.event.recorded, offset: end),
      plan: plan, hasCorrections: events.prefix(count).contains { isCorrection($0.event) },
      index: index(events, upTo: count, starts: starts, end: end))
    alter(&checkpoint, starts)
    try Data(checkpoint.encoded()).write(
      to: URL(fileURLWithPath: Checkpoint.path(forLedger: scratch.path)))
  }

  static func isCorrection(_ event: Event) -> Bool {
    event.type == .eventRetracted || event.type.rawValue == "payload.redacted"
  }

  /// A plan as comparable bytes: every field, keys sorted.
  static func encoded(_ plan: Plan) throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    return try encoder.encode(plan)
  }

  /// Every ID the log's plan holds, and one it never held.
  static func ids(_ plan: Plan) -> [String] {
    plan.sourceOrder + plan.recommendationOrder + plan.actionOrder + plan.priorityOrder
      + plan.measureOrder + ["NOPE"]
  }

  /// Checks every item of `events` through a checkpoint at each of `points`: the same entries
  /// (and so the same text and JSON) and the same plan as the whole log replayed; no answer
  /// exactly when the log holds a retraction or redaction. Returns how many items were read
  /// through the index.
  @discardableResult
  static func check(_ name: String, _ events: [RecordedEvent], points: [Int]) throws -> Int {
    let scratch = try ScratchLedger("indexed-history")
    let replay = Replay(events)
    let plan = replay.plan()
    let corrected = events.contains { isCorrection($0.event) }
    var used = 0
    for point in Set(points.map { min(max(1, $0), events.count) }).sorted() {
      try write(events, checkpointAt: point, to: scratch)
      for id in ids(plan) {
        let item = IndexedItem.read(id, path: scratch.path)
        #expect((item == nil) == corrected, "\(name) at \(point): \(id) read or not")
        guard let item else { continue }
        used += 1
        let expected = History.entries(replay, item: id)
        let got = History.entries(of: id, lines: item.events, head: item.plan)
        #expect(got == expected, "\(name) at \(point): history of \(id)")
        #expect(History.text(got) == History.text(expected))
        #expect(JSONWriter.pretty(History.json(got)) == JSONWriter.pretty(History.json(expected)))
        #expect(try encoded(item.plan) == encoded(plan), "\(name) at \(point): the plan")
        #expect(item.head == events.last)
      }
    }
    return used
  }

  @Test("every item of every example ledger, through checkpoints at several lines")
  func examples() throws {
    #expect(Self.examples.count >= 7, "the shipped examples were not found")
    var used = 0
    for (name, events) in Self.examples {
      let n = events.count
      used += try Self.check(name, events, points: [1, n / 3, n / 2, n - 1, n])
    }
    #expect(used > 0, "no example was read through the index")
  }

  @Test("every item of random logs, through checkpoints at several lines", arguments: 1...8)
  func randomised(seed: UInt64) throws {
    let log = RandomLog.make(seed: seed, length: 120, retractions: false)
    let n = log.events.count
    let used = try Self.check("seed \(seed)", log.events, points: [1, 2, n / 4, n / 2, n - 3, n])
    #expect(used > 0)
  }

  @Test("random logs with retractions are never read through the index", arguments: 1...3)
  func withRetractions(seed: UInt64) throws {
    let log = RandomLog.make(seed: seed, length: 80)
    #expect(log.events.contains { $0.event.type == .eventRetracted })
    #expect(try Self.check("seed \(seed)", log.events, points: [2, 40, 80]) == 0)
  }

  /// The first random log without retractions whose plan holds an action changed after it
  /// was added.
  static var lieLog: LogBuilder {
    (1...100).lazy.map { RandomLog.make(seed: $0, length: 90, retractions: false) }.first { log in
      log.replay.plan().actions.values.contains { $0.lastChangedSeq > $0.addedSeq }
    }!
  }

  /// A random log without retractions and a checkpoint at its last line (so every line of
  /// the item comes through the index), altered by `alter`.
  static func lying(_ alter: (inout Checkpoint, [Int]) -> Void) throws -> (
    ScratchLedger, [RecordedEvent]
  ) {
    let log = lieLog
    let scratch = try ScratchLedger("indexed-lie")
    try write(log.events, checkpointAt: log.events.count, to: scratch, alter: alter)
    return (scratch, log.events)
  }

  /// The action in the plan that most lines name.
  static func busiest(_ events: [RecordedEvent]) -> String {
    let actions = Set(
      Replay(events).plan().actions.values.filter { $0.lastChangedSeq > $0.addedSeq }.map(\.id))
    var counts: [String: Int] = [:]
    for e in events {
      for id in e.event.body.references where actions.contains(id) { counts[id, default: 0] += 1 }
    }
    return counts.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }!.key
  }

  @Test("an honest checkpoint is used: the control for the lies below")
  func honest() throws {
    let (scratch, events) = try Self.lying { _, _ in }
    #expect(IndexedItem.read(Self.busiest(events), path: scratch.path) != nil)
  }

  @Test(
    "a lying, stale, foreign or corrupt checkpoint or index is not used",
    arguments: [
      "offsets of another item", "offset inside a line", "the add line left out",
      "the last change left out", "a flipped byte in the index", "index short of the point",
      "no index", "point moved", "another ledger's hash", "plan behind its point",
    ])
  func lies(kind: String) throws {
    let log = Self.lieLog
    let target = Self.busiest(log.events)
    let (_, starts) = Self.lines(log.events)
    let events = log.events
    let (scratch, _) = try Self.lying { checkpoint, _ in
      let point = checkpoint.point
      func indexed(_ keep: (Int) -> Bool, names: (Int) -> [String]) -> ItemIndex {
        var index = ItemIndex()
        index.append(
          (0..<point.seq).filter(keep).map {
            ItemIndex.Line(offset: starts[$0], references: names($0))
          },
          from: 0, to: point.offset)
        return index
      }
      let plan = checkpoint.plan
      func seqOf(_ id: String) -> (added: Int, last: Int) {
        let action = plan.actions[id]!
        #expect(action.addedSeq != action.lastChangedSeq)
        return (action.addedSeq, action.lastChangedSeq)
      }
      switch kind {
      case "offsets of another item":
        // The target's entry lists the lines of the lines that do not name it.
        checkpoint.index = indexed({ _ in true }) { k in
          events[k].event.body.references.contains(target) ? [] : [target]
        }
      case "offset inside a line":
        var index = ItemIndex()
        index.append(
          (0..<point.seq).map { k in
            ItemIndex.Line(
              offset: starts[k] + (k == point.seq - 1 ? 0 : 1),
              references: events[k].event.body.references)
          }, from: 0, to: point.offset)
        checkpoint.index = index
      case "the add line left out":
        let added = seqOf(target).added
        checkpoint.index = indexed({ $0 + 1 != added }) { events[$0].event.body.references }
      case "the last change left out":
        let last = seqOf(target).last
        checkpoint.index = indexed({ $0 + 1 != last }) { events[$0].event.body.references }
      case "a flipped byte in the index":
        checkpoint.index.bytes[checkpoint.index.bytes.count - 2] ^= 1
      case "index short of the point":
        checkpoint.index = ItemIndex()
        checkpoint.index.append(
          (0..<(point.seq - 1)).map {
            ItemIndex.Line(offset: starts[$0], references: events[$0].event.body.references)
          }, from: 0, to: starts[point.seq - 1])
      case "no index":
        checkpoint.index = ItemIndex()
      case "point moved":
        checkpoint.point.offset = starts[point.seq - 1]
      case "another ledger's hash":
        checkpoint.point.hash = String(repeating: "a", count: 64)
      default:
        checkpoint.plan.lastSeq -= 1
      }
    }
    #expect(IndexedItem.read(target, path: scratch.path) == nil, "\(kind)")
  }

  @Test("a torn tail is reported as the full read reports it, and the item still read")
  func tornTail() throws {
    let log = Self.lieLog
    let scratch = try ScratchLedger("indexed-torn")
    try Self.write(log.events, checkpointAt: 40, to: scratch)
    let handle = try FileHandle(forWritingTo: scratch.url)
    try handle.seekToEnd()
    try handle.write(contentsOf: Data(#"{"v":1,"seq":91"#.utf8))
    try handle.close()
    let item = try #require(IndexedItem.read(Self.busiest(log.events), path: scratch.path))
    let full = try LedgerReader.read(path: scratch.path)
    #expect(item.tornTail == full.tornTail)
    #expect(item.tornTail != nil)
  }
}

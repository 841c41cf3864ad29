import Foundation
import LedgerCommands
import LedgerCore
import LedgerTestSupport
import Testing

/// The index the writer keeps in its checkpoint: after any run of writes (every one rewriting
/// the checkpoint or only some, a crash between the append and the update, a retraction) it
/// names, for each item, exactly the lines that name it, found here from the ledger's own bytes.
@Suite("The writer's item index")
struct CheckpointIndexTests {
  typealias T = CheckpointTests

  /// For each ID named in the ledger at `path`, the start offsets of the lines naming it,
  /// found by splitting the file at its newlines and decoding each line.
  static func expected(_ path: String) throws -> [String: [Int]] {
    let bytes = [UInt8](try T.bytes(path))
    var result: [String: [Int]] = [:]
    var start = 0
    for (i, byte) in bytes.enumerated() where byte == 0x0A {
      let line = Array(bytes[start..<i])
      let recorded = try line.withUnsafeBytes { raw in try LineCodec.decode(raw) }
      for id in Set(recorded.event.body.references) { result[id, default: []].append(start) }
      start = i + 1
    }
    return result
  }

  /// Expects the checkpoint beside `path` to be at the ledger's head with an index equal to
  /// `expected(path)`.
  static func checkIndex(_ path: String, _ label: String) throws {
    let checkpoint = try #require(Checkpoint.load(Checkpoint.path(forLedger: path)), "\(label)")
    let size = try T.bytes(path).count
    #expect(checkpoint.point.offset == size, "\(label): the checkpoint is at the head")
    #expect(checkpoint.index.end() == checkpoint.point.offset, "\(label): the index is whole")
    for (id, offsets) in try expected(path) {
      #expect(
        checkpoint.index.offsets(of: id, coveringUpTo: checkpoint.point.offset) == offsets,
        "\(label): \(id)")
    }
    #expect(checkpoint.index.offsets(of: "NOPE", coveringUpTo: checkpoint.point.offset) == [])
  }

  @Test(
    "rewritten on every write, or once every few, the index names exactly each item's lines",
    arguments: [1, 3, 7])
  func incremental(interval: Int) throws {
    let dir = try T.directory()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let path = dir + "/plan.jsonl"
    let r = T.recorder(path, interval: interval)
    try T.ledger(at: path, notes: 4, recorder: r)
    // Interval 1 leaves it at the head; otherwise write on until a rewrite lands there.
    var written = 4
    while Checkpoint.load(Checkpoint.path(forLedger: path))?.point.offset
      != (try T.bytes(path).count)
    {
      try T.more(r, notes: 1)
      written += 1
      #expect(written < 40, "the checkpoint is never rewritten")
    }
    try Self.checkIndex(path, "interval \(interval) after \(written) notes")
  }

  @Test("a crash between appending and updating, then a retraction: the index is still exact")
  func crashThenRetraction() throws {
    let dir = try T.directory()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let path = dir + "/plan.jsonl"
    try T.ledger(at: path, notes: 2)
    var crashing = T.recorder(path)
    crashing.writesCheckpoint = false
    try T.more(crashing, notes: 3)
    // The next write folds from the stale checkpoint, and its chunk covers the lines the
    // crashed writes left out.
    try T.more(T.recorder(path), notes: 1)
    try Self.checkIndex(path, "after the crash")
    #expect(Checkpoint.load(Checkpoint.path(forLedger: path))?.hasCorrections == false)
    _ = try T.recorder(path).record(.eventRetracted(seq: 6, reason: "wrong action"), actor: T.actor)
    try Self.checkIndex(path, "after the retraction")
    #expect(Checkpoint.load(Checkpoint.path(forLedger: path))?.hasCorrections == true)
    // A write from that checkpoint keeps the mark.
    try T.more(T.recorder(path), notes: 1)
    try Self.checkIndex(path, "after the retraction and a note")
    #expect(Checkpoint.load(Checkpoint.path(forLedger: path))?.hasCorrections == true)
  }

  @Test("a write with no checkpoint builds the whole index from the log")
  func fromScratch() throws {
    let dir = try T.directory()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let path = dir + "/plan.jsonl"
    var r = T.recorder(path)
    r.writesCheckpoint = false
    try T.ledger(at: path, notes: 5, recorder: r)
    #expect(Checkpoint.load(Checkpoint.path(forLedger: path)) == nil)
    try T.more(T.recorder(path), notes: 1)
    try Self.checkIndex(path, "rebuilt")
  }
}

extension CheckpointIndexTests {
  @Test("chunks added write by write are merged into one now and then, and stay exact")
  func merging() throws {
    let dir = try T.directory()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let path = dir + "/plan.jsonl"
    let r = T.recorder(path, interval: 1)
    try T.ledger(at: path, notes: 0, recorder: r)
    var most = 0
    for k in 0..<(ItemIndex.mergeAfter + 8) {
      try T.more(r, notes: 1)
      let index = try #require(Checkpoint.load(Checkpoint.path(forLedger: path))?.index)
      let count = try #require(index.chunks()?.count, "after note \(k)")
      most = max(most, count)
      #expect(count <= ItemIndex.mergeAfter + 1)
    }
    #expect(most == ItemIndex.mergeAfter + 1 || most == ItemIndex.mergeAfter)
    let index = try #require(Checkpoint.load(Checkpoint.path(forLedger: path))?.index)
    #expect(try #require(index.chunks()?.count) < 16, "merged")
    try Self.checkIndex(path, "after merging")
    // A merge changes the form, never the answer.
    let merged = try #require(index.merged())
    #expect(merged.chunks()?.count == 1)
    for id in ["FV", "R1", "A1", "A2", "NOPE"] {
      let end = try #require(index.end())
      #expect(merged.offsets(of: id, coveringUpTo: end) == index.offsets(of: id, coveringUpTo: end))
    }
  }
}

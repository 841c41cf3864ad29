import Foundation
import LedgerCommands
import LedgerCore
import LedgerTestSupport
import Testing

/// The checkpoint beside a ledger: used only when it is this file's, and a write from it
/// appends exactly the line a full replay would, and refuses exactly what it would refuse.
@Suite("The writer's checkpoint")
struct CheckpointTests {
  static let actor = Actor(name: "Amara Okafor", role: "Principal Social Worker")
  static let now = Timestamp(rfc3339: "2026-03-01T09:00:00Z")!

  /// A recorder that rewrites the checkpoint on every write, so each test knows where it is.
  static func recorder(_ path: String, interval: Int = 1) -> Recorder {
    var r = Recorder(path: path, now: { now })
    r.checkpointInterval = interval
    return r
  }

  /// A fresh directory, removed afterwards by the caller.
  static func directory() throws -> String {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
      "checkpoint-\(UUID().uuidString)"
    ).path
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    return dir
  }

  static func bytes(_ path: String) throws -> Data {
    try Data(contentsOf: URL(fileURLWithPath: path))
  }

  /// A ledger of a plan, a source, a recommendation, two actions and `notes` progress notes.
  static func ledger(at path: String, notes: Int, recorder: Recorder? = nil, title: String = "P")
    throws
  {
    let r = recorder ?? Self.recorder(path)
    _ = try r.record(.planCreated(title: title, authority: "C"), actor: actor)
    _ = try r.record(
      .sourceAdded(
        SourceDetails(
          id: "FV", sourceType: .focusedVisit, title: "FV", date: CivilDate(parsing: "2025-11-01")!)
      ),
      actor: actor)
    _ = try r.record(
      .recommendationAdded(
        id: "R1", source: "FV", text: "Finding", theme: nil, framework: nil, priority: true),
      actor: actor)
    for id in ["A1", "A2"] {
      _ = try r.record(
        .actionAdded(
          id: id, recommendations: ["R1"], title: "Do \(id)", owner: "Owner",
          due: CivilDate(parsing: "2026-06-30")!), actor: actor)
    }
    try more(r, notes: notes)
  }

  static func more(_ r: Recorder, notes: Int) throws {
    for k in 0..<notes {
      _ = try r.record(
        .actionProgress(id: k % 2 == 0 ? "A1" : "A2", note: "note \(k)"), actor: actor)
    }
  }

  /// Appends `body` to `path` as it stands (checkpoint and all) and to a copy replayed in full
  /// with no checkpoint, and expects the same outcome and the same bytes. Returns the receipt.
  @discardableResult
  static func appendMatchesFullReplay(
    _ path: String, _ body: EventBody = .actionRated(id: "A1", rag: .amber, note: "why"),
    interval: Int = 1
  ) throws -> Receipt? {
    let reference = path + ".reference"
    try? FileManager.default.removeItem(atPath: reference)
    try FileManager.default.copyItem(atPath: path, toPath: reference)
    var full = Recorder(path: reference, now: { now })
    full.readsCheckpoint = false
    full.writesCheckpoint = false
    let fast = recorder(path, interval: interval)
    let expected = Result { try full.record(body, actor: actor) }
    let actual = Result { try fast.record(body, actor: actor) }
    switch (expected, actual) {
    case (.success(let e), .success(let a)):
      #expect(LineCodec.encode(e.event) == LineCodec.encode(a.event))
    case (.failure(let e), .failure(let a)):
      #expect(
        "\(e)".replacingOccurrences(of: reference, with: "")
          == "\(a)".replacingOccurrences(of: path, with: ""))
    default:
      Issue.record("full replay gave \(expected), the checkpointed writer \(actual)")
    }
    #expect(try bytes(path) == bytes(reference))
    return try? actual.get()
  }

  @Test("each write leaves a checkpoint; the next write starts from it")
  func written() throws {
    let dir = try Self.directory()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let path = dir + "/plan.jsonl"
    try Self.ledger(at: path, notes: 3)
    #expect(FileManager.default.fileExists(atPath: Checkpoint.path(forLedger: path)))
    let receipt = try Self.appendMatchesFullReplay(path)
    #expect(receipt?.usedCheckpoint == true)
    let checkpoint = try #require(Checkpoint.load(Checkpoint.path(forLedger: path)))
    #expect(checkpoint.point.seq == 9)
    #expect(checkpoint.point.offset == (try Self.bytes(path)).count)
  }

  @Test("the checkpoint is rewritten once every refreshInterval writes, and used in between")
  func refreshInterval() throws {
    let dir = try Self.directory()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let path = dir + "/plan.jsonl"
    let interval = Checkpoint.refreshInterval
    #expect(interval > 1)
    // plan.created (no checkpoint yet: a full read, which writes one at seq 1), then 4 more.
    try Self.ledger(at: path, notes: 0, recorder: Recorder(path: path, now: { Self.now }))
    let checkpointPath = Checkpoint.path(forLedger: path)
    #expect(Checkpoint.load(checkpointPath)?.point.seq == 1)
    for seq in 6...(interval + 3) {
      let body: EventBody = .actionProgress(id: seq % 2 == 0 ? "A1" : "A2", note: "n\(seq)")
      let receipt = try Self.appendMatchesFullReplay(path, body, interval: interval)
      #expect(receipt?.usedCheckpoint == true)
      #expect(receipt?.event.seq == seq)
      // Rewritten by the write that would leave `interval` lines after it, and not before.
      let expected = seq < interval + 1 ? 1 : interval + 1
      #expect(Checkpoint.load(checkpointPath)?.point.seq == expected, "after seq \(seq)")
    }
  }

  @Test("a stale checkpoint (the ledger grew since) is used, and the lines after it folded")
  func stale() throws {
    let dir = try Self.directory()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let path = dir + "/plan.jsonl"
    let checkpointPath = Checkpoint.path(forLedger: path)
    try Self.ledger(at: path, notes: 2)
    let old = try Self.bytes(checkpointPath)
    try Self.more(Self.recorder(path), notes: 5)
    try old.write(to: URL(fileURLWithPath: checkpointPath))
    #expect(try Self.appendMatchesFullReplay(path)?.usedCheckpoint == true)
  }

  @Test("a write that skipped updating the checkpoint (a crash) changes nothing that matters")
  func crashBeforeUpdate() throws {
    let dir = try Self.directory()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let path = dir + "/plan.jsonl"
    try Self.ledger(at: path, notes: 2)
    var crashing = Self.recorder(path)
    crashing.writesCheckpoint = false
    try Self.more(crashing, notes: 3)
    _ = try crashing.record(.actionCompleted(id: "A2", note: "done"), actor: Self.actor)
    #expect(try Self.appendMatchesFullReplay(path)?.usedCheckpoint == true)
    // The same refusal as a full replay: A2 is complete, so it cannot be rated.
    #expect(
      try Self.appendMatchesFullReplay(path, .actionRated(id: "A2", rag: .red, note: "x")) == nil)
  }

  @Test(
    "a corrupt checkpoint is ignored and rebuilt",
    arguments: ["bad digest", "truncated", "garbage", "empty", "newer version", "a directory"])
  func corrupt(kind: String) throws {
    let dir = try Self.directory()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let path = dir + "/plan.jsonl"
    let checkpointPath = Checkpoint.path(forLedger: path)
    try Self.ledger(at: path, notes: 2)
    var bytes = [UInt8](try Self.bytes(checkpointPath))
    switch kind {
    case "bad digest":
      // Change a letter of a string in the body: it still reads, but the digest no longer
      // matches.
      let title = try #require(bytes.lastIndex(of: UInt8(ascii: "P")))
      bytes[title] = UInt8(ascii: "Q")
    case "truncated":
      // Cut in the middle of the plan (a cut in the index is `truncatedIndex`).
      let newline = try #require(bytes.firstIndex(of: 0x0A))
      let length = try #require(
        Int(String(decoding: bytes[..<newline], as: UTF8.self).split(separator: " ")[2]))
      bytes = Array(bytes.prefix(newline + 1 + length / 2))
    case "garbage": bytes = Array("not a checkpoint at all\n{}".utf8)
    case "empty": bytes = []
    case "newer version":
      let text = String(decoding: bytes, as: UTF8.self).replacingOccurrences(
        of: "ledger-checkpoint \(Checkpoint.version) ", with: "ledger-checkpoint 99 ")
      bytes = Array(text.utf8)
    default: break
    }
    if kind == "a directory" {
      try FileManager.default.removeItem(atPath: checkpointPath)
      try FileManager.default.createDirectory(
        atPath: checkpointPath, withIntermediateDirectories: false)
    } else {
      #expect(Checkpoint.decode(bytes) == nil)
      try Data(bytes).write(to: URL(fileURLWithPath: checkpointPath))
    }
    #expect(try Self.appendMatchesFullReplay(path)?.usedCheckpoint == false)
    if kind != "a directory" {
      #expect(Checkpoint.load(checkpointPath)?.point.seq == 8, "rebuilt at the new head")
    }
  }

  @Test("a checkpoint whose index is cut short still serves writes, and its index is rebuilt whole")
  func truncatedIndex() throws {
    let dir = try Self.directory()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let path = dir + "/plan.jsonl"
    let checkpointPath = Checkpoint.path(forLedger: path)
    try Self.ledger(at: path, notes: 2)
    let whole = try #require(Checkpoint.load(checkpointPath))
    #expect(whole.index.end() == whole.point.offset)
    let bytes = [UInt8](try Self.bytes(checkpointPath))
    try Data(bytes.dropLast(3)).write(to: URL(fileURLWithPath: checkpointPath))
    let cut = try #require(Checkpoint.load(checkpointPath))
    #expect(cut.index.end() == nil)
    #expect(try Self.appendMatchesFullReplay(path)?.usedCheckpoint == true)
    let rebuilt = try #require(Checkpoint.load(checkpointPath))
    #expect(rebuilt.point.seq == 8)
    #expect(rebuilt.index.end() == rebuilt.point.offset)
  }

  @Test("a missing checkpoint is rebuilt from the log")
  func missing() throws {
    let dir = try Self.directory()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let path = dir + "/plan.jsonl"
    try Self.ledger(at: path, notes: 2)
    try FileManager.default.removeItem(atPath: Checkpoint.path(forLedger: path))
    #expect(try Self.appendMatchesFullReplay(path)?.usedCheckpoint == false)
    #expect(Checkpoint.load(Checkpoint.path(forLedger: path))?.point.seq == 8)
    #expect(try Self.appendMatchesFullReplay(path)?.usedCheckpoint == true)
  }

  @Test("a checkpoint from another ledger (another hash at that seq) is ignored")
  func foreign() throws {
    let dir = try Self.directory()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let path = dir + "/plan.jsonl"
    let other = dir + "/other.jsonl"
    try Self.ledger(at: path, notes: 3)
    // The same shape and length, another title: the same seq and offset, another hash.
    try Self.ledger(at: other, notes: 3, title: "Q")
    let theirs = try #require(Checkpoint.load(Checkpoint.path(forLedger: other)))
    let ours = try #require(Checkpoint.load(Checkpoint.path(forLedger: path)))
    #expect(theirs.point.seq == ours.point.seq && theirs.point.offset == ours.point.offset)
    #expect(theirs.point.hash != ours.point.hash)
    try Self.bytes(Checkpoint.path(forLedger: other)).write(
      to: URL(fileURLWithPath: Checkpoint.path(forLedger: path)))
    #expect(try Self.appendMatchesFullReplay(path)?.usedCheckpoint == false)
    // A checkpoint that lies about the hash at its own line, with a well-formed digest.
    var lie = try #require(Checkpoint.load(Checkpoint.path(forLedger: path)))
    lie.point.hash = String(repeating: "ab", count: 32)
    lie.plan.title = "A lie"
    #expect(lie.write(to: Checkpoint.path(forLedger: path)))
    #expect(try Self.appendMatchesFullReplay(path)?.usedCheckpoint == false)
  }

  @Test("a checkpoint whose line is not where it says (offset moved, or past the end) is ignored")
  func wrongOffset() throws {
    let dir = try Self.directory()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let path = dir + "/plan.jsonl"
    let checkpointPath = Checkpoint.path(forLedger: path)
    try Self.ledger(at: path, notes: 2)
    let good = try #require(Checkpoint.load(checkpointPath))
    for shift in [-1, 1, -7] {
      var moved = good
      moved.point.offset += shift
      #expect(moved.write(to: checkpointPath))
      #expect(try Self.appendMatchesFullReplay(path)?.usedCheckpoint == false)
    }
  }

  @Test("a checkpoint past the end (the ledger restored from an older copy) is ignored")
  func beyondTheEnd() throws {
    let dir = try Self.directory()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let path = dir + "/plan.jsonl"
    try Self.ledger(at: path, notes: 1)
    let older = try Self.bytes(path)
    try Self.more(Self.recorder(path), notes: 4)
    // Restore the older copy of the ledger; the checkpoint names seq 10, which it lacks.
    try older.write(to: URL(fileURLWithPath: path))
    #expect(try Self.appendMatchesFullReplay(path)?.usedCheckpoint == false)
    // Restored, then grown past the old checkpoint's offset with other lines.
    try Self.more(Self.recorder(path), notes: 1)
    try older.write(to: URL(fileURLWithPath: path))
    try Self.more(
      {
        var r = Self.recorder(path)
        r.writesCheckpoint = false
        return r
      }(),
      notes: 6)
    #expect(try Self.appendMatchesFullReplay(path) != nil)
  }

  @Test("a retraction replays the whole log, and the checkpoint after it honours it")
  func retraction() throws {
    let dir = try Self.directory()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let path = dir + "/plan.jsonl"
    try Self.ledger(at: path, notes: 2)
    _ = try Self.recorder(path).record(
      .actionRated(id: "A1", rag: .red, note: "r"), actor: Self.actor)
    let receipt = try Self.appendMatchesFullReplay(path, .eventRetracted(seq: 8, reason: "wrong"))
    #expect(receipt?.usedCheckpoint == false)
    let checkpoint = try #require(Checkpoint.load(Checkpoint.path(forLedger: path)))
    #expect(checkpoint.plan.actions["A1"]?.rag == nil, "the retracted rating is gone")
    // Retracting with the checkpoint skipped leaves a stale one: the next write replays.
    var crashing = Self.recorder(path)
    crashing.writesCheckpoint = false
    _ = try crashing.record(.actionRated(id: "A2", rag: .green, note: "g"), actor: Self.actor)
    _ = try crashing.record(.eventRetracted(seq: 10, reason: "wrong"), actor: Self.actor)
    #expect(try Self.appendMatchesFullReplay(path)?.usedCheckpoint == false)
  }

  @Test(
    "checkpointed and full-replay writers agree over random commands, checkpoints lost and stale",
    arguments: Array(UInt64(1)...6))
  func randomised(seed: UInt64) throws {
    var rng = SeededRandom(seed: seed)
    let dir = try Self.directory()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let fastPath = dir + "/fast.jsonl"
    let fullPath = dir + "/full.jsonl"
    let clock = Clock()
    var fast = Recorder(path: fastPath, now: { clock.tick() })
    var full = Recorder(path: fullPath, now: { Self.now })
    full.readsCheckpoint = false
    full.writesCheckpoint = false
    try Self.ledger(at: fastPath, notes: 0, recorder: fast)
    try FileManager.default.copyItem(atPath: fastPath, toPath: fullPath)
    var saved: Data?
    var used = 0
    for step in 0..<200 {
      let count = try LedgerReader.read(path: fullPath).events.count
      let body = RandomisedTests.randomBody(&rng, seqCount: count)
      // Now and then: lose the checkpoint, skip its update, or put back an old one.
      let checkpointPath = Checkpoint.path(forLedger: fastPath)
      switch Int.random(in: 0..<20, using: &rng) {
      case 0: try? FileManager.default.removeItem(atPath: checkpointPath)
      case 1: saved = try? Self.bytes(checkpointPath)
      case 2: try saved?.write(to: URL(fileURLWithPath: checkpointPath))
      default: break
      }
      fast.writesCheckpoint = Int.random(in: 0..<10, using: &rng) != 0
      fast.checkpointInterval = Int.random(in: 1...4, using: &rng)
      let instant = clock.tick()
      fast.now = { instant }
      full.now = { instant }
      let expected = Result { try full.record(body, actor: Self.actor) }
      let actual = Result { try fast.record(body, actor: Self.actor) }
      switch (expected, actual) {
      case (.success(let e), .success(let a)):
        #expect(LineCodec.encode(e.event) == LineCodec.encode(a.event), "step \(step) \(body)")
        if a.usedCheckpoint { used += 1 }
      case (.failure(let e), .failure(let a)):
        #expect(
          "\(e)".replacingOccurrences(of: fullPath, with: "")
            == "\(a)".replacingOccurrences(
              of: fastPath, with: ""), "step \(step) \(body)")
      default:
        Issue.record("step \(step) \(body): full replay gave \(expected), checkpointed \(actual)")
      }
    }
    #expect(try Self.bytes(fastPath) == Self.bytes(fullPath))
    #expect(used > 10, "the checkpoint should be used most of the time")
  }

  /// Priority P1 with measure M1 (two values) and action B1 under P1 only, with an impact
  /// note: every field format version 3 added to the plan.
  static func version3(_ r: Recorder) throws {
    let day = { (text: String) in CivilDate(parsing: text)! }
    let events: [EventBody] = [
      .priorityAdded(id: "P1", title: "Safe", outcome: "Children are safe"),
      .measureAdded(
        MeasureDetails(
          id: "M1", under: "P1", title: "PEP timeliness", unit: "%",
          baseline: Numeral(parsing: "61")!, baselineDate: day("2025-04-01"),
          target: Numeral(parsing: "90")!, targetDate: day("2026-12-31"),
          direction: .higherIsBetter)),
      .measureRecorded(
        id: "M1", value: Numeral(parsing: "64.5")!, date: day("2025-12-31"), note: "Q3"),
      .measureRecorded(
        id: "M1", value: Numeral(parsing: "61.25")!, date: day("2025-09-30"), note: "Q2"),
      .actionAdded(
        id: "B1", recommendations: [], title: "Business plan action", owner: "DCS",
        due: day("2026-06-30"), under: ["P1"]),
      .actionCompleted(id: "B1", note: "Done"),
      .actionImpact(id: "B1", note: "Children seen the same day"),
    ]
    for body in events { _ = try r.record(body, actor: actor) }
  }

  @Test("priorities, measures and impact: a checkpointed write and a full replay agree")
  func version3Fields() throws {
    let dir = try Self.directory()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let path = dir + "/plan.jsonl"
    try Self.ledger(at: path, notes: 1)
    try Self.version3(Self.recorder(path))
    let checkpoint = try #require(Checkpoint.load(Checkpoint.path(forLedger: path)))
    let replayed = Replay(try LedgerReader.read(path: path).events).plan()
    #expect(checkpoint.plan.priorities == replayed.priorities)
    #expect(checkpoint.plan.priorityOrder == ["P1"])
    #expect(checkpoint.plan.measures == replayed.measures)
    #expect(checkpoint.plan.measures["M1"]?.values.map(\.value.text) == ["64.5", "61.25"])
    #expect(checkpoint.plan.actions == replayed.actions)
    #expect(checkpoint.plan.actions["B1"]?.under == ["P1"])
    #expect(checkpoint.plan.actions["B1"]?.impacts.map(\.note) == ["Children seen the same day"])

    // Each write from the checkpoint appends the line a full replay would, or refuses alike.
    let bodies: [EventBody] = [
      .measureRecorded(
        id: "M1", value: Numeral(parsing: "70")!, date: CivilDate(parsing: "2026-01-31")!,
        note: "Q4"),
      .measureAmended(MeasureAmendment(id: "M1", target: Numeral(parsing: "90")!, reason: "r")),
      .measureAmended(MeasureAmendment(id: "M1", target: Numeral(parsing: "74")!, reason: "r")),
      .priorityAmended(id: "P1", title: "Safe", outcome: nil, reason: "r"),
      .actionAmended(
        id: "B1", title: nil, owner: nil, due: nil, reason: "r", recommendations: nil, under: []),
      .actionImpact(id: "B1", note: "More children seen the same day"),
      .actionAdded(
        id: "M1", recommendations: [], title: "t", owner: "o",
        due: CivilDate(parsing: "2026-06-30")!, under: ["P1"]),
    ]
    for body in bodies {
      let receipt = try Self.appendMatchesFullReplay(path, body)
      if let receipt { #expect(receipt.usedCheckpoint) }
    }
    let last = try #require(Checkpoint.load(Checkpoint.path(forLedger: path)))
    let full = Replay(try LedgerReader.read(path: path).events).plan()
    #expect(last.plan.measures == full.measures)
    #expect(last.plan.measures["M1"]?.details.target.text == "74")
    #expect(last.plan.actions["B1"]?.impacts.count == 2)
  }
}

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// One item's lines and the plan at the head, read through the checkpoint's index instead of
/// the whole log: what `show ID` and `history ID` need.
///
/// It is read only when that is certain to give what a full read would: the checkpoint is
/// checked as a writer checks it (digest, version, the ledger's line ending at its offset
/// carries its `seq`, `hash` and `recorded`), no line of the log is a retraction or a
/// redaction (recorded in the checkpoint for the lines up to it; the lines after it are read),
/// the index is whole and covers exactly the lines up to the checkpoint, and every line it
/// points at starts a line, passes `verify`, comes in `seq` order and names the item; and the
/// plan agrees (the item's `addedSeq` and `lastChangedSeq` are among the lines found).
/// Otherwise `read` gives nil, and the caller reads the log in full.
public struct IndexedItem: Sendable {
  /// The plan after every line.
  public var plan: Plan
  /// The lines that name the item, oldest first.
  public var events: [RecordedEvent]
  /// The last whole line.
  public var head: RecordedEvent
  /// The final fragment with no `\n`, if any.
  public var tornTail: TornTail?

  /// Reads item `id` of the ledger at `path` through its checkpoint's index, under a shared
  /// lock; nil if there is no usable checkpoint or anything is doubtful (see the type).
  public static func read(
    _ id: String, path: String, wait: LockWait = .standard, onWaiting: (String) -> Void = { _ in }
  ) -> IndexedItem? {
    let found = try? LedgerReader.locked(path: path, wait: wait, onWaiting: onWaiting) { fd in
      read(id, fd: fd, path: path)
    }
    return found ?? nil
  }

  /// Reads item `id` from the open ledger `fd` (see `read(_:path:wait:onWaiting:)`).
  static func read(_ id: String, fd: Int32, path: String) -> IndexedItem? {
    let checkpointPath = Checkpoint.path(forLedger: RegularFile.resolved(path))
    guard var checkpoint = Checkpoint.load(checkpointPath), !checkpoint.hasCorrections else {
      return nil
    }
    let point = checkpoint.point
    guard checkpoint.plan.lastSeq == point.seq,
      let offsets = checkpoint.index.offsets(of: id, coveringUpTo: point.offset),
      let last = line(fd: fd, endingAt: point.offset),
      last.seq == point.seq, last.hash == point.hash, last.event.recorded == point.recorded
    else { return nil }
    // The item's lines up to the checkpoint, each proven to be a line naming it.
    var events: [RecordedEvent] = []
    events.reserveCapacity(offsets.count)
    for offset in offsets {
      guard let bytes = LineStarts.line(fd: fd, startingAt: offset, limit: point.offset),
        let recorded = try? bytes.withUnsafeBytes({ raw throws(LineProblem) in
          try LineCodec.decode(raw, verify: true)
        }),
        recorded.seq <= point.seq, recorded.seq > events.last?.seq ?? 0,
        recorded.event.body.references.contains(id)
      else { return nil }
      events.append(recorded)
    }
    // The lines after it, checked against the chain from there, folded.
    guard let tail = try? LedgerReader.read(fd: fd, path: path, from: point) else { return nil }
    var plan = Plan()
    swap(&plan, &checkpoint.plan)
    for recorded in tail.events {
      if case .eventRetracted = recorded.event.body { return nil }
      if recorded.event.type.rawValue == "payload.redacted" { return nil }
      plan.apply(recorded.event)
      if recorded.event.body.references.contains(id) { events.append(recorded) }
    }
    guard agrees(plan, id, seqs: Set(events.map(\.seq))) else { return nil }
    return IndexedItem(
      plan: plan, events: events, head: tail.events.last ?? last, tornTail: tail.tornTail)
  }

  /// Whether the plan's record of `id` is consistent with the lines found: each seq at which
  /// the plan says it was added or last changed is one of them.
  static func agrees(_ plan: Plan, _ id: String, seqs: Set<Int>) -> Bool {
    var named: [Int] = []
    if let s = plan.sources[id] { named.append(s.addedSeq) }
    if let r = plan.recommendations[id] { named += [r.addedSeq, r.lastChangedSeq] }
    if let a = plan.actions[id] { named += [a.addedSeq, a.lastChangedSeq] }
    if let p = plan.priorities[id] { named += [p.addedSeq, p.lastChangedSeq] }
    if let m = plan.measures[id] { named += [m.addedSeq, m.lastChangedSeq] }
    return named.allSatisfy(seqs.contains)
  }

  /// The line whose `\n` is the byte just before `offset`, decoded; nil if there is none.
  static func line(fd: Int32, endingAt offset: Int) -> RecordedEvent? {
    guard let bytes = try? PositionalRead.line(fd, endingAt: offset) else { return nil }
    return try? bytes.withUnsafeBytes { raw throws(LineProblem) in
      try LineCodec.decode(raw)
    }
  }
}

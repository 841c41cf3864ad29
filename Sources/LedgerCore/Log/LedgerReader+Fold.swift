extension LedgerReader {
  /// Reads the file at `path` as `read(path:verify:wait:onWaiting:)` does — the same lock,
  /// line checks, chain checks and first bad line — but folds each event into the plan as it
  /// is read and keeps only the plan: memory grows with the plan, not the log.
  ///
  /// The result equals `Replay(events).plan(upTo: Replay(events).count(recordedUpTo:))` at
  /// `instant` (all events when nil). The file is read twice under one lock: a quick pass that
  /// decodes only its retraction lines, then the full read.
  public static func fold(
    path: String, asOf instant: Timestamp? = nil, wait: LockWait = .standard,
    onWaiting: (String) -> Void = { _ in }
  ) throws(LedgerError) -> FoldedLedger {
    try locked(path: path, wait: wait, onWaiting: onWaiting) { fd throws(LedgerError) in
      let size = try RegularFile.size(fd, path: path)
      let retractions = try RetractionScan.retractions(fd: fd, path: path, size: size)
      let state = try stream(
        fd: fd, path: path, verify: false,
        into: PlanFold(cutoff: instant, retractions: retractions))
      return try folded(state)
    }
  }

  /// Folds ledger bytes already in memory (tests, tools), as `fold(path:asOf:wait:onWaiting:)`.
  public static func fold(bytes: [UInt8], path: String = "<bytes>", asOf instant: Timestamp? = nil)
    throws(LedgerError) -> FoldedLedger
  {
    let retractions = RetractionScan.retractions(bytes: bytes)
    let state = stream(
      bytes: bytes, path: path, verify: false,
      into: PlanFold(cutoff: instant, retractions: retractions))
    return try folded(state)
  }

  /// The fold's result, or the first bad line.
  private static func folded(_ state: ReadState<PlanFold>) throws(LedgerError) -> FoldedLedger {
    if let failure = state.failure { throw failure }
    let fold = state.sink
    return FoldedLedger(
      plan: fold.plan, head: fold.head, count: fold.count, events: fold.total,
      firstRecorded: fold.firstRecorded, tornTail: state.tornTail)
  }
}

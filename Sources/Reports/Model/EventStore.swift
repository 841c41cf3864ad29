import LedgerCore

/// Where a report finds an event again by its `seq` when it writes the event's row: in a log
/// held in memory, or on its line in the ledger file, read again by offset under the lock the
/// report was built under (`LedgerPasses`), so the report never holds the log.
public enum EventStore: Sendable {
  /// A log in memory.
  case memory(Replay)
  /// The ledger file, open and locked, and where each of its lines ends.
  case file(LedgerPasses, LineIndex)

  /// The event on line `seq` (1-based, a line the report has already read).
  ///
  /// The file's bytes were read and verified under the same lock, so reading a line again can
  /// fail only if the disk does (or the file is cut short under the lock); the error is thrown
  /// to the renderer, which stops there, and the command line reports it (an `--output` file
  /// is then left as it was).
  func event(_ seq: Int) throws(LedgerError) -> Event {
    switch self {
    case .memory(let replay):
      return replay.events[seq - 1].event
    case .file(let passes, let index):
      return try passes.event(seq, in: index).event
    }
  }

  /// The log, when it is in memory (its events word a retraction or redaction as the audit
  /// trail does).
  var replay: Replay? {
    if case .memory(let replay) = self { return replay }
    return nil
  }
}

extension EventStore {
  /// The events on lines `seqs`, in that order; from the file, read and decoded on every core.
  /// Throws as `event(_:)` does.
  func events(_ seqs: [Int]) throws(LedgerError) -> [Event] {
    switch self {
    case .memory(let replay):
      return seqs.map { replay.events[$0 - 1].event }
    case .file(let passes, let index):
      return try passes.events(seqs, in: index).map(\.event)
    }
  }
}

import LedgerCore

/// The filters of `ledger history` beyond the item and the time window; an entry passes when
/// it passes every filter that is set.
public struct HistoryFilter: Sendable, Equatable {
  /// Only these event types (empty: every type).
  public var types: Set<EventType> = []
  /// Only events that were later retracted.
  public var retracted = false
  /// Only events recorded after the fact (an effective date earlier than the recorded date).
  public var backRecorded = false
  /// Only events whose actor's name or role contains this text, compared ignoring case.
  public var actor: String?
  /// Only events after this seq (e.g. the last board meeting).
  public var afterSeq = 0

  /// A filter that lets every entry through.
  public init() {}

  /// Whether `entry` passes.
  public func admits(_ entry: HistoryEntry) -> Bool {
    guard entry.seq > afterSeq, types.isEmpty || types.contains(entry.type),
      !retracted || entry.retracted != nil, !backRecorded || entry.isBackRecorded
    else { return false }
    guard let actor, !actor.isEmpty else { return true }
    let needle = actor.lowercased()
    return entry.actor.name.lowercased().contains(needle)
      || entry.actor.role.lowercased().contains(needle)
  }

  /// The entries that pass, in order.
  public func apply(_ entries: [HistoryEntry]) -> [HistoryEntry] {
    entries.filter(admits)
  }
}

import LedgerCore

/// How many actions stand in each status (withdrawn ones included here, as their own count).
public struct StatusCounts: Hashable, Sendable {
  /// Open.
  public var open = 0
  /// Complete, awaiting sign-off.
  public var complete = 0
  /// Signed off by the board.
  public var signedOff = 0
  /// Deferred.
  public var deferred = 0
  /// Withdrawn.
  public var withdrawn = 0

  /// Counts of `actions`.
  public init(_ actions: [Action]) {
    for a in actions {
      switch a.status {
      case .open: open += 1
      case .complete: complete += 1
      case .signedOff: signedOff += 1
      case .deferred: deferred += 1
      case .withdrawn: withdrawn += 1
      }
    }
  }

  /// Every action.
  public var total: Int { open + complete + signedOff + deferred + withdrawn }

  /// The counts with their words, in the order a board reads them.
  public var labelled: [(word: String, count: Int)] {
    [
      ("Open", open), ("Complete", complete), ("Signed off", signedOff), ("Deferred", deferred),
      ("Withdrawn", withdrawn),
    ]
  }
}

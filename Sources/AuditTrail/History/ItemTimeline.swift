import LedgerCore

/// The history of one source, recommendation or action (`ledger show ID`): the entries of
/// `History` that name it, oldest first.
public struct ItemTimeline: Hashable, Sendable {
  /// The item's ID.
  public var id: String
  /// What kind of item it is at the end of the log, or nil if it is not in the plan (never
  /// added, or its `*.added` event was retracted).
  public var kind: ItemKind?
  /// The events that name it, and retractions of them.
  public var entries: [HistoryEntry]

  /// The timeline of `id` in `replay` (see `History.entries(_:item:since:until:actor:)`).
  public init(_ replay: Replay, id: String) {
    self.id = id
    self.kind = replay.plan().kind(of: id)
    self.entries = History.entries(replay, item: id)
  }

  /// The timeline for a terminal, as `History.text(_:)`.
  public var text: String { History.text(entries) }

  /// The timeline as JSON, as `History.json(_:)`: an array of entries.
  public var json: JSONValue { History.json(entries) }
}

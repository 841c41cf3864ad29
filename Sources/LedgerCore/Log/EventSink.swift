/// Receives each event a read of a ledger accepts, in `seq` order, once its line has passed
/// every check of the read (shape, canonical form, `seq`, `prev`, `recorded`).
///
/// Every read goes through one code path (`ReadState`); what happens to the accepted events is
/// the sink's business: ``EventCollector`` keeps them all, ``PlanFold`` folds them into a plan
/// and keeps only that.
public protocol EventSink {
  /// Takes the next accepted event.
  mutating func take(_ recorded: RecordedEvent)
}

/// A sink that keeps every event: what `LedgerReader.read` returns.
public struct EventCollector: EventSink {
  /// The events taken so far, in `seq` order.
  public var events: [RecordedEvent] = []

  /// An empty collector.
  public init() {}

  /// Appends the event.
  public mutating func take(_ recorded: RecordedEvent) {
    events.append(recorded)
  }
}

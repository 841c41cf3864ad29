extension Retraction {
  /// The retractions among `revisions` (the lines `LedgerPasses.revisions()` found, in `seq`
  /// order): retracted `seq` → its retraction, as `Replay.retractions(upTo:)` gives them for a
  /// log in memory (the first retraction of an event counts).
  public static func retractions(among revisions: [RecordedEvent]) -> [Int: Retraction] {
    var result: [Int: Retraction] = [:]
    for recorded in revisions {
      if case .eventRetracted(let target, let reason) = recorded.event.body, target < recorded.seq,
        result[target] == nil
      {
        result[target] = Retraction(seq: recorded.seq, actor: recorded.event.actor, reason: reason)
      }
    }
    return result
  }
}

import SHA256

/// Folds events into a plan as a read hands them over, keeping only the plan: the streaming
/// form of ``Replay/plan(upTo:excluding:)``.
///
/// The state at a point is the fold of every event recorded up to it, in `seq` order, skipping
/// those retracted by an `event.retracted` recorded up to it. A retraction always names an
/// earlier event, so the fold must know the retractions before it starts: it is given them
/// (`LedgerReader` finds them in a first pass over the bytes). Events recorded after `cutoff`
/// are counted but not folded; `recorded` never goes backwards, so they are the log's tail.
public struct PlanFold: EventSink {
  /// The plan after the events up to the cutoff.
  public private(set) var plan = Plan()
  /// How many events were recorded up to the cutoff.
  public private(set) var count = 0
  /// The last event recorded up to the cutoff: its `seq` and `hash`.
  public var head: Head? { last.map { Head(seq: $0.seq, hash: $0.hash.hex) } }
  /// The last event recorded up to the cutoff, its hash kept as a digest until asked for.
  private var last: (seq: Int, hash: SHA256Digest)?
  /// When the log's first event was recorded, whatever the cutoff.
  public private(set) var firstRecorded: Timestamp?
  /// How many events were taken, up to the cutoff or after it.
  public private(set) var total = 0
  /// Only events recorded at or before this count (all if nil).
  public let cutoff: Timestamp?
  /// The events retracted by a retraction recorded up to the cutoff.
  let retracted: Set<Int>

  /// A fold of the events recorded up to `cutoff` (all if nil), given every `event.retracted`
  /// of the log (those after the cutoff are ignored; other events are ignored too).
  public init(cutoff: Timestamp?, retractions: [RecordedEvent]) {
    self.cutoff = cutoff
    var retracted = Set<Int>()
    for recorded in retractions where cutoff.map({ recorded.event.recorded <= $0 }) ?? true {
      if case .eventRetracted(let target, _) = recorded.event.body, target < recorded.seq {
        retracted.insert(target)
      }
    }
    self.retracted = retracted
  }

  /// Folds in the next event, unless it is retracted or after the cutoff.
  public mutating func take(_ recorded: RecordedEvent) {
    total += 1
    if firstRecorded == nil { firstRecorded = recorded.event.recorded }
    if let cutoff, recorded.event.recorded > cutoff { return }
    count += 1
    last = (recorded.seq, recorded.hashDigest)
    if !retracted.contains(recorded.seq) { plan.apply(recorded.event) }
    // As `Replay.fold` leaves it: the last event counted, retracted or not.
    plan.lastSeq = count
  }
}

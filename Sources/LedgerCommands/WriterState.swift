import LedgerCore
import LedgerWrite

/// What a write needs to know about the log before it appends: the plan folded to the last
/// line, that line, the number of lines, where the whole lines end and any torn tail.
///
/// From a valid checkpoint only the lines after it are read and folded (O(1) in the log's
/// length when the checkpoint is at or near the head); otherwise, or when the whole log is
/// needed (a retraction's check), the log is read and replayed in full. Both give the same
/// state: the checkpoint is used only where that is certain.
struct WriterState {
  /// The plan after every line, retractions honoured.
  var plan: Plan
  /// The last whole line, nil for an empty file.
  var last: RecordedEvent?
  /// How many whole lines the file holds.
  var count: Int
  /// Every line, when the log was read in full.
  var events: [RecordedEvent]?
  /// The final fragment with no `\n`, if any.
  var tornTail: TornTail?
  /// Where the whole lines end.
  var wholeLineBytes: Int
  /// Whether a checkpoint was used.
  var fromCheckpoint: Bool
  /// How many lines were read and folded after the checkpoint (0 without one).
  var linesAfterCheckpoint = 0
  /// The checkpoint's point, when one was used.
  var checkpointPoint: ChainPoint?
  /// What each line after the checkpoint names (`EventBody.references`), when one was used.
  var tailReferences: [[String]] = []
  /// Whether any line is a retraction or a redaction (see `Checkpoint.hasCorrections`).
  var hasCorrections = false

  /// Reads the log from `file`: from the checkpoint at `checkpointPath` if there is a valid one
  /// and `wholeLog` is false, else in full.
  static func load(_ file: LedgerFile, checkpointPath: String?, wholeLog: Bool)
    throws(LedgerError) -> WriterState
  {
    if !wholeLog, let checkpointPath,
      let checkpoint = Checkpoint.load(checkpointPath, withIndex: false),
      let state = fromCheckpoint(checkpoint, file: file)
    {
      return state
    }
    let contents = try file.read()
    let replay = Replay(contents.events)
    return WriterState(
      plan: replay.plan(), last: contents.events.last, count: contents.events.count,
      events: contents.events, tornTail: contents.tornTail,
      wholeLineBytes: contents.wholeLineBytes, fromCheckpoint: false,
      hasCorrections: contents.events.contains { isCorrection($0.event) })
  }

  /// The state from `checkpoint` and the lines after it, or nil if the checkpoint does not
  /// belong to this file as it is now, or anything after it needs the whole log. Any problem
  /// reading on from it also gives nil: the full read then reports it as it always would.
  static func fromCheckpoint(_ checkpoint: consuming Checkpoint, file: LedgerFile) -> WriterState? {
    let point = checkpoint.point
    // The line ending at the checkpoint's offset must be its line: that seq, that hash.
    guard let bytes = try? file.line(endingAt: point.offset),
      let line = try? bytes.withUnsafeBytes({ raw throws(LineProblem) in
        try LineCodec.decode(raw)
      }),
      line.seq == point.seq, line.hash == point.hash, line.event.recorded == point.recorded,
      checkpoint.plan.lastSeq == point.seq
    else { return nil }
    guard let tail = try? file.read(from: point) else { return nil }
    // Take the plan out of the checkpoint rather than copy it: folding a line into a copy
    // would duplicate every action.
    var plan = Plan()
    swap(&plan, &checkpoint.plan)
    var references: [[String]] = []
    references.reserveCapacity(tail.events.count)
    for recorded in tail.events {
      // A retraction (or a redaction) changes what earlier lines mean: replay the whole log.
      if isCorrection(recorded.event) { return nil }
      plan.apply(recorded.event)
      references.append(recorded.event.body.references)
    }
    return WriterState(
      plan: plan, last: tail.events.last ?? line, count: point.seq + tail.events.count,
      events: nil, tornTail: tail.tornTail, wholeLineBytes: tail.wholeLineBytes,
      fromCheckpoint: true, linesAfterCheckpoint: tail.events.count, checkpointPoint: point,
      tailReferences: references, hasCorrections: checkpoint.hasCorrections)
  }

  /// Whether `event` changes what earlier lines mean: a retraction or a redaction.
  static func isCorrection(_ event: Event) -> Bool {
    if case .eventRetracted = event.body { return true }
    return event.type.rawValue == "payload.redacted"
  }

  /// The checkpoint's index after `appended`, the line just written at `wholeLineBytes`,
  /// ending at `end`: built from every line when the log was read in full, else the old
  /// checkpoint's index (at `checkpointPath`, checked whole up to its point) with a chunk for
  /// the lines after it. Nil if the lines cannot be found again or the old index is not whole:
  /// then there should be no checkpoint, and the next write rebuilds it from the log.
  func index(
    ledgerPath: String, checkpointPath: String, appended: RecordedEvent, end: Int
  ) -> ItemIndex? {
    var index: ItemIndex
    let from: Int
    let references: [[String]]
    if let events {
      index = ItemIndex()
      from = 0
      references = events.map(\.event.body.references)
    } else {
      guard let point = checkpointPoint, let old = Checkpoint.loadIndex(checkpointPath),
        let chunks = old.chunks(), chunks.end == point.offset
      else { return nil }
      // Each such write adds a chunk repeating the IDs it names: merge them now and then.
      index = chunks.count >= ItemIndex.mergeAfter ? (old.merged() ?? old) : old
      from = point.offset
      references = tailReferences
    }
    guard let starts = LineStarts.scan(path: ledgerPath, from: from, to: wholeLineBytes),
      starts.count == references.count
    else { return nil }
    var lines = zip(starts, references).map { ItemIndex.Line(offset: $0, references: $1) }
    lines.append(ItemIndex.Line(offset: wholeLineBytes, references: appended.event.body.references))
    index.append(lines, from: from, to: end)
    return index
  }
}

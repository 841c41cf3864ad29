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

  /// Reads the log from `file`: from the checkpoint at `checkpointPath` if there is a valid one
  /// and `wholeLog` is false, else in full.
  static func load(_ file: LedgerFile, checkpointPath: String?, wholeLog: Bool)
    throws(LedgerError) -> WriterState
  {
    if !wholeLog, let checkpointPath, let checkpoint = Checkpoint.load(checkpointPath),
      let state = fromCheckpoint(checkpoint, file: file)
    {
      return state
    }
    let contents = try file.read()
    let replay = Replay(contents.events)
    return WriterState(
      plan: replay.plan(), last: contents.events.last, count: contents.events.count,
      events: contents.events, tornTail: contents.tornTail,
      wholeLineBytes: contents.wholeLineBytes, fromCheckpoint: false)
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
    for recorded in tail.events {
      // A retraction (or a redaction) changes what earlier lines mean: replay the whole log.
      if case .eventRetracted = recorded.event.body { return nil }
      if recorded.event.type.rawValue == "payload.redacted" { return nil }
      plan.apply(recorded.event)
    }
    return WriterState(
      plan: plan, last: tail.events.last ?? line, count: point.seq + tail.events.count,
      events: nil, tornTail: tail.tornTail, wholeLineBytes: tail.wholeLineBytes,
      fromCheckpoint: true, linesAfterCheckpoint: tail.events.count)
  }
}

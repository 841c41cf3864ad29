import LedgerCore
import LedgerWrite

/// Appends one validated event to a ledger: the whole write side.
///
/// Under an exclusive lock it reads the log, checks the tail, folds the plan, applies the
/// rules, then (only if everything allows it) sets any torn tail aside, appends one line and
/// fsyncs. A refusal leaves the file byte-for-byte unchanged.
///
/// Two clocks: `now` stamps the event (`LEDGER_NOW` in tests and demos, the wall clock
/// otherwise) and `realClock` is the machine's own; a write whose `now` is more than
/// ``maximumLead`` seconds ahead of `realClock` is refused (see `Recorder+Clock.swift`).
public struct Recorder: Sendable {
  /// The ledger file.
  public var path: String
  /// The clock that stamps the event: `LEDGER_NOW` in tests and demos, the wall clock otherwise.
  public var now: @Sendable () -> Timestamp
  /// What `now` is, for messages: e.g. "LEDGER_NOW"; nil when it is the machine's clock.
  public var clockSource: String?
  /// The machine's real clock, against which `now` may be at most ``maximumLead`` ahead.
  public var realClock: @Sendable () -> Timestamp = { Timestamp.now() }
  /// How long to wait for another process's lock.
  public var wait: LockWait
  /// Told once, with a line to show, when the lock has taken about a second to get.
  public var onWaiting: @Sendable (String) -> Void
  /// Whether to start from the checkpoint beside the ledger when it is valid (see
  /// `Checkpoint`); false replays the whole log, as a reference.
  public var readsCheckpoint = true
  /// Whether to write the checkpoint after each append; false leaves whatever is there (as a
  /// crash between the append and the checkpoint's update would).
  public var writesCheckpoint = true
  /// Rewrite the checkpoint once this many lines would follow it (a write that replayed the
  /// log always writes it); 1 rewrites it on every write. See `Checkpoint.refreshInterval`.
  public var checkpointInterval = Checkpoint.refreshInterval

  /// Creates a recorder for the ledger at `path`.
  public init(
    path: String, now: @escaping @Sendable () -> Timestamp, clockSource: String? = nil,
    wait: LockWait = .standard, onWaiting: @escaping @Sendable (String) -> Void = { _ in }
  ) {
    self.path = path
    self.now = now
    self.clockSource = clockSource
    self.wait = wait
    self.onWaiting = onWaiting
  }

  /// Records `body` as `actor`, optionally back-dated to `effective`.
  public func record(_ body: EventBody, actor: Actor, effective: CivilDate? = nil)
    throws(LedgerError) -> Receipt
  {
    do {
      return try append(body, actor: actor, effective: effective)
    } catch {
      // Refusals name the ledger they were refused for.
      var located = error
      if located.file == nil { located.file = path }
      throw located
    }
  }

  private func append(_ body: EventBody, actor: Actor, effective: CivilDate?) throws(LedgerError)
    -> Receipt
  {
    let isInit = body.type == .planCreated
    let file = try LedgerFile.openLocked(
      path, create: isInit, wait: wait, onWaiting: onWaiting)
    if isInit { try refuseUnlessEmpty(file) }
    let checkpointPath = Checkpoint.path(forLedger: file.realPath)
    var isRetraction = false
    if case .eventRetracted = body { isRetraction = true }
    var state = try WriterState.load(
      file, checkpointPath: readsCheckpoint ? checkpointPath : nil, wholeLog: isRetraction)
    if let last = state.last, let problem = Chain.mismatch(last) {
      throw LedgerError(
        .data, problem, file: path, line: last.seq,
        hint: "the last line was altered; run 'ledger verify' and restore the ledger from a copy")
    }
    if !isInit, state.count == 0 {
      throw .rule(
        "\(path) holds no plan yet", hint: "create one with 'ledger init --title … --authority …'")
    }
    let instant = Timestamp(seconds: now().seconds)
    try checkClock(instant, real: Timestamp(seconds: realClock().seconds), last: state.last)
    let event = Event(
      seq: state.count + 1, recorded: instant, effective: effective, actor: actor, body: body)
    if case .eventRetracted(let target, _) = body {
      let replay = Replay(state.events ?? [])
      if let problem = RetractionCheck.check(target: target, in: replay) { throw problem.error }
    }
    if let problem = Rules.check(event, against: state.plan) { throw problem.error }

    let sealed = Chain.seal(event, prev: state.last?.hash ?? Chain.genesis)
    var sideFile: String?
    if let torn = state.tornTail {
      sideFile = try file.setAsideTornTail(
        torn, wholeLineBytes: state.wholeLineBytes, now: instant)
    }
    let line = LineCodec.encode(sealed)
    try file.append(line, at: state.wholeLineBytes)
    if writesCheckpoint {
      updateCheckpoint(
        checkpointPath, file: file, after: sealed,
        endingAt: state.wholeLineBytes + line.count, state: &state)
    }
    return Receipt(
      event: sealed, tornTailMovedTo: sideFile, tornTail: state.tornTail,
      usedCheckpoint: state.fromCheckpoint)
  }

  /// Writes the checkpoint at the new head, once the line is durable, if it is due (see
  /// `checkpointInterval`). A failure here is not the write's: the event is recorded, and the
  /// next writer rebuilds the checkpoint.
  private func updateCheckpoint(
    _ checkpointPath: String, file: LedgerFile, after sealed: RecordedEvent, endingAt offset: Int,
    state: inout WriterState
  ) {
    if sealed.event.type.rawValue == "payload.redacted" {
      // The checkpoint holds the plan's words, the redacted ones too: remove it, and let the
      // next write rebuild it from the redacted log.
      Checkpoint.remove(at: checkpointPath)
      return
    }
    // Still fresh enough: the next write reads the few lines after it.
    if state.fromCheckpoint, state.linesAfterCheckpoint + 1 < checkpointInterval { return }
    // Take the plan out of `state` rather than copy it: folding the new event into a copy
    // would duplicate every action.
    var plan = Plan()
    swap(&plan, &state.plan)
    if case .eventRetracted = sealed.event.body {
      // A retraction takes an earlier event away: fold the whole log again (it was read).
      plan = Replay((state.events ?? []) + [sealed]).plan()
    } else {
      plan.apply(sealed.event)
    }
    let point = ChainPoint(
      seq: sealed.seq, hash: sealed.hash, recorded: sealed.event.recorded, offset: offset)
    let ledgerPath = file.realPath
    var index = state.index(
      ledgerPath: ledgerPath, checkpointPath: checkpointPath, appended: sealed, end: offset)
    if index == nil, state.events == nil, let contents = try? file.read() {
      // The old index is not whole: build it again from every line before this one.
      state.events = Array(contents.events.prefix(state.count))
      index = state.index(
        ledgerPath: ledgerPath, checkpointPath: checkpointPath, appended: sealed, end: offset)
    }
    guard let index else {
      // The lines could not be found again: no checkpoint, and the next write rebuilds it.
      Checkpoint.remove(at: checkpointPath)
      return
    }
    let hasCorrections = state.hasCorrections || WriterState.isCorrection(sealed.event)
    Checkpoint(point: point, plan: plan, hasCorrections: hasCorrections, index: index)
      .write(to: checkpointPath)
  }

  /// `init` starts a ledger only in a missing or empty file: anything else is refused, its
  /// bytes untouched (a file of notes with no final newline is not a torn tail to set aside).
  private func refuseUnlessEmpty(_ file: LedgerFile) throws(LedgerError) {
    let size = try file.size()
    guard size > 0 else { return }
    let hint =
      "init starts a ledger only in a missing or empty file, and this one was left as it is; choose another --ledger path, or move this file elsewhere first"
    let contents: LedgerContents
    do {
      contents = try file.read()
    } catch {
      throw .rule(
        "the file is not empty: it holds \(size) bytes that are not a ledger (\(error.line.map { "line \($0): " } ?? "")\(error.message))",
        hint: hint)
    }
    if !contents.events.isEmpty {
      throw .rule(
        "\(path) already holds a plan (\(contents.events.count) events)",
        hint: "use a new file for a new plan")
    }
    throw .rule(
      "the file is not empty: it holds \(size) bytes with no final newline, not a ledger's events",
      hint: hint)
  }
}

/// What a successful write did.
public struct Receipt: Sendable {
  /// The event as written.
  public var event: RecordedEvent
  /// Where a torn tail was moved to, if there was one.
  public var tornTailMovedTo: String?
  /// The torn tail that was moved, if any.
  public var tornTail: TornTail?
  /// Whether the write started from a valid checkpoint instead of replaying the whole log.
  public var usedCheckpoint = false
}

import LedgerCore

/// Appends one validated event to a ledger: the whole write side.
///
/// Under an exclusive lock it reads the log, checks the tail, folds the plan, applies the
/// rules, then (only if everything allows it) sets any torn tail aside, appends one line and
/// fsyncs. A refusal leaves the file byte-for-byte unchanged.
public struct Recorder: Sendable {
  /// The ledger file.
  public var path: String
  /// The clock: `LEDGER_NOW` in tests and demos, the wall clock otherwise.
  public var now: @Sendable () -> Timestamp

  /// Creates a recorder for the ledger at `path`.
  public init(path: String, now: @escaping @Sendable () -> Timestamp) {
    self.path = path
    self.now = now
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
    let file = try LedgerFile.openLocked(path, create: isInit)
    let contents = try file.read()
    let events = contents.events
    if let last = events.last, let problem = Chain.mismatch(last) {
      throw LedgerError(
        .data, problem, file: path, line: last.seq,
        hint: "the last line was altered; run 'ledger verify' and restore the ledger from a copy")
    }
    if isInit, !events.isEmpty {
      throw .rule(
        "\(path) already holds a plan (\(events.count) events)",
        hint: "use a new file for a new plan")
    }
    if !isInit, events.isEmpty {
      throw .rule(
        "\(path) holds no plan yet", hint: "create one with 'ledger init --title … --authority …'")
    }
    let clock = now()
    let instant = Timestamp(seconds: clock.seconds)
    if let last = events.last, instant < last.event.recorded {
      throw .rule(
        "the clock says \(instant), earlier than the last event's recorded time \(last.event.recorded) (seq \(last.seq))",
        hint: "recorded times never go backwards; check the system clock or LEDGER_NOW")
    }
    let event = Event(
      seq: events.count + 1, recorded: instant, effective: effective, actor: actor, body: body)
    let replay = Replay(events)
    if case .eventRetracted(let target, _) = body {
      if let problem = RetractionCheck.check(target: target, in: replay) { throw problem.error }
    }
    if let problem = Rules.check(event, against: replay.plan()) { throw problem.error }

    let sealed = Chain.seal(event, prev: events.last?.hash ?? Chain.genesis)
    var sideFile: String?
    if let torn = contents.tornTail {
      sideFile = try file.setAsideTornTail(
        torn, wholeLineBytes: contents.wholeLineBytes, now: instant)
    }
    try file.append(LineCodec.encode(sealed), at: contents.wholeLineBytes)
    return Receipt(event: sealed, tornTailMovedTo: sideFile, tornTail: contents.tornTail)
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
}

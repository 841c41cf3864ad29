import LedgerCore

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
    let contents = try file.read()
    let events = contents.events
    if let last = events.last, let problem = Chain.mismatch(last) {
      throw LedgerError(
        .data, problem, file: path, line: last.seq,
        hint: "the last line was altered; run 'ledger verify' and restore the ledger from a copy")
    }
    if !isInit, events.isEmpty {
      throw .rule(
        "\(path) holds no plan yet", hint: "create one with 'ledger init --title … --authority …'")
    }
    let instant = Timestamp(seconds: now().seconds)
    try checkClock(instant, real: Timestamp(seconds: realClock().seconds), last: events.last)
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
}

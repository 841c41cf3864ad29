import LedgerCore
import LedgerWrite

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Starts next year's ledger from this one (`ledger carry-forward`): the new file first, then
/// the old ledger's `plan.carried-forward`, all under the old ledger's exclusive lock.
///
/// The new file appears whole or not at all: it is written and fsynced under a temporary name
/// (created `O_EXCL`), then linked to its name, which fails if that name exists. If the process
/// stops after that and before the old ledger's event is fsynced, running the same command again
/// finds the new file naming a head of this ledger and records only the missing event.
public struct CarryForward: Sendable {
  /// The old ledger.
  public var path: String
  /// The new ledger to create.
  public var newPath: String
  /// The clock that stamps the events.
  public var now: @Sendable () -> Timestamp
  /// How long to wait for another process's lock.
  public var wait: LockWait
  /// What `now` reads, for messages (`LEDGER_NOW`), or nil for this machine's clock.
  public var clockSource: String?

  /// Creates a carry-forward from `path` to `newPath`.
  public init(
    path: String, newPath: String, now: @escaping @Sendable () -> Timestamp,
    wait: LockWait = .standard
  ) {
    self.path = path
    self.newPath = newPath
    self.now = now
    self.wait = wait
  }

  /// What a carry-forward did.
  public struct Outcome: Sendable {
    /// The new ledger's head.
    public var newHead: Head
    /// How many events the new ledger holds.
    public var newEvents: Int
    /// The old ledger's `plan.carried-forward` as written.
    public var recorded: RecordedEvent
    /// The actions carried.
    public var items: [String]
    /// Whether this run only completed an interrupted carry-forward (the new file existed).
    public var completedEarlierRun: Bool
  }

  /// Carries the plan forward as `actor`, to a plan titled `title` of `authority` (the old
  /// plan's authority when nil).
  public func run(title: String, authority: String?, actor: Actor) throws(LedgerError) -> Outcome {
    let file = try LedgerFile.openLocked(path, create: false, wait: wait)
    let contents = try file.read()
    if let torn = contents.tornTail {
      throw LedgerError(
        .data, "line \(torn.line) is torn (a write that was cut off)", file: path,
        line: torn.line, hint: "record any event (or run 'ledger verify') first, then carry forward"
      )
    }
    let old = Replay(contents.events)
    let plan = old.plan()
    guard let head = contents.events.last, plan.isCreated else {
      throw .rule("\(path) holds no plan yet", hint: "there is nothing to carry forward")
    }
    if let done = plan.cycle.carriedForward {
      throw LedgerError(
        .rule,
        "rule 15: this plan was already carried forward to \"\(done.details.toTitle)\" at seq \(done.seq)",
        file: path, line: done.seq, hint: "a plan is carried forward once")
    }
    let instant = Timestamp(seconds: now().seconds)
    // The clock rules of every write: not behind the last event, not more than five minutes
    // ahead of this machine's clock.
    let clocks = Recorder(path: path, now: now, clockSource: clockSource, wait: wait)
    try clocks.checkClock(instant, real: Timestamp(seconds: clocks.realClock().seconds), last: head)
    let written: [RecordedEvent]
    var resumed = false
    if let existing = try Self.existingContinuation(newPath, of: contents.events) {
      written = existing
      resumed = true
    } else {
      written = try build(
        old, title: title, authority: authority ?? plan.authority, actor: actor, at: instant)
      try Self.publish(written, to: newPath)
    }
    let newHead = written[written.count - 1]
    let details = CarryForwardDetails(
      toTitle: Self.title(of: written) ?? title,
      toLedger: newPath.split(separator: "/").last.map(String.init) ?? newPath, toSeq: newHead.seq,
      toHash: newHead.hash, items: CarryOver.items(plan))
    let event = Event(
      seq: head.seq + 1, recorded: instant, actor: actor, body: .planCarriedForward(details))
    if let refusal = Rules.check(event, against: plan) {
      throw LedgerError(
        .rule, "rule \(refusal.rule): \(refusal.message)", file: path, hint: refusal.hint)
    }
    let sealed = Chain.seal(event, prev: head.hash)
    try file.append(LineCodec.encode(sealed), at: contents.wholeLineBytes)
    return Outcome(
      newHead: Head(seq: newHead.seq, hash: newHead.hash), newEvents: written.count,
      recorded: sealed, items: details.items, completedEarlierRun: resumed)
  }

  /// The new ledger's events, sealed, each checked against the rules as the writer would.
  func build(_ old: Replay, title: String, authority: String, actor: Actor, at instant: Timestamp)
    throws(LedgerError) -> [RecordedEvent]
  {
    var out: [RecordedEvent] = []
    var plan = Plan()
    for body in CarryOver.events(from: old, title: title, authority: authority) {
      let event = Event(seq: out.count + 1, recorded: instant, actor: actor, body: body)
      if let refusal = Rules.check(event, against: plan) {
        throw LedgerError(
          .rule,
          "the new ledger's event \(event.seq) (\(body.type.rawValue)) would break rule \(refusal.rule): \(refusal.message)",
          file: newPath, hint: "nothing was written")
      }
      plan.apply(event)
      out.append(Chain.seal(event, prev: out.last?.hash ?? Chain.genesis))
    }
    return out
  }

  /// The plan title of a ledger's first event.
  static func title(of events: [RecordedEvent]) -> String? {
    guard case .planCreated(let title, _, _)? = events.first?.event.body else { return nil }
    return title
  }

  /// The events of an existing file at `path` that continues `old` (an interrupted earlier
  /// run); nil if there is no file; an error if a file is there that does not continue `old`.
  static func existingContinuation(_ path: String, of old: [RecordedEvent])
    throws(LedgerError) -> [RecordedEvent]?
  {
    guard access(path, F_OK) == 0 else { return nil }
    let verification = try Verifier.verify(path: path)
    let refuse = LedgerError(
      .rule, "\(path) already exists and is not a carry-forward of this ledger", file: path,
      hint: "choose another --to path; carry-forward never overwrites a file")
    guard verification.ok else { throw refuse }
    let events = try LedgerReader.read(path: path).events
    guard case .planCreated(_, _, let previous?)? = events.first?.event.body,
      previous.seq <= old.count, old[previous.seq - 1].hash == previous.hash
    else { throw refuse }
    guard previous.seq == old.count else {
      throw LedgerError(
        .rule,
        "\(path) continues this ledger from seq \(previous.seq), but \(old.count - previous.seq) event(s) were recorded here since, so its carry-forward cannot be completed",
        file: path,
        hint:
          "move \(path) aside and run carry-forward again to carry forward the plan as it is now")
    }
    return events
  }

  /// Writes `events` to a new file at `path`, whole or not at all: a temporary file created
  /// `O_EXCL` beside it, written and fsynced, then linked to `path` (refused if it exists).
  static func publish(_ events: [RecordedEvent], to path: String) throws(LedgerError) {
    var bytes: [UInt8] = []
    for e in events { bytes += LineCodec.encode(e) }
    let temporary = path + ".carry-\(getpid())"
    let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
    guard fd >= 0 else { throw ioError("cannot create \(temporary)", temporary) }
    defer { unlink(temporary) }
    var done = 0
    while done < bytes.count {
      let n = bytes.withUnsafeBytes { write(fd, $0.baseAddress! + done, $0.count - done) }
      if n < 0, errno == EINTR { continue }
      guard n > 0 else {
        close(fd)
        throw ioError("cannot write", temporary)
      }
      done += n
    }
    guard fsync(fd) == 0 else {
      close(fd)
      throw ioError("cannot fsync", temporary)
    }
    close(fd)
    guard link(temporary, path) == 0 else {
      if errno == EEXIST {
        throw LedgerError(
          .rule, "\(path) already exists", file: path,
          hint: "choose another --to path; carry-forward never overwrites a file")
      }
      throw ioError("cannot create", path)
    }
    let slash = path.lastIndex(of: "/")
    let dir = slash.map { $0 == path.startIndex ? "/" : String(path[..<$0]) } ?? "."
    let dfd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    if dfd >= 0 {
      _ = fsync(dfd)
      close(dfd)
    }
  }

  static func ioError(_ what: String, _ path: String) -> LedgerError {
    LedgerError(.io, "\(what): \(String(cString: strerror(errno)))", file: path)
  }
}

/// `ledger verify` as a library function: every check of `Events/FORMAT.md` over a whole
/// file, returning the verdict as a value (the first bad line, or the head).
public enum Verifier {
  /// Verifies the file at `path`; with `head`, also that the file still holds that head.
  /// Waits for the shared lock as `LedgerReader.read(path:verify:wait:onWaiting:)` does.
  ///
  /// Throws only when the file cannot be opened, locked or read.
  public static func verify(
    path: String, head: Head? = nil, wait: LockWait = .standard,
    onWaiting: (String) -> Void = { _ in }
  ) throws(LedgerError) -> Verification {
    verdict(
      try LedgerReader.scan(path: path, verify: true, wait: wait, onWaiting: onWaiting),
      head: head)
  }

  /// Verifies ledger bytes already in memory.
  public static func verify(bytes: [UInt8], path: String = "<bytes>", head: Head? = nil)
    -> Verification
  {
    verdict(LedgerReader.scan(bytes: bytes, path: path, verify: true), head: head)
  }

  private static func verdict(_ scan: Scan, head expected: Head?) -> Verification {
    let events = scan.contents.events
    let path = scan.path
    var failure = scan.failure
    // Rules replay over the lines before the first line that failed on its own.
    let cutoff = failure?.line ?? Int.max
    if let refused = replay(events, before: cutoff) {
      failure = LedgerError(
        .data, "rule \(refused.refusal.rule): \(refused.refusal.message)", file: path,
        line: refused.seq, hint: refused.refusal.hint)
      // Redactions after the refused line do not count.
      if let earlier = scan.unaccountedData(before: refused.seq) { failure = earlier }
    }
    let good = failure.map { Array(events.prefix(($0.line ?? 1) - 1)) } ?? events
    if failure == nil, let torn = scan.contents.tornTail {
      failure = LedgerError(
        .data,
        "line \(torn.line) is torn (\(torn.bytes.count) bytes with no newline, a write that was cut off); "
          + "lines 1-\(torn.line - 1) verify",
        file: path, line: torn.line,
        hint:
          "the next write sets it aside into a side file; or copy the file and investigate first")
    }
    if failure == nil, events.isEmpty {
      failure = LedgerError(
        .data, "the ledger is empty: the file holds no events; a ledger starts with plan.created",
        file: path, line: 1)
    }
    var headProblem: LedgerError?
    if failure == nil, let expected, let problem = Replay(events).problem(withHead: expected) {
      headProblem = LedgerError(
        .data, problem, file: path, line: expected.seq <= events.count ? expected.seq : nil)
    }
    return Verification(
      events: good.count, head: good.last.map { Head(seq: $0.seq, hash: $0.hash) },
      failure: failure ?? headProblem, expectedHead: expected)
  }

  /// The first event (before line `cutoff`) a writer would have refused, with its refusal.
  ///
  /// The walk of `PlanWalk`, reading each event where it lies in `events`: the plan after
  /// each event is the plan before it with the event applied, or, after a retraction, the
  /// fold of the log up to it. A retraction or redaction is checked against the log before
  /// it as a prefix of `events`, never a copy; the members earlier redactions named are
  /// kept as the walk goes (every event before the one checked passed the rules).
  static func replay(_ events: [RecordedEvent], before cutoff: Int) -> (
    seq: Int, refusal: RuleRefusal
  )? {
    let log = Replay(events)
    var plan = Plan()
    var redacted: [Int: Set<String>] = [:]
    // Read through the buffer: each event is borrowed where it lies, never copied out.
    return events.withUnsafeBufferPointer { events in
      for i in events.indices {
        let seq = events[i].seq
        guard seq < cutoff else { break }
        var refusal: RuleRefusal?
        switch events[i].event.body {
        case .eventRetracted(let target, _):
          refusal = RetractionCheck.check(target: target, in: log, upTo: i)
        case .payloadRedacted(let details):
          refusal = Redaction.problem(
            details, lines: i, line: { events[$0 - 1] },
            alreadyRedacted: { redacted[details.seq] ?? [] })
          if refusal == nil { redacted[details.seq, default: []].formUnion(details.members) }
        default: break
        }
        if let refusal = refusal ?? Rules.check(events[i].event, against: plan) {
          return (seq, refusal)
        }
        if case .eventRetracted = events[i].event.body {
          plan = log.plan(upTo: seq)
        } else {
          plan.apply(events[i].event)
        }
      }
      return nil
    }
  }
}

/// The verdict on a whole ledger file.
public struct Verification: Sendable {
  /// How many lines verified before the first bad one (all of them when it verifies).
  public var events: Int
  /// The last line that verified: the head, when the file verifies.
  public var head: Head?
  /// The first thing wrong, naming its line (and rule, for a rule), or nil if it verifies.
  public var failure: LedgerError?
  /// The head the caller asked about, if any (checked only when every line verifies).
  public var expectedHead: Head?

  /// Whether the file verifies (and holds `expectedHead`, if one was given).
  public var ok: Bool { failure == nil }
}

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
    try LedgerReader.locked(path: path, wait: wait, onWaiting: onWaiting) {
      fd throws(LedgerError) in
      let size = try RegularFile.size(fd, path: path)
      let revisions = try RetractionScan.retractions(
        fd: fd, path: path, size: size, redactions: true)
      let state = try LedgerReader.stream(
        fd: fd, path: path, verify: true, into: RuleWalk(revisions: revisions, watch: head?.seq))
      if let verification = streamed(state, head: head) { return verification }
      return verdict(try LedgerReader.scan(fd: fd, path: path, verify: true), head: head)
    }
  }

  /// Verifies ledger bytes already in memory.
  public static func verify(bytes: [UInt8], path: String = "<bytes>", head: Head? = nil)
    -> Verification
  {
    let revisions = RetractionScan.retractions(bytes: bytes, redactions: true)
    let state = LedgerReader.stream(
      bytes: bytes, path: path, verify: true, into: RuleWalk(revisions: revisions, watch: head?.seq)
    )
    if let verification = streamed(state, head: head) { return verification }
    return collectingVerify(bytes: bytes, path: path, head: head)
  }

  /// Verifies ledger bytes the way that keeps every event in memory and walks the rules
  /// after the read: what `verify` falls back to, and what tests hold the streaming walk to.
  static func collectingVerify(bytes: [UInt8], path: String = "<bytes>", head: Head? = nil)
    -> Verification
  {
    verdict(LedgerReader.scan(bytes: bytes, path: path, verify: true), head: head)
  }

  /// The verdict of a read that checked the rules as it streamed (`RuleWalk`), reached as
  /// `verdict(_:head:)` reaches it from a read that kept every event; nil if the walk needs
  /// an event it did not keep, and the file must be read the other way.
  static func streamed(_ state: ReadState<RuleWalk>, head expected: Head? = nil) -> Verification? {
    let walk = state.sink
    guard !walk.incomplete else { return nil }
    var failure = state.failure
    // As a collecting read ends: data that no redaction accounts for, before the first bad line.
    guard let reconciled = unaccountedData(state, before: failure?.line ?? Int.max) else {
      return nil
    }
    if let problem = reconciled.problem { failure = problem }
    // The rules, over the lines before the first line that failed on its own.
    if let refused = walk.refused, refused.seq < failure?.line ?? Int.max {
      failure = ruleFailure(refused, path: state.path)
      // Redactions after the refused line do not count.
      guard let earlier = unaccountedData(state, before: refused.seq) else { return nil }
      if let problem = earlier.problem { failure = problem }
    }
    let good = failure.map { min(walk.taken, max(0, ($0.line ?? 1) - 1)) } ?? walk.taken
    guard let head = walk.head(at: good) else { return nil }
    // The hash of the line the caller named, if the log reaches it.
    if failure == nil, let expected,
      expected.seq < 1 || (expected.seq <= walk.taken && walk.watchedHash == nil)
    {
      return nil
    }
    return conclude(
      failure: failure, good: good, head: head, isEmpty: walk.taken == 0,
      tornTail: state.tornTail, path: state.path, expected: expected,
      headProblem: {
        guard let expected,
          let problem = Replay.problem(
            withHead: expected, count: walk.taken, hash: { _ in walk.watchedHash ?? "" })
        else { return nil }
        return LedgerError(
          .data, problem, file: state.path,
          line: expected.seq <= walk.taken ? expected.seq : nil)
      })
  }

  /// The result of reconciling redactions: the first line whose data is not accounted for.
  struct Reconciled {
    var problem: LedgerError?
  }

  /// `Scan.unaccountedData(before:)` over the lines the walk kept; nil if it needs a line
  /// the walk did not keep.
  static func unaccountedData(_ state: ReadState<RuleWalk>, before cutoff: Int) -> Reconciled? {
    let walk = state.sink
    for seq in Set(state.changedData.keys).union(state.redactions.keys).sorted()
    where seq < cutoff && seq <= walk.taken {
      guard let line = walk.line(seq) else { return nil }
      // Only redactions before the cutoff that are themselves valid (rule 12) count.
      let named = (state.redactions[seq] ?? []).filter { redaction in
        guard redaction.at < cutoff else { return false }
        // Rule 12 asks only for the line the redaction names: `line`.
        return Redaction.problem(
          redaction.details, lines: redaction.at - 1, line: { _ in line },
          alreadyRedacted: {
            var already = Set<String>()
            for earlier in walk.redactionLines
            where earlier.at < redaction.at && earlier.details.seq == redaction.details.seq {
              already.formUnion(earlier.details.members)
            }
            return already
          }) == nil
      }.map(\.details)
      if let problem = Redaction.mismatch(
        line, actualDataSHA256: state.changedData[seq] ?? line.dataSHA256, redactions: named)
      {
        return Reconciled(problem: LedgerError(.data, problem, file: state.path, line: seq))
      }
    }
    return Reconciled(problem: nil)
  }

  /// The error for the first event the rules refuse.
  private static func ruleFailure(_ refused: (seq: Int, refusal: RuleRefusal), path: String)
    -> LedgerError
  {
    LedgerError(
      .data, "rule \(refused.refusal.rule): \(refused.refusal.message)", file: path,
      line: refused.seq, hint: refused.refusal.hint)
  }

  private static func verdict(_ scan: Scan, head expected: Head?) -> Verification {
    let events = scan.contents.events
    let path = scan.path
    var failure = scan.failure
    // Rules replay over the lines before the first line that failed on its own.
    let cutoff = failure?.line ?? Int.max
    if let refused = replay(events, before: cutoff) {
      failure = ruleFailure(refused, path: path)
      // Redactions after the refused line do not count.
      if let earlier = scan.unaccountedData(before: refused.seq) { failure = earlier }
    }
    let good = failure.map { Array(events.prefix(($0.line ?? 1) - 1)) } ?? events
    return conclude(
      failure: failure, good: good.count, head: good.last.map { Head(seq: $0.seq, hash: $0.hash) },
      isEmpty: events.isEmpty, tornTail: scan.contents.tornTail, path: path, expected: expected,
      headProblem: {
        guard let expected, let problem = Replay(events).problem(withHead: expected) else {
          return nil
        }
        return LedgerError(
          .data, problem, file: path, line: expected.seq <= events.count ? expected.seq : nil)
      })
  }

  /// The verdict once the lines and rules are checked: a torn tail or an empty file fails
  /// too, and only a file that verifies is asked about the head the caller expects.
  private static func conclude(
    failure: LedgerError?, good: Int, head: Head?, isEmpty: Bool, tornTail: TornTail?,
    path: String, expected: Head?, headProblem: () -> LedgerError?
  ) -> Verification {
    var failure = failure
    if failure == nil, let torn = tornTail {
      failure = LedgerError(
        .data,
        "line \(torn.line) is torn (\(torn.bytes.count) bytes with no newline, a write that was cut off); "
          + "lines 1-\(torn.line - 1) verify",
        file: path, line: torn.line,
        hint:
          "the next write sets it aside into a side file; or copy the file and investigate first")
    }
    if failure == nil, isEmpty {
      failure = LedgerError(
        .data, "the ledger is empty: the file holds no events; a ledger starts with plan.created",
        file: path, line: 1)
    }
    let problem = failure == nil ? headProblem() : nil
    return Verification(
      events: good, head: head, failure: failure ?? problem, expectedHead: expected)
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

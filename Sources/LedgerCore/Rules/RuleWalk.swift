import SHA256

/// The verifier's rule walk as a sink: each event the read accepts is checked against the
/// rules as it arrives and folded into the plan, and only the plan and what retraction and
/// redaction checks need are kept, not the log.
///
/// It makes the checks of `Verifier.replay(_:before:)`, in the same order, with the same
/// refusals. What it keeps is chosen from a first pass over the file (`RetractionScan`, with
/// redactions), which finds every retraction and redaction line of a canonical file:
/// - every event up to the last retraction, since a retraction is checked by replaying the
///   log before it, and the plan after it is the fold of that log without what it retracts;
/// - each line a redaction names, since rule 12 and the reconciliation of redacted data
///   look at it;
/// - every redaction line, and the hash of the line before each line kept.
///
/// If the walk ever needs an event it did not keep (a line the first pass did not see, which
/// a canonical file cannot hold before its first bad line), it stops and says so in
/// ``incomplete``: the verifier then reads the file again the way that keeps every event.
struct RuleWalk: EventSink {
  /// The plan after the events taken, up to the first one refused.
  private(set) var plan = Plan()
  /// The first event a writer would have refused, and its refusal; no event after it is
  /// checked.
  private(set) var refused: (seq: Int, refusal: RuleRefusal)?
  /// The line before the refused one, if any.
  private(set) var beforeRefused: Head?
  /// How many events were taken.
  private(set) var taken = 0
  /// The last event taken's `hash`.
  private(set) var lastHash: SHA256Digest?
  /// Every `payload.redacted` taken: its own `seq` and what it says.
  private(set) var redactionLines: [(at: Int, details: RedactionDetails)] = []
  /// Whether the walk needed an event it had not kept, and stopped checking.
  private(set) var incomplete = false

  /// Events are kept, in order from line 1, up to this `seq`: the last retraction.
  private let keepThrough: Int
  /// The events up to `keepThrough` taken so far.
  private var prefix: [RecordedEvent] = []
  /// The `seq`s redactions name, and those lines once taken (when past the prefix).
  private let namedSeqs: Set<Int>
  private var named: [Int: RecordedEvent] = [:]
  /// The hash of the line before each named line.
  private var hashBefore: [Int: SHA256Digest] = [:]
  /// The members the redactions taken so far named, by the line they name.
  private var redacted: [Int: Set<String>] = [:]

  /// The line whose hash the caller asks about (`verify --head`), and its hash once taken.
  private let watch: Int?
  private(set) var watchedHash: String?

  /// A walk given the file's retraction and redaction lines (others are ignored), keeping
  /// the hash of line `watch`, if given.
  init(revisions: [RecordedEvent], watch: Int? = nil) {
    self.watch = watch
    var keepThrough = 0
    var namedSeqs = Set<Int>()
    for recorded in revisions {
      switch recorded.event.body {
      case .eventRetracted: keepThrough = max(keepThrough, recorded.seq)
      case .payloadRedacted(let details): namedSeqs.insert(details.seq)
      default: break
      }
    }
    self.keepThrough = keepThrough
    self.namedSeqs = namedSeqs
  }

  /// The line `seq`, if it was kept.
  func line(_ seq: Int) -> RecordedEvent? {
    if seq >= 1, seq <= prefix.count { return prefix[seq - 1] }
    return named[seq]
  }

  /// The head at line `seq` (nil for 0), if the walk knows that line's hash.
  func head(at seq: Int) -> Head?? {
    if seq == 0 { return .some(nil) }
    if seq == taken, let lastHash { return Head(seq: seq, hash: lastHash.hex) }
    if let refused, seq == refused.seq - 1 { return beforeRefused }
    if let kept = line(seq) { return Head(seq: seq, hash: kept.hash) }
    if let hash = hashBefore[seq + 1] { return Head(seq: seq, hash: hash.hex) }
    return nil
  }

  /// Checks the next event against the rules (until one is refused), folds it in, and keeps
  /// what later checks need.
  mutating func take(_ recorded: RecordedEvent) {
    taken += 1
    let seq = recorded.seq
    if seq <= keepThrough {
      prefix.append(recorded)
    } else if namedSeqs.contains(seq) {
      named[seq] = recorded
    }
    if namedSeqs.contains(seq + 1) { hashBefore[seq + 1] = recorded.hashDigest }
    if seq == watch { watchedHash = recorded.hash }
    if case .payloadRedacted(let details) = recorded.event.body {
      redactionLines.append((seq, details))
    }
    defer { lastHash = recorded.hashDigest }
    guard refused == nil, !incomplete else { return }
    let i = seq - 1
    var refusal: RuleRefusal?
    switch recorded.event.body {
    case .eventRetracted(let target, _):
      guard seq <= keepThrough else {
        incomplete = true
        return
      }
      refusal = RetractionCheck.check(target: target, in: Replay(prefix), upTo: i)
    case .payloadRedacted(let details):
      if details.seq >= 1, details.seq <= i, line(details.seq) == nil {
        incomplete = true
        return
      }
      let walk = self
      refusal = Redaction.problem(
        details, lines: i, line: { walk.line($0)! },
        alreadyRedacted: { walk.redacted[details.seq] ?? [] })
      if refusal == nil { redacted[details.seq, default: []].formUnion(details.members) }
    default: break
    }
    if let refusal = refusal ?? Rules.check(recorded.event, against: plan) {
      refused = (seq, refusal)
      beforeRefused = lastHash.map { Head(seq: seq - 1, hash: $0.hex) }
      return
    }
    if case .eventRetracted = recorded.event.body {
      plan = Replay(prefix).plan(upTo: seq)
    } else {
      plan.apply(recorded.event)
    }
  }
}

import AuditTrail
import LedgerCore

/// The board report's one walk over the events recorded up to its as-of point, in `seq`
/// order, from a log in memory or as the verified read of the file streams them: the plan
/// after each event, and from it the chart's points, the wording of the events that depend on
/// the plan before them, the fields each event of the window changed, the window's
/// achievements and the appendix's grouping. Nothing it keeps is an event.
///
/// The plan after event *k* is the plan after *k − 1* with *k* applied, except after a
/// retraction: then it is folded again from the start (`refold`), as `PlanWalk` does.
///
/// Where the window starts may be known only at the end (the last board meeting, unless it is
/// the very last event), so the walk keeps each candidate window it is given.
struct ReportWalk: EventSink {
  /// Where a "changes since" window starts.
  enum WindowStart: Equatable {
    /// After the first `n` events (a board meeting's `seq`, or 0 for the plan's start).
    case after(Int)
    /// After the events recorded up to an instant (`--since`).
    case recordedAfter(Timestamp)
  }

  /// A candidate window and what the walk found in it.
  struct Window {
    /// Where it starts.
    let start: WindowStart
    /// How many events come before it.
    var from = 0
    /// `seq` → the fields each of its events changed, where it changed any.
    var fields: [Int: [FieldLine]] = [:]
    /// Its achievements so far.
    var achieved = Achievements.Steps()

    /// Whether `e` is in it.
    func contains(_ e: Event) -> Bool {
      switch start {
      case .after(let n): return e.seq > n
      case .recordedAfter(let t): return e.recorded > t
      }
    }
  }

  /// The report's point: events recorded after it are passed over.
  let asOf: Timestamp
  /// Retracted `seq` → its retraction, among the events recorded up to `asOf`.
  let retractions: [Int: Retraction]
  /// The plan after the first `n` events, folded from the start.
  let refold: (_ n: Int) throws(LedgerError) -> Plan
  /// The candidate windows.
  private(set) var windows: [Window]
  /// The plan after the events taken.
  private(set) var plan = Plan()
  /// How many events were taken (recorded up to `asOf`).
  private(set) var count = 0
  /// How many events were offered, taken or not.
  private(set) var total = 0
  /// When the first event offered was recorded.
  private(set) var firstRecorded: Timestamp?
  /// The last event taken: its `seq` and `hash`.
  private var last: RecordedEvent?
  /// The chart's points.
  private(set) var trend: TrendBuilder?
  /// `seq` → the wording of each event that depends on the plan before it.
  private(set) var planWords: [Int: String] = [:]
  /// The appendix's grouping, if the report has one.
  private(set) var appendix: AppendixBuilder?
  /// A failure to fold the plan again from the file, which ends the walk.
  private(set) var failure: LedgerError?

  /// A walk of the events recorded up to `asOf`, keeping the windows starting at `starts`.
  init(
    asOf: Timestamp, starts: [WindowStart], retractions: [Int: Retraction],
    appendix: AppendixBuilder?, refold: @escaping (_ n: Int) throws(LedgerError) -> Plan
  ) {
    self.asOf = asOf
    self.windows = starts.map { Window(start: $0) }
    self.retractions = retractions
    self.appendix = appendix
    self.refold = refold
  }

  /// The last event taken, if any.
  var head: Head? { last.map { Head(seq: $0.seq, hash: $0.hash) } }

  /// Takes the next event.
  mutating func take(_ recorded: RecordedEvent) {
    total += 1
    let e = recorded.event
    if firstRecorded == nil {
      firstRecorded = e.recorded
      trend = TrendBuilder(first: e.recorded, asOf: asOf)
    }
    guard e.recorded <= asOf, failure == nil else { return }
    count += 1
    last = recorded
    trend?.take(before: e.recorded, plan)
    var inAny = false
    for k in windows.indices {
      if windows[k].contains(e) { inAny = true } else { windows[k].from = e.seq }
    }
    if EntryLookup.wordingNeedsPlan(e.body) {
      planWords[e.seq] = EventSummary.what(e, before: plan, in: EntryLookup.noLog)
    }
    let step = inAny ? DiffStep(e, before: plan) : nil
    if case .eventRetracted = e.body {
      do {
        plan = try refold(e.seq)
      } catch {
        failure = error
        return
      }
    } else {
      plan.apply(e)
    }
    if let changes = step?.changes(after: plan) {
      let lines = ChangeRows.fields(changes)
      if !lines.isEmpty {
        for k in windows.indices where windows[k].contains(e) { windows[k].fields[e.seq] = lines }
      }
    }
    if retractions[e.seq] == nil {
      for k in windows.indices where windows[k].contains(e) { windows[k].achieved.take(e) }
    }
    appendix?.take(e)
  }

  /// Ends the walk: the last points are taken and the plan is the plan at the as-of point.
  mutating func finish() throws(LedgerError) {
    if let failure { throw failure }
    trend?.finish(plan)
    plan.lastSeq = count
  }

  /// The candidate window that starts after the first `from` events, if the walk kept it.
  func window(from: Int) -> Window? {
    windows.first { $0.from == from }
  }
}

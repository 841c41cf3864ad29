import AuditTrail
import LedgerCore

/// The board report's one walk over the events up to its as-of point, in `seq` order, from a
/// log in memory or as a read of the file streams them: the plan after each event, and from it
/// the chart's points, the wording of the events that depend on the plan before them, the
/// fields each event of the window changed, the window's achievements and the appendix's
/// grouping. Nothing it keeps is an event.
///
/// The plan after event *k* is the plan after *k − 1* with *k* applied, except after a
/// retraction: then it is folded again from the start (`refold`), as `PlanWalk` does.
struct ReportWalk: EventSink {
  /// Where the "changes since" window starts.
  enum WindowStart {
    /// After the first `n` events (a board meeting's `seq`, or 0 for the plan's start).
    case after(Int)
    /// After the events recorded up to an instant (`--since`).
    case recordedAfter(Timestamp)
  }

  /// How many events the report reads: later ones are passed over.
  let count: Int
  /// Where the window starts.
  let start: WindowStart
  /// Retracted `seq` → its retraction, among the first `count` events.
  let retractions: [Int: Retraction]
  /// The plan after the first `n` events, folded from the start.
  let refold: (_ n: Int) throws(LedgerError) -> Plan
  /// The plan after the events taken.
  private(set) var plan = Plan()
  /// How many events were taken.
  private(set) var position = 0
  /// How many events come before the window.
  private(set) var from = 0
  /// The chart's points.
  private(set) var trend: TrendBuilder
  /// `seq` → the wording of each event that depends on the plan before it.
  private(set) var planWords: [Int: String] = [:]
  /// `seq` → the fields each event of the window changed, where it changed any.
  private(set) var fields: [Int: [FieldLine]] = [:]
  /// The window's achievements so far.
  private(set) var achieved = Achievements.Steps()
  /// The appendix's grouping, if the report has one.
  private(set) var appendix: AppendixBuilder?
  /// A failure to fold the plan again from the file, which ends the walk.
  private(set) var failure: LedgerError?

  /// A walk of the first `count` events of a log whose first event was recorded at `first`,
  /// for a report as of `asOf`.
  init(
    count: Int, start: WindowStart, asOf: Timestamp, first: Timestamp?,
    retractions: [Int: Retraction], appendix: AppendixBuilder?,
    refold: @escaping (_ n: Int) throws(LedgerError) -> Plan
  ) {
    self.count = count
    self.start = start
    self.retractions = retractions
    self.appendix = appendix
    self.refold = refold
    self.trend = TrendBuilder(first: first, asOf: asOf)
  }

  /// Takes the next event.
  mutating func take(_ recorded: RecordedEvent) {
    guard recorded.seq <= count, failure == nil else { return }
    let e = recorded.event
    trend.take(before: e.recorded, plan)
    let inWindow: Bool
    switch start {
    case .after(let n): inWindow = e.seq > n
    case .recordedAfter(let t): inWindow = e.recorded > t
    }
    if !inWindow { from = e.seq }
    if EntryLookup.wordingNeedsPlan(e.body) {
      planWords[e.seq] = EventSummary.what(e, before: plan, in: EntryLookup.noLog)
    }
    let step = inWindow ? DiffStep(e, before: plan) : nil
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
    position = e.seq
    if let changes = step?.changes(after: plan) {
      let lines = ChangeRows.fields(changes)
      if !lines.isEmpty { fields[e.seq] = lines }
    }
    if inWindow, retractions[e.seq] == nil { achieved.take(e) }
    appendix?.take(e)
  }

  /// Ends the walk: the last points are taken and the plan is the plan at the as-of point.
  mutating func finish() throws(LedgerError) {
    if let failure { throw failure }
    trend.finish(plan)
    plan.lastSeq = count
  }
}

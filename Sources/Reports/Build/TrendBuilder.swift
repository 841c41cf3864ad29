import LedgerCore
import PlanState

/// The plan measured at the end of each week or month, for the charts: the points are taken
/// during the report's one walk over the log (`ReportWalk`).
struct TrendBuilder {
  /// The most points a chart shows: older months are left out.
  static let maximumPoints = 24
  /// A plan no older than this many days is drawn week by week.
  static let weeklyUpToDays = 84

  /// Whether the points are weeks (else months).
  let weekly: Bool
  /// Each point's date and the instant it ends at: its events are those recorded up to then.
  let targets: [(date: CivilDate, cutoff: Timestamp)]
  /// The points taken so far.
  private(set) var points: [TrendPoint] = []

  /// The points of a log whose first event was recorded at `first` (nil for an empty log),
  /// up to `asOf` (at or after `first`).
  init(first: Timestamp?, asOf: Timestamp) {
    guard let first else {
      weekly = false
      targets = []
      return
    }
    let start = first.date
    let end = asOf.date
    let weekly = end.daysSinceEpoch - start.daysSinceEpoch <= Self.weeklyUpToDays
    var ends: [CivilDate] = []
    if weekly {
      var d = start.adding(days: 7 - start.weekday)  // the Sunday of the first week
      while d < end {
        ends.append(d)
        d = d.adding(days: 7)
      }
    } else {
      var d = Self.lastDay(ofMonthOf: start)
      while d < end {
        ends.append(d)
        d = Self.lastDay(ofMonthOf: d.adding(days: 1))
      }
    }
    ends.append(end)
    self.weekly = weekly
    self.targets = ends.suffix(Self.maximumPoints).map { date in
      (date, date == end ? asOf : Timestamp.endOfDay(date))
    }
  }

  /// Takes every point that ends before an event recorded at `recorded`, from `plan` (the
  /// plan after the events before that one): the walk calls it before folding each event.
  /// Events are in `recorded` order, so a point is taken once every event it counts is in.
  mutating func take(before recorded: Timestamp, _ plan: Plan) {
    while points.count < targets.count, targets[points.count].cutoff < recorded {
      points.append(point(plan, date: targets[points.count].date))
    }
  }

  /// Takes the points left, from `plan` (the plan at the as-of point): after the last event.
  mutating func finish(_ plan: Plan) {
    while points.count < targets.count {
      points.append(point(plan, date: targets[points.count].date))
    }
  }

  /// The trend, once every point has been taken.
  var trend: Trend { Trend(period: weekly ? .week : .month, points: points) }

  /// One point: the plan's live actions by rating, the open ones and those not yet past due.
  private func point(_ plan: Plan, date: CivilDate) -> TrendPoint {
    var rag = RAGCounts()
    var open = 0
    var notYetDue = 0
    for id in plan.actionOrder {
      guard let a = plan.actions[id], a.status != .withdrawn else { continue }
      rag.count(a.rag)
      if a.status == .open || a.status == .deferred { open += 1 }
      if a.overdueAfter >= date { notYetDue += 1 }
    }
    let label = weekly ? ReportText.dayMonth(date) : ReportText.monthLabel(date)
    return TrendPoint(label: label, date: date, rag: rag, open: open, notYetDue: notYetDue)
  }

  /// The last day of `d`'s month.
  static func lastDay(ofMonthOf d: CivilDate) -> CivilDate {
    CivilDate(year: d.year, month: d.month, day: CivilDate.daysIn(month: d.month, year: d.year))!
  }
}

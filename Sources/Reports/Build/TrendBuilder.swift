import LedgerCore
import PlanState

/// The plan measured at the end of each week or month, for the charts: the points are taken
/// during the report's one walk over the log (`BoardReport.model`).
struct TrendBuilder {
  /// The most points a chart shows: older months are left out.
  static let maximumPoints = 24
  /// A plan no older than this many days is drawn week by week.
  static let weeklyUpToDays = 84

  /// Whether the points are weeks (else months).
  let weekly: Bool
  /// Each point's date and how many events were recorded by its end, in order.
  let targets: [(date: CivilDate, count: Int)]
  /// The points taken so far.
  private(set) var points: [TrendPoint] = []

  /// The points of `log` up to `asOf` (`asOf` at or after its first event).
  init(_ log: Replay, asOf: Timestamp) {
    guard let first = log.events.first else {
      weekly = false
      targets = []
      return
    }
    let start = first.event.recorded.date
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
      (date, log.count(recordedUpTo: date == end ? asOf : Timestamp.endOfDay(date)))
    }
  }

  /// The next point's position in the log: the walk must call `take` when it reaches it.
  var nextCount: Int? { points.count < targets.count ? targets[points.count].count : nil }

  /// Takes every point whose end is `position` events into the log, from `plan` (the plan
  /// after those events).
  mutating func take(at position: Int, _ plan: Plan) {
    while let next = nextCount, next == position {
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

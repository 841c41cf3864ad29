import LedgerCore
import PlanState

/// The plan measured at the end of each week or month, for the charts.
enum TrendBuilder {
  /// The most points a chart shows: older months are left out.
  static let maximumPoints = 24
  /// A plan no older than this many days is drawn week by week.
  static let weeklyUpToDays = 84

  /// The trend of `log` (already cut at the as-of point) up to `asOf`.
  static func trend(_ log: Replay, asOf: Timestamp) -> Trend {
    guard let first = log.events.first else { return Trend(period: .month, points: []) }
    let start = first.event.recorded.date
    let end = asOf.date
    let weekly = end.daysSinceEpoch - start.daysSinceEpoch <= weeklyUpToDays
    var ends: [CivilDate] = []
    if weekly {
      var d = start.adding(days: 7 - start.weekday)  // the Sunday of the first week
      while d < end {
        ends.append(d)
        d = d.adding(days: 7)
      }
    } else {
      var d = lastDay(ofMonthOf: start)
      while d < end {
        ends.append(d)
        d = lastDay(ofMonthOf: d.adding(days: 1))
      }
    }
    ends.append(end)
    // One pass over the log: fold events up to each period's end; a retraction refolds from
    // the start, as `Replay.plan(upTo:)` would (the state at a point is always that fold).
    var plan = Plan()
    var folded = 0
    let points = ends.suffix(maximumPoints).map { date -> TrendPoint in
      let instant = date == end ? asOf : Timestamp.endOfDay(date)
      let target = log.count(recordedUpTo: instant)
      while folded < target {
        let recorded = log.events[folded]
        if case .eventRetracted = recorded.event.body {
          plan = log.plan(upTo: folded + 1)
        } else {
          plan.apply(recorded.event)
        }
        folded += 1
      }
      var rag = RAGCounts()
      var open = 0
      var notYetDue = 0
      for id in plan.actionOrder {
        guard let a = plan.actions[id], a.status != .withdrawn else { continue }
        rag.count(a.rag)
        if a.status == .open || a.status == .deferred { open += 1 }
        if a.overdueAfter >= date { notYetDue += 1 }
      }
      let label =
        weekly ? ReportText.dayMonth(date) : ReportText.monthLabel(date)
      return TrendPoint(label: label, date: date, rag: rag, open: open, notYetDue: notYetDue)
    }
    return Trend(period: weekly ? .week : .month, points: points)
  }

  /// The last day of `d`'s month.
  static func lastDay(ofMonthOf d: CivilDate) -> CivilDate {
    CivilDate(year: d.year, month: d.month, day: CivilDate.daysIn(month: d.month, year: d.year))!
  }
}

import LedgerCore

/// The year-end review (seed 000's "Business Plan Review"): over a period, what was
/// progressed, carried forward, deferred and withdrawn, per priority (or per source when the
/// plan has no priorities), and the meetings held with attendance and apologies.
public struct YearReview: Sendable {
  /// The plan's title and authority at the end of the period.
  public var title: String
  /// The local authority.
  public var authority: String
  /// The first day of the period.
  public var from: CivilDate
  /// The last day of the period.
  public var to: CivilDate
  /// What the groups are: "priority", "theme" or "source".
  public var groupedBy: String
  /// One group per priority (or source), in plan order.
  public var groups: [ReviewGroup]
  /// The board meetings held in the period, in date order.
  public var meetings: [BoardMeeting]
  /// Where this plan's unfinished work went, if it was carried forward by the end.
  public var carriedTo: String?

  /// Every group's entries of one kind, in group order, without repeats.
  public func all(_ pick: (ReviewGroup) -> [ReviewEntry]) -> [ReviewEntry] {
    var seen: Set<String> = []
    return groups.flatMap(pick).filter { seen.insert($0.id).inserted }
  }

  /// "The Improvement plan 2020-21 was progressed with 5 actions completed or signed off; 2
  /// were carried forward to the following year, 2 deferred and 1 withdrawn. The board met 3
  /// times."
  public var summary: String {
    let progressed = all(\.progressed).count
    let carried = all(\.carriedForward).count
    let deferred = all(\.deferred).count
    let withdrawn = all(\.withdrawn).count
    func n(_ count: Int, _ one: String, _ many: String) -> String {
      "\(count) \(count == 1 ? one : many)"
    }
    let times =
      meetings.count == 1
      ? "once" : meetings.count == 2 ? "twice" : "\(YearReview.words(meetings.count)) times"
    return "The \(title) was progressed with \(n(progressed, "action", "actions")) completed or "
      + "signed off between \(from) and \(to); \(carried) \(carried == 1 ? "was" : "were") "
      + "carried forward to the following year, \(deferred) deferred and \(withdrawn) withdrawn. "
      + (meetings.isEmpty ? "The board did not meet." : "The board met \(times).")
  }

  /// "eight", for the small counts a council paper spells out.
  static func words(_ n: Int) -> String {
    let names = [
      "no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
      "twelve",
    ]
    return n < names.count ? names[n] : String(n)
  }
}

/// One priority's (or source's) part of the review.
public struct ReviewGroup: Sendable {
  /// The priority's or source's ID.
  public var id: String
  /// Its title.
  public var title: String
  /// Actions completed or signed off in the period, with their impact.
  public var progressed: [ReviewEntry] = []
  /// Actions still open at the end of the period.
  public var carriedForward: [ReviewEntry] = []
  /// Actions deferred at the end of the period, with reason and until.
  public var deferred: [ReviewEntry] = []
  /// Actions withdrawn in the period, with the reason.
  public var withdrawn: [ReviewEntry] = []
}

/// One action in the review, with what the review says of it.
public struct ReviewEntry: Sendable, Hashable {
  /// The action's ID.
  public var id: String
  /// Its title.
  public var title: String
  /// Who owns it.
  public var owner: String
  /// Impact notes (progressed), the reason (deferred, withdrawn), or the due date (carried).
  public var detail: String?
  /// Until when, for a deferral with a date.
  public var until: CivilDate?
}

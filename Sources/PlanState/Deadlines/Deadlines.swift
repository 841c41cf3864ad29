import LedgerCore

/// The statutory deadlines a plan's sources set, as of a day.
public enum Deadlines {
  /// Every deadline the plan's sources set, in the order the sources were added, as they stand
  /// on `today`.
  ///
  /// `sent` gives, by source ID, the date each source's plan was sent; by default, what the
  /// plan's `source.plan-sent` events recorded (`plan.cycle.planSent`). A date after `today`
  /// counts as not yet sent. A source of a
  /// type that starts no clock, or without a `published` date, sets no deadline.
  /// - Throws: a `LedgerError` naming the source when the bank holiday calendar does not
  ///   cover the days to count (see `BankHolidays`).
  public static func list(
    _ plan: Plan, sent: [String: CivilDate]? = nil, asOf today: CivilDate
  ) throws(LedgerError) -> [Deadline] {
    let sent = sent ?? plan.cycle.planSent
    var out: [Deadline] = []
    for id in plan.sourceOrder {
      guard let source = plan.sources[id] else { continue }
      out += try deadlines(for: source.details, sent: sent[id], asOf: today)
    }
    return out
  }

  /// The deadlines one source sets, as they stand on `today`.
  public static func deadlines(
    for source: SourceDetails, sent: CivilDate?, asOf today: CivilDate
  ) throws(LedgerError) -> [Deadline] {
    guard let published = source.published else { return [] }
    var out: [Deadline] = []
    for kind in Deadline.Kind.allCases where kind.applies(to: source.sourceType) {
      do {
        out.append(
          try deadline(
            kind, source: source.id, published: published, sent: sent, asOf: today))
      } catch {
        throw LedgerError(
          error.kind,
          "source \(source.id) (published \(published)): the \(kind.rawValue) deadline cannot "
            + "be worked out: \(error.message)", hint: error.hint)
      }
    }
    return out
  }

  /// One deadline: its due date and where it stands on `today`.
  static func deadline(
    _ kind: Deadline.Kind, source: String, published: CivilDate, sent: CivilDate?,
    asOf today: CivilDate
  ) throws(LedgerError) -> Deadline {
    let due = try WorkingDays.add(kind.workingDays, after: published)
    let sentByToday = sent.flatMap { $0 <= today ? $0 : nil }
    let status: Deadline.Status
    var left: Int?
    if sentByToday != nil {
      status = .met
    } else if today > due {
      status = .overdue
    } else {
      status = .due
      // Before publication the clock has not started: count from publication.
      left = try WorkingDays.count(after: max(today, published), through: due)
    }
    return Deadline(
      source: source, kind: kind, published: published, due: due, sent: sentByToday,
      status: status, workingDaysLeft: left)
  }
}

import LedgerCore

/// One statutory deadline derived from a source, and where it stands on a day.
public struct Deadline: Hashable, Sendable {
  /// What is due.
  public enum Kind: String, CaseIterable, Sendable {
    /// After an ILACS standard or short inspection, the local authority sends Ofsted its
    /// action plan within 70 working days of the report's publication.
    case actionPlanToOfsted = "action plan to Ofsted"

    /// How many working days after publication it is due.
    public var workingDays: Int {
      switch self {
      case .actionPlanToOfsted: return 70
      }
    }

    /// Whether a source of this type, once its report is published, starts this clock.
    public func applies(to type: SourceType) -> Bool {
      switch self {
      case .actionPlanToOfsted: return type == .ilacsStandard || type == .ilacsShort
      }
    }
  }

  /// Where a deadline stands on a day.
  public enum Status: String, CaseIterable, Sendable {
    /// Not yet sent and the due date has not passed (the due date itself is still `due`).
    case due = "due"
    /// Sent (on or before the day asked about, whether on time or not: see ``Deadline/late``).
    case met = "met"
    /// Not sent, and the due date has passed.
    case overdue = "overdue"
  }

  /// The source's ID.
  public var source: String
  /// What is due.
  public var kind: Kind
  /// The date the clock runs from: the report's publication.
  public var published: CivilDate
  /// The last day it may be sent: `kind.workingDays` working days after `published`.
  public var due: CivilDate
  /// When it was sent, if it had been by the day asked about.
  public var sent: CivilDate?
  /// Where it stands on the day asked about.
  public var status: Status
  /// While `due`: the working days left, after the day asked about up to and including the
  /// due date (0 on the due date itself). `nil` once met or overdue.
  public var workingDaysLeft: Int?

  /// Whether it was sent after the due date.
  public var late: Bool { sent.map { $0 > due } ?? false }

  /// Whether it still needs doing (`due` or `overdue`): what `status` and the board paper show.
  public var isOpen: Bool { status != .met }
}

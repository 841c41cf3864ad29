import LedgerCore

/// What the CSV form of a board report shows, and nothing more: one line per action, with
/// the priorities each sits under. Made by `BoardReport.actionSheet(_:asOf:)` from the plan
/// alone (no trend, changes or appendix is built for it), or taken from a full
/// `BoardReportModel` (`BoardReportModel.actionSheet`); rendered by `csv`.
public struct ActionSheet: Equatable, Sendable {
  /// The last event at the as-of point.
  public var head: Head
  /// Every action, in the order added.
  public var actions: [ActionLine]
  /// The plan's priorities, in the order added; empty for a plan organised by source.
  public var priorities: [PrioritySection]

  /// Creates a sheet.
  public init(head: Head, actions: [ActionLine], priorities: [PrioritySection]) {
    self.head = head
    self.actions = actions
    self.priorities = priorities
  }
}

extension BoardReportModel {
  /// The part of the report the CSV form shows.
  public var actionSheet: ActionSheet {
    ActionSheet(head: head, actions: actions, priorities: priorities)
  }
}

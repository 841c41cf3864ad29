/// An action in the plan, as it stands.
public struct Action: Hashable, Sendable, Codable {
  /// Its ID, e.g. "A1.2".
  public var id: String
  /// The recommendations it answers.
  public var recommendations: [String]
  /// The priorities it sits under (format version 3), in the order given.
  public var under: [String] = []
  /// What is to be done.
  public var title: String
  /// Who owns it (usually a role).
  public var owner: String
  /// When it is due (as last re-baselined).
  public var due: CivilDate
  /// Where it stands.
  public var status: ActionStatus = .open
  /// Its RAG rating; nil until first rated (and after a reopen).
  public var rag: RAG?
  /// The reason given for the current rating.
  public var ragNote: String?
  /// The latest progress note, evidence, rating, completion or sign-off note.
  public var latestUpdate: Update?
  /// Every impact note, oldest first: the difference it made for children and families.
  public var impacts: [Update] = []
  /// The latest note of the work itself: progress, evidence, a rating or completion, never
  /// the sign-off (the board's acceptance says nothing of what was done). "What have we done
  /// so far".
  public var latestWork: Update?
  /// Every move of the due date, oldest first.
  public var dueChanges: [DueChange] = []
  /// Until when it is deferred, if deferred with a date.
  public var deferredUntil: CivilDate?
  /// When it was marked complete, if it is complete or signed off.
  public var completedOn: CivilDate?
  /// When it was signed off, if it is.
  public var signedOffOn: CivilDate?
  /// The `seq` that added it.
  public var addedSeq: Int
  /// The `seq` of the last event that changed it.
  public var lastChangedSeq: Int

  /// The last day it can be done without being overdue: its due date, or, while it is
  /// deferred with an `until` date, that date (an approved deferral moves the deadline
  /// without re-baselining the due date).
  public var overdueAfter: CivilDate {
    if status == .deferred, let until = deferredUntil { return until }
    return due
  }

  /// Whether it still needs doing and is past `overdueAfter` on `date`: open past its due
  /// date, or deferred past its `until` date (or past its due date when deferred without
  /// one). Complete, signed-off and withdrawn actions are never overdue.
  public func isOverdue(on date: CivilDate) -> Bool {
    (status == .open || status == .deferred) && overdueAfter < date
  }
}

/// A dated note on an action: progress, evidence, a rating, completion or sign-off.
public struct Update: Hashable, Sendable, Codable {
  /// The event type that made it.
  public var type: EventType
  /// Its `seq`.
  public var seq: Int
  /// The date it happened.
  public var date: CivilDate
  /// Who recorded it.
  public var actor: Actor
  /// The note.
  public var note: String
  /// A link, for evidence.
  public var link: String?
}

/// One move of an action's due date.
public struct DueChange: Hashable, Sendable, Codable {
  /// The `seq` of the amendment.
  public var seq: Int
  /// The date it happened.
  public var date: CivilDate
  /// Who moved it.
  public var actor: Actor
  /// The due date before.
  public var from: CivilDate
  /// The due date after.
  public var to: CivilDate
  /// Why.
  public var reason: String
}

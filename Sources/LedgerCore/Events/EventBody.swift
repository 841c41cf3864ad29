/// What an event says: its type and data. One case per event type of `Events/FORMAT.md`.
///
/// The four cases with the largest payloads (144–160 bytes), all of rare types, are
/// `indirect`, so the enum is the size of the common cases: a read moves one per line, several
/// times over, and the copies were a tenth of `status` at 10^6 (issue 10).
public enum EventBody: Hashable, Sendable {
  /// `previous` (v3): the ledger this plan carries forward from (annual cycle, issue 9).
  case planCreated(title: String, authority: String, previous: PreviousPlan? = nil)
  indirect case sourceAdded(SourceDetails)
  /// `under` (v3): the priorities it sits under; empty for none.
  case recommendationAdded(
    id: String, source: String, text: String, theme: String?, framework: String?, priority: Bool,
    under: [String] = [])
  /// `text` is optional from v3, which adds `theme`, `under` (replaces the priorities; may be
  /// empty) and `priority`; at least one is given.
  case recommendationAmended(
    id: String, text: String?, reason: String, theme: String? = nil, under: [String]? = nil,
    priority: Bool? = nil)
  case recommendationClosed(id: String, note: String)
  case recommendationReopened(id: String, reason: String)
  /// `under` (v3): the priorities it sits under. From v3 `recommendations` may be empty when
  /// `under` is not.
  case actionAdded(
    id: String, recommendations: [String], title: String, owner: String, due: CivilDate,
    under: [String] = [])
  /// `recommendations` and `under` (v3) replace the action's links when given (either may be
  /// empty, so long as the action keeps one recommendation or priority).
  case actionAmended(
    id: String, title: String?, owner: String?, due: CivilDate?, reason: String,
    recommendations: [String]? = nil, under: [String]? = nil)
  case actionRated(id: String, rag: RAG, note: String)
  case actionProgress(id: String, note: String)
  case actionEvidence(id: String, note: String, link: String?)
  case actionCompleted(id: String, note: String)
  case actionSignedOff(id: String, note: String)
  case actionReopened(id: String, reason: String)
  case actionDeferred(id: String, reason: String, until: CivilDate?)
  case actionWithdrawn(id: String, reason: String)
  /// `attendees` and `apologies` (v3): "Name (Role)" strings; empty for none.
  case boardMeeting(
    date: CivilDate, note: String?, attendees: [String] = [], apologies: [String] = [])
  case eventRetracted(seq: Int, reason: String)
  /// Format version 2: members of an earlier line's `data` were redacted.
  case payloadRedacted(RedactionDetails)

  // Format version 3: the plan as councils write it (issue 8).
  /// A priority and, optionally, its outcome statement.
  case priorityAdded(id: String, title: String, outcome: String?)
  /// Corrects a priority's title or outcome (at least one).
  case priorityAmended(id: String, title: String?, outcome: String?, reason: String)
  /// A measure under a priority: baseline, target, direction.
  indirect case measureAdded(MeasureDetails)
  /// A value of a measure on a date, with where the figure comes from.
  case measureRecorded(id: String, value: Numeral, date: CivilDate, note: String)
  /// Corrects a measure (at least one field).
  indirect case measureAmended(MeasureAmendment)
  /// The difference an action made for children and families.
  case actionImpact(id: String, note: String)
  /// Corrects a source (at least one field).
  indirect case sourceAmended(SourceAmendment)
  /// Corrects the plan's title or authority (at least one).
  case planAmended(title: String?, authority: String?, reason: String)

  // Format version 3: the annual cycle (issue 9).
  /// The action plan for a source was sent to Ofsted on `date`.
  case sourcePlanSent(id: String, date: CivilDate, note: String?)
  /// The plan's unfinished work was carried forward into a new ledger (in the old ledger).
  case planCarriedForward(CarryForwardDetails)
  /// An item of this plan carries on from the previous ledger, where `history` are its seqs.
  case itemCarried(id: String, history: [Int])

  /// The event's type.
  public var type: EventType {
    switch self {
    case .planCreated: return .planCreated
    case .sourceAdded: return .sourceAdded
    case .recommendationAdded: return .recommendationAdded
    case .recommendationAmended: return .recommendationAmended
    case .recommendationClosed: return .recommendationClosed
    case .recommendationReopened: return .recommendationReopened
    case .actionAdded: return .actionAdded
    case .actionAmended: return .actionAmended
    case .actionRated: return .actionRated
    case .actionProgress: return .actionProgress
    case .actionEvidence: return .actionEvidence
    case .actionCompleted: return .actionCompleted
    case .actionSignedOff: return .actionSignedOff
    case .actionReopened: return .actionReopened
    case .actionDeferred: return .actionDeferred
    case .actionWithdrawn: return .actionWithdrawn
    case .boardMeeting: return .boardMeeting
    case .eventRetracted: return .eventRetracted
    case .payloadRedacted: return .payloadRedacted
    case .priorityAdded: return .priorityAdded
    case .priorityAmended: return .priorityAmended
    case .measureAdded: return .measureAdded
    case .measureRecorded: return .measureRecorded
    case .measureAmended: return .measureAmended
    case .actionImpact: return .actionImpact
    case .sourceAmended: return .sourceAmended
    case .planAmended: return .planAmended
    case .sourcePlanSent: return .sourcePlanSent
    case .planCarriedForward: return .planCarriedForward
    case .itemCarried: return .itemCarried
    }
  }

  /// The source, recommendation or action the event is about, if it is about one.
  public var subject: String? {
    switch self {
    case .planCreated, .boardMeeting, .eventRetracted, .payloadRedacted, .planAmended,
      .planCarriedForward:
      return nil
    case .sourcePlanSent(let id, _, _), .itemCarried(let id, _): return id
    case .sourceAdded(let s): return s.id
    case .sourceAmended(let s): return s.id
    case .measureAdded(let m): return m.id
    case .measureAmended(let m): return m.id
    case .priorityAdded(let id, _, _), .priorityAmended(let id, _, _, _),
      .measureRecorded(let id, _, _, _), .actionImpact(let id, _):
      return id
    case .recommendationAdded(let id, _, _, _, _, _, _),
      .recommendationAmended(let id, _, _, _, _, _),
      .recommendationClosed(let id, _), .recommendationReopened(let id, _),
      .actionAdded(let id, _, _, _, _, _), .actionAmended(let id, _, _, _, _, _, _),
      .actionRated(let id, _, _), .actionProgress(let id, _), .actionEvidence(let id, _, _),
      .actionCompleted(let id, _), .actionSignedOff(let id, _), .actionReopened(let id, _),
      .actionDeferred(let id, _, _), .actionWithdrawn(let id, _):
      return id
    }
  }

  /// The `seq` of the earlier line a retraction or redaction names.
  public var namedSeq: Int? {
    switch self {
    case .eventRetracted(let seq, _): return seq
    case .payloadRedacted(let r): return r.seq
    default: return nil
    }
  }

  /// Every item the event names: its subject and, for new items, what they hang from.
  public var references: [String] {
    switch self {
    case .recommendationAdded(let id, let source, _, _, _, _, let under):
      return [id, source] + under
    case .actionAdded(let id, let recommendations, _, _, _, let under):
      return [id] + recommendations + under
    case .measureAdded(let m): return [m.id, m.under]
    default: return subject.map { [$0] } ?? []
    }
  }

  /// The why the actor gave: a reason or note, if any.
  public var why: String? {
    switch self {
    case .planCreated, .sourceAdded, .recommendationAdded, .actionAdded, .priorityAdded,
      .measureAdded:
      return nil
    case .recommendationAmended(_, _, let reason, _, _, _), .recommendationReopened(_, let reason),
      .actionAmended(_, _, _, _, let reason, _, _), .actionReopened(_, let reason),
      .priorityAmended(_, _, _, let reason), .planAmended(_, _, let reason),
      .actionDeferred(_, let reason, _), .actionWithdrawn(_, let reason),
      .eventRetracted(_, let reason):
      return reason
    case .measureAmended(let m): return m.reason
    case .sourceAmended(let s): return s.reason
    case .measureRecorded(_, _, _, let note), .actionImpact(_, let note): return note
    case .recommendationClosed(_, let note), .actionRated(_, _, let note),
      .actionProgress(_, let note), .actionEvidence(_, let note, _), .actionCompleted(_, let note),
      .actionSignedOff(_, let note):
      return note
    case .boardMeeting(_, let note, _, _), .sourcePlanSent(_, _, let note): return note
    case .payloadRedacted(let r): return r.reason
    case .planCarriedForward, .itemCarried: return nil
    }
  }
}

/// The data of a `source.added` event: a visit or review.
public struct SourceDetails: Hashable, Sendable, Codable {
  /// The source's ID, e.g. "FV2021".
  public var id: String
  /// What kind of visit or review.
  public var sourceType: SourceType
  /// Its title, e.g. "Focused visit to Lewisham children's services".
  public var title: String
  /// When it took place (or began).
  public var date: CivilDate
  /// When it ended, for visits over several days.
  public var endDate: CivilDate?
  /// When the report was published.
  public var published: CivilDate?
  /// The judgement, if one was given.
  public var grade: Grade?
  /// Where the report can be read.
  public var url: String?

  /// Creates source details.
  public init(
    id: String, sourceType: SourceType, title: String, date: CivilDate, endDate: CivilDate? = nil,
    published: CivilDate? = nil, grade: Grade? = nil, url: String? = nil
  ) {
    self.id = id
    self.sourceType = sourceType
    self.title = title
    self.date = date
    self.endDate = endDate
    self.published = published
    self.grade = grade
    self.url = url
  }
}

/// The data of a `payload.redacted` event: which members of which line were redacted, and why.
public struct RedactionDetails: Hashable, Sendable {
  /// The `seq` of the redacted line.
  public var seq: Int
  /// That line's `data_sha256`, unchanged by the redaction.
  public var dataSHA256: String
  /// The redacted members, sorted by their UTF-8 bytes, distinct, at least one.
  public var members: [String]
  /// Why they were removed.
  public var reason: String
  /// Hex SHA-256 of that line's `data` after this redaction, as it stands on the line.
  public var redactedSHA256: String

  /// Creates redaction details.
  public init(
    seq: Int, dataSHA256: String, members: [String], reason: String, redactedSHA256: String
  ) {
    self.seq = seq
    self.dataSHA256 = dataSHA256
    self.members = members
    self.reason = reason
    self.redactedSHA256 = redactedSHA256
  }
}

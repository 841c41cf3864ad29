/// What a plan knows of the annual cycle (format version 3, issue 9): when each source's
/// action plan was sent, the ledger it carries forward from, and where its work went.
public struct PlanCycle: Hashable, Sendable, Codable {
  /// The date each source's action plan was sent to Ofsted, by source ID.
  public var planSent: [String: CivilDate] = [:]
  /// The ledger this plan carries forward from, if any (`plan.created`'s `previous`).
  public var previous: PreviousPlan?
  /// The `seqs` of each carried item's history in the previous ledger, by item ID.
  public var carriedHistory: [String: [Int]] = [:]
  /// Where this plan's unfinished work went, once carried forward, and the seq that said so.
  public var carriedForward: (seq: Int, details: CarryForwardDetails)? {
    get { carriedForwardSeq.map { ($0, carriedForwardDetails!) } }
    set {
      carriedForwardSeq = newValue?.seq
      carriedForwardDetails = newValue?.details
    }
  }
  private var carriedForwardSeq: Int?
  private var carriedForwardDetails: CarryForwardDetails?

  /// No cycle events yet.
  public init() {}

  /// Folds in one annual-cycle event; other events are ignored.
  public mutating func apply(_ event: Event) {
    switch event.body {
    case .sourcePlanSent(let id, let date, _):
      if planSent[id] == nil { planSent[id] = date }
    case .planCarriedForward(let details):
      carriedForward = (event.seq, details)
    case .itemCarried(let id, let history):
      carriedHistory[id] = history
    default:
      break
    }
  }
}

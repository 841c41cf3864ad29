import LedgerCore

/// What `ledger show` prints, as one value: the item as it stood at a point, where its earlier
/// history lies if it was carried forward from a previous ledger, and its history here.
///
/// The history entries come from the audit trail, which this module does not import (readers
/// import only the core): the caller passes the audit trail's own JSON and text of them, and
/// this report places them. The command line only picks ``json`` or ``text``.
public struct ItemReport: Sendable {
  /// The item's ID.
  public var id: String
  /// The item's current fields.
  public var item: ItemView
  /// Where the item's history before a carry-forward is, or nil if it was not carried forward.
  public var carried: CarriedHistory?
  /// The audit trail's JSON of the item's history (an array of entries).
  public var historyJSON: JSONValue
  /// The audit trail's text of the item's history.
  public var historyText: String

  /// An item's history kept in the previous ledger it was carried forward from.
  public struct CarriedHistory: Hashable, Sendable {
    /// The previous ledger (its head when the plan was carried forward, and its title).
    public var previous: PreviousPlan
    /// The `seq`s in that ledger that concern the item.
    public var seqs: [Int]
  }

  /// The report on `id` in `plan` on `today`, or nil if the plan has no such item.
  public init?(
    _ id: String, in plan: Plan, on today: CivilDate, historyJSON: JSONValue,
    historyText: String
  ) {
    guard let item = ItemView.find(id, in: plan, on: today) else { return nil }
    self.id = id
    self.item = item
    if let seqs = plan.cycle.carriedHistory[id], let previous = plan.cycle.previous {
      carried = CarriedHistory(previous: previous, seqs: seqs)
    }
    self.historyJSON = historyJSON
    self.historyText = historyText
  }

  /// The item's JSON (as ``ItemView/json``) with its `history` added.
  public var json: JSONValue {
    var members: [JSONMember] = []
    if case .object(let object) = item.json { members = object.members }
    members.append(JSONMember(key: "history", value: historyJSON))
    return .object(JSONObject(members))
  }

  /// The item for a terminal, where any carried-forward history is, then the history.
  public var text: String {
    var text = item.text
    if let carried {
      let previous = carried.previous
      text +=
        "\nCarried forward from “\(VisibleText.line(previous.title))”: its earlier history is in that ledger at seqs "
        + carried.seqs.map(String.init).joined(separator: ", ")
        + " (head \(previous.seq):\(previous.hash.prefix(16))…; see 'ledger history \(id) --ledger OLD_LEDGER')"
    }
    return text + "\n\nHistory:\n" + historyText
  }
}

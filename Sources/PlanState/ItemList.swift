import LedgerCore

/// Every item of a plan with its kind, status and title, and every board meeting with its
/// date: what `ledger list` prints.
public struct ItemList: Sendable, Equatable {
  /// One source, recommendation or action.
  public struct Row: Sendable, Equatable {
    /// Its kind.
    public var kind: ItemKind
    /// Its ID.
    public var id: String
    /// `open`, `closed`, `complete`, … (a source is closed once every recommendation from it is).
    public var status: String
    /// Its title (a recommendation's text).
    public var title: String
  }

  /// The items, sources first, then recommendations, then actions, each in the order added.
  public var items: [Row]
  /// The board meetings, in the order recorded.
  public var meetings: [BoardMeeting]

  /// The list of `plan`, keeping only items of `kind` (and meetings only when `kind` is nil).
  public init(_ plan: Plan, kind: ItemKind? = nil, meetings includeMeetings: Bool = true) {
    var items: [Row] = []
    for id in plan.sourceOrder {
      guard let source = plan.sources[id] else { continue }
      let open = plan.recommendations.values.contains { $0.source == id && $0.status == .open }
      let any = plan.recommendations.values.contains { $0.source == id }
      items.append(
        Row(
          kind: .source, id: id, status: open || !any ? "open" : "closed",
          title: source.details.title))
    }
    for id in plan.recommendationOrder {
      guard let r = plan.recommendations[id] else { continue }
      items.append(Row(kind: .recommendation, id: id, status: r.status.rawValue, title: r.text))
    }
    for id in plan.actionOrder {
      guard let a = plan.actions[id] else { continue }
      items.append(Row(kind: .action, id: id, status: a.status.rawValue, title: a.title))
    }
    self.items = kind.map { k in items.filter { $0.kind == k } } ?? items
    self.meetings = includeMeetings ? plan.meetings : []
  }

  /// The list as JSON: `{"items": [{kind, id, status, title}], "meetings": [{seq, date, note}]}`.
  public var json: JSONValue {
    JSONValue.members([
      (
        "items",
        .array(
          items.map {
            JSONValue.members([
              ("kind", .string($0.kind.rawValue)), ("id", .string($0.id)),
              ("status", .string($0.status)), ("title", .string($0.title)),
            ])
          })
      ),
      (
        "meetings",
        .array(
          meetings.map {
            JSONValue.members([
              ("seq", JSONValue.int($0.seq)), ("date", JSONValue.date($0.date)),
              ("note", JSONValue.orNull($0.note)),
            ])
          })
      ),
    ])
  }

  /// The list for a terminal: one line per item, then one per meeting; user text is shown
  /// visibly escaped on one line.
  public var text: String {
    var lines = items.map { row in
      let kind = row.kind.rawValue.padding(16)
      return "\(kind)\(row.id.padding(10))\(row.status.padding(12))\(VisibleText.line(row.title))"
    }
    for meeting in meetings {
      lines.append(
        "board meeting   \(meeting.date)" + (meeting.note.map { "  " + VisibleText.line($0) } ?? "")
      )
    }
    return lines.isEmpty ? "Nothing to list." : lines.joined(separator: "\n")
  }
}

extension String {
  fileprivate func padding(_ width: Int) -> String {
    count >= width ? self + " " : self + String(repeating: " ", count: width - count)
  }
}

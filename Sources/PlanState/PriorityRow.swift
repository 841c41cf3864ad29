import LedgerCore

/// A priority with what sits under it (format version 3).
public struct PriorityRow: Sendable {
  /// The priority.
  public var priority: Priority
  /// The findings placed under it, in plan order.
  public var recommendations: [String]
  /// Its actions, in plan order: under it directly or answering one of its findings.
  public var actions: [ActionRow]
  /// Its measures, in the order added.
  public var measures: [MeasureRow]
}

/// A measure and where it stands on the report's day.
public struct MeasureRow: Sendable {
  /// The measure, with every value recorded.
  public var measure: Measure
  /// Met, on track or off track; nil with no values yet.
  public var track: Track?

  /// `57 %` style: a number and its unit.
  static func amount(_ n: Numeral, _ unit: String) -> String {
    unit == "%" ? "\(n)%" : "\(n) \(unit)"
  }

  /// One line: title, baseline, latest, target and standing.
  public var line: String {
    let d = measure.details
    let latest =
      measure.latest.map { "latest \(Self.amount($0.value, d.unit)) (\($0.date))" }
      ?? "no values yet"
    let standing = track.map { " — " + $0.rawValue.replacingDashes } ?? ""
    return "\(d.id) \(d.title): baseline \(Self.amount(d.baseline, d.unit)) (\(d.baselineDate)), "
      + "\(latest), target \(Self.amount(d.target, d.unit)) by \(d.targetDate)\(standing)"
  }
}

extension String {
  /// `on-track` as `on track`.
  fileprivate var replacingDashes: String { split(separator: "-").joined(separator: " ") }
}

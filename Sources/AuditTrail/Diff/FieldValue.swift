import LedgerCore

/// The value of one field of an item, as `status --json` shows it: a string, a flag, a list
/// of IDs, or nothing (JSON null).
public enum FieldValue: Hashable, Sendable {
  /// No value (an unset optional field, or the item does not exist on that side).
  case none
  /// A string: text, a date `YYYY-MM-DD`, or a status, RAG or grade name.
  case string(String)
  /// A yes/no flag, e.g. a recommendation's `priority`.
  case bool(Bool)
  /// A list of IDs, e.g. an action's `recommendations`.
  case list([String])

  /// `.string(s)`, or `.none` for nil.
  static func string(_ s: String?) -> FieldValue { s.map { .string($0) } ?? .none }

  /// The value as JSON: a string, a bool, an array of strings or null.
  public var json: JSONValue {
    switch self {
    case .none: return .null
    case .string(let s): return .string(s)
    case .bool(let b): return .bool(b)
    case .list(let items): return .array(items.map { .string($0) })
    }
  }

  /// The value for a reader: `none`, `yes`/`no`, IDs joined by ", ", and strings as they
  /// are, or in quotes when `quoted` (free text such as a title).
  public func text(quoted: Bool) -> String {
    switch self {
    case .none: return "none"
    case .string(let s): return quoted ? TextParts.quoted(s) : s
    case .bool(let b): return b ? "yes" : "no"
    case .list(let items): return items.joined(separator: ", ")
    }
  }
}

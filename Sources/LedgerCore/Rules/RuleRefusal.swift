/// A writer's rule refusing an event, as a value: which rule (numbered as in
/// `Events/FORMAT.md`, "Rules"), what is wrong, and what to do about it.
///
/// The core says what to do in plain words and, where a command would help, names it as a
/// `Remedy`; the write side turns that into the command to type.
public struct RuleRefusal: Error, Sendable, Equatable, CustomStringConvertible {
  /// The rule's number in `Events/FORMAT.md`.
  public var rule: Int
  /// What is wrong, quoting the values involved.
  public var message: String
  /// What to do, in plain words (no command-line syntax).
  public var hint: String?
  /// The change that would make the event acceptable, if there is one.
  public var remedy: Remedy?

  /// Creates a refusal by rule `rule`.
  public init(rule: Int, _ message: String, hint: String? = nil, remedy: Remedy? = nil) {
    self.rule = rule
    self.message = message
    self.hint = hint
    self.remedy = remedy
  }

  /// `rule N: message`.
  public var description: String { "rule \(rule): \(message)" }
}

/// A change that would let a refused event through.
public enum Remedy: Sendable, Equatable {
  /// Reopen this action first.
  case reopenAction(String)
  /// Reopen this recommendation first.
  case reopenRecommendation(String)
  /// Mark this action complete first.
  case completeAction(String)
  /// Move this action's due date instead.
  case amendDue(String)
  /// Use one of the `known` IDs of this kind instead of the `typed` one.
  case knownItems(ItemKind, typed: String, known: [String])
}

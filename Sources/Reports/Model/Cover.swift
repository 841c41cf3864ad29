/// The cover block of a committee paper, as councils head theirs (seed 002: "Committee:
/// Safeguarding Sub-Committee … For Information … Report author: … Members are asked to: Note
/// the report."): which committee, who wrote it, whether it is for information or for
/// decision, and what members are asked to do.
public struct Cover: Hashable, Sendable {
  /// Whether the paper informs the committee or asks it to decide.
  public enum Purpose: String, Hashable, Sendable, CaseIterable {
    /// For information: members note it.
    case information = "information"
    /// For decision: members are asked to decide something, which the paper must say.
    case decision = "decision"

    /// `For information`, `For decision`.
    public var heading: String { self == .information ? "For information" : "For decision" }
  }

  /// The committee or board the paper goes to, e.g. `Safeguarding Sub-Committee`.
  public var committee: String?
  /// Who wrote it, e.g. `Rachel Green, Service Manager`.
  public var author: String?
  /// For information or for decision.
  public var purpose: Purpose
  /// What members are asked to do, one item each (`Note the report.`).
  public var asks: [String]

  /// The default ask of a paper for information, in seed 002's words.
  public static let noteTheReport = "Note the report."

  /// A cover. With no `asks`, a paper for information asks members to note the report; a
  /// paper for decision must say what is to be decided, so it is refused without one.
  public init(committee: String?, author: String?, purpose: Purpose, asks: [String] = [])
    throws(CoverError)
  {
    let asks = asks.map { $0.trimmingSpaces }.filter { !$0.isEmpty }
    if purpose == .decision, asks.isEmpty { throw .decisionWithoutAsk }
    self.committee = committee.map { $0.trimmingSpaces }.flatMap { $0.isEmpty ? nil : $0 }
    self.author = author.map { $0.trimmingSpaces }.flatMap { $0.isEmpty ? nil : $0 }
    self.purpose = purpose
    self.asks = asks.isEmpty ? [Self.noteTheReport] : asks
  }
}

/// Why a cover cannot be made.
public enum CoverError: Error, Equatable, Sendable {
  /// A paper for decision that does not say what members are asked to decide.
  case decisionWithoutAsk
}

extension String {
  /// Without leading and trailing spaces, tabs and line breaks.
  fileprivate var trimmingSpaces: String {
    let scalars = unicodeScalars
    let blank: (Unicode.Scalar) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
    guard let first = scalars.firstIndex(where: { !blank($0) }),
      let last = scalars.lastIndex(where: { !blank($0) })
    else { return "" }
    return String(scalars[first...last])
  }
}

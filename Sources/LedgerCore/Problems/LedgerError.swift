/// A problem found while reading, checking or writing a ledger, as a value.
///
/// Library code throws these; only the executable prints them. Every error says what went
/// wrong, where (file and line when there is one) and, in `hint`, what to do about it.
public struct LedgerError: Error, Sendable, Equatable, CustomStringConvertible {
  /// What kind of problem it is. Every kind depends on the ledger or the file system; the
  /// command line maps them all to exit 1 and checks its own input itself.
  public enum Kind: Sendable, Equatable {
    /// A rule of the plan refused the command (exit 1, file unchanged).
    case rule
    /// The ledger file is malformed or fails a check (exit 1).
    case data
    /// The file system failed us (exit 1).
    case io
  }

  /// What kind of problem it is.
  public var kind: Kind
  /// The file the problem is in, if any.
  public var file: String?
  /// The 1-based line the problem is on, if any.
  public var line: Int?
  /// What is wrong, quoting the bad value.
  public var message: String
  /// What to do about it.
  public var hint: String?

  /// Creates an error.
  public init(
    _ kind: Kind, _ message: String, file: String? = nil, line: Int? = nil, hint: String? = nil
  ) {
    self.kind = kind
    self.message = message
    self.file = file
    self.line = line
    self.hint = hint
  }

  /// A refusal by a rule.
  public static func rule(_ message: String, hint: String? = nil) -> LedgerError {
    LedgerError(.rule, message, hint: hint)
  }

  /// The location, rendered `file:line`, `file` or empty.
  public var location: String {
    switch (file, line) {
    case (let file?, let line?): return "\(file):\(line)"
    case (let file?, nil): return file
    case (nil, let line?): return "line \(line)"
    case (nil, nil): return ""
    }
  }

  /// `location: message`, one line, without the hint.
  public var description: String {
    location.isEmpty ? message : "\(location): \(message)"
  }
}

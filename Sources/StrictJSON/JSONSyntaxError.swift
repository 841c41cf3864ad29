/// Why some input is not strict JSON, and where.
public struct JSONSyntaxError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The 0-based byte offset in the input where the problem is.
  public var offset: Int
  /// What is wrong, in plain English, quoting the bad input where useful,
  /// e.g. `duplicate key "id"` or `trailing comma before ']'`.
  public var message: String

  /// An error at this byte offset with this message.
  public init(offset: Int, message: String) {
    self.offset = offset
    self.message = message
  }

  /// `column N: message`, with the 1-based column (byte) of the problem.
  public var description: String {
    "column \(offset + 1): \(message)"
  }
}

/// What a command produced: data for stdout, warnings for stderr.
public struct Output: Sendable, Equatable {
  /// Printed on stdout, followed by a newline.
  public var stdout: String
  /// Printed on stderr, each line prefixed `warning: `.
  public var warnings: [String]

  /// Creates an output.
  public init(stdout: String, warnings: [String] = []) {
    self.stdout = stdout
    self.warnings = warnings
  }
}

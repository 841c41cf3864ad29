/// What a command produced: data for stdout, warnings for stderr.
public struct Output: Sendable, Equatable {
  /// Printed on stdout, followed by a newline.
  public var stdout: String
  /// Printed on stderr, each line prefixed `warning: `.
  public var warnings: [String]
  /// Whether the command has already written its stdout, a piece at a time as it was made
  /// (`Invocation.standardOutput`): then `stdout` is empty and nothing more is printed there.
  public var streamed: Bool

  /// Creates an output.
  public init(stdout: String, warnings: [String] = []) {
    self.stdout = stdout
    self.warnings = warnings
    self.streamed = false
  }

  /// The output of a command that has written its stdout itself, as it went
  /// (`Invocation.standardOutput`), with `warnings` for stderr.
  public static func streamed(warnings: [String] = []) -> Output {
    var output = Output(stdout: "", warnings: warnings)
    output.streamed = true
    return output
  }
}

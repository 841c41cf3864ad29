/// The whole result of one run of the tool: what to print where, and the exit code.
public struct Outcome: Sendable, Equatable {
  /// For stdout (each ends with a newline when printed).
  public var stdout: [String]
  /// For stderr.
  public var stderr: [String]
  /// 0 ok, 1 refused by the ledger or a file, 64 bad usage.
  public var exitCode: Int32

  /// Creates an outcome.
  public init(stdout: [String] = [], stderr: [String] = [], exitCode: Int32 = 0) {
    self.stdout = stdout
    self.stderr = stderr
    self.exitCode = exitCode
  }
}

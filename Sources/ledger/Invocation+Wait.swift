import LedgerCore

/// `--wait SECONDS`: how long any command waits for another process's lock on the ledger.
extension Invocation {
  /// The option, accepted by every command.
  static let waitOption = OptionSpec(
    name: "wait", value: "SECONDS",
    help: "wait at most this long for another process's lock (default 10; 0 tries once)")

  /// `--wait`, or the default of 10 seconds.
  func lockWait() throws(LedgerError) -> LockWait {
    guard let text = value("wait") else { return .standard }
    guard let wait = LockWait(parsing: text) else {
      throw LockWait.problem(text, option: "--wait")
    }
    return wait
  }

  /// Says on stderr that the command is waiting for the lock (the ledger's name shown
  /// visibly escaped, like every message).
  @Sendable static func sayWaiting(_ line: String) {
    printError(VisibleText.line(line))
  }
}

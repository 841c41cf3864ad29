import ArgumentParsing
import LedgerCore

/// `--wait SECONDS`: how long any command waits for another process's lock on the ledger.
extension Invocation {
  /// The option, accepted by every command (a global option).
  static let waitOption = OptionSpec(
    "wait", value: "SECONDS",
    help: "Wait at most this long for another process's lock (default 10; 0 tries once).")

  /// `--wait`, or the default of 10 seconds; a value that is not whole seconds is a usage
  /// error (exit 64).
  func lockWait() throws(CLIError) -> LockWait {
    guard let text = value("wait") else { return .standard }
    guard let wait = LockWait(parsing: text) else {
      let shown = text.count > 20 ? String(text.prefix(20)) + "…" : text
      throw .usage(
        "--wait \"\(shown)\" is not a number of seconds",
        hint:
          "give whole seconds from 0 (try once) to \(LockWait.maximumSeconds), e.g. --wait 30; the default is \(LockWait.standard.seconds)"
      )
    }
    return wait
  }

  /// Says on stderr, at once, that the command is waiting for the lock (the ledger's name
  /// shown visibly escaped, like every message).
  @Sendable static func sayWaiting(_ line: String) {
    Terminal.write([VisibleText.line(line)], to: .standardError)
  }
}

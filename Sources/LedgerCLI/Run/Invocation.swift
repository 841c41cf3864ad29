import ArgumentParsing
import LedgerCore

/// A parsed command line with what it runs in: the environment and a way to read files.
struct Invocation: Sendable {
  /// The command, its positionals and options.
  var parsed: ParsedCommand
  /// The process environment (LEDGER_FILE, LEDGER_ACTOR, LEDGER_ROLE, LEDGER_NOW).
  var environment: [String: String]
  /// Reads a whole file, `-` meaning standard input.
  var readFile: @Sendable (String) throws(CLIError) -> [UInt8]
  /// Where a command whose stdout may be large (`report`) writes it a piece at a time as it
  /// is made, when the executable gives one; nil to return it in the `Output` instead.
  var standardOutput: (@Sendable ([UInt8]) -> Void)? = nil

  /// The command's words joined, e.g. `action rate`.
  var commandName: String { parsed.words.joined(separator: " ") }

  /// Positional `index`, if given.
  func positional(_ index: Int) -> String? {
    index < parsed.positionals.count ? parsed.positionals[index] : nil
  }

  /// The value of `--name`, if given.
  func value(_ name: String) -> String? { parsed.value(name) }

  /// Every value of a repeatable `--name`.
  func all(_ name: String) -> [String] { parsed.allValues(name) }

  /// Whether flag `--name` was given.
  func flag(_ name: String) -> Bool { parsed.flag(name) }

  /// The ledger path: `--ledger` or `LEDGER_FILE`.
  func ledgerPath() throws(CLIError) -> String {
    if let path = value("ledger") ?? environment["LEDGER_FILE"], !path.isEmpty { return path }
    throw .usage("no ledger file given", hint: "pass --ledger PATH or set LEDGER_FILE")
  }

  /// The clock: `LEDGER_NOW` if set, else the wall clock (whole seconds, as events are recorded).
  func clock() throws(CLIError) -> Timestamp {
    try fixedClock() ?? Timestamp(seconds: Timestamp.now().seconds)
  }

  /// `LEDGER_NOW`, if set.
  func fixedClock() throws(CLIError) -> Timestamp? {
    guard let text = environment["LEDGER_NOW"], !text.isEmpty else { return nil }
    guard let t = Timestamp(rfc3339: text) else {
      throw .usage(
        "LEDGER_NOW \"\(text)\" is not an RFC 3339 time",
        hint: "e.g. LEDGER_NOW=2026-03-02T09:15:00Z")
    }
    return t
  }

  /// The actor of a write: `--actor`/`--role` or `LEDGER_ACTOR`/`LEDGER_ROLE`.
  func actor() throws(CLIError) -> Actor {
    let name = value("actor") ?? environment["LEDGER_ACTOR"] ?? ""
    let role = value("role") ?? environment["LEDGER_ROLE"] ?? ""
    if Text.isBlank(name) {
      throw .usage(
        "who is recording this? --actor is missing", hint: "pass --actor NAME or set LEDGER_ACTOR")
    }
    if Text.isBlank(role) {
      throw .usage("--role is missing for \(name)", hint: "pass --role ROLE or set LEDGER_ROLE")
    }
    return Actor(name: name, role: role)
  }
}

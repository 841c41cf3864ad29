import ArgumentParsing
import LedgerCore

/// A problem the command line reports on stderr, with the exit code it ends in.
///
/// The one exit-code rule: **64** when the command line alone shows it is wrong (an unknown
/// command or option, a missing or repeated option, a malformed or impossible value), **1**
/// when it depends on a file: the ledger (a rule, an unknown ID, a damaged file) or another
/// file named (a note file that cannot be read, a missing output folder).
public struct CLIError: Error, Sendable, Equatable {
  /// Which side of the exit-code rule it falls on.
  public enum Kind: Sendable, Equatable {
    /// The command line alone is wrong: exit 64.
    case usage
    /// The ledger or another file said no: exit 1.
    case refused
  }

  /// Which side of the exit-code rule it falls on.
  public var kind: Kind
  /// What is wrong, quoting the bad value.
  public var message: String
  /// Where: `file`, `file:line` or empty.
  public var location: String
  /// What to do about it.
  public var hint: String?

  /// Creates an error.
  public init(_ kind: Kind, _ message: String, location: String = "", hint: String? = nil) {
    self.kind = kind
    self.message = message
    self.location = location
    self.hint = hint
  }

  /// A command-line mistake (exit 64).
  public static func usage(_ message: String, hint: String? = nil) -> CLIError {
    CLIError(.usage, message, hint: hint)
  }

  /// A refusal that depends on the ledger or another file (exit 1).
  public static func refused(_ message: String, file: String? = nil, hint: String? = nil)
    -> CLIError
  {
    CLIError(.refused, message, location: file.map(VisibleText.line) ?? "", hint: hint)
  }

  /// The exit code: 64 for usage, 1 for a refusal.
  public var exitCode: Int32 { kind == .usage ? 64 : 1 }

  /// The lines for stderr: `error: where: what`, then the hint indented. Every value a user
  /// typed is shown visibly escaped and on one line (`VisibleText.message`), and a long file
  /// name keeps its end.
  public var lines: [String] {
    let head = "error: " + (location.isEmpty ? "" : location + ": ") + VisibleText.message(message)
    return [head] + (hint.map { ["  " + VisibleText.message($0)] } ?? [])
  }
}

extension CLIError {
  /// The library's error: every problem a library finds depends on the ledger or the file
  /// system (exit 1); the command line checks its own input before calling a library.
  public init(_ error: LedgerError) {
    var location = ""
    if let file = error.file {
      let name =
        file.count > VisibleText.clipLength
        ? "…" + String(file.suffix(VisibleText.clipLength)) : file
      location = VisibleText.line(name) + (error.line.map { ":\($0)" } ?? "")
    } else if let line = error.line {
      location = "line \(line)"
    }
    self.init(.refused, error.message, location: location, hint: error.hint)
  }

  /// A parse error: always the command line's fault (exit 64).
  public init(_ error: ParseError, tool: String) {
    self.init(.usage, error.message(tool: tool), hint: error.hint(tool: tool))
  }

  /// Any error a command threw.
  public init(any error: any Error) {
    switch error {
    case let error as CLIError: self = error
    case let error as LedgerError: self.init(error)
    default: self.init(.refused, "\(error)")
    }
  }
}

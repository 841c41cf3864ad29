import LedgerCore

/// One option a command takes.
struct OptionSpec: Sendable {
  /// The name without dashes, e.g. "due".
  var name: String
  /// The value's placeholder, e.g. "YYYY-MM-DD"; nil for a flag.
  var value: String?
  /// One line of help.
  var help: String
  /// Whether it must be given.
  var required = false
  /// Whether it may be given more than once.
  var repeatable = false
}

/// One command of the tool: its words, arguments and what it does.
struct CommandSpec: Sendable {
  /// The words that name it, e.g. ["action", "rate"].
  var words: [String]
  /// The positional arguments' placeholders, e.g. ["ID", "red|amber|green"].
  var positionals: [String] = []
  /// Its options (the global and write options are added by the parser).
  var options: [OptionSpec] = []
  /// One line of help.
  var summary: String
  /// Whether it appends an event (takes --actor, --role, --effective).
  var writes = false
  /// What it does.
  var run: @Sendable (Invocation) throws(LedgerError) -> Output

  /// `ledger action rate ID red|amber|green --note TEXT`.
  var synopsis: String {
    var parts = ["ledger"] + words + positionals
    for o in options {
      let body = "--\(o.name)" + (o.value.map { " \($0)" } ?? "")
      parts.append(o.required ? body : "[\(body)]")
      if o.repeatable { parts[parts.count - 1] += "…" }
    }
    return parts.joined(separator: " ")
  }

  /// Every option it accepts, its own first.
  var allOptions: [OptionSpec] {
    options + (writes ? Self.writeOptions : []) + Self.globalOptions
  }

  static let globalOptions = [
    OptionSpec(name: "ledger", value: "PATH", help: "the ledger file (or LEDGER_FILE)"),
    Invocation.waitOption,
    OptionSpec(name: "help", value: nil, help: "show this help"),
  ]
  static let writeOptions = [
    OptionSpec(name: "actor", value: "NAME", help: "who is recording this (or LEDGER_ACTOR)"),
    OptionSpec(name: "role", value: "ROLE", help: "their role (or LEDGER_ROLE)"),
    OptionSpec(
      name: "effective", value: "YYYY-MM-DD",
      help: "when it actually happened, if earlier (back-recording)"),
  ]

  /// The help text for this command.
  var help: String {
    var out = ["usage: \(synopsis)", "", summary, "", "options:"]
    for o in allOptions {
      let flag = "--\(o.name)" + (o.value.map { " \($0)" } ?? "")
      out.append("  " + flag.padded(to: 26) + " " + o.help)
    }
    return out.joined(separator: "\n")
  }
}

/// What a command produced: data for stdout, warnings for stderr.
struct Output {
  /// Printed on stdout.
  var stdout: String
  /// Printed on stderr, each line prefixed `warning: `.
  var warnings: [String] = []
}

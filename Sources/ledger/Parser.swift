import LedgerCommands
import LedgerCore

/// Turns `ledger …` arguments into an invocation of one command, or explains what is wrong.
struct Parser {
  let commands: [CommandSpec]
  let environment: [String: String]

  /// What the arguments asked for.
  enum Request {
    case run(Invocation)
    case help(String)
    /// No command at all: the usage goes to stderr, exit 64.
    case missingCommand(String)
  }

  func parse(_ arguments: [String]) throws(LedgerError) -> Request {
    // Split off the leading words that name the command.
    var words: [String] = []
    var rest = arguments[...]
    while let first = rest.first, !first.hasPrefix("-") {
      let candidate = words + [first]
      guard commands.contains(where: { $0.words.starts(with: candidate) }) else { break }
      words = candidate
      rest = rest.dropFirst()
      if commands.contains(where: { $0.words == words }) { break }
    }
    let wantsHelp = arguments.contains("--help") || arguments.contains("-h")
    guard let spec = commands.first(where: { $0.words == words }) else {
      if wantsHelp { return .help(usage(group: words)) }
      if arguments.isEmpty { return .missingCommand(usage()) }
      if let first = rest.first, !first.hasPrefix("-") {
        let choices = Set(
          commands.filter { $0.words.starts(with: words) && $0.words.count > words.count }
            .map { $0.words[words.count] }
        ).sorted()
        let said = (words + [first]).joined(separator: " ")
        let guess =
          Suggest.closest(to: first, among: choices)
          .map { "did you mean '\((words + [$0]).joined(separator: " "))'? " } ?? ""
        throw .usage(
          "unknown command '\(said)'",
          hint: guess + "commands: " + choices.joined(separator: ", ") + "; see 'ledger --help'")
      }
      let choices = Set(
        commands.filter { $0.words.starts(with: words) }.map { $0.words[words.count] })
      throw .usage(
        "'ledger \(words.joined(separator: " "))' needs a subcommand: "
          + choices.sorted().joined(separator: ", "),
        hint: "see 'ledger \(words.joined(separator: " ")) --help'")
    }
    if wantsHelp { return .help(spec.help) }

    var positionals: [String] = []
    var values: [String: [String]] = [:]
    let options = spec.allOptions
    while let arg = rest.first {
      rest = rest.dropFirst()
      if arg == "--" {
        positionals += rest
        break
      }
      guard arg.hasPrefix("--"), arg.count > 2 else {
        if arg.hasPrefix("-"), arg.count > 1, Int(arg) == nil {
          throw .usage(
            "unknown option '\(arg)'",
            hint:
              "options start with two dashes; see 'ledger \(words.joined(separator: " ")) --help'")
        }
        positionals.append(arg)
        continue
      }
      var name = String(arg.dropFirst(2))
      var inline: String?
      if let eq = name.firstIndex(of: "=") {
        inline = String(name[name.index(after: eq)...])
        name = String(name[..<eq])
      }
      guard let option = options.first(where: { $0.name == name }) else {
        let guess =
          Suggest.closest(to: name, among: options.map(\.name)).map { "did you mean --\($0)? " }
          ?? ""
        throw .usage(
          "'ledger \(words.joined(separator: " "))' has no option --\(name)",
          hint: guess + "see 'ledger \(words.joined(separator: " ")) --help'")
      }
      if option.value == nil {
        if inline != nil { throw .usage("--\(name) takes no value") }
        values[name, default: []].append("")
        continue
      }
      let value: String
      if let inline {
        value = inline
      } else if let next = rest.first {
        value = next
        rest = rest.dropFirst()
      } else {
        throw .usage("--\(name) needs a value (\(option.value!))")
      }
      if values[name] != nil, !option.repeatable {
        throw .usage("--\(name) is given more than once")
      }
      values[name, default: []].append(value)
    }
    let required = spec.positionals.filter { !$0.hasPrefix("[") }
    if positionals.count < required.count {
      throw .usage(
        "missing \(required[positionals.count])", hint: "usage: \(spec.synopsis)")
    }
    if positionals.count > spec.positionals.count {
      throw .usage(
        "unexpected argument '\(positionals[spec.positionals.count])'",
        hint: "put text in quotes; usage: \(spec.synopsis)")
    }
    for option in spec.options where option.required && values[option.name] == nil {
      throw .usage(
        "--\(option.name) \(option.value ?? "") is required", hint: "usage: \(spec.synopsis)")
    }
    return .run(
      Invocation(spec: spec, positionals: positionals, values: values, environment: environment))
  }

  /// The list of commands, all of them or those under `group`.
  func usage(group: [String] = []) -> String {
    var out = [
      "ledger: the improvement plan ledger — record an Ofsted-driven improvement plan as",
      "append-only, hash-chained events; verify it; read it as of any date.",
      "",
      "usage: ledger [--ledger PATH] COMMAND …   (PATH also from LEDGER_FILE)",
      "writes need --actor NAME --role ROLE (or LEDGER_ACTOR, LEDGER_ROLE) and accept --effective YYYY-MM-DD",
      "",
      "commands:",
    ]
    for spec in commands where spec.words.starts(with: group) {
      let name = spec.words.joined(separator: " ")
      out.append("  " + name.padded(to: 24) + " " + spec.summary)
    }
    out.append("")
    out.append("exit codes: 0 ok, 1 refused by a rule or failed a check, 64 bad usage")
    out.append("'ledger COMMAND --help' shows a command's options.")
    return out.joined(separator: "\n")
  }
}

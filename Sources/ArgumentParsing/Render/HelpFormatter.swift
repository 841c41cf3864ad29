/// Renders help: for the whole tool, a group of commands, or one command. Option lines are
/// wrapped at the tool's `helpWidth`, their text aligned in a second column.
public struct HelpFormatter: Sendable {
  /// The tool whose help is rendered.
  public let tool: ToolSpec
  /// Where the second column (the help text) starts.
  public var column = 28

  /// Creates a formatter for `tool`.
  public init(tool: ToolSpec) { self.tool = tool }

  /// The help for `words`: the tool (empty), a group (its commands) or a command.
  public func help(for words: [String]) -> String {
    if let command = tool.command(named: words) { return help(command) }
    var lines: [String] = []
    if words.isEmpty {
      lines += wrap(tool.abstract, indent: 0) + [""]
      lines.append("usage: \(tool.name) [GLOBAL OPTIONS] COMMAND [ARGUMENTS] [OPTIONS]")
    } else {
      lines.append("usage: \(([tool.name] + words).joined(separator: " ")) COMMAND …")
    }
    lines += ["", "commands:"]
    for command in tool.commands where command.words.starts(with: words) {
      lines += row(command.name, command.summary)
    }
    if words.isEmpty {
      lines += row("help [COMMAND…]", "Show the help for a command (the same as COMMAND --help).")
    }
    lines +=
      ["", "global options:"] + optionRows(tool.globalOptions + builtIns(top: words.isEmpty))
    if words.isEmpty, !tool.footer.isEmpty { lines += [""] + wrap(tool.footer, indent: 0) }
    lines.append("")
    lines.append("'\(tool.name) COMMAND --help' shows a command's arguments and options.")
    return lines.joined(separator: "\n")
  }

  /// The usage line of `command`, e.g. `ledger action rate ID RATING --note TEXT [--json]`.
  public func synopsis(_ command: CommandSpec) -> String {
    var parts = [tool.name] + command.words + command.positionals.map(\.label)
    let alternatives = Set(command.options.compactMap(\.alternative))
    for option in command.options where !alternatives.contains(option.name) {
      var label = option.label
      if let name = option.alternative,
        let other = command.options.first(where: { $0.name == name })
      {
        label = option.isRequired ? "(\(label) | \(other.label))" : "\(label) | \(other.label)"
      }
      var text = option.isRequired ? label : "[\(label)]"
      if option.isRepeatable { text += "…" }
      parts.append(text)
    }
    return parts.joined(separator: " ")
  }

  func help(_ command: CommandSpec) -> String {
    var lines = wrap("usage: " + synopsis(command), indent: 0, hanging: 4)
    lines += [""] + wrap(command.summary, indent: 0)
    if !command.discussion.isEmpty { lines += [""] + wrap(command.discussion, indent: 0) }
    if !command.positionals.isEmpty {
      lines += ["", "arguments:"]
      for positional in command.positionals {
        let choices = positional.choices.map { " One of: " + $0.joined(separator: ", ") + "." }
        lines += row(positional.name, positional.help + (choices ?? ""))
      }
    }
    if !command.options.isEmpty { lines += ["", "options:"] + optionRows(command.options) }
    let globals = tool.globalOptions.filter { global in
      !command.options.contains { $0.name == global.name }
    }
    lines += ["", "global options:"] + optionRows(globals + builtIns(top: false))
    return lines.joined(separator: "\n")
  }

  func builtIns(top: Bool) -> [OptionSpec] {
    top ? [ToolSpec.versionOption, ToolSpec.helpOption] : [ToolSpec.helpOption]
  }

  func optionRows(_ options: [OptionSpec]) -> [String] {
    options.flatMap { option in
      let label = (option.short.map { "-\($0), " } ?? "") + option.label
      var text = option.help
      if let choices = option.choices, option.valueName?.contains("|") != true {
        text += " One of: " + choices.joined(separator: ", ") + "."
      }
      if option.isRequired {
        text += option.alternative.map { " Required, or --\($0)." } ?? " Required."
      }
      if option.isRepeatable { text += " Repeatable." }
      return row(label, text)
    }
  }

  /// A two-column row: the label, then the text wrapped into the second column (starting on
  /// the next line when the label is too wide).
  func row(_ label: String, _ text: String) -> [String] {
    let head = "  " + label
    var body = wrap(text, indent: column)
    guard let first = body.first else { return [head] }
    if head.count + 2 <= column {
      body[0] = head + String(repeating: " ", count: column - head.count) + first.dropFirst(column)
      return body
    }
    return [head] + body
  }

  /// `text` in lines of at most `tool.helpWidth` characters, each indented by `indent`
  /// (continuation lines by `indent + hanging`); a single longer word stays whole.
  func wrap(_ text: String, indent: Int, hanging: Int = 0) -> [String] {
    var lines: [String] = []
    for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
      var line = ""
      var pad = String(repeating: " ", count: indent)
      for word in paragraph.split(separator: " ") {
        if !line.isEmpty, pad.count + line.count + 1 + word.count > tool.helpWidth {
          lines.append(pad + line)
          line = ""
          pad = String(repeating: " ", count: indent + hanging)
        }
        line += (line.isEmpty ? "" : " ") + word
      }
      lines.append(line.isEmpty ? "" : pad + line)
    }
    return lines
  }
}

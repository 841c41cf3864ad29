extension ParseError {
  /// What is wrong, quoting what was typed; `tool` is the executable's name.
  public func message(tool: String) -> String {
    switch self {
    case .noCommand:
      return "no command given"
    case .unknownCommand(let command, let word, _):
      return "unknown command '\(([tool] + command + [word]).joined(separator: " "))'"
    case .missingSubcommand(let command, let choices):
      return "'\(Self.name(tool, command))' needs a command: " + choices.joined(separator: ", ")
    case .unknownOption(let command, let option, _):
      return "'\(Self.name(tool, command))' has no option \(option)"
    case .missingValue(_, let option, let valueName):
      return "--\(option) needs a value (\(valueName))"
    case .unexpectedValue(_, let option):
      return "--\(option) takes no value"
    case .repeatedOption(_, let option):
      return "--\(option) is given more than once"
    case .missingOption(_, let option, let valueName):
      return "--\(option) \(valueName) is required"
    case .conflictingOptions(_, let first, let second):
      return "give --\(first) or --\(second), not both"
    case .missingArgument(_, let name):
      return "missing \(name)"
    case .unexpectedArgument(_, let value):
      return "unexpected argument '\(value)'"
    case .invalidChoice(_, let what, let value, _, _):
      return "\(what) \"\(value)\" is not one of the choices"
    }
  }

  /// What to do about it.
  public func hint(tool: String) -> String {
    switch self {
    case .noCommand:
      return "see '\(tool) --help'"
    case .unknownCommand(let command, _, let suggestion):
      let guess = suggestion.map { "did you mean '\(Self.name(tool, command + [$0]))'? " } ?? ""
      return guess + "see '\(Self.name(tool, command)) --help'"
    case .missingSubcommand(let command, _):
      return "see '\(Self.name(tool, command)) --help'"
    case .unknownOption(let command, _, let suggestion):
      let guess = suggestion.map { "did you mean --\($0)? " } ?? ""
      return guess + "see '\(Self.name(tool, command)) --help'"
    case .unexpectedArgument(let command, _):
      return "put text with spaces in quotes; see '\(Self.name(tool, command)) --help'"
    case .invalidChoice(_, _, _, let choices, let suggestion):
      let guess = suggestion.map { "did you mean \($0)? " } ?? ""
      return guess + "choose one of " + choices.joined(separator: ", ")
    case .missingValue(let command, _, _), .unexpectedValue(let command, _),
      .repeatedOption(let command, _), .missingOption(let command, _, _),
      .conflictingOptions(let command, _, _), .missingArgument(let command, _):
      return "see '\(Self.name(tool, command)) --help'"
    }
  }

  static func name(_ tool: String, _ command: [String]) -> String {
    ([tool] + command).joined(separator: " ")
  }
}

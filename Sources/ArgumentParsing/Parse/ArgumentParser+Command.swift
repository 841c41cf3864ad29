extension ArgumentParser {
  /// Stage 3: reads the command's options and positionals, then checks counts, choices,
  /// required and conflicting options.
  func read(_ items: [Item], extra: [String], for command: CommandSpec)
    -> Result<ParseResult, ParseError>
  {
    let words = command.words
    let options = command.options + tool.globalOptions
    var parsed = ParsedCommand(words: words)
    var given: [String] = []
    for item in items {
      switch item {
      case .value(let text):
        parsed.positionals.append(text)
      case .option(let name, let isShort, let value):
        guard !isShort, let option = options.first(where: { $0.name == name }) else {
          let suggestion = isShort ? nil : Suggestion.closest(to: name, among: options.map(\.name))
          return .failure(
            .unknownOption(
              command: words, option: (isShort ? "-" : "--") + name, suggestion: suggestion))
        }
        if given.contains(name), !option.isRepeatable {
          return .failure(.repeatedOption(command: words, option: name))
        }
        given.append(name)
        guard let valueName = option.valueName else {
          if value != nil { return .failure(.unexpectedValue(command: words, option: name)) }
          parsed.flags.insert(name)
          continue
        }
        guard let value else {
          return .failure(.missingValue(command: words, option: name, valueName: valueName))
        }
        if let choices = option.choices, !choices.contains(value) {
          return .failure(invalidChoice(words, "--\(name)", value, choices))
        }
        parsed.values[name, default: []].append(value)
      }
    }
    parsed.positionals += extra
    if let problem = checkPositionals(parsed.positionals, command) { return .failure(problem) }
    for option in options where option.isRequired && !given.contains(option.name) {
      var valueName = option.valueName ?? ""
      if let name = option.alternative {
        if given.contains(name) { continue }
        let other = options.first { $0.name == name }
        valueName += " or --\(name)" + (other?.valueName.map { " \($0)" } ?? "")
      }
      return .failure(.missingOption(command: words, option: option.name, valueName: valueName))
    }
    func excluded(by name: String) -> [String] {
      let option = options.first { $0.name == name }
      return (option?.excludes ?? []) + (option?.alternative.map { [$0] } ?? [])
    }
    for (index, name) in given.enumerated() {
      let earlier = given[..<index].first {
        excluded(by: name).contains($0) || excluded(by: $0).contains(name)
      }
      if let earlier {
        return .failure(.conflictingOptions(command: words, first: earlier, second: name))
      }
    }
    return .success(.run(parsed))
  }

  func checkPositionals(_ values: [String], _ command: CommandSpec) -> ParseError? {
    let specs = command.positionals
    if values.count > specs.count {
      return .unexpectedArgument(command: command.words, value: values[specs.count])
    }
    for (index, spec) in specs.enumerated() {
      guard index < values.count else {
        if spec.isOptional { break }
        return .missingArgument(command: command.words, name: spec.name)
      }
      if let choices = spec.choices, !choices.contains(values[index]) {
        return invalidChoice(command.words, spec.name, values[index], choices)
      }
    }
    return nil
  }

  func invalidChoice(_ words: [String], _ what: String, _ value: String, _ choices: [String])
    -> ParseError
  {
    .invalidChoice(
      command: words, what: what, value: value, choices: choices,
      suggestion: Suggestion.closest(to: value, among: choices))
  }
}

/// Parses a command line against a `ToolSpec`, in three stages as swift-argument-parser does:
///
/// 1. split the arguments into option tokens, values and what follows `--` (`SplitArguments`);
/// 2. read the command words, skipping options and their values (global options may come
///    before or after the words); help is only ever an option token, never a value;
/// 3. read the command's options and positional arguments, and check them.
///
/// An option that takes a value takes the next argument whatever it looks like, so
/// `--note -h` gives the note "-h".
public struct ArgumentParser: Sendable {
  /// The tool being parsed for.
  public let tool: ToolSpec

  /// Creates a parser for `tool`.
  public init(tool: ToolSpec) { self.tool = tool }

  /// One argument after the command words are found: an option with its value, or a plain value.
  enum Item: Equatable {
    case option(name: String, isShort: Bool, value: String?)
    case value(String)
  }

  /// Parses `arguments` (without the executable's name).
  public func parse(_ arguments: [String]) -> Result<ParseResult, ParseError> {
    let split = SplitArguments(arguments)
    var words: [String] = []
    var command: CommandSpec?
    var items: [Item] = []
    var helpTopic: [String]?
    var wantsHelp = false
    var wantsVersion = false
    var elements = split.elements[...]
    while let element = elements.popFirst() {
      switch element {
      case .option(let name, let isShort, let inline):
        if (isShort && name == "h") || (!isShort && name == "help") {
          wantsHelp = true
          continue
        }
        if !isShort && name == "version" {
          wantsVersion = true
          continue
        }
        var value = inline
        if inline == nil, !isShort, takesValue(name, command: command, prefix: words),
          let next = elements.popFirst()
        {
          switch next {
          case .value(let text): value = text
          case .option(let n, let short, let v):
            value = (short ? "-" : "--") + n + (v.map { "=\($0)" } ?? "")
          }
        }
        items.append(.option(name: name, isShort: isShort, value: value))
      case .value(let text):
        if helpTopic != nil {
          helpTopic?.append(text)
        } else if command == nil, words.isEmpty, !containsValue(items),
          text == "help", tool.command(named: ["help"]) == nil
        {
          helpTopic = []
        } else if command == nil, !containsValue(items),
          tool.commands.contains(where: { $0.words.starts(with: words + [text]) })
        {
          words.append(text)
          command = tool.command(named: words)
        } else {
          items.append(.value(text))
        }
      }
    }
    if let topic = helpTopic { return helpResult(topic) }
    if wantsVersion { return .success(.version) }
    guard let command else {
      if let stray = items.lazy.compactMap(Self.valueText).first {
        return .failure(unknownCommand(words, stray))
      }
      if wantsHelp { return .success(.help(words)) }
      if words.isEmpty { return .failure(.noCommand) }
      return .failure(.missingSubcommand(command: words, choices: tool.nextWords(after: words)))
    }
    if wantsHelp { return .success(.help(words)) }
    return read(items, extra: split.afterTerminator ?? [], for: command)
  }

  /// `help [COMMAND…]`: the help for those words, or an error naming the unknown one.
  func helpResult(_ topic: [String]) -> Result<ParseResult, ParseError> {
    var words: [String] = []
    for word in topic {
      guard tool.commands.contains(where: { $0.words.starts(with: words + [word]) }) else {
        return .failure(unknownCommand(words, word))
      }
      words.append(word)
    }
    return .success(.help(words))
  }

  func unknownCommand(_ words: [String], _ word: String) -> ParseError {
    let choices = tool.nextWords(after: words)
    return .unknownCommand(
      command: words, word: word, suggestion: Suggestion.closest(to: word, among: choices))
  }

  /// Whether long option `name` takes a value: by the command once known, else by any command
  /// under the words read so far (or a global option).
  func takesValue(_ name: String, command: CommandSpec?, prefix: [String]) -> Bool {
    if let option = tool.globalOptions.first(where: { $0.name == name }) {
      return option.takesValue
    }
    let candidates = command.map { [$0] } ?? tool.commands.filter { $0.words.starts(with: prefix) }
    return candidates.contains { $0.options.contains { $0.name == name && $0.takesValue } }
  }

  func containsValue(_ items: [Item]) -> Bool {
    items.contains { Self.valueText($0) != nil }
  }

  static func valueText(_ item: Item) -> String? {
    if case .value(let text) = item { return text }
    return nil
  }
}

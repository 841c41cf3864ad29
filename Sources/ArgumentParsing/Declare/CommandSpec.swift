/// One command of a tool: the words that name it, its positional arguments and options.
public struct CommandSpec: Sendable, Equatable {
  /// The words that name it, e.g. `["action", "rate"]`.
  public var words: [String]
  /// One line saying what it does.
  public var summary: String
  /// More about it, shown in its help after the usage line.
  public var discussion: String
  /// Its positional arguments, in order.
  public var positionals: [PositionalSpec]
  /// Its own options (the tool's global options are accepted too).
  public var options: [OptionSpec]

  /// Creates a command.
  public init(
    _ words: [String], summary: String, discussion: String = "",
    positionals: [PositionalSpec] = [], options: [OptionSpec] = []
  ) {
    self.words = words
    self.summary = summary
    self.discussion = discussion
    self.positionals = positionals
    self.options = options
  }

  /// The words joined with spaces, e.g. `action rate`.
  public var name: String { words.joined(separator: " ") }
}

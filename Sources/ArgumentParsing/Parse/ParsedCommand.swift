/// A command line that named a command and gave it well-formed arguments.
public struct ParsedCommand: Sendable, Equatable {
  /// The words of the command, e.g. `["action", "rate"]`.
  public var words: [String]
  /// The positional arguments, in order (including everything after `--`).
  public var positionals: [String]
  /// The values of the options given, by long name, in the order given.
  public var values: [String: [String]]
  /// The flags given, by long name.
  public var flags: Set<String>

  /// Creates a parsed command.
  public init(
    words: [String], positionals: [String] = [], values: [String: [String]] = [:],
    flags: Set<String> = []
  ) {
    self.words = words
    self.positionals = positionals
    self.values = values
    self.flags = flags
  }

  /// The value of option `name`, if it was given (the last, for a repeatable one).
  public func value(_ name: String) -> String? { values[name]?.last }

  /// Every value given to option `name`, in order.
  public func allValues(_ name: String) -> [String] { values[name] ?? [] }

  /// Whether flag `name` was given.
  public func flag(_ name: String) -> Bool { flags.contains(name) }
}

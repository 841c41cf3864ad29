/// What a well-formed command line asks for.
public enum ParseResult: Sendable, Equatable {
  /// Run a command.
  case run(ParsedCommand)
  /// Show the help for these command words (empty: the whole tool; a group: its commands).
  case help([String])
  /// Show the version.
  case version
}

/// One command-line argument, classified by its spelling alone (the first stage of parsing).
public enum ArgumentElement: Sendable, Equatable {
  /// `--name`, `--name=value` or `-h`: an option token.
  case option(name: String, isShort: Bool, inlineValue: String?)
  /// Anything else: a command word, a positional argument or an option's value.
  case value(String)
}

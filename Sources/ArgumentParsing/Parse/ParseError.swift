/// Why a command line could not be parsed, as a value; `message` and `hint` render it.
///
/// `command` is the command words read so far (empty at the top level).
public enum ParseError: Error, Sendable, Equatable {
  /// No command was given.
  case noCommand
  /// `word` names no command after `command`.
  case unknownCommand(command: [String], word: String, suggestion: String?)
  /// `command` is a group: one of its commands must follow.
  case missingSubcommand(command: [String], choices: [String])
  /// The command has no option `option` (as typed, with its dashes).
  case unknownOption(command: [String], option: String, suggestion: String?)
  /// Option `--option` needs a value and none followed.
  case missingValue(command: [String], option: String, valueName: String)
  /// Flag `--option` was given a value with `=`.
  case unexpectedValue(command: [String], option: String)
  /// Option `--option` may be given only once.
  case repeatedOption(command: [String], option: String)
  /// Required option `--option` was not given.
  case missingOption(command: [String], option: String, valueName: String)
  /// Two options that exclude each other were both given.
  case conflictingOptions(command: [String], first: String, second: String)
  /// A required positional argument is missing.
  case missingArgument(command: [String], name: String)
  /// More positional arguments than the command takes.
  case unexpectedArgument(command: [String], value: String)
  /// A value outside the allowed choices; `what` is `--option` or the positional's name.
  case invalidChoice(
    command: [String], what: String, value: String, choices: [String], suggestion: String?)
}

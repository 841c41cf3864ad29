/// A whole command-line tool: its name, version, global options and command tree.
///
/// Global options are accepted before or after the command words. `--help` (`-h`) and
/// `--version` are always understood, and the word `help` in the command position
/// (`help [COMMAND…]`) prints the same help as `COMMAND --help`.
public struct ToolSpec: Sendable, Equatable {
  /// The executable's name, e.g. `ledger`.
  public var name: String
  /// Its version, printed by `--version`.
  public var version: String
  /// What it is, shown at the top of the top-level help.
  public var abstract: String
  /// Options every command accepts.
  public var globalOptions: [OptionSpec]
  /// The commands, in the order help lists them.
  public var commands: [CommandSpec]
  /// Text shown at the end of the top-level help (e.g. exit codes).
  public var footer: String
  /// The width help text is wrapped at.
  public var helpWidth: Int

  /// Creates a tool.
  public init(
    name: String, version: String, abstract: String, globalOptions: [OptionSpec] = [],
    commands: [CommandSpec], footer: String = "", helpWidth: Int = 80
  ) {
    self.name = name
    self.version = version
    self.abstract = abstract
    self.globalOptions = globalOptions
    self.commands = commands
    self.footer = footer
    self.helpWidth = helpWidth
  }

  /// The built-in help flag.
  public static let helpOption = OptionSpec.flag("help", short: "h", help: "Show help.")
  /// The built-in version flag.
  public static let versionOption = OptionSpec.flag("version", help: "Show the version.")

  /// The command named exactly by `words`, if any.
  public func command(named words: [String]) -> CommandSpec? {
    commands.first { $0.words == words }
  }

  /// The words that may follow `prefix` (the next word of every command under it), sorted.
  public func nextWords(after prefix: [String]) -> [String] {
    var seen = Set<String>()
    var result: [String] = []
    for command in commands
    where command.words.count > prefix.count && command.words.starts(with: prefix) {
      let word = command.words[prefix.count]
      if seen.insert(word).inserted { result.append(word) }
    }
    return result.sorted()
  }

  /// Every option `command` accepts: its own, then the global ones, then help.
  public func allOptions(of command: CommandSpec) -> [OptionSpec] {
    command.options + globalOptions + [Self.helpOption]
  }
}

/// One positional argument of a command, e.g. the `ID` of `show ID`.
public struct PositionalSpec: Sendable, Equatable {
  /// Its placeholder, e.g. `ID`.
  public var name: String
  /// What it is, for help.
  public var help: String
  /// Whether it may be left out (only trailing positionals may be).
  public var isOptional: Bool
  /// The values it accepts, if it is restricted to a few words.
  public var choices: [String]?

  /// Creates a positional argument.
  public init(_ name: String, help: String, optional: Bool = false, choices: [String]? = nil) {
    self.name = name
    self.help = help
    self.isOptional = optional
    self.choices = choices
  }

  /// `ID` or `[ID]`, as shown in usage lines.
  public var label: String { isOptional ? "[\(name)]" : name }
}

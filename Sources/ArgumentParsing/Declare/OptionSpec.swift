/// One option a command (or the whole tool) accepts: `--name VALUE` or a flag `--name`.
public struct OptionSpec: Sendable, Equatable {
  /// The long name without dashes, e.g. `due`.
  public var name: String
  /// A one-letter short name without the dash, e.g. `h` for `-h`.
  public var short: Character?
  /// The value's placeholder, e.g. `YYYY-MM-DD`; nil for a flag.
  public var valueName: String?
  /// The help text, one sentence or more; wrapped when help is rendered.
  public var help: String
  /// Whether it must be given.
  public var isRequired: Bool
  /// Whether it may be given more than once (each value is kept, in order).
  public var isRepeatable: Bool
  /// The values it accepts, if it is restricted to a few words.
  public var choices: [String]?
  /// Options of which at most one may be given together with this one (by long name).
  public var excludes: [String]
  /// Another option that may be given instead of this one (by long name), e.g. `note-file`
  /// for `note`: the two exclude each other, and a required option is satisfied by either.
  public var alternative: String?

  /// Creates an option that takes a value.
  public init(
    _ name: String, value: String, help: String, required: Bool = false,
    repeatable: Bool = false, choices: [String]? = nil, excludes: [String] = [],
    alternative: String? = nil
  ) {
    self.name = name
    self.short = nil
    self.valueName = value
    self.help = help
    self.isRequired = required
    self.isRepeatable = repeatable
    self.choices = choices
    self.excludes = excludes
    self.alternative = alternative
  }

  /// Creates a flag: an option that takes no value.
  public static func flag(
    _ name: String, short: Character? = nil, help: String, excludes: [String] = []
  ) -> OptionSpec {
    var option = OptionSpec(name, value: "", help: help, excludes: excludes)
    option.valueName = nil
    option.short = short
    return option
  }

  /// Whether it takes a value.
  public var takesValue: Bool { valueName != nil }

  /// `--due YYYY-MM-DD` or `--json`, as shown in usage lines and help.
  public var label: String {
    "--\(name)" + (valueName.map { " \($0)" } ?? "")
  }
}

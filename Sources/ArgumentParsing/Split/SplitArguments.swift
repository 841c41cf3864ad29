/// The arguments split into option tokens and values, and everything after `--`.
///
/// This is the first stage of parsing and knows nothing of any command: `--x` and `--x=v` are
/// long options, `-x` a short one, a lone `-` and negative numbers are values, and `--` ends
/// the options: every argument after it is a plain value, however it is spelled.
public struct SplitArguments: Sendable, Equatable {
  /// The arguments before `--` (or all of them), classified.
  public var elements: [ArgumentElement]
  /// The arguments after `--`, verbatim; nil when there was no `--`.
  public var afterTerminator: [String]?

  /// Splits `arguments` (without the executable's name).
  public init(_ arguments: [String]) {
    elements = []
    afterTerminator = nil
    for (index, argument) in arguments.enumerated() {
      if argument == "--" {
        afterTerminator = Array(arguments[(index + 1)...])
        return
      }
      elements.append(Self.classify(argument))
    }
  }

  /// Creates split arguments from their parts.
  public init(elements: [ArgumentElement], afterTerminator: [String]?) {
    self.elements = elements
    self.afterTerminator = afterTerminator
  }

  static func classify(_ argument: String) -> ArgumentElement {
    if argument.hasPrefix("--") {
      let body = argument.dropFirst(2)
      if let eq = body.firstIndex(of: "=") {
        return .option(
          name: String(body[..<eq]), isShort: false,
          inlineValue: String(body[body.index(after: eq)...]))
      }
      return .option(name: String(body), isShort: false, inlineValue: nil)
    }
    if argument.hasPrefix("-"), argument.count > 1, Double(argument) == nil {
      return .option(name: String(argument.dropFirst()), isShort: true, inlineValue: nil)
    }
    return .value(argument)
  }
}

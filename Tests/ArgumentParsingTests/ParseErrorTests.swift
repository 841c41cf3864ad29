import ArgumentParsing
import Testing

@Suite("Parsing command lines that are wrong")
struct ParseErrorTests {
  static let cases: [([String], ParseError)] = [
    ([], .noCommand),
    (["--file", "f"], .noCommand),
    (["stauts"], .unknownCommand(command: [], word: "stauts", suggestion: "status")),
    (["zzz"], .unknownCommand(command: [], word: "zzz", suggestion: nil)),
    (["stauts", "--help"], .unknownCommand(command: [], word: "stauts", suggestion: "status")),
    (["help", "acton"], .unknownCommand(command: [], word: "acton", suggestion: "action")),
    (
      ["help", "action", "rat"],
      .unknownCommand(command: ["action"], word: "rat", suggestion: "rate")
    ),
    (
      ["action", "ratee", "A1"],
      .unknownCommand(command: ["action"], word: "ratee", suggestion: "rate")
    ),
    (["action"], .missingSubcommand(command: ["action"], choices: ["add", "rate"])),
    (
      ["--file", "f", "action"], .missingSubcommand(command: ["action"], choices: ["add", "rate"])
    ),
    (
      ["status", "--jsn"], .unknownOption(command: ["status"], option: "--jsn", suggestion: "json")
    ),
    (
      ["status", "--zzzzzz"],
      .unknownOption(command: ["status"], option: "--zzzzzz", suggestion: nil)
    ),
    (["status", "-x"], .unknownOption(command: ["status"], option: "-x", suggestion: nil)),
    (
      ["show", "--note", "x", "A1"],
      .unknownOption(command: ["show"], option: "--note", suggestion: nil)
    ),
    (
      ["status", "--as-of"], .missingValue(command: ["status"], option: "as-of", valueName: "WHEN")
    ),
    (["status", "--json=yes"], .unexpectedValue(command: ["status"], option: "json")),
    (
      ["status", "--as-of", "a", "--as-of", "b"],
      .repeatedOption(command: ["status"], option: "as-of")
    ),
    (
      ["--file", "a", "status", "--file", "b"],
      .repeatedOption(command: ["status"], option: "file")
    ),
    (
      ["action", "rate", "A1", "red"],
      .missingOption(
        command: ["action", "rate"], option: "note", valueName: "TEXT or --note-file PATH")
    ),
    (
      ["action", "rate", "A1", "red", "--note", "n", "--note-file", "f"],
      .conflictingOptions(command: ["action", "rate"], first: "note", second: "note-file")
    ),
    (
      ["action", "rate", "A1", "red", "--note-file", "f", "--note", "n"],
      .conflictingOptions(command: ["action", "rate"], first: "note-file", second: "note")
    ),
    (["show"], .missingArgument(command: ["show"], name: "ID")),
    (
      ["action", "rate", "A1", "--note", "n"],
      .missingArgument(command: ["action", "rate"], name: "RATING")
    ),
    (["show", "A1", "A2"], .unexpectedArgument(command: ["show"], value: "A2")),
    (["status", "--", "x"], .unexpectedArgument(command: ["status"], value: "x")),
    (
      ["action", "rate", "A1", "blue", "--note", "n"],
      .invalidChoice(
        command: ["action", "rate"], what: "RATING", value: "blue",
        choices: ["red", "amber", "green"], suggestion: nil)
    ),
    (
      ["action", "rate", "A1", "gren", "--note", "n"],
      .invalidChoice(
        command: ["action", "rate"], what: "RATING", value: "gren",
        choices: ["red", "amber", "green"], suggestion: "green")
    ),
    (
      ["action", "add", "A1", "--format", "htm"],
      .invalidChoice(
        command: ["action", "add"], what: "--format", value: "htm",
        choices: ["markdown", "html"], suggestion: "html")
    ),
    (
      ["history", "--since", "x", "--since-last"],
      .conflictingOptions(command: ["history"], first: "since", second: "since-last")
    ),
    (
      ["history", "--since-last", "--since", "x"],
      .conflictingOptions(command: ["history"], first: "since-last", second: "since")
    ),
  ]

  @Test("each wrong command line gives the expected error", arguments: cases)
  func parse(arguments: [String], expected: ParseError) {
    #expect(SampleTool.parser.parse(arguments) == .failure(expected))
  }

  static let messages: [(ParseError, String, String)] = [
    (.noCommand, "no command given", "see 'tool --help'"),
    (
      .unknownCommand(command: ["action"], word: "ratee", suggestion: "rate"),
      "unknown command 'tool action ratee'",
      "did you mean 'tool action rate'? see 'tool action --help'"
    ),
    (
      .missingSubcommand(command: ["action"], choices: ["add", "rate"]),
      "'tool action' needs a command: add, rate", "see 'tool action --help'"
    ),
    (
      .unknownOption(command: ["status"], option: "--jsn", suggestion: "json"),
      "'tool status' has no option --jsn", "did you mean --json? see 'tool status --help'"
    ),
    (
      .missingValue(command: ["status"], option: "as-of", valueName: "WHEN"),
      "--as-of needs a value (WHEN)", "see 'tool status --help'"
    ),
    (
      .unexpectedValue(command: ["status"], option: "json"), "--json takes no value",
      "see 'tool status --help'"
    ),
    (
      .repeatedOption(command: ["status"], option: "as-of"), "--as-of is given more than once",
      "see 'tool status --help'"
    ),
    (
      .missingOption(command: ["action", "rate"], option: "note", valueName: "TEXT"),
      "--note TEXT is required", "see 'tool action rate --help'"
    ),
    (
      .conflictingOptions(command: ["history"], first: "since", second: "since-last"),
      "give --since or --since-last, not both", "see 'tool history --help'"
    ),
    (
      .missingArgument(command: ["show"], name: "ID"), "missing ID", "see 'tool show --help'"
    ),
    (
      .unexpectedArgument(command: ["show"], value: "A2"), "unexpected argument 'A2'",
      "put text with spaces in quotes; see 'tool show --help'"
    ),
    (
      .invalidChoice(
        command: ["action", "rate"], what: "RATING", value: "gren",
        choices: ["red", "amber", "green"], suggestion: "green"),
      "RATING \"gren\" is not one of the choices",
      "did you mean green? choose one of red, amber, green"
    ),
  ]

  @Test("each error renders what is wrong and what to do", arguments: messages)
  func render(error: ParseError, message: String, hint: String) {
    #expect(error.message(tool: "tool") == message)
    #expect(error.hint(tool: "tool") == hint)
  }
}

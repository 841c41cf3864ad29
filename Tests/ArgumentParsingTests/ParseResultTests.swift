import ArgumentParsing
import Testing

@Suite("Parsing command lines that are well formed")
struct ParseResultTests {
  static let cases: [([String], ParseResult)] = [
    (["status"], .run(ParsedCommand(words: ["status"]))),
    // Global options before or after the command words, with = or a separate value.
    (
      ["--file", "p.jsonl", "status"],
      .run(ParsedCommand(words: ["status"], values: ["file": ["p.jsonl"]]))
    ),
    (
      ["status", "--file=p.jsonl", "--json"],
      .run(ParsedCommand(words: ["status"], values: ["file": ["p.jsonl"]], flags: ["json"]))
    ),
    (
      ["--actor", "Amara", "action", "--file", "f", "rate", "A1", "red", "--note", "n"],
      .run(
        ParsedCommand(
          words: ["action", "rate"], positionals: ["A1", "red"],
          values: ["actor": ["Amara"], "file": ["f"], "note": ["n"]]))
    ),
    // A command's option before its last word: its value is not taken for a command word.
    (
      ["action", "--note", "rate", "rate", "A1", "red"],
      .run(
        ParsedCommand(
          words: ["action", "rate"], positionals: ["A1", "red"], values: ["note": ["rate"]]))
    ),
    // A value is the next argument, whatever it looks like: help is then not asked for.
    (
      ["action", "rate", "A1", "red", "--note", "-h"],
      .run(
        ParsedCommand(
          words: ["action", "rate"], positionals: ["A1", "red"], values: ["note": ["-h"]]))
    ),
    (
      ["action", "rate", "A1", "red", "--note", "--help"],
      .run(
        ParsedCommand(
          words: ["action", "rate"], positionals: ["A1", "red"], values: ["note": ["--help"]]))
    ),
    (
      ["action", "rate", "A1", "red", "--note", "-"],
      .run(
        ParsedCommand(
          words: ["action", "rate"], positionals: ["A1", "red"], values: ["note": ["-"]]))
    ),
    // A required option is satisfied by its alternative.
    (
      ["action", "rate", "A1", "red", "--note-file", "n.txt"],
      .run(
        ParsedCommand(
          words: ["action", "rate"], positionals: ["A1", "red"], values: ["note-file": ["n.txt"]]))
    ),
    // -- ends options: what follows is positional, even -h.
    (["show", "--", "-h"], .run(ParsedCommand(words: ["show"], positionals: ["-h"]))),
    (["show", "--", "--json"], .run(ParsedCommand(words: ["show"], positionals: ["--json"]))),
    // Repeatable options keep every value in order; optional positionals may be left out.
    (
      ["history", "--type", "a", "--type", "b"],
      .run(ParsedCommand(words: ["history"], values: ["type": ["a", "b"]]))
    ),
    (["history", "A1"], .run(ParsedCommand(words: ["history"], positionals: ["A1"]))),
    (
      ["history", "--since-last"],
      .run(ParsedCommand(words: ["history"], flags: ["since-last"]))
    ),
    (
      ["action", "add", "A1", "--format", "html"],
      .run(
        ParsedCommand(words: ["action", "add"], positionals: ["A1"], values: ["format": ["html"]]))
    ),
    // Help: as an option token anywhere before --, or the word help.
    (["--help"], .help([])),
    (["-h"], .help([])),
    (["help"], .help([])),
    (["action", "--help"], .help(["action"])),
    (["help", "action"], .help(["action"])),
    (["action", "rate", "-h"], .help(["action", "rate"])),
    (["help", "action", "rate"], .help(["action", "rate"])),
    (["action", "rate", "--help"], .help(["action", "rate"])),
    (["--file", "f", "status", "--help"], .help(["status"])),
    // Help wins over missing arguments and options.
    (["action", "rate", "A1", "-h"], .help(["action", "rate"])),
    (["--version"], .version),
    (["--file", "x", "--version"], .version),
  ]

  @Test("each command line gives the expected result", arguments: cases)
  func parse(arguments: [String], expected: ParseResult) {
    #expect(SampleTool.parser.parse(arguments) == .success(expected))
  }
}

import ArgumentParsing
import Testing

@Suite("Help text")
struct HelpFormatterTests {
  let formatter = HelpFormatter(tool: SampleTool.spec)

  @Test("a command's help shows its usage, arguments, options and the global options")
  func commandHelp() {
    #expect(
      formatter.help(for: ["action", "rate"]) == """
        usage: tool action rate ID RATING (--note TEXT | --note-file PATH)

        Rate an action.

        arguments:
          ID                        The action.
          RATING                    The rating. One of: red, amber, green.

        options:
          --note TEXT               Why. Required, or --note-file.
          --note-file PATH          Why, from a file.

        global options:
          --file PATH               The file.
          --actor NAME              Who.
          -h, --help                Show help.
        """)
  }

  @Test("the top-level help lists every command, help, and --version")
  func topHelp() {
    let text = formatter.help(for: [])
    #expect(text.hasPrefix("A sample tool.\n\nusage: tool [GLOBAL OPTIONS] COMMAND"))
    #expect(text.contains("\n  action rate               Rate an action.\n"))
    #expect(text.contains("\n  help [COMMAND…]           Show the help for a command"))
    #expect(text.contains("\n  --version                 Show the version.\n"))
  }

  @Test("a group's help lists only its commands")
  func groupHelp() {
    let text = formatter.help(for: ["action"])
    #expect(text.hasPrefix("usage: tool action COMMAND …"))
    #expect(text.contains("action add"))
    #expect(!text.contains("status"))
  }

  @Test("long option help wraps at the width, aligned; a long label gets its own line")
  func wrapping() {
    let tool = ToolSpec(
      name: "t", version: "1", abstract: "",
      commands: [
        CommandSpec(
          ["c"], summary: "C.",
          options: [
            OptionSpec(
              "note", value: "TEXT",
              help: "The note, stored exactly as given; one trailing newline is kept as it is."),
            OptionSpec("a-very-long-option-name", value: "VALUE", help: "Short."),
          ])
      ], helpWidth: 60)
    let lines = HelpFormatter(tool: tool).help(for: ["c"]).split(separator: "\n")
    #expect(lines.allSatisfy { $0.count <= 60 })
    #expect(lines.contains("  --note TEXT               The note, stored exactly as"))
    #expect(lines.contains("                            given; one trailing newline is"))
    #expect(lines.contains("  --a-very-long-option-name VALUE"))
    #expect(lines.contains("                            Short."))
  }

  @Test("the synopsis marks optional, repeatable and required parts")
  func synopsis() throws {
    let history = try #require(SampleTool.spec.command(named: ["history"]))
    #expect(
      formatter.synopsis(history)
        == "tool history [ID] [--type TYPE]… [--since WHEN] [--since-last]")
  }
}

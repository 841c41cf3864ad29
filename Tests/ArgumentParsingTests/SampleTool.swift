import ArgumentParsing

/// A small tool shaped like `ledger`: a group with commands, global options, choices,
/// a repeatable option, flags, an optional positional and options that exclude each other.
enum SampleTool {
  static let spec = ToolSpec(
    name: "tool", version: "1.2.3", abstract: "A sample tool.",
    globalOptions: [
      OptionSpec("file", value: "PATH", help: "The file."),
      OptionSpec("actor", value: "NAME", help: "Who."),
    ],
    commands: [
      CommandSpec(
        ["status"], summary: "Show the status.",
        options: [
          OptionSpec("as-of", value: "WHEN", help: "As of then."), .flag("json", help: "JSON."),
        ]),
      CommandSpec(
        ["show"], summary: "Show one item.", positionals: [PositionalSpec("ID", help: "The item.")]),
      CommandSpec(
        ["history"], summary: "The history.",
        positionals: [PositionalSpec("ID", help: "The item.", optional: true)],
        options: [
          OptionSpec("type", value: "TYPE", help: "A type.", repeatable: true),
          OptionSpec("since", value: "WHEN", help: "From.", excludes: ["since-last"]),
          .flag("since-last", help: "Since the last one.", excludes: ["since"]),
        ]),
      CommandSpec(
        ["action", "rate"], summary: "Rate an action.",
        positionals: [
          PositionalSpec("ID", help: "The action."),
          PositionalSpec("RATING", help: "The rating.", choices: ["red", "amber", "green"]),
        ],
        options: [
          OptionSpec("note", value: "TEXT", help: "Why.", required: true, alternative: "note-file"),
          OptionSpec("note-file", value: "PATH", help: "Why, from a file."),
        ]),
      CommandSpec(
        ["action", "add"], summary: "Add an action.",
        positionals: [PositionalSpec("ID", help: "The action.")],
        options: [
          OptionSpec("format", value: "FORMAT", help: "Form.", choices: ["markdown", "html"])
        ]),
    ])

  static let parser = ArgumentParser(tool: spec)
}

import ArgumentParsing
import LedgerCore

/// The `ledger` tool: its version, global options and every command, declared once.
public enum LedgerTool {
  /// The version `ledger --version` prints: the one place it is written.
  public static let version = "0.2.0"

  /// Options every command accepts, before or after the command words.
  static let globalOptions = [
    OptionSpec("ledger", value: "PATH", help: "The ledger file (or set LEDGER_FILE)."),
    OptionSpec(
      "actor", value: "NAME", help: "Who is recording a write (or set LEDGER_ACTOR)."),
    OptionSpec("role", value: "ROLE", help: "Their role (or set LEDGER_ROLE)."),
    Invocation.waitOption,
  ]

  /// Every command, in the order help lists them.
  static let commands: [LedgerCommand] =
    WriteCommands.all + PlanCommands.all + [RedactCommand.command] + ReadCommands.all + [
      ListCommand.command, ReportCommand.command,
    ] + CycleCommands.all

  /// The tool as the parser sees it.
  public static let spec = ToolSpec(
    name: "ledger", version: version,
    abstract:
      "ledger: the improvement plan ledger. Record an Ofsted-driven improvement plan as "
      + "append-only, hash-chained events; verify it; read it as of any date.",
    globalOptions: globalOptions, commands: commands.map(\.spec),
    footer: """
      A date given as WHEN is the end of that day (UTC) for --as-of and --until, and the \
      start of that day (UTC) for --since; a time is RFC 3339, e.g. 2026-03-02T09:15:00Z. \
      LEDGER_NOW (RFC 3339) fixes the clock.
      exit codes: 0 ok; 1 refused by the ledger (a rule, an unknown ID, a damaged file) or \
      another file named; 64 the command line is wrong.
      """)

  /// Parses and runs one command line; never prints or exits (the executable does).
  ///
  /// - Parameters:
  ///   - arguments: the arguments, without the executable's name.
  ///   - environment: the process environment.
  ///   - readFile: reads a whole file, `-` meaning standard input.
  ///   - standardOutput: where a command whose stdout may be large (`report`) writes it, a
  ///     piece at a time as it is made, instead of returning it whole in the outcome; nil
  ///     to have every command's stdout in the outcome. Such a command makes every check that
  ///     can refuse it before its first piece, so a refusal still prints nothing on stdout.
  /// - Returns: what to print on standard output and standard error, and the exit code.
  public static func run(
    _ arguments: [String], environment: [String: String],
    readFile: @escaping @Sendable (String) throws(CLIError) -> [UInt8] = FileInput.read,
    standardOutput: (@Sendable ([UInt8]) -> Void)? = nil
  ) -> Outcome {
    switch ArgumentParser(tool: spec).parse(arguments) {
    case .success(.version):
      return Outcome(stdout: ["ledger \(version)"])
    case .success(.help(let words)):
      return Outcome(stdout: [HelpFormatter(tool: spec).help(for: words)])
    case .failure(.noCommand):
      return Outcome(stderr: [HelpFormatter(tool: spec).help(for: [])], exitCode: 64)
    case .failure(let error):
      return failure(CLIError(error, tool: spec.name).refining(error))
    case .success(.run(let parsed)):
      guard let command = commands.first(where: { $0.spec.words == parsed.words }) else {
        return failure(.usage("unknown command '\(parsed.words.joined(separator: " "))'"))
      }
      let invocation = Invocation(
        parsed: parsed, environment: environment, readFile: readFile,
        standardOutput: standardOutput)
      do {
        let output = try command.run(invocation)
        return Outcome(
          stdout: output.streamed ? [] : [output.stdout],
          stderr: output.warnings.map { "warning: " + VisibleText.message($0) })
      } catch {
        return failure(CLIError(any: error))
      }
    }
  }

  /// The outcome of a failed run: the error's lines on stderr, and its exit code.
  static func failure(_ error: CLIError) -> Outcome {
    Outcome(stderr: error.lines, exitCode: error.exitCode)
  }
}

import LedgerCLI

// The `ledger` command: parse, run, print, exit. Everything else lives in the modules.
// A long stdout (a report) is written as it is made; the rest is printed from the outcome.
let outcome = LedgerTool.run(
  Array(CommandLine.arguments.dropFirst()), environment: Terminal.environment(),
  standardOutput: { Terminal.write(bytes: $0, to: .standardOutput) })
Terminal.write(outcome.stdout, to: .standardOutput)
Terminal.write(outcome.stderr, to: .standardError)
Terminal.exit(outcome.exitCode)

import LedgerCLI

// The `ledger` command: parse, run, print, exit. Everything else lives in the modules.
let outcome = LedgerTool.run(
  Array(CommandLine.arguments.dropFirst()), environment: Terminal.environment())
Terminal.write(outcome.stdout, to: .standardOutput)
Terminal.write(outcome.stderr, to: .standardError)
Terminal.exit(outcome.exitCode)

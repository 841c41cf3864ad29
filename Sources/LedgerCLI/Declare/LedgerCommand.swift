import ArgumentParsing

/// One command of `ledger`: its declaration for the parser and what running it does.
struct LedgerCommand: Sendable {
  /// Its words, arguments and options, as the parser sees them.
  var spec: CommandSpec
  /// What it does; throws `CLIError` or a library's `LedgerError`.
  var run: @Sendable (Invocation) throws -> Output
}

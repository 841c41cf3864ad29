import ArgumentParsing

extension CLIError {
  /// Adds what the ledger knows to a parse error's hint: blue comes from completing an action.
  func refining(_ error: ParseError) -> CLIError {
    guard case .invalidChoice(["action", "rate"], _, let value, _, _) = error,
      value.lowercased() == "blue"
    else { return self }
    var refined = self
    refined.message = "an action is rated blue by completing it, not with 'ledger action rate'"
    refined.hint =
      "use 'ledger action complete ID --note …'; 'action rate' takes red, amber or green"
    return refined
  }
}

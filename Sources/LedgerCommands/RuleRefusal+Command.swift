import LedgerCore

extension RuleRefusal {
  /// The refusal as the write side reports it: `rule N: …`, with the core's advice and, where
  /// a command would help, that command (which then replaces advice that says the same).
  public var error: LedgerError {
    var hints: [String] = []
    var command: String?
    switch remedy {
    case .reopenAction(let id):
      command = "reopen it first with 'ledger action reopen \(id) --reason …'"
    case .reopenRecommendation(let id):
      command = "reopen it first with 'ledger recommendation reopen \(id) --reason …'"
    case .completeAction(let id):
      command = "mark it complete first with 'ledger action complete \(id) --note …'"
    case .amendDue(let id):
      hints.append("use 'ledger action amend \(id) --due …'")
    case .knownItems(let kind, let typed, let known):
      var list =
        "known \(kind.rawValue)s: " + known.prefix(12).joined(separator: ", ")
        + (known.count > 12 ? ", …" : "")
      if let close = ClosestMatch.closest(to: typed, among: known) {
        list = "did you mean \(close)? " + list
      }
      hints.append(list)
    case nil: break
    }
    let hint = command ?? ([self.hint].compactMap { $0 } + hints).joined(separator: "; ")
    return .rule("rule \(rule): \(message)", hint: hint.isEmpty ? nil : hint)
  }
}

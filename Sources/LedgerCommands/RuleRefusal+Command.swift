import LedgerCore

extension RuleRefusal {
  /// The refusal as the write side reports it: `rule N: …`, with the core's advice and, where
  /// a command would help, that command.
  public var error: LedgerError {
    var hints: [String] = []
    switch remedy {
    case .reopenAction(let id):
      hints.append("reopen it with 'ledger action reopen \(id) --reason …'")
    case .reopenRecommendation(let id):
      hints.append("reopen it with 'ledger recommendation reopen \(id) --reason …'")
    case .completeAction(let id):
      hints.append("mark it complete with 'ledger action complete \(id) --note …'")
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
    let hint = ([self.hint].compactMap { $0 } + hints).joined(separator: "; ")
    return .rule("rule \(rule): \(message)", hint: hint.isEmpty ? nil : hint)
  }
}

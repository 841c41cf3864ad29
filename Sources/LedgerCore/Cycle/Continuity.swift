/// Whether a new ledger continues exactly the history it names (`ledger verify --previous`):
/// `Events/FORMAT.md`, "Carrying a plan forward". Both logs must already verify on their own.
public enum Continuity {
  /// The first reason `new` (from file `newPath`) does not continue `old` (from `oldPath`),
  /// or nil when it does.
  public static func problem(
    new: [RecordedEvent], newPath: String, old: [RecordedEvent], oldPath: String
  ) -> LedgerError? {
    guard let first = new.first, case .planCreated(let title, _, let previous?) = first.event.body
    else {
      return LedgerError(
        .data, "the ledger names no previous ledger: its plan.created has no \"previous\"",
        file: newPath, line: 1, hint: "only a ledger begun by 'ledger carry-forward' continues one")
    }
    guard previous.seq <= old.count else {
      return LedgerError(
        .data,
        "the previous ledger no longer holds the head this ledger names (seq \(previous.seq)); it ends at seq \(old.count)",
        file: oldPath,
        hint: "the old file was cut or replaced: restore it from a copy and verify again")
    }
    let named = old[previous.seq - 1]
    guard named.hash == previous.hash else {
      return LedgerError(
        .data,
        "line \(previous.seq) has hash \(named.hash.prefix(16))…, but this ledger continues from \(previous.seq):\(previous.hash.prefix(16))…: the old history was rewritten",
        file: oldPath, line: previous.seq,
        hint: "restore the old file from a copy taken when the plan was carried forward")
    }
    let oldTitle = Replay(Array(old.prefix(previous.seq))).plan().title
    guard oldTitle == previous.title else {
      return LedgerError(
        .data, "the previous plan is titled \"\(oldTitle)\", not \"\(previous.title)\"",
        file: newPath, line: 1)
    }
    var carriedActions: [String] = []
    let newPlan = Replay(new).plan()
    for e in new {
      guard case .itemCarried(let id, let history) = e.event.body else { continue }
      if newPlan.kind(of: id) == .action { carriedActions.append(id) }
      for seq in history
      where seq > previous.seq || old[seq - 1].event.body.subject != id {
        return LedgerError(
          .data,
          "item \(id)'s history names seq \(seq), which is not an event about \(id) in the previous ledger",
          file: newPath, line: e.seq)
      }
    }
    let retracted = Replay(old).retractions()
    let forward = old.dropFirst(previous.seq).first {
      guard retracted[$0.seq] == nil, case .planCarriedForward = $0.event.body else { return false }
      return true
    }
    guard let forward, case .planCarriedForward(let details) = forward.event.body else {
      return LedgerError(
        .data,
        "the previous ledger does not record the carry-forward (no plan.carried-forward after seq \(previous.seq)): it was interrupted",
        file: oldPath,
        hint:
          "run 'ledger carry-forward' again with the same --ledger, --to and --title to complete it"
      )
    }
    guard details.toTitle == title else {
      return LedgerError(
        .data,
        "the previous ledger carried its plan forward to \"\(details.toTitle)\", not \"\(title)\"",
        file: oldPath, line: forward.seq)
    }
    guard details.toSeq <= new.count, new[details.toSeq - 1].hash == details.toHash else {
      return LedgerError(
        .data,
        "the previous ledger's carry-forward names this ledger's head \(details.toSeq):\(details.toHash.prefix(16))…, which this file does not hold",
        file: newPath, hint: "this is not the ledger the old one was carried forward to")
    }
    guard Set(details.items) == Set(carriedActions) else {
      return LedgerError(
        .data,
        "the actions carried (\(details.items.joined(separator: ", "))) are not the actions this ledger marks carried (\(carriedActions.joined(separator: ", ")))",
        file: oldPath, line: forward.seq)
    }
    return nil
  }
}

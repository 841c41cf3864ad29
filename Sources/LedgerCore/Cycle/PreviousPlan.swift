/// The ledger a plan carries forward from, as its first event names it (format version 3,
/// `plan.created`'s `previous`): that ledger's head when it was carried forward, and its title.
public struct PreviousPlan: Hashable, Sendable, Codable {
  /// The previous ledger's head `seq` when the plan was carried forward.
  public var seq: Int
  /// The hash of that line.
  public var hash: String
  /// The previous plan's title.
  public var title: String

  /// Creates the link to a previous ledger.
  public init(seq: Int, hash: String, title: String) {
    self.seq = seq
    self.hash = hash
    self.title = title
  }

  /// The previous ledger's head as a `Head`.
  public var head: Head { Head(seq: seq, hash: hash) }
}

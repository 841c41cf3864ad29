/// The data of a `plan.carried-forward` event (format version 3), recorded in the old ledger
/// once the new ledger has been written: which plan the work went to, and which actions.
public struct CarryForwardDetails: Hashable, Sendable, Codable {
  /// The new plan's title.
  public var toTitle: String
  /// The new ledger's file name (the last part of `carry-forward --to`: the two files are
  /// kept together), if recorded.
  public var toLedger: String?
  /// The new ledger's head when it was written: its last line's `seq`.
  public var toSeq: Int
  /// That line's hash.
  public var toHash: String
  /// The actions carried: every action open or deferred at this point, in plan order.
  public var items: [String]

  /// Creates carry-forward details.
  public init(toTitle: String, toLedger: String?, toSeq: Int, toHash: String, items: [String]) {
    self.toTitle = toTitle
    self.toLedger = toLedger
    self.toSeq = toSeq
    self.toHash = toHash
    self.items = items
  }

  /// The new ledger's head as it was written.
  public var toHead: Head { Head(seq: toSeq, hash: toHash) }
}

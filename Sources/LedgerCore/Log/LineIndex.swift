/// Where each whole line of a ledger file ends, so one line can be read again by its offsets
/// (`LedgerPasses.event(_:in:)`): eight bytes a line, nothing decoded.
public struct LineIndex: Sendable, Equatable {
  /// The byte offset just past each whole line's `\n`: line `seq` ends at `ends[seq - 1]`.
  public let ends: [Int]

  /// An index of lines ending at `ends`.
  public init(ends: [Int]) {
    self.ends = ends
  }

  /// How many whole lines the file holds.
  public var count: Int { ends.count }

  /// The byte offset where line `seq` starts (1-based, at most `count`).
  public func start(of seq: Int) -> Int { seq == 1 ? 0 : ends[seq - 2] }
}

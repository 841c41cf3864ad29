/// One chunk's decoded lines, in memory reused from chunk to chunk.
///
/// A decoded line is a large value (an event with its body and three digests). Held in an
/// array of optionals, each was built, then copied into its element, moved out again and
/// copied on its way to the sink: at 10^6 lines a tenth of `status` was `memmove` and a
/// retain and release per string (issue 10). Here each line is decoded straight into its
/// slot, moved out exactly once when it is checked, and the memory is never freed between
/// chunks (freeing it made glibc's malloc consolidate every time).
final class DecodedSlots {
  /// The decoded line type.
  typealias Line = Result<DecodedLine, LineProblem>

  /// The slots; the first `count` are initialized.
  private var base: UnsafeMutablePointer<Line>
  /// How many slots there are.
  private var capacity: Int
  /// How many slots, from the first, hold a line not yet taken.
  private(set) var count = 0
  /// Each line's length without its `\n`, for the first `count` slots.
  private(set) var lengths: [Int] = []

  /// Empty storage.
  init() {
    capacity = 0
    base = UnsafeMutablePointer<Line>.allocate(capacity: 0)
  }

  deinit {
    base.deinitialize(count: count)
    base.deallocate()
  }

  /// Prepares `lines.count` slots to be filled by `fill`, which must initialize every slot in
  /// `0..<lines.count` exactly once; nothing may be held (`count` is 0).
  func fill(
    _ lines: [Range<Int>], _ fill: (UnsafeMutablePointer<Line>) -> Void
  ) {
    precondition(count == 0, "the slots still hold lines")
    if lines.count > capacity {
      base.deallocate()
      capacity = lines.count
      base = UnsafeMutablePointer<Line>.allocate(capacity: capacity)
    }
    fill(base)
    count = lines.count
    lengths.removeAll(keepingCapacity: true)
    for range in lines { lengths.append(range.count) }
  }

  /// Hands each held line to `take` in order, moving it out, until `take` throws; then drops
  /// the lines not taken. Nothing is held after.
  func drain<E: Error>(_ take: (consuming Line, Int) throws(E) -> Void) throws(E) {
    let n = count
    count = 0
    var k = 0
    defer { if k < n { (base + k).deinitialize(count: n - k) } }
    while k < n {
      let line = (base + k).move()
      k += 1
      try take(line, lengths[k - 1])
    }
  }

  /// Drops every held line.
  func clear() {
    base.deinitialize(count: count)
    count = 0
  }
}

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A JSON object read straight from a line's bytes, accepted only in canonical form, and kept
/// flat: one entry per value (key range, kind, value range), no tree of `JSONValue`s.
///
/// It is the `data` half of `LineCodec`'s fast path. `scan` accepts exactly the canonical
/// spelling of objects, arrays, strings, `true`/`false` and positive integers: no whitespace,
/// keys without escapes in strictly ascending UTF-8 order (so none twice), strings with only
/// the writer's escapes, integers without sign, fraction or leading zero. Anything else (and
/// `null`, negative or fractional numbers, deep nesting, which no event holds) returns `nil`
/// and the strict decoder decides. `EventBody.decode` reads the members through
/// `MemberReader`, under the same rules as the strict decoder.
struct CanonicalObject: MemberSource {
  /// What one entry holds.
  enum Kind: UInt8 {
    case string, escapedString, bool, integer, array, object
  }

  /// One value: a member of an object (with its key) or an item of an array.
  struct Entry {
    /// The key's bytes between the quotes; empty for an array's item.
    var key: Range<Int>
    /// A string's bytes between the quotes, or the whole value.
    var value: Range<Int>
    var kind: Kind
    /// An integer's value, a bool's (0 or 1), or how many members or items a container has.
    var number: Int
    /// The index of the entry after this value and everything inside it.
    var end: Int
  }

  /// The line the ranges point into.
  let bytes: UnsafeRawBufferPointer
  /// Every value, depth first; the object itself is `entries[container]`. The memory is the
  /// caller's (see `scan`), so an object lives no longer than the call that scanned it.
  let entries: UnsafeBufferPointer<Entry>
  /// The index of this object's own entry.
  let container: Int

  /// How deep containers may nest: `data` holds arrays and one object, nothing deeper.
  private static let deepest = 2

  /// How many values `scan` reads at most (more, and the strict decoder reads the line).
  static let capacity = 256

  /// How many values fit in the first, small try (whose entries fit in the 1 KiB that
  /// `withUnsafeTemporaryAllocation` always puts on the stack).
  static let smallCapacity = 1024 / MemoryLayout<Entry>.stride

  /// Reads a canonical object at the scanner's position and passes it to `read`, or returns
  /// `nil` without calling it (the scanner is then left somewhere inside the object).
  ///
  /// The entries of most objects fit in a small stack buffer, so nothing is allocated; an
  /// object with more values is scanned again into room for `capacity` (which the runtime
  /// allocates on the heap: doing that for every line cost a `posix_memalign` and a `free`
  /// per line, issue 10). Either way the answer is the same.
  static func scan<T>(_ s: inout CanonicalScanner, _ read: (CanonicalObject) -> T?) -> T? {
    guard s.peek == UInt8(ascii: "{") else { return nil }
    let start = s
    var full = false
    let small = withUnsafeTemporaryAllocation(of: Entry.self, capacity: smallCapacity) {
      scan(&s, into: $0, full: &full, read)
    }
    guard full else { return small }
    s = start
    return withUnsafeTemporaryAllocation(of: Entry.self, capacity: capacity) {
      scan(&s, into: $0, full: &full, read)
    }
  }

  /// Scans into `storage`; sets `full` if it failed for want of room.
  private static func scan<T>(
    _ s: inout CanonicalScanner, into storage: UnsafeMutableBufferPointer<Entry>,
    full: inout Bool, _ read: (CanonicalObject) -> T?
  ) -> T? {
    var count = 0
    guard scanValue(&s, key: 0..<0, depth: 0, into: storage, count: &count) else {
      full = count == storage.count
      return nil
    }
    return read(
      CanonicalObject(
        bytes: s.bytes, entries: UnsafeBufferPointer(rebasing: storage[..<count]), container: 0))
  }

  /// Reads one value into `entries` (its entry, then those of anything inside it), of which
  /// the first `count` are in use.
  private static func scanValue(
    _ s: inout CanonicalScanner, key: Range<Int>, depth: Int,
    into entries: UnsafeMutableBufferPointer<Entry>, count: inout Int
  ) -> Bool {
    guard let c = s.peek, count < entries.count else { return false }
    let start = s.at
    let index = count
    func add(_ kind: Kind, _ value: Range<Int>, _ number: Int) {
      (entries.baseAddress! + index).initialize(
        to: Entry(key: key, value: value, kind: kind, number: number, end: index + 1))
      count += 1
    }
    switch c {
    case UInt8(ascii: "\""):
      guard let range = s.string() else { return false }
      add(s.escaped ? .escapedString : .string, range, 0)
    case UInt8(ascii: "t"):
      guard s.take("true") else { return false }
      add(.bool, start..<s.at, 1)
    case UInt8(ascii: "f"):
      guard s.take("false") else { return false }
      add(.bool, start..<s.at, 0)
    case UInt8(ascii: "1")...UInt8(ascii: "9"):
      guard let n = s.integer() else { return false }
      add(.integer, start..<s.at, n)
    case UInt8(ascii: "["), UInt8(ascii: "{"):
      let isObject = c == UInt8(ascii: "{")
      let close: StaticString = isObject ? "}" : "]"
      guard depth < deepest, s.take(isObject ? "{" : "[") else { return false }
      add(isObject ? .object : .array, start..<start, 0)
      var held = 0
      var previous: Range<Int>?
      if !s.take(close) {
        repeat {
          var name = 0..<0
          if isObject {
            // Keys without escapes, each after the one before in UTF-8 order.
            guard let member = s.string(), !s.escaped, s.take(":") else { return false }
            if let previous, !precedes(previous, member, in: s.bytes) { return false }
            previous = member
            name = member
          }
          guard scanValue(&s, key: name, depth: depth + 1, into: entries, count: &count) else {
            return false
          }
          held += 1
        } while s.take(",")
        guard s.take(close) else { return false }
      }
      entries[index].value = start..<s.at
      entries[index].number = held
      entries[index].end = count
    default:
      return false
    }
    return true
  }

  /// Whether the bytes of `a` come strictly before those of `b` (UTF-8 order, as the writer
  /// sorts keys).
  private static func precedes(_ a: Range<Int>, _ b: Range<Int>, in bytes: UnsafeRawBufferPointer)
    -> Bool
  {
    let shorter = min(a.count, b.count)
    let order = memcmp(
      bytes.baseAddress! + a.lowerBound, bytes.baseAddress! + b.lowerBound, shorter)
    return order < 0 || (order == 0 && a.count < b.count)
  }

  // MARK: - MemberSource

  var memberCount: Int { entries[container].number }

  func member(_ key: StaticString) -> (index: Int, value: Int)? {
    let count = key.utf8CodeUnitCount
    var i = container + 1
    var ordinal = 0
    while i < entries[container].end {
      let name = entries[i].key
      if name.count == count,
        ShortBytes.equal(bytes.baseAddress! + name.lowerBound, key.utf8Start, count: count)
      {
        return (ordinal, i)
      }
      i = entries[i].end
      ordinal += 1
    }
    return nil
  }

  func key(at index: Int) -> String {
    var i = container + 1
    for _ in 0..<index { i = entries[i].end }
    return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[entries[i].key]), as: UTF8.self)
  }

  func string(_ value: Int) -> String? {
    let entry = entries[value]
    switch entry.kind {
    case .string:
      return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[entry.value]), as: UTF8.self)
    case .escapedString:
      return CanonicalScanner(bytes).text(entry.value, escaped: true)
    default:
      return nil
    }
  }

  func bool(_ value: Int) -> Bool? {
    entries[value].kind == .bool ? entries[value].number == 1 : nil
  }

  func integer(_ value: Int) -> Int? {
    entries[value].kind == .integer ? entries[value].number : nil
  }

  func items(_ value: Int) -> Items? {
    guard entries[value].kind == .array else { return nil }
    return Items(entries: entries, at: value + 1, end: entries[value].end)
  }

  func object(_ value: Int) -> CanonicalObject? {
    guard entries[value].kind == .object else { return nil }
    return CanonicalObject(bytes: bytes, entries: entries, container: value)
  }

  /// The items of an array: the entries at its top level, in order.
  struct Items: Sequence, IteratorProtocol {
    let entries: UnsafeBufferPointer<Entry>
    /// The next item's entry.
    var at: Int
    /// The entry after the array.
    let end: Int

    mutating func next() -> Int? {
      guard at < end else { return nil }
      defer { at = entries[at].end }
      return at
    }
  }
}

/// How long a command waits for another process's lock on the ledger before giving up.
///
/// Writers take an exclusive lock and readers a shared one; either waits at most this long,
/// then fails naming the lock and the ledger, leaving the file as it was.
public struct LockWait: Sendable, Equatable {
  /// Whole seconds to wait; 0 tries once.
  public var seconds: Int

  /// The default: 10 seconds.
  public static let standard = LockWait(seconds: 10)
  /// The longest wait accepted: one day.
  public static let maximumSeconds = 86_400

  /// Creates a wait of `seconds` (clamped to 0…``maximumSeconds``).
  public init(seconds: Int) {
    self.seconds = min(max(seconds, 0), Self.maximumSeconds)
  }

  /// What is left of this wait after the time since `start` (a `FileLock` monotonic
  /// reading), rounded up to whole seconds; never below 0.
  public func remaining(since start: Int64) -> LockWait {
    let elapsed = FileLock.monotonicNanoseconds() - start
    guard elapsed > 0 else { return self }
    let left = Int64(seconds) * 1_000_000_000 - elapsed
    return LockWait(seconds: left <= 0 ? 0 : Int((left + 999_999_999) / 1_000_000_000))
  }

  /// Parses a number of seconds: ASCII digits only, 0…``maximumSeconds``; nil otherwise.
  public init?(parsing text: String) {
    guard !text.isEmpty, text.utf8.count <= 5, text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
      let value = Int(text), value <= Self.maximumSeconds
    else { return nil }
    self.seconds = value
  }
}

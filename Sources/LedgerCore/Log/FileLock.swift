#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Takes a `flock` on an open ledger, waiting a bounded time for another process to let go.
///
/// It polls with `LOCK_NB` (sleeping 1 ms, doubling to at most 25 ms between tries) rather
/// than blocking, so the wait can end on time without signals; `EINTR` just tries again.
public enum FileLock {
  /// The longest pause between two tries.
  static let maximumPause: Int64 = 25_000_000

  /// Locks `fd` (exclusive for a writer, shared for a reader) within `wait`.
  ///
  /// After about a second of waiting, `onWaiting` is called once with a line saying so.
  public static func acquire(
    _ fd: Int32, exclusive: Bool, path: String, wait: LockWait,
    onWaiting: (String) -> Void
  ) throws(LedgerError) {
    let operation = (exclusive ? LOCK_EX : LOCK_SH) | LOCK_NB
    let start = monotonicNanoseconds()
    let limit = Int64(wait.seconds) * 1_000_000_000
    let announceAfter: Int64 = 1_000_000_000
    var announced = false
    var pause: Int64 = 1_000_000
    while true {
      if flock(fd, operation) == 0 { return }
      let code = errno
      if code == EINTR { continue }
      guard code == EWOULDBLOCK || code == EAGAIN else {
        throw LedgerError(.io, "cannot lock: \(String(cString: strerror(code)))", file: path)
      }
      let elapsed = monotonicNanoseconds() - start
      if elapsed >= limit { throw timedOut(path: path, exclusive: exclusive, wait: wait) }
      if !announced, elapsed >= announceAfter {
        onWaiting("waiting for another process that holds the lock on \(path)…")
        announced = true
      }
      var next = min(pause, limit - elapsed)
      if !announced { next = min(next, max(announceAfter - elapsed, 1)) }
      var request = timespec(tv_sec: 0, tv_nsec: Int(next))
      _ = nanosleep(&request, nil)
      pause = min(pause * 2, maximumPause)
    }
  }

  /// The error when the time is up.
  static func timedOut(path: String, exclusive: Bool, wait: LockWait) -> LedgerError {
    let lock = exclusive ? "the exclusive (write) lock" : "the shared (read) lock"
    let what = exclusive ? "nothing was written" : "nothing was read"
    let waited =
      wait.seconds == 0
      ? "\(lock) on the ledger is held by another process (tried once, as --wait 0 asks)"
      : "gave up after \(wait.seconds) second\(wait.seconds == 1 ? "" : "s") waiting for \(lock) on the ledger, held by another process"
    return LedgerError(
      .io, "\(waited); \(what)", file: path,
      hint:
        "another ledger command is using this file; try again, or wait longer with --wait SECONDS; if one has hung, 'fuser -v \(path)' shows which process holds it"
    )
  }

  /// Nanoseconds on a clock that never jumps.
  public static func monotonicNanoseconds() -> Int64 {
    var now = timespec()
    clock_gettime(CLOCK_MONOTONIC, &now)
    return Int64(now.tv_sec) * 1_000_000_000 + Int64(now.tv_nsec)
  }
}

import Dispatch
import LedgerCore

/// A batch of events being read again from the store on another thread while the report
/// writes the batch before it, so reading and decoding the lines overlaps rendering their
/// rows instead of taking turns with it (`EntryLookup.forEachEntry`).
///
/// Whoever starts one must `wait()` for it (or `get()` it) before the store's file is closed:
/// the read holds no reference to the lock.
final class EventPrefetch: @unchecked Sendable {
  /// Signalled when the read is done.
  private let done = DispatchGroup()
  /// The events, or why they could not be read; set once, before `done` is left, and read
  /// only after waiting on it.
  private var result: Result<[Event], LedgerError>?

  /// Starts reading the events on lines `seqs` from `store`.
  init(_ store: EventStore, _ seqs: [Int]) {
    done.enter()
    DispatchQueue.global().async {
      self.result = Result { () throws(LedgerError) in try store.events(seqs) }
      self.done.leave()
    }
  }

  /// Waits for the read to end.
  func wait() {
    done.wait()
  }

  /// The events, once read; throws what `EventStore.events(_:)` threw.
  func get() throws(LedgerError) -> [Event] {
    done.wait()
    return try result!.get()
  }
}

import LedgerCore

/// JSON forms of the core's values, shared by this module's renderers.
enum JSONParts {
  /// `{"seq", "hash"}` for the point after `seq` events (hash null before the first event).
  static func point(seq: Int, hash: String?) -> JSONValue {
    JSONValue.members([("seq", JSONValue.int(seq)), ("hash", JSONValue.orNull(hash))])
  }
}

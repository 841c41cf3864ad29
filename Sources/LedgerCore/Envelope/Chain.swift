import SHA256

/// The hash chain (see `Events/FORMAT.md`, "The chain").
public enum Chain {
  /// The highest format version this build reads and writes. Each line's `v` is its
  /// event's `EventBody.version`.
  public static let formatVersion = 3
  /// `prev` of the first line.
  public static let genesis = String(repeating: "0", count: 64)
  /// `genesis` as a digest value.
  public static let genesisDigest = SHA256Digest(hex: genesis)!

  /// Hex SHA-256 of the canonical form of `data`.
  public static func dataDigest(_ data: JSONObject) -> String {
    SHA256.hash(JSONWriter.canonical(.object(data))).hex
  }

  /// The header object: the envelope without `data` and `hash`.
  static func header(_ event: Event, dataSHA256: String, prev: String) -> JSONObject {
    var header = JSONObject()
    header.append("v", .number(JSONNumber(event.body.version)))
    header.append("seq", .number(JSONNumber(event.seq)))
    header.append("type", .string(event.type.rawValue))
    header.append("recorded", .string(event.recorded.rfc3339))
    if let effective = event.effective {
      header.append("effective", .string(effective.description))
    }
    header.append(
      "actor",
      .object(
        JSONObject([
          JSONMember(key: "name", value: .string(event.actor.name)),
          JSONMember(key: "role", value: .string(event.actor.role)),
        ])))
    header.append("data_sha256", .string(dataSHA256))
    header.append("prev", .string(prev))
    return header
  }

  /// The header's bytes in envelope order, no whitespace (how the line writes them).
  static func canonicalHeader(_ event: Event, dataSHA256: String, prev: String) -> [UInt8] {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(320)
    JSONWriter.compact(.object(header(event, dataSHA256: dataSHA256, prev: prev)), into: &bytes)
    return bytes
  }

  /// Hex SHA-256 of the canonical header: its members sorted by key, as format version 1
  /// has always hashed it (`Events/FORMAT.md`, "The chain").
  public static func headerHash(_ event: Event, dataSHA256: String, prev: String) -> String {
    SHA256.hash(JSONWriter.canonical(.object(header(event, dataSHA256: dataSHA256, prev: prev))))
      .hex
  }

  /// Seals `event` onto a chain whose last hash is `prev`.
  public static func seal(_ event: Event, prev: String) -> RecordedEvent {
    let digest = dataDigest(event.body.data)
    return RecordedEvent(
      event: event, dataSHA256: digest, prev: prev,
      hash: headerHash(event, dataSHA256: digest, prev: prev))
  }

  /// Why `recorded`'s digests do not match its contents, or nil if they do.
  ///
  /// `data` is the object as read from the line; by default, the event's data re-encoded.
  public static func mismatch(_ recorded: RecordedEvent, data: JSONObject? = nil) -> String? {
    let digest = dataDigest(data ?? recorded.event.body.data)
    if digest != recorded.dataSHA256 {
      return "data_sha256 does not match data (stored \(recorded.dataSHA256.prefix(12))…, "
        + "computed \(digest.prefix(12))…): the event's data was changed"
    }
    let hash = headerHash(recorded.event, dataSHA256: recorded.dataSHA256, prev: recorded.prev)
    if hash != recorded.hash {
      return "hash does not match the line's contents (stored \(recorded.hash.prefix(12))…, "
        + "computed \(hash.prefix(12))…): the line was changed"
    }
    return nil
  }
}

import SHA256

/// Turns one line of the file into a `RecordedEvent` and back.
///
/// Reading is strict (`Events/FORMAT.md`, "Canonical lines"): a line is accepted only if it
/// is byte for byte the serialisation this codec writes for the values it holds.
public enum LineCodec {
  /// Reads one line (without its `\n`), strictly, and checks it is canonical.
  ///
  /// With `verify`, also checks `hash` against the header bytes on the line and
  /// `data_sha256` against the `data` bytes on the line; a line on its own cannot know of a
  /// later redaction, so a redacted line fails here (`LedgerReader` accounts for them).
  public static func decode(_ line: UnsafeRawBufferPointer, verify: Bool = false)
    throws(LineProblem)
    -> RecordedEvent
  {
    var cache = TextCache()
    let decoded = try decodeLine(line, verify: verify, cache: &cache)
    if let actual = decoded.dataSHA256OnLine, actual != decoded.recorded.dataDigest {
      throw LineProblem(
        Redaction.mismatch(decoded.recorded, actualDataSHA256: actual.hex, redactions: []) ?? "")
    }
    return decoded.recorded
  }

  /// Reads one line (without its `\n`): the event, and with `verify` the SHA-256 of the
  /// `data` bytes on the line (the `hash` is checked here; `data_sha256` is left to the
  /// caller, who knows whether a later redaction accounts for a difference).
  ///
  /// A canonical line is read by the fast path (`decodeCanonical`); any other line, or one
  /// whose hash does not match, by the strict decoder, which says what is wrong.
  static func decodeLine(
    _ line: UnsafeRawBufferPointer, verify: Bool, cache: inout TextCache
  ) throws(LineProblem) -> DecodedLine {
    if let decoded = decodeCanonical(line, verify: verify, cache: &cache) { return decoded }
    return try decodeStrictly(line, verify: verify)
  }

  /// The strict decoder: parses the whole line, reads its members, and proves it canonical by
  /// writing it again and comparing. Slower than the fast path, but it names every problem.
  static func decodeStrictly(_ line: UnsafeRawBufferPointer, verify: Bool) throws(LineProblem)
    -> DecodedLine
  {
    let value: JSONValue
    do {
      value = try JSONParser.parse(line)
    } catch {
      throw LineProblem("not valid JSON: \(error.description)")
    }
    guard case .object(let object) = value else {
      throw LineProblem("a line must be a JSON object")
    }
    var r = MemberReader(object, context: "")
    let version = try r.integer("v")
    guard version <= Chain.formatVersion else {
      throw LineProblem(
        "format version \(version) is newer than this build reads; it reads format versions up to \(Chain.formatVersion)"
      )
    }
    let seq = try r.integer("seq")
    let typeName = try r.string("type")
    guard let type = EventType(rawValue: typeName) else {
      throw LineProblem("unknown event type \"\(typeName)\"")
    }
    let recordedText = try r.string("recorded")
    guard let recorded = Timestamp(recorded: recordedText) else {
      throw LineProblem(
        "\"recorded\" is \"\(recordedText)\", not a real UTC time written YYYY-MM-DDTHH:MM:SSZ")
    }
    let effective = try r.optionalDate("effective")
    var actorReader = MemberReader(try r.object("actor"), context: "actor")
    let actor = Actor(name: try actorReader.text("name"), role: try actorReader.text("role"))
    try actorReader.finish()
    let data = try r.object("data")
    let body = try EventBody.decode(type: type, data: data)
    guard version == body.version else {
      throw LineProblem(
        "type \(typeName) is written with v \(body.version), not v \(version)"
          + (body.version > type.version
            ? " (it uses a member format version \(body.version) added)" : ""))
    }
    if let target = body.namedSeq, target >= seq {
      throw LineProblem(
        "member \"data.seq\" is \(target); it must be less than the line's seq \(seq)")
    }
    let dataSHA256 = try r.hex("data_sha256")
    let prev = try r.hex("prev")
    let hash = try r.hex("hash")
    try r.finish()
    let recordedEvent = RecordedEvent(
      event: Event(seq: seq, recorded: recorded, effective: effective, actor: actor, body: body),
      dataSHA256: dataSHA256, prev: prev, hash: hash)
    let layout = serialise(recordedEvent)
    try checkCanonical(line, layout.bytes)
    guard verify else { return DecodedLine(recorded: recordedEvent, dataSHA256OnLine: nil) }
    // The line is its canonical serialisation, so the header's members hold exactly the
    // bytes on the line, and `layout.data` is the range of the line's `data` bytes.
    let header = Chain.headerHash(recordedEvent.event, dataSHA256: dataSHA256, prev: prev)
    guard header == hash else {
      throw LineProblem(
        "hash does not match the line's contents (stored \(hash.prefix(12))…, "
          + "computed \(header.prefix(12))…): the line was changed")
    }
    let dataDigest = SHA256.hash(UnsafeRawBufferPointer(rebasing: line[layout.data]))
    return DecodedLine(recorded: recordedEvent, dataSHA256OnLine: dataDigest)
  }

  /// Fails naming the first byte where `line` differs from its canonical form `canonical`.
  private static func checkCanonical(_ line: UnsafeRawBufferPointer, _ canonical: [UInt8])
    throws(LineProblem)
  {
    if line.count == canonical.count, line.elementsEqual(canonical) { return }
    var at = 0
    let end = min(line.count, canonical.count)
    while at < end, line[at] == canonical[at] { at += 1 }
    func show(_ bytes: some Collection<UInt8>) -> String {
      bytes.isEmpty ? "the end of the line" : "\"" + String(decoding: bytes, as: UTF8.self) + "\""
    }
    let found = show(line[at..<min(line.count, at + 12)])
    let expected = show(canonical[at..<min(canonical.count, at + 12)])
    throw LineProblem(
      "line is not in canonical form at byte \(at) (counting from 0): found \(found), "
        + "the canonical line has \(expected)")
  }

  private static let dataKey = Array(#""data":"#.utf8)
  private static let hashKey = Array(#","hash":""#.utf8)

  /// The canonical line for `recorded` (without `\n`), with the range of the `data` value and
  /// the offset where `,"hash":` starts.
  static func serialise(_ recorded: RecordedEvent) -> (
    bytes: [UInt8], data: Range<Int>, hashMember: Int
  ) {
    let header = Chain.canonicalHeader(
      recorded.event, dataSHA256: recorded.dataSHA256, prev: recorded.prev)
    // The header ends `"data_sha256":"<64>","prev":"<64>"}`: `data` goes before that.
    let tail = 15 + 64 + 10 + 64 + 2
    let split = header.count - tail
    var bytes: [UInt8] = []
    bytes.reserveCapacity(header.count + 512)
    bytes += header[..<split]
    bytes += dataKey
    let dataStart = bytes.count
    JSONWriter.compact(.object(recorded.event.body.data), into: &bytes)
    let dataEnd = bytes.count
    bytes.append(UInt8(ascii: ","))
    bytes += header[split..<header.count - 1]
    let hashMember = bytes.count
    bytes += hashKey
    bytes += Array(recorded.hash.utf8)
    bytes += [UInt8(ascii: "\""), UInt8(ascii: "}")]
    return (bytes, dataStart..<dataEnd, hashMember)
  }

  /// The line for `recorded`, ending in `\n`, members in the order of `Events/FORMAT.md`.
  public static func encode(_ recorded: RecordedEvent) -> [UInt8] {
    var bytes = serialise(recorded).bytes
    bytes.append(0x0A)
    return bytes
  }
}

/// One line as read: the event and, when verifying, the digest of its `data` bytes.
struct DecodedLine: Sendable {
  /// The event the line holds.
  var recorded: RecordedEvent
  /// SHA-256 of the `data` bytes on the line, when verifying.
  var dataSHA256OnLine: SHA256Digest?
}

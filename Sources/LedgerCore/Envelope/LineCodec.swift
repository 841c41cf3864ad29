/// Turns one line of the file into a `RecordedEvent` and back.
public enum LineCodec {
  /// Reads one line (without its `\n`), strictly.
  ///
  /// With `verify`, also recomputes `data_sha256` and `hash` from what the line says.
  public static func decode(_ line: UnsafeRawBufferPointer, verify: Bool = false)
    throws(LineProblem)
    -> RecordedEvent
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
    guard version == type.version else {
      throw LineProblem("type \(typeName) is written with v \(type.version), not v \(version)")
    }
    let recordedText = try r.string("recorded")
    guard let recorded = Timestamp(rfc3339: recordedText), recordedText.hasSuffix("Z") else {
      throw LineProblem("\"recorded\" is \"\(recordedText)\", not an RFC 3339 UTC time ending in Z")
    }
    let effective = try r.optionalDate("effective")
    var actorReader = MemberReader(try r.object("actor"), context: "actor")
    let actor = Actor(name: try actorReader.text("name"), role: try actorReader.text("role"))
    try actorReader.finish()
    let data = try r.object("data")
    let body = try EventBody.decode(type: type, data: data)
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
    if verify, let problem = Chain.mismatch(recordedEvent, data: data) {
      throw LineProblem(problem)
    }
    return recordedEvent
  }

  /// The line for `recorded`, ending in `\n`, members in the order of `Events/FORMAT.md`.
  public static func encode(_ recorded: RecordedEvent) -> [UInt8] {
    var envelope = Chain.header(
      recorded.event, dataSHA256: recorded.dataSHA256, prev: recorded.prev)
    // The header's members are in envelope order; `data` goes after `actor`.
    var members = envelope.members
    let at = members.firstIndex { $0.key == "data_sha256" }!
    members.insert(JSONMember(key: "data", value: .object(recorded.event.body.data)), at: at)
    members.append(JSONMember(key: "hash", value: .string(recorded.hash)))
    envelope = JSONObject(members)
    var bytes: [UInt8] = []
    bytes.reserveCapacity(512)
    JSONWriter.compact(.object(envelope), into: &bytes)
    bytes.append(0x0A)
    return bytes
  }
}

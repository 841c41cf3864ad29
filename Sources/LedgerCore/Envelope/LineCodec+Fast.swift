import SHA256

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

// The fast path for reading a line. A canonical line has one fixed shape, so instead of
// parsing the whole line into a tree and re-serialising all of it to prove it canonical, the
// envelope is checked byte by byte as it is read, and `data` is scanned flat in canonical
// form (`CanonicalObject`), decoded by the strict decoder's rules and written again as bytes
// to compare, with no JSON tree. With verify, the sorted-key header is put together from the
// line's own slices (they are canonical, so they are the header's bytes) and hashed once.
//
// A line the fast path does not accept goes to the strict decoder, which gives today's
// messages. The fast path accepts a line only if the strict decoder would accept it and
// return the same event (tested over every example, crafted case and many mutations, and in
// the fuzzer: `LineCodec.compareFastPath`).
extension LineCodec {
  /// Reads a canonical line (without its `\n`) the fast way, or returns `nil` if the line is
  /// not one the fast path accepts (it may still be valid: the strict decoder decides).
  static func decodeCanonical(_ line: UnsafeRawBufferPointer, verify: Bool) -> DecodedLine? {
    var cache = TextCache()
    return decodeCanonical(line, verify: verify, cache: &cache)
  }

  /// Reads a canonical line as `decodeCanonical(_:verify:)` does, taking the actor's name and
  /// role from `cache` when it holds them (they recur on line after line).
  static func decodeCanonical(
    _ line: UnsafeRawBufferPointer, verify: Bool, cache: inout TextCache
  ) -> DecodedLine? {
    guard !line.isEmpty else { return nil }
    var s = CanonicalScanner(line)
    guard s.take(#"{"v":"#) else { return nil }
    let vStart = s.at
    guard let version = s.integer(), version <= Chain.formatVersion else { return nil }
    let vRange = vStart..<s.at
    guard s.take(#","seq":"#) else { return nil }
    let seqStart = s.at
    guard let seq = s.integer() else { return nil }
    let seqRange = seqStart..<s.at
    guard s.take(#","type":"#) else { return nil }
    let typeStart = s.at
    guard let typeName = s.string(), !s.escaped, let type = eventType(s.slice(typeName))
    else { return nil }
    let typeRange = typeStart..<s.at
    guard s.take(#","recorded":"#) else { return nil }
    let recordedStart = s.at
    guard let recordedText = s.string(), !s.escaped,
      let recorded = Timestamp(recordedUTF8: s.slice(recordedText))
    else { return nil }
    let recordedRange = recordedStart..<s.at
    var effective: CivilDate?
    var effectiveRange: Range<Int>?
    if s.take(#","effective":"#) {
      let effectiveStart = s.at
      guard let text = s.string(), !s.escaped, text.count == 10,
        let date = CivilDate.parse(s.slice(text), at: 0)
      else { return nil }
      effective = date
      effectiveRange = effectiveStart..<s.at
    }
    guard s.take(#","actor":"#) else { return nil }
    let actorStart = s.at
    guard s.take(#"{"name":"#), let nameText = s.string() else { return nil }
    let name = s.escaped ? s.text(nameText, escaped: true) : cache.text(s.slice(nameText))
    guard s.take(#","role":"#), let roleText = s.string() else { return nil }
    let role = s.escaped ? s.text(roleText, escaped: true) : cache.text(s.slice(roleText))
    guard s.take("}"), !Text.isBlank(name), !Text.isBlank(role) else { return nil }
    let actorRange = actorStart..<s.at
    guard s.take(#","data":"#) else { return nil }
    let dataStart = s.at
    let read = CanonicalObject.scan(&s) { object in try? EventBody.decode(type: type, data: object)
    }
    guard let body = read, body.version == version else { return nil }
    let dataRange = dataStart..<s.at
    guard s.take(#","data_sha256":"#), let dataSHA256 = s.hexDigest(),
      s.take(#","prev":"#), let prev = s.hexDigest(),
      s.take(#","hash":"#), let hash = s.hexDigest(),
      s.take("}"), s.isAtEnd
    else { return nil }

    // `data` was scanned in canonical form; its members are read by the strict decoder's
    // rules, and the body written again must give exactly its bytes (so nothing was read
    // that the writer would spell otherwise or leave out).
    if let target = body.namedSeq, target >= seq { return nil }
    let data = s.slice(dataRange)
    guard body.writesData(exactly: data) else { return nil }

    // `hexDigest()` checked each is 64 lowercase hex digits.
    let storedData = SHA256Digest(checkedHexUTF8: s.slice(dataSHA256))
    let storedPrev = SHA256Digest(checkedHexUTF8: s.slice(prev))
    let storedHash = SHA256Digest(checkedHexUTF8: s.slice(hash))
    let recordedEvent = RecordedEvent(
      event: Event(
        seq: seq, recorded: recorded, effective: effective,
        actor: Actor(name: name, role: role), body: body),
      dataDigest: storedData, prevDigest: storedPrev, hashDigest: storedHash)
    guard verify else { return DecodedLine(recorded: recordedEvent, dataSHA256OnLine: nil) }

    // The header, keys sorted: every member's bytes are on the line as they must be hashed.
    let header = HeaderRanges(
      actor: actorRange, dataSHA256: dataSHA256, effective: effectiveRange, prev: prev,
      recorded: recordedRange, seq: seqRange, type: typeRange, v: vRange)
    guard header.digest(line) == storedHash else { return nil }
    let dataDigest = SHA256.hash(data)
    return DecodedLine(recorded: recordedEvent, dataSHA256OnLine: dataDigest)
  }

  /// The event type spelled by `name` exactly, if there is one.
  private static func eventType(_ name: UnsafeRawBufferPointer) -> EventType? {
    guard name.count < eventTypesByLength.count else { return nil }
    for (spelling, type) in eventTypesByLength[name.count] {
      let same = spelling.withUnsafeBytes {
        ShortBytes.equal($0.baseAddress!, name.baseAddress!, count: name.count)
      }
      if same { return type }
    }
    return nil
  }

  /// Every event type's spelling, grouped by length (the index), so a name is compared only
  /// with the few spellings as long as it.
  private static let eventTypesByLength: [[([UInt8], EventType)]] = {
    let longest = EventType.allCases.map(\.rawValue.utf8.count).max() ?? 0
    var table = [[([UInt8], EventType)]](repeating: [], count: longest + 1)
    for type in EventType.allCases {
      let spelling = Array(type.rawValue.utf8)
      table[spelling.count].append((spelling, type))
    }
    return table
  }()
}

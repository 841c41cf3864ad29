import SHA256

/// The checkpoint's index: for each item ID, the byte offsets of the ledger's lines that name it
/// (`EventBody.references`), so `show ID` and `history ID` read only those lines.
///
/// It is a run of chunks, each covering the lines that start in one byte range of the ledger,
/// the ranges following one another from byte 0. A full replay writes one chunk for the whole
/// log; a write that folded from the checkpoint appends one chunk for the lines after it, so
/// the earlier chunks are copied as they are, never decoded.
///
/// A chunk is its payload's length (varint), the payload's SHA-256 in hex (64 bytes), then the
/// payload: the range's start and end offsets, the number of entries, and each entry as its ID
/// (length and UTF-8 bytes), its number of lines and each line's start offset as the
/// difference from the one before (the first from the range's start), all unsigned varints.
public struct ItemIndex: Sendable, Equatable {
  /// How many chunks a writer lets build up before it merges them into one (`merged()`): with
  /// a checkpoint rewritten every 64 writes, once every 2,048 writes or so, so the index stays
  /// within a few times its merged size and a merge (a decode of the whole index, about as
  /// long as a write's fold of the plan) is rare.
  public static let mergeAfter = 32

  /// The chunks, as they are in the file.
  public var bytes: [UInt8]

  /// An index of no lines (it covers nothing, so no reader uses it).
  public init(bytes: [UInt8] = []) {
    self.bytes = bytes
  }

  /// One line to index: where it starts in the ledger and the IDs it names.
  public struct Line: Sendable, Equatable {
    /// The byte offset of the line's first byte.
    public var offset: Int
    /// The IDs the line's event names (`EventBody.references`).
    public var references: [String]

    /// Creates a line.
    public init(offset: Int, references: [String]) {
      self.offset = offset
      self.references = references
    }
  }

  /// Appends a chunk for `lines`, which start in `start..<end` in ascending order; `start` must
  /// be where the index ends now (`end()`), so the chunks stay contiguous.
  public mutating func append(_ lines: [Line], from start: Int, to end: Int) {
    var order: [String] = []
    var offsets: [String: [Int]] = [:]
    for line in lines {
      for id in line.references {
        if offsets[id]?.last == line.offset { continue }
        if offsets[id] == nil { order.append(id) }
        offsets[id, default: []].append(line.offset)
      }
    }
    appendChunk(order, offsets, from: start, to: end)
  }

  /// Appends one chunk: for each ID of `order`, its `offsets`, all in `start..<end`.
  private mutating func appendChunk(
    _ order: [String], _ offsets: [String: [Int]], from start: Int, to end: Int
  ) {
    var payload = ByteWriter(capacity: offsets.count * 16 + 16)
    payload.count(start)
    payload.count(end)
    payload.count(order.count)
    for id in order {
      let utf8 = Array(id.utf8)
      payload.count(utf8.count)
      payload.raw(utf8)
      let list = offsets[id] ?? []
      payload.count(list.count)
      var previous = start
      for offset in list {
        payload.count(offset - previous)
        previous = offset
      }
    }
    var chunk = ByteWriter(capacity: payload.bytes.count + 80)
    chunk.count(payload.bytes.count)
    chunk.raw(SHA256.hash(payload.bytes).hex.utf8)
    chunk.raw(payload.bytes)
    bytes.append(contentsOf: chunk.bytes)
  }

  /// The same index as one chunk, if it is whole: each write that folds from the checkpoint
  /// adds a chunk that repeats the IDs it names, so a writer merges them once there are many.
  public func merged() -> ItemIndex? {
    var order: [String] = []
    var offsets: [String: [Int]] = [:]
    var covered = 0
    let ok = walk { start, end, payload throws(ByteReader.Malformed) in
      guard start == covered, end >= start else { return false }
      covered = end
      for _ in 0..<(try payload.count()) {
        let id = String(decoding: try payload.raw(try payload.count()), as: UTF8.self)
        let n = try payload.count()
        if offsets[id] == nil { order.append(id) }
        var offset = start
        var list = offsets[id] ?? []
        offsets[id] = nil
        for k in 0..<n {
          let delta = try Self.offset(&payload)
          guard k == 0 || delta > 0, delta < end - offset else { return false }
          offset += delta
          list.append(offset)
        }
        offsets[id] = list
      }
      return payload.isAtEnd
    }
    guard ok else { return nil }
    var one = ItemIndex()
    one.appendChunk(order, offsets, from: 0, to: covered)
    return one
  }

  /// How many chunks there are, and where the last ends; nil if any chunk is truncated, fails
  /// its digest, or does not start where the one before ended.
  public func chunks() -> (count: Int, end: Int)? {
    var covered = 0
    var count = 0
    let ok = walk { start, end, _ in
      guard start == covered, end >= start else { return false }
      covered = end
      count += 1
      return true
    }
    return ok ? (count, covered) : nil
  }

  /// Where the lines the index covers end: the last chunk's end offset, 0 for no chunks; nil
  /// if any chunk is truncated, fails its digest, or does not start where the one before ended.
  public func end() -> Int? {
    chunks()?.end
  }

  /// The start offsets of the lines that name `id`, ascending, if the index is whole (every
  /// digest matches, the chunks contiguous from 0) and covers exactly `0..<end`; else nil.
  public func offsets(of id: String, coveringUpTo end: Int) -> [Int]? {
    let wanted = Array(id.utf8)
    var covered = 0
    var found: [Int] = []
    let ok = walk { start, chunkEnd, payload throws(ByteReader.Malformed) in
      guard start == covered, chunkEnd >= start else { return false }
      covered = chunkEnd
      let entries = try payload.count()
      for _ in 0..<entries {
        let length = try payload.count()
        let name = try payload.raw(length)
        let n = try payload.count()
        let match = name.elementsEqual(wanted)
        var offset = start
        for k in 0..<n {
          let delta = try Self.offset(&payload)
          guard match else { continue }
          // Strictly ascending, and inside the chunk's range.
          guard k == 0 || delta > 0, delta < chunkEnd - offset else { return false }
          offset += delta
          found.append(offset)
        }
      }
      return payload.isAtEnd
    }
    guard ok, covered == end else { return nil }
    return found
  }

  /// A byte offset or a difference of two: an unsigned varint below 2^62.
  private static func offset(_ reader: inout ByteReader) throws(ByteReader.Malformed) -> Int {
    let value = try reader.unsigned()
    guard value < 1 << 62 else { throw ByteReader.Malformed(what: "an offset out of range") }
    return Int(value)
  }

  /// Calls `body` with each chunk's range and a reader positioned after the range (at the
  /// entry count), in order; false if a chunk is malformed or fails its digest, or `body`
  /// returns false or throws.
  private func walk(
    _ body: (Int, Int, inout ByteReader) throws(ByteReader.Malformed) -> Bool
  ) -> Bool {
    var reader = ByteReader(bytes)
    do throws(ByteReader.Malformed) {
      while !reader.isAtEnd {
        let length = try reader.count()
        let digest = try reader.raw(64)
        let payloadBytes = Array(try reader.raw(length))
        guard SHA256.hash(payloadBytes).hex.utf8.elementsEqual(digest) else { return false }
        var payload = ByteReader(payloadBytes)
        let start = try Self.offset(&payload)
        let end = try Self.offset(&payload)
        guard try body(start, end, &payload) else { return false }
      }
      return true
    } catch {
      return false
    }
  }
}

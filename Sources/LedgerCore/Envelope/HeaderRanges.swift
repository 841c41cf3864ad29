import SHA256

/// Where the header's members stand on a canonical line, to hash the header (`Events/FORMAT.md`,
/// H2) from the line's own bytes: on a canonical line each member is byte for byte what the
/// sorted-key header holds, so nothing is re-spelled.
struct HeaderRanges {
  /// `{"name":…,"role":…}`.
  var actor: Range<Int>
  /// The 64 digits of `data_sha256`, without their quotes.
  var dataSHA256: Range<Int>
  /// `"YYYY-MM-DD"` with its quotes, if the line has `effective`.
  var effective: Range<Int>?
  /// The 64 digits of `prev`, without their quotes.
  var prev: Range<Int>
  /// `recorded` with its quotes.
  var recorded: Range<Int>
  /// The digits of `seq`.
  var seq: Range<Int>
  /// `type` with its quotes.
  var type: Range<Int>
  /// The digits of `v`.
  var v: Range<Int>

  /// SHA-256 of `{"actor":…,"data_sha256":…,["effective":…,]"prev":…,"recorded":…,"seq":…,
  /// "type":…,"v":…}` put together in a stack buffer and hashed in one pass.
  func digest(_ line: UnsafeRawBufferPointer) -> SHA256Digest {
    let fixed = 9 + 16 + 64 + 1 + 9 + 64 + 13 + 7 + 8 + 5 + 1  // the literals and digests
    let total =
      fixed + actor.count + recorded.count + seq.count + type.count + v.count
      + (effective.map { 13 + $0.count } ?? 0)
    return withUnsafeTemporaryAllocation(byteCount: total, alignment: 1) { buffer in
      var at = buffer.baseAddress!
      func put(_ text: StaticString) {
        at.copyMemory(from: text.utf8Start, byteCount: text.utf8CodeUnitCount)
        at += text.utf8CodeUnitCount
      }
      func put(_ range: Range<Int>) {
        at.copyMemory(from: line.baseAddress! + range.lowerBound, byteCount: range.count)
        at += range.count
      }
      put(#"{"actor":"#)
      put(actor)
      put(#","data_sha256":""#)
      put(dataSHA256)
      put(#"""#)
      if let effective {
        put(#","effective":"#)
        put(effective)
      }
      put(#","prev":""#)
      put(prev)
      put(#"","recorded":"#)
      put(recorded)
      put(#","seq":"#)
      put(seq)
      put(#","type":"#)
      put(type)
      put(#","v":"#)
      put(v)
      put("}")
      precondition(at - buffer.baseAddress! == total, "the header's length was miscounted")
      return SHA256.hash(UnsafeRawBufferPointer(buffer))
    }
  }
}

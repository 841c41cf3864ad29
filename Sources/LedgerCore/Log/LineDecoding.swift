#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Decoding one line on its own, a pure function of its bytes, so a read runs it on every core.
enum LineDecoding {
  /// How many cores decode lines at once: the online processors, at least one.
  static let workers = max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))

  /// One line on its own: its shape, then its JSON and members.
  static func decode(_ line: UnsafeRawBufferPointer, verify: Bool) -> Result<
    DecodedLine, LineProblem
  > {
    var cache = TextCache()
    return decode(line, verify: verify, cache: &cache)
  }

  /// One line on its own, as `decode(_:verify:)`, sharing recurring texts through `cache`
  /// (one per decoding thread).
  static func decode(_ line: UnsafeRawBufferPointer, verify: Bool, cache: inout TextCache)
    -> Result<DecodedLine, LineProblem>
  {
    if line.isEmpty { return .failure(LineProblem("blank line; every line must hold one event")) }
    if line.last == 0x0D {
      return .failure(
        LineProblem("line ends with a carriage return (\\r); lines end with \\n only"))
    }
    // The fast path first, its result wrapped straight into the `Result` (one copy fewer of
    // a large value than going through `decodeLine`'s throwing return).
    if let decoded = LineCodec.decodeCanonical(line, verify: verify, cache: &cache) {
      return .success(decoded)
    }
    do {
      return .success(try LineCodec.decodeStrictly(line, verify: verify))
    } catch {
      return .failure(error)
    }
  }
}

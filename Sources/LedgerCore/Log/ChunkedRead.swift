#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads part of an open regular file in chunks of `LedgerReader.chunkSize`, handing each
/// chunk's unconsumed bytes to a consumer that takes whole lines: the one read loop behind
/// both the full read and the first pass that finds retractions.
enum ChunkedRead {
  /// Reads the bytes from `offset` up to `size`, never more, calling `consume` with the bytes
  /// read and not yet consumed each time more arrive; `consume` returns how many bytes at the
  /// start it consumed (whole lines), or nil to stop reading. A line longer than the buffer
  /// grows it, never beyond what is left of the file.
  ///
  /// Returns the bytes left unconsumed at the end (a torn tail, or nothing), or nil if
  /// `consume` stopped the read. Throws only when the file cannot be read.
  static func read(
    fd: Int32, path: String, from offset: Int, size: Int,
    consume: (UnsafeRawBufferPointer) -> Int?
  ) throws(LedgerError) -> [UInt8]? {
    var capacity = max(1, min(LedgerReader.chunkSize, size - offset))
    var buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: capacity, alignment: 16)
    defer { buffer.deallocate() }
    var filled = 0
    var offset = offset
    while offset < size {
      if filled == capacity {
        let larger = min(capacity * 2, filled + (size - offset))
        let bigger = UnsafeMutableRawBufferPointer.allocate(byteCount: larger, alignment: 16)
        bigger.baseAddress!.copyMemory(from: buffer.baseAddress!, byteCount: filled)
        buffer.deallocate()
        buffer = bigger
        capacity = larger
      }
      let n = pread(
        fd, buffer.baseAddress! + filled, min(capacity - filled, size - offset), off_t(offset))
      if n < 0 {
        if errno == EINTR { continue }
        throw LedgerError(.io, "cannot read: \(String(cString: strerror(errno)))", file: path)
      }
      if n == 0 { break }
      offset += n
      filled += n
      guard
        let consumed = consume(UnsafeRawBufferPointer(start: buffer.baseAddress!, count: filled))
      else { return nil }
      if consumed > 0 {
        memmove(buffer.baseAddress!, buffer.baseAddress! + consumed, filled - consumed)
        filled -= consumed
      }
    }
    return Array(UnsafeRawBufferPointer(start: buffer.baseAddress!, count: filled))
  }
}

import LedgerCore

/// Where a rendered report goes, piece by piece: the renderers write lines to it and it hands
/// them on in chunks of about `chunkSize` bytes, so a report of any length is never held in
/// memory whole (only the model and one chunk are).
///
/// The receiver decides what a chunk becomes: bytes appended to a `String` (the `html`,
/// `markdown` and `csv` properties), or a file written by the command line. This module never
/// writes a file itself.
public struct ReportStream {
  /// The bytes not yet handed on.
  private var buffer: [UInt8] = []
  /// How many bytes are gathered before they are handed on.
  public let chunkSize: Int
  /// Receives each chunk, in order.
  private let receive: ([UInt8]) -> Void

  /// A stream that hands `receive` chunks of about `chunkSize` bytes (the last one may be
  /// shorter, and is handed on by `finish()`).
  public init(chunkSize: Int = 1 << 16, receive: @escaping ([UInt8]) -> Void) {
    self.chunkSize = max(chunkSize, 1)
    self.receive = receive
    buffer.reserveCapacity(self.chunkSize + 1024)
  }

  /// Appends `text`.
  public mutating func append(_ text: String) {
    var text = text
    text.withUTF8 { buffer.append(contentsOf: $0) }
    if buffer.count >= chunkSize { flush() }
  }

  /// Appends `text` and a newline.
  public mutating func line(_ text: String) {
    append(text)
    append("\n")
  }

  /// Appends each of `lines`, each followed by a newline.
  public mutating func lines(_ lines: [String]) {
    for text in lines { line(text) }
  }

  /// Hands on whatever is left; call once, at the end.
  public mutating func finish() {
    flush()
  }

  private mutating func flush() {
    guard !buffer.isEmpty else { return }
    receive(buffer)
    buffer.removeAll(keepingCapacity: true)
  }

  /// Everything `render` writes, as one string (for the properties and the tests); throws
  /// what `render` throws.
  public static func collect(_ render: (inout ReportStream) throws(LedgerError) -> Void)
    throws(LedgerError) -> String
  {
    var bytes: [UInt8] = []
    var stream = ReportStream { bytes.append(contentsOf: $0) }
    try render(&stream)
    stream.finish()
    return String(decoding: bytes, as: UTF8.self)
  }
}

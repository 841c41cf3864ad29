/// The text of a `--note-file`, `--reason-file` or `--text-file`: the file's bytes exactly,
/// checked to be UTF-8, with one final newline (which editors and `echo` add) dropped.
enum TextFile {
  /// What `--help` says about a text file.
  static let help =
    "The file's text exactly (UTF-8), less one final newline; - reads standard input."

  /// The text in `bytes`, read from `path` for `option`.
  static func read(_ bytes: [UInt8], path: String, option: String) throws(CLIError) -> String {
    var bytes = bytes
    if bytes.last == UInt8(ascii: "\n") {
      bytes.removeLast()
      if bytes.last == UInt8(ascii: "\r") { bytes.removeLast() }
    }
    guard let text = String(validating: bytes, as: UTF8.self) else {
      let offset = firstInvalidByte(bytes)
      throw .refused(
        "\(option): the file is not UTF-8 text (bad byte at offset \(offset))", file: name(path),
        hint: "save it as UTF-8")
    }
    if text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) {
      throw .refused("\(option): the file holds no text", file: name(path))
    }
    return text
  }

  static func name(_ path: String) -> String { path == "-" ? "standard input" : path }

  /// The offset of the first byte that does not belong to a valid UTF-8 sequence.
  static func firstInvalidByte(_ bytes: [UInt8]) -> Int {
    var iterator = bytes.makeIterator()
    var parser = Unicode.UTF8.ForwardParser()
    var offset = 0
    while case .valid(let scalar) = parser.parseScalar(from: &iterator) {
      offset += scalar.count
    }
    return offset
  }
}

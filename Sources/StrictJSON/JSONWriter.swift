/// Writes JSON values as UTF-8.
///
/// Every form escapes strings the same way, exactly as Python's
/// `json.dumps(..., ensure_ascii=False)` does: `"` as `\"`, `\` as `\\`, the five short escapes
/// `\n \r \t \b \f`, every other byte below 0x20 as `\u00XX` with lowercase hex, and everything
/// else (including `/`, DEL, U+2028 and all non-ASCII text) as raw UTF-8. Numbers are written as
/// their lexeme.
public enum JSONWriter {
  /// The canonical form, used for hashing: object keys sorted by their UTF-8 bytes (which is
  /// code point order), no whitespace. Byte-identical to Python's
  /// `json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True)`.
  public static func canonical(_ value: JSONValue) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(256)
    write(value, sortKeys: true, into: &out)
    return out
  }

  /// The canonical form (see `canonical(_:)`) as a string.
  public static func canonicalString(_ value: JSONValue) -> String {
    String(decoding: canonical(value), as: UTF8.self)
  }

  /// Appends the compact form: members in their stored order, no whitespace. This is how
  /// ledger lines are written.
  public static func compact(_ value: JSONValue, into buffer: inout [UInt8]) {
    write(value, sortKeys: false, into: &buffer)
  }

  /// The compact form (see `compact(_:into:)`) as a string.
  public static func compact(_ value: JSONValue) -> String {
    var out: [UInt8] = []
    out.reserveCapacity(256)
    write(value, sortKeys: false, into: &out)
    return String(decoding: out, as: UTF8.self)
  }

  /// The readable form for `--json` output: members in stored order, two-space indentation,
  /// `"key": value`, each element and member on its own line, empty `[]` and `{}` on one line.
  /// No trailing newline.
  public static func pretty(_ value: JSONValue) -> String {
    var out: [UInt8] = []
    out.reserveCapacity(256)
    writePretty(value, indent: 0, into: &out)
    return String(decoding: out, as: UTF8.self)
  }

  // MARK: - Implementation

  private static func write(_ value: JSONValue, sortKeys: Bool, into out: inout [UInt8]) {
    switch value {
    case .null, .bool, .number, .string:
      writeScalar(value, into: &out)
    case .array(let elements):
      out.append(UInt8(ascii: "["))
      for (index, element) in elements.enumerated() {
        if index > 0 { out.append(UInt8(ascii: ",")) }
        write(element, sortKeys: sortKeys, into: &out)
      }
      out.append(UInt8(ascii: "]"))
    case .object(let object):
      out.append(UInt8(ascii: "{"))
      let members = sortKeys ? sortedMembers(object) : object.members
      for (index, member) in members.enumerated() {
        if index > 0 { out.append(UInt8(ascii: ",")) }
        appendString(member.key, to: &out)
        out.append(UInt8(ascii: ":"))
        write(member.value, sortKeys: sortKeys, into: &out)
      }
      out.append(UInt8(ascii: "}"))
    }
  }

  private static func writePretty(_ value: JSONValue, indent: Int, into out: inout [UInt8]) {
    switch value {
    case .null, .bool, .number, .string:
      writeScalar(value, into: &out)
    case .array(let elements):
      if elements.isEmpty {
        out.append(contentsOf: "[]".utf8)
        return
      }
      out.append(UInt8(ascii: "["))
      for (index, element) in elements.enumerated() {
        if index > 0 { out.append(UInt8(ascii: ",")) }
        newline(indent + 2, into: &out)
        writePretty(element, indent: indent + 2, into: &out)
      }
      newline(indent, into: &out)
      out.append(UInt8(ascii: "]"))
    case .object(let object):
      if object.members.isEmpty {
        out.append(contentsOf: "{}".utf8)
        return
      }
      out.append(UInt8(ascii: "{"))
      for (index, member) in object.members.enumerated() {
        if index > 0 { out.append(UInt8(ascii: ",")) }
        newline(indent + 2, into: &out)
        appendString(member.key, to: &out)
        out.append(contentsOf: ": ".utf8)
        writePretty(member.value, indent: indent + 2, into: &out)
      }
      newline(indent, into: &out)
      out.append(UInt8(ascii: "}"))
    }
  }

  private static func newline(_ indent: Int, into out: inout [UInt8]) {
    out.append(UInt8(ascii: "\n"))
    out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: indent))
  }

  private static func writeScalar(_ value: JSONValue, into out: inout [UInt8]) {
    switch value {
    case .null:
      out.append(contentsOf: "null".utf8)
    case .bool(let b):
      out.append(contentsOf: b ? "true".utf8 : "false".utf8)
    case .number(let n):
      out.append(contentsOf: n.lexeme.utf8)
    case .string(let s):
      appendString(s, to: &out)
    case .array, .object:
      preconditionFailure("not a scalar")
    }
  }

  private static func sortedMembers(_ object: JSONObject) -> [JSONMember] {
    object.members.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
  }

  /// Whether byte `b` of a string is written as an escape: `"`, `\` and bytes below 0x20.
  @inline(__always)
  public static func needsEscape(_ b: UInt8) -> Bool {
    b < 0x20 || b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\")
  }

  /// The escape written for byte `b` of a string, where `needsEscape(b)`: `\"`, `\\`, the five
  /// short escapes, or `\u00xx` in lowercase hex.
  public static func escape(_ b: UInt8) -> [UInt8] { escapes[Int(b == 0x5C ? 0x20 : min(b, 0x21))] }

  /// The escapes of bytes 0x00 to 0x1F, then of `\` and of `"`.
  private static let escapes: [[UInt8]] = (0..<0x22).map { (code: Int) -> [UInt8] in
    let hex: [UInt8] = Array("0123456789abcdef".utf8)
    switch code {
    case 0x20: return Array(#"\\"#.utf8)
    case 0x21: return Array(#"\""#.utf8)
    case 0x0A: return Array(#"\n"#.utf8)
    case 0x0D: return Array(#"\r"#.utf8)
    case 0x09: return Array(#"\t"#.utf8)
    case 0x08: return Array(#"\b"#.utf8)
    case 0x0C: return Array(#"\f"#.utf8)
    default: return Array(#"\u00"#.utf8) + [hex[code >> 4], hex[code & 0xF]]
    }
  }

  /// Appends `s` as a quoted, escaped JSON string.
  public static func appendString(_ s: String, to out: inout [UInt8]) {
    out.append(UInt8(ascii: "\""))
    var s = s
    s.withUTF8 { bytes in
      var runStart = 0
      for (k, b) in bytes.enumerated() {
        guard needsEscape(b) else { continue }
        if runStart < k {
          out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<k]))
        }
        out.append(contentsOf: escape(b))
        runStart = k + 1
      }
      if runStart < bytes.count {
        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
      }
    }
    out.append(UInt8(ascii: "\""))
  }
}

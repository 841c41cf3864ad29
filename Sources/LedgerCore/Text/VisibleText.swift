/// User text made safe to show: nothing a user typed can drive a terminal, reorder the words
/// around it or forge a line of output.
///
/// The stored text is never changed; these functions are for human-readable output only
/// (`--json` and CSV carry the exact data). The notation is Swift's: a character that could
/// act instead of showing becomes `\u{` + its code point in upper-case hex + `}`, e.g.
/// `\u{1B}` for ESC and `\u{202E}` for RIGHT-TO-LEFT OVERRIDE. It is unambiguous: a
/// backslash the user typed that is followed by `u{` is itself shown as `\u{5C}`, so every
/// `\u{…}` in the output is an escape. Escaped are:
///
/// - the C0 controls U+0000–U+001F (tab included), except the line breaks a renderer lays
///   out itself (LF, CR LF and CR);
/// - DEL (U+007F) and the C1 controls U+0080–U+009F (NEL and the 8-bit CSI among them);
/// - the bidirectional embeddings, overrides and isolates U+202A–U+202E and U+2066–U+2069,
///   which can reverse the text after them;
/// - LINE SEPARATOR and PARAGRAPH SEPARATOR (U+2028, U+2029), line breaks that are not laid
///   out as such.
///
/// The bidirectional marks U+200E, U+200F and U+061C are kept: they are part of ordinary
/// right-to-left writing and, unlike an override, cannot reorder strong text around them.
/// Everything else — emoji, accents, "£", curly quotes, Welsh and Urdu text — is unchanged.
public enum VisibleText {
  /// What a line break becomes where a value must stay on one line (`line`).
  public static let lineBreakMark = "↵"
  /// The most characters of a user value an error message quotes before cutting it.
  public static let clipLength = 80
  /// The most characters of one error message (after its values are cut).
  public static let messageLength = 600

  /// Whether `scalar` is shown as a `\u{…}` escape rather than as itself.
  public static func isEscaped(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x00...0x1F, 0x7F...0x9F: return true
    case 0x202A...0x202E, 0x2066...0x2069, 0x2028, 0x2029: return true
    default: return false
    }
  }

  /// `\u{1B}` for ESC: the escape of one scalar.
  public static func escape(_ scalar: Unicode.Scalar) -> String {
    "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
  }

  /// `s` with its line breaks (LF, CR LF, CR) kept as they are, for a renderer that lays
  /// them out (Markdown, HTML), and every other dangerous character escaped.
  public static func escaped(_ s: String) -> String {
    render(s, lineBreak: nil)
  }

  /// `s` on one line: each line break (LF, CR LF or CR) becomes `↵`, and every dangerous
  /// character is escaped. For a terminal, where a line break would start a line that reads
  /// as the tool's own.
  public static func line(_ s: String) -> String {
    render(s, lineBreak: lineBreakMark)
  }

  /// `s` on one line (as `line`), cut after `limit` characters (whole characters, never
  /// inside one) with `…`: how an error message quotes a value that may be huge.
  public static func clipped(_ s: String, limit: Int = clipLength) -> String {
    guard s.utf8.count > limit, s.count > limit else { return line(s) }
    return line(String(s.prefix(limit))) + "…"
  }

  /// An error or warning message made safe as a whole, for the one place that prints them:
  /// on one line, each quoted value (`"…"`) and each run of characters without a space cut
  /// after `clipLength` characters with `…`, and the whole cut after `messageLength`.
  /// Messages are built by many modules; cutting here means none of them has to.
  public static func message(_ s: String) -> String {
    if s.utf8.count <= clipLength { return line(s) }
    var out = ""
    var run = 0
    var inQuote = false
    var skipping = false
    var kept = 0
    for c in s {
      let isQuote = c == "\""
      let isSpace = !inQuote && c.isWhitespace && !c.isNewline
      if isQuote || isSpace {
        if isQuote { inQuote.toggle() }
        skipping = false
        run = 0
      } else if skipping {
        continue
      } else if run == clipLength {
        out += "…"
        kept += 1
        skipping = true
        continue
      } else {
        run += 1
      }
      if kept == messageLength {
        out += "…"
        break
      }
      out.append(c)
      kept += 1
    }
    return line(out)
  }

  /// The common walk: line breaks become `lineBreak` (or stay, if nil).
  private static func render(_ s: String, lineBreak: String?) -> String {
    if isPlain(s) { return s }
    var out = ""
    out.reserveCapacity(s.utf8.count + 16)
    let scalars = Array(s.unicodeScalars)
    var i = 0
    while i < scalars.count {
      let scalar = scalars[i]
      switch scalar {
      case "\r", "\n":
        let pair = scalar == "\r" && i + 1 < scalars.count && scalars[i + 1] == "\n"
        if let lineBreak {
          out += lineBreak
        } else {
          out.unicodeScalars.append(scalar)
          if pair { out.unicodeScalars.append("\n") }
        }
        if pair { i += 1 }
      case "\\"
      where i + 2 < scalars.count && scalars[i + 1] == "u" && scalars[i + 2] == "{":
        out += escape(scalar)
      default:
        if isEscaped(scalar) {
          out += escape(scalar)
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
      i += 1
    }
    return out
  }

  /// Whether `s` is shown as it is, without a walk: no backslash, no line break, and no
  /// escaped character, judged on the UTF-8 bytes. ASCII other than the C0 controls, DEL and
  /// `\` is plain; so is any other character except the C1 controls (encoded `C2 80`–`C2 9F`)
  /// and U+2028–U+202E and U+2066–U+2069 (encoded `E2 80 A8`–`E2 80 AE` and
  /// `E2 81 A6`–`E2 81 A9`), so "£", curly quotes, accents and Urdu text stay on the fast path.
  static func isPlain(_ s: String) -> Bool {
    var utf8 = s.utf8.makeIterator()
    var previous: (UInt8, UInt8) = (0, 0)
    while let b = utf8.next() {
      switch b {
      case 0x20..<0x7F where b != 0x5C:
        break
      case 0x80...0x9F where previous.1 == 0xC2:
        return false
      case 0xA8...0xAE where previous == (0xE2, 0x80), 0xA6...0xA9 where previous == (0xE2, 0x81):
        return false
      case 0x80...:
        break
      default:
        return false
      }
      previous = (previous.1, b)
    }
    return true
  }
}

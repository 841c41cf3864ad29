import LedgerCore

/// Markdown building blocks: escaping of user text and GitHub-style tables.
enum MarkdownText {
  /// User text made inert in Markdown: every character that could start markup (`\`, `` ` ``,
  /// `*`, `_`, `[`, `]`, `<`, `>`, `|`, `&`, `#`, `~`) is backslash-escaped, so
  /// `<script>` shows as text and a `|` cannot split a table cell; line breaks become `<br>`
  /// so a note stays in its cell. Control and bidi characters are first shown as visible
  /// escapes (`VisibleText.escaped`, e.g. `\u{1B}`); the backslash of such an escape is left
  /// single, since Markdown shows a backslash before a letter as it is.
  ///
  /// Everything it changes is ASCII, so the work is done on the UTF-8 bytes, and text with
  /// none of those characters is returned as it is.
  static func escape(_ s: String) -> String {
    let visible = VisibleText.escaped(s)
    func special(_ b: UInt8) -> Bool {
      switch b {
      case 0x5C, 0x60, 0x2A, 0x5F, 0x5B, 0x5D, 0x3C, 0x3E, 0x7C, 0x26, 0x23, 0x7E, 0x0D, 0x0A:
        return true
      default: return false
      }
    }
    guard visible.utf8.contains(where: special) else { return visible }
    let bytes = Array(visible.utf8)
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count + 32)
    var previousCR = false
    for (i, b) in bytes.enumerated() {
      switch b {
      case 0x5C where i + 1 < bytes.count && bytes[i + 1] == 0x75:  // `\u`: an escape's own
        out.append(b)
      case 0x0D:
        out += "<br>".utf8
        previousCR = true
        continue
      case 0x0A:
        if !previousCR { out += "<br>".utf8 }
      case 0x5C, 0x60, 0x2A, 0x5F, 0x5B, 0x5D, 0x3C, 0x3E, 0x7C, 0x26, 0x23, 0x7E:
        out.append(0x5C)
        out.append(b)
      default:
        out.append(b)
      }
      previousCR = false
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// User text that starts a line (a quoted recommendation): as `escape`, and a leading `-`,
  /// `+`, `=` or `1.`/`1)` is escaped too, so it cannot turn into a list or a heading.
  static func escapeLine(_ s: String) -> String {
    var out = escape(s)
    let digits = out.prefix { $0.isASCII && $0.isNumber }
    if let first = out.first, "-+=".contains(first) {
      out.insert("\\", at: out.startIndex)
    } else if !digits.isEmpty, let next = out.dropFirst(digits.count).first,
      next == "." || next == ")"
    {
      out.insert("\\", at: out.index(out.startIndex, offsetBy: digits.count))
    }
    return out
  }

  /// Text as inline code: the backtick fence is longer than any run of backticks inside.
  static func code(_ s: String) -> String {
    var longest = 0
    var run = 0
    for c in s {
      run = c == "`" ? run + 1 : 0
      longest = max(longest, run)
    }
    let fence = String(repeating: "`", count: longest + 1)
    return fence + (longest > 0 ? " " + s + " " : s) + fence
  }

  /// Column alignment.
  enum Align {
    case left
    case right
  }

  /// A table: a header row, the delimiter row and one row per entry. Cells must already be
  /// escaped.
  static func table(_ headers: [String], _ rows: [[String]], align: [Align] = []) -> [String] {
    let delimiters = headers.indices.map { i in
      (i < align.count && align[i] == .right) ? "---:" : "---"
    }
    return [row(headers), row(delimiters)] + rows.map(row)
  }

  /// One table row of already-escaped cells (`table` writes a header, a delimiter and these).
  static func row(_ cells: [String]) -> String { "| " + cells.joined(separator: " | ") + " |" }
}

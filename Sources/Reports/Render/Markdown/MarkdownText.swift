import LedgerCore

/// Markdown building blocks: escaping of user text and GitHub-style tables.
enum MarkdownText {
  /// User text made inert in Markdown: every character that could start markup (`\`, `` ` ``,
  /// `*`, `_`, `[`, `]`, `<`, `>`, `|`, `&`, `#`, `~`) is backslash-escaped, so
  /// `<script>` shows as text and a `|` cannot split a table cell; line breaks become `<br>`
  /// so a note stays in its cell. Control and bidi characters are first shown as visible
  /// escapes (`VisibleText.escaped`, e.g. `\u{1B}`); the backslash of such an escape is left
  /// single, since Markdown shows a backslash before a letter as it is.
  static func escape(_ s: String) -> String {
    var out = ""
    out.reserveCapacity(s.utf8.count)
    var previousCR = false
    let scalars = Array(VisibleText.escaped(s).unicodeScalars)
    for (i, scalar) in scalars.enumerated() {
      switch scalar {
      case "\\" where i + 1 < scalars.count && scalars[i + 1] == "u":
        out.unicodeScalars.append(scalar)
      case "\r":
        out += "<br>"
        previousCR = true
        continue
      case "\n":
        if !previousCR { out += "<br>" }
      case "\\", "`", "*", "_", "[", "]", "<", ">", "|", "&", "#", "~":
        out += "\\"
        out.unicodeScalars.append(scalar)
      default:
        out.unicodeScalars.append(scalar)
      }
      previousCR = false
    }
    return out
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

import LedgerCore

/// HTML building blocks: escaping of user text and small element helpers.
enum HTMLText {
  /// Text made inert in HTML, in element content and in quoted attribute values alike:
  /// `&`, `<`, `>`, `"` and `'` become character references, and control and bidi characters
  /// (C0 other than line breaks, DEL, C1, embeddings, overrides and isolates) are shown as
  /// visible escapes such as `\u{202E}` (`VisibleText.escaped`).
  static func escape(_ s: String) -> String {
    inert(s, lineBreaks: false)
  }

  /// User text in element content, escaped and isolated in a `<bdi>`: right-to-left text in
  /// it (Urdu, Arabic) cannot reorder the page's own words around it.
  static func user(_ s: String) -> String {
    "<bdi>" + escape(s) + "</bdi>"
  }

  /// As `user`, with each line break as `<br>` (`lines`), for notes.
  static func userLines(_ s: String) -> String {
    "<bdi>" + lines(s) + "</bdi>"
  }

  /// Writes `user(s)` to `stream`, without making the string.
  static func append(user s: String, to stream: inout ReportStream) {
    stream.append("<bdi>")
    stream.append(escape(s))
    stream.append("</bdi>")
  }

  /// Writes `userLines(s)` to `stream`, without making the string.
  static func append(userLines s: String, to stream: inout ReportStream) {
    stream.append("<bdi>")
    stream.append(lines(s))
    stream.append("</bdi>")
  }

  /// Whether `s` is inert as it is, in one pass over its bytes: none of the five characters,
  /// and shown by `VisibleText` as it is (its `isPlain` rule: no C0 control, DEL or `\`, no
  /// C1 control, no U+2028–U+202E or U+2066–U+2069), so "→", "£" and accents stay on it.
  private static func isInert(_ s: String) -> Bool {
    var s = s
    return s.withUTF8 { bytes in
      var previous: (UInt8, UInt8) = (0, 0)
      for b in bytes {
        switch b {
        case 0x26, 0x3C, 0x3E, 0x22, 0x27, 0x5C: return false
        case 0x20..<0x7F: break
        case 0x80...0x9F where previous.1 == 0xC2: return false
        case 0xA8...0xAE where previous == (0xE2, 0x80), 0xA6...0xA9 where previous == (0xE2, 0x81):
          return false
        case 0x80...: break
        default: return false
        }
        previous = (previous.1, b)
      }
      return true
    }
  }

  /// As `escape`, with each line break (CRLF, CR or LF) as `<br>`, for notes.
  static func lines(_ s: String) -> String {
    inert(s, lineBreaks: true)
  }

  /// `escape`, and with `lineBreaks` also `lines`: the five characters become references
  /// and, if asked, each CRLF, CR or LF one `<br>`. All of them are ASCII, so the work is
  /// done on the UTF-8 bytes, and text with none of them (most text) is returned as it is.
  private static func inert(_ s: String, lineBreaks: Bool) -> String {
    if isInert(s) { return s }
    let visible = VisibleText.escaped(s)
    func special(_ b: UInt8) -> Bool {
      switch b {
      case 0x26, 0x3C, 0x3E, 0x22, 0x27: return true
      case 0x0A, 0x0D: return lineBreaks
      default: return false
      }
    }
    guard visible.utf8.contains(where: special) else { return visible }
    var out: [UInt8] = []
    out.reserveCapacity(visible.utf8.count + 32)
    var previousCR = false
    for b in visible.utf8 {
      switch b {
      case 0x26: out += "&amp;".utf8
      case 0x3C: out += "&lt;".utf8
      case 0x3E: out += "&gt;".utf8
      case 0x22: out += "&quot;".utf8
      case 0x27: out += "&#39;".utf8
      case 0x0D where lineBreaks: out += "<br>".utf8
      case 0x0A where lineBreaks: if !previousCR { out += "<br>".utf8 }
      default: out.append(b)
      }
      previousCR = b == 0x0D
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// `<tag attributes>escaped text</tag>`.
  static func element(_ tag: String, _ text: String, class name: String? = nil) -> String {
    let attribute = name.map { " class=\"\(escape($0))\"" } ?? ""
    return "<\(tag)\(attribute)>\(lines(text))</\(tag)>"
  }

  /// A link, only for `http:` and `https:` addresses (anything else, such as `javascript:`,
  /// is shown as text). `rel` keeps the page from being told where the reader came from.
  static func link(_ url: String, text: String? = nil) -> String {
    let lower = url.lowercased()
    guard lower.hasPrefix("https://") || lower.hasPrefix("http://") else {
      return user(text ?? url)
    }
    return "<a href=\"\(escape(url))\" rel=\"noreferrer noopener\">\(user(text ?? url))</a>"
  }

  /// A RAG rating as a word in a badge: the word carries the meaning, the colour repeats it.
  static func rag(_ word: String) -> String {
    "<span class=\"rag rag-\(escape(word.lowercased()))\">\(escape(word))</span>"
  }
}

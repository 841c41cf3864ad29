/// HTML building blocks: escaping of user text and small element helpers.
enum HTMLText {
  /// Text made inert in HTML, in element content and in quoted attribute values alike:
  /// `&`, `<`, `>`, `"` and `'` become character references, and control characters other
  /// than tab and line breaks (not allowed in HTML) become U+FFFD.
  static func escape(_ s: String) -> String {
    var out = ""
    out.reserveCapacity(s.utf8.count)
    for scalar in s.unicodeScalars {
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
      default:
        if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) {
          out += "\u{FFFD}"
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out
  }

  /// As `escape`, with each line break (CRLF, CR or LF) as `<br>`, for notes.
  static func lines(_ s: String) -> String {
    var out = ""
    var previousCR = false
    for scalar in escape(s).unicodeScalars {
      if scalar == "\r" {
        out += "<br>"
      } else if scalar == "\n" {
        if !previousCR { out += "<br>" }
      } else {
        out.unicodeScalars.append(scalar)
      }
      previousCR = scalar == "\r"
    }
    return out
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
      return escape(text ?? url)
    }
    return "<a href=\"\(escape(url))\" rel=\"noreferrer noopener\">\(escape(text ?? url))</a>"
  }

  /// A RAG rating as a word in a badge: the word carries the meaning, the colour repeats it.
  static func rag(_ word: String) -> String {
    "<span class=\"rag rag-\(escape(word.lowercased()))\">\(escape(word))</span>"
  }
}

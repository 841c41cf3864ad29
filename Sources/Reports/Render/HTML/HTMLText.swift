import LedgerCore

/// HTML building blocks: escaping of user text and small element helpers.
enum HTMLText {
  /// Text made inert in HTML, in element content and in quoted attribute values alike:
  /// `&`, `<`, `>`, `"` and `'` become character references, and control and bidi characters
  /// (C0 other than line breaks, DEL, C1, embeddings, overrides and isolates) are shown as
  /// visible escapes such as `\u{202E}` (`VisibleText.escaped`).
  static func escape(_ s: String) -> String {
    var out = ""
    out.reserveCapacity(s.utf8.count)
    for scalar in VisibleText.escaped(s).unicodeScalars {
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out
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
      return user(text ?? url)
    }
    return "<a href=\"\(escape(url))\" rel=\"noreferrer noopener\">\(user(text ?? url))</a>"
  }

  /// A RAG rating as a word in a badge: the word carries the meaning, the colour repeats it.
  static func rag(_ word: String) -> String {
    "<span class=\"rag rag-\(escape(word.lowercased()))\">\(escape(word))</span>"
  }
}

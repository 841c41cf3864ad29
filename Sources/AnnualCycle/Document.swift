import LedgerCore

/// A small structured document, rendered as Markdown or as one self-contained, printable HTML
/// page: the review and the self-evaluation are drafts a person edits, so both are plain.
public struct Document: Sendable {
  /// One block of the document.
  public enum Block: Sendable {
    /// A heading of level 1–3.
    case heading(Int, String)
    /// A paragraph of text.
    case paragraph(String)
    /// A bulleted list.
    case list([String])
  }

  /// The blocks, in order.
  public var blocks: [Block] = []

  /// An empty document.
  public init() {}

  /// Markdown; user text is shown visibly escaped (`VisibleText`), so it cannot act on a
  /// terminal or reorder the page.
  public var markdown: String {
    var out: [String] = []
    for block in blocks {
      switch block {
      case .heading(let level, let text):
        out.append(String(repeating: "#", count: level) + " " + VisibleText.line(text))
      case .paragraph(let text):
        out.append(VisibleText.line(text))
      case .list(let items):
        out.append(items.map { "- " + VisibleText.line($0) }.joined(separator: "\n"))
      }
    }
    return out.joined(separator: "\n\n") + "\n"
  }

  /// One HTML page, no scripts, no network, printable on A4.
  public func html(title: String) -> String {
    var out = [
      "<!DOCTYPE html>", "<html lang=\"en-GB\">", "<head>", "<meta charset=\"utf-8\">",
      "<title>\(Self.escape(title))</title>",
      "<style>body{font-family:Arial,Helvetica,sans-serif;max-width:48em;margin:2em auto;"
        + "line-height:1.45;color:#111}h1{font-size:1.6em}h2{font-size:1.3em;border-bottom:1px "
        + "solid #999;margin-top:1.6em}h3{font-size:1.1em}li{margin:.2em 0}"
        + "@page{size:A4;margin:18mm}@media print{body{margin:0}}</style>",
      "</head>", "<body>",
    ]
    for block in blocks {
      switch block {
      case .heading(let level, let text):
        out.append("<h\(level)><bdi>\(Self.escape(text))</bdi></h\(level)>")
      case .paragraph(let text):
        out.append("<p dir=\"auto\">\(Self.escape(text))</p>")
      case .list(let items):
        out.append("<ul>")
        for item in items { out.append("<li dir=\"auto\">\(Self.escape(item))</li>") }
        out.append("</ul>")
      }
    }
    out += ["</body>", "</html>"]
    return out.joined(separator: "\n") + "\n"
  }

  /// Text escaped for HTML element content and attribute values.
  static func escape(_ s: String) -> String {
    var out = ""
    for ch in s.unicodeScalars {
      switch ch {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      default: out.unicodeScalars.append(ch)
      }
    }
    return out
  }
}

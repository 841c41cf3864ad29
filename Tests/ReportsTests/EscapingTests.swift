import Foundation
import LedgerCore
import LedgerTestSupport
import Testing

@testable import Reports

/// Hostile text in every free-text field must come out as text in every form.
@Suite("Escaping of hostile text")
struct EscapingTests {
  static let script = "<script>alert(1)</script>"
  static let img = "\"><img src=x onerror=alert(1)>"

  static let replay: Replay = {
    var log = LogBuilder.plan(title: "Plan \(script)", authority: "Council & 'Co' \(img)")
    log.seed(actions: ["A1", "A2"], text: "Risk \(img) | pipes | and *stars*")
    log.add(
      "2026-01-06T09:00:00Z", .actionProgress(id: "A1", note: "Note \(script) then \(img)"),
      by: Actor(name: "Eve \(script)", role: "Role \(img)"))
    log.add(
      "2026-01-07T09:00:00Z",
      .actionEvidence(id: "A2", note: "Evidence\nover two lines", link: "javascript:alert(1)"))
    log.add(
      "2026-01-08T09:00:00Z",
      .actionAmended(
        id: "A2", title: "Title \(script)", owner: nil, due: Fixtures.date("2026-04-30"),
        reason: "Why \(img)"))
    log.add("2026-01-09T09:00:00Z", .boardMeeting(date: Fixtures.date("2026-01-09"), note: img))
    log.add("2026-01-10T09:00:00Z", .actionRated(id: "A1", rag: .red, note: "=HYPERLINK(\"x\")"))
    return log.replay
  }()

  static let model = try! BoardReport.model(
    replay, asOf: Fixtures.time("2026-01-31"), since: .instant(Fixtures.time("2026-01-01")))

  @Test("HTML: the escaped forms are there and no raw <script or <img")
  func html() throws {
    let html = try Self.model.html
    #expect(!html.contains("<script"))
    #expect(!html.contains("<img"))
    #expect(!html.contains("onerror=alert(1)>"))
    #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
    #expect(html.contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"))
    #expect(html.contains("Council &amp; &#39;Co&#39;"))
    #expect(html.contains("Evidence<br>over two lines"))
    #expect(!html.contains("href=\"javascript:"), "only http(s) links are made links")
    #expect(html.contains("<title>Plan &lt;script&gt;alert(1)&lt;/script&gt; — board report"))
  }

  @Test("text with none of the five characters is shown as VisibleText shows it")
  func htmlEscapeWithoutSpecials() {
    // Left as it is: printable ASCII, "→", "£", accents, right-to-left text, a lone `\`.
    for plain in ["A2.1 RAG: green → amber", "£1,200 café", "مرحبا", #"C:\plans"#, ""] {
      #expect(HTMLText.escape(plain) == plain)
    }
    // Escaped: a C1 control, a bidi override or isolate, a line separator, a `\u{` sequence.
    for dangerous in ["x\u{9B}y", "a\u{202E}b", "\u{2066}c", "d\u{2028}e", #"\u{41}"#, "tab\t"] {
      #expect(HTMLText.escape(dangerous) == VisibleText.escaped(dangerous))
      #expect(HTMLText.escape(dangerous) != dangerous)
    }
  }

  @Test("HTML escaping of each special character")
  func htmlEscape() {
    #expect(HTMLText.escape("a&b<c>d\"e'f") == "a&amp;b&lt;c&gt;d&quot;e&#39;f")
    #expect(HTMLText.escape("bell\u{07}") == #"bell\u{7}"#)
    #expect(HTMLText.escape("\u{202E}<b>") == #"\u{202E}&lt;b&gt;"#)
    #expect(HTMLText.user("مرحبا, Sara") == "<bdi>مرحبا, Sara</bdi>")
    #expect(HTMLText.userLines("a\nb") == "<bdi>a<br>b</bdi>")
    #expect(HTMLText.lines("one\r\ntwo\nthree\rfour") == "one<br>two<br>three<br>four")
    #expect(
      HTMLText.link("https://example.org/?a=1&b=\"2\"").contains(
        "href=\"https://example.org/?a=1&amp;b=&quot;2&quot;\""))
    #expect(HTMLText.link("javascript:alert(1)") == "<bdi>javascript:alert(1)</bdi>")
  }

  @Test("Markdown: controls and bidi characters show as \\u{…} escapes, backslashes still escaped")
  func markdownControls() {
    #expect(MarkdownText.escape("a\u{1B}[31mb") == #"a\u{1B}\[31mb"#)
    #expect(MarkdownText.escape("x\u{202E}y\u{9B}") == #"x\u{202E}y\u{9B}"#)
    #expect(MarkdownText.escape(#"C:\x*"#) == #"C:\\x\*"#)
    #expect(MarkdownText.escape(#"typed \u{1B}"#) == #"typed \u{5C}u{1B}"#)
    #expect(MarkdownText.escape("one\r\ntwo") == "one<br>two")
  }

  @Test("Markdown: no raw HTML, pipes and newlines cannot break a table")
  func markdown() throws {
    let md = try Self.model.markdown
    // The only unescaped "<" are the report's own line breaks.
    let withoutBreaks = md.replacingOccurrences(of: "<br>", with: "")
    var previous: Character = " "
    for c in withoutBreaks {
      #expect(c != "<" || previous == "\\", "an unescaped < in the Markdown")
      previous = c
    }
    #expect(md.contains("\\<script\\>alert(1)\\</script\\>"))
    #expect(md.contains("Risk \"\\>\\<img src=x onerror=alert(1)\\> \\| pipes \\| and \\*stars\\*"))
    #expect(md.contains("Evidence<br>over two lines"))
    // Every table row still has as many cells as its header.
    func pipes(_ line: Substring) -> Int {
      var count = 0
      var escaped = false
      for c in line {
        if c == "|" && !escaped { count += 1 }
        escaped = c == "\\" && !escaped
      }
      return count
    }
    let lines = md.split(separator: "\n", omittingEmptySubsequences: false)
    var expected: Int?
    var rows = 0
    for (i, line) in lines.enumerated() {
      guard line.hasPrefix("|") else {
        expected = nil
        continue
      }
      if expected == nil, i + 1 < lines.count, lines[i + 1].hasPrefix("| ---") {
        expected = pipes(line)
      }
      #expect(pipes(line) == expected, "row \(i + 1): \(line)")
      rows += 1
    }
    #expect(rows > 20)
    #expect(MarkdownText.escapeLine("1. not a list") == "1\\. not a list")
    #expect(MarkdownText.escapeLine("- not a list") == "\\- not a list")
    #expect(MarkdownText.escape("a|b\nc") == "a\\|b<br>c")
  }

  @Test("CSV: formulas are neutralised, quotes doubled")
  func csv() {
    let csv = Self.model.csv
    // As the latest update and again as the work done (the latest progress note).
    #expect(csv.components(separatedBy: ",\"'=HYPERLINK(\"\"x\"\")\",").count == 3)
    #expect(CSVText.field("a,b") == "\"a,b\"")
    #expect(CSVText.field("say \"hi\"") == "\"say \"\"hi\"\"\"")
    #expect(CSVText.field("two\nlines") == "\"two\nlines\"")
    #expect(CSVText.field("plain £ ’") == "plain £ ’")
    #expect(CSVText.text("+44 20") == "'+44 20")
    #expect(CSVText.text("@sum") == "'@sum")
    #expect(CSVText.text("fine") == "fine")
  }
}

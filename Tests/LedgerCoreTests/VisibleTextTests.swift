import LedgerCore
import Testing

/// The escaping of user text for human-readable output, against hand-written expectations.
@Suite("Visible text: controls and bidi characters shown, never acted on")
struct VisibleTextTests {
  /// One character and how it must be shown, written out by hand.
  struct Case: Sendable, CustomTestStringConvertible {
    var raw: String
    var shown: String
    var testDescription: String { shown }
  }

  static let cases: [Case] = [
    Case(raw: "\u{0}", shown: #"\u{0}"#), Case(raw: "\u{7}", shown: #"\u{7}"#),
    Case(raw: "\u{8}", shown: #"\u{8}"#), Case(raw: "\t", shown: #"\u{9}"#),
    Case(raw: "\u{B}", shown: #"\u{B}"#), Case(raw: "\u{C}", shown: #"\u{C}"#),
    Case(raw: "\u{1B}", shown: #"\u{1B}"#), Case(raw: "\u{1F}", shown: #"\u{1F}"#),
    Case(raw: "\u{7F}", shown: #"\u{7F}"#), Case(raw: "\u{80}", shown: #"\u{80}"#),
    Case(raw: "\u{85}", shown: #"\u{85}"#), Case(raw: "\u{9B}", shown: #"\u{9B}"#),
    Case(raw: "\u{9F}", shown: #"\u{9F}"#), Case(raw: "\u{202A}", shown: #"\u{202A}"#),
    Case(raw: "\u{202B}", shown: #"\u{202B}"#), Case(raw: "\u{202C}", shown: #"\u{202C}"#),
    Case(raw: "\u{202D}", shown: #"\u{202D}"#), Case(raw: "\u{202E}", shown: #"\u{202E}"#),
    Case(raw: "\u{2066}", shown: #"\u{2066}"#), Case(raw: "\u{2067}", shown: #"\u{2067}"#),
    Case(raw: "\u{2068}", shown: #"\u{2068}"#), Case(raw: "\u{2069}", shown: #"\u{2069}"#),
    Case(raw: "\u{2028}", shown: #"\u{2028}"#), Case(raw: "\u{2029}", shown: #"\u{2029}"#),
  ]

  @Test("each dangerous character becomes a \\u{…} escape, in both forms", arguments: cases)
  func escapesEachClass(_ c: Case) {
    #expect(VisibleText.escaped("a" + c.raw + "b") == "a" + c.shown + "b")
    #expect(VisibleText.line("a" + c.raw + "b") == "a" + c.shown + "b")
  }

  @Test("beside non-ASCII text, every escaped character is still escaped and no other is")
  func nonASCIINeighbours() {
    let values =
      Array(0x00...0x2FF) + Array(0x2000...0x20FF) + [0x061C, 0x4E2D, 0xFEFF, 0x1F600]
    for value in values {
      guard let scalar = Unicode.Scalar(UInt32(value)), scalar != "\n", scalar != "\r",
        scalar != "\\"
      else { continue }
      let raw = "£“" + String(scalar) + "”é"
      let shown = VisibleText.escaped(raw)
      if VisibleText.isEscaped(scalar) {
        #expect(shown == "£“" + VisibleText.escape(scalar) + "”é", "U+\(value)")
      } else {
        #expect(shown == raw, "U+\(value)")
      }
    }
  }

  @Test("every C0 but the line breaks, DEL and every C1 is escaped to printable ASCII")
  func wholeRanges() {
    let scalars = (0x00...0x1F).filter { $0 != 0x0A && $0 != 0x0D } + Array(0x7F...0x9F)
    for value in scalars {
      let shown = VisibleText.line(String(Unicode.Scalar(UInt8(value))))
      #expect(shown.hasPrefix(#"\u{"#) && shown.hasSuffix("}"), "U+\(value)")
      #expect(shown.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F }, "U+\(value)")
    }
  }

  @Test("a terminal attack comes out inert")
  func terminalAttack() {
    let attack = "\u{1B}[2J\u{1B}[31mred\u{1B}]0;title\u{7}ok\u{8}\u{8}\rX"
    #expect(
      VisibleText.line(attack)
        == #"\u{1B}[2J\u{1B}[31mred\u{1B}]0;title\u{7}ok\u{8}\u{8}↵X"#)
  }

  @Test("line breaks: kept by escaped, one ↵ each (CR LF counts once) on one line")
  func lineBreaks() {
    #expect(VisibleText.escaped("a\nb\r\nc\rd") == "a\nb\r\nc\rd")
    #expect(VisibleText.line("a\nb\r\nc\rd") == "a↵b↵c↵d")
    #expect(VisibleText.line("a\r\n\nb") == "a↵↵b")
    #expect(VisibleText.line("\n") == "↵")
    let forged = "ok\n  99  2026-01-01 09:00  Helen Marsh  signed off A1.3"
    #expect(!VisibleText.line(forged).contains("\n"))
  }

  @Test("a backslash the user typed before u{ is escaped, so every \\u{…} shown is an escape")
  func backslashes() {
    #expect(VisibleText.line(#"\u{1B}"#) == #"\u{5C}u{1B}"#)
    #expect(VisibleText.line("\\\u{1B}") == #"\\u{1B}"#)
    #expect(VisibleText.line(#"S:\Shared\unit plans"#) == #"S:\Shared\unit plans"#)
    #expect(VisibleText.line(#"ends with \u"#) == #"ends with \u"#)
    #expect(VisibleText.line(#"\\"#) == #"\\"#)
  }

  static let safe = [
    "Daily MASH triage meeting", "Head of Service, Front Door", "£1,500 — “curly” ‘quotes’",
    "Cyngor Bwrdeistref Sirol Rhondda Cynon Taf: ŵ ŷ â", "بچوں کی سماجی خدمات کا منصوبہ",
    "نوٹ\u{200F} (RLM) and \u{200E}LRM and \u{61C}ALM", "می\u{200C}خواهم (ZWNJ)",
    "👩🏽‍⚕️ 🏴󠁧󠁢󠁷󠁬󠁳󠁿 👍🏾 🇬🇧", "e\u{301}te\u{301}", "", " ", "~!@#$%^&*()_+{}[]|:;'<>?,./`",
  ]

  @Test("already safe text is unchanged byte for byte", arguments: safe)
  func safeTextUnchanged(_ s: String) {
    #expect(Array(VisibleText.escaped(s).utf8) == Array(s.utf8))
    #expect(Array(VisibleText.line(s).utf8) == Array(s.utf8))
    #expect(Array(VisibleText.clipped(s).utf8) == Array(s.utf8))
    #expect(Array(VisibleText.message(s).utf8) == Array(s.utf8))
  }

  @Test("clipped: a 100 000-character value is cut after 80 characters with an ellipsis")
  func clipsLongValues() {
    let huge = String(repeating: "A", count: 100_000)
    #expect(VisibleText.clipped(huge) == String(repeating: "A", count: 80) + "…")
    #expect(VisibleText.clipped(String(repeating: "A", count: 80)).count == 80)
    #expect(VisibleText.clipped("abcdef", limit: 3) == "abc…")
  }

  @Test("clipped cuts between characters, never inside one")
  func clipsAtGraphemes() {
    let nurse = "👩🏽‍⚕️"
    let cut = VisibleText.clipped(String(repeating: nurse, count: 100))
    #expect(cut == String(repeating: nurse, count: 80) + "…")
    #expect(VisibleText.clipped("e\u{301}e\u{301}e\u{301}", limit: 2) == "e\u{301}e\u{301}…")
    #expect(VisibleText.clipped("ab\r\ncd", limit: 3) == "ab↵…")
  }

  @Test("message: quoted values and long words cut, the whole bounded, on one line")
  func messages() {
    let huge = String(repeating: "A", count: 100_000)
    let a80 = String(repeating: "A", count: 80)
    #expect(
      VisibleText.message("ID \"\(huge)\" is longer than 64 characters")
        == "ID \"\(a80)…\" is longer than 64 characters")
    #expect(
      VisibleText.message("there is no action \(huge) here")
        == "there is no action \(a80)… here")
    let spaced = VisibleText.message(
      "--role is missing for " + String(repeating: "ab ", count: 50_000))
    #expect(spaced.count <= VisibleText.messageLength + 1)
    #expect(spaced.hasSuffix("…"))
    #expect(VisibleText.message("note \"two\nlines\u{1B}[2J\"") == #"note "two↵lines\u{1B}[2J""#)
    let quoted = String(repeating: "word ", count: 40)
    #expect(
      VisibleText.message("title \"\(quoted)\" taken")
        == "title \"\(quoted.prefix(80))…\" taken")
  }
}

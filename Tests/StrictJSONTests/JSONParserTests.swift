import StrictJSON
import Testing

/// One input that must be rejected, where, and with what message.
struct Rejection: CustomTestStringConvertible, Sendable {
  var input: [UInt8]
  var offset: Int
  var message: String

  init(_ text: String, at offset: Int, _ message: String) {
    self.input = Array(text.utf8)
    self.offset = offset
    self.message = message
  }

  init(bytes: [UInt8], at offset: Int, _ message: String) {
    self.input = bytes
    self.offset = offset
    self.message = message
  }

  var testDescription: String {
    String(decoding: input.prefix(40), as: UTF8.self).debugDescription
  }
}

private let rejections: [Rejection] = [
  Rejection("", at: 0, "unexpected end of input"),
  Rejection("  \n", at: 3, "unexpected end of input"),
  Rejection("[1,]", at: 2, "trailing comma before ']'"),
  Rejection("{\"a\":1,}", at: 6, "trailing comma before '}'"),
  Rejection("{\"a\":1,\"a\":2}", at: 7, "duplicate key \"a\""),
  Rejection("{\"id\":1,\"x\":{},\"i\\u0064\":2}", at: 15, "duplicate key \"id\""),
  Rejection("[01]", at: 1, "number 01 has a leading zero"),
  Rejection("-012", at: 1, "number -012 has a leading zero"),
  Rejection("+1", at: 0, "unexpected character '+' (a number cannot start with '+')"),
  Rejection(".5", at: 0, "unexpected character '.' (a number needs a digit before '.')"),
  Rejection("[1.]", at: 3, "number 1. needs a digit after the decimal point"),
  Rejection("1e", at: 2, "number 1e needs a digit in its exponent"),
  Rejection("1E+", at: 3, "number 1E+ needs a digit in its exponent"),
  Rejection("-", at: 1, "number - needs a digit after the minus sign"),
  Rejection("[NaN]", at: 1, "NaN is not allowed in JSON"),
  Rejection("Infinity", at: 0, "Infinity is not allowed in JSON"),
  Rejection("[-Infinity]", at: 1, "-Infinity is not allowed in JSON"),
  Rejection("[tru]", at: 1, "invalid literal 'tru' (JSON has only true, false and null)"),
  Rejection("x", at: 0, "unexpected character 'x'"),
  Rejection("[1 x]", at: 3, "expected ',' or ']' but found 'x'"),
  Rejection("{\"a\":1 \"b\":2}", at: 7, "expected ',' or '}' but found '\"'"),
  Rejection("{\"a\" 1}", at: 5, "expected ':' after key \"a\" but found '1'"),
  Rejection("{1:2}", at: 1, "expected a string key but found '1'"),
  Rejection("{'a':1}", at: 1, "expected a string key but found \"'\""),
  Rejection("[1,2", at: 4, "unexpected end of input"),
  Rejection("\"abc", at: 4, "unexpected end of input in a string"),
  Rejection("[1]x", at: 3, "unexpected data after the JSON value"),
  Rejection("1 2", at: 2, "unexpected data after the JSON value"),
  Rejection("\"a\nb\"", at: 2, "unescaped control character U+000A in string"),
  Rejection("[\"a\u{0}\"]", at: 3, "unescaped control character U+0000 in string"),
  Rejection("\"\\x\"", at: 1, "invalid escape \\x"),
  Rejection("\"\\u12G4\"", at: 1, "invalid escape \\u12G4 (\\u needs 4 hex digits)"),
  Rejection("[\"\\ud800\"]", at: 2, "lone surrogate \\ud800"),
  Rejection("\"\\uDC00x\"", at: 1, "lone surrogate \\uDC00"),
  Rejection("\"\\ud800\\u0041\"", at: 1, "lone surrogate \\ud800"),
  Rejection("\"\\ud800\\ud800\"", at: 1, "lone surrogate \\ud800"),
  Rejection("\"\\ud800x\"", at: 1, "lone surrogate \\ud800"),
  Rejection("\u{C}1", at: 0, "unexpected character U+000C"),
  Rejection("\u{A0}1", at: 0, "unexpected character '\u{A0}' (U+00A0)"),
  Rejection(bytes: [0x22, 0x61, 0xFF, 0x22], at: 2, "invalid UTF-8 byte 0xff"),
  Rejection(
    bytes: [0x5B, 0x22, 0xC0, 0xAF, 0x22, 0x5D], at: 2,
    "invalid UTF-8 byte 0xc0 (always an overlong encoding)"),
  Rejection(
    bytes: [0x22, 0xE0, 0x80, 0xAF, 0x22], at: 1,
    "invalid UTF-8 sequence 0xe0 0x80 (overlong encoding)"),
  Rejection(
    bytes: [0x22, 0xED, 0xA0, 0x80, 0x22], at: 1,
    "invalid UTF-8 sequence 0xed 0xa0 (encodes a UTF-16 surrogate)"),
  Rejection(
    bytes: [0x22, 0xF4, 0x90, 0x80, 0x80, 0x22], at: 1,
    "invalid UTF-8 sequence 0xf4 0x90 (beyond U+10FFFF)"),
  Rejection(
    bytes: [0x22, 0xE2, 0x80, 0x22], at: 1, "invalid UTF-8 sequence 0xe2 0x80 0x22 (truncated)"),
  Rejection(
    bytes: [0x22, 0xE2, 0x80], at: 1,
    "unexpected end of input inside the UTF-8 sequence 0xe2 0x80"),
  Rejection(
    bytes: [0x22, 0x80, 0x22], at: 1,
    "invalid UTF-8 byte 0x80 (a continuation byte with no lead byte)"),
  Rejection(bytes: [0x5B, 0xFF, 0x5D], at: 1, "invalid UTF-8 byte 0xff"),
  Rejection(
    bytes: [0xEF, 0xBB, 0xBF, 0x7B, 0x7D], at: 0, "unexpected character byte order mark U+FEFF"),
  Rejection(String(repeating: "[", count: 513), at: 512, "nesting deeper than 512 levels"),
  Rejection(
    String(repeating: "{\"a\":", count: 600), at: 512 * 5, "nesting deeper than 512 levels"),
]

@Suite("JSONParser")
struct JSONParserTests {
  @Test("rejects with the right offset and message", arguments: rejections)
  func rejection(_ expected: Rejection) {
    let error = #expect(throws: JSONSyntaxError.self) { try JSONParser.parse(expected.input) }
    #expect(error?.message == expected.message)
    #expect(error?.offset == expected.offset)
  }

  @Test func errorDescriptionIsColumnAndMessage() {
    let error = #expect(throws: JSONSyntaxError.self) { try JSONParser.parse("[1,]") }
    #expect(error?.description == "column 3: trailing comma before ']'")
  }

  // The three things Foundation on Linux gets wrong.

  @Test func trailingCommaIsRejected() {
    #expect(throws: JSONSyntaxError(offset: 2, message: "trailing comma before ']'")) {
      try JSONParser.parse("[1,]")
    }
  }

  @Test func duplicateKeyIsRejectedNamingTheKey() {
    let error = #expect(throws: JSONSyntaxError.self) {
      try JSONParser.parse("{\"a\":1,\"a\":2}")
    }
    #expect(error?.message == "duplicate key \"a\"")
  }

  @Test func numberKeepsItsExactLexeme() throws {
    let value = try JSONParser.parse("1.000000000000000005")
    #expect(value == .number(JSONNumber(lexeme: "1.000000000000000005")!))
    #expect(value.numberValue?.lexeme == "1.000000000000000005")
    #expect(value.numberValue?.int64 == nil)
    #expect(JSONWriter.compact(value) == "1.000000000000000005")
  }

  @Test func numbersKeepTheirLexemes() throws {
    let text = "[0,-0,1.0,1e2,1E-2,-1.5e+300,123456789012345678901234567890,1e99999]"
    let value = try JSONParser.parse(text)
    #expect(
      value.arrayValue?.compactMap { $0.numberValue?.lexeme }.joined(separator: ",")
        == String(text.dropFirst().dropLast()))
    #expect(JSONWriter.compact(value) == text)
  }

  @Test func duplicateKeysAreFoundInBigObjects() {
    var text = "{"
    for k in 0..<40 { text += "\"k\(k)\":\(k)," }
    text += "\"k7\":0}"
    let error = #expect(throws: JSONSyntaxError.self) { try JSONParser.parse(text) }
    #expect(error?.message == "duplicate key \"k7\"")
  }

  @Test func duplicateKeysCompareExactBytesAfterUnescaping() throws {
    // "é" precomposed and decomposed are canonically equivalent but different keys.
    let small = "{\"\u{E9}\":1,\"e\u{301}\":2}"
    #expect(try JSONParser.parse(small).objectValue?.count == 2)
    var big = "{"
    for k in 0..<20 { big += "\"k\(k)\":\(k)," }
    big += small.dropFirst()
    #expect(try JSONParser.parse(big).objectValue?.count == 22)
    #expect(throws: JSONSyntaxError.self) {
      try JSONParser.parse(String(big.dropLast()) + ",\"\\u00e9\":3}")
    }
    #expect(throws: JSONSyntaxError.self) {
      try JSONParser.parse("{\"\u{E9}\":1,\"\\u00E9\":2}")
    }
  }

  @Test func nestingUpTo512IsAccepted() throws {
    let deep = String(repeating: "[", count: 512) + String(repeating: "]", count: 512)
    var value = try JSONParser.parse(deep)
    var levels = 0
    while let inner = value.arrayValue {
      levels += 1
      value = inner.first ?? .null
    }
    #expect(levels == 512)
    let deepObjects =
      String(repeating: "{\"a\":", count: 512) + "1" + String(repeating: "}", count: 512)
    #expect(throws: Never.self) { try JSONParser.parse(deepObjects) }
  }

  @Test func hugeNestingIsRejectedWithoutCrashing() {
    let hostile = [UInt8](repeating: UInt8(ascii: "["), count: 1_000_000)
    #expect(throws: JSONSyntaxError.self) { try JSONParser.parse(hostile) }
  }

  @Test func escapesAreDecoded() throws {
    let value = try JSONParser.parse(
      "\"\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u0041 \\u00e9 \\u20AC \\ud83d\\ude00 \\u0000\"")
    #expect(value == .string("\" \\ / \u{8} \u{C} \n \r \t A \u{E9} \u{20AC} \u{1F600} \u{0}"))
  }

  @Test func whitespaceIsOnlySpaceTabLineFeedAndCarriageReturn() throws {
    #expect(try JSONParser.parse(" \t\r\n[ \t\r\n1 \t\r\n, 2 ] \t\r\n") == [1, 2])
    #expect(throws: JSONSyntaxError.self) { try JSONParser.parse("[1,\u{B}2]") }
    #expect(throws: JSONSyntaxError.self) { try JSONParser.parse("\u{2028}1") }
  }

  @Test func anyTopLevelValueIsAllowed() throws {
    #expect(try JSONParser.parse("null") == .null)
    #expect(try JSONParser.parse(" true ") == true)
    #expect(try JSONParser.parse("false") == false)
    #expect(try JSONParser.parse("-7") == -7)
    #expect(try JSONParser.parse("\"s\"") == "s")
    #expect(try JSONParser.parse("[]") == [])
    #expect(try JSONParser.parse("{}") == [:])
  }

  @Test func theThreeEntryPointsAgree() throws {
    let text = "{\"note\":\"Caseloads still above 15 \u{2013} recruitment ongoing\",\"n\":[1,2.5]}"
    let fromString = try JSONParser.parse(text)
    let fromArray = try JSONParser.parse(Array(text.utf8))
    let fromBuffer = try Array(text.utf8).withUnsafeBytes { raw in
      try JSONParser.parse(raw)
    }
    #expect(fromString == fromArray)
    #expect(fromString == fromBuffer)
  }

  @Test func neverReadsPastTheEndOfASlice() throws {
    let bytes = Array("\"abcdefghijklmnopqrstuvwxyz\"]".utf8)
    // Every prefix: the closing quote is in memory just past most slices, but not in them.
    let results = bytes.withUnsafeBytes { raw in
      (0...bytes.count).map { n in
        Result { () throws(JSONSyntaxError) -> JSONValue in
          try JSONParser.parse(UnsafeRawBufferPointer(rebasing: raw[0..<n]))
        }
      }
    }
    for (n, result) in results.enumerated() where n != 28 {
      #expect(throws: JSONSyntaxError.self, "prefix \(n)") { try result.get() }
    }
    #expect(try results[28].get() == "abcdefghijklmnopqrstuvwxyz")
    #expect(throws: JSONSyntaxError.self) { try JSONParser.parse(Array("tru".utf8)) }
    #expect(throws: JSONSyntaxError.self) { try JSONParser.parse(Array("[1".utf8)) }
  }

  @Test func typicalLedgerLineParses() throws {
    let hex = String(repeating: "0123456789abcdef", count: 4)
    let line =
      "{\"v\":1,\"seq\":42,\"type\":\"action.rated\",\"recorded\":\"2026-03-02T09:15:00Z\","
      + "\"actor\":{\"name\":\"Sara Taylor\",\"role\":\"Principal Social Worker\"},"
      + "\"data\":{\"id\":\"A1.2\",\"rag\":\"amber\",\"note\":\"Caseloads still above 15 in two "
      + "teams \u{2013} recruitment ongoing\"},\"data_sha256\":\"\(hex)\",\"prev\":\"\(hex)\","
      + "\"hash\":\"\(hex)\"}"
    let value = try JSONParser.parse(line)
    let object = try #require(value.objectValue)
    #expect(
      object.keys == [
        "v", "seq", "type", "recorded", "actor", "data", "data_sha256", "prev", "hash",
      ])
    #expect(object["seq"]?.numberValue?.int64 == 42)
    #expect(object["data"]?.objectValue?["note"]?.stringValue?.contains("\u{2013}") == true)
    #expect(object["actor"]?.objectValue?["role"] == "Principal Social Worker")
    #expect(object["hash"]?.stringValue == hex)
    #expect(JSONWriter.compact(value) == line)
  }
}

import StrictJSON
import Testing

@Suite("JSONValue, JSONObject and JSONNumber")
struct JSONValueTests {
  @Test func accessors() {
    let value: JSONValue = ["s": "x", "b": true, "n": 3, "a": [1], "o": ["k": nil], "z": nil]
    let object = value.objectValue!
    #expect(object["s"]?.stringValue == "x")
    #expect(object["b"]?.boolValue == true)
    #expect(object["n"]?.numberValue?.int64 == 3)
    #expect(object["a"]?.arrayValue == [1])
    #expect(object["o"]?.objectValue?["k"]?.isNull == true)
    #expect(object["z"]?.isNull == true)
    #expect(object["missing"] == nil)
    #expect(object["s"]?.boolValue == nil)
    #expect(object["b"]?.stringValue == nil)
    #expect(object.keys == ["s", "b", "n", "a", "o", "z"])
    #expect(object.count == 6)
  }

  @Test func literalsBuildTheExpectedValues() {
    let built: JSONValue = ["k": [1, "two", true, nil, [:]]]
    var object = JSONObject()
    object.append(
      "k",
      .array([.number(JSONNumber(1)), .string("two"), .bool(true), .null, .object(JSONObject())]))
    #expect(built == .object(object))
    let literalObject: JSONObject = ["a": 1]
    #expect(literalObject.members == [JSONMember(key: "a", value: 1)])
    let n: JSONNumber = 5
    #expect(n.lexeme == "5")
  }

  @Test func stringsCompareByExactBytes() {
    let precomposed: JSONValue = "\u{E9}"
    let decomposed: JSONValue = "e\u{301}"
    #expect(precomposed != decomposed)
    #expect(Set([precomposed, decomposed]).count == 2)
    var object = JSONObject()
    object.append("\u{E9}", 1)
    object.append("e\u{301}", 2)
    #expect(object["\u{E9}"] == 1)
    #expect(object["e\u{301}"] == 2)
  }

  @Test func objectsAreEqualRegardlessOfMemberOrder() {
    let a: JSONValue = ["x": 1, "y": ["p": true, "q": false]]
    let b: JSONValue = ["y": ["q": false, "p": true], "x": 1]
    let c: JSONValue = ["x": 1, "y": ["p": true, "q": true]]
    #expect(a == b)
    #expect(a.hashValue == b.hashValue)
    #expect(a != c)
    #expect(JSONWriter.canonical(a) == JSONWriter.canonical(b))
    #expect(([:] as JSONValue) != ["x": 1])
    #expect(["x": 1] as JSONValue != ["y": 1])
  }

  @Test func numbersCompareByLexeme() {
    #expect(JSONValue.number(JSONNumber(lexeme: "1.0")!) != 1)
    #expect(JSONValue.number(JSONNumber(lexeme: "1")!) == 1)
  }

  @Test(
    arguments: [
      ("0", Int64(0)), ("-0", 0), ("42", 42), ("-42", -42),
      ("9223372036854775807", .max), ("-9223372036854775808", .min),
      ("9223372036854775808", nil), ("-9223372036854775809", nil),
      ("1.0", nil), ("1e2", nil), ("1E2", nil), ("-1.5", nil),
      ("100000000000000000000000", nil),
    ] as [(String, Int64?)])
  func int64(_ lexeme: String, _ expected: Int64?) {
    #expect(JSONNumber(lexeme: lexeme)?.int64 == expected)
  }

  @Test func lexemesAreValidated() {
    for good in ["0", "-0", "1.5", "1e5", "1E+5", "-1.25e-10", "123"] {
      #expect(JSONNumber(lexeme: good)?.lexeme == good)
    }
    for bad in ["", "-", "01", "+1", ".5", "1.", "1e", "NaN", "Infinity", " 1", "1 ", "0x1", "1_0"]
    {
      #expect(JSONNumber(lexeme: bad) == nil, "\(bad)")
    }
    #expect(JSONNumber(Int.min).lexeme == "-9223372036854775808")
    #expect(JSONNumber(Int64(7)).int64 == 7)
  }
}

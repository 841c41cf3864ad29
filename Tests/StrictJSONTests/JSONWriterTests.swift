import Foundation
import StrictJSON
import Testing

/// Strings that are easy to get wrong when escaping.
let trickyStrings: [String] = [
  "",
  "plain ASCII",
  "quote \" and backslash \\ and slash /",
  "\n\r\t\u{8}\u{C}",
  String(decoding: (0..<0x20).map { UInt8($0) }, as: UTF8.self),
  "nul \u{0} in the middle",
  "DEL \u{7F}",
  "line separators \u{2028} \u{2029}",
  "\u{A3}250 for the \u{2018}Early Help\u{2019} team \u{201C}quoted\u{201D} \u{2013} ok",
  "emoji \u{1F600}\u{1F44D}\u{1F3FD} \u{1F469}\u{200D}\u{1F467}",
  "e\u{301} versus \u{E9}",
  "BOM \u{FEFF}, replacement \u{FFFD}, last \u{10FFFF}, first astral \u{10000}",
  "<script>&amp;</script>",
  "trailing backslash \\",
]

/// Values whose canonical form Python must reproduce byte for byte. Numbers are ones whose
/// Python `repr` is the same lexeme.
let trickyValues: [JSONValue] = {
  var values: [JSONValue] = trickyStrings.map { .string($0) }
  values += [
    .null, true, false, 0, -7, 42,
    .number(JSONNumber(lexeme: "1.5")!), .number(JSONNumber(lexeme: "-0.25")!),
    .number(JSONNumber(lexeme: "12345678901234567890")!),
    .number(JSONNumber(lexeme: "1e+20")!),
    [], [:], [[], [:], [[]]],
    [
      "z": 1, "a": 2, "A": 3, "_": 4, "\u{E9}": 5, "e\u{301}": 6, "\u{1F600}": 7,
      "\u{FFFD}": 8, "\u{10000}": 9, "aa": 10, "a\u{0}": 11, "": 12, "a b": 13, "\u{7F}": 14,
      "\n": 15, "\"": 16,
    ],
    [
      "type": "action.rated", "seq": 42,
      "data": [
        "rag": "amber", "id": "A1.2",
        "note": "Caseloads still above 15 in two teams \u{2013} recruitment ongoing",
        "nested": ["b": ["d": 1, "c": [true, false, nil]], "a": []],
      ],
      "actor": ["role": "Principal Social Worker", "name": "Sara Taylor"],
    ],
    .array(trickyStrings.map { .string($0) }),
    .object(
      JSONObject(
        trickyStrings.reversed().map { JSONMember(key: $0, value: .string($0)) })),
  ]
  return values
}()

/// The path of an executable on `PATH`, if there is one.
func executableOnPath(_ name: String) -> String? {
  let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
  for directory in path.split(separator: ":") {
    let candidate = "\(directory)/\(name)"
    if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
  }
  return nil
}

let python3 = executableOnPath("python3")

@Suite("JSONWriter")
struct JSONWriterTests {
  @Test func canonicalSortsKeysAndHasNoWhitespace() {
    let value: JSONValue = ["b": [1, 2], "a": ["d": nil, "c": "x"], "\u{E9}": true, "Z": false]
    #expect(
      JSONWriter.canonicalString(value)
        == "{\"Z\":false,\"a\":{\"c\":\"x\",\"d\":null},\"b\":[1,2],\"\u{E9}\":true}")
    #expect(JSONWriter.canonical(value) == Array(JSONWriter.canonicalString(value).utf8))
  }

  @Test func compactKeepsStoredOrder() {
    let value: JSONValue = ["b": [1, 2], "a": ["d": nil, "c": "x"]]
    #expect(JSONWriter.compact(value) == "{\"b\":[1,2],\"a\":{\"d\":null,\"c\":\"x\"}}")
    var buffer = Array("prefix ".utf8)
    JSONWriter.compact(value, into: &buffer)
    #expect(String(decoding: buffer, as: UTF8.self) == "prefix " + JSONWriter.compact(value))
  }

  @Test func escapingMatchesPythonsRules() {
    let all = String(decoding: (0..<0x20).map { UInt8($0) }, as: UTF8.self)
    #expect(
      JSONWriter.compact(.string(all))
        == "\"\\u0000\\u0001\\u0002\\u0003\\u0004\\u0005\\u0006\\u0007\\b\\t\\n\\u000b\\f\\r"
        + "\\u000e\\u000f\\u0010\\u0011\\u0012\\u0013\\u0014\\u0015\\u0016\\u0017\\u0018\\u0019"
        + "\\u001a\\u001b\\u001c\\u001d\\u001e\\u001f\"")
    #expect(
      JSONWriter.compact("a\"b\\c/d\u{7F}\u{2028}\u{A3}") == "\"a\\\"b\\\\c/d\u{7F}\u{2028}\u{A3}\""
    )
  }

  @Test func prettyGolden() {
    let value: JSONValue = [
      "id": "A1.2",
      "scores": [1, .number(JSONNumber(lexeme: "2.5")!)],
      "empty": [],
      "none": [:],
      "owner": ["name": "Sara \"S\" Taylor", "on leave": false],
      "nested": [[], [[:]]],
      "note": nil,
    ]
    let expected = """
      {
        "id": "A1.2",
        "scores": [
          1,
          2.5
        ],
        "empty": [],
        "none": {},
        "owner": {
          "name": "Sara \\"S\\" Taylor",
          "on leave": false
        },
        "nested": [
          [],
          [
            {}
          ]
        ],
        "note": null
      }
      """
    #expect(JSONWriter.pretty(value) == expected)
    #expect(JSONWriter.pretty([]) == "[]")
    #expect(JSONWriter.pretty([:]) == "{}")
    #expect(JSONWriter.pretty("x\n") == "\"x\\n\"")
  }

  @Test("parse(compact(v)) == v", arguments: trickyValues)
  func roundTrip(_ value: JSONValue) throws {
    let compact = JSONWriter.compact(value)
    let parsed = try JSONParser.parse(compact)
    #expect(parsed == value)
    // Exact: same members in the same order, same bytes out.
    #expect(JSONWriter.compact(parsed) == compact)
    #expect(try JSONParser.parse(JSONWriter.canonical(value)) == value)
    #expect(try JSONParser.parse(JSONWriter.pretty(value)) == value)
  }

  @Test(
    "canonical form is byte-identical to Python's json.dumps",
    .enabled(
      if: python3 != nil,
      "python3 is not on PATH, so the canonical form cannot be cross-checked against Python"))
  func canonicalMatchesPython() throws {
    var input: [UInt8] = []
    for value in trickyValues {
      JSONWriter.compact(value, into: &input)
      input.append(UInt8(ascii: "\n"))
    }
    let file = FileManager.default.temporaryDirectory
      .appendingPathComponent("strictjson-crosscheck-\(UUID().uuidString).jsonl")
    try Data(input).write(to: file)
    defer { try? FileManager.default.removeItem(at: file) }

    let script = """
      import json, sys
      out = sys.stdout.buffer
      for line in open(sys.argv[1], "rb").read().split(b"\\n")[:-1]:
          value = json.loads(line)
          text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
          out.write(text.encode("utf-8") + b"\\n")
      """
    let process = Process()
    process.executableURL = URL(fileURLWithPath: try #require(python3))
    process.arguments = ["-c", script, file.path]
    let stdout = Pipe()
    process.standardOutput = stdout
    try process.run()
    let output = stdout.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    try #require(process.terminationStatus == 0, "python3 failed")

    let lines = [UInt8](output).split(
      separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false
    )
    .dropLast()
    try #require(lines.count == trickyValues.count)
    for (value, pythonLine) in zip(trickyValues, lines) {
      let ours = JSONWriter.canonical(value)
      let identical = ours == Array(pythonLine)
      #expect(
        identical,
        "Swift: \(String(decoding: ours, as: UTF8.self))\nPython: \(String(decoding: pythonLine, as: UTF8.self))"
      )
    }
  }
}

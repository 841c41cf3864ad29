import ArgumentParsing
import Testing

@Suite("Splitting arguments by their spelling")
struct SplitArgumentsTests {
  static let cases: [([String], SplitArguments)] = [
    ([], SplitArguments(elements: [], afterTerminator: nil)),
    (
      ["show", "A1"],
      SplitArguments(elements: [.value("show"), .value("A1")], afterTerminator: nil)
    ),
    (
      ["--note", "x"],
      SplitArguments(
        elements: [.option(name: "note", isShort: false, inlineValue: nil), .value("x")],
        afterTerminator: nil)
    ),
    (
      ["--note=a=b"],
      SplitArguments(
        elements: [.option(name: "note", isShort: false, inlineValue: "a=b")],
        afterTerminator: nil)
    ),
    (
      ["-h", "-", "-5", "-1.5"],
      SplitArguments(
        elements: [
          .option(name: "h", isShort: true, inlineValue: nil), .value("-"), .value("-5"),
          .value("-1.5"),
        ], afterTerminator: nil)
    ),
    (
      ["a", "--", "-h", "--", "--x"],
      SplitArguments(elements: [.value("a")], afterTerminator: ["-h", "--", "--x"])
    ),
    (["--"], SplitArguments(elements: [], afterTerminator: [])),
  ]

  @Test("each argument is an option token, a value, or after --", arguments: cases)
  func split(arguments: [String], expected: SplitArguments) {
    #expect(SplitArguments(arguments) == expected)
  }
}

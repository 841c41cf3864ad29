import ArgumentParsing
import Testing

@Suite("Did you mean")
struct SuggestionTests {
  static let distances: [(String, String, Int)] = [
    ("kitten", "sitting", 3), ("", "abc", 3), ("abc", "", 3), ("json", "json", 0),
    ("jsno", "json", 1), ("stauts", "status", 1), ("ab", "ba", 1), ("abc", "ca", 3),
  ]

  @Test("edit distance counts a swap of neighbours as one edit", arguments: distances)
  func distance(a: String, b: String, expected: Int) {
    #expect(Suggestion.distance(a, b) == expected)
  }

  static let guesses: [(String, [String], String?)] = [
    ("stauts", ["status", "show", "history"], "status"),
    ("jsno", ["json", "as-of"], "json"),
    ("STATUS", ["status"], "status"),
    ("zzzzzz", ["status", "show"], nil),
    ("x", ["status"], nil),
  ]

  @Test("the closest candidate, only when it is a likely typo", arguments: guesses)
  func closest(word: String, candidates: [String], expected: String?) {
    #expect(Suggestion.closest(to: word, among: candidates) == expected)
  }
}

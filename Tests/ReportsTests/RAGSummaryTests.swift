import PlanState
import Testing

@testable import Reports

@Suite("The RAG summary sentence, in the style of committee papers")
struct RAGSummaryTests {
  /// (red, amber, green, blue, unrated) and the expected summary.
  static let cases: [((Int, Int, Int, Int, Int), String)] = [
    // The seed's own situation (seed 002): most green or blue, none red, a few amber.
    (
      (0, 3, 1, 5, 2),
      "Most of the actions (6 of 11) are RAG-rated green or blue. None are rated red. "
        + "A few actions (3 of 11) remain amber and need further work. "
        + "A few actions (2 of 11) are not yet rated."
    ),
    (
      (0, 2, 6, 4, 0),
      "Most of the actions (10 of 12) are RAG-rated green or blue. None are rated red. "
        + "A few actions (2 of 12) remain amber and need further work."
    ),
    // All done, all on track.
    ((0, 0, 0, 7, 0), "All 7 actions are RAG-rated blue. None are rated red or amber."),
    ((0, 0, 5, 0, 0), "All 5 actions are RAG-rated green. None are rated red or amber."),
    ((0, 0, 1, 1, 0), "Both actions are RAG-rated green or blue. None are rated red or amber."),
    // None green or blue.
    (
      (2, 0, 0, 0, 0),
      "None of the actions are RAG-rated green or blue yet. Both actions are rated red. "
        + "None remain amber."
    ),
    (
      (0, 0, 0, 0, 4),
      "None of the actions are RAG-rated green or blue yet. None are rated red or amber. "
        + "All 4 actions are not yet rated."
    ),
    // One of each: singular verbs throughout.
    (
      (1, 1, 1, 0, 0),
      "One action is RAG-rated green. One action is rated red. "
        + "One action remains amber and needs further work."
    ),
    // Half.
    (
      (0, 4, 2, 2, 0),
      "Half of the actions (4 of 8) are RAG-rated green or blue. None are rated red. "
        + "Half of the actions (4 of 8) remain amber and need further work."
    ),
    // Some (a minority of more than three).
    (
      (4, 1, 3, 3, 0),
      "Most of the actions (6 of 11) are RAG-rated green or blue. Some of the actions (4 of 11) "
        + "are rated red. One action remains amber and needs further work."
    ),
    (
      (5, 0, 2, 2, 3),
      "Some of the actions (4 of 12) are RAG-rated green or blue. Some of the actions (5 of 12) "
        + "are rated red. None remain amber. A few actions (3 of 12) are not yet rated."
    ),
    // Most red.
    (
      (7, 2, 1, 0, 0),
      "One action is RAG-rated green. Most of the actions (7 of 10) are rated red. "
        + "A few actions (2 of 10) remain amber and need further work."
    ),
    // A plan of one action: one sentence.
    ((0, 0, 0, 1, 0), "The only action is RAG-rated blue."),
    ((0, 0, 1, 0, 0), "The only action is RAG-rated green."),
    ((0, 1, 0, 0, 0), "The only action remains amber and needs further work."),
    ((1, 0, 0, 0, 0), "The only action is rated red."),
    ((0, 0, 0, 0, 1), "The only action is not yet rated."),
    // No actions.
    ((0, 0, 0, 0, 0), "There are no actions in the plan yet."),
  ]

  @Test("summary sentence for each mix of ratings", arguments: cases)
  func sentence(_ counts: (Int, Int, Int, Int, Int), _ expected: String) {
    let (red, amber, green, blue, unrated) = counts
    let rag = RAGCounts(red: red, amber: amber, green: green, blue: blue, unrated: unrated)
    #expect(RAGSummary.sentence(rag) == expected)
  }

  @Test("every sentence starts with a capital, ends with a full stop, and agrees in number")
  func grammar() {
    for red in 0...3 {
      for amber in 0...3 {
        for green in 0...3 {
          for unrated in 0...2 {
            let rag = RAGCounts(red: red, amber: amber, green: green, blue: 1, unrated: unrated)
            let s = RAGSummary.sentence(rag)
            #expect(s.first?.isUppercase == true && s.hasSuffix("."), "\(s)")
            for wrong in ["One action are", "One action remain ", "actions is ", "actions remains"]
            {
              #expect(!s.contains(wrong), "\(s)")
            }
          }
        }
      }
    }
  }
}

import AnnualCycle
import Foundation
import LedgerCore
import Testing

@Suite("The self-evaluation: seed 003's three questions per area")
struct SelfEvaluationTests {
  let evaluation = SelfEvaluation.build(
    Replay(CycleLog.year().events), asOf: Timestamp(rfc3339: "2021-03-31T23:59:59Z")!)

  @Test("what we know, how we know it, and the plans, from the ledger")
  func answers() {
    #expect(evaluation.groupedBy == "theme")
    let standards = evaluation.areas[0]
    #expect(standards.name == "Raising standards")
    #expect(standards.know.count == 1)
    #expect(standards.know[0].contains("Impact: Two aspiring leaders promoted"))
    #expect(standards.how == ["A1 (2020-06-03): Programme report <https://x.org/r>"])
    #expect(standards.plans.count == 1)
    #expect(standards.plans[0].contains("A2") && standards.plans[0].contains("(deferred)"))
    let partners = evaluation.areas[1]
    #expect(partners.plans.map { String($0.prefix(2)) } == ["A4", "A5"], "A3 was withdrawn")
  }

  @Test("the Markdown asks each question under each area, verbatim")
  func markdown() {
    let text = evaluation.document.markdown
    for question in SelfEvaluation.questions {
      #expect(text.components(separatedBy: "### " + question).count == 3)
    }
  }

  @Test("the HTML page is self-contained and escapes what people typed")
  func html() {
    var d = Document()
    d.blocks = [.paragraph("<script>alert(1)</script> & more")]
    let page = d.html(title: "T")
    #expect(!page.contains("<script>"))
    #expect(page.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; more"))
  }
}

import LedgerCore
import Testing

@Suite("--wait SECONDS values")
struct LockWaitTests {
  @Test(
    "whole seconds from 0 to a day are accepted",
    arguments: [("0", 0), ("1", 1), ("10", 10), ("86400", 86_400), ("007", 7)])
  func accepted(_ text: String, _ seconds: Int) {
    #expect(LockWait(parsing: text)?.seconds == seconds)
  }

  @Test(
    "anything else is not a number of seconds",
    arguments: ["", "-1", "+1", "1.5", "1e3", "86401", "99999999999999999999", " 1", "١"])
  func refused(_ text: String) {
    #expect(LockWait(parsing: text) == nil)
  }

  @Test("the default is 10 seconds")
  func standard() {
    #expect(LockWait.standard.seconds == 10)
  }
}

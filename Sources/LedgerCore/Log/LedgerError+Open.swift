#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension LedgerError {
  /// The error for a ledger file that could not be opened, with what to do about it.
  static func cannotOpen(_ path: String, errno code: Int32, forWriting: Bool) -> LedgerError {
    if code == ENOENT {
      return LedgerError(
        .io, "no ledger file here", file: path,
        hint:
          "check --ledger or LEDGER_FILE, or create one with 'ledger init --title … --authority …'")
    }
    let verb = forWriting ? "cannot open for writing" : "cannot open"
    return LedgerError(.io, "\(verb): \(String(cString: strerror(code)))", file: path)
  }
}

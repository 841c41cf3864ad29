import LedgerCore

// The `ledger` command: parse, call, print, exit. Everything else lives in the modules.
#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

let parser = Parser(
  commands: WriteCommands.all + PlanCommands.all + ReadCommands.all + [ReportCommand.spec],
  environment: currentEnvironment())

func currentEnvironment() -> [String: String] {
  var result: [String: String] = [:]
  var pointer = environ
  while let entry = pointer.pointee {
    let pair = String(cString: entry)
    if let eq = pair.firstIndex(of: "=") {
      result[String(pair[..<eq])] = String(pair[pair.index(after: eq)...])
    }
    pointer += 1
  }
  return result
}

func printError(_ line: String) {
  var bytes = Array((line + "\n").utf8)
  var done = 0
  while done < bytes.count {
    let n = bytes.withUnsafeMutableBytes { write(2, $0.baseAddress! + done, $0.count - done) }
    if n <= 0 { break }
    done += n
  }
}

/// `error: file:line: message` and its hint, as printed: every value a user typed is shown
/// visibly escaped and on one line (`VisibleText.message`), and a long file name keeps its end.
func errorLines(_ error: LedgerError) -> [String] {
  var location = ""
  if let file = error.file {
    let name =
      file.count > VisibleText.clipLength
      ? "…" + String(file.suffix(VisibleText.clipLength)) : file
    location = VisibleText.line(name) + (error.line.map { ":\($0)" } ?? "") + ": "
  } else if let line = error.line {
    location = "line \(line): "
  }
  var lines = ["error: " + location + VisibleText.message(error.message)]
  if let hint = error.hint { lines.append("  " + VisibleText.message(hint)) }
  return lines
}

func exitCode(for error: LedgerError) -> Int32 {
  error.kind == .usage ? 64 : 1
}

do throws(LedgerError) {
  switch try parser.parse(Array(CommandLine.arguments.dropFirst())) {
  case .help(let text):
    print(text)
  case .missingCommand(let usage):
    printError(usage)
    exit(64)
  case .run(let invocation):
    let output = try invocation.spec.run(invocation)
    for warning in output.warnings { printError("warning: " + VisibleText.message(warning)) }
    print(output.stdout)
  }
  exit(0)
} catch {
  for line in errorLines(error) { printError(line) }
  exit(exitCode(for: error))
}

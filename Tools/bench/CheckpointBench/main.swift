// Times reading a writer's checkpoint (`<ledger>.checkpoint`) on this machine: the part of a
// warm append that grows with the plan. A benchmark, not a test: it prints the CPU time of
// each step (best of 20) on one line, and checks only that every read gives a plan of the
// same size.
//
// usage: checkpoint-bench PATH-TO-CHECKPOINT
import LedgerCommands
import LedgerCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Seconds of CPU time used by this process (steadier than wall-clock time on a shared machine).
func now() -> Double {
  var time = timespec()
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
  return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

/// Stops with a message on stderr and exit code 1.
func fail(_ message: String) -> Never {
  var text = "checkpoint-bench: \(message)\n"
  text.withUTF8 { _ = write(2, $0.baseAddress, $0.count) }
  exit(1)
}

let arguments = CommandLine.arguments
guard arguments.count == 2 else { fail("usage: checkpoint-bench PATH-TO-CHECKPOINT") }
let path = arguments[1]
guard let first = Checkpoint.load(path) else { fail("\(path) is not a valid checkpoint") }
let bytes = first.encoded()

var load = Double.infinity
var drop = Double.infinity
var encode = Double.infinity
for _ in 0..<20 {
  var start = now()
  var checkpoint = Checkpoint.load(path)
  load = min(load, now() - start)
  guard checkpoint?.plan.lastSeq == first.plan.lastSeq,
    checkpoint?.plan.actions.count == first.plan.actions.count
  else { fail("a read gave another plan") }
  start = now()
  let again = checkpoint!.encoded()
  encode = min(encode, now() - start)
  // Dictionaries are written in their own order, so only the size is comparable.
  guard again.count == bytes.count else { fail("a read gave another size") }
  start = now()
  checkpoint = nil
  drop = min(drop, now() - start)
}
let us = { (s: Double) in String(Int((s * 1e6).rounded())) + " µs" }
print(
  "\(first.plan.actions.count) actions, seq \(first.point.seq), \(bytes.count)-byte checkpoint: "
    + "read \(us(load)), encode \(us(encode)), drop the plan \(us(drop))")

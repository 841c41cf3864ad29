// Times each SHA-256 implementation on this machine; run by Tools/bench/sha256-bench.sh, which
// compares the figures with OpenSSL in the same run. A benchmark, not a test: it prints
// seconds and throughput and checks only that the implementations agree.
//
// usage: sha256-bench file PATH    hash the file as a stream (read(2) in 1 MiB chunks), like
//                                  `openssl dgst -sha256 PATH`, and in memory after one read
//        sha256-bench lines PATH   hash every line of the file (without its newline) on its
//                                  own, as `ledger verify` hashes each event
// Prints one line per implementation: the best of 3 runs in CPU seconds, and the digest (for
// `file`) or the digest of the last line (for `lines`, where every line's digest must agree).
@_spi(Implementation) import SHA256

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Seconds of CPU time used by this process. The benchmark is single-threaded, and on a shared
/// machine CPU time is steadier than wall-clock time, which also counts waiting for a core.
func now() -> Double {
  var time = timespec()
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
  return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

/// Stops with a message on stderr and exit code 1.
func fail(_ message: String) -> Never {
  var text = "sha256-bench: \(message)\n"
  text.withUTF8 { _ = write(2, $0.baseAddress, $0.count) }
  exit(1)
}

/// The whole file, read once.
func readAll(_ path: String) -> [UInt8] {
  guard let file = fopen(path, "rb") else { fail("cannot open \(path)") }
  defer { fclose(file) }
  fseek(file, 0, SEEK_END)
  let size = ftell(file)
  fseek(file, 0, SEEK_SET)
  let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
    count = fread(buffer.baseAddress, 1, size, file)
  }
  guard bytes.count == size else { fail("short read of \(path)") }
  return bytes
}

/// Hashes the file as a stream with `implementation`.
func hashStream(_ path: String, _ implementation: SHA256.Implementation) -> SHA256Digest {
  let descriptor = open(path, O_RDONLY)
  guard descriptor >= 0 else { fail("cannot open \(path)") }
  defer { close(descriptor) }
  let chunk = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 20, alignment: 64)
  defer { chunk.deallocate() }
  var hasher = SHA256(implementation: implementation)
  while true {
    let count = read(descriptor, chunk.baseAddress, chunk.count)
    guard count >= 0 else { fail("read error on \(path)") }
    if count == 0 { break }
    hasher.update(UnsafeRawBufferPointer(rebasing: chunk[0..<count]))
  }
  return hasher.finalize()
}

/// Runs `body` three times; the best time and the last result.
func best<Result>(_ body: () -> Result) -> (seconds: Double, result: Result) {
  var fastest = Double.infinity
  var result: Result?
  for _ in 0..<3 {
    let start = now()
    result = body()
    fastest = min(fastest, now() - start)
  }
  return (fastest, result!)
}

/// `seconds` with the throughput of `bytes` in it, in MB/s (10^6 bytes).
func rate(_ seconds: Double, _ bytes: Int) -> String {
  let megabytes = Double(bytes) / 1e6
  return "\(format3(seconds)) s  \(Int((megabytes / seconds).rounded())) MB/s"
}

/// Three decimal places without Foundation.
func format3(_ value: Double) -> String {
  let thousandths = Int((value * 1000).rounded())
  let fraction = String(thousandths % 1000)
  return "\(thousandths / 1000)." + String(repeating: "0", count: 3 - fraction.count) + fraction
}

let arguments = CommandLine.arguments
guard arguments.count == 3, ["file", "lines"].contains(arguments[1]) else {
  fail("usage: sha256-bench file|lines PATH")
}
let path = arguments[2]
var digests: [SHA256Digest] = []

switch arguments[1] {
case "file":
  let size = readAll(path).count
  for implementation in SHA256.Implementation.available {
    let streamed = best { hashStream(path, implementation) }
    print("stream  \(implementation)  \(rate(streamed.seconds, size))  \(streamed.result)")
    digests.append(streamed.result)
  }
  let bytes = readAll(path)
  for implementation in SHA256.Implementation.available {
    let inMemory = best {
      bytes.withUnsafeBytes { raw in
        var hasher = SHA256(implementation: implementation)
        hasher.update(raw)
        return hasher.finalize()
      }
    }
    print("memory  \(implementation)  \(rate(inMemory.seconds, bytes.count))  \(inMemory.result)")
    digests.append(inMemory.result)
  }
default:
  let bytes = readAll(path)
  // Each line as (start, length) without its newline.
  var lines: [(Int, Int)] = []
  var start = 0
  for (index, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
    lines.append((start, index - start))
    start = index + 1
  }
  if start < bytes.count { lines.append((start, bytes.count - start)) }
  let lineBytes = lines.reduce(0) { $0 + $1.1 }
  print("lines   \(lines.count) lines, \(lineBytes / max(lines.count, 1)) bytes on average")
  var lineDigests: [[SHA256Digest]] = []
  for implementation in SHA256.Implementation.available {
    let timed = best {
      bytes.withUnsafeBytes { raw in
        var digests: [SHA256Digest] = []
        digests.reserveCapacity(lines.count)
        for (offset, length) in lines {
          var hasher = SHA256(implementation: implementation)
          hasher.update(UnsafeRawBufferPointer(rebasing: raw[offset..<(offset + length)]))
          digests.append(hasher.finalize())
        }
        return digests
      }
    }
    let perLine = timed.seconds / Double(max(lines.count, 1)) * 1e9
    let last = timed.result.last.map(\.hex) ?? "-"
    print(
      "lines   \(implementation)  \(rate(timed.seconds, lineBytes))  "
        + "\(Int(perLine.rounded())) ns/line  \(last)")
    lineDigests.append(timed.result)
  }
  if Set(lineDigests).count > 1 { fail("the implementations disagree") }
}
if Set(digests).count > 1 { fail("the implementations disagree") }

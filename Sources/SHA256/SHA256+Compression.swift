// The portable SHA-256 compression function, FIPS 180-4 section 6.2.2, fully unrolled. It is
// the reference and the fallback for the SHA extensions (SHA256+Implementation.swift).
//
// The 64 steps are written out one per line with their round constant K[t] inline, so the
// optimiser keeps all sixteen schedule words and eight working variables in registers. Instead
// of shuffling a...h after every step, each line names them in rotated order: a step only
// changes d (d + T1) and h (T1 + T2), and the next line treats those as the new e and a.

extension SHA256 {
  /// Runs the compression function in portable Swift over `blockCount` consecutive 64-byte
  /// blocks at `blocks`, which need no particular alignment.
  mutating func compressPortable(_ blocks: UnsafeRawPointer, blockCount: Int) {
    var state0 = h0
    var state1 = h1
    var state2 = h2
    var state3 = h3
    var state4 = h4
    var state5 = h5
    var state6 = h6
    var state7 = h7
    var block = blocks
    for _ in 0..<blockCount {
      var w0 = bigEndianWord(block, 0)
      var w1 = bigEndianWord(block, 1)
      var w2 = bigEndianWord(block, 2)
      var w3 = bigEndianWord(block, 3)
      var w4 = bigEndianWord(block, 4)
      var w5 = bigEndianWord(block, 5)
      var w6 = bigEndianWord(block, 6)
      var w7 = bigEndianWord(block, 7)
      var w8 = bigEndianWord(block, 8)
      var w9 = bigEndianWord(block, 9)
      var w10 = bigEndianWord(block, 10)
      var w11 = bigEndianWord(block, 11)
      var w12 = bigEndianWord(block, 12)
      var w13 = bigEndianWord(block, 13)
      var w14 = bigEndianWord(block, 14)
      var w15 = bigEndianWord(block, 15)

      var a = state0
      var b = state1
      var c = state2
      var d = state3
      var e = state4
      var f = state5
      var g = state6
      var h = state7

      // Rounds 0-15: the message words as loaded.
      step(a, b, c, &d, e, f, g, &h, 0x428a_2f98 &+ w0)
      step(h, a, b, &c, d, e, f, &g, 0x7137_4491 &+ w1)
      step(g, h, a, &b, c, d, e, &f, 0xb5c0_fbcf &+ w2)
      step(f, g, h, &a, b, c, d, &e, 0xe9b5_dba5 &+ w3)
      step(e, f, g, &h, a, b, c, &d, 0x3956_c25b &+ w4)
      step(d, e, f, &g, h, a, b, &c, 0x59f1_11f1 &+ w5)
      step(c, d, e, &f, g, h, a, &b, 0x923f_82a4 &+ w6)
      step(b, c, d, &e, f, g, h, &a, 0xab1c_5ed5 &+ w7)
      step(a, b, c, &d, e, f, g, &h, 0xd807_aa98 &+ w8)
      step(h, a, b, &c, d, e, f, &g, 0x1283_5b01 &+ w9)
      step(g, h, a, &b, c, d, e, &f, 0x2431_85be &+ w10)
      step(f, g, h, &a, b, c, d, &e, 0x550c_7dc3 &+ w11)
      step(e, f, g, &h, a, b, c, &d, 0x72be_5d74 &+ w12)
      step(d, e, f, &g, h, a, b, &c, 0x80de_b1fe &+ w13)
      step(c, d, e, &f, g, h, a, &b, 0x9bdc_06a7 &+ w14)
      step(b, c, d, &e, f, g, h, &a, 0xc19b_f174 &+ w15)
      // Rounds 16-31: each step first extends the schedule in place, W[t] in w(t mod 16).
      w0 = w0 &+ smallSigma1(w14) &+ w9 &+ smallSigma0(w1)
      step(a, b, c, &d, e, f, g, &h, 0xe49b_69c1 &+ w0)
      w1 = w1 &+ smallSigma1(w15) &+ w10 &+ smallSigma0(w2)
      step(h, a, b, &c, d, e, f, &g, 0xefbe_4786 &+ w1)
      w2 = w2 &+ smallSigma1(w0) &+ w11 &+ smallSigma0(w3)
      step(g, h, a, &b, c, d, e, &f, 0x0fc1_9dc6 &+ w2)
      w3 = w3 &+ smallSigma1(w1) &+ w12 &+ smallSigma0(w4)
      step(f, g, h, &a, b, c, d, &e, 0x240c_a1cc &+ w3)
      w4 = w4 &+ smallSigma1(w2) &+ w13 &+ smallSigma0(w5)
      step(e, f, g, &h, a, b, c, &d, 0x2de9_2c6f &+ w4)
      w5 = w5 &+ smallSigma1(w3) &+ w14 &+ smallSigma0(w6)
      step(d, e, f, &g, h, a, b, &c, 0x4a74_84aa &+ w5)
      w6 = w6 &+ smallSigma1(w4) &+ w15 &+ smallSigma0(w7)
      step(c, d, e, &f, g, h, a, &b, 0x5cb0_a9dc &+ w6)
      w7 = w7 &+ smallSigma1(w5) &+ w0 &+ smallSigma0(w8)
      step(b, c, d, &e, f, g, h, &a, 0x76f9_88da &+ w7)
      w8 = w8 &+ smallSigma1(w6) &+ w1 &+ smallSigma0(w9)
      step(a, b, c, &d, e, f, g, &h, 0x983e_5152 &+ w8)
      w9 = w9 &+ smallSigma1(w7) &+ w2 &+ smallSigma0(w10)
      step(h, a, b, &c, d, e, f, &g, 0xa831_c66d &+ w9)
      w10 = w10 &+ smallSigma1(w8) &+ w3 &+ smallSigma0(w11)
      step(g, h, a, &b, c, d, e, &f, 0xb003_27c8 &+ w10)
      w11 = w11 &+ smallSigma1(w9) &+ w4 &+ smallSigma0(w12)
      step(f, g, h, &a, b, c, d, &e, 0xbf59_7fc7 &+ w11)
      w12 = w12 &+ smallSigma1(w10) &+ w5 &+ smallSigma0(w13)
      step(e, f, g, &h, a, b, c, &d, 0xc6e0_0bf3 &+ w12)
      w13 = w13 &+ smallSigma1(w11) &+ w6 &+ smallSigma0(w14)
      step(d, e, f, &g, h, a, b, &c, 0xd5a7_9147 &+ w13)
      w14 = w14 &+ smallSigma1(w12) &+ w7 &+ smallSigma0(w15)
      step(c, d, e, &f, g, h, a, &b, 0x06ca_6351 &+ w14)
      w15 = w15 &+ smallSigma1(w13) &+ w8 &+ smallSigma0(w0)
      step(b, c, d, &e, f, g, h, &a, 0x1429_2967 &+ w15)
      // Rounds 32-47: each step first extends the schedule in place, W[t] in w(t mod 16).
      w0 = w0 &+ smallSigma1(w14) &+ w9 &+ smallSigma0(w1)
      step(a, b, c, &d, e, f, g, &h, 0x27b7_0a85 &+ w0)
      w1 = w1 &+ smallSigma1(w15) &+ w10 &+ smallSigma0(w2)
      step(h, a, b, &c, d, e, f, &g, 0x2e1b_2138 &+ w1)
      w2 = w2 &+ smallSigma1(w0) &+ w11 &+ smallSigma0(w3)
      step(g, h, a, &b, c, d, e, &f, 0x4d2c_6dfc &+ w2)
      w3 = w3 &+ smallSigma1(w1) &+ w12 &+ smallSigma0(w4)
      step(f, g, h, &a, b, c, d, &e, 0x5338_0d13 &+ w3)
      w4 = w4 &+ smallSigma1(w2) &+ w13 &+ smallSigma0(w5)
      step(e, f, g, &h, a, b, c, &d, 0x650a_7354 &+ w4)
      w5 = w5 &+ smallSigma1(w3) &+ w14 &+ smallSigma0(w6)
      step(d, e, f, &g, h, a, b, &c, 0x766a_0abb &+ w5)
      w6 = w6 &+ smallSigma1(w4) &+ w15 &+ smallSigma0(w7)
      step(c, d, e, &f, g, h, a, &b, 0x81c2_c92e &+ w6)
      w7 = w7 &+ smallSigma1(w5) &+ w0 &+ smallSigma0(w8)
      step(b, c, d, &e, f, g, h, &a, 0x9272_2c85 &+ w7)
      w8 = w8 &+ smallSigma1(w6) &+ w1 &+ smallSigma0(w9)
      step(a, b, c, &d, e, f, g, &h, 0xa2bf_e8a1 &+ w8)
      w9 = w9 &+ smallSigma1(w7) &+ w2 &+ smallSigma0(w10)
      step(h, a, b, &c, d, e, f, &g, 0xa81a_664b &+ w9)
      w10 = w10 &+ smallSigma1(w8) &+ w3 &+ smallSigma0(w11)
      step(g, h, a, &b, c, d, e, &f, 0xc24b_8b70 &+ w10)
      w11 = w11 &+ smallSigma1(w9) &+ w4 &+ smallSigma0(w12)
      step(f, g, h, &a, b, c, d, &e, 0xc76c_51a3 &+ w11)
      w12 = w12 &+ smallSigma1(w10) &+ w5 &+ smallSigma0(w13)
      step(e, f, g, &h, a, b, c, &d, 0xd192_e819 &+ w12)
      w13 = w13 &+ smallSigma1(w11) &+ w6 &+ smallSigma0(w14)
      step(d, e, f, &g, h, a, b, &c, 0xd699_0624 &+ w13)
      w14 = w14 &+ smallSigma1(w12) &+ w7 &+ smallSigma0(w15)
      step(c, d, e, &f, g, h, a, &b, 0xf40e_3585 &+ w14)
      w15 = w15 &+ smallSigma1(w13) &+ w8 &+ smallSigma0(w0)
      step(b, c, d, &e, f, g, h, &a, 0x106a_a070 &+ w15)
      // Rounds 48-63: each step first extends the schedule in place, W[t] in w(t mod 16).
      w0 = w0 &+ smallSigma1(w14) &+ w9 &+ smallSigma0(w1)
      step(a, b, c, &d, e, f, g, &h, 0x19a4_c116 &+ w0)
      w1 = w1 &+ smallSigma1(w15) &+ w10 &+ smallSigma0(w2)
      step(h, a, b, &c, d, e, f, &g, 0x1e37_6c08 &+ w1)
      w2 = w2 &+ smallSigma1(w0) &+ w11 &+ smallSigma0(w3)
      step(g, h, a, &b, c, d, e, &f, 0x2748_774c &+ w2)
      w3 = w3 &+ smallSigma1(w1) &+ w12 &+ smallSigma0(w4)
      step(f, g, h, &a, b, c, d, &e, 0x34b0_bcb5 &+ w3)
      w4 = w4 &+ smallSigma1(w2) &+ w13 &+ smallSigma0(w5)
      step(e, f, g, &h, a, b, c, &d, 0x391c_0cb3 &+ w4)
      w5 = w5 &+ smallSigma1(w3) &+ w14 &+ smallSigma0(w6)
      step(d, e, f, &g, h, a, b, &c, 0x4ed8_aa4a &+ w5)
      w6 = w6 &+ smallSigma1(w4) &+ w15 &+ smallSigma0(w7)
      step(c, d, e, &f, g, h, a, &b, 0x5b9c_ca4f &+ w6)
      w7 = w7 &+ smallSigma1(w5) &+ w0 &+ smallSigma0(w8)
      step(b, c, d, &e, f, g, h, &a, 0x682e_6ff3 &+ w7)
      w8 = w8 &+ smallSigma1(w6) &+ w1 &+ smallSigma0(w9)
      step(a, b, c, &d, e, f, g, &h, 0x748f_82ee &+ w8)
      w9 = w9 &+ smallSigma1(w7) &+ w2 &+ smallSigma0(w10)
      step(h, a, b, &c, d, e, f, &g, 0x78a5_636f &+ w9)
      w10 = w10 &+ smallSigma1(w8) &+ w3 &+ smallSigma0(w11)
      step(g, h, a, &b, c, d, e, &f, 0x84c8_7814 &+ w10)
      w11 = w11 &+ smallSigma1(w9) &+ w4 &+ smallSigma0(w12)
      step(f, g, h, &a, b, c, d, &e, 0x8cc7_0208 &+ w11)
      w12 = w12 &+ smallSigma1(w10) &+ w5 &+ smallSigma0(w13)
      step(e, f, g, &h, a, b, c, &d, 0x90be_fffa &+ w12)
      w13 = w13 &+ smallSigma1(w11) &+ w6 &+ smallSigma0(w14)
      step(d, e, f, &g, h, a, b, &c, 0xa450_6ceb &+ w13)
      w14 = w14 &+ smallSigma1(w12) &+ w7 &+ smallSigma0(w15)
      step(c, d, e, &f, g, h, a, &b, 0xbef9_a3f7 &+ w14)
      w15 = w15 &+ smallSigma1(w13) &+ w8 &+ smallSigma0(w0)
      step(b, c, d, &e, f, g, h, &a, 0xc671_78f2 &+ w15)

      state0 &+= a
      state1 &+= b
      state2 &+= c
      state3 &+= d
      state4 &+= e
      state5 &+= f
      state6 &+= g
      state7 &+= h
      block += 64
    }
    h0 = state0
    h1 = state1
    h2 = state2
    h3 = state3
    h4 = state4
    h5 = state5
    h6 = state6
    h7 = state7
  }
}

/// Word `index` (0...15) of the block at `block`, read big-endian.
@inline(__always)
private func bigEndianWord(_ block: UnsafeRawPointer, _ index: Int) -> UInt32 {
  UInt32(bigEndian: block.loadUnaligned(fromByteOffset: index &* 4, as: UInt32.self))
}

/// One step of the compression function: with T1 = h + Σ1(e) + Ch(e, f, g) + K[t] + W[t] and
/// T2 = Σ0(a) + Maj(a, b, c), sets d to d + T1 (the next e) and h to T1 + T2 (the next a).
/// `roundInput` is K[t] + W[t].
@inline(__always)
private func step(
  _ a: UInt32, _ b: UInt32, _ c: UInt32, _ d: inout UInt32,
  _ e: UInt32, _ f: UInt32, _ g: UInt32, _ h: inout UInt32,
  _ roundInput: UInt32
) {
  let choice = g ^ (e & (f ^ g))  // Ch(e, f, g) = (e AND f) XOR (NOT e AND g)
  let majority = (a & b) | (c & (a | b))  // Maj(a, b, c) = (a AND b) XOR (a AND c) XOR (b AND c)
  let t1 = h &+ bigSigma1(e) &+ choice &+ roundInput
  let t2 = bigSigma0(a) &+ majority
  d = d &+ t1
  h = t1 &+ t2
}

/// Rotates `x` right by `count` bits, 0 < count < 32.
@inline(__always)
private func rotateRight(_ x: UInt32, _ count: UInt32) -> UInt32 {
  (x &>> count) | (x &<< (32 &- count))
}

/// Σ0 (FIPS 180-4 equation 4.4).
@inline(__always)
private func bigSigma0(_ x: UInt32) -> UInt32 {
  rotateRight(x, 2) ^ rotateRight(x, 13) ^ rotateRight(x, 22)
}

/// Σ1 (FIPS 180-4 equation 4.5).
@inline(__always)
private func bigSigma1(_ x: UInt32) -> UInt32 {
  rotateRight(x, 6) ^ rotateRight(x, 11) ^ rotateRight(x, 25)
}

/// σ0 (FIPS 180-4 equation 4.6).
@inline(__always)
private func smallSigma0(_ x: UInt32) -> UInt32 {
  rotateRight(x, 7) ^ rotateRight(x, 18) ^ (x &>> 3)
}

/// σ1 (FIPS 180-4 equation 4.7).
@inline(__always)
private func smallSigma1(_ x: UInt32) -> UInt32 {
  rotateRight(x, 17) ^ rotateRight(x, 19) ^ (x &>> 10)
}

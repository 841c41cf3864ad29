// The SHA-256 compression function with the x86 SHA extensions.
//
// Only the compression function is here; padding, buffering and the digest stay in Swift. The
// function is compiled with the `sha` and `sse4.1` targets alone, so the rest of the package
// still builds for baseline x86-64 and runs anywhere; CPUID decides at run time whether it may
// be called. Off x86 the file compiles to "not available".
//
// How the instructions fit FIPS 180-4: SHA256RNDS2 does two rounds on the state held as two
// registers, ABEF and CDGH, taking W[t] + K[t] for those two rounds from the low 64 bits of its
// third operand; SHA256MSG1 and SHA256MSG2 compute four message schedule words at a time,
// W[t] = sigma1(W[t-2]) + W[t-7] + sigma0(W[t-15]) + W[t-16], with PALIGNR supplying W[t-7].
// The layout follows Intel's "Intel SHA Extensions" white paper (Gulley et al., 2013).
#include "CSHA256.h"

#if defined(__x86_64__) || defined(__i386__)

#include <cpuid.h>
#include <immintrin.h>

int csha256_has_sha_extensions(void) {
  unsigned int eax, ebx, ecx, edx;
  if (!__get_cpuid(1, &eax, &ebx, &ecx, &edx)) return 0;
  const unsigned int ssse3 = 1u << 9, sse41 = 1u << 19;
  if ((ecx & ssse3) == 0 || (ecx & sse41) == 0) return 0;
  // __get_cpuid_count checks that leaf 7 exists before asking for it.
  if (!__get_cpuid_count(7, 0, &eax, &ebx, &ecx, &edx)) return 0;
  const unsigned int sha = 1u << 29;
  return (ebx & sha) != 0;
}

/// K[0...63], FIPS 180-4 section 4.2.2, aligned for 16-byte loads.
static const uint32_t round_constants[64] __attribute__((aligned(16))) = {
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
  0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
  0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
};

// Rounds 4g...4g+3 with the schedule words W[4g...4g+3] in `words`: two SHA256RNDS2, the
// second taking the upper two words of W + K.
#define FOUR_ROUNDS(g, words)                                                             \
  do {                                                                                    \
    __m128i input = _mm_add_epi32(                                                        \
      (words), _mm_load_si128((const __m128i *)&round_constants[4 * (g)]));               \
    cdgh = _mm_sha256rnds2_epu32(cdgh, abef, input);                                      \
    abef = _mm_sha256rnds2_epu32(abef, cdgh, _mm_shuffle_epi32(input, 0x0E));             \
  } while (0)

// The first half of the schedule for a later group: `oldest` (W[t-16...t-13]) plus
// sigma0 of the words after it, taken from `next` (W[t-12...t-9]).
#define SCHEDULE_PART1(oldest, next) (oldest) = _mm_sha256msg1_epu32((oldest), (next))

// The second half: adds W[t-7...t-4] (from `latest` and `previous`, W[t-8...t-1]) and
// sigma1 of W[t-2], W[t-1], turning `partial` into W[t...t+3].
#define SCHEDULE_PART2(partial, latest, previous) \
  (partial) = _mm_sha256msg2_epu32(                \
    _mm_add_epi32((partial), _mm_alignr_epi8((latest), (previous), 4)), (latest))

__attribute__((target("sha,sse4.1")))
void csha256_compress_sha_extensions(uint32_t state[8], const void *blocks, size_t block_count) {
  // Big-endian words: reverse the bytes within each 32-bit lane.
  const __m128i byte_swap = _mm_set_epi64x(0x0c0d0e0f08090a0bULL, 0x0405060700010203ULL);
  const uint8_t *block = (const uint8_t *)blocks;

  // From H0...H7 in memory order to the two registers SHA256RNDS2 works on.
  __m128i dcba = _mm_loadu_si128((const __m128i *)&state[0]);
  __m128i hgfe = _mm_loadu_si128((const __m128i *)&state[4]);
  __m128i cdab = _mm_shuffle_epi32(dcba, 0xB1);
  __m128i efgh = _mm_shuffle_epi32(hgfe, 0x1B);
  __m128i abef = _mm_alignr_epi8(cdab, efgh, 8);
  __m128i cdgh = _mm_blend_epi16(efgh, cdab, 0xF0);

  for (size_t remaining = block_count; remaining > 0; remaining--, block += 64) {
    const __m128i abef_before = abef;
    const __m128i cdgh_before = cdgh;
    __m128i w0, w1, w2, w3;  // four schedule words each; w(g mod 4) holds group g

    w0 = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)(block + 0)), byte_swap);
    FOUR_ROUNDS(0, w0);
    w1 = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)(block + 16)), byte_swap);
    FOUR_ROUNDS(1, w1);
    SCHEDULE_PART1(w0, w1);
    w2 = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)(block + 32)), byte_swap);
    FOUR_ROUNDS(2, w2);
    SCHEDULE_PART1(w1, w2);
    w3 = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)(block + 48)), byte_swap);
    FOUR_ROUNDS(3, w3);
    SCHEDULE_PART2(w0, w3, w2);
    SCHEDULE_PART1(w2, w3);

    FOUR_ROUNDS(4, w0);
    SCHEDULE_PART2(w1, w0, w3);
    SCHEDULE_PART1(w3, w0);
    FOUR_ROUNDS(5, w1);
    SCHEDULE_PART2(w2, w1, w0);
    SCHEDULE_PART1(w0, w1);
    FOUR_ROUNDS(6, w2);
    SCHEDULE_PART2(w3, w2, w1);
    SCHEDULE_PART1(w1, w2);
    FOUR_ROUNDS(7, w3);
    SCHEDULE_PART2(w0, w3, w2);
    SCHEDULE_PART1(w2, w3);

    FOUR_ROUNDS(8, w0);
    SCHEDULE_PART2(w1, w0, w3);
    SCHEDULE_PART1(w3, w0);
    FOUR_ROUNDS(9, w1);
    SCHEDULE_PART2(w2, w1, w0);
    SCHEDULE_PART1(w0, w1);
    FOUR_ROUNDS(10, w2);
    SCHEDULE_PART2(w3, w2, w1);
    SCHEDULE_PART1(w1, w2);
    FOUR_ROUNDS(11, w3);
    SCHEDULE_PART2(w0, w3, w2);
    SCHEDULE_PART1(w2, w3);

    FOUR_ROUNDS(12, w0);
    SCHEDULE_PART2(w1, w0, w3);
    SCHEDULE_PART1(w3, w0);
    FOUR_ROUNDS(13, w1);
    SCHEDULE_PART2(w2, w1, w0);
    FOUR_ROUNDS(14, w2);
    SCHEDULE_PART2(w3, w2, w1);
    FOUR_ROUNDS(15, w3);

    abef = _mm_add_epi32(abef, abef_before);
    cdgh = _mm_add_epi32(cdgh, cdgh_before);
  }

  // Back to H0...H7 in memory order.
  __m128i feba = _mm_shuffle_epi32(abef, 0x1B);
  __m128i dchg = _mm_shuffle_epi32(cdgh, 0xB1);
  _mm_storeu_si128((__m128i *)&state[0], _mm_blend_epi16(feba, dchg, 0xF0));
  _mm_storeu_si128((__m128i *)&state[4], _mm_alignr_epi8(dchg, feba, 8));
}

#else

int csha256_has_sha_extensions(void) { return 0; }

void csha256_compress_sha_extensions(uint32_t state[8], const void *blocks, size_t block_count) {
  // Never called: csha256_has_sha_extensions() is 0 on this architecture.
  (void)state;
  (void)blocks;
  (void)block_count;
  __builtin_trap();
}

#endif

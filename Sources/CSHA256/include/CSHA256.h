// SHA-256 compression near the hardware: the x86 SHA extensions (SHA-NI), chosen at run time.
//
// The Swift module SHA256 calls these; nothing else should. The portable Swift code stays the
// reference and the fallback: on a CPU without the extensions, or on a non-x86 build,
// csha256_has_sha_extensions() returns 0 and csha256_compress_sha_extensions() must not be
// called.
#ifndef CSHA256_H
#define CSHA256_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// 1 if this CPU has the SHA extensions together with SSSE3 and SSE4.1 (CPUID leaf 7 EBX bit 29,
/// leaf 1 ECX bits 9 and 19) and this build can use them; 0 otherwise, always 0 off x86.
int csha256_has_sha_extensions(void);

/// Runs the SHA-256 compression function (FIPS 180-4 section 6.2.2) over `block_count`
/// consecutive 64-byte blocks at `blocks` (no alignment needed), updating the hash value
/// `state[0...7]` (H0...H7) in place. Only call it when csha256_has_sha_extensions() is 1.
void csha256_compress_sha_extensions(uint32_t state[8], const void *blocks, size_t block_count);

#ifdef __cplusplus
}
#endif

#endif

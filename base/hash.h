// Stable content hashing (FNV-1a, 64 bit) for plan ids and idempotent ingest.
// Not cryptographic; stable across runs, machines and builds.
#ifndef KEHOACH_BASE_HASH_H_
#define KEHOACH_BASE_HASH_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace kehoach {

uint64_t Fnv1a64(std::string_view bytes);
// 16 lowercase hex digits of Fnv1a64(bytes).
std::string HexHash(std::string_view bytes);

}  // namespace kehoach

#endif  // KEHOACH_BASE_HASH_H_

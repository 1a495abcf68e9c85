#include "nlp/restore/string_table.h"

#include <cstring>

#include "nlp/restore/model_file.h"

namespace kehoach::nlp::restore {

uint64_t HashBytes(std::string_view s) {
  uint64_t h = 0xcbf29ce484222325ull ^ (s.size() * 0x9E3779B97F4A7C15ull);
  size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    uint64_t w;
    std::memcpy(&w, s.data() + i, 8);
    h = (h ^ w) * 0xff51afd7ed558ccdull;
    h ^= h >> 32;
  }
  for (; i < s.size(); ++i) h = (h ^ static_cast<uint8_t>(s[i])) * 0x100000001b3ull;
  h ^= h >> 33;
  h *= 0xc4ceb9fe1a85ec53ull;
  h ^= h >> 29;
  return h;
}

Status StringTable::Attach(std::string_view section) {
  if (section.size() < 8) return Status::Corruption("string table section too small");
  const uint32_t* head = reinterpret_cast<const uint32_t*>(section.data());
  uint32_t n = head[0], slots = head[1];
  uint64_t need = 8 + 4ull * (n + 1) + 4ull * slots;
  if (slots == 0 || (slots & (slots - 1)) != 0 || need > section.size()) {
    return Status::Corruption("string table section is malformed");
  }
  offsets_ = head + 2;
  slots_ = offsets_ + n + 1;
  bytes_ = section.data() + need;
  if (offsets_[n] > section.size() - need) return Status::Corruption("string table bytes truncated");
  n_ = n;
  mask_ = slots - 1;
  return Status::OK();
}

uint32_t StringTable::Find(std::string_view s) const {
  if (n_ == 0) return kNotFound;
  for (uint32_t pos = static_cast<uint32_t>(HashBytes(s)) & mask_;; pos = (pos + 1) & mask_) {
    uint32_t v = slots_[pos];
    if (v == 0) return kNotFound;
    if (At(v - 1) == s) return v - 1;
  }
}

uint32_t StringTableBuilder::Find(std::string_view s) const {
  const auto& bucket = buckets_[HashBytes(s) & (buckets_.size() - 1)];
  for (uint32_t i : bucket) {
    if (strings_[i] == s) return i;
  }
  return StringTable::kNotFound;
}

uint32_t StringTableBuilder::Add(std::string_view s) {
  uint32_t found = Find(s);
  if (found != StringTable::kNotFound) return found;
  uint32_t id = size();
  strings_.emplace_back(s);
  if (strings_.size() > buckets_.size()) {
    std::vector<std::vector<uint32_t>> grown(buckets_.size() * 4);
    for (uint32_t i = 0; i < strings_.size() - 1; ++i) grown[HashBytes(strings_[i]) & (grown.size() - 1)].push_back(i);
    buckets_.swap(grown);
  }
  buckets_[HashBytes(s) & (buckets_.size() - 1)].push_back(id);
  return id;
}

std::string StringTableBuilder::Serialize() const {
  uint32_t n = size();
  uint32_t slots = 16;
  while (slots < 2 * n) slots *= 2;
  std::vector<uint32_t> offsets(n + 1, 0), table(slots, 0);
  std::string bytes;
  for (uint32_t i = 0; i < n; ++i) {
    offsets[i] = static_cast<uint32_t>(bytes.size());
    bytes += strings_[i];
    uint32_t pos = static_cast<uint32_t>(HashBytes(strings_[i])) & (slots - 1);
    while (table[pos] != 0) pos = (pos + 1) & (slots - 1);
    table[pos] = i + 1;
  }
  offsets[n] = static_cast<uint32_t>(bytes.size());
  std::string out;
  AppendPod(&out, n);
  AppendPod(&out, slots);
  AppendArray(&out, offsets);
  AppendArray(&out, table);
  out += bytes;
  return out;
}

}  // namespace kehoach::nlp::restore

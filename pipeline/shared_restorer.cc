#include "pipeline/shared_restorer.h"

#include <map>
#include <memory>
#include <mutex>

namespace kehoach::pipeline {

Result<const nlp::restore::DiacriticRestorer*> SharedRestorer(const std::string& path) {
  static std::mutex mu;
  static std::map<std::string, std::unique_ptr<nlp::restore::DiacriticRestorer>> loaded;
  std::lock_guard<std::mutex> lock(mu);
  auto it = loaded.find(path);
  if (it != loaded.end()) return static_cast<const nlp::restore::DiacriticRestorer*>(it->second.get());
  auto r = nlp::restore::DiacriticRestorer::Open(path);
  if (!r.ok()) return r.status();
  const nlp::restore::DiacriticRestorer* p = r->get();
  loaded.emplace(path, std::move(*r));
  return p;
}

}  // namespace kehoach::pipeline

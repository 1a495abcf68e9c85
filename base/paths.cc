#include "base/paths.h"

#include <cstdlib>

namespace kehoach {

namespace {
std::string Join(const std::string& dir, const std::string& name) {
  if (dir.empty() || dir.back() == '/') return dir + name;
  return dir + "/" + name;
}
}  // namespace

std::string ResourcePath(const std::string& relative) {
  const char* home = std::getenv("KEHOACH_HOME");
  return Join(home && *home ? home : KEHOACH_SOURCE_DIR, relative);
}

std::string ModelPath(const std::string& name) {
  const char* dir = std::getenv("KEHOACH_MODEL_DIR");
  return Join(dir && *dir ? dir : KEHOACH_MODEL_DIR_DEFAULT, name);
}

}  // namespace kehoach

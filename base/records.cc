#include "base/records.h"

namespace kehoach {

namespace {
constexpr const char* kDeadlineNames[] = {"none", "date", "range", "recurring", "ongoing", "horizon"};
constexpr const char* kTaskNames[] = {"task", "assignment", "table_row"};
}  // namespace

const char* DeadlineKindName(DeadlineKind k) { return kDeadlineNames[static_cast<int>(k)]; }
const char* TaskKindName(TaskKind k) { return kTaskNames[static_cast<int>(k)]; }

bool ParseDeadlineKind(const std::string& name, DeadlineKind* out) {
  for (int i = 0; i < 6; ++i) {
    if (name == kDeadlineNames[i]) {
      *out = static_cast<DeadlineKind>(i);
      return true;
    }
  }
  return false;
}

bool ParseTaskKind(const std::string& name, TaskKind* out) {
  for (int i = 0; i < 3; ++i) {
    if (name == kTaskNames[i]) {
      *out = static_cast<TaskKind>(i);
      return true;
    }
  }
  return false;
}

}  // namespace kehoach

// Reading a graph@1 file: mapped into memory, then the fast reader, or the reference one for
// errors.
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <string>

#include "chronograph/base/atomic_file.hpp"
#include "chronograph/base/source_error.hpp"
#include "chronograph/graph/graph_reader.hpp"
#include "chronograph/graph/json_io.hpp"
#include "fast_scan.hpp"

namespace chronograph::graph {

namespace {

// The bytes of a file: mapped when it is a non-empty regular file (no copy, and the kernel
// fills the pages ahead of the reader), else read like any other input.
class FileBytes {
 public:
  explicit FileBytes(const std::string& path) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    struct stat st {};
    if (fd >= 0 && ::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0) {
      void* m = ::mmap(nullptr, static_cast<std::size_t>(st.st_size), PROT_READ,
                       MAP_PRIVATE | MAP_POPULATE, fd, 0);
      if (m != MAP_FAILED) {
        map_ = m;
        size_ = static_cast<std::size_t>(st.st_size);
        ::madvise(map_, size_, MADV_SEQUENTIAL);
      }
    }
    if (fd >= 0) ::close(fd);
    if (map_ == nullptr) {
      try {
        copy_ = base::read_file(path);
      } catch (const std::exception&) {
        throw base::InputError(path, 1, 1, "cannot read graph file");
      }
    }
  }
  FileBytes(const FileBytes&) = delete;
  FileBytes& operator=(const FileBytes&) = delete;
  ~FileBytes() {
    if (map_ != nullptr) ::munmap(map_, size_);
  }
  std::string_view view() const {
    return map_ != nullptr ? std::string_view(static_cast<const char*>(map_), size_)
                           : std::string_view(copy_);
  }

 private:
  void* map_ = nullptr;
  std::size_t size_ = 0;
  std::string copy_;
};

double ms_since(std::chrono::steady_clock::time_point t0) {
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
}

}  // namespace

graph::Timeline load_graph(const std::string& path, LoadTimes* times) {
  auto t0 = std::chrono::steady_clock::now();
  const FileBytes bytes(path);
  if (times) times->read_ms = ms_since(t0);
  t0 = std::chrono::steady_clock::now();
  graph::Timeline t;
  // Built in place: moving a Timeline would copy its graph (see read_graph_fast).
  if (!fast::read_into(bytes.view(), t)) t = from_json(bytes.view(), path);
  if (times) times->parse_ms = ms_since(t0);
  return t;
}

}  // namespace chronograph::graph

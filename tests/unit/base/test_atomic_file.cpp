// Tests of atomic output writing.
#include <doctest/doctest.h>

#include "../test_support.hpp"
#include "chronograph/base/atomic_file.hpp"

using namespace chronograph::base;

TEST_CASE("base: write_file_atomically replaces content and leaves no temp files") {
  test_support::TempDir dir;
  const auto p = dir / "out.json";
  write_file_atomically(p, "first");
  write_file_atomically(p, "second");
  CHECK(read_file(p) == "second");
  std::size_t files = 0;
  for (const auto& e : std::filesystem::directory_iterator(dir.path())) {
    (void)e;
    ++files;
  }
  CHECK(files == 1);
}

TEST_CASE("base: a failed atomic write names the path and keeps the old file") {
  test_support::TempDir dir;
  CHECK_THROWS_WITH_AS(write_file_atomically(dir / "missing-dir/out.json", "x"),
                       doctest::Contains("missing-dir/out.json"), std::runtime_error);
  CHECK_THROWS_AS(read_file(dir / "nope"), std::runtime_error);
}

TEST_CASE("base: a failed multi-file write leaves every old output untouched") {
  test_support::TempDir dir;
  write_file_atomically(dir / "a.json", "old a");
  CHECK_THROWS_AS(
      write_files_atomically({{dir / "a.json", "new a"}, {dir / "missing-dir/b.dot", "new b"}}),
      std::runtime_error);
  CHECK(read_file(dir / "a.json") == "old a");
  std::size_t files = 0;
  for (const auto& e : std::filesystem::directory_iterator(dir.path())) {
    (void)e;
    ++files;
  }
  CHECK(files == 1);  // no temporary left behind
  write_files_atomically({{dir / "a.json", "new a"}, {dir / "b.dot", "new b"}});
  CHECK(read_file(dir / "a.json") == "new a");
  CHECK(read_file(dir / "b.dot") == "new b");
}

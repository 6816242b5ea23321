// A guard on the suite itself: every test case name survives ctest's registration.
#include <doctest/doctest.h>

#include <filesystem>
#include <string>

#include "test_support.hpp"

// Regression: doctest_discover_tests turns the test list into a CMake list, cut at ';'. A name
// holding one was registered as a prefix that matched no test case, so ctest ran nothing and
// counted a pass: 15 test cases never ran, one of them failing.
TEST_CASE("suite: no test case name holds a semicolon, which ctest would cut at") {
  namespace fs = std::filesystem;
  std::size_t names = 0;
  for (const auto& entry :
       fs::recursive_directory_iterator(test_support::source_dir() / "tests/unit")) {
    if (entry.path().extension() != ".cpp") continue;
    const std::string text = test_support::slurp(entry.path());
    const std::string marker = "TEST_CASE(\"";
    for (auto at = text.find(marker); at != std::string::npos; at = text.find(marker, at + 1)) {
      const auto start = at + marker.size();
      const std::string name = text.substr(start, text.find('"', start) - start);
      ++names;
      CAPTURE(entry.path().string());
      CHECK_MESSAGE(name.find(';') == std::string::npos, name);
    }
  }
  CHECK(names > 200);
}

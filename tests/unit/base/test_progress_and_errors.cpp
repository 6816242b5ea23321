// The progress line's text, several input errors told at once, and default data lookup.
#include <doctest/doctest.h>

#include <sstream>

#include "chronograph/base/data_path.hpp"
#include "chronograph/base/progress.hpp"
#include "chronograph/base/source_error.hpp"

using namespace chronograph::base;

TEST_CASE("progress: documents, MB/s and the time left") {
  CHECK(Progress::line(5, 20, 2'000'000, 8'000'000, 2.0) ==
        "chronograph: 5/20 documents, 1.0 MB/s, ETA 0:06");
  CHECK(Progress::line(20, 20, 8'000'000, 8'000'000, 4.0) ==
        "chronograph: 20/20 documents, 2.0 MB/s");
  CHECK(progress_mode_from_string("auto") == ProgressMode::automatic);
  CHECK(!progress_mode_from_string("sometimes"));
}

TEST_CASE("progress: never draws when not shown, clears what it drew") {
  std::ostringstream quiet, shown;
  {
    Progress p(quiet, ProgressMode::never, 2, 10);
    p.document_done(5);
    p.document_done(5);
  }
  CHECK(quiet.str().empty());
  {
    Progress p(shown, ProgressMode::always, 2, 10);
    p.document_done(5);
  }
  CHECK(shown.str().find("1/2 documents") != std::string::npos);
  CHECK(shown.str().back() == '\r');  // the line is cleared at the end
}

TEST_CASE("input errors: one line each, capped") {
  std::vector<InputError> errors;
  for (std::size_t i = 1; i <= InputErrors::kMaxReported + 3; ++i)
    errors.emplace_back("f.yaml", i, 1, "bad");
  try {
    InputErrors::throw_if_any(errors);
    FAIL("no throw");
  } catch (const InputErrors& e) {
    const std::string text = e.what();
    CHECK(text.rfind("f.yaml:1:1: error: bad\nf.yaml:2:1: error: bad\n", 0) == 0);
    CHECK(text.find("f.yaml:21:1") == std::string::npos);
    CHECK(text.substr(text.rfind('\n') + 1) == "f.yaml: 3 more errors not shown");
    CHECK(e.line() == 1);
  }
  CHECK_THROWS_AS(InputErrors::throw_if_any({InputError("f", 2, 3, "x")}), InputError);
  CHECK_NOTHROW(InputErrors::throw_if_any({}));
}

TEST_CASE("data files: the clone's data/ first") {
  // The tests run from the repo root, which has data/models.
  CHECK(data_file("models/events.bin") == "data/models/events.bin");
  CHECK(data_file("models/no-such-file.bin") == "data/models/no-such-file.bin");
}

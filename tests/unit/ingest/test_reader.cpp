// Tests of document reading: UTF-8 validation, directory walking, ids.
#include <doctest/doctest.h>

#include "../test_support.hpp"
#include "chronograph/base/source_error.hpp"
#include "chronograph/ingest/reader.hpp"

using namespace chronograph;
using test_support::write_file;

TEST_CASE("ingest: find_invalid_utf8 finds the first bad byte") {
  CHECK_FALSE(ingest::find_invalid_utf8("plain ascii").has_value());
  CHECK_FALSE(ingest::find_invalid_utf8("Erdoğan — “quoted” €").has_value());
  CHECK(ingest::find_invalid_utf8("ab\xff").value() == 2);
  CHECK(ingest::find_invalid_utf8("ab\xc3").value() == 2);                // truncated sequence
  CHECK(ingest::find_invalid_utf8("\xc0\xaf").value() == 0);              // overlong
  CHECK(ingest::find_invalid_utf8("x\xed\xa0\x80").value() == 1);         // UTF-16 surrogate
  CHECK(ingest::find_invalid_utf8(std::string("a\0b", 3)).value() == 1);  // NUL: binary
}

TEST_CASE("ingest: invalid UTF-8 is an error naming file, line, column and byte offset") {
  test_support::TempDir dir;
  write_file(dir / "bad.txt", "line one\nab\xfe rest\n");
  try {
    ingest::read_document((dir / "bad.txt").string());
    FAIL("expected an InputError");
  } catch (const base::InputError& e) {
    CHECK(e.line() == 2);
    CHECK(e.column() == 3);
    CHECK(std::string(e.what()).find("invalid UTF-8 at byte offset 11") != std::string::npos);
  }
}

TEST_CASE("ingest: empty files and CRLF files are read unchanged") {
  test_support::TempDir dir;
  write_file(dir / "empty.txt", "");
  write_file(dir / "crlf.txt", "Title line\r\nBody text.\r\n");
  CHECK(ingest::read_document((dir / "empty.txt").string()).text.empty());
  const auto d = ingest::read_document((dir / "crlf.txt").string());
  CHECK(d.text == "Title line\r\nBody text.\r\n");
  CHECK(d.id == "crlf");
}

TEST_CASE("ingest: directories are walked in sorted order, hidden entries skipped, ids unique") {
  test_support::TempDir dir;
  std::filesystem::create_directories(dir / "b");
  std::filesystem::create_directories(dir / ".git");
  write_file(dir / "b/z.txt", "z");
  write_file(dir / "a.txt", "a");
  write_file(dir / ".hidden.txt", "h");
  write_file(dir / ".git/x.txt", "x");
  write_file(dir / "image.png", "\x89PNG");
  const auto files = ingest::collect_inputs({dir.path().string()});
  REQUIRE(files.size() == 2);
  CHECK(files[0].ends_with("/a.txt"));
  CHECK(files[1].ends_with("/b/z.txt"));
  write_file(dir / "b/a.txt", "second a");
  const auto docs = ingest::read_documents({(dir / "a.txt").string(), (dir / "b/a.txt").string()});
  CHECK(docs[0].id == "a");
  CHECK(docs[1].id == "a-2");
}

TEST_CASE("ingest: a missing path is an input error") {
  CHECK_THROWS_WITH_AS(ingest::collect_inputs({"/nonexistent/where"}),
                       "/nonexistent/where:1:1: error: no such file or directory",
                       base::InputError);
}

TEST_CASE("ingest: inputs are a set in canonical order, whatever order they were given in") {
  test_support::TempDir dir;
  write_file(dir / "b.txt", "b");
  write_file(dir / "a.txt", "a");
  std::filesystem::create_directories(dir / "sub");
  write_file(dir / "sub/c.txt", "c");
  const std::string d = dir.path().string();
  const auto forward = ingest::collect_inputs({d + "/a.txt", d + "/b.txt", d + "/sub"});
  const auto backward = ingest::collect_inputs({d + "/sub/", d + "/b.txt", d + "/./a.txt"});
  CHECK(forward == backward);
  REQUIRE(forward.size() == 3);
  CHECK(forward[0].ends_with("/a.txt"));
  // The same file named twice is one document.
  CHECK(ingest::collect_inputs({d + "/a.txt", d + "/sub/../a.txt"}).size() == 1);
}

TEST_CASE("ingest: only regular files within the size limit are read, with the reason") {
  test_support::TempDir dir;
  write_file(dir / "big.txt", std::string(2000, 'x'));
  ingest::ReadOptions small;
  small.max_document_bytes = 1000;
  CHECK_THROWS_WITH_AS(
      ingest::read_document((dir / "big.txt").string(), small),
      doctest::Contains("file of 2000 bytes is over the limit of 1000 bytes (raise it with"),
      base::InputError);
  CHECK(ingest::read_document((dir / "big.txt").string()).text.size() == 2000);
  CHECK_THROWS_WITH_AS(ingest::read_document("/dev/zero"),
                       "/dev/zero:1:1: error: not a regular file (a device, pipe or socket); give "
                       "'-' to read standard input",
                       base::InputError);
  CHECK_THROWS_WITH_AS(ingest::read_document((dir / "none.txt").string()),
                       doctest::Contains("cannot read file: No such file or directory"),
                       base::InputError);
}

TEST_CASE("ingest: a file name that is not UTF-8 is shown repaired, never passed on raw") {
  const auto doc = ingest::make_document("news-\xff.txt", "Text.");
  CHECK(doc.path == "news-\xEF\xBF\xBD.txt");
  CHECK(doc.id == "news-\xEF\xBF\xBD");
}

// parallel_for: every item once, on the threads asked for, and a worker's exception rethrown.
#include <doctest/doctest.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <mutex>
#include <set>
#include <stdexcept>
#include <thread>
#include <vector>

#include "chronograph/base/parallel.hpp"

using namespace chronograph;

TEST_CASE("parallel_for: each item exactly once, whatever the thread count and range size") {
  for (unsigned threads : {1u, 2u, 4u})
    for (std::size_t count : {0u, 1u, 3u, 1000u}) {
      std::vector<int> seen(count, 0);
      std::atomic<unsigned> top_worker{0};
      base::parallel_for(count, threads, 7, [&](std::size_t from, std::size_t to, unsigned w) {
        CHECK(to - from <= 7);
        for (std::size_t i = from; i < to; ++i) ++seen[i];
        if (w > top_worker) top_worker = w;
      });
      CAPTURE(threads);
      CAPTURE(count);
      CHECK(std::count(seen.begin(), seen.end(), 1) == static_cast<long>(count));
      CHECK(top_worker < base::workers_for(count, threads));
    }
}

TEST_CASE("parallel_for: a small input still reaches several threads") {
  std::mutex m;
  std::set<std::thread::id> ids;
  base::parallel_for(64, 4, 1024, [&](std::size_t, std::size_t, unsigned) {
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
    std::lock_guard<std::mutex> lock(m);
    ids.insert(std::this_thread::get_id());
  });
  CHECK(ids.size() > 1);
}

TEST_CASE("parallel_for: an exception in a worker reaches the caller") {
  CHECK_THROWS_AS(base::parallel_for(100, 2, 1,
                                     [](std::size_t from, std::size_t, unsigned) {
                                       if (from == 57) throw std::runtime_error("item 57");
                                     }),
                  std::runtime_error);
}

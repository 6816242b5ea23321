// Running independent pieces of work on a few threads, each taking the next piece when free.
#pragma once
#include <algorithm>
#include <atomic>
#include <cstddef>
#include <exception>
#include <thread>
#include <vector>

namespace chronograph::base {

// How many workers parallel_for uses for `count` items on at most `threads` threads.
inline unsigned workers_for(std::size_t count, unsigned threads) {
  return static_cast<unsigned>(std::max<std::size_t>(1, std::min<std::size_t>(threads, count)));
}

// Calls body(begin, end, worker) over [0, count) in ranges of at most `chunk` items, on
// workers_for(count, threads) threads (the calling thread alone when that is one).
// Ranges go to whichever worker is free (not a static split: pieces differ in cost), so a
// body must write only what its range owns, or what its worker owns; results that land by
// index make the output independent of the thread count. The first exception a worker meets
// is rethrown here once all have stopped.
template <typename Body>
void parallel_for(std::size_t count, unsigned threads, std::size_t chunk, Body&& body) {
  // `chunk` is the most a range holds: few items still make several ranges, so every worker
  // gets some (and small inputs take the same path as large ones).
  if (threads > 1) chunk = std::min(chunk, (count + 4 * threads - 1) / (4 * threads));
  chunk = std::max<std::size_t>(chunk, 1);
  const unsigned workers = workers_for(count, threads);
  if (workers <= 1) {
    for (std::size_t b = 0; b < count; b += chunk) body(b, std::min(count, b + chunk), 0u);
    return;
  }
  std::atomic<std::size_t> next{0};
  std::atomic<bool> failed{false};
  std::vector<std::exception_ptr> errors(workers);
  auto run = [&](unsigned worker) {
    try {
      for (std::size_t b = next.fetch_add(chunk); b < count && !failed; b = next.fetch_add(chunk))
        body(b, std::min(count, b + chunk), worker);
    } catch (...) {
      errors[worker] = std::current_exception();
      failed = true;
    }
  };
  std::vector<std::thread> pool;
  pool.reserve(workers - 1);
  for (unsigned w = 1; w < workers; ++w) pool.emplace_back(run, w);
  run(0);
  for (auto& th : pool) th.join();
  for (auto& e : errors)
    if (e) std::rethrow_exception(e);
}

}  // namespace chronograph::base

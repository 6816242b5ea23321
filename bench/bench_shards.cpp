// Benchmark: the build split as map and reduce (issue 16) on MB of copied documents: one thread
// vs -j2, extract-only and merge-only speed, adding 100 documents to a state, and sizes.
// Usage: bench_shards [MB] [DIR] (DIR's documents, default data/corpus, copied under new names).
#include <sys/resource.h>
#include <time.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "bench_corpus.hpp"
#include "chronograph/base/binary_io.hpp"
#include "chronograph/events/lexicon.hpp"
#include "chronograph/graph/builder.hpp"
#include "chronograph/graph/json_io.hpp"
#include "chronograph/graph/shard.hpp"
#include "nlohmann/json.hpp"

using namespace chronograph;

namespace {

double seconds_since(std::chrono::steady_clock::time_point t0) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

// Wall time, CPU time of the process, and CPU time of the calling thread.
struct Clocks {
  double wall = 0, process_cpu = 0, thread_cpu = 0;
  Clocks operator-(const Clocks& o) const {
    return {wall - o.wall, process_cpu - o.process_cpu, thread_cpu - o.thread_cpu};
  }
};

Clocks clocks_now() {
  auto cpu = [](clockid_t id) {
    timespec ts{};
    clock_gettime(id, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
  };
  return {
      std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count(),
      cpu(CLOCK_PROCESS_CPUTIME_ID), cpu(CLOCK_THREAD_CPUTIME_ID)};
}

std::map<std::string, std::uint64_t> hashes_of(const std::vector<ingest::Document>& docs) {
  std::map<std::string, std::uint64_t> out;
  for (const auto& d : docs) out[d.path] = base::stable_hash(d.text);
  return out;
}

graph::ShardHeader header() {
  return {CHRONOGRAPH_VERSION, graph::shard_settings(events::EventSelection::salient, "builtin")};
}

std::size_t json_size(const graph::Timeline& t) {
  std::size_t bytes = 0;
  graph::write_json(t, [&bytes](std::string_view chunk) { bytes += chunk.size(); });
  return bytes;
}

// The same record as a line of JSON, with named fields as a JSON Lines shard would have them:
// only to measure that alternative (size, write and read speed) against the binary format.
nlohmann::json json_record(const graph::DocWork& w) {
  using nlohmann::json;
  auto str = [&w](graph::StrId s) { return std::string(w.str(s)); };
  auto list = [&w](graph::StrList l) {
    json a = json::array();
    for (graph::StrId s : w.list(l)) a.push_back(std::string(w.str(s)));
    return a;
  };
  auto index = [](graph::Index i) { return i ? json(*i) : json(nullptr); };
  json j = {{"path", w.doc->path}, {"title", w.title}};
  if (w.dct)
    j["dct"] = {{"day", w.dct->day.time_since_epoch().count()},
                {"start", w.dct->start},
                {"end", w.dct->end},
                {"rule", w.dct->rule}};
  json dates = json::array();
  for (const auto& d : w.dates)
    dates.push_back(
        {{"start", d.start},
         {"end", d.end},
         {"earliest", d.earliest ? json(d.earliest->time_since_epoch().count()) : json()},
         {"latest", d.latest ? json(d.latest->time_since_epoch().count()) : json()},
         {"value", str(d.value)},
         {"type", static_cast<int>(d.type)},
         {"reference", static_cast<int>(d.reference)},
         {"line", d.line},
         {"column", d.column}});
  j["dates"] = std::move(dates);
  json mentions = json::array();
  for (const auto& m : w.mentions)
    mentions.push_back(
        {{"start", m.start},
         {"end", m.end},
         {"sentence_start", m.sentence_start},
         {"sentence_end", m.sentence_end},
         {"sentence", m.sentence},
         {"timex", index(m.timex)},
         {"anchor_timex", index(m.anchor_timex)},
         {"since_timex", index(m.since_timex)},
         {"anchor_mention", index(m.anchor_mention)},
         {"claim_group", m.claim_group},
         {"ordinal", m.ordinal},
         {"type", str(m.type)},
         {"label", str(m.label)},
         {"name", str(m.name)},
         {"speaker", str(m.speaker)},
         {"speaker_role", str(m.speaker_role)},
         {"actors", list(m.actors)},
         {"places", list(m.places)},
         {"line", m.line},
         {"column", m.column},
         {"tense", m.tense},
         {"kind", static_cast<int>(m.kind)},
         {"flags", (m.headline ? 1 : 0) | (m.specific ? 2 : 0) | (m.definite ? 4 : 0) |
                       (m.title ? 8 : 0) | (m.open_domain ? 16 : 0) | (m.dct_dated ? 32 : 0)},
         {"class", static_cast<int>(m.event_class)},
         {"factuality", static_cast<int>(m.factuality)},
         {"cue", {m.cue_start, m.cue_end}},
         {"confidence", m.confidence}});
  j["mentions"] = std::move(mentions);
  json links = json::array();
  for (const auto& l : w.links)
    links.push_back({{"from", l.from},
                     {"to", l.to},
                     {"type", static_cast<int>(l.type)},
                     {"start", l.start},
                     {"end", l.end},
                     {"rule", l.rule},
                     {"cue", {l.cue_start, l.cue_end}},
                     {"confidence", l.confidence}});
  j["links"] = std::move(links);
  j["places_mentioned"] = list(w.places_mentioned);
  // The kept text as (start, text) pieces: about the same bytes, escaped.
  json kept = json::array();
  std::uint32_t last = UINT32_MAX;
  for (const auto& m : w.mentions)
    if (m.sentence_start != last) {
      last = m.sentence_start;
      kept.push_back(
          {m.sentence_start, std::string(w.kept.view(m.sentence_start, m.sentence_end))});
    }
  j["kept"] = std::move(kept);
  return j;
}

}  // namespace

int main(int argc, char** argv) {
  const std::size_t target_mb = argc > 1 ? std::strtoul(argv[1], nullptr, 10) : 50;
  const std::string corpus = argc > 2 ? argv[2] : "data/corpus";
  const std::vector<ingest::Document> seeds = bench::read_seeds(corpus, "bench_shards");
  std::vector<ingest::Document> docs = bench::document_copies(seeds, target_mb);
  // Shards tell documents apart by path: each copy gets its own.
  for (std::size_t i = 0; i < docs.size(); ++i)
    docs[i].path = "copy" + std::to_string(i) + "/" + docs[i].path;
  std::size_t bytes = 0;
  for (const auto& d : docs) bytes += d.text.size();
  const double mb = static_cast<double>(bytes) / 1e6;
  const auto& lexicon = events::default_lexicon();
  std::printf("bench_shards: %zu documents, %.1f MB\n", docs.size(), mb);

  // build, one thread and two. On a machine other work shares, wall time says little of what
  // -j2 gains: the calling thread's CPU time is the critical path (it does every serial step
  // and its share of each parallel one), the wall time of an otherwise idle machine.
  double path_s[2] = {0, 0};
  {  // a first build loads the lexicon and models: not part of either measure
    std::vector<ingest::Document> few(docs.begin(),
                                      docs.begin() + std::min<std::size_t>(50, docs.size()));
    (void)graph::build_timeline(std::move(few), lexicon, graph::BuildOptions{});
  }
  for (unsigned threads : {1u, 2u}) {
    graph::BuildOptions opts;
    opts.threads = threads;
    const Clocks c0 = clocks_now();
    const graph::Timeline t = graph::build_timeline(docs, lexicon, opts);
    const Clocks c = clocks_now() - c0;
    path_s[threads - 1] = c.thread_cpu;
    std::printf(
        "bench_shards: build -j%u %.2f s = %.1f MB/s (%zu events); CPU %.2f s; critical path "
        "%.2f s = %.1f MB/s\n",
        threads, c.wall, mb / c.wall, boost::num_vertices(t.graph), c.process_cpu, c.thread_cpu,
        mb / c.thread_cpu);
  }
  std::printf("bench_shards: build -j2 / -j1 by critical path: %.2fx\n", path_s[0] / path_s[1]);

  // extract alone (records encoded into a shard), at -j2.
  graph::BuildOptions opts;
  opts.threads = 2;
  auto t0 = std::chrono::steady_clock::now();
  graph::ShardSet extracted;
  extracted.add_records(header(), graph::extract_records(docs, lexicon, opts), hashes_of(docs));
  const std::string shard = extracted.bytes();
  const double extract_s = seconds_since(t0);
  std::printf("bench_shards: extract -j2 %.2f s = %.1f MB/s of input\n", extract_s, mb / extract_s);

  // merge alone: read the shard, decode, solve; one thread and two.
  graph::ShardSet read;
  read.add_bytes("bench.shard", shard);
  std::size_t json = 0;
  for (unsigned threads : {1u, 2u}) {
    graph::BuildOptions merge_opts;
    merge_opts.threads = threads;
    const Clocks c0 = clocks_now();
    graph::DocumentRecords records = read.decode(threads);
    const double decode_s = (clocks_now() - c0).wall;
    const graph::Timeline t = graph::solve_records(std::move(records), lexicon, merge_opts);
    const Clocks c = clocks_now() - c0;
    json = json_size(t);
    std::printf(
        "bench_shards: merge -j%u %.2f s (reading %.2f s of it) = %.1f MB/s of input; CPU %.2f s; "
        "critical path %.2f s\n",
        threads, c.wall, decode_s, mb / c.wall, c.process_cpu, c.thread_cpu);
  }
  std::printf(
      "bench_shards: sizes: input %.1f MB, shard %.1f MB (%.2fx), graph JSON %.1f MB "
      "(%.2fx)\n",
      mb, static_cast<double>(shard.size()) / 1e6,
      static_cast<double>(shard.size()) / static_cast<double>(bytes),
      static_cast<double>(json) / 1e6, static_cast<double>(json) / static_cast<double>(bytes));

  // The JSON Lines alternative of the same records, for the choice of format.
  {
    const graph::DocumentRecords again = read.decode();
    t0 = std::chrono::steady_clock::now();
    std::string lines;
    for (const auto& w : again.work) {
      lines += json_record(*w).dump();
      lines += '\n';
    }
    const double write_s = seconds_since(t0);
    t0 = std::chrono::steady_clock::now();
    std::size_t parsed = 0;
    for (std::size_t at = 0; at < lines.size();) {
      const std::size_t end = lines.find('\n', at);
      parsed += nlohmann::json::parse(std::string_view(lines).substr(at, end - at)).size();
      at = end + 1;
    }
    const double parse_s = seconds_since(t0);
    t0 = std::chrono::steady_clock::now();
    graph::ShardSet again_read;
    again_read.add_bytes("bench.shard", shard);
    const std::size_t decoded = again_read.decode().work.size();
    const double binary_read_s = seconds_since(t0);
    std::printf(
        "bench_shards: format: binary %.1f MB, read+decode %.2f s; JSON Lines %.1f MB, "
        "encode %.2f s, parse alone %.2f s (%zu/%zu)\n",
        static_cast<double>(shard.size()) / 1e6, binary_read_s,
        static_cast<double>(lines.size()) / 1e6, write_s, parse_s, parsed, decoded);
  }

  // Incremental: 100 new documents added to that state, as build --state does it (read the
  // state, extract the new ones, write the state, decode all, solve).
  std::vector<ingest::Document> fresh;
  for (std::size_t i = 0; i < 100; ++i) {
    ingest::Document d = seeds[i % seeds.size()];
    d.path = "new/" + std::to_string(i) + "-" + d.path;
    d.id = "new-" + std::to_string(i) + "-" + d.id;
    fresh.push_back(std::move(d));
  }
  t0 = std::chrono::steady_clock::now();
  graph::ShardSet state;
  state.add_bytes("state.shard", shard);
  state.add_records(header(), graph::extract_records(fresh, lexicon, opts), hashes_of(fresh));
  const std::string saved = state.bytes();
  const graph::Timeline t2 = graph::solve_records(state.decode(opts.threads), lexicon, opts);
  const double add_s = seconds_since(t0);
  std::printf(
      "bench_shards: add 100 documents to a state of %zu: %.2f s (a full build: see "
      "above); %zu events\n",
      docs.size(), add_s, boost::num_vertices(t2.graph));
  struct rusage ru {};
  getrusage(RUSAGE_SELF, &ru);
  std::printf("bench_shards: peak RSS %.0f MB\n", static_cast<double>(ru.ru_maxrss) * 1024.0 / 1e6);
  return saved.empty() ? 1 : 0;
}

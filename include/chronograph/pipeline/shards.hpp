// The map and reduce of a build: extract documents into shard files, merge shards into a graph.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "chronograph/graph/model.hpp"
#include "chronograph/pipeline/build.hpp"

namespace chronograph::pipeline {

// Reads the request's inputs, extracts every document (excluded ones too: a merge needs them
// to make ids unique as a build does) and writes their records to one shard file, atomically.
// The same documents and options give the same bytes, whatever the thread count.
void extract(const BuildRequest& request, const std::string& out_file);

// The union of shard files' records written as one shard (a step of a tree reduce): in path
// order, a document present twice with the same bytes kept once. Throws base::InputError for a
// bad shard, shards of other versions or settings, or one path with two contents.
void merge_partial(const std::vector<std::string>& shards, const std::string& out_file);

// The graph of the shards' documents: byte-identical to `build` of the same documents with the
// same options, however they were split into shards and merged. The request's overrides,
// lexicon, --dct and min_salience apply; its inputs are ignored. `events`, when given, must be
// what the shards were extracted with.
graph::Timeline merge(const std::vector<std::string>& shards, const BuildRequest& request,
                      std::optional<events::EventSelection> events,
                      std::vector<std::string>* warnings = nullptr);

}  // namespace chronograph::pipeline

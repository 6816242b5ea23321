// The timeline graph as GraphML, for yEd, Gephi, networkx and other graph tools.
#pragma once
#include <string>
#include <string_view>

#include "chronograph/graph/model.hpp"

namespace chronograph::render {

// A GraphML 1.0 document (valid against the GraphML schema): one node per event, its id the
// event id, one directed edge per link, and every attribute declared as a <key> with attr.name
// and attr.type (docs/export.md lists them). Deterministic bytes; valid UTF-8 whatever the
// graph holds.
std::string to_graphml(const graph::Timeline& timeline);

// An event id as a GraphML node id (an XML NMTOKEN): ids made of ASCII letters, digits, '-',
// '.' and ':' stay as they are (every id chronograph makes); any other byte, '_' included,
// becomes "_xHH", so that different ids stay different.
std::string graphml_node_id(std::string_view id);

}  // namespace chronograph::render

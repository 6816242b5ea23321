// Private to src/render: a small owner of one cgraph graph, and the gvc calls that lay it out
// and render it. Every function here must be called with graphviz_lock() held.
#pragma once
#include <graphviz/cgraph.h>

#include <mutex>
#include <string>

#include <optional>
#include <string>

#include "chronograph/render/render.hpp"

namespace chronograph::render::detail {

// Graphviz keeps global state (parser, plugin registry, error buffers) and is not
// thread-safe: all of it runs under this one process-wide lock.
std::unique_lock<std::mutex> graphviz_lock();

class GvGraph {
 public:
  GvGraph(const std::string& name, bool directed);
  ~GvGraph();
  GvGraph(const GvGraph&) = delete;
  GvGraph& operator=(const GvGraph&) = delete;

  Agraph_t* get() const { return graph_; }

  Agnode_t* node(const std::string& name);
  Agedge_t* edge(Agnode_t* tail, Agnode_t* head);
  Agraph_t* subgraph(const std::string& name);

  // Default value of an attribute for the graph / every node / every edge.
  void graph_attr(const char* name, const std::string& value);
  void node_default(const char* name, const std::string& value);
  void edge_default(const char* name, const std::string& value);
  // One object's attribute (declared with an empty default when new).
  static void set(void* object, const char* name, const std::string& value);

  // DOT text of the graph as built (agwrite).
  std::string write_dot() const;
  // Lays the graph out with the engine ("nop2", "dot") and renders the format. Routing links
  // around boxes (splines=true) runs in a child process: Graphviz's triangulation aborts the
  // process on some box arrangements (a GTS assertion), and then the links are drawn straight.
  std::string render(const char* engine, Format format);

 private:
  std::string render_here(const char* engine, Format format);
  // The render in a forked child; none when the child died of a signal.
  std::optional<std::string> render_in_child(const char* engine, Format format);

  Agraph_t* graph_ = nullptr;
};

}  // namespace chronograph::render::detail

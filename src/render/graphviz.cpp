// The cgraph/gvc calls: graph building, DOT writing to memory, layout and render (link routing
// in a child process, which Graphviz may abort).
#include "graphviz.hpp"

#include <graphviz/gvc.h>

#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <map>
#include <memory>
#include <stdexcept>
#include <string_view>
#include <vector>

#if defined(__SANITIZE_ADDRESS__)
// Graphviz 2.42 leaks a little on every layout (the text of cluster labels, fontconfig
// and pango caches). In sanitizer builds, LeakSanitizer reads these suppressions from the
// binary itself, so that its reports stay about our own code (cgraph objects are owned by
// GvGraph and closed by its destructor).
extern "C" const char* __lsan_default_suppressions() {
  return "leak:libgvc.so\n"
         "leak:libcgraph.so\n"
         "leak:libgvplugin_\n"
         "leak:libfontconfig.so\n"
         "leak:libpango\n"
         "leak:libcairo.so\n";
}
#endif

namespace chronograph::render::detail {

namespace {

std::mutex& graphviz_mutex() {
  static std::mutex m;
  return m;
}

// Object ids handed out in creation order. cgraph's default discipline uses the address
// of the interned name as the id, and orders subgraphs by id when writing DOT; with that,
// the same graph could come out in a different order from one run to the next.
struct SequentialIds {
  Agraph_t* graph = nullptr;
  std::map<std::string, IDTYPE, std::less<>> by_name;
  std::vector<char*> names;  // interned with agstrdup: cgraph reads flags stored beside them
  IDTYPE next_anonymous = 1;
};

void* ids_open(Agraph_t* g, Agdisc_t*) {
  auto* s = new SequentialIds;
  s->graph = g;
  return s;
}

long ids_map(void* state, int, char* str, IDTYPE* id, int createflag) {
  auto* s = static_cast<SequentialIds*>(state);
  if (!str) {  // anonymous objects (edges) get odd ids
    *id = s->next_anonymous;
    s->next_anonymous += 2;
    return 1;
  }
  if (auto it = s->by_name.find(std::string_view(str)); it != s->by_name.end()) {
    *id = it->second;
    return 1;
  }
  if (!createflag) return 0;
  s->names.push_back(agstrdup(s->graph, str));
  *id = static_cast<IDTYPE>(2 * s->names.size());  // named objects: even ids, in order
  s->by_name.emplace(str, *id);
  return 1;
}

long ids_alloc(void*, int, IDTYPE) { return 0; }
void ids_free(void*, int, IDTYPE) {}

char* ids_print(void* state, int, IDTYPE id) {
  auto* s = static_cast<SequentialIds*>(state);
  if (id % 2 != 0 || id == 0 || id / 2 > s->names.size()) return nullptr;
  return s->names[static_cast<std::size_t>(id / 2 - 1)];
}

void ids_close(void* state) { delete static_cast<SequentialIds*>(state); }
void ids_register(void*, int, void*) {}

Agiddisc_t kSequentialIdDisc = {ids_open,  ids_map,   ids_alloc,   ids_free,
                                ids_print, ids_close, ids_register};

int write_to_string(void* chan, const char* str) {
  static_cast<std::string*>(chan)->append(str);
  return 0;
}
int no_flush(void*) { return 0; }
int no_read(void*, char*, int) { return 0; }

Agiodisc_t kStringIoDisc = {no_read, write_to_string, no_flush};
Agdisc_t kDisc = {&AgMemDisc, &kSequentialIdDisc, &kStringIoDisc};

// cgraph takes char* throughout (Debian's 2.42); it does not keep or change these strings.
char* mut(const char* s) { return const_cast<char*>(s); }
char* mut(const std::string& s) { return const_cast<char*>(s.c_str()); }

// One gvc context for the process, created with the plugins listed in Debian's config6a.
GVC_t* context() {
  static GVC_t* gvc = gvContext();
  if (!gvc) throw std::runtime_error("graphviz: cannot create a rendering context");
  return gvc;
}

// Collects Graphviz error messages so that a failure can name its cause.
std::string& last_errors() {
  static std::string errors;
  return errors;
}
int collect_error(char* message) {
  last_errors() += message;
  return 0;
}

}  // namespace

std::unique_lock<std::mutex> graphviz_lock() {
  return std::unique_lock<std::mutex>(graphviz_mutex());
}

GvGraph::GvGraph(const std::string& name, bool directed) {
  graph_ = agopen(mut(name), directed ? Agdirected : Agundirected, &kDisc);
  if (!graph_) throw std::runtime_error("graphviz: cannot create a graph");
}

GvGraph::~GvGraph() {
  if (graph_) agclose(graph_);
}

Agnode_t* GvGraph::node(const std::string& name) { return agnode(graph_, mut(name), 1); }

Agedge_t* GvGraph::edge(Agnode_t* tail, Agnode_t* head) {
  return agedge(graph_, tail, head, nullptr, 1);
}

Agraph_t* GvGraph::subgraph(const std::string& name) { return agsubg(graph_, mut(name), 1); }

void GvGraph::graph_attr(const char* name, const std::string& value) {
  agattr(graph_, AGRAPH, mut(name), mut(value));
}
void GvGraph::node_default(const char* name, const std::string& value) {
  agattr(graph_, AGNODE, mut(name), mut(value));
}
void GvGraph::edge_default(const char* name, const std::string& value) {
  agattr(graph_, AGEDGE, mut(name), mut(value));
}
void GvGraph::set(void* object, const char* name, const std::string& value) {
  agsafeset(object, mut(name), mut(value), mut(""));
}

std::string GvGraph::write_dot() const {
  std::string out;
  if (agwrite(graph_, &out) != 0) throw std::runtime_error("graphviz: cannot write DOT");
  return out;
}

std::string GvGraph::render(const char* engine, Format format) {
  const char* splines = agget(graph_, mut("splines"));
  if (!splines || std::string_view(splines) != "true") return render_here(engine, format);
  if (auto out = render_in_child(engine, format)) return std::move(*out);
  graph_attr("splines", "line");
  return render_here(engine, format);
}

namespace {

bool write_all(int fd, std::string_view bytes) {
  while (!bytes.empty()) {
    const ssize_t n = ::write(fd, bytes.data(), bytes.size());
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    bytes.remove_prefix(static_cast<std::size_t>(n));
  }
  return true;
}

constexpr int kChildFailed = 3;  // the child's layout or render failed as such: its message

}  // namespace

std::optional<std::string> GvGraph::render_in_child(const char* engine, Format format) {
  int fds[2];
  if (::pipe(fds) != 0) return render_here(engine, format);
  std::fflush(nullptr);
  const pid_t pid = ::fork();
  if (pid < 0) {
    ::close(fds[0]);
    ::close(fds[1]);
    return render_here(engine, format);
  }
  if (pid == 0) {
    // The child: its "Bail out!" on an abort is no news for the user, who gets the picture.
    ::close(fds[0]);
    const int devnull = ::open("/dev/null", O_WRONLY);
    if (devnull >= 0) ::dup2(devnull, STDERR_FILENO), ::dup2(devnull, STDOUT_FILENO);
    int code = 0;
    std::string out;
    try {
      out = render_here(engine, format);
    } catch (const std::exception& e) {
      out = e.what();
      code = kChildFailed;
    }
    if (!write_all(fds[1], out)) code = 1;
    ::_exit(code);  // no atexit handlers, no destructors: the parent owns all of that
  }
  ::close(fds[1]);
  std::string out;
  char buffer[1 << 16];
  for (;;) {
    const ssize_t n = ::read(fds[0], buffer, sizeof buffer);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    out.append(buffer, static_cast<std::size_t>(n));
  }
  ::close(fds[0]);
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  if (WIFEXITED(status) && WEXITSTATUS(status) == 0) return out;
  if (WIFEXITED(status) && WEXITSTATUS(status) == kChildFailed) throw std::runtime_error(out);
  return std::nullopt;
}

std::string GvGraph::render_here(const char* engine, Format format) {
  GVC_t* gvc = context();
  last_errors().clear();
  // Collect errors for the exception instead of printing them; warnings (e.g. about
  // fonts) are not failures. The previous handler is restored on the way out.
  struct ErrorCapture {
    agusererrf old_handler = agseterrf(collect_error);
    agerrlevel_t old_level = agseterr(AGERR);
    ~ErrorCapture() {
      agseterrf(old_handler);
      agseterr(old_level);
    }
  } capture;
  if (gvLayout(gvc, graph_, mut(engine)) != 0)
    throw std::runtime_error("graphviz: layout failed: " + last_errors());
  char* data = nullptr;
  unsigned int length = 0;
  const std::string format_name(to_string(format));
  const int rc = gvRenderData(gvc, graph_, mut(format_name), &data, &length);
  std::string out;
  if (rc == 0 && data) out.assign(data, length);
  if (data) gvFreeRenderData(data);
  gvFreeLayout(gvc, graph_);
  if (rc != 0 || out.empty())
    throw std::runtime_error("graphviz: cannot render " + format_name + ": " + last_errors());
  return out;
}

}  // namespace chronograph::render::detail

// DamageTracker: window by window (command by command where they match), the triangles two frames
// share at the start and at the end, and the bounding boxes of the runs between them that differ.
#include "viz/damage.hpp"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <string_view>

namespace viz {

namespace {

// One window's triangles, from ImGui's draw list or from the copy kept of the last frame.
struct Mesh {
  const ImVector<ImDrawVert>& vtx;
  const ImVector<ImDrawIdx>& idx;
  const ImVector<ImDrawCmd>& cmd;
};

struct Triangle {
  int cmd;         // its command
  unsigned first;  // its first index in idx
};

// The triangles of commands [from, to) (all of them by default), in order.
std::vector<Triangle> triangles(const Mesh& m, int from = 0, int to = -1) {
  std::vector<Triangle> out;
  for (int c = from; c < (to < 0 ? m.cmd.Size : to); ++c)
    for (unsigned i = 0; i + 3 <= m.cmd[c].ElemCount; i += 3) out.push_back({c, m.cmd[c].IdxOffset + i});
  return out;
}

// Command by command the same clip rectangles and textures: each pair of commands can be compared
// on its own (a plot's curves in one, the panel's text around it in others).
bool same_commands(const ImVector<ImDrawCmd>& a, const ImVector<ImDrawCmd>& b) {
  if (a.Size != b.Size) return false;
  for (int c = 0; c < a.Size; ++c)
    if (a[c].TextureId != b[c].TextureId || std::memcmp(&a[c].ClipRect, &b[c].ClipRect, sizeof(ImVec4)) != 0) return false;
  return true;
}

const ImDrawVert& corner(const Mesh& m, const Triangle& t, int k) { return m.vtx[m.cmd[t.cmd].VtxOffset + m.idx[t.first + k]]; }

// Same clip rectangle, texture and vertices (position, uv, colour): the same pixels.
bool same(const Mesh& a, const Triangle& ta, const Mesh& b, const Triangle& tb) {
  const ImDrawCmd& ca = a.cmd[ta.cmd];
  const ImDrawCmd& cb = b.cmd[tb.cmd];
  if (ca.TextureId != cb.TextureId || std::memcmp(&ca.ClipRect, &cb.ClipRect, sizeof(ImVec4)) != 0) return false;
  for (int k = 0; k < 3; ++k)
    if (std::memcmp(&corner(a, ta, k), &corner(b, tb, k), sizeof(ImDrawVert)) != 0) return false;
  return true;
}

template <class T>
bool same_bytes(const ImVector<T>& a, const ImVector<T>& b) {
  return a.Size == b.Size && (a.Size == 0 || std::memcmp(a.Data, b.Data, a.size_in_bytes()) == 0);
}

bool has_callback(const ImVector<ImDrawCmd>& cmds) {
  return std::any_of(cmds.begin(), cmds.end(), [](const ImDrawCmd& c) { return c.UserCallback != nullptr; });
}

// The pixels triangles [from, to) of `m` may touch.
PixelRect bounds(const Mesh& m, const std::vector<Triangle>& tris, std::size_t from, std::size_t to, int width, int height) {
  PixelRect r;
  for (std::size_t i = from; i < to; ++i) {
    const ImDrawCmd& c = m.cmd[tris[i].cmd];
    r = unite(r, triangle_rect(m.vtx.Data, m.idx.Data, c, tris[i].first, scissor_of(c.ClipRect, width, height)));
  }
  return r;
}

// Between `head` and `tail` (the triangles both share at the start and at the end), the triangles of
// `then` (a) and `now` (b) are paired in order, except for one run of triangles only one of them has
// (inserted or removed: a number that gained a digit), put where it leaves the fewest pairs unlike.
// Each run of unlike pairs is a box of its own (a number that changed and a curve that moved are two
// boxes, not one around both), and so is the inserted or removed run. Past `most_runs`, one box
// around all of them. A pixel outside every box is drawn by like triangles in the same order.
std::vector<PixelRect> changed_runs(const Mesh& then, const std::vector<Triangle>& a, const Mesh& now, const std::vector<Triangle>& b,
                                    std::size_t head, std::size_t tail, int width, int height) {
  constexpr std::size_t most_runs = 32;  // beyond: one box (merging costs grow with the count)
  const std::size_t na = a.size() - head - tail, nb = b.size() - head - tail;
  const std::size_t n = std::min(na, nb), extra = std::max(na, nb) - n;  // pairs; triangles only one has
  const bool inserted = nb > na;
  // Pair k is a[head + k] with b[head + k] before the extra run, and shifted past it after.
  const auto ia = [&](std::size_t k, bool after) { return head + k + (after && !inserted ? extra : 0); };
  const auto ib = [&](std::size_t k, bool after) { return head + k + (after && inserted ? extra : 0); };
  std::vector<char> unlike_before(n), unlike_after(n);
  for (std::size_t k = 0; k < n; ++k) {
    unlike_before[k] = !same(then, a[ia(k, false)], now, b[ib(k, false)]);
    unlike_after[k] = extra ? !same(then, a[ia(k, true)], now, b[ib(k, true)]) : unlike_before[k];
  }
  // The extra run goes before pair p: the p with the fewest unlike pairs before it and after it.
  std::size_t p = 0;
  long fewest = std::count(unlike_after.begin(), unlike_after.end(), 1);
  for (long k = 0, count = fewest; k < static_cast<long>(n); ++k) {
    count += unlike_before[k] - unlike_after[k];  // pair k moves from after the extra run to before it
    if (count < fewest) fewest = count, p = static_cast<std::size_t>(k) + 1;
  }
  std::vector<PixelRect> runs;
  for (std::size_t k = 0; k < n && runs.size() <= most_runs;) {
    const bool after = k >= p;
    const std::vector<char>& differ = after ? unlike_after : unlike_before;
    const std::size_t end = after ? n : p;
    std::size_t j = k;
    while (j < end && differ[j]) ++j;
    if (j > k)
      runs.push_back(unite(bounds(then, a, ia(k, after), ia(j, after), width, height), bounds(now, b, ib(k, after), ib(j, after), width, height)));
    while (j < end && !differ[j]) ++j;
    k = j;
  }
  if (extra) runs.push_back(inserted ? bounds(now, b, head + p, head + p + extra, width, height) : bounds(then, a, head + p, head + p + extra, width, height));
  if (runs.size() <= most_runs) return runs;
  return {unite(bounds(then, a, head, a.size() - tail, width, height), bounds(now, b, head, b.size() - tail, width, height))};
}

// What differs between two runs of triangles: those they share at the start and at the end are the
// same; the runs between are boxed (changed_runs).
std::vector<PixelRect> differences(const Mesh& then, const std::vector<Triangle>& a, const Mesh& now, const std::vector<Triangle>& b,
                                   int width, int height) {
  const std::size_t common = std::min(a.size(), b.size());
  std::size_t head = 0, tail = 0;
  while (head < common && same(then, a[head], now, b[head])) ++head;
  while (tail < common - head && same(then, a[a.size() - 1 - tail], now, b[b.size() - 1 - tail])) ++tail;
  return changed_runs(then, a, now, b, head, tail, width, height);
}

}  // namespace

PixelRect intersect(PixelRect a, PixelRect b) {
  const PixelRect r{std::max(a.x0, b.x0), std::max(a.y0, b.y0), std::min(a.x1, b.x1), std::min(a.y1, b.y1)};
  return r.empty() ? PixelRect{} : r;
}

PixelRect unite(PixelRect a, PixelRect b) {
  if (a.empty()) return b.empty() ? PixelRect{} : b;
  if (b.empty()) return a;
  return {std::min(a.x0, b.x0), std::min(a.y0, b.y0), std::max(a.x1, b.x1), std::max(a.y1, b.y1)};
}

std::vector<PixelRect> merge_rects(std::vector<PixelRect> rects, std::size_t max_count) {
  std::erase_if(rects, [](const PixelRect& r) { return r.empty(); });
  const auto unite_pair = [&](std::size_t i, std::size_t j) {
    rects[i] = unite(rects[i], rects[j]);
    rects.erase(rects.begin() + static_cast<std::ptrdiff_t>(j));
  };
  const auto unite_overlapping = [&] {
    for (bool merged = true; merged;) {
      merged = false;
      for (std::size_t i = 0; i < rects.size() && !merged; ++i)
        for (std::size_t j = i + 1; j < rects.size() && !merged; ++j)
          if (!intersect(rects[i], rects[j]).empty()) unite_pair(i, j), merged = true;
    }
  };
  unite_overlapping();
  while (rects.size() > max_count) {  // unite the pair whose bounding box adds the fewest pixels
    std::size_t best_i = 0, best_j = 1;
    long best = -1;
    for (std::size_t i = 0; i < rects.size(); ++i)
      for (std::size_t j = i + 1; j < rects.size(); ++j)
        if (const long added = unite(rects[i], rects[j]).area() - rects[i].area() - rects[j].area(); best < 0 || added < best)
          best = added, best_i = i, best_j = j;
    unite_pair(best_i, best_j);
    unite_overlapping();
  }
  return rects;
}

PixelRect scissor_of(const ImVec4& clip, int fb_width, int fb_height) {
  if (!(clip.z > clip.x && clip.w > clip.y)) return {};  // the backend skips such commands
  // glScissor(x, y, w, h) as the backend computes it; y counts rows from the bottom.
  const int x = static_cast<int>(clip.x), w = static_cast<int>(clip.z - clip.x);
  const int y = static_cast<int>(static_cast<float>(fb_height) - clip.w), h = static_cast<int>(clip.w - clip.y);
  return intersect({x, fb_height - y - h, x + w, fb_height - y}, {0, 0, fb_width, fb_height});
}

PixelRect triangle_rect(const ImDrawVert* vtx, const ImDrawIdx* idx, const ImDrawCmd& cmd, unsigned first, const PixelRect& scissor) {
  float x0 = INFINITY, y0 = INFINITY, x1 = -INFINITY, y1 = -INFINITY;
  for (unsigned k = 0; k < 3; ++k) {
    const ImVec2 p = vtx[cmd.VtxOffset + idx[first + k]].pos;
    x0 = std::min(x0, p.x), y0 = std::min(y0, p.y), x1 = std::max(x1, p.x), y1 = std::max(y1, p.y);
  }
  if (!std::isfinite(x0 + y0 + x1 + y1)) return scissor;  // whatever the rasteriser makes of it stays inside
  // A pixel is drawn when its centre is inside, so the box rounded outwards holds every one.
  const auto clamp = [](float v) { return static_cast<int>(std::clamp(v, -1e6f, 1e6f)); };
  return intersect({clamp(std::floor(x0)), clamp(std::floor(y0)), clamp(std::ceil(x1)), clamp(std::ceil(y1))}, scissor);
}

std::optional<std::vector<PixelRect>> DamageTracker::compare(const ImDrawData& data, const std::vector<ImTextureID>& redrawn) const {
  const int width = static_cast<int>(data.DisplaySize.x), height = static_cast<int>(data.DisplaySize.y);
  if (data.DisplayPos.x != 0 || data.DisplayPos.y != 0 || data.FramebufferScale.x != 1 || data.FramebufferScale.y != 1)
    return std::nullopt;  // scissor_of assumes window pixels are framebuffer pixels
  if (width != width_ || height != height_ || previous_.empty()) return std::nullopt;
  const auto all_of = [&](const Mesh& m) {
    const std::vector<Triangle> t = triangles(m);
    return bounds(m, t, 0, t.size(), width, height);
  };
  std::vector<PixelRect> rects;
  std::vector<bool> kept(previous_.size(), false);
  std::size_t next = 0;  // windows are matched by name, and must keep their order
  for (int i = 0; i < data.CmdListsCount; ++i) {
    const ImDrawList& list = *data.CmdLists[i];
    const Mesh now{list.VtxBuffer, list.IdxBuffer, list.CmdBuffer};
    if (has_callback(list.CmdBuffer)) return std::nullopt;  // it may draw anything
    const std::string_view owner = list._OwnerName ? list._OwnerName : "";
    const auto old = std::find_if(previous_.begin(), previous_.end(), [&](const Snapshot& s) { return s.owner == owner; });
    if (old == previous_.end()) {  // a new window (a tooltip, a popup): all it covers
      rects.push_back(all_of(now));
      continue;
    }
    const auto j = static_cast<std::size_t>(old - previous_.begin());
    if (j < next || has_callback(old->cmd)) return std::nullopt;  // windows in another order
    kept[j] = true;
    next = j + 1;
    const Mesh then{old->vtx, old->idx, old->cmd};
    if (!same_bytes(now.vtx, then.vtx) || !same_bytes(now.idx, then.idx) || !same_bytes(now.cmd, then.cmd)) {
      // Command by command where the commands match, so that a curve with more segments than
      // before does not make one box from the window's title down to its legend; else all at once.
      const bool apart = same_commands(then.cmd, now.cmd);
      for (int c = 0, end = apart ? now.cmd.Size : 1; c < end; ++c) {
        const int to = apart ? c + 1 : -1;
        const std::vector<PixelRect> d = differences(then, triangles(then, c, to), now, triangles(now, c, to), width, height);
        rects.insert(rects.end(), d.begin(), d.end());
      }
    }
    for (const ImDrawCmd& c : list.CmdBuffer) {  // images whose texture was drawn into since: one box a command
      if (std::find(redrawn.begin(), redrawn.end(), c.TextureId) == redrawn.end()) continue;
      const PixelRect scissor = scissor_of(c.ClipRect, width, height);
      PixelRect box;
      for (unsigned k = 0; k + 3 <= c.ElemCount; k += 3)
        box = unite(box, triangle_rect(list.VtxBuffer.Data, list.IdxBuffer.Data, c, c.IdxOffset + k, scissor));
      rects.push_back(box);
    }
  }
  for (std::size_t j = 0; j < previous_.size(); ++j) {  // windows that closed: all they covered
    if (kept[j]) continue;
    if (has_callback(previous_[j].cmd)) return std::nullopt;
    rects.push_back(all_of({previous_[j].vtx, previous_[j].idx, previous_[j].cmd}));
  }
  return merge_rects(std::move(rects));
}

void DamageTracker::add_frame(const ImDrawData& data, const std::vector<ImTextureID>& redrawn) {
  history_.push_front(compare(data, redrawn));
  if (history_.size() > 4) history_.pop_back();
  width_ = static_cast<int>(data.DisplaySize.x);
  height_ = static_cast<int>(data.DisplaySize.y);
  previous_.resize(static_cast<std::size_t>(std::max(data.CmdListsCount, 0)));
  for (int i = 0; i < data.CmdListsCount; ++i) {
    const ImDrawList& list = *data.CmdLists[i];
    Snapshot& s = previous_[static_cast<std::size_t>(i)];
    s.owner = list._OwnerName ? list._OwnerName : "";
    s.vtx = list.VtxBuffer;
    s.idx = list.IdxBuffer;
    s.cmd = list.CmdBuffer;
  }
}

std::optional<std::vector<PixelRect>> DamageTracker::damage_since(int age) const {
  if (age < 1 || static_cast<std::size_t>(age) > history_.size()) return std::nullopt;
  std::vector<PixelRect> rects;
  for (int i = 0; i < age; ++i) {
    const auto& frame = history_[static_cast<std::size_t>(i)];
    if (!frame) return std::nullopt;
    rects.insert(rects.end(), frame->begin(), frame->end());
  }
  return merge_rects(std::move(rects));
}

}  // namespace viz

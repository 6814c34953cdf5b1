// ClippedDrawData: commands split by rectangle, scissored to it, trimmed to the triangles that meet it.
#include "viz/draw_clip.hpp"

#include <algorithm>
#include <cmath>

namespace viz {

namespace {

// The last opaque fan drawn over the whole of a rectangle: its list, its command and its first
// index in the command (list −1: none). Nothing drawn there before it shows.
struct Cover {
  int list = -1, cmd = 0;
  unsigned first = 0;
  bool hides(int i, int j) const { return i < list || (i == list && j < cmd); }
};

// A run of triangles that fan out from one vertex with opaque colour, as ImGui fills convex shapes
// (a window's rounded background, an image's quad): where it is in the frame, and its polygon.
struct Fan {
  Cover at;
  std::vector<ImVec2> polygon;  // convex, in order
  PixelRect scissor;
};

// Twice the signed area of (a, b, p): its sign says on which side of a → b the point p is.
float cross(ImVec2 a, ImVec2 b, ImVec2 p) { return (b.x - a.x) * (p.y - a.y) - (b.y - a.y) * (p.x - a.x); }

bool convex(const std::vector<ImVec2>& polygon) {
  const std::size_t n = polygon.size();
  bool positive = false, negative = false;
  for (std::size_t i = 0; i < n; ++i) {
    const float c = cross(polygon[i], polygon[(i + 1) % n], polygon[(i + 2) % n]);
    positive |= c > 0, negative |= c < 0;
  }
  return !(positive && negative);
}

// Every pixel centre of `r` is strictly inside the convex polygon when its corners are inside or on
// it (a centre is a mix of all four corners with weights above 0), so the fan draws each once.
bool fan_covers(const Fan& fan, const PixelRect& r) {
  if (!(intersect(fan.scissor, r) == r)) return false;
  const std::vector<ImVec2>& p = fan.polygon;
  const float turn = cross(p[0], p[1], p[2]) > 0 ? 1.0f : -1.0f;
  const auto x0 = static_cast<float>(r.x0), y0 = static_cast<float>(r.y0), x1 = static_cast<float>(r.x1), y1 = static_cast<float>(r.y1);
  for (std::size_t i = 0; i < p.size(); ++i)
    for (ImVec2 corner : {ImVec2(x0, y0), ImVec2(x1, y0), ImVec2(x1, y1), ImVec2(x0, y1)})
      if (turn * cross(p[i], p[(i + 1) % p.size()], corner) < 0) return false;
  return true;
}

// The opaque fans of a frame at least `smallest` pixels wide and high, in the order they are drawn.
std::vector<Fan> opaque_fans(const ImDrawData& data, const Opaque& opaque, int width, int height) {
  constexpr float smallest = 16;  // a glyph or a tick hides too little to be worth looking for
  std::vector<Fan> fans;
  for (int i = 0; i < data.CmdListsCount; ++i) {
    const ImDrawList& list = *data.CmdLists[i];
    for (int j = 0; j < list.CmdBuffer.Size; ++j) {
      const ImDrawCmd& c = list.CmdBuffer[j];
      const bool image = std::find(opaque.images.begin(), opaque.images.end(), c.TextureId) != opaque.images.end();
      if (c.UserCallback || (!image && c.TextureId != opaque.solid)) continue;
      const ImDrawIdx* idx = list.IdxBuffer.Data + c.IdxOffset;
      const ImDrawVert* v = list.VtxBuffer.Data + c.VtxOffset;
      const auto solid = [&](ImDrawIdx n) {  // opaque colour, and from an image or the solid texel
        return (v[n].col >> IM_COL32_A_SHIFT & 0xFF) == 0xFF && (image || (v[n].uv.x == opaque.solid_uv.x && v[n].uv.y == opaque.solid_uv.y));
      };
      for (unsigned k = 0; k + 3 <= c.ElemCount;) {
        // Triangle t continues the fan of k when it shares k's first vertex and the last one before it.
        unsigned end = k;
        while (end + 3 <= c.ElemCount && idx[end] == idx[k] && (end == k || idx[end + 1] == idx[end - 1]) &&
               solid(idx[end]) && solid(idx[end + 1]) && solid(idx[end + 2]))
          end += 3;
        if (end == k) {
          k += 3;
          continue;
        }
        ImVec2 lo = v[idx[k]].pos, hi = lo;
        for (unsigned t = k; t < end; t += 3)
          for (unsigned n = 1; n < 3; ++n) {
            const ImVec2 p = v[idx[t + n]].pos;
            lo = ImVec2(std::min(lo.x, p.x), std::min(lo.y, p.y)), hi = ImVec2(std::max(hi.x, p.x), std::max(hi.y, p.y));
          }
        if (hi.x - lo.x >= smallest && hi.y - lo.y >= smallest) {
          Fan fan{{i, j, k}, {v[idx[k]].pos, v[idx[k + 1]].pos}, scissor_of(c.ClipRect, width, height)};
          for (unsigned t = k; t < end; t += 3) fan.polygon.push_back(v[idx[t + 2]].pos);
          if (convex(fan.polygon)) fans.push_back(std::move(fan));
        }
        k = end;
      }
    }
  }
  return fans;
}

// Every triangle of the command is an opaque image's: blending it changes nothing.
bool opaque_image(const ImDrawList& list, const ImDrawCmd& c, const Opaque& opaque) {
  if (c.UserCallback || std::find(opaque.images.begin(), opaque.images.end(), c.TextureId) == opaque.images.end()) return false;
  for (unsigned k = 0; k < c.ElemCount; ++k)
    if ((list.VtxBuffer[c.VtxOffset + list.IdxBuffer[c.IdxOffset + k]].col >> IM_COL32_A_SHIFT & 0xFF) != 0xFF) return false;
  return true;
}

ImDrawCmd callback(ImDrawCallback f) {
  ImDrawCmd c;
  c.UserCallback = f;
  return c;
}

}  // namespace

ImDrawData& ClippedDrawData::clip(const ImDrawData& data, const std::vector<PixelRect>& rects, const Opaque& opaque) {
  const int width = static_cast<int>(data.DisplaySize.x), height = static_cast<int>(data.DisplaySize.y);
  const std::vector<Fan> fans = opaque_fans(data, opaque, width, height);
  std::vector<Cover> covers;  // for each rectangle, the last fan over all of it
  covered_.clear();
  for (const PixelRect& rect : rects) {
    const auto last = std::find_if(fans.rbegin(), fans.rend(), [&](const Fan& f) { return fan_covers(f, rect); });
    covers.push_back(last == fans.rend() ? Cover{} : last->at);
    covered_.push_back(covers.back().list >= 0);
  }
  used_.clear();
  for (int i = 0; i < data.CmdListsCount; ++i) {
    const ImDrawList& list = *data.CmdLists[i];
    if (lists_.size() <= used_.size()) lists_.push_back(std::make_unique<ImDrawList>(nullptr));
    ImDrawList& out = *lists_[used_.size()];
    out.CmdBuffer.resize(0);
    for (int j = 0; j < list.CmdBuffer.Size; ++j) {
      const ImDrawCmd& c = list.CmdBuffer[j];
      const PixelRect scissor = scissor_of(c.ClipRect, width, height);
      const bool unblended = opaque.blend_off && opaque_image(list, c, opaque);
      for (std::size_t r = 0; r < rects.size(); ++r) {
        const PixelRect box = intersect(scissor, rects[r]);
        if (box.empty() || covers[r].hides(i, j)) continue;
        // The first and the last triangle that meet the box; those between are drawn, scissored.
        unsigned first = c.ElemCount, last = 0;
        const unsigned from = covers[r].list == i && covers[r].cmd == j ? covers[r].first : 0;
        for (unsigned k = from; k + 3 <= c.ElemCount; k += 3) {
          if (triangle_rect(list.VtxBuffer.Data, list.IdxBuffer.Data, c, c.IdxOffset + k, box).empty()) continue;
          if (first == c.ElemCount) first = k;
          last = k;
        }
        if (first == c.ElemCount) continue;
        if (unblended) out.CmdBuffer.push_back(callback(opaque.blend_off));
        out.CmdBuffer.push_back(c);
        ImDrawCmd& cut = out.CmdBuffer.back();
        cut.ClipRect = ImVec4(static_cast<float>(box.x0), static_cast<float>(box.y0), static_cast<float>(box.x1), static_cast<float>(box.y1));
        cut.IdxOffset = c.IdxOffset + first;
        cut.ElemCount = last + 3 - first;
        if (unblended) out.CmdBuffer.push_back(callback(opaque.blend_on));
      }
    }
    if (out.CmdBuffer.empty()) continue;
    out.VtxBuffer = list.VtxBuffer;
    out.IdxBuffer = list.IdxBuffer;
    used_.push_back(&out);
  }
  data_ = data;
  data_.CmdLists = used_.data();
  data_.CmdListsCount = static_cast<int>(used_.size());
  data_.TotalVtxCount = data_.TotalIdxCount = 0;
  for (const ImDrawList* l : used_) {
    data_.TotalVtxCount += l->VtxBuffer.Size;
    data_.TotalIdxCount += l->IdxBuffer.Size;
  }
  return data_;
}

}  // namespace viz

// ClippedDrawData: commands split by rectangle, scissored to it, trimmed to the triangles that meet it.
#include "viz/draw_clip.hpp"

#include <algorithm>
#include <cmath>

namespace viz {

namespace {

// The last quad of an opaque texture drawn over the whole of a rectangle: its list, its command and
// its first index in the command (list −1: none). Nothing drawn there before it shows.
struct Cover {
  int list = -1, cmd = 0;
  unsigned first = 0;
  bool hides(int i, int j) const { return i < list || (i == list && j < cmd); }
};

// The pixels that triangles k and k + 1 of a command fill with opaque colour when they are an
// axis-aligned quad as ImDrawList::PrimRectUV makes it (corners a b c d, indices a b c, a c d) with
// opaque vertex colours: those whose centre is inside, so the quad's corners rounded inwards.
PixelRect opaque_quad(const ImDrawList& list, const ImDrawCmd& c, unsigned k) {
  const ImDrawIdx* idx = list.IdxBuffer.Data + c.IdxOffset + k;
  if (idx[3] != idx[0] || idx[4] != idx[2]) return {};
  const ImDrawVert* v = list.VtxBuffer.Data + c.VtxOffset;
  const ImVec2 a = v[idx[0]].pos, b = v[idx[1]].pos, cc = v[idx[2]].pos, d = v[idx[5]].pos;
  if (a.y != b.y || b.x != cc.x || cc.y != d.y || d.x != a.x) return {};
  for (int corner : {0, 1, 2, 5})
    if ((v[idx[corner]].col >> IM_COL32_A_SHIFT & 0xFF) != 0xFF) return {};
  const auto up = [](float v) { return static_cast<int>(std::ceil(std::clamp(v, -1e6f, 1e6f))); };
  const auto down = [](float v) { return static_cast<int>(std::floor(std::clamp(v, -1e6f, 1e6f))); };
  return {up(std::min(a.x, cc.x)), up(std::min(a.y, cc.y)), down(std::max(a.x, cc.x)), down(std::max(a.y, cc.y))};
}

bool contains(const PixelRect& outer, const PixelRect& r) {
  return outer.x0 <= r.x0 && outer.y0 <= r.y0 && r.x1 <= outer.x1 && r.y1 <= outer.y1;
}

// Every pixel of `rect` is drawn by a later command than what the cover hides, or by a later triangle.
Cover last_cover(const ImDrawData& data, const PixelRect& rect, const std::vector<ImTextureID>& opaque, int width, int height) {
  Cover cover;
  for (int i = 0; i < data.CmdListsCount; ++i) {
    const ImDrawList& list = *data.CmdLists[i];
    for (int j = 0; j < list.CmdBuffer.Size; ++j) {
      const ImDrawCmd& c = list.CmdBuffer[j];
      if (c.UserCallback || std::find(opaque.begin(), opaque.end(), c.TextureId) == opaque.end()) continue;
      const PixelRect scissor = scissor_of(c.ClipRect, width, height);
      for (unsigned k = 0; k + 6 <= c.ElemCount; k += 3)
        if (contains(intersect(opaque_quad(list, c, k), scissor), rect)) cover = {i, j, k};
    }
  }
  return cover;
}

}  // namespace

ImDrawData& ClippedDrawData::clip(const ImDrawData& data, const std::vector<PixelRect>& rects, const std::vector<ImTextureID>& opaque) {
  const int width = static_cast<int>(data.DisplaySize.x), height = static_cast<int>(data.DisplaySize.y);
  std::vector<Cover> covers;
  covered_.clear();
  for (const PixelRect& rect : rects) {
    covers.push_back(opaque.empty() ? Cover{} : last_cover(data, rect, opaque, width, height));
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
        out.CmdBuffer.push_back(c);
        ImDrawCmd& cut = out.CmdBuffer.back();
        cut.ClipRect = ImVec4(static_cast<float>(box.x0), static_cast<float>(box.y0), static_cast<float>(box.x1), static_cast<float>(box.y1));
        cut.IdxOffset = c.IdxOffset + first;
        cut.ElemCount = last + 3 - first;
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

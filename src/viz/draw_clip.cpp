// ClippedDrawData: commands split by rectangle, scissored to it, trimmed to the triangles that meet it.
#include "viz/draw_clip.hpp"

namespace viz {

ImDrawData& ClippedDrawData::clip(const ImDrawData& data, const std::vector<PixelRect>& rects) {
  const int width = static_cast<int>(data.DisplaySize.x), height = static_cast<int>(data.DisplaySize.y);
  used_.clear();
  for (int i = 0; i < data.CmdListsCount; ++i) {
    const ImDrawList& list = *data.CmdLists[i];
    if (lists_.size() <= used_.size()) lists_.push_back(std::make_unique<ImDrawList>(nullptr));
    ImDrawList& out = *lists_[used_.size()];
    out.CmdBuffer.resize(0);
    for (const ImDrawCmd& c : list.CmdBuffer) {
      const PixelRect scissor = scissor_of(c.ClipRect, width, height);
      for (const PixelRect& rect : rects) {
        const PixelRect box = intersect(scissor, rect);
        if (box.empty()) continue;
        // The first and the last triangle that meet the box; those between are drawn, scissored.
        unsigned first = c.ElemCount, last = 0;
        for (unsigned k = 0; k + 3 <= c.ElemCount; k += 3) {
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

// Damage tracking and clipped draw data on hand-built ImGui draw lists: what changed between two
// frames, in pixels, and the commands that redraw just that.
#include <gtest/gtest.h>
#include <cstdint>
#include <cstring>
#include <memory>
#include <optional>
#include <vector>
#include "viz/damage.hpp"
#include "viz/draw_clip.hpp"

namespace viz {
namespace {

const ImVec4 whole_window(0, 0, 200, 100);
const auto font = reinterpret_cast<ImTextureID>(std::uintptr_t{1});
const auto image = reinterpret_cast<ImTextureID>(std::uintptr_t{2});

// The list's last command, or a new one when the clip rectangle or texture differs from its.
ImDrawCmd& command(ImDrawList& list, ImVec4 clip, ImTextureID texture) {
  if (list.CmdBuffer.empty() || list.CmdBuffer.back().TextureId != texture ||
      std::memcmp(&list.CmdBuffer.back().ClipRect, &clip, sizeof clip) != 0) {
    ImDrawCmd cmd;
    cmd.ClipRect = clip;
    cmd.TextureId = texture;
    cmd.IdxOffset = static_cast<unsigned>(list.IdxBuffer.Size);
    list.CmdBuffer.push_back(cmd);
  }
  return list.CmdBuffer.back();
}

// Appends an axis-aligned quad (two triangles) to the list, in a command of its own when the clip
// rectangle or texture differs from the last one's.
void add_quad(ImDrawList& list, float x0, float y0, float x1, float y1, ImU32 colour = 0xffffffff,
              ImVec4 clip = whole_window, ImTextureID texture = font) {
  command(list, clip, texture);
  const auto base = static_cast<ImDrawIdx>(list.VtxBuffer.Size);
  for (ImVec2 p : {ImVec2(x0, y0), ImVec2(x1, y0), ImVec2(x1, y1), ImVec2(x0, y1)}) list.VtxBuffer.push_back({p, ImVec2(0, 0), colour});
  for (int k : {0, 1, 2, 0, 2, 3}) list.IdxBuffer.push_back(static_cast<ImDrawIdx>(base + k));
  list.CmdBuffer.back().ElemCount += 6;
}

// A frame of 200 × 100 pixels made of the given windows' draw lists.
struct Frame {
  std::vector<std::unique_ptr<ImDrawList>> lists;
  std::vector<ImDrawList*> pointers;
  ImDrawData data;

  ImDrawList& window(const char* name) {
    lists.push_back(std::make_unique<ImDrawList>(nullptr));
    lists.back()->_OwnerName = name;
    return *lists.back();
  }
  const ImDrawData& done(ImVec2 size = ImVec2(200, 100)) {
    pointers.clear();
    for (auto& l : lists) pointers.push_back(l.get());
    data.Valid = true;
    data.CmdLists = pointers.data();
    data.CmdListsCount = static_cast<int>(pointers.size());
    data.DisplaySize = size;
    data.FramebufferScale = ImVec2(1, 1);
    return data;
  }
};

// Two windows: "a" with quads at x 0–10, 20–30 (in `middle_colour`), 40–50 (and, with `inserted`,
// one at 60–70 after the first, which moves every later index and vertex by 4); "b" with one quad
// at x 100–150.5 from row `b_top` down for 10 rows.
Frame two_windows(ImU32 middle_colour = 0xffffffff, bool inserted = false, float b_top = 50) {
  Frame f;
  ImDrawList& a = f.window("a");
  add_quad(a, 0, 0, 10, 10);
  if (inserted) add_quad(a, 60, 20, 70, 30);
  add_quad(a, 20, 0, 30, 10, middle_colour);
  add_quad(a, 40, 0, 50, 10);
  add_quad(f.window("b"), 100, b_top, 150.5f, b_top + 10);
  return f;
}

// The damage of `after` over a back buffer holding `before`.
std::optional<std::vector<PixelRect>> damage(Frame& before, Frame& after) {
  DamageTracker tracker;
  tracker.add_frame(before.done(), {});
  tracker.add_frame(after.done(), {});
  return tracker.damage_since(1);
}

TEST(Damage, ScissorIsTheBackendsRoundingOfTheClipRectangle) {
  // glScissor((int)10.5, (int)(100 − 40.5), (int)(30.75 − 10.5), (int)(40.5 − 20.25)) = (10, 59, 20, 20):
  // columns 10–29, and rows 59–78 from the bottom, which are rows 21–40 from the top.
  EXPECT_EQ(scissor_of(ImVec4(10.5f, 20.25f, 30.75f, 40.5f), 200, 100), (PixelRect{10, 21, 30, 41}));
  EXPECT_EQ(scissor_of(ImVec4(-5, -5, 300, 300), 200, 100), (PixelRect{0, 0, 200, 100}));  // within the framebuffer
  EXPECT_TRUE(scissor_of(ImVec4(10, 10, 10, 20), 200, 100).empty());                     // the backend skips it
}

TEST(Damage, TriangleRectIsItsBoxRoundedOutwardsWithinTheScissor) {
  Frame f;
  ImDrawList& l = f.window("a");
  add_quad(l, 2.5f, 3.2f, 7.5f, 9);
  EXPECT_EQ(triangle_rect(l.VtxBuffer.Data, l.IdxBuffer.Data, l.CmdBuffer[0], 0, {0, 0, 200, 100}), (PixelRect{2, 3, 8, 9}));
  EXPECT_EQ(triangle_rect(l.VtxBuffer.Data, l.IdxBuffer.Data, l.CmdBuffer[0], 0, {5, 0, 200, 100}), (PixelRect{5, 3, 8, 9}));
}

TEST(Damage, MergeUnitesOverlapsUntilNoneOverlap) {
  // a and c overlap only through their union with b; d touches c's edge without overlapping.
  const PixelRect a{0, 0, 10, 10}, b{5, 5, 20, 20}, c{18, 0, 30, 6}, d{30, 0, 40, 6};
  const std::vector<PixelRect> merged = merge_rects({a, c, PixelRect{}, d, b});
  ASSERT_EQ(merged.size(), 2u);
  EXPECT_EQ(merged[0], (PixelRect{0, 0, 30, 20}));
  EXPECT_EQ(merged[1], d);
  // Past the limit: the pair whose box adds the fewest pixels (a and d: 240; a and e: 3 400).
  const PixelRect e{50, 50, 60, 60};
  EXPECT_EQ(merge_rects({a, d, e}, 2), (std::vector<PixelRect>{{0, 0, 40, 10}, e}));
  EXPECT_EQ(merge_rects({a, d, e}, 1), (std::vector<PixelRect>{{0, 0, 60, 60}}));
}

TEST(Damage, TheFirstFrameAndNewSizesDrawEverythingTheSameFrameNothing) {
  DamageTracker tracker;
  Frame f = two_windows();
  tracker.add_frame(f.done(), {});
  EXPECT_FALSE(tracker.damage_since(1));
  Frame same = two_windows();
  tracker.add_frame(same.done(), {});
  ASSERT_TRUE(tracker.damage_since(1));
  EXPECT_TRUE(tracker.damage_since(1)->empty());
  EXPECT_FALSE(tracker.damage_since(0)) << "age 0: the back buffer's contents are unknown";
  EXPECT_FALSE(tracker.damage_since(2)) << "two frames ago was the first frame";
  Frame bigger = two_windows();
  tracker.add_frame(bigger.done(ImVec2(300, 100)), {});
  EXPECT_FALSE(tracker.damage_since(1));
}

TEST(Damage, AChangedQuadDamagesItsPixelsOnly) {
  Frame f = two_windows(), g = two_windows(0xff0000ff);
  EXPECT_EQ(*damage(f, g), (std::vector<PixelRect>{{20, 0, 30, 10}}));
}

TEST(Damage, TwoChangesInOneWindowAreTwoBoxesNotOneAroundBoth) {
  Frame f = two_windows(), g = two_windows();
  for (int v : {0, 1, 2, 3, 8, 9, 10, 11}) g.lists[0]->VtxBuffer[v].col = 0xff0000ff;  // the first and the last quad
  EXPECT_EQ(*damage(f, g), (std::vector<PixelRect>{{0, 0, 10, 10}, {40, 0, 50, 10}}));
}

TEST(Damage, AQuadInsertedBeforeOthersDamagesItsPixelsNotTheShiftedOnes) {
  Frame f = two_windows(), g = two_windows(0xffffffff, true);
  EXPECT_EQ(*damage(f, g), (std::vector<PixelRect>{{60, 20, 70, 30}}));
}

TEST(Damage, AQuadInsertedAndAnotherChangedAreTwoBoxes) {
  // A number that gained a digit and, further on, a curve that moved: not one box around both.
  Frame f = two_windows(), g = two_windows(0xffffffff, true);
  for (int v : {12, 13, 14, 15}) g.lists[0]->VtxBuffer[v].col = 0xff0000ff;  // the last quad (after the inserted one)
  EXPECT_EQ(*damage(f, g), (std::vector<PixelRect>{{40, 0, 50, 10}, {60, 20, 70, 30}}));
  // Removed, the other way round: where the removed quad was.
  EXPECT_EQ(*damage(g, f), (std::vector<PixelRect>{{40, 0, 50, 10}, {60, 20, 70, 30}}));
}

TEST(Damage, CommandsWithTheSameClipAndTextureAreComparedOneByOne) {
  // Quads inserted in two commands of a window (a plot's curve and the legend after it): two boxes.
  const ImVec4 plot(0, 0, 200, 99);
  const auto window = [&](bool inserted) {
    Frame f;
    ImDrawList& w = f.window("w");
    add_quad(w, 0, 0, 10, 10);
    if (inserted) add_quad(w, 60, 0, 70, 10);
    add_quad(w, 20, 0, 30, 10);
    add_quad(w, 100, 50, 110, 60, 0xffffffff, plot);
    if (inserted) add_quad(w, 170, 50, 180, 60, 0xffffffff, plot);
    add_quad(w, 120, 50, 130, 60, 0xffffffff, plot);
    return f;
  };
  Frame f = window(false), g = window(true);
  EXPECT_EQ(*damage(f, g), (std::vector<PixelRect>{{60, 0, 70, 10}, {170, 50, 180, 60}}));
}

TEST(Damage, AMovedQuadDamagesWhereItWasAndWhereItIs) {
  Frame f = two_windows(), g = two_windows(0xffffffff, false, 70);
  EXPECT_EQ(*damage(f, g), (std::vector<PixelRect>{{100, 50, 151, 80}}));
}

TEST(Damage, ARedrawnTextureDamagesTheImagesThatShowIt) {
  DamageTracker tracker;
  const auto frame = [] {
    Frame f = two_windows();
    add_quad(*f.lists[1], 160, 10, 190, 40, 0xffffffff, whole_window, image);
    return f;
  };
  Frame f = frame();
  tracker.add_frame(f.done(), {});
  Frame g = frame();
  tracker.add_frame(g.done(), {image});
  EXPECT_EQ(*tracker.damage_since(1), (std::vector<PixelRect>{{160, 10, 190, 40}}));
  Frame h = frame();
  tracker.add_frame(h.done(), {font});  // the font atlas: one box around each command drawn with it
  EXPECT_EQ(*tracker.damage_since(1), (std::vector<PixelRect>{{0, 0, 50, 10}, {100, 50, 151, 60}}));
}

TEST(Damage, OlderBackBuffersGetTheUnionOfTheFramesSince) {
  DamageTracker tracker;
  Frame f = two_windows();
  tracker.add_frame(f.done(), {});
  Frame g = two_windows(0xff0000ff);  // the middle quad
  tracker.add_frame(g.done(), {});
  Frame h = two_windows(0xff0000ff);
  h.lists[1]->VtxBuffer[0].col = 0xff00ff00;  // b's quad
  tracker.add_frame(h.done(), {});
  EXPECT_EQ(*tracker.damage_since(1), (std::vector<PixelRect>{{100, 50, 151, 60}}));
  EXPECT_EQ(*tracker.damage_since(2), (std::vector<PixelRect>{{100, 50, 151, 60}, {20, 0, 30, 10}}));
  EXPECT_FALSE(tracker.damage_since(3));
}

TEST(Damage, AWindowThatOpensOrClosesDamagesWhatItCovers) {
  DamageTracker tracker;
  Frame f = two_windows();
  tracker.add_frame(f.done(), {});
  Frame g = two_windows();
  ImDrawList& tooltip = g.window("##Tooltip_00");
  add_quad(tooltip, 60, 30, 90, 45);
  add_quad(tooltip, 62, 32, 70, 40);
  tracker.add_frame(g.done(), {});
  EXPECT_EQ(*tracker.damage_since(1), (std::vector<PixelRect>{{60, 30, 90, 45}}));
  Frame h = two_windows();
  tracker.add_frame(h.done(), {});
  EXPECT_EQ(*tracker.damage_since(1), (std::vector<PixelRect>{{60, 30, 90, 45}}));
}

TEST(Damage, ReorderedWindowsOrCallbacksDrawEverything) {
  DamageTracker tracker;
  Frame f = two_windows();
  tracker.add_frame(f.done(), {});
  Frame g = two_windows();
  std::swap(g.lists[0], g.lists[1]);
  tracker.add_frame(g.done(), {});
  EXPECT_FALSE(tracker.damage_since(1));
  Frame h = two_windows();
  std::swap(h.lists[0], h.lists[1]);
  h.lists[0]->CmdBuffer[0].UserCallback = [](const ImDrawList*, const ImDrawCmd*) {};
  tracker.add_frame(h.done(), {});
  EXPECT_FALSE(tracker.damage_since(1));
}

TEST(ClippedDrawData, CommandsAreCutToEachRectangleAndTrimmedToTheTrianglesThatMeetIt) {
  Frame f = two_windows();
  ClippedDrawData clipped;
  // The middle quad of "a" and the left part of "b"'s quad.
  const ImDrawData& out = clipped.clip(f.done(), {{22, 2, 28, 8}, {90, 40, 120, 100}});
  ASSERT_EQ(out.CmdListsCount, 2);
  const ImDrawList& a = *out.CmdLists[0];
  ASSERT_EQ(a.CmdBuffer.Size, 1);
  EXPECT_EQ(a.CmdBuffer[0].IdxOffset, 6u) << "the first quad is left out";
  EXPECT_EQ(a.CmdBuffer[0].ElemCount, 6u) << "and so is the last";
  EXPECT_EQ(a.CmdBuffer[0].ClipRect.x, 22);
  EXPECT_EQ(a.CmdBuffer[0].ClipRect.w, 8);
  EXPECT_EQ(a.VtxBuffer.Size, f.lists[0]->VtxBuffer.Size);
  const ImDrawCmd& b = out.CmdLists[1]->CmdBuffer[0];
  EXPECT_EQ(scissor_of(b.ClipRect, 200, 100), (PixelRect{90, 40, 120, 100}));
  EXPECT_EQ(b.ElemCount, 6u);
  EXPECT_EQ(out.TotalIdxCount, 24);
}

TEST(ClippedDrawData, ListsThatMeetNoRectangleAreLeftOut) {
  Frame f = two_windows();
  ClippedDrawData clipped;
  const ImDrawData& out = clipped.clip(f.done(), {{0, 50, 90, 100}});
  EXPECT_EQ(out.CmdListsCount, 0);
  const ImDrawData& again = clipped.clip(f.done(), {{0, 0, 200, 100}});  // storage reused
  ASSERT_EQ(again.CmdListsCount, 2);
  EXPECT_EQ(again.CmdLists[0]->CmdBuffer[0].ElemCount, 18u);
}

// A panel: a background in window "panel", then in window "card" a frame, an image over
// x 40–120.5, y 20.5–70 and an outline drawn over the image.
Frame panel_with_image(ImU32 image_colour = 0xffffffff, ImVec4 image_clip = whole_window) {
  Frame f;
  add_quad(f.window("panel"), 0, 0, 200, 100);
  ImDrawList& card = f.window("card");
  add_quad(card, 30, 10, 130, 80);
  add_quad(card, 40, 20.5f, 120.5f, 70, image_colour, image_clip, image);
  add_quad(card, 60, 30, 62, 32);
  return f;
}

TEST(ClippedDrawData, WhatAnOpaqueImageCoversWholeIsLeftOutAndNeedsNoClearing) {
  Frame f = panel_with_image();
  ClippedDrawData clipped;
  // Inside the image's whole pixels (x 40–120, y 21–70), and a rectangle that sticks out of it.
  const ImDrawData& out = clipped.clip(f.done(), {{50, 21, 120, 70}, {0, 0, 20, 20}}, Opaque{{image}});
  EXPECT_TRUE(clipped.covered(0));
  EXPECT_FALSE(clipped.covered(1));
  ASSERT_EQ(out.CmdListsCount, 2);
  const ImDrawList& panel = *out.CmdLists[0];
  ASSERT_EQ(panel.CmdBuffer.Size, 1) << "the background only where the image is not";
  EXPECT_EQ(scissor_of(panel.CmdBuffer[0].ClipRect, 200, 100), (PixelRect{0, 0, 20, 20}));
  const ImDrawList& card = *out.CmdLists[1];
  ASSERT_EQ(card.CmdBuffer.Size, 2) << "the image and the outline over it; not the frame under it";
  EXPECT_EQ(card.CmdBuffer[0].TextureId, image);
  EXPECT_EQ(card.CmdBuffer[1].TextureId, font);
  EXPECT_EQ(card.CmdBuffer[1].IdxOffset, 12u);
}

void blend_off(const ImDrawList*, const ImDrawCmd*) {}
void blend_on(const ImDrawList*, const ImDrawCmd*) {}

TEST(ClippedDrawData, OpaqueImagesAreDrawnBetweenTheBlendingCallbacks) {
  const auto commands = [](ImU32 image_colour) {
    Frame f = panel_with_image(image_colour);
    ClippedDrawData clipped;
    const ImDrawData& out = clipped.clip(f.done(), {{0, 0, 200, 100}}, Opaque{{image}, nullptr, {}, blend_off, blend_on});
    std::vector<ImDrawCallback> callbacks;  // per command of the card: its callback, or none
    for (const ImDrawCmd& c : out.CmdLists[1]->CmdBuffer) callbacks.push_back(c.UserCallback);
    return callbacks;
  };
  EXPECT_EQ(commands(0xffffffff), (std::vector<ImDrawCallback>{nullptr, blend_off, nullptr, blend_on, nullptr}));
  EXPECT_EQ(commands(0x80ffffff), (std::vector<ImDrawCallback>{nullptr, nullptr, nullptr})) << "a translucent tint blends";
}

TEST(ClippedDrawData, NothingIsLeftOutUnderATranslucentPartialOrClippedImage) {
  const auto kept = [](Frame f, PixelRect rect, std::vector<ImTextureID> opaque) {
    ClippedDrawData clipped;
    const ImDrawData& out = clipped.clip(f.done(), {rect}, Opaque{opaque});
    EXPECT_FALSE(clipped.covered(0));
    return out.CmdListsCount == 2 ? out.CmdLists[0]->CmdBuffer.Size + out.CmdLists[1]->CmdBuffer.Size : -1;
  };  // all 4 commands: the background, the frame, the image and the outline
  EXPECT_EQ(kept(panel_with_image(), {50, 21, 120, 70}, {}), 4) << "the texture is not known to be opaque";
  EXPECT_EQ(kept(panel_with_image(0x80ffffff), {50, 21, 120, 70}, {image}), 4) << "a translucent tint";
  EXPECT_EQ(kept(panel_with_image(), {50, 20, 120, 70}, {image}), 4) << "row 20: its centre is on the image's edge";
  EXPECT_EQ(kept(panel_with_image(), {50, 21, 121, 70}, {image}), 4) << "column 120: its centre is on the image's edge";
  EXPECT_EQ(kept(panel_with_image(0xffffffff, ImVec4(0, 0, 100, 100)), {50, 21, 120, 70}, {image}), 4)
      << "the image's clip rectangle cuts it at x = 100";
}

// A window's background as ImGui fills a convex shape: one fan from the first vertex, here an
// octagon (a rectangle 20–180 × 10–90 with its corners cut by `cut`) sampling `uv` in `colour`.
void add_fan(ImDrawList& list, float cut, ImVec2 uv, ImU32 colour = 0xffffffff) {
  ImDrawCmd& cmd = command(list, whole_window, font);
  const auto base = static_cast<ImDrawIdx>(list.VtxBuffer.Size);
  const ImVec2 corners[] = {{20 + cut, 10}, {180 - cut, 10}, {180, 10 + cut}, {180, 90 - cut},
                            {180 - cut, 90}, {20 + cut, 90}, {20, 90 - cut}, {20, 10 + cut}};
  for (ImVec2 p : corners) list.VtxBuffer.push_back({p, uv, colour});
  for (int i = 2; i < 8; ++i)
    for (int k : {0, i - 1, i}) list.IdxBuffer.push_back(static_cast<ImDrawIdx>(base + k));
  cmd.ElemCount += 18;
}

TEST(ClippedDrawData, ASolidConvexFanLikeAWindowBackgroundCoversWhatIsInsideIt) {
  const ImVec2 white(0.5f, 0.5f), glyph(0.1f, 0.2f);
  const auto covered = [](float cut, ImVec2 uv, ImU32 colour, PixelRect rect, ImVec2 white_uv) {
    Frame f;
    add_quad(f.window("backdrop"), 0, 0, 200, 100);
    add_fan(f.window("panel"), cut, uv, colour);
    ClippedDrawData clipped;
    const ImDrawData& out = clipped.clip(f.done(), {rect}, Opaque{{}, font, white_uv});
    const bool backdrop_left_out = out.CmdListsCount == 1;
    EXPECT_EQ(backdrop_left_out, clipped.covered(0));
    return clipped.covered(0);
  };
  EXPECT_TRUE(covered(8, white, 0xffffffff, {20, 18, 180, 82}, white)) << "between the cut corners";
  EXPECT_TRUE(covered(8, white, 0xffffffff, {24, 14, 176, 86}, white)) << "the corners (24, 14) … are on the cuts";
  EXPECT_FALSE(covered(8, white, 0xffffffff, {23, 14, 176, 86}, white)) << "(23, 14) is outside the cut";
  EXPECT_FALSE(covered(8, glyph, 0xffffffff, {40, 30, 60, 50}, white)) << "another texel of the atlas: maybe clear";
  EXPECT_FALSE(covered(8, white, 0xf0ffffff, {40, 30, 60, 50}, white)) << "translucent";
  EXPECT_FALSE(covered(-30, white, 0xffffffff, {40, 30, 60, 50}, white)) << "cuts outwards: a concave star";
}

}  // namespace
}  // namespace viz

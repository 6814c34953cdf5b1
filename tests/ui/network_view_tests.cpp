// The network view's logic without a display: colour ranges, what a cell was computed from, the
// cards' geometry, and the numbers written in cells.
#include <gtest/gtest.h>

#include <cmath>
#include "lesson.hpp"
#include "network_geometry.hpp"
#include "network_links.hpp"
#include "network_view.hpp"

namespace {

using bpl::Quantity;
const std::string kLessons = std::string(BACKPROP_SOURCE_DIR) + "/assets/lessons/";

bpl::Stepper stepper_of(const std::string& lesson, int phases) {
  bpl::Stepper stepper = bpl::make_stepper(bpl::load_lesson(kLessons + lesson));
  for (int p = 0; p < phases; ++p) stepper.advance();
  return stepper;
}

// Labels 8 px per character, as a font would measure them.
app::GeometryInput geometry_input(const bpl::Network& net, int batch, ImVec2 region) {
  app::GeometryInput in;
  in.net = &net;
  in.batch = batch;
  in.region = region;
  in.font = 20;
  in.label_width = [](int, app::CardColumn, bool backward) { return backward ? 80.0f : 40.0f; };
  return in;
}

TEST(ColourRange, NiceCeilingRoundsUpToFewSteps) {
  EXPECT_DOUBLE_EQ(app::nice_ceiling(0.83), 1.0);
  EXPECT_DOUBLE_EQ(app::nice_ceiling(0.21), 0.3);
  EXPECT_DOUBLE_EQ(app::nice_ceiling(2.5), 3.0);
  EXPECT_DOUBLE_EQ(app::nice_ceiling(1.0), 1.0);
  EXPECT_NEAR(app::nice_ceiling(0.037), 0.04, 1e-12);
  EXPECT_DOUBLE_EQ(app::nice_ceiling(0), 1.0);  // all zeros: a unit range, not an empty one
  EXPECT_DOUBLE_EQ(app::nice_ceiling(NAN), 1.0);
}

TEST(ColourRange, ActivationsUseTheRangeTheirSigmaReaches) {
  const bpl::Stepper stepper = stepper_of("worked-2-3-1.json", 5);  // up to backward 1: every quantity set, w not yet updated
  app::NetworkView view;
  app::sync_network_view(view, stepper, 1);
  const app::ViewSettings settings;
  const app::ColourScale x1 = app::colour_scale(view, settings, stepper.network(), Quantity::X, 1);  // sigmoid
  EXPECT_EQ(x1.colormap, viz::ColormapKind::Sequential);
  EXPECT_EQ(x1.lo, 0);
  EXPECT_EQ(x1.hi, 1);
  const app::ColourScale w1 = app::colour_scale(view, settings, stepper.network(), Quantity::W, 1);
  EXPECT_EQ(w1.colormap, viz::ColormapKind::Diverging);
  EXPECT_EQ(w1.lo, -w1.hi);  // symmetric about 0
}

TEST(ColourRange, PerQuantitySharesOneRangeAcrossLayersPerMatrixDoesNot) {
  const bpl::Stepper stepper = stepper_of("worked-2-3-1.json", 5);
  app::NetworkView view;
  app::sync_network_view(view, stepper, 1);
  app::ViewSettings settings;
  const auto hi = [&](int l) { return app::colour_scale(view, settings, stepper.network(), Quantity::W, l).hi; };
  settings.range_mode = app::RangeMode::PerQuantity;
  EXPECT_EQ(hi(1), hi(2));
  EXPECT_DOUBLE_EQ(hi(1), app::nice_ceiling(0.7));  // the largest |w| of both layers: w⁽²⁾₁ = 0.7
  settings.range_mode = app::RangeMode::PerMatrix;
  EXPECT_DOUBLE_EQ(hi(1), app::nice_ceiling(0.6));  // max |w⁽¹⁾| = 0.6
  settings.range_mode = app::RangeMode::Fixed;
  settings.fixed_range = 2.5f;
  EXPECT_DOUBLE_EQ(hi(2), 2.5);
}

TEST(ColourRange, SyncCopiesRowMajorAndOnlyOnANewVersion) {
  bpl::Stepper stepper = stepper_of("worked-2-3-1.json", 0);
  app::NetworkView view;
  app::sync_network_view(view, stepper, 1);
  const viz::Heatmap& w = app::heatmap_of(view, Quantity::W, 1);
  ASSERT_EQ(w.rows(), 3);
  ASSERT_EQ(w.cols(), 2);
  EXPECT_FLOAT_EQ(w.value(1, 0), 0.4f);  // w⁽¹⁾ = [[0.1, −0.2], [0.4, 0.3], [−0.5, 0.6]]
  EXPECT_FLOAT_EQ(w.value(2, 1), 0.6f);
  stepper.network().layers[0].w(1, 0) = 9;
  app::sync_network_view(view, stepper, 1);  // same version: nothing copied
  EXPECT_FLOAT_EQ(app::heatmap_of(view, Quantity::W, 1).value(1, 0), 0.4f);
  app::sync_network_view(view, stepper, 2);
  EXPECT_FLOAT_EQ(app::heatmap_of(view, Quantity::W, 1).value(1, 0), 9.0f);
}

TEST(ColourRange, RangesSkipNaNAndInf) {
  bpl::Stepper stepper = stepper_of("worked-2-3-1.json", 0);
  bpl::Matrix& w = stepper.network().layers[0].w;  // [[0.1, −0.2], [0.4, 0.3], [−0.5, 0.6]]
  w(2, 1) = NAN;
  w(0, 0) = -INFINITY;
  w(1, 1) = INFINITY;
  app::NetworkView view;
  app::sync_network_view(view, stepper, 1);
  const int k = static_cast<int>(Quantity::W);
  EXPECT_FLOAT_EQ(view.max_abs[0][k], 0.5f);    // |−0.5|: the NaN and the infinities are left out
  EXPECT_FLOAT_EQ(view.max_value[0][k], 0.4f);
  EXPECT_TRUE(std::isnan(app::heatmap_of(view, Quantity::W, 1).value(2, 1)));  // but still drawn (in NaN's colour)
  w.setConstant(-1);
  app::sync_network_view(view, stepper, 2);
  EXPECT_FLOAT_EQ(view.max_value[0][k], 0.0f);  // no positive value: 0
  w.setConstant(NAN);
  app::sync_network_view(view, stepper, 3);
  EXPECT_FLOAT_EQ(view.max_abs[0][k], 0.0f);    // nothing finite: 0
}

TEST(ColourRange, WhileRunningARangeGoesUpAtOnceAndDownOnlyBelowHalf) {
  bpl::Stepper stepper = stepper_of("worked-2-3-1.json", 0);
  bpl::Matrix& w = stepper.network().layers[0].w;
  app::NetworkView view;
  app::ViewSettings settings;
  settings.range_mode = app::RangeMode::PerMatrix;
  const auto sync_with_largest = [&](double m, bool hold) {  // |w| at most m, reached once
    static std::uint64_t version = 0;
    w.setConstant(0.1);
    w(0, 0) = -m;
    app::sync_network_view(view, stepper, ++version, hold);
    return app::colour_scale(view, settings, stepper.network(), Quantity::W, 1).hi;
  };
  EXPECT_DOUBLE_EQ(sync_with_largest(0.42, true), 0.5);
  EXPECT_DOUBLE_EQ(sync_with_largest(0.38, true), 0.5);  // held: 0.4 exactly would flicker against 0.5
  EXPECT_DOUBLE_EQ(sync_with_largest(0.22, true), 0.5);  // still above half of 0.42
  EXPECT_DOUBLE_EQ(sync_with_largest(0.55, true), 0.6);  // up at once
  EXPECT_DOUBLE_EQ(sync_with_largest(0.25, true), 0.3);  // below half of 0.55: follows
  EXPECT_DOUBLE_EQ(sync_with_largest(0.42, true), 0.5);
  EXPECT_DOUBLE_EQ(sync_with_largest(0.38, false), 0.4);  // stepping: exact
  EXPECT_FLOAT_EQ(app::held(1.0f, 0.6f), 1.0f);
  EXPECT_FLOAT_EQ(app::held(1.0f, 0.4f), 0.4f);
  EXPECT_FLOAT_EQ(app::held(1.0f, 1.2f), 1.2f);
}

bool has(const std::vector<app::Span>& spans, Quantity q, int layer, int row0, int row1, int col0, int col1) {
  for (const app::Span& s : spans)
    if (s.q == q && s.layer == layer && s.row0 == row0 && s.row1 == row1 && s.col0 == col0 && s.col1 == col1) return true;
  return false;
}

TEST(Links, EachEntryPointsAtWhatTheNotesComputeItFrom) {
  const bpl::Stepper stepper = stepper_of("worked-2-3-1.json", 5);  // 2-3-1, batch of 2
  const bpl::Network& net = stepper.network();
  const bpl::Loss loss = stepper.loss();
  // s⁽²⁾₁,₂ = Σⱼ w⁽²⁾₁ⱼ x⁽¹⁾ⱼ₂ + b⁽²⁾₁
  auto s = app::inputs_of(net, loss, Quantity::S, 2, 0, 1);
  EXPECT_TRUE(has(s, Quantity::W, 2, 0, 1, 0, 3));
  EXPECT_TRUE(has(s, Quantity::B, 2, 0, 1, 0, 1));
  EXPECT_TRUE(has(s, Quantity::X, 1, 0, 3, 1, 2));
  // s⁽¹⁾ reads x⁽⁰⁾, which is not a heatmap
  EXPECT_EQ(app::inputs_of(net, loss, Quantity::S, 1, 2, 0).size(), 2u);
  // ∂ℓ/∂x⁽¹⁾₃,₁ = Σₖ w⁽²⁾ₖ₃ ∂ℓ/∂s⁽²⁾ₖ₁
  auto dx = app::inputs_of(net, loss, Quantity::DlDx, 1, 2, 0);
  EXPECT_TRUE(has(dx, Quantity::W, 2, 0, 1, 2, 3));
  EXPECT_TRUE(has(dx, Quantity::DlDs, 2, 0, 1, 0, 1));
  // ∂ℓ/∂w⁽²⁾₁,₂ = mean over n of ∂ℓ/∂s⁽²⁾₁ₙ x⁽¹⁾₂ₙ
  auto dw = app::inputs_of(net, loss, Quantity::DlDw, 2, 0, 1);
  EXPECT_TRUE(has(dw, Quantity::DlDs, 2, 0, 1, 0, 2));
  EXPECT_TRUE(has(dw, Quantity::X, 1, 1, 2, 0, 2));
  // ∂ℓ/∂s⁽¹⁾₂,₁ = ∂ℓ/∂x⁽¹⁾₂,₁ σ′(s⁽¹⁾₂,₁)
  auto ds = app::inputs_of(net, loss, Quantity::DlDs, 1, 1, 0);
  EXPECT_TRUE(has(ds, Quantity::DlDx, 1, 1, 2, 0, 1));
  EXPECT_TRUE(has(ds, Quantity::S, 1, 1, 2, 0, 1));
}

TEST(Geometry, TheDefaultLessonFitsSideBySideWithReadableCells) {
  const bpl::Network net = bpl::make_network(1, {{8, bpl::Activation::Tanh}, {1, bpl::Activation::Linear}});
  struct Case {
    ImVec2 region;  // the cards' region of the default layout
    float cell;     // at least this many pixels a cell, both ways
  };
  for (const Case& want : {Case{{700, 235}, 5}, Case{{1140, 360}, 8}}) {  // 1280×720, 1920×1080
    const ImVec2 region = want.region;
    const app::NetworkGeometry g = app::compute_network_geometry(geometry_input(net, 16, region));
    EXPECT_LE(g.content.x, region.x);
    EXPECT_LE(g.content.y, region.y);
    EXPECT_GE(g.cell_w, want.cell);
    EXPECT_GE(g.cell_h, want.cell);
    ASSERT_EQ(g.cards.size(), 2u);
    EXPECT_LT(g.cards[0].x + g.cards[0].width, g.cards[1].x);  // no overlap
    const auto& c = g.cards[0];
    const int x = static_cast<int>(app::CardColumn::X);
    EXPECT_GT(c.node_x, c.col_x[x]);  // the layer's nodes sit above its x⁽ˡ⁾
    EXPECT_LT(c.node_x, c.col_x[x] + c.col_w[x]);
  }
}

TEST(Geometry, DeepNetsScrollWithReadableCellsWideOnesShrinkThem) {
  std::vector<bpl::LayerSpec> deep(9, {6, bpl::Activation::Tanh});
  const bpl::Network d = bpl::make_network(1, deep);
  const app::NetworkGeometry gd = app::compute_network_geometry(geometry_input(d, 16, ImVec2(690, 215)));
  EXPECT_GT(gd.content.x, 690);  // scrolls sideways…
  EXPECT_GE(gd.cell_w, 6);       // …rather than shrinking cells to nothing

  // xor.json at 1280×720: two small layers over a batch of 32 fit side by side with narrow cells.
  const bpl::Network x = bpl::make_network(2, {{4, bpl::Activation::Tanh}, {1, bpl::Activation::Sigmoid}});
  const app::NetworkGeometry gx = app::compute_network_geometry(geometry_input(x, 32, ImVec2(720, 215)));
  EXPECT_LE(gx.content.x, 720) << "the whole network on screen, no sideways scroll";
  EXPECT_GE(gx.cell_w, 3);
  EXPECT_GT(gx.cell_h, gx.cell_w) << "narrow cells may be taller";

  const bpl::Network w = bpl::make_network(1, {{256, bpl::Activation::Tanh}, {256, bpl::Activation::Tanh}, {1, bpl::Activation::Linear}});
  const app::NetworkGeometry gw = app::compute_network_geometry(geometry_input(w, 32, ImVec2(1140, 360)));
  EXPECT_LE(gw.cell_h, 3);  // 256 units: small cells, the region scrolls
  EXPECT_GE(gw.cell_h, 2);
}

TEST(CellText, ShortLabelsThatKeepSmallValues) {
  EXPECT_EQ(viz::cell_label(0.283), "0.28");
  EXPECT_EQ(viz::cell_label(-1.234), "−1.23");
  EXPECT_EQ(viz::cell_label(12.34), "12.3");
  EXPECT_EQ(viz::cell_label(0.0031), "3e−3");
  EXPECT_EQ(viz::cell_label(-0.00096), "−1e−3");  // 9.6e−4 rounds up to the next decade
  EXPECT_EQ(viz::cell_label(0), "0.00");
  EXPECT_EQ(viz::cell_label(NAN), "NaN");
}

}  // namespace

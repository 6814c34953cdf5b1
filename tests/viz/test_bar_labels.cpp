// The numbers under a colour bar: the range's ends always, ticks between them that do not crowd,
// one "±m" label when a symmetric range is too short for both ends. Text is 7 px a character
// (UTF-8 signs count as one), as a fixed-width font would measure it.
#include <gtest/gtest.h>
#include <string>
#include <vector>
#include "viz/bar_labels.hpp"

namespace viz {
namespace {

float width(const std::string& s) {
  float n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80 ? 1 : 0;  // one per code point
  return 7 * n;
}

std::vector<std::string> texts(const std::vector<BarLabel>& labels) {
  std::vector<std::string> out;
  for (const auto& l : labels) out.push_back(l.text);
  return out;
}

TEST(BarLabels, EndsCarryTheRangeAndTicksFillInBetween) {
  const auto ticks = bar_ticks(-1.5, 1.5, 300, 40);  // 1-2-5 steps of 0.5, none within 40 px of an end
  ASSERT_GE(ticks.size(), 3u);
  EXPECT_EQ(ticks.front().text, "−1.5");
  EXPECT_EQ(ticks.back().text, "1.5");
  for (std::size_t i = 1; i + 1 < ticks.size(); ++i) {
    EXPECT_GE(ticks[i].value - -1.5, 40.0 / 300 * 3 - 1e-12);
    EXPECT_GE(1.5 - ticks[i].value, 40.0 / 300 * 3 - 1e-12);
  }

  const auto labels = bar_labels(-1.5, 1.5, 300, 13, width);
  EXPECT_EQ(texts(labels), (std::vector<std::string>{"−1.5", "−1.0", "−0.5", "0", "0.5", "1.0", "1.5"}));
  EXPECT_FLOAT_EQ(labels[3].x, 150);                      // 0 in the middle
  EXPECT_FLOAT_EQ(labels[3].left, 147);                   // centred under its tick, on a whole pixel
  EXPECT_FLOAT_EQ(labels.front().left, 0);                // the ends stay inside the bar
  EXPECT_FLOAT_EQ(labels.back().left, 300 - width("1.5"));
}

TEST(BarLabels, InnerLabelsThatWouldCrowdAreLeftOut) {
  // 100 px for ±4: "−4.0", "0", "4.0". At 70 px for ±2.5, "0" (at 32 px) would come within half
  // an em (5 px) of "−2.5" (0 to 28 px), so only the ends are left.
  EXPECT_EQ(texts(bar_labels(-4, 4, 100, 10, width)), (std::vector<std::string>{"−4.0", "0", "4.0"}));
  EXPECT_EQ(bar_ticks(-2.5, 2.5, 70, 32).size(), 3u);  // the tick at 0 exists …
  EXPECT_EQ(texts(bar_labels(-2.5, 2.5, 70, 10, width)), (std::vector<std::string>{"−2.5", "2.5"}));  // … its label does not
}

TEST(BarLabels, ASymmetricRangeTooShortForBothEndsIsLabelledOnce) {
  // "−0.015" and "0.015" need 42 + 35 + 5 px: at 70 px they would overprint.
  const auto once = bar_labels(-0.015, 0.015, 70, 10, width);
  ASSERT_EQ(once.size(), 1u);
  EXPECT_EQ(once[0].text, "±0.015");
  EXPECT_FALSE(once[0].tick);
  EXPECT_FLOAT_EQ(once[0].left, 35 - 21);  // centred
  EXPECT_EQ(texts(bar_labels(-0.015, 0.015, 100, 10, width)),  // wide enough: both ends, and 0 between
            (std::vector<std::string>{"−0.015", "0", "0.015"}));
  EXPECT_EQ(texts(bar_labels(0, 0.015, 70, 10, width)).front(), "0");  // not symmetric: the ends stay
}

}  // namespace
}  // namespace viz

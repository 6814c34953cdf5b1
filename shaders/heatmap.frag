// Heatmap pass, fragment stage: value → colour through a 256-entry colormap over [lo, hi],
// NaN in its own colour, thin gaps between cells when they are large, and for stale quantities
// (not yet computed in this step) a washed-out colour under diagonal hatching.
// Built twice (heatmap_program.cpp): with PIXELS defined, one fragment a pixel, with the gaps and
// the hatching; without, one fragment a cell, for small cells with neither (a software rasteriser
// would otherwise pay for both in every fragment: about 1 ms a frame for a 1-[256,256]-1 network).
#version 330 core

in vec2 uv;
out vec4 colour;

uniform sampler2D values;    // GL_R32F, cols × rows texels: texel (col, row) is entry (row, col)
uniform sampler2D colormap;  // GL_RGB8, 256 × 1: entry 0 is the lowest value
uniform ivec2 cells;         // (cols, rows)
uniform vec2 target;         // size of the rendered image in pixels
uniform vec2 range;          // (lo, hi): lo maps to entry 0, hi to entry 255
uniform vec3 nan_colour;
uniform float gap;           // pixels of gap between cells (0 = none)
uniform vec3 gap_colour;
uniform bool dim;            // stale: desaturate, wash out, hatch
uniform float hatch;         // hatching period in pixels

void main() {
#ifdef PIXELS
  vec2 pixel = uv * target;                          // position in pixels from the top-left
  vec2 cell_size = target / vec2(cells);
  ivec2 cell = min(ivec2(floor(pixel / cell_size)), cells - 1);
#else
  ivec2 cell = min(ivec2(uv * vec2(cells)), cells - 1);  // the target is cells × rows: a fragment a cell
#endif
  float v = texelFetch(values, cell, 0).r;

  vec3 c;
  if (isnan(v)) {
    c = nan_colour;
  } else {
    float t = clamp((v - range.x) / max(range.y - range.x, 1e-30), 0.0, 1.0);  // ±Inf clamp to the ends
    c = texelFetch(colormap, ivec2(int(round(t * 255.0)), 0), 0).rgb;
  }

#ifdef PIXELS
  if (dim) {
    float luma = dot(c, vec3(0.299, 0.587, 0.114));
    c = mix(vec3(luma), c, 0.30);      // mostly grey
    c = mix(c, vec3(0.94), 0.55);      // and pale
    if (mod(pixel.x + pixel.y, hatch) < 0.28 * hatch) c = mix(c, vec3(0.45, 0.47, 0.52), 0.55);  // "/" stripes
  }

  vec2 inside = pixel - vec2(cell) * cell_size;     // position within the cell
  if (gap > 0.0 && ((cell.x > 0 && inside.x < gap) || (cell.y > 0 && inside.y < gap))) c = gap_colour;
#endif
  colour = vec4(c, 1.0);
}

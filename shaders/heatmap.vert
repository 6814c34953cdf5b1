// Heatmap pass, vertex stage: one quad covering the whole target, drawn as a 4-vertex triangle
// strip with no vertex buffer (positions come from gl_VertexID).
#version 330 core

out vec2 uv;  // (0, 0) = top-left of the matrix (row 0, column 0), (1, 1) = bottom-right

void main() {
  vec2 corner = vec2(float(gl_VertexID & 1), float(gl_VertexID >> 1));  // (0,0) (1,0) (0,1) (1,1)
  uv = corner;
  // Row 0 goes to texture row 0, which ImGui::Image shows at the top (uv0 = (0, 0)).
  gl_Position = vec4(corner.x * 2.0 - 1.0, corner.y * 2.0 - 1.0, 0.0, 1.0);
}

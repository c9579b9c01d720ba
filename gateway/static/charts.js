// Charts as inline SVG, honest about what they show: a step with no report is a gap (the line
// breaks), a lone point is a dot, and a series with fewer than two points says so.

const SVG = "http://www.w3.org/2000/svg";

function svgNode(tag, attrs) {
  const node = document.createElementNS(SVG, tag);
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, value);
  return node;
}

// Runs of points whose steps follow each other; a missing step starts a new run.
export function runs(points, step) {
  const out = [];
  for (const point of points) {
    const last = out.length ? out[out.length - 1] : null;
    if (last && point.time - last[last.length - 1].time <= step * 1.5) last.push(point);
    else out.push([point]);
  }
  return out;
}

// lines: [{field, color, label}]; values missing from a point count as 0.
export function chart(points, lines, { start, end, step, height = 36, title }) {
  const width = 280;
  const box = document.createElement("div");
  box.className = "chart";
  const value = (p, field) => (typeof p[field] === "number" && Number.isFinite(p[field]) ? p[field] : 0);
  const max = Math.max(1e-9, ...lines.flatMap((line) => points.map((p) => value(p, line.field))));
  const caption = document.createElement("div");
  caption.className = "spark-label";
  caption.textContent = `${title || lines.map((l) => l.label).join(", ")} (max ${Number(max.toFixed(2))})`;
  box.append(caption);
  const svg = svgNode("svg", {
    class: "spark", viewBox: `0 0 ${width} ${height}`, preserveAspectRatio: "none",
    "data-series": lines.map((l) => l.field).join(" "), "data-points": String(points.length),
  });
  svg.style.height = `${height}px`;
  const span = Math.max(1, end - start);
  const x = (p) => (((p.time - start) / span) * width).toFixed(1);
  const y = (p, field) => (height - 2 - (value(p, field) / max) * (height - 4)).toFixed(1);
  const segments = runs(points, step);
  for (const line of lines) {
    for (const run of segments) {
      if (run.length === 1) {
        const p = run[0];
        svg.append(svgNode("circle", { cx: x(p), cy: y(p, line.field), r: "2.5", fill: line.color }));
      } else {
        const coords = run.map((p) => `${x(p)},${y(p, line.field)}`);
        svg.append(svgNode("polyline", {
          points: coords.join(" "), fill: "none", stroke: line.color, "stroke-width": "1.5",
          "vector-effect": "non-scaling-stroke", "data-run": String(run.length),
        }));
      }
    }
  }
  svg.setAttribute("data-runs", String(segments.length));
  box.append(svg);
  if (points.length < 2) {
    const note = document.createElement("div");
    note.className = "chart-note";
    note.textContent = points.length === 0
      ? "no reports in this range"
      : "one point only: too few for a line";
    box.append(note);
  }
  return box;
}

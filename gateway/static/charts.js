// Time-series charts drawn with uPlot (gateway/static/vendor, `make vendor-uplot`): a time axis
// in the viewer's time zone, a value axis with its unit, a legend that reads the values under
// the cursor, and one cursor across every chart of a view. A step with no report is a gap (the
// line breaks there); a lone point is a dot. The x range is the chosen range, or, when the data
// is younger than it, from the first point on, so a new fleet's minutes fill the chart.
// A chart is drawn when its card first scrolls into view: a big service's cards cost nothing
// until they are seen.

const SYNC_KEY = "csemonitor-view";
const WIDTH = 300;
const HEIGHT = 130;

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

// The columns uPlot draws: times in seconds, each line's values, a null between two runs (a gap).
export function columns(points, lines, step) {
  const xs = [];
  const ys = lines.map(() => []);
  const value = (p, field) => (typeof p[field] === "number" && Number.isFinite(p[field]) ? p[field] : 0);
  runs(points, step).forEach((run, index) => {
    if (index > 0) {  // a gap: one null between the runs breaks each line
      xs.push((run[0].time - step / 2) / 1000);
      ys.forEach((column) => column.push(null));
    }
    for (const p of run) {
      xs.push(p.time / 1000);
      lines.forEach((line, i) => ys[i].push(value(p, line.field)));
    }
  });
  return [xs, ...ys];
}

const shown = (v, unit) => (v == null ? "–" : `${Number(v.toPrecision(3))}${unit ? " " + unit : ""}`);

// lines: [{field, color, label}]; unit: the values' unit ("ms", "%", "/s").
export function chart(points, lines, { start, end, step, title, unit = "" }) {
  const box = document.createElement("div");
  box.className = "chart";
  box.dataset.series = lines.map((l) => l.field).join(" ");
  box.dataset.points = String(points.length);
  box.dataset.runs = String(runs(points, step).length);
  const caption = document.createElement("div");
  caption.className = "chart-title";
  caption.textContent = title || lines.map((l) => l.label).join(", ");
  box.append(caption);
  if (!points.length) {
    const note = document.createElement("div");
    note.className = "chart-note";
    note.textContent = "no reports in this range";
    box.append(note);
    return box;
  }
  const data = columns(points, lines, step);
  const first = data[0][0] * 1000;
  const from = first - start > 2 * step ? first - step : start;  // fitted to young data
  const options = {
    width: WIDTH,
    height: HEIGHT,
    cursor: { sync: { key: SYNC_KEY }, points: { size: 6 } },
    legend: { live: true },
    scales: { x: { time: true, min: from / 1000, max: end / 1000 }, y: { range: (u, lo, hi) => [0, hi > 0 ? hi * 1.1 : 1] } },
    axes: [
      { size: 42, font: "11px system-ui", ticks: { size: 4 } },
      { size: 56, font: "11px system-ui", values: (u, ticks) => ticks.map((v) => shown(v, unit)) },
    ],
    series: [
      { value: (u, v) => (v == null ? "–" : new Date(v * 1000).toLocaleTimeString()) },
      ...lines.map((line) => ({
        label: line.label, stroke: line.color, width: 1.5, spanGaps: false,
        points: { show: points.length < 30, size: 5, fill: line.color },
        value: (u, v) => shown(v, unit),
      })),
    ],
  };
  const draw = () => {
    if (box.dataset.drawn) return;
    box.dataset.drawn = "1";
    options.width = Math.max(220, Math.min(box.clientWidth || WIDTH, 900) - 12);  // its column
    new window.uPlot(options, data, box);  // eslint-disable-line no-new
  };
  if ("IntersectionObserver" in window) {
    const seen = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) { seen.disconnect(); draw(); }
    }, { rootMargin: "200px" });
    seen.observe(box);
  } else {
    draw();
  }
  return box;
}

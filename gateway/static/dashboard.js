// The csemonitor dashboard. It reads only the public REST API, with the tenant headers a client
// sends. Every string from the API goes into the page as text, never as HTML.
"use strict";

const REFRESH_MS = 5000;
const state = {
  domain: localStorage.getItem("csemonitor.domain") || "default",
  project: localStorage.getItem("csemonitor.project") || "default",
  range: Number(localStorage.getItem("csemonitor.range") || 3600000),
  // The token stays in this tab only (sessionStorage), never in the URL.
  token: sessionStorage.getItem("csemonitor.token") || "",
  service: serviceFromHash(),
};

// A hash that is not valid percent-encoding (a pasted or cut link) opens the service list.
function serviceFromHash() {
  try {
    return decodeURIComponent((location.hash.match(/service=([^&]*)/) || [])[1] || "");
  } catch (error) {
    return "";
  }
}

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (key === "class") node.className = value;
    else if (key === "onclick") node.addEventListener("click", value);
    else node.setAttribute(key, value);
  }
  for (const child of children) {
    if (child !== null && child !== undefined) {
      node.append(child instanceof Node ? child : String(child));
    }
  }
  return node;
}

// Numbers as people read them: at most two decimals, no trailing zeros; "NaN" stays "NaN".
function num(value, digits = 2) {
  if (typeof value !== "number") return value === null || value === undefined ? "–" : String(value);
  return String(Number(value.toFixed(digits)));
}

function bytes(value) {
  if (typeof value !== "number") return num(value);
  const units = ["B", "KiB", "MiB", "GiB", "TiB"];
  let i = 0;
  while (Math.abs(value) >= 1024 && i < units.length - 1) { value /= 1024; i += 1; }
  return `${num(value, 1)} ${units[i]}`;
}

function duration(ms) {
  if (typeof ms !== "number") return "–";
  const s = Math.floor(ms / 1000);
  const parts = [[86400, "d"], [3600, "h"], [60, "m"], [1, "s"]];
  const out = [];
  let rest = s;
  for (const [size, unit] of parts) {
    if (rest >= size || (unit === "s" && out.length === 0)) {
      out.push(`${Math.floor(rest / size)}${unit}`);
      rest %= size;
    }
    if (out.length === 2) break;
  }
  return out.join(" ");
}

function memory(value) {
  if (value && typeof value === "object") {
    for (const key of ["heapUsed", "heapInUse", "heapAlloc"]) {
      if (typeof value[key] === "number") return `${key} ${bytes(value[key])}`;
    }
    return JSON.stringify(value).slice(0, 60);
  }
  return num(value);
}

function health(failurePercent, breakerOpen) {
  if (breakerOpen || failurePercent >= 10) return "bad";
  if (failurePercent >= 1) return "warn";
  return "ok";
}

async function api(path, params) {
  const query = new URLSearchParams(params || {}).toString();
  const project = encodeURIComponent(state.project || "default");
  const headers = { "x-domain-name": state.domain, "x-project-id": state.project };
  if (state.token) headers["x-auth-token"] = state.token;
  const response = await fetch(`v3/${project}/csemonitor/metric${path}${query ? "?" + query : ""}`, { headers });
  const body = await response.json();
  if (!response.ok) {
    const detail = response.headers.get("x-error-detail");
    throw new Error(`${body.error_code}: ${body.error_message}${detail ? " (" + detail + ")" : ""}`);
  }
  return body;
}

function sparkline(points, field, start, end, label, color) {
  const width = 280, height = 36;
  const svgNs = "http://www.w3.org/2000/svg";
  const svg = document.createElementNS(svgNs, "svg");
  svg.setAttribute("class", "spark");
  svg.setAttribute("viewBox", `0 0 ${width} ${height}`);
  svg.setAttribute("preserveAspectRatio", "none");
  svg.setAttribute("data-series", field);
  const values = points.map((p) => (typeof p[field] === "number" ? p[field] : 0));
  const max = Math.max(1e-9, ...values);
  const span = Math.max(1, end - start);
  const coords = points.map((p, i) => {
    const x = ((p.time - start) / span) * width;
    const y = height - 2 - (values[i] / max) * (height - 4);
    return `${x.toFixed(1)},${y.toFixed(1)}`;
  });
  const line = document.createElementNS(svgNs, "polyline");
  line.setAttribute("points", coords.join(" "));
  line.setAttribute("fill", "none");
  line.setAttribute("stroke", color);
  line.setAttribute("stroke-width", "1.5");
  line.setAttribute("vector-effect", "non-scaling-stroke");
  svg.append(line);
  if (points.length === 1) {  // one step of data: a dot, since a line needs two
    const [x, y] = coords[0].split(",");
    const dot = document.createElementNS(svgNs, "circle");
    dot.setAttribute("cx", x); dot.setAttribute("cy", y); dot.setAttribute("r", "2.5");
    dot.setAttribute("fill", color);
    svg.append(dot);
  }
  const caption = el("div", { class: "spark-label" }, `${label} (max ${num(values.length ? max : 0)})`);
  return [caption, svg];
}

// A figure the client's arithmetic left inexact (README "Client dialects") carries a mark and
// says so on hover; the number itself stays plain text for reading and copying.
const ESTIMATE_NOTE = "estimate: this client's figures do not allow the exact value";

function figure(metric, field, apiField, text, attrs) {
  const estimated = (metric.estimates || []).includes(apiField);
  const node = el("span", { ...(attrs || {}), "data-field": field }, text);
  if (!estimated) return node;
  node.setAttribute("data-estimated", "true");
  return el("span", { class: "estimate", title: ESTIMATE_NOTE }, "≈", node);
}

function row(label, field, value, metric, apiField) {
  const cell = el("td", { class: "num" });
  if (metric && (metric.estimates || []).includes(apiField)) {
    cell.append(el("span", { class: "estimate", title: ESTIMATE_NOTE }, "≈"));
    cell.setAttribute("data-estimated", "true");
  }
  cell.setAttribute("data-field", field);
  cell.append(String(value));
  return el("tr", {}, el("td", {}, label), cell);
}

function card(metric, series, start, end) {
  const open = metric.circuitBreakerOpen;
  const points = series ? series.points : [];
  const estimated = (metric.estimates || []).length > 0;
  return el("div", { class: `card ${health(metric.failureRate, open)}`, "data-interface": metric.functionName },
    el("h4", {}, metric.functionName || "(unnamed)"),
    el("span", { class: `breaker ${open ? "open" : "closed"}`, "data-field": "breaker" },
      open ? "Circuit OPEN" : "Circuit closed"),
    estimated ? el("span", { class: "estimate-badge", "data-field": "estimated", title: ESTIMATE_NOTE },
      `estimated: ${metric.estimates.join(", ")}`) : null,
    el("div", { class: "big" },
      el("span", {}, figure(metric, "qps", "qps", num(metric.qps), { class: "qps" }), " /s"),
      el("span", { class: "err" }, figure(metric, "errorPercentage", "failureRate", num(metric.failureRate)), "% errors")),
    ...sparkline(points, "qps", start, end, "qps", "#1565c0"),
    ...sparkline(points, "latency", start, end, "latency ms", "#ef6c00"),
    el("table", {},
      row("mean latency (ms)", "latency", num(metric.latency)),
      row("p5 / p25 / p50", "low-percentiles", `${num(metric.l5)} / ${num(metric.l25)} / ${num(metric.l50)}`),
      row("p75 / p90", "mid-percentiles", `${num(metric.l75)} / ${num(metric.l90)}`),
      row("p99", "l99", num(metric.l99)),
      row("p99.5", "l995", num(metric.l995)),
      row("calls", "total", num(metric.total), metric, "total"),
      row("errors", "failure", num(metric.failure), metric, "failure"),
      row("timeouts", "countTimeout", num(metric.countTimeout), metric, "countTimeout"),
      row("short-circuited", "shortCircuited", num(metric.shortCircuited), metric, "shortCircuited"),
      row("semaphore rejected", "semaphoreRejected", num(metric.semaphoreRejected), metric, "semaphoreRejected"),
      row("thread-pool rejected", "threadPoolRejected", num(metric.threadPoolRejected), metric, "threadPoolRejected"),
      row("hosts", "instances", num(metric.instanceCount)),
      row("breaker open on", "breakerRate", `${num(100 * metric.breakerRateAgg, 1)}% of hosts`)));
}

function renderServices(list) {
  const ul = document.getElementById("services");
  document.getElementById("service-count").textContent = `(${list.total})`;
  ul.replaceChildren(...list.services.map((s) => el("li", {
    class: `${health(s.failureRate, s.circuitBreakerOpen)}${s.service === state.service ? " selected" : ""}`,
    "data-service": s.service,
    onclick: () => select(s.service),
  },
  el("div", { class: "name" }, s.service),
  el("div", { class: "meta" },
    `${s.instanceCount}/${s.knownInstanceCount} live · ${num(s.qps)} qps · ${num(s.failureRate, 1)}% err` +
    (s.circuitBreakerOpen ? " · breaker OPEN" : "")))));
}

function client(info) {
  if (!info || !info.family) return "–";
  return info.version ? `${info.family} ${info.version}` : info.family;
}

function renderInstances(instances, now) {
  const rows = instances.map((i) => el("tr", { class: i.live ? "live" : "stale", "data-instance": i.instance },
    el("td", {}, i.instance), el("td", {}, i.host),
    el("td", { "data-field": "client", title: ((i.client || {}).signals || []).join("\n") }, client(i.client)),
    el("td", { "data-field": "cpu" }, num(i.cpu)),
    el("td", { "data-field": "memory", title: JSON.stringify(i.memory) }, memory(i.memory)),
    el("td", { "data-field": "thread" }, num(i.thread)), el("td", { "data-field": "load" }, num(i.loadAverage)),
    el("td", { "data-field": "uptime" }, duration(i.uptime)),
    el("td", { "data-field": "lastReport", title: new Date(i.lastReportTime).toISOString() },
      `${duration(now - i.lastReportTime)} ago`),
    el("td", { "data-field": "status", class: i.live ? "status-live" : "status-stale" }, i.live ? "live" : "stale")));
  document.querySelector("#instances tbody").replaceChildren(...rows);
  document.getElementById("instances").hidden = false;
  document.getElementById("instances-title").hidden = false;
}

async function renderService(now) {
  const end = now, start = now - state.range;
  const [metrics, series, instances] = await Promise.all([
    api("", { service: state.service }),
    api("/series", { service: state.service, start, end }),
    api("/instances", { service: state.service }),
  ]);
  const byName = new Map(series.series.map((s) => [s.functionName, s]));
  document.getElementById("hint").hidden = true;
  document.getElementById("service-title").textContent = state.service;
  const cards = metrics.metrics.map((m) => card(m, byName.get(m.functionName), series.start, series.end));
  document.getElementById("cards").replaceChildren(
    ...(cards.length ? cards : [el("p", {}, "No instance of this service reported within the live window.")]));
  renderInstances(instances.instances, now);
}

let refreshing = false;
async function refresh() {
  if (refreshing) return;
  refreshing = true;
  const errorBox = document.getElementById("error");
  try {
    const now = Date.now();
    renderServices(await api("/list", { limit: 1000 }));
    if (state.service) await renderService(now);
    errorBox.hidden = true;
    document.getElementById("status").textContent = `updated ${new Date().toLocaleTimeString()}`;
  } catch (error) {
    errorBox.textContent = String(error.message || error);
    errorBox.hidden = false;
  } finally {
    refreshing = false;
  }
}

function select(service) {
  state.service = service;
  location.hash = `service=${encodeURIComponent(service)}`;
  refresh();
}

document.getElementById("domain").value = state.domain;
document.getElementById("project").value = state.project;
document.getElementById("token").value = state.token;
document.getElementById("tenant").addEventListener("submit", (event) => {
  event.preventDefault();
  state.domain = document.getElementById("domain").value.trim();
  state.project = document.getElementById("project").value.trim();
  state.token = document.getElementById("token").value.trim();
  sessionStorage.setItem("csemonitor.token", state.token);
  localStorage.setItem("csemonitor.domain", state.domain);
  localStorage.setItem("csemonitor.project", state.project);
  state.service = "";
  document.getElementById("cards").replaceChildren();
  refresh();
});
for (const button of document.querySelectorAll("#ranges button")) {
  button.classList.toggle("active", Number(button.dataset.range) === state.range);
  button.addEventListener("click", () => {
    state.range = Number(button.dataset.range);
    localStorage.setItem("csemonitor.range", String(state.range));
    for (const other of document.querySelectorAll("#ranges button")) other.classList.toggle("active", other === button);
    refresh();
  });
}
refresh();
setInterval(refresh, REFRESH_MS);

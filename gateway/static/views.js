// The page's four views, each made of what a few API calls answer (never one call per row):
// the overview of the tenant's services, a service (its interfaces and instances), one
// interface (its series and its breakdown by instance), one instance (its interfaces and
// process figures). Each view gets `ctx`: api(), the route, change(patch) for its URL
// choices, and link(route) to open another view.

import { chart } from "./charts.js";
import { CLIENT_NOTE, ESTIMATE_NOTE, HEALTH_RANK, client, duration, el, figure, heap, health, memory, memoryFigures, num, plural, serviceHealth, wrapName } from "./format.js";
import { arrange, controls, table } from "./tables.js";

const hasOpen = (m) => Boolean(m.circuitBreakerOpen);
const worst = (errors, open, qps) => (open ? 1e6 : 0) + Math.min(errors || 0, 100) * 1e3 + Math.min(qps || 0, 999);

function choice(params, prefix, defaults) {
  return {
    sort: params.get(`${prefix}sort`) || defaults.sort,
    dir: params.get(`${prefix}dir`) || defaults.dir,
    q: params.get(`${prefix}q`) || "",
    page: params.get(`${prefix}page`) || 1,
  };
}

function prefixed(prefix, patch) {
  return Object.fromEntries(Object.entries(patch).map(([k, v]) => [`${prefix}${k}`, v]));
}

// Links of the view being drawn (its ctx.href: they keep the chosen range).
let hrefOf = (next) => "#/";

// -- the overview

const SERVICE_COLUMNS = [
  { key: "worst", label: "health", numeric: true,
    sort: (s) => (breached(s) ? 1e9 : 0) + HEALTH_RANK[serviceHealth(s)] * 1e7 + (s.openBreakerCount || 0) * 1e5 + worst(s.failureRate, false, s.qps),
    cell: (s) => el("span", { class: `dot ${serviceHealth(s)}`, title: serviceHealth(s) === "silent" ? "silent: no live instance" : "health" }) },
  { key: "name", label: "service", sort: (s) => s.service,
    cell: (s) => el("span", {}, el("a", { href: hrefOf({ view: "service", service: s.service }), class: "service-link" }, wrapName(s.service)),
      s.limitsReached && s.limitsReached.length ? [" ", el("span", { class: "limit", "data-limit": s.limitsReached.join(" "),
        title: `at its limit: ${s.limitsReached.join(", ")}; new names are refused (docs/operations.md)` }, "at limit")] : null) },
  { key: "threshold", label: "threshold", sort: (s) => (s.threshold ? (breached(s) ? 2 : 1) : 0),
    cell: (s) => thresholdBadge(s.threshold) },
  { key: "instances", label: "live / known", numeric: true, sort: (s) => s.instanceCount || 0,
    cell: (s) => (s.instanceCount ? `${s.instanceCount} / ${s.knownInstanceCount || 0}`
      : el("span", { class: "silent", "data-state": "silent", title: s.lastReportTime ? new Date(s.lastReportTime).toLocaleString() : "" },
        `silent (0 / ${s.knownInstanceCount || 0})${s.lastReportTime ? `, last ${duration(Date.now() - s.lastReportTime)} ago` : ""}`)) },
  { key: "interfaces", label: "interfaces", numeric: true, sort: (s) => s.interfaceCount || 0, cell: (s) => num(s.interfaceCount || 0) },
  { key: "qps", label: "qps", numeric: true, sort: (s) => s.qps || 0, cell: (s) => num(s.qps || 0) },
  { key: "errors", label: "error %", numeric: true, sort: (s) => s.failureRate || 0, cell: (s) => num(s.failureRate || 0, 1) },
  { key: "latency", label: "latency ms", numeric: true, sort: (s) => s.latency || 0, cell: (s) => num(s.latency || 0, 1) },
  { key: "breakers", label: "open breakers", numeric: true, sort: (s) => s.openBreakerCount || 0,
    cell: (s) => (s.openBreakerCount ? el("span", { class: "breaker open" }, `${s.openBreakerCount} open`) : "0") },
  { key: "last", label: "last report", numeric: true, sort: (s) => s.lastReportTime || 0,
    cell: (s) => (s.lastReportTime ? `${duration(Date.now() - s.lastReportTime)} ago` : "–") },
];

// A service's header: its apps and versions, and how many of its instances are live.
function serviceHeader(instances) {
  const live = instances.filter((i) => i.live).length;
  const values = (field) => [...new Set(instances.map((i) => i[field]).filter(Boolean))].join(", ") || "–";
  const newest = Math.max(0, ...instances.map((i) => Number(i.lastReportTime) || 0));
  return el("div", { class: "totals", "data-view-part": "service-header" },
    tile("app", values("appId")), tile("version", values("version")),
    tile("instances live / known", `${live} / ${instances.length}`, live ? "" : "bad"),
    tile("last report", newest ? `${duration(Date.now() - newest)} ago` : "–"));
}

function breached(s) {
  return Boolean(s.threshold && s.threshold.state === "breached");
}

// A service against its thresholds: "breached: failureRate (3m)", "ok", or "–" without any.
function thresholdBadge(state) {
  if (!state || !state.state) return "–";
  if (state.state !== "breached") return el("span", { class: "threshold ok", "data-threshold": "ok" }, "ok");
  const since = Number(state.since) ? ` (${duration(Date.now() - Number(state.since))})` : "";
  return el("span", { class: "threshold breached", "data-threshold": "breached",
    title: `past its threshold since ${new Date(Number(state.since)).toLocaleString()}` },
  `breached: ${state.breached.join(", ")}${since}`);
}

const THRESHOLD_FIELDS = [
  ["avgDelay", "mean latency ms, at most"],
  ["failureRate", "error % at most"],
  ["throughput", "calls/s at most"],
];

// The service's thresholds: its state, and a form that sets or deletes them (PUT / DELETE).
function thresholdPanel(ctx, name, held, state) {
  const current = held.find((t) => !t.appId && !t.environment) || held[0] || {};
  const inputs = THRESHOLD_FIELDS.map(([key, label]) => el("label", {}, label, " ",
    el("input", { name: key, type: "number", min: "0", step: "any", value: current[key] ?? "", "data-threshold-field": key })));
  const message = el("span", { class: "threshold-message" });
  const form = el("form", { id: "threshold-form" }, ...inputs,
    el("button", { type: "submit" }, "Save thresholds"),
    el("button", { type: "button", id: "threshold-delete", onclick: async () => {
      try { await ctx.thresholds.remove(name); ctx.refresh(); } catch (error) { message.textContent = error.message; }
    } }, "Delete"), message);
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const body = { serviceName: name };
    for (const input of form.querySelectorAll("input")) if (input.value !== "") body[input.name] = Number(input.value);
    try { await ctx.thresholds.set(body); message.textContent = "saved"; ctx.refresh(); } catch (error) { message.textContent = error.message; }
  });
  return el("div", { id: "thresholds", "data-view-part": "thresholds" },
    el("h3", {}, "Thresholds ", thresholdBadge(state)), form);
}

export async function overview(ctx) {
  hrefOf = ctx.href;
  const services = [];
  let total = 0, tenantFull = false;
  do {  // at most 1000 a page: a tenant of many services takes a few calls, not one per service
    const page = await ctx.api("/list", { limit: 1000, offset: services.length });
    services.push(...page.services);
    total = page.total;
    tenantFull = tenantFull || page.servicesLimitReached;
    if (!page.services.length) break;
  } while (services.length < total);
  const started = performance.now();
  if (!services.length) return [emptyFleet(ctx), started];
  const sum = (f) => services.reduce((acc, s) => acc + (Number(s[f]) || 0), 0);
  const calls = sum("total"), errors = sum("failure");
  const totals = el("div", { class: "totals", "data-view-part": "totals" },
    tile("services", services.length),
    tile("instances live / known", `${sum("instanceCount")} / ${sum("knownInstanceCount")}`),
    tile("qps", num(sum("qps"))),
    tile("error %", num(calls ? (100 * errors) / calls : 0, 2)),
    tile("open breakers", sum("openBreakerCount"), sum("openBreakerCount") ? "bad" : ""));
  const picked = choice(ctx.params, "", { sort: "worst", dir: "desc" });
  const arranged = arrange(services, SERVICE_COLUMNS, picked, (s) => s.service);
  const change = (patch) => ctx.change(patch);
  return [el("div", {},
    el("h2", {}, "Services"),
    tenantFull ? el("p", { class: "limit banner", "data-limit": "services_per_tenant" },
      "This tenant is at its services limit: uploads of a new service are refused (docs/operations.md, Limits).") : "",
    totals,
    controls("services", SERVICE_COLUMNS, picked, arranged, services.length, change, "services"),
    table("service-list", SERVICE_COLUMNS, arranged, picked, change, (s) => ({
      class: `row ${serviceHealth(s)}`, "data-service": s.service,
      onclick: () => ctx.open({ view: "service", service: s.service }),
    }))), started];
}

function tile(label, value, tone) {
  return el("div", { class: `tile ${tone || ""}`, "data-total": label }, el("div", { class: "value" }, String(value)), el("div", { class: "label" }, label));
}

function emptyFleet(ctx) {
  const origin = location.origin;
  const command = `curl -X POST '${origin}/v2/${ctx.project}/csemonitor/metric?service=cart' \\\n` +
    `  -H 'Content-Type: application/json' -H 'x-domain-name: ${ctx.domain}' -H 'x-project-id: ${ctx.project}' \\\n` +
    `  -d '{"name":"cart","instance":"cart-1","interfaces":[{"name":"addItem","qps":40.5,"latency":7,"total":405,"failure":4}]}'`;
  return el("div", { class: "empty", "data-state": "empty" },
    el("h2", {}, "No metrics yet for this tenant"),
    el("p", {}, `Nothing has reported to domain "${ctx.domain}", project "${ctx.project}". ` +
      "Point a ServiceComb or go-chassis client here (docs/connecting.md), or send one upload:"),
    el("pre", {}, command),
    el("p", {}, "It appears here within seconds."));
}

// -- a service

const INTERFACE_COLUMNS = [
  { key: "worst", label: "worst first", numeric: true, sort: (m) => worst(m.failureRate, hasOpen(m), m.qps) },
  { key: "errors", label: "error %", numeric: true, sort: (m) => m.failureRate || 0 },
  { key: "qps", label: "qps", numeric: true, sort: (m) => m.qps || 0 },
  { key: "latency", label: "latency", numeric: true, sort: (m) => m.latency || 0 },
  { key: "p99", label: "p99", numeric: true, sort: (m) => m.l99 || 0 },
  { key: "breaker", label: "open breaker", numeric: true, sort: (m) => (hasOpen(m) ? 1 : 0) + (m.breakerRateAgg || 0) },
  { key: "name", label: "name", sort: (m) => m.functionName || "" },
];

const INSTANCE_COLUMNS = [
  { key: "instance", label: "instance", sort: (i) => i.instance,
    cell: (i) => el("a", { href: hrefOf({ view: "instance", service: i.service, name: i.instance }) }, wrapName(i.instance)) },
  { key: "host", label: "host", cell: (i) => i.host || "" },
  { key: "client", label: "client", cell: (i) => el("span", { title: [CLIENT_NOTE, ...((i.client || {}).signals || [])].join("\n") }, client(i.client)) },
  { key: "cpu", label: "cpu", numeric: true, sort: (i) => (typeof i.cpu === "number" ? i.cpu : -1), cell: (i) => num(i.cpu) },
  { key: "memory", label: "memory", numeric: true, sort: (i) => heap(i.memory) ?? -1,
    cell: (i) => el("span", { title: JSON.stringify(i.memory) }, memory(i.memory)) },
  { key: "thread", label: "threads", numeric: true, cell: (i) => num(i.thread) },
  { key: "load", label: "load", numeric: true, cell: (i) => num(i.loadAverage) },
  { key: "uptime", label: "uptime", numeric: true, cell: (i) => duration(i.uptime) },
  { key: "last", label: "last report", numeric: true, sort: (i) => i.lastReportTime || 0,
    cell: (i) => el("span", { title: new Date(i.lastReportTime).toISOString() }, `${duration(Date.now() - i.lastReportTime)} ago`) },
  { key: "status", label: "status", sort: (i) => (i.live ? "live" : "stale"),
    cell: (i) => el("span", { class: i.live ? "status-live" : "status-stale" }, i.live ? "live" : "stale") },
];

function row(label, field, value, metric, apiField) {
  const cell = el("td", { class: "num", "data-field": field });
  if (metric && (metric.estimates || []).includes(apiField)) {
    cell.append(el("span", { class: "estimate", title: ESTIMATE_NOTE }, "≈"));
    cell.setAttribute("data-estimated", "true");
  }
  cell.append(String(value));
  return el("tr", {}, el("td", {}, label), cell);
}

function card(ctx, service, metric, series, range) {
  const open = hasOpen(metric);
  const points = series ? series.points : [];
  const estimated = (metric.estimates || []).length > 0;
  const name = metric.functionName || "(unnamed)";
  return el("div", { class: `card ${health(metric.failureRate, open)}`, "data-interface": metric.functionName },
    el("h4", {}, el("a", { href: ctx.href({ view: "interface", service, name: metric.functionName }), title: "open this interface" }, wrapName(name))),
    el("span", { class: `breaker ${open ? "open" : "closed"}`, "data-field": "breaker" }, open ? "Circuit OPEN" : "Circuit closed"),
    estimated ? el("span", { class: "estimate-badge", "data-field": "estimated", title: ESTIMATE_NOTE },
      `estimated: ${metric.estimates.join(", ")}`) : null,
    el("div", { class: "big" },
      el("span", {}, figure(metric, "qps", "qps", num(metric.qps), { class: "qps" }), " /s"),
      el("span", { class: "err" }, figure(metric, "errorPercentage", "failureRate", num(metric.failureRate)), "% errors")),
    chart(points, [{ field: "qps", color: "#1565c0", label: "qps" }], { ...range, unit: "/s", title: "calls per second" }),
    chart(points, [{ field: "latency", color: "#ef6c00", label: "mean" }], { ...range, unit: "ms", title: "latency" }),
    el("table", {},
      row("mean latency (ms)", "latency", num(metric.latency)),
      row("percentiles", "percentiles-exact", metric.percentilesExact
        ? "exact (merged distributions)" : "bound (max of instances)"),
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

function rangeOf(series) {
  return { start: Number(series.start), end: Number(series.end), step: Number(series.step) };
}

export async function service(ctx) {
  hrefOf = ctx.href;
  const name = ctx.route.service;
  const [metrics, series, instances, held] = await Promise.all([
    ctx.api("", { service: name }),
    ctx.api("/series", { service: name, start: ctx.now - ctx.range, end: ctx.now }),
    ctx.api("/instances", { service: name }),
    ctx.thresholds.get(name),
  ]);
  const started = performance.now();
  const byName = new Map(series.series.map((s) => [s.functionName, s]));
  const range = rangeOf(series);
  const picked = choice(ctx.params, "", { sort: "worst", dir: "desc" });
  const arranged = arrange(metrics.metrics, INTERFACE_COLUMNS, picked, (m) => m.functionName || "");
  const change = (patch) => ctx.change(patch);
  const cards = arranged.rows.map((m) => card(ctx, name, m, byName.get(m.functionName), range));
  const ipicked = choice(ctx.params, "i", { sort: "last", dir: "desc" });
  const iarranged = arrange(instances.instances, INSTANCE_COLUMNS, ipicked, (i) => `${i.instance} ${i.host || ""}`);
  const ichange = (patch) => ctx.change(prefixed("i", patch));
  return [el("div", {},
    el("p", { class: "crumbs" }, el("a", { href: "#/" }, "Services"), " › service"),
    el("h2", { id: "service-title" }, wrapName(name)),
    serviceHeader(instances.instances),
    thresholdPanel(ctx, name, held, (metrics.thresholds || [])[0]),
    el("h3", {}, "Interfaces"),
    controls("interfaces", INTERFACE_COLUMNS, picked, arranged, metrics.metrics.length, change, "interfaces"),
    el("div", { id: "cards" }, cards.length ? cards : el("p", { class: "empty", "data-state": "no-live" },
      metrics.metrics.length ? "No interface matches the filter." : "No instance of this service reported within the live window.")),
    el("h3", {}, "Instances"),
    controls("instances", INSTANCE_COLUMNS, ipicked, iarranged, instances.instances.length, ichange, "instances"),
    table("instances", INSTANCE_COLUMNS, iarranged, ipicked, ichange, (i) => ({
      class: `row ${i.live ? "live" : "stale"}`, "data-instance": i.instance,
      onclick: () => ctx.open({ view: "instance", service: name, name: i.instance }),
    }))), started];
}

// -- one interface

const BREAKDOWN_COLUMNS = [
  { key: "instance", label: "instance", sort: (m) => m.instance,
    cell: (m) => el("a", { href: hrefOf({ view: "instance", service: m.service, name: m.instance }) }, wrapName(m.instance)) },
  { key: "host", label: "host", sort: (m) => m.host || "", cell: (m) => m.host || "" },
  { key: "qps", label: "qps", numeric: true, sort: (m) => m.qps || 0, cell: (m) => figure(m, "qps", "qps", num(m.qps)) },
  { key: "errors", label: "error %", numeric: true, sort: (m) => m.failureRate || 0, cell: (m) => figure(m, "errorPercentage", "failureRate", num(m.failureRate, 1)) },
  { key: "calls", label: "calls", numeric: true, sort: (m) => Number(m.total) || 0, cell: (m) => num(Number(m.total)) },
  { key: "latency", label: "latency", numeric: true, sort: (m) => m.latency || 0, cell: (m) => num(m.latency) },
  { key: "p99", label: "p99", numeric: true, sort: (m) => m.l99 || 0, cell: (m) => num(m.l99) },
  { key: "breaker", label: "breaker", numeric: true, sort: (m) => (hasOpen(m) ? 1 : 0),
    cell: (m) => el("span", { class: `breaker ${hasOpen(m) ? "open" : "closed"}` }, hasOpen(m) ? "OPEN" : "closed") },
];

export async function iface(ctx) {
  hrefOf = ctx.href;
  const { service: name, name: fn } = ctx.route;
  const [aggregate, series, breakdown] = await Promise.all([
    ctx.api("", { service: name, function: fn }),
    ctx.api("/series", { service: name, function: fn, start: ctx.now - ctx.range, end: ctx.now }),
    ctx.api("", { service: name, function: fn, per_instance: "true" }),
  ]);
  const started = performance.now();
  const range = { ...rangeOf(series), height: 90 };
  const points = (series.series[0] || { points: [] }).points;
  const [metric] = aggregate.metrics;
  const picked = choice(ctx.params, "", { sort: "errors", dir: "desc" });
  const arranged = arrange(breakdown.metrics, BREAKDOWN_COLUMNS, picked, (m) => m.instance || "");
  const change = (patch) => ctx.change(patch);
  const breakerShare = points.map((p) => ({ ...p, breakerPercent: 100 * (p.breakerRateAgg || 0) }));
  return [el("div", {},
    el("p", { class: "crumbs" }, el("a", { href: ctx.href({ view: "service", service: name }) }, name), " › interface"),
    el("h2", { id: "interface-title" }, fn),
    metric ? el("div", { class: "totals" },
      tile("qps", num(metric.qps)), tile("error %", num(metric.failureRate)), tile("latency ms", num(metric.latency)),
      tile(metric.percentilesExact ? "p99 ms, exact" : "p99 ms, bound (max of instances)", num(metric.l99)),
      tile("live instances", metric.instanceCount),
      tile("breaker", hasOpen(metric) ? "OPEN" : "closed", hasOpen(metric) ? "bad" : ""))
      : el("p", { class: "empty", "data-state": "no-live" }, "No live instance reports this interface now; its series below covers the range."),
    el("div", { class: "charts", "data-view-part": "series" },
      chart(points, [{ field: "qps", color: "#1565c0", label: "qps" }], { ...range, unit: "/s", title: "calls per second" }),
      chart(points, [{ field: "failureRate", color: "#c62828", label: "error %" }], { ...range, unit: "%", title: "errors" }),
      chart(points, [
        { field: "l99", color: "#8e24aa", label: "p99" },
        { field: "l90", color: "#ab47bc", label: "p90" },
        { field: "latency", color: "#ef6c00", label: "mean" },
        { field: "l50", color: "#ffb74d", label: "p50" },
      ], { ...range, unit: "ms", title: "latency: p99, p90, mean, p50" }),
      chart(points, [{ field: "instanceCount", color: "#2e7d32", label: "instances" }], { ...range, title: "instances reporting" }),
      chart(breakerShare, [{ field: "breakerPercent", color: "#c62828", label: "breaker open" }], { ...range, unit: "%", title: "breaker open, % of reports" })),
    el("h3", {}, "By instance"),
    controls("breakdown", BREAKDOWN_COLUMNS, picked, arranged, breakdown.metrics.length, change, "instances"),
    table("breakdown", BREAKDOWN_COLUMNS, arranged, picked, change, (m) => ({
      class: "row", "data-instance": m.instance,
      onclick: () => ctx.open({ view: "instance", service: name, name: m.instance }),
    }))), started];
}

// -- one instance

const OWN_COLUMNS = [
  { key: "name", label: "interface", sort: (m) => m.functionName || "",
    cell: (m) => el("a", { href: hrefOf({ view: "interface", service: m.service, name: m.functionName }) }, wrapName(m.functionName)) },
  ...BREAKDOWN_COLUMNS.slice(2),
];

export async function instance(ctx) {
  hrefOf = ctx.href;
  const { service: name, name: key } = ctx.route;
  const [own, instances] = await Promise.all([
    ctx.api("", { service: name, instance: key }),
    ctx.api("/instances", { service: name }),
  ]);
  const started = performance.now();
  const info = instances.instances.find((i) => i.instance === key || i.host === key);
  const picked = choice(ctx.params, "", { sort: "errors", dir: "desc" });
  const arranged = arrange(own.metrics, OWN_COLUMNS, picked, (m) => m.functionName || "");
  const change = (patch) => ctx.change(patch);
  const process = info ? el("div", {},
    el("div", { class: "totals", "data-view-part": "process" },
      tile("status", info.live ? "live" : "stale", info.live ? "" : "bad"),
      tile("host", info.host || "–"), tile("app", info.appId || "–"), tile("version", info.version || "–"),
      tile("environment", info.environment || "–"),
      el("div", { class: "tile", "data-total": "client", title: CLIENT_NOTE }, el("div", { class: "value" }, client(info.client)), el("div", { class: "label" }, "client (library) ⓘ")),
      tile("cpu", num(info.cpu)), tile("threads", num(info.thread)), tile("load", num(info.loadAverage)),
      tile("uptime", duration(info.uptime)), tile("last report", `${duration(Date.now() - info.lastReportTime)} ago`)),
    el("div", { class: "totals", "data-view-part": "memory" },
      ...memoryFigures(info.memory).map(([label, text]) => tile(label, text))))
    : el("p", { class: "empty", "data-state": "unknown-instance" }, "This instance has no snapshot within the lookback.");
  // Its history comes after the view: raw samples of one instance are the slowest read here,
  // and the figures above should not wait for them.
  const historyBox = el("div", { id: "instance-history", class: "cards", "data-state": "loading" }, "Loading its history…");
  ctx.api("/series", { service: name, instance: key, start: ctx.now - ctx.range, end: ctx.now }).then((history) => {
    const range = rangeOf(history);
    const charts = history.series.map((s) => el("div", { class: "card", "data-history": s.functionName },
      el("h4", {}, wrapName(s.functionName)),
      chart(s.points, [{ field: "qps", color: "#1565c0", label: "qps" }], { ...range, unit: "/s", title: "calls per second" }),
      chart(s.points, [{ field: "failureRate", color: "#c62828", label: "error %" }], { ...range, unit: "%", title: "errors" }),
      chart(s.points, [{ field: "latency", color: "#ef6c00", label: "mean" }, { field: "l99", color: "#8e24aa", label: "p99" }], { ...range, unit: "ms", title: "latency" })));
    historyBox.replaceChildren(...(charts.length ? charts : [el("p", { class: "empty" }, "No reports in this range.")]));
    historyBox.dataset.state = "loaded";
  }, (error) => { historyBox.textContent = `Its history could not be read: ${error.message || error}`; });
  return [el("div", {},
    el("p", { class: "crumbs" }, el("a", { href: ctx.href({ view: "service", service: name }) }, name), " › instance"),
    el("h2", { id: "instance-title" }, wrapName(key)),
    process,
    el("h3", {}, "History of its interfaces"),
    historyBox,
    el("h3", {}, "Its interfaces (latest report, even when stale)"),
    controls("own", OWN_COLUMNS, picked, arranged, own.metrics.length, change, "interfaces"),
    table("own", OWN_COLUMNS, arranged, picked, change, (m) => ({
      class: "row", "data-interface": m.functionName,
      onclick: () => ctx.open({ view: "interface", service: name, name: m.functionName }),
    }))), started];
}

// Building the page's elements and writing numbers as people read them. Every string from the
// API goes into the page as text, never as HTML.

export function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key === "class") node.className = value;
    else if (key === "onclick") node.addEventListener("click", value);
    else if (key === "oninput") node.addEventListener("input", value);
    else if (key === "onchange") node.addEventListener("change", value);
    else node.setAttribute(key, value === true ? "" : value);
  }
  for (const child of children.flat()) {
    if (child !== null && child !== undefined && child !== false) {
      node.append(child instanceof Node ? child : String(child));
    }
  }
  return node;
}

// One rule for every number on the page: whole numbers as they are (with thousands
// separators), others to three significant figures (at most `digits` decimals, 2 unless said),
// no trailing zeros; "NaN" stays "NaN"; nothing is "–".
export function num(value, digits = 2) {
  if (typeof value !== "number") return value === null || value === undefined ? "–" : String(value);
  if (!Number.isFinite(value)) return String(value);
  const decimals = Number.isInteger(value) || Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? Math.min(1, digits) : digits;
  if (Math.abs(value) < 1000) return String(Number(value.toFixed(decimals)));  // no separator to add
  return (FORMATS[decimals] ||= new Intl.NumberFormat("en-US", { maximumFractionDigits: decimals })).format(value);
}

const FORMATS = [];

// "1 service", "3 services".
export function plural(count, noun) {
  return `${count} ${count === 1 ? noun.replace(/s$/, "") : noun}`;
}

// A name that may break after its separators (. / _ - : #), never inside a word.
export function wrapName(name) {
  const out = document.createDocumentFragment();
  for (const part of String(name).split(/(?<=[./_\-:#])/)) {
    out.append(part, document.createElement("wbr"));
  }
  return out;
}

export function bytes(value) {
  if (typeof value !== "number") return num(value);
  const units = ["B", "KiB", "MiB", "GiB", "TiB"];
  let i = 0;
  while (Math.abs(value) >= 1024 && i < units.length - 1) { value /= 1024; i += 1; }
  return `${num(value, 1)} ${units[i]}`;
}

export function duration(ms) {
  if (typeof ms !== "number" || !Number.isFinite(ms)) return "–";
  let rest = Math.max(0, Math.floor(ms / 1000));
  const out = [];
  for (const [size, unit] of [[86400, "d"], [3600, "h"], [60, "m"], [1, "s"]]) {
    if (rest >= size || (unit === "s" && out.length === 0)) {
      out.push(`${Math.floor(rest / size)}${unit}`);
      rest %= size;
    }
    if (out.length === 2) break;
  }
  return out.join(" ");
}

// The process's used heap when the snapshot names one (Java: heapUsed; Go: heapInUse/heapAlloc).
export function heap(value) {
  if (value && typeof value === "object") {
    for (const key of ["heapUsed", "heapInUse", "heapAlloc"]) {
      if (typeof value[key] === "number") return value[key];
    }
    return null;
  }
  return typeof value === "number" ? value : null;
}

export function memory(value) {
  if (value && typeof value === "object") {
    for (const key of ["heapUsed", "heapInUse", "heapAlloc"]) {
      if (typeof value[key] === "number") return `${key} ${bytes(value[key])}`;
    }
    return JSON.stringify(value).slice(0, 60);
  }
  return num(value);
}

// Every memory figure a client sent (Java: heap used/max/committed, non-heap; Go: its runtime
// figures), as [name, text]; a plain number is one figure, "memory".
export function memoryFigures(value) {
  if (value && typeof value === "object") {
    return Object.entries(value).map(([key, v]) => [key, typeof v === "number" && /heap|mem|sys|alloc|bytes|stack|committed|max|used/i.test(key) ? bytes(v) : num(v)]);
  }
  return value === undefined || value === null ? [] : [["memory", num(value)]];
}

// What "client" means: the client family and version the server recognised from the upload
// (docs/dialects.md), which decides how its figures are read.
export const CLIENT_NOTE = "the client library that sent the uploads, as the server recognised it (docs/dialects.md); it decides how the figures are read";

// A service whose instances all went silent is never "ok": it is silent, and sorts as a problem.
export function serviceHealth(s) {
  if (!s.instanceCount) return "silent";
  return health(s.failureRate, s.circuitBreakerOpen);
}

// Health as the service list colours it: red at 10 % errors or an open breaker, amber at 1 %.
export function health(failurePercent, breakerOpen) {
  if (breakerOpen || failurePercent >= 10) return "bad";
  if (failurePercent >= 1) return "warn";
  return "ok";
}

export const HEALTH_RANK = { bad: 3, silent: 2, warn: 1, ok: 0 };

// A figure the client's arithmetic left inexact (docs/dialects.md) carries a mark and
// says so on hover; the number itself stays plain text for reading and copying.
export const ESTIMATE_NOTE = "estimate: this client's figures do not allow the exact value";

export function figure(metric, field, apiField, text, attrs) {
  const estimated = (metric.estimates || []).includes(apiField);
  const node = el("span", { ...(attrs || {}), "data-field": field }, text);
  if (!estimated) return node;
  node.setAttribute("data-estimated", "true");
  return el("span", { class: "estimate", title: ESTIMATE_NOTE }, "≈", node);
}

export function client(info) {
  if (!info || !info.family) return "–";
  return info.version ? `${info.family} ${info.version}` : info.family;
}

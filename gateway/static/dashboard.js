// The csemonitor dashboard. It reads only the public REST API, with the tenant headers a client
// sends. The view and its choices live in the URL's hash, so Back and Forward work and a view
// can be shared:  #/  ·  #/service/NAME  ·  #/service/NAME/interface/FN  ·
// #/service/NAME/instance/KEY, each with ?sort=&dir=&q=&page= (instances of a service: isort…).

import { el } from "./format.js";
import { iface, instance, overview, service } from "./views.js";

const REFRESH_MS = 5000;
const VIEWS = { overview, service, interface: iface, instance };
const state = {
  domain: localStorage.getItem("csemonitor.domain") || "default",
  project: localStorage.getItem("csemonitor.project") || "default",
  range: Number(localStorage.getItem("csemonitor.range") || 3600000),
  // The token stays in this tab only (sessionStorage), never in the URL.
  token: sessionStorage.getItem("csemonitor.token") || "",
};

// The route a hash names; anything it cannot read (a cut link, bad percent-encoding, an unknown
// path) is the overview. The first release's "#service=NAME" still opens that service.
export function parseRoute(hash) {
  const raw = (hash || "").replace(/^#/, "");
  const cut = raw.indexOf("?");
  const path = cut < 0 ? raw : raw.slice(0, cut);
  let params;
  try {
    params = new URLSearchParams(cut < 0 ? "" : raw.slice(cut + 1));
    const legacy = path.match(/^service=(.*)$/);
    if (legacy) return { view: "service", service: decodeURIComponent(legacy[1]), params };
    const parts = path.split("/").filter(Boolean).map(decodeURIComponent);
    if (parts[0] === "service" && parts.length === 2 && parts[1]) {
      return { view: "service", service: parts[1], params };
    }
    if (parts[0] === "service" && parts.length === 4 && parts[1] && parts[3] &&
        (parts[2] === "interface" || parts[2] === "instance")) {
      return { view: parts[2], service: parts[1], name: parts[3], params };
    }
  } catch (error) {
    return { view: "overview", params: new URLSearchParams() };
  }
  return { view: "overview", params: params || new URLSearchParams() };
}

export function hashOf(route, params) {
  const query = params && [...params].length ? `?${params}` : "";
  const enc = encodeURIComponent;
  if (route.view === "service") return `#/service/${enc(route.service)}${query}`;
  if (route.view === "interface" || route.view === "instance") {
    return `#/service/${enc(route.service)}/${route.view}/${enc(route.name)}${query}`;
  }
  return `#/${query}`;
}

async function api(path, params) {
  return call("GET", `metric${path}`, params);
}

// The thresholds routes (CSE's): read, set (PUT one MetricThreshold) and delete, with the
// tenant and token every call carries.
const thresholds = {
  get: (services) => call("GET", "thresholds", { services }),
  set: (threshold) => call("PUT", "thresholds", null, threshold),
  remove: (services) => call("DELETE", "thresholds", { services }),
};

async function call(method, path, params, payload) {
  const query = new URLSearchParams(params || {}).toString();
  const project = encodeURIComponent(state.project || "default");
  const headers = { "x-domain-name": state.domain, "x-project-id": state.project };
  if (state.token) headers["x-auth-token"] = state.token;
  if (payload !== undefined) headers["content-type"] = "application/json";
  const init = { method, headers, body: payload === undefined ? undefined : JSON.stringify(payload) };
  const response = await fetch(`v3/${project}/csemonitor/${path}${query ? "?" + query : ""}`, init);
  let body = {};
  try { body = await response.json(); } catch (error) { /* not JSON: said below */ }
  if (!response.ok) {
    const detail = response.headers.get("x-error-detail");
    const code = body.error_code || `HTTP ${response.status}`;
    throw new Error(`${code}: ${body.error_message || response.statusText}${detail ? " (" + detail + ")" : ""}`);
  }
  return body;
}

const RANGES = [...document.querySelectorAll("#ranges button")].map((b) => Number(b.dataset.range));
const DEFAULT_RANGE = 3600000;

function withRange(params, range) {
  if (range !== DEFAULT_RANGE) params.set("range", String(range));
  else params.delete("range");
  return params;
}

function markRange(range) {
  for (const button of document.querySelectorAll("#ranges button")) {
    button.classList.toggle("active", Number(button.dataset.range) === range);
  }
}

let rendering = 0;
async function render({ quiet } = {}) {
  const route = parseRoute(location.hash);
  const view = document.getElementById("view");
  const errorBox = document.getElementById("error");
  const ticket = ++rendering;
  const range = RANGES.includes(Number(route.params.get("range"))) ? Number(route.params.get("range")) : state.range;
  markRange(range);
  const ctx = {
    route, params: route.params, domain: state.domain, project: state.project,
    range, now: Date.now(), api, thresholds, refresh: () => render(),
    // A link keeps the range the viewer chose, so it opens the same view for anyone.
    href: (next) => hashOf(next, withRange(new URLSearchParams(), range)),
    open: (next) => { location.hash = hashOf(next, withRange(new URLSearchParams(), range)); },
    // A choice (sort, filter, page) replaces the URL without a new history entry.
    change: (patch) => {
      const params = new URLSearchParams(route.params);
      for (const [key, value] of Object.entries(patch)) {
        if (value === "" || value === null || value === undefined || (key.endsWith("page") && Number(value) === 1)) params.delete(key);
        else params.set(key, String(value));
      }
      history.replaceState(null, "", hashOf(route, params));
      render();
    },
  };
  try {
    const [content, started] = await VIEWS[route.view](ctx);
    if (ticket !== rendering) return;  // a newer render started meanwhile
    view.replaceChildren(content);
    window.csemonitorRender = { view: route.view, ms: performance.now() - started, at: Date.now() };
    view.dataset.view = route.view;
    view.dataset.rendered = String(ticket);
    errorBox.hidden = true;
    document.getElementById("status").textContent = `updated ${new Date().toLocaleTimeString()}`;
  } catch (error) {
    if (ticket !== rendering) return;
    errorBox.textContent = `Could not load this view: ${error.message || error}`;
    errorBox.hidden = false;
    if (!quiet || !view.dataset.view) {  // a refresh that fails keeps what was shown
      view.replaceChildren(el("div", { class: "empty", "data-state": "error" },
        el("p", {}, "The data for this view could not be read; the message above says why."),
        el("p", {}, el("a", { href: "#/" }, "Back to the overview"))));
      view.dataset.view = "error";
      view.dataset.rendered = String(ticket);
    }
  }
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
  if (location.hash && location.hash !== "#/") location.hash = "#/";
  else render();
});
for (const button of document.querySelectorAll("#ranges button")) {
  button.addEventListener("click", () => {  // the range lives in the URL (and is remembered)
    state.range = Number(button.dataset.range);
    localStorage.setItem("csemonitor.range", String(state.range));
    const route = parseRoute(location.hash);
    history.replaceState(null, "", hashOf(route, withRange(new URLSearchParams(route.params), state.range)));
    render();
  });
}
window.addEventListener("hashchange", () => render());
render();
// Refresh in place, but not under the user's typing.
setInterval(() => {
  if (!document.activeElement || !document.getElementById("view").contains(document.activeElement)) render({ quiet: true });
}, REFRESH_MS);

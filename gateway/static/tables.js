// Lists the page shows (services, interfaces, instances): filtered by name, sorted by any
// column, shown a page at a time. What is chosen lives in the URL (dashboard.js reads and
// writes it), so a view can be shared and reloaded; this module only applies it.

import { el, plural } from "./format.js";

export const PAGE_SIZE = 100;

// columns: [{key, label, sort(row) -> number|string, cell(row) -> Node|string, numeric}]
// choice: {sort, dir ("asc"|"desc"), q, page}; name(row): the text the filter matches.
export function arrange(rows, columns, choice, name) {
  const query = (choice.q || "").trim().toLowerCase();
  let kept = query ? rows.filter((row) => name(row).toLowerCase().includes(query)) : rows.slice();
  const column = columns.find((c) => c.key === choice.sort) || columns[0];
  const sign = choice.dir === "asc" ? 1 : -1;
  kept.sort((a, b) => {
    const x = column.sort(a), y = column.sort(b);
    const order = typeof x === "string" || typeof y === "string"
      ? String(x).localeCompare(String(y)) : (x - y);
    return order * sign || name(a).localeCompare(name(b));
  });
  const pages = Math.max(1, Math.ceil(kept.length / PAGE_SIZE));
  const page = Math.min(Math.max(1, Number(choice.page) || 1), pages);
  return { rows: kept.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE), matched: kept.length, page, pages };
}

// A filter box, the sort choice and the pager above a list; change(patch) updates the URL.
export function controls(id, columns, choice, arranged, total, change, noun) {
  const filter = el("input", {
    type: "search", placeholder: `filter ${noun} by name`, value: choice.q || "",
    "data-control": `${id}-filter`, "aria-label": `filter ${noun}`,
  });
  filter.addEventListener("keydown", (event) => {
    if (event.key === "Enter") change({ q: filter.value, page: 1 });
  });
  filter.addEventListener("change", () => change({ q: filter.value, page: 1 }));
  const select = el("select", { "data-control": `${id}-sort`, "aria-label": `sort ${noun}` },
    columns.filter((c) => c.sort).map((c) => el("option", { value: c.key, selected: c.key === choice.sort }, c.label)));
  select.addEventListener("change", () => change({ sort: select.value, dir: defaultDir(columns, select.value), page: 1 }));
  const direction = el("button", {
    type: "button", "data-control": `${id}-dir`, title: "reverse the order",
    onclick: () => change({ dir: choice.dir === "asc" ? "desc" : "asc" }),
  }, choice.dir === "asc" ? "↑ ascending" : "↓ descending");
  const pager = arranged.pages > 1 ? el("span", { class: "pager", "data-control": `${id}-pager` },
    el("button", { type: "button", disabled: arranged.page <= 1, onclick: () => change({ page: arranged.page - 1 }) }, "‹ previous"),
    ` page ${arranged.page} of ${arranged.pages} `,
    el("button", { type: "button", disabled: arranged.page >= arranged.pages, onclick: () => change({ page: arranged.page + 1 }) }, "next ›"),
  ) : null;
  const count = el("span", { class: "count", "data-control": `${id}-count` },
    arranged.matched === total ? plural(total, noun) : `${arranged.matched} of ${plural(total, noun)}`);
  return el("div", { class: "controls" }, filter, " sort by ", select, direction, count, pager);
}

export function defaultDir(columns, key) {
  const column = columns.find((c) => c.key === key);
  return column && column.numeric ? "desc" : "asc";
}

// A table of the arranged rows; clicking a sortable header sorts by it (again: reverses).
export function table(id, columns, arranged, choice, change, rowAttrs) {
  const head = el("tr", {}, columns.map((c) => el("th", {
    class: c.numeric ? "num" : "",
    "data-column": c.key,
    "aria-sort": c.key === choice.sort ? (choice.dir === "asc" ? "ascending" : "descending") : undefined,
    onclick: c.sort ? () => change(c.key === choice.sort
      ? { dir: choice.dir === "asc" ? "desc" : "asc" }
      : { sort: c.key, dir: defaultDir(columns, c.key), page: 1 }) : undefined,
  }, c.label, c.key === choice.sort ? (choice.dir === "asc" ? " ▲" : " ▼") : "")));
  const body = arranged.rows.map((row) => el("tr", rowAttrs(row),
    columns.map((c) => el("td", { class: c.numeric ? "num" : "", "data-field": c.key }, c.cell(row)))));
  return el("table", { class: "list", id }, el("thead", {}, head), el("tbody", {}, body));
}

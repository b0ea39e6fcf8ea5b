// Small helpers to build the panels' markup without innerHTML (no text from the API is ever parsed as HTML).

/** An element: h('td', {class: 'amount'}, 'text', child, ...); attributes starting with "on" are listeners. */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith('on')) element.addEventListener(name.slice(2), value);
    else element.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return element;
}

/** Replaces what {@code container} shows. */
export function show(container, ...children) {
  container.replaceChildren(...children.flat().filter((child) => child !== null && child !== undefined));
}

/**
 * A table with a caption and column headers; {@code columns} are [{label, numeric, nowrap}], rows arrays of cells (a cell is
 * text, a Node, or {value, header: true} for a row header).
 */
export function table(caption, columns, rows, attributes = {}) {
  return h('table', attributes,
    h('caption', {}, caption),
    h('thead', {}, h('tr', {}, columns.map((column) => h('th', { scope: 'col', class: column.numeric ? 'num' : null },
      column.label)))),
    h('tbody', {}, rows.map((cells) => h('tr', {}, cells.map((cell, index) => {
      const column = columns[index] || {};
      const numeric = column.numeric ? 'num' : column.nowrap ? 'nowrap' : null;
      if (cell && cell.header) return h('th', { scope: 'row', class: numeric }, cell.value);
      return h('td', { class: numeric }, cell);
    })))));
}

/** A button that opens the history drawer of an item (the drawer module listens for this event). */
export function historyButton(label, source) {
  return h('button', {
    type: 'button', class: 'link', 'data-history': source.path,
    onclick: () => document.dispatchEvent(new CustomEvent('verbund:history', { detail: { label, ...source } })),
  }, label);
}

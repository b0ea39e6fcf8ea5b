// The history drawer: any item's event timeline (who, on behalf of whom, recorded, effective, why), opened from a
// button of that item. A modal <dialog> keeps the keyboard inside it, closes with Escape, and gives focus back.
import { getJson } from './api.js';
import { h, show } from './dom.js';
import { date, dateTime, t } from './i18n.js';

export function startHistoryDrawer() {
  const title = h('h2', { id: 'history-title' });
  const body = h('div', { class: 'history-body' });
  const closeButton = h('button', { type: 'button', class: 'close', onclick: () => drawer.close() });
  const drawer = h('dialog', { class: 'drawer', id: 'history', 'aria-labelledby': 'history-title' },
    h('div', { class: 'drawer-head' }, title, closeButton), body);
  document.body.append(drawer);
  let opener = null;
  drawer.addEventListener('close', () => opener && opener.focus());

  document.addEventListener('verbund:history', async (event) => {
    const { label, path, field } = event.detail;
    opener = document.activeElement;
    title.textContent = t('showHistory', { item: label });
    closeButton.textContent = t('close');
    show(body, h('p', { class: 'muted' }, t('loading')));
    if (!drawer.open) drawer.showModal();
    try {
      const answer = await getJson(path);
      const entries = (field ? answer[field] : answer) || [];
      show(body, entries.length === 0 ? h('p', {}, t('noHistory'))
        : h('ol', { class: 'timeline' }, entries.map(normalised).reverse().map(entry)));
    } catch (notAllowed) {
      show(body, h('p', {}, t('noHistory')));
    }
  });
}

/** Timeline entries carry who and why in fields; the registry's history entries in their metadata. */
function normalised(item) {
  const meta = item.metadata || {};
  return {
    type: item.type, recordedAt: item.recordedAt, effectiveOn: item.effectiveOn,
    actorId: item.actorId ?? meta.actorId, organisationId: item.organisationId ?? meta.organisationId,
    role: item.role ?? meta.role, reason: item.reason ?? meta.reason,
  };
}

function entry(item) {
  return h('li', {},
    h('p', { class: 'event-type' }, readable(item.type)),
    h('dl', {},
      h('dt', {}, t('who')), h('dd', {}, item.actorId || t('empty'), item.role ? ` (${item.role})` : ''),
      h('dt', {}, t('onBehalfOf')), h('dd', {}, item.organisationId || t('empty')),
      h('dt', {}, t('recorded')), h('dd', {}, dateTime(item.recordedAt)),
      h('dt', {}, t('effective')), h('dd', {}, date(item.effectiveOn)),
      h('dt', {}, t('why')), h('dd', {}, item.reason || t('empty'))));
}

/** "FundingApplicationSubmittedEvent" as "Funding application submitted". */
function readable(type) {
  const words = (type || '').replace(/Event$/, '').replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

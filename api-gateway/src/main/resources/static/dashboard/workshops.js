// Working groups: upcoming meetings, the decision register and the overdue action items, live from the decision
// register's stream; the groups and the organisation's own action items are read again whenever it changes.
import { getJson } from './api.js';
import { h, historyButton, show } from './dom.js';
import { date, dateTime, onLanguageChange, t } from './i18n.js';
import { subscribe } from './live.js';

export function startWorkshops(section, organisations) {
  let groups = null;
  let decisions = null;
  let actionItems = null;
  const heading = h('h2', { id: 'workshops-heading' });
  const upcomingHeading = h('h3', {});
  const decisionsHeading = h('h3', { id: 'decisions-heading' });
  const itemsHeading = h('h3', {});
  const upcoming = h('div', { id: 'upcoming-meetings' });
  const register = h('div', { id: 'decision-register', class: 'scroll', tabindex: '0', role: 'region',
    'aria-labelledby': 'decisions-heading' });
  const items = h('div', { id: 'overdue-items' });
  show(section, heading, h('div', { class: 'split three' },
    h('div', { class: 'card' }, upcomingHeading, upcoming),
    h('div', { class: 'card' }, decisionsHeading, register),
    h('div', { class: 'card' }, itemsHeading, items)));

  const meetingHistory = (id) => ({ path: `api/workshops/meetings/${encodeURIComponent(id)}/history` });
  const render = () => {
    heading.textContent = t('workshops');
    upcomingHeading.textContent = t('upcoming');
    decisionsHeading.textContent = t('decisions');
    itemsHeading.textContent = t('actionItems');
    const meetings = (groups || []).flatMap((group) => (group.upcomingMeetings || [])
      .map((meeting) => ({ ...meeting, groupName: group.name })))
      .sort((one, other) => String(one.startsAt).localeCompare(String(other.startsAt)));
    show(upcoming, groups === null ? h('p', { class: 'muted' }, t('loading'))
      : meetings.length === 0 ? h('p', { class: 'muted' }, t('noUpcoming'))
        : h('ul', { class: 'items' }, meetings.map((meeting) => h('li', {},
          h('span', { class: 'when' }, dateTime(meeting.startsAt)),
          h('span', { class: 'what' }, historyButton(meeting.title, meetingHistory(meeting.id)),
            h('span', { class: 'muted' }, ` · ${meeting.groupName}`))))));
    const ordered = [...(decisions || [])].sort((one, other) => String(other.decidedOn)
      .localeCompare(String(one.decidedOn)));
    show(register, decisions === null ? h('p', { class: 'muted' }, t('loading'))
      : h('ul', { class: 'items' }, ordered.map((entry) => h('li', {},
        h('span', { class: 'when' }, date(entry.decidedOn)),
        h('span', { class: 'what' }, historyButton(entry.text, meetingHistory(entry.meetingId)),
          h('span', { class: 'muted' }, ` · ${entry.groupName} · ${entry.meetingTitle} · `
            + (entry.unanimous ? t('unanimous') : t('dissent'))))))));
    const overdue = overdueItems(decisions, actionItems);
    show(items, actionItems === null ? h('p', { class: 'muted' }, t('loading'))
      : overdue.length === 0 ? h('p', { class: 'muted' }, t('noActionItems'))
        : h('ul', { class: 'items' }, overdue.map((item) => h('li', { class: 'overdue' },
          h('span', { class: 'when' }, `${t('dueOn')} ${date(item.dueOn)}`),
          item.owner ? h('span', { class: 'muted' }, organisations.name(item.owner)) : null,
          h('span', { class: 'badge badge-overdue' }, t('overdue')),
          h('span', { class: 'what' }, historyButton(item.text, meetingHistory(item.meetingId)))))));
  };

  // a browser keeps at most six connections to one HTTP/1.1 server, and every open stream holds one: the page
  // follows five streams and reads the rest (groups, the organisation's own action items) when the register changes
  const reload = async () => {
    const [groupsNow, itemsNow] = await Promise.allSettled([getJson('api/workshops/groups?limit=1000'),
      getJson('api/workshops/action-items?limit=1000')]);
    groups = groupsNow.status === 'fulfilled' ? groupsNow.value : [];
    actionItems = itemsNow.status === 'fulfilled' ? itemsNow.value : [];
    render();
  };
  onLanguageChange(render);
  render();
  return subscribe('api/workshops/decisions/stream', {
    onMessage: (name, answer) => {
      decisions = merged(decisions, answer, 'decisionId');
      render();
      reload();
    },
    onRefused: () => show(register, h('p', { class: 'muted' }, t('notAllowed'))),
  });
}

/**
 * The organisation's own overdue items, and those of every decision the caller may see that are still open after
 * their due date (a coordination office follows up the whole network's, not only its own).
 */
function overdueItems(decisions, ownItems) {
  const today = new Date().toISOString().slice(0, 10);
  const byId = new Map();
  (decisions || []).forEach((decision) => (decision.actionItems || [])
    .filter((item) => item.state === 'OPEN' && item.dueOn && item.dueOn < today)
    .forEach((item) => byId.set(item.id, { ...item, meetingId: decision.meetingId })));
  (ownItems || []).filter((item) => item.overdue)
    .forEach((item) => byId.set(item.actionItemId, { ...item, id: item.actionItemId }));
  return [...byId.values()].sort((one, other) => String(one.dueOn).localeCompare(String(other.dueOn)));
}

/**
 * A stream's answer: a whole list replaces the one shown; a single entry (some streams send only the entry that
 * changed) replaces the entry with the same key, or is added.
 */
export function merged(current, answer, key) {
  if (Array.isArray(answer)) return answer;
  const list = [...(current || [])];
  const index = list.findIndex((entry) => entry[key] === answer[key]);
  if (index >= 0) list[index] = answer;
  else list.push(answer);
  return list;
}

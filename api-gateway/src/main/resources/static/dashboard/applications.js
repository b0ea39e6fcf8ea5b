// The application list with status badges and filters, and the organisation's task list with overdue deadlines
// marked. The list has no stream of its own: it is read again whenever the portfolio stream reports a change.
import { getJson } from './api.js';
import { h, historyButton, show, table } from './dom.js';
import { badge } from './funding.js';
import { date, money, onLanguageChange, t } from './i18n.js';
import { subscribe } from './live.js';

const STATUSES = ['DRAFT', 'SUBMITTED', 'APPROVAL_PROMISED', 'APPROVED', 'RUNNING', 'CLOSED', 'REJECTED', 'WITHDRAWN'];

export function startApplications(section, organisations) {
  let applications = null;
  const filter = { status: '', text: '' };
  const heading = h('h2', { id: 'applications-heading' });
  const statusLabel = h('label', { for: 'filter-status' });
  const status = h('select', { id: 'filter-status', onchange: () => { filter.status = status.value; renderList(); } });
  const searchLabel = h('label', { for: 'filter-text' });
  const search = h('input', { id: 'filter-text', type: 'search', autocomplete: 'off',
    oninput: () => { filter.text = search.value.trim().toLowerCase(); renderList(); } });
  const count = h('p', { class: 'muted', 'aria-live': 'polite', id: 'applications-count' });
  const list = h('div', { class: 'scroll', id: 'applications-list', tabindex: '0', role: 'region',
    'aria-labelledby': 'applications-heading' });
  show(section, heading, h('div', { class: 'filters' }, h('div', {}, statusLabel, status),
    h('div', {}, searchLabel, search)), count, list);

  const renderList = () => {
    heading.textContent = t('applications');
    statusLabel.textContent = t('filterStatus');
    searchLabel.textContent = t('filterSearch');
    show(status, h('option', { value: '' }, t('allStatuses')),
      STATUSES.map((value) => h('option', { value, selected: value === filter.status }, t(`status_${value}`))));
    if (!applications) {
      show(list, h('p', { class: 'muted' }, t('loading')));
      return;
    }
    const shown = applications.filter((application) => (!filter.status || application.status === filter.status)
      && (!filter.text || `${application.title} ${organisations.name(application.leadApplicant)}`.toLowerCase()
        .includes(filter.text)));
    count.textContent = t('shown', { shown: shown.length, total: applications.length });
    show(list, table(t('applications'), [{ label: t('titleCol') }, { label: t('lead') }, { label: t('period'), nowrap: true },
      { label: t('amount'), numeric: true }, { label: t('status') }], shown.map((application) => [
      { header: true, value: historyButton(application.title, historyOfApplication(application)) },
      organisations.name(application.leadApplicant),
      application.period ? `${date(application.period.from)} – ${date(application.period.to)}` : t('empty'),
      money(application.approvedAmount ?? application.requestedAmount),
      badge(application.status)]), { class: 'applications' }));
  };

  let pending = null;
  const reload = (position) => {
    clearTimeout(pending);
    // a burst of portfolio updates becomes one read; the position makes the read wait for the list's read model
    pending = setTimeout(async () => {
      try {
        applications = await getJsonAt('api/funding/applications?limit=1000', position);
        renderList();
      } catch (notNow) {
        show(list, h('p', { class: 'muted' }, t('notAllowed')));
      }
    }, 100);
  };
  onLanguageChange(renderList);
  renderList();
  return { reload };
}

/** The read waits for its read model to reach the stream's last id (a global position), where there is one. */
async function getJsonAt(path, position) {
  if (!/^\d+$/.test(String(position))) return getJson(path);
  try {
    return await getJson(path, { 'Verbund-Position': position });
  } catch (notAPosition) {
    return getJson(path);
  }
}

export function historyOfApplication(application) {
  return { path: `api/funding/applications/${encodeURIComponent(application.id)}`, field: 'timeline' };
}

export function startTasks(section) {
  let tasks = null;
  const heading = h('h2', { id: 'tasks-heading' });
  const body = h('div', { id: 'tasks-list' });
  show(section, heading, body);
  const render = () => {
    heading.textContent = t('tasks');
    if (!tasks) {
      show(body, h('p', { class: 'muted' }, t('loading')));
      return;
    }
    if (tasks.length === 0) {
      show(body, h('p', { class: 'muted' }, t('noTasks')));
      return;
    }
    show(body, h('ul', { class: 'items' }, tasks.map((task) => h('li', { class: task.overdue ? 'overdue' : null },
      h('span', { class: 'when' }, date(task.dueOn)),
      task.overdue ? h('span', { class: 'badge badge-overdue' }, t('overdue')) : null,
      h('span', { class: 'what' }, `${t(`kind_${task.kind}`)}: `,
        historyButton(task.applicationTitle, historyOfApplication({ id: task.applicationId })))))));
  };
  onLanguageChange(render);
  render();
  return subscribe('api/funding/tasks/stream', {
    onMessage: (name, answer) => {
      tasks = answer;
      render();
    },
    onRefused: () => show(body, h('p', { class: 'muted' }, t('notAllowed'))),
  });
}

// The partnerships' milestone timeline (visits held, agreements signed, goals achieved), live from its stream.
import { getJson } from './api.js';
import { h, show } from './dom.js';
import { date, onLanguageChange, t } from './i18n.js';
import { subscribe } from './live.js';
import { merged } from './workshops.js';

export function startCooperation(section) {
  let milestones = null;
  let partnerships = {};
  const heading = h('h2', { id: 'cooperation-heading' });
  const timeline = h('div', { id: 'milestones' });
  show(section, heading, h('div', { class: 'card' }, timeline));

  const render = () => {
    heading.textContent = t('milestones');
    if (!milestones) {
      show(timeline, h('p', { class: 'muted' }, t('loading')));
      return;
    }
    const ordered = [...milestones].sort((one, other) => String(one.on).localeCompare(String(other.on)));
    show(timeline, ordered.length === 0 ? h('p', { class: 'muted' }, t('noMilestones'))
      : h('ol', { class: 'milestones' }, ordered.map((milestone) => h('li', { class: `milestone-${milestone.kind}` },
        h('time', { datetime: milestone.on }, date(milestone.on)),
        h('span', { class: 'tag' }, t(`milestone_${milestone.kind}`)),
        h('span', {}, readable(milestone.text)),
        h('span', { class: 'muted' }, partnerships[milestone.partnershipId] || milestone.partnershipId)))));
  };

  getJson('api/cooperation/partnerships?limit=1000').then((all) => {
    partnerships = Object.fromEntries(all.map((one) => [one.id, `Dortmund – ${one.partnerCity} (${one.country})`]));
    render();
  }).catch(() => {});
  onLanguageChange(render);
  render();
  return subscribe('api/cooperation/milestones/stream', {
    onMessage: (name, answer) => {
      milestones = merged(milestones, answer, 'refId');
      render();
    },
    onRefused: () => show(timeline, h('p', { class: 'muted' }, t('notAllowed'))),
  });
}

/** A visit's milestone text starts with the kind of visit ("WORKING_VISIT Sofia, Plovdiv"): named in the language. */
function readable(text) {
  const [first, ...rest] = String(text).split(' ');
  return /^[A-Z_]+$/.test(first) && t(`visit_${first}`) !== `visit_${first}` ? [t(`visit_${first}`), ...rest].join(' ')
    : text;
}

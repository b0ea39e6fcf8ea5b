// The report's two tables of study placements (section 6.1.2): per city and cohort with how they are funded, and
// pilot cities against other cities per cohort. Live from the placements stream.
import { h, show, table } from './dom.js';
import { number, onLanguageChange, t } from './i18n.js';
import { subscribe } from './live.js';

export function startPlacements(section) {
  let placements = null;
  const heading = h('h2', { id: 'placements-heading' });
  // scrollable regions take the keyboard's focus, so that they can be scrolled without a mouse
  const byCity = h('div', { class: 'card scroll', id: 'placements-by-city', tabindex: '0', role: 'region',
    'aria-labelledby': 'placements-heading' });
  const bySum = h('div', { class: 'card scroll', id: 'placements-by-sum', tabindex: '0', role: 'region',
    'aria-labelledby': 'placements-heading' });
  show(section, heading, h('div', { class: 'split placements' }, byCity, bySum));

  const render = () => {
    heading.textContent = t('placementsTitle');
    if (!placements) {
      show(byCity, h('p', { class: 'muted' }, t('loading')));
      return;
    }
    const cohorts = placements.cohorts;
    show(byCity, table(t('byCity'), [{ label: t('city') }, ...cohorts.map((cohort) => ({ label: cohort, numeric: true })),
      { label: t('total'), numeric: true }, { label: t('stateFunded'), numeric: true },
      { label: t('ownMeans'), numeric: true }], placements.cities.map((row) => [
      { header: true, value: row.pilotCity ? h('span', {}, cityName(row.city), ' ',
        h('span', { class: 'tag' }, t('pilot'))) : cityName(row.city) },
      ...cohorts.map((cohort) => number(row.byCohort[cohort] ?? 0)),
      number(row.total), number(row.stateFunded), number(row.ownMeans)])));
    const sum = (counts) => cohorts.reduce((all, cohort) => all + (counts[cohort] ?? 0), 0);
    show(bySum, table(t('bySum'), [{ label: '' }, ...cohorts.map((cohort) => ({ label: cohort, numeric: true })),
      { label: t('total'), numeric: true }], [
      [{ header: true, value: t('pilotCities') }, ...cohorts.map((cohort) => number(placements.pilotCities[cohort] ?? 0)),
        number(sum(placements.pilotCities))],
      [{ header: true, value: t('otherCities') }, ...cohorts.map((cohort) => number(placements.otherCities[cohort] ?? 0)),
        number(sum(placements.otherCities))],
      [{ header: true, value: t('total') }, ...cohorts.map((cohort) => number(placements.total[cohort] ?? 0)),
        number(sum(placements.total))],
    ], { class: 'sums' }));
  };

  onLanguageChange(render);
  render();
  return subscribe('api/funding/placements/stream', {
    onMessage: (name, answer) => {
      placements = answer;
      render();
    },
    onRefused: () => show(byCity, h('p', { class: 'muted' }, t('notAllowed'))),
  });
}

function cityName(city) {
  return city === 'other cities' ? t('otherCities') : city;
}

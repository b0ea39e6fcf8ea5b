// The funding portfolio with the report's semantics: "bewilligt" (approved, running and closed projects with their
// approved amounts) and "beantragt" (submitted and promised ones with their requested amounts), by status and by
// funder level, live from the portfolio stream.
import { barChart } from './chart.js';
import { h, show, table } from './dom.js';
import { currentLanguage, money, number, onLanguageChange, t } from './i18n.js';
import { subscribe } from './live.js';

const LEVELS = ['EU', 'FEDERAL', 'STATE', 'MUNICIPAL', 'OTHER'];
const STATUSES = ['SUBMITTED', 'APPROVAL_PROMISED', 'APPROVED', 'RUNNING', 'CLOSED', 'DRAFT', 'REJECTED', 'WITHDRAWN'];

export function startPortfolio(section, onChange) {
  let portfolio = null;
  const totals = h('div', { class: 'totals', id: 'portfolio-totals' });
  const byStatus = h('div', { class: 'card' });
  const chart = h('div', { class: 'chart', role: 'img', id: 'level-chart' });
  const chartTable = h('div', { class: 'chart-table' });
  const heading = h('h2', { id: 'portfolio-heading' });
  const chartHeading = h('h3', { id: 'level-heading' });
  show(section, heading, totals,
    h('div', { class: 'split' }, byStatus, h('div', { class: 'card' }, chartHeading, chart, chartTable)));

  const render = () => {
    heading.textContent = t('portfolio');
    chartHeading.textContent = t('chartTitle');
    if (!portfolio) {
      show(totals, h('p', { class: 'muted' }, t('loading')));
      return;
    }
    const sums = portfolio.totals;
    show(totals,
      card('approved', t('approved'), sums.approved, t('projects', { count: sums.approvedCount })),
      card('applied', t('applied'), sums.applied, t('projects', { count: sums.appliedCount })),
      card('all', t('all'), sums.all, t('projects', { count: sums.approvedCount + sums.appliedCount })));
    show(byStatus, table(t('byStatus'), [{ label: t('status') }, { label: t('count'), numeric: true },
      { label: t('amount'), numeric: true }], STATUSES.filter((status) => portfolio.byStatus[status])
      .map((status) => [{ header: true, value: badge(status) }, number(portfolio.byStatus[status].count),
        money(portfolio.byStatus[status].amount)])));
    const levels = LEVELS.filter((level) => portfolio.byFunderLevel[level]);
    chart.setAttribute('aria-label', `${t('chartTitle')}: ${t('chartTable')}`);
    show(chartTable, table(t('chartTable'), [{ label: t('byLevel') }, { label: t('approved'), numeric: true },
      { label: t('applied'), numeric: true }], levels.map((level) => [{ header: true, value: t(`level_${level}`) },
      money(portfolio.byFunderLevel[level].approved), money(portfolio.byFunderLevel[level].applied)]),
    { class: 'compact' }));
    const locale = currentLanguage() === 'de' ? 'de-DE' : 'en-GB';
    barChart(chart, {
      categories: levels.map((level) => t(`level_${level}`)),
      series: [
        { name: t('approved'), values: levels.map((level) => Number(portfolio.byFunderLevel[level].approved)),
          color: '#1f5f8b' },
        { name: t('applied'), values: levels.map((level) => Number(portfolio.byFunderLevel[level].applied)),
          color: '#c7792b' },
      ],
      format: (value) => money(value.toFixed(2)),
      compact: (value) => new Intl.NumberFormat(locale, { notation: 'compact', style: 'currency', currency: 'EUR' })
        .format(value),
    }).catch(() => chart.replaceChildren(h('p', { class: 'muted' }, t('chartTable'))));
  };

  onLanguageChange(render);
  render();
  return subscribe('api/funding/portfolio/stream', {
    onMessage: (name, answer, id) => {
      portfolio = answer;
      render();
      onChange(id);
    },
    onRefused: () => show(totals, h('p', { class: 'muted' }, t('notAllowed'))),
  });
}

function card(kind, label, amount, detail) {
  // data-amount carries the exact decimal for scripts and tests; people read the formatted text
  return h('div', { class: `total total-${kind}` },
    h('span', { class: 'total-label' }, label),
    h('span', { class: 'total-amount', id: `total-${kind}`, 'data-amount': amount }, money(amount)),
    h('span', { class: 'total-detail' }, detail));
}

/** A status as a badge: colour and text, never colour alone. */
export function badge(status) {
  return h('span', { class: `badge badge-${status.toLowerCase()}` }, t(`status_${status}`));
}

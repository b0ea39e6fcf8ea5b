// Texts and formats of the two languages. German is the default: the network's working language and the report's.
const TEXTS = {
  de: {
    title: 'Verbund – Lagebild der Koordinierungsstelle',
    skip: 'Zum Inhalt springen',
    language: 'Sprache',
    signIn: 'Anmelden',
    signInIntro: 'Melden Sie sich mit der Kennung und dem Geheimnis eines API-Clients Ihrer Organisation an. '
      + 'Das Geheimnis bleibt nur im Arbeitsspeicher dieser Seite.',
    signInIdp: 'Über den Identitätsanbieter anmelden',
    clientId: 'Client-Kennung',
    clientSecret: 'Client-Geheimnis',
    signOut: 'Abmelden',
    signedInAs: 'Angemeldet für {organisation} ({role})',
    signInFailed: 'Anmeldung fehlgeschlagen: Kennung oder Geheimnis stimmen nicht.',
    signedOut: 'Abgemeldet: Ihre Berechtigung ist abgelaufen oder wurde entzogen.',
    live: 'Live', connecting: 'Verbinde …', reconnecting: 'Verbindung unterbrochen – verbinde neu …',
    notAllowed: 'Nicht freigegeben',
    nav: 'Bereiche',
    funding: 'Förderung', placements: 'Studienplätze', workshops: 'Arbeitskreise', cooperation: 'Kooperation',
    portfolio: 'Förderportfolio',
    approved: 'bewilligt', applied: 'beantragt', all: 'gesamt',
    projects: '{count} Projekte',
    byStatus: 'Nach Status', byLevel: 'Nach Förderebene', amount: 'Betrag', count: 'Anzahl',
    chartTitle: 'Bewilligte und beantragte Mittel nach Förderebene',
    chartTable: 'Tabelle zum Diagramm',
    applications: 'Anträge und Projekte',
    filterStatus: 'Status', filterSearch: 'Suche in Titel und Antragsteller', allStatuses: 'alle',
    titleCol: 'Titel', lead: 'Antragsteller', period: 'Laufzeit', status: 'Status',
    shown: '{shown} von {total} angezeigt',
    tasks: 'Fristen', due: 'fällig am', kind: 'Art', application: 'Antrag', overdue: 'überfällig',
    noTasks: 'Keine offenen Fristen.',
    placementsTitle: 'Studienplätze des dualen Studiengangs',
    byCity: 'Nach Stadt und Jahrgang', bySum: 'Modellstädte und weitere Städte',
    city: 'Stadt', total: 'Summe', stateFunded: 'Landesmittel', ownMeans: 'Eigenmittel',
    pilotCities: 'Modellstädte', otherCities: 'weitere Städte', pilot: 'Modellstadt',
    upcoming: 'Anstehende Sitzungen', noUpcoming: 'Keine anstehenden Sitzungen.',
    decisions: 'Beschlussregister', decidedOn: 'beschlossen am', meeting: 'Sitzung', decision: 'Beschluss',
    unanimous: 'einstimmig', dissent: 'mit abweichender Meinung',
    actionItems: 'Überfällige Aufgaben', noActionItems: 'Keine überfälligen Aufgaben.', dueOn: 'fällig',
    milestones: 'Meilensteine der Partnerschaften', noMilestones: 'Noch keine Meilensteine.',
    group: 'Arbeitskreis', startsAt: 'Beginn',
    history: 'Verlauf', showHistory: 'Verlauf von {item}', close: 'Schließen',
    who: 'wer', onBehalfOf: 'für', recorded: 'erfasst', effective: 'wirksam ab', why: 'Grund',
    noHistory: 'Für diesen Eintrag gibt es keinen Verlauf.',
    loading: 'Lädt …', empty: '–', updated: 'Aktualisiert: {what}',
    status_DRAFT: 'Entwurf', status_SUBMITTED: 'beantragt', status_APPROVAL_PROMISED: 'Bewilligung zugesagt',
    status_APPROVED: 'bewilligt', status_RUNNING: 'laufend', status_CLOSED: 'abgeschlossen',
    status_REJECTED: 'abgelehnt', status_WITHDRAWN: 'zurückgezogen',
    level_EU: 'EU', level_FEDERAL: 'Bund', level_STATE: 'Land', level_MUNICIPAL: 'Kommune', level_OTHER: 'Sonstige',
    kind_SUBMISSION: 'Antragsfrist', kind_INTERIM_STATEMENT: 'Zwischennachweis',
    kind_FINAL_STATEMENT: 'Verwendungsnachweis',
    milestone_VISIT_HELD: 'Besuch', milestone_AGREEMENT_SIGNED: 'Vereinbarung unterzeichnet',
    milestone_GOAL_ACHIEVED: 'Ziel erreicht',
    visit_INCOMING_DELEGATION: 'Delegation zu Gast', visit_OUTGOING_DELEGATION: 'Delegationsreise',
    visit_WORKING_VISIT: 'Arbeitsbesuch',
  },
  en: {
    title: 'Verbund – coordination office dashboard',
    skip: 'Skip to content',
    language: 'Language',
    signIn: 'Sign in',
    signInIntro: 'Sign in with the id and secret of an API client of your organisation. '
      + 'The secret stays in this page\'s memory only.',
    signInIdp: 'Sign in with the identity provider',
    clientId: 'Client id',
    clientSecret: 'Client secret',
    signOut: 'Sign out',
    signedInAs: 'Signed in for {organisation} ({role})',
    signInFailed: 'Sign-in failed: id or secret do not match.',
    signedOut: 'Signed out: your access expired or was revoked.',
    live: 'Live', connecting: 'Connecting …', reconnecting: 'Connection lost – reconnecting …',
    notAllowed: 'Not allowed',
    nav: 'Sections',
    funding: 'Funding', placements: 'Study placements', workshops: 'Working groups', cooperation: 'Cooperation',
    portfolio: 'Funding portfolio',
    approved: 'approved', applied: 'applied for', all: 'total',
    projects: '{count} projects',
    byStatus: 'By status', byLevel: 'By funder level', amount: 'Amount', count: 'Count',
    chartTitle: 'Approved and applied funds by funder level',
    chartTable: 'Table of the chart',
    applications: 'Applications and projects',
    filterStatus: 'Status', filterSearch: 'Search title and applicant', allStatuses: 'all',
    titleCol: 'Title', lead: 'Lead applicant', period: 'Period', status: 'Status',
    shown: '{shown} of {total} shown',
    tasks: 'Deadlines', due: 'due on', kind: 'Kind', application: 'Application', overdue: 'overdue',
    noTasks: 'No open deadlines.',
    placementsTitle: 'Study placements of the dual programme',
    byCity: 'By city and cohort', bySum: 'Pilot cities and other cities',
    city: 'City', total: 'Total', stateFunded: 'State funds', ownMeans: 'Own means',
    pilotCities: 'Pilot cities', otherCities: 'Other cities', pilot: 'pilot city',
    upcoming: 'Upcoming meetings', noUpcoming: 'No upcoming meetings.',
    decisions: 'Decision register', decidedOn: 'decided on', meeting: 'Meeting', decision: 'Decision',
    unanimous: 'unanimous', dissent: 'with dissent',
    actionItems: 'Overdue action items', noActionItems: 'No overdue action items.', dueOn: 'due',
    milestones: 'Partnership milestones', noMilestones: 'No milestones yet.',
    group: 'Working group', startsAt: 'Starts',
    history: 'History', showHistory: 'History of {item}', close: 'Close',
    who: 'who', onBehalfOf: 'on behalf of', recorded: 'recorded', effective: 'effective from', why: 'why',
    noHistory: 'There is no history for this item.',
    loading: 'Loading …', empty: '–', updated: 'Updated: {what}',
    status_DRAFT: 'draft', status_SUBMITTED: 'submitted', status_APPROVAL_PROMISED: 'approval promised',
    status_APPROVED: 'approved', status_RUNNING: 'running', status_CLOSED: 'closed',
    status_REJECTED: 'rejected', status_WITHDRAWN: 'withdrawn',
    level_EU: 'EU', level_FEDERAL: 'Federal', level_STATE: 'State', level_MUNICIPAL: 'Municipal', level_OTHER: 'Other',
    kind_SUBMISSION: 'Submission', kind_INTERIM_STATEMENT: 'Interim statement of use',
    kind_FINAL_STATEMENT: 'Final statement of use',
    milestone_VISIT_HELD: 'Visit', milestone_AGREEMENT_SIGNED: 'Agreement signed',
    milestone_GOAL_ACHIEVED: 'Goal achieved',
    visit_INCOMING_DELEGATION: 'Incoming delegation', visit_OUTGOING_DELEGATION: 'Outgoing delegation',
    visit_WORKING_VISIT: 'Working visit',
  },
};

const LOCALES = { de: 'de-DE', en: 'en-GB' };
const listeners = new Set();
let language = TEXTS[localStorage.getItem('verbund.language')] ? localStorage.getItem('verbund.language') : 'de';

export function currentLanguage() {
  return language;
}

export function setLanguage(next) {
  language = TEXTS[next] ? next : 'de';
  localStorage.setItem('verbund.language', language);
  document.documentElement.lang = language;
  listeners.forEach((listener) => listener(language));
}

/** Called again whenever the language changes, so every panel re-renders itself in it. */
export function onLanguageChange(listener) {
  listeners.add(listener);
}

/** The text under {@code key}, with {placeholders} filled in. */
export function t(key, values = {}) {
  const text = TEXTS[language][key] ?? TEXTS.de[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (whole, name) => (name in values ? String(values[name]) : whole));
}

// amounts come as exact decimal strings ("9483567.68"): Intl formats the string itself, so no cent is lost to binary
// floating point (Intl.NumberFormat accepts decimal strings since ES2023; Chromium does)
export function money(amount) {
  if (amount === null || amount === undefined) return t('empty');
  return new Intl.NumberFormat(LOCALES[language], { style: 'currency', currency: 'EUR' }).format(amount);
}

export function number(value) {
  if (value === null || value === undefined) return t('empty');
  return new Intl.NumberFormat(LOCALES[language]).format(value);
}

/** A business date ("2017-04-27"): the date as written, not shifted by the browser's time zone. */
export function date(isoDate) {
  if (!isoDate) return t('empty');
  const [year, month, day] = isoDate.slice(0, 10).split('-').map(Number);
  return new Intl.DateTimeFormat(LOCALES[language], { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' })
    .format(new Date(Date.UTC(year, month - 1, day)));
}

/** A moment ("2026-12-02T08:00:00Z", or a local date-time of a meeting) with its time. */
export function dateTime(isoMoment) {
  if (!isoMoment) return t('empty');
  return new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'medium', timeStyle: 'short' })
    .format(new Date(isoMoment));
}

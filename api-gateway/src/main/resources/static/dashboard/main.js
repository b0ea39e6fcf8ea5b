// The page's start: sign-in, the header (who, live state, language), and the panels once signed in.
import { getJson } from './api.js';
import * as auth from './auth.js';
import { startApplications, startTasks } from './applications.js';
import { startCooperation } from './cooperation.js';
import { startPortfolio } from './funding.js';
import { startHistoryDrawer } from './history.js';
import { currentLanguage, onLanguageChange, setLanguage, t } from './i18n.js';
import { closeAll, onConnectionChange } from './live.js';
import { startPlacements } from './placements.js';
import { startWorkshops } from './workshops.js';

const byId = (id) => document.getElementById(id);
let connectionState = 'connecting';
let config = { externalIssuer: null };

function translateStatic() {
  document.title = t('title');
  document.querySelectorAll('[data-text]').forEach((element) => { element.textContent = t(element.dataset.text); });
  document.querySelectorAll('[data-language]').forEach((button) => button.setAttribute('aria-pressed',
    String(button.dataset.language === currentLanguage())));
  showConnection(connectionState);
  const claims = auth.claims();
  byId('signed-in-as').textContent = t('signedInAs', { organisation: claims.organisation,
    role: claims.roles.join(', ') });
}

function showConnection(state) {
  connectionState = state;
  const element = byId('connection');
  element.dataset.state = state;
  element.textContent = state === 'live' ? t('live') : state === 'reconnecting' ? t('reconnecting')
    : state === 'signed-out' ? t('signedOut') : t('connecting');
  if (state === 'signed-out') signedOut(t('signedOut'));
}

/** A name for each organisation id, from the registry (ids stand in for those not known yet). */
async function organisationDirectory() {
  let names = {};
  try {
    names = Object.fromEntries((await getJson('api/organisations?limit=1000')).map((one) => [one.id, one.name]));
  } catch (notNow) {
    // the ids are shown instead
  }
  return { name: (id) => names[id] || id };
}

async function startDashboard() {
  byId('sign-in').hidden = true;
  byId('dashboard').hidden = false;
  byId('sections').hidden = false;
  byId('sign-out').hidden = false;
  byId('signed-in-as').hidden = false;
  byId('connection').hidden = false;
  translateStatic();
  const organisations = await organisationDirectory();
  const applications = startApplications(byId('applications'), organisations);
  let lastPosition = null;
  startPortfolio(byId('funding'), (position) => {
    lastPosition = position ?? lastPosition;
    applications.reload(lastPosition);
  });
  startTasks(byId('tasks'));
  startPlacements(byId('placements'));
  startWorkshops(byId('workshops'), organisations);
  startCooperation(byId('cooperation'));
  byId('content').focus();
}

function signedOut(message) {
  closeAll();
  auth.signOut();
  byId('dashboard').hidden = true;
  byId('sections').hidden = true;
  byId('sign-out').hidden = true;
  byId('signed-in-as').hidden = true;
  byId('sign-in').hidden = false;
  const shown = byId('sign-in-message');
  shown.hidden = !message;
  shown.textContent = message || '';
  // panels are built anew at the next sign-in
  ['funding', 'applications', 'tasks', 'placements', 'workshops', 'cooperation'].forEach((id) => byId(id)
    .replaceChildren());
}

async function signInWithClient(event) {
  event.preventDefault();
  const secret = byId('client-secret');
  try {
    await auth.signInWithClient(byId('client-id').value.trim(), secret.value);
    secret.value = ''; // kept by the auth module only
    byId('sign-in-message').hidden = true;
    await startDashboard();
  } catch (refused) {
    const message = byId('sign-in-message');
    message.textContent = t('signInFailed');
    message.hidden = false;
    secret.focus();
  }
}

async function start() {
  setLanguage(currentLanguage());
  onLanguageChange(translateStatic);
  document.querySelectorAll('[data-language]').forEach((button) => button.addEventListener('click',
    () => setLanguage(button.dataset.language)));
  onConnectionChange(showConnection);
  startHistoryDrawer();
  byId('client-sign-in').addEventListener('submit', signInWithClient);
  byId('sign-out').addEventListener('click', () => signedOut(''));
  translateStatic();
  config = await auth.settings();
  if (config.externalIssuer) {
    byId('client-sign-in').hidden = true;
    const button = byId('idp-sign-in');
    button.hidden = false;
    button.addEventListener('click', () => auth.signInWithIdentityProvider(config));
    try {
      if (await auth.completeIdentityProviderSignIn(config)) await startDashboard();
    } catch (refused) {
      signedOut(t('signInFailed'));
    }
  }
}

start();

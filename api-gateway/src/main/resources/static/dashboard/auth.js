// Who the page acts for. With the gateway's own issuer: an API client's id and secret, exchanged for a token by the
// client-credentials grant; the secret lives in this module only (never in storage), so a new token can be fetched
// when the last one expired. With an external identity provider: the authorization-code flow with PKCE.

let session = null; // { clientId, secret } or { external: true, refreshToken, tokenEndpoint, settings }
let access = null; // { token, expiresAt, claims }

export class SignInRefused extends Error {}

/** The gateway's hints for the page: whether an external identity provider is configured, and its client id. */
export async function settings() {
  const response = await fetch('dashboard/settings.json', { headers: { Accept: 'application/json' } });
  return response.ok ? response.json() : { externalIssuer: null };
}

export async function signInWithClient(clientId, secret) {
  session = { clientId, secret };
  access = null;
  try {
    await token();
  } catch (refused) {
    session = null;
    throw refused;
  }
  return claims();
}

/** A valid access token, fetched anew when the last one is about to expire (or was refused: {@link forget}). */
export async function token() {
  if (access && access.expiresAt - 30_000 > Date.now()) return access.token;
  if (!session) throw new SignInRefused('not signed in');
  const answer = session.external ? await refreshExternal() : await clientCredentials();
  access = {
    token: answer.access_token,
    expiresAt: Date.now() + (answer.expires_in ?? 300) * 1000,
    claims: decode(answer.access_token),
  };
  if (answer.refresh_token) session.refreshToken = answer.refresh_token;
  return access.token;
}

/** The current token was refused (401): the next call to {@link token} fetches a new one. */
export function forget() {
  access = null;
}

export function signedIn() {
  return session !== null;
}

export function signOut() {
  session = null;
  access = null;
}

/** The organisation and role the token names (for the header; what the caller may see is the gateway's decision). */
export function claims() {
  const all = access ? access.claims : {};
  const roles = all.roles ?? (all.realm_access && all.realm_access.roles) ?? [];
  return { organisation: all.organisation ?? all.sub ?? '', roles: Array.isArray(roles) ? roles : [roles] };
}

async function clientCredentials() {
  const response = await fetch('oauth2/token', {
    method: 'POST',
    headers: {
      Authorization: 'Basic ' + btoa(`${session.clientId}:${session.secret}`),
      'Content-Type': 'application/x-www-form-urlencoded',
    },
    body: 'grant_type=client_credentials',
  });
  if (!response.ok) throw new SignInRefused(`token refused: ${response.status}`);
  return response.json();
}

function decode(jwt) {
  try {
    const payload = jwt.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
    return JSON.parse(decodeURIComponent(escape(atob(payload))));
  } catch (notAJwt) {
    return {};
  }
}

// ---- external identity provider: authorization code with PKCE (RFC 7636) ----

async function discovery(issuer) {
  const response = await fetch(issuer.replace(/\/$/, '') + '/.well-known/openid-configuration');
  if (!response.ok) throw new SignInRefused('identity provider not reachable');
  return response.json();
}

function randomText(bytes) {
  const random = crypto.getRandomValues(new Uint8Array(bytes));
  return base64Url(random);
}

function base64Url(bytes) {
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Sends the browser to the identity provider; it comes back to this page with ?code=…&state=…. */
export async function signInWithIdentityProvider(config) {
  const provider = await discovery(config.externalIssuer);
  const verifier = randomText(32);
  const challenge = base64Url(new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier))));
  const state = randomText(16);
  // the verifier must survive the redirect; it is useless without the code, which only the provider hands out
  sessionStorage.setItem('verbund.pkce', JSON.stringify({ verifier, state }));
  const url = new URL(provider.authorization_endpoint);
  url.search = new URLSearchParams({
    response_type: 'code', client_id: config.clientId, redirect_uri: redirectUri(), scope: config.scope || 'openid',
    code_challenge: challenge, code_challenge_method: 'S256', state,
  }).toString();
  window.location.assign(url.toString());
}

/** Completes a sign-in the identity provider sent back here; null when the page was not opened that way. */
export async function completeIdentityProviderSignIn(config) {
  const parameters = new URLSearchParams(window.location.search);
  const pending = JSON.parse(sessionStorage.getItem('verbund.pkce') || 'null');
  if (!config.externalIssuer || !parameters.has('code') || !pending) return null;
  sessionStorage.removeItem('verbund.pkce');
  history.replaceState(null, '', window.location.pathname); // the code is used once; keep it out of the address bar
  if (parameters.get('state') !== pending.state) throw new SignInRefused('state does not match');
  const provider = await discovery(config.externalIssuer);
  session = { external: true, tokenEndpoint: provider.token_endpoint, settings: config };
  const answer = await tokenRequest({
    grant_type: 'authorization_code', code: parameters.get('code'), redirect_uri: redirectUri(),
    client_id: config.clientId, code_verifier: pending.verifier,
  });
  access = { token: answer.access_token, expiresAt: Date.now() + (answer.expires_in ?? 300) * 1000,
    claims: decode(answer.access_token) };
  session.refreshToken = answer.refresh_token;
  return claims();
}

async function refreshExternal() {
  if (!session.refreshToken) throw new SignInRefused('session expired');
  return tokenRequest({ grant_type: 'refresh_token', refresh_token: session.refreshToken,
    client_id: session.settings.clientId });
}

async function tokenRequest(form) {
  const response = await fetch(session.tokenEndpoint, {
    method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(form).toString(),
  });
  if (!response.ok) throw new SignInRefused(`token refused: ${response.status}`);
  return response.json();
}

function redirectUri() {
  return window.location.origin + window.location.pathname;
}

// Reads of the gateway's API with the signed-in caller's token. A refused token is fetched anew once (it may have
// expired); refused again, the caller is signed out.
import { forget, token } from './auth.js';

export class NotAllowed extends Error {}
export class SignedOut extends Error {}

export async function authorizedFetch(path, options = {}) {
  for (let attempt = 0; attempt < 2; attempt += 1) {
    let bearer;
    try {
      bearer = await token();
    } catch (noToken) {
      throw new SignedOut(noToken.message);
    }
    const response = await fetch(path, {
      ...options,
      headers: { ...(options.headers || {}), Authorization: `Bearer ${bearer}` },
    });
    if (response.status !== 401) return response;
    forget();
  }
  throw new SignedOut('token refused');
}

/** The JSON answer of a GET; 403 and 404 are {@link NotAllowed} (a 404 hides what the caller may not see). */
export async function getJson(path, headers = {}) {
  const response = await authorizedFetch(path, { headers: { Accept: 'application/json', ...headers } });
  if (response.status === 403 || response.status === 404) throw new NotAllowed(`${response.status} ${path}`);
  if (!response.ok) throw new Error(`${response.status} ${path}`);
  return response.json();
}

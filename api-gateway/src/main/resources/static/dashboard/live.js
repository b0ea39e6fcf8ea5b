// Server-sent events read with fetch(), because EventSource cannot send an Authorization header. Each subscription
// keeps the last event id it saw and sends it as Last-Event-ID when it reconnects (the server then sends a fresh
// snapshot, or nothing until the next update when the page is already current), reconnects by itself with growing
// delays, and ends for good when the server refuses the caller (signed out, or not allowed).
import { authorizedFetch, NotAllowed, SignedOut } from './api.js';

const QUIET_LIMIT_MS = 45_000; // three missed heartbeats (the server sends one every 15 s): the line is dead
const MAX_DELAY_MS = 10_000;
const subscriptions = new Set();
const stateListeners = new Set();

/** The state of all streams together: 'live', 'connecting', 'reconnecting', 'signed-out'. */
export function onConnectionChange(listener) {
  stateListeners.add(listener);
}

function announce() {
  const states = [...subscriptions].map((subscription) => subscription.state);
  const overall = states.includes('signed-out') ? 'signed-out'
    : states.includes('reconnecting') ? 'reconnecting'
      : states.includes('connecting') ? 'connecting' : 'live';
  stateListeners.forEach((listener) => listener(overall));
}

/**
 * Follows the stream at {@code path}: {@code onMessage(name, data, id)} for every 'snapshot' and 'update',
 * {@code onRefused(error)} once when the stream may not be read. Returns {close()}.
 */
export function subscribe(path, { onMessage, onRefused = () => {} }) {
  const subscription = { path, state: 'connecting', lastId: null, retryMs: 1000, attempt: 0, closed: false };
  subscriptions.add(subscription);
  announce();
  const setState = (state) => {
    if (subscription.state !== state) {
      subscription.state = state;
      announce();
    }
  };
  (async () => {
    while (!subscription.closed) {
      const abort = new AbortController();
      subscription.abort = abort;
      try {
        const headers = { Accept: 'text/event-stream' };
        if (subscription.lastId !== null) headers['Last-Event-ID'] = subscription.lastId;
        const response = await authorizedFetch(path, { headers, signal: abort.signal, cache: 'no-store' });
        if (response.status === 403 || response.status === 404) throw new NotAllowed(`${response.status} ${path}`);
        if (response.ok) {
          setState('live');
          subscription.attempt = 0;
          await read(response.body, subscription, abort, onMessage);
        } else if (response.status === 429 && response.headers.get('Retry-After')) {
          subscription.retryMs = Math.max(subscription.retryMs, Number(response.headers.get('Retry-After')) * 1000);
        }
      } catch (error) {
        if (error instanceof SignedOut || error instanceof NotAllowed) {
          subscription.closed = true;
          setState(error instanceof SignedOut ? 'signed-out' : 'refused');
          onRefused(error);
          break;
        }
        // a network error, or the line went quiet: reconnect below
      }
      if (subscription.closed) break;
      setState('reconnecting');
      const delay = Math.min(MAX_DELAY_MS, subscription.retryMs * 2 ** subscription.attempt);
      subscription.attempt += 1;
      await new Promise((resume) => setTimeout(resume, delay * (0.75 + Math.random() / 2)));
    }
  })();
  return {
    close() {
      subscription.closed = true;
      if (subscription.abort) subscription.abort.abort();
      subscriptions.delete(subscription);
      announce();
    },
  };
}

/** Ends every stream (sign-out). */
export function closeAll() {
  [...subscriptions].forEach((subscription) => {
    subscription.closed = true;
    if (subscription.abort) subscription.abort.abort();
  });
  subscriptions.clear();
}

/** Reads one connection until it ends, dispatching events as the SSE format (WHATWG HTML 9.2) defines them. */
async function read(body, subscription, abort, onMessage) {
  const reader = body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  let event = { name: 'message', data: [] };
  let quiet = setTimeout(() => abort.abort(), QUIET_LIMIT_MS);
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      clearTimeout(quiet);
      quiet = setTimeout(() => abort.abort(), QUIET_LIMIT_MS);
      buffer += value;
      const lines = buffer.split(/\r\n|\r|\n/);
      buffer = lines.pop(); // an unfinished line waits for the next chunk
      for (const line of lines) {
        if (line === '') {
          if (event.data.length > 0) dispatch(event, subscription, onMessage);
          event = { name: 'message', data: [] };
          continue;
        }
        if (line.startsWith(':')) continue; // a heartbeat comment: the line is alive
        const colon = line.indexOf(':');
        const field = colon < 0 ? line : line.slice(0, colon);
        const content = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
        if (field === 'event') event.name = content;
        else if (field === 'data') event.data.push(content);
        else if (field === 'id' && !content.includes('\0')) subscription.lastId = content;
        else if (field === 'retry' && /^\d+$/.test(content)) subscription.retryMs = Number(content);
      }
    }
  } finally {
    clearTimeout(quiet);
    reader.cancel().catch(() => {});
  }
}

function dispatch(event, subscription, onMessage) {
  let data;
  try {
    data = JSON.parse(event.data.join('\n'));
  } catch (notJson) {
    return;
  }
  onMessage(event.name, data, subscription.lastId);
}

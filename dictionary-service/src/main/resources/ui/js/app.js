// The single page: a hash router (#/search?q=…, #/quantum/ID, #/contract/ID, #/health, #/governance), so any
// page, a search with its filters included, can be bookmarked and shared as a plain link.
import { h, replace } from './dom.js';
import { ApiError, token, signIn, signOut } from './api.js';
import { SearchPage } from './pages/search.js';
import { QuantumPage } from './pages/quantum.js';
import { ContractPage } from './pages/contract.js';
import { HealthPage } from './pages/health.js';
import { GovernancePage } from './pages/governance.js';

const ROUTES = [
  { pattern: /^\/(?:search)?$/, page: SearchPage, nav: 'search' },
  { pattern: /^\/quantum\/([^/]+)$/, page: QuantumPage, nav: 'search' },
  { pattern: /^\/contract\/([^/]+)$/, page: ContractPage, nav: 'search' },
  { pattern: /^\/health$/, page: HealthPage, nav: 'health' },
  { pattern: /^\/governance$/, page: GovernancePage, nav: 'governance' },
];

const main = document.getElementById('main');
let current = null;
let generation = 0;

function parse(hash) {
  const raw = hash.replace(/^#/, '') || '/';
  const at = raw.indexOf('?');
  const path = at < 0 ? raw : raw.slice(0, at);
  const query = new URLSearchParams(at < 0 ? '' : raw.slice(at + 1));
  return { path, query };
}

function match(path) {
  for (const route of ROUTES) {
    const found = route.pattern.exec(path);
    if (found) {
      let args;
      try {
        args = found.slice(1).map(decodeURIComponent);
      } catch {
        return null;
      }
      return { route, args };
    }
  }
  return null;
}

function markNav(name) {
  for (const a of document.querySelectorAll('[data-nav]')) {
    if (a.dataset.nav === name) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
}

/** Shows why a page could not be drawn, as the API said it (a problem's detail), never a stack trace. */
export function showError(container, error) {
  if (error instanceof ApiError && error.status === 401) {
    signInForm(container, error);
    return;
  }
  const status = error instanceof ApiError && error.status ? ` (HTTP ${error.status}${error.code ? `, ${error.code}` : ''})` : '';
  replace(container, h('div', { class: 'error', role: 'alert' },
    h('h1', null, error instanceof ApiError && error.status === 404 ? 'Not found' : 'Something went wrong'),
    h('p', null, `${error.message}${status}`),
    error instanceof ApiError && error.status === 403 && token()
      ? h('p', null, 'The token you signed in with may not read this; sign out to use another.') : null,
    h('p', null, h('a', { href: '#/' }, 'Back to search'))));
}

/**
 * The dictionary lets only callers with a token read it (access.openRead: false): a form for one. A token the
 * dictionary refused is forgotten, and the form says so.
 */
function signInForm(container, error) {
  const refused = token() != null;
  if (refused) signOut();
  showSession();
  document.title = 'Sign in · Quanta dictionary';
  const input = h('input', { id: 'token', name: 'token', type: 'password', autocomplete: 'off', spellcheck: 'false', required: true });
  const submit = (event) => {
    event.preventDefault();
    const value = input.value.trim();
    if (!value) return;
    signIn(value);
    showSession();
    render();
  };
  replace(container, h('div', { class: 'sign-in' },
    h('h1', { tabindex: '-1' }, 'Sign in'),
    h('p', null, 'This dictionary is read with a token: paste one that may read it (a dictionary token or a JWT).'),
    refused ? h('p', { class: 'notice', role: 'alert', id: 'sign-in-refused' }, `The dictionary refused that token: ${error.message}`) : null,
    h('form', { onsubmit: submit },
      h('p', null, h('label', { for: 'token' }, 'Token'), ' ', input, ' ', h('button', { type: 'submit', class: 'primary' }, 'Sign in'))),
    h('p', { class: 'hint' }, 'It is kept in this browser tab only, until you sign out or close the tab.')));
  container.querySelector('h1').focus();
}

/** The Sign out button shows while a token is kept. */
function showSession() {
  const session = document.querySelector('[data-session]');
  if (session) session.hidden = !token();
}

async function render() {
  const { path, query } = parse(window.location.hash);
  const found = match(path);
  const mine = ++generation;
  const isCurrent = () => mine === generation;
  if (!found) {
    current = null;
    markNav(null);
    document.title = 'Not found · Quanta dictionary';
    replace(main, h('div', { class: 'error', role: 'alert' }, h('h1', null, 'Not found'),
      h('p', null, 'No page lives at this address.'), h('p', null, h('a', { href: '#/' }, 'Back to search'))));
    return;
  }
  markNav(found.route.nav);
  // A search that only changes its query or filters updates in place, keeping focus in the search box.
  const reuse = current instanceof found.route.page && current.update && current.sameView(found.args);
  if (!reuse) current = new found.route.page(found.args, query);
  try {
    if (reuse) await current.update(query, isCurrent);
    else await current.mount(main, isCurrent);
  } catch (error) {
    if (!isCurrent()) return;
    current = null;
    document.title = 'Error · Quanta dictionary';
    showError(main, error);
  }
}

document.querySelector('[data-skip]').addEventListener('click', (event) => {
  event.preventDefault();
  main.focus();
});
document.querySelector('[data-sign-out]').addEventListener('click', () => {
  signOut();
  showSession();
  render();
});
window.addEventListener('hashchange', render);
showSession();
render();

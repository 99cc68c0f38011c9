// Live workshop pages: follows the workshop's event log over WebSocket (falling back to long polling where
// WebSocket is blocked), catches up from the last sequence number after every reconnect, sends inputs with a
// client id so a retry is stored once, announces new content politely and re-reads the page part that changed.
// Every page works without this file: forms post and the page shows the current state.

const root = document.querySelector('[data-workshop]');
const code = root.dataset.code;
const me = root.dataset.me;
const partUrl = root.dataset.part;
const status = root.querySelector('[data-live-status]');
const announcer = root.querySelector('[data-announcer]');
const forcePolling = new URLSearchParams(location.search).get('transport') === 'poll';
// Which event types re-read the page at once, tell a participant the page changed, or are announced with which
// message: the page says (the server knows the types; this script knows none by name).
const words = (value) => (value || '').split(' ').filter(Boolean);
const STRUCTURAL = new Set(words(root.dataset.structural));
const CHANGES = new Set(words(root.dataset.changes));
const ANNOUNCED = Object.fromEntries(words(root.dataset.announced).map((pair) => pair.split(':')));

let lastSeq = Number(root.dataset.seq || 0);
let socket = null;
// The server hears inputs on a socket only after it sent {"ready":true} (it may drop earlier frames).
let ready = false;
let polling = false;
let wsFailures = 0;
let retry = 0;
let refreshTimer = null;
const pending = new Map();
// Inputs not yet answered also survive a reload of the page (a tab closed and reopened, a phone's browser
// dropping the page): they are kept per tab and sent again, with their client ids, when the page is back.
const pendingKey = `samrad-pending-${code}-${me}`;

function remember() {
  try {
    sessionStorage.setItem(pendingKey, JSON.stringify([...pending.values()].map((e) => e.message)));
  } catch (e) {
    // storage full or switched off: the inputs stay pending in this page only
  }
}

function restore() {
  try {
    for (const m of JSON.parse(sessionStorage.getItem(pendingKey) || '[]')) {
      pending.set(m.clientId, { message: m, form: null });
    }
  } catch (e) {
    // nothing usable was kept
  }
}

function message(key) {
  return root.dataset[key] || '';
}

function setStatus(key) {
  if (status) {
    status.textContent = message(key);
  }
}

function say(text) {
  if (!announcer || !text) {
    return;
  }
  const line = document.createElement('p');
  line.textContent = text;
  announcer.append(line);
  while (announcer.childElementCount > 5) {
    announcer.firstElementChild.remove();
  }
}

// ---- the page part: re-read after events, keeping what the person is typing and where the focus is
function scheduleRefresh(soon) {
  if (refreshTimer) {
    return;
  }
  const delay = soon ? 250 : 600 + Math.random() * 1200;
  refreshTimer = setTimeout(refresh, delay);
}

async function refresh() {
  refreshTimer = null;
  const part = root.querySelector('[data-live-part]');
  if (!part) {
    return;
  }
  try {
    const response = await fetch(partUrl, { credentials: 'same-origin', headers: { Accept: 'text/html' } });
    if (!response.ok) {
      return;
    }
    const html = await response.text();
    // what the person typed, chose or ticked and has not sent yet survives the new markup
    const typed = new Map();
    for (const field of part.querySelectorAll('textarea, input, select')) {
      if (field.id && changed(field)) {
        typed.set(field.id, field.type === 'checkbox' || field.type === 'radio' ? field.checked : field.value);
      }
    }
    const focused = focusPlace(part);
    part.innerHTML = html;
    for (const [id, value] of typed) {
      const field = document.getElementById(id);
      if (!field) {
        continue;
      }
      if (typeof value === 'boolean') {
        field.checked = value;
      } else if (field.tagName !== 'SELECT' || [...field.options].some((o) => o.value === value)) {
        field.value = value;
      }
    }
    refocus(part, focused);
  } catch (e) {
    // the next event tries again
  }
}

// Where the focus is in the part, told in words the new markup also has: the control's id, or (buttons and
// links have none) the nearest element with an id around it, what the control does (its form's "action" and
// "item", its name and type) and its place among that element's controls.
const FOCUSABLE = 'a[href], button, input:not([type="hidden"]), select, textarea, [tabindex]';

function focusPlace(part) {
  const el = document.activeElement;
  if (!el || el === part || !part.contains(el)) {
    return null;
  }
  const anchor = el.parentElement.closest('[id]');
  const within = anchor && part.contains(anchor) ? anchor : part;
  return {
    id: el.id || null,
    anchor: within === part ? null : within.id,
    what: whatControl(el),
    index: [...within.querySelectorAll(FOCUSABLE)].indexOf(el),
  };
}

function whatControl(el) {
  const form = el.form || el.closest('form');
  const field = (name) => (form && form.elements[name] ? form.elements[name].value : '');
  return [el.tagName, el.type || '', el.name || '', el.getAttribute('href') || '', field('action'), field('item')].join('|');
}

// Puts the focus back on the same control in the new markup, or on what replaced it at the same place: the
// reader stays where they were (a live update never sends them to the top of the page).
function refocus(part, place) {
  if (!place || (document.activeElement && document.activeElement !== document.body && part.contains(document.activeElement))) {
    return;
  }
  let target = place.id ? document.getElementById(place.id) : null;
  if (!target) {
    const anchor = place.anchor ? document.getElementById(place.anchor) : part;
    if (anchor && part.contains(anchor)) {
      const controls = [...anchor.querySelectorAll(FOCUSABLE)].filter((c) => !c.disabled);
      target = controls.find((c) => whatControl(c) === place.what)
        || controls[Math.min(Math.max(place.index, 0), controls.length - 1)]
        || null;
      if (!target && anchor !== part) {
        target = anchor;
        if (!target.hasAttribute('tabindex')) {
          target.setAttribute('tabindex', '-1');
        }
      }
    }
  }
  if (target) {
    target.focus({ preventScroll: true });
  }
}

function changed(field) {
  if (field.tagName === 'SELECT') {
    const chosen = field.options[field.selectedIndex];
    const preset = [...field.options].some((o) => o.defaultSelected);
    return chosen !== undefined && (preset ? !chosen.defaultSelected : field.selectedIndex !== 0);
  }
  if (field.type === 'checkbox' || field.type === 'radio') {
    return field.checked !== field.defaultChecked;
  }
  if (field.type === 'hidden' || field.type === 'submit' || field.type === 'button') {
    return false;
  }
  return field.value !== field.defaultValue;
}

// ---- events and acknowledgements
function handle(entry) {
  if (entry.ready !== undefined) {
    ready = true;
    setStatus('msgConnected');
    for (const waiting of pending.values()) {
      send(waiting);
    }
    return;
  }
  if (entry.ack !== undefined) {
    const sent = pending.get(entry.ack);
    pending.delete(entry.ack);
    remember();
    if (sent && sent.form) {
      // the form may have been re-read meanwhile (keeping the text): empty the field that is on the page now
      const text = sent.form.querySelector('textarea[name="text"], input[name="text"]');
      const shown = text && text.id ? document.getElementById(text.id) || text : text;
      const typed = sent.message.form && sent.message.form.text ? sent.message.form.text[0] : undefined;
      if (shown && (shown === text || shown.value === typed)) {
        shown.value = '';
      }
      say(message('msgSent'));
    }
    return;
  }
  if (entry.nack !== undefined && entry.retry) {
    // the server had no room for it ("slow down"): nothing was stored; the same input, with the same client
    // id, goes again a little later, later still each time it comes back
    const waiting = pending.get(entry.nack);
    if (waiting) {
      waiting.retries = (waiting.retries || 0) + 1;
      const delay = Math.min(6000, 250 * 2 ** waiting.retries) * (0.5 + Math.random());
      setTimeout(() => { if (pending.get(entry.nack) === waiting) { send(waiting); } }, delay);
    }
    return;
  }
  if (entry.nack !== undefined) {
    const refused = pending.get(entry.nack);
    pending.delete(entry.nack);
    remember();
    if (refused && refused.form) {
      // The server explains a refusal in the reader's language on the page the form leads to.
      refused.form.submit();
    }
    return;
  }
  if (typeof entry.seq !== 'number' || entry.seq <= lastSeq) {
    return;
  }
  lastSeq = entry.seq;
  const key = ANNOUNCED[entry.type];
  if (key && entry.author !== me) {
    const text = entry.data && entry.data.text ? ': ' + entry.data.text : '';
    say(message(key) + text);
  } else if (CHANGES.has(entry.type) && me.startsWith('p')) {
    say(message('msgChanged'));
  }
  scheduleRefresh(STRUCTURAL.has(entry.type));
}

function receive(text) {
  const data = JSON.parse(text);
  (Array.isArray(data) ? data : [data]).forEach(handle);
}

// ---- inputs
function newId() {
  return (crypto.randomUUID ? crypto.randomUUID() : String(Date.now()) + Math.random().toString(16).slice(2));
}

// The form goes as it is (field name to values); the server reads it as it reads a form posted without script.
function messageOf(form) {
  const fields = {};
  for (const [name, value] of new FormData(form)) {
    (fields[name] = fields[name] || []).push(value);
  }
  return { clientId: newId(), form: fields };
}

// Sends an input now if a channel is up; otherwise it stays pending and goes when the channel is back.
function send(entry) {
  if (socket && ready && socket.readyState === WebSocket.OPEN) {
    entry.sentAt = Date.now();
    socket.send(JSON.stringify(entry.message));
    return true;
  }
  if (polling) {
    entry.postedAt = Date.now();
    post(entry.message);
    return true;
  }
  return false;
}

async function post(body) {
  try {
    const response = await fetch(`/w/${code}/submit`, {
      method: 'POST', credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' }, body: JSON.stringify(body),
    });
    handle(await response.json());
  } catch (e) {
    // stays pending and is sent again with the same client id
  }
}

root.addEventListener('submit', (event) => {
  const form = event.target.closest('form[data-live-form]');
  if (!form) {
    return;
  }
  const m = messageOf(form);
  // Also while the connection is down (a server restart): posting the form then would lose what was typed.
  event.preventDefault();
  const entry = { message: m, form };
  pending.set(m.clientId, entry);
  const sent = send(entry);
  remember();
  if (!sent) {
    say(message('msgQueued'));
  }
});

// ---- the channel: WebSocket first, long polling when WebSocket does not get through
function connect() {
  if (forcePolling) {
    startPolling();
    return;
  }
  const protocol = location.protocol === 'https:' ? 'wss' : 'ws';
  let opened = false;
  try {
    socket = new WebSocket(`${protocol}://${location.host}/w/${code}/ws?after=${lastSeq}`);
  } catch (e) {
    startPolling();
    return;
  }
  const giveUp = setTimeout(() => { if (!opened && socket) { socket.close(); } }, 5000);
  ready = false;
  socket.onopen = () => {
    opened = true;
    clearTimeout(giveUp);
    wsFailures = 0;
    retry = 0;
  };
  socket.onmessage = (event) => receive(event.data);
  socket.onclose = (event) => {
    clearTimeout(giveUp);
    socket = null;
    ready = false;
    if (event.code === 4003 || event.code === 4004) {
      setStatus('msgOffline');
      scheduleRefresh(true);
      return;
    }
    setStatus('msgOffline');
    if (!opened) {
      wsFailures += 1;
    }
    if (wsFailures >= 2) {
      // Twice no socket: fall back to polling only if the server answers plain HTTP (a proxy blocks
      // WebSocket); a server that is down or restarting gets the socket tried again.
      serverAnswers().then((answers) => (answers ? startPolling() : reconnectLater()));
      return;
    }
    reconnectLater();
  };
}

function reconnectLater() {
  retry = Math.min(retry + 1, 5);
  setTimeout(connect, 300 * 2 ** retry * (0.5 + Math.random()));
}

async function serverAnswers() {
  try {
    const response = await fetch('/health', { cache: 'no-store', signal: AbortSignal.timeout(5000) });
    if (response.ok) {
      return true;
    }
  } catch (e) {
    // unreachable: down or restarting
  }
  wsFailures = 0;
  return false;
}

async function startPolling() {
  if (polling) {
    return;
  }
  polling = true;
  setStatus('msgPolling');
  for (const entry of pending.values()) {
    entry.postedAt = Date.now();
    post(entry.message);
  }
  let failures = 0;
  for (;;) {
    try {
      const response = await fetch(`/w/${code}/events?after=${lastSeq}`, {
        credentials: 'same-origin', headers: { Accept: 'application/json' },
      });
      if (response.status === 404) {
        setStatus('msgOffline');
        scheduleRefresh(true);
        return;
      }
      const body = await response.json();
      body.events.forEach(handle);
      const recovered = failures > 0;
      failures = 0;
      // an input whose answer did not come (a lost response, or the server was away) is sent again, with
      // the same client id
      const now = Date.now();
      for (const entry of pending.values()) {
        if (recovered || !entry.postedAt || now - entry.postedAt > 10000) {
          entry.postedAt = now;
          post(entry.message);
        }
      }
    } catch (e) {
      failures += 1;
      setStatus('msgOffline');
      await new Promise((resolve) => setTimeout(resolve, Math.min(8000, 500 * 2 ** failures)));
      setStatus('msgPolling');
    }
  }
}

// An input on the socket whose answer has not come in 10 s is sent again with the same client id (stored once).
setInterval(() => {
  const now = Date.now();
  for (const entry of pending.values()) {
    if (socket && ready && entry.sentAt && now - entry.sentAt > 10000) {
      send(entry);
    }
  }
}, 5000);

restore();
connect();

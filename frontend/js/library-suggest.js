// Autocomplete for the library search (ARIA 1.2 combobox with a listbox). Without this file the search box is an
// ordinary search field. Suggestions come from /api/v1/library/suggest and only name examples the reader may see.
const row = document.querySelector('[data-library-suggest]');
const input = row.querySelector('input[type="search"]');
const form = input.form;
const listId = 'q-suggestions';
const list = document.createElement('ul');
list.id = listId;
list.setAttribute('role', 'listbox');
list.setAttribute('aria-label', row.dataset.label);
list.className = 'library-suggest';
list.hidden = true;
const status = document.createElement('p');
status.className = 'visually-hidden';
status.setAttribute('role', 'status');
row.after(status);
row.after(list);
input.setAttribute('role', 'combobox');
input.setAttribute('aria-autocomplete', 'list');
input.setAttribute('aria-expanded', 'false');
input.setAttribute('aria-controls', listId);

let active = -1;
let timer = null;
let controller = null;

function options() {
  return [...list.querySelectorAll('[role="option"]')];
}

function close() {
  list.hidden = true;
  list.replaceChildren();
  input.setAttribute('aria-expanded', 'false');
  input.removeAttribute('aria-activedescendant');
  active = -1;
}

function highlight(index) {
  const all = options();
  all.forEach((option, i) => option.setAttribute('aria-selected', String(i === index)));
  active = index;
  if (index >= 0 && all[index]) {
    input.setAttribute('aria-activedescendant', all[index].id);
  } else {
    input.removeAttribute('aria-activedescendant');
  }
}

function choose(option) {
  input.value = option.dataset.title;
  close();
  form.requestSubmit();
}

async function suggest() {
  const text = input.value.trim();
  if (text.length < 2) {
    close();
    status.textContent = '';
    return;
  }
  if (controller) {
    controller.abort();
  }
  controller = new AbortController();
  try {
    const response = await fetch('/api/v1/library/suggest?q=' + encodeURIComponent(text) + '&lang=' +
      encodeURIComponent(document.documentElement.lang), {headers: {Accept: 'application/json'}, signal: controller.signal});
    if (!response.ok) {
      return;
    }
    const suggestions = await response.json();
    list.replaceChildren();
    suggestions.forEach((s, i) => {
      const option = document.createElement('li');
      option.id = listId + '-' + i;
      option.setAttribute('role', 'option');
      option.setAttribute('aria-selected', 'false');
      option.dataset.title = s.title;
      option.lang = s.lang;
      option.textContent = s.title;
      option.addEventListener('mousedown', (event) => {
        event.preventDefault();
        choose(option);
      });
      list.append(option);
    });
    active = -1;
    list.hidden = suggestions.length === 0;
    input.setAttribute('aria-expanded', String(suggestions.length > 0));
    status.textContent = suggestions.length === 0 ? row.dataset.none
      : row.dataset.count.replace('{0}', String(suggestions.length));
  } catch (e) {
    if (e.name !== 'AbortError') {
      close();
    }
  }
}

input.addEventListener('input', () => {
  clearTimeout(timer);
  timer = setTimeout(suggest, 150);
});

input.addEventListener('keydown', (event) => {
  const all = options();
  if (event.key === 'ArrowDown' && all.length) {
    event.preventDefault();
    highlight((active + 1) % all.length);
  } else if (event.key === 'ArrowUp' && all.length) {
    event.preventDefault();
    highlight(active <= 0 ? all.length - 1 : active - 1);
  } else if (event.key === 'Enter' && active >= 0 && all[active]) {
    event.preventDefault();
    choose(all[active]);
  } else if (event.key === 'Escape') {
    close();
  }
});

input.addEventListener('blur', () => setTimeout(close, 100));

// Target picker (views/goals/parts.ftl): filters the options as the user types, announces how many match in
// a polite live region, and keeps the count of chosen targets up to date. Without this file the search
// button filters on the server; either way hidden options stay in the form and keep their ticks.

// As TargetSearch.normalise on the server: no case, accents or vowel marks; Persian and Arabic digits as 0-9 and
// the Arabic decimal separator as a full stop ("۱۲٫۳" is 12.3); Arabic yeh and kaf as the Persian letters; no ZWNJ.
const normalise = (text) => text.toLowerCase().normalize('NFD').replace(/\p{M}+/gu, '')
  .replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) & 0xF))
  .replace(/\u066B/g, '.').replace(/\u064A/g, '\u06CC').replace(/\u0643/g, '\u06A9').replace(/\u200C/g, '');
const CODE = /^\d{1,2}(\.[0-9a-z]{0,2})?$/;

function matches(option, words) {
  const code = option.dataset.code;
  const text = option.dataset.search;
  return words.every((word) => {
    const w = word.endsWith('.') ? word.slice(0, -1) : word;
    if (code === w || code.startsWith(`${w}.`)) {
      return true;
    }
    return !CODE.test(word) && text.includes(word);
  });
}

function format(template, count) {
  // Digits 0-9 in every language, as the server writes them (language.locale), so the count matches the page.
  return template.replace('{0}', count.toLocaleString(`${document.documentElement.lang}-u-nu-latn`));
}

// A count in the form its number takes in the page's language ("1 vald", "2 valda"; Arabic's six forms):
// the server gives each form of the plural message (=0, one, few, ... with {0} for the number), the
// browser's CLDR plural rules pick one, as ICU4J does on the server.
function plural(formsJson, count) {
  const forms = JSON.parse(formsJson || '{}');
  const category = new Intl.PluralRules(document.documentElement.lang).select(count);
  const template = forms[`=${count}`] ?? forms[category] ?? forms.other;
  return template === undefined ? String(count) : format(template, count);
}

function enhance(picker) {
  const input = picker.querySelector('input[type="search"]');
  const button = picker.querySelector('[data-picker-search]');
  const status = picker.querySelector('[data-picker-status]');
  const chosen = picker.querySelector('[data-picker-chosen]');
  const options = [...picker.querySelectorAll('.target-picker__option')];
  const goals = [...picker.querySelectorAll('[data-picker-goal]')];
  button.hidden = true;
  let timer;

  const filter = () => {
    const words = normalise(input.value.trim()).split(/[\s,;]+/).filter(Boolean);
    let count = 0;
    for (const option of options) {
      const visible = matches(option, words);
      option.hidden = !visible;
      if (visible) {
        count += 1;
      }
    }
    for (const goal of goals) {
      const any = goal.querySelector('.target-picker__option:not([hidden])') !== null;
      goal.hidden = !any;
      if (words.length > 0 && any) {
        goal.open = true;
      }
    }
    clearTimeout(timer);
    // Announce once typing pauses, so a screen reader is not interrupted at every key.
    timer = setTimeout(() => {
      status.textContent = words.length === 0 ? ''
        : count === 0 ? picker.dataset.statusNone
          : format(picker.dataset.statusMatches, count);
    }, 400);
  };

  input.addEventListener('input', filter);
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') {
      // Enter filters; it must not submit the surrounding form half-finished.
      event.preventDefault();
      filter();
    }
  });
  picker.addEventListener('change', (event) => {
    if (event.target.matches('input[type="checkbox"]')) {
      const count = picker.querySelectorAll('input[type="checkbox"]:checked').length;
      chosen.textContent = plural(chosen.dataset.forms, count);
    }
  });
}

for (const picker of document.querySelectorAll('[data-target-picker]')) {
  enhance(picker);
}

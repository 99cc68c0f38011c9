// Progressive enhancement only: every page works without this file.

// Move focus to an error summary so keyboard and screen-reader users land on what needs fixing.
const summary = document.querySelector('[data-autofocus]');
if (summary) {
  summary.focus();
}

// Select a read-only link field (invitation links) when it receives focus, ready to copy.
for (const field of document.querySelectorAll('input.copy-field')) {
  field.addEventListener('focus', () => field.select());
}

// The target picker, where a page has one.
if (document.querySelector('[data-target-picker]')) {
  import('./target-picker.js');
}

// The dialogue question editor, where a page has one.
if (document.querySelector('[data-question-form]')) {
  import('./question-editor.js');
}

// Suggestions as one types in the good-practice library's search.
if (document.querySelector('[data-library-suggest]')) {
  import('./library-suggest.js');
}

// The presenter view's keyboard shortcuts and timer, on the big screen.
if (document.querySelector('[data-presenter]')) {
  import('./presenter.js');
}

// Live workshop pages (participant, facilitator, presenter), where a page has one.
if (document.querySelector('[data-workshop]')) {
  import('./workshop.js');
}

// A background job's progress (the Kolada fetch), where a page shows one.
if (document.querySelector('[data-progress]')) {
  import('./progress.js');
}

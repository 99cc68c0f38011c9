// A background job's progress (the Kolada fetch): ask its status now and then, write the progress in words into
// the page's status line, and go on to the report when the job is done. Without this file the page has a link to
// look again.
const box = document.querySelector('[data-progress]');
const text = box.querySelector('[data-progress-text]');

async function poll() {
  try {
    const response = await fetch(box.dataset.progress, { headers: { Accept: 'application/json' } });
    if (response.ok) {
      const status = await response.json();
      if (status.state !== 'RUNNING') {
        window.location.assign(box.dataset.progressDone);
        return;
      }
      if (text.textContent !== status.text) {
        text.textContent = status.text;
      }
    }
  } catch (e) {
    // the next attempt may reach the server again
  }
  window.setTimeout(poll, 1500);
}

window.setTimeout(poll, 1500);

// The presenter view for the big screen: the facilitator drives it from the keyboard (next and previous
// activity, the join screen, reveal results, timer, names, full screen; the keys are listed on the running page),
// the timer counts down each second, and a new activity fades in where motion is welcome. What is on screen is
// the workshop's state: each key posts the same control form the running page has, and every screen showing
// the view follows over the live channel (workshop.js re-reads the page part).

const stage = document.querySelector('[data-presenter]');
const reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)');

function screen() {
  return stage.querySelector('[data-screen]');
}

async function control(fields) {
  const body = new URLSearchParams({ _csrf: stage.dataset.csrf, ...fields });
  try {
    await fetch(stage.dataset.control, {
      method: 'POST', credentials: 'same-origin', redirect: 'manual', body,
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    });
  } catch (e) {
    // the screen stays as it is; the next key press tries again
  }
}

function present(activity, onlyResults) {
  const fields = { action: 'PRESENTED' };
  if (activity) {
    fields.activity = activity;
  }
  if (onlyResults) {
    fields.onlyResults = 'on';
  }
  control(fields);
}

function toggleFullScreen() {
  if (document.fullscreenElement) {
    document.exitFullscreen();
  } else if (document.documentElement.requestFullscreen) {
    document.documentElement.requestFullscreen().catch(() => {});
  }
}

document.addEventListener('keydown', (event) => {
  if (event.ctrlKey || event.altKey || event.metaKey || event.target.closest('input, textarea, select, button, a')) {
    return;
  }
  const s = screen();
  if (!s) {
    return;
  }
  const rtl = document.documentElement.dir === 'rtl';
  const only = s.dataset.onlyResults === 'true';
  const forward = rtl ? 'ArrowLeft' : 'ArrowRight';
  const back = rtl ? 'ArrowRight' : 'ArrowLeft';
  const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
  let handled = true;
  if (key === forward || key === 'PageDown' || key === 'ArrowDown' || key === ' ') {
    if (s.dataset.next) {
      present(s.dataset.next, only);
    }
  } else if (key === back || key === 'PageUp' || key === 'ArrowUp') {
    present(s.dataset.previous, only);
  } else if (key === 'j' || key === 'Home') {
    present('', only);
  } else if (key === 'r') {
    if (s.dataset.current) {
      control({ action: s.dataset.resultsShown === 'true' ? 'RESULTS_HIDDEN' : 'RESULTS_SHOWN', activity: s.dataset.current });
    }
  } else if (key === 't') {
    control({ action: 'TIMER', minutes: s.dataset.timerRunning === 'true' ? '0' : '5' });
  } else if (key === 'n') {
    present(s.dataset.current, !only);
  } else if (key === 'f') {
    toggleFullScreen();
  } else {
    handled = false;
  }
  if (handled) {
    event.preventDefault();
  }
});

// The timer counts down each second (the page part carries when it ends).
function tick() {
  for (const left of stage.querySelectorAll('[data-timer-ends]')) {
    const seconds = Math.max(0, Math.round((Date.parse(left.dataset.timerEnds) - Date.now()) / 1000));
    const text = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
    if (left.textContent !== text) {
      left.textContent = text;
    }
  }
}
setInterval(tick, 1000);
tick();

// Another activity on screen fades in (only that: a new vote re-reads the part without any movement).
let shown = screen() ? screen().dataset.current : '';
new MutationObserver(() => {
  const s = screen();
  if (!s) {
    return;
  }
  if (s.dataset.current !== shown && !reduceMotion.matches) {
    s.classList.add('stage__screen--new');
  }
  shown = s.dataset.current;
  tick();
}).observe(stage.querySelector('[data-live-part]'), { childList: true });

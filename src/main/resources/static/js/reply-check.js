// Written-reply check 三要、三不 (SCR-13): a textarea with data-reply shows its findings under it while the agent
// writes; a send whose findings have not been shown yet is held back once, the findings are shown, and the next
// click sends. A textarea with data-reply-if="<selector>" is checked only while its form matches the selector (e.g. a
// reply to the customer, not an internal note). See templates/fragments/reply-check.html. No inline scripts (CSP).
(() => {
  const script = document.currentScript;
  const url = script && script.dataset.checkUrl;
  const DELAY_MS = 600;
  const states = new WeakMap();

  const stateOf = (area) => {
    if (!states.has(area)) {
      states.set(area, { shown: null, closing: null, timer: null });
    }
    return states.get(area);
  };

  const isClosing = (area) => {
    if (area.dataset.reply === 'closing') {
      return true;
    }
    const box = area.dataset.replyClosing && document.getElementById(area.dataset.replyClosing);
    return Boolean(box && box.checked);
  };

  const active = (area) => {
    const condition = area.dataset.replyIf;
    if (!condition || !area.form) {
      return true;
    }
    try {
      return area.form.matches(condition);
    } catch (e) {
      return true; // a selector this browser cannot read: check rather than miss
    }
  };

  const upToDate = (area) => {
    const s = stateOf(area);
    return area.value.trim() === '' || (s.shown === area.value && s.closing === isClosing(area));
  };

  const resultBox = (area) => {
    let box = area.id && document.getElementById(`${area.id}-check`);
    if (!box) {
      box = document.createElement('div');
      box.className = 'reply-check';
      if (area.id) {
        box.id = `${area.id}-check`;
      }
      // After the field's own validation message, if it has one.
      const after = area.nextElementSibling && area.nextElementSibling.classList.contains('invalid-feedback')
        ? area.nextElementSibling : area;
      after.insertAdjacentElement('afterend', box);
    }
    return box;
  };

  const headers = () => {
    const token = document.querySelector('meta[name="_csrf"]');
    const header = document.querySelector('meta[name="_csrf_header"]');
    const h = { 'Content-Type': 'application/x-www-form-urlencoded' };
    if (token && header) {
      h[header.content] = token.content;
    }
    return h;
  };

  // Shows the findings for the text as it is now; resolves to how many there are.
  const check = async (area, held) => {
    const text = area.value;
    const closing = isClosing(area);
    const response = await fetch(url, {
      method: 'POST',
      credentials: 'same-origin',
      headers: headers(),
      body: new URLSearchParams({ text, closing: String(closing), held: String(held) }),
    });
    if (!response.ok) {
      throw new Error(`reply check answered ${response.status}`);
    }
    const box = resultBox(area);
    box.innerHTML = await response.text();
    const s = stateOf(area);
    s.shown = text;
    s.closing = closing;
    const result = box.querySelector('[data-finding-count]');
    return result ? Number(result.dataset.findingCount) : 0;
  };

  const schedule = (area) => {
    const s = stateOf(area);
    clearTimeout(s.timer);
    s.timer = setTimeout(() => {
      if (area.value.trim() === '' || !active(area)) {
        resultBox(area).replaceChildren();
        return;
      }
      check(area, false).catch(() => { /* shown again before sending */ });
    }, DELAY_MS);
  };

  if (!url) {
    return;
  }
  document.addEventListener('input', (e) => {
    if (e.target.matches && e.target.matches('textarea[data-reply]')) {
      schedule(e.target);
    }
  });
  document.addEventListener('change', (e) => {
    if (e.target.form) {
      e.target.form.querySelectorAll('textarea[data-reply][data-reply-if]').forEach(schedule);
    }
    if (e.target.id) {
      document.querySelectorAll('textarea[data-reply]').forEach((area) => {
        if (area.dataset.replyClosing === e.target.id) {
          schedule(area);
        }
      });
    }
  });
  // A form shown again with the agent's text (after an error), or text typed before this script ran.
  document.querySelectorAll('textarea[data-reply]').forEach((area) => {
    if (area.value.trim() !== '') {
      schedule(area);
    }
  });
  // Capturing on the document runs before the page's other submit handlers (confirmations, htmx).
  document.addEventListener('submit', (e) => {
    const form = e.target;
    const unseen = [...form.querySelectorAll('textarea[data-reply]')].filter((area) => active(area) && !upToDate(area));
    if (unseen.length === 0) {
      return;
    }
    e.preventDefault();
    e.stopImmediatePropagation();
    const submitter = e.submitter && e.submitter.form === form ? e.submitter : undefined;
    unseen.forEach((area) => clearTimeout(stateOf(area).timer));
    Promise.all(unseen.map((area) => check(area, true))).then((counts) => {
      const first = unseen.find((area, i) => counts[i] > 0);
      if (first) {
        resultBox(first).scrollIntoView({ block: 'nearest' });
      } else {
        form.requestSubmit(submitter);
      }
    }).catch(() => {
      // The check is advice: when it cannot be reached, the agent's reply still goes out.
      unseen.forEach((area) => {
        const s = stateOf(area);
        s.shown = area.value;
        s.closing = isClosing(area);
      });
      form.requestSubmit(submitter);
    });
  }, true);
})();

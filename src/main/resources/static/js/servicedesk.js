// Service request pages: live list refresh that pauses while hidden, keyboard shortcuts, the caller box.
document.addEventListener('DOMContentLoaded', () => {
  const body = document.body;
  const typing = (el) => el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));

  // A [data-live] list polls itself; a poll (a request without a triggering event) is skipped while the browser tab
  // is hidden or while the agent is working on the list (focus inside it), and the list catches up when shown again.
  body.addEventListener('htmx:beforeRequest', (e) => {
    const live = e.detail.elt;
    if (live.hasAttribute && live.hasAttribute('data-live') && !e.detail.requestConfig.triggeringEvent) {
      if (document.hidden || live.contains(document.activeElement)) {
        e.preventDefault();
      }
    }
  });
  document.addEventListener('visibilitychange', () => {
    if (!document.hidden && document.querySelector('[data-live]') && window.htmx) {
      window.htmx.trigger(body, 'desk-refresh');
    }
  });

  // "/" jumps to the search box of the page (outside text fields).
  document.addEventListener('keydown', (e) => {
    if (e.key === '/' && !typing(document.activeElement) && !e.ctrlKey && !e.metaKey && !e.altKey) {
      const search = document.querySelector('[data-search-shortcut]');
      if (search) {
        e.preventDefault();
        search.focus();
        search.select();
      }
    }
  });

  // Ctrl+Enter (or Cmd+Enter) submits a form marked data-submit-shortcut from any of its fields.
  document.addEventListener('keydown', (e) => {
    const form = e.target.closest && e.target.closest('form[data-submit-shortcut]');
    if (form && e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      form.requestSubmit();
    }
  });

  // The caller's number: Enter looks it up instead of submitting the whole form, and selects the only match.
  const phone = document.getElementById('callerPhone');
  if (phone) {
    phone.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' && !e.ctrlKey && !e.metaKey) {
        e.preventDefault();
        const choices = document.querySelectorAll('#caller [data-select-customer]');
        if (choices.length === 1) {
          choices[0].click();
        } else if (window.htmx) {
          window.htmx.trigger(phone, 'search');
        }
      }
    });
  }
  // In a field marked data-enter-clicks="id", Enter presses that button instead of submitting the whole form.
  document.addEventListener('keydown', (e) => {
    const target = e.target.dataset && e.target.dataset.enterClicks;
    if (target && e.key === 'Enter' && !e.ctrlKey && !e.metaKey) {
      e.preventDefault();
      const button = document.getElementById(target);
      if (button) {
        button.click();
      }
    }
  });
  // Once a customer is selected, the agent goes on with the request itself.
  body.addEventListener('htmx:afterSettle', (e) => {
    if (e.detail.target && e.detail.target.id === 'caller' && e.detail.target.querySelector('[data-selected]')) {
      const next = document.getElementById('subject');
      if (next) {
        next.focus();
      }
    }
  });
});

// CSMS page behaviour: CSRF header for htmx, confirmation of destructive actions. No inline scripts (CSP).
document.addEventListener('DOMContentLoaded', () => {
  const token = document.querySelector('meta[name="_csrf"]');
  const header = document.querySelector('meta[name="_csrf_header"]');
  document.body.addEventListener('htmx:configRequest', (e) => {
    if (token && header) {
      e.detail.headers[header.content] = token.content;
    }
  });
  // <form data-confirm="message"> or <button data-confirm="message"> asks before submitting.
  document.body.addEventListener('submit', (e) => {
    const form = e.target;
    const trigger = e.submitter && e.submitter.dataset.confirm ? e.submitter : form;
    if (trigger.dataset && trigger.dataset.confirm && !window.confirm(trigger.dataset.confirm)) {
      e.preventDefault();
    }
  }, true);
  // Select-all checkboxes: <input type="checkbox" data-select-all="name">
  document.querySelectorAll('[data-select-all]').forEach((box) => {
    box.addEventListener('change', () => {
      document.querySelectorAll(`input[type=checkbox][name="${box.dataset.selectAll}"]`).forEach((b) => { b.checked = box.checked; });
    });
  });
});

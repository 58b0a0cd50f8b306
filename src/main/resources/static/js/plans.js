// Plans and reports (WFM-8): Ctrl+Enter (⌘+Enter) in a plan's text submits its form; when the reviewer chooses to
// return it for rework, the reason becomes required.
document.addEventListener('keydown', (event) => {
  const area = event.target;
  if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && area.matches && area.matches('textarea[data-ctrl-enter]')) {
    event.preventDefault();
    area.form.requestSubmit();
  }
});
document.addEventListener('change', (event) => {
  const radio = event.target;
  if (radio.name === 'decision' && radio.form && radio.form.id === 'plan-review') {
    const reason = radio.form.querySelector('#review-reason');
    reason.required = radio.form.querySelector('#decision-return').checked;
  }
});

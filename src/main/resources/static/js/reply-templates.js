// Reply template picker (SCR-1): clicking a template offered by fragments/reply-templates.html :: picker inserts
// its text, placeholders filled by the server, at the cursor of the picker's textarea. No inline scripts (CSP).
document.addEventListener('click', async (e) => {
  const option = e.target.closest && e.target.closest('[data-template-url]');
  const picker = option && option.closest('[data-template-target]');
  const area = picker && document.getElementById(picker.dataset.templateTarget);
  if (!area) {
    return;
  }
  const url = new URL(option.dataset.templateUrl, window.location.href);
  if (area.dataset.customerTitle) {
    url.searchParams.set('customerTitle', area.dataset.customerTitle);
  }
  if (area.dataset.customerSurname) {
    url.searchParams.set('customerSurname', area.dataset.customerSurname);
  }
  const response = await fetch(url, { credentials: 'same-origin', headers: { Accept: 'text/plain' } });
  if (!response.ok) {
    return;
  }
  const text = await response.text();
  const start = area.selectionStart ?? area.value.length;
  const end = area.selectionEnd ?? start;
  area.setRangeText(text, start, end, 'end');
  area.focus();
  // Lets the reply check look at the new text.
  area.dispatchEvent(new Event('input', { bubbles: true }));
});

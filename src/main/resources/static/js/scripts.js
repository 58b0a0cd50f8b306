// Script panel (SCR-2), fragments/scripts.html: steps through a timed script. 开始 marks the first thing to say; a
// step with a wait shows a countdown and moves on by itself when it ends; 下一步 moves on at once. No inline scripts.
(() => {
  const timers = new WeakMap();

  function stop(script) {
    const t = timers.get(script);
    if (t) {
      clearInterval(t);
      timers.delete(script);
    }
    script.querySelectorAll('[data-countdown]').forEach((c) => c.classList.add('d-none'));
  }

  function show(script, index) {
    stop(script);
    const beats = [...script.querySelectorAll('[data-beat]')];
    beats.forEach((b, i) => {
      b.classList.toggle('active', i === index);
      b.toggleAttribute('aria-current', i === index);
      b.classList.toggle('text-muted', i < index);
    });
    const next = script.querySelector('[data-script-next]');
    if (next) {
      next.disabled = index < 0 || index >= beats.length - 1;
    }
    script.dataset.at = String(index);
    const beat = beats[index];
    if (!beat) {
      return;
    }
    let left = Number(beat.dataset.wait || 0);
    if (left > 0 && index < beats.length - 1) {
      const countdown = beat.querySelector('[data-countdown]');
      countdown.textContent = left + ' s';
      countdown.classList.remove('d-none');
      timers.set(script, setInterval(() => {
        left -= 1;
        countdown.textContent = left + ' s';
        if (left <= 0) {
          show(script, index + 1);
        }
      }, 1000));
    }
  }

  document.addEventListener('click', (e) => {
    const button = e.target.closest && e.target.closest('[data-script-start], [data-script-next]');
    const script = button && button.closest('[data-script]');
    if (!script) {
      return;
    }
    if (button.hasAttribute('data-script-start')) {
      show(script, 0);
    } else {
      show(script, Number(script.dataset.at || -1) + 1);
    }
  });
})();

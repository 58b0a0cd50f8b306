// CMP-5: the customer's signature drawn on a canvas (mouse, pen or finger). On submit the drawing goes into the
// form's hidden field as a PNG data URL; an empty pad sends nothing, so the server names the missing signature.
document.addEventListener('DOMContentLoaded', () => {
  document.querySelectorAll('form[data-signature-form]').forEach((form) => {
    const pad = form.querySelector('canvas[data-signature-pad]');
    const value = form.querySelector('[data-signature-value]');
    if (!pad || !value) {
      return;
    }
    const ink = pad.getContext('2d');
    ink.lineWidth = 2.5;
    ink.lineCap = 'round';
    ink.lineJoin = 'round';
    ink.strokeStyle = '#1a1a2e';
    let drawing = false;
    let drawn = false;

    // The pad is drawn at its own resolution whatever size CSS gives it.
    const at = (e) => {
      const box = pad.getBoundingClientRect();
      return { x: (e.clientX - box.left) * (pad.width / box.width), y: (e.clientY - box.top) * (pad.height / box.height) };
    };
    pad.addEventListener('pointerdown', (e) => {
      drawing = true;
      pad.setPointerCapture(e.pointerId);
      const p = at(e);
      ink.beginPath();
      ink.moveTo(p.x, p.y);
      e.preventDefault();
    });
    pad.addEventListener('pointermove', (e) => {
      if (!drawing) {
        return;
      }
      const p = at(e);
      ink.lineTo(p.x, p.y);
      ink.stroke();
      drawn = true;
    });
    const stop = () => { drawing = false; };
    pad.addEventListener('pointerup', stop);
    pad.addEventListener('pointercancel', stop);

    const clear = form.querySelector('[data-signature-clear]');
    if (clear) {
      clear.addEventListener('click', () => {
        ink.clearRect(0, 0, pad.width, pad.height);
        drawn = false;
        value.value = '';
      });
    }
    form.addEventListener('submit', () => {
      value.value = drawn ? pad.toDataURL('image/png') : '';
    });
  });
});

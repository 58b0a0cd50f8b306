// ECharts on CSMS pages (loaded with echarts.min.js by fragments/layout.html when a page passes withCharts=true).
// Every element with a data-chart attribute becomes a chart; its ECharts option is JSON (no functions), taken from:
//   data-chart='{"xAxis": ...}'                      the attribute itself, or
//   data-chart="complaints-by-type"                  the <script type="application/json" id="complaints-by-type">, or
//   data-chart=""                                    the <script type="application/json"> right after the element.
// JSON blocks are data, not scripts, so the CSP (script-src 'self') allows them. Charts follow the window's size and
// are set up again in content that htmx swaps in.
(() => {
  const JSON_BLOCK = 'script[type="application/json"]';

  function optionOf(el) {
    const ref = (el.dataset.chart || '').trim();
    let source = ref;
    if (!ref.startsWith('{')) {
      const block = ref ? document.getElementById(ref) : el.nextElementSibling;
      source = block && block.matches(JSON_BLOCK) ? block.textContent : '';
    }
    try {
      return source ? JSON.parse(source) : null;
    } catch (e) {
      console.error('data-chart: the option is not valid JSON', el, e);
      return null;
    }
  }

  function draw(root) {
    const scope = root && root.querySelectorAll ? root : document;
    const targets = scope.matches && scope.matches('[data-chart]') ? [scope] : [];
    targets.concat(Array.from(scope.querySelectorAll('[data-chart]'))).forEach((el) => {
      if (window.echarts.getInstanceByDom(el)) {
        return;
      }
      const option = optionOf(el);
      if (option) {
        if (el.clientHeight === 0) {
          el.style.height = '20rem'; // a chart needs a height; the page may set its own
        }
        window.echarts.init(el, null, { renderer: 'svg' }).setOption(option);
      }
    });
  }

  function resizeAll() {
    document.querySelectorAll('[data-chart]').forEach((el) => {
      const chart = window.echarts.getInstanceByDom(el);
      if (chart) {
        chart.resize();
      }
    });
  }

  let pending;
  window.addEventListener('resize', () => {
    clearTimeout(pending);
    pending = setTimeout(resizeAll, 100);
  });
  document.addEventListener('DOMContentLoaded', () => draw(document));
  document.addEventListener('htmx:afterSettle', (e) => draw(e.target));
  // Charts in content htmx removes are released with it.
  document.addEventListener('htmx:beforeCleanupElement', (e) => {
    if (e.target.dataset && e.target.dataset.chart !== undefined) {
      window.echarts.dispose(e.target);
    }
  });
})();

// The one script every page loads. It loads the rest only where a page uses it:
// Vega and the chart code where there is a chart, KaTeX where there is a formula,
// each when the chart or formula comes near the viewport, and the code-folding
// button where there is folded code. All files are the site's own; no other host.
// Material's instant navigation swaps page content without a reload, so the work
// hangs on its document$ observable, which emits on the first load and on every
// instant page change. Injected <script> elements stay in <head> across swaps,
// so each library is fetched and run once per visit.

const nxBase = new URL("..", document.currentScript.src); // site root, wherever the site is served

const nxLoaded = new Map();

function nxLoadScript(path) {
  if (!nxLoaded.has(path)) {
    nxLoaded.set(path, new Promise((resolve, reject) => {
      const script = document.createElement("script");
      script.src = new URL(path, nxBase).href;
      script.async = false; // keep the order of dependent libraries
      script.onload = resolve;
      script.onerror = () => reject(new Error("could not load " + path));
      document.head.appendChild(script);
    }));
  }
  return nxLoaded.get(path);
}

function nxLoadStyle(path) {
  const href = new URL(path, nxBase).href;
  if (!document.querySelector(`link[href="${href}"]`)) {
    const link = document.createElement("link");
    link.rel = "stylesheet";
    link.href = href;
    document.head.appendChild(link);
  }
}

// Vega, Vega-Lite, vega-embed and the site's chart code, in order; one promise per visit.
function nxLoadCharts() {
  return Promise.all([
    nxLoadScript("assets/vendor/vega/vega.min.js"),
    nxLoadScript("assets/vendor/vega-lite/vega-lite.min.js"),
    nxLoadScript("assets/vendor/vega-embed/vega-embed.min.js"),
    nxLoadScript("javascripts/charts.js"),
  ]);
}

// A chart's spec: the build moves it out of the page into a file of its own (sitebuild/render/chart_specs.py),
// named in data-nx-spec-src relative to the site's root, so the page's parser never decodes it; a page
// made otherwise (a notebook's own figure) still carries it in data-nx-spec.
function nxChartSpec(element) {
  const src = element.dataset.nxSpecSrc;
  if (!src) return Promise.resolve().then(() => JSON.parse(element.dataset.nxSpec));
  return fetch(new URL(src, nxBase)).then((response) => {
    if (!response.ok) throw new Error(`could not load ${src} (${response.status})`);
    return response.json();
  });
}

// Draw a chart once; the promise settles when it is drawn (or has failed). Its spec and Vega load together.
function nxDrawChart(element) {
  if (element.nxDrawing) return element.nxDrawing;
  element.dataset.nxState = "loading";
  element.nxDrawing = Promise.all([nxLoadCharts(), nxChartSpec(element)])
    .then(([, spec]) => window.nxCharts.draw(element, spec))
    .catch((error) => {
      element.dataset.nxState = "error";
      element.textContent = "This chart could not be drawn: " + error;
      console.error("NeoIndex: chart failed", error);
    });
  return element.nxDrawing;
}

// Draw every chart not drawn yet: for printing (the print edition, or a reader printing a page).
function nxDrawAll() {
  document.querySelectorAll(".nx-chart[data-nx-state='waiting'], .nx-chart:not([data-nx-state])").forEach(nxDrawChart);
  [...document.querySelectorAll(nxMathSelector)]
    .filter((e) => !e.dataset.nxMath && nxTexPattern.test(e.textContent))
    .forEach(nxTypeset);
}
window.nxDrawAll = nxDrawAll;
window.addEventListener("beforeprint", nxDrawAll);

// Charts and formulas are drawn when they come near the viewport; until then no Vega or
// KaTeX is fetched. A chapter's notebook cell is laid out only near the viewport
// (content-visibility in extra.css), and the browser reports no intersection for what sits
// inside a cell not laid out yet: so the observers watch the element's cell, which always
// has a box. One observer per margin; each watched box keeps the work waiting on it.
const nxNear = new Map(); // margin -> { observer, waiting: Map(box -> [work]) }

function nxWhenNear(element, margin, work) {
  if (!("IntersectionObserver" in window) || document.querySelector(".nx-print-page")) {
    work(element);
    return;
  }
  if (!nxNear.has(margin)) {
    const waiting = new Map();
    const observer = new IntersectionObserver((entries) => {
      entries.forEach((entry) => {
        if (!entry.isIntersecting) return;
        observer.unobserve(entry.target);
        (waiting.get(entry.target) || []).forEach((run) => run());
        waiting.delete(entry.target);
      });
    }, { rootMargin: `${margin} 0px` });
    nxNear.set(margin, { observer, waiting });
  }
  const { observer, waiting } = nxNear.get(margin);
  const box = element.closest(".jp-Cell") || element;
  if (!waiting.has(box)) waiting.set(box, []);
  waiting.get(box).push(() => work(element));
  observer.observe(box);
}

function nxWatchCharts(root) {
  root.querySelectorAll(".nx-chart:not([data-nx-state])").forEach((element) => {
    element.dataset.nxState = "waiting";
    nxWhenNear(element, "300px", nxDrawChart);
  });
}

const nxMathSelector = ".arithmatex, .jp-RenderedMarkdown";
const nxTexPattern = /\\\(|\\\[|\$\$|\$[^$\s]/;
const nxMathOptions = {
  delimiters: [
    { left: "\\[", right: "\\]", display: true },
    { left: "$$", right: "$$", display: true },
    { left: "\\(", right: "\\)", display: false },
    { left: "$", right: "$", display: false },
  ],
  throwOnError: false,
};

// KaTeX is fetched when the first formula comes near the viewport, and each formula is
// typeset as it does, so a long chapter does not typeset everything at once.
function nxTypeset(element) {
  if (element.dataset.nxMath) return;
  element.dataset.nxMath = "typesetting";
  nxLoadStyle("assets/vendor/katex/katex.min.css");
  Promise.all([
    nxLoadScript("assets/vendor/katex/katex.min.js"),
    nxLoadScript("assets/vendor/katex/contrib/auto-render.min.js"),
  ]).then(() => {
    renderMathInElement(element, nxMathOptions);
    element.dataset.nxMath = "done";
  }).catch((error) => console.error("NeoIndex: mathematics not typeset", error));
}

function nxDrawMath(root) {
  [...root.querySelectorAll(nxMathSelector)]
    .filter((e) => !e.dataset.nxMath && nxTexPattern.test(e.textContent))
    .forEach((element) => nxWhenNear(element, "600px", nxTypeset));
}

// A jump to an anchor lands where the target is at that moment, but what lies above it is not
// final yet: a chapter's cells are laid out only near the viewport (extra.css), and charts are
// drawn, taller than their placeholders, only as they come into view. So the jump would land
// off target and the table of contents would mark the wrong section. After a jump (Material's
// instant navigation renders the page again and emits document$; without it the browser fires
// hashchange) every cell is laid out and the charts above the target are drawn; then the jump
// is made again, unless the reader has scrolled away meanwhile.
function nxSettleJump(hash) {
  const target = hash && document.getElementById(decodeURIComponent(hash.slice(1)));
  if (!target) return;
  document.querySelectorAll(".jupyter-wrapper:not(.nx-laid-out)").forEach((w) => w.classList.add("nx-laid-out"));
  const above = [...document.querySelectorAll(".nx-chart")].filter(
    (chart) => chart.compareDocumentPosition(target) & Node.DOCUMENT_POSITION_FOLLOWING);
  const jump = ++nxJumps;
  Promise.all(above.map(nxDrawChart)).then(() => requestAnimationFrame(() => {
    if (jump === nxJumps && !nxReaderMoved) target.scrollIntoView();
  }));
  nxReaderMoved = false;
}

// The browser's scroll anchoring moves the page while charts above grow, so a reader's own
// move is told by their input, not by the scroll position.
let nxJumps = 0;
let nxReaderMoved = false;
["wheel", "touchmove", "keydown", "mousedown"].forEach((type) =>
  window.addEventListener(type, () => { nxReaderMoved = true; }, { passive: true, capture: true }));
window.addEventListener("hashchange", () => nxSettleJump(location.hash));

// What a closed <details> keeps aside is no part of the page until the reader opens it; then it
// moves in, once. A folded code cell (sitebuild/render/kept.py) waits in a <noscript class="nx-kept">,
// whose content the browser keeps as text at load; a page that Material's instant navigation brought
// in was parsed without scripts, so there the content is already elements (never shown: a noscript
// is hidden where scripts run). A chart's data table (sitebuild/render/tables.py) waits in a
// <template>. "toggle" does not bubble: one listener, on the way down, serves the visit.
document.addEventListener("toggle", (event) => {
  const details = event.target;
  if (!(details instanceof HTMLDetailsElement) || !details.open) return;
  details.querySelectorAll(":scope > noscript.nx-kept").forEach((kept) => {
    if (kept.firstElementChild) kept.replaceWith(...kept.childNodes);
    else {
      kept.insertAdjacentHTML("beforebegin", kept.textContent);
      kept.remove();
    }
  });
  details.querySelectorAll(":scope > template").forEach((kept) => kept.replaceWith(kept.content));
}, true);

function nxFoldCode() {
  if (!document.querySelector("details.nx-code")) return;
  nxLoadScript("javascripts/code-folding.js")
    .then(() => window.nxAddCodeToggle())
    .catch((error) => console.error("NeoIndex: code-folding button missing", error));
}

// The region comparison (all-regions page, profiles): its code and numbers load when it comes near.
function nxWatchComparisons(root) {
  root.querySelectorAll(".nx-compare:not([data-nx-state])").forEach((element) => {
    nxWhenNear(element, "600px", () => nxLoadScript("javascripts/compare.js")
      .then(() => window.nxCompare.mount(element, nxBase))
      .catch((error) => console.error("NeoIndex: comparison missing", error)));
  });
}

document$.subscribe(() => {
  nxWatchCharts(document);
  nxWatchComparisons(document);
  nxDrawMath(document);
  nxFoldCode();
  nxSettleJump(location.hash);
});

// The language switcher leads to this page in the other edition. Every page exists in every edition at
// the same address under the edition's folder (English at the root, Russian under ru/), so the address
// is worked out when a language is picked: the links the page was built with name the editions' roots,
// and instant navigation keeps the header of the first page read.
const nxEditions = ["ru"]; // the editions other than English, as their folders are named
document.addEventListener("click", (event) => {
  const link = event.target instanceof Element && event.target.closest("a.md-select__link[hreflang]");
  if (!link) return;
  let path = location.href.startsWith(nxBase.href) ? location.href.slice(nxBase.href.length) : "";
  const first = path.split("/")[0];
  if (nxEditions.includes(first)) path = path.slice(first.length + 1);
  const lang = link.getAttribute("hreflang");
  // A full load, not an instant one: the header's own words (search, navigation) change with the language.
  event.preventDefault();
  event.stopPropagation();
  location.assign(new URL((nxEditions.includes(lang) ? lang + "/" : "") + path, nxBase).href);
}, true); // before Material's own handlers see the click

// Search. Material reads the search box on keyup only, so text that arrives without a key
// (a word pasted from a menu, picked from a phone keyboard's suggestions or an input method,
// or typed in a script the keyboard layout lacks) was not searched until the next key, and
// a one-word Russian query waited for a space. Every change of the box's text is passed on
// as a keyup; Material searches each distinct text once.
document.addEventListener("input", (event) => {
  if (event.target.matches && event.target.matches("input.md-search__input")) {
    event.target.dispatchEvent(new KeyboardEvent("keyup"));
  }
}, true);

// The pages' text for search (search/search_documents.json, sitebuild/render/search_worker.py)
// is fetched by the search worker on the first query; it is asked for already when the search
// box opens (a click, a tap, the "/" key: each focuses the box), so the browser's cache has it
// by the time the reader has typed a word.
let nxSearchPrefetched = false;
document.addEventListener("focusin", (event) => {
  if (nxSearchPrefetched || !(event.target.matches && event.target.matches("input.md-search__input"))) return;
  nxSearchPrefetched = true;
  // The edition's own text (sitebuild/render/search_worker.py): search_documents.ru.json on a Russian page.
  const lang = document.documentElement.lang;
  const documents = nxEditions.includes(lang) ? `search/search_documents.${lang}.json` : "search/search_documents.json";
  fetch(new URL(documents, nxBase))
    .then((response) => response.blob()) // read whole, so the cache keeps all of it
    .catch(() => { nxSearchPrefetched = false; });
});

// Material's version selector (mike's versions.json) names its button "Select version" while the
// button shows the version: a name without the visible text (axe: label-content-name-mismatch).
// The button is added once the versions are read, so it is named when it appears.
function nxNameVersionButton() {
  const button = document.querySelector(".md-version__current");
  if (!button || button.dataset.nxNamed) return;
  // In the edition's words (the page's strings, the [js] table); English where a page carries none.
  let said = "Version {version}: select another version";
  try {
    said = JSON.parse(document.querySelector('meta[name="nx-strings"]')?.content || "{}").version_button || said;
  } catch (error) { /* keep the English */ }
  button.setAttribute("aria-label", said.replace("{version}", button.textContent.trim()));
  button.dataset.nxNamed = "1";
}
const nxHeader = document.querySelector(".md-header");
if (nxHeader) new MutationObserver(nxNameVersionButton).observe(nxHeader, { childList: true, subtree: true });

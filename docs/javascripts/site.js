// Draws the site's charts and mathematics with libraries the site serves itself.
// Material's instant navigation swaps page content without a reload, so the work
// hangs on its document$ observable, which emits on the first load and on every
// instant page change.

function drawCharts(root) {
  root.querySelectorAll(".nx-chart:not([data-nx-state])").forEach((element) => {
    element.dataset.nxState = "drawing";
    let spec;
    try {
      spec = JSON.parse(element.dataset.nxSpec);
    } catch (error) {
      element.dataset.nxState = "error";
      console.error("NeoIndex: unreadable chart spec", error);
      return;
    }
    // "editor" would open the Vega editor on another host; the other actions stay local.
    vegaEmbed(element, spec, {
      renderer: "svg",
      actions: { export: true, source: true, compiled: false, editor: false },
    })
      .then(() => { element.dataset.nxState = "drawn"; })
      .catch((error) => {
        element.dataset.nxState = "error";
        element.textContent = "This chart could not be drawn: " + error;
        console.error("NeoIndex: chart failed", error);
      });
  });
}

function drawMath(root) {
  if (typeof renderMathInElement !== "function") return;
  root.querySelectorAll(".arithmatex, .jp-RenderedMarkdown").forEach((element) => {
    renderMathInElement(element, {
      delimiters: [
        { left: "\\[", right: "\\]", display: true },
        { left: "$$", right: "$$", display: true },
        { left: "\\(", right: "\\)", display: false },
        { left: "$", right: "$", display: false },
      ],
      throwOnError: false,
    });
  });
}

document$.subscribe(() => {
  drawCharts(document);
  drawMath(document);
});

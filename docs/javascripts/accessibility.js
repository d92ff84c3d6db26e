// vega-embed draws each chart's action menu as a <details> whose <summary> holds only
// an icon, so a screen reader announces an unnamed control: give it a name. Charts
// draw after the page loads (site.js), so new menus are named as they appear.

const CHART_MENU_NAME = "Chart menu: save the chart as an image or view its source";

function nameChartMenus(root) {
  root.querySelectorAll(".vega-embed > details > summary:not([aria-label])").forEach((summary) => {
    summary.setAttribute("aria-label", CHART_MENU_NAME);
  });
}

document$.subscribe(() => {
  const observer = new MutationObserver(() => nameChartMenus(document));
  document.querySelectorAll(".nx-chart").forEach((chart) => observer.observe(chart, { childList: true, subtree: true }));
  nameChartMenus(document);
});

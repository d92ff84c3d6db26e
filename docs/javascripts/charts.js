// Draws the site's charts with its own Vega, Vega-Lite and vega-embed (site.js loads
// this file and those libraries only on pages with a chart, when a chart comes into view).
//
// Before embedding, each spec is adapted to the width of its container and to the
// page's colour scheme: titles wrap, legends go below and stack when the column is
// narrow, fixed widths shrink, facets stack, axes take fewer ticks, and all text takes
// the scheme's colours on a transparent background. Charts redraw when the width
// changes a lot or the reader switches the scheme. Exported images carry the figure's
// file name and its source line; a chart with sliders gets a reset button, and its
// data download holds the table at the reader's settings.

(function () {
  const NARROW = 560; // px of chart width below which the compact layout applies
  const ACTIONS = 38; // px vega-embed keeps free on the right for its action button
  const CHAR = 0.58; // average glyph width as a share of the font size, for wrapping
  const WIDE_ONLY = "nx_wide_only"; // a layer drawn only where the chart has room (publish/chapter_charts.py)

  const clone = (value) => JSON.parse(JSON.stringify(value));

  // The page's interface words and number format, in its edition's language: the build writes the [js]
  // table of neoindex_core/publish/locales/<lang>.toml into every page (sitebuild/hooks/editions.py).
  const STRINGS = JSON.parse(document.querySelector('meta[name="nx-strings"]')?.content || "{}");
  const say = (key, fallback, fields = {}) =>
    String(STRINGS[key] ?? fallback).replace(/\{(\w+)\}/g, (_, name) => fields[name] ?? "");
  const FORMAT_LOCALE = {
    decimal: say("decimal", "."),
    thousands: say("thousands", ","),
    grouping: [3],
    currency: ["", ""],
    minus: "\u2212", // d3-format's own minus sign, which Vega writes in both editions
  };

  // vega-tooltip writes a tooltip with innerHTML, and its own default escapes only & and <.
  // Every key, value and title of a tooltip is data: all five HTML characters become entities,
  // so a tooltip shows text and never markup, in an element or an attribute.
  const HTML_ENTITIES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
  const escapeHtml = (value) => String(value).replace(/[&<>"']/g, (ch) => HTML_ENTITIES[ch]);

  function schemeColours() {
    const style = getComputedStyle(document.body);
    const read = (name, fallback) => style.getPropertyValue(name).trim() || fallback;
    return {
      dark: document.body.getAttribute("data-md-color-scheme") === "slate",
      fg: read("--md-default-fg-color", "rgba(0,0,0,0.87)"),
      light: read("--md-default-fg-color--light", "rgba(0,0,0,0.54)"),
      lighter: read("--md-default-fg-color--lighter", "rgba(0,0,0,0.32)"),
      lightest: read("--md-default-fg-color--lightest", "rgba(0,0,0,0.07)"),
      bg: read("--md-default-bg-color", "#fff"),
    };
  }

  // Split a text into lines of at most `chars` characters, at spaces.
  function wrap(text, chars) {
    const words = String(text).split(/\s+/).filter(Boolean);
    const lines = [];
    let line = "";
    for (const word of words) {
      if (line && (line + " " + word).length > chars) {
        lines.push(line);
        line = word;
      } else {
        line = line ? line + " " + word : word;
      }
    }
    if (line) lines.push(line);
    return lines.length ? lines : [""];
  }

  function joinText(text) {
    return Array.isArray(text) ? text.join(" ") : text;
  }

  function wrapTitle(spec, width) {
    if (!spec.title) return;
    const title = typeof spec.title === "object" && !Array.isArray(spec.title) ? spec.title : { text: spec.title };
    const size = title.fontSize || 13;
    const subSize = title.subtitleFontSize || 11;
    title.text = wrap(joinText(title.text), Math.max(16, Math.floor(width / (size * CHAR))));
    if (title.subtitle) {
      title.subtitle = wrap(joinText(title.subtitle), Math.max(16, Math.floor(width / (subSize * CHAR))));
    }
    title.anchor = title.anchor || "start";
    title.fontSize = size;
    title.subtitleFontSize = subSize;
    spec.title = title;
  }

  const LEGEND_CHANNELS = ["color", "fill", "stroke", "shape", "size", "opacity", "strokeDash"];

  function eachUnit(spec, visit) {
    if (!spec || typeof spec !== "object") return;
    if (spec.encoding) visit(spec);
    (spec.layer || []).forEach((child) => eachUnit(child, visit));
    ["hconcat", "vconcat", "concat"].forEach((key) => (spec[key] || []).forEach((child) => eachUnit(child, visit)));
    if (spec.spec) eachUnit(spec.spec, visit);
  }

  // Legends below the plot, one or two columns, labels cut to fit.
  function legendsBelow(spec, width) {
    // A legend below starts at the plot's left edge, after the y axis: leave it that room.
    const columns = width >= 480 ? 2 : 1;
    const labelLimit = Math.max(80, Math.floor((width - 70) / columns) - 30);
    eachUnit(spec, (unit) => {
      LEGEND_CHANNELS.forEach((channel) => {
        const definition = unit.encoding[channel];
        if (!definition || typeof definition !== "object" || definition.legend === null) return;
        // a colour gradient lies along the bottom; a list of symbols stacks in columns
        const gradient = definition.type === "quantitative" && LEGEND_CHANNELS.slice(0, 3).includes(channel);
        definition.legend = Object.assign({}, definition.legend || {}, gradient
          ? { orient: "bottom", direction: "horizontal", gradientLength: Math.min(300, width - 60) }
          : { orient: "bottom", direction: "vertical", columns, labelLimit });
      });
    });
  }

  function isFacet(spec) {
    return Boolean(spec.facet || (spec.spec && (spec.row || spec.column)));
  }

  // Axis and legend titles wrap rather than widen the chart (cutting them would lose their unit).
  function wrapGuideTitles(spec, width, narrow) {
    const chars = (px) => Math.max(14, Math.floor(px / (11 * CHAR)));
    eachUnit(spec, (unit) => {
      Object.entries(unit.encoding).forEach(([channel, definition]) => {
        if (!definition || typeof definition !== "object") return;
        const axis = definition.axis && typeof definition.axis === "object" ? definition.axis : null;
        const title = (axis && axis.title) || definition.title;
        if (channel === "x" && typeof title === "string") {
          definition.title = wrap(title, chars(width - 100));
          if (axis) delete axis.title;
        }
        if (channel === "y" && typeof title === "string" && typeof spec.height === "number") {
          definition.title = wrap(title, chars(spec.height - 20));
          if (axis) delete axis.title;
        }
        if (narrow && channel === "y" && definition.type !== "quantitative" && definition.axis !== null) {
          definition.axis = Object.assign({}, axis || {});
          definition.axis.labelLimit = Math.min(definition.axis.labelLimit || 1e9, Math.floor(width * 0.4));
        }
        if (narrow && LEGEND_CHANNELS.includes(channel) && typeof definition.title === "string") {
          definition.title = wrap(definition.title, chars(width - 90));
        }
      });
    });
  }

  // The Vega-Lite spec as it should be drawn in `width` pixels.
  function adaptVegaLite(original, width) {
    const spec = clone(original);
    const narrow = width < NARROW;
    wrapTitle(spec, width - 10);
    spec.config = Object.assign({}, spec.config || {});
    wrapGuideTitles(spec, width, narrow);
    if (narrow) {
      // a layer only for a wide chart (e.g. a slope chart's left-hand names, chapter_charts.WIDE_ONLY)
      if (Array.isArray(spec.layer)) spec.layer = spec.layer.filter((layer) => layer.name !== WIDE_ONLY);
      legendsBelow(spec, width);
      // labels written beside marks are cut (with an ellipsis) rather than widen the chart
      spec.config.text = Object.assign({ limit: Math.floor(width * 0.45) }, spec.config.text || {});
      spec.config.axisXQuantitative = Object.assign({ tickCount: 4 }, spec.config.axisXQuantitative || {});
      spec.config.axisYBand = Object.assign({ labelLimit: Math.floor(width * 0.38) }, spec.config.axisYBand || {});
      spec.config.axisXBand = Object.assign({ labelLimit: 90 }, spec.config.axisXBand || {});
    }
    if (narrow && spec.encoding && spec.encoding.row && typeof spec.encoding.row === "object") {
      // row headers above each row instead of a column of labels at the left
      spec.encoding.row.header = Object.assign({}, spec.encoding.row.header || {}, {
        labelOrient: "top", labelAngle: 0, labelAlign: "left", labelAnchor: "start", labelLimit: width - 20,
      });
    }
    if (isFacet(spec)) {
      const inner = spec.spec || {};
      if (narrow && spec.facet && spec.facet.column && !spec.facet.row) { // side by side -> stacked
        spec.facet.row = spec.facet.column;
        delete spec.facet.column;
      }
      if (narrow && inner.width && typeof inner.width === "object") { // band steps -> the room left
        inner.width = Math.max(140, width - 170);
      }
      if (typeof inner.width === "number") {
        const cell = inner.width + 60;
        if (spec.columns) spec.columns = Math.max(1, Math.min(spec.columns, Math.floor((width - 40) / cell)));
        const room = spec.columns === 1 || spec.facet?.row || spec.row ? width - 90 : inner.width;
        inner.width = Math.max(140, Math.min(inner.width, room));
      }
      if (narrow && spec.facet && spec.facet.row) {
        spec.facet.row.header = Object.assign({}, spec.facet.row.header || {}, {
          labelOrient: "top", labelAngle: 0, labelAlign: "left", labelAnchor: "start", labelLimit: width - 20,
        });
      }
      return spec;
    }
    const tooWide = typeof spec.width === "number" && spec.width + 120 > width;
    const stepped = spec.width && typeof spec.width === "object" && "step" in spec.width && narrow;
    if (spec.width === "container" || tooWide || stepped) {
      // Vega's "fit" leaves out long axis titles, legends below and mark labels, so the plot
      // gets a first guess of its width and "pad" grows the drawing around everything;
      // embed() narrows the plot by what still reaches past the chart's room.
      spec.width = Math.max(120, width - 90);
      spec.autosize = { type: "pad" };
    }
    const aspect = spec.projection && spec.usermeta && spec.usermeta.nxAspect;
    if (aspect && typeof spec.width === "number") {
      // A map has no axis to leave room for: on a phone it takes the column (its legend goes below),
      // and its height follows the country's shape so no band of blank space opens above or below.
      if (narrow) spec.width = Math.max(120, width - 20);
      spec.height = Math.round(spec.width * aspect);
    }
    return spec;
  }

  // The concept map (a Vega spec) fills the column; on a phone it grows taller instead of shrinking its text.
  function adaptVega(original, width, narrow) {
    const spec = clone(original);
    wrapTitle(spec, width - 20);
    if (typeof spec.width === "number" && spec.width > width - 20) {
      const area = spec.width * spec.height;
      spec.width = Math.max(200, width - 20);
      spec.height = Math.round(Math.min(area / spec.width, spec.height * (narrow ? 1.5 : 1)));
    }
    if (narrow) { // a phone: a taller map, nodes pulled towards the vertical axis
      const tighter = { collide: { radius: 40 }, nbody: { strength: -110 }, link: { distance: 80 }, x: { strength: 0.5 } };
      (spec.marks || []).forEach((mark) => (mark.transform || []).forEach((t) => {
        if (t.type !== "force") return;
        t.forces.forEach((force) => Object.assign(force, tighter[force.force] || {}));
      }));
      (spec.legends || []).forEach((legend) => Object.assign(legend, { columns: 3, labelFontSize: 12, titleFontSize: 12 }));
      if (spec.title && typeof spec.title === "object") Object.assign(spec.title, { fontSize: 14, subtitleFontSize: 12 });
      (spec.marks || []).filter((m) => m.type === "text" && m.encode && m.encode.update).forEach((m) => {
        m.encode.update.fontSize = { value: 12 };
      });
    }
    return spec;
  }

  function themeConfig(colours, vega) {
    const { fg, light, lighter, lightest } = colours;
    const axis = {
      labelColor: light, titleColor: fg, domainColor: lighter, tickColor: lighter, gridColor: lightest,
      labelFontSize: 11, titleFontSize: 11,
    };
    const config = {
      background: null,
      title: { color: fg, subtitleColor: light, fontSize: 13, subtitleFontSize: 11 },
      axis,
      legend: { labelColor: fg, titleColor: fg, labelFontSize: 11, titleFontSize: 11 },
      header: { labelColor: fg, titleColor: fg, labelFontSize: 11 },
      view: { stroke: lightest },
    };
    if (vega) config.text = { fill: fg };
    else {
      config.text = { color: fg };
      config.rule = { color: light };
    }
    return config;
  }

  // Add a hidden signal that puts the source line under the title of exported images.
  function exportPatch(source) {
    return (vgSpec) => {
      const signals = vgSpec.signals || (vgSpec.signals = []);
      signals.push({ name: "nx_export", value: false });
      const title = typeof vgSpec.title === "object" && vgSpec.title ? vgSpec.title : { text: vgSpec.title || "" };
      const sub = title.subtitle == null ? [] : [].concat(title.subtitle);
      title.subtitle = { signal: `nx_export ? ${JSON.stringify(sub.concat([source]))} : ${JSON.stringify(sub)}` };
      vgSpec.title = title;
      return vgSpec;
    };
  }

  function download(href, name) {
    const link = document.createElement("a");
    link.href = href;
    link.download = name;
    document.body.appendChild(link);
    link.click();
    link.remove();
  }

  async function exportImage(element, format) {
    const view = element.nxView;
    view.signal("nx_export", true);
    await view.runAsync();
    try {
      const url = await view.toImageURL(format, format === "png" ? 2 : 1);
      download(url, `${element.nxName}.${format}`);
    } finally {
      view.signal("nx_export", false);
      await view.runAsync();
    }
  }

  // Vega writes a slider's value beside it as JavaScript prints a number ("-0.5"), whenever it moves or is
  // reset; the edition's decimal mark and minus sign replace the point and the hyphen as soon as it is written.
  const READOUT_MINUS = say("minus", "-");
  function localiseReadouts(element) {
    if (FORMAT_LOCALE.decimal === "." && READOUT_MINUS === "-") return;
    element.querySelectorAll(".vega-bind input[type=range] + span").forEach((readout) => {
      const write = () => {
        const text = readout.textContent;
        const written = text.replace(".", FORMAT_LOCALE.decimal).replace(/^-/, READOUT_MINUS);
        if (written !== text) readout.textContent = written;
      };
      write();
      new MutationObserver(write).observe(readout, { childList: true, characterData: true, subtree: true });
    });
  }

  function boundParams(spec) {
    return (spec.params || []).filter((p) => p.bind && !p.select && "value" in p);
  }

  // Replace vega-embed's export items with ours (file name and source line), add a reset.
  function addActions(element, spec) {
    const menu = element.querySelector(".vega-actions");
    if (menu) {
      ["svg", "png"].forEach((format) => {
        const item = document.createElement("a");
        item.href = "#";
        item.textContent = say("save_as", "Save as {format}", { format: format.toUpperCase() });
        item.addEventListener("click", (event) => {
          event.preventDefault();
          exportImage(element, format).catch((error) => console.error("NeoIndex: export failed", error));
          menu.parentElement.removeAttribute("open");
        });
        menu.insertBefore(item, menu.firstChild);
      });
    }
    const params = boundParams(spec);
    if (!params.length) return;
    const bindings = element.querySelector(".vega-bindings");
    if (bindings && !bindings.querySelector(".nx-reset")) {
      const reset = document.createElement("button");
      reset.type = "button";
      reset.className = "nx-reset md-button";
      reset.textContent = say("reset", "Reset");
      reset.addEventListener("click", () => {
        params.forEach((p) => element.nxView.signal(p.name, p.value));
        element.nxView.runAsync().then(() => relabel(element));
      });
      bindings.appendChild(reset);
    }
  }

  function csvCell(value) {
    const text = value == null ? "" : String(value);
    return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  }

  // The table behind a chart with sliders, at the reader's settings: the widest dataset
  // the view computed, and one column per slider with its current value.
  function currentTable(element, spec) {
    const view = element.nxView;
    let rows = [];
    // every dataset of the compiled spec, transforms applied, as the view holds it now
    (element.nxDatasets || []).forEach((name) => {
      if (name.endsWith("_store")) return; // a selection's store, not data
      let values;
      try {
        values = view.data(name);
      } catch (error) {
        return;
      }
      if (Array.isArray(values) && values.length && Object.keys(values[0]).length > Object.keys(rows[0] || {}).length) {
        rows = values;
      }
    });
    const params = boundParams(spec);
    const names = params.map((p) => (p.bind.name || p.name).trim());
    const columns = Object.keys(rows[0] || {}).filter((key) => !key.startsWith("Symbol") && key !== "label");
    const lines = [columns.concat(names).map(csvCell).join(",")];
    rows.forEach((row) => {
      const settings = params.map((p) => view.signal(p.name));
      lines.push(columns.map((c) => row[c]).concat(settings).map(csvCell).join(","));
    });
    return lines.join("\n") + "\n";
  }

  function hookDownload(element, spec) {
    if (!boundParams(spec).length) return;
    const link = element.closest(".nx-figure")?.querySelector("a.nx-download");
    if (!link || link.dataset.nxLive) return;
    link.dataset.nxLive = "1";
    link.addEventListener("click", (event) => {
      if (!element.nxView) return;
      event.preventDefault();
      const blob = new Blob([currentTable(element, spec)], { type: "text/csv;charset=utf-8" });
      const url = URL.createObjectURL(blob);
      download(url, link.getAttribute("download"));
      setTimeout(() => URL.revokeObjectURL(url), 1000);
    });
  }

  function overlaps(a, b) {
    return a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
  }

  // Vega-Lite has no label placement. A point label that runs past the chart's right edge
  // moves to the left of its point; one that overlaps a label already placed moves a line
  // up or down; a label that cannot get clear (e.g. a number in a cell too narrow for it)
  // is hidden, and the tooltip still gives it.
  function relabel(element) {
    const svg = element.querySelector(".chart-wrapper svg") || element.querySelector("svg");
    if (!svg) return;
    const edge = svg.getBoundingClientRect().right;
    element.querySelectorAll(".mark-text.role-mark").forEach((group) => {
      const texts = [...group.querySelectorAll("text")];
      if (!texts.length || texts.length > 80) return;
      const symbols = group.parentElement.querySelector(".mark-symbol.role-mark");
      const points = symbols
        ? [...symbols.querySelectorAll("path")].map((p) => p.getBoundingClientRect())
            .map((r) => ({ x: (r.left + r.right) / 2, y: (r.top + r.bottom) / 2, r: r.width / 2 }))
        : [];
      const placed = [];
      texts.forEach((text) => {
        text.style.visibility = "";
        text.removeAttribute("dy");
        if (text.dataset.nxFlipped) {
          text.setAttribute("text-anchor", text.dataset.nxFlipped);
          text.setAttribute("dx", "0");
          delete text.dataset.nxFlipped;
        }
        if (!text.textContent) return;
        let box = text.getBoundingClientRect();
        if (points.length && box.right > edge) {
          const cy = (box.top + box.bottom) / 2;
          const point = points.reduce((best, p) =>
            Math.hypot(p.x - box.left, p.y - cy) < Math.hypot(best.x - box.left, best.y - cy) ? p : best);
          const gap = Math.max(2, box.left - point.x);
          const left = svg.getBoundingClientRect().left;
          text.dataset.nxFlipped = text.getAttribute("text-anchor") || "start";
          if (point.x - gap - box.width >= left) { // to the left of its point
            text.setAttribute("text-anchor", "end");
            text.setAttribute("dx", (-2 * gap).toFixed(1));
          } else { // too long for either side: slide it in from the edge
            text.setAttribute("dx", (edge - box.right - 2).toFixed(1));
          }
          box = text.getBoundingClientRect();
        }
        if (!placed.some((other) => overlaps(box, other))) {
          placed.push(box);
          return;
        }
        const step = box.height * 0.9;
        const moves = points.length ? [step, -step, 2 * step, -2 * step] : [];
        for (const move of moves) {
          const moved = { left: box.left, right: box.right, top: box.top + move, bottom: box.bottom + move };
          if (!placed.some((other) => overlaps(moved, other))) {
            text.setAttribute("dy", move.toFixed(1));
            placed.push(moved);
            return;
          }
        }
        if (texts.length > 1) text.style.visibility = "hidden";
      });
    });
    inkOnCells(element);
  }

  // sRGB channels (0-255) and alpha of a CSS colour as the browser computes it.
  function rgba(colour) {
    const m = String(colour).match(/rgba?\(([^)]+)\)/);
    if (!m) return null;
    const parts = m[1].split(/[ ,/]+/).filter(Boolean).map(Number);
    return { r: parts[0], g: parts[1], b: parts[2], a: parts.length > 3 ? parts[3] : 1 };
  }

  // WCAG 2 relative luminance of {r, g, b} (0-255 channels).
  function luminance(c) {
    const lin = (v) => { v /= 255; return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * lin(c.r) + 0.7152 * lin(c.g) + 0.0722 * lin(c.b);
  }

  // A cell's colour as painted: its fill, with its opacity, over the page's background.
  function paintedFill(shape, page) {
    const style = getComputedStyle(shape);
    const fill = rgba(style.fill);
    if (!fill) return null;
    const alpha = fill.a * parseFloat(style.fillOpacity || "1") * parseFloat(style.opacity || "1");
    if (alpha < 0.05) return null;
    const mix = (k) => fill[k] * alpha + page[k] * (1 - alpha);
    return { r: mix("r"), g: mix("g"), b: mix("b") };
  }

  // Text written on a coloured cell (a heatmap's value, a label inside a bar) is black or white,
  // whichever contrasts more with the cell as painted: the cells' colours are the chart's, the
  // same in both schemes, while the default text colour follows the scheme and would vanish on
  // a pale cell in the dark scheme (or a dark cell in the light one).
  function inkOnCells(element) {
    const svg = element.querySelector(".chart-wrapper svg") || element.querySelector("svg");
    if (!svg) return;
    const page = rgba(getComputedStyle(document.body).backgroundColor) || { r: 255, g: 255, b: 255 };
    const cells = [...svg.querySelectorAll(".mark-rect.role-mark path")]
      .map((shape) => ({ box: shape.getBoundingClientRect(), fill: paintedFill(shape, page) }))
      .filter((cell) => cell.fill && cell.box.width > 0 && cell.box.height > 0);
    if (!cells.length) return;
    svg.querySelectorAll(".mark-text.role-mark text").forEach((text) => {
      const r = text.getBoundingClientRect();
      if (!r.width) return;
      const x = (r.left + r.right) / 2;
      const y = (r.top + r.bottom) / 2;
      let under = null; // the last cell drawn under the text's centre is the one on top
      cells.forEach((cell) => {
        const b = cell.box;
        if (x >= b.left && x <= b.right && y >= b.top && y <= b.bottom) under = cell;
      });
      if (!under) return;
      const l = luminance(under.fill);
      text.setAttribute("fill", (l + 0.05) / 0.05 >= 1.05 / (l + 0.05) ? "#000000" : "#ffffff");
      text.dataset.nxInk = "cell";
    });
  }

  // How far the drawing (texts included) reaches past the room the chart has, in px of the
  // drawing (the page scales an SVG wider than its column down, text included).
  function contentOverflow(element) {
    const svg = element.querySelector(".chart-wrapper svg") || element.querySelector("svg");
    if (!svg) return 0;
    const intrinsic = parseFloat(svg.getAttribute("width")) || svg.getBoundingClientRect().width;
    const box = svg.getBoundingClientRect();
    const scale = box.width / intrinsic || 1;
    let beyond = 0;
    svg.querySelectorAll("text").forEach((t) => {
      if (!t.textContent || t.style.visibility === "hidden") return;
      const r = t.getBoundingClientRect();
      if (r.width) beyond = Math.max(beyond, r.right - box.right, box.left - r.left);
    });
    return Math.max(0, intrinsic - roomWidth(element)) + beyond / scale;
  }

  // The width a chart may take: its column less the room of vega-embed's action button.
  function roomWidth(element) {
    return Math.floor(availableWidth(element) - ACTIONS);
  }

  function availableWidth(element) {
    return Math.floor(element.getBoundingClientRect().width || element.parentElement.getBoundingClientRect().width);
  }

  async function embed(element, shrink = 0, tries = 0) {
    const original = element.nxSpec;
    const isVega = String(original.$schema || "").includes("/vega/");
    const width = roomWidth(element) - shrink;
    const spec = isVega ? adaptVega(original, width, roomWidth(element) < NARROW) : adaptVegaLite(original, width);
    const colours = schemeColours();
    if (element.nxView) element.nxView.finalize();
    const result = await vegaEmbed(element, spec, {
      renderer: "svg",
      // "editor" would open the Vega editor on another host; exports are our own items (see addActions).
      actions: { export: false, source: true, compiled: false, editor: false },
      downloadFileName: element.nxName,
      config: themeConfig(colours, isVega),
      patch: exportPatch(element.nxSource),
      tooltip: { theme: colours.dark ? "dark" : "light", sanitize: escapeHtml },
      formatLocale: FORMAT_LOCALE,
      i18n: { SOURCE_ACTION: say("view_source", "View Source"), CLICK_TO_VIEW_ACTIONS: say("click_actions", "Click to view actions") },
    });
    element.nxView = result.view;
    element.nxDatasets = ((result.vgSpec && result.vgSpec.data) || []).map((data) => data.name);
    element.nxWidth = availableWidth(element);
    element.nxDark = colours.dark;
    // Vega's fit leaves out long axis titles, legends below and mark labels: a drawing that
    // still reaches past its room is drawn again narrower, at most three times.
    relabel(element);
    const overflow = Math.ceil(contentOverflow(element));
    if (overflow > 1 && tries < 4) {
      return embed(element, shrink + overflow + 4, tries + 1);
    }
    addActions(element, spec);
    localiseReadouts(element);
    hookDownload(element, spec);
    nameMenu(element);
    return result;
  }

  // A chart's district menu (a Vega-Lite param named district_choice, bound to a select) shows the district
  // chosen in the all-regions page's comparison (compare.js): the names it announced (window.nxDistrict, in
  // both editions' words), else the page address's ?district=, which the comparison writes and a shared
  // link carries. No district named (every district) brings back the chart's own default. True if changed.
  const DISTRICT_PARAM = "district_choice";
  function showDistrict(element) {
    const names = window.nxDistrict || [new URLSearchParams(location.search).get("district")].filter(Boolean);
    const param = (element.nxSpec.params || []).find(
      (p) => p.name === DISTRICT_PARAM && p.bind && Array.isArray(p.bind.options));
    if (!param || !element.nxView || (!names.length && !window.nxDistrict)) return false;
    const value = names.length ? param.bind.options.find((option) => names.includes(option)) : param.value;
    if (value === undefined || element.nxView.signal(param.name) === value) return false;
    element.nxView.signal(param.name, value);
    return true;
  }

  document.addEventListener("nx-district", () => {
    document.querySelectorAll(".nx-chart[data-nx-state='drawn']").forEach((element) => {
      if (showDistrict(element)) element.nxView.runAsync().then(() => relabel(element));
    });
  });

  // vega-embed's action menu is a <details> whose <summary> holds only an icon, so a
  // screen reader would announce an unnamed control: give it a name at every drawing.
  const MENU_NAME = say("menu_name", "Chart menu: save the chart as an image or view its source");
  function nameMenu(element) {
    element.querySelectorAll(".vega-embed > details > summary").forEach((summary) => {
      summary.setAttribute("aria-label", MENU_NAME);
    });
  }

  // Draw `element` from `spec` (site.js reads it from the chart's file), or from its data-nx-spec attribute.
  function draw(element, spec) {
    if (!spec) {
      try {
        spec = JSON.parse(element.dataset.nxSpec);
      } catch (error) {
        element.dataset.nxState = "error";
        console.error("NeoIndex: unreadable chart spec", error);
        return Promise.resolve();
      }
    }
    const figure = element.closest(".nx-figure");
    element.nxSpec = spec;
    element.nxName = (figure && figure.id ? figure.id.replace(/^fig-/, "") : "") || "neoindex-chart";
    element.nxSource = (figure && figure.querySelector(".nx-source")?.textContent) || "Source: NeoIndex";
    element.dataset.nxState = "drawing";
    return embed(element)
      .then(() => (showDistrict(element) ? element.nxView.runAsync().then(() => relabel(element)) : null))
      .then(() => {
        element.dataset.nxState = "drawn";
        watch(element);
        element.addEventListener("input", () => setTimeout(() => relabel(element), 60));
      })
      .catch((error) => {
        element.dataset.nxState = "error";
        element.textContent = say("not_drawn", "This chart could not be drawn: ") + error;
        console.error("NeoIndex: chart failed", error);
      });
  }

  // Redraw when the column width changes by more than a little, or the scheme changes.
  let resizeObserver = null;
  function watch(element) {
    if (!("ResizeObserver" in window)) return;
    if (!resizeObserver) {
      resizeObserver = new ResizeObserver((entries) => {
        entries.forEach((entry) => {
          const el = entry.target;
          if (el.dataset.nxState !== "drawn" || !el.isConnected) return;
          if (Math.abs(availableWidth(el) - el.nxWidth) > 24) redraw(el);
        });
      });
    }
    resizeObserver.observe(element);
  }

  function redraw(element) {
    // keep the reader's slider settings across the redraw
    const params = boundParams(element.nxSpec);
    const values = element.nxView ? params.map((p) => element.nxView.signal(p.name)) : [];
    element.dataset.nxState = "drawing";
    return embed(element).then(() => {
      params.forEach((p, i) => element.nxView.signal(p.name, values[i]));
      return element.nxView.runAsync();
    }).then(() => {
      relabel(element);
      element.dataset.nxState = "drawn";
    }).catch((error) => console.error("NeoIndex: redraw failed", error));
  }

  new MutationObserver(() => {
    const dark = document.body.getAttribute("data-md-color-scheme") === "slate";
    document.querySelectorAll(".nx-chart[data-nx-state='drawn']").forEach((element) => {
      if (element.nxDark !== dark) redraw(element);
    });
  }).observe(document.body, { attributes: true, attributeFilter: ["data-md-color-scheme"] });

  window.nxCharts = { draw, adaptVegaLite, adaptVega, wrap, inkOnCells };
})();

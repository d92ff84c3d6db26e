// The region comparison on the all-regions page and on each profile (sitebuild/regions.py writes the
// placeholder and regions/compare.json). The reader picks any regions, from any district, and sees each
// with its rank and its rank interval (5-95 % of the audit's runs); the blocks' weights give a second
// ranking, computed here as the chapter defines the index: the weighted mean of the four block scores,
// sum(w_b * s_b) / sum(w_b), which with equal weights is the published index. The choice (regions,
// district, weights) lives in the page's address, so a copied link opens the same comparison.
// Region names come from the data: they are set as text, never as markup. The words come from the
// strings the page carries (<meta name="nx-strings">, the [js] table of the edition's language), and the
// placeholder's data-nx-lang picks the names (region_ru, district_ru) and the edition of the profile links.

(function () {
  const QUERY = { regions: "compare", district: "district", weights: "weights" };
  const MAX_WEIGHT = 10;

  function element(tag, properties = {}, children = []) {
    const node = document.createElement(tag);
    Object.entries(properties).forEach(([key, value]) => {
      if (key === "text") node.textContent = value;
      else if (key in node && !key.startsWith("aria") && key !== "role") node[key] = value;
      else node.setAttribute(key, value);
    });
    children.forEach((child) => node.append(child));
    return node;
  }

  // The page's strings, read when a comparison is built (a language change is a full page load).
  function strings() {
    try {
      return JSON.parse(document.querySelector('meta[name="nx-strings"]')?.content || "{}");
    } catch (error) {
      return {};
    }
  }

  function words() {
    const table = { decimal: ".", thousands: ",", ...strings() }; // every key is in each edition's [js] table
    return (key, fields = {}) => String(table[key] ?? key).replace(/\{(\w+)\}/g, (all, name) => (name in fields ? String(fields[name]) : all));
  }

  function label(block, say) {
    const key = "compare_block_" + block.replace(/\W+/g, "_");
    const named = say(key);
    return named !== key ? named : block.charAt(0).toUpperCase() + block.slice(1);
  }

  // Rank 1 is the highest index; equal indices share a rank.
  function weightedRanks(regions, weights) {
    const total = weights.reduce((a, b) => a + b, 0);
    const index = new Map(regions.map((r) => [r.slug,
      total > 0 ? r.scores.reduce((sum, score, b) => sum + weights[b] * score, 0) / total : NaN]));
    const values = [...index.values()];
    const rank = new Map([...index].map(([slug, value]) => [slug, 1 + values.filter((v) => v > value).length]));
    return { index, rank };
  }

  // The state in the address: ?compare=a,b&district=Volga&weights=1,1,2,1 (each part optional).
  function readState(data, fixed) {
    const query = new URLSearchParams(location.search);
    const known = new Set(data.regions.map((r) => r.slug));
    const picked = (query.get(QUERY.regions) || "").split(",").filter((slug) => known.has(slug));
    const districts = new Set(data.regions.map((r) => r.district));
    const district = districts.has(query.get(QUERY.district)) ? query.get(QUERY.district) : "";
    let weights = (query.get(QUERY.weights) || "").split(",").map(Number);
    if (weights.length !== data.blocks.length || weights.some((w) => !(w >= 0 && w <= MAX_WEIGHT))) {
      weights = data.blocks.map(() => 1);
    }
    const regions = [...new Set([...(fixed ? [fixed] : []), ...picked])];
    return { regions, district, weights };
  }

  function writeState(state, fixed) {
    const url = new URL(location.href);
    const picked = state.regions.filter((slug) => slug !== fixed);
    const set = (key, value) => (value ? url.searchParams.set(key, value) : url.searchParams.delete(key));
    set(QUERY.regions, picked.join(","));
    set(QUERY.district, state.district);
    set(QUERY.weights, state.weights.every((w) => w === 1) ? "" : state.weights.join(","));
    url.search = url.searchParams.toString().replace(/%2C/g, ","); // commas read better than %2C in a shared link
    history.replaceState(history.state, "", url.href);
    return url;
  }

  function build(container, data) {
    const fixed = container.dataset.nxRegion || "";
    const say = words();
    const lang = container.dataset.nxLang || "en";
    const russian = lang === "ru";
    const regionName = (r) => (russian && r.region_ru ? r.region_ru : r.region);
    const districtName = (d) => (russian ? districtsRu.get(d) || d : d);
    const districtsRu = new Map(data.regions.map((r) => [r.district, r.district_ru || r.district]));
    const edition = lang === "en" ? "" : `${lang}/`; // the Russian profiles are under ru/
    const decimal = (text) => text.replace(".", say("decimal"));
    const grouped = (count) => String(count).replace(/\B(?=(\d{3})+(?!\d))/g, say("thousands")); // 10 000 in Russian
    const bySlug = new Map(data.regions.map((r) => [r.slug, r]));
    const state = readState(data, bySlug.has(fixed) ? fixed : "");
    const districts = [...new Set(data.regions.map((r) => r.district))].sort();
    const n = data.regions.length;
    const uid = container.id || "nx-compare";

    const districtSelect = element("select", { id: `${uid}-district` }, [
      element("option", { value: "", text: say("compare_all_districts") }),
      ...districts.map((d) => element("option", { value: d, text: districtName(d) })),
    ]);
    const addSelect = element("select", { id: `${uid}-add` });
    const weightInputs = data.blocks.map((block, b) => element("input", {
      type: "number", id: `${uid}-w${b}`, min: "0", max: String(MAX_WEIGHT), step: "0.5", inputMode: "decimal",
    }));
    const equal = element("button", { type: "button", className: "md-button", text: say("compare_equal") });
    const copy = element("button", { type: "button", className: "md-button", text: say("compare_copy") });
    const share = element("a", { className: "nx-compare__link", text: say("compare_link") });
    const status = element("span", { className: "nx-compare__status", role: "status" });
    const body = element("tbody");
    const table = element("table", { className: "nx-compare__table" }, [
      element("caption", { text: say("compare_caption", { n, year: data.year }) }),
      element("thead", {}, [element("tr", {}, [
        element("th", { scope: "col", text: say("compare_region") }),
        element("th", { scope: "col", text: say("compare_rank", { runs: grouped(data.runs) }) }),
        element("th", { scope: "col", text: say("compare_weighted") }),
      ])]),
      body,
    ]);
    const empty = element("p", { className: "nx-compare__empty", text: say("compare_empty") });

    container.replaceChildren(
      element("div", { className: "nx-compare__controls" }, [
        element("label", { htmlFor: districtSelect.id, text: say("compare_district") }), districtSelect,
        element("label", { htmlFor: addSelect.id, text: say("compare_add") }), addSelect,
      ]),
      element("fieldset", { className: "nx-compare__weights" }, [
        element("legend", { text: say("compare_weights") }),
        ...data.blocks.flatMap((block, b) => [
          element("label", { htmlFor: weightInputs[b].id, className: "nx-compare__weight" },
            [document.createTextNode(label(block, say)), weightInputs[b]]),
        ]),
        equal,
      ]),
      element("div", { className: "nx-compare__scroll", tabIndex: 0, role: "region", "aria-label": say("compare_table") },
        [table]),
      empty,
      element("p", { className: "nx-compare__share" }, [share, copy, status]),
    );

    function fillAddList() {
      const shown = data.regions
        .filter((r) => !state.regions.includes(r.slug) && (!state.district || r.district === state.district));
      const groups = (state.district ? [state.district] : districts).map((d) => element("optgroup", { label: districtName(d) },
        shown.filter((r) => r.district === d).map((r) => element("option", { value: r.slug, text: `${regionName(r)} (#${r.rank})` }))));
      addSelect.replaceChildren(element("option", { value: "", text: say("compare_choose", { n: shown.length }) }), ...groups);
    }

    function band(region) {
      const x = (rank) => ((rank - 1) / Math.max(n - 1, 1)) * 100;
      const track = element("span", { className: "nx-band", "aria-hidden": "true" }, [
        element("span", { className: "nx-band__range" }),
        element("span", { className: "nx-band__rank" }),
      ]);
      track.firstChild.style.left = `${x(region.p05)}%`;
      track.firstChild.style.width = `${Math.max(x(region.p95) - x(region.p05), 0.8)}%`;
      track.lastChild.style.left = `${x(region.rank)}%`;
      return track;
    }

    function render() {
      districtSelect.value = state.district;
      weightInputs.forEach((input, b) => { if (Number(input.value) !== state.weights[b]) input.value = state.weights[b]; });
      fillAddList();
      const { index, rank } = weightedRanks(data.regions, state.weights);
      const rows = state.regions.map((slug) => bySlug.get(slug)).sort((a, b) => rank.get(a.slug) - rank.get(b.slug) || a.rank - b.rank);
      body.replaceChildren(...rows.map((r) => {
        const remove = element("button", { type: "button", className: "nx-compare__remove", text: say("compare_remove"),
          "aria-label": say("compare_remove_region", { region: regionName(r) }) });
        remove.hidden = r.slug === fixed; // a profile's own region stays
        remove.addEventListener("click", () => update({ regions: state.regions.filter((s) => s !== r.slug) }));
        const interval = `${Math.round(r.p05)}–${Math.round(r.p95)}`;
        const weighted = Number.isFinite(index.get(r.slug)) ? `${rank.get(r.slug)} (${decimal(index.get(r.slug).toFixed(3))})` : "–";
        return element("tr", { "data-nx-slug": r.slug }, [
          element("th", { scope: "row" }, [
            element("a", { href: new URL(`${edition}regions/${r.slug}/`, container.nxBase).href, text: regionName(r) }),
            element("span", { className: "nx-compare__district" }, [document.createTextNode(districtName(r.district)), remove]),
          ]),
          element("td", {}, [element("span", { className: "nx-compare__rank", text: `${r.rank} (${interval})` }), band(r)]),
          element("td", { className: "nx-compare__weighted", text: weighted }),
        ]);
      }));
      table.hidden = rows.length === 0;
      empty.hidden = rows.length > 0;
      const url = writeState(state, fixed);
      url.hash = container.id;
      share.href = url.href;
    }

    function update(change) {
      Object.assign(state, change);
      render();
      if ("district" in change) announceDistrict(state.district);
    }

    // The charts' own district menus follow the comparison's district (charts.js): the page keeps it in
    // window.nxDistrict for a chart drawn later and tells the charts drawn already with an "nx-district"
    // event. It names the district in both editions' words, as a Russian chart's menu lists it in Russian;
    // none (every district) lets each chart go back to its own default.
    function announceDistrict(district) {
      window.nxDistrict = district ? [district, districtName(district)] : [];
      document.dispatchEvent(new CustomEvent("nx-district", { detail: window.nxDistrict }));
    }

    districtSelect.addEventListener("change", () => update({ district: districtSelect.value }));
    addSelect.addEventListener("change", () => {
      if (!addSelect.value) return;
      const slug = addSelect.value;
      update({ regions: [...state.regions, slug] });
      addSelect.focus();
      status.textContent = say("compare_added", { region: regionName(bySlug.get(slug)) });
    });
    weightInputs.forEach((input, b) => input.addEventListener("input", () => {
      const value = Number(input.value);
      if (input.value === "" || !(value >= 0 && value <= MAX_WEIGHT)) return; // wait for a valid number
      update({ weights: state.weights.map((w, i) => (i === b ? value : w)) });
    }));
    equal.addEventListener("click", () => update({ weights: data.blocks.map(() => 1) }));
    copy.addEventListener("click", () => {
      const done = () => { status.textContent = say("compare_copied"); };
      if (navigator.clipboard) {
        navigator.clipboard.writeText(share.href).then(done, () => { status.textContent = share.href; });
      } else {
        status.textContent = share.href;
      }
    });
    render();
    if (state.district) announceDistrict(state.district);
    container.dataset.nxState = "ready";
  }

  function mount(container, base) {
    if (container.dataset.nxState) return Promise.resolve();
    container.dataset.nxState = "loading";
    container.nxBase = base;
    return fetch(new URL(container.dataset.nxData, base))
      .then((response) => {
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        return response.json();
      })
      .then((data) => build(container, data))
      .catch((error) => {
        container.dataset.nxState = "error";
        container.textContent = words()("compare_failed", { error });
        console.error("NeoIndex: comparison failed", error);
      });
  }

  window.nxCompare = { mount, weightedRanks };
})();

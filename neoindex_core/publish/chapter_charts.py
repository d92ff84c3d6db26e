"""Chart builders for the study chapters, so that a notebook cell reads as one short call.

Each builder takes a tidy table (computed in :mod:`neoindex_core.studies`), draws it with
Altair and returns the published :class:`~neoindex_core.publish.charts.Figure`: title,
units in brackets, tooltips, source line and a CSV download, as
:func:`neoindex_core.publish.charts.publish` demands. Builders know nothing of any study;
labels and thresholds come in as arguments.
"""

from __future__ import annotations

import math

import altair as alt
import pandas as pd

from neoindex_core.publish import charts, diagrams, locale

GROUP_COLOURS = ["#c0392b", "#e67e22", "#7f8c8d", "#27ae60"]
# Beyond this many series a legend cannot be matched to lines by colour alone: lines are labelled at their ends.
MANY_SERIES = 8
# Vega's categorical schemes: ten colours, then twenty (each tableau10 hue in a dark and a light shade).
PALETTES = {10: "tableau10", 20: "tableau20"}
LABEL_FONT = 11
# The height of one end label's box at LABEL_FONT (ascent and descent) plus a pixel: labels this far apart never touch.
LABEL_GAP = 14
LINE_HEIGHT = 280  # px of a line chart's plot


def _label(key: str, lang: str, **fields) -> str:
    """A builder's own label (a tooltip, a legend) in ``lang``, from the interface strings' ``chapter_chart`` table."""
    return locale.text(f"chapter_chart.{key}", lang, **fields)


def _word(key: str, lang: str, **fields) -> str:
    """A builder's fixed word (a tooltip's field, a slider's name, a label drawn on the chart) in ``lang``.

    From the interface strings' ``builder`` table, so every chapter's charts say it in the page's language.
    """
    return locale.text(f"builder.{key}", lang, **fields)


def _expression(key: str, lang: str, **fields: str) -> str:
    """A Vega expression that writes the builder's word ``key`` with each ``{field}`` the value of an expression.

    ``_expression("at_most", "en", high="format(datum.high, '.0f')")`` is
    ``'at most ' + format(datum.high, '.0f') + ' % (no lower bound stated)'``.
    """
    quoted = {name: f"' + {expression} + '" for name, expression in fields.items()}
    return "'" + _word(key, lang, **quoted) + "'"


def _title(title: str, subtitle: str = "") -> alt.Title:
    return alt.Title(title, subtitle=subtitle) if subtitle else alt.Title(title)


def series_scale(count: int) -> alt.Scale:
    """A categorical colour scale that gives each of ``count`` series a colour of its own.

    Vega's default scheme has ten colours and repeats them, so an eleventh series would share the first one's
    colour; up to twenty series take ``tableau20``. More than twenty cannot be told apart by colour: draw small
    multiples instead.

    Raises
    ------
    ValueError
        If ``count`` exceeds twenty.
    """
    for size, scheme in sorted(PALETTES.items()):
        if count <= size:
            return alt.Scale(scheme=scheme)
    raise ValueError(f"{count} series cannot each have a colour of their own: draw small multiples")


def dodge(positions: list[float], gap: float, low: float, high: float) -> list[float]:
    """Move label positions (pixels, in any order) apart so that neighbours are at least ``gap`` apart.

    Labels keep their order; each moves as little as a forward pass (push down what is too close to the
    label above) and a backward pass (push up from the bottom edge ``high``) allow. With more labels than
    ``(high - low) / gap`` they cannot all fit and end up ``gap`` apart from ``low`` downwards.

    Parameters
    ----------
    positions : list of float
        Wanted positions, e.g. the pixel row where each line ends.
    gap : float
        Smallest distance between two labels' positions.
    low, high : float
        The range the labels must stay in.

    Returns
    -------
    list of float
        The new positions, in the order given.
    """
    order = sorted(range(len(positions)), key=lambda i: positions[i])
    placed = [min(max(positions[i], low), high) for i in order]
    for k in range(1, len(placed)):
        placed[k] = max(placed[k], placed[k - 1] + gap)
    if placed and placed[-1] > high:
        placed[-1] = high
        for k in range(len(placed) - 2, -1, -1):
            placed[k] = min(placed[k], placed[k + 1] - gap)
        if placed[0] < low:  # too many to fit: from the top down, gap apart
            placed[0] = low
            for k in range(1, len(placed)):
                placed[k] = max(placed[k], placed[k - 1] + gap)
    result = [0.0] * len(positions)
    for k, i in enumerate(order):
        result[i] = placed[k]
    return result


def end_labels(
    frame: pd.DataFrame,
    *,
    series: str,
    x: str,
    y: str,
    domain: tuple[float, float],
    height: int,
    log: bool = False,
    reverse: bool = False,
    end: str = "last",
) -> pd.DataFrame:
    """Where to write each series' name beside the last (or first) point of its line, clear of the others.

    The value axis maps ``domain`` onto ``height`` pixels (top to bottom unless ``reverse``; on a log scale if
    ``log``); each label starts at its line's end and :func:`dodge` moves it just far enough from its
    neighbours (:data:`LABEL_GAP` pixels). The chart must use the same ``domain`` without rounding it
    (``nice=False``), or the labels drift from their lines.

    Returns
    -------
    DataFrame
        One row per series: ``series``, ``x`` (where the line ends), ``y`` (its value there) and
        ``label_y`` (the label's position in the value axis' units).
    """
    low, high = (math.log(v) for v in domain) if log else domain
    scale = math.log if log else float

    def to_px(value: float) -> float:
        share = (scale(value) - low) / (high - low)
        return height * share if reverse else height * (1 - share)

    def from_px(px: float) -> float:
        share = px / height if reverse else 1 - px / height
        value = low + share * (high - low)
        return math.exp(value) if log else value

    valid = frame.dropna(subset=[y])
    pick = valid.groupby(series)[x].idxmax() if end == "last" else valid.groupby(series)[x].idxmin()
    ends = valid.loc[pick.values, [series, x, y]].reset_index(drop=True)
    half = LABEL_GAP / 2
    placed = dodge([to_px(v) for v in ends[y]], LABEL_GAP, half, height - half)
    return ends.assign(label_y=[from_px(px) for px in placed])


def line_chart(
    frame: pd.DataFrame,
    *,
    y: str,
    y_title: str,
    title: str,
    source: str,
    filename: str,
    colour: str | None = None,
    colour_title: str = "",
    subtitle: str = "",
    log: bool = False,
    reference: float | None = None,
    computed_by: str | None = None,
    value_format: str = ",.1f",
    x_title: str | None = None,
    y_domain: list | None = None,
    line_colour: str | None = None,
    label_ends: bool | None = None,
    lang: str = locale.DEFAULT,
) -> charts.Figure:
    """Yearly lines (column ``year``) of ``y``, one per value of ``colour``; an optional horizontal reference line.

    Parameters
    ----------
    frame : DataFrame
        Columns ``year``, ``y`` and, if given, ``colour``.
    y_title : str
        Axis title ending with its unit in brackets.
    reference : float, optional
        A value drawn as a dashed rule (e.g. 100 for an index of the previous year).
    x_title : str
        Title of the year axis (by default "Year" in ``lang``, for calendar years; with a unit in brackets otherwise).
    lang : str
        The language of the builder's own labels (:mod:`neoindex_core.publish.locale`).
    y_domain : list, optional
        ``[low, high]`` of the value axis; by default it fits the data.
    line_colour : str, optional
        Colour of a single line (without ``colour``).
    label_ends : bool, optional
        Write each line's name at its last point instead of a legend, clear of the other names
        (:func:`end_labels`; in the page's text colour, as the paler of twenty colours would not
        read as text), and let a tap on a line bring it forward. By default only beyond
        :data:`MANY_SERIES` lines. Every line has a colour of its own (:func:`series_scale`).
    """
    x_title = _label("year", lang) if x_title is None else x_title
    series = frame[colour].nunique() if colour else 1
    labelled = series > MANY_SERIES if label_ends is None else label_ends and bool(colour)
    if labelled:
        # End labels are placed in pixels (end_labels), so the axis keeps exactly the domain they were placed on.
        values = frame[y].dropna()
        low, high = y_domain or (float(values.min()), float(values.max()))
        if reference is not None and not y_domain:
            low, high = min(low, reference), max(high, reference)
        if not log:
            pad = (high - low) * 0.04 or 1.0
            low, high = (low, high) if y_domain else (low - pad, high + pad)
        scale = alt.Scale(type="log" if log else "linear", domain=[low, high], nice=False, zero=False)
    elif log:
        scale = alt.Scale(type="log")
    else:
        scale = alt.Scale(domain=y_domain) if y_domain else alt.Scale(zero=False)
    tooltip = [
        alt.Tooltip("year:Q", title=_label("year", lang), format="d"),
        alt.Tooltip(f"{y}:Q", title=y_title, format=value_format),
    ]
    encoding = {
        "x": alt.X("year:Q", title=x_title, axis=alt.Axis(format="d", tickMinStep=1)),
        "y": alt.Y(f"{y}:Q", title=y_title, scale=scale),
    }
    picked = None
    if colour:
        # Labelled lines need no legend; a tap (or click) on a line brings it forward, a double tap clears.
        legend = None if labelled else alt.Undefined
        encoding["color"] = alt.Color(
            f"{colour}:N", title=colour_title or colour, scale=series_scale(series), legend=legend
        )
        tooltip.insert(0, alt.Tooltip(f"{colour}:N", title=colour_title or colour))
        if labelled:
            picked = alt.selection_point(fields=[colour], on="click", clear="dblclick", name="picked_series")
            encoding["opacity"] = alt.condition(picked, alt.value(1.0), alt.value(0.2))
    mark = {"point": True, "color": line_colour} if line_colour else {"point": True}
    chart = alt.Chart(frame).mark_line(**mark).encode(**encoding, tooltip=tooltip)
    if picked is not None:
        chart = chart.add_params(picked)
    if labelled:
        names = end_labels(frame, series=colour, x="year", y=y, domain=(low, high), height=LINE_HEIGHT, log=log)
        chart = chart + alt.Chart(names).mark_text(align="left", dx=8, fontSize=LABEL_FONT).encode(
            x="year:Q",
            y=alt.Y("label_y:Q", scale=scale),
            text=f"{colour}:N",
            opacity=alt.condition(picked, alt.value(1.0), alt.value(0.35)),
            tooltip=[alt.Tooltip(f"{colour}:N", title=colour_title or colour)],
        )
    if reference is not None:
        rule = alt.Chart(pd.DataFrame({y: [reference]})).mark_rule(strokeDash=[4, 3], color="gray").encode(y=f"{y}:Q")
        chart = chart + rule
    chart = chart.properties(title=_title(title, subtitle), width="container", height=LINE_HEIGHT)
    return charts.publish(chart, data=frame, source=source, filename=filename, computed_by=computed_by)


def bars(
    frame: pd.DataFrame,
    *,
    x: str,
    y: str,
    x_title: str,
    title: str,
    source: str,
    filename: str,
    subtitle: str = "",
    colour: str | None = None,
    colour_title: str = "",
    colours: dict[str, str] | None = None,
    colour_sort: list[str] | None = None,
    tooltip: list | None = None,
    domain: list | None = None,
    sort=None,
    reference: float | None = None,
    reference_note: str = "",
    value_labels: bool = False,
    step: int = 20,
    data: pd.DataFrame | None = None,
    computed_by: str | None = None,
    y_title: str | None = None,
    lang: str = locale.DEFAULT,
) -> charts.Figure:
    """Horizontal bars of ``x`` (quantitative) by ``y`` (a category), with an optional vertical reference rule.

    Parameters
    ----------
    frame : DataFrame
        Columns ``x``, ``y`` and, if given, ``colour``.
    x_title : str
        Axis title ending with its unit in brackets.
    colours : dict, optional
        Value of ``colour`` -> colour, fixing the palette (e.g. green for positive).
    colour_sort : list of str, optional
        Order of the ``colour`` values in the legend.
    reference, reference_note : float, str
        A vertical rule at ``reference``; with a note it is dashed and its tooltip says what it is.
    value_labels : bool
        Print each bar's value (one decimal) at its end.
    step : int
        Height of one bar's band in pixels.
    data : DataFrame, optional
        The table offered for download; ``frame`` by default.
    y_title : str, optional
        What the categories are, for the tooltip (the axis itself has no title); the column's name by default.
    lang : str
        The language of the builder's own words (the reference line's tooltip).
    """
    colour_scale = alt.Scale(domain=list(colours), range=list(colours.values())) if colours else alt.Undefined
    y_axis = alt.Y(f"{y}:N", title=None, sort=sort, axis=alt.Axis(labelLimit=330))
    encoding = {
        "y": y_axis,
        "x": alt.X(f"{x}:Q", title=x_title, scale=alt.Scale(domain=domain) if domain else alt.Undefined),
        "tooltip": tooltip
        or [alt.Tooltip(f"{y}:N", title=y_title or y), alt.Tooltip(f"{x}:Q", title=x_title, format=",.1f")],
    }
    if colour:
        encoding["color"] = alt.Color(
            f"{colour}:N",
            title=colour_title or colour,
            sort=colour_sort or alt.Undefined,
            scale=colour_scale,
            legend=alt.Legend(orient="bottom"),
        )
    chart = alt.Chart(frame).mark_bar().encode(**encoding)
    if value_labels:
        chart = chart + alt.Chart(frame).mark_text(align="left", dx=4, fontSize=11).encode(
            y=alt.Y(f"{y}:N", sort=sort), x=f"{x}:Q", text=alt.Text(f"{x}:Q", format=".1f")
        )
    if reference is not None:
        rule = alt.Chart(pd.DataFrame({x: [reference], "what": [reference_note]}))
        if reference_note:
            rule = rule.mark_rule(strokeDash=[4, 3], color="black").encode(
                x=f"{x}:Q", tooltip=[alt.Tooltip("what:N", title=_label("reference_line", lang))]
            )
        else:
            rule = rule.mark_rule(color="gray").encode(x=f"{x}:Q")
        chart = chart + rule
    chart = chart.properties(title=_title(title, subtitle), width="container", height=alt.Step(step))
    shown = frame if data is None else data
    return charts.publish(chart, data=shown, source=source, filename=filename, computed_by=computed_by)


def panel_bars(
    frame: pd.DataFrame,
    *,
    x: str,
    y: str,
    panel: str,
    panels: list[str],
    x_title: str,
    title: str,
    source: str,
    filename: str,
    subtitle: str = "",
    tooltip: list | None = None,
    domain: list | None = None,
    data: pd.DataFrame | None = None,
    colour: str = "#6d4c41",
) -> charts.Figure:
    """Horizontal bars of ``x`` by ``y`` in one row of panels per value of ``panel`` (in the order ``panels``).

    Each panel keeps only its own categories (independent ``y`` scales); bars keep the
    order of ``frame``. ``data`` is the table offered for download (``frame`` by default).
    """
    chart = (
        alt.Chart(frame)
        .mark_bar(color=colour)
        .encode(
            y=alt.Y(f"{y}:N", title=None, sort=None),
            x=alt.X(f"{x}:Q", title=x_title, scale=alt.Scale(domain=domain) if domain else alt.Undefined),
            row=alt.Row(
                f"{panel}:N",
                title=None,
                sort=panels,
                header=alt.Header(labelAngle=0, labelAlign="left", labelFontWeight="bold"),
            ),
            tooltip=tooltip or [alt.Tooltip(f"{y}:N"), alt.Tooltip(f"{x}:Q", title=x_title, format=",.1f")],
        )
        .resolve_scale(y="independent")
        .properties(title=_title(title, subtitle), width=420)
    )
    shown = frame if data is None else data
    return charts.publish(chart, data=shown, source=source, filename=filename)


def strip_by_group(
    frame: pd.DataFrame,
    *,
    x: str,
    group: str,
    facet: str,
    x_title: str,
    title: str,
    source: str,
    filename: str,
    marks: pd.DataFrame | None = None,
    subtitle: str = "",
    reference: float | None = None,
    computed_by: str | None = None,
    group_title: str | None = None,
    lang: str = locale.DEFAULT,
) -> charts.Figure:
    """One dot per row along ``x``, a row of dots per ``group``, a column per ``facet``; ``marks`` adds ticks.

    Parameters
    ----------
    frame : DataFrame
        Columns ``region``, ``x``, ``group`` and ``facet``.
    marks : DataFrame, optional
        Same columns; drawn as black ticks, e.g. the district's own index.
    group_title : str, optional
        The tooltip's name for ``group`` (the column's name when not given).
    lang : str
        The language of the builder's own labels (the region's tooltip).
    """
    tooltip = [
        alt.Tooltip("region:N", title=_label("region", lang)),
        alt.Tooltip(f"{group}:N", title=group_title or alt.Undefined),
        alt.Tooltip(f"{x}:Q", title=x_title, format=".1f"),
    ]
    dots = (
        alt.Chart()
        .mark_circle(size=45, opacity=0.6)
        .encode(
            x=alt.X(f"{x}:Q", title=x_title, scale=alt.Scale(zero=False)),
            y=alt.Y(f"{group}:N", title=None),
            color=alt.Color(f"{group}:N", legend=None),
            tooltip=tooltip,
        )
    )
    layers = [dots]
    data = frame
    if marks is not None:
        data = pd.concat([frame.assign(kind="region"), marks.assign(kind="total")], ignore_index=True)
        dots = dots.transform_filter("datum.kind == 'region'")
        ticks = (
            alt.Chart()
            .transform_filter("datum.kind == 'total'")
            .mark_tick(color="black", thickness=3, size=18)
            .encode(x=f"{x}:Q", y=f"{group}:N", tooltip=tooltip)
        )
        layers = [dots, ticks]
    if reference is not None:
        layers.append(alt.Chart().mark_rule(strokeDash=[4, 3], color="gray").encode(x=alt.datum(reference)))
    chart = (
        alt.layer(*layers, data=data)
        .properties(width=260, height=alt.Step(22))
        .facet(column=alt.Column(f"{facet}:N", title=None))
        .properties(title=_title(title, subtitle))
    )
    return charts.publish(chart, data=data, source=source, filename=filename, computed_by=computed_by)


def interval_bars(
    frame: pd.DataFrame,
    *,
    label: str,
    x_title: str,
    title: str,
    source: str,
    filename: str,
    subtitle: str = "",
    slider: tuple[str, str, int, int] | None = None,
    ceiling: str | None = None,
    computed_by: str | None = None,
    lang: str = locale.DEFAULT,
) -> charts.Figure:
    """Bars at ``central`` with whiskers from ``low`` to ``high`` (per cent, 0-100), one per ``label``.

    Rows whose ``qualifier`` equals ``ceiling`` state only an upper bound: they get no bar and no
    whisker, just a mark at the bound with a "≤" label, so no range starting at zero is implied.
    ``slider`` is ``(column, name, min, max)``: a Vega parameter filtering ``column`` to its value.
    """
    base = alt.Chart(frame)
    if slider:
        column, name, low, high = slider
        param = alt.param(name="vagueness", value=5, bind=alt.binding_range(min=low, max=high, step=1, name=name))
        base = base.transform_filter(f"datum.{column} == vagueness")
    bounded = base.transform_filter(f"datum.qualifier != '{ceiling}'") if ceiling else base
    tooltip = [
        alt.Tooltip(f"{label}:N", title=_word("what", lang)),
        alt.Tooltip("stated_as:N", title=_word("study_says", lang)),
        alt.Tooltip("central:Q", title=_word("printed_value", lang), format=".1f"),
        alt.Tooltip("low:Q", title=_word("low", lang), format=".1f"),
        alt.Tooltip("high:Q", title=_word("high", lang), format=".1f"),
    ]
    y = alt.Y(f"{label}:N", title=None, sort=None)
    x = alt.X("central:Q", title=x_title, scale=alt.Scale(domain=[0, 100]))
    layers = [
        bounded.mark_bar(color="#8d6e63", opacity=0.85).encode(y=y, x=x, tooltip=tooltip),
        bounded.mark_errorbar(ticks=True, color="black").encode(y=y, x=alt.X("low:Q", title=x_title), x2="high:Q"),
        bounded.mark_text(align="left", dx=6, fontSize=11)
        .transform_calculate(text="format(datum.low, '.1f') + '–' + format(datum.high, '.1f') + ' %'")
        .encode(y=y, x="high:Q", text="text:N"),
    ]
    if ceiling:
        capped = base.transform_filter(f"datum.qualifier == '{ceiling}'")
        layers += [
            capped.mark_point(shape="triangle-left", size=220, filled=True, color="#455a64").encode(
                y=y, x=alt.X("high:Q", title=x_title), tooltip=tooltip
            ),
            capped.mark_text(align="right", dx=-12, fontSize=12)
            .transform_calculate(text=_expression("at_most", lang, high="format(datum.high, '.0f')"))
            .encode(y=y, x="high:Q", text="text:N"),
        ]
    chart = alt.layer(*layers)
    if slider:
        chart = chart.add_params(param)
    chart = chart.properties(title=_title(title, subtitle), width="container", height=alt.Step(36))
    return charts.publish(chart, data=frame, source=source, filename=filename, computed_by=computed_by)


def rank_heatmap(
    rankings: pd.DataFrame,
    *,
    title: str,
    subtitle: str,
    source: str,
    filename: str,
    words: dict[str, str],
    facet: str | None = None,
    computed_by: str | None = None,
    lang: str = locale.DEFAULT,
) -> charts.Figure:
    """Ranks (1 = highest) of regions (columns) under each proxy set (rows), one panel per ``facet`` value.

    ``words`` holds the chart's words in the page's language: ``proxies`` (the tooltip's name of
    ``proxies_in_full``), ``proxies_axis`` (the rows' title), ``basic_code`` and ``note`` (tooltips);
    region, rank and the rank legend are the builder's own labels in ``lang``.
    """
    # A rank is a whole number: "3", not the float column's "3.0"; a missing one is a dash.
    shown = rankings.assign(rank_label=rankings["rank"].astype("Int64").astype("string").fillna("–"))
    tooltip = [
        alt.Tooltip("region:N", title=_label("region", lang)),
        alt.Tooltip("proxies_in_full:N", title=words["proxies"]),
        alt.Tooltip("basic_code:Q", title=words["basic_code"], format=".3f"),
        alt.Tooltip("rank:Q", title=_label("rank", lang)),
        alt.Tooltip("note:N", title=words["note"]),
    ]
    cells = (
        alt.Chart()
        .mark_rect()
        .encode(
            x=alt.X("region:N", title=None, axis=alt.Axis(labelAngle=-35, labelLimit=150)),
            y=alt.Y("proxies:N", title=words["proxies_axis"]),
            color=alt.Color(
                "rank:Q", title=_label("rank_axis", lang), scale=alt.Scale(scheme="blues", reverse=True, domain=[1, 6])
            ),
            tooltip=tooltip,
        )
    )
    text = alt.Chart().mark_text(fontSize=12).encode(x="region:N", y="proxies:N", text="rank_label:N")
    chart = alt.layer(cells, text, data=shown).properties(width=alt.Step(52), height=alt.Step(28))
    if facet:
        chart = chart.facet(column=alt.Column(f"{facet}:N", title=None))
    chart = chart.properties(title=_title(title, subtitle))
    return charts.publish(chart, data=rankings, source=source, filename=filename, computed_by=computed_by)


def cell_grid(
    frame: pd.DataFrame,
    *,
    row: str,
    value: str,
    text: str,
    value_title: str,
    title: str,
    source: str,
    filename: str,
    subtitle: str = "",
    row_sort: list[str] | None = None,
    tooltip: list | None = None,
    window: tuple[int, int] | None = None,
    data: pd.DataFrame | None = None,
    computed_by: str | None = None,
    lang: str = locale.DEFAULT,
) -> charts.Figure:
    """A grid of yearly cells: one column per value of ``row``, one line per year, each cell labelled with ``text``.

    Years run down the grid and the units across it, so a cell is a column wide (a few units) rather
    than a year wide (many years): a three-digit label fits at a readable size on a phone. Cells whose
    ``value`` is above 0 are shaded by it (square-root scale); cells that are 0 or empty keep a pale
    background, so a withheld or absent value never looks like a small one and nothing is filled in.
    ``text`` says what each cell holds (a number, a dash, an ellipsis).

    Parameters
    ----------
    frame : DataFrame
        Columns ``year``, ``row``, ``value`` and ``text``.
    value_title : str
        Title of the shading legend, with its unit in brackets.
    row_sort : list of str, optional
        Order of the columns, left to right.
    window : (first, last), optional
        Years to frame with dashed rules (e.g. a study's window).
    data : DataFrame, optional
        The table offered for download; ``frame`` by default.
    lang : str
        The language of the builder's own labels (the year axis).
    """
    first, last = int(frame["year"].min()), int(frame["year"].max())
    shown = frame.assign(y0=frame["year"] - 0.5, y1=frame["year"] + 0.5)
    y = alt.Y(
        "y0:Q",
        title=_label("year", lang),
        scale=alt.Scale(domain=[last + 0.5, first - 0.5], nice=False, zero=False),
        axis=alt.Axis(format="d", values=list(range(first, last + 1))),
    )
    x = alt.X(
        f"{row}:N",
        title=None,
        sort=row_sort,
        # The first word names the unit ("Tyumen", "Khanty-Mansi"); the tooltip gives the full name.
        axis=alt.Axis(orient="top", labelAngle=-35, labelAlign="left", labelExpr="split(datum.label, ' ')[0]"),
    )
    tooltip = tooltip or [
        alt.Tooltip(f"{row}:N"),
        alt.Tooltip("year:Q", title=_label("year", lang), format="d"),
        alt.Tooltip(f"{text}:N", title=value_title),
    ]
    base = alt.Chart(shown)
    background = base.mark_rect(color="#f1f1f1", stroke="white").encode(x=x, y=y, y2="y1:Q", tooltip=tooltip)
    shade = (
        base.transform_filter(f"isValid(datum['{value}']) && datum['{value}'] > 0")
        .mark_rect(stroke="white")
        .encode(
            x=x,
            y=y,
            y2="y1:Q",
            color=alt.Color(
                f"{value}:Q",
                title=value_title,
                scale=alt.Scale(type="sqrt", scheme="blues"),
                legend=alt.Legend(orient="bottom", direction="horizontal", titleLimit=320),
            ),
            tooltip=tooltip,
        )
    )
    high = float(frame[value].max(skipna=True) or 0)
    # The shading is on a square-root scale, so a cell turns dark (white text) from 0.6 of the top of that
    # scale: 0.36 of the top value.
    labels = base.mark_text(fontSize=10).encode(
        x=x,
        y=alt.Y("year:Q", scale=alt.Scale(domain=[last + 0.5, first - 0.5], nice=False, zero=False)),
        text=f"{text}:N",
        color=alt.condition(f"datum['{value}'] > {0.36 * high}", alt.value("white"), alt.value("black")),
        tooltip=tooltip,
    )
    layers = [background, shade, labels]
    if window:
        edges = pd.DataFrame({"edge": [window[0] - 0.5, window[1] + 0.5]})
        layers.append(alt.Chart(edges).mark_rule(strokeDash=[4, 3], color="black").encode(y=alt.Y("edge:Q")))
    chart = alt.layer(*layers).properties(
        title=_title(title, subtitle), width="container", height=20 * (last - first + 1)
    )
    shown_data = frame if data is None else data
    return charts.publish(chart, data=shown_data, source=source, filename=filename, computed_by=computed_by)


def shock_classifier(
    points: pd.DataFrame,
    *,
    expression: str,
    labels: list[str],
    words: dict[str, str],
    source: str,
    filename: str,
    computed_by: str | None = None,
) -> charts.Figure:
    """April against May changes with live thresholds: fill is the group by the rules, outline the study's group.

    ``expression`` is a Vega expression reading the parameters ``severe_fall``, ``stable_floor``
    and ``strong_growth``, which this chart binds to sliders. ``words`` holds the chart's words in
    the page's language: the sliders' names (``severe``, ``stable``, ``strong``), the axes (``x``,
    ``y``), the legends (``fill``, ``stroke``), the tooltips (``industry``, ``april``, ``may``,
    ``rule_group``, ``study_group``), ``title`` and ``subtitle``.
    """
    sliders = [
        alt.param(
            name="severe_fall",
            value=-30,
            bind=alt.binding_range(min=-80, max=-10, step=0.5, name=words["severe"]),
        ),
        alt.param(
            name="stable_floor",
            value=-10,
            bind=alt.binding_range(min=-30, max=0, step=0.5, name=words["stable"]),
        ),
        alt.param(
            name="strong_growth",
            value=10,
            bind=alt.binding_range(min=0.5, max=40, step=0.5, name=words["strong"]),
        ),
    ]
    scale = alt.Scale(domain=labels, range=GROUP_COLOURS)
    live = (
        alt.Chart(points)
        .transform_calculate(rule_group=expression)
        .mark_point(size=220, filled=True, strokeWidth=3)
        .encode(
            x=alt.X("april:Q", title=words["x"], scale=alt.Scale(domain=[-80, 70])),
            y=alt.Y("may:Q", title=words["y"], scale=alt.Scale(domain=[-70, 40])),
            fill=alt.Fill("rule_group:N", title=words["fill"], scale=scale),
            stroke=alt.Stroke("study_label:N", title=words["stroke"], scale=scale),
            tooltip=[
                alt.Tooltip("industry:N", title=words["industry"]),
                alt.Tooltip("april:Q", title=words["april"], format="+.1f"),
                alt.Tooltip("may:Q", title=words["may"], format="+.1f"),
                alt.Tooltip("rule_group:N", title=words["rule_group"]),
                alt.Tooltip("study_label:N", title=words["study_group"]),
            ],
        )
        .add_params(*sliders)
    )
    text = (
        alt.Chart(points).mark_text(align="left", dx=10, fontSize=11).encode(x="april:Q", y="may:Q", text="industry:N")
    )
    chart = (live + text).properties(
        title=_title(words["title"], words["subtitle"]),
        width="container",
        height=360,
    )
    return charts.publish(chart, data=points, source=source, filename=filename, computed_by=computed_by)


def april_may_bars(
    long: pd.DataFrame,
    *,
    order: list[str],
    labels: list[str],
    months: list[str],
    words: dict[str, str],
    source: str,
    filename: str,
) -> charts.Figure:
    """Paired bars per industry (April above, May outlined below), coloured by the study's group.

    ``months`` are the two values of ``long["month"]``, April first. ``words`` holds the chart's
    words in the page's language: the axis (``x``), the legend (``colour``), the tooltips
    (``industry``, ``month``, ``change``, ``as_printed``, ``printed_as``, ``group``), ``title`` and
    ``subtitle``.
    """
    pick = alt.selection_point(fields=["group"], bind="legend")
    bars_ = (
        alt.Chart(long)
        .mark_bar()
        .encode(
            y=alt.Y("industry:N", sort=order, title=None),
            yOffset=alt.YOffset("month:N", sort=months),
            x=alt.X("change:Q", title=words["x"]),
            color=alt.Color("group:N", title=words["colour"], scale=alt.Scale(domain=labels, range=GROUP_COLOURS)),
            opacity=alt.condition(pick, alt.value(1.0), alt.value(0.2)),
            stroke=alt.Stroke("month:N", sort=months, legend=None, scale=alt.Scale(range=["transparent", "black"])),
            tooltip=[
                alt.Tooltip("industry:N", title=words["industry"]),
                alt.Tooltip("month:N", title=words["month"]),
                alt.Tooltip("change:Q", title=words["change"], format="+.1f"),
                alt.Tooltip("value_as_printed:N", title=words["as_printed"]),
                alt.Tooltip("measure:N", title=words["printed_as"]),
                alt.Tooltip("group:N", title=words["group"]),
            ],
        )
        .add_params(pick)
    )
    zero = alt.Chart(pd.DataFrame({"change": [0]})).mark_rule(color="gray").encode(x="change:Q")
    chart = (bars_ + zero).properties(
        title=_title(words["title"], words["subtitle"]),
        width="container",
        height=alt.Step(14),
    )
    return charts.publish(chart, data=long, source=source, filename=filename)


def labelled_columns(
    frame: pd.DataFrame,
    *,
    x: str,
    y: str,
    x_title: str,
    y_title: str,
    title: str,
    source: str,
    filename: str,
    subtitle: str = "",
    tooltip: list | None = None,
    domain: list | None = None,
    colour: str = "#3f51b5",
    computed_by: str | None = None,
) -> charts.Figure:
    """Vertical bars of ``y`` by the category ``x``, each labelled with its value (one decimal); the tooltip names both.

    Parameters
    ----------
    frame : DataFrame
        Columns ``x`` (a category) and ``y`` (quantitative).
    y_title : str
        Axis title ending with its unit in brackets.
    domain : list, optional
        ``[low, high]`` of the value axis (e.g. ``[0, 100]`` for shares).
    """
    base = alt.Chart(frame).encode(x=alt.X(f"{x}:N", title=x_title, axis=alt.Axis(labelAngle=0)))
    columns = base.mark_bar(color=colour, size=48).encode(
        y=alt.Y(f"{y}:Q", title=y_title, scale=alt.Scale(domain=domain) if domain else alt.Undefined),
        tooltip=tooltip or [alt.Tooltip(f"{x}:N", title=x_title), alt.Tooltip(f"{y}:Q", title=y_title, format=".1f")],
    )
    values = base.mark_text(dy=-8, fontSize=12).encode(y=f"{y}:Q", text=alt.Text(f"{y}:Q", format=".1f"))
    chart = (columns + values).properties(title=_title(title, subtitle), width=260, height=260)
    return charts.publish(chart, data=frame, source=source, filename=filename, computed_by=computed_by)


def event_timeline(
    events: pd.DataFrame,
    *,
    lanes: list[str],
    title: str,
    source: str,
    filename: str,
    subtitle: str = "",
    computed_by: str | None = None,
    lang: str = locale.DEFAULT,
) -> charts.Figure:
    """Dated events as points in one lane per ``kind``, each labelled with its ``date`` above or below.

    Parameters
    ----------
    events : DataFrame
        Columns ``when`` (timestamp), ``above`` (bool: label above the point), ``date``,
        ``kind``, ``event``, ``reference`` and ``source_section``. ``when`` and ``above``
        are left out of the download.
    lanes : list of str
        The kinds, top to bottom.
    """
    y = alt.Y("kind:N", title=None, sort=lanes)
    points = (
        alt.Chart(events)
        .mark_point(filled=True, size=120)
        .encode(
            x=alt.X("when:T", title=_word("date_axis", lang), axis=alt.Axis(format="%Y")),
            y=y,
            color=alt.Color("kind:N", title=_word("kind", lang), legend=None),
            tooltip=[
                alt.Tooltip("date:N", title=_word("date", lang)),
                alt.Tooltip("event:N", title=_word("event", lang)),
                alt.Tooltip("reference:N", title=_word("study_reference", lang)),
                alt.Tooltip("source_section:N", title=_word("section", lang)),
            ],
        )
    )
    labels = [
        alt.Chart(events)
        .transform_filter(test)
        .mark_text(dy=dy, fontSize=10)
        .encode(x="when:T", y=alt.Y("kind:N", sort=lanes), text="date:N")
        for test, dy in (("datum.above", -12), ("!datum.above", 14))
    ]
    chart = alt.layer(points, *labels).properties(title=_title(title, subtitle), width="container", height=alt.Step(50))
    data = events.drop(columns=["when", "above"])
    return charts.publish(chart, data=data, source=source, filename=filename, computed_by=computed_by)


def multiplier_calculator(
    *,
    jobs: int,
    multiplier: float,
    title: str,
    subtitle: str,
    data: pd.DataFrame,
    source: str,
    filename: str,
    computed_by: str | None = None,
    lang: str = locale.DEFAULT,
) -> charts.Figure:
    """Bars of :math:`n` high-tech jobs and the :math:`n m` jobs elsewhere, with sliders for :math:`n` and :math:`m`.

    The page recomputes the bars and the total :math:`n (1 + m)` as the reader moves the
    sliders (Vega parameters ``high_tech_jobs`` and ``multiplier``, starting at ``jobs``
    and ``multiplier``). ``data`` is the table offered for download (the quoted figure).
    """
    sliders = [
        alt.param(
            name="high_tech_jobs",
            value=jobs,
            bind=alt.binding_range(min=0, max=jobs, step=10, name=_word("jobs_created", lang) + " "),
        ),
        alt.param(
            name="multiplier",
            value=multiplier,
            bind=alt.binding_range(min=0, max=10, step=0.1, name=_word("jobs_elsewhere_per", lang) + " "),
        ),
    ]
    order = [_word("high_tech_jobs", lang), _word("other_jobs", lang)]
    kinds = pd.DataFrame({"kind": order, "order": [1, 2]})
    base = alt.Chart(kinds).transform_calculate(jobs="datum.order == 1 ? high_tech_jobs : high_tech_jobs * multiplier")
    y = alt.Y("kind:N", title=None, sort=order)
    bars_ = (
        base.mark_bar()
        .encode(
            y=y,
            x=alt.X("jobs:Q", title=_word("jobs_axis", lang), scale=alt.Scale(domain=[0, jobs * 11])),
            color=alt.Color("kind:N", legend=None, scale=alt.Scale(range=["#5c6bc0", "#9fa8da"])),
            tooltip=[
                alt.Tooltip("kind:N", title=_word("kind", lang)),
                alt.Tooltip("jobs:Q", title=_word("jobs", lang), format=",.0f"),
            ],
        )
        .add_params(*sliders)
    )
    values = base.mark_text(align="left", dx=5, fontSize=12).encode(
        y=y, x="jobs:Q", text=alt.Text("jobs:Q", format=",.0f")
    )
    total = (
        alt.Chart(kinds)
        .transform_filter("datum.order == 1")
        .transform_calculate(
            label=_expression("jobs_in_all", lang, total="format(high_tech_jobs * (1 + multiplier), ',.0f')")
        )
        .mark_text(align="right", x="width", y=-6, fontSize=12, fontWeight="bold")
        .encode(text="label:N")
    )
    chart = (bars_ + values + total).properties(title=_title(title, subtitle), width="container", height=alt.Step(40))
    return charts.publish(chart, data=data, source=source, filename=filename, computed_by=computed_by)


def attrition_path(
    *,
    title: str,
    subtitle: str,
    data: pd.DataFrame,
    source: str,
    filename: str,
    y_title: str,
    lost_label: str,
    horizon: tuple[int, int, int] = (10, 10, 20),
    share_lost: tuple[int, int, int] = (30, 5, 50),
    computed_by: str | None = None,
    lang: str = locale.DEFAULT,
) -> charts.Figure:
    """Share of a stock remaining each year at the constant rate that loses a share over a horizon.

    .. math:: S_t = 100\\,(1 - L)^{t / n}

    drawn for :math:`t = 0, \\dots, 20` with sliders for :math:`n` (``horizon``) and
    :math:`100 L` (``share_lost``), each given as ``(start, min, max)``; the annual rate
    :math:`1 - (1 - L)^{1/n}` is printed on the chart. ``y_title`` names what remains (unit in
    brackets), ``lost_label`` the share slider; ``data`` is the table offered for download.
    """
    n = alt.param(
        name="horizon",
        value=horizon[0],
        bind=alt.binding_range(min=horizon[1], max=horizon[2], step=1, name=_word("horizon", lang) + " "),
    )
    lost = alt.param(
        name="share_lost",
        value=share_lost[0],
        bind=alt.binding_range(min=share_lost[1], max=share_lost[2], step=1, name=lost_label),
    )
    years = pd.DataFrame({"year": list(range(0, 21))})
    remaining = (
        alt.Chart(years)
        .transform_calculate(remaining="100 * pow(1 - share_lost / 100, datum.year / horizon)")
        .mark_line(point=True, color="#d84315")
        .encode(
            x=alt.X("year:Q", title=_word("years_from_now", lang)),
            y=alt.Y(
                "remaining:Q",
                title=y_title,
                scale=alt.Scale(domain=[40, 100]),
            ),
            tooltip=[
                alt.Tooltip("year:Q", title=_word("years_from_now_short", lang)),
                alt.Tooltip("remaining:Q", title=_word("remaining", lang), format=".1f"),
            ],
        )
        .add_params(n, lost)
    )
    rate = (
        alt.Chart(years)
        .transform_filter("datum.year == 0")
        .transform_calculate(
            label=_expression(
                "annual_rate", lang, rate="format(100 * (1 - pow(1 - share_lost / 100, 1 / horizon)), '.2f')"
            )
        )
        .mark_text(align="right", x="width", y=12, fontSize=13, fontWeight="bold")
        .encode(text="label:N")
    )
    chart = (remaining + rate).properties(title=_title(title, subtitle), width="container", height=260)
    return charts.publish(chart, data=data, source=source, filename=filename, computed_by=computed_by)


def flow_figure(
    nodes, edges, *, title: str, caption: str, anchor: str, row_gap: int = 70, lang: str = locale.DEFAULT
) -> diagrams.Diagram:
    """A flow diagram from plain tuples, ready for the page (see :func:`neoindex_core.publish.diagrams.flow_diagram`).

    Parameters
    ----------
    nodes : iterable of tuple
        ``(key, label, column, row)`` or ``(key, label, column, row, note)``.
    edges : iterable of tuple
        ``(source, target)``, ``(source, target, label)`` or ``(source, target, label, inferred)``;
        inferred links are drawn dashed.
    title : str
        Accessible title of the SVG.
    caption, anchor : str
        Caption under the figure and its ``id`` on the page.
    lang : str
        The language of the diagram's own words (the phone layout's key to its arrows).
    """
    svg = diagrams.flow_diagram(
        title,
        [diagrams.Node(*node) for node in nodes],
        [diagrams.Edge(*edge) for edge in edges],
        row_gap=row_gap,
        lang=lang,
    )
    return diagrams.Diagram(svg, caption, anchor)


def hub_figure(blocks, *, title: str, hub: str, caption: str, anchor: str) -> diagrams.Diagram:
    """A hub diagram from ``(heading, items)`` pairs (see :func:`neoindex_core.publish.diagrams.hub_diagram`).

    Parameters
    ----------
    blocks : iterable of tuple
        ``(heading, items)``: each block's heading and its items, in order.
    title, hub : str
        Accessible title of the SVG and the text of the central box.
    caption, anchor : str
        Caption under the figure and its ``id`` on the page.
    """
    svg = diagrams.hub_diagram(title, hub, [diagrams.Block(heading, tuple(items)) for heading, items in blocks])
    return diagrams.Diagram(svg, caption, anchor)


def publication_timeline(
    works: pd.DataFrame,
    *,
    title: str,
    subtitle: str,
    source: str,
    filename: str,
    domain: tuple[int, int],
    drop: list[str] | None = None,
    lang: str = locale.DEFAULT,
) -> charts.Figure:
    """Works by year of publication: one row per work, coloured by ``strand``, filled when ``filled`` is true.

    Parameters
    ----------
    works : DataFrame
        Columns ``who`` (row label), ``year``, ``strand``, ``filled`` (bool), ``year_from``
        (where the year comes from, shown by the point's shape), ``author``, ``work`` and ``citation``.
    domain : tuple of int
        First and last year of the axis.
    drop : list of str, optional
        Columns left out of the download (helper columns).
    """
    y = alt.Y("who:N", sort=alt.EncodingSortField("year"), title=None)
    points = (
        alt.Chart(works)
        .mark_point(size=160, strokeWidth=2)
        .encode(
            x=alt.X(
                "year:Q",
                title=_word("publication_year_axis", lang),
                scale=alt.Scale(domain=list(domain)),
                axis=alt.Axis(format="d"),
            ),
            y=y,
            color=alt.Color("strand:N", title=_word("strand", lang), legend=alt.Legend(orient="bottom")),
            fill=alt.condition("datum.filled", alt.Color("strand:N"), alt.value("transparent")),
            shape=alt.Shape("year_from:N", title=_word("year_source", lang), legend=alt.Legend(orient="bottom")),
            tooltip=[
                alt.Tooltip("author:N", title=_word("author", lang)),
                alt.Tooltip("work:N", title=_word("work", lang)),
                alt.Tooltip("year:Q", title=_word("year", lang), format="d"),
                alt.Tooltip("year_from:N", title=_word("year_from", lang)),
                alt.Tooltip("citation:N", title=_word("citation", lang)),
            ],
        )
    )
    labels = alt.Chart(works).mark_text(align="left", dx=10, fontSize=11).encode(x="year:Q", y=y, text="work:N")
    chart = (points + labels).properties(title=_title(title, subtitle), width="container", height=alt.Step(26))
    data = works.drop(columns=drop or [])
    return charts.publish(chart, data=data, source=source, filename=filename)


def stacked_contributions(
    frame: pd.DataFrame,
    *,
    parts: list[str],
    x_title: str,
    title: str,
    subtitle: str,
    source: str,
    filename: str,
    computed_by: str | None = None,
    lang: str = locale.DEFAULT,
) -> charts.Figure:
    """One bar per region, longest first, stacked from what each part contributes to its index.

    Parameters
    ----------
    frame : DataFrame
        Long table with columns ``region``, ``block`` (one of ``parts``), ``contribution``
        (the block's share of the index) and ``index`` (the region's total).
    parts : list of str
        The blocks, in the order of the stack and the legend.
    """
    ranked = (
        alt.Chart(frame)
        .mark_bar()
        .encode(
            y=alt.Y("region:N", sort=alt.EncodingSortField("index", order="descending"), title=None),
            x=alt.X("sum(contribution):Q", title=x_title),
            color=alt.Color("block:N", title=_label("block", lang), sort=parts),
            order=alt.Order("block:N"),
            tooltip=[
                alt.Tooltip("region:N", title=_label("region", lang)),
                alt.Tooltip("block:N", title=_label("block", lang)),
                alt.Tooltip("contribution:Q", title=_label("contribution", lang), format=".3f"),
                alt.Tooltip("index:Q", title=_label("index", lang), format=".3f"),
            ],
        )
    )
    chart = ranked.properties(title=_title(title, subtitle), width="container", height=alt.Step(22))
    return charts.publish(chart, data=frame, source=source, filename=filename, computed_by=computed_by)


def weights_panel(
    scores: pd.DataFrame,
    *,
    parts: list[str],
    x_title: str,
    title: str,
    subtitle: str,
    source: str,
    filename: str,
    computed_by: str | None = None,
    part_names: dict[str, str] | None = None,
    lang: str = locale.DEFAULT,
) -> charts.Figure:
    """Bars of a weighted mean of the parts that the reader re-weights with one slider per part.

    .. math:: I_r(w) = \\frac{\\sum_p w_p s_{rp}}{\\max(\\sum_p w_p, 10^{-4})}

    The browser recomputes :math:`I_r` and each region's rank as a slider moves; every
    weight starts at 1, which gives the arithmetic mean of the parts.

    Parameters
    ----------
    scores : DataFrame
        Column ``region`` and one column of scores per part (0-1 scale).
    parts : list of str
        The score columns; each gets a slider named "Weight of <part>".
    part_names : dict, optional
        The name a slider shows for a part, when it is not the column's name (a translated block name):
        the columns stay the keys the browser's expression reads.
    """
    keys = [part.replace(" ", "_") for part in parts]
    wide = scores[["region", *parts]].rename(columns=dict(zip(parts, keys, strict=True)))
    params = [
        alt.param(
            name=f"w_{key}",
            value=1.0,
            bind=alt.binding_range(
                min=0, max=3, step=0.1, name=_label("weight_of", lang, part=(part_names or {}).get(part, part)) + " "
            ),
        )
        for key, part in zip(keys, parts, strict=True)
    ]
    weighted = f"({' + '.join(f'w_{k} * datum.{k}' for k in keys)}) / max({' + '.join(f'w_{k}' for k in keys)}, 0.0001)"
    base = (
        alt.Chart(wide)
        .transform_calculate(weighted=weighted)
        .transform_window(live_rank="rank()", sort=[alt.SortField("weighted", order="descending")])
    )
    y = alt.Y("region:N", sort=alt.EncodingSortField("weighted", op="max", order="descending"), title=None)
    bars = base.mark_bar(color="#5c6bc0").encode(
        y=y,
        x=alt.X("weighted:Q", title=x_title, scale=alt.Scale(domain=[0, 1])),
        tooltip=[
            alt.Tooltip("region:N", title=_label("region", lang)),
            alt.Tooltip("weighted:Q", title=_label("index", lang), format=".3f"),
            alt.Tooltip("live_rank:Q", title=_label("rank", lang)),
        ],
    )
    labels = (
        base.mark_text(align="left", dx=4, fontSize=11)
        .encode(y=y, x="weighted:Q", text="label:N")
        .transform_calculate(label="'#' + datum.live_rank + '  ' + format(datum.weighted, '.3f')")
    )
    panel = (bars + labels).add_params(*params)
    chart = panel.properties(title=_title(title, subtitle), width="container", height=alt.Step(22))
    return charts.publish(chart, data=wide, source=source, filename=filename, computed_by=computed_by)


def quadrant_matrix(
    points: pd.DataFrame,
    *,
    splits: tuple[float, float],
    groups: list[str],
    x_title: str,
    y_title: str,
    tooltip: list[tuple[str, str, str]],
    title: str,
    subtitle: str,
    source: str,
    filename: str,
    computed_by: str | None = None,
    lang: str = locale.DEFAULT,
) -> charts.Figure:
    """Regions placed by ``level`` (x) and ``dynamics`` (y), coloured by ``group``, named, with dashed splits.

    Parameters
    ----------
    points : DataFrame
        Columns ``region``, ``level``, ``dynamics``, ``group`` and those ``tooltip`` names.
    splits : tuple of float
        Where the dashed lines cross the level and the dynamics axes (e.g. the medians).
    groups : list of str
        The groups, in the legend's order.
    tooltip : list of tuple
        Extra ``(column, title, format)`` rows of the tooltip, after region and group.
    """
    dots = (
        alt.Chart(points)
        .mark_circle(size=160, opacity=0.85)
        .encode(
            x=alt.X("level:Q", title=x_title, scale=alt.Scale(zero=False, padding=20)),
            y=alt.Y("dynamics:Q", title=y_title, scale=alt.Scale(zero=False, padding=20)),
            color=alt.Color("group:N", title=_label("group", lang), sort=groups),
            tooltip=[
                alt.Tooltip("region:N", title=_label("region", lang)),
                alt.Tooltip("group:N", title=_label("group", lang)),
            ]
            + [alt.Tooltip(f"{column}:Q", title=label, format=fmt) for column, label, fmt in tooltip],
        )
    )
    names = (
        alt.Chart(points)
        .mark_text(align="left", dx=8, fontSize=11)
        .encode(x="level:Q", y="dynamics:Q", text="region:N")
    )
    chart = alt.layer(dots, names, *split_rules(splits)).properties(
        title=_title(title, subtitle), width="container", height=380
    )
    return charts.publish(chart, data=points, source=source, filename=filename, computed_by=computed_by)


def split_rules(splits: tuple[float, float]) -> list[alt.Chart]:
    """The dashed lines of a potential–dynamics matrix: ``level`` at ``splits[0]``, ``dynamics`` at ``splits[1]``."""
    return [
        alt.Chart(pd.DataFrame({axis: [split]})).mark_rule(strokeDash=[4, 3]).encode(**{channel: f"{axis}:Q"})
        for axis, split, channel in zip(("level", "dynamics"), splits, ("x", "y"), strict=True)
    ]


def rank_intervals(
    intervals: pd.DataFrame,
    *,
    title: str,
    subtitle: str,
    source: str,
    filename: str,
    computed_by: str | None = None,
    lang: str = locale.DEFAULT,
) -> charts.Figure:
    """Each region's band of ranks (``p05`` to ``p95``), its ``median_rank`` and its ``nominal_rank``.

    Parameters
    ----------
    intervals : DataFrame
        Columns ``region``, ``nominal_rank``, ``median_rank``, ``p05`` and ``p95``
        (e.g. :attr:`neoindex_core.engine.uncertainty.UncertaintyResult.ranks`, index reset).
    """
    y = alt.Y("region:N", sort=alt.EncodingSortField("nominal_rank"), title=None)
    band = (
        alt.Chart(intervals)
        .mark_rule(strokeWidth=6, opacity=0.4, color="#3949ab")
        .encode(
            y=y,
            x=alt.X("p05:Q", title=_label("rank_axis", lang), scale=alt.Scale(domain=[0.5, len(intervals) + 0.5])),
            x2="p95:Q",
            tooltip=[
                alt.Tooltip("region:N", title=_label("region", lang)),
                alt.Tooltip("nominal_rank:Q", title=_label("rank_default", lang)),
                alt.Tooltip("median_rank:Q", title=_label("median_rank", lang)),
                alt.Tooltip("p05:Q", title=_label("p05", lang)),
                alt.Tooltip("p95:Q", title=_label("p95", lang)),
            ],
        )
    )
    median = alt.Chart(intervals).mark_point(filled=True, size=70, color="#1a237e").encode(y=y, x="median_rank:Q")
    nominal = alt.Chart(intervals).mark_tick(color="#d81b60", thickness=2, size=14).encode(y=y, x="nominal_rank:Q")
    chart = (band + median + nominal).properties(title=_title(title, subtitle), width="container", height=alt.Step(22))
    return charts.publish(chart, data=intervals, source=source, filename=filename, computed_by=computed_by)


def relative_luminance(colour: str) -> float:
    """WCAG 2 relative luminance of a ``#rrggbb`` colour, 0 (black) to 1 (white).

    :math:`L = 0.2126 R + 0.7152 G + 0.0722 B` on the linearised channels
    (:math:`c / 12.92` for :math:`c \\le 0.04045`, else :math:`((c + 0.055) / 1.055)^{2.4}`);
    source: W3C, *Web Content Accessibility Guidelines 2.1*, definition of relative luminance.
    """
    text = colour.lstrip("#")
    if len(text) != 6:
        raise ValueError(f"not a #rrggbb colour: {colour!r}")
    channels = [int(text[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def text_colour(fill: str) -> str:
    """Black or white, whichever contrasts more with ``fill`` (WCAG contrast ratio :math:`(L_1 + 0.05) / (L_2 + 0.05)`).

    The cell's fill is fixed by the chart, not by the page's scheme, so the
    text chosen here reads the same in the light and the dark scheme.
    """
    luminance = relative_luminance(fill)
    return "#000000" if (luminance + 0.05) / 0.05 >= 1.05 / (luminance + 0.05) else "#ffffff"


def class_labels(edges: list[float], fmt: str = "{:.2f}") -> list[str]:
    """Labels of the classes cut at ``edges``, each class holding its upper edge: ``≤ a``, ``a–b`` ... ``> z``."""
    inner = [f"{fmt.format(lo)}–{fmt.format(hi)}" for lo, hi in zip(edges[:-1], edges[1:], strict=True)]
    return [f"≤ {fmt.format(edges[0])}", *inner, f"> {fmt.format(edges[-1])}"]


def binned_heatmap(
    frame: pd.DataFrame,
    *,
    x: str,
    y: str,
    value: str,
    text: str,
    edges: list[float],
    colours: list[str],
    legend_title: str,
    tooltip: list,
    title: str,
    source: str,
    filename: str,
    subtitle: str = "",
    facet: str | None = None,
    x_sort: list[str] | None = None,
    y_sort: list[str] | None = None,
    x_title: str | None = None,
    cell_width: int = 64,
    data: pd.DataFrame | None = None,
    computed_by: str | None = None,
) -> charts.Figure:
    """Cells of ``x`` by ``y`` coloured by the class of ``value``, each labelled with its ``text``.

    ``value`` is cut at ``edges`` into ``len(edges) + 1`` classes (each holds its
    upper edge) drawn in ``colours``. A label on a coloured cell is black or
    white by the cell's luminance (:func:`text_colour`), so it reads in both
    schemes; a cell without a value is left unfilled and its label takes the
    page's text colour. A label of ``x`` or ``legend_title`` may hold line breaks (``"\\n"``).

    Parameters
    ----------
    frame : DataFrame
        Columns ``x``, ``y``, ``value``, ``text``, those of ``tooltip`` and, if given, ``facet``.
    edges, colours : list
        The class edges (ascending) and one ``#rrggbb`` colour per class.
    tooltip : list
        Altair tooltip definitions.
    facet : str, optional
        A column whose values become panels side by side (stacked on a phone).
    cell_width : int
        Width of one column of cells in pixels.
    data : DataFrame, optional
        The table offered for download; ``frame`` by default.
    """
    if len(colours) != len(edges) + 1:
        raise ValueError(f"{len(edges)} edges make {len(edges) + 1} classes, but {len(colours)} colours were given")
    labels = class_labels(edges)
    classes = pd.cut(frame[value], [float("-inf"), *edges, float("inf")], labels=labels, right=True)
    fills = dict(zip(labels, colours, strict=True))
    shown = frame.assign(
        lq_class=classes.astype("string"),
        ink=classes.map({label: text_colour(fill) for label, fill in fills.items()}).astype("string"),
    )
    position = {
        "x": alt.X(
            f"{x}:N",
            title=x_title,
            sort=x_sort,
            axis=alt.Axis(labelAngle=0, labelLimit=120, labelExpr="split(datum.label, '\\n')"),
        ),
        "y": alt.Y(f"{y}:N", title=None, sort=y_sort, axis=alt.Axis(labelLimit=200)),
    }
    cells = (
        alt.Chart()
        .mark_rect()
        .transform_filter("isValid(datum.lq_class)")
        .encode(
            **position,
            color=alt.Color(
                "lq_class:N",
                title=legend_title.split("\n"),
                scale=alt.Scale(domain=labels, range=colours),
                sort=labels,
                legend=alt.Legend(orient="bottom", direction="horizontal", symbolType="square"),
            ),
            tooltip=tooltip,
        )
    )
    on_fill = (
        alt.Chart()
        .mark_text(fontSize=11)
        .transform_filter("isValid(datum.lq_class)")
        .encode(**position, text=f"{text}:N", color=alt.Color("ink:N", scale=None), tooltip=tooltip)
    )
    unfilled = (
        alt.Chart()
        .mark_text(fontSize=11)
        .transform_filter("!isValid(datum.lq_class)")
        .encode(**position, text=f"{text}:N", tooltip=tooltip)
    )
    chart = alt.layer(cells, on_fill, unfilled, data=shown).properties(
        width=cell_width * shown[x].nunique(), height=alt.Step(24)
    )
    if facet:
        chart = chart.facet(facet=alt.Facet(f"{facet}:N", title=None), columns=shown[facet].nunique())
    chart = chart.properties(title=_title(title, subtitle))
    return charts.publish(
        chart, data=frame if data is None else data, source=source, filename=filename, computed_by=computed_by
    )


# A layer of this name is drawn only where the chart has room (charts.js leaves it out below 560 px).
WIDE_ONLY = "nx_wide_only"


def slope_chart(
    frame: pd.DataFrame,
    *,
    series: str,
    x: str,
    x_order: list[str],
    y: str,
    y_title: str,
    tooltip: list,
    title: str,
    source: str,
    filename: str,
    subtitle: str = "",
    series_title: str = "",
    reverse: bool = True,
    height: int = 360,
    computed_by: str | None = None,
) -> charts.Figure:
    """One line per series between two (or more) states ``x_order``, each line named at both ends.

    Made for ranks (``reverse``: 1 at the top). The names sit beside the first and the last point, moved
    apart where two would touch (:func:`end_labels`); on a phone only the right-hand names are drawn
    (the left-hand layer is :data:`WIDE_ONLY`). Every line has a colour of its own, and a tap on a
    line brings it forward.

    Parameters
    ----------
    frame : DataFrame
        Columns ``series``, ``x``, ``y`` and those of ``tooltip``; ``x`` takes the values of ``x_order``.
    x_order : list of str
        The states from left to right.
    y_title : str
        Axis title (a rank needs no unit: "Rank (1 = highest)").
    """
    step = {name: k for k, name in enumerate(x_order)}
    shown = frame.assign(x_step=frame[x].map(step))
    values = shown[y].dropna()
    domain = (float(values.min()), float(values.max()))
    scale = alt.Scale(domain=list(domain), reverse=reverse, nice=False, zero=False)
    name_title = series_title or series
    picked = alt.selection_point(fields=[series], on="click", clear="dblclick", name="picked_series")
    colour = alt.Color(f"{series}:N", title=name_title, scale=series_scale(shown[series].nunique()), legend=None)
    # a state's name breaks after its comma ("2019," over "2021 edition"), so two fit side by side on a phone
    x_axis = alt.X(
        f"{x}:N",
        title=None,
        sort=x_order,
        axis=alt.Axis(labelAngle=0, labelLimit=160, labelExpr="split(datum.label, ', ')"),
    )
    lines = (
        alt.Chart(shown)
        .mark_line(point=True)
        .encode(
            x=x_axis,
            y=alt.Y(f"{y}:Q", title=y_title, scale=scale),
            color=colour,
            opacity=alt.condition(picked, alt.value(1.0), alt.value(0.2)),
            tooltip=tooltip,
        )
        .add_params(picked)
    )

    def names(end: str, align: str, dx: int) -> alt.Chart:
        ends = end_labels(shown, series=series, x="x_step", y=y, domain=domain, height=height, reverse=reverse, end=end)
        ends[x] = ends["x_step"].map(dict(enumerate(x_order)))
        return (
            alt.Chart(ends)
            .mark_text(align=align, dx=dx, fontSize=LABEL_FONT)
            .encode(
                x=alt.X(f"{x}:N", sort=x_order),
                y=alt.Y("label_y:Q", scale=scale),
                text=f"{series}:N",
                opacity=alt.condition(picked, alt.value(1.0), alt.value(0.35)),
                tooltip=[alt.Tooltip(f"{series}:N", title=name_title)],
            )
        )

    left = names("first", "right", -8).properties(name=WIDE_ONLY)
    chart = alt.layer(lines, left, names("last", "left", 8)).properties(
        title=_title(title, subtitle), width="container", height=height
    )
    return charts.publish(chart, data=frame, source=source, filename=filename, computed_by=computed_by)

"""Annual rates implied by changes quoted over several years, simple multipliers, and our productivity proxy.

Study 002 (Ezdina and Dotsenko, on what digital and converged technologies do for
neo-industrial development in Russia) quotes changes over spans of years: labour
productivity up 8 % in five years, up to 30 % of traditional professions gone in
10-20 years. A reader compares such figures more easily as annual rates. The
functions here make the conversion explicit and tested, and compute from Rosstat's
panel the proxy against which the chapter reads the 8 %.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from ..datapackage import load
from ..datapackage.editions import one_edition

#: Rosstat's series behind our productivity proxy (codes of the data package's Rosstat panel).
VOLUME_INDEX = "grp_vol"
EMPLOYMENT = "empl"


def compound_annual_rate(total_change: float | np.ndarray, years: float | np.ndarray):
    """Constant annual growth rate that compounds to a total change.

    .. math:: g = (1 + G)^{1/n} - 1

    with :math:`G` the total relative change over :math:`n` years (0.08 for
    +8 %). Study 002, section 3 (productivity +8 % over five years) gives
    :math:`g = 1.08^{1/5} - 1 \\approx 1.55\\,\\%` a year.
    """
    total_change = np.asarray(total_change, dtype=float)
    years = np.asarray(years, dtype=float)
    if np.any(years <= 0):
        raise ValueError("years must be positive")
    if np.any(total_change <= -1):
        raise ValueError("a total change of -100 % or less has no compound rate")
    result = (1.0 + total_change) ** (1.0 / years) - 1.0
    return float(result) if result.ndim == 0 else result


def annual_attrition_rate(share_lost: float | np.ndarray, years: float | np.ndarray):
    """Constant annual rate at which a stock shrinks to lose a share over a horizon.

    .. math:: r = 1 - (1 - L)^{1/n}

    with :math:`L` the share lost after :math:`n` years. Study 002, section 3:
    up to 30 % of traditional professions gone in 10-20 years gives at most
    :math:`r \\approx 3.50\\,\\%` a year over 10 years and :math:`\\approx 1.77\\,\\%`
    over 20 years. The straight-line reading, :math:`L / n`, gives 3 % and 1.5 %.
    """
    share_lost = np.asarray(share_lost, dtype=float)
    years = np.asarray(years, dtype=float)
    if np.any(years <= 0):
        raise ValueError("years must be positive")
    if np.any((share_lost < 0) | (share_lost >= 1)):
        raise ValueError("share lost must be in [0, 1)")
    result = 1.0 - (1.0 - share_lost) ** (1.0 / years)
    return float(result) if result.ndim == 0 else result


def remaining_share(annual_rate: float, years) -> np.ndarray:
    """Share of a stock left after each number of years at a constant attrition rate: :math:`(1 - r)^t`."""
    return (1.0 - annual_rate) ** np.asarray(years, dtype=float)


def share_change(before: float, after: float) -> tuple[float, float]:
    """Change of a share between two years, in percentage points and in per cent.

    .. math:: \\Delta_{pp} = s_1 - s_0, \\qquad \\Delta_{\\%} = 100\\,\\frac{s_1 - s_0}{s_0}

    Study 002, section 2: the "Development of High Technologies" programme's
    share of spending on digital assets went from 57.2 % (2014) to 44.9 % (2015):
    :math:`-12.3` points, or :math:`-21.5\\,\\%`.
    """
    if before == 0:
        raise ValueError("the relative change from a zero share is undefined")
    points = after - before
    return points, 100.0 * points / before


def jobs_from_multiplier(high_tech_jobs: float, multiplier: float = 4.9) -> dict[str, float]:
    """Jobs implied by an employment multiplier.

    With :math:`m` jobs created in other sectors per high-tech job, :math:`n`
    high-tech jobs imply :math:`n m` jobs elsewhere and :math:`n (1 + m)` in all.
    The default :math:`m = 4.9` is the United States figure study 002 quotes
    (section 3, its reference [14]); it is not a Russian estimate.
    """
    if high_tech_jobs < 0 or multiplier < 0:
        raise ValueError("jobs and multiplier must be non-negative")
    other = high_tech_jobs * multiplier
    return {"high_tech": float(high_tech_jobs), "other_sectors": float(other), "total": float(high_tech_jobs + other)}


def constant_rate_path(total_change: float, years: int) -> pd.DataFrame:
    r"""Index (start = 100) of each year on the constant-rate path to a total change.

    .. math:: I_t = 100\,(1 + g)^t, \qquad g = (1 + G)^{1/n} - 1,\quad t = 0, \dots, n

    Study 002, section 3: +8 % in five years runs 100, 101.55, ..., 108.

    Parameters
    ----------
    total_change : float
        :math:`G`, the relative change over the span (0.08 for +8 %).
    years : int
        :math:`n`, the length of the span in years.

    Returns
    -------
    DataFrame
        Columns ``year`` (0 to ``years``) and ``index``.
    """
    rate = compound_annual_rate(total_change, years)
    steps = np.arange(0, int(years) + 1)
    return pd.DataFrame({"year": steps, "index": 100.0 * (1.0 + rate) ** steps})


def attrition_table(share_lost: float, horizons) -> pd.DataFrame:
    r"""Annual rates that lose a share over each horizon: compound and straight-line.

    .. math:: r_{compound} = 1 - (1 - L)^{1/n}, \qquad r_{straight} = L / n

    Study 002, section 3 (risks): up to 30 % of traditional professions gone in
    10-20 years gives 3.50 % and 1.77 % a year compounded, 3 % and 1.5 % straight-line.

    Parameters
    ----------
    share_lost : float
        :math:`L`, in [0, 1).
    horizons : sequence of float
        Horizons :math:`n` in years.

    Returns
    -------
    DataFrame
        Columns ``horizon_years``, ``compound_pct`` and ``straight_line_pct`` (per cent a year,
        rounded to 2 decimals).
    """
    horizons = [float(h) for h in horizons]
    return pd.DataFrame(
        {
            "horizon_years": horizons,
            "compound_pct": [100 * annual_attrition_rate(share_lost, h) for h in horizons],
            "straight_line_pct": [100 * share_lost / h for h in horizons],
        }
    ).round(2)


def timeline_positions(events: pd.DataFrame) -> pd.DataFrame:
    """Dates the study's events for a time axis, with labels alternating above and below.

    A bare year (``"2013"``) is placed at 1 July of that year; a full date is kept.
    Within each ``kind``, the first, third, ... event is labelled above its point and
    the others below, so that neighbouring years stay legible. Study 002's dated
    events (data package resource ``digital_timeline``).

    Parameters
    ----------
    events : DataFrame
        Columns ``date`` (``YYYY`` or ``YYYY-MM-DD``) and ``kind``.

    Returns
    -------
    DataFrame
        ``events`` with ``when`` (a timestamp) and ``above`` (bool) added.
    """
    dates = events["date"].astype(str)
    placed = events.assign(when=pd.to_datetime(dates.where(dates.str.len() > 4, dates + "-07-01")))
    return placed.assign(above=placed.groupby("kind").cumcount() % 2 == 0)


def real_output_per_worker_change(volume_index: pd.Series, employment: pd.Series, start: int, end: int) -> float:
    r"""Change of real output per employed person from ``start`` to ``end``, in per cent: our proxy.

    .. math:: P = 100 \left( \frac{\prod_{t=s+1}^{e} v_t / 100}{E_e / E_s} - 1 \right)

    with :math:`v_t` the volume index of output (per cent of the previous year, constant
    prices) and :math:`E_t` employment. The chained volume indices give real output growth;
    dividing by employment growth gives output per worker. This is our own proxy for the
    labour productivity that study 002 (section 3, citing its reference [13]) says rose 8 %
    in five years; it is not Rosstat's labour productivity index.

    Parameters
    ----------
    volume_index, employment : Series
        Indexed by year.
    start, end : int
        First and last year of the span (``end > start``).

    Returns
    -------
    float
        :math:`P`, per cent.
    """
    if end <= start:
        raise ValueError(f"the span {start}-{end} must end after it starts")
    years = range(start + 1, end + 1)
    missing = [y for y in years if y not in volume_index.index] + [y for y in (start, end) if y not in employment.index]
    if missing:
        raise ValueError(f"no data for {sorted(set(missing))} in the span {start}-{end}")
    volume = float(np.prod([volume_index[y] / 100.0 for y in years]))
    return 100.0 * (volume / (employment[end] / employment[start]) - 1.0)


def productivity_proxy(
    aggregates: pd.DataFrame,
    ends,
    *,
    length: int = 5,
    region: str = "Russian Federation",
    revisions: pd.DataFrame | None = None,
) -> pd.DataFrame:
    r"""Our productivity proxy over spans of ``length`` years ending in each of ``ends``.

    For each span :math:`s = e - n` to :math:`e`: real GRP growth
    :math:`100 (\prod_{t=s+1}^{e} v_t / 100 - 1)`, employment change
    :math:`100 (E_e / E_s - 1)`, the proxy :math:`P` of
    :func:`real_output_per_worker_change` and its constant annual rate
    :math:`100 ((1 + P/100)^{1/n} - 1)`. Read against study 002's "labour productivity
    up 8 % over the past five years" (section 3), whose years and measure the study does
    not state. The two employment figures of a span come from one edition
    (:func:`neoindex_core.datapackage.editions.one_edition`): the 2025 edition
    recalculated 2013-2022, and a change across that seam would read the
    recalculation as growth.

    Parameters
    ----------
    aggregates : DataFrame
        Rosstat's panel in long form (columns ``region``, ``indicator_code``, ``year``,
        ``value``) with the series ``grp_vol`` (GRP volume index, per cent of the previous
        year) and ``empl`` (employed persons, thousand).
    ends : sequence of int
        Last years of the spans.
    length : int
        :math:`n`, years in each span.
    region : str
        The row of the panel to use.
    revisions : DataFrame, optional
        ``rosstat_edition_revisions`` (loaded when not given): the older editions' values.

    Returns
    -------
    DataFrame
        Columns ``span``, ``start``, ``end``, ``real_grp_pct``, ``employment_pct``,
        ``proxy_pct``, ``annual_pct``, ``employment_edition`` and ``crosses_seam``.
    """
    revisions = load("rosstat_edition_revisions") if revisions is None else revisions
    rows = aggregates[(aggregates["region"] == region) & aggregates["value"].notna()]
    volume = rows[rows["indicator_code"] == VOLUME_INDEX]
    volume = pd.Series(volume["value"].astype(float).to_numpy(), index=volume["year"].astype(int).to_numpy())
    employed_rows = rows[rows["indicator_code"] == EMPLOYMENT].assign(edition=lambda f: f["edition"].astype(str))
    older = revisions[(revisions["region"] == region) & (revisions["indicator_code"] == EMPLOYMENT)]
    records = []
    for end in ends:
        start, end = int(end) - length, int(end)
        employed = one_edition(employed_rows, older.assign(edition_old=older["edition_old"].astype(str)), [start, end])
        proxy = real_output_per_worker_change(volume, employed.values, start, end)
        real = real_output_per_worker_change(volume, pd.Series(1.0, index=[start, end]), start, end)
        records.append(
            {
                "span": f"{start}–{end}",
                "start": start,
                "end": end,
                "real_grp_pct": real,
                "employment_pct": 100.0 * (employed.values[end] / employed.values[start] - 1.0),
                "proxy_pct": proxy,
                "annual_pct": 100.0 * compound_annual_rate(proxy / 100.0, length),
                "employment_edition": employed.edition,
                "crosses_seam": employed.crosses_seam,
            }
        )
    return pd.DataFrame(records)

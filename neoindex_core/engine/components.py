"""Principal components of each block: how many directions its indicators really span.

For the :math:`k` indicators of a block, on the regions that have all of them,
the components are the eigenvectors :math:`v_m` of their correlation matrix
:math:`R` (the indicators standardised, as R's ``prcomp(scale. = TRUE)`` that
COINr's ``get_PCA`` runs), ordered by eigenvalue
:math:`\\lambda_1 \\ge \\dots \\ge \\lambda_k`. Component :math:`m` carries the
share :math:`\\lambda_m / k` of the block's variance (the eigenvalues of a
correlation matrix sum to :math:`k`). A block whose first component carries
most of the variance, with loadings of one sign, measures one thing; a
second component with an eigenvalue above 1 (Kaiser's rule) says the block
holds a second, separate aspect (OECD & JRC 2008, *Handbook on Constructing
Composite Indicators*, step 4).

A loading is the entry :math:`v_{im}` of indicator :math:`i` in the unit
eigenvector (the rotation of ``prcomp``); its correlation with the component
is :math:`v_{im} \\sqrt{\\lambda_m}`. An eigenvector's sign is arbitrary: each
is turned so that its loadings sum to a positive number, or, where they sum to
zero, so that its first non-zero loading is positive.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from .errors import IndexInputError

VARIANCE_COLUMNS = ["block", "component", "eigenvalue", "share", "cumulative_share", "regions"]
LOADING_COLUMNS = ["block", "indicator", "component", "loading", "correlation"]


def components(values: pd.DataFrame) -> tuple[np.ndarray, np.ndarray]:
    """Eigenvalues (descending) and unit eigenvectors (columns) of the correlation matrix of ``values``' columns.

    Raises :class:`IndexInputError` when a correlation is undefined (a constant column, or fewer than two rows).
    """
    corr = values.corr().to_numpy()
    if not np.isfinite(corr).all():
        raise IndexInputError(f"principal components: correlations undefined among {list(values.columns)}")
    eigenvalues, vectors = np.linalg.eigh(corr)
    order = np.argsort(eigenvalues)[::-1]
    eigenvalues, vectors = eigenvalues[order], vectors[:, order]
    total = vectors.sum(axis=0)
    # Where the loadings cancel (e.g. two opposed indicators), the first clear entry decides instead.
    first = vectors[np.argmax(np.abs(vectors) > 1e-9, axis=0), np.arange(vectors.shape[1])]
    sign = np.where(np.abs(total) > 1e-9, np.sign(total), np.sign(first))
    return eigenvalues, vectors * np.where(sign < 0, -1.0, 1.0)


def by_block(normalised: pd.DataFrame, indicators: list) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Share of variance and loadings of every principal component of every block.

    Parameters
    ----------
    normalised : DataFrame
        Region × indicator scores (normalised or raw: correlations ignore scale, though normalised scores
        have every indicator pointing the same way, so that loadings of one sign mean agreement).
    indicators : list of Indicator
        The indicators kept (codes and blocks).

    Returns
    -------
    (DataFrame, DataFrame)
        Variance: :data:`VARIANCE_COLUMNS`, one row per block and component (``regions``: how many had every
        indicator of the block). Loadings: :data:`LOADING_COLUMNS`, one row per block, indicator and component.
    """
    variance, loadings = [], []
    for block in dict.fromkeys(i.block for i in indicators):
        codes = [i.code for i in indicators if i.block == block and i.code in normalised.columns]
        values = normalised[codes].dropna()
        eigenvalues, vectors = (np.ones(1), np.ones((1, 1))) if len(codes) == 1 else components(values)
        shares = eigenvalues / eigenvalues.sum()
        cumulative = np.cumsum(shares)
        for m, value in enumerate(eigenvalues):
            variance.append(
                {
                    "block": block,
                    "component": m + 1,
                    "eigenvalue": float(value),
                    "share": float(shares[m]),
                    "cumulative_share": float(cumulative[m]),
                    "regions": len(values),
                }
            )
            for n, code in enumerate(codes):
                loading = float(vectors[n, m])
                loadings.append(
                    {
                        "block": block,
                        "indicator": code,
                        "component": m + 1,
                        "loading": loading,
                        "correlation": loading * float(np.sqrt(max(value, 0.0))),
                    }
                )
    return pd.DataFrame(variance, columns=VARIANCE_COLUMNS), pd.DataFrame(loadings, columns=LOADING_COLUMNS)

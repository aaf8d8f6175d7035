"""Step *combine*: domain scores → domain ranks → one index score per area (and the weights it uses).

- :func:`checked_weights`: weights are used as given when they add up to within 0.01 of 1
  (England's domain weights add up to 0.999), otherwise normalised with a warning;
- :func:`imd_score`: the IMD, index = Σ w_d · X_d with X_d the exponential transformation of the
  domain rank (:func:`.ranking.exponential_transform`);
- :func:`mean_z_score`: the linear alternative, index = Σ w_d · z_d of the normal scores of the
  domain scores (a good domain fully compensates a bad one, which the IMD avoids);
- :func:`effective_min_domains`: how many domain scores an area needs, with a warning when the
  definition asks for more domains than are present.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..i18n import translate
from .definition import WEIGHT_TOLERANCE, Definition
from .index_domains import weighted_sum
from .index_inputs import fail
from .ranking import exponential_transform


def checked_weights(weights: dict, what: str, messages: list) -> dict:
    """Weights used as given when their sum is within 0.01 of 1, otherwise normalised with a warning."""
    total = float(sum(weights.values()))
    if total <= 0:
        raise fail(translate("Deprivation", "The weights of {what} add up to 0; give at least one a positive "
                                            "weight.").format(what=what))
    if abs(total - 1.0) > WEIGHT_TOLERANCE:
        messages.append(translate("Deprivation", "The weights of {what} add up to {total:.4g}, not 1; they were "
                                                 "normalised to add up to 1.").format(what=what, total=total))
        return {k: v / total for k, v in weights.items()}
    return dict(weights)


def domain_weights(definition: Definition, left_out: list, messages: list) -> dict:
    """The domain weights used: a left-out domain's weight is shared by the others in proportion."""
    raw = {d.id: d.weight for d in definition.domains}
    if left_out:
        total = sum(raw.values())
        if total <= 0:
            raise fail(translate("Deprivation", "The weights of {what} add up to 0; give at least one a positive "
                                                "weight.").format(what=translate("Deprivation", "the domains")))
        return {k: v / total for k, v in raw.items()}
    return checked_weights(raw, translate("Deprivation", "the domains"), messages)


def given_part_weights(definition: Definition, left_out_indicators: list, messages: list):
    """(indicator weights of the ``weighted`` parts, subdomain weights) from the definition."""
    parts, subdomains = {}, {}
    for dom in definition.domains:
        if dom.method == "subdomains":
            subdomains[dom.id] = checked_weights({s.id: s.weight for s in dom.subdomains},
                                                 translate("Deprivation", "the subdomains of '{domain}'")
                                                 .format(domain=dom.id), messages)
        for part, key in ([(s, f"{dom.id}.{s.id}") for s in dom.subdomains] if dom.method == "subdomains"
                          else [(dom, dom.id)]):
            if part.method != "weighted":
                continue
            given = {i.key: i.weight for i in part.indicators}
            if any(x["indicator"].rsplit(".", 1)[0] == key for x in left_out_indicators):
                total = sum(given.values()) or 1.0  # optional indicators left out: the others share their weight
                parts[key] = {k: v / total for k, v in given.items()}
            else:
                parts[key] = checked_weights(given, translate("Deprivation", "the indicators of '{domain}'")
                                             .format(domain=key), messages)
    return parts, subdomains


def effective_min_domains(definition: Definition, messages: list) -> int:
    """``min_domains`` of the definition (default: all domains), at most the number of domains present."""
    present = len(definition.domains)
    asked = definition.min_domains
    if asked is not None and asked > present:
        messages.append(translate(
            "Deprivation", "The definition asks for at least {asked} domain scores per area, but only {present} "
                           "domain(s) can be computed from this input; every area now needs all {present}.")
            .format(asked=asked, present=present))
    return min(asked or present, present)


def imd_score(transformed: list, weights: list):
    """The IMD score Σ w_d · X_d over the domains an area has (weights renormalised); (score, domains)."""
    return weighted_sum(transformed, weights)


def mean_z_score(normal_scores: list, weights: list):
    """The linear alternative Σ w_d · z_d of the domains' normal scores; (score, domains)."""
    return weighted_sum(normal_scores, weights)


@dataclass
class Combined:
    ranks: dict  #: domain id → (rank, N)
    transformed: list  #: X_d per domain (definition order)
    normal: list  #: z_d per domain (computed when needed)
    index: np.ndarray
    n_domains: np.ndarray


def combine(definition: Definition, scores: dict, ranker, weights, min_domains: int, exponential=True,
            distinct: dict | None = None) -> Combined:
    """Step *combine*: rank each domain, transform, weight.

    ``weights`` are the domain weights in definition order (numbers, or arrays of one per run);
    ``exponential`` is True (the IMD), False (``mean_z``) or a bool array of one per run.
    ``distinct`` (domain id → (columns to rank, column of each run)) lets runs that share a domain's
    scores share its ranking.
    """
    ranks, xs, zs = {}, [], []
    per_run = not np.isscalar(exponential)
    need_z = per_run or not exponential
    for dom in definition.domains:
        score = scores[dom.id]
        expand = None
        if distinct is not None and dom.id in distinct:
            columns, expand = distinct[dom.id]
            score = score[:, columns]
        if need_z:
            rank, n, z = ranker.rank_and_normal(f"dom:{dom.id}", f"domz:{dom.id}", score)
        else:
            (rank, n), z = ranker.rank(f"dom:{dom.id}", score), None
        x = exponential_transform(rank, n)
        if expand is not None:
            rank, x = rank[:, expand], x[:, expand]
            n = n[expand] if np.ndim(n) else n
            z = None if z is None else z[:, expand]
        ranks[dom.id] = (rank, n)
        xs.append(x)
        if z is not None:
            zs.append(z)
    if per_run:
        x_index, available = imd_score(xs, weights)
        z_index, _ = mean_z_score(zs, weights)
        index = np.where(exponential, x_index, z_index)
    elif exponential:
        index, available = imd_score(xs, weights)
    else:
        index, available = mean_z_score(zs, weights)
    index = np.where(available >= min_domains, index, np.nan)
    return Combined(ranks=ranks, transformed=xs, normal=zs, index=index, n_domains=available)

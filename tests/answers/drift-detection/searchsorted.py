# style: searchsorted ECDFs for D; Simard-L'Ecuyer dispatch with Durbin/MTW matrix power for every exact-CDF case
"""Data drift detection with the two-sample Kolmogorov-Smirnov test (SciPy's asymptotic method)."""

import math

import numpy as np

_LN2 = math.log(2.0)
_SCALE_EXP = 128
_SCALE = 2.0 ** _SCALE_EXP


def ks_statistic(a, b):
    a = np.sort(np.asarray(a, dtype=np.float64))
    b = np.sort(np.asarray(b, dtype=np.float64))
    values = np.concatenate([a, b])
    # side="right": every element equal to v already counts as <= v (ties at once)
    cdf_a = np.searchsorted(a, values, side="right") / a.size
    cdf_b = np.searchsorted(b, values, side="right") / b.size
    return float(np.max(np.abs(cdf_a - cdf_b)))


# ---------------------------------------------------------------- one-sample KS distribution

def _smirnov_sf(n, d):
    """One-sided Smirnov survival P(D_n^+ >= d), Birnbaum-Tingey sum in log space."""
    if d <= 0:
        return 1.0
    if d >= 1:
        return 0.0
    if n > 1_000_000:   # SciPy's own approximation for huge n
        logp = -((6.0 * n * d + 1) ** 2) / 18.0 / n
        return math.exp(logp)
    vmax = int(math.floor(n * (1 - d)))
    v = np.arange(vmax + 1, dtype=np.float64)
    base_hi = 1.0 - d - v / n
    keep = base_hi > 0
    v = v[keep]
    base_hi = base_hi[keep]
    if v.size == 0:
        return 0.0
    lg = np.array([math.lgamma(x + 1.0) for x in v])
    lg_rest = np.array([math.lgamma(n - x + 1.0) for x in v])
    log_terms = (math.lgamma(n + 1.0) - lg - lg_rest
                 + (v - 1.0) * np.log(d + v / n)
                 + (n - v) * np.log(base_hi))
    top = log_terms.max()
    total = math.exp(top) * float(np.sum(np.exp(log_terms - top)))
    return d * total


def _durbin_cdf(n, d):
    """P(D_n <= d) by Durbin's matrix (Marsaglia, Tsang and Wang, 2003), scaled powers."""
    if d >= 1.0:
        return 1.0
    nd = n * d
    if nd <= 0.5:
        return 0.0
    k = int(math.ceil(nd))
    h = k - nd
    m = 2 * k - 1
    H = np.zeros((m, m))
    j = np.arange(1, m + 1)
    fact = np.array([math.factorial(int(i)) if i < 171 else math.inf for i in j], dtype=np.float64)
    inv_fact = 1.0 / fact                     # 1/j!
    v = (1.0 - h ** j) * inv_fact             # first column
    v[-1] = (1.0 - 2.0 * h ** m + max(0.0, 2.0 * h - 1.0) ** m) * inv_fact[-1]
    w = np.concatenate([[1.0], inv_fact[:-1]])  # 1/0!, 1/1!, ...
    for i in range(1, m):
        H[i - 1:, i] = w[:m - i + 1]
    H[:, 0] = v
    H[-1, :] = v[::-1]

    result = np.eye(m)
    res_exp = 0
    power_exp = 0
    e = n
    while e > 0:
        if e & 1:
            result = result @ H
            res_exp += power_exp
        H = H @ H
        power_exp *= 2
        if abs(H[k - 1, k - 1]) > _SCALE:
            H /= _SCALE
            power_exp += _SCALE_EXP
        e >>= 1
    p = result[k - 1, k - 1]
    if p <= 0:
        return 0.0
    log_p = math.log(p) + res_exp * _LN2 + math.lgamma(n + 1.0) - n * math.log(n)
    return min(1.0, math.exp(log_p))


def _pelz_good_cdf(n, x):
    """Pelz-Good asymptotic series for P(D_n <= x)."""
    z = math.sqrt(n) * x
    z2 = z * z
    z3, z4, z6 = z2 * z, z2 * z2, z2 ** 3
    pi2, pi4, pi6 = math.pi ** 2, math.pi ** 4, math.pi ** 6
    qlog = -pi2 / 8 / z2
    if qlog < -708:
        return 0.0
    q = math.exp(qlog)

    k1a, k1b = -z2, pi2 / 4
    k2a = 6 * z6 + 2 * z4
    k2b = (2 * z4 - 5 * z2) * pi2 / 4
    k2c = pi4 * (1 - 2 * z2) / 16
    k3d = pi6 * (5 - 30 * z2) / 64
    k3c = pi4 * (-60 * z2 + 212 * z4) / 16
    k3b = pi2 * (135 * z4 - 96 * z6) / 4
    k3a = -30 * z6 - 90 * z ** 8

    K = np.zeros(4)
    maxk = int(math.ceil(16 * z / math.pi))
    for kk in range(maxk, 0, -1):          # Horner in q^8k over odd m = 2k - 1
        mm = 2 * kk - 1
        m2, m4, m6 = mm ** 2, mm ** 4, mm ** 6
        K *= q ** (8 * kk)
        K += np.array([1.0, k1a + k1b * m2, k2a + k2b * m2 + k2c * m4,
                       k3a + k3b * m2 + k3c * m4 + k3d * m6])
    K *= q * math.sqrt(2 * math.pi)
    K /= np.array([z, 6 * z4, 72 * z ** 7, 6480 * z ** 10])

    q2 = math.exp(-pi2 / 2 / z2)
    ks = np.arange(maxk, 0, -1, dtype=np.float64)
    ks2 = ks ** 2
    qp = q2 ** ks2
    K[2] += np.sum(ks2 * qp) * pi2 * math.sqrt(2 * math.pi) / (-36 * z3)
    s3 = math.sqrt(3) * z
    K[3] += (np.sum((s3 + math.pi * ks) * (s3 - math.pi * ks) * ks2 * qp)
             * pi2 * math.sqrt(2 * math.pi) / (216 * z6))
    K /= np.power(float(n), np.arange(4) / 2.0)
    return float(np.sum(K))


def _kolmogorov_sf(n, d):
    """P(D_n >= d) for the two-sided one-sample KS statistic (Simard and L'Ecuyer)."""
    if d >= 1.0:
        return 0.0
    if d <= 0.0:
        return 1.0
    t = n * d
    if t <= 1.0:
        if t <= 0.5:
            return 1.0
        log_cdf = math.lgamma(n + 1.0) - n * math.log(n) + n * math.log(2 * t - 1)
        return 1.0 - math.exp(log_cdf)
    if t >= n - 1:
        return 2.0 * (1.0 - d) ** n
    if d >= 0.5:
        return 2.0 * _smirnov_sf(n, d)
    nd2 = t * d
    if n <= 140:
        if nd2 <= 4:
            return 1.0 - _durbin_cdf(n, d)
        return 2.0 * _smirnov_sf(n, d)
    if nd2 >= 370.0:
        return 0.0
    if nd2 >= 2.2:
        return 2.0 * _smirnov_sf(n, d)
    if n <= 100000 and n * d ** 1.5 <= 1.4:
        return 1.0 - _durbin_cdf(n, d)
    return 1.0 - _pelz_good_cdf(n, d)


def detect_drift(reference, current, alpha=0.05):
    d = ks_statistic(reference, current)
    big, small = sorted([float(len(reference)), float(len(current))], reverse=True)
    n_eff = int(np.round(big * small / (big + small)))
    p = min(1.0, max(0.0, _kolmogorov_sf(n_eff, d)))
    return bool(p < alpha), d, float(p)

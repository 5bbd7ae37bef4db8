# style: D from np.unique + cumulative counts over the pooled distinct values; SciPy's exact split (Durbin for small n*d^2, Pomeranz recursion above), Smirnov sum via cumulative log-binomials
"""Two-sample KS drift test; the p-value follows Simard and L'Ecuyer's algorithm as SciPy does."""

import math

import numpy as np

_E = 128
_BIG = 2.0 ** _E
_SMALL = 2.0 ** -_E


def ks_statistic(a, b):
    a = np.asarray(a, dtype=np.float64)
    b = np.asarray(b, dtype=np.float64)
    pooled = np.concatenate([a, b])
    labels = np.concatenate([np.zeros(a.size, dtype=np.int64), np.ones(b.size, dtype=np.int64)])
    values, inverse = np.unique(pooled, return_inverse=True)
    inverse = inverse.ravel()
    count_a = np.bincount(inverse[labels == 0], minlength=values.size)
    count_b = np.bincount(inverse[labels == 1], minlength=values.size)
    # ECDFs evaluated after all copies of each distinct value (ties counted at once)
    cdf_a = np.cumsum(count_a) / a.size
    cdf_b = np.cumsum(count_b) / b.size
    return float(np.abs(cdf_a - cdf_b).max())


def _smirnov(n, x):
    """P(D_n^+ >= x), Birnbaum-Tingey, terms in log space."""
    if x >= 1.0:
        return 0.0
    if n > 1_000_000:
        return math.exp(-((6.0 * n * x + 1) ** 2) / 18.0 / n)
    last = int(math.floor(n * (1.0 - x)))
    j = np.arange(0, last + 1, dtype=np.float64)
    # log C(n, j) by cumulative sums of log((n - i + 1) / i)
    steps = np.log(n - j[1:] + 1.0) - np.log(j[1:])
    log_binom = np.concatenate([[0.0], np.cumsum(steps)])
    upper = 1.0 - x - j / n
    ok = upper > 0
    with np.errstate(divide="ignore"):
        logs = log_binom + (j - 1) * np.log(x + j / n) + (n - j) * np.log(np.where(ok, upper, 1.0))
    logs = logs[ok]
    if logs.size == 0:
        return 0.0
    mx = logs.max()
    return x * math.exp(mx) * float(np.exp(logs - mx).sum())


def _log_nfact_over_npow(n):
    return math.lgamma(n + 1.0) - n * math.log(n)


def _durbin(n, d):
    k = int(math.ceil(n * d))
    h = k - n * d
    m = 2 * k - 1
    w = np.empty(m)
    v = 1.0 - h ** np.arange(1, m + 1)
    fac = 1.0
    for j in range(1, m + 1):
        w[j - 1] = fac
        fac /= j
        v[j - 1] *= fac
    v[-1] = (1.0 + max(2 * h - 1.0, 0.0) ** m - 2 * h ** m) * fac
    H = np.zeros((m, m))
    for i in range(1, m):
        H[i - 1:, i] = w[:m - i + 1]
    H[:, 0] = v
    H[-1, :] = v[::-1]
    P = np.eye(m)
    pe = he = 0
    e = n
    while e:
        if e % 2:
            P = P @ H
            pe += he
        H = H @ H
        he *= 2
        if abs(H[k - 1, k - 1]) > _BIG:
            H = H / _BIG
            he += _E
        e //= 2
    p = P[k - 1, k - 1]
    if p <= 0:
        return 0.0
    return math.exp(math.log(p) + pe * math.log(2.0) + _log_nfact_over_npow(n))


def _pomeranz_bounds(i, n, ll, ceilf, roundf):
    if i == 0:
        j1, j2 = -ll - ceilf - 1, ll + ceilf - 1
    else:
        half, odd_next = divmod(i + 1, 2)
        if odd_next == 0:
            if half == n + 1:
                j1, j2 = n - ll - ceilf - 1, n + ll + ceilf - 1
            else:
                j1, j2 = half - 1 - ll - roundf - 1, half + ll - 1 + ceilf - 1
        else:
            j1, j2 = half - 1 - ll - 1, half + ll + roundf - 1
    return max(j1 + 2, 0), min(j2, n)


def _pomeranz(n, x):
    """P(D_n <= x) by Pomeranz's recursion (1974)."""
    t = n * x
    ll = int(math.floor(t))
    f = t - ll
    g = min(f, 1.0 - f)
    ceilf = 1 if f > 0 else 0
    roundf = 1 if f > 0.5 else 0
    size = 2 * (ll + 1)
    pw_g = np.empty(size)
    pw_2g = np.empty(size)
    pw_1m2g = np.empty(size)
    pw_g[0] = pw_2g[0] = pw_1m2g[0] = 1.0
    for mm in range(1, size):
        pw_g[mm] = pw_g[mm - 1] * (g / n) / mm
        pw_2g[mm] = pw_2g[mm - 1] * (2 * g / n) / mm
        pw_1m2g[mm] = pw_1m2g[mm - 1] * ((1 - 2 * g) / n) / mm
    prev = np.zeros(size)
    cur = np.zeros(size)
    cur[0] = 1.0
    prev_start = cur_start = 0
    expnt = 0
    j1, j2 = _pomeranz_bounds(0, n, ll, ceilf, roundf)
    for i in range(1, 2 * n + 2):
        k1 = j1
        prev, cur = cur, prev
        prev_start, cur_start = cur_start, prev_start
        cur.fill(0.0)
        j1, j2 = _pomeranz_bounds(i, n, ll, ceilf, roundf)
        if i == 1 or i == 2 * n + 1:
            pw = pw_g
        else:
            pw = pw_2g if i % 2 else pw_1m2g
        length = j2 - k1 + 1
        if length > 0:
            conv = np.convolve(prev[k1 - prev_start:k1 - prev_start + length], pw[:length])
            start = j1 - k1
            count = j2 - j1 + 1
            cur[:count] = conv[start:start + count]
            if 0 < cur.max() < _SMALL:
                cur *= _BIG
                expnt -= _E
            cur_start = prev_start + j1 - k1
    ans = cur[n - cur_start]
    if ans <= 0:
        return 0.0
    return math.exp(math.log(ans) + math.lgamma(n + 1.0) + expnt * math.log(2.0))


def _pelz_good(n, x):
    z = math.sqrt(n) * x
    pi = math.pi
    qlog = -pi ** 2 / 8 / z ** 2
    if qlog < -708:
        return 0.0
    q = math.exp(qlog)
    c1 = (-z ** 2, pi ** 2 / 4)
    c2 = (6 * z ** 6 + 2 * z ** 4, (2 * z ** 4 - 5 * z ** 2) * pi ** 2 / 4, pi ** 4 * (1 - 2 * z ** 2) / 16)
    c3 = (-30 * z ** 6 - 90 * z ** 8, pi ** 2 * (135 * z ** 4 - 96 * z ** 6) / 4,
          pi ** 4 * (-60 * z ** 2 + 212 * z ** 4) / 16, pi ** 6 * (5 - 30 * z ** 2) / 64)
    maxk = int(math.ceil(16 * z / pi))
    acc = [0.0, 0.0, 0.0, 0.0]
    for k in range(maxk, 0, -1):
        m2 = float((2 * k - 1) ** 2)
        qp = q ** (8 * k)
        terms = (1.0,
                 c1[0] + c1[1] * m2,
                 c2[0] + c2[1] * m2 + c2[2] * m2 ** 2,
                 c3[0] + c3[1] * m2 + c3[2] * m2 ** 2 + c3[3] * m2 ** 3)
        acc = [a * qp + t for a, t in zip(acc, terms)]
    s2p = math.sqrt(2 * pi)
    denoms = (z, 6 * z ** 4, 72 * z ** 7, 6480 * z ** 10)
    K = [a * q * s2p / dd for a, dd in zip(acc, denoms)]
    q2 = math.exp(-pi ** 2 / 2 / z ** 2)
    ks = np.arange(maxk, 0, -1, dtype=np.float64)
    qk = q2 ** (ks ** 2)
    K[2] += float(np.sum(ks ** 2 * qk)) * pi ** 2 * s2p / (-36 * z ** 3)
    r3z = math.sqrt(3) * z
    K[3] += float(np.sum((r3z + pi * ks) * (r3z - pi * ks) * ks ** 2 * qk)) * pi ** 2 * s2p / (216 * z ** 6)
    return sum(Ki / n ** (i / 2.0) for i, Ki in enumerate(K))


def _ks_sf(n, x):
    if x >= 1.0:
        return 0.0
    if x <= 0.0:
        return 1.0
    t = n * x
    if t <= 1.0:
        if t <= 0.5:
            return 1.0
        return 1.0 - math.exp(_log_nfact_over_npow(n) + n * math.log(2 * t - 1))
    if t >= n - 1:
        return 2 * (1.0 - x) ** n
    if x >= 0.5:
        return 2 * _smirnov(n, x)
    nx2 = t * x
    if n <= 140:
        if nx2 <= 0.754693:
            return 1.0 - _durbin(n, x)
        if nx2 <= 4:
            return 1.0 - _pomeranz(n, x)
        return 2 * _smirnov(n, x)
    if nx2 >= 370.0:
        return 0.0
    if nx2 >= 2.2:
        return 2 * _smirnov(n, x)
    if n <= 100000 and n * x ** 1.5 <= 1.4:
        return 1.0 - _durbin(n, x)
    return 1.0 - _pelz_good(n, x)


def detect_drift(reference, current, alpha=0.05):
    stat = ks_statistic(reference, current)
    n1, n2 = float(len(reference)), float(len(current))
    hi, lo = max(n1, n2), min(n1, n2)
    size = int(np.round(hi * lo / (hi + lo)))
    p = float(np.clip(_ks_sf(size, stat), 0.0, 1.0))
    return p < alpha, stat, p

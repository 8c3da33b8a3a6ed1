'''Source text of the small data helpers an exported program carries, so its data is annstudio's data.

Each snippet is a copy of the formula in ``annstudio/data`` (``splits.py``, ``toy2d.py``, ``features.py``,
``gates.py``) written for a standalone program; ``tests/export/test_export_data.py`` runs every snippet
and checks that it gives the same arrays as annstudio's loaders, so the copies cannot drift.
(They are text, not ``inspect.getsource``, because a PyInstaller bundle carries no ``.py`` files.)
'''
from __future__ import annotations

SPLIT = '''
def round_half_up(value):
    return int(np.floor(value + 0.5))


def stratified_quotas(counts, ratio, total):
    """Test samples per class: floor(count * ratio), the rest to the largest fractional parts."""
    exact = counts * ratio
    quotas = np.floor(exact).astype(int)
    order = sorted(range(len(counts)), key=lambda i: (-(exact[i] - quotas[i]), -counts[i], i))
    for i in order[: max(total - int(quotas.sum()), 0)]:
        quotas[i] += 1
    for i, count in enumerate(counts):
        quotas[i] = 0 if count < 2 else min(max(quotas[i], 1), count - 1)
    return [int(q) for q in quotas]


def split_indices(n, test_ratio, rng, labels=None):
    """Shuffled (train_idx, test_idx), stratified by class when labels are given (annstudio's split)."""
    if labels is None:
        perm = rng.permutation(n)
        n_test = min(max(round_half_up(n * test_ratio), 1), n - 1)
        return perm[n_test:], perm[:n_test]
    classes, counts = np.unique(labels, return_counts=True)
    quotas = stratified_quotas(counts, test_ratio, round_half_up(n * test_ratio))
    train_parts, test_parts = [], []
    for cls, k in zip(classes, quotas):
        idx = rng.permutation(np.flatnonzero(labels == cls))
        test_parts.append(idx[:k])
        train_parts.append(idx[k:])
    train, test = np.concatenate(train_parts), np.concatenate(test_parts)
    if len(test) == 0:
        train, test = train[1:], train[:1]
    return rng.permutation(train), rng.permutation(test)
'''

STANDARDIZE = '''
def standardize(train, *others):
    """(x - mean) / std with the statistics of the training part only (a constant column gets std 1)."""
    mean = train.astype(np.float64).mean(axis=0)
    std = train.astype(np.float64).std(axis=0)
    std[std == 0] = 1.0
    mean, std = mean.astype(np.float32), std.astype(np.float32)
    return [((np.asarray(part, dtype=np.float32) - mean) / std).astype(np.float32) for part in (train, *others)]
'''

_HALVES = '''
def halves(n):
    return n // 2, n - n // 2
'''

TOY = {
    "toy_circle": _HALVES + '''

def make_points(n, noise, rng):
    """Two rings: label 1 inside radius 2.5, 0 in the ring 3.5..5 (TensorFlow Playground's circle)."""
    radius = 5.0
    n_in, n_out = halves(n)
    xs, ys = [], []
    for count, r_lo, r_hi in ((n_in, 0.0, radius * 0.5), (n_out, radius * 0.7, radius)):
        r = rng.uniform(r_lo, r_hi, count)
        angle = rng.uniform(0.0, 2 * np.pi, count)
        p = np.column_stack([r * np.sin(angle), r * np.cos(angle)])
        jitter = rng.uniform(-radius, radius, (count, 2)) * noise
        label = (np.hypot(*(p + jitter).T) < radius * 0.5).astype(np.int64)
        xs.append(p)
        ys.append(label)
    return np.concatenate(xs), np.concatenate(ys)
''',
    "toy_xor": '''
def make_points(n, noise, rng):
    """Label 1 where x1 * x2 >= 0 (the Playground's XOR quadrants)."""
    padding = 0.3
    p = rng.uniform(-5.0, 5.0, (n, 2))
    p += np.where(p > 0, padding, -padding)
    jitter = rng.uniform(-5.0, 5.0, (n, 2)) * noise
    q = p + jitter
    return p, (q[:, 0] * q[:, 1] >= 0).astype(np.int64)
''',
    "gaussians": _HALVES + '''

def make_points(n, noise, rng):
    """Two Gaussian clouds around (2, 2) (label 1) and (-2, -2) (label 0)."""
    variance = 0.5 + noise / 0.5 * (4.0 - 0.5)
    n1, n0 = halves(n)
    p1 = rng.normal((2.0, 2.0), np.sqrt(variance), (n1, 2))
    p0 = rng.normal((-2.0, -2.0), np.sqrt(variance), (n0, 2))
    return np.concatenate([p1, p0]), np.concatenate([np.ones(n1, np.int64), np.zeros(n0, np.int64)])
''',
    "spiral": '''
def make_points(n, noise, rng):
    """Two interleaved spirals (the Playground's spiral)."""
    xs, ys = [], []
    for count, delta, label in ((n // 2, 0.0, 1), (n - n // 2, np.pi, 0)):
        i = np.arange(count) / count
        r = i * 5.0
        t = 1.75 * i * 2 * np.pi + delta
        p = np.column_stack([r * np.sin(t), r * np.cos(t)]) + rng.uniform(-1.0, 1.0, (count, 2)) * noise
        xs.append(p)
        ys.append(np.full(count, label, np.int64))
    return np.concatenate(xs), np.concatenate(ys)
''',
    "moons": _HALVES + '''

def make_points(n, noise, rng):
    """Two half moons, scaled to the Playground's [-5, 5] square."""
    n_outer, n_inner = halves(n)
    t_out = rng.uniform(0.0, np.pi, n_outer)
    t_in = rng.uniform(0.0, np.pi, n_inner)
    outer = np.column_stack([np.cos(t_out), np.sin(t_out)])
    inner = np.column_stack([1.0 - np.cos(t_in), 1.0 - np.sin(t_in) - 0.5])
    p = np.concatenate([outer, inner]) + rng.normal(0.0, 1.0, (n, 2)) * (0.6 * noise)
    p = (p - (0.5, 0.25)) * (10.0 / 3.0)
    return p, np.concatenate([np.zeros(n_outer, np.int64), np.ones(n_inner, np.int64)])
''',
    "plane": '''
def make_points(n, noise, rng):
    """Regression target (x1 + x2) / 10 (the Playground's plane)."""
    radius = 6.0
    p = rng.uniform(-radius, radius, (n, 2))
    jitter = rng.uniform(-radius, radius, (n, 2)) * noise
    q = p + jitter
    return p, (q[:, 0] + q[:, 1]) / 10.0
''',
    "multi_gaussian": '''
BUMPS = ((-4.0, 2.5, 1.0), (0.0, 2.5, -1.0), (4.0, 2.5, 1.0), (-4.0, -2.5, -1.0), (0.0, -2.5, 1.0), (4.0, -2.5, -1.0))


def gaussian_surface(q):
    """Of six bumps sign * clip(1 - dist / 2, 0, 1), the one largest in absolute value."""
    best = np.zeros(len(q))
    for cx, cy, sign in BUMPS:
        value = sign * np.clip(1.0 - np.hypot(q[:, 0] - cx, q[:, 1] - cy) / 2.0, 0.0, 1.0)
        best = np.where(np.abs(value) > np.abs(best), value, best)
    return best


def make_points(n, noise, rng):
    """Regression on the Playground's six Gaussian bumps."""
    radius = 6.0
    p = rng.uniform(-radius, radius, (n, 2))
    jitter = rng.uniform(-radius, radius, (n, 2)) * noise
    return p, gaussian_surface(p + jitter)
''',
}

#: input features as expressions of the columns a = x[:, 0], b = x[:, 1]
FEATURE_EXPRESSIONS = {
    "x1": "a", "x2": "b", "x1^2": "a * a", "x2^2": "b * b", "x1*x2": "a * b",
    "sin_x1": "np.sin(a)", "sin_x2": "np.sin(b)",
}


def features_snippet(names: tuple[str, ...]) -> str:
    """``expand_features(x)``: the chosen input features of a 2-column array, in the order given."""
    columns = ", ".join(FEATURE_EXPRESSIONS[name] for name in names)
    listed = ", ".join(names)
    return f'''
def expand_features(x):
    """The input features {listed} computed from the two coordinates."""
    a, b = x[:, 0], x[:, 1]
    return np.column_stack([{columns}]).astype(x.dtype)
'''


IDX = '''
def read_idx(folder, stem):
    """An IDX file (Fashion-MNIST / MNIST format), plain or .gz, as a NumPy array."""
    path = os.path.join(folder, stem)
    opener = gzip.open if not os.path.exists(path) else open
    with opener(path if os.path.exists(path) else path + ".gz", "rb") as fh:
        data = fh.read()
    ndim = data[3]
    shape = [int.from_bytes(data[4 + 4 * i:8 + 4 * i], "big") for i in range(ndim)]
    return np.frombuffer(data, dtype=np.uint8, offset=4 + 4 * ndim).reshape(shape)
'''

/* A plain SGD training step of a chain of Dense layers, in C: the loop of `dense_chain.py`.
 *
 * The NumPy backend runs a training step as some 60 NumPy calls between its matrix products (bias, ReLU, its
 * mask, the bias gradient...), each a few microseconds on arrays of a few kilobytes. For the notes' recipe
 * (784-300-100-10 at batch 32) those calls took a third of the step. Here the same arithmetic runs in two C
 * calls per step, one for the forward pass and one for the backward pass with the SGD step; the matrix products
 * are the very same OpenBLAS calls NumPy makes (its `cblas_sgemm`, and `cblas_sgemm_batch` for a kernel split
 * in two halves, see `kernel_halves.py`), with the same arguments, and every element-wise operation is the same
 * IEEE float32 operation NumPy does, in the same order. So the weights come out bit for bit as NumPy's path
 * gives them (checked by `tests/backends/test_numpy_dense_chain.py`).
 *
 * Compiled without fast-math and without contracting a*b+c into one rounding (-ffp-contract=off).
 * No Python here: `dense_chain.py` fills a `chain_t` once per batch size and calls the two functions with ctypes.
 */
#include <stddef.h>
#include <stdint.h>

#define CHAIN_MAX_LAYERS 32

/* cblas_sgemm and cblas_sgemm_batch with 64-bit integers (NumPy's OpenBLAS) */
typedef void (*sgemm_t)(int order, int trans_a, int trans_b, int64_t m, int64_t n, int64_t k, float alpha,
                        const float *a, int64_t lda, const float *b, int64_t ldb, float beta, float *c, int64_t ldc);
typedef void (*sgemm_batch_t)(int order, const int *trans_a, const int *trans_b, const int64_t *m,
                              const int64_t *n, const int64_t *k, const float *alpha, const float **a,
                              const int64_t *lda, const float **b, const int64_t *ldb, const float *beta,
                              float **c, const int64_t *ldc, int64_t group_count, const int64_t *group_size);

enum { ROW_MAJOR = 101, NO_TRANS = 111, TRANS = 112 };

/* The element-wise loops are compiled for several instruction sets, the widest the processor has picked when
 * the library loads (as NumPy picks its own loops): AVX-512 does them twice as fast as the SSE2 every x86-64 has,
 * and a library built for one machine still runs on another. */
#if defined(__GNUC__) && defined(__x86_64__) && defined(__linux__)
#define VECTOR_LOOP __attribute__((target_clones("avx512f", "avx2", "default")))
#else
#define VECTOR_LOOP
#endif

VECTOR_LOOP static void add_halves(float *z, const float *p0, const float *p1, int64_t count)
{
    for (int64_t i = 0; i < count; i++)
        z[i] = p0[i] + p1[i];
}

VECTOR_LOOP static void add_bias(float *z, const float *b, int64_t rows, int64_t m)
{
    for (int64_t r = 0; r < rows; r++)
        for (int64_t j = 0; j < m; j++)
            z[r * m + j] += b[j];
}

VECTOR_LOOP static void relu(float *z, int64_t count)   /* NumPy's maximum(z, 0): NaN stays NaN */
{
    for (int64_t i = 0; i < count; i++)
        z[i] = z[i] < 0.0f ? 0.0f : z[i];
}

VECTOR_LOOP static void relu_mask(float *g, const float *a, int64_t count)   /* NumPy's multiply(g, a > 0) */
{
    for (int64_t i = 0; i < count; i++)
        g[i] = g[i] * (float)(a[i] > 0.0f);
}

/* b -= gz's column sums, summed as NumPy's add.reduce(gz, axis=0) does: row after row */
VECTOR_LOOP static void step_bias(float *b, const float *gz, int64_t rows, int64_t m)
{
    for (int64_t j0 = 0; j0 < m; j0 += 64) {
        const int64_t width = m - j0 < 64 ? m - j0 : 64;
        float sums[64];
        for (int64_t j = 0; j < width; j++)
            sums[j] = gz[j0 + j];
        for (int64_t r = 1; r < rows; r++)
            for (int64_t j = 0; j < width; j++)
                sums[j] += gz[r * m + j0 + j];
        for (int64_t j = 0; j < width; j++)
            b[j0 + j] -= sums[j];
    }
}

typedef struct {
    void *gemm;                 /* sgemm_t */
    void *gemm_batch;           /* sgemm_batch_t, or NULL when no kernel is split */
    int64_t layers;             /* number of Dense layers */
    int64_t rows;               /* the batch size */
    int64_t sizes[CHAIN_MAX_LAYERS + 1];   /* sizes[0] inputs, sizes[l + 1] units of layer l */
    int64_t relu[CHAIN_MAX_LAYERS];        /* hidden layer l: 1 ReLU, 0 linear (the last layer: ignored) */
    int64_t split[CHAIN_MAX_LAYERS];       /* rows of layer l's kernel in its first half, 0 when not split */
    int64_t split_forward[CHAIN_MAX_LAYERS];   /* whether the forward product is split too */
    float *kernel[CHAIN_MAX_LAYERS];       /* (sizes[l], sizes[l + 1]), row-major */
    float *bias[CHAIN_MAX_LAYERS];         /* (sizes[l + 1]) or NULL */
    float *out[CHAIN_MAX_LAYERS + 1];      /* out[0] the batch; out[l + 1] layer l's output (the last: logits) */
    float *grad[CHAIN_MAX_LAYERS + 1];     /* grad[l + 1]: dL/dz of layer l times the learning rate */
    float *partial;             /* (2, rows, units) for a split forward product */
} chain_t;

/* The struct's version and size, which dense_chain.py checks before using the library: a library built from an
 * older dense_chain.c (an editable install not rebuilt after a change) is left unused rather than misread. */
#define CHAIN_VERSION 1

int64_t chain_layout(void)
{
    return CHAIN_VERSION * 1000000 + (int64_t)sizeof(chain_t);
}

/* Two products C_i = alpha * op(A_i) @ op(B_i) + beta * C_i in one batched call: OpenBLAS runs the first on the
 * calling thread and the second on its worker (kernel_halves.py, _Pair). */
static void gemm_pair(const chain_t *c, int trans_a, int trans_b, const int64_t m[2], const int64_t n[2],
                      const int64_t k[2], float alpha, const float *a0, const float *a1, int64_t lda,
                      const float *b0, const float *b1, int64_t ldb, float beta, float *c0, float *c1, int64_t ldc)
{
    const int ta[2] = {trans_a, trans_a}, tb[2] = {trans_b, trans_b};
    const float alphas[2] = {alpha, alpha}, betas[2] = {beta, beta};
    const float *as[2] = {a0, a1}, *bs[2] = {b0, b1};
    float *cs[2] = {c0, c1};
    const int64_t ldas[2] = {lda, lda}, ldbs[2] = {ldb, ldb}, ldcs[2] = {ldc, ldc}, ones[2] = {1, 1};
    ((sgemm_batch_t)c->gemm_batch)(ROW_MAJOR, ta, tb, m, n, k, alphas, as, ldas, bs, ldbs, betas, cs, ldcs, 2, ones);
}

/* out[l + 1] = act(out[l] @ kernel + bias) for every layer; the last layer stops at its logits (its activation
 * and the loss are NumPy's). */
void chain_forward(const chain_t *c)
{
    const int64_t rows = c->rows;
    for (int64_t l = 0; l < c->layers; l++) {
        const int64_t k = c->sizes[l], m = c->sizes[l + 1], count = rows * m;
        const float *x = c->out[l], *w = c->kernel[l], *b = c->bias[l];
        float *z = c->out[l + 1];
        if (c->split_forward[l]) {     /* x[:, :s] @ W[:s] and x[:, s:] @ W[s:], then their sum */
            const int64_t s = c->split[l];
            const int64_t ms[2] = {rows, rows}, ns[2] = {m, m}, ks[2] = {s, k - s};
            float *p0 = c->partial, *p1 = c->partial + count;
            gemm_pair(c, NO_TRANS, NO_TRANS, ms, ns, ks, 1.0f, x, x + s, k, w, w + s * m, m, 0.0f, p0, p1, m);
            add_halves(z, p0, p1, count);
        } else {
            ((sgemm_t)c->gemm)(ROW_MAJOR, NO_TRANS, NO_TRANS, rows, m, k, 1.0f, x, k, w, m, 0.0f, z, m);
        }
        if (b != NULL)
            add_bias(z, b, rows, m);
        if (l + 1 < c->layers && c->relu[l])
            relu(z, count);
    }
}

/* From grad[layers] (dL/dz of the last layer times the learning rate), layer by layer backwards: the input
 * gradient with the kernel before the step, then the hidden layer's ReLU mask on it; the kernel's step
 * W -= x.T @ gz as one product into the kernel (alpha -1, beta 1); the bias's step by gz's column sums. */
void chain_step(const chain_t *c)
{
    const int64_t rows = c->rows;
    for (int64_t l = c->layers - 1; l >= 0; l--) {
        const int64_t k = c->sizes[l], m = c->sizes[l + 1], s = c->split[l];
        const float *x = c->out[l], *gz = c->grad[l + 1];
        float *w = c->kernel[l], *b = c->bias[l];
        if (l > 0) {                   /* dx = gz @ W.T; the first layer's input needs no gradient */
            float *dx = c->grad[l];
            if (s) {
                const int64_t ms[2] = {rows, rows}, ns[2] = {s, k - s}, ks[2] = {m, m};
                gemm_pair(c, NO_TRANS, TRANS, ms, ns, ks, 1.0f, gz, gz, m, w, w + s * m, m, 0.0f, dx, dx + s, k);
            } else {
                ((sgemm_t)c->gemm)(ROW_MAJOR, NO_TRANS, TRANS, rows, k, m, 1.0f, gz, m, w, m, 0.0f, dx, k);
            }
            if (c->relu[l - 1])
                relu_mask(dx, x, rows * k);
        }
        if (s) {                       /* each half of the kernel on its own thread, as in the forward */
            const int64_t ms[2] = {s, k - s}, ns[2] = {m, m}, ks[2] = {rows, rows};
            gemm_pair(c, TRANS, NO_TRANS, ms, ns, ks, -1.0f, x, x + s, k, gz, gz, m, 1.0f, w, w + s * m, m);
        } else {
            ((sgemm_t)c->gemm)(ROW_MAJOR, TRANS, NO_TRANS, k, m, rows, -1.0f, x, k, gz, m, 1.0f, w, m);
        }
        if (b != NULL)
            step_bias(b, gz, rows, m);
    }
}

/* JSON.stringify(JSON.parse(body)) in one pass over the bytes of a JSON text.
 *
 * js_form(body) -> (status, form)
 *
 *   SAME         the text is already its own JavaScript form; `form` is the input bytes
 *   CHANGED      `form` is the JavaScript form, which differs from the input
 *   DUPLICATE    an object repeats a key (JSON.stringify never writes one); form is None
 *   NOT_JSON     not a JSON text (as Python's json.loads without NaN/Infinity judges it)
 *   NOT_UTF8     a string holds bytes that are not UTF-8 (the caller may decode with
 *                replacement, as JavaScript's body parsers do, and call again)
 *   TOO_DEEP     more than MAX_DEPTH nested arrays/objects
 *
 * The form is what V8 prints: whitespace outside strings dropped; strings re-escaped (only `"`,
 * `\`, controls as \b \t \n \f \r or lowercase \u00xx, lone surrogates as lowercase \udxxx;
 * everything else raw UTF-8, escapes such as \u00e9 and \/ decoded); numbers as
 * Number.prototype.toString of the nearest double (shortest round-trip digits, exponent form at
 * >= 1e21 and below 1e-6, -0 -> 0, overflow -> null); array-index keys of an object first, in
 * ascending order. Numbers already written that way are copied as they are.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
/* SSE2 (every x86-64 target, and 32-bit x86 built with it) for the short-number step; elsewhere
 * (aarch64 wheels, ...) parse_number does that work alone and the output is the same. Building with
 * COBALT_NO_SIMD defined selects that scalar path on x86 as well, to test it:
 *   CFLAGS=-DCOBALT_NO_SIMD pip install --no-cache-dir --force-reinstall ./speedups
 * then run tests/webhooks (test_accelerator compares every output with the pure-Python form). */
#if !defined(COBALT_NO_SIMD) && (defined(__SSE2__) || defined(_M_X64) || defined(_M_AMD64) || \
                                 (defined(_M_IX86_FP) && _M_IX86_FP >= 2))
#define COBALT_SSE2 1
#include <emmintrin.h>
#endif

enum { ST_SAME = 0, ST_CHANGED = 1, ST_DUPLICATE = 2, ST_NOT_JSON = 3, ST_NOT_UTF8 = 4, ST_TOO_DEEP = 5,
       ST_NO_MEMORY = 6 };

#define MAX_DEPTH 512
#define SLACK 64
#define SMALL_OBJECT 16
#define MAX_ARRAY_INDEX 4294967294ULL

typedef struct {
    size_t start;     /* output offset of the member's opening key quote */
    size_t end;       /* output offset just past its value */
    size_t key_len;   /* bytes between the key's quotes (output form) */
    int64_t index;    /* array index value of the key, or -1 */
} Member;

typedef struct {
    const unsigned char *in;
    size_t n;
    size_t pos;
    PyObject *bytes; /* the output is written in place into this bytes object, cut to `len` at the end */
    char *out;       /* its buffer */
    size_t len;
    size_t cap;
    Member *members;
    size_t n_members;
    size_t cap_members;
} State;

static int reserve(State *s, size_t need) {
    if (need <= s->cap) return 0;
    size_t cap = s->cap * 2 > need ? s->cap * 2 : need;
    if (_PyBytes_Resize(&s->bytes, (Py_ssize_t)cap) < 0) return -1; /* MemoryError set, bytes NULL */
    s->out = PyBytes_AS_STRING(s->bytes);
    s->cap = cap;
    return 0;
}

/* ---------------------------------------------------------------- whitespace */

static inline size_t skip_ws(const unsigned char *in, size_t pos, size_t n) {
    if (pos < n && in[pos] > ' ') return pos;
    while (pos < n) {
        unsigned char c = in[pos];
        if (c == ' ') {
            while (pos + 8 <= n) {
                uint64_t w;
                memcpy(&w, in + pos, 8);
                if (w != 0x2020202020202020ULL) break;
                pos += 8;
            }
            if (pos < n && in[pos] == ' ') pos++;
            continue;
        }
        if (c == '\n' || c == '\r' || c == '\t') {
            pos++;
            continue;
        }
        break;
    }
    return pos;
}

/* ---------------------------------------------------------------- strings */

#define ONES 0x0101010101010101ULL
#define HIGHS 0x8080808080808080ULL

/* High bit set in the first byte (lowest address) that is a quote, a backslash, below 0x20 or
 * at least 0x80. Borrows can flag later bytes too, never an earlier one. */
static inline uint64_t special_bytes(uint64_t w) {
    uint64_t q = w ^ (ONES * '"');
    uint64_t b = w ^ (ONES * '\\');
    return (((q - ONES) & ~q) | ((b - ONES) & ~b) | ((w - ONES * 0x20) & ~w) | w) & HIGHS;
}

static const char HEX[] = "0123456789abcdef";

static inline int hex_value(unsigned char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

static inline int read_hex4(const unsigned char *p) {
    int a = hex_value(p[0]), b = hex_value(p[1]), c = hex_value(p[2]), d = hex_value(p[3]);
    if ((a | b | c | d) < 0) return -1;
    return (a << 12) | (b << 8) | (c << 4) | d;
}

static inline char *put_unit_escape(char *o, unsigned int unit) {
    o[0] = '\\';
    o[1] = 'u';
    o[2] = HEX[(unit >> 12) & 15];
    o[3] = HEX[(unit >> 8) & 15];
    o[4] = HEX[(unit >> 4) & 15];
    o[5] = HEX[unit & 15];
    return o + 6;
}

/* A code point (not a surrogate) as JSON.stringify writes it inside a string. */
static inline char *put_char(char *o, unsigned int cp) {
    if (cp < 0x20) {
        char short_form = 0;
        switch (cp) {
        case 0x08: short_form = 'b'; break;
        case 0x09: short_form = 't'; break;
        case 0x0A: short_form = 'n'; break;
        case 0x0C: short_form = 'f'; break;
        case 0x0D: short_form = 'r'; break;
        }
        if (short_form) {
            o[0] = '\\';
            o[1] = short_form;
            return o + 2;
        }
        return put_unit_escape(o, cp);
    } else if (cp == '"' || cp == '\\') {
        o[0] = '\\';
        o[1] = (char)cp;
        return o + 2;
    } else if (cp < 0x80) {
        o[0] = (char)cp;
        return o + 1;
    } else if (cp < 0x800) {
        o[0] = (char)(0xC0 | (cp >> 6));
        o[1] = (char)(0x80 | (cp & 0x3F));
        return o + 2;
    } else if (cp < 0x10000) {
        o[0] = (char)(0xE0 | (cp >> 12));
        o[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        o[2] = (char)(0x80 | (cp & 0x3F));
        return o + 3;
    } else {
        o[0] = (char)(0xF0 | (cp >> 18));
        o[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
        o[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
        o[3] = (char)(0x80 | (cp & 0x3F));
        return o + 4;
    }
}

/* Length of the well-formed UTF-8 sequence at p (first byte >= 0x80), or 0. */
static inline size_t utf8_length(const unsigned char *p, size_t avail) {
    unsigned char c = p[0];
    if (c >= 0xC2 && c <= 0xDF) {
        return avail >= 2 && (p[1] & 0xC0) == 0x80 ? 2 : 0;
    }
    if (c >= 0xE0 && c <= 0xEF) {
        if (avail < 3 || (p[2] & 0xC0) != 0x80) return 0;
        unsigned char lo = 0x80, hi = 0xBF;
        if (c == 0xE0) lo = 0xA0;
        if (c == 0xED) hi = 0x9F; /* no encoded surrogates */
        return p[1] >= lo && p[1] <= hi ? 3 : 0;
    }
    if (c >= 0xF0 && c <= 0xF4) {
        if (avail < 4 || (p[2] & 0xC0) != 0x80 || (p[3] & 0xC0) != 0x80) return 0;
        unsigned char lo = 0x80, hi = 0xBF;
        if (c == 0xF0) lo = 0x90;
        if (c == 0xF4) hi = 0x8F;
        return p[1] >= lo && p[1] <= hi ? 4 : 0;
    }
    return 0;
}

/* At an opening quote (in[*pos_io]): write the string's JavaScript form at *o_io and advance both.
 * Returns a status on failure, or -1. The output never outruns the input here. */
static inline __attribute__((always_inline)) int parse_string(const unsigned char *in, size_t n, size_t *pos_io, char **o_io) {
    size_t pos = *pos_io + 1;
    char *o = *o_io;
    *o++ = '"';
    for (;;) {
#if PY_LITTLE_ENDIAN
        while (pos + 8 <= n) {
            uint64_t w, m;
            memcpy(&w, in + pos, 8);
            memcpy(o, &w, 8);
            m = special_bytes(w);
            if (m) {
                size_t k = (size_t)__builtin_ctzll(m) >> 3;
                pos += k;
                o += k;
                break;
            }
            pos += 8;
            o += 8;
        }
#endif
        if (pos >= n) return ST_NOT_JSON;
        unsigned char c = in[pos];
        if (c == '"') {
            *o++ = '"';
            *pos_io = pos + 1;
            *o_io = o;
            return -1;
        }
        if (c >= 0x20 && c < 0x80 && c != '\\') {
            *o++ = (char)c;
            pos++;
            continue;
        }
        if (c >= 0x80) {
            /* A run of multi-byte sequences (non-Latin text) without going back to the word loop. */
            do {
                size_t k = utf8_length(in + pos, n - pos);
                if (!k) return ST_NOT_UTF8;
                if (pos + 4 <= n) {
                    memcpy(o, in + pos, 4); /* fixed size; the output has room */
                } else {
                    memcpy(o, in + pos, k);
                }
                o += k;
                pos += k;
            } while (pos < n && in[pos] >= 0x80);
            continue;
        }
        if (c < 0x20) return ST_NOT_JSON;
        /* a backslash */
        if (pos + 1 >= n) return ST_NOT_JSON;
        c = in[pos + 1];
        switch (c) {
        case '"': case '\\':
            *o++ = '\\';
            *o++ = (char)c;
            pos += 2;
            continue;
        case '/': *o++ = '/'; pos += 2; continue;
        case 'b': o = put_char(o, 0x08); pos += 2; continue;
        case 'f': o = put_char(o, 0x0C); pos += 2; continue;
        case 'n': o = put_char(o, 0x0A); pos += 2; continue;
        case 'r': o = put_char(o, 0x0D); pos += 2; continue;
        case 't': o = put_char(o, 0x09); pos += 2; continue;
        case 'u': break;
        default: return ST_NOT_JSON;
        }
        if (pos + 6 > n) return ST_NOT_JSON;
        int unit = read_hex4(in + pos + 2);
        if (unit < 0) return ST_NOT_JSON;
        pos += 6;
        if (unit >= 0xD800 && unit <= 0xDBFF) {
            if (pos + 6 <= n && in[pos] == '\\' && in[pos + 1] == 'u') {
                int low = read_hex4(in + pos + 2);
                if (low >= 0xDC00 && low <= 0xDFFF) {
                    o = put_char(o, 0x10000 + (((unsigned int)unit - 0xD800) << 10) + ((unsigned int)low - 0xDC00));
                    pos += 6;
                    continue;
                }
            }
            o = put_unit_escape(o, (unsigned int)unit); /* a lone high surrogate */
        } else if (unit >= 0xDC00 && unit <= 0xDFFF) {
            o = put_unit_escape(o, (unsigned int)unit); /* a lone low surrogate */
        } else {
            o = put_char(o, (unsigned int)unit);
        }
    }
}

/* ---------------------------------------------------------------- numbers */

/* Number.prototype.toString of +-0.DIGITS * 10**n, where DIGITS (k >= 1 of them, no leading or
 * trailing zero) are the shortest that round-trip. At most 32 bytes; the moves are fixed-size, so
 * `digits` must be readable for DIGITS_ROOM bytes and the output writable for 64. */
#define DIGITS_ROOM 48
static const char ZEROS[24] = "000000000000000000000000";

static inline char *put_run(char *o, const char *from, int len) {
    memcpy(o, from, 24); /* len <= 21 */
    return o + len;
}

static char *put_js_digits(char *o, int negative, const char *digits, int k, int n) {
    if (negative) *o++ = '-';
    if (k <= n && n <= 21) {
        o = put_run(o, digits, k);
        memcpy(o, ZEROS, 24);
        o += n - k;
    } else if (0 < n && n <= 21) {
        o = put_run(o, digits, n);
        *o++ = '.';
        o = put_run(o, digits + n, k - n);
    } else if (-6 < n && n <= 0) {
        memcpy(o, "0.000000", 8);
        o += 2 - n;
        o = put_run(o, digits, k);
    } else {
        int e = n - 1;
        *o++ = digits[0];
        if (k > 1) {
            *o++ = '.';
            o = put_run(o, digits + 1, k - 1);
        }
        *o++ = 'e';
        *o++ = e < 0 ? '-' : '+';
        int magnitude = e < 0 ? -e : e;
        if (magnitude >= 100) *o++ = (char)('0' + magnitude / 100);
        if (magnitude >= 10) *o++ = (char)('0' + magnitude / 10 % 10);
        *o++ = (char)('0' + magnitude % 10);
    }
    return o;
}

static uint64_t POW10_U64[20]; /* 10**0 .. 10**19 */
static uint64_t POW5_U64[28];  /* 5**0 .. 5**27 */
static char DIGIT_PAIRS[200];  /* "00" "01" .. "99" */

static void init_integers(void) {
    POW10_U64[0] = 1;
    for (int i = 1; i < 20; i++) POW10_U64[i] = POW10_U64[i - 1] * 10;
    POW5_U64[0] = 1;
    for (int i = 1; i < 28; i++) POW5_U64[i] = POW5_U64[i - 1] * 5;
    for (int i = 0; i < 100; i++) {
        DIGIT_PAIRS[2 * i] = (char)('0' + i / 10);
        DIGIT_PAIRS[2 * i + 1] = (char)('0' + i % 10);
    }
}

/* The number of decimal digits of m (> 0). */
static inline int decimal_length(uint64_t m) {
    int t = ((64 - __builtin_clzll(m)) * 1233) >> 12;
    return t - (m < POW10_U64[t]) + 1;
}

/* Number.prototype.toString of +-f * 10**e (f > 0, no trailing zero, below 10**19). */
static inline char *put_js_integer(char *o, int negative, uint64_t f, int e) {
    char buffer[24 + DIGITS_ROOM];
    char *p = buffer + 24;
    while (f >= 100) {
        uint64_t quotient = f / 100;
        p -= 2;
        memcpy(p, DIGIT_PAIRS + 2 * (f - quotient * 100), 2);
        f = quotient;
    }
    if (f >= 10) {
        p -= 2;
        memcpy(p, DIGIT_PAIRS + 2 * f, 2);
    } else {
        *--p = (char)('0' + f);
    }
    int k = (int)(buffer + 24 - p);
    return put_js_digits(o, negative, p, k, k + e);
}

/* The value of the `len` (<= 19) decimal digits at p. */
static inline uint64_t eight_digits(const unsigned char *p) {
    uint64_t w;
    memcpy(&w, p, 8);
#if !PY_LITTLE_ENDIAN
    w = __builtin_bswap64(w);
#endif
    w -= 0x3030303030303030ULL;
    w = w * 10 + (w >> 8); /* pairs of digits in every other byte */
    w = (((w & 0x000000FF000000FFULL) * (100 + (1000000ULL << 32))) +
         (((w >> 16) & 0x000000FF000000FFULL) * (1 + (10000ULL << 32)))) >> 32;
    return (uint32_t)w;
}

static inline uint64_t digits_value(const unsigned char *p, size_t len) {
    uint64_t v = 0;
    while (len >= 8) {
        v = v * 100000000 + eight_digits(p);
        p += 8;
        len -= 8;
    }
    while (len--) v = v * 10 + (uint64_t)(*p++ - '0');
    return v;
}

/* Number.prototype.toString of a finite, non-zero double, written at s->out + s->len. */
static int put_double(State *s, double x) {
    char *repr = PyOS_double_to_string(fabs(x), 'r', 0, 0, NULL);
    if (!repr) return -1;
    char digits[DIGITS_ROOM];
    int k = 0, point = -1, exponent = 0;
    const char *p = repr;
    for (; *p && *p != 'e'; p++) {
        if (*p == '.') {
            point = k;
        } else if (k < 30) {
            digits[k++] = *p;
        }
    }
    if (*p == 'e') exponent = atoi(p + 1);
    PyMem_Free(repr);
    if (point < 0) point = k;
    int n = point + exponent; /* value = 0.DIGITS * 10**n */
    int lead = 0;
    while (lead < k && digits[lead] == '0') lead++;
    n -= lead;
    memmove(digits, digits + lead, (size_t)(k - lead));
    k -= lead;
    while (k > 1 && digits[k - 1] == '0') k--;
    s->len = (size_t)(put_js_digits(s->out + s->len, x < 0, digits, k, n) - s->out);
    return 0;
}

/* Correctly rounded decimal -> double, and the shortest round-trip digits of a double, with exact
 * 64x128-bit integer arithmetic (no floating point):
 *
 *   decimal_to_double  m * 10**q by the product of m with a 128-bit truncation of 10**q (the
 *                      Eisel-Lemire idea): the exact value lies in [P, P + m) of that product,
 *                      and the double is decided unless a rounding midpoint falls in that range
 *                      (then the caller asks Python, which is exact). Subnormals included.
 *   shortest_digits    Schubfach (R. Giulietti, "The Schubfach way to render doubles", 2020):
 *                      the shortest decimal in the rounding interval of the double, the closest
 *                      of those (ties to even), as ECMAScript's Number::toString picks it. Never
 *                      undecided.
 *
 * Both tables are computed once at import from Python's exact integers (init_tables). */
#if defined(__SIZEOF_INT128__)
#define HAVE_FAST_NUMBERS 1
typedef unsigned __int128 u128;

#define M63 0x7FFFFFFFFFFFFFFFULL
#define G_MIN (-324) /* floor(log10(2**-1074)) */
#define G_MAX 292    /* floor(log10(2**971)) */
#define T_MIN (-342) /* the smallest decimal exponent of m * 10**q (m < 10**19) that is not 0 */
#define T_MAX 308
static uint64_t G1[G_MAX - G_MIN + 1], G0[G_MAX - G_MIN + 1]; /* g = G1 * 2**63 + G0 */
static uint64_t T_HI[T_MAX - T_MIN + 1], T_LO[T_MAX - T_MIN + 1];
static int T_EXP[T_MAX - T_MIN + 1];
static unsigned char T_EXACT[T_MAX - T_MIN + 1];
static int tables_ready;

/* floor(q * log10(2)), floor(q * log10(2) + log10(3/4)), floor(e * log2(10)) for the ranges used
 * here (|q| <= 1100, |e| <= 400: compared with exact rational arithmetic over those ranges when
 * written; every binary exponent of a double goes through them in tests/webhooks/test_accelerator). */
static inline int floor_log10_pow2(int q) { return (int)(((int64_t)q * 661971961083LL) >> 41); }
static inline int floor_log10_three_quarters_pow2(int q) {
    return (int)(((int64_t)q * 661971961083LL - 274743187321LL) >> 41);
}
static inline int floor_log2_pow10(int e) { return (int)(((int64_t)e * 913124641741LL) >> 38); }

/* Python integers -> the two tables; -1 with an exception set on failure. */
static PyObject *py_pow10(PyObject *ten, int e) {
    PyObject *exponent = PyLong_FromLong(e);
    if (!exponent) return NULL;
    PyObject *power = PyNumber_Power(ten, exponent, Py_None);
    Py_DECREF(exponent);
    return power;
}

static PyObject *py_shift(PyObject *v, long by) { /* v << by, or v >> -by */
    PyObject *amount = PyLong_FromLong(by >= 0 ? by : -by);
    if (!amount) return NULL;
    PyObject *r = by >= 0 ? PyNumber_Lshift(v, amount) : PyNumber_Rshift(v, amount);
    Py_DECREF(amount);
    return r;
}

static long py_bit_length(PyObject *v) {
    PyObject *r = PyObject_CallMethod(v, "bit_length", NULL);
    if (!r) return -1;
    long bits = PyLong_AsLong(r);
    Py_DECREF(r);
    return bits;
}

/* low 64 bits of v >> by (v >= 0) */
static int py_word(PyObject *v, long by, uint64_t *out) {
    PyObject *shifted = py_shift(v, -by);
    if (!shifted) return -1;
    *out = (uint64_t)PyLong_AsUnsignedLongLongMask(shifted);
    Py_DECREF(shifted);
    return PyErr_Occurred() ? -1 : 0;
}

static int init_tables(void) {
    if (tables_ready) return 0;
    int status = -1;
    PyObject *ten = PyLong_FromLong(10), *one = PyLong_FromLong(1);
    if (!ten || !one) goto done;
    /* Schubfach: g = floor(10**e / 2**r) + 1, r = floor(e log2 10) - 125, e = -k: 2**125 <= g < 2**126 */
    for (int k = G_MIN; k <= G_MAX; k++) {
        int e = -k, r = floor_log2_pow10(e) - 125;
        PyObject *power = py_pow10(ten, e >= 0 ? e : -e), *g = NULL, *g1 = NULL;
        if (!power) goto done;
        if (e >= 0) {
            g = py_shift(power, -r);
        } else {
            PyObject *num = py_shift(one, -r);
            if (num) g = PyNumber_FloorDivide(num, power);
            Py_XDECREF(num);
        }
        Py_DECREF(power);
        if (!g) goto done;
        g1 = PyNumber_Add(g, one);
        Py_DECREF(g);
        if (!g1) goto done;
        long bits = py_bit_length(g1);
        uint64_t hi = 0, lo = 0;
        int failed = bits != 126 || py_word(g1, 63, &hi) < 0 || py_word(g1, 0, &lo) < 0;
        Py_DECREF(g1);
        if (failed) {
            if (!PyErr_Occurred()) PyErr_SetString(PyExc_SystemError, "_jsform: bad power table");
            goto done;
        }
        G1[k - G_MIN] = hi;
        G0[k - G_MIN] = lo & M63;
    }
    /* Decimal -> double: 10**q = V * 2**T_EXP with 2**127 <= V < 2**128; T = floor(V). */
    for (int q = T_MIN; q <= T_MAX; q++) {
        PyObject *power = py_pow10(ten, q >= 0 ? q : -q), *t = NULL;
        if (!power) goto done;
        long length = py_bit_length(power);
        long shift; /* T = 10**q * 2**shift */
        int exact;
        if (q >= 0) {
            shift = 128 - length;
            t = py_shift(power, shift);
            exact = 1;
            if (t && shift < 0) {
                PyObject *back = py_shift(t, -shift);
                exact = back && PyObject_RichCompareBool(back, power, Py_EQ) == 1;
                Py_XDECREF(back);
            }
        } else {
            shift = length + 127;
            PyObject *num = py_shift(one, shift);
            if (num) t = PyNumber_FloorDivide(num, power);
            Py_XDECREF(num);
            exact = 0;
        }
        Py_DECREF(power);
        if (!t) goto done;
        long bits = py_bit_length(t);
        uint64_t hi = 0, lo = 0;
        int failed = bits != 128 || py_word(t, 64, &hi) < 0 || py_word(t, 0, &lo) < 0;
        Py_DECREF(t);
        if (failed) {
            if (!PyErr_Occurred()) PyErr_SetString(PyExc_SystemError, "_jsform: bad power table");
            goto done;
        }
        T_HI[q - T_MIN] = hi;
        T_LO[q - T_MIN] = lo;
        T_EXP[q - T_MIN] = (int)-shift;
        T_EXACT[q - T_MIN] = (unsigned char)exact;
    }
    tables_ready = 1;
    status = 0;
done:
    Py_XDECREF(ten);
    Py_XDECREF(one);
    return status;
}

/* The order of m * 10**q against the midpoint (2n + 1) * 2**(ulp - 1): 1 above, 0 equal, -1 below;
 * 2 when q is outside [-27, -1] (where 128 bits of 10**q are exact, or no decimal of 19 digits comes
 * close enough to a midpoint: the caller then gives up, soundly). */
static int midpoint_order(uint64_t m, int q, uint64_t n, int ulp) {
    if (q < -27 || q >= 0) return 2;
    /* m * 10**q vs (2n + 1) * 2**(ulp - 1)  <=>  m vs (2n + 1) * 5**-q * 2**(ulp - 1 - q) */
    u128 rhs = (u128)(2 * n + 1) * POW5_U64[-q]; /* below 2**117 */
    int shift = ulp - 1 - q;
    if (shift >= 0) {
        if (shift > 10) return 2; /* outside the range this is written for */
        rhs <<= shift;
        return (u128)m > rhs ? 1 : (u128)m < rhs ? -1 : 0;
    }
    if (-shift >= 128) return 1; /* rhs * 2**shift < 1 <= m */
    u128 whole = rhs >> -shift, part = rhs & ((((u128)1) << -shift) - 1);
    if ((u128)m > whole) return 1;
    if ((u128)m < whole) return -1;
    return part ? -1 : 0;
}

/* The double nearest to m * 10**q (m > 0, T_MIN <= q <= T_MAX), ties to even: 1 and *out (which
 * may be 0 or infinity), or 0 when a rounding midpoint lies within the error of the product. */
static inline int decimal_to_double_clear(uint64_t m, int q, double *out, int *clear);
static inline int decimal_to_double(uint64_t m, int q, double *out) {
    int clear;
    return decimal_to_double_clear(m, q, out, &clear);
}

/* As decimal_to_double, and *clear = 1 only when every value in [m, m + 1) * 10**q rounds to the
 * same double (so a token whose digits after the first 19 are not all 0 needs no second
 * conversion of m + 1). Proof: with m' = m << lz, moving from m to m + 1 adds 2**lz * T < 2**(lz+128)
 * to P, under 2**lz units of `hi`; `rest` and the product's error add under 1 unit each. Rounding to
 * nearest changes only where the value crosses a midpoint between doubles (a binade edge or the
 * next ulp boundary keeps it), and the midpoints are 2**j >= 2**10 units apart: below the midpoint
 * it is clear when half - rem > 2**lz + 2; above it (rem > half, or rem == half with the value
 * strictly above P) the next midpoint is more than half = 2**(j-1) >= 512 > 2**lz + 2 units on (m has
 * at least 19 digits here, so lz <= 4; for any m the bound only errs towards 0). An exact midpoint,
 * an undecided product, and the underflow exit report 0; overflow (the value already >= 2**1024) is
 * clear. */
static inline int decimal_to_double_clear(uint64_t m, int q, double *out, int *clear) {
    *clear = 0;
    int i = q - T_MIN, lz = __builtin_clzll(m);
    uint64_t mn = m << lz;
    u128 low = (u128)mn * T_LO[i], high = (u128)mn * T_HI[i];
    u128 middle = (low >> 64) + (uint64_t)high;
    uint64_t w0 = (uint64_t)low, w1 = (uint64_t)middle, hi = (uint64_t)(high >> 64) + (uint64_t)(middle >> 64);
    u128 rest = ((u128)w1 << 64) | w0;
    /* P = hi * 2**128 + rest; the exact m' * V lies in [P, P + mn) (P itself when T is exact, above
     * it otherwise); the value is m' * V * 2**(T_EXP - lz). P >= 2**190, so hi >= 2**62. */
    int top = 63 - __builtin_clzll(hi);
    int scale = T_EXP[i] - lz;
    int e = top + 128 + scale; /* the value is about 2**e, in [2**e, 2**(e+1)) */
    if (e >= 1024) {
        *out = HUGE_VAL;
        *clear = 1;
        return 1;
    }
    if (e <= -1076) { /* below 2**-1075, half the smallest subnormal */
        *out = 0;
        return 1;
    }
    int ulp = (e >= -1022 ? e : -1022) - 52;
    int j = ulp - scale - 128; /* the ulp is bit 128 + j of P: 10 <= j <= 64 */
    uint64_t n = j >= 64 ? 0 : hi >> j;
    uint64_t rem = j >= 64 ? hi : hi & ((1ULL << j) - 1);
    uint64_t half = 1ULL << (j - 1);
    int exact = T_EXACT[i];
    if (rem > half || (rem == half && (rest != 0 || !exact))) {
        *clear = 1;
        n++; /* above the midpoint (an inexact T puts the value above P) */
    } else if (rem == half) {
        n += n & 1; /* exactly a midpoint: to even */
    } else if (!exact && rem == half - 1 && ~rest < (u128)mn) {
        /* The midpoint between n and n + 1 ulps may lie in [P, P + mn): compare exactly. */
        int above = midpoint_order(m, q, n, ulp);
        if (above == 2) return 0; /* not decidable here: the caller asks Python */
        if (above > 0 || (above == 0 && (n & 1))) n++;
    } else if (rem < half && half - rem > (1ULL << lz) + 2) {
        *clear = 1;
    }
    uint64_t bits;
    if (e >= -1022 || n >= (1ULL << 52)) {
        int biased = ulp + 52 + 1023;
        if (n == (1ULL << 53)) {
            n >>= 1;
            biased++;
        }
        if (e < -1022) biased = 1; /* a subnormal rounded up to the smallest normal */
        if (biased >= 2047) {
            *out = HUGE_VAL;
            return 1;
        }
        bits = ((uint64_t)biased << 52) | (n & ((1ULL << 52) - 1));
    } else {
        bits = n; /* subnormal (or 0) */
    }
    memcpy(out, &bits, 8);
    return 1;
}

static inline uint64_t round_odd_product(uint64_t g1, uint64_t g0, uint64_t cp) {
    uint64_t x1 = (uint64_t)(((u128)g0 * cp) >> 64);
    u128 y = (u128)g1 * cp;
    uint64_t y0 = (uint64_t)y, y1 = (uint64_t)(y >> 64);
    uint64_t z = (y0 >> 1) + x1;
    uint64_t vbp = y1 + (z >> 63);
    return vbp | (((z & M63) + M63) >> 63);
}

/* x (positive, finite, not 0) = *f_out * 10***e_out, *f_out the shortest digits that round-trip
 * and the closest of those to x (ties: even). *f_out may end in zeros. */
static inline void shortest_digits(double x, uint64_t *f_out, int *e_out) {
    uint64_t bits;
    memcpy(&bits, &x, 8);
    uint64_t t = bits & ((1ULL << 52) - 1), c;
    int bq = (int)(bits >> 52) & 0x7FF, q;
    if (bq) {
        int mq = 1075 - bq;
        c = (1ULL << 52) | t;
        if (0 < mq && mq < 53) { /* an integer below 2**53: its own digits */
            uint64_t f = c >> mq;
            if ((f << mq) == c) {
                *f_out = f;
                *e_out = 0;
                return;
            }
        }
        q = -mq;
    } else {
        c = t;
        q = -1074;
    }
    uint64_t out = c & 1, cb = c << 2, cbr = cb + 2, cbl;
    int k;
    if (c != (1ULL << 52) || q == -1074) {
        cbl = cb - 2;
        k = floor_log10_pow2(q);
    } else { /* a power of two: the interval below is half as wide */
        cbl = cb - 1;
        k = floor_log10_three_quarters_pow2(q);
    }
    int h = q + floor_log2_pow10(-k) + 2;
    uint64_t g1 = G1[k - G_MIN], g0 = G0[k - G_MIN];
    uint64_t vb = round_odd_product(g1, g0, cb << h);
    uint64_t vbl = round_odd_product(g1, g0, cbl << h);
    uint64_t vbr = round_odd_product(g1, g0, cbr << h);
    uint64_t s = vb >> 2;
    if (s >= 10) { /* one digit fewer (Java's Double.toString asks for two digits: s >= 100) */
        uint64_t sp10 = 10 * (uint64_t)(((u128)s * (115292150460684698ULL << 4)) >> 64);
        uint64_t tp10 = sp10 + 10;
        int upin = vbl + out <= sp10 << 2;
        int wpin = (tp10 << 2) + out <= vbr;
        if (upin != wpin) {
            *f_out = upin ? sp10 : tp10;
            *e_out = k;
            return;
        }
    }
    uint64_t s1 = s + 1;
    int uin = vbl + out <= s << 2;
    int win = (s1 << 2) + out <= vbr;
    if (uin != win) {
        *f_out = uin ? s : s1;
        *e_out = k;
        return;
    }
    int64_t cmp = (int64_t)(vb - ((s + s1) << 1));
    *f_out = cmp < 0 || (cmp == 0 && (s & 1) == 0) ? s : s1;
    *e_out = k;
}

#else
static int init_tables(void) { return 0; }
#endif

/* The token in[start:end] through the nearest double and Python's shortest repr, written at
 * s->out + s->len (the buffer may move). */
static int slow_number(State *s, size_t start, size_t end) {
    size_t token = end - start;
    char local[128];
    char *text = token < sizeof(local) ? local : PyMem_Malloc(token + 1);
    if (!text) return ST_NO_MEMORY;
    memcpy(text, s->in + start, token);
    text[token] = '\0';
    double x = PyOS_string_to_double(text, NULL, NULL);
    if (text != local) PyMem_Free(text);
    if (x == -1.0 && PyErr_Occurred()) return ST_NO_MEMORY;
    if (reserve(s, s->len + 32 + (s->n - end) + SLACK) < 0) return ST_NO_MEMORY;
    if (isinf(x) || isnan(x)) {
        memcpy(s->out + s->len, "null", 4);
        s->len += 4;
    } else if (x == 0) {
        s->out[s->len++] = '0';
    } else if (put_double(s, x) < 0) {
        return ST_NO_MEMORY;
    }
    return -1;
}

static inline int is_digit(unsigned char c) { return (unsigned char)(c - '0') < 10; }

/* The end of the run of digits starting at pos. */
static inline size_t digits_end(const unsigned char *in, size_t pos, size_t n) {
#if PY_LITTLE_ENDIAN
    while (pos + 8 <= n) {
        uint64_t w, x, m;
        memcpy(&w, in + pos, 8);
        x = w ^ (ONES * '0');              /* a digit becomes 0..9 */
        m = ((x + ONES * 0x76) | x) & HIGHS; /* high bit in each byte that is not (carries go up) */
        if (m) return pos + ((size_t)__builtin_ctzll(m) >> 3);
        pos += 8;
    }
#endif
    while (pos < n && is_digit(in[pos])) pos++;
    return pos;
}

/* Copy a short token (at most 16 bytes) with fixed-size moves: the output has SLACK bytes of room. */
static inline char *copy_short(char *o, const unsigned char *from, size_t len) {
    memcpy(o, from, 8);
    memcpy(o + 8, from + 8, 8);
    return o + len;
}

static inline char *copy_short32(char *o, const unsigned char *from, size_t len) {
    memcpy(o, from, 32);
    return o + len;
}

/* At a number: copy it if JS writes it the same way, else reformat it. -1 on success. */
/* `null` (JSON.stringify's Infinity) and `0` (an underflow to zero): the new end of the output. */
static inline char *put_null(char *o) {
    memcpy(o, "null", 4);
    return o + 4;
}

static inline char *put_zero(char *o) {
    *o = '0';
    return o + 1;
}

#ifdef HAVE_FAST_NUMBERS
/* The output for a converted double x: `null`, `0`, or its shortest digits f * 10**e (f without
   trailing zeros) for the caller to lay out; returns NULL in that last case. */
static inline char *put_special_or_shortest(char *o, double x, uint64_t *f, int *e) {
    if (isinf(x)) return put_null(o);
    if (x == 0) return put_zero(o);
    shortest_digits(x, f, e);
    while (*f % 10 == 0) {
        *f /= 10;
        (*e)++;
    }
    return NULL;
}
#endif

/* Where a number's digits lie, for parse_number: the integer digits are in[int_start, int_end), the
 * fraction's in[frac_start, frac_end) (frac_start == frac_end == int_end without a `.`), and the
 * exponent, if any, starts at frac_end. */
typedef struct {
    int negative;
    size_t int_start, int_end, frac_start, frac_end;
} Mantissa;

#ifdef COBALT_SSE2
/* The commonest numbers in one step, without branching on their shape: an optional `-`, a first
 * digit 1-9, at most 15 digits in all and at most one `.` (followed by at least one digit), then
 * a byte that is not a digit, `.`, `e` or `E`. The value is at least 1 and below 10**15, so
 * JavaScript writes its digits (at most 15 significant ones: the shortest, DBL_DIG) in fixed
 * notation without the fraction's trailing zeros, and without the `.` when the fraction is all
 * zeros: the token is copied and cut there (as parse_number's rules give: `45.0` -> `45`, `12.50`
 * -> `12.5`). Needs 32 readable bytes; the output has SLACK bytes of room past what the input
 * still holds. Returns 1 when done. With the same first digit, the numbers it does not finish
 * (an exponent follows: `1.5e3`; or 16 to 31 bytes of digits and `.`) are well formed up to the
 * exponent: 2, with `m` filled in so that parse_number does not read those digits again. Else 0
 * (`0...`, `-0`, broken spellings, no room): parse_number reads the token from its start. */
static inline int fast_plain_number(const unsigned char *in, size_t n, size_t *pos_io, char **o_io, Mantissa *m) {
    size_t pos = *pos_io;
    if (pos + 32 > n) return 0;
    const unsigned char *p = in + pos;
    unsigned neg = p[0] == '-';
    const unsigned char *q = p + neg;
    if ((unsigned char)(q[0] - '1') >= 9) return 0; /* before any vector work: those go back */
    __m128i v = _mm_loadu_si128((const __m128i *)q);
    __m128i d = _mm_sub_epi8(v, _mm_set1_epi8('0'));
    uint32_t digit = (uint32_t)_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_min_epu8(d, _mm_set1_epi8(9)), d));
    uint32_t dot = (uint32_t)_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8('.')));
    unsigned end = (unsigned)__builtin_ctz(~(digit | dot) | 0x10000u); /* 16: no end within 16 bytes */
    unsigned long_form = end == 16;
    if (long_form) {
        /* Where a longer number's digits end within the next 16 bytes (q + 32 readable?). */
        if (pos + neg + 32 > n) return 0;
        __m128i v1 = _mm_loadu_si128((const __m128i *)(q + 16));
        __m128i d1 = _mm_sub_epi8(v1, _mm_set1_epi8('0'));
        digit |= (uint32_t)_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_min_epu8(d1, _mm_set1_epi8(9)), d1)) << 16;
        dot |= (uint32_t)_mm_movemask_epi8(_mm_cmpeq_epi8(v1, _mm_set1_epi8('.'))) << 16;
        end = (unsigned)__builtin_ctzll(~(uint64_t)(digit | dot));
        if (end == 32) return 0;
    }
    uint32_t before = ((uint32_t)1 << end) - 1, dots = dot & before;
    if (((dots & (dots - 1)) != 0) | (q[end - 1] == '.')) return 0; /* two `.`, or one last */
    unsigned dp = (unsigned)__builtin_ctz(dots | 0x80000000u);      /* 31 without a `.` */
    if (long_form | ((q[end] | 0x20) == 'e')) {
        size_t int_start = pos + neg;
        m->negative = (int)neg;
        m->int_start = int_start;
        m->int_end = int_start + (dots ? dp : end);
        m->frac_start = dots ? int_start + dp + 1 : m->int_end;
        m->frac_end = int_start + end;
        return 2;
    }
    /* With a `.` at dp: keep up to the fraction's last nonzero digit, or only the integer digits. */
    uint32_t zero = (uint32_t)_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8('0')));
    uint32_t significant = digit & ~zero & before & ~((2u << dp) - 1); /* nonzero fraction digits */
    unsigned keep = dots ? (significant ? 32u - (unsigned)__builtin_clz(significant) : dp) : end;
    memcpy(*o_io, p, 16);
    *o_io += neg + keep;
    *pos_io = pos + neg + end;
    return 1;
}
#endif

/* `scanned`: the number's digits as fast_plain_number found them, or NULL to read them here. */
static inline __attribute__((always_inline)) int parse_number(State *s, size_t *pos_io, char **o_io,
                                                              const Mantissa *scanned) {
    const unsigned char *in = s->in;
    size_t n = s->n, start = *pos_io, pos = start;
    int negative;
    size_t int_start, int_end, frac_start, frac_end;
    if (scanned) {
        negative = scanned->negative;
        int_start = scanned->int_start;
        int_end = scanned->int_end;
        frac_start = scanned->frac_start;
        frac_end = pos = scanned->frac_end;
    } else {
        negative = in[pos] == '-';
        if (negative) pos++;
        if (pos >= n) return ST_NOT_JSON;
        int_start = pos;
        if (in[pos] == '0') {
            pos++;
        } else if (is_digit(in[pos])) {
            pos = digits_end(in, pos + 1, n);
        } else {
            return ST_NOT_JSON;
        }
        int_end = frac_start = frac_end = pos;
        if (pos < n && in[pos] == '.') {
            pos++;
            frac_start = pos;
            pos = digits_end(in, pos, n);
            if (pos == frac_start) return ST_NOT_JSON;
            frac_end = pos;
        }
    }
    int has_exponent = 0, exp_negative = 0;
    size_t exp_start = 0;
    if (pos < n && (in[pos] | 0x20) == 'e') {
        pos++;
        if (pos < n && (in[pos] == '+' || in[pos] == '-')) exp_negative = in[pos++] == '-';
        exp_start = pos;
        pos = digits_end(in, pos, n);
        if (pos == exp_start) return ST_NOT_JSON;
        has_exponent = 1;
    }
    *pos_io = pos;
    char *o = *o_io;
    size_t int_len = int_end - int_start, frac_len = frac_end - frac_start;
    int int_zero = in[int_start] == '0';
    /* Already written as JS writes it: no exponent, no trailing zero in a fraction, at most 5
     * zeros after "0." (JS writes 1e-7 from there on). */
    int plain = !has_exponent && (frac_len == 0 || in[frac_end - 1] != '0');
    size_t lead = 0; /* zeros after "0." */
    if (int_zero) {
        while (lead < frac_len && in[frac_start + lead] == '0') lead++;
        if (lead == frac_len) { /* 0, -0, 0.000, 0e5: all zero */
            *o_io = put_zero(o);
            return -1;
        }
        plain &= lead <= 5;
    }
    size_t sig_len = int_zero ? frac_len - lead : int_len + frac_len; /* digits from the first nonzero one */
    if (plain && sig_len <= 15) {
        /* At most 15 significant digits, in the range of normal doubles: those digits are the
         * shortest that round-trip (DBL_DIG) and the layout is JS's: copy the token. */
        size_t keep = pos - start;
        *o_io = keep <= 16 && start + 16 <= n ? copy_short(o, in + start, keep)
                                              : (char *)memcpy(o, in + start, keep) + keep;
        return -1;
    }
    if ((size_t)(o - s->out) + 48 + (s->n - pos) + SLACK > s->cap) {
        s->len = (size_t)(o - s->out);
        if (reserve(s, s->len + 48 + (s->n - pos) + SLACK) < 0) return ST_NO_MEMORY;
        o = s->out + s->len;
        *o_io = o;
    }
    long long exponent = 0;
    if (has_exponent) {
        size_t e = exp_start;
        while (e < pos && in[e] == '0') e++;
        for (; e < pos && exponent < 1000000000000000LL; e++) exponent = exponent * 10 + (in[e] - '0');
        if (exp_negative) exponent = -exponent;
    }
    if (sig_len <= 15) {
        /* At most 15 significant digits: gather them (fixed-size moves while the input has room)
         * and, in the range of normal doubles, only the layout changes (`45.0`, `1e5`, `1.5e3`). */
        size_t first = int_zero ? frac_start + lead : int_start;
        if (first + 16 <= n && frac_start + 16 <= n) {
            char digits[DIGITS_ROOM];
            int k = (int)sig_len;
            long long n10;
            if (int_zero) {
                memcpy(digits, in + first, 16);
                n10 = -(long long)lead;
            } else {
                memcpy(digits, in + int_start, 16);
                memcpy(digits + int_len, in + frac_start, 16);
                n10 = (long long)int_len;
            }
            while (digits[k - 1] == '0') k--; /* the first digit is not 0 */
            n10 += exponent;
            if (n10 >= -306 && n10 <= 308) {
                *o_io = put_js_digits(o, negative, digits, k, (int)n10);
                return -1;
            }
        }
    }
    if (sig_len <= 19) {
        /* m * 10**q exactly, m of at most 19 digits. */
        uint64_t m = int_zero ? digits_value(in + frac_start + lead, sig_len)
                              : digits_value(in + int_start, int_len) * POW10_U64[frac_len] +
                                    digits_value(in + frac_start, frac_len);
        long long q = exponent - (long long)frac_len;
        int zeros = 0;
        while (m % 10 == 0) { /* m > 0 here */
            m /= 10;
            zeros++;
        }
        q += zeros;
        int k = decimal_length(m);
        long long n10 = q + k; /* the value is 0.DIGITS * 10**n10 */
        if (n10 >= 310) { /* at least 1e309: Infinity, which JSON.stringify writes as null */
            *o_io = put_null(o);
            return -1;
        }
        if (n10 <= -324) { /* below 1e-324: rounds to 0 */
            *o_io = put_zero(o);
            return -1;
        }
        if (k <= 15 && n10 >= -306 && n10 <= 308) {
            /* Shortest already (DBL_DIG): only the layout changes (`45.0`, `1e5`, `1.5e3`). */
            *o_io = put_js_integer(o, negative, m, (int)q);
            return -1;
        }
#ifdef HAVE_FAST_NUMBERS
        double x;
        if (!decimal_to_double(m, (int)q, &x)) goto slow;
        uint64_t f;
        int e;
        char *special = put_special_or_shortest(o, x, &f, &e);
        if (special) {
            *o_io = special;
            return -1;
        }
        if (plain && f == m && e == q) {
            /* The token's digits are the shortest ones, in JS's layout: copy it. */
            size_t keep = pos - start;
            *o_io = keep <= 32 && start + 32 <= n ? copy_short32(o, in + start, keep)
                                                  : (char *)memcpy(o, in + start, keep) + keep;
            return -1;
        }
        *o_io = put_js_integer(o, negative, f, e);
        return -1;
#else
        goto slow;
#endif
    }
    {
        /* More than 19 significant digits: m = the first 19 (read eight at a time from at most two
         * runs, the integer digits and the fraction's), `sticky` if a later one is not 0, and the
         * value is 0.DIGITS * 10**n10. JSON has no leading zero before other integer digits, so the
         * first significant digit is the integer's first, or (integer part 0) the fraction's first
         * nonzero one, `lead` digits in. */
        const int k = 19;
        uint64_t m;
        int sticky = 0;
        long long n10;
        size_t rest; /* the first digit after the 19 (in the fraction unless the integer has 20+) */
        if (int_zero) {
            m = digits_value(in + frac_start + lead, 19);
            rest = frac_start + lead + 19;
            n10 = -(long long)lead;
        } else if (int_len >= 19) {
            m = digits_value(in + int_start, 19);
            for (size_t i = int_start + 19; i < int_end; i++) sticky |= in[i] != '0';
            rest = frac_start;
            n10 = (long long)int_len;
        } else { /* int_len + frac_len > 19: the fraction holds the 19 - int_len that follow */
            size_t from_frac = 19 - int_len;
            m = digits_value(in + int_start, int_len) * POW10_U64[from_frac] + digits_value(in + frac_start, from_frac);
            rest = frac_start + from_frac;
            n10 = (long long)int_len;
        }
        for (size_t i = rest; i < frac_end; i++) sticky |= in[i] != '0';
        n10 += exponent;
        if (n10 >= 310) {
            *o_io = put_null(o);
            return -1;
        }
        if (n10 <= -324) {
            *o_io = put_zero(o);
            return -1;
        }
#ifdef HAVE_FAST_NUMBERS
        int q = (int)n10 - k;
        double x, above;
        int clear;
        if (!decimal_to_double_clear(m, q, &x, &clear)) goto slow;
        if (sticky && !clear && (!decimal_to_double(m + 1, q, &above) || above != x)) goto slow;
        uint64_t f;
        int e;
        char *special = put_special_or_shortest(o, x, &f, &e);
        if (special) {
            *o_io = special;
            return -1;
        }
        *o_io = put_js_integer(o, negative, f, e);
        return -1;
#else
        goto slow;
#endif
    }
slow:
    s->len = (size_t)(*o_io - s->out);
    int status = slow_number(s, start, pos);
    *o_io = s->out + s->len;
    return status;
}

/* ---------------------------------------------------------------- objects */

static inline int push_member(State *s, size_t start, size_t key_len, int64_t index) {
    if (s->n_members == s->cap_members) {
        size_t cap = s->cap_members ? s->cap_members * 2 : 64;
        Member *grown = PyMem_Realloc(s->members, cap * sizeof(Member));
        if (!grown) return -1;
        s->members = grown;
        s->cap_members = cap;
    }
    Member *m = &s->members[s->n_members++];
    m->start = start;
    m->end = start;
    m->key_len = key_len;
    m->index = index;
    return 0;
}

static int64_t array_index(const char *key, size_t len) {
    if (len == 0 || len > 10 || (len > 1 && key[0] == '0')) return -1;
    uint64_t value = 0;
    for (size_t i = 0; i < len; i++) {
        if (key[i] < '0' || key[i] > '9') return -1;
        value = value * 10 + (uint64_t)(key[i] - '0');
    }
    return value <= MAX_ARRAY_INDEX ? (int64_t)value : -1;
}

static const char *sort_base; /* the output buffer while sorting keys (the GIL is held) */

static int compare_keys(const void *a, const void *b) {
    const Member *x = *(Member *const *)a, *y = *(Member *const *)b;
    size_t len = x->key_len < y->key_len ? x->key_len : y->key_len;
    int c = memcmp(sort_base + x->start + 1, sort_base + y->start + 1, len);
    if (c) return c;
    return x->key_len < y->key_len ? -1 : x->key_len > y->key_len;
}

static int compare_indices(const void *a, const void *b) {
    const Member *x = *(Member *const *)a, *y = *(Member *const *)b;
    return x->index < y->index ? -1 : x->index > y->index;
}

static int same_key(const State *s, const Member *x, const Member *y) {
    return x->key_len == y->key_len && memcmp(s->out + x->start + 1, s->out + y->start + 1, x->key_len) == 0;
}

/* The members [base, n_members) of an object that just closed: duplicates, index-key order. */
static int finish_object(State *s, size_t base) {
    Member *members = s->members + base;
    size_t count = s->n_members - base;
    int has_index = 0;
    for (size_t i = 0; i < count; i++) has_index |= members[i].index >= 0;
    if (count < 2) return -1;
    if (count <= SMALL_OBJECT) {
        for (size_t i = 1; i < count; i++)
            for (size_t j = 0; j < i; j++)
                if (same_key(s, &members[i], &members[j])) return ST_DUPLICATE;
    }
    Member **order = NULL;
    if (count > SMALL_OBJECT || has_index) {
        order = PyMem_Malloc(count * sizeof(Member *));
        if (!order) return ST_NO_MEMORY;
        for (size_t i = 0; i < count; i++) order[i] = &members[i];
    }
    if (count > SMALL_OBJECT) {
        sort_base = s->out;
        qsort(order, count, sizeof(Member *), compare_keys);
        for (size_t i = 1; i < count; i++) {
            if (same_key(s, order[i - 1], order[i])) {
                PyMem_Free(order);
                return ST_DUPLICATE;
            }
        }
    }
    if (has_index) {
        /* Array-index keys first, ascending; then the others in their order (JS property order). */
        size_t n_index = 0;
        for (size_t i = 0; i < count; i++)
            if (members[i].index >= 0) order[n_index++] = &members[i];
        qsort(order, n_index, sizeof(Member *), compare_indices);
        size_t k = n_index;
        for (size_t i = 0; i < count; i++)
            if (members[i].index < 0) order[k++] = &members[i];
        size_t from = members[0].start, to = members[count - 1].end;
        char *copy = PyMem_Malloc(to - from);
        if (!copy) {
            PyMem_Free(order);
            return ST_NO_MEMORY;
        }
        memcpy(copy, s->out + from, to - from);
        size_t w = from;
        for (size_t i = 0; i < count; i++) {
            if (i) s->out[w++] = ',';
            size_t len = order[i]->end - order[i]->start;
            memcpy(s->out + w, copy + (order[i]->start - from), len);
            w += len;
        }
        PyMem_Free(copy);
    }
    PyMem_Free(order);
    return -1;
}

/* ---------------------------------------------------------------- the text */

#define SYNC() (s->pos = pos, s->len = (size_t)(o - s->out))

static int transform(State *s) {
    char kinds[MAX_DEPTH];
    size_t bases[MAX_DEPTH];
    int depth = 0, status;
    const unsigned char *in = s->in;
    size_t n = s->n, pos = 0;
    char *o = s->out;
    unsigned char c;

value:
    pos = skip_ws(in, pos, n);
    if (pos >= n) return ST_NOT_JSON;
    c = in[pos];
    if (c == '"') {
        status = parse_string(in, n, &pos, &o);
        if (status >= 0) return status;
        goto after;
    }
    if (c == '-' || is_digit(c)) {
#ifdef COBALT_SSE2
        Mantissa scanned;
        int fast = fast_plain_number(in, n, &pos, &o, &scanned);
        if (fast == 1) goto after;
        status = parse_number(s, &pos, &o, fast ? &scanned : NULL);
#else
        status = parse_number(s, &pos, &o, NULL);
#endif
        if (status >= 0) return status;
        goto after;
    }
    switch (c) {
    case '{':
        if (depth == MAX_DEPTH) return ST_TOO_DEEP;
        kinds[depth] = '{';
        bases[depth] = s->n_members;
        depth++;
        *o++ = '{';
        pos = skip_ws(in, pos + 1, n);
        if (pos < n && in[pos] == '}') {
            pos++;
            depth--;
            *o++ = '}';
            goto after;
        }
        goto key;
    case '[':
        if (depth == MAX_DEPTH) return ST_TOO_DEEP;
        kinds[depth] = '[';
        depth++;
        *o++ = '[';
        pos = skip_ws(in, pos + 1, n);
        if (pos < n && in[pos] == ']') {
            pos++;
            depth--;
            *o++ = ']';
            goto after;
        }
        goto value;
    case 't':
        if (n - pos < 4 || memcmp(in + pos, "true", 4)) return ST_NOT_JSON;
        memcpy(o, "true", 4);
        o += 4;
        pos += 4;
        goto after;
    case 'f':
        if (n - pos < 5 || memcmp(in + pos, "false", 5)) return ST_NOT_JSON;
        memcpy(o, "false", 5);
        o += 5;
        pos += 5;
        goto after;
    case 'n':
        if (n - pos < 4 || memcmp(in + pos, "null", 4)) return ST_NOT_JSON;
        memcpy(o, "null", 4);
        o += 4;
        pos += 4;
        goto after;
    default:
        return ST_NOT_JSON;
    }

key:
    /* whitespace already skipped */
    if (pos >= n || in[pos] != '"') return ST_NOT_JSON;
    {
        char *start = o;
        status = parse_string(in, n, &pos, &o);
        if (status >= 0) return status;
        size_t key_len = (size_t)(o - start) - 2;
        if (push_member(s, (size_t)(start - s->out), key_len, array_index(start + 1, key_len)) < 0)
            return ST_NO_MEMORY;
    }
    pos = skip_ws(in, pos, n);
    if (pos >= n || in[pos] != ':') return ST_NOT_JSON;
    *o++ = ':';
    pos++;
    goto value;

after:
    if (depth == 0) {
        pos = skip_ws(in, pos, n);
        SYNC();
        return pos == n ? -1 : ST_NOT_JSON;
    }
    pos = skip_ws(in, pos, n);
    if (pos >= n) return ST_NOT_JSON;
    c = in[pos];
    if (kinds[depth - 1] == '{') {
        s->members[s->n_members - 1].end = (size_t)(o - s->out);
        if (c == ',') {
            *o++ = ',';
            pos = skip_ws(in, pos + 1, n);
            goto key;
        }
        if (c == '}') {
            SYNC();
            if (s->n_members - bases[depth - 1] > 1 || s->members[bases[depth - 1]].index >= 0) {
                status = finish_object(s, bases[depth - 1]);
                if (status >= 0) return status;
            }
            s->n_members = bases[depth - 1];
            *o++ = '}';
            pos++;
            depth--;
            goto after;
        }
        return ST_NOT_JSON;
    }
    if (c == ',') {
        *o++ = ',';
        pos++;
        goto value;
    }
    if (c == ']') {
        *o++ = ']';
        pos++;
        depth--;
        goto after;
    }
    return ST_NOT_JSON;
}

static PyObject *js_form(PyObject *module, PyObject *arg) {
    (void)module;
    Py_buffer view;
    if (PyObject_GetBuffer(arg, &view, PyBUF_SIMPLE) < 0) return NULL;
    State s = {0};
    s.in = view.buf;
    s.n = (size_t)view.len;
    s.cap = s.n + SLACK;
    s.bytes = PyBytes_FromStringAndSize(NULL, (Py_ssize_t)s.cap);
    PyObject *result = NULL;
    if (!s.bytes) {
        PyBuffer_Release(&view);
        return NULL;
    }
    s.out = PyBytes_AS_STRING(s.bytes);
    int status = transform(&s);
    if (status == ST_NO_MEMORY) {
        if (!PyErr_Occurred()) PyErr_NoMemory();
    } else if (status >= 0) {
        result = Py_BuildValue("(iO)", status, Py_None);
    } else if (s.len == s.n && memcmp(s.out, s.in, s.n) == 0) {
        if (PyBytes_CheckExact(arg)) {
            result = Py_BuildValue("(iO)", ST_SAME, arg);
        } else {
            result = Py_BuildValue("(iy#)", ST_SAME, s.out, (Py_ssize_t)s.len);
        }
    } else {
        /* The form itself, cut to its length (no copy of the output). */
        if (_PyBytes_Resize(&s.bytes, (Py_ssize_t)s.len) == 0) result = Py_BuildValue("(iN)", ST_CHANGED, s.bytes);
        s.bytes = NULL; /* owned by the result now, or freed by the failed resize */
    }
    Py_XDECREF(s.bytes);
    PyMem_Free(s.members);
    PyBuffer_Release(&view);
    return result;
}

PyDoc_STRVAR(js_form_doc,
             "js_form(body, /)\n--\n\n"
             "JSON.stringify(JSON.parse(body)) as bytes, in one pass: (status, form).\n\n"
             "status is SAME (form is the input), CHANGED (form differs from the input), or one of\n"
             "DUPLICATE, NOT_JSON, NOT_UTF8, TOO_DEEP (form is None).");

static PyMethodDef methods[] = {
    {"js_form", js_form, METH_O, js_form_doc},
    {NULL, NULL, 0, NULL},
};

static int exec_module(PyObject *module) {
    init_integers();
    if (init_tables() < 0) return -1;
    if (PyModule_AddIntConstant(module, "SAME", ST_SAME) < 0) return -1;
    if (PyModule_AddIntConstant(module, "CHANGED", ST_CHANGED) < 0) return -1;
    if (PyModule_AddIntConstant(module, "DUPLICATE", ST_DUPLICATE) < 0) return -1;
    if (PyModule_AddIntConstant(module, "NOT_JSON", ST_NOT_JSON) < 0) return -1;
    if (PyModule_AddIntConstant(module, "NOT_UTF8", ST_NOT_UTF8) < 0) return -1;
    if (PyModule_AddIntConstant(module, "TOO_DEEP", ST_TOO_DEEP) < 0) return -1;
    if (PyModule_AddIntConstant(module, "MAX_DEPTH", MAX_DEPTH) < 0) return -1;
    return 0;
}

static PyModuleDef_Slot slots[] = {
    {Py_mod_exec, exec_module},
    {0, NULL},
};

static struct PyModuleDef module_def = {
    PyModuleDef_HEAD_INIT, "cobalt_sdk_speedups._jsform",
    "JSON.stringify(JSON.parse(body)) in one pass, for webhook signature checks.", 0, methods, slots,
    NULL, NULL, NULL,
};

PyMODINIT_FUNC PyInit__jsform(void) { return PyModuleDef_Init(&module_def); }

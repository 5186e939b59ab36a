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
    char *out;
    size_t len;
    size_t cap;
    Member *members;
    size_t n_members;
    size_t cap_members;
} State;

static int reserve(State *s, size_t need) {
    if (need <= s->cap) return 0;
    size_t cap = s->cap * 2 > need ? s->cap * 2 : need;
    char *grown = PyMem_Realloc(s->out, cap);
    if (!grown) return -1;
    s->out = grown;
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
            size_t k = utf8_length(in + pos, n - pos);
            if (!k) return ST_NOT_UTF8;
            if (pos + 4 <= n) {
                memcpy(o, in + pos, 4); /* fixed size; the output has room */
            } else {
                memcpy(o, in + pos, k);
            }
            o += k;
            pos += k;
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
 * trailing zero) are the shortest that round-trip. At most 32 bytes. */
static inline char *put_run(char *o, const char *from, int len) {
    for (int i = 0; i < len; i++) *o++ = from[i]; /* short runs: no call to memcpy */
    return o;
}

static char *put_js_digits(char *o, int negative, const char *digits, int k, int n) {
    if (negative) *o++ = '-';
    if (k <= n && n <= 21) {
        o = put_run(o, digits, k);
        for (int i = k; i < n; i++) *o++ = '0';
    } else if (0 < n && n <= 21) {
        o = put_run(o, digits, n);
        *o++ = '.';
        o = put_run(o, digits + n, k - n);
    } else if (-6 < n && n <= 0) {
        *o++ = '0';
        *o++ = '.';
        for (int i = 0; i < -n; i++) *o++ = '0';
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

/* Number.prototype.toString of a finite, non-zero double, written at s->out + s->len. */
static int put_double(State *s, double x) {
    char *repr = PyOS_double_to_string(fabs(x), 'r', 0, 0, NULL);
    if (!repr) return -1;
    char digits[32];
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

/* Correctly rounded decimal -> double and shortest double -> decimal for the numbers the layout
 * rules above do not cover, in x87 extended precision (64-bit significands) with an error bound:
 * whenever a result lies too close to a rounding boundary for that bound, the function gives up
 * and the caller takes Python's exact (and much slower) conversion. */
#if defined(LDBL_MANT_DIG) && LDBL_MANT_DIG == 64 && (defined(__x86_64__) || defined(__i386__))
#define HAVE_EXTENDED 1
#define MAX_POWER 340
static long double POW10[MAX_POWER + 1]; /* 1e0 .. 1e340, each correctly rounded (strtold) */
static long double NEG10[MAX_POWER + 1]; /* 1e-0 .. 1e-340 */
static uint64_t POW10_INT[20];

static void init_powers(void) {
    char text[16];
    for (int i = 0; i <= MAX_POWER; i++) {
        snprintf(text, sizeof(text), "1e%d", i);
        POW10[i] = strtold(text, NULL);
        snprintf(text, sizeof(text), "1e-%d", i);
        NEG10[i] = strtold(text, NULL);
    }
    POW10_INT[0] = 1;
    for (int i = 1; i < 20; i++) POW10_INT[i] = POW10_INT[i - 1] * 10;
}

/* x * 10**e with at most two roundings (relative error below 2**-63); 0 if e is out of range. */
static inline long double times_pow10(long double x, int e) {
    if (e >= 0) return e <= MAX_POWER ? x * POW10[e] : 0;
    if (e >= -27) return x / POW10[-e]; /* 10**27 is exact in 64 bits */
    return -e <= MAX_POWER ? x * NEG10[-e] : 0;
}

/* The double nearest to m * 10**e (a normal, non-power-of-two double), or 0 when undecided. */
static double nearest_double(uint64_t m, int e) {
    long double c = times_pow10((long double)m, e);
    if (c == 0) return 0;
    uint64_t bits, double_bits;
    memcpy(&bits, &c, 8); /* x87 extended: the 64-bit significand, integer bit included */
    int beyond = (int)(bits & 0x7FF) - 0x400; /* distance from the midpoint between two doubles */
    if (beyond >= -4 && beyond <= 4) return 0; /* within the error bound of a midpoint */
    double x = (double)c;
    if (!(x > 2.3e-308 && x < 1.7e308)) return 0;
    memcpy(&double_bits, &x, 8);
    if (!(double_bits & 0xFFFFFFFFFFFFFULL)) return 0; /* a power of two: its rounding interval is lopsided */
    return x;
}

/* The shortest digits of x (positive, normal) that round-trip and, of those, the closest (as
 * Number.prototype.toString picks them): 1 and *k, *n (x ~ 0.DIGITS * 10**n), or 0 if undecided.
 * `n` is a first guess of the decimal exponent. */
static int shortest_of_double(double x, int n, char *digits, int *k_out, int *n_out) {
    for (int kk = 15; kk <= 17; kk++) {
        /* x * 10**(kk - nn) between 10**(kk-1) and 10**kk: its neighbouring integers are the
         * kk-digit decimals around x. */
        long double scaled = 0;
        int nn = n, settled = 0;
        for (int attempt = 0; attempt < 3 && !settled; attempt++) {
            scaled = times_pow10((long double)x, kk - nn);
            if (scaled == 0) return 0;
            if (scaled >= (long double)POW10_INT[kk]) {
                nn++;
            } else if (scaled < (long double)POW10_INT[kk - 1]) {
                nn--;
            } else {
                settled = 1;
            }
        }
        if (!settled) return 0;
        /* Rounded in the current (nearest) mode: no switch of the x87 control word, unlike a cast.
         * `scaled` is within 0.011 of the exact product (two roundings, below 1e17), so a fraction
         * under 0.488 names the closest integer for sure. */
        long long nearest = llrintl(scaled);
        long double fraction = scaled - (long double)nearest; /* within [-0.5, 0.5] */
        uint64_t candidates[2];
        int count = 0;
        candidates[count++] = (uint64_t)nearest;
        if (fraction > 0.488L) candidates[count++] = (uint64_t)nearest + 1;
        if (fraction < -0.488L) candidates[count++] = (uint64_t)nearest - 1;
        /* A kk-digit decimal rounds to x only if the closest one does (the rounding interval of
         * a non-power-of-two double is symmetric), and the closest is one of these two. When
         * both are candidates and both round-trip, which is closer is not clear: undecided.
         * Fewer digits than 15 need no test: a 15-digit decimal that rounds to x is unique
         * (DBL_DIG), so it is the shorter one padded with zeros. */
        uint64_t found = 0;
        int matches = 0, len = kk, exp10 = nn;
        for (int i = 0; i < count; i++) {
            uint64_t d = candidates[i];
            int dk = kk, dn = nn;
            if (d == POW10_INT[kk]) { /* rounded up to the next power of ten */
                d = POW10_INT[kk - 1];
                dn++;
            }
            double back = nearest_double(d, dn - dk);
            if (back == 0) return 0;
            if (back == x) {
                found = d;
                exp10 = dn;
                matches++;
            }
        }
        if (matches > 1) return 0;
        if (matches == 1) {
            for (int i = len - 1; i >= 0; i--) {
                /* found / 10 by its reciprocal (gcc may emit a slow `div` in a block it thinks cold) */
                uint64_t quotient = (uint64_t)(((unsigned __int128)found * 0xCCCCCCCCCCCCCCCDULL) >> 67);
                digits[i] = (char)('0' + (found - quotient * 10));
                found = quotient;
            }
            while (len > 1 && digits[len - 1] == '0') len--;
            *k_out = len;
            *n_out = exp10;
            return 1;
        }
    }
    return 0;
}

/* Shortest JS digits of the double nearest to 0.DIGITS * 10**n (k <= 19 digits; `sticky`: more
 * nonzero digits followed). 1 on success, 0 if undecided. */
static int shortest_of_decimal(const char *digits, int k, int n, int sticky, char *out, int *k_out, int *n_out) {
    if (!POW10_INT[1]) return 0;
    uint64_t m = 0;
    for (int i = 0; i < k; i++) m = m * 10 + (uint64_t)(digits[i] - '0');
    double x = nearest_double(m, n - k);
    if (x == 0) return 0;
    if (sticky && nearest_double(m + 1, n - k) != x) return 0; /* the dropped digits may matter */
    return shortest_of_double(x, n, out, k_out, n_out);
}
#else
static void init_powers(void) {}
static int shortest_of_decimal(const char *digits, int k, int n, int sticky, char *out, int *k_out, int *n_out) {
    (void)digits, (void)k, (void)n, (void)sticky, (void)out, (void)k_out, (void)n_out;
    return 0;
}
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

/* At a number: copy it if JS writes it the same way, else reformat it. -1 on success. */
static inline __attribute__((always_inline)) int parse_number(State *s, size_t *pos_io, char **o_io) {
    const unsigned char *in = s->in;
    size_t n = s->n, start = *pos_io, pos = start;
    if (in[pos] == '-') pos++;
    if (pos >= n) return ST_NOT_JSON;
    size_t int_start = pos;
    if (in[pos] == '0') {
        pos++;
    } else if (is_digit(in[pos])) {
        pos = digits_end(in, pos + 1, n);
    } else {
        return ST_NOT_JSON;
    }
    size_t int_end = pos, frac_start = pos, frac_end = pos;
    int has_exponent = 0, exp_negative = 0;
    size_t exp_start = 0;
    if (pos < n && in[pos] == '.') {
        pos++;
        frac_start = pos;
        pos = digits_end(in, pos, n);
        if (pos == frac_start) return ST_NOT_JSON;
        frac_end = pos;
    }
    if (pos < n && (in[pos] | 0x20) == 'e') {
        pos++;
        if (pos < n && (in[pos] == '+' || in[pos] == '-')) exp_negative = in[pos++] == '-';
        exp_start = pos;
        pos = digits_end(in, pos, n);
        if (pos == exp_start) return ST_NOT_JSON;
        has_exponent = 1;
    }
    *pos_io = pos;
    if (!has_exponent) {
        /* Plain decimal: with at most 15 significant digits (after dropping a fraction's trailing
         * zeros) it is the shortest text of its double, which JS prints the same way unless it
         * is below 1e-6. */
        while (frac_end > frac_start && in[frac_end - 1] == '0') frac_end--;
        size_t int_len = int_end - int_start, frac_len = frac_end - frac_start;
        char *o = *o_io;
        if (in[int_start] != '0') {
            if (int_len + frac_len <= 15) {
                size_t keep = (frac_len ? frac_end : int_end) - start;
                *o_io = keep <= 16 && start + 16 <= n ? copy_short(o, in + start, keep)
                                                      : (char *)memcpy(o, in + start, keep) + keep;
                return -1;
            }
        } else if (frac_len == 0) {
            *o = '0'; /* 0, -0, 0.000 */
            *o_io = o + 1;
            return -1;
        } else {
            size_t lead = 0;
            while (lead < frac_len && in[frac_start + lead] == '0') lead++;
            if (lead <= 5 && frac_len - lead <= 15) {
                size_t keep = frac_end - start;
                *o_io = keep <= 16 && start + 16 <= n ? copy_short(o, in + start, keep)
                                                      : (char *)memcpy(o, in + start, keep) + keep;
                return -1;
            }
        }
    }
    {
        /* At most 15 significant digits, in the range of normal doubles: those digits are the
         * shortest that round-trip (DBL_DIG), so only the layout changes (`45.0`, `1e5`, `-0`). */
        char digits[20];
        int k = 0, seen = 0, sticky = 0;
        long long n10 = 0; /* value = 0.DIGITS * 10**n10 (DIGITS: the first 19 significant ones) */
        for (size_t i = int_start; i < int_end; i++) {
            if (!seen && in[i] == '0') continue;
            seen = 1;
            n10++;
            if (k < 19) digits[k++] = (char)in[i];
            else sticky |= in[i] != '0';
        }
        for (size_t i = frac_start; i < frac_end; i++) {
            if (!seen && in[i] == '0') {
                n10--;
                continue;
            }
            seen = 1;
            if (k < 19) digits[k++] = (char)in[i];
            else sticky |= in[i] != '0';
        }
        if (!sticky) {
            while (k > 0 && digits[k - 1] == '0') k--;
        }
        if (k == 0) {
            **o_io = '0'; /* any spelling of zero, -0 too */
            *o_io += 1;
            return -1;
        }
        if (has_exponent) {
            size_t e = exp_start;
            long long exponent = 0;
            while (e < pos && in[e] == '0') e++;
            for (; e < pos && exponent < 1000000000000000LL; e++) exponent = exponent * 10 + (in[e] - '0');
            n10 += exp_negative ? -exponent : exponent;
        }
        char *o = *o_io;
        if (n10 >= 310) { /* at least 1e309: Infinity, which JSON.stringify writes as null */
            memcpy(o, "null", 4);
            *o_io = o + 4;
            return -1;
        }
        if (n10 <= -324) { /* below 1e-324: rounds to 0 */
            *o = '0';
            *o_io = o + 1;
            return -1;
        }
        if (n10 <= -290 || n10 >= 290) goto slow; /* subnormals and the top of the range: Python decides */
        int n = (int)n10;
        char shortest[20];
        const char *out_digits = digits;
        int negative = in[start] == '-';
        if (sticky || k > 15) {
            /* More than 15 significant digits: the nearest double and its shortest digits. */
            int sk = 0, sn = 0;
            if (!shortest_of_decimal(digits, k, n, sticky, shortest, &sk, &sn)) goto slow;
            out_digits = shortest;
            k = sk;
            n = sn;
        }
        /* At most 15 significant digits (in the range of normal doubles) are already the shortest
         * that round-trip (DBL_DIG), so only the layout changes (`45.0`, `1e5`, `-0`). */
        if ((size_t)(o - s->out) + 32 + (s->n - pos) + SLACK > s->cap) {
            s->len = (size_t)(o - s->out);
            if (reserve(s, s->len + 32 + (s->n - pos) + SLACK) < 0) return ST_NO_MEMORY;
            o = s->out + s->len;
        }
        *o_io = put_js_digits(o, negative, out_digits, k, n);
        return -1;
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
        status = parse_number(s, &pos, &o);
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
    s.out = PyMem_Malloc(s.cap);
    PyObject *result = NULL;
    if (!s.out) {
        PyBuffer_Release(&view);
        return PyErr_NoMemory();
    }
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
        result = Py_BuildValue("(iy#)", ST_CHANGED, s.out, (Py_ssize_t)s.len);
    }
    PyMem_Free(s.out);
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
    init_powers();
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

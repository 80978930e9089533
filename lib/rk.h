/*
 * rk.h: the whole rk library.  Every rk tool reads and writes the same
 * stream (see rk(7)); this header is the only code that knows its shape.
 *
 * Contract, in one paragraph: a stream is UTF-8 TSV with a header of
 * lowercase column names; fields never hold a raw TAB, LF, CR or backslash
 * (written \t \n \r \\); the first column is `doc` and a document's rows are
 * contiguous.  Functions named rk_x* die (exit 1) on out-of-memory; every
 * other function reports failure through its return value.  Nothing here
 * keeps hidden global state except rk_progname and the run-wide counters of
 * repaired input (rk_repaired), reported once by rk_close_stdout().
 */
#ifndef RK_H
#define RK_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#define RK_VERSION "0.1.0"

/* ---- errors and exit status ------------------------------------------- */

extern const char *rk_progname;	/* set first thing in main: "rk-tag" */
enum { RK_EXIT_OK = 0, RK_EXIT_FAIL = 1, RK_EXIT_USAGE = 2 };

/* "rk-tool: msg"; a format ending in ':' gets ": strerror(errno)" added. */
void	rk_warn(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* "rk-tool: file:line: msg" */
void	rk_warn_at(const char *file, unsigned long lineno, const char *fmt, ...)
	    __attribute__((format(printf, 3, 4)));
void	rk_die(int status, const char *fmt, ...)
	    __attribute__((format(printf, 2, 3), noreturn));

/*
 * Flush and close stdout; report invalid input repaired during the run (once);
 * on a write error print "write error: ..." and return 1, except when the
 * reader went away (EPIPE), which is quiet.  Returns status otherwise.
 */
int	rk_close_stdout(int status);
/* "YYYY-MM-DD" into v, as snprintf(v, size, "%04d-%02d-%02d", y, m, d) writes it */
void	rk_ymd(char *v, size_t size, int y, int m, int d);
/* Before any I/O: a large stdout buffer (off a terminal), 1 MB pipes. */
void	rk_stdio_setup(void);

/*
 * After getopt or getopt_long returned '?': say which option was unknown
 * ("unknown option -q" or "unknown option --foo"), without argv[0].
 */
void	rk_bad_option(char *argv[]);

/* Standard option handling shared by every tool: prints and exits. */
void	rk_version(void) __attribute__((noreturn));

void	*rk_xmalloc(size_t size);
void	*rk_xcalloc(size_t nmemb, size_t size);
void	*rk_xrealloc(void *p, size_t nmemb, size_t size);	/* overflow-checked */
char	*rk_xstrdup(const char *s);
char	*rk_xmemdup(const char *s, size_t len);			/* adds a NUL */

/* ---- growable byte buffer --------------------------------------------- */

/* data is always NUL-terminated (data[len] == 0) once anything was added;
 * the buffer owns data; reset keeps the memory for reuse. */
struct rk_buf {
	char	*data;
	size_t	 len;
	size_t	 cap;
};

void	rk_buf_grow(struct rk_buf *b, size_t extra);
void	rk_buf_add(struct rk_buf *b, const char *s, size_t len);
void	rk_buf_adds(struct rk_buf *b, const char *s);
void	rk_buf_addc(struct rk_buf *b, int c);
void	rk_buf_printf(struct rk_buf *b, const char *fmt, ...)
	    __attribute__((format(printf, 2, 3)));
void	rk_buf_reset(struct rk_buf *b);
void	rk_buf_free(struct rk_buf *b);

/* ---- UTF-8 ------------------------------------------------------------ */

/*
 * Decode the code point at s[*i] (len bytes in all) and advance *i.  An
 * invalid or truncated sequence yields 0xFFFD and advances one byte.
 */
uint32_t rk_utf8_next(const char *s, size_t len, size_t *i);
/* Encode cp (<= 0x10FFFF) into b. */
void	rk_utf8_put(struct rk_buf *b, uint32_t cp);
/* Number of code points in s[0..len); the offset unit of rk-tag spans. */
size_t	rk_utf8_count(const char *s, size_t len);
/* Byte offset of code point number cp (clamped to len). */
size_t	rk_utf8_offset(const char *s, size_t len, size_t cp);
/* 1 if s[0..len) is valid UTF-8 without NUL bytes. */
int	rk_utf8_valid(const char *s, size_t len);
/*
 * Append s to out with each invalid byte replaced by U+FFFD and NUL bytes
 * dropped; returns the number of repairs and adds it to rk_repaired.
 */
size_t	rk_utf8_repair(const char *s, size_t len, struct rk_buf *out);
extern unsigned long rk_repaired;	/* run-wide, reported by rk_close_stdout */
/* Terminal columns of cp: 0 for combining marks and controls, 2 for wide. */
int	rk_cp_width(uint32_t cp);
/* Simple lowercase of a code point (Latin, Greek, Cyrillic). */
uint32_t rk_cp_lower(uint32_t cp);
int	rk_cp_isalpha(uint32_t cp);	/* letters, incl. Latin-1 and Extended */
int	rk_cp_isupper(uint32_t cp);
int	rk_cp_isspace(uint32_t cp);	/* incl. NBSP and U+2000..U+200A, U+3000 */
/*
 * Append the lookup key of s to out: lowercased, runs of spaces, hyphens
 * and periods folded away, curly apostrophes made straight.  Lexicon keys
 * and the words looked up go through this same function.
 */
void	rk_fold(const char *s, size_t len, struct rk_buf *out);

/* ---- line input -------------------------------------------------------- */

/*
 * A line reader over one file ("-" = stdin).  No length limit, NUL-safe:
 * data[len] == 0 but data may also hold NULs.  The '\n' and a '\r' before
 * it are removed (crlf is set when one was); a UTF-8 BOM at the very start
 * of the file is removed.  The buffer is reused: a line stays valid only
 * until the next call.
 */
struct rk_reader {
	FILE		*fp;
	const char	*name;		/* operand, or "<stdin>" */
	char		*data;
	size_t		 len;
	size_t		 cap;
	unsigned long	 lineno;
	int		 crlf;
	int		 error;		/* a read error was reported */
	char		*iobuf;		/* read buffer: bytes rpos..rend not yet taken */
	size_t		 rpos, rend;
	int		 eof;
};

int	rk_reader_open(struct rk_reader *r, const char *path);	/* 0 or -1 (warned) */
int	rk_reader_next(struct rk_reader *r);	/* 1 line, 0 EOF, -1 read error (warned) */
void	rk_reader_close(struct rk_reader *r);
/* Read a whole file into b (plain-text input); 0 or -1 (warned). */
int	rk_file_slurp(const char *path, struct rk_buf *b);

/* ---- TSV fields -------------------------------------------------------- */

struct rk_str {
	const char	*s;
	size_t		 len;
};

/*
 * Split line in place at TABs into at most max fields (the last one keeps
 * any further TABs); replaces TABs with NULs.  Returns the number of fields
 * found in the line, which may exceed max (the excess is not stored).
 */
size_t	rk_tsv_split(char *line, size_t len, struct rk_str *f, size_t max);
/*
 * Undo \t \n \r \\ in place; len is updated and s[len] set to NUL.  An
 * unknown escape (\q) keeps the character after the backslash; a lone
 * backslash at the end is kept.  Returns the number of bad escapes.
 */
size_t	rk_tsv_unescape(char *s, size_t *len);
/* Write s escaped. */
void	rk_tsv_escape(FILE *out, const char *s, size_t len);
void	rk_tsv_escape_buf(struct rk_buf *b, const char *s, size_t len);

/* A row writer: it places the TABs and the final newline. */
struct rk_out {
	FILE	*fp;
	int	 nfield;
};
void	rk_out_begin(struct rk_out *o, FILE *fp);
void	rk_out_field(struct rk_out *o, const char *s, size_t len);
void	rk_out_str(struct rk_out *o, const char *s);	/* NUL-terminated */
void	rk_out_long(struct rk_out *o, long v);
void	rk_out_end(struct rk_out *o);
/* Write a header line (cols NULL-terminated) unless noheader. */
void	rk_out_header(FILE *fp, const char *const *cols, int noheader);

/* ---- rk streams: header check and documents ---------------------------- */

/* The stream kinds rk tools write, known by their header. */
enum rk_kind {
	RK_UNKNOWN = 0,	/* some other TSV with a header */
	RK_CLEAN,	/* doc para kind text value */
	RK_SEGMENT,	/* doc para sent kind text value */
	RK_TAG,		/* doc para sent kind text value start end */
	RK_EXTRACT,	/* doc event type title date ... */
	RK_PLAIN	/* no rk header: plain text */
};
extern const char *const rk_cols_clean[];
extern const char *const rk_cols_segment[];
extern const char *const rk_cols_tag[];
extern const char *const rk_cols_extract[];
const char *rk_kind_tool(enum rk_kind k);	/* "rk-clean" ... */

/* One input row: fields unescaped and NUL-terminated, nf == stream ncols. */
struct rk_row {
	struct rk_str	*f;
	size_t		 nf;
	size_t		 fcap;
	unsigned long	 lineno;
	struct rk_buf	 line;		/* owns the bytes */
	int		 ascii;		/* 1: all ASCII, no NUL; 0: not known */
	/* not NULL: the row's nborrow bytes lie in the reader's buffer, not in line */
	const char	*borrow;
	size_t		 nborrow;
};

/* One document: the contiguous rows that share a doc id. */
struct rk_doc {
	const char	*id;		/* == rows[0].f[0].s */
	size_t		 n;
	struct rk_row	**rows;
};

struct rk_stream {
	struct rk_reader rd;
	enum rk_kind	 kind;
	size_t		 ncols;
	char		**cols;		/* header names, NUL-terminated */
	int		 status;	/* 1 once a data error was reported */
	int		 plain_first;	/* RK_PLAIN: rd holds the first line */
	/* internal */
	struct rk_row	**pool;
	size_t		 npool;
	size_t		 nextidx;	/* pool slot holding the next doc's first row */
	int		 havenext;
	int		 nwarn;
	struct rk_buf	 hdrline;
};

/*
 * Open path and read its header.  need is the kind the tool reads; a stream
 * of another rk kind is refused with exit 2 and a message naming what it got
 * and what to run first.  A stream whose header starts with need's columns
 * is accepted (more columns may follow); need == RK_UNKNOWN accepts any
 * header.  With allow_plain, input whose first line is not a header starting
 * with "doc" is RK_PLAIN: that first line is left in s->rd (s->rd.data,
 * s->rd.len, and s->plain_first is set) and the tool reads the rest with
 * rk_reader_next.  Empty input is a stream of kind need with no rows.
 * Returns 0, or -1 when the file cannot be opened (warned).
 */
int	rk_stream_open(struct rk_stream *s, const char *path, enum rk_kind need,
	    int allow_plain);
/* Index of a column by name, or -1. */
int	rk_stream_col(const struct rk_stream *s, const char *name);
/*
 * Read the next document; 1 with *doc filled, 0 at end.  Rows with the
 * wrong field count are warned about (file:line) and padded or cut to
 * ncols; bad escapes and invalid UTF-8 are repaired and counted.  The
 * document stays valid until the next call.
 */
int	rk_doc_next(struct rk_stream *s, struct rk_doc *doc);
/*
 * Read one row without grouping (rk-tsv); 1, or 0 at end.  The row stays
 * valid until the next call.
 */
int	rk_row_next(struct rk_stream *s, struct rk_row **row);
void	rk_stream_close(struct rk_stream *s);

/* ---- PCRE2 ------------------------------------------------------------- */

/*
 * A compiled pattern with its own match data.  Compiled with UTF, UCP and
 * MATCH_INVALID_UTF, JIT when available, match and depth limits set, so no
 * input can make a match run away.  A bad pattern is a programming error:
 * rk_re_compile dies with exit 2 naming the pattern and offset.
 */
struct rk_re {
	void		*code;		/* pcre2_code_8 */
	void		*md;		/* pcre2_match_data_8 */
	const char	*pat;
};
#define RK_RE_CASELESS	0x1
#define RK_RE_MULTILINE	0x2
#define RK_RE_ANCHORED	0x4

void	rk_re_compile(struct rk_re *re, const char *pat, int flags);
/*
 * Match at or after byte offset start.  Returns the number of pairs set
 * (>= 1), 0 for no match, -1 on a limit or other match error.  ov[0..2n)
 * receives byte offsets; unset groups are -1 (as size_t: SIZE_MAX).
 */
int	rk_re_exec(struct rk_re *re, const char *s, size_t len, size_t start,
	    size_t *ov, size_t nov);
/*
 * Global-match loop: *pos is where to search next (0 initially).  Returns
 * like rk_re_exec and advances *pos past the match, handling empty matches.
 */
int	rk_re_next(struct rk_re *re, const char *s, size_t len, size_t *pos,
	    size_t *ov, size_t nov);
void	rk_re_free(struct rk_re *re);

/* ---- hash of folded keys (lexicons) ------------------------------------ */

/*
 * A multimap from folded key to an int value (typically a row index).  The
 * same key may map to several values; look-ups walk them in insertion order.
 */
struct rk_hash_ent {
	uint64_t	 h;
	size_t		 koff;		/* key's offset in keys */
	size_t		 klen;
	long		 val;
	long		 next;		/* next entry with the same key, -1 */
	long		 last;		/* in a key's first entry: its last */
};
struct rk_hash {
	long		*slots;		/* index of first entry, -1 empty */
	size_t		 nslots;
	struct rk_hash_ent *ent;
	size_t		 nent;
	size_t		 cap;
	struct rk_buf	 keys;		/* all keys, NUL-separated */
	struct rk_buf	 tmp;
};
void	rk_hash_init(struct rk_hash *h);
/* Room for n entries in an empty h without growing (a big table's load). */
void	rk_hash_reserve(struct rk_hash *h, size_t n);
/* Add key (folded with rk_fold unless raw) -> val. */
void	rk_hash_add(struct rk_hash *h, const char *key, size_t len, long val, int raw);
/* First entry for key, or -1; rk_hash_nextval walks the others. */
long	rk_hash_find(struct rk_hash *h, const char *key, size_t len, int raw);
long	rk_hash_nextval(const struct rk_hash *h, long e);
long	rk_hash_val(const struct rk_hash *h, long e);
/*
 * A word (no spaces, dots, hyphens or apostrophes) in a hash of folded
 * keys: rk_hash_find(h, w, n, 0) >= 0, but a plain ASCII word is only
 * lowered, not folded, which hot paths can afford.
 */
int	rk_hash_has_word(struct rk_hash *h, const char *w, size_t n);
void	rk_hash_free(struct rk_hash *h);
/* Remove every entry, keeping the memory for the next fill. */
void	rk_hash_clear(struct rk_hash *h);
/*
 * Short keys, no adversary (the keys come from our own data): eight bytes
 * at a time, the last word as an overlapping load, a key of 4..8 bytes
 * as two overlapping 4-byte loads and one of 1..3 as its first, middle
 * and last bytes (with the length mixed in first, each of these is the
 * key's bytes whole); then a final mix so that both the low bits (the
 * slot) and the top seven (the tag) vary.  Byte at a time (FNV-1a) this
 * cost rk-tag a few per cent; the tail in three loads cost ~40
 * instructions a ~10-byte key.  The table's hash of a raw key, inline
 * for the callers of rk_hash_find_h: they hash more keys than they find.
 */
static inline uint64_t
rk_hash_key(const char *s, size_t len)
{
	const uint64_t k = 0x9E3779B97F4A7C15ULL;
	uint64_t h = (uint64_t)len * k, w;
	uint32_t a, b;
	size_t i;

	if (len > 8) {
		for (i = 0; len - i > 8; i += 8) {
			memcpy(&w, s + i, 8);
			h = (h ^ w) * k;
			h ^= h >> 32;
		}
		memcpy(&w, s + len - 8, 8);	/* overlaps the word before */
	} else if (len >= 4) {
		memcpy(&a, s, 4);
		memcpy(&b, s + len - 4, 4);
		w = (uint64_t)a << 32 | b;
	} else if (len > 0) {
		w = (uint64_t)(unsigned char)s[0] << 16 |
		    (uint64_t)(unsigned char)s[len / 2] << 8 |
		    (unsigned char)s[len - 1];
	} else
		w = 0;
	h = (h ^ w) * k;
	h ^= h >> 29;
	h *= 0xBF58476D1CE4E5B9ULL;
	h ^= h >> 32;
	return h;
}

/*
 * Raw keys with their hash computed once by the caller (rk_hash_key), for
 * a table filled and emptied with every document: look-ups of the same
 * key in several tables or filters of its own hash it only once.
 * rk_hash_add_h adds a key not in h yet and returns its entry: entries
 * are numbered 0, 1, ... in the order added, from rk_hash_clear on.
 */
long	rk_hash_find_h(const struct rk_hash *h, const char *key, size_t len,
	    uint64_t hv);
long	rk_hash_add_h(struct rk_hash *h, const char *key, size_t len,
	    uint64_t hv, long val);

/* ---- data files (lexicons) --------------------------------------------- */

/*
 * A TSV data file loaded whole: cell(r, c) is a NUL-terminated string.
 * Lines starting with '#' are comments.  The first line is the header.
 */
struct rk_table {
	char		*mem;
	size_t		 nrows;
	size_t		 ncols;
	char		**cell;		/* nrows * ncols */
	char		**colname;	/* ncols */
};
#define RK_CELL(t, r, c) ((t)->cell[(size_t)(r) * (t)->ncols + (size_t)(c)])

/*
 * Find data file name: $RK_DATA/name, then data/ beside the executable's
 * directory (../data from tools/, ../share/rk from bin/), then RK_DATADIR.
 * Loads it; on failure dies with exit 1 naming the path tried.
 */
void	rk_table_load(struct rk_table *t, const char *name);
int	rk_table_col(const struct rk_table *t, const char *name);	/* or dies */
void	rk_table_free(struct rk_table *t);

/* ---- common command-line handling -------------------------------------- */

/*
 * Handle the long options every tool shares before getopt runs: --help
 * prints usage_text to stdout and exits 0; --version prints the version.
 * Other arguments are left for getopt_long.
 */
void	rk_std_options(int argc, char *argv[], const char *usage_text);

/* ---- whole rows (rk_outrow.c) ------------------------------------------- */

/*
 * Write a row of n fields (escaped, TAB-separated, LF-terminated) in one
 * stdio call: the same bytes as rk_out_begin, rk_out_field for each field
 * and rk_out_end, cheaper for many short rows.  A field with s == NULL is
 * empty.
 */
void	rk_out_row(FILE *fp, const struct rk_str *f, size_t n);
/* nrows rows of n fields each (f[r * n] starts row r), as rk_out_row
 * for each, written in fewer stdio calls. */
void	rk_out_rows(FILE *fp, const struct rk_str *f, size_t nrows, size_t n);

/* ---- a document's rows, written at once (rk_rows.c) ---------------------- */

/* Zero-initialise; rk_rows_free when done. */
struct rk_rows {
	struct rk_str	*f;		/* the fields, width per row */
	long		*num;		/* per row: its number, -1 none */
	size_t		*numat;		/* per row: the field the number goes in */
	char		(*nb)[24];	/* the numbers written out */
	size_t		 n, cap, width, capf;
};

/* A new row of width fields to fill (rows of another width go out first). */
struct rk_str	*rk_rows_add(struct rk_rows *r, FILE *fp, size_t width);
/* The last row's field is the number v (>= 0), written when the rows go. */
void	rk_rows_num(struct rk_rows *r, size_t field, long v);
/* Write the rows gathered, as rk_out_rows. */
void	rk_rows_flush(struct rk_rows *r, FILE *fp);
void	rk_rows_free(struct rk_rows *r);


/* ---- the document loop every stream filter runs (rk_filter.c) ----------- */

/* Handle one document; write rows to out. */
typedef void rk_doc_fn(void *ctx, const struct rk_stream *s,
    const struct rk_doc *doc, FILE *out);
/*
 * Open each operand (none: stdin; "-" is stdin) as a stream of kind need,
 * call fn for every document, stop at a write error.  Returns 0, or 1 when
 * a file could not be opened or held bad rows (reported as they were met).
 */
int	rk_filter_docs(int argc, char *argv[], enum rk_kind need, rk_doc_fn *fn,
	    void *ctx);

/* ---- abbreviations and sentence openers (rk_abbr.c) --------------------- */

/* What may follow an abbreviation's period (0 is none of these). */
enum { RK_AB_PREFIX = 1,	/* H. Drs. Kab. Jl.: a name or place */
	RK_AB_NUM,		/* No. Rp. Km.: a number */
	RK_AB_SUFFIX,		/* S.H. M.Si.: a degree after a name */
	RK_AB_FINAL };		/* dll. dsb. Tbk.: may well end the sentence */
struct rk_abbr {
	struct rk_hash	 form;		/* form without dots, case kept -> class */
	struct rk_hash	 opener;	/* folded sentence-opening words */
	struct rk_hash	 strong;	/* those that open one even unpunctuated */
	unsigned char	 strong_pre[26][26];	/* Ab..: a strong one's first two letters */
	/*
	 * Bit n of strong_len[a][b]: a strong one of n letters (n < 64), all
	 * ASCII, opens with a, b in either case; all bits for a pair when
	 * one opens otherwise.  A word of ASCII letters whose length has no
	 * bit is no strong one, found without the hash.
	 */
	uint64_t	 strong_len[26][26];
	/* Bit n of form_len[c]: a form of n bytes (dots aside) opens with
	 * c, a letter taken in lower case; without it, no look-up. */
	uint64_t	 form_len[256];
};
/* singkatan-umum.tsv, the dotted forms of gelar.tsv, awal-kalimat.tsv. */
void	rk_abbr_load(struct rk_abbr *a);
void	rk_abbr_free(struct rk_abbr *a);
/* Class of the form s[0..len) (dots ignored; as written, then Dr/dr, KAB/Kab), or -1. */
int	rk_abbr_class(struct rk_abbr *a, const char *s, size_t len);
/* w opens sentences (strong: even after a line without final punctuation). */
int	rk_abbr_opener(struct rk_abbr *a, const char *w, size_t n, int strong);

/* ---- rk_utf8.c / word-at-a-time byte tests -------------------------------- */

/*
 * Eight bytes of a uint64_t at once (loaded with memcpy): the classic
 * bit tricks, here once for every scanner.  RK_HAS_BYTE is nonzero when
 * some byte of w is c; RK_HAS_LESS when some byte is below c (c <= 128);
 * RK_HAS_BETWEEN when some byte lies strictly between m and n (both <= 128).
 */
#define RK_ONES		0x0101010101010101ULL
#define RK_HIGHS	0x8080808080808080ULL
#define RK_HAS_BYTE(w, c) \
	((((w) ^ (RK_ONES * (c))) - RK_ONES) & ~((w) ^ (RK_ONES * (c))) & RK_HIGHS)
#define RK_HAS_LESS(w, c)	(((w) - RK_ONES * (c)) & ~(w) & RK_HIGHS)
#define RK_HAS_BETWEEN(w, m, n) \
	(((RK_ONES * (127 + (n)) - ((w) & RK_ONES * 127)) & ~(w) & \
	(((w) & RK_ONES * 127) + RK_ONES * (127 - (m)))) & RK_HIGHS)

/* 1 when s holds no byte >= 0x80: its byte offsets are code points. */
int	rk_is_ascii(const char *s, size_t len);

#endif

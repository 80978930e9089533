/*
 * clean.c: rk-clean's core.  One document at a time: normalise the bytes,
 * judge every line against the rules, re-flow hard-wrapped lines into
 * paragraphs, find the title and the article's extent, cut the inline
 * debris, lift the dateline and the reporter code into metadata, drop
 * repeated paragraphs, and write the rows.
 *
 * This file holds the state, the text helpers, normalisation and the
 * driver; the rules are in clean_line.c, clean_para.c, clean_page.c and
 * clean_lift.c (clean_int.h).
 *
 * Speed: each line first meets cheap byte tests; patterns run only on the
 * few lines and paragraphs that pass them.  All work buffers live across
 * documents, so memory follows the largest document.
 */
#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "rk.h"
#include "clean.h"
#include "clean_int.h"

const char *const clean_rule_name[R_NRULES] = {
	"nav", "crumb", "share", "bacajuga", "counter", "ad", "comments",
	"related", "markup", "copyright", "caption", "byline", "timestamp",
	"header", "trailer", "dup", "imgname", "langswitch", "glyph",
	"dateline", "reporter", "reflow", "story", "disclaimer", "syndication",
};

const char *const clean_rule_help[R_NRULES] = {
	"site menus, login and ticker lines, \"No Result\", \"Home ...\" lines",
	"breadcrumbs (Home > Daerah > ...) and lone category words around the article",
	"share and social widgets (Share, Sebarkan artikel ini, facebook twitter ...)",
	"\"Baca juga:\" lines and inline (Baca Juga : ...)",
	"view counters (603 views, 528 Dibaca) and lone numbers",
	"advertisement markers (IKLAN, ADVERTISEMENT, SCROLL TO RESUME CONTENT)",
	"comment sections (Tinggalkan Balasan, Respon Pembaca ...) to the end",
	"related and recommended headline lists (Berita Terkait, Terkini ...)",
	"markup residue: ![]() rows, pipe tables, -->, **, _word_, tags, entities",
	"copyright lines (value: the year)",
	"photo captions and image credits (Foto: ..., RAKOR : NAME/SITE - ..., X saat memimpin ...)",
	"byline, editor and reporter lines (Penulis:, Editor:, Pewarta:, Oleh ...)",
	"header timestamps (Senin, 8 Maret 2021 | 14:10 WIB)",
	"page furniture before the title",
	"headline-like lines after the last paragraph",
	"repeated paragraphs and titles, exact or near (the first is kept)",
	"image file names glued to words",
	"language-switcher run-ons (ArabicChinese (Simplified)English...)",
	"stray glyphs: symbol-only lines, lone superscripts, mis-decoded marks",
	"the dateline before the first paragraph (kept as metadata)",
	"the reporter code after the last paragraph (kept as metadata)",
	"re-flow of hard-wrapped lines into paragraphs",
	"a listing page's next story: a headline after blank lines, then a dateline or a cut teaser",
	"closing disclaimers (Tulisan ini merupakan opini pribadi penulis.)",
	"syndication notes (Artikel ini telah tayang di SITE dengan judul ...)",
};

static const char *const meta_kind[M_N] = {
	"pubdate", "dateline", "agency", "author", "editor", "reporter", "url",
	"caption", "copyright",
};


/*
 * The state the files of rk-clean share (clean_int.h says what each is).
 * The rest is this file's own.
 */
struct rk_hash boiler, boiler_first;
struct rk_hash trigs;
struct rk_table boiler_tab;
int *boiler_rule, *boiler_scope;

struct rk_re re_dateline, re_site, re_reporter, re_reporter_bare,
    re_bacajuga, re_capinline, re_imgname, re_imgname2, re_langswitch,
    re_capline, re_capline2, re_markup, re_md_link, re_underscore,
    re_glyph, re_thai, re_dagger, re_capend;

struct rk_hash common_words, region_names, region_top;
struct rk_table commontab, regiontab, abbrtab, aliastab;
int common_loaded;
struct rk_abbr abbrs;
int abbr_loaded;

struct rk_buf arena, sidebuf, tmpbuf, keybuf;
struct unit *units;
size_t nunits;
struct meta *metas;
size_t nmetas;
int cur_nw;
uint64_t *dup_hashes;
size_t dup_cap;
uint64_t *wordsets;
size_t capwords;
unsigned char alnum_low[256];

/* Per-document state no other file reads. */
static struct rk_buf raw;
static size_t capunits;
static struct span *spans;
static size_t nspans, capspans;
static size_t capmetas;
static int pubrank;
/* the document's rows, written at once (row, rk_rows_flush) */
static struct rk_rows rows;

static int
lex_rule(const char *name)
{
	int r = clean_rule_find(name);

	if (r < 0)
		rk_die(RK_EXIT_FAIL, "clean-boiler.tsv: unknown rule %s", name);
	return r;
}


/*
 * lex_find's fold of a byte: ASCII lowered, LF_DROP for what rk_fold
 * drops, LF_OTHER past ASCII (folded by rk_fold then).
 */
#define LF_OTHER	0x80
#define LF_DROP		0x81
static unsigned char lexfold[256];

static void
alnum_init(void)
{
	int c;

	for (c = 0; c < 256; c++) {
		alnum_low[c] = (unsigned char)(c >= 0x80 ? 1 :
		    c >= 'A' && c <= 'Z' ? c + 32 :
		    (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ? c : 0);
		lexfold[c] = (unsigned char)(c >= 0x80 ? LF_OTHER :
		    c == ' ' || c == '-' || c == '.' || c == '\'' || c == '`' ||
		    (c >= '\t' && c <= '\r') ? LF_DROP :
		    c >= 'A' && c <= 'Z' ? c + 32 : c);
	}
}

void
clean_init(void)
{
	static const char *const scopes[] = { "line", "word", "next", "rest",
		"list", "num", "lang", "site" };
	size_t r, k;
	int cp, cr, cs;

	rk_table_load(&boiler_tab, "clean-boiler.tsv");
	cp = rk_table_col(&boiler_tab, "phrase");
	cr = rk_table_col(&boiler_tab, "rule");
	cs = rk_table_col(&boiler_tab, "scope");
	rk_hash_init(&boiler);
	rk_hash_init(&boiler_first);
	boiler_rule = rk_xcalloc(boiler_tab.nrows + 1, sizeof(int));
	boiler_scope = rk_xcalloc(boiler_tab.nrows + 1, sizeof(int));
	for (r = 0; r < boiler_tab.nrows; r++) {
		const char *ph = RK_CELL(&boiler_tab, r, cp);

		boiler_rule[r] = lex_rule(RK_CELL(&boiler_tab, r, cr));
		for (k = 0; k < sizeof(scopes) / sizeof(scopes[0]); k++)
			if (strcmp(RK_CELL(&boiler_tab, r, cs), scopes[k]) == 0)
				break;
		if (k == sizeof(scopes) / sizeof(scopes[0]))
			rk_die(RK_EXIT_FAIL, "clean-boiler.tsv: unknown scope %s",
			    RK_CELL(&boiler_tab, r, cs));
		boiler_scope[r] = (int)k;
		rk_hash_add(&boiler, ph, strlen(ph), (long)r, 0);
		if (strchr(ph, ' ') != NULL)
			rk_hash_add(&boiler_first, ph, strcspn(ph, " "), (long)r, 0);
	}

	alnum_init();
	trig_init();
	rk_re_compile(&re_dateline,
	    "^(?:([\\w-]+(?:\\.[\\w-]+)*\\.(?i:com|id|net|org|news|info|co))"
	    "\\s*[,\\x{2013}\\x{2014}-]\\s*)?"
	    "(\\p{Lu}[\\p{L}'.]*+(?: \\p{Lu}[\\p{L}'.]*+){0,3}+)\\s*,?\\s*"
	    "(?:\\(([^()]{2,40})\\)|([\\w-]+(?:\\.[\\w-]+)*\\.(?i:com|id|net|org|news|info|co)))?\\s*"
	    "(-{1,6}|\\x{2013}+|\\x{2014}+|\\||\\x{00E2}\\x{20AC}[\\x{201C}\\x{201D}\\x{2122}]|l(?= ))"
	    "\\s*(?=\\S)", 0);
	rk_re_compile(&re_site,
	    "^([\\w-]+(?:\\.[\\w-]+)*\\.(?i:com|id|net|org|news|info|co))\\s*"
	    "(-{1,6}|\\x{2013}+|\\x{2014}+)\\s*(?=\\S)", 0);
	rk_re_compile(&re_reporter,
	    "(?<=[.!?\\x{201D}\"\\x{2019}])\\s*\\(([\\w*./&+ -]{1,40})\\)\\s*\\.?$", 0);
	rk_re_compile(&re_reporter_bare,
	    "(?<=[.!?\\x{201D}\"])\\s+([a-z]{2,6}(?:/[a-z]{2,6})+)\\.?$", 0);
	rk_re_compile(&re_bacajuga,
	    "\\(\\s*(?:baca|simak|lihat)\\s+(?:juga|pula)\\b[^()]*\\)", RK_RE_CASELESS);
	rk_re_compile(&re_capinline,
	    "\\(\\s*(?:foto|photo|ket|sumber foto|ilustrasi)\\s*[:.][^()]*\\)",
	    RK_RE_CASELESS);
	rk_re_compile(&re_imgname,
	    "\\b[\\w-]*\\d[\\w-]*\\.(?:jpe?g|png|gif|webp|bmp)\\b",
	    RK_RE_CASELESS);
	rk_re_compile(&re_imgname2,
	    "\\b\\d{5,}_[0-9A-Za-z_]*?_[nobs](?=\\p{Lu}|\\s|$)", 0);
	rk_re_compile(&re_langswitch,
	    "(?:\\p{Lu}\\p{Ll}+(?: \\((?:Simplified|Traditional|Burmese)\\)"
	    "| Creole| Gaelic)?){4,}", 0);
	rk_re_compile(&re_capline,
	    "^[(\\[]?\\s*(?:foto|photo|ket|keterangan(?: foto)?|caption|"
	    "ilustrasi|gambar|sumber foto|foto ilustrasi)\\s*[:.\\-\\x{2013}]",
	    RK_RE_CASELESS);
	rk_re_compile(&re_capend,
	    "(?:[(\\[]\\s*(?:foto|photo|dok|ist)\\b[^()\\[\\]]{0,50}[)\\]]|"
	    "\\b(?:foto|photo)\\s*[:/]\\s*[^()\\s][^()]{0,40})\\s*\\.?$",
	    RK_RE_CASELESS);
	/* "RAKOR : NAME/SITE - ...", or a credit in capitals without the
	 * slash ("RAKOR : DOKUMENTASI UNTUK SITE - Camat ...") before a
	 * sentence in mixed case, or the credit at the end ("RAKOR : Camat
	 * ... di Aula Kantor Camat. HUMAS/KUKARKAB", or "... Aula Balai Kota. (IST)") */
	rk_re_compile(&re_capline2,
	    "^\\p{Lu}[\\p{Lu} ]{1,30}\\s*:\\s*(?:[^/:]{2,60}/\\s*[^/]{2,40}?\\s*"
	    "(?:-|\\x{2013}|\\x{2014})\\s|"
	    "\\p{Lu}[\\p{Lu}\\d.&]*+(?: \\p{Lu}[\\p{Lu}\\d.&]*+){0,5}+\\s*"
	    "(?:-|\\x{2013}|\\x{2014})\\s+\\p{Lu}\\p{Ll}|"
	    "[^:]{10,300}[.\\s]\\s*(?:\\p{Lu}{2,}/\\s*\\p{Lu}{2,}|"
	    "\\((?i:ist|istimewa|dok)\\b[^()]{0,30}\\))\\s*\\.?$)", 0);
	rk_re_compile(&re_markup,
	    "!\\[[^\\]]*\\]\\([^)]*\\)|<!--|-->|\\*\\*+|</?[A-Za-z][A-Za-z0-9]*"
	    "(?:\\s[^<>]{0,200})?/?>|^\\s*[#>]+\\s+", 0);
	rk_re_compile(&re_md_link, "\\[([^\\]]{1,200})\\]\\([^)]*\\)", 0);
	rk_re_compile(&re_underscore,
	    "(?<![\\w])_([\\p{L}\\p{N}][^_]{0,60}?)_(?![\\w])", 0);
	rk_re_compile(&re_glyph,
	    "(?<=\\s|^)[\\x{00B9}\\x{00B2}\\x{00B3}\\x{2070}-\\x{2079}](?=\\s|$)", 0);
	/* a lone Thai letter is a dash a page mis-decoded: "SAMPIT ฐ Bupati" */
	rk_re_compile(&re_thai, "(?<=\\s|^)\\p{Thai}(?=\\s|$)", 0);
	rk_re_compile(&re_dagger, "[\\x{2020}\\x{2021}]", 0);
}

void
clean_free(void)
{
	if (common_loaded) {
		rk_hash_free(&common_words);
		rk_hash_free(&region_names);
		rk_hash_free(&region_top);
		rk_table_free(&commontab);
		rk_table_free(&regiontab);
		rk_table_free(&abbrtab);
		rk_table_free(&aliastab);
		common_loaded = 0;
	}
	if (abbr_loaded) {
		rk_abbr_free(&abbrs);
		abbr_loaded = 0;
	}
	struct rk_re *all[] = { &re_dateline, &re_site, &re_reporter,
		&re_reporter_bare, &re_bacajuga, &re_capinline, &re_imgname,
		&re_imgname2, &re_langswitch, &re_capline, &re_capline2,
		&re_markup, &re_md_link, &re_underscore, &re_glyph, &re_thai, &re_dagger,
		&re_capend };
	size_t i;

	for (i = 0; i < sizeof(all) / sizeof(all[0]); i++)
		rk_re_free(all[i]);
	rk_hash_free(&boiler);
	rk_hash_free(&boiler_first);
	rk_hash_free(&trigs);
	rk_table_free(&boiler_tab);
	free(boiler_rule);
	free(boiler_scope);
	rk_buf_free(&raw);
	rk_buf_free(&arena);
	rk_buf_free(&sidebuf);
	rk_buf_free(&tmpbuf);
	rk_buf_free(&keybuf);
	free(units);
	free(spans);
	free(metas);
	free(dup_hashes);
	free(wordsets);
	rk_rows_free(&rows);
	clean_json_free();
}

int
clean_rule_find(const char *name)
{
	int i;

	for (i = 0; i < R_NRULES; i++)
		if (strcmp(clean_rule_name[i], name) == 0)
			return i;
	return -1;
}

/* ---- small text helpers ---------------------------------------------- */

int
count_words(const char *s, size_t len)
{
	size_t i, n = 0;

	/* text here is normalised (single spaces), so words = spaces + 1;
	 * a plain counting loop the compiler vectorises */
	if (len == 0)
		return 0;
	for (i = 0; i + 8 <= len; i += 8) {
		uint64_t x, t;

		memcpy(&x, s + i, 8);
		x ^= 0x2020202020202020ULL;
		/* high bit of each byte set where the byte is nonzero */
		t = ((x & 0x7F7F7F7F7F7F7F7FULL) + 0x7F7F7F7F7F7F7F7FULL) | x;
		t = ~t & RK_HIGHS;
		n += (size_t)(((t >> 7) * RK_ONES) >> 56);
	}
	for (; i < len; i++)
		n += s[i] == ' ';
	n += 1;
	n -= s[0] == ' ';
	n -= len > 1 && s[len - 1] == ' ';
	return (int)n;
}

/* The code point before byte offset e (e > 0). */
static uint32_t
cp_before(const char *s, size_t e, size_t *at)
{
	size_t i = e - 1, k;

	while (i > 0 && ((unsigned char)s[i] & 0xC0) == 0x80 && e - i < 4)
		i--;
	*at = i;
	k = i;
	return rk_utf8_next(s, e, &k);
}

static int
is_term(uint32_t c)
{
	return c == '.' || c == '!' || c == '?' || c == 0x2026;
}

static int
is_close(uint32_t c)
{
	return c == '"' || c == '\'' || c == 0x201D || c == 0x2019 ||
	    c == 0x201C || c == ')' || c == ']' || c == 0xBB;
}

/* Ends like a sentence: . ! ? ... possibly inside closing quotes or after
 * a reporter code "(nsh)". */
int
ends_term(const char *s, size_t len)
{
	size_t at, k;
	uint32_t c;
	int depth;

	/* most paragraphs end in a plain stop, which no code can follow */
	if (len > 0 && (s[len - 1] == '.' || s[len - 1] == '!' ||
	    s[len - 1] == '?'))
		return 1;
	/* a bare closing code: "... Siak. ril/dio" (islower is a-z: no rk
	 * tool calls setlocale) */
	if (len > 4 && ((s[len - 1] >= 'a' && s[len - 1] <= 'z') ||
	    s[len - 1] == '/') &&
	    memchr(s + (len > 16 ? len - 16 : 0), '/', len > 16 ? 16 : len)) {
		size_t z = len;

		while (z > 0 && ((s[z - 1] >= 'a' && s[z - 1] <= 'z') ||
		    s[z - 1] == '/'))
			z--;
		if (z >= 2 && z < len && s[z - 1] == ' ' && memchr(s + z, '/', len - z))
			len = z - 1;
	}
	while (len > 0) {
		/* an ASCII byte is its own code point */
		if ((unsigned char)s[len - 1] < 0x80) {
			at = len - 1;
			c = (unsigned char)s[at];
		} else
			c = cp_before(s, len, &at);
		if (is_term(c))
			return 1;
		if (c == ')') {
			/* a closing code: look before its '(' */
			depth = 0;
			for (k = at; k > 0; k--) {
				if (s[k - 1] == ')')
					depth++;
				else if (s[k - 1] == '(' && depth-- == 0)
					break;
			}
			if (k == 0 || at - k > 40)
				return 0;
			len = k - 1;
			while (len > 0 && s[len - 1] == ' ')
				len--;
			continue;
		}
		if (!is_close(c))
			return 0;
		len = at;
	}
	return 0;
}

int
starts_lower(const char *s, size_t len)
{
	size_t i = 0;
	uint32_t c;

	if (len == 0)
		return 0;
	c = rk_utf8_next(s, len, &i);
	return rk_cp_isalpha(c) && !rk_cp_isupper(c) && c != 0xDF;
}

int
has_alnum_slow(const char *s, size_t len)
{
	size_t i = 0;
	uint32_t c;

	while (i < len) {
		if ((unsigned char)s[i] < 0x80) {
			/* alnum_low: above 1 for the ASCII letters and digits */
			if (alnum_low[(unsigned char)s[i]] > 1)
				return 1;
			i++;
			continue;
		}
		c = rk_utf8_next(s, len, &i);
		if (rk_cp_isalpha(c) || (c >= 0x0E01 && c <= 0x0E2E) ||
		    c >= 0x3040)
			return 1;
	}
	return 0;
}

const char *
mem_find(const char *s, size_t len, const char *p, size_t n)
{
	const char *e = s + len, *q;

	while (len >= n && (q = memchr(s, p[0], len - n + 1)) != NULL) {
		if (memcmp(q, p, n) == 0)
			return q;
		len -= (size_t)(q + 1 - s);
		s = q + 1;
	}
	(void)e;
	return NULL;
}

const char *
ci_find(const char *s, size_t len, const char *p)
{
	size_t n = strlen(p), i;

	for (i = 0; i + n <= len; i++)
		if ((s[i] | 32) == (p[0] | 32) && strncasecmp(s + i, p, n) == 0)
			return s + i;
	return NULL;
}

/* Where s starts once its leading bullets and markup are skipped. */
size_t
core_start(const char *s, size_t len)
{
	size_t i = 0, j = len;

	while (i < j) {
		unsigned char c = (unsigned char)s[i];

		if (c == ' ' || c == '*' || c == '-' || c == '|' || c == '>' ||
		    c == '#' || c == '_' || c == '[' || c == '(')
			i++;
		else if (c == 0xE2 && j - i >= 3 && (unsigned char)s[i + 1] == 0x80 &&
		    ((unsigned char)s[i + 2] == 0xA2 || (unsigned char)s[i + 2] == 0x93 ||
		    (unsigned char)s[i + 2] == 0x94))
			i += 3;	/* • – — */
		else if (c == 0xC2 && j - i >= 2 && ((unsigned char)s[i + 1] == 0xBB ||
		    (unsigned char)s[i + 1] == 0xB7))
			i += 2;	/* » · */
		else
			break;
	}
	return i;
}

/* Trim leading bullets/markup and trailing : . | and spaces. */
void
core_of(const char *s, size_t len, size_t *a, size_t *b)
{
	size_t i = core_start(s, len), j = len;

	while (j > i) {
		switch (s[j - 1]) {
		case ' ': case ':': case '.': case '|': case '*': case '_':
		case '-': case '!': case ')': case ']': case '>':
			j--;
			continue;
		default:
			break;
		}
		break;
	}
	*a = i;
	*b = j;
}

/*
 * rk_fold's result for an ASCII key, made into k (cap bytes) without its
 * per-character calls: the key's length, or SIZE_MAX for text rk_fold
 * must see (a byte past ASCII, or too long).
 */
static size_t
ascii_fold(const char *s, size_t len, char *k, size_t cap)
{
	size_t i, n = 0;

	if (len > cap)
		return SIZE_MAX;
	for (i = 0; i < len; i++) {
		unsigned char c = lexfold[(unsigned char)s[i]];

		if (c == LF_OTHER)
			return SIZE_MAX;
		if (c != LF_DROP)
			k[n++] = (char)c;
	}
	return n;
}

/* rk_hash_find(h, s, len, 0), an ASCII key folded by ascii_fold. */
long
fold_find(struct rk_hash *h, const char *s, size_t len)
{
	char k[80];
	size_t n = ascii_fold(s, len, k, sizeof(k));

	return n == SIZE_MAX ? rk_hash_find(h, s, len, 0) : rk_hash_find(h, k, n, 1);
}

/*
 * rk_hash_add(h, s, len, val, 0), an ASCII key folded by ascii_fold and
 * added raw: rk_fold a character at a time was most of the region lists'
 * load.
 */
void
fold_add(struct rk_hash *h, const char *s, size_t len, long val)
{
	char k[128];
	size_t n = ascii_fold(s, len, k, sizeof(k));

	if (n == SIZE_MAX)
		rk_hash_add(h, s, len, val, 0);
	else
		rk_hash_add(h, k, n, val, 1);
}

/* Look a phrase up in the lexicon: entry index or -1. */
long
lex_find(const char *s, size_t len)
{
	long e;

	if (len == 0 || len > 80)
		return -1;
	e = fold_find(&boiler, s, len);
	return e < 0 ? -1 : rk_hash_val(&boiler, e);
}

/* Append s to side (metadata and drops); s never points into side. */
static size_t
side_add(const char *s, size_t len)
{
	size_t off = sidebuf.len;

	rk_buf_add(&sidebuf, s, len);
	return off;
}

/* Append s to the arena; s may itself point into the arena. */
size_t
arena_add(const char *s, size_t len)
{
	size_t off = arena.len;

	if (arena.data != NULL && s >= arena.data && s < arena.data + arena.cap) {
		size_t so = (size_t)(s - arena.data);

		rk_buf_grow(&arena, len);
		s = arena.data + so;
	}
	rk_buf_add(&arena, s, len);
	return off;
}

void
meta_add(int kind, const char *t, size_t tlen, const char *v, size_t vlen)
{
	struct meta *m;
	size_t toff, voff;

	while (tlen > 0 && *t == ' ') {
		t++;
		tlen--;
	}
	while (tlen > 0 && t[tlen - 1] == ' ')
		tlen--;
	toff = side_add(t, tlen);
	voff = side_add(v, vlen);
	if (nmetas == capmetas) {
		capmetas = capmetas ? capmetas * 2 : 16;
		metas = rk_xrealloc(metas, capmetas, sizeof(*metas));
	}
	m = &metas[nmetas++];
	m->kind = kind;
	m->toff = toff;
	m->tlen = tlen;
	m->voff = voff;
	m->vlen = vlen;
}

/* rank: 3 = from the JSON record, 2 = with a time, 1 = a date alone. */
void
pubdate_offer(const char *t, size_t tlen, const char *iso, int rank)
{
	size_t i;

	if (rank <= pubrank)
		return;
	for (i = 0; i < nmetas; i++)
		if (metas[i].kind == M_PUBDATE) {
			metas[i].toff = side_add(t, tlen);
			metas[i].tlen = tlen;
			metas[i].voff = side_add(iso, strlen(iso));
			metas[i].vlen = strlen(iso);
			pubrank = rank;
			return;
		}
	meta_add(M_PUBDATE, t, tlen, iso, strlen(iso));
	pubrank = rank;
}

void
span_add(size_t u, int rule, const char *s, size_t len)
{
	size_t off = side_add(s, len);

	if (nspans == capspans) {
		capspans = capspans ? capspans * 2 : 32;
		spans = rk_xrealloc(spans, capspans, sizeof(*spans));
	}
	spans[nspans].unit = u;
	spans[nspans].rule = rule;
	spans[nspans].off = off;
	spans[nspans].len = len;
	nspans++;
}

/* ---- normalisation ----------------------------------------------------- */

static void
unit_push(size_t off, size_t len, int flags)
{
	struct unit *u;

	if (nunits == capunits) {
		capunits = capunits ? capunits * 2 : 64;
		units = rk_xrealloc(units, capunits, sizeof(*units));
	}
	u = &units[nunits++];
	u->off = off;
	u->len = len;
	u->rule = -1;
	u->flags = flags;
	u->nw = 0;
	u->hkn = -1;
	u->term = -1;
}

/*
 * Copy s into the arena line by line: CR and CRLF end lines; TAB, other
 * controls, NBSP and the Unicode spaces become a space; zero-width
 * characters and soft hyphens go; runs of spaces collapse; lines are
 * trimmed.  Each non-blank line becomes a unit.
 */
static uint64_t
haszero(uint64_t v)
{
	return (v - RK_ONES) & ~v & RK_HIGHS;
}

#ifdef CLEAN_SSE2
/* The bits set in each byte value. */
static const unsigned char pop8[256] = {
#define P2(n)	n, n + 1, n + 1, n + 2
#define P4(n)	P2(n), P2(n + 1), P2(n + 1), P2(n + 2)
#define P6(n)	P4(n), P4(n + 1), P4(n + 1), P4(n + 2)
	P6(0), P6(1), P6(1), P6(2)
#undef P6
#undef P4
#undef P2
};
#endif

static int
normalise(const char *s, size_t len)
{
	size_t i = 0, start, o, nsp = 0;
	int blank = 0, sp = 0;
	unsigned char c, c1, c2;
	char *d;

	/* the output never outgrows the input (plus one newline); nsp
	 * counts the spaces written in the line, for its word count */
	rk_buf_grow(&arena, len + 2);
	d = arena.data;
	o = start = arena.len;
	while (i <= len) {
#ifdef CLEAN_SSE2
		/* sixteen printable ASCII bytes, as the eight below */
		while (i + 16 <= len) {
			__m128i v = _mm_loadu_si128((const __m128i *)(s + i));
			unsigned m, stop;
			size_t k = 16;

			/* where the plain bytes stop: a control, DEL or a
			 * byte past ASCII, a double or leading space */
			stop = (unsigned)_mm_movemask_epi8(_mm_or_si128(
			    _mm_cmplt_epi8(v, _mm_set1_epi8(0x20)),
			    _mm_cmpeq_epi8(v, _mm_set1_epi8(0x7F))));
			m = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v,
			    _mm_set1_epi8(' ')));
			stop |= m & (m << 1);
			if ((m & 1) && (o == start || d[o - 1] == ' '))
				stop |= 1;
			if (stop != 0) {
				/* the plain bytes before it go as one block
				 * too (the store's room is there), the rest
				 * below; a line's end costs no byte loop */
				k = (size_t)__builtin_ctz(stop);
				if (k == 0)
					goto one;
				m &= (1U << k) - 1;
			}
			_mm_storeu_si128((__m128i *)(d + o), v);
			o += k;
			i += k;
			sp = d[o - 1] == ' ';
			/* the spaces among them, a byte of the mask at once */
			nsp += (size_t)pop8[m & 0xFF] + pop8[m >> 8];
			if (k < 16)
				goto one;
		}
#endif
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
		/* eight printable ASCII bytes without a double or leading space */
		while (i + 8 <= len) {
			uint64_t x, m;

			memcpy(&x, s + i, 8);
			if ((x & RK_HIGHS) || ((x - RK_ONES * 0x20) & ~x & RK_HIGHS) ||
			    haszero(x ^ (RK_ONES * 0x7F)))
				break;
			m = haszero(x ^ (RK_ONES * 0x20));
			if ((m & (m << 8)) || ((m & 0x80) && (o == start ||
			    d[o - 1] == ' ')))
				break;
			memcpy(d + o, &x, 8);
			o += 8;
			i += 8;
			sp = d[o - 1] == ' ';
			/* the spaces among the eight, exactly */
			m = x ^ (RK_ONES * 0x20);
			m = ~(((m & ~RK_HIGHS) + ~RK_HIGHS) | m) & RK_HIGHS;
			nsp += (size_t)(((m >> 7) * RK_ONES) >> 56);
		}
#endif
#ifdef CLEAN_SSE2
		/* the block loop stopped at a byte the eight-byte loop would
		 * stop at too: straight to it */
one:
#endif
		c = i < len ? (unsigned char)s[i] : '\n';
		if (c >= 0x21 && c < 0x7F) {
			/* a plain ASCII run */
			do
				d[o++] = (char)s[i++];
			while (i < len && (unsigned char)s[i] >= 0x21 &&
			    (unsigned char)s[i] < 0x7F);
			sp = 0;
			continue;
		}
		if (c == '\n' || c == '\r') {
			while (o > start && d[o - 1] == ' ') {
				o--;
				nsp--;
			}
			if (o > start) {
				arena.len = o;
				unit_push(start, o - start, blank == 0 ? 0 :
				    blank == 1 ? U_BLANK : U_BLANK | U_GAP);
				units[nunits - 1].nw = (int)nsp + 1;
				blank = 0;
				d[o++] = '\0';	/* judge_line may use str*() */
			} else if (nunits > 0) {
				blank++;
			}
			if (c == '\r' && i + 1 < len && s[i + 1] == '\n')
				i++;
			i++;
			start = o;
			sp = 0;
			nsp = 0;
			continue;
		}
		if (c >= 0x80) {
			c1 = i + 1 < len ? (unsigned char)s[i + 1] : 0;
			c2 = i + 2 < len ? (unsigned char)s[i + 2] : 0;
			if (c == 0xC2 && (c1 == 0xA0 || (c1 >= 0x80 && c1 <= 0x9F))) {
				i += 2;
				goto space;
			}
			if (c == 0xC2 && c1 == 0xAD) {
				i += 2;
				continue;
			}
			if (c == 0xE2 && c1 == 0x80 && ((c2 >= 0x80 && c2 <= 0x8A) ||
			    c2 == 0xAF || c2 == 0xA8 || c2 == 0xA9)) {
				i += 3;
				goto space;
			}
			if ((c == 0xE2 && c1 == 0x80 && c2 >= 0x8B && c2 <= 0x8F) ||
			    (c == 0xE2 && c1 == 0x81 && c2 >= 0xA0 && c2 <= 0xA4) ||
			    (c == 0xEF && c1 == 0xBB && c2 == 0xBF)) {
				i += 3;
				continue;
			}
			if ((c == 0xE2 && c1 == 0x81 && c2 == 0x9F) ||
			    (c == 0xE3 && c1 == 0x80 && c2 == 0x80) ||
			    (c == 0xE1 && c1 == 0x9A && c2 == 0x80)) {
				i += 3;
				goto space;
			}
			{
				size_t j = i;

				/* validation rides along: a bad sequence sends
				 * the caller to the repair path */
				if (rk_utf8_next(s, len, &j) == 0xFFFD && j - i != 3)
					return -1;
				while (i < j)
					d[o++] = s[i++];
			}
			sp = 0;
			continue;
		}
		if (c == 0)
			return -1;
		/* space, TAB and the other controls */
		i++;
space:
		if (!sp && o > start) {
			d[o++] = ' ';
			sp = 1;
			nsp++;
		}
	}
	arena.len = o;
	d[o] = '\0';
	return 0;
}

/* ---- output ------------------------------------------------------------- */

/* A row of the document; its para number is written when the rows go. */
static void
row(FILE *out, const char *id, size_t idlen, long para, const char *kind,
    size_t klen, const char *t, size_t tlen, const char *v, size_t vlen)
{
	struct rk_str *f = rk_rows_add(&rows, out, 5);

	rk_rows_num(&rows, 1, para);
	f[0].s = id;
	f[0].len = idlen;
	f[2].s = kind;
	f[2].len = klen;
	f[3].s = t;
	f[3].len = tlen;
	f[4].s = v;
	f[4].len = vlen;
}

void
clean_empty(const char *id, FILE *out)
{
	row(out, id, strlen(id), 0, "empty", 5, "", 0, "", 0);
	rk_rows_flush(&rows, out);
}

static void
emit(const struct clean_opts *o, const char *id, FILE *out)
{
	size_t i, k, sp = 0;
	long para = 0;
	const char *rn;
	size_t idlen = strlen(id);
	unsigned have = 0;

	/* the kinds present: most pages have two or three of M_N */
	for (i = 0; i < nmetas; i++)
		have |= 1U << metas[i].kind;
	for (k = 0; k < M_N; k++)
		for (i = 0; (have >> k & 1) && i < nmetas; i++)
			if (metas[i].kind == (int)k)
				row(out, id, idlen, 0, meta_kind[k],
				    strlen(meta_kind[k]),
				    sidebuf.data + metas[i].toff, metas[i].tlen,
				    sidebuf.data + metas[i].voff, metas[i].vlen);
	for (i = 0; i < nunits; i++) {
		const struct unit *u = &units[i];

		for (; o->explain && sp < nspans && spans[sp].unit <= i; sp++) {
			if (spans[sp].len == 0)
				continue;
			rn = clean_rule_name[spans[sp].rule];
			row(out, id, idlen, 0, "drop", 4, sidebuf.data + spans[sp].off,
			    spans[sp].len, rn, strlen(rn));
		}
		if (u->rule >= 0) {
			if (o->explain && u->len > 0) {
				rn = clean_rule_name[u->rule];
				row(out, id, idlen, 0, "drop", 4, TX(u), u->len, rn,
				    strlen(rn));
			}
			continue;
		}
		/* the kind's length given: strlen per row showed */
		if (u->flags & U_TITLE)
			row(out, id, idlen, ++para, "title", 5, TX(u), u->len, "", 0);
		else
			row(out, id, idlen, ++para, "body", 4, TX(u), u->len, "", 0);
	}
	if (para == 0)
		row(out, id, idlen, 0, "empty", 5, "", 0, "", 0);
	rk_rows_flush(&rows, out);
}

void
clean_doc(const struct clean_opts *o, const char *id, const char *text,
    size_t len, const struct clean_meta *meta, FILE *out)
{
	size_t i, first = 0, tsize;
	long t, f;
	int given = 0;
	char iso[24];

	nunits = nspans = nmetas = 0;
	pubrank = 0;
	rk_buf_reset(&arena);
	rk_buf_add(&arena, "", 0);
	rk_buf_reset(&sidebuf);
	rk_buf_add(&sidebuf, "", 0);
	if (meta != NULL && meta->urllen > 0)
		meta_add(M_URL, meta->url, meta->urllen, meta->url, meta->urllen);
	if (meta != NULL && meta->datelen > 0 &&
	    clean_date_find(meta->date, meta->datelen, iso, &i, &tsize))
		pubdate_offer(meta->date, meta->datelen, iso, 3);
	if (meta != NULL && meta->titlelen > 0) {
		if (normalise(meta->title, meta->titlelen) == -1) {
			nunits = 0;
			rk_buf_reset(&raw);
			(void)rk_utf8_repair(meta->title, meta->titlelen, &raw);
			(void)normalise(raw.data, raw.len);
		}
		/* a multi-line title is one title */
		for (i = 1; i < nunits; i++) {
			arena.data[units[0].off + units[0].len] = ' ';
			units[0].len = units[i].off + units[i].len - units[0].off;
			units[0].hkn = -1;
			units[0].term = -1;
		}
		if (nunits > 0) {
			nunits = 1;
			units[0].flags = U_TITLE;
			units[0].nw = count_words(TX(&units[0]), units[0].len);
			given = 1;
			first = 1;
		}
	}
	tsize = arena.len;
	if (normalise(text, len) == -1) {
		nunits = first;
		arena.len = tsize;
		rk_buf_reset(&raw);
		(void)rk_utf8_repair(text, len, &raw);
		(void)normalise(raw.data, raw.len);
	}
	if (first < nunits)
		units[first].flags &= ~U_BLANK;
	for (i = first; i < nunits; i++) {
		int r = judge_line(o, i);

		if (r >= 0 && on(o, r))
			units[i].rule = r;
		else
			units[i].flags &= ~(U_NEXT | U_REST | U_LIST);
	}
	for (i = first; i + 1 < nunits; i++)
		if ((units[i].flags & U_NEXT) && units[i + 1].rule < 0)
			units[i + 1].rule = units[i].rule;
	affiliations(first);
	reflow(o);
	for (i = 0; i < nunits; i++) {
		if (units[i].rule >= 0 || (units[i].flags & U_TITLE && given))
			continue;
		inline_rules(o, i);
		if (units[i].len == 0 || !has_alnum(TX(&units[i]), units[i].len))
			units[i].rule = R_GLYPH;
		units[i].flags &= ~U_BODY;
		if (body_like(&units[i]))
			units[i].flags |= U_BODY;
	}
	author_notes(o);
	t = find_title(o, given);
	extent(o);
	/* the dateline opens the first paragraph after the title */
	for (f = -1, i = 0; i < nunits; i++)
		if (units[i].rule < 0 && !(units[i].flags & U_TITLE)) {
			if (f < 0)
				f = (long)i;
			if (units[i].flags & U_BODY) {
				f = (long)i;
				break;
			}
		}
	if (f >= 0 && on(o, R_DATELINE) && !dateline(o, (size_t)f)) {
		/* a caption may stand before the lead: try the next two */
		size_t tries = 0;

		for (i = (size_t)f + 1; i < nunits && tries < 2; i++)
			if (units[i].rule < 0 && !(units[i].flags & U_TITLE)) {
				tries++;
				if (dateline(o, i)) {
					caption_echo(o, i);
					if (t < 0 && !given)
						t = caption_above(o, (size_t)f, i);
					break;
				}
			}
	}
	next_story(o);
	plain_captions(o);
	disclaimer(o);
	syndication(o);
	if (on(o, R_CAPTION))
		lead_captions();
	for (f = -1, i = nunits; i > 0; i--)
		if (units[i - 1].rule < 0 && !(units[i - 1].flags & U_TITLE)) {
			f = (long)i - 1;
			break;
		}
	if (f >= 0 && on(o, R_REPORTER) && !reporter(o, (size_t)f) &&
	    units[f].nw <= 12) {
		/* a short line may follow the last paragraph: look once more */
		for (i = (size_t)f; i > 0; i--)
			if (units[i - 1].rule < 0 && !(units[i - 1].flags & U_TITLE)) {
				(void)reporter(o, i - 1);
				break;
			}
	}
	duplicates(o);
	(void)t;
	emit(o, id, out);
}

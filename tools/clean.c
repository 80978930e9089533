/*
 * clean.c: rk-clean's core.  One document at a time: normalise the bytes,
 * judge every line against the rules, re-flow hard-wrapped lines into
 * paragraphs, find the title and the article's extent, cut the inline
 * debris, lift the dateline and the reporter code into metadata, drop
 * repeated paragraphs, and write the rows.
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

#if defined(__SSE2__) && defined(__GNUC__)
#include <emmintrin.h>
#define CLEAN_SSE2	1
#endif

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
	"photo captions and image credits (Foto: ..., RAKOR : NAME/SITE - ...)",
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

/* Unit flags. */
#define U_BLANK	0x01	/* a blank line came before it */
#define U_NEXT	0x02	/* drop the next unit too */
#define U_REST	0x04	/* comment section: the rest goes */
#define U_LIST	0x08	/* related list: headline lines follow */
#define U_BODY	0x10	/* looks like an article paragraph */
#define U_TITLE	0x20
#define U_GAP	0x40	/* two blank lines or more came before it */

/* Lexicon scopes. */
enum { S_LINE, S_WORD, S_NEXT, S_REST, S_LIST, S_NUM, S_LANG, S_SITE };

struct unit {
	size_t	off, len;	/* text in arena */
	int	rule;		/* -1 kept, else the rule that dropped it */
	int	flags;
	int	nw;		/* words */
	int	hkn;		/* head key length, -1 until computed */
	int	term;		/* ends_term of the text, -1 until computed */
	char	hk[8];		/* first alphanumerics, lowercased (title look-ups) */
};

struct span {
	size_t	unit;
	int	rule;
	size_t	off, len;	/* in arena */
};

enum { M_PUBDATE, M_DATELINE, M_AGENCY, M_AUTHOR, M_EDITOR, M_REPORTER,
	M_URL, M_CAPTION, M_COPYRIGHT, M_N };
static const char *const meta_kind[M_N] = {
	"pubdate", "dateline", "agency", "author", "editor", "reporter", "url",
	"caption", "copyright",
};

struct meta {
	int	kind;
	size_t	toff, tlen;	/* text, in arena */
	size_t	voff, vlen;	/* value, in arena */
};

static struct rk_hash lex, lexfirst;	/* lexfirst: first words of phrases */
static struct rk_hash trig;	/* first word -> detectors (T_*) */
static void	trig_init(void);
static struct rk_table lextab;
static int *lexrule, *lexscope;

static struct rk_re re_dateline, re_site, re_reporter, re_reporter_bare,
    re_bacajuga, re_capinline, re_imgname, re_imgname2, re_langswitch,
    re_capline, re_capline2, re_markup, re_md_link, re_underscore,
    re_glyph, re_thai, re_dagger, re_capend;

/* Common words and region names for datelines (city_common), loaded late. */
static struct rk_hash common_words, region_names, region_top;
static struct rk_table commontab, regiontab, abbrtab, aliastab;
static int common_loaded;

/*
 * The abbreviations and sentence openers rk-segment knows: a hard-wrapped
 * line that ends in "Dr. H." has not ended its paragraph.  Loaded the
 * first time a line ends in such a token.
 */
static struct rk_abbr ab;
static int abbr_loaded;

/* Per-document state, reused. */
/*
 * arena holds the document's lines; side holds metadata and dropped spans.
 * They are apart so that lifting metadata out of a line never moves the
 * line being read.
 */
static struct rk_buf raw, arena, side, tmp, key;
static struct unit *units;
static size_t nunits, capunits;
static struct span *spans;
static size_t nspans, capspans;
static struct meta *metas;
static size_t nmetas, capmetas;
static int pubrank;
static int cur_nw;	/* words of the line judge_line is looking at */
static uint64_t *hashes;
static size_t caphashes;
static uint64_t *wordsets;	/* near-duplicate word sets, per kept unit */
static size_t capwords;

static int
lex_rule(const char *name)
{
	int r = clean_rule_find(name);

	if (r < 0)
		rk_die(RK_EXIT_FAIL, "clean-boiler.tsv: unknown rule %s", name);
	return r;
}

/* Lowercase ASCII letters and digits; 0 for other ASCII; 1 stops (>= 0x80). */
static unsigned char alnum_low[256];

static void
alnum_init(void)
{
	int c;

	for (c = 0; c < 256; c++)
		alnum_low[c] = (unsigned char)(c >= 0x80 ? 1 :
		    c >= 'A' && c <= 'Z' ? c + 32 :
		    (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ? c : 0);
}

void
clean_init(void)
{
	static const char *const scopes[] = { "line", "word", "next", "rest",
		"list", "num", "lang", "site" };
	size_t r, k;
	int cp, cr, cs;

	rk_table_load(&lextab, "clean-boiler.tsv");
	cp = rk_table_col(&lextab, "phrase");
	cr = rk_table_col(&lextab, "rule");
	cs = rk_table_col(&lextab, "scope");
	rk_hash_init(&lex);
	rk_hash_init(&lexfirst);
	lexrule = rk_xcalloc(lextab.nrows + 1, sizeof(int));
	lexscope = rk_xcalloc(lextab.nrows + 1, sizeof(int));
	for (r = 0; r < lextab.nrows; r++) {
		const char *ph = RK_CELL(&lextab, r, cp);

		lexrule[r] = lex_rule(RK_CELL(&lextab, r, cr));
		for (k = 0; k < sizeof(scopes) / sizeof(scopes[0]); k++)
			if (strcmp(RK_CELL(&lextab, r, cs), scopes[k]) == 0)
				break;
		if (k == sizeof(scopes) / sizeof(scopes[0]))
			rk_die(RK_EXIT_FAIL, "clean-boiler.tsv: unknown scope %s",
			    RK_CELL(&lextab, r, cs));
		lexscope[r] = (int)k;
		rk_hash_add(&lex, ph, strlen(ph), (long)r, 0);
		if (strchr(ph, ' ') != NULL)
			rk_hash_add(&lexfirst, ph, strcspn(ph, " "), (long)r, 0);
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
	 * ... di Aula Kantor Camat. HUMAS/KUKARKAB") */
	rk_re_compile(&re_capline2,
	    "^\\p{Lu}[\\p{Lu} ]{1,30}\\s*:\\s*(?:[^/:]{2,60}/\\s*[^/]{2,40}?\\s*"
	    "(?:-|\\x{2013}|\\x{2014})\\s|"
	    "\\p{Lu}[\\p{Lu}\\d.&]*+(?: \\p{Lu}[\\p{Lu}\\d.&]*+){0,5}+\\s*"
	    "(?:-|\\x{2013}|\\x{2014})\\s+\\p{Lu}\\p{Ll}|"
	    "[^:]{10,300}[.\\s]\\s*\\p{Lu}{2,}/\\s*\\p{Lu}{2,}\\s*\\.?$)", 0);
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
		rk_abbr_free(&ab);
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
	rk_hash_free(&lex);
	rk_hash_free(&lexfirst);
	rk_hash_free(&trig);
	rk_table_free(&lextab);
	free(lexrule);
	free(lexscope);
	rk_buf_free(&raw);
	rk_buf_free(&arena);
	rk_buf_free(&side);
	rk_buf_free(&tmp);
	rk_buf_free(&key);
	free(units);
	free(spans);
	free(metas);
	free(hashes);
	free(wordsets);
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

static int
on(const struct clean_opts *o, int rule)
{
	return (o->off & (1UL << rule)) == 0;
}

static const char *
TX(const struct unit *u)
{
	return arena.data + u->off;
}

static int
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
static int
ends_term(const char *s, size_t len)
{
	size_t at, k;
	uint32_t c;
	int depth;

	/* a bare closing code: "... Siak. ril/dio" */
	if (len > 4 && memchr(s + (len > 16 ? len - 16 : 0), '/', len > 16 ? 16 : len)) {
		size_t z = len;

		while (z > 0 && (islower((unsigned char)s[z - 1]) || s[z - 1] == '/'))
			z--;
		if (z >= 2 && z < len && s[z - 1] == ' ' && memchr(s + z, '/', len - z))
			len = z - 1;
	}
	while (len > 0) {
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

/* ends_term of a unit's text, computed once until the text changes. */
static int
unit_term(const struct unit *u)
{
	if (u->term < 0)
		units[u - units].term = ends_term(TX(u), u->len);
	return u->term;
}

static int
starts_lower(const char *s, size_t len)
{
	size_t i = 0;
	uint32_t c;

	if (len == 0)
		return 0;
	c = rk_utf8_next(s, len, &i);
	return rk_cp_isalpha(c) && !rk_cp_isupper(c) && c != 0xDF;
}

static int
has_alnum(const char *s, size_t len)
{
	size_t i = 0;
	uint32_t c;

	while (i < len) {
		if ((unsigned char)s[i] < 0x80) {
			if (isalnum((unsigned char)s[i]))
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

static const char *
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

static int
ci_prefix(const char *s, size_t len, const char *p)
{
	size_t i;

	/* p is lowercase ASCII; most calls fail on the first byte */
	for (i = 0; p[i] != '\0'; i++)
		if (i >= len || (s[i] | (s[i] >= 'A' && s[i] <= 'Z' ? 32 : 0)) != p[i])
			return 0;
	return 1;
}

static const char *
ci_find(const char *s, size_t len, const char *p)
{
	size_t n = strlen(p), i;

	for (i = 0; i + n <= len; i++)
		if ((s[i] | 32) == (p[0] | 32) && strncasecmp(s + i, p, n) == 0)
			return s + i;
	return NULL;
}

/* Trim leading bullets/markup and trailing : . | and spaces. */
static void
core_of(const char *s, size_t len, size_t *a, size_t *b)
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

/* Look a phrase up in the lexicon: entry index or -1. */
static long
lex_find(const char *s, size_t len)
{
	char k[96];
	size_t i, n = 0;
	long e;

	if (len == 0 || len > 80)
		return -1;
	/* rk_fold's result for ASCII, without its per-character calls */
	for (i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];

		if (c >= 0x80) {
			e = rk_hash_find(&lex, s, len, 0);
			return e < 0 ? -1 : rk_hash_val(&lex, e);
		}
		if (c == ' ' || c == '-' || c == '.' || c == '\'' || c == '`' ||
		    (c >= '\t' && c <= '\r'))
			continue;
		k[n++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
	}
	e = rk_hash_find(&lex, k, n, 1);
	return e < 0 ? -1 : rk_hash_val(&lex, e);
}

/* Append s to side (metadata and drops); s never points into side. */
static size_t
side_add(const char *s, size_t len)
{
	size_t off = side.len;

	rk_buf_add(&side, s, len);
	return off;
}

/* Append s to the arena; s may itself point into the arena. */
static size_t
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

static void
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
static void
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

static void
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
			unsigned m;

			if (_mm_movemask_epi8(_mm_or_si128(
			    _mm_cmplt_epi8(v, _mm_set1_epi8(0x20)),
			    _mm_cmpeq_epi8(v, _mm_set1_epi8(0x7F)))) != 0)
				break;
			m = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v,
			    _mm_set1_epi8(' ')));
			if ((m & (m << 1)) || ((m & 1) && (o == start ||
			    d[o - 1] == ' ')))
				break;
			_mm_storeu_si128((__m128i *)(d + o), v);
			o += 16;
			i += 16;
			sp = d[o - 1] == ' ';
			/* the spaces among the sixteen (a popcount in line) */
			m = m - ((m >> 1) & 0x5555);
			m = (m & 0x3333) + ((m >> 2) & 0x3333);
			m = (m + (m >> 4)) & 0x0F0F;
			nsp += (m + (m >> 8)) & 0x1F;
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

/* ---- line rules --------------------------------------------------------- */

static int
byline_label(const char *w, size_t n, int *kind)
{
	static const struct {
		const char *w;
		int kind;
	} labels[] = {
		{ "penulis", M_AUTHOR }, { "ditulis oleh", M_AUTHOR },
		{ "oleh", M_AUTHOR }, { "author", M_AUTHOR },
		{ "writer", M_AUTHOR }, { "by", M_AUTHOR },
		{ "posted by", M_AUTHOR }, { "diposting oleh", M_AUTHOR },
		{ "laporan", M_REPORTER }, { "laporan wartawan", M_REPORTER },
		{ "pewarta", M_REPORTER }, { "reporter", M_REPORTER },
		{ "wartawan", M_REPORTER }, { "kontributor", M_REPORTER },
		{ "jurnalis", M_REPORTER }, { "editor", M_EDITOR },
		{ "redaktur", M_EDITOR }, { "penyunting", M_EDITOR },
		{ "editing", M_EDITOR }, { "redaksi", M_EDITOR },
		{ "sumber", -1 }, { "fotografer", -1 }, { "foto", -1 },
		{ "publisher", M_EDITOR }, { "uploader", M_AUTHOR },
	};
	size_t i;

	if (n < 2 || n > 16)
		return 0;
	for (i = 0; i < sizeof(labels) / sizeof(labels[0]); i++)
		if ((labels[i].w[0] | 32) == (w[0] | 32) &&
		    strlen(labels[i].w) == n && strncasecmp(labels[i].w, w, n) == 0) {
			*kind = labels[i].kind;
			return 1;
		}
	return 0;
}

/*
 * "Penulis: X | Editor: Y", "Reporter: X - Editor : Y", "Pewarta: X",
 * "Oleh : X", "by NAME - 2021-03-18 15:14:00".  The label must come with
 * a colon, or the line must be a short name-only line, so that a sentence
 * such as "Oleh karena itu ..." or "Editor senior ..." stays.  A later
 * field can still refuse the line, so the fields wait in got[] until the
 * whole line has passed, and only then, if harvest, become metadata; a
 * byline has a few fields, and those past BYLINE_MAX are not kept.
 */
#define BYLINE_MAX	16

static int
byline(const char *s, size_t len, int harvest)
{
	struct {
		int	 kind;
		size_t	 ws, ve, va, vb;	/* label start, value end, name */
	} got[BYLINE_MAX];
	size_t i = 0, a, b, ws, we, vs, ve, k, ngot = 0;
	int kind, any = 0, colon, nw = cur_nw, date = 0;
	char iso[24];

	if (nw > 16)
		return 0;
	while (i < len) {
		while (i < len && (s[i] == ' ' || s[i] == '|' || s[i] == '-' ||
		    (unsigned char)s[i] == 0xE2))
			i += (unsigned char)s[i] == 0xE2 ? 3 : 1;
		if (i >= len)
			break;
		/* label: one or two words */
		ws = i;
		while (i < len && isalpha((unsigned char)s[i]))
			i++;
		we = i;
		if (we == ws)
			break;
		{
			size_t j = i;
			int k2;

			if (j < len && s[j] == ' ') {
				j++;
				while (j < len && isalpha((unsigned char)s[j]))
					j++;
			}
			if (j > i && byline_label(s + ws, j - ws, &k2)) {
				kind = k2;
				i = we = j;
			} else if (!byline_label(s + ws, we - ws, &kind)) {
				break;
			}
		}
		while (i < len && s[i] == ' ')
			i++;
		colon = i < len && s[i] == ':';
		if (colon)
			i++;
		while (i < len && s[i] == ' ')
			i++;
		if (!colon && kind == M_REPORTER && we - ws > 7) {
			/* "Laporan Wartawan lombokwarta.com, Baiq ...": the site */
			size_t j = i;

			while (j < len && s[j] != ' ' && s[j] != ',')
				j++;
			if (j - i > 4 && memchr(s + i, '.', j - i) != NULL &&
			    islower((unsigned char)s[i])) {
				for (i = j; i < len && (s[i] == ',' || s[i] == ' '); i++)
					;
			}
		}
		if (!colon) {
			/* "Oleh Hayru Abdi", "by Op.SIBER_4 - 2021-...": a name
			 * in capitals, a short line, no sentence end */
			if (any || i >= len || !(isupper((unsigned char)s[i]) ||
			    (unsigned char)s[i] >= 0x80) || nw > 10 ||
			    (ends_term(s, len) && s[len - 1] != '.') ||
			    !(kind == M_AUTHOR || kind == M_REPORTER))
				return 0;
			if (strncasecmp(s + ws, "laporan", 7) == 0 && we - ws == 7)
				return 0;
		}
		/* value: up to the next separator */
		vs = i;
		while (i < len && s[i] != '|' && !(s[i] == ' ' && i + 2 < len &&
		    (s[i + 1] == '-' || ((unsigned char)s[i + 1] == 0xE2 &&
		    (unsigned char)s[i + 2] == 0x80)) ))
			i++;
		ve = i;
		while (ve > vs && (s[ve - 1] == ' ' || s[ve - 1] == '.'))
			ve--;
		if (harvest && kind >= 0 && ngot < BYLINE_MAX) {
			size_t ds, de;

			core_of(s + vs, ve - vs, &a, &b);
			/* not a date where the name should be */
			if (b > a && !(clean_date_find(s + vs, ve - vs, iso,
			    &ds, &de) && ds < 2)) {
				got[ngot].kind = kind;
				got[ngot].ws = ws;
				got[ngot].ve = ve;
				got[ngot].va = vs + a;
				got[ngot++].vb = vs + b;
			}
		}
		any = 1;
		if (i < len && s[i] == ' ') {
			/* " - 2021-03-18 15:14:00 528 Dibaca": the rest is a date */
			size_t ds, de;

			if (clean_date_find(s + i, len - i, iso, &ds, &de)) {
				date = 1;
				break;
			}
			i++;
		}
	}
	if (!any || !harvest)
		return any;
	for (k = 0; k < ngot; k++)
		meta_add(got[k].kind, s + got[k].ws, got[k].ve - got[k].ws,
		    s + got[k].va, got[k].vb - got[k].va);
	if (date)
		pubdate_offer(s, len, iso, strchr(iso, 'T') != NULL ? 2 : 1);
	return 1;
}

/* Is some entry for the phrase s a site word ("portal", "media center")? */
static int
site_word(const char *s, size_t len)
{
	long e;

	/* lex_find gives the first entry; "berita" is also a menu word */
	if (lex_find(s, len) < 0)
		return 0;
	for (e = rk_hash_find(&lex, s, len, 0); e >= 0;
	    e = rk_hash_nextval(&lex, e))
		if (lexscope[rk_hash_val(&lex, e)] == S_SITE)
			return 1;
	return 0;
}

/*
 * A team's byline with its desk: "Tim Nusantara Kini - detik regional
 * Sulsel", "Tim Redaksi | Berita Daerah".  Tim and one to four capitalised
 * words, a dash or a bar, then one to four words of which one is a menu
 * or site word or a brand in lower case (detikSulsel); "Tim SAR Gabungan
 * Temukan Korban - Sungai Kapuas" names no desk and stays.
 */
/*
 * The first " - ", " | ", " – " or " — " at or after byte from: the
 * space before it, *dl its length with both spaces; 0 when none.
 */
static size_t
spaced_dash(const char *s, size_t len, size_t from, size_t *dl)
{
	size_t i;

	for (i = from; i + 2 < len; i++) {
		if (s[i] != ' ')
			continue;
		if ((s[i + 1] == '-' || s[i + 1] == '|') && s[i + 2] == ' ') {
			*dl = 3;
			return i;
		}
		if (i + 4 < len && (unsigned char)s[i + 1] == 0xE2 &&
		    (unsigned char)s[i + 2] == 0x80 &&
		    ((unsigned char)s[i + 3] == 0x93 ||
		    (unsigned char)s[i + 3] == 0x94) && s[i + 4] == ' ') {
			*dl = 5;
			return i;
		}
	}
	return 0;
}

/*
 * The words of s[from, to), each opening with a capital (and, with
 * letters, made of letters and dots): how many, or -1.
 */
static int
cap_words(const char *s, size_t from, size_t to, int letters)
{
	size_t i, j, k;
	int n = 0;

	for (i = from; i < to; i = j + 1) {
		for (j = i; j < to && s[j] != ' '; j++)
			;
		if (j == i)
			continue;
		if (!isupper((unsigned char)s[i]))
			return -1;
		for (k = i; letters && k < j; k++)
			if (!isalpha((unsigned char)s[k]) && s[k] != '.')
				return -1;
		n++;
	}
	return n;
}

/*
 * A reporter's name and the site's brand: "Aditya Ramadhan -
 * detikKalimantan", "Rina Sari | kaltimpost.id".  Two to four capitalised
 * words, a dash or a bar, one word in lower case with a capital or a dot
 * inside.
 */
static int
brand_byline(const char *s, size_t len, int harvest)
{
	size_t i, j, d, dl = 0;
	int before, inner = 0;

	if (cur_nw > 6 || (d = spaced_dash(s, len, 1, &dl)) == 0)
		return 0;
	before = cap_words(s, 0, d, 1);
	i = d + dl;
	if (before < 2 || before > 4 || i >= len || !islower((unsigned char)s[i]) ||
	    memchr(s + i, ' ', len - i) != NULL)
		return 0;
	for (j = i + 1; j < len; j++)
		if (isupper((unsigned char)s[j]) || (s[j] == '.' && j + 1 < len))
			inner = 1;
	if (!inner)
		return 0;
	if (harvest)
		meta_add(M_AUTHOR, s, len, s, d);
	return 1;
}

static int
team_byline(const char *s, size_t len, int harvest)
{
	size_t i, j, d = 0, dl = 0;
	int before = 0, after = 0, cue = 0;
	long e;

	if (cur_nw > 10 || len < 8 || strncasecmp(s, "tim ", 4) != 0 ||
	    ends_term(s, len))
		return 0;
	if ((d = spaced_dash(s, len, 4, &dl)) == 0 ||
	    (before = cap_words(s, 4, d, 0)) < 0 || before > 4)
		return 0;
	for (i = d + dl; i < len; i = j + 1) {
		for (j = i; j < len && s[j] != ' '; j++)
			;
		if (j == i)
			continue;
		if (++after > 4)
			return 0;
		if (islower((unsigned char)s[i]) ||
		    ((e = lex_find(s + i, j - i)) >= 0 && lexrule[e] == R_NAV) ||
		    site_word(s + i, j - i))
			cue = 1;
	}
	if (before == 0 || !cue)
		return 0;
	if (harvest)
		meta_add(M_AUTHOR, s, len, s, d);
	return 1;
}

static int
weekday_or_filler(const char *w, size_t n)
{
	static const char *const words[] = {
		"senin", "selasa", "rabu", "kamis", "jumat", "jum'at", "sabtu",
		"minggu", "ahad", "monday", "tuesday", "wednesday", "thursday",
		"friday", "saturday", "sunday", "mon", "tue", "wed", "thu", "fri",
		"sat", "sun", "wib", "wita", "wit", "by", "oleh", "login",
		"diperbarui", "diterbitkan", "dipublikasikan", "dipublikasi",
		"update", "updated", "terakhir", "published", "posted", "on",
		"pada", "pukul", "jam", "tanggal", "tgl", "am", "pm", "gmt", "utc",
		"admin", "redaksi", "pagi", "siang", "sore", "malam", "lalu",
		"waktu", "baca", "menit", "hari", "ini", "kemarin",
	};
	/* the words by first letter: each list ends with -1 */
	static signed char first[26][16];
	static int ready;
	size_t i, k;
	int c0 = w[0] | 32;

	if (!ready) {
		size_t nf[26] = { 0 };

		for (i = 0; i < 26; i++)
			memset(first[i], -1, sizeof(first[i]));
		for (i = 0; i < sizeof(words) / sizeof(words[0]); i++) {
			k = (size_t)(words[i][0] - 'a');
			if (nf[k] + 1 < sizeof(first[k]))
				first[k][nf[k]++] = (signed char)i;
		}
		ready = 1;
	}
	if (c0 < 'a' || c0 > 'z')
		return 0;
	for (k = 0; first[c0 - 'a'][k] >= 0; k++) {
		i = (size_t)first[c0 - 'a'][k];
		if (strlen(words[i]) == n && strncasecmp(words[i], w, n) == 0)
			return 1;
	}
	return 0;
}

static int
has_year(const char *s, size_t len, char c0, char c1)
{
	const char *p = s, *e = s + len;

	while (e - p >= 4 && (p = memchr(p, c0, (size_t)(e - p - 3))) != NULL) {
		if (p[1] == c1 && isdigit((unsigned char)p[2]) &&
		    isdigit((unsigned char)p[3]) &&
		    (p == s || !isdigit((unsigned char)p[-1])) &&
		    (p + 4 == e || !isdigit((unsigned char)p[4])))
			return 1;
		p++;
	}
	return 0;
}

/* A header timestamp: a date, a time, weekdays and little else. */
static int
timestamp(const char *s, size_t len, int harvest)
{
	char iso[24];
	size_t ds, de, i, ws, sb = len;
	const char *bar;
	int other = 0, nw = cur_nw;

	/* every header date carries a year: 19xx or 20xx standing alone */
	ws = has_year(s, len, '2', '0') || has_year(s, len, '1', '9');
	if (nw > 14 || ws == 0 || !clean_date_find(s, len, iso, &ds, &de))
		return 0;
	/*
	 * "Rabu, 15 Maret 2023 | Admin Kecamatan X | 212 kali dibaca": the
	 * date's item, first on the line, is what must hold little else (a
	 * related story's "Title | 12 Juni 2023" stays as it was)
	 */
	if (memchr(s, '|', ds) == NULL &&
	    (bar = memchr(s + de, '|', len - de)) != NULL)
		sb = (size_t)(bar - s);
	for (i = 0; i < sb; ) {
		if (i == ds) {
			i = de;
			continue;
		}
		if (!isalpha((unsigned char)s[i]) && (unsigned char)s[i] < 0x80) {
			i++;
			continue;
		}
		ws = i;
		while (i < sb && i != ds && (isalnum((unsigned char)s[i]) ||
		    s[i] == '\'' || (unsigned char)s[i] >= 0x80))
			i++;
		if (i == ws) {
			i++;
			continue;
		}
		if (!weekday_or_filler(s + ws, i - ws))
			other++;
	}
	if (other > 3 || (other > 0 && ends_term(s, len) && s[len - 1] == '.'))
		return 0;
	if (harvest)
		pubdate_offer(s, len, iso, strchr(iso, 'T') != NULL ? 2 : 1);
	return 1;
}

/*
 * The cues of a copyright line (©, (c), copyright, hak cipta, rights
 * reserved): one pass stops only at the bytes that end them, and looks
 * back from there.
 */
static int
copyright_cue(const char *s, size_t len)
{
	static unsigned char hot[256];
	size_t i;

	if (!hot[0xA9]) {
		const char *h = "\xA9)yYpPvV";

		for (; *h != '\0'; h++)
			hot[(unsigned char)*h] = 1;
	}
	for (i = 1; i < len; i++) {
		unsigned char c = (unsigned char)s[i], p;

		if (!hot[c])
			continue;
		p = (unsigned char)(s[i - 1] | 32);
		switch (c | 32) {
		case 0xA9 | 32:
			if (c == 0xA9 && s[i - 1] == '\xC2')
				return 1;
			break;
		case ')':
			if (p == 'c' && i >= 2 && s[i - 2] == '(')
				return 1;
			break;
		case 'y':
			if (p == 'p' && i >= 2 && (s[i - 2] | 32) == 'o' &&
			    ci_find(s, len, "copyright"))
				return 1;
			break;
		case 'p':
			if (p == 'i' && i >= 2 && (s[i - 2] | 32) == 'c' &&
			    ci_find(s, len, "hak cipta"))
				return 1;
			break;
		case 'v':
			if (p == 'r' && ci_find(s, len, "rights reserved"))
				return 1;
			break;
		default:
			break;
		}
	}
	return 0;
}

/* "(c)" or "(C)" somewhere in s. */
static int
paren_c(const char *s, size_t len)
{
	const char *p = s, *e = s + len;

	while (e - p >= 3 && (p = memchr(p, '(', (size_t)(e - p - 2))) != NULL) {
		if ((p[1] | 32) == 'c' && p[2] == ')')
			return 1;
		p++;
	}
	return 0;
}

static int
copyright(const char *s, size_t len, int harvest)
{
	size_t i;
	int year = 0;
	char v[8];

	if (cur_nw > 25)
		return 0;
	/* a copyright line carries ©, (c), a year, or is one of a few phrases */
	if (cur_nw > 6 && !memchr(s, '\xA9', len) && !paren_c(s, len) &&
	    !has_year(s, len, '2', '0') && !has_year(s, len, '1', '9'))
		return 0;
	if (!copyright_cue(s, len))
		return 0;
	if (mem_find(s, len, "\xC2\xA9", 2) == NULL && !ci_find(s, len, "copyright") &&
	    !ci_find(s, len, "all rights reserved") && !ci_find(s, len, "(c) 20") &&
	    !(ci_find(s, len, "hak cipta") && cur_nw <= 10 &&
	    !ends_term(s, len)))
		return 0;
	for (i = 0; i + 4 <= len; i++)
		if ((s[i] == '1' || s[i] == '2') && (i == 0 || !isdigit((unsigned char)s[i - 1])) &&
		    isdigit((unsigned char)s[i + 1]) && isdigit((unsigned char)s[i + 2]) &&
		    isdigit((unsigned char)s[i + 3]) && (i + 4 == len || !isdigit((unsigned char)s[i + 4]))) {
			int y = atoi(s + i);

			if (y >= 1990 && y <= 2099)
				year = y;
		}
	if (harvest) {
		snprintf(v, sizeof(v), "%d", year);
		meta_add(M_COPYRIGHT, s, len, year ? v : "", year ? 4 : 0);
	}
	return 1;
}

/*
 * A section and its sub-section: "Berita / Pesisir Selatan", "Daerah >
 * Kutai Barat".  The section is a menu word of the lexicon, the rest one
 * to three capitalised words; "Daerah | Bupati Minta Camat Netral" is a
 * headline behind its category and stays.
 */
static int
crumb_pair(const char *s, size_t len, size_t sa, size_t sb)
{
	size_t a, b, i;
	long e;
	int w = 0;

	core_of(s, sa, &a, &b);
	if (b <= a || (e = lex_find(s + a, b - a)) < 0 || lexrule[e] != R_NAV ||
	    lexscope[e] != S_WORD)
		return 0;
	for (i = sb; i < len; i++) {
		if (s[i] == ' ')
			continue;
		if (!isupper((unsigned char)s[i]) || ++w > 3)
			return 0;
		while (i < len && s[i] != ' ')
			if (!isalpha((unsigned char)s[i++]))
				return 0;
	}
	return w > 0;
}

/* Home > Daerah > Kotim; Beranda / Berita / Kalteng; A | B | C. */
static int
breadcrumb(const char *s, size_t len)
{
	size_t i, items = 1, seps = 0, w = 0, maxw = 0, sa = 0, sb = 0;

	if (strcspn(s, ">|/\xBB\xBA") >= len)	/* a NUL-ended line unit */
		return 0;
	if (ends_term(s, len) && s[len - 1] != ')')
		return 0;
	for (i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];
		int sep = c == '>' || (c == '/' && i > 0 && s[i - 1] == ' ' &&
		    i + 1 < len && s[i + 1] == ' ') || (c == '|' && i > 0) ||
		    (c == 0xC2 && i + 1 < len && (unsigned char)s[i + 1] == 0xBB) ||
		    (c == 0xE2 && i + 2 < len && (unsigned char)s[i + 1] == 0x80 &&
		    (unsigned char)s[i + 2] == 0xBA);

		if (sep) {
			if (seps++ == 0) {
				sa = i;
				sb = i + (c == 0xC2 ? 2 : c == 0xE2 ? 3 : 1);
			}
			items++;
			if (w > maxw)
				maxw = w;
			w = 0;
		} else if (c == ' ' && i + 1 < len && s[i + 1] != ' ') {
			w++;
		}
	}
	if (w > maxw)
		maxw = w;
	if (seps == 1 && cur_nw <= 5)
		return crumb_pair(s, len, sa, sb);
	return seps >= 2 && maxw <= 5 && items >= 3;
}

/* A line made of menu or share items only. */
static int
menu_line(const char *s, size_t len, int *rule)
{
	size_t i = 0, st[64], en[64], n = 0, k, best;
	int lexw = 0, other = 0, nav = 0, share = 0;
	long e;

	size_t lim = 4;

	if (len > 600)
		return 0;
again:
	while (i < len && n < lim) {
		while (i < len && (s[i] == ' ' || s[i] == '|' || s[i] == '/' ||
		    s[i] == ',' || s[i] == '>' || s[i] == ':' || s[i] == '-' ||
		    s[i] == '*'))
			i++;
		if (i >= len)
			break;
		st[n] = i;
		while (i < len && s[i] != ' ' && s[i] != '|' && s[i] != '/' &&
		    s[i] != ',' && s[i] != '>' && s[i] != ':')
			i++;
		en[n++] = i;
	}
	if (n == 0)
		return 0;
	if (lim == 4) {
		/* a menu or share line opens with one of its items */
		if (lex_find(s + st[0], en[0] - st[0]) < 0) {
			if (rk_hash_find(&lexfirst, s + st[0], en[0] - st[0], 0) < 0)
				return 0;
			for (k = n < 4 ? n : 4; k >= 2; k--)
				if (lex_find(s + st[0], en[k - 1] - st[0]) >= 0)
					break;
			if (k < 2)
				return 0;
		}
		lim = 64;
		goto again;
	}
	if (i < len)
		return 0;
	for (i = 0; i < n; ) {
		best = 0;
		/* spans of several items only from a phrase's first word */
		k = n - i < 4 ? n - i : 4;
		if (k > 1 && rk_hash_find(&lexfirst, s + st[i], en[i] - st[i], 0) < 0)
			k = 1;
		for (; k >= 1; k--) {
			e = lex_find(s + st[i], en[i + k - 1] - st[i]);
			if (e >= 0 && (lexscope[e] == S_WORD || lexscope[e] == S_LINE ||
			    lexscope[e] == S_NUM)) {
				best = k;
				if (lexrule[e] == R_SHARE)
					share++;
				else
					nav++;
				break;
			}
		}
		if (best) {
			lexw++;
			i += best;
		} else {
			/* a glyph-only item (•, ×) counts for nothing */
			if (has_alnum(s + st[i], en[i] - st[i]))
				other++;
			i++;
		}
	}
	if (lexw == 0)
		return 0;
	if (other == 0 || (lexw >= 2 && other <= 1 && !ends_term(s, len)) ||
	    (lexw >= 4 && other * 2 <= lexw && !ends_term(s, len))) {
		*rule = share > nav ? R_SHARE : R_NAV;
		return 1;
	}
	return 0;
}

static void	common_load(void);

/*
 * A breadcrumb printed without its separators: "Home Politik DPRD
 * Singkawang".  It opens with the site's root (home, beranda) and a
 * section word of the menu lexicon; what follows is the sub-section or the
 * headline, so the line has no sentence end.
 */
static int
crumb_words(const char *s, size_t len)
{
	size_t i, j, k;
	long e;

	if (ci_prefix(s, len, "home "))
		i = 5;
	else if (ci_prefix(s, len, "beranda "))
		i = 8;
	else
		return 0;
	/* the section: one word, or two ("seni budaya") */
	for (j = i; j < len && s[j] != ' '; j++)
		;
	for (k = j + 1; k < len && s[k] != ' '; k++)
		;
	if (k < len && (e = lex_find(s + i, k - i)) >= 0 &&
	    lexrule[e] == R_NAV && lexscope[e] == S_WORD)
		return 1;
	if (j < len && (e = lex_find(s + i, j - i)) >= 0 &&
	    lexrule[e] == R_NAV && lexscope[e] == S_WORD)
		return 1;
	/* or a province or regency ("Beranda Aceh Pidie"), in a short line */
	if (j >= len || cur_nw > 6 || !isupper((unsigned char)s[i]))
		return 0;
	if (!common_loaded)
		common_load();
	return rk_hash_find(&region_top, s + i, j - i, 0) >= 0 ||
	    (k <= len && rk_hash_find(&region_top, s + i, k - i, 0) >= 0);
}

/* Whole-line lexicon match, with an optional leading count ("0 Comments"). */
static long
lex_line(const char *s, size_t len)
{
	size_t a, b, i;
	long e;

	core_of(s, len, &a, &b);
	if (b <= a)
		return -1;
	e = lex_find(s + a, b - a);
	if (e >= 0 && lexscope[e] != S_LANG)
		return e;
	i = a;
	while (i < b && (isdigit((unsigned char)s[i]) || s[i] == '.' || s[i] == ','))
		i++;
	if (i > a && i < b && s[i] == ' ') {
		e = lex_find(s + i + 1, b - i - 1);
		if (e >= 0 && (lexscope[e] == S_NUM || lexrule[e] == R_COMMENTS))
			return e;
		/* "1.2K views" */
	}
	/* the count inside: "Reading time 2 mins read", "Waktu baca 3 menit" */
	for (i = a; i < b && !isdigit((unsigned char)s[i]); i++)
		;
	if (i > a && i < b && s[i - 1] == ' ' && b - a < 64) {
		char k[64];
		size_t j = i;

		while (j < b && isdigit((unsigned char)s[j]))
			j++;
		if (j < b && s[j] == ' ') {
			size_t m = 0, q;

			/* "Reading Time: 2 mins read": the colon goes too */
			for (q = a; q < b; q++)
				if ((q < i || q > j) && s[q] != ':')
					k[m++] = s[q];
			e = lex_find(k, m);
			if (e >= 0 && lexscope[e] == S_NUM)
				return e;
		}
	}
	return -1;
}

/*
 * A short bar-separated line that ends in a view counter: "Admin HST | 0
 * views", "Redaksi | 528 kali dibaca".
 */
static int
counter_tail(const char *s, size_t len)
{
	size_t i;
	long e;

	for (i = len; i > 0 && s[i - 1] != '|'; i--)
		;
	if (i == 0)
		return 0;
	e = lex_line(s + i, len - i);
	return e >= 0 && lexrule[e] == R_COUNTER;
}

/* Every dateline has a dash, a bar or a mis-decoded dash early on. */
static int
dash_early(const char *s, size_t len)
{
	size_t n = len > 160 ? 160 : len;

	return memchr(s, '-', n) || memchr(s, '\xE2', n) || memchr(s, '|', n) ||
	    memchr(s, '\xC3', n) || mem_find(s, n, " l ", 3);
}

/*
 * "RAKOR : ..." opens with capitals and spaces up to a colon (bytes past
 * ASCII may be capitals too): the test before re_capline2.
 */
static int
caps_label(const char *s, size_t len)
{
	size_t k = 0;

	while (k < len && k < 40 && (isupper((unsigned char)s[k]) ||
	    s[k] == ' ' || (unsigned char)s[k] >= 0x80))
		k++;
	return k >= 2 && k < len && s[k] == ':';
}

static int
caption_line(const char *s, size_t len, int prefix)
{
	size_t ov[2];

	size_t i = 0;

	if (len < 4)
		return 0;
	while (i < len && (s[i] == '(' || s[i] == '[' || s[i] == ' '))
		i++;
	if (prefix && i < len && ((s[i] | 32) == 'f' || (s[i] | 32) == 'p' || (s[i] | 32) == 'k' ||
	    (s[i] | 32) == 'c' || (s[i] | 32) == 'i' || (s[i] | 32) == 'g' ||
	    (s[i] | 32) == 's') &&
	    (ci_prefix(s + i, len - i, "foto") || ci_prefix(s + i, len - i, "photo") ||
	    ci_prefix(s + i, len - i, "ket") || ci_prefix(s + i, len - i, "caption") ||
	    ci_prefix(s + i, len - i, "ilustrasi") || ci_prefix(s + i, len - i, "gambar") ||
	    ci_prefix(s + i, len - i, "sumber foto")) &&
	    rk_re_exec(&re_capline, s, len, 0, ov, 2) > 0)
		return 1;
	/* a short line that ends with a photo credit is a caption */
	if (cur_nw <= 40 && len > 12) {
		size_t t = len > 70 ? len - 70 : 0;

		/* a credit ends in ")" or has a "/" or ":" after FOTO */
		if ((s[len - 1] == ')' || (len > 1 && s[len - 2] == ')') ||
		    memchr(s + t, '/', len - t) || memchr(s + t, ':', len - t)) &&
		    (mem_find(s + t, len - t, "FOTO", 4) || mem_find(s + t, len - t, "Foto", 4) ||
		    mem_find(s + t, len - t, "foto", 4) || mem_find(s + t, len - t, "Photo", 5) ||
		    mem_find(s + t, len - t, "PHOTO", 5)) &&
		    rk_re_exec(&re_capend, s, len, t, ov, 2) > 0 && ov[0] > 0) {
			size_t dv[2];

			/* a lead paragraph that carries a credit is still a lead */
			if (!dash_early(s, len) ||
			    rk_re_exec(&re_dateline, s, len > 160 ? 160 : len, 0, dv, 2) <= 0)
				return 1;
		}
	}
	if (len < 400 && isupper((unsigned char)s[0]) && caps_label(s, len) &&
	    rk_re_exec(&re_capline2, s, len, 0, ov, 2) > 0)
		return 1;
	return 0;
}

static int
glyph_only(const char *s, size_t len)
{
	return !has_alnum(s, len);
}

static int
lone_number(const char *s, size_t len)
{
	size_t i;

	for (i = 0; i < len; i++)
		if (!isdigit((unsigned char)s[i]) && s[i] != '.' && s[i] != ',' &&
		    s[i] != ' ' && s[i] != '+')
			return 0;
	return 1;
}

/* A line that is only a reporter code: "(redaksi)", "(*)", "(Ir/Nt/As)". */
static int
code_line(const char *s, size_t len, size_t *a, size_t *b)
{
	size_t i;

	if (len < 3 || s[0] != '(')
		return 0;
	*a = 1;
	*b = len;
	while (*b > 0 && s[*b - 1] != ')')
		(*b)--;
	if (*b != len && !(*b + 1 == len && s[len - 1] == '.'))
		return 0;
	if (*b < 2)
		return 0;
	(*b)--;
	if (*b - *a > 30 || *b <= *a)
		return 0;
	for (i = *a; i < *b; i++)
		if (s[i] == ' ' || s[i] == '(' || s[i] == ')')
			return 0;
	return 1;
}

static int
is_bacajuga(const char *s, size_t len)
{
	size_t a, b;
	static const char *const p[] = { "baca juga", "baca pula", "simak juga",
		"lihat juga", "baca:", "read also", "artikel terkait:",
		"berita terkait:", "baca berita", "simak berita", "klik juga" };
	size_t i;

	core_of(s, len, &a, &b);
	if (a >= len || strchr("bBsSlLrRaAkK", s[a]) == NULL)
		return 0;
	for (i = 0; i < sizeof(p) / sizeof(p[0]); i++)
		if (ci_prefix(s + a, len - a, p[i])) {
			size_t k = a + strlen(p[i]);

			while (k < len && (s[k] == ' ' || s[k] == '*'))
				k++;
			/* "Baca juga" alone is a list header, not a link */
			if (k < len && (s[k] == ':' || p[i][strlen(p[i]) - 1] == ':' ||
			    i >= 8))
				return 1;
			if (k < len && i < 5 && isupper((unsigned char)s[k]) &&
			    cur_nw <= 20)
				return 1;
		}
	return 0;
}

/* "Advertisement - Scroll ke atas ...", "IKLAN - Scroll untuk ..." */
static int
ad_line(const char *s, size_t len)
{
	size_t a, b;

	core_of(s, len, &a, &b);
	return ci_prefix(s + a, b - a, "advertisement") ||
	    ci_prefix(s + a, b - a, "iklan ") || ci_prefix(s + a, b - a, "scroll ") ||
	    ci_prefix(s + a, b - a, "ads ") || ci_prefix(s + a, b - a, "sponsored");
}

/* Calls to follow the site: "Ikuti berita terkini di Google News", ... */
static int
promo_line(const char *s, size_t len)
{
	static const char *const p[] = { "dapatkan update", "dapatkan berita",
		"dapatkan informasi", "ikuti berita", "ikuti kami", "ikuti juga",
		"ikuti update", "follow us", "follow kami", "simak berita",
		"simak update", "download aplikasi", "unduh aplikasi",
		"klik di sini", "klik disini", "baca berita lainnya",
		"baca artikel lainnya", "gabung", "join", NULL };
	size_t a, b, k;

	core_of(s, len, &a, &b);
	for (k = 0; p[k] != NULL; k++)
		if (ci_prefix(s + a, b - a, p[k]))
			return 1;
	return 0;
}

/* "Filed under ...", "Tags: ...", "Kategori: ...", "Posted in ..." */
static int
nav_label(const char *s, size_t len)
{
	static const char *const p[] = { "filed under", "posted in", "tags:",
		"tag:", "tags :", "tag :", "kategori:", "kategori :", "category:",
		"categories:", "topik:", "topik :", "label:", "rubrik:",
		/* a news ticker's line: "Sekilas Info : Layanan ... 24 jam." */
		"sekilas info:", "sekilas info :", "info terkini:", "info terkini :",
		"breaking news:", "breaking news :", "running text:", NULL };
	size_t k;

	if (strchr("fFpPtTkKcClLrRsSiIbB", s[0]) == NULL || s[0] == '\0')
		return 0;
	for (k = 0; p[k] != NULL; k++)
		if (ci_prefix(s, len, p[k]))
			return 1;
	return 0;
}

/* Words that start in lower case: prose has them, furniture rarely. */
static int
lower_words(const char *s, size_t len)
{
	size_t i;
	int n = 0;

	for (i = 1; i < len; i++)
		if (s[i - 1] == ' ' && s[i] >= 'a' && s[i] <= 'z' && ++n >= 2)
			break;
	return n;
}

/* What the first word of a line can start: the detectors worth running. */
enum { T_LEX = 1, T_BJ = 2, T_CAP = 4, T_AD = 8, T_NAVL = 16, T_BY = 32,
	T_PROMO = 64, T_TEAM = 128 };

static size_t
first_word(const char *s, size_t len, char *w, size_t max)
{
	size_t a, b, i, n = 0;

	core_of(s, len, &a, &b);
	for (i = a; i < len && n < max; i++) {
		unsigned char c = alnum_low[(unsigned char)s[i]];

		if (c > 1)
			w[n++] = (char)c;
		else if (s[i] != '\'' && s[i] != '.' && s[i] != '-')
			break;
	}
	return n;
}

static void
trig_add(const char *phrase, int bit)
{
	char w[32];
	size_t n = first_word(phrase, strlen(phrase), w, sizeof(w));

	if (n > 0)
		rk_hash_add(&trig, w, n, bit, 1);
}

static void
trig_init(void)
{
	static const char *const bj[] = { "baca", "simak", "lihat", "read",
		"artikel", "berita", "klik", NULL };
	static const char *const cap[] = { "foto", "photo", "ket", "keterangan",
		"caption", "ilustrasi", "gambar", "sumber", NULL };
	static const char *const ad[] = { "advertisement", "iklan", "scroll",
		"ads", "sponsored", NULL };
	static const char *const navl[] = { "filed", "posted", "tags", "tag",
		"kategori", "category", "categories", "topik", "label", "rubrik",
		"sekilas", "info", "breaking", "running", NULL };
	static const char *const by[] = { "penulis", "ditulis", "oleh", "author",
		"writer", "by", "posted", "diposting", "laporan", "pewarta",
		"reporter", "wartawan", "kontributor", "jurnalis", "editor",
		"redaktur", "penyunting", "editing", "redaksi", "sumber",
		"fotografer", "foto", "publisher", "uploader", NULL };
	static const char *const promo[] = { "dapatkan", "ikuti", "follow",
		"simak", "download", "unduh", "klik", "baca", "gabung", "join", NULL };
	size_t k;

	rk_hash_init(&trig);
	for (k = 0; promo[k] != NULL; k++)
		trig_add(promo[k], T_PROMO);
	for (k = 0; bj[k] != NULL; k++)
		trig_add(bj[k], T_BJ);
	for (k = 0; cap[k] != NULL; k++)
		trig_add(cap[k], T_CAP);
	for (k = 0; ad[k] != NULL; k++)
		trig_add(ad[k], T_AD);
	for (k = 0; navl[k] != NULL; k++)
		trig_add(navl[k], T_NAVL);
	for (k = 0; by[k] != NULL; k++)
		trig_add(by[k], T_BY);
	trig_add("tim", T_TEAM);
	/* site words only mark a site's header line; they drop no line */
	for (k = 0; k < lextab.nrows; k++)
		if (lexscope[k] != S_SITE)
			trig_add(RK_CELL(&lextab, k,
			    rk_table_col(&lextab, "phrase")), T_LEX);
}

static int
triggers(const char *s, size_t len)
{
	char w[32];
	size_t n = first_word(s, len, w, sizeof(w));
	long e;
	int m = 0;

	if (n == 0)
		return 0;
	if (w[0] >= '0' && w[0] <= '9')
		m |= T_LEX;	/* "0 Comments", "603 views" */
	for (e = rk_hash_find(&trig, w, n, 1); e >= 0; e = rk_hash_nextval(&trig, e))
		m |= (int)rk_hash_val(&trig, e);
	return m;
}

/*
 * The rules for lines that are not prose: ads, labels, bylines, stamps,
 * breadcrumbs, menus; the rule that drops the line, or -1.
 */
static int
furniture(const struct clean_opts *o, const char *s, size_t len, int m,
    int term)
{
	long e;
	int rule, nw = cur_nw;

	if ((m & T_AD) && nw <= 10 && ad_line(s, len))
		return R_AD;
	if ((m & T_BY) && nw <= 16 && byline(s, len, on(o, R_BYLINE)))
		return R_BYLINE;
	if ((m & T_TEAM) && team_byline(s, len, on(o, R_BYLINE)))
		return R_BYLINE;
	if (brand_byline(s, len, on(o, R_BYLINE)))
		return R_BYLINE;
	if (nw <= 14 && timestamp(s, len, on(o, R_TIMESTAMP)))
		return R_TIMESTAMP;
	if (nw <= 8 && counter_tail(s, len))
		return R_COUNTER;
	if (nw <= 40 && breadcrumb(s, len))
		return R_CRUMB;
	if ((m & T_LEX) && nw <= 40 && len < 400 && !term && menu_line(s, len, &rule))
		return rule;
	if ((m & T_LEX) && nw <= 16 && !term && crumb_words(s, len))
		return R_CRUMB;
	if ((m & T_LEX) && nw <= 3 && (e = lex_find(s, len)) >= 0 &&
	    lexscope[e] == S_LANG)
		return R_LANGSWITCH;
	if (nw == 1 && (rk_re_exec(&re_imgname, s, len, 0, NULL, 0) > 0 ||
	    ci_prefix(s, len, "img-") || ci_prefix(s, len, "img_")))
		return R_IMGNAME;
	return -1;
}

/* Judge one line unit; return the rule that drops it, or -1. */
static int
judge_line(const struct clean_opts *o, size_t ui)
{
	struct unit *u = &units[ui];
	const char *s = TX(u);
	size_t len = u->len, a, b;
	long e;
	int rule, term, prose, m, nw = u->nw > 0 ? u->nw : count_words(s, len);

	u->nw = nw;
	cur_nw = nw;
	if (glyph_only(s, len)) {
		size_t k;
		int mk = 1;

		for (k = 0; k < len; k++)
			if (strchr("|*-_=#>~`[]()!:+/\\<. ", s[k]) == NULL)
				mk = 0;
		return mk ? R_MARKUP : R_GLYPH;
	}
	if (lone_number(s, len))
		return R_COUNTER;
	if (s[0] == '|' && len > 1 && s[len - 1] == '|') {
		/* a pipe-table row; a list header inside it starts a list */
		long h = lex_line(s, len);

		if (h >= 0 && lexscope[h] == S_LIST)
			u->flags |= U_LIST;
		return R_MARKUP;
	}
	if (code_line(s, len, &a, &b)) {
		if (on(o, R_REPORTER))
			meta_add(M_REPORTER, s, len, s + a, b - a);
		return R_REPORTER;
	}
	term = unit_term(u);
	m = triggers(s, len);
	/* prose: only the rules that can match a sentence run on it */
	prose = term && (nw > 16 || (nw >= 4 && lower_words(s, len) >= 2));
	if (!prose && (m & T_LEX) && nw <= 7 && (e = lex_line(s, len)) >= 0) {
		if (lexscope[e] == S_NEXT)
			u->flags |= U_NEXT;
		else if (lexscope[e] == S_REST || lexrule[e] == R_COMMENTS)
			u->flags |= U_REST;
		else if (lexscope[e] == S_LIST)
			u->flags |= U_LIST;
		return lexrule[e];
	}
	if ((m & T_BJ) && nw <= 30 && is_bacajuga(s, len))
		return R_BACAJUGA;
	/* a label says what the line is, even a ticker's sentence */
	if ((m & T_NAVL) && nw <= 16 && nav_label(s, len))
		return R_NAV;
	if (caption_line(s, len, m & T_CAP)) {
		if (on(o, R_CAPTION))
			meta_add(M_CAPTION, s, len, "", 0);
		return R_CAPTION;
	}
	if ((m & T_PROMO) && nw <= 25 && promo_line(s, len))
		return R_SHARE;
	if (!prose && (rule = furniture(o, s, len, m, term)) >= 0)
		return rule;
	if (nw <= 25 && copyright(s, len, on(o, R_COPYRIGHT)))
		return R_COPYRIGHT;
	return -1;
}

/*
 * The author's affiliation under an opinion piece's byline: "Oleh : Dr.
 * X, M.Si." then "Dosen Administrasi Publik, Universitas Y".  A short
 * line, no sentence end, that opens with an occupation or names a campus,
 * right after an author line.
 */
static int
affiliation(const char *s, size_t len, int nw)
{
	static const char *const role[] = { "dosen", "mahasiswa", "mahasiswi",
		"peneliti", "pengamat", "pemerhati", "guru", "alumni", "alumnus",
		"pegiat", "praktisi", "aktivis", "akademisi", "pengajar",
		"widyaiswara", "analis", "pensiunan", "penulis adalah",
		"staf pengajar", "guru besar", NULL };
	static const char *const campus[] = { "universitas", "institut",
		"politeknik", "sekolah tinggi", "fakultas", NULL };
	size_t k;

	if (nw > 15 || ends_term(s, len))
		return 0;
	for (k = 0; role[k] != NULL; k++)
		if (ci_prefix(s, len, role[k]) && len > strlen(role[k]) &&
		    (s[strlen(role[k])] == ' ' || s[strlen(role[k])] == ','))
			return 1;
	for (k = 0; campus[k] != NULL; k++)
		if (ci_find(s, len, campus[k]))
			return 1;
	return 0;
}

/* Drop the affiliation lines that follow an author's byline. */
static void
affiliations(size_t first)
{
	size_t i;

	for (i = first + 1; i < nunits; i++) {
		const char *p = TX(&units[i - 1]);
		size_t pn = units[i - 1].len;

		if (units[i - 1].rule != R_BYLINE || units[i].rule >= 0 ||
		    !(ci_prefix(p, pn, "oleh") || ci_prefix(p, pn, "penulis") ||
		    ci_prefix(p, pn, "ditulis oleh")))
			continue;
		if (affiliation(TX(&units[i]), units[i].len, units[i].nw))
			units[i].rule = R_BYLINE;
	}
}

/* ---- paragraphs --------------------------------------------------------- */

static int
body_like(const struct unit *u)
{
	return (u->nw >= 8 && unit_term(u)) || u->nw >= 20;
}

/*
 * A page is hard-wrapped when most of its kept lines are of a similar,
 * modest width and many end without sentence punctuation.
 */
static int
hard_wrapped(void)
{
	size_t i, n = 0, narrow = 0, open = 0;

	for (i = 0; i < nunits; i++) {
		if (units[i].rule >= 0)
			continue;
		n++;
		if (units[i].len >= 30 && units[i].len <= 110)
			narrow++;
		if (!unit_term(&units[i]))
			open++;
	}
	return n >= 6 && narrow * 10 >= n * 8 && open * 2 >= n;
}

static int	headline_like(const struct unit *);

/* An abbreviation's key: its bytes without the dots (as rk-segment). */
static size_t
undot(const char *s, size_t len, char *k, size_t max)
{
	size_t i, n = 0;

	for (i = 0; i < len; i++)
		if (s[i] != '.') {
			if (n == max)
				return 0;
			k[n++] = s[i];
		}
	return n;
}

/*
 * Line a ends in an abbreviation that does not end its paragraph when b
 * follows: on a hard-wrapped page, a title or an initial before a name
 * ("Dr. H." then "Abdul Muis"), unless b opens a sentence; "No." before a
 * number; a degree before a lower-case word ("M.Si." then "dan").  Where
 * lines are paragraphs, one that ends in an initial ("kata Ahmad S.") is
 * not joined to the next.
 */
static int
abbr_end(const struct unit *a, const struct unit *b, int wrapped)
{
	const char *s = TX(a), *t = TX(b);
	char k[32];
	size_t i = a->len, n, w;
	int cls;

	if (a->len < 2 || s[a->len - 1] != '.' || s[a->len - 2] == '.')
		return 0;
	while (i > 0 && s[i - 1] != ' ')
		i--;
	if (a->len - i > 24)
		return 0;
	n = undot(s + i, a->len - i, k, sizeof(k));
	if (n == 0)
		return 0;
	if (n == 1 && isupper((unsigned char)k[0]))
		cls = RK_AB_PREFIX;	/* an initial */
	else if (n > 4 && n == a->len - i - 1 && islower((unsigned char)k[0]))
		return 0;	/* an ordinary word ends the sentence */
	else {
		if (!abbr_loaded)
			rk_abbr_load(&ab), abbr_loaded = 1;
		if ((cls = rk_abbr_class(&ab, s + i, a->len - i)) < 0)
			return 0;
	}
	for (w = 0; w < b->len && t[w] != ' ' && t[w] != ',' && t[w] != '.'; w++)
		;
	switch (cls) {
	case RK_AB_PREFIX:
		if (!wrapped)
			return 0;
		if (!abbr_loaded)
			rk_abbr_load(&ab), abbr_loaded = 1;
		return b->len > 0 && (isupper((unsigned char)t[0]) ||
		    (unsigned char)t[0] >= 0x80) &&
		    !rk_abbr_opener(&ab, t, w, 0);
	case RK_AB_NUM:
		return isdigit((unsigned char)t[0]);
	case RK_AB_SUFFIX:
		return starts_lower(t, b->len) || t[0] == ',';
	default:
		return 0;
	}
}

/* A word broken after its hyphen: "se-" then "Sulbar". */
static int
hyphen_end(const struct unit *a, const struct unit *b)
{
	const char *s = TX(a);
	unsigned char c = (unsigned char)TX(b)[0];

	return a->len >= 3 && s[a->len - 1] == '-' && s[a->len - 2] != ' ' &&
	    s[a->len - 2] != '-' && (isalpha((unsigned char)s[a->len - 2]) ||
	    (unsigned char)s[a->len - 2] >= 0x80) &&
	    (isalnum(c) || c >= 0xC3);
}

/*
 * Join kept line b onto kept line a (adjacent in the arena): 0 no, 1 with
 * a space, 2 without (a word broken after its hyphen).
 */
static int
joinable(const struct unit *a, const struct unit *b, int wrapped)
{
	if (b->flags & U_BLANK || a->off + a->len + 1 != b->off)
		return 0;
	if (unit_term(a))
		return abbr_end(a, b, wrapped);
	if (hyphen_end(a, b))
		return 2;
	if (starts_lower(TX(b), b->len))
		return a->nw >= 3 && (wrapped || !headline_like(a));
	if (!wrapped || a->len < 40)
		return 0;
	/* a list item or a quotation opening starts its own paragraph */
	if (b->len > 0 && (TX(b)[0] == '-' || TX(b)[0] == '*' ||
	    (unsigned char)TX(b)[0] == 0xE2))
		return 0;
	return 1;
}

static void
reflow(const struct clean_opts *o)
{
	size_t i, j, w;
	int wrapped = hard_wrapped();

	for (i = 0, w = 0; i < nunits; i++) {
		int jn;

		if (w > 0 && units[i].rule < 0 && units[w - 1].rule < 0 &&
		    on(o, R_REFLOW) &&
		    (jn = joinable(&units[w - 1], &units[i], wrapped)) != 0) {
			struct unit *a = &units[w - 1];

			if (jn == 2) {
				/* move a up to b: no space between */
				memmove(arena.data + a->off + 1,
				    arena.data + a->off, a->len);
				a->off++;
				a->len--;
			} else
				arena.data[a->off + a->len] = ' ';
			a->len += 1 + units[i].len;
			a->nw += units[i].nw - (jn == 2);
			a->hkn = -1;
			a->term = -1;
			continue;
		}
		if (w != i)
			units[w] = units[i];
		w++;
	}
	nunits = w;
	for (j = 0; j < nunits; j++)
		if (units[j].rule < 0 && body_like(&units[j]))
			units[j].flags |= U_BODY;
}

/* Re-collapse spaces in tmp after a removal. */
static void
squeeze(struct rk_buf *b)
{
	size_t i = 0, j;

#ifdef CLEAN_SSE2
	/* the leading stretch with no double (or leading) space stays where
	 * it is: skip it sixteen bytes at a time */
	if (b->len > 0 && b->data[0] != ' ') {
		unsigned m, prev = 0;

		while (i + 16 <= b->len) {
			m = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(
			    _mm_loadu_si128((const __m128i *)(b->data + i)),
			    _mm_set1_epi8(' ')));
			if (m & ((m << 1) | prev))
				break;
			prev = m >> 15;
			i += 16;
		}
	}
#endif
	for (j = i; i < b->len; i++) {
		if (b->data[i] == ' ' && (j == 0 || b->data[j - 1] == ' '))
			continue;
		b->data[j++] = b->data[i];
	}
	while (j > 0 && b->data[j - 1] == ' ')
		j--;
	b->len = j;
	if (b->data)
		b->data[j] = '\0';
}

/* Apply one pattern to unit ui: matches go (or become group 1 / with). */
/*
 * Where a regex can first match: the first of the bytes in any (0 when a
 * line opening with one of at0 lets an anchored branch match), so that
 * the search skips the plain text before it.
 */
static size_t
first_of(const char *s, size_t len, const char *any, const char *at0)
{
	size_t best = len;
	const char *q;

	if (len > 0 && *at0 != '\0' && strchr(at0, s[0]) != NULL)
		return 0;
	for (; *any != '\0'; any++)
		if ((q = memchr(s, *any, best)) != NULL)
			best = (size_t)(q - s);
	return best;
}

static void
rewrite(const struct clean_opts *o, size_t ui, struct rk_re *re, int rule,
    int keep1, const char *with, size_t from)
{
	struct unit *u = &units[ui];
	size_t pos = from, last = 0, ov[4], st, off;
	int rc, any = 0;

	rk_buf_reset(&tmp);
	while ((rc = rk_re_next(re, TX(u), u->len, &pos, ov, 4)) > 0) {
		if (ov[1] == ov[0])
			continue;
		any = 1;
		st = ov[0];
		rk_buf_add(&tmp, TX(u) + last, st - last);
		if (keep1 && rc > 1 && ov[2] != SIZE_MAX) {
			rk_buf_add(&tmp, TX(u) + ov[2], ov[3] - ov[2]);
		} else if (with != NULL) {
			rk_buf_adds(&tmp, with);
		} else {
			rk_buf_addc(&tmp, ' ');
		}
		if (o->explain)
			span_add(ui, rule, TX(u) + ov[0], ov[1] - ov[0]);
		u = &units[ui];
		last = ov[1];
	}
	if (!any)
		return;
	rk_buf_add(&tmp, TX(u) + last, u->len - last);
	squeeze(&tmp);
	off = arena_add(tmp.data ? tmp.data : "", tmp.len);
	u = &units[ui];
	u->off = off;
	u->len = tmp.len;
	u->nw = count_words(TX(u), u->len);
	u->hkn = -1;
	u->term = -1;
}

/* Language-switcher run-ons: a glued run of capitalised language names. */
static void
langswitch(const struct clean_opts *o, size_t ui)
{
	struct unit *u = &units[ui];
	size_t pos = 0, ov[2], i, ws, langs, parts;
	int rc;

	while ((rc = rk_re_next(&re_langswitch, TX(u), u->len, &pos, ov, 2)) > 0) {
		const char *s = TX(u);
		long e;

		langs = parts = 0;
		for (i = ov[0]; i < ov[1]; ) {
			ws = i++;
			while (i < ov[1] && !isupper((unsigned char)s[i]) && s[i] != ' ')
				i++;
			parts++;
			e = lex_find(s + ws, i - ws);
			if (e >= 0 && lexscope[e] == S_LANG)
				langs++;
			while (i < ov[1] && (s[i] == ' ' || s[i] == '('))
				for (i++; i < ov[1] && s[i - 1] != ')' && s[i] != ' '; i++)
					;
		}
		if (langs >= 3 && langs * 4 >= parts * 3) {
			size_t a = ov[0], b = ov[1];

			rk_buf_reset(&tmp);
			rk_buf_add(&tmp, s, a);
			rk_buf_addc(&tmp, ' ');
			rk_buf_add(&tmp, s + b, u->len - b);
			if (o->explain)
				span_add(ui, R_LANGSWITCH, s + a, b - a);
			squeeze(&tmp);
			u = &units[ui];
			u->off = arena_add(tmp.data, tmp.len);
			u->len = tmp.len;
			u->nw = count_words(TX(u), u->len);
			u->hkn = -1;
			u->term = -1;
			pos = a;
		}
	}
}

static void
entities(const struct clean_opts *o, size_t ui)
{
	static const struct {
		const char *e;
		const char *r;
	} ents[] = {
		{ "&nbsp;", " " }, { "&amp;", "&" }, { "&quot;", "\"" },
		{ "&lt;", "<" }, { "&gt;", ">" }, { "&apos;", "'" },
		{ "&rsquo;", "\xE2\x80\x99" }, { "&lsquo;", "\xE2\x80\x98" },
		{ "&rdquo;", "\xE2\x80\x9D" }, { "&ldquo;", "\xE2\x80\x9C" },
		{ "&ndash;", "\xE2\x80\x93" }, { "&mdash;", "\xE2\x80\x94" },
		{ "&hellip;", "\xE2\x80\xA6" },
	};
	struct unit *u = &units[ui];
	const char *s = TX(u);
	size_t i, k, n;
	int any = 0;

	if (memchr(s, '&', u->len) == NULL)
		return;
	rk_buf_reset(&tmp);
	for (i = 0; i < u->len; ) {
		if (s[i] != '&') {
			rk_buf_addc(&tmp, s[i++]);
			continue;
		}
		for (k = 0; k < sizeof(ents) / sizeof(ents[0]); k++) {
			n = strlen(ents[k].e);
			if (u->len - i >= n && memcmp(s + i, ents[k].e, n) == 0)
				break;
		}
		if (k < sizeof(ents) / sizeof(ents[0])) {
			rk_buf_adds(&tmp, ents[k].r);
			i += strlen(ents[k].e);
			any = 1;
			continue;
		}
		if (i + 3 < u->len && s[i + 1] == '#') {
			size_t j = i + 2;
			unsigned long cp = 0;
			int hex = s[j] == 'x' || s[j] == 'X';

			j += hex;
			for (n = j; n < u->len && n < j + 7 && isxdigit((unsigned char)s[n]) &&
			    (hex || isdigit((unsigned char)s[n])); n++)
				cp = cp * (hex ? 16 : 10) + (unsigned long)(isdigit((unsigned char)s[n]) ?
				    s[n] - '0' : (s[n] | 32) - 'a' + 10);
			if (n > j && n < u->len && s[n] == ';' && cp > 0 &&
			    cp <= 0x10FFFF && !(cp >= 0xD800 && cp <= 0xDFFF)) {
				rk_utf8_put(&tmp, cp < 0x20 ? ' ' : (uint32_t)cp);
				i = n + 1;
				any = 1;
				continue;
			}
		}
		rk_buf_addc(&tmp, s[i++]);
	}
	if (!any)
		return;
	if (o->explain)
		span_add(ui, R_MARKUP, s, 0);
	squeeze(&tmp);
	u = &units[ui];
	u->off = arena_add(tmp.data, tmp.len);
	u->len = tmp.len;
	u->nw = count_words(TX(u), u->len);
	u->hkn = -1;
	u->term = -1;
}

/* Does some '.' start an image file extension? */
static int
img_ext(const char *s, size_t len)
{
	static const char *const ext[] = { "jpg", "jpeg", "png", "gif", "webp",
		"bmp", NULL };
	const char *p = s, *e = s + len;
	size_t k;

	while ((p = memchr(p, '.', (size_t)(e - p))) != NULL) {
		p++;
		if (p < e && ((*p | 32) == 'j' || (*p | 32) == 'p' || (*p | 32) == 'g' ||
		    (*p | 32) == 'w' || (*p | 32) == 'b'))
			for (k = 0; ext[k] != NULL; k++)
				if (ci_prefix(p, (size_t)(e - p), ext[k]))
					return 1;
	}
	return 0;
}

/* Does some '(' open with one of the words (any case)? */
static int
paren_word(const char *s, size_t len, const char *const *w)
{
	const char *p = s, *e = s + len;
	size_t k;

	while ((p = memchr(p, '(', (size_t)(e - p))) != NULL) {
		p++;
		while (p < e && *p == ' ')
			p++;
		for (k = 0; w[k] != NULL; k++)
			if (ci_prefix(p, (size_t)(e - p), w[k]))
				return 1;
	}
	return 0;
}

enum {
	C_PAREN = 0x01, C_DOT = 0x02, C_UNDER = 0x04, C_LANG = 0x08,
	C_MARKUP = 0x10, C_LINK = 0x20, C_AMP = 0x40, C_GLYPH = 0x80,
	C_DAGGER = 0x100
};

/*
 * Which inline rules could apply at all: one table-driven pass ORs the
 * flags of the bytes that open each kind of debris; the few cues that
 * need a second byte are confirmed only when their first byte was seen.
 */
enum {
	M_STAR = 0x1000, M_BANG = 0x2000, M_GT = 0x4000, M_BRACK = 0x8000,
	M_E = 0x10000, M_I = 0x20000, M_C2 = 0x40000, M_E2 = 0x80000
};

static unsigned
cues(const char *s, size_t len)
{
	static unsigned tab[256];
	unsigned f = 0, m = 0;
	size_t i;

	if (tab['('] == 0) {
		tab['('] = C_PAREN;
		tab['.'] = C_DOT;
		tab['_'] = C_UNDER;
		tab['&'] = C_AMP;
		tab['<'] = C_MARKUP;
		tab['*'] = M_STAR;
		tab['!'] = M_BANG;
		tab['>'] = M_GT;
		tab[']'] = M_BRACK;
		tab['E'] = M_E;
		tab['I'] = M_I;
		tab[0xC2] = M_C2;
		tab[0xE0] = C_GLYPH;
		tab[0xE2] = M_E2;
	}
	/* eight look-ups per step into two sums: this loop sees every byte
	 * of every kept paragraph */
	{
		const unsigned char *u = (const unsigned char *)s;
		unsigned m1 = 0;

		for (i = 0; i + 8 <= len; i += 8) {
			m |= tab[u[i]] | tab[u[i + 1]] | tab[u[i + 2]] | tab[u[i + 3]];
			m1 |= tab[u[i + 4]] | tab[u[i + 5]] | tab[u[i + 6]] |
			    tab[u[i + 7]];
		}
		for (; i < len; i++)
			m |= tab[u[i]];
		m |= m1;
	}
	f = m & 0xFFF;
	if (len > 0 && (s[0] == '#' || s[0] == '>'))
		f |= C_MARKUP;
	if (((m & M_STAR) && mem_find(s, len, "**", 2)) ||
	    ((m & M_BANG) && mem_find(s, len, "![", 2)) ||
	    ((m & M_GT) && mem_find(s, len, "->", 2)))
		f |= C_MARKUP;
	if ((m & M_BRACK) && mem_find(s, len, "](", 2))
		f |= C_LINK;
	if (((m & M_E) && mem_find(s, len, "English", 7)) ||
	    ((m & M_I) && mem_find(s, len, "Indonesian", 10)))
		f |= C_LANG;
	if (((m & M_C2) && (mem_find(s, len, "\xC2\xB9", 2) ||
	    mem_find(s, len, "\xC2\xB2", 2) || mem_find(s, len, "\xC2\xB3", 2))) ||
	    ((m & M_E2) && mem_find(s, len, "\xE2\x81", 2)))
		f |= C_GLYPH;
	if ((m & M_E2) && (mem_find(s, len, "\xE2\x80\xA0", 3) ||
	    mem_find(s, len, "\xE2\x80\xA1", 3)))
		f |= C_DAGGER;
	return f;
}

/* Inline debris in a kept paragraph; cheap byte tests gate each pattern. */
static void
inline_rules(const struct clean_opts *o, size_t ui)
{
	struct unit *u = &units[ui];
	const char *s = TX(u);
	size_t len = u->len;
	static const char *const bj[] = { "baca", "simak", "lihat", NULL };
	static const char *const cap[] = { "foto", "photo", "ket", "sumber",
		"ilustrasi", NULL };
	unsigned f = cues(s, len);

	if (f == 0)
		return;
	if (on(o, R_BACAJUGA) && (f & C_PAREN) && paren_word(s, len, bj))
		rewrite(o, ui, &re_bacajuga, R_BACAJUGA, 0, NULL, 0);
	u = &units[ui];
	if (on(o, R_CAPTION) && (f & C_PAREN) && paren_word(TX(u), u->len, cap))
		rewrite(o, ui, &re_capinline, R_CAPTION, 0, NULL, 0);
	u = &units[ui];
	if (on(o, R_IMGNAME)) {
		if ((f & C_DOT) && img_ext(TX(u), u->len))
			rewrite(o, ui, &re_imgname, R_IMGNAME, 0, NULL, 0);
		u = &units[ui];
		if (f & C_UNDER)
			rewrite(o, ui, &re_imgname2, R_IMGNAME, 0, " ", 0);
	}
	u = &units[ui];
	if (on(o, R_LANGSWITCH) && (f & C_LANG))
		langswitch(o, ui);
	u = &units[ui];
	if (on(o, R_MARKUP)) {
		if (f & C_MARKUP)
			rewrite(o, ui, &re_markup, R_MARKUP, 0, NULL,
			    first_of(TX(u), u->len, "!<-*", "#> "));
		u = &units[ui];
		if (f & C_LINK)
			rewrite(o, ui, &re_md_link, R_MARKUP, 1, NULL, 0);
		u = &units[ui];
		if (f & C_UNDER)
			rewrite(o, ui, &re_underscore, R_MARKUP, 1, NULL, 0);
		if (f & C_AMP)
			entities(o, ui);
	}
	u = &units[ui];
	if (on(o, R_GLYPH)) {
		if (f & C_GLYPH) {
			rewrite(o, ui, &re_glyph, R_GLYPH, 0, NULL,
			    first_of(TX(u), u->len, "\xC2\xE2", ""));
			u = &units[ui];
			rewrite(o, ui, &re_thai, R_GLYPH, 0, "\xE2\x80\x93",
			    first_of(TX(u), u->len, "\xE0", ""));
		}
		u = &units[ui];
		if (f & C_DAGGER)
			rewrite(o, ui, &re_dagger, R_GLYPH, 0, "\xE2\x80\x9D", 0);
	}
}

/* ---- title, extent, dateline, reporter, duplicates --------------------- */

#ifdef CLEAN_SSE2
/*
 * Sixteen ASCII bytes folded as fold_fast does them one by one: A-Z
 * lowered, the bytes folding drops (NUL, TAB to CR, space - . ' `) left
 * out.  Stores 16 bytes at *dp whatever it keeps: the caller leaves room.
 */
static void
fold_block(__m128i v, char **dp)
{
	_Alignas(16) char blk[32];
	__m128i up, drop;
	unsigned dm, pos = 0, z;
	char *d = *dp;

	up = _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8('A' - 1)),
	    _mm_cmplt_epi8(v, _mm_set1_epi8('Z' + 1)));
	v = _mm_add_epi8(v, _mm_and_si128(up, _mm_set1_epi8(32)));
	drop = _mm_or_si128(
	    _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8(' ')),
	    _mm_cmpeq_epi8(v, _mm_set1_epi8('-'))),
	    _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('.')),
	    _mm_cmpeq_epi8(v, _mm_set1_epi8('\''))));
	drop = _mm_or_si128(drop, _mm_or_si128(
	    _mm_cmpeq_epi8(v, _mm_set1_epi8('`')),
	    _mm_cmpeq_epi8(v, _mm_setzero_si128())));
	drop = _mm_or_si128(drop, _mm_and_si128(
	    _mm_cmpgt_epi8(v, _mm_set1_epi8('\t' - 1)),
	    _mm_cmplt_epi8(v, _mm_set1_epi8('\r' + 1))));
	dm = (unsigned)_mm_movemask_epi8(drop);
	if (dm == 0) {
		_mm_storeu_si128((__m128i *)d, v);
		*dp = d + 16;
		return;
	}
	/* the kept runs between dropped bytes, each by a 16-byte store */
	_mm_store_si128((__m128i *)blk, v);
	_mm_store_si128((__m128i *)(blk + 16), _mm_setzero_si128());
	for (; dm != 0; dm &= dm - 1) {
		z = (unsigned)__builtin_ctz(dm);
		_mm_storeu_si128((__m128i *)d,
		    _mm_loadu_si128((const __m128i *)(blk + pos)));
		d += z - pos;
		pos = z + 1;
	}
	_mm_storeu_si128((__m128i *)d,
	    _mm_loadu_si128((const __m128i *)(blk + pos)));
	*dp = d + (16 - pos);
}
#endif

/* rk_fold, with ASCII done in line and other characters passed on. */
static void
fold_fast(const char *s, size_t len, struct rk_buf *out)
{
	static unsigned char low[128];
	size_t i = 0, j;
	char *d;

	if (low['a'] == 0) {
		/* ASCII folded: lowercase, and 0 for the bytes folding drops */
		for (j = 1; j < 128; j++)
			low[j] = (unsigned char)(j >= 'A' && j <= 'Z' ? j + 32 : j);
		low[' '] = low['-'] = low['.'] = low['\''] = low['`'] = 0;
		for (j = '\t'; j <= '\r'; j++)
			low[j] = 0;
	}
	/* sixteen bytes of slack for the block stores below */
	rk_buf_grow(out, len + 17);
	d = out->data + out->len;
	while (i < len) {
		size_t stop = len;
		unsigned char c;

#ifdef CLEAN_SSE2
		if (i + 16 <= len) {
			__m128i v = _mm_loadu_si128((const __m128i *)(s + i));
			int hm = _mm_movemask_epi8(v);

			if (hm == 0) {
				fold_block(v, &d);
				i += 16;
				continue;
			}
			/* the ASCII before the first other byte, one by one */
			stop = i + (size_t)__builtin_ctz((unsigned)hm);
		}
#endif
		while (i < stop && (c = (unsigned char)s[i]) < 0x80) {
			i++;
			*d = (char)low[c];
			d += low[c] != 0;
		}
		if (i >= len || (unsigned char)s[i] < 0x80)
			continue;
		out->len = (size_t)(d - out->data);
		for (j = i + 1; j < len && ((unsigned char)s[j] & 0xC0) == 0x80 &&
		    j - i < 4; j++)
			;
		rk_fold(s + i, j - i, out);
		rk_buf_grow(out, len + 17);
		d = out->data + out->len;
		i = j;
	}
	out->len = (size_t)(d - out->data);
	out->data[out->len] = '\0';
}

static void
fold_unit(const struct unit *u, struct rk_buf *out)
{
	rk_buf_reset(out);
	fold_fast(TX(u), u->len, out);
}

static void
drop(size_t i, int rule)
{
	if (units[i].rule < 0 && !(units[i].flags & U_TITLE))
		units[i].rule = rule;
}


/* The first alphanumerics, lowercased: a cheap filter before folding. */
static size_t
head_key(const char *s, size_t len, char *k, size_t max)
{
	size_t i, n = 0;
	unsigned char c;

	for (i = 0; i < len && n < max; i++) {
		if ((c = alnum_low[(unsigned char)s[i]]) == 1)
			return n;
		if (c != 0)
			k[n++] = (char)c;
	}
	return n;
}

static char title_head[8];
static size_t title_headn;

/* Is t's folded text (in key) a prefix of unit u's?  1 equal, 2 prefix. */
static int
title_match(const struct unit *u)
{
	char h[8];
	size_t hn;
	size_t n = key.len, rawn = u->len;

	/* folding only drops characters, so a prefix of the unit of a few
	 * times the key's length decides equality or prefix */
	if (u->hkn < 0) {
		struct unit *w = &units[u - units];

		w->hkn = (int)head_key(TX(u), u->len, w->hk, sizeof(w->hk));
	}
	hn = (size_t)u->hkn;
	memcpy(h, u->hk, sizeof(h));
	if (hn > title_headn)
		hn = title_headn;
	if (memcmp(h, title_head, hn) != 0)
		return 0;
	if (rawn > 4 * n + 16)
		rawn = 4 * n + 16;
	rk_buf_reset(&tmp);
	fold_fast(TX(u), rawn, &tmp);
	if (rawn < u->len && tmp.len == n && memcmp(tmp.data, key.data, n) == 0)
		return 2;
	if (tmp.len < n || n == 0)
		return 0;
	if (memcmp(tmp.data, key.data, n) != 0)
		return 0;
	return tmp.len == n ? 1 : 2;
}

static int
title_candidate(const struct unit *u)
{
	const char *s = TX(u);

	return u->rule < 0 && u->nw >= 3 && u->nw <= 30 && u->len > 0 &&
	    s[u->len - 1] != '.' && s[u->len - 1] != ',' && has_alnum(s, u->len);
}

static int
caption_seen(const char *s, size_t len)
{
	size_t i;

	for (i = 0; i < nmetas; i++)
		if (metas[i].kind == M_CAPTION && metas[i].tlen == len &&
		    memcmp(side.data + metas[i].toff, s, len) == 0)
			return 1;
	return 0;
}

/* Captions that repeat the title, and the title printed again. */
static void
title_repeats(const struct clean_opts *o, size_t t)
{
	size_t i;
	int m;

	fold_unit(&units[t], &key);
	title_headn = head_key(TX(&units[t]), units[t].len, title_head,
	    sizeof(title_head));
	for (i = t + 1; i < nunits; i++) {
		if (units[i].rule >= 0)
			continue;
		if ((m = title_match(&units[i])) == 1) {
			if (on(o, R_DUP))
				units[i].rule = R_DUP;
		} else if (m == 2 && on(o, R_CAPTION) && units[i].nw <= 120) {
			size_t k = 0, n = 0;
			const char *s = TX(&units[i]);

			/* the caption proper follows the title's words */
			while (k < units[i].len && n < (size_t)units[t].nw) {
				if (s[k] == ' ')
					n++;
				k++;
			}
			units[i].rule = R_CAPTION;
			if (caption_seen(s + k, units[i].len - k))
				units[i].rule = on(o, R_DUP) ? R_DUP : R_CAPTION;
			else
				meta_add(M_CAPTION, s + k, units[i].len - k, "", 0);
		}
	}
}

/*
 * A site name or a breadcrumb printed as words: three to five words, each
 * capitalised (or a number), no punctuation ("Jatim Times Network",
 * "Beranda Aceh Pidie", "Bantul Kab Go Id").
 */
static int
name_line(const struct unit *u)
{
	const char *s = TX(u);
	size_t i;

	if (u->nw < 3 || u->nw > 5)
		return 0;
	for (i = 0; i < u->len; i++) {
		unsigned char c = (unsigned char)s[i];

		if ((i == 0 || s[i - 1] == ' ') && !isupper(c) && !isdigit(c))
			return 0;
		if (c != ' ' && !isalnum(c))
			return 0;
	}
	return 1;
}

/*
 * A site's name or tagline over the page, longer than name_line allows:
 * three to eight capitalised words, with "dan" or "&" between them and a
 * bar between name and tagline, that name the site ("Portal Berita
 * Pemerintah Kabupaten ...", "Media Center Pemerintah Provinsi ...",
 * "Perbatasan News | Berita Nunukan dan Sebatik").  A headline has a verb
 * and no site word; it stays.
 */
/*
 * u opens with the name the page's copyright line gives its owner: "Riau
 * Pos Online - Inhil" under "© 2023 Riau Pos".
 */
static int
holder_line(const struct unit *u)
{
	static const char *const skip[] = { "\xC2\xA9", "(c)", "copyright",
		"hak", "cipta", "all", "rights", "reserved", "by", "|", "-", NULL };
	const char *t;
	size_t m, i, j, k, a, b;

	for (m = 0; m < nmetas; m++) {
		if (metas[m].kind != M_COPYRIGHT)
			continue;
		t = side.data + metas[m].toff;
		/* the first run of words that are no cue nor year */
		for (a = b = i = 0; i < metas[m].tlen; i = j + 1) {
			for (j = i; j < metas[m].tlen && t[j] != ' '; j++)
				;
			if (j == i)
				continue;
			for (k = 0; skip[k] != NULL; k++)
				if (strlen(skip[k]) == j - i &&
				    strncasecmp(t + i, skip[k], j - i) == 0)
					break;
			if (skip[k] != NULL || isdigit((unsigned char)t[i]) ||
			    !isalpha((unsigned char)t[i])) {
				if (b > a)
					break;
				continue;
			}
			if (b == a)
				a = i;
			b = j;
		}
		while (b > a && (t[b - 1] == '.' || t[b - 1] == ','))
			b--;
		if (b - a >= 4 && u->len >= b - a &&
		    strncasecmp(TX(u), t + a, b - a) == 0 &&
		    (u->len == b - a || TX(u)[b - a] == ' '))
			return 1;
	}
	return 0;
}

static int
site_line(const struct unit *u)
{
	const char *s = TX(u);
	size_t i, j, k, pw = SIZE_MAX;	/* pw: the previous word's start */
	int cue = 0;

	if (name_line(u) || holder_line(u))
		return 1;
	if (u->nw < 3 || u->nw > 8)
		return 0;
	for (i = 0; i < u->len; i = j + 1) {
		for (j = i; j < u->len && s[j] != ' '; j++)
			;
		if (j == i)
			continue;
		if ((j - i == 1 && (s[i] == '|' || s[i] == '&')) ||
		    (j - i == 3 && memcmp(s + i, "dan", 3) == 0)) {
			if (i == 0 || j >= u->len)
				return 0;
			pw = SIZE_MAX;
			continue;
		}
		if (!isupper((unsigned char)s[i]) && !isdigit((unsigned char)s[i]))
			return 0;
		for (k = i; k < j; k++)
			if (!isalnum((unsigned char)s[k]))
				return 0;
		if (!cue)
			cue = site_word(s + i, j - i) ||
			    (pw != SIZE_MAX && site_word(s + pw, j - pw));
		pw = i;
	}
	return cue;
}

/*
 * The headline under a site name: of the kept lines after u and before
 * the first paragraph, a longer headline-like candidate (seven words or
 * more) that the article's date or byline follows or precedes, with only
 * short lines (a category word, a counter) after it; or 0.  A subtitle under a short
 * title runs straight into the lead.
 */
static size_t
headline_below(size_t u, size_t firstbody)
{
	size_t j, k;
	int stamp = 0;

	for (j = u + 1; j < firstbody; j++) {
		/* the stamp may also stand between the site and the headline */
		if (units[j].rule >= 0) {
			stamp |= units[j].rule == R_TIMESTAMP ||
			    units[j].rule == R_BYLINE;
			continue;
		}
		if (units[j].nw < 7 || !title_candidate(&units[j]) ||
		    !headline_like(&units[j]))
			continue;
		for (k = j + 1; k < firstbody; k++) {
			if (units[k].rule < 0 && units[k].nw > 3)
				return 0;
			stamp |= units[k].rule == R_TIMESTAMP ||
			    units[k].rule == R_BYLINE;
		}
		return stamp ? j : 0;
	}
	return 0;
}

/*
 * A site's region menu printed without its separators above the headline:
 * "Kalsel Kalteng Nasional Olahraga", "Sulbar Mamuju Majene Polman".  Two
 * to eight capitalised words, no sentence end, each a province, regency or
 * city (or its short form: data/singkatan.tsv, data/wilayah/alias.tsv), a
 * menu section word, a lesser region name (a kecamatan, a desa) or "Kota";
 * a region and one more item of the first kinds, and at most one unknown
 * word in a line of four items.  A headline has a verb that is none of
 * these: "Sampit Banjir Lagi" stays.
 */
/* A breadcrumb's separator standing alone: / | > >> and their glyphs. */
static int
crumb_sep(const char *w, size_t n)
{
	return (n == 1 && strchr("/|>", w[0]) != NULL) ||
	    (n == 2 && (unsigned char)w[0] == 0xC2 && (unsigned char)w[1] == 0xBB) ||
	    (n == 3 && (unsigned char)w[0] == 0xE2 && (unsigned char)w[1] == 0x80 &&
	    (unsigned char)w[2] == 0xBA);
}

static int
region_menu(const struct unit *u)
{
	const char *s = TX(u);
	size_t i, j, k, w, n = 0, st[8], en[8];
	int strong = 0, region = 0, weak = 0, other = 0;
	long e;

	if (u->nw < 2 || u->nw > 8 || u->len > 120 || unit_term(u))
		return 0;
	for (i = 0; i < u->len; i = j + 1) {
		for (j = i; j < u->len && s[j] != ' '; j++)
			;
		if (j == i || crumb_sep(s + i, j - i))
			continue;	/* "Jateng / Wonosobo", "Malut » Halsel" */
		if (n == 8 || !isupper((unsigned char)s[i]))
			return 0;
		for (k = i; k < j; k++)
			if (!isalpha((unsigned char)s[k]))
				return 0;
		st[n] = i;
		en[n++] = j;
	}
	if (n < 2)
		return 0;
	if (!common_loaded)
		common_load();
	for (w = 0; w < n; w += k) {
		/* the longest name first: "Palangka Raya", "Barito Utara" */
		for (k = n - w < 3 ? n - w : 3; k >= 1; k--) {
			size_t l = en[w + k - 1] - st[w];

			if (rk_hash_find(&region_top, s + st[w], l, 0) >= 0) {
				region++;
				break;
			}
			if ((e = lex_find(s + st[w], l)) >= 0 &&
			    lexrule[e] == R_NAV && lexscope[e] == S_WORD)
				break;
		}
		if (k >= 1) {
			strong++;
			continue;
		}
		k = 1;
		if (ci_prefix(s + st[w], en[w] - st[w], "kota") &&
		    en[w] - st[w] == 4)
			continue;
		if (rk_hash_find(&region_names, s + st[w], en[w] - st[w], 0) >= 0)
			weak++;
		else
			other++;
	}
	return region >= 1 && strong >= 2 &&
	    (other == 0 || (other == 1 && strong + weak >= 4));
}

/*
 * The author note under an opinion piece: "*) Penulis adalah dosen dan
 * pemerhati kebijakan publik", a label without a sentence end.  Marked
 * with an asterisk it is a note wherever it stands; unmarked, only a short
 * one after the last paragraph, so that a sentence about a book's writer
 * inside the text stays.  One closed by a full stop reads as the piece's
 * last sentence and stays too.
 */
static void
author_notes(const struct clean_opts *o)
{
	size_t i, j, k;
	int star;

	if (!on(o, R_BYLINE))
		return;
	for (i = 0; i < nunits; i++) {
		const char *s = TX(&units[i]);
		size_t len = units[i].len;

		if (units[i].rule >= 0 || len < 16 || units[i].nw > 30 ||
		    unit_term(&units[i]))
			continue;
		star = 0;
		for (k = 0; k < len && k < 6 && strchr("*() ", s[k]); k++)
			star |= s[k] == '*';
		if (!ci_prefix(s + k, len - k, "penulis adalah ") &&
		    !ci_prefix(s + k, len - k, "penulis merupakan "))
			continue;
		if (!star) {
			if (units[i].nw > 20)
				continue;
			for (j = i + 1; j < nunits; j++)
				if (units[j].rule < 0 && (units[j].flags & U_BODY))
					break;
			if (j < nunits)
				continue;
		}
		drop(i, R_BYLINE);
	}
}

/* Drop the region menus above a headline. */
static void
region_menus(const struct clean_opts *o, size_t firstbody)
{
	size_t i, j, seen = 0;

	if (!on(o, R_NAV))
		return;
	for (i = 0; i < firstbody && seen < 6; i++) {
		if (units[i].rule >= 0)
			continue;
		seen++;
		if (!region_menu(&units[i]))
			continue;
		for (j = i + 1; j <= firstbody && j < nunits; j++)
			if (title_candidate(&units[j]) && !region_menu(&units[j]))
				break;
		if (j <= firstbody && j < nunits)
			drop(i, R_NAV);
	}
}

static long
find_title(const struct clean_opts *o, int given)
{
	size_t i, seen = 0, ncand = 0, firstbody = nunits;
	long cand = -1, conf = -1;

	if (given) {
		title_repeats(o, 0);
		return 0;
	}
	for (i = 0; i < nunits; i++)
		if (units[i].rule < 0 && (units[i].flags & U_BODY)) {
			firstbody = i;
			break;
		}
	region_menus(o, firstbody);
	for (i = 0; i < nunits && seen < 15; i++) {
		size_t j;

		if (units[i].rule >= 0)
			continue;
		seen++;
		if (!title_candidate(&units[i]) || (units[i].flags & U_BODY))
			continue;
		if (++ncand > 4)	/* the title is among the first few */
			break;
		if (cand < 0 && i < firstbody)
			cand = (long)i;
		fold_unit(&units[i], &key);
		key.len = strlen(key.data);
		title_headn = head_key(TX(&units[i]), units[i].len, title_head,
		    sizeof(title_head));
		for (j = i + 1; j < nunits && j < i + 40; j++)
			if (units[j].rule < 0 || units[j].rule == R_CAPTION) {
				int m = title_match(&units[j]);

				/* a later line that only opens with a short
				 * candidate proves little */
				if (m == 1 || (m == 2 && units[i].nw >= 4)) {
					conf = (long)i;
					break;
				}
			}
		if (conf >= 0)
			break;
	}
	if (conf >= 0) {
		for (i = 0; i < (size_t)conf; i++)
			if (on(o, R_HEADER))
				drop(i, R_HEADER);
		cand = conf;
	} else if (cand >= 0) {
		size_t h;

		/* a site name or a crumb above a longer headline over the lead */
		if (firstbody < nunits &&
		    (h = headline_below((size_t)cand, firstbody)) > 0 &&
		    site_line(&units[cand]))
			cand = (long)h;
		/* only short category words, a site name or a crumb may stand
		 * before an unconfirmed title */
		for (i = 0; i < (size_t)cand; i++)
			if (units[i].rule < 0 && units[i].nw > 3 &&
			    !site_line(&units[i]))
				return -1;
		for (i = 0; i < (size_t)cand; i++)
			if (on(o, R_CRUMB))
				drop(i, R_CRUMB);
	}
	if (cand >= 0) {
		units[cand].flags |= U_TITLE;
		units[cand].flags &= ~U_BODY;
		title_repeats(o, (size_t)cand);
	}
	return cand;
}

/* ". X" inside: two sentences, so prose rather than a headline. */
static int
mid_sentence_end(const char *s, size_t len)
{
	size_t i;

	for (i = 1; i + 2 < len; i++)
		if ((s[i] == '.' || s[i] == '!' || s[i] == '?') && s[i + 1] == ' ' &&
		    isupper((unsigned char)s[i + 2]) && islower((unsigned char)s[i - 1]))
			return 1;
	return 0;
}

/*
 * A headline, a menu item or a label rather than a prose fragment: few
 * words, or most words capitalised (or numbers), as in "Bupati Resmikan
 * Pasar Baru 12 Juni 2023"; a paragraph cut off mid-sentence is mostly
 * lower case and stays.
 */
static int
headline_like(const struct unit *u)
{
	const char *s = TX(u);
	size_t i;
	int words = 0, caps = 0;

	if (u->nw <= 3)
		return 1;
	for (i = 0; i < u->len; i++) {
		if (i > 0 && s[i - 1] != ' ')
			continue;
		words++;
		if (isupper((unsigned char)s[i]) || isdigit((unsigned char)s[i]) ||
		    (unsigned char)s[i] >= 0x80 || !isalpha((unsigned char)s[i]))
			caps++;
	}
	return caps * 10 >= words * 6;
}

/*
 * A related story's line with its date before or after a dash or bar:
 * "March 12, 2022 - Tidal floods hit ...", "Banjir Rob ... | 12 Juni 2023".
 */
static int
dated_item(const struct unit *u)
{
	const char *s = TX(u);
	char iso[24];
	size_t ds, de, i;

	if (u->nw > 24 || !clean_date_find(s, u->len, iso, &ds, &de))
		return 0;
	if (ds == 0) {
		for (i = de; i < u->len && s[i] == ' '; i++)
			;
		return i < u->len && (s[i] == '-' || s[i] == '|' ||
		    (unsigned char)s[i] == 0xE2);	/* en or em dash */
	}
	for (i = ds; i > 0 && s[i - 1] == ' '; i--)
		;
	return de == u->len && i > 0 && (s[i - 1] == '-' || s[i - 1] == '|');
}

/*
 * The page ends with line i right under the last paragraph l, and no
 * reporter code closed l: the excerpt was cut off in the middle of a
 * paragraph ("Perwakilan Lembaga Adat Malin"), which is text.
 */
static const char	*last_byte(const char *, int, size_t);

static int
cut_off(size_t l, size_t i)
{
	const char *s = TX(&units[l]);
	size_t n = units[l].len;

	if (i != l + 1 || i + 1 != nunits || (units[i].flags & U_BLANK) ||
	    units[i].nw < 4)
		return 0;
	if (n > 0 && s[n - 1] == '.')
		n--;
	return n > 0 && s[n - 1] != ')' && !last_byte(s + (n > 12 ? n - 12 : 0),
	    '/', n > 12 ? 12 : n);
}

static void
extent(const struct clean_opts *o)
{
	size_t i, j, before = 0, total = 0;
	long f = -1, l = -1;

	for (i = 0; i < nunits; i++) {
		if (units[i].rule >= 0 || (units[i].flags & U_TITLE))
			continue;
		if (units[i].flags & U_BODY) {
			if (f < 0)
				f = (long)i;
			l = (long)i;
		}
	}
	for (i = 0; i < nunits; i++)
		total += units[i].rule < 0 && (units[i].flags & U_BODY);
	for (i = 0; i < nunits; i++) {
		int fl = units[i].flags, r = units[i].rule;

		if (r < 0) {
			before += (fl & U_BODY) != 0;
			continue;
		}
		/* a comment section closes the page: more prose before it
		 * than after */
		if ((fl & U_REST) && f >= 0 && (long)i > f && on(o, R_COMMENTS) &&
		    before > total - before) {
			for (j = i + 1; j < nunits; j++)
				drop(j, R_COMMENTS);
			break;
		}
		if ((fl & U_LIST) && f >= 0 && (long)i > f && on(o, R_RELATED)) {
			for (j = i + 1; j < nunits; j++) {
				/* a comment section after the list is looked at next */
				if (units[j].rule >= 0 && (units[j].flags & U_REST))
					break;
				if (units[j].rule >= 0)
					continue;
				if (((units[j].flags & U_BODY) ||
				    !headline_like(&units[j])) && !dated_item(&units[j]))
					break;
				drop(j, R_RELATED);
			}
			i = j - 1;	/* each line is looked at once */
		}
	}
	if (f < 0)
		return;
	/* recompute the last paragraph: lists and comments may have gone */
	for (l = -1, i = 0; i < nunits; i++)
		if (units[i].rule < 0 && (units[i].flags & U_BODY))
			l = (long)i;
	for (i = 0; i < (size_t)f; i++)
		if (units[i].rule < 0 && !(units[i].flags & U_TITLE) &&
		    units[i].nw <= 3 && !unit_term(&units[i]) &&
		    on(o, R_CRUMB))
			drop(i, R_CRUMB);
	for (i = (size_t)l + 1; i < nunits; i++)
		if (units[i].rule < 0 && !unit_term(&units[i]) &&
		    !mid_sentence_end(TX(&units[i]), units[i].len) &&
		    headline_like(&units[i]) && on(o, R_TRAILER) &&
		    !cut_off((size_t)l, i))
			drop(i, R_TRAILER);
}

static int
all_caps(const char *s, size_t len)
{
	size_t i = 0;
	uint32_t c;
	int letters = 0;

	while (i < len) {
		c = rk_utf8_next(s, len, &i);
		if (rk_cp_isalpha(c)) {
			if (!rk_cp_isupper(c))
				return 0;
			letters++;
		}
	}
	return letters >= 2;
}

static void
cut_front(const struct clean_opts *o, size_t ui, size_t n, int rule)
{
	struct unit *u = &units[ui];

	if (o->explain)
		span_add(ui, rule, TX(u), n);
	u = &units[ui];
	/* the cut ends before a word (the dateline takes its spaces), so
	 * the words left are the spaces left plus one */
	if (u->nw > 0 && n < u->len && TX(u)[n] != ' ' &&
	    (n == 0 || TX(u)[n - 1] == ' ')) {
		size_t k, sp = 0;

		for (k = 0; k < n; k++)
			sp += TX(u)[k] == ' ';
		u->nw -= (int)sp;
	} else {
		u->nw = count_words(TX(u) + n, u->len - n);
	}
	u->off += n;
	u->len -= n;
	u->hkn = -1;
	u->term = -1;
}

/*
 * A mixed-case dateline city made only of common words ("Kemudian –",
 * "Selain itu –") is a sentence with a dash aside, unless it names a
 * region.  The word lists load on first use: most pages never ask.
 */

static void
common_load(void)
{
	size_t r;
	int cw, cp, cn, cl;

	common_loaded = 1;
	rk_hash_init(&common_words);
	rk_hash_init(&region_names);
	rk_hash_init(&region_top);
	rk_table_load(&commontab, "kata-dasar.tsv");
	cw = rk_table_col(&commontab, "word");
	cp = rk_table_col(&commontab, "proper");
	for (r = 0; r < commontab.nrows; r++)
		if (strcmp(RK_CELL(&commontab, r, cp), "0") == 0)
			rk_hash_add(&common_words, RK_CELL(&commontab, r, cw),
			    strlen(RK_CELL(&commontab, r, cw)), 1, 0);
	rk_table_load(&regiontab, "wilayah/wilayah.tsv");
	cn = rk_table_col(&regiontab, "name");
	cl = rk_table_col(&regiontab, "level");
	for (r = 0; r < regiontab.nrows; r++) {
		const char *lv = RK_CELL(&regiontab, r, cl);

		rk_hash_add(&region_names, RK_CELL(&regiontab, r, cn),
		    strlen(RK_CELL(&regiontab, r, cn)), 1, 0);
		if (strcmp(lv, "provinsi") == 0 || strcmp(lv, "kabupaten") == 0 ||
		    strcmp(lv, "kota") == 0)
			rk_hash_add(&region_top, RK_CELL(&regiontab, r, cn),
			    strlen(RK_CELL(&regiontab, r, cn)), 1, 0);
	}
	/* the short names of provinces and regencies: Kalteng, Kotim */
	rk_table_load(&abbrtab, "singkatan.tsv");
	cn = rk_table_col(&abbrtab, "abbr");
	cl = rk_table_col(&abbrtab, "level");
	for (r = 0; r < abbrtab.nrows; r++)
		if (strcmp(RK_CELL(&abbrtab, r, cl), "kecamatan") != 0)
			rk_hash_add(&region_top, RK_CELL(&abbrtab, r, cn),
			    strlen(RK_CELL(&abbrtab, r, cn)), 1, 0);
	/* spellings of the names: Palangka Raya for Palangkaraya */
	rk_table_load(&aliastab, "wilayah/alias.tsv");
	cn = rk_table_col(&aliastab, "alias");
	for (r = 0; r < aliastab.nrows; r++)
		rk_hash_add(&region_top, RK_CELL(&aliastab, r, cn),
		    strlen(RK_CELL(&aliastab, r, cn)), 1, 0);
}

static int
city_common(const char *s, size_t len)
{
	size_t i = 0, j;

	if (!common_loaded)
		common_load();
	while (i < len) {
		for (j = i; j < len && s[j] != ' '; j++)
			;
		{
			size_t e = j;

			while (e > i && (s[e - 1] == '.' || s[e - 1] == '\''))
				e--;
			if (e == i || rk_hash_find(&common_words, s + i, e - i, 0) < 0)
				return 0;
		}
		i = j + 1;
	}
	return rk_hash_find(&region_names, s, len, 0) < 0;
}

static int
dateline(const struct clean_opts *o, size_t ui)
{
	struct unit *u = &units[ui];
	const char *s = TX(u);
	size_t ov[12], cityw;
	int rc, caps;

	if (u->len < 8 || !dash_early(s, u->len))
		return 0;
	rc = rk_re_exec(&re_dateline, s, u->len > 160 ? 160 : u->len, 0, ov, 12);
	if (rc > 0) {
		int site = ov[2] != SIZE_MAX || ov[8] != SIZE_MAX;
		int ag = ov[6] != SIZE_MAX;

		if (ov[2] == SIZE_MAX && ov[8] != SIZE_MAX) {
			ov[2] = ov[8];
			ov[3] = ov[9];
		}
		caps = all_caps(s + ov[4], ov[5] - ov[4]);
		cityw = (size_t)count_words(s + ov[4], ov[5] - ov[4]);
		if (s[ov[10]] == 'l' && !caps)
			rc = 0;
		else if (!caps && !site && !ag && cityw > 2)
			rc = 0;
		else if (!caps && !site && !ag &&
		    city_common(s + ov[4], ov[5] - ov[4]))
			rc = 0;
		if (rc > 0) {
			meta_add(M_DATELINE, s, ov[1], s + ov[4], ov[5] - ov[4]);
			s = TX(&units[ui]);
			if (ag)
				meta_add(M_AGENCY, s + ov[6], ov[7] - ov[6],
				    s + ov[6], ov[7] - ov[6]);
			else if (site)
				meta_add(M_AGENCY, s + ov[2], ov[3] - ov[2],
				    s + ov[2], ov[3] - ov[2]);
			cut_front(o, ui, ov[1], R_DATELINE);
			return 1;
		}
	}
	u = &units[ui];
	s = TX(u);
	if (rk_re_exec(&re_site, s, u->len > 160 ? 160 : u->len, 0, ov, 4) > 0) {
		meta_add(M_AGENCY, s, ov[1], s + ov[2], ov[3] - ov[2]);
		cut_front(o, ui, ov[1], R_DATELINE);
		return 1;
	}
	return 0;
}

/* The last c in s[0..len), or NULL (memrchr is not in C11 or POSIX). */
static const char *
last_byte(const char *s, int c, size_t len)
{
	while (len > 0)
		if (s[--len] == (char)c)
			return s + len;
	return NULL;
}

static int
reporter(const struct clean_opts *o, size_t ui)
{
	struct unit *u = &units[ui];
	const char *s = TX(u);
	size_t ov[4], from = u->len > 80 ? u->len - 80 : 0;
	int rc;

	if (u->len < 4)
		return 0;
	/* a code ends the paragraph: ")" or ")." or a bare "abc/def" */
	{
		size_t e = u->len;

		if (s[e - 1] == '.')
			e--;
		if (e == 0 || (s[e - 1] != ')' && !memchr(s + from, '/', u->len - from)))
			return 0;
	}
	/*
	 * Both codes are the last token: "(abc)" holds no bracket, so the
	 * match starts at the last "(" (spaces before it included), and a
	 * bare "abc/def" starts at the last space run.  The regexes run
	 * from there, not from every byte of the tail.
	 */
	{
		const char *p = last_byte(s + from, '(', u->len - from);
		size_t at;

		rc = 0;
		if (p != NULL) {
			for (at = (size_t)(p - s); at > from && s[at - 1] == ' '; at--)
				;
			rc = rk_re_exec(&re_reporter, s, u->len, at, ov, 4);
		}
		if (rc <= 0 && (p = last_byte(s + from, ' ', u->len - from)) != NULL) {
			for (at = (size_t)(p - s); at > from && s[at - 1] == ' '; at--)
				;
			rc = rk_re_exec(&re_reporter_bare, s, u->len, at, ov, 4);
		}
	}
	if (rc <= 0 || ov[2] == SIZE_MAX)
		return 0;
	if (count_words(s + ov[2], ov[3] - ov[2]) > 3)
		return 0;
	meta_add(M_REPORTER, s + ov[0], ov[1] - ov[0], s + ov[2], ov[3] - ov[2]);
	u = &units[ui];
	s = TX(u);
	if (o->explain)
		span_add(ui, R_REPORTER, s + ov[0], ov[1] - ov[0]);
	u = &units[ui];
	u->len = ov[0];
	u->term = -1;
	while (u->len > 0 && TX(u)[u->len - 1] == ' ')
		u->len--;
	return 1;
}

/*
 * One pass: every word (letters and digits, lowercased) sets a bit of the
 * 1024-bit set out (when out), and *all gets the hash of the whole text,
 * so that "dan," and "dan" are one word and spacing does not count.
 * Returns the number of bits set: the distinct words, give or take a rare
 * collision, which is all the near-duplicate test needs.
 */
#define NEAR_BITS	1024
#define NEAR_WORDS	(NEAR_BITS / 64)

static size_t
popcount(uint64_t x)
{
	x = x - ((x >> 1) & 0x5555555555555555ULL);
	x = (x & 0x3333333333333333ULL) + ((x >> 2) & 0x3333333333333333ULL);
	x = (x + (x >> 4)) & 0x0F0F0F0F0F0F0F0FULL;
	return (size_t)((x * RK_ONES) >> 56);
}

static size_t
word_set(const struct unit *u, uint64_t *out, uint64_t *all)
{
	const unsigned char *s = (const unsigned char *)TX(u);
	uint64_t h = 1469598103934665603ULL, w = h;
	size_t i, n = 0;
	int inw = 0;

	static unsigned char cls[256];	/* 0 skip, 1 space, else the byte folded */

	if (cls[' '] == 0) {
		for (i = 0; i < 256; i++)
			cls[i] = (unsigned char)(i >= 0x80 || (i >= 'a' && i <= 'z') ||
			    (i >= '0' && i <= '9') ? i : (i >= 'A' && i <= 'Z') ? i + 32 : 0);
		cls[' '] = 1;
	}
	if (out != NULL)
		memset(out, 0, NEAR_WORDS * sizeof(*out));
	for (i = 0; i <= u->len; i++) {
		unsigned c = i < u->len ? cls[s[i]] : 1;

		if (c == 0)
			continue;
		if (c == 1) {
			if (inw) {
				/* the per-byte step below is a rotate and a xor
				 * (short dependency chain); mix once per word */
				w *= 1099511628211ULL;
				h = (h ^ w) * 1099511628211ULL;
				if (out != NULL) {
					unsigned bit = (unsigned)((w ^ (w >> 29)) %
					    NEAR_BITS);
					uint64_t b = 1ULL << (bit % 64);

					n += (out[bit / 64] & b) == 0;
					out[bit / 64] |= b;
				}
			}
			inw = 0;
			w = 1469598103934665603ULL;
			continue;
		}
		inw = 1;
		w = ((w << 7) | (w >> 57)) ^ c;
	}
	*all = h;
	return n;
}

static size_t
overlap(const uint64_t *a, const uint64_t *b)
{
	size_t i, n = 0;

	for (i = 0; i < NEAR_WORDS; i++)
		n += popcount(a[i] & b[i]);
	return n;
}

#define NEAR_WINDOW	64	/* earlier paragraphs compared */

/* The text's hash, eight bytes at a time, letters folded to lower case. */
static uint64_t
text_hash(const char *s, size_t len)
{
	uint64_t h = 1469598103934665603ULL, x;
	size_t i;

	for (i = 0; i + 8 <= len; i += 8) {
		memcpy(&x, s + i, 8);
		h = (h ^ (x | 0x2020202020202020ULL)) * 1099511628211ULL;
	}
	x = 0;
	memcpy(&x, s + i, len - i);
	h = (h ^ (x | 0x2020202020202020ULL) ^ len) * 1099511628211ULL;
	return h ? h : 1;
}

/* The last alphanumerics, lowercased, backwards. */
static size_t
tail_key(const char *s, size_t len, char *k, size_t max)
{
	size_t n = 0;
	unsigned char c;

	while (len > 0 && n < max) {
		if ((c = alnum_low[(unsigned char)s[--len]]) == 1)
			break;
		if (c != 0)
			k[n++] = (char)c;
	}
	return n;
}

struct near {
	size_t	unit;
	char	head[12], tail[12];
	size_t	nhead, ntail;
	size_t	nset;		/* distinct words, once the set is made */
	int	haveset;
};
static struct near nearwin[NEAR_WINDOW];

static size_t
near_set(struct near *n, uint64_t *set)
{
	uint64_t h;

	if (!n->haveset) {
		n->nset = word_set(&units[n->unit], set, &h);
		n->haveset = 1;
	}
	return n->nset;
}

/*
 * Exact repeats through a hash set of the texts; near repeats (90% of the
 * shorter one's words) among earlier paragraphs of similar length that
 * open or close the same way, so word sets are only built for the few
 * pairs that could be near repeats.
 */
static void
duplicates(const struct clean_opts *o)
{
	size_t i, k, nk = 0, nslot, slot;
	uint64_t h;

	if (!on(o, R_DUP))
		return;
	for (nslot = 64; nslot < 2 * nunits; nslot *= 2)
		;
	if (caphashes < nslot) {
		caphashes = nslot;
		hashes = rk_xrealloc(hashes, caphashes, sizeof(*hashes));
	}
	memset(hashes, 0, nslot * sizeof(*hashes));
	if (capwords < (NEAR_WINDOW + 1) * NEAR_WORDS) {
		capwords = (NEAR_WINDOW + 1) * NEAR_WORDS;
		wordsets = rk_xrealloc(wordsets, capwords, sizeof(*wordsets));
	}
	for (i = 0; i < nunits; i++) {
		struct unit *u = &units[i];
		struct near *me = &nearwin[nk % NEAR_WINDOW], cur;
		uint64_t *myset = wordsets + NEAR_WINDOW * NEAR_WORDS;
		int dup = 0;

		if (u->rule >= 0 || u->nw < 2)
			continue;
		h = text_hash(TX(u), u->len);
		for (slot = (size_t)h & (nslot - 1); hashes[slot] != 0;
		    slot = (slot + 1) & (nslot - 1))
			if (hashes[slot] == h) {
				dup = 1;
				break;
			}
		memset(&cur, 0, sizeof(cur));
		cur.unit = i;
		cur.nhead = head_key(TX(u), u->len, cur.head, sizeof(cur.head));
		cur.ntail = tail_key(TX(u), u->len, cur.tail, sizeof(cur.tail));
		if (!dup && u->nw >= 6)
			for (k = nk > NEAR_WINDOW ? nk - NEAR_WINDOW : 0; k < nk; k++) {
				struct near *e = &nearwin[k % NEAR_WINDOW];
				size_t a = units[e->unit].nw, b = (size_t)u->nw, na, nb;
				size_t mn = a < b ? a : b, mx = a < b ? b : a;

				if (mn < 6 || mn * 10 < mx * 6)
					continue;
				if (!(e->nhead >= 8 && e->nhead == cur.nhead &&
				    memcmp(e->head, cur.head, cur.nhead) == 0) &&
				    !(e->ntail >= 8 && e->ntail == cur.ntail &&
				    memcmp(e->tail, cur.tail, cur.ntail) == 0))
					continue;
				na = near_set(e, wordsets + (k % NEAR_WINDOW) * NEAR_WORDS);
				nb = near_set(&cur, myset);
				mn = na < nb ? na : nb;
				if (mn > 0 && overlap(wordsets + (k % NEAR_WINDOW) *
				    NEAR_WORDS, myset) * 10 >= mn * 9) {
					dup = 1;
					break;
				}
			}
		if (dup) {
			if (!(u->flags & U_TITLE))
				u->rule = R_DUP;
			continue;
		}
		hashes[slot] = h;
		if (cur.haveset)
			memcpy(wordsets + (nk % NEAR_WINDOW) * NEAR_WORDS, myset,
			    NEAR_WORDS * sizeof(*myset));
		*me = cur;
		nk++;
	}
}

/*
 * A caption printed again as the lead: among the first paragraphs, one
 * whose words (90%) all come back in the next, longer paragraph is the
 * caption, and the longer one is the article.
 */
static void
lead_captions(void)
{
	uint64_t a[NEAR_WORDS], b[NEAR_WORDS], h;
	size_t i, j, seen = 0, na, nb;

	for (i = 0; i < nunits && seen < 3; i++) {
		if (units[i].rule >= 0 || (units[i].flags & U_TITLE))
			continue;
		seen++;
		if (units[i].nw < 6 || units[i].nw > 40)
			continue;
		for (j = i + 1; j < nunits && units[j].rule >= 0; j++)
			;
		if (j == nunits || units[j].nw <= units[i].nw)
			continue;
		/* cheap first: the lead repeats the caption's opening words */
		if (units[i].len < 12 || !mem_find(TX(&units[j]),
		    units[j].len < 100 ? units[j].len : 100, TX(&units[i]), 12))
			continue;
		na = word_set(&units[i], a, &h);
		nb = word_set(&units[j], b, &h);
		if (nb > 0 && overlap(a, b) * 10 >= na * 9) {
			units[i].rule = R_CAPTION;
			meta_add(M_CAPTION, TX(&units[i]), units[i].len, "", 0);
		}
	}
}

/*
 * The text a caption line carries: without the opening bracket, the
 * "FOTO:" label and the closing "/credit )".
 */
static void
caption_core(const char *s, size_t len, size_t *a, size_t *b)
{
	size_t i = 0, j;
	const char *c;

	while (i < len && (s[i] == '(' || s[i] == '[' || s[i] == ' '))
		i++;
	c = memchr(s + i, ':', len - i < 24 ? len - i : 24);
	if (c != NULL)
		i = (size_t)(c - s) + 1;
	while (i < len && s[i] == ' ')
		i++;
	for (j = i; j < len && s[j] != '/' && s[j] != ')' && s[j] != ']'; j++)
		;
	while (j > i && s[j - 1] == ' ')
		j--;
	*a = i;
	*b = j;
}

/*
 * A photo caption printed above the headline, with no "Foto:" to mark it:
 * the page opens with one sentence, then a headline-like line, then the
 * lead with its dateline.  The article never starts above its headline,
 * so the sentence is the caption and the line after it is the title.  A
 * sentence that quotes someone is left alone: captions seldom quote.
 * Returns the title's unit, or -1.
 */
static long
caption_above(const struct clean_opts *o, size_t c, size_t lead)
{
	size_t i, h = lead;
	const char *s = TX(&units[c]);

	if (!on(o, R_CAPTION))
		return -1;
	for (i = 0; i < lead; i++) {
		if (units[i].rule >= 0 || i == c)
			continue;
		if (i < c || h < lead)
			return -1;
		h = i;
	}
	if (h == lead || !title_candidate(&units[h]) ||
	    (units[h].flags & U_BODY) || !(units[c].flags & U_BODY) ||
	    units[c].nw > 40 || s[units[c].len - 1] != '.' ||
	    mid_sentence_end(s, units[c].len) ||
	    memchr(s, '"', units[c].len) != NULL ||
	    mem_find(s, units[c].len, "\xE2\x80\x9C", 3) != NULL)
		return -1;
	units[c].rule = R_CAPTION;
	meta_add(M_CAPTION, s, units[c].len, "", 0);
	units[h].flags |= U_TITLE;
	units[h].flags &= ~U_BODY;
	title_repeats(o, h);
	return (long)h;
}

/*
 * A caption printed again as a paragraph of its own just before the lead
 * (found by its dateline): a paragraph between the title and the lead
 * that opens with a caption's text is that caption.  The lead itself is
 * never touched, so a lead that happens to share the caption's words stays.
 */
static void
caption_echo(const struct clean_opts *o, size_t lead)
{
	size_t i, k, a, b, n;

	if (!on(o, R_CAPTION))
		return;
	for (i = 0; i < lead; i++) {
		const char *s = TX(&units[i]);

		if (units[i].rule >= 0 || (units[i].flags & U_TITLE) ||
		    units[i].nw > 60)
			continue;
		for (k = 0; k < nmetas; k++) {
			if (metas[k].kind != M_CAPTION)
				continue;
			caption_core(side.data + metas[k].toff, metas[k].tlen,
			    &a, &b);
			n = b - a;
			if (n < 24 || count_words(side.data + metas[k].toff + a,
			    n) < 4)
				continue;
			if (n > 80)
				n = 80;
			if (units[i].len >= n && strncasecmp(s,
			    side.data + metas[k].toff + a, n) == 0) {
				units[i].rule = R_CAPTION;
				break;
			}
		}
	}
}

/* Is unit j the last one kept? */
static int
last_kept(size_t j)
{
	for (j++; j < nunits; j++)
		if (units[j].rule < 0)
			return 0;
	return 1;
}

/*
 * Does unit u open with a dateline: CITY –, Site.com –, or a city in mixed
 * case that an agency or a site name follows (Dompu,(Dompu Post)-----,
 * Palu (Antara) -, Palu, site.com -)?  A lower-case aside in brackets
 * (Camat Tewah (kiri) –) is no agency.
 */
static int
opens_dateline(const struct unit *u)
{
	size_t ov[12], n = u->len > 160 ? 160 : u->len;
	const char *s = TX(u);

	if (u->len < 8 || (!memchr(s, '-', n) && !memchr(s, '\xE2', n)))
		return 0;
	if (rk_re_exec(&re_dateline, s, n, 0, ov, 12) > 0) {
		if (all_caps(s + ov[4], ov[5] - ov[4]))
			return 1;
		if (s[ov[10]] != 'l' && (ov[2] != SIZE_MAX ||
		    ov[8] != SIZE_MAX || (ov[6] != SIZE_MAX &&
		    s[ov[6]] >= 'A' && s[ov[6]] <= 'Z')))
			return 1;
	}
	return rk_re_exec(&re_site, s, n, 0, ov, 4) > 0;
}

/*
 * A listing page: after the first story (two paragraphs at least), blank
 * lines, a headline, then a paragraph that opens with a dateline or (after
 * two blank lines or more) is a teaser cut off at the end of the page.
 * That headline starts the next story; it and the rest of the page go.
 * The break must be wider than the page's usual one: on a page with a
 * blank line between paragraphs it takes two.
 */
static void
next_story(const struct clean_opts *o)
{
	size_t i, j, body = 0;
	int gap = U_GAP;

	if (!on(o, R_STORY))
		return;
	/* a page whose paragraphs touch: one blank line is break enough */
	for (i = 0; i < nunits; i++)
		if (units[i].rule < 0 && (units[i].flags & U_BODY) &&
		    (units[i].flags & U_BLANK))
			break;
	if (i == nunits)
		gap = U_BLANK;
	for (i = 0; i < nunits; i++) {
		struct unit *u = &units[i];

		if (u->rule >= 0 || (u->flags & U_TITLE))
			continue;
		if (body >= 2 && (u->flags & gap) && !(u->flags & U_BODY) &&
		    u->nw >= 3 && u->nw <= 20 &&
		    !unit_term(u) && headline_like(u)) {
			for (j = i + 1; j < nunits && units[j].rule >= 0; j++)
				;
			if (j < nunits && !(units[j].flags & gap) &&
			    (opens_dateline(&units[j]) || ((u->flags & U_GAP) &&
			    units[j].nw >= 8 &&
			    !unit_term(&units[j]) &&
			    last_kept(j)))) {
				for (j = i; j < nunits; j++)
					drop(j, R_STORY);
				return;
			}
		}
		if (u->flags & U_BODY)
			body++;
	}
}

/*
 * A closing disclaimer: a short line after the article that says the
 * piece is the writer's own opinion or responsibility.
 */
static void
disclaimer(const struct clean_opts *o)
{
	static const char *const opens[] = { "tulisan ini", "artikel ini",
		"opini ini", "isi tulisan", "isi artikel", "disclaimer",
		"catatan redaksi", "*)" };
	static const char *const what[] = { "opini", "pribadi",
		"tanggung jawab", "tidak mewakili", "tidak mencerminkan" };
	static const char *const who[] = { "penulis", "redaksi" };
	size_t i, k, seen = 0;

	if (!on(o, R_DISCLAIMER))
		return;
	for (i = nunits; i > 0 && seen < 2; i--) {
		struct unit *u = &units[i - 1];
		const char *s = TX(u);
		int w0 = 0, w1 = 0, w2 = 0;

		if (u->rule >= 0 || (u->flags & U_TITLE))
			continue;
		seen++;
		if (u->nw > 30 || u->nw < 4)
			continue;
		for (k = 0; k < sizeof(opens) / sizeof(opens[0]) && !w0; k++)
			w0 = ci_prefix(s, u->len, opens[k]);
		if (!w0)
			continue;
		for (k = 0; k < sizeof(what) / sizeof(what[0]) && !w1; k++)
			w1 = ci_find(s, u->len, what[k]) != NULL;
		for (k = 0; k < sizeof(who) / sizeof(who[0]) && !w2; k++)
			w2 = ci_find(s, u->len, who[k]) != NULL;
		if (w0 && w1 && w2)
			u->rule = R_DISCLAIMER;
	}
}

/*
 * A syndication note, as news networks print them under a story taken
 * from a member site: "Artikel ini telah tayang di Tribunkaltim.co dengan
 * judul ...", "Berita ini sebelumnya sudah tayang di ...".  Subject,
 * adverbs, verb and "di" must all be there.  What follows "di" must read as
 * a name (a capital, or a dot as in a domain), or the note must be short or
 * give the title; "Berita ini telah tayang di sejumlah media daring dan
 * ..." is a sentence of the story and stays.
 */
static int
syndication_note(const struct unit *u)
{
	static const char *const subj[] = { "artikel ini ", "berita ini ",
		"tulisan ini ", "konten ini " };
	static const char *const adv[] = { "telah ", "sudah ", "pernah ",
		"sebelumnya ", "pertama kali ", "lebih dulu ", "juga " };
	static const char *const verb[] = { "tayang ", "terbit ", "dimuat ",
		"diterbitkan ", "ditayangkan ", "dipublikasikan ", "diunggah " };
	static const char *const prep[] = { "di ", "pada ", "dalam " };
	const char *s = TX(u);
	size_t i = 0, k, len = u->len, n, guard;

	if (u->nw < 5 || u->nw > 60 || ((s[0] | 32) != 'a' &&
	    (s[0] | 32) != 'b' && (s[0] | 32) != 't' && (s[0] | 32) != 'k'))
		return 0;
	for (k = 0, n = 0; k < sizeof(subj) / sizeof(subj[0]) && !n; k++)
		if (ci_prefix(s, len, subj[k]))
			n = strlen(subj[k]);
	if (n == 0)
		return 0;
	i = n;
	for (guard = 0; guard < 3; guard++) {
		for (k = 0, n = 0; k < sizeof(adv) / sizeof(adv[0]) && !n; k++)
			if (ci_prefix(s + i, len - i, adv[k]))
				n = strlen(adv[k]);
		if (n == 0)
			break;
		i += n;
	}
	for (k = 0, n = 0; k < sizeof(verb) / sizeof(verb[0]) && !n; k++)
		if (ci_prefix(s + i, len - i, verb[k]))
			n = strlen(verb[k]);
	if (n == 0)
		return 0;
	i += n;
	for (k = 0, n = 0; k < sizeof(prep) / sizeof(prep[0]) && !n; k++)
		if (ci_prefix(s + i, len - i, prep[k]))
			n = strlen(prep[k]);
	if (n == 0 || (i += n) >= len)
		return 0;
	if ((s[i] >= 'A' && s[i] <= 'Z') || u->nw <= 12 ||
	    ci_find(s + i, len - i, "dengan judul") != NULL)
		return 1;
	for (; i < len && s[i] != ' '; i++)
		if (s[i] == '.' && i + 1 < len && s[i + 1] != ' ')
			return 1;
	return 0;
}

static void
syndication(const struct clean_opts *o)
{
	size_t i;

	if (!on(o, R_SYNDICATION))
		return;
	for (i = 0; i < nunits; i++)
		if (units[i].rule < 0 && !(units[i].flags & U_TITLE) &&
		    syndication_note(&units[i]))
			units[i].rule = R_SYNDICATION;
}

/* ---- output ------------------------------------------------------------- */

static void
row(FILE *out, const char *id, long para, const char *kind, const char *t,
    size_t tlen, const char *v, size_t vlen)
{
	struct rk_str f[5];
	char nb[24];
	size_t n = sizeof(nb);

	do
		nb[--n] = (char)('0' + para % 10);
	while ((para /= 10) > 0 && n > 0);
	/* one write per row: most rows are short */
	f[0].s = id;
	f[0].len = strlen(id);
	f[1].s = nb + n;
	f[1].len = sizeof(nb) - n;
	f[2].s = kind;
	f[2].len = strlen(kind);
	f[3].s = t;
	f[3].len = tlen;
	f[4].s = v;
	f[4].len = vlen;
	rk_out_row(out, f, 5);
}

void
clean_empty(const char *id, FILE *out)
{
	row(out, id, 0, "empty", "", 0, "", 0);
}

static void
emit(const struct clean_opts *o, const char *id, FILE *out)
{
	size_t i, k, sp = 0;
	long para = 0;
	const char *rn;

	for (k = 0; k < M_N; k++)
		for (i = 0; i < nmetas; i++)
			if (metas[i].kind == (int)k)
				row(out, id, 0, meta_kind[k],
				    side.data + metas[i].toff, metas[i].tlen,
				    side.data + metas[i].voff, metas[i].vlen);
	for (i = 0; i < nunits; i++) {
		const struct unit *u = &units[i];

		for (; o->explain && sp < nspans && spans[sp].unit <= i; sp++) {
			if (spans[sp].len == 0)
				continue;
			rn = clean_rule_name[spans[sp].rule];
			row(out, id, 0, "drop", side.data + spans[sp].off,
			    spans[sp].len, rn, strlen(rn));
		}
		if (u->rule >= 0) {
			if (o->explain && u->len > 0) {
				rn = clean_rule_name[u->rule];
				row(out, id, 0, "drop", TX(u), u->len, rn, strlen(rn));
			}
			continue;
		}
		row(out, id, ++para, (u->flags & U_TITLE) ? "title" : "body",
		    TX(u), u->len, "", 0);
	}
	if (para == 0)
		clean_empty(id, out);
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
	rk_buf_reset(&side);
	rk_buf_add(&side, "", 0);
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

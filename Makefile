# rk: Indonesian rakor news to tables.  GNU make (wildcards keep "adding a
# source file" free of Makefile edits).
#
#   make            build bin/rk-*            make check   tests
#   make asan       tests under ASan+UBSan    make fuzz    libFuzzer targets
#   make eval       score against ../shared   make bench   speed and memory
#   make demo       the whole pipeline on samples/
#   make install    PREFIX=/usr/local DESTDIR=

VERSION    = 0.1.0
PREFIX     = /usr/local
BINDIR     = $(PREFIX)/bin
MANDIR     = $(PREFIX)/share/man
DATADIR    = $(PREFIX)/share/rk
CC        ?= cc
PCRE2_CFLAGS := $(shell pkg-config --cflags libpcre2-8 2>/dev/null)
PCRE2_LIBS   := $(shell pkg-config --libs libpcre2-8 2>/dev/null || echo -lpcre2-8)

CFLAGS    ?= -O2
RK_CPPFLAGS = -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -Ilib \
	-DRK_DATADIR='"$(DATADIR)"' $(PCRE2_CFLAGS) $(CPPFLAGS)
RK_CFLAGS = -std=c11 -Wall -Wextra -Wshadow -Wstrict-prototypes \
	-Wmissing-prototypes -Wformat=2 -Wwrite-strings -Wvla $(CFLAGS)

# B is the build directory: objects in $(B)/, programs in $(B)/bin
# (the default build puts programs in ./bin, where ../shared/eval/run looks).
B         = build
BIN       = bin
NAMES     = tsv clean segment tag extract
TOOLS     = $(foreach n,$(NAMES),$(if $(wildcard tools/rk-$(n).c),$(BIN)/rk-$(n)))
LIBSRC    = $(wildcard lib/*.c)
LIBOBJ    = $(LIBSRC:%.c=$(B)/%.o)
LIBA      = $(B)/librk.a
# A tool's core: tools/NAME.c and tools/NAME_*.c; tools/rk-NAME.c is its main.
core_src  = $(wildcard tools/$(1).c tools/$(1)_*.c)
core_obj  = $(patsubst %.c,$(B)/%.o,$(call core_src,$(1)))
UNITSRC   = $(wildcard tests/lib/test_*.c)
UNITS     = $(UNITSRC:tests/lib/%.c=$(B)/tests/%)
# Each fuzz target also built as a plain program that replays files.
REPLAYS   = $(patsubst tests/fuzz/fuzz-%.c,$(B)/tests/replay-%,$(wildcard tests/fuzz/fuzz-*.c))

all: deps-ok $(TOOLS)

# Runs scripts/install-deps only when PCRE2 headers are missing.
deps-ok:
	@scripts/install-deps --check || scripts/install-deps

$(B)/%.o: %.c lib/rk.h $(wildcard tools/*.h)
	@mkdir -p $(dir $@)
	$(CC) $(RK_CPPFLAGS) $(RK_CFLAGS) -c -o $@ $<

$(LIBA): $(LIBOBJ)
	rm -f $@
	$(AR) rc $@ $(LIBOBJ)

# Keep core objects: they are shared by tools, tests and fuzz targets.
.SECONDARY:
.SECONDEXPANSION:
$(BIN)/rk-%: $(B)/tools/rk-%.o $$(call core_obj,$$*) $(LIBA)
	@mkdir -p $(BIN)
	$(CC) $(LDFLAGS) -o $@ $^ $(PCRE2_LIBS)

$(B)/tests/%: tests/lib/%.c tests/lib/check.h $(LIBA)
	@mkdir -p $(dir $@)
	$(CC) $(RK_CPPFLAGS) $(RK_CFLAGS) $(LDFLAGS) -o $@ $< $(LIBA) $(PCRE2_LIBS)

# test_date links rk-tag's date recogniser and span list, not the driver.
$(B)/tests/test_date: tests/lib/test_date.c $(B)/tools/tag_date.o $(B)/tools/tag_datex.o $(B)/tools/tag_list.o $(LIBA)
	@mkdir -p $(dir $@)
	$(CC) $(RK_CPPFLAGS) -Itools $(RK_CFLAGS) $(LDFLAGS) -o $@ $< \
	    $(B)/tools/tag_date.o $(B)/tools/tag_datex.o $(B)/tools/tag_list.o $(LIBA) $(PCRE2_LIBS)

# rk-extract finds dates with rk-tag's recogniser when a stream has no DATE rows.
$(BIN)/rk-extract $(B)/tests/replay-extract build-fuzz/fuzz-extract: \
	$(B)/tools/tag_date.o $(B)/tools/tag_datex.o $(B)/tools/tag_list.o

$(B)/tests/replay-%: tests/fuzz/replay.c tests/fuzz/fuzz-%.c $$(call core_obj,$$*) $(LIBA)
	@mkdir -p $(dir $@)
	$(CC) $(RK_CPPFLAGS) -Itools $(RK_CFLAGS) $(LDFLAGS) -o $@ $^ $(PCRE2_LIBS)

deps:
	@scripts/install-deps --check || scripts/install-deps

# Build, then run unit, golden and property tests; ends with "N passed, N failed".
check: deps
	@$(MAKE) --no-print-directory all units
	@RK_BIN=$(CURDIR)/$(BIN) RK_UNITS=$(CURDIR)/$(B)/tests RK_DATA=$(CURDIR)/data tests/run

units: $(UNITS) $(REPLAYS)

SANFLAGS = -O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined -fno-sanitize-recover=all
asan:
	@$(MAKE) --no-print-directory check B=build-asan BIN=build-asan/bin \
	    CFLAGS="$(SANFLAGS) $(CFLAGS_EXTRA)" LDFLAGS="$(SANFLAGS)"

FUZZCC   = clang
FUZZFLAGS = -g -O1 -fsanitize=fuzzer-no-link,address,undefined -DRK_FUZZ
FUZZSRC  = $(wildcard tests/fuzz/fuzz-*.c)
FUZZERS  = $(FUZZSRC:tests/fuzz/%.c=build-fuzz/%)
fuzz:
	@$(MAKE) --no-print-directory fuzzers B=build-fuzz CC=$(FUZZCC) \
	    CFLAGS="$(FUZZFLAGS)"
fuzzers: $(FUZZERS)
build-fuzz/fuzz-%: tests/fuzz/fuzz-%.c $$(call core_obj,$$*) $(LIBA)
	$(CC) $(RK_CPPFLAGS) $(RK_CFLAGS) -Itools -fsanitize=fuzzer,address,undefined \
	    -o $@ $^ $(PCRE2_LIBS)

# Replays tests/fuzz/corpus and crashes through each target (CI: FUZZTIME=60).
FUZZTIME = 10
fuzz-run: fuzz
	@scripts/fuzz-run $(FUZZTIME)

eval: all
	@scripts/eval

bench: all
	@scripts/bench

demo: all
	@scripts/demo

lint:
	cppcheck --std=c11 --enable=warning,style,performance,portability \
	    --suppress=missingIncludeSystem --suppress=variableScope \
	    --suppress=ctuPointerArith --error-exitcode=1 -q lib tools
	mandoc -Tlint -Wwarning tools/*.1 man/*.7

install: all
	mkdir -p $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR)/man1 $(DESTDIR)$(MANDIR)/man7 $(DESTDIR)$(DATADIR)
	cp -f $(TOOLS) $(DESTDIR)$(BINDIR)/
	cp -f tools/*.1 $(DESTDIR)$(MANDIR)/man1/
	cp -f man/*.7 $(DESTDIR)$(MANDIR)/man7/
	cp -Rf data/. $(DESTDIR)$(DATADIR)/

uninstall:
	rm -f $(TOOLS:$(BIN)/%=$(DESTDIR)$(BINDIR)/%)
	rm -f $(patsubst tools/%,$(DESTDIR)$(MANDIR)/man1/%,$(wildcard tools/*.1))
	rm -f $(DESTDIR)$(MANDIR)/man7/rk.7
	rm -rf $(DESTDIR)$(DATADIR)

clean:
	rm -rf build build-asan build-fuzz bin

.PHONY: all deps-ok check units asan fuzz fuzzers fuzz-run eval bench demo lint install uninstall clean deps

# zhdoc — PGXS build.
#
#   make                 build the extension
#   make install         install it into the PostgreSQL that pg_config names
#   make installcheck    pg_regress suite against a running server
#   make unit            core unit tests, no PostgreSQL needed
#
# ZHDOC_WERROR=1 turns warnings into errors (the test command sets it).

EXTENSION = zhdoc
EXTVERSION = $(shell sed -n "s/^default_version *= *'\(.*\)'/\1/p" $(EXTENSION).control)

PG_CONFIG ?= pg_config
ICU_CFLAGS := $(shell pkg-config --cflags icu-uc icu-i18n)
ICU_LIBS := $(shell pkg-config --libs icu-uc icu-i18n)

CORE_SRCS = $(filter-out $(GENERATED_SRCS),$(sort $(wildcard src/core/*.c)))
PG_SRCS = $(sort $(wildcard src/pg/*.c))
GENERATED_SRCS = src/core/zh_t2s_table.c src/core/zh_nfkc_inert.c

MODULE_big = zhdoc
OBJS = $(CORE_SRCS:.c=.o) $(GENERATED_SRCS:.c=.o) $(PG_SRCS:.c=.o)

DATA_built = $(EXTENSION)--$(EXTVERSION).sql
# Released install scripts, frozen as they were released, and the update
# scripts between versions (ALTER EXTENSION zhdoc UPDATE).
DATA = $(wildcard sql-versions/$(EXTENSION)--*.sql)
DATA_TSEARCH = data/zhdoc.stop

# The dictionary: jieba's word list and HMM model from Debian's python3-jieba,
# compiled into one file that backends map read-only.
JIEBA_DIR ?= /usr/lib/python3/dist-packages/jieba
DICT_EXTRA = $(sort $(wildcard data/dict-*.txt))
# The word lists of the analysis (titles, organs, meeting nouns …): one file
# a kind, compiled into the dictionary too (src/core/zh_lexicon.h).
VOCAB = $(sort $(wildcard data/vocab/*.txt))
# and the lists made at build time from open data (tools/gen_world_places.c)
VOCAB_BUILT = build/world_place.txt

REGRESS = $(patsubst sql/%.sql,%,$(sort $(wildcard sql/*.sql)))
REGRESS_OPTS = --inputdir=. --outputdir=. --encoding=UTF8 --load-extension=$(EXTENSION)

WARN_FLAGS = -Wall -Wextra -Wno-unused-parameter -Wno-sign-compare -Wno-missing-field-initializers
ifeq ($(ZHDOC_WERROR),1)
WARN_FLAGS += -Werror
endif
PG_CPPFLAGS = -Isrc/core -Isrc/pg $(ICU_CFLAGS)
PG_CFLAGS = -std=gnu99 $(WARN_FLAGS)
SHLIB_LINK = $(ICU_LIBS) -lm

EXTRA_CLEAN = $(GENERATED_SRCS) zhdoc.dict build results regression.diffs regression.out test/unit/run_unit

PGXS := $(shell $(PG_CONFIG) --pgxs)
include $(PGXS)

# One SQL source, versioned at build time.
$(EXTENSION)--$(EXTVERSION).sql: src/zhdoc.sql
	cp $< $@

# Traditional to simplified: OpenCC's tables (Debian opencc, libopencc-data),
# turned into text by opencc_dict and compiled into C arrays, with the
# dictionary's person names that OpenCC would rewrite kept as they are.
OPENCC_DIR ?= /usr/share/opencc
OPENCC_DICT ?= opencc_dict

build/gen_t2s_table: tools/gen_t2s_table.c
	@mkdir -p build
	$(CC) -std=gnu99 -O2 -Wall -Wextra -Werror -o $@ $<

build/%.txt: $(OPENCC_DIR)/%.ocd2
	@mkdir -p build
	$(OPENCC_DICT) -i $< -o $@.tmp -f ocd2 -t text && mv $@.tmp $@

src/core/zh_t2s_table.c: build/gen_t2s_table build/TSPhrases.txt build/TSCharacters.txt $(JIEBA_DIR)/dict.txt
	build/gen_t2s_table build/TSPhrases.txt build/TSCharacters.txt $(JIEBA_DIR)/dict.txt > $@.tmp && mv $@.tmp $@

# The characters ICU's NFKC leaves alone, asked once at build time.
build/gen_nfkc_inert: tools/gen_nfkc_inert.c
	@mkdir -p build
	$(CC) -O2 -Wall -Wextra -Werror $(ICU_CFLAGS) -o $@ $< $(ICU_LIBS)

src/core/zh_nfkc_inert.c: build/gen_nfkc_inert
	build/gen_nfkc_inert > $@.tmp && mv $@.tmp $@

DICTC_SRCS = tools/zh_dictc.c tools/zh_vocabc.c src/core/zh_trie.c src/core/zh_dict.c src/core/zh_lexicon.c

build/zh_dictc: $(DICTC_SRCS) tools/zh_dictc.h src/core/zh_trie.h src/core/zh_dict.h src/core/zh_dict_format.h src/core/zh_lexicon.h src/core/zh_lexicon_kinds.h src/core/zh_utf8.h
	@mkdir -p build
	$(CC) -std=gnu99 -O2 -Wall -Wextra -Werror -Isrc/core -o $@ $(DICTC_SRCS) -lm

# The world's countries and cities by their Chinese names, asked of ICU once.
build/gen_world_places: tools/gen_world_places.c
	@mkdir -p build
	$(CC) -O2 -Wall -Wextra -Werror $(ICU_CFLAGS) -o $@ $< $(ICU_LIBS)

build/world_place.txt: build/gen_world_places
	build/gen_world_places > $@.tmp && mv $@.tmp $@

zhdoc.dict: build/zh_dictc $(JIEBA_DIR)/dict.txt $(DICT_EXTRA) $(VOCAB) $(VOCAB_BUILT)
	build/zh_dictc $(addprefix -x ,$(DICT_EXTRA)) $(addprefix -v ,$(VOCAB) $(VOCAB_BUILT)) $(JIEBA_DIR)/dict.txt \
		$(JIEBA_DIR)/finalseg/prob_start.py $(JIEBA_DIR)/finalseg/prob_trans.py \
		$(JIEBA_DIR)/finalseg/prob_emit.py $@.tmp && mv $@.tmp $@

all: zhdoc.dict

install: install-dict
.PHONY: install-dict
install-dict: zhdoc.dict
	$(MKDIR_P) '$(DESTDIR)$(datadir)/tsearch_data'
	$(INSTALL_DATA) zhdoc.dict '$(DESTDIR)$(datadir)/tsearch_data/zhdoc.dict'

# Core unit tests: the core and the tests, linked with ICU, no server.
UNIT_SRCS = $(sort $(wildcard test/unit/*.c))

test/unit/run_unit: $(UNIT_SRCS) $(CORE_SRCS) $(GENERATED_SRCS) $(wildcard src/core/*.h) test/unit/unit.h test/unit/tests.list
	$(CC) -std=gnu99 -O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer \
		-Wall -Wextra -Werror -Isrc/core -Itest/unit $(ICU_CFLAGS) \
		-o $@ $(UNIT_SRCS) $(CORE_SRCS) $(GENERATED_SRCS) $(ICU_LIBS) -lm

.PHONY: unit
unit: test/unit/run_unit zhdoc.dict
	test/unit/run_unit test/data zhdoc.dict

# PGXS tracks no header dependencies: any header change rebuilds everything.
$(OBJS): $(wildcard src/core/*.h src/pg/*.h)

package morph

import (
	"strings"
	"sync"
	"sync/atomic"

	"github.com/ikawaha/kagome-dict/dict"
	"github.com/ikawaha/kagome/v2/tokenizer"
)

// Token is one morpheme.
type Token struct {
	Surface    string
	Start, End int // byte offsets in the text given to Tokenize
	// POS is the IPA part of speech, most general first: 名詞, 固有名詞, 地域, …; shared
	// by the tokens of one part of speech, so not to be changed.
	POS []string
	// Base is the dictionary form (抑止する → する for the verb part); Surface when
	// unknown. From TokenizeLean it is set only for the forms of する and できる.
	Base    string
	Reading string // katakana reading; "" when unknown, and always from TokenizeLean
	Known   bool   // false for words the dictionary does not have
}

// POSAt returns level i of the part of speech (0 the most general), or "" when the
// dictionary gives fewer levels.
func (t Token) POSAt(i int) string {
	if i < len(t.POS) {
		return t.POS[i]
	}
	return ""
}

// FullBytes and LeanBytes are what BeforeLoad is told each dictionary needs on the heap.
// Once loaded, the full one holds some 90 MiB and the lean one 18 MiB (kagome's double
// array, the connection costs, the words' costs and, in a posTable, their parts of
// speech); both are read leaving little garbage (readZip), so LeanBytes is what the lean
// one holds. With the parts of speech kept as kagome keeps them the lean one held 26 MiB.
// LeanMappedBytes is what the lean one holds on the heap when its arrays are mapped from
// the cache (leancache.go): the parts of speech and the index's duplicate counts.
const (
	FullBytes       = 128 << 20
	LeanBytes       = 18 << 20
	LeanMappedBytes = 2 << 20
)

// analyzer is a tokenizer and the parts of speech of its dictionary's words.
type analyzer struct {
	t   *tokenizer.Tokenizer
	pos *posTable // nil: Token.POS gives them
}

var (
	fullOnce, leanOnce sync.Once
	fullTok            atomic.Pointer[analyzer]
	leanTok            *analyzer
	loadMu             sync.Mutex // one dictionary loads at a time
)

// BeforeLoad, when set before the first Tokenize or TokenizeLean, is called just before a
// dictionary loads, with FullBytes, LeanBytes or LeanMappedBytes: a command that keeps a soft memory limit
// raises it by what the dictionary holds, which only commands that meet Japanese words to
// split need. It is not called when TokenizeLean finds the full dictionary loaded.
var BeforeLoad func(bytes int64)

// newTokenizer loads a dictionary, one at a time: the full one is published before the
// lock is let go, so that TokenizeLean, loading after it, finds it. The lean one keeps the
// words' parts of speech in a posTable only.
func newTokenizer(lean bool) *analyzer {
	loadMu.Lock()
	defer loadMu.Unlock()
	if lean {
		if t := fullTok.Load(); t != nil {
			return t
		}
	}
	var a analyzer
	var dic *dict.Dict
	if lean {
		dic, a.pos = loadLeanDict(BeforeLoad)
	} else {
		if BeforeLoad != nil {
			BeforeLoad(FullBytes)
		}
		dic = fullDict()
		a.pos = newPOSTable(dic)
	}
	t, err := tokenizer.New(dic, tokenizer.OmitBosEos())
	if err != nil {
		panic("morph: the embedded IPA dictionary does not load: " + err.Error())
	}
	a.t = t
	if !lean {
		fullTok.Store(&a)
	}
	return &a
}

func loadFull() *analyzer {
	fullOnce.Do(func() { newTokenizer(false) })
	return fullTok.Load()
}

func loadLean() *analyzer {
	leanOnce.Do(func() { leanTok = newTokenizer(true) })
	return leanTok
}

// maxChunk bounds one kagome call; the tokenizer is quadratic-prone and unreliable on
// very long inputs.
const maxChunk = 64 << 10

// Tokenize splits text into morphemes with all their features, over the full dictionary.
// It is safe for concurrent use.
func Tokenize(text string) []Token { return analyze(loadFull(), text, false) }

// TokenizeLean splits text into the same morphemes as Tokenize, with the same spans, parts
// of speech and Known flag, over the dictionary without base forms and readings: Reading is
// empty, and Base is set only for the forms of する and できる. It is safe for concurrent use.
func TokenizeLean(text string) []Token { return analyze(loadLean(), text, true) }

// analyze runs t over text a chunk at a time.
func analyze(a *analyzer, text string, lean bool) []Token {
	var out []Token
	for base := 0; base < len(text); {
		end := chunkEnd(text, base)
		toks := a.t.Analyze(text[base:end], tokenizer.Normal)
		if out == nil {
			out = make([]Token, 0, len(toks))
		}
		for _, k := range toks {
			start := base + k.Position // kagome's Position is a byte offset
			tk := Token{Surface: k.Surface, Start: start, End: start + len(k.Surface), Known: k.Class != tokenizer.UNKNOWN}
			if a.pos != nil {
				tk.POS = a.pos.pos(k)
			} else {
				tk.POS = k.POS()
			}
			switch {
			case lean && k.Class == tokenizer.KNOWN:
				tk.Base = suruForms[int32(k.ID)]
			case !lean:
				tk.Base, _ = k.BaseForm()
				if tk.Base == "" || tk.Base == "*" {
					tk.Base = k.Surface
				}
				if r, ok := k.Reading(); ok && r != "*" {
					tk.Reading = r
				}
			}
			out = append(out, tk)
		}
		base = end
	}
	return out
}

// chunkEnd picks the end of the next piece: the last line end or 。 before maxChunk.
func chunkEnd(text string, from int) int {
	if len(text)-from <= maxChunk {
		return len(text)
	}
	limit := from + maxChunk
	if i := strings.LastIndexAny(text[from:limit], "\n。"); i > 0 {
		j := from + i
		if text[j] == '\n' {
			return j + 1
		}
		return j + len("。")
	}
	// No break: cut at a rune start.
	for limit > from && text[limit]&0xC0 == 0x80 {
		limit--
	}
	return limit
}

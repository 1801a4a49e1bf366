package morph

import (
	"strings"
	"sync"

	"github.com/ikawaha/kagome-dict/ipa"
	"github.com/ikawaha/kagome/v2/tokenizer"
)

// Token is one morpheme.
type Token struct {
	Surface    string
	Start, End int      // byte offsets in the text given to Tokenize
	POS        []string // IPA part of speech, most general first: 名詞, 固有名詞, 地域, …
	Base       string   // dictionary form (抑止する → する for the verb part); Surface when unknown
	Reading    string   // katakana reading; "" when unknown
	Known      bool     // false for words the dictionary does not have
}

var (
	once sync.Once
	tok  *tokenizer.Tokenizer
)

// BeforeLoad, when set before the first Tokenize, is called once just before the
// dictionary loads: a command that keeps a soft memory limit raises it by what the
// dictionary holds (some 140 MB), which only commands that meet Japanese words to split
// need.
var BeforeLoad func()

func load() *tokenizer.Tokenizer {
	once.Do(func() {
		if BeforeLoad != nil {
			BeforeLoad()
		}
		t, err := tokenizer.New(ipa.Dict(), tokenizer.OmitBosEos())
		if err != nil {
			panic("morph: the embedded IPA dictionary does not load: " + err.Error())
		}
		tok = t
	})
	return tok
}

// maxChunk bounds one kagome call; the tokenizer is quadratic-prone and unreliable on
// very long inputs.
const maxChunk = 64 << 10

// Tokenize splits text into morphemes. It is safe for concurrent use.
func Tokenize(text string) []Token {
	t := load()
	var out []Token
	for base := 0; base < len(text); {
		end := chunkEnd(text, base)
		for _, k := range t.Analyze(text[base:end], tokenizer.Normal) {
			start := base + k.Position // kagome's Position is a byte offset
			tk := Token{Surface: k.Surface, Start: start, End: start + len(k.Surface), POS: k.POS(), Known: k.Class != tokenizer.UNKNOWN}
			tk.Base, _ = k.BaseForm()
			if tk.Base == "" || tk.Base == "*" {
				tk.Base = k.Surface
			}
			if r, ok := k.Reading(); ok && r != "*" {
				tk.Reading = r
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

package lint

import (
	"hash/fnv"
	"strings"
	"unicode/utf8"
)

// Japanese titles a person by the convention of the person's country: Japan's prime minister
// is 総理大臣 (岸田総理大臣), another country's 首相 (アルバニージー首相), and a statement of
// two leaders writes both. The title after one person's name and the title after another's
// are not two wordings of one rendering, so the consistency check compares the uses of a
// title only among those after one name (use.src): the same person titled two ways
// (岸田総理大臣 … 岸田首相) is still reported.

// titleHolder returns a number that stands for the person named just before start in the
// Japanese text (a run of kanji or katakana that kagome ends with a personal name, 名詞,固有
// 名詞,人名, or a run of katakana, a foreign name kagome does not know), or 0 when no name
// is written against the term there. The number is negative, apart from the term indexes
// that use.src holds otherwise.
func (l *Linter) titleHolder(text string, start int) int32 {
	i := start
	for i > 0 {
		r, w := utf8.DecodeLastRuneInString(text[:i])
		if s := script(r); s != 1 && s != 3 {
			break
		}
		i -= w
	}
	run := text[i:start]
	if run == "" {
		return 0
	}
	name := ""
	if katakana(run) && utf8.RuneCountInString(strings.ReplaceAll(run, "・", "")) >= 2 {
		name = run
	} else {
		toks := l.tokenize(text[i:start])
		if len(toks) > 0 && hasPOS(toks[len(toks)-1], "名詞", "固有名詞", "人名") {
			name = run
		}
	}
	if name == "" {
		return 0
	}
	h := fnv.New32a()
	h.Write([]byte(name))
	return -1 - int32(h.Sum32()&0x3fffffff)
}

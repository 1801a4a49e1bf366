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
// title only among those written against one name (use.src): the same person titled two
// ways (岸田総理大臣 … 岸田首相) is still reported.

// maxKanjiName is the most characters of a kanji word written against a title that
// titleHolder takes for a name: a Japanese name is a surname of one to three kanji and a
// given name of one or two (岸田, 岸田文雄), a country two or three (韓国大統領).
const maxKanjiName = 4

// titleHolder returns a number that stands for the word written just before start in the
// Japanese text, with nothing between them, that says whose the term there is: a katakana
// word of two characters or more (a foreign name: アルバニージー, ジョセフ・バイデン's
// バイデン) or a kanji word of two to maxKanjiName characters (鈴木, 岸田文雄, 韓国), which
// starts after a character of another kind. It returns 0 for none. The number is
// negative, apart from the term indexes that use.src holds otherwise. It reads the text
// alone: kagome, which lint loads only before a missing-term finding, is not asked.
func (l *Linter) titleHolder(text string, start int) int32 {
	i, kana, kanji := start, 0, 0
	for i > 0 {
		r, w := utf8.DecodeLastRuneInString(text[:i])
		s := script(r)
		if s == 3 && kanji == 0 {
			kana++
		} else if s == 1 && kana == 0 {
			kanji++
		} else {
			break
		}
		i -= w
	}
	run := text[i:start]
	switch {
	case kana >= 2 && utf8.RuneCountInString(strings.ReplaceAll(run, "・", "")) >= 2:
	case kanji >= 2 && kanji <= maxKanjiName:
	default:
		return 0
	}
	h := fnv.New32a()
	h.Write([]byte(run))
	return -1 - int32(h.Sum32()&0x3fffffff)
}

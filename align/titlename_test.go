package align

import "testing"

// TestSurnamePost: a post written after a short surname in one compound (森外務大臣)
// is said by the English as a title before the name ("Foreign Minister Mori"): the
// premodified form of the post's established name is proposed for the post, at review.
// A post after a longer compound, or a premodified form that no name follows, gives none.
func TestSurnamePost(t *testing.T) {
	dict := map[string]string{"外務大臣": "Minister for Foreign Affairs", "声明": "statement", "発表": "announcement",
		"会談": "talks", "出席": "attendance", "共和国": "republic"}
	first := BitextSegment{Doc: "b", Line: 1, JA: "外務大臣は声明を発表した。", EN: "The Minister for Foreign Affairs issued a statement."}
	tests := []postVariantCase{
		{name: "the title before the surname",
			second: BitextSegment{Doc: "b", Line: 2, JA: "森外務大臣は会談に出席した。", EN: "Foreign Minister Mori attended the talks."},
			want:   "Foreign Minister"},
		{name: "a two-kanji surname",
			second: BitextSegment{Doc: "b", Line: 2, JA: "会談には岩田外務大臣が出席した。", EN: "The talks were attended by Foreign Minister Iwata."},
			want:   "Foreign Minister"},
		{name: "near miss: no name after the title",
			second: BitextSegment{Doc: "b", Line: 2, JA: "森外務大臣は会談に出席した。", EN: "The Foreign Minister of Japan, Mr. Mori, attended the talks."},
			not:    "Foreign Minister"},
		{name: "near miss: a capitalized function word after the title",
			second: BitextSegment{Doc: "b", Line: 2, JA: "森外務大臣は会談に出席した。", EN: "Statement by Foreign Minister On the Talks attended."},
			not:    "Foreign Minister"},
		{name: "near miss: a longer compound before the post",
			second: BitextSegment{Doc: "b", Line: 2, JA: "共和国外務大臣は会談に出席した。", EN: "Republic Foreign Minister Ito attended the talks."},
			not:    "Foreign Minister"},
	}
	runPostVariants(t, dict, first, tests)
}

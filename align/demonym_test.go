package align

import "testing"

// TestDemonymBeforePost: a country's adjective that opens a person's title says the state
// the post belongs to, as a possessor does ("Japanese Minister of Defense Sato Ichiro" for
// 佐藤一郎防衛大臣): the post the Japanese names is the rendering, the adjective no part of
// it. Where the term names the state (日本国防衛大臣), the adjective renders it.
func TestDemonymBeforePost(t *testing.T) {
	dict := map[string]string{"防衛大臣": "Minister of Defense", "日本国": "Japan", "会合": "meeting", "出席": "attendance"}
	tests := []renderingCase{
		{name: "the post without the country's adjective", ja: "会合には佐藤一郎防衛大臣が出席した。",
			en:    "Japanese Minister of Defense Sato Ichiro attended the meeting.",
			modes: []string{"bitext"}, wantJA: "防衛大臣", wantEN: "Minister of Defense", notEN: "Japanese Minister of Defense"},
		{name: "near miss: the term names the state", ja: "会合には佐藤一郎日本国防衛大臣が出席した。",
			en:    "Japanese Minister of Defense Sato Ichiro attended the meeting.",
			modes: []string{"bitext"}, wantJA: "日本国防衛大臣", wantEN: "Japanese Minister of Defense"},
	}
	runRenderingCases(t, tests, dict)
}

// TestDemonym: the adjectives of the countries countryNames names, and words that are none.
func TestDemonym(t *testing.T) {
	tests := []struct {
		word string
		want bool
	}{
		{word: "Japanese", want: true},
		{word: "Australian", want: true},
		{word: "Philippine", want: true},
		{word: "Korean", want: true},
		{word: "Japan", want: false},
		{word: "Minister", want: false},
		{word: "japanese", want: false},
		{word: "Deputy", want: false},
	}
	for _, tc := range tests {
		if got := demonym(tc.word); got != tc.want {
			t.Errorf("demonym(%q) = %v, want %v", tc.word, got, tc.want)
		}
	}
}

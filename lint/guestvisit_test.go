package lint

import "testing"

// TestGuestCategory: ja → en, the host of a guest's protocol category (外務省 of 外務省賓客)
// is rendered where the English gives the kind of the guest's visit; a translation that
// says nothing of a visit, or the host named otherwise than as a guest's, still needs it.
func TestGuestCategory(t *testing.T) {
	l := defaultLinter(t)
	for _, tc := range []struct {
		name string
		ja   string
		en   string
		want string
	}{
		{name: "a working visit",
			ja: "外務省賓客として訪日中の事務総長が総理を表敬した。", en: "The Secretary General, who is paying a working visit to Japan, called on the Prime Minister."},
		{name: "visiting",
			ja: "外務省賓客として訪日中の大臣と会談した。", en: "He met the Minister, who is visiting Japan."},
		{name: "near miss: no visit in the English",
			ja: "外務省賓客として訪日中の大臣と会談した。", en: "He met the Minister in Tokyo.",
			want: "missing-term/ministry-of-foreign-affairs"},
		{name: "near miss: the ministry as an actor",
			ja: "外務省が大臣の訪日を発表した。", en: "The Government announced the Minister's visit to Japan.",
			want: "missing-term/ministry-of-foreign-affairs"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if g := rowFindings(t, l, "ja", "en", tc.ja, tc.en); g != tc.want {
				t.Errorf("findings %q, want %q", g, tc.want)
			}
		})
	}
}

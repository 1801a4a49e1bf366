package lint

import (
	"testing"

	"github.com/glossterm/gloss/glossary"
)

// TestNoteInsideEnglishName: ja → en, a short parenthetical note inside an English name
// ("Marine Corps Air Station (MCAS) Futenma") leaves the name whole; another name, a long
// note or a note that is not closed is no rendering.
func TestNoteInsideEnglishName(t *testing.T) {
	g, err := glossary.Parse([]byte(`gloss: 1
languages: [ja, en]
concepts:
  - id: mcas-futenma
    terms:
      ja: [普天間飛行場]
      en: [Marine Corps Air Station Futenma]
`), "notes.yaml")
	if err != nil {
		t.Fatal(err)
	}
	l, err := New(g, Options{})
	if err != nil {
		t.Fatal(err)
	}
	const ja = "普天間飛行場の継続的な使用を回避する。"
	for _, tc := range []struct{ name, en, want string }{
		{name: "an acronym inside the name", en: "It avoids the continued use of Marine Corps Air Station (MCAS) Futenma."},
		{name: "a note of two words", en: "It avoids the continued use of Marine Corps Air Station (Ginowan City) Futenma."},
		{name: "another name", en: "It avoids the continued use of Marine Corps Air Station (MCAS) Iwakuni.", want: "missing-term/mcas-futenma"},
		{name: "a note of many words", en: "It avoids the continued use of Marine Corps Air Station (in the middle of Ginowan City) Futenma.", want: "missing-term/mcas-futenma"},
		{name: "an acronym written against the name", en: "It avoids the continued use of Marine Corps Air Station(MCAS)Futenma."},
		{name: "an acronym written against the name's last word", en: "It avoids the continued use of Marine Corps Air Station(MCAS) Futenma."},
		{name: "another name after an acronym written against it", en: "It avoids the continued use of Marine Corps Air Station(MCAS)Iwakuni.", want: "missing-term/mcas-futenma"},
		{name: "the name dropped, an acronym written against a word", en: "It avoids the continued use of the station(MCAS) near the city.", want: "missing-term/mcas-futenma"},
		{name: "a note not closed", en: "It avoids the continued use of Marine Corps Air Station (MCAS Futenma.", want: "missing-term/mcas-futenma"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if g := rowFindings(t, l, "ja", "en", ja, tc.en); g != tc.want {
				t.Errorf("findings %q, want %q", g, tc.want)
			}
		})
	}
}

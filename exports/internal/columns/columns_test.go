package columns

import "testing"

func TestLangMapper(t *testing.T) {
	m := Mapper{Known: []string{"ja", "en"}}
	for in, want := range map[string]string{
		"ja": "ja", "ja-JP": "ja", "ja_JP": "ja", "JA": "ja", "Japanese": "ja", "en-US": "en", "EN-us": "en",
		"fr-FR": "fr-FR", "not a tag": "", "": "",
	} {
		if got := m.Map(in); got != want {
			t.Errorf("Map(%q) = %q, want %q", in, got, want)
		}
	}
}

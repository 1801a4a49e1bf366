package lint

import "testing"

// TestPartOfLongerName: a capitalized term right after a capitalized word that makes
// another name of it ("Deputy Assistant Secretary of Defense") is not the term, in either
// direction: the English source does not demand it, and an English translation does not
// render it. A country, its adjective or initials, or a possessive before it says whose
// the post is, and the term stays the term.
func TestPartOfLongerName(t *testing.T) {
	l := defaultLinter(t)
	for _, tc := range []struct{ name, src, tgt, srcText, tgtText, want string }{
		{name: "en → ja: a longer post is not demanded", src: "en", tgt: "ja",
			srcText: "Mr. Richard Johnson, Deputy Assistant Secretary of Defense for Policy, attended.",
			tgtText: "リチャード・ジョンソン国防次官補代理が出席した。"},
		{name: "en → ja: the post after a determiner is demanded", src: "en", tgt: "ja",
			srcText: "The minister met the Secretary of Defense.",
			tgtText: "大臣は国防次官補代理と会談した。", want: "missing-term/secretary-of-defense"},
		{name: "en → ja: a country's initials say whose the post is", src: "en", tgt: "ja",
			srcText: "The minister met the U.S. Secretary of Defense.",
			tgtText: "大臣はオースティン氏と会談した。", want: "missing-term/secretary-of-defense"},
		{name: "en → ja: a country's adjective says whose the post is", src: "en", tgt: "ja",
			srcText: "The minister met the Israeli Defense Minister.",
			tgtText: "大臣はイスラエルの担当者と会談した。", want: "missing-term/minister-of-defense"},
		{name: "en → ja: a country's acronym says whose the post is", src: "en", tgt: "ja",
			srcText: "The minister met the UAE Defense Minister.",
			tgtText: "大臣はアラブ首長国連邦の担当者と会談した。", want: "missing-term/minister-of-defense"},
		{name: "en → ja: a country's adjective glossed as such says whose the post is", src: "en", tgt: "ja",
			srcText: "The minister met the Philippine Defense Minister.",
			tgtText: "大臣はフィリピンの担当者と会談した。", want: "missing-term/minister-of-defense"},
		{name: "en → ja: a possessive says whose the post is", src: "en", tgt: "ja",
			srcText: "The minister met America's Secretary of Defense.",
			tgtText: "大臣は米国の担当者と会談した。", want: "missing-term/secretary-of-defense"},
		{name: "en → ja: a word that opens the sentence is no part of the name", src: "en", tgt: "ja",
			srcText: "Former Secretary of Defense, Mr. Perry, spoke.",
			tgtText: "ペリー氏が講演した。", want: "missing-term/secretary-of-defense"},
		{name: "en → ja: the longer post, then the post itself", src: "en", tgt: "ja",
			srcText: "The Deputy Secretary of Defense and the Secretary of Defense agreed.",
			tgtText: "国防副長官と担当者が会談した。", want: "missing-term/secretary-of-defense"},
		{name: "ja → en: a longer post does not render the post", src: "ja", tgt: "en",
			srcText: "国防長官は声明を発表した。",
			tgtText: "The Deputy Secretary of Defense issued a statement.", want: "missing-term/secretary-of-defense"},
		{name: "ja → en: the post with a country's initials renders it", src: "ja", tgt: "en",
			srcText: "国防長官は声明を発表した。",
			tgtText: "U.S. Secretary of Defense Austin issued a statement."},
		{name: "ja → en: the post beside a longer one renders it", src: "ja", tgt: "en",
			srcText: "国防長官は声明を発表した。",
			tgtText: "The Deputy Secretary of Defense and the Secretary of Defense issued a statement."},
		{name: "ja → en: a longer name's words still render another concept's term", src: "ja", tgt: "en",
			srcText: "「自由で開かれたインド太平洋」の実現に向けて",
			tgtText: "in pursuit of realizing a \"Free and Open Indo-Pacific,\""},
		{name: "ja → en: names before the posts in a list of delegates", src: "ja", tgt: "en",
			srcText: "ケリー国務長官 ヘーゲル国防長官",
			tgtText: "Secretary of State Kerry Secretary of Defense Hagel"},
		{name: "ja → en: a name before a classifier", src: "ja", tgt: "en",
			srcText: "ウォーレン空軍基地において協議を実施した。",
			tgtText: "The dialogue was held at F.E. Warren Air Force Base."},
		{name: "ja → en: a name the source writes before the classifier", src: "ja", tgt: "en",
			srcText: "ミノット空軍基地を訪問した。",
			tgtText: "He visited Minot Air Force Base."},
		{name: "ja → en: a capital letter alone labels a list's item", src: "ja", tgt: "en",
			srcText: "ア 平和、 イ 気候変動と防災の2分野を議論した。",
			tgtText: "They discussed two areas: A Peace, B Climate Change and Disaster Prevention."},
		{name: "en → ja: a capital letter alone labels a list's item", src: "en", tgt: "ja",
			srcText: "The areas are A Peace and B Climate Change.",
			tgtText: "分野は ア 平和と イ 防災である。", want: "missing-term/climate-change"},
		{name: "near miss: ja → en: a word before the term makes a longer name", src: "ja", tgt: "en",
			srcText: "国防長官は声明を発表した。",
			tgtText: "The Under Secretary of Defense issued a statement.", want: "missing-term/secretary-of-defense"},
		{name: "near miss: ja → en: a name the source does not write", src: "ja", tgt: "en",
			srcText: "空軍基地を訪問した。",
			tgtText: "He visited Minot Air Force Base.", want: "missing-term/air-force-base"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if g := rowFindings(t, l, tc.src, tc.tgt, tc.srcText, tc.tgtText); g != tc.want {
				t.Errorf("findings %q, want %q", g, tc.want)
			}
		})
	}
}

// TestFieldOfOffice: en → ja, a capitalized term followed by "for" and a capitalized field
// ("Secretary of State for Defence") is another office's name and not demanded; a
// lowercase word, a possessive or initials after "for" leave the term demanded.
func TestFieldOfOffice(t *testing.T) {
	l := defaultLinter(t)
	for _, tc := range []struct{ name, en, ja, want string }{
		{name: "an office named by its field",
			en: "The Minister met the Secretary of State for Defence of the United Kingdom.", ja: "大臣は英国防大臣と会談した。"},
		{name: "a field of several words",
			en: "He met the Secretary of State for Foreign, Commonwealth and Development Affairs.", ja: "彼は英外務・英連邦・開発相と会談した。"},
		{name: "near miss: a lowercase word after for",
			en: "The Minister met the Secretary of State for the first time.", ja: "大臣は初めて英国防大臣と会談した。", want: "missing-term/secretary-of-state"},
		{name: "near miss: a possessive after for",
			en: "The Minister thanked the Secretary of State for Japan's support.", ja: "大臣は英国防大臣に日本への支援を感謝した。", want: "missing-term/secretary-of-state"},
		{name: "near miss: the term alone",
			en: "The Minister met the Secretary of State.", ja: "大臣は英国防大臣と会談した。", want: "missing-term/secretary-of-state"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if g := rowFindings(t, l, "en", "ja", tc.en, tc.ja); g != tc.want {
				t.Errorf("findings %q, want %q", g, tc.want)
			}
		})
	}
}

// TestLongerNameConsistency: ja → en, a term inside a longer name renders another post, and
// counts for none of the term's renderings: "Secretary of War" in one row and "Deputy
// Secretary of Defense" in the next is one rendering of 国防長官, not two.
func TestLongerNameConsistency(t *testing.T) {
	l := defaultLinter(t)
	for _, tc := range []struct {
		name string
		rows []string // ja<TAB>en
		want string
	}{
		{name: "the term inside a longer post beside its other rendering",
			rows: []string{"国防長官が来日した。\tThe Secretary of War visited Japan.",
				"国防長官は国防副長官と会談した。\tThe Secretary of War met the Deputy Secretary of Defense."}},
		{name: "near miss: the term itself beside its other rendering",
			rows: []string{"国防長官が来日した。\tThe Secretary of War visited Japan.",
				"国防長官は声明を発表した。\tThe Secretary of Defense issued a statement."},
			want: "inconsistent-term/secretary-of-defense"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if g := rowsFindings(t, l, "ja", "en", tc.rows); g != tc.want {
				t.Errorf("findings %q, want %q", g, tc.want)
			}
		})
	}
}

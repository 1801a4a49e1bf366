package lint

import (
	"testing"

	"github.com/glossterm/gloss/glossary"
)

// TestImpliedByTitle: a department, or a superior's post, that one language gives as the
// affiliation of an official's post and the other leaves to the title's field (国防 of
// 国防次官補代理) is rendered; a department named on its own, a title of another field or
// no title at all still leaves it missing.
func TestImpliedByTitle(t *testing.T) {
	l := defaultLinter(t)
	for _, tc := range []struct{ name, src, tgt, srcText, tgtText, want string }{
		{name: "en → ja: the post's bodies in apposition", src: "en", tgt: "ja",
			srcText: "Mr. Richard Johnson, Deputy Assistant Secretary of Defense for Policy, Office of the Secretary of Defense, Department of Defense, attended.",
			tgtText: "リチャード・ジョンソン国防次官補代理が出席した。"},
		{name: "en → ja: the department on its own", src: "en", tgt: "ja",
			srcText: "The Department of Defense announced the plan.",
			tgtText: "国防次官補代理が計画を発表した。", want: "missing-term/department-of-defense"},
		{name: "en → ja: a title of another field", src: "en", tgt: "ja",
			srcText: "Mr. Johnson, Deputy Assistant Secretary of Defense, Department of Defense, attended.",
			tgtText: "ジョンソン国務次官補代理が出席した。", want: "missing-term/department-of-defense"},
		{name: "en → ja: the field without a title", src: "en", tgt: "ja",
			srcText: "Mr. Johnson, Deputy Assistant Secretary of Defense, Department of Defense, attended.",
			tgtText: "国防予算の担当者ジョンソン氏が出席した。", want: "missing-term/department-of-defense"},
		{name: "ja → en: the department rendered by a deprecated name", src: "ja", tgt: "en",
			srcText: "ジョンソン国防総省次官補代理が出席した。",
			tgtText: "Mr. Johnson, Deputy Assistant Secretary of Defense, Ministry of War, attended.", want: "deprecated-term/department-of-defense"},
		{name: "ja → en: the department with the post's title", src: "ja", tgt: "en",
			srcText: "ジョンソン国防総省次官補代理が出席した。",
			tgtText: "Mr. Johnson, Deputy Assistant Secretary of Defense, attended."},
		{name: "ja → en: the department on its own", src: "ja", tgt: "en",
			srcText: "国防総省は計画を発表した。",
			tgtText: "The Deputy Assistant Secretary of Defense announced the plan.", want: "missing-term/department-of-defense"},
		{name: "ja → en: a post of another field", src: "ja", tgt: "en",
			srcText: "ジョンソン国防総省次官補代理が出席した。",
			tgtText: "Mr. Johnson, Deputy Assistant Secretary of State, attended.", want: "missing-term/department-of-defense"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if g := rowFindings(t, l, tc.src, tc.tgt, tc.srcText, tc.tgtText); g != tc.want {
				t.Errorf("findings %q, want %q", g, tc.want)
			}
		})
	}
}

// ministryDict has the EDICT glosses of the words TestMinistryInTitle's translations use.
var ministryDict = map[string][]string{
	"防衛": {"defense", "defence", "protection"},
	"大臣": {"minister", "noble", "cabinet minister"},
}

// TestMinistryInTitle: en → ja, a ministry given in apposition after an official's post
// is rendered by the title that carries its field (外務報道官 for "the Press Secretary,
// Ministry of Foreign Affairs"), also where a noun follows the title in one word
// (外務報道官談話, "Statement by the Press Secretary"); a post "of the" ministry is a
// paraphrase (防衛大臣 for "the Minister of the Ministry of Defense"); the field on another
// noun, a ministry with no post before it and a ministry named apart from the post are
// missing.
func TestMinistryInTitle(t *testing.T) {
	g, err := glossary.Default()
	if err != nil {
		t.Fatal(err)
	}
	l, err := New(g, Options{NoteParaphrases: true, Glosses: dictGlosses(ministryDict)})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ name, en, ja, want string }{
		{name: "the title with a noun after it in one word",
			en: "Statement by the Press Secretary, Ministry of Foreign Affairs, on the Earthquake", ja: "外務報道官談話 地震について"},
		{name: "the title as the subject",
			en: "The Press Secretary, Ministry of Foreign Affairs, attended the meeting.", ja: "外務報道官が会合に出席した。"},
		{name: "another title of the same field",
			en: "The Minister, Ministry of Foreign Affairs, attended the meeting.", ja: "外務大臣が会合に出席した。"},
		{name: "the ministry after the post and of the",
			en: "The Minister of the Ministry of Defense visited the base.", ja: "防衛大臣は基地を訪問した。",
			want: "info/paraphrased-term/ministry-of-defense"},
		{name: "near miss: the field on another noun is not the post",
			en: "Statement by the Press Secretary, Ministry of Foreign Affairs, on the Earthquake", ja: "外務当局の談話 地震について",
			want: "error/missing-term/ministry-of-foreign-affairs"},
		{name: "near miss: the ministry with no post before it",
			en: "The Ministry of Foreign Affairs hosted the meeting.", ja: "外務大臣が会合を主催した。",
			want: "error/missing-term/ministry-of-foreign-affairs"},
		{name: "near miss: the ministry named apart from the post",
			en: "The Press Secretary said the officials of the Ministry of Foreign Affairs would attend.", ja: "外務報道官は、職員が出席すると述べた。",
			want: "error/missing-term/ministry-of-foreign-affairs"},
		{name: "the ministry dropped altogether",
			en: "Statement by the Press Secretary, Ministry of Foreign Affairs, on the Earthquake", ja: "報道官談話 地震について",
			want: "error/missing-term/ministry-of-foreign-affairs"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := rowsSeverities(t, l, "en", "ja", []string{tc.en + "\t" + tc.ja}); got != tc.want {
				t.Errorf("en → ja findings = %q, want %q", got, tc.want)
			}
		})
	}
}

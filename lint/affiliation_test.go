package lint

import "testing"

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

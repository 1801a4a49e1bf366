package lint

import "testing"

// TestMeetingNamesSubject: a term in the subject of a meeting's name (北朝鮮に関する…会合,
// "Meeting on … the Korean Peninsula") is rendered by the translation's name of the
// meeting where that names its own subject; a term outside a meeting's name, or a
// translation that names no meeting by a subject, or either side naming two, still needs
// the term.
func TestMeetingNamesSubject(t *testing.T) {
	l := defaultLinter(t)
	const (
		jaName = "外相は北朝鮮に関する関係国会議に出席した。"
		enName = "The minister attended the Vancouver Conference on the Korean Peninsula."
	)
	runJaEn(t, l, []jaEnCase{
		{name: "ja → en: the English names the meeting's subject otherwise", ja: jaName, en: enName},
		{name: "ja → en: a noun after the meeting's name", ja: "外相は北朝鮮に関する関係国外相会合出席のため訪問した。", en: "The minister visited to attend the Foreign Ministers' Meeting on Regional Security."},
		{name: "en → ja: the Japanese names the meeting's subject otherwise", ja: jaName, en: enName, enja: true},
		{name: "near miss ja → en: no meeting named in English", ja: jaName, en: "The minister attended a conference in the region.", want: "missing-term/north-korea"},
		{name: "near miss ja → en: the term is no meeting's subject", ja: "外相は北朝鮮に関する声明を発表し、関係国会合に出席した。", en: "The minister issued a statement and attended the Meeting on Regional Security.", want: "missing-term/north-korea"},
		{name: "near miss en → ja: the term outside the name", ja: "外相は北朝鮮に関する会議で議論した。", en: "The minister discussed the Korean Peninsula at the Conference on Regional Security.", enja: true, want: "missing-term/korean-peninsula"},
		{name: "near miss en → ja: the Japanese names no subject", ja: "外相は関係国会議に出席した。", en: enName, enja: true, want: "missing-term/korean-peninsula"},
		{name: "near miss ja → en: a second meeting named by its subject", ja: "外相は北朝鮮に関する関係国会議に出席し、海洋安全保障に関する会議も開いた。", en: "The minister attended a meeting and held the Conference on Maritime Security.", want: "missing-term/north-korea"},
		{name: "near miss en → ja: the translation names two meetings by subject", ja: "外相は中東に関する会議に出席し、海洋に関する会議で発言した。", en: "The minister attended the Conference on the Korean Peninsula and spoke.", enja: true, want: "missing-term/korean-peninsula"},
		{name: "omission en → ja: the term dropped, no meeting's name", ja: "外相は会議に出席した。", en: "The minister attended a conference on the Korean Peninsula.", enja: true, want: "missing-term/korean-peninsula"},
	})
}

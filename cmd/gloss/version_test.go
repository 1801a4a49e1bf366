package main

import "testing"

func TestBuildInfoString(t *testing.T) {
	for _, tc := range []struct {
		name string
		b    buildInfo
		want string
	}{
		{"release", buildInfo{Version: "v1.2.0", Go: "go1.26.0", Platform: "linux/amd64"},
			"gloss v1.2.0 go1.26.0 linux/amd64"},
		{"clone", buildInfo{Version: "v1.2.1-0.20260102030405-0123456789ab", Revision: "0123456789abcdef0123", Time: "2026-01-02T03:04:05Z", Go: "go1.26.0", Platform: "darwin/arm64"},
			"gloss v1.2.1-0.20260102030405-0123456789ab (rev 0123456789ab, 2026-01-02T03:04:05Z) go1.26.0 darwin/arm64"},
		{"uncommitted changes", buildInfo{Version: "devel", Revision: "0123456789abcdef", Modified: true, Go: "go1.26.0", Platform: "windows/amd64"},
			"gloss devel (rev 0123456789ab+dirty) go1.26.0 windows/amd64"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.b.String(); got != tc.want {
				t.Errorf("got  %q\nwant %q", got, tc.want)
			}
		})
	}
}

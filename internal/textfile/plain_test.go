package textfile

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/encoding/japanese"
)

func TestDecodePlain(t *testing.T) {
	sjis, _ := japanese.ShiftJIS.NewEncoder().String("拡大抑止を強化する。統合抑止も重要である。")
	tests := []struct {
		name string
		data string
		want string // substring of the error; "" for success
	}{
		{"utf8", "拡大抑止", ""},
		{"bom crlf", "\uFEFF拡大\r\n抑止", ""},
		{"shift_jis", sjis, "Shift_JIS"},
		{"binary", "PK\x03\x04\x00\x00", "binary"},
		{"controls", strings.Repeat("\x01\x02\x03", 100), "binary"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := DecodePlain("f.txt", []byte(tc.data))
			switch {
			case tc.want == "" && err != nil:
				t.Errorf("unexpected error %v", err)
			case tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want)):
				t.Errorf("error %v, want one mentioning %q", err, tc.want)
			}
		})
	}
}

func TestReadPlainTooLarge(t *testing.T) {
	p := filepath.Join(t.TempDir(), "big.txt")
	f, err := os.Create(p)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(PlainLimit + 1); err != nil {
		t.Fatal(err)
	}
	f.Close()
	_, err = ReadPlain(p)
	if err == nil || !strings.Contains(err.Error(), "larger than") {
		t.Errorf("ReadPlain of a %d-byte file: %v", PlainLimit+1, err)
	}
}

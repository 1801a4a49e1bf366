package xmlx

import (
	"encoding/xml"
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/glossterm/gloss"
	"github.com/glossterm/gloss/internal/textfile"
)

// TestEncodingXMLDoesNotExpandEntities pins the property the readers rely on:
// encoding/xml never expands an entity declared in a DOCTYPE, so an entity-expansion bomb
// cannot grow; it fails on the first reference to one.
func TestEncodingXMLDoesNotExpandEntities(t *testing.T) {
	const bomb = `<!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><r>&b;</r>`
	d := xml.NewDecoder(strings.NewReader(bomb))
	var err error
	for err == nil {
		_, err = d.Token()
	}
	if err == io.EOF || !strings.Contains(err.Error(), "invalid character entity &b;") {
		t.Errorf("encoding/xml: %v; want it to refuse the undeclared-to-it entity &b;", err)
	}
	_, err = NewDecoderBytes([]byte(bomb), "bomb.xml").Token()
	if err == nil || !strings.Contains(err.Error(), "bomb.xml:1:1: the DOCTYPE declares entities") {
		t.Errorf("Decoder: %v", err)
	}
}

func TestXMLText(t *testing.T) {
	for _, tc := range []struct {
		in, want string
		clean    bool
	}{
		{in: "plain", want: "plain", clean: true},
		{in: `Tom & "Jerry" <b>`, want: `Tom &amp; "Jerry" &lt;b&gt;`, clean: true},
		{in: "bell\x07 and \xff byte", want: "bell and  byte", clean: false},
		{in: "tab\tnew\nline", want: "tab\tnew\nline", clean: true},
		{in: "置換文字\uFFFDはそのまま", want: "置換文字\uFFFDはそのまま", clean: true},
	} {
		got, clean := EscapeText(tc.in)
		if got != tc.want || clean != tc.clean {
			t.Errorf("EscapeText(%q) = %q, %v; want %q, %v", tc.in, got, clean, tc.want, tc.clean)
		}
	}
	if got := EscapeAttr("a\"b\nc"); got != "a&quot;b&#10;c" {
		t.Errorf("EscapeAttr: %q", got)
	}
}

func TestCapped(t *testing.T) {
	c := textfile.Limit(strings.NewReader("<a>0123456789</a>"), "big.xml", textfile.Kind{Name: "test", Plural: "tests", Limit: 8})
	d := newDecoder(c, "big.xml")
	var err error
	for err == nil {
		_, err = d.Token()
	}
	if !strings.Contains(err.Error(), "big.xml:1:") || !strings.Contains(err.Error(), "larger than") || !errors.Is(err, gloss.ErrTooLarge) {
		t.Errorf("error %v, want the size limit", err)
	}
}

package lint

import (
	"path/filepath"
	"strings"
)

// isMarkdown reports a Markdown file by its extension.
func isMarkdown(file string) bool {
	switch strings.ToLower(filepath.Ext(file)) {
	case ".md", ".markdown", ".mdown", ".mkd":
		return true
	}
	return false
}

// mask blanks the parts of a paragraph that are not prose, byte for byte with spaces so
// that offsets do not move: URLs always; in Markdown also inline code spans, HTML comments
// and link destinations. Terms inside them are neither required nor reported.
func mask(p string, markdown bool) string {
	if !strings.Contains(p, "http") && (!markdown || !strings.ContainsAny(p, "`<]")) {
		return p
	}
	b := []byte(p)
	blank := func(i, j int) {
		for k := i; k < j && k < len(b); k++ {
			if b[k] != '\n' {
				b[k] = ' '
			}
		}
	}
	if markdown {
		for i := 0; i < len(p); {
			k := strings.Index(p[i:], "<!--")
			if k < 0 {
				break
			}
			e := strings.Index(p[i+k:], "-->")
			if e < 0 {
				blank(i+k, len(p))
				break
			}
			blank(i+k, i+k+e+3)
			i += k + e + 3
		}
		for i := 0; i < len(p); {
			if p[i] != '`' {
				i++
				continue
			}
			n := 0
			for i+n < len(p) && p[i+n] == '`' {
				n++
			}
			fence := p[i : i+n]
			j := i + n
			closed := -1
			for j < len(p) {
				k := strings.Index(p[j:], fence)
				if k < 0 {
					break
				}
				k += j
				m := 0
				for k+m < len(p) && p[k+m] == '`' {
					m++
				}
				if m == n {
					closed = k
					break
				}
				j = k + m
			}
			if closed < 0 {
				i += n
				continue
			}
			blank(i, closed+n)
			i = closed + n
		}
		for i := 0; i < len(p); {
			k := strings.Index(p[i:], "](")
			if k < 0 {
				break
			}
			s := i + k + 2
			e := strings.IndexByte(p[s:], ')')
			if e < 0 {
				break
			}
			blank(s, s+e)
			i = s + e
		}
	}
	for _, scheme := range []string{"https://", "http://"} {
		for i := 0; i < len(p); {
			k := strings.Index(p[i:], scheme)
			if k < 0 {
				break
			}
			s := i + k
			e := s
			for e < len(p) && !strings.ContainsRune(" \t\n)>」）\"'", rune(p[e])) && p[e] < 0x80 {
				e++
			}
			blank(s, e)
			i = max(e, s+1)
		}
	}
	return string(b)
}

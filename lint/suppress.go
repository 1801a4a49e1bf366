package lint

import (
	"bytes"
	"strings"
)

// region is a range of lines where some rules or concepts are off.
type region struct {
	from, to int      // 1-based lines, inclusive
	names    []string // rules or concept ids; empty means everything
}

// inlineRegions reads gloss-disable / gloss-enable / gloss-disable-line /
// gloss-disable-next-line comments in any comment syntax (<!-- -->, #, //, /* */).
// Names after the keyword, separated by spaces or commas, are rule ids or concept ids;
// none means every rule. A gloss-disable without a matching gloss-enable runs to the end
// of the file.
func inlineRegions(content []byte) []region {
	if !bytes.Contains(content, []byte("gloss-")) {
		return nil
	}
	var rs regionScan
	lines := strings.Split(string(content), "\n")
	for i, line := range lines {
		rs.add(i+1, line)
	}
	return rs.regions(len(lines))
}

// regionScan reads the suppression comments of a file line by line, as inlineRegions.
type regionScan struct {
	out  []region
	open map[string]int // key of the names → line where disabled
}

// add reads line n (1-based, without its '\n').
func (rs *regionScan) add(n int, line string) {
	if !strings.Contains(line, "gloss-") {
		return
	}
	if rs.open == nil {
		rs.open = map[string]int{}
	}
	for _, kw := range []string{"gloss-disable-next-line", "gloss-disable-line", "gloss-disable", "gloss-enable"} {
		k := strings.Index(line, kw)
		if k < 0 {
			continue
		}
		rest := line[k+len(kw):]
		if rest != "" && rest[0] != ' ' && rest[0] != ':' && rest[0] != '\t' && !strings.HasPrefix(rest, "-->") && !strings.HasPrefix(rest, "*/") {
			continue // a longer keyword
		}
		names := parseNames(rest)
		key := strings.Join(names, ",")
		switch kw {
		case "gloss-disable-next-line":
			rs.out = append(rs.out, region{n + 1, n + 1, names})
		case "gloss-disable-line":
			rs.out = append(rs.out, region{n, n, names})
		case "gloss-disable":
			if _, ok := rs.open[key]; !ok {
				rs.open[key] = n
			}
		case "gloss-enable":
			if from, ok := rs.open[key]; ok {
				rs.out = append(rs.out, region{from, n, names})
				delete(rs.open, key)
			}
		}
		break
	}
}

// regions returns the regions of a file of that many lines; a gloss-disable without a
// matching gloss-enable runs to its end.
func (rs *regionScan) regions(lines int) []region {
	out := rs.out
	for key, from := range rs.open {
		var names []string
		if key != "" {
			names = strings.Split(key, ",")
		}
		out = append(out, region{from, lines, names})
	}
	return out
}

func parseNames(s string) []string {
	s = strings.TrimPrefix(s, ":")
	for _, end := range []string{"-->", "*/"} {
		if i := strings.Index(s, end); i >= 0 {
			s = s[:i]
		}
	}
	f := strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == ',' || r == '\t' || r == '\r' })
	for i := range f {
		f[i] = strings.Clone(f[i]) // a line read through a window is not kept (window.recycle)
	}
	return f
}

// applyInline drops findings inside a disabled region.
func applyInline(content []byte, fs []Finding) []Finding {
	return applyRegions(inlineRegions(content), fs)
}

// applyRegions drops findings inside the disabled regions regs.
func applyRegions(regs []region, fs []Finding) []Finding {
	if len(regs) == 0 {
		return fs
	}
	out := fs[:0]
	for _, f := range fs {
		off := false
		for _, r := range regs {
			if f.Line >= r.from && f.Line <= r.to && (len(r.names) == 0 || ignored(r.names, f.Rule, f.Concept)) {
				off = true
				break
			}
		}
		if !off {
			out = append(out, f)
		}
	}
	return out
}

// parseIgnoreNote reads a per-segment suppression from a note or comment:
// "gloss-ignore" alone suppresses every rule, "gloss-ignore: RULE-OR-CONCEPT …" the
// ones named. It returns nil when the note is not a suppression.
func parseIgnoreNote(note string) []string {
	k := strings.Index(note, "gloss-ignore")
	if k < 0 {
		return nil
	}
	names := parseNames(note[k+len("gloss-ignore"):])
	if len(names) == 0 {
		return []string{"*"}
	}
	return names
}

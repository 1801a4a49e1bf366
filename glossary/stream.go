package glossary

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

// Reading a large glossary for validation, one concept at a time, where [parseEach] would
// parse the whole file as one YAML tree (about 12 times its size, 20 times and more with
// the model): a concepts list with comment lines, a list in flow style
// ("concepts: [{id: a, …}, …]"), or an entry that is not a YAML document of its own (a
// syntax error, a quoted value that runs on over the next entry). Validation needs neither
// the comments nor the tree of the whole file, so [ValidateData] reads such a file with
// streamEach: each entry parsed alone, or with the entries that follow it when it cannot be,
// and a syntax error reported where the parser meets it with what follows the entry, as the
// whole file's parse reports it.

// streamEach is [parseEach] for validation: it hands each concept of data to each, or
// records the syntax error that stops reading in ps, and returns true; it returns false,
// having handed nothing, when the file is to be parsed whole (a layout it does not split,
// an alias to an anchor of another entry, a problem in the head), which ps then holds
// nothing of.
func streamEach(data []byte, ps *problems, start func(*Glossary), each func(*Concept)) bool {
	head, items, ok := splitLoose(data)
	flow := false
	if !ok {
		if head, items, ok = splitFlow(data); !ok {
			return false
		}
		flow = true
	}
	var hp problems
	hp.file = ps.file
	doc, ok := parseYAML(head, &hp)
	if !ok {
		return false
	}
	d := decoder{ps: ps}
	g := d.glossary(doc)
	if len(ps.list) > 0 {
		ps.list = nil
		return false
	}
	if start != nil {
		start(g)
	}
	var fast fastReader
	for k := 0; k < len(items); {
		it := items[k]
		if !flow {
			if item, ok := fast.item(it.text, it.line); ok {
				each(d.concept(item))
				k++
				continue
			}
		}
		nodes, next, stop, whole := streamWindow(data, items, k, flow, ps.file)
		switch {
		case whole:
			return false
		case stop != nil:
			ps.list = append(ps.list, *stop)
			return true
		}
		for _, n := range nodes {
			each(d.concept(n))
		}
		k = next
	}
	return true
}

// streamWindowMax bounds the text streamWindow parses at once when entries cannot be read
// alone: its tree takes about 12 times its size.
var streamWindowMax = 4 << 20

// streamWindow parses items[k] alone and, when it is not a YAML document of its own, with
// the items that follow it, twice as many at each try, until the text parses (nodes are
// its entries; next the item after them), or the parser's error lies before the last item
// of the text, so that no text after it can change it, or the text reaches the end of the
// file or streamWindowMax (stop is the syntax error then, at its line in the file). whole
// is true for an error that the whole file might not have: an alias to an anchor defined
// in another entry.
func streamWindow(data []byte, items []chunk, k int, flow bool, file string) (nodes []*yaml.Node, next int, stop *Problem, whole bool) {
	for n := 1; ; n *= 2 {
		end := min(k+n, len(items))
		first, last := items[k], items[end-1]
		from := cap(data) - cap(first.text)
		to := cap(data) - cap(last.text) + len(last.text)
		src, shift := itemSource(data, from, to, first.line, flow)
		var err error
		if nodes, err = parseItems(src, shift); err == nil {
			return nodes, end, nil, false
		}
		if strings.Contains(err.Error(), "unknown anchor") {
			return nil, 0, nil, true
		}
		p := syntaxProblem(err, src, file)
		p.Line += shift
		p.Pos.Line = p.Line
		if p.Line <= last.line || end == len(items) || to-from >= streamWindowMax {
			return nil, 0, &p, false
		}
	}
}

// itemSource returns the YAML text that holds the entries of the concepts list in
// data[from:to], whose first line is line first+1 of the file, and what to add to its line
// numbers for the file's. Block entries are the text as it is. Flow entries (the text of
// each and the commas between them) are put in a flow sequence, the first entry as far
// from the start of its line as in the file, so that the columns are the file's.
func itemSource(data []byte, from, to, first int, flow bool) (src []byte, shift int) {
	if !flow {
		return data[from:to], first
	}
	col := utf8.RuneCount(data[bytes.LastIndexByte(data[:from], '\n')+1 : from])
	src = make([]byte, 0, 2+col+to-from+2)
	src = append(src, "[\n"...)
	src = append(src, bytes.Repeat([]byte(" "), col)...)
	src = append(src, data[from:to]...)
	src = append(src, "\n]"...)
	return src, first - 1
}

// parseItems parses src, entries of the concepts list (itemSource), and returns their
// nodes with shift added to their lines. Comments are let be: validation does not read
// them.
func parseItems(src []byte, shift int) ([]*yaml.Node, error) {
	var n yaml.Node
	if err := yaml.Unmarshal(src, &n); err != nil {
		return nil, err
	}
	if len(n.Content) != 1 || n.Content[0].Kind != yaml.SequenceNode {
		return nil, errNotEntries
	}
	out := n.Content[0].Content
	for _, c := range out {
		shiftLines(c, shift)
	}
	return out, nil
}

// errNotEntries is the error of a text that parses, but not as entries of a list.
var errNotEntries = yamlError("yaml: line 1: the concepts are not a list here")

type yamlError string

func (e yamlError) Error() string { return string(e) }

// splitLoose is [splitConcepts] for validation: a comment line in the concepts list, or
// after "concepts:", is let be (it belongs to no entry that validation reads), and the list
// may end with lines that hold nothing ("..." or "---" alone, blank lines, comments).
func splitLoose(data []byte) (head []byte, items []chunk, ok bool) {
	return splitList(data, true)
}

// blankOrComment reports whether the rest of a line holds nothing but spaces and a comment.
func blankOrComment(rest []byte) bool {
	t := bytes.TrimLeft(rest, " \t")
	return len(t) == 0 || t[0] == '#' && len(t) < len(rest)
}

// splitFlow splits a glossary whose concepts list is in flow style, "concepts: [" on a
// line of its own at the top level and the list's "]" closing it: the head is the text
// before that line and "concepts:", each chunk an entry of the list with the comma after
// it (the text from the end of the previous entry), its line the line the chunk starts on
// less one. ok is false for anything else: the list's brackets or quotes do not close,
// or text follows the list.
func splitFlow(data []byte) (head []byte, items []chunk, ok bool) {
	if hasLoneCR(data) {
		return nil, nil, false
	}
	line, lineStart, start := 0, 0, -1
	for off := 0; off < len(data); line++ {
		end := bytes.IndexByte(data[off:], '\n')
		if end < 0 {
			end = len(data) - off
		}
		l := data[off : off+end]
		if rest, ok := bytes.CutPrefix(l, []byte("concepts:")); ok {
			if t := bytes.TrimLeft(rest, " "); len(t) > 0 && t[0] == '[' && len(t) < len(rest) {
				lineStart, start = off, off+len("concepts:")+(len(rest)-len(t))+1
				break
			}
			return nil, nil, false
		}
		off += end + 1
	}
	if start < 0 {
		return nil, nil, false
	}
	head = append(append([]byte{}, data[:lineStart]...), "concepts:\n"...)
	// Scan the list: depth counts the brackets and braces open inside it, quotes and
	// comments are skipped; an entry ends at a comma or the "]" at depth 0.
	depth, from, fromLine := 0, start, line
	entry := false // the current entry has text
	ended := false // the current entry is a collection that has closed: a comma or "]" must follow
	closed := false
	i := start
	for ; i < len(data) && !closed; i++ {
		if c := data[i]; ended {
			switch {
			case c == ' ', c == '\t', c == '\r', c == '\n', c == ',', c == ']':
			case c == '#' && (data[i-1] == ' ' || data[i-1] == '\t' || data[i-1] == '\n'):
			default:
				return nil, nil, false // text after a closed entry: left to the whole parse, which reports it
			}
		}
		switch c := data[i]; c {
		case '\n':
			line++
		case ' ', '\t', '\r':
		case '#':
			if i > 0 && (data[i-1] == ' ' || data[i-1] == '\t' || data[i-1] == '\n') {
				j := bytes.IndexByte(data[i:], '\n')
				if j < 0 {
					return nil, nil, false
				}
				i += j - 1
			} else {
				// a "#" with no blank before it: part of a plain scalar, or, after a flow
				// indicator, a comment to the parser: left to the whole parse
				return nil, nil, false
			}
		case '"', '\'':
			if !scalarStart(data, start, i) {
				entry = true
				break
			}
			j := closeQuote(data, i)
			if j < 0 {
				return nil, nil, false
			}
			line += bytes.Count(data[i:j], []byte("\n"))
			i = j
			entry = true
		case '[', '{':
			depth++
			entry = true
		case ']', '}':
			if depth > 0 {
				depth--
				ended = depth == 0
				break
			}
			if c == '}' {
				return nil, nil, false
			}
			closed = true
			fallthrough
		case ',':
			if depth > 0 {
				break
			}
			if entry {
				items = append(items, chunk{line: fromLine, text: data[from:i]})
			}
			from, fromLine, entry, ended = i+1, line, false, false
		default:
			entry = true
		}
	}
	if !closed || len(items) == 0 || !blankOrCommentLines(data[i:]) {
		return nil, nil, false
	}
	return head, items, true
}

// scalarStart reports whether a quote at data[i] opens a quoted scalar in a flow
// collection: the last character before it that is not a space is "[", "{", "," or ":"
// (or it is the first of the list, which starts at data[start]); else it is part of a plain
// scalar (the Alliance's).
func scalarStart(data []byte, start, i int) bool {
	for j := i - 1; j >= start; j-- {
		switch data[j] {
		case ' ', '\t', '\n', '\r':
			continue
		case '[', '{', ',', ':', '?':
			return true
		}
		return false
	}
	return true
}

// closeQuote returns the offset of the quote that closes the one at data[i], or -1.
func closeQuote(data []byte, i int) int {
	q := data[i]
	for j := i + 1; j < len(data); j++ {
		switch {
		case q == '"' && data[j] == '\\':
			j++
		case data[j] == q && q == '\'' && j+1 < len(data) && data[j+1] == '\'':
			j++
		case data[j] == q:
			return j
		}
	}
	return -1
}

// blankOrCommentLines reports whether text holds nothing but blank lines and comments.
func blankOrCommentLines(text []byte) bool {
	for _, l := range bytes.Split(text, []byte("\n")) {
		if t := bytes.TrimLeft(l, " \t\r"); len(t) > 0 && t[0] != '#' {
			return false
		}
	}
	return true
}

package align

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/glossterm/gloss/internal/lexicon"
	"github.com/glossterm/gloss/internal/textnorm"
)

// EvPremodified is the evidence of premodifiedVariants.
const EvPremodified = "premodified" // a name "Head of/for Complement" said in an aligned segment as "Complement Head"

// premodifiedVariants proposes the other form a segment gives a term whose rendering is a
// name with its head first and a complement after for or of (外務大臣 = Minister for
// Foreign Affairs): English also says such a name in the other word order and shorter,
// the complement's words before the head as premodifiers ("foreign ministers", "the
// Foreign Minister"), where a translation speaks of the holders rather than naming the
// office. In an aligned segment where the term stands as a whole term and the established
// rendering is not written, the words right before the head (its plural too) that are all
// words of the complement are that segment's rendering. Review: one segment's form, a
// variant of the established name. A term no pair names so yet takes its dictionary's name
// (see dictNames); a term that opens a longer compound takes the form where the English
// writes it as a title before a name the Japanese leaves out (see unwrittenName).
func (r *run) premodifiedVariants() {
	if len(r.bitext) == 0 {
		return
	}
	// the renderings of several words with a for/of complement that a translation or the
	// dictionary gives each term
	named := map[string][]string{}
	keys := make([]string, 0, len(r.pairs))
	for k := range r.pairs {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		p := r.pairs[k]
		if !slices.ContainsFunc(p.Evidence, func(e Evidence) bool {
			return e.Type == EvCompositional || e.Type == EvDictPhrase || e.Type == EvParallel
		}) {
			continue
		}
		if _, _, ok := headComplement(p.EN); ok {
			jk := textnorm.Key(p.JA)
			named[jk] = append(named[jk], p.EN)
		}
	}
	dict := map[string][]string{} // dictNames by term key, looked up once
	for i, seg := range r.bitext {
		lower := strings.ToLower(seg.EN)
		for _, c := range r.segJA[i].chunks {
			jc := r.ja[c.key]
			if jc == nil {
				continue
			}
			names := named[c.key]
			if len(names) == 0 {
				ns, ok := dict[c.key]
				if !ok {
					ns = r.dictNames(jc)
					dict[c.key] = ns
				}
				names = ns
			}
			if len(names) == 0 {
				continue
			}
			standing := freeStanding(seg.JA, jc.text)
			opening := !standing && opensCompound(seg.JA, jc.text)
			if !standing && !opening && !surnameBefore(seg.JA, jc.text) {
				continue
			}
			written := false
			for _, n := range names {
				written = written || strings.Contains(lower, strings.ToLower(n))
			}
			if written {
				continue // the segment names it the established way
			}
			for _, n := range names {
				head, comp, _ := headComplement(n)
				for _, v := range premodified(seg.EN, head, comp) {
					if !standing && !titleBeforeName(seg.EN, v) {
						continue // (a surname before the post: the English title before the name)
					}
					if opening && !r.unwrittenName(i, seg.EN, v) {
						continue // (the term opens a compound: its title before a name the Japanese leaves out)
					}
					r.add(jc.text, v, Evidence{Type: EvPremodified, Doc: seg.Doc, Line: seg.Line, Quote: quote(seg.EN),
						Detail: "the complement's words before the head of " + n})
				}
			}
		}
	}
}

// headComplement splits a name of the shape "Head for|of Complement" (one head word, one
// to three complement words, capitalized as a name) into its head and complement words,
// in lower case.
func headComplement(en string) (head string, comp []string, ok bool) {
	w := strings.Fields(en)
	if len(w) < 3 || len(w) > 5 || w[1] != "for" && w[1] != "of" {
		return "", nil, false
	}
	for _, x := range append([]string{w[0]}, w[2:]...) {
		if !capitalized(x) || strings.ContainsAny(x, ",.;:()") {
			return "", nil, false
		}
	}
	for _, x := range w[2:] {
		comp = append(comp, strings.ToLower(x))
	}
	return strings.ToLower(w[0]), comp, true
}

// freeStanding reports whether ja writes term once at least as a compound of its own: no
// kanji or katakana written right before or after it, which would make it part of a
// longer word (a name before a post, 外務大臣会合).
func freeStanding(ja, term string) bool {
	return anyIndex(ja, term, func(i int) bool {
		before, _ := utf8.DecodeLastRuneInString(ja[:i])
		after, _ := utf8.DecodeRuneInString(ja[i+len(term):])
		return !compoundRune(before) && !compoundRune(after)
	})
}

// anyIndex reports whether ok holds at the byte offset of some occurrence of sub in s,
// the occurrences tried left to right, each after the end of the one before.
func anyIndex(s, sub string, ok func(i int) bool) bool {
	for from := 0; ; {
		i := strings.Index(s[from:], sub)
		if i < 0 {
			return false
		}
		i += from
		if ok(i) {
			return true
		}
		from = i + len(sub)
	}
}

// compoundRune reports whether r is written inside Japanese compounds: kanji or katakana.
func compoundRune(r rune) bool {
	return unicode.Is(unicode.Han, r) || unicode.Is(unicode.Katakana, r) || r == 'ー'
}

// premodified returns the spans of en that are one or more words of comp, each at most
// once, right before head or its plural, as en writes them. A head that an of or for
// phrase of capitalized words follows opens a longer name, another name than the term's
// ("the Japan Bank for International Cooperation" beside "Bank of Japan").
func premodified(en, head string, comp []string) []string {
	w := strings.Fields(en)
	var out []string
	for i := 1; i < len(w); i++ {
		h := strings.ToLower(strings.TrimRight(w[i], ",.;:)”’\"'"))
		if h != head && h != head+"s" || i+1 < len(w) && postName.MatchString(" "+strings.Join(w[i+1:], " ")) {
			continue // (a head that opens a longer name: "Japan Bank for International Cooperation")
		}
		used := map[string]bool{}
		j := i
		for j > 0 {
			x := strings.ToLower(w[j-1])
			if used[x] || !slices.Contains(comp, x) {
				break
			}
			used[x] = true
			j--
		}
		if j == i {
			continue
		}
		out = append(out, strings.Join(w[j:i], " ")+" "+strings.TrimRight(w[i], ",.;:)”’\"'"))
	}
	return out
}

// dictNames returns the lexicon's glosses of term jc that are names "Head for|of
// Complement" (外務大臣 "Minister for Foreign Affairs"): the name a dictionary gives the
// post, which a translation may write only in the other word order.
func (r *run) dictNames(jc *jaCand) []string {
	var out []string
	for _, e := range r.lx.Lookup(jc.text) {
		if _, _, ok := headComplement(e.Gloss); ok && !slices.Contains(out, e.Gloss) {
			out = append(out, e.Gloss)
		}
	}
	return out
}

// opensCompound reports whether ja writes term at the start of a longer compound, and only
// so: a kanji or katakana word right after it, none right before it (外務大臣|談話).
func opensCompound(ja, term string) bool {
	return anyIndex(ja, term, func(i int) bool {
		before, _ := utf8.DecodeLastRuneInString(ja[:i])
		after, _ := utf8.DecodeRuneInString(ja[i+len(term):])
		return (i == 0 || !compoundRune(before)) && compoundRune(after)
	})
}

// unwrittenName reports whether en writes the title v right before a capitalized word that
// no word of segment seg's Japanese glosses: a person's name the Japanese leaves out, as a
// statement headed by its author's post does (外務大臣談話, "Statement by Foreign Minister
// Kishi"), where a word the Japanese writes after the post is the rest of its compound
// ("Foreign Ministers' Meeting" of 外務大臣会合, a meeting, not a person).
func (r *run) unwrittenName(seg int, en, v string) bool {
	return anyIndex(en, v, func(i int) bool {
		f := strings.Fields(en[i+len(v):])
		if len(f) == 0 {
			return false
		}
		w := strings.TrimRight(f[0], ",.;:)”’\"'")
		if c, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(c) {
			return false
		}
		norm := lexicon.Norm(strings.ToLower(w))
		for _, t := range r.segJA[seg].toks {
			for _, e := range r.lx.Lookup(t.base) {
				if slices.Contains(lexicon.ContentWords(e.Gloss), norm) {
					return false
				}
			}
		}
		return true
	})
}

// Package lexicon is the bilingual word list behind compositional translation: Japanese
// words and their English glosses, from the glossary's approved concepts, from EDICT when
// it is installed, and from pairs the aligner learns on the way. It also owns the English
// word normalization that decides when a gloss word and a word of the English sources are
// "the same word": case, British/American spelling, plural, and a light stemmer
// (deterrent = deterrence, industry = industrial, integrated = integration).
//
//	lx := lexicon.New()
//	lx.Add("抑止", "deterrence", "glossary")
//	for _, e := range lx.Lookup("抑止") {
//		fmt.Println(e.Gloss, e.Source)
//	}
//	lexicon.SameWord("deterrent", "deterrence") // true
//
// EDICT (the Debian edict package's /usr/share/edict/edict, EUC-JP) is read with
// [Lexicon.LoadEDICT], which keeps only the headwords the caller wants: the aligner asks
// for its candidates' morphemes and their concatenations, so a 19 MB dictionary costs one
// pass over its bytes and no full decode.
package lexicon

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/japanese"

	"github.com/glossterm/gloss/internal/textnorm"
)

// Entry is one gloss of a Japanese word.
type Entry struct {
	Gloss  string   // the English as the source gives it
	Words  []string // its content words, normalized with [Norm]
	Source string   // glossary, edict, paren, …
}

// Lexicon maps Japanese keys (textnorm.Key) to glosses.
type Lexicon struct {
	m map[string][]Entry
}

// New returns an empty lexicon.
func New() *Lexicon { return &Lexicon{m: map[string][]Entry{}} }

// MaxGlosses bounds the glosses kept per word.
const MaxGlosses = 24

// Add records that ja may be rendered gloss. Duplicates are ignored.
func (lx *Lexicon) Add(ja, gloss, source string) {
	k := textnorm.Key(ja)
	gloss = strings.TrimSpace(gloss)
	if k == "" || gloss == "" {
		return
	}
	for _, e := range lx.m[k] {
		if strings.EqualFold(e.Gloss, gloss) {
			return
		}
	}
	if len(lx.m[k]) >= MaxGlosses {
		return
	}
	lx.m[k] = append(lx.m[k], Entry{Gloss: gloss, Words: ContentWords(gloss), Source: source})
}

// Lookup returns the glosses of ja.
func (lx *Lexicon) Lookup(ja string) []Entry { return lx.m[textnorm.Key(ja)] }

// Has reports whether ja has a gloss.
func (lx *Lexicon) Has(ja string) bool { return len(lx.m[textnorm.Key(ja)]) > 0 }

// Len returns the number of Japanese words.
func (lx *Lexicon) Len() int { return len(lx.m) }

// MaxEDICTSize bounds the dictionary file read.
const MaxEDICTSize = 64 << 20

// LoadEDICT reads EDICT (EUC-JP, "見出し [よみ] /gloss/gloss/(P)/") from r and adds the glosses
// of the headwords in want (UTF-8). It returns the number of glosses added.
func (lx *Lexicon) LoadEDICT(r io.Reader, want map[string]bool) (int, error) {
	enc := japanese.EUCJP.NewEncoder()
	keys := make(map[string]string, len(want))
	for w := range want {
		b, err := enc.String(w)
		if err != nil {
			continue // not representable in EUC-JP: EDICT cannot have it
		}
		keys[b] = w
	}
	dec := japanese.EUCJP.NewDecoder()
	br := bufio.NewReaderSize(io.LimitReader(r, MaxEDICTSize), 1<<16)
	added, lineNo := 0, 0
	for {
		line, err := br.ReadSlice('\n')
		if err == bufio.ErrBufferFull {
			// an absurdly long line: skip it
			for err == bufio.ErrBufferFull {
				_, err = br.ReadSlice('\n')
			}
			continue
		}
		if len(line) > 0 {
			lineNo++
			sp := bytes.IndexByte(line, ' ')
			if sp > 0 {
				for _, head := range bytes.Split(line[:sp], []byte(";")) {
					if i := bytes.IndexByte(head, '('); i > 0 {
						head = head[:i]
					}
					ja, ok := keys[string(head)]
					if !ok {
						continue
					}
					text, derr := dec.Bytes(line[sp:])
					if derr != nil {
						continue
					}
					for _, g := range parseGlosses(string(text)) {
						lx.Add(ja, g, "edict")
						added++
					}
				}
			}
		}
		if err == io.EOF {
			break
		}
		if err != nil {
			return added, fmt.Errorf("reading EDICT line %d: %w", lineNo, err)
		}
	}
	if lineNo > 0 && added == 0 && len(want) > 100 {
		return 0, fmt.Errorf("no entry matched: is this an EDICT file in EUC-JP?")
	}
	return added, nil
}

// parseGlosses turns " [よみ] /(n,vs) check/deterrence/(P)/EntL1/" into its glosses.
func parseGlosses(s string) []string {
	i := strings.IndexByte(s, '/')
	if i < 0 {
		return nil
	}
	var out []string
	for _, g := range strings.Split(s[i+1:], "/") {
		g = strings.TrimSpace(g)
		optional := ""
		for strings.HasPrefix(g, "(") || strings.HasPrefix(g, "{") {
			j := strings.IndexAny(g, ")}")
			if j < 0 {
				break
			}
			if in := g[1:j]; g[0] == '(' && strings.Contains(in, " ") && !strings.Contains(in, ",") {
				// optional words, not a tag: "(United States of) America" is also
				// "United States of America"
				optional = in
			}
			g = strings.TrimSpace(g[j+1:])
		}
		g = DropParens(g)
		if g == "" || strings.HasPrefix(g, "EntL") || g == "(P)" {
			continue
		}
		out = append(out, g)
		if optional != "" {
			out = append(out, DropParens(optional+" "+g))
		}
	}
	return out
}

// DropParens returns s without its parenthesized parts, its spaces collapsed.
func DropParens(s string) string {
	var b strings.Builder
	depth := 0
	for _, r := range s {
		switch r {
		case '(':
			depth++
			continue
		case ')':
			if depth > 0 {
				depth--
			}
			continue
		}
		if depth == 0 {
			b.WriteRune(r)
		}
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

// stop words: function words that neither start nor end an English term, and that do not
// need a Japanese counterpart.
var stop = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`a an the of for to in on at by with from and or but nor as is are was were be been being
	its it this that these those their our your his her my we you they he she i me us' them not no
	than then so such into onto over under about against between through during before after above below
	up down out off again further once here there when where why how all any both each few more most other some
	own same too very can will just should would could may might must shall do does did has have had having
	which who whom whose what while also e.g i.e etc one s`) {
		stop[w] = true
	}
}

// IsStop reports whether the lower-case word w is a stop word.
func IsStop(w string) bool { return stop[w] }

// Words splits English text into lower-case words: letters, digits, apostrophes and the
// periods of abbreviations (U.S.) stay inside a word; hyphens and slashes split, but for the
// hyphens and plus signs inside a designation (see [CodeLen]: COVID-19, F-35, 2+2).
func Words(s string) []string {
	var out []string
	var b strings.Builder
	flush := func() {
		w := strings.Trim(b.String(), ".'’")
		if w != "" {
			out = append(out, w)
		}
		b.Reset()
	}
	k := textnorm.Key(s)
	digits := hasDigit(k) // a designation holds one
	for i := 0; i < len(k); {
		if digits && b.Len() == 0 && (i == 0 || !alnum(k[i-1])) {
			if n := CodeLen(k[i:]); n > 0 {
				out = append(out, k[i:i+n])
				i += n
				continue
			}
		}
		r, size := utf8.DecodeRuneInString(k[i:])
		i += size
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(r)
		case r == '.' || r == '\'' || r == '’':
			if b.Len() > 0 {
				b.WriteRune(r)
			}
		default:
			flush()
		}
	}
	flush()
	return out
}

func alnum(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// CodeLen returns the length in bytes of the designation that s starts with, or 0: a word
// of letters and digits joined by hyphens or plus signs, with a digit and a letter or a plus
// among them (COVID-19, F-35, SM-3, MQ-9B, 2+2). A designation is one word, written the
// same in both languages, never split into a letter and a number ("F" and "35"). Its parts
// are short or hold a digit: a word after it is no part of it ("COVID-19-related" is
// COVID-19 and related); and numbers alone joined by a hyphen are a range (2022-2023).
func CodeLen(s string) int {
	end, parts := 0, 0
	digit, letter, plus := false, false, false
	for i := 0; ; {
		j := i
		d, l := false, 0
		for j < len(s) && alnum(s[j]) {
			if s[j] <= '9' {
				d = true
			} else {
				l++
			}
			j++
		}
		if j == i || parts > 0 && !d && l > 5 {
			break
		}
		if parts > 0 && s[i-1] == '+' {
			plus = true
		}
		digit, letter = digit || d, letter || l > 0
		parts++
		end = j
		if j+1 >= len(s) || s[j] != '-' && s[j] != '+' || !alnum(s[j+1]) {
			break
		}
		i = j + 1
	}
	if parts < 2 || !digit || !letter && !plus {
		return 0
	}
	if end+1 < len(s) && (s[end] == '.' || s[end] == '\'') && alnum(s[end+1]) {
		return 0 // an abbreviation or a possessive goes on: not a designation of its own
	}
	return end
}

// IsCode reports whether w is a designation of letters and digits written in capitals
// (COVID-19, F-35, G7, 5G, 2+2): like an acronym it is matched letter for letter and case
// for case, never folded into a word or a number.
func IsCode(w string) bool {
	w = strings.TrimRight(w, ".")
	if n := CodeLen(w); n == len(w) {
		return !hasLower(w)
	}
	digit, letter := false, false
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case c >= '0' && c <= '9':
			digit = true
		case c >= 'A' && c <= 'Z':
			letter = true
		default:
			return false // 1990s, 21st: a number with an ending
		}
	}
	return digit && letter && len(w) <= 10
}

// codes returns the designations in capitals that s holds (see [IsCode]), as written.
func codes(s string) []string {
	if !hasDigit(s) {
		return nil
	}
	var out []string
	for _, f := range strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '/' || r == '–' || r == '—' || r == ',' || r == ';' }) {
		f = strings.Trim(f, ":()\"“”")
		if n := CodeLen(f); n > 0 {
			f = f[:n]
		} else {
			f = strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(f, "'s"), "’s"), ".")
		}
		if IsCode(f) {
			out = append(out, f)
		}
	}
	return out
}

func hasDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			return true
		}
	}
	return false
}

func hasLower(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] >= 'a' && w[i] <= 'z' {
			return true
		}
	}
	return false
}

// Split returns the normalized and the raw (lower-case) content words of English text,
// hyphenated words split into their parts. A word written as an acronym (U.S., ROK) has
// a caret before it in both: "^u.s.", "^us".
func Split(s string) (norm, raw []string) {
	acr := map[string]bool{}
	for _, f := range strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '-' || r == '/' || r == '–' }) {
		f = strings.Trim(f, ",;:()\"'’“”")
		if isAcronym(f) {
			acr[strings.ToLower(strings.TrimRight(f, "."))] = true
		}
	}
	for _, f := range codes(s) {
		acr[strings.ToLower(f)] = true // a designation in capitals is matched as an acronym is
	}
	for _, w := range Words(s) {
		if stop[w] && !acr[w] {
			continue
		}
		n := Norm(w)
		if acr[w] {
			w, n = "^"+w, "^"+n
		}
		raw = append(raw, w)
		norm = append(norm, n)
	}
	return
}

// IsAcronym reports whether w is written as an acronym: two to ten capitals, digits or &,
// dots aside (NATO, NSS2025, U.S.).
func IsAcronym(w string) bool { return isAcronym(w) }

func isAcronym(w string) bool {
	w = strings.ReplaceAll(w, ".", "")
	if len(w) < 2 || len(w) > 10 {
		return false
	}
	upper := 0
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c >= 'A' && c <= 'Z':
			upper++
		case c >= '0' && c <= '9', c == '&':
		default:
			return false
		}
	}
	return upper >= 2
}

// ContentWords returns the normalized non-stop words of s; for a phrase of two or more
// words it adds the initials marked with a caret ("united states" → "^us", "republic of
// korea" → "^rok", "^rk"), so that a gloss meets an acronym in the sources.
func ContentWords(s string) []string {
	ws := Words(s)
	var out []string
	var all, content strings.Builder
	n := 0
	if strings.Contains(s, "-") {
		// non-proliferation also meets nonproliferation
		for _, f := range strings.Fields(s) {
			if strings.Contains(f, "-") {
				if j := strings.ReplaceAll(strings.ToLower(strings.Trim(f, ".,;:()")), "-", ""); j != "" {
					out = append(out, Norm(j))
				}
			}
		}
	}
	for _, w := range ws {
		all.WriteByte(w[0])
		if stop[w] {
			continue
		}
		content.WriteByte(w[0])
		n++
		out = append(out, Norm(w))
		for _, a := range relational[w] {
			out = append(out, Norm(a))
		}
		if w == "america" && capitalized(s) {
			// the country: dictionaries gloss 米 as America, official English writes the
			// United States or U.S. (日米豪 "Japan, America and Australia" =
			// Japan-United States-Australia)
			out = append(out, Norm("united"), Norm("states"), "^us")
		}
	}
	// a designation in capitals (COVID-19, G7) meets only the same designation of the
	// sources, marked as an acronym is (see Split)
	for _, f := range codes(s) {
		out = append(out, "^"+strings.ToLower(f))
	}
	// a name inside a longer gloss ("Japan and the United States"): its initials too
	for _, run := range nameRuns(s) {
		out = append(out, "^"+run)
	}
	if n >= 2 && capitalized(s) {
		out = append(out, "^"+content.String())
		if all.Len() != content.Len() {
			out = append(out, "^"+all.String())
		}
		// "United States and South Korea": the initials of each part too
		if parts := strings.Split(s, " and "); len(parts) > 1 {
			for _, p := range parts {
				if ws := ContentWords(p); len(ws) > 2 {
					out = append(out, ws[len(ws)-1])
				}
			}
		}
	}
	return out
}

// relational holds the relational adjectives English builds on another stem than the
// noun's: a dictionary glosses 海洋 "ocean" and 海上 "on the sea", and official English
// premodifies with the Latin adjective ("rules-based maritime order" for ルールに基づく海洋
// 秩序, Maritime Self-Defense Force). Each is the noun's meaning, not a neighbour in
// WordNet, whose pertainyms lead elsewhere (maritime → shipping).
var relational = map[string][]string{
	"sea": {"maritime", "marine"}, "seas": {"maritime", "marine"}, "ocean": {"maritime", "marine"},
	"navy": {"naval"},
}

// nameRuns returns the initials of the runs of two or more capitalized words in s, a
// name that its initials may stand for (the United States = U.S.), when s holds other words
// too; "of" may stand inside a run (Republic of Korea).
func nameRuns(s string) []string {
	var out []string
	var b strings.Builder
	fields := strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == ';' || r == ',' || r == '(' || r == ')' })
	caps, span := 0, 0
	flush := func() {
		if caps >= 2 && span < len(fields) {
			out = append(out, b.String())
		}
		b.Reset()
		caps, span = 0, 0
	}
	for _, f := range fields {
		if f == "of" && caps > 0 {
			span++
			continue
		}
		if c := f[0]; c >= 'A' && c <= 'Z' && !stop[strings.ToLower(f)] {
			b.WriteByte(c + 'a' - 'A')
			caps++
			span++
			continue
		}
		flush()
	}
	flush()
	return out
}

// capitalized reports whether every content word of s starts with a capital letter: a
// name (United States, Republic of Korea), whose initials may stand for it.
func capitalized(s string) bool {
	for _, f := range strings.Fields(s) {
		f = strings.Trim(f, "()\"'")
		if f == "" || stop[strings.ToLower(f)] {
			continue
		}
		if c := f[0]; c < 'A' || c > 'Z' {
			return false
		}
	}
	return true
}

// Norm normalizes one lower-case English word: abbreviation periods dropped (u.s. → us),
// British spelling to American, plural to singular, then a light stem.
func Norm(w string) string {
	w = strings.ReplaceAll(w, ".", "")
	w = strings.ReplaceAll(w, "'", "")
	w = strings.ReplaceAll(w, "’", "") // the typographic apostrophe: China’s is China's
	w = american(w)
	w = textnorm.Singular(w)
	return stem(w)
}

func american(w string) string {
	switch {
	case strings.HasSuffix(w, "ence") && (strings.HasPrefix(w, "defen") || strings.HasPrefix(w, "offen") || strings.HasPrefix(w, "licen")):
		return w[:len(w)-4] + "ense"
	case strings.HasSuffix(w, "isation"), strings.HasSuffix(w, "isations"):
		return strings.Replace(w, "isation", "ization", 1)
	case strings.HasSuffix(w, "our") && len(w) > 5:
		return w[:len(w)-2] + "r"
	case strings.HasSuffix(w, "ise") && len(w) > 6, strings.HasSuffix(w, "ised") && len(w) > 7:
		return strings.Replace(w, "ise", "ize", 1)
	case strings.HasSuffix(w, "tre") && len(w) > 5:
		return w[:len(w)-2] + "er"
	case w == "programme":
		return "program"
	}
	return w
}

var suffixes = []string{"izations", "ization", "ations", "ation", "itions", "ition", "ions", "ion", "ities", "ity", "ness", "ments", "ment",
	"ively", "ive", "ical", "ically", "ings", "ing", "ied", "ed", "ial", "al", "ic", "ence", "ance", "ent", "ant", "ers", "er",
	"ous", "ist", "ists", "ly", "es", "s", "y", "e"}

func stem(w string) string {
	if len(w) <= 4 || !isASCII(w) {
		return w
	}
	for _, s := range suffixes {
		if strings.HasSuffix(w, s) && len(w)-len(s) >= 4 {
			if s == "ly" {
				// an adverb is made from its adjective, and stems as the adjective does:
				// mutually, mutual → mutu; closely, close → clos
				return stem(w[:len(w)-len(s)])
			}
			return w[:len(w)-len(s)]
		}
	}
	return w
}

// SameWord reports whether two words normalized with [Norm] are the same word: equal, or
// sharing a prefix of at least five letters that covers most of the shorter one
// (extens/extend, industr/industri).
func SameWord(a, b string) bool {
	if a == b {
		return true
	}
	n := min(len(a), len(b))
	if n < 5 {
		return false
	}
	cp := 0
	for cp < n && a[cp] == b[cp] {
		cp++
	}
	if cp < 5 || cp*5 < n*4 {
		return false
	}
	if cp >= 6 {
		return true
	}
	// five letters in common: only a doubled final consonant (deter, deterr)
	long := a
	if len(b) > len(a) {
		long = b
	}
	return cp == n && len(long) == n+1 && long[n] == long[n-1]
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

package lint

import (
	"slices"
	"strings"
)

// partyPairs returns, for the full English terms of a concept (lowercased) that open with
// the hyphenated names of its parties before a head noun ("u.s.-japan alliance",
// "japan-u.s.-rok trilateral cooperation"), those names in every order followed by a
// space: the pair as the modifier of another noun. A document that names the parties so
// ("the Japan-U.S. Security Treaty", "Japan-U.S. Defense Cooperation") has said whose
// alliance or partnership "the alliance" is, as a readout of the parties' meeting does:
// the short form refers to it. A country alone ("Japan's security") or the parties
// joined by "and" leave it unclear.
func partyPairs(full []string) []string {
	var out []string
	for _, t := range full {
		first, rest, ok := strings.Cut(t, " ")
		if !ok || rest == "" {
			continue
		}
		if !isPartyPair(first) {
			continue
		}
		for _, order := range permutations(strings.Split(first, "-")) {
			w := strings.Join(order, "-") + " "
			if !slices.Contains(out, w) {
				out = append(out, w)
			}
		}
	}
	return out
}

// countryPart reports whether p (lowercased) names a country, or a union of them, as a
// part of a hyphenated pair: japan, u.s., rok, australia, uk, nato.
func countryPart(p string) bool {
	q := strings.TrimRight(p, ".")
	return q != "" && (countryWords[q] || countryAdjectives[q] != nil || countryAdjectives["the "+q] != nil || pairParties[q])
}

// pairParties are the other names that English writes in a hyphenated pair of parties
// (Japan-UK, Japan-NATO, Japan-Canada), as textnorm keys them without a final period;
// a part of a pair is one word, and the names of countryAdjectives (the Philippines) are
// read there.
var pairParties = map[string]bool{
	"us": true, "uk": true, "u.k": true, "prc": true, "france": true, "germany": true, "canada": true,
	"italy": true, "nz": true, "eu": true, "nato": true,
	"asean": true, "vietnam": true, "poland": true, "spain": true, "ukraine": true,
}

// isPartyPair reports whether w, a lowercased word, is a hyphenated pair (or trio) of
// parties: "japan-uk", "u.s.-japan-rok".
func isPartyPair(w string) bool {
	parts := strings.Split(w, "-")
	if len(parts) < 2 || len(parts) > 3 {
		return false
	}
	for _, p := range parts {
		if !countryPart(p) {
			return false
		}
	}
	return true
}

// permutations returns every order of parts (two or three of them).
func permutations(parts []string) [][]string {
	if len(parts) <= 1 {
		return [][]string{parts}
	}
	var out [][]string
	for i := range parts {
		rest := make([]string, 0, len(parts)-1)
		rest = append(rest, parts[:i]...)
		rest = append(rest, parts[i+1:]...)
		for _, p := range permutations(rest) {
			out = append(out, append([]string{parts[i]}, p...))
		}
	}
	return out
}

package align

import "strings"

// towardPreps are the English prepositions that render 対 before a country: a measure
// against it, a policy toward it, relations with it, pressure on it.
var towardPreps = map[string]bool{"against": true, "toward": true, "towards": true, "with": true, "on": true, "to": true}

// towardPart makes the part 対 + a country's abbreviation (see jaterm.TowardCountry) the
// country by its English names: the preposition that renders 対 stands between the head
// and the country, a function word of the phrase (towardWritten), and the country is the
// content word the part must meet (対露制裁 = sanctions against Russia).
func towardPart(c *constituent, country string) {
	c.words, c.glosses, c.gheads = nil, nil, nil
	for _, n := range countryNames[country] {
		c.addGloss(n, "")
	}
	c.known = len(c.words) > 0
	c.toward = c.known
	if c.known {
		// "toward" is a content word of the English lexicon, no function word to license:
		// the part renders it with the country
		c.words = append(c.words, "toward", "towards")
	}
}

// towardWritten reports whether the English s renders a part 対 + country (towardPart) by
// a preposition after the head and the country's name closing the phrase: English names
// the head first and the country last (sanctions against Russia, policy toward the
// PRC).
func towardWritten(cs []constituent, s string) bool {
	var ws []string
	for i, c := range cs {
		if !c.toward || i == len(cs)-1 {
			continue
		}
		if ws == nil {
			ws = strings.Fields(s)
		}
		for k := 1; k+1 < len(ws); k++ {
			if !towardPreps[strings.ToLower(ws[k])] {
				continue
			}
			rest := ws[k+1:]
			if len(rest) > 1 && strings.ToLower(rest[0]) == "the" {
				rest = rest[1:]
			}
			for _, n := range countryNames[strings.TrimPrefix(c.text, "対")] {
				if strings.Join(rest, " ") == n {
					return true
				}
			}
		}
	}
	return false
}

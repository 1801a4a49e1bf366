package align

// towardPart makes the part 対 + a country's abbreviation (see jaterm.TowardCountry) the
// country by its English names: the preposition that renders 対 stands between the head
// and the country, a function word of the phrase, and the country is the
// content word the part must meet (対露制裁 = sanctions against Russia).
func towardPart(c *constituent, country string) {
	c.words, c.glosses, c.gheads = nil, nil, nil
	for _, n := range countryNames[country] {
		c.addGloss(n, "")
	}
	c.known = len(c.words) > 0
	if c.known {
		// "toward" is a content word of the English lexicon, no function word to license:
		// the part renders it with the country
		c.words = append(c.words, "toward", "towards")
	}
}

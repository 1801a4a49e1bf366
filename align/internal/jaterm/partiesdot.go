package jaterm

import "github.com/glossterm/gloss/internal/morph"

// partiesDot reports whether the middle dot toks[i] lists the parties of one relation: a
// country (kagome's 固有名詞・地域・国) before it and a country or an organization after it,
// with a noun written right after that (日・カナダ|首脳会談, 日・ASEAN|首脳会議). The
// dot writes the pair that 日加 writes without it, the parties the compound's head
// belongs to (Japan-Canada Summit Meeting), so the run goes on through it as one term,
// where a dot between two common nouns coordinates them (外務・防衛閣僚会合), and one
// before a sea or a region lists topics (北朝鮮・南シナ海).
func partiesDot(toks []morph.Token, i int) bool {
	if i == 0 || i+2 >= len(toks) {
		return false
	}
	p, n := toks[i-1], toks[i+1]
	if at(p.POS, 1) != "固有名詞" || at(p.POS, 2) != "地域" || at(p.POS, 3) != "国" {
		return false
	}
	if at(n.POS, 1) != "固有名詞" || at(n.POS, 3) != "国" && at(n.POS, 2) != "組織" {
		return false
	}
	return n.End == toks[i+2].Start && at(toks[i+2].POS, 0) == "名詞"
}

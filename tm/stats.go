package tm

import (
	"context"
	"sort"
	"unicode/utf8"
)

// Stats describes what a memory holds.
type Stats struct {
	Units      int            `json:"units"`
	JAChars    int            `json:"ja_chars"`
	ENWords    int            `json:"en_words"`
	WithMarkup int            `json:"with_inline_codes"`
	Origins    []OriginCount  `json:"origins"`
	Languages  map[string]int `json:"languages"` // "ja-JP → en-US" pairs
	OldestDate string         `json:"oldest_date,omitempty"`
	NewestDate string         `json:"newest_date,omitempty"`
	Creators   int            `json:"creators"`
}

// OriginCount is the number of units from one file.
type OriginCount struct {
	Origin string `json:"origin"`
	Units  int    `json:"units"`
}

// Stats reads the whole memory once.
func (m *Memory) Stats(ctx context.Context) (*Stats, error) {
	s := &Stats{Languages: map[string]int{}}
	origins := map[string]int{}
	creators := map[string]bool{}
	err := m.Store.Scan(ctx, func(u *Unit) bool {
		s.Units++
		s.JAChars += utf8.RuneCountInString(u.JA)
		s.ENWords += len(englishWords(u.EN))
		if u.JAMarkup != "" || u.ENMarkup != "" {
			s.WithMarkup++
		}
		origins[u.Origin]++
		s.Languages[u.JALang+" → "+u.ENLang]++
		if u.Creator != "" {
			creators[u.Creator] = true
		}
		for _, d := range []string{u.Created, u.Changed} {
			if d == "" {
				continue
			}
			if s.OldestDate == "" || d < s.OldestDate {
				s.OldestDate = d
			}
			if d > s.NewestDate {
				s.NewestDate = d
			}
		}
		return true
	})
	for o, n := range origins {
		s.Origins = append(s.Origins, OriginCount{o, n})
	}
	sort.Slice(s.Origins, func(i, j int) bool {
		if s.Origins[i].Units != s.Origins[j].Units {
			return s.Origins[i].Units > s.Origins[j].Units
		}
		return s.Origins[i].Origin < s.Origins[j].Origin
	})
	s.Creators = len(creators)
	return s, err
}

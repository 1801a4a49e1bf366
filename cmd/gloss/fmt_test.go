package main

import (
	"testing"

	"github.com/glossterm/gloss/glossary"
)

// TestRepairThenParse: a byte-order mark and CRLF line ends, which Parse refuses, are what
// fmt repairs before it parses.
func TestRepairThenParse(t *testing.T) {
	src := "\uFEFFgloss: 1\r\nlanguages: [en]\r\nconcepts:\r\n  - id: a\r\n    terms: {en: [x]}\r\n"
	if _, err := glossary.Parse([]byte(src), "r.yaml"); err == nil {
		t.Fatal("Parse accepted a BOM and CRLF line ends: nothing left to repair")
	}
	g, err := glossary.Parse(repair([]byte(src)), "r.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if g.Concepts[0].Terms["en"][0].Text != "x" {
		t.Errorf("repaired glossary lost its term")
	}
}

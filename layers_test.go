package gloss_test

import (
	"encoding/json"
	"errors"
	"io"
	"os/exec"
	"strings"
	"testing"
)

// layers are the module's layers of DESIGN.md, bottom to top: an import only ever points
// down, or stays within one component (a package and the packages under its folder). The
// helpers of the bottom layer may also use one another (sideways); no other layer's
// components may. A package's layer is that of the longest prefix that matches its path
// relative to the module; a prefix ending in "/" makes each folder under it a component.
var layers = []struct {
	name     string
	prefixes []string
	sideways bool
}{
	{"text normalization and format readers", []string{"", "internal/", "docs"}, true},
	{"the glossary model", []string{"glossary"}, false},
	{"the glossary's interchange formats", []string{"exports"}, false},
	{"the matcher and parallel texts", []string{"match", "bitext"}, false},
	{"lint, align and tm", []string{"lint", "align", "tm"}, false},
	{"review and serve", []string{"review", "serve", "report"}, false},
	{"commands and tools", []string{"cmd/", "bench/"}, false},
}

const module = "github.com/glossterm/gloss"

// layerOf returns the layer of a package (its path relative to the module) and the
// prefix that placed it there, its component; ok is false for a package no prefix covers.
func layerOf(rel string) (layer int, component string, ok bool) {
	best := -1
	for i, l := range layers {
		for _, p := range l.prefixes {
			var match bool
			switch {
			case p == "": // the module's root package
				match = rel == ""
			case strings.HasSuffix(p, "/"): // each folder under p
				match = strings.HasPrefix(rel, p)
			default:
				match = rel == p || strings.HasPrefix(rel, p+"/")
			}
			if match && len(p) > best {
				best, layer, component = len(p), i, p
			}
		}
	}
	if best < 0 {
		return 0, "", false
	}
	// internal/x and cmd/x are components of their own
	if strings.HasSuffix(component, "/") {
		component += strings.SplitN(strings.TrimPrefix(rel, component), "/", 2)[0]
	}
	return layer, component, true
}

// TestLayers checks that every import of a module package points down the layers of
// DESIGN.md, or stays within its component.
func TestLayers(t *testing.T) {
	cmd := exec.Command("go", "list", "-json=ImportPath,Imports", "./...")
	out, err := cmd.Output()
	if err != nil {
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			t.Fatalf("go list: %v\n%s", err, ee.Stderr)
		}
		t.Fatalf("go list: %v", err)
	}
	dec := json.NewDecoder(strings.NewReader(string(out)))
	n := 0
	for {
		var p struct {
			ImportPath string
			Imports    []string
		}
		if err := dec.Decode(&p); errors.Is(err, io.EOF) {
			break
		} else if err != nil {
			t.Fatal(err)
		}
		n++
		rel := strings.TrimPrefix(strings.TrimPrefix(p.ImportPath, module), "/")
		from, fromComp, ok := layerOf(rel)
		if !ok {
			t.Errorf("package %s is in no layer: add its folder to the layers table in layers_test.go, as DESIGN.md places it", p.ImportPath)
			continue
		}
		for _, imp := range p.Imports {
			if imp != module && !strings.HasPrefix(imp, module+"/") {
				continue
			}
			irel := strings.TrimPrefix(strings.TrimPrefix(imp, module), "/")
			to, toComp, ok := layerOf(irel)
			if !ok || fromComp == toComp || to < from || (to == from && layers[to].sideways) {
				continue
			}
			dir := "up"
			if to == from {
				dir = "sideways"
			}
			t.Errorf("%s (%s) imports %s (%s): the import points %s; move what it uses down to a lower layer, or the code that uses it up to a layer above both",
				p.ImportPath, layers[from].name, imp, layers[to].name, dir)
		}
	}
	if n < 10 {
		t.Fatalf("go list listed %d packages; want the whole module", n)
	}
}

// TestLayerOf pins the table's matching: the longest prefix wins, and a folder's
// subpackages share its component.
func TestLayerOf(t *testing.T) {
	for _, tc := range []struct {
		rel, layer, comp string
	}{
		{"", "text normalization and format readers", ""},
		{"internal/textnorm", "text normalization and format readers", "internal/textnorm"},
		{"glossary/internal/synth", "the glossary model", "glossary"},
		{"exports/tmx", "the glossary's interchange formats", "exports"},
		{"align/internal/enterm", "lint, align and tm", "align"},
		{"report", "review and serve", "report"},
		{"tm/store", "lint, align and tm", "tm"},
		{"bitext/internal/docalign", "the matcher and parallel texts", "bitext"},
		{"review", "review and serve", "review"},
		{"cmd/gloss", "commands and tools", "cmd/gloss"},
	} {
		l, c, ok := layerOf(tc.rel)
		if !ok || layers[l].name != tc.layer || c != tc.comp {
			t.Errorf("layerOf(%q) = %q, %q, %v; want %q, %q", tc.rel, layers[l].name, c, ok, tc.layer, tc.comp)
		}
	}
	if _, _, ok := layerOf("tmx"); ok {
		t.Errorf(`layerOf("tmx") matched: "tm" must not match a longer folder name`)
	}
}

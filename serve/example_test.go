package serve_test

import (
	"fmt"
	"net/http/httptest"
	"strings"

	"github.com/glossterm/gloss/serve"
)

// A workbench over the embedded default glossary, read-only, answering a search.
func ExampleNew() {
	s, err := serve.New(serve.Config{ReadOnly: true})
	if err != nil {
		fmt.Println(err)
		return
	}
	rec := httptest.NewRecorder()
	s.ServeHTTP(rec, httptest.NewRequest("GET", "http://127.0.0.1:8080/search?q=%E6%8B%A1%E5%A4%A7%E6%8A%91%E6%AD%A2", nil)) // 拡大抑止
	fmt.Println(rec.Code, strings.Contains(rec.Body.String(), `href="/concept/extended-deterrence"`))

	// Another host name is refused: a page elsewhere cannot reach the workbench by DNS rebinding.
	rec = httptest.NewRecorder()
	s.ServeHTTP(rec, httptest.NewRequest("GET", "http://attacker.example/", nil))
	fmt.Println(rec.Code)
	// Output:
	// 200 true
	// 421
}

package xliff

import (
	"fmt"
	"testing"
)

// TestStates12: which XLIFF 1.2 target states and translate flags make a unit checked.
func TestStates12(t *testing.T) {
	tests := []struct {
		name, attrs, state string
		checked            bool
	}{
		{name: "final, translatable", state: "final", checked: true},
		{name: "translated", state: "translated", checked: true},
		{name: "signed-off", state: "signed-off", checked: true},
		{name: "needs-review-translation", state: "needs-review-translation", checked: true},
		{name: "new", state: "new", checked: false},
		{name: "needs-translation", state: "needs-translation", checked: false},
		{name: "final but locked", attrs: ` translate="no"`, state: "final", checked: false},
		{name: "no state, a target", checked: true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			state := ""
			if tc.state != "" {
				state = fmt.Sprintf(` state=%q`, tc.state)
			}
			doc := fmt.Sprintf(`<xliff version="1.2"><file source-language="ja" target-language="en"><body>
<trans-unit id="1"%s><source>拡大抑止</source><target%s>extended deterrence</target></trans-unit>
</body></file></xliff>`, tc.attrs, state)
			f, err := Parse([]byte(doc), "a.xlf")
			if err != nil {
				t.Fatal(err)
			}
			if len(f.Units) != 1 {
				t.Fatalf("%d units", len(f.Units))
			}
			u := f.Units[0]
			if u.Checked() != tc.checked || u.State != tc.state {
				t.Errorf("state %q: Checked() = %v (translated %v, locked %v), want %v", u.State, u.Checked(), u.Translated, u.Locked, tc.checked)
			}
		})
	}
}

package tbx_test

import (
	"fmt"
	"os"

	"github.com/glossterm/gloss/exports"
	"github.com/glossterm/gloss/exports/tbx"
	"github.com/glossterm/gloss/glossary"
)

func ExampleWrite() {
	g, err := glossary.Parse([]byte(`gloss: 1
languages: [ja, en]
concepts:
  - id: counterstrike-capabilities
    status: approved
    terms:
      ja:
        - 反撃能力
        - {term: 敵基地攻撃能力, status: deprecated}
      en:
        - counterstrike capabilities
`), "gloss.yaml")
	if err != nil {
		fmt.Println(err)
		return
	}
	rep, err := tbx.Write(os.Stdout, g, tbx.V2, exports.Options{Version: "1.0"})
	if err != nil {
		fmt.Println(err)
	}
	fmt.Println(rep.Written, "concept")
	// Output:
	// <?xml version="1.0" encoding="UTF-8"?>
	// <martif type="TBX-Basic" xml:lang="ja">
	//   <martifHeader>
	//     <fileDesc>
	//       <sourceDesc><p>gloss export 1.0</p></sourceDesc>
	//     </fileDesc>
	//     <encodingDesc><p type="XCSURI">TBXBasicXCSV02.xcs</p></encodingDesc>
	//   </martifHeader>
	//   <text>
	//     <body>
	//       <termEntry id="counterstrike-capabilities">
	//         <admin type="elementWorkingStatus">finalizedElement</admin>
	//         <langSet xml:lang="ja">
	//           <tig>
	//             <term>反撃能力</term>
	//             <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>
	//           </tig>
	//           <tig>
	//             <term>敵基地攻撃能力</term>
	//             <termNote type="administrativeStatus">supersededTerm-admn-sts</termNote>
	//           </tig>
	//         </langSet>
	//         <langSet xml:lang="en">
	//           <tig>
	//             <term>counterstrike capabilities</term>
	//             <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>
	//           </tig>
	//         </langSet>
	//       </termEntry>
	//     </body>
	//   </text>
	// </martif>
	// 1 concept
}

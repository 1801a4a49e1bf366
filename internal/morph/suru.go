package morph

// suruForms are the word ids, in kagome-dict/ipa's dictionary, of the verb forms whose
// dictionary form is する or できる (し, さ, すれ, せよ, でき, できれ …), each with that
// dictionary form. TokenizeLean has no base forms but these: lint asks whether a noun is
// used as a verb (抑止し, 抑止される, 抑止できる), and the surface alone cannot tell, since
// other verbs share these forms (し of しる, せ of the causative せる, でき of でく).
// TestSuruForms derives the table from the full dictionary and fails, with the table to
// paste here, when an upgrade of the dictionary changes it.
var suruForms = map[int32]string{
	28483: "する", 30753: "する", 30755: "する", 33068: "する", 33391: "する", 33638: "する",
	34565: "する", 34566: "する", 34567: "する", 35587: "する", 36165: "する", 36171: "する",
	36309: "する", 36310: "する", 36409: "する", 36410: "する", 36430: "する", 36431: "する",
	36432: "する", 36464: "する", 36525: "する", 36526: "する", 36527: "する", 36826: "する",
	36837: "する", 37594: "する",
	47395: "できる", 47396: "できる", 47397: "できる", 47398: "できる", 47423: "できる",
	47424: "できる", 47425: "できる", 47426: "できる", 47427: "できる", 47428: "できる",
	47429: "できる", 47430: "できる", 47432: "できる", 47433: "できる", 47434: "できる",
	47435: "できる", 47436: "できる", 47437: "できる",
}

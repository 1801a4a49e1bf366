// Package lint checks translations against a glossary and returns findings as data: every
// Finding has a file position (line, code-point and byte columns, byte offsets), a stable
// rule id, a severity, the concept, the term found, a message that names the fix, a
// suggestion and a fingerprint. It never prints; package report renders findings.
//
//	l, err := lint.New(g, lint.Options{})
//	doc, err := lint.Read("job.sdlxliff", data, lint.ReadOptions{})
//	for _, f := range l.Lint(doc) {
//		fmt.Printf("%s:%d:%d: %s %s: %s\n", f.File, f.Line, f.Col, f.Severity, f.Rule, f.Message)
//	}
//
// # Documents
//
// A Doc is a file split into segments, each a source Text and a target Text that know their
// byte offsets in the file. [Read] reads one file, its reader chosen by extension ([Kind]
// names it): TSV or CSV whose header names the languages, as id<TAB>ja<TAB>en (a doc
// column, or ids of the form DOC-N such as 01-05 and P2-1 with two or more DOC parts, put
// rows into documents, Segment.Part); XLIFF 1.2 and 2.x, SDLXLIFF, MQXLIFF and MXLIFF (by
// default only translated-or-later, unlocked segments); TMX (its direction from the
// glossary's languages, the order of the tuvs and the header, by majority, said in
// Doc.Direction; labels that contradict the text are errors); PO; anything else is a text
// or Markdown file in one language ([ReadOptions].Lang), checked only for forbidden,
// deprecated and inconsistent terms. [ReadPaired] pairs two text or Markdown files by
// paragraph, or line by line when every paragraph has as many lines in both, as
// sentence-aligned files do. A file that cannot be read is a *gloss.Error with
// file:line:col.
//
// A large file need not be held as segments: [Run.LintFile] reads it as Read does and
// checks it as it reads, a batch of segments at a time, keeping only the findings and
// the positions of the renderings the consistency check may report (a TMX file is read
// twice, the first time for its direction). [Run.LintPath] does the same from a file's
// path without holding the file: TSV, CSV and text a window of rows at a time, XLIFF and
// TMX through encoding/xml's decoder token by token, PO line by line; what is reported
// once the file is done is located by reading it again.
//
// # Checks
//
// The glossary is compiled once into a match Matcher; each segment's source and
// target are matched in their languages. A segment with an empty translation is not checked.
//
//   - missing-term (error): the source has a term of concept C (any status) and the target
//     no term of C. When one source span belongs to several concepts (homonyms), any of
//     them satisfies the check. A target with only a deprecated or forbidden term of C gets
//     that finding instead. The source term must be a word of its own: a longer glossary
//     term that contains it wins the match (拡大抑止 over 抑止), and in Japanese an edge
//     between two characters of one script must be a kagome morpheme boundary (韓国 in
//     大韓民国 and 傘 in 傘下 are not the terms), nor one that modifies a longer noun compound
//     the glossary lacks: a term followed at once by another noun of the compound (kagome's
//     名詞 一般, サ変接続, 固有名詞 or 形容動詞語幹 after a head that is not a proper noun:
//     日本の防衛 in 日本の防衛計画の大綱; in English a capitalized word after a capitalized
//     term, "National Defense Program Guidelines", or "for" and a capitalized word, the
//     field of an office's name, "Secretary of State for Defence" (国防大臣), or a
//     lowercase noun, "regional security cooperation", a word in -s only where it cannot
//     be the term's verb, and no word a determiner follows, a verb and its object ("the
//     Government of Japan held a dialogue"), but for a time phrase or a relative clause
//     without "that" ("a regional security framework this year", "the regional security
//     architecture the leaders endorsed"); likewise a modifier
//     written after the head, "bilateral cooperation on security" for bilateral security
//     cooperation, where the translation renders the compound's term, 安全保障協力), nor,
//     in English, a lowercase term capitalized as the field of a name after a capitalized
//     head and "of" or "for" ("Secretary of National Defense": 国防大臣), nor, in English, a
//     lowercase term whose last word is a preposition's object and takes a possessive
//     before another noun, which becomes the object ("support for Ukraine's sovereignty":
//     ウクライナの主権への支持), nor, in English, a capitalized term right after a capitalized word that makes another name of it
//     ("Secretary of Defense" in "Deputy Assistant Secretary of Defense", another post),
//     which in a translation renders no term either, unless the word says whose the post
//     is (a country, its adjective or initials, an acronym, a possessive: "U.S. Secretary
//     of Defense"), opens the sentence, is a capital letter alone, the label of a list's
//     item ("E Climate Change and Disasters"), or stands where the Japanese writes a name before
//     the term (ヘーゲル国防長官, ウォーレン空軍基地) (in a translation, a term the glossary
//     writes in lower case, a common noun, is still its term capitalized with the modifiers
//     of a designation in title case: "Strategic Cooperative Partners"), nor a department or a superior's post
//     that one language gives as the affiliation of an official's post and the other leaves
//     to the title's field (English "…, Office of the Secretary of Defense, Department of
//     Defense" in apposition after the post, where the Japanese writes 国防次官補代理, also
//     with a noun after the title in one word, 外務報道官談話 for "Statement by the Press
//     Secretary, Ministry of Foreign Affairs"; or
//     国防総省次官補代理, where the English writes "Deputy Assistant Secretary of Defense":
//     see affiliation.go), nor, in Japanese, a term inside a longer name that the
//     source follows at once with its Latin acronym in parentheses where the translation writes that acronym
//     (東アジア in 東アジア地域包括的経済連携(RCEP): "Regional Comprehensive Economic Partnership (RCEP)"),
//     nor, in an English translation, a term that opens with a word saying the parties act
//     together ("joint exercises" for 共同訓練) where the rest of it follows another such
//     word ("trilateral exercises", "combined training") or, for "joint", stands alone in a
//     translation that names the parties as a hyphenated pair ("Japan-UK … related
//     exercises"); a term that counts its parties ("trilateral security cooperation") keeps
//     its count: no other word stands for it, and the rest alone only where a hyphenated
//     group names as many parties ("Japan-U.S.-ROK security cooperation"; jointhead.go),
//     nor a Japanese term at the head of a longer compound, a noun right before it, where the
//     English writes the part of the body by initials that end with the concept's acronym
//     (自衛隊 of 航空自衛隊: "the ASDF"; partacronym.go), nor a Japanese term that names
//     the host of a guest's protocol category right before 賓客 (外務省 of 外務省賓客)
//     where the English gives the kind of the visit instead ("paying a working visit",
//     "visiting Japan"; guestvisit.go). A country name in the title of a person
//     named just before it (尹錫悦韓国大統領) does not require the country, nor do the country initials before
//     another concept's term (日米 in 日米安全保障協議委員会, which "the Security Consultative
//     Committee" renders: a joint statement leaves its parties to the context). A title
//     after a person's name is rendered by the title's initials before a name ("PM
//     Kishida" for 岸田総理大臣), after a kanji name by the title's head noun before a name
//     ("Minister Onodera" for 小野寺防衛大臣, the name saying which minister; a surname of
//     one kanji that kagome reads as one, 森外務大臣, but no prefix, 前外務大臣; the name
//     in Hepburn, in capitals too, "Minister ONODERA") or, after a
//     katakana name, by the country's own title
//     before the name it transcribes ("Federal Chancellor Nehammer" for ネハンマー首相:
//     Japanese calls every head of government 首相; "Defense Secretary Hagel" for
//     ヘーゲル米国防長官, the country's initial between the name and the title; holder.go). Besides C's
//     terms, these render it: a short form of C (the Alliance; see below), its adjective
//     (North Korean), its verb where the source uses the term as a verb (抑止する, 抑止し,
//     抑止できる: deter, deterred), and the words of a multi-word term in order and in any
//     case, with one function word allowed between two of them (U.S. Forces Japan: U.S.
//     forces in Japan), or an "X of Y" term with one noun added after X, which the
//     Japanese compound YX leaves to the context ("the realignment plan of the U.S.
//     forces in Japan" for 在日米軍再編, "realignment of U.S. forces in Japan"), or with a
//     parenthetical note of three words or fewer inside it ("Marine Corps Air Station
//     (MCAS) Futenma", also with no space around it: "Security Council(UNSC) Resolution"), or as its head "in the field of" its modifier, an item of a list
//     ("cooperation in the field of security and defense" for 安全保障・防衛協力), or, a
//     term whose head is such a domain noun (field, area, domain, sphere), as the domain
//     noun "of" its modifier ("in the area of security" for 安全保障分野) or by its
//     modifier before a content noun ("the security relationship" for 安全保障分野における
//     関係), and the
//     term in a coordination that shares its head or modifier
//     with another ("national security and defense strategies" renders the National Defense
//     Strategy; 安全保障及び防衛協力 renders 安全保障協力, 国家安全保障及び防衛戦略 国家防衛戦略).
//     An English policy coordinated after "foreign and" ("foreign and security policy")
//     is rendered by its field after 外交 and a coordinator (外交及び安全保障,
//     外交・安全保障): 外交 names foreign policy itself (foreignpolicy.go).
//     A term of C inside a longer term of the target counts (防衛協力 in
//     日米防衛協力のための指針): the longest match decides what the source demands, never
//     what the target writes. In Japanese, a compound of two or more country initials
//     renders each country (日米韓: Japan, the ROK and the United States), as does one
//     initial inside a compound, after a bound prefix or before the noun it modifies
//     (訪韓, "a visit to the ROK"; 在韓, 駐韓, 対韓), a count of the countries an English
//     list names (三か国 for "the ROK, Japan and the United States", 両国 for two), and a
//     relation's parties' initials before a synonym of its noun (日韓国交 for "Japan-ROK
//     relations"; countryabbrev.go), and, before a
//     counting word or none and an institution's noun, each country's institution
//     (日米両政府, 日米両国の政府: "the Government of Japan and the Government of the United
//     States"; not 日韓両政府 nor 日米両国: collective.go), Japan's own name for itself,
//     我が国 for 日本 (我が国政府), and for Japan's government as its clause's subject
//     (我が国は for "the Government of Japan" opening its clause in an English that names
//     Japan once; not 我が国の: selfname.go), a term written as a modifier, の and a head
//     by the same with a place the English names and an honorific prefix against the head
//     (国賓としてのインド御訪問 for "the State Visit to India"; not 国賓としての公式訪問, nor
//     国賓としての中国訪問: visithead.go), and names the
//     parties of a term that says "bilateral" or "trilateral" (日米協力, 日米間の協力, and
//     with 間 any particle that makes it modify a noun, 日英間での協力, 日米間における協力, for
//     二国間協力, "bilateral cooperation"; three initials for 三か国), as do 両国間の and
//     両国の, "both countries", before the rest of such a term, which may write its modifier
//     as a field before its head and its coordinator as a middle dot (両国の安全保障・防衛分野の
//     協力 for 二国間の安全保障及び防衛協力) or, after a lead that ends in の, a short
//     modifier before its head (日米間の緊密な協力, "close bilateral cooperation":
//     bothcountries.go), and an XのY term
//     may have a kanji な/の adjective before its head (二国間の十分な調整: full bilateral
//     coordination), or a -的 adjective compounded with it (共通の基本的価値: shared
//     values), and a term whose kanji noun modifies its head with an attributive
//     ending may have another (共有された規範: 共有する規範, 共有している規範; 共通の価値観:
//     共通する価値観), or a synonym of the noun (共有する価値 for 共通の価値: both "shared" and
//     "common"), or be said as a clause whose verb is the noun's or its synonym's and whose
//     object is the head (価値を共有している for 共通の価値, "share common values";
//     verbphrase.go), the head also as one of the verb's coordinated objects in its clause
//     or after a -的 adjective (基本的価値観とともに利益を共有している, 価値観と利益を共有
//     する; not across a predicate, another object's を or a sentence end:
//     verbphrase_coord.go); a translation that writes a clipping (安保 for 安全保障, 安保理
//     for 安全保障理事会) renders a term where, read with the full word, it does
//     (日米安保・防衛協力 for "bilateral security and defense cooperation": clipping.go); a term may be spelled with its own parts, in order, with only the links
//     な, の, 的 or the middle dot added or dropped between them (グローバルなリーダーシップ:
//     グローバル・リーダーシップ; 経済的な威圧: 経済的威圧; 揺るぎのない: 揺るぎない;
//     ASEANの中心性: ASEAN中心性; 普天間飛行場の代替施設, but not inside the glossary term
//     普天間飛行場), and with a short parenthetical note right after a part, as Japanese
//     official texts place a location or a reading (普天間飛行場(同県宜野湾市)の代替施設),
//     which is the term in another spelling, not a paraphrase: no finding,
//     unless the spelling is one the glossary rejects (インド・太平洋); an English translation may list the
//     countries of a compound of country initials (日米豪印: "Australia, India, Japan, and
//     the United States"), or write the adjective that counts the names of an English
//     compound after it ("Japan-ROK bilateral relations" for 日韓関係) or a country's
//     adjective for its name compounded with a noun ("Korean citizens" for 韓国国民), and
//     a term of a compound of country initials and の
//     (日米韓の安全保障協力) leaves its parties to the context as one without の does. A
//     country's adjective may stand inside an English term, next to its head ("the
//     unwavering U.S. commitment"). A Japanese source term X is not demanded where it is
//     the X of a longer term XのY with an adjective before Y (軍事力の急速な増強 for
//     "rapid military buildup"), which the translation renders, nor where its last
//     characters begin another glossary term the translation renders (日本の防衛 in
//     日本の防衛力: "Japan's defense capabilities"), nor, in full, a term XのY whose X is
//     the head of a longer noun compound (kagome's noun of the compound, or a suffix noun
//     such as 国 or a place name's 海 or 県, right before it: 太平洋島嶼国地域の安定), which names the compound's
//     referent and is rendered by the head of the term's English ("stability in the
//     Pacific Islands region" for regional stability; compoundhead.go). Arabic numerals stand for Roman ones
//     ("Article 5" for "Article V"). A Japanese translation may write the Latin acronym of
//     an English name as Japanese official texts do (NSC特別会合 for "a special meeting of
//     the National Security Council"): an acronym the concept lists, or the initials of a
//     term of three capitalized words or more, in its case, as a Latin word of its own, and
//     not one the glossary rejects; likewise an English translation may write the name a
//     term opens by its initials, an acronym word of it whole ("UNSC resolutions" for "UN
//     Security Council resolutions", "the NSC"), three letters or more, the rest of the
//     term as written, its last word in either number ("a new UNSC resolution"). Where
//     the Japanese term says 国際, "global" may stand for the "international" of its English term ("the
//     rules-based global order" for ルールに基づく国際秩序): 国際 is the word for both. A
//     community of nations that modifies a noun with の, における or での (国際社会の平和と安定,
//     国際社会の課題, 国際社会における課題; not 国際社会において, a clause's setting)
//     is rendered by its adjective ("international peace and stability", "global
//     challenges", "issues in the international arena") or, after the noun, by its adverb or "worldwide" ("peace and stability
//     worldwide"): English does not write "the international community's challenges";
//     the other way, an English term that possesses a noun through "of" ("the peace and
//     security of the international community") or 's ("the international community's
//     efforts") is rendered by its Japanese modifier and の or 的な before the noun
//     (国際の平和と安全, 国際的な取組: possessor.go). A term in the subject of a
//     meeting's name (北朝鮮に関する関係国外相会合; "the Foreign Ministers' Meeting on
//     Security and Stability on the Korean Peninsula") is rendered where the translation
//     names a meeting by a subject of its own, Xに関する…会合 or a capitalized "Meeting on"
//     and a name: each side fixes its name of an event, and the two often say its subject
//     by different words (meetingsubject.go). And a Japanese term XのY is
//     rendered where X is an item of a list of possessors that shares の and Y
//     (日本、地域、国際社会の平和と安全 for "the peace and security of Japan, the region,
//     and the international community": possessorlist.go). An English region after
//     "outside" or "beyond" ("partners outside Europe") is rendered by 域外 or 圏外, which
//     leaves the area to the context (outsidearea.go). A term that pairs two members (同盟国・パートナー国) may use another
//     conjunction (及び, 並びに, と, や; not 又は) and drop the classifier 国 of a katakana
//     member (同盟国及びパートナー). An English term that coordinates its members with
//     "and" ("peace and stability") is rendered by its members as items of one longer
//     list closed by "and", in any order ("peace, stability, and prosperity", "stability,
//     prosperity and peace"): each item between commas, no member inside a longer item, an
//     item that is no member four words at most, no clause's end inside the list; a list
//     closed by "or" offers a choice and renders nothing; likewise a Japanese term that
//     coordinates two members (平和及び安定) by a list of three items or more that has
//     each as a whole item (平和、安定及び繁栄; 平和、安定、繁栄), not one with 又は, nor
//     one whose member a verb's ending follows (安定した): see conjuncts.go. A place name's classifier head is the writer's choice
//     in both languages: インド太平洋 renders "the Indo-Pacific region" and "the
//     Indo-Pacific" インド太平洋地域, and "the Indo-Pacific region and beyond" renders
//     "Indo-Pacific and beyond". English writes a country's institution "the Government of
//     Japan", "Japan's Government", "the Japanese Government" or, coordinated, "the
//     Japanese and U.S. Governments"; stacks a head's modifiers in either order ("the
//     international rules-based order"); writes "A-based B" as "B based on A", A in either
//     number; joins two members by "and" in either order; and makes the adjective of a
//     noun before its infinitive an adverb inside it ("attempts to unilaterally change"
//     for "unilateral attempts to change"). An English acronym that modifies a plural noun after a determiner
//     ("the SCC members": 閣僚) is not required. The holders of one post in several
//     countries carry different titles (the U.S. Secretary of Defense, Japan's Minister of
//     Defense), so a post after two or more country initials (日米豪防衛大臣) is rendered
//     by its field and a collective noun ("the defense leaders of the three nations"),
//     and a plural English title ("the Prime Ministers of Japan and Australia") by the
//     Japanese collective noun (両首脳; 閣僚 or 大臣 for ministers): see collective.go.
//     A post with no field in its title after a count of its holders' countries (両国首相,
//     両首相, 日英首相, 三か国首相) is rendered by the plural noun of its kind ("the leaders
//     of the two countries", "both leaders"): countedpost.go. A post with a field after
//     両 (両外務大臣, 両外相) is rendered by "the two" or "both" and the title's head noun in
//     the plural, in either case ("the two ministers", "both Ministers"): bothpost.go.
//     A Japanese post after the prefix 副 (副首相, "Deputy Prime Minister") is another post,
//     as its English is (deputypost.go): the source does not demand the post without it.
//     A member's noun before 関係 (「特別なパートナー」関係, パートナー関係) is rendered by the
//     English noun of the relation in -ship ("a special partnership"): relationship.go.
//     A party coordinated with another name as the subject of a Japanese clause
//     (日本とNATOは) that the English of a joint statement says by "we" is rendered where
//     the English names the party in another segment of the document: the missing-term or
//     do-not-translate finding is then an info note, and an error where it never does
//     (weparty.go). A Japanese term after a demonstrative (この国際秩序, 同条約) that the
//     English says by a pronoun is settled the same way: a note where the English names
//     the concept in another segment, an error where it never does (anaphor.go). So is
//     an English name that is its sentence's subject ("The SCC approved…") where the
//     Japanese is a passive that states no agent (計画が承認された), the subject left to
//     the context: a note where the Japanese names the concept in another segment (the
//     title), an error where it never does (zerosubject.go). So is a Japanese term that
//     names a meeting (「2+2」閣僚会合, 外相会談) where the English says "the" and the head
//     noun of the concept's English or of a meeting's kind ("the Meeting", "the Talks",
//     "the Summit"), the readout's way to refer to the event it reports: a note where
//     the English names the concept in another segment or the Japanese names it in the
//     title, the event the text is about; an error otherwise (eventhead.go). So is a
//     Japanese term before a post's title (NATO事務総長, 韓国大統領, with の and the
//     holder's name in katakana between them: NATOのストルテンベルグ事務総長) where the
//     English refers to the post by "the" and its title, the whole title, not followed
//     by "of", by "for" and a name or by a word of a longer title ("the Secretary
//     General", "the President"; not "the Minister for Foreign Affairs of France"): no finding where the English names the
//     concept in a segment before, to which the title refers back, a note where it names
//     it only after, an error where it never does (posttitle.go). So is an English name
//     coordinated with another by "and" as a clause's subject ("that Japan and the ROK
//     will maximize pressure") where the Japanese leaves the clause's subject to its
//     collective noun for the two parties (両大臣, 両首脳, 両国, 両者): no finding where
//     the Japanese names the concept in a segment before, a note where only after, an
//     error where never (pairsubject.go). So is a Japanese term whose English refers to it by
//     the head noun of a term of two words or more, after a demonstrative or before the
//     number that labels it ("this resolution", "the present resolution", "Resolution
//     2321"; not before "of"): no finding where the English names the concept in that
//     segment or one before, by a term or by its modifier and head noun ("the United
//     Nations Security Council adopted Resolution 2321"), a note where only after, an
//     error where never (headref.go); likewise an English term whose Japanese says the
//     head noun its Japanese terms share before its number or after a demonstrative
//     (決議第1874号, この決議, 本決議), named by a term or by a modifier of one and the
//     head (国連安全保障理事会は、決議第1874号を). So is an English name that possesses
//     the noun after it ("North Korea's previous nuclear test") or is the object of a
//     preposition that aims an act at it ("pressure on North Korea"; on, against,
//     toward, upon) where the Japanese leaves it to the context (前回核実験, 圧力を強化):
//     no finding where the Japanese names the concept in a segment before, a note where
//     only after, an error where never (zeroarg.go). An English post in apposition to a
//     person's name, after an honorific and the name ("Mr. Taro Aso, Minister for Foreign
//     Affairs,") or as the title before a name that ends its phrase ("Foreign Minister
//     Taro Kono)"), where the Japanese segment names no person (the title of a 談話 leaves
//     its speaker to the page), is no missing term: the two differ by a person, not by a
//     term; where the Japanese names one (麻生太郎氏), the post is demanded (byline.go).
//     A row that
//     is a heading on both sides (a few words, no sentence punctuation, the English
//     opening with a capital: "Regional Security" / 地域情勢), a title a translator
//     renders freely, gets a note instead of the error (heading.go); a forbidden or
//     deprecated term in a heading is still reported.
//     An English short wording of C (a term of C that another of its allowed terms
//     contains: "partnership" beside "trilateral partnership") stands for C, as an
//     anaphor, only in a document that
//     introduces C: by a fuller term of C anywhere in the source, by a glossary term of
//     any concept that holds the wording as a word ("the U.S.-Japan Alliance", to which
//     "the Alliance" refers back), or by the wording after "our", "a" or a possessive
//     noun. Elsewhere ("the Regional Comprehensive Economic Partnership" in a text that
//     never names the trilateral partnership) it is another thing, and no finding: the
//     end of the document decides (shortwording.go). A Japanese short wording (抑止
//     beside 抑止力), a bare noun in a language without articles, is required as any term.
//   - paraphrased-term: instead of missing-term, the translation renders every content part
//     of a term of several parts within a few words in other words ("cooperation in
//     defense" for 防衛協力), leaves the head of a coordinated modifier to the noun before
//     it, or writes a Japanese verbal-noun compound as a clause (see paraphrase.go), or an
//     English term of three content words or more as the clause of its verb and adverb
//     ("fundamentally reinforce its defense capabilities" for "fundamental reinforcement of
//     defense capabilities": the words next to one another in one clause, nothing of
//     content besides; see paraphrase_nominal.go), or, in Japanese, an English adjective
//     as an adverb on the root of the term's adjectival noun (共に関心を有する for "of
//     common interest", 共 of 共通: paraphrase_adverb.go), or the adjective of the nation
//     after an English possessive as the Japanese possessor (我が国の安全保障 for "Japan's
//     national security": paraphrase_possessor.go), or, in Japanese, a term XY as X, a
//     field noun (分野, 面, 領域, 上) with its link, and Y, the classifier of the topic
//     that English compounds leave out (安全保障分野での協力 for "security cooperation":
//     fieldnoun.go). That
//     renders the term, as an official translation does: by default it is no finding, and
//     a [Run] keeps it apart, with Finding.Reason saying how ([Run.Accepted]; a report
//     lists it apart). With [Options].NoteParaphrases it is an info note among the
//     findings instead. A term with a part left unrendered is still missing.
//   - short-form (info): a document renders C only by short forms and never names it in
//     full. A note, never a warning: the short form is right where the context names C. A
//     short form declared with the article matches with any determiner or possessive
//     ("an Alliance", "our Alliance", "the Alliance's", "our two countries' Alliance"). No
//     note where the document uses the short form after the first-person possessive ("our
//     Alliance"), the indefinite article ("renew an Alliance that has become a
//     cornerstone": a first mention) or a possessive noun ("Japan's Alliance"), each of
//     which names C as a full term does, and is an antecedent for "the Alliance". The
//     source's full term does not make the note needless: Japanese, which has no
//     articles, writes 日米同盟 at every mention, so only the translation tells whether
//     its reader was ever told which alliance "the Alliance" is. No
//     note where the source term is itself a short wording, which another term of C
//     contains ("alliance" beside "alliance relationships"), nor where the document names
//     the parties of C's full term as a pair before another noun ("the Japan-U.S.
//     Security Treaty", "U.S.-Japan defense cooperation"), which says whose alliance "the
//     alliance" is (partypair.go); the parties joined by "and", or one of them, do not.
//   - forbidden-term (error), deprecated-term (warning): the target, or a monolingual text,
//     uses such a term. When the same words are a preferred or admitted term of another
//     concept (防衛省: forbidden for the U.S. Department of Defense, preferred for Japan's
//     ministry), the finding needs the source to have the concept it is forbidden for, so a
//     monolingual text never gets it; and where the source has the other concept too and
//     the translation renders the first by an approved term elsewhere ("the NPT, the
//     cornerstone of the nonproliferation regime", where NPT is deprecated for the regime),
//     the words name the other concept: no finding.
//   - inconsistent-term (warning): one concept rendered with two different approved terms in
//     one document ([Linter.Lint]: a file, or a document within a TSV) or across files
//     ([Linter.LintRun]); the uses of the less frequent are reported. In a bilingual
//     document a target term counts only in a segment whose source has the concept, since
//     other English renders no source term, nor one whose source term is a short wording
//     (共通の価値 beside 共通の価値観), which leaves the wording to the context. Acronyms and
//     short forms do not count, nor does a term that the glossary declares a short form of
//     another term of C used in the same document (大韓民国 … 韓国: `short: [韓国]` on
//     大韓民国), nor do the short forms one fuller term declares where it is not used
//     (総理大臣 for Japan's prime minister and 首相 for another country's, both of
//     内閣総理大臣: one rendering), and a term that ends with another after a modifier
//     elaborates it (日米韓三か国のパートナーシップ, 三か国のパートナーシップ), and an English
//     term whose words differ from another's only in number is that term ("model ally",
//     "model allies": the sentence sets the number), and so are two Japanese terms that
//     differ only in their coordinator (平和と安定, 平和及び安定) or their links (の, な, 的,
//     the middle dot: 在日米軍の再編, 在日米軍再編): the sentence's structure chooses them,
//     and so is a role noun in kana and that noun with the classifier 国 that makes it a
//     state's (パートナー, パートナー国; not 同盟, 同盟国, kanji that compound).
//     A Japanese title written against a person's name or country (岸田総理大臣,
//     アルバニージー首相: a katakana word, or a kanji word of two to four characters)
//     follows that person's country's convention, so its uses are compared only among
//     those after the same word (holder.go). Where the source names C by two
//     different terms (核・ミサイル計画, 核・ミサイル開発), the renderings are compared among
//     those of one source term: a translation that keeps the source's distinction is
//     faithful, not inconsistent. A Japanese term written as the modifier of a longer
//     compound (日米豪印パートナー, 日米豪印首脳会合 beside クアッドは) does not count: Japanese
//     prefixes a name in the form that compounds. A term
//     followed by another term of C in parentheses, or the reverse (日米豪印(クアッド),
//     "the Quadrilateral Security Dialogue (Quad)"), is one naming of C in apposition,
//     counted once, under the fuller term (preferred before admitted, then the glossary's
//     order); the parenthesis gives C its second name in the document, whose later uses
//     alone (クアッド) count as the fuller term too.
//   - do-not-translate (error): a term of a concept with translate: false in the source must
//     appear as written (up to width) in the target, where the concept has the term in
//     the target language too (NPT); one in the source language's own words (核兵器不拡散条約)
//     is translated, by any term of the concept (missing-term).
//
// # Suppressions
//
// Inline comments in any syntax — gloss-disable [NAMES] … gloss-enable [NAMES],
// gloss-disable-line, gloss-disable-next-line — where NAMES are rule ids or concept ids
// (none: all rules); per-segment notes (XLIFF and TMX notes, PO translator comments)
// containing gloss-ignore [: NAMES]; and a [Baseline] of fingerprints.
package lint

package content

import (
	"maps"
	"slices"
	"strings"
	"sync"
)

// Class and id hints, matched on the lower-cased class and id attributes.
// Long hints match as substrings ("post-comments" has "comment"); short ones
// only as whole names (split at white space) or, for the negative ones,
// their first part before '-' or '_', so "ad" does not match "header".
var (
	positiveSubstr = []string{
		"article", "content", "entry", "post-body", "postbody", "story", "text",
		"blog", "chapo", "chapeau", "contenu", "texte", "corps", "hentry",
		"h-entry", "main", "prose", "cuerpo", "inhalt", "artikel", "tresc", "rich-text", "richtext", "detail",
	}
	positiveTokens = []string{"body", "post", "page"}
	negativeSubstr = []string{
		"comment", "commentaire", "share", "sharing", "partage", "social",
		"related", "similar", "connexe", "lire-aussi", "lireaussi", "lire_aussi",
		"voir-aussi", "a-lire", "alire", "read-more", "readmore", "more-stories",
		"newsletter", "subscribe", "abonne", "inscription", "signup",
		"advert", "sponsor", "promo", "banner", "banniere", "cookie", "consent",
		"gdpr", "rgpd", "sidebar", "widget", "breadcrumb", "fil-ariane", "footer",
		"foot", "masthead", "menu", "navbar", "navigation", "pagination",
		"pager", "outbrain", "taboola", "disqus", "author-box", "authorbox",
		"author-bio", "byline", "tag-list", "taglist", "tagcloud", "keywords",
		"toolbar", "tooltip", "popup", "modal", "overlay", "skyscraper",
		"recommend", "trending", "popular", "most-read", "mostread",
		"hidden", "print", "caption", "legende", "credit", "copyright",
		"login", "signin", "paywall", "rss", "combx", "shoutbox", "meta",
		"dateline", "timestamp", "post-date", "pubdate",
	}
	negativeTokens = []string{
		"ad", "ads", "adv", "pub", "pubs", "nav", "tag", "tags", "share",
		"aside", "cta", "skip", "hid", "date", "time", "author", "auteur",
		"related", "links", "liens", "source", "sources", "infos", "toc",
	}
)

// strongNegative hints win over content-like ones: "blog-subscribe",
// "post-comments", "article-related" are boilerplate.
var strongNegative = []string{
	"subscribe", "newsletter", "comment", "related", "sidebar", "cookie",
	"advert", "sponsor", "outbrain", "taboola", "popup", "modal", "breadcrumb",
	"nextstory", "next-post", "prev-post", "previous-post", "reading-time",
	"readingtime", "read-time",
}

// hintFlags is what the hints of a class or id attribute say.
type hintFlags uint8

const (
	hintStrongNegative hintFlags = 1 << iota
	hintPositive
	hintNegative
	hintCMSBody // a name is one of cmsBodyClasses: no weight, read by classHint
)

// attrHints reads the hints of one attribute value. No hint holds a space,
// so those of "class id" are those of the class and of the id together.
func attrHints(v string) hintFlags {
	if v == "" {
		return 0
	}
	return attrHintSet().namesFlags(strings.ToLower(v))
}

// attrHintSet indexes the class and id hints, and the classes of
// article bodies, on first use. Short hints
// count only as a whole name or, for the negative ones, its first part:
// "ad-slot" is an ad, "cuerpo-ad" (Spanish for body) is not, and
// "post-comments" is no post.
var attrHintSet = sync.OnceValue(func() *hintSet {
	cms := slices.Sorted(maps.Keys(cmsBodySet()))
	return newHintSet(hintList{hintStrongNegative, inText, strongNegative}, hintList{hintPositive, inText, positiveSubstr},
		hintList{hintNegative, inText, negativeSubstr}, hintList{hintPositive, wholeName, positiveTokens},
		hintList{hintNegative, firstPart, negativeTokens}, hintList{hintCMSBody, wholeName, cms})
})

// weight scores the hints: a strong negative wins, else +1 content-like,
// -1 boilerplate-like, 0 for neither or both.
func (f hintFlags) weight() int8 {
	if f&hintStrongNegative != 0 {
		return -1
	}
	w := int8(0)
	if f&hintPositive != 0 {
		w++
	}
	if f&hintNegative != 0 {
		w--
	}
	return w
}

// hintMatch says where the hints of a list match.
type hintMatch uint8

const (
	inText    hintMatch = iota // anywhere
	wholeName                  // as a whole name of an attribute (namesFlags)
	firstPart                  // as a whole name or its first part, before '-' or '_'
)

// hintList is a list of hints and the flag they set.
type hintList struct {
	flag  hintFlags
	match hintMatch
	hints []string
}

// hintSet is an Aho-Corasick automaton of lists of hints: a text (a class
// name, a block) is read once, one step a byte, whatever the number of
// hints. A page has hundreds of class names and the lists a hundred
// hints each.
type hintSet struct {
	cols  [256]uint8  // the column of each byte; colOther for those no hint holds
	ncols int         // the columns, the marks of names included
	next  []uint16    // the state after state s reads column c is next[s*ncols+c]
	flags []hintFlags // the flags of the hints that end at each state
	all   hintFlags   // the flags of the lists
}

// The columns that no byte has: the bytes no hint holds, and the marks
// namesFlags reads before and after each name.
const (
	colOther = iota
	colNameStart
	colNameEnd
	firstByteCol
)

// newHintSet builds the automaton of the lists.
func newHintSet(lists ...hintList) *hintSet {
	set := &hintSet{ncols: firstByteCol}
	for _, l := range lists {
		set.all |= l.flag
		for _, h := range l.hints {
			set.addCols(h)
		}
		if l.match == firstPart {
			set.addCols("-_")
		}
	}
	set.addState() // the root
	for _, l := range lists {
		for _, h := range l.hints {
			set.addHint(l, h)
		}
	}
	set.link()
	return set
}

// addCols gives a column to each byte of s that has none.
func (set *hintSet) addCols(s string) {
	for i := 0; i < len(s); i++ {
		if set.cols[s[i]] == colOther {
			set.cols[s[i]] = uint8(set.ncols)
			set.ncols++
		}
	}
}

// addHint adds the paths of the hint h of the list l to the trie.
func (set *hintSet) addHint(l hintList, h string) {
	var path []uint8
	if l.match != inText {
		path = append(path, colNameStart)
	}
	for i := 0; i < len(h); i++ {
		path = append(path, set.cols[h[i]])
	}
	switch l.match {
	case wholeName:
		set.addPath(append(path, colNameEnd), l.flag)
	case firstPart:
		set.addPath(append(path, colNameEnd), l.flag)
		set.addPath(append(path, set.cols['-']), l.flag)
		set.addPath(append(path, set.cols['_']), l.flag)
	default:
		set.addPath(path, l.flag)
	}
}

// addState appends a state without edges and returns it.
func (set *hintSet) addState() int {
	set.next = append(set.next, make([]uint16, set.ncols)...)
	set.flags = append(set.flags, 0)
	return len(set.flags) - 1
}

// addPath adds the path of columns to the trie, its end setting flag. In
// the trie an edge to the root, 0, is no edge: the root is no child.
func (set *hintSet) addPath(path []uint8, flag hintFlags) {
	s := 0
	for _, c := range path {
		if set.next[s*set.ncols+int(c)] == 0 {
			set.next[s*set.ncols+int(c)] = uint16(set.addState())
		}
		s = int(set.next[s*set.ncols+int(c)])
	}
	set.flags[s] |= flag
}

// link turns the trie into the automaton, breadth first: the missing
// edges of a state are those of its longest proper suffix in the trie,
// and its flags take that suffix's.
func (set *hintSet) link() {
	suffix := make([]uint16, len(set.flags))
	var queue []uint16
	for c := range set.ncols {
		if n := set.next[c]; n != 0 {
			queue = append(queue, n)
		}
	}
	for len(queue) > 0 {
		s := int(queue[0])
		queue = queue[1:]
		set.flags[s] |= set.flags[suffix[s]]
		row, sufRow := set.next[s*set.ncols:][:set.ncols], set.next[int(suffix[s])*set.ncols:][:set.ncols]
		for c, n := range row {
			if n == 0 {
				row[c] = sufRow[c]
				continue
			}
			suffix[n] = sufRow[c]
			queue = append(queue, n)
		}
	}
}

// step returns the state after s reads column c.
func (set *hintSet) step(s int, c uint8) int { return int(set.next[s*set.ncols+int(c)]) }

// flagsIn returns the flags of the lists of which s contains a hint.
func (set *hintSet) flagsIn(s []byte) hintFlags {
	var f hintFlags
	st := 0
	for i := 0; i < len(s) && f != set.all; i++ {
		st = set.step(st, set.cols[s[i]])
		f |= set.flags[st]
	}
	return f
}

// namesFlags returns the flags of the lists of which the white-space
// separated names of v hold a hint where its list matches.
func (set *hintSet) namesFlags(v string) hintFlags {
	var f hintFlags
	for name := range strings.FieldsSeq(v) {
		st := set.step(0, colNameStart)
		for i := 0; i < len(name); i++ {
			st = set.step(st, set.cols[name[i]])
			f |= set.flags[st]
		}
		f |= set.flags[set.step(st, colNameEnd)]
		if f == set.all {
			break
		}
	}
	return f
}

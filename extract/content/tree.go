package content

import (
	"strings"
	"sync"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// elem is one kept node of the page, in document order. The subtree of
// elems[i] is elems[i:elems[i].end], so every walk below is a loop over a
// slice: no recursion, whatever the nesting depth.
type elem struct {
	n       *html.Node // a text node's text is n.Data
	parent  int32
	end     int32
	tag     atom.Atom
	isText  bool
	weight  int8 // class and id hints: +1 content-like, -1 boilerplate-like
	drop    bool
	hasBlk  bool // some descendant is a block element
	textLen int32
	linkLen int32
	commas  int32
	score   float32
	scored  bool
}

// tree is the flattened page with what the first pass collected on the way.
type tree struct {
	elems    []elem
	body     int32 // index of <body>, or 0
	title    string
	lang     string
	metas    []meta
	canon    string
	jsonLD   []string
	declared []declared
	hints    map[string]hint // what class attributes say, by their values
	scratch  []byte          // the buffer render writes the blocks in
	spans    []span          // and their bounds in it
	blocks   []string        // what render returns
}

// hint is what a class attribute says: its hints (attrHints) and whether
// it names a CMS's article body (cmsBody; attrHints tells it for ASCII).
// Pages repeat a few class names on many elements: every value is read
// once. Ids are mostly unique: they are read each time, not kept.
type hint struct {
	flags   hintFlags
	cmsBody bool
}

// classHint returns what the class attribute value v says.
func (t *tree) classHint(v string) hint {
	if v == "" {
		return hint{}
	}
	h, ok := t.hints[v]
	if !ok {
		f := attrHints(v)
		h = hint{flags: f, cmsBody: f&hintCMSBody != 0}
		if !isASCII(v) { // attrHints lowers v, which cmsBody does not
			h.cmsBody = cmsBody(v)
		}
		t.hints[v] = h
	}
	return h
}

// classWeight scores the class and id hints of an element (+1
// content-like, -1 boilerplate-like, 0 for neither or both) and tells
// whether its class names a CMS's article body.
func (t *tree) classWeight(class, id string) (int8, bool) {
	c := t.classHint(class)
	return (c.flags | attrHints(id)).weight(), c.cmsBody
}

// meta is one <meta> (or itemprop element) of the page, keys lower-cased.
type meta struct {
	key, value string
}

// declared is a container the page itself marks as the article body.
type declared struct {
	idx  int32
	rank int // lower is stronger
}

// Ranks of declared containers.
const (
	rankItemprop = iota
	rankItemtype // an element typed as a schema.org article, when alone
	rankCMS
	rankArticle
	rankMain
)

// dropped tells whether elements of tag a are never part of the main text.
func dropped(a atom.Atom) bool {
	switch a {
	case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Svg,
		atom.Math, atom.Iframe, atom.Object, atom.Embed, atom.Canvas,
		atom.Button, atom.Input, atom.Select, atom.Textarea, atom.Option,
		atom.Nav, atom.Aside, atom.Footer, atom.Figcaption, atom.Audio,
		atom.Video, atom.Dialog, atom.Menu, atom.Label, atom.Link, atom.Img,
		atom.Picture, atom.Source, atom.Map, atom.Area, atom.Rt, atom.Rp:
		return true
	}
	return false
}

// dropCustom are custom elements (AMP and widgets) that hold no article text.
var dropCustom = map[string]bool{
	"amp-ad": true, "amp-embed": true, "amp-sidebar": true, "amp-analytics": true,
	"amp-social-share": true, "amp-iframe": true, "amp-consent": true,
	"amp-user-notification": true, "amp-sticky-ad": true, "amp-auto-ads": true,
	"amp-geo": true, "amp-pixel": true, "amp-list": true, "amp-carousel": true,
	"amp-img": true, "amp-video": true, "amp-twitter": true, "amp-instagram": true,
	"amp-facebook": true, "amp-youtube": true,
}

// treePool holds the trees of parsed pages for reuse: a tree is scratch
// that lives while one page is read, and its elements weigh more than the
// text they yield.
var treePool = sync.Pool{New: func() any { return &tree{hints: map[string]hint{}} }}

// maxPooled is the most elements a tree taken back into treePool keeps
// room for: the tree of a huge page is left to the collector.
const maxPooled = 1 << 14

// release empties t and returns it to treePool. Nothing may use t after.
func (t *tree) release() {
	if cap(t.elems) > maxPooled {
		return
	}
	clear(t.elems) // the node pointers
	clear(t.hints)
	clear(t.metas)
	clear(t.jsonLD)
	clear(t.blocks)
	*t = tree{elems: t.elems[:0], hints: t.hints, metas: t.metas[:0], jsonLD: t.jsonLD[:0], declared: t.declared[:0],
		scratch: t.scratch[:0], spans: t.spans[:0], blocks: t.blocks[:0]}
	treePool.Put(t)
}

// build flattens doc. Head elements are read for metadata and not kept.
// The tree comes from treePool: release gives it back.
func build(doc *html.Node) *tree {
	t := treePool.Get().(*tree)
	type frame struct {
		idx int32 // kept index of the open node, or -1
		eff int32 // parent of its children
	}
	var open []frame
	n := doc
	for n != nil {
		parent := int32(-1)
		if len(open) > 0 {
			parent = open[len(open)-1].eff
		}
		idx, descend := t.visit(n, parent)
		if descend && n.FirstChild != nil {
			eff := idx
			if idx < 0 {
				eff = parent
			}
			open = append(open, frame{idx, eff})
			n = n.FirstChild
			continue
		}
		if idx >= 0 {
			t.elems[idx].end = int32(len(t.elems))
		}
		for n != nil && n.NextSibling == nil {
			n = n.Parent
			if n == nil || len(open) == 0 {
				n = nil
				break
			}
			f := open[len(open)-1]
			open = open[:len(open)-1]
			if f.idx >= 0 {
				t.elems[f.idx].end = int32(len(t.elems))
			}
		}
		if n != nil {
			n = n.NextSibling
		}
	}
	return t
}

// visit appends n if it is kept and tells whether to walk its children.
func (t *tree) visit(n *html.Node, parent int32) (int32, bool) {
	switch n.Type {
	case html.DocumentNode:
		t.elems = append(t.elems, elem{n: n, parent: -1})
		return int32(len(t.elems) - 1), true
	case html.TextNode:
		if parent < 0 {
			return -1, false
		}
		t.elems = append(t.elems, elem{n: n, parent: parent, isText: true})
		return int32(len(t.elems) - 1), false
	case html.ElementNode:
	default:
		return -1, false
	}
	if !t.readHeadElement(n) {
		return -1, false
	}
	if dropped(n.DataAtom) || (n.DataAtom == 0 && dropCustom[n.Data]) || hidden(n) {
		return -1, false
	}
	return t.keepElement(n, parent)
}

// readHeadElement reads the metadata an element carries (language, title,
// meta tags, canonical link, JSON-LD, <time>) and tells whether the
// element may hold content.
func (t *tree) readHeadElement(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Html:
		if l := attr(n, "lang"); l != "" {
			t.lang = l
		} else if l := attr(n, "xml:lang"); l != "" {
			t.lang = l
		}
	case atom.Title:
		if t.title == "" && n.FirstChild != nil && inHead(n) {
			t.title = n.FirstChild.Data
		}
		return !inHead(n)
	case atom.Meta:
		t.readMeta(n)
		return false
	case atom.Link:
		if t.canon == "" && strings.EqualFold(attr(n, "rel"), "canonical") {
			t.canon = attr(n, "href")
		}
		return false
	case atom.Script:
		if strings.Contains(strings.ToLower(attr(n, "type")), "ld+json") && n.FirstChild != nil {
			t.jsonLD = append(t.jsonLD, n.FirstChild.Data)
		}
		return false
	case atom.Time:
		if v := attr(n, "datetime"); v != "" && attr(n, "itemprop") == "" {
			t.metas = append(t.metas, meta{"time", v})
		}
	}
	return true
}

// keepElement appends the element n and notes the article containers it
// declares (but for its class: weigh).
func (t *tree) keepElement(n *html.Node, parent int32) (int32, bool) {
	e := elem{n: n, parent: parent, tag: n.DataAtom}
	idx := int32(len(t.elems))
	var class, itemprop, role, itemtype string
	for _, a := range n.Attr {
		switch a.Key {
		case "class":
			class = a.Val
		case "itemprop":
			itemprop = a.Val
		case "role":
			role = a.Val
		case "itemtype", "typeof": // microdata or RDFa
			itemtype = a.Val
		}
	}
	if n.DataAtom == atom.Ins && class != "" {
		return -1, false // ad slots (adsbygoogle)
	}
	if itemtype != "" {
		if i := strings.LastIndexAny(itemtype, "/:"); isArticle(itemtype[i+1:]) {
			t.declared = append(t.declared, declared{idx, rankItemtype})
		}
	}
	if itemprop != "" {
		switch strings.ToLower(itemprop) {
		case "articlebody", "articletext":
			t.declared = append(t.declared, declared{idx, rankItemprop})
		case "datepublished", "datecreated", "author", "headline", "name":
			t.readItemprop(n, strings.ToLower(itemprop))
		}
	}
	switch {
	case n.DataAtom == atom.Body:
		t.body = idx
	case n.DataAtom == atom.Article:
		t.declared = append(t.declared, declared{idx, rankArticle})
	case n.DataAtom == atom.Main || strings.EqualFold(role, "main"):
		t.declared = append(t.declared, declared{idx, rankMain})
	case n.DataAtom == atom.Head:
		return -1, true // read its metadata, keep nothing
	}
	t.elems = append(t.elems, e)
	return idx, true
}

// weigh reads the class and id hints of the elements that hold text,
// the only ones whose weight the choice of the content reads (stats has
// counted it), and notes those whose class names a CMS's article body:
// an empty container is no article.
func (t *tree) weigh() {
	for i := range t.elems {
		e := &t.elems[i]
		if e.isText || e.textLen == 0 || e.n.Type != html.ElementNode {
			continue
		}
		var class, id string
		for _, a := range e.n.Attr {
			switch a.Key {
			case "class":
				class = a.Val
			case "id":
				id = a.Val
			}
		}
		if class == "" && id == "" {
			continue
		}
		var body bool
		e.weight, body = t.classWeight(class, id)
		if body {
			t.declared = append(t.declared, declared{int32(i), rankCMS})
		}
	}
}

// inHead tells whether n sits in <head> (a <title> in an inline SVG or body
// is no page title).
func inHead(n *html.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.DataAtom == atom.Head {
			return true
		}
	}
	return false
}

// hidden tells whether n is hidden by its attributes.
func hidden(n *html.Node) bool {
	for _, a := range n.Attr {
		switch a.Key {
		case "hidden":
			return true
		case "aria-hidden":
			if a.Val == "true" {
				return true
			}
		case "style":
			if strings.Contains(a.Val, "none") || strings.Contains(a.Val, "hidden") {
				v := strings.ReplaceAll(strings.ToLower(a.Val), " ", "")
				if strings.Contains(v, "display:none") || strings.Contains(v, "visibility:hidden") {
					return true
				}
			}
		}
	}
	return false
}

// attr returns the value of n's attribute key.
func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// readMeta records a <meta> element.
func (t *tree) readMeta(n *html.Node) {
	var key, content, cs string
	for _, a := range n.Attr {
		switch a.Key {
		case "name", "property", "itemprop":
			if key == "" {
				key = strings.ToLower(strings.TrimSpace(a.Val))
			}
		case "http-equiv":
			key = strings.ToLower(strings.TrimSpace(a.Val))
		case "content":
			content = a.Val
		case "charset":
			cs = a.Val
		}
	}
	if key != "" && content != "" && cs == "" {
		t.metas = append(t.metas, meta{key, strings.TrimSpace(content)})
	}
}

// readItemprop records microdata found in the body.
func (t *tree) readItemprop(n *html.Node, prop string) {
	v := attr(n, "content")
	if v == "" {
		v = attr(n, "datetime")
	}
	if v == "" && prop != "datepublished" && prop != "datecreated" {
		v = shortText(n, 200)
	}
	if v != "" {
		t.metas = append(t.metas, meta{"itemprop:" + prop, strings.TrimSpace(v)})
	}
}

// shortText returns the collapsed text of n, up to about max bytes.
func shortText(n *html.Node, max int) string {
	var b strings.Builder
	for c := n; c != nil; c = next(c, n) {
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
			b.WriteByte(' ')
			if b.Len() > max {
				break
			}
		}
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

// next returns the node after c in document order within root.
func next(c, root *html.Node) *html.Node {
	if c.FirstChild != nil {
		return c.FirstChild
	}
	for c != root {
		if c.NextSibling != nil {
			return c.NextSibling
		}
		c = c.Parent
	}
	return nil
}

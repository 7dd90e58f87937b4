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
	text    string // a text node's
	class   string
	id      string
	lead    bool // itemprop="description"
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
	stack    []frame         // the builder's open elements
	nodes    []*html.Node    // the elements as nodes, for a CSS selector
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
	clear(t.elems) // the strings
	clear(t.hints)
	clear(t.metas)
	clear(t.jsonLD)
	clear(t.blocks)
	clear(t.stack)
	*t = tree{elems: t.elems[:0], hints: t.hints, metas: t.metas[:0], jsonLD: t.jsonLD[:0], declared: t.declared[:0],
		scratch: t.scratch[:0], spans: t.spans[:0], blocks: t.blocks[:0], stack: t.stack[:0]}
	treePool.Put(t)
}

// keep reads the element of tag a (name if custom) just opened under
// parent: its metadata, and whether it may hold content. It returns the
// index of the element if it is kept, and whether its content may be.
func (b *builder) keep(a atom.Atom, name string, parent int32) (int32, bool) {
	if !b.readHeadElement(a) {
		return -1, false
	}
	if dropped(a) || (a == 0 && dropCustom[name]) || hidden(b.attrs) {
		return -1, false
	}
	return b.keepElement(a, name, parent)
}

// readHeadElement reads the metadata an element carries (language, title,
// meta tags, canonical link, JSON-LD, <time>) and tells whether the
// element may hold content.
func (b *builder) readHeadElement(a atom.Atom) bool {
	t, attrs := b.t, b.attrs
	switch a {
	case atom.Html:
		t.readLang(attrs)
	case atom.Title:
		if !b.body {
			b.next = expectTitle
		}
		return b.body
	case atom.Meta:
		t.readMeta(attrs)
		return false
	case atom.Link:
		if t.canon == "" && strings.EqualFold(attr(attrs, "rel"), "canonical") {
			t.canon = attr(attrs, "href")
		}
		return false
	case atom.Script:
		if strings.Contains(strings.ToLower(attr(attrs, "type")), "ld+json") {
			b.next = expectJSONLD
		}
		return false
	case atom.Time:
		if v := attr(attrs, "datetime"); v != "" && attr(attrs, "itemprop") == "" {
			t.metas = append(t.metas, meta{"time", v})
		}
	}
	return true
}

// readLang reads the language of the page from the attributes of <html>.
func (t *tree) readLang(attrs []html.Attribute) {
	if l := attr(attrs, "lang"); l != "" {
		t.lang = l
	} else if l := attr(attrs, "xml:lang"); l != "" {
		t.lang = l
	}
}

// keepElement appends the element of tag a and notes the article
// containers it declares (but for its class: weigh).
func (b *builder) keepElement(a atom.Atom, name string, parent int32) (int32, bool) {
	t := b.t
	e := elem{parent: parent, tag: a}
	idx := int32(len(t.elems))
	var itemprop, role, itemtype string
	for _, at := range b.attrs {
		switch at.Key {
		case "class":
			e.class = at.Val
		case "id":
			e.id = at.Val
		case "itemprop":
			itemprop = at.Val
		case "role":
			role = at.Val
		case "itemtype", "typeof": // microdata or RDFa
			itemtype = at.Val
		}
	}
	if a == atom.Ins && e.class != "" {
		return -1, false // ad slots (adsbygoogle)
	}
	if itemtype != "" {
		if i := strings.LastIndexAny(itemtype, "/:"); isArticle(itemtype[i+1:]) {
			t.declared = append(t.declared, declared{idx, rankItemtype})
		}
	}
	if itemprop != "" {
		e.lead = strings.EqualFold(itemprop, "description")
		switch strings.ToLower(itemprop) {
		case "articlebody", "articletext":
			t.declared = append(t.declared, declared{idx, rankItemprop})
		case "datepublished", "datecreated", "author", "headline", "name":
			b.readItemprop(idx, strings.ToLower(itemprop))
		}
	}
	switch {
	case a == atom.Body:
		t.body = idx
	case a == atom.Article:
		t.declared = append(t.declared, declared{idx, rankArticle})
	case a == atom.Main || strings.EqualFold(role, "main"):
		t.declared = append(t.declared, declared{idx, rankMain})
	}
	b.appendElem(e, name)
	return idx, true
}

// weigh reads the class and id hints of the elements that hold text,
// the only ones whose weight the choice of the content reads (stats has
// counted it), and notes those whose class names a CMS's article body:
// an empty container is no article.
func (t *tree) weigh() {
	for i := range t.elems {
		e := &t.elems[i]
		if e.isText || e.textLen == 0 || i == 0 || e.class == "" && e.id == "" {
			continue
		}
		var body bool
		e.weight, body = t.classWeight(e.class, e.id)
		if body {
			t.declared = append(t.declared, declared{int32(i), rankCMS})
		}
	}
}

// hidden tells whether attributes attrs hide their element.
func hidden(attrs []html.Attribute) bool {
	for _, a := range attrs {
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

// attr returns the value of attribute key in attrs.
func attr(attrs []html.Attribute, key string) string {
	for _, a := range attrs {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// readMeta records a <meta> element.
func (t *tree) readMeta(attrs []html.Attribute) {
	var key, content, cs string
	for _, a := range attrs {
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

// readItemprop records microdata found in the body: its value is an
// attribute, or the text of elems[idx], read once the page is.
func (b *builder) readItemprop(idx int32, prop string) {
	t := b.t
	v := attr(b.attrs, "content")
	if v == "" {
		v = attr(b.attrs, "datetime")
	}
	if v == "" {
		if prop == "datepublished" || prop == "datecreated" {
			return
		}
		b.texts = append(b.texts, itemText{elem: idx, meta: int32(len(t.metas))}) // read by finish
	}
	t.metas = append(t.metas, meta{"itemprop:" + prop, strings.TrimSpace(v)})
}

// shortText returns the collapsed text of elems[i], up to about max bytes.
func (t *tree) shortText(i int32, max int) string {
	var b strings.Builder
	for j := i; j < t.elems[i].end; j++ {
		if t.elems[j].isText {
			b.WriteString(t.elems[j].text)
			b.WriteByte(' ')
			if b.Len() > max {
				break
			}
		}
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

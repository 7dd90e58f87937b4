package content

import (
	"bytes"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The tree is built from x/net/html's tokenizer, not from html.Parse.
// Tokenizing is the hard part of reading HTML (character references, raw
// text, comments, attributes), and the tokenizer is the library's. Of the
// HTML5 tree builder, the tree keeps the rules that decide which block a
// text belongs to: the implied end tags (a <p> closed by a <div>, an <li> by
// the next), the scopes an end tag closes within, the void elements and the
// implied <html> and <body>. It leaves out the repairs that move markup
// around text without moving the text out of its block (the adoption agency
// algorithm, reconstructed formatting, foster parenting out of tables), and
// the html.Node tree itself, which was built only to be flattened: the
// whole extraction of the French fixture pages takes 16–18 % less CPU.

// maxDepth is the most elements kept open. Deeper start tags are ignored,
// and their text joins the deepest open element: the scope searches stay
// bounded and the build linear, whatever the nesting.
const maxDepth = 512

// frame is an open element.
type frame struct {
	tag     atom.Atom
	cls     tagClass
	name    string // a custom element's name (tag 0)
	idx     int32  // the kept element, or -1
	eff     int32  // the parent of what it holds
	drop    bool   // nothing inside is kept
	foreign bool   // an <svg> or <math>: no HTML rules inside
	closed  bool   // closed by a misnested end tag, with blocks open inside
}

// expect is what the next text token is.
type expect uint8

const (
	expectText      expect = iota
	expectTitle            // the page title
	expectJSONLD           // a JSON-LD script
	expectNoNewline        // text whose first newline is markup
)

// builder builds a tree from the tokens of a page.
type builder struct {
	t       *tree
	z       *html.Tokenizer
	stack   []frame
	drops   int  // dropped frames open
	foreign int  // svg and math frames open
	over    int  // start tags ignored past maxDepth, not yet closed
	body    bool // the body is open
	merge   bool // the last node is a text that the next text extends
	next    expect
	nodes   bool // build html.Nodes too, for CSS selectors
	attrs   []html.Attribute
	texts   []itemText
}

// itemText is an itemprop element whose text is the value of t.metas[meta].
type itemText struct {
	elem, meta int32
}

// build reads page s into a tree from treePool (release gives it back).
// With nodes, t.nodes holds an html.Node for every kept element and text,
// linked as in the tree, for CSS selectors.
func build(s []byte, nodes bool) *tree {
	t := treePool.Get().(*tree)
	b := builder{t: t, z: html.NewTokenizer(bytes.NewReader(s)), nodes: nodes, stack: t.stack[:0]}
	b.appendElem(elem{parent: -1}, "")
	b.stack = append(b.stack, frame{idx: 0, eff: 0, cls: special | scopeEdge})
	for {
		tt := b.z.Next()
		w := b.next
		b.next = expectText
		switch tt {
		case html.ErrorToken:
			b.finish()
			return t
		case html.TextToken:
			b.text(b.z.Text(), w)
		case html.StartTagToken, html.SelfClosingTagToken:
			b.startTag(tt == html.SelfClosingTagToken)
		case html.EndTagToken:
			b.endTag()
		case html.CommentToken:
			b.merge = false
		}
	}
}

// finish closes what is open and fills the itemprop values read from text.
func (b *builder) finish() {
	if !b.body {
		b.ensureHTML()
		b.openBody(true)
	}
	for len(b.stack) > 0 {
		b.pop()
	}
	t := b.t
	if len(b.texts) > 0 {
		for _, p := range b.texts {
			t.metas[p.meta].value = t.shortText(p.elem, 200)
		}
		metas, next := t.metas[:0], 0
		for i, m := range t.metas {
			if next < len(b.texts) && int(b.texts[next].meta) == i {
				next++
				if m.value == "" {
					continue // no text either
				}
			}
			metas = append(metas, m)
		}
		t.metas = metas
	}
	t.stack = b.stack[:0]
}

// top returns the innermost open element.
func (b *builder) top() *frame { return &b.stack[len(b.stack)-1] }

// appendElem appends e to the tree, and its node when nodes are built
// (name is a custom element's).
func (b *builder) appendElem(e elem, name string) int32 {
	t := b.t
	idx := int32(len(t.elems))
	e.end = idx + 1
	t.elems = append(t.elems, e)
	if b.nodes {
		t.nodes = append(t.nodes, b.node(e, name))
		if e.parent >= 0 {
			t.nodes[e.parent].AppendChild(t.nodes[idx])
		}
	}
	b.merge = e.isText
	return idx
}

// node returns the html.Node of e, with the attributes of its tag.
func (b *builder) node(e elem, name string) *html.Node {
	switch {
	case e.parent < 0:
		return &html.Node{Type: html.DocumentNode}
	case e.isText:
		return &html.Node{Type: html.TextNode, Data: e.text}
	}
	if e.tag != 0 {
		name = e.tag.String()
	}
	return &html.Node{Type: html.ElementNode, DataAtom: e.tag, Data: name, Attr: append([]html.Attribute(nil), b.attrs...)}
}

// push opens an element.
func (b *builder) push(f frame) {
	if f.drop {
		b.drops++
	}
	if f.foreign {
		b.foreign++
		b.z.AllowCDATA(true)
	}
	b.stack = append(b.stack, f)
	b.merge = false
}

// pop closes the innermost open element, and those under it that a
// misnested end tag closed.
func (b *builder) pop() {
	for {
		f := b.stack[len(b.stack)-1]
		b.stack = b.stack[:len(b.stack)-1]
		if f.idx >= 0 {
			b.t.elems[f.idx].end = int32(len(b.t.elems))
		}
		if f.drop {
			b.drops--
		}
		if f.foreign {
			b.foreign--
			b.z.AllowCDATA(b.foreign > 0)
		}
		b.merge = false
		if len(b.stack) == 0 || !b.top().closed {
			return
		}
	}
}

// popTo closes the open elements down to stack[i], included.
func (b *builder) popTo(i int) {
	for len(b.stack) > i {
		b.pop()
	}
}

// text appends a text token, or reads it as the title or JSON-LD.
func (b *builder) text(s []byte, w expect) {
	t := b.t
	switch w {
	case expectTitle:
		if t.title == "" {
			t.title = string(s)
		}
		return
	case expectJSONLD:
		t.jsonLD = append(t.jsonLD, string(s))
		return
	case expectNoNewline:
		if len(s) > 0 && s[0] == '\n' {
			s = s[1:]
		}
	}
	if b.drops > 0 || len(s) == 0 {
		return
	}
	if !b.body {
		if len(bytes.TrimLeft(s, " \t\n\f\r")) == 0 {
			return // white space in the head
		}
		b.ensureHTML()
		b.openBody(true)
	}
	if bytes.IndexByte(s, 0) >= 0 {
		s = bytes.ReplaceAll(s, []byte{0}, nil) // the tree builder drops NULs
	}
	if b.merge {
		last := &t.elems[len(t.elems)-1]
		last.text += string(s)
		if b.nodes {
			t.nodes[len(t.nodes)-1].Data = last.text
		}
		return
	}
	b.appendElem(elem{text: string(s), parent: b.top().eff, isText: true}, "")
}

// startTag reads a start tag.
func (b *builder) startTag(selfClosing bool) {
	name, more := b.z.TagName()
	a := atom.Lookup(name)
	if b.foreign > 0 && breaksOut(a) && !b.inForeignObject() {
		for b.foreign > 0 {
			b.pop() // an HTML tag ends unclosed SVG or MathML
		}
	}
	cls := classOf(a)
	if b.foreign > 0 {
		cls = 0 // SVG and MathML tags are no HTML blocks
		b.z.NextIsNotRawText()
	}
	switch {
	case a == atom.Html:
		b.readAttrs(a, more)
		if len(b.t.elems) == 1 {
			b.open(a, nil, cls, false)
		} else if b.t.lang == "" {
			b.t.readLang(b.attrs) // a second <html> adds its attributes
		}
		return
	case a == atom.Head:
		return // the head is only what comes before the body
	case a == atom.Body:
		if !b.body {
			b.ensureHTML()
			b.readAttrs(a, more)
			b.openBody(false)
		}
		return
	}
	b.ensureHTML()
	if !b.body && cls&headTag == 0 {
		b.openBody(true)
	}
	b.readAttrs(a, more)
	if b.foreign == 0 {
		b.implyEnds(a, cls)
	}
	if b.over > 0 || len(b.stack) >= maxDepth {
		if cls&void == 0 && !selfClosing {
			b.over++
		}
		return
	}
	b.open(a, name, cls, selfClosing)
}

// open appends the element of tag a and, unless it is void, opens it.
func (b *builder) open(a atom.Atom, name []byte, cls tagClass, selfClosing bool) {
	f := frame{tag: a, cls: cls, idx: -1, eff: b.top().eff, foreign: a == atom.Svg || a == atom.Math}
	if a == 0 {
		f.name = string(name)
	}
	if b.drops == 0 {
		var keep bool
		f.idx, keep = b.keep(a, f.name, f.eff)
		f.drop = !keep
		if f.idx >= 0 {
			f.eff = f.idx
		}
	}
	if cls&void != 0 || selfClosing && (b.foreign > 0 || f.foreign) {
		b.merge = false
		return
	}
	if cls&eatsNewline != 0 {
		b.next = expectNoNewline
	}
	b.push(f)
}

// endTag reads an end tag.
func (b *builder) endTag() {
	name, _ := b.z.TagName()
	a := atom.Lookup(name)
	if b.over > 0 {
		b.over--
		return
	}
	cls := classOf(a)
	switch {
	case b.foreign > 0 || cls&(special|formatting) == 0:
		b.closeOther(a, name)
	case a == atom.Html || a == atom.Body || a == atom.Head:
		// the body lasts to the end of the page
	case a == atom.Br:
		b.attrs = b.attrs[:0] // </br> is read as <br>
		b.open(a, nil, cls, false)
	case a == atom.P:
		b.closeP()
	case a == atom.Li:
		b.closeIfFound(b.findTag(a, listScope))
	case cls&heading != 0:
		b.closeIfFound(b.find(isHeading, defaultScope))
	case cls&tablePart != 0:
		b.closeIfFound(b.findTag(a, tableScope))
	case cls&formatting != 0:
		if i := b.findTag(a, defaultScope); i > 0 {
			b.closeFormatting(i)
		}
	default:
		b.closeIfFound(b.findTag(a, defaultScope))
	}
}

// ensureHTML opens the <html> element if no tag has.
func (b *builder) ensureHTML() {
	if len(b.t.elems) == 1 {
		b.attrs = b.attrs[:0]
		b.open(atom.Html, nil, classOf(atom.Html), false)
	}
}

// openBody opens the <body>, with the attributes just read unless it is
// implied.
func (b *builder) openBody(implied bool) {
	if implied {
		b.attrs = b.attrs[:0]
	}
	b.body = true
	b.open(atom.Body, nil, classOf(atom.Body), false)
}

// readAttrs reads the attributes of the tag into b.attrs: those the tree
// reads, or all of them when nodes are built.
func (b *builder) readAttrs(a atom.Atom, more bool) {
	b.attrs = b.attrs[:0]
	if b.drops > 0 || dropped(a) && a != atom.Link && a != atom.Script {
		return // nothing is kept of it: no copies of paths and srcsets
	}
	for more {
		var k, v []byte
		k, v, more = b.z.TagAttr()
		key := keptAttr(k, a)
		if key == "" {
			if !b.nodes {
				continue
			}
			key = string(k)
		}
		b.attrs = append(b.attrs, html.Attribute{Key: key, Val: string(v)})
	}
}

package content

// The HTML5 tree-building rules the builder keeps (build.go): what each tag
// is, the scopes an element to close is looked for in, the end tags that a
// start tag implies.

import "golang.org/x/net/html/atom"

// tagClass is what the tree builder knows of an HTML tag.
type tagClass uint16

const (
	special    tagClass = 1 << iota // an end tag of another element stops at it
	closesP                         // its start tag closes an open <p>
	void                            // no content and no end tag
	headTag                         // may sit in <head>: it does not open the body
	formatting                      // a misnested end tag leaves the blocks inside open
	scopeEdge                       // bounds the search of an element to close
	heading
	eatsNewline // a newline right after the start tag is not text
	tablePart   // closed within its table only
)

// classOf returns the class of tag a.
func classOf(a atom.Atom) tagClass {
	switch a {
	case atom.Address, atom.Article, atom.Aside, atom.Blockquote, atom.Center,
		atom.Details, atom.Dialog, atom.Dir, atom.Div, atom.Dl, atom.Fieldset,
		atom.Figcaption, atom.Figure, atom.Footer, atom.Header, atom.Hgroup,
		atom.Main, atom.Menu, atom.Nav, atom.Ol, atom.P, atom.Search,
		atom.Section, atom.Summary, atom.Ul, atom.Form, atom.Xmp,
		atom.Plaintext, atom.Li, atom.Dd, atom.Dt:
		return special | closesP
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return special | closesP | heading
	case atom.Pre, atom.Listing:
		return special | closesP | eatsNewline
	case atom.Hr:
		return special | closesP | void
	case atom.Table:
		return special | closesP | scopeEdge | tablePart
	case atom.Area, atom.Br, atom.Embed, atom.Img, atom.Image, atom.Keygen,
		atom.Wbr, atom.Input, atom.Param, atom.Source, atom.Track, atom.Col:
		return special | void
	case atom.Base, atom.Basefont, atom.Bgsound, atom.Link, atom.Meta:
		return special | void | headTag
	case atom.Title, atom.Script, atom.Style, atom.Noscript:
		return special | headTag
	case atom.Template:
		return special | headTag | scopeEdge
	case atom.Applet, atom.Marquee, atom.Object:
		return special | scopeEdge
	case atom.Td, atom.Th, atom.Caption:
		return special | scopeEdge | tablePart
	case atom.Tbody, atom.Thead, atom.Tfoot, atom.Tr, atom.Colgroup:
		return special | tablePart
	case atom.Textarea:
		return special | eatsNewline
	case atom.Button, atom.Select, atom.Iframe, atom.Noembed, atom.Noframes,
		atom.Frame, atom.Frameset, atom.Body, atom.Head:
		return special
	case atom.Html:
		return special | scopeEdge
	case atom.A, atom.B, atom.Big, atom.Code, atom.Em, atom.Font, atom.I,
		atom.Nobr, atom.S, atom.Small, atom.Strike, atom.Strong, atom.Tt, atom.U:
		return formatting
	}
	return 0
}

// scope is how far down the open elements an element to close is looked for.
type scope uint8

const (
	defaultScope scope = iota
	buttonScope        // and a <button>
	listScope          // and a list
	tableScope         // the table only: its cells do not bound it
)

// edge tells whether f bounds the search in scope s.
func (s scope) edge(f *frame) bool {
	switch s {
	case tableScope:
		return f.tag == atom.Table || f.tag == atom.Template || f.tag == atom.Html
	case buttonScope:
		if f.tag == atom.Button {
			return true
		}
	case listScope:
		if f.tag == atom.Ol || f.tag == atom.Ul {
			return true
		}
	}
	return f.cls&scopeEdge != 0
}

// find returns the stack index of the innermost open element that match
// accepts, looking down to the edge of scope s, or -1.
func (b *builder) find(match func(*frame) bool, s scope) int {
	for i := len(b.stack) - 1; i > 0; i-- {
		f := &b.stack[i]
		if !f.closed && match(f) {
			return i
		}
		if s.edge(f) {
			break
		}
	}
	return -1
}

// findOuter is find for the outermost match within scope s.
func (b *builder) findOuter(match func(*frame) bool, s scope) int {
	found := -1
	for i := len(b.stack) - 1; i > 0; i-- {
		f := &b.stack[i]
		if match(f) {
			found = i
		}
		if s.edge(f) {
			break
		}
	}
	return found
}

// closeIfFound closes the element at stack index i, if any.
func (b *builder) closeIfFound(i int) {
	if i > 0 {
		b.popTo(i)
	}
}

// isTag returns a matcher of the open elements of tag a.
func isTag(a atom.Atom) func(*frame) bool {
	return func(f *frame) bool { return f.tag == a }
}

// Matchers of open elements.
var (
	isP       = isTag(atom.P)
	isA       = isTag(atom.A)
	isButton  = isTag(atom.Button)
	isHeading = func(f *frame) bool { return f.cls&heading != 0 }
	isCell    = func(f *frame) bool { return f.tag == atom.Td || f.tag == atom.Th }
	isRow     = func(f *frame) bool { return f.tag == atom.Tr || isCell(f) }
	isSection = func(f *frame) bool {
		return f.tag == atom.Tbody || f.tag == atom.Thead || f.tag == atom.Tfoot || isRow(f)
	}
	isTerm = func(f *frame) bool { return f.tag == atom.Dd || f.tag == atom.Dt }
	isItem = isTag(atom.Li)
)

// closeP closes an open <p>.
func (b *builder) closeP() { b.closeIfFound(b.find(isP, buttonScope)) }

// closeItem closes the open list item (li, or dd and dt) that a new one
// ends: the nearest, unless a block other than a div or a p holds it.
func (b *builder) closeItem(match func(*frame) bool) {
	for i := len(b.stack) - 1; i > 0; i-- {
		f := &b.stack[i]
		if match(f) {
			b.popTo(i)
			return
		}
		if f.cls&special != 0 && f.tag != atom.Address && f.tag != atom.Div && f.tag != atom.P {
			return
		}
	}
}

// closeFormatting closes the formatting element at stack index i. With
// blocks open inside it, it stays open until they close, and takes no
// more content.
func (b *builder) closeFormatting(i int) {
	for j := i + 1; j < len(b.stack); j++ {
		if b.stack[j].cls&special != 0 {
			b.stack[i].closed = true
			return
		}
	}
	b.popTo(i)
}

// implyEnds closes the open elements that a start tag of a ends.
func (b *builder) implyEnds(a atom.Atom, cls tagClass) {
	switch a {
	case atom.Li:
		b.closeItem(isItem)
	case atom.Dd, atom.Dt:
		b.closeItem(isTerm)
	case atom.A:
		if i := b.find(isA, defaultScope); i > 0 {
			b.closeFormatting(i)
		}
	case atom.Td, atom.Th:
		b.closeIfFound(b.findOuter(isCell, tableScope))
		b.implyRow()
	case atom.Tr:
		b.closeIfFound(b.findOuter(isRow, tableScope))
		if b.top().tag == atom.Table {
			b.openImplied(atom.Tbody)
		}
	case atom.Tbody, atom.Thead, atom.Tfoot:
		b.closeIfFound(b.findOuter(isSection, tableScope))
	case atom.Button:
		b.closeIfFound(b.find(isButton, defaultScope))
	case atom.Option, atom.Optgroup:
		for top := b.top(); top.tag == atom.Option || a == atom.Optgroup && top.tag == atom.Optgroup; top = b.top() {
			b.pop()
		}
	}
	if cls&closesP != 0 {
		b.closeP()
	}
	if cls&heading != 0 && b.top().cls&heading != 0 {
		b.pop()
	}
}

// implyRow opens the body and the row a table cell needs.
func (b *builder) implyRow() {
	if b.top().tag == atom.Table {
		b.openImplied(atom.Tbody)
	}
	if t := b.top().tag; t == atom.Tbody || t == atom.Thead || t == atom.Tfoot {
		b.openImplied(atom.Tr)
	}
}

// openImplied opens an element of tag a that the markup implies.
func (b *builder) openImplied(a atom.Atom) {
	attrs := b.attrs
	b.attrs = nil
	b.open(a, nil, classOf(a), false)
	b.attrs = attrs
}

// breaksOut tells whether a start tag of a ends open SVG or MathML.
func breaksOut(a atom.Atom) bool {
	switch a {
	case atom.B, atom.Big, atom.Blockquote, atom.Body, atom.Br, atom.Center,
		atom.Code, atom.Dd, atom.Div, atom.Dl, atom.Dt, atom.Em, atom.Embed,
		atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Head,
		atom.Hr, atom.I, atom.Img, atom.Li, atom.Listing, atom.Menu, atom.Meta,
		atom.Nobr, atom.Ol, atom.P, atom.Pre, atom.Ruby, atom.S, atom.Small,
		atom.Span, atom.Strong, atom.Strike, atom.Sub, atom.Sup, atom.Table,
		atom.Tt, atom.U, atom.Ul, atom.Var:
		return true
	}
	return false
}

// inForeignObject tells whether the innermost foreign element open is an
// SVG foreignObject, which holds HTML.
func (b *builder) inForeignObject() bool {
	for i := len(b.stack) - 1; i > 0 && !b.stack[i].foreign; i-- {
		if b.stack[i].tag == atom.Foreignobject {
			return true
		}
	}
	return false
}

// findTag is find for the elements of tag a.
func (b *builder) findTag(a atom.Atom, s scope) int {
	for i := len(b.stack) - 1; i > 0; i-- {
		f := &b.stack[i]
		if f.tag == a && !f.closed {
			return i
		}
		if s.edge(f) {
			break
		}
	}
	return -1
}

// closeOther closes the element of an end tag that no rule above covers
// (a span, a custom element, SVG): the nearest open element of its name,
// unless a block is open inside it.
func (b *builder) closeOther(a atom.Atom, name []byte) {
	for i := len(b.stack) - 1; i > 0; i-- {
		f := &b.stack[i]
		if f.tag == a && (a != 0 || f.name == string(name)) && !f.closed {
			b.popTo(i)
			return
		}
		if f.cls&special != 0 {
			return
		}
	}
}

// keptAttr returns the name of attribute k of a tag a if the tree reads
// it, or "". Most are read on any element; the others on one tag only.
func keptAttr(k []byte, a atom.Atom) string {
	for _, r := range keptAttrs {
		if string(k) == r.name && (r.tag == 0 || r.tag == a) {
			return r.name
		}
	}
	return ""
}

// keptAttrs are the attributes the tree reads, and the tag they are read
// on (0 for any).
var keptAttrs = [...]struct {
	name string
	tag  atom.Atom
}{
	{"class", 0}, {"id", 0}, {"style", 0}, {"itemprop", 0}, {"content", 0},
	{"datetime", 0}, {"itemtype", 0}, {"typeof", 0}, {"role", 0},
	{"hidden", 0}, {"aria-hidden", 0},
	{"href", atom.Link}, {"rel", atom.Link}, {"type", atom.Script},
	{"name", atom.Meta}, {"property", atom.Meta}, {"http-equiv", atom.Meta},
	{"charset", atom.Meta}, {"lang", atom.Html}, {"xml:lang", atom.Html},
}

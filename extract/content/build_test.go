package content

import (
	"fmt"
	"strings"
	"testing"
)

// shape writes the kept subtree of elems[i]: tag(children...), texts
// quoted, custom elements as "?".
func shape(t *tree, i int32) string {
	e := &t.elems[i]
	if e.isText {
		return fmt.Sprintf("%q", e.text)
	}
	name := e.tag.String()
	if name == "" {
		name = "?"
	}
	var kids []string
	for c := i + 1; c < e.end; c = t.elems[c].end {
		kids = append(kids, shape(t, c))
	}
	return name + "(" + strings.Join(kids, " ") + ")"
}

func TestBuild(t *testing.T) {
	tests := []struct {
		name, in, want string // want is the shape of <body>
	}{
		{"p closed by a block", "<p>a<div>b</div>", `body(p("a") div("b"))`},
		{"p closed by p", "<p>a<p>b", `body(p("a") p("b"))`},
		{"li closes li", "<ul><li>a<li>b</ul>", `body(ul(li("a") li("b")))`},
		{"a nested list keeps its item", "<ul><li>a<ul><li>b</ul><li>c</ul>", `body(ul(li("a" ul(li("b"))) li("c")))`},
		{"dt and dd close each other", "<dl><dt>a<dd>b<dt>c</dl>", `body(dl(dt("a") dd("b") dt("c")))`},
		{"a heading closes a heading", "<h2>a<h3>b", `body(h2("a") h3("b"))`},
		{"tables imply body and rows", "<table><td>a<td>b<tr><td>c</table>", `body(table(tbody(tr(td("a") td("b")) tr(td("c")))))`},
		{"an end tag stops at a cell", "<div><table><tr><td>a</div>b</td></tr></table>c</div>", `body(div(table(tbody(tr(td("ab")))) "c"))`},
		{"a misnested formatting end closes", "<p><b>a</p>b", `body(p(b("a")) "b")`},
		{"a formatting end leaves its blocks open", "<a href=x><p>a</a>b</p>c", `body(a(p("ab")) "c")`},
		{"a stray end tag keeps the text whole", "<p>a</span>b</p>", `body(p("ab"))`},
		{"an inline end does not close a block", "<span><div>a</span>b</div>", `body(span(div("ab")))`},
		{"void elements", "<p>a<br>b<hr>c", `body(p("a" br() "b") hr() "c")`},
		{"a self-closing div opens", "<div/>a", `body(div("a"))`},
		{"an svg title is no raw text", "<svg><title/><path/></svg><p>a</p>", `body(p("a"))`},
		{"a paragraph ends an unclosed svg", "<svg><g><p>a</p>", `body(p("a"))`},
		{"foreignObject holds the svg's html", "<svg><foreignObject><div>a</div></foreignObject></svg><p>b", `body(p("b"))`},
		{"scripts and styles hold no text", "<p>a<script>x</script>b<style>y</style></p>", `body(p("a" "b"))`},
		{"the head's title is no text", "<title>T</title><p>a", `body(p("a"))`},
		{"a title in the body is text", "<body><title>T</title>", `body(title("T"))`},
		{"text before the body opens it", "hello<p>a", `body("hello" p("a"))`},
		{"white space in the head is no text", "<head> <meta name=a content=b> </head><body>x", `body("x")`},
		{"a pre's first newline is markup", "<pre>\nx</pre>", `body(pre("x"))`},
		{"NUL bytes are dropped", "a\x00b", `body("ab")`},
		{"</br> is a line break", "a</br>b", `body("a" br() "b")`},
		{"select and its options hold no text", "<select><option>a<option>b</select>c", `body("c")`},
		{"an option closes the option before it, however many", "<select>" + strings.Repeat("<option>x", 2*maxDepth) + "</select><p>c", `body(p("c"))`},
		{"hidden elements hold no text", `<div hidden>a</div><div style="display: none">b</div><p aria-hidden="true">c</p>d`, `body("d")`},
		{"ad slots hold no text", `<ins class="adsbygoogle">a</ins>b`, `body("b")`},
		{"custom elements", "<amp-ad>x</amp-ad><my-box>y</my-box>", `body(?("y"))`},
		{"an a closes an open a", "<a>x<a>y", `body(a("x") a("y"))`},
		{"a button closes a button", "<button>x<button>y</button>z", `body("z")`},
		{"the body outlasts its end tag", "<body><p>a</p></body></html><p>b", `body(p("a") p("b"))`},
		{"a comment splits a text", "a<!-- c -->b", `body("a" "b")`},
		{"character references", "<p title=x>a&amp;b&eacute;</p>", `body(p("a&bé"))`},
	}
	for _, tt := range tests {
		tr := build([]byte(tt.in), false)
		if tr.body <= 0 {
			t.Errorf("%s: no body", tt.name)
		} else if got := shape(tr, tr.body); got != tt.want {
			t.Errorf("%s: %q reads\n%s, want\n%s", tt.name, tt.in, got, tt.want)
		}
		tr.release()
	}
}

func TestBuildHead(t *testing.T) {
	in := `<html lang="fr"><head><title>Le titre</title>
<meta property="og:site_name" content="Site">
<link rel="canonical" href="/a">
<script type="application/ld+json">{"a":1}</script>
</head><body><script type="application/ld+json">{"b":2}</script>
<span itemprop="author">Jean <b>Dupont</b></span><span itemprop="name"></span>
<time datetime="2024-05-02">2 mai</time></body></html>`
	tr := build([]byte(in), false)
	defer tr.release()
	if tr.title != "Le titre" || tr.lang != "fr" || tr.canon != "/a" {
		t.Errorf("title %q, lang %q, canonical %q", tr.title, tr.lang, tr.canon)
	}
	if got := strings.Join(tr.jsonLD, " "); got != `{"a":1} {"b":2}` {
		t.Errorf("JSON-LD %q", got)
	}
	var metas []string
	for _, m := range tr.metas {
		metas = append(metas, m.key+"="+m.value)
	}
	if got, want := strings.Join(metas, "; "), "og:site_name=Site; itemprop:author=Jean Dupont; time=2024-05-02"; got != want {
		t.Errorf("metas %q, want %q", got, want)
	}
}

func TestBuildDepth(t *testing.T) {
	deep := strings.Repeat("<div>", 2*maxDepth) + "x" + strings.Repeat("</div>", 2*maxDepth) + "<p>y"
	tr := build([]byte(deep), false)
	defer tr.release()
	var depth, texts int
	for i, e := range tr.elems {
		d := 0
		for p := e.parent; p >= 0; p = tr.elems[p].parent {
			d++
		}
		depth = max(depth, d)
		if e.isText {
			texts++
			if e.text == "y" && tr.elems[e.parent].tag.String() != "p" {
				t.Errorf("y at %d is outside its paragraph", i)
			}
		}
	}
	if depth > maxDepth+1 || texts != 2 {
		t.Errorf("depth %d (max %d), %d texts, want 2", depth, maxDepth, texts)
	}
}

// checkTree fails if the subtrees of t are not nested ranges.
func checkTree(t *testing.T, tr *tree) {
	t.Helper()
	for i, e := range tr.elems {
		i := int32(i)
		if e.end <= i || int(e.end) > len(tr.elems) || e.isText && e.end != i+1 {
			t.Fatalf("elems[%d] ends at %d", i, e.end)
		}
		if i == 0 {
			continue
		}
		if p := e.parent; p < 0 || p >= i || tr.elems[p].end < e.end {
			t.Fatalf("elems[%d] (end %d) is not inside its parent %d", i, e.end, p)
		}
	}
}

func FuzzBuild(f *testing.F) {
	for _, s := range []string{"<p>a<div>b", "<table><td>a<tr>b", "<svg><title/><p>x", "<a><p>a</a>b</p>", "<select><option>a<div>b"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		tr := build(b, true)
		defer tr.release()
		checkTree(t, tr)
		if len(tr.nodes) != len(tr.elems) {
			t.Fatalf("%d nodes for %d elements", len(tr.nodes), len(tr.elems))
		}
	})
}

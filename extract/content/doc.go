// Package content finds the main text and the metadata of a web page or of
// a plain-text article.
//
// Parse is the entry point (content.go). It tells binary, HTML and plain
// text apart (detect.go), decodes the charset (charset.go), and then:
//
//   - for HTML, it reads the page once with golang.org/x/net/html's
//     tokenizer into a flat slice of elements (build.go, with the HTML5
//     tree-building rules that decide which block holds a text in
//     tags.go), so that every later walk is a loop whatever the nesting
//     depth; it reads the page's own declarations
//     (JSON-LD in jsonld.go, itemprop and itemtype, <article>, known CMS
//     classes), scores the remaining blocks by text and link density and by
//     class hints (score.go), removes boilerplate from the chosen subtree and
//     adds the standfirst above it (clean.go), renders blocks and filters
//     boilerplate lines (render.go, html.go), and reads the metadata
//     (meta.go, date.go);
//   - for plain text (text.go), it first joins back the lines of a
//     hard-wrapped text (a mail, a wire, lynx -dump; unwrap.go), then
//     classifies lines to drop menus, captions, share bars and "read also"
//     teasers, cuts the "you may also like" tail and keeps the body
//     paragraphs.
//
// Boilerplate phrases and class hints are data tables in boilerplate.go;
// language guessing is in lang.go.
package content

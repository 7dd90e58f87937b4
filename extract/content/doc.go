// Package content finds the main text and the metadata of a web page or of
// a plain-text article.
//
// Parse is the entry point. It tells binary, HTML and plain text apart,
// decodes the charset, and then:
//
//   - for HTML (html.go, score.go, clean.go, render.go, meta.go, jsonld.go),
//     it parses the page once with golang.org/x/net/html, reads the page's
//     own declarations (JSON-LD, itemprop, <article>, known CMS classes),
//     scores the remaining blocks by text and link density and class hints,
//     removes boilerplate from the chosen subtree and renders it as blocks;
//   - for plain text (text.go), it classifies lines to drop menus, captions,
//     share bars and "read also" teasers and keeps the body paragraphs.
//
// Boilerplate phrases and class hints are data tables in boilerplate.go;
// charset handling is in charset.go, dates in date.go, language guessing in
// lang.go.
package content

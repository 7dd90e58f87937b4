package content

import (
	"encoding/json"
	"strings"
)

// ldInfo is what the JSON-LD blocks of a page say about its article.
type ldInfo struct {
	headline, published, author, body, publisher string
}

// articleTypes are the schema.org types whose properties describe the page.
var articleTypes = map[string]bool{
	"article": true, "newsarticle": true, "blogposting": true, "reportagenewsarticle": true,
	"analysisnewsarticle": true, "opinionnewsarticle": true, "reviewnewsarticle": true,
	"backgroundnewsarticle": true, "scholarlyarticle": true, "techarticle": true,
	"liveblogposting": true, "socialmediaposting": true, "posting": true, "report": true,
}

// readJSONLD merges the article objects of the JSON-LD blocks, first found
// first kept. Blocks that do not parse are skipped.
func readJSONLD(blocks []string) ldInfo {
	var li ldInfo
	for _, b := range blocks {
		if li.complete() {
			break // a later object fills nothing
		}
		var v any
		if err := json.Unmarshal([]byte(strings.TrimSpace(b)), &v); err != nil {
			continue
		}
		// Walk arrays and @graph without recursion.
		stack := []any{v}
		for len(stack) > 0 {
			cur := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			switch x := cur.(type) {
			case []any:
				stack = append(stack, x...)
			case map[string]any:
				if g, ok := x["@graph"]; ok {
					stack = append(stack, g)
				}
				if isArticle(x["@type"]) {
					li.merge(x)
				}
			}
		}
	}
	return li
}

// complete tells whether li has all its fields.
func (li *ldInfo) complete() bool {
	return li.headline != "" && li.published != "" && li.author != "" && li.body != "" && li.publisher != ""
}

// isArticle tells whether an @type value names an article type.
func isArticle(t any) bool {
	switch x := t.(type) {
	case string:
		return articleTypes[strings.ToLower(x)]
	case []any:
		for _, y := range x {
			if isArticle(y) {
				return true
			}
		}
	}
	return false
}

// merge fills the empty fields of li from the article object x.
func (li *ldInfo) merge(x map[string]any) {
	set := func(dst *string, v string) {
		if *dst == "" {
			*dst = strings.TrimSpace(v)
		}
	}
	set(&li.headline, str(x["headline"]))
	set(&li.published, str(x["datePublished"]))
	if li.published == "" {
		set(&li.published, str(x["dateCreated"]))
	}
	set(&li.author, names(x["author"]))
	set(&li.body, str(x["articleBody"]))
	set(&li.publisher, names(x["publisher"]))
}

// str returns v if it is a string.
func str(v any) string {
	s, _ := v.(string)
	return s
}

// names returns the name of a person or organisation value: a string, an
// object with a name, or a list of them (joined with ", ").
func names(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case map[string]any:
		return str(x["name"])
	case []any:
		var out []string
		for _, y := range x {
			if n := strings.TrimSpace(names(y)); n != "" {
				out = append(out, n)
			}
		}
		return strings.Join(out, ", ")
	}
	return ""
}

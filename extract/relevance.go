package extract

// isRelevant says whether the article is about an agreement or a pledge.
func isRelevant(d *doc, rec *Record) bool { return false }

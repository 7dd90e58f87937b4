package extract

// findTargetYears lists the deadlines and horizons of the body.
func findTargetYears(d *doc) []TargetYear { return []TargetYear{} }

package extract

// findJobs lists the job figures of the body.
func findJobs(d *doc) []Job { return []Job{} }

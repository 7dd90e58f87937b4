package extract

// link ties figures to partners, places and years, and builds commitments.
func link(d *doc, rec *Record, mentions []mention) {}

// Package names compares the names of parties and of agreement types as the
// press writes them: folded case and accents, acronyms and parenthesised
// aliases, generic heads ("le groupe", "la société") and leading parts.
// Gold scoring and deal matching share it, so a partner is the same
// partner for both.
package names

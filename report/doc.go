// Package report renders deals for the people who read them: one
// self-contained HTML page (inline CSS, SVG and script; opening it needs no
// network) with the headline figures, a map and charts, and a sortable,
// filterable table whose rows open their sources; and the text, Markdown
// and CSV tables of the terminal. Figures are written the French way:
// "1 500 emplois", "2,5 milliards de dirhams", "30 janvier 2024".
package report

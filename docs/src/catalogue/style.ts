/** The catalogue's stylesheet: plain CSS, light and dark, no framework. */
export const CATALOGUE_CSS = `:root {
  color-scheme: light dark;
  --fg: #1b1f24; --muted: #57606a; --bg: #ffffff; --panel: #f6f8fa; --line: #d0d7de;
  --link: #0969da; --bar: #2f81f7; --target: #bf8700; --estimate: #8250df; --mark: #fff2a8;
}
@media (prefers-color-scheme: dark) {
  :root { --fg: #e6edf3; --muted: #9198a1; --bg: #0d1117; --panel: #161b22; --line: #30363d;
    --link: #4493f8; --bar: #4493f8; --target: #d29922; --estimate: #a371f7; --mark: #5a4a00; }
}
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg); background: var(--bg); }
a { color: var(--link); }
header.site { background: var(--panel); border-bottom: 1px solid var(--line); padding: 0.5rem 1rem; }
header.site nav { display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; align-items: baseline; }
header.site .brand { font-weight: 700; }
.catalogue-nav { margin-top: 0.25rem; font-size: 0.9rem; }
.catalogue-nav a[aria-current="page"] { font-weight: 700; text-decoration: none; color: var(--fg); }
main { max-width: 1200px; margin: 0 auto; padding: 1rem; }
footer { max-width: 1200px; margin: 2rem auto; padding: 0 1rem; color: var(--muted); font-size: 0.85rem; }
.lead { font-size: 1.05rem; color: var(--muted); }
.cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(320px, 1fr)); gap: 1rem; }
.dataset-card { border: 1px solid var(--line); border-radius: 8px; padding: 0 1rem 0.5rem; background: var(--panel); }
.counts { padding-left: 1.2rem; margin: 0.25rem 0; }
.not-built { color: #cf222e; }
.table-wrap { overflow-x: auto; border: 1px solid var(--line); border-radius: 6px; }
table.records { border-collapse: collapse; width: 100%; font-size: 0.9rem; }
table.records th, table.records td { border-bottom: 1px solid var(--line); padding: 0.35rem 0.5rem; text-align: left; vertical-align: top; }
table.records th { background: var(--panel); position: sticky; top: 0; white-space: nowrap; }
table.records tr:target { background: var(--mark); }
h3 .vi + .en { margin-left: 0.6em; font-weight: 400; }
td .vi, td .en, td .as-written, td .normalised, td .source-name { display: block; }
.en, .normalised, .source-name { color: var(--muted); }
.en { font-style: italic; }
td.citation { min-width: 20rem; }
a.cite { display: block; text-decoration: none; }
a.cite:hover q { text-decoration: underline; }
td.kind-id { white-space: nowrap; }
td.kind-localized { min-width: 14rem; }
td.kind-ref { min-width: 9rem; }
q { quotes: "\\201C" "\\201D"; }
code { font-size: 0.85em; background: var(--panel); padding: 0 0.2em; border-radius: 3px; }
svg { max-width: 100%; height: auto; font: 12px system-ui, sans-serif; }
svg text { fill: var(--fg); }
svg .tick { stroke: var(--line); stroke-width: 1; }
svg .tick-label { fill: var(--muted); font-size: 11px; }
svg .zero { stroke: var(--muted); stroke-width: 1; }
svg .bar { fill: var(--bar); }
svg .bar.status-target { fill: var(--target); }
svg .bar.status-estimate, svg .bar.status-preliminary { fill: var(--estimate); }
svg .range { fill: var(--bar); opacity: 0.35; }
svg .point { fill: var(--bar); }
svg .row-date { fill: var(--muted); }
figure.metric-chart { margin: 0.5rem 0 1.25rem; }
figure.metric-chart figcaption { font-weight: 600; }
.quotes li { margin-bottom: 0.4rem; }
.quotes li:target { background: var(--mark); }
.cited-by { display: block; font-size: 0.85rem; color: var(--muted); }
.source-text .text { white-space: pre-wrap; max-height: 32rem; overflow-y: auto; border: 1px solid var(--line); padding: 0.75rem; background: var(--panel); }
mark { background: var(--mark); color: inherit; }
`;

import type { Graph } from '@vnsti/data';
import { datasets } from '@vnsti/schema';
import { html, raw } from './html.js';

/** Counts shown on the home page: records per dataset. */
export interface HomeCounts {
  /** Dataset name → records in its main table. */
  readonly records: Readonly<Record<string, number>>;
}

/**
 * The site's home page (`site/index.html`): what vnsti is, where to start, the datasets with their
 * record counts, and the name search over every record (its script is the catalogue's `names.js`).
 *
 * @example
 * ```ts
 * const page = homePage({ records: { events: 6 } }, graph);
 * page.includes('<h1>vnsti</h1>'); // true
 * ```
 */
export function homePage(counts: HomeCounts, graph: Graph | undefined): string {
  const cards = Object.values(datasets).map(
    (d) =>
      html`<li><a href="catalogue/${d.name}.html">${d.title}</a> <small>(${counts.records[d.name] ?? 0} records, <code>@vnsti/${d.name}</code>)</small>: ${d.description}</li>`,
  );
  const search = graph
    ? html`<section class="name-search"><h2><label for="name-search">Find a person, place, organization, event or project</label></h2><p>Vietnamese or English, with or without diacritics.</p><input type="search" id="name-search" autocomplete="off" placeholder="Search names"><ul id="name-results" data-base="catalogue/" aria-live="polite"></ul></section>${raw('<script src="catalogue/names.js"></script>')}`
    : '';
  return html`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>vnsti: open data on Vietnam's science, technology and innovation</title>
<link rel="stylesheet" href="catalogue/catalogue.css">
<link rel="icon" href="api/assets/favicon.svg" type="image/svg+xml">
</head>
<body>
<header class="site"><nav class="site-nav" aria-label="Site"><span class="brand">vnsti</span><a href="api/documents/Getting_started.html">Getting started</a><a href="api/modules.html">API reference</a><a href="catalogue/index.html">Dataset catalogue</a></nav></header>
<main>
<h1>vnsti</h1>
<p class="lead">Open, typed data on Vietnam's public record in science and technology, innovation and digital transformation (<span lang="vi">KH&amp;CN, ĐMST, CĐS</span>): who met where, who held which post, which projects were approved and which figures were announced. Every fact is taken from a news article and cites it with a short quote that the build checks against the article's text.</p>
<p>It comes as npm packages: the datasets (typed, frozen records, with CSV, NDJSON and Frictionless exports), <code>@vnsti/data</code> to follow references across them (an event's participants and the posts they held that day), the schemas in <code>@vnsti/schema</code>, and helpers that read Vietnamese money and dates as written (<code>@vnsti/money</code>, <code>@vnsti/dates</code>).</p>
<ul class="start"><li><a href="api/documents/Getting_started.html">Getting started</a>: install a dataset and use it.</li><li><a href="api/documents/The_data_model.html">The data model</a>: each record type and the standard it follows.</li><li><a href="api/modules.html">API reference</a> of every package.</li><li><a href="catalogue/index.html">Dataset catalogue</a>: every record, with a page each.</li></ul>
${search}
<h2>Datasets</h2><ul class="datasets">${cards}</ul>
</main>
<footer>vnsti: code under MIT, data under CC-BY-4.0. Names in Vietnamese as written, with English beside them.</footer>
</body>
</html>
`.value;
}

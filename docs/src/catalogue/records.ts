import type {
  EventNode,
  Graph,
  MetricNode,
  MetricSeries,
  OfficialNode,
  OrganizationNode,
  PlaceNode,
  Post,
  PostAt,
  ProjectNode,
  RecordKind,
} from '@vnsti/data';
import { figureNumber, figureUnit, isMoneyFigure, type MetricRecord, slugify } from '@vnsti/schema';
import { type Bar, layoutBarChart, renderBarChart } from './chart.js';
import { compare, describeAmount, describePeriod } from './format.js';
import { html, join, raw, type SafeHtml } from './html.js';
import { layoutTimeline, renderTimeline, type TimelineItem } from './timeline.js';

/** A generated record page or script, its path relative to the catalogue folder. */
export interface RecordPage {
  readonly path: string;
  /** The page title (HTML pages), or `undefined` for a script. */
  readonly title?: string;
  /** The page's body (HTML pages) or the file's content (scripts). */
  readonly content: string;
}

/**
 * The file name of a record's page: `<kind>-<id>.html`, flat beside the dataset pages (ids are
 * kebab-case ASCII, safe as file names).
 *
 * @example
 * ```ts
 * recordPath('official', 'bui-van-khang'); // 'official-bui-van-khang.html'
 * ```
 */
export function recordPath(kind: RecordKind, id: string): string {
  return `${kind}-${id}.html`;
}

type Named = { readonly record: { readonly id: string; readonly name: { readonly vi: string; readonly en: string } } };

function bilingual(name: { readonly vi: string; readonly en: string }): SafeHtml {
  return html`<span class="vi" lang="vi">${name.vi}</span><span class="en" lang="en">${name.en}</span>`;
}

function link(kind: RecordKind, node: Named | undefined): SafeHtml {
  if (!node) return html`<span class="empty">none</span>`;
  return html`<a href="${recordPath(kind, node.record.id)}">${bilingual(node.record.name)}</a>`;
}

function list(items: readonly SafeHtml[], empty: string): SafeHtml {
  return items.length ? html`<ul>${items.map((i) => html`<li>${i}</li>`)}</ul>` : html`<p class="empty">${empty}</p>`;
}

/** A citation: a quote from a stored text, or a locator (article, clause) in a source kept without text. */
type CitationRef = {
  readonly source: string;
  readonly quote?: string | undefined;
  readonly locator?: string | undefined;
};

function citations(graph: Graph, refs: ReadonlyArray<CitationRef>): SafeHtml {
  const items = refs.map((ref) => {
    const source = graph.source(ref.source);
    const cited =
      ref.quote !== undefined
        ? html`<q lang="vi">${ref.quote}</q>`
        : html`<span class="locator">${ref.locator ?? ''}</span>`;
    return html`<li><a class="cite" href="sources.html#source-${ref.source}">${cited}</a> <span class="source-name">${source ? `${source.title.en} (${source.published})` : ref.source}</span></li>`;
  });
  return items.length ? html`<ul class="citations">${items}</ul>` : html``;
}

/** How a post held on a day is known, in words. */
function heldHow(held: PostAt): string {
  if (!held.inferred) return 'stated term';
  const days = held.nearest?.days ?? 0;
  if (days === 0) return `reported on the day`;
  return `inferred: reported ${Math.abs(days)} day${Math.abs(days) === 1 ? '' : 's'} ${days > 0 ? 'after' : 'before'}`;
}

function postTitle(graph: Graph, post: Post): SafeHtml {
  const organization = post.organization === undefined ? undefined : graph.organization(post.organization);
  return html`${bilingual(post.title)}${organization ? html` · ${link('organization', organization)}` : ''}`;
}

function heldList(graph: Graph, posts: readonly PostAt[]): SafeHtml {
  if (posts.length === 0) return html`<span class="empty">no post known within 31 days</span>`;
  return join(
    posts.map(
      (h) => html`<span class="post">${postTitle(graph, h.post)} <small class="held">(${heldHow(h)})</small></span>`,
    ),
    html`<br>`,
  );
}

function officialPage(graph: Graph, official: OfficialNode): RecordPage {
  const { record } = official;
  const posts = official.posts.map((post) => {
    const term = post.start || post.end ? `term ${post.start ?? '?'} – ${post.end ?? '?'}` : 'no term stated';
    const wordings =
      post.wordings.length > 1 ? html`<p class="wordings">Also written: ${post.wordings.slice(1).join('; ')}</p>` : '';
    return html`<tr><td>${postTitle(graph, post)}${wordings}</td><td>${post.observed.map((d) => html`<time datetime="${d}">${d}</time> `)}</td><td>${term}</td><td>${citations(graph, post.citations)}</td></tr>`;
  });
  const items: TimelineItem[] = official.posts.flatMap((post): TimelineItem[] => {
    const organization = post.organization === undefined ? undefined : graph.organization(post.organization);
    const base = {
      label: `${post.title.vi} — ${post.title.en}`,
      ...(organization ? { sublabel: organization.record.name.en } : {}),
    };
    if (post.start || post.end) {
      return [{ ...base, ...(post.start ? { start: post.start } : {}), ...(post.end ? { end: post.end } : {}) }];
    }
    return post.observed.map((asOf) => ({ ...base, asOf }));
  });
  const timeline = layoutTimeline(items);
  const events = official.events.map(
    (p) =>
      html`<tr><td><time datetime="${p.event.day}">${p.event.day}</time></td><td>${link('event', p.event)}</td><td>${p.roles.join(', ')}</td><td>${heldList(graph, p.posts)}</td></tr>`,
  );
  const body = html`<p class="kind">Official</p><h1>${bilingual(record.name)}</h1><p><code>${record.id}</code> · <a href="officials.html#${record.id}">row in the officials table</a></p>
<h2>Posts</h2><p>One row per post: the position rows of every source naming the same title in the same organization are merged, with all their citations.</p>
<div class="table-wrap"><table class="records" data-table="posts"><thead><tr><th>post</th><th>observed</th><th>term</th><th>sources</th></tr></thead><tbody>${posts}</tbody></table></div>
${timeline.rows.length ? html`<h2>Posts over time</h2>${renderTimeline(timeline, `Posts of ${record.name.en} over time`)}` : ''}
<h2>Events</h2>${
    events.length
      ? html`<div class="table-wrap"><table class="records" data-table="participations"><thead><tr><th>day</th><th>event</th><th>roles</th><th>posts held that day</th></tr></thead><tbody>${events}</tbody></table></div>`
      : html`<p class="empty">No events.</p>`
  }`;
  return { path: recordPath('official', record.id), title: record.name.vi, content: body.value };
}

function eventPage(graph: Graph, event: EventNode): RecordPage {
  const { record } = event;
  const participants = event.participants.map(
    (p) =>
      html`<tr id="participant-${p.official.record.id}"><td>${link('official', p.official)}</td><td>${p.roles.join(', ')}</td><td>${heldList(graph, p.posts)}</td><td>${citations(graph, p.citations)}</td></tr>`,
  );
  const outcomes = record.outcomes.map(
    (o) =>
      html`${bilingual(o.description)}${o.money ? html` · ${o.money.text ?? describeAmount({ value: o.money.amount, unit: o.money.currency, bound: o.money.bound })}` : ''}`,
  );
  const body = html`<p class="kind">Event (${record.kind})</p><h1>${bilingual(record.name)}</h1><p><code>${record.id}</code> · <a href="events.html#${record.id}">row in the events table</a></p>
<dl class="facts"><dt>When</dt><dd><time datetime="${record.date.start}">${describePeriod(record.date)}</time>${record.date.text ? html` <span class="as-written" lang="vi">${record.date.text}</span>` : ''}</dd>
<dt>Where</dt><dd>${link('place', event.place)}${record.venue ? html` · ${bilingual(record.venue)}` : ''}</dd>
${event.partOf ? html`<dt>Part of</dt><dd>${link('event', event.partOf)}</dd>` : ''}
${record.attendance ? html`<dt>Attendance</dt><dd>${record.attendance.text ?? describeAmount({ value: record.attendance.value, unit: record.attendance.unit, bound: record.attendance.bound })}</dd>` : ''}
<dt>Organisers</dt><dd>${
    event.organisers.length
      ? join(
          event.organisers.map((o) => html`${link('organization', o.organization)} (${o.role})`),
          html`<br>`,
        )
      : html`<span class="empty">none recorded</span>`
  }</dd></dl>
${
  event.parts.length
    ? html`<h2>Events in it</h2>${list(
        event.parts.map((e) => link('event', e)),
        'None.',
      )}`
    : ''
}
<h2>Participants</h2><p>Each person once, with every role the sources give them and the posts they held on <time datetime="${event.day}">${event.day}</time>.</p>${
    participants.length
      ? html`<div class="table-wrap"><table class="records" data-table="participants"><thead><tr><th>person</th><th>roles</th><th>posts held that day</th><th>sources</th></tr></thead><tbody>${participants}</tbody></table></div>`
      : html`<p class="empty">No participants recorded.</p>`
  }
<h2>Outcomes</h2>${list(outcomes, 'No outcomes recorded.')}
<h2>Projects</h2>${list(
    event.projects.map((p) => link('project', p)),
    'No projects recorded.',
  )}
<h2>Sources</h2>${citations(graph, record.sources)}`;
  return { path: recordPath('event', record.id), title: record.name.vi, content: body.value };
}

function projectPage(graph: Graph, project: ProjectNode): RecordPage {
  const { record } = project;
  const money = record.investment;
  const body = html`<p class="kind">Project (${record.kind}, ${record.status})</p><h1>${bilingual(record.name)}</h1><p><code>${record.id}</code> · <a href="projects.html#${record.id}">row in the projects table</a></p>
<dl class="facts"><dt>Date</dt><dd>${project.date ? html`<time datetime="${project.date.day}">${project.date.day}</time> (${project.date.basis === 'event' ? "its event's day" : "its first source's publication date"})` : html`<span class="empty">unknown</span>`}</dd>
<dt>Event</dt><dd>${link('event', project.event)}</dd>
<dt>Place</dt><dd>${link('place', project.place)}</dd>
<dt>Investors</dt><dd>${
    project.investors.length
      ? join(
          project.investors.map((o) => link('organization', o)),
          html`<br>`,
        )
      : html`<span class="empty">none recorded</span>`
  }</dd>
${money ? html`<dt>Investment</dt><dd>${money.text ? html`<span class="as-written" lang="vi">${money.text}</span> ` : ''}${describeAmount({ value: money.amount, unit: money.currency, bound: money.bound, max: money.max })}</dd>` : ''}
${record.sectors.length ? html`<dt>Sectors</dt><dd>${record.sectors.join(', ')}</dd>` : ''}</dl>
<h2>Sources</h2>${citations(graph, record.sources)}`;
  return { path: recordPath('project', record.id), title: record.name.vi, content: body.value };
}

/** A metric's figure in the words of {@link describeAmount}: money by amount and currency, else value and unit. */
function describeFigure(figure: MetricRecord['value']): string {
  return describeAmount({
    value: figureNumber(figure),
    unit: figureUnit(figure),
    bound: figure.bound,
    max: figure.max,
    estimated: figure.estimated,
    per: isMoneyFigure(figure) ? figure.per : undefined,
  });
}

/** The anchor of a series' chart on its place's page. */
function seriesAnchor(series: MetricSeries): string {
  return `series-${series.indicator}-${slugify(series.unit)}`;
}

function seriesChart(place: PlaceNode, series: MetricSeries): SafeHtml {
  const ordered = [...series.actual, ...series.preliminary, ...series.estimate, ...series.target].sort(
    (a, b) => compare(a.period.start, b.period.start) || compare(a.period.end, b.period.end),
  );
  const bars: Bar[] = ordered.map((m) => {
    const period = describePeriod(m.period);
    return {
      label: m.status === 'actual' ? period : `${period} (${m.status})`,
      value: figureNumber(m.value),
      ...(m.value.max !== undefined ? { max: m.value.max } : {}),
      valueLabel: m.value.text ?? describeFigure(m.value),
      className: `status-${m.status}`,
      href: recordPath('metric', m.id),
    };
  });
  const caption = `${series.indicator} (${series.unit})`;
  const counts = (['actual', 'preliminary', 'estimate', 'target'] as const)
    .filter((s) => series[s].length > 0)
    .map((s) => `${series[s].length} ${s}`)
    .join(', ');
  return html`<figure class="metric-chart" id="${seriesAnchor(series)}"><figcaption>${caption}: ${counts}</figcaption>${renderBarChart(layoutBarChart(bars), `${caption} in ${place.record.name.en}`)}</figure>`;
}

function placePage(graph: Graph, place: PlaceNode): RecordPage {
  const { record } = place;
  const series = graph.series.filter((s) => s.place === record.id);
  const body = html`<p class="kind">Place (${record.kind})</p><h1>${bilingual(record.name)}</h1><p><code>${record.id}</code> · <a href="places.html#${record.id}">row in the places table</a></p>
<dl class="facts"><dt>Within</dt><dd>${link('place', place.parent)}</dd>
${record.validFrom || record.validUntil ? html`<dt>Valid</dt><dd>${record.validFrom ?? '…'} – ${record.validUntil ?? '…'}</dd>` : ''}</dl>
${
  place.children.length
    ? html`<h2>Places in it</h2>${list(
        place.children.map((c) => link('place', c)),
        '',
      )}`
    : ''
}
<h2>Figures</h2>${series.length ? html`<p>One chart per indicator and unit; targets and estimates are marked, each bar links to its figure.</p>${series.map((s) => seriesChart(place, s))}` : html`<p class="empty">No figures.</p>`}
<h2>Events held here</h2>${list(
    place.events.map((e) => html`<time datetime="${e.day}">${e.day}</time> ${link('event', e)}`),
    'None.',
  )}
<h2>Projects</h2>${list(
    place.projects.map((p) => link('project', p)),
    'None.',
  )}
<h2>Organizations</h2>${list(
    place.organizations.map((o) => link('organization', o)),
    'None.',
  )}`;
  return { path: recordPath('place', record.id), title: record.name.vi, content: body.value };
}

function organizationPage(graph: Graph, organization: OrganizationNode): RecordPage {
  const { record } = organization;
  const posts = organization.posts.map(
    (post) =>
      html`${link('official', graph.official(post.official))}: ${bilingual(post.title)} <small>(observed ${post.observed.join(', ')})</small>`,
  );
  const body = html`<p class="kind">Organization (${record.kind})</p><h1>${bilingual(record.name)}</h1><p><code>${record.id}</code>${record.abbreviation ? html` · <span lang="vi">${record.abbreviation}</span>` : ''} · <a href="organizations.html#${record.id}">row in the organizations table</a></p>
<dl class="facts"><dt>Part of</dt><dd>${link('organization', organization.parent)}</dd><dt>Place</dt><dd>${link('place', organization.place)}</dd></dl>
<h2>People and their posts here</h2>${list(posts, 'None recorded.')}
<h2>Events organised</h2>${list(
    organization.events.map((e) => html`<time datetime="${e.day}">${e.day}</time> ${link('event', e)}`),
    'None.',
  )}
<h2>Projects invested in</h2>${list(
    organization.projects.map((p) => link('project', p)),
    'None.',
  )}`;
  return { path: recordPath('organization', record.id), title: record.name.vi, content: body.value };
}

function metricPage(graph: Graph, metric: MetricNode): RecordPage {
  const { record } = metric;
  const [series] = graph.metricSeries({
    indicator: record.indicator,
    place: record.place,
    unit: figureUnit(record.value),
  });
  const title = `${record.indicator}, ${metric.place.record.name.en}, ${describePeriod(record.period)}`;
  const body = html`<p class="kind">Figure (${record.status})</p><h1>${title}</h1><p><code>${record.id}</code> · <a href="metrics.html#${record.id}">row in the metrics table</a></p>
<dl class="facts"><dt>Value</dt><dd>${record.value.text ? html`<span class="as-written" lang="vi">${record.value.text}</span> ` : ''}${describeFigure(record.value)}</dd>
<dt>Period</dt><dd>${describePeriod(record.period)}</dd><dt>Place</dt><dd>${link('place', metric.place)}</dd>
${record.basis ? html`<dt>Basis</dt><dd>${record.basis}</dd>` : ''}
${record.note ? html`<dt>Note</dt><dd>${bilingual(record.note)}</dd>` : ''}
${series ? html`<dt>Series</dt><dd><a href="${recordPath('place', record.place)}#${seriesAnchor(series)}">${record.indicator} in ${metric.place.record.name.en} (${series.unit}), as a chart</a></dd>` : ''}</dl>
<h2>Sources</h2>${citations(graph, record.sources)}`;
  return { path: recordPath('metric', record.id), title, content: body.value };
}

/**
 * The script behind the name search: every record's names, folded with the same function as ids
 * (its source is copied from `@vnsti/schema`'s `slugify`, so page and index fold alike), and the
 * handler of the search box. A script rather than JSON, so it loads from `file://` too.
 */
function searchScript(graph: Graph): string {
  const entries = graph.names.map((e) => [
    e.kind,
    e.id,
    e.name.vi,
    e.name.en,
    e.abbreviation ?? '',
    [e.name.vi, e.name.en, e.abbreviation ?? ''].map((n) => slugify(n)).join(' '),
  ]);
  entries.sort((a, b) => compare(`${a[0]}/${a[1]}`, `${b[0]}/${b[1]}`));
  return `// Generated from the built datasets: the names of every record, for the catalogue's search box.
'use strict';
(function () {
  const names = ${JSON.stringify(entries)};
  const slugify = ${slugify.toString()};
  function search(query) {
    const words = slugify(query).split('-').filter(Boolean);
    if (words.length === 0) return [];
    return names.filter((n) => {
      const keys = ' ' + n[5].replace(/-/g, ' ');
      return words.every((w) => keys.includes(' ' + w));
    }).slice(0, 30);
  }
  function render(input, output) {
    output.replaceChildren();
    for (const [kind, id, vi, en] of search(input.value)) {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = (output.dataset.base || '') + kind + '-' + id + '.html';
      a.textContent = vi + (en && en !== vi ? ' — ' + en : '');
      const small = document.createElement('small');
      small.textContent = ' ' + kind;
      li.append(a, small);
      output.append(li);
    }
    output.dataset.count = String(output.children.length);
  }
  function start() {
    const input = document.getElementById('name-search');
    const output = document.getElementById('name-results');
    if (!input || !output) return;
    input.addEventListener('input', () => render(input, output));
    if (input.value) render(input, output);
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
`;
}

/** The search box the catalogue's index page shows. */
export const SEARCH_BOX: SafeHtml = html`<section class="name-search"><h2><label for="name-search">Find a person, place, organization, event or project</label></h2><p>Vietnamese or English, with or without diacritics: <q lang="vi">Bùi Văn Khắng</q>, <q>bui van khang</q>, <q>quang ninh</q>.</p><input type="search" id="name-search" autocomplete="off" placeholder="Search names"><ul id="name-results" aria-live="polite"></ul></section>${raw('<script src="names.js"></script>')}`;

/**
 * A page per record with its references followed through the graph (an official's posts over
 * time and events; an event's participants with their posts that day; a place's figures as one
 * chart per series), and the search box's script.
 *
 * @example
 * ```ts
 * const pages = recordPages(loadGraph());
 * pages.find((p) => p.path === 'official-bui-van-khang.html')?.title; // 'Bùi Văn Khắng'
 * ```
 */
export function recordPages(graph: Graph): RecordPage[] {
  return [
    ...graph.officials.map((o) => officialPage(graph, o)),
    ...graph.events.map((e) => eventPage(graph, e)),
    ...graph.projects.map((p) => projectPage(graph, p)),
    ...graph.places.map((p) => placePage(graph, p)),
    ...graph.organizations.map((o) => organizationPage(graph, o)),
    ...graph.metrics.map((m) => metricPage(graph, m)),
    { path: 'names.js', content: searchScript(graph) },
  ];
}

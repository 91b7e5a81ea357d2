// A consumer app, compiled by the consumer test against the packed tarballs with the strictest
// options (exactOptionalPropertyTypes, noUncheckedIndexedAccess). The `@ts-expect-error` lines are
// checks too: the compile fails if what they misuse is accepted.
import { loadGraph } from '@vnsti/data';
import { formatDate } from '@vnsti/dates';
import { events } from '@vnsti/events';
import { convertMoney, formatMoney } from '@vnsti/money';
import { projects } from '@vnsti/projects';
import type { EventId, OfficialId } from '@vnsti/schema';

const graph = loadGraph();

// Every event with its participants and the posts they held on its day, without a join.
const listing = graph.events.map((event) => ({
  event: event.record.id,
  when: formatDate(event.record.date),
  participants: event.participants.map((p) => ({
    official: p.official.record.id,
    roles: p.roles,
    posts: p.posts.map((held) => ({ title: held.post.title.vi, inferred: held.inferred })),
  })),
}));

// Records pass straight into the helpers under exactOptionalPropertyTypes.
const amounts = projects.flatMap((project) => (project.investment ? [formatMoney(project.investment)] : []));
const conversions = projects.flatMap((project): Array<number | string> => {
  const date = graph.project(project.id)?.date;
  if (!project.investment || !date) return [];
  try {
    return [convertMoney(project.investment, 'USD', { on: date.day }).amount];
  } catch (error) {
    return [`not converted: ${(error as Error).message}`];
  }
});

// Misuse the compiler must refuse (never run: the records are frozen and would throw).
export function misuse(): void {
  const first = events[0];
  if (!first) return;
  // @ts-expect-error records are deeply read-only
  first.name.en = 'x';
  // @ts-expect-error an event id is not an official id
  graph.postsAt(first.id, first.date.start);
}

// Ids typed by table, from the records themselves.
const first = events[0];
const official: OfficialId | undefined = first?.participants[0]?.official;
const postsOfFirst = first && official ? graph.postsAt(official, first.date.start)?.length : undefined;
const eventId: EventId | undefined = first?.id;
const found = eventId === undefined ? undefined : graph.event(eventId)?.record.id;

console.log(JSON.stringify({ listing, amounts, conversions, postsOfFirst, found }));

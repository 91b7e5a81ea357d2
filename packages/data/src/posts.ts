import type { LocalizedText, OfficialId, OfficialRecord, OrganizationId, SourceId } from '@vnsti/schema';
import { dayOf } from './days.js';
import { GraphInputError } from './errors.js';

/**
 * One citation of a fact: the source's id, the quote that states the fact (a source whose text is
 * kept) or the locator in it (a legal document or page kept without text: "Điều 1, khoản 3"), and
 * for a post the day the source observed it.
 *
 * @example
 * ```ts
 * const citation: Citation = { source: 'tpo-2025-11-25-…' as SourceId, quote: 'Chủ tịch UBND tỉnh Quảng Ninh', asOf: '2025-11-25' };
 * ```
 */
export interface Citation {
  /** Id of the source (resolve it with `graph.source(id)`). */
  readonly source: SourceId;
  /** The words of the source that state the fact, when its text is kept. */
  readonly quote?: string;
  /** Where in a source kept without text the fact stands (article, clause, table row). */
  readonly locator?: string;
  /** For a post: the day the source observed the person in it (its publication date). */
  readonly asOf?: string;
}

/**
 * A post a person held, merged from every position row that names it: rows with the same
 * organization and the same English title are one post, whatever the Vietnamese wording of each
 * source ("Bộ Khoa học và Công nghệ", "Bộ KH&CN"), with all their citations kept.
 *
 * @example
 * ```ts
 * const post: Post = graph.official('bui-van-khang')!.posts[0]!;
 * post.observed; // ['2025-11-24', '2025-11-25']
 * ```
 */
export interface Post {
  /** The person who holds it. */
  readonly official: OfficialId;
  /** The title as the first source writes it, with its English rendering. */
  readonly title: Readonly<LocalizedText>;
  /** Every Vietnamese wording of the title found in the sources, in first-seen order. */
  readonly wordings: readonly string[];
  /** Id of the organization the post belongs to, when known. */
  readonly organization?: OrganizationId;
  /** First day in the post, when a source states it (the earliest stated). */
  readonly start?: string;
  /** Last day in the post, when a source states it (the latest stated). */
  readonly end?: string;
  /** The distinct days the sources observed the person in the post, ascending. */
  readonly observed: readonly string[];
  /** Every citation of every position row merged into the post. */
  readonly citations: readonly Citation[];
}

/**
 * A post held on a given day, and how that is known: from a stated term (`inferred: false`), or
 * from the nearest day a source observed the person in it, within the tolerance (`inferred: true`).
 *
 * @example
 * ```ts
 * const [held] = graph.postsAt(officialId, '2025-11-24') ?? [];
 * held?.inferred; // true: the sources give no term, only the day they observed the post
 * ```
 */
export interface PostAt {
  /** The post. */
  readonly post: Post;
  /** False when a stated start/end covers the day; true when it rests on an observation nearby. */
  readonly inferred: boolean;
  /** For an inferred post: the observation used, and its offset in days from the day asked (negative: before it). */
  readonly nearest?: { readonly observed: string; readonly days: number };
}

/**
 * How far (in days, either side) an observation of a post may lie from the day asked for the post
 * still to count as held that day, when no source states the term: 31 days. News reports a post on
 * the day it writes about; an event is often reported a day or more after it took place.
 */
export const DEFAULT_TOLERANCE_DAYS = 31;

/** Options of `postsAt`. */
export interface PostsAtOptions {
  /** Days either side of the date an observation may lie (default {@link DEFAULT_TOLERANCE_DAYS}). */
  readonly toleranceDays?: number;
}

/** One observation of a post, as a day number, for the binary search. */
interface Observation {
  readonly day: number;
  readonly iso: string;
  readonly post: number;
}

/** The posts of one official and what `postsAt` searches. */
interface OfficialPosts {
  readonly posts: readonly Post[];
  /** Posts with a stated start or end: [post index, first day, last day, both ends stated]. */
  readonly terms: ReadonlyArray<readonly [number, number, number, boolean]>;
  /** Every observation, by day ascending. */
  readonly observations: readonly Observation[];
}

const postKey = (organization: string | undefined, titleEn: string) =>
  `${organization ?? ''}\u0000${titleEn.trim().toLowerCase()}`;

/**
 * Merges an official's position rows into posts (same organization and English title: one post,
 * all citations kept) and indexes them by day.
 */
function officialPosts(official: OfficialRecord, dayOfCached: (iso: string) => number): OfficialPosts {
  type Draft = {
    title: LocalizedText;
    wordings: string[];
    organization?: OrganizationId;
    start?: string;
    end?: string;
    observed: Set<string>;
    citations: Citation[];
  };
  const drafts = new Map<string, Draft>();
  for (const position of official.positions) {
    const key = postKey(position.organization, position.title.en);
    let draft = drafts.get(key);
    if (!draft) {
      draft = { title: position.title, wordings: [], observed: new Set(), citations: [] };
      if (position.organization !== undefined) draft.organization = position.organization;
      drafts.set(key, draft);
    }
    if (!draft.wordings.includes(position.title.vi)) draft.wordings.push(position.title.vi);
    if (position.start !== undefined && (draft.start === undefined || position.start < draft.start)) {
      draft.start = position.start;
    }
    if (position.end !== undefined && (draft.end === undefined || position.end > draft.end)) draft.end = position.end;
    draft.observed.add(position.asOf);
    for (const ref of position.sources) draft.citations.push({ ...ref, asOf: position.asOf });
  }
  const posts: Post[] = [];
  const terms: Array<readonly [number, number, number, boolean]> = [];
  const observations: Observation[] = [];
  for (const draft of drafts.values()) {
    const observed = [...draft.observed].sort();
    const index = posts.length;
    posts.push(
      Object.freeze({
        official: official.id,
        title: draft.title,
        wordings: Object.freeze(draft.wordings),
        ...(draft.organization !== undefined ? { organization: draft.organization } : {}),
        ...(draft.start !== undefined ? { start: draft.start } : {}),
        ...(draft.end !== undefined ? { end: draft.end } : {}),
        observed: Object.freeze(observed),
        citations: Object.freeze(draft.citations.map((c) => Object.freeze(c))),
      }),
    );
    if (draft.start !== undefined || draft.end !== undefined) {
      // A term stated at one end only runs to the farthest observation at the other.
      const first = dayOfCached(draft.start ?? observed[0]!);
      const last = dayOfCached(draft.end ?? observed[observed.length - 1]!);
      const closed = draft.start !== undefined && draft.end !== undefined;
      terms.push([index, Math.min(first, last), Math.max(first, last), closed]);
    }
    for (const iso of observed) observations.push({ day: dayOfCached(iso), iso, post: index });
  }
  observations.sort((a, b) => a.day - b.day || a.post - b.post);
  return { posts, terms, observations };
}

/** Index of the first observation on or after `day`. */
function lowerBound(observations: readonly Observation[], day: number): number {
  let lo = 0;
  let hi = observations.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (observations[mid]!.day < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Every official's posts, and the posts held on a day: built once in O(n log n), each `postsAt`
 * is a binary search over the official's observations, O(log n + posts found).
 * @internal
 */
export class PostIndex {
  readonly #byOfficial = new Map<string, OfficialPosts>();

  constructor(officials: readonly OfficialRecord[]) {
    // The same few thousand days recur across positions: read each once.
    const days = new Map<string, number>();
    const dayOfCached = (iso: string) => {
      let day = days.get(iso);
      if (day === undefined) {
        day = dayOf(iso);
        days.set(iso, day);
      }
      return day;
    };
    for (const official of officials) this.#byOfficial.set(official.id, officialPosts(official, dayOfCached));
  }

  /** The official's posts, or `undefined` for an unknown official. */
  posts(official: OfficialId): readonly Post[] | undefined {
    return this.#byOfficial.get(official)?.posts;
  }

  /** The posts the official held on `date` (see `Graph.postsAt`). */
  at(official: OfficialId, date: string, options: PostsAtOptions = {}): readonly PostAt[] | undefined {
    const tolerance = options.toleranceDays ?? DEFAULT_TOLERANCE_DAYS;
    if (!Number.isInteger(tolerance) || tolerance < 0) {
      throw new GraphInputError(`expected toleranceDays as a whole number ≥ 0, found ${String(tolerance)}`);
    }
    const day = dayOf(date);
    const entry = this.#byOfficial.get(official);
    if (!entry) return undefined;
    const found: PostAt[] = [];
    // Posts settled by their terms: held (stated), or not held on a day outside a term stated at both ends.
    const settled = new Set<number>();
    for (const [post, first, last, closed] of entry.terms) {
      if (first <= day && day <= last) {
        settled.add(post);
        found.push({ post: entry.posts[post]!, inferred: false });
      } else if (closed) settled.add(post);
    }
    const nearest = new Map<number, Observation>();
    const { observations } = entry;
    for (let i = lowerBound(observations, day - tolerance); i < observations.length; i++) {
      const o = observations[i]!;
      if (o.day > day + tolerance) break;
      if (settled.has(o.post)) continue;
      const best = nearest.get(o.post);
      if (!best || Math.abs(o.day - day) < Math.abs(best.day - day)) nearest.set(o.post, o);
    }
    const inferred = [...nearest.values()].sort(
      (a, b) => Math.abs(a.day - day) - Math.abs(b.day - day) || a.post - b.post,
    );
    for (const o of inferred) {
      found.push({ post: entry.posts[o.post]!, inferred: true, nearest: { observed: o.iso, days: o.day - day } });
    }
    return found;
  }
}

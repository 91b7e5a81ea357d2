#!/usr/bin/env node
/**
 * Writes the provincial Departments of Science and Technology ("Sở KH&CN") into the organizations
 * tables from the places tables, so the two cannot disagree: one department per province-level unit
 * of `places.csv`, valid when its unit is (except where a row of EXCEPTIONS says otherwise), its
 * parent the unit's People's Committee, its lineage the unit's lineage (`place-changes.csv`), its
 * aliases the unit's aliases (`place-aliases.csv`) after "Sở KH&CN". The other ways news writes the
 * name ("Sở KHCN", "Sở Khoa học và Công nghệ", with or without "tỉnh" / "TP.") are not stored:
 * `organizationNameKey` folds them to one key.
 *
 *   node scripts/provincial-departments.mjs           rewrite the generated rows
 *   node scripts/provincial-departments.mjs --check   exit 1 when the tables differ from what it would write
 *
 * Rows it owns are those whose id (or `organization`) starts with `so-khcn-`; every other row stays
 * as it is, in its place. Needs `@vnsti/datakit` built (`npm run build`).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { csvLine, parseCsvTable } from '@vnsti/datakit';

/** Id prefix of the rows this script owns. */
export const PREFIX = 'so-khcn-';

/** Kinds of place that are province-level units. */
const PROVINCE_LEVEL = new Set(['province', 'centrally-run-city']);

/**
 * Where the source of a department row is not the general rule: the department did not exist for
 * the unit's whole validity. Bạc Liêu merged its departments of education and of science and
 * technology from 2019 and separated them again on 2023-03-15.
 */
const EXCEPTIONS = {
  'bac-lieu': {
    validFrom: '2023-03-15',
    source: 'web-vietnamnet-2023-bac-lieu-tai-lap-so-khcn',
    locator: 'đoạn đầu (tái lập Sở Khoa học và Công nghệ, ngày 15/3)',
  },
};

/** The decree in force before the 2025 reorganisation, and the one of 2025 (departments merged). */
const BEFORE_2025 = { source: 'nd-24-2014-nd-cp', locator: 'Điều 8, khoản 13 (Sở Khoa học và Công nghệ)' };
const FROM_2025 = {
  source: 'nd-45-2025-nd-cp',
  locator: 'danh mục sở được tổ chức thống nhất ở các địa phương, mục 7 (Sở Khoa học và Công nghệ)',
};
/** First day of the 2025 decree's departments (Departments of Information and Communications merged in). */
const MERGED_FROM = '2025-03-01';
/** First day of the two-level local government: a unit formed from then cites its own founding document. */
const TWO_LEVELS_FROM = '2025-07-01';

/**
 * The department rows for a set of tables (pure: no file is read or written).
 *
 * @param {{ places: Record<string,string>[], placeChanges: Record<string,string>[], placeAliases: Record<string,string>[], organizations: Record<string,string>[] }} tables
 * @returns {{ organizations: Record<string,string>[], changes: Record<string,string>[], aliases: Record<string,string>[] }}
 */
export function departmentRows({ places, placeChanges, placeAliases, organizations }) {
  const committees = new Map();
  for (const o of organizations) {
    if (o.kind !== 'peoples-committee' || o.id.startsWith(PREFIX)) continue;
    if (committees.has(o.place)) throw new Error(`two people's committees for place ${o.place}`);
    committees.set(o.place, o);
  }
  const departmentOf = new Map();
  const rows = [];
  for (const place of places) {
    if (!PROVINCE_LEVEL.has(place.kind)) continue;
    const committee = committees.get(place.id);
    if (!committee) throw new Error(`no people's committee for province-level unit ${place.id}`);
    const id = committee.id.replace(/^ubnd-/, PREFIX);
    departmentOf.set(place.id, id);
    const exception = EXCEPTIONS[place.id];
    const validFrom = exception?.validFrom ?? place.valid_from;
    const validUntil = place.valid_until;
    const citation =
      exception ??
      (validUntil !== '' && validUntil < MERGED_FROM
        ? BEFORE_2025
        : validFrom !== '' && validFrom >= TWO_LEVELS_FROM
          ? { source: place.source, locator: place.locator }
          : FROM_2025);
    rows.push({
      id,
      name_vi: committee.name_vi.replace(/^Ủy ban nhân dân /, 'Sở Khoa học và Công nghệ '),
      name_en: committee.name_en.replace(/People’s Committee$/, 'Department of Science and Technology'),
      abbreviation: committee.abbreviation.replace(/^UBND /, 'Sở KH&CN '),
      kind: 'provincial-department',
      place: place.id,
      parent: committee.id,
      valid_from: validFrom,
      valid_until: validUntil,
      source: citation.source,
      quote: '',
      locator: citation.locator,
    });
  }
  for (const row of rows) {
    if (!row.name_vi.startsWith('Sở Khoa học và Công nghệ ') || !row.abbreviation.startsWith('Sở KH&CN ')) {
      throw new Error(`committee of ${row.place} is not named "Ủy ban nhân dân …" / "UBND …"`);
    }
  }
  const changes = placeChanges
    .filter((c) => departmentOf.has(c.place) && departmentOf.has(c.successor))
    .map((c) => ({
      organization: departmentOf.get(c.place),
      change: c.change,
      successor: departmentOf.get(c.successor),
      date: c.date,
      source: c.source,
      quote: '',
      locator: c.locator,
    }));
  const aliases = placeAliases
    .filter((a) => departmentOf.has(a.place))
    .map((a) => ({ organization: departmentOf.get(a.place), alias: `Sở KH&CN ${a.alias}` }));
  return { organizations: rows, changes, aliases };
}

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const FILES = {
  places: here('../../places/data/places.csv'),
  placeChanges: here('../../places/data/place-changes.csv'),
  placeAliases: here('../../places/data/place-aliases.csv'),
  organizations: here('../data/organizations.csv'),
  changes: here('../data/organization-changes.csv'),
  aliases: here('../data/organization-aliases.csv'),
};

/** A table's text with its generated rows replaced by `generated` (at the end). */
function rewrite(text, key, generated) {
  const table = parseCsvTable(text);
  const kept = table.rows.filter((row) => !row[key].startsWith(PREFIX));
  const lines = [table.headers.join(','), ...[...kept, ...generated].map((row) => csvLine(table.headers, row))];
  return `${lines.join('\n')}\n`;
}

/**
 * What the three organizations tables should hold: path → text.
 *
 * @returns {Map<string, string>}
 */
export function expectedTables() {
  const read = (path) => readFileSync(path, 'utf8');
  const rows = (path) => parseCsvTable(read(path)).rows;
  const generated = departmentRows({
    places: rows(FILES.places),
    placeChanges: rows(FILES.placeChanges),
    placeAliases: rows(FILES.placeAliases),
    organizations: rows(FILES.organizations),
  });
  return new Map([
    [FILES.organizations, rewrite(read(FILES.organizations), 'id', generated.organizations)],
    [FILES.changes, rewrite(read(FILES.changes), 'organization', generated.changes)],
    [FILES.aliases, rewrite(read(FILES.aliases), 'organization', generated.aliases)],
  ]);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const check = process.argv.includes('--check');
  let stale = 0;
  for (const [path, text] of expectedTables()) {
    if (readFileSync(path, 'utf8') === text) continue;
    stale++;
    if (check) console.error(`${path}: differs from what scripts/provincial-departments.mjs writes`);
    else writeFileSync(path, text);
  }
  if (check && stale > 0) process.exit(1);
}

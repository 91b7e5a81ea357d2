/** Types of `provincial-departments.mjs` for the tests that import it. */
type Row = Record<string, string>;
export declare const PREFIX: string;
export declare function departmentRows(tables: {
  places: Row[];
  placeChanges: Row[];
  placeAliases: Row[];
  organizations: Row[];
}): { organizations: Row[]; changes: Row[]; aliases: Row[] };
export declare function expectedTables(): Map<string, string>;

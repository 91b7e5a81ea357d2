import { documents } from '@vnsti/documents';
import { events } from '@vnsti/events';
import { metrics } from '@vnsti/metrics';
import { officials } from '@vnsti/officials';
import { organizations } from '@vnsti/organizations';
import { places } from '@vnsti/places';
import { projects } from '@vnsti/projects';
import { sources } from '@vnsti/sources';

/** Every built dataset's records, by dataset name, as users import them. */
export const records = { sources, places, organizations, documents, officials, events, projects, metrics } as const;

/** Name of a dataset package. */
export type DatasetName = keyof typeof records;

/** Where the built packages live in this repository. */
export const datasetsDir = new URL('../../', import.meta.url);

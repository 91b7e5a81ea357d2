import { describe, expectTypeOf, it } from 'vitest';
import type {
  DeepReadonly,
  EventId,
  EventRecord,
  Money,
  OfficialId,
  OfficialRecord,
  OrganizationId,
  PlaceId,
  ProjectRecord,
} from './index.js';

// Type-level checks: `tsc` (the typecheck script) fails when an `@ts-expect-error` line compiles, so
// the assignments sit in functions that are type-checked but never run.
declare const event: EventRecord;
declare const project: ProjectRecord;
declare const official: OfficialRecord;

describe('published record types', () => {
  it('are read-only at every depth', () => {
    const writes = () => {
      // @ts-expect-error a published name cannot be rewritten
      event.name.en = 'x';
      // @ts-expect-error nor can a participant be added
      event.participants.push(event.participants[0]!);
      // @ts-expect-error nor a nested citation changed
      official.positions[0]!.sources[0]!.quote = 'x';
    };
    expectTypeOf(writes).toBeFunction();
    expectTypeOf<EventRecord['participants']>().toExtend<readonly unknown[]>();
    expectTypeOf<EventRecord['participants']>().not.toExtend<unknown[]>();
  });

  it('type each id by its table, and an event id is not an official id', () => {
    expectTypeOf<EventRecord['id']>().toEqualTypeOf<EventId>();
    expectTypeOf<EventRecord['place']>().toEqualTypeOf<PlaceId>();
    expectTypeOf<EventRecord['participants'][number]['official']>().toEqualTypeOf<OfficialId>();
    expectTypeOf<OfficialRecord['positions'][number]['organization']>().toEqualTypeOf<OrganizationId | undefined>();
    expectTypeOf<ProjectRecord['event']>().toEqualTypeOf<EventId | undefined>();
    const misuse = (wantsOfficial: (id: OfficialId) => void) => {
      // @ts-expect-error an event id where an official id is expected
      wantsOfficial(event.id);
      // @ts-expect-error a plain string is not an official id either
      wantsOfficial('bui-van-khang');
      wantsOfficial(event.participants[0]!.official);
    };
    expectTypeOf(misuse).toBeFunction();
    expectTypeOf<EventId>().toExtend<string>();
  });

  it('leave no optional property present as undefined, so values pass under exactOptionalPropertyTypes', () => {
    expectTypeOf<ProjectRecord['investment']>().toEqualTypeOf<DeepReadonly<Money> | undefined>();
    expectTypeOf<NonNullable<ProjectRecord['investment']>['max']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<DeepReadonly<{ a?: number | undefined }>>().toEqualTypeOf<{ readonly a?: number }>();
  });
});

import { describe, expect, it } from 'vitest';
import { conversionDate, MoneyError } from './index.js';

describe('conversionDate', () => {
  it('reads the TSDoc examples', () => {
    expect(conversionDate({ period: { start: '2025-11-24', end: '2025-11-24' }, published: ['2025-11-24'] })).toEqual({
      on: '2025-11-24',
      from: 'record-date',
    });
    expect(conversionDate({ period: { start: '2023-09-29', end: '2030-12-31' }, published: ['2023-09-29'] })).toEqual({
      on: '2023-09-29',
      from: 'published-date',
    });
    expect(
      conversionDate({
        period: { start: '2022-01-01', end: '2022-12-31', precision: 'year' },
        published: ['2023-03-01'],
      }),
    ).toEqual({ on: '2022', from: 'whole-year' });
    expect(conversionDate({ published: ['2025-11-25', '2025-11-24'] })).toEqual({
      on: '2025-11-24',
      from: 'published-date',
    });
  });

  it('takes the last day of a past period, and the record date over the publication date', () => {
    // An event reported weeks later converts on its own day.
    expect(conversionDate({ period: { start: '2025-07-03', end: '2025-07-03' }, published: ['2025-08-21'] })?.on).toBe(
      '2025-07-03',
    );
    // A quarter converts on its last day.
    expect(
      conversionDate({
        period: { start: '2025-04-01', end: '2025-06-30', precision: 'quarter' },
        published: ['2025-08-21'],
      }),
    ).toEqual({ on: '2025-06-30', from: 'record-date' });
    // A period with no source date still has its own.
    expect(conversionDate({ period: { start: '2024-01-01', end: '2024-03-31' } })?.on).toBe('2024-03-31');
    // A year still running when written is a forecast: the publication day.
    expect(
      conversionDate({
        period: { start: '2023-01-01', end: '2023-12-31', precision: 'year' },
        published: ['2023-09-29'],
      }),
    ).toEqual({ on: '2023-09-29', from: 'published-date' });
  });

  it('returns null with nothing to go on, and throws on malformed dates', () => {
    expect(conversionDate({})).toBeNull();
    expect(conversionDate({ published: [] })).toBeNull();
    expect(() => conversionDate({ published: ['2025-02-30'] })).toThrow(MoneyError);
    expect(() => conversionDate({ period: { start: '2025-01-02', end: '2025-01-01' } })).toThrow(/before it starts/);
    expect(() => conversionDate({ period: { start: 'soon', end: '2025-01-01' } })).toThrow(/period\.start/);
  });
});

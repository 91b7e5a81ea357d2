import { describe, expect, it } from 'vitest';
import { todayInVietnam } from './today.js';

describe('todayInVietnam', () => {
  it("gives today's date in Vietnam whatever the instant's UTC day", () => {
    expect(todayInVietnam(new Date('2025-11-23T20:00:00Z'))).toBe('2025-11-24');
    expect(todayInVietnam(new Date('2025-11-24T16:59:59Z'))).toBe('2025-11-24');
    expect(todayInVietnam(new Date('2025-11-24T17:00:00Z'))).toBe('2025-11-25');
    expect(todayInVietnam(new Date('2024-02-28T17:00:00Z'))).toBe('2024-02-29');
  });

  it('reads the clock when no instant is given', () => {
    const before = todayInVietnam(new Date());
    const now = todayInVietnam();
    const after = todayInVietnam(new Date());
    expect([before, after]).toContain(now);
    expect(now).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('refuses an invalid instant', () => {
    expect(() => todayInVietnam(new Date('not a day'))).toThrow(RangeError);
  });
});

import { describe, expect, it } from 'vitest';
import { ministriesAsOf, organizationById, organizations, resolveOrganization } from '../src/index.js';

// Runs on the built records (dist/data.js): the full reference data of issue 17.
describe('ministries and ministry-level agencies per date', () => {
  it.each(['2020-01-01', '2024-06-01', '2025-02-28'])('22 on %s', (date) => {
    expect(ministriesAsOf(date)).toHaveLength(22);
  });
  it.each(['2025-03-01', '2025-11-24', '2026-06-01'])('17 on %s', (date) => {
    expect(ministriesAsOf(date)).toHaveLength(17);
  });
  it('14 ministries and 3 ministry-level agencies from 2025-03-01', () => {
    const kinds = ministriesAsOf('2025-03-01').map((o) => o.kind);
    expect(kinds.filter((k) => k === 'ministry')).toHaveLength(14);
    expect(kinds.filter((k) => k === 'ministry-level-agency')).toHaveLength(3);
  });
});

describe('lineage integrity', () => {
  it('every body that ended maps to exactly one successor valid on the day it changes', () => {
    for (const body of organizations.filter((o) => o.validUntil && o.changes?.length)) {
      expect(body.changes, body.id).toHaveLength(1);
      const step = body.changes![0]!;
      const successor = organizationById(step.successor);
      expect(successor, body.id).toBeDefined();
      expect(successor!.validFrom === undefined || successor!.validFrom <= step.date, body.id).toBe(true);
      expect(successor!.validUntil === undefined || step.date <= successor!.validUntil, body.id).toBe(true);
    }
  });

  it('every ministry of 2025-02-28 resolves by its name to one body of 2025-03-01', () => {
    const after = new Set(ministriesAsOf('2025-03-01').map((o) => o.id));
    for (const body of ministriesAsOf('2025-02-28')) {
      const answer = resolveOrganization(body.name.vi, { asOf: '2025-03-01' });
      expect(answer, body.id).toBeDefined();
      expect(after.has(answer!.id), `${body.id} → ${answer!.id}`).toBe(true);
    }
  });
});

describe('names the lineage answers', () => {
  it.each([
    ['Bộ TT&TT', '2025-03-01', 'bo-khoa-hoc-va-cong-nghe'],
    ['Bộ Kế hoạch và Đầu tư', '2025-03-02', 'bo-tai-chinh'],
    ['Bộ Lao động - Thương binh và Xã hội', '2025-03-02', 'bo-noi-vu'],
    ['Bộ Giao thông vận tải', '2025-03-01', 'bo-xay-dung'],
    ['Bộ GTVT', '2024-01-01', 'bo-giao-thong-van-tai'],
    ['UBND tỉnh Hải Dương', '2025-07-01', 'ubnd-thanh-pho-hai-phong'],
    ['Uỷ ban nhân dân tỉnh Hải Dương', '2025-06-30', 'ubnd-tinh-hai-duong'],
  ])('%s on %s → %s', (name, asOf, id) => {
    expect(resolveOrganization(name, { asOf })?.id).toBe(id);
  });
});

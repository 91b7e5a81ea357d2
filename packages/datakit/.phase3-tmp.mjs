import { build } from '/work/main/packages/datakit/dist/index.js';
const root = '/tmp/scale10k';
for (let i = 0; i < 8; i++) {
  const s = performance.now();
  await build({ dir: root + '/datasets/metrics' });
  console.log('build', (performance.now() - s).toFixed(0));
}

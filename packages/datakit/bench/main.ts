// `node dist/scale.js [sizes]`: the scale benchmark (`npm run bench`), and its child measurements.
import { scaleCli } from './scale.js';

scaleCli(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

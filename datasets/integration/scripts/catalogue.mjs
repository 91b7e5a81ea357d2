// Writes the whole catalogue for analysts into dist/catalogue: vnsti.duckdb (every table of every
// dataset, with primary and foreign keys and views that resolve references) and parquet/ (the same
// tables and views as Parquet files, with schema.sql and load.sql). It lives here because this
// workspace depends on every dataset package, so turbo builds it after all of them.
import { fileURLToPath } from 'node:url';
import { CatalogueError, writeCatalogue } from '@vnsti/datakit';

const datasetsDir = fileURLToPath(new URL('../../', import.meta.url));
const out = fileURLToPath(new URL('../dist/catalogue', import.meta.url));
try {
  const { tables, views } = await writeCatalogue({ datasetsDir, out });
  const rows = tables.reduce((sum, t) => sum + t.rows, 0);
  console.log(
    `catalogue: ${tables.length} tables (${rows} rows) and ${views.length} views in datasets/integration/dist/catalogue`,
  );
} catch (error) {
  if (!(error instanceof CatalogueError)) throw error;
  console.error(`catalogue: ${error.message}`);
  process.exitCode = 1;
}

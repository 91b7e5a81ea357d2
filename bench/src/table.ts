/** One line of the results table. */
export interface Row {
  group: string;
  name: string;
  value: string;
  versus: string;
  ratio: string;
  target: string;
  pass: boolean | null;
}

/** The rows as a Markdown table. */
export function toMarkdown(rows: readonly Row[]): string {
  const head =
    '| group | what | measured | baseline (same run) | ratio | target | met |\n|---|---|---|---|---|---|---|';
  const body = rows.map(
    (r) =>
      `| ${[r.group, r.name, r.value, r.versus, r.ratio, r.target, r.pass === null ? '–' : r.pass ? 'yes' : '**no**'].map((c) => c.replaceAll('|', '\\|')).join(' | ')} |`,
  );
  return [head, ...body].join('\n');
}

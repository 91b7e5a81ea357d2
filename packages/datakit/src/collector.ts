import { type Problem, type ProblemCode, shortenEchoes } from './problems.js';

/**
 * Gathers problems while the pipeline runs. A cell gets at most one problem (the first found:
 * reading, then schema, then the check rules), so one mistake gives one line.
 * @internal
 */
export class Collector {
  readonly problems: Problem[] = [];
  private readonly cells = new Set<string>();

  /** A problem with one cell; ignored when that cell already has one. */
  cell(code: ProblemCode, file: string, line: number, column: number, message: string): void {
    const key = `${file}\u0000${line}\u0000${column}`;
    if (this.cells.has(key)) return;
    this.cells.add(key);
    this.problems.push({ code, file, line, column, message: shortenEchoes(message) });
  }

  /** Whether a cell already has a problem. */
  has(file: string, line: number, column: number): boolean {
    return this.cells.has(`${file}\u0000${line}\u0000${column}`);
  }

  /** A problem with a row, a header or a file. */
  add(code: ProblemCode, file: string, line: number, column: number, message: string): void {
    this.problems.push({ code, file, line, column, message: shortenEchoes(message) });
  }
}

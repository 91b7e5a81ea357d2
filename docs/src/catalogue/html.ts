/**
 * HTML building with escaping by default: every value interpolated into {@link html} is escaped
 * unless it is already {@link SafeHtml} (the result of another `html` call or of {@link raw}).
 */

/** A string of markup that is already safe to insert. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Escapes text for HTML element content and quoted attribute values.
 *
 * @example
 * ```ts
 * escapeHtml('<b>"Bộ KH&CN"</b>'); // '&lt;b&gt;&quot;Bộ KH&amp;CN&quot;&lt;/b&gt;'
 * ```
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** Marks trusted markup (generated SVG path data, fixed fragments) as safe. */
export function raw(markup: string): SafeHtml {
  return new SafeHtml(markup);
}

/** Anything that may be interpolated into {@link html}. */
export type HtmlValue = SafeHtml | string | number | boolean | null | undefined | readonly HtmlValue[];

function render(value: HtmlValue): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(String(value));
}

/**
 * Tagged template that escapes every interpolated value (arrays are joined, `null`, `undefined`
 * and `false` render as nothing).
 *
 * @example
 * ```ts
 * html`<td>${'a < b'}</td>`.value; // '<td>a &lt; b</td>'
 * ```
 */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let out = strings[0] ?? '';
  for (let i = 0; i < values.length; i++) out += render(values[i]) + (strings[i + 1] ?? '');
  return new SafeHtml(out);
}

/** Joins fragments with a separator (the separator is escaped like any value). */
export function join(parts: readonly HtmlValue[], separator: HtmlValue): SafeHtml {
  return new SafeHtml(parts.map(render).join(render(separator)));
}

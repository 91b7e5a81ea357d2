import { describe, expect, it } from 'vitest';
import { escapeHtml, html, join, raw } from './html.js';

describe('escapeHtml', () => {
  it('escapes the five characters that matter in content and attributes', () => {
    expect(escapeHtml('<b>"Bộ KH&CN"</b>')).toBe('&lt;b&gt;&quot;Bộ KH&amp;CN&quot;&lt;/b&gt;');
    expect(escapeHtml("it's")).toBe('it&#39;s');
    expect(escapeHtml('Quảng Ninh')).toBe('Quảng Ninh');
  });

  it('does not double-escape when applied once', () => {
    expect(escapeHtml('&amp;')).toBe('&amp;amp;');
  });
});

describe('html', () => {
  it('escapes interpolated strings and numbers but not nested html', () => {
    const inner = html`<i>${'<script>'}</i>`;
    expect(html`<p title="${'"x"'}">${inner}${3}</p>`.value).toBe(
      '<p title="&quot;x&quot;"><i>&lt;script&gt;</i>3</p>',
    );
  });

  it('renders null, undefined and false as nothing and joins arrays', () => {
    expect(html`${null}${undefined}${false}${['a', '<', html`<br>`]}`.value).toBe('a&lt;<br>');
  });

  it('raw marks trusted markup and join escapes separators', () => {
    expect(html`${raw('<hr>')}`.value).toBe('<hr>');
    expect(join(['a', 'b'], ' & ').value).toBe('a &amp; b');
  });
});

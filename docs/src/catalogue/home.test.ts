import { loadGraph } from '@vnsti/data';
import { describe, expect, it } from 'vitest';
import { homePage } from './home.js';

describe('homePage', () => {
  it('says what vnsti is, links to the guides, the API and the catalogue, and counts each dataset', () => {
    const page = homePage({ records: { events: 6, officials: 10 } }, loadGraph());
    expect(page).toContain('<h1>vnsti</h1>');
    expect(page).not.toContain('http-equiv="refresh"');
    expect(page).toContain('href="api/documents/Getting_started.html"');
    expect(page).toContain('href="api/modules.html"');
    expect(page).toContain('href="catalogue/index.html"');
    expect(page).toContain('<a href="catalogue/events.html">Events</a> <small>(6 records');
    expect(page).toContain('<a href="catalogue/places.html">Places</a> <small>(0 records');
    expect(page).toContain('id="name-search"');
    expect(page).toContain('<script src="catalogue/names.js"></script>');
  });

  it('leaves the search box out without a graph', () => {
    const page = homePage({ records: {} }, undefined);
    expect(page).not.toContain('name-search');
    expect(page).not.toContain('names.js');
  });
});

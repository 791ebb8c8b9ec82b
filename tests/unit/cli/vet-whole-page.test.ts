import { describe, expect, it } from 'vitest';
import { NestsTooDeepError, openParsedPage, openSavedPage, parseSavedPage } from '../../../lib/cli/saved-page';
import { readPlatformFixture } from '../helpers/platform-fixtures';

/**
 * `npm run vet` reads the whole page, as the browser does (issue 18, item 4). happy-dom's parser
 * dropped everything after a `<style>` inside an `<svg>` (YouTube's icon sets have them), so on a
 * real 4 MB watch page it stopped at about 3.27 million characters and never reached the
 * `ytInitialData` at its end. Pages are now parsed by parse5 (the HTML standard's algorithm).
 */

describe('saved pages are read to their end', () => {
  it('a 4 MB real watch page: the ytInitialData after the SVG icon sets is in the document, and so is the last script', async () => {
    const html = readPlatformFixture('youtube', 'yt_watch_EAZvxukW8kY_2023-03_rendered_en_metascraper.html');
    expect(html.length).toBe(4_099_016);
    const svgStyle = html.indexOf('<style>\n        .hashtag_landing_page_empty__cls-1');
    const initialData = html.indexOf('var ytInitialData = {');
    expect([svgStyle, initialData]).toEqual([3_272_269, 3_787_047]);
    const page = openSavedPage(html);
    try {
      const scripts = Array.from(page.doc.querySelectorAll('script')).map((script) => (script.textContent ?? '').trim());
      expect(scripts).toHaveLength(55);
      expect(scripts.filter((text) => text.startsWith('var ytInitialData = {'))).toHaveLength(1);
      expect(scripts.at(-1)).toMatch(/^if \(window\.ytcsi\) \{window\.ytcsi\.info\('st',/);
      expect(page.doc.querySelectorAll('*')).toHaveLength(7661);
    } finally {
      await page.close();
    }
  });

  it('what follows a <style> inside an <svg> is read', async () => {
    const page = openSavedPage('<html><body><svg><defs><style>.a{fill:none}</style></defs></svg><p id="after">after</p></body></html>');
    try {
      expect(page.doc.getElementById('after')?.textContent).toBe('after');
      expect(page.doc.querySelector('svg style')?.textContent).toBe('.a{fill:none}');
    } finally {
      await page.close();
    }
  });

  it('a template keeps its contents out of the document, as in a browser', async () => {
    const page = openSavedPage('<html><body><template id="t"><p class="inside">x</p></template><p class="outside">y</p></body></html>');
    try {
      expect(page.doc.querySelectorAll('p').length).toBe(1);
      expect((page.doc.getElementById('t') as HTMLTemplateElement).content.querySelectorAll('p.inside').length).toBe(1);
    } finally {
      await page.close();
    }
  });
});

describe('a page parsed once', () => {
  it('stops parsing when more elements are open at once than allowed, and not at the limit itself', () => {
    // html and body are open too: 510 nested <div>s make 512 open elements.
    const nested = (divs: number) => `<html><body>${'<div>'.repeat(divs)}x${'</div>'.repeat(divs)}</body></html>`;
    expect(() => parseSavedPage(nested(511), { maxOpenElements: 512 })).toThrow(NestsTooDeepError);
    expect(() => parseSavedPage(nested(20_000), { maxOpenElements: 512 })).toThrow('elements nest more than 512 deep');
    // Closed elements leave the count: a thousand <div>s side by side are two deep, not a thousand.
    expect(() => parseSavedPage(`<html><body>${'<div>x</div>'.repeat(1000)}${'<p>'.repeat(600)}</body></html>`, { maxOpenElements: 512 })).not.toThrow();
    expect(() => parseSavedPage(nested(510), { maxOpenElements: 512 })).not.toThrow();
  });

  it('builds a document of its own each time, the same as parsing the HTML again', async () => {
    const html = '<html><body><p id="a">one</p><template><b>t</b></template></body></html>';
    const parsed = parseSavedPage(html);
    const first = openParsedPage(parsed);
    const second = openParsedPage(parsed);
    const fresh = openSavedPage(html);
    try {
      first.doc.getElementById('a')!.remove();
      expect(first.doc.getElementById('a')).toBeNull();
      expect(second.doc.documentElement.outerHTML).toBe(fresh.doc.documentElement.outerHTML);
      expect(second.doc.getElementById('a')?.textContent).toBe('one');
    } finally {
      await Promise.all([first.close(), second.close(), fresh.close()]);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { read } from './read.js';

const article = (s: string) => read(s);
const textOf = (a: ReturnType<typeof read>, s: { start: number; end: number }) => a.text.slice(s.start, s.end);
const kinds = (a: ReturnType<typeof read>) => Object.fromEntries(a.boilerplate.map((b) => [textOf(a, b), b.kind]));
const errorCode = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return (e as { code?: string }).code;
  }
  return 'no error';
};

const WIRE = [
  'Leaders agree on grain corridor at Black Sea talks',
  '',
  'By Maria Lopez and Ahmed Karimi, Reuters',
  '',
  'ISTANBUL, March 3 (Reuters) - Foreign ministers of six Black Sea states agreed on Monday to reopen a grain corridor, officials said.',
  '',
  'Read also: Ports reopen after storm',
  '',
  'The deal, reached after two days of talks, still needs approval from the parliaments of two members.',
  '',
  '(Reporting by Maria Lopez; Editing by Tom Hale)',
].join('\n');

describe('read: plain text', () => {
  it('finds title, byline, dateline with its date and agency, credit, and keeps chrome with kinds', () => {
    const a = article(WIRE);
    expect(a.title).toBe('Leaders agree on grain corridor at Black Sea talks');
    expect(a.byline).toBe('Maria Lopez and Ahmed Karimi');
    expect(a.dateline).toMatchObject({ place: 'ISTANBUL', date: '--03-03', agency: 'Reuters' });
    expect(a.sourceCredit).toBe('Reuters');
    expect(kinds(a)).toEqual({
      'By Maria Lopez and Ahmed Karimi, Reuters': 'byline',
      'Read also: Ports reopen after storm': 'related',
      '(Reporting by Maria Lopez; Editing by Tom Hale)': 'source-credit',
    });
    expect(a.paragraphs.map((p) => textOf(a, p).slice(0, 12))).toEqual(['ISTANBUL, Ma', 'The deal, re']);
  });

  it('reads a publication date from a labelled line or a leading date line', () => {
    expect(article(`Title here\n\nPublished July 4, 2024\n\n${WIRE}`).published).toBe('2024-07-04');
    const dated = article(` date 2024-07-04 \nTitle here\n\nSome body text that goes on for a while.\n\nAnd a second paragraph.`);
    expect(dated.published).toBe('2024-07-04');
    expect(dated.title).toBe('Title here');
    expect(kinds(dated)).toEqual({ 'date 2024-07-04': 'metadata' });
  });

  it('takes the publication date from a dateline that gives the year', () => {
    expect(article('Vote count begins\n\nBRASÍLIA, Jan 12, 2025 — Counting began on Sunday in the capital.\n\nMore.').published).toBe('2025-01-12');
  });

  it('normalises CRLF line endings and keeps every offset inside the text', () => {
    const a = read(Buffer.from(WIRE.replace(/\n/g, '\r\n')));
    expect(a.text.includes('\r')).toBe(false);
    expect(a.title).toBe('Leaders agree on grain corridor at Black Sea talks');
    for (const s of [...a.paragraphs, ...a.boilerplate]) expect(textOf(a, s).trim()).toBe(textOf(a, s));
  });

  it('runs a comment section to the end of the page and a related list until the next paragraph', () => {
    const a = article(
      'Election result confirmed\n\nOFFICIALS confirmed the result on Friday after a recount that lasted a week, ending the dispute.\n\nRelated\n\nCourt rejects appeal\n\nTurnout hits record\n\nThe new parliament meets next month for its first session, officials said.\n\n3 Comments\n\nJohn P.\n\nGreat article, very informative and balanced.',
    );
    expect(kinds(a)).toMatchObject({ Related: 'related', 'Court rejects appeal': 'related', 'Turnout hits record': 'related', '3 Comments': 'comments', 'John P.': 'comments' });
    expect(a.paragraphs).toHaveLength(2);
  });

  it('marks a bare name as the byline when the author bio next to it names the same person', () => {
    const a = article('A title\n\nBody paragraph of the article, long enough to be one.\n\nJane Roe\n\nI am Jane Roe, and I cover diplomacy for this site.');
    expect(a.byline).toBe('Jane Roe');
    expect(kinds(a)).toEqual({ 'Jane Roe': 'byline', 'I am Jane Roe, and I cover diplomacy for this site.': 'author-bio' });
  });

  it('warns instead of failing when everything is chrome', () => {
    const a = article('Leave a Reply\n\nExit mobile version');
    expect(a.body).toBeNull();
    expect(a.warnings.map((w) => w.code)).toContain('NO_BODY');
  });

  it('rejects empty and oversized input with stable codes', () => {
    expect(errorCode(() => read('  \n\t'))).toBe('EMPTY_INPUT');
    expect(errorCode(() => read(Buffer.from('x'.repeat(2000)), { maxBytes: 1000 }))).toBe('INPUT_TOO_LARGE');
  });

  it('ids come from the file stem, or from the content', () => {
    expect(read(WIRE, { path: 'dir/wire-copy.txt' }).id).toBe('wire-copy');
    expect(read(WIRE).id).toMatch(/^article-[0-9a-f]{12}$/);
    expect(read(WIRE).id).toBe(read(WIRE).id);
  });
});

describe('read: HTML', () => {
  const page = (body: string, head = '') => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;
  const paragraphs = Array.from({ length: 5 }, (_, i) => `<p>Paragraph ${i + 1} of the report says that ministers met in Lisbon on Tuesday and agreed a joint statement on maritime security after long talks.</p>`).join('');

  it('takes metadata from meta tags and JSON-LD and keeps nav, aside and footer as chrome', () => {
    const ld = { '@context': 'https://schema.org', '@graph': [{ '@type': 'NewsArticle', headline: 'Ministers agree maritime pact', datePublished: '2025-05-06T10:00:00Z', author: [{ '@type': 'Person', name: 'Ana Sousa' }] }] };
    const html = page(
      `<nav><a href="/">Home</a> <a href="/world">World</a></nav><article><h1>Ministers agree maritime pact</h1>${paragraphs}<figure><figcaption>Photo: Ministers in Lisbon / AFP</figcaption></figure></article><aside><h2>More stories</h2><p>Another headline here</p></aside><footer>© 2025 Example News. All rights reserved.</footer>`,
      `<meta property="og:site_name" content="Example News"><script type="application/ld+json">${JSON.stringify(ld)}</script>`,
    );
    const a = read(html, { path: 'page.html' });
    expect(a.format).toBe('html');
    expect(a).toMatchObject({ title: 'Ministers agree maritime pact', byline: 'Ana Sousa', siteName: 'Example News', published: '2025-05-06', publishedSource: 'json-ld' });
    expect(a.paragraphs).toHaveLength(5);
    const k = kinds(a);
    expect(k['Home World']).toBe('navigation');
    expect(k['Photo: Ministers in Lisbon / AFP']).toBe('photo-credit');
    expect(k['Another headline here']).toBe('related');
    expect(k['© 2025 Example News. All rights reserved.']).toBe('footer');
    expect(textOf(a, a.titleSpan!)).toBe('Ministers agree maritime pact');
  });

  it('detects HTML by content, whatever the file name says', () => {
    expect(read(page(`<h1>T</h1>${paragraphs}`), { path: 'saved.txt' }).format).toBe('html');
  });

  it('fails with NOT_AN_ARTICLE on a page of links, and MALFORMED_HTML on a page with no text', () => {
    const links = page(`<nav><ul>${Array.from({ length: 20 }, (_, i) => `<li><a href="/${i}">Section ${i}</a></li>`).join('')}</ul></nav><form><input name="user"><button>Log in</button></form>`);
    expect(errorCode(() => read(links))).toBe('NOT_AN_ARTICLE');
    expect(errorCode(() => read('<!doctype html><html><head><title></title></head><body><div><span></span></div></body></html>'))).toBe('MALFORMED_HTML');
  });
});

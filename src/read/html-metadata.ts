import type { PageMetadata } from '../clean/clean.js';
import { isoDateFromMeta } from '../clean/published.js';

/** The metadata a saved page declares in meta tags, JSON-LD and `<time>` elements. */
export function readPageMetadata(document: Document): PageMetadata {
  const meta = (selector: string) => document.querySelector(selector)?.getAttribute('content')?.trim() || null;
  const ld = readJsonLd(document);

  const metaPublished =
    meta('meta[property="article:published_time"]') ??
    meta('meta[property="og:published_time"]') ??
    meta('meta[name="article:published_time"]') ??
    meta('meta[itemprop="datePublished"]') ??
    meta('meta[name="pubdate"]') ??
    meta('meta[name="publishdate"]') ??
    meta('meta[name="date"]') ??
    meta('meta[name="DC.date.issued"]') ??
    meta('meta[name="dc.date"]') ??
    meta('meta[name="parsely-pub-date"]') ??
    meta('meta[name="sailthru.date"]');
  const timeElement = document.querySelector('article time[datetime], time[pubdate][datetime], time[itemprop="datePublished"]');
  let published = isoDateFromMeta(ld.published);
  let publishedSource: PageMetadata['publishedSource'] = published ? 'json-ld' : null;
  if (!published && (published = isoDateFromMeta(metaPublished))) publishedSource = 'meta';
  if (!published && (published = isoDateFromMeta(timeElement?.getAttribute('datetime')))) publishedSource = 'time-element';

  const titleTag = document.querySelector('title')?.textContent?.trim() || null;
  const h1 = document.querySelector('h1')?.textContent?.replace(/\s+/g, ' ').trim() || null;
  const title = clean(ld.headline) ?? clean(meta('meta[property="og:title"]')) ?? clean(meta('meta[name="twitter:title"]')) ?? h1 ?? stripSiteSuffix(titleTag);

  const author = meta('meta[name="author"]') ?? meta('meta[property="article:author"]');
  const byline = clean(ld.author) ?? (author && !/^https?:/.test(author) ? author : null);
  const siteName = clean(meta('meta[property="og:site_name"]')) ?? clean(ld.publisher) ?? clean(meta('meta[name="application-name"]'));

  return { title: titleWithoutSite(title, siteName, h1), byline, siteName, published, publishedSource };
}

interface JsonLdFields {
  headline: string | null;
  author: string | null;
  publisher: string | null;
  published: string | null;
}

const ARTICLE_TYPES = /^(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|BlogPosting|WebPage|LiveBlogPosting|OpinionNewsArticle)$/;

function readJsonLd(document: Document): JsonLdFields {
  const fields: JsonLdFields = { headline: null, author: null, publisher: null, published: null };
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(script.textContent ?? '');
    } catch {
      continue; // a broken JSON-LD block is common and must not stop reading the page
    }
    for (const node of flatten(parsed)) {
      const type = ([] as unknown[]).concat(node['@type']).map(String);
      if (!type.some((t) => ARTICLE_TYPES.test(t))) continue;
      fields.headline ??= asText(node['headline']) ?? asText(node['name']);
      fields.published ??= asText(node['datePublished']) ?? asText(node['dateCreated']);
      fields.author ??= names(node['author']);
      fields.publisher ??= names(node['publisher']);
    }
  }
  return fields;
}

function flatten(value: unknown): Record<string, unknown>[] {
  if (Array.isArray(value)) return value.flatMap(flatten);
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    return [record, ...(record['@graph'] ? flatten(record['@graph']) : [])];
  }
  return [];
}

function names(value: unknown): string | null {
  const list = ([] as unknown[]).concat(value ?? []).map((v) => (typeof v === 'string' ? v : asText((v as Record<string, unknown>)?.['name'])));
  const present = list.filter((v): v is string => !!v && !/^https?:/.test(v));
  return present.length ? present.join(' and ') : null;
}

function asText(value: unknown): string | null {
  return typeof value === 'string' && value.trim() ? value.trim() : null;
}

function clean(value: string | null): string | null {
  return value ? value.replace(/\s+/g, ' ').trim() || null : null;
}

// "Headline | Site" in og:title: keep the headline the page itself shows.
function titleWithoutSite(title: string | null, siteName: string | null, h1: string | null): string | null {
  if (!title) return null;
  if (h1 && h1.length >= 10 && title !== h1 && title.startsWith(h1)) return h1;
  if (siteName) {
    const suffix = new RegExp(`\\s+[|–—-]\\s+${siteName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'u');
    return title.replace(suffix, '') || title;
  }
  return title;
}

function stripSiteSuffix(title: string | null): string | null {
  if (!title) return null;
  return title.replace(/\s+[|–—-]\s+[^|–—-]{2,40}$/u, '').trim() || title;
}

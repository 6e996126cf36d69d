/**
 * Quotations and their speakers. `findQuotes` is the entry point; `findQuotationSpans` gives the
 * bare mark pairs for other readers of the text.
 */
export { findQuotes, trimmed as trimQuoteSpan } from './find-quotes.js';
export { findQuotationSpans } from './marks.js';
export type { QuotationSpan, QuoteCue, QuoteFact, SpeakerMention } from './types.js';

const HTML_START = /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])/i;
const COMMON_TAG = /<\/?(?:p|div|span|a|br|h[1-6]|article|section|meta|script|li|ul|table|nav|footer|header|main|title)\b[^>]*>/gi;
// How many tags make a snippet without <html> count as a page.
const MIN_TAGS = 5;

/** Decide from the content, not the file name, whether a text is HTML. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 8192);
  if (HTML_START.test(head)) return true;
  return (head.match(COMMON_TAG)?.length ?? 0) >= MIN_TAGS;
}

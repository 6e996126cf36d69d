import type { BoilerplateKind } from '../core/article.js';

/** A rule that recognises one block of site chrome from its text alone. */
export interface LineRule {
  /** Recorded on the span as `boilerplate/<name>`. */
  readonly name: string;
  readonly kind: BoilerplateKind;
  readonly test: (text: string) => boolean;
}

// Chrome lines are short; a long block is an article paragraph whatever words it contains.
const SHORT = 300;
const short = (re: RegExp) => (t: string) => t.length <= SHORT && re.test(t);

const AGENCIES =
  'AP|AFP|Reuters|Xinhua|TASS|Sputnik|RIA Novosti|Anadolu|EPA|Getty Images|ANI|PTI|IANS|UNI|Kyodo|Yonhap|dpa|DPA|Bloomberg|EFE|ANSA|Bernama|Antara|APA|WAM|SPA|IRNA|Interfax|Kazinform|BelTA|UzA|AKIpress';

/** The agencies and outlets that credits name, as a regular-expression alternation. */
export const AGENCY_PATTERN = AGENCIES;

// Cheap checks run before the expressions: the rules are tried on every block of every article,
// and an article's paragraphs match none of them. Each check only passes over text its
// expression needs (a character it must contain or start with), so it never changes what a
// rule finds.
const PATH_SEPARATOR = /[|»›>/]/;

function startsWithDigit(t: string): boolean {
  const c = t.charCodeAt(0);
  return c >= 48 && c <= 57;
}

// Built once: the rules run on every block of every article.
const PHOTO_BY_AGENCY = new RegExp(`\\b(photo|photograph|image|picture)\\b[^.]{0,80}(/|\\|)\\s*(${AGENCIES})\\b`, 'i');
const AGENCY_AT_END = new RegExp(`[/|]\\s*(${AGENCIES})( via Getty Images)?\\)?$`);

/**
 * Rules over one block's text, tried in order; the first that matches names the kind.
 * Each reads a habit of news sites in general, not of one page.
 */
export const LINE_RULES: readonly LineRule[] = [
  { name: 'mobile-chrome', kind: 'mobile-chrome', test: short(/^(exit mobile version|skip to (main )?content|toggle navigation|back to top|open in app|close menu|main menu|menu|search)$/i) },
  { name: 'share-counter', kind: 'share', test: (t) => startsWithDigit(t) && /^\d{1,6}( shares?)?$/i.test(t) },
  {
    name: 'share-buttons',
    kind: 'share',
    test: short(/^((share|tweet|pin|email|e-mail|print|copy link|whatsapp|facebook|twitter|x|linkedin|telegram|reddit|messenger|share (this|on|via) \w+( \w+)?)\b[\s|•·,]*){1,8}$/i),
  },
  {
    name: 'comments-prompt',
    kind: 'comments',
    test: short(/^(leave a (reply|comment)|post a comment|add a comment|join the (conversation|discussion)|\d+ comments?|comments?( \(\d+\))?|show comments|view comments|cancel reply|your email address will not be published\b.*|required fields are marked.*)$/i),
  },
  { name: 'cookie-notice', kind: 'cookie-notice', test: (t) => t.length <= 600 && /\bcookies?\b/i.test(t) && /\b(use|uses|accept|consent|policy|privacy|settings|preferences|browsing|experience)\b/i.test(t) },
  { name: 'cookie-buttons', kind: 'cookie-notice', test: short(/^(accept( all)?( cookies)?|reject( all)?|manage (preferences|cookies|settings)|cookie settings)$/i) },
  {
    name: 'newsletter',
    kind: 'newsletter',
    // A prompt names the newsletter or addresses the reader ("Sign up now"); a news sentence that
    // happens to hold "sign up" or "briefing" ("Brazil would sign up to the charter") reports speech.
    test: (t) =>
      t.length <= 400 &&
      !/\b(said|says|told|according to)\b/i.test(t) &&
      ((/\b(newsletters?|inbox)\b/i.test(t) && /\b(sign up|subscribe|get|receive|delivered|newsletter)\b/i.test(t)) ||
        /^(sign up|subscribe)\b/i.test(t) ||
        /\b(sign up|subscribe|register) (now|today|here|free|for (free|our|the|a|daily|weekly))\b/i.test(t)),
  },
  {
    name: 'related-links',
    kind: 'related',
    test: short(/^(related( (stories|articles|coverage|news|content))?|read also|also read|read more|see also|more from [\w ]+|you may also like|you might also like|recommended( for you)?|most read|most popular|trending( now)?|more on this( story)?|further reading|more stories|latest news|don'?t miss)\b\s*[:\-–—|]?/i),
  },
  { name: 'tags', kind: 'tags', test: short(/^(tags?|topics?|filed under|categories|category|keywords)\s*[:|]/i) },
  {
    name: 'photo-credit',
    kind: 'photo-credit',
    test: (t) =>
      t.length <= SHORT &&
      (/^(photo|image|picture|photograph|file photo|caption|credit|illustration)s?\b\s*(credit)?\s*[:|]/i.test(t) ||
        (t.includes('(') && /\((photo|image|picture)s?[:/ ]/i.test(t)) ||
        ((t.includes('/') || t.includes('|')) && (PHOTO_BY_AGENCY.test(t) || AGENCY_AT_END.test(t)))),
  },
  { name: 'advertisement', kind: 'advertisement', test: short(/^(advertisement|advertising|sponsored( content)?|promoted( content)?|ad|story continues below( advertisement)?|scroll to continue( with content)?)$/i) },
  {
    name: 'footer',
    kind: 'footer',
    test: (t) =>
      t.length <= SHORT &&
      /((©|\(c\)|copyright)\s*(\d{4}|[A-Z])|all rights reserved|^(privacy policy|terms of (use|service)|contact us|about us|cookie policy)\b)/i.test(t),
  },
  {
    name: 'source-credit',
    kind: 'source-credit',
    test: short(/^(sources?\s*:|with (information|reporting|inputs?|additional reporting) from\b|\(?(additional )?(reporting|writing|editing|compiled) by\b.*\)?$|\((with )?(inputs|information) from\b)/i),
  },
  {
    name: 'byline',
    kind: 'byline',
    test: (t) => t.length <= 160 && /^([Bb]y|BY|[Ww]ritten by|[Aa]uthor:|[Ww]ords by)\s+\p{Lu}[\p{L}'’.-]*(\s+(\p{Lu}[\p{L}'’.-]*|de|da|van|von|bin|al|el|and|&)){0,8}(\s*[,|]\s*[\p{L} '’.&-]{2,60})?$/u.test(t),
  },
  {
    name: 'author-bio',
    kind: 'author-bio',
    test: (t) =>
      t.length <= 800 &&
      (/^(I'm|I am|I’m)\s+\p{Lu}[\p{L}'’.-]+(\s+\p{Lu}[\p{L}'’.-]+){0,3},?\s+(and\s+)?(I|a|an)\b/u.test(t) ||
        /\b(passionate about|specializ(es|e) in|specialis(es|e) in) (writing|covering|reporting)/i.test(t) ||
        /^about the author\b/i.test(t) ||
        (t.includes(' is a') && /^\p{Lu}[\p{L}'’.-]+(\s+\p{Lu}[\p{L}'’.-]+){1,3} is an? (\w+ ){0,3}(journalist|reporter|correspondent|writer|editor|contributor|columnist|analyst)\b/u.test(t))),
  },
  {
    name: 'breadcrumb',
    kind: 'navigation',
    test: (t) =>
      t.length <= SHORT &&
      // "Home World Live World Some headline..." or "News › World › Asia": never a finished sentence.
      ((/^home\b/i.test(t) && !/[.!?]["”’]?$/u.test(t.replace(/(\.\.\.|…)$/u, ''))) ||
        (PATH_SEPARATOR.test(t) &&
          (/^([^|»›>/\n]{1,40}\s*[|»›>/]\s*){2,}[^|»›>/\n]{1,100}$/u.test(t) ||
            // a short section path with one chevron: "The Atlantic Desk › Analysis"
            /^[^.!?»›\n]{1,40}\s[»›]\s[^.!?»›\n]{1,40}$/u.test(t)))),
  },
  { name: 'reading-time', kind: 'metadata', test: short(/^(\d+\s*(min(ute)?s?|m)\s*read|reading time:?.*)$/i) },
];

/** Headings that open a region of related links or comments that runs on after them. */
export const REGION_OPENERS: readonly { readonly kind: BoilerplateKind; readonly test: (t: string) => boolean }[] = [
  { kind: 'related', test: short(/^(related( (stories|articles|coverage|news|content))?|read (also|more)|also read|see also|more stories|you (may|might) also like|recommended( for you)?|most (read|popular)|more from [\w ]+|latest news|further reading)\s*:?$/i) },
  { kind: 'comments', test: short(/^(\d+\s+)?(comments?|responses?|replies|leave a (reply|comment)|join the (conversation|discussion)|reader comments)\s*(\(\d+\))?:?$/i) },
];

/** First matching rule for a block's text, or undefined for an ordinary paragraph. */
export function matchLineRule(text: string): LineRule | undefined {
  return LINE_RULES.find((rule) => rule.test(text));
}

/**
 * The one place that decides whether a user-written value may become a link. Only web and
 * mail addresses qualify; anything else (`javascript:`, `data:`, `file:`, relative paths)
 * is shown as text, so a catalog page can never run or fetch something a source file named.
 */

const ALLOWED_PROTOCOLS: ReadonlySet<string> = new Set(['https:', 'http:', 'mailto:']);

/** A bare address like `service-desk@acme.example`: no scheme, one `@`, a dotted domain. */
export const BARE_EMAIL = /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$/;

/**
 * The href for a value, or undefined when it must stay plain text. The result is the URL
 * parser's normalized form, so what is linked is what the browser will actually open.
 */
export function safeHref(value: string | undefined): string | undefined {
    if (value === undefined) {
        return undefined;
    }
    // Every format of every view asks about the same addresses, and URL parsing is not cheap.
    if (decided.has(value)) {
        return decided.get(value);
    }
    if (decided.size >= MAX_DECIDED) {
        decided.clear();
    }
    const href = decide(value);
    decided.set(value, href);
    return href;
}

/** Answers already given, by value; bounded so that a long-lived process does not grow without end. */
const decided = new Map<string, string | undefined>();
const MAX_DECIDED = 100_000;

function decide(value: string): string | undefined {
    const text = value.trim();
    if (text !== value || text.length === 0 || /[\s\u0000-\u001f\u007f]/.test(text)) {
        // Browsers strip such characters before reading the scheme; refuse rather than guess.
        return undefined;
    }
    if (BARE_EMAIL.test(text)) {
        return parseAllowed(`mailto:${text}`);
    }
    return parseAllowed(text);
}

function parseAllowed(text: string): string | undefined {
    let url: URL;
    try {
        url = new URL(text);
    } catch {
        return undefined;
    }
    if (!ALLOWED_PROTOCOLS.has(url.protocol)) {
        return undefined;
    }
    if ((url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.length === 0) {
        return undefined;
    }
    if (url.protocol === 'mailto:' && url.pathname.length === 0) {
        return undefined;
    }
    return url.href;
}

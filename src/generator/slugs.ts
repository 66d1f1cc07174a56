/**
 * File names and anchors derived from element names. A slug is lowercase ASCII letters,
 * digits and single dashes only, so it can contain no path separator, no `..` and no
 * drive letter, and it means the same file on case-insensitive file systems.
 */

const MAX_SLUG_LENGTH = 60;

/** Names Windows refuses as file names whatever the extension. */
const RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/;

const ASCII_ONLY = /^[\u0000-\u007f]*$/;

export function slugify(name: string): string {
    // Decomposing accents matters only for non-ASCII names, and most names are ASCII.
    const ascii = (ASCII_ONLY.test(name) ? name : name.normalize('NFKD').replace(/[\u0300-\u036f]/g, ''))
        // camelCase and PascalCase words become separate words: FinanceEmail -> finance-email.
        .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
        .replace(/([A-Z]+)([A-Z][a-z])/g, '$1-$2')
        .toLowerCase();
    let slug = ascii.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
    if (slug.length > MAX_SLUG_LENGTH) {
        slug = slug.slice(0, MAX_SLUG_LENGTH).replace(/-+$/, '');
    }
    if (slug.length === 0) {
        slug = 'item';
    }
    return RESERVED.test(slug) ? `${slug}-item` : slug;
}

/**
 * Assigns each key a distinct slug. Keys must come in a deterministic order (the caller
 * sorts them); a clash gets `-2`, `-3`, ... in that order, so identical input always maps
 * to identical file names. With `shortForm`, a key is slugged by its short form (the
 * simple name of a qualified name) unless another key shares that short form.
 */
export function uniqueSlugs(keys: readonly string[], shortForm: (key: string) => string = key => key): Map<string, string> {
    const distinct = [...new Set(keys)];
    const shorts = distinct.map(key => slugify(shortForm(key)));
    const shortCounts = new Map<string, number>();
    for (const short of shorts) {
        shortCounts.set(short, (shortCounts.get(short) ?? 0) + 1);
    }
    const taken = new Set<string>();
    const result = new Map<string, string>();
    for (const [index, key] of distinct.entries()) {
        const short = shorts[index];
        const base = shortCounts.get(short) === 1 ? short : slugify(key);
        let slug = base;
        for (let counter = 2; taken.has(slug); counter++) {
            slug = `${base}-${counter}`;
        }
        taken.add(slug);
        result.set(key, slug);
    }
    return result;
}

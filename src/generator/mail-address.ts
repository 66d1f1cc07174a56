import { BARE_EMAIL, safeHref } from './safe-links.js';

/**
 * The one mail address a contact names, or undefined. A `mailto:` link may carry a query
 * (`?subject=Help`) and percent-encoding, neither of which belongs in a field that holds
 * an address, such as a Backstage group's `profile.email`.
 */
export function mailAddressOf(contact: string): string | undefined {
    const href = safeHref(contact);
    if (!href?.startsWith('mailto:')) {
        return undefined;
    }
    let address: string;
    try {
        address = decodeURIComponent(new URL(href).pathname);
    } catch {
        // A malformed escape like `%zz` names no address we could write down.
        return undefined;
    }
    return BARE_EMAIL.test(address) ? address : undefined;
}

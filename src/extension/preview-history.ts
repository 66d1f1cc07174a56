/**
 * Where Back in the catalog preview goes: the pages visited before the current one, most
 * recent last, across view switches. Bounded, so that a long session of clicking through
 * a large catalog does not keep growing the extension host.
 */
import type { CatalogViewName } from './catalog-view-names.js';

export interface PreviewLocation {
    readonly view: CatalogViewName;
    /** The page's path in the view's site, such as `services/email.html`. */
    readonly page: string;
    readonly fragment?: string;
}

export const HISTORY_LIMIT = 100;

export class PreviewHistory {
    private readonly visited: PreviewLocation[] = [];

    constructor(private readonly limit = HISTORY_LIMIT) {}

    get canGoBack(): boolean {
        return this.visited.length > 0;
    }

    /** Records the location being left for another; leaving a location for itself records nothing. */
    leave(from: PreviewLocation, to: PreviewLocation): void {
        if (sameLocation(from, to)) return;
        this.visited.push(from);
        if (this.visited.length > this.limit) {
            this.visited.splice(0, this.visited.length - this.limit);
        }
    }

    /** The location visited before the current one, taken off the history. */
    back(): PreviewLocation | undefined {
        return this.visited.pop();
    }

    clear(): void {
        this.visited.length = 0;
    }
}

function sameLocation(a: PreviewLocation, b: PreviewLocation): boolean {
    return a.view === b.view && a.page === b.page && a.fragment === b.fragment;
}

/**
 * What a generated catalog weighs: files and bytes in all, its HTML pages and their average
 * size, and per view how many files it holds for each service. A view's shared files (its
 * stylesheet and script under assets/, its search index under search/) are counted apart:
 * the budget allows them on top of the files per service, however many services there are.
 */

/** Top-level folders of a view that hold files shared by every page rather than pages. */
export const SHARED_FOLDERS = ['assets', 'search'];

/**
 * `entries` as listTree (catalog-copy.mjs) gives them, relative to the output folder whose
 * first-level folders are the views. Files outside any view (the writer's marker) count in
 * the totals only.
 */
export function measureCatalogOutput(entries) {
    const output = { files: 0, bytes: 0, htmlPages: 0, htmlBytes: 0, views: {} };
    for (const entry of entries) {
        if (entry.file === undefined) continue;
        output.files++;
        output.bytes += entry.size;
        if (entry.file.endsWith('.html')) {
            output.htmlPages++;
            output.htmlBytes += entry.size;
        }
        const segments = entry.file.split(/[\\/]/);
        if (segments.length < 2) continue;
        const view = output.views[segments[0]] ??= { files: 0, sharedFiles: 0, sharedBytes: 0 };
        if (segments.length > 2 && SHARED_FOLDERS.includes(segments[1])) {
            view.sharedFiles++;
            view.sharedBytes += entry.size;
        } else {
            view.files++;
        }
    }
    return output;
}

/** The view with the most files per service, besides its shared ones: `{ view, perService }`, or undefined. */
export function mostFilesPerService(output, services) {
    if (!output || !services) return undefined;
    let worst;
    for (const [view, counts] of Object.entries(output.views)) {
        const perService = counts.files / services;
        if (!worst || perService > worst.perService) worst = { view, perService };
    }
    return worst;
}

/**
 * Open in Browser, from the catalog preview: the view's site is written as `svcdef
 * generate catalog` writes it (pages, shared assets, search index), so the browser shows
 * the published pages from `file://`, not the preview's webview copy. Files are written one
 * at a time as the generator renders them, so no more than one is held in memory.
 */
import { createWriteStream } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import type { Catalog } from '../generator/catalog-model.js';
import type { CatalogViewName } from '../generator/catalog-views.js';
import { isStreamedFile, type OutputFile } from '../generator/generated-file.js';
import { catalogFiles } from '../generator/output-layout.js';
import type { A2ReferenceModel } from '../a2/a2-reference-model.js';
import { outputFilePath } from './output-location.js';

/** The HTML site of one view, under the view's folder (`customer/index.html`, …). */
export function viewSiteFiles(catalog: Catalog, view: CatalogViewName, a2: A2ReferenceModel): Iterable<OutputFile> {
    return catalogFiles(catalog, { views: [view], formats: ['html'], a2 });
}

/** Writes the files under `root`; returns the absolute path of each, in order. Every path is checked before it is written. */
export async function writeSiteFiles(root: string, files: Iterable<OutputFile>): Promise<string[]> {
    const written: string[] = [];
    const folders = new Set<string>();
    for (const file of files) {
        const target = outputFilePath(root, file.path);
        const folder = path.dirname(target);
        if (!folders.has(folder)) {
            await mkdir(folder, { recursive: true });
            folders.add(folder);
        }
        if (isStreamedFile(file)) {
            await pipeline(Readable.from(file.chunks), createWriteStream(target, 'utf8'));
        } else {
            await writeFile(target, file.content, 'utf8');
        }
        written.push(target);
    }
    return written;
}

/** Where the page of a view's site was written under `root`. */
export function writtenPagePath(root: string, view: CatalogViewName, page: string): string {
    return outputFilePath(root, `${view}/${page}`);
}

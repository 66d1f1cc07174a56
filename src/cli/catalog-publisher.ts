/**
 * Who publishes the catalog, from svcdef.json's `"catalog": { "publisher", "logo" }`: the
 * name for every page's header and the logo, copied into each view's site as
 * `assets/logo.svg`. The logo is read from inside the folder of the svcdef.json that names
 * it and nowhere else, since the published site must not carry files from elsewhere on the
 * machine; it is SVG only, because the output is written as text, capped in size
 * because every page of every view shows it, and free of anything that would act rather
 * than draw when the file is opened on the site.
 */
import { readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Publisher } from '../generator/catalog-html.js';
import type { GeneratedFile } from '../generator/generated-file.js';
import type { WorkspaceConfiguration } from '../language/workspace/workspace-configuration.js';
import { logoHazard } from './logo-svg-hazards.js';
import { displayPath } from './svcdef-file-finder.js';
import { UsageError } from './usage-error.js';

export const LOGO_PATH = 'assets/logo.svg';
export const MAX_LOGO_BYTES = 100 * 1024;

export interface CatalogPublisher {
    readonly publisher: Publisher;
    /** The logo as a file of each view's site, when svcdef.json names one. */
    readonly logo?: GeneratedFile;
}

export async function catalogPublisher(configurations: readonly WorkspaceConfiguration[], cwd: string): Promise<CatalogPublisher | undefined> {
    const configured = configurations.filter(configuration => configuration.catalog !== undefined);
    if (configured.length === 0) {
        return undefined;
    }
    const [first, ...others] = configured;
    const where = (configuration: WorkspaceConfiguration) =>
        `${displayPath(cwd, configuration.uri.fsPath)}:${configuration.catalog!.position.line}:${configuration.catalog!.position.column}`;
    const differing = others.find(other => other.catalog!.publisher !== first.catalog!.publisher
        || path.resolve(other.folder.fsPath, other.catalog!.logo ?? '') !== path.resolve(first.folder.fsPath, first.catalog!.logo ?? ''));
    if (differing) {
        throw new UsageError(`${where(differing)}: "catalog" differs from the one in ${where(first)}, and one catalog has one publisher. Write the same in both, or publish the folders in separate runs.`);
    }
    const { publisher, logo } = first.catalog!;
    if (publisher === undefined) {
        throw new UsageError(`${where(first)}: "catalog" names no "publisher". Add e.g. "publisher": "Acme IT Services"; the logo is shown only beside the publisher's name.`);
    }
    if (logo === undefined) {
        return { publisher: { name: publisher } };
    }
    return { publisher: { name: publisher, logo: LOGO_PATH }, logo: { path: LOGO_PATH, content: await readLogo(first.folder.fsPath, logo, where(first)) } };
}

async function readLogo(folder: string, logo: string, where: string): Promise<string> {
    const file = path.resolve(folder, logo);
    const problem = (text: string) => new UsageError(`${where}: the logo ${logo} ${text}`);
    if (path.extname(file).toLowerCase() !== '.svg') {
        throw problem('is not an SVG file. Save the logo as .svg: the catalog is written as text, and an SVG stays sharp at every size.');
    }
    let real: string;
    try {
        real = await realpath(file);
    } catch {
        throw problem(`cannot be read: there is no file ${file}. Write its path relative to the folder of svcdef.json.`);
    }
    const inside = path.relative(await realpath(folder), real);
    // `..` as a path segment leaves the folder; a file whose name merely begins with dots does not.
    if (inside === '..' || inside.startsWith(`..${path.sep}`) || path.isAbsolute(inside)) {
        throw problem('is outside the folder of svcdef.json. Copy it into that folder: the catalog publishes only files of the workspace.');
    }
    const size = (await stat(real)).size;
    if (size > MAX_LOGO_BYTES) {
        throw problem(`is ${Math.ceil(size / 1024)} kB; the limit is ${MAX_LOGO_BYTES / 1024} kB, as every page shows it. Simplify or minify the SVG.`);
    }
    const text = await readFile(real, 'utf8');
    if (!/<svg[\s>]/.test(text)) {
        throw problem('holds no <svg> element. Export the logo as SVG.');
    }
    const hazard = logoHazard(text);
    if (hazard) {
        throw problem(`has ${hazard.what} on line ${hazard.line}. ${hazard.remedy}: the logo is published as a file of the site, and opened there an SVG runs its scripts and loads what it references.`);
    }
    return text;
}

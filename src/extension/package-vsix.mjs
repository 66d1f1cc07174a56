// Packs the VS Code extension into svcdef-<version>.vsix at the repository root, from the
// bundles that `npm run build -- --minify` left in out/. Run through `npm run package`.
//
// Why a staging copy: package.json carries a "files" list for the npm package of the CLI,
// and vsce refuses to combine "files" with .vscodeignore. So vsce runs on a copy of the
// repository whose manifest lacks "files", and .vscodeignore alone decides what goes in.
//
// The listing: docs/vscode-extension.md is the README users see in the Extensions view (it
// has no contributor sections; docs/vscode-extension-development.md has those), CHANGELOG.md
// its Changelog tab. The README's screenshots live in docs/images/ beside it, so that its
// `images/…` links work on GitHub; the .vsix puts the README at its root, so the stage holds
// them in images/ (scripts/editor-tests/take-screenshots.mjs takes them again).
import { cp, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createVSIX } from '@vscode/vsce';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const NOT_COPIED = new Set(['node_modules', '.git', 'test-artifacts', '.bench']);
const REQUIRED = ['out/extension.cjs', 'out/language-server.cjs', 'out/extension-web.cjs', 'out/language-server-worker.js', 'icons/svcdef.png'];
const README = 'docs/vscode-extension.md';
const CHANGELOG = 'CHANGELOG.md';
const IMAGES = 'docs/images';

async function main() {
    for (const file of REQUIRED) {
        if (!(await exists(path.join(root, file)))) {
            fail(`${file} is missing; run "npm run package", which builds it first.`);
        }
    }
    // take-screenshots.mjs packages the extension in order to take the images.
    const screenshotsPending = process.argv.includes('--screenshots-pending');
    for (const image of await readmeImages()) {
        if (!screenshotsPending && !(await exists(path.join(root, IMAGES, image)))) {
            fail(`${README} shows images/${image}, which is not in ${IMAGES}/; run node scripts/editor-tests/take-screenshots.mjs.`);
        }
    }
    const manifest = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8'));
    const vsix = path.join(root, `${manifest.name}-${manifest.version}.vsix`);
    const stage = await mkdtemp(path.join(os.tmpdir(), 'svcdef-vsix-'));
    try {
        await cp(root, stage, {
            recursive: true,
            filter: source => {
                const relative = path.relative(root, source);
                const top = relative.split(path.sep)[0];
                return !NOT_COPIED.has(top) && !relative.endsWith('.vsix');
            }
        });
        if (await exists(path.join(root, IMAGES))) {
            await cp(path.join(root, IMAGES), path.join(stage, 'images'), { recursive: true });
        }
        const { files: _npmFiles, ...extensionManifest } = manifest;
        await writeFile(path.join(stage, 'package.json'), JSON.stringify(extensionManifest, null, 2) + '\n');
        await createVSIX({
            cwd: stage,
            packagePath: vsix,
            dependencies: false,
            readmePath: README,
            changelogPath: CHANGELOG,
            rewriteRelativeLinks: false,
            allowMissingRepository: true
        });
    } finally {
        await rm(stage, { recursive: true, force: true });
    }
    const { size } = await stat(vsix);
    console.log(`${path.relative(root, vsix)}: ${(size / 1024).toFixed(0)} KiB`);
}

/** The images the README links to as `images/<file>`. */
async function readmeImages() {
    const readme = await readFile(path.join(root, README), 'utf8');
    return [...readme.matchAll(/!\[[^\]]*\]\(images\/([^)\s]+)\)/g)].map(match => match[1]);
}

async function exists(file) {
    return stat(file).then(() => true, () => false);
}

function fail(message) {
    console.error(`package-vsix: ${message}`);
    process.exit(1);
}

await main();

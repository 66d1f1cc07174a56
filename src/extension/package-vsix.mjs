// Packs the VS Code extension into svcdef-<version>.vsix at the repository root, from the
// bundles that `npm run build -- --minify` left in out/. Run through `npm run package`.
//
// Why a staging copy: package.json carries a "files" list for the npm package of the CLI,
// and vsce refuses to combine "files" with .vscodeignore. So vsce runs on a copy of the
// repository whose manifest lacks "files", and .vscodeignore alone decides what goes in.
import { cp, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createVSIX } from '@vscode/vsce';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const NOT_COPIED = new Set(['node_modules', '.git', 'test-artifacts', '.bench']);
const REQUIRED = ['out/extension.cjs', 'out/language-server.cjs', 'icons/svcdef.png'];
const README = 'docs/vscode-extension.md';

async function main() {
    for (const file of REQUIRED) {
        if (!(await exists(path.join(root, file)))) {
            fail(`${file} is missing; run "npm run package", which builds it first.`);
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
        const { files: _npmFiles, ...extensionManifest } = manifest;
        await writeFile(path.join(stage, 'package.json'), JSON.stringify(extensionManifest, null, 2) + '\n');
        await createVSIX({
            cwd: stage,
            packagePath: vsix,
            dependencies: false,
            readmePath: README,
            rewriteRelativeLinks: false,
            allowMissingRepository: true
        });
    } finally {
        await rm(stage, { recursive: true, force: true });
    }
    const { size } = await stat(vsix);
    console.log(`${path.relative(root, vsix)}: ${(size / 1024).toFixed(0)} KiB`);
}

async function exists(file) {
    return stat(file).then(() => true, () => false);
}

function fail(message) {
    console.error(`package-vsix: ${message}`);
    process.exit(1);
}

await main();

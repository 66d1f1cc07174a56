// Takes the screenshots of the extension's listing (docs/vscode-extension.md) again, into
// docs/images/, in code-server driven through headless Chromium — the setup of the editor
// suite (scripts/editor-tests/setup.sh installs what is missing).
//
//   node scripts/editor-tests/take-screenshots.mjs              packages the extension first
//   node scripts/editor-tests/take-screenshots.mjs --no-package uses the .vsix already built
//
// The driver is TypeScript beside the editor suite's helpers (listing-screenshots.ts); it
// is bundled with esbuild into test-artifacts/editor/ (git-ignored, two folders down like
// test/editor/, whose helpers find the repository from where they run) and imported.
import { execFileSync } from 'node:child_process';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const images = path.join(root, 'docs/images');
const bundle = path.join(root, 'test-artifacts/editor/listing-screenshots.mjs');
/** Together the images stay well inside the .vsix's 2 MB. */
const MAX_IMAGE_BYTES = 250 * 1024;

if (!process.argv.includes('--no-package')) {
    // The README's images may be missing yet: that is what this script is for.
    execFileSync('npm', ['run', 'build', '--', '--minify'], { cwd: root, stdio: 'inherit' });
    execFileSync(process.execPath, ['src/extension/package-vsix.mjs', '--screenshots-pending'], { cwd: root, stdio: 'inherit' });
}
const manifest = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8'));
const vsix = path.join(root, `${manifest.name}-${manifest.version}.vsix`);

await mkdir(images, { recursive: true });
await esbuild.build({
    absWorkingDir: root,
    entryPoints: ['scripts/editor-tests/listing-screenshots.ts'],
    outfile: bundle,
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    logLevel: 'warning'
});
const { takeListingScreenshots } = await import(pathToFileURL(bundle).href);
const shots = await takeListingScreenshots(vsix, images);
let tooLarge = false;
for (const { file, bytes } of shots) {
    console.log(`${path.relative(root, file)}: ${(bytes / 1024).toFixed(0)} KiB`);
    if (bytes > MAX_IMAGE_BYTES) {
        console.error(`  larger than ${MAX_IMAGE_BYTES / 1024} KiB: make the viewport of listing-screenshots.ts smaller.`);
        tooLarge = true;
    }
}
process.exit(tooLarge ? 1 : 0);

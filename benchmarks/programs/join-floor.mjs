/**
 * A lower bound on rendering, for the catalog budgets: reads the text files of a catalog
 * svcdef wrote (pages, Markdown, JSON, SVG, calendars), cuts each before every tag and line
 * break into the small pieces a template joins, and times joining each file's pieces again
 * and encoding it as UTF-8, as writing it would. No renderer can produce those bytes from
 * pieces of that size with less work: this only joins ready-made text, with nothing looked
 * up, formatted or escaped. Prints one line of JSON: files, pieces, bytes, and the time of
 * each round.
 *
 *   node benchmarks/programs/join-floor.mjs <catalog folder> [rounds]
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { listTree } from '../catalog-copy.mjs';

const [folder, roundsArgument] = process.argv.slice(2);
if (!folder) {
    process.stderr.write('usage: join-floor.mjs <catalog folder> [rounds]\n');
    process.exit(2);
}
const TEXT = process.env.JOIN_ONLY ? new RegExp(`\\.${process.env.JOIN_ONLY}$`) : /\.(?:html|md|json|js|css|svg|ics|txt)$/;
const files = listTree(folder).filter(entry => TEXT.test(entry.file ?? ''));
const roundsMs = [];
let pieces = 0;
let bytes = 0;
for (let round = 0; round < Number(roundsArgument ?? 3); round++) {
    // One file's pieces at a time, and only the joining timed: holding every piece of a
    // 700 MB catalog at once would charge the collector for a heap no renderer has.
    let joiningMs = 0;
    pieces = 0;
    bytes = 0;
    for (const entry of files) {
        const cut = readFileSync(path.join(folder, entry.file), 'utf8').split(/(?=[<\n])/);
        const started = performance.now();
        let text = '';
        for (const piece of cut) {
            text += piece;
        }
        bytes += Buffer.from(text, 'utf8').length;
        joiningMs += performance.now() - started;
        pieces += cut.length;
    }
    roundsMs.push(Math.round(joiningMs));
}
process.stdout.write(JSON.stringify({ files: files.length, pieces, bytes, roundsMs }) + '\n');

/**
 * The disk's share of `svcdef generate catalog`: writes a tree with the same folders, the
 * same number of files and the same file sizes as a catalog svcdef wrote, one file after
 * another with a plain synchronous loop (as svcdef does), and prints how
 * long that took as one line of JSON. Nothing is rendered or encoded, so no catalog
 * generator can write that tree faster on this disk.
 *
 *   node benchmarks/programs/write-floor.mjs <catalog folder> <new folder>
 */
import { listTree, writeTree } from '../catalog-copy.mjs';

const [source, target] = process.argv.slice(2);
if (!source || !target) {
    process.stderr.write('usage: write-floor.mjs <catalog folder> <new folder>\n');
    process.exit(2);
}
process.stdout.write(JSON.stringify(writeTree(listTree(source), target)) + '\n');

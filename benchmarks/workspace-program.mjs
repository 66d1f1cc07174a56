/**
 * The command line of the benchmark's in-process programs that measure one workspace
 * (validate-phases, catalog-phases): `PROGRAM FOLDER [--today YYYY-MM-DD]`. Runs `main`
 * with the absolute folder and the date; a missing folder is a usage error (exit 2), and a
 * failure prints its stack on stderr (exit 1), so the harness can say what went wrong.
 */
import path from 'node:path';

export function runOnWorkspace(name, main, args = process.argv.slice(2)) {
    const folder = args.find(arg => !arg.startsWith('--') && args[args.indexOf(arg) - 1] !== '--today');
    const todayIndex = args.indexOf('--today');
    if (!folder) {
        process.stderr.write(`usage: ${name}.cjs FOLDER [--today YYYY-MM-DD]\n`);
        process.exit(2);
    }
    main(path.resolve(folder), todayIndex >= 0 ? args[todayIndex + 1] : undefined).catch(error => {
        process.stderr.write(`${name}: ${error instanceof Error ? error.stack : String(error)}\n`);
        process.exit(1);
    });
}

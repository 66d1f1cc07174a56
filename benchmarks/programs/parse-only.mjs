/**
 * The lower bound of every figure: read each .svcdef file under the given folder and
 * parse it with the svcdef parser alone (lexer, parser, AST and CST construction), with no
 * built-in library, no linking and no validation. Bundled by benchmarks/bundle-programs.mjs
 * the same way the CLI is bundled, so both start from equally sized, equally loaded code.
 *
 *   node .bench/build/parse-only.cjs FOLDER [--keep]
 *
 * With --keep every parse result is kept until all files are parsed, as any tool that
 * checks a whole workspace must keep them: the difference is what the garbage collector
 * costs for holding the trees, before any linking or checking.
 *
 * Prints one JSON line: file and byte counts, syntax error count, and the time spent
 * creating the services, reading and parsing.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { EmptyFileSystem } from 'langium';
import { createSvcdefServices } from '../../src/language/svcdef-module.js';

async function svcdefFiles(folder) {
    const entries = await readdir(folder, { recursive: true, withFileTypes: true });
    return entries
        .filter(entry => entry.isFile() && entry.name.endsWith('.svcdef'))
        .map(entry => path.join(entry.parentPath, entry.name))
        .sort();
}

async function main(folder, keep) {
    const started = performance.now();
    const { Svcdef } = createSvcdefServices(EmptyFileSystem);
    const parser = Svcdef.parser.LangiumParser;
    const servicesReady = performance.now();

    const files = await svcdefFiles(folder);
    const texts = await Promise.all(files.map(file => readFile(file, 'utf8')));
    const read = performance.now();

    let syntaxErrors = 0;
    let elements = 0;
    const kept = [];
    for (const text of texts) {
        const result = parser.parse(text);
        if (keep) kept.push(result);
        syntaxErrors += result.lexerErrors.length + result.parserErrors.length;
        elements += result.value.elements.length;
    }
    const parsed = performance.now();

    process.stdout.write(JSON.stringify({
        files: files.length,
        keptTrees: kept.length,
        bytes: texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0),
        elements,
        syntaxErrors,
        servicesMs: servicesReady - started,
        readMs: read - servicesReady,
        parseMs: parsed - read
    }) + '\n');
}

const [folder, flag] = process.argv.slice(2);
if (!folder || (flag !== undefined && flag !== '--keep')) {
    process.stderr.write('usage: parse-only.cjs FOLDER [--keep]\n');
    process.exit(2);
}
main(path.resolve(folder), flag === '--keep').catch(error => {
    process.stderr.write(`parse-only: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
});

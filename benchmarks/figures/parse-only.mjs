/**
 * Figure 1, the lower bound: a process that parses every file with the svcdef parser and
 * nothing else. Its wall time (start-up and file reading included, as for `svcdef
 * validate`) is what the other figures are divided by.
 */
import { programPath } from '../bundle-programs.mjs';
import { measureProcess } from '../measure-process.mjs';

/** With `keep`, every tree stays in memory until the last file is parsed (see the program). */
export async function runParseOnly({ folder, cpuProfileDir, keep = false }) {
    const result = await measureProcess(programPath('parse-only'), keep ? [folder, '--keep'] : [folder], { cpuProfileDir });
    if (result.code !== 0) {
        throw new Error(`parse-only exited with ${result.code ?? result.signal}: ${result.stderr.trim().slice(-2000)}`);
    }
    const report = JSON.parse(result.stdout.trim().split('\n').pop());
    if (report.syntaxErrors > 0) {
        throw new Error(`The generated workspace has ${report.syntaxErrors} syntax errors; the generator and the grammar disagree.`);
    }
    return { wallMs: result.wallMs, cpuMs: result.cpuMs, peakRssBytes: result.peakRssBytes, parseMs: report.parseMs, readMs: report.readMs, files: report.files, bytes: report.bytes };
}

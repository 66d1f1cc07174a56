/**
 * Not a budget figure: one instrumented load of the workspace that says how validation's
 * time divides into build phases and checks (see programs/validate-phases.mjs).
 */
import { BENCH_TODAY } from '../generate-workspace.mjs';
import { programPath } from '../bundle-programs.mjs';
import { measureProcess } from '../measure-process.mjs';

export async function runValidatePhases({ folder }) {
    const result = await measureProcess(programPath('validate-phases'), [folder, '--today', BENCH_TODAY]);
    if (result.code !== 0) {
        throw new Error(`validate-phases exited with ${result.code ?? result.signal}: ${result.stderr.trim().slice(-2000)}`);
    }
    return JSON.parse(result.stdout.trim().split('\n').pop());
}

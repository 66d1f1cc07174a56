import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** A fresh folder with the given files (relative paths, `/`-separated); removed by `dispose`. */
export async function tempWorkspace(files: Record<string, string>): Promise<{ root: string; dispose: () => Promise<void> }> {
    const root = await mkdtemp(path.join(tmpdir(), 'svcdef-cli-'));
    for (const [name, text] of Object.entries(files)) {
        const file = path.join(root, ...name.split('/'));
        await mkdir(path.dirname(file), { recursive: true });
        await writeFile(file, text);
    }
    return { root, dispose: () => rm(root, { recursive: true, force: true }) };
}

/** Two files that link to each other and check cleanly (given a date inside the SLA's validity). */
export const CLEAN_FILES: Record<string, string> = {
    'parties.svcdef': 'provider CentralIT "Central IT"\ncustomer Finance\n',
    'services/mail.svcdef': [
        'service Email { status live owner CentralIT }',
        'sla FinanceEmail {',
        '  customer Finance',
        '  provider CentralIT',
        '  services Email',
        '  status finalized',
        '  valid from 2026-01-01 to 2026-12-31',
        '  target availability >= 99.9% per month',
        '}',
        ''
    ].join('\n')
};

/** Inside the validity of CLEAN_FILES' SLA. */
export const TODAY_IN_VALIDITY = '2026-06-01';
/** After it: CLEAN_FILES then has one `expired-sla` warning. */
export const TODAY_AFTER_VALIDITY = '2027-06-01';

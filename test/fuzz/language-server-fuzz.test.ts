import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../cli/built-cli.js';
import { startStdioSession, type StdioSession } from '../protocol/stdio-session.js';
import { FuzzClient, type FuzzDocument, type Property } from './fuzz-client.js';
import { operationsFor } from './fuzz-operations.js';
import { SECOND_EDITION_EXAMPLE } from '../contract-example-second-edition.js';

/** Fixed, so that a run is the same every time; `FUZZ_SEED=n` replays or explores another. */
const SEED = Number(process.env.FUZZ_SEED ?? 20261207);
const OPERATIONS = 500;
/** No new operation starts after this; what is still out is then awaited. */
const RUN_FOR_MS = 40_000;

const ACME = path.join(ROOT, 'examples', 'acme');
const acmeFiles = (readdirSync(ACME, { recursive: true }) as string[]).filter(file => file.endsWith('.svcdef')).sort();
const acmeTexts = acmeFiles.map(file => readFileSync(path.join(ACME, file), 'utf8'));
/** The second-edition forms, in a namespace of their own so that their names do not clash with acme's. */
const SECOND_EDITION_FILE = 'hospital/second-edition.svcdef';
const secondEditionText = `namespace hospital\n${SECOND_EDITION_EXAMPLE}`;

/**
 * Whatever an editor and the disk do, the server stays up and answers every request with a
 * result or a JSON-RPC error, and formatting only moves whitespace: random edits (ranges
 * past the end, reversed, negative), every request kind at random places, cancellations,
 * untitled documents, files changed, created and deleted on disk under open documents.
 */
describe(`the language server under random editing (seed ${SEED})`, { timeout: 120_000 }, () => {
    let session: StdioSession;
    let client: FuzzClient;
    let played = 0;

    beforeAll(async () => {
        session = await startStdioSession({ copyOf: ACME, files: { [SECOND_EDITION_FILE]: secondEditionText } });
        const documents: FuzzDocument[] = [
            ...acmeFiles.map((file, index) => ({ uri: session.uriOf(file), file, text: acmeTexts[index]! })),
            { uri: session.uriOf(SECOND_EDITION_FILE), file: SECOND_EDITION_FILE, text: secondEditionText },
            { uri: 'untitled:Untitled-1', text: acmeTexts[0]! },
            { uri: 'untitled:Untitled-2', text: acmeTexts[acmeTexts.length - 1]! },
            { uri: 'untitled:Untitled-3', text: SECOND_EDITION_EXAMPLE }
        ];
        const diskFiles = [...acmeFiles, SECOND_EDITION_FILE, 'fuzz/created-1.svcdef', 'fuzz/created-2.svcdef'];
        client = new FuzzClient(session, documents, diskFiles, [...acmeTexts, secondEditionText]);
        const operations = operationsFor(SEED, OPERATIONS, documents.length, diskFiles.length);
        const deadline = Date.now() + RUN_FOR_MS;
        for (const [step, operation] of operations.entries()) {
            if (Date.now() > deadline || !await client.play(operation, step)) break;
            played = step + 1;
        }
        await client.settle(played);
    }, 110_000);

    afterAll(() => session?.dispose());

    /** What a failure prints: how to replay it, what broke, and every operation up to it. */
    function report(property: Property): string {
        const broken = client.violations.filter(violation => violation.property === property);
        return [
            `Replay with FUZZ_SEED=${SEED} (${played} of ${OPERATIONS} operations played).`,
            ...broken.map(violation => `step ${violation.step}: ${violation.message}`),
            'Operations:', ...client.log
        ].join('\n');
    }

    function holds(property: Property): void {
        expect(client.violations.filter(violation => violation.property === property), report(property)).toEqual([]);
    }

    it('plays a few hundred operations within the time bound', () => {
        expect(played, report('stays alive')).toBeGreaterThanOrEqual(100);
    });

    it('stays alive', () => holds('stays alive'));

    it('answers every request', () => holds('answers every request'));

    it('answers with a result or a proper JSON-RPC error, never an error as the result', () => holds('answers with a result or a proper error'));

    it('formats without changing anything but whitespace', () => holds('formatting changes only whitespace'));
});

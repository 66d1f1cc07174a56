import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestServices } from '../svcdef-test-services.js';
import { CONTRACT_EXAMPLE } from '../contract-example.js';

/**
 * Damaged input must never crash the language core: every mutant of the example files
 * (tokens deleted, duplicated or swapped, text truncated, random bytes inserted) goes
 * through parse, link and validate, and no exception may escape or be swallowed into
 * the log by Langium's validation guard.
 */
const MUTANTS_PER_SOURCE_MINIMUM = 2_000;
const TOKEN_PATTERN = /"(?:\\.|[^"\\\n])*"|\/\*[\s\S]*?\*\/|\/\/[^\n]*|\s+|[A-Za-z_]\w*|[0-9][\w.%-]*|[\s\S]/g;

function sourceFiles(): Array<{ name: string; text: string }> {
    const root = path.resolve(import.meta.dirname, '../../examples/acme');
    const found: Array<{ name: string; text: string }> = [{ name: 'contract.svcdef', text: CONTRACT_EXAMPLE }];
    const walk = (folder: string) => {
        for (const entry of readdirSync(folder).sort()) {
            const full = path.join(folder, entry);
            if (statSync(full).isDirectory()) walk(full);
            else if (entry.endsWith('.svcdef')) found.push({ name: path.relative(root, full), text: readFileSync(full, 'utf8') });
        }
    };
    try { walk(root); } catch { /* the examples folder is optional for this test */ }
    return found;
}

/** A small seeded generator (mulberry32), so a failing mutant can be reproduced by its number. */
function random(seed: number): () => number {
    let state = seed >>> 0;
    return () => {
        state = (state + 0x6d2b79f5) >>> 0;
        let t = state;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}

type Mutation = (tokens: string[], text: string, next: () => number) => string;

const pick = (next: () => number, length: number) => Math.floor(next() * length);

const MUTATIONS: Record<string, Mutation> = {
    'delete token': (tokens, _text, next) => { const copy = [...tokens]; copy.splice(pick(next, copy.length), 1); return copy.join(''); },
    'duplicate token': (tokens, _text, next) => { const copy = [...tokens]; const i = pick(next, copy.length); copy.splice(i, 0, copy[i]); return copy.join(''); },
    'swap tokens': (tokens, _text, next) => {
        const copy = [...tokens];
        const i = pick(next, copy.length - 1);
        const j = Math.min(copy.length - 1, i + 1 + pick(next, 6));
        [copy[i], copy[j]] = [copy[j], copy[i]];
        return copy.join('');
    },
    'truncate': (_tokens, text, next) => text.slice(0, pick(next, text.length)),
    'random bytes': (_tokens, text, next) => {
        const at = pick(next, text.length);
        const bytes = Array.from({ length: 1 + pick(next, 8) }, () => String.fromCharCode(pick(next, 0x250))).join('');
        return text.slice(0, at) + bytes + text.slice(at);
    }
};

describe('mutation robustness', () => {
    const errors: unknown[][] = [];
    beforeAll(() => {
        vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => { errors.push(args); });
    });
    afterAll(() => vi.restoreAllMocks());

    it(`survives at least ${MUTANTS_PER_SOURCE_MINIMUM} damaged documents`, async () => {
        const { workspace } = createTestServices();
        const sources = sourceFiles();
        const names = Object.keys(MUTATIONS);
        const perSource = Math.ceil(MUTANTS_PER_SOURCE_MINIMUM / sources.length);
        let runs = 0;
        for (const [sourceIndex, source] of sources.entries()) {
            const tokens = source.text.match(TOKEN_PATTERN) ?? [];
            // The other files stay intact, so damaged references meet a real workspace.
            const context = Object.fromEntries(sources.filter(other => other !== source).map(other => [other.name, other.text]));
            for (let i = 0; i < perSource; i++) {
                const seed = sourceIndex * 100_000 + i;
                const next = random(seed);
                const mutation = names[i % names.length];
                let mutant = source.text;
                for (let rounds = 1 + pick(next, 3); rounds > 0; rounds--) {
                    mutant = MUTATIONS[mutation](mutant === source.text ? tokens : (mutant.match(TOKEN_PATTERN) ?? []), mutant, next);
                }
                try {
                    await workspace({ ...(sources.length > 1 && i % 10 === 0 ? context : {}), [source.name]: mutant });
                } catch (error) {
                    throw new Error(`Mutant ${seed} (${mutation} of ${source.name}) threw: ${String(error)}\n---\n${mutant}`);
                }
                expect(errors, `Mutant ${seed} (${mutation} of ${source.name}) logged an error:\n${mutant}`).toEqual([]);
                runs++;
            }
        }
        expect(runs).toBeGreaterThanOrEqual(MUTANTS_PER_SOURCE_MINIMUM);
    }, 600_000);
});

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { EmptyFileSystem, LangiumParser, URI, type LangiumDocument } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSvcdefServices, type SvcdefServiceOptions } from '../svcdef-module.js';
import { LANGIUM_PARSER_INTERNALS, missingLangiumInternals } from './langium-internals.js';
import { fallbackMessage } from './parser-choice.js';
import { SvcdefParser } from './svcdef-parser.js';
import { warnOncePerProcess } from './warn-once-per-process.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const acme = path.join(root, 'examples', 'acme');

/** The parser as the check sees it with `hidden` members gone (or replaced), the real parser untouched. */
function without(hidden: Record<string, unknown>): (parser: LangiumParser) => object {
    return parser => {
        const view: Record<string, unknown> = Object.create(parser);
        for (const [member, value] of Object.entries(hidden)) {
            const [owner, name] = member.includes('.') ? member.split('.') : [undefined, member];
            if (owner) {
                const inner: Record<string, unknown> = Object.create((parser as unknown as Record<string, object>)[owner]);
                Object.defineProperty(inner, name, { value });
                Object.defineProperty(view, owner, { value: inner });
            } else {
                Object.defineProperty(view, name, { value });
            }
        }
        return view;
    };
}

/** examples/acme loaded and validated by services made with `options`, and what they warned. */
/**
 * A file as someone half-way through an edit leaves it: a syntax error, references to
 * nothing and a duplicate name, next to examples/acme, which has no problems of its own.
 */
const EDITED = 'namespace acme.edit\n'
    + 'service Broken "Broken" {\n  status live\n  owner NoSuchUnit\n  depends on acme.infra.NoSuchService\n}\n'
    + 'service Broken "Twice" {\n  status\n}\n'
    + 'sla Late "Late" {\n  customer Nobody\n  service Broken\n  target availability >= 99.9% per\n}\n';

async function validateAcme(options: SvcdefServiceOptions = {}) {
    const warnings: string[] = [];
    const { shared, Svcdef } = createSvcdefServices(NodeFileSystem, { warn: message => warnings.push(message), ...options });
    Svcdef.settings.setToday('2026-06-01');
    await shared.workspace.WorkspaceManager.initializeWorkspace([]);
    const files = readdirSync(acme, { recursive: true, withFileTypes: true })
        .filter(entry => entry.isFile() && entry.name.endsWith('.svcdef'))
        .map(entry => path.join(entry.parentPath, entry.name))
        .sort();
    const texts = [...files.map(file => [file, readFileSync(file, 'utf8')]), [path.join(acme, 'edited.svcdef'), EDITED]];
    const documents: LangiumDocument[] = texts.map(([file, text]) => {
        const document = shared.workspace.LangiumDocumentFactory.fromString(text, URI.file(file));
        shared.workspace.LangiumDocuments.addDocument(document);
        return document;
    });
    await shared.workspace.DocumentBuilder.build(documents, { validation: true });
    const diagnostics = Object.fromEntries(documents.map(document => [
        path.relative(acme, document.uri.fsPath),
        (document.diagnostics ?? []).map(({ range, severity, code, message }) => ({ range, severity, code, message }))
    ]));
    return { parser: Svcdef.parser.LangiumParser, diagnostics, warnings, files };
}

describe('the check of Langium\'s parser internals', () => {
    const { Svcdef } = createSvcdefServices(EmptyFileSystem);

    it('finds every member svcdef\'s parser relies on in the Langium package.json pins', () => {
        expect(missingLangiumInternals(new LangiumParser(Svcdef))).toEqual([]);
    });

    it('names each member that is missing', () => {
        for (const member of LANGIUM_PARSER_INTERNALS.filter(internal => internal.path !== 'wrapper')) {
            expect(missingLangiumInternals(without({ [member.path]: undefined })(new LangiumParser(Svcdef)))).toEqual([member.path]);
        }
    });

    it('names a member that is there in another shape', () => {
        const twoParameters = (_type: unknown, implementation: unknown) => implementation;
        expect(missingLangiumInternals(without({ startImplementation: twoParameters, nodeBuilder: {} })(new LangiumParser(Svcdef))))
            .toEqual(['nodeBuilder', 'startImplementation']);
    });

    it('names everything below a missing Chevrotain parser', () => {
        expect(missingLangiumInternals(without({ wrapper: undefined })(new LangiumParser(Svcdef))))
            .toEqual(LANGIUM_PARSER_INTERNALS.map(member => member.path).filter(member => member.startsWith('wrapper')));
    });
});

describe('the parser svcdef\'s services choose', () => {
    it('is svcdef\'s own, without a warning, when Langium has what it relies on', async () => {
        const fast = await validateAcme();
        expect(fast.parser).toBeInstanceOf(SvcdefParser);
        expect(fast.warnings).toEqual([]);
    });

    it('is Langium\'s own when Langium lacks a member, with one warning naming it, and checks examples/acme alike', async () => {
        const fast = await validateAcme();
        const fallback = await validateAcme({ inspectLangiumParser: without({ startImplementation: undefined }) });
        expect(fallback.parser).toBeInstanceOf(LangiumParser);
        expect(fallback.parser).not.toBeInstanceOf(SvcdefParser);
        expect(fallback.warnings).toEqual([fallbackMessage(['startImplementation'], true)]);
        expect(fallback.warnings[0]).toContain('startImplementation');
        expect(fallback.warnings[0]).toContain('~4.4');
        expect(fallback.files.length).toBeGreaterThan(5);
        const codes = fast.diagnostics['edited.svcdef'].map(diagnostic => diagnostic.code);
        expect(codes).toEqual(expect.arrayContaining(['unresolved-reference', 'duplicate-name']));
        expect(codes).toContain('syntax-error');
        expect(fallback.diagnostics).toEqual(fast.diagnostics);
    });

    it('reads a property of another kind of agreement as svcdef\'s parser does while the builder\'s members are there', () => {
        const text = 'unit Ops\ncustomer F\nsla A {\n  customer F\n  unit Ops\n  target availability >= 99% per month\n}\nservice X { }\n';
        const parse = (options: SvcdefServiceOptions) => {
            const { Svcdef } = createSvcdefServices(EmptyFileSystem, { warn: () => undefined, ...options });
            const result = Svcdef.parser.LangiumParser.parse(text);
            const elements = (result.value as unknown as { elements: { $type: string }[] }).elements;
            return { errors: result.parserErrors.map(error => error.message.split(';')[0]), elements: elements.map(element => element.$type) };
        };
        const fast = parse({});
        // svcdef's rules step over `unit Ops` inside the SLA and keep the target after it.
        expect(fast).toEqual({ errors: ["'unit' is a property of ola, not of sla"], elements: ['Unit', 'Customer', 'Sla', 'Service'] });
        expect(parse({ inspectLangiumParser: without({ stack: undefined }) })).toEqual(fast);
        // Langium's own rules end the SLA there, and `unit Ops` declares a second unit.
        const langiums = parse({ inspectLangiumParser: without({ stack: undefined, 'wrapper.SKIP_TOKEN': undefined }) });
        expect(langiums.elements.filter(type => type === 'Unit')).toHaveLength(2);
    });

    it('warns of what Langium\'s own rules read differently when the builder\'s members are missing too, as they do in examples/acme', async () => {
        const fast = await validateAcme();
        const langiums = await validateAcme({ inspectLangiumParser: without({ 'wrapper.LA': undefined }) });
        expect(langiums.parser).not.toBeInstanceOf(SvcdefParser);
        expect(langiums.warnings).toEqual([fallbackMessage(['wrapper.LA'], false)]);
        expect(langiums.warnings[0]).toContain('`for service` block right after a target\'s `for P1` is a syntax error');
        // examples/acme's SLAs have such a block, the one place the texts are read differently.
        const differing = Object.keys(fast.diagnostics).filter(file => JSON.stringify(fast.diagnostics[file]) !== JSON.stringify(langiums.diagnostics[file]));
        expect(differing).toEqual(['agreements/slas.svcdef']);
        expect(langiums.diagnostics['agreements/slas.svcdef'][0].message).toBe('expected a name, found the keyword \'service\'');
    });

    it('reports the same syntax error for broken input on either parser', async () => {
        const broken = 'service Payroll "Payroll" {\n  status\n  owner\n}\n';
        const parse = (options: SvcdefServiceOptions) => {
            const { Svcdef } = createSvcdefServices(EmptyFileSystem, { warn: () => undefined, ...options });
            return Svcdef.parser.LangiumParser.parse(broken).parserErrors.map(error => error.message);
        };
        const fast = parse({});
        expect(fast.length).toBeGreaterThan(0);
        expect(parse({ inspectLangiumParser: without({ construct: undefined }) })).toEqual(fast);
    });

    it('sends the warning to the language client\'s log when a connection is attached', () => {
        const logged: string[] = [];
        const connection = { console: { warn: (message: string) => logged.push(message) } };
        const { Svcdef } = createSvcdefServices(
            { ...EmptyFileSystem, connection: connection as never },
            { inspectLangiumParser: without({ doParse: undefined }) }
        );
        // Langium builds the parser once, on first use, and the choice with it.
        void Svcdef.parser.LangiumParser;
        void Svcdef.parser.LangiumParser;
        expect(logged).toEqual([fallbackMessage(['doParse'], true)]);
    });
});

describe('warnOncePerProcess', () => {
    afterEach(() => {
        vi.restoreAllMocks();
    });

    it('writes each warning to the console once, however many sets of services give it', () => {
        const console = vi.spyOn(globalThis.console, 'warn').mockImplementation(() => undefined);
        const message = `a warning only this test gives (${Math.random()})`;
        warnOncePerProcess(message);
        warnOncePerProcess(message);
        warnOncePerProcess(`${message}, and another`);
        expect(console.mock.calls).toEqual([[message], [`${message}, and another`]]);
    });

    it('is where the CLI\'s services warn, once for two workspaces read', () => {
        const console = vi.spyOn(globalThis.console, 'warn').mockImplementation(() => undefined);
        for (let workspace = 0; workspace < 2; workspace++) {
            const { Svcdef } = createSvcdefServices(EmptyFileSystem, { batch: true, inspectLangiumParser: without({ extractHiddenTokens: undefined }) });
            void Svcdef.parser.LangiumParser;
        }
        expect(console.mock.calls).toEqual([[fallbackMessage(['extractHiddenTokens'], true)]]);
    });
});

import type { Node } from 'jsonc-parser';
import { UriUtils, type URI } from 'langium';
import { didYouMean, suggestNames } from '../did-you-mean.js';
import { fixedDateProblem } from '../fixed-date.js';
import { JsonSyntaxError, lineAndColumn, parseStrictJson } from './strict-json.js';
import { WorkspaceConfigurationError, type TextPosition } from './workspace-configuration-error.js';

/** The name of the workspace configuration file. */
export const WORKSPACE_CONFIGURATION_FILE = 'svcdef.json';

/** What a `svcdef.json` says; see docs/cli.md, "Workspace configuration: svcdef.json". */
export interface WorkspaceConfiguration {
    /** The `svcdef.json` file. */
    readonly uri: URI;
    /** Its folder, which `include` and `exclude` patterns are relative to. */
    readonly folder: URI;
    /** Globs of the files to read; undefined means every `.svcdef` file. */
    readonly include?: readonly string[];
    /** Globs of files and folders to leave out. */
    readonly exclude: readonly string[];
    /** The date that date checks compare with, where it is written. */
    readonly today?: { readonly date: string; readonly position: TextPosition };
    /** `"catalog": { "publisher": …, "logo": … }`: who publishes the catalog, named in every page's header. */
    readonly catalog?: CatalogPublication;
}

export interface CatalogPublication {
    readonly publisher?: string;
    /** The logo file, relative to the folder of svcdef.json, as written. */
    readonly logo?: string;
    readonly position: TextPosition;
}

const FIELDS = ['$schema', 'include', 'exclude', 'today', 'catalog'] as const;
const FIELD_LIST = '"$schema", "include", "exclude", "today" and "catalog"';

/**
 * Reads the text of a `svcdef.json`. Anything that is not JSON, or a field of the wrong
 * type or an unknown one, throws a WorkspaceConfigurationError that points at the spot
 * and says what to write: a configuration half understood would silently read the wrong
 * files.
 */
export function parseWorkspaceConfiguration(text: string, uri: URI): WorkspaceConfiguration {
    const fail = (offset: number, problem: string, remedy: string): never => {
        throw new WorkspaceConfigurationError(uri, lineAndColumn(text, offset), problem, remedy);
    };
    let root: Node;
    try {
        root = parseStrictJson(text);
    } catch (error) {
        if (error instanceof JsonSyntaxError) {
            fail(error.offset, `not valid JSON: ${error.problem}`, `${error.remedy}.`);
        }
        throw error;
    }
    if (root.type !== 'object') {
        fail(root.offset, `the file must hold one JSON object, not ${describeKind(root)}`,
            'Write {} to use the defaults, or e.g. { "exclude": ["drafts/**"] }.');
    }
    const seen = new Set<string>();
    let include: string[] | undefined;
    let exclude: string[] = [];
    let today: WorkspaceConfiguration['today'];
    let catalog: CatalogPublication | undefined;
    for (const member of root.children!.map(readMember)) {
        if (seen.has(member.key)) {
            fail(member.keyOffset, `"${member.key}" is written twice`, 'Keep one of them.');
        }
        seen.add(member.key);
        switch (member.key) {
            case '$schema':
                if (member.value.type !== 'string') {
                    fail(member.value.offset, `"$schema" must be a string, not ${describeKind(member.value)}`,
                        'Write the path or URL of svcdef.schema.json, or leave "$schema" out.');
                }
                break;
            case 'include':
                include = readGlobs(member, fail);
                if (include.length === 0) {
                    fail(member.value.offset, '"include" lists no pattern, so no file would be read',
                        'List patterns such as "services/**", or leave "include" out to read every .svcdef file.');
                }
                break;
            case 'exclude':
                exclude = readGlobs(member, fail);
                break;
            case 'today':
                today = readToday(member, text, fail);
                break;
            case 'catalog':
                catalog = readCatalog(member, text, fail);
                break;
            default: {
                const suggestion = didYouMean(suggestNames(member.key, FIELDS), name => `"${name}"`).trim();
                fail(member.keyOffset, `unknown field "${member.key}"`, `${suggestion}${suggestion ? ' ' : ''}svcdef.json takes ${FIELD_LIST}.`);
            }
        }
    }
    return { uri, folder: UriUtils.dirname(uri), include, exclude, today, ...(catalog ? { catalog } : {}) };
}

type Fail = (offset: number, problem: string, remedy: string) => never;

/** A field of an object: jsonc-parser's property node holds the name and then the value. */
interface JsonMember {
    readonly key: string;
    readonly keyOffset: number;
    readonly value: Node;
}

function readMember(property: Node): JsonMember {
    const [name, value] = property.children!;
    return { key: name.value as string, keyOffset: name.offset, value };
}

function readGlobs(member: JsonMember, fail: Fail): string[] {
    const example = member.key === 'include' ? '"services/**"' : '"drafts/**"';
    if (member.value.type !== 'array') {
        return fail(member.value.offset, `"${member.key}" must be a list of glob patterns, not ${describeKind(member.value)}`,
            `Write e.g. "${member.key}": [${example}].`);
    }
    return member.value.children!.map(item => {
        if (item.type !== 'string' || item.value === '') {
            return fail(item.offset, `each pattern of "${member.key}" must be a non-empty string, not ${describeKind(item)}`,
                `Write e.g. ${example}.`);
        }
        const glob = item.value as string;
        if (glob.startsWith('!')) {
            return fail(item.offset, `"${glob}": patterns cannot be negated`,
                member.key === 'exclude'
                    ? 'Narrow "exclude" instead, or list what to read under "include".'
                    : 'List what to leave out under "exclude" instead.');
        }
        if (glob.startsWith('/') || /^[A-Za-z]:/.test(glob) || glob.split(/[\\/]/).includes('..')) {
            return fail(item.offset, `"${glob}" reaches outside the folder of svcdef.json`,
                'Patterns are relative to the folder that holds svcdef.json; write e.g. "legacy/**".');
        }
        return glob;
    });
}

function readToday(member: JsonMember, text: string, fail: Fail): WorkspaceConfiguration['today'] {
    const value = member.value;
    if (value.type !== 'string') {
        return fail(value.offset, `"today" must be a date in double quotes, not ${describeKind(value)}`,
            'Write e.g. "today": "2026-06-01", or leave "today" out to check against the real date.');
    }
    const date = value.value as string;
    const problem = fixedDateProblem(date);
    if (problem) {
        return fail(value.offset, `"today" cannot be "${date}"`,
            `${problem} Or leave "today" out to check against the real date.`);
    }
    return { date, position: lineAndColumn(text, value.offset) };
}

/** `{ "publisher": "Acme IT", "logo": "branding/logo.svg" }`; whether the logo file is usable is for the publisher to check. */
function readCatalog(member: JsonMember, text: string, fail: Fail): CatalogPublication {
    const example = 'Write e.g. "catalog": { "publisher": "Acme IT Services", "logo": "branding/logo.svg" }.';
    if (member.value.type !== 'object') {
        return fail(member.value.offset, `"catalog" must be an object, not ${describeKind(member.value)}`, example);
    }
    const fields: Record<string, string> = {};
    for (const field of member.value.children!.map(readMember)) {
        if (field.key !== 'publisher' && field.key !== 'logo') {
            const suggestion = didYouMean(suggestNames(field.key, ['publisher', 'logo']), name => `"${name}"`).trim();
            fail(field.keyOffset, `unknown field "${field.key}" in "catalog"`, `${suggestion}${suggestion ? ' ' : ''}"catalog" takes "publisher" and "logo".`);
        }
        if (field.key in fields) {
            fail(field.keyOffset, `"${field.key}" is written twice in "catalog"`, 'Keep one of them.');
        }
        if (field.value.type !== 'string' || (field.value.value as string).trim() === '') {
            fail(field.value.offset, `"catalog"."${field.key}" must be a non-empty string, not ${describeKind(field.value)}`, example);
        }
        fields[field.key] = field.value.value as string;
    }
    return { publisher: fields.publisher, logo: fields.logo, position: lineAndColumn(text, member.value.offset) };
}

function describeKind(node: Node): string {
    switch (node.type) {
        case 'object': return 'an object';
        case 'array': return 'a list';
        case 'string': return node.value === '' ? 'an empty string' : 'a string';
        case 'number': return 'a number';
        case 'boolean': return node.value ? 'true' : 'false';
        case 'null': return 'null';
        case 'property': return 'a field';
    }
}

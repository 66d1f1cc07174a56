import { URI } from 'langium';
import type { A2Node, A2ReferenceModel, IcomEntry } from '../../a2/a2-reference-model.js';
import { BUILTIN_CALENDARS, BUILTIN_METRICS, BUILTIN_PRIORITIES } from './standard-library.js';

/** Scheme of the read-only document that holds the standard library and the A2 model. */
export const BUILTIN_SCHEME = 'builtin';
export const BUILTIN_LIBRARY_URI = URI.parse(`${BUILTIN_SCHEME}:///svcdef-library.svcdef`);

export function isBuiltinUri(uri: URI): boolean {
    return uri.scheme === BUILTIN_SCHEME;
}

/**
 * The built-in document, written in svcdef itself so that its declarations are real
 * link targets: go-to-definition on `A243` or `availability` lands on readable text.
 */
export function builtinLibraryText(model: A2ReferenceModel): string {
    const lines: string[] = [
        '// svcdef built-in library: the standard metrics, calendars and priorities,',
        '// and the PRM-IT A2 "Customer Relationships" reference model. Generated, read-only.',
        '',
        '// ---- standard library'
    ];
    for (const metric of BUILTIN_METRICS) {
        lines.push(doc(metric.description), `metric ${metric.name} ${quote(metric.title)} ${metric.unit} ${metric.direction}`);
    }
    for (const calendar of BUILTIN_CALENDARS) {
        lines.push(doc(calendar.description), `calendar ${calendar.name} ${quote(calendar.title)}`);
    }
    for (const priority of BUILTIN_PRIORITIES) {
        lines.push(doc(priority.description), `priority ${priority.name} ${quote(priority.title)}`);
    }
    lines.push('', '// ---- A2 work products');
    for (const workProduct of model.workProducts) {
        const aliases = workProduct.aliases.length > 0 ? ` alias ${workProduct.aliases.map(quote).join(', ')}` : '';
        lines.push(doc(workProduct.description), `workproduct ${quote(workProduct.name)}${aliases}`);
    }
    lines.push('', '// ---- A2 nodes');
    for (const node of model.nodes) {
        lines.push(...nodeLines(node));
    }
    return lines.join('\n') + '\n';
}

function nodeLines(node: A2Node): string[] {
    const parent = node.parent ? ` in ${node.parent}` : '';
    return [
        doc(node.description),
        `${node.kind} ${node.id} ${quote(node.name)}${parent} {`,
        ...node.controls.map(entry => icomLine('control', 'from', entry)),
        ...node.inputs.map(entry => icomLine('input', 'from', entry)),
        ...node.outputs.map(entry => icomLine('output', 'to', entry)),
        '}'
    ];
}

function icomLine(kind: string, direction: 'from' | 'to', entry: IcomEntry): string {
    const ends = entry.refs.length > 0 ? ` ${direction} ${entry.refs.join(', ')}` : '';
    return `    ${kind} ${quote(entry.name)}${ends}`;
}

function doc(text: string): string {
    return `/** ${text.replace(/\*\//g, '* /')} */`;
}

function quote(text: string): string {
    return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

import type { AstNode, ValidationAcceptor } from 'langium';
import { isWorkProduct, type Element, type Model, type Offering } from '../generated/ast.js';
import { report } from './diagnostic-codes.js';

/**
 * Properties that hold a single word, by node type: currencies, units of demand and
 * capacity, internal keys and percentiles.
 */
const SINGLE_WORDS: Readonly<Record<string, readonly string[]>> = {
    Price: ['currency', 'per'],
    Money: ['currency'],
    ForecastPeriod: ['unit'],
    ServicePackage: ['capacityUnit'],
    InternalEntry: ['key'],
    Target: ['percentile'],
    Credit: ['percentile']
};

/**
 * The grammar reads a name with its namespace (`acme.it.Email`) as one token wherever a
 * name goes, so that a qualified reference costs the parser no more than a simple one.
 * Only references may be qualified: an element takes its namespace from its file, and
 * currencies, units and keys are single words. A dot anywhere else is the syntax error
 * it would be in a grammar that spelled qualified names out, and is reported as one.
 */
export class SimpleNameChecks {
    checkDeclaredName(element: Element | Offering, accept: ValidationAcceptor): void {
        // A work product is named by a string of prose, which may hold any character.
        if (isWorkProduct(element) || !element.name?.includes('.')) {
            return;
        }
        const name = element.name;
        const lastDot = name.lastIndexOf('.');
        const message = lastDot === name.length - 1
            ? `'${name}' ends with a dot: a declared name is a single word, such as 'Email'.`
            : `'${name}' is declared with a namespace. Declare '${name.slice(lastDot + 1)}' and write 'namespace ${name.slice(0, lastDot)}' at the top of the file.`;
        report(accept, 'syntax-error', message, { node: element, property: 'name' });
    }

    checkSingleWords(node: AstNode, accept: ValidationAcceptor): void {
        for (const property of SINGLE_WORDS[node.$type] ?? []) {
            const value: unknown = (node as unknown as Record<string, unknown>)[property];
            const words = Array.isArray(value) ? value : [value];
            words.forEach((word, index) => {
                if (typeof word === 'string' && word.includes('.')) {
                    report(accept, 'syntax-error', `'${word}' must be a single word: only a reference to an element is written with dots.`,
                        { node, property: property as never, index: Array.isArray(value) ? index : undefined });
                }
            });
        }
    }

    checkNamespace(model: Model, accept: ValidationAcceptor): void {
        if (model.namespace?.endsWith('.')) {
            report(accept, 'syntax-error', `'${model.namespace}' ends with a dot: a namespace is names joined by dots, such as 'acme.it'.`,
                { node: model, property: 'namespace' });
        }
    }
}

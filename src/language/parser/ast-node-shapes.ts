import { AstUtils, GrammarAST, GrammarUtils, type AstNode, type AstReflection } from 'langium';

/** Makes a new, empty AST node of one type, with every property it can have already in place. */
export type NodeFactory = () => AstNode;

/** The properties Langium itself sets on a node, after the parser has filled it in. */
const LANGIUM_PROPERTIES = ['$container', '$containerProperty', '$containerIndex', '$cstNode'] as const;

/**
 * One factory per AST node type that has properties. Langium's parser starts a node as
 * `{ $type }` and adds each property as the input reaches it, so two services whose
 * properties are written in different orders get different hidden classes, and every
 * property past the first few lives in a separate backing store. A node made here has all
 * its properties in the object itself, in one order per type: one hidden class per type,
 * which keeps property reads in linking, checking and generating monomorphic, and no
 * backing store (15 MB of the 220 MB heap of 10k validated services).
 *
 * Properties are in the order the grammar assigns them, which is the order Langium's
 * parser adds them in for input written in that order, and so the order in which walks
 * over the AST (linking, validation) meet them. Properties the input does not set keep
 * the value Langium would leave them with: their default (an empty list, `false`) if they
 * have one, otherwise `undefined`.
 */
export function nodeFactories(reflection: AstReflection, grammar: GrammarAST.Grammar): Map<string, NodeFactory> {
    const factories = new Map<string, NodeFactory>();
    const written = propertiesInGrammarOrder(grammar);
    for (const type of reflection.getAllTypes()) {
        const metadata = reflection.getTypeMetaData(type).properties;
        const order = written.get(type) ?? [];
        const properties = [
            ...order.filter(name => name in metadata),
            ...Object.keys(metadata).filter(name => !order.includes(name))
        ].map(name => metadata[name]);
        if (properties.length === 0) {
            // Union types (`Element`, `Party`): the parser only makes these for a moment, as
            // the rule that calls the concrete one.
            continue;
        }
        const members = [
            `$type: ${JSON.stringify(type)}`,
            ...LANGIUM_PROPERTIES.map(name => `${JSON.stringify(name)}: undefined`),
            ...properties.map(property => `${JSON.stringify(property.name)}: ${defaultLiteral(property.defaultValue)}`)
        ];
        // An object literal, rather than assignments in a loop, is what gives V8 the whole
        // shape at once: its properties all in the object, the same hidden class every time.
        factories.set(type, new Function(`return () => ({ ${members.join(', ')} });`)() as NodeFactory);
    }
    return factories;
}

/**
 * For each type a parser rule makes, the properties its rule assigns, in the order they are
 * written in the rule, with those of the fragments it calls in place.
 */
function propertiesInGrammarOrder(grammar: GrammarAST.Grammar): Map<string, string[]> {
    const order = new Map<string, string[]>();
    for (const rule of grammar.rules) {
        if (!GrammarAST.isParserRule(rule) || rule.fragment || GrammarUtils.isDataTypeRule(rule)) {
            continue;
        }
        const type = GrammarUtils.getTypeName(rule);
        const names = order.get(type) ?? [];
        addAssignedProperties(rule, names, new Set());
        order.set(type, names);
    }
    return order;
}

function addAssignedProperties(rule: GrammarAST.ParserRule, names: string[], visiting: Set<GrammarAST.ParserRule>): void {
    visiting.add(rule);
    for (const element of AstUtils.streamAst(rule.definition)) {
        if (GrammarAST.isAssignment(element) && !names.includes(element.feature)) {
            names.push(element.feature);
        } else if (GrammarAST.isRuleCall(element) && GrammarAST.isParserRule(element.rule.ref)
            && element.rule.ref.fragment && !visiting.has(element.rule.ref)) {
            addAssignedProperties(element.rule.ref, names, visiting);
        }
    }
}

/** Source text of a fresh copy of a default value: a new array for each node, never a shared one. */
function defaultLiteral(value: unknown): string {
    if (value === undefined) {
        return 'undefined';
    }
    if (typeof value === 'number' && !Number.isFinite(value)) {
        throw new Error(`svcdef: cannot write the default value ${value} of an AST property as a literal.`);
    }
    return JSON.stringify(value);
}

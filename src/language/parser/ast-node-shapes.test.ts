import { EmptyFileSystem } from 'langium';
import { describe, expect, it } from 'vitest';
import type { Model, Service } from '../generated/ast.js';
import { nodeFactories } from './ast-node-shapes.js';
import { createSvcdefServices } from '../svcdef-module.js';

const { Svcdef } = createSvcdefServices(EmptyFileSystem);
const factories = nodeFactories(Svcdef.shared.AstReflection, Svcdef.Grammar);

function servicesOf(text: string): Service[] {
    const model = Svcdef.parser.LangiumParser.parse<Model>(text).value;
    return model.elements.filter((element): element is Service => element.$type === 'Service');
}

describe('AST node shapes', () => {
    it('give a service every property in the order the grammar assigns them, whatever order the input has', () => {
        const [first, second, bare] = servicesOf(
            'service A "a" { internal { notes "n" } owner IT status live depends on B }\n'
            + 'service B { status live category "c" owner IT }\n'
            + 'service C\n');
        const keys = Object.keys(first);
        expect(Object.keys(second)).toEqual(keys);
        expect(Object.keys(bare)).toEqual(keys);
        expect(keys.filter(key => !key.startsWith('$'))).toEqual([
            'name', 'title', 'status', 'retiresOn', 'replacedBy', 'kind', 'tags', 'criticality', 'owner', 'manager', 'category', 'hours', 'supportHours', 'support',
            'request', 'dependsOn', 'offerings', 'internal'
        ]);
        expect(keys.slice(0, 5)).toEqual(['$type', '$container', '$containerProperty', '$containerIndex', '$cstNode']);
    });

    it('leave what the input does not set as Langium does: lists empty, the rest undefined', () => {
        const [bare] = servicesOf('service C {}');
        expect(bare.dependsOn).toEqual([]);
        expect(bare.offerings).toEqual([]);
        expect(bare.status).toEqual([]);
        expect(bare.title).toBeUndefined();
        expect(bare.name).toBe('C');
    });

    it('make a new list for every node, never a shared one', () => {
        const make = factories.get('Service')!;
        const one = make() as Service;
        const two = make() as Service;
        expect(one.dependsOn).not.toBe(two.dependsOn);
        expect(one).toEqual(two);
    });

    it('take the properties of fragments in place, and make no shape for union types', () => {
        const sla = factories.get('Sla')!();
        expect(Object.keys(sla).filter(key => !key.startsWith('$')).slice(0, 7)).toEqual(['name', 'title', 'customer', 'offerings', 'parent', 'provider', 'services']);
        expect(factories.has('Element')).toBe(false);
        expect(factories.has('Agreement')).toBe(false);
        expect(factories.get('PercentValue')!()).toMatchObject({ $type: 'PercentValue', percent: undefined });
    });
});

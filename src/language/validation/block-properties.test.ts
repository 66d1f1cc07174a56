import { EmptyFileSystem } from 'langium';
import { describe, expect, it } from 'vitest';
import { createSvcdefServices } from '../svcdef-module.js';
import { elementWords, propertyBlocks } from './block-properties.js';

const { Svcdef } = createSvcdefServices(EmptyFileSystem);

describe('property blocks of the grammar', () => {
    const blocks = propertyBlocks(Svcdef.Grammar);

    it('are found by the rule that closes them, a shared fragment\'s under each element that uses it', () => {
        const common = ['provider', 'services', 'status', 'valid', 'review', 'hours', 'support hours', 'target', 'for service', 'escalation', 'version', 'approved by'];
        const credits = ['credit', 'credit cap', 'credits', 'claim within'];
        expect(blocks.get('Sla')).toEqual({
            kind: 'sla', properties: ['customer', 'customers', 'offerings', 'part of', ...common, ...credits, 'reporting', 'exclusion', 'responsibility']
        });
        expect(blocks.get('Ola')).toEqual({ kind: 'ola', properties: ['unit', 'supports', 'redundant with', ...common, 'responsibility'] });
        expect(blocks.get('Uc')).toEqual({ kind: 'uc', properties: ['supplier', 'supports', 'contract', 'redundant with', ...common, ...credits, 'responsibility'] });
        expect(blocks.get('ServiceScope')).toEqual({ kind: 'for service', properties: ['target'] });
        expect(blocks.get('Escalation')).toEqual({ kind: 'escalation', properties: ['level'] });
        expect(blocks.get('Supplier')).toEqual({ kind: 'supplier', properties: ['contact', 'users'] });
        expect(blocks.get('ServicePackage')).toEqual({ kind: 'package', properties: ['service', 'serves', 'sla', 'capacity'] });
        expect(blocks.get('Forecast')).toEqual({ kind: 'forecast', properties: ['period'] });
    });

    it('take each property by the words it starts with, a contained element by its own first word', () => {
        expect(blocks.get('Service')?.properties).toEqual(['status', 'kind', 'tags', 'criticality', 'owner', 'manager', 'category', 'hours',
            'support hours', 'support', 'request', 'depends on', 'offering', 'internal']);
        expect(blocks.get('Offering')).toEqual({ kind: 'offering', properties: ['price', 'description', 'target'] });
        expect(blocks.get('Priority')).toEqual({ kind: 'priority', properties: ['impact', 'urgency', 'description'] });
        expect(blocks.get('Pattern')?.properties).toEqual(['customer', 'drives', 'users', 'peak', 'classification']);
    });

    it('leave out blocks whose entries start with a name', () => {
        expect(blocks.has('InternalBlock')).toBe(false);
        expect(blocks.has('Produces')).toBe(false);
    });

    it('start a file with the elements a workspace may declare, not the built-in A2 model', () => {
        expect(elementWords(Svcdef.Grammar)).toEqual(['provider', 'customer', 'unit', 'supplier', 'calendar', 'metric', 'priority',
            'service', 'sla', 'ola', 'uc', 'pattern', 'forecast', 'package', 'binding']);
    });
});

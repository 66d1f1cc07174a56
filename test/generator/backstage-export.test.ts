import {
    DefaultNamespaceEntityPolicy, EntityPolicies, FieldFormatEntityPolicy, NoForeignRootFieldsEntityPolicy, SchemaValidEntityPolicy,
    componentEntityV1alpha1Validator, groupEntityV1alpha1Validator, parseEntityRef, stringifyEntityRef, type Entity
} from '@backstage/catalog-model';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { backstageExport, type BackstageExport } from '../../src/generator/backstage-export.js';
import { loadFixture } from './generator-fixture.js';

describe('Backstage export', () => {
    let result: BackstageExport;
    let entities: Entity[];
    beforeAll(async () => {
        const { catalog } = await loadFixture();
        result = backstageExport(catalog);
        entities = parseAllDocuments(result.yaml).map(document => {
            expect(document.errors).toEqual([]);
            return document.toJS() as Entity;
        });
    });

    // The checks the Backstage catalog runs on every entity it ingests.
    const policy = EntityPolicies.allOf([
        new DefaultNamespaceEntityPolicy(),
        new NoForeignRootFieldsEntityPolicy(),
        new FieldFormatEntityPolicy(),
        new SchemaValidEntityPolicy()
    ]);

    it('passes the catalog-model entity policies and kind validators', async () => {
        expect(entities).toHaveLength(result.components + result.groups);
        for (const entity of entities) {
            await expect(policy.enforce(entity), entity.metadata.name).resolves.toBeDefined();
            const validator = entity.kind === 'Component' ? componentEntityV1alpha1Validator : groupEntityV1alpha1Validator;
            await expect(validator.check(entity), entity.metadata.name).resolves.toBe(true);
        }
    });

    it('rejects what Backstage rejects (the validators are really applied)', async () => {
        const component = structuredClone(entities.find(entity => entity.kind === 'Component')!);
        (component.spec as Record<string, unknown>).owner = undefined;
        await expect(componentEntityV1alpha1Validator.check(component)).rejects.toThrow();
        const renamed = structuredClone(entities[0]);
        renamed.metadata.name = '../etc/passwd';
        await expect(policy.enforce(renamed)).rejects.toThrow();
    });

    it('writes a Component per owned service with its owner and dependencies', () => {
        const email = entities.find(entity => entity.kind === 'Component' && entity.metadata.name === 'email')!;
        expect(email.metadata.title).toBe('Corporate Email');
        expect(email.metadata.tags).toEqual(['collaboration']);
        expect(email.spec).toEqual({
            type: 'service', lifecycle: 'production', owner: 'group:central-it',
            dependsOn: ['component:directory', 'component:network']
        });
        expect(email.metadata.links).toEqual([
            { url: 'https://portal.acme.example/email?team=a&b=c', title: 'Request this service' },
            { url: 'mailto:service-desk@acme.example', title: 'Get support' }
        ]);
        const chat = entities.find(entity => entity.metadata.name === 'chat')!;
        // The javascript: request link is not carried over.
        expect(chat.metadata.links).toEqual([{ url: 'mailto:chat-help@acme.example', title: 'Get support' }]);
        expect(chat.spec?.lifecycle).toBe('experimental');
    });

    it('writes a Group per provider, unit, customer and supplier', () => {
        const groups = entities.filter(entity => entity.kind === 'Group');
        expect(groups.map(group => `${group.spec?.type}:${group.metadata.name}`)).toEqual([
            'provider:central-it', 'unit:network-ops', 'customer:finance', 'customer:sales', 'supplier:cloud-co'
        ]);
        const supplier = groups.find(group => group.metadata.name === 'cloud-co')!;
        // A contact that is not a mail address is not passed off as one.
        expect((supplier.spec as { profile: Record<string, unknown> }).profile).toEqual({ displayName: 'CloudCo Ltd' });
    });

    it('only refers to entities it defines', () => {
        const defined = new Set(entities.map(entity => stringifyEntityRef(entity)));
        for (const entity of entities.filter(candidate => candidate.kind === 'Component')) {
            const spec = entity.spec as { owner: string; dependsOn?: string[] };
            for (const ref of [spec.owner, ...(spec.dependsOn ?? [])]) {
                expect(defined.has(stringifyEntityRef(parseEntityRef(ref))), ref).toBe(true);
            }
        }
    });

    it('leaves out a service without an owner, saying why', async () => {
        const { catalog } = await loadFixture({
            'a.svcdef': 'provider It\nservice Owned { status live owner It depends on Orphan }\nservice Orphan { status planned }\n'
        });
        const partial = backstageExport(catalog);
        expect(partial.skipped).toEqual([{ service: 'Orphan', reason: "it names no owner, and Backstage requires one; add 'owner' to the service" }]);
        expect(partial.components).toBe(1);
        const owned = partial.entities.find(entity => (entity.metadata as { name: string }).name === 'owned')!;
        // A dependency on a service that is not exported is dropped rather than left dangling.
        expect((owned.spec as Record<string, unknown>).dependsOn).toBeUndefined();
    });

    it('gives a group the address of its mailto: contact, without query or escapes, and no email for anything else', async () => {
        const { catalog } = await loadFixture({
            'a.svcdef': [
                'provider Desk { contact "mailto:desk@acme.example?subject=Help&body=Hi" }',
                'customer Escaped { contact "mailto:j%2Edoe@acme.example" }',
                'customer Bare { contact "team@acme.example" }',
                'customer Nameless { contact "mailto:desk?subject=Help" }',
                'customer Web { contact "https://acme.example/help" }',
                ''
            ].join('\n')
        });
        const emails = Object.fromEntries(backstageExport(catalog).entities
            .filter(entity => entity.kind === 'Group')
            .map(entity => [(entity.metadata as { name: string }).name, (entity.spec as { profile: { email?: string } }).profile.email]));
        expect(emails).toEqual({
            desk: 'desk@acme.example',
            escaped: 'j.doe@acme.example',
            bare: 'team@acme.example',
            nameless: undefined,
            web: undefined
        });
    });
});

describe('Backstage export of the second edition', () => {
    let result: BackstageExport;
    beforeAll(async () => {
        const { SECOND_EDITION_FILES } = await import('./second-edition-fixture.js');
        const { catalog } = await loadFixture(SECOND_EDITION_FILES);
        result = backstageExport(catalog);
    });

    const component = (name: string) => result.entities.find(entity => (entity.metadata as { name: string }).name === name) as unknown as Entity;

    it('carries owner and manager, tags, tiers, kind and criticality', async () => {
        const ehr = component('ehr');
        expect(ehr.spec).toMatchObject({ type: 'service', owner: 'group:central-it', dependsOn: ['component:network'] });
        expect(ehr.metadata.annotations).toMatchObject({ 'svcdef/manager': 'group:network-ops', 'svcdef/tiers': 'Gold, Silver' });
        expect(ehr.metadata.labels).toEqual({ 'svcdef/kind': 'business', 'svcdef/criticality': 'high' });
        expect(ehr.metadata.tags).toEqual(['clinical']);
        const network = component('network');
        // Technical services are exported too: engineers find them next to their software.
        expect(network.spec?.type).toBe('service');
        expect(network.metadata.labels).toMatchObject({ 'svcdef/kind': 'technical' });
        // Free-text tags become valid Backstage tags.
        expect(network.metadata.tags).toEqual(['infra-wan', 'wan-lan']);
    });

    it('passes the catalog-model policies with the new fields', async () => {
        const policy = EntityPolicies.allOf([
            new DefaultNamespaceEntityPolicy(), new NoForeignRootFieldsEntityPolicy(), new FieldFormatEntityPolicy(), new SchemaValidEntityPolicy()
        ]);
        for (const entity of parseAllDocuments(result.yaml).map(document => document.toJS() as Entity)) {
            await expect(policy.enforce(entity), entity.metadata.name).resolves.toBeDefined();
            if (entity.kind === 'Component') {
                await expect(componentEntityV1alpha1Validator.check(entity), entity.metadata.name).resolves.toBe(true);
            }
        }
    });
});

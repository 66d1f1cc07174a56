import { EmptyFileSystem, OperationCancelled, type AstNode, type ValidationAcceptor } from 'langium';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSvcdefServices } from '../svcdef-module.js';
import { SvcdefValidationRegistry } from './svcdef-validation-registry.js';

function registryWith(check: (node: AstNode, accept: ValidationAcceptor) => unknown) {
    const { Svcdef } = createSvcdefServices(EmptyFileSystem);
    const registry = Svcdef.validation.ValidationRegistry;
    registry.register({ Priority: check as never }, undefined, 'fast');
    // The registered check is the last of the type's checks.
    const checks = registry.getChecks('Priority', ['fast']).toArray();
    return { registry, check: checks[checks.length - 1] };
}

const node = { $type: 'Priority', name: 'P1' } as AstNode;

describe('the svcdef validation registry', () => {
    afterEach(() => vi.restoreAllMocks());

    it('is the registry of svcdef services', () => {
        expect(registryWith(() => undefined).registry).toBeInstanceOf(SvcdefValidationRegistry);
    });

    it('runs a synchronous check to the end before returning, without a promise', () => {
        const seen: string[] = [];
        const { check } = registryWith((checked, accept) => {
            seen.push((checked as AstNode & { name: string }).name);
            accept('warning', 'looked at', { node: checked });
        });
        const accepted: string[] = [];
        const result = check(node, (severity, message) => accepted.push(`${severity}: ${message}`), undefined as never);
        expect(result).toBeUndefined();
        expect(seen).toEqual(['P1']);
        expect(accepted).toEqual(['warning: looked at']);
    });

    it('reports a check that throws as an error on the node, as Langium does', () => {
        vi.spyOn(console, 'error').mockImplementation(() => undefined);
        const { check } = registryWith(() => { throw new Error('boom'); });
        const accepted: Array<[string, string, AstNode]> = [];
        check(node, (severity, message, info) => accepted.push([severity, message, info.node]), undefined as never);
        expect(accepted).toEqual([['error', 'An error occurred during validation: boom', node]]);
    });

    it('waits for a check that returns a promise, and reports its rejection', async () => {
        vi.spyOn(console, 'error').mockImplementation(() => undefined);
        const { check } = registryWith(() => Promise.reject(new Error('later')));
        const accepted: string[] = [];
        const result = check(node, (_severity, message) => accepted.push(message), undefined as never);
        expect(result).toBeInstanceOf(Promise);
        await result;
        expect(accepted).toEqual(['An error occurred during validation: later']);
    });

    it('lets a cancellation through, so that a newer edit can stop validation', () => {
        const { check } = registryWith(() => { throw OperationCancelled; });
        expect(() => check(node, () => undefined, undefined as never)).toThrow();
    });
});

import { URI } from 'langium';
import { describe, expect, it } from 'vitest';
import { parseWorkspaceConfiguration } from './workspace-configuration.js';
import { WorkspaceInclusionRule } from './workspace-inclusion-rule.js';

const CONFIGURATION_FOLDER = '/repo';

function rule(root: string, configuration?: object): WorkspaceInclusionRule {
    const parsed = configuration
        ? parseWorkspaceConfiguration(JSON.stringify(configuration), URI.file(`${CONFIGURATION_FOLDER}/svcdef.json`))
        : undefined;
    return WorkspaceInclusionRule.forRoot(URI.file(root), parsed);
}

/** The paths the rule takes, each checked from the root as the language server checks a new file. */
function admitted(subject: WorkspaceInclusionRule, paths: string[]): string[] {
    return paths.filter(path => subject.admitsPath(path, false));
}

describe('WorkspaceInclusionRule', () => {
    it('by default reads .svcdef files outside node_modules, out and dot folders; dot files are read', () => {
        expect(admitted(rule('/ws'), [
            'a.svcdef', 'notes.md', 'a.svcdef.bak', '.dotted.svcdef', 'deep/er/b.svcdef', 'dist/d.svcdef', 'build/b.svcdef',
            'out/gen.svcdef', 'deep/out/gen.svcdef', 'output/kept.svcdef', 'node_modules/p/dep.svcdef', '.git/x.svcdef', 'deep/.cache/y.svcdef'
        ])).toEqual(['a.svcdef', '.dotted.svcdef', 'deep/er/b.svcdef', 'dist/d.svcdef', 'build/b.svcdef', 'output/kept.svcdef']);
    });

    it('reads the root itself whatever its name: the user chose it', () => {
        expect(admitted(rule('/ws/out'), ['gen.svcdef', 'out/nested.svcdef'])).toEqual(['gen.svcdef']);
        expect(rule('/ws/.config').admitsPath('', true)).toBe(true);
    });

    it('leaves out what svcdef.json excludes, by name at any depth or by path from its folder', () => {
        const subject = rule(CONFIGURATION_FOLDER, { exclude: ['drafts', '*.draft.svcdef', 'legacy/**'] });
        expect(admitted(subject, [
            'keep.svcdef', 'x.draft.svcdef', 'sub/drafts/a.svcdef', 'drafts/b.svcdef', 'legacy/old.svcdef', 'sub/legacy/kept.svcdef'
        ])).toEqual(['keep.svcdef', 'sub/legacy/kept.svcdef']);
        expect(subject.admitsFolder('drafts')).toBe(false);
        expect(subject.admitsFolder('legacy')).toBe(false);
    });

    it('reads only what svcdef.json includes; a folder pattern takes everything inside it', () => {
        const subject = rule(CONFIGURATION_FOLDER, { include: ['services', 'agreements/*.svcdef', 'parties.svcdef'] });
        expect(admitted(subject, [
            'services/mail.svcdef', 'team/services/x/y.svcdef', 'agreements/slas.svcdef', 'agreements/old/ola.svcdef',
            'parties.svcdef', 'other.svcdef', 'services/readme.md'
        ])).toEqual(['services/mail.svcdef', 'team/services/x/y.svcdef', 'agreements/slas.svcdef', 'parties.svcdef']);
    });

    it('applies svcdef.json from its own folder when the root lies below it', () => {
        const subject = rule(`${CONFIGURATION_FOLDER}/examples`, { exclude: ['examples/broken/**', '*.draft.svcdef'] });
        expect(admitted(subject, ['acme/a.svcdef', 'acme/a.draft.svcdef', 'broken/x/b.svcdef'])).toEqual(['acme/a.svcdef']);
    });

    it('reads a root that svcdef.json excludes, keeping the excludes that do not cover the root', () => {
        const subject = rule(`${CONFIGURATION_FOLDER}/examples/broken/expired-sla`, { exclude: ['examples/broken/**', '*.draft.svcdef', 'test'] });
        expect(admitted(subject, ['agreements.svcdef', 'more/b.svcdef', 'a.draft.svcdef', 'test/t.svcdef']))
            .toEqual(['agreements.svcdef', 'more/b.svcdef']);
    });

    it('reads every .svcdef file of a root that no include pattern reaches, but keeps include for one it reaches', () => {
        const outside = rule(`${CONFIGURATION_FOLDER}/legacy`, { include: ['services/**'] });
        expect(admitted(outside, ['a.svcdef', 'deep/b.svcdef'])).toEqual(['a.svcdef', 'deep/b.svcdef']);
        const above = rule(`${CONFIGURATION_FOLDER}/teams`, { include: ['teams/finance/**'] });
        expect(admitted(above, ['finance/a.svcdef', 'hr/b.svcdef'])).toEqual(['finance/a.svcdef']);
        const within = rule(`${CONFIGURATION_FOLDER}/teams/finance/mail`, { include: ['teams/finance'] });
        expect(admitted(within, ['a.svcdef'])).toEqual(['a.svcdef']);
    });

    it('checks the whole way from the root for a path met later, not only its own name', () => {
        const subject = rule(CONFIGURATION_FOLDER, { exclude: ['legacy'] });
        expect(subject.admitsPath('node_modules/p/new.svcdef', false)).toBe(false);
        expect(subject.admitsPath('legacy/deep/new.svcdef', false)).toBe(false);
        expect(subject.admitsPath('services/.generated/new.svcdef', false)).toBe(false);
        expect(subject.admitsPath('services/new', true)).toBe(true);
        expect(subject.pathOf(URI.file(`${CONFIGURATION_FOLDER}/services/new.svcdef`))).toBe('services/new.svcdef');
    });
});

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const manifest = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../package.json'), 'utf8'));

describe('the "Compare Commitments with Branch…" command in the manifest', () => {
    it('is contributed under the svcdef category, so the palette shows "svcdef: Compare Commitments with Branch…"', () => {
        const command = manifest.contributes.commands.find((entry: { command: string }) => entry.command === 'svcdef.compareWithBranch');
        expect(command).toMatchObject({ title: 'Compare Commitments with Branch…', category: 'svcdef' });
    });

    it('is in the command palette once the extension is active, on the desktop only (it runs Git)', () => {
        expect(manifest.contributes.menus.commandPalette).toContainEqual({ command: 'svcdef.compareWithBranch', when: 'svcdef.active && !isWeb' });
    });
});

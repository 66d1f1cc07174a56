import { createTestServices } from './svcdef-test-services.js';

const { workspace } = createTestServices();

/** Validates the files beside a provider (so that owners resolve) and lists the findings in the given files. */
export async function findingsIn(files: Record<string, string>) {
    const ws = await workspace({ 'p.svcdef': 'provider IT', ...files });
    return Object.keys(files).flatMap(name => {
        const document = ws.document(name).textDocument;
        return ws.diagnostics(name).map(d => ({ file: name, code: String(d.code), text: document.getText(d.range), message: d.message }));
    });
}

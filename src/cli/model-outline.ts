import type { A2ReferenceModel } from '../a2/a2-reference-model.js';

/** Every node of the A2 model as an indented tree of ids and names, category first. */
export function modelOutline(model: A2ReferenceModel): string {
    const lines: string[] = [];
    const visit = (id: string, depth: number): void => {
        const node = model.node(id);
        if (!node) {
            return;
        }
        lines.push(`${'  '.repeat(depth)}${node.id} ${node.name}`);
        for (const child of model.children(id)) {
            visit(child.id, depth + 1);
        }
    };
    for (const root of model.nodes.filter(node => node.parent === undefined)) {
        visit(root.id, 0);
    }
    return `${lines.join('\n')}\n`;
}
